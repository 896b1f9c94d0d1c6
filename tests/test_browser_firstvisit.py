"""Issue 7, the first visit in Chromium: no file name in the sidebar, every page at its own URL, no third party.

Server, browser and helpers come from tests/test_browser.py. A fresh server matters: until the first
st.navigation call of the process, Streamlit serves a pages/ folder beside dashboard.py in its legacy
multipage mode, whose own navigation lists the files.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import urlsplit

import pytest

from masterplan import texts
from masterplan.paths import PROJECT_ROOT
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    CHARTS_DRAWN,
    PAGES,
    Server,
    _expect_or_error,
    _heading,
    _wait_idle,
    browser,
    chromium,
    fresh_server,
    page,
    served,
    server,
)

pytestmark = BROWSER_MARKS

ICON = PROJECT_ROOT / "masterplan" / "assets" / "icon.svg"
FILE_NAMES = {"dashboard"} | {script.stem for script in (PROJECT_ROOT / "pages").glob("*.py")}
# Runs in the page before any of its scripts: every link text the sidebar ever shows (icons left out) and
# every title the browser tab ever shows.
RECORD_SIDEBAR_LINKS = """
window.sidebarLinks = new Set();
window.tabTitles = [];
const record = () => {
    if (window.tabTitles.at(-1) !== document.title) window.tabTitles.push(document.title);
    document.querySelectorAll('[data-testid="stSidebar"] a').forEach(link => {
        const label = link.cloneNode(true);
        label.querySelectorAll('[data-testid="stIconMaterial"]').forEach(icon => icon.remove());
        window.sidebarLinks.add(label.textContent.trim());
    });
};
new MutationObserver(record).observe(document, {subtree: true, childList: true, characterData: true});
"""


@pytest.mark.parametrize("nav", [next(p for p in PAGES if p.default), next(p for p in PAGES if not p.default)],
                         ids=["root", "deep-link"])
def test_the_sidebar_never_shows_a_file_name(fresh_server: Server, page, nav) -> None:  # noqa: F811 - the fixtures imported above
    """From the first paint of a fresh server until the run ends, the sidebar links are the page titles only.
    The browser tab ends on the app's title and never falls back to a file name once it had it. Before it,
    Streamlit's legacy pages/ mode names the script („dashboard“, „leitziele“) until the page config arrives:
    dashboard.py sends it before its slow imports, which shortened that from 0.73 s to 0.08 s (measured)."""
    page.context.add_init_script(RECORD_SIDEBAR_LINKS)
    offset = fresh_server.log_size()
    page.goto(f"{fresh_server.url}/{nav.url}")
    _expect_or_error(page, _heading(page, nav.title), fresh_server, offset)
    shown = set(page.evaluate("Array.from(window.sidebarLinks)"))
    assert not shown & FILE_NAMES, f"Dateinamen als Seiten in der Seitenleiste: {sorted(shown & FILE_NAMES)}"
    assert shown == {p.title for p in PAGES}, sorted(shown)
    titles = page.evaluate("window.tabTitles")
    assert titles[-1] == texts.frame.APP_TITLE, titles
    after = titles[titles.index(texts.frame.APP_TITLE):]
    assert not [t for t in after if set(re.findall(r"\w+", t.lower())) & FILE_NAMES], titles


@pytest.mark.parametrize("nav", PAGES, ids=lambda p: p.url_path)
def test_every_page_opens_at_its_own_path(served: Server, page, nav) -> None:  # noqa: F811 - the fixtures imported above
    """/uebersicht too, though the Übersicht also lives at the root: its title, no „Page not found“ dialog."""
    offset = served.log_size()
    page.goto(f"{served.url}/{nav.url_path}")
    _expect_or_error(page, _heading(page, nav.title), served, offset)
    assert urlsplit(page.url).path == f"/{nav.url_path}"


def test_no_request_leaves_the_server(fresh_server: Server, page) -> None:  # noqa: F811 - the fixtures imported above
    """Every page from a fresh server, charts drawn: fonts and scripts from the server, the app's icon inline."""
    own = urlsplit(fresh_server.url).netloc
    foreign: list[str] = []

    def keep_local(route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda request: urlsplit(request.url).netloc not in (own, "") and foreign.append(request.url))
    page.context.route("**/*", keep_local)
    for nav in PAGES:
        offset = fresh_server.log_size()
        page.goto(f"{fresh_server.url}/{nav.url}")
        _expect_or_error(page, _heading(page, nav.title), fresh_server, offset)
        page.wait_for_function(CHARTS_DRAWN)
        _wait_idle(page)
    assert not foreign, f"Anfragen an andere Rechner: {sorted(set(foreign))}"
    favicon = page.locator('link[rel="shortcut icon"]').get_attribute("href")
    assert favicon == f"data:image/svg+xml;base64,{base64.b64encode(ICON.read_bytes()).decode()}"

