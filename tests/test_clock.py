"""Today is Oberhausen's date, not the server's: a Stand stored at 23:30 UTC in winter is dated the next day, and
the Stichtag the slides show must be that day too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _today_at(moment: str) -> str:
    """clock.today() in a process whose clock (faketime) shows ``moment`` UTC, on a server set to UTC."""
    env = {**os.environ, "TZ": "UTC", "PYTHONPATH": str(ROOT)}
    for name in ("MASTERPLAN_TODAY", "FAKETIME", "FAKETIME_SHARED", "LD_PRELOAD"):  # .ci/run's own faketime run
        env.pop(name, None)
    done = subprocess.run(["faketime", moment, sys.executable, "-c",
                           "from masterplan import clock; print(clock.today().isoformat())"],
                          env=env, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


@pytest.mark.parametrize(("moment", "day"), [
    ("2026-12-02 22:59:00", "2026-12-02"),  # 23:59 in Oberhausen (CET, UTC+1)
    ("2026-12-02 23:30:00", "2026-12-03"),  # 00:30 the next day there
    ("2026-07-01 21:30:00", "2026-07-01"),  # 23:30 in summer (CEST, UTC+2)
    ("2026-07-01 22:30:00", "2026-07-02"),
])
def test_today_is_the_date_in_oberhausen(moment: str, day: str) -> None:
    assert _today_at(moment) == day


def test_a_pinned_day_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    from masterplan import clock

    monkeypatch.setenv("MASTERPLAN_TODAY", "2030-01-31")
    assert clock.today().isoformat() == "2030-01-31"
