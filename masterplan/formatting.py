"""German formatting for tables, charts and exports: 1.234,5 · 63 % · 31.12.2025.

Numbers and single dates are formatted by loaders.values (one rule for messages and dashboard); this
module adds what the dashboard needs on top: blanks as "–", percentages, and whole Series at once.
"""

from __future__ import annotations

import datetime
from string import Formatter
from zoneinfo import ZoneInfo

import pandas as pd

from loaders.schema import Column, Kind
from loaders.values import counted, format_date, format_number
from masterplan import texts
from masterplan.tables import is_blank

__all__ = [
    "DATE_FORMAT", "clip", "counted", "escape_markdown", "fill", "fill_counted", "format_cell",
    "format_date", "format_dates", "format_datetime", "format_number",
    "format_percent", "format_signed", "format_value", "safe_cell", "shorten",
]

DATE_FORMAT = "%d.%m.%Y"
CITY_TIME = ZoneInfo("Europe/Berlin")
NBSP = "\u00a0"  # keeps "63 %" on one line in charts and slides
LABEL_LENGTH = 45  # characters of a Leitziel or Fokusprojekt title in a chart label
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def format_cell(column: Column | None, value: object) -> str:
    """A stored value as the user would write it: 45 %, 31.12.2026, 1.234,50 €, ja; blanks → "–" ("" without a
    column, where a whole row is new or removed)."""
    if is_blank(value) or value == "":
        return texts.common.MISSING if column is not None else ""
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
        return texts.common.YES if value else texts.common.NO
    return str(value)


def shorten(text: object, length: int) -> str:
    """Long spreadsheet text cut at a word before ``length`` characters, with „…“; blanks → "–"."""
    if is_blank(text):
        return texts.common.MISSING
    text = " ".join(str(text).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[length // 2:] else cut).rstrip(" ,;:.") + "…"


def format_percent(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """A 0–100 value as "63 %" (non-breaking space), "+5 %" when signed; blanks → "–"."""
    if is_blank(value):
        return texts.common.MISSING
    sign = "+" if signed and round(value, decimals) > 0 else ""
    return f"{sign}{format_number(value, decimals)}{NBSP}%"


def format_value(value: float | None) -> str:
    """A measured value with at most two decimals and no trailing zeros: 11,3 · 1.200 · 0,25; blanks → "–"."""
    return texts.common.MISSING if is_blank(value) else format_number(round(float(value), 2))


def format_dates(values: pd.Series) -> pd.Series:
    """A datetime Series as German date strings in one pass; blanks → "–"."""
    return values.dt.strftime(DATE_FORMAT).fillna(texts.common.MISSING)


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
    if is_blank(text):
        return texts.common.MISSING
    return "".join("\\" + char if char in MARKDOWN_SPECIAL else char for char in str(text))


def format_signed(value: object, decimals: int | None = 1, zero: str = "") -> str:
    """A change as "+2,5" or "-1,5" (an ASCII minus), ``zero`` + "0" when it rounds to nothing; ``decimals`` None
    writes at most two, without trailing zeros (as format_value); blanks → "–"."""
    if is_blank(value):
        return texts.common.MISSING
    rounded = round(float(value), 2 if decimals is None else decimals)
    if rounded == 0:
        return f"{zero}0"
    return ("+" if rounded > 0 else "") + format_number(rounded, decimals)


def clip(text: str, length: int = LABEL_LENGTH) -> str:
    """A label cut hard at ``length`` characters with „…“, for axes and legends where every character counts."""
    return text if len(text) <= length else text[: length - 1] + "…"


def safe_cell(value: object) -> object:
    """Spreadsheet programs run cells that start with = + - @; a leading apostrophe keeps them text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value
