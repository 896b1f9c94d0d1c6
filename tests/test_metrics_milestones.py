"""masterplan.metrics.milestones: milestone states relative to today; due, upcoming and overdue milestones."""

from __future__ import annotations

import pandas as pd

from masterplan import metrics
from masterplan.tables import Plan
from masterplan.vocabulary import (
    MS_DROPPED,
    MS_DUE_30,
    MS_DUE_90,
    MS_LATER,
    MS_OVERDUE,
    MS_REACHED_LATE,
    MS_REACHED_ON_TIME,
)
from tests.factories import PLAN_DAY, days_from, measure, plan_of

TODAY = PLAN_DAY  # the day the fixture ``plan`` (conftest.py) is written for
day = days_from(TODAY)


def test_milestone_windows_and_states() -> None:
    offsets = [-1, 0, 30, 31, 90, 91]
    milestones = [{"ms_nr": f"MS{i}", "nr": "M1", "meilenstein": "T", "faellig_am": day(offset)}
                  for i, offset in enumerate(offsets)]
    milestones += [
        {"ms_nr": "R1", "nr": "M1", "meilenstein": "T", "faellig_am": day(-10), "erreicht_am": day(-10)},
        {"ms_nr": "R2", "nr": "M1", "meilenstein": "T", "faellig_am": day(-10), "erreicht_am": day(-3),
         "status": "erreicht"},
        {"ms_nr": "R3", "nr": "M1", "meilenstein": "T", "faellig_am": day(-10), "status": "erreicht"},
        {"ms_nr": "D1", "nr": "M1", "meilenstein": "T", "faellig_am": day(-10), "status": "entfallen"},
        {"ms_nr": "V1", "nr": "M1", "meilenstein": "T", "faellig_am": day(-10), "status": "verschoben"},
    ]
    states = metrics.milestone_states(plan_of([measure("M1")], milestones), TODAY).set_index("ms_nr")
    assert states["state"].tolist() == [
        MS_OVERDUE, MS_DUE_30, MS_DUE_30, MS_DUE_90, MS_DUE_90, MS_LATER,
        MS_REACHED_ON_TIME, MS_REACHED_LATE, MS_REACHED_ON_TIME, MS_DROPPED, MS_OVERDUE,
    ]
    assert states["days_until"].iloc[:6].tolist() == offsets
    assert states.loc["MS0", "days_overdue"] == 1 and pd.isna(states.loc["MS1", "days_overdue"])
    assert states.loc["R2", "days_late"] == 7 and pd.isna(states.loc["R1", "days_late"])
    assert states.loc["MS0", "massnahme"] == "Maßnahme M1"
    assert states.loc[["MS3", "MS4", "MS5"], "state"].tolist() == [  # the labels name the days they hold
        "fällig in 31–90 Tagen", "fällig in 31–90 Tagen", "fällig in mehr als 90 Tagen"]
    assert states.loc["MS1", "state"] == "fällig in den nächsten 30 Tagen"
    due = metrics.milestones_due(plan_of([measure("M1")], milestones), TODAY)
    assert set(due["ms_nr"]) == {"MS0", "MS1", "MS2", "MS3", "MS4", "V1"}
    assert due["faellig_am"].is_monotonic_increasing


def test_upcoming_milestones_within_90_days(plan: Plan) -> None:
    upcoming = metrics.upcoming_milestones(plan, TODAY)
    assert list(upcoming["ms_nr"]) == ["MS3", "MS4"]  # due today and in exactly 90 days; not 91
    assert list(upcoming["days_until"]) == [0, 90]
    assert list(upcoming["lead"]) == ["WFO", "HRW"]
    assert list(metrics.upcoming_milestones(plan, TODAY, horizon_days=91)["ms_nr"]) == ["MS3", "MS4", "MS5"]


def test_overdue_milestones(plan: Plan) -> None:
    overdue = metrics.overdue_milestones(plan, TODAY)
    assert overdue[["ms_nr", "days_overdue", "massnahme", "lead", "status"]].to_dict("records") == [
        {"ms_nr": "MS2", "days_overdue": 6, "massnahme": "Maßnahme M1", "lead": "WFO", "status": "offen"}]


def test_milestone_tables_of_an_empty_plan() -> None:
    assert metrics.upcoming_milestones(Plan.empty(), TODAY).empty
    assert metrics.overdue_milestones(Plan.empty(), TODAY).empty
