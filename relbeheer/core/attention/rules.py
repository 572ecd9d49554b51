"""The eight neglect rules of DESIGN.md §3, each over all accounts at once.

Every rule takes the portfolio's data, the facts as of the day and the settings,
and returns a severity per account (OK where it did not fire) plus the numbers its
sentence needs. They are written with numpy so that the same code serves one
account on its page and a hundred thousand on the morning list. Thresholds come
from ``AttentionSettings`` only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from relbeheer.core.attention.facts import Facts
from relbeheer.core.attention.model import PortfolioData, Severity
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import NpsBand

CADENCE = "cadence"
OWN_RHYTHM = "own_rhythm"
DIGITAL_DRIFT = "digital_drift"
KEY_CONTACT = "key_contact"
BINDING_GAP = "binding_gap"
STRUCTURAL_BINDING = "structural_binding"
OPEN_COMPLAINT = "open_complaint"
SATISFIED_SLIPPING = "satisfied_slipping"
REVENUE_TREND = "revenue_trend"

# Order of the reasons of one account at equal severity: what to act on first.
RULE_ORDER = (
    OPEN_COMPLAINT, CADENCE, KEY_CONTACT, DIGITAL_DRIFT, REVENUE_TREND,
    SATISFIED_SLIPPING, BINDING_GAP, OWN_RHYTHM, STRUCTURAL_BINDING,
)
NPS, CSAT, CES = 0, 1, 2  # columns of PortfolioData.scores


@dataclass
class RuleHits:
    """What one rule found: a severity per account and the sentence's numbers."""

    rule: str
    severity: np.ndarray  # int8, Severity.OK where the rule did not fire
    params: dict[str, np.ndarray] = field(default_factory=dict)
    people: np.ndarray | None = None  # per key contact (rule 4): True where it fired

    @property
    def fired(self) -> np.ndarray:
        return self.severity > Severity.OK


def _sev(fired: np.ndarray, level: Severity) -> np.ndarray:
    return np.where(fired, np.int8(level), np.int8(Severity.OK)).astype(np.int8)


def cadence(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """1. Days since the last personal touchpoint exceed the account's cadence."""
    never = f.last_personal == 0
    ratio = f.days_personal / data.cadence
    late = ~never & (f.days_personal > data.cadence)
    sev = _sev(late, Severity.MEDIUM)
    sev[late & (ratio >= s.cadence_high_ratio)] = Severity.HIGH
    sev[late & (ratio >= s.cadence_critical_ratio)] = Severity.CRITICAL
    sev[never] = Severity.HIGH
    return RuleHits(CADENCE, sev, {"days": f.days_personal, "cadence": data.cadence,
                                   "usual_gap": f.usual_gap})


def own_rhythm(data: PortfolioData, f: Facts, s: AttentionSettings, cadence_hits: RuleHits) -> RuleHits:
    """2. The silence is long for this account's own usual gap, inside the cadence.

    When the cadence rule fires its sentence already names the usual gap, so this
    rule speaks only for accounts that are still inside their cadence.
    """
    gap = f.usual_gap
    with np.errstate(invalid="ignore"):
        limit = np.maximum(s.rhythm_min_silence_days, s.rhythm_factor * gap)
        fired = np.isfinite(gap) & (f.days_personal >= limit) & ~cadence_hits.fired
    return RuleHits(OWN_RHYTHM, _sev(fired, Severity.LOW), {"days": f.days_personal, "usual_gap": gap})


def digital_drift(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """3. Only digital touchpoints within the cadence window (seed 000)."""
    no_personal = (f.last_personal == 0) | (f.days_personal > data.cadence)
    fired = no_personal & (f.digital_in_cadence >= max(s.drift_min_digital, 1))
    return RuleHits(DIGITAL_DRIFT, _sev(fired, Severity.MEDIUM),
                    {"digital": f.digital_in_cadence, "cadence": data.cadence})


def key_contact(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """4. A decision maker or ambassador had no personal contact for longer than the
    cadence, while someone else at the account did."""
    kc = data.key_contacts
    window = np.ceil(data.cadence * s.key_contact_factor).astype(np.int64)
    since = f.day - window
    met = data.people_met if data.people_met is not None else np.zeros(len(data), np.int64)
    k_since = since[kc.pos]
    forgotten = (kc.last_day <= k_since) & (met[kc.pos] > k_since) & (met[kc.pos] <= f.day)
    sev = np.zeros(len(data), dtype=np.int8)
    sev[kc.pos[forgotten]] = Severity.MEDIUM
    return RuleHits(KEY_CONTACT, sev, {"window": window}, people=forgotten)


def binding_gap(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """5a. No social/emotional touchpoint for two cadences (seed 004: 70 % of
    customers are won emotionally). Accounts without any history are left to the
    cadence rule."""
    limit = s.binding_gap_cadences * data.cadence
    with np.errstate(invalid="ignore"):
        fired = (f.any_count > 0) & (np.isnan(f.days_social) | (f.days_social > limit))
    return RuleHits(BINDING_GAP, _sev(fired, Severity.MEDIUM), {"days": f.days_social, "limit": limit})


def structural_binding(data: PortfolioData, f: Facts, s: AttentionSettings,
                       contract_day: np.ndarray) -> RuleHits:
    """5b. An account of a structural tier (A) without a contract bought within the
    lookback. DESIGN §3 names the contract; a training given (also structural
    binding in the domain) counts towards the health score's binding measure,
    but does not replace the contract here."""
    since = f.day - s.structural_lookback_days
    wanted = np.isin(np.asarray(data.tiers), list(s.structural_tiers.upper()))
    return RuleHits(STRUCTURAL_BINDING, _sev(wanted & (contract_day <= since), Severity.LOW),
                    {"lookback": np.full(len(data), s.structural_lookback_days)})


def open_complaint(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """6. A service case unresolved for more than ``complaint_days`` is critical."""
    days_open = np.where(data.open_since > 0, f.day - data.open_since, -1)
    fired = days_open > s.complaint_days
    return RuleHits(OPEN_COMPLAINT, _sev(fired, Severity.CRITICAL),
                    {"days_open": days_open, "count": data.open_count})


def _nps_passive(nps: np.ndarray) -> np.ndarray:
    """Passive per the domain's NpsBand (7-8), without restating its bounds here."""
    known = np.unique(nps[np.isfinite(nps)])
    passive = [v for v in known if NpsBand.of(float(v)) is NpsBand.PASSIVE]
    return np.isin(nps, passive)


def satisfied_slipping(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """7. NPS passive or CSAT high, but attention or purchases falling: satisfied
    is not loyal (seeds 001, 003, 004)."""
    nps, csat = data.scores[:, NPS], data.scores[:, CSAT]
    with np.errstate(invalid="ignore"):
        satisfied = _nps_passive(nps) | (csat >= s.satisfied_csat_min)
        attention = (f.personal_before > 0) & (
            f.personal_recent < s.attention_drop_ratio * f.personal_before
        )
        recent, prior = data.revenue[:, 0], data.revenue[:, 1]
        purchases = (prior >= s.revenue_min_prior) & (recent < s.purchases_drop_ratio * prior)
    fired = satisfied & (attention | purchases)
    return RuleHits(SATISFIED_SLIPPING, _sev(fired, Severity.MEDIUM), {
        "nps": nps, "csat": csat, "attention": attention, "purchases": purchases,
        "recent": f.personal_recent, "before": f.personal_before,
        "revenue_pct": _pct(recent, prior),
    })


def revenue_trend(data: PortfolioData, f: Facts, s: AttentionSettings) -> RuleHits:
    """8. Purchases of the last half year well below the half year before."""
    recent, prior = data.revenue[:, 0], data.revenue[:, 1]
    counts = prior >= s.revenue_min_prior
    fired = counts & (recent < s.revenue_drop_ratio * prior)
    sev = _sev(fired, Severity.MEDIUM)
    sev[counts & (recent < s.revenue_high_ratio * prior)] = Severity.HIGH
    return RuleHits(REVENUE_TREND, sev, {"recent": recent, "prior": prior,
                                         "pct": _pct(recent, prior),
                                         "window": np.full(len(data), s.revenue_window_days)})


def _pct(recent: np.ndarray, prior: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(prior > 0, np.round(100 * recent / np.where(prior > 0, prior, 1)), np.nan)


def run_all(data: PortfolioData, f: Facts, s: AttentionSettings) -> list[RuleHits]:
    """Every rule, in RULE_ORDER's sense of what comes first."""
    c = cadence(data, f, s)
    return [
        open_complaint(data, f, s),
        c,
        key_contact(data, f, s),
        digital_drift(data, f, s),
        revenue_trend(data, f, s),
        satisfied_slipping(data, f, s),
        binding_gap(data, f, s),
        own_rhythm(data, f, s, c),
        structural_binding(data, f, s, data.contract_day),
    ]
