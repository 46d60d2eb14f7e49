"""iCalendar (RFC 5545) for one event or a feed: VTIMEZONE, TZID, RRULE/EXDATE/RDATE, stable UID,
SEQUENCE raised on change, STATUS:CANCELLED."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vRecur

from portal.clock import BERLIN
from portal.site_address import page_url

from ..services.recurrence import parse_dates, parse_extra_dates

PRODID = "-//Kreisnetz//Kreisnetz Calendar//DE"


def _at(day, time, start, all_day):
    if all_day:
        return day
    return datetime.datetime.combine(day, time or start.time()).replace(tzinfo=BERLIN)


def _vevent(event, request):
    item = Event()
    item.add("uid", f"{event.uid}@kreisnetz")
    item.add("sequence", event.sequence)
    item.add("dtstamp", timezone.now())
    item.add("summary", event.title)
    if event.intro:
        item.add("description", event.intro)
    start = event.start.astimezone(BERLIN)
    end = event.end.astimezone(BERLIN)
    if event.all_day:
        item.add("dtstart", start.date())
        item.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        item.add("dtstart", start)
        item.add("dtend", end)
    if event.recurrence:
        item.add("rrule", vRecur.from_ical(event.recurrence))
    exceptions = parse_dates(event.exception_dates)
    if exceptions:
        item.add("exdate", [_at(day, None, start, event.all_day) for day in exceptions])
    extra = parse_extra_dates(event.extra_dates)
    if extra:  # an extra date with its own time keeps it (RDATE with a time of its own)
        item.add("rdate", [_at(day, time, start, event.all_day) for day, time in extra])
    location = event.location.as_text()
    if location:
        item.add("location", location)
    if event.online_url:
        item.add("url", event.online_url)
    else:
        item.add("url", page_url(event, request))
    if event.organiser and event.organiser.public_email:
        organizer = vCalAddress(f"mailto:{event.organiser.public_email}")
        organizer.params["cn"] = event.organiser.name
        item.add("organizer", organizer)
    item.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return item


def calendar_for(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    for event in events:
        calendar.add_component(_vevent(event, request))
    calendar.add_missing_timezones()
    return calendar


def ics_response(events, request, name, filename):
    response = HttpResponse(
        calendar_for(events, request, name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response
