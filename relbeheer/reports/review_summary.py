"""The review's first pages: the portfolio at a glance, per team and per account manager.

Four tiles (accounts and their colours, value at stake, neglected A-accounts, the
opportunity in the suggestions), then four numbered sections: teams, account
managers (with a red/amber/green bar per person so the eye finds the trouble),
the neglected A-accounts by name, and the ten biggest opportunities.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from relbeheer.core import formatting as fmt
from relbeheer.core.labels import label_of
from relbeheer.core.review import PortfolioLine, ReviewData
from relbeheer.reports import theme
from relbeheer.reports.charts import Picture
from relbeheer.reports.document import Bookmark, Mark
from relbeheer.reports.plan_sections import KIND_WORDS, note, section
from relbeheer.reports.theme import bold_cell, colour_cell, data_table, esc, fit, para, text
from relbeheer.reports.words import words

W = theme.WIDTH
MAX_NEGLECTED = 25
BAR_W = 62


def summary_story(review: ReviewData) -> list[Flowable]:
    w, lang = words(review.lang), review.lang
    selection = selection_text(review)
    story: list[Flowable] = [
        Mark(title=f"{w['review']} · {w['r_summary']}", owner=review.filters.owner,
             header=f"{w['review']} · {w['r_summary']}"),
        Bookmark("summary", w["r_summary"], level=0),
        para(esc(w["review"]).upper(), "eyebrow"),
        Spacer(1, 2),
        para(esc(w["r_summary"]), "title"),
        para(esc(f"{w['r_filters']}: {selection}  ·  {fmt.long_date(review.as_of, lang)}"), "subtitle"),
        Spacer(1, 12),
    ]
    if not review.total.accounts:
        return story + [note(w["r_empty"])]
    story += [_tiles(review), Spacer(1, 6), _rag_legend(review.total, lang)]
    n = 1
    if len(review.teams) > 1 or review.teams[0].name:
        story += section(n, w["r_by_team"], [_lines(review.teams, review, with_team=False)], keep=False)
        n += 1
    story += section(n, w["r_by_owner"], [_lines(review.owners, review, with_team=True)], keep=False)
    story += section(n + 1, w["r_neglected_a"], _neglected(review), keep=False)
    story += section(n + 2, w["r_top"], _top(review), keep=False)
    story.append(Spacer(1, 8))
    story.append(note(w["r_at_stake_note"]))
    return story


def selection_text(review: ReviewData) -> str:
    """'team Roos de Jong, urgentie vanaf Hoog' — the filters in the reader's words."""
    w = words(review.lang)
    parts = [f"{w['f_' + k]} {label_of('Severity', v, review.lang) if k == 'severity' else v}"
             for k, v in review.filters.items()]
    return ", ".join(parts) or w["r_all"]


def _tiles(review: ReviewData) -> theme.Tiles:
    w, lang, t = words(review.lang), review.lang, review.total
    a_accounts = sum(1 for p in review.plans if p.account.tier == "A")
    tiles = [
        (w["r_accounts"], fmt.number(t.accounts, lang),
         f"{w['r_red']} {t.red} · {w['r_amber']} {t.amber} · {w['r_green']} {t.green}"),
        (w["r_at_stake"], fmt.money(t.value_at_stake, lang), f"{w['r_revenue']} {fmt.money(t.revenue_12m, lang)}"),
        (w["r_neglected_a"], fmt.number(t.neglected_a, lang),
         f"{w['tier']} A: {fmt.number(a_accounts, lang)}" if review.plans else ""),
        (w["s_suggestions"].split(":")[0], fmt.money(t.suggestion_value, lang), w["c_ev"].lower()),
    ]
    return theme.Tiles([(label, value, sub, None) for label, value, sub in tiles], W, value_size=15.5)


def rag_bar(line: PortfolioLine, width: float = BAR_W, height: float = 7) -> Picture:
    """Red, amber, green (and grey: not scored) side by side, proportional to the counts."""
    d = Drawing(width, height)
    x = 0.0
    for count, colour in ((line.red, theme.RED), (line.amber, theme.AMBER), (line.green, theme.GREEN),
                          (line.unscored, theme.RULE)):
        if count and line.accounts:
            part = width * count / line.accounts
            d.add(Rect(x, 0, part, height, fillColor=colour, strokeColor=None))
            x += part
    return Picture(d)


def _rag_legend(total: PortfolioLine, lang: str) -> Table:
    w = words(lang)
    label = (f'<font color="{theme.colour_hex(theme.RED)}">■</font> {esc(w["r_red"])} {total.red}   '
             f'<font color="{theme.colour_hex(theme.AMBER)}">■</font> {esc(w["r_amber"])} {total.amber}   '
             f'<font color="{theme.colour_hex(theme.GREEN)}">■</font> {esc(w["r_green"])} {total.green}')
    if total.unscored:
        label += f'   <font color="{theme.colour_hex(theme.FAINT)}">■</font> {esc(w["r_unscored"])} {total.unscored}'
    table = Table([[rag_bar(total, W, 9)], [para(label, "small")]], colWidths=[W], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _lines(lines: list[PortfolioLine], review: ReviewData, *, with_team: bool) -> Table:
    """Teams or account managers (the team under the name), then the total.

    Both tables share their column widths so the figures line up page-wide."""
    w, lang = words(review.lang), review.lang
    widths = [130, 52, BAR_W + 6, 22, 22, 22, 70, 70, 46]
    widths[0] = W - sum(widths[1:])
    head = [w["owner"] if with_team else w["team"], w["r_accounts"], "", w["r_red"][0],
            w["r_amber"][0], w["r_green"][0], w["r_revenue"], w["r_at_stake"], w["r_neglected_n"]]
    rows = [head]
    for line in lines + [review.total]:
        if line is review.total:
            name = w["r_total"]
        elif with_team and line.team:
            name = [text(line.name or "–", "cell"), text(line.team, "cell_muted")]
        else:
            name = fit(line.name or "–", widths[0])
        rows.append([name, fmt.number(line.accounts, lang), rag_bar(line), str(line.red), str(line.amber),
                     str(line.green), fmt.money(line.revenue_12m, lang), fmt.money(line.value_at_stake, lang),
                     str(line.neglected_a) if line.neglected_a else "–"])
    last = len(rows) - 1
    extra = [("VALIGN", (2, 1), (2, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, -1), "LEFT"),
             ("LINEABOVE", (0, last), (-1, last), 0.8, theme.NAVY),
             ("BACKGROUND", (0, last), (-1, last), theme.WHITE),
             ("FONT", (0, last), (-1, last), theme.BODY_BOLD, theme.CELL_SIZE)]
    for r in range(1, len(rows)):
        extra += [colour_cell(3, r, theme.RED), colour_cell(4, r, theme.AMBER), colour_cell(5, r, theme.GREEN)]
        if rows[r][-1] != "–":
            extra.append(colour_cell(8, r, theme.RED))
    return data_table(rows, widths, numeric=tuple(range(1, 9)), extra=extra)


def _neglected(review: ReviewData) -> list[Flowable]:
    w, lang = words(review.lang), review.lang
    if not review.neglected:
        return [note(w["r_none_neglected"])]
    widths = [112, 88, 52, 44, 64, W - 112 - 88 - 52 - 44 - 64]
    rows = [[w["r_account"], w["owner"], w["severity"], w["r_days"], w["r_at_stake"], w["r_reason"]]]
    extra = []
    for r, n in enumerate(review.neglected[:MAX_NEGLECTED], start=1):
        rows.append([fit(n.name, widths[0], "cell_b"), fit(n.owner, widths[1]),
                     label_of("Severity", n.severity, lang),
                     fmt.number(n.days_since_personal, lang) if n.days_since_personal is not None else "–",
                     fmt.money(n.value_at_stake, lang), fit(n.reason, widths[5])])
        extra += [bold_cell(0, r), bold_cell(2, r),
                  colour_cell(2, r, theme.SEVERITY.get(n.severity, theme.FAINT))]
    out: list[Flowable] = [data_table(rows, widths, numeric=(3, 4), extra=extra)]
    more = len(review.neglected) - MAX_NEGLECTED
    if more > 0:
        out += [Spacer(1, 3), note(("… en nog {n}" if lang == "nl" else "… and {n} more").format(n=more))]
    return out


def _top(review: ReviewData) -> list[Flowable]:
    w, lang = words(review.lang), review.lang
    if not review.top_suggestions:
        return [note(w["r_none_top"])]
    kinds = KIND_WORDS["nl" if lang == "nl" else "en"]
    widths = [112, 100, 66, W - 112 - 100 - 66]
    rows = [[w["r_account"], w["c_product"], w["c_ev"], w["c_because"]]]
    extra = []
    for r, s in enumerate(review.top_suggestions, start=1):
        rows.append([[text(s.account, "cell_b"), text(s.owner, "cell_muted")],
                     [text(s.product), text(kinds.get(s.kind, s.kind), "cell_muted")],
                     fmt.money(s.expected_value, lang), fit(s.because, widths[3])])
    return [data_table(rows, widths, numeric=(2,), extra=extra)]
