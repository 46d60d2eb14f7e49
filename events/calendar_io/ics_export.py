"""iCalendar (RFC 5545) for one event or a feed: VTIMEZONE, TZID, RRULE/EXDATE/RDATE, stable UID,
SEQUENCE raised on change, STATUS:CANCELLED."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vRecur

from portal.clock import BERLIN
from portal.site_address import page_url

from ..services.recurrence import parse_dates

PRODID = "-//Kreisnetz//Kreisnetz Calendar//DE"


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
    for field, name in (("exception_dates", "exdate"), ("extra_dates", "rdate")):
        dates = parse_dates(getattr(event, field))
        if dates:
            values = [d if event.all_day else datetime.datetime.combine(d, start.timetz()) for d in dates]
            item.add(name, values)
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
