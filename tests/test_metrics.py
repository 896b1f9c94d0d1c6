"""Metrics against hand-computed expectations: roll-ups, Ampel rules and boundaries, milestones, changes."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP
from masterplan.tables import Plan

TODAY = dt.date(2025, 6, 1)


def day(offset: int) -> str:
    """ISO date ``offset`` days from TODAY."""
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def measure(nr: str, **fields: object) -> dict[str, object]:
    return {"nr": nr, "massnahme": f"Maßnahme {nr}", "lz_nr": "LZ1", "federfuehrung": "ST1", **fields}


def plan_of(measures: list[dict], milestones: list[dict] = (), **sheets: list[dict]) -> Plan:
    records = {
        "Leitziele": [{"lz_nr": "LZ1", "leitziel": "Wirtschaft"}, {"lz_nr": "LZ2", "leitziel": "Bildung"},
                      {"lz_nr": "LZ3", "leitziel": "Flächen"}],
        "Fokusprojekte": [{"fp_nr": "FP1", "fokusprojekt": "Hafen", "lz_nr": "LZ1"},
                          {"fp_nr": "FP2", "fokusprojekt": "Campus", "lz_nr": "LZ2"}],
        "Stakeholder": [{"st_nr": "ST1", "name": "Wirtschaftsförderung Oberhausen", "kurzname": "WFO"},
                        {"st_nr": "ST2", "name": "IHK zu Essen", "kurzname": "IHK"},
                        {"st_nr": "ST3", "name": "Hochschule Ruhr West", "kurzname": "HRW"}],
        "Maßnahmen": measures,
        "Meilensteine": list(milestones),
    }
    records.update(sheets)
    return Plan.from_records(records)


def ampel_of(*fields_and_milestones: object, **fields: object) -> pd.Series:
    """Computed Ampel row of one measure M1 with the given fields and milestones (dicts without ms_nr/nr)."""
    milestones = [{"ms_nr": f"MS{i}", "nr": "M1", "meilenstein": f"Termin {i}", **ms}
                  for i, ms in enumerate(fields_and_milestones)]
    return metrics.compute_ampel(plan_of([measure("M1", **fields)], milestones), TODAY).iloc[0]


# --- roll-ups ------------------------------------------------------------------------------------

@pytest.fixture
def rollup_plan() -> Plan:
    return plan_of([
        measure("M1", fp_nr="FP1", status="in Umsetzung", umsetzungsstand=50, gewicht=2),
        measure("M2", status="abgeschlossen", umsetzungsstand=80),  # counts 100
        measure("M3", fp_nr="FP1", status="entfallen", umsetzungsstand=90, gewicht=5),  # excluded
        measure("M4", lz_nr="LZ2", status="in Planung"),  # no progress → 0, no weight → 1
    ])


def test_plan_rollup_is_weighted_without_entfallen_and_with_abgeschlossen_as_100(rollup_plan: Plan) -> None:
    rollup = metrics.rollup_plan(rollup_plan)
    assert rollup.value == pytest.approx((2 * 50 + 1 * 100 + 1 * 0) / 4)  # 50
    assert (rollup.measures, rollup.counted) == (4, 3)
    why = rollup.explanation.set_index("nr")
    assert why["weight_share"].to_dict() == pytest.approx({"M1": 0.5, "M2": 0.25, "M3": 0.0, "M4": 0.25})
    assert why["points"].to_dict() == pytest.approx({"M1": 25.0, "M2": 25.0, "M3": 0.0, "M4": 0.0})
    assert why["points"].sum() == pytest.approx(rollup.value)
    assert not why.loc["M3", "included"]
    assert why.loc["M3", "note"] == texts.NOTE_DROPPED
    assert why.loc["M2", "note"] == texts.NOTE_DONE
    assert why.loc["M4", "note"] == texts.NOTE_NO_PROGRESS
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
    assert rollup.value is None and rollup.summary == texts.ROLLUP_EMPTY


# --- Ampel ---------------------------------------------------------------------------------------

# Beginn 02.04.2025, Ende 31.07.2025: 60 of 120 days passed on 01.06.2025, so the plan expects 50 %.
HALF_WAY = {"beginn": day(-60), "ende": day(60)}


@pytest.mark.parametrize(("fields", "milestones", "expected", "reason"), [
    ({"status": "entfallen", "ende": day(-10)}, [], "grau", texts.REASON_DROPPED),
    ({"status": "zurückgestellt", "ende": day(-10)}, [], "grau", texts.REASON_ON_HOLD),
    ({"status": "abgeschlossen", "ende": day(-10)}, [{"faellig_am": day(-200)}], "grün", texts.REASON_DONE),
    ({"status": "in Umsetzung", "umsetzungsstand": 90, "ende": day(-1)}, [], "rot", "Ende am 31.05.2025"),
    ({"status": "Daueraufgabe", "ende": day(-1)}, [], "rot", "überschritten"),
    ({"status": "in Umsetzung", "umsetzungsstand": 100, "beginn": day(-10), "ende": day(0)}, [], "grün",
     texts.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-91)}], "rot",
     "„Termin 0“ seit 02.03.2025 überfällig, mehr als 90 Tage"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-90)}], "gelb",
     "„Termin 0“ seit 03.03.2025 überfällig"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(-1)}], "gelb",
     "seit 31.05.2025"),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY}, [{"faellig_am": day(0)}], "grün",
     texts.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 50, **HALF_WAY},
     [{"faellig_am": day(-200), "status": "erreicht"}, {"faellig_am": day(-200), "status": "entfallen"},
      {"faellig_am": day(-200), "erreicht_am": day(-150)}], "grün", texts.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 30, **HALF_WAY}, [], "grün", texts.REASON_ON_TRACK),  # 20 behind
    ({"status": "in Umsetzung", "umsetzungsstand": 29, **HALF_WAY}, [], "gelb",
     "Umsetzungsstand 29 % liegt 21 Punkte hinter dem Zeitplan (50 %)"),
    ({"status": "Daueraufgabe", "umsetzungsstand": 0, **HALF_WAY}, [], "grün", texts.REASON_ON_TRACK),
    ({"status": "nicht begonnen", "beginn": day(1), "ende": day(100)}, [], "grau", texts.REASON_NOT_STARTED),
    ({"status": "in Planung"}, [], "grau", texts.REASON_NOT_STARTED),
    ({}, [], "grau", texts.REASON_NOT_STARTED),  # no status, no progress
    ({"status": "nicht begonnen", **HALF_WAY}, [], "gelb", "liegt 50 Punkte"),
    ({"status": "nicht begonnen", "beginn": day(10), "ende": day(60)}, [{"faellig_am": day(-5)}], "gelb",
     "seit 27.05.2025"),  # an overdue milestone makes a measure due before its Beginn
    ({"status": "in Umsetzung", "beginn": day(5), "ende": day(100)}, [], "grün", texts.REASON_ON_TRACK),
    ({"status": "in Umsetzung", "umsetzungsstand": 0}, [], "grün", texts.REASON_ON_TRACK),  # no dates, no plan
])
def test_ampel_rules(fields: dict, milestones: list[dict], expected: str, reason: str) -> None:
    row = ampel_of(*milestones, **fields)
    assert row["ampel"] == expected == row["ampel_computed"]
    assert not row["ampel_manual"]
    assert reason in row["ampel_reason"]


def test_sheet_ampel_wins_and_is_marked_manual() -> None:
    row = ampel_of(status="in Umsetzung", ende=day(-1), ampel="grün")
    assert (row["ampel"], row["ampel_computed"], bool(row["ampel_manual"])) == ("grün", "rot", True)
    assert row["ampel_reason"].startswith("im Blatt gesetzt (berechnet: rot – Ende am 31.05.2025")


def test_planned_progress_and_overdue_flag() -> None:
    plan = plan_of([
        measure("M1", status="in Umsetzung", **HALF_WAY),
        measure("M2", status="in Umsetzung", beginn=day(0), ende=day(0)),  # zero duration: due in full today
        measure("M3", status="in Umsetzung", beginn=day(1), ende=day(1)),
        measure("M4", status="Daueraufgabe", **HALF_WAY),
        measure("M5", status="in Umsetzung", beginn=day(-30), ende=day(-1)),
        measure("M6", status="zurückgestellt", beginn=day(-30), ende=day(-1)),
    ])
    ampel = metrics.compute_ampel(plan, TODAY).set_index("nr")
    assert ampel["planned"].iloc[:3].tolist() == [50.0, 100.0, 0.0]
    assert pd.isna(ampel.loc["M4", "planned"])
    assert ampel.loc["M5", "planned"] == 100
    assert ampel["overdue"].tolist() == [False, False, False, False, True, False]


# --- milestones ----------------------------------------------------------------------------------

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
        texts.MS_OVERDUE, texts.MS_DUE_30, texts.MS_DUE_30, texts.MS_DUE_90, texts.MS_DUE_90, texts.MS_LATER,
        texts.MS_REACHED_ON_TIME, texts.MS_REACHED_LATE, texts.MS_REACHED_ON_TIME, texts.MS_DROPPED, texts.MS_OVERDUE,
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


# --- indicators ----------------------------------------------------------------------------------

def test_indicator_summary_respects_direction_and_missing_target() -> None:
    plan = plan_of([], Indikatoren=[
        {"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ1", "zielrichtung": "fallend",
         "basiswert": 10, "zielwert": 5, "quelle": "Bundesagentur für Arbeit"},
        {"ind_nr": "I2", "indikator": "Beschäftigte", "lz_nr": "LZ1", "zielrichtung": "steigend", "basiswert": 100},
        {"ind_nr": "I3", "indikator": "Gleich", "lz_nr": "LZ1", "basiswert": 3, "zielwert": 3},
        {"ind_nr": "I4", "indikator": "Ohne Werte", "lz_nr": "LZ1", "basiswert": 1, "zielwert": 2},
    ], Indikatorwerte=[
        {"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 8, "quelle": "IT.NRW"},  # unsorted on purpose
        {"ind_nr": "I1", "stichtag": "2023-12-31", "wert": 9},
        {"ind_nr": "I2", "stichtag": "2023-12-31", "wert": 110},
        {"ind_nr": "I2", "stichtag": "2024-12-31", "wert": 105},
        {"ind_nr": "I3", "stichtag": "2024-12-31", "wert": 4},
    ])
    summary = metrics.indicator_summary(plan).set_index("ind_nr")
    falling = summary.loc["I1"]
    assert (falling["latest"], falling["previous"], falling["change"], falling["change_base"]) == (8, 9, -1, -2)
    assert falling["achievement"] == pytest.approx(40.0)  # (8 − 10) / (5 − 10)
    assert bool(falling["improved"]) is True
    assert falling["latest_date"] == pd.Timestamp("2024-12-31") and falling["source"] == "IT.NRW"
    rising = summary.loc["I2"]
    assert pd.isna(rising["achievement"]) and bool(rising["improved"]) is False and rising["change_base"] == 5
    assert pd.isna(summary.loc["I3", "achievement"]) and pd.isna(summary.loc["I3", "improved"])
    assert pd.isna(summary.loc["I4", "latest"]) and summary.loc["I4", "measurements"] == 0
    assert metrics.indicator_values(plan, "I1")["wert"].tolist() == [9, 8]


# --- KPIs and mixes ------------------------------------------------------------------------------

def test_kpis_and_change_against_previous_stand(rollup_plan: Plan) -> None:
    previous = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=20)])
    with_red = Plan({**rollup_plan.tables, "Maßnahmen": pd.concat([
        rollup_plan["Maßnahmen"], plan_of([measure("M5", status="in Umsetzung", ampel="rot")])["Maßnahmen"]],
        ignore_index=True)})
    kpis = metrics.kpis(with_red, TODAY, previous)
    assert (kpis.measures, kpis.done, kpis.in_progress, kpis.red) == (5, 1, 2, 1)
    assert kpis.progress == pytest.approx(200 / 5)
    assert kpis.progress_change == pytest.approx(200 / 5 - 20)
    assert metrics.kpis(rollup_plan, TODAY).progress_change is None


def test_status_and_ampel_mix_per_leitziel(rollup_plan: Plan) -> None:
    mix = metrics.status_mix(rollup_plan).set_index(["lz_nr", "status"])["count"]
    assert mix[("LZ1", "in Umsetzung")] == 1 and mix[("LZ1", "entfallen")] == 1 and mix[("LZ3", "abgeschlossen")] == 0
    assert len(mix) == 3 * 7
    no_status = metrics.status_mix(plan_of([measure("M1")]))
    assert no_status.set_index(["lz_nr", "status"]).loc[("LZ1", texts.NO_STATUS), "count"] == 1
    ampel = metrics.ampel_mix(rollup_plan, TODAY).set_index(["lz_nr", "ampel"])["count"]
    assert ampel[("LZ1", "grau")] == 1 and ampel[("LZ1", "grün")] == 2 and ampel[("LZ2", "grau")] == 1
    assert ampel.sum() == 4


# --- stakeholders --------------------------------------------------------------------------------

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
    assert gaps["issue"].to_dict() == {"M2": texts.GAP_SINGLE, "M3": texts.GAP_NO_LEAD}  # informiert does not count
    assert gaps.loc["M2", ["lead", "institutions"]].tolist() == ["IHK", 1]


# --- changes between two Stände ------------------------------------------------------------------

def test_compare_plans() -> None:
    old = plan_of([
        measure("M1", status="in Umsetzung"),
        measure("M2", status="in Umsetzung", umsetzungsstand=40, **HALF_WAY),
        measure("M3", status="in Umsetzung", umsetzungsstand=50, **HALF_WAY),
    ], [
        {"ms_nr": "MS1", "nr": "M2", "meilenstein": "A", "faellig_am": day(10)},
        {"ms_nr": "MS2", "nr": "M2", "meilenstein": "B", "faellig_am": day(20)},
        {"ms_nr": "MS3", "nr": "M3", "meilenstein": "C", "faellig_am": day(20)},
    ])
    new = plan_of([
        measure("M2", status="abgeschlossen", umsetzungsstand=40, **HALF_WAY),
        measure("M3", status="in Umsetzung", umsetzungsstand=20, **HALF_WAY),
        measure("M4", status="in Planung"),
    ], [
        {"ms_nr": "MS1", "nr": "M2", "meilenstein": "A", "faellig_am": day(10), "erreicht_am": day(-1)},
        {"ms_nr": "MS2", "nr": "M2", "meilenstein": "B", "faellig_am": day(50)},
        {"ms_nr": "MS3", "nr": "M3", "meilenstein": "C", "faellig_am": day(5)},
        {"ms_nr": "MS4", "nr": "M4", "meilenstein": "D", "faellig_am": day(-3), "status": "erreicht"},
    ])
    changes = metrics.compare_plans(old, new, TODAY)
    assert changes.new_measures["nr"].tolist() == ["M4"]
    assert changes.removed_measures["nr"].tolist() == ["M1"]
    assert changes.status_changes[["nr", "status_old", "status_new"]].values.tolist() == [
        ["M2", "in Umsetzung", "abgeschlossen"]]
    assert changes.ampel_changes[["nr", "ampel_old", "ampel_new"]].values.tolist() == [["M3", "grün", "gelb"]]
    progress = changes.progress_changes.set_index("nr")["delta"].to_dict()
    assert progress == pytest.approx({"M2": 60.0, "M3": -30.0})
    assert changes.milestones_reached["ms_nr"].tolist() == ["MS4", "MS1"]
    assert changes.milestones_postponed[["ms_nr", "shift_days"]].values.tolist() == [["MS2", 30]]
    summary = changes.summary().set_index("topic")["count"]
    assert summary[texts.CHANGE_TOPICS["progress_changes"]] == 2 and len(summary) == 11
    assert changes.milestones_new["ms_nr"].tolist() == ["MS4"] and changes.milestones_removed.empty
    assert changes.sachstand_changes.empty and changes.field_changes.empty
    assert not changes.is_empty and metrics.compare_plans(new, new, TODAY).is_empty


def test_compare_plans_lists_milestones_sachstand_and_every_other_field() -> None:
    old = plan_of([
        measure("M1", ende="2026-12-31", kosten=1000, sachstand="Ausschreibung läuft.", gewicht=2),
        measure("M2", prioritaet="hoch"),
    ], [
        {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-12-01"},
        {"ms_nr": "MS2", "nr": "M2", "meilenstein": "Pilot", "faellig_am": "2027-03-01"},
    ])
    new = plan_of([
        measure("M1", ende="2027-06-30", kosten=1500.5, federfuehrung="ST2", sachstand="Auftrag vergeben.",
                gewicht=2, ratsvorlage="B/17/2784-01"),
        measure("M2", massnahme="Gründerzentrum", prioritaet="hoch", sachstand="Erste Mieter."),
    ], [
        {"ms_nr": "MS2", "nr": "M2", "meilenstein": "Pilot", "faellig_am": "2027-03-01"},
        {"ms_nr": "MS3", "nr": "M1", "meilenstein": "Vergabe", "faellig_am": "2027-01-15"},
    ])
    changes = metrics.compare_plans(old, new, TODAY)
    assert changes.sachstand_changes.values.tolist() == [
        ["M1", "Maßnahme M1", "LZ1", "Ausschreibung läuft.", "Auftrag vergeben."],
        ["M2", "Gründerzentrum", "LZ1", None, "Erste Mieter."],
    ]
    assert changes.field_changes.values.tolist() == [
        ["M1", "Maßnahme M1", "LZ1", "Federführung", "WFO", "IHK"],
        ["M1", "Maßnahme M1", "LZ1", "Ende", "31.12.2026", "30.06.2027"],
        ["M1", "Maßnahme M1", "LZ1", "Kosten", "1.000 €", "1.500,50 €"],
        ["M1", "Maßnahme M1", "LZ1", "Ratsvorlage", "–", "B/17/2784-01"],
        ["M2", "Gründerzentrum", "LZ1", "Maßnahme", "Maßnahme M2", "Gründerzentrum"],
    ]
    assert changes.milestones_new.astype(str).values.tolist() == [
        ["MS3", "M1", "Maßnahme M1", "Vergabe", "2027-01-15"]]
    assert changes.milestones_removed.astype(str).values.tolist() == [
        ["MS1", "M1", "Maßnahme M1", "Konzept", "2026-12-01"]]
    assert metrics.sachstand_texts(changes) == [
        ("M1 Maßnahme M1", "Ausschreibung läuft.", "Auftrag vergeben."), ("M2 Gründerzentrum", "–", "Erste Mieter.")]
    items = metrics.change_list(changes)
    rows = [tuple(r) for r in items[items["topic"] != "Fortschritt"].itertuples(index=False)]
    assert rows == [
        ("Neuer Sachstand", "M1", "Maßnahme M1", "Ausschreibung läuft.", "Auftrag vergeben."),
        ("Neuer Sachstand", "M2", "Gründerzentrum", "–", "Erste Mieter."),
        ("Geänderte Angaben", "M1", "Maßnahme M1", "Federführung: WFO", "Federführung: IHK"),
        ("Geänderte Angaben", "M1", "Maßnahme M1", "Ende: 31.12.2026", "Ende: 30.06.2027"),
        ("Geänderte Angaben", "M1", "Maßnahme M1", "Kosten: 1.000 €", "Kosten: 1.500,50 €"),
        ("Geänderte Angaben", "M1", "Maßnahme M1", "Ratsvorlage: –", "Ratsvorlage: B/17/2784-01"),
        ("Geänderte Angaben", "M2", "Gründerzentrum", "Maßnahme: Maßnahme M2", "Maßnahme: Gründerzentrum"),
        ("Neue Meilensteine", "M1", "Vergabe", "–", "fällig 15.01.2027"),
        ("Entfernte Meilensteine", "M1", "Konzept", "fällig 01.12.2026", "entfernt"),
    ]


def test_change_tables_shorten_a_long_sachstand() -> None:
    long = "Der Förderantrag wurde gestellt und die Bezirksregierung hat eine Rückmeldung bis Ende des Jahres zugesagt."
    changes = metrics.compare_plans(plan_of([measure("M1")]), plan_of([measure("M1", sachstand=long)]), TODAY)
    table = dict(metrics.change_tables(changes))["Neuer Sachstand"].rename(columns=metrics.COLUMN_LABELS)
    assert table.values.tolist() == [["M1", "Maßnahme M1", "LZ1", "–",
                                      "Der Förderantrag wurde gestellt und die Bezirksregierung hat eine Rückmeldung…"]]
    assert list(table.columns) == ["Nr.", "Maßnahme", "LZ-Nr.", "Sachstand vorher", "Sachstand jetzt"]
    assert metrics.sachstand_texts(changes)[0][2] == long


def test_compare_plans_evaluates_old_ampel_at_its_own_date() -> None:
    plan = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=50, beginn=day(-100), ende=day(-1))])
    assert metrics.compare_plans(plan, plan, TODAY).ampel_changes.empty
    then = metrics.compare_plans(plan, plan, TODAY, old_today=TODAY - dt.timedelta(days=50))
    assert then.ampel_changes[["ampel_old", "ampel_new"]].values.tolist() == [["grün", "rot"]]


# --- filters -------------------------------------------------------------------------------------

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
    ])


def test_filter_by_leitziel_restricts_everything_hanging_off(sample: Plan) -> None:
    result = metrics.filter_plan(sample, leitziele=["LZ2"])
    assert result["Maßnahmen"]["nr"].tolist() == ["M2", "M3"]
    assert result["Meilensteine"]["ms_nr"].tolist() == ["MS2"]
    assert result["Beteiligungen"]["nr"].tolist() == ["M2", "FP2"]
    assert result["Leitziele"]["lz_nr"].tolist() == ["LZ2"]
    assert result["Fokusprojekte"]["fp_nr"].tolist() == ["FP2"]
    assert result["Indikatoren"]["ind_nr"].tolist() == ["I2"] and result["Indikatorwerte"]["wert"].tolist() == [2]
    assert len(result["Stakeholder"]) == 3


def test_filter_by_measure_fields_keeps_parent_tables(sample: Plan) -> None:
    result = metrics.filter_plan(sample, federfuehrung=["ST2"], status=["in Umsetzung"])
    assert result["Maßnahmen"]["nr"].tolist() == ["M2"]  # lead written as Kurzname matches its ST-Nr.
    assert len(result["Leitziele"]) == 3 and len(result["Indikatoren"]) == 2 and len(result["Fokusprojekte"]) == 2
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


def test_every_metric_accepts_an_empty_plan() -> None:
    empty = Plan.empty()
    assert metrics.rollup_plan(empty).value is None
    assert metrics.kpis(empty, TODAY) == metrics.Kpis(0, 0, 0, 0, None, None)
    frames = (
        metrics.rollup_leitziele(empty), metrics.compute_ampel(empty, TODAY), metrics.indicator_summary(empty),
        metrics.milestones_due(empty, TODAY), metrics.ampel_mix(empty, TODAY), metrics.stakeholder_matrix(empty),
        metrics.stakeholder_load(empty), metrics.staffing_gaps(empty), metrics.measure_table(empty, TODAY),
    )
    assert all(frame.empty for frame in frames)
    assert metrics.compare_plans(empty, empty, TODAY).is_empty
