"""The attention engine: rules, health and priority for a whole portfolio at once.

``evaluate(data, settings)`` runs the eight rules and the health score (as of the
day and ``trend_days`` earlier) over every account in ``PortfolioData`` with numpy,
and returns a ``PortfolioResult``. Only the accounts a caller asks for become
``AttentionItem`` objects with sentences and a next action: the morning list needs
the flagged ones in priority order, not a hundred thousand objects.
"""

from __future__ import annotations

import datetime as dt
import gc
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from relbeheer.core.attention import health, rules
from relbeheer.core.attention.actions import next_action
from relbeheer.core.attention.facts import Facts, compute_facts, health_facts, take
from relbeheer.core.attention.model import (
    _ROLES, AttentionItem, KeyContact, PortfolioData, Reason, Severity,
)
from relbeheer.core.attention.rules import RuleHits
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import DecisionRole


SEVERITIES = list(Severity)


@contextmanager
def gc_paused():
    """The cyclic garbage collector off while a whole portfolio is read and its
    items made: those are hundreds of thousands of new, acyclic containers (rows,
    items, reasons), and the collections they trigger walk all of them again and
    again — measured 0.5 s of the 0.9 s the 31k items took at L. Reference
    counting still frees everything; the collector runs again afterwards. It is
    switched back on only if it was on, so nesting (or another thread doing the
    same) never leaves it off."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


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
    health_prev: np.ndarray  # int per account, trend_days earlier (-1: not computed)
    priority: np.ndarray

    def add_trend(self, idx: np.ndarray) -> None:
        """The health score ``trend_days`` earlier for the accounts at ``idx``; their
        earlier-day inputs (revenue windows 2-3, scores_prev) must be loaded."""
        idx = np.asarray(idx, dtype=np.int64)
        if not len(idx):
            return
        d, s = self.data, self.settings
        before = take(health_facts(d.history, d.request.prev.toordinal(), s), idx)
        parts = health.components(before, health.HealthInputs(
            d.cadence[idx], d.revenue[idx, 2], d.revenue[idx, 3], d.scores_prev[idx],
            d.open_since_prev[idx], d.contract_day_prev[idx]), s)
        self.health_prev[idx] = health.combine(parts, s)

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
        selection, so each item costs list look-ups rather than numpy calls; the
        key contacts of the selection become KeyContact objects once, shared by the
        reasons and the next action."""
        d, s, f = self.data, self.settings, self.facts
        idx = np.asarray(idx, dtype=np.int64)
        severity = self.severity[idx].tolist()
        health_now = self.health[idx].tolist()
        health_prev = [None if p < 0 else p for p in self.health_prev[idx].tolist()]
        days_personal, usual_gap = f.days_personal[idx].tolist(), f.usual_gap[idx].tolist()
        last_personal, value = f.last_personal[idx].tolist(), d.value[idx].tolist()
        priority, cadence = self.priority[idx].tolist(), d.cadence[idx].tolist()
        parts = self.parts[idx].tolist()
        hits = []
        for h in self.hits:
            params = [(k, v[idx].tolist()) for k, v in h.params.items()]
            hits.append((h.rule, h.severity[idx].tolist(), params, h.people, dict(params)))
        kc = d.key_contacts
        kc_lo = np.searchsorted(kc.pos, idx, side="left").tolist()
        kc_hi = np.searchsorted(kc.pos, idx, side="right").tolist()
        contact_at = _ContactCache(kc)
        tier_cadence = {t: s.cadence_for(t) for t in ("A", "B", "C")}
        day = d.as_of.toordinal()
        kc_last = kc.last_day
        names, tiers, account_ids = d.names, d.tiers, d.account_ids
        owners, teams, regions = d.owners, d.teams, d.regions
        open_cases, other_contacts = d.open_cases, d.other_contacts
        as_of, fromordinal = d.as_of, dt.date.fromordinal
        scores = health.ScoreMaker(s)
        out = []
        for j, i in enumerate(idx.tolist()):
            lo, hi = kc_lo[j], kc_hi[j]
            people = [contact_at(k) for k in range(lo, hi)]
            tier = tiers[i]
            reasons = []
            for rule, levels, params, hit_people, by_name in hits:
                level = levels[j]
                if not level:
                    continue
                if hit_people is not None:
                    for k in range(lo, hi):
                        if hit_people[k]:
                            last = int(kc_last[k])
                            reasons.append(Reason(rule, SEVERITIES[level], {
                                "contact": people[k - lo], "window": by_name["window"][j],
                                "days": day - last if last else None}))
                    continue
                p = {k: v[j] for k, v in params}
                p["tier"] = tier
                if rule == rules.CADENCE:
                    p["own_cadence"] = cadence[j] != tier_cadence.get(tier, s.cadence_c)
                elif rule == rules.OPEN_COMPLAINT and i in open_cases:
                    p["subject"] = open_cases[i].subject
                reasons.append(Reason(rule, SEVERITIES[level], p))
            if len(reasons) > 1:  # hits come in RULE_ORDER; a stable sort keeps it per level
                reasons.sort(key=_severity_of, reverse=True)
            last = last_personal[j]
            if not people and i in other_contacts:
                people = [other_contacts[i]]
            action = next_action(
                reasons, tier=tier, account=names[i], contacts=people,
                open_case=open_cases.get(i),
                last_personal=fromordinal(last) if last else None,
                cadence_days=cadence[j], as_of=as_of, settings=s,
            )
            days, gap = days_personal[j], usual_gap[j]
            out.append(AttentionItem(
                account_id=account_ids[i], account=names[i], tier=tier,
                owner=owners[i], team=teams[i], region=regions[i],
                severity=SEVERITIES[severity[j]],
                health=scores(parts[j], health_now[j], health_prev[j]),
                reasons=reasons, next_action=action, value_at_stake=value[j],
                priority=priority[j],
                days_since_personal_contact=None if days != days else int(days),
                cadence_days=cadence[j], usual_gap_days=None if gap != gap else gap,
            ))
        return out


class _ContactCache:
    """KeyContact objects of a KeyContacts table, made once per row and shared."""

    def __init__(self, kc):
        self._kc = kc
        self._made: dict[int, object] = {}
        self._amb = None

    def __call__(self, k: int):
        c = self._made.get(k)
        if c is None:
            kc = self._kc
            if self._amb is None:
                self._amb = kc.ambassador.tolist()
            c = self._made[k] = KeyContact(kc.ids[k], kc.names[k] or "",
                                           _ROLES.get(kc.roles[k], DecisionRole.USER),
                                           bool(self._amb[k]))
        return c


def evaluate(data: PortfolioData, settings: AttentionSettings,
             trend: bool = True) -> PortfolioResult:
    """Run the rules and the health score over every account of ``data``.

    ``trend=False`` leaves the earlier score out (``health_prev`` -1) for
    ``PortfolioResult.add_trend`` to fill for the accounts a list will show: no
    rule reads it, and the morning list shows only the flagged third.
    """
    day = data.as_of.toordinal()
    now = compute_facts(data.history, day, data.cadence, settings)
    hits = rules.run_all(data, now, settings)
    severity = np.zeros(len(data), dtype=np.int8)
    for hit in hits:
        np.maximum(severity, hit.severity, out=severity)
    parts = health.components(now, health.HealthInputs(
        data.cadence, data.revenue[:, 0], data.revenue[:, 1], data.scores,
        data.open_since, data.contract_day), settings)
    weights = np.array(settings.severity_weights())[severity]
    priority = weights * np.maximum(data.value, settings.value_floor)
    result = PortfolioResult(
        data=data, settings=settings, facts=now, hits=hits, severity=severity, parts=parts,
        health=health.combine(parts, settings), health_prev=np.full(len(data), -1, np.int64),
        priority=priority,
    )
    if trend:
        result.add_trend(np.arange(len(data)))
    return result
