"""The colours that belong to no vocabulary: one per Leitziel, the heatmap scale, dark text.

The colours, patterns and symbols of Status, Ampel, milestone states and roles are in masterplan.vocabulary,
with the words they stand for. Colour-blind safe (Okabe-Ito based).
"""

from __future__ import annotations

import re
import zlib

LEITZIEL_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
HEATMAP_SCALE = [[0.0, "#F7FBFF"], [0.5, "#6BAED6"], [1.0, "#08306B"]]
TEXT_DARK = "#1A1A1A"
TEXT_MUTED = "#5F6368"  # axis ticks, axis titles, legends: 6.0:1 on white (Streamlit's own chart grey has 3.7:1)
WHITE = "#FFFFFF"
PATTERN_INK = 0.4  # a fill pattern's lines: this share of the label colour (text_on) over the fill


def relative_luminance(color: str) -> float:
    """WCAG 2.1's relative luminance of a #RRGGBB colour (sRGB channels linearised first)."""
    channels = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21; text needs 4.5."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_on(background: str) -> str:
    """Dark or white text, whichever reads better on ``background`` (every fill of the palette reaches 4.5:1)."""
    return max((TEXT_DARK, WHITE), key=lambda text: contrast(text, background))


def mixed(color: str, other: str, share: float) -> str:
    """``color`` with ``share`` of ``other`` laid over it: a pattern's ink where the format has no opacity."""
    channels = (round(int(color[i:i + 2], 16) * (1 - share) + int(other[i:i + 2], 16) * share) for i in (1, 3, 5))
    return "#" + "".join(f"{c:02X}" for c in channels)


def leitziel_color(lz_nr: str) -> str:
    """One colour per Leitziel, the same under every filter: LZ3 is always the third colour."""
    digits = re.findall(r"\d+", str(lz_nr))
    index = int(digits[-1]) - 1 if digits else zlib.crc32(str(lz_nr).encode())
    return LEITZIEL_COLORS[index % len(LEITZIEL_COLORS)]
