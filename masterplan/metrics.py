"""Figures the dashboard shows, computed from one Plan (and a given day), Streamlit-free and vectorised.

Rules follow DESIGN.md section 3. Decisions where it is silent:
- Percentages are on the 0–100 scale everywhere (Umsetzungsstand, planned progress, target achievement).
- Progress of a measure: abgeschlossen counts 100, a missing Umsetzungsstand 0, a missing or non-positive
  Gewicht 1; entfallen measures are listed in explanations but not counted.
- Ampel, first rule that applies wins: entfallen/zurückgestellt → grau; abgeschlossen → grün (open
  milestones of a finished measure are ignored); Ende before today → rot (Ende today is not passed;
  this holds for Daueraufgabe too, since an Ende given is a commitment); a milestone overdue by more
  than 90 days → rot; any milestone overdue → gelb; not started (nicht begonnen, in Planung, or no
  status and no progress) with Beginn missing or after today → grau; progress more than 20 points
  behind the linear plan → gelb; otherwise grün. The linear plan needs Beginn and Ende and does not
  apply to Daueraufgabe; Beginn = Ende means 100 % due from that day on. An Ampel given in the sheet wins.
- Milestones (days = Fällig am − today): entfallen; erreicht when status erreicht or Erreicht am is
  set — verspätet when Erreicht am > Fällig am, else pünktlich (also without a date); überfällig when
  days < 0; fällig in 30 Tagen for 0–30 days (due today included); fällig in 90 Tagen for 31–90;
  später beyond. Status verschoben counts as open with its (new) Fällig am.
- Involvement: Federführung of a measure is its federführend involvement; Beteiligungen add the
  others, one row per measure and institution (the strongest role wins).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from loaders.vocabulary import AMPEL, ROLLE, STATUS
from masterplan import texts
from masterplan.formatting import (
    fill,
    format_date,
    format_dates,
    format_number,
    format_percent,
    format_signed,
    format_value,
)
from masterplan.tables import Plan

DONE, DROPPED, ON_HOLD, ONGOING = "abgeschlossen", "entfallen", "zurückgestellt", "Daueraufgabe"
IN_PROGRESS = "in Umsetzung"
NOT_STARTED = ("nicht begonnen", "in Planung")
GRUEN, GELB, ROT, GRAU = AMPEL
LEAD, INVOLVED, INFORMED = ROLLE
MS_REACHED, MS_DROPPED = "erreicht", "entfallen"
MILESTONE_STATES = (
    texts.MS_OVERDUE, texts.MS_DUE_30, texts.MS_DUE_90, texts.MS_LATER, texts.MS_REACHED_ON_TIME,
    texts.MS_REACHED_LATE, texts.MS_DROPPED, texts.MS_NO_DATE,
)
BEHIND_TOLERANCE = 20.0  # points behind the linear plan that are still grün
CRITICAL_OVERDUE_DAYS = 90  # a milestone overdue longer than this turns the Ampel rot
MEASURE_COLUMNS = ["nr", "massnahme", "lz_nr"]


# --- progress and roll-ups -----------------------------------------------------------------------

def measure_progress(plan: Plan) -> pd.DataFrame:
    """Each measure's progress and weight as roll-ups count them, so every roll-up uses one rule."""
    m = plan["Maßnahmen"]
    raw_weight = m["gewicht"].where(m["gewicht"] > 0)
    progress = m["umsetzungsstand"].fillna(0.0).clip(0, 100).where(m["status"].ne(DONE), 100.0)
    dropped = m["status"].eq(DROPPED)
    note = np.select(
        [dropped, m["status"].eq(DONE), m["umsetzungsstand"].isna(), raw_weight.isna()],
        [texts.NOTE_DROPPED, texts.NOTE_DONE, texts.NOTE_NO_PROGRESS, texts.NOTE_DEFAULT_WEIGHT],
        default="",
    )
    return pd.DataFrame({
        "nr": m["nr"], "massnahme": m["massnahme"], "lz_nr": m["lz_nr"], "fp_nr": m["fp_nr"],
        "status": m["status"], "umsetzungsstand": m["umsetzungsstand"], "progress": progress,
        "weight": raw_weight.fillna(1.0), "included": ~dropped, "note": note,
    })


@dataclass(frozen=True)
class Rollup:
    """A weighted mean with the measures behind it, so the page can answer "Warum 63 %?"."""

    value: float | None
    measures: int
    counted: int
    explanation: pd.DataFrame  # measure_progress columns + weight_share (0–1), points (sum = value)

    @property
    def summary(self) -> str:
        if self.value is None:
            return texts.ROLLUP_EMPTY
        text = texts.ROLLUP_SUMMARY.format(value=format_percent(self.value), counted=format_number(self.counted))
        excluded = self.measures - self.counted
        return text + (texts.ROLLUP_SUMMARY_EXCLUDED.format(excluded=format_number(excluded)) if excluded else "")


def _rollup(progress: pd.DataFrame) -> Rollup:
    """Weighted mean over the counted rows of a measure_progress frame, with each row's share."""
    counted = progress["included"]
    total = progress["weight"].where(counted, 0.0).sum()
    share = progress["weight"].where(counted, 0.0) / total if total > 0 else pd.Series(0.0, index=progress.index)
    explanation = progress.assign(weight_share=share, points=share * progress["progress"])
    explanation = explanation.sort_values(["points", "nr"], ascending=[False, True], kind="stable")
    value = float(explanation["points"].sum()) if total > 0 else None
    return Rollup(value, len(progress), int(counted.sum()), explanation.reset_index(drop=True))


def rollup_plan(plan: Plan) -> Rollup:
    """Umsetzungsstand of the whole plan."""
    return _rollup(measure_progress(plan))


def rollup_leitziel(plan: Plan, lz_nr: str) -> Rollup:
    """Umsetzungsstand of one Leitziel with its explanation."""
    progress = measure_progress(plan)
    return _rollup(progress[progress["lz_nr"].eq(lz_nr)])


def rollup_fokusprojekt(plan: Plan, fp_nr: str) -> Rollup:
    """Umsetzungsstand of one Fokusprojekt with its explanation."""
    progress = measure_progress(plan)
    return _rollup(progress[progress["fp_nr"].eq(fp_nr)])


def _group_rollup(progress: pd.DataFrame, key: str, keys: pd.Series) -> pd.DataFrame:
    """Weighted mean per group in one groupby; groups without measures keep NaN."""
    counted = progress[progress["included"]]
    sums = counted.assign(wp=counted["weight"] * counted["progress"]).groupby(key)[["weight", "wp"]].sum()
    order = pd.concat([keys, progress[key]]).dropna().unique()
    result = pd.DataFrame({
        "measures": progress.groupby(key).size(),
        "counted": counted.groupby(key).size(),
        "weight": sums["weight"],
        "progress": sums["wp"] / sums["weight"].where(sums["weight"] > 0),
    }).reindex(order)
    result[["measures", "counted"]] = result[["measures", "counted"]].fillna(0).astype(int)
    return result.fillna({"weight": 0.0}).rename_axis(key).reset_index()


def rollup_leitziele(plan: Plan) -> pd.DataFrame:
    """Umsetzungsstand per Leitziel: lz_nr, leitziel, measures, counted, weight, progress (NaN = none)."""
    goals = _leitziele(plan)
    result = _group_rollup(measure_progress(plan), "lz_nr", goals["lz_nr"])
    result.insert(1, "leitziel", goals["leitziel"])
    return result


def rollup_fokusprojekte(plan: Plan) -> pd.DataFrame:
    """Umsetzungsstand per Fokusprojekt: fp_nr, fokusprojekt, lz_nr, measures, counted, weight, progress."""
    projects = plan["Fokusprojekte"]
    progress = measure_progress(plan)
    result = _group_rollup(progress, "fp_nr", projects["fp_nr"])
    titles = result["fp_nr"].map(_titles(projects, "fp_nr", "fokusprojekt")).fillna(result["fp_nr"])
    from_measures = progress.dropna(subset=["fp_nr"]).drop_duplicates("fp_nr").set_index("fp_nr")["lz_nr"]
    result.insert(1, "fokusprojekt", titles)
    result.insert(2, "lz_nr", result["fp_nr"].map(projects.set_index("fp_nr")["lz_nr"].combine_first(from_measures)))
    return result


def _titles(table: pd.DataFrame, key: str, title: str) -> pd.Series:
    """Key → title, the key itself standing in for a missing title."""
    titles = table.set_index(key)[title]
    return titles.fillna(titles.index.to_series())


def _leitziele(plan: Plan) -> pd.DataFrame:
    """lz_nr and leitziel of every Leitziel in sheet order, then any only measures name."""
    goals = plan["Leitziele"]
    keys = pd.Series(pd.concat([goals["lz_nr"], plan["Maßnahmen"]["lz_nr"]]).dropna().unique(), dtype=object)
    return pd.DataFrame({"lz_nr": keys, "leitziel": keys.map(_titles(goals, "lz_nr", "leitziel")).fillna(keys)})


# --- milestones ----------------------------------------------------------------------------------

def _day(today: datetime.date) -> pd.Timestamp:
    return pd.Timestamp(today).normalize()


def _is_reached(milestones: pd.DataFrame) -> pd.Series:
    """Reached by status or by a date; entfallen is never reached."""
    reached = milestones["status"].eq(MS_REACHED) | milestones["erreicht_am"].notna()
    return reached & milestones["status"].ne(MS_DROPPED)


def milestone_states(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Every milestone with its state relative to today (see module docstring for the boundaries).

    Columns: Meilensteine fields, massnahme, lz_nr, state, days_until, days_overdue, days_late (Int64).
    """
    ms = plan["Meilensteine"]
    reached = _is_reached(ms)
    due, done = ms["faellig_am"].dt.normalize(), ms["erreicht_am"].dt.normalize()
    days = (due - _day(today)).dt.days
    late = reached & (done > due)
    state = np.select(
        [ms["status"].eq(MS_DROPPED), late, reached, days.isna(), days < 0, days <= 30, days <= 90],
        [texts.MS_DROPPED, texts.MS_REACHED_LATE, texts.MS_REACHED_ON_TIME, texts.MS_NO_DATE, texts.MS_OVERDUE,
         texts.MS_DUE_30, texts.MS_DUE_90],
        default=texts.MS_LATER,
    )
    overdue = state == texts.MS_OVERDUE
    measures = plan["Maßnahmen"].set_index("nr")
    return ms.assign(
        massnahme=ms["nr"].map(measures["massnahme"]),
        lz_nr=ms["nr"].map(measures["lz_nr"]),
        state=state,
        days_until=days.astype("Int64"),
        days_overdue=(-days).where(overdue).astype("Int64"),
        days_late=(done - due).dt.days.where(late).astype("Int64"),
    )


def milestones_due(plan: Plan, today: datetime.date, horizon_days: int = 90) -> pd.DataFrame:
    """Overdue milestones and those due within the horizon, soonest first: the Übersicht's list."""
    states = milestone_states(plan, today)
    open_ = states["state"].isin([texts.MS_OVERDUE, texts.MS_DUE_30, texts.MS_DUE_90, texts.MS_LATER])
    due = open_ & (states["days_until"] <= horizon_days).fillna(False)
    return states[due].sort_values(["faellig_am", "ms_nr"], kind="stable").reset_index(drop=True)


# --- Ampel ---------------------------------------------------------------------------------------

def _worst_overdue(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Per measure nr: the longest-overdue milestone's name, due date and days."""
    states = milestone_states(plan, today)
    overdue = states[states["state"].eq(texts.MS_OVERDUE)]
    worst = overdue.sort_values(["days_overdue", "ms_nr"], ascending=[False, True], kind="stable")
    return worst.drop_duplicates("nr").set_index("nr")[["meilenstein", "faellig_am", "days_overdue"]]


def planned_progress(measures: pd.DataFrame, today: datetime.date) -> pd.Series:
    """Progress the linear plan between Beginn and Ende expects today (NaN where no plan applies)."""
    start, end = measures["beginn"].dt.normalize(), measures["ende"].dt.normalize()
    duration = (end - start).dt.days
    elapsed = (_day(today) - start).dt.days
    share = (elapsed / duration.where(duration > 0)).clip(0, 1)
    share = share.where(duration.ne(0), (elapsed >= 0).astype(float))
    return (share * 100).where(start.notna() & end.notna() & measures["status"].ne(ONGOING))


def compute_ampel(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Ampel per measure (sheet value wins) with its German reason.

    Columns: nr, ampel, ampel_manual, ampel_computed, ampel_reason, planned, overdue (Ende passed, open).
    """
    m = plan["Maßnahmen"]
    day = _day(today)
    status = m["status"]
    progress = measure_progress(plan)["progress"]
    late = m[["nr"]].merge(_worst_overdue(plan, today), left_on="nr", right_index=True, how="left").set_axis(m.index)
    days_overdue = late["days_overdue"].astype("Float64").fillna(0).astype(float)
    late_milestone = {"meilenstein": late["meilenstein"], "faellig": format_dates(late["faellig_am"])}
    planned = planned_progress(m, today)
    behind = (planned - progress).round(6)
    not_started = status.isin(NOT_STARTED) | (status.isna() & progress.eq(0))
    closed = status.isin([DONE, DROPPED, ON_HOLD])
    end_passed = m["ende"].dt.normalize() < day
    rules = [
        (status.eq(DROPPED), GRAU, texts.REASON_DROPPED),
        (status.eq(ON_HOLD), GRAU, texts.REASON_ON_HOLD),
        (status.eq(DONE), GRUEN, texts.REASON_DONE),
        (end_passed, ROT, fill(texts.REASON_END_PASSED, ende=format_dates(m["ende"]))),
        (days_overdue > CRITICAL_OVERDUE_DAYS, ROT, fill(texts.REASON_MILESTONE_CRITICAL, **late_milestone)),
        (days_overdue > 0, GELB, fill(texts.REASON_MILESTONE_OVERDUE, **late_milestone)),
        (not_started & (m["beginn"].isna() | (m["beginn"].dt.normalize() > day)), GRAU, texts.REASON_NOT_STARTED),
        (behind > BEHIND_TOLERANCE, GELB, fill(
            texts.REASON_BEHIND, progress=progress.round().astype(int), behind=behind.fillna(0).round().astype(int),
            planned=planned.fillna(0).round().astype(int))),
    ]
    conditions = [condition.fillna(False).to_numpy(dtype=bool) for condition, _, _ in rules]
    computed = np.select(conditions, [ampel for _, ampel, _ in rules], default=GRUEN)
    reason = np.select(conditions, [_as_array(text, len(m)) for _, _, text in rules], default=texts.REASON_ON_TRACK)
    manual = m["ampel"].notna()
    computed_s, reason_s = pd.Series(computed, index=m.index), pd.Series(reason, index=m.index)
    return pd.DataFrame({
        "nr": m["nr"],
        "ampel": m["ampel"].where(manual, computed_s),
        "ampel_manual": manual,
        "ampel_computed": computed_s,
        "ampel_reason": reason_s.where(~manual, fill(texts.REASON_MANUAL, ampel=computed_s, reason=reason_s)),
        "planned": planned,
        "overdue": end_passed & ~closed,
    })


def _as_array(text: str | pd.Series, length: int) -> np.ndarray:
    """np.select wants every choice as an array of one length."""
    return text.to_numpy(dtype=object) if isinstance(text, pd.Series) else np.full(length, text, dtype=object)


def measure_table(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Maßnahmen with everything pages and the Gantt show: titles, lead label, progress, weight, Ampel.

    Columns: Maßnahmen fields, leitziel, fokusprojekt, lead, progress, weight, ampel (effective),
    ampel_manual, ampel_computed, ampel_reason, planned, overdue.
    """
    m = plan["Maßnahmen"]
    progress = measure_progress(plan)
    ampel = compute_ampel(plan, today)
    return m.assign(
        leitziel=m["lz_nr"].map(_titles(plan["Leitziele"], "lz_nr", "leitziel")),
        fokusprojekt=m["fp_nr"].map(_titles(plan["Fokusprojekte"], "fp_nr", "fokusprojekt")),
        lead=_resolve_stakeholders(plan, m["federfuehrung"]).map(stakeholder_labels(plan)),
        progress=progress["progress"],
        weight=progress["weight"],
        ampel=ampel["ampel"],
        **{c: ampel[c] for c in ("ampel_manual", "ampel_computed", "ampel_reason", "planned", "overdue")},
    )


# --- indicators ----------------------------------------------------------------------------------

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


# --- KPIs and mixes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Kpis:
    """The Übersicht's headline figures; progress_change against a previous Stand when given."""

    measures: int
    done: int
    in_progress: int
    red: int
    progress: float | None
    progress_change: float | None


def kpis(plan: Plan, today: datetime.date, previous: Plan | None = None) -> Kpis:
    """Counts over all measures (entfallen included), plan progress and its change."""
    status = plan["Maßnahmen"]["status"]
    progress = rollup_plan(plan).value
    before = rollup_plan(previous).value if previous is not None else None
    return Kpis(
        measures=len(status),
        done=int(status.eq(DONE).sum()),
        in_progress=int(status.eq(IN_PROGRESS).sum()),
        red=int(compute_ampel(plan, today)["ampel"].eq(ROT).sum()),
        progress=progress,
        progress_change=None if progress is None or before is None else progress - before,
    )


def _mix(plan: Plan, values: pd.Series, column: str, order: tuple[str, ...]) -> pd.DataFrame:
    """Counts per Leitziel and value, zeros included, in Leitziel and vocabulary order."""
    m = plan["Maßnahmen"]
    counts = pd.crosstab(m["lz_nr"], values.fillna(texts.NO_STATUS))
    columns = [*order, *([texts.NO_STATUS] if texts.NO_STATUS in counts.columns else [])]
    goals = _leitziele(plan)
    wide = counts.reindex(index=goals["lz_nr"], columns=columns, fill_value=0)
    long = wide.rename_axis(index="lz_nr", columns=column).stack().rename("count").reset_index()
    return long.merge(goals, on="lz_nr", how="left")[["lz_nr", "leitziel", column, "count"]]


def status_mix(plan: Plan) -> pd.DataFrame:
    """Measures per Leitziel and status: lz_nr, leitziel, status, count (every status, zeros kept)."""
    return _mix(plan, plan["Maßnahmen"]["status"], "status", STATUS)


def ampel_mix(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Measures per Leitziel and effective Ampel: lz_nr, leitziel, ampel, count."""
    return _mix(plan, compute_ampel(plan, today)["ampel"], "ampel", AMPEL)


# --- stakeholders --------------------------------------------------------------------------------

def stakeholder_labels(plan: Plan) -> pd.Series:
    """ST-Nr. → Kurzname, else Name, else the ST-Nr. itself."""
    st = plan["Stakeholder"].set_index("st_nr")
    return st["kurzname"].fillna(st["name"]).fillna(st.index.to_series())


def _resolve_stakeholders(plan: Plan, refs: pd.Series) -> pd.Series:
    """ST-Nr. for references written as ST-Nr., Kurzname or Name (the loader normally stores ST-Nr.)."""
    st = plan["Stakeholder"]
    lookup = pd.concat([
        pd.Series(st["st_nr"].to_numpy(), index=st["name"]),
        pd.Series(st["st_nr"].to_numpy(), index=st["kurzname"]),
        pd.Series(st["st_nr"].to_numpy(), index=st["st_nr"]),
    ])
    lookup = lookup[lookup.index.notna()]
    lookup = lookup[~lookup.index.duplicated(keep="last")]
    return refs.map(lookup).where(refs.isin(lookup.index), refs)


def involvements(plan: Plan) -> pd.DataFrame:
    """One row per measure and institution: nr, massnahme, lz_nr, leitziel, st_nr, label, rolle."""
    m = plan["Maßnahmen"]
    leads = pd.DataFrame({"nr": m["nr"], "st_nr": _resolve_stakeholders(plan, m["federfuehrung"]), "rolle": LEAD})
    others = plan["Beteiligungen"]
    others = others[others["nr"].isin(m["nr"])].fillna({"rolle": INVOLVED})
    others = others.assign(st_nr=_resolve_stakeholders(plan, others["st_nr"]))
    rows = pd.concat([leads.dropna(subset=["st_nr"]), others[["nr", "st_nr", "rolle"]]], ignore_index=True)
    rows = rows.assign(rank=rows["rolle"].map({r: i for i, r in enumerate(ROLLE)}))
    rows = rows.sort_values(["rank"], kind="stable").drop_duplicates(["nr", "st_nr"]).sort_index()
    rows = rows.merge(m[MEASURE_COLUMNS], on="nr", how="left")
    rows["leitziel"] = rows["lz_nr"].map(_leitziele(plan).set_index("lz_nr")["leitziel"])
    rows["label"] = rows["st_nr"].map(stakeholder_labels(plan)).fillna(rows["st_nr"])
    return rows[["nr", "massnahme", "lz_nr", "leitziel", "st_nr", "label", "rolle"]]


def _role_counts(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Measures per key and role as columns federführend, beteiligt, informiert, total."""
    counts = rows.groupby([*keys, "rolle"]).size().unstack("rolle").reindex(columns=list(ROLLE)).fillna(0).astype(int)
    counts.columns.name = None
    return counts.assign(total=counts.sum(axis=1)).reset_index()


def stakeholder_matrix(plan: Plan) -> pd.DataFrame:
    """Measures per institution and Leitziel by role: st_nr, label, lz_nr, leitziel, roles…, total."""
    rows = involvements(plan)
    counts = _role_counts(rows, ["st_nr", "lz_nr"])
    counts.insert(1, "label", counts["st_nr"].map(rows.drop_duplicates("st_nr").set_index("st_nr")["label"]))
    counts.insert(3, "leitziel", counts["lz_nr"].map(_leitziele(plan).set_index("lz_nr")["leitziel"]))
    return counts.sort_values(["label", "lz_nr"], kind="stable").reset_index(drop=True)


def stakeholder_load(plan: Plan) -> pd.DataFrame:
    """Load per institution (all Stakeholder, zeros kept), busiest first: st_nr, label, typ, roles…, total."""
    st = plan["Stakeholder"]
    counts = _role_counts(involvements(plan), ["st_nr"]).set_index("st_nr")
    order = pd.Index(st["st_nr"]).union(counts.index, sort=False)
    load = counts.reindex(order, fill_value=0).rename_axis("st_nr").reset_index()
    load.insert(1, "label", load["st_nr"].map(stakeholder_labels(plan)).fillna(load["st_nr"]))
    load.insert(2, "typ", load["st_nr"].map(st.set_index("st_nr")["typ"]))
    load = load.sort_values(["total", LEAD, "label"], ascending=[False, False, True], kind="stable")
    return load.reset_index(drop=True)


def staffing_gaps(plan: Plan) -> pd.DataFrame:
    """Open measures without a lead or carried by one institution alone (informiert does not count).

    abgeschlossen and entfallen measures need nobody any more and are left out.
    Columns: nr, massnahme, lz_nr, status, lead, institutions, issue.
    """
    m = plan["Maßnahmen"]
    rows = involvements(plan)
    working = rows[rows["rolle"].ne(INFORMED)]
    institutions = m["nr"].map(working.groupby("nr")["st_nr"].nunique()).fillna(0).astype(int)
    lead = _resolve_stakeholders(plan, m["federfuehrung"])
    open_ = ~m["status"].isin([DONE, DROPPED])
    issue = np.select([open_ & lead.isna(), open_ & (institutions <= 1)], [texts.GAP_NO_LEAD, texts.GAP_SINGLE], "")
    gaps = m[[*MEASURE_COLUMNS, "status"]].assign(
        lead=lead.map(stakeholder_labels(plan)).fillna(lead), institutions=institutions, issue=issue,
    )
    return gaps[issue != ""].reset_index(drop=True)


# --- changes between two Stände ------------------------------------------------------------------

@dataclass(frozen=True)
class PlanChanges:
    """What changed between two Stände: the agenda of a Lenkungskreis meeting."""

    new_measures: pd.DataFrame  # nr, massnahme, lz_nr, status, lead, ampel
    removed_measures: pd.DataFrame  # same columns, from the old Stand
    status_changes: pd.DataFrame  # nr, massnahme, lz_nr, status_old, status_new
    ampel_changes: pd.DataFrame  # nr, massnahme, lz_nr, ampel_old, ampel_new, ampel_reason
    progress_changes: pd.DataFrame  # nr, massnahme, lz_nr, progress_old, progress_new, delta
    milestones_reached: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_am, erreicht_am, state
    milestones_postponed: pd.DataFrame  # ms_nr, nr, massnahme, meilenstein, faellig_old, faellig_new, shift_days

    def summary(self) -> pd.DataFrame:
        """One row per topic with German name and count, in agenda order."""
        return pd.DataFrame({
            "topic": [texts.CHANGE_TOPICS[f.name] for f in fields(self)],
            "count": [len(getattr(self, f.name)) for f in fields(self)],
        })

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name).empty for f in fields(self))


def _differs(old: pd.Series, new: pd.Series) -> pd.Series:
    """Null-safe inequality: two blanks are equal."""
    return (old != new) & ~(old.isna() & new.isna())


def _measure_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """New, removed and changed measures from two measure_table frames."""
    listed = [*MEASURE_COLUMNS, "status", "lead", "ampel"]
    both = old[["nr", "status", "ampel", "progress"]].merge(new, on="nr", suffixes=("_old", "_new"))
    both = both.assign(delta=both["progress_new"] - both["progress_old"]).sort_values(["lz_nr", "nr"], kind="stable")
    rows = {
        "new_measures": new.loc[~new["nr"].isin(old["nr"]), listed],
        "removed_measures": old.loc[~old["nr"].isin(new["nr"]), listed],
        "status_changes": both.loc[_differs(both["status_old"], both["status_new"]),
                                   [*MEASURE_COLUMNS, "status_old", "status_new"]],
        "ampel_changes": both.loc[_differs(both["ampel_old"], both["ampel_new"]),
                                  [*MEASURE_COLUMNS, "ampel_old", "ampel_new", "ampel_reason"]],
        "progress_changes": both.loc[both["delta"].abs() > 1e-9,
                                     [*MEASURE_COLUMNS, "progress_old", "progress_new", "delta"]],
    }
    return {name: frame.reset_index(drop=True) for name, frame in rows.items()}


def _milestone_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Milestones newly reached and those whose Fällig am moved later, from two milestone_states frames."""
    before = old[["ms_nr", "faellig_am"]].assign(reached_old=_is_reached(old))
    merged = new.assign(reached_new=_is_reached(new)).merge(before, on="ms_nr", how="left", suffixes=("", "_old"))
    merged = merged.sort_values(["faellig_am", "ms_nr"], kind="stable")
    reached = merged["reached_new"] & ~merged["reached_old"].astype("boolean").fillna(False)
    postponed = (merged["faellig_am"] > merged["faellig_am_old"]).fillna(False)
    listed = ["ms_nr", "nr", "massnahme", "meilenstein"]
    moved = merged.loc[postponed, [*listed, "faellig_am_old", "faellig_am"]].rename(
        columns={"faellig_am_old": "faellig_old", "faellig_am": "faellig_new"})
    rows = {
        "milestones_reached": merged.loc[reached, [*listed, "faellig_am", "erreicht_am", "state"]],
        "milestones_postponed": moved.assign(shift_days=(moved["faellig_new"] - moved["faellig_old"]).dt.days),
    }
    return {name: frame.reset_index(drop=True) for name, frame in rows.items()}


def compare_plans(old: Plan, new: Plan, today: datetime.date, old_today: datetime.date | None = None) -> PlanChanges:
    """Changes from old to new Stand. Ampel is computed for old as of old_today (its Stand's date,
    default today, so only data changes count) and for new as of today; progress as roll-ups count it."""
    measures = _measure_changes(measure_table(old, old_today or today), measure_table(new, today))
    milestones = _milestone_changes(milestone_states(old, old_today or today), milestone_states(new, today))
    return PlanChanges(**measures, **milestones)


# --- filters -------------------------------------------------------------------------------------

def filter_plan(
    plan: Plan,
    *,
    leitziele: Iterable[str] | None = None,
    fokusprojekte: Iterable[str] | None = None,
    federfuehrung: Iterable[str] | None = None,
    status: Iterable[str] | None = None,
    ampel: Iterable[str] | None = None,
    today: datetime.date | None = None,
) -> Plan:
    """The plan restricted by the global filters, so every page honours them with one call.

    An empty or None selection does not restrict. Measures match all given filters (federfuehrung by
    ST-Nr., ampel by effective Ampel, which needs today); milestones and measure involvements follow the
    measures. Parent tables follow their own keys only: Leitziele, Indikatoren (and their values) the
    Leitziel filter, Fokusprojekte (and their involvements) the Leitziel and Fokusprojekt filters.
    Stakeholder stay complete as the lookup of names.
    """
    selected = {k: set(v) for k, v in dict(
        leitziele=leitziele, fokusprojekte=fokusprojekte, federfuehrung=federfuehrung, status=status, ampel=ampel,
    ).items() if v}
    if not selected:
        return plan
    if "ampel" in selected and today is None:
        raise ValueError("filter_plan: the Ampel filter needs today")
    m = plan["Maßnahmen"]
    keep = pd.Series(True, index=m.index)
    for column, key in (("lz_nr", "leitziele"), ("fp_nr", "fokusprojekte"), ("status", "status")):
        if key in selected:
            keep &= m[column].isin(selected[key])
    if "federfuehrung" in selected:
        keep &= _resolve_stakeholders(plan, m["federfuehrung"]).isin(selected["federfuehrung"])
    if "ampel" in selected:
        keep &= compute_ampel(plan, today)["ampel"].isin(selected["ampel"])
    tables = dict(plan.tables)
    tables["Maßnahmen"] = m[keep]
    projects = plan["Fokusprojekte"]
    project_keep = pd.Series(True, index=projects.index)
    if "leitziele" in selected:
        project_keep &= projects["lz_nr"].isin(selected["leitziele"])
        tables["Leitziele"] = _rows_in(plan["Leitziele"], "lz_nr", selected["leitziele"])
        tables["Indikatoren"] = _rows_in(plan["Indikatoren"], "lz_nr", selected["leitziele"])
        tables["Indikatorwerte"] = _rows_in(plan["Indikatorwerte"], "ind_nr", tables["Indikatoren"]["ind_nr"])
    if "fokusprojekte" in selected:
        project_keep &= projects["fp_nr"].isin(selected["fokusprojekte"])
    tables["Fokusprojekte"] = projects[project_keep]
    kept_nrs = pd.concat([tables["Maßnahmen"]["nr"], tables["Fokusprojekte"]["fp_nr"]])
    tables["Meilensteine"] = _rows_in(plan["Meilensteine"], "nr", tables["Maßnahmen"]["nr"])
    tables["Beteiligungen"] = _rows_in(plan["Beteiligungen"], "nr", kept_nrs)
    return Plan({name: table.reset_index(drop=True) for name, table in tables.items()})


def _rows_in(table: pd.DataFrame, column: str, values: Iterable[str]) -> pd.DataFrame:
    return table[table[column].isin(values)]


def filter_options(plan: Plan) -> dict[str, dict[str, str]]:
    """Choices of the global filters as value → label, in the plan's order ("LZ1 – Oberhausen ist …")."""
    goals = plan["Leitziele"]
    projects = plan["Fokusprojekte"]
    leads = _resolve_stakeholders(plan, plan["Maßnahmen"]["federfuehrung"]).dropna().unique()
    labels = stakeholder_labels(plan)
    return {
        "leitziele": dict(zip(goals["lz_nr"], goals["lz_nr"] + " – " + goals["leitziel"].fillna(""), strict=True)),
        "fokusprojekte": dict(zip(projects["fp_nr"], projects["fp_nr"] + " – " + projects["fokusprojekt"].fillna(""),
                                  strict=True)),
        "federfuehrung": {st_nr: str(labels.get(st_nr, st_nr)) for st_nr in sorted(leads, key=lambda s: str(
            labels.get(s, s)).casefold())},
        "status": {value: value for value in STATUS},
        "ampel": {value: texts.AMPEL_LEGEND[value] for value in AMPEL},
    }


# --- pages Zeitplan, Beteiligte, Indikatoren, Veränderungen ------------------------------------------

PERIOD_ALL, PERIOD_AROUND, PERIOD_CUSTOM = "all", "around", "custom"
PERIODS = (PERIOD_ALL, PERIOD_AROUND, PERIOD_CUSTOM)
PERIOD_MONTHS = 12  # "letzte 12 Monate + nächste 12"
GANTT_LIMIT = 400  # bars the Zeitplan shows before it asks to limit
GANTT_CHOICES = (50, 100, 200, 400)
NETWORK_LIMIT = 200  # measures the network draws at most
LOAD_LIMIT = 40  # institutions the load chart shows at most
_URGENCY = {ROT: 0, GELB: 1, GRUEN: 2, GRAU: 3}


def field_labels() -> dict[str, str]:
    """Field name → German column label: sheet headers for schema fields, texts.COLUMNS for derived ones."""
    from loaders.schema import SHEETS

    return {**{c.field: c.header for s in SHEETS for c in s.columns}, **texts.COLUMNS}


def labelled(frame: pd.DataFrame, columns: Iterable[str] | None = None,
             labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The chosen columns (default all) under German labels, for st.dataframe; ``labels`` override."""
    names = {**field_labels(), **(labels or {})}
    chosen = list(columns) if columns is not None else list(frame.columns)
    return frame[chosen].rename(columns={c: names.get(c, c) for c in chosen}).reset_index(drop=True)


def period_range(period: str, today: datetime.date, start: datetime.date | None = None,
                 end: datetime.date | None = None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The Zeitplan's time window [from, to) or None for the whole plan.

    PERIOD_AROUND: 12 months before and after today. PERIOD_CUSTOM: start to end, both days included, in
    either order; with one date only (while the user still picks) 12 months from it; without dates None.
    """
    if period == PERIOD_AROUND:
        day = _day(today)
        return day - pd.DateOffset(months=PERIOD_MONTHS), day + pd.DateOffset(months=PERIOD_MONTHS)
    if period != PERIOD_CUSTOM or (start is None and end is None):
        return None
    first = pd.Timestamp(start if start is not None else end).normalize()
    last = pd.Timestamp(end).normalize() if start is not None and end is not None else (
        first + pd.DateOffset(months=PERIOD_MONTHS) - pd.Timedelta(days=1))
    first, last = min(first, last), max(first, last)
    return first, last + pd.Timedelta(days=1)


def _behind(measures: pd.DataFrame) -> pd.Series:
    """Open measures more than BEHIND_TOLERANCE points behind their linear plan, Ende not yet passed."""
    open_ = ~measures["status"].isin([DONE, DROPPED, ON_HOLD])
    gap = (measures["planned"] - measures["progress"]).round(6)
    return (open_ & ~measures["overdue"] & (gap > BEHIND_TOLERANCE)).fillna(False).astype(bool)


def most_urgent(measures: pd.DataFrame, limit: int | None) -> pd.DataFrame:
    """The ``limit`` most urgent rows of a measure_table (all when None), in their original order.

    Urgency: Ende passed first, then Ampel rot, gelb, grün, grau, open before abgeschlossen/entfallen,
    then the earliest Ende, then Nr.
    """
    if limit is None or len(measures) <= limit:
        return measures
    key = pd.DataFrame({
        "overdue": ~measures["overdue"].fillna(False).astype(bool),
        "ampel": measures["ampel"].map(_URGENCY).fillna(len(_URGENCY)),
        "closed": measures["status"].isin([DONE, DROPPED]),
        "ende": measures["ende"],
        "nr": measures["nr"],
    }, index=measures.index)
    chosen = key.sort_values(list(key.columns), kind="stable", na_position="last").index[:max(limit, 0)]
    return measures.loc[measures.index.isin(chosen)]


@dataclass(frozen=True)
class GanttSelection:
    """What the Zeitplan draws: the chosen measures (measure_table + behind) and their milestones."""

    measures: pd.DataFrame
    milestones: pd.DataFrame  # milestone_states of the chosen measures
    total: int  # measures with Beginn and Ende in the window
    undated: int  # measures without Beginn or Ende, never drawn

    @property
    def shown(self) -> int:
        return len(self.measures)

    @property
    def hidden(self) -> int:
        return self.total - self.shown


def gantt_selection(plan: Plan, today: datetime.date, limit: int | None = None,
                    window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> GanttSelection:
    """Measures with Beginn and Ende running in the window (all without one), at most ``limit`` most urgent."""
    table = measure_table(plan, today)
    dated = table["beginn"].notna() & table["ende"].notna()
    rows = table[dated]
    if window is not None:
        rows = rows[(rows["beginn"] < window[1]) & (rows["ende"] >= window[0])]
    rows = rows.assign(behind=_behind(rows))
    chosen = most_urgent(rows, limit)
    states = milestone_states(plan, today)
    return GanttSelection(chosen.reset_index(drop=True), states[states["nr"].isin(chosen["nr"])].reset_index(drop=True),
                          len(rows), int((~dated).sum()))


def schedule_issues(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Overdue and late items, the most pressing first, for the table under the Zeitplan.

    Rows: measures whose Ende passed unfinished, overdue milestones, open measures behind the linear plan,
    milestones reached late. Columns: befund, nr, massnahme, meilenstein, termin, tage (days past the date:
    overdue or late), rueckstand (points behind the plan), lead, lz_nr.
    """
    table = measure_table(plan, today)
    day = _day(today)
    overdue = table[table["overdue"].fillna(False).astype(bool)]
    behind = table[_behind(table)]
    states = milestone_states(plan, today)
    leads = table.set_index("nr")["lead"]
    parts = [
        pd.DataFrame({"befund": texts.Z_ISSUE_END_PASSED, "nr": overdue["nr"], "massnahme": overdue["massnahme"],
                      "meilenstein": None, "lz_nr": overdue["lz_nr"], "lead": overdue["lead"],
                      "termin": overdue["ende"], "tage": (day - overdue["ende"].dt.normalize()).dt.days,
                      "rueckstand": np.nan}),
    ]
    for state, issue, days in ((texts.MS_OVERDUE, texts.Z_ISSUE_MS_OVERDUE, "days_overdue"),
                               (texts.MS_REACHED_LATE, texts.Z_ISSUE_MS_LATE, "days_late")):
        rows = states[states["state"].eq(state)]
        parts.append(pd.DataFrame({
            "befund": issue, "nr": rows["nr"], "massnahme": rows["massnahme"], "meilenstein": rows["meilenstein"],
            "lz_nr": rows["lz_nr"], "lead": rows["nr"].map(leads), "termin": rows["faellig_am"],
            "tage": rows[days].astype("Float64").astype(float), "rueckstand": np.nan,
        }))
    parts.insert(2, pd.DataFrame({
        "befund": texts.Z_ISSUE_BEHIND, "nr": behind["nr"], "massnahme": behind["massnahme"], "meilenstein": None,
        "lz_nr": behind["lz_nr"], "lead": behind["lead"], "termin": behind["ende"], "tage": np.nan,
        "rueckstand": (behind["planned"] - behind["progress"]).round(),
    }))
    columns = ["befund", "nr", "massnahme", "meilenstein", "termin", "tage", "rueckstand", "lead", "lz_nr"]
    issues = pd.concat([p.astype({"meilenstein": object}) for p in parts if not p.empty] or [pd.DataFrame(
        columns=columns)], ignore_index=True)[columns]
    rank = issues["befund"].map({issue: i for i, issue in enumerate(
        (texts.Z_ISSUE_END_PASSED, texts.Z_ISSUE_MS_OVERDUE, texts.Z_ISSUE_BEHIND, texts.Z_ISSUE_MS_LATE))})
    issues = issues.assign(_rank=rank).sort_values(["_rank", "tage", "rueckstand", "nr"],
                                                   ascending=[True, False, False, True], kind="stable")
    issues = issues.drop(columns="_rank").reset_index(drop=True)
    issues["termin"] = pd.to_datetime(issues["termin"])
    return issues.astype({"tage": "Int64", "rueckstand": "Int64"})


def schedule_issue_table(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """schedule_issues under German column labels."""
    return labelled(schedule_issues(plan, today), labels={"befund": texts.COLUMNS["issue"], **texts.Z_COLUMNS})


# --- Beteiligte -----------------------------------------------------------------------------------

def stakeholder_types(plan: Plan) -> list[str]:
    """Typ values of the institutions, vocabulary order first, then any other spelling."""
    from loaders.vocabulary import TYP

    present = plan["Stakeholder"]["typ"].dropna().unique().tolist()
    return [t for t in TYP if t in present] + sorted(t for t in present if t not in TYP)


def _of_types(frame: pd.DataFrame, plan: Plan, types: Iterable[str]) -> pd.DataFrame:
    """Rows whose st_nr belongs to an institution of one of the types (all rows when none given)."""
    chosen = set(types)
    if not chosen:
        return frame.reset_index(drop=True)
    typ = plan["Stakeholder"].set_index("st_nr")["typ"]
    return frame[frame["st_nr"].map(typ).isin(chosen)].reset_index(drop=True)


def stakeholder_matrix_of(plan: Plan, types: tuple[str, ...] = ()) -> pd.DataFrame:
    """stakeholder_matrix restricted to institutions of the given Typ values."""
    return _of_types(stakeholder_matrix(plan), plan, types)


def stakeholder_load_of(plan: Plan, types: tuple[str, ...] = ()) -> pd.DataFrame:
    """stakeholder_load restricted to institutions of the given Typ values."""
    return _of_types(stakeholder_load(plan), plan, types)


def institution_choices(plan: Plan, types: tuple[str, ...] = ()) -> dict[str, str]:
    """Institutions involved in at least one measure, busiest first: ST-Nr. → label."""
    load = stakeholder_load_of(plan, types)
    busy = load[load["total"] > 0]
    return dict(zip(busy["st_nr"], busy["label"].astype(str), strict=True))


@dataclass(frozen=True)
class NetworkSelection:
    """Edges the network draws (metrics.involvements rows) and how many measures they cover of all."""

    edges: pd.DataFrame
    shown: int
    total: int


def network_selection(plan: Plan, types: tuple[str, ...] = (), focus: str | None = None,
                      limit: int = NETWORK_LIMIT) -> NetworkSelection:
    """Involvements for the network: institutions of the types; with ``focus`` (ST-Nr.) only that
    institution's measures with everyone on them; at most ``limit`` measures, taken from every Leitziel in
    turn (the first of each, then the second …) so a cut network still spans the whole plan."""
    edges = _of_types(involvements(plan), plan, types)
    if focus:
        edges = edges[edges["nr"].isin(edges.loc[edges["st_nr"].eq(focus), "nr"])]
    measures = edges.drop_duplicates("nr").sort_values(["lz_nr", "nr"], kind="stable")[["nr", "lz_nr"]]
    turn = measures.groupby("lz_nr", dropna=False).cumcount()
    kept = measures.assign(turn=turn).sort_values(["turn", "lz_nr", "nr"], kind="stable")["nr"].head(limit)
    return NetworkSelection(edges[edges["nr"].isin(kept)].reset_index(drop=True), len(kept), len(measures))


def staffing_gap_table(plan: Plan) -> pd.DataFrame:
    """staffing_gaps under German column labels."""
    return labelled(staffing_gaps(plan), ["issue", "nr", "massnahme", "lz_nr", "status", "lead", "institutions"])


# --- Indikatoren ----------------------------------------------------------------------------------

def _with_year(values: pd.Series, years: pd.Series) -> pd.Series:
    """ "100 (2019)" — a formatted value with its year, the value alone without year, "–" without value."""
    from masterplan.formatting import format_value

    text = values.map(format_value)
    year = years.astype("Int64").astype(str)
    return text.where(years.isna() | values.isna(), fill(texts.I_VALUE_YEAR, value=text, year=year))


def indicator_trend(summary: pd.DataFrame) -> pd.DataFrame:
    """Arrow with signed change ("↑ +8") and its reading against the Zielrichtung, per indicator_summary row."""
    from masterplan.formatting import format_value

    change = summary["change"]
    arrow = np.select([change > 0, change < 0, change == 0], [texts.I_UP, texts.I_DOWN, texts.I_FLAT], "")
    signed = change.map(lambda v: texts.MISSING if pd.isna(v) else ("+" if v > 0 else "±" if v == 0 else "")
                        + format_value(v))
    text = pd.Series(arrow, index=summary.index) + " " + signed
    improved = summary["improved"]
    reading = np.select([change.eq(0).fillna(False), improved.eq(True).fillna(False),
                         improved.eq(False).fillna(False)], [texts.I_UNCHANGED, texts.I_BETTER, texts.I_WORSE],
                        texts.MISSING)
    return pd.DataFrame({"change": text.str.strip(), "trend": reading}, index=summary.index)


def indicator_table(plan: Plan) -> pd.DataFrame:
    """The Indikatoren summary for display: German labels, values in German notation, in Leitziel order.

    Columns: LZ-Nr., Indikator, Einheit, Letzter Wert, Stichtag, Veränderung zum Vorwert (arrow),
    Entwicklung (in/gegen die Zielrichtung), Basiswert, Zielwert (with years), Zielerreichung, Quelle.
    """
    from masterplan.formatting import format_value

    summary = _indicators_in_order(plan)
    trend = indicator_trend(summary)
    shown = pd.DataFrame({
        "lz_nr": summary["lz_nr"],
        "indikator": summary["indikator"].fillna(summary["ind_nr"]),
        "einheit": summary["einheit"],
        "latest": summary["latest"].map(format_value),
        "latest_date": summary["latest_date"],
        "change": trend["change"],
        "trend": trend["trend"],
        "base": _with_year(summary["basiswert"], summary["basisjahr"]),
        "target": _with_year(summary["zielwert"], summary["zieljahr"]),
        "achievement": summary["achievement"].map(format_percent),
        "source": summary["source"],
    })
    return labelled(shown, labels=texts.I_COLUMNS)


def _indicators_in_order(plan: Plan) -> pd.DataFrame:
    """indicator_summary sorted by Leitziel (sheet order) and IND-Nr., with a "LZ1 Leitziel" goal label."""
    summary = indicator_summary(plan)
    goals = _leitziele(plan)
    order = {lz: i for i, lz in enumerate(goals["lz_nr"])}
    titles = goals.set_index("lz_nr")["leitziel"]
    goal = (summary["lz_nr"].fillna("") + " " + summary["lz_nr"].map(titles).fillna("")).str.strip()
    summary = summary.assign(goal=goal.replace("", texts.MISSING), _order=summary["lz_nr"].map(order))
    return summary.sort_values(["_order", "ind_nr"], kind="stable", na_position="last").drop(
        columns="_order").reset_index(drop=True)


def indicator_groups(plan: Plan) -> list[tuple[str, list[dict[str, object]]]]:
    """Indicators grouped by Leitziel in sheet order: ("LZ2 Oberhausen ist …", [indicator_summary rows])."""
    summary = _indicators_in_order(plan)
    summary = summary.astype(object).where(summary.notna(), None)  # blanks as None, not NaN
    return [(str(goal), rows.to_dict("records")) for goal, rows in summary.groupby("goal", sort=False)]


# --- Veränderungen --------------------------------------------------------------------------------

def change_tables(changes: PlanChanges) -> list[tuple[str, pd.DataFrame]]:
    """Each topic of a PlanChanges in agenda order as (German topic, table with German labels)."""
    return [(texts.CHANGE_TOPICS[f.name], labelled(getattr(changes, f.name), labels=texts.V_COLUMNS))
            for f in fields(changes)]


# --- pages Übersicht, Leitziele, Maßnahmen ---------------------------------------------------------

MEASURE_LIST_COLUMNS = [
    "nr", "massnahme", "lz_nr", "leitziel", "fp_nr", "fokusprojekt", "lead", "status", "ampel", "ampel_label",
    "ampel_reason", "progress", "planned", "beginn", "ende", "prioritaet", "sachstand",
]
UPCOMING_STATES = (texts.MS_DUE_30, texts.MS_DUE_90, texts.MS_LATER)
BULLETS = "-–•* \t"


def ampel_labels(ampel: pd.Series, manual: pd.Series | None = None) -> pd.Series:
    """ "🔴 rot": a coloured marker plus the word, so colour is never the only cue; "(manuell)" if the sheet set it."""
    labels = ampel.map(texts.AMPEL_MARKERS).fillna(ampel).fillna(texts.MISSING)
    if manual is None:
        return labels
    manual = manual.astype("boolean").fillna(False).to_numpy(dtype=bool)
    return labels.where(~manual, labels + texts.AMPEL_MANUAL_SUFFIX)


def _dash(frame: pd.DataFrame, columns: Iterable[str], missing: str = texts.MISSING) -> pd.DataFrame:
    """Blank text cells as "–", so tables never show "None"."""
    return frame.assign(**{c: _text(frame[c], missing) for c in columns})


def measure_list(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """The measures as the pages list them: measure_table plus ampel_label, MEASURE_LIST_COLUMNS, sheet order;
    blank text shown as "–" (a blank status as "ohne Status")."""
    table = measure_table(plan, today)
    table = table.assign(ampel_label=ampel_labels(table["ampel"], table["ampel_manual"]))
    table = _dash(table, ["leitziel", "fp_nr", "fokusprojekt", "lead", "prioritaet", "sachstand"])
    return _dash(table, ["status"], texts.NO_STATUS)[MEASURE_LIST_COLUMNS].reset_index(drop=True)


def search_measures(plan: Plan, today: datetime.date, query: str = "") -> pd.DataFrame:
    """measure_list rows whose Nr., Maßnahme or Sachstand contain every word of ``query``.

    Words are matched literally (no patterns) and case-insensitively, in any of the three fields; an empty
    query keeps every row.
    """
    table = measure_list(plan, today)
    words = str(query or "").casefold().split()
    if not words or table.empty:
        return table
    text = [table[c].fillna("").astype(str).replace(texts.MISSING, "") for c in ("nr", "massnahme", "sachstand")]
    haystack = (text[0] + "\n" + text[1] + "\n" + text[2]).str.casefold()
    keep = np.logical_and.reduce([haystack.str.contains(word, regex=False).to_numpy(dtype=bool) for word in words])
    return table[keep].reset_index(drop=True)


def choice_labels(frame: pd.DataFrame, key: str, title: str) -> dict[str, str]:
    """Key → "key – title" for a selectbox, in the frame's order."""
    titles = frame[title].fillna("").astype(str)
    labels = frame[key].astype(str) + (" – " + titles).where(titles.ne(""), "")
    return dict(zip(frame[key], labels, strict=True))


def leitziel_choices(plan: Plan) -> dict[str, str]:
    """Every Leitziel as "LZ1 – Oberhausen ist wirtschaftsfreundlich", in sheet order."""
    return choice_labels(_leitziele(plan), "lz_nr", "leitziel")


def split_lines(text: object) -> tuple[str, ...]:
    """A cell holding one item per line (or, without line breaks, separated by ";") as its items; bullets dropped."""
    if text is None or text is pd.NA or (isinstance(text, float) and np.isnan(text)):
        return ()
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    parts = value.split("\n") if "\n" in value else value.split(";")
    items = (part.strip().lstrip(BULLETS).strip() for part in parts)
    return tuple(item for item in items if item)


def _value(value: object) -> object:
    """A cell as Python value with blanks as None."""
    return None if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)) else value


def rollup_explanation(rollup: Rollup) -> pd.DataFrame:
    """ "Warum 63 %?" as a table: nr, massnahme, status, progress (0–100), weight, weight_share and points as German
    text ("12,5 %", "8,1"), note; largest contribution first, uncounted measures with "–"."""
    e = rollup.explanation
    counted = e["included"].astype(bool)
    return pd.DataFrame({
        "nr": e["nr"], "massnahme": e["massnahme"], "status": e["status"].fillna(texts.NO_STATUS),
        "progress": e["progress"],
        "weight": e["weight"].map(format_number).where(counted, texts.MISSING),
        "weight_share": (100 * e["weight_share"]).map(lambda v: format_percent(v, 1)).where(counted, texts.MISSING),
        "points": e["points"].map(lambda v: format_number(v, 1)).where(counted, texts.MISSING),
        "note": e["note"],
    })


def _signed_value(value: float) -> str:
    if pd.isna(value):
        return texts.MISSING
    return ("+" if value > 0 else "") + format_value(value)


def _with_year(values: pd.Series, years: pd.Series, missing: str = texts.MISSING) -> pd.Series:
    """ "9,5 (2019)": a value with its year where known."""
    text = values.map(format_value)
    year = years.map(lambda y: "" if pd.isna(y) else f" ({int(y)})")
    return (text + year).where(values.notna(), missing)


def indicator_list(plan: Plan) -> pd.DataFrame:
    """indicator_summary as the pages show it, values as German text.

    Columns: ind_nr, indikator, lz_nr, einheit, latest, latest_date, change, basiswert, zielwert,
    achievement, improved (ja/nein/–), source.
    """
    s = indicator_summary(plan)
    improved = s["improved"].map({True: texts.YES, False: texts.NO}).astype(object).where(s["improved"].notna(),
                                                                                        texts.MISSING)
    return pd.DataFrame({
        "ind_nr": s["ind_nr"], "indikator": s["indikator"], "lz_nr": s["lz_nr"], "einheit": s["einheit"],
        "latest": s["latest"].map(format_value), "latest_date": format_dates(s["latest_date"]),
        "change": s["change"].map(_signed_value),
        "basiswert": _with_year(s["basiswert"], s["basisjahr"]),
        "zielwert": _with_year(s["zielwert"], s["zieljahr"], texts.NO_TARGET),
        "achievement": s["achievement"].map(format_percent), "improved": improved, "source": _text(s["source"]),
    }).pipe(_dash, ["einheit"])


@dataclass(frozen=True)
class LeitzielProfile:
    """Everything the Leitziele page shows about one goal."""

    lz_nr: str
    title: str
    description: str | None
    subgoals: tuple[str, ...]
    rollup: Rollup
    explanation: pd.DataFrame  # rollup_explanation
    projects: pd.DataFrame  # fp_nr, fokusprojekt, lead, measures, counted, progress
    measures: pd.DataFrame  # measure_list rows of the goal, Ende as German text
    indicators: pd.DataFrame  # indicator_list rows of the goal


def leitziel_profile(plan: Plan, lz_nr: str, today: datetime.date) -> LeitzielProfile:
    """One Leitziel: title, Beschreibung, Unterziele, roll-up with explanation, Fokusprojekte, measures, indicators."""
    goals = plan["Leitziele"]
    row = goals[goals["lz_nr"].eq(lz_nr)]
    first = row.iloc[0] if len(row) else pd.Series(dtype=object)
    rollup = rollup_leitziel(plan, lz_nr)
    projects = rollup_fokusprojekte(plan)
    projects = projects[projects["lz_nr"].eq(lz_nr)]
    sheet = plan["Fokusprojekte"].set_index("fp_nr")["federfuehrung"]
    leads = _resolve_stakeholders(plan, projects["fp_nr"].map(sheet))
    projects = _dash(projects.assign(lead=leads.map(stakeholder_labels(plan)).fillna(leads)), ["lead"])
    measures = measure_list(plan, today)
    indicators = indicator_list(plan)
    return LeitzielProfile(
        lz_nr=lz_nr,
        title=str(_value(first.get("leitziel")) or lz_nr),
        description=_value(first.get("beschreibung")),
        subgoals=split_lines(first.get("unterziele")),
        rollup=rollup,
        explanation=rollup_explanation(rollup),
        projects=projects[["fp_nr", "fokusprojekt", "lead", "measures", "counted", "progress"]].reset_index(drop=True),
        measures=measures[measures["lz_nr"].eq(lz_nr)].pipe(lambda f: f.assign(ende=format_dates(f["ende"])))
        .reset_index(drop=True),
        indicators=indicators[indicators["lz_nr"].eq(lz_nr)].reset_index(drop=True),
    )


def _measure_leads(plan: Plan) -> pd.Series:
    """Measure Nr. → label of its Federführung."""
    m = plan["Maßnahmen"]
    leads = _resolve_stakeholders(plan, m["federfuehrung"])
    return pd.Series(leads.map(stakeholder_labels(plan)).fillna(leads).to_numpy(), index=m["nr"].to_numpy())


def upcoming_milestones(plan: Plan, today: datetime.date, horizon_days: int = 90) -> pd.DataFrame:
    """Open milestones due from today up to ``horizon_days`` ahead, soonest first.

    Columns: faellig_am, days_until, ms_nr, meilenstein, nr, massnahme, lead, state.
    """
    states = milestone_states(plan, today)
    due = states["state"].isin(UPCOMING_STATES) & (states["days_until"] <= horizon_days).fillna(False)
    rows = states[due.astype(bool)].sort_values(["faellig_am", "ms_nr"], kind="stable")
    rows = _dash(rows.assign(lead=rows["nr"].map(_measure_leads(plan))), ["lead", "massnahme"])
    return rows[["faellig_am", "days_until", "ms_nr", "meilenstein", "nr", "massnahme", "lead", "state"]].reset_index(
        drop=True)


def overdue_milestones(plan: Plan, today: datetime.date) -> pd.DataFrame:
    """Milestones past Fällig am and not reached, longest overdue first.

    Columns: faellig_am, days_overdue, ms_nr, meilenstein, nr, massnahme, lead, status.
    """
    states = milestone_states(plan, today)
    rows = states[states["state"].eq(texts.MS_OVERDUE)].sort_values(["faellig_am", "ms_nr"], kind="stable")
    rows = _dash(rows.assign(lead=rows["nr"].map(_measure_leads(plan))), ["lead", "massnahme", "status"])
    columns = ["faellig_am", "days_overdue", "ms_nr", "meilenstein", "nr", "massnahme", "lead", "status"]
    return rows[columns].reset_index(drop=True)


def _text(values: pd.Series, missing: str = texts.MISSING) -> pd.Series:
    return values.astype(object).where(values.notna(), missing)


def change_list(changes: PlanChanges, limit: int | None = None) -> pd.DataFrame:
    """All changes as one agenda list in topic order: topic, nr, title, before, after (German text).

    ``limit`` keeps the first rows only (the Übersicht's short list).
    """
    c = changes
    progress = c.progress_changes
    parts = [
        ("new_measures", c.new_measures, "massnahme", texts.MISSING, _text(c.new_measures["status"], texts.NO_STATUS)),
        ("removed_measures", c.removed_measures, "massnahme", _text(c.removed_measures["status"], texts.NO_STATUS),
         texts.P_KIND_REMOVED),
        ("status_changes", c.status_changes, "massnahme", _text(c.status_changes["status_old"], texts.NO_STATUS),
         _text(c.status_changes["status_new"], texts.NO_STATUS)),
        ("ampel_changes", c.ampel_changes, "massnahme", ampel_labels(c.ampel_changes["ampel_old"]),
         ampel_labels(c.ampel_changes["ampel_new"])),
        ("progress_changes", progress, "massnahme", progress["progress_old"].map(format_percent),
         fill(texts.CHANGE_PROGRESS, new=progress["progress_new"].map(format_percent),
              delta=progress["delta"].map(lambda v: str(format_signed(v, 0))))),
        ("milestones_reached", c.milestones_reached, "meilenstein",
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_reached["faellig_am"])),
         fill(texts.CHANGE_REACHED, date=format_dates(c.milestones_reached["erreicht_am"]))),
        ("milestones_postponed", c.milestones_postponed, "meilenstein",
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_old"])),
         fill(texts.CHANGE_DUE, date=format_dates(c.milestones_postponed["faellig_new"]))),
    ]
    columns = ["topic", "nr", "title", "before", "after"]
    frames = [
        pd.DataFrame({"topic": texts.CHANGE_TOPICS[name], "nr": frame["nr"], "title": frame[title],
                      "before": before, "after": after}, index=frame.index, columns=columns)
        for name, frame, title, before, after in parts if not frame.empty
    ]
    result = _dash(pd.concat(frames, ignore_index=True), ["title"]) if frames else pd.DataFrame(columns=columns)
    return result.head(limit) if limit is not None else result


@dataclass(frozen=True)
class MeasureDetail:
    """Everything the Maßnahmen page shows about one measure."""

    nr: str
    title: str
    status: str
    ampel_label: str
    ampel_reason: str
    progress: float
    planned: float | None
    ende: str  # German date or "–"
    sachstand: str | None
    fields: pd.DataFrame  # field (sheet header), value (German text): every field but Sachstand, then derived ones
    milestones: pd.DataFrame  # ms_nr, meilenstein, faellig_am (date), erreicht_am (text), status, state, note
    stakeholders: pd.DataFrame  # label, name, typ, rolle, lenkungskreis (ja/nein)
    milestone_keys: tuple[str, ...]


def _field_text(column_kind: str, value: object) -> str:
    value = _value(value)
    if value is None:
        return texts.MISSING
    if column_kind == "percent":
        return format_percent(value)
    if column_kind in ("date", "date_or_year"):
        return format_date(pd.Timestamp(value).date())
    if column_kind == "money":
        return texts.EURO.format(value=format_number(value, 2))
    if column_kind == "number":
        return format_number(value)
    return str(value)


def _milestone_rows(states: pd.DataFrame) -> pd.DataFrame:
    """milestone_states rows for a table: Erreicht am as German text, delays as one note ("47 Tage verspätet")."""
    late = fill(texts.MS_DAYS_LATE, days=states["days_late"].astype(object))
    overdue = fill(texts.MS_DAYS_OVERDUE, days=states["days_overdue"].astype(object))
    note = late.where(states["days_late"].notna(), overdue.where(states["days_overdue"].notna(), texts.MISSING))
    rows = _dash(states, ["status"]).assign(erreicht_am=format_dates(states["erreicht_am"]), note=note)
    return rows[["ms_nr", "meilenstein", "faellig_am", "erreicht_am", "status", "state", "note"]].reset_index(drop=True)


def _key_title(key: object, title: object) -> str:
    """ "LZ1 – Oberhausen ist wirtschaftsfreundlich"; the key alone without a title; "–" without a key."""
    key, title = _value(key), _value(title)
    if key is None:
        return texts.MISSING
    return f"{key} – {title}" if title is not None and title != key else str(key)


def measure_detail(plan: Plan, nr: str, today: datetime.date) -> MeasureDetail | None:
    """One measure with its fields as German text, milestones with states and the institutions involved; None when
    the plan has no measure ``nr``."""
    from loaders.schema import MASSNAHMEN

    m = plan["Maßnahmen"]
    own = m[m["nr"].eq(nr)]
    if own.empty:
        return None
    milestones = plan["Meilensteine"]
    single = Plan({**plan.tables, "Maßnahmen": own, "Meilensteine": milestones[milestones["nr"].eq(nr)]})
    row = measure_table(single, today).iloc[0]
    shown = {
        "lz_nr": _key_title(row["lz_nr"], row["leitziel"]),
        "fp_nr": _key_title(row["fp_nr"], row["fokusprojekt"]),
        "federfuehrung": str(_value(row["lead"]) or _value(row["federfuehrung"]) or texts.MISSING),
        "ampel": ampel_labels(pd.Series([row["ampel"]]), pd.Series([row["ampel_manual"]])).iloc[0],
    }
    fields_ = [(c.header, shown.get(c.field) or _field_text(c.kind, row[c.field]))
               for c in MASSNAHMEN.columns if c.field != "sachstand"]
    fields_ += [(texts.COLUMNS["ampel_reason"], str(row["ampel_reason"])),
                (texts.COLUMNS["planned"], format_percent(row["planned"]))]
    states = milestone_states(single, today).sort_values(["faellig_am", "ms_nr"], kind="stable")
    people = involvements(single)
    st_ = plan["Stakeholder"].set_index("st_nr")
    rank = people["rolle"].map({role: i for i, role in enumerate(ROLLE)})
    people = people.assign(_rank=rank).sort_values(["_rank", "label"], kind="stable")
    steering = people["st_nr"].map(st_["lenkungskreis"])
    return MeasureDetail(
        nr=nr,
        title=str(_value(row["massnahme"]) or nr),
        status=str(_value(row["status"]) or texts.NO_STATUS),
        ampel_label=shown["ampel"],
        ampel_reason=str(row["ampel_reason"]),
        progress=float(row["progress"]),
        planned=_value(row["planned"]),
        ende=_field_text("date", row["ende"]),
        sachstand=_value(row["sachstand"]),
        fields=pd.DataFrame(fields_, columns=["field", "value"]),
        milestones=_milestone_rows(states),
        stakeholders=pd.DataFrame({
            "label": people["label"], "name": _text(people["st_nr"].map(st_["name"])),
            "typ": _text(people["st_nr"].map(st_["typ"])),
            "rolle": people["rolle"],
            "lenkungskreis": steering.map({True: texts.YES, False: texts.NO}).astype(object).where(steering.notna(),
                                                                                                 texts.MISSING),
        }).reset_index(drop=True),
        milestone_keys=tuple(states["ms_nr"]),
    )


@dataclass(frozen=True)
class RecentChanges:
    """The Übersicht's "Letzte Änderungen": counts per topic, the first few changes, and how many there are."""

    summary: pd.DataFrame  # topic, count: every topic in agenda order, zeros included
    items: pd.DataFrame  # change_list, first ``limit`` rows
    total: int

    @property
    def hidden(self) -> int:
        """Changes not in ``items``."""
        return self.total - len(self.items)


def recent_changes(plan: Plan, previous: Plan, today: datetime.date, limit: int = 10) -> RecentChanges:
    """What changed from ``previous`` to ``plan`` (both judged as of today, so only data changes count)."""
    changes = compare_plans(previous, plan, today)
    everything = change_list(changes)
    return RecentChanges(changes.summary(), everything.head(limit).reset_index(drop=True), len(everything))
