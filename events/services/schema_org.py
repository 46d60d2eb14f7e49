"""schema.org Event JSON-LD."""

from portal.schema_org import organisation_data, place_data

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "moved": "https://schema.org/EventMovedOnline",
}


def event_data(event, url, occurrence=None):
    start = occurrence.start if occurrence else event.start
    end = occurrence.end if occurrence else event.end
    online = bool(event.online_url)
    has_place = bool(event.place.address_lines) or event.venue_id
    if online and has_place:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if has_place:
        locations.append(place_data(event.place, url))
    if online:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "url": url,
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventStatus": STATUS.get(event.status, STATUS["scheduled"]),
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
