"""Admin hooks of the events app."""

from django.urls import include, path
from wagtail import hooks

from . import registration_admin


@hooks.register("register_admin_urls")
def registration_urls():
    return [path("", include(registration_admin.urlpatterns))]


@hooks.register("register_page_header_buttons")
def registration_header_button(page, user, view_name, next_url=None):
    yield registration_admin.RegistrationsButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def registration_listing_button(page, user, next_url=None):
    yield registration_admin.RegistrationsButton(page=page)
