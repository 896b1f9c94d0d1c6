"""masterplan.metrics.measures: the measure list and its search, one measure's detail."""

from __future__ import annotations

import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from masterplan.vocabulary import MS_OVERDUE, MS_REACHED_LATE, NO_STATUS
from tests.factories import PLAN_DAY

TODAY = PLAN_DAY  # the day the fixture ``plan`` (conftest.py) is written for


def test_measure_list_has_labels_and_no_blank_text(plan: Plan) -> None:
    table = metrics.measure_list(plan, TODAY)
    assert list(table.columns) == metrics.MEASURE_LIST_COLUMNS
    assert list(table["nr"]) == ["M1", "M2", "M3", "M4"]
    row = table.set_index("nr").loc["M2"]
    assert (row["ampel_label"], row["progress"], row["lead"], row["fokusprojekt"]) == (
        "🔴 rot (manuell)", 100.0, "WFO", texts.common.MISSING)
    assert table.set_index("nr").loc["M4", "status"] == NO_STATUS
    text_columns = ["nr", "massnahme", "leitziel", "fokusprojekt", "lead", "status", "ampel_label", "sachstand"]
    assert not table[text_columns].isna().any().any()


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["M1", "M2", "M3", "M4"]),
    ("   ", ["M1", "M2", "M3", "M4"]),
    ("m4", ["M4"]),  # Nr., any case
    ("MESSE", ["M4"]),  # title
    ("land antrag", ["M1"]),  # Sachstand, every word, any order
    ("antrag messe", []),  # words must all occur in one measure
    ("(a+b)", ["M2"]),  # literal, not a pattern
    ("–", []),  # the dash shown for a blank Sachstand is not searchable text
])
def test_search_measures(plan: Plan, query: str, expected: list[str]) -> None:
    assert list(metrics.search_measures(plan, TODAY, query)["nr"]) == expected


def test_search_on_an_empty_plan() -> None:
    assert metrics.search_measures(Plan.empty(), TODAY, "x").empty


def test_measure_detail(plan: Plan) -> None:
    detail = metrics.measure_detail(plan, "M1", TODAY)
    assert (detail.title, detail.status, detail.progress, detail.ende) == (
        "Maßnahme M1", "in Umsetzung", 50.0, "31.12.2027")
    assert detail.ampel_label == "🟡 gelb"
    assert "Pilot" in detail.ampel_reason
    fields = dict(zip(detail.fields["field"], detail.fields["value"], strict=True))
    assert fields["LZ-Nr."] == "LZ1 – Oberhausen ist wirtschaftsfreundlich"
    assert fields["FP-Nr."] == "FP1 – Bauakte"
    assert fields["Federführung"] == "WFO"
    assert fields["Umsetzungsstand"] == f"50{NBSP}%"
    assert fields["Beginn"] == "01.01.2025"
    assert fields["Kosten"] == "1.234,50 €"
    assert fields["Ratsvorlage"] == texts.common.MISSING
    assert "Sachstand" not in fields and detail.sachstand == "Antrag beim Land gestellt"
    milestones = detail.milestones.set_index("ms_nr")
    assert list(milestones.index) == ["MS1", "MS2", "MS3"]
    assert milestones.loc["MS1", ["erreicht_am", "state", "note"]].tolist() == [
        "01.02.2026", MS_REACHED_LATE, "22 Tage verspätet"]
    assert milestones.loc["MS2", ["erreicht_am", "state", "note"]].tolist() == [
        texts.common.MISSING, MS_OVERDUE, "6 Tage überfällig"]
    assert milestones.loc["MS3", "status"] == texts.common.MISSING
    assert detail.milestone_keys == ("MS1", "MS2", "MS3")
    assert detail.stakeholders.to_dict("records") == [
        {"label": "WFO", "name": "Wirtschaftsförderung Oberhausen", "typ": "Städtische Gesellschaft",
         "rolle": "federführend", "lenkungskreis": texts.common.YES},
        {"label": "IHK", "name": "IHK zu Essen", "typ": "Kammer", "rolle": "beteiligt",
         "lenkungskreis": texts.common.MISSING},
        {"label": "HRW", "name": "Hochschule Ruhr West", "typ": texts.common.MISSING, "rolle": "informiert",
         "lenkungskreis": texts.common.NO},
    ]


def test_measure_detail_of_an_unknown_measure(plan: Plan) -> None:
    assert metrics.measure_detail(plan, "M99", TODAY) is None
    bare = metrics.measure_detail(plan, "M4", TODAY)
    assert (bare.status, bare.stakeholders["rolle"].tolist()) == (NO_STATUS, ["federführend"])
