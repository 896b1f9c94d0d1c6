"""Hostile and large CSV uploads: what the server process pays before it answers, against pandas.read_csv.

Each case is a file a user could upload (up to the 20 MB limit). The server's own peak is read from
/proc/self/status (VmHWM), the reader child's from its rusage; pandas is what one would otherwise run to look
at such a file.
"""

from __future__ import annotations

import contextlib
import resource
import tempfile
import time
from pathlib import Path

from bench.process import in_process

MB = 1024 * 1024
CASES = {
    "19 MB Leerzeilen": lambda: b"\n" * (19 * MB),
    "5 Mio. Zeilen „x“": lambda: b"x\n" * (99 * MB // 20),
    "4,9 Mio. Zeilen „1;2“": lambda: b"Nr.;Text\n" + b"1;2\n" * (19 * MB // 4),
    "199 999 Zeilen mit je einem Fehler": lambda: b"Nr.;Ma\xc3\x9fnahme;Status\n" + b"".join(
        f"M{n:06d};Gr\u00fcnderzentrum Nummer {n} am Hafen;in Umsetzung\n".encode() for n in range(1, 200_000)),
}


def measure_prepare(path: str) -> dict[str, float]:
    from masterplan.storage import importer
    from masterplan.storage.store import Store

    started = time.perf_counter()
    prepared = importer.prepare(Store("sqlite://"), importer.load_files([path]))
    seconds = time.perf_counter() - started
    errors = [f.message for f in prepared.findings if f.is_error]
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    answer = errors[0] if errors else "–"
    return {"prepare_s": seconds, "server_mb": _own_peak_mb(), "child_mb": child, "answer": answer}


def measure_pandas(path: str) -> dict[str, float]:
    import pandas as pd

    started = time.perf_counter()
    with contextlib.suppress(pd.errors.EmptyDataError):  # a file of blank lines: pandas has nothing to show
        pd.read_csv(path, sep=";", dtype=str, keep_default_na=False)
    return {"pandas_s": time.perf_counter() - started, "pandas_mb": _own_peak_mb()}


def _own_peak_mb() -> float:
    """This process's peak (VmHWM); ru_maxrss would carry over the peak of the process that started it."""
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def main() -> None:
    print("| Datei | Größe | Antwort | Prüfen | Server-Spitze | Lesekind-Spitze | pandas.read_csv | pandas-Spitze |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, content in CASES.items():
            path = Path(folder) / "Massnahmen.csv"
            path.write_bytes(content())
            r = {"size_mb": path.stat().st_size / MB}
            r |= in_process(__name__, "measure_prepare", str(path))
            r |= in_process(__name__, "measure_pandas", str(path))
            print(f"| {name} | {r['size_mb']:.1f} MB | {r['answer'][:60]} | {r['prepare_s']:.2f} s "
                  f"| {r['server_mb']:.0f} MB | {r['child_mb']:.0f} MB | {r['pandas_s']:.2f} s "
                  f"| {r['pandas_mb']:.0f} MB |", flush=True)
