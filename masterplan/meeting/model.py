"""The meeting as data: slides with key figures, tables and charts, the form every output reads.

masterplan.meeting.slides fills it; the Sitzung page, the deck and the PDF report lay it out; the charts module
draws its Charts. It depends on nothing of theirs, so all of them can depend on it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import pandas as pd

from masterplan import texts
from masterplan.formatting import format_number, format_percent
from masterplan.metrics import PlanChanges
from masterplan.tables import is_blank


class SlideKind:
    """What a slide is about; the outputs pick their layout by it (the title slide, the Leitziel pages, …)."""

    TITLE, DECISIONS, OVERVIEW, LEITZIEL = "title", "decisions", "overview", "leitziel"
    CHANGES, MILESTONES, INDICATORS = "changes", "milestones", "indicators"


class ChartKind:
    BAR, STACKED, LINE = "bar", "stacked", "line"


class ValueFormat:
    """How a chart's values read: PERCENT 0–100 with „%“, COUNT whole, NUMBER with the chart's decimals."""

    PERCENT, COUNT, NUMBER = "percent", "count", "number"


class DateGrain:
    """How a line chart's dates are labelled."""

    YEAR, MONTH, DAY = "year", "month", "day"


FILE_SUFFIX_LENGTH = 80  # characters of the filters a file name carries at most, cut between words
_FILE_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@dataclass(frozen=True)
class KeyFigure:
    """One headline number: "Umsetzungsstand" · "65 %" · "+3 Punkte gegenüber Stand 2"."""

    label: str
    value: str
    note: str = ""

    @property
    def line(self) -> str:
        return f"{self.label}: {self.value}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class Table:
    """A table to show: German column labels, display strings, relative column widths."""

    title: str
    frame: pd.DataFrame
    widths: tuple[float, ...]
    empty: str = ""  # what to show instead of an empty table


@dataclass(frozen=True)
class Chart:
    """Chart data: index = categories, one column per series (floats), colours per series."""

    kind: str  # a ChartKind
    title: str
    data: pd.DataFrame
    colors: dict[str, str]
    value_format: str = ValueFormat.NUMBER
    decimals: int = 0
    maximum: float | None = None  # fixed upper end of the value axis
    axis_title: str = ""
    dates: str = ""  # for a line chart: a DateGrain
    patterns: dict[str, str] = field(default_factory=dict)  # fill pattern per series (plotly's shapes), if any

    def format(self, value: float) -> str:
        """A value as the chart labels show it, German style."""
        if is_blank(value):
            return texts.common.MISSING
        if self.value_format == ValueFormat.PERCENT:
            return format_percent(value, self.decimals)
        return format_number(value, self.decimals)


@dataclass(frozen=True)
class Slide:
    """One topic of the meeting; the deck may spread it over several slides, the report over pages."""

    kind: str
    title: str
    subtitle: str = ""
    key: str = ""  # lz_nr of a Leitziel slide
    figures: tuple[KeyFigure, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: str = ""
    message: str = ""  # a sentence shown when there is nothing to chart or list


@dataclass(frozen=True)
class Meeting:
    """Everything the Lenkungskreis sees, in presentation order, plus the appendix of all measures."""

    plan_name: str
    stand_id: int
    stand_label: str  # "Stand 3 vom 26.11.2026"
    since_id: int | None
    since_label: str  # "Stand 2 vom 01.09.2026" or "ohne Vergleichsstand"
    comparison: str  # "Vergleich mit Stand 2 vom 01.09.2026" or "ohne Vergleichsstand"
    stand_note: str  # the Stand's note, "" when none
    today: datetime.date
    slides: tuple[Slide, ...]
    appendix: Table
    changes: PlanChanges | None = field(default=None, repr=False)
    filter_note: str = ""  # „gefiltert: Leitziel LZ1 · …“ (metrics.describe_filters), "" when unfiltered

    @property
    def footer(self) -> str:
        """The line every page and slide carries."""
        return " · ".join(part for part in (self.plan_name, texts.meeting.MEETING, self.stand_label, self.filter_note)
                          if part)

    def file_name(self, extension: str) -> str:
        """„Lenkungskreis_Stand_3.pptx“; filtered: „Lenkungskreis_Stand_3_gefiltert_Leitziel_LZ1.pptx“."""
        name = texts.meeting.FILE.format(id=self.stand_id)
        if self.filter_note:
            slug = _FILE_UNSAFE.sub("_", self.filter_note.translate(_TRANSLITERATION)).strip("_")
            name += "_" + (slug if len(slug) <= FILE_SUFFIX_LENGTH else slug[:FILE_SUFFIX_LENGTH].rsplit("_", 1)[0])
        return f"{name}.{extension}"

    def slide(self, kind: str, key: str = "") -> Slide | None:
        return next((s for s in self.slides if s.kind == kind and (not key or s.key == key)), None)
