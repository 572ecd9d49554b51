"""Working with the attention list as a whole: filters, counts, one account changing.

The engine (core.attention) decides which accounts need attention and in what
order. This module holds what a screen does with that list without running the
engine again: narrow it by owner, team, region or severity; count it per
severity for a header line; and splice in the new verdict for one account after
a touchpoint was logged, so the list updates at once instead of re-evaluating
ten thousand accounts. Pure Python, so the rules are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from relbeheer.core.attention.model import AttentionItem, Severity

#: Severities that put an account on the list, most urgent first.
FLAGGED = (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)


def is_flagged(item: AttentionItem) -> bool:
    """Whether the engine puts this account on the attention list (anything above OK)."""
    return item.severity > Severity.OK


@dataclass(frozen=True)
class AttentionFilter:
    """What the user narrowed the list to; ``None`` (or '') means "any"."""

    owner: str | None = None
    team: str | None = None
    region: str | None = None
    severity: Severity | None = None

    def is_empty(self) -> bool:
        return not (self.owner or self.team or self.region or self.severity is not None)

    def matches(self, item: AttentionItem) -> bool:
        """Exact matches: the choices come from the list itself (``filter_choices``)."""
        return (
            (not self.owner or item.owner == self.owner)
            and (not self.team or item.team == self.team)
            and (not self.region or item.region == self.region)
            and (self.severity is None or item.severity == self.severity)
        )


@dataclass(frozen=True)
class FilterChoices:
    """The distinct owners, teams and regions on a list, sorted for a picker."""

    owners: list[str]
    teams: list[str]
    regions: list[str]


def _distinct(values: Iterable[str | None]) -> list[str]:
    return sorted({v for v in values if v}, key=str.casefold)


def filter_choices(items: Sequence[AttentionItem]) -> FilterChoices:
    """Who and where appears on the list (empty names left out)."""
    return FilterChoices(
        owners=_distinct(i.owner for i in items),
        teams=_distinct(i.team for i in items),
        regions=_distinct(i.region for i in items),
    )


def severity_counts(items: Iterable[AttentionItem]) -> dict[Severity, int]:
    """How many flagged accounts per severity, most urgent first, zeros included."""
    counts = {severity: 0 for severity in FLAGGED}
    for item in items:
        if item.severity in counts:
            counts[item.severity] += 1
    return counts


def _rank(item: AttentionItem) -> tuple:
    # The engine's order (PortfolioResult.order): priority, then severity, then
    # value at stake, highest first; the name keeps full ties stable and readable.
    return (-item.priority, -int(item.severity), -item.value_at_stake, item.account.casefold())


def splice(items: Sequence[AttentionItem], changed: AttentionItem) -> list[AttentionItem]:
    """The list with ``changed`` put in its place: removed when no longer flagged,
    moved to its priority position otherwise. ``items`` is not modified."""
    rest = [i for i in items if i.account_id != changed.account_id]
    if not is_flagged(changed):
        return rest
    key = _rank(changed)
    for position, item in enumerate(rest):
        if _rank(item) > key:
            return rest[:position] + [changed] + rest[position:]
    return rest + [changed]


def remove(items: Sequence[AttentionItem], account_id: str) -> list[AttentionItem]:
    """The list without one account (it was deleted)."""
    return [i for i in items if i.account_id != account_id]
