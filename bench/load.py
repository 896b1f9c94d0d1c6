"""``python -m bench load [SESSIONS] [ROUNDS]``: the server set-up of deploy/ under load — two Streamlit instances on
one PostgreSQL behind nginx with the shipped site, SESSIONS browser sessions (Chromium contexts) at once, each
paging ROUNDS times through every page by its sidebar links. A page counts from the click until its heading is
there, the script run has ended and every chart is drawn. Prints pages per second and the page times.

PostgreSQL from ``MASTERPLAN_BENCH_PG`` (default: the local ``test`` database), in a schema of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.cluster import nginx, streamlit
from bench.pages import navigation_pages
from loaders.values import format_number

PG = os.environ.get("MASTERPLAN_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CHROMIUM = "/usr/bin/chromium"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
DRAWN = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .every(chart => chart.querySelector('.main-svg')) && !document.querySelector('[data-testid="stSkeleton"]')
    && !document.querySelector('[data-testid="stStatusWidget"]')"""
TIMEOUT_MS = 180_000


async def _settled(page, title: str) -> None:
    await page.get_by_role("heading", name=title, level=1).first.wait_for(timeout=TIMEOUT_MS)
    await page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    await page.wait_for_function(DRAWN, timeout=TIMEOUT_MS)


async def _session(browser, url: str, number: int, rounds: int, times: list[float]) -> None:
    context = await browser.new_context(viewport={"width": 1366, "height": 768}, locale="de-DE",
                                        extra_http_headers={"X-Test-Browser": f"session{number}"})
    page = await context.new_page()
    pages = [p for p in navigation_pages() if p.title]
    await page.goto(url, timeout=TIMEOUT_MS)
    await _settled(page, next(p for p in pages if p.default).title)
    for _ in range(rounds):
        for nav in pages:
            if await page.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "true":  # after Sitzung
                await page.get_by_test_id("stExpandSidebarButton").click()
                await page.get_by_test_id("stSidebar").get_by_role("link", name=nav.title, exact=True).wait_for()
            started = time.perf_counter()
            await page.get_by_test_id("stSidebar").get_by_role("link", name=nav.title, exact=True).click()
            await _settled(page, nav.title)
            times.append(time.perf_counter() - started)
    await context.close()


async def _load(url: str, sessions: int, rounds: int) -> tuple[list[float], float]:
    from playwright.async_api import async_playwright

    times: list[float] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        started = time.perf_counter()
        await asyncio.gather(*(_session(browser, url, n, rounds, times) for n in range(sessions)))
        wall = time.perf_counter() - started
        await browser.close()
    return times, wall


def _schema() -> str:
    engine = create_engine(PG, isolation_level="AUTOCOMMIT")
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    return name


def _drop(name: str) -> None:
    engine = create_engine(PG, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    engine.dispose()


def run(sessions: int, rounds: int) -> dict[str, object]:
    schema = _schema()
    database = f"{PG}?options=-csearch_path%3D{schema}"
    try:
        with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
            base = Path(folder)
            instances = [stack.enter_context(streamlit(base / name, database)) for name in ("a", "b")]
            proxy, log = stack.enter_context(nginx(base / "nginx", [i.port for i in instances]))
            asyncio.run(_load(proxy, 1, 0))  # the example data stored once, the first page compiled
            times, wall = asyncio.run(_load(proxy, sessions, rounds))
            upstreams = Counter({line.split()[0]: line.split()[1] for line in log.read_text().splitlines()
                                 if line.startswith("session") and line.split()[1] != "-"}.values())
    finally:
        _drop(schema)
    ordered = sorted(times)
    return {"sessions": sessions, "pages": len(times), "wall": wall, "per_second": len(times) / wall,
            "median": statistics.median(ordered), "p95": ordered[int(0.95 * (len(ordered) - 1))],
            "max": ordered[-1], "instances": dict(upstreams)}


def _one(value: float) -> str:
    return format_number(value, 1, fixed=True)


def main(sessions: int, rounds: int) -> None:
    result = run(sessions, rounds)
    print(f"| Sitzungen gleichzeitig | Seitenaufrufe | Dauer | Seiten je Sekunde | Median | 95-%-Perzentil | Maximum |"
          f" Sitzungen je Instanz |\n|---|---|---|---|---|---|---|---|\n"
          f"| {result['sessions']} | {result['pages']} | {result['wall']:.0f} s | {_one(result['per_second'])} "
          f"| {_one(result['median'])} s | {_one(result['p95'])} s | {_one(result['max'])} s "
          f"| {' / '.join(str(n) for n in result['instances'].values())} |")
