"""The PDF report (masterplan.report): reopened with pypdf — text, page numbers, fonts, escaped markup."""

from __future__ import annotations

import io
import re
import socket

import pytest
from pypdf import PdfReader

from masterplan.meeting import build_meeting
from masterplan.report import build_report
from tests.meetings import HOSTILE, LEITZIELE, SACHSTAND, TODAY, Stands


@pytest.fixture(scope="module")
def example_pdf(example: Stands) -> bytes:
    return build_report(example.meeting())


@pytest.fixture(scope="module")
def small_pdf(small: Stands) -> bytes:
    return build_report(small.meeting())


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _squeezed(text: str) -> str:
    """Without whitespace: table cells wrap long words anywhere."""
    return re.sub(r"\s+", "", text)


def test_a4_with_stand_and_page_number_on_every_page(example: Stands, example_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(example_pdf))
    pages = _pages(example_pdf)
    assert len(pages) >= 10
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842 for p in reader.pages)
    meeting = example.meeting()
    for number, text in enumerate(pages, 1):
        assert f"Seite {number} von {len(pages)}" in text
        assert meeting.stand_label in text
        assert meeting.comparison in text
    assert reader.metadata.title == "Masterplan Wirtschaft Oberhausen – Bericht zum Lenkungskreis"


def test_content_of_the_meeting(example_pdf: bytes) -> None:
    text = "\n".join(_pages(example_pdf))
    for number, title in enumerate(LEITZIELE, 1):
        assert f"LZ{number} – {title}" in text
    for heading in ("Überblick", "Veränderungen seit Stand 1", "Meilensteine: überfällig und anstehend",
                    "Indikatoren im Überblick", "Anhang: alle Maßnahmen", "Entscheidungsbedarf"):
        assert heading in text
    changes = next(page for page in _pages(example_pdf) if "Statuswechsel" in page)
    assert "M03" in changes and "in Planung" in changes and "in Umsetzung" in changes
    assert "Umsetzungsstand je Leitziel" in text and "Stand 2" in text  # chart title and legend
    squeezed = _squeezed(text)
    assert _squeezed("Beispiel: Digitale Bauakte einführen") in squeezed  # appendix
    assert _squeezed("Altakten weitgehend digitalisiert") in squeezed  # Sachstand of a red measure


def test_changes_pages_list_sachstand_fields_and_milestones(fields: Stands) -> None:
    pages = _pages(build_report(fields.meeting()))
    changes = _squeezed("\n".join(page for page in pages if "Veränderungen seit Stand 1" in page))
    for text in ("Neuer Sachstand", "Die Anbindung an das Fachverfahren ist abgeschlossen", "in allen…",
                 "Geänderte Angaben", "Kosten", "1.234,50 €", "2.000 €", "Ende", "31.12.2026", "30.06.2027",
                 "Neue Meilensteine", "MS003", "Echtbetrieb", "31.01.2027",
                 "Entfernte Meilensteine", "MS002", "Pilotbetrieb", "15.12.2026"):
        assert _squeezed(text) in changes, text


def test_umlauts_and_euro_with_embedded_vera(small_pdf: bytes) -> None:
    text = "\n".join(_pages(small_pdf))
    assert "€" in text and _squeezed(SACHSTAND) in _squeezed(text)
    for word in ("Maßnahmen", "Überblick", "Fällig am", "zurückgestellt"):
        assert word in text
    reader = PdfReader(io.BytesIO(small_pdf))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            if "Vera" in str(font["/BaseFont"]):
                assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType
    assert {"Vera" in f for f in fonts if "Helvetica" not in f} == {True}


def test_markup_from_the_sheet_prints_literally(small_pdf: bytes) -> None:
    text = _squeezed("\n".join(_pages(small_pdf)))
    assert _squeezed(HOSTILE) in text
    for page in PdfReader(io.BytesIO(small_pdf)).pages:  # nothing was fetched and embedded as an image
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            assert xobject.get_object().get("/Subtype") != "/Image"


def test_building_never_opens_a_connection(small: Stands, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the report tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert _squeezed(HOSTILE) in _squeezed("\n".join(_pages(build_report(small.meeting()))))


def test_without_compared_stand(small: Stands) -> None:
    pdf = build_report(build_meeting(small.new_plan, small.new, None, None, TODAY))
    text = "\n".join(_pages(pdf))
    assert "ohne Vergleichsstand" in text
    assert "Kein Vergleichsstand" in text


def test_stand_note_is_escaped_on_the_cover(small_pdf: bytes) -> None:
    assert "Notiz zum Stand: Zulieferung <Fachbereich> & Co." in _pages(small_pdf)[0]
