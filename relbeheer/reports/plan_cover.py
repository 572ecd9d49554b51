"""The first half page of a plan: who, how the relationship is doing, the next step, the figures.

A director reading only this block should know the account, its owner, its
health (colour, score, trend), what happens next and the handful of numbers that
matter. Everything the user typed goes through ``theme.text`` / ``theme.esc``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from relbeheer.core import formatting as fmt
from relbeheer.core.labels import label_of
from relbeheer.core.plan import AccountPlan
from relbeheer.reports import charts, theme
from relbeheer.reports.fonts import BODY, BODY_BOLD, SANS_BOLD
from relbeheer.reports.theme import esc, para
from relbeheer.reports.words import words

HEALTH_W = 160


def cover(plan: AccountPlan) -> list[Flowable]:
    """Title block with the health panel at the right, then the next-step callout."""
    w, a, lang = words(plan.lang), plan.account, plan.lang
    details = [label_of("AccountKind", a.kind, lang), a.sector, a.city, a.country]
    subtitle = "  ·  ".join(esc(d) for d in details if d)
    meta = [
        (w["owner"], a.owner or "–"),
        (w["team"], a.team or "–"),
        (w["tier"], a.tier),
        (w["date"], fmt.long_date(plan.as_of, lang)),
        (w["cadence"], w["every_days"].format(n=a.cadence_days)),
        (w["region"], a.region or "–"),
    ]
    left_w = theme.WIDTH - HEALTH_W - 10
    col_w = left_w / 3
    rows = []
    for i in (0, 3):
        rows.append([k.upper() for k, _ in meta[i:i + 3]])
        rows.append([theme.fit(v, col_w, "meta_value", pad=6) for _, v in meta[i:i + 3]])
    meta_table = Table(rows, colWidths=[col_w] * 3, hAlign="LEFT")
    meta_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BODY, 7.2, 9), ("TEXTCOLOR", (0, 0), (-1, -1), theme.MUTED),
        ("FONT", (0, 1), (-1, 1), BODY_BOLD, 9.6, 11.5), ("TEXTCOLOR", (0, 1), (-1, 1), theme.INK),
        ("FONT", (0, 3), (-1, 3), BODY_BOLD, 9.6, 11.5), ("TEXTCOLOR", (0, 3), (-1, 3), theme.INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 2), (-1, 2), 7),
    ]))
    left = [
        para(esc(w["plan"]).upper(), "eyebrow"),
        Spacer(1, 2),
        para(esc(a.name), "title"),
        para(subtitle or "&nbsp;", "subtitle"),
        Spacer(1, 9),
        meta_table,
    ]
    block = Table([[left, health_panel(plan)]], colWidths=[left_w + 10, HEALTH_W], hAlign="LEFT")
    block.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [block, Spacer(1, 10), next_step(plan), Spacer(1, 4)]


def health_panel(plan: AccountPlan) -> Table:
    """Ring with the score, the band in its colour, the severity chip and the trend."""
    w, att = words(plan.lang), plan.attention
    ring = charts.health_ring(att.health if att else None, att.band if att else "")
    if att is None or att.health is None:
        lines = [para(esc(w["health"]).upper(), "meta_label"),
                 para(esc(w["not_scored"]), "kpi_sub")]
    else:
        colour = theme.colour_hex(theme.BAND.get(att.band, theme.FAINT))
        band = w.get(f"band_{att.band}", att.band)
        trend = _trend(att.trend, att.direction, w)
        chip_colour = theme.colour_hex(theme.SEVERITY.get(att.severity, theme.FAINT))
        severity = label_of("Severity", att.severity, plan.lang)
        lines = [
            para(esc(w["health"]).upper(), "meta_label"),
            para(f'<font color="{colour}">{esc(band)}</font>', "kpi_value"),
            para(f'{esc(w["severity"])}: <font color="{chip_colour}"><b>{esc(severity)}</b></font>',
                 "cell"),
            para(esc(trend), "kpi_sub"),
        ]
    panel = Table([[ring, lines]], colWidths=[70, HEALTH_W - 70])
    panel.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, -1), theme.TILE_BG),
        ("ROUNDEDCORNERS", [6, 6, 6, 6]),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    return panel


def _trend(trend: int | None, direction: str, w: dict) -> str:
    if trend is None:
        return ""
    if direction == "up":
        return w["trend_up"].format(n=f"+{abs(trend)}")
    if direction == "down":
        return w["trend_down"].format(n=f"-{abs(trend)}")
    return w["trend_flat"]


def next_step(plan: AccountPlan) -> Table:
    """The one thing to do next, in a blue-edged box (the engine's action, else the plan's first)."""
    w, att = words(plan.lang), plan.attention
    text, due = "", None
    if att is not None and att.next_action:
        text, due = att.next_action, att.next_action_due
        if due is None and plan.actions and plan.actions[0].source == "attention":
            due = plan.actions[0].due
    elif plan.actions:
        first = plan.actions[0]
        text = f"{label_of('TouchpointKind', first.kind, plan.lang)} · {first.contact}".rstrip(" ·")
        due = first.due
    body = esc(text or "–")
    if due is not None and fmt.long_date(due, plan.lang) not in text:
        body += f'  <font color="{theme.colour_hex(theme.MUTED)}">· {esc(fmt.long_date(due, plan.lang))}</font>'
    box = Table([[para(esc(w["next_action"]).upper(), "eyebrow")], [para(body, "callout")]],
                colWidths=[theme.WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), theme.CALLOUT_BG),
        ("LINEBEFORE", (0, 0), (0, -1), 3, theme.BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("TOPPADDING", (0, 1), (-1, 1), 1), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
    ]))
    return box


def key_figures(plan: AccountPlan) -> Table:
    """Eight tiles in two rows: revenue, last personal contact, NPS, CES; people, cases, quotes, touchpoints."""
    w, f, lang = words(plan.lang), plan.figures, plan.lang
    cadence = plan.account.cadence_days
    change = f.revenue_change
    if change is None:
        rev_sub, rev_colour = w["k_no_prev"], None
    else:
        pct = ("+" if change >= 0 else "") + fmt.number(change * 100, lang) + "%"
        rev_sub = ("▲ " if change >= 0 else "▼ ") + w["k_vs_prev"].format(pct=pct)
        rev_colour = theme.GREEN if change >= 0 else theme.RED
    if f.days_since_personal is None:
        last_value, last_sub, last_colour = w["k_never"], "", None
    else:
        last_value = w["k_days"].format(n=fmt.number(f.days_since_personal, lang))
        last_sub = w["k_last_on"].format(date=fmt.long_date(f.last_personal_contact, lang), n=cadence)
        last_colour = theme.RED if f.days_since_personal > cadence else None
    nps_value = fmt.number(f.nps, lang) if f.nps is not None else "–"
    nps_sub = ""
    if f.nps is not None:
        nps_sub = label_of("NpsBand", f.nps_band, lang) + " · " + fmt.date(f.nps_date, lang)
    ces_value = fmt.number(f.ces, lang, 1) if f.ces is not None else "–"
    tiles = [
        (w["k_revenue"], fmt.money(f.revenue_12m, lang), rev_sub, rev_colour),
        (w["k_last_personal"], last_value, last_sub, last_colour),
        (w["k_nps"], nps_value, nps_sub, None),
        (w["k_ces"], ces_value, w["k_ces_hint"], None),
        (w["k_contacts"], fmt.number(f.contacts, lang), w["k_ambassadors"].format(n=f.ambassadors), None),
        (w["k_cases"], fmt.number(f.open_cases, lang), "", theme.RED if f.open_cases else None),
        (w["k_offers"], fmt.number(f.open_offers, lang),
         fmt.money(f.open_offer_value, lang) if f.open_offers else "", None),
        (w["k_touchpoints"], fmt.number(f.touchpoints_12m, lang),
         w["k_personal"].format(n=f.personal_12m), None),
    ]
    gap = 6
    tile_w = (theme.WIDTH - 3 * gap) / 4
    cells = [_tile(label, value, sub, colour, tile_w) for label, value, sub, colour in tiles]
    grid = Table([cells[:4], cells[4:]], colWidths=[tile_w + gap] * 3 + [tile_w], hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), gap),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return grid


def _tile(label: str, value: str, sub: str, colour, width: float) -> Table:
    """Label, big value, one line of context; plain strings (a tile never wraps)."""
    tile = Table([[label], [value], [sub]], colWidths=[width], rowHeights=[15, 19, 15])
    tile.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), theme.TILE_BG),
        ("ROUNDEDCORNERS", [5, 5, 5, 5]),
        ("FONT", (0, 0), (0, 0), BODY, 7.4, 9), ("TEXTCOLOR", (0, 0), (0, 0), theme.MUTED),
        ("FONT", (0, 1), (0, 1), SANS_BOLD, 14, 16), ("TEXTCOLOR", (0, 1), (0, 1), theme.INK),
        ("FONT", (0, 2), (0, 2), BODY, 7.4, 9),
        ("TEXTCOLOR", (0, 2), (0, 2), colour or theme.MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 2), (0, 2), 5),
    ]))
    return tile
