"""WSGI entry point (gunicorn portal.wsgi). Stops with one line on a configuration error.

After loading, the objects of the loaded code (Django, Wagtail, the portal: about 270,000)
are moved out of the garbage collector's reach with ``gc.freeze()``: otherwise every full
collection walks all of them again and stalls a request for 100-200 ms (measured in
benchmarks/search.py). Each gunicorn worker loads this module and freezes its own objects.
"""

import gc
import os
import sys

from portal.settings.env import ConfigError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

try:
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    gc.freeze()
except ConfigError as exc:
    sys.stderr.write(f"Configuration error: {exc}\n")
    sys.exit(2)
