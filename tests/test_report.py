"""The PDF report (masterplan.exports.report): reopened with pypdf — text, page numbers, fonts, escaped markup."""

from __future__ import annotations

import io
import re
import socket

import pytest
from pypdf import PdfReader
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib.pagesizes import A4

from masterplan.exports import report
from masterplan.exports.report import build_report
from masterplan.meeting.model import Meeting, Table
from masterplan.meeting.slides import build_meeting
from masterplan.textwidth import longest_word, text_width
from tests.meetings import HOSTILE, LEAD_FILTER, LEITZIELE, SACHSTAND, TODAY, Stands


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


def test_the_decisions_come_first_after_the_cover(example_pdf: bytes) -> None:
    cover, decisions = _pages(example_pdf)[:2]
    assert "1. Beschlüsse" in cover and "2. Überblick" in cover
    assert "Offene Beschlüsse früherer Sitzungen" in decisions and "Seit Stand 1 erledigt" in decisions
    squeezed = _squeezed(decisions)
    assert _squeezed("überfällig seit 179 Tagen") in squeezed and _squeezed("B-2025-02") in squeezed


def test_changes_pages_list_sachstand_fields_and_milestones(fields: Stands) -> None:
    pages = _pages(build_report(fields.meeting()))
    changes = _squeezed("\n".join(page for page in pages if "Veränderungen seit Stand 1" in page))
    for text in (f"Gespeichert von Test (Stand {fields.new.id})", "Neuer Sachstand",
                 "Die Anbindung an das Fachverfahren ist abgeschlossen", "in allen…",
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


def test_filtered_report_says_so_on_the_cover_and_every_page(example: Stands) -> None:
    pages = _pages(build_report(example.filtered_meeting(federfuehrung=["ST02"])))
    assert all(LEAD_FILTER in text for text in pages)
    assert pages[0].count(LEAD_FILTER) == 2  # under the title and in the footer
    contents = "\n".join(pages)
    assert "LZ1 Oberhausen ist wirtschaftsfreundlich" in contents
    assert "LZ2 Oberhausen ist qualifiziert" not in contents and "LZ7 Oberhausen ist selbstbewusst" not in contents


def _tables(meeting: Meeting) -> list[Table]:
    return [table for slide in meeting.slides for table in slide.tables] + [meeting.appendix]


def test_no_word_of_a_table_cell_is_split(example: Stands, example_pdf: bytes) -> None:
    """Every column is as wide as the widest word in it plus the padding, measured with the embedded font; so each
    word of each cell (and header) prints whole: „Federführung“, never „Federführun|g“."""
    width = A4[0] - 2 * report.MARGIN
    printed = {word for page in _pages(example_pdf) for word in page.split()}
    for table in _tables(example.meeting()):
        labels, widths, size = report.table_layout(table, width)
        assert sum(widths) == pytest.approx(width)
        columns = [(label, True, column) for label, column in zip(labels, widths, strict=True)]
        columns += [(value, False, column) for row in table.frame.itertuples(index=False)
                    for value, column in zip(row, widths, strict=True)]
        for text, bold, column in columns:
            assert longest_word(text, size, bold) + 2 * report.CELL_PADDING <= column, (table.title, text)
            assert set(str(text).split()) <= printed, (table.title, text)
    for word in ("Federführung", "Digitalisierungsdezernat", "Zielerreichung", "Sozialversicherungspflichtig",
                 "Gewerbesteuer-Einnahmen", "Kreishandwerkerschaft"):
        assert word in printed


def test_pages_that_continue_a_topic_repeat_its_heading(example: Stands, example_pdf: bytes) -> None:
    """After the cover every page starts a topic under its heading or continues the one before under
    „<heading> (Fortsetzung)“; the milestones, the indicators and the appendix need more than a page."""
    meeting = example.meeting()
    topics = [s.title for s in meeting.slides if s.kind != "title"] + [meeting.appendix.title]
    current, continued = -1, set()
    for number, text in enumerate(_pages(example_pdf)[1:], 2):
        page = _squeezed(text)
        if current >= 0 and _squeezed(f"{topics[current]} (Fortsetzung)") in page:
            continued.add(topics[current])
        else:
            assert current + 1 < len(topics) and _squeezed(topics[current + 1]) in page, number
            current += 1
    assert current == len(topics) - 1
    assert {"Meilensteine: überfällig und anstehend", "Indikatoren", "Anhang: alle Maßnahmen"} <= continued


def _strings(node) -> list[str]:
    if isinstance(node, String):
        return [node.text]
    if isinstance(node, Widget):
        return _strings(node.draw())
    return [text for child in getattr(node, "contents", ()) for text in _strings(child)]


def test_indicator_charts_label_each_year_once_and_titles_stay_in_their_cell(example: Stands) -> None:
    """Date axes spanning years tick at whole years, each labelled once ("2020 2021 2022", not "2020 2020 2021");
    titles of charts side by side wrap within their half of the page instead of running into the neighbour."""
    charts = example.meeting().slide("indicators").charts
    cell = (A4[0] - 2 * report.MARGIN - 12) / 2
    grid = report._chart_grid(charts, {}, A4[0] - 2 * report.MARGIN)
    drawings = [d for row in grid._cellvalues for d in row if d != ""]
    assert len(drawings) == len(charts) == 10
    wrapped = []
    for chart, drawing in zip(charts, drawings, strict=True):
        titles = [s for s in drawing.contents if isinstance(s, String) and s.fontName == "Vera-Bold"]
        assert all(text_width(s.text, s.fontSize, bold=True) <= cell for s in titles), chart.title
        assert " ".join(s.text for s in titles) == chart.title
        wrapped += [chart.title] if len(titles) > 1 else []
        plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
        plot.draw()
        years = _strings(plot.xValueAxis)
        assert years and all(re.fullmatch(r"\d{4}", y) for y in years), (chart.title, years)
        assert len(set(years)) == len(years) and years == sorted(years), (chart.title, years)
    assert "Sozialversicherungspflichtig Beschäftigte am Arbeitsort" in wrapped
    flats = next(d for c, d in zip(charts, drawings, strict=True) if c.title == "Freie Wirtschaftsflächen")
    plot = next(c for c in flats.contents if isinstance(c, LinePlot))
    assert _strings(plot.xValueAxis) == ["2020", "2021", "2022"]
