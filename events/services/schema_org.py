"""schema.org Event JSON-LD."""

from portal.schema_org import organisation_data, place_data

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "moved": "https://schema.org/EventMovedOnline",
}


def _area_place(area):
    """A town or the county as the place, when an event names no address."""
    return {
        "@type": "Place",
        "name": area,
        "address": {"@type": "PostalAddress", "addressLocality": area, "addressCountry": "DE"},
    }


def _status(event):
    if event.status == "moved" and not event.online_url:
        return "https://schema.org/EventRescheduled"
    return STATUS.get(event.status, STATUS["scheduled"])


def event_data(event, url, occurrence=None):
    start = occurrence.start if occurrence else event.start
    end = occurrence.end if occurrence else event.end
    where = event.location
    if where.online_url and where.place is not None:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif where.online_url:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if where.place is not None:
        locations.append(place_data(where.place, url))
    if where.online_url:
        locations.append({"@type": "VirtualLocation", "url": where.online_url})
    if where.area:
        locations.append(_area_place(where.area))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "url": url,
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventStatus": _status(event),
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": [language.code for language in event.languages.all()],
        "isAccessibleForFree": event.cost == "free",
        "offers": {
            "@type": "Offer",
            "price": "0" if event.cost == "free" else str(event.fee_amount or ""),
            "priceCurrency": "EUR",
            "url": url,
        },
    }
    if event.organiser:
        data["organizer"] = organisation_data(event.organiser)
    return {key: value for key, value in data.items() if value not in (None, [], "")}
