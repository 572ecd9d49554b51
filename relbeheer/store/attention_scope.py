"""Which accounts a load covers, and mapping their ids to array positions.

Shared by store.attention_data (accounts, touchpoints, sums) and
store.attention_people (who was met): a scope becomes the same SQL condition in
every query, and rows of any query find their account's position the same way.
"""

from __future__ import annotations

import json
from itertools import repeat

import numpy as np

from relbeheer.core.attention.model import KeyContact
from relbeheer.core.domain import DecisionRole

ATTENTION_INDEX = "idx_touchpoints_attention"
_ROLES = {r.value: r for r in DecisionRole}


# A scope of up to this many accounts is re-stated as their ids once the accounts
# are read: every later query then seeks them instead of re-running the filter.
LITERAL_IDS_UP_TO = 5_000


class Scope:
    """Which accounts to load: all, some by id, or an owner's, team's or region's."""

    def __init__(self, *, owner=None, team=None, region=None, account_ids=None):
        where, params = ["a.deleted_at IS NULL"], []
        # owner and team through the small owners table and accounts(owner_id)
        for column, value in (("name", owner), ("team", team)):
            if value:
                where.append(f"a.owner_id IN (SELECT id FROM owners WHERE lower({column}) = "
                             "lower(?))")
                params.append(value)
        if region:
            where.append("lower(coalesce(nullif(a.region, ''), o.region)) = lower(?)")
            params.append(region)
        self.ids = None if account_ids is None else list(account_ids)
        if self.ids is not None:
            where.append(f"a.id IN ({', '.join('?' * len(self.ids))})" if self.ids else "0")
            params.extend(self.ids)
        self.where, self.params = " AND ".join(where), params
        self.everything = len(where) == 1

    @classmethod
    def of_ids(cls, ids: list[str]) -> "Scope":
        """Accounts by id, any number of them: the ids travel as one JSON
        parameter (a literal list would hit SQLite's limit on parameters)."""
        scope = cls(account_ids=[])
        scope.ids = list(ids)
        scope.where = "a.deleted_at IS NULL AND a.id IN (SELECT value FROM json_each(?))"
        scope.params = [json.dumps(scope.ids)]
        return scope

    def narrowed(self, ids: list[str]) -> "Scope":
        """The same scope as a literal list of its accounts, when that list is short."""
        if self.everything or self.ids is not None or len(ids) > LITERAL_IDS_UP_TO:
            return self
        return Scope(account_ids=ids)

    def clause(self, column: str) -> tuple[str, list]:
        """' AND column IN (the scope's accounts)', or nothing for the whole portfolio.

        Accounts given by id are listed literally, so SQLite seeks them in the
        (account_id, ...) indexes instead of scanning a date range first.
        """
        if self.everything:
            return "", []
        if self.ids is not None and self.where.endswith("json_each(?))"):
            return f" AND {column} IN (SELECT value FROM json_each(?))", list(self.params)
        if self.ids is not None and self.params == self.ids:
            return (f" AND {column} IN ({', '.join('?' * len(self.ids))})" if self.ids
                    else " AND 0"), list(self.ids)
        return (f" AND {column} IN (SELECT a.id FROM accounts a LEFT JOIN owners o "
                f"ON o.id = a.owner_id WHERE {self.where})", list(self.params))


class Positions:
    """Account id → position, for whole columns at once."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        self.index = {aid: i for i, aid in enumerate(ids)}

    def of(self, keys) -> tuple[np.ndarray, np.ndarray]:
        """(positions, found) for a sequence of account ids (-1 where not found)."""
        if len(keys) == len(self.ids) and list(keys) == self.ids:
            # rows grouped by account_id arrive in id order: every account, once
            return np.arange(len(keys), dtype=np.int64), np.ones(len(keys), dtype=bool)
        pos = np.fromiter(map(self.index.get, keys, repeat(-1, len(keys))), np.int64, len(keys))
        return pos, pos >= 0


def contact_of(cid, name, role, ambassador) -> KeyContact:
    """A KeyContact from a contacts row (an unknown role reads as 'user')."""
    return KeyContact(cid, name or "", _ROLES.get(role, DecisionRole.USER), bool(ambassador))
