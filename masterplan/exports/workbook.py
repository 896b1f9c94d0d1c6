"""The workbook in the upload format: the empty template and the export of a Stand.

Sheet names, headers, column order and lists all come from loaders.schema, so what a user downloads is
exactly what the importer reads back. openpyxl's write-only mode streams the rows, which keeps a Stand
with hundreds of thousands of rows fast and small in memory; it still writes frozen panes, autofilter,
column widths and data validations, provided they are set before the first row is appended.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from functools import partial
from itertools import zip_longest

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from loaders.normalize import clean_text
from loaders.schema import INFO_SHEET, LABEL_SEPARATOR, LISTS_SHEET, SHEETS, STAKEHOLDER, Column, Kind, Sheet
from loaders.vocabulary import BOOL_FALSE, BOOL_TRUE, CANONICAL
from masterplan.exports import formatdoc
from masterplan.tables import Plan

TEMPLATE_ROWS = 5000  # validations reach at least this row, so an empty template has room to type
SPARE_ROWS = 1000  # and this many rows below the data of an export

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00 "€"'
PERCENT_WHOLE_FORMAT = "0%"
PERCENT_DECIMAL_FORMAT = "0.0%"
COLUMN_FORMATS: dict[Kind, str] = {
    Kind.PERCENT: PERCENT_WHOLE_FORMAT, Kind.DATE: DATE_FORMAT, Kind.DATE_OR_YEAR: DATE_FORMAT,
    Kind.MONEY: MONEY_FORMAT,
}

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADING_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")

KIND_WIDTHS: dict[Kind, float] = {
    Kind.TEXT: 14, Kind.CHOICE: 14, Kind.PERCENT: 10, Kind.DATE: 12, Kind.DATE_OR_YEAR: 12,
    Kind.NUMBER: 12, Kind.MONEY: 15, Kind.YEAR: 8, Kind.BOOL: 8, Kind.EMAIL: 28,
}
FREE_TEXT_WIDTH = 40  # free text in the empty template
LABEL_WIDTH = 28  # "ST05 – OWT" labels in the empty template
MAX_WIDTH = 60
FILTER_BUTTON_WIDTH = 4  # room for the autofilter / drop-down arrow
INFO_WIDTHS = (22, 24, 26, 22, 18, 45, 50)

PROMPT_TITLE_MAX = 32  # Excel's limits for the input hint of a data validation
PROMPT_MAX = 255

BOOL_WORDS = (BOOL_FALSE[0], BOOL_TRUE[0])  # indexed by the boolean


def write_workbook(plan: Plan | None = None, sheets: tuple[Sheet, ...] = SHEETS,
                   preface: tuple[str, ...] = ()) -> bytes:
    """The xlsx bytes of ``plan`` in the upload format; None gives the empty template. ``sheets`` limits the data
    sheets (a round's workbook holds only what its Federführung reports; keep Stakeholder for the drop-downs),
    ``preface`` are lines above the explanations of the first sheet."""
    plan = Plan.empty() if plan is None else plan
    workbook = Workbook(write_only=True)
    _write_info(workbook.create_sheet(INFO_SHEET), preface)
    lists = _list_sources()
    labels = _stakeholder_labels(plan[STAKEHOLDER.name])
    for sheet in sheets:
        _write_sheet(workbook.create_sheet(sheet.name), sheet, _labelled(sheet, plan[sheet.name], labels), lists)
    _write_lists(workbook.create_sheet(LISTS_SHEET), len(plan[STAKEHOLDER.name]) + 1 + SPARE_ROWS)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- data sheets ---------------------------------------------------------------------------------


def _write_sheet(ws: WriteOnlyWorksheet, sheet: Sheet, data: pd.DataFrame, lists: dict[str, str]) -> None:
    """Header, layout and validations first (write-only mode needs them before any row), then the rows."""
    last_row = max(TEMPLATE_ROWS, len(data) + 1 + SPARE_ROWS)
    widths = [_width(sheet, column, data[column.field]) for column in sheet.columns]
    for index, (column, width) in enumerate(zip(sheet.columns, widths, strict=True), start=1):
        letter = get_column_letter(index)
        _layout_column(ws, letter, sheet, column, width)
        validation = _validation(column, lists)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{last_row}")
            ws.data_validations.append(validation)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(data) + 1}"
    ws.append([_header_cell(ws, column.header) for column in sheet.columns])
    cells = [_converter(sheet, column, width)(ws, data[column.field])
             for column, width in zip(sheet.columns, widths, strict=True)]
    for row in zip(*cells, strict=True):
        ws.append(row)


def _header_cell(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """A bold, filled header cell, so the header reads as such and not as data."""
    cell = WriteOnlyCell(ws, text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = WRAP
    return cell


def _is_free_text(sheet: Sheet, column: Column) -> bool:
    """Text that is prose rather than an ID or reference: shown wide and wrapped."""
    return column.kind is Kind.TEXT and not column.ref and column.field not in sheet.key and not column.unique


def _layout_column(ws: WriteOnlyWorksheet, letter: str, sheet: Sheet, column: Column, width: float) -> None:
    """Width, and a column style so values typed into the template get the right format."""
    dimension = ws.column_dimensions[letter]
    dimension.width = width
    if column.kind in COLUMN_FORMATS:
        dimension.number_format = COLUMN_FORMATS[column.kind]
    if _is_free_text(sheet, column):
        dimension.alignment = WRAP


def _width(sheet: Sheet, column: Column, values: pd.Series) -> float:
    """Wide enough for the header and typical content, never wider than MAX_WIDTH."""
    header = len(column.header) + FILTER_BUTTON_WIDTH
    if column.kind is Kind.CHOICE:
        content = max(map(len, CANONICAL[column.vocabulary])) + FILTER_BUTTON_WIDTH
    elif column.kind is Kind.TEXT and values.notna().any():
        content = int(values.dropna().astype(str).str.len().max()) + 2
    elif _is_free_text(sheet, column):
        content = FREE_TEXT_WIDTH
    elif _is_stakeholder_reference(column):
        content = LABEL_WIDTH
    else:
        content = KIND_WIDTHS[column.kind]
    return min(max(header, content, KIND_WIDTHS[column.kind]), MAX_WIDTH)


def _validation(column: Column, lists: dict[str, str]) -> DataValidation | None:
    """A drop-down for list, ja/nein and reference columns, an input hint where the schema has one."""
    validation = None
    text = formatdoc.TEXT
    if column.kind is Kind.CHOICE:
        validation = _list_validation(lists[column.vocabulary], text["list_error"])
    elif column.kind is Kind.BOOL:
        validation = _list_validation('"' + ",".join(reversed(BOOL_WORDS)) + '"', text["list_error"])
    elif _is_stakeholder_reference(column):
        validation = _list_validation(lists[STAKEHOLDER.name], text["stakeholder_error"])
    elif len(column.ref) == 1:
        validation = _list_validation(lists[column.ref[0]], text["reference_error"])
    if column.hint:
        validation = validation or DataValidation(allow_blank=True)
        validation.showInputMessage = True
        validation.promptTitle = column.header[:PROMPT_TITLE_MAX]
        validation.prompt = column.hint[:PROMPT_MAX]
    return validation


def _list_validation(formula: str, error: str) -> DataValidation:
    """A drop-down that warns but lets synonyms through: the importer maps "erledigt" to „abgeschlossen“."""
    return DataValidation(
        type="list", formula1=formula, allow_blank=True, showErrorMessage=True, errorStyle="warning",
        errorTitle=formatdoc.TEXT["list_error_title"], error=error,
    )


# --- stakeholder references: "ST05 – OWT" in the cell, the ST-Nr. for the importer ----------------


def _is_stakeholder_reference(column: Column) -> bool:
    return column.ref == (STAKEHOLDER.name,)


def _stakeholder_labels(stakeholders: pd.DataFrame) -> dict[str, str]:
    """ST-Nr. → "ST05 – OWT" (the Kurzname, else the Name), as the lists sheet's formulas build it."""
    names = stakeholders["kurzname"].where(stakeholders["kurzname"].notna(), stakeholders["name"])
    return {key: f"{key}{LABEL_SEPARATOR}{name}" if name else key
            for key, name in zip(stakeholders["st_nr"], names, strict=True)}


def _labelled(sheet: Sheet, data: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """The sheet's rows with every stakeholder reference shown as its label; unknown ST-Nr. stay as they are."""
    columns = [c.field for c in sheet.columns if _is_stakeholder_reference(c)]
    if not columns or not labels:
        return data
    return data.assign(**{name: data[name].map(lambda key: labels.get(key, key)) for name in columns})


# --- cell conversion: one function per Kind, each turning a column into a list of cells -----------

Converter = Callable[[WriteOnlyWorksheet, pd.Series], list]


def _converter(sheet: Sheet, column: Column, width: float) -> Converter:
    """The cell conversion for a column; prose wraps beyond the column width, the rest follows its Kind."""
    return partial(_text_cells, wrap_beyond=width) if _is_free_text(sheet, column) else _CONVERTERS[column.kind]


def _present(values: pd.Series) -> list:
    """The column as Python objects with None for every blank (NaN, NaT, NA)."""
    return values.astype(object).where(values.notna(), None).tolist()


def _text_value(value: object) -> str:
    """Text openpyxl accepts: C0 control characters (B33) would make the whole export fail."""
    text = str(value)
    return clean_text(text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def _text_cells(ws: WriteOnlyWorksheet, values: pd.Series, wrap_beyond: float = math.inf) -> list:
    """Text cells; prose longer than ``wrap_beyond`` characters (or with line breaks) wraps."""
    return [None if value is None else _text_cell(ws, _text_value(value), wrap_beyond) for value in _present(values)]


def _text_cell(ws: WriteOnlyWorksheet, text: str, wrap_beyond: float) -> str | WriteOnlyCell | None:
    """Text stays text (B34): openpyxl would store "=…" as a formula and "#N/A" as an error value.

    A plain str is written unstyled, which costs half as much as a cell object; so only cells that must
    wrap or must be forced to text become one.
    """
    wrap = len(text) > wrap_beyond or "\n" in text
    if not (wrap or text.startswith("=") or text in ERROR_CODES):
        return text or None
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    if wrap:
        cell.alignment = WRAP
    return cell


def _formatted(ws: WriteOnlyWorksheet, value: object, number_format: str) -> WriteOnlyCell:
    """A cell with its own number format (write-only mode ignores column styles for written cells)."""
    cell = WriteOnlyCell(ws, value)
    cell.number_format = number_format
    return cell


def _percent_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """0–100 as Excel fractions; the importer reads a column of numbers within 0–1 as fractions."""
    return [None if value is None else _formatted(ws, value / 100, _percent_format(value))
            for value in _present(values)]


def _percent_format(value: float) -> str:
    """45 shows as 45 %, 45.5 as 45.5 % — no decimals unless the value has them."""
    return PERCENT_WHOLE_FORMAT if float(value).is_integer() else PERCENT_DECIMAL_FORMAT


def _date_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """Real date cells, shown the German way."""
    return [None if value is None else _formatted(ws, value.date(), DATE_FORMAT) for value in _present(values)]


def _money_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """Euro amounts as numbers with a currency format, so Excel can sum them."""
    return [None if value is None else _formatted(ws, float(value), MONEY_FORMAT) for value in _present(values)]


def _number_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """Plain numbers in General format, which shows no spurious decimals."""
    return [None if value is None else float(value) for value in _present(values)]


def _year_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """Years as integers, never 2024.0."""
    return [None if value is None else int(value) for value in _present(values)]


def _bool_cells(ws: WriteOnlyWorksheet, values: pd.Series) -> list:
    """ja/nein, the words the drop-down offers."""
    return [None if value is None else BOOL_WORDS[bool(value)] for value in _present(values)]


_CONVERTERS: dict[Kind, Converter] = {
    Kind.TEXT: _text_cells,
    Kind.CHOICE: _text_cells,
    Kind.EMAIL: _text_cells,
    Kind.PERCENT: _percent_cells,
    Kind.DATE: _date_cells,
    Kind.DATE_OR_YEAR: _date_cells,
    Kind.NUMBER: _number_cells,
    Kind.MONEY: _money_cells,
    Kind.YEAR: _year_cells,
    Kind.BOOL: _bool_cells,
}


# --- helper sheets -------------------------------------------------------------------------------


LABELS_COLUMN = get_column_letter(len(CANONICAL) + 1)  # on the lists sheet, right of the vocabularies


def _list_sources() -> dict[str, str]:
    """What each drop-down lists: a vocabulary (by name) or the keys of a referenced sheet (by sheet name).

    A vocabulary is a fixed range on the lists sheet. A referenced sheet's list is its key column in this
    workbook, as long as that column is filled, so it grows with the rows a user adds; stakeholders are
    listed by the labels the lists sheet builds next to their rows.
    """
    sheet = quote_sheetname(LISTS_SHEET)
    sources = {
        name: f"{sheet}!${get_column_letter(index)}$2:${get_column_letter(index)}${len(values) + 1}"
        for index, (name, values) in enumerate(CANONICAL.items(), start=1)
    }
    for target in SHEETS:
        if target is STAKEHOLDER:
            sources[target.name] = _growing_range(target, f"{sheet}!${LABELS_COLUMN}$2")
        elif len(target.key) == 1:
            key = _letter(target, target.key[0])
            sources[target.name] = _growing_range(target, f"{quote_sheetname(target.name)}!${key}$2")
    return sources


def _letter(sheet: Sheet, field_name: str) -> str:
    return get_column_letter(sheet.fields.index(field_name) + 1)


def _growing_range(target: Sheet, start: str) -> str:
    """From ``start`` down as many cells as ``target`` has filled keys below its header (at least one)."""
    key = _letter(target, target.key[0])
    return f"OFFSET({start},0,0,MAX(1,COUNTA({quote_sheetname(target.name)}!${key}:${key})-1),1)"


def _label_formula(row: int) -> str:
    """The label of the stakeholder in ``row``, computed by the spreadsheet so rows added later get one too."""
    sheet = quote_sheetname(STAKEHOLDER.name)
    key, short, name = (f"{sheet}!${_letter(STAKEHOLDER, f)}{row}" for f in ("st_nr", "kurzname", "name"))
    return f'=IF({key}="","",{key}&"{LABEL_SEPARATOR}"&IF({short}<>"",{short},{name}))'


def _write_lists(ws: WriteOnlyWorksheet, stakeholder_rows: int) -> None:
    """The hidden sheet the drop-downs read: a label per vocabulary, then its canonical values; then one
    stakeholder label formula per Stakeholder row up to ``stakeholder_rows`` (the data and SPARE_ROWS more)."""
    ws.sheet_state = "hidden"
    columns = [[formatdoc.vocabulary_label(name), *values] for name, values in CANONICAL.items()]
    labels = [formatdoc.referring_columns(STAKEHOLDER.name), *map(_label_formula, range(2, stakeholder_rows + 1))]
    for row in zip_longest(*columns, labels):
        ws.append(row)


def _write_info(ws: WriteOnlyWorksheet, preface: tuple[str, ...]) -> None:
    """The visible first sheet: what this workbook is for, then the format explained, from the same rows as
    docs/format.md."""
    for index, width in enumerate(INFO_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    text = formatdoc.TEXT
    if preface:  # plain strings spill over the empty cells beside them; the lines are ours, never formulas
        ws.append([_heading(ws, preface[0])])
        for line in preface[1:]:
            ws.append([line])
        ws.append([])
    ws.append([_heading(ws, text["title"])])
    ws.append([text["intro"]])
    _info_section(ws, text["rules"])
    for rule in formatdoc.rules():
        ws.append([rule])
    _info_section(ws, text["sheets"])
    _info_table(ws, formatdoc.SHEET_HEADER, formatdoc.sheet_rows())
    _info_section(ws, text["columns"])
    column_rows = [(sheet.name, *row) for sheet in SHEETS for row in formatdoc.column_rows(sheet)]
    _info_table(ws, (text["sheet"], *formatdoc.COLUMN_HEADER), column_rows)
    _info_section(ws, text["vocabularies"])
    vocabulary_rows = [(formatdoc.vocabulary_label(name), *row)
                       for name in formatdoc.vocabularies() for row in formatdoc.vocabulary_rows(name)]
    _info_table(ws, formatdoc.VOCABULARY_HEADER, vocabulary_rows)


def _heading(ws: WriteOnlyWorksheet, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, title)
    cell.font = HEADING_FONT
    return cell


def _info_section(ws: WriteOnlyWorksheet, title: str) -> None:
    """A blank row and a bold section title."""
    ws.append([])
    cell = WriteOnlyCell(ws, title)
    cell.font = Font(bold=True)
    ws.append([cell])


def _info_table(ws: WriteOnlyWorksheet, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A small table with the data sheets' header look and wrapped text."""
    ws.append([_header_cell(ws, title) for title in header])
    for row in rows:
        ws.append([_wrapped(ws, value) for value in row])


def _wrapped(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell | None:
    """A wrapped text cell; never a formula, whatever the schema text starts with."""
    if not text:
        return None
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    cell.alignment = WRAP
    return cell
