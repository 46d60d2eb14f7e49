from .calendar import EventIndexPage
from .event import EventKind, EventPage, EventStatus, TrainingAudience
from .training import TrainingCalendarPage

__all__ = [
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "TrainingAudience",
    "TrainingCalendarPage",
]
