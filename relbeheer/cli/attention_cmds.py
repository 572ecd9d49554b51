"""attention, health: the morning list and one account's state (issue 3)."""

from __future__ import annotations

import argparse
import datetime as dt

from relbeheer.cli.common import CliError, print_json, services
from relbeheer.core.attention.health import COMPONENTS
from relbeheer.core.attention.texts import date_text, money, person_text, severity_text
from relbeheer.services.attention import UnknownFilter

LABELS = {
    "nl": {"title": "Aandacht op {day}: {flagged} van {total} relaties",
           "health": "gezondheid", "none": "Geen relaties die aandacht vragen.",
           "more": "… en nog {n} (gebruik --limit)", "band": {"red": "rood", "amber": "oranje",
                                                             "green": "groen"},
           "trend": "trend {trend} t.o.v. {days} dagen eerder", "reasons": "Redenen",
           "action": "Volgende actie", "people": "Personen", "never": "nooit persoonlijk",
           "ago": "{days} dagen geleden", "overdue": "te lang", "severity": "Ernst",
           "value": "Waarde (12 mnd)", "owner": "accountmanager",
           "components": {"recency": "recent contact", "frequency": "frequentie",
                          "binding": "binding", "satisfaction": "tevredenheid",
                          "revenue": "omzet", "service": "klachten"}},
    "en": {"title": "Attention on {day}: {flagged} of {total} accounts",
           "health": "health", "none": "No accounts need attention.",
           "more": "… and {n} more (use --limit)", "band": {"red": "red", "amber": "amber",
                                                           "green": "green"},
           "trend": "trend {trend} against {days} days earlier", "reasons": "Reasons",
           "action": "Next action", "people": "People", "never": "never in person",
           "ago": "{days} days ago", "overdue": "overdue", "severity": "Severity",
           "value": "Value (12 mo)", "owner": "account manager",
           "components": {"recency": "recent contact", "frequency": "frequency",
                          "binding": "binding", "satisfaction": "satisfaction",
                          "revenue": "revenue", "service": "complaints"}},
}


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def register(sub) -> None:
    p = sub.add_parser("attention", help="accounts that need attention, most urgent first")
    p.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="day to judge (default today)")
    p.add_argument("--owner", metavar="NAME", help="only this account manager's accounts")
    p.add_argument("--team", metavar="NAME", help="only this team's accounts")
    p.add_argument("--region", metavar="NAME", help="only this region's accounts")
    p.add_argument("--limit", type=_count, metavar="N", help="show the first N")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(handler=cmd_attention)

    p = sub.add_parser("health", help="one account's health, reasons and next action")
    p.add_argument("account", metavar="ACCOUNT", help="id, external reference or exact name")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="day to judge (default today)")
    p.set_defaults(handler=cmd_health)


def _signed(n: int | None) -> str:
    return "–" if n is None else f"{n:+d}".replace("-", "−")


def _whole(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "nl" else text


def cmd_attention(args) -> int:
    with services(args) as svc:
        try:
            listing = svc.attention.listing(args.as_of, args.owner, args.team, args.region,
                                            args.limit)
        except (UnknownFilter, ValueError) as exc:
            raise CliError(str(exc)) from exc
    lang = args.lang
    if args.json:
        print_json([item.to_dict(lang) for item in listing.items])
        return 0
    t = LABELS[lang]
    print(t["title"].format(day=date_text(listing.as_of, lang),
                            flagged=_whole(listing.flagged, lang),
                            total=_whole(listing.accounts, lang)))
    if not listing.items:
        print(t["none"])
    for n, item in enumerate(listing.items, 1):
        h = item.health
        print(f"{n:>4}. {severity_text(item.severity.label, lang).upper():<8} {item.account} "
              f"({item.tier}) · {item.owner or '–'} · {t['health']} {h.score} ({_signed(h.trend)})"
              f" · {money(item.value_at_stake, lang)}")
        for reason in item.reasons:
            print(f"        - {reason.text(lang)}")
        print(f"        → {item.next_action.text(lang)}")
    shown = len(listing.items)
    if shown < listing.flagged:
        print(t["more"].format(n=_whole(listing.flagged - shown, lang)))
    return 0


def cmd_health(args) -> int:
    with services(args) as svc:
        report = svc.attention.health(args.account, args.as_of)
    item, lang, t = report.item, args.lang, LABELS[args.lang]
    if args.json:
        data = item.to_dict(lang)
        data.update({
            "as_of": report.as_of.isoformat(),
            "health_components": report.health.components,
            "health_previous": report.health.previous,
            "usual_gap_days": item.usual_gap_days,
            "contacts": [{"contact_id": c.contact.id, "name": c.contact.name,
                          "role": c.contact.role.value, "ambassador": c.contact.is_ambassador,
                          "last_personal_contact": c.last_personal.isoformat()
                          if c.last_personal else None,
                          "days": c.days, "limit_days": c.limit, "overdue": c.overdue}
                         for c in report.contacts],
        })
        print_json(data)
        return 0
    h = report.health
    print(f"{item.account} ({item.tier}) · {t['owner']} {item.owner or '–'}")
    print(f"{t['health'].capitalize()} {h.score}/100 ({t['band'][h.band]}), "
          + t["trend"].format(trend=_signed(h.trend), days=report.trend_days))
    for name in COMPONENTS:
        value = h.components.get(name)
        print(f"  {t['components'][name]:<16}{'–' if value is None else round(value):>5}")
    print(f"{t['severity']}: {severity_text(item.severity.label, lang)} · "
          f"{t['value']}: {money(item.value_at_stake, lang)}")
    if item.reasons:
        print(f"{t['reasons']}:")
        for reason in item.reasons:
            print(f"  - {reason.text(lang)}")
    print(f"{t['action']}: {item.next_action.text(lang)}")
    if report.contacts:
        print(f"{t['people']}:")
        for c in report.contacts:
            when = t["never"] if c.days is None else t["ago"].format(days=c.days)
            flag = f" ({t['overdue']})" if c.overdue and c.contact.is_key else ""
            print(f"  {person_text(c.contact, lang)}: {when}{flag}")
    return 0

