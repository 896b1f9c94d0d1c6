"""The Daten page: upload with findings and preview, confirm, history and rollback (AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import importer
from masterplan.store import Store
from tests.apptest import start
from tests.workbooks import plan_file, small_plan, xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _stands(tmp_path: Path) -> list[int]:
    store = Store(f"sqlite:///{tmp_path / 'app.db'}")
    try:
        return [s.id for s in store.stands()]
    finally:
        store.close()


def test_good_upload_shows_preview_and_becomes_a_stand(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    assert _stands(tmp_path) == [1]
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file().content, XLSX)).run()
    assert not app.exception
    assert any("Beispieldaten geladen" in i.value for i in app.info)  # the first real upload starts empty
    summary = app.dataframe[0].value
    assert summary.set_index("Blatt").loc["Maßnahmen", "neu"] == 3
    assert _stands(tmp_path) == [1]  # nothing stored before the confirmation
    app.text_input[0].input("Zulieferung November").run()
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    assert not app.exception
    assert _stands(tmp_path) == [1, 2]
    assert app.sidebar.selectbox[0].value == 2
    assert any("Gespeichert als Stand 2" in s.value for s in app.success)


def test_bad_upload_lists_findings_and_stores_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[1][6] = "siebzig"
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file(Massnahmen=rows).content, XLSX)).run()
    findings = app.dataframe[0].value
    row = findings.iloc[0]
    assert (row["Schwere"], row["Blatt"], row["Zeile"], row["Spalte"], row["Wert"]) == (
        "Fehler", "Maßnahmen", 2, "Umsetzungsstand", "siebzig")
    assert row["Meldung"] == "„siebzig“ ist keine Zahl (erwartet 0–100)."
    assert any("Fehler verhindern den Import" in e.value for e in app.error)
    assert not [b for b in app.button if b.label == "Als neuen Stand speichern"]
    assert _stands(tmp_path) == [1]


def test_unreadable_file_gets_one_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", b"Nr.;Status\nM01;offen\n", XLSX)).run()
    assert not app.exception
    assert app.dataframe[0].value.iloc[0]["Meldung"].startswith("Der Dateiinhalt passt nicht zur Endung .xlsx")
    assert _stands(tmp_path) == [1]


def test_rollback_needs_confirmation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'app.db'}")
    importer.ensure_example(store)
    prepared = importer.prepare(store, [plan_file()])
    importer.commit(store, prepared, by="Test")
    store.close()
    app = start(monkeypatch, tmp_path, "daten")
    history = next(s for s in app.selectbox if s.label == "Stand auswählen")
    history.set_value(1).run()
    next(b for b in app.button if b.label == "Auf Stand 1 zurücksetzen").click().run()
    assert _stands(tmp_path) == [1, 2]
    assert any("Die Stände dazwischen bleiben erhalten" in w.value for w in app.warning)
    next(b for b in app.button if b.label == "Ja, zurücksetzen").click().run()
    assert not app.exception
    assert _stands(tmp_path) == [1, 2, 3]
    assert app.sidebar.selectbox[0].value == 3


def test_partial_csv_update_through_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file().content, XLSX)).run()
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    update = xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "erledigt"]]})
    app.file_uploader[0].set_value(("Massnahmen_Update.xlsx", update, XLSX)).run()
    details = app.dataframe[1].value
    change = details.iloc[0]
    assert (change["Kennung"], change["Feld"], change["bisher"], change["neu"]) == (
        "M01", "Status", "in Umsetzung", "abgeschlossen")
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    assert _stands(tmp_path) == [1, 2, 3]
