from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus

__all__ = ["EventIndexPage", "EventKind", "EventPage", "EventStatus"]
