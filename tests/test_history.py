"""masterplan.storage.history: one measure's history across Stände, only the Stände that changed it."""

from __future__ import annotations

import datetime as dt

from masterplan import texts
from masterplan.access import operator
from masterplan.storage import history
from masterplan.storage.store import Store
from tests.workbooks import plan_file, upload, xlsx

TODAY = dt.date(2026, 11, 26)


def _commit(store: Store, content: bytes, name: str = "Masterplan.xlsx") -> int:
    from masterplan.storage import importer

    prepared = importer.prepare(store, [upload(name, content)])
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    return importer.commit(store, prepared, user=operator("Test")).id


def test_measure_history_lists_only_stands_that_changed_the_measure(sqlite_store: Store) -> None:
    store = sqlite_store
    first = _commit(store, plan_file().content)
    _commit(store, xlsx({"Maßnahmen": [["Nr.", "Umsetzungsstand"], ["M02", 1]]}))  # M01 untouched
    third = _commit(store, xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M01", "abgeschlossen", 1]]}))
    stands = store.stands()
    rows = history.measure_history(store, stands, "M01", ["MS001", "MS002"], TODAY)
    assert list(rows.columns) == history.HISTORY_COLUMNS
    assert list(rows["stand"]) == [third, first]  # newest first, Stand 2 left out
    assert rows.iloc[0]["change_text"] == "geändert: Status, Umsetzungsstand"
    assert (rows.iloc[0]["status"], rows.iloc[0]["progress"], rows.iloc[0]["ampel_label"]) == (
        "abgeschlossen", 100.0, "🟢 grün")
    assert (rows.iloc[1]["change_text"], rows.iloc[1]["progress"]) == (texts.massnahmen.HISTORY_NEW, 45.0)
    assert rows.iloc[1]["created_by"] == "Test"
    # up to an earlier Stand: the later change is not part of that history
    assert list(history.measure_history(store, stands, "M01", [], TODAY, upto=first + 1)["stand"]) == [first]
    assert history.measure_history(store, stands, "M77", [], TODAY).empty


def test_measure_history_shows_removal(sqlite_store: Store) -> None:
    from masterplan.storage import importer

    store = sqlite_store
    _commit(store, plan_file().content)
    sheets = {"Maßnahmen": [["Nr.", "Maßnahme", "LZ-Nr.", "Federführung"], ["M01", "Bauakte", "LZ1", "OWT"],
                            ["M02", "Kampagne", "LZ2", "ST02"]]}
    prepared = importer.prepare(store, [upload("voll.xlsx", xlsx(sheets))], complete=True)
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    removed = importer.commit(store, prepared, user=operator("Test")).id
    rows = history.measure_history(store, store.stands(), "M03", [], TODAY)
    assert list(rows["stand"]) == [removed, removed - 1]
    assert rows.iloc[0]["change_text"] == texts.massnahmen.HISTORY_REMOVED


def test_decision_history_follows_status_and_frist_only(sqlite_store: Store) -> None:
    """The Verlauf names the Stände that recorded a decision or changed its Status or Frist; a new wording of the
    Beschluss is no step in it."""
    store = sqlite_store
    header = ["Nr.", "Datum", "Beschluss", "Maßnahme/Leitziel", "Status", "Frist"]
    first = _commit(store, plan_file(Beschlüsse=[header, ["B-1", "19.11.2025", "Pilot vorziehen", "M01", None,
                                                          "31.05.2026"]]).content)
    _commit(store, xlsx({"Beschlüsse": [["Nr.", "Beschluss"], ["B-1", "Pilotbetrieb vorziehen"]]}))
    later = _commit(store, xlsx({"Beschlüsse": [["Nr.", "Frist"], ["B-1", "30.09.2026"]]}))
    done = _commit(store, xlsx({"Beschlüsse": [["Nr.", "Status"], ["B-1", "erledigt"]]}))
    rows = history.decision_history(store, store.stands())
    assert list(rows.columns) == history.DECISION_HISTORY_COLUMNS
    shown = rows[["beschluss_nr", "stand", "status", "frist"]].fillna("leer")
    assert shown.values.tolist() == [["B-1", first, "leer", "2026-05-31"], ["B-1", later, "leer", "2026-09-30"],
                                     ["B-1", done, "erledigt", "2026-09-30"]]
    assert rows["created_by"].eq("Test").all()
    assert list(history.decision_history(store, store.stands()[:1])["stand"]) == [first]
    assert history.decision_history(store, []).empty
