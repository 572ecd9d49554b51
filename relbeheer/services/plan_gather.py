"""Reading one account's plan from a database: the part a batch worker repeats.

Shared by ``PlansService`` (the app's own connection) and the batch workers
(each with its own read-only connection), so a plan printed alone and the same
plan printed in a batch of 500 are built by the same lines.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.plan import MAX_SUGGESTIONS, AccountPlan, PlanAttention, build_plan
from relbeheer.store import records, suggest_data
from relbeheer.store.accounts import find_account


def read_plan(db: Database, account_id: str, *, as_of: dt.date, lang: str, engine=None,
              attention: PlanAttention | None = None) -> AccountPlan:
    """The plan of ``account_id``; ``engine`` is a fitted SuggestionEngine (None: no suggestions)."""
    account = find_account(db, account_id)
    suggestions = []
    if engine is not None:
        suggestions = engine.for_account(account.id, suggest_data.load_offers(db, account.id),
                                         limit=MAX_SUGGESTIONS)
    return build_plan(
        account=account, as_of=as_of, lang=lang,
        contacts=records.contacts_of(db, account.id),
        touchpoints=records.touchpoints_of(db, account.id),
        purchases=records.purchases_of(db, account.id),
        measurements=records.measurements_of(db, account.id),
        cases=records.cases_of(db, account.id),
        offers=records.offers_of(db, account.id),
        suggestions=suggestions,
        attention=attention,
        cadence_days=attention.cadence_days if attention is not None else None,
    )


def open_read_only(path: Path | str) -> Database:
    """A connection that cannot write: a batch worker only reads, and a bug in a
    worker must not be able to touch the user's relationship history."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA query_only = ON")
    return Database(conn)

