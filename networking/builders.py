"""Building blocks shared by demo data and tests: round tables with sessions (each an event in the
calendar of the round table's town or county) and twinning rounds with applications."""

import datetime

from django.utils.text import slugify

from events.models import EventIndexPage, EventKind, EventPage
from offers.models import LanguageCode
from portal.clock import BERLIN

from .models import (
    ActionItem,
    AgendaItem,
    RoundTableMember,
    RoundTablePage,
    RoundTableSession,
    TwinningApplication,
    TwinningRoundPage,
)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def calendar_of(parent):
    calendar = EventIndexPage.objects.child_of(parent).first()
    if calendar is None:
        calendar = _publish(parent, EventIndexPage(title="Termine", slug="termine"))
    return calendar


def round_table(parent, title, *, slug=None, topic="", purpose="", chair=None, members=()):
    page = RoundTablePage(title=title, slug=slug or slugify(title), topic=topic, purpose=purpose, chair=chair)
    for number, (organisation, role, name, email, language) in enumerate(members):
        page.members.add(
            RoundTableMember(
                organisation=organisation,
                role=role,
                delegate_name=name,
                delegate_email=email,
                delegate_language=language,
                sort_order=number,
            )
        )
    return _publish(parent, page)


def session(page, start, *, minutes="", decisions="", visibility="members", attendance=(), agenda=()):
    """A session of ``page`` on ``start`` (aware datetime or a date, then 18:00 Berlin)."""
    if isinstance(start, datetime.date) and not isinstance(start, datetime.datetime):
        start = datetime.datetime.combine(start, datetime.time(18), tzinfo=BERLIN)
    calendar = calendar_of(page.get_parent())
    title = f"{page.title} – {start:%d.%m.%Y}"
    event = EventPage(
        title=title,
        slug=slugify(f"{page.slug}-{start:%Y-%m-%d}"),
        start=start,
        end=start + datetime.timedelta(hours=2),
        kind=EventKind.ROUND_TABLE,
        intro=page.purpose[:200] if page.purpose else "",
        city="",
    )
    event = _publish(calendar, event)
    item = RoundTableSession.objects.create(
        round_table=page, event=event, minutes=minutes, decisions=decisions, minutes_visibility=visibility
    )
    item.attendance.set(attendance)
    item.save()  # a ParentalManyToManyField is written on save
    for number, title in enumerate(agenda):
        AgendaItem.objects.create(session=item, title=title, sort_order=number)
    return item


def action(item, what, owner, due, *, status="open", public=True, person=""):
    return ActionItem.objects.create(
        session=item, what=what, owner=owner, due_date=due, status=status, public=public, owner_person=person
    )


def twinning_round(parent, title, *, start, end, pairing, coordinator=None, window_months=6, slug=None):
    page = TwinningRoundPage(
        title=title,
        slug=slug or slugify(title),
        application_start=start,
        application_end=end,
        pairing_date=pairing,
        window_months=window_months,
        coordinator=coordinator,
    )
    return _publish(parent, page)


def application(
    round_page, name, town, *, interests=(), languages=(), kind="association", consent=True, size=10
):
    item = TwinningApplication.objects.create(
        round=round_page,
        group_kind=kind,
        group_name=name,
        town=town,
        contact_name=f"Kontakt {name}",
        contact_email=f"{slugify(name)}@example.org",
        interests=list(interests),
        size=size,
        availability="Samstags",
        show_name_publicly=consent,
    )
    codes = [LanguageCode.objects.get_or_create(code=code)[0] for code in languages]
    item.languages.set(codes)
    return item
