"""Uploaded bytes → RawWorkbook, or Unreadable with one German sentence — never another exception.

Order of defence: size, magic bytes (not the extension), the streaming zip pre-scan in this process,
then python-calamine in a child process with a memory limit (RLIMIT_AS) and a timeout. calamine aborts
the whole process on some inputs (SIGABRT on a failed allocation), and Streamlit serves every session
from one process, so calamine is never imported here.

The child is a fresh ``python -I -S`` started with subprocess rather than a multiprocessing
forkserver/spawn child: under Streamlit ``sys.modules["__main__"]`` is the page script, and
multiprocessing would re-run that script in every child. A tiny file takes about 50 ms end to end.
"""

from __future__ import annotations

import datetime
import io
import itertools
import logging
import math
import os
import pickle
import resource
import subprocess
import sys
import traceback
import unicodedata
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

import loaders
from loaders import messages as msg
from loaders.csvread import read_csv
from loaders.findings import INFO, WARNING, Finding, Unreadable
from loaders.normalize import clean_text
from loaders.parse import SheetColumns, SheetTable, assign_sheets, parse_columns, parse_workbook
from loaders.raw import CellIssue, RawSheet, RawWorkbook
from loaders.safety import (
    MB,
    OLE_MAGIC,
    Limits,
    base_name,
    check_extent,
    error_issue,
    is_binary_part,
    is_error_text,
    ole_stream_names,
    prescan_zip,
    scan_ods,
    scan_worksheet,
)
from loaders.schema import HELPER_SHEETS, Sheet
from loaders.values import format_number

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

__all__ = ["Limits", "read_file"]

log = logging.getLogger(__name__)

WORKBOOK_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\x7fELF",
                 b"{\\rtf")
_SNIFF_BYTES = 8192
_STDERR_PART = 1000

DEFAULT_LIMITS = Limits()
PARALLEL_READ_BYTES = 1024 * 1024  # smaller workbooks read in well under a second with one child

Issues = dict[tuple[int, int], CellIssue]
Rows = list[list[object]]


def read_file(file_name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawWorkbook:
    """Read one uploaded file; raises Unreadable (with ``file=file_name``) for anything that is not a table."""
    opened = _open(file_name, data, limits, None)
    assert isinstance(opened, RawWorkbook)
    return opened


def load_tables(file_name: str, data: bytes, only: str | None = None,
                limits: Limits = DEFAULT_LIMITS) -> tuple[list[SheetTable], list[Finding]]:
    """read_file and parse_workbook in one step; raises Unreadable like read_file.

    A workbook's sheets are parsed in the reader children, so a large upload is read and parsed on both
    cores and its cells cross the process boundary once, already typed.
    """
    opened = _open(file_name, data, limits, _Parse(only))
    return parse_workbook(opened, only) if isinstance(opened, RawWorkbook) else opened


@dataclass(frozen=True)
class _Parse:
    """Parse in the child, pairing sheets with the schema as parse_workbook would (``only`` = --sheet)."""

    only: str | None


Loaded = RawWorkbook | tuple[list[SheetTable], list[Finding]]


def _open(file_name: str, data: bytes, limits: Limits, parse: _Parse | None) -> Loaded:
    """Checks in order of cost, then the reader that fits the content (not the extension)."""
    data = bytes(data)
    if not data:
        raise Unreadable(msg.EMPTY_FILE, file=file_name)
    if len(data) > limits.max_bytes:
        size, limit = format_number(len(data) / MB, 1, fixed=True), format_number(limits.max_bytes / MB, 1)
        raise Unreadable(msg.TOO_LARGE.format(size=size, limit=limit), file=file_name)
    extension = PurePosixPath(base_name(file_name)).suffix.lower()
    if data.startswith(b"PK"):
        report = prescan_zip(data, file_name, limits)
        return _read_workbook(file_name, report.kind, data, limits, report.notes, parse)
    if data.startswith(OLE_MAGIC[:4]):
        return _read_workbook(file_name, _ole_kind(data, file_name), data, limits, [], parse)
    if extension in TEXT_EXTENSIONS and not data.startswith(_BINARY_MAGIC):
        return _read_workbook(file_name, "csv", data, limits, [], parse)
    if extension in WORKBOOK_EXTENSIONS and _looks_like_text(data):
        raise Unreadable(msg.CONTENT_MISMATCH.format(extension=extension), file=file_name)
    raise Unreadable(msg.UNKNOWN_TYPE.format(name=base_name(file_name)), file=file_name)


def _looks_like_text(data: bytes) -> bool:
    """Text (a CSV or HTML export named like a workbook) rather than some other binary format."""
    head = data[:_SNIFF_BYTES]
    return not head.startswith(_BINARY_MAGIC) and (b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")))


def _ole_kind(data: bytes, file_name: str) -> str:
    """An OLE2 file is an xls workbook, an encrypted OOXML package, or something else (a .doc)."""
    names = {name.lower() for name in ole_stream_names(data, file_name)}
    if "encryptedpackage" in names:
        raise Unreadable(msg.PASSWORD_PROTECTED, file=file_name)
    if names & {"workbook", "book"}:
        return "xls"
    raise Unreadable(msg.UNKNOWN_TYPE.format(name=base_name(file_name)), file=file_name)


def _read_workbook(file_name: str, kind: str, data: bytes, limits: Limits, notes: list[Finding],
                   parse: _Parse | None) -> Loaded:
    """Run the reader children and turn their compact answers into a RawWorkbook, or into parsed tables.

    A large workbook is read by two children at once, each converting every other sheet (both scan all
    sheets first): converting, parsing and sending the cells are most of an import's reading time, and
    the machine has a second core.
    """
    parts = 2 if len(data) >= PARALLEL_READ_BYTES and kind != "csv" else 1
    requests = [{"kind": kind, "data": data, "limits": limits, "file_name": file_name, "part": (part, parts),
                 "parse": parse is not None, "only": parse.only if parse else None} for part in range(parts)]
    with ThreadPoolExecutor(parts) as pool:
        answers = list(pool.map(lambda request: _run_child(request, limits, file_name), requests))
    sheets = sorted(sheet for part_sheets, _, _ in answers for sheet in part_sheets)
    notes = notes + [Finding(severity, text, file=file_name, sheet=sheet, row=row)
                     for _, child_notes, _ in answers for severity, text, sheet, row in child_notes]
    if parse is None:
        decimal = answers[0][2]
        return RawWorkbook(file_name, kind, [RawSheet(name, rows) for _, name, rows in sheets], notes, decimal)
    tables = [SheetColumns(*columns).table() for _, _, columns, _ in sheets if columns is not None]
    findings = [f for f in notes if f.sheet not in HELPER_SHEETS]
    findings += [Finding(*finding) for _, _, _, sheet_findings in sheets for finding in sheet_findings]
    return tables, findings


# --- the parent side of the child process --------------------------------------------------------

def _run_child(request: dict[str, object], limits: Limits, file_name: str) -> tuple[list, list, str]:
    """Send the request, wait at most the timeout, and map every way the child can fail to a message."""
    process = subprocess.Popen(
        [sys.executable, "-I", "-S", *(["-B"] if sys.dont_write_bytecode else []), "-c",
         _child_command(limits)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        out, err = process.communicate(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL),
                                       timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired:
        seconds = format_number(limits.timeout_seconds)
        raise Unreadable(msg.TIMEOUT.format(seconds=seconds), file=file_name) from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    result = _load_result(out) if process.returncode == 0 else None
    crashed = result is None or result[0] == "crashed"
    if err or crashed:
        log.log(logging.WARNING if crashed else logging.INFO, "Reader child for %r (exit %s): %s", file_name,
                process.returncode, _summary(err))
    if crashed:
        raise Unreadable(msg.READER_CRASHED, file=file_name)
    if result[0] == "unreadable":
        raise Unreadable(str(result[1]), file=file_name)
    return result[1], result[2], result[3]


def _summary(err: bytes) -> str:
    """The child's stderr for the log: its first line (calamine's allocation failure) and its end (a traceback)."""
    text = err.decode("utf-8", "replace")
    return text if len(text) <= 2 * _STDERR_PART else f"{text[:_STDERR_PART]} … {text[-_STDERR_PART:]}"


def _child_command(limits: Limits) -> str:
    """Code for ``python -I -S -c``: the parent's import path (site is skipped to start fast) and the limits."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(loaders.__file__)))
    paths = [root, *(os.path.abspath(path) for path in sys.path if path)]
    cpu_seconds = math.ceil(limits.timeout_seconds) + 5
    return (f"import sys; sys.path[:0] = {paths!r}; from loaders.read import child_main; "
            f"child_main({limits.memory_bytes}, {cpu_seconds})")





class _ResultUnpickler(pickle.Unpickler):
    """Only the types a reader result holds, so a subverted child cannot make the parent run code."""

    ALLOWED = frozenset({("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
                         ("loaders.raw", "CellIssue")})

    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a reader result")
        return super().find_class(module, name)


def _load_result(out: bytes) -> tuple | None:
    """The child's answer, or None when it is missing or malformed (then the child is treated as crashed)."""
    try:
        result = _ResultUnpickler(io.BytesIO(out)).load()
    except Exception:  # any malformed pickle: the child died mid-write or misbehaved
        return None
    shapes = {"ok": 4, "unreadable": 2, "crashed": 1}
    valid = isinstance(result, tuple) and bool(result) and shapes.get(result[0]) == len(result)
    return result if valid else None


# --- the child ---------------------------------------------------------------------------------

def child_main(memory_bytes: int, cpu_seconds: int) -> None:
    """Entry point of the reader child: a pickled request on stdin, a pickled result on stdout."""
    _limit_resources(memory_bytes, cpu_seconds)
    try:
        request = pickle.load(sys.stdin.buffer)
        result: tuple = ("ok", *_read_in_child(**request))
    except Unreadable as exc:
        result = ("unreadable", exc.message)
    except MemoryError:
        result = ("crashed",)
    except Exception:  # calamine's own errors and anything unforeseen in a malformed file
        traceback.print_exc()
        result = ("unreadable", msg.DAMAGED)
    except BaseException:  # a Rust panic arrives as pyo3's PanicException, derived from BaseException
        traceback.print_exc()
        result = ("crashed",)
    pickler = pickle.Pickler(sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: a third faster for a million distinct cells, and rows hold no cycles
    pickler.dump(result)
    sys.stdout.buffer.flush()


def _limit_resources(memory_bytes: int, cpu_seconds: int) -> None:
    """A runaway allocation fails here, not in the server; no core file per crash; CPU capped even if orphaned."""
    for kind, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CORE, 0),
                        (resource.RLIMIT_CPU, cpu_seconds)):
        _, hard = resource.getrlimit(kind)
        resource.setrlimit(kind, (value if hard == resource.RLIM_INFINITY else min(value, hard), hard))


def _read_in_child(kind: str, data: bytes, limits: Limits, file_name: str, part: tuple[int, int] = (0, 1),
                   parse: bool = False, only: str | None = None) -> tuple[list, list, str]:
    """Scan each sheet before calamine allocates it, then read those of this ``part`` (sheet index modulo the
    number of parts); hidden sheets are skipped with a note. Sheets come back with their index, for order.

    With ``parse``, only sheets of the schema are read, and each comes back parsed: (index, name, columns,
    findings) as plain tuples; the first part also reports how the sheets were paired with the schema.
    Last comes the decimal separator of text numbers.
    """
    if kind == "csv":
        return _read_csv_in_child(data, limits, file_name, parse, only)
    import python_calamine  # only ever imported in the child

    issues = _scan_sheets(kind, data, limits, file_name)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise Unreadable(msg.PASSWORD_PROTECTED, file=file_name) from None
    sheets, notes = [], []
    mine, parts = part
    targets = _schema_sheets(workbook.sheets_metadata, kind, file_name, only, notes if mine == 0 else []) if parse \
        else None
    for index, meta in enumerate(workbook.sheets_metadata):
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet or index % parts != mine:
            continue
        if targets is not None and meta.visible == python_calamine.SheetVisibleEnum.Visible and \
                meta.name not in targets:
            continue
        if meta.visible != python_calamine.SheetVisibleEnum.Visible:
            notes.append((INFO, msg.HIDDEN_SHEET_IGNORED.format(sheet=meta.name), meta.name, None))
            continue
        if kind != "xls" and meta.name not in issues:
            raise Unreadable(msg.DAMAGED, file=file_name)  # a sheet the scan did not see is never allocated
        sheet = workbook.get_sheet_by_name(meta.name)
        rows, cut_after = _sheet_rows(sheet, issues.get(meta.name, {}), meta.name, limits, file_name)
        if targets is None:
            sheets.append((index, meta.name, rows))
        else:
            columns, findings = parse_columns(targets[meta.name], RawSheet(meta.name, rows), file_name, ",")
            sheets.append((index, meta.name, _plain_columns(columns), [_plain_finding(f) for f in findings]))
        if cut_after is not None:
            text = msg.BLANK_ROWS_CUTOFF.format(row=format_number(cut_after),
                                                count=format_number(limits.blank_row_cutoff))
            notes.append((WARNING, text, meta.name, cut_after))
    return sheets, notes, ","


def _read_csv_in_child(data: bytes, limits: Limits, file_name: str, parse: bool,
                       only: str | None) -> tuple[list, list, str]:
    """A CSV file as one sheet, in the same shapes as a workbook; parsed here too with ``parse``."""
    book = read_csv(file_name, data, limits)
    notes = [(f.severity, f.message, f.sheet, f.row) for f in book.notes]
    (raw,) = book.sheets
    if not parse:
        return [(0, raw.name, raw.rows)], notes, book.decimal
    pairs, findings = assign_sheets([raw.name], "csv", file_name, only)
    notes.extend((f.severity, f.message, f.sheet, f.row) for f in findings)
    sheets = []
    for sheet, _ in pairs:
        columns, sheet_findings = parse_columns(sheet, raw, file_name, book.decimal)
        sheets.append((0, raw.name, _plain_columns(columns), [_plain_finding(f) for f in sheet_findings]))
    return sheets, notes, book.decimal


def _plain_columns(columns: SheetColumns | None) -> tuple | None:
    """SheetColumns as a tuple of builtins: the parent's unpickler accepts no classes of ours but CellIssue."""
    if columns is None:
        return None
    return columns.sheet, columns.file, columns.headers, columns.row_numbers, columns.columns, columns.invalid


def _plain_finding(finding: Finding) -> tuple:
    return finding.severity, finding.message, finding.file, finding.sheet, finding.row, finding.column, finding.value


def _schema_sheets(metadata: list, kind: str, file_name: str, only: str | None,
                   notes: list[tuple]) -> dict[str, Sheet]:
    """Visible worksheet name → the schema sheet it holds, as parse_workbook pairs them; notes about the rest."""
    import python_calamine

    names = [m.name for m in metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet
             and m.visible == python_calamine.SheetVisibleEnum.Visible]
    pairs, findings = assign_sheets(names, kind, file_name, only)
    notes.extend((f.severity, f.message, f.sheet, f.row) for f in findings)
    return {name: sheet for sheet, name in pairs}


def _scan_sheets(kind: str, data: bytes, limits: Limits, file_name: str) -> dict[str, Issues]:
    """Per visible sheet: refuse it if too large to allocate, else the cells calamine reads as empty wrongly."""
    if kind == "xls":
        return {}  # OLE: no zip parts to scan; extent is checked from calamine's range (BIFF caps it)
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = {name.replace("\\", "/").lower(): name for name in archive.namelist()}
    if kind == "ods":
        return scan_ods(_part(archive, parts, "content.xml", file_name), limits, file_name)
    return {name: scan_worksheet(_part(archive, parts, path, file_name), name, limits, file_name)
            for name, path in _visible_worksheets(archive, parts, file_name)}


def _part(archive: zipfile.ZipFile, parts: dict[str, str], path: str, file_name: str) -> bytes:
    """A part by name, looked up case-insensitively as calamine does; a missing part is damage."""
    name = parts.get(path.lower())
    if name is None:
        raise Unreadable(msg.DAMAGED, file=file_name)
    return archive.read(name)


def _visible_worksheets(archive: zipfile.ZipFile, parts: dict[str, str], file_name: str) -> list[tuple[str, str]]:
    """(sheet name, part path) of visible worksheets, resolved from the workbook relationships like calamine."""
    relationships = _xml(archive, parts, "xl/_rels/workbook.xml.rels", file_name).iter()
    targets = {rel.get("Id"): rel.get("Target", "") for rel in relationships if _local(rel.tag) == "Relationship"}
    sheets = []
    for element in _xml(archive, parts, "xl/workbook.xml", file_name).iter():
        if _local(element.tag) != "sheet" or element.get("state", "visible") != "visible":
            continue
        rel_id = next((value for key, value in element.attrib.items() if key.startswith("{") and _local(key) == "id"),
                      None)
        path = _sheet_path(targets.get(rel_id, ""))
        if is_binary_part(path):
            raise Unreadable(msg.BAD_STRUCTURE, file=file_name)  # the pre-scan did not search it for DTDs
        if path.split("/")[1:2] == ["worksheets"]:
            sheets.append((element.get("name", ""), path))
    return sheets


def _sheet_path(target: str) -> str:
    """calamine's rule: "/xl/…" and "xl/…" are taken as they are, anything else is relative to xl/."""
    if target.startswith("/xl/"):
        return target[1:]
    return target if target.startswith("xl/") else f"xl/{target}"


def _xml(archive: zipfile.ZipFile, parts: dict[str, str], path: str, file_name: str) -> ElementTree.Element:
    """A small XML part as a tree (the pre-scan already refused DTDs in it)."""
    try:
        return ElementTree.fromstring(_part(archive, parts, path, file_name))
    except ElementTree.ParseError:
        raise Unreadable(msg.DAMAGED, file=file_name) from None


def _local(tag: str) -> str:
    """"{namespace}sheet" → "sheet": calamine compares local names only."""
    return tag.rpartition("}")[2]


def _sheet_rows(
    sheet: CalamineSheet, issues: Issues, name: str, limits: Limits, file_name: str
) -> tuple[Rows, int | None]:
    """Rows positioned as the spreadsheet shows them; reading stops after too many blank rows (returns where)."""
    start, end = sheet.start, sheet.end
    if end is not None:
        check_extent(name, end[0] + 1, end[1] + 1, limits, file_name)
    by_row: dict[int, list[tuple[int, CellIssue]]] = defaultdict(list)
    for (row, column), issue in issues.items():
        by_row[row].append((column, issue))
    first_row, first_column = start if start is not None else (0, 0)
    raw_rows = itertools.islice(sheet.iter_rows(), first_row, None) if start is not None else iter(())
    last = max(end[0] if end is not None else -1, max(by_row, default=-1))
    rows: Rows = []
    for index in range(last + 1):
        raw = next(raw_rows, None) if index >= first_row else None
        row = _convert(raw, first_column) if raw is not None else []
        for column, issue in by_row.get(index, ()):
            row.extend([None] * (column + 1 - len(row)))
            row[column] = issue
        if row:
            rows.extend([] for _ in range(index - len(rows)))
            rows.append(row)
        elif rows and index - len(rows) >= limits.blank_row_cutoff:
            return rows, len(rows) if index < last else None
    return rows, None


def _convert(raw: list[object], first_column: int) -> list[object]:
    """calamine's row → cells: "" is empty, text cleaned, trailing empty cells dropped, leading ones padded."""
    cells = [_text_cell(value) if type(value) is str else _other_cell(value) for value in raw]
    while cells and cells[-1] is None:
        cells.pop()
    if cells and first_column:
        cells[:0] = [None] * first_column
    return cells


def _text_cell(value: str) -> object:
    """Control characters stripped (calamine's empty cell is ""); an error value as text becomes a CellIssue."""
    if not value:
        return None
    if value.isprintable():  # no control characters: only NFC and the blanks around need doing
        text = value if value.isascii() else unicodedata.normalize("NFC", value)
        if text[0].isspace() or text[-1].isspace():
            text = text.strip()
    else:
        text = clean_text(value)
    if not text:
        return None
    if text[0] in "#E" and is_error_text(text):
        return error_issue(text)
    return text


def _other_cell(value: object) -> object:
    """Numbers, booleans and dates pass; a duration becomes a time of day under 24 h, else days (as Excel has it)."""
    if type(value) is not datetime.timedelta:
        return value
    if datetime.timedelta(0) <= value < datetime.timedelta(days=1):
        return (datetime.datetime.min + value).time()
    return value.total_seconds() / 86400
