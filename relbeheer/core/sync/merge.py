"""How two states of one row merge: the rules every laptop and the server apply.

A row travels as a ``RowState``: its known field values plus, per field, the clock
stamp (core/sync/hlc.py) of the edit that wrote it. ``merge`` is commutative,
associative and idempotent (a state-based CRDT), so laptops that have seen the same
changes hold the same rows whatever order the changes came in, and applying a change
twice changes nothing: that is what makes sync safe to retry and to resume.

The rules:

* **Inserts never collide**: every row has a UUID (DESIGN.md §2).
* **Per field, last writer wins** by hybrid logical clock: two laptops editing
  different fields of one account both keep their edit; the same field keeps the
  later edit (a laptop whose wall clock is wrong still wins with an edit made after
  it saw the other one, because its clock jumped past the stamps it received).
* **Append-only tables** (touchpoints, measurements, purchases): rows are only
  added, by the laptop that logged them, so they never conflict; a correction or
  a deletion of one follows the same per-field rule as any edit.
* **A soft delete is a tombstone** (``deleted_at`` set): it wins over every edit
  older than it and loses to a newer one, which brings the row back.
* **A hard delete is final** (``_purge``): link rows that were replaced and people
  erased on request (GDPR). Once purged, a row stays gone and its values are
  dropped from the state, so the server forgets them too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from relbeheer.core.sync.hlc import ZERO, latest

TOMBSTONE = "deleted_at"
PURGE = "_purge"

# Parents before children, so a batch applied in this order satisfies foreign keys.
SYNCED_TABLES = ("owners", "products", "accounts", "contacts", "touchpoints",
                 "touchpoint_contacts", "purchases", "measurements", "service_cases", "offers")
APPEND_ONLY = frozenset({"touchpoints", "measurements", "purchases"})
# The row's account, for the server's access rules; None: shared by the whole team.
ACCOUNT_COLUMN = {"accounts": "id", "contacts": "account_id", "touchpoints": "account_id",
                  "purchases": "account_id", "measurements": "account_id",
                  "service_cases": "account_id", "offers": "account_id"}


@dataclass
class RowState:
    """What is known of one row: values and, per field, the stamp that wrote it."""

    table: str
    row_id: str
    data: dict = field(default_factory=dict)
    versions: dict = field(default_factory=dict)

    @property
    def purged(self) -> bool:
        return PURGE in self.versions

    @property
    def stamp(self) -> str:
        """The newest stamp in the state (what a clock must move past on receipt)."""
        return latest(self.versions.values())


def _winner(a_value, a_stamp: str, b_value, b_stamp: str):
    if a_stamp != b_stamp:
        return (a_value, a_stamp) if a_stamp > b_stamp else (b_value, b_stamp)
    # One stamp is one edit, so equal stamps carry equal values; the tie-break only
    # keeps merge commutative should a broken client ever send two.
    return (a_value, a_stamp) if repr(a_value) >= repr(b_value) else (b_value, b_stamp)


def merge(a: RowState, b: RowState) -> RowState:
    """The join of two states of the same row (per field, the newer stamp wins)."""
    if (a.table, a.row_id) != (b.table, b.row_id):
        raise ValueError(f"cannot merge {a.table}/{a.row_id} with {b.table}/{b.row_id}")
    data, versions = {}, {}
    for name in a.versions.keys() | b.versions.keys():
        value, stamp = _winner(a.data.get(name), a.versions.get(name, ZERO),
                               b.data.get(name), b.versions.get(name, ZERO))
        data[name], versions[name] = value, stamp
    if PURGE in versions:
        data = {PURGE: 1}
    return RowState(a.table, a.row_id, data, versions)


def merge_all(states: Iterable[RowState]) -> RowState:
    """``merge`` folded over several states of one row."""
    it = iter(states)
    result = next(it)
    for state in it:
        result = merge(result, state)
    return result


def is_deleted(state: RowState) -> bool:
    """A tombstone counts when no edit is newer than it (the edit made with it ties)."""
    if state.purged:
        return True
    if state.data.get(TOMBSTONE) is None:
        return False
    tomb = state.versions[TOMBSTONE]
    return all(stamp <= tomb for stamp in state.versions.values())


def effective(state: RowState) -> dict | None:
    """The column values a database should hold for this state; None: remove the row.

    A tombstone that lost to a newer edit reads as a live row (``deleted_at`` None).
    """
    if state.purged:
        return None
    values = {k: v for k, v in state.data.items() if k != PURGE}
    if TOMBSTONE in values and not is_deleted(state):
        values[TOMBSTONE] = None
    values["id"] = state.row_id
    return values


def local_fragment(table: str, row_id: str, row: dict | None,
                   changes: Iterable[tuple[tuple[str, ...] | None, str]]) -> RowState:
    """The state a laptop pushes for one row from its outbox entries.

    ``changes`` are (changed columns or None for "all", stamp) from the outbox;
    ``row`` holds the current values (None once the row was deleted for good). Each
    field goes out with the newest stamp that changed it; its value is the current
    one, which is the value that newest edit wrote.
    """
    versions: dict[str, str] = {}
    purge_stamp = ZERO
    for columns, stamp in changes:
        if columns == (PURGE,):
            purge_stamp = max(purge_stamp, stamp)
            continue
        names = (row or {}).keys() if columns is None else columns
        for name in names:
            if name != "id" and stamp > versions.get(name, ZERO):
                versions[name] = stamp
    if row is None:
        if not purge_stamp:
            return RowState(table, row_id)
        return RowState(table, row_id, {PURGE: 1}, {**versions, PURGE: purge_stamp})
    data = {name: row.get(name) for name in versions}
    if purge_stamp:  # deleted and written again under the same id: the purge stays final
        versions[PURGE] = purge_stamp
        data = {PURGE: 1}
    return RowState(table, row_id, data, versions)
