"""Settings an operator gives as environment variables or in ``.streamlit/secrets.toml``: the environment wins, the
secrets file may spell the name in capitals or in small letters (``DATABASE_URL`` or ``database_url``)."""

from __future__ import annotations

import os
import tomllib

from masterplan.paths import STREAMLIT_CONFIG

SECRETS_PATH = STREAMLIT_CONFIG / "secrets.toml"


def setting(name: str) -> str | None:
    """The value of setting ``name`` (an environment variable's name), or None when it is not given anywhere."""
    value = os.environ.get(name)
    if value:
        return value
    if not SECRETS_PATH.is_file():
        return None
    with SECRETS_PATH.open("rb") as handle:
        secrets = tomllib.load(handle)
    found = secrets.get(name, secrets.get(name.lower()))
    return str(found) if found not in (None, "") else None
