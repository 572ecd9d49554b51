"""The sentences a person reads: reasons and next actions, in Dutch and English.

Users are Dutch account managers (DESIGN.md §1); directors may read English. Each
rule has one template per language; numbers come from the rule's params, so the
wording can change here without touching a rule.
"""

from __future__ import annotations

import datetime as dt
import math

from relbeheer.core.domain import DecisionRole, TouchpointKind

LANGS = ("nl", "en")

SEVERITY = {
    "nl": {"ok": "ok", "low": "laag", "medium": "middel", "high": "hoog", "critical": "kritiek"},
    "en": {"ok": "ok", "low": "low", "medium": "medium", "high": "high", "critical": "critical"},
}
ROLE = {
    "nl": {DecisionRole.DECISION_MAKER: "beslisser", DecisionRole.INFLUENCER: "beïnvloeder",
           DecisionRole.USER: "gebruiker", DecisionRole.GATEKEEPER: "poortwachter"},
    "en": {DecisionRole.DECISION_MAKER: "decision maker", DecisionRole.INFLUENCER: "influencer",
           DecisionRole.USER: "user", DecisionRole.GATEKEEPER: "gatekeeper"},
}
AMBASSADOR = {"nl": "ambassadeur", "en": "ambassador"}
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

REASONS = {
    "nl": {
        "cadence": "Laatste persoonlijke contact {days} geleden; {cadence_phrase}",
        "cadence_never": "Nog geen persoonlijk contact vastgelegd",
        "own_rhythm": "Laatste persoonlijke contact {days} geleden; normaal {gap}",
        "digital_drift": "Alleen digitaal contact in de laatste {cadence} "
                         "({digital}× e-mail, nieuwsbrief of offerte)",
        "key_contact": "{person} al meer dan {window} niet persoonlijk gesproken; "
                       "collega's wel",
        "key_contact_days": "{person} al {days} niet persoonlijk gesproken "
                            "(cadans {window}); collega's wel",
        "binding_gap": "Al {days} geen sociaal/emotioneel contact (bezoek, lunch, "
                       "evenement); grens is {limit}",
        "binding_gap_never": "Nog nooit sociaal/emotioneel contact (bezoek, lunch, evenement)",
        "structural_binding": "{tier}-klant zonder structurele binding: geen contract in het "
                              "afgelopen jaar",
        "open_complaint": "Klacht '{subject}' staat al {days} open{more}",
        "satisfied_slipping": "Tevreden ({scores}), maar {falling}; tevreden is nog niet loyaal",
        "revenue_trend": "Inkoop laatste {months} maanden {recent}, de {months} maanden "
                         "ervoor {prior} ({pct}%)",
    },
    "en": {
        "cadence": "Last personal contact {days} ago; {cadence_phrase}",
        "cadence_never": "No personal contact recorded yet",
        "own_rhythm": "Last personal contact {days} ago; usually {gap}",
        "digital_drift": "Only digital contact in the last {cadence} "
                         "({digital}× e-mail, newsletter or quote)",
        "key_contact": "No personal contact with {person} for more than {window}, "
                       "while colleagues were contacted",
        "key_contact_days": "No personal contact with {person} for {days} (cadence "
                            "{window}), while colleagues were contacted",
        "binding_gap": "No social/emotional contact (visit, lunch, event) for {days}; "
                       "the limit is {limit}",
        "binding_gap_never": "Never any social/emotional contact (visit, lunch, event)",
        "structural_binding": "{tier} account without structural binding: no contract in the "
                              "last year",
        "open_complaint": "Complaint '{subject}' open for {days}{more}",
        "satisfied_slipping": "Satisfied ({scores}) but {falling}; satisfied is not loyal",
        "revenue_trend": "Purchases in the last {months} months {recent} against {prior} "
                         "the {months} months before ({pct}%)",
    },
}
PHRASES = {
    "nl": {
        "tier_cadence": "cadans voor {tier}-klanten is {cadence}",
        "own_cadence": "afgesproken cadans is {cadence}",
        "usual": "normaal {gap}",
        "attention": "minder persoonlijk contact ({recent} tegen {before} het half jaar ervoor)",
        "purchases": "inkoop gedaald naar {pct}% van het half jaar ervoor",
        "and": " en ",
        "more": " ({count} klachten open)",
    },
    "en": {
        "tier_cadence": "the cadence for {tier} accounts is {cadence}",
        "own_cadence": "the agreed cadence is {cadence}",
        "usual": "usually {gap}",
        "attention": "less personal contact ({recent} against {before} the half year before)",
        "purchases": "purchases down to {pct}% of the half year before",
        "and": " and ",
        "more": " ({count} complaints open)",
    },
}
ACTIONS = {
    "nl": {
        TouchpointKind.VISIT: "Plan een bezoek met {person}",
        TouchpointKind.CALL: "Bel {person}",
        TouchpointKind.VIDEO_CALL: "Plan een videogesprek met {person}",
        TouchpointKind.LUNCH: "Nodig {person} uit voor een lunch",
        TouchpointKind.EVENT: "Nodig {person} uit voor een evenement",
        TouchpointKind.TRAINING: "Bied {person} een training voor het personeel aan",
        TouchpointKind.GIFT: "Stuur {person} een persoonlijke attentie",
        TouchpointKind.SERVICE_RECOVERY: "Bel {person} over de klacht '{subject}'",
        "digital": "Mail {person}",
        "nobody": "de contactpersoon bij {account}",
        "due": "{action} vóór {due}",
        "revenue_trend": "{action} om de dalende inkoop te bespreken",
        "satisfied_slipping": "{action} en vraag wat er nodig is voor een 9 of 10",
        "digital_drift": "{action}: persoonlijk, niet per mail",
    },
    "en": {
        TouchpointKind.VISIT: "Plan a visit with {person}",
        TouchpointKind.CALL: "Call {person}",
        TouchpointKind.VIDEO_CALL: "Schedule a video call with {person}",
        TouchpointKind.LUNCH: "Invite {person} to lunch",
        TouchpointKind.EVENT: "Invite {person} to an event",
        TouchpointKind.TRAINING: "Offer {person} a training for their staff",
        TouchpointKind.GIFT: "Send {person} a personal gift",
        TouchpointKind.SERVICE_RECOVERY: "Call {person} about the complaint '{subject}'",
        "digital": "E-mail {person}",
        "nobody": "your contact at {account}",
        "due": "{action} before {due}",
        "revenue_trend": "{action} to discuss the falling purchases",
        "satisfied_slipping": "{action} and ask what it takes to score a 9 or 10",
        "digital_drift": "{action}: in person, not by e-mail",
    },
}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def whole(value) -> str:
    """A count or a number of days as a whole number."""
    return str(int(round(float(value))))


def days(value, lang: str) -> str:
    """'1 dag' / '94 dagen', '1 day' / '94 days'."""
    n = int(round(float(value)))
    if lang == "nl":
        return f"{n} dag" if n == 1 else f"{n} dagen"
    return f"{n} day" if n == 1 else f"{n} days"


def every(value, lang: str) -> str:
    """'elke dag' / 'elke 28 dagen', 'every day' / 'every 28 days'."""
    n = int(round(float(value)))
    word = "elke" if lang == "nl" else "every"
    return f"{word} {'dag' if lang == 'nl' else 'day'}" if n == 1 else f"{word} {days(n, lang)}"


def money(amount: float, lang: str) -> str:
    """€ 12.400 (nl) / € 12,400 (en): whole euros, thousands grouped."""
    text = f"{round(float(amount)):,}"
    return "€ " + (text.replace(",", ".") if lang == "nl" else text)


def date_text(day: dt.date, lang: str) -> str:
    """12 maart 2026 / 12 March 2026."""
    return f"{day.day} {MONTHS[_lang(lang)][day.month - 1]} {day.year}"


def severity_text(label: str, lang: str) -> str:
    return SEVERITY[_lang(lang)][label]


def person_text(contact, lang: str, account: str = "") -> str:
    """'Jan de Vries (beslisser)', or 'de contactpersoon bij X' when nobody is known."""
    lang = _lang(lang)
    if contact is None:
        return ACTIONS[lang]["nobody"].format(account=account)
    roles = []
    if contact.role in (DecisionRole.DECISION_MAKER, DecisionRole.INFLUENCER,
                        DecisionRole.GATEKEEPER) or not contact.is_ambassador:
        roles.append(ROLE[lang][contact.role])
    if contact.is_ambassador:
        roles.append(AMBASSADOR[lang])
    return f"{contact.name} ({', '.join(roles)})"


def _finite(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def reason_text(reason, lang: str = "nl") -> str:
    """The sentence for one Reason."""
    lang = _lang(lang)
    t, ph, p = REASONS[lang], PHRASES[lang], reason.params
    rule = reason.rule
    if rule == "cadence":
        if not _finite(p.get("days")):
            return t["cadence_never"]
        key = "own_cadence" if p.get("own_cadence") else "tier_cadence"
        phrase = ph[key].format(tier=p.get("tier", ""), cadence=days(p["cadence"], lang))
        if _finite(p.get("usual_gap")):
            phrase = ph["usual"].format(gap=every(p["usual_gap"], lang)) + " (" + phrase + ")"
        return t["cadence"].format(days=days(p["days"], lang), cadence_phrase=phrase)
    if rule == "own_rhythm":
        return t[rule].format(days=days(p["days"], lang), gap=every(p["usual_gap"], lang))
    if rule == "digital_drift":
        return t[rule].format(cadence=days(p["cadence"], lang), digital=whole(p["digital"]))
    if rule == "key_contact":
        person, window = person_text(p["contact"], lang), days(p["window"], lang)
        if _finite(p.get("days")):
            return t["key_contact_days"].format(person=person, days=days(p["days"], lang),
                                                window=window)
        return t[rule].format(person=person, window=window)
    if rule == "binding_gap":
        if not _finite(p.get("days")):
            return t["binding_gap_never"]
        return t[rule].format(days=days(p["days"], lang), limit=days(p["limit"], lang))
    if rule == "structural_binding":
        return t[rule].format(tier=p.get("tier", "A"))
    if rule == "open_complaint":
        more = ph["more"].format(count=p["count"]) if p.get("count", 1) > 1 else ""
        return t[rule].format(subject=p.get("subject", ""), days=days(p["days_open"], lang),
                              more=more)
    if rule == "satisfied_slipping":
        scores = []
        if _finite(p.get("nps")):
            scores.append(f"NPS {whole(p['nps'])}")
        if _finite(p.get("csat")):
            scores.append(f"CSAT {whole(p['csat'])}")
        falling = []
        if p.get("attention"):
            falling.append(ph["attention"].format(recent=whole(p["recent"]), before=whole(p["before"])))
        if p.get("purchases"):
            falling.append(ph["purchases"].format(pct=whole(p["revenue_pct"])))
        return t[rule].format(scores=", ".join(scores), falling=ph["and"].join(falling))
    if rule == "revenue_trend":
        return t[rule].format(months=whole(p["window"] / 30.44), recent=money(p["recent"], lang),
                              prior=money(p["prior"], lang), pct=whole(p["pct"]))
    raise ValueError(f"no text for rule {rule!r}")


def action_text(action, lang: str = "nl") -> str:
    """The sentence for a NextAction: verb, person and, where it helps, the purpose."""
    lang = _lang(lang)
    a = ACTIONS[lang]
    person = person_text(action.contact, lang, action.account)
    template = a.get(action.kind) or a["digital"]
    text = template.format(person=person, subject=action.subject)
    if action.rule in ("revenue_trend", "satisfied_slipping", "digital_drift"):
        text = a[action.rule].format(action=text)
    if not action.rule and action.due is not None:
        text = a["due"].format(action=text, due=date_text(action.due, lang))
    return text
