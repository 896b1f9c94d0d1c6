"""One cell as a reader delivers it → the canonical stored value of its column kind.

This runs once per cell of an upload (millions of cells), so each kind tries the cell types readers
usually deliver first and builds German messages only for wrong cells. Text numbers are read
strictly: a value that German and English writers would read differently ("1.5", "1,234") is an
error, never silently 15 or 1.234.

Numbers in text columns (IDs, units, free text) become the digits a user typed: whole floats lose
their ".0" (2023.0 → "2023", 1.0 → "1"), other floats keep Python's shortest spelling with a point
(45.5 → "45.5"), because a German comma would turn an ID like "1.5" into a different key.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from loaders import messages as msg
from loaders.normalize import NOT_PLAIN, clean_text, fold, has_invisible
from loaders.raw import CellIssue
from loaders.schema import Column, Kind
from loaders.vocabulary import BOOL_FALSE, BOOL_TRUE, CANONICAL, LOOKUP

MAX_TEXT = 10_000
YEAR_MIN, YEAR_MAX = 1900, 2100
SUGGEST_CUTOFF = 0.75

_MAX_FLOAT = 1.7976931348623157e308  # a chained comparison with it also rejects NaN and infinities
_EXCEL_ORDINAL = dt.date(1899, 12, 30).toordinal()  # serial 0 of the 1900 date system
_SERIAL_MAX = 2_958_465  # 31.12.9999
_SHOWN_MAX = 80  # characters of a value quoted in a message
_MEMO_MAX = 4096  # remembered spellings per vocabulary
_TRUE_TEXT, _FALSE_TEXT = "WAHR", "FALSCH"  # how German Excel shows a boolean cell

_SIGNS = "-+\u2212\u2013"  # hyphen, plus, minus sign, en dash
_BLANKS = "\u00a0\u202f\u2009 "  # thousands may also be grouped by (no-break, thin) spaces
_LOOKS_NUMERIC = re.compile(rf"[{_SIGNS}]?[\s0-9.,]*[0-9][\s0-9.,]*")
_CURRENCY = re.compile(r"^(?:euro|eur|€)\s*|\s*(?:euros?|eur|€)$", re.IGNORECASE)
_WHOLE_EUROS = re.compile(r",[-\u2013]{1,2}$")  # "1.200,- €"
_GERMAN_DATE = re.compile(r"([0-9]{1,2})\.\s?([0-9]{1,2})\.\s?([0-9]{4}|[0-9]{2})(?:[ T][0-9:.]+)?")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]+)?")
_TO_GERMAN = str.maketrans(",.", ".,")


def _number_pattern(decimal: str, group: str) -> re.Pattern[str]:
    """Digits either ungrouped or grouped by threes with one consistent separator, then a fraction."""
    return re.compile(
        rf"(?P<sign>[{_SIGNS}])?\s*"
        rf"(?P<whole>[0-9]{{1,3}}(?P<sep>[{re.escape(group)}{_BLANKS}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*|[0-9]+)?"
        rf"(?:{re.escape(decimal)}(?P<frac>[0-9]+))?"
    )


_NUMBER_PATTERNS = {",": _number_pattern(",", "."), ".": _number_pattern(".", ",")}
_AMBIGUOUS = {",": msg.AMBIGUOUS_NUMBER, ".": msg.AMBIGUOUS_NUMBER_EN}


@dataclass(frozen=True, slots=True)
class Parsed:
    """One converted cell: a value, or None with an error; a warning does not block the upload."""

    value: object | None
    error: str | None = None
    warning: str | None = None
    explicit_percent: bool = False  # PERCENT only: written as text ("45", "45 %"), so 0–100 as written


BLANK = Parsed(None)
_YES, _NO = Parsed(True), Parsed(False)
_BOOL_WORDS = {**dict.fromkeys(BOOL_TRUE, True), **dict.fromkeys(BOOL_FALSE, False)}
_BOOL_NUMBERS = {1: True, 0: False}
_ALLOWED = {name: ", ".join(f"„{v}“" for v in values) for name, values in CANONICAL.items()}
_CHOICE_MEMO: dict[str, dict[str, Parsed]] = {name: {} for name in LOOKUP}


# --- formatting ----------------------------------------------------------------------------------


def format_number(value: float, decimals: int | None = None, fixed: bool = False) -> str:
    """German digits for messages and tables (1.234,5); whole numbers get no ",0" unless ``fixed`` asks for
    exactly ``decimals`` digits („11,0 MB“ beside a limit of „10 MB“)."""
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞" if value < 0 else "NaN"
    if decimals is not None:
        value = round(value, decimals)
    if fixed and decimals:
        text = format(value, f",.{decimals}f")
    elif value == int(value):
        text = format(int(value), ",")
    elif decimals is not None:
        text = format(value, f",.{decimals}f")
    else:
        text = format(value, ",")
        if "e" in text:  # tiny numbers: spell out the shortest digits instead of 1e-05
            text = format(Decimal(repr(float(value))), ",f")
    return text.translate(_TO_GERMAN)


def counted(number: float, forms: tuple[str, ...], shown: str | None = None, **fields: object) -> str:
    """A phrase whose noun and verb agree with ``number`` („1 Warnung“, „2 Warnungen“, „+1 Punkt“).

    ``forms`` are str.format templates with {count}: (singular, plural), or (none, singular, plural) when nothing
    reads better as words („keine Einträge“). ``shown`` is the number as written (e.g. signed), else German digits.
    """
    none = len(forms) == 3 and number == 0
    template = forms[0] if none else forms[-2] if abs(number) == 1 else forms[-1]
    return template.format(count=format_number(number) if shown is None else shown, **fields)


def format_date(value: dt.date) -> str:
    """The German way a date is written in messages and templates: 31.12.2026."""
    return f"{value.day:02}.{value.month:02}.{value.year:04}"


def suggest(value: str, candidates: Iterable[str]) -> str | None:
    """The candidate the user most likely meant, compared by folded spelling, for „meinten Sie …?“."""
    folded = fold(value)
    if not folded:
        return None
    by_fold: dict[str, str] = {}
    for candidate in candidates:
        by_fold.setdefault(fold(candidate), candidate)
    close = difflib.get_close_matches(folded, by_fold, n=1, cutoff=SUGGEST_CUTOFF)
    return by_fold[close[0]] if close else None


# --- entry points --------------------------------------------------------------------------------


def parse_value(column: Column, cell: object, decimal: str = ",") -> Parsed:
    """Blank and text cells are the commonest, so they are decided before the per-kind dispatch."""
    if cell is None:
        return BLANK
    if type(cell) is CellIssue:
        return Parsed(None, cell.message)
    kind = column.kind
    if kind is Kind.TEXT:
        return _text(cell)
    return _PARSERS[kind](column, cell, decimal)


def parse_id(cell: object) -> Parsed:
    """Like a text cell, but zero-width and bidi characters are refused: they make equal-looking IDs differ."""
    if cell is None:
        return BLANK
    if type(cell) is CellIssue:
        return Parsed(None, cell.message)
    parsed = _text(cell)
    if parsed.value is not None and has_invisible(parsed.value):  # type: ignore[arg-type]
        return _error(msg.INVISIBLE_IN_ID, value=_shown(parsed.value))
    return parsed


def parse_cells(column: Column, cells: Sequence[object], decimal: str = ",", key: bool = False) -> tuple[
        list[object], list[tuple[int, Parsed]]]:
    """A whole column at once, as stored (dates in ISO form): values, and (index, Parsed) where there is more
    to say (an error, a warning, an explicit "%").

    Clean text, date and number cells take a shortcut that gives the same result as parse_value; an import of
    50 000 measures reads about two million cells, so the per-cell dispatch is worth avoiding.
    """
    shortcut = _SHORTCUTS.get(column.kind, _no_shortcut)
    values: list[object] = []
    notes: list[tuple[int, Parsed]] = []
    for index, cell in enumerate(cells):
        if cell is None:
            values.append(None)
            continue
        value = shortcut(column, cell)
        if value is _SLOW:
            parsed = parse_id(cell) if key else parse_value(column, cell, decimal)
            if parsed.error or parsed.warning or parsed.explicit_percent:
                notes.append((index, parsed))
            value = parsed.value.isoformat() if isinstance(parsed.value, dt.date) else parsed.value
        values.append(value)
    return values, notes


_SLOW = object()


def _no_shortcut(column: Column, cell: object) -> object:
    return _SLOW


def _text_shortcut(column: Column, cell: object) -> object:
    """Text that cleaning would leave unchanged (no control or invisible characters, trimmed, NFC)."""
    if (type(cell) is str and cell and len(cell) <= MAX_TEXT and not cell[0].isspace() and not cell[-1].isspace()
            and NOT_PLAIN.search(cell) is None and unicodedata.is_normalized("NFC", cell)):
        return cell
    return _SLOW


def _date_shortcut(column: Column, cell: object) -> object:
    kind = type(cell)
    if kind is dt.datetime:
        return cell.date().isoformat()  # type: ignore[attr-defined]
    return cell.isoformat() if kind is dt.date else _SLOW  # type: ignore[attr-defined]


def _number_shortcut(column: Column, cell: object) -> object:
    """Numbers within the column's range; everything else (text, bounds, NaN) takes the full path."""
    if type(cell) is not float and type(cell) is not int:
        return _SLOW
    number = float(cell)  # type: ignore[arg-type]
    low, high = column.minimum, column.maximum
    if not -_MAX_FLOAT <= number <= _MAX_FLOAT or (low is not None and (number < low or (
            column.exclusive_minimum and number == low))) or (high is not None and number > high):
        return _SLOW
    return number


def _percent_shortcut(column: Column, cell: object) -> object:
    if type(cell) is float or type(cell) is int:
        number = float(cell)  # type: ignore[arg-type]
        return number if -_MAX_FLOAT <= number <= _MAX_FLOAT else _SLOW
    return _SLOW


def _choice_shortcut(column: Column, cell: object) -> object:
    if type(cell) is str:
        known = _CHOICE_MEMO[column.vocabulary].get(cell)
        if known is not None and known.error is None:
            return known.value
    return _SLOW


_SHORTCUTS: dict[Kind, Callable[[Column, object], object]] = {
    Kind.TEXT: _text_shortcut,
    Kind.DATE: _date_shortcut,
    Kind.NUMBER: _number_shortcut,
    Kind.MONEY: _number_shortcut,
    Kind.PERCENT: _percent_shortcut,
    Kind.CHOICE: _choice_shortcut,
}


# --- per kind ------------------------------------------------------------------------------------


def _text(cell: object) -> Parsed:
    """Text cleaned for storage; other cells become the text a user would have typed."""
    text = clean_text(cell) if type(cell) is str else _text_of(cell)
    if not text:
        return BLANK
    if len(text) > MAX_TEXT:
        return _error(msg.TEXT_TOO_LONG, length=format_number(len(text)), limit=format_number(MAX_TEXT))
    return Parsed(text)


def _percent(column: Column, cell: object, decimal: str) -> Parsed:
    """0–100 as written; the caller applies the fraction rule and the range to the whole column."""
    if type(cell) is float and -_MAX_FLOAT <= cell <= _MAX_FLOAT:
        return Parsed(cell)
    if not isinstance(cell, str):
        return _other_number(column, cell, msg.NOT_A_PERCENT, check=False)
    text = clean_text(cell)
    if not text:
        return BLANK
    digits = text[:-1].rstrip() if text.endswith("%") else text
    number = _number_text(digits, decimal)
    if number is None:
        return _number_error(text, digits, decimal, msg.NOT_A_PERCENT)
    return Parsed(number, explicit_percent=True)


def _number(column: Column, cell: object, decimal: str) -> Parsed:
    """Floats as they come, text strictly in the file's number format, then the column's range."""
    return _amount(column, cell, decimal, msg.NOT_A_NUMBER, lambda text: text, with_range=True)


def _money(column: Column, cell: object, decimal: str) -> Parsed:
    """Like a number, but "€", "EUR" or "Euro" may stand before or after the amount."""
    def digits(text: str) -> str:
        amount = _CURRENCY.sub("", text)
        return _WHOLE_EUROS.sub("", amount) if decimal == "," else amount
    return _amount(column, cell, decimal, msg.NOT_MONEY, digits)


def _amount(column: Column, cell: object, decimal: str, template: str, digits: Callable[[str], str],
            with_range: bool = False) -> Parsed:
    """A number or money cell: floats in range as they are, text through ``digits`` and the file's format;
    ``with_range`` names the column's range in the message (its computation waits for an error)."""
    if type(cell) is float and -_MAX_FLOAT <= cell <= _MAX_FLOAT:
        return _in_range(column, cell)
    if not isinstance(cell, str):
        return _other_number(column, cell, template)
    text = clean_text(cell)
    if not text:
        return BLANK
    written = digits(text)
    number = _number_text(written, decimal)
    if number is None:
        fields = {"expected": _expected(column)} if with_range else {}
        return _number_error(text, written, decimal, template, **fields)
    return _in_range(column, number)


def _year(column: Column, cell: object, decimal: str) -> Parsed:
    """Whole numbers 1900–2100, as numbers or as four digits of text."""
    if _is_number(cell):
        if _is_nan(cell):
            return BLANK
        if _is_year(cell):  # type: ignore[arg-type]
            return Parsed(int(cell))  # type: ignore[call-overload]
        return _error(msg.NOT_A_YEAR, value=_shown(cell, grouped=False))
    text = _text_of(cell)
    if not text:
        return BLANK
    if len(text) == 4 and text.isascii() and text.isdigit() and YEAR_MIN <= int(text) <= YEAR_MAX:
        return Parsed(int(text))
    return _error(msg.NOT_A_YEAR, value=_shown(text))


def _date(column: Column, cell: object, decimal: str) -> Parsed:
    """A day from a date cell, German or ISO text or an Excel serial; a bare year is no day."""
    return _day(cell, msg.NOT_A_DATE, years=False)


def _date_or_year(column: Column, cell: object, decimal: str) -> Parsed:
    """Like a date, but a year alone means 31.12. of that year."""
    return _day(cell, msg.NOT_A_DATE_OR_YEAR, years=True)


def _bool(column: Column, cell: object, decimal: str) -> Parsed:
    """Boolean cells, 1/0 and the ja/nein spellings of the vocabulary."""
    if isinstance(cell, bool):
        return _YES if cell else _NO
    if _is_number(cell):
        if _is_nan(cell):
            return BLANK
        answer = _BOOL_NUMBERS.get(cell)  # type: ignore[call-overload]
        shown = _shown(cell)
    else:
        text = _text_of(cell)
        if not text:
            return BLANK
        answer = _BOOL_WORDS.get(text.lower())
        shown = _shown(text)
    if answer is None:
        return _error(msg.NOT_BOOL, value=shown)
    return _YES if answer else _NO


def _choice(column: Column, cell: object, decimal: str) -> Parsed:
    """The canonical vocabulary value; a column repeats few spellings, so results are remembered."""
    memo = _CHOICE_MEMO[column.vocabulary]
    if type(cell) is str:
        known = memo.get(cell)
        if known is not None:
            return known
    parsed = _choice_of(column.vocabulary, _text_of(cell))
    if type(cell) is str and len(memo) < _MEMO_MAX:
        memo[cell] = parsed
    return parsed


def _choice_of(name: str, text: str) -> Parsed:
    """Look the folded spelling up; suggest the canonical value of the closest spelling when unknown."""
    if not text:
        return BLANK
    table = LOOKUP[name]
    value = table.get(fold(text))
    if value is not None:
        return Parsed(value)
    guess = suggest(text, table)
    if guess is None:
        return _error(msg.UNKNOWN_CHOICE, value=_shown(text), allowed=_ALLOWED[name])
    return _error(msg.UNKNOWN_CHOICE_SUGGESTION, value=_shown(text), suggestion=table[guess], allowed=_ALLOWED[name])


EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}")


def _email(column: Column, cell: object, decimal: str) -> Parsed:
    """One address as a mail server takes it; „mailto:“ (from a link cell) is dropped."""
    parsed = _text(cell)
    if parsed.value is None or parsed.error:
        return parsed
    address = str(parsed.value).removeprefix("mailto:").strip()
    if not EMAIL.fullmatch(address):
        return _error(msg.NOT_EMAIL, value=_shown(address))
    return Parsed(address)


_PARSERS: dict[Kind, Callable[[Column, object, str], Parsed]] = {
    Kind.EMAIL: _email,
    Kind.PERCENT: _percent,
    Kind.NUMBER: _number,
    Kind.MONEY: _money,
    Kind.YEAR: _year,
    Kind.DATE: _date,
    Kind.DATE_OR_YEAR: _date_or_year,
    Kind.BOOL: _bool,
    Kind.CHOICE: _choice,
}


# --- numbers -------------------------------------------------------------------------------------


def _number_text(text: str, decimal: str) -> float | None:
    """A finite number in the file's format, or None for anything a reader could take two ways."""
    if text.isascii() and text.isdigit():
        number = float(text)
    else:
        found = _formatted_number(text, decimal)
        if found is None:
            return None
        number = found
    return number if -_MAX_FLOAT <= number <= _MAX_FLOAT else None


def _formatted_number(text: str, decimal: str) -> float | None:
    """Sign, grouped digits and fraction; "1,234" is refused with a decimal comma (an English 1234?)."""
    match = _NUMBER_PATTERNS[decimal].fullmatch(text)
    if match is None:
        return None
    sign, whole, sep, frac = match.group("sign", "whole", "sep", "frac")
    if whole is None:
        if frac is None:
            return None
        whole = "0"
    elif frac is None:
        frac = "0"
    elif sep is None and len(frac) == 3 and len(whole) <= 3 and whole[0] != "0":
        return None
    if sep is not None:
        whole = whole.replace(sep, "")
    number = float(f"{whole}.{frac}")
    return number if sign is None or sign == "+" else -number


def _number_error(shown: str, digits: str, decimal: str, template: str, **fields: str) -> Parsed:
    """Digits in the wrong format get the format hint; anything else the kind's own message."""
    if _LOOKS_NUMERIC.fullmatch(digits):
        return _error(_AMBIGUOUS[decimal], value=_shown(shown))
    return _error(template, value=_shown(shown), **fields)


def _other_number(column: Column, cell: object, template: str, check: bool = True) -> Parsed:
    """Ints and NaN from readers; booleans, dates and times are no numbers."""
    if _is_number(cell):
        if _is_nan(cell):
            return BLANK
        if -_MAX_FLOAT <= cell <= _MAX_FLOAT:  # type: ignore[operator]
            number = float(cell)  # type: ignore[arg-type]
            return _in_range(column, number) if check else Parsed(number)
    return _error(template, value=_shown(cell), expected=_expected(column))


def _in_range(column: Column, number: float) -> Parsed:
    """The value, or the column's range error."""
    if column.minimum is None and column.maximum is None:
        return Parsed(number)
    error = _range_error(column, number)
    return Parsed(number) if error is None else Parsed(None, error)


def _range_error(column: Column, number: float) -> str | None:
    """Gewicht must be > 0 and Kosten ≥ 0; other bounds are named as a range."""
    low, high = column.minimum, column.maximum
    below = low is not None and (number <= low if column.exclusive_minimum else number < low)
    if not below and (high is None or number <= high):
        return None
    shown = format_number(number)
    if low == 0 and high is None:
        return (msg.NOT_POSITIVE if column.exclusive_minimum else msg.NEGATIVE).format(value=shown)
    return msg.OUT_OF_RANGE.format(
        value=shown,
        low="…" if low is None else format_number(low),
        high="…" if high is None else format_number(high),
    )


def _expected(column: Column) -> str:
    """The range hint appended to NOT_A_NUMBER, mirroring _range_error."""
    low, high = column.minimum, column.maximum
    if low is not None and high is not None:
        return msg.EXPECTED_RANGE.format(low=format_number(low), high=format_number(high))
    if low == 0:
        return msg.EXPECTED_POSITIVE if column.exclusive_minimum else msg.EXPECTED_NON_NEGATIVE
    return ""


def _is_number(cell: object) -> bool:
    """Ints and floats, but not booleans (True is an int to Python, not to a user)."""
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def _is_nan(number: object) -> bool:
    """Readers built on pandas deliver NaN for empty numeric cells."""
    return isinstance(number, float) and math.isnan(number)


def _is_year(number: float) -> bool:
    """A whole number 1900–2100 (NaN and infinities fail the comparison)."""
    return YEAR_MIN <= number <= YEAR_MAX and number == int(number)


# --- dates ---------------------------------------------------------------------------------------


def _day(cell: object, template: str, years: bool) -> Parsed:
    """Date cells lose their time; numbers are Excel serials, or years when ``years``."""
    if type(cell) is dt.datetime:
        return Parsed(cell.date())
    if isinstance(cell, dt.date):
        return Parsed(cell.date() if isinstance(cell, dt.datetime) else cell)
    if _is_number(cell):
        return _day_of_number(cell, template, years)  # type: ignore[arg-type]
    text = _text_of(cell)
    if not text:
        return BLANK
    if years and len(text) == 4 and text.isascii() and text.isdigit() and YEAR_MIN <= int(text) <= YEAR_MAX:
        return Parsed(dt.date(int(text), 12, 31))
    return _day_of_text(text, template)


def _day_of_number(number: float, template: str, years: bool) -> Parsed:
    """A year where allowed; else an Excel serial, except four-digit whole numbers (years, not 1902–1927)."""
    if _is_nan(number):
        return BLANK
    if 1000 <= number <= 9999 and number == int(number):
        if years and _is_year(number):
            return Parsed(dt.date(int(number), 12, 31))
    elif 1 <= number < _SERIAL_MAX + 1:
        return Parsed(dt.date.fromordinal(_EXCEL_ORDINAL + int(number)))
    return _error(template, value=_shown(number, grouped=False))


def _day_of_text(text: str, template: str) -> Parsed:
    """TT.MM.JJJJ, TT.MM.JJ (read as 20JJ, with a warning) or ISO; a time after the day is ignored."""
    match = _GERMAN_DATE.fullmatch(text)
    if match is not None:
        day, month, year = match.groups()
    else:
        match = _ISO_DATE.fullmatch(text)
        if match is None:
            return _error(template, value=_shown(text))
        year, month, day = match.groups()
    full_year = 2000 + int(year) if len(year) == 2 else int(year)
    try:
        value = dt.date(full_year, int(month), int(day))
    except ValueError:
        return _no_such_day(_shown(text), int(day), int(month), full_year, template)
    if len(year) == 2:
        return Parsed(value, warning=msg.TWO_DIGIT_YEAR.format(value=text, year=full_year))
    return Parsed(value)


def _no_such_day(shown: str, day: int, month: int, year: int, template: str) -> Parsed:
    """Written in the right format, but the calendar lacks that day (31.02.) or month (13.): say which."""
    if not 1 <= month <= 12:
        return _error(msg.NO_SUCH_MONTH, value=shown, month=str(month))
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return _error(template, value=shown)
    days = calendar.monthrange(year, month)[1]
    return _error(msg.NO_SUCH_DAY, value=shown, month=msg.MONTHS[month - 1], year=str(year), days=str(days))


# --- text of cells -------------------------------------------------------------------------------


def _text_of(cell: object) -> str:
    """A cell read as text the way a user typed it: whole numbers without ".0", dates as TT.MM.JJJJ."""
    if isinstance(cell, str):
        return clean_text(cell)
    if isinstance(cell, bool):
        return _TRUE_TEXT if cell else _FALSE_TEXT
    if isinstance(cell, float):
        if math.isnan(cell):
            return ""
        return str(int(cell)) if cell.is_integer() else repr(float(cell))
    if isinstance(cell, dt.datetime):
        return _datetime_text(cell)
    if isinstance(cell, dt.date):
        return format_date(cell)
    if isinstance(cell, dt.time):
        return _time_text(cell)
    return clean_text(str(cell))


def _datetime_text(value: dt.datetime) -> str:
    """Midnight is a plain date, as Excel shows it."""
    if value.time() == dt.time():
        return format_date(value)
    return f"{format_date(value)} {_time_text(value.time())}"


def _time_text(value: dt.time) -> str:
    """HH:MM, with seconds only when there are any."""
    return f"{value:%H:%M:%S}" if value.second else f"{value:%H:%M}"


def _shown(cell: object, grouped: bool = True) -> str:
    """The value quoted in a message: numbers German (years without grouping), long text cut short."""
    if not _is_number(cell):
        text = _text_of(cell)
    else:
        text = format_number(cell)  # type: ignore[arg-type]
        if not grouped:
            text = text.replace(".", "")
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"


def _error(template: str, **fields: str) -> Parsed:
    """A Parsed without value whose error is the filled-in German template."""
    return Parsed(None, template.format(**fields))
