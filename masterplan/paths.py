"""Where the project's own files are, so no module has to count parent folders from its own place."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA = PROJECT_ROOT / "data"
STREAMLIT_CONFIG = PROJECT_ROOT / ".streamlit"
