"""The Übersicht page in AppTest: key figures, charts, milestones and changes, under the global filter and after
two imports. Every test runs on its own SQLite database (tests.apptest.start)."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import clock, texts
from masterplan.access import operator
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import NBSP
from masterplan.rounds.staleness import months_between
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from tests.apptest import database, filter_mark, metric, open_app, start, table_with, texts_of
from tests.factories import age_stand
from tests.workbooks import csv_bytes, upload, xlsx


def _import(store: Store, name: str, content: bytes, note: str = "") -> int:
    prepared = importer.prepare(store, [UploadFile(name, content)])
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    return importer.commit(store, prepared, user=operator("Test"), note=note).id


def _database(tmp_path: Path) -> Store:
    """The database tests.apptest.start will use, with the example data already loaded."""
    store = Store(f"sqlite:///{tmp_path / 'app.db'}")
    importer.ensure_example(store)
    return store


def test_uebersicht_shows_kpis_charts_milestones(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "uebersicht")
    assert metric(app, "Maßnahmen") == "42"
    assert metric(app, "abgeschlossen") == "12"
    assert metric(app, "in Umsetzung") == "13"
    assert metric(app, "Ampel rot") == "3"
    assert metric(app, "Umsetzungsstand") == f"64,9{NBSP}%"
    assert texts_of(app.main.subheader) == [texts.uebersicht.PROGRESS, texts.uebersicht.STATUS_MIX,
                                            texts.uebersicht.AMPEL_MIX, texts.uebersicht.UPCOMING,
                                       texts.uebersicht.OVERDUE, texts.uebersicht.STALE,
                                            texts.uebersicht.CHANGES]
    assert texts.uebersicht.STALE_EMPTY.format(months=6) in texts_of(app.info)  # the example was just stored
    upcoming = table_with(app, "days_until")
    assert len(upcoming) == 17 and upcoming["days_until"].between(0, 90).all()
    overdue = table_with(app, "days_overdue")
    assert list(overdue["ms_nr"])[:2] == ["MS073", "MS084"] and overdue["days_overdue"].iloc[0] == 514
    assert "Stichtag der Auswertung: 26.11.2026" in app.main.caption[0].value
    assert texts.uebersicht.CHANGES_FIRST in texts_of(app.info)  # the example is the first Stand


def test_global_filter_changes_the_numbers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = open_app(monkeypatch, tmp_path, filter_status=["abgeschlossen"])
    assert (metric(app, "Maßnahmen"), metric(app, "abgeschlossen"), metric(app, "in Umsetzung")) == ("12", "12", "0")
    assert metric(app, "Umsetzungsstand") == f"100{NBSP}%"
    assert filter_mark(app) == "gefiltert: Status abgeschlossen"
    app.sidebar.multiselect(key="filter_status").set_value(["entfallen"]).run()
    assert app.sidebar.multiselect(key="filter_leitziele").options == ["LZ5 – Oberhausen ist lebenswert"]


def test_uebersicht_and_history_after_two_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = _database(tmp_path)
    _import(store, "Masterplan.xlsx", write_workbook(store.plan(1)), note="Übernahme")
    update = xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M01", "abgeschlossen", 1],
                                 ["M03", "in Umsetzung", 0.45]]})
    latest = _import(store, "Zulieferung.xlsx", update, note="Zulieferung *November*")
    store.close()

    app = start(monkeypatch, tmp_path, "uebersicht")
    assert app.sidebar.selectbox(key="stand_id").value == latest
    assert r"Zulieferung \*November\*" in app.main.caption[0].value  # a note is data: escaped, not rendered
    progress = next(m for m in app.metric if m.label == "Umsetzungsstand")
    assert progress.value == f"65,9{NBSP}%" and progress.delta == "+1"
    summary = table_with(app, "count").set_index("topic")["count"]
    assert (summary["Statuswechsel"], summary["Fortschritt"], summary["Neue Maßnahmen"]) == (2, 2, 0)
    items = table_with(app, "before")
    assert {("Statuswechsel", "M01", "in Umsetzung", "abgeschlossen"),
            ("Fortschritt", "M03", f"30{NBSP}%", f"45{NBSP}% (+15 Punkte)")} <= set(
        items[["topic", "nr", "before", "after"]].itertuples(index=False, name=None))

    app.switch_page("pages/massnahmen.py").run()
    assert not app.exception
    history = table_with(app, "change_text")
    assert list(history["stand"]) == [latest, 1]  # the unchanged Übernahme is left out
    assert list(history["change_text"]) == ["geändert: Status, Umsetzungsstand", texts.massnahmen.HISTORY_NEW]


def test_measures_without_a_report_for_months_are_listed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Stand 1 stored 250 days ago, M01 changed now: every measure but M01 is flagged, on Übersicht and Maßnahmen."""
    store = Store(database(tmp_path))
    importer.ensure_example(store)
    age_stand(store, 1, 250)
    rows = [["Nr.", "Status"], ["M01", "zurückgestellt"]]
    importer.commit(store, importer.prepare(store, [upload("Maßnahmen.csv", csv_bytes(rows))], adopt_example=True),
                    user=operator("Test"))
    months = months_between(store.stand(1).day, clock.today())
    store.close()
    monkeypatch.setenv("MASTERPLAN_STALE_MONTHS", "6")
    app = start(monkeypatch, tmp_path, "uebersicht", today=clock.today().isoformat())
    stale = table_with(app, "stale_text")
    assert len(stale) == 41 and "M01" not in set(stale["nr"])
    assert set(stale["stale_text"]) == {f"seit {months} Monaten ohne Meldung"}
    app.switch_page("pages/massnahmen.py").run()
    measures = table_with(app, "stale_text").set_index("nr")
    assert measures.loc["M01", "stale_text"] == "" and measures.loc["M02", "stale_text"] == stale["stale_text"][0]
