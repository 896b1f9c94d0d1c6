"""The Berichtsrunde page (AppTest): opening a round in the form, the table of Federführungen, confirming
„unverändert“, what an editor and a viewer are offered, and closing in two steps. Editing in the browser table is
driven in Chromium (tests/test_browser_rounds.py): AppTest cannot type into a data editor."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from masterplan import texts
from masterplan.access import operator
from masterplan.formatting import escape_markdown
from masterplan.rounds import records
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.apptest import TODAY, database, import_file, no_exception, signed_in, start, table_with

TEXT = texts.berichtsrunde
ADMIN = operator("Geschäftsstelle")


def _open_round(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, days: int = 10) -> None:
    """The example workbook as own data (Stand 2) and an open round with a deadline ``days`` after TODAY, the day
    the app runs on."""
    monkeypatch.setenv("MASTERPLAN_TODAY", TODAY)
    import_file(tmp_path, "Masterplan.xlsx", importer.EXAMPLE_WORKBOOK.read_bytes(), "eigene Daten")
    store = Store(database(tmp_path))
    try:
        today = datetime.date.fromisoformat(TODAY)
        records.open_round(store, deadline=today + datetime.timedelta(days=days), note="Winterbericht", user=ADMIN)
    finally:
        store.close()


def _state(app, st_nr: str) -> str:
    frame = table_with(app, texts.rounds.COLUMN_STATE).set_index(texts.rounds.COLUMN_ST_NR)
    return frame.loc[st_nr, texts.rounds.COLUMN_STATE]


def test_the_geschaeftsstelle_opens_a_round_in_the_form(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "berichtsrunde")
    assert app.title[0].value == "Berichtsrunde"
    assert TEXT.NONE_YET in [i.value for i in app.info]
    app.text_input[0].input("Bericht für den Lenkungskreis im Februar")
    next(b for b in app.button if b.label == TEXT.OPEN).click().run()
    no_exception(app)
    assert [s.value for s in app.success] == [TEXT.OPENED.format(id=1)]
    assert app.subheader[0].value == "Berichtsrunde 1 · Stichtag 26.11.2026 · Frist 10.12.2026 (noch 14 Tage)"
    frame = table_with(app, texts.rounds.COLUMN_STATE)
    assert set(frame[texts.rounds.COLUMN_STATE]) == {"fehlt"} and len(frame) == 13
    assert {m.label: m.value for m in app.metric} == {"Gemeldet": "0", "Bestätigt": "0", "Fehlt noch": "13"}
    assert TEXT.EDIT_EXAMPLE in [i.value for i in app.info]  # on example data an edit would start from nothing
    assert TEXT.SAVE not in [b.label for b in app.button]


def test_confirming_unchanged_counts_as_a_report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _open_round(monkeypatch, tmp_path)
    app = start(monkeypatch, tmp_path, "berichtsrunde")
    assert _state(app, "ST04") == "fehlt"
    assert escape_markdown("Hinweis der Geschäftsstelle: Winterbericht") in [m.value for m in app.markdown]
    app.selectbox(key="round_lead").set_value("ST04").run()
    next(b for b in app.button if b.label == TEXT.CONFIRM).click().run()
    no_exception(app)
    assert [s.value for s in app.success] == [TEXT.CONFIRMED.format(name="ST04 (Digitalisierungsdezernat)")]
    assert _state(app, "ST04") == "bestätigt"
    assert TEXT.CONFIRM not in [b.label for b in app.button]
    assert "ST04 (Digitalisierungsdezernat) hat in dieser Runde schon bestätigt." in [c.value for c in app.caption]


def test_an_editor_reports_only_for_the_own_federfuehrung(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _open_round(monkeypatch, tmp_path)
    app = start(monkeypatch, tmp_path, "berichtsrunde", user=signed_in("digital@oberhausen.de", "Dana Digital"))
    no_exception(app)
    assert not [s for s in app.selectbox if s.key == "round_lead"]  # one Federführung: nothing to choose
    assert [b.label for b in app.get("download_button")] == ["Arbeitsmappe für Digitalisierungsdezernat herunterladen"]
    assert TEXT.MANAGE not in [h.value for h in app.subheader]  # rounds are the Geschäftsstelle's
    next(b for b in app.button if b.label == TEXT.CONFIRM).click().run()
    assert _state(app, "ST04") == "bestätigt"
    store = Store(database(tmp_path))
    try:
        assert records.confirmations(store, 1)["ST04"].confirmed_by == "Dana Digital <digital@oberhausen.de>"
    finally:
        store.close()


def test_a_viewer_sees_the_round_but_reports_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _open_round(monkeypatch, tmp_path)
    app = start(monkeypatch, tmp_path, "berichtsrunde", user=signed_in("lenkungskreis@oberhausen.de"))
    assert _state(app, "ST01") == "fehlt"
    assert TEXT.OWN_VIEWER in [i.value for i in app.info]
    assert not [b for b in app.button if b.label in (TEXT.CONFIRM, TEXT.SAVE, TEXT.CLOSE)]


def test_closing_takes_two_steps_and_names_the_result(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _open_round(monkeypatch, tmp_path)
    app = start(monkeypatch, tmp_path, "berichtsrunde")
    next(b for b in app.button if b.label == TEXT.CLOSE).click().run()
    assert app.warning[0].value.startswith("Runde 1 schließen? Der neueste Stand (2) wird ihr Ergebnis")
    store = Store(database(tmp_path))
    try:
        assert records.open_round_now(store) is not None  # nothing closed yet
        next(b for b in app.button if b.label == TEXT.CLOSE_CONFIRM).click().run()
        no_exception(app)
        assert records.open_round_now(store) is None
    finally:
        store.close()
    assert [s.value for s in app.success] == [TEXT.CLOSED.format(id=1, stand=2)]
    assert TEXT.NONE_OPEN in [i.value for i in app.info]
    assert app.subheader[0].value.startswith("Berichtsrunde 1 · geschlossen am ")
    assert table_with(app, texts.rounds.HISTORY_RESULT).iloc[0][texts.rounds.HISTORY_RESULT] == "Stand 2"
    assert TEXT.OPEN in [b.label for b in app.button]  # the next round can be opened
