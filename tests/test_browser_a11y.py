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


def english_words(page) -> list[str]:
    """Streamlit's own English words still on the page: names, placeholders, tool tips and the skip link."""
    found = page.evaluate("""() => [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
        .flatMap(e => ['aria-label', 'placeholder', 'title'].map(a => e.getAttribute(a)).filter(v => v !== null))
        .concat([document.querySelector('[data-testid="stSkipToContent"]').textContent])""")
    words, beginnings = texts.frame.FRAME_WORDS["words"], texts.frame.FRAME_WORDS["beginnings"]
    return [value for value in found if value in words or value.startswith(tuple(beginnings))]


CHART_NAMES = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(chart => [
    chart.getAttribute('role'), chart.getAttribute('aria-label'),
    [...chart.querySelectorAll('.modebar-btn')].map(button => button.getAttribute('data-title'))])"""


@pytest.mark.parametrize("nav", PAGES, ids=lambda p: p.url_path)
def test_no_page_has_a_serious_barrier(served: Server, small, axe: str, nav) -> None:  # noqa: F811
    """axe-core, and what it does not check: the frame's words in German, each chart a named figure with
    plotly's one button in German, headings without their English link to themselves."""
    _open(small, served, nav)
    settled(small)
    assert small.evaluate("document.documentElement.lang") == "de"
    assert barriers(small, axe) == []
    assert english_words(small) == []
    assert small.get_by_test_id("stSkipToContent").text_content() == "Zum Inhalt springen"
    save = texts.charts.PLOTLY_LOCALE["dictionary"]["Download plot as a PNG"]
    for role, name, buttons in small.evaluate(CHART_NAMES):
        assert role == "figure" and name and not name.startswith("Keine"), name
        assert buttons == [save], buttons
    assert small.locator('[data-testid="stHeaderActionElements"] a[href^="#"]:visible').count() == 0
    if nav.url_path == "daten":
        uploader = small.get_by_test_id("stFileUploader").inner_text()
        assert "Datei wählen" in uploader and "20\u00a0MB je Datei" in uploader, uploader


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


def test_sitzung_by_keyboard_announces_each_screen_and_never_leaves_it(served: Server, small) -> None:  # noqa: F811
    """The sidebar is collapsed on the projector: no tab stop may land in it off-screen. → steps, the counter's
    live region says the new screen's title, the buttons' names are German."""
    _open(small, served, next(p for p in PAGES if p.url_path == "sitzung"))
    settled(small)
    from playwright.sync_api import expect

    small.mouse.click(5, 700)  # the page, not a control, has the focus
    small.keyboard.press("ArrowRight")
    status = small.locator(".st-key-sitzung_nav p[role=status]")
    expect(status).to_have_text(re.compile("^" + texts.sitzung.COUNTER.format(number=2, count=r"\d+") + " – .+"))
    settled(small)
    assert small.get_by_role("heading", level=2).first.inner_text() in status.inner_text()
    names = small.locator(".st-key-sitzung_nav").aria_snapshot()
    assert 'button "Weiter Tastenkürzel →"' in names and 'button "Zurück Tastenkürzel ←"' in names, names
    off_screen = []
    for _ in range(30):
        small.keyboard.press("Tab")
        left, width = small.evaluate("(() => { const r = document.activeElement.getBoundingClientRect();"
                                     " return [r.left, r.width]; })()")
        if left + width <= 0 or left >= SMALL["width"]:
            off_screen.append(small.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
    assert off_screen == []


def test_at_320_pixels_the_page_reflows(served: Server, browser) -> None:  # noqa: F811
    """WCAG 1.4.10 (a page zoomed to 400 %): the sidebar starts closed, nothing needs sideways scrolling, the key
    figures are whole. Charts are two-dimensional content; their sentence and table carry them."""
    with sized_page(browser, {"width": 320, "height": 640}) as narrow:
        _open(narrow, served, next(p for p in PAGES if p.default))
        settled(narrow)
        assert narrow.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "true"
        widths = narrow.evaluate("""() => [document.documentElement, document.querySelector('[data-testid="stMain"]'),
            document.querySelector('[data-testid="stMainBlockContainer"]')].map(e => e.scrollWidth - e.clientWidth)""")
        assert widths == [0, 0, 0], widths  # nothing to scroll sideways: not the page, not its main column
        clipped = narrow.evaluate("""() => [...document.querySelectorAll('[data-testid="stMetricValue"] p')]
            .filter(p => p.scrollWidth > p.clientWidth + 1).map(p => p.textContent)""")
        assert clipped == []


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
    assert english_words(small) == []  # also the uploaded file's „Entfernen“ and „Dateien hinzufügen“


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
