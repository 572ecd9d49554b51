"""The attention engine: rules, health and priority for a whole portfolio at once.

``evaluate(data, settings)`` runs the eight rules and the health score (as of the
day and ``trend_days`` earlier) over every account in ``PortfolioData`` with numpy,
and returns a ``PortfolioResult``. Only the accounts a caller asks for become
``AttentionItem`` objects with sentences and a next action: the morning list needs
the flagged ones in priority order, not a hundred thousand objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from relbeheer.core.attention import health, rules
from relbeheer.core.attention.actions import next_action
from relbeheer.core.attention.facts import Facts, compute_facts
from relbeheer.core.attention.model import AttentionItem, PortfolioData, Reason, Severity
from relbeheer.core.attention.rules import RuleHits
from relbeheer.core.attention.settings import AttentionSettings


SEVERITIES = list(Severity)


def _severity_of(reason: Reason) -> int:
    return reason.severity


def cadences(tiers: list[str], overrides: list, settings: AttentionSettings) -> np.ndarray:
    """Per account: its own cadence when set (> 0), else its tier's."""
    by_tier = {t: settings.cadence_for(t) for t in ("A", "B", "C")}
    return np.array([o if o and o > 0 else by_tier.get(t, settings.cadence_c)
                     for t, o in zip(tiers, overrides)], dtype=np.int64)


@dataclass
class PortfolioResult:
    """Rule hits, health and priority for every account of ``data``."""

    data: PortfolioData
    settings: AttentionSettings
    facts: Facts
    hits: list[RuleHits]
    severity: np.ndarray  # int8 per account
    parts: np.ndarray  # (n, 6) health components as of the day
    health: np.ndarray  # int per account
    health_prev: np.ndarray  # int per account, trend_days earlier
    priority: np.ndarray

    def order(self, flagged_only: bool = True) -> np.ndarray:
        """Account positions by priority (then severity, value), highest first."""
        idx = np.flatnonzero(self.severity > Severity.OK) if flagged_only else np.arange(
            len(self.data))
        keys = (-self.data.value[idx], -self.severity[idx].astype(np.int64), -self.priority[idx])
        return idx[np.lexsort(keys)]

    def items(self, flagged_only: bool = True, limit: int | None = None) -> list[AttentionItem]:
        """AttentionItems in priority order (only flagged accounts by default)."""
        idx = self.order(flagged_only)
        if limit is not None:
            idx = idx[: max(limit, 0)]
        return self.items_at(idx)

    def item(self, i: int) -> AttentionItem:
        """The full AttentionItem of account position ``i``."""
        return self.items_at(np.array([i], dtype=np.int64))[0]

    def rule_counts(self) -> dict[str, int]:
        """How many accounts each rule flagged."""
        return {h.rule: int(h.fired.sum()) for h in self.hits}

    def severity_counts(self) -> dict[str, int]:
        """Accounts per severity label."""
        counts = np.bincount(self.severity.astype(np.int64), minlength=len(Severity))
        return {s.label: int(counts[s]) for s in Severity}

    def items_at(self, idx: np.ndarray) -> list[AttentionItem]:
        """Items for positions ``idx``: every column is gathered once for the whole
        selection, so each item costs list look-ups rather than numpy calls."""
        d, s, f = self.data, self.settings, self.facts
        cols = {name: arr[idx].tolist() for name, arr in (
            ("severity", self.severity), ("health", self.health), ("prev", self.health_prev),
            ("days", f.days_personal), ("gap", f.usual_gap), ("last", f.last_personal),
            ("value", d.value), ("priority", self.priority), ("cadence", d.cadence))}
        parts = self.parts[idx].tolist()
        hits = [(h, h.severity[idx].tolist(), {k: v[idx].tolist() for k, v in h.params.items()})
                for h in self.hits]
        kc = d.key_contacts
        kc_lo = np.searchsorted(kc.pos, idx, side="left").tolist()
        kc_hi = np.searchsorted(kc.pos, idx, side="right").tolist()
        day = d.as_of.toordinal()
        out = []
        for j, i in enumerate(idx.tolist()):
            reasons = []
            for hit, levels, params in hits:
                level = levels[j]
                if not level:
                    continue
                if hit.people is not None:
                    for k in range(kc_lo[j], kc_hi[j]):
                        if hit.people[k]:
                            last = int(kc.last_day[k])
                            reasons.append(Reason(hit.rule, SEVERITIES[level], {
                                "contact": kc.contact(k), "window": params["window"][j],
                                "days": day - last if last else None}))
                    continue
                p = {k: v[j] for k, v in params.items()}
                p["tier"] = d.tiers[i]
                if hit.rule == rules.CADENCE:
                    p["own_cadence"] = cols["cadence"][j] != s.cadence_for(d.tiers[i])
                elif hit.rule == rules.OPEN_COMPLAINT and i in d.open_cases:
                    p["subject"] = d.open_cases[i].subject
                reasons.append(Reason(hit.rule, SEVERITIES[level], p))
            if len(reasons) > 1:  # hits come in RULE_ORDER; a stable sort keeps it per level
                reasons.sort(key=_severity_of, reverse=True)
            last = cols["last"][j]
            people = [kc.contact(k) for k in range(kc_lo[j], kc_hi[j])]
            if not people and i in d.other_contacts:
                people = [d.other_contacts[i]]
            action = next_action(
                reasons, tier=d.tiers[i], account=d.names[i], contacts=people,
                open_case=d.open_cases.get(i),
                last_personal=dt.date.fromordinal(last) if last else None,
                cadence_days=cols["cadence"][j], as_of=d.as_of, settings=s,
            )
            days, gap = cols["days"][j], cols["gap"][j]
            out.append(AttentionItem(
                account_id=d.account_ids[i], account=d.names[i], tier=d.tiers[i],
                owner=d.owners[i], team=d.teams[i], region=d.regions[i],
                severity=SEVERITIES[cols["severity"][j]],
                health=health.health_score(parts[j], cols["health"][j], cols["prev"][j], s),
                reasons=reasons, next_action=action, value_at_stake=cols["value"][j],
                priority=cols["priority"][j],
                days_since_personal_contact=None if days != days else int(days),
                cadence_days=cols["cadence"][j], usual_gap_days=None if gap != gap else gap,
            ))
        return out


def evaluate(data: PortfolioData, settings: AttentionSettings) -> PortfolioResult:
    """Run the rules and the health score over every account of ``data``."""
    day = data.as_of.toordinal()
    prev = data.request.prev.toordinal()
    now = compute_facts(data.history, day, data.cadence, settings)
    before = compute_facts(data.history, prev, data.cadence, settings)
    hits = rules.run_all(data, now, settings)
    severity = np.zeros(len(data), dtype=np.int8)
    for hit in hits:
        np.maximum(severity, hit.severity, out=severity)
    parts = health.components(now, health.HealthInputs(
        data.cadence, data.revenue[:, 0], data.revenue[:, 1], data.scores,
        data.open_since, data.contract_day), settings)
    parts_prev = health.components(before, health.HealthInputs(
        data.cadence, data.revenue[:, 2], data.revenue[:, 3], data.scores_prev,
        data.open_since_prev, data.contract_day_prev), settings)
    weights = np.array(settings.severity_weights())[severity]
    priority = weights * np.maximum(data.value, settings.value_floor)
    return PortfolioResult(
        data=data, settings=settings, facts=now, hits=hits, severity=severity, parts=parts,
        health=health.combine(parts, settings), health_prev=health.combine(parts_prev, settings),
        priority=priority,
    )
