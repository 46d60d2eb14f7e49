"""Where an event takes place, for every event: its venue or own address, its online link, and
when it has neither (a round-table session, a Tandem's closing event) the town of the event or
of its organiser, else the county. The page, the JSON-LD and the .ics all read it from here."""

from dataclasses import dataclass

from portal.towns import county_page


@dataclass(frozen=True)
class EventLocation:
    place: object | None  # the venue or the event itself, when it has an address or coordinates
    name: str  # the venue's name ("" for the event's own address)
    online_url: str
    area: str  # the town or county name, when there is neither an address nor an online link

    @property
    def address_lines(self):
        return self.place.address_lines if self.place is not None else []

    def as_text(self):
        """One line for calendars (the .ics LOCATION)."""
        if self.place is not None:
            return ", ".join(part for part in (self.name, *self.place.address_lines) if part)
        return self.online_url or self.area


def _area(event):
    town = event.town or (event.organiser.town if event.organiser else None)
    if town is not None:
        return town.title
    county = county_page()
    return county.title if county else ""


def event_location(event):
    place = event.place
    has_place = bool(event.venue_id) or bool(place.address_lines) or place.has_coordinates
    area = "" if has_place or event.online_url else _area(event)
    name = event.venue.title if event.venue_id else ""
    return EventLocation(place if has_place else None, name, event.online_url, area)
