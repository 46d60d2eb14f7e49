"""WSGI entry point (gunicorn portal.wsgi). Stops with one line on a configuration error."""

import os
import sys

from portal.settings.env import ConfigError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

try:
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
except ConfigError as exc:
    sys.stderr.write(f"Configuration error: {exc}\n")
    sys.exit(2)
