"""The server set-up of deploy/: two Streamlit instances on one PostgreSQL behind Debian's nginx with the shipped
site (sticky by cookie), in Debian Chromium. Two instances starting at once on an empty database store the example
once; a Stand stored through one is what the other shows on its next page view; uploads confirmed at the same
moment through both end in distinct Stände or a clean refusal, nothing lost; each browser stays on its instance."""

from __future__ import annotations

import contextlib
import re
import time

import pytest

from bench.cluster import ClusterError, nginx
from masterplan import texts
from masterplan.paths import PROJECT_ROOT
from masterplan.storage.store import Store
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    PAGES,
    TIMEOUT_MS,
    Server,
    _open,
    _streamlit,
    _unavailable,
    browser,
    chromium,
    settled,
    sized_page,
)
from tests.workbooks import csv_bytes

pytestmark = BROWSER_MARKS

SCREEN = {"width": 1366, "height": 768}
SAVE = "Als neuen Stand speichern"


@pytest.fixture(scope="module")
def cluster(chromium, postgres_schema_factory, tmp_path_factory: pytest.TempPathFactory):  # noqa: F811
    """Two instances on one fresh PostgreSQL schema, not yet visited (so no example data yet), behind nginx."""
    database = postgres_schema_factory()
    folder = tmp_path_factory.mktemp("cluster")
    for name in ("a", "b"):
        (folder / name).mkdir()
    with contextlib.ExitStack() as stack:
        first = stack.enter_context(_streamlit(folder / "a", database=database))
        second = stack.enter_context(_streamlit(folder / "b", database=database))
        ports = [first.port, second.port]
        try:
            proxy, log = stack.enter_context(nginx(folder / "nginx", ports))
        except ClusterError as error:
            _unavailable(str(error))
        yield {"database": database, "a": first, "b": second, "proxy": proxy, "log": log}


def _stands(database: str) -> list[tuple[int, str, str]]:
    store = Store(database)
    try:
        return [(s.id, s.kind, s.note) for s in store.stands()]
    finally:
        store.close()


def _chosen_stand(page):
    """The Stand selector of the sidebar, whose value is the newest Stand unless one was chosen."""
    return page.get_by_test_id("stSidebar").get_by_role("combobox", name=texts.frame.SIDEBAR_STAND)


def _prepare_upload(page, server: Server, name: str, rows: list[list[object]], note: str) -> None:
    """On Daten: the CSV checked, the note written, „speichern“ ready to click."""
    from playwright.sync_api import expect

    _open(page, server, next(p for p in PAGES if p.url_path == "daten"))
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": csv_bytes(rows)}])
    expect(page.get_by_role("button", name=SAVE)).to_be_visible(timeout=TIMEOUT_MS)
    page.get_by_label(texts.daten.NOTE).fill(note)
    page.get_by_label(texts.daten.NOTE).press("Tab")
    settled(page)


def test_instances_share_one_database_without_stale_pages_or_lost_uploads(cluster, browser) -> None:  # noqa: F811
    from playwright.sync_api import expect

    with sized_page(browser, SCREEN) as on_a, sized_page(browser, SCREEN) as on_b:
        # both instances see an empty database at the same moment: the example is stored once
        on_a.goto(cluster["a"].url)
        on_b.goto(cluster["b"].url)
        for page in (on_a, on_b):
            expect(page.get_by_role("heading", name=texts.frame.PAGE_TITLES["uebersicht"])).to_be_visible(
                timeout=TIMEOUT_MS)
        assert [kind for _, kind, _ in _stands(cluster["database"])] == ["example"], Store(cluster["database"]).stands()

        # a Stand stored through A is what B shows on its next page view
        adopt = [["Nr.", "Status"], ["M01", "zurückgestellt"]]
        _open(on_a, cluster["a"], next(p for p in PAGES if p.url_path == "daten"))
        on_a.get_by_text(texts.daten.ADOPT).click()
        settled(on_a)
        on_a.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            files=[{"name": "Maßnahmen.csv", "mimeType": "text/csv", "buffer": csv_bytes(adopt)}])
        on_a.get_by_role("button", name=SAVE).click()
        expect(on_a.get_by_text("Gespeichert als Stand 2.")).to_be_visible(timeout=TIMEOUT_MS)
        _open(on_b, cluster["b"], next(p for p in PAGES if p.url_path == "massnahmen"))
        settled(on_b)
        expect(_chosen_stand(on_b)).to_have_value(re.compile(r"^Stand 2 "))

        # the same moment through both: one Stand, one clean refusal; checked again, the second is stored too
        _prepare_upload(on_a, cluster["a"], "Maßnahmen.csv", [["Nr.", "Status"], ["M02", "zurückgestellt"]], "von A")
        _prepare_upload(on_b, cluster["b"], "Maßnahmen.csv", [["Nr.", "Status"], ["M04", "zurückgestellt"]], "von B")
        save_a, save_b = (page.get_by_role("button", name=SAVE) for page in (on_a, on_b))
        save_a.click(no_wait_after=True)
        save_b.click(no_wait_after=True)
        outcome = re.compile(r"^Gespeichert als Stand \d+\.$|^Inzwischen wurde ein neuerer Stand")
        for page in (on_a, on_b):  # each says what became of its upload
            expect(page.get_by_text(outcome)).to_be_visible(timeout=TIMEOUT_MS)
            settled(page)
        stored = _stands(cluster["database"])
        notes = [note for _, _, note in stored[2:]]
        refused = [page for page in (on_a, on_b) if page.get_by_text(re.compile("Inzwischen wurde ein neuerer "
                                                                                 "Stand")).count()]
        assert len(notes) + len(refused) == 2, (stored, len(refused))  # each upload stored or refused, never lost
        for page in refused:
            page.get_by_role("button", name=SAVE).click()  # checked again against the newer Stand
            expect(page.get_by_text(re.compile(r"^Gespeichert als Stand \d+\.$"))).to_be_visible(timeout=TIMEOUT_MS)
        assert sorted(note for _, _, note in _stands(cluster["database"])[2:]) == ["von A", "von B"]
        store = Store(cluster["database"])
        plan = store.plan(store.latest().id)["Maßnahmen"].set_index("nr")
        store.close()
        assert list(plan.loc[["M01", "M02", "M04"], "status"]) == ["zurückgestellt"] * 3


def test_nginx_keeps_each_browser_on_its_instance(cluster, browser) -> None:  # noqa: F811
    """Through the shipped site: the page and its websocket work, the route cookie is set, and every request of
    a browser goes to the instance its cookie names — cookies are tried until both instances are in use."""
    from playwright.sync_api import expect

    used: dict[str, set[str]] = {}
    overview = next(p for p in PAGES if p.default)
    for number in range(12):
        name = f"browser{number}"
        context = browser.new_context(viewport=SCREEN, locale="de-DE", extra_http_headers={"X-Test-Browser": name})
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.goto(cluster["proxy"])
        expect(page.get_by_role("heading", name=overview.title)).to_be_visible()
        page.get_by_role("link", name="Zeitplan").click()
        expect(page.get_by_role("heading", name="Zeitplan")).to_be_visible()
        assert any(c["name"] == "masterplan_route" for c in context.cookies())
        context.close()
        time.sleep(0.5)  # the access log is written when a request ends
        used[name] = {line.split()[1] for line in cluster["log"].read_text().splitlines()
                      if line.startswith(f"{name} ") and line.split()[1] != "-"}
        if len(set().union(*used.values())) == 2:
            break
    assert all(len(upstreams) == 1 for upstreams in used.values()), used  # sticky, websocket included
    assert len(set().union(*used.values())) == 2, used  # and both instances serve


def test_the_shipped_unit_starts_streamlit_as_the_tests_do() -> None:
    """The unit's command is the one the cluster above runs (binary and working directory aside)."""
    unit = (PROJECT_ROOT / "deploy" / "masterplan@.service").read_text(encoding="utf-8")
    start = next(line for line in unit.splitlines() if line.startswith("ExecStart=")).split()[1:]
    assert start == ["run", "dashboard.py", "--server.address", "127.0.0.1", "--server.port", "%i",
                     "--server.headless", "true"]
    assert "WorkingDirectory=/opt/masterplan" in unit.splitlines()
