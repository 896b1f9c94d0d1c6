"""masterplan.metrics.schedule: the Zeitplan's period, the Gantt selection (most urgent first), overdue and late
items; the fixture ``schedule`` is in conftest.py."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from bench.generate import plan as generated_plan
from masterplan import metrics, texts
from masterplan.tables import Plan
from tests.factories import PLAN_DAY, plan_of

TODAY = PLAN_DAY  # the day the fixture ``schedule`` (conftest.py) is written for


def test_period_range() -> None:
    assert metrics.period_range(metrics.PERIOD_ALL, TODAY) is None
    around = metrics.period_range(metrics.PERIOD_AROUND, TODAY)
    assert around == (pd.Timestamp("2025-11-26"), pd.Timestamp("2027-11-26"))
    both = metrics.period_range(metrics.PERIOD_CUSTOM, TODAY, dt.date(2027, 3, 31), dt.date(2026, 1, 1))
    assert both == (pd.Timestamp("2026-01-01"), pd.Timestamp("2027-04-01"))  # ordered, last day included
    one = metrics.period_range(metrics.PERIOD_CUSTOM, TODAY, dt.date(2026, 1, 1), None)
    assert one == (pd.Timestamp("2026-01-01"), pd.Timestamp("2027-01-01"))  # while picking: 12 months
    assert metrics.period_range(metrics.PERIOD_CUSTOM, TODAY) is None


def test_gantt_selection_window_and_undated(schedule: Plan) -> None:
    everything = metrics.gantt_selection(schedule, TODAY)
    assert (everything.total, everything.shown, everything.hidden, everything.undated) == (5, 5, 0, 1)
    assert everything.measures.set_index("nr")["behind"].to_dict() == {
        "M1": False, "M2": True, "M3": False, "M4": False, "M6": False}
    assert set(everything.milestones["ms_nr"]) == {"MS1", "MS2", "MS3"}
    around = metrics.gantt_selection(schedule, TODAY, window=metrics.period_range(metrics.PERIOD_AROUND, TODAY))
    assert list(around.measures["nr"]) == ["M1", "M2", "M3"]  # M4 ended long ago, M6 starts later
    assert set(around.milestones["nr"]) == {"M3"}


def test_gantt_selection_keeps_the_most_urgent(schedule: Plan) -> None:
    top = metrics.gantt_selection(schedule, TODAY, limit=2)
    assert (top.total, top.shown, top.hidden) == (5, 2, 3)
    assert list(top.measures["nr"]) == ["M1", "M2"]  # Ende passed (rot), then behind (gelb)
    assert metrics.most_urgent(top.measures, None) is top.measures


def test_gantt_selection_at_scale_is_limited() -> None:
    big = generated_plan(2000)
    selection = metrics.gantt_selection(big, TODAY, limit=100)
    assert selection.shown == 100 and selection.total + selection.undated == 2000
    assert selection.measures["overdue"].all()  # thousands are overdue: those come first


def test_schedule_issues(schedule: Plan) -> None:
    issues = metrics.schedule_issues(schedule, TODAY)
    assert list(zip(issues["befund"], issues["nr"], strict=True)) == [
        (texts.zeitplan.ISSUE_END_PASSED, "M1"), (texts.zeitplan.ISSUE_MS_OVERDUE, "M3"),
        (texts.zeitplan.ISSUE_BEHIND, "M2"), (texts.zeitplan.ISSUE_MS_LATE, "M3")]
    assert issues["tage"].tolist()[:2] == [30, 10] and issues["tage"].iloc[3] == 50
    assert issues["rueckstand"].iloc[2] == 40  # planned 50 %, reached 10 %
    assert issues["meilenstein"].tolist()[1] == "Konzept"
    assert issues["lead"].eq("WFO").all()
    table = issues.rename(columns=metrics.COLUMN_LABELS)  # the headers the Zeitplan page shows
    assert list(table.columns) == ["Befund", "Nr.", "Maßnahme", "Meilenstein", "Termin", "Tage über Termin",
                                   "Rückstand (Punkte)", "Federführung", "LZ-Nr."]
    assert metrics.schedule_issues(plan_of([]), TODAY).empty
