"""Grouped reads for the dashboard: a few thousand rows, whatever the portfolio size.

SQL does the heavy reduction (GROUP BY over the covering indexes of migration
0002); core.dashboard turns the groups into figures. Every query takes the same
owner / team / region filter, with the same meaning as the attention list's
(case-insensitive; an account's own region wins over its owner's).
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.dashboard import (
    DashboardFilter,
    FilterOptions,
    HealthCell,
    OpenComplaint,
    TouchpointCell,
)

_REGION = "coalesce(nullif(a.region, ''), o.region)"


def _scope(scope: DashboardFilter) -> tuple[str, list]:
    """' AND …' conditions on accounts ``a`` joined with owners ``o``."""
    where, params = [], []
    for column, value in (("o.name", scope.owner), ("o.team", scope.team), (_REGION, scope.region)):
        if value:
            where.append(f"lower({column}) = lower(?)")
            params.append(value)
    return "".join(f" AND {w}" for w in where), params


def health_cells(db: Database, scope: DashboardFilter) -> list[HealthCell]:
    """Accounts grouped by owner, health, band and severity, from the attention summary.

    An account the engine has not assessed yet has no summary row: it still
    counts, with no health (the dashboard shows it as 'not assessed').
    """
    where, params = _scope(scope)
    rows = db.execute(
        "SELECT coalesce(o.name, ''), coalesce(o.team, ''), s.health, coalesce(s.health_band, ''), "
        "coalesce(s.severity, ''), count(*), coalesce(sum(s.value_at_stake), 0) "
        "FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id "
        "LEFT JOIN attention_summary s ON s.account_id = a.id "
        f"WHERE a.deleted_at IS NULL{where} GROUP BY 1, 2, 3, 4, 5",
        params,
    ).fetchall()
    return [HealthCell(*r) for r in rows]


def touchpoint_cells(db: Database, since: dt.date, until: dt.date,
                     scope: DashboardFilter) -> list[TouchpointCell]:
    """Touchpoints per day, channel and binding level in [since, until] of live accounts.

    The whole portfolio reads idx_touchpoints_attention alone (it holds date,
    channel and binding: no table row is read); a filtered one seeks that index
    per account of the scope. The touchpoint counts for its account's owner, like
    every other figure here, so a director sees the attention a portfolio got.
    """
    where, params = _scope(scope)
    rows = db.execute(
        "SELECT t.date, t.channel, t.binding, count(*) "
        "FROM touchpoints t INDEXED BY idx_touchpoints_attention "
        "WHERE t.deleted_at IS NULL AND t.date >= ? AND t.date <= ? AND t.account_id IN ("
        "SELECT a.id FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id "
        f"WHERE a.deleted_at IS NULL{where}) GROUP BY 1, 2, 3",
        [since.isoformat(), until.isoformat(), *params],
    ).fetchall()
    return [TouchpointCell(dt.date.fromisoformat(d), c, b, n) for d, c, b, n in rows]


def open_complaints(db: Database, as_of: dt.date, scope: DashboardFilter) -> list[OpenComplaint]:
    """Service cases opened on or before as_of and not resolved (or resolved after it)."""
    where, params = _scope(scope)
    rows = db.execute(
        "SELECT c.id, a.id, a.name, coalesce(o.name, ''), coalesce(c.subject, ''), "
        "coalesce(p.name, ''), c.opened_on "
        "FROM service_cases c JOIN accounts a ON a.id = c.account_id "
        "LEFT JOIN owners o ON o.id = a.owner_id "
        "LEFT JOIN contacts p ON p.id = c.contact_id AND p.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND c.opened_on <= ? "
        f"AND (c.resolved_on IS NULL OR c.resolved_on = '' OR c.resolved_on > ?){where}",
        [as_of.isoformat(), as_of.isoformat(), *params],
    ).fetchall()
    return [OpenComplaint(*r[:6], dt.date.fromisoformat(r[6][:10])) for r in rows]


def filter_options(db: Database) -> FilterOptions:
    """Owner names, teams and regions that have live accounts."""
    def column(sql: str) -> list[str]:
        values = {r[0] for r in db.execute(sql).fetchall() if r[0]}
        return sorted(values, key=str.casefold)

    live = "FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id WHERE a.deleted_at IS NULL"
    return FilterOptions(
        owners=column(f"SELECT DISTINCT o.name {live}"),
        teams=column(f"SELECT DISTINCT o.team {live}"),
        regions=column(f"SELECT DISTINCT {_REGION} {live}"),
    )
