"""The floor of ``make bench``: a one-view Django app, its own settings module and WSGI entry.

    DJANGO_SETTINGS_MODULE=benchmarks.floor_app gunicorn benchmarks.floor_app:application

One URL answering a short ``HttpResponse``: no apps, no middleware, no database, no templates.
What a request costs the framework and the server on this machine; benchmarks/bench.py serves it
under the same gunicorn options as the portal, in the same run, and reports every page's
requests/s as a share of it. Like portal/wsgi.py, the loaded objects are frozen for the garbage
collector.
"""

import gc
import os

from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "floor-app-only-answers-ok-and-keeps-no-secrets")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = __name__
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("", ok)]

if os.environ.get("DJANGO_SETTINGS_MODULE") == __name__:  # the WSGI entry (not when imported as settings)
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    gc.freeze()
