"""Spreadsheets written by LibreOffice Calc 7.4 itself, not by a Python library.

The fixtures are the example workbook converted by LibreOffice; after a change of the example data,
rebuild them with ``soffice --headless --convert-to ods|xls data/Masterplan_Beispiel.xlsx`` (xlsx: convert
the ods back with ``--convert-to "xlsx:Calc MS Excel 2007 XML"``; the CSV: the Meilensteine sheet with
``--convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1031,false,false,true,false,false,5'``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import importer
from masterplan.cli import main
from masterplan.store import Store, UploadFile

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


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
    importer.commit(store, importer.prepare(store, [UploadFile("Original.xlsx",
                                                               importer.EXAMPLE_WORKBOOK.read_bytes())]), by="Test")
    content = (FIXTURES / "Meilensteine_LibreOffice.csv").read_bytes()
    prepared = importer.prepare(store, [UploadFile("Meilensteine_LibreOffice.csv", content)])
    store.close()
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    assert prepared.changes_nothing
