"""The pages Übersicht, Leitziele and Maßnahmen under AppTest: what a user sees, with filters, a history of
Stände, and on a plan of 2 000 measures. Every test runs on its own SQLite database (tests.apptest.start)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from bench.generate import workbook_bytes
from masterplan import texts, vocabulary
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import NBSP
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from masterplan.vocabulary import MS_REACHED_LATE
from tests.apptest import filter_mark, start
from tests.workbooks import xlsx


def metric(app: AppTest, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def table_with(app: AppTest, column: str) -> pd.DataFrame:
    """The first dataframe shown that has ``column``."""
    return next(d.value for d in app.dataframe if column in d.value.columns)


def texts_of(elements) -> list[str]:
    return [e.value for e in elements]


def _import(store: Store, name: str, content: bytes, note: str = "") -> int:
    prepared = importer.prepare(store, [UploadFile(name, content)])
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    return importer.commit(store, prepared, by="Test", note=note).id


def open_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str | None = None,
             **filters: list[str]) -> AppTest:
    """The app on ``page`` with sidebar filters set by widget key, e.g. filter_status=[…]."""
    app = start(monkeypatch, tmp_path)
    for key, values in filters.items():
        app.sidebar.multiselect(key=key).set_value(values).run()
        assert not app.exception, [e.value for e in app.exception]
    if page:
        app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, [e.value for e in app.exception]
    return app


def _database(tmp_path: Path) -> Store:
    """The database tests.apptest.start will use, with the example data already loaded."""
    store = Store(f"sqlite:///{tmp_path / 'app.db'}")
    importer.ensure_example(store)
    return store


# --- Übersicht -------------------------------------------------------------------------------------

def test_uebersicht_shows_kpis_charts_milestones(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "uebersicht")
    assert metric(app, "Maßnahmen") == "42"
    assert metric(app, "abgeschlossen") == "12"
    assert metric(app, "in Umsetzung") == "13"
    assert metric(app, "Ampel rot") == "3"
    assert metric(app, "Umsetzungsstand") == f"64,9{NBSP}%"
    assert texts_of(app.main.subheader) == [texts.U_PROGRESS, texts.U_STATUS_MIX, texts.U_AMPEL_MIX, texts.U_UPCOMING,
                                       texts.U_OVERDUE, texts.U_CHANGES]
    upcoming = table_with(app, "days_until")
    assert len(upcoming) == 17 and upcoming["days_until"].between(0, 90).all()
    overdue = table_with(app, "days_overdue")
    assert list(overdue["ms_nr"])[:2] == ["MS073", "MS084"] and overdue["days_overdue"].iloc[0] == 514
    assert "Stichtag der Auswertung: 26.11.2026" in app.main.caption[0].value
    assert texts.U_CHANGES_FIRST in texts_of(app.info)  # the example is the first Stand


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
    assert list(history["change_text"]) == ["geändert: Status, Umsetzungsstand", texts.M_HISTORY_NEW]


# --- Leitziele -------------------------------------------------------------------------------------

def test_leitziele_shows_goal_with_explanation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "leitziele")
    assert app.selectbox(key="leitziel_choice").value == "LZ1"
    assert texts_of(app.header) == ["Oberhausen ist wirtschaftsfreundlich"]
    assert any("bürokratische Hürden abbauen" in m.value and m.value.startswith("- ") for m in app.markdown)
    assert metric(app, "Umsetzungsstand") == f"75{NBSP}%"
    why = next(e for e in app.expander if e.label.startswith("Warum"))
    assert why.label == f"Warum 75{NBSP}%?"
    explanation = why.dataframe[0].value
    assert len(explanation) == 7 and explanation["nr"].iloc[0] == "M01"
    assert any("gewichtet" in m.value or "gemittelte" in m.value for m in why.markdown)
    assert list(table_with(app, "fp_nr")["fp_nr"]) == ["FP01", "FP02"]
    assert len(table_with(app, "ampel_label")) == 7
    assert list(table_with(app, "indikator")["ind_nr"]) == ["IND07"]
    assert texts_of(app.main.subheader) == [texts.L_PROJECTS, texts.L_MEASURES, texts.L_INDICATORS]

    app.selectbox(key="leitziel_choice").set_value("LZ3").run()
    assert not app.exception
    assert texts_of(app.header) == ["Oberhausen ist innovativ"]


def test_filter_options_narrow_and_filtered_leitziel_figures_say_so(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "leitziele")
    assert filter_mark(app) == "" and metric(app, "Umsetzungsstand") == f"75{NBSP}%"
    assert len(app.sidebar.multiselect(key="filter_federfuehrung").options) == 13
    app.sidebar.multiselect(key="filter_leitziele").set_value(["LZ1"]).run()
    assert app.sidebar.multiselect(key="filter_federfuehrung").options == [
        "Digitalisierungsdezernat", "Stadt Oberhausen", "Strategische Planung"]  # only who leads a measure in LZ1
    app.sidebar.multiselect(key="filter_leitziele").set_value([]).run()
    app.sidebar.multiselect(key="filter_federfuehrung").set_value(["ST02"]).run()
    assert not app.exception
    assert filter_mark(app) == "gefiltert: Federführung Strategische Planung"
    assert metric(app, "Umsetzungsstand") == f"75{NBSP}%"
    assert "4 von 4 Maßnahmen" in app.main.caption[1].value
    for page in ("uebersicht", "massnahmen", "zeitplan", "beteiligte", "indikatoren", "veraenderungen", "sitzung"):
        app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, page
        assert filter_mark(app) == "gefiltert: Federführung Strategische Planung", page
    app.switch_page("pages/daten.py").run()
    assert filter_mark(app) == ""


def test_the_url_carries_stand_filters_leitziel_and_measure(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "leitziele")
    assert app.query_params == {"stand": "1", "leitziel": "LZ1"}
    app.sidebar.multiselect(key="filter_leitziele").set_value(["LZ1", "LZ2"]).run()
    app.sidebar.multiselect(key="filter_federfuehrung").set_value(["ST02"]).run()
    app.selectbox(key="leitziel_choice").set_value("LZ2").run()
    assert app.query_params == {"stand": "1", "lz": ["LZ1", "LZ2"], "ff": "ST02", "leitziel": "LZ2"}
    app.switch_page("pages/massnahmen.py").run()
    app.selectbox(key="massnahmen_detail").set_value("M02").run()
    assert app.query_params == {"stand": "1", "lz": ["LZ1", "LZ2"], "ff": "ST02", "massnahme": "M02"}

    shared = start(monkeypatch, tmp_path, "leitziele", query={"lz": ["LZ1", "LZ2"], "ff": "ST02", "leitziel": "LZ2"})
    assert not shared.exception
    assert shared.sidebar.multiselect(key="filter_federfuehrung").value == ["ST02"]
    assert shared.selectbox(key="leitziel_choice").value == "LZ2"
    assert filter_mark(shared) == "gefiltert: Leitziel LZ1, LZ2 · Federführung Strategische Planung"
    odd = start(monkeypatch, tmp_path, query={"stand": "99", "status": ["entfallen"], "ampel": "rot", "lz": "LZ9"})
    assert not odd.exception  # an unknown Stand or Leitziel is left out, a combination without measures says so
    assert odd.sidebar.selectbox(key="stand_id").value == 1
    assert odd.query_params == {"stand": "1", "status": "entfallen", "ampel": "rot"}
    assert texts.EMPTY_MEASURES_FILTERED in texts_of(odd.info)


def test_leitziele_follows_the_global_filter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = open_app(monkeypatch, tmp_path, "leitziele", filter_leitziele=["LZ2"])
    assert app.selectbox(key="leitziel_choice").options == ["LZ2 – Oberhausen ist qualifiziert"]
    assert texts_of(app.header) == ["Oberhausen ist qualifiziert"]
    app.sidebar.multiselect(key="filter_leitziele").set_value([]).run()
    app.sidebar.multiselect(key="filter_status").set_value(["entfallen"]).run()  # LZ2, still chosen, has none
    assert not app.exception
    assert {texts.L_PROGRESS_EMPTY, texts.L_MEASURES_EMPTY} <= set(texts_of(app.info))


# --- Maßnahmen -------------------------------------------------------------------------------------

def test_massnahmen_table_search_and_detail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "massnahmen")
    table = app.dataframe[0].value
    assert len(table) == 42 and table["nr"].iloc[0] == "M01"
    assert set(table["ampel_label"]) <= {"🟢 grün", "🟡 gelb", "🔴 rot", "⚪ grau"} | {
        f"{m}{texts.AMPEL_MANUAL_SUFFIX}" for m in vocabulary.AMPEL.markers.values()}
    assert app.selectbox(key="massnahmen_detail").value == "M01"
    assert any(m.value.startswith("#### M01 – Beispiel") for m in app.markdown)
    assert metric(app, "Ampel") == "🔴 rot" and metric(app, "Ende") == "31.12.2025"
    milestones = table_with(app, "ms_nr")
    assert list(milestones["ms_nr"]) == ["MS001", "MS002", "MS003", "MS004"]
    assert milestones["state"].iloc[0] == MS_REACHED_LATE
    people = table_with(app, "rolle")
    assert people["rolle"].iloc[0] == "federführend"
    assert len(table_with(app, "change_text")) == 1
    assert [t.label for t in app.tabs] == [texts.M_TAB_FIELDS, texts.M_TAB_MILESTONES, texts.M_TAB_STAKEHOLDERS,
                                          texts.M_TAB_HISTORY]

    app.text_input(key="massnahmen_search").input("bauakte").run()
    assert not app.exception
    assert list(app.dataframe[0].value["nr"]) == ["M01"]
    assert app.main.caption[0].value.startswith("1 von 42 Maßnahmen")

    app.text_input(key="massnahmen_search").input("").run()
    app.selectbox(key="massnahmen_detail").set_value("M05").run()
    assert not app.exception
    assert metric(app, "Status") == "Daueraufgabe"

    app.text_input(key="massnahmen_search").input("gibt es nicht").run()
    assert not app.exception
    assert any(i.value.startswith("Keine Maßnahme enthält") for i in app.info)
    assert not app.dataframe


def test_massnahmen_with_filter_and_empty_result(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = open_app(monkeypatch, tmp_path, "massnahmen", filter_ampel=["rot"])
    assert len(app.dataframe[0].value) == 3
    assert set(app.dataframe[0].value["ampel"]) == {"rot"}
    empty = start(monkeypatch, tmp_path, "massnahmen", state={"filter_ampel": ["rot"], "filter_status": ["entfallen"]})
    assert not empty.exception
    assert texts.EMPTY_MEASURES_FILTERED in texts_of(empty.info)


# --- a large plan ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_pages_on_a_plan_of_2000_measures(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = _database(tmp_path)
    _import(store, "Gross.xlsx", workbook_bytes(2000))
    store.close()
    app = start(monkeypatch, tmp_path, "uebersicht")
    assert metric(app, "Maßnahmen") == "2.000"
    assert table_with(app, "before") is not None  # 2 000 new and 42 removed measures against the example
    assert any(c.value.startswith("… und ") for c in app.caption)
    app.switch_page("pages/leitziele.py").run()
    assert not app.exception
    assert texts_of(app.header) == ["Leitziel 1"]
    app.switch_page("pages/massnahmen.py").run()
    assert not app.exception
    assert len(app.dataframe[0].value) == 2000
    app.text_input(key="massnahmen_search").input("M01234").run()
    assert not app.exception
    assert list(app.dataframe[0].value["nr"]) == ["M01234"]
