"""One account plan as a PDF: the cover block, then nine numbered sections.

``plan_story`` returns the flowables so the account review can place many plans
in one document; ``write_plan`` makes the stand-alone file.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from relbeheer.core.plan import AccountPlan
from relbeheer.reports import plan_sections as sec
from relbeheer.reports.document import Bookmark, Mark, ReportDoc
from relbeheer.reports.fonts import register_fonts
from relbeheer.reports.plan_cover import cover, key_figures
from relbeheer.reports.theme import esc, para
from relbeheer.reports.words import words


def _figures_body(plan: AccountPlan) -> list[Flowable]:
    w = words(plan.lang)
    return [key_figures(plan), Spacer(1, 8), para(esc(w["top_products"]), "h3"), *sec.top_products(plan)]


SECTIONS: list[tuple[str, Callable[[AccountPlan], list[Flowable]], bool]] = [
    # (title key, body, keep the whole section on one page)
    ("s_figures", _figures_body, True),
    ("s_risks", sec.risks, True),
    ("s_contacts", sec.contacts, False),
    ("s_attention", sec.attention, True),
    ("s_balance", sec.balance, True),
    ("s_cases", sec.cases, False),
    ("s_suggestions", sec.suggestions, False),  # its last row and the total never part
    ("s_actions", sec.actions, False),
    ("s_goals", sec.goals_notes, False),
]


def plan_story(plan: AccountPlan, *, outline_level: int = 0, in_review: bool = False) -> list[Flowable]:
    """The flowables of one plan; in a review it also marks its contents entry."""
    w, a = words(plan.lang), plan.account
    key = f"plan-{a.id}"
    story: list[Flowable] = [
        Mark(title=f"{w['plan']} · {a.name}", owner=a.owner, header=f"{a.name} · {w['plan']}"),
        Bookmark(key, a.name, level=outline_level, toc_level=1 if in_review else None),
    ]
    story += cover(plan)
    for number, (title_key, body, keep) in enumerate(SECTIONS, start=1):
        mark = Bookmark(f"{key}-{title_key}", w[title_key], level=outline_level + 1)
        story += sec.section(number, w[title_key], [*body(plan)], keep=keep, bookmark=mark)
    return story


def write_plan(plan: AccountPlan, target: str | Path | BytesIO) -> None:
    """Write the plan of one account to ``target`` (a path or a binary buffer)."""
    register_fonts()
    w = words(plan.lang)
    if isinstance(target, (str, Path)):
        target = str(target)
    doc = ReportDoc(target, lang=plan.lang, made_on=plan.as_of,
                    title=f"{w['plan']} {plan.account.name}", author=plan.account.owner)
    doc.build(plan_story(plan), canvasmaker=doc.canvas_maker())


def plan_pdf_bytes(plan: AccountPlan) -> bytes:
    buffer = BytesIO()
    write_plan(plan, buffer)
    return buffer.getvalue()

