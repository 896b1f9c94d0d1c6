"""masterplan.alternatives: what a screen reader user learns of each chart — its name, the one sentence and the
table with the chart's numbers — on the small plan of tests/conftest.py (26.11.2026)."""

from __future__ import annotations

import pandas as pd
import pytest

from masterplan import alternatives, metrics
from masterplan.formatting import NBSP
from masterplan.meeting.model import Chart, ChartKind, ValueFormat
from tests.factories import PLAN_DAY

LZ1 = "LZ1 Oberhausen ist wirtschaftsfreundlich"
LZ2 = "LZ2 Oberhausen ist qualifiziert"


def test_progress_names_the_goal_furthest_along_and_the_least(plan) -> None:
    alt = alternatives.progress(metrics.rollup_leitziele(plan))
    assert alt.name == "Umsetzungsstand je Leitziel"
    assert alt.summary == f"Am weitesten: {LZ1} mit 67{NBSP}%; am wenigsten weit: {LZ2} mit 0{NBSP}%."
    assert alt.table.to_dict("list") == {"Leitziel": [LZ1, LZ2], "Umsetzungsstand": [f"67{NBSP}%", f"0{NBSP}%"],
                                         "gewertete Maßnahmen": [2, 1], "Maßnahmen": [3, 1]}


def test_progress_of_one_goal_is_one_statement(plan) -> None:
    rollup = metrics.rollup_leitziele(plan)
    alt = alternatives.progress(rollup[rollup["lz_nr"] == "LZ1"])
    assert alt.summary == f"{LZ1}: 67{NBSP}%."


def test_status_mix_counts_every_status_with_its_word(plan) -> None:
    alt = alternatives.status_mix(metrics.status_mix(plan))
    assert alt.summary == "4 Maßnahmen: 1 in Umsetzung, 1 abgeschlossen, 1 entfallen, 1 ohne Status."
    assert alt.table.to_dict("list") == {
        "Leitziel": [LZ1, LZ2], "in Umsetzung": [1, 0], "abgeschlossen": [1, 0], "entfallen": [1, 0],
        "ohne Status": [0, 1], "zusammen": [3, 1]}


def test_ampel_mix_says_what_each_colour_means(plan) -> None:
    alt = alternatives.ampel_mix(metrics.ampel_mix(plan, PLAN_DAY))
    assert alt.summary == ("4 Maßnahmen: 1 gelb – Verzug, 1 rot – kritisch, "
                           "2 grau – nicht begonnen, ruht oder entfällt.")
    assert list(alt.table.columns) == ["Leitziel", "gelb – Verzug", "rot – kritisch",
                                       "grau – nicht begonnen, ruht oder entfällt", "zusammen"]
    assert alt.table["zusammen"].tolist() == [3, 1]


def test_schedule_lists_each_measure_with_its_milestones_below(plan) -> None:
    alt = alternatives.schedule(plan, PLAN_DAY)
    assert alt.summary == ("1 Maßnahme von 01.01.2025 bis 31.12.2027. 3 Meilensteine: 1 überfällig, "
                           "1 fällig in den nächsten 30 Tagen, 1 erreicht (verspätet).")
    assert alt.table.to_dict("list") == {
        "Leitziel": ["LZ1"] * 4, "Nr.": ["M1", "MS1", "MS2", "MS3"],
        "Art": ["Maßnahme", "Meilenstein", "Meilenstein", "Meilenstein"],
        "Bezeichnung": ["Maßnahme M1", "Konzept", "Pilot", "Start"], "Beginn": ["01.01.2025", "–", "–", "–"],
        "Ende / fällig am": ["31.12.2027", "10.01.2026", "20.11.2026", "26.11.2026"],
        "Status / Zustand": ["in Umsetzung", "erreicht (verspätet)", "überfällig", "fällig in den nächsten 30 Tagen"]}


def test_schedule_counts_measures_late_and_behind(schedule) -> None:
    alt = alternatives.schedule(schedule, PLAN_DAY)
    assert alt.summary.startswith("5 Maßnahmen von ")
    assert ", 1 mit überschrittenem Ende, 1 hinter dem Plan. 3 Meilensteine: " in alt.summary


def test_heatmap_names_the_institution_in_most_measures(plan) -> None:
    alt = alternatives.heatmap(metrics.stakeholder_matrix_of(plan))
    assert alt.summary == "3 Institutionen in 2 Leitzielen; am häufigsten beteiligt: WFO mit 3 Maßnahmen."
    assert alt.table.to_dict("list") == {"Institution": ["WFO", "HRW", "IHK"], "LZ1": [3, 1, 1], "LZ2": [0, 1, 0],
                                         "zusammen": [3, 2, 1]}


def test_network_counts_links_by_role_and_lists_every_link(plan) -> None:
    alt = alternatives.network(metrics.network_selection(plan).edges)
    assert alt.summary == "4 Maßnahmen und 3 Institutionen, 6 Verbindungen: 4 federführend, 1 beteiligt, 1 informiert."
    assert alt.table.iloc[0].to_dict() == {"Institution": "HRW", "Rolle": "informiert", "Nr.": "M1",
                                           "Maßnahme": "Maßnahme M1", "Leitziel": "LZ1"}
    assert len(alt.table) == 6


def test_load_names_the_busiest_institution_with_its_roles(plan) -> None:
    alt = alternatives.load(metrics.stakeholder_load_of(plan))
    assert alt.summary == "3 Institutionen; am stärksten eingebunden: WFO mit 3 Maßnahmen (3 federführend)."
    assert alt.table.to_dict("list") == {"Institution": ["WFO", "HRW", "IHK"], "federführend": [3, 1, 0],
                                         "beteiligt": [0, 0, 1], "informiert": [0, 1, 0], "zusammen": [3, 2, 1]}
    assert alternatives.load(metrics.stakeholder_load_of(plan), limit=1).table["Institution"].tolist() == ["WFO"]


def _indicator(plan, ind_nr: str) -> dict:
    return next(row for _, rows in metrics.indicator_groups(plan) for row in rows if row["ind_nr"] == ind_nr)


def test_indicator_gives_the_latest_value_with_its_unit_and_the_target(plan) -> None:
    alt = alternatives.indicator(metrics.indicator_values(plan, "I1"), _indicator(plan, "I1"))
    assert alt.name == "Arbeitslosenquote"
    assert alt.summary == f"Zuletzt 8,5{NBSP}% am 31.12.2025; 2 Messwerte seit 31.12.2024. Zielwert 7,5{NBSP}% (2030)."
    assert alt.table.to_dict("list") == {"Stichtag": ["31.12.2024", "31.12.2025"], "Wert": ["9", "8,5"]}


def test_indicator_with_a_unit_in_words_puts_it_in_parentheses() -> None:
    values = pd.DataFrame({"stichtag": pd.to_datetime(["2025-12-31"]), "wert": [1234.0]})
    alt = alternatives.indicator(values, {"indikator": "Beschäftigte", "einheit": "Personen"})
    assert alt.summary == "Zuletzt 1.234 (Personen) am 31.12.2025; 1 Messwert seit 31.12.2025."


@pytest.mark.parametrize("alternative", [
    alternatives.progress(pd.DataFrame()), alternatives.status_mix(pd.DataFrame()),
    alternatives.heatmap(pd.DataFrame()), alternatives.network(pd.DataFrame()),
    alternatives.load(pd.DataFrame({"label": [], "total": []})),
])
def test_a_chart_without_data_says_so_and_has_no_table(alternative) -> None:
    assert alternative.summary == "Keine Daten."
    assert alternative.table.empty


def test_slide_bar_chart_gives_highest_and_lowest(plan) -> None:
    data = pd.DataFrame({"Umsetzungsstand": [64.2, 12.0, 40.0]}, index=["LZ1", "LZ2", "LZ3"])
    alt = alternatives.slide(Chart(ChartKind.BAR, "Umsetzungsstand je Leitziel", data, {}, ValueFormat.PERCENT))
    assert alt.summary == f"Höchster Wert LZ1 mit 64{NBSP}%, niedrigster LZ2 mit 12{NBSP}%."
    assert alt.table.to_dict("list") == {"": ["LZ1", "LZ2", "LZ3"],
                                         "Umsetzungsstand": [f"64{NBSP}%", f"12{NBSP}%", f"40{NBSP}%"]}


def test_slide_bar_chart_of_two_series_names_each() -> None:
    data = pd.DataFrame({"2025": [10.0, 20.0], "2026": [30.0, 5.0]}, index=["LZ1", "LZ2"])
    alt = alternatives.slide(Chart(ChartKind.BAR, "Vergleich", data, {}))
    assert alt.summary == ("2025: höchster Wert LZ2 mit 20, niedrigster LZ1 mit 10. "
                           "2026: höchster Wert LZ1 mit 30, niedrigster LZ2 mit 5.")


def test_slide_stacked_chart_gives_the_totals_left_out_zero() -> None:
    data = pd.DataFrame({"grün": [2.0, 1.0], "rot": [0.0, 1.0], "gelb": [0.0, 0.0]}, index=["FP1", "FP2"])
    alt = alternatives.slide(Chart(ChartKind.STACKED, "Ampel je Fokusprojekt", data, {}, ValueFormat.COUNT))
    assert alt.summary == "Zusammen: 3 grün, 1 rot."
    assert alt.table.to_dict("list") == {"": ["FP1", "FP2"], "grün": ["2", "1"], "rot": ["0", "1"],
                                         "gelb": ["0", "0"]}


def test_slide_line_chart_gives_the_latest_date_with_a_value() -> None:
    index = pd.to_datetime(["2024-12-31", "2025-12-31", "2026-06-30"])
    data = pd.DataFrame({"Quote": [9.5, 9.26, None]}, index=index)
    alt = alternatives.slide(Chart(ChartKind.LINE, "Arbeitslose", data, {}, decimals=1))
    assert alt.summary == "Zuletzt (31.12.2025): 9,3."
    assert alt.table.to_dict("list") == {"Stichtag": ["31.12.2024", "31.12.2025", "30.06.2026"],
                                         "Quote": ["9,5", "9,3", "–"]}


def test_slide_without_data_says_so() -> None:
    alt = alternatives.slide(Chart(ChartKind.BAR, "Leer", pd.DataFrame(), {}))
    assert (alt.name, alt.summary) == ("Leer", "Keine Daten.")
    assert alt.table.empty
