"""Human words for the domain's enum values, in Dutch and English.

The enums store stable English codes (``video_call``, ``decision_maker``); people
read "Videogesprek" or "Video call". One small table here serves the desktop app,
the PDFs and the CLI alike, so a touchpoint kind is called the same everywhere.
Pure Python on purpose: reports must not need Qt's translator to print a label.
"""

from __future__ import annotations

from enum import Enum

LANGS = ("nl", "en")

# Keyed by enum class name, so an enum defined elsewhere with the same name and values
# (the attention engine's Severity) gets its labels without importing it here.
_TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "TouchpointKind": {
        "visit": ("Bezoek", "Visit"),
        "call": ("Telefoongesprek", "Call"),
        "video_call": ("Videogesprek", "Video call"),
        "email": ("E-mail", "E-mail"),
        "newsletter": ("Nieuwsbrief", "Newsletter"),
        "event": ("Evenement", "Event"),
        "lunch": ("Lunch of diner", "Lunch or dinner"),
        "training": ("Training", "Training"),
        "gift": ("Attentie", "Gift"),
        "service_recovery": ("Serviceherstel", "Service recovery"),
        "quote": ("Offerte of order", "Quote or order"),
    },
    "DecisionRole": {
        "decision_maker": ("Beslisser", "Decision maker"),
        "influencer": ("Beïnvloeder", "Influencer"),
        "user": ("Gebruiker", "User"),
        "gatekeeper": ("Poortwachter", "Gatekeeper"),
    },
    "MeasurementKind": {
        "nps": ("NPS", "NPS"),
        "ces": ("CES", "CES"),
        "csat": ("CSAT", "CSAT"),
    },
    "CaseOutcome": {
        "recovered": ("Hersteld", "Recovered"),
        "resolved": ("Opgelost", "Resolved"),
        "unresolved": ("Niet opgelost", "Unresolved"),
    },
    "Tier": {
        "A": ("A", "A"),
        "B": ("B", "B"),
        "C": ("C", "C"),
    },
    "AccountKind": {
        "dealer": ("Dealer", "Dealer"),
        "reseller": ("Wederverkoper", "Reseller"),
        "wholesaler": ("Groothandel", "Wholesaler"),
        "business": ("Zakelijke klant", "Business customer"),
    },
    "Channel": {
        "personal": ("Persoonlijk", "Personal"),
        "digital": ("Digitaal", "Digital"),
    },
    "Binding": {
        "rational": ("Rationeel", "Rational"),
        "social": ("Sociaal-emotioneel", "Social-emotional"),
        "structural": ("Structureel", "Structural"),
    },
    "OfferStatus": {
        "open": ("Open", "Open"),
        "won": ("Gewonnen", "Won"),
        "lost": ("Verloren", "Lost"),
    },
    "NpsBand": {
        "promoter": ("Promotor", "Promoter"),
        "passive": ("Passief", "Passive"),
        "detractor": ("Criticaster", "Detractor"),
    },
    "Severity": {
        "critical": ("Kritiek", "Critical"),
        "high": ("Hoog", "High"),
        "medium": ("Middel", "Medium"),
        "low": ("Laag", "Low"),
        "ok": ("In orde", "OK"),
    },
    "Sentiment": {
        "1": ("Positief", "Positive"),
        "0": ("Neutraal", "Neutral"),
        "-1": ("Negatief", "Negative"),
    },
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def label(value: Enum, lang: str = "nl") -> str:
    """The word for an enum member: ``label(TouchpointKind.VISIT, "nl") == "Bezoek"``."""
    return label_of(type(value).__name__, value.value, lang)


def label_of(kind: str | type, raw: object, lang: str = "nl") -> str:
    """The word for a stored code, e.g. ``label_of(Binding, "social", "en")``.

    Codes the table does not know (old data, a typo in an import) are shown as they
    are rather than hidden; an empty code stays empty.
    """
    name = kind if isinstance(kind, str) else kind.__name__
    if raw is None or raw == "":
        return ""
    key = raw.value if isinstance(raw, Enum) else str(raw)
    pair = _TABLES.get(name, {}).get(key)
    return _pick(pair, lang) if pair else key


def choices(kind: type, lang: str = "nl") -> list[tuple[str, str]]:
    """``(code, word)`` for every member of an enum, in declaration order (for pickers)."""
    return [(member.value, label(member, lang)) for member in kind]


def sentiment_label(value: int | None, lang: str = "nl") -> str:
    """-1/0/1 as Negative/Neutral/Positive; ``None`` (not recorded) stays empty."""
    return "" if value is None else label_of("Sentiment", str(int(value)), lang)


def known_kinds() -> list[str]:
    """Names of the enum tables (for tests that check coverage)."""
    return sorted(_TABLES)
