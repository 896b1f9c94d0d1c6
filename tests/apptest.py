"""Starting the dashboard under AppTest on its own temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from masterplan.db import PROJECT_ROOT

TODAY = "2026-11-26"


def start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str | None = None) -> AppTest:
    """The app on a fresh SQLite database (example data loads on first start), optionally on ``page``."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("MASTERPLAN_TODAY", TODAY)
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=90)
    app.run()
    if page:
        app.switch_page(f"pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app
