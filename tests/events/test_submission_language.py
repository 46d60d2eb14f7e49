"""Issue 20, Deliver 4: a submission is stored in its submitter's language; the moderators see
the missing languages, give the German source text (required before approving) and the other
languages in the same screen, and approving publishes the event with every filled language."""

import datetime

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from events.models import EventPage, EventSubmission, SubmissionApprovalTask, SubmissionStatus
from events.submissions import languages as submission_languages
from events.submissions import machine
from organisations.models import Organisation
from portal.clock import BERLIN
from tests.events.submission_screen import (
    ARABIC_TEXT,
    ARABIC_TITLE,
    post_screen,
    screen,
)


def test_an_arabic_submission_is_stored_in_arabic_not_as_german(arabic_submission):
    event = arabic_submission.event
    assert arabic_submission.language == "ar"
    assert (event.title_ar, event.intro_ar) == (ARABIC_TITLE, ARABIC_TEXT)
    assert not event.title_de and not event.intro_de
    draft = event.get_latest_revision_as_object()
    assert draft.title_ar == ARABIC_TITLE and not draft.title_de
    assert event.slug_de == "termin"  # an Arabic title makes no German address


def test_a_german_submission_stays_german_only(client, member, calendars, users):
    day = datetime.datetime.now(tz=BERLIN).date() + datetime.timedelta(days=10)
    data = {
        "organisation": Organisation.objects.get(name="Syrischer Kulturverein"),
        "calendar": (None, calendars["county"]),
        "title": "Kochabend",
        "description": "Wir kochen.",
        "kind": "culture",
        "date": day,
        "start_time": datetime.time(18),
        "end_time": datetime.time(20),
        "city": "Altdorf",
        "cost": "free",
    }
    from events.submissions.services import submit_event

    record = submit_event(member, data, "de")
    assert record.event.title_de == "Kochabend" and not record.event.title_ar
    assert submission_languages.approval_blocked(record.event) == ""


def test_the_moderator_sees_which_languages_are_missing(client, users, arabic_submission):
    response = screen(client, users["editor_a"], arabic_submission)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {row["data-language"]: row for row in soup.select("tr.submission-language")}
    assert set(rows) == {"de", "de-x-ls", "en", "ar", "fa", "ru", "tr", "uk"}
    missing = {code for code, row in rows.items() if "submission-language--missing" in row["class"]}
    assert missing == {"de", "de-x-ls", "en", "fa", "ru", "tr", "uk"}
    assert soup.select_one("#id_title_ar")["value"] == ARABIC_TITLE
    assert soup.select_one("#id_title_ar")["dir"] == "rtl"
    assert soup.select_one(".help-warning")  # approving is refused until German is given


def test_only_the_moderators_of_the_calendar_open_the_screen(client, users, arabic_submission):
    for user in (users["editor_b"], users["mso_member"]):  # refused: Wagtail redirects away
        response = screen(client, user, arabic_submission)
        assert response.status_code in (302, 403) and ARABIC_TITLE not in response.content.decode()
    assert screen(client, users["county_editor"], arabic_submission).status_code == 200


def test_the_event_cannot_be_approved_without_german(client, users, arabic_submission):
    event = arabic_submission.event
    task_state = event.current_workflow_task_state
    assert isinstance(task_state.task.specific, SubmissionApprovalTask)
    actions = [
        name for name, _label, _modal in task_state.task.specific.get_actions(event, users["editor_a"])
    ]
    assert "approve" not in actions and "reject" in actions
    client.force_login(users["editor_a"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code in (302, 403)  # refused
    event.refresh_from_db()
    assert not event.live
    response = post_screen(client, users["editor_a"], arabic_submission, {}, "approve")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_title_de_errors") and soup.select_one("#id_intro_de_errors")
    event.refresh_from_db()
    assert not event.live
    assert EventSubmission.objects.get(pk=arabic_submission.pk).status == SubmissionStatus.PENDING


def test_the_moderator_fills_languages_by_hand_and_approves_in_the_same_screen(
    client, users, arabic_submission, django_capture_on_commit_callbacks
):
    values = {
        "title_de": "Syrischer Kochabend",
        "intro_de": "Wir kochen zusammen und lernen uns kennen.",
        "title_en": "Syrian cooking evening",
        "intro_en": "We cook together and get to know each other.",
    }
    saved = post_screen(client, users["editor_a"], arabic_submission, values, "save")
    assert saved.status_code == 302
    event = EventPage.objects.get(pk=arabic_submission.event_id)
    assert not event.live
    draft = event.get_latest_revision_as_object()
    assert draft.title_de == "Syrischer Kochabend" and draft.title_ar == ARABIC_TITLE
    assert set(submission_languages.missing_languages(draft)) == {"de-x-ls", "fa", "ru", "tr", "uk"}
    assert "approve" in [
        a[0] for a in event.current_workflow_task_state.task.specific.get_actions(event, users["editor_a"])
    ]
    with django_capture_on_commit_callbacks(execute=True):
        approved = post_screen(
            client, users["editor_a"], arabic_submission, {"title_uk": "Сирійський вечір"}, "approve"
        )
    assert approved.status_code == 302
    event.refresh_from_db()
    assert event.live
    assert (event.title_de, event.title_en, event.title_ar, event.title_uk) == (
        "Syrischer Kochabend",
        "Syrian cooking evening",
        ARABIC_TITLE,
        "Сирійський вечір",
    )
    assert event.intro_ar == ARABIC_TEXT and event.intro_de.startswith("Wir kochen")
    assert EventSubmission.objects.get(pk=arabic_submission.pk).status == SubmissionStatus.APPROVED
    client.logout()
    with translation.override("ar"):
        page = client.get(event.get_url()).content.decode()
    assert ARABIC_TITLE in page


def test_german_given_in_the_page_editor_also_unblocks_the_wagtail_approval(
    client, users, arabic_submission, django_capture_on_commit_callbacks
):
    event = arabic_submission.event
    submission_languages.save_languages(
        event, {"title_de": "Kochabend", "intro_de": "Wir kochen."}, users["editor_a"], "ar"
    )
    task_state = event.current_workflow_task_state
    client.force_login(users["editor_a"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": ""})
    event.refresh_from_db()
    assert event.live and event.title_de == "Kochabend" and event.title_ar == ARABIC_TITLE


def test_without_machine_translation_the_machine_button_is_hidden(client, users, arabic_submission):
    assert not machine.is_available()
    soup = BeautifulSoup(screen(client, users["editor_a"], arabic_submission).content, "html.parser")
    assert not soup.select("button[name=machine]")
    assert soup.select("button[name=approve]") and soup.select("button[name=save]")


def test_the_event_editor_links_to_the_languages_screen(client, users, arabic_submission):
    client.force_login(users["editor_a"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[arabic_submission.event_id]))
    assert reverse("event_submission_languages", args=[arabic_submission.pk]) in response.content.decode()


def test_german_typed_and_approved_in_one_step(
    client, users, arabic_submission, django_capture_on_commit_callbacks
):
    values = {"title_de": "Syrischer Kochabend", "intro_de": "Wir kochen zusammen."}
    with django_capture_on_commit_callbacks(execute=True):
        response = post_screen(client, users["county_editor"], arabic_submission, values, "approve")
    assert response.status_code == 302
    event = EventPage.objects.get(pk=arabic_submission.event_id)
    assert event.live and event.title_de == "Syrischer Kochabend" and event.title_ar == ARABIC_TITLE


def test_the_submitters_list_and_the_moderators_queue_show_the_submitted_title(
    client, users, member, arabic_submission
):
    client.force_login(member)
    assert ARABIC_TITLE in client.get(reverse("event_submissions")).content.decode()
    client.force_login(users["county_editor"])
    assert ARABIC_TITLE in client.get(reverse("wagtailadmin_home")).content.decode()


def test_existing_submission_workflows_get_the_german_check(town_a, calendars, users):
    """The migration turns the group approvals of submission workflows made before into
    submission approvals: the same task (groups, states), now refusing approval without German."""
    import importlib

    from django.apps import apps
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from portal import tenancy

    migration = importlib.import_module("events.migrations.0010_submission_approval_task")
    workflow = Workflow.objects.create(name="Alt: Einreichungen Altdorf")
    task = GroupApprovalTask.objects.create(name="Alt: freigeben")
    task.groups.set([town_a.group])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    record = tenancy.tenancy_of(town_a.page)
    record.submission_workflow = workflow
    record.save(update_fields=["submission_workflow"])
    migration.upgrade_submission_tasks(apps, None)
    migration.upgrade_submission_tasks(apps, None)  # twice changes nothing
    upgraded = task.__class__.objects.get(pk=task.pk).specific
    assert isinstance(upgraded, SubmissionApprovalTask)
    assert list(upgraded.groups.all()) == [town_a.group] and upgraded.name == "Alt: freigeben"


def test_the_submitted_title_in_another_language_is_marked_with_its_language(
    client, member, arabic_submission
):
    client.force_login(member)
    with translation.override("de"):  # the list read in German: the title is still Arabic
        url = reverse("event_submissions")
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    heading = soup.select_one(".submission .card__title")
    assert ARABIC_TITLE in heading.text and (heading["lang"], heading["dir"]) == ("ar", "rtl")


def test_an_arabic_submission_can_be_rejected_without_german(
    client, users, member, arabic_submission, django_capture_on_commit_callbacks
):
    from django.core import mail

    event = arabic_submission.event
    task_state = event.current_workflow_task_state
    client.force_login(users["editor_a"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[event.pk, "reject", task_state.pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": "Bitte Ort ergänzen."})
    assert EventSubmission.objects.get(pk=arabic_submission.pk).status == SubmissionStatus.REJECTED
    (message,) = [m for m in mail.outbox if m.to == [member.email]]
    assert ARABIC_TITLE in message.subject
