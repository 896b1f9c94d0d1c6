"""End to end in Chromium: every page of the running dashboard, and an upload through the Daten page.

One ``streamlit run dashboard.py`` per module on its own SQLite database; full-page screenshots go to
test-artifacts/screenshots/ (git-ignored). Without /usr/bin/chromium the module is skipped, under CI=true
it fails instead.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import cluster
from bench.cluster import Server
from bench.pages import NavPage, navigation_pages
from masterplan import texts
from masterplan.paths import PROJECT_ROOT
from tests.apptest import TODAY
from tests.workbooks import department_update, plan_file

# One xdist worker for the module, so the server and the browser start once. Note: with pytest 9.2 and
# pytest-xdist 3.8 --dist loadgroup ignores the group (pytest-dev/pytest-xdist#1386); each worker then
# starts its own server and browser, which costs time but nothing else.
try:
    _ONE_WORKER = pytest.mark.xdist_group("browser")
except pytest.fail.Exception:  # -p no:xdist under --strict-markers: the marker is unknown and not needed
    _ONE_WORKER = pytest.mark.slow
BROWSER_MARKS = [pytest.mark.browser, pytest.mark.slow, _ONE_WORKER]  # every browser test module's pytestmark
pytestmark = BROWSER_MARKS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage"]
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TIMEOUT_MS = 60_000
WIDTH = 1440
MAX_HEIGHT = 12_000
PAGES = navigation_pages()

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RUNNING = '[data-testid="stStatusWidget"]'
# exceptions, st.error, and modal errors such as „Page not found“
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"], [role="dialog"]'
CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .every(chart => chart.querySelector('.main-svg'))
    && !document.querySelector('[data-testid="stSkeleton"]')"""


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        _unavailable(f"{CHROMIUM} fehlt (Debian-Paket chromium); Browser-Tests übersprungen")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        _unavailable(f"playwright nicht installiert: {error}")
    return CHROMIUM


@contextlib.contextmanager
def _streamlit(folder: Path, options: tuple[str, ...] = (), port: int | None = None,
               database: str | None = None) -> Iterator[Server]:
    """The dashboard (bench.cluster) on a fresh SQLite database in ``folder`` (or ``database``), the day pinned."""
    try:
        with cluster.streamlit(folder, database or f"sqlite:///{folder / 'e2e.db'}", port=port, options=options,
                               environment={"MASTERPLAN_TODAY": TODAY}) as running:
            yield running
    except cluster.ClusterError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="module")
def server(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with _streamlit(tmp_path_factory.mktemp("e2e")) as running:
        yield running


@pytest.fixture
def fresh_server(chromium: Path, tmp_path: Path) -> Iterator[Server]:
    """A server no browser has visited yet, whatever ran before on this worker."""
    with _streamlit(tmp_path) as running:
        yield running


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@contextlib.contextmanager
def sized_page(browser, viewport: dict[str, int]) -> Iterator:
    """A German page of ``viewport`` size in a browser context of its own, closed afterwards."""
    context = browser.new_context(viewport=viewport, locale="de-DE")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def page(browser) -> Iterator:
    with sized_page(browser, {"width": WIDTH, "height": 1000}) as opened:
        yield opened


@pytest.fixture(scope="module")
def served(server: Server, browser) -> Server:
    """The server after one visit of the entry page (deep links on a fresh server: test_deep_link_…)."""
    context = browser.new_context()
    first = context.new_page()
    _open(first, server, next(p for p in PAGES if p.default))
    context.close()
    return server


def _wait_idle(page) -> None:
    """Until the script run has finished: the app reports notRunning and shows no status widget."""
    from playwright.sync_api import expect

    page.wait_for_selector(IDLE, state="attached")
    expect(page.locator(RUNNING)).to_have_count(0)
    page.wait_for_selector(IDLE, state="attached")


def settled(page) -> None:
    """Until the script run has finished and every chart is drawn."""
    _wait_idle(page)
    page.wait_for_function(CHARTS_DRAWN)


def _assert_no_errors(page, server: Server, log_offset: int) -> None:
    shown = page.locator(ERRORS).all_inner_texts()
    assert not shown, f"Fehler auf der Seite: {shown}\nServer-Log:\n{server.log_since(log_offset)[-4000:]}"


def _expect_or_error(page, wanted, server: Server, log_offset: int) -> None:
    """Wait for ``wanted`` or an error element, whichever comes first, and for the run to end; no errors."""
    from playwright.sync_api import expect

    expect(wanted.or_(page.locator(ERRORS)).first).to_be_visible()
    _wait_idle(page)
    _assert_no_errors(page, server, log_offset)
    expect(wanted).to_be_visible()


def _heading(page, title: str | None):
    if not title:
        return page.get_by_test_id("stMainBlockContainer")
    return page.locator("h1").filter(has_text=re.compile(rf"^\s*{re.escape(title)}\s*$"))


def _open(page, server: Server, nav: NavPage) -> int:
    """Go to ``nav``; returns the server-log offset from before, for error messages later."""
    offset = server.log_size()
    page.goto(f"{server.url}/{nav.url}")
    _expect_or_error(page, _heading(page, nav.title), server, offset)
    return offset


def _screenshot(page, name: str) -> Path:
    """The whole page: the app scrolls inside its main container, so the viewport grows to its height first."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        """() => Math.max(document.body.scrollHeight, ...Array.from(document.querySelectorAll(
            '[data-testid="stMain"], [data-testid="stAppViewContainer"], [data-testid="stMainBlockContainer"]'),
            e => e.scrollHeight))"""
    )
    page.set_viewport_size({"width": WIDTH, "height": max(800, min(int(height) + 80, MAX_HEIGHT))})
    settled(page)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_deep_link_on_a_fresh_server(fresh_server: Server, page) -> None:
    """The server's very first request opens a page other than the entry page, like a bookmark after a restart.

    A pages/ folder beside dashboard.py makes Streamlit serve that request in its legacy multipage mode.
    """
    _open(page, fresh_server, next(p for p in PAGES if not p.default))
    stand = page.get_by_test_id("stSidebar").get_by_role("combobox", name=texts.frame.SIDEBAR_STAND)
    assert stand.count() == 1, "die Seite lief ohne dashboard.py (keine Stand-Auswahl in der Seitenleiste)"


def _upload(page, server: Server, upload) -> int:
    """Open the Daten page and drop ``upload`` (an UploadFile) on its uploader; returns the log offset."""
    offset = _open(page, server, next(p for p in PAGES if p.url_path == "daten"))
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": upload.name, "mimeType": XLSX, "buffer": upload.content}])
    return offset


@pytest.mark.parametrize("nav", PAGES, ids=lambda p: p.url_path)
def test_page_loads_without_errors(served: Server, page, nav: NavPage) -> None:
    offset = _open(page, served, nav)
    assert _screenshot(page, nav.url_path).stat().st_size > 0
    _assert_no_errors(page, served, offset)


def test_upload_through_the_daten_page(served: Server, page) -> None:
    from playwright.sync_api import expect

    offset = _upload(page, served, plan_file())
    preview = re.sub(r"\*\*[^*]*\*\*\s*", "", texts.daten.PREVIEW)  # the part after the bold „Vorschau:“
    _expect_or_error(page, page.get_by_text(preview), served, offset)
    note = page.get_by_label(texts.daten.NOTE)
    note.fill("E2E-Zulieferung")
    note.press("Enter")
    _wait_idle(page)
    page.get_by_role("button", name=texts.daten.CONFIRM).click()
    _expect_or_error(page, page.get_by_text(texts.daten.SAVED.format(stand=2)), served, offset)
    expect(page.get_by_text(preview)).to_have_count(0)  # the stored upload's preview is gone
    stand = page.get_by_test_id("stSidebar").get_by_role("combobox", name=texts.frame.SIDEBAR_STAND)
    expect(stand).to_have_value(re.compile(rf"^{texts.frame.STAND_NAME.format(id=2)} · .* · E2E-Zulieferung$"))
    _screenshot(page, "daten-nach-upload")
    _assert_no_errors(page, served, offset)


def test_first_own_rows_on_example_data_adopting_it(fresh_server: Server, page) -> None:
    """Issue 7: the lead above the findings, then the example data adopted as the base and stored."""
    from playwright.sync_api import expect

    offset = _upload(page, fresh_server, department_update())
    lead = page.get_by_text("Bisher sind nur Beispieldaten gespeichert, und Beispieldaten sind nie die Grundlage")
    expect(page.get_by_text("8 Fehler verhindern den Import.")).to_be_visible()
    findings = page.get_by_test_id("stDataFrame").first
    assert lead.bounding_box()["y"] < findings.bounding_box()["y"]
    page.set_viewport_size({"width": 1366, "height": 768})
    findings.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "daten-beispieldaten-fehler.png"))
    page.get_by_text(texts.daten.ADOPT).click()
    expect(page.get_by_text("8 Fehler verhindern den Import.")).to_have_count(0)  # the rerun has begun to show
    _expect_or_error(page, page.get_by_role("button", name=texts.daten.CONFIRM), fresh_server, offset)
    page.get_by_role("button", name=texts.daten.CONFIRM).click()
    _expect_or_error(page, page.get_by_text(texts.daten.SAVED.format(stand=2)), fresh_server, offset)
    stand = page.get_by_test_id("stSidebar").get_by_role("combobox", name=texts.frame.SIDEBAR_STAND)
    name, mark = texts.frame.STAND_NAME.format(id=2), texts.frame.ADOPTED_MARK
    expect(stand).to_have_value(re.compile(rf"^{name} · .* · {mark}$"))
    expect(lead).to_have_count(0)
    _screenshot(page, "daten-auf-beispieldaten")


def _choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the sidebar multiselect ``label`` and wait for the run it starts."""
    page.get_by_test_id("stSidebar").get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option).click()
    page.keyboard.press("Escape")
    _wait_idle(page)


def test_filters_survive_a_reload_and_travel_in_a_link(fresh_server: Server, page, browser) -> None:
    """Issue 7: filters, Stand and the page's own choice live in the URL: a reload and a shared link keep them."""
    from playwright.sync_api import expect

    offset = _open(page, fresh_server, next(p for p in PAGES if p.url_path == "massnahmen"))
    _choose(page, texts.frame.FILTER_LABELS["leitziele"], "LZ1 – Oberhausen ist wirtschaftsfreundlich")
    _choose(page, texts.frame.FILTER_LABELS["federfuehrung"], "Strategische Planung")
    mark = page.get_by_text("gefiltert: Leitziel LZ1 · Federführung Strategische Planung")
    expect(mark).to_be_visible()
    detail = page.get_by_role("combobox", name=texts.massnahmen.CHOOSE)
    detail.click()
    page.get_by_role("option", name=re.compile(r"^M05 ")).click()
    _wait_idle(page)
    expect(page).to_have_url(re.compile(r"/massnahmen\?stand=1&lz=LZ1&ff=ST02&massnahme=M05$"))
    shared_link = page.url

    page.reload()
    _expect_or_error(page, mark, fresh_server, offset)
    expect(page).to_have_url(shared_link)
    expect(page.get_by_role("combobox", name=texts.massnahmen.CHOOSE)).to_have_value(re.compile(r"^M05 "))
    _screenshot(page, "massnahmen-gefiltert-nach-reload")

    other = browser.new_context(viewport={"width": WIDTH, "height": 1000}, locale="de-DE")
    try:
        opened = other.new_page()
        opened.goto(shared_link)
        _expect_or_error(opened, opened.get_by_text("gefiltert: Leitziel LZ1 · Federführung Strategische Planung"),
                         fresh_server, offset)
        expect(opened.get_by_role("combobox", name=texts.massnahmen.CHOOSE)).to_have_value(re.compile(r"^M05 "))
        opened.get_by_test_id("stSidebar").get_by_role("link", name=texts.frame.PAGE_TITLES["leitziele"]).click()
        _expect_or_error(opened, _heading(opened, texts.frame.PAGE_TITLES["leitziele"]), fresh_server, offset)
        expect(opened).to_have_url(re.compile(r"/leitziele\?stand=1&lz=LZ1&ff=ST02&leitziel=LZ1$"))
        expect(opened.get_by_text("gefiltert: Leitziel LZ1 · Federführung Strategische Planung")).to_be_visible()
    finally:
        other.close()
