"""The in-memory form of one Stand: one DataFrame per sheet, columns named by schema field.

Every consumer (metrics, charts, exports, pages) relies on these dtypes, so they are set here only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from loaders.schema import SHEETS, SHEETS_BY_NAME, Kind, Sheet

_DTYPES: dict[Kind, str] = {
    Kind.TEXT: "object",
    Kind.CHOICE: "object",
    Kind.PERCENT: "float64",
    Kind.NUMBER: "float64",
    Kind.MONEY: "float64",
    Kind.YEAR: "Int64",
    Kind.DATE: "datetime64[ns]",
    Kind.DATE_OR_YEAR: "datetime64[ns]",
    Kind.BOOL: "boolean",
    Kind.EMAIL: "object",
}


def is_blank(value: object) -> bool:
    """Whether a cell is empty, whatever form the blank took on its way: None, pd.NA, NaT or NaN."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def cell_value(value: object) -> object:
    """A cell as Python value with blanks as None."""
    return None if is_blank(value) else value


def frame(sheet: Sheet | str, records: Iterable[Mapping[str, object]] = ()) -> pd.DataFrame:
    """A DataFrame with every field of ``sheet`` in schema order and the schema's dtypes.

    Text stays ``object`` with None for blanks so that values compare and export exactly as stored.
    """
    sheet = SHEETS_BY_NAME[sheet] if isinstance(sheet, str) else sheet
    data = pd.DataFrame.from_records(list(records), columns=sheet.fields)
    for column in sheet.columns:
        dtype = _DTYPES[column.kind]
        values = data[column.field]
        if dtype == "object":
            data[column.field] = values.astype(object).where(values.notna(), None)
        elif dtype.startswith("datetime"):
            data[column.field] = pd.to_datetime(values, errors="coerce").astype(dtype)
        else:
            data[column.field] = (
                pd.to_numeric(values, errors="coerce").astype(dtype) if dtype != "boolean" else values.astype("boolean")
            )
    return data


@dataclass(frozen=True)
class Plan:
    """All sheets of one Stand. Missing sheets are empty frames, never absent keys."""

    tables: dict[str, pd.DataFrame]

    def __getitem__(self, sheet: str) -> pd.DataFrame:
        return self.tables[sheet]

    @classmethod
    def from_records(cls, records: Mapping[str, Iterable[Mapping[str, object]]]) -> Plan:
        return cls({s.name: frame(s, records.get(s.name, ())) for s in SHEETS})

    @classmethod
    def empty(cls) -> Plan:
        return cls.from_records({})

    @property
    def is_empty(self) -> bool:
        return all(t.empty for t in self.tables.values())
