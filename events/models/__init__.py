from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus
from .subscription import CalendarSubscription

__all__ = ["CalendarSubscription", "EventIndexPage", "EventKind", "EventPage", "EventStatus"]
