"""The example data shipped with the dashboard: real where it claims to be, marked where invented, valid.

Checks tools/example_content.py directly against loaders.schema (not through the importer) and that
data/Masterplan_Beispiel.xlsx was built from the current content.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from loaders.schema import SHEETS, SHEETS_BY_NAME, Kind
from loaders.vocabulary import CANONICAL
from masterplan.exports.workbook import write_workbook
from masterplan.tables import Plan
from tools import build_example
from tools.example_content import EXAMPLE

TODAY = date(2026, 11, 26)  # the day the example's schedule is written for
PREFIX = "Beispiel: "

LEITZIELE = {
    "LZ1": "Oberhausen ist wirtschaftsfreundlich",
    "LZ2": "Oberhausen ist qualifiziert",
    "LZ3": "Oberhausen ist innovativ",
    "LZ4": "Oberhausen ist smart",
    "LZ5": "Oberhausen ist lebenswert",
    "LZ6": "Oberhausen ist resilient",
    "LZ7": "Oberhausen ist selbstbewusst",
}
UNTERZIELE = {
    "LZ1": [
        "Innovation, Wirtschaft und gute Arbeit in der Verwaltung verankern",
        "Kommunikation und Vernetzung zwischen Verwaltung und Wirtschaft vertiefen",
        "bürokratische Hürden abbauen und den Service für (kleine und mittlere) Unternehmen verbessern",
        "enge Zusammenarbeit von Wirtschaftsförderung und Verwaltung",
        "digitalen Wandel und Nachhaltigkeit über Vergabe- und Genehmigungsverfahren unterstützen",
    ],
    "LZ2": [
        "Ausbildung durch Innovation, Vernetzung und besseres Image stärken",
        "Kooperationsnetzwerke mit Forschung, Hochschulen und Unternehmen",
        "berufliche Qualifizierung aufwerten",
    ],
    "LZ3": [
        "„Hidden Innovations“ sichtbar machen",
        "Netzwerke mit Forschung und Unternehmen erweitern",
        "Nachhaltigkeit, Klimaresilienz und Digitalisierung als Innovationstreiber",
    ],
    "LZ4": ["Glasfasernetz ausbauen", "intelligent vernetzte Verkehrslösungen"],
    "LZ5": ["attraktive Quartiere und Wohnmöglichkeiten", "Vereinbarkeit von Beruf und Familie"],
    "LZ6": [
        "Flächen entwickeln und gezielt vermarkten",
        "urbane Produktion, zirkuläre Wirtschaft und Wohnen zur Revitalisierung der Innenstädte",
        "Tourismus und Entertainment stärken",
        "Logistik-, Büro- und Wohnstandort weiterentwickeln",
        "Fokus auf den Unternehmensbestand",
    ],
    "LZ7": ["Stadtimage verbessern"],
}
# Fokusprojekt titles confirmed verbatim on the city's Leitziel pages → their Leitziel.
VERIFIED_FOKUSPROJEKTE = {
    "Digitale Schule": "LZ2",
    "Oberhausen fast & connected": "LZ4",
    "(Weiter-)Entwicklung von Wohnquartieren": "LZ5",
}
# The only documented numeric targets: glass fibre 100 % of the city area by 2030 (WAZ 239741619) and
# 60 ha business land developed by 2032 (Oberbürgermeister, Arbeitsmarktkonferenz 2023). Any other
# Zielwert would be invented.
DOCUMENTED_TARGETS = {"IND09": (100.0, 2030), "IND13": (60.0, 2032)}
# Lenkungskreis 2023 (OWT, IHK, Handwerkskammer, Fraunhofer UMSICHT, Stadtsparkasse, Unternehmerverband,
# DGB, HRW) plus the city, whose Oberbürgermeister chairs it.
LENKUNGSKREIS = {
    "Stadt Oberhausen", "OWT", "IHK zu Essen", "HWK Düsseldorf", "Fraunhofer UMSICHT", "Stadtsparkasse",
    "Unternehmerverband", "DGB", "HRW",
}
REAL_COUNCIL_DOCUMENTS = {"B/16/5945-01", "B/17/3829-01"}

_PYTHON_TYPES: dict[Kind, tuple[type, ...]] = {
    Kind.TEXT: (str,), Kind.CHOICE: (str,), Kind.PERCENT: (float,), Kind.NUMBER: (float,), Kind.MONEY: (float,),
    Kind.YEAR: (int,), Kind.DATE: (date,), Kind.DATE_OR_YEAR: (date,), Kind.BOOL: (bool,),
}


def _rows(sheet: str) -> list[dict[str, object]]:
    return EXAMPLE[sheet]


def _by_key(sheet: str) -> dict[str, dict[str, object]]:
    key = SHEETS_BY_NAME[sheet].key[0]
    return {str(row[key]): row for row in _rows(sheet)}


# --- schema conformance --------------------------------------------------------------------------

def test_sheets_and_fields_follow_the_schema() -> None:
    assert set(EXAMPLE) == {s.name for s in SHEETS}
    for sheet in SHEETS:
        for row in _rows(sheet.name):
            assert set(row) <= set(sheet.fields), (sheet.name, set(row) - set(sheet.fields))
            for column in sheet.columns:
                value = row.get(column.field)
                if column.required:
                    assert value not in (None, ""), (sheet.name, row, column.field)
                if value is None:
                    continue
                assert isinstance(value, _PYTHON_TYPES[column.kind]), (sheet.name, column.field, value)
                if column.kind in (Kind.YEAR, Kind.NUMBER, Kind.MONEY, Kind.PERCENT):
                    assert not isinstance(value, bool)
                if column.kind in (Kind.DATE, Kind.DATE_OR_YEAR):
                    assert type(value) is date, (sheet.name, column.field, value)
                if column.kind is Kind.CHOICE:
                    assert value in CANONICAL[column.vocabulary], (sheet.name, column.field, value)
                if column.kind is Kind.TEXT:
                    assert value == value.strip() and value, (sheet.name, column.field, value)
                if column.minimum is not None and isinstance(value, float):
                    assert value > column.minimum if column.exclusive_minimum else value >= column.minimum
                if column.maximum is not None and isinstance(value, float):
                    assert value <= column.maximum


def test_keys_are_unique() -> None:
    for sheet in SHEETS:
        keys = Counter(tuple(row[k] for k in sheet.key) for row in _rows(sheet.name))
        assert [k for k, n in keys.items() if n > 1] == [], sheet.name
        for column in sheet.columns:
            if column.unique:
                values = Counter(row.get(column.field) for row in _rows(sheet.name) if row.get(column.field))
                assert [v for v, n in values.items() if n > 1] == [], (sheet.name, column.field)


def test_every_reference_resolves() -> None:
    keys = {s.name: set(_by_key(s.name)) for s in SHEETS if len(s.key) == 1}
    for sheet in SHEETS:
        for column in sheet.columns:
            if not column.ref:
                continue
            allowed = set().union(*(keys[name] for name in column.ref))
            for row in _rows(sheet.name):
                value = row.get(column.field)
                assert value is None or value in allowed, (sheet.name, column.field, value)


def test_plan_keeps_every_value() -> None:
    plan = Plan.from_records(EXAMPLE)
    for sheet in SHEETS:
        table = plan[sheet.name]
        assert len(table) == len(_rows(sheet.name))
        for column in sheet.columns:
            given = sum(row.get(column.field) is not None for row in _rows(sheet.name))
            assert table[column.field].notna().sum() == given, (sheet.name, column.field)


# --- real content ---------------------------------------------------------------------------------

def test_the_seven_real_leitziele_with_their_unterziele() -> None:
    rows = _by_key("Leitziele")
    assert {nr: row["leitziel"] for nr, row in rows.items()} == LEITZIELE
    assert {nr: str(row["unterziele"]).split("\n") for nr, row in rows.items()} == UNTERZIELE
    assert all(row.get("beschreibung") for row in rows.values())


def test_fokusprojekte_real_titles_exact_and_invented_ones_marked() -> None:
    rows = _rows("Fokusprojekte")
    assert len(rows) == 12
    assert [row["fp_nr"] for row in rows] == [f"FP{i:02d}" for i in range(1, 13)]
    titles = {row["fokusprojekt"]: row for row in rows}
    for title, lz_nr in VERIFIED_FOKUSPROJEKTE.items():
        assert title in titles and titles[title]["lz_nr"] == lz_nr
    invented = [row for row in rows if row["fokusprojekt"] not in VERIFIED_FOKUSPROJEKTE]
    assert len(invented) == 9
    for row in invented:
        assert str(row["fokusprojekt"]).startswith(PREFIX), row["fokusprojekt"]
        assert "Beispielprojekt – kein Titel aus dem Masterplan" in str(row["beschreibung"])
    assert {row["lz_nr"] for row in rows} == set(LEITZIELE)


def test_stakeholder_and_lenkungskreis_2023() -> None:
    rows = _rows("Stakeholder")
    assert [row["st_nr"] for row in rows] == [f"ST{i:02d}" for i in range(1, len(rows) + 1)]
    assert {row["kurzname"] for row in rows if row["lenkungskreis"]} == LENKUNGSKREIS
    assert all(isinstance(row["lenkungskreis"], bool) for row in rows)
    names = {row["name"] for row in rows}
    for expected in ("IHK zu Essen", "Agentur für Arbeit", "Jobcenter", "Kreishandwerkerschaft", "ENO", "RVR", "BMR"):
        assert expected in {row["kurzname"] for row in rows}
    assert "Stadt Oberhausen – Dezernat 0 / Strategische Planung" in names
    assert not any("Niederrhein" in name or "WFO" in name for name in names)  # outdated or wrong institutions


def test_indicators_are_sourced_and_only_documented_targets() -> None:
    indicators = _by_key("Indikatoren")
    for nr, row in indicators.items():
        assert str(row.get("quelle") or "").strip(), nr
        if nr in DOCUMENTED_TARGETS:
            assert (row["zielwert"], row["zieljahr"]) == DOCUMENTED_TARGETS[nr]
        else:
            assert row.get("zielwert") is None and row.get("zieljahr") is None, nr
    assert "Arbeitsmarktkonferenz" in str(indicators["IND13"]["quelle"])
    assert "nicht aus dem Masterplan" in str(indicators["IND13"]["quelle"])
    for value in _rows("Indikatorwerte"):
        assert str(value.get("quelle") or "").strip(), value


def test_indicator_base_is_the_earliest_real_value() -> None:
    values: dict[str, list[dict[str, object]]] = {}
    for row in _rows("Indikatorwerte"):
        values.setdefault(str(row["ind_nr"]), []).append(row)
    for nr, row in _by_key("Indikatoren").items():
        series = sorted(values.get(nr, []), key=lambda v: v["stichtag"])  # type: ignore[arg-type, return-value]
        if not series:
            assert row.get("basiswert") is None and row.get("basisjahr") is None, nr
            continue
        first = series[0]
        assert row["basiswert"] == first["wert"], nr
        assert row["basisjahr"] == first["stichtag"].year, nr  # type: ignore[union-attr]
        assert all(v["stichtag"] <= TODAY for v in series), nr  # type: ignore[operator]


def test_only_real_council_documents() -> None:
    for row in _rows("Maßnahmen"):
        if row.get("ratsvorlage"):
            assert set(re.findall(r"B/\d+/\d+-\d+", str(row["ratsvorlage"]))) <= REAL_COUNCIL_DOCUMENTS


# --- invented measures: marked and plausible -----------------------------------------------------

def test_measures_are_marked_as_example() -> None:
    rows = _rows("Maßnahmen")
    assert len(rows) == 42
    assert [row["nr"] for row in rows] == [f"M{i:02d}" for i in range(1, 43)]
    for row in rows:
        assert str(row["massnahme"]).startswith(PREFIX), row["massnahme"]
    assert {row["lz_nr"] for row in rows} == set(LEITZIELE)


def test_measures_are_consistent() -> None:
    projects = _by_key("Fokusprojekte")
    for row in _rows("Maßnahmen"):
        nr = row["nr"]
        if row.get("fp_nr"):
            assert projects[str(row["fp_nr"])]["lz_nr"] == row["lz_nr"], nr
        start, end = row["beginn"], row.get("ende")
        assert isinstance(start, date) and date(2020, 1, 1) <= start <= date(2028, 12, 31), nr
        if end is not None:
            assert start <= end <= date(2028, 12, 31), nr  # type: ignore[operator]
        else:
            assert row["status"] == "Daueraufgabe", nr
        if row["status"] == "abgeschlossen":
            assert row["umsetzungsstand"] == 100.0 and end is not None and end <= TODAY, nr  # type: ignore[operator]
        if row["status"] == "nicht begonnen":
            assert row["umsetzungsstand"] == 0.0 and start > TODAY, nr  # type: ignore[operator]


def test_status_mix_matches_the_2023_stock_take() -> None:
    rows = _rows("Maßnahmen")
    status = Counter(row["status"] for row in rows)
    for value in ("abgeschlossen", "in Umsetzung", "in Planung"):
        assert 9 <= status[value] <= 16, status
    assert 2 <= status["Daueraufgabe"] <= 5 and 1 <= status["zurückgestellt"] <= 2 and status["entfallen"] == 1
    assert 2 <= sum(row.get("ampel") is not None for row in rows) <= 3  # the rest is computed
    assert any(row.get("ende") and row["ende"] < TODAY and row["status"] == "in Umsetzung" for row in rows)
    assert Counter(row.get("gewicht") for row in rows).most_common(1)[0][0] == 1.0


def test_one_lead_per_measure_and_two_to_four_partners() -> None:
    leads = {**{r["nr"]: r["federfuehrung"] for r in _rows("Maßnahmen")},
             **{r["fp_nr"]: r.get("federfuehrung") for r in _rows("Fokusprojekte")}}
    partners: Counter[str] = Counter()
    for row in _rows("Beteiligungen"):
        if row["rolle"] == "federführend":
            assert row["st_nr"] == leads[str(row["nr"])], row
        else:
            assert row["st_nr"] != leads[str(row["nr"])], row
            partners[str(row["nr"])] += 1
    for row in _rows("Maßnahmen"):
        assert 2 <= partners[str(row["nr"])] <= 4, row["nr"]
    assert any(nr.startswith("FP") for nr in partners)


def test_milestones() -> None:
    rows = _rows("Meilensteine")
    assert [row["ms_nr"] for row in rows] == [f"MS{i:03d}" for i in range(1, len(rows) + 1)]
    per_measure = Counter(str(row["nr"]) for row in rows)
    assert all(2 <= per_measure[str(m["nr"])] <= 4 for m in _rows("Maßnahmen"))
    for row in rows:
        done = row.get("erreicht_am")
        assert (row["status"] == "erreicht") == (done is not None), row
        if done is not None:
            assert done <= TODAY, row  # type: ignore[operator]
        if row["status"] == "verschoben":
            assert row["faellig_am"] > TODAY, row  # type: ignore[operator]
    open_days = [(row["faellig_am"] - TODAY).days for row in rows if row["status"] == "offen"]  # type: ignore[operator]
    assert 3 <= sum(d < 0 for d in open_days) <= 8  # a few overdue
    assert sum(0 <= d <= 30 for d in open_days) >= 3
    assert sum(30 < d <= 90 for d in open_days) >= 3
    late = [row for row in rows if row.get("erreicht_am") and row["erreicht_am"] > row["faellig_am"]]  # type: ignore[operator]
    assert late and len(late) < len(rows) / 2


def test_decisions_are_marked_and_tell_a_meeting_something() -> None:
    """Invented decisions say so; the real one names its source. As of the example's day some are erledigt,
    some open: two overdue, one due in 2027."""
    rows = _rows("Beschlüsse")
    assert 4 <= len(rows) <= 6
    for row in rows:
        assert str(row["beschluss"]).startswith(PREFIX) or "laut oberhausen.de" in str(row["beschluss"]), row
        assert row["datum"] <= TODAY and (row["frist"] is None or row["frist"] >= row["datum"]), row  # type: ignore[operator]
    open_ = [row for row in rows if row["status"] == "offen"]
    assert sum(row["frist"] < TODAY for row in open_) == 2  # type: ignore[operator]
    assert any(row["frist"].year == 2027 for row in open_)  # type: ignore[union-attr]
    assert Counter(row["status"] for row in rows)["erledigt"] >= 2
    assert {"Maßnahmen", "Leitziele"} == {next(sheet for sheet in ("Maßnahmen", "Leitziele")
                                               if row["bezug"] in _by_key(sheet)) for row in rows}


# --- the shipped workbook ------------------------------------------------------------------------

def test_workbook_was_built_from_the_current_content() -> None:
    path = build_example.OUTPUT
    assert path.exists(), "data/Masterplan_Beispiel.xlsx fehlt: python -m tools.build_example"
    shipped = build_example.sheet_values(path.read_bytes())
    rebuilt = build_example.sheet_values(build_example.build())
    problems = build_example.differences(rebuilt, shipped)
    assert problems == [], "veraltet, neu bauen mit python -m tools.build_example:\n" + "\n".join(problems)
    for sheet in SHEETS:
        assert len(shipped[sheet.name]) > len(EXAMPLE[sheet.name]), sheet.name  # a header and every row
        cells = {cell for row in shipped[sheet.name] for cell in row}
        assert {row[sheet.key[0]] for row in EXAMPLE[sheet.name]} <= cells, sheet.name


def test_check_command_reports_current_workbook(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_example.main(["--check"]) == 0
    assert "aktuell" in capsys.readouterr().out


def test_check_command_detects_stale_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "alt.xlsx"
    stale.write_bytes(write_workbook(Plan.from_records({**EXAMPLE, "Maßnahmen": EXAMPLE["Maßnahmen"][:-1]})))
    assert build_example.main(["--check", "--output", str(stale)]) == 1
    assert "veraltet" in capsys.readouterr().err
