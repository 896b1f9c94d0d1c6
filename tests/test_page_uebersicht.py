"""The Übersicht page in AppTest: key figures, charts, milestones and changes, under the global filter and after
two imports. Every test runs on its own SQLite database (tests.apptest.start)."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import texts
from masterplan.access import operator
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import NBSP
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from tests.apptest import filter_mark, metric, open_app, start, table_with, texts_of
from tests.workbooks import xlsx


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
                                       texts.uebersicht.OVERDUE, texts.uebersicht.CHANGES]
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
