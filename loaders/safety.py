"""Checks on untrusted spreadsheet bytes before a reader allocates anything for them.

``prescan_zip`` runs in the calling process and only streams: it inflates every zip entry itself,
counting real bytes (declared sizes can lie), and refuses bombs, DTDs and odd structures. The sheet
scans run in the reader child right before python-calamine, because calamine allocates the whole
bounding box of a sheet's cells at once and aborts the process (SIGABRT) when that fails.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from pathlib import PurePosixPath
from xml.parsers import expat

from loaders import messages as msg
from loaders.findings import INFO, Finding, Unreadable
from loaders.raw import CellIssue
from loaders.values import format_number

MB = 1024 * 1024  # as Streamlit counts server.maxUploadSize


@dataclass(frozen=True)
class Limits:
    """Budgets for one upload: far above what a real plan needs, below what would hurt the server."""

    max_bytes: int = 20 * MB
    max_entries: int = 500
    max_part_bytes: int = 100 * MB
    max_total_bytes: int = 300 * MB
    max_rows: int = 200_000  # highest row number holding a value, per sheet
    max_columns: int = 200
    blank_row_cutoff: int = 1000
    max_cell_chars: int = 10_000  # enforced by the parser (TEXT_TOO_LONG); the reader keeps long cells
    timeout_seconds: float = 60.0
    memory_bytes: int = 1024 * MB  # RLIMIT_AS of the reader child: 4× what the largest accepted sheet needs


def base_name(file_name: str) -> str:
    """The name without folders, for messages and sheet names (browsers on Windows may send a full path)."""
    return PurePosixPath(file_name.replace("\\", "/")).name


# --- zip containers: the pre-scan in the calling process ------------------------------------------

@dataclass
class ZipReport:
    """What the pre-scan learned: the container's kind (xlsx, xlsm, ods) and notes for the user."""

    kind: str
    notes: list[Finding]


_ZIP_ERRORS = (  # what zipfile raises on a damaged central directory, depending on where the damage is
    zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error, NotImplementedError,
    RuntimeError, UnicodeDecodeError, OverflowError, IndexError, KeyError, zlib.error,
)
_CENTRAL_HEADER = b"PK\x01\x02"
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_STORED, _DEFLATED = 0, 8
_IN_CHUNK, _OUT_CHUNK = 64 * 1024, 1024 * 1024
_BINARY_PARTS = (".bin", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg",
                 ".ico", ".wdp", ".jfif", ".pdf", ".ole")  # never parsed as XML by the reader
_DTD_HINT = re.compile(rb"<[!\x00]")  # "<\x00": a UTF-16/32 part, checked with its NULs removed
_DTD = re.compile(rb"<!(?:doctype|entity)", re.IGNORECASE)
_MARKER_OVERLAP = 64
_HEAD_BYTES = 64 * 1024
_UNIQUE_COUNT = re.compile(rb"<(?:[\w.-]+:)?sst\b[^>]*?\buniqueCount\s*=\s*[\"'](\d+)")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_DRIVE = re.compile(r"^[A-Za-z]:")


def prescan_zip(data: bytes, file_name: str, limits: Limits) -> ZipReport:
    """Refuse a zip container before any reader sees it; stream every entry once, never to disk."""
    if data.count(_CENTRAL_HEADER) > limits.max_entries:
        raise Unreadable(msg.BAD_STRUCTURE, file=file_name)
    infos = _entries(data, file_name, limits)
    names = {_normal(info.filename).lower(): info for info in infos}
    kind = _container_kind(data, names, file_name)
    macros = kind == "xlsx" and "xl/vbaproject.bin" in names
    total = 0
    for name, info in names.items():
        size, head, dtd = _scan_entry(data, info, name, limits, total, file_name)
        total += size
        if dtd:
            raise Unreadable(msg.XML_ENTITIES, file=file_name)
        if name.endswith("sharedstrings.xml"):
            _check_unique_count(head, size, file_name)
        macros = macros or (name == "[content_types].xml" and b"macroenabled" in head.lower())
    return ZipReport("xlsm" if macros else kind, _zip_notes(names, kind, macros, file_name))


def _entries(data: bytes, file_name: str, limits: Limits) -> list[zipfile.ZipInfo]:
    """The central directory, refused when damaged, too long or naming paths outside the archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # shares, never copies, the bytes
            infos = archive.infolist()
    except _ZIP_ERRORS:
        raise Unreadable(msg.DAMAGED, file=file_name) from None
    if len(infos) > limits.max_entries:
        raise Unreadable(msg.BAD_STRUCTURE, file=file_name)
    seen: set[str] = set()
    for info in infos:
        name = _normal(info.filename)
        parts = name.split("/")
        if name.startswith("/") or _DRIVE.match(name) or ".." in parts or "\x00" in name or name.lower() in seen:
            raise Unreadable(msg.BAD_STRUCTURE, file=file_name)
        seen.add(name.lower())
    return infos


def _normal(name: str) -> str:
    """Zip names as readers compare them: forward slashes."""
    return name.replace("\\", "/")


def _container_kind(data: bytes, names: dict[str, zipfile.ZipInfo], file_name: str) -> str:
    """xlsx or ods by their marker parts; two kinds at once is a polyglot, none is not a spreadsheet.

    xlsb is not accepted, and its binary sheets are never scanned: calamine falls back to its xlsb reader
    when the xlsx workbook part fails, so a zip holding xlsb parts is refused outright.
    """
    is_xlsx = "[content_types].xml" in names and "xl/workbook.xml" in names
    is_ods = "content.xml" in names and "mimetype" in names
    is_xlsb = "xl/workbook.bin" in names
    if is_xlsx + is_ods + is_xlsb > 1:
        raise Unreadable(msg.BAD_STRUCTURE, file=file_name)
    if is_ods:
        too_big = Unreadable(msg.BAD_STRUCTURE, file=file_name)
        mimetype = b"".join(_inflate(data, names["mimetype"], _HEAD_BYTES, too_big))
        if mimetype.strip().startswith(_ODS_MIMETYPE):
            return "ods"
    if is_xlsx:
        return "xlsx"
    raise Unreadable(msg.UNKNOWN_TYPE.format(name=base_name(file_name)), file=file_name)


def _scan_entry(
    data: bytes, info: zipfile.ZipInfo, name: str, limits: Limits, total: int, file_name: str
) -> tuple[int, bytes, bool]:
    """Real inflated size, the first bytes, and whether an XML part declares a DTD or entities."""
    xml_like = not is_binary_part(name)
    size, head, tail = 0, bytearray(), b""
    bomb = Unreadable(_bomb(limits), file=file_name)
    for chunk in _inflate(data, info, limits.max_part_bytes, bomb):
        size += len(chunk)
        if total + size > limits.max_total_bytes:
            raise bomb
        if len(head) < _HEAD_BYTES:
            head += chunk[: _HEAD_BYTES - len(head)]
        if xml_like:
            window = tail + chunk
            if _declares_dtd(window):
                return size, bytes(head), True
            tail = window[-_MARKER_OVERLAP:]
    return size, bytes(head), False


def _declares_dtd(window: bytes) -> bool:
    """Cheap substring tests first; the regex only runs where "<!" or a wide encoding shows up."""
    if not _DTD_HINT.search(window):
        return False
    return bool(_DTD.search(window.replace(b"\x00", b"")))


def _inflate(data: bytes, info: zipfile.ZipInfo, cap: int, too_big: Unreadable) -> Iterator[bytes]:
    """The entry's bytes as the deflate stream really encodes them; ``too_big`` beyond ``cap``, damage on bad CRC."""
    file_name = too_big.file
    start, method = _data_start(data, info, file_name)
    size = crc = 0
    for chunk in _raw_chunks(data, info, start, method, file_name):
        size += len(chunk)
        if size > cap:
            raise too_big
        crc = zlib.crc32(chunk, crc)
        yield chunk
    if size != info.file_size or crc != info.CRC:
        raise Unreadable(msg.DAMAGED, file=file_name)


def _data_start(data: bytes, info: zipfile.ZipInfo, file_name: str) -> tuple[int, int]:
    """Offset of the entry's data behind its local header; encrypted entries and odd methods refused."""
    offset = info.header_offset
    header = data[offset: offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        raise Unreadable(msg.DAMAGED, file=file_name)
    signature, _, flags, method, _, _, _, _, _, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    if signature != b"PK\x03\x04" or method != info.compress_type:
        raise Unreadable(msg.DAMAGED, file=file_name)
    if flags & 1 or info.flag_bits & 1:
        raise Unreadable(msg.PASSWORD_PROTECTED, file=file_name)
    if method not in (_STORED, _DEFLATED):
        raise Unreadable(msg.BAD_STRUCTURE, file=file_name)
    return offset + _LOCAL_HEADER.size + name_length + extra_length, method


def _raw_chunks(data: bytes, info: zipfile.ZipInfo, start: int, method: int, file_name: str) -> Iterator[bytes]:
    """Stored bytes in slices, or deflate output in bounded pieces fed by small input pieces."""
    view = memoryview(data)
    if method == _STORED:
        end = start + info.compress_size
        if end > len(data):
            raise Unreadable(msg.DAMAGED, file=file_name)
        for position in range(start, end, _OUT_CHUNK):
            yield bytes(view[position: min(position + _OUT_CHUNK, end)])
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    position, pending = start, b""
    try:
        while not inflater.eof:
            if not pending:
                pending = view[position: position + _IN_CHUNK]
                position += len(pending)
                if not pending:
                    raise Unreadable(msg.DAMAGED, file=file_name)
            chunk = inflater.decompress(pending, _OUT_CHUNK)
            pending = inflater.unconsumed_tail
            if chunk:
                yield chunk
    except zlib.error:
        raise Unreadable(msg.DAMAGED, file=file_name) from None


def _bomb(limits: Limits) -> str:
    """The bomb message names both caps, as the user cannot tell which part was too big."""
    return msg.COMPRESSION_BOMB.format(limit=format_number(limits.max_part_bytes / MB, 1),
                                       total=format_number(limits.max_total_bytes / MB, 1))


def _check_unique_count(head: bytes, size: int, file_name: str) -> None:
    """calamine reserves ``uniqueCount`` strings up front: a count no file of this size can hold is an attack."""
    match = _UNIQUE_COUNT.search(head)
    if match and int(match[1]) > size // 4:
        raise Unreadable(msg.BAD_STRUCTURE, file=file_name)


def _zip_notes(names: dict[str, zipfile.ZipInfo], kind: str, macros: bool, file_name: str) -> list[Finding]:
    """Macros and external links are dropped silently by the reader; the user should know."""
    notes = []
    ods_macros = kind == "ods" and any(name.startswith(("basic/", "scripts/")) for name in names)
    if macros or ods_macros:
        notes.append(Finding(INFO, msg.MACROS_IGNORED, file=file_name))
    if any(name.startswith("xl/externallinks/") for name in names):
        notes.append(Finding(INFO, msg.EXTERNAL_LINKS_IGNORED, file=file_name))
    return notes


# --- OLE2 compound files (xls, encrypted OOXML) ----------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE = 0xFFFFFFFA  # ids from here up are special markers (free, end of chain, FAT, DIFAT)
_DIR_ENTRY = 128


def ole_stream_names(data: bytes, file_name: str) -> set[str]:
    """Names in an OLE2 directory, read minimally: enough to tell xls from an encrypted package."""
    if len(data) < 512 or not data.startswith(OLE_MAGIC):
        raise Unreadable(msg.DAMAGED, file=file_name)
    shift, = struct.unpack_from("<H", data, 0x1E)
    if shift not in (9, 12):
        raise Unreadable(msg.DAMAGED, file=file_name)
    sector = 1 << shift
    fat = _ole_fat(data, sector, file_name)
    names = set()
    first_directory, = struct.unpack_from("<L", data, 0x30)
    for sector_id in _ole_chain(fat, first_directory, file_name):
        start = (sector_id + 1) * sector
        block = data[start: start + sector]
        if len(block) < sector:
            raise Unreadable(msg.DAMAGED, file=file_name)
        for offset in range(0, sector, _DIR_ENTRY):
            length, kind = struct.unpack_from("<HB", block, offset + 64)
            if kind in (1, 2) and 2 <= length <= 64:
                names.add(block[offset: offset + length - 2].decode("utf-16-le", "replace"))
    return names


def _ole_fat(data: bytes, sector: int, file_name: str) -> list[int]:
    """The sector allocation table, gathered from the header's DIFAT and any DIFAT sectors."""
    count = len(data) // sector
    fat_sectors = [s for s in struct.unpack_from("<109L", data, 0x4C) if s < _FREE]
    next_difat, = struct.unpack_from("<L", data, 0x44)
    per_difat = sector // 4 - 1
    for _ in range(count):
        if next_difat >= _FREE:
            break
        start = (next_difat + 1) * sector
        if start + sector > len(data):
            raise Unreadable(msg.DAMAGED, file=file_name)
        entries = struct.unpack_from(f"<{per_difat + 1}L", data, start)
        fat_sectors.extend(s for s in entries[:-1] if s < _FREE)
        next_difat = entries[-1]
    fat: list[int] = []
    for sector_id in fat_sectors[:count]:
        start = (sector_id + 1) * sector
        if start + sector > len(data):
            raise Unreadable(msg.DAMAGED, file=file_name)
        fat.extend(struct.unpack_from(f"<{sector // 4}L", data, start))
    return fat


def _ole_chain(fat: list[int], first: int, file_name: str) -> Iterator[int]:
    """Follow a sector chain; loops and ids beyond the table mean a damaged file."""
    seen: set[int] = set()
    sector_id = first
    while sector_id < _FREE:
        if sector_id in seen or sector_id >= len(fat):
            raise Unreadable(msg.DAMAGED, file=file_name)
        seen.add(sector_id)
        yield sector_id
        sector_id = fat[sector_id]


# --- sheet scans, run in the reader child before calamine ----------------------------------------

GERMAN_ERRORS = {"#N/A": "#NV", "#REF!": "#BEZUG!", "#VALUE!": "#WERT!", "#NUM!": "#ZAHL!",
                 "#SPILL!": "#ÜBERLAUF!", "#CALC!": "#KALK!"}
ERROR_TEXTS = frozenset({
    "#NULL!", "#DIV/0!", "#NAME?", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
    *GERMAN_ERRORS, *GERMAN_ERRORS.values(),
})
_LIBREOFFICE_ERROR = re.compile(r"Err:\d{3}")
_MAX_ISSUES = 100_000  # per sheet; more error cells than this is no sheet anyone fixes cell by cell


def error_issue(text: str) -> CellIssue:
    """An Excel error value as German Excel shows it (#N/A → #NV)."""
    shown = GERMAN_ERRORS.get(text, text)
    return CellIssue(msg.CELL_ERROR.format(value=shown), shown)


def is_error_text(text: str) -> bool:
    """Error values that reach us as text (ods, or typed into a cell, where Excel makes them errors too)."""
    return text in ERROR_TEXTS or bool(_LIBREOFFICE_ERROR.fullmatch(text))


def formula_issue(row: int, column: int, formula: str) -> CellIssue:
    """A formula nobody calculated: importing it as empty would silently lose a value."""
    cell = f"{column_letters(column + 1)}{row + 1}"
    return CellIssue(msg.FORMULA_WITHOUT_VALUE.format(cell=cell), f"={formula}" if formula else "")


def column_letters(number: int) -> str:
    """1 → A, 200 → GR, 16384 → XFD."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """A → 1, XFD → 16384 (case-insensitive)."""
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def check_extent(sheet: str, rows: int, columns: int, limits: Limits, file_name: str) -> None:
    """Refuse a sheet whose occupied area is beyond the limits; width first, as users fix that first."""
    if columns > limits.max_columns:
        text = msg.SHEET_TOO_WIDE.format(sheet=sheet, columns=format_number(columns),
                                         limit=format_number(limits.max_columns))
        raise Unreadable(text, file=file_name)
    if rows > limits.max_rows:
        text = msg.SHEET_TOO_LONG.format(sheet=sheet, rows=format_number(rows), limit=format_number(limits.max_rows))
        raise Unreadable(text, file=file_name)


def is_binary_part(name: str) -> bool:
    """Parts the pre-scan does not search for DTDs; the reader must never be pointed at one as XML."""
    return name.lower().endswith(_BINARY_PARTS)


# xlsx worksheets. Fast path: plain regex searches over the whole part (C speed, no per-cell Python)
# when every cell tag has the canonical form <c r="A1" ...> written by Excel, LibreOffice and openpyxl.
# Anything else (prefixed tags, cells without r, odd references) takes the exact expat path.
_ODD_CELL = re.compile(rb'<c(?![ ]r="[A-Za-z]{1,3}[0-9]{1,7}")[\s/>]')
_PREFIXED = re.compile(rb":(?:c|v|f|is|row)[\s/>]")
_FILLED_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})([0-9]{1,7})"[^>]*(?<!/)>\s*<(?!/)')
_CELL_TAG = re.compile(rb'<c r="([A-Za-z]{1,3})([0-9]{1,7})"([^>]*)>')
_ERROR_TYPE = re.compile(rb"""t=["']e["']""")  # literal prefix: a fast search
_CELL_TYPE = re.compile(rb"""\bt\s*=\s*["']([^"']*)["']""")
_CACHED_VALUE = re.compile(rb"\s*(?:<f\b[^>]*?(?:/>|>[^<]*</f>)\s*)?<v>([^<]*)</v>")
_FORMULA_NO_VALUE = re.compile(rb"<f\b[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_EMPTY_RESULT_TYPES = {"str"}  # a formula whose cached result is the empty string
_REFERENCE = re.compile(r"\s*([A-Za-z]+)0*([0-9]+)\s*")
_MAX_CAPTURE = 10_000


def scan_worksheet(xml: bytes, sheet: str, limits: Limits, file_name: str) -> dict[tuple[int, int], CellIssue]:
    """Refuse a worksheet part too large to allocate; return the cells calamine would read as empty wrongly."""
    if _ODD_CELL.search(xml) or _PREFIXED.search(xml):
        return _exact_worksheet(xml, sheet, limits, file_name)
    if _far_cell(limits.max_rows, limits.max_columns).search(xml):
        rows = columns = 0
        for match in _FILLED_CELL.finditer(xml):
            columns = max(columns, column_number(match[1].decode()))
            rows = max(rows, int(match[2]))
        check_extent(sheet, rows, columns, limits, file_name)
    return _fast_issues(xml)


@lru_cache(maxsize=8)
def _far_cell(max_rows: int, max_columns: int) -> re.Pattern[bytes]:
    """A filled cell whose row or column lies beyond the limits, as one regex."""
    rows = _greater_number(max_rows)
    columns = _greater_letters(column_letters(max_columns))
    pattern = rf'<c r="(?:[A-Z]{{1,3}}0*{rows}|{columns}[0-9]{{1,7}})"[^>]*(?<!/)>\s*<(?!/)'
    return re.compile(pattern.encode(), re.IGNORECASE)


def _greater_number(limit: int) -> str:
    """Regex for decimal numbers (no leading zeros) greater than ``limit``."""
    digits = str(limit)
    options = [rf"[1-9][0-9]{{{len(digits)},}}"]
    for index, digit in enumerate(digits):
        if digit != "9":
            options.append(rf"{digits[:index]}[{int(digit) + 1}-9][0-9]{{{len(digits) - index - 1}}}")
    return "(?:" + "|".join(options) + ')(?=")'


def _greater_letters(limit: str) -> str:
    """Regex for column letters after ``limit`` (same length compares like text; longer is always after)."""
    options = [rf"[A-Z]{{{len(limit) + 1},}}"]
    for index, letter in enumerate(limit):
        if letter != "Z":
            options.append(rf"{limit[:index]}[{chr(ord(letter) + 1)}-Z][A-Z]{{{len(limit) - index - 1}}}")
    return "(?:" + "|".join(options) + ")"


def _fast_issues(xml: bytes) -> dict[tuple[int, int], CellIssue]:
    """Error cells and formulas without a cached value, found by searching for their rare markers only."""
    issues: dict[tuple[int, int], CellIssue] = {}
    for hit in _ERROR_TYPE.finditer(xml):
        tag = _CELL_TAG.match(xml, xml.rfind(b"<", 0, hit.start()))
        value = tag and tag.end() > hit.start() and _CACHED_VALUE.match(xml, tag.end())
        if value and len(issues) < _MAX_ISSUES:
            issues[_position(tag)] = error_issue(_text(value[1]))
    for hit in _FORMULA_NO_VALUE.finditer(xml):
        start = xml.rfind(b"<c ", 0, hit.start())
        tag = _CELL_TAG.match(xml, start) if start >= 0 else None
        if not tag or xml[tag.end(): hit.start()].strip() or tag[3].endswith(b"/"):
            continue
        cell_type = _CELL_TYPE.search(tag[3])
        has_value_tag = b"<v" in hit[0]
        if has_value_tag and cell_type and cell_type[1].decode() in _EMPTY_RESULT_TYPES:
            continue
        row, column = _position(tag)
        if len(issues) < _MAX_ISSUES:
            issues[row, column] = formula_issue(row, column, _text(hit[1] or b""))
    return issues


def _position(tag: re.Match[bytes]) -> tuple[int, int]:
    """0-based (row, column) of a canonical cell tag."""
    return int(tag[2]) - 1, column_number(tag[1].decode()) - 1


def _text(raw: bytes) -> str:
    """XML character data as text (XML's entities are a subset of HTML's)."""
    return unescape(raw.decode("utf-8", "replace"))


def _exact_worksheet(xml: bytes, sheet: str, limits: Limits, file_name: str) -> dict[tuple[int, int], CellIssue]:
    """Walk every element with expat and track positions the way calamine does."""
    scan = _WorksheetScan()
    _run_expat(xml, scan.start, scan.end, scan.text, file_name)
    check_extent(sheet, scan.rows, scan.columns, limits, file_name)
    return scan.issues


class _WorksheetScan:
    """Element handlers: occupied extent (cells with any content) and issue cells of one worksheet."""

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self.issues: dict[tuple[int, int], CellIssue] = {}
        self._row = -1
        self._column = -1
        self._cell: dict[str, object] | None = None
        self._capture: str | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            reference = attrs.get("r", "").strip()
            self._row = int(reference) - 1 if reference.isdigit() else self._row + 1
            self._column = -1
        elif local == "c":
            self._row, self._column = self._cell_position(attrs.get("r", ""))
            self._cell = {"type": attrs.get("t", ""), "filled": False, "f": None, "v": None}
        elif self._cell is not None and local in ("v", "f", "is"):
            self._cell["filled"] = True
            if local in ("v", "f"):
                self._cell[local] = ""
                self._capture = local

    def _cell_position(self, reference: str) -> tuple[int, int]:
        match = _REFERENCE.fullmatch(reference)
        if match:
            return int(match[2]) - 1, column_number(match[1]) - 1
        return max(self._row, 0), self._column + 1

    def text(self, data: str) -> None:
        if self._capture and self._cell is not None and len(str(self._cell[self._capture])) < _MAX_CAPTURE:
            self._cell[self._capture] = str(self._cell[self._capture]) + data[:_MAX_CAPTURE]

    def end(self, name: str) -> None:
        local = name.rpartition(":")[2]
        if local in ("v", "f"):
            self._capture = None
        elif local == "c" and self._cell is not None:
            self._finish_cell(self._cell)
            self._cell = None

    def _finish_cell(self, cell: dict[str, object]) -> None:
        if not cell["filled"]:
            return
        self.rows = max(self.rows, self._row + 1)
        self.columns = max(self.columns, self._column + 1)
        if len(self.issues) >= _MAX_ISSUES:
            return
        value = cell["v"]
        if cell["type"] == "e" and value:
            self.issues[self._row, self._column] = error_issue(str(value).strip())
        elif cell["f"] is not None and (value is None or (not value and cell["type"] not in _EMPTY_RESULT_TYPES)):
            self.issues[self._row, self._column] = formula_issue(self._row, self._column, str(cell["f"]))


def _run_expat(
    xml: bytes, start: Callable[..., None], end: Callable[..., None], text: Callable[[str], None], file_name: str
) -> None:
    """Parse without namespace processing (calamine matches local names only); malformed XML is damage."""
    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.buffer_text = True
    try:
        parser.Parse(xml, True)
    except (expat.ExpatError, ValueError, RecursionError):
        raise Unreadable(msg.DAMAGED, file=file_name) from None


# ods content.xml: always exact, because repeat counts decide where cells land.
_ODS_CELLS = ("table:table-cell", "table:covered-table-cell")


def scan_ods(xml: bytes, limits: Limits, file_name: str) -> dict[str, dict[tuple[int, int], CellIssue]]:
    """Refuse tables whose filled cells reach beyond the limits; issue cells per table name."""
    scan = _OdsScan(limits, file_name)
    _run_expat(xml, scan.start, scan.end, scan.text, file_name)
    return scan.issues


class _OdsScan:
    """Element handlers over content.xml. Empty cells may repeat thousands of times: they are not data."""

    def __init__(self, limits: Limits, file_name: str) -> None:
        self.limits = limits
        self.file_name = file_name
        self.issues: dict[str, dict[tuple[int, int], CellIssue]] = {}
        self._table = ""
        self._row = 0
        self._row_repeat = 1
        self._column = 0
        self._filled: list[tuple[int, int]] = []  # (first column, repeat) of filled cells in the row
        self._row_issues: list[tuple[int, int, str | None, str]] = []  # column, repeat, formula, error text
        self._cell: dict[str, object] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "table:table":
            self._table = attrs.get("table:name", "")
            self._row = 0
            self.issues.setdefault(self._table, {})
        elif name == "table:table-row":
            self._row_repeat = _repeat(attrs.get("table:number-rows-repeated"), self.file_name)
            self._column = 0
            self._filled, self._row_issues = [], []
        elif name in _ODS_CELLS:
            repeat = _repeat(attrs.get("table:number-columns-repeated"), self.file_name)
            value_type = attrs.get("calcext:value-type") or attrs.get("office:value-type")
            self._cell = {"column": self._column, "repeat": repeat, "filled": bool(value_type), "text": "",
                          "error": value_type == "error",
                          "formula": _ods_formula(attrs.get("table:formula")) if not value_type else None}
            self._column += repeat
        elif self._cell is not None:
            self._cell["filled"] = True

    def text(self, data: str) -> None:
        if self._cell is not None and self._cell["error"]:
            self._cell["text"] = str(self._cell["text"]) + data[:100]

    def end(self, name: str) -> None:
        if name in _ODS_CELLS and self._cell is not None:
            self._finish_cell(self._cell)
            self._cell = None
        elif name == "table:table-row":
            self._finish_row()

    def _finish_cell(self, cell: dict[str, object]) -> None:
        column, repeat = int(cell["column"]), int(cell["repeat"])  # type: ignore[call-overload]
        if cell["formula"] is not None:
            self._row_issues.append((column, repeat, str(cell["formula"]), ""))
            cell["filled"] = True
        elif cell["error"]:
            self._row_issues.append((column, repeat, None, str(cell["text"]).strip()))
        if cell["filled"]:
            self._filled.append((column, repeat))

    def _finish_row(self) -> None:
        if self._filled:
            columns = max(column + repeat for column, repeat in self._filled)
            check_extent(self._table, self._row + self._row_repeat, columns, self.limits, self.file_name)
            self._record_issues()
        self._row += self._row_repeat

    def _record_issues(self) -> None:
        issues = self.issues[self._table]
        for column, repeat, formula, error in self._row_issues:
            for row in range(self._row, self._row + self._row_repeat):
                for col in range(column, column + repeat):
                    if len(issues) >= _MAX_ISSUES:
                        return
                    issues[row, col] = formula_issue(row, col, formula) if formula is not None else error_issue(error)


def _ods_formula(formula: str | None) -> str | None:
    """"of:=SUM([.A1:.A3])" → "SUM([.A1:.A3])": the namespace prefix means nothing to a user."""
    if formula is None:
        return None
    return formula.split(":=", 1)[1] if ":=" in formula.split("(", 1)[0] else formula.removeprefix("=")


def _repeat(value: str | None, file_name: str) -> int:
    """A repeat count; absent means 1, nonsense means a damaged file."""
    if value is None:
        return 1
    if not value.strip().isdigit():
        raise Unreadable(msg.DAMAGED, file=file_name)
    return max(1, int(value))
