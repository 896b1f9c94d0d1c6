"""The meeting as a PowerPoint deck: 16:9, native charts the audience can edit, German number formats.

Decisions:
- Number formats are stored the way Office stores them, in the invariant (en-US) syntax, and shown in the
  viewer's locale: '#,##0' appears as 1.234 in a German PowerPoint, '#,##0.0' as 11,3. Progress is on the
  0–100 scale, so percentages use the literal suffix '0" %"' (a 0% format would multiply by 100).
- Horizontal bar charts list the first category on top: the category axis is reversed and the value axis
  crosses it at the maximum category, so the value axis stays at the bottom.
- Date axes spanning years tick once a year ("yyyy", every second … year beyond YEAR_TICKS), not per quarter
  with each label reading the same year.
- Every text that goes into a chart's embedded workbook passes masterplan.formatting.safe_cell: XlsxWriter would
  store a label starting with "=" as a formula.
- Table columns are at least as wide as their widest word (masterplan.textwidth), so no word is split; a table
  sits right of one or two charts only where it fits so, else below them on the next slide. Tables are split
  over slides by their rows' wrapped heights (and at most MAX_ROWS rows);
  further slides are titled "… (Fortsetzung)" and repeat the header row. A table fills at most
  MAX_SLIDES_PER_TABLE slides and then says how many rows the PDF report lists beyond them: a deck of
  hundreds of slides helps nobody in a meeting.
- A template (template_path(): MASTERPLAN_PPTX_TEMPLATE, else .streamlit/praesentation.pptx, else
  data/praesentation.pptx) lends its slide size, theme and layouts: layout 0 for the title slide and layout 5
  (title only) for all others when they carry a title placeholder, else the layout with a title and the fewest
  other placeholders. The template's own slides are removed.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_AXIS_CROSSES, XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE, MSO_PATTERN
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Inches, Pt

from masterplan import texts
from masterplan.charts import year_step
from masterplan.formatting import counted, safe_cell
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
from masterplan.meeting.paging import rows_that_fit, table_words
from masterplan.palette import PATTERN_INK, mixed, text_on
from masterplan.paths import DATA, STREAMLIT_CONFIG
from masterplan.textwidth import column_minima, fit_table, wrap

SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5
TEMPLATE_ENV = "MASTERPLAN_PPTX_TEMPLATE"
TEMPLATE_FILES = (STREAMLIT_CONFIG / "praesentation.pptx", DATA / "praesentation.pptx")
MARGIN = Inches(0.45)
GAP = Inches(0.15)
SUBTITLE_HEIGHT = Inches(0.4)  # one muted line under the title of a content slide
FOOTER_HEIGHT = Inches(0.35)
FIGURE_HEIGHT = Inches(1.05)
FIGURES_PER_ROW = 7  # more boxes side by side break their labels mid-word
CAPTION_HEIGHT = Inches(0.35)
MAX_ROWS = 14
MAX_SLIDES_PER_TABLE = 5  # a longer table ends with a pointer to the PDF report, which lists everything
MORE_HEIGHT = Inches(0.4)
TABLE_FONT = 11  # pt
TABLE_SIZES = (TABLE_FONT, 10, 9)  # pt: smaller only for a table whose words would not fit otherwise
CELL_MARGIN = Inches(0.05)
EMU_PER_PT = 12700
CELL_PADDING = 2 * CELL_MARGIN / EMU_PER_PT + 1.5  # pt beside a cell's widest word: both margins and some slack
CHART_SHARES = (0.45, 0.36)  # of the slide width, for charts left of a table: the wider if the table fits beside
CHARTS_PER_SLIDE = 4
YEAR_TICKS = 8  # most year labels on a date axis, every second (third …) year beyond
SIDE_BARS = 8  # charts with more bars than this get the slide to themselves, tables follow
DARK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x59, 0x59, 0x59)
PANEL = RGBColor(0xF2, 0xF2, 0xF2)
ACCENT = RGBColor(0x00, 0x72, 0xB2)
CHART_TYPES = {ChartKind.BAR: XL_CHART_TYPE.BAR_CLUSTERED, ChartKind.STACKED: XL_CHART_TYPE.BAR_STACKED,
               ChartKind.LINE: XL_CHART_TYPE.LINE_MARKERS}
DATE_FORMATS = {DateGrain.YEAR: "yyyy", DateGrain.MONTH: "mm.yyyy", DateGrain.DAY: "dd.mm.yyyy"}
# The vocabulary's fill patterns (plotly's shapes, as on the pages) as PowerPoint's preset patterns.
PATTERNS = {".": MSO_PATTERN.PERCENT_20, "/": MSO_PATTERN.WIDE_UPWARD_DIAGONAL,
            "\\": MSO_PATTERN.WIDE_DOWNWARD_DIAGONAL, "|": MSO_PATTERN.LIGHT_VERTICAL,
            "-": MSO_PATTERN.LIGHT_HORIZONTAL, "x": MSO_PATTERN.DIAGONAL_CROSS}


class TemplateError(ValueError):
    """The configured template is not a usable .pptx; the message is German."""


def template_path(explicit: Path | str | None = None) -> Path | None:
    """The template to use: explicit, else MASTERPLAN_PPTX_TEMPLATE, else the first file present, else None."""
    chosen = explicit or os.environ.get(TEMPLATE_ENV)
    if chosen:
        return Path(chosen)
    return next((path for path in TEMPLATE_FILES if path.is_file()), None)


def number_format(chart: Chart) -> str:
    """The Excel number format code (invariant syntax) of a chart's values."""
    digits = "0" if chart.decimals <= 0 else "0." + "0" * chart.decimals
    if chart.value_format == ValueFormat.PERCENT:
        return f'{digits}" %"'
    return "#,##" + digits


def build_deck(meeting: Meeting, template: Path | None = None) -> bytes:
    """The meeting as .pptx bytes; template (a .pptx) lends slide size, theme and layouts."""
    deck = _Deck(meeting, template)
    for slide in meeting.slides:
        deck.render(slide)
    deck.render(Slide(kind="appendix", title=meeting.appendix.title, tables=(meeting.appendix,)))
    return deck.save()


@dataclass
class _Region:
    """Where the next table goes: a slide and a box on it (EMU)."""

    slide: object
    left: int
    top: int
    width: int
    bottom: int
    fresh: bool  # nothing but title (and figures) above on this slide


class _Deck:
    def __init__(self, meeting: Meeting, template: Path | None) -> None:
        self.meeting = meeting
        if template is None:
            self.prs = Presentation()
            self.prs.slide_width, self.prs.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
            self.own = True  # we place titles ourselves: the default layouts are drawn for 4:3
        else:
            try:
                self.prs = Presentation(str(template))
            except Exception as error:  # python-pptx raises several kinds for a file that is no pptx
                raise TemplateError(texts.meeting.TEMPLATE_UNUSABLE.format(path=template)) from error
            _remove_slides(self.prs)
            self.own = False
        self.width, self.height = int(self.prs.slide_width), int(self.prs.slide_height)
        self.title_layout, self.body_layout = _layouts(self.prs)
        self.count = 0

    def save(self) -> bytes:
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()

    # --- slides ------------------------------------------------------------------------------------
    def render(self, slide: Slide) -> None:
        if slide.kind == SlideKind.TITLE:
            self._title_slide(slide)
            return
        page, top = self._new(slide.title, slide.notes)
        left, width, bottom = MARGIN, self.width - 2 * MARGIN, self._bottom()
        if slide.subtitle:  # e.g. who stored the changes
            _textbox(page, left, top, width, SUBTITLE_HEIGHT, slide.subtitle, 14, color=MUTED)
            top += SUBTITLE_HEIGHT
        if slide.figures:
            top += self._figures(page, slide.figures, left, top, width) + GAP
        if slide.message:
            _textbox(page, left, top, width, Inches(0.5), slide.message, 16, color=MUTED)
            top += Inches(0.5) + GAP
        charts, tables = list(slide.charts), list(slide.tables)
        dense = any(len(c.data) * (len(c.data.columns) if c.kind == ChartKind.BAR else 1) > SIDE_BARS for c in charts)
        if charts and tables and len(charts) <= 2 and not dense and (chart_width := _chart_width(tables, width)):
            # charts left, table right
            height = (bottom - top - GAP * (len(charts) - 1)) // len(charts)
            for i, chart in enumerate(charts):
                self._chart(page, chart, left, top + i * (height + GAP), chart_width, height)
            self._flow(tables, _Region(page, left + chart_width + GAP, top, width - chart_width - GAP, bottom, True),
                       slide.title)
            return
        region = _Region(page, left, top, width, bottom, True)
        if tables and (not charts or len(charts) > CHARTS_PER_SLIDE // 2):  # e.g. indicators: table, then charts
            self._flow(tables, region, slide.title)
            if charts:
                self._chart_grid(charts, None, slide.title)
            return
        self._chart_grid(charts, region, slide.title)  # charts big on this slide, tables on the next
        if tables:
            self._flow(tables, self._continue(slide.title), slide.title)

    def _new(self, title: str, notes: str) -> tuple[object, int]:
        """A title-only slide with footer and notes; returns it and the top of its body (EMU)."""
        page = self.prs.slides.add_slide(self.body_layout)
        self.count += 1
        title_shape = page.shapes.title
        for placeholder in list(page.placeholders):
            if title_shape is None or placeholder.shape_id != title_shape.shape_id:
                placeholder._element.getparent().remove(placeholder._element)
        if title_shape is None:
            title_shape = _textbox(page, MARGIN, Inches(0.3), self.width - 2 * MARGIN, Inches(0.85), title, 28,
                                   bold=True)
        else:
            title_shape.text_frame.text = title
        if self.own:
            title_shape.left, title_shape.top = MARGIN, Inches(0.3)
            title_shape.width, title_shape.height = self.width - 2 * MARGIN, Inches(0.85)
            frame = title_shape.text_frame
            frame.word_wrap = True
            frame.vertical_anchor = MSO_ANCHOR.BOTTOM
            for paragraph in frame.paragraphs:
                paragraph.alignment = PP_ALIGN.LEFT
                for run in paragraph.runs:
                    run.font.size, run.font.bold, run.font.color.rgb = Pt(26), True, DARK
            bar = page.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, Inches(1.2), Inches(1.2), Inches(0.06))
            bar.fill.solid()
            bar.fill.fore_color.rgb = ACCENT
            bar.line.fill.background()
            bar.shadow.inherit = False
        self._footer(page)
        page.notes_slide.notes_text_frame.text = notes
        top = int(title_shape.top) + int(title_shape.height) + GAP
        return page, max(top, Inches(1.35) if self.own else top)

    def _continue(self, title: str) -> _Region:
        page, top = self._new(texts.meeting.CONTINUED.format(title=title),
                              texts.meeting.NOTES_CONTINUED.format(title=title))
        return _Region(page, MARGIN, top, self.width - 2 * MARGIN, self._bottom(), True)

    def _bottom(self) -> int:
        return self.height - FOOTER_HEIGHT - Inches(0.15)

    def _footer(self, page) -> None:
        top = self.height - FOOTER_HEIGHT
        _textbox(page, MARGIN, top, self.width - 2 * MARGIN - Inches(1), FOOTER_HEIGHT, self.meeting.footer, 9,
                 color=MUTED)
        _textbox(page, self.width - MARGIN - Inches(1), top, Inches(1), FOOTER_HEIGHT, str(self.count), 9,
                 color=MUTED, align=PP_ALIGN.RIGHT)

    def _title_slide(self, slide: Slide) -> None:
        page = self.prs.slides.add_slide(self.title_layout)
        self.count += 1
        title_shape = page.shapes.title
        subtitle = next((p for p in page.placeholders if p.placeholder_format.type in (
            PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY)), None)
        for placeholder in list(page.placeholders):
            if placeholder not in (title_shape, subtitle):
                placeholder._element.getparent().remove(placeholder._element)
        left, width = Inches(0.8), self.width - Inches(1.6)
        if title_shape is None:
            title_shape = _textbox(page, left, Inches(2.0), width, Inches(1.4), slide.title, 40, bold=True)
        else:
            title_shape.text_frame.text = slide.title
        if subtitle is None:
            subtitle = _textbox(page, left, Inches(3.6), width, Inches(2.4), slide.subtitle, 20)
        else:
            subtitle.text_frame.text = slide.subtitle
        if self.own:
            for shape, top, height, size, bold in ((title_shape, Inches(2.0), Inches(1.4), 40, True),
                                                   (subtitle, Inches(3.6), Inches(2.4), 20, False)):
                shape.left, shape.top, shape.width, shape.height = left, top, width, height
                for paragraph in shape.text_frame.paragraphs:
                    paragraph.alignment = PP_ALIGN.LEFT
                    for run in paragraph.runs:
                        run.font.size, run.font.bold = Pt(size), bold
                        run.font.color.rgb = DARK if bold else MUTED
        page.notes_slide.notes_text_frame.text = slide.notes

    # --- key figures -------------------------------------------------------------------------------
    def _figures(self, page, figures: tuple[KeyFigure, ...], left: int, top: int, width: int) -> int:
        gap = Inches(0.12)
        rows = math.ceil(len(figures) / FIGURES_PER_ROW)
        per_row = math.ceil(len(figures) / rows)
        box = (width - gap * (per_row - 1)) // per_row
        for i, figure in enumerate(figures):
            row, column = divmod(i, per_row)
            shape = page.shapes.add_shape(MSO_SHAPE.RECTANGLE, left + column * (box + gap),
                                          top + row * (FIGURE_HEIGHT + gap), box, FIGURE_HEIGHT)
            shape.fill.solid()
            shape.fill.fore_color.rgb = PANEL
            shape.line.fill.background()
            shape.shadow.inherit = False  # the theme's shape style may carry a shadow
            frame = shape.text_frame
            frame.word_wrap = True
            frame.vertical_anchor = MSO_ANCHOR.TOP
            frame.margin_left = frame.margin_right = Inches(0.1)
            frame.margin_top = frame.margin_bottom = Inches(0.05)
            size = 22 if len(figure.value) <= 10 else 14
            lines = [(figure.value, size, True, DARK), (figure.label, 11, False, DARK)]
            if figure.note:
                lines.append((figure.note, 9, False, MUTED))
            for j, (text, points, bold, color) in enumerate(lines):
                paragraph = frame.paragraphs[0] if j == 0 else frame.add_paragraph()
                paragraph.alignment = PP_ALIGN.LEFT
                run = paragraph.add_run()
                run.text = text
                run.font.size, run.font.bold, run.font.color.rgb = Pt(points), bold, color
        return rows * FIGURE_HEIGHT + (rows - 1) * gap

    # --- charts ------------------------------------------------------------------------------------
    def _chart_grid(self, charts: list[Chart], region: _Region | None, title: str) -> None:
        """Charts four to a slide (2 × 2), one or two side by side when fewer."""
        for start in range(0, len(charts), CHARTS_PER_SLIDE):
            part = charts[start:start + CHARTS_PER_SLIDE]
            if region is None:
                region = self._continue(title)
            columns = 1 if len(part) == 1 else 2
            rows = math.ceil(len(part) / columns)
            width = (region.width - GAP * (columns - 1)) // columns
            height = (region.bottom - region.top - GAP * (rows - 1)) // rows
            for i, chart in enumerate(part):
                row, column = divmod(i, columns)
                self._chart(region.slide, chart, region.left + column * (width + GAP),
                            region.top + row * (height + GAP), width, height)
            region = None

    def _chart(self, page, chart: Chart, left: int, top: int, width: int, height: int) -> None:
        data = CategoryChartData(number_format=number_format(chart))
        if chart.kind == ChartKind.LINE:
            data.categories = [pd.Timestamp(c).date() for c in chart.data.index]
            data.categories.number_format = DATE_FORMATS.get(chart.dates, DATE_FORMATS[DateGrain.DAY])
        else:
            data.categories = [safe_cell(str(c)) for c in chart.data.index]
        for name in chart.data.columns:
            values = [None if pd.isna(v) else float(v) for v in chart.data[name]]
            data.add_series(safe_cell(str(name)), values, number_format(chart))
        frame = page.shapes.add_chart(CHART_TYPES[chart.kind], Emu(left), Emu(top), Emu(width), Emu(height), data)
        plot_chart = frame.chart
        plot_chart.font.size = Pt(11)
        plot_chart.has_title = True
        plot_chart.chart_title.text_frame.text = chart.title
        for paragraph in plot_chart.chart_title.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size, run.font.bold = Pt(14), True
        plot_chart.has_legend = len(chart.data.columns) > 1
        if plot_chart.has_legend:
            plot_chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            plot_chart.legend.include_in_layout = False
        fmt = number_format(chart)
        values_axis = plot_chart.value_axis
        values_axis.has_major_gridlines = True
        values_axis.major_gridlines.format.line.color.rgb = RGBColor(0xD9, 0xD9, 0xD9)
        values_axis.tick_labels.number_format = fmt
        values_axis.tick_labels.number_format_is_linked = False
        plot = plot_chart.plots[0]
        for series, name in zip(plot.series, chart.data.columns, strict=True):
            color = RGBColor.from_string(chart.colors.get(name, "#0072B2").lstrip("#"))
            if chart.kind == ChartKind.LINE:
                series.format.line.color.rgb = color
                series.format.line.width = Pt(2.25)
                series.smooth = False
                series.marker.format.fill.solid()
                series.marker.format.fill.fore_color.rgb = color
                series.marker.format.line.color.rgb = color
            elif chart.patterns.get(name):
                hex_color = chart.colors.get(name, "#0072B2")
                series.format.fill.patterned()
                series.format.fill.pattern = PATTERNS[chart.patterns[name]]
                series.format.fill.fore_color.rgb = RGBColor.from_string(
                    mixed(hex_color, text_on(hex_color), PATTERN_INK).lstrip("#"))
                series.format.fill.back_color.rgb = color
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = color
        if chart.kind == ChartKind.LINE:
            self._line_details(plot_chart, chart)
        else:
            self._bar_details(plot_chart, chart, fmt)

    def _bar_details(self, plot_chart, chart: Chart, fmt: str) -> None:
        plot = plot_chart.plots[0]
        plot.gap_width = 60
        if chart.kind == ChartKind.STACKED:
            plot.overlap = 100
        axis = plot_chart.value_axis
        axis.minimum_scale = 0
        if chart.maximum is not None:
            axis.maximum_scale = chart.maximum
            axis.major_unit = 20 if chart.value_format == ValueFormat.PERCENT else None
        totals = chart.data.sum(axis=1) if chart.kind == ChartKind.STACKED else chart.data.max(axis=1)
        if chart.value_format == ValueFormat.COUNT and len(totals) and totals.max() <= 10:
            axis.major_unit = 1
        categories = plot_chart.category_axis
        categories.reverse_order = True  # first category on top
        value_axis = plot_chart.value_axis._element
        value_axis._remove_crosses()
        value_axis._remove_crossesAt()
        value_axis._add_crosses(val=XL_AXIS_CROSSES.MAXIMUM)  # …so the value axis stays at the bottom
        categories.tick_labels.font.size = Pt(10)
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.font.size = Pt(10)
        if chart.kind == ChartKind.STACKED:
            labels.number_format = f"{fmt};-{fmt};;"  # zero segments get no label
            labels.position = XL_LABEL_POSITION.CENTER
        else:
            labels.number_format = fmt
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
        labels.number_format_is_linked = False

    def _line_details(self, plot_chart, chart: Chart) -> None:
        plot = plot_chart.plots[0]
        if len(chart.data) <= 8:
            plot.has_data_labels = True
            labels = plot.data_labels
            labels.font.size = Pt(9)
            labels.number_format = number_format(chart)
            labels.number_format_is_linked = False
            labels.position = XL_LABEL_POSITION.ABOVE
        for series, name in zip(plot.series, chart.data.columns, strict=True):
            if name == texts.meeting.SERIES_TARGET:
                series.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
                series.marker.style = XL_MARKER_STYLE.NONE
                if plot.has_data_labels:
                    series.data_labels.show_value = False
        plot_chart.category_axis.tick_labels.font.size = Pt(10)
        step = year_step(chart.data.index, chart.dates, most=YEAR_TICKS)
        if step is not None:  # each year once: "2018 2019 …", not a tick per quarter all saying "2018"
            labels = plot_chart.category_axis.tick_labels
            labels.number_format, labels.number_format_is_linked = DATE_FORMATS[DateGrain.YEAR], False
            base = plot_chart.category_axis._element.find(qn("c:baseTimeUnit"))
            for tag, value in (("c:majorTimeUnit", "years"), ("c:majorUnit", str(step))):
                element = OxmlElement(tag)
                element.set("val", value)
                base.addnext(element)

    # --- tables ------------------------------------------------------------------------------------
    def _flow(self, tables: list[Table], region: _Region, title: str) -> _Region:
        """Tables one below the other, split over continuation slides; returns where the flow ended."""
        for table in tables:
            caption = table.title if table.title != title else ""
            if table.frame.empty:
                needed = (CAPTION_HEIGHT if caption else 0) + Inches(0.45)
                if region.top + needed > region.bottom:
                    region = self._continue(title)
                if caption:
                    _textbox(region.slide, region.left, region.top, region.width, CAPTION_HEIGHT, caption, 14,
                             bold=True)
                    region.top += CAPTION_HEIGHT
                _textbox(region.slide, region.left, region.top, region.width, Inches(0.45),
                         table.empty or texts.common.NO_DATA, 12, color=MUTED)
                region.top += Inches(0.45) + GAP
                region.fresh = False
                continue
            start, rows, pages, layouts = 0, len(table.frame), 0, {}
            while start < rows:
                if region.width not in layouts:  # the same columns on every slide of the same width
                    layouts[region.width] = table_layout(table, region.width)
                labels, widths, size = layouts[region.width]
                header = _row_height(labels, widths, size, bold=True)
                heights = [_row_height(list(row), widths, size) for row in
                           table.frame.iloc[start:start + MAX_ROWS].itertuples(index=False)]
                last = pages + 1 == MAX_SLIDES_PER_TABLE
                room = region.bottom - region.top - (CAPTION_HEIGHT if caption else 0) - header
                room -= MORE_HEIGHT if last else 0
                take, used = rows_that_fit(heights, room)
                if used > room and not region.fresh:
                    region = self._continue(title)
                    continue
                part = table.frame.iloc[start:start + take]
                if caption:
                    label = caption if start == 0 else texts.meeting.CONTINUED.format(title=caption)
                    _textbox(region.slide, region.left, region.top, region.width, CAPTION_HEIGHT, label, 14,
                             bold=True)
                    region.top += CAPTION_HEIGHT
                self._table(region.slide, part, labels, size, widths, [header, *heights[:take]], region.left,
                            region.top)
                region.top += header + used + GAP
                region.fresh = False
                start, pages = start + take, pages + 1
                if start < rows and last:
                    more = counted(rows - start, texts.meeting.DECK_MORE)
                    _textbox(region.slide, region.left, region.top - GAP, region.width, MORE_HEIGHT, more, 12,
                             color=MUTED)
                    region.top += MORE_HEIGHT
                    break
                if start < rows:
                    region = self._continue(title)
        return region

    def _table(self, page, frame: pd.DataFrame, labels: list[str], size: float, widths: list[int],
               heights: list[int], left: int, top: int) -> None:
        shape = page.shapes.add_table(len(frame) + 1, len(frame.columns), Emu(left), Emu(top), Emu(sum(widths)),
                                      Emu(sum(heights)))
        table = shape.table
        for i, width in enumerate(widths):
            table.columns[i].width = Emu(width)
        for i, height in enumerate(heights):
            table.rows[i].height = Emu(height)
        for row_index, values in enumerate([labels, *frame.itertuples(index=False)]):
            for column_index, value in enumerate(values):
                cell = table.cell(row_index, column_index)
                cell.margin_left = cell.margin_right = CELL_MARGIN
                cell.margin_top = cell.margin_bottom = Inches(0.03)
                cell.text = str(value)
                for paragraph in cell.text_frame.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(size)
                        run.font.bold = row_index == 0


# --- helpers -------------------------------------------------------------------------------------

def _textbox(page, left: int, top: int, width: int, height: int, text: str, size: int, *, bold: bool = False,
             color: RGBColor = DARK, align: PP_ALIGN = PP_ALIGN.LEFT):
    shape = page.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.text = text
    for paragraph in frame.paragraphs:
        paragraph.alignment = align
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, color
    return shape


def table_layout(table: Table, width: int) -> tuple[list[str], list[int], float]:
    """Header labels, column widths (EMU) and font size (pt) of a table ``width`` EMU wide: no word of a cell
    split (masterplan.textwidth); a smaller size than TABLE_FONT only when the words need it."""
    labels, widths, size = fit_table(*table_words(table), width / EMU_PER_PT, TABLE_SIZES, CELL_PADDING)
    emus = [int(w * EMU_PER_PT) for w in widths]
    emus[-1] += width - sum(emus)
    return labels, emus, size


def _chart_width(tables: list[Table], width: int) -> int:
    """Width of the charts left of the tables: the first of CHART_SHARES that leaves every table room for its
    widest words at TABLE_FONT; 0 when none does (the tables then go below the charts)."""
    need = 0.0
    for table in tables:
        if not table.frame.empty:
            labels, rows, _ = table_words(table)
            need = max(need, sum(column_minima(labels, rows, TABLE_FONT, CELL_PADDING)) * EMU_PER_PT)
    return next((int(width * share) for share in CHART_SHARES if width * (1 - share) - GAP >= need), 0)


def _row_height(values: list[object], widths: list[int], size: float, bold: bool = False) -> int:
    """Rendered height of a table row: the lines of its fullest cell, wrapped as masterplan.textwidth measures."""
    lines = max(len(wrap(value, width / EMU_PER_PT - CELL_PADDING, size, bold))
                for value, width in zip(values, widths, strict=True))
    return int(Inches(lines * size * 1.2 / 72 + 0.08))


def _remove_slides(prs) -> None:
    """Drop the slides a template brings along (its layouts and theme stay)."""
    slide_ids = prs.slides._sldIdLst
    for slide_id in list(slide_ids):
        prs.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)


def _layouts(prs) -> tuple[object, object]:
    """(title layout, title-only layout) by the Office indexes 0 and 5, falling back sensibly."""
    layouts = list(prs.slide_layouts)

    def has_title(layout) -> bool:
        return any(p.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
                   for p in layout.placeholders)

    titled = [layout for layout in layouts if has_title(layout)]
    fewest = min(titled, key=lambda layout: len(layout.placeholders)) if titled else layouts[-1]
    title = layouts[TITLE_LAYOUT] if len(layouts) > TITLE_LAYOUT and has_title(layouts[TITLE_LAYOUT]) else fewest
    body = (layouts[TITLE_ONLY_LAYOUT] if len(layouts) > TITLE_ONLY_LAYOUT and has_title(layouts[TITLE_ONLY_LAYOUT])
            else fewest)
    return title, body
