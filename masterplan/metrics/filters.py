"""The global filters: the plan restricted to the chosen Leitziele, Fokusprojekte, leads, status and Ampel."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import pandas as pd

from masterplan import texts
from masterplan.metrics.ampel import compute_ampel
from masterplan.metrics.stakeholders import resolve_stakeholders, stakeholder_labels
from masterplan.tables import Plan
from masterplan.vocabulary import AMPEL, STATUS


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
    Beschlüsse follow what they concern: the kept measures and Leitziele; one concerning neither stays, being
    about the plan as a whole. Stakeholder stay complete as the lookup of names.
    """
    selected = _selection(leitziele=leitziele, fokusprojekte=fokusprojekte, federfuehrung=federfuehrung,
                          status=status, ampel=ampel)
    if not selected:
        return plan
    if "ampel" in selected and today is None:
        raise ValueError("filter_plan: the Ampel filter needs today")
    m = plan["Maßnahmen"]
    keep = _matching(_facets(plan, today if "ampel" in selected else None), selected)
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
    decisions = plan["Beschlüsse"]
    concerned = pd.concat([tables["Maßnahmen"]["nr"], tables["Leitziele"]["lz_nr"]])
    tables["Beschlüsse"] = decisions[decisions["bezug"].isna() | decisions["bezug"].isin(concerned)]
    return Plan({name: table.reset_index(drop=True) for name, table in tables.items()})


def _selection(**chosen: Iterable[str] | None) -> dict[str, set[str]]:
    """The filters that restrict: field → chosen values; empty and None selections left out."""
    return {field: set(values) for field, values in chosen.items() if values}


def _facets(plan: Plan, today: datetime.date | None) -> pd.DataFrame:
    """Per measure the value each filter compares (Federführung as ST-Nr.; Ampel only with today)."""
    m = plan["Maßnahmen"]
    facets = pd.DataFrame({"leitziele": m["lz_nr"], "fokusprojekte": m["fp_nr"],
                           "federfuehrung": resolve_stakeholders(plan, m["federfuehrung"]), "status": m["status"]},
                          index=m.index)
    if today is not None:
        facets["ampel"] = compute_ampel(plan, today)["ampel"].to_numpy()
    return facets


def _matching(facets: pd.DataFrame, selected: dict[str, set[str]]) -> pd.Series:
    keep = pd.Series(True, index=facets.index)
    for field, values in selected.items():
        keep &= facets[field].isin(values)
    return keep


def _rows_in(table: pd.DataFrame, column: str, values: Iterable[str]) -> pd.DataFrame:
    return table[table[column].isin(values)]


def filter_options(plan: Plan, today: datetime.date | None = None,
                   **chosen: Iterable[str] | None) -> dict[str, dict[str, str]]:
    """Choices of the global filters as value → label, in the plan's order ("LZ1 – Oberhausen ist …").

    The filters narrow each other: a filter offers only values of measures that match all the other chosen
    filters (after LZ1, Federführung offers the institutions leading a measure in LZ1). Its own chosen values
    stay offered, so a choice never vanishes behind the user's back. Narrowing by Ampel needs today.
    """
    options = _all_options(plan)
    selected = _selection(**chosen)
    if not selected:
        return options
    facets = _facets(plan, today)
    narrowed = {}
    for field, labels in options.items():
        others = {f: v for f, v in selected.items() if f != field}
        if not others or field not in facets:
            narrowed[field] = labels
            continue
        offered = set(facets.loc[_matching(facets, others), field].dropna()) | selected.get(field, set())
        narrowed[field] = {value: label for value, label in labels.items() if value in offered}
    return narrowed


def _all_options(plan: Plan) -> dict[str, dict[str, str]]:
    """Every choice of the global filters, unnarrowed, as value → label."""
    goals = plan["Leitziele"]
    projects = plan["Fokusprojekte"]
    leads = resolve_stakeholders(plan, plan["Maßnahmen"]["federfuehrung"]).dropna().unique()
    labels = stakeholder_labels(plan)
    return {
        "leitziele": dict(zip(goals["lz_nr"], goals["lz_nr"] + " – " + goals["leitziel"].fillna(""), strict=True)),
        "fokusprojekte": dict(zip(projects["fp_nr"], projects["fp_nr"] + " – " + projects["fokusprojekt"].fillna(""),
                                  strict=True)),
        "federfuehrung": {st_nr: str(labels.get(st_nr, st_nr)) for st_nr in sorted(leads, key=lambda s: str(
            labels.get(s, s)).casefold())},
        "status": {value: value for value in STATUS.words},
        "ampel": {term.word: term.shown for term in AMPEL},
    }


def describe_filters(plan: Plan, **chosen: Iterable[str] | None) -> str:
    """„gefiltert: Leitziel LZ1 · Federführung Wirtschaftsförderung“: the one text that marks filtered figures.

    Leitziele and Fokusprojekte by their number, institutions by name; "" without active filters.
    """
    selected = _selection(**chosen)
    if not selected:
        return ""
    options = _all_options(plan)
    parts = []
    for field, values in selected.items():
        named = [options[field][v] if field == "federfuehrung" else v for v in options[field] if v in values]
        parts.append(texts.frame.FILTERED_PART.format(label=texts.frame.FILTER_LABELS[field], values=", ".join(named)))
    return texts.frame.FILTERED.format(filters=" · ".join(parts))
