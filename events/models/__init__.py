from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus
from .registration import Registration, RegistrationStatus
from .submission import EventSubmission, SubmissionStatus
from .subscription import CalendarSubscription

__all__ = [
    "CalendarSubscription",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "EventSubmission",
    "Registration",
    "RegistrationStatus",
    "SubmissionStatus",
]
