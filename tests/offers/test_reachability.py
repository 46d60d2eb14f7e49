"""An offer is published only with a way to reach someone; the provider links to its profile."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from offers.demo import bulk_offers, demo_reach
from offers.demo_content import OFFERS
from offers.models import OfferPage
from offers.services import reachability
from organisations.models import Organisation, OrganisationIndexPage
from tests.forms import empty_streamfields, form_data

from .factories import ContactPointPageFactory, OfferPageFactory

pytestmark = pytest.mark.django_db

NO_WAY = {"contact_point": "", "contact_phone": "", "contact_email": "", "booking_url": ""}


def _submit(client, page, changes, action="action-publish"):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**form_data(client.get(url), "form#page-edit-form"), **empty_streamfields(OfferPage)}
    data.update(changes)
    if action:
        data[action] = action
    return client.post(url, data)


@pytest.fixture
def offer(offer_finders):
    return OfferPageFactory(parent=offer_finders.a, live=False, contact_phone="")


def test_publishing_without_a_way_to_reach_anyone_is_refused_in_german(offer, client_for):
    client = client_for("admin")
    response = _submit(client, offer, {**NO_WAY, "title_de": "Neuer Titel"})
    assert response.status_code == 200
    form = response.context["form"]
    message = " ".join(form.non_field_errors())
    for name in ("Anlaufstelle", "Telefon", "E-Mail", "Buchungslink"):
        assert name in message
    assert set(reachability.REACH_FIELDS) <= set(form.errors)
    assert not OfferPage.objects.get(pk=offer.pk).live
    assert "Neuer Titel" in response.content.decode()  # what was typed is kept in the form


def test_the_message_is_translated_when_shown():
    message = reachability.missing_message()  # lazy: in the language active when it is shown
    with translation.override("en"):
        assert "booking link" in str(message) and "contact point" in str(message)
    with translation.override("uk"):
        assert "посилання для запису" in str(message)


def test_a_draft_may_lack_it(offer, client_for):
    before = offer.revisions.count()
    response = _submit(client_for("admin"), offer, {**NO_WAY, "title_de": "Entwurf"}, action=None)
    assert response.status_code == 302
    assert offer.revisions.count() == before + 1


@pytest.mark.parametrize(
    "way",
    [
        {"contact_phone": "06641 123"},
        {"contact_email": "stelle@landkreis.example"},
        {"booking_url": "https://termine.example/buchen"},
        "contact_point",
    ],
)
def test_any_one_way_is_enough(offer, client_for, contact_finders, way):
    if way == "contact_point":
        way = {"contact_point": str(ContactPointPageFactory(parent=contact_finders.a).pk)}
    response = _submit(client_for("admin"), offer, {**NO_WAY, **way})
    assert response.status_code == 302
    assert OfferPage.objects.get(pk=offer.pk).live


def test_demo_offers_are_reachable(offer_finders):
    assert all(reachability.reachable_values(demo_reach(spec)) for spec in OFFERS)
    pages = bulk_offers(4, parents=[offer_finders.a])
    assert pages and all(
        reachability.is_reachable(page) for page in OfferPage.objects.filter(pk__in=[p.pk for p in pages])
    )


def test_provider_links_to_its_profile_or_shows_the_plain_name(offer_finders, county, client):
    directory = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    county.add_child(instance=directory)
    directory.save_revision().publish()
    provider = Organisation.objects.create(name="Caritas Testhausen", kind="provider", live=True)
    linked = OfferPageFactory(parent=offer_finders.a, provider=provider)
    plain = OfferPageFactory(parent=offer_finders.a, provider_name="Nachbarschaftshilfe e. V.")
    with translation.override("de"):
        html = client.get(linked.url).content.decode()
        profile = directory.url + directory.reverse_subpage("profile", args=[provider.slug])
    assert f'href="{profile}"' in html
    assert "Nachbarschaftshilfe e. V." in client.get(plain.url).content.decode()
    provider.live = False
    provider.save()
    assert f'href="{profile}"' not in client.get(linked.url).content.decode()


@pytest.fixture
def unreachable(offer):
    """A published offer whose latest draft names no way to reach anyone."""
    offer.contact_phone = "06641 123"
    offer.save_revision().publish()
    draft = OfferPage.objects.get(pk=offer.pk)
    draft.contact_phone, draft.title = "", "Ohne Kontakt"
    draft.save_revision()
    return draft


def test_bulk_publish_holds_the_rule(unreachable, client_for):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client_for("editor_a").post(f"{url}?id={unreachable.pk}", {})
    assert OfferPage.objects.get(pk=unreachable.pk).title != "Ohne Kontakt"


def test_workflow_approval_holds_the_rule(unreachable, town_a, users, client):
    from portal import tenancy

    tenancy.set_publishing_mode(town_a, approval_required=True)
    task_state = unreachable.get_workflow().start(unreachable, users["editor_a"]).current_task_state
    client.force_login(users["county_editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[unreachable.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""}, follow=True)
    assert OfferPage.objects.get(pk=unreachable.pk).title != "Ohne Kontakt"
    assert "Buchungslink" in " ".join(str(m) for m in response.context["messages"])


def test_publishing_a_revision_from_code_holds_the_rule(unreachable):
    with pytest.raises(PermissionDenied):
        unreachable.get_latest_revision().publish()
    assert OfferPage.objects.get(pk=unreachable.pk).title != "Ohne Kontakt"
