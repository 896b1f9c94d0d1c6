"""The product's colours, patterns and symbols, one home for the charts, the slides and the deck.

Colour-blind safe (Okabe-Ito based) and never the only cue: Ampel segments carry patterns and names, overdue
bars a hatch, milestones distinct symbols.
"""

from __future__ import annotations

import re
import zlib

from masterplan import texts

AMPEL_COLORS = {"grün": "#009E73", "gelb": "#F0E442", "rot": "#A23B00", "grau": "#BBBBBB"}  # L* 58 / 89 / 39 / 76
AMPEL_PATTERNS = {"grün": "", "gelb": "/", "rot": "x", "grau": "."}
STATUS_COLORS = {
    "nicht begonnen": "#DDDDDD", "in Planung": "#56B4E9", "in Umsetzung": "#0072B2", "abgeschlossen": "#009E73",
    "Daueraufgabe": "#CC79A7", "zurückgestellt": "#E69F00", "entfallen": "#666666", texts.NO_STATUS: "#F2F2F2",
}
LEITZIEL_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
ROLE_COLORS = {"federführend": "#0072B2", "beteiligt": "#56B4E9", "informiert": "#BBBBBB"}
ROLE_LINES = {"federführend": ("solid", 2.0, "#4D4D4D"), "beteiligt": ("solid", 1.0, "#8C8C8C"),
              "informiert": ("dot", 1.0, "#B3B3B3")}
MILESTONE_COLORS = {
    texts.MS_OVERDUE: AMPEL_COLORS["rot"], texts.MS_DUE_30: "#E69F00", texts.MS_DUE_90: "#56B4E9",
    texts.MS_LATER: "#0072B2", texts.MS_REACHED_ON_TIME: AMPEL_COLORS["grün"], texts.MS_REACHED_LATE: "#CC79A7",
    texts.MS_DROPPED: "#999999", texts.MS_NO_DATE: "#999999",
}
MILESTONE_SYMBOLS = {texts.MS_OVERDUE: "diamond-x", texts.MS_REACHED_ON_TIME: "diamond-open",
                     texts.MS_REACHED_LATE: "diamond-open-dot"}
HEATMAP_SCALE = [[0.0, "#F7FBFF"], [0.5, "#6BAED6"], [1.0, "#08306B"]]
TEXT_DARK = "#1A1A1A"


def leitziel_color(lz_nr: str) -> str:
    """One colour per Leitziel, the same under every filter: LZ3 is always the third colour."""
    digits = re.findall(r"\d+", str(lz_nr))
    index = int(digits[-1]) - 1 if digits else zlib.crc32(str(lz_nr).encode())
    return LEITZIEL_COLORS[index % len(LEITZIEL_COLORS)]
