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


def leitziel_color(lz_nr: str) -> str:
    """One colour per Leitziel, the same under every filter: LZ3 is always the third colour."""
    digits = re.findall(r"\d+", str(lz_nr))
    index = int(digits[-1]) - 1 if digits else zlib.crc32(str(lz_nr).encode())
    return LEITZIEL_COLORS[index % len(LEITZIEL_COLORS)]
