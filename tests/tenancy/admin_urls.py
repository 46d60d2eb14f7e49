"""The admin URL patterns of Django's resolver and the rows of the access matrix that cover them.

``admin_patterns()`` walks ``get_resolver()`` at test time; ``uncovered()`` names the patterns
without a row or a reason in tests/access_matrix.py. ``extend()`` adds to the matrix's world what
the rows need (a second MSO member, drafts and workflows of organisations, round tables of the
county, a subscription of the county's calendar); ``request()`` asks one URL as one role.
"""

import datetime

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from events.models import CalendarSubscription
from networking import builders
from networking.models import TwinningApplication
from newsletter.models import Subscription
from organisations.factories import OrganisationFactory
from organisations.models import Organisation
from portal import tenancy
from portal.factories import UserFactory
from tests.access_matrix import (
    ADMIN_LISTINGS,
    ADMIN_URL_ARGS,
    ADMIN_URL_ROWS,
    ADMIN_URLS_WITHOUT_TENANT_RULE,
    ORG_CHOOSER,
)

REFUSED = {302, 403, 404}


def _walk(patterns, prefix="", namespaces=()):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from _walk(pattern.url_patterns, route, inner)
        else:
            yield route, ":".join((*namespaces, pattern.name)) if pattern.name else route


def admin_patterns():
    """(route, key) of every URL pattern under /admin/: the key is ``namespace:name``, or the
    route of an unnamed pattern."""
    return [(route, key) for route, key in _walk(get_resolver().url_patterns) if route.startswith("admin/")]


def _without_rule(key):
    if key in ADMIN_URLS_WITHOUT_TENANT_RULE:
        return True
    return any(key.startswith(ns) for ns in ADMIN_URLS_WITHOUT_TENANT_RULE if ns.endswith(":"))


def url_name(row_name):
    return row_name.split("?")[0]


def uncovered(patterns):
    with_rows = {url_name(name) for name, _target in ADMIN_URL_ROWS}
    return sorted(
        f"{route} ({key})" for route, key in patterns if key not in with_rows and not _without_rule(key)
    )


def stale_rows(patterns):
    keys = {key for _route, key in patterns}
    return sorted({url_name(name) for name, _target in ADMIN_URL_ROWS} - keys)


def extend(objects, users):
    """What the admin URL rows need beyond the matrix's world; returns (targets, extra users)."""
    members = Group.objects.get(name=tenancy.group_name("mso_members"))
    other_member = UserFactory(username="mso-other", groups=[members])
    objects["org_other"].members.add(other_member)
    unpublished = OrganisationFactory(
        name="Unveroeffentlichter Verein", kind=Organisation.Kind.MSO, live=False
    )
    unpublished.members.add(other_member)
    objects["org_unpublished"] = unpublished
    secrets = {}
    for key, member in (("org_mso", users["mso_member"]), ("org_other", other_member)):
        secrets[key] = _draft_in_moderation(objects[key], member)
    _county_round_table(objects)
    objects["subscription_county"] = CalendarSubscription.objects.create(
        calendar=objects["calendar_county"], url="http://127.0.0.1:9/kreis-geheim.ics"
    )
    return {key: _target(key, obj, secrets.get(key)) for key, obj in objects.items() if obj is not None}, {
        "mso_member_other": other_member
    }


def _draft_in_moderation(organisation, member):
    """A published profile, then a member's unpublished change (a new address) in moderation."""
    organisation.save_revision(user=member, log_action=True).publish()
    secret = f"neu-{organisation.slug}@example.org"
    organisation.public_email = secret
    organisation.save_revision(user=member, log_action=True)
    organisation.get_workflow().start(organisation, member)
    return secret


def _county_round_table(objects):
    county = objects["page_county"].get_parent().specific
    page = builders.round_table(county, "Runder Tisch des Kreises", slug="runder-tisch-kreis")
    today = timezone.localdate()
    session = builders.session(page, today - datetime.timedelta(days=4), minutes="<p>Kreisprotokoll</p>")
    objects["session_county"] = session
    objects["action_county"] = builders.action(
        session, "Kreisraum reservieren", objects["org_other"], today + datetime.timedelta(days=4)
    )


def _target(key, obj, secret):
    target = {"pk": str(obj.pk), "leaks": [str(obj)], "model": type(obj)}
    if secret:
        target["leaks"].append(secret)
    if isinstance(obj, CalendarSubscription):
        target["leaks"].append(obj.url)
    if isinstance(obj, TwinningApplication):
        target["marker"] = reverse("networking_applications:inspect", args=[obj.pk])  # read-only
    if isinstance(obj, Subscription):
        target["marker"] = obj.email  # read-only: no edit address
    if getattr(obj, "latest_revision_id", None):
        target["revision"] = str(obj.latest_revision_id)
    state = WorkflowState.objects.for_instance(obj).first() if isinstance(obj, Organisation) else None
    if state is not None:
        target["workflow_state"] = str(state.pk)
        target["task_state"] = str(state.current_task_state_id)
    return target


def _needs_object(name):
    kwargs = ADMIN_URL_ARGS.get(url_name(name), {})
    return name not in ADMIN_LISTINGS and "?" not in kwargs


def url_for(name, target):
    base = url_name(name)
    arguments = {key: value.format(**target) for key, value in ADMIN_URL_ARGS.get(base, {}).items()}
    query = arguments.pop("?", "")
    if _needs_object(name):
        key = "page_id" if base.startswith("event_registrations") else "pk"
        arguments[key] = target["pk"]
    url = reverse(base, kwargs=arguments or None)
    query = "&".join(part for part in (query, name.partition("?")[2]) if part)
    return f"{url}?{query}" if query else url


def listing_url(name, targets):
    """A listing's address; a chooser's "chosen multiple" view asks for all the targets at once."""
    url = url_for(name, targets[0])
    if "?" in ADMIN_URL_ARGS.get(url_name(name), {}):
        url = url.split("?")[0] + "?" + "&".join(f"id={target['pk']}" for target in targets)
    return url


def listing_marker(name, target):
    """What shows that a listing holds the object: its edit (or chooser) address, or its name."""
    if name.startswith("wagtailadmin_reports:") or name.endswith("chosen_multiple"):
        return str(target["leaks"][0])
    if name == "networking_my_actions":
        return f'id="id_status_{target["pk"]}"'  # the item's status field
    if "marker" in target:
        return target["marker"]
    if name.startswith(ORG_CHOOSER):
        return reverse(f"{ORG_CHOOSER}chosen", args=[target["pk"]])
    namespace = url_name(name).split(":")[0]
    return reverse(f"{namespace}:edit", args=[target["pk"]])


def request(user, url):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    if response.streaming:
        body = b"".join(response.streaming_content).decode()
    else:
        body = response.content.decode(errors="replace")
    return response.status_code, body
