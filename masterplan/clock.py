"""Today's date for every schedule rule; MASTERPLAN_TODAY (ISO) pins it for tests and rehearsals."""

from __future__ import annotations

import datetime
import os

from masterplan.formatting import CITY_TIME


def today() -> datetime.date:
    """The date in Oberhausen, whatever the server's time zone: after 23:00 UTC in winter it is already tomorrow
    there, and a Stand stored then is dated tomorrow too."""
    pinned = os.environ.get("MASTERPLAN_TODAY")
    return datetime.date.fromisoformat(pinned) if pinned else datetime.datetime.now(CITY_TIME).date()
