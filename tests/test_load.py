"""load_tables parses workbooks inside the reader children (two for large files); it must give exactly
what read_file followed by parse_workbook gives."""

from __future__ import annotations

import pytest

from loaders import read
from loaders.parse import parse_workbook
from loaders.read import load_tables, read_file
from masterplan.storage.importer import EXAMPLE_WORKBOOK
from tests import files
from tests.workbooks import small_plan, xlsx


def _faulty() -> bytes:
    """Errors in cells, an unknown sheet and blank rows: every kind of finding."""
    sheets = small_plan()
    sheets["Maßnahmen"][1][6] = "siebzig"
    sheets["Maßnahmen"].insert(2, [None] * 11)
    sheets["Tabelle1"] = [["irgendwas"]]
    return xlsx(sheets)


CASES = {
    "example": (EXAMPLE_WORKBOOK.read_bytes(), None),
    "example-one-sheet": (EXAMPLE_WORKBOOK.read_bytes(), "Massnahmen"),
    "faulty": (_faulty(), None),
    "hidden": (files.xlsx({"Maßnahmen": small_plan()["Maßnahmen"], "Hilfe": [[1]]}, hidden=("Hilfe",)), None),
    "unknown-only": (xlsx({"Tabelle1": small_plan()["Maßnahmen"]}), "Maßnahmen"),
    "no-known-sheet": (xlsx({"Tabelle1": [["a"], [1]]}), None),
    "xls": (files.xls({"Maßnahmen": [["Nr.", "Maßnahme"], ["M01", "Bauakte"]], "Notizen": [["x"]]}), None),
}


def _comparable(tables: list, findings: list) -> tuple:
    return [(t.sheet.name, t.headers, t.row_numbers, t.records, t.invalid) for t in tables], findings


@pytest.mark.parametrize("children", ["one child", "two children"])
@pytest.mark.parametrize("case", list(CASES))
def test_parsed_in_children_equals_parsed_here(case: str, children: str, monkeypatch: pytest.MonkeyPatch) -> None:
    content, only = CASES[case]
    name = "Masterplan.xls" if case == "xls" else "Masterplan.xlsx"
    monkeypatch.setattr(read, "PARALLEL_READ_BYTES", 0 if children == "two children" else 1 << 40)
    expected = _comparable(*parse_workbook(read_file(name, content), only))
    assert _comparable(*load_tables(name, content, only)) == expected


def test_one_skipped_blank_row_is_counted_in_the_singular() -> None:
    _, findings = load_tables("Masterplan.xlsx", _faulty())
    assert "1 leere Zeile wurde übersprungen." in [f.message for f in findings]
