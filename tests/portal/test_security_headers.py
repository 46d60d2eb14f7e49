"""Every response carries a Content-Security-Policy: a strict one for the site, the admin's own."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_public_pages_allow_no_inline_script_or_style(client, county):
    policy = directives(client.get("/"))
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"
    assert "https://tile.openstreetmap.org" in policy["img-src"]


def test_the_admin_allows_inline_elements_but_no_handlers_or_eval(client):
    policy = directives(client.get(reverse("wagtailadmin_login")))
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["script-src-attr"] == "'none'"
    assert "unsafe-eval" not in str(policy)
    assert policy["object-src"] == "'none'"
