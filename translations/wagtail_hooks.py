"""Each part registers its own admin views and menu items."""

from .exchange import wagtail_hooks as exchange_hooks  # noqa: F401
from .machine import wagtail_hooks as machine_hooks  # noqa: F401
from .report import wagtail_hooks as report_hooks  # noqa: F401
from .review import wagtail_hooks as review_hooks  # noqa: F401
