"""Today's date for every schedule rule; MASTERPLAN_TODAY (ISO) pins it for tests and rehearsals."""

from __future__ import annotations

import datetime
import os


def today() -> datetime.date:
    pinned = os.environ.get("MASTERPLAN_TODAY")
    return datetime.date.fromisoformat(pinned) if pinned else datetime.date.today()
