"""Starting the dashboard under AppTest on its own temporary database, and reading what a page shows."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from masterplan.access import operator
from masterplan.paths import PROJECT_ROOT
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from pages import shared
from tests.workbooks import xlsx

TODAY = "2026-11-26"


def serve_as_navigation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every page through dashboard.py (frame, sidebar, st.navigation) as the served app does: AppTest
    resets Streamlit's legacy-mode switch before every run, so it is left again each time (pages.shared)."""
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        shared.leave_legacy_pages_mode()

    monkeypatch.setattr(PagesManager, "__init__", init)


# Sign-in configured as in .streamlit/secrets.toml (AppTest never contacts the provider) and the roles of the README.
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test-cookie-secret",
        "client_id": "masterplan", "client_secret": "test", "server_metadata_url":
        "http://127.0.0.1:9/.well-known/openid-configuration"}
ROLES = {"admins": ["geschaeftsstelle@oberhausen.de"],
         "editors": {"digital@oberhausen.de": ["ST04"], "planung@oberhausen.de": ["ST02"]}}


def signed_in(email: str, name: str = "") -> dict[str, object]:
    """What st.user holds for someone signed in (AppTest's user)."""
    return {"is_logged_in": True, "email": email, "name": name or email.split("@")[0].title()}


def start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str | None = None,
          state: dict[str, object] | None = None, query: dict[str, str | list[str]] | None = None,
          user: dict[str, object] | None = None, today: str = TODAY) -> AppTest:
    """The app on a fresh SQLite database (example data loads on first start), optionally on ``page``.

    ``state`` presets session state, e.g. a combination of filters the narrowed sidebar would not offer;
    ``query`` is the query string of the link the session opens with; ``user`` (st.user) switches sign-in on,
    with AUTH and ROLES as secrets. ``today`` pins the day (ISO); a test that ages stored Stände passes the real
    one, since stored times are never compared with a pinned day.
    """
    serve_as_navigation(monkeypatch)
    monkeypatch.setenv("DATABASE_URL", database(tmp_path))
    monkeypatch.setenv("MASTERPLAN_TODAY", today)
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=90)
    if user is not None:
        app.secrets["auth"], app.secrets["roles"] = AUTH, ROLES
        app.user = user
    for key, value in (state or {}).items():
        app.session_state[key] = value
    app.query_params.update(query or {})
    app.run()
    if page:
        app.switch_page(f"pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def open_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str | None = None,
             **filters: list[str]) -> AppTest:
    """The app on ``page`` with sidebar filters set by widget key, e.g. filter_status=[…]."""
    app = start(monkeypatch, tmp_path)
    for key, values in filters.items():
        app.sidebar.multiselect(key=key).set_value(values).run()
        assert not app.exception, [e.value for e in app.exception]
    if page:
        app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, [e.value for e in app.exception]
    return app


def no_exception(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]


def metric(app: AppTest, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def table_with(app: AppTest, column: str) -> pd.DataFrame:
    """The first table shown with a column named ``column``: by field (as the page passed it), or by the header
    a user reads (its column label), then under those headers."""
    for frame in app.dataframe:
        if column in frame.value.columns:
            return frame.value
        labels = {name: config["label"] for name, config in json.loads(frame.proto.columns).items()
                  if config.get("label")}
        shown = frame.value.rename(columns=labels)
        if column in shown.columns:
            return shown
    raise AssertionError(f"no table with a column {column!r}")


def texts_of(elements) -> list[str]:
    return [e.value for e in elements]


def plotly_specs(app: AppTest) -> list[dict]:
    """The plotly charts shown, as their JSON specs."""
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def filter_mark(app: AppTest) -> str:
    """The page's „gefiltert: …“ mark as a user reads it, "" when the page shows none."""
    marks = [m.value for m in app.main.markdown if m.value.startswith(":orange-badge[:material/filter_alt:")]
    assert len(marks) <= 1, marks
    mark = marks[0].removeprefix(":orange-badge[:material/filter_alt: ").removesuffix("]") if marks else ""
    return mark.replace("\\", "")


def database(tmp_path: Path) -> str:
    """The URL start() runs the app on."""
    return f"sqlite:///{tmp_path / 'app.db'}"


def import_file(tmp_path: Path, name: str, content: bytes, note: str = "") -> int:
    """One upload into the app's test database as the Daten page stores it (example data first); its Stand."""
    store = Store(database(tmp_path))
    try:
        importer.ensure_example(store)
        prepared = importer.prepare(store, [UploadFile(name, content)])
        assert not prepared.has_errors, [f.line() for f in prepared.findings]
        return importer.commit(store, prepared, user=operator("Test"), note=note).id
    finally:
        store.close()


def changed_stands(tmp_path: Path) -> None:
    """Stand 2 = the example workbook as own data; Stand 3 = M01 abgeschlossen and a new M43 with one institution."""
    import_file(tmp_path, "Masterplan.xlsx", importer.EXAMPLE_WORKBOOK.read_bytes(), "eigene Daten")
    change = xlsx({"Maßnahmen": [
        ["Nr.", "Maßnahme", "LZ-Nr.", "Federführung", "Status"],
        ["M01", "Beispiel: Digitale Bauakte einführen", "LZ1", "ST04", "abgeschlossen"],
        ["M43", "Beispiel: Gründungszentrum am Hauptbahnhof", "LZ3", "ST01", "in Planung"],
    ]})
    import_file(tmp_path, "Aenderung.xlsx", change, "Lenkungskreis November")
