"""Long tables over slides and screens: as many rows as fit, then „… (Fortsetzung)“ with the header repeated.

The deck pages by its rows' wrapped heights in EMU (masterplan.exports.deck); the Sitzung page shows the meeting as
screens (screens()), each small enough for a 1366×768 projector without scrolling. The heights below are px of
that page at 1366×768; pages/sitzung.py styles its elements to them, so estimate and browser agree. A wider or
taller screen shows the same screens with room to spare.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from masterplan import texts
from masterplan.formatting import counted
from masterplan.meeting.model import Chart, ChartKind, Slide, SlideKind, Table
from masterplan.textwidth import column_minima, fit_columns, text_width, wrap

SCREEN_WIDTH = 1200  # px of a slide's content at 1366 px, sidebar folded
# px at 768 px height, measured in Chromium, each element with the 16 px gap below it
SCREEN_HEIGHT = 480  # between the page's two rows of controls and the footer (8 px to spare)
HEADING = 42
SUBTITLE = 40
FIGURES_PER_ROW = 5
FIGURE_ROW = 124  # a row of key figures
FIGURE_NOTE = 30  # more when a figure has a note under its value
CHARTS_PER_ROW = 2
CHART_MIN = 250  # a chart's plot at the least: smaller ones go to a screen of their own
BAR_BASE = 110  # of a bar chart besides its bars: value axis with title, margins
BAR_ROW = 26  # per category, so each label shows (plotly drops every other one when squeezed)
LEGEND = 40
CHART_MAX = 420
CHART_TITLE = 48  # a one-line chart title, with the gap below the chart
CHART_TITLE_LINE = 28  # each further line of a long title
CHART_TITLE_FONT = 23  # px of a chart title, bold
CHART_WIDTH = 592  # px of a chart beside another
MESSAGE = 66
TABLE_TITLE = 32
TABLE_HEADER = 36  # the header row
TABLE_GAP = 18  # border and gap below a table
TABLE_EMPTY = 66
CELL_FONT = 12  # Vera at this size measures a little wider than the table font Chromium draws (measured)
LINE_HEIGHT = 20  # px per line of cell text
ROW_PADDING = 12  # px above and below a cell's lines
WRAP_ROW = 72  # px of a row whose text wraps: Streamlit's table wraps cell text only in rows 4 rem and higher
CELL_PADDING = 18  # px left and right of a cell's text, with some slack for the narrower web font
MAX_SCREENS_PER_TABLE = 5  # as in the deck: a longer table ends with a pointer to the PDF report
MORE = 36  # px of that pointer
ONE_LINE_ROW = ROW_PADDING + LINE_HEIGHT
SHOWN_ROWS = MAX_SCREENS_PER_TABLE * SCREEN_HEIGHT // ONE_LINE_ROW  # no table ever shows more rows
MIN_ROWS = 3  # a table part shorter than this starts a new screen instead


@dataclass(frozen=True)
class TablePart:
    """A table, or the rows of it one screen shows, laid out as the whole table is: same columns on every screen."""

    table: Table
    row_height: int = 0
    widths: tuple[int, ...] = ()  # px per column
    more: str = ""  # „… und 12 weitere Einträge – vollständig im PDF-Bericht.“ after its last screen

    @property
    def frame_height(self) -> int:
        """px of the table element: header, rows and border, so it shows every row without scrolling."""
        return TABLE_HEADER + self.row_height * len(self.table.frame) + 2


@dataclass(frozen=True)
class Screen:
    """What the Sitzung page shows at once: a slide or part of one (its tables in ``parts``, slide.tables empty),
    its charts at ``chart_height``."""

    slide: Slide
    parts: tuple[TablePart, ...] = ()
    chart_height: int = 0
    continued: bool = False  # a later screen of the same slide


def topic(screen: Screen) -> tuple[str, str]:
    """The slide a screen belongs to: its kind and, for a Leitziel, its number."""
    return screen.slide.kind, screen.slide.key


def keep_topic(screens: Sequence[Screen], index: int, shown: tuple[str, str] | None) -> int:
    """``index`` within the screens, or the first screen of the slide ``shown`` before when screens[index]
    belongs to another: a new compared Stand or new filters change the screens, and the presenter stays on
    the slide they were at."""
    index = max(0, min(len(screens) - 1, index))
    if shown is None or topic(screens[index]) == shown:
        return index
    return next((i for i, screen in enumerate(screens) if topic(screen) == shown), index)


def rows_that_fit(heights: Sequence[int], room: int) -> tuple[int, int]:
    """How many of the rows (from the first) fit into ``room`` and the height they take; at least one row."""
    take, used = 0, 0
    for height in heights:
        if used + height > room and take:
            break
        take, used = take + 1, used + height
    return take, used


def table_words(table: Table) -> tuple[list[str], list[tuple], list[float]]:
    """A table's labels, rows and relative column widths, as masterplan.textwidth takes them."""
    weights = list(table.widths)[: len(table.frame.columns)]
    weights += [1.0] * (len(table.frame.columns) - len(weights))
    return list(table.frame.columns), list(table.frame.itertuples(index=False)), weights


def column_widths(table: Table, width: int = SCREEN_WIDTH) -> list[int]:
    """px per column: each cell on one line where the table allows (what is left shared by the table's relative
    widths); else the columns with the longest texts wrap, sharing what the others leave, never below their
    widest word."""
    labels, rows, weights = table_words(table)
    whole = [math.ceil(max([text_width(label, CELL_FONT, bold=True), *(text_width(str(row[i]), CELL_FONT)
                                                                          for row in rows)]) + CELL_PADDING) + 1
             for i, label in enumerate(labels)]  # whole px up: int() below must not cut a text's last pixel
    widths = fit_columns(whole, weights, width)
    if widths is None:
        minima = [math.ceil(m) + 1 for m in column_minima(labels, rows, CELL_FONT, CELL_PADDING)]
        wrapped: list[int] = []
        for i in sorted(range(len(labels)), key=lambda i: -whole[i]):
            wrapped.append(i)
            rest = width - sum(whole[j] for j in range(len(labels)) if j not in wrapped)
            shared = fit_columns([minima[j] for j in wrapped], [weights[j] for j in wrapped], rest)
            if shared is not None:
                widths = list(whole)
                for j, share in zip(wrapped, shared, strict=True):
                    widths[j] = share
                break
    widths = widths or [width * weight / sum(weights) for weight in weights]
    return [int(w) for w in widths]


def row_height(table: Table, widths: Sequence[int]) -> int:
    """px of each of the table's rows on screen: one line, or WRAP_ROW when a cell's text needs more (up to three
    lines show; the PDF report has every text whole)."""
    for row in table.frame.itertuples(index=False):
        if any(len(wrap(value, width - CELL_PADDING, CELL_FONT)) > 1 for value, width in zip(row, widths, strict=True)):
            return WRAP_ROW
    return ONE_LINE_ROW


def screens(slides: Sequence[Slide]) -> list[Screen]:
    """The slides as screens: heading, figures and charts first, then the tables as far as they fit, the rest
    on continuation screens titled „… (Fortsetzung)“."""
    result: list[Screen] = []
    for slide in slides:
        result.extend(slide_screens(slide))
    return result


def slide_screens(slide: Slide) -> list[Screen]:
    """Heading and figures open the slide, with its tables when all of them fit beside, else with its charts
    when they are not squeezed below CHART_MIN; the rest follows on continuation screens, charts first."""
    if slide.kind == SlideKind.TITLE:
        return [Screen(slide)]
    layout = _Layout(slide)
    opening = HEADING + (SUBTITLE if slide.subtitle else 0) + (MESSAGE if slide.message else 0)
    opening += figure_height(slide)
    layout.used = opening
    tables = list(slide.tables)
    if tables and opening + sum(_table_height(t) for t in tables) <= SCREEN_HEIGHT:
        layout.add_tables(tables)
        tables = []
    layout.add_charts(slide.charts)
    layout.add_tables(tables)
    layout.close()
    return layout.done


class _Layout:
    """The screens of one slide as they fill up."""

    def __init__(self, slide: Slide) -> None:
        self.slide, self.done, self.used = slide, [], 0
        self.tables: list[TablePart] = []
        self.charts: list[Chart] = []
        self.chart_rows: list[int] = []  # the least plot height of each chart row on this screen

    @property
    def fresh(self) -> bool:
        """Nothing gained by moving on: the screen holds nothing but its heading (and the opening figures)."""
        return not self.tables and not self.charts

    def close(self) -> None:
        if self.done and self.fresh:
            return
        slide = self.slide
        if self.done:
            slide = replace(slide, title=texts.meeting.CONTINUED.format(title=slide.title), subtitle="", figures=(),
                            message="")
        height = 0
        if self.chart_rows:  # the rows share what the screen has left, up to CHART_MAX each
            rest = SCREEN_HEIGHT - self.used + sum(self.chart_rows)
            height = max(max(self.chart_rows), min(CHART_MAX, rest // len(self.chart_rows)))
        self.done.append(Screen(replace(slide, charts=tuple(self.charts), tables=()), tuple(self.tables), height,
                                continued=bool(self.done)))
        self.tables, self.charts, self.chart_rows, self.used = [], [], [], HEADING

    def add_charts(self, charts: Sequence[Chart]) -> None:
        """Charts two to a row, each row as high as its fullest chart needs (chart_minimum); never beside a table."""
        for first in range(0, len(charts), CHARTS_PER_ROW):
            row = charts[first:first + CHARTS_PER_ROW]
            least = max(chart_minimum(chart) for chart in row)
            title = CHART_TITLE + CHART_TITLE_LINE * max(
                len(wrap(chart.title, CHART_WIDTH, CHART_TITLE_FONT, bold=True)) - 1 for chart in row)
            if self.tables or self.used + title + least > SCREEN_HEIGHT:
                self.close()  # a no-op on an empty continuation screen
            self.charts.extend(row)
            self.chart_rows.append(least)
            self.used += title + least

    def add_tables(self, tables: Sequence[Table]) -> None:
        for table in tables:
            if self.charts:
                self.close()
            if table.frame.empty:
                if self.used + TABLE_TITLE + TABLE_EMPTY > SCREEN_HEIGHT and not self.fresh:
                    self.close()
                self.tables.append(TablePart(table))
                self.used += TABLE_TITLE + TABLE_EMPTY
                continue
            self.add_rows(table)

    def add_rows(self, table: Table) -> None:
        """A table's rows as far as they fit, the rest on further screens; after MAX_SCREENS_PER_TABLE screens
        a line says how many rows only the PDF report lists."""
        shown = replace(table, frame=table.frame.head(SHOWN_ROWS))  # a table of 10 000 rows is measured by these
        widths = tuple(column_widths(shown))
        height = row_height(shown, widths)
        start, parts = 0, 0
        while start < len(table.frame):
            left = len(table.frame) - start
            last = parts + 1 == MAX_SCREENS_PER_TABLE
            room = SCREEN_HEIGHT - self.used - TABLE_TITLE - TABLE_HEADER - TABLE_GAP - (MORE if last else 0)
            if room < min(MIN_ROWS, left) * height and not self.fresh:
                self.close()
                continue
            take, _ = rows_that_fit([height] * left, room)
            if take < left and self.done and self.fresh and not last:  # even parts on continuation screens: 5/4/4
                take = math.ceil(left / math.ceil(left / take))
            part = table.frame.iloc[start:start + take].reset_index(drop=True)
            title = table.title if start == 0 else texts.meeting.CONTINUED.format(title=table.title)
            more = counted(left - take, texts.meeting.DECK_MORE) if last and take < left else ""
            self.tables.append(TablePart(replace(table, title=title, frame=part), height, widths, more))
            self.used += TABLE_TITLE + TABLE_HEADER + take * height + TABLE_GAP + (MORE if more else 0)
            start, parts = start + take, parts + 1
            if more:
                return


def chart_minimum(chart: Chart) -> int:
    """px a chart's plot needs at the least: a bar chart a line per category (and one for its legend)."""
    if chart.kind == ChartKind.LINE:
        return CHART_MIN
    legend = LEGEND if len(chart.data.columns) > 1 else 0
    return max(CHART_MIN, BAR_BASE + BAR_ROW * len(chart.data) + legend)


def figure_height(slide: Slide) -> int:
    """px of the slide's rows of key figures."""
    rows = [slide.figures[i:i + FIGURES_PER_ROW] for i in range(0, len(slide.figures), FIGURES_PER_ROW)]
    return sum(FIGURE_ROW + (FIGURE_NOTE if any(f.note for f in row) else 0) for row in rows)


def _table_height(table: Table) -> int:
    """px the whole table takes on one screen."""
    if table.frame.empty:
        return TABLE_TITLE + TABLE_EMPTY
    if len(table.frame) * ONE_LINE_ROW > SCREEN_HEIGHT:
        return SCREEN_HEIGHT + 1  # more rows than any screen holds: not worth measuring
    return TABLE_TITLE + TABLE_HEADER + len(table.frame) * row_height(table, column_widths(table)) + TABLE_GAP
