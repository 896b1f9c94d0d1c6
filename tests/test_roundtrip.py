"""export → edit → import is the update loop: export → import → export must be lossless."""

from __future__ import annotations

import datetime
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from loaders.schema import SHEETS
from masterplan.access import operator
from masterplan.exports.workbook import write_workbook
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from tests.workbooks import csv_bytes, plan_file, xlsx


def _values(content: bytes) -> dict[str, list[list[object]]]:
    """Every data sheet's cells as calamine (the importer's reader) sees them."""
    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return {s.name: book.get_sheet_by_name(s.name).to_python() for s in SHEETS}


def _import(store: Store, name: str, content: bytes) -> int:
    prepared = importer.prepare(store, [UploadFile(name, content)])
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    return importer.commit(store, prepared, user=operator("Test")).id


def test_export_import_export_is_identical(store: Store, tmp_path) -> None:
    first = importer.prepare(store, [UploadFile(importer.EXAMPLE_WORKBOOK.name,
                                                importer.EXAMPLE_WORKBOOK.read_bytes())])
    stand = importer.commit(store, first, user=operator("Test")).id
    exported = write_workbook(store.plan(stand))
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    again = write_workbook(other.plan(_import(other, "Export.xlsx", exported)))
    other.close()
    assert _values(again) == _values(exported)
    assert _values(exported)["Maßnahmen"][0][0] == "Nr."
    assert _values(exported)["Maßnahmen"][1][4] == "ST04 – Digitalisierungsdezernat"  # labels survive the loop


def test_importing_the_export_changes_nothing(store: Store) -> None:
    stand = _import(store, "Masterplan.xlsx", plan_file().content)
    prepared = importer.prepare(store, [UploadFile("Export.xlsx", write_workbook(store.plan(stand)))])
    assert not prepared.has_errors
    assert prepared.changes_nothing, prepared.changeset.sheets


def test_template_imports_as_nothing(sqlite_store: Store) -> None:
    prepared = importer.prepare(sqlite_store, [UploadFile("Vorlage.xlsx", write_workbook())])
    assert prepared.changeset.is_empty
    assert [f.message for f in prepared.findings if f.is_error] == ["Die Datei enthält keine Daten."]


# --- generated measure tables: written as xlsx and as csv, read back equal ------------------------

TEXT = st.text(st.characters(codec="cp1252", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
               max_size=25).map(str.strip).filter(bool)
FORMULA_LIKE = st.sampled_from(["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "Ölförderung & Co. <b>"])
MEASURE = st.fixed_dictionaries({
    "massnahme": st.one_of(TEXT, FORMULA_LIKE),
    "status": st.sampled_from(["in Planung", "in Umsetzung", "abgeschlossen", None]),
    "umsetzungsstand": st.one_of(st.none(), st.integers(0, 100).map(float), st.sampled_from([12.5, 99.9])),
    "beginn": st.one_of(st.none(), st.dates(datetime.date(2018, 1, 1), datetime.date(2030, 12, 31))),
    "kosten": st.one_of(st.none(), st.integers(0, 10**7).map(lambda c: c / 100)),
})


def _rows(measures: list[dict]) -> list[list[object]]:
    header = ["Nr.", "Maßnahme", "LZ-Nr.", "Federführung", "Status", "Umsetzungsstand", "Beginn", "Kosten"]
    return [header] + [[f"M{n:03d}", m["massnahme"], "LZ1", "ST01", m["status"], m["umsetzungsstand"],
                        m["beginn"], m["kosten"]] for n, m in enumerate(measures)]


def _german(value: object) -> object:
    """A cell as a German user writes it into a CSV."""
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return value


def _expected(measures: list[dict]) -> list[dict]:
    return [{"nr": f"M{n:03d}", "massnahme": m["massnahme"], "status": m["status"],
             "umsetzungsstand": m["umsetzungsstand"], "beginn": m["beginn"].isoformat() if m["beginn"] else None,
             "kosten": m["kosten"]} for n, m in enumerate(measures)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(MEASURE, min_size=1, max_size=6), st.sampled_from(["xlsx", "csv-cp1252", "csv-utf8"]))
def test_generated_tables_read_back_equal(sqlite_store: Store, measures: list[dict], form: str) -> None:
    goals = [["LZ-Nr.", "Leitziel"], ["LZ1", "Oberhausen ist wirtschaftsfreundlich"]]
    people = [["ST-Nr.", "Name"], ["ST01", "OWT"]]
    rows = _rows(measures)
    if form == "xlsx":
        files = [UploadFile("Masterplan.xlsx", xlsx({"Leitziele": goals, "Stakeholder": people, "Maßnahmen": rows},
                                                    percent_columns=()))]
    else:
        encoding = "cp1252" if form == "csv-cp1252" else "utf-8-sig"
        files = [UploadFile("Leitziele.csv", csv_bytes(goals, encoding=encoding)),
                 UploadFile("Stakeholder.csv", csv_bytes(people, encoding=encoding)),
                 UploadFile("Massnahmen.csv", csv_bytes([[_german(v) for v in r] for r in rows], encoding=encoding))]
    prepared = importer.prepare(sqlite_store, files)
    assert not prepared.has_errors, [f.line() for f in prepared.findings if f.is_error]
    added = prepared.changeset.sheets["Maßnahmen"].added
    got = [{k: added[key][k] for k in ("nr", "massnahme", "status", "umsetzungsstand", "beginn", "kosten")}
           for key in sorted(added)]
    expected = _expected(measures)
    if form == "xlsx" and all(m["umsetzungsstand"] in (None, 0.0, 1.0) for m in measures):
        for row in expected:  # a column of only 0 and 1 reads as fractions: the documented rule, with a warning
            row["umsetzungsstand"] = None if row["umsetzungsstand"] is None else row["umsetzungsstand"] * 100
    assert got == expected
