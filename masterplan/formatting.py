"""German formatting for tables, charts and exports: 1.234,5 · 63 % · 31.12.2025.

Numbers and single dates are formatted by loaders.values (one rule for messages and dashboard); this
module adds what the dashboard needs on top: blanks as "–", percentages, and whole Series at once.
"""

from __future__ import annotations

import datetime
import math
from string import Formatter
from zoneinfo import ZoneInfo

import pandas as pd

from loaders.schema import Column, Kind
from loaders.values import counted, format_date, format_number
from masterplan import texts

__all__ = [
    "DATE_FORMAT", "counted", "escape_markdown", "fill", "fill_counted", "format_cell",
    "format_date", "format_dates", "format_datetime", "format_number",
    "format_percent", "format_signed", "format_value", "shorten",
]

DATE_FORMAT = "%d.%m.%Y"
CITY_TIME = ZoneInfo("Europe/Berlin")
NBSP = "\u00a0"  # keeps "63 %" on one line in charts and slides


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def format_cell(column: Column | None, value: object) -> str:
    """A stored value as the user would write it: 45 %, 31.12.2026, 1.234,50 €, ja; blanks → "–" ("" without a
    column, where a whole row is new or removed)."""
    if _is_missing(value) or value is pd.NaT or value == "":
        return texts.MISSING if column is not None else ""
    kind = column.kind if column is not None else Kind.TEXT
    if kind in (Kind.DATE, Kind.DATE_OR_YEAR):
        return format_date(datetime.date.fromisoformat(str(value)[:10]))
    if kind is Kind.PERCENT:
        return f"{format_number(float(value))} %"
    if kind is Kind.MONEY:
        return f"{format_number(float(value), 2)} €"
    if kind is Kind.NUMBER:
        return format_number(float(value))
    if kind is Kind.BOOL:
        return texts.YES if value else texts.NO
    return str(value)


def shorten(text: object, length: int) -> str:
    """Long spreadsheet text cut at a word before ``length`` characters, with „…“; blanks → "–"."""
    if _is_missing(text) or text is pd.NaT:
        return texts.MISSING
    text = " ".join(str(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[length // 2:] else cut).rstrip(" ,;:.") + "…"


def format_percent(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """A 0–100 value as "63 %" (non-breaking space), "+5 %" when signed; blanks → "–"."""
    if _is_missing(value):
        return texts.MISSING
    sign = "+" if signed and round(value, decimals) > 0 else ""
    return f"{sign}{format_number(value, decimals)}{NBSP}%"


def format_value(value: float | None) -> str:
    """A measured value with at most two decimals and no trailing zeros: 11,3 · 1.200 · 0,25; blanks → "–"."""
    return texts.MISSING if _is_missing(value) else format_number(round(float(value), 2))


def format_dates(values: pd.Series) -> pd.Series:
    """A datetime Series as German date strings in one pass; blanks → "–"."""
    return values.dt.strftime(DATE_FORMAT).fillna(texts.MISSING)


def fill(template: str, **values: pd.Series) -> pd.Series:
    """str.format over aligned Series (the template needs at least one field), one pass for 10 000 rows."""
    result: pd.Series | str = ""
    for literal, name, _, _ in Formatter().parse(template):
        result = result + literal
        if name is not None:
            result = result + values[name].astype(str)
    return result


def fill_counted(forms: tuple[str, str], number: pd.Series, **values: pd.Series) -> pd.Series:
    """fill() with the (singular, plural) template that agrees with ``number`` row by row: „1 Tag“, „47 Tage“.

    ``number`` is the count as the row shows it (already rounded); {count} writes it as is unless ``values``
    brings a formatted ``count``.
    """
    fields = {"count": number.astype(object), **values}
    one = pd.to_numeric(number, errors="coerce").abs().eq(1).fillna(False).to_numpy(dtype=bool)
    return fill(forms[0], **fields).where(one, fill(forms[1], **fields))


def format_datetime(value: datetime.datetime, with_time: bool = True) -> str:
    """A stored UTC time as Oberhausen reads it: 26.11.2026 14:05."""
    return value.astimezone(CITY_TIME).strftime("%d.%m.%Y %H:%M" if with_time else DATE_FORMAT)


MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:=\"'^&")


def escape_markdown(text: object) -> str:
    """Spreadsheet text made safe for st.markdown, st.caption, labels: every character Markdown, Streamlit's
    directives (:red[…], :material/…:) or LaTeX ($) could read is backslash-escaped; line breaks stay."""
    if _is_missing(text):
        return texts.MISSING
    return "".join("\\" + char if char in MARKDOWN_SPECIAL else char for char in str(text))


def format_signed(value: float | None, decimals: int = 1) -> str | int:
    """A change as "+2,5" or "-1,5" (an ASCII minus, so st.metric colours it); a change that rounds to zero is the
    number 0, which st.metric shows grey; blanks → "–"."""
    if _is_missing(value):
        return texts.MISSING
    if round(value, decimals) == 0:
        return 0
    return ("+" if value > 0 else "") + format_number(value, decimals)
