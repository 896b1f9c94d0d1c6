"""Bad-input cases that concern reading (hostile, huge or broken files): each one gets one exact German sentence
or reads correctly."""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import sys
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from openpyxl import Workbook

import loaders.read as read_module
from loaders import messages as msg
from loaders.findings import ERROR, INFO, WARNING, Unreadable
from loaders.normalize import clean_text
from loaders.raw import CellIssue
from loaders.read import Limits, read_file
from loaders.safety import MB
from masterplan.access import operator
from masterplan.exports.workbook import write_workbook
from masterplan.paths import PROJECT_ROOT
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests import files, workbooks
from tests.files import inline, number, raw_xlsx, row

DAMAGED = "Die Datei ist beschädigt oder unvollständig hochgeladen."
BAD_STRUCTURE = "Ungültiger Dateiaufbau."
XML_ENTITIES = "Die Datei enthält unzulässige XML-Konstrukte (DTD/Entitäten)."
TOO_WIDE = "Die Tabelle „Tabelle1“ ist zu groß (16.384 Spalten, höchstens 200)."
BOMB = ("Die Datei ist ungewöhnlich stark komprimiert und wird abgelehnt "
        "(entpackt mehr als 100 MB je Tabellenteil bzw. 300 MB insgesamt).")
PASSWORD = "Die Datei ist passwortgeschützt. Bitte den Schutz entfernen und erneut hochladen."
ENCODING = "Zeichenkodierung nicht erkannt. Bitte als „CSV UTF-8“ speichern."


def refused(name: str, data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(Unreadable) as caught:
        read_file(name, data, limits or Limits())
    assert caught.value.file == name
    return caught.value.message


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any reader stage being reached fails the test."""
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsing must not start")
    for stage in ("prescan_zip", "_run_child", "read_csv", "ole_stream_names"):
        monkeypatch.setattr(read_module, stage, fail)


def cells(data: bytes, name: str = "datei.xlsx") -> list[list[object]]:
    return read_file(name, data).sheets[0].rows


# B01 ---------------------------------------------------------------------------------------------

def test_b01_empty_file() -> None:
    assert refused("Massnahmen.xlsx", b"") == "Die Datei ist leer."
    assert refused("Massnahmen.csv", b"") == "Die Datei ist leer."


# B02 ---------------------------------------------------------------------------------------------

def test_b02_too_large_is_refused_before_any_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_parsing(monkeypatch)
    data = b"PK\x03\x04" + b"\x00" * (11 * MB - 4)
    assert (refused("gross.xlsx", data, Limits(max_bytes=10 * MB))
            == "Die Datei ist zu groß (11,0 MB). Erlaubt sind höchstens 10 MB.")


def test_b02_default_limit_is_20_mb(monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_parsing(monkeypatch)
    message = refused("gross.csv", b"a;b\n" * (21 * MB // 4))
    assert message == "Die Datei ist zu groß (21,0 MB). Erlaubt sind höchstens 20 MB."


# B03 ---------------------------------------------------------------------------------------------

def test_b03_csv_content_named_xlsx() -> None:
    data = "Nr.;Maßnahme\nM01;Gründerzentrum\n".encode()
    assert refused("Massnahmen.xlsx", data) == (
        "Der Dateiinhalt passt nicht zur Endung .xlsx – bitte als Excel-Arbeitsmappe speichern oder als .csv hochladen."
    )


def test_b03_xlsb_parts_are_refused() -> None:
    xlsb = files.zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.bin": b"\x83\x01\x00"})
    assert refused("x.xlsb", xlsb).startswith("Die Datei „x.xlsb“ ist keine Tabelle")
    entries = files.unzip(files.xlsx({"T": [["a"]]}))
    entries["xl/workbook.bin"] = b"\x83\x01\x00"
    assert refused("beides.xlsx", files.zip_bytes(entries)) == BAD_STRUCTURE


def test_b03_other_binaries_are_not_spreadsheets() -> None:
    expected = ("Die Datei „x.xlsx“ ist keine Tabelle, die gelesen werden kann. "
                "Erlaubt sind .xlsx, .xlsm, .xls, .ods und .csv.")
    assert refused("x.xlsx", b"%PDF-1.7\n" + bytes(range(256))) == expected
    docx = files.zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    assert refused("x.xlsx", docx) == expected


# B04 / B05 ---------------------------------------------------------------------------------------

def test_b04_legacy_xls_is_read() -> None:
    book = read_file("Alt.xls", files.xls({"Maßnahmen": [["Nr.", "Ende"], ["M01", datetime.date(2026, 6, 30)]]}))
    assert book.kind == "xls"
    assert book.sheets[0].rows == [["Nr.", "Ende"], ["M01", datetime.date(2026, 6, 30)]]


def test_b04_xls_named_xlsx_is_read_by_its_content() -> None:
    assert read_file("Alt.xlsx", files.xls({"T": [["a"]]})).kind == "xls"


def test_b04_b05_encrypted_package_is_password_protected() -> None:
    assert refused("Geheim.xlsx", files.encrypted_package()) == PASSWORD


def test_b04_other_ole_files_are_not_spreadsheets() -> None:
    message = refused("Brief.xls", files.compound_file(("WordDocument",)))
    assert message.startswith("Die Datei „Brief.xls“ ist keine Tabelle")


# B06 ---------------------------------------------------------------------------------------------

def test_b06_xlsm_values_read_and_macros_noted() -> None:
    book = read_file("Makro.xlsm", files.xlsm([["Nr.", "Wert"], ["M01", 3]]))
    assert book.kind == "xlsm"
    assert book.sheets[0].rows == [["Nr.", "Wert"], ["M01", 3.0]]
    assert [(n.severity, n.message) for n in book.notes] == [
        (INFO, "Die Datei enthält Makros; sie wurden nicht ausgeführt, nur die Werte gelesen.")]


def test_b06_vba_project_in_an_xlsx_is_noted_too() -> None:
    entries = files.unzip(files.xlsx({"T": [["a"]]}))
    entries["xl/vbaProject.bin"] = b"\x00" * 64
    book = read_file("versteckt.xlsx", files.zip_bytes(entries))
    assert book.kind == "xlsm"
    assert msg.MACROS_IGNORED in [n.message for n in book.notes]


# B07 ---------------------------------------------------------------------------------------------

def test_b07_truncated_zip() -> None:
    data = files.xlsx({"T": [["Nr."], ["M01"]]})
    assert refused("halb.xlsx", data[: len(data) // 2]) == DAMAGED


def test_b07_flipped_byte_in_compressed_data_is_caught_by_the_crc() -> None:
    data = bytearray(files.xlsx({"T": [["Nr."], ["M01"]]}))
    offset = data.find(b"xl/worksheets/sheet1.xml") + 40
    data[offset] ^= 0xFF
    assert refused("kaputt.xlsx", bytes(data)) == DAMAGED


HANG_GUARD_SECONDS = 30  # far above normal (under a second) and far below a parser that walks a bomb


# B08 / B09 ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bomb() -> bytes:
    return files.padded_bomb(150)


def test_b08_compression_bomb_rejected_fast_with_little_memory(bomb: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_module, "_run_child", lambda *a: pytest.fail("no child for a bomb"))
    assert len(bomb) < 300 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    assert refused("padded_bomb.xlsx", bomb) == BOMB
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < HANG_GUARD_SECONDS  # measured 0.3 s; the figure lives in the README, not in a timed test
    assert peak < 20 * MB


def test_b08_total_over_all_parts_is_capped() -> None:
    parts = files.unzip(files.padded_bomb(8))
    for index in range(3):
        parts[f"xl/media/pad{index}.xml"] = parts["xl/worksheets/sheet1.xml"]
    limits = Limits(max_part_bytes=10 * MB, max_total_bytes=30 * MB)
    assert refused("viele.xlsx", files.zip_bytes(parts), limits) == (
        "Die Datei ist ungewöhnlich stark komprimiert und wird abgelehnt "
        "(entpackt mehr als 10 MB je Tabellenteil bzw. 30 MB insgesamt).")


def test_b09_lying_declared_size_does_not_fool_the_counter(bomb: bytes) -> None:
    liar = files.lying_sizes(bomb, "xl/worksheets/sheet1.xml", 1000)
    assert refused("luege.xlsx", liar) == BOMB


def test_b09_lying_size_below_the_cap_is_damage() -> None:
    liar = files.lying_sizes(files.xlsx({"T": [["a"]]}), "xl/worksheets/sheet1.xml", 10)
    assert refused("luege.xlsx", liar) == DAMAGED


# B10 ---------------------------------------------------------------------------------------------

def test_b10_too_many_entries() -> None:
    assert refused("eintraege.xlsx", files.many_entries(5000)) == BAD_STRUCTURE


@pytest.mark.parametrize("name", ["../evil.xml", "xl/../../evil.xml", "/etc/evil.xml", "C:/evil.xml",
                                  "..\\evil.xml", "xl/worksheets/SHEET1.xml"])
def test_b10_names_outside_the_archive_or_twice(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert refused("pfad.xlsx", files.with_entry(name)) == BAD_STRUCTURE
    assert list(tmp_path.iterdir()) == []  # nothing was extracted


# B11 / B12 ---------------------------------------------------------------------------------------

def test_b11_billion_laughs_in_shared_strings() -> None:
    assert refused("lol.xlsx", files.billion_laughs()) == XML_ENTITIES


def test_b11_refused_without_defusedxml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "defusedxml", None)
    assert refused("lol.xlsx", files.billion_laughs()) == XML_ENTITIES


def test_b11_dtd_in_a_utf16_part_is_found() -> None:
    entries = files.unzip(files.xlsx({"T": [["a"]]}))
    entries["xl/sharedStrings.xml"] = files.BILLION_LAUGHS.replace('"?>', ' encoding="UTF-16"?>', 1).encode("utf-16")
    assert refused("lol16.xlsx", files.zip_bytes(entries)) == XML_ENTITIES


def test_b12_external_entity_never_reads_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-4711")
    message = refused("xxe.xlsx", files.xxe(str(secret)))
    assert message == XML_ENTITIES
    assert "GEHEIM" not in message


# B13 ---------------------------------------------------------------------------------------------

def test_b13_large_comment_over_the_part_cap(bomb: bytes) -> None:
    assert refused("pad.xlsx", bomb) == BOMB


def test_b13_large_comment_under_the_cap_is_read() -> None:
    assert cells(files.padded_bomb(30)) == [["Nr."]]


def test_b13_timeout_kills_the_child() -> None:
    sheet = "".join(row(r, *(number(f"{c}{r}", r) for c in "ABCDEFGHIJ")) for r in range(1, 20_001))
    message = refused("langsam.xlsx", raw_xlsx(sheet), Limits(timeout_seconds=0.02))
    assert message == "Die Verarbeitung hat zu lange gedauert – Datei abgelehnt (Grenze 0,02 Sekunden)."
    assert _child_processes() == []


def _child_processes() -> list[int]:
    """Live children of this process (Linux /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == os.getpid():
                children.append(int(entry))
    return children


# B14 / B15 ---------------------------------------------------------------------------------------

def test_b14_corner_attack_is_refused_before_calamine() -> None:
    data = files.corner_attack()
    assert len(data) < 2000
    assert refused("corner.xlsx", data) == TOO_WIDE


def test_b14_corner_attack_without_cell_references() -> None:
    sheet = '<row r="1"><c><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    assert refused("corner.xlsx", raw_xlsx(sheet)) == TOO_WIDE


def test_b14_far_row_is_too_long() -> None:
    data = raw_xlsx(row(1, number("A1", 1)) + row(1048576, number("A1048576", 1)))
    assert refused("lang.xlsx", data) == "Zu viele Zeilen im Blatt „Tabelle1“: 1.048.576 (höchstens 200.000)."


def test_b14_f09_parent_survives_a_child_abort(caplog: pytest.LogCaptureFixture) -> None:
    """A1 and GR200000 pass the size checks, but calamine's 1.28 GB allocation fails under 512 MiB: SIGABRT."""
    data = raw_xlsx(row(1, number("A1", 1)) + row(200_000, number("GR200000", 1)))
    message = refused("abbruch.xlsx", data, Limits(memory_bytes=512 * MB))
    assert message == msg.READER_CRASHED
    assert "exit -6" in caplog.text
    assert cells(files.xlsx({"T": [["danach"]]})) == [["danach"]]


def test_f09_other_sessions_keep_reading_during_a_crash() -> None:
    crash = raw_xlsx(row(1, number("A1", 1)) + row(200_000, number("GR200000", 1)))
    normal = files.xlsx({"T": [["Nr."], ["M01"]]})
    with ThreadPoolExecutor(max_workers=4) as pool:
        crashed = pool.submit(refused, "abbruch.xlsx", crash, Limits(memory_bytes=512 * MB))
        others = [pool.submit(cells, normal) for _ in range(6)]
        assert crashed.result() == msg.READER_CRASHED
        assert [other.result() for other in others] == [[["Nr."], ["M01"]]] * 6


def test_b15_huge_unique_count() -> None:
    assert refused("strings.xlsx", files.huge_unique_count()) == BAD_STRUCTURE


# B16 ---------------------------------------------------------------------------------------------

def test_b16_whole_column_formatting_reads_three_rows_fast() -> None:
    data = files.whole_column_formatting(3)
    started = time.perf_counter()
    rows = cells(data)
    assert time.perf_counter() - started < HANG_GUARD_SECONDS  # reading all 1 048 576 rows would take minutes
    assert len(rows) == 4
    assert rows[3] == ["M04", "Projekt", "laufend", 50.0]


def test_b16_a_csv_blank_run_ends_the_reading_with_a_note() -> None:
    data = b"Nr.;Text\nM01;a\n" + b";\n" * 1500 + b"M02;b\n"
    book = read_file("Massnahmen.csv", data)
    assert book.sheets[0].rows == [["Nr.", "Text"], ["M01", "a"]]
    cut = [(n.severity, n.message, n.row) for n in book.notes if n.severity != INFO]
    assert cut == [(WARNING, "Nach Zeile 2 folgen mehr als 1.000 leere Zeilen; Werte weiter unten im Blatt "
                             "wurden nicht gelesen.", 2)]


def test_b16_a_csv_ending_in_blank_lines_has_no_note() -> None:
    book = read_file("Massnahmen.csv", b"Nr.;Text\nM01;a\n" + b"\n" * 5000)
    assert book.sheets[0].rows == [["Nr.", "Text"], ["M01", "a"]]
    assert [n.message for n in book.notes if n.severity != INFO] == []


# B17 ---------------------------------------------------------------------------------------------

CSV_TOO_LONG = "Zu viele Zeilen in der CSV-Datei „Massnahmen“: mehr als 200.000."


def test_b17_csv_rows_beyond_the_limit_are_refused_while_reading() -> None:
    assert refused("Massnahmen.csv", b"Nr.;Text\n" + b"M01;a\n" * 200_000) == CSV_TOO_LONG
    within = read_file("Massnahmen.csv", b"Nr.;Text\n" + b"M01;a\n" * 199_999)
    assert len(within.sheets[0].rows) == 200_000


def test_b17_leading_blank_lines_count_as_rows() -> None:
    """The rows keep the numbers a spreadsheet shows, so a value after 200 000 blank lines is beyond the limit."""
    assert refused("Massnahmen.csv", b"\n" * 200_000 + b"Nr.;Text\n") == CSV_TOO_LONG
    assert read_file("Massnahmen.csv", b"\n" * 300_000).sheets[0].rows == []


@pytest.mark.slow
@pytest.mark.parametrize(("content", "expected"), [
    (b"\n" * (19 * MB), "Keine Kopfzeile gefunden."),
    (b"x\n" * (99 * MB // 20), CSV_TOO_LONG),
    (b"Nr.;Text\n" + b"1;2\n" * (19 * MB // 4), CSV_TOO_LONG),
])
def test_b17_a_19_mb_csv_of_millions_of_lines_costs_the_server_little(content: bytes, expected: str,
                                                                     tmp_path: Path) -> None:
    """The server process stays small; the reading runs in the limited child (measured: README)."""
    upload = tmp_path / "Massnahmen.csv"
    upload.write_bytes(content)
    script = (
        "from masterplan.storage import importer\n"
        "from masterplan.storage.store import Store\n"
        f"prepared = importer.prepare(Store('sqlite://'), importer.load_files([{str(upload)!r}]))\n"
        "print([f.message for f in prepared.findings if f.is_error])\n"
        # the peak of this process itself (ru_maxrss would carry over the forking test worker's peak)
        "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          check=True, timeout=300)
    errors, peak_kib = done.stdout.strip().splitlines()
    assert expected in errors
    assert int(peak_kib) < 512 * 1024  # before: 1.5 GB and more in the server process


def test_csv_is_read_under_the_childs_time_limit() -> None:
    message = refused("Massnahmen.csv", b"Nr.;Text\nM01;a\n", Limits(timeout_seconds=0.001))
    assert message == "Die Verarbeitung hat zu lange gedauert – Datei abgelehnt (Grenze 0,001 Sekunden)."


# B20 ---------------------------------------------------------------------------------------------

def test_b20_hidden_sheet_is_skipped_with_a_note() -> None:
    book = read_file("plan.xlsx", files.xlsx({"Tabelle1": [["x"]], "Maßnahmen": [["Nr."], ["M01"]]},
                                             hidden=("Maßnahmen",)))
    assert [sheet.name for sheet in book.sheets] == ["Tabelle1"]
    note = book.notes[0]
    assert (note.severity, note.message, note.sheet) == (
        INFO, "Das ausgeblendete Blatt „Maßnahmen“ wurde nicht gelesen.", "Maßnahmen")


def test_b20_hidden_sheet_in_xls() -> None:
    book = read_file("plan.xls", files.xls({"Sichtbar": [["x"]], "Versteckt": [["y"]]}, hidden=("Versteckt",)))
    assert [sheet.name for sheet in book.sheets] == ["Sichtbar"]
    assert book.notes[0].message == "Das ausgeblendete Blatt „Versteckt“ wurde nicht gelesen."


# B21 / B22 ---------------------------------------------------------------------------------------

FORMULA_D7 = ("Zelle D7 enthält eine Formel ohne berechneten Wert. Bitte die Datei in Excel öffnen und speichern "
              "oder Werte einfügen.")


def test_b21_formula_without_cached_value_from_openpyxl() -> None:
    book = Workbook()
    sheet = book.active
    for r in range(1, 7):
        sheet[f"A{r}"] = r
    sheet["D7"] = "=SUM(A1:A6)"
    buffer = io.BytesIO()
    book.save(buffer)
    rows = cells(buffer.getvalue())
    assert rows[6][3] == CellIssue(FORMULA_D7, "=SUM(A1:A6)")


def test_b21_shared_formula_without_value_and_empty_string_result() -> None:
    sheet = (row(7, '<c r="D7"><f t="shared" si="0"/></c>', '<c r="E7" t="str"><f>""</f><v></v></c>',
                 '<c r="F7"><f>1+1</f><v>2</v></c>'))
    rows = cells(raw_xlsx(sheet))
    assert rows[6][3] == CellIssue(FORMULA_D7, "")
    assert rows[6][4:] == [None, 2.0]  # "" is a computed value; a formula with a value is just its value


def test_b21_formula_without_value_in_ods() -> None:
    table = ('<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string">'
             '<text:p>Nr.</text:p></table:table-cell><table:table-cell table:formula="of:=1+1"/></table:table-row>'
             "</table:table>")
    rows = cells(files.raw_ods(table), "t.ods")
    assert rows[0][1] == CellIssue(msg.FORMULA_WITHOUT_VALUE.format(cell="B1"), "=1+1")


@pytest.mark.parametrize(("stored", "shown"), [("#DIV/0!", "#DIV/0!"), ("#REF!", "#BEZUG!"), ("#N/A", "#NV")])
def test_b22_cached_error_values(stored: str, shown: str) -> None:
    rows = cells(raw_xlsx(row(5, inline("A5", "M01"), f'<c r="B5" t="e"><f>1/0</f><v>{stored}</v></c>')))
    expected = f"Die Zelle enthält den Fehlerwert „{shown}“. Bitte die Formel korrigieren oder einen Wert eintragen."
    assert rows[4] == ["M01", CellIssue(expected, shown)]


def test_b22_error_value_in_ods() -> None:
    table = ('<table:table table:name="T"><table:table-row><table:table-cell table:formula="of:=1/0" '
             'office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p>'
             "</table:table-cell></table:table-row></table:table>")
    assert cells(files.raw_ods(table), "t.ods")[0][0] == CellIssue(msg.CELL_ERROR.format(value="#DIV/0!"), "#DIV/0!")


# B23 ---------------------------------------------------------------------------------------------

def test_b23_external_links_are_ignored_and_cached_values_used() -> None:
    link = f'<externalLink xmlns="{files.MAIN_NS}"><externalBook/></externalLink>'
    sheet = row(1, inline("A1", "Wert"), '<c r="B1"><f>[1]Quelle!A1</f><v>42</v></c>')
    book = read_file("links.xlsx", raw_xlsx(sheet, extra={"xl/externalLinks/externalLink1.xml": link}))
    assert book.sheets[0].rows == [["Wert", 42.0]]
    assert [(n.severity, n.message) for n in book.notes] == [
        (INFO, "Externe Verknüpfungen wurden ignoriert; die zuletzt berechneten Werte wurden verwendet.")]


# B25 ---------------------------------------------------------------------------------------------

def test_b25_1904_date_system_from_openpyxl() -> None:
    data = files.xlsx({"T": [["Ende"], [datetime.date(2025, 12, 31)]]}, epoch_1904=True)
    assert cells(data)[1] == [datetime.date(2025, 12, 31)]


def test_b25_same_serial_in_both_date_systems() -> None:
    sheet = row(1, '<c r="A1" s="1"><v>44560</v></c>')
    assert cells(raw_xlsx(sheet, styles=files.DATE_STYLES)) == [[datetime.date(2021, 12, 30)]]
    with_1904 = raw_xlsx(sheet, styles=files.DATE_STYLES, workbook_pr='<workbookPr date1904="1"/>')
    assert cells(with_1904) == [[datetime.date(2025, 12, 31)]]


# B27 – B30 ---------------------------------------------------------------------------------------

def test_b27_utf8_bom() -> None:
    book = read_file("Massnahmen.csv", "\ufeffMaßnahme;Nr.\nGründerzentrum;M01\n".encode())
    assert book.sheets[0].rows[0] == ["Maßnahme", "Nr."]
    assert book.notes[0].message == "Gelesen als CSV mit Zeichenkodierung UTF-8 und Trennzeichen „;“."


def test_b28_cp1252_umlauts_and_euro() -> None:
    book = read_file("Massnahmen.csv", "Maßnahme;Kosten\nÄrzte öffnen Büros;1.200 €\n".encode("cp1252"))
    assert book.sheets[0].rows[1] == ["Ärzte öffnen Büros", "1.200 €"]
    assert "\x80" not in book.sheets[0].rows[1][1]
    assert book.notes[0].message == "Gelesen als CSV mit Zeichenkodierung Windows-1252 und Trennzeichen „;“."


@pytest.mark.parametrize("data", [b"Ma\x81nahme;Nr.\n", "Maßnahme;Nr.\n".encode("utf-16"),
                                  "Maßnahme;Nr.\n".encode("utf-16-le")])
def test_b29_undecodable_or_utf16(data: bytes) -> None:
    assert refused("Massnahmen.csv", data) == ENCODING


@pytest.mark.parametrize(("text", "decimal", "shown", "values"), [
    ("Nr.;Kosten\nM01;1.234,56\n", ",", "„;“", ["M01", "1.234,56"]),
    ("Nr.,Kosten\nM01,1234.56\n", ".", "„,“", ["M01", "1234.56"]),
    ("Nr.\tKosten\nM01\t1.234,56\n", ",", "Tabulator", ["M01", "1.234,56"]),
    ('Nr.,Kosten\nM01,"1,234.56"\n', ".", "„,“", ["M01", "1,234.56"]),
])
def test_b30_delimiters(text: str, decimal: str, shown: str, values: list[str]) -> None:
    book = read_file("Massnahmen.csv", text.encode())
    assert book.sheets[0].rows == [["Nr.", "Kosten"], values]
    assert book.decimal == decimal
    assert book.notes[0].message.endswith(f"Trennzeichen {shown}.")


def test_b30_single_column_is_questioned() -> None:
    book = read_file("Massnahmen.csv", b"Nr. Kosten\nM01 1234\nM02 5\n")
    errors = [(n.severity, n.message) for n in book.notes if n.severity == ERROR]
    assert errors == [(ERROR, "Die CSV-Datei hat nur eine Spalte – ist das Trennzeichen richtig? "
                              "Erwartet wird „;“, „,“ oder Tabulator.")]


def test_b30_title_line_does_not_decide_the_delimiter() -> None:
    book = read_file("Massnahmen.csv", "Maßnahmen, Stand November\nNr.;Maßnahme;Kosten\nM01;A;1,5\n".encode())
    assert book.sheets[0].rows == [["Maßnahmen, Stand November"], ["Nr.", "Maßnahme", "Kosten"], ["M01", "A", "1,5"]]
    assert [n.message for n in book.notes if n.severity == ERROR] == []


# B32 ---------------------------------------------------------------------------------------------

def test_b32_ragged_rows_name_their_row() -> None:
    lines = ["a;b;c;d;e;f;g;h"] + ["1;2;3;4;5;6;7;8"] * 15 + ["1;2;3;4;5;6;7;8;9", "1;2;3;4;5;6;7"]
    book = read_file("Massnahmen.csv", "\n".join(lines).encode())
    errors = [(n.message, n.row) for n in book.notes if n.severity == ERROR]
    assert errors == [("Zeile 17 hat 9 statt 8 Felder.", 17), ("Zeile 18 hat 7 statt 8 Felder.", 18)]


def test_b32_empty_trailing_fields_are_not_ragged() -> None:
    book = read_file("Massnahmen.csv", b"a;b;c\n1;2;3;\n1;;\n")
    assert [n for n in book.notes if n.severity == ERROR] == []
    assert book.sheets[0].rows == [["a", "b", "c"], ["1", "2", "3"], ["1"]]


def test_b32_unbalanced_quote() -> None:
    book = read_file("Massnahmen.csv", b'Nr.;Text\nM01;ok\nM02;"offen\nM03;weiter\n')
    errors = [(n.message, n.row) for n in book.notes if n.severity == ERROR]
    assert errors == [("Ein Anführungszeichen ab Zeile 3 wird nicht geschlossen.", 3)]


def test_b32_quoted_newlines_are_kept_and_rows_count_records() -> None:
    book = read_file("Massnahmen.csv", b'Nr.;Sachstand\nM01;"Zeile eins\nZeile zwei"\nM02;kurz\n')
    assert book.sheets[0].rows == [["Nr.", "Sachstand"], ["M01", "Zeile eins\nZeile zwei"], ["M02", "kurz"]]


# B33 ---------------------------------------------------------------------------------------------

def test_b33_control_characters_stripped_in_xlsx_and_export_works() -> None:
    sheet = row(1, inline("A1", "Gr\x0bün\x01der"), '<c r="B1" t="inlineStr"><is><t>Tab\tund\nZeile</t></is></c>')
    rows = cells(raw_xlsx(sheet))
    assert rows == [["Gründer", "Tab\tund\nZeile"]]
    _export(rows)


def test_b33_control_characters_stripped_in_csv_and_export_works() -> None:
    rows = read_file("Massnahmen.csv", b"Nr.;Text\nM\x0001;a\x0bb\x1fc\n").sheets[0].rows
    assert rows == [["Nr.", "Text"], ["M01", "abc"]]
    _export(rows)


@pytest.mark.parametrize("entity", ["&#xFFFE;", "&#xFFFF;", "&#x1;"])
def test_b33_a_required_cell_of_only_illegal_characters_is_empty_when_checked(entity: str) -> None:
    """What the store would keep is what the check sees: the export could never write U+FFFE, so it is gone."""
    plan = workbooks.small_plan()
    plan["Maßnahmen"][1][1] = "PLATZHALTER"
    prepared = importer.prepare(Store("sqlite://"), [workbooks.upload("plan.xlsx", _xml_text(plan, entity))])
    errors = [(f.message, f.sheet, f.row, f.column) for f in prepared.findings if f.is_error]
    assert errors == [("Pflichtfeld ist leer.", "Maßnahmen", 2, "Maßnahme")]


def test_b33_illegal_characters_inside_a_title_are_dropped_and_the_export_works() -> None:
    plan = workbooks.small_plan()
    plan["Maßnahmen"][1][1] = "PLATZHALTER"
    store = Store("sqlite://")
    data = _xml_text(plan, "Gr&#xFFFE;ünder&#xFFFF;zentrum")
    prepared = importer.prepare(store, [workbooks.upload("plan.xlsx", data)])
    assert not prepared.has_errors
    stand = importer.commit(store, prepared, user=operator("Test"))
    assert store.plan(stand.id)["Maßnahmen"].iloc[0]["massnahme"] == "Gründerzentrum"
    assert write_workbook(store.plan(stand.id)).startswith(b"PK")


def _xml_text(plan: dict[str, list[list[object]]], markup: str) -> bytes:
    """The plan as xlsx with PLATZHALTER replaced by raw XML text, as another program may have written it."""
    parts = files.unzip(workbooks.xlsx(plan))
    return files.zip_bytes({name: part.replace(b"PLATZHALTER", markup.encode()) for name, part in parts.items()})


# every code point, surrogates included, with the ones XML refuses drawn often (st.text never draws them)
ANY_TEXT = st.lists(st.sampled_from("\ufffe\uffff\ud800\x01\x0b") | st.characters(exclude_categories=())).map("".join)


@given(ANY_TEXT)
def test_b33_cleaned_text_is_always_writable_as_xml(text: str) -> None:
    """lxml (behind openpyxl) refuses what XML cannot hold; clean_text leaves none of it."""
    etree.Element("t").text = clean_text(text)


def _export(rows: list[list[object]]) -> None:
    """openpyxl raises IllegalCharacterError for C0 controls; a clean ingest must never trigger it."""
    book = Workbook()
    for values in rows:
        book.active.append(values)
    book.save(io.BytesIO())
