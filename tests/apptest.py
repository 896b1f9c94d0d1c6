"""Starting the dashboard under AppTest on its own temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from masterplan.db import PROJECT_ROOT

TODAY = "2026-11-26"


def serve_as_navigation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every page through dashboard.py (frame, sidebar, st.navigation) as the served app does.

    With a folder named pages/ beside dashboard.py, Streamlit starts in its legacy multipage mode until the
    first st.navigation call switches it off for the process; AppTest resets that switch before every run,
    so without this a switched-to page would run alone, without frame and sidebar, on the previous view.
    """
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


def start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str | None = None) -> AppTest:
    """The app on a fresh SQLite database (example data loads on first start), optionally on ``page``."""
    serve_as_navigation(monkeypatch)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("MASTERPLAN_TODAY", TODAY)
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=90)
    app.run()
    if page:
        app.switch_page(f"pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app
