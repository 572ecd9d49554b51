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
    h2 = theme.STYLES["h2"]
    table = Table([[f"{number:02d}", title]], colWidths=[24, W - 24], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), h2.fontName, h2.fontSize, h2.leading),
        ("TEXTCOLOR", (0, 0), (0, 0), theme.BLUE), ("TEXTCOLOR", (1, 0), (1, 0), theme.INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, theme.NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
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
    """Key people (decision makers, ambassadors) first and in bold; ★ marks an ambassador.
    The last contact is the last *personal* one: an e-mail is not a conversation."""
    w, lang = words(plan.lang), plan.lang
    if not plan.contacts:
        return [note(w["no_contacts"])]
    widths = [124, 76, 128, 94, 71]
    rows = [[w[h] for h in ("c_name", "c_role", "c_job", "c_last", "c_channel_short")]]
    extra = []
    cadence = plan.account.cadence_days
    for r, c in enumerate(plan.contacts, start=1):
        if c.last_personal is None:
            last = w["k_never"]
            extra.append(colour_cell(3, r, theme.RED if c.is_key else theme.MUTED))
        else:
            last = f"{fmt.date(c.last_personal, lang)} · {fmt.number(c.days_personal, lang)} d"
            if c.is_key and c.days_personal > cadence:
                extra.append(colour_cell(3, r, theme.RED))  # a key person past the cadence
        if c.is_key:
            extra.append(bold_cell(0, r))
        name = ("★ " if c.is_ambassador else "") + c.name
        rows.append([
            fit(name, widths[0], "cell_b" if c.is_key else "cell"),
            fit(label_of("DecisionRole", c.role, lang), widths[1]),
            fit(c.job_title, widths[2]),
            last,
            fit(label_of("Channel", c.preferred_channel, lang), widths[4]),
        ])
    return [data_table(rows, widths, extra=extra), Spacer(1, 3), note(w["contacts_legend"])]


def attention(plan: AccountPlan) -> list[Flowable]:
    w = words(plan.lang)
    if not any(m.total for m in plan.months):  # an empty chart says less than a sentence
        return [note(w["no_touchpoints"])]
    return [para(esc(w["touchpoints_per_month"]), "muted"), Spacer(1, 4),
            charts.Picture(charts.attention_chart(plan.months, plan.lang, W))]


def balance(plan: AccountPlan) -> list[Flowable]:
    w, lang, b = words(plan.lang), plan.lang, plan.balance
    cells, cmds = [], []
    for i, key in enumerate(BINDINGS):
        share = f"{round(b.share(key) * 100)}%" if b.total else "–"
        cells += ["■", f"{label_of('Binding', key, lang)}  {fmt.number(b.count(key), lang)} · {share}"]
        cmds += [("TEXTCOLOR", (2 * i, 0), (2 * i, 0), theme.BINDING[key]),
                 ("FONT", (2 * i + 1, 0), (2 * i + 1, 0), theme.BODY_BOLD, 8)]
    legend = Table([cells], colWidths=[11, W / 3 - 11] * 3, hAlign="LEFT")
    legend.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), theme.BODY, 8), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), *cmds]))
    return [charts.Picture(charts.balance_bar(b, lang, W)), legend, Spacer(1, 2), note(w["balance_note"])]


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
    widths = [112, 58, W - 112 - 58 - 74, 74]
    rows = [[w["c_product"], w["c_kind"], w["c_because"], w["c_ev"]]]
    extra = []
    for r, s in enumerate(plan.suggestions, start=1):
        rows.append([fit(s.product, widths[0], "cell_b"), kinds.get(s.kind, s.kind),
                     fit(s.because, widths[2]), fmt.money(s.expected_value, lang)])
        extra += [bold_cell(0, r), colour_cell(1, r, theme.MUTED)]
    total = sum(s.expected_value for s in plan.suggestions)
    rows.append(["", "", w["r_total"], fmt.money(total, lang)])
    n = len(rows) - 1
    extra += [("LINEABOVE", (0, n), (-1, n), 0.8, theme.NAVY), ("BACKGROUND", (0, n), (-1, n), theme.WHITE),
              bold_cell(2, n), bold_cell(3, n), ("ALIGN", (2, n), (2, n), "RIGHT"),
              ("NOSPLIT", (0, n - 1), (-1, n))]  # a total is never alone on a page
    return [data_table(rows, widths, numeric=(3,), extra=extra)]


def actions(plan: AccountPlan) -> list[Flowable]:
    w, lang = words(plan.lang), plan.lang
    widths = [62, 82, 150, W - 62 - 82 - 150]
    rows = [[w[h] for h in ("c_when", "c_action", "c_with", "c_why")]]
    extra = []
    for r, a in enumerate(plan.actions, start=1):
        when = fmt.date(a.due, lang)
        if a.overdue:
            when += "\n" + w["overdue"]
            extra.append(colour_cell(0, r, theme.RED))
        extra.append(bold_cell(1, r))
        if a.people:
            who = "\n".join(name + (f" · {label_of('DecisionRole', role, lang)}" if role else "")
                            for name, role in a.people)
            if not all(isinstance(fit(line, widths[2]), str) for line in who.split("\n")):
                who = text(who)  # a line too long for the column: let it wrap
        else:
            who = w["nobody"]
            extra.append(colour_cell(2, r, theme.MUTED))
        why = a.why + (f"\n“{a.note}”" if a.note else "")
        rows.append([when, fit(label_of("TouchpointKind", a.kind, lang), widths[1]), who,
                     fit(why, widths[3]) if not a.note else text(why)])
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
