"""Every page type of our apps previews in the editor, and every live page of the demo county
routes and renders in every language, with Wagtail's own page assertions."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase, page_tests
from wagtail.test.utils.form_data import querydict_from_html

from search.checks import project_page_models
from tests.public_pages import LANGUAGE_CODES


class _PageAssertions(WagtailPageTestCase):
    """Wagtail's page assertions outside a unittest run (pytest's client, the demo data)."""

    __test__ = False

    def runTest(self):  # pragma: no cover - never run, the instance only lends its assertions
        pass


@pytest.fixture(scope="module")
def pages(demo_site):
    """{page class: [live pages]} of the demo county."""
    found = {}
    for page in Page.objects.live().filter(depth__gte=2).order_by("path").specific():
        found.setdefault(type(page), []).append(page)
    return found


@pytest.fixture(scope="module")
def public_pages(demo_site):
    """Every live page a visitor may open (no login restriction)."""
    return list(Page.objects.live().public().filter(depth__gte=2).order_by("path").specific())


@pytest.fixture
def checks(client, monkeypatch):
    # Wagtail logs its users in with the first backend, here django-axes' (which loads no users).
    monkeypatch.setattr(page_tests, "AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")
    assertions = _PageAssertions()
    assertions.setUpClass()
    assertions.client = client
    yield assertions
    assertions.tearDownClass()


@pytest.fixture
def admin(demo_site):
    return get_user_model().objects.filter(is_superuser=True, is_active=True).first()


def test_the_demo_county_has_every_page_type(pages):
    """Each page class of our apps has a live page in the demo, so the checks below see every one."""
    missing = {model._meta.label for model in project_page_models()} - {model._meta.label for model in pages}
    assert not missing


def _editor_form_data(client, page):
    """What the editor's form posts for ``page``. Read from the edit view's HTML as Wagtail's
    assertion does; StreamFields are drawn by JavaScript there, so they are posted empty (their
    content is previewed by the "view draft" request below)."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for field in type(page)._meta.fields:
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    return data


@pytest.mark.parametrize("model", project_page_models(), ids=lambda model: model._meta.label)
def test_every_page_type_previews_in_the_editor(pages, checks, admin, client, model):
    page = pages[model][0]
    client.force_login(admin)
    data = _editor_form_data(client, page)
    checks.assertPageIsPreviewable(page, post_data=data, user=admin)
    client.force_login(admin)
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert draft.status_code == 200, page.url_path


def test_every_live_page_routes(public_pages, checks):
    with translation.override("de"):
        for page in public_pages:
            checks.assertPageIsRoutable(page)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_live_page_renders_in_every_language(public_pages, checks, language):
    with translation.override(language):
        for page in public_pages:
            checks.assertPageIsRenderable(page)
