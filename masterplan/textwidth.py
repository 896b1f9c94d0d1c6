"""Text widths for table columns and wrapped lines in the deck and the report, so no word is ever split.

One measure for both: Bitstream Vera, the report's embedded font (metrics of DejaVu Sans, which LibreOffice
substitutes for a missing Calibri). The deck's theme font Calibri is narrower, so a word that fits in Vera
fits wherever the deck is shown. Words are what lies between spaces: a renderer may break after a hyphen,
but nothing here relies on it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from masterplan import texts

FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC = "Vera", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic"
FONT_FILES = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf", FONT_BOLD_ITALIC: "VeraBI.ttf"}
FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"


@functools.cache
def register_fonts() -> None:
    """Make the Vera family known to reportlab (once per process)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)


@functools.lru_cache(maxsize=65536)  # tables repeat their words: Status, Federführung, dates
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of text in points."""
    register_fonts()
    return pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size)


def longest_word(text: object, size: float, bold: bool = False) -> float:
    """Width of the widest word of a text (0 for blank text)."""
    return max((text_width(word, size, bold) for word in str(text).split()), default=0.0)


def wrap(text: object, width: float, size: float, bold: bool = False) -> list[str]:
    """The lines of a text wrapped at spaces into ``width`` points (a word wider than that gets a line of its own;
    line breaks kept); at least one line."""
    register_fonts()
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split():
            if line and text_width(f"{line} {word}", size, bold) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def fit_columns(minima: Sequence[float], weights: Sequence[float], width: float) -> list[float] | None:
    """Column widths summing to ``width``, shared by weight but none below its minimum; None when the minima alone
    need more than ``width``."""
    if sum(minima) > width:
        return None
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(minima)) if i not in fixed]
        rest = width - sum(fixed.values())
        total = sum(weights[i] for i in free)
        if not free or total <= 0:
            widths = [fixed[i] for i in range(len(minima))]
            widths[-1] += rest  # every column at its minimum: the last one takes what is left
            return widths
        shares = {i: rest * weights[i] / total for i in free}
        short = [i for i in free if shares[i] < minima[i]]
        if not short:
            return [fixed.get(i, shares.get(i, 0.0)) for i in range(len(minima))]
        fixed |= {i: float(minima[i]) for i in short}


def column_minima(labels: Sequence[str], rows: Sequence[Sequence[object]], size: float, padding: float) -> list[float]:
    """Per column the width its widest word needs, bold header included, plus the cell's padding."""
    body = [max((longest_word(row[i], size) for row in rows), default=0.0) for i in range(len(labels))]
    return [max(longest_word(label, size, bold=True), word) + padding for label, word in zip(labels, body, strict=True)]


def column_layout(labels: Sequence[str], rows: Sequence[Sequence[object]], weights: Sequence[float], width: float,
                  size: float, padding: float) -> tuple[list[str], list[float]] | None:
    """Header labels and column widths (points) in which no word of any cell is split; a header gives way to its
    short form (texts.meeting.SHORT_COLUMNS) only while the table does not fit otherwise, the least change that makes
    it fit first. None when it cannot fit."""
    labels = list(labels)
    minima = column_minima(labels, rows, size, padding)
    short = {i: column_minima([texts.meeting.SHORT_COLUMNS[label]], [[row[i]] for row in rows], size, padding)[0]
             for i, label in enumerate(labels) if label in texts.meeting.SHORT_COLUMNS}
    while (widths := fit_columns(minima, weights, width)) is None and short:
        missing = sum(minima) - width
        gains = sorted((minima[i] - need, i) for i, need in short.items())
        _, i = next((gain for gain in gains if gain[0] >= missing), gains[-1])
        labels[i], minima[i] = texts.meeting.SHORT_COLUMNS[labels[i]], short.pop(i)
    return None if widths is None else (labels, widths)


def fit_table(labels: Sequence[str], rows: Sequence[Sequence[object]], weights: Sequence[float], width: float,
              sizes: Sequence[float], padding: float) -> tuple[list[str], list[float], float]:
    """Labels, column widths and font size of a table: the first size in ``sizes`` at which no word is split.
    Should none do, the smallest size with all short labels and widths in proportion to the words' needs."""
    for size in sizes:
        layout = column_layout(labels, rows, weights, width, size, padding)
        if layout is not None:
            return *layout, size
    size = min(sizes)
    short = [texts.meeting.SHORT_COLUMNS.get(label, label) for label in labels]
    minima = column_minima(short, rows, size, padding)
    return short, [width * m / sum(minima) for m in minima], size
