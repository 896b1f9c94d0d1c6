"""Beteiligte: who is involved in which measure, load per institution, staffing gaps and the network.

Involvement: Federführung of a measure is its federführend involvement; Beteiligungen add the others, one row
per measure and institution (the strongest role wins).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from loaders.stakeholders import StakeholderIndex
from loaders.vocabulary import TYP
from masterplan import texts
from masterplan.metrics._common import MEASURE_COLUMNS, all_leitziele
from masterplan.tables import Plan, cell_value, is_blank
from masterplan.vocabulary import DONE, DROPPED, INFORMED, INVOLVED, LEAD, ROLES

NETWORK_LIMIT = 200  # measures the network draws at most
LOAD_LIMIT = 40  # institutions the load chart shows at most


def stakeholder_labels(plan: Plan) -> pd.Series:
    """ST-Nr. → Kurzname, else Name, else the ST-Nr. itself."""
    st = plan["Stakeholder"].set_index("st_nr")
    return st["kurzname"].fillna(st["name"]).fillna(st.index.to_series())


def resolve_stakeholders(plan: Plan, refs: pd.Series) -> pd.Series:
    """ST-Nr. for references written as ST-Nr., Kurzname or Name, found as an upload finds them (the loader
    normally stores ST-Nr.); a reference to no single institution stays as written."""
    st = plan["Stakeholder"]
    index = StakeholderIndex({key: {"kurzname": cell_value(short), "name": cell_value(name)}
                              for key, short, name in zip(st["st_nr"], st["kurzname"], st["name"], strict=True)
                              if not is_blank(key)})
    found = {ref: hits[0] for ref in refs.dropna().unique() if len(hits := index.lookup(str(ref))) == 1}
    return refs.map(found).where(refs.isin(list(found)), refs)


def lead_labels(plan: Plan, refs: pd.Series) -> pd.Series:
    """Federführung references as institution labels; a reference to no known institution stays as written."""
    leads = resolve_stakeholders(plan, refs)
    return leads.map(stakeholder_labels(plan)).fillna(leads)


def involvements(plan: Plan) -> pd.DataFrame:
    """One row per measure and institution: nr, massnahme, lz_nr, leitziel, st_nr, label, rolle."""
    m = plan["Maßnahmen"]
    leads = pd.DataFrame({"nr": m["nr"], "st_nr": resolve_stakeholders(plan, m["federfuehrung"]), "rolle": LEAD})
    others = plan["Beteiligungen"]
    others = others[others["nr"].isin(m["nr"])].fillna({"rolle": INVOLVED})
    others = others.assign(st_nr=resolve_stakeholders(plan, others["st_nr"]))
    rows = pd.concat([leads.dropna(subset=["st_nr"]), others[["nr", "st_nr", "rolle"]]], ignore_index=True)
    rows = rows.assign(rank=rows["rolle"].map(ROLES.rank))
    rows = rows.sort_values(["rank"], kind="stable").drop_duplicates(["nr", "st_nr"]).sort_index()
    rows = rows.merge(m[MEASURE_COLUMNS], on="nr", how="left")
    rows["leitziel"] = rows["lz_nr"].map(all_leitziele(plan).set_index("lz_nr")["leitziel"])
    rows["label"] = rows["st_nr"].map(stakeholder_labels(plan)).fillna(rows["st_nr"])
    return rows[["nr", "massnahme", "lz_nr", "leitziel", "st_nr", "label", "rolle"]]


def _role_counts(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Measures per key and role as columns federführend, beteiligt, informiert, total."""
    counts = rows.groupby([*keys, "rolle"]).size().unstack("rolle").reindex(columns=list(ROLES.words))
    counts = counts.fillna(0).astype(int)
    counts.columns.name = None
    return counts.assign(total=counts.sum(axis=1)).reset_index()


def stakeholder_matrix(plan: Plan) -> pd.DataFrame:
    """Measures per institution and Leitziel by role: st_nr, label, lz_nr, leitziel, roles…, total."""
    rows = involvements(plan)
    counts = _role_counts(rows, ["st_nr", "lz_nr"])
    counts.insert(1, "label", counts["st_nr"].map(rows.drop_duplicates("st_nr").set_index("st_nr")["label"]))
    counts.insert(3, "leitziel", counts["lz_nr"].map(all_leitziele(plan).set_index("lz_nr")["leitziel"]))
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
    lead = resolve_stakeholders(plan, m["federfuehrung"])
    open_ = ~m["status"].isin([DONE, DROPPED])
    issue = np.select([open_ & lead.isna(), open_ & (institutions <= 1)],
                      [texts.figures.GAP_NO_LEAD, texts.figures.GAP_SINGLE], "")
    gaps = m[[*MEASURE_COLUMNS, "status"]].assign(
        lead=lead.map(stakeholder_labels(plan)).fillna(lead), institutions=institutions, issue=issue,
    )
    return gaps[issue != ""].reset_index(drop=True)


def staffing_gap_table(plan: Plan) -> pd.DataFrame:
    """staffing_gaps as the Beteiligte page lists them: the finding first."""
    return staffing_gaps(plan)[["issue", "nr", "massnahme", "lz_nr", "status", "lead", "institutions"]]


def stakeholder_types(plan: Plan) -> list[str]:
    """Typ values of the institutions, vocabulary order first, then any other spelling."""
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
