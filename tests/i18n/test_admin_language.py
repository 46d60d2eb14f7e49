"""The admin speaks the editor's language: each role walks its admin pages (the Wagtail home, every
menu item, one edit view of each listing) with German as its admin language and sees no English
words, no raw values ("True", "None"); with English as its admin language it sees no German.

One world for the module (the access matrix's county, with a moderator); the Django test client;
what a person sees of each page is read with an HTML parser (tests/i18n/admin_language.py).
"""

import os
import re
import time
from html import unescape

import pytest
from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import models, transaction
from django.test import Client
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.users.models import UserProfile

from offers.models import LanguageCode
from offers.models.taxonomy import native_language_name
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
OUR_APPS = set(settings.KREISNETZ_APPS)
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
    "auth.permission",  # names stored by the migrations (Django's in English, Wagtail's in German)
    "taggit.tag",
}
NOT_WALKED = ("/admin/logout/",)
# Wagtail's own forms of the administrators' settings that no catalogue can fix: labels made from
# field names ("Page", "Content types") and permission labels translated once at start-up.
WAGTAIL_UNTRANSLATED = {
    "/admin/workflows/edit/": {"Page", "Content types"},
    "/admin/groups/": None,  # None: every text of these views
}
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
                    written.update(line.strip() for line in value.splitlines())  # lists, one a line
    # Languages by their own names ("Türkçe", "Deutsch", "Deutsche Gebärdensprache (DGS)").
    written |= {info["name_local"] for info in LANG_INFO.values() if "name_local" in info}
    written |= {native_language_name(code) for code in LanguageCode.objects.values_list("code", flat=True)}
    written.discard("")
    return sorted(written, key=len, reverse=True)


def _client(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


PAGE_EDITS = 3  # page editors are the heaviest pages: the first three listings' (explorer, offers...)
CHECKED = {"de": set(), "en": set()}  # addresses already read in a language (by an earlier role)


def _walk(client, language):
    """(url, html) of the Wagtail home, each menu item and one edit view per listing; and the
    sidebar menu's labels. An address another role has read in this language is left out (the
    home page is each role's own), which keeps the ten walks to about a minute."""
    home = client.get("/admin/")
    assert home.status_code == 200
    _texts, menu = parse(home.content.decode())
    to_visit = ["/admin/"] + [url for _label, url in menu if url and url.startswith("/admin/")]
    seen, edits, pages = set(), set(), []
    while to_visit:
        url = to_visit.pop(0)
        if url in seen or url.startswith(NOT_WALKED) or (url != "/admin/" and url in CHECKED[language]):
            continue
        seen.add(url)
        CHECKED[language].add(url)
        started = time.perf_counter()
        response = client.get(url, follow=True)
        if os.environ.get("ADMIN_WALK_TIMES"):
            print(f"{time.perf_counter() - started:6.2f}s {url}")
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        pages.append((url, html))
        for link in EDIT_LINK.findall(html):
            kind = re.sub(r"\d+", "N", link)
            if kind.startswith("/admin/pages/"):
                kind = (url, kind)  # one page edit view per listing (offers, explorer...)
                if sum(isinstance(k, tuple) for k in edits) >= PAGE_EDITS:
                    continue
            if kind not in edits:
                edits.add(kind)
                to_visit.append(link)
        if url in ("/admin/", "/admin/pages/"):  # the county's page tree: one level down
            to_visit += [link for link in LINK.findall(html) if re.fullmatch(r"/admin/pages/\d+/", link)][:3]
    return pages, [label for label, _url in menu]


def _wagtails(url, hit):
    for prefix, texts in WAGTAIL_UNTRANSLATED.items():
        if url.startswith(prefix) and (texts is None or hit.split("'")[1] in texts):
            return True
    return False


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("role", ROLES)
def test_admin_pages_speak_the_admin_language(role, language, world, db):
    client = _client(world["users"][ROLES[role]], language)
    pages, menu = _walk(client, language)
    assert pages and pages[0][0] == "/admin/"
    problems = [f"menu: {hit}" for hit in findings(menu, language, world["content"])]
    toggles = set()
    for url, html in pages:
        texts, _menu = parse(html)
        problems += [
            f"{url}: {hit}" for hit in findings(texts, language, world["content"]) if not _wagtails(url, hit)
        ]
        toggle = modeltranslation_toggle(html)
        if toggle is not None:
            toggles.add(toggle)
            problems += [f"{url}: language toggle {hit}" for hit in findings([toggle], language)]
    assert not problems, "\n".join(problems)
    if role == "superuser":
        assert toggles, "no edit view with wagtail-modeltranslation's language toggle was walked"


def _texts(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return parse(response.content.decode())[0]


def test_yes_no_filter_reads_ja_not_true(world, db):
    client = _client(world["users"]["admin"], "de")
    texts = _texts(client, "/admin/snippets/organisations/organisation/?live=true")
    assert texts[texts.index("Veröffentlicht:") + 1] == "Ja"
    assert "True" not in texts


def test_submitting_a_profile_reads_einreichen(world, db):
    """Wagtail's German "In %(workflow)s einreichen" read "In Profile der Organisationen einreichen"."""
    client = _client(world["users"]["mso_member"], "de")
    organisation = world["objects"]["org_mso"]
    html = client.get(f"/admin/snippets/organisations/organisation/edit/{organisation.pk}/").content.decode()
    assert 'value="Einreichen: ' in html
    assert "In Profile der Organisationen einreichen" not in html


def test_pairing_page_names_its_place(world, db):
    """The pairing page's header showed only "Home": now the round and the page are named."""
    round_page = world["objects"]["twinning_round"]
    texts = _texts(
        _client(world["users"]["editor_a"], "de"), f"/admin/networking/rounds/{round_page.pk}/pairing/"
    )
    crumbs = texts[texts.index("Start") : texts.index("Start") + 3]
    assert crumbs == ["Start", round_page.title, "Tandembildung und Fortschritt"]
