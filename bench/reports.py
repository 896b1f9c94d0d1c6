"""Report benchmark: build_meeting + build_deck and build_report for plans of a given size.

The compared Stand is the same plan before a typical month of work: every 15th measure one status back,
every 7th ten points less progress, every 25th milestone due two months earlier. Each step runs once to
warm up, then RUNS timed times; the table shows the median.
"""

from __future__ import annotations

import datetime
import io
import statistics
import time

from pptx import Presentation
from pypdf import PdfReader

from bench.generate import plan
from loaders.vocabulary import STATUS
from masterplan.exports.deck import build_deck
from masterplan.exports.report import build_report
from masterplan.meeting.slides import build_meeting
from masterplan.storage.store import StandInfo
from masterplan.tables import Plan

RUNS = 3
TODAY = datetime.date(2026, 11, 26)


def _stand(stand_id: int, day: datetime.date) -> StandInfo:
    created = datetime.datetime(day.year, day.month, day.day, 9, tzinfo=datetime.UTC)
    return StandInfo(stand_id, created, "bench", "", "import", False, {}, {})


def earlier(current: Plan) -> Plan:
    """The plan a month before: some statuses, progress and milestone dates as they were."""
    measures = current["Maßnahmen"].copy()
    back = measures.index % 15 == 0
    measures.loc[back, "status"] = measures.loc[back, "status"].map(lambda s: STATUS[max(STATUS.index(s) - 1, 0)])
    slower = measures.index % 7 == 0
    measures.loc[slower, "umsetzungsstand"] = (measures.loc[slower, "umsetzungsstand"] - 10).clip(lower=0)
    milestones = current["Meilensteine"].copy()
    moved = milestones.index % 25 == 0
    milestones.loc[moved, "faellig_am"] -= datetime.timedelta(days=60)
    return Plan({**current.tables, "Maßnahmen": measures, "Meilensteine": milestones})


def _median(step, runs: int = RUNS) -> tuple[float, object]:
    result = step()  # warm-up: imports, font registration, caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def measure(size: int) -> dict[str, float]:
    new = plan(size)
    old = earlier(new)
    stand, since = _stand(2, TODAY), _stand(1, TODAY - datetime.timedelta(days=30))
    meeting_s, meeting = _median(lambda: build_meeting(new, stand, old, since, TODAY))
    deck_s, deck = _median(lambda: build_deck(meeting))
    report_s, report = _median(lambda: build_report(meeting))
    return {
        "measures": size, "meeting_s": meeting_s, "deck_s": deck_s,
        "slides": len(Presentation(io.BytesIO(deck)).slides), "deck_mb": len(deck) / 1e6,
        "report_s": report_s, "pages": len(PdfReader(io.BytesIO(report)).pages), "report_mb": len(report) / 1e6,
    }


HEADER = ("| Maßnahmen | build_meeting | build_deck | Folien | PPTX | build_report | Seiten | PDF "
          "| Foliensatz gesamt | Bericht gesamt |")


def _line(r: dict[str, float]) -> str:
    return (f"| {r['measures']:,} | {r['meeting_s']:.2f} s | {r['deck_s']:.2f} s | {r['slides']} "
            f"| {r['deck_mb']:.1f} MB | {r['report_s']:.2f} s | {r['pages']} | {r['report_mb']:.1f} MB "
            f"| {r['meeting_s'] + r['deck_s']:.2f} s | {r['meeting_s'] + r['report_s']:.2f} s |")


def main(sizes: list[int]) -> None:
    print(HEADER)
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        print(_line(measure(size)), flush=True)
