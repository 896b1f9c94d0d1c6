"""What only a browser shows on a 1366×768 screen with the sidebar open: key figures whole, the Zeitplan's period
choice whole. Server, browser and helpers come from tests/test_browser.py."""

from __future__ import annotations

import pytest

from masterplan import texts
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    PAGES,
    SCREENSHOTS,
    Server,
    _open,
    _wait_idle,
    browser,
    chromium,
    served,
    server,
    sized_page,
)

pytestmark = BROWSER_MARKS

SMALL = {"width": 1366, "height": 768}
# Texts of key figures Streamlit would cut with „…“: wider than their box, or hidden by overflow
CUT_FIGURES = """() => Array.from(document.querySelectorAll(
        '[data-testid="stMetric"] [data-testid="stMarkdownContainer"], [data-testid="stMetric"] p'))
    .filter(e => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).textOverflow === 'ellipsis')
    .map(e => e.innerText)"""


@pytest.fixture
def small(browser):  # noqa: F811 - the fixture imported above
    with sized_page(browser, SMALL) as opened:
        yield opened


@pytest.mark.parametrize("url", ["", "leitziele", "massnahmen", "sitzung"])
def test_key_figures_are_never_cut(served: Server, small, url: str) -> None:  # noqa: F811
    """„in Umsetzung“, „+3 Punkte seit Stand 2“: every key figure's label, value and note whole, wrapped
    between words where the card is narrow."""
    from playwright.sync_api import expect

    _open(small, served, next(p for p in PAGES if p.url == url))
    expect(small.locator('[data-testid="stMetric"]').first).to_be_visible()
    _wait_idle(small)
    assert small.evaluate(CUT_FIGURES) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    small.screenshot(path=str(SCREENSHOTS / f"kennzahlen_{url or 'uebersicht'}_1366.png"))


def test_the_zeitplan_period_choice_is_whole(served: Server, small) -> None:  # noqa: F811
    """All three periods readable beside each other, „eigener Zeitraum“ too, and its date range beside them."""
    from playwright.sync_api import expect

    _open(small, served, next(p for p in PAGES if p.url == "zeitplan"))
    group = small.get_by_test_id("stButtonGroup")
    small.get_by_text(texts.zeitplan.PERIODS["custom"], exact=True).click()
    _wait_idle(small)
    expect(small.get_by_test_id("stDateInput")).to_be_visible()
    outer = group.bounding_box()
    for label in texts.zeitplan.PERIODS.values():
        option = group.get_by_text(label, exact=True)
        expect(option).to_be_visible()
        box = option.bounding_box()
        assert box["x"] >= outer["x"] and box["x"] + box["width"] <= outer["x"] + outer["width"] + 1, label
        assert option.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), label
    small.screenshot(path=str(SCREENSHOTS / "zeitplan_zeitraum_1366.png"))
