"""Merging uploads into Stände and storing them: on SQLite and on PostgreSQL (fixture ``store``)."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import time

import pandas as pd
import pytest

from masterplan.access import operator
from masterplan.paths import PROJECT_ROOT
from masterplan.storage import importer
from masterplan.storage.stands import stand_kind, stand_label
from masterplan.storage.store import StaleBase, Store, StoreError, UploadFile
from tests.workbooks import HEADERS, csv_bytes, department_update, plan_file, small_plan, upload, xlsx


def _import(store: Store, *files: UploadFile, complete: bool = False, sheet: str | None = None):
    prepared = importer.prepare(store, list(files), complete=complete, sheet=sheet)
    errors = [f.line() for f in prepared.findings if f.is_error]
    assert not errors, errors
    return importer.commit(store, prepared, user=operator("Test"), note="n")


def _errors(store: Store, *files: UploadFile, complete: bool = False) -> list[str]:
    before = [s.id for s in store.stands()]
    prepared = importer.prepare(store, list(files), complete=complete)
    assert prepared.has_errors
    assert [s.id for s in store.stands()] == before
    return [f.line() for f in prepared.findings if f.is_error]


def _measure(store: Store, number: str, stand: int | None = None) -> dict:
    stand = stand or store.latest().id
    table = store.plan(stand)["Maßnahmen"].set_index("nr")
    return table.loc[number].to_dict()


def test_full_import_stores_typed_values(store: Store) -> None:
    stand = _import(store, plan_file())
    assert stand.id == 1
    assert stand.counts["Maßnahmen"] == 3 and stand.counts["Meilensteine"] == 2
    assert stand.files == ("Masterplan.xlsx",)
    m01 = _measure(store, "M01")
    assert m01["umsetzungsstand"] == 45.0
    assert m01["federfuehrung"] == "ST01"  # written as Kurzname "OWT"
    assert m01["kosten"] == 1234.5
    assert m01["beginn"] == pd.Timestamp(2023, 1, 1)
    assert _measure(store, "M02")["umsetzungsstand"] == 100.0
    values = store.plan(1)["Indikatorwerte"].sort_values("stichtag")
    assert list(values["stichtag"]) == [pd.Timestamp(2019, 12, 31), pd.Timestamp(2025, 11, 30)]


def test_original_file_and_checksum_are_kept(store: Store) -> None:
    file = plan_file()
    stand = _import(store, file)
    (stored,) = store.files(stand.id)
    assert stored.sha256 == file.sha256
    assert store.file_content(stored.id, operator("Test")) == file.content


def test_partial_upload_changes_only_given_cells(store: Store) -> None:
    _import(store, plan_file())
    update = xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M01", "umgesetzt", "100 %"]]})
    stand = _import(store, upload("Massnahmen_Update.xlsx", update))
    assert stand.id == 2
    m01 = _measure(store, "M01")
    assert (m01["status"], m01["umsetzungsstand"]) == ("abgeschlossen", 100.0)
    assert m01["massnahme"] == "Beispiel: Digitale Bauakte" and m01["kosten"] == 1234.5
    assert _measure(store, "M01", 1)["status"] == "in Umsetzung"  # the old Stand is unchanged
    diff = store.diff(1, 2)
    assert list(diff.sheets) == ["Maßnahmen"]
    ((key, (old, new)),) = diff.sheets["Maßnahmen"].changed.items()
    assert key == "M01" and (old["status"], new["status"]) == ("in Umsetzung", "abgeschlossen")


def test_partial_update_writes_only_changed_rows(store: Store) -> None:
    _import(store, plan_file())
    update = xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "in Umsetzung"], ["M02", "entfallen"]]})
    stand = _import(store, upload("Massnahmen.xlsx", update))
    assert stand.changes == {"Maßnahmen": [0, 1, 0]}
    assert store.touched_keys("Maßnahmen", 1, 2) == {"M02"}


def test_blank_uploaded_cell_clears_the_field(store: Store) -> None:
    _import(store, plan_file())
    _import(store, upload("m.xlsx", xlsx({"Maßnahmen": [["Nr.", "Kosten"], ["M01", None]]})))
    assert pd.isna(_measure(store, "M01")["kosten"])


def test_upload_that_changes_nothing_is_reported(store: Store) -> None:
    _import(store, plan_file())
    prepared = importer.prepare(store, [plan_file()])
    assert not prepared.has_errors and prepared.changes_nothing


def test_complete_upload_removes_missing_rows(store: Store) -> None:
    _import(store, plan_file())
    rows = small_plan()["Maßnahmen"][:3]  # header, M01, M02
    stand = _import(store, upload("m.xlsx", xlsx({"Maßnahmen": rows})), complete=True)
    assert stand.counts["Maßnahmen"] == 2
    assert "M03" not in set(store.plan(stand.id)["Maßnahmen"]["nr"])
    assert store.diff(1, 2).sheets["Maßnahmen"].removed.keys() == {"M03"}


def test_complete_upload_cannot_orphan_milestones(store: Store) -> None:
    _import(store, plan_file())
    rows = [small_plan()["Maßnahmen"][0], small_plan()["Maßnahmen"][3]]  # only M03
    errors = _errors(store, upload("m.xlsx", xlsx({"Maßnahmen": rows})), complete=True)
    assert (
        "Fehler: Maßnahmen: „M01“ kann nicht entfernt werden: Meilensteine verweist noch darauf (MS001, MS002)."
        in errors
    )


def test_rollback_creates_new_stand_equal_to_target(store: Store) -> None:
    _import(store, plan_file())
    _import(store, upload("m.xlsx", xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "entfallen"]]})))
    back = store.rollback(1, operator("Admin"))
    assert back.id == 3 and back.kind == "rollback" and back.note == "Zurückgesetzt auf Stand 1"
    assert _measure(store, "M01", 3)["status"] == "in Umsetzung"
    assert _measure(store, "M01", 2)["status"] == "entfallen"
    assert not store.diff(1, 3).sheets
    assert [s.id for s in store.stands()] == [1, 2, 3]


def test_new_row_must_bring_required_columns(store: Store) -> None:
    _import(store, plan_file())
    errors = _errors(store, upload("m.xlsx", xlsx({"Maßnahmen": [["Nr.", "Status"], ["M99", "in Planung"]]})))
    assert errors == [
        "Fehler: m.xlsx · Maßnahmen, Zeile 2: Neue Zeile „M99“: es fehlen Pflichtspalten "
        "(„Maßnahme“, „LZ-Nr.“, „Federführung“), die eine neue Zeile braucht."
    ]


def test_required_value_left_blank(store: Store) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[2][1] = None
    errors = _errors(store, plan_file(Massnahmen=rows))
    assert errors == ["Fehler: Masterplan.xlsx · Maßnahmen, Zeile 3, Spalte „Maßnahme“: Pflichtfeld ist leer."]


def test_unknown_stakeholder_gets_suggestion(store: Store) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[2][4] = "IHK Essen"
    errors = _errors(store, plan_file(Massnahmen=rows))
    assert errors == [
        "Fehler: Masterplan.xlsx · Maßnahmen, Zeile 3, Spalte „Federführung“: „IHK Essen“ ist kein "
        "bekannter Stakeholder — meinten Sie „IHK zu Essen“?"
    ]


def test_stakeholder_labels_count_by_their_st_nr(store: Store) -> None:
    """"ST02 – IHK zu Essen" is what the template offers; a stale name or a typed hyphen changes nothing."""
    plan = small_plan()
    plan["Maßnahmen"][1][4] = "ST02 – IHK zu Essen"
    plan["Maßnahmen"][2][4] = "ST03 - früher Fraunhofer"
    plan["Beteiligungen"][1][1] = "ST02 — IHK"
    _import(store, plan_file(Massnahmen=plan["Maßnahmen"], Beteiligungen=plan["Beteiligungen"]))
    assert [_measure(store, n)["federfuehrung"] for n in ("M01", "M02", "M03")] == ["ST02", "ST03", "ST03"]
    involved = store.plan(store.latest().id)["Beteiligungen"]
    assert sorted(zip(involved["nr"], involved["st_nr"], strict=True)) == [("M01", "ST02"), ("M02", "ST03")]


def test_stakeholder_label_with_an_unknown_st_nr_is_an_error_naming_the_institution(store: Store) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[2][4] = "ST09 – OWT"
    errors = _errors(store, plan_file(Massnahmen=rows))
    assert errors == [
        "Fehler: Masterplan.xlsx · Maßnahmen, Zeile 3, Spalte „Federführung“: „ST09 – OWT“ ist kein "
        "bekannter Stakeholder — meinten Sie „ST01“?"
    ]


def test_reference_checked_against_stored_stand(store: Store) -> None:
    _import(store, plan_file())
    ok = xlsx(
        {
            "Meilensteine": [
                HEADERS["Meilensteine"],
                ["MS003", "M03", "Start", datetime.datetime(2027, 1, 1), None, "offen"],
            ]
        }
    )
    _import(store, upload("ms.xlsx", ok))
    bad = xlsx(
        {
            "Meilensteine": [
                HEADERS["Meilensteine"],
                ["MS004", "M77", "Start", datetime.datetime(2027, 1, 1), None, "offen"],
            ]
        }
    )
    (error,) = _errors(store, upload("ms.xlsx", bad))
    assert error.startswith("Fehler: ms.xlsx · Meilensteine, Zeile 2, Spalte „Nr.“: „M77“ ist keine bekannte Maßnahme")


def test_end_before_start_checked_on_merged_row(store: Store) -> None:
    _import(store, plan_file())
    update = xlsx({"Maßnahmen": [["Nr.", "Ende"], ["M01", datetime.datetime(2022, 12, 31)]]})
    errors = _errors(store, upload("m.xlsx", update))
    assert errors == [
        "Fehler: m.xlsx · Maßnahmen, Zeile 2, Spalte „Ende“: Ende 31.12.2022 liegt vor Beginn 01.01.2023."
    ]


def test_duplicate_keys_in_upload(store: Store) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[3][0] = "M01"
    errors = _errors(store, plan_file(Massnahmen=rows))
    assert errors == [
        "Fehler: Masterplan.xlsx · Maßnahmen, Zeile 4, Spalte „Nr.“: Doppelte Maßnahmen-Nr. „M01“ (Zeilen 2 und 4)."
    ]


def test_lead_in_beteiligungen_must_agree(store: Store) -> None:
    rows = small_plan()["Beteiligungen"] + [["M01", "ST03", "federführend"]]
    errors = _errors(store, plan_file(Beteiligungen=rows))
    assert errors == [
        "Fehler: Masterplan.xlsx · Beteiligungen, Zeile 4, Spalte „Rolle“: Federführend laut "
        "Beteiligungen ist „ST03“, laut Maßnahmen aber „ST01“. Bitte angleichen."
    ]


def test_only_one_lead_per_measure(store: Store) -> None:
    rows = small_plan()["Beteiligungen"] + [["M01", "ST01", "Lead"], ["M01", "ST03", "federführend"]]
    errors = _errors(store, plan_file(Beteiligungen=rows))
    assert errors == [
        "Fehler: Masterplan.xlsx · Beteiligungen, Zeile 4, Spalte „Rolle“: M01 hat mehrere "
        "federführende Beteiligte: ST01, ST03. Erlaubt ist genau eine Federführung."
    ]


def test_csv_update_by_file_name(store: Store) -> None:
    _import(store, plan_file())
    content = csv_bytes([["Nr.", "Umsetzungsstand"], ["M03", "12,5"]], encoding="cp1252")
    _import(store, upload("Massnahmen_Update_Nov2026.csv", content))
    assert _measure(store, "M03")["umsetzungsstand"] == 12.5


def test_several_files_make_one_stand(store: Store) -> None:
    sheets = small_plan()
    first = upload("ziele.xlsx", xlsx({k: sheets[k] for k in ("Leitziele", "Stakeholder", "Fokusprojekte")}))
    second = upload(
        "rest.xlsx", xlsx({k: v for k, v in sheets.items() if k not in ("Leitziele", "Stakeholder", "Fokusprojekte")})
    )
    stand = _import(store, first, second)
    assert stand.files == ("ziele.xlsx", "rest.xlsx")
    assert stand.counts["Leitziele"] == 2 and stand.counts["Maßnahmen"] == 3


def test_first_real_upload_does_not_merge_into_example(store: Store) -> None:
    example = importer.ensure_example(store)
    assert example is not None and example.is_example and example.counts["Maßnahmen"] == 42
    assert importer.ensure_example(store) is None
    prepared = importer.prepare(store, [plan_file()])
    assert prepared.example_base
    stand = importer.commit(store, prepared, user=operator("Test"))
    assert not stand.is_example
    assert stand.counts["Maßnahmen"] == 3 and stand.counts["Leitziele"] == 2
    assert store.stand(1).counts["Maßnahmen"] == 42


def test_partial_first_upload_on_example_data_fails_on_its_own(store: Store) -> None:
    importer.ensure_example(store)
    prepared = importer.prepare(store, [department_update()])
    assert prepared.example_base and not prepared.adopted_example
    errors = [f.message for f in prepared.findings if f.is_error]
    assert len(errors) == 8
    assert errors[0].startswith("„LZ1“ ist kein bekanntes Leitziel")
    assert "„ST02“ ist kein bekannter Stakeholder" in errors[2]


def test_adopted_example_data_is_the_base_and_the_stand_says_so(store: Store) -> None:
    importer.ensure_example(store)
    prepared = importer.prepare(store, [department_update()], adopt_example=True)
    assert prepared.adopted_example and not prepared.example_base and not prepared.has_errors
    change = prepared.changeset.sheets["Maßnahmen"]
    assert (len(change.added), len(change.changed), len(change.removed)) == (0, 3, 0)
    stand = importer.commit(store, prepared, user=operator("Test"))
    assert (stand.kind, stand.is_example) == ("adopted", False)
    assert stand.counts["Maßnahmen"] == 42 and stand.counts["Leitziele"] == 7  # the example rows are kept
    assert stand_kind(stand) == "Import auf Beispieldaten"
    assert stand_label(stand).endswith(" · auf Beispieldaten")
    changed = sorted(change.changed)
    assert {_measure(store, nr)["status"] for nr in changed} == {"in Umsetzung"}
    assert store.stand(1).is_example and store.stand(1).counts["Maßnahmen"] == 42
    later = importer.prepare(store, [department_update()], adopt_example=True)  # real data now: nothing to adopt
    assert not later.adopted_example and not later.example_base and later.changes_nothing


def test_adopting_is_a_choice_of_its_own_upload(store: Store) -> None:
    importer.ensure_example(store)
    files = [department_update()]
    assert importer.upload_token(files, None, False) != importer.upload_token(files, None, False, adopt_example=True)


def test_stale_base_is_refused(store: Store) -> None:
    _import(store, plan_file())
    first = importer.prepare(store, [upload("a.xlsx", xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "entfallen"]]}))])
    _import(store, upload("b.xlsx", xlsx({"Maßnahmen": [["Nr.", "Status"], ["M02", "entfallen"]]})))
    with pytest.raises(StaleBase, match="Inzwischen wurde ein neuerer Stand"):
        importer.commit(store, first, user=operator("Test"))
    assert [s.id for s in store.stands()] == [1, 2]


def test_failure_mid_insert_stores_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(store, plan_file())
    prepared = importer.prepare(
        store, [upload("m.xlsx", xlsx({"Maßnahmen": [["Nr.", "Status"], ["M01", "entfallen"]]}))]
    )
    original = Store._versions

    def twice(sheets, stand_id):
        rows = list(original(sheets, stand_id))
        return rows + rows

    monkeypatch.setattr(Store, "_versions", staticmethod(twice))
    with pytest.raises(StoreError, match="Der Import ist fehlgeschlagen, es wurden keine Daten geändert"):
        importer.commit(store, prepared, user=operator("Test"))
    assert [s.id for s in store.stands()] == [1]
    assert _measure(store, "M01")["status"] == "in Umsetzung"


def test_plausibility_warnings_point_at_the_upload_and_do_not_block(store: Store, monkeypatch) -> None:
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-12-02")
    _import(store, plan_file())
    update = xlsx({
        "Maßnahmen": [["Nr.", "Status", "Umsetzungsstand"], ["M01", "abgeschlossen", 80]],
        "Meilensteine": [["MS-Nr.", "Nr.", "Meilenstein", "Fällig am"],
                         ["MS003", "M01", "Abnahme", datetime.datetime(2027, 3, 31)]],
    })
    prepared = importer.prepare(store, [upload("m.xlsx", update)])
    assert not prepared.has_errors
    assert [f.line() for f in prepared.findings] == [
        "Warnung: m.xlsx · Maßnahmen, Zeile 2, Spalte „Status“: M01 „Beispiel: Digitale Bauakte“: Status "
        "„abgeschlossen“, aber 2 Meilensteine sind noch offen: MS002 „Pilotbetrieb“, MS003 „Abnahme“. Stimmig wäre, "
        "sie als „erreicht“ oder „entfallen“ zu melden – oder den Status zu ändern.",
        "Warnung: m.xlsx · Maßnahmen, Zeile 2, Spalte „Umsetzungsstand“: M01 „Beispiel: Digitale Bauakte“: Status "
        "„abgeschlossen“, aber Umsetzungsstand 80\u00a0%. Stimmig wäre 100 %.",
        "Warnung: m.xlsx · Meilensteine, Zeile 2, Spalte „Fällig am“: M01 „Beispiel: Digitale Bauakte“: Meilenstein "
        "MS003 „Abnahme“ ist am 31.03.2027 fällig, nach dem Ende der Maßnahme am 31.12.2026. Stimmig wäre ein "
        "Fälligkeitsdatum bis 31.12.2026 – oder ein späteres Ende.",
    ]
    stand = importer.commit(store, prepared, user=operator("Test"))
    assert stand.id == store.latest().id
    assert _measure(store, "M01")["status"] == "abgeschlossen"


def test_plausibility_waits_until_the_upload_has_no_errors(store: Store, monkeypatch) -> None:
    """On faulty rows contradictions are noise (and 200 000 of them cost seconds): one hint says they follow."""
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-12-02")
    _import(store, plan_file())
    update = xlsx({"Maßnahmen": [["Nr.", "Status", "Umsetzungsstand", "LZ-Nr."], ["M01", "abgeschlossen", 80, "LZ9"]]})
    prepared = importer.prepare(store, [upload("m.xlsx", update)])
    assert [(f.severity, f.message) for f in prepared.findings if not f.is_error] == [
        ("Hinweis", "Auf Widersprüche (Plausibilität) wird geprüft, sobald die Fehler behoben sind.")]
    assert prepared.has_errors


def test_plausibility_warnings_only_for_what_the_upload_touches(store: Store, monkeypatch) -> None:
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-12-02")
    _import(store, plan_file())  # M02 and M03 have no milestones: said on this import, not on the next
    update = xlsx({"Meilensteine": [["MS-Nr.", "Erreicht am"], ["MS002", datetime.datetime(2026, 12, 24)]]})
    prepared = importer.prepare(store, [upload("ms.xlsx", update)])
    assert [f.line() for f in prepared.findings] == [
        "Warnung: ms.xlsx · Meilensteine, Zeile 2, Spalte „Erreicht am“: M01 „Beispiel: Digitale Bauakte“: "
        "Meilenstein MS002 „Pilotbetrieb“: Erreicht am 24.12.2026 liegt in der Zukunft (heute ist der 02.12.2026). "
        "Stimmig wäre ein Datum bis heute – oder, wenn er noch nicht erreicht ist, ein leeres „Erreicht am“.",
        "Warnung: ms.xlsx · Meilensteine, Zeile 2, Spalte „Status“: M01 „Beispiel: Digitale Bauakte“: Meilenstein "
        "MS002 „Pilotbetrieb“ hat Status „offen“, aber Erreicht am 24.12.2026. Stimmig wäre Status „erreicht“ – "
        "oder ein leeres „Erreicht am“.",
    ]


def test_plausibility_warning_on_a_stored_row_names_the_sheet_and_the_measure(store: Store, monkeypatch) -> None:
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-12-02")
    _import(store, plan_file())
    update = xlsx({"Meilensteine": [HEADERS["Meilensteine"],
                                    ["MS003", "M02", "Nachlauf", datetime.datetime(2022, 6, 1), None, "offen"]]})
    prepared = importer.prepare(store, [upload("ms.xlsx", update)])
    assert [f.line() for f in prepared.findings] == [
        "Warnung: Maßnahmen, Spalte „Status“: M02 „Beispiel: Kampagne duale Ausbildung“: Status „abgeschlossen“, "
        "aber 1 Meilenstein ist noch offen: MS003 „Nachlauf“. Stimmig wäre, sie als „erreicht“ oder „entfallen“ zu "
        "melden – oder den Status zu ändern.",
    ]


ENSURE_EXAMPLE_AT = """
import sys, time
from masterplan.storage import importer
from masterplan.storage.store import Store
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
store = Store(sys.argv[1])
print("stored" if importer.ensure_example(store) else "found")
"""


@pytest.mark.slow
def test_instances_starting_at_once_on_an_empty_database_store_the_example_once(db_url: str) -> None:
    """Two dashboard processes on a new database, the same instant: tables made once, the example stored once."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    start = str(time.time() + 4)  # both processes imported everything by then
    processes = [subprocess.Popen([sys.executable, "-c", ENSURE_EXAMPLE_AT, db_url, start], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stdout.read().strip(), p.stderr.read()[-2000:]) for p in processes]
    store = Store(db_url)
    stands = [(s.id, s.kind, s.created_at) for s in store.stands()]
    store.close()
    assert [(i, kind) for i, kind, _ in stands] == [(1, "example")], (stands, results)
    assert sorted(out for _, out, _ in results) == ["found", "stored"], results


# --- Beschlüsse: the Lenkungskreis's decisions -------------------------------------------------------

def _decisions(*rows: list[object], headers: list[str] | None = None) -> UploadFile:
    return upload("Beschluesse.xlsx", xlsx({"Beschlüsse": [headers or HEADERS["Beschlüsse"], *rows]}))


def test_decisions_are_read_column_by_column(store: Store) -> None:
    """Zuständig by Kurzname, Name or the template's label; Bezug a Maßnahme or a Leitziel; Status by synonym,
    blank meaning offen; English headers and a spaced slash in the Bezug header are understood."""
    _import(store, plan_file())
    d = datetime.datetime
    headers = ["Decision ID", "Date", "Decision", "Maßnahme / Leitziel", "Responsible", "Deadline", "Status"]
    stand = _import(store, _decisions(
        ["B-2025-01", d(2025, 11, 19), "Pilotbetrieb vorziehen", "M01", "OWT", "31.03.2026", "done"],
        ["B-2025-02", "19.11.2025", "Ausbildung bilanzieren", "LZ2", "ST02 – IHK zu Essen", None, None],
        ["B-2025-03", "2025-11-19", "Reallabor prüfen", None, "Fraunhofer UMSICHT", d(2026, 6, 30), "abgelehnt"],
        headers=headers))
    assert stand.counts["Beschlüsse"] == 3
    rows = store.plan(stand.id)["Beschlüsse"].set_index("beschluss_nr")
    assert rows.loc["B-2025-01"].to_dict() == {
        "datum": pd.Timestamp(2025, 11, 19), "beschluss": "Pilotbetrieb vorziehen", "bezug": "M01",
        "zustaendig": "ST01", "frist": pd.Timestamp(2026, 3, 31), "status": "erledigt"}
    assert rows.loc["B-2025-02", ["bezug", "zustaendig", "status"]].tolist() == ["LZ2", "ST02", None]
    assert pd.isna(rows.loc["B-2025-02", "frist"])
    assert rows.loc["B-2025-03", ["bezug", "zustaendig", "status"]].tolist() == [None, "ST03", "verworfen"]
    update = _import(store, _decisions(["B-2025-02", "erledigt"], headers=["Nr.", "Status"]))
    kept = store.plan(update.id)["Beschlüsse"].set_index("beschluss_nr").loc["B-2025-02"]
    assert (kept["status"], kept["beschluss"], kept["zustaendig"]) == ("erledigt", "Ausbildung bilanzieren", "ST02")


def test_decision_findings_name_sheet_row_column_and_what_is_right(store: Store) -> None:
    _import(store, plan_file())
    d = datetime.datetime
    errors = _errors(store, _decisions(
        ["B-2025-01", None, "Pilotbetrieb vorziehen", "M01", "OWT", None, "offen"],
        ["B-2025-02", "morgen", None, "M77", "IHK Essen", None, "vertagt"],
        ["B-2025-03", d(2025, 11, 19), "Reallabor prüfen", "LZ1", None, d(2025, 1, 31), None],
        ["B-2025-03", d(2025, 11, 19), "doppelt", None, None, None, None],
    ))
    where = "Fehler: Beschluesse.xlsx · Beschlüsse, Zeile"
    assert errors == [  # the cells first, then the rows as they would be stored
        f"{where} 3, Spalte „Datum“: Ungültiges Datum „morgen“ (erwartet TT.MM.JJJJ).",
        f"{where} 3, Spalte „Status“: „vertagt“ ist kein erlaubter Wert. Erlaubt: „offen“, „erledigt“, „verworfen“.",
        f"{where} 2, Spalte „Datum“: Pflichtfeld ist leer.",
        f"{where} 3, Spalte „Beschluss“: Pflichtfeld ist leer.",
        f"{where} 3, Spalte „Maßnahme/Leitziel“: „M77“ ist keine bekannte Maßnahme und kein bekanntes Leitziel — "
        "bitte eine vorhandene Kennung eintragen oder die Zeile im Blatt Maßnahmen oder Leitziele ergänzen.",
        f"{where} 3, Spalte „Zuständig“: „IHK Essen“ ist kein bekannter Stakeholder — meinten Sie „IHK zu Essen“?",
        f"{where} 4, Spalte „Frist“: Frist 31.01.2025 liegt vor dem Datum des Beschlusses (19.11.2025); erwartet "
        "wird eine Frist ab dem 19.11.2025.",
        f"{where} 5, Spalte „Nr.“: Doppelte Beschluss-Nr. „B-2025-03“ (Zeilen 4 und 5).",
    ]


def test_decisions_keep_what_they_refer_to(store: Store) -> None:
    """A new decision needs Datum and Beschluss; a measure a decision refers to cannot be removed, and a new
    measure cannot take a Leitziel's number (Bezug could not tell them apart)."""
    _import(store, plan_file())
    _import(store, _decisions(["B-2025-01", "19.11.2025", "Reallabor prüfen", "M03", None, None, None]))
    assert _errors(store, _decisions(["B-2025-09", "offen"], headers=["Nr.", "Status"])) == [
        "Fehler: Beschluesse.xlsx · Beschlüsse, Zeile 2: Neue Zeile „B-2025-09“: es fehlen Pflichtspalten "
        "(„Datum“, „Beschluss“), die eine neue Zeile braucht."]
    rows = small_plan()["Maßnahmen"][:3]  # header, M01, M02: M03 would go
    errors = _errors(store, upload("m.xlsx", xlsx({"Maßnahmen": rows})), complete=True)
    assert "Fehler: Maßnahmen: „M03“ kann nicht entfernt werden: Beschlüsse verweist noch darauf (B-2025-01)." in errors
    measure = ["LZ1", "Beispiel: Doppelte Kennung", "LZ1", None, "ST01"]
    errors = _errors(store, upload("m.xlsx", xlsx({"Maßnahmen": [HEADERS["Maßnahmen"][:5], measure]})))
    assert errors == ["Fehler: m.xlsx · Maßnahmen, Zeile 2, Spalte „Nr.“: Die Kennung „LZ1“ ist schon ein Leitziel "
                      "und kann nicht zugleich eine Maßnahme sein."]
