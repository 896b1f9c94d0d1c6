"""The global filters: the plan restricted to the chosen Leitziele, Fokusprojekte, leads, status and Ampel."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import pandas as pd

from loaders.vocabulary import AMPEL, STATUS
from masterplan import texts
from masterplan.metrics.ampel import compute_ampel
from masterplan.metrics.stakeholders import _resolve_stakeholders, stakeholder_labels
from masterplan.tables import Plan


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
