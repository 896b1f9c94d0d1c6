"""masterplan.access and where it is enforced: roles from the secrets, the rows a Bearbeiter may change (refused
row by row, with sheet, row, key and whose measure it is), commit, rollback and original files refusing whoever
may not — whoever prepared the upload. The plan is the example workbook stored as real data: M01 and M03 belong
to ST04 (Digitalisierungsdezernat), M02 to ST02 (Strategische Planung)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from masterplan import texts
from masterplan.access import LOCAL, NotPermitted, Role, Roles, User, operator
from masterplan.storage import importer
from masterplan.storage.stands import stands_frame
from masterplan.storage.store import Store
from tests.workbooks import csv_bytes, upload

ROLES = Roles.from_config({"admins": ["Geschaeftsstelle@Oberhausen.de"],
                           "editors": {"digital@oberhausen.de": ["ST04"], "planung@oberhausen.de": ["ST02", "ST13"]}})
DIGITAL = ROLES.user("digital@oberhausen.de", "Dana Digital")
VIEWER = ROLES.user("lenkungskreis@oberhausen.de", "Lena Lenk")
ADMIN = ROLES.user("geschaeftsstelle@oberhausen.de", "Gerd Geschäft")


@pytest.fixture
def plan_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'access.db'}")
    example = importer.prepare(store, importer.load_files([str(importer.EXAMPLE_WORKBOOK)]))
    importer.commit(store, example, user=operator("Geschäftsstelle"))
    yield store
    store.close()


def _csv(name: str, rows: list[list[object]]):
    return [upload(name, csv_bytes(rows))]


def _errors(prepared: importer.Prepared) -> list[tuple[str, int | None, str, str]]:
    return [(f.sheet, f.row, f.value, f.message) for f in prepared.findings if f.is_error]


def test_roles_come_from_the_secrets_without_case() -> None:
    assert ADMIN.role == Role.ADMIN
    assert DIGITAL.role == Role.EDITOR and DIGITAL.federfuehrungen == {"ST04"}
    assert ROLES.user("PLANUNG@oberhausen.de").federfuehrungen == {"ST02", "ST13"}
    assert VIEWER.role == Role.VIEWER and not VIEWER.may_upload and not VIEWER.may_read_originals
    assert DIGITAL.may_upload and DIGITAL.may_read_originals and not DIGITAL.may_administer
    assert Roles.from_config(None).user("x@y.de").role == Role.VIEWER
    assert LOCAL.may_administer and LOCAL.signature == "lokal"
    assert DIGITAL.signature == "Dana Digital <digital@oberhausen.de>"
    assert User("a@b.de", "", Role.VIEWER).signature == "a@b.de"


def test_an_editor_updates_the_own_measures(plan_store: Store) -> None:
    rows = [["Nr.", "Status", "Umsetzungsstand"], ["M01", "in Umsetzung", "60"], ["M03", "in Umsetzung", "10"]]
    prepared = importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=DIGITAL)
    assert _errors(prepared) == []
    stand = importer.commit(plan_store, prepared, user=DIGITAL)
    assert stand.created_by == "Dana Digital <digital@oberhausen.de>"
    audit = stands_frame(plan_store.stands()).iloc[0]  # the history of the Daten page, newest first
    assert (audit["von"], audit["Änderungen"]) == ("Dana Digital <digital@oberhausen.de>", "Maßnahmen: 2 geändert")
    assert plan_store.plan(stand.id)["Maßnahmen"].set_index("nr").loc["M03", "status"] == "in Umsetzung"


def test_an_editor_is_refused_row_by_row_on_other_measures(plan_store: Store) -> None:
    rows = [["Nr.", "Status"], ["M01", "in Umsetzung"], ["M02", "in Umsetzung"], ["M04", "zurückgestellt"]]
    prepared = importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=DIGITAL)
    assert _errors(prepared) == [
        ("Maßnahmen", 3, "M02", "Maßnahme M02 würde geändert, gehört aber zur Federführung ST02 (Strategische "
                                "Planung); Sie melden für ST04. Zeilen anderer Federführungen ändert nur die "
                                "Geschäftsstelle."),
        ("Maßnahmen", 4, "M04", "Maßnahme M04 würde geändert, gehört aber zur Federführung ST01 (Stadt Oberhausen); "
                                "Sie melden für ST04. Zeilen anderer Federführungen ändert nur die Geschäftsstelle."),
    ]
    assert next(f for f in prepared.findings if f.value == "M02").file == "Maßnahmen.csv"
    with pytest.raises(ValueError):  # the page never offers to store it; commit() would not either
        importer.commit(plan_store, prepared, user=DIGITAL)


def test_handing_an_own_measure_to_another_federfuehrung_is_refused(plan_store: Store) -> None:
    rows = [["Nr.", "Federführung"], ["M01", "ST02"]]
    prepared = importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=DIGITAL)
    [(_, _, key, message)] = _errors(prepared)
    assert key == "M01" and "Federführung ST02 (Strategische Planung)" in message


def test_milestones_and_involvements_belong_to_their_measure(plan_store: Store) -> None:
    milestones = [["MS-Nr.", "Nr.", "Meilenstein", "Fällig am"], ["MS900", "M01", "Abnahme", "01.03.2027"],
                  ["MS901", "M02", "Abnahme", "01.03.2027"]]
    prepared = importer.prepare(plan_store, _csv("Meilensteine.csv", milestones), user=DIGITAL)
    [(sheet, row, key, message)] = _errors(prepared)
    assert (sheet, row, key) == ("Meilensteine", 3, "MS901")
    assert message.startswith("Meilenstein MS901 der Maßnahme M02 würde neu aufgenommen, gehört aber zur "
                              "Federführung ST02 (Strategische Planung)")
    involvements = [["Nr.", "ST-Nr.", "Rolle"], ["M02", "ST04", "beteiligt"]]
    prepared = importer.prepare(plan_store, _csv("Beteiligungen.csv", involvements), user=DIGITAL)
    assert [m for *_, m in _errors(prepared)] == [
        "Die Beteiligung von ST04 an Maßnahme M02 würde neu aufgenommen, gehört aber zur Federführung ST02 "
        "(Strategische Planung); Sie melden für ST04. Zeilen anderer Federführungen ändert nur die Geschäftsstelle."]


def test_reference_sheets_are_for_admins(plan_store: Store) -> None:
    rows = [["LZ-Nr.", "Leitziel"], ["LZ1", "Oberhausen ist wirtschaftsfreundlich und schnell"]]
    prepared = importer.prepare(plan_store, _csv("Leitziele.csv", rows), user=DIGITAL)
    assert [(s, k, m) for s, _, k, m in _errors(prepared)] == [
        ("Leitziele", "LZ1", "„LZ1“ würde geändert: Das Blatt „Leitziele“ ändert nur die Geschäftsstelle.")]
    assert _errors(importer.prepare(plan_store, _csv("Leitziele.csv", rows), user=ADMIN)) == []


def test_decisions_are_for_admins_even_on_an_own_measure(plan_store: Store) -> None:
    """Beschlüsse are the Lenkungskreis's: the Geschäftsstelle records them, not the Federführung they concern."""
    rows = [["Nr.", "Datum", "Beschluss", "Maßnahme/Leitziel", "Zuständig"],
            ["B-2026-09", "26.11.2026", "Beispiel: Echtbetrieb der Bauakte vorziehen", "M01", "ST04"]]
    prepared = importer.prepare(plan_store, _csv("Beschluesse.csv", rows), user=DIGITAL)
    assert [(s, k, m) for s, _, k, m in _errors(prepared)] == [
        ("Beschlüsse", "B-2026-09",
         "„B-2026-09“ würde neu aufgenommen: Das Blatt „Beschlüsse“ ändert nur die Geschäftsstelle.")]
    checked = importer.prepare(plan_store, _csv("Beschluesse.csv", rows), user=ADMIN)
    assert _errors(checked) == []
    with pytest.raises(NotPermitted, match="Das Blatt „Beschlüsse“ ändert nur die Geschäftsstelle"):
        importer.commit(plan_store, checked, user=DIGITAL)
    assert importer.commit(plan_store, checked, user=ADMIN).counts["Beschlüsse"] >= 1


def test_a_viewer_may_not_upload_at_all(plan_store: Store) -> None:
    rows = [["Nr.", "Status"], ["M01", "zurückgestellt"]]
    prepared = importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=VIEWER)
    assert [m for *_, m in _errors(prepared)] == [texts.access.VIEWER_UPLOAD]


def test_commit_decides_for_whoever_stores_not_for_whoever_prepared(plan_store: Store) -> None:
    """A preview the Geschäftsstelle checked, replayed by an editor (a kept token, a crafted session): refused,
    nothing stored."""
    rows = [["Nr.", "Status"], ["M02", "zurückgestellt"], ["M04", "zurückgestellt"]]
    prepared = importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=ADMIN)
    assert _errors(prepared) == []
    before = [s.id for s in plan_store.stands()]
    with pytest.raises(NotPermitted, match=r"^Nicht gespeichert: 2 Zeilen dieses Uploads dürfen Sie nicht ändern. "
                                           r"Die erste: .*Maßnahme M02 würde geändert"):
        importer.commit(plan_store, prepared, user=DIGITAL)
    with pytest.raises(NotPermitted):
        importer.commit(plan_store, prepared, user=VIEWER)
    assert [s.id for s in plan_store.stands()] == before
    stored = importer.commit(plan_store, prepared, user=ADMIN)
    assert stored.created_by == "Gerd Geschäft <geschaeftsstelle@oberhausen.de>"


def test_rollback_is_for_admins_and_originals_for_editors(plan_store: Store) -> None:
    rows = [["Nr.", "Status"], ["M01", "zurückgestellt"]]
    importer.commit(plan_store, importer.prepare(plan_store, _csv("Maßnahmen.csv", rows), user=DIGITAL), user=DIGITAL)
    with pytest.raises(NotPermitted, match=texts.access.NOT_PERMITTED_ROLLBACK):
        plan_store.rollback(1, DIGITAL)
    assert [s.id for s in plan_store.stands()] == [1, 2]
    stored = plan_store.files(2)[0]
    with pytest.raises(NotPermitted, match=texts.access.NOT_PERMITTED_FILES):
        plan_store.file_content(stored.id, VIEWER)
    assert plan_store.file_content(stored.id, DIGITAL).startswith("\ufeffNr.".encode())
    assert plan_store.rollback(1, ADMIN).created_by == "Gerd Geschäft <geschaeftsstelle@oberhausen.de>"
