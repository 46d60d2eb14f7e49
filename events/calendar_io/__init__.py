"""Calendar import and export: iCalendar feeds and downloads, .ics import, calendar subscriptions."""
