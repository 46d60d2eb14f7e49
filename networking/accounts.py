"""Members log in on the site itself (not in the Wagtail admin) to read the internal minutes of
their round tables and update their action items.

Django's login and logout views in the site's look and the reader's language; failed attempts
count against the same limits as the admin's (django-axes authenticates every login). Who reads
what stays the rule of services/access.py; the session cookie keeps their pages out of the page
cache (portal.page_cache)."""

from django.contrib.auth import views as auth_views
from django.urls import reverse


def _home():
    """The home page in the active language (/, /en/, /ar/ ...)."""
    return reverse("wagtail_serve", args=[""])


class MemberLoginView(auth_views.LoginView):
    template_name = "networking/member_login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return _home()


class MemberLogoutView(auth_views.LogoutView):
    def get_default_redirect_url(self):
        return _home()
