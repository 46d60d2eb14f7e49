"""URLs for the statement timeout tests only (ROOT_URLCONF is switched to this module in them)."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def show(request):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return HttpResponse(cursor.fetchone()[0])


def slow(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(1)")
    return HttpResponse("finished")


# The portal's own URLs stay (middleware reverses the admin's address).
urlpatterns = [path("show/", show), path("slow/", slow), *portal_urlpatterns]
