"""Reading accounts: the list, and finding one by id, external reference or name."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.domain import Account
from relbeheer.core.summaries import AccountSummary
from relbeheer.store.rows import account_from_row


class AccountNotFound(LookupError):
    pass


class AmbiguousAccount(LookupError):
    pass


_SELECT = """
SELECT a.*, o.name AS owner_name, o.team AS team,
       COALESCE(NULLIF(a.region, ''), o.region) AS region
FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id
WHERE a.deleted_at IS NULL
"""


def list_accounts(db: Database) -> list[Account]:
    return [account_from_row(r) for r in db.query(_SELECT + " ORDER BY a.name COLLATE NOCASE")]


def count_accounts(db: Database) -> int:
    return db.execute("SELECT count(*) FROM accounts WHERE deleted_at IS NULL").fetchone()[0]


def find_account(db: Database, key: str) -> Account:
    """By id, then external reference, then exact name (case-insensitive)."""
    key = key.strip()
    for clause, value in (
        ("a.id = ?", key),
        ("a.external_ref = ?", key),
        ("lower(a.name) = lower(?)", key),
    ):
        rows = list(db.query(_SELECT + f" AND {clause}", [value]))
        if len(rows) == 1:
            return account_from_row(rows[0])
        if len(rows) > 1:
            raise AmbiguousAccount(
                f"'{key}' matches {len(rows)} accounts; use the id or external reference"
            )
    raise AccountNotFound(f"No account with id, external reference or name '{key}'")


def account_summaries(db: Database, *, as_of: str) -> list[AccountSummary]:
    """Every live account with its last personal contact and 12-month revenue.

    Two grouped scans (touchpoints, purchases) joined in Python: one pass each over
    the (account_id, date) indexes is much cheaper than a correlated subquery per row.
    """
    since = _minus_days(as_of, 365)
    last_personal = dict(
        db.execute(
            "SELECT account_id, max(date) FROM touchpoints "
            "WHERE deleted_at IS NULL AND channel = 'personal' AND date <= ? GROUP BY account_id",
            [as_of],
        ).fetchall()
    )
    revenue = dict(
        db.execute(
            "SELECT account_id, sum(amount) FROM purchases "
            "WHERE deleted_at IS NULL AND date > ? AND date <= ? GROUP BY account_id",
            [since, as_of],
        ).fetchall()
    )
    rows = db.execute(
        "SELECT a.id, a.name, a.tier, a.kind, coalesce(o.name, ''), coalesce(o.team, ''), "
        "coalesce(nullif(a.region, ''), o.region, ''), coalesce(a.sector, ''), "
        "coalesce(a.city, ''), coalesce(a.external_ref, '') "
        "FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id WHERE a.deleted_at IS NULL"
    ).fetchall()
    out = []
    for r in rows:
        last = last_personal.get(r[0])
        out.append(
            AccountSummary(
                *r,
                last_personal_contact=dt.date.fromisoformat(last) if last else None,
                revenue_12m=float(revenue.get(r[0]) or 0.0),
            )
        )
    return out


def _minus_days(iso_date: str, days: int) -> str:
    return (dt.date.fromisoformat(iso_date) - dt.timedelta(days=days)).isoformat()


_STATE = ("SELECT account_id, as_of, days_since_personal, value_at_stake, health, severity "
          "FROM attention_summary")


def summaries_from_state(db: Database, first: int | None = None) -> list[AccountSummary]:
    """Every live account with the figures the attention summary keeps for it.

    The summary holds, per account, the days since the last personal touchpoint and
    the value at stake (revenue over the engine's value window, 365 days by default),
    both as of its day: while it is current (AttentionService keeps it so), this
    gives the accounts table exactly what ``account_summaries`` computes, plus health
    and severity, from one scan of each table instead of grouping five million
    touchpoints. Joined in Python: a SQL join costs a key look-up per account.

    ``first``: only that many accounts, the highest value first (a first screen).
    """
    owners = {r[0]: r[1:] for r in db.execute(
        "SELECT id, coalesce(name, ''), coalesce(team, ''), coalesce(region, '') FROM owners")}
    if first is None:
        state = {r[0]: r[1:] for r in db.execute(_STATE)}
        where, params = "", []
    else:
        top = db.execute(_STATE + " ORDER BY value_at_stake DESC LIMIT ?", [first]).fetchall()
        state = {r[0]: r[1:] for r in top}
        where, params = f" AND id IN ({', '.join('?' * len(state))})", list(state)
    rows = db.execute(
        "SELECT id, name, tier, kind, owner_id, coalesce(region, ''), coalesce(sector, ''), "
        "coalesce(city, ''), coalesce(external_ref, '') FROM accounts WHERE deleted_at IS NULL"
        + where, params,
    ).fetchall() if state or first is None else []
    days_of, out = {}, []
    nobody = ("", "", "")
    for account_id, name, tier, kind, owner_id, region, sector, city, ref in rows:
        owner, team, owner_region = owners.get(owner_id, nobody)
        as_of, days, value, health, severity = state.get(account_id) or (None, None, 0.0, None, "")
        last = None
        if days is not None:
            base = days_of.get(as_of) or days_of.setdefault(as_of, dt.date.fromisoformat(as_of))
            last = base - dt.timedelta(days=days)
        out.append(AccountSummary(account_id, name, tier, kind, owner, team, region or owner_region,
                                  sector, city, ref, last, float(value or 0.0), health, severity or ""))
    return out


def stored_health(db: Database) -> dict[str, tuple[int | None, str]]:
    """account id → (health, severity) as last stored, current or not."""
    return {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT account_id, health, severity FROM attention_summary")}
