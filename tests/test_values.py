"""One cell → canonical value: exact values and messages, and round trips with the German formatting."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.raw import CellIssue
from loaders.schema import BESCHLUESSE, INDIKATOREN, INDIKATORWERTE, MASSNAHMEN, STAKEHOLDER, Column, Kind
from loaders.values import Parsed, counted, format_date, format_number, parse_id, parse_value, suggest

TEXT = MASSNAHMEN.column("massnahme")
PERCENT = MASSNAHMEN.column("umsetzungsstand")
WEIGHT = MASSNAHMEN.column("gewicht")  # NUMBER > 0
COST = MASSNAHMEN.column("kosten")  # MONEY ≥ 0
DATE = MASSNAHMEN.column("beginn")
STATUS = MASSNAHMEN.column("status")
AMPEL = MASSNAHMEN.column("ampel")
PRIORITY = MASSNAHMEN.column("prioritaet")
VALUE = INDIKATORWERTE.column("wert")  # NUMBER without bounds
STICHTAG = INDIKATORWERTE.column("stichtag")
YEAR = INDIKATOREN.column("basisjahr")
BOOL = STAKEHOLDER.column("lenkungskreis")
DECISION_STATUS = BESCHLUESSE.column("status")
DEADLINE = BESCHLUESSE.column("frist")
SMALL = Column("anteil", "Anteil", Kind.NUMBER, minimum=0, maximum=10)
FROM_FIVE = Column("ab_fuenf", "Ab fünf", Kind.NUMBER, minimum=5)
ALL_COLUMNS = (TEXT, PERCENT, WEIGHT, COST, DATE, STATUS, AMPEL, PRIORITY, VALUE, STICHTAG, YEAR, BOOL,
               DECISION_STATUS, DEADLINE)

GERMAN_FORMAT = "„{}“ ist keine gültige Zahl im deutschen Format (z. B. 1.234,5)."
ENGLISH_FORMAT = "„{}“ ist keine gültige Zahl im englischen Format (z. B. 1,234.5)."
STATUS_ALLOWED = (
    "„nicht begonnen“, „in Planung“, „in Umsetzung“, „abgeschlossen“, „Daueraufgabe“, „zurückgestellt“, „entfallen“"
)


def value(column: Column, cell: object, decimal: str = ",") -> object:
    parsed = parse_value(column, cell, decimal)
    assert parsed.error is None, parsed.error
    return parsed.value


def error(column: Column, cell: object, decimal: str = ",") -> str | None:
    parsed = parse_value(column, cell, decimal)
    assert parsed.value is None
    return parsed.error


# --- blanks and reader issues ------------------------------------------------------------------------


@pytest.mark.parametrize("column", ALL_COLUMNS)
@pytest.mark.parametrize("cell", [None, "", "   ", "\u00a0\t\n", float("nan")])
def test_blank_cells_are_none_without_error(column: Column, cell: object) -> None:
    assert parse_value(column, cell) == Parsed(None)


@pytest.mark.parametrize("column", ALL_COLUMNS)
def test_cell_issue_passes_the_readers_message(column: Column) -> None:
    issue = CellIssue("Die Zelle enthält den Fehlerwert „#DIV/0!“.", "#DIV/0!")
    assert parse_value(column, issue) == Parsed(None, issue.message)
    assert parse_id(issue) == Parsed(None, issue.message)


# --- text and IDs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("  Gründerzentrum Altmarkt ", "Gründerzentrum Altmarkt"),
        (unicodedata.normalize("NFD", "Müller"), "Müller"),
        ("a\x00b\x0bc\x1f", "abc"),
        ("Zeile 1\nZeile 2\tEnde", "Zeile 1\nZeile 2\tEnde"),
        ("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")"),
        (2023.0, "2023"),
        (1.0, "1"),
        (-3.0, "-3"),
        (45.5, "45.5"),
        (7, "7"),
        (True, "WAHR"),
        (False, "FALSCH"),
        (dt.datetime(2025, 12, 31), "31.12.2025"),
        (dt.datetime(2025, 12, 31, 14, 30), "31.12.2025 14:30"),
        (dt.date(2025, 1, 5), "05.01.2025"),
        (dt.time(8, 5, 3), "08:05:03"),
        (dt.time(8, 5), "08:05"),
    ],
)
def test_text(cell: object, expected: str) -> None:
    assert parse_value(TEXT, cell) == Parsed(expected)


def test_text_up_to_ten_thousand_characters() -> None:
    assert value(TEXT, "x" * 10_000) == "x" * 10_000
    assert error(TEXT, "x" * 10_001) == "Text ist zu lang (10.001 Zeichen, höchstens 10.000)."
    assert error(TEXT, "x" * 40_000) == "Text ist zu lang (40.000 Zeichen, höchstens 10.000)."


@pytest.mark.parametrize(
    ("cell", "expected"), [("M01", "M01"), (" M01 ", "M01"), (1.0, "1"), (12, "12"), (None, None), ("  ", None)]
)
def test_id(cell: object, expected: str | None) -> None:
    assert parse_id(cell) == Parsed(expected)


@pytest.mark.parametrize("cell", ["M\u200b01", "\ufeffM01", "M01\u200e", "\u202eM01"])
def test_id_with_invisible_characters_is_refused(cell: str) -> None:
    parsed = parse_id(cell)
    assert parsed.value is None
    assert parsed.error == (
        f"Die Kennung „{cell}“ enthält unsichtbare Zeichen (z. B. Leerzeichen ohne Breite). Bitte neu eintippen."
    )


def test_id_in_nfd_equals_nfc() -> None:
    assert parse_id(unicodedata.normalize("NFD", "ST-Gü")) == parse_id("ST-Gü")


# --- percent -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected", "explicit"),
    [
        ("45", 45.0, True),  # text is taken as written; only numeric cells can be fractions
        ("45 %", 45.0, True),
        ("45%", 45.0, True),
        ("45,5", 45.5, True),
        ("45,5 %", 45.5, True),
        ("0,45", 0.45, True),
        (0.45, 0.45, False),
        (45, 45.0, False),
        (1.0, 1.0, False),
        (120.0, 120.0, False),  # the range is checked by the caller, after the fraction rule
        ("\u22125 %", -5.0, True),
    ],
)
def test_percent(cell: object, expected: float, explicit: bool) -> None:
    assert parse_value(PERCENT, cell) == Parsed(expected, explicit_percent=explicit)


def test_percent_errors() -> None:
    assert error(PERCENT, "siebzig") == "„siebzig“ ist keine Zahl (erwartet 0–100)."
    assert error(PERCENT, "viel %") == "„viel %“ ist keine Zahl (erwartet 0–100)."
    assert error(PERCENT, True) == "„WAHR“ ist keine Zahl (erwartet 0–100)."
    assert error(PERCENT, "45.5") == GERMAN_FORMAT.format("45.5")
    assert value(PERCENT, "45.5", decimal=".") == 45.5


# --- numbers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.234,56", 1234.56),
        ("1,5", 1.5),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("1.234,567", 1234.567),
        ("1 234,5", 1234.5),
        ("1\u00a0234\u00a0567", 1234567.0),
        ("0,125", 0.125),
        ("1234,567", 1234.567),
        (",5", 0.5),
        ("+3", 3.0),
        ("-2,5", -2.5),
        ("\u22122,5", -2.5),
        ("\u2013 7", -7.0),
        ("007", 7.0),
        (12, 12.0),
        (-0.5, -0.5),
    ],
)
def test_german_numbers(cell: object, expected: float) -> None:
    assert parse_value(VALUE, cell) == Parsed(expected)


@pytest.mark.parametrize("cell", ["1.5", "12.34.56", "1,234", "-1,234", "1.2345", "1.234.56", "1.234 567", "1,2,3"])
def test_german_profile_refuses_what_english_writers_mean_otherwise(cell: str) -> None:
    assert error(VALUE, cell) == GERMAN_FORMAT.format(cell)


@pytest.mark.parametrize(
    ("cell", "expected"), [("1,234.5", 1234.5), ("1.5", 1.5), ("1,234,567.25", 1234567.25), ("0.125", 0.125)]
)
def test_english_numbers(cell: str, expected: float) -> None:
    assert value(VALUE, cell, decimal=".") == expected


@pytest.mark.parametrize("cell", ["1,5", "1.234", "1.234,5"])
def test_english_profile_refuses_german_numbers(cell: str) -> None:
    assert error(VALUE, cell, decimal=".") == ENGLISH_FORMAT.format(cell)


def test_number_errors_name_the_value_and_the_range() -> None:
    assert error(VALUE, "viele") == "„viele“ ist keine Zahl."
    assert error(WEIGHT, "viele") == "„viele“ ist keine Zahl (erwartet eine Zahl größer 0)."
    assert error(SMALL, "viele") == "„viele“ ist keine Zahl (erwartet 0–10)."
    assert error(VALUE, "1E5") == "„1E5“ ist keine Zahl."
    assert error(VALUE, True) == "„WAHR“ ist keine Zahl."
    assert error(VALUE, dt.datetime(2025, 1, 2)) == "„02.01.2025“ ist keine Zahl."
    assert error(VALUE, float("inf")) == "„∞“ ist keine Zahl."
    assert error(VALUE, "9" * 400) == GERMAN_FORMAT.format("9" * 79 + "…")


def test_number_ranges() -> None:
    assert error(WEIGHT, 0.0) == "0 ist nicht erlaubt: erwartet wird eine Zahl größer 0."
    assert error(WEIGHT, "-1,5") == "-1,5 ist nicht erlaubt: erwartet wird eine Zahl größer 0."
    assert value(WEIGHT, "0,5") == 0.5
    assert error(COST, -5) == "-5 ist nicht erlaubt: erwartet wird eine Zahl ab 0."
    assert value(COST, 0) == 0.0
    assert error(SMALL, 12.5) == "12,5 liegt außerhalb des erlaubten Bereichs (0–10)."
    assert value(SMALL, "10") == 10.0
    assert error(FROM_FIVE, 4) == "4 liegt außerhalb des erlaubten Bereichs (5–…)."


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.234,50 €", 1234.5),
        ("1.234,50€", 1234.5),
        ("1.234,50\u00a0€", 1234.5),
        ("1.200 €", 1200.0),
        ("€ 1.200", 1200.0),
        ("EUR 5", 5.0),
        ("5 EUR", 5.0),
        ("5 Euro", 5.0),
        ("5 euro", 5.0),
        ("1.200,- €", 1200.0),
        ("1.200,– €", 1200.0),
        ("0,99", 0.99),
        (1234.5, 1234.5),
    ],
)
def test_money(cell: object, expected: float) -> None:
    assert parse_value(COST, cell) == Parsed(expected)


def test_money_errors() -> None:
    assert error(COST, "1.5 €") == GERMAN_FORMAT.format("1.5 €")
    assert error(COST, "12.34.56") == GERMAN_FORMAT.format("12.34.56")
    assert error(COST, "1,234 €") == GERMAN_FORMAT.format("1,234 €")
    assert error(COST, "-5 €") == "-5 ist nicht erlaubt: erwartet wird eine Zahl ab 0."
    assert error(COST, "teuer") == "„teuer“ ist kein gültiger Betrag (erwartet z. B. 1.234,50 €)."
    assert error(COST, "5 Mio. €") == "„5 Mio. €“ ist kein gültiger Betrag (erwartet z. B. 1.234,50 €)."
    assert error(COST, "€") == "„€“ ist kein gültiger Betrag (erwartet z. B. 1.234,50 €)."
    assert value(COST, "1,234.50 €", decimal=".") == 1234.5


# --- years and dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [2030, 2030.0, "2030", " 2030 "])
def test_year(cell: object) -> None:
    parsed = parse_value(YEAR, cell)
    assert parsed == Parsed(2030)
    assert type(parsed.value) is int


@pytest.mark.parametrize(
    ("cell", "shown"),
    [(1850, "1850"), ("1850", "1850"), (2030.5, "2030,5"), ("zwanzig", "zwanzig"), ("20300", "20300"),
     (True, "WAHR"), (dt.datetime(2030, 12, 31), "31.12.2030")],
)
def test_year_errors(cell: object, shown: str) -> None:
    assert error(YEAR, cell) == f"„{shown}“ ist keine Jahreszahl (erwartet z. B. 2030)."


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.datetime(2025, 12, 31), dt.date(2025, 12, 31)),
        (dt.datetime(2025, 12, 31, 23, 59), dt.date(2025, 12, 31)),
        (dt.date(2025, 12, 31), dt.date(2025, 12, 31)),
        ("31.12.2025", dt.date(2025, 12, 31)),
        ("1.1.2025", dt.date(2025, 1, 1)),
        ("01.01.2025", dt.date(2025, 1, 1)),
        ("31.12.2025 00:00", dt.date(2025, 12, 31)),
        ("2025-12-31", dt.date(2025, 12, 31)),
        ("2025-12-31 00:00:00", dt.date(2025, 12, 31)),
        ("2025-12-31T10:00:00", dt.date(2025, 12, 31)),
        (46022, dt.date(2025, 12, 31)),
        (46022.75, dt.date(2025, 12, 31)),
        (45000, dt.date(2023, 3, 15)),
        (61, dt.date(1900, 3, 1)),
        (2958465, dt.date(9999, 12, 31)),
    ],
)
def test_date(cell: object, expected: dt.date) -> None:
    assert parse_value(DATE, cell) == Parsed(expected)


@pytest.mark.parametrize(("cell", "year"), [("31.12.25", 2025), ("1.1.25", 2025), ("1.1.99", 2099)])
def test_two_digit_years_are_read_as_20xx_with_a_warning(cell: str, year: int) -> None:
    parsed = parse_value(DATE, cell)
    assert parsed.value == dt.date(year, int(cell.split(".")[1]), int(cell.split(".")[0]))
    assert parsed.error is None
    assert parsed.warning == f"Zweistelliges Jahr in „{cell}“ als {year} gelesen."


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("12/31/2025", "12/31/2025"),
        ("morgen", "morgen"),
        ("2025", "2025"),
        (2025, "2025"),  # a year where a day is needed, not the serial of 17.07.1905
        (1850.0, "1850"),
        (0, "0"),
        (-3, "-3"),
        (2958466, "2958466"),
        (True, "WAHR"),
        (dt.time(14, 30), "14:30"),
    ],
)
def test_date_errors(cell: object, shown: str) -> None:
    assert error(DATE, cell) == f"Ungültiges Datum „{shown}“ (erwartet TT.MM.JJJJ)."


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("31.02.2026", "Den 31.02.2026 gibt es nicht: der Februar 2026 hat 28 Tage."),
        ("29.02.2025", "Den 29.02.2025 gibt es nicht: der Februar 2025 hat 28 Tage."),
        ("2025-04-31", "Den 2025-04-31 gibt es nicht: der April 2025 hat 30 Tage."),
        ("31.11.26", "Den 31.11.26 gibt es nicht: der November 2026 hat 30 Tage."),
        ("15.13.2026", "Den 15.13.2026 gibt es nicht: ein Jahr hat 12 Monate, nicht 13."),
    ],
)
def test_a_well_written_day_the_calendar_lacks_is_named_as_such(cell: str, message: str) -> None:
    assert error(DATE, cell) == message
    assert error(STICHTAG, cell) == message


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (2025, dt.date(2025, 12, 31)),
        (2025.0, dt.date(2025, 12, 31)),
        ("2025", dt.date(2025, 12, 31)),
        ("30.06.2025", dt.date(2025, 6, 30)),
        (dt.datetime(2025, 6, 30), dt.date(2025, 6, 30)),
        (46022, dt.date(2025, 12, 31)),
    ],
)
def test_date_or_year(cell: object, expected: dt.date) -> None:
    assert parse_value(STICHTAG, cell) == Parsed(expected)


@pytest.mark.parametrize(("cell", "shown"), [(1850, "1850"), ("1850", "1850"), ("Sommer", "Sommer"), (-1, "-1")])
def test_date_or_year_errors(cell: object, shown: str) -> None:
    assert error(STICHTAG, cell) == f"Ungültiges Datum „{shown}“ (erwartet TT.MM.JJJJ oder ein Jahr)."


# --- booleans and lists ------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [True, 1, 1.0, "ja", "Ja", "JA", "j", "yes", "x", "X", "wahr", "WAHR", "true", "1"])
def test_bool_true(cell: object) -> None:
    assert parse_value(BOOL, cell) == Parsed(True)


@pytest.mark.parametrize("cell", [False, 0, 0.0, "nein", "Nein", "n", "no", "falsch", "FALSE", "0"])
def test_bool_false(cell: object) -> None:
    assert parse_value(BOOL, cell) == Parsed(False)


@pytest.mark.parametrize(
    ("cell", "shown"), [(2, "2"), (0.5, "0,5"), ("vielleicht", "vielleicht"), (dt.date(2025, 1, 1), "01.01.2025")]
)
def test_bool_errors(cell: object, shown: str) -> None:
    assert error(BOOL, cell) == f"„{shown}“ ist weder „ja“ noch „nein“."


@pytest.mark.parametrize(
    ("column", "cell", "expected"),
    [
        (STATUS, "in Umsetzung", "in Umsetzung"),
        (STATUS, "IN UMSETZUNG ", "in Umsetzung"),
        (STATUS, "Umgesetzt", "abgeschlossen"),
        (STATUS, "in Vorbereitung", "in Planung"),
        (STATUS, "laufend", "in Umsetzung"),
        (STATUS, "zurueckgestellt", "zurückgestellt"),
        (AMPEL, "Gruen", "grün"),
        (AMPEL, "green", "grün"),
        (PRIORITY, 1, "hoch"),
        (PRIORITY, 2.0, "mittel"),
        (PRIORITY, "3", "niedrig"),
        (DECISION_STATUS, "Offen", "offen"),
        (DECISION_STATUS, "in Bearbeitung", "offen"),
        (DECISION_STATUS, "umgesetzt", "erledigt"),
        (DECISION_STATUS, "done", "erledigt"),
        (DECISION_STATUS, "abgelehnt", "verworfen"),
        (DECISION_STATUS, "zurueckgezogen", "verworfen"),
    ],
)
def test_choice(column: Column, cell: object, expected: str) -> None:
    assert parse_value(column, cell) == Parsed(expected)
    assert parse_value(column, cell) == Parsed(expected)  # the second time from the memo


def test_choice_suggests_the_canonical_value() -> None:
    message = "„{}“ ist kein erlaubter Wert – meinten Sie „{}“? Erlaubt: " + STATUS_ALLOWED + "."
    assert error(STATUS, "in Umsetzng") == message.format("in Umsetzng", "in Umsetzung")
    assert error(STATUS, "erledgt") == message.format("erledgt", "abgeschlossen")  # close to the synonym „erledigt“


def test_unknown_choice_lists_the_allowed_values() -> None:
    assert error(DECISION_STATUS, "vertagt") == "„vertagt“ ist kein erlaubter Wert. Erlaubt: „offen“, „erledigt“, " \
                                                "„verworfen“."
    assert error(DECISION_STATUS, "erledgt") == ("„erledgt“ ist kein erlaubter Wert – meinten Sie „erledigt“? "
                                                 "Erlaubt: „offen“, „erledigt“, „verworfen“.")
    assert error(DEADLINE, "Ende Q2") == "Ungültiges Datum „Ende Q2“ (erwartet TT.MM.JJJJ)."
    assert error(STATUS, "quatsch") == f"„quatsch“ ist kein erlaubter Wert. Erlaubt: {STATUS_ALLOWED}."
    assert error(AMPEL, True) == "„WAHR“ ist kein erlaubter Wert. Erlaubt: „grün“, „gelb“, „rot“, „grau“."
    assert error(AMPEL, "q" * 500) == f"„{'q' * 79}…“ ist kein erlaubter Wert. Erlaubt: „grün“, „gelb“, „rot“, „grau“."


def test_suggest() -> None:
    assert suggest("IHK Essen", ["Stadt Oberhausen", "IHK zu Essen"]) == "IHK zu Essen"
    assert suggest("wirtschaftsfoerderung", ["Wirtschaftsförderung", "Stadtplanung"]) == "Wirtschaftsförderung"
    assert suggest("Hafen", ["Stadt Oberhausen", "IHK zu Essen"]) is None
    assert suggest("", ["a"]) is None
    assert suggest("x", []) is None


# --- formatting --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "decimals", "expected"),
    [
        (1234.5, None, "1.234,5"),
        (1234.0, None, "1.234"),
        (1200, None, "1.200"),
        (-1234.5, None, "-1.234,5"),
        (0.1, None, "0,1"),
        (1e-05, None, "0,00001"),
        (-0.0, None, "0"),
        (1e20, None, "100.000.000.000.000.000.000"),
        (1234.5, 2, "1.234,50"),
        (1200.0, 2, "1.200"),
        (1234.567, 2, "1.234,57"),
        (0.004, 2, "0"),
        (math.inf, None, "∞"),
        (-math.inf, None, "-∞"),
        (math.nan, None, "NaN"),
    ],
)
def test_format_number(number: float, decimals: int | None, expected: str) -> None:
    assert format_number(number, decimals) == expected


def test_format_date() -> None:
    assert format_date(dt.date(2026, 12, 31)) == "31.12.2026"
    assert format_date(dt.date(2025, 1, 5)) == "05.01.2025"
    assert format_date(dt.datetime(2025, 1, 5, 12)) == "05.01.2025"


# --- properties --------------------------------------------------------------------------------------

two_decimals = st.floats(min_value=-1e12, max_value=1e12).map(lambda x: round(x, 2))
cents = st.integers(min_value=0, max_value=10**14)
CURRENCY = st.sampled_from(["{} €", "{}€", "{} EUR", "{} Euro", "€ {}", "EUR {}", "{}"])
EXCEL_EPOCH = dt.date(1899, 12, 30)


@given(two_decimals)
def test_format_number_parses_back(number: float) -> None:
    assert value(VALUE, format_number(number)) == number


@given(two_decimals)
def test_english_numbers_parse_back(number: float) -> None:
    assert value(VALUE, f"{number:,.2f}", decimal=".") == number


@given(cents, CURRENCY)
def test_german_money_parses_back(amount: int, pattern: str) -> None:
    euros = amount / 100
    assert value(COST, pattern.format(format_number(euros, 2))) == euros


@given(two_decimals)
def test_percent_text_parses_back(number: float) -> None:
    assert parse_value(PERCENT, f"{format_number(number)} %") == Parsed(number, explicit_percent=True)


@given(st.dates())
def test_format_date_parses_back(day: dt.date) -> None:
    assert parse_value(DATE, format_date(day)) == Parsed(day)
    assert parse_value(STICHTAG, day.isoformat()) == Parsed(day)


@given(st.dates(min_value=dt.date(1928, 1, 1)), st.floats(min_value=0, max_value=0.999))
def test_excel_serials_match_dates(day: dt.date, time_of_day: float) -> None:
    serial = (day - EXCEL_EPOCH).days
    for cell in (serial, serial + time_of_day):
        assert parse_value(DATE, cell) == Parsed(day)
        assert parse_value(STICHTAG, cell) == Parsed(day)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_whole_numbers_in_text_columns_lose_their_point_zero(number: int) -> None:
    assert parse_id(float(number)) == Parsed(str(number))


NUMBERISH = st.text(alphabet="0123456789.,-+ %€\u2212\u00a0eEurO:T/", max_size=20)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=40), NUMBERISH), st.sampled_from(ALL_COLUMNS), st.sampled_from([",", "."]))
def test_any_text_gives_a_value_or_an_error_never_an_exception(cell: str, column: Column, decimal: str) -> None:
    parsed = parse_value(column, cell, decimal)
    assert parsed.value is None or parsed.error is None
    assert parse_id(cell).value is None or parse_id(cell).error is None


@pytest.mark.parametrize(
    ("number", "shown", "expected"),
    [(1, None, "1 Warnung"), (2, None, "2 Warnungen"), (1234, None, "1.234 Warnungen"), (0, None, "keine Warnungen"),
     (1, "+1", "+1 Warnung"), (-1, "-1", "-1 Warnung"), (1.5, "+1,5", "+1,5 Warnungen")],
)
def test_counted_agrees_with_the_number(number: float, shown: str | None, expected: str) -> None:
    assert counted(number, ("keine Warnungen", "{count} Warnung", "{count} Warnungen"), shown) == expected


EMAIL = next(c for c in STAKEHOLDER.columns if c.field == "email")


@pytest.mark.parametrize(("cell", "stored"), [
    ("wirtschaft@oberhausen.de", "wirtschaft@oberhausen.de"),
    (" Dana.Digital@stadt.example ", "Dana.Digital@stadt.example"),
    ("mailto:planung@stadt.example", "planung@stadt.example"),  # a link cell's text
    ("", None),
])
def test_an_email_cell_is_stored_as_the_address(cell: str, stored: str | None) -> None:
    assert parse_value(EMAIL, cell) == Parsed(stored)


@pytest.mark.parametrize("cell", ["Frau Müller", "wirtschaft@oberhausen", "a b@stadt.de", "x@y.z",
                                  "a@b.de; c@d.de", 4711])
def test_what_is_no_address_is_an_error_saying_what_would_be_right(cell: object) -> None:
    assert parse_value(EMAIL, cell).error == (f"„{cell}“ ist keine E-Mail-Adresse. Erwartet wird eine Adresse wie "
                                               "wirtschaft@stadt.de.")


@settings(max_examples=200, deadline=None)
@given(st.emails())
def test_every_plain_address_is_kept_as_written(address: str) -> None:
    plain = all(ch not in address for ch in '<>()[],;:" ') and address.isascii()
    result = parse_value(EMAIL, address)
    if plain and "." in address.rsplit("@", 1)[1]:
        assert result == Parsed(address), result
    else:
        assert result.value in (None, address)
