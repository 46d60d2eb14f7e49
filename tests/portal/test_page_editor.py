"""The page editor: only the edited languages rendered, nothing else lost, one page per create form."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.users.models import UserProfile

from offers.models import OfferIndexPage, OfferPage
from portal.models import PageCreation
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ARABIC_INTRO = "نلتقي كل يوم ثلاثاء."
ARABIC_TITLE = "مقهى اللغة"
EDITOR_BUDGET = 200 * 1024


@pytest.fixture
def finder(town_a):
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    town_a.page.add_child(instance=finder)
    finder.save_revision().publish()
    return finder


@pytest.fixture
def offer(finder):
    page = OfferPage(
        title="Sprachcafé",
        slug="sprachcafe",
        intro="Wir treffen uns dienstags.",
        title_ar=ARABIC_TITLE,
        intro_ar=ARABIC_INTRO,
        intro_en="We meet on Tuesdays.",
        contact_email="cafe@example.org",
    )
    finder.add_child(instance=page)
    page.save_revision().publish()
    return OfferPage.objects.get(pk=page.pk)


def browser_data(response, model):
    """The form as a browser sends it: the rendered fields, and the rendered StreamFields' counts."""
    data = form_data(response, "form#page-edit-form")
    soup = BeautifulSoup(response.content, "html.parser")
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and soup.find(id=field.name):
            data[f"{field.name}-count"] = "0"
    return data


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {element.get("name") for element in soup.select("form#page-edit-form [name]")}


def test_offer_editor_renders_german_only_within_budget(offer, client_for):
    client = client_for("editor_a")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk]))
    assert response.status_code == 200
    assert len(response.content) < EDITOR_BUDGET, f"{len(response.content)} bytes"
    fields = names(response)
    assert {"title_de", "intro_de", "slug_de"} <= fields
    assert not {name for name in fields if name.endswith(("_ar", "_en", "_uk", "_de_x_ls"))}


def test_another_language_is_loaded_beside_german(offer, client_for):
    client = client_for("editor_a")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk]) + "?lang=ar")
    fields = names(response)
    assert {"intro_de", "intro_ar", "title_ar"} <= fields
    assert "intro_en" not in fields
    assert ARABIC_INTRO in response.content.decode()
    # The translation status links to each language's editor.
    assert 'href="?lang=uk"' in response.content.decode()


def test_publishing_german_keeps_the_other_languages(offer, client_for):
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = browser_data(client.get(url), OfferPage)
    data.update({"intro_de": "Wir treffen uns jetzt mittwochs.", "action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 302
    saved = OfferPage.objects.get(pk=offer.pk)
    assert saved.intro_de == "Wir treffen uns jetzt mittwochs."
    assert (saved.intro_ar, saved.title_ar, saved.intro_en) == (
        ARABIC_INTRO,
        ARABIC_TITLE,
        "We meet on Tuesdays.",
    )
    revision = saved.live_revision.as_object()
    assert (revision.intro_ar, revision.title_ar) == (ARABIC_INTRO, ARABIC_TITLE)


def test_preview_keeps_the_languages_the_form_does_not_carry(offer, client_for, users):
    """The preview of the German-only form shows the English text, not German in its place."""
    profile = UserProfile.get_for_user(users["editor_a"])
    profile.preferred_language = "en"  # the preview renders in the admin's language
    profile.save()
    client = client_for("editor_a")
    data = browser_data(client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])), OfferPage)
    assert "intro_en" not in data
    data["intro_de"] = "Wir treffen uns jetzt mittwochs."
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[offer.pk])
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    assert "We meet on Tuesdays." in html
    assert "Wir treffen uns jetzt mittwochs." not in html


def test_saving_arabic_returns_to_the_arabic_editor(offer, client_for):
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = browser_data(client.get(url + "?lang=ar"), OfferPage)
    data["intro_ar"] = "نلتقي كل يوم أربعاء."
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"].endswith("?lang=ar")
    draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert (draft.intro_ar, draft.intro_de, draft.intro_en) == (
        "نلتقي كل يوم أربعاء.",
        "Wir treffen uns dienstags.",
        "We meet on Tuesdays.",
    )


def test_error_in_a_language_not_shown_is_reported(offer, finder, client_for):
    sibling = OfferPage(title="Lerncafé", slug="lerncafe", slug_ar="maqha")
    finder.add_child(instance=sibling)
    OfferPage.objects.filter(pk=offer.pk).update(slug_ar="maqha")
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = browser_data(client.get(url), OfferPage)
    data.update({"intro_de": "Neu.", "action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert any("Arabisch" in error and "Kurztitel wird bereits verwendet" in error for error in errors), (
        errors
    )
    assert "This slug is already in use" not in response.content.decode()
    assert OfferPage.objects.get(pk=offer.pk).intro_de == "Wir treffen uns dienstags."


def test_slug_clash_is_reported_in_german(offer, finder, client_for):
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", finder.pk])
    data = browser_data(client.get(url), OfferPage)
    data.update({"title_de": "Sprachcafé", "slug_de": "sprachcafe", "action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["form"].errors["slug_de"] == ["Dieser Kurztitel wird bereits verwendet"]
    assert OfferPage.objects.child_of(finder).count() == 1


def test_create_form_sent_twice_creates_one_page(finder, client_for):
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", finder.pk])
    data = browser_data(client.get(url), OfferPage)
    assert data["kn_creation_token"]
    data.update({"title_de": "Nähcafé", "slug_de": "naehcafe", "contact_email": "naehen@example.org"})
    autosave = client.post(url, data, HTTP_ACCEPT="application/json")
    assert autosave.status_code == 200 and json.loads(autosave.content)["success"]
    # Publish pressed before the autosave's answer moved the form to the edit URL.
    published = client.post(url, {**data, "action-publish": "action-publish"})
    assert published.status_code == 302
    pages = OfferPage.objects.child_of(finder).filter(title_de="Nähcafé")
    assert pages.count() == 1
    page = pages.get()
    assert page.live and page.revisions.count() == 2
    assert PageCreation.objects.get(token=data["kn_creation_token"]).page_id == page.pk
    # A late autosave of the same form does not overwrite what was published.
    late = client.post(url, {**data, "intro_de": "älter"}, HTTP_ACCEPT="application/json")
    assert json.loads(late.content)["error_code"] == "invalid_revision"
    assert OfferPage.objects.child_of(finder).count() == 1
    assert page.revisions.count() == 2


def test_create_form_token_belongs_to_its_user(finder, client_for, users):
    editor = client_for("editor_a")
    url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", finder.pk])
    data = browser_data(editor.get(url), OfferPage)
    data.update({"title_de": "Nähcafé", "slug_de": "naehcafe"})
    editor.post(url, data)
    other = Client()
    other.force_login(users["admin"])
    refused = other.post(url, {**data, "action-publish": "action-publish"})
    assert (refused.status_code, refused["Location"]) == (
        302,
        reverse("wagtailadmin_home"),
    )  # Wagtail's refusal
    assert not OfferPage.objects.get(title_de="Nähcafé").live
