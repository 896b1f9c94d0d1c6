"""Valid and hostile spreadsheet files, built as bytes in code: no binary fixtures in the repository."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile

import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
MACRO_CONTENT_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"

Rows = list[list[object]]


# --- valid workbooks from the usual writers -----------------------------------------------------

def xlsx(sheets: dict[str, Rows], *, hidden: tuple[str, ...] = (), epoch_1904: bool = False,
         top_left: tuple[int, int] = (1, 1)) -> bytes:
    """openpyxl workbook; each sheet's rows start at ``top_left`` (row, column), both 1-based."""
    book = Workbook()
    book.remove(book.active)
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    sheet.cell(row=top_left[0] + i, column=top_left[1] + j, value=value)
        if name in hidden:
            sheet.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsm(rows: Rows) -> bytes:
    """An xlsx turned macro-enabled: a vbaProject.bin part and the macroEnabled content type."""
    entries = unzip(xlsx({"Tabelle1": rows}))
    types = entries["[Content_Types].xml"].decode()
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          MACRO_CONTENT_TYPE)
    types = types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                                      "</Types>")
    entries["[Content_Types].xml"] = types.encode()
    entries["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Sub AutoOpen()"
    return zip_bytes(entries)


def xls(sheets: dict[str, Rows], *, hidden: tuple[str, ...] = ()) -> bytes:
    """A BIFF8 workbook written by xlwt (dates with a date format, as Excel stores them)."""
    book = xlwt.Workbook()
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if isinstance(value, datetime.date):
                    sheet.write(i, j, value, date_style)
                elif value is not None:
                    sheet.write(i, j, value)
        if name in hidden:
            sheet.visibility = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def ods(sheets: dict[str, Rows]) -> bytes:
    """An OpenDocument spreadsheet written by odfpy; None leaves a cell (or a whole row) empty."""
    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                table_row.addElement(_ods_cell(value))
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _ods_cell(value: object) -> TableCell:
    if value is None:
        return TableCell()
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=str(value))
    elif isinstance(value, datetime.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
    else:
        cell = TableCell(valuetype="string")
    cell.addElement(P(text=str(value)))
    return cell


# --- hand-built containers ----------------------------------------------------------------------

def zip_bytes(entries: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of the given parts, in the given order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in entries.items():
            archive.writestr(zipfile.ZipInfo(name), content.encode() if isinstance(content, str) else content,
                             compress_type=zipfile.ZIP_STORED if name == "mimetype" else method)
    return buffer.getvalue()


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def raw_xlsx(sheet_data: str, *, sheet_name: str = "Tabelle1", before_data: str = "", workbook_pr: str = "",
             extra: dict[str, bytes | str] | None = None, styles: str = "", prolog: str = "") -> bytes:
    """A minimal xlsx whose single worksheet holds ``sheet_data`` (the inside of <sheetData>) verbatim."""
    entries: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_CONTENT_TYPE}"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{workbook_pr}'
            f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN_NS}">{before_data}'
            f"<sheetData>{sheet_data}</sheetData></worksheet>"
        ),
    }
    if styles:
        entries["xl/styles.xml"] = styles
    entries.update(extra or {})
    return zip_bytes(entries)


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def raw_ods(tables: str) -> bytes:
    """A minimal ods whose content.xml holds ``tables`` (<table:table> elements) verbatim."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content,
                      "META-INF/manifest.xml": manifest})


DATE_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def inline(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number(ref: str, value: float) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def row(number_: int, *cells: str) -> str:
    return f'<row r="{number_}">{"".join(cells)}</row>'


# --- hostile zip containers ---------------------------------------------------------------------

def corner_attack() -> bytes:
    """1.5 KB: cells A1 and XFD1048576 — calamine would allocate 549 GB and abort the process."""
    return raw_xlsx(row(1, number("A1", 1)) + row(1048576, number("XFD1048576", 1)),
                    before_data='<dimension ref="A1:XFD1048576"/>')


def padded_bomb(megabytes: int) -> bytes:
    """A tiny file whose sheet part inflates to ``megabytes`` MiB (a comment of blanks: 1000:1 in deflate)."""
    padding = "<!--" + " " * (megabytes * 1024 * 1024) + "-->"
    return raw_xlsx(padding + row(1, inline("A1", "Nr.")))


def lying_sizes(data: bytes, part: str, declared: int) -> bytes:
    """Rewrite the uncompressed size that the local header and central directory declare for ``part``."""
    encoded = part.encode()
    out = bytearray(data)
    # (signature, offset of the name length, of the name, of the uncompressed size): local header, central directory
    for signature, length_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        start = out.find(signature)
        while start != -1:
            name_length, = struct.unpack_from("<H", out, start + length_at)
            if out[start + name_at: start + name_at + name_length] == encoded:
                struct.pack_into("<L", out, start + size_at, declared)
            start = out.find(signature, start + 4)
    return bytes(out)


def many_entries(count: int) -> bytes:
    entries = unzip(raw_xlsx(row(1, inline("A1", "x"))))
    entries.update({f"xl/media/pad{i}.xml": "" for i in range(count)})
    return zip_bytes(entries)


def with_entry(name: str, content: str = "x") -> bytes:
    """A valid xlsx plus one more entry, e.g. with a path that leaves the archive."""
    entries = unzip(raw_xlsx(row(1, inline("A1", "x"))))
    entries[name] = content
    return zip_bytes(entries)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + f']><sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def billion_laughs() -> bytes:
    """The DTD in sharedStrings.xml, referenced from a cell."""
    return raw_xlsx(row(1, '<c r="A1" t="s"><v>0</v></c>'), extra={"xl/sharedStrings.xml": BILLION_LAUGHS})


def xxe(path: str) -> bytes:
    """An external entity pointing at a local file, used in a cell of the sheet itself."""
    prolog = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{path}">]>'
    return raw_xlsx(row(1, inline("A1", "&xxe;")), prolog=prolog)


def huge_unique_count() -> bytes:
    """sharedStrings.xml claiming 4,294,967,295 strings: calamine reserves them all (96 GB) and aborts."""
    strings = f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="4294967295"><si><t>a</t></si></sst>'
    return raw_xlsx(row(1, '<c r="A1" t="s"><v>0</v></c>'), extra={"xl/sharedStrings.xml": strings})


def whole_column_formatting(data_rows: int = 3) -> bytes:
    """Header plus a few rows, columns A:D formatted down to row 1,048,576 as LibreOffice writes it:
    a <cols> style, a full dimension, and an empty styled <row> element for every row."""
    header = row(1, *(inline(f"{c}1", h) for c, h in zip("ABCD", ("Nr.", "Maßnahme", "Status", "Umsetzungsstand"),
                                                                  strict=True)))
    body = "".join(row(r, inline(f"A{r}", f"M{r:02d}"), inline(f"B{r}", "Projekt"), inline(f"C{r}", "laufend"),
                       number(f"D{r}", 50)) for r in range(2, data_rows + 2))
    empty = "".join(f'<row r="{r}" s="1" customFormat="1"/>' for r in range(data_rows + 2, 1048577))
    styled_cells = "".join(f'<c r="{c}1048576" s="1"/>' for c in "ABCD")
    return raw_xlsx(header + body + empty.replace('<row r="1048576" s="1" customFormat="1"/>',
                                                  f'<row r="1048576" s="1">{styled_cells}</row>'),
                    before_data='<dimension ref="A1:D1048576"/><cols><col min="1" max="4" style="1"/></cols>')


# --- OLE2 compound files ------------------------------------------------------------------------

_END_OF_CHAIN, _FAT_SECTOR, _FREE_SECTOR, _NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF


def compound_file(stream_names: tuple[str, ...]) -> bytes:
    """A minimal OLE2 file whose directory lists empty streams with these names (content is irrelevant here)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<LLLLLLLLL", header, 0x2C, 1, 1, 0, 4096, _END_OF_CHAIN, 0, _END_OF_CHAIN, 0, 0)
    struct.pack_into("<108L", header, 0x50, *([_FREE_SECTOR] * 108))
    fat = struct.pack("<128L", _FAT_SECTOR, _END_OF_CHAIN, *([_FREE_SECTOR] * 126))
    entries = [_directory_entry("Root Entry", 5, child=1 if stream_names else _NO_STREAM)]
    for index, name in enumerate(stream_names, start=1):
        sibling = index + 1 if index < len(stream_names) else _NO_STREAM
        entries.append(_directory_entry(name, 2, right=sibling))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + fat + directory


def _directory_entry(name: str, kind: int, *, right: int = _NO_STREAM, child: int = _NO_STREAM) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBBLLL", entry, 64, len(encoded), kind, 1, _NO_STREAM, right, child)
    struct.pack_into("<LL", entry, 116, _END_OF_CHAIN, 0)
    return bytes(entry)


def encrypted_package() -> bytes:
    """What Excel writes for a password-protected xlsx: OLE2 with EncryptionInfo and EncryptedPackage."""
    return compound_file(("EncryptionInfo", "EncryptedPackage"))
