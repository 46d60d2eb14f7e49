"""Import of iCalendar files (RFC 5545) into a calendar page: every event becomes a draft.

Two passes: ``parse`` reads the whole file and collects every problem, each naming the event
and what is wrong; only a file without problems reaches ``import_calendar``, which writes all
events in one transaction. A re-import matches events by their UID in the source calendar
(``EventPage.import_uid``, unique per calendar): a changed event gets a new draft revision,
never a second page and never a publication.
"""

import datetime
import hashlib
import html
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from icalendar import Calendar, vRecur
from wagtail.log_actions import log
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.clock import BERLIN

from ..models import EventIndexPage, EventPage, EventStatus
from ..services.recurrence import RecurrenceError, format_extra_date, validate_rule
from . import tombstones

# Fields an import writes; comparing them tells "updated" from "unchanged".
IMPORTED_FIELDS = (
    "title",
    "intro",
    "start",
    "end",
    "all_day",
    "recurrence",
    "exception_dates",
    "extra_dates",
    "status",
    "street",
    "postcode",
    "city",
    "online_url",
)
ONLINE_HOSTS = (
    "zoom.us",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.google.com",
    "meet.jit.si",
    "webex.com",
    "gotomeeting.com",
    "whereby.com",
    "bigbluebutton",
    "senfcall.de",
)
ONLINE_WORDS = ("online", "teams", "zoom", "webex", "jitsi", "google meet", "videokonferenz", "video call")
MEETING_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGURL",
)
POSTCODE_CITY = re.compile(r"^(?:D-)?(\d{5})\s+(.+)$")
URL_PATTERN = re.compile(r"https?://[^\s<>\"']+")
HTML_TAG = re.compile(r"(?i)</?(?:a|b|br|div|em|h[1-6]|html|body|i|li|ol|p|span|strong|u|ul)\b[^>]*>")
# Control characters (NUL, which PostgreSQL refuses in text, and the C0/C1 ranges) are removed from
# every imported text; line breaks and tabs stay.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
VEVENT_LINE = re.compile(r"(?im)^BEGIN:VEVENT\s*$")
TITLE_LENGTH = 255
RULE_FIELDS = ("start", "end", "recurrence", "exception_dates", "extra_dates")


class ICSImportError(ValueError):
    """The file cannot be imported; ``problems`` are messages for the user, one per problem."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0  # deleted in the portal (a tombstone): not created again

    @property
    def total(self):
        return self.created + self.updated + self.unchanged

    def __str__(self):
        text = _("%(created)s new, %(updated)s updated, %(unchanged)s unchanged (all as drafts)") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }
        if self.deleted:
            text += "; " + ngettext(
                "%(deleted)s event deleted here is not imported again",
                "%(deleted)s events deleted here are not imported again",
                self.deleted,
            ) % {"deleted": self.deleted}
        return text


@dataclass
class ImportedEvent:
    uid: str
    label: str
    values: dict = field(default_factory=dict)


def max_bytes():
    return getattr(settings, "EVENTS_IMPORT_MAX_BYTES", 2 * 1024 * 1024)


def max_events():
    return getattr(settings, "EVENTS_IMPORT_MAX_EVENTS", 1000)


def calendars_for(user):
    """The calendar pages the user may add events to (imports create pages there)."""
    if user is None or not user.is_authenticated:
        return EventIndexPage.objects.none()
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
    return EventIndexPage.objects.filter(pk__in=pages.values("pk")).order_by("path")


# --- reading -------------------------------------------------------------------------------------


def _decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _read_calendars(data):
    if len(data) > max_bytes():
        raise ICSImportError(
            [
                _("The file is too large (%(size)s); at most %(limit)s can be imported.")
                % {"size": _megabytes(len(data)), "limit": _megabytes(max_bytes())}
            ]
        )
    text = _decode(data).strip()
    if not text:
        raise ICSImportError([_("The file is empty.")])
    if not text.upper().startswith("BEGIN:VCALENDAR"):
        raise ICSImportError([_("This is not an iCalendar file: it must begin with “BEGIN:VCALENDAR”.")])
    _check_count(len(VEVENT_LINE.findall(text)))  # before parsing: the parser's work stays bounded
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and a few others for broken syntax
        raise ICSImportError(
            [_("This is not a valid iCalendar file: %(error)s") % {"error": _shorten(str(exc))}]
        ) from None
    if not calendars:
        raise ICSImportError([_("This is not a valid iCalendar file: its BEGIN and END lines do not match.")])
    return calendars


def _check_count(count):
    if count > max_events():
        raise ICSImportError(
            [
                _("The file holds %(count)s events; at most %(limit)s can be imported at once.")
                % {"count": count, "limit": max_events()}
            ]
        )


def _megabytes(size):
    return _("%(size).1f MB") % {"size": size / (1024 * 1024)}


def _shorten(text, length=160):
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _text(component, name):
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return CONTROL_CHARACTERS.sub("", str(value)).strip()


def _label(number, component):
    summary = _shorten(_text(component, "SUMMARY"), 60)
    uid = _shorten(_text(component, "UID"), 60)
    parts = [_("Event %(number)s") % {"number": number}]
    if summary:
        parts.append(f"“{summary}”")
    if uid:
        parts.append(_("UID %(uid)s") % {"uid": uid})
    return " ".join(parts)


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _unknown_zone(prop):
    """The TZID of a date-time property whose zone neither the file nor the system knows."""
    tzid = prop.params.get("TZID")
    values = [item.dt for item in prop.dts] if hasattr(prop, "dts") else [prop.dt]
    for value in values:
        if isinstance(value, tuple):
            value = value[0]
        if tzid and isinstance(value, datetime.datetime) and value.tzinfo is None:
            return tzid
    return None


def _berlin(value):
    """An aware datetime in Europe/Berlin: zoned and UTC values converted, floating ones taken as Berlin."""
    if value.tzinfo is None:
        return value.replace(tzinfo=BERLIN)
    return value.astimezone(BERLIN)


def _day(value):
    if isinstance(value, tuple):  # PERIOD (start, end or duration)
        value = value[0]
    if isinstance(value, datetime.datetime):
        return _berlin(value).date()
    return value


def _dates(component, name):
    days = set()
    for prop in _as_list(component.get(name)):
        days.update(_day(item.dt) for item in prop.dts)
    return "\n".join(day.isoformat() for day in sorted(days))


def _extra_dates(component, times):
    """RDATE as "also on these dates": a date with a time of its own (converted from its time zone
    to Berlin wall time) keeps the time; one at the start's time or of an all-day event is a date."""
    start_time = None if times["all_day"] else times["start"].astimezone(BERLIN).time()
    found = set()
    for prop in _as_list(component.get("RDATE")):
        for item in prop.dts:
            value = item.dt[0] if isinstance(item.dt, tuple) else item.dt  # PERIOD: its start
            if isinstance(value, datetime.datetime) and start_time is not None:
                local = _berlin(value)
                time = local.time().replace(microsecond=0)
                found.add((local.date(), None if time == start_time else time))
            else:
                found.add((_day(value), None))
    return "\n".join(format_extra_date(day, time) for day, time in sorted(found, key=_date_order))


def _date_order(item):
    day, time = item
    return (day, time or datetime.time.min)


def _rule(component):
    """RRULE as our recurrence code reads it: UNTIL in Berlin wall time like DTSTART."""
    rule = vRecur(component["RRULE"])
    until = rule.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime.datetime):
            rule["UNTIL"] = [_berlin(value).replace(tzinfo=None)]
    return CONTROL_CHARACTERS.sub("", rule.to_ical().decode())


def _plain(text):
    if HTML_TAG.search(text):
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", "\n", text)
        text = html.unescape(nh3.clean(text, tags=set()))
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _is_online(url):
    host = url.split("/")[2].lower() if url.count("/") >= 2 else ""
    return any(host == name or host.endswith("." + name) or name in host for name in ONLINE_HOSTS)


def _online_url(component, location, description):
    candidates = [_text(component, name) for name in MEETING_PROPERTIES]
    candidates += [_text(component, "URL"), location]
    candidates += URL_PATTERN.findall(description)
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate.startswith(("http://", "https://")) and _is_online(candidate) and len(candidate) <= 200:
            return candidate
    return ""


def _address(location):
    """Street, postcode and city from a LOCATION line like “Rathaus, Marktplatz 1, 12345 Altdorf”."""
    if not location or location.startswith(("http://", "https://")):
        return {}
    parts = [part.strip() for part in location.replace("\n", ",").split(",") if part.strip()]
    for index, part in enumerate(parts):
        match = POSTCODE_CITY.match(part)
        if match:
            street = ", ".join(parts[:index])
            return {"street": street[:200], "postcode": match.group(1), "city": match.group(2)[:120]}
    if any(word in location.lower() for word in ONLINE_WORDS):
        return {}
    return {"street": location[:200]}


def _times(component, problems):
    start = component["DTSTART"].dt
    if not isinstance(start, datetime.date):
        raise TypeError(_("DTSTART must be a date or a date with time"))
    all_day = not isinstance(start, datetime.datetime)
    end_prop = component.get("DTEND") or component.get("DUE")
    duration = component.get("DURATION")
    if all_day:
        first = datetime.datetime.combine(start, datetime.time(0), tzinfo=BERLIN)
        if end_prop is not None:
            last_exclusive = _day(end_prop.dt)
        elif duration is not None:
            last_exclusive = start + datetime.timedelta(days=max(duration.dt.days, 1))
        else:
            last_exclusive = start + datetime.timedelta(days=1)
        if last_exclusive <= start:
            problems.append(_("it ends (DTEND) before it starts (DTSTART)"))
            return None
        # Stored as the last day until 23:59, which the .ics export writes back as DTEND.
        last = datetime.datetime.combine(last_exclusive - datetime.timedelta(days=1), datetime.time(23, 59))
        return {"start": first, "end": last.replace(tzinfo=BERLIN), "all_day": True}
    begins = _berlin(start)
    if end_prop is not None:
        end = end_prop.dt
        if not isinstance(end, datetime.datetime):
            end = datetime.datetime.combine(end, datetime.time(0))
        ends = _berlin(end)
    elif duration is not None:
        ends = begins + duration.dt
    else:
        ends = begins + datetime.timedelta(hours=1)  # RFC 5545 gives no end; an hour is shown
    if ends <= begins:
        problems.append(_("it ends (DTEND) before or when it starts (DTSTART)"))
        return None
    return {"start": begins, "end": ends, "all_day": False}


def _check_properties(component, problems):
    """Report broken values and unknown time zones; the names of the date properties that cannot be read."""
    unreadable = set()
    for name, error in getattr(component, "errors", []):
        error = _shorten(str(error), 100).rstrip(".")
        if name is None:
            problems.append(_("a line cannot be read (%(error)s)") % {"error": error})
            continue
        problems.append(
            _("the value of %(property)s cannot be read (%(error)s)") % {"property": name, "error": error}
        )
        unreadable.add(name)
    if "DTSTART" not in component:
        problems.append(_("it has no start (DTSTART)"))
        unreadable.add("DTSTART")
    for name in ("DTSTART", "DTEND", "EXDATE", "RDATE"):
        if name in unreadable:
            continue
        for prop in _as_list(component.get(name)):
            tzid = _unknown_zone(prop)
            if tzid:
                problems.append(
                    _("the time zone “%(tzid)s” of %(property)s is unknown")
                    % {"tzid": tzid, "property": name}
                )
                unreadable.add(name)
    if len(_as_list(component.get("RRULE"))) > 1:
        problems.append(_("it has more than one repetition rule (RRULE)"))
        unreadable.add("RRULE")
    if "EXRULE" in component:
        problems.append(_("exclusion rules (EXRULE) are not supported; use EXDATE"))
    return unreadable


def _read_event(component):
    """The values of one VEVENT, or the list of what is wrong with it."""
    problems = []
    title = _text(component, "SUMMARY")
    if not title:
        problems.append(_("it has no title (SUMMARY)"))
    unreadable = _check_properties(component, problems)
    if unreadable & {"DTSTART", "DTEND", "DUE", "DURATION"}:
        return None, problems
    values = _times(component, problems)
    if values is None or unreadable & {"RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"}:
        return None, problems
    description = _plain(_text(component, "DESCRIPTION"))
    location = " ".join(_text(component, "LOCATION").split())
    values.update(
        {
            "title": title[:TITLE_LENGTH],
            "intro": description,
            "recurrence": _rule(component) if "RRULE" in component else "",
            "exception_dates": _dates(component, "EXDATE"),
            "extra_dates": _extra_dates(component, values),
            "status": EventStatus.CANCELLED
            if _text(component, "STATUS").upper() == "CANCELLED"
            else EventStatus.SCHEDULED,
            "street": "",
            "postcode": "",
            "city": "",
            "online_url": _online_url(component, location, description),
        }
    )
    values.update(_address(location))
    if len(values["recurrence"]) > EventPage._meta.get_field("recurrence").max_length:
        problems.append(_("its repetition rule (RRULE) is too long"))
    elif values["recurrence"] or values["extra_dates"]:
        try:
            validate_rule(SimpleNamespace(**{key: values[key] for key in RULE_FIELDS}))
        except RecurrenceError as exc:
            problems.append(_("its repetition rule (RRULE) is not accepted: %(error)s") % {"error": exc})
    return values, problems


def _uid(component, values):
    uid = _text(component, "UID")
    if uid:
        return uid[:255]
    # No UID (against RFC 5545): derive a stable one, so an unchanged re-import still matches.
    seed = f"{values['title']}|{values['start'].isoformat()}".encode()
    return "generated-" + hashlib.sha256(seed).hexdigest()[:32]


def parse(data):
    """Every event of the file as ``ImportedEvent``; ``ICSImportError`` lists all problems at once."""
    calendars = _read_calendars(data)
    components = [component for calendar in calendars for component in calendar.walk("VEVENT")]
    if not components:
        raise ICSImportError([_("The file holds no events (VEVENT).")])
    _check_count(len(components))
    problems, masters, overrides, seen = [], {}, [], {}
    for number, component in enumerate(components, start=1):
        label = _label(number, component)
        try:
            values, found = _read_event(component)
            recurrence_id = _day(component["RECURRENCE-ID"].dt) if "RECURRENCE-ID" in component else None
        except Exception as exc:  # odd values (a bare TIME as DTSTART, ...) must not become a 500
            error = _shorten(str(exc), 100)
            values, found = None, [_("its dates cannot be read (%(error)s)") % {"error": error}]
        if found:
            found = "; ".join(problem.rstrip(".") for problem in found)
            problems.append(_("%(event)s: %(problems)s.") % {"event": label, "problems": found})
            continue
        uid = _uid(component, values)
        if recurrence_id is not None:
            overrides.append((uid, recurrence_id, values, label))
            continue
        if uid in seen:
            problems.append(
                _("%(event)s: the UID is used already by event %(other)s.")
                % {"event": label, "other": seen[uid]}
            )
            continue
        seen[uid] = number
        masters[uid] = ImportedEvent(uid=uid, label=label, values=values)
    if problems:
        raise ICSImportError(problems)
    extra = []
    for uid, day, values, label in overrides:
        # A changed or cancelled single date of a series: the series skips it, a changed one
        # becomes an event of its own.
        master = masters.get(uid)
        if master is not None:
            days = set(filter(None, master.values["exception_dates"].split("\n"))) | {day.isoformat()}
            master.values["exception_dates"] = "\n".join(sorted(days))
        if master is None or values["status"] != EventStatus.CANCELLED:
            extra.append(ImportedEvent(uid=f"{uid}/{day.isoformat()}", label=label, values=values))
    return [*masters.values(), *extra]


# --- writing -------------------------------------------------------------------------------------


def _free_slug(title, taken):
    base = slugify(title)[:80].strip("-") or "termin"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _changed(page, values):
    return any(getattr(page, name) != value for name, value in values.items())


def _owner(user, source):
    """Imported events belong to whoever set up the subscription (the hourly job acts for them),
    else to the user importing."""
    if source is not None and source.owner_id:
        return source.owner
    return user


def _save(item, calendar, existing, taken, user, source, report):
    current = existing.get(item.uid)
    owner = _owner(user, source)
    user = user or owner
    if current is None:
        page = EventPage(
            slug=_free_slug(item.values["title"], taken),
            live=False,
            has_unpublished_changes=True,
            owner=owner,
            import_uid=item.uid,
            import_source=source,
            **item.values,
        )
        calendar.add_child(instance=page)
        page.save_revision(user=user)
        log(instance=page, action="wagtail.create", user=user)
        report.created += 1
        return
    if current.owner_id is None and owner is not None:  # imported before events had an owner
        EventPage.objects.filter(pk=current.pk).update(owner=owner)
    draft = current.get_latest_revision_as_object()
    if not _changed(draft, item.values):
        report.unchanged += 1
        return
    for name, value in item.values.items():
        setattr(draft, name, value)
    draft.import_source = source or draft.import_source
    draft.save_revision(user=user, log_action=True)
    report.updated += 1


@transaction.atomic
def _write(items, calendar, user, source):
    report = ImportReport()
    # One import per calendar at a time: two concurrent ones could both create the same UID.
    EventIndexPage.objects.select_for_update().filter(pk=calendar.pk).first()
    children = EventPage.objects.child_of(calendar)
    existing = {page.import_uid: page for page in children.filter(import_uid__in=[i.uid for i in items])}
    taken = set(calendar.get_children().values_list("slug_de", flat=True))
    buried = tombstones.buried(source, [item.uid for item in items])
    for item in items:
        if item.uid in buried and item.uid not in existing:
            report.deleted += 1
            continue
        try:
            _save(item, calendar, existing, taken, user, source, report)
        except ValidationError as exc:
            messages = [message for messages in exc.message_dict.values() for message in messages]
            raise ICSImportError(
                [_("%(event)s: %(problems)s.") % {"event": item.label, "problems": "; ".join(messages)}]
            ) from None
    return report


def import_calendar(data, calendar, *, user=None, source=None):
    """Import the bytes of an .ics file into ``calendar`` as drafts: all events or none."""
    items = parse(data)
    with translation.override(settings.LANGUAGE_CODE):
        return _write(items, calendar, user, source)


def problem_summary(error):
    count = len(error.problems)
    return ngettext(
        "Nothing was imported: the calendar has %(count)s problem.",
        "Nothing was imported: the calendar has %(count)s problems.",
        count,
    ) % {"count": count}
