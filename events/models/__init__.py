from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus
from .registration import Registration, RegistrationStatus

__all__ = ["EventIndexPage", "EventKind", "EventPage", "EventStatus", "Registration", "RegistrationStatus"]
