"""Import benchmark: read + validate + store against a plain openpyxl read of the same workbook.

Each measurement runs in its own process so that its peak memory (ru_maxrss, including the reader's
child process) is its own.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from bench.generate import workbook_bytes
from bench.process import in_process
from masterplan.access import operator

PARTIAL_ROWS = 10


def measure_import(path: str, db: str) -> dict[str, float]:
    """Time a full import of ``path`` into the empty database ``db``, then a 10-row partial update."""
    from masterplan.storage import importer
    from masterplan.storage.store import Store, UploadFile
    from tests.workbooks import xlsx

    store = Store(db)
    started = time.perf_counter()
    prepared = importer.prepare(store, importer.load_files([path]))
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error][:5]
    importer.commit(store, prepared, user=operator("bench"))
    full = time.perf_counter() - started
    rows = [["Nr.", "Status", "Umsetzungsstand"]] + [[f"M{n:05d}", "in Umsetzung", 0.5] for n in
                                                      range(1, PARTIAL_ROWS + 1)]
    update = UploadFile("Massnahmen_Update.xlsx", xlsx({"Maßnahmen": rows}))
    started = time.perf_counter()
    prepared = importer.prepare(store, [update])
    assert not prepared.has_errors
    importer.commit(store, prepared, user=operator("bench"))
    partial = time.perf_counter() - started
    store.close()
    return {"import_s": full, "partial_s": partial, "peak_mb": _peak_mb()}


def measure_openpyxl(path: str) -> dict[str, float]:
    import pandas as pd

    started = time.perf_counter()
    pd.read_excel(path, engine="openpyxl", sheet_name=None)
    return {"openpyxl_s": time.perf_counter() - started, "openpyxl_peak_mb": _peak_mb()}


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run(sizes: list[int]) -> list[dict[str, float]]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"Masterplan_{size}.xlsx"
            path.write_bytes(workbook_bytes(size))
            db = f"sqlite:///{Path(folder) / f'bench_{size}.db'}"
            result = {"measures": size, "file_mb": path.stat().st_size / 1e6}
            result |= in_process(__name__, "measure_import", str(path), db)
            result |= in_process(__name__, "measure_openpyxl", str(path))
            result["ratio"] = result["openpyxl_s"] / result["import_s"]
            results.append(result)
            print(_line(result), flush=True)
    return results


HEADER = ("| Maßnahmen | Datei | Import (lesen+prüfen+speichern) | openpyxl nur lesen | Faktor | Spitze RAM Import "
          "| 10-Zeilen-Update |")


def _line(r: dict[str, float]) -> str:
    return (f"| {r['measures']:,} | {r['file_mb']:.1f} MB | {r['import_s']:.2f} s | {r['openpyxl_s']:.2f} s "
            f"| {r['ratio']:.1f}× | {r['peak_mb']:.0f} MB | {r['partial_s']:.2f} s |")


def main(sizes: list[int]) -> None:
    print(HEADER)
    print("|---|---|---|---|---|---|---|")
    run(sizes)
