"""Which accounts a load covers, and mapping their ids to array positions.

Shared by store.attention_data (accounts, touchpoints, sums) and
store.attention_people (who was met): a scope becomes the same SQL condition in
every query, and rows of any query find their account's position the same way.
"""

from __future__ import annotations

import numpy as np

from relbeheer.core.attention.model import KeyContact
from relbeheer.core.domain import DecisionRole

ATTENTION_INDEX = "idx_touchpoints_attention"
_ROLES = {r.value: r for r in DecisionRole}


class Scope:
    """Which accounts to load: all, some by id, or an owner's, team's or region's."""

    def __init__(self, *, owner=None, team=None, region=None, account_ids=None):
        where, params = ["a.deleted_at IS NULL"], []
        for column, value in (("o.name", owner), ("o.team", team),
                              ("coalesce(nullif(a.region, ''), o.region)", region)):
            if value:
                where.append(f"lower({column}) = lower(?)")
                params.append(value)
        self.ids = None if account_ids is None else list(account_ids)
        if self.ids is not None:
            where.append(f"a.id IN ({', '.join('?' * len(self.ids))})" if self.ids else "0")
            params.extend(self.ids)
        self.where, self.params = " AND ".join(where), params
        self.everything = len(where) == 1

    def clause(self, column: str) -> tuple[str, list]:
        """' AND column IN (the scope's accounts)', or nothing for the whole portfolio.

        Accounts given by id are listed literally, so SQLite seeks them in the
        (account_id, ...) indexes instead of scanning a date range first.
        """
        if self.everything:
            return "", []
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
        get = self.index.get
        pos = np.fromiter((get(k, -1) for k in keys), np.int64, len(keys))
        return pos, pos >= 0


def contact_of(cid, name, role, ambassador) -> KeyContact:
    """A KeyContact from a contacts row (an unknown role reads as 'user')."""
    return KeyContact(cid, name or "", _ROLES.get(role, DecisionRole.USER), bool(ambassador))
