"""System checks of the portal's ground floor, run at start-up (``manage.py check``)."""

from django.conf import settings
from django.core import checks

from . import languages


@checks.register()
def every_language_has_a_row(app_configs, **kwargs):
    """Every code in settings.LANGUAGES needs its row in portal/languages.py."""
    known = set(languages.codes())
    return [
        checks.Error(
            f"The language {code!r} in settings.LANGUAGES has no row in the language table.",
            hint="Add a Language row for it to LANGUAGE_TABLE in portal/languages.py.",
            obj="portal.languages",
            id="portal.E001",
        )
        for code, _name in settings.LANGUAGES
        if code not in known
    ]
