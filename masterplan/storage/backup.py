"""Backups of the whole store — every Stand, its row versions and its original files — and their restore.

SQLite is copied with its own online backup, a consistent copy while the dashboard runs; the copy is itself a
SQLite database. PostgreSQL is written in a portable form: gzip'd JSON lines, a header line and one line per row
of each table, read in one repeatable-read transaction. restore() reads either form into an empty database of
either kind, so a laptop's SQLite can move to the city's PostgreSQL and back.
"""

from __future__ import annotations

import base64
import datetime
import gzip
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, create_engine, func, insert, inspect, select, text

from masterplan import texts
from masterplan.storage.layout import TABLES, stand_table
from masterplan.storage.store import Store, StoreError

FORMAT = "masterplan-backup"
VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 2_000  # rows per insert on restore


@dataclass(frozen=True)
class Summary:
    """What a backup holds: rows per table."""

    stands: int
    versions: int
    files: int

    def line(self) -> str:
        return texts.cli.BACKUP_SUMMARY.format(stands=self.stands, versions=self.versions, files=self.files)


def backup(store: Store, out: Path) -> Summary:
    """Write the store to ``out``: a SQLite database from SQLite, the portable archive from anything else."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")  # a crash never leaves a half backup under the real name
    counts = {table.name: 0 for table in TABLES}
    if store.engine.dialect.name == "sqlite":
        source = sqlite3.connect(store.engine.url.database)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            for table in TABLES:  # counted in the copy: the source may have moved on meanwhile
                counts[table.name] = target.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
        finally:
            target.close()
            source.close()
    else:
        with store.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, \
                gzip.open(partial, "wt", encoding="utf-8") as archive:
            archive.write(json.dumps({"format": FORMAT, "version": VERSION}) + "\n")
            for table in TABLES:
                for row in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings():
                    archive.write(json.dumps({"table": table.name, "row": _portable(dict(row))}) + "\n")
                    counts[table.name] += 1
    partial.replace(out)
    return Summary(counts["stand"], counts["row_version"], counts["stand_file"])


def restore(store: Store, source: Path) -> Summary:
    """Read a backup into ``store``, which must hold no Stand yet; one transaction, nothing written on error."""
    with store.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(stand_table)).scalar():
            raise StoreError(texts.storage.RESTORE_NOT_EMPTY)
    by_table: dict[str, list[dict]] = {table.name: [] for table in TABLES}
    for table, row in _records(source):
        by_table[table].append(row)
    with store.engine.begin() as conn:
        for table in TABLES:
            rows = by_table[table.name]
            for start in range(0, len(rows), CHUNK):
                conn.execute(insert(table), rows[start:start + CHUNK])
        _advance_sequences(conn)
    return Summary(len(by_table["stand"]), len(by_table["row_version"]), len(by_table["stand_file"]))


def _records(source: Path) -> Iterator[tuple[str, dict]]:
    """(table name, row with Python values) of a backup in either form, parents first."""
    try:
        with source.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(texts.storage.BACKUP_UNREADABLE.format(path=source, reason=error.strerror)) from error
    if head == SQLITE_MAGIC:
        engine = create_engine(f"sqlite:///{source}")
        try:
            with engine.connect() as conn:
                present = set(inspect(conn).get_table_names())  # a backup from before the rounds has no round tables
                for table in (t for t in TABLES if t.name in present):
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings():
                        yield table.name, dict(row)
        finally:
            engine.dispose()
    elif head.startswith(GZIP_MAGIC):
        yield from _archive_records(source)
    else:
        raise StoreError(texts.storage.BACKUP_UNKNOWN.format(path=source))


def _archive_records(source: Path) -> Iterator[tuple[str, dict]]:
    columns = {table.name: table.c for table in TABLES}
    try:
        with gzip.open(source, "rt", encoding="utf-8") as archive:
            header = json.loads(archive.readline())
            if header.get("format") != FORMAT or header.get("version") != VERSION:
                raise StoreError(texts.storage.BACKUP_UNKNOWN.format(path=source))
            for line in archive:
                record = json.loads(line)
                yield record["table"], _python(record["row"], columns[record["table"]])
    except (OSError, EOFError, ValueError, KeyError) as error:
        raise StoreError(texts.storage.BACKUP_UNREADABLE.format(path=source, reason=error)) from error


def _portable(row: dict) -> dict:
    """JSON values: times as ISO 8601 with offset, days as ISO dates, file contents as base64."""
    return {k: v.isoformat() if isinstance(v, datetime.date)
            else base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v for k, v in row.items()}


def _python(row: dict, columns) -> dict:
    result = {}
    for name, value in row.items():
        kind = columns[name].type.python_type
        if value is not None and kind is datetime.datetime:
            value = datetime.datetime.fromisoformat(value)
        elif value is not None and kind is datetime.date:
            value = datetime.date.fromisoformat(value)
        elif value is not None and kind is bytes:
            value = base64.b64decode(value)
        result[name] = value
    return result


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL numbers stored files from a sequence, which must continue after the restored ids."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT setval(pg_get_serial_sequence('stand_file', 'id'), "
                          "COALESCE((SELECT max(id) FROM stand_file), 0) + 1, false)"))
