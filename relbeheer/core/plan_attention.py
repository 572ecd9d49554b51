"""The attention engine's verdict on one account, as the plan prints it.

The engine (``core.attention``) returns rich objects: numpy-backed scores,
reasons that render themselves, a next action naming a contact. A plan needs a
frozen, picklable snapshot in one language (batch workers receive it from the
parent process), and must not break when the engine grows a field, so the
adapter reads it by duck typing. It also reads the ``attention --json`` dict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PlanReason:
    """One risk: the rule that fired, how serious, and the sentence."""

    rule: str
    severity: str  # critical / high / medium / low
    text: str


@dataclass(frozen=True)
class PlanAttention:
    """The attention engine's verdict on the account, flattened for printing.

    ``band`` is red / amber / green; ``direction`` up / down / flat against the score
    ``trend_days`` earlier. Built by ``attention_from_item`` from the engine's item.
    """

    health: int | None
    band: str
    severity: str
    trend: int | None = None
    direction: str = "flat"
    reasons: tuple[PlanReason, ...] = ()
    next_action: str = ""
    next_action_kind: str = ""
    next_action_contact: str = ""
    next_action_role: str = ""
    next_action_due: dt.date | None = None
    value_at_stake: float = 0.0
    priority: float = 0.0
    days_since_personal: int | None = None
    cadence_days: int | None = None


def attention_from_item(item: Any, lang: str = "nl") -> PlanAttention | None:
    """Flatten the attention engine's per-account result (its ``AttentionItem`` or the
    ``attention --json`` dict) into what the plan prints. Duck-typed on purpose: the
    plan must not break when the engine grows a field."""
    if item is None:
        return None
    if isinstance(item, dict):
        return _from_dict(item)
    health = getattr(item, "health", None)
    action = getattr(item, "next_action", None)
    contact = getattr(action, "contact", None)
    reasons = tuple(
        PlanReason(str(getattr(r, "rule", "")), _code(getattr(r, "severity", "")),
                   r.text(lang) if callable(getattr(r, "text", None)) else str(r))
        for r in (getattr(item, "reasons", None) or ())
    )
    return PlanAttention(
        health=getattr(health, "score", health if isinstance(health, int) else None),
        band=str(getattr(health, "band", "") or ""),
        severity=_code(getattr(item, "severity", "")),
        trend=getattr(health, "trend", None),
        direction=str(getattr(health, "direction", "flat") or "flat"),
        reasons=reasons,
        next_action=action.text(lang) if callable(getattr(action, "text", None)) else str(action or ""),
        next_action_kind=_code(getattr(action, "kind", "")),
        next_action_contact=str(getattr(contact, "name", "") or ""),
        next_action_role=_code(getattr(contact, "role", "")),
        next_action_due=getattr(action, "due", None),
        value_at_stake=float(getattr(item, "value_at_stake", 0.0) or 0.0),
        priority=float(getattr(item, "priority", 0.0) or 0.0),
        days_since_personal=getattr(item, "days_since_personal_contact", None),
        cadence_days=getattr(item, "cadence_days", None),
    )


def _from_dict(d: dict) -> PlanAttention:
    reasons = tuple(PlanReason(str(r.get("rule", "")), str(r.get("severity", "")), str(r.get("text", "")))
                    for r in d.get("reasons") or ())
    return PlanAttention(
        health=d.get("health"), band=str(d.get("health_band", "") or ""),
        severity=str(d.get("severity", "") or ""), trend=d.get("trend"),
        direction=str(d.get("trend_direction", "flat") or "flat"), reasons=reasons,
        next_action=str(d.get("next_action", "") or ""),
        next_action_kind=str(d.get("next_action_kind", "") or ""),
        next_action_contact=str(d.get("next_action_contact") or ""),
        value_at_stake=float(d.get("value_at_stake") or 0.0),
        priority=float(d.get("priority") or 0.0),
        days_since_personal=d.get("days_since_personal_contact"),
        cadence_days=d.get("cadence_days"),
    )


def _code(value: Any) -> str:
    """An enum (StrEnum value, or IntEnum with ``label``) or text as its stored code."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    return str(getattr(value, "value", value))
