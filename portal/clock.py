"""The portal's clock: the county lives in Europe/Berlin, whatever the server's time zone is."""

import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def berlin_now():
    return datetime.datetime.now(tz=BERLIN)
