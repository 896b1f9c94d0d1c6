"""Workbooks built in code for tests: a small valid plan and ways to write it as xlsx or csv."""

from __future__ import annotations

import csv
import datetime
import io

from openpyxl import Workbook

from masterplan.storage.store import UploadFile

HEADERS = {
    "Leitziele": ["LZ-Nr.", "Leitziel", "Beschreibung"],
    "Stakeholder": ["ST-Nr.", "Name", "Kurzname", "Typ", "Lenkungskreis"],
    "Fokusprojekte": ["FP-Nr.", "Fokusprojekt", "LZ-Nr.", "Federführung"],
    "Maßnahmen": [
        "Nr.",
        "Maßnahme",
        "LZ-Nr.",
        "FP-Nr.",
        "Federführung",
        "Status",
        "Umsetzungsstand",
        "Beginn",
        "Ende",
        "Gewicht",
        "Kosten",
    ],
    "Meilensteine": ["MS-Nr.", "Nr.", "Meilenstein", "Fällig am", "Erreicht am", "Status"],
    "Beteiligungen": ["Nr.", "ST-Nr.", "Rolle"],
    "Indikatoren": [
        "IND-Nr.",
        "Indikator",
        "LZ-Nr.",
        "Einheit",
        "Zielrichtung",
        "Basiswert",
        "Basisjahr",
        "Zielwert",
        "Zieljahr",
        "Quelle",
    ],
    "Indikatorwerte": ["IND-Nr.", "Stichtag", "Wert"],
    "Beschlüsse": ["Nr.", "Datum", "Beschluss", "Maßnahme/Leitziel", "Zuständig", "Frist", "Status"],
}


def small_plan() -> dict[str, list[list[object]]]:
    """Two Leitziele, three stakeholders, one Fokusprojekt, three measures and what hangs off them."""
    d = datetime.datetime
    return {
        "Leitziele": [
            HEADERS["Leitziele"],
            ["LZ1", "Oberhausen ist wirtschaftsfreundlich", "Text"],
            ["LZ2", "Oberhausen ist qualifiziert", None],
        ],
        "Stakeholder": [
            HEADERS["Stakeholder"],
            ["ST01", "Oberhausener Wirtschafts- und Tourismusförderung GmbH", "OWT", "Städtische Gesellschaft", "ja"],
            ["ST02", "Industrie- und Handelskammer zu Essen", "IHK zu Essen", "Kammer", "ja"],
            ["ST03", "Fraunhofer UMSICHT", "UMSICHT", "Wissenschaft", "nein"],
        ],
        "Fokusprojekte": [HEADERS["Fokusprojekte"], ["FP01", "Digitale Schule", "LZ2", "ST01"]],
        "Maßnahmen": [
            HEADERS["Maßnahmen"],
            [
                "M01",
                "Beispiel: Digitale Bauakte",
                "LZ1",
                None,
                "OWT",
                "in Umsetzung",
                0.45,
                d(2023, 1, 1),
                d(2026, 12, 31),
                1,
                1234.5,
            ],
            [
                "M02",
                "Beispiel: Kampagne duale Ausbildung",
                "LZ2",
                "FP01",
                "ST02",
                "abgeschlossen",
                1,
                d(2021, 3, 1),
                d(2022, 6, 30),
                2,
                None,
            ],
            [
                "M03",
                "Beispiel: Reallabor",
                "LZ1",
                None,
                "ST03",
                "in Planung",
                0,
                d(2025, 1, 1),
                d(2027, 12, 31),
                None,
                None,
            ],
        ],
        "Meilensteine": [
            HEADERS["Meilensteine"],
            ["MS001", "M01", "Konzept liegt vor", d(2024, 6, 30), d(2024, 7, 15), "erreicht"],
            ["MS002", "M01", "Pilotbetrieb", d(2026, 12, 15), None, "offen"],
        ],
        "Beteiligungen": [HEADERS["Beteiligungen"], ["M01", "ST02", "beteiligt"], ["M02", "ST03", "informiert"]],
        "Indikatoren": [
            HEADERS["Indikatoren"],
            [
                "IND01",
                "Arbeitslosenquote",
                "LZ2",
                "%",
                "fallend",
                9.5,
                2019,
                None,
                None,
                "Agentur für Arbeit Oberhausen",
            ],
        ],
        "Indikatorwerte": [HEADERS["Indikatorwerte"], ["IND01", 2019, 9.5], ["IND01", d(2025, 11, 30), 11.3]],
    }


def xlsx(sheets: dict[str, list[list[object]]], percent_columns: tuple[str, ...] = ("Umsetzungsstand",)) -> bytes:
    """An xlsx as Excel would hold it; percent columns get a percent format like a user's sheet."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula, as Excel keeps a typed '=1+1
        for cell in sheet[1]:
            if cell.value in percent_columns:
                for (below,) in sheet.iter_rows(min_row=2, min_col=cell.column, max_col=cell.column):
                    below.number_format = "0%"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[object]], delimiter: str = ";", encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows]
    )
    return out.getvalue().encode(encoding)


def upload(name: str, content: bytes) -> UploadFile:
    return UploadFile(name, content)


def plan_file(**changes: list[list[object]]) -> UploadFile:
    """The small plan as one workbook, with whole sheets replaced by keyword (sheet names without umlauts)."""
    sheets = small_plan()
    for name, rows in changes.items():
        sheets[{"Massnahmen": "Maßnahmen"}.get(name, name)] = rows
    return UploadFile("Masterplan.xlsx", xlsx(sheets))


def department_update() -> UploadFile:
    """Issue 7's first own upload: from the exported example Stand, three measures of Strategische Planung (ST02),
    changed, uploaded alone (so they point at Leitziele, Fokusprojekte and Stakeholder only the example holds)."""
    from loaders.read import load_tables
    from loaders.schema import LABEL_SEPARATOR
    from masterplan.storage.importer import EXAMPLE_WORKBOOK

    tables, _ = load_tables(EXAMPLE_WORKBOOK.name, EXAMPLE_WORKBOOK.read_bytes())
    measures = next(t for t in tables if t.sheet.name == "Maßnahmen")
    own = [r for r in measures.records if r["federfuehrung"] == f"ST02{LABEL_SEPARATOR}Strategische Planung"][:3]
    rows = [["Nr.", "Maßnahme", "LZ-Nr.", "FP-Nr.", "Federführung", "Status", "Umsetzungsstand"]]
    rows += [[r["nr"], r["massnahme"], r["lz_nr"], r["fp_nr"], "ST02", "in Umsetzung", 0.55] for r in own]
    return UploadFile("Massnahmen_Strategische_Planung.xlsx", xlsx({"Maßnahmen": rows}))
