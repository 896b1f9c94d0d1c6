"""masterplan.metrics.progress: roll-ups per plan, Leitziel and Fokusprojekt, and their explanation („Warum 63 %?“)."""

from __future__ import annotations

import pandas as pd
import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from tests.factories import PLAN_DAY, measure, plan_of

TODAY = PLAN_DAY  # the day the fixture ``plan`` (conftest.py) is written for


def test_plan_rollup_is_weighted_without_entfallen_and_with_abgeschlossen_as_100(rollup_plan: Plan) -> None:
    rollup = metrics.rollup_plan(rollup_plan)
    assert rollup.value == pytest.approx((2 * 50 + 1 * 100 + 1 * 0) / 4)  # 50
    assert (rollup.measures, rollup.counted) == (4, 3)
    why = rollup.explanation.set_index("nr")
    assert why["weight_share"].to_dict() == pytest.approx({"M1": 0.5, "M2": 0.25, "M3": 0.0, "M4": 0.25})
    assert why["points"].to_dict() == pytest.approx({"M1": 25.0, "M2": 25.0, "M3": 0.0, "M4": 0.0})
    assert why["points"].sum() == pytest.approx(rollup.value)
    assert not why.loc["M3", "included"]
    assert why.loc["M3", "note"] == texts.figures.NOTE_DROPPED
    assert why.loc["M2", "note"] == texts.figures.NOTE_DONE
    assert why.loc["M4", "note"] == texts.figures.NOTE_NO_PROGRESS
    assert rollup.summary.startswith(f"50{NBSP}% ist") and "Maßnahmen (3)" in rollup.summary
    assert rollup.summary.endswith("weil entfallen: 1.")


def test_rollup_per_leitziel_and_fokusprojekt(rollup_plan: Plan) -> None:
    goals = metrics.rollup_leitziele(rollup_plan).set_index("lz_nr")
    assert list(goals.index) == ["LZ1", "LZ2", "LZ3"]
    assert goals.loc["LZ1", "progress"] == pytest.approx((2 * 50 + 100) / 3)
    assert goals.loc["LZ2", "progress"] == 0
    assert pd.isna(goals.loc["LZ3", "progress"]) and goals.loc["LZ3", "measures"] == 0
    assert goals.loc["LZ1", ["measures", "counted"]].tolist() == [3, 2]
    assert goals.loc["LZ2", "leitziel"] == "Bildung"
    projects = metrics.rollup_fokusprojekte(rollup_plan).set_index("fp_nr")
    assert projects.loc["FP1", "progress"] == 50 and projects.loc["FP1", "lz_nr"] == "LZ1"
    assert pd.isna(projects.loc["FP2", "progress"])
    assert metrics.rollup_leitziel(rollup_plan, "LZ1").value == pytest.approx(200 / 3)
    assert list(metrics.rollup_fokusprojekt(rollup_plan, "FP1").explanation["nr"]) == ["M1", "M3"]


def test_rollup_without_counted_measures_has_no_value() -> None:
    rollup = metrics.rollup_plan(plan_of([measure("M1", status="entfallen", umsetzungsstand=40)]))
    assert rollup.value is None and rollup.summary == texts.figures.ROLLUP_EMPTY


def test_rollup_explanation_shares_and_points(plan: Plan) -> None:
    explanation = metrics.leitziel_profile(plan, "LZ1", TODAY).explanation
    rows = explanation.set_index("nr")
    assert list(explanation["nr"]) == ["M1", "M2", "M3"]  # largest contribution first
    assert (rows.loc["M1", "weight_share"], rows.loc["M1", "points"]) == (f"66,7{NBSP}%", "33,3")
    assert (rows.loc["M2", "weight_share"], rows.loc["M2", "points"]) == (f"33,3{NBSP}%", "33,3")
    assert (rows.loc["M3", "weight"], rows.loc["M3", "weight_share"], rows.loc["M3", "points"]) == (
        texts.common.MISSING, texts.common.MISSING, texts.common.MISSING)
    assert rows.loc["M3", "note"] == texts.figures.NOTE_DROPPED
