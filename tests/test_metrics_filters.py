"""masterplan.metrics.filters: the global filters, their choices narrowing each other, the „gefiltert: …“ line."""

from __future__ import annotations

import datetime as dt

import pytest

from masterplan import metrics
from masterplan.tables import Plan
from tests.factories import days_from, decision, measure, plan_of

TODAY = dt.date(2025, 6, 1)
day = days_from(TODAY)


@pytest.fixture
def sample() -> Plan:
    return plan_of([
        measure("M1", fp_nr="FP1", status="in Umsetzung", ende=day(-1)),
        measure("M2", lz_nr="LZ2", fp_nr="FP2", federfuehrung="IHK", status="in Umsetzung"),
        measure("M3", lz_nr="LZ2", federfuehrung="ST2", status="abgeschlossen"),
    ], [
        {"ms_nr": "MS1", "nr": "M1", "meilenstein": "A", "faellig_am": day(1)},
        {"ms_nr": "MS2", "nr": "M2", "meilenstein": "B", "faellig_am": day(1)},
    ], Beteiligungen=[
        {"nr": "M1", "st_nr": "ST3", "rolle": "beteiligt"}, {"nr": "M2", "st_nr": "ST3", "rolle": "beteiligt"},
        {"nr": "FP2", "st_nr": "ST1", "rolle": "beteiligt"},
    ], Indikatoren=[
        {"ind_nr": "I1", "indikator": "A", "lz_nr": "LZ1"}, {"ind_nr": "I2", "indikator": "B", "lz_nr": "LZ2"},
    ], Indikatorwerte=[
        {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 1}, {"ind_nr": "I2", "stichtag": "2024-12-31", "wert": 2},
    ], Beschlüsse=[decision("B1", bezug="M1"), decision("B2", bezug="LZ2"), decision("B3"), decision("B4", bezug="M3")])


def test_filter_by_leitziel_restricts_everything_hanging_off(sample: Plan) -> None:
    result = metrics.filter_plan(sample, leitziele=["LZ2"])
    assert result["Maßnahmen"]["nr"].tolist() == ["M2", "M3"]
    assert result["Meilensteine"]["ms_nr"].tolist() == ["MS2"]
    assert result["Beteiligungen"]["nr"].tolist() == ["M2", "FP2"]
    assert result["Leitziele"]["lz_nr"].tolist() == ["LZ2"]
    assert result["Fokusprojekte"]["fp_nr"].tolist() == ["FP2"]
    assert result["Indikatoren"]["ind_nr"].tolist() == ["I2"] and result["Indikatorwerte"]["wert"].tolist() == [2]
    assert len(result["Stakeholder"]) == 3
    assert result["Beschlüsse"]["beschluss_nr"].tolist() == ["B2", "B3", "B4"]  # B3 concerns the whole plan


def test_filter_by_measure_fields_keeps_parent_tables(sample: Plan) -> None:
    result = metrics.filter_plan(sample, federfuehrung=["ST2"], status=["in Umsetzung"])
    assert result["Maßnahmen"]["nr"].tolist() == ["M2"]  # lead written as Kurzname matches its ST-Nr.
    assert len(result["Leitziele"]) == 3 and len(result["Indikatoren"]) == 2 and len(result["Fokusprojekte"]) == 2
    assert result["Beschlüsse"]["beschluss_nr"].tolist() == ["B2", "B3"]  # a Leitziel's decisions stay with it
    by_ampel = metrics.filter_plan(sample, ampel=["rot"], fokusprojekte=["FP1", "FP2"], today=TODAY)
    assert by_ampel["Maßnahmen"]["nr"].tolist() == ["M1"] and by_ampel["Meilensteine"]["ms_nr"].tolist() == ["MS1"]
    assert metrics.filter_plan(sample, leitziele=[], status=None) is sample
    with pytest.raises(ValueError, match="today"):
        metrics.filter_plan(sample, ampel=["rot"])


def test_filter_options_narrow_each_other_and_keep_the_own_choice(sample: Plan) -> None:
    whole = metrics.filter_options(sample, TODAY)
    assert list(whole["federfuehrung"]) == ["ST2", "ST1"] and list(whole["leitziele"]) == ["LZ1", "LZ2", "LZ3"]
    in_lz1 = metrics.filter_options(sample, TODAY, leitziele=["LZ1"])
    assert list(in_lz1["federfuehrung"]) == ["ST1"]  # only the lead of a measure in LZ1
    assert list(in_lz1["leitziele"]) == list(whole["leitziele"])  # a filter is not narrowed by itself
    assert list(in_lz1["status"]) == ["in Umsetzung"] and list(in_lz1["ampel"]) == ["rot"]
    led = metrics.filter_options(sample, TODAY, federfuehrung=["ST2"], status=["abgeschlossen"])
    assert list(led["leitziele"]) == ["LZ2"] and list(led["fokusprojekte"]) == []
    assert list(led["status"]) == ["in Umsetzung", "abgeschlossen"]
    crossed = metrics.filter_options(sample, TODAY, leitziele=["LZ1"], federfuehrung=["ST2"])
    assert list(crossed["federfuehrung"]) == ["ST2", "ST1"]  # the chosen IHK stays offered though not in LZ1


def test_describe_filters_names_every_active_filter(sample: Plan) -> None:
    assert metrics.describe_filters(sample, leitziele=[], status=None) == ""
    text = metrics.describe_filters(sample, leitziele=["LZ2", "LZ1"], federfuehrung=["ST1"], ampel=["rot"])
    assert text == "gefiltert: Leitziel LZ1, LZ2 · Federführung WFO · Ampel rot"
