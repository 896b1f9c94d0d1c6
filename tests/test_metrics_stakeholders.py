"""masterplan.metrics.stakeholders: involvements, matrix, load, staffing gaps, institution types and the network
of the Beteiligte page."""

from __future__ import annotations

import pytest

from masterplan import metrics, texts
from masterplan.tables import Plan
from tests.factories import measure, plan_of


@pytest.fixture
def people_plan() -> Plan:
    return plan_of([
        measure("M1", federfuehrung="WFO"),  # lead written as Kurzname
        measure("M2", lz_nr="LZ2", federfuehrung="ST2"),
        measure("M3", federfuehrung=None, status="in Umsetzung"),
        measure("M4", federfuehrung="ST2", status="abgeschlossen"),
    ], Beteiligungen=[
        {"nr": "M1", "st_nr": "ST1", "rolle": "beteiligt"},  # duplicate of the lead: federführend wins
        {"nr": "M1", "st_nr": "ST2", "rolle": "beteiligt"},
        {"nr": "M2", "st_nr": "ST1", "rolle": "informiert"},
        {"nr": "FP1", "st_nr": "ST3", "rolle": "beteiligt"},  # Fokusprojekt: not a measure involvement
    ])


def test_involvements_matrix_and_load(people_plan: Plan) -> None:
    rows = metrics.involvements(people_plan)
    assert sorted(zip(rows["nr"], rows["st_nr"], rows["rolle"], strict=True)) == [
        ("M1", "ST1", "federführend"), ("M1", "ST2", "beteiligt"), ("M2", "ST1", "informiert"),
        ("M2", "ST2", "federführend"), ("M4", "ST2", "federführend")]
    assert rows.set_index(["nr", "st_nr"]).loc[("M1", "ST1"), "label"] == "WFO"
    matrix = metrics.stakeholder_matrix(people_plan).set_index(["st_nr", "lz_nr"])
    assert matrix.loc[("ST2", "LZ1"), ["federführend", "beteiligt", "informiert", "total"]].tolist() == [1, 1, 0, 2]
    assert matrix.loc[("ST1", "LZ2"), "informiert"] == 1 and matrix.loc[("ST1", "LZ2"), "leitziel"] == "Bildung"
    load = metrics.stakeholder_load(people_plan)
    assert load["st_nr"].tolist() == ["ST2", "ST1", "ST3"]
    assert load.set_index("st_nr").loc["ST2", ["federführend", "beteiligt", "total"]].tolist() == [2, 1, 3]
    assert load.set_index("st_nr").loc["ST3", "total"] == 0


def test_staffing_gaps(people_plan: Plan) -> None:
    gaps = metrics.staffing_gaps(people_plan).set_index("nr")
    assert gaps["issue"].to_dict() == {"M2": texts.figures.GAP_SINGLE,
                                       "M3": texts.figures.GAP_NO_LEAD}  # informiert does not count
    assert gaps.loc["M2", ["lead", "institutions"]].tolist() == ["IHK", 1]


@pytest.fixture
def people() -> Plan:
    return plan_of(
        [measure("M1"), measure("M2", lz_nr="LZ2", federfuehrung="ST2"), measure("M3", federfuehrung=None)],
        Beteiligungen=[{"nr": "M1", "st_nr": "ST2", "rolle": "beteiligt"},
                       {"nr": "M1", "st_nr": "ST3", "rolle": "informiert"},
                       {"nr": "M3", "st_nr": "ST3", "rolle": "beteiligt"}],
    )


def test_stakeholder_types_and_restrictions(people: Plan) -> None:
    assert metrics.stakeholder_types(people) == ["Städtische Gesellschaft", "Kammer", "Wissenschaft"]
    assert set(metrics.stakeholder_matrix_of(people)["st_nr"]) == {"ST1", "ST2", "ST3"}
    assert set(metrics.stakeholder_matrix_of(people, ("Kammer",))["st_nr"]) == {"ST2"}
    assert list(metrics.stakeholder_load_of(people, ("Kammer", "Wissenschaft"))["st_nr"]) == ["ST2", "ST3"]
    assert metrics.institution_choices(people) == {"ST2": "IHK", "ST3": "HRW", "ST1": "WFO"}


def test_network_selection_focus_and_limit(people: Plan) -> None:
    everything = metrics.network_selection(people)
    assert (everything.shown, everything.total, len(everything.edges)) == (3, 3, 5)
    focus = metrics.network_selection(people, focus="ST3")
    assert set(focus.edges["nr"]) == {"M1", "M3"} and set(focus.edges["st_nr"]) == {"ST1", "ST2", "ST3"}
    limited = metrics.network_selection(people, limit=1)
    assert (limited.shown, limited.total, set(limited.edges["nr"])) == (1, 3, {"M1"})
    assert set(metrics.network_selection(people, limit=2).edges["nr"]) == {"M1", "M2"}  # one per Leitziel first
    typed = metrics.network_selection(people, ("Wissenschaft",))
    assert set(typed.edges["st_nr"]) == {"ST3"}


def test_staffing_gap_table(people: Plan) -> None:
    table = metrics.staffing_gap_table(people).rename(columns=metrics.COLUMN_LABELS)
    assert list(table.columns) == ["Befund", "Nr.", "Maßnahme", "LZ-Nr.", "Status", "Federführung", "Institutionen"]
    assert table.set_index("Nr.")["Befund"].to_dict() == {"M2": texts.figures.GAP_SINGLE,
                                                          "M3": texts.figures.GAP_NO_LEAD}
