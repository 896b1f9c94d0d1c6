"""Indikatoren: latest values, change and target achievement per indicator, their time series and two tables.

indicator_table is the Indikatoren page's table (Leitziel order, arrows); indicator_list the Leitziele page's
(sheet order, ja/nein). Both show values and targets alike, as text, under field names.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from masterplan import texts
from masterplan.formatting import fill, format_dates, format_percent, format_signed, format_value
from masterplan.metrics._common import all_leitziele, blank_as, dashed, yes_no
from masterplan.tables import Plan


def indicator_summary(plan: Plan) -> pd.DataFrame:
    """Per indicator: latest and previous value, changes, target achievement (%), improved, source.

    achievement = 100 · (latest − Basiswert) / (Zielwert − Basiswert): the formula respects Zielrichtung
    by itself (a fallend target lies below the base); NaN without Zielwert/Basiswert or when they are
    equal; not clipped, so overshooting shows > 100. improved compares latest with previous in the
    Zielrichtung (without one, the direction from Basiswert to Zielwert).
    """
    ind = plan["Indikatoren"]
    values = plan["Indikatorwerte"].dropna(subset=["wert"]).sort_values(["ind_nr", "stichtag"], kind="stable")
    rank = values.groupby("ind_nr").cumcount(ascending=False)
    latest = values[rank.eq(0)].rename(columns={"stichtag": "latest_date", "wert": "latest", "quelle": "source"})
    previous = values[rank.eq(1)].rename(columns={"stichtag": "previous_date", "wert": "previous"})
    counts = values.groupby("ind_nr").size().rename("measurements").reset_index()
    summary = ind
    for part in (latest, previous.drop(columns="quelle"), counts):
        summary = summary.merge(part, on="ind_nr", how="left")
    span = summary["zielwert"] - summary["basiswert"]
    direction = summary["zielrichtung"]
    falling = direction.eq("fallend") | (direction.isna() & (span < 0))
    rising = direction.eq("steigend") | (direction.isna() & (span > 0))
    change = summary["latest"] - summary["previous"]
    improved = pd.Series(pd.NA, index=summary.index, dtype="boolean")
    improved = improved.mask(rising & change.notna(), change > 0).mask(falling & change.notna(), change < 0)
    return summary.assign(
        change=change,
        change_base=summary["latest"] - summary["basiswert"],
        achievement=100 * (summary["latest"] - summary["basiswert"]) / span.where(span != 0),
        improved=improved,
        source=summary["source"].fillna(summary["quelle"]),
        measurements=summary["measurements"].fillna(0).astype(int),
    )


def indicator_values(plan: Plan, ind_nr: str) -> pd.DataFrame:
    """One indicator's time series, oldest first, for its chart."""
    values = plan["Indikatorwerte"]
    return values[values["ind_nr"].eq(ind_nr)].dropna(subset=["wert"]).sort_values("stichtag").reset_index(drop=True)


def _signed(values: pd.Series, zero: str = "") -> pd.Series:
    """Changes as "+8", "-2,5" and, for no change, ``zero`` + "0"; blanks → "–"."""
    return values.map(lambda v: format_signed(v, None, zero))


def _with_year(values: pd.Series, years: pd.Series, missing: str = texts.common.MISSING) -> pd.Series:
    """ "9,5 (2019)": a value with its year where known, the value alone without year, ``missing`` without value."""
    text = values.map(format_value)
    year = years.map(lambda y: "" if pd.isna(y) else str(int(y)))
    with_year = text.where(years.isna(), fill(texts.indikatoren.VALUE_YEAR, value=text, year=year))
    return with_year.where(values.notna(), missing)


def _figures(summary: pd.DataFrame, no_target: str) -> dict[str, pd.Series]:
    """What both indicator tables show alike, as German text: latest, base and target (with years), achievement."""
    return {
        "latest": summary["latest"].map(format_value),
        "base": _with_year(summary["basiswert"], summary["basisjahr"]),
        "target": _with_year(summary["zielwert"], summary["zieljahr"], no_target),
        "achievement": summary["achievement"].map(format_percent),
    }


def indicator_trend(summary: pd.DataFrame) -> pd.DataFrame:
    """Arrow with signed change ("↑ +8") and its reading against the Zielrichtung, per indicator_summary row."""
    change = summary["change"]
    arrow = np.select([change > 0, change < 0, change == 0],
                      [texts.indikatoren.UP, texts.indikatoren.DOWN, texts.indikatoren.FLAT], "")
    text = pd.Series(arrow, index=summary.index) + " " + _signed(change, zero="±")
    improved = summary["improved"]
    reading = np.select([change.eq(0).fillna(False), improved.eq(True).fillna(False), improved.eq(False).fillna(False)],
                        [texts.indikatoren.UNCHANGED, texts.indikatoren.BETTER, texts.indikatoren.WORSE],
                        texts.common.MISSING)
    return pd.DataFrame({"change": text.str.strip(), "trend": reading}, index=summary.index)


def _indicators_in_order(plan: Plan) -> pd.DataFrame:
    """indicator_summary sorted by Leitziel (sheet order) and IND-Nr., with a "LZ1 Leitziel" goal label."""
    summary = indicator_summary(plan)
    goals = all_leitziele(plan)
    order = {lz: i for i, lz in enumerate(goals["lz_nr"])}
    titles = goals.set_index("lz_nr")["leitziel"]
    goal = (summary["lz_nr"].fillna("") + " " + summary["lz_nr"].map(titles).fillna("")).str.strip()
    summary = summary.assign(goal=goal.replace("", texts.common.MISSING), _order=summary["lz_nr"].map(order))
    return summary.sort_values(["_order", "ind_nr"], kind="stable", na_position="last").drop(
        columns="_order").reset_index(drop=True)


def indicator_groups(plan: Plan) -> list[tuple[str, list[dict[str, object]]]]:
    """Indicators grouped by Leitziel in sheet order: ("LZ2 Oberhausen ist …", [indicator_summary rows])."""
    summary = _indicators_in_order(plan)
    summary = summary.astype(object).where(summary.notna(), None)  # blanks as None, not NaN
    return [(str(goal), rows.to_dict("records")) for goal, rows in summary.groupby("goal", sort=False)]


def indicator_table(plan: Plan) -> pd.DataFrame:
    """The Indikatoren summary for display: values in German notation, in Leitziel order.

    Columns: lz_nr, indikator, einheit, latest, latest_date, change (with its arrow), trend (in/gegen die
    Zielrichtung), base, target (with years), achievement, source.
    """
    summary = _indicators_in_order(plan)
    trend = indicator_trend(summary)
    figures = _figures(summary, no_target=texts.common.MISSING)
    return pd.DataFrame({
        "lz_nr": summary["lz_nr"],
        "indikator": summary["indikator"].fillna(summary["ind_nr"]),
        "einheit": summary["einheit"],
        "latest": figures["latest"],
        "latest_date": summary["latest_date"],
        "change": trend["change"],
        "trend": trend["trend"],
        "base": figures["base"],
        "target": figures["target"],
        "achievement": figures["achievement"],
        "source": summary["source"],
    })


def indicator_list(plan: Plan) -> pd.DataFrame:
    """indicator_summary as the Leitziele page shows it, in sheet order, values as German text.

    Columns: ind_nr, indikator, lz_nr, einheit, latest, latest_date, change, basiswert, zielwert,
    achievement, improved (ja/nein/–), source.
    """
    s = indicator_summary(plan)
    figures = _figures(s, no_target=texts.figures.NO_TARGET)
    return pd.DataFrame({
        "ind_nr": s["ind_nr"], "indikator": s["indikator"], "lz_nr": s["lz_nr"], "einheit": s["einheit"],
        "latest": figures["latest"], "latest_date": format_dates(s["latest_date"]),
        "change": _signed(s["change"]),
        "basiswert": figures["base"],
        "zielwert": figures["target"],
        "achievement": figures["achievement"], "improved": yes_no(s["improved"]), "source": blank_as(s["source"]),
    }).pipe(dashed, ["einheit"])
