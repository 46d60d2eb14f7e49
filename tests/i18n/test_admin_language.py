"""The admin speaks the editor's language: each role walks its admin pages (the Wagtail home, every
menu item, one edit view of each listing) with German as its admin language and sees no English
words, no raw values ("True", "None"); with English as its admin language it sees no German.

One world for the module (the access matrix's county, with a moderator); the Django test client;
what a person sees of each page is read with an HTML parser (tests/i18n/admin_language.py).
"""

import re
from html import unescape

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import models, transaction
from django.test import Client
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.users.models import UserProfile

from portal import tenancy
from portal.factories import UserFactory
from tests.conftest import ensure_wagtail_root, make_users

from .admin_language import findings, modeltranslation_toggle, parse

ROLES = {
    "superuser": "admin",
    "county_coordinator": "county_editor",
    "town_editor": "editor_a",  # also the coordinator of the twinning round
    "moderator": "moderator",
    "mso_member": "mso_member",
}
OUR_APPS = {
    "portal",
    "home",
    "organisations",
    "offers",
    "events",
    "newsletter",
    "guidelines",
    "dashboard",
    "legal",
    "stories",
    "responsibilities",
    "networking",
    "search",
}
# Wagtail's and Django's models whose rows people name (page titles, groups, workflows, media).
NAMED_MODELS = {
    "wagtailcore.page",
    "wagtailcore.workflow",
    "wagtailcore.task",
    "wagtailcore.collection",
    "wagtailcore.site",
    "wagtailimages.image",
    "wagtaildocs.document",
    "auth.group",
    "auth.user",
    "taggit.tag",
}
NOT_WALKED = ("/admin/logout/",)
EDIT_LINK = re.compile(r'href="(/admin/[^"?#]*?/edit/[^"?#]*)"')
LINK = re.compile(r'href="(/admin/[^"?#]*)"')


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from tests.tenancy.test_access_matrix import _build

    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("de")
        ensure_wagtail_root()
        county = tenancy.setup_county("Landkreis Testhausen")
        town_a, town_b = tenancy.create_town("Altdorf"), tenancy.create_town("Neudorf")
        users = make_users(town_a, town_b)
        users["moderator"] = UserFactory(
            username="moderation", groups=[Group.objects.get(name=tenancy.group_name("moderators"))]
        )
        objects = _build(county, town_a, town_b, users)
        yield {"users": users, "objects": objects, "content": _content()}
        transaction.set_rollback(True)
    cache.clear()


def _content():
    """Every text people wrote in the world, longest first (taken out of the text before the checks)."""
    written = set()
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label not in OUR_APPS and label not in NAMED_MODELS:
            continue
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField) and not f.choices
        ]
        for row in model._default_manager.values_list(*fields) if fields else ():
            for value in row:
                if isinstance(value, str) and value.strip() and len(value) < 2000:
                    written.add(value.strip())
                    written.add(" ".join(unescape(strip_tags(value)).split()))
    written.discard("")
    return sorted(written, key=len, reverse=True)


def _client(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def _walk(client):
    """(url, html) of the Wagtail home, each menu item and one edit view per listing; and the
    sidebar menu's labels."""
    home = client.get("/admin/")
    assert home.status_code == 200
    _texts, menu = parse(home.content.decode())
    to_visit = ["/admin/"] + [url for _label, url in menu if url and url.startswith("/admin/")]
    seen, edits, pages = set(), set(), []
    while to_visit:
        url = to_visit.pop(0)
        if url in seen or url.startswith(NOT_WALKED):
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        pages.append((url, html))
        for link in EDIT_LINK.findall(html):
            kind = re.sub(r"\d+", "N", link)
            if kind.startswith("/admin/pages/"):
                kind = (url, kind)  # one page edit view per listing (offers, events, explorer)
            if kind not in edits:
                edits.add(kind)
                to_visit.append(link)
        if url in ("/admin/", "/admin/pages/"):  # the county's page tree: one level down
            to_visit += [link for link in LINK.findall(html) if re.fullmatch(r"/admin/pages/\d+/", link)][:3]
    return pages, [label for label, _url in menu]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("role", ROLES)
def test_admin_pages_speak_the_admin_language(role, language, world, db):
    client = _client(world["users"][ROLES[role]], language)
    pages, menu = _walk(client)
    assert len(pages) >= 3, [url for url, _html in pages]
    problems = [f"menu: {hit}" for hit in findings(menu, language, world["content"])]
    toggles = set()
    for url, html in pages:
        texts, _menu = parse(html)
        problems += [f"{url}: {hit}" for hit in findings(texts, language, world["content"])]
        toggle = modeltranslation_toggle(html)
        if toggle is not None:
            toggles.add(toggle)
            problems += [f"{url}: language toggle {hit}" for hit in findings([toggle], language)]
    assert not problems, "\n".join(problems)
    if role in ("superuser", "town_editor"):
        assert toggles, "no edit view with wagtail-modeltranslation's language toggle was walked"
