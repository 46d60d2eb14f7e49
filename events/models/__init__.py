from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus, TrainingAudience
from .occurrence import Occurrence
from .registration import Registration, RegistrationStatus
from .submission import EventSubmission, SubmissionApprovalTask, SubmissionStatus
from .subscription import CalendarSubscription, ImportTombstone
from .training import TrainingCalendarPage

__all__ = [
    "CalendarSubscription",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "EventSubmission",
    "ImportTombstone",
    "Occurrence",
    "Registration",
    "RegistrationStatus",
    "SubmissionApprovalTask",
    "SubmissionStatus",
    "TrainingAudience",
    "TrainingCalendarPage",
]
