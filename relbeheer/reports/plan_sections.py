"""The numbered sections of a plan after its cover: one function per section.

Each returns flowables; the heading keeps with what follows so a title never
ends a page alone. Columns are sized for A4 with the report's margins
(``theme.WIDTH``, 493 pt) and add up to it exactly, so every table lines up
with the page edge and with the tables above and below it.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from relbeheer.core import formatting as fmt
from relbeheer.core.labels import label_of
from relbeheer.core.plan import AccountPlan
from relbeheer.core.timeline import BINDINGS
from relbeheer.reports import charts, theme
from relbeheer.reports.theme import bold_cell, colour_cell, data_table, esc, fit, para, text
from relbeheer.reports.words import words

W = theme.WIDTH
SIDE_BY_SIDE_CHARS = 900
MIN_SECTION_START = 110  # pt: a heading plus three or four table rows
KIND_WORDS = {
    "nl": {"cross-sell": "Cross-sell", "up-sell": "Upsell", "contract": "Contract"},
    "en": {"cross-sell": "Cross-sell", "up-sell": "Up-sell", "contract": "Contract"},
}


def heading(number: int, title: str) -> Table:
    """'03  Relationship map' with a rule under it; keeps with the next flowable."""
    blue = theme.colour_hex(theme.BLUE)
    cell = para(f'<font color="{blue}">{number:02d}</font>&nbsp;&nbsp;&nbsp;{esc(title)}', "h2")
    table = Table([[cell]], colWidths=[W], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, theme.NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    table.keepWithNext = True
    return table


def section(number: int, title: str, body: list[Flowable], keep: bool = True,
            bookmark: Flowable | None = None) -> list[Flowable]:
    """Heading, a little air, the body; short bodies stay on the heading's page.

    The outline ``bookmark`` sits with the heading, so it lands on the page the
    heading lands on."""
    head = [Spacer(1, 12)] + ([bookmark] if bookmark is not None else []) + [
        heading(number, title), Spacer(1, 6)]
    if keep:
        return [KeepTogether(head + body)]
    # A long body may split, but never right under its heading: start a new page
    # unless the heading and a few rows fit.
    return [CondPageBreak(MIN_SECTION_START)] + head + body


def note(message: str) -> Flowable:
    return para(esc(message), "muted")


def risks(plan: AccountPlan) -> list[Flowable]:
    w = words(plan.lang)
    if plan.attention is None:
        return [note(w["no_attention"])]
    if not plan.risks:
        return [note(w["no_risks"])]
    rows, extra = [], []
    for i, r in enumerate(plan.risks):
        rows.append(["●  " + label_of("Severity", r.severity, plan.lang), fit(r.text, W - 76)])
        extra += [bold_cell(0, i), colour_cell(0, i, theme.SEVERITY.get(r.severity, theme.FAINT))]
    return [data_table(rows, [76, W - 76], header=False, zebra=False, extra=extra)]


def top_products(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    if not plan.top_products:
        return [note(w["no_products"])]
    widths = [W - 170, 70, 100]
    rows = [[w["c_product"], w["c_qty"], w["c_amount"]]]
    for p in plan.top_products:
        rows.append([fit(p.product, widths[0]), fmt.number(p.quantity, lang), fmt.money(p.amount, lang)])
    return [data_table(rows, widths, numeric=(1, 2))]


def contacts(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    if not plan.contacts:
        return [note(w["no_contacts"])]
    widths = [110, 62, 124, 56, 86, 55]
    rows = [[w[h] for h in ("c_name", "c_role", "c_job", "c_ambassador", "c_last", "c_channel_short")]]
    extra = []
    cadence = plan.account.cadence_days
    for r, c in enumerate(plan.contacts, start=1):
        if c.last_contact is None:
            last = w["k_never"]
            extra.append(colour_cell(4, r, theme.MUTED))
        else:
            last = f"{fmt.date(c.last_contact, lang)} · {fmt.number(c.days_since, lang)} d"
            if c.is_key and c.days_since is not None and c.days_since > cadence:
                extra.append(colour_cell(4, r, theme.RED))
        if c.is_key:
            extra.append(bold_cell(0, r))
        rows.append([
            fit(c.name, widths[0], "cell_b" if c.is_key else "cell"),
            label_of("DecisionRole", c.role, lang),
            fit(c.job_title, widths[2]),
            "★ " + w["yes"] if c.is_ambassador else "",
            last,
            label_of("Channel", c.preferred_channel, lang),
        ])
    return [data_table(rows, widths, extra=extra)]


def attention(plan: AccountPlan) -> list[Flowable]:
    w = words(plan.lang)
    out: list[Flowable] = [para(esc(w["touchpoints_per_month"]), "muted"), Spacer(1, 4),
                           charts.attention_chart(plan.months, plan.lang, W)]
    if not any(m.total for m in plan.months):
        out.append(note(w["no_touchpoints"]))
    return out


def balance(plan: AccountPlan) -> list[Flowable]:
    w, lang, b = words(plan.lang), plan.lang, plan.balance
    cells = []
    for key in BINDINGS:
        colour = theme.colour_hex(theme.BINDING[key])
        share = f"{round(b.share(key) * 100)}%" if b.total else "–"
        cells.append(para(f'<font color="{colour}">■</font> <b>{esc(label_of("Binding", key, lang))}</b>'
                          f"  {fmt.number(b.count(key), lang)} · {share}", "cell"))
    legend = Table([cells], colWidths=[W / 3] * 3, hAlign="LEFT")
    legend.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return [charts.balance_bar(b, lang, W), legend, Spacer(1, 2), note(w["balance_note"])]


def cases(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    if not plan.cases:
        return [note(w["no_cases"])]
    widths = [62, 241, 95, 95]
    rows = [[w[h] for h in ("c_opened", "c_subject", "c_contact", "c_status")]]
    extra = []
    for r, c in enumerate(plan.cases, start=1):
        if c.resolved_on is None:
            status = w["open_days"].format(n=c.days_open)
            extra += [bold_cell(3, r), colour_cell(3, r, theme.RED if (c.days_open or 0) > 7 else theme.AMBER)]
        else:
            outcome = label_of("CaseOutcome", c.outcome, lang) or "–"
            status = w["closed_in"].format(outcome=outcome, n=c.days_open)
        rows.append([fmt.date(c.opened_on, lang), fit(c.subject, widths[1]), fit(c.contact or "–", widths[2]),
                     fit(status, widths[3])])
    return [data_table(rows, widths, extra=extra)]


def suggestions(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    if not plan.suggestions:
        return [note(w["no_suggestions"])]
    kinds = KIND_WORDS["nl" if lang == "nl" else "en"]
    widths = [118, W - 118 - 78, 78]
    rows = [[w["c_product"], w["c_because"], w["c_ev"]]]
    for s in plan.suggestions:
        rows.append([
            [text(s.product, "cell_b"), para(esc(kinds.get(s.kind, s.kind)), "cell_muted")],
            fit(s.because, widths[1]),
            fmt.money(s.expected_value, lang),
        ])
    total = sum(s.expected_value for s in plan.suggestions)
    rows.append(["", w["r_total"], fmt.money(total, lang)])
    n = len(rows) - 1
    extra = [("LINEABOVE", (0, n), (-1, n), 0.8, theme.NAVY), ("BACKGROUND", (0, n), (-1, n), theme.WHITE),
             bold_cell(1, n), bold_cell(2, n)]
    return [data_table(rows, widths, numeric=(2,), extra=extra)]


def actions(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    widths = [62, 82, 150, W - 62 - 82 - 150]
    rows = [[w[h] for h in ("c_when", "c_action", "c_with", "c_why")]]
    extra = []
    muted = theme.colour_hex(theme.MUTED)
    for r, a in enumerate(plan.actions, start=1):
        when = fmt.date(a.due, lang)
        if a.overdue:
            when += "\n" + w["overdue"]
            extra.append(colour_cell(0, r, theme.RED))
        extra.append(bold_cell(1, r))
        if a.people:
            who = "<br/>".join(
                esc(name) + (f' <font color="{muted}">· {esc(label_of("DecisionRole", role, lang))}</font>'
                             if role else "")
                for name, role in a.people)
        else:
            who = f'<font color="{muted}">{esc(w["nobody"])}</font>'
        why = esc(a.why)
        if a.note:
            why += f'<br/><font color="{muted}">“{esc(a.note)}”</font>'
        rows.append([when, fit(label_of("TouchpointKind", a.kind, lang), widths[1]),
                     para(who, "cell"), para(why, "cell")])
    return [data_table(rows, widths, extra=extra)]


def goals_notes(plan: AccountPlan) -> list[Flowable]:
    """Side by side when short; one under the other when long (a table row cannot split)."""
    w = words(plan.lang)
    blocks = []
    for title, value in ((w["goals"], plan.goals), (w["notes"], plan.notes)):
        body = text(value, "body") if value.strip() else note(w["none_recorded"])
        blocks.append([para(esc(title), "h3"), body])
    if len(plan.goals) + len(plan.notes) > SIDE_BY_SIDE_CHARS:
        return [f for block in blocks for f in block]
    table = Table([blocks], colWidths=[W / 2, W / 2], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 14),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
    ]))
    return [table]
