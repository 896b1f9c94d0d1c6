"""python -m masterplan backup / restore: a store with several Stände (an import, an editor's update, a rollback) and
a closed Berichtsrunde with a confirmation and a reminder is backed up from SQLite and from PostgreSQL, restored into
fresh databases of both kinds, and every Stand's export, its history entry, its original files and the round are the
same as before."""

from __future__ import annotations

import datetime
import gzip
from pathlib import Path

import pytest
from openpyxl import load_workbook

from masterplan import clock, texts
from masterplan.access import operator
from masterplan.cli import main
from masterplan.exports.workbook import write_workbook
from masterplan.rounds import records
from masterplan.storage import backup, importer
from masterplan.storage.store import Store, StoreError
from tests.workbooks import csv_bytes, upload

ADMIN = operator("Geschäftsstelle")


def _filled(url: str) -> Store:
    store = Store(url)
    importer.ensure_example(store)
    rows = [["Nr.", "Status", "Sachstand"], ["M01", "zurückgestellt", "Vergabe neu – „Bauakte“ ⚠"]]
    importer.commit(store, importer.prepare(store, [upload("Maßnahmen.csv", csv_bytes(rows))], adopt_example=True),
                    user=ADMIN, note="Zulieferung")
    store.rollback(1, ADMIN)
    records.open_round(store, deadline=clock.today() + datetime.timedelta(days=7), note="Winter", user=ADMIN)
    records.confirm(store, "ST02", ADMIN)
    records.record_reminder(store, 1, "ST04", "digital@example.org", clock.today())
    records.close_round(store, ADMIN)
    return store


def _export(store: Store, stand_id: int) -> dict[str, list[tuple]]:
    """Every cell of the Stand's exported workbook."""
    import io
    book = load_workbook(io.BytesIO(write_workbook(store.plan(stand_id))), read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def _same(original: Store, restored: Store) -> None:
    assert [(s.id, s.created_at, s.created_by, s.note, s.kind, s.is_example, s.counts, s.files)
            for s in restored.stands()] == [(s.id, s.created_at, s.created_by, s.note, s.kind, s.is_example, s.counts,
                                             s.files) for s in original.stands()]
    assert records.rounds(restored) == records.rounds(original) and records.rounds(original)[0].result_stand_id == 3
    assert records.confirmations(restored, 1) == records.confirmations(original, 1)
    assert records.reminded(restored, 1) == records.reminded(original, 1) == {"ST04": clock.today()}
    for stand in original.stands():
        assert _export(restored, stand.id) == _export(original, stand.id), f"Stand {stand.id}"
        assert [(f.file_name, f.sha256, restored.file_content(f.id, ADMIN)) for f in restored.files(stand.id)] == [
            (f.file_name, f.sha256, original.file_content(f.id, ADMIN)) for f in original.files(stand.id)]


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_backup_restores_every_stand_with_its_files(db_url: str, target: str, tmp_path: Path,
                                                    postgres_schema_factory) -> None:
    original = _filled(db_url)
    out = tmp_path / "sicherung.bak"
    summary = backup.backup(original, out)
    assert (summary.stands, summary.files) == (3, 2)
    sqlite = db_url.startswith("sqlite")
    assert out.read_bytes().startswith(backup.SQLITE_MAGIC if sqlite else backup.GZIP_MAGIC)
    url = f"sqlite:///{tmp_path / 'neu.db'}" if target == "sqlite" else postgres_schema_factory()
    restored = Store(url)
    assert backup.restore(restored, out) == summary
    _same(original, restored)
    # the restored store goes on: the next upload is Stand 4 and stores its file
    rows = [["Nr.", "Status"], ["M02", "zurückgestellt"]]
    stand = importer.commit(restored, importer.prepare(restored, [upload("Maßnahmen.csv", csv_bytes(rows))],
                                                       adopt_example=True),
                            user=ADMIN)
    assert stand.id == 4 and restored.files(4)[0].file_name == "Maßnahmen.csv"
    original.close()
    restored.close()


def test_restore_refuses_a_database_with_stands_and_a_foreign_file(sqlite_store: Store, tmp_path: Path) -> None:
    importer.ensure_example(sqlite_store)
    out = tmp_path / "sicherung.db"
    backup.backup(sqlite_store, out)
    with pytest.raises(StoreError, match="enthält schon Stände"):
        backup.restore(sqlite_store, out)
    empty = Store(f"sqlite:///{tmp_path / 'leer.db'}")
    stranger = tmp_path / "notiz.txt"
    stranger.write_text("keine Sicherung", encoding="utf-8")
    with pytest.raises(StoreError, match="ist keine Sicherung des Masterplan-Monitors"):
        backup.restore(empty, stranger)
    broken = tmp_path / "kaputt.bak"
    broken.write_bytes(gzip.compress(b'{"format": "masterplan-backup", "version": 1}\n{"table": "stand", "ro'))
    with pytest.raises(StoreError, match="ist nicht lesbar"):
        backup.restore(empty, broken)
    assert empty.stands() == []  # nothing half written
    empty.close()


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = f"sqlite:///{tmp_path / 'quelle.db'}"
    _filled(source).close()
    out = tmp_path / "sicherung.db"
    assert main(["backup", str(out), "--db", source]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Gesichert nach {out}: 3 Stände, ") and said.endswith("2 Originaldateien.\n")
    target = f"sqlite:///{tmp_path / 'ziel.db'}"
    assert main(["restore", str(out), "--db", target]) == 0
    assert capsys.readouterr().out.startswith(f"Wiederhergestellt aus {out}: 3 Stände, ")
    assert main(["restore", str(out), "--db", target]) == 2
    assert capsys.readouterr().err == f"Fehler: {texts.storage.RESTORE_NOT_EMPTY}\n"
