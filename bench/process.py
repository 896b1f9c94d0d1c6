"""One measurement per fresh interpreter, so that its time and peak memory are its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def in_process(module: str, function: str, *args: str) -> dict:
    """``module.function(*args)`` in a new Python process; its JSON answer is the last line it prints."""
    code = f"import json, sys; from {module} import {function}; print(json.dumps({function}(*sys.argv[1:])))"
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])
