"""Stände in a relational database: append-only, one transaction per import.

Layout: ``row_version`` holds one row per (sheet, key, Stand) in which that row changed; its state
in Stand N is the latest version at or before N (NULL data = removed). An import therefore writes
only what changed, rollback writes only the difference, and no stored row is ever updated.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, and_, func, insert, select
from sqlalchemy.exc import DBAPIError, OperationalError

from loaders.merge import Changeset, SheetChange
from loaders.schema import SHEETS
from loaders.state import Row
from masterplan import texts
from masterplan.access import User, require
from masterplan.formatting import CITY_TIME
from masterplan.storage.db import database_url, make_engine
from masterplan.storage.layout import file_table, metadata, stand_table, version_table
from masterplan.tables import Plan

KEY_CHUNK = 500
RETRIES = 4
PG_LOCK_ID = 4_711_2020  # one advisory lock for the plan


class StoreError(Exception):
    """A storage problem the user can read: the message is German."""


class StaleBase(StoreError):
    """Another Stand was stored after the one an upload was checked against."""


@dataclass(frozen=True)
class StandInfo:
    """One Stand as listed: who stored what when, and how many rows each sheet holds."""

    id: int
    created_at: datetime.datetime
    created_by: str
    note: str
    kind: str
    is_example: bool
    counts: dict[str, int]
    changes: dict[str, list[int]]
    files: tuple[str, ...] = ()

    @property
    def day(self) -> datetime.date:
        """The day the Stand was stored, in Oberhausen time (stored times are UTC)."""
        created = self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.UTC)
        return created.astimezone(CITY_TIME).date()


@dataclass(frozen=True)
class UploadFile:
    """An original file as the user sent it; kept with its Stand."""

    name: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class StoredFile:
    id: int
    stand_id: int
    file_name: str
    sha256: str
    size: int


class Version(NamedTuple):
    """One row of row_version, in its column order (what executemany sends)."""

    sheet: str
    key: str
    stand_id: int
    data: str | None


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once: an import dumps 10⁵ rows


def _dump(row: Row) -> str:
    return _ENCODER.encode(row)


class Store:
    """The one data-access layer: everything that reads or writes Stände goes through here."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = make_engine(self.url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._guard(self._create_tables)

    def _create_tables(self) -> None:
        """Once per database, also when several instances start at once on a new one: in one writer transaction
        (SQLite's BEGIN IMMEDIATE waits for the lock a deferred one would fail on, and a lock SQLite refuses at
        once under load is retried; PostgreSQL takes the advisory lock, else two CREATE TABLE collide)."""
        self._serialised(metadata.create_all)

    def close(self) -> None:
        self.engine.dispose()

    # --- reading -------------------------------------------------------------------------------
    def stands(self) -> list[StandInfo]:
        """All Stände, oldest first."""
        with self._read() as conn:
            files: dict[int, list[str]] = {}
            for stand_id, name in conn.execute(
                select(file_table.c.stand_id, file_table.c.file_name).order_by(file_table.c.id)
            ):
                files.setdefault(stand_id, []).append(name)
            rows = conn.execute(select(stand_table).order_by(stand_table.c.id)).mappings().all()
        return [_info(r, files.get(r["id"], [])) for r in rows]

    def stand(self, stand_id: int) -> StandInfo:
        for info in self.stands():
            if info.id == stand_id:
                return info
        raise StoreError(texts.storage.UNKNOWN_STAND.format(stand=stand_id, available=self._available()))

    def latest(self) -> StandInfo | None:
        stands = self.stands()
        return stands[-1] if stands else None

    def _available(self) -> str:
        ids = [str(s.id) for s in self.stands()]
        return ", ".join(ids) if ids else "keiner"

    def state(self, stand_id: int | None) -> StandState:
        """The rows of a Stand, read on demand (an empty state when ``stand_id`` is None)."""
        return StandState(self, stand_id)

    def plan(self, stand_id: int) -> Plan:
        """A whole Stand as DataFrames."""
        state = self.state(stand_id)
        return Plan.from_records({s.name: list(state.all_rows(s.name).values()) for s in SHEETS})

    def files(self, stand_id: int) -> list[StoredFile]:
        with self._read() as conn:
            rows = conn.execute(
                select(
                    file_table.c.id,
                    file_table.c.stand_id,
                    file_table.c.file_name,
                    file_table.c.sha256,
                    file_table.c.size,
                )
                .where(file_table.c.stand_id == stand_id)
                .order_by(file_table.c.id)
            ).all()
        return [StoredFile(*r) for r in rows]

    def file_content(self, file_id: int, user: User) -> bytes:
        """An uploaded file as it came, for editors and admins only."""
        require(user.may_read_originals, texts.access.NOT_PERMITTED_FILES)
        with self._read() as conn:
            return conn.execute(select(file_table.c.content).where(file_table.c.id == file_id)).scalar_one()

    def _rows_at(self, conn: Connection, sheet: str, stand_id: int, keys: list[str] | None) -> dict[str, Row]:
        """Latest version of each row at ``stand_id``; removed rows left out."""
        v = version_table.c
        if keys is not None and not keys:
            return {}
        latest = select(v.key, func.max(v.stand_id).label("sid")).where(v.sheet == sheet, v.stand_id <= stand_id)
        if keys is None:
            return self._fetch(conn, sheet, latest)
        result: dict[str, Row] = {}
        for start in range(0, len(keys), KEY_CHUNK):
            result.update(self._fetch(conn, sheet, latest.where(v.key.in_(keys[start : start + KEY_CHUNK]))))
        return result

    def _fetch(self, conn: Connection, sheet: str, latest) -> dict[str, Row]:
        v = version_table.c
        newest = latest.group_by(v.key).subquery()
        query = (
            select(v.key, v.data)
            .join(newest, and_(v.key == newest.c.key, v.stand_id == newest.c.sid))
            .where(v.sheet == sheet, v.data.is_not(None))
        )
        return {key: json.loads(data) for key, data in conn.execute(query)}

    def _keys_at(self, conn: Connection, sheet: str, stand_id: int) -> set[str]:
        v = version_table.c
        newest = (
            select(v.key, func.max(v.stand_id).label("sid"))
            .where(v.sheet == sheet, v.stand_id <= stand_id)
            .group_by(v.key)
            .subquery()
        )
        query = (
            select(v.key)
            .join(newest, and_(v.key == newest.c.key, v.stand_id == newest.c.sid))
            .where(v.sheet == sheet, v.data.is_not(None))
        )
        return set(conn.execute(query).scalars())

    def stands_touching(self, sheet: str, key: str) -> list[int]:
        """The Stände in which one row was added, changed or removed (the primary key serves this)."""
        v = version_table.c
        with self._read() as conn:
            return list(conn.execute(select(v.stand_id).where(v.sheet == sheet, v.key == key)
                                     .order_by(v.stand_id)).scalars())

    def touched_keys(self, sheet: str, after: int, upto: int) -> set[str]:
        """Keys of ``sheet`` that changed in a Stand after ``after`` up to ``upto``."""
        v = version_table.c
        with self._read() as conn:
            return set(
                conn.execute(
                    select(v.key).where(v.sheet == sheet, v.stand_id > after, v.stand_id <= upto).distinct()
                ).scalars()
            )

    def last_changes(self, sheet: str, upto: int, skip: Iterable[int] = ()) -> dict[str, int]:
        """Key → the newest Stand up to ``upto``, leaving out ``skip``, in which that row of ``sheet`` changed."""
        v = version_table.c
        query = select(v.key, func.max(v.stand_id)).where(v.sheet == sheet, v.stand_id <= upto)
        skipped = list(skip)
        if skipped:
            query = query.where(v.stand_id.not_in(skipped))
        with self._read() as conn:
            return dict(conn.execute(query.group_by(v.key)).all())

    # --- writing -------------------------------------------------------------------------------
    def commit(
        self,
        changes: Changeset | dict[str, SheetChange],
        *,
        base_id: int | None,
        by: str,
        note: str,
        files: Iterable[UploadFile] = (),
        kind: str = "import",
        is_example: bool = False,
        clear_example: bool = False,
    ) -> StandInfo:
        """Store the changes as a new Stand in one transaction; refuse when the newest Stand is not ``base_id``.

        ``clear_example``: the base was example data, so every example row the changes do not set is removed.
        """
        sheets = changes.sheets if isinstance(changes, Changeset) else changes
        files = list(files)

        def write(conn: Connection) -> int:
            latest = conn.execute(select(func.max(stand_table.c.id))).scalar()
            if latest != base_id:
                raise StaleBase(texts.storage.STALE_BASE.format(latest=latest))
            new_id = (latest or 0) + 1
            rows = list(self._versions(sheets, new_id))
            if clear_example and latest is not None:
                rows += self._clear(conn, sheets, latest, new_id)
            counts = self._counts(conn, latest, rows)
            summary = {s: [len(c.added), len(c.changed), len(c.removed)] for s, c in sheets.items() if not c.is_empty}
            conn.execute(
                insert(stand_table).values(
                    id=new_id,
                    created_at=datetime.datetime.now(datetime.UTC),
                    created_by=by,
                    note=note,
                    kind=kind,
                    is_example=is_example,
                    counts=json.dumps(counts),
                    changes=json.dumps(summary, ensure_ascii=False),
                )
            )
            if files:
                conn.execute(
                    insert(file_table),
                    [
                        {
                            "stand_id": new_id,
                            "file_name": f.name,
                            "sha256": f.sha256,
                            "size": len(f.content),
                            "content": f.content,
                        }
                        for f in files
                    ],
                )
            self._insert_versions(conn, rows)
            return new_id

        return self.stand(self._write(write))

    def _insert_versions(self, conn: Connection, rows: list[Version]) -> None:
        """The bulk of an import: straight to the driver's executemany, skipping per-row SQLAlchemy processing."""
        if not rows:
            return
        marks = ", ".join(["%s"] * 4 if self.engine.dialect.paramstyle in ("format", "pyformat") else ["?"] * 4)
        conn.exec_driver_sql(f"INSERT INTO row_version (sheet, key, stand_id, data) VALUES ({marks})",
                             rows)

    @staticmethod
    def _versions(sheets: dict[str, SheetChange], stand_id: int) -> Iterator[Version]:
        for sheet, change in sheets.items():
            for key, row in change.new_rows().items():
                yield Version(sheet, key, stand_id, _dump(row))
            for key in change.removed:
                yield Version(sheet, key, stand_id, None)

    def _clear(self, conn: Connection, sheets: dict[str, SheetChange], latest: int, new_id: int) -> list[Version]:
        rows = []
        for sheet in SHEETS:
            change = sheets.get(sheet.name, SheetChange())
            kept = set(change.new_rows())
            for key in sorted(self._keys_at(conn, sheet.name, latest) - kept):
                rows.append(Version(sheet.name, key, new_id, None))
        return rows

    def _counts(self, conn: Connection, latest: int | None, rows: list[Version]) -> dict[str, int]:
        """Rows per sheet after this Stand: the previous counts plus what the new versions add or remove."""
        counts = (
            json.loads(conn.execute(select(stand_table.c.counts).where(stand_table.c.id == latest)).scalar() or "{}")
            if latest
            else {}
        )
        existing = {
            sheet: self._keys_at(conn, sheet, latest) if latest else set() for sheet in {r.sheet for r in rows}
        }
        for row in rows:
            delta = (row.data is not None) - (row.key in existing[row.sheet])
            counts[row.sheet] = counts.get(row.sheet, 0) + delta
        return {s.name: counts.get(s.name, 0) for s in SHEETS}

    def rollback(self, target: int, user: User, note: str = "") -> StandInfo:
        """A new Stand equal to ``target``, by ``user`` (an admin); the Stände in between stay in the history."""
        require(user.may_administer, texts.access.NOT_PERMITTED_ROLLBACK)
        target_info = self.stand(target)
        latest = self.latest()
        assert latest is not None
        diff = self.diff(latest.id, target)
        return self.commit(
            diff.sheets,
            base_id=latest.id,
            by=user.signature,
            note=note or texts.storage.ROLLBACK_NOTE.format(stand=target),
            kind="rollback",
            is_example=target_info.is_example,
        )

    def diff(self, old: int, new: int) -> StandDiff:
        """What changed from Stand ``old`` to Stand ``new`` (either order), read from the versions in between."""
        low, high = sorted((old, new))
        sheets: dict[str, SheetChange] = {}
        with self._read() as conn:
            for sheet in SHEETS:
                keys = sorted(self.touched_keys(sheet.name, low, high))
                before = self._rows_at(conn, sheet.name, old, keys)
                after = self._rows_at(conn, sheet.name, new, keys)
                change = SheetChange()
                for key in keys:
                    a, b = before.get(key), after.get(key)
                    if a is None and b is not None:
                        change.added[key] = b
                    elif a is not None and b is None:
                        change.removed[key] = a
                    elif a is not None and b is not None and a != b:
                        change.changed[key] = (a, b)
                if not change.is_empty:
                    sheets[sheet.name] = change
        return StandDiff(old, new, sheets)

    # --- transactions --------------------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except OperationalError as error:
            raise StoreError(texts.storage.DATABASE_UNREACHABLE.format(detail=_short(error))) from error

    def _write(self, work) -> int:
        """Run ``work`` in one serialised transaction (see _serialised); failures as German StoreErrors."""
        try:
            return self._serialised(work)
        except DBAPIError as error:
            text = (texts.storage.DATABASE_BUSY if _is_retryable(error)
                    else texts.storage.IMPORT_FAILED.format(detail=_short(error)))
            raise StoreError(text) from error

    def _serialised(self, work):
        """``work(conn)`` in one writer transaction (SQLite BEGIN IMMEDIATE, PostgreSQL the advisory lock), retried
        on lock timeouts, deadlocks and serialisation failures; the last error is raised as it came."""
        for attempt in range(RETRIES):
            try:
                with self.engine.connect().execution_options(writer=True) as conn, conn.begin():
                    if self.is_postgres:
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_ID})")
                    return work(conn)
            except DBAPIError as error:
                if not _is_retryable(error) or attempt == RETRIES - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def _guard(self, work) -> None:
        try:
            work()
        except OperationalError as error:
            raise StoreError(texts.storage.DATABASE_UNREACHABLE.format(detail=_short(error))) from error


class StandState:
    """A stored Stand read on demand; implements loaders.state.BaseState for the merge."""

    def __init__(self, store: Store, stand_id: int | None) -> None:
        self.store = store
        self.stand_id = stand_id
        self._keys: dict[str, set[str]] = {}

    def keys(self, sheet: str) -> set[str]:
        if self.stand_id is None:
            return set()
        if sheet not in self._keys:
            with self.store._read() as conn:
                self._keys[sheet] = self.store._keys_at(conn, sheet, self.stand_id)
        return self._keys[sheet]

    def rows(self, sheet: str, keys: Iterable[str]) -> dict[str, Row]:
        if self.stand_id is None:
            return {}
        wanted = list(keys)
        with self.store._read() as conn:
            if len(wanted) > len(self.keys(sheet)) // 2:
                everything = self.store._rows_at(conn, sheet, self.stand_id, None)
                return {k: everything[k] for k in wanted if k in everything}
            return self.store._rows_at(conn, sheet, self.stand_id, wanted)

    def all_rows(self, sheet: str) -> dict[str, Row]:
        if self.stand_id is None:
            return {}
        with self.store._read() as conn:
            return self.store._rows_at(conn, sheet, self.stand_id, None)


@dataclass(frozen=True)
class StandDiff:
    """Differences between two Stände, per sheet, oriented from ``old`` to ``new``."""

    old: int
    new: int
    sheets: dict[str, SheetChange]


def _info(row, files: list[str]) -> StandInfo:
    created = row["created_at"]
    if created.tzinfo is None:
        created = created.replace(tzinfo=datetime.UTC)
    return StandInfo(
        row["id"],
        created,
        row["created_by"],
        row["note"],
        row["kind"],
        bool(row["is_example"]),
        json.loads(row["counts"]),
        json.loads(row["changes"]),
        tuple(files),
    )


def _is_retryable(error: DBAPIError) -> bool:
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    return code in {"40001", "40P01", "55P03"} or "database is locked" in str(error.orig)


def _short(error: Exception) -> str:
    return str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
