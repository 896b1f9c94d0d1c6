"""The deck (masterplan.exports.deck): reopened with python-pptx — native charts, German formats, tables, notes,
template."""

from __future__ import annotations

import dataclasses
import datetime
import io
import itertools
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.chart import XL_AXIS_CROSSES, XL_CHART_TYPE
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.util import Inches

from masterplan import vocabulary
from masterplan.exports import deck
from masterplan.exports.deck import EMU_PER_PT, TemplateError, build_deck, template_path
from masterplan.meeting.model import KeyFigure, SlideKind
from masterplan.meeting.slides import build_meeting
from masterplan.storage.store import StandInfo
from masterplan.tables import Plan
from masterplan.textwidth import longest_word
from tests.meetings import HOSTILE, LEAD_FILTER, LEITZIELE, TODAY, Stands


@pytest.fixture(scope="module")
def example_deck(example: Stands):
    return Presentation(io.BytesIO(build_deck(example.meeting())))


def _title(slide) -> str:
    return slide.shapes.title.text if slide.shapes.title is not None else ""


def _texts(slide) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def _charts(prs) -> list:
    return [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]


def test_sixteen_to_nine_with_native_charts_not_pictures(example_deck) -> None:
    assert (example_deck.slide_width, example_deck.slide_height) == (Inches(13.333), Inches(7.5))
    shapes = [shape for slide in example_deck.slides for shape in slide.shapes]
    assert not [s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    charts = _charts(example_deck)
    types = {chart.chart_type for chart in charts}
    assert {XL_CHART_TYPE.BAR_CLUSTERED, XL_CHART_TYPE.BAR_STACKED, XL_CHART_TYPE.LINE_MARKERS} <= types
    assert len(charts) == 2 + 7 * 2 + 10  # overview, two per Leitziel, one per indicator with two values or more
    assert len(example_deck.slides) >= 12


def test_slides_name_leitziele_stand_and_changes(example: Stands, example_deck) -> None:
    titles = [_title(s) for s in example_deck.slides]
    for number, title in enumerate(LEITZIELE, 1):
        assert f"LZ{number} – {title}" in titles
    meeting = example.meeting()
    first = _texts(example_deck.slides[0])
    assert "Masterplan Wirtschaft Oberhausen" in first and meeting.stand_label in first
    assert meeting.comparison in first
    changes = next(s for s in example_deck.slides if _title(s) == "Veränderungen seit Stand 1")
    text = _texts(changes)
    assert "M03" in text and "in Planung" in text and "in Umsetzung" in text
    assert "Gespeichert von Test (Stand 2)" in text  # who is accountable for the changes


def test_the_second_slide_lists_the_open_decisions(example_deck) -> None:
    """Right after the title: the open Beschlüsse as a table, overdue said in words, the Verlauf in the notes."""
    slide = example_deck.slides[1]
    assert _title(slide) == "Beschlüsse"
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    rows = [[table.cell(r, c).text for c in range(len(table.columns))] for r in range(len(table.rows))]
    assert rows[0] == ["Nr.", "Datum", "Beschluss", "Bezug", "Zuständig", "Frist", "Status"]
    assert [(row[0], row[-1]) for row in rows[1:]] == [("B-2025-01", "überfällig seit 179 Tagen"),
                                                       ("B-2026-02", "offen")]
    assert "Seit Stand 1 erledigt" in _texts(slide) and "B-2025-02" in _texts(slide)
    assert "Verlauf B-2026-02" in slide.notes_slide.notes_text_frame.text


def test_german_number_formats_on_charts(example_deck) -> None:
    progress = next(c for c in _charts(example_deck) if c.chart_type == XL_CHART_TYPE.BAR_CLUSTERED)
    labels = progress.plots[0].data_labels
    assert labels.number_format == '0" %"' and labels.number_format_is_linked is False
    assert progress.value_axis.tick_labels.number_format == '0" %"'
    assert progress.value_axis.maximum_scale == 100
    assert progress.category_axis.reverse_order is True
    assert progress.value_axis._element.crosses.val == XL_AXIS_CROSSES.MAXIMUM  # value axis stays at the bottom
    assert [s.name for s in progress.plots[0].series] == ["Stand 2", "Stand 1"]
    assert progress.plots[0].categories[0] == "LZ1 Oberhausen ist wirtschaftsfreundlich"
    stacked = next(c for c in _charts(example_deck) if c.chart_type == XL_CHART_TYPE.BAR_STACKED)
    assert stacked.plots[0].data_labels.number_format == "#,##0;-#,##0;;"  # zeros unlabelled
    assert stacked.value_axis.tick_labels.number_format == "#,##0"
    quote = next(c for c in _charts(example_deck) if c.chart_type == XL_CHART_TYPE.LINE_MARKERS
                 and c.chart_title.text_frame.text == "Arbeitslosenquote")
    assert quote.value_axis.tick_labels.number_format == "#,##0.0"
    assert quote._chartSpace.xpath(".//c:dateAx")  # dates on a time scale


def test_speaker_notes_carry_key_figures(example: Stands, example_deck) -> None:
    meeting = example.meeting()
    overview = next(s for s in example_deck.slides if _title(s) == "Überblick")
    notes = overview.notes_slide.notes_text_frame.text
    for figure in meeting.slide("overview").figures:
        assert figure.value in notes
    lz1 = next(s for s in example_deck.slides if _title(s).startswith("LZ1 "))
    assert "Echtbetrieb" in lz1.notes_slide.notes_text_frame.text


def test_tables_continue_on_further_slides(example_deck) -> None:
    appendix = [s for s in example_deck.slides if _title(s).startswith("Anhang: alle Maßnahmen")]
    assert len(appendix) >= 3 and _title(appendix[1]) == "Anhang: alle Maßnahmen (Fortsetzung)"
    tables = [shape.table for slide in appendix for shape in slide.shapes if shape.has_table]
    assert all(len(t.rows) <= deck.MAX_ROWS + 1 for t in tables)
    assert all(t.cell(0, 0).text == "Nr." for t in tables)  # header repeated
    assert sum(len(t.rows) - 1 for t in tables) == 42


def test_continuation_slides_repeat_the_heading_with_fortsetzung(example: Stands, example_deck) -> None:
    """A slide is either a topic's first or „<topic> (Fortsetzung)“ right after its topic: no heading twice as is."""
    titles = [_title(s) for s in example_deck.slides]
    topics = [s.title for s in example.meeting().slides] + ["Anhang: alle Maßnahmen"]
    assert [t for t in titles if not t.endswith(" (Fortsetzung)")] == topics
    for before, title in itertools.pairwise(titles):
        if title.endswith(" (Fortsetzung)"):
            assert before.removesuffix(" (Fortsetzung)") == title.removesuffix(" (Fortsetzung)")
    assert "Meilensteine: überfällig und anstehend (Fortsetzung)" in titles
    assert "Indikatoren (Fortsetzung)" in titles


def test_no_word_of_a_table_cell_is_split(example_deck) -> None:
    """Every column is as wide as the widest word in it (bold in the header) plus the cell margins, measured with
    the font metrics the deck is laid out with: „Federführung“, „Digitalisierungsdezernat“ stay whole."""
    checked = set()
    for number, slide in enumerate(example_deck.slides, 1):
        for shape in slide.shapes:
            if not shape.has_table:
                continue
            table = shape.table
            for row in table.rows:
                for column, cell in zip(table.columns, row.cells, strict=True):
                    runs = [run for paragraph in cell.text_frame.paragraphs for run in paragraph.runs]
                    size, bold = runs[0].font.size.pt, bool(runs[0].font.bold)
                    margins = (cell.margin_left + cell.margin_right) / EMU_PER_PT
                    need = longest_word(cell.text, size, bold) + margins
                    assert need <= column.width / EMU_PER_PT, (number, cell.text, need, column.width / EMU_PER_PT)
                    checked |= set(cell.text.split())
    assert {"Federführung", "Digitalisierungsdezernat", "Veränderung", "Zielerreichung",
            "Kreishandwerkerschaft", "Sozialversicherungspflichtig"} <= checked


def test_date_axes_label_each_year_once(example: Stands, example_deck) -> None:
    """Indicator charts spanning years tick once a year (every second … year when many), labelled "yyyy"."""
    indicators = example.meeting().slide("indicators").charts
    charts = [c for c in _charts(example_deck) if c.chart_type == XL_CHART_TYPE.LINE_MARKERS]
    assert [c.chart_title.text_frame.text for c in charts] == [c.title for c in indicators]
    for plot_chart, chart in zip(charts, indicators, strict=True):
        axis = plot_chart.category_axis._element
        dates = pd.DatetimeIndex(chart.data.index)
        assert dates.max().year - dates.min().year >= 2 or chart.dates == "year"  # all of them span years
        unit = axis.find(qn("c:majorTimeUnit"))
        step = int(axis.find(qn("c:majorUnit")).get("val"))
        assert unit is not None and unit.get("val") == "years", chart.title
        assert axis.find(qn("c:numFmt")).get("formatCode") == "yyyy"
        assert (dates.max().year - dates.min().year) / step <= deck.YEAR_TICKS
    span = {c.title: c for c in indicators}["Gästeankünfte"]  # 2013–2024: twelve years, every second one
    assert deck.year_step(span.data.index, span.dates, deck.YEAR_TICKS) == 2


def test_every_shape_stays_on_its_slide(example_deck) -> None:
    width, height = example_deck.slide_width, example_deck.slide_height
    for number, slide in enumerate(example_deck.slides, 1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width and shape.top + shape.height <= height, (number, shape.name)


def test_long_tables_end_with_a_pointer_to_the_report(example: Stands, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deck, "MAX_SLIDES_PER_TABLE", 1)
    prs = Presentation(io.BytesIO(build_deck(example.meeting())))
    appendix = [s for s in prs.slides if _title(s).startswith("Anhang")]
    assert len(appendix) == 1
    assert "weitere Einträge – vollständig im PDF-Bericht" in _texts(appendix[0])


def test_changes_slides_list_sachstand_fields_and_milestones(fields: Stands) -> None:
    prs = Presentation(io.BytesIO(build_deck(fields.meeting())))
    slides = [s for s in prs.slides if _title(s).startswith("Veränderungen seit Stand 1")]
    text = "\n".join(_texts(s) for s in slides)
    for part in ("Neuer Sachstand", "Der Pilotbetrieb läuft seit Oktober in zwei Bürgerbüros; der Echtbetrieb in",
                 "Geänderte Angaben", "Kosten", "1.234,50 €", "2.000 €", "30.06.2027",
                 "Neue Meilensteine", "MS003", "Echtbetrieb", "Entfernte Meilensteine", "MS002", "Pilotbetrieb"):
        assert part in text, part
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in slides)
    assert "Januar 2027." in notes  # the whole Sachstand for the speaker


def test_more_than_seven_figures_take_two_rows(fields: Stands) -> None:
    meeting = fields.meeting()
    eleven = tuple(KeyFigure(f"Thema {i}", str(i)) for i in range(11))
    slides = tuple(dataclasses.replace(s, figures=eleven) if s.kind == SlideKind.CHANGES else s for s in meeting.slides)
    prs = Presentation(io.BytesIO(build_deck(dataclasses.replace(meeting, slides=slides))))
    page = next(s for s in prs.slides if _title(s).startswith("Veränderungen"))
    boxes = [shape for shape in page.shapes if shape.has_text_frame and shape.text_frame.text.startswith(
        tuple(f"{i}\nThema" for i in range(11)))]
    assert sorted(Counter(box.top for box in boxes).values()) == [5, 6]
    assert min(box.width for box in boxes) > Inches(1.5)


def test_markup_in_titles_stays_text(small: Stands) -> None:
    prs = Presentation(io.BytesIO(build_deck(small.meeting())))
    assert any(HOSTILE in _texts(slide) for slide in prs.slides)


def test_chart_workbook_never_holds_formulas() -> None:
    plan = Plan.from_records({
        "Leitziele": [{"lz_nr": "=1+1", "leitziel": "Test"}],
        "Maßnahmen": [{"nr": "M1", "massnahme": "x", "lz_nr": "=1+1", "status": "in Umsetzung",
                       "umsetzungsstand": 50}],
    })
    stand = StandInfo(1, datetime.datetime(2026, 11, 1, 8, tzinfo=datetime.UTC), "t", "", "import", False, {}, {})
    prs = Presentation(io.BytesIO(build_deck(build_meeting(plan, stand, None, None, TODAY))))
    progress = next(c for c in _charts(prs) if c.chart_type == XL_CHART_TYPE.BAR_CLUSTERED)
    blob = progress.part.chart_workbook.xlsx_part.blob
    sheet = zipfile.ZipFile(io.BytesIO(blob)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    cell = load_workbook(io.BytesIO(blob)).active["A2"]
    assert cell.data_type == "s" and cell.value == "'=1+1 Test"


# --- template ------------------------------------------------------------------------------------

def _template(path: Path, keep: tuple[str, ...] | None = None) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Vorlagenfolie"
    if keep is not None:
        for layout in list(prs.slide_layouts):
            if layout.name not in keep and not layout.used_by_slides:
                prs.slide_layouts.remove(layout)
    prs.save(path)
    return path


def test_template_lends_size_and_layouts(small: Stands, tmp_path: Path) -> None:
    prs = Presentation(io.BytesIO(build_deck(small.meeting(), _template(tmp_path / "vorlage.pptx"))))
    assert (prs.slide_width, prs.slide_height) == (Inches(10), Inches(7.5))  # the template's 4:3
    assert not any("Vorlagenfolie" in _texts(slide) for slide in prs.slides)
    assert prs.slides[0].slide_layout.name == "Title Slide"
    assert {slide.slide_layout.name for slide in list(prs.slides)[1:]} == {"Title Only"}
    assert _title(prs.slides[1]) == "Überblick"
    assert _charts(prs)


def test_template_without_title_only_layout_falls_back(small: Stands, tmp_path: Path) -> None:
    path = _template(tmp_path / "wenig.pptx", keep=("Title and Content", "Blank"))
    prs = Presentation(io.BytesIO(build_deck(small.meeting(), path)))
    assert {slide.slide_layout.name for slide in prs.slides} == {"Title and Content"}
    overview = prs.slides[1]
    assert _title(overview) == "Überblick"
    assert [p for p in overview.placeholders if p.placeholder_format.idx != 0] == []  # no empty body box


def test_unusable_template_is_reported(small: Stands, tmp_path: Path) -> None:
    bogus = tmp_path / "kaputt.pptx"
    bogus.write_bytes(b"keine PowerPoint-Datei")
    with pytest.raises(TemplateError, match=r"Folienvorlage „.*kaputt\.pptx“ ist keine lesbare PowerPoint-Datei"):
        build_deck(small.meeting(), bogus)


def test_template_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a" / "praesentation.pptx", tmp_path / "b" / "praesentation.pptx"
    monkeypatch.setattr(deck, "TEMPLATE_FILES", (first, second))
    monkeypatch.delenv(deck.TEMPLATE_ENV, raising=False)
    assert template_path() is None
    second.parent.mkdir()
    second.write_bytes(b"x")
    assert template_path() == second
    monkeypatch.setenv(deck.TEMPLATE_ENV, str(tmp_path / "env.pptx"))
    assert template_path() == tmp_path / "env.pptx"
    assert template_path(tmp_path / "explicit.pptx") == tmp_path / "explicit.pptx"


def test_filtered_deck_says_so_on_the_title_and_every_footer(example: Stands) -> None:
    prs = Presentation(io.BytesIO(build_deck(example.filtered_meeting(federfuehrung=["ST02"]))))
    slides = list(prs.slides)
    assert LEAD_FILTER in _texts(slides[0]).splitlines()
    footers = [[shape.text_frame.text for shape in slide.shapes if shape.has_text_frame
                and shape.text_frame.text.startswith("Masterplan Wirtschaft Oberhausen · Lenkungskreis")]
               for slide in slides[1:]]
    assert all(footer == [footer[0]] and footer[0].endswith(" · " + LEAD_FILTER) for footer in footers), footers
    titles = [_title(s) for s in slides]
    assert not [t for t in titles if t.startswith(("LZ2 ", "LZ7 "))]  # Leitziele without a measure are left out
    assert [t for t in titles if t.startswith("LZ1 ")]


def test_ampel_and_status_series_are_patterned_as_on_the_pages(example_deck) -> None:
    """Colour is never alone on a slide either: each Ampel and Status value has its vocabulary's pattern."""
    patterns = {**vocabulary.AMPEL.patterns, **vocabulary.STATUS.patterns}
    assert {shape for shape in patterns.values() if shape} <= set(deck.PATTERNS)
    seen = {}
    for chart in _charts(example_deck):
        if chart.chart_type == XL_CHART_TYPE.BAR_STACKED:
            for series in chart.plots[0].series:
                fill = series.format.fill
                seen[series.name] = fill.pattern if fill.type == MSO_FILL.PATTERNED else None
    assert {"grün", "gelb", "rot", "in Planung", "in Umsetzung", "abgeschlossen"} <= set(seen)
    assert seen == {name: deck.PATTERNS.get(patterns[name]) for name in seen}
