"""What every metrics module shares: the day, key → title, blanks as "–"."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import pandas as pd

from masterplan import texts
from masterplan.tables import Plan

MEASURE_COLUMNS = ["nr", "massnahme", "lz_nr"]


def day_of(today: datetime.date) -> pd.Timestamp:
    """The day as a midnight Timestamp, to compare with the plan's dates."""
    return pd.Timestamp(today).normalize()


def titles_by_key(table: pd.DataFrame, key: str, title: str) -> pd.Series:
    """Key → title, the key itself standing in for a missing title."""
    titles = table.set_index(key)[title]
    return titles.fillna(titles.index.to_series())


def all_leitziele(plan: Plan) -> pd.DataFrame:
    """lz_nr and leitziel of every Leitziel in sheet order, then any only measures name."""
    goals = plan["Leitziele"]
    keys = pd.Series(pd.concat([goals["lz_nr"], plan["Maßnahmen"]["lz_nr"]]).dropna().unique(), dtype=object)
    return pd.DataFrame({"lz_nr": keys, "leitziel": keys.map(titles_by_key(goals, "lz_nr", "leitziel")).fillna(keys)})


def blank_as(values: pd.Series, missing: str = texts.common.MISSING) -> pd.Series:
    """The values with blanks replaced by ``missing``."""
    return values.astype(object).where(values.notna(), missing)


def dashed(frame: pd.DataFrame, columns: Iterable[str], missing: str = texts.common.MISSING) -> pd.DataFrame:
    """Blank text cells as "–", so tables never show "None"."""
    return frame.assign(**{c: blank_as(frame[c], missing) for c in columns})


def yes_no(flags: pd.Series) -> pd.Series:
    """True/False as "ja"/"nein", blanks as "–"."""
    words = flags.map({True: texts.common.YES, False: texts.common.NO}).astype(object)
    return words.where(flags.notna(), texts.common.MISSING)
