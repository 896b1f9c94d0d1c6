"""The meeting as a printable A4 PDF (reportlab platypus): cover, the meeting's topics, appendix of all measures.

Decisions:
- Fonts: Bitstream Vera from reportlab's own fonts folder, embedded, so umlauts, „“ and € print everywhere.
- Charts are reportlab.graphics drawings (vector, no browser, no kaleido), built from the same chart data as the
  deck; line charts put the dates on a time scale, ticked at whole years when they span years, under titles
  wrapped to their cell.
- Table columns are as wide as their widest word (masterplan.textwidth, the same Vera metrics): no word is split.
- All text from the meeting is data: it is XML-escaped before it becomes Paragraph markup, so a cell holding
  <img src=…> or <b> prints literally and never makes reportlab fetch anything.
- Every page carries the plan, the Stand, "Seite n von m" and, when filtered, „gefiltert: …“ (header and footer
  drawn by the page template; the total is filled in when the document is saved).
- Each topic starts on a new page; a page it continues on repeats its heading with „(Fortsetzung)“, and long
  tables continue with their header row repeated. Table
  cells that fit on one line are plain strings (drawn as they are, never parsed), the others wrap as Paragraphs.
"""

from __future__ import annotations

import io
import math
from functools import partial
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from masterplan import clock, texts
from masterplan.charts import year_step
from masterplan.formatting import format_date, format_number
from masterplan.meeting.model import (
    Chart,
    ChartKind,
    DateGrain,
    KeyFigure,
    Meeting,
    Slide,
    SlideKind,
    Table,
    ValueFormat,
)
from masterplan.textwidth import FONT, FONT_BOLD, fit_table, register_fonts, text_width, wrap

MARGIN = 2 * cm
DARK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#595959")
PANEL = colors.HexColor("#F2F2F2")
HEAD = colors.HexColor("#DCE8F2")
RULE = colors.HexColor("#BFBFBF")
ACCENT = colors.HexColor("#0072B2")
KEEP_ROWS = 12
FRAME_PADDING = 6  # reportlab's default top padding of a Frame
CELL_PADDING = 3
CELL_SLACK = 1  # pt a column keeps beyond its widest word and the padding
TABLE_SIZES = (7.5, 7.0, 6.5)  # pt: the cell style's size, smaller only for a table whose words would not fit
CHART_TITLE_SIZE, CHART_TITLE_LEADING = 8, 10  # pt, of a line chart's title
YEAR_TICKS = 6  # most year labels on a date axis, every second (third …) year beyond
LABEL_WIDTH = 165  # pt left of horizontal bars for category names
FIGURES_PER_ROW = 5


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=DARK, spaceAfter=4)
    return {
        "body": base,
        "cover": ParagraphStyle("cover", base, fontName=FONT_BOLD, fontSize=26, leading=32, spaceAfter=14),
        "cover_sub": ParagraphStyle("cover_sub", base, fontSize=14, leading=20, textColor=MUTED),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT,
                             spaceAfter=10),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=5),
        "muted": ParagraphStyle("muted", base, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=7.5, leading=9.2, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=7.5, leading=9.2, spaceAfter=0),
        "fig_value": ParagraphStyle("fig_value", base, fontName=FONT_BOLD, fontSize=14, leading=17, spaceAfter=1),
        "fig_label": ParagraphStyle("fig_label", base, fontSize=8, leading=10, spaceAfter=0),
        "fig_note": ParagraphStyle("fig_note", base, fontSize=7, leading=9, textColor=MUTED, spaceAfter=0),
        "notes": ParagraphStyle("notes", base, fontSize=8.5, leading=11, textColor=MUTED),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text: markup characters are escaped, line breaks kept."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def build_report(meeting: Meeting) -> bytes:
    """The meeting as PDF bytes (A4 portrait)."""
    register_fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=2.3 * cm, bottomMargin=2 * cm,
        title=f"{meeting.plan_name} – {texts.meeting.REPORT_TITLE}", author=meeting.plan_name,
        subject=meeting.stand_label, creator="Masterplan-Monitor", initialFontName=FONT, initialFontSize=9.5,
    )
    topics = [(slide.title, _section(slide, styles, doc.width))
              for slide in meeting.slides if slide.kind != SlideKind.TITLE]
    topics.append((meeting.appendix.title, [_table(meeting.appendix, styles, doc.width)]))
    templates = [PageTemplate(id="page", frames=[_frame(doc)], onPage=partial(_decorate, meeting=meeting))]
    story = _cover(meeting, styles)
    for number, (title, flowables) in enumerate(topics):
        heading = _p(texts.meeting.CONTINUED.format(title=title), styles["h1"])
        room = heading.wrap(doc.width, doc.height)[1] + styles["h1"].spaceAfter
        templates.append(PageTemplate(id=f"more{number}", frames=[_frame(doc, room)], onPage=partial(
            _decorate, meeting=meeting, heading=heading)))
        story += [NextPageTemplate("page"), PageBreak(), _p(title, styles["h1"]), NextPageTemplate(f"more{number}"),
                  *flowables]
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return out.getvalue()


# --- page frame ------------------------------------------------------------------------------------

def _frame(doc: BaseDocTemplate, room: float = 0) -> Frame:
    """The body frame, its top ``room`` points lower on pages that continue a topic under its heading."""
    return Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height - room, id="body", leftPadding=0,
                 rightPadding=0)


def _decorate(canvas: Canvas, doc: BaseDocTemplate, meeting: Meeting, heading: Paragraph | None = None) -> None:
    """Header (plan, Stand) and footer line of every page, and on a page that continues a topic its heading
    „… (Fortsetzung)“; the page number follows in _NumberedCanvas."""
    width, height = A4
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, height - 1.3 * cm, f"{meeting.plan_name} · {texts.meeting.MEETING}")
    canvas.drawRightString(width - MARGIN, height - 1.3 * cm, meeting.stand_label)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 1.45 * cm, width - MARGIN, height - 1.45 * cm)
    canvas.line(MARGIN, 1.45 * cm, width - MARGIN, 1.45 * cm)
    canvas.drawString(MARGIN, 1.0 * cm, meeting.comparison)
    if meeting.filter_note:
        canvas.drawString(MARGIN, 0.6 * cm, meeting.filter_note)
    canvas.restoreState()
    if heading is not None:
        _, used = heading.wrap(doc.width, doc.height)
        heading.drawOn(canvas, doc.leftMargin, doc.bottomMargin + doc.height - FRAME_PADDING - used)


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, then writes "Seite n von m" on each."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(A4[0] - MARGIN, 1.0 * cm, texts.meeting.PAGE.format(page=number, pages=total))
            self.restoreState()
            super().showPage()
        super().save()


# --- content -------------------------------------------------------------------------------------

def _cover(meeting: Meeting, styles: dict[str, ParagraphStyle]) -> list:
    title = next((s for s in meeting.slides if s.kind == SlideKind.TITLE), None)
    story: list = [Spacer(1, 3 * cm), _p(meeting.plan_name, styles["cover"]),
                   _p(texts.meeting.REPORT_TITLE, styles["cover_sub"]), Spacer(1, 0.6 * cm)]
    if meeting.filter_note:
        story += [_p(meeting.filter_note, styles["h2"]), Spacer(1, 0.3 * cm)]
    if title is not None:
        story.append(_figures(title.figures, styles, 17 * cm))
    story += [Spacer(1, 0.4 * cm),
              _p(texts.meeting.REPORT_CREATED.format(date=format_date(clock.today())), styles["muted"]),
              Spacer(1, 1.2 * cm), _p(texts.meeting.REPORT_CONTENTS, styles["h2"])]
    story += [_p(f"{i}. {s.title}", styles["body"]) for i, s in enumerate(
        [s for s in meeting.slides if s.kind != SlideKind.TITLE], 1)]
    story.append(_p(f"{len(meeting.slides)}. {meeting.appendix.title}", styles["body"]))
    if meeting.stand_note:
        story += [Spacer(1, 0.6 * cm), _p(texts.meeting.STAND_NOTE.format(note=meeting.stand_note), styles["notes"])]
    return story


def _section(slide: Slide, styles: dict[str, ParagraphStyle], width: float) -> list:
    """A topic's content below its heading."""
    story: list = [_p(slide.subtitle, styles["muted"]), Spacer(1, 0.2 * cm)] if slide.subtitle else []
    if slide.figures:
        story += [_figures(slide.figures, styles, width), Spacer(1, 0.3 * cm)]
    if slide.message:
        story.append(_p(slide.message, styles["muted"]))
    for chart in slide.charts if slide.kind != "indicators" else ():
        story.append(KeepTogether([_p(chart.title, styles["h2"]), _drawing(chart, width)]))
    for table in slide.tables:
        heading = _p(table.title, styles["h2"])
        if table.frame.empty:
            story.append(KeepTogether([heading, _p(table.empty or texts.common.NO_DATA, styles["muted"])]))
        elif len(table.frame) <= KEEP_ROWS:  # a short table moves whole rather than leaving two rows behind
            story.append(KeepTogether([heading, _table(table, styles, width)]))
        else:
            story += [CondPageBreak(3 * cm), heading, _table(table, styles, width)]
    if slide.kind == "indicators" and slide.charts:
        story += [CondPageBreak(7 * cm), _chart_grid(slide.charts, styles, width)]
    return story


def _figures(figures: tuple[KeyFigure, ...], styles: dict[str, ParagraphStyle], width: float) -> PdfTable:
    cells = [[_p(f.value, styles["fig_value"]), _p(f.label, styles["fig_label"]),
              *([_p(f.note, styles["fig_note"])] if f.note else [])] for f in figures]
    columns = min(FIGURES_PER_ROW, len(cells))
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    table = PdfTable(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
        ("LINEBELOW", (0, 0), (-1, -2), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def table_layout(table: Table, width: float) -> tuple[list[str], list[float], float]:
    """Header labels, column widths (pt) and font size of a table: no word of a cell split (masterplan.textwidth)."""
    weights = list(table.widths)[: len(table.frame.columns)]
    weights += [1.0] * (len(table.frame.columns) - len(weights))
    rows = list(table.frame.itertuples(index=False))
    return fit_table(list(table.frame.columns), rows, weights, width, TABLE_SIZES, 2 * CELL_PADDING + CELL_SLACK)


def _table(table: Table, styles: dict[str, ParagraphStyle], width: float) -> PdfTable:
    labels, widths, size = table_layout(table, width)
    leading = size * styles["cell"].leading / styles["cell"].fontSize
    head = ParagraphStyle("cell_head_fit", styles["cell_head"], fontSize=size, leading=leading)
    cell = ParagraphStyle("cell_fit", styles["cell"], fontSize=size, leading=leading)
    rows = [[_cell(c, w, head) for c, w in zip(labels, widths, strict=True)]]
    rows += [[_cell(v, w, cell) for v, w in zip(row, widths, strict=True)]
             for row in table.frame.itertuples(index=False)]
    pdf = PdfTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    pdf.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), DARK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return pdf


def _cell(value: object, width: float, style: ParagraphStyle) -> str | Paragraph:
    """Text that fits on one line stays a plain string (drawn as is, never parsed, and fast to lay out);
    longer text becomes an escaped Paragraph that wraps."""
    text = str(value)
    if "\n" not in text and text_width(text, style.fontSize, style.fontName == FONT_BOLD) <= width - 2 * CELL_PADDING:
        return text
    return _p(text, style)


# --- charts --------------------------------------------------------------------------------------

def _color(value: str) -> colors.Color:
    return colors.HexColor(value)


def _legend(chart: Chart, x: float, y: float, columns: int = 7) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(1, math.ceil(len(chart.data.columns) / columns))
    legend.dx = legend.dy = 7
    legend.deltax, legend.deltay = 62, 10
    legend.dxTextSpace = 4
    legend.strokeWidth = 0
    legend.colorNamePairs = [(_color(chart.colors[name]), str(name)) for name in chart.data.columns]
    return legend


def _drawing(chart: Chart, width: float) -> Drawing:
    if chart.kind == ChartKind.LINE:
        return _line_drawing(chart, width, 190, _title_lines(chart, width))
    return _bar_drawing(chart, width)


def _bar_drawing(chart: Chart, width: float) -> Drawing:
    categories, series = len(chart.data.index), len(chart.data.columns)
    per_category = 8 * (series if chart.kind == ChartKind.BAR else 1) + 7
    legend = series > 1
    plot_height = max(categories * per_category, 40)
    height = plot_height + 28 + (22 if legend else 0)
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = LABEL_WIDTH, 20 + (22 if legend else 0)
    bars.width, bars.height = width - LABEL_WIDTH - 40, plot_height
    bars.data = [[0.0 if pd.isna(v) else float(v) for v in chart.data[name]] for name in chart.data.columns]
    bars.categoryAxis.categoryNames = [str(c) for c in chart.data.index]
    bars.categoryAxis.reverseDirection = 1  # first category on top
    bars.categoryAxis.labels.fontName, bars.categoryAxis.labels.fontSize = FONT, 7.5
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -4
    bars.categoryAxis.strokeColor = RULE
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = FONT, 7.5
    bars.valueAxis.valueMin = 0
    bars.valueAxis.strokeColor = RULE
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    bars.valueAxis.labelTextFormat = chart.format
    if chart.maximum is not None:
        bars.valueAxis.valueMax = chart.maximum
        bars.valueAxis.valueStep = 20 if chart.value_format == ValueFormat.PERCENT else None
    if chart.kind == ChartKind.STACKED:
        bars.categoryAxis.style = "stacked"
        total = chart.data.sum(axis=1).max() if len(chart.data) else 0
        if total <= 10:
            bars.valueAxis.valueMax, bars.valueAxis.valueStep = max(total, 1), 1
    bars.barSpacing, bars.groupSpacing = 1, 6
    bars.reversePlotOrder = 1  # first series on top within a group, like the categories
    bars.bars.strokeColor = colors.white
    bars.bars.strokeWidth = 0.5
    for i, name in enumerate(chart.data.columns):
        bars.bars[i].fillColor = _color(chart.colors[name])
    bars.barLabels.fontName, bars.barLabels.fontSize = FONT, 7
    if chart.kind == ChartKind.STACKED:
        bars.barLabelFormat = lambda v: format_number(v) if v else ""
        bars.barLabels.boxTarget = "mid"
    else:
        bars.barLabelFormat = chart.format
        bars.barLabels.boxAnchor = "w"
        bars.barLabels.dx = 3
    drawing.add(bars)
    if legend:
        drawing.add(_legend(chart, LABEL_WIDTH, 16))
    return drawing


def _year(value: pd.Timestamp) -> float:
    start = pd.Timestamp(value.year, 1, 1)
    days = 366 if value.is_leap_year else 365
    return value.year + (value - start).days / days


def _title_lines(chart: Chart, width: float) -> list[str]:
    return wrap(chart.title, width, CHART_TITLE_SIZE, bold=True)


def _line_drawing(chart: Chart, width: float, height: float, title: list[str], lines: int = 0) -> Drawing:
    """A line chart under its title, wrapped to the width; ``lines`` title lines are reserved (at least the
    title's own), so charts side by side align."""
    lines = max(lines, len(title))
    height += (lines - 1) * CHART_TITLE_LEADING
    drawing = Drawing(width, height)
    for number, line in enumerate(title):
        drawing.add(String(0, height - 10 - number * CHART_TITLE_LEADING, line, fontName=FONT_BOLD,
                           fontSize=CHART_TITLE_SIZE, fillColor=DARK))
    plot = LinePlot()
    plot.x, plot.y = 38, 42
    plot.width, plot.height = width - 50, height - 70 - (lines - 1) * CHART_TITLE_LEADING
    dates = pd.DatetimeIndex(chart.data.index)
    xs = [_year(ts) for ts in dates]
    plot.data = [[(x, float(v)) for x, v in zip(xs, chart.data[name], strict=True) if not pd.isna(v)]
                 for name in chart.data.columns]
    for i, name in enumerate(chart.data.columns):
        line = plot.lines[i]
        line.strokeColor = _color(chart.colors[name])
        line.strokeWidth = 1.6
        if name == texts.meeting.SERIES_TARGET:
            line.strokeDashArray = (3, 2)
        else:
            line.symbol = makeMarker("FilledCircle", size=3.5, fillColor=_color(chart.colors[name]))
    span = max(xs) - min(xs) if xs else 0
    low, high = min(xs) - span * 0.03, max(xs) + span * 0.03
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = low, high
    step = year_step(dates, chart.dates, most=YEAR_TICKS)
    if step is not None:  # each year once, at its start: "2019 2020 2021", never "2020 2020 2021"
        plot.xValueAxis.valueSteps = list(range(math.ceil(low), math.floor(high) + 1, step))
        plot.xValueAxis.labelTextFormat = lambda value: str(round(value))
    else:
        plot.xValueAxis.labelTextFormat = partial(_date_label, grain=chart.dates)
        plot.xValueAxis.maximumTicks = 6
    plot.xValueAxis.labels.fontName, plot.xValueAxis.labels.fontSize = FONT, 7
    plot.yValueAxis.labels.fontName, plot.yValueAxis.labels.fontSize = FONT, 7
    plot.yValueAxis.labelTextFormat = chart.format
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.strokeColor = RULE
    drawing.add(plot)
    drawing.add(String(0, height - 22 - (lines - 1) * CHART_TITLE_LEADING, chart.axis_title, fontName=FONT,
                       fontSize=7, fillColor=MUTED))
    if len(chart.data.columns) > 1:
        drawing.add(_legend(chart, 38, 18, columns=2))
    return drawing


def _date_label(value: float, grain: str) -> str:
    """A tick within a year or two: its month (day for daily values), as the dates are written."""
    year = math.floor(value + 1e-9)
    start = pd.Timestamp(year, 1, 1)
    day = start + pd.Timedelta(days=round((value - year) * (366 if start.is_leap_year else 365)))
    return day.strftime("%Y" if grain == DateGrain.YEAR else "%m.%Y" if grain == DateGrain.MONTH else "%d.%m.%Y")


def _chart_grid(charts: tuple[Chart, ...], styles: dict[str, ParagraphStyle], width: float) -> PdfTable:
    """Line charts two to a row."""
    cell = (width - 12) / 2
    titles = [_title_lines(chart, cell) for chart in charts]
    rows = []
    for i in range(0, len(charts), 2):
        lines = max(len(title) for title in titles[i:i + 2])
        rows.append([_line_drawing(chart, cell, 180, title, lines)
                     for chart, title in zip(charts[i:i + 2], titles[i:i + 2], strict=True)])
    rows[-1] += [""] * (2 - len(rows[-1]))
    grid = PdfTable(rows, colWidths=[cell + 6, cell + 6], hAlign="LEFT")
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return grid

