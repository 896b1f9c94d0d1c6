"""The Leitziele page in AppTest: one goal with its explanation, filters that narrow each other and say so on
every page, the URL that carries Stand, filters, Leitziel and measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import texts
from masterplan.formatting import NBSP
from tests.apptest import filter_mark, metric, open_app, start, table_with, texts_of


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
    assert texts_of(app.main.subheader) == [texts.leitziele.PROJECTS, texts.leitziele.MEASURES,
                                            texts.leitziele.INDICATORS]

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
    assert texts.common.EMPTY_MEASURES_FILTERED in texts_of(odd.info)


def test_leitziele_follows_the_global_filter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = open_app(monkeypatch, tmp_path, "leitziele", filter_leitziele=["LZ2"])
    assert app.selectbox(key="leitziel_choice").options == ["LZ2 – Oberhausen ist qualifiziert"]
    assert texts_of(app.header) == ["Oberhausen ist qualifiziert"]
    app.sidebar.multiselect(key="filter_leitziele").set_value([]).run()
    app.sidebar.multiselect(key="filter_status").set_value(["entfallen"]).run()  # LZ2, still chosen, has none
    assert not app.exception
    assert {texts.leitziele.PROGRESS_EMPTY, texts.leitziele.MEASURES_EMPTY} <= set(texts_of(app.info))
