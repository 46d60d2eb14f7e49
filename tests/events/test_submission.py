"""Organisations submit events; moderators of the town or the county approve or reject them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Workflow, WorkflowState

from events.models import EventPage, EventSubmission, SubmissionStatus
from events.submissions import services as service
from organisations.factories import OrganisationFactory
from organisations.models import Organisation
from portal.clock import BERLIN
from portal.i18n import localized_field

SUBMIT = "/termin-einreichen/"


def in_days(days):
    return (datetime.datetime.now(tz=BERLIN).date() + datetime.timedelta(days=days)).isoformat()


@pytest.fixture
def form(calendars, member):
    organisation = Organisation.objects.get(name="Syrischer Kulturverein")
    return {
        "organisation": organisation.pk,
        "calendar": calendars["a"].pk,
        "title": "Syrischer Kochabend",
        "description": "Wir kochen zusammen und lernen uns kennen.",
        "kind": "culture",
        "date": in_days(10),
        "start_time": "18:00",
        "end_time": "21:00",
        "street": "Hauptstraße 4",
        "postcode": "12345",
        "city": "Altdorf",
        "cost": "free",
    }


def submit(client, user, data, language="de"):
    client.force_login(user)
    with translation.override(language):
        url = reverse("event_submit")
    return client.post(url, data)


def test_the_german_address_is_translated(form):
    assert reverse("event_submit") == SUBMIT


def test_submission_is_a_draft_in_moderation(client, member, form):
    response = submit(client, member, form)
    assert response.status_code == 302
    event = EventPage.objects.get(title_de="Syrischer Kochabend")
    assert not event.live
    assert event.get_parent().pk == form["calendar"]
    assert event.owner == member and event.organiser.name == "Syrischer Kulturverein"
    assert event.start == datetime.datetime.fromisoformat(f"{form['date']}T18:00").replace(tzinfo=BERLIN)
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert EventSubmission.objects.get(event=event).status == SubmissionStatus.PENDING
    client.logout()
    assert client.get(event.url_path.replace("/landkreis-testhausen", "", 1)).status_code == 404
    assert "Syrischer Kochabend" not in client.get("/altdorf/termine/").content.decode()


def test_submission_in_arabic_keeps_the_language(client, member, form):
    form["title"] = "أمسية الطبخ السوري"
    assert submit(client, member, form, language="ar").status_code == 302
    event = EventPage.objects.get(title_ar="أمسية الطبخ السوري")
    assert EventSubmission.objects.get(event=event).language == "ar"


def _approvers_task(event):
    state = WorkflowState.objects.get(object_id=str(event.pk))
    return state.current_task_state


def test_town_editor_approves_and_the_submitter_is_told(
    client, member, form, users, django_capture_on_commit_callbacks
):
    submit(client, member, form)
    event = EventPage.objects.get(title_de="Syrischer Kochabend")
    task_state = _approvers_task(event)
    assert task_state.task.specific.get_actions(event, users["editor_b"]) == []
    client.force_login(users["editor_a"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "approve", task_state.pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": ""})
    event.refresh_from_db()
    assert event.live
    assert EventSubmission.objects.get(event=event).status == SubmissionStatus.APPROVED
    assert [message.to for message in mail.outbox if "Syrischer Kochabend" in message.subject] == [
        [member.email]
    ]


def test_rejection_reaches_the_submitter_with_the_reason(
    client, member, form, users, django_capture_on_commit_callbacks
):
    submit(client, member, form)
    event = EventPage.objects.get(title_de="Syrischer Kochabend")
    task_state = _approvers_task(event)
    client.force_login(users["county_editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "reject", task_state.pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": "Bitte den Ort genauer angeben."})
    event.refresh_from_db()
    assert not event.live
    record = EventSubmission.objects.get(event=event)
    assert record.status == SubmissionStatus.REJECTED and record.reason == "Bitte den Ort genauer angeben."
    (message,) = [m for m in mail.outbox if m.to == [member.email]]
    assert "Bitte den Ort genauer angeben." in message.body
    client.force_login(member)
    assert "Bitte den Ort genauer angeben." in client.get(reverse("event_submissions")).content.decode()


def test_decision_mail_is_in_the_submitters_language(member, form, calendars, users):
    with translation.override("ar"):
        data = {**form, "calendar": (None, calendars["county"])}
        data["organisation"] = Organisation.objects.get(pk=form["organisation"])
        data["date"] = datetime.date.fromisoformat(form["date"])
        data["start_time"], data["end_time"] = datetime.time(18), datetime.time(21)
        record = service.submit_event(member, data, "ar")
    record.status = SubmissionStatus.REJECTED
    record.reason = "—"
    mail.outbox.clear()
    service.notify_submitter(record)
    with translation.override("ar"):
        expected = translation.gettext("Reason")
    assert expected in mail.outbox[0].body


def test_a_failing_mail_keeps_the_decision(
    member, form, client, users, settings, django_capture_on_commit_callbacks
):
    submit(client, member, form)
    event = EventPage.objects.get(title_de="Syrischer Kochabend")
    task_state = _approvers_task(event)
    settings.EMAIL_BACKEND = "tests.events.failing_mail.Backend"
    client.force_login(users["county_editor"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    assert EventSubmission.objects.get(event=event).status == SubmissionStatus.APPROVED


def test_only_members_of_an_organisation_may_submit(client, users, calendars):
    assert client.get(SUBMIT).status_code == 302  # to the login
    client.force_login(users["editor_a"])
    assert client.get(SUBMIT).status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_time": "17:00"}, "end_time"),
        ({"date": "2020-01-01"}, "date"),
        ({"date": "morgen"}, "date"),
        ({"street": "", "city": "", "postcode": ""}, "street"),
        ({"online_url": "javascript:alert(1)", "street": "", "city": ""}, "online_url"),
        ({"postcode": "1234"}, "postcode"),
        ({"cost": "fee"}, "fee_amount"),
        ({"title": ""}, "title"),
        ({"title": "x" * 500}, "title"),
        ({"kind": "round_table"}, "kind"),
        ({"calendar": "999999"}, "calendar"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_saved(client, member, form, change, field):
    response = submit(client, member, {**form, **change})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{field}_errors"), field
    assert soup.select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert soup.select_one("#id_title")["value"] == form["title"] if change.get("title") is None else True
    assert not EventPage.objects.filter(title_de=form["title"]).exists()
    assert not EventSubmission.objects.exists()


def test_another_organisation_cannot_be_chosen(client, member, form):
    other = OrganisationFactory(name="Fremder Verein")
    response = submit(client, member, {**form, "organisation": other.pk})
    assert response.status_code == 400
    assert not EventSubmission.objects.exists()


def test_honeypot_gets_a_neutral_answer_and_saves_nothing(client, member, form):
    response = submit(client, member, {**form, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not EventSubmission.objects.exists()


def test_rate_limit_keeps_what_was_typed(client, member, form, settings):
    for number in range(10):
        submit(client, member, {**form, "title": f"Termin {number}"})
    response = submit(client, member, {**form, "title": "Einer zu viel"})
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_title")["value"] == "Einer zu viel"
    assert soup.select(".form-errors li")
    assert EventSubmission.objects.count() == 10


def test_town_and_county_calendars_are_offered_once(calendars, member, town_a):
    offered = service.calendars()
    assert [town.pk if town else None for town, _calendar in offered].count(None) == 1
    assert town_a.page.pk in [town.pk for town, _calendar in offered if town]


def test_wording_the_guidelines_block_is_sent_back_with_the_reason(client, member, form):
    response = submit(client, member, {**form, "description": "Zur Flüchtlingswelle laden wir alle ein."})
    assert response.status_code == 400
    errors = BeautifulSoup(response.content, "html.parser").select_one("#id_description_errors").text
    assert "Flüchtlingswelle" in errors
    assert not EventSubmission.objects.exists()


def test_milder_findings_are_shown_on_the_submitters_list(client, member, form):
    from guidelines.models import Rule

    rule = Rule.objects.filter(enabled=True, severity="warning", kind="term").first()
    word = rule.terms.split()[0]
    assert (
        submit(client, member, {**form, "description": f"Ein Abend mit {word} und Musik."}).status_code == 302
    )
    notes = BeautifulSoup(client.get(reverse("event_submissions")).content, "html.parser").select(
        ".notice li"
    )
    assert any(word.lower() in note.text.lower() for note in notes)


def _workflow_of(title, language="de"):
    event = EventPage.objects.get(**{localized_field("title", language): title})
    return WorkflowState.objects.get(object_id=str(event.pk)).workflow


@pytest.mark.parametrize("key", ["a", "county"])
def test_one_submission_workflow_per_calendar_whatever_the_interface_language(
    client, member, form, calendars, key
):
    """Issue 17, finding 11: the German and the English address made separate workflows."""
    workflows = set()
    for language in ("de", "en", "uk"):
        data = {**form, "calendar": calendars[key].pk, "title": f"Kochabend {language}"}
        assert submit(client, member, data, language).status_code == 302
        workflows.add(_workflow_of(f"Kochabend {language}", language).pk)
    assert len(workflows) == 1
    assert Workflow.objects.filter(name__contains="Kochabend").count() == 0
    assert Workflow.objects.filter(pk__in=workflows, active=True).count() == 1


def test_a_renamed_town_keeps_its_submission_workflow_and_its_editors_approve(
    client, member, form, users, town_a
):
    """Issue 17, finding 10: after a rename, new workflows left out the town's editors."""
    page = town_a.page
    page.title_de, page.title_en, page.slug_de = "Altdorf am See", "Altdorf on the Lake", "altdorf-am-see"
    page.save_revision().publish()
    submit(client, member, form, "en")
    event = EventPage.objects.get(title_en="Syrischer Kochabend")  # stored in the submitter's language
    task_state = _approvers_task(event)
    assert town_a.group in task_state.task.specific.groups.all()
    assert task_state.task.specific.get_actions(event, users["editor_a"]) != []
    assert task_state.task.specific.get_actions(event, users["editor_b"]) == []
