"""Checking what a user typed before anything is written.

Each ``check_*`` takes the form's values (plain dicts of text/numbers/dates) and
returns ``{field: message}`` in the user's language; an empty dict means valid. The
UI shows each message next to its field (nothing typed is lost); the services raise
``ValidationError`` with the same dict so the CLI and imports report the same words.
"""

from __future__ import annotations

import datetime as dt
import re

from relbeheer.core.domain import (
    MEASUREMENT_RANGES,
    AccountKind,
    CaseOutcome,
    Channel,
    DecisionRole,
    MeasurementKind,
    Tier,
    TouchpointKind,
)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200
MAX_NOTE = 20_000

_MESSAGES = {
    "required": {"nl": "Verplicht veld.", "en": "Required."},
    "too_long": {"nl": "Te lang (maximaal {n} tekens).", "en": "Too long (at most {n} characters)."},
    "choice": {"nl": "Kies een van: {choices}.", "en": "Choose one of: {choices}."},
    "email": {"nl": "Geen geldig e-mailadres.", "en": "Not a valid e-mail address."},
    "date": {"nl": "Geen geldige datum.", "en": "Not a valid date."},
    "future": {"nl": "Ligt in de toekomst.", "en": "Lies in the future."},
    "before": {"nl": "Ligt voor {other}.", "en": "Lies before {other}."},
    "range": {"nl": "Moet tussen {lo} en {hi} liggen.", "en": "Must be between {lo} and {hi}."},
    "number": {"nl": "Geen geldig getal.", "en": "Not a valid number."},
    "positive": {"nl": "Moet groter dan nul zijn.", "en": "Must be greater than zero."},
}


class ValidationError(ValueError):
    """Raised by the services with every field problem at once."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def message(key: str, lang: str, **kw) -> str:
    return _MESSAGES[key][lang if lang in ("nl", "en") else "en"].format(**kw)


def _text(values: dict, name: str, errors: dict, lang: str, *, required=False, limit=MAX_NAME):
    value = values.get(name)
    text = "" if value is None else str(value).strip()
    if required and not text:
        errors[name] = message("required", lang)
    elif len(text) > limit:
        errors[name] = message("too_long", lang, n=limit)


def _choice(values: dict, name: str, enum, errors: dict, lang: str, *, required=True):
    value = values.get(name)
    if value in (None, ""):
        if required:
            errors[name] = message("required", lang)
        return
    if str(value) not in {e.value for e in enum}:
        errors[name] = message("choice", lang, choices=", ".join(e.value for e in enum))


def _date(values: dict, name: str, errors: dict, lang: str, *, required=True, today=None,
          allow_future=True) -> dt.date | None:
    value = values.get(name)
    if value in (None, ""):
        if required:
            errors[name] = message("required", lang)
        return None
    if isinstance(value, dt.date):
        parsed = value
    else:
        try:
            parsed = dt.date.fromisoformat(str(value))
        except ValueError:
            errors[name] = message("date", lang)
            return None
    if not allow_future and today is not None and parsed > today:
        errors[name] = message("future", lang)
    return parsed


def check_account(values: dict, lang: str = "nl") -> dict[str, str]:
    errors: dict[str, str] = {}
    _text(values, "name", errors, lang, required=True)
    _choice(values, "tier", Tier, errors, lang)
    _choice(values, "kind", AccountKind, errors, lang, required=False)
    for name in ("sector", "region", "city", "country", "external_ref"):
        _text(values, name, errors, lang)
    for name in ("notes", "goals"):
        _text(values, name, errors, lang, limit=MAX_NOTE)
    cadence = values.get("cadence_days")
    if cadence not in (None, ""):
        try:
            if int(cadence) <= 0:
                errors["cadence_days"] = message("positive", lang)
        except (TypeError, ValueError):
            errors["cadence_days"] = message("number", lang)
    return errors


def check_contact(values: dict, lang: str = "nl") -> dict[str, str]:
    errors: dict[str, str] = {}
    _text(values, "account_id", errors, lang, required=True)
    _text(values, "name", errors, lang, required=True)
    _choice(values, "role", DecisionRole, errors, lang)
    _choice(values, "preferred_channel", Channel, errors, lang, required=False)
    _text(values, "job_title", errors, lang)
    _text(values, "phone", errors, lang)
    email = (values.get("email") or "").strip()
    if email and not EMAIL_RE.match(email):
        errors["email"] = message("email", lang)
    return errors


def check_touchpoint(values: dict, lang: str = "nl", today: dt.date | None = None) -> dict[str, str]:
    """A touchpoint happened (no future date); its follow-up may not lie before it."""
    errors: dict[str, str] = {}
    today = today or dt.date.today()
    _text(values, "account_id", errors, lang, required=True)
    _choice(values, "kind", TouchpointKind, errors, lang)
    when = _date(values, "date", errors, lang, today=today, allow_future=False)
    follow = _date(values, "follow_up_on", errors, lang, required=False)
    if when and follow and follow < when:
        errors["follow_up_on"] = message("before", lang, other=when.isoformat())
    sentiment = values.get("sentiment")
    if sentiment not in (None, "") and sentiment not in (-1, 0, 1):
        errors["sentiment"] = message("range", lang, lo=-1, hi=1)
    _text(values, "note", errors, lang, limit=MAX_NOTE)
    return errors


def check_measurement(values: dict, lang: str = "nl", today: dt.date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    _text(values, "account_id", errors, lang, required=True)
    _choice(values, "kind", MeasurementKind, errors, lang)
    _date(values, "date", errors, lang, today=today or dt.date.today(), allow_future=False)
    score = values.get("score")
    try:
        score = float(score)
    except (TypeError, ValueError):
        errors["score"] = message("number" if score not in (None, "") else "required", lang)
        return errors
    kind = values.get("kind")
    if kind in {k.value for k in MeasurementKind}:
        lo, hi = MEASUREMENT_RANGES[MeasurementKind(kind)]
        if not lo <= score <= hi:
            errors["score"] = message("range", lang, lo=lo, hi=hi)
    return errors


def check_case(values: dict, lang: str = "nl", today: dt.date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    _text(values, "account_id", errors, lang, required=True)
    _text(values, "subject", errors, lang, required=True)
    opened = _date(values, "opened_on", errors, lang, today=today or dt.date.today(), allow_future=False)
    resolved = _date(values, "resolved_on", errors, lang, required=False)
    if opened and resolved and resolved < opened:
        errors["resolved_on"] = message("before", lang, other=opened.isoformat())
    _choice(values, "outcome", CaseOutcome, errors, lang, required=False)
    _text(values, "note", errors, lang, limit=MAX_NOTE)
    return errors
