"""Zeitplan, Beteiligte, Indikatoren and Veränderungen in AppTest, on the example data and on a large plan."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bench.generate import workbook_bytes
from masterplan.formatting import escape_markdown
from tests.apptest import changed_stands, import_file, start
from tests.workbooks import xlsx

TODAY = "2026-11-26"
PAGES = ("zeitplan", "beteiligte", "indikatoren", "veraenderungen")


def _app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str) -> AppTest:
    return start(monkeypatch, tmp_path, page)


def _no_exception(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]


def _charts(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def _table(app: AppTest, column: str):
    """The first table with a column headed ``column``, under the headers a user reads (the column labels)."""
    for frame in app.dataframe:
        labels = {name: config["label"] for name, config in json.loads(frame.proto.columns).items()
                  if config.get("label")}
        shown = frame.value.rename(columns=labels)
        if column in shown.columns:
            return shown
    raise AssertionError(f"no table with a column {column!r}")


def test_zeitplan_gantt_zoom_and_overdue_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = _app(monkeypatch, tmp_path, "zeitplan")
    [gantt] = _charts(app)
    assert gantt["layout"]["title"]["text"] == "Zeitplan der Maßnahmen"
    assert {"Ende überschritten", "hinter dem Zeitplan", "überfällig"} <= {t.get("name") for t in gantt["data"]}
    assert any("ohne Beginn oder Ende" in c.value for c in app.caption)  # the Daueraufgaben without Ende
    issues = _table(app, "Befund")
    first = issues.iloc[0]
    assert (first["Befund"], first["Nr."]) == ("Ende überschritten", "M31")
    assert "M01" in set(issues.loc[issues["Befund"].eq("Ende überschritten"), "Nr."])

    app.segmented_control(key="zeitplan_period").set_value("around").run()
    _no_exception(app)
    [gantt] = _charts(app)
    assert gantt["layout"]["xaxis"]["range"][0].startswith("2025-11-26")

    app.segmented_control(key="zeitplan_period").set_value("custom").run()
    app.date_input(key="zeitplan_range").set_value((dt.date(2040, 1, 1), dt.date(2040, 12, 31))).run()
    _no_exception(app)
    assert not _charts(app)
    assert any("Im gewählten Zeitraum läuft keine Maßnahme" in i.value for i in app.info)


def test_beteiligte_matrix_network_load_and_gaps(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = _app(monkeypatch, tmp_path, "beteiligte")
    titles = [chart["layout"]["title"]["text"] for chart in _charts(app)]
    assert titles == ["Beteiligte je Leitziel", "Netzwerk der Institutionen und Maßnahmen", "Maßnahmen je Institution"]
    gaps = _table(app, "Befund")
    assert gaps.set_index("Nr.").loc["M43", "Befund"] == "nur eine Institution"

    app.multiselect(key="beteiligte_types").select("Kammer").run()
    _no_exception(app)
    heatmap = _charts(app)[0]
    assert set(heatmap["data"][0]["y"]) == {"IHK zu Essen", "HWK Düsseldorf"}

    app.selectbox(key="beteiligte_focus_Kammer").set_value("ST07").run()
    _no_exception(app)
    assert len(_charts(app)) == 3


def test_beteiligte_without_gaps_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = _app(monkeypatch, tmp_path, "beteiligte")
    assert any("Keine Besetzungslücken" in i.value for i in app.info)


def test_indikatoren_table_and_charts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = _app(monkeypatch, tmp_path, "indikatoren")
    summary = _table(app, "Indikator").set_index("Indikator")
    row = summary.loc["Arbeitslosenquote"]
    assert row["Quelle"].startswith("Agentur für Arbeit Oberhausen")
    assert row["Letzter Wert"] == "11,3" and row["Entwicklung"] == "unverändert"
    charts = _charts(app)
    assert "Arbeitslosenquote" in [c["layout"]["title"]["text"] for c in charts]
    assert any(c.value.startswith("Quelle") and "Agentur für Arbeit" in c.value for c in app.caption)
    assert any("LZ2 Oberhausen ist qualifiziert" in m.value for m in app.markdown)
    assert any("noch keine Messwerte" in i.value for i in app.info)  # IND13 has none yet


def test_veraenderungen_with_one_stand_explains(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = _app(monkeypatch, tmp_path, "veraenderungen")
    assert any("nur einen Stand" in i.value for i in app.info)


def test_veraenderungen_shows_status_change(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = _app(monkeypatch, tmp_path, "veraenderungen")
    assert [s.value for s in app.selectbox if s.label.startswith("Vergleichsstand")] == [2]
    counts = {m.label: m.value for m in app.metric}
    assert counts["Statuswechsel"] == "1" and counts["Neue Maßnahmen"] == "1"
    status = _table(app, "Status jetzt")
    assert status.iloc[0][["Nr.", "Status vorher", "Status jetzt"]].tolist() == ["M01", "in Umsetzung",
                                                                                  "abgeschlossen"]
    assert _table(app, "Federführung")["Nr."].tolist() == ["M43"]

    app.selectbox(key="veraenderungen_old_3").set_value(3).run()
    assert any("zwei verschiedene Stände" in i.value for i in app.info)
    app.selectbox(key="veraenderungen_old_3").set_value(1).run()  # the example data against Stand 3
    _no_exception(app)
    assert _table(app, "Status jetzt")["Nr."].tolist() == ["M01"]


def test_veraenderungen_headers_are_the_column_labels_unless_the_page_names_one(monkeypatch: pytest.MonkeyPatch,
                                                                               tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = _app(monkeypatch, tmp_path, "veraenderungen")
    app.selectbox(key="veraenderungen_old_3").set_value(1).run()
    _no_exception(app)
    assert list(_table(app, "Ampel jetzt").columns) == ["Nr.", "Maßnahme", "LZ-Nr.", "Ampel vorher", "Ampel jetzt",
                                                        "Begründung (jetzt)"]


NEW_SACHSTAND = ("Das Fachverfahren ist angebunden; der Echtbetrieb beginnt im Januar 2027 in allen Bürgerbüros, "
                 "die Schulung der Sachbearbeitung läuft seit Oktober.")


def test_veraenderungen_lists_sachstand_fields_and_milestones(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    changed_stands(tmp_path)
    import_file(tmp_path, "Update.xlsx", xlsx({
        "Maßnahmen": [["Nr.", "Ende", "Kosten", "Sachstand"], ["M01", "31.03.2027", 480000, NEW_SACHSTAND]],
        "Meilensteine": [["MS-Nr.", "Nr.", "Meilenstein", "Fällig am"], ["MS900", "M01", "Echtbetrieb", "15.01.2027"]],
    }), "Sachstand")
    app = _app(monkeypatch, tmp_path, "veraenderungen")
    _no_exception(app)
    counts = {m.label: m.value for m in app.metric}
    assert (counts["Neuer Sachstand"], counts["Geänderte Angaben"], counts["Neue Meilensteine"]) == (
        "1", "2", "1")
    sachstand = _table(app, "Sachstand jetzt")
    assert sachstand.iloc[0]["Sachstand jetzt"] == (
        "Das Fachverfahren ist angebunden; der Echtbetrieb beginnt im Januar 2027 in…")
    assert sachstand.iloc[0]["Sachstand vorher"].startswith("Altakten weitgehend digitalisiert.")
    fields = _table(app, "Angabe")
    assert fields[["Nr.", "Angabe", "vorher", "jetzt"]].values.tolist() == [
        ["M01", "Ende", "31.12.2025", "31.03.2027"], ["M01", "Kosten", "450.000 €", "480.000 €"]]
    milestones = _table(app, "MS-Nr.")
    assert milestones[["MS-Nr.", "Nr.", "Meilenstein"]].values.tolist() == [["MS900", "M01", "Echtbetrieb"]]
    [whole] = [e for e in app.expander if e.label == "Sachstand im Wortlaut"]
    shown = [m.value for m in whole.markdown]
    assert shown[0] == "**M01 Beispiel\\: Digitale Bauakte einführen**"
    assert shown[1].startswith("Altakten weitgehend digitalisiert\\.") and shown[1].endswith("verschoben\\.")
    assert shown[2] == escape_markdown(NEW_SACHSTAND)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_pages_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000), "2000 Maßnahmen")
    app = _app(monkeypatch, tmp_path, page)
    if page == "zeitplan":
        assert app.select_slider(key="zeitplan_limit").value == 100
        assert any("dringlichsten von" in i.value for i in app.info)
        assert len(_charts(app)) == 1
    if page == "beteiligte":
        assert any("Das Netzwerk zeigt 200 von" in i.value for i in app.info)
    if page == "veraenderungen":
        assert any(m.label == "Neue Maßnahmen" and m.value == "2.000" for m in app.metric)


def _pinned(app: AppTest) -> list[list[str]]:
    """Per table with a Nr. column: the labels of its columns pinned at the left."""
    tables = [json.loads(frame.proto.columns) for frame in app.dataframe]
    return [[c.get("label", name) for name, c in config.items() if c.get("pinned")]
            for config in tables if any(c.get("label", name) == "Nr." for name, c in config.items())]


@pytest.mark.parametrize("page", ["massnahmen", "leitziele", "veraenderungen"])
def test_wide_tables_keep_nr_and_massnahme_in_view(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   page: str) -> None:
    """Scrolled sideways on a 1366 px screen, every table of measures still says which measure a row is."""
    changed_stands(tmp_path)
    app = _app(monkeypatch, tmp_path, page)
    _no_exception(app)
    pinned = _pinned(app)
    assert pinned and all(p == ["Nr.", "Maßnahme"] for p in pinned), pinned
