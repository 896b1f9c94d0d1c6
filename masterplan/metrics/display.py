"""German text for tables and widgets the pages share: column labels, Ampel labels, choices, one-per-line cells."""

from __future__ import annotations

import pandas as pd

from loaders.schema import SHEETS
from masterplan import texts, vocabulary
from masterplan.metrics._common import all_leitziele
from masterplan.tables import Plan, is_blank

BULLETS = "-–•* \t"
# Field name → German column header. Frames keep their field names and are labelled from this one mapping where
# they are shown: on the pages by shared.table, in the meeting's tables (Sitzung, deck, report) by meeting.slides.
COLUMN_LABELS = {**{c.field: c.header for s in SHEETS for c in s.columns}, **texts.columns.HEADERS}


def ampel_labels(ampel: pd.Series, manual: pd.Series | None = None) -> pd.Series:
    """ "🔴 rot": a coloured marker plus the word, so colour is never the only cue; "(manuell)" if the sheet set it."""
    labels = ampel.map(vocabulary.AMPEL.markers).fillna(ampel).fillna(texts.common.MISSING)
    if manual is None:
        return labels
    manual = manual.astype("boolean").fillna(False).to_numpy(dtype=bool)
    return labels.where(~manual, labels + texts.common.AMPEL_MANUAL_SUFFIX)


def choice_labels(frame: pd.DataFrame, key: str, title: str) -> dict[str, str]:
    """Key → "key – title" for a selectbox, in the frame's order."""
    titles = frame[title].fillna("").astype(str)
    labels = frame[key].astype(str) + (" – " + titles).where(titles.ne(""), "")
    return dict(zip(frame[key], labels, strict=True))


def leitziel_choices(plan: Plan) -> dict[str, str]:
    """Every Leitziel as "LZ1 – Oberhausen ist wirtschaftsfreundlich", in sheet order."""
    return choice_labels(all_leitziele(plan), "lz_nr", "leitziel")


def split_lines(text: object) -> tuple[str, ...]:
    """A cell holding one item per line (or, without line breaks, separated by ";") as its items; bullets dropped."""
    if is_blank(text):
        return ()
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    parts = value.split("\n") if "\n" in value else value.split(";")
    items = (part.strip().lstrip(BULLETS).strip() for part in parts)
    return tuple(item for item in items if item)
