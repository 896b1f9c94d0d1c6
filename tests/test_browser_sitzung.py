"""The Sitzung page in Chromium as a projector shows it: 1920×1080, ?embed=true, every slide with „Weiter“.

Server, browser and helpers come from tests/test_browser.py (one ``streamlit run dashboard.py`` for this module
on its own SQLite database). One screenshot per slide: test-artifacts/screenshots/sitzung_<n>.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from masterplan import texts
from tests.test_browser import (  # noqa: F401 - fixtures by name
    SCREENSHOTS,
    Server,
    browser,
    chromium,
    served,
    server,
)

try:  # one xdist worker with the other browser tests, so the browser starts once
    _ONE_WORKER = pytest.mark.xdist_group("browser")
except pytest.fail.Exception:  # -p no:xdist under --strict-markers: the marker is unknown and not needed
    _ONE_WORKER = pytest.mark.slow
pytestmark = [pytest.mark.browser, pytest.mark.slow, _ONE_WORKER]

PROJECTOR = {"width": 1920, "height": 1080}
COUNTER = re.compile(texts.SZ_COUNTER.format(number=r"(\d+)", count=r"(\d+)"))
EXCEPTION = '[data-testid="stException"]'
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RUNNING = '[data-testid="stStatusWidget"]'
CHARTS_DRAWN = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .every(chart => chart.querySelector('.main-svg'))
    && !document.querySelector('[data-testid="stSkeleton"]')"""


@pytest.fixture
def projector(browser):  # noqa: F811 - the fixture imported above
    context = browser.new_context(viewport=PROJECTOR, locale="de-DE")
    context.set_default_timeout(60_000)
    opened = context.new_page()
    yield opened
    context.close()


SIDEBAR_CLOSED = """() => document.querySelector('[data-testid="stSidebar"]').getBoundingClientRect().width === 0"""


def _sidebar_closed(page) -> bool:
    """Whether the sidebar is (or within the collapse animation becomes) closed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(SIDEBAR_CLOSED, timeout=3_000)
    except PlaywrightTimeout:
        return False
    return True


def _counter(page) -> tuple[int, int]:
    text = page.locator(".st-key-sitzung_nav").get_by_text(COUNTER).inner_text()
    number, count = COUNTER.search(text).groups()
    return int(number), int(count)


def _settled(page) -> None:
    """Until the script run has finished and every chart is drawn."""
    from playwright.sync_api import expect

    page.wait_for_selector(IDLE, state="attached")
    expect(page.locator(RUNNING)).to_have_count(0)
    page.wait_for_selector(IDLE, state="attached")
    page.wait_for_function(CHARTS_DRAWN)


def test_every_slide_on_a_projector(served: Server, projector) -> None:  # noqa: F811 - the fixture imported above
    from playwright.sync_api import expect

    offset = served.log_size()
    projector.goto(f"{served.url}/sitzung?embed=true")
    expect(projector.locator(".st-key-sitzung_nav")).to_be_visible()
    _settled(projector)
    expect(projector.get_by_test_id("stExpandSidebarButton")).to_be_visible()  # opens with the sidebar folded
    number, count = _counter(projector)
    assert number == 1 and count >= 6
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        assert _counter(projector) == (number, count)
        assert _sidebar_closed(projector), f"Seitenleiste auf Folie {number} wieder offen"
        assert projector.locator(EXCEPTION).count() == 0, served.log_since(offset)[-4000:]
        assert not projector.locator(ERRORS).all_inner_texts(), served.log_since(offset)[-4000:]
        projector.screenshot(path=str(SCREENSHOTS / f"sitzung_{number}.png"))
        if number < count:
            projector.locator(".st-key-sitzung_next button").click()
            expect(projector.locator(".st-key-sitzung_nav").get_by_text(
                texts.SZ_COUNTER.format(number=number + 1, count=count), exact=False)).to_be_visible()
            _settled(projector)
    expect(projector.locator(".st-key-sitzung_next button")).to_be_disabled()
    projector.locator(".st-key-sitzung_back button").click()
    expect(projector.locator(".st-key-sitzung_nav").get_by_text(
        texts.SZ_COUNTER.format(number=count - 1, count=count), exact=False)).to_be_visible()
    _settled(projector)
    assert projector.locator(EXCEPTION).count() == 0


def test_downloads_build_on_click(served: Server, projector) -> None:  # noqa: F811 - the fixture imported above
    from playwright.sync_api import expect

    projector.goto(f"{served.url}/sitzung?embed=true")
    expect(projector.locator(".st-key-sitzung_nav")).to_be_visible()
    _settled(projector)
    for label, name, magic in ((texts.SZ_DECK, "Lenkungskreis_Stand_1.pptx", b"PK"),
                               (texts.SZ_REPORT, "Lenkungskreis_Stand_1.pdf", b"%PDF")):
        with projector.expect_download() as started:
            projector.get_by_role("button", name=label).click()
        download = started.value
        assert download.suggested_filename == name
        assert Path(download.path()).read_bytes().startswith(magic)
    assert projector.locator(EXCEPTION).count() == 0
