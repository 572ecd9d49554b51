"""Who was met: decision makers and ambassadors, and the people of each account
met personally inside the key-contact window (rule 4), plus the person-level view.

A whole portfolio reads ``attention_contacts`` (kept current by
store.attention_contacts); a handful of accounts joins the links of their own
recent touchpoints directly, which is exact and cheap for a few.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from sqlite_utils import Database

from relbeheer.core.attention.history import ordinals_of
from relbeheer.core.attention.model import DataRequest, KeyContact, KeyContacts, PortfolioData
from relbeheer.core.domain import Channel, DecisionRole
from relbeheer.store import attention_contacts
from relbeheer.store.attention_scope import ATTENTION_INDEX, Positions, Scope, contact_of

# People met after the as-of day: up to this many are looked up exactly; beyond it
# (a day far in the past) the window's links are joined directly.
LATER_CONTACTS_LIMIT = 5_000
# A scope with fewer accounts than this reads the links of its window directly
# instead of bringing attention_contacts up to date first.
DIRECT_LINKS_BELOW = 1_000


def load_people(db: Database, data: PortfolioData, at: Positions, scope: Scope) -> None:
    """Decision makers and ambassadors with their last personal touchpoint, and per
    account the last day anyone there was met personally (rule 4).

    A portfolio reads ``attention_contacts`` (kept current by
    store.attention_contacts); a handful of accounts joins the links of the
    key-contact window directly. The contacts' WHERE repeats idx_contacts_key's
    condition literally (a bound parameter would keep SQLite from using it).
    """
    r = data.request
    day, since = r.as_of.isoformat(), r.contact_since.isoformat()
    extra, params = scope.clause("c.account_id")
    key = (f"c.deleted_at IS NULL AND (c.role = '{DecisionRole.DECISION_MAKER.value}' "
           f"OR c.is_ambassador = 1){extra}")
    data.people_met = met = np.zeros(len(at.ids), np.int64)
    later: list = []
    if not scope.everything and len(at.ids) < DIRECT_LINKS_BELOW:
        links = window_links(db, r, scope)
        rows = db.execute("SELECT c.account_id, c.id, c.name, c.role, c.is_ambassador "
                          f"FROM contacts c INDEXED BY idx_contacts_key WHERE {key}",
                          params).fetchall()
        met_rows = [(a, d) for a, _, d in links]
        last = {c: d for _, c, d in sorted(links, key=lambda x: x[2])}
        rows = [(*row, last.get(row[1])) for row in rows]
    else:
        attention_contacts.refresh(db)
        rows = db.execute(
            "SELECT c.account_id, c.id, c.name, c.role, c.is_ambassador, ac.last_personal "
            "FROM contacts c INDEXED BY idx_contacts_key "
            f"LEFT JOIN attention_contacts ac ON ac.contact_id = c.id WHERE {key}", params,
        ).fetchall()
        extra_a, params_a = scope.clause("account_id")
        met_rows = db.execute(  # streams the (account_id, last_personal) index, no sort
            "SELECT account_id, max(last_personal) FROM attention_contacts "
            "INDEXED BY idx_attention_contacts_account_id_last_personal "
            f"WHERE +last_personal > ? AND +last_personal <= ?{extra_a} GROUP BY account_id",
            [since, day, *params_a],
        ).fetchall()
        newest = attention_contacts.latest_date(db)
        if newest and newest > day:  # people met after the as-of day: look them up exactly
            n_later = db.execute("SELECT count(*) FROM attention_contacts "
                                 "WHERE last_personal > ?", [day]).fetchone()[0]
            later = window_links(db, r, scope, only_later=n_later <= LATER_CONTACTS_LIMIT)
    if met_rows:
        met_keys, met_days = zip(*met_rows)
        pos, found = at.of(met_keys)
        pos, days = pos[found], ordinals_of(met_days)[found]
        if len(pos) < 2 or np.all(pos[1:] > pos[:-1]):  # one row per account, in order
            met[pos] = np.maximum(met[pos], days)
        else:  # several rows per account (links of a few accounts)
            np.maximum.at(met, pos, days)
    if not rows:
        return
    keys, cids, names, roles, amb, lasts = zip(*rows)
    last_day = ordinals_of([d if d and d <= day else None for d in lasts])
    if later:
        pos, found = at.of([m[0] for m in later])
        np.maximum.at(met, pos[found], ordinals_of([m[2] for m in later])[found])
        exact = {c: d for _, c, d in sorted(later, key=lambda x: x[2])}
        for k, d in enumerate(lasts):
            if d and d > day:
                last_day[k] = ordinals_of([exact.get(cids[k])])[0]
    pos, found = at.of(keys)
    if found.all() and not np.any(np.diff(pos) < 0):  # the usual case: index order
        data.key_contacts = KeyContacts(pos=pos, ids=list(cids), names=list(names),
                                        roles=list(roles), ambassador=np.array(amb, bool),
                                        last_day=last_day)
        return
    order = np.flatnonzero(found)
    if np.any(np.diff(pos[order]) < 0):
        order = order[np.argsort(pos[order], kind="stable")]
    picked = order.tolist()
    data.key_contacts = KeyContacts(
        pos=pos[order], ids=[cids[k] for k in picked], names=[names[k] for k in picked],
        roles=[roles[k] for k in picked], ambassador=np.array(amb, bool)[order],
        last_day=last_day[order],
    )


def window_links(db: Database, r: DataRequest, scope: Scope, only_later: bool = False) -> list:
    """Exact (account, person, last date) over the links of personal touchpoints in
    (contact_since, as_of]; ``only_later``: just for people whose cached last
    touchpoint lies after as_of. Link rows are never soft-deleted (they are
    replaced), so only the touchpoint's deleted_at counts."""
    extra, params = scope.clause("t.account_id")
    if only_later:
        extra += (" AND tc.contact_id IN (SELECT contact_id FROM attention_contacts "
                  "WHERE last_personal > ?)")
        params = [*params, r.as_of.isoformat()]
    # accounts named by id: walk their (account_id, date) ranges, not the whole window
    index = f"INDEXED BY {ATTENTION_INDEX} " if scope.ids is not None else ""
    sql = (f"SELECT t.account_id, tc.contact_id, max(t.date) FROM touchpoints t {index}"
           "JOIN touchpoint_contacts tc ON tc.touchpoint_id = t.id "
           "WHERE t.deleted_at IS NULL AND t.channel = ? "
           f"AND t.date > ? AND t.date <= ?{extra} GROUP BY t.account_id, tc.contact_id")
    args = [Channel.PERSONAL.value, r.contact_since.isoformat(), r.as_of.isoformat(), *params]
    return db.execute(sql, args).fetchall()


def load_other_contacts(db: Database, data: PortfolioData, positions) -> None:
    """Any one contact for accounts among ``positions`` without a decision maker or
    ambassador, so that their next action can still name a person."""
    have = set(data.key_contacts.pos.tolist())
    missing = {data.account_ids[int(i)]: int(i) for i in positions if int(i) not in have}
    ids = list(missing)
    for lo in range(0, len(ids), 500):
        chunk = ids[lo:lo + 500]
        sql = ("SELECT account_id, id, min(name), role, is_ambassador FROM contacts "
               f"WHERE deleted_at IS NULL AND account_id IN ({', '.join('?' * len(chunk))}) "
               "GROUP BY account_id")
        for aid, cid, name, role, amb in db.execute(sql, chunk):
            data.other_contacts[missing[aid]] = contact_of(cid, name, role, amb)


def contact_rows(db: Database, account_id: str, as_of: dt.date) -> list[tuple[KeyContact, str | None]]:
    """Every live contact of one account with the date of their last personal
    touchpoint on or before ``as_of`` (None: never), for the person-level view."""
    rows = db.execute(
        "SELECT c.id, c.name, c.role, c.is_ambassador, "
        "(SELECT max(t.date) FROM touchpoint_contacts tc JOIN touchpoints t "
        " ON t.id = tc.touchpoint_id WHERE tc.contact_id = c.id AND t.deleted_at IS NULL "
        " AND t.channel = ? AND t.date <= ?) "
        "FROM contacts c WHERE c.account_id = ? AND c.deleted_at IS NULL ORDER BY c.name",
        [Channel.PERSONAL.value, as_of.isoformat(), account_id],
    ).fetchall()
    return [(contact_of(cid, name, role, amb), last) for cid, name, role, amb, last in rows]
