"""Admin actions as an editor performs them over HTTP, and the test of their effect."""

import datetime

from django.urls import reverse
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.forms import empty_streamfields, form_data

NEW_TITLE = "Geänderter Titel"


def _reload(obj):
    return type(obj).objects.filter(pk=obj.pk).first()


def _edit_page(client, page, publish):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    if response.status_code != 200:
        return response
    data = {**form_data(response, "form#page-edit-form"), **empty_streamfields(type(page.specific))}
    data["title_de"] = NEW_TITLE
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(url, data)


def edit(client, world, target):
    page = world[target]
    before = page.revisions.count()
    _edit_page(client, page, publish=False)
    return page.revisions.count() > before


def publish(client, world, target):
    page = world[target]
    _edit_page(client, page, publish=True)
    return _reload(page).title_de == NEW_TITLE


def unpublish(client, world, target):
    page = world[target]
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return not _reload(page).live


def delete(client, world, target):
    obj = world[target]
    if isinstance(obj, Page):
        client.post(reverse("wagtailadmin_pages:delete", args=[obj.pk]))
    elif isinstance(obj, get_image_model()):
        client.post(reverse("wagtailimages:delete", args=[obj.pk]))
    else:
        client.post(reverse("wagtaildocs:delete", args=[obj.pk]))
    return _reload(obj) is None


def _move(client, world, target, destination):
    page = world[target]
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    return _reload(page).get_parent().pk == destination.pk


def move(client, world, target):
    if target == "offer_a_to_finder_b":
        return _move(client, world, "offer_a", world["finder_b"])
    return _move(client, world, target, world[f"{target}_sibling"])


def _add(client, world, target, model_name, title, app="offers", extra=None):
    parent = world[target]
    url = reverse("wagtailadmin_pages:add", args=[app, model_name, parent.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    from django.apps import apps

    model = apps.get_model(app, model_name)
    data = {**form_data(response, "form#page-edit-form"), **empty_streamfields(model)}
    data.update(
        {"title_de": title, "slug_de": slugify(title), "action-publish": "action-publish", **(extra or {})}
    )
    if model_name == "contactpointpage":
        data["kind"] = "other"
    if model_name == "offerpage":
        data["contact_phone"] = "06000 12345"  # published offers name a way to reach someone
    client.post(url, data)
    return model.objects.child_of(parent).filter(title_de=title).exists()


def add_offer(client, world, target):
    return _add(client, world, target, "offerpage", "Neues Angebot")


def add_contact_point(client, world, target):
    return _add(client, world, target, "contactpointpage", "Neue Anlaufstelle")


def add_event(client, world, target):
    times = {"start": "2027-03-03 16:00", "end": "2027-03-03 18:00"}
    return _add(client, world, target, "eventpage", "Neuer Termin", app="events", extra=times)


def _edit_snippet_field(client, snippet, field):
    """Set ``field`` of ``snippet`` to NEW_TITLE through its snippet edit view; whether it took."""
    meta = snippet._meta
    url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[snippet.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data[field] = NEW_TITLE
    client.post(url, data)
    return getattr(_reload(snippet), field) == NEW_TITLE


def edit_snippet(client, world, target):
    return _edit_snippet_field(client, world[target], "name_de")


def move_to_other_town(client, world, target):
    return _move(client, world, target, world["page_b"])


def _copy(client, world, target, destination):
    page = world[target]
    slug = "kopie-" + page.slug
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data.update({"new_title_de": "Kopie", "new_slug_de": slug, "new_parent_page": destination.pk})
    client.post(url, data)
    return Page.objects.filter(slug_de=slug).exists()


def copy(client, world, target):
    page = world[target]
    return _copy(client, world, target, page.get_parent())


def copy_to_other_town(client, world, target):
    return _copy(client, world, target, world["page_b"])


def _bulk(client, obj, action):
    meta = type(obj)._meta if not isinstance(obj, Page) else Page._meta
    url = reverse("wagtail_bulk_action", args=[meta.app_label, meta.model_name, action])
    return client.post(f"{url}?id={obj.pk}", {})


def bulk_delete(client, world, target):
    obj = world[target]
    _bulk(client, obj, "delete")
    return _reload(obj) is None


def bulk_unpublish(client, world, target):
    page = world[target]
    _bulk(client, page, "unpublish")
    return not _reload(page).live


def edit_media(client, world, target):
    obj = world[target]
    if isinstance(obj, get_image_model()):
        url = reverse("wagtailimages:edit", args=[obj.pk])
    else:
        url = reverse("wagtaildocs:edit", args=[obj.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["title"] = NEW_TITLE
    client.post(url, data)
    return _reload(obj).title == NEW_TITLE


def _profile_form(client, organisation):
    url = reverse("wagtailsnippets_organisations_organisation:edit", args=[organisation.pk])
    response = client.get(url)
    return url, (form_data(response) if response.status_code == 200 else None)


def edit_profile(client, world, target):
    organisation = world[target]
    before = organisation.revisions.count()
    url, data = _profile_form(client, organisation)
    if data is None:
        return False
    data["description_de"] = "Neue Beschreibung"
    client.post(url, data)
    return organisation.revisions.count() > before


def publish_profile(client, world, target):
    organisation = world[target]
    url, data = _profile_form(client, organisation)
    if data is None:
        return False
    data.update({"description_de": "Veröffentlicht", "action-publish": "action-publish"})
    client.post(url, data)
    return _reload(organisation).description_de == "Veröffentlicht"


def delete_profile(client, world, target):
    organisation = world[target]
    client.post(reverse("wagtailsnippets_organisations_organisation:delete", args=[organisation.pk]))
    return _reload(organisation) is None


def submit_event(client, world, target):
    from events.models import EventSubmission

    calendar = world[target]
    day = (datetime.date.today() + datetime.timedelta(days=12)).isoformat()
    data = {
        "organisation": world["org_mso"].pk,
        "calendar": calendar.pk,
        "title": "Neu eingereicht",
        "description": "Text",
        "kind": "culture",
        "date": day,
        "start_time": "18:00",
        "end_time": "19:00",
        "city": "Altdorf",
        "cost": "free",
    }
    client.post(reverse("event_submit"), data)
    return EventSubmission.objects.filter(event__title_de="Neu eingereicht").exists()


def approve_submission(client, world, target):
    record = world[target]
    task_state = record.event.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[record.event.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    return _reload(record.event).live


def _registrations(client, world, target, url_name):
    """Shown only if the registrant's data appears in the answer (nothing shown = refused)."""
    from events.models import Registration

    event = world[target]
    Registration.objects.get_or_create(
        event_id=event.pk,
        email=f"registrant-{event.pk}@example.org",
        defaults={"name": "Rana Registrant", "status": "confirmed"},
    )
    response = client.get(reverse(url_name, args=[event.pk]))
    return response.status_code == 200 and f"registrant-{event.pk}@example.org".encode() in response.content


def view_registrations(client, world, target):
    return _registrations(client, world, target, "event_registrations")


def export_registrations(client, world, target):
    return _registrations(client, world, target, "event_registrations_csv")


IMPORT_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\nBEGIN:VEVENT\r\nUID:matrix@example.org\r\n"
    b"SUMMARY:Importiert\r\nDTSTART:20270303T160000\r\nDTEND:20270303T180000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def open_import_form(client, world, target):
    response = client.get(reverse("events_import"))
    if response.status_code != 200:
        return False
    return world[target] in response.context["form"].fields["calendar"].queryset


def import_calendar(client, world, target):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.models import EventPage

    upload = SimpleUploadedFile("termine.ics", IMPORT_ICS, content_type="text/calendar")
    client.post(reverse("events_import"), {"calendar": world[target].pk, "file": upload, "url": ""})
    return EventPage.objects.child_of(world[target]).filter(import_uid="matrix@example.org").exists()


def add_subscription(client, world, target):
    from events.models import CalendarSubscription

    data = {"calendar": world[target].pk, "url": "https://neu.example/termine.ics", "active": "on"}
    client.post(reverse("calendar_subscriptions:add"), data)
    return CalendarSubscription.objects.filter(calendar=world[target], url=data["url"]).exists()


def view_subscription(client, world, target):
    response = client.get(reverse("calendar_subscriptions:index"))
    return response.status_code == 200 and world[target].url in response.content.decode()


def edit_subscription(client, world, target):
    subscription = world[target]
    data = {"calendar": subscription.calendar_id, "url": "https://geaendert.example/x.ics", "active": "on"}
    client.post(reverse("calendar_subscriptions:edit", args=[subscription.pk]), data)
    return _reload(subscription).url == data["url"]


def sync_subscription(client, world, target):
    client.post(reverse("calendar_subscription_sync", args=[world[target].pk]))
    return _reload(world[target]).last_synced_at is not None


def delete_subscription(client, world, target):
    client.post(reverse("calendar_subscriptions:delete", args=[world[target].pk]))
    return _reload(world[target]) is None


def view_subscribers(client, world, target):
    response = client.get(reverse("subscriptions:index"))
    return response.status_code == 200 and world[target].email in response.content.decode()


def edit_newsletter_subscription(client, world, target):
    subscription = world[target]
    client.post(reverse("subscriptions:edit", args=[subscription.pk]), {"status": "pending"})
    return _reload(subscription).status != subscription.status


def delete_newsletter_subscription(client, world, target):
    subscription = world[target]
    client.post(reverse("subscriptions:delete", args=[subscription.pk]))
    return _reload(subscription) is None


def edit_rule(client, world, target):
    return _edit_snippet_field(client, world[target], "name")


def edit_word_list(client, world, target):
    return _edit_snippet_field(client, world[target], "name")


def grant_override(client, world, target):
    from guidelines.models import Override
    from guidelines.services.overrides import current_findings

    page = world[target].specific
    page.intro = "Die Flüchtlingswelle von 2015 ist Thema der Ausstellung."
    page.save_revision()
    findings, _units = current_findings(page)
    index = next(i for i, finding in enumerate(findings) if finding.severity == "error")
    client.post(reverse("guidelines_page", args=[page.pk]), {"finding": index, "reason": "Zitat"})
    return Override.objects.filter(page=page).exists()


def view_report(client, world, target):
    return client.get(reverse("guidelines_report")).status_code == 200


# --- issue 20 (translations) -------------------------------------------------------------------
def view_translation_report(client, world, target):
    return client.get(reverse("translations_report")).status_code == 200


def mark_translation_reviewed(client, world, target):
    from portal.models import TranslationState

    draft = world[target].specific.get_latest_revision_as_object()
    draft.title_ar = "عنوان"
    draft._machine_translated = {("ar", "title")}
    draft.save_revision()
    client.post(reverse("translations_mark_reviewed", args=[draft.pk]), {"language": "ar"})
    return not TranslationState.objects.filter(page_id=draft.pk, language="ar", machine=True).exists()


# --- issue 9 (dashboard, legal pages, personal data) -------------------------------------------
def view_dashboard(client, world, target):
    return client.get(reverse("dashboard")).status_code == 200


def export_dashboard(client, world, target):
    """The CSV export of the offers panel names the town (its figures are in it)."""
    town = world["page_a" if target == "figures_a" else "page_b"].get_parent()
    response = client.get(reverse("dashboard_csv", args=["offers"]))
    return response.status_code == 200 and town.title in response.content.decode("utf-8-sig")


def _feedback():
    from legal.models import Feedback

    return Feedback.objects.get_or_create(message="Kontrast zu schwach", defaults={"language": "de"})[0]


def view_feedback_inbox(client, world, target):
    _feedback()
    response = client.get(reverse("legal_feedback_inbox"))
    return response.status_code == 200 and "Kontrast zu schwach" in response.content.decode()


def mark_feedback_handled(client, world, target):
    feedback = _feedback()
    client.post(reverse("legal_feedback_handled", args=[feedback.pk]))
    return _reload(feedback).handled


def add_story(client, world, target):
    from home.models import CountyHomePage
    from stories.models import StoryIndexPage

    parents = {
        "stories_a": world["town_a"],
        "stories_b": world["page_b"].get_parent(),
        "stories_county": CountyHomePage.objects.get(),
    }
    parent = parents[target]
    index = StoryIndexPage.objects.child_of(parent).first()
    if index is None:
        index = StoryIndexPage(title="Geschichten", slug="geschichten")
        parent.add_child(instance=index)
        index.save_revision().publish()
    return _add(client, {target: index}, target, "storypage", "Neue Geschichte", app="stories")


def edit_responsibility(client, world, target):
    from offers.models import ContactPointPage, Topic
    from responsibilities.models import Responsibility

    topic, _created = Topic.objects.get_or_create(slug="aufenthalt", defaults={"name_de": "Aufenthalt"})
    point = ContactPointPage(title="Ausländerbehörde", slug="auslaenderbehoerde", kind="immigration_office")
    if not ContactPointPage.objects.filter(slug="auslaenderbehoerde").exists():
        world["contact_finder_county"].add_child(instance=point)
    point = ContactPointPage.objects.get(slug="auslaenderbehoerde")
    item, _created = Responsibility.objects.get_or_create(topic=topic, contact_point=point, level="county")
    return _edit_snippet_field(client, item, "note_de")


def view_personal_data(client, world, target):
    return client.get(reverse("legal_personal_data")).status_code == 200


ISSUE_9_ACTIONS = {
    "view_personal_data": view_personal_data,
    "edit_responsibility": edit_responsibility,
    "add_story": add_story,
    "view_feedback_inbox": view_feedback_inbox,
    "mark_feedback_handled": mark_feedback_handled,
    "view_dashboard": view_dashboard,
    "export_dashboard": export_dashboard,
}
# --- end of issue 9 ---


ACTIONS = {
    "edit_rule": edit_rule,
    "edit_word_list": edit_word_list,
    "grant_override": grant_override,
    "view_report": view_report,
    "view_translation_report": view_translation_report,
    "mark_translation_reviewed": mark_translation_reviewed,
    "view_subscribers": view_subscribers,
    "edit_newsletter_subscription": edit_newsletter_subscription,
    "delete_newsletter_subscription": delete_newsletter_subscription,
    "submit_event": submit_event,
    "approve_submission": approve_submission,
    "view_registrations": view_registrations,
    "export_registrations": export_registrations,
    "edit_profile": edit_profile,
    "publish_profile": publish_profile,
    "delete_profile": delete_profile,
    "edit": edit,
    "publish": publish,
    "unpublish": unpublish,
    "delete": delete,
    "move": move,
    "move_to_other_town": move_to_other_town,
    "copy": copy,
    "copy_to_other_town": copy_to_other_town,
    "bulk_delete": bulk_delete,
    "bulk_unpublish": bulk_unpublish,
    "add_offer": add_offer,
    "add_contact_point": add_contact_point,
    "edit_snippet": edit_snippet,
    "add_event": add_event,
    "open_import_form": open_import_form,
    "import_calendar": import_calendar,
    "add_subscription": add_subscription,
    "view_subscription": view_subscription,
    "edit_subscription": edit_subscription,
    "sync_subscription": sync_subscription,
    "delete_subscription": delete_subscription,
}


ACTIONS.update(ISSUE_9_ACTIONS)


def perform(client, world, action, target):
    if action == "edit" and not isinstance(world[target], Page):
        return edit_media(client, world, target)
    return ACTIONS[action](client, world, target)


# --- networking (issue 7): round tables and twinning ------------------------------------------


def _net(world):
    from tests.networking.world import ensure

    return ensure(world)


def add_round_table(client, world, target):
    return _add(client, _net(world), target, "roundtablepage", "Neuer Runder Tisch", app="networking")


def edit_round_table(client, world, target):
    return edit(client, _net(world), target)


def read_internal_minutes(client, world, target):
    page = _net(world)[target]
    return "Internes Protokoll" in client.get(page.url).content.decode()


def update_action_status(client, world, target):
    action = _net(world)[target]
    client.post(reverse("networking_action_status", args=[action.pk]), {"status": "done", "notes": ""})
    return _reload(action).status == "done"


def _make_minutes_public(client, world, target, view):
    """Open a session's form (``view``: the whole session or its minutes) and publish the minutes."""
    session = _net(world)[target]
    url = reverse(view, args=[session.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["minutes_visibility"] = "public"
    client.post(url, data)
    return _reload(session).minutes_visibility == "public"


def edit_session(client, world, target):
    return _make_minutes_public(client, world, target, "networking_sessions:edit")


def send_invitations(client, world, target):
    from django.core import mail

    session = _net(world)[target]
    before = len(mail.outbox)
    client.post(reverse("networking_invite", args=[session.pk]))
    return len(mail.outbox) > before


def pair_groups(client, world, target):
    from networking.models import TwinningPair

    round_page = _net(world)[target]
    first, second = world["application_first"], world["application_second"]
    client.post(reverse("networking_pairing", args=[round_page.pk]), {"first": first.pk, "second": second.pk})
    return TwinningPair.objects.filter(round=round_page, first=first, second=second).exists()


def edit_pair(client, world, target):
    pair = _net(world)[target]
    url = reverse("networking_pairs:edit", args=[pair.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["project_title"] = NEW_TITLE
    client.post(url, data)
    return _reload(pair).project_title == NEW_TITLE


# --- issue 21: every networking admin list leads somewhere ---


def edit_minutes(client, world, target):
    return _make_minutes_public(client, world, target, "networking_sessions:minutes")


def record_attendance(client, world, target):
    session = _net(world)[target]
    organisation = world["org_mso"]
    client.post(
        reverse("networking_sessions:attendance", args=[session.pk]), {"attendance": [organisation.pk]}
    )
    return _reload(session).attendance.filter(pk=organisation.pk).exists()


def export_applications(client, world, target):
    round_page = _net(world)[target]
    url = reverse("networking_applications:index") + f"?round={round_page.pk}&export=csv"
    response = client.get(url)
    if response.status_code != 200 or not response.streaming:
        return False
    return "Gruppe Eins" in b"".join(response.streaming_content).decode()


def update_my_action(client, world, target):
    action = _net(world)[target]
    client.post(reverse("networking_my_actions"), {"action": action.pk, "status": "in_progress"})
    return _reload(action).status == "in_progress"


def read_minutes_after_site_login(client, world, target):
    """Logs in on the site's own login page with the role's password (as a member would)."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    user_id = client.session.get("_auth_user_id")
    visitor = Client()
    if user_id:
        username = get_user_model().objects.get(pk=user_id).username
        visitor.post(reverse("member_login"), {"username": username, "password": "kreisnetz-demo"})
    return "Internes Protokoll" in visitor.get(_net(world)[target].url).content.decode()


ACTIONS.update(
    {
        "edit_minutes": edit_minutes,
        "record_attendance": record_attendance,
        "export_applications": export_applications,
        "update_my_action": update_my_action,
        "read_minutes_after_site_login": read_minutes_after_site_login,
    }
)

ACTIONS.update(
    {
        "add_round_table": add_round_table,
        "edit_round_table": edit_round_table,
        "read_internal_minutes": read_internal_minutes,
        "update_action_status": update_action_status,
        "edit_session": edit_session,
        "send_invitations": send_invitations,
        "pair_groups": pair_groups,
        "edit_pair": edit_pair,
    }
)
