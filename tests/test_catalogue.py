"""The catalogue of bad inputs (docs/architecture.md, „Uploads“): each is refused with a finding that names
sheet, row and column, and the stored Stand stays exactly as it was."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from masterplan.access import operator
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from tests import files
from tests.workbooks import HEADERS, csv_bytes, plan_file, small_plan, xlsx

d = datetime.datetime
Expected = tuple[str, int | None, str, str]  # sheet, row, column, start of the message


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A Stand of the small plan that every case tries to change."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('catalogue') / 'c.db'}")
    prepared = importer.prepare(store, [plan_file()])
    importer.commit(store, prepared, user=operator("Test"))
    return store


def measures(**cells: object) -> bytes:
    """Maßnahmen of the small plan with cells of M01 (row 2) replaced by header."""
    rows = small_plan()["Maßnahmen"]
    for header, value in cells.items():
        rows[1][HEADERS["Maßnahmen"].index(header.replace("_", " "))] = value
    return xlsx({"Maßnahmen": rows})


def sheet(name: str, rows: list[list[object]]) -> bytes:
    return xlsx({name: rows})


def upload(name: str, content: bytes) -> list[UploadFile]:
    return [UploadFile(name, content)]


CASES: dict[str, tuple[Callable[[], list[UploadFile]], Expected]] = {
    # --- types and ranges
    "percent-text": (lambda: upload("m.xlsx", measures(Umsetzungsstand="siebzig")),
                     ("Maßnahmen", 2, "Umsetzungsstand", "„siebzig“ ist keine Zahl (erwartet 0–100).")),
    "percent-range": (lambda: upload("m.xlsx", measures(Umsetzungsstand=120)),
                      ("Maßnahmen", 2, "Umsetzungsstand", "120 liegt außerhalb des erlaubten Bereichs (0–100).")),
    "invalid-date": (lambda: upload("m.xlsx", measures(Beginn="31.02.2025")),
                     ("Maßnahmen", 2, "Beginn", "Den 31.02.2025 gibt es nicht: der Februar 2025 hat 28 Tage.")),
    "end-before-start": (lambda: upload("m.xlsx", measures(Ende=d(2020, 1, 1))),
                         ("Maßnahmen", 2, "Ende", "Ende 01.01.2020 liegt vor Beginn 01.01.2023.")),
    "deadline-before-meeting": (lambda: upload("b.xlsx", sheet("Beschlüsse", [HEADERS["Beschlüsse"], [
                                    "B-2025-01", d(2025, 11, 19), "Prüfen", "M01", "OWT", d(2025, 1, 31), None]])),
                                ("Beschlüsse", 2, "Frist", "Frist 31.01.2025 liegt vor dem Datum des Beschlusses "
                                 "(19.11.2025); erwartet wird eine Frist ab dem 19.11.2025.")),
    "decision-status-unknown": (lambda: upload("b.xlsx", sheet("Beschlüsse", [HEADERS["Beschlüsse"], [
                                    "B-2025-01", d(2025, 11, 19), "Prüfen", "LZ1", None, None, "vertagt"]])),
                                ("Beschlüsse", 2, "Status", "„vertagt“ ist kein erlaubter Wert.")),
    "weight-zero": (lambda: upload("m.xlsx", measures(Gewicht=0)), ("Maßnahmen", 2, "Gewicht", "0 ist nicht erlaubt")),
    "money-ambiguous": (lambda: upload("m.xlsx", measures(Kosten="1.5")),
                        ("Maßnahmen", 2, "Kosten", "„1.5“ ist keine gültige Zahl im deutschen Format")),
    "money-negative": (lambda: upload("m.xlsx", measures(Kosten=-5)), ("Maßnahmen", 2, "Kosten", "-5 ist nicht")),
    "year-text": (lambda: upload("i.xlsx", sheet("Indikatoren", [HEADERS["Indikatoren"], [
        "IND01", "Arbeitslosenquote", "LZ2", "%", "fallend", 9.5, "zwanzig", None, None, "AA"]])),
                  ("Indikatoren", 2, "Basisjahr", "„zwanzig“ ist keine Jahreszahl")),
    "bool-unknown": (lambda: upload("s.xlsx", sheet("Stakeholder", [HEADERS["Stakeholder"], [
        "ST01", "OWT GmbH", "OWT", "Städtische Gesellschaft", "vielleicht"]])),
                     ("Stakeholder", 2, "Lenkungskreis", "„vielleicht“ ist weder „ja“ noch „nein“.")),
    "text-too-long": (lambda: upload("m.xlsx", measures(Maßnahme="x" * 20_000)),
                      ("Maßnahmen", 2, "Maßnahme", "Text ist zu lang (20.000 Zeichen, höchstens 10.000).")),
    "error-value": (lambda: upload("m.xlsx", files.xlsx({"Maßnahmen": [["Nr.", "Umsetzungsstand"],
                                                                      ["M01", "#DIV/0!"]]})),
                    ("Maßnahmen", 2, "Umsetzungsstand", "Die Zelle enthält den Fehlerwert „#DIV/0!“")),
    "invisible-id": (lambda: upload("m.xlsx", measures(**{"Nr.": "M0\u200b1"})),
                     ("Maßnahmen", 2, "Nr.", "Die Kennung „M0\u200b1“ enthält unsichtbare Zeichen")),
    # --- vocabulary
    "status-typo": (lambda: upload("m.xlsx", measures(Status="in Umsetzng")),
                    ("Maßnahmen", 2, "Status", "„in Umsetzng“ ist kein erlaubter Wert – meinten Sie „in Umsetzung“?")),
    "ampel-unknown": (lambda: upload("m.xlsx", sheet("Maßnahmen", [["Nr.", "Ampel"], ["M01", "lila"]])),
                      ("Maßnahmen", 2, "Ampel", "„lila“ ist kein erlaubter Wert")),
    "role-unknown": (lambda: upload("b.xlsx", sheet("Beteiligungen", [HEADERS["Beteiligungen"],
                                                                     ["M01", "ST02", "Chef"]])),
                     ("Beteiligungen", 2, "Rolle", "„Chef“ ist kein erlaubter Wert")),
    # --- references
    "unknown-leitziel": (lambda: upload("m.xlsx", measures(**{"LZ-Nr.": "LZ9"})),
                         ("Maßnahmen", 2, "LZ-Nr.", "„LZ9“ ist kein bekanntes Leitziel")),
    "unknown-stakeholder": (lambda: upload("m.xlsx", measures(Federführung="IHK Essen")),
                            ("Maßnahmen", 2, "Federführung",
                             "„IHK Essen“ ist kein bekannter Stakeholder — meinten Sie „IHK zu Essen“?")),
    "milestone-unknown-measure": (lambda: upload("ms.xlsx", sheet("Meilensteine", [HEADERS["Meilensteine"], [
        "MS009", "M99", "Start", d(2027, 1, 1), None, "offen"]])),
                                  ("Meilensteine", 2, "Nr.", "„M99“ ist keine bekannte Maßnahme")),
    "value-unknown-indicator": (lambda: upload("iw.xlsx", sheet("Indikatorwerte", [HEADERS["Indikatorwerte"],
                                                                                  ["IND77", 2024, 1.0]])),
                                ("Indikatorwerte", 2, "IND-Nr.", "„IND77“ ist kein bekannter Indikator")),
    "complete-orphans": (lambda: [UploadFile("m.xlsx", sheet("Maßnahmen", [HEADERS["Maßnahmen"],
                                                                          small_plan()["Maßnahmen"][3]]))],
                         ("Maßnahmen", None, "", "„M01“ kann nicht entfernt werden: Meilensteine verweist")),
    # --- duplicates and leads
    "duplicate-key": (lambda: upload("m.xlsx", measures(**{"Nr.": "M02"})),
                      ("Maßnahmen", 3, "Nr.", "Doppelte Maßnahmen-Nr. „M02“ (Zeilen 2 und 3).")),
    "duplicate-value-date": (lambda: upload("iw.xlsx", sheet("Indikatorwerte", [HEADERS["Indikatorwerte"], [
        "IND01", 2024, 1.0], ["IND01", "31.12.2024", 2.0]])),
                             ("Indikatorwerte", 3, "IND-Nr.", "Doppelte Indikatorwerte (IND-Nr. und Stichtag)")),
    "duplicate-short-name": (lambda: upload("s.xlsx", sheet("Stakeholder", [HEADERS["Stakeholder"], [
        "ST04", "Zweite OWT", "OWT", "Sonstige", "nein"]])),
                             ("Stakeholder", 2, "Kurzname", "Doppelte Kurzname „OWT“")),
    "two-leads": (lambda: upload("b.xlsx", sheet("Beteiligungen", [HEADERS["Beteiligungen"], [
        "M01", "ST01", "federführend"], ["M01", "ST03", "federführend"]])),
                  ("Beteiligungen", 2, "Rolle", "M01 hat mehrere federführende Beteiligte: ST01, ST03.")),
    "lead-disagrees": (lambda: upload("b.xlsx", sheet("Beteiligungen", [HEADERS["Beteiligungen"], [
        "M02", "ST01", "federführend"]])),
                       ("Beteiligungen", 2, "Rolle", "Federführend laut Beteiligungen ist „ST01“, laut Maßnahmen")),
    # --- headers and rows
    "missing-key-column": (lambda: upload("m.xlsx", sheet("Maßnahmen", [["Maßnahme", "Status"], ["X", "offen"]])),
                           ("Maßnahmen", None, "", "Es fehlen die Spalten: „Nr.“.")),
    "duplicate-column": (lambda: upload("m.xlsx", sheet("Maßnahmen", [["Nr.", "Status", "status"],
                                                                      ["M01", "offen", "offen"]])),
                         ("Maßnahmen", None, "", "Doppelte Spalten: „status“.")),
    "required-blank": (lambda: upload("m.xlsx", measures(Maßnahme=None)),
                       ("Maßnahmen", 2, "Maßnahme", "Pflichtfeld ist leer.")),
    "new-row-incomplete": (lambda: upload("m.xlsx", sheet("Maßnahmen", [["Nr.", "Status"], ["M77", "offen"]])),
                           ("Maßnahmen", 2, "", "Neue Zeile „M77“: es fehlen Pflichtspalten")),
    "no-known-sheet": (lambda: upload("x.xlsx", sheet("Tabelle1", [["a"], [1]])),
                       ("", None, "", "Kein bekanntes Blatt gefunden. Vorhanden: „Tabelle1“.")),
    # --- CSV and encodings
    "csv-unknown-sheet": (lambda: upload("update.csv", csv_bytes([["Nr.", "Status"], ["M01", "offen"]])),
                          ("", None, "", "Unklar, welches Blatt die CSV-Datei „update.csv“ enthält.")),
    "csv-encoding": (lambda: upload("Massnahmen.csv", b"Nr.;Status\nM01;\x81\x8d\n"),
                     ("", None, "", "Zeichenkodierung nicht erkannt.")),
    "csv-ragged": (lambda: upload("Massnahmen.csv", b"Nr.;Status\nM01;offen;zuviel;mehr\n"),
                   ("Massnahmen", 2, "", "Zeile 2 hat 4 statt 2 Felder.")),
    "csv-german-number": (lambda: upload("Massnahmen.csv", csv_bytes([["Nr.", "Kosten"], ["M01", "12.34.56"]])),
                          ("Maßnahmen", 2, "Kosten", "„12.34.56“ ist keine gültige Zahl im deutschen Format")),
    # --- damaged and hostile files
    "empty-file": (lambda: upload("m.xlsx", b""), ("", None, "", "Die Datei ist leer.")),
    "csv-named-xlsx": (lambda: upload("m.xlsx", b"Nr.;Status\nM01;offen\n"),
                       ("", None, "", "Der Dateiinhalt passt nicht zur Endung .xlsx")),
    "truncated": (lambda: upload("m.xlsx", plan_file().content[: len(plan_file().content) // 2]),
                  ("", None, "", "Die Datei ist beschädigt oder unvollständig hochgeladen.")),
    "encrypted": (lambda: upload("m.xlsx", files.encrypted_package()),
                  ("", None, "", "Die Datei ist passwortgeschützt.")),
    "zip-bomb": (lambda: upload("m.xlsx", files.padded_bomb(120)),
                 ("", None, "", "Die Datei ist ungewöhnlich stark komprimiert")),
    "billion-laughs": (lambda: upload("m.xlsx", files.billion_laughs()),
                       ("", None, "", "Die Datei enthält unzulässige XML-Konstrukte")),
    "corner-attack": (lambda: upload("m.xlsx", files.corner_attack()),
                      ("", None, "", "Die Tabelle „Tabelle1“ ist zu groß (16.384 Spalten")),
    "too-large": (lambda: upload("m.xlsx", b"PK" + b"\x00" * (21 * 1024 * 1024)),
                  ("", None, "", "Die Datei ist zu groß (21,0 MB). Erlaubt sind höchstens 20 MB.")),
    "pdf": (lambda: upload("bericht.xlsx", b"%PDF-1.7\n%\xe2\xe3\n"),
            ("", None, "", "Die Datei „bericht.xlsx“ ist keine")),
}


def _snapshot(store: Store) -> tuple:
    stands = [(s.id, s.counts) for s in store.stands()]
    plan = store.plan(stands[-1][0])
    return stands, {name: table.to_json(date_format="iso") for name, table in plan.tables.items()}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_and_nothing_changes(base: Store, case: str) -> None:
    make, (sheet_name, row, column, message) = CASES[case]
    before = _snapshot(base)
    prepared = importer.prepare(base, make(), complete=case == "complete-orphans")
    errors = [f for f in prepared.findings if f.is_error]
    matching = [f for f in errors if f.message.startswith(message) and f.sheet == sheet_name and f.row == row
                and f.column == column]
    assert matching, [f.line() for f in errors]
    assert prepared.has_errors
    with pytest.raises(ValueError):
        importer.commit(base, prepared, user=operator("Test"))
    assert _snapshot(base) == before


def test_catalogue_is_large_enough() -> None:
    assert len(CASES) >= 30


def test_every_case_has_its_file_named(base: Store) -> None:
    """A finding about a file names it, so a user with several files knows which one to fix."""
    prepared = importer.prepare(base, upload("Haushalt.xlsx", b""))
    assert [f.file for f in prepared.findings] == ["Haushalt.xlsx"]
