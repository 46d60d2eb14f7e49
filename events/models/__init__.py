from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus
from .registration import Registration, RegistrationStatus
from .submission import EventSubmission, SubmissionStatus

__all__ = [
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "EventSubmission",
    "Registration",
    "RegistrationStatus",
    "SubmissionStatus",
]
