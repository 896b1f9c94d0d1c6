"""Spreadsheets written by LibreOffice Calc 7.4 itself, not by a Python library, and the export edited live in
Calc (tests/libreoffice_uno.py), whose data validity must agree with the importer.

The fixtures are the example workbook converted by LibreOffice; after a change of the example data,
rebuild them with ``soffice --headless --convert-to ods|xls data/Masterplan_Beispiel.xlsx`` (xlsx: convert
the ods back with ``--convert-to "xlsx:Calc MS Excel 2007 XML"``; the CSV: the Meilensteine sheet with
``--convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1031,false,false,true,false,false,5'``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from masterplan.access import operator
from masterplan.cli import main
from masterplan.exports.workbook import write_workbook
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from masterplan.tables import Plan
from tools.example_content import EXAMPLE

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"
UNO_PYTHON = "/usr/bin/python3"  # the Python LibreOffice's uno module is installed for


@pytest.mark.parametrize("name", ["Masterplan_Beispiel.ods", "Masterplan_Beispiel.xls", "Masterplan_Beispiel.xlsx"])
def test_libreoffice_workbooks_import_like_the_original(tmp_path: Path, name: str, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'lo.db'}"
    assert main(["import", str(FIXTURES / name), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Gespeichert als Stand 1" in out and "Maßnahmen 42 neu" in out
    assert "Listen" not in out  # the template's own list sheet is no news to the user
    store = Store(db)
    again = importer.prepare(store, [UploadFile("Original.xlsx", importer.EXAMPLE_WORKBOOK.read_bytes())])
    store.close()
    assert not again.has_errors and again.changes_nothing, again.changeset.sheets


def test_libreoffice_csv_export_with_german_dates(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'lo.db'}")
    original = [UploadFile("Original.xlsx", importer.EXAMPLE_WORKBOOK.read_bytes())]
    importer.commit(store, importer.prepare(store, original), user=operator("Test"))
    content = (FIXTURES / "Meilensteine_LibreOffice.csv").read_bytes()
    prepared = importer.prepare(store, [UploadFile("Meilensteine_LibreOffice.csv", content)])
    store.close()
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    assert prepared.changes_nothing


def _calc_available() -> None:
    """Skip without LibreOffice and its uno module; under CI=true fail instead, like the other live tests."""
    ready = shutil.which("soffice") and subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True,
                                                        check=False).returncode == 0
    if not ready:
        reason = f"LibreOffice (soffice) mit uno für {UNO_PYTHON} fehlt"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def _edit_in_calc(tmp_path: Path, content: bytes, edits: list[list[str]]) -> tuple[dict[str, list[str]], bytes]:
    """Type ``edits`` into the workbook in LibreOffice Calc, save it; the cells Calc marks invalid, and the file."""
    source, target = tmp_path / "Export.xlsx", tmp_path / "Bearbeitet.xlsx"
    source.write_bytes(content)
    script = Path(__file__).with_name("libreoffice_uno.py")
    done = subprocess.run([UNO_PYTHON, str(script), str(source), str(target), str(tmp_path / "profile"),
                           json.dumps(edits)], capture_output=True, text=True, timeout=180, check=True)
    return json.loads(done.stdout.splitlines()[-1]), target.read_bytes()


@pytest.mark.slow
def test_calc_drop_downs_list_the_workbooks_own_keys_and_grow_with_them(tmp_path: Path, sqlite_store: Store) -> None:
    """The export opened in Calc: its own values are all in their lists, a stakeholder added in the Stakeholder
    sheet is in the Federführung list at once, unknown keys are marked – and the importer agrees on each."""
    _calc_available()
    edits = [
        ["Stakeholder", "A22", "ST21"], ["Stakeholder", "B22", "Gründungsnetzwerk Oberhausen"],
        ["Stakeholder", "C22", "Gründungsnetzwerk"],
        ["Maßnahmen", "E2", "ST21 – Gründungsnetzwerk"],  # picked from the grown list
        ["Maßnahmen", "E3", "ST99 – Niemand"], ["Maßnahmen", "C4", "LZ9"], ["Maßnahmen", "D5", "FP12"],
    ]
    marked, edited = _edit_in_calc(tmp_path, write_workbook(Plan.from_records(EXAMPLE)), edits)
    assert marked == {"Maßnahmen": ["C4", "E3"]}
    prepared = importer.prepare(sqlite_store, [UploadFile("Bearbeitet.xlsx", edited)])
    assert [f.line() for f in prepared.findings if f.is_error] == [
        "Fehler: Bearbeitet.xlsx · Maßnahmen, Zeile 3, Spalte „Federführung“: „ST99 – Niemand“ ist kein bekannter "
        "Stakeholder — bitte eine vorhandene Kennung eintragen oder die Zeile im Blatt Stakeholder ergänzen.",
        "Fehler: Bearbeitet.xlsx · Maßnahmen, Zeile 4, Spalte „LZ-Nr.“: „LZ9“ ist kein bekanntes Leitziel — "
        "bitte eine vorhandene Kennung eintragen oder die Zeile im Blatt Leitziele ergänzen.",
    ]
    measures = prepared.changeset.sheets["Maßnahmen"].added
    assert (measures["M01"]["federfuehrung"], measures["M04"]["fp_nr"]) == ("ST21", "FP12")


@pytest.mark.slow
def test_calc_template_lists_fill_with_the_first_rows_typed(tmp_path: Path, sqlite_store: Store) -> None:
    """The empty template in Calc: a Leitziel and a stakeholder typed in make the lists a first Maßnahme picks
    from, and the saved file imports without a finding."""
    _calc_available()
    edits = [
        ["Leitziele", "A2", "LZ1"], ["Leitziele", "B2", "Oberhausen ist wirtschaftsfreundlich"],
        ["Stakeholder", "A2", "ST01"], ["Stakeholder", "B2", "Oberhausener Wirtschafts- und Tourismusförderung"],
        ["Stakeholder", "C2", "OWT"],
        ["Maßnahmen", "A2", "M01"], ["Maßnahmen", "B2", "Gründerzentrum"], ["Maßnahmen", "C2", "LZ1"],
        ["Maßnahmen", "E2", "ST01 – OWT"], ["Maßnahmen", "F2", "in Planung"],  # in Umsetzung wants milestones
    ]
    marked, edited = _edit_in_calc(tmp_path, write_workbook(), edits)
    assert marked == {}
    prepared = importer.prepare(sqlite_store, [UploadFile("Vorlage.xlsx", edited)])
    assert [f.line() for f in prepared.findings] == []
    assert prepared.changeset.sheets["Maßnahmen"].added["M01"]["federfuehrung"] == "ST01"
