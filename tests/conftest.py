"""Shared fixtures: stores on SQLite and on a real PostgreSQL, each test on its own clean database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from masterplan.storage.store import Store
from tests import meetings

# Speed is measured by benchmarks; a per-example deadline only turns a busy CI machine into a failure.
settings.register_profile("masterplan", deadline=None)
settings.load_profile("masterplan")

PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: slower tests (subprocesses, large files)")
    config.addinivalue_line("markers", "browser: end-to-end tests in Chromium (slow)")


def _postgres_available() -> str | None:
    """None when reachable, else the reason; under CI=true an unreachable server fails instead of skipping."""
    try:
        engine = create_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
        return None
    except OperationalError as error:
        reason = f"PostgreSQL unter {PG_URL} nicht erreichbar: {str(error.orig).splitlines()[0]}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        return reason


@pytest.fixture(scope="session")
def postgres_schema_factory() -> Iterator:
    """Makes a fresh schema per test and drops every one of them at the end."""
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = f"mp_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        made.append(name)
        return f"{PG_URL}?options=-csearch_path%3D{name}"

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A URL of an empty database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'masterplan.db'}"
    return request.getfixturevalue("postgres_schema_factory")()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    store = Store(db_url)
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'masterplan.db'}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> meetings.Stands:
    """The small plan as two Stände (tests/meetings.py)."""
    return meetings.small_stands(tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def fields(tmp_path_factory: pytest.TempPathFactory) -> meetings.Stands:
    """The small plan, then M01's Ende, Kosten, Sachstand and milestones changed (tests/meetings.py)."""
    return meetings.field_stands(tmp_path_factory.mktemp("fields"))


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> meetings.Stands:
    """The example data as two Stände (tests/meetings.py)."""
    return meetings.example_stands(tmp_path_factory.mktemp("example"))
