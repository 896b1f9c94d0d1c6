"""The pre-filled workbook of one Federführung: exactly its measures with their milestones and involvements, and
the indicators whose values it reports with those values, in the template format with drop-downs and hints, to
fill in and upload as it is. The Stakeholder sheet comes along because the drop-downs of Federführung and ST-Nr.
read it; it and the Indikatoren rows are the Geschäftsstelle's: uploaded unchanged, they change nothing."""

from __future__ import annotations

from loaders.schema import BETEILIGUNGEN, INDIKATOREN, INDIKATORWERTE, MASSNAHMEN, MEILENSTEINE, STAKEHOLDER
from masterplan import texts
from masterplan.exports.workbook import write_workbook
from masterplan.formatting import format_date
from masterplan.rounds.records import Round, RoundError
from masterplan.rounds.status import Federfuehrung, federfuehrungen
from masterplan.storage.store import Store
from masterplan.tables import Plan

SHEETS = (MASSNAHMEN, MEILENSTEINE, BETEILIGUNGEN, INDIKATOREN, INDIKATORWERTE, STAKEHOLDER)


def lead_of(plan: Plan, st_nr: str) -> Federfuehrung:
    """The Federführung ``st_nr`` of ``plan``, or a German error naming the ones there are."""
    leads = {lead.st_nr: lead for lead in federfuehrungen(plan)}
    if st_nr not in leads:
        raise RoundError(texts.rounds.NOT_A_FEDERFUEHRUNG.format(st_nr=st_nr, available=", ".join(leads) or "keine"))
    return leads[st_nr]


def round_workbook(store: Store, st_nr: str, round_: Round | None) -> tuple[bytes, Federfuehrung]:
    """The xlsx bytes for ``st_nr`` from the newest Stand, and whom it is for."""
    latest = store.latest()
    if latest is None:
        raise RoundError(texts.rounds.NO_STAND)
    plan = store.plan(latest.id)
    lead = lead_of(plan, st_nr)
    nrs = {nr for nr, _ in lead.measures}
    indicators = plan[INDIKATOREN.name][plan[INDIKATOREN.name]["federfuehrung"].eq(st_nr)]
    values = plan[INDIKATORWERTE.name]
    part = Plan({
        **Plan.empty().tables,
        MASSNAHMEN.name: plan[MASSNAHMEN.name][plan[MASSNAHMEN.name]["nr"].isin(nrs)],
        MEILENSTEINE.name: plan[MEILENSTEINE.name][plan[MEILENSTEINE.name]["nr"].isin(nrs)],
        BETEILIGUNGEN.name: plan[BETEILIGUNGEN.name][plan[BETEILIGUNGEN.name]["nr"].isin(nrs)],
        INDIKATOREN.name: indicators,
        INDIKATORWERTE.name: values[values["ind_nr"].isin(set(indicators["ind_nr"]))],
        STAKEHOLDER.name: plan[STAKEHOLDER.name],
    })
    text = texts.rounds
    deadline = (text.WORKBOOK_DEADLINE.format(round=round_.name, deadline=format_date(round_.deadline),
                                              stichtag=format_date(round_.stichtag)) if round_ else "")
    preface = (text.WORKBOOK_TITLE.format(name=lead.full_name or lead.name, st_nr=lead.st_nr),
               *([deadline] if deadline else []),
               text.WORKBOOK_BASE.format(stand=latest.id, date=format_date(latest.day)),
               *text.WORKBOOK_HOW, *([text.WORKBOOK_VALUES] if not indicators.empty else []))
    sheets = SHEETS if not indicators.empty else tuple(s for s in SHEETS if s not in (INDIKATOREN, INDIKATORWERTE))
    return write_workbook(part, sheets, preface), lead


def workbook_name(lead: Federfuehrung, round_: Round | None) -> str:
    """„Meldung_ST05_Berichtsrunde-2.xlsx“: whose it is and for which round, safe in every file system."""
    suffix = f"_Berichtsrunde-{round_.id}" if round_ else ""
    return f"Meldung_{''.join(c if c.isalnum() or c in '-_' else '-' for c in lead.st_nr)}{suffix}.xlsx"
