"""The director's account review: portfolio summary, contents, then every plan.

The summary answers a director's questions in order: how big is this portfolio
and how healthy (red / amber / green), where is value at stake, which A-accounts
are neglected and by whom, and where are the best opportunities. The contents
list owners and their accounts with page numbers; the PDF outline has owner,
account and section levels, so a viewer's side bar navigates 500 plans.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from relbeheer.core.review import ReviewData
from relbeheer.reports.document import Bookmark, Mark, ReportDoc
from relbeheer.reports.fonts import register_fonts
from relbeheer.reports.plan_pdf import plan_story
from relbeheer.reports.review_summary import selection_text, summary_story
from relbeheer.reports.theme import STYLES, esc, para
from relbeheer.reports.words import words


class _Contents(TableOfContents):
    """A table of contents that knows its entries from the start.

    reportlab's own starts empty, so its first pass is a page shorter than the
    last and a third pass is needed to settle the page numbers. Seeded with every
    entry (pages unknown, drawn as 0 once), it has its final height in pass one:
    a 500-plan review is drawn twice, not three times.
    """

    def __init__(self, entries: list[tuple[int, str, int, str]]):
        super().__init__(levelStyles=[STYLES["toc0"], STYLES["toc1"]], dotsMinLevel=1)
        self._lastEntries = list(entries)


def review_story(review: ReviewData) -> list[Flowable]:
    """Summary, contents, and each owner's plans; each plan starts on a new page."""
    w = words(review.lang)
    story = summary_story(review)
    if not review.plans:
        return story
    entries: list[tuple[int, str, int, str]] = []
    body: list[Flowable] = []
    current = None
    for plan in review.plans:
        a = plan.account
        if (a.owner, a.team) != current:
            current = (a.owner, a.team)
            label = a.owner or "–"
            if a.team:
                label += f" · {a.team}"
            key = f"owner-{len(entries)}"
            entries.append((0, esc(label), 0, key))
            body.append(PageBreak())
            body.append(Bookmark(key, label, level=0, toc_level=0))
        else:
            body.append(PageBreak())
        entries.append((1, esc(a.name), 0, f"plan-{a.id}"))
        body += plan_story(plan, outline_level=1, in_review=True)
    story += [
        PageBreak(),
        Mark(title=f"{w['review']} · {w['r_toc']}", owner=review.filters.owner,
             header=f"{w['review']} · {w['r_toc']}"),
        Bookmark("contents", w["r_toc"], level=0),
        para(esc(w["review"]).upper(), "eyebrow"),
        para(esc(w["r_toc"]), "title"),
        Spacer(1, 10),
        _Contents(entries),
    ]
    return story + body


def write_review(review: ReviewData, target: str | Path,
                 on_plan: Callable[[int, int, str], None] | None = None) -> int:
    """Write the whole review; returns the number of pages.

    The contents need the plans' page numbers, so the document is laid out twice;
    ``on_plan(done, total, name)`` counts the plans of both passes (total = 2 × plans).
    """
    register_fonts()
    w = words(review.lang)
    doc = ReportDoc(str(target), lang=review.lang, made_on=review.as_of,
                    title=f"{w['review']} {selection_text(review)}", author=review.filters.owner)
    state = {"pass": 0, "done": 0}

    n = len(review.plans)

    def seen(flowable) -> None:
        if isinstance(flowable, Bookmark) and flowable.key.startswith("plan-") and flowable.level == 1:
            state["done"] += 1
            if on_plan:
                on_plan(min(state["done"] + n * (state["pass"] - 1), 2 * n), 2 * n, flowable.title)

    def on_progress(kind, value) -> None:
        if kind == "PASS":
            state["pass"], state["done"] = value, 0

    doc.on_flowable = seen
    doc.setProgressCallBack(on_progress)
    doc.multiBuild(review_story(review), canvasmaker=doc.canvas_maker())
    return doc.page


def write_summary(review: ReviewData, target: str | Path) -> int:
    """Only the portfolio summary (the first file of a split review)."""
    register_fonts()
    w = words(review.lang)
    doc = ReportDoc(str(target), lang=review.lang, made_on=review.as_of,
                    title=f"{w['review']} {selection_text(review)}", author=review.filters.owner)
    doc.build(summary_story(review), canvasmaker=doc.canvas_maker())
    return doc.page
