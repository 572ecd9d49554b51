"""Words in outside files for our coded values: 'Bezoek', 'Meeting', 'Hot', 'Beslisser'.

Salesforce and HubSpot export their own picklist values (Call, Meeting, Email,
Hot/Warm/Cold); Dutch lists use Dutch words; our own exports use our codes. Each
reader returns our code, or raises ``ValueError`` with the phrase for the error.
"""

from __future__ import annotations

import re

from relbeheer.core.domain import (
    AccountKind,
    Channel,
    DecisionRole,
    Tier,
    TouchpointKind,
)
from relbeheer.core.labels import choices

K = TouchpointKind
# Activity types that are not a moment of attention: skipped, with this reason.
NOT_A_TOUCHPOINT = {"note", "notitie", "task", "taak", "todo", "log", "memo"}
_KIND_WORDS = {
    K.VISIT: ("visit", "bezoek", "meeting", "afspraak", "klantbezoek", "event_meeting",
              "inperson", "vergadering", "overleg", "werkbezoek"),
    K.CALL: ("call", "bellen", "gebeld", "telefoon", "telefonisch", "telefoongesprek",
             "gesprek", "phone", "phonecall", "belafspraak", "callback", "terugbellen"),
    K.VIDEO_CALL: ("video_call", "videocall", "video", "videogesprek", "videobellen", "teams",
                   "zoom", "webex", "onlinemeeting", "googlemeet", "meet"),
    K.EMAIL: ("email", "mail", "emailbericht", "emailsent", "emailreceived"),
    K.NEWSLETTER: ("newsletter", "nieuwsbrief", "mailing", "campaign", "campagne"),
    K.EVENT: ("event", "evenement", "beurs", "tradeshow", "seminar", "webinar", "congres"),
    K.LUNCH: ("lunch", "diner", "dinner", "ontbijt", "borrel", "lunchofdiner"),
    K.TRAINING: ("training", "opleiding", "cursus", "workshop", "instructie"),
    K.GIFT: ("gift", "attentie", "cadeau", "geschenk", "kerstpakket", "bloemen"),
    K.SERVICE_RECOVERY: ("service_recovery", "klacht", "complaint", "serviceherstel",
                         "service", "case", "reclamatie"),
    K.QUOTE: ("quote", "offerte", "order", "bestelling", "quoteororder", "offerteoforder"),
}


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _table(pairs: dict) -> dict[str, str]:
    table = {}
    for code, words in pairs.items():
        for word in words:
            table[_key(word)] = code.value if hasattr(code, "value") else code
    return table


def _with_labels(table: dict[str, str], enum) -> dict[str, str]:
    """Our own labels in both languages read back too (an export of ours, by a person)."""
    for lang in ("nl", "en"):
        for code, word in choices(enum, lang):
            table.setdefault(_key(word), code)
        for member in enum:
            table.setdefault(_key(member.value), member.value)
    return table


_KINDS = _with_labels(_table(_KIND_WORDS), TouchpointKind)
_ROLES = _with_labels(_table({
    DecisionRole.DECISION_MAKER: ("beslisser", "decisionmaker", "dmu", "economicbuyer",
                                  "eindbeslisser", "directeur", "eigenaar"),
    DecisionRole.INFLUENCER: ("influencer", "beinvloeder", "adviseur", "champion",
                              "evaluator", "technicalbuyer"),
    DecisionRole.USER: ("user", "gebruiker", "enduser", "eindgebruiker"),
    DecisionRole.GATEKEEPER: ("gatekeeper", "poortwachter", "inkoper", "purchaser",
                              "secretaresse", "assistent"),
}), DecisionRole)
_TIERS = _with_labels(_table({
    Tier.A: ("a", "1", "hot", "gold", "goud", "key", "keyaccount", "strategisch", "strategic"),
    Tier.B: ("b", "2", "warm", "silver", "zilver"),
    Tier.C: ("c", "3", "cold", "bronze", "brons", "koud"),
}), Tier)
_ACCOUNT_KINDS = _with_labels(_table({
    AccountKind.DEALER: ("dealer", "dealers", "winkel", "retailer", "retail", "shop"),
    AccountKind.RESELLER: ("reseller", "wederverkoper", "channelpartner", "partner",
                           "distributor", "installateur", "installer", "integrator"),
    AccountKind.WHOLESALER: ("wholesaler", "groothandel", "grossier", "wholesale"),
    AccountKind.BUSINESS: ("business", "zakelijk", "zakelijkeklant", "customer", "klant",
                           "customerdirect", "directcustomer", "eindklant", "enduser"),
}), AccountKind)
_CHANNELS = _with_labels(_table({
    Channel.PERSONAL: ("personal", "persoonlijk", "visit", "bezoek", "phone", "telefoon"),
    Channel.DIGITAL: ("digital", "digitaal", "email", "mail", "online", "portal", "portaal"),
}), Channel)
_SENTIMENT = {"positief": 1, "positive": 1, "goed": 1, "good": 1, "1": 1, "+": 1, "+1": 1,
              "neutraal": 0, "neutral": 0, "0": 0, "negatief": -1, "negative": -1,
              "slecht": -1, "bad": -1, "-1": -1, "-": -1}


def _lookup(table: dict[str, str], text: str, what: str) -> str:
    code = table.get(_key(text))
    if code is None:
        raise ValueError(what)
    return code


def touchpoint_kind(text: str) -> str | None:
    """Our kind code; None for notes and tasks (not a moment of contact)."""
    key = _key(text)
    if key in NOT_A_TOUCHPOINT:
        return None
    # Salesforce writes "Call - Outbound", HubSpot "Email - sent": the first word decides.
    if key not in _KINDS:
        first = _key(re.split(r"[-–:/(]", text, maxsplit=1)[0])
        if first in NOT_A_TOUCHPOINT:
            return None
        key = first
    return _lookup(_KINDS, key, "a kind of touchpoint (" + ", ".join(m.value for m in K) + ")")


def guess_kind(subject: str) -> str | None:
    """A kind from a subject line ('Bezoek showroom', 'Call: offerte'), or None."""
    for word in re.split(r"[\s:,\-–/]+", subject):
        code = _KINDS.get(_key(word))
        if code:
            return code
    return None


def decision_role(text: str) -> str:
    return _lookup(_ROLES, text, "a role (" + ", ".join(m.value for m in DecisionRole) + ")")


def tier(text: str) -> str:
    return _lookup(_TIERS, text, "a tier (A, B or C)")


def account_kind(text: str) -> str:
    return _lookup(_ACCOUNT_KINDS, text,
                   "a kind of account (" + ", ".join(m.value for m in AccountKind) + ")")


def channel(text: str) -> str:
    return _lookup(_CHANNELS, text, "a channel (personal or digital)")


def sentiment(text: str) -> int:
    value = _SENTIMENT.get(text.strip().casefold())
    if value is None:
        raise ValueError("a sentiment (positive, neutral or negative)")
    return value
