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
from masterplan.formatting import fill, format_dates, format_number, format_percent
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
