"""Numbers, money and dates the way a Dutch or English reader expects them.

Hand-written rather than babel calls per cell: table views format thousands of
cells while scrolling, and these two locales need only a few rules
(nl: € 1.234,56 and 26-11-2026; en: €1,234.56 and 26 Nov 2026).
"""

from __future__ import annotations

import datetime as dt

LANGS = ("nl", "en")

_MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


_NL_SWAP = str.maketrans(",.", ".,")


def number(value: float | int | None, lang: str = "nl", decimals: int = 0) -> str:
    """Grouped number: 1.234,5 (nl) or 1,234.5 (en)."""
    if value is None:
        return ""
    text = f"{abs(value):,.{decimals}f}"
    if lang == "nl":
        text = text.translate(_NL_SWAP)
    return f"-{text}" if value < 0 and text.strip("0.,") else text


def money(value: float | None, lang: str = "nl", decimals: int = 0) -> str:
    """Euro amounts: '€ 1.234' (nl) or '€1,234' (en)."""
    if value is None:
        return ""
    text = number(abs(value), lang, decimals)
    sign = "-" if value < 0 else ""
    return f"{sign}€ {text}" if lang == "nl" else f"{sign}€{text}"


def date(value: dt.date | None, lang: str = "nl") -> str:
    """Short numeric date: 26-11-2026 (nl) or 2026-11-26 (en, unambiguous)."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()


def long_date(value: dt.date | None, lang: str = "nl") -> str:
    """26 nov 2026 / 26 Nov 2026."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[lang if lang in _MONTHS else 'en'][value.month - 1]} {value.year}"


def days_ago(value: dt.date | None, as_of: dt.date) -> int | None:
    return None if value is None else (as_of - value).days
