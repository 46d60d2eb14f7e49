"""The translation review task: a county workflow with the German approval step and an Arabic
review; the Arabic reviewer edits only Arabic, approving marks Arabic reviewed."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from home.factories import ContentPageFactory
from portal import tenancy
from portal.factories import UserFactory
from portal.translation_status import CURRENT, MACHINE, status_for
from tests.forms import empty_streamfields, form_data
from translations.review import services
from translations.review.models import TranslationReviewTask

ARABIC_INTRO = "دورة للجميع."
UKRAINIAN_TITLE = "Мовний курс"


@pytest.fixture
def workflow(town_a):
    tenancy.set_publishing_mode(town_a, approval_required=True)
    services.switch_on("ar", "Übersetzung Arabisch", [town_a.workflow])
    services.switch_on("uk", "Übersetzung Ukrainisch", [town_a.workflow])
    return town_a.workflow


@pytest.fixture
def reviewers(workflow):
    return {
        "ar": UserFactory(username="reviewer-ar", groups=[Group.objects.get(name="Übersetzung Arabisch")]),
        "uk": UserFactory(username="reviewer-uk", groups=[Group.objects.get(name="Übersetzung Ukrainisch")]),
    }


def reload(page):
    return Page.objects.get(pk=page.pk).specific


def arabic(page):
    draft = reload(page).get_latest_revision_as_object()
    return next(item for item in status_for(draft) if item.language == "ar")


@pytest.fixture
def page(workflow, users):
    """A published page whose draft carries a machine translation into Arabic, submitted."""
    page = ContentPageFactory(
        parent=workflow.workflow_pages.first().page, title="Sprachkurs", intro="Ein Kurs."
    )
    page.save_revision().publish()
    draft = reload(page).get_latest_revision_as_object()
    draft.title_ar, draft.intro_ar = "دورة لغة", ARABIC_INTRO
    draft.title_uk = UKRAINIAN_TITLE  # written by the editor
    draft._machine_translated = {("ar", "title"), ("ar", "intro")}
    draft.save_revision(user=users["editor_a"])
    workflow.start(reload(page), users["editor_a"])
    return reload(page)


def act(client, user, page, action, **data):
    state = reload(page).current_workflow_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    response = client.post(url, data)
    state.refresh_from_db()
    return state, response


def edit_url(page, **query):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_reviews_come_before_the_german_approval(page, workflow):
    steps = [task.specific for task in workflow.tasks]
    assert [getattr(step, "language", "approval") for step in steps] == ["ar", "uk", "approval"]
    assert page.current_workflow_task.specific.language == "ar"
    assert arabic(page).status == MACHINE


def test_the_reviewer_sees_the_page_in_their_dashboard(page, reviewers, client):
    client.force_login(reviewers["ar"])
    assert "Sprachkurs" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(reviewers["uk"])
    assert "Sprachkurs" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_reviewer_opens_only_arabic(page, reviewers, client):
    client.force_login(reviewers["ar"])
    for url in (edit_url(page), edit_url(page, lang="uk")):
        response = client.get(url)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.select_one("[name=intro_ar]") is not None
        assert soup.select_one("[name=intro_ar]").get("disabled") is None
        assert soup.select_one("[name=intro_uk]") is None
        assert soup.select_one("[name=title_de]").get("disabled") is not None  # German: read-only
        assert soup.select_one("[data-kn-editable-languages]")["data-kn-editable-languages"] == "ar"


def test_the_reviewer_cannot_change_other_languages(page, reviewers, client):
    client.force_login(reviewers["ar"])
    data = {**form_data(client.get(edit_url(page)), "form#page-edit-form"), **empty_streamfields(type(page))}
    data.update(title_de="Geändert", intro_de="Geändert.", intro_uk="Змінено.", title_uk="Змінено")
    data["intro_ar"] = "دورة لكل الناس."
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = reload(page).get_latest_revision_as_object()
    assert draft.intro_ar == "دورة لكل الناس."
    assert (draft.title_de, draft.intro_de) == ("Sprachkurs", "Ein Kurs.")
    assert not draft.intro_uk and draft.title_uk == UKRAINIAN_TITLE
    assert arabic(page).fields_with(CURRENT) == ["intro"]  # the reviewer wrote it


def test_an_editor_who_also_reviews_keeps_the_whole_editor(page, users, client):
    users["county_editor"].groups.add(Group.objects.get(name="Übersetzung Arabisch"))
    client.force_login(users["county_editor"])
    soup = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    assert soup.select_one("[name=title_de]").get("disabled") is None
    assert soup.select_one("[data-kn-editable-languages]") is None


def test_approving_marks_arabic_reviewed(page, reviewers, client):
    state, _response = act(client, reviewers["ar"], page, "approve")
    assert state.status == state.STATUS_APPROVED
    status = arabic(page)
    assert status.status == CURRENT
    assert {item.status for item in status.fields} == {CURRENT}
    assert reload(page).current_workflow_task.specific.language == "uk"  # the next step
    assert not reload(page).intro_ar  # published only by the last step


def test_the_german_approval_publishes_at_the_end(page, users, reviewers, client):
    for user in (reviewers["ar"], reviewers["uk"], users["county_editor"]):
        state, response = act(client, user, page, "approve")
        assert state.status == state.STATUS_APPROVED, [str(m) for m in get_messages(response.wsgi_request)]
    page = reload(page)
    assert page.current_workflow_task is None
    assert page.intro_ar == ARABIC_INTRO
    assert page.live_revision_id == page.latest_revision_id
    assert arabic(page).status == CURRENT


def test_rejecting_returns_the_page_with_a_comment(page, reviewers, client):
    state, _response = act(client, reviewers["ar"], page, "reject", comment="Bitte Titel prüfen.")
    assert state.status == state.STATUS_REJECTED
    assert state.comment == "Bitte Titel prüfen."
    assert arabic(page).status == MACHINE


def test_the_ukrainian_reviewer_cannot_act_on_the_arabic_task(page, reviewers, client):
    client.force_login(reviewers["uk"])
    assert client.get(edit_url(page)).status_code in (302, 403)
    state, _response = act(client, reviewers["uk"], page, "approve")
    assert state.status == state.STATUS_IN_PROGRESS
    assert arabic(page).status == MACHINE


def test_a_reviewer_opens_nothing_outside_their_review(page, reviewers, client):
    act(client, reviewers["ar"], page, "approve")  # the page now waits on the Ukrainian review
    client.force_login(reviewers["ar"])
    assert client.get(edit_url(page)).status_code in (302, 403)
    other = ContentPageFactory(parent=page.get_parent(), title="Anderes")
    assert client.get(edit_url(other)).status_code in (302, 403)


def test_the_command_switches_the_review_on(town_a, town_b):
    out = io.StringIO()
    for _twice in range(2):  # running it again changes nothing
        call_command(
            "translation_review",
            "--language",
            "de-x-ls",
            "--group",
            "Prüfgruppe",
            "--town",
            town_a.page.title,
            stdout=out,
        )
    task = TranslationReviewTask.objects.get(language="de-x-ls")
    assert list(task.groups.values_list("name", flat=True)) == ["Prüfgruppe"]
    assert list(task.workflows) == [town_a.workflow]
    assert [step.specific_class for step in town_a.workflow.tasks][-1] is not TranslationReviewTask
    assert set(Group.objects.get(name="Prüfgruppe").permissions.values_list("codename", flat=True)) == {
        "access_admin"
    }
    assert town_a.workflow.name in out.getvalue()  # told: not active until approval mode


@pytest.mark.parametrize("language", ["de", "xx"])
def test_the_command_refuses_german_and_unknown_languages(town_a, language):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="keine Sprache, die geprüft werden kann"):
        call_command("translation_review", "--language", language, "--group", "Prüfgruppe")
    assert not TranslationReviewTask.objects.exists()


def test_the_reviewer_corrects_and_approves_in_the_editor(page, reviewers, client):
    state = page.current_workflow_task_state
    client.force_login(reviewers["ar"])
    data = {**form_data(client.get(edit_url(page)), "form#page-edit-form"), **empty_streamfields(type(page))}
    data.update(title_ar="دورة اللغة", title_de="Geändert")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    draft = reload(page).get_latest_revision_as_object()
    assert (draft.title_ar, draft.title_de) == ("دورة اللغة", "Sprachkurs")
    assert arabic(page).status == CURRENT


def test_a_language_without_text_skips_its_review(workflow, users):
    page = ContentPageFactory(parent=workflow.workflow_pages.first().page, title="Nur Deutsch", intro="Text.")
    page.save_revision().publish()
    page = reload(page)
    page.title_ar = "عنوان"
    page.save_revision(user=users["editor_a"])
    workflow.start(reload(page), users["editor_a"])
    task = reload(page).current_workflow_task.specific
    assert task.language == "ar"  # Arabic has a title to review
    state = reload(page).current_workflow_task_state
    task.on_action(state, users["admin"], "approve")
    # no Ukrainian text: its review is skipped, the German approval follows
    assert not isinstance(reload(page).current_workflow_task.specific, TranslationReviewTask)
    skipped = state.workflow_state.task_states.get(task__translationreviewtask__language="uk")
    assert skipped.status == skipped.STATUS_SKIPPED
