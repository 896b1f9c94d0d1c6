"""Shared fixtures: stores on SQLite and on a real PostgreSQL, each test on its own clean database; the Stände of
tests/meetings.py; the small plans (tests/factories.py) that the tests of several core modules read."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from masterplan.storage.store import Store
from masterplan.tables import Plan
from tests import meetings
from tests.factories import PLAN_DAY, PROFILES, days_from, measure, plan_of

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


# --- small plans -------------------------------------------------------------------------------------

@pytest.fixture
def plan() -> Plan:
    """Four measures in two Leitziele (PROFILES), milestones around 26.11.2026, involvements and indicators."""
    return plan_of(
        [
            measure("M1", fp_nr="FP1", status="in Umsetzung", umsetzungsstand=50, gewicht=2, beginn="2025-01-01",
                    ende="2027-12-31", sachstand="Antrag beim Land gestellt", kosten=1234.5),
            measure("M2", status="abgeschlossen", umsetzungsstand=80, ampel="rot", sachstand="Gewerbefläche (a+b)"),
            measure("M3", fp_nr="FP1", status="entfallen", umsetzungsstand=90, gewicht=5),
            measure("M4", lz_nr="LZ2", status=None, federfuehrung="ST3", massnahme="Ausbildungsmesse"),
        ],
        [
            {"ms_nr": "MS1", "nr": "M1", "meilenstein": "Konzept", "faellig_am": "2026-01-10",
             "erreicht_am": "2026-02-01", "status": "erreicht"},
            {"ms_nr": "MS2", "nr": "M1", "meilenstein": "Pilot", "faellig_am": "2026-11-20", "status": "offen"},
            {"ms_nr": "MS3", "nr": "M1", "meilenstein": "Start", "faellig_am": "2026-11-26"},
            {"ms_nr": "MS4", "nr": "M4", "meilenstein": "Messe", "faellig_am": "2027-02-24"},  # 90 days
            {"ms_nr": "MS5", "nr": "M4", "meilenstein": "Bilanz", "faellig_am": "2027-02-25"},  # 91 days
            {"ms_nr": "MS6", "nr": "M4", "meilenstein": "Alt", "faellig_am": "2025-01-01", "status": "entfallen"},
        ],
        **PROFILES,
        Beteiligungen=[{"nr": "M1", "st_nr": "ST3", "rolle": "informiert"},
                       {"nr": "M1", "st_nr": "ST2", "rolle": "beteiligt"}],
        Indikatoren=[{"ind_nr": "I1", "indikator": "Arbeitslosenquote", "lz_nr": "LZ2", "einheit": "%",
                      "zielrichtung": "fallend", "basiswert": 9.5, "basisjahr": 2019, "zielwert": 7.5,
                      "zieljahr": 2030},
                     {"ind_nr": "I2", "indikator": "Gewerbesteuer", "lz_nr": "LZ1"}],
        Indikatorwerte=[{"ind_nr": "I1", "stichtag": "2024-12-31", "wert": 9.0},
                        {"ind_nr": "I1", "stichtag": "2025-12-31", "wert": 8.5}],
    )


@pytest.fixture
def rollup_plan() -> Plan:
    """Weights, an abgeschlossen below 100 %, an entfallen and a measure without progress, in LZ1 and LZ2."""
    return plan_of([
        measure("M1", fp_nr="FP1", status="in Umsetzung", umsetzungsstand=50, gewicht=2),
        measure("M2", status="abgeschlossen", umsetzungsstand=80),  # counts 100
        measure("M3", fp_nr="FP1", status="entfallen", umsetzungsstand=90, gewicht=5),  # excluded
        measure("M4", lz_nr="LZ2", status="in Planung"),  # no progress → 0, no weight → 1
    ])


@pytest.fixture
def schedule() -> Plan:
    """Measures and milestones on time, behind, overdue and undated around 26.11.2026 (PLAN_DAY)."""
    day = days_from(PLAN_DAY)
    return plan_of([
        measure("M1", status="in Umsetzung", umsetzungsstand=50, beginn=day(-800), ende=day(-30)),  # Ende passed
        measure("M2", status="in Umsetzung", umsetzungsstand=10, beginn=day(-365), ende=day(365)),  # 40 behind
        measure("M3", status="in Umsetzung", umsetzungsstand=50, beginn=day(-365), ende=day(365)),  # on track
        measure("M4", status="abgeschlossen", beginn=day(-2000), ende=day(-1500)),  # long past, done
        measure("M5", lz_nr="LZ2", status="Daueraufgabe", beginn=day(-100)),  # no Ende: not drawn
        measure("M6", lz_nr="LZ2", status="in Planung", beginn=day(900), ende=day(1200)),  # far future
    ], [
        {"ms_nr": "MS1", "nr": "M3", "meilenstein": "Konzept", "faellig_am": day(-10)},  # overdue 10 days
        {"ms_nr": "MS2", "nr": "M3", "meilenstein": "Start", "faellig_am": day(-200), "erreicht_am": day(-150),
         "status": "erreicht"},  # 50 days late
        {"ms_nr": "MS3", "nr": "M6", "meilenstein": "Antrag", "faellig_am": day(950)},
    ])
