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
from relbeheer.reports.fonts import BODY, BODY_BOLD
from relbeheer.reports.theme import stack
from relbeheer.reports.words import words

HEALTH_W = 160


def cover(plan: AccountPlan) -> list[Flowable]:
    """Title block with the health panel at the right, then the next-step callout."""
    w, a, lang = words(plan.lang), plan.account, plan.lang
    details = [label_of("AccountKind", a.kind, lang), a.sector, a.city, a.country]
    subtitle = "  ·  ".join(d for d in details if d)
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
        stack([(w["plan"].upper(), "eyebrow", None), (a.name, "title", None),
               (subtitle or " ", "subtitle", None)], left_w, gaps={1: 2}),
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
    """Ring with the score, the band in its colour, the severity and the trend."""
    w, att = words(plan.lang), plan.attention
    ring = charts.Picture(charts.health_ring(att.health if att else None, att.band if att else ""))
    text_w = HEALTH_W - 70
    if att is None or att.health is None:
        lines = [(w["health"].upper(), "meta_label", None), (w["not_scored"], "kpi_sub", None)]
    else:
        lines = [
            (w["health"].upper(), "meta_label", None),
            (w.get(f"band_{att.band}", att.band), "kpi_value", theme.BAND.get(att.band, theme.FAINT)),
            (f'{w["severity"]}: {label_of("Severity", att.severity, plan.lang)}', "cell_b",
             theme.SEVERITY.get(att.severity, theme.FAINT)),
            (_trend(att.trend, att.direction, w), "kpi_sub", None),
        ]
    panel = Table([[ring, stack(lines, text_w)]], colWidths=[70, text_w])
    panel.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, -1), theme.TILE_BG),
        ("ROUNDEDCORNERS", [6, 6, 6, 6]),
        ("LEFTPADDING", (0, 0), (0, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    return panel


def _trend(trend: int | None, direction: str, w: dict) -> str:
    if trend is None:
        return ""
    if direction == "up":
        return w["trend_up"].format(n=f"+{abs(trend)}")
    if direction == "down":
        return w["trend_down"].format(n=f"−{abs(trend)}")
    return w["trend_flat"]


def next_step(plan: AccountPlan) -> Table:
    """The one thing to do next, in a blue-edged box (the engine's action, else the plan's first)."""
    w, att = words(plan.lang), plan.attention
    text, due = "", None
    if att is not None and att.next_action:
        text, due = att.next_action, att.next_action_due
        if due is None:  # the action plan dated it (by severity)
            due = next((a.due for a in plan.actions if a.source == "attention"), None)
    elif plan.actions:
        first = plan.actions[0]
        text = f"{label_of('TouchpointKind', first.kind, plan.lang)} · {first.contact}".rstrip(" ·")
        due = first.due
    text = text or "–"
    # the engine's sentence may already say "before 20 December 2026"
    if due is not None and str(due.year) not in text:
        text += f"  ·  {fmt.long_date(due, plan.lang)}"
    box = stack([(w["next_action"].upper(), "eyebrow", None), (text, "callout", None)], theme.WIDTH,
                pad=(10, 10, 6, 7), background=theme.CALLOUT_BG, gaps={1: 1})
    box.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 3, theme.BLUE)]))
    return box


def key_figures(plan: AccountPlan) -> theme.Tiles:
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
        last_sub = w["k_last_on"].format(date=fmt.date(f.last_personal_contact, lang), n=cadence)
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
        (w["k_contacts"], fmt.number(f.contacts, lang),
         w["k_ambassadors" if f.ambassadors == 1 else "k_ambassadors_n"].format(n=f.ambassadors), None),
        (w["k_cases"], fmt.number(f.open_cases, lang), "", theme.RED if f.open_cases else None),
        (w["k_offers"], fmt.number(f.open_offers, lang),
         fmt.money(f.open_offer_value, lang) if f.open_offers else "", None),
        (w["k_touchpoints"], fmt.number(f.touchpoints_12m, lang),
         w["k_personal"].format(n=f.personal_12m), None),
    ]
    return theme.Tiles(tiles, theme.WIDTH)
