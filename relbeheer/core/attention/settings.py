"""Every threshold of the attention engine, each with its documented default.

DESIGN.md §3 asks that every number of the neglect rules be a setting, not a literal
in code. The defaults live here, each with the reason it has the value it has. A
user (or a team lead) overrides any of them in the ``settings`` table under the key
``attention.<name>`` with a JSON value; ``store.attention_data.load_settings`` reads
them and ``AttentionSettings.from_mapping`` checks names and types.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from relbeheer.core.domain import Tier, TouchpointKind

SETTINGS_PREFIX = "attention."
_KINDS = {k.value: k for k in TouchpointKind}


def _s(default, doc: str):
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class AttentionSettings:
    """The knobs of the eight rules, the health score and the priority."""

    # 1. Cadence
    cadence_a: int = _s(30, "days between personal contacts for A-accounts (DESIGN §3)")
    cadence_b: int = _s(60, "days between personal contacts for B-accounts")
    cadence_c: int = _s(120, "days between personal contacts for C-accounts")
    cadence_high_ratio: float = _s(1.5, "silence of this many cadences makes the flag high")
    cadence_critical_ratio: float = _s(3.0, "silence of this many cadences makes it critical")
    # 2. Own rhythm
    rhythm_gaps: int = _s(6, "the usual gap is the median of this many most recent gaps")
    rhythm_min_gaps: int = _s(3, "fewer known gaps than this: no own rhythm yet")
    rhythm_factor: float = _s(2.5, "silence of this many usual gaps breaks the rhythm")
    rhythm_min_silence_days: int = _s(14, "never flag a silence shorter than this")
    # 3. Digital drift
    drift_min_digital: int = _s(1, "digital touchpoints in a cadence without personal ones")
    # 4. Key contact forgotten
    key_contact_factor: float = _s(1.0, "a key contact is forgotten after this many cadences")
    # 5. Binding gap
    binding_gap_cadences: float = _s(2.0, "cadences without social/emotional touchpoint")
    structural_tiers: str = _s("A", "tiers that need structural binding (a contract)")
    structural_lookback_days: int = _s(365, "a contract bought this recently binds (health: "
                                            "a training given too)")
    # 6. Open complaint
    complaint_days: int = _s(7, "a complaint open longer than this is critical (seed 002)")
    # 7. Satisfied but slipping
    satisfied_csat_min: float = _s(8.0, "CSAT at or above this counts as satisfied (NPS: 7-8)")
    measurement_lookback_days: int = _s(365, "older measurements say nothing about today")
    attention_window_days: int = _s(182, "attention now (this window) against the one before")
    attention_drop_ratio: float = _s(0.6, "personal contacts below this share of before: falling")
    purchases_drop_ratio: float = _s(0.8, "purchases below this share of before: falling")
    # 8. Revenue trend
    revenue_window_days: int = _s(182, "half a year of purchases against the half year before")
    revenue_drop_ratio: float = _s(0.6, "below this share of the half year before: flagged")
    revenue_high_ratio: float = _s(0.3, "below this share the flag is high")
    revenue_min_prior: float = _s(500.0, "a half year with less revenue than this is no trend")
    # Value at stake and priority
    value_window_days: int = _s(365, "value at stake is the revenue of this many days")
    value_floor: float = _s(1000.0, "accounts without revenue still rank by severity")
    weight_critical: float = _s(8.0, "priority weight of a critical account")
    weight_high: float = _s(4.0, "priority weight of a high account")
    weight_medium: float = _s(2.0, "priority weight of a medium account")
    weight_low: float = _s(1.0, "priority weight of a low account")
    # Health score (Gainsight-style weighted measures, 0-100 each)
    health_w_recency: float = _s(30.0, "weight: days since personal contact against cadence")
    health_w_frequency: float = _s(15.0, "weight: personal contacts in a year against cadence")
    frequency_window_days: int = _s(365, "the frequency measure counts contacts in this window")
    health_w_binding: float = _s(15.0, "weight: social and structural binding present")
    health_social_share: float = _s(70.0, "binding points for social contact (seed 004: 70 %)")
    health_recency_full_ratio: float = _s(0.5, "recency scores 100 up to this many cadences, "
                                                "50 at one, 0 at cadence_critical_ratio")
    health_w_satisfaction: float = _s(20.0, "weight: latest NPS, CSAT and CES")
    health_w_revenue: float = _s(10.0, "weight: revenue of the last half year against before")
    health_w_service: float = _s(10.0, "weight: open complaints")
    health_red_below: float = _s(50.0, "a score below this is red")
    health_green_above: float = _s(75.0, "a score above this is green (between: amber)")
    trend_days: int = _s(30, "the trend compares the score with this many days earlier")
    trend_flat_points: float = _s(5.0, "a change smaller than this is 'flat'")
    # Next action: the kind of touchpoint to propose per tier
    action_kind_a: str = _s("visit", "touchpoint proposed for A-accounts")
    action_kind_b: str = _s("visit", "touchpoint proposed for B-accounts")
    action_kind_c: str = _s("call", "touchpoint proposed for C-accounts")

    def cadence_for(self, tier: Tier | str) -> int:
        """The tier's default cadence in days."""
        return {"A": self.cadence_a, "B": self.cadence_b, "C": self.cadence_c}[str(tier)]

    def action_kind_for(self, tier: Tier | str) -> TouchpointKind:
        """The touchpoint kind the next action proposes for this tier."""
        kind = {"A": self.action_kind_a, "B": self.action_kind_b, "C": self.action_kind_c}
        return _KINDS[kind[str(tier)]]

    def severity_weights(self) -> tuple[float, float, float, float, float]:
        """Weights indexed by Severity (ok, low, medium, high, critical)."""
        return (0.0, self.weight_low, self.weight_medium, self.weight_high, self.weight_critical)

    @classmethod
    def documentation(cls) -> list[tuple[str, object, str]]:
        """(name, default, why) for every setting, in declaration order."""
        return [(f.name, f.default, f.metadata["doc"]) for f in fields(cls)]

    @classmethod
    def from_mapping(cls, values: dict) -> "AttentionSettings":
        """Defaults overridden by ``values`` (names with or without ``attention.``).

        Unknown names and values of the wrong type raise ValueError naming the key,
        so a typo in the settings table is reported instead of silently ignored.
        """
        by_name = {f.name: f for f in fields(cls)}
        changes = {}
        for key, value in values.items():
            name = key[len(SETTINGS_PREFIX):] if key.startswith(SETTINGS_PREFIX) else key
            if name not in by_name:
                raise ValueError(f"unknown attention setting {key!r}")
            changes[name] = _coerce(name, by_name[name].default, value)
        settings = replace(cls(), **changes)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Reject values the rules cannot work with (ValueError naming the setting)."""
        for name in ("cadence_a", "cadence_b", "cadence_c", "rhythm_gaps", "trend_days",
                     "attention_window_days", "revenue_window_days", "value_window_days",
                     "frequency_window_days"):
            if getattr(self, name) <= 0:
                raise ValueError(f"attention setting {name!r} must be positive")
        if self.rhythm_min_gaps > self.rhythm_gaps:
            raise ValueError("attention setting 'rhythm_min_gaps' exceeds 'rhythm_gaps'")
        if not self.health_red_below <= self.health_green_above:
            raise ValueError("attention setting 'health_red_below' exceeds 'health_green_above'")
        for tier in ("a", "b", "c"):
            TouchpointKind(getattr(self, f"action_kind_{tier}"))  # ValueError when unknown


def _coerce(name: str, default, value):
    """The JSON value as the type of the default (int stays int, 30.0 becomes 30)."""
    kind = type(default)
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"attention setting {name!r} must be text")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"attention setting {name!r} must be a number")
    if kind is int:
        if float(value) != int(value):
            raise ValueError(f"attention setting {name!r} must be a whole number")
        return int(value)
    return float(value)
