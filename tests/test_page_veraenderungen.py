"""The Veränderungen page in AppTest: one Stand, a status change, Sachstand, fields and milestones between two
Stände; on a plan of 2 000 measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import workbook_bytes
from masterplan.formatting import escape_markdown
from tests.apptest import changed_stands, import_file, no_exception, start, table_with
from tests.workbooks import xlsx


def test_veraenderungen_with_one_stand_explains(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "veraenderungen")
    assert any("nur einen Stand" in i.value for i in app.info)


def test_veraenderungen_shows_status_change(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = start(monkeypatch, tmp_path, "veraenderungen")
    assert [s.value for s in app.selectbox if s.label.startswith("Vergleichsstand")] == [2]
    counts = {m.label: m.value for m in app.metric}
    assert counts["Statuswechsel"] == "1" and counts["Neue Maßnahmen"] == "1"
    status = table_with(app, "Status jetzt")
    assert status.iloc[0][["Nr.", "Status vorher", "Status jetzt"]].tolist() == ["M01", "in Umsetzung",
                                                                                  "abgeschlossen"]
    assert table_with(app, "Federführung")["Nr."].tolist() == ["M43"]

    app.selectbox(key="veraenderungen_old_3").set_value(3).run()
    assert any("zwei verschiedene Stände" in i.value for i in app.info)
    app.selectbox(key="veraenderungen_old_3").set_value(1).run()  # the example data against Stand 3
    no_exception(app)
    assert table_with(app, "Status jetzt")["Nr."].tolist() == ["M01"]


def test_veraenderungen_headers_are_the_column_labels_unless_the_page_names_one(monkeypatch: pytest.MonkeyPatch,
                                                                               tmp_path: Path) -> None:
    changed_stands(tmp_path)
    app = start(monkeypatch, tmp_path, "veraenderungen")
    app.selectbox(key="veraenderungen_old_3").set_value(1).run()
    no_exception(app)
    assert list(table_with(app, "Ampel jetzt").columns) == ["Nr.", "Maßnahme", "LZ-Nr.", "Ampel vorher", "Ampel jetzt",
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
    app = start(monkeypatch, tmp_path, "veraenderungen")
    no_exception(app)
    counts = {m.label: m.value for m in app.metric}
    assert (counts["Neuer Sachstand"], counts["Geänderte Angaben"], counts["Neue Meilensteine"]) == (
        "1", "2", "1")
    sachstand = table_with(app, "Sachstand jetzt")
    assert sachstand.iloc[0]["Sachstand jetzt"] == (
        "Das Fachverfahren ist angebunden; der Echtbetrieb beginnt im Januar 2027 in…")
    assert sachstand.iloc[0]["Sachstand vorher"].startswith("Altakten weitgehend digitalisiert.")
    fields = table_with(app, "Angabe")
    assert fields[["Nr.", "Angabe", "vorher", "jetzt"]].values.tolist() == [
        ["M01", "Ende", "31.12.2025", "31.03.2027"], ["M01", "Kosten", "450.000 €", "480.000 €"]]
    milestones = table_with(app, "MS-Nr.")
    assert milestones[["MS-Nr.", "Nr.", "Meilenstein"]].values.tolist() == [["MS900", "M01", "Echtbetrieb"]]
    [whole] = [e for e in app.expander if e.label == "Sachstand im Wortlaut"]
    shown = [m.value for m in whole.markdown]
    assert shown[0] == "**M01 Beispiel\\: Digitale Bauakte einführen**"
    assert shown[1].startswith("Altakten weitgehend digitalisiert\\.") and shown[1].endswith("verschoben\\.")
    assert shown[2] == escape_markdown(NEW_SACHSTAND)


@pytest.mark.slow
def test_veraenderungen_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000), "2000 Maßnahmen")
    app = start(monkeypatch, tmp_path, "veraenderungen")
    assert any(m.label == "Neue Maßnahmen" and m.value == "2.000" for m in app.metric)
