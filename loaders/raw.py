"""What a reader hands on: the cells of each sheet, untyped, positioned as the spreadsheet shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from loaders.findings import Finding


class CellIssue(NamedTuple):
    """A cell the reader could not turn into a value (error value, formula without a result)."""

    message: str
    value: str


@dataclass
class RawSheet:
    """``rows[i][j]`` is the cell in spreadsheet row ``i + 1``, column ``j + 1`` (A = 1).

    Cells are None, str, float, int, bool, datetime.date, datetime.datetime, datetime.time or CellIssue.
    Rows may be shorter than others; trailing empty rows are cut.
    """

    name: str
    rows: list[list[object]]


@dataclass
class RawWorkbook:
    """A file as read: ``kind`` is xlsx, xlsm, xls, ods or csv; ``notes`` are file-level findings."""

    file_name: str
    kind: str
    sheets: list[RawSheet]
    notes: list[Finding] = field(default_factory=list)
    decimal: str = ","  # decimal separator of text numbers: "," (German) or "." (a CSV split by ",")
