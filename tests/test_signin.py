"""Sign-in and roles in the pages (AppTest, st.user set as the provider would): the sign-in screen before
anything else, who is signed in in the sidebar, and on Daten what each role is offered. The rules themselves —
and that they hold at commit whatever the page shows — are tested in tests/test_access.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from masterplan import access, texts
from masterplan.access import operator
from masterplan.storage import importer
from masterplan.storage.store import Store, UploadFile
from pages.shared import Key
from tests.apptest import ROLES, database, signed_in, start, table_with
from tests.workbooks import csv_bytes

CSV = "text/csv"


def test_without_sign_in_only_the_sign_in_screen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, user={"is_logged_in": False})
    assert [t.value for t in app.title] == [texts.frame.SIGN_IN_TITLE]
    assert [b.label for b in app.button] == [texts.frame.SIGN_IN]
    assert not app.sidebar.selectbox and not app.get("plotly_chart")  # no Stand, no page


def test_local_mode_has_no_sign_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten")
    assert texts.frame.BANNER_LOCAL in [c.value for c in app.sidebar.caption]
    assert texts.frame.SIGN_OUT not in [b.label for b in app.sidebar.button]
    assert app.file_uploader


def test_a_viewer_sees_every_page_but_cannot_upload(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app = start(monkeypatch, tmp_path, "daten", user=signed_in("lenkungskreis@oberhausen.de", "Lena Lenk"))
    captions = [c.value for c in app.sidebar.caption]
    assert "Angemeldet: Lena Lenk · Betrachter" in captions
    assert texts.frame.SIGN_OUT in [b.label for b in app.sidebar.button]
    assert not app.file_uploader
    assert texts.daten.READ_ONLY in [i.value for i in app.info]
    assert not [b for b in app.get("download_button") if b.proto.label.startswith("Original")]
    assert not [b for b in app.button if b.label.startswith("Auf Stand")]


def test_an_editor_uploads_own_rows_and_is_refused_others(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = Store(database(tmp_path))  # the example workbook as the city's real data: M01 is ST04's, M02 ST02's
    importer.commit(store, importer.prepare(store, importer.load_files([str(importer.EXAMPLE_WORKBOOK)])),
                    user=operator("Geschäftsstelle"))
    store.close()
    app = start(monkeypatch, tmp_path, "daten", user=signed_in("digital@oberhausen.de", "Dana Digital"))
    assert "Angemeldet: Dana Digital · Bearbeiter · meldet für ST04" in [c.value for c in app.sidebar.caption]
    assert not [b for b in app.button if b.label.startswith("Auf Stand")]  # rollback is the Geschäftsstelle's
    rows = [["Nr.", "Status"], ["M01", "zurückgestellt"], ["M02", "zurückgestellt"]]
    app.file_uploader[0].set_value(("Maßnahmen.csv", csv_bytes(rows), CSV)).run()
    assert not app.exception
    findings = table_with(app, "Meldung")
    assert findings["Meldung"].str.contains("Maßnahme M02 würde geändert, gehört aber zur Federführung ST02").sum() == 1
    assert not findings["Meldung"].str.contains("M01").any()
    assert not [b for b in app.button if b.label == "Als neuen Stand speichern"]


def test_a_crafted_session_gets_no_further_than_the_editor_s_rights(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    """An editor's session holding what only an admin would reach: a preview the Geschäftsstelle checked (with
    its token) and the rollback question already asked. The page checks again as the editor; nothing is stored."""
    store = Store(database(tmp_path))
    importer.commit(store, importer.prepare(store, importer.load_files([str(importer.EXAMPLE_WORKBOOK)])),
                    user=operator("Geschäftsstelle"))
    rows = [["Nr.", "Status"], ["M02", "zurückgestellt"]]  # ST02's measure
    files = [UploadFile("Maßnahmen.csv", csv_bytes(rows))]
    admin = access.Roles.from_config(ROLES).user("geschaeftsstelle@oberhausen.de")
    prepared = importer.prepare(store, files, user=admin)
    assert not prepared.has_errors
    store.close()
    crafted = {Key.UPLOAD: prepared, Key.UPLOAD_TOKEN: importer.upload_token(files, None, False, False, admin),
               Key.ROLLBACK: 1}
    app = start(monkeypatch, tmp_path, "daten", state=crafted,
                user=signed_in("digital@oberhausen.de", "Dana Digital"))
    assert not [b for b in app.button if b.label in ("Ja, zurücksetzen", "Auf Stand 1 zurücksetzen")]
    app.file_uploader[0].set_value(("Maßnahmen.csv", csv_bytes(rows), CSV)).run()
    assert not [b for b in app.button if b.label == "Als neuen Stand speichern"]
    assert table_with(app, "Meldung")["Meldung"].str.contains("Maßnahme M02 würde geändert").any()
    assert [s.id for s in Store(database(tmp_path)).stands()] == [1]
