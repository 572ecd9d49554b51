"""Account plans and account reviews: gather the data, hand it to the PDF writer.

``plan`` / ``write_plan`` for one account (the account page's Ctrl+P, the CLI's
``plan``); ``review`` / ``write_review`` / ``write_split`` for a director's
selection (File > Account review…, the CLI's ``review``). The attention engine's
verdicts come from ``services.attention`` when it is there; plans still print
without them (the health panel then says "not scored").
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from relbeheer.core.plan import AccountPlan, PlanAttention, attention_from_item
from relbeheer.core.plan_files import unique_filename
from relbeheer.core.review import ReviewData, ReviewFilters, build_review, severity_rank
from relbeheer.services import plan_batch
from relbeheer.services.plan_batch import PlanJob, Progress
from relbeheer.services.plan_gather import read_plan

if TYPE_CHECKING:  # the facade imports this module
    from relbeheer.services import Services

log = logging.getLogger(__name__)

# Below this many plans a process pool costs more to start than it saves.
PARALLEL_FROM = 12
SUMMARY_NAME = {"nl": "00-overzicht.pdf", "en": "00-summary.pdf"}


@dataclass
class SplitResult:
    """What ``write_split`` wrote: the summary and one file per account, in review order."""

    directory: Path
    summary: Path
    files: list[Path]
    review: ReviewData


class PlansService:
    def __init__(self, services: "Services"):
        self._svc = services

    # --- one account ---------------------------------------------------------------------
    def plan(self, account: str, *, lang: str = "nl", as_of: dt.date | None = None) -> AccountPlan:
        """The plan data of an account named by id, external reference or exact name."""
        as_of = as_of or dt.date.today()
        found = self._svc.accounts.find(account)
        attention = self._attention([found.id], as_of, lang).get(found.id)
        engine = self._engine()
        return read_plan(self._svc.db, found.id, as_of=as_of, lang=lang, engine=engine,
                         attention=attention)

    def write_plan(self, account: str, target: Path | str, *, lang: str = "nl",
                   as_of: dt.date | None = None) -> Path:
        """Write the plan PDF to ``target``; returns the path written."""
        from relbeheer.reports.plan_pdf import write_plan

        plan = self.plan(account, lang=lang, as_of=as_of)
        target = Path(target)
        _write_atomically(target, lambda tmp: write_plan(plan, tmp))
        return target

    # --- many accounts -------------------------------------------------------------------
    def select(self, filters: ReviewFilters, *, as_of: dt.date | None = None,
               lang: str = "nl") -> list[tuple[str, str, PlanAttention | None]]:
        """(account id, name, verdict) of every account the filters let through."""
        as_of = as_of or dt.date.today()
        rows = [s for s in self._svc.accounts.summaries(as_of)
                if filters.matches(owner=s.owner, team=s.team, region=s.region, tier=s.tier)]
        # The engine's scope takes the names as stored (its SQL compares ASCII case only).
        scope = ReviewFilters(owner=rows[0].owner if filters.owner else "",
                              team=rows[0].team if filters.team else "",
                              region=rows[0].region if filters.region else "") if rows else filters
        verdicts = self._attention([s.id for s in rows], as_of, lang, scope) if rows else {}
        chosen = []
        for s in rows:
            att = verdicts.get(s.id)
            if filters.severity and severity_rank(att.severity if att else "") < severity_rank(filters.severity):
                continue
            chosen.append((s.id, s.name, att))
        return chosen

    def review(self, filters: ReviewFilters = ReviewFilters(), *, lang: str = "nl",
               as_of: dt.date | None = None, progress: Progress = None,
               workers: int | None = None) -> ReviewData:
        """The review data (summary and every plan) of the selection."""
        as_of = as_of or dt.date.today()
        jobs = [PlanJob(aid, name, att) for aid, name, att in self.select(filters, as_of=as_of, lang=lang)]
        plans = self._run(jobs, lang=lang, as_of=as_of, progress=progress, workers=workers)
        return build_review(plans, as_of=as_of, lang=lang, filters=filters)

    def write_review(self, filters: ReviewFilters, target: Path | str, *, lang: str = "nl",
                     as_of: dt.date | None = None, progress: Progress = None,
                     workers: int | None = None) -> ReviewData:
        """One PDF: the portfolio summary, a table of contents, then every plan."""
        from relbeheer.reports.review_pdf import write_review

        def gather_progress(done: int, n: int, what: str) -> None:
            if progress:  # reading is a third of the work; drawing (two passes) the rest
                progress(done, 3 * n, what)

        review = self.review(filters, lang=lang, as_of=as_of, progress=gather_progress, workers=workers)
        n = len(review.plans)

        def draw_progress(done: int, total: int, what: str) -> None:
            if progress:
                progress(n + done, n + total, what)

        target = Path(target)
        _write_atomically(target, lambda tmp: write_review(review, tmp, on_plan=draw_progress))
        return review

    def write_split(self, filters: ReviewFilters, directory: Path | str, *, lang: str = "nl",
                    as_of: dt.date | None = None, progress: Progress = None,
                    workers: int | None = None) -> SplitResult:
        """One plan PDF per account in ``directory`` (created if needed), plus the summary."""
        from relbeheer.reports.review_pdf import write_summary

        as_of = as_of or dt.date.today()
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        taken = {SUMMARY_NAME["nl"], SUMMARY_NAME["en"]}
        jobs = []
        for aid, name, att in self.select(filters, as_of=as_of, lang=lang):
            filename = unique_filename(name, taken, tie=aid[-6:])
            jobs.append(PlanJob(aid, name, att, str(directory / filename)))
        plans = self._run(jobs, lang=lang, as_of=as_of, progress=progress, workers=workers)
        review = build_review(plans, as_of=as_of, lang=lang, filters=filters)
        summary = directory / SUMMARY_NAME["nl" if lang == "nl" else "en"]
        _write_atomically(summary, lambda tmp: write_summary(review, tmp))
        by_id = {job.account_id: Path(job.target) for job in jobs}
        return SplitResult(directory, summary, [by_id[p.account.id] for p in review.plans], review)

    # --- plumbing ------------------------------------------------------------------------
    def _run(self, jobs: list[PlanJob], *, lang: str, as_of: dt.date, progress: Progress,
             workers: int | None) -> list[AccountPlan]:
        engine = self._engine()
        path = self._svc.path
        if path is None or len(jobs) < PARALLEL_FROM or workers == 1:
            return plan_batch.run_in_process(self._svc.db, jobs, engine=engine, lang=lang, as_of=as_of,
                                             progress=progress)
        return plan_batch.run_parallel(path, jobs, engine=engine, lang=lang, as_of=as_of,
                                       workers=workers, progress=progress)

    def _engine(self):
        """The fitted suggestion engine; a failing engine costs the plan its suggestions only."""
        try:
            return self._svc.suggestions.prepare()
        except Exception:  # noqa: BLE001 - suggestions are one section of many
            log.exception("suggestion engine unavailable; plans print without suggestions")
            return None

    def _attention(self, account_ids: list[str], as_of: dt.date, lang: str,
                   filters: ReviewFilters = ReviewFilters()) -> dict[str, PlanAttention]:
        """The attention engine's verdicts as plan data; {} when there is no engine."""
        engine = getattr(self._svc, "attention", None)
        if engine is None or not account_ids:
            return {}
        try:
            items = _attention_items(engine, self._svc.db, account_ids, as_of, filters)
        except Exception:  # noqa: BLE001 - the verdict is one panel of the plan
            log.exception("attention engine failed; plans print without its verdict")
            return {}
        return {aid: attention_from_item(item, lang) for aid, item in items.items() if item is not None}


def _attention_items(engine, db, account_ids: list[str], as_of: dt.date, filters: ReviewFilters) -> dict:
    """One account: the service's own look-up. Many: one vectorised pass over the
    filters' scope (the whole portfolio takes a few tenths of a second on 10,000
    accounts), then items for the chosen accounts only."""
    if len(account_ids) == 1:
        return {account_ids[0]: engine.for_account(account_ids[0], as_of)}
    from relbeheer.store import attention_data

    result = engine.evaluate(as_of, owner=filters.owner or None, team=filters.team or None,
                             region=filters.region or None)
    position = {aid: i for i, aid in enumerate(result.data.account_ids)}
    chosen = [position[aid] for aid in account_ids if aid in position]
    # the next action names a person; accounts without key contacts need the others
    attention_data.load_other_contacts(db, result.data, chosen)
    return {result.data.account_ids[i]: result.item(i) for i in chosen}


def _write_atomically(target: Path, write) -> None:
    """Write to a temporary file beside ``target`` and rename: an interrupted export
    never leaves a half PDF under the name the user chose (or overwrites a good one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        write(str(tmp))
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
