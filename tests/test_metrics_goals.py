"""masterplan.metrics.goals: one Leitziel's profile for the Leitziele page."""

from __future__ import annotations

import pytest

from masterplan import metrics, texts
from masterplan.tables import Plan
from tests.factories import PLAN_DAY

TODAY = PLAN_DAY  # the day the fixture ``plan`` (conftest.py) is written for


def test_leitziel_profile(plan: Plan) -> None:
    goal = metrics.leitziel_profile(plan, "LZ1", TODAY)
    assert (goal.title, goal.description) == ("Oberhausen ist wirtschaftsfreundlich", "Service *für* Firmen")
    assert goal.subgoals == ("Hürden abbauen", "Vernetzung vertiefen", "Verwaltung digital")
    # M1 50 % weight 2, M2 abgeschlossen 100 % weight 1, M3 entfallen: (100 + 100) / 3
    assert goal.rollup.value == pytest.approx(200 / 3)
    assert list(goal.measures["nr"]) == ["M1", "M2", "M3"]
    assert list(goal.measures["ende"]) == ["31.12.2027", texts.common.MISSING, texts.common.MISSING]
    assert goal.projects.to_dict("records") == [
        {"fp_nr": "FP1", "fokusprojekt": "Bauakte", "lead": "IHK", "measures": 2, "counted": 1, "progress": 50.0}]
    assert list(goal.indicators["ind_nr"]) == ["I2"]


def test_leitziel_profile_of_a_goal_without_row_or_measures(plan: Plan) -> None:
    goal = metrics.leitziel_profile(plan, "LZ9", TODAY)
    assert (goal.title, goal.description, goal.subgoals, goal.rollup.value) == ("LZ9", None, (), None)
    assert goal.measures.empty and goal.projects.empty and goal.indicators.empty and goal.explanation.empty
