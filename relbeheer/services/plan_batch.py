"""Many plans at once, on every core: one process per core, each with its own connection.

Rendering a plan is pure-Python CPU work (platypus lays out every paragraph), so
threads would take turns on the GIL; processes do not. Each worker opens the
database itself, read-only, from its path (a SQLite connection must not cross a
process boundary) and keeps a fitted suggestion engine for all its jobs.

The parent does what is cheap once and costly per worker: it runs the attention
engine over the whole selection in one vectorised pass and hands each job its
verdict. Where it is safe (Linux, and only the main thread alive, as in the CLI)
workers are forked and inherit the parent's fitted suggestion engine; elsewhere
(the desktop app runs this on its worker thread, and forking a threaded process
can deadlock; Windows and macOS do not fork) they are spawned and fit their own.

``progress(done, total, what)`` is called in the parent after each plan; when it
raises (the UI's Cancel does), queued jobs are dropped, running ones finish, and
the exception propagates.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from relbeheer.core.plan import AccountPlan, PlanAttention
from relbeheer.services.plan_gather import open_read_only, read_plan

Progress = Callable[[int, int, str], None] | None
IN_FLIGHT_PER_WORKER = 4  # queued ahead per worker: enough to stay busy, few to drop on Cancel


@dataclass(frozen=True)
class PlanJob:
    """One account to print; ``target`` None returns the plan without writing a file."""

    account_id: str
    name: str
    attention: PlanAttention | None = None
    target: str | None = None


def default_workers() -> int:
    """All cores but never fewer than two processes (the brief: ≥ 2 cores in parallel)."""
    return max(2, os.cpu_count() or 2)


def _start_method() -> str:
    if sys.platform.startswith("linux") and threading.active_count() == 1 \
            and threading.current_thread() is threading.main_thread():
        return "fork"
    return "spawn"


# --- worker side ---------------------------------------------------------------------------

_INHERITED: dict = {}  # set in the parent just before a fork: the fitted engine
_STATE: dict = {}


def _init_worker(db_path: str, lang: str, as_of: dt.date) -> None:
    from relbeheer.reports.fonts import register_fonts

    db = open_read_only(db_path)
    engine = _INHERITED.get("engine")
    if engine is None:
        from relbeheer.services.suggestions import SuggestionService

        engine = SuggestionService(db).prepare()
    register_fonts()
    _STATE.update(db=db, engine=engine, lang=lang, as_of=as_of)


def _run(job: PlanJob) -> AccountPlan:
    from relbeheer.reports.plan_pdf import write_plan

    plan = read_plan(_STATE["db"], job.account_id, as_of=_STATE["as_of"], lang=_STATE["lang"],
                     engine=_STATE["engine"], attention=job.attention)
    if job.target is not None:
        write_plan(plan, job.target)
    return plan


# --- parent side ---------------------------------------------------------------------------

def run_in_process(db, jobs: Sequence[PlanJob], *, engine, lang: str, as_of: dt.date,
                   progress: Progress = None) -> list[AccountPlan]:
    """The same work on the caller's connection (in-memory databases, tiny batches, tests)."""
    from relbeheer.reports.plan_pdf import write_plan

    plans = []
    for done, job in enumerate(jobs, start=1):
        plan = read_plan(db, job.account_id, as_of=as_of, lang=lang, engine=engine, attention=job.attention)
        if job.target is not None:
            write_plan(plan, job.target)
        plans.append(plan)
        if progress:
            progress(done, len(jobs), job.name)
    return plans


def run_parallel(db_path: Path | str, jobs: Sequence[PlanJob], *, engine, lang: str, as_of: dt.date,
                 workers: int | None = None, progress: Progress = None) -> list[AccountPlan]:
    """Run ``jobs`` on ``workers`` processes; plans come back in the order of ``jobs``."""
    workers = max(1, min(workers or default_workers(), len(jobs) or 1))
    method = _start_method()
    if method == "fork":
        _INHERITED["engine"] = engine
    results: list[AccountPlan | None] = [None] * len(jobs)
    pending = iter(enumerate(jobs))
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(str(db_path), lang, as_of))
    running: dict = {}
    done = 0
    try:
        _top_up(pool, pending, running, workers * IN_FLIGHT_PER_WORKER)
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                index = running.pop(future)
                results[index] = future.result()
                done += 1
                if progress:
                    progress(done, len(jobs), jobs[index].name)
            _top_up(pool, pending, running, workers * IN_FLIGHT_PER_WORKER)
    except BaseException:
        for future in running:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        _INHERITED.clear()
    pool.shutdown(wait=True)
    return [r for r in results if r is not None]


def _top_up(pool, pending, running: dict, limit: int) -> None:
    """Keep at most ``limit`` jobs queued: Cancel then has little to drop."""
    while len(running) < limit:
        try:
            index, job = next(pending)
        except StopIteration:
            return
        running[pool.submit(_run, job)] = index
