"""The publish gate holds on every route; drafts always save."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Page, Revision

from guidelines.services.gate import PublicationBlocked
from offers.models import OfferPage
from tests.forms import empty_streamfields, form_data

BAD = "Die Flüchtlingswelle erreicht den Landkreis."


@pytest.fixture
def offer(make_offer):
    """A published offer whose latest draft says 'Flüchtlingswelle'."""
    page = make_offer()
    page.intro = BAD
    page.save_revision()
    return OfferPage.objects.get(pk=page.pk)


def _live_intro(page):
    return OfferPage.objects.get(pk=page.pk).intro


def _edit_form(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**form_data(client.get(url), "form#page-edit-form"), **empty_streamfields(OfferPage)}
    return url, data


def test_publish_button_refuses_and_keeps_the_draft(offer, users, client_for):
    client = client_for("editor_a")
    url, data = _edit_form(client, offer)
    data.update({"intro_de": "Neu: die Flüchtlingswelle.", "action-publish": "action-publish"})
    response = client.post(url, data, follow=True)
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."
    assert (
        OfferPage.objects.get(pk=offer.pk).get_latest_revision().as_object().intro
        == "Neu: die Flüchtlingswelle."
    )
    text = response.content.decode()
    assert "Flüchtlingswelle" in text and "Einleitung (Deutsch)" in text and "Wasser-Metaphern" in text


def test_saving_a_draft_is_allowed(offer, client_for):
    client = client_for("editor_a")
    url, data = _edit_form(client, offer)
    data["intro_de"] = "Entwurf mit Flüchtlingswelle."
    before = offer.revisions.count()
    client.post(url, data)
    assert offer.revisions.count() == before + 1


def test_create_and_publish_refused(finder_a, client_for):
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", finder_a.pk])
    data = {**form_data(client.get(url), "form#page-edit-form"), **empty_streamfields(OfferPage)}
    data.update({"title_de": "Flüchtlingswelle", "slug_de": "neu", "action-publish": "action-publish"})
    data["contact_phone"] = "06000 12345"  # reachable: only the guideline refuses
    client.post(url, data)
    created = OfferPage.objects.get(slug_de="neu")
    assert not created.live


def test_revision_publish_from_code_refused(offer):
    with pytest.raises(PublicationBlocked) as raised:
        offer.get_latest_revision().publish()
    message = str(raised.value)
    # the field by its label and language, the match quoted once
    assert "Einleitung (Deutsch)" in message and "„Flüchtlingswelle“" in message and "„„" not in message
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."


def test_scheduled_publishing_refused(offer, capsys):
    revision = offer.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled")
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."
    assert "Flüchtlingswelle" in capsys.readouterr().err
    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is None


def test_scheduled_publishing_still_publishes_clean_pages(make_offer):
    page = make_offer(title="Sauber")
    page.intro = "Neue Zeiten ab dem 3. März 2027."
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision.save(update_fields=["approved_go_live_at"])
    call_command("publish_scheduled")
    assert _live_intro(page) == "Neue Zeiten ab dem 3. März 2027."


def test_bulk_publish_refused(offer, client_for):
    client = client_for("editor_a")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={offer.pk}", {})
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."


def test_workflow_approval_refused(offer, town_a, users, client):
    from portal import tenancy

    tenancy.set_publishing_mode(town_a, approval_required=True)
    workflow_state = offer.get_workflow().start(offer, users["editor_a"])
    task_state = workflow_state.current_task_state
    client.force_login(users["county_editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_copy_kept_live_refused(make_offer, finder_a, users):
    page = make_offer(title="Kopiervorlage")
    # Rules can change after publication: the live text now violates one.
    OfferPage.objects.filter(pk=page.pk).update(intro=BAD)
    page = OfferPage.objects.get(pk=page.pk)
    before = Page.objects.count()
    action = CopyPageAction(
        page, to=finder_a, update_attrs={"slug": "kopie"}, keep_live=True, user=users["admin"]
    )
    with pytest.raises(PermissionDenied):
        action.execute()
    assert Page.objects.count() == before


def test_copy_view_with_publish_refused(make_offer, finder_a, client_for):
    page = make_offer(title="Kopiervorlage")
    OfferPage.objects.filter(pk=page.pk).update(intro=BAD)
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    data = form_data(client.get(url))
    data.update(
        {
            "new_title_de": "Kopie",
            "new_slug_de": "kopie",
            "new_parent_page": finder_a.pk,
            "publish_copies": "on",
        }
    )
    client.post(url, data)
    assert not Page.objects.filter(slug_de="kopie", live=True).exists()


def test_publish_action_used_by_the_admin_api_refused(offer, users):
    """The admin API's publish action (and every view) runs PublishPageRevisionAction."""
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction

    with pytest.raises(PermissionDenied):
        PublishPageRevisionAction(offer.get_latest_revision(), user=users["admin"]).execute()
    assert _live_intro(offer) == "Wir treffen uns jeden Dienstag."


def test_warnings_do_not_block(make_offer):
    page = make_offer()
    page.intro = "Viele Ausländer kommen zum Fest."  # a warning, not an error
    page.save_revision().publish()
    assert _live_intro(page) == "Viele Ausländer kommen zum Fest."


def test_streamfield_block_is_checked_and_named(make_offer):
    page = make_offer()
    page.body = [("paragraph", "<p>Wegen der <b>Flüchtlingsflut</b> kamen viele.</p>")]
    revision = page.save_revision()
    with pytest.raises(PublicationBlocked) as raised:
        revision.publish()
    finding = raised.value.findings[0]
    assert finding.field == "body" and finding.block
    assert finding.matched_text == "Flüchtlingsflut"
    assert "Wegen der Flüchtlingsflut kamen viele."[finding.start : finding.end] == "Flüchtlingsflut"


def test_translated_fields_are_checked_with_their_language(make_offer):
    page = make_offer()
    page.intro_de_x_ls = "Die Flüchtlingswelle kommt."
    with pytest.raises(PublicationBlocked) as raised:
        page.save_revision().publish()
    assert raised.value.findings[0].language == "de-x-ls"
