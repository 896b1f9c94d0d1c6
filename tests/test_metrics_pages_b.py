"""Core helpers of the Zeitplan, Beteiligte, Indikatoren and Veränderungen pages."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from bench.generate import plan as generated_plan
from masterplan import charts, metrics, texts
from masterplan.tables import Plan

TODAY = dt.date(2026, 11, 26)


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def measure(nr: str, **fields: object) -> dict[str, object]:
    return {"nr": nr, "massnahme": f"Maßnahme {nr}", "lz_nr": "LZ1", "federfuehrung": "ST1", **fields}


def plan_of(measures: list[dict], milestones: list[dict] = (), **sheets: list[dict]) -> Plan:
    records = {
        "Leitziele": [{"lz_nr": "LZ1", "leitziel": "Wirtschaft"}, {"lz_nr": "LZ2", "leitziel": "Bildung"}],
        "Stakeholder": [
            {"st_nr": "ST1", "name": "Wirtschaftsförderung", "kurzname": "WFO", "typ": "Städtische Gesellschaft"},
            {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK", "typ": "Kammer"},
            {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW", "typ": "Wissenschaft"},
        ],
        "Maßnahmen": measures,
        "Meilensteine": list(milestones),
    }
    records.update(sheets)
    return Plan.from_records(records)


@pytest.fixture
def schedule() -> Plan:
    return plan_of([
        measure("M1", status="in Umsetzung", umsetzungsstand=50, beginn=day(-800), ende=day(-30)),  # Ende passed
        measure("M2", status="in Umsetzung", umsetzungsstand=10, beginn=day(-365), ende=day(365)),  # 40 behind
        measure("M3", status="in Umsetzung", umsetzungsstand=50, beginn=day(-365), ende=day(365)),  # on track
        measure("M4", status="abgeschlossen", beginn=day(-2000), ende=day(-1500)),  # long past, done
        measure("M5", lz_nr="LZ2", status="Daueraufgabe", beginn=day(-100)),  # no Ende: not drawn
        measure("M6", lz_nr="LZ2", status="in Planung", beginn=day(900), ende=day(1200)),  # far future
    ], [
        {"ms_nr": "MS1", "nr": "M3", "meilenstein": "Konzept", "faellig_am": day(-10)},  # overdue 10 days
        {"ms_nr": "MS2", "nr": "M3", "meilenstein": "Start", "faellig_am": day(-200), "erreicht_am": day(-150),
         "status": "erreicht"},  # 50 days late
        {"ms_nr": "MS3", "nr": "M6", "meilenstein": "Antrag", "faellig_am": day(950)},
    ])


# --- Zeitplan -------------------------------------------------------------------------------------

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


def test_schedule_chart_zooms_and_frames_late_measures(schedule: Plan) -> None:
    window = metrics.period_range(metrics.PERIOD_AROUND, TODAY)
    fig = charts.schedule_chart(schedule, TODAY, None, window)
    assert [pd.Timestamp(x) for x in fig.layout.xaxis.range] == list(window)
    names = {trace.name for trace in fig.data}
    assert {texts.LEGEND_OVERDUE, texts.Z_LEGEND_BEHIND, texts.MS_OVERDUE} <= names
    behind = next(trace for trace in fig.data if trace.name == texts.Z_LEGEND_BEHIND)
    assert list(behind.y) == ["M2 Maßnahme M2"]
    assert charts.schedule_chart(plan_of([]), TODAY).layout.annotations[0].text == texts.NO_DATA
    assert charts.zoom_time_axis(fig, None) is fig


def test_schedule_issues(schedule: Plan) -> None:
    issues = metrics.schedule_issues(schedule, TODAY)
    assert list(zip(issues["befund"], issues["nr"], strict=True)) == [
        (texts.Z_ISSUE_END_PASSED, "M1"), (texts.Z_ISSUE_MS_OVERDUE, "M3"), (texts.Z_ISSUE_BEHIND, "M2"),
        (texts.Z_ISSUE_MS_LATE, "M3")]
    assert issues["tage"].tolist()[:2] == [30, 10] and issues["tage"].iloc[3] == 50
    assert issues["rueckstand"].iloc[2] == 40  # planned 50 %, reached 10 %
    assert issues["meilenstein"].tolist()[1] == "Konzept"
    assert issues["lead"].eq("WFO").all()
    table = issues.rename(columns=metrics.COLUMN_LABELS)  # the headers the Zeitplan page shows
    assert list(table.columns) == ["Befund", "Nr.", "Maßnahme", "Meilenstein", "Termin", "Tage über Termin",
                                   "Rückstand (Punkte)", "Federführung", "LZ-Nr."]
    assert metrics.schedule_issues(plan_of([]), TODAY).empty


# --- Beteiligte -----------------------------------------------------------------------------------

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
    assert table.set_index("Nr.")["Befund"].to_dict() == {"M2": texts.GAP_SINGLE, "M3": texts.GAP_NO_LEAD}


# --- Indikatoren ----------------------------------------------------------------------------------

@pytest.fixture
def indicators() -> Plan:
    return plan_of(
        [],
        Indikatoren=[
            {"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ2", "einheit": "%",
             "zielrichtung": "fallend", "basiswert": 10.0, "basisjahr": 2019, "zielwert": 8.0, "zieljahr": 2030,
             "quelle": "Agentur für Arbeit"},
            {"ind_nr": "I2", "indikator": "Beschäftigte", "lz_nr": "LZ1", "zielrichtung": "steigend",
             "basiswert": 1000.0, "zielwert": 2000.0},
            {"ind_nr": "I3", "indikator": "Flächen", "lz_nr": "LZ1"},
        ],
        Indikatorwerte=[
            {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 9.0},
            {"ind_nr": "I1", "stichtag": "2025-12-31", "wert": 9.5},
            {"ind_nr": "I2", "stichtag": "2024-12-31", "wert": 1200.0},
            {"ind_nr": "I2", "stichtag": "2025-12-31", "wert": 1500.0, "quelle": "IT.NRW"},
        ],
    )


def test_indicator_table_is_german_and_direction_aware(indicators: Plan) -> None:
    table = metrics.indicator_table(indicators).rename(columns=metrics.COLUMN_LABELS)
    assert list(table.columns) == ["LZ-Nr.", "Indikator", "Einheit", "Letzter Wert", "Stichtag",
                                   "Veränderung zum Vorwert", "Entwicklung", "Basiswert", "Zielwert",
                                   "Zielerreichung", "Quelle"]
    rows = table.set_index("Indikator")
    assert list(table["Indikator"]) == ["Beschäftigte", "Flächen", "Arbeitslosenquote"]  # Leitziel order
    assert rows.loc["Arbeitslosenquote", "LZ-Nr."] == "LZ2"
    assert rows.loc["Arbeitslosenquote", "Letzter Wert"] == "9,5"
    assert rows.loc["Arbeitslosenquote", "Veränderung zum Vorwert"] == "↑ +0,5"
    assert rows.loc["Arbeitslosenquote", "Entwicklung"] == texts.I_WORSE  # rising against a falling target
    assert rows.loc["Arbeitslosenquote", "Basiswert"] == "10 (2019)"
    assert rows.loc["Arbeitslosenquote", "Zielerreichung"] == "25\u00a0%"  # (9.5 − 10) / (8 − 10)
    assert rows.loc["Arbeitslosenquote", "Quelle"] == "Agentur für Arbeit"
    assert rows.loc["Beschäftigte", "Veränderung zum Vorwert"] == "↑ +300"
    assert rows.loc["Beschäftigte", "Entwicklung"] == texts.I_BETTER
    assert rows.loc["Beschäftigte", "Letzter Wert"] == "1.500" and rows.loc["Beschäftigte", "Quelle"] == "IT.NRW"
    assert rows.loc["Flächen", "Letzter Wert"] == texts.MISSING
    assert rows.loc["Flächen", "Veränderung zum Vorwert"] == texts.MISSING


def test_indicator_trend_unchanged_and_falling() -> None:
    summary = pd.DataFrame({"change": [0.0, -2.5], "improved": pd.array([pd.NA, True], dtype="boolean")})
    trend = metrics.indicator_trend(summary)
    assert trend["change"].tolist() == ["→ ±0", "↓ -2,5"]
    assert trend["trend"].tolist() == [texts.I_UNCHANGED, texts.I_BETTER]


def test_indicator_groups(indicators: Plan) -> None:
    groups = metrics.indicator_groups(indicators)
    assert [(goal, [row["ind_nr"] for row in rows]) for goal, rows in groups] == [
        ("LZ1 Wirtschaft", ["I2", "I3"]), ("LZ2 Bildung", ["I1"])]
    assert groups[0][1][1]["source"] is None  # blanks are None, not NaN
    assert metrics.indicator_groups(plan_of([])) == []


# --- Veränderungen --------------------------------------------------------------------------------

def test_change_tables_label_every_topic() -> None:
    old = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=40), measure("M2")])
    new = plan_of([measure("M1", status="abgeschlossen"), measure("M3")])
    tables = {topic: table.rename(columns=metrics.COLUMN_LABELS)
              for topic, table in metrics.change_tables(metrics.compare_plans(old, new, TODAY))}
    assert list(tables) == list(texts.CHANGE_TOPICS.values())
    status = tables[texts.CHANGE_TOPICS["status_changes"]]
    assert list(status.columns) == ["Nr.", "Maßnahme", "LZ-Nr.", "Status vorher", "Status jetzt"]
    assert status.iloc[0].tolist() == ["M1", "Maßnahme M1", "LZ1", "in Umsetzung", "abgeschlossen"]
    assert tables[texts.CHANGE_TOPICS["new_measures"]]["Nr."].tolist() == ["M3"]
    assert tables[texts.CHANGE_TOPICS["removed_measures"]]["Nr."].tolist() == ["M2"]
    assert "Zustand" in tables[texts.CHANGE_TOPICS["milestones_reached"]].columns


def test_column_labels_use_sheet_headers_and_texts() -> None:
    frame = pd.DataFrame({"nr": ["M1"], "faellig_am": [pd.Timestamp("2026-01-01")], "state": ["x"], "other": [1]})
    assert list(frame.rename(columns=metrics.COLUMN_LABELS).columns) == ["Nr.", "Fällig am", texts.COLUMNS["state"],
                                                                         "other"]
