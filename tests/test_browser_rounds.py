"""A whole Berichtsrunde in Debian Chromium, on SQLite and on PostgreSQL: the Geschäftsstelle opens it on the page,
OWT reports with its pre-filled workbook (downloaded, filled, uploaded on Daten), the Digitalisierungsdezernat in the
browser's edit table, the IHK confirms „unverändert“, `remind` mails the missing ones with an address through a real
SMTP server, the reminded Stadtsparkasse then reports, the round is closed, and the Sitzung opens on its result
with the Lenkungskreis decisions."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from masterplan import clock, texts
from masterplan.cli import main
from masterplan.paths import PROJECT_ROOT
from masterplan.rounds import records
from masterplan.rounds.status import round_status
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.apptest import TODAY
from tests.mailbox import running_mailbox
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    TIMEOUT_MS,
    XLSX,
    _streamlit,
    browser,
    chromium,
    settled,
    sized_page,
)
from tests.workbooks import csv_bytes

pytestmark = BROWSER_MARKS
TEXT = texts.berichtsrunde
CONTACTS = [["ST-Nr.", "Ansprechperson", "E-Mail"], ["ST15", "Hanna Hochschule", "hrw@example.org"],
            ["ST16", "Sven Sparkasse", "sparkasse@example.org"]]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The example workbook as the city's data (Stand 1), then contacts with addresses for two Federführungen."""
    url = (f"sqlite:///{tmp_path / 'round.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_schema_factory")())
    contacts = tmp_path / "Stakeholder_Kontakte.csv"
    contacts.write_bytes(csv_bytes(CONTACTS))
    assert main(["import", str(importer.EXAMPLE_WORKBOOK), "--db", url]) == 0
    assert main(["import", str(contacts), "--db", url]) == 0
    yield url


def _choose_lead(page, label: str) -> None:
    from playwright.sync_api import expect

    settled(page)  # a click during a run may land on a box the run replaces
    box = page.get_by_test_id("stMain").get_by_role("combobox", name=TEXT.OWN_LEAD)  # the sidebar has a filter so named
    box.click()
    box.fill(label)
    page.get_by_role("option", name=label).click()
    expect(page.get_by_text(re.compile(rf"^{re.escape(label)}: "))).to_be_visible()
    settled(page)


def _success(page, text: str) -> None:
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stAlertContentSuccess").filter(has_text=text)).to_be_visible()
    settled(page)


def _figure(page, label: str) -> str:
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue").inner_text()


def _edit_progress(page, value: str) -> None:
    """Umsetzungsstand of the first measure in the edit table: the fourth column, reached by keyboard. The grid
    handles each key after the one before; keys sent at once are lost (seen: the cell showed the value, the server
    never got it), hence the pauses and the wait for the cell's editor."""
    grid = page.get_by_test_id("stDataFrame").nth(1)  # the first is the round's table
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 20, box["y"] + 52)  # the first row's Nr.
    for _ in range(3):
        page.wait_for_timeout(150)
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    page.keyboard.type(value[0])  # a key on a cell opens its editor with that key
    page.wait_for_function("() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)")
    page.keyboard.type(value[1:])
    page.wait_for_timeout(200)
    page.keyboard.press("Enter")


def test_a_whole_round_in_the_browser(browser, database: str, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect

    with _streamlit(tmp_path, database=database) as server, \
            sized_page(browser, {"width": 1366, "height": 900}) as page:
        page.goto(f"{server.url}/berichtsrunde")
        expect(page.get_by_text(TEXT.NONE_YET)).to_be_visible(timeout=TIMEOUT_MS)
        page.get_by_label(TEXT.ROUND_NOTE).fill("Bericht für den Lenkungskreis")
        page.get_by_role("button", name=TEXT.OPEN).click()
        _success(page, TEXT.OPENED.format(id=1))
        assert (_figure(page, TEXT.FIGURE_REPORTED), _figure(page, TEXT.FIGURE_MISSING)) == ("0", "13")

        # OWT: the pre-filled workbook, filled in and uploaded as it is
        _choose_lead(page, "ST05 (OWT)")
        with page.expect_download() as started:
            page.get_by_role("button", name="Arbeitsmappe für OWT herunterladen").click()
        download = started.value
        assert download.suggested_filename == "Meldung_ST05_Berichtsrunde-1.xlsx"
        book = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))  # the saved file has no suffix
        measures = book["Maßnahmen"]
        header = [cell.value for cell in measures[1]]
        assert [row[0].value for row in measures.iter_rows(min_row=2)] == ["M15", "M34", "M37", "M38", "M40", "M41"]
        measures.cell(3, header.index("Umsetzungsstand") + 1).value = 0.6
        filled = io.BytesIO()
        book.save(filled)
        page.get_by_role("link", name=texts.frame.PAGE_TITLES["daten"]).click()
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            files=[{"name": download.suggested_filename, "mimeType": XLSX, "buffer": filled.getvalue()}])
        page.get_by_role("button", name=texts.daten.CONFIRM).click()
        _success(page, texts.daten.SAVED.format(stand=3))

        # the Digitalisierungsdezernat: the edit table
        page.get_by_role("link", name=texts.frame.PAGE_TITLES["berichtsrunde"]).click()
        _choose_lead(page, "ST04 (Digitalisierungsdezernat)")
        _edit_progress(page, "90")
        expect(page.get_by_text("Noch nicht gespeichert, 1 Änderung: M01 · Umsetzungsstand: 85 % → 90 %")
               ).to_be_visible()  # the edit has reached the server
        page.get_by_role("button", name=TEXT.SAVE).click()
        _success(page, TEXT.SAVED.format(stand=4))

        # the IHK: nothing to change
        _choose_lead(page, "ST07 (IHK zu Essen)")
        page.get_by_role("button", name=TEXT.CONFIRM).click()
        _success(page, TEXT.CONFIRMED.format(name="ST07 (IHK zu Essen)"))
        assert (_figure(page, TEXT.FIGURE_REPORTED), _figure(page, TEXT.FIGURE_CONFIRMED)) == ("2", "1")

        # the reminder, as cron runs it on the server
        with running_mailbox() as mailbox:
            reminded = subprocess.run(
                [sys.executable, "-m", "masterplan", "remind", "--db", database], cwd=PROJECT_ROOT, text=True,
                capture_output=True, env=os.environ | {"MASTERPLAN_SMTP_URL": mailbox.url, "MASTERPLAN_TODAY": TODAY,
                                                       "MASTERPLAN_MAIL_FROM": "masterplan@oberhausen.example"})
        assert reminded.returncode == 1, reminded.stderr  # eight Federführungen without an address
        assert sorted(m["To"] for m in mailbox.messages) == ["hrw@example.org", "sparkasse@example.org"]
        assert "- M16 " in next(m for m in mailbox.messages if m["To"] == "sparkasse@example.org").get_content()

        # the Stadtsparkasse, reminded, confirms
        page.reload()
        _choose_lead(page, "ST16 (Stadtsparkasse)")
        page.get_by_role("button", name=TEXT.CONFIRM).click()
        _success(page, TEXT.CONFIRMED.format(name="ST16 (Stadtsparkasse)"))
        assert (_figure(page, TEXT.FIGURE_CONFIRMED), _figure(page, TEXT.FIGURE_MISSING)) == ("2", "9")

        page.get_by_role("button", name=TEXT.CLOSE, exact=True).click()
        page.get_by_role("button", name=TEXT.CLOSE_CONFIRM).click()
        _success(page, TEXT.CLOSED.format(id=1, stand=4))

        page.get_by_role("link", name=texts.frame.PAGE_TITLES["sitzung"]).click()
        expect(page.get_by_text("Ergebnis der Berichtsrunde 1", exact=True)).to_be_visible()
        settled(page)
        page.get_by_role("button", name=texts.sitzung.NEXT).click()
        expect(page.get_by_role("heading", name=texts.meeting.TITLE_BESCHLUESSE, exact=True)).to_be_visible()
        settled(page)
        page.screenshot(path=str(tmp_path / "sitzung-beschluesse.png"))

    store = Store(database)
    try:
        status = {r.federfuehrung.st_nr: r for r in round_status(store, records.rounds(store)[0], clock.today())}
        assert {k: str(r.state) for k, r in status.items() if k in ("ST04", "ST05", "ST07", "ST16")} == {
            "ST04": "gemeldet", "ST05": "gemeldet", "ST07": "bestätigt", "ST16": "bestätigt"}
        assert store.state(4).rows("Maßnahmen", ["M01"])["M01"]["umsetzungsstand"] == 90
        assert store.state(3).rows("Maßnahmen", ["M34"])["M34"]["umsetzungsstand"] == 60
        assert [f.file_name for f in store.files(4)] == ["Maßnahmen_Browser.csv"]
    finally:
        store.close()

