"""``python -m masterplan report OUT.pptx|OUT.pdf [--stand N] [--since M] [--db URL]``: exit codes and output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from masterplan.cli import main
from masterplan.exports import deck
from masterplan.storage.store import Store
from tests.meetings import Stands, small_stands, stand_day


@pytest.fixture
def stands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stands:
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-11-26")
    monkeypatch.delenv(deck.TEMPLATE_ENV, raising=False)
    monkeypatch.setattr(deck, "TEMPLATE_FILES", ())
    return small_stands(tmp_path)


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_pptx_of_newest_stand_against_the_one_before(stands: Stands, tmp_path: Path, capsys) -> None:
    out = tmp_path / "Lenkungskreis.pptx"
    assert main(["report", str(out), "--db", stands.url]) == 0
    day = stand_day(stands.old)
    assert capsys.readouterr().out.strip() == (
        f"Bericht zu Stand 2 (Vergleich mit Stand 1 vom {day}) geschrieben nach {out}."
    )
    prs = Presentation(io.BytesIO(out.read_bytes()))
    assert any(shape.has_chart for slide in prs.slides for shape in slide.shapes)


def test_pdf_of_chosen_stands(stands: Stands, tmp_path: Path, capsys) -> None:
    out = tmp_path / "Bericht.PDF"
    assert main(["report", str(out), "--stand", "1", "--db", stands.url]) == 0
    assert "(ohne Vergleichsstand)" in capsys.readouterr().out
    assert "Stand 1 vom" in _text(out) and "Seite 1 von" in _text(out)
    assert main(["report", str(out), "--stand", "2", "--since", "1", "--db", stands.url]) == 0
    assert "Veränderungen seit Stand 1" in _text(out)


def test_unknown_stand_exits_2(stands: Stands, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert main(["report", str(out), "--stand", "9", "--db", stands.url]) == 2
    assert "Stand 9 gibt es nicht. Vorhanden: 1, 2." in capsys.readouterr().err
    assert main(["report", str(out), "--since", "7", "--db", stands.url]) == 2
    assert "Stand 7 gibt es nicht" in capsys.readouterr().err
    assert not out.exists()


def test_no_stand_exits_2(tmp_path: Path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'leer.db'}"
    Store(db).close()
    assert main(["report", str(tmp_path / "x.pptx"), "--db", db]) == 2
    assert "Es gibt noch keinen Stand, über den berichtet werden könnte." in capsys.readouterr().err


def test_wrong_extension_exits_2(stands: Stands, tmp_path: Path, capsys) -> None:
    assert main(["report", str(tmp_path / "Bericht.docx"), "--db", stands.url]) == 2
    assert "Bitte .pptx (Foliensatz) oder .pdf (Bericht) als Endung angeben." in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--db", stands.url])
    assert exit_info.value.code == 2


def test_unusable_template_and_unwritable_target_exit_2(stands: Stands, tmp_path: Path, capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["report", str(tmp_path / "fehlt" / "x.pdf"), "--db", stands.url]) == 2
    assert "konnte nicht geschrieben werden" in capsys.readouterr().err
    bogus = tmp_path / "vorlage.pptx"
    bogus.write_text("keine Folien")
    monkeypatch.setenv(deck.TEMPLATE_ENV, str(bogus))
    assert main(["report", str(tmp_path / "x.pptx"), "--db", stands.url]) == 2
    assert "Folienvorlage" in capsys.readouterr().err
    assert not (tmp_path / "x.pptx").exists()
