from tests.events.conftest import calendars, course, make_event  # noqa: F401 - fixtures shared with tests/events
