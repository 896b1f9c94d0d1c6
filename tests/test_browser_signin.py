"""Sign-in in Debian Chromium against a real OpenID Connect provider (oidc-provider-mock, started here): the
German sign-in screen, the provider's form, back in the dashboard with name and role in the sidebar, what the
role may do on Daten, sign-out. Roles as in the README's secrets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from bench.cluster import free_port
from masterplan import texts
from masterplan.access import operator
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.test_browser import (  # noqa: F401 - fixtures by name
    BROWSER_MARKS,
    TIMEOUT_MS,
    Server,
    _streamlit,
    browser,
    chromium,
    settled,
    sized_page,
)
from tests.workbooks import csv_bytes

pytestmark = BROWSER_MARKS

PEOPLE = {"geschaeftsstelle@oberhausen.de": "Gerd Geschäft", "digital@oberhausen.de": "Dana Digital",
          "lenkungskreis@oberhausen.de": "Lena Lenk"}
SECRETS = """
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "a-long-random-string-for-the-test-only"
client_id = "masterplan-monitor"
client_secret = "test-secret"
server_metadata_url = "{issuer}/.well-known/openid-configuration"

[roles]
admins = ["geschaeftsstelle@oberhausen.de"]
[roles.editors]
"digital@oberhausen.de" = ["ST04"]
"""


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    import httpx
    import oidc_provider_mock

    with oidc_provider_mock.run_server_in_thread() as server:
        issuer = f"http://localhost:{server.server_port}"
        for email, name in PEOPLE.items():
            answer = httpx.put(f"{issuer}/users/{quote(email)}", json={"email": email, "name": name})
            assert answer.status_code == 204
        yield issuer


@pytest.fixture(scope="module")
def signin_server(chromium, provider: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    """The dashboard with sign-in on, over the example workbook stored as the city's real data."""
    folder = tmp_path_factory.mktemp("signin")
    store = Store(f"sqlite:///{folder / 'e2e.db'}")
    importer.commit(store, importer.prepare(store, importer.load_files([str(importer.EXAMPLE_WORKBOOK)])),
                    user=operator("Geschäftsstelle"))
    store.close()
    port = free_port()
    secrets = folder / "secrets.toml"
    secrets.write_text(SECRETS.format(port=port, issuer=provider), encoding="utf-8")
    with _streamlit(folder, ("--secrets.files", str(secrets)), port=port) as running:
        yield running


def _sign_in(page, server: Server, email: str, path: str = "") -> None:
    from playwright.sync_api import expect

    page.goto(f"{server.url}/{path}")
    expect(page.get_by_role("heading", name=texts.frame.SIGN_IN_TITLE)).to_be_visible(timeout=TIMEOUT_MS)
    assert page.get_by_test_id("stFileUploader").count() == 0  # a deep link shows nothing before sign-in
    assert page.get_by_text(texts.frame.SIDEBAR_STAND, exact=True).count() == 0  # no Stand, no page behind it
    page.get_by_role("button", name=texts.frame.SIGN_IN).click()
    page.get_by_placeholder("sub").fill(email)  # the provider's own form
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_text(re.compile("^Angemeldet: "))).to_be_visible(timeout=TIMEOUT_MS)
    if path:  # Streamlit returns to the start page after sign-in; the session cookie holds for any page
        page.goto(f"{server.url}/{path}")
        expect(page.get_by_text(re.compile("^Angemeldet: "))).to_be_visible(timeout=TIMEOUT_MS)
    settled(page)


def test_sign_in_shows_who_and_the_role_then_sign_out(signin_server: Server, browser) -> None:  # noqa: F811
    from playwright.sync_api import expect

    with sized_page(browser, {"width": 1366, "height": 768}) as page:
        _sign_in(page, signin_server, "lenkungskreis@oberhausen.de")
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text("Angemeldet: Lena Lenk · Betrachter")).to_be_visible()
        page.get_by_role("link", name="Daten").click()
        expect(page.get_by_text(texts.daten.READ_ONLY)).to_be_visible(timeout=TIMEOUT_MS)
        assert page.get_by_test_id("stFileUploader").count() == 0
        sidebar.get_by_role("button", name=texts.frame.SIGN_OUT).click()
        page.get_by_role("button", name="End session").click()  # the provider ends its session too
        expect(page.get_by_role("button", name=texts.frame.SIGN_IN)).to_be_visible(timeout=TIMEOUT_MS)
        page.goto(f"{signin_server.url}/daten")  # and the dashboard is closed again
        expect(page.get_by_role("button", name=texts.frame.SIGN_IN)).to_be_visible(timeout=TIMEOUT_MS)
        assert page.get_by_test_id("stFileUploader").count() == 0


def test_an_editor_is_refused_a_measure_of_another_federfuehrung(signin_server: Server, browser,  # noqa: F811
                                                                  tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with sized_page(browser, {"width": 1366, "height": 768}) as page:
        _sign_in(page, signin_server, "digital@oberhausen.de", "daten")
        expect(page.get_by_text("Angemeldet: Dana Digital · Bearbeiter · meldet für ST04")).to_be_visible()
        upload = tmp_path / "Maßnahmen.csv"  # M01 is ST04's own, M02 belongs to ST02
        upload.write_bytes(csv_bytes([["Nr.", "Status"], ["M01", "zurückgestellt"], ["M02", "zurückgestellt"]]))
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(upload))
        expect(page.get_by_text(re.compile(r"^1 Fehler")).first).to_be_visible(timeout=TIMEOUT_MS)
        settled(page)
        expect(page.get_by_text(re.compile("Nichts gespeichert|nicht gespeichert|Fehler"))).not_to_have_count(0)
        assert page.get_by_role("button", name="Als neuen Stand speichern").count() == 0
