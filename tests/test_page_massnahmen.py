"""The Maßnahmen page in AppTest: the table, search and one measure's detail; filtered and empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import texts, vocabulary
from masterplan.vocabulary import MS_REACHED_LATE
from tests.apptest import metric, open_app, start, table_with, texts_of


def test_massnahmen_table_search_and_detail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "massnahmen")
    table = app.dataframe[0].value
    assert len(table) == 42 and table["nr"].iloc[0] == "M01"
    # M05 has no Ende: every blank cell of every table reads „–“, never Streamlit's „None“
    assert table.set_index("nr")["ende"].isna()["M05"]
    assert {frame.proto.placeholder for frame in app.dataframe} == {"–"}
    assert set(table["ampel_label"]) <= {"🟢 grün", "🟡 gelb", "🔴 rot", "⚪ grau"} | {
        f"{m}{texts.common.AMPEL_MANUAL_SUFFIX}" for m in vocabulary.AMPEL.markers.values()}
    assert app.selectbox(key="massnahmen_detail").value == "M01"
    assert any(m.value.startswith("#### M01 – Beispiel") for m in app.markdown)
    assert metric(app, "Ampel") == "🔴 rot" and metric(app, "Ende") == "31.12.2025"
    milestones = table_with(app, "ms_nr")
    assert list(milestones["ms_nr"]) == ["MS001", "MS002", "MS003", "MS004"]
    assert milestones["state"].iloc[0] == MS_REACHED_LATE
    people = table_with(app, "rolle")
    assert people["rolle"].iloc[0] == "federführend"
    assert len(table_with(app, "change_text")) == 1
    assert [t.label for t in app.tabs] == [texts.massnahmen.TAB_FIELDS, texts.massnahmen.TAB_MILESTONES,
                                           texts.massnahmen.TAB_STAKEHOLDERS, texts.massnahmen.TAB_HISTORY]

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
    assert texts.common.EMPTY_MEASURES_FILTERED in texts_of(empty.info)
