from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus
from .submission import EventSubmission, SubmissionStatus

__all__ = ["EventIndexPage", "EventKind", "EventPage", "EventStatus", "EventSubmission", "SubmissionStatus"]
