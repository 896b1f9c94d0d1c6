"""masterplan.metrics.decisions: open and overdue Beschlüsse as of a day, and those erledigt since a Stand."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from masterplan import metrics
from masterplan.tables import Plan
from tests.factories import decision, measure, plan_of

TODAY = dt.date(2026, 11, 26)


def _plan(*decisions: dict[str, object]) -> Plan:
    return plan_of([measure("M1", massnahme="Gründerzentrum"), measure("M2", federfuehrung="ST2")],
                   Beschlüsse=list(decisions))


SAMPLE = _plan(
    decision("B1", frist="2026-11-25", bezug="M1", zustaendig="ST2"),  # one day overdue
    decision("B2", frist="2026-11-26", bezug="LZ2", zustaendig="IHK"),  # due today: not overdue
    decision("B3", frist="2026-05-31", status="offen"),  # 179 days overdue
    decision("B4", frist="2026-01-31", status="erledigt"),  # past Frist but done
    decision("B5", status="verworfen"),
    decision("B6", datum="2026-12-10"),  # taken after the day
    decision("B7"),  # no Frist
)


def test_each_decision_knows_whether_it_is_overdue() -> None:
    states = metrics.decision_states(SAMPLE, TODAY).set_index("beschluss_nr")
    assert states["status"].tolist() == ["offen", "offen", "offen", "erledigt", "verworfen", "offen", "offen"]
    assert states.index[states["overdue"]].tolist() == ["B1", "B3"]
    assert states.loc[["B1", "B3"], "days_overdue"].tolist() == [1, 179]
    assert states["days_overdue"].isna().sum() == 5
    assert states.loc["B1", ["zustaendig_label", "bezug_title"]].tolist() == ["IHK", "Gründerzentrum"]
    assert states.loc["B2", ["zustaendig_label", "bezug_title"]].tolist() == ["IHK", "Bildung"]  # Kurzname → ST2
    assert pd.isna(states.loc["B3", "bezug_title"])


def test_open_decisions_longest_overdue_first_then_by_frist() -> None:
    rows = metrics.open_decisions(SAMPLE, TODAY)
    assert rows["beschluss_nr"].tolist() == ["B3", "B1", "B2", "B7"]  # B6 is not yet taken on the day
    assert metrics.open_decisions(SAMPLE, dt.date(2026, 5, 31))["overdue"].tolist() == [False] * 4  # a Frist is a day


def test_erledigt_since_a_stand_counts_only_what_was_not_done_then() -> None:
    before = _plan(decision("B1"), decision("B4", status="erledigt"))
    done = metrics.decisions_done_since(before, SAMPLE, TODAY)
    assert done["beschluss_nr"].tolist() == []  # B4 was erledigt before already
    after = _plan(decision("B1", status="erledigt"), decision("B4", status="erledigt"),
                  decision("B8", status="erledigt"))  # B8 was recorded since, already erledigt
    assert metrics.decisions_done_since(before, after, TODAY)["beschluss_nr"].tolist() == ["B1", "B8"]
