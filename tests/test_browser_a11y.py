"""Barrierefreiheit in Debian Chromium: axe-core finds no serious or critical violation in the app's own content —
on every page, on several Sitzung slides, on Maßnahmen with a measure chosen, on Daten with findings — and the
document says it is German. axe-core comes from the npm registry; `.ci/run` installs it into tests/.axe/."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest

from masterplan import texts
from masterplan.palette import contrast
from masterplan.paths import PROJECT_ROOT
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    PAGES,
    Server,
    _open,
    _upload,
    browser,
    chromium,
    served,
    server,
    settled,
    sized_page,
)
from tests.workbooks import upload, xlsx

pytestmark = BROWSER_MARKS

AXE_VERSION = "4.14.1"  # the version .ci/run installs
AXE = PROJECT_ROOT / "tests" / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
SMALL = {"width": 1366, "height": 768}
BARRIERS = ("serious", "critical")
# Rule id → why a finding comes from Streamlit's frame and the app cannot change it. Empty: the app's own
# content causes none today; prefer changing the app over adding a line here.
ALLOWED: dict[str, str] = {}
RUN = "axe.run(document, {resultTypes: ['violations']})"


@pytest.fixture(scope="module")
def axe() -> str:
    if not AXE.is_file():
        reason = f"{AXE} fehlt (npm install --prefix tests/.axe axe-core@{AXE_VERSION}, siehe .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    script = AXE.read_text(encoding="utf-8")
    assert f"axe v{AXE_VERSION}" in script[:200], "tests/.axe hält eine andere axe-core-Version"
    return script


@pytest.fixture
def small(browser) -> Iterator:  # noqa: F811 - the fixture imported above
    with sized_page(browser, SMALL) as opened:
        yield opened


def barriers(page, axe: str) -> list[str]:
    """Serious and critical violations on the page as it is now, one line per element."""
    page.evaluate(axe)
    result = page.evaluate(RUN)
    return [f"{v['id']} ({v['impact']}) {node['target']}: {node['failureSummary']}"
            for v in result["violations"] if v["impact"] in BARRIERS and v["id"] not in ALLOWED
            for node in v["nodes"]]


@pytest.mark.parametrize("nav", PAGES, ids=lambda p: p.url_path)
def test_no_page_has_a_serious_barrier(served: Server, small, axe: str, nav) -> None:  # noqa: F811
    _open(small, served, nav)
    settled(small)
    assert small.evaluate("document.documentElement.lang") == "de"
    assert barriers(small, axe) == []


def test_sitzung_slides_have_no_serious_barrier(served: Server, small, axe: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    _open(small, served, next(p for p in PAGES if p.url_path == "sitzung"))
    settled(small)
    counter = re.compile(texts.sitzung.COUNTER.format(number=r"(\d+)", count=r"\d+"))
    for number in (1, 2, 3):
        expect(small.locator(".st-key-sitzung_nav").get_by_text(counter)).to_have_text(
            re.compile(texts.sitzung.COUNTER.format(number=number, count=r"\d+")))
        assert barriers(small, axe) == [], f"Folie {number}"
        small.locator(".st-key-sitzung_next button").click()
        settled(small)


def test_a_chosen_measure_has_no_serious_barrier(served: Server, small, axe: str) -> None:  # noqa: F811
    small.goto(f"{served.url}/massnahmen?massnahme=M03")
    settled(small)
    assert small.get_by_text("M03 –").first.is_visible()
    assert barriers(small, axe) == []


def test_daten_with_findings_has_no_serious_barrier(served: Server, small, axe: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    rows = [["Nr.", "Maßnahme", "Status"], ["M01", "Bauakte", "vielleicht"]]
    wrong = upload("Massnahmen.xlsx", xlsx({"Maßnahmen": rows}))
    _upload(small, served, wrong)
    expect(small.get_by_text(re.compile(r"^\d+ Fehler")).first).to_be_visible()  # above the table of findings
    expect(small.get_by_test_id("stDataFrame").first).to_be_visible()
    settled(small)
    assert barriers(small, axe) == []


def test_keyboard_focus_on_a_page_link_is_a_visible_ring(served: Server, small) -> None:  # noqa: F811
    """WCAG 2.4.7: the link the keyboard is on shows a ring of at least 3:1, not only Streamlit's faint tint."""
    _open(small, served, next(p for p in PAGES if p.url_path == "zeitplan"))
    settled(small)
    links = small.locator('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]')
    links.nth(0).focus()
    small.keyboard.press("Tab")  # onto the second link, by keyboard, so :focus-visible applies
    style, width, color = small.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }""")
    assert small.evaluate("document.activeElement.getAttribute('href')") == links.nth(1).get_attribute("href")
    red, green, blue = (int(part) for part in re.findall(r"\d+", color)[:3])
    assert style == "solid" and width >= 2
    assert contrast(f"#{red:02X}{green:02X}{blue:02X}", "#EEF3F8") >= 3  # against the sidebar's blue-grey
