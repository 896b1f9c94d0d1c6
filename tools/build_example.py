"""Build data/Masterplan_Beispiel.xlsx from tools/example_content.py.

    python -m tools.build_example          # (re)write the workbook
    python -m tools.build_example --check  # exit 1 when the workbook no longer matches the content

The check compares cell values of the data sheets, not bytes: an xlsx embeds timestamps, so two builds
of the same content differ byte for byte.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "Masterplan_Beispiel.xlsx"

SheetValues = dict[str, list[tuple[object, ...]]]


def build() -> bytes:
    """The xlsx bytes of the example content in the upload format."""
    from masterplan.exports.workbook import write_workbook
    from masterplan.tables import Plan
    from tools.example_content import EXAMPLE

    return write_workbook(Plan.from_records(EXAMPLE))


def sheet_values(xlsx: bytes) -> SheetValues:
    """Cell values of every data sheet (helper sheets left out), trailing blanks trimmed."""
    from openpyxl import load_workbook

    from loaders.schema import SHEETS

    workbook = load_workbook(io.BytesIO(xlsx), read_only=True, data_only=True)
    try:
        values: SheetValues = {}
        for sheet in SHEETS:
            if sheet.name not in workbook.sheetnames:
                values[sheet.name] = []
                continue
            rows = [_trim(row) for row in workbook[sheet.name].iter_rows(values_only=True)]
            while rows and not rows[-1]:
                rows.pop()
            values[sheet.name] = rows
        return values
    finally:
        workbook.close()


def _trim(row: tuple[object, ...]) -> tuple[object, ...]:
    cells = list(row)
    while cells and cells[-1] in (None, ""):
        cells.pop()
    return tuple(cells)


def differences(expected: SheetValues, actual: SheetValues) -> list[str]:
    """Human-readable differences between two sheet_values results (first few per sheet)."""
    found: list[str] = []
    for name in expected.keys() | actual.keys():
        old, new = actual.get(name, []), expected.get(name, [])
        if len(old) != len(new):
            found.append(f"{name}: {len(old)} Zeilen in der Datei, {len(new)} erwartet")
        mismatches = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
        found.extend(f"{name}, Zeile {i + 1}: {old[i]!r} ≠ {new[i]!r}" for i in mismatches[:3])
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="nur prüfen, ob die Datei aktuell ist")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"Zieldatei (Standard: {OUTPUT})")
    args = parser.parse_args(argv)
    xlsx = build()
    if args.check:
        if not args.output.exists():
            print(f"{args.output} fehlt; bauen mit: python -m tools.build_example", file=sys.stderr)
            return 1
        problems = differences(sheet_values(xlsx), sheet_values(args.output.read_bytes()))
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{args.output} ist veraltet; neu bauen mit: python -m tools.build_example", file=sys.stderr)
            return 1
        print(f"{args.output} ist aktuell.")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(xlsx)
    print(f"{args.output} geschrieben ({len(xlsx):,} Bytes).")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
