"""Plans of any size, built in code, for benchmarks and for tests of the dashboard at scale.

Proportions follow the example plan: per measure about three milestones and two involvements, per seven measures
one decision of the Lenkungskreis.
"""

from __future__ import annotations

import datetime
import io
import random

from openpyxl import Workbook

from loaders.schema import SHEETS
from loaders.vocabulary import BESCHLUSS_STATUS, MEILENSTEIN_STATUS, PRIORITAET, ROLLE, STATUS, TYP
from masterplan.tables import Plan

MILESTONES_PER_MEASURE = 3
INVOLVEMENTS_PER_MEASURE = 2
STAKEHOLDERS = 40
INDICATORS = 14
MEASURES_PER_DECISION = 7
YEARS = range(2012, 2026)


def plan_records(measures: int, seed: int = 7) -> dict[str, list[dict[str, object]]]:
    """Records of a plausible plan with ``measures`` Maßnahmen (keyed by schema field)."""
    rng = random.Random(seed)
    day = datetime.date(2020, 1, 1)
    goals = [{"lz_nr": f"LZ{n}", "leitziel": f"Leitziel {n}", "beschreibung": "Generiert"} for n in range(1, 8)]
    people = [
        {"st_nr": f"ST{n:03d}", "name": f"Institution {n}", "kurzname": f"I{n}", "typ": TYP[n % len(TYP)],
         "lenkungskreis": n % 4 == 0}
        for n in range(1, STAKEHOLDERS + 1)
    ]
    projects = [
        {"fp_nr": f"FP{n:02d}", "fokusprojekt": f"Fokusprojekt {n}", "lz_nr": f"LZ{n % 7 + 1}",
         "federfuehrung": f"ST{n:03d}"}
        for n in range(1, 13)
    ]
    rows, milestones, involvements = [], [], []
    for n in range(1, measures + 1):
        start = day + datetime.timedelta(days=rng.randrange(0, 1800))
        end = start + datetime.timedelta(days=rng.randrange(90, 1500))
        lead = rng.randrange(1, STAKEHOLDERS + 1)
        project = rng.randrange(0, 13)
        rows.append({
            "nr": f"M{n:05d}", "massnahme": f"Maßnahme {n} – generiert", "lz_nr": f"LZ{n % 7 + 1}",
            "fp_nr": f"FP{project:02d}" if project and projects[project - 1]["lz_nr"] == f"LZ{n % 7 + 1}" else None,
            "federfuehrung": f"ST{lead:03d}", "status": STATUS[n % len(STATUS)], "umsetzungsstand": float(n % 101),
            "beginn": start, "ende": end, "prioritaet": PRIORITAET[n % 3], "gewicht": float(1 + n % 3),
            "kosten": float(rng.randrange(0, 500_000)), "sachstand": f"Sachstand zur Maßnahme {n}",
        })
        for k in range(1, MILESTONES_PER_MEASURE + 1):
            due = start + datetime.timedelta(days=k * 120)
            state = MEILENSTEIN_STATUS[(n + k) % len(MEILENSTEIN_STATUS)]
            milestones.append({
                "ms_nr": f"MS{n:05d}-{k}", "nr": f"M{n:05d}", "meilenstein": f"Meilenstein {k}", "faellig_am": due,
                "erreicht_am": due + datetime.timedelta(days=rng.randrange(-10, 40)) if state == "erreicht" else None,
                "status": state,
            })
        partners = rng.sample([p for p in range(1, STAKEHOLDERS + 1) if p != lead], INVOLVEMENTS_PER_MEASURE)
        involvements += [{"nr": f"M{n:05d}", "st_nr": f"ST{p:03d}", "rolle": ROLLE[1 + p % 2]} for p in partners]
    indicators = [
        {"ind_nr": f"IND{n:02d}", "indikator": f"Indikator {n}", "lz_nr": f"LZ{n % 7 + 1}", "einheit": "Anzahl",
         "zielrichtung": "steigend" if n % 2 else "fallend", "basiswert": 100.0, "basisjahr": 2012,
         "zielwert": 150.0 if n % 2 else 50.0, "zieljahr": 2030, "quelle": "Generiert"}
        for n in range(1, INDICATORS + 1)
    ]
    values = [
        {"ind_nr": f"IND{n:02d}", "stichtag": datetime.date(year, 12, 31), "wert": 100.0 + rng.uniform(-20, 40)}
        for n in range(1, INDICATORS + 1) for year in YEARS
    ]
    decisions = []
    for n, measure in enumerate(rows[::MEASURES_PER_DECISION], 1):
        taken = day + datetime.timedelta(days=rng.randrange(0, 2400))
        decisions.append({
            "beschluss_nr": f"B{n:05d}", "datum": taken, "beschluss": f"Beschluss {n} – generiert",
            "bezug": measure["nr"], "zustaendig": measure["federfuehrung"],
            "frist": taken + datetime.timedelta(days=rng.randrange(30, 720)), "status": BESCHLUSS_STATUS[n % 3],
        })
    return {"Leitziele": goals, "Stakeholder": people, "Fokusprojekte": projects, "Maßnahmen": rows,
            "Meilensteine": milestones, "Beteiligungen": involvements, "Indikatoren": indicators,
            "Indikatorwerte": values, "Beschlüsse": decisions}


def plan(measures: int, seed: int = 7) -> Plan:
    return Plan.from_records(plan_records(measures, seed))


def workbook_bytes(measures: int, seed: int = 7) -> bytes:
    """The plan as an xlsx in the upload format, written in openpyxl's streaming mode (fast for big plans)."""
    records = plan_records(measures, seed)
    book = Workbook(write_only=True)
    for sheet in SHEETS:
        target = book.create_sheet(sheet.name)
        target.append([c.header for c in sheet.columns])
        for record in records[sheet.name]:
            target.append([_cell(record.get(c.field)) for c in sheet.columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return value
