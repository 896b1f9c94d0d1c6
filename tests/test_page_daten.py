"""The Daten page: upload with findings and preview, confirm, history and rollback (AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import texts
from masterplan.access import operator
from masterplan.formatting import escape_markdown
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.apptest import start, table_with
from tests.meetings import LONG_SACHSTAND
from tests.workbooks import department_update, plan_file, small_plan, xlsx

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
    assert [w.value for w in app.warning] == [texts.daten.EXAMPLE_BASE]  # the first real upload starts empty
    summary = app.dataframe[0].value
    assert summary.set_index("Blatt").loc["Maßnahmen", "neu"] == 3
    assert _stands(tmp_path) == [1]  # nothing stored before the confirmation
    app.text_input[0].input("Zulieferung November").run()
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    assert not app.exception
    assert _stands(tmp_path) == [1, 2]
    assert app.sidebar.selectbox[0].value == 2
    assert [s.value for s in app.success] == ["Gespeichert als Stand 2."]
    assert not app.file_uploader[0].value  # the stored upload and its preview are gone …
    assert [d.value.columns[0] for d in app.dataframe] == ["Stand"]  # … only the history is left
    assert not app.warning and not [m for m in app.markdown if m.value.startswith("**Vorschau")]
    app.run()
    assert not app.success  # said once


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
    assert [e.value for e in app.error] == [
        "1 Fehler verhindert den Import. Bitte die Datei korrigieren und erneut hochladen; gespeichert wurde nichts."]
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
    importer.commit(store, prepared, user=operator("Test"))
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
    assert [s.value for s in app.success] == ["Zurückgesetzt: Stand 3 entspricht Stand 1."]
    assert not [b for b in app.button if b.label == "Ja, zurücksetzen"]


def test_partial_csv_update_through_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file().content, XLSX)).run()
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    update = xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "erledigt"]]})
    app.file_uploader[0].set_value(("Massnahmen_Update.xlsx", update, XLSX)).run()
    details = table_with(app, "Kennung")
    change = details.iloc[0]
    assert (change["Kennung"], change["Feld"], change["bisher"], change["neu"]) == (
        "M01", "Status", "in Umsetzung", "abgeschlossen")
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    assert _stands(tmp_path) == [1, 2, 3]


def test_preview_names_titles_and_shows_long_texts_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file().content, XLSX)).run()
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    update = xlsx({
        "Maßnahmen": [["Nr.", "Ende", "Sachstand"], ["M01", "30.06.2027", LONG_SACHSTAND]],
        "Meilensteine": [["MS-Nr.", "Nr.", "Meilenstein", "Fällig am"], ["MS003", "M01", "Echtbetrieb", "31.01.2027"]],
    })
    app.file_uploader[0].set_value(("Update.xlsx", update, XLSX)).run()
    assert not app.exception
    details = table_with(app, "Titel")
    assert list(details.columns) == ["Blatt", "Kennung", "Titel", "Änderung", "Feld", "bisher", "neu"]
    assert details.values.tolist() == [
        ["Maßnahmen", "M01", "Beispiel: Digitale Bauakte", "geändert", "Ende", "31.12.2026", "30.06.2027"],
        ["Maßnahmen", "M01", "Beispiel: Digitale Bauakte", "geändert", "Sachstand", "–",
         "Die Anbindung an das Fachverfahren ist abgeschlossen. Der Pilotbetrieb läuft…"],
        ["Meilensteine", "MS003", "Echtbetrieb", "neu", "", "", ""],
    ]
    [whole] = [e for e in app.expander if e.label == "Lange Texte im Wortlaut"]
    assert [m.value for m in whole.markdown] == [
        "**Maßnahmen · M01 Beispiel\\: Digitale Bauakte · Sachstand**", "–", escape_markdown(LONG_SACHSTAND)]
    assert [c.value for c in whole.caption] == ["bisher", "neu"]


def _main_types(app) -> list[str]:
    return [type(element).__name__ for element in app.main]


def test_first_own_rows_on_example_data_say_why_before_the_errors(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    update = department_update()
    app.file_uploader[0].set_value((update.name, update.content, XLSX)).run()
    assert not app.exception
    assert app.warning[0].value == texts.daten.EXAMPLE_BASE
    assert app.warning[0].value.startswith("**Bisher sind nur Beispieldaten gespeichert, und Beispieldaten sind nie")
    types = _main_types(app)
    assert types.index("Warning") < types.index("Dataframe")  # the lead stands above the findings
    assert [m.value for m in app.markdown if m.value.startswith("**Prüfergebnis")] == [
        "**Prüfergebnis:** 8 Fehler, 1 Hinweis"]  # the hint: plausibility follows once the errors are fixed
    messages = app.dataframe[0].value["Meldung"]
    assert messages.iloc[0].startswith("„LZ1“ ist kein bekanntes Leitziel")
    assert any(m.startswith("„ST02“ ist kein bekannter Stakeholder") for m in messages)
    assert app.error[0].value.startswith("8 Fehler verhindern den Import.")
    assert _stands(tmp_path) == [1]


def test_adopting_the_example_data_through_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    update = department_update()
    app.file_uploader[0].set_value((update.name, update.content, XLSX)).run()
    next(t for t in app.toggle if t.label == texts.daten.ADOPT).set_value(True).run()
    assert not app.exception and not app.error
    assert [i.value for i in app.info if i.value.startswith("**Die Beispieldaten")] == [texts.daten.ADOPTED]
    summary = app.dataframe[0].value.set_index("Blatt")
    assert summary.loc["Maßnahmen", ["neu", "geändert", "entfernt"]].tolist() == [0, 3, 0]
    next(b for b in app.button if b.label == "Als neuen Stand speichern").click().run()
    assert not app.exception
    assert _stands(tmp_path) == [1, 2]
    assert [s.value for s in app.success] == ["Gespeichert als Stand 2."]
    assert not [t for t in app.toggle if t.label == texts.daten.ADOPT]  # real data now: no example base to adopt
    history = table_with(app, "Stand").set_index("Stand")
    assert (history.loc[2, "Art"], history.loc[2, "Maßnahmen"]) == ("Import auf Beispieldaten", 42)
    sidebar = app.sidebar.selectbox[0]
    assert sidebar.format_func(sidebar.value).endswith(" · auf Beispieldaten")


def test_findings_show_whole_messages_without_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rows = small_plan()["Maßnahmen"]
    rows.insert(2, [None] * len(rows[0]))  # a skipped blank row: a Hinweis without a row of its own
    app = start(monkeypatch, tmp_path, "daten")
    app.file_uploader[0].set_value(("Masterplan.xlsx", plan_file(Massnahmen=rows).content, XLSX)).run()
    assert not app.exception
    summary = next(m.value for m in app.markdown if m.value.startswith("**Prüfergebnis"))
    assert summary == "**Prüfergebnis:** 1 Hinweis"
    table = app.dataframe[0]
    assert table.value.iloc[0]["Meldung"] == "1 leere Zeile wurde übersprungen."
    assert table.proto.placeholder == ""  # the Zeile of a finding without row stays empty, not „None“
    assert table.proto.row_height == 0 or table.proto.row_height > 64  # wrapping needs rows above 4rem


def test_datenqualitaet_lists_the_example_issues_by_rule_and_filters_by_lead(monkeypatch: pytest.MonkeyPatch,
                                                                            tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    summary = next(m.value for m in app.markdown if "Auffälligkeit" in m.value)
    assert summary == "**3 Auffälligkeiten** in 2 Prüfungen – Stand 1."
    assert [e.label for e in app.expander] == ["Meilenstein nach dem Ende der Maßnahme (2)", "Indikator ohne Werte (1)"]
    after_end = table_with(app, "Meldung")
    assert after_end.columns.tolist() == ["Nr.", "Federführung", "Meldung"]
    assert after_end["Nr."].tolist() == ["M01", "M31"]
    assert after_end["Meldung"].iloc[0] == (
        "M01 „Beispiel: Digitale Bauakte einführen“: Meilenstein MS004 „Echtbetrieb“ ist am 31.03.2027 fällig, nach "
        "dem Ende der Maßnahme am 31.12.2025. Stimmig wäre ein Fälligkeitsdatum bis 31.12.2025 – oder ein späteres "
        "Ende.")
    lead = next(s for s in app.selectbox if s.label == "Federführung")
    assert lead.options == [
        "alle", "Digitalisierungsdezernat (1)", "Stadt Oberhausen (1)"]
    lead.set_value("Stadt Oberhausen").run()
    assert not app.exception
    summary = next(m.value for m in app.markdown if "Auffälligkeit" in m.value)
    assert summary == "**1 Auffälligkeit** in 1 Prüfung – Stand 1."
    assert [e.label for e in app.expander] == ["Meilenstein nach dem Ende der Maßnahme (1)"]
    assert table_with(app, "Meldung")["Nr."].tolist() == ["M31"]
