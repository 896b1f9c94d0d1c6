"""Which database to use and how to open it: SQLite (WAL) in data/ unless a URL says otherwise."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from masterplan.paths import DATA
from masterplan.settings import setting

DEFAULT_PATH = DATA / "masterplan.db"
SQLITE_BUSY_MS = 60_000


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins over DATABASE_URL, which wins over secrets.toml, which wins over the embedded default."""
    url = explicit or setting("DATABASE_URL")
    return normalise_url(url) if url else f"sqlite:///{DEFAULT_PATH}"


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3, the driver this project installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """An engine whose writers serialise properly: BEGIN IMMEDIATE on SQLite, see store.write()."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000, "isolation_level": None})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    for pragma in ("journal_mode=WAL", f"busy_timeout={SQLITE_BUSY_MS}", "foreign_keys=ON", "synchronous=NORMAL"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn) -> None:
    """Writers take the write lock at BEGIN; a deferred read-then-write would fail at once when busy."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")
