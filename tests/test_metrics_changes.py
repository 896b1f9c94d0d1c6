"""masterplan.metrics.changes: what changed between two Stände, as topic tables, agenda list and recent changes."""

from __future__ import annotations

import datetime as dt

import pytest

from masterplan import metrics, texts
from masterplan.formatting import NBSP
from masterplan.tables import Plan
from masterplan.vocabulary import NO_STATUS
from tests.factories import PLAN_DAY, PROFILES, days_from, measure, plan_of

TODAY = PLAN_DAY  # the day the fixture ``plan`` (conftest.py) is written for
day = days_from(TODAY)
# 60 of 120 days passed on TODAY, so the plan expects 50 %.
HALF_WAY = {"beginn": day(-60), "ende": day(60)}


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
    assert summary[texts.figures.CHANGE_TOPICS["progress_changes"]] == 2 and len(summary) == 11
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


def test_change_list_and_recent_changes(plan: Plan) -> None:
    old = plan_of(
        [measure("M1", fp_nr="FP1", status="in Planung", umsetzungsstand=20, gewicht=2, beginn="2025-01-01",
                 ende="2027-12-31"),
         measure("M2", status="abgeschlossen", umsetzungsstand=80, ampel="rot"),
         measure("M9", status="in Planung")],
        [{"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-01-10", "status": "offen"},
         {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-10-01", "status": "offen"}],
        **PROFILES,
    )
    items = metrics.change_list(metrics.compare_plans(old, plan, TODAY))
    rows = {(r.topic, r.nr, r.title): (r.before, r.after) for r in items.itertuples()}
    assert rows[("Neue Maßnahmen", "M4", "Ausbildungsmesse")] == (texts.common.MISSING, NO_STATUS)
    assert rows[("Entfernte Maßnahmen", "M9", "Maßnahme M9")] == ("in Planung", texts.upload.CHANGE_KIND_REMOVED)
    assert rows[("Statuswechsel", "M1", "Maßnahme M1")] == ("in Planung", "in Umsetzung")
    assert rows[("Fortschritt", "M1", "Maßnahme M1")] == (f"20{NBSP}%", f"50{NBSP}% (+30 Punkte)")
    assert rows[("Erreichte Meilensteine", "M1", "Konzept")] == ("fällig 10.01.2026", "erreicht 01.02.2026")
    assert rows[("Verschobene Meilensteine", "M1", "Pilot")] == ("fällig 01.10.2026", "fällig 20.11.2026")
    assert list(items["topic"]) == sorted(items["topic"], key=list(texts.figures.CHANGE_TOPICS.values()).index)

    recent = metrics.recent_changes(plan, old, TODAY, limit=2)
    assert (recent.total, len(recent.items), recent.hidden) == (len(items), 2, len(items) - 2)
    assert list(recent.summary["topic"]) == list(texts.figures.CHANGE_TOPICS.values())
    assert recent.summary.set_index("topic")["count"].to_dict() == items["topic"].value_counts().reindex(
        list(texts.figures.CHANGE_TOPICS.values()), fill_value=0).to_dict()

    unchanged = metrics.recent_changes(plan, plan, TODAY)
    assert (unchanged.total, unchanged.hidden) == (0, 0)
    assert list(unchanged.items.columns) == ["topic", "nr", "title", "before", "after"]


def test_one_point_and_one_day_are_singular() -> None:
    old = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=20)])
    new = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=21)], [
        {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-11-01", "erreicht_am": "2026-11-02",
         "status": "erreicht"},
        {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-11-25", "status": "offen"}])
    items = metrics.change_list(metrics.compare_plans(old, new, TODAY))
    assert items.set_index("topic").loc["Fortschritt", "after"] == f"21{NBSP}% (+1 Punkt)"
    notes = metrics.measure_detail(new, "M1", TODAY).milestones.set_index("ms_nr")["note"]
    assert notes.to_dict() == {"MS1": "1 Tag verspätet", "MS2": "1 Tag überfällig"}


def test_change_tables_label_every_topic() -> None:
    old = plan_of([measure("M1", status="in Umsetzung", umsetzungsstand=40), measure("M2")])
    new = plan_of([measure("M1", status="abgeschlossen"), measure("M3")])
    tables = {topic: table.rename(columns=metrics.COLUMN_LABELS)
              for topic, table in metrics.change_tables(metrics.compare_plans(old, new, TODAY))}
    assert list(tables) == list(texts.figures.CHANGE_TOPICS.values())
    status = tables[texts.figures.CHANGE_TOPICS["status_changes"]]
    assert list(status.columns) == ["Nr.", "Maßnahme", "LZ-Nr.", "Status vorher", "Status jetzt"]
    assert status.iloc[0].tolist() == ["M1", "Maßnahme M1", "LZ1", "in Umsetzung", "abgeschlossen"]
    assert tables[texts.figures.CHANGE_TOPICS["new_measures"]]["Nr."].tolist() == ["M3"]
    assert tables[texts.figures.CHANGE_TOPICS["removed_measures"]]["Nr."].tolist() == ["M2"]
    assert "Zustand" in tables[texts.figures.CHANGE_TOPICS["milestones_reached"]].columns
