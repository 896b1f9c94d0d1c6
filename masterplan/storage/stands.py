"""How a Stand is named and listed: „Stand 3 vom 26.11.2026“ on slides, „Stand 5 · 26.11.2026 · Notiz“ in
selectors, and the history table of the Daten page and the CLI."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from masterplan import texts
from masterplan.formatting import format_date, format_datetime, format_number
from masterplan.storage.importer import ADOPTED_KIND
from masterplan.storage.store import StandInfo


def stand_title(stand: StandInfo) -> str:
    """How the meeting material names a Stand: „Stand 3 vom 26.11.2026“."""
    return texts.meeting.STAND.format(id=stand.id, date=format_date(stand.day))


def stands_frame(stands: Iterable[StandInfo]) -> pd.DataFrame:
    """The history, newest first — the audit trail of the plan: number, time, who, kind, files, note, measures
    and, last since it is the longest, what changed."""
    rows = [
        {texts.upload.STAND_ID: s.id, texts.upload.STAND_TIME: format_datetime(s.created_at),
         texts.upload.STAND_BY: s.created_by, texts.upload.STAND_KIND: stand_kind(s),
         texts.upload.STAND_CHANGES: stand_changes(s),
         texts.upload.STAND_FILES: ", ".join(s.files), texts.upload.STAND_NOTE: s.note,
         texts.upload.STAND_MEASURES: s.counts.get("Maßnahmen", 0)}
        for s in sorted(stands, key=lambda s: s.id, reverse=True)
    ]
    return pd.DataFrame(rows, columns=texts.upload.STAND_COLUMNS)


def stand_changes(stand: StandInfo) -> str:
    """„Maßnahmen: 1 geändert · Meilensteine: 2 neu“: what the Stand changed against the one before, by sheet."""
    words = (texts.upload.CHANGE_KIND_ADDED, texts.upload.CHANGE_KIND_CHANGED, texts.upload.CHANGE_KIND_REMOVED)
    parts = []
    for sheet, counts in stand.changes.items():
        said = ", ".join(f"{format_number(n)} {word}" for n, word in zip(counts, words, strict=False) if n)
        if said:
            parts.append(texts.upload.STAND_CHANGES_SHEET.format(sheet=sheet, counts=said))
    return " · ".join(parts) or texts.common.MISSING


def stand_kind(stand: StandInfo) -> str:
    """How a Stand came about, in words: Import, Zurückgesetzt, Beispieldaten."""
    kind = texts.frame.STAND_KINDS.get(stand.kind, stand.kind)
    return f"{kind} ({texts.frame.EXAMPLE})" if stand.is_example and kind != texts.frame.EXAMPLE else kind


def stand_label(stand: StandInfo) -> str:
    """How a Stand is named in selectors: „Stand 5 · 26.11.2026 · Lenkungskreis November“."""
    parts = [texts.frame.STAND_NAME.format(id=stand.id), format_date(stand.day)]
    if stand.is_example:
        parts.append(texts.frame.EXAMPLE)
    elif stand.kind == ADOPTED_KIND:
        parts.append(texts.frame.ADOPTED_MARK)
    if stand.note and not stand.is_example:
        parts.append(stand.note)
    return " · ".join(parts)
