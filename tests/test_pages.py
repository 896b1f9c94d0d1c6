"""Every page of dashboard.py's navigation under AppTest: on the example data and on a plan of 1 000 measures;
what holds across pages: Übersicht, Leitziele and Maßnahmen in one session on 2 000 measures, wide tables.

The pages come from the navigation itself (bench.pages.navigation_pages), so a new page is covered
without changes here; what one page shows is tested in tests/test_page_<page>.py. Each test has its own
SQLite file: st.cache_resource outlives an AppTest, and its caches are keyed by database URL.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bench.generate import workbook_bytes
from bench.pages import NavPage, navigation_pages
from masterplan import texts
from masterplan.access import operator
from masterplan.paths import PROJECT_ROOT
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from tests.apptest import (
    TODAY,
    changed_stands,
    import_file,
    metric,
    no_exception,
    serve_as_navigation,
    start,
    table_with,
    texts_of,
)

PAGES = navigation_pages()
LARGE = 1_000


@functools.cache
def _large_workbook() -> bytes:
    return workbook_bytes(LARGE)


def _open(monkeypatch: pytest.MonkeyPatch, db: Path, page: NavPage) -> AppTest:
    """The app on ``db``, first on its default page (switch_page needs one run), then on ``page``, in the frame."""
    serve_as_navigation(monkeypatch)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("MASTERPLAN_TODAY", TODAY)
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=120)
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    app.switch_page(page.script).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def _assert_in_frame(app: AppTest) -> None:
    stands = [s for s in app.sidebar.selectbox if s.label == texts.frame.SIDEBAR_STAND]
    assert stands, "dashboard.py lief nicht: keine Stand-Auswahl in der Seitenleiste"


def test_navigation_is_read() -> None:
    assert len(PAGES) >= 8
    assert len({p.url_path for p in PAGES}) == len(PAGES)
    assert sum(p.default for p in PAGES) == 1
    assert all((PROJECT_ROOT / p.script).is_file() for p in PAGES), [p.script for p in PAGES]


def test_every_page_file_is_in_the_navigation() -> None:
    folders = {(PROJECT_ROOT / p.script).parent for p in PAGES}
    files = {f for folder in folders for f in folder.glob("*.py") if f.name not in ("shared.py", "__init__.py")}
    missing = sorted(f.name for f in files - {PROJECT_ROOT / p.script for p in PAGES})
    assert not missing, f"Seiten ohne Eintrag in der Navigation von dashboard.py: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.url_path)
def test_page_on_example_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: NavPage) -> None:
    app = _open(monkeypatch, tmp_path / "app.db", page)
    _assert_in_frame(app)
    if page.title:
        assert page.title in [t.value for t in app.title], [t.value for t in app.title]
    assert not app.error, [e.value for e in app.error]
    # one tool-bar button per chart (save as picture): plotly's nine were nine tab stops each
    charts = app.get("plotly_chart")
    assert {json.dumps(json.loads(chart.proto.config)["modeBarButtons"]) for chart in charts} <= {'[["toImage"]]'}
    # each chart has a name for screen readers, plotly's German words and its numbers in „Daten als Tabelle“
    assert all(chart.proto.alt.strip() for chart in charts), [chart.proto.alt for chart in charts]
    assert all(json.loads(chart.proto.config)["locales"]["de"]["dictionary"] for chart in charts)
    tables = [e for e in app.expander if e.label == texts.charts.DATA_AS_TABLE]
    if page.url_path != "sitzung":  # the projector keeps them in the notes (tests/test_page_sitzung.py)
        assert len(tables) == len(charts), (len(tables), len(charts))


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.url_path)
def test_page_on_a_large_plan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: NavPage) -> None:
    db = tmp_path / "large.db"
    store = Store(f"sqlite:///{db}")
    try:
        prepared = importer.prepare(store, [UploadFile("Masterplan.xlsx", _large_workbook())])
        assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error][:5]
        importer.commit(store, prepared, user=operator("Test"))
    finally:
        store.close()
    app = _open(monkeypatch, db, page)
    _assert_in_frame(app)
    assert not app.error, [e.value for e in app.error]


@pytest.mark.slow
def test_pages_on_a_plan_of_2000_measures(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import_file(tmp_path, "Gross.xlsx", workbook_bytes(2000))
    app = start(monkeypatch, tmp_path, "uebersicht")
    assert metric(app, "Maßnahmen") == "2.000"
    assert table_with(app, "before") is not None  # 2 000 new and 42 removed measures against the example
    assert any(c.value.startswith("… und ") for c in app.caption)
    app.switch_page("pages/leitziele.py").run()
    assert not app.exception
    assert texts_of(app.header) == ["Leitziel 1"]
    app.switch_page("pages/massnahmen.py").run()
    assert not app.exception
    assert len(app.dataframe[0].value) == 2000
    app.text_input(key="massnahmen_search").input("M01234").run()
    assert not app.exception
    assert list(app.dataframe[0].value["nr"]) == ["M01234"]


def _pinned(app: AppTest) -> list[list[str]]:
    """Per table with a Nr. column: the labels of its columns pinned at the left."""
    tables = [json.loads(frame.proto.columns) for frame in app.dataframe]
    return [[c.get("label", name) for name, c in config.items() if c.get("pinned")]
            for config in tables if any(c.get("label", name) == "Nr." for name, c in config.items())]


@pytest.mark.parametrize("page", ["massnahmen", "leitziele", "veraenderungen"])
def test_wide_tables_keep_nr_and_massnahme_in_view(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   page: str) -> None:
    """Scrolled sideways on a 1366 px screen, every table of measures still says which measure a row is."""
    changed_stands(tmp_path)
    app = start(monkeypatch, tmp_path, page)
    no_exception(app)
    pinned = _pinned(app)
    assert pinned and all(p == ["Nr.", "Maßnahme"] for p in pinned), pinned
