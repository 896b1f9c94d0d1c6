"""parse_cells takes shortcuts for common cells; they must give exactly what parse_value gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from loaders.schema import MASSNAHMEN, SHEETS, Kind
from loaders.values import parse_cells, parse_id, parse_value

CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from([" M01", "M01 ", "\u00a0x", "a\u200bb", "Ä\u0308", "erledigt", "grün", "Gruen", "x\x0by", "45 %"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-10**6, max_value=10**6),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
)
COLUMNS = [c for sheet in SHEETS for c in sheet.columns]


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


@given(st.sampled_from(COLUMNS), st.lists(CELLS, max_size=8), st.sampled_from([",", "."]))
def test_shortcuts_agree_with_parse_value(column, cells, decimal) -> None:
    values, notes = parse_cells(column, cells, decimal)
    expected = [parse_value(column, cell, decimal) for cell in cells]
    assert values == [_stored(p.value) for p in expected]
    assert {i for i, _ in notes} == {i for i, p in enumerate(expected) if p.error or p.warning or p.explicit_percent}


@given(st.lists(CELLS, max_size=8))
def test_key_cells_agree_with_parse_id(cells) -> None:
    values, notes = parse_cells(MASSNAHMEN.column("nr"), cells, key=True)
    expected = [parse_id(cell) for cell in cells]
    assert values == [p.value for p in expected]
    assert {i for i, _ in notes} == {i for i, p in enumerate(expected) if p.error or p.warning}


def test_common_cells_take_the_shortcut_unchanged() -> None:
    progress = MASSNAHMEN.column("umsetzungsstand")
    assert progress.kind is Kind.PERCENT
    assert parse_cells(progress, [0.45, 45, None]) == ([0.45, 45.0, None], [])
    assert parse_cells(MASSNAHMEN.column("beginn"), [dt.datetime(2025, 1, 2, 13, 5)]) == (["2025-01-02"], [])
