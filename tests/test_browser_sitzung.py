"""The Sitzung page in Chromium as projectors show it: every screen with „Weiter“, at 1920×1080 in the
Präsentationsansicht (?embed=true) and at 1366×768 on the page itself; notes; downloads.

Server, browser and helpers come from tests/test_browser.py (one ``streamlit run dashboard.py`` for this module
on its own SQLite database). One screenshot per screen: test-artifacts/screenshots/sitzung_<size>_<n>.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from masterplan import texts
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    SCREENSHOTS,
    Server,
    browser,
    chromium,
    served,
    server,
    settled,
    sized_page,
)

pytestmark = BROWSER_MARKS

PROJECTOR = {"width": 1920, "height": 1080}
COUNTER = re.compile(texts.sitzung.COUNTER.format(number=r"(\d+)", count=r"(\d+)"))
EXCEPTION = '[data-testid="stException"]'
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'


@pytest.fixture
def projector(browser):  # noqa: F811 - the fixture imported above
    with sized_page(browser, PROJECTOR) as opened:
        yield opened


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
    text = page.locator(".st-key-sitzung_nav [role=status]").inner_text()
    number, count = COUNTER.search(text).groups()
    return int(number), int(count)


def _expect_counter(page, number: int, count: int) -> None:
    """The counter shows „Folie number von count“ (then, for screen readers only, the slide's title)."""
    from playwright.sync_api import expect

    shown = re.escape(texts.sitzung.COUNTER.format(number=number, count=count))
    expect(page.locator(".st-key-sitzung_nav [role=status]")).to_have_text(re.compile(f"^{shown}( –|$)"))


VIEWS = [  # the Präsentationsansicht on a Full-HD projector, the page itself on a small one
    pytest.param({"width": 1920, "height": 1080}, "?embed=true", id="1920x1080-praesentationsansicht"),
    pytest.param({"width": 1366, "height": 768}, "", id="1366x768-seite"),
]
FITS = """() => { const main = document.querySelector('[data-testid="stMain"]');
    const tables = Array.from(document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller'));
    return [main.scrollHeight - main.clientHeight,
            Math.max(0, ...tables.map(t => t.scrollWidth - t.clientWidth)),
            Math.max(0, ...tables.map(t => t.scrollHeight - t.clientHeight))] }"""


def _box(page, selector: str) -> tuple[int, int]:
    box = page.locator(selector).bounding_box()
    return round(box["x"]), round(box["y"])


@pytest.mark.parametrize(("viewport", "query"), VIEWS)
def test_every_screen_fits_without_scrolling(served: Server, browser, viewport, query) -> None:  # noqa: F811
    """Each screen of the meeting, „Weiter“ to the end: nothing to scroll — not the page, not a table, neither
    down nor sideways —, Zurück and Weiter where they were, the sidebar folded, no error; in the
    Präsentationsansicht no controls but the navigation. Screenshots: sitzung_<size>_<n>.png."""
    from playwright.sync_api import expect

    size = f"{viewport['width']}x{viewport['height']}"
    with sized_page(browser, viewport) as page:
        offset = served.log_size()
        page.goto(f"{served.url}/sitzung{query}")
        expect(page.locator(".st-key-sitzung_nav")).to_be_visible()
        settled(page)
        expect(page.get_by_test_id("stExpandSidebarButton")).to_be_visible()  # opens with the sidebar folded
        if query:
            expect(page.locator(".st-key-sitzung_bar")).to_be_hidden()
            expect(page.get_by_test_id("stAlert")).to_be_hidden()  # not even the example-data notice
        else:
            expect(page.get_by_role("link", name=texts.sitzung.PRESENT)).to_have_attribute(
                "href", "sitzung?stand=1&embed=true")  # the same Stand (and filters) on the projector
        number, count = _counter(page)
        assert number == 1 and count > 12  # more screens than slides: the full ones continue
        places = (_box(page, ".st-key-sitzung_back button"), _box(page, ".st-key-sitzung_next button"))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for number in range(1, count + 1):
            assert _counter(page) == (number, count)
            assert _sidebar_closed(page), f"Seitenleiste auf Folie {number} wieder offen"
            assert page.locator(EXCEPTION).count() == 0, served.log_since(offset)[-4000:]
            assert not page.locator(ERRORS).all_inner_texts(), served.log_since(offset)[-4000:]
            page.screenshot(path=str(SCREENSHOTS / f"sitzung_{size}_{number}.png"))
            down, sideways, inside = page.evaluate(FITS)
            assert (down, sideways, inside) == (0, 0, 0), (
                f"Folie {number}: {down} px zu hoch, Tabelle {sideways} px zu breit, {inside} px zu lang")
            assert (_box(page, ".st-key-sitzung_back button"), _box(page, ".st-key-sitzung_next button")) == places
            if number < count:
                page.locator(".st-key-sitzung_next button").click()
                _expect_counter(page, number + 1, count)
                settled(page)
        expect(page.locator(".st-key-sitzung_next button")).to_be_disabled()
        page.locator(".st-key-sitzung_back button").click()
        _expect_counter(page, count - 1, count)
        settled(page)
        assert page.locator(EXCEPTION).count() == 0


def test_notes_open_beside_weiter(served: Server, projector) -> None:  # noqa: F811 - the fixture imported above
    """The speaker notes open over the slide from the navigation row and name the day the slide shows."""
    from playwright.sync_api import expect

    projector.goto(f"{served.url}/sitzung")
    expect(projector.locator(".st-key-sitzung_nav")).to_be_visible()
    settled(projector)
    day = projector.locator(".st-key-sitzung_titel [data-testid='stMetricValue']").last.inner_text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", day), day  # the Stichtag der Auswertung
    projector.locator(".st-key-sitzung_nav").get_by_role("button", name=texts.sitzung.NOTES).click()
    notes = projector.get_by_test_id("stPopoverBody")
    expect(notes).to_be_visible()
    expect(notes.get_by_role("listitem").first).to_contain_text(day)


def test_downloads_build_on_click(served: Server, projector) -> None:  # noqa: F811 - the fixture imported above
    from playwright.sync_api import expect

    projector.goto(f"{served.url}/sitzung")  # the downloads are on the page, not in the Präsentationsansicht
    expect(projector.locator(".st-key-sitzung_nav")).to_be_visible()
    settled(projector)
    for label, name, magic in ((texts.sitzung.DECK, "Lenkungskreis_Stand_1.pptx", b"PK"),
                               (texts.sitzung.REPORT, "Lenkungskreis_Stand_1.pdf", b"%PDF")):
        with projector.expect_download() as started:
            projector.get_by_role("button", name=label).click()
        download = started.value
        assert download.suggested_filename == name
        assert Path(download.path()).read_bytes().startswith(magic)
    assert projector.locator(EXCEPTION).count() == 0
