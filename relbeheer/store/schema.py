"""The database schema as named migrations (sqlite-utils 4 ``Migrations``).

A migration, once released, is never edited: a change to the schema is a new
function below the last one. Every table carries a UUID text primary key and
``created_at`` / ``updated_at`` / ``deleted_at`` so that the databases of several
laptops can be merged without collisions (DESIGN.md §2).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("relbeheer")

_COMMON = {"id": str, "created_at": str, "updated_at": str, "deleted_at": str}


def _table(db: Database, name: str, columns: dict, *, foreign_keys=(), not_null=()):
    db[name].create(
        {**{"id": str}, **columns, **{k: v for k, v in _COMMON.items() if k != "id"}},
        pk="id",
        foreign_keys=list(foreign_keys),
        not_null={"created_at", "updated_at", *not_null},
    )


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    _table(
        db,
        "owners",
        {"name": str, "email": str, "team": str, "manager": str, "region": str},
        not_null={"name"},
    )
    _table(
        db,
        "accounts",
        {
            "name": str,
            "external_ref": str,
            "kind": str,
            "tier": str,
            "owner_id": str,
            "sector": str,
            "region": str,
            "country": str,
            "city": str,
            "employees": int,
            "annual_revenue": float,
            "year_established": int,
            "parent_id": str,
            "cadence_days": int,
            "notes": str,
            "goals": str,
            "source": str,
        },
        foreign_keys=[("owner_id", "owners", "id"), ("parent_id", "accounts", "id")],
        not_null={"name", "tier"},
    )
    _table(
        db,
        "contacts",
        {
            "account_id": str,
            "name": str,
            "job_title": str,
            "email": str,
            "phone": str,
            "role": str,
            "preferred_channel": str,
            "is_ambassador": int,
            "notes": str,
        },
        foreign_keys=[("account_id", "accounts", "id")],
        not_null={"account_id", "name"},
    )
    _table(
        db,
        "touchpoints",
        {
            "account_id": str,
            "owner_id": str,
            "date": str,  # ISO date, YYYY-MM-DD
            "kind": str,
            # channel and binding follow from kind, but are stored so that SQL can
            # aggregate attention by channel and binding level without Python
            "channel": str,
            "binding": str,
            "sentiment": int,
            "note": str,
            "follow_up_on": str,
            "external_ref": str,
        },
        foreign_keys=[("account_id", "accounts", "id"), ("owner_id", "owners", "id")],
        not_null={"account_id", "date", "kind", "channel", "binding"},
    )
    _table(
        db,
        "touchpoint_contacts",
        {"touchpoint_id": str, "contact_id": str},
        foreign_keys=[("touchpoint_id", "touchpoints", "id"), ("contact_id", "contacts", "id")],
        not_null={"touchpoint_id", "contact_id"},
    )
    _table(
        db,
        "products",
        {
            "name": str,
            "external_ref": str,
            "series": str,
            "level": int,
            "category": str,
            "price": float,
            "is_contract": int,
        },
        not_null={"name"},
    )
    _table(
        db,
        "purchases",
        {
            "account_id": str,
            "product_id": str,
            "date": str,
            "quantity": float,
            "unit_price": float,
            "amount": float,
            "external_ref": str,
            "source": str,
        },
        foreign_keys=[("account_id", "accounts", "id"), ("product_id", "products", "id")],
        not_null={"account_id", "product_id", "date"},
    )
    _table(
        db,
        "measurements",
        {
            "account_id": str,
            "contact_id": str,
            "date": str,
            "kind": str,
            "score": float,
            "comment": str,
        },
        foreign_keys=[("account_id", "accounts", "id"), ("contact_id", "contacts", "id")],
        not_null={"account_id", "date", "kind", "score"},
    )
    _table(
        db,
        "service_cases",
        {
            "account_id": str,
            "contact_id": str,
            "opened_on": str,
            "resolved_on": str,
            "subject": str,
            "outcome": str,
            "note": str,
        },
        foreign_keys=[("account_id", "accounts", "id"), ("contact_id", "contacts", "id")],
        not_null={"account_id", "opened_on"},
    )
    _table(
        db,
        "offers",
        {
            "account_id": str,
            "product_id": str,
            "owner_id": str,
            "status": str,
            "stage": str,
            "engaged_on": str,
            "closed_on": str,
            "value": float,
            "external_ref": str,
        },
        foreign_keys=[
            ("account_id", "accounts", "id"),
            ("product_id", "products", "id"),
            ("owner_id", "owners", "id"),
        ],
        not_null={"account_id", "status"},
    )
    _table(db, "settings", {"key": str, "value": str}, not_null={"key"})

    # Indexes the attention list and the account page read through.
    db["touchpoints"].create_index(["account_id", "date"])
    db["touchpoints"].create_index(["date"])
    db["touchpoint_contacts"].create_index(["touchpoint_id", "contact_id"], unique=True)
    db["touchpoint_contacts"].create_index(["contact_id"])
    db["contacts"].create_index(["account_id"])
    db["contacts"].create_index(["email"])
    db["accounts"].create_index(["owner_id"])
    db["accounts"].create_index(["external_ref"])
    db["accounts"].create_index(["name"])
    db["purchases"].create_index(["account_id", "date"])
    db["purchases"].create_index(["product_id"])
    db["measurements"].create_index(["account_id", "date"])
    db["service_cases"].create_index(["account_id"])
    db["offers"].create_index(["account_id", "status"])
    db["products"].create_index(["external_ref"])
    db["settings"].create_index(["key"], unique=True)


@migrations(name="0002_attention_summary")
def attention_summary(db: Database) -> None:
    """What the attention engine reads fast and the state it keeps current.

    Indexes (partial: only live rows), each measured at 100k accounts / 5M
    touchpoints (benchmarks/bench_attention.py):

    * ``idx_touchpoints_attention`` — the attention pass reads every touchpoint's
      (account_id, date, channel, binding) from the index alone, in order; without
      it each touchpoint costs a table read, 6x slower.
    * ``idx_touchpoints_personal`` — recent personal touchpoints with their ids,
      for the person-level view (rule 4) and its rebuild.
    * ``idx_purchases_attention``, ``idx_measurements_attention``,
      ``idx_contacts_key`` — revenue windows, latest scores and the decision makers
      and ambassadors without reading table rows.

    Tables (derived data, rebuilt from the domain tables and never merged between
    laptops, hence keyed by account or contact instead of their own UUID):

    * ``attention_summary`` — each account's attention state as last computed,
      rewritten when a touchpoint is logged.
    * ``attention_contacts`` — per person, the date (and account) of the last
      personal touchpoint they took part in: rule 4 for a whole portfolio without
      joining millions of touchpoint links every morning.
    * ``attention_contacts_dirty`` and ``attention_state`` — how that table stays
      true: links added since ``links_rowid`` are folded in on the next read;
      triggers mark the people whose touchpoints were edited, moved or deleted.
      No trigger fires on INSERT, so bulk imports pay nothing.
    """
    db.execute(
        "CREATE INDEX idx_touchpoints_attention ON touchpoints "
        "(account_id, date, channel, binding) WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX idx_touchpoints_personal ON touchpoints "
        "(channel, date, account_id, id) WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX idx_purchases_attention ON purchases "
        "(account_id, date, amount, product_id) WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX idx_measurements_attention ON measurements "
        "(account_id, kind, date, score) WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX idx_contacts_key ON contacts (account_id, id, name, role, is_ambassador) "
        "WHERE deleted_at IS NULL AND (role = 'decision_maker' OR is_ambassador = 1)"
    )
    db["attention_summary"].create(
        {
            "account_id": str,
            "as_of": str,
            "severity": str,
            "health": int,
            "health_band": str,
            "trend": int,
            "priority": float,
            "value_at_stake": float,
            "days_since_personal": int,
            "reasons": str,  # JSON list of {rule, severity, params}
            "next_action": str,  # JSON {kind, rule, contact_id, contact, due}
            "computed_at": str,
        },
        pk="account_id",  # no foreign key: derived rows must never block deleting an account
        not_null={"as_of", "severity", "computed_at"},
    )
    db["attention_summary"].create_index(["severity", "priority"])
    db["attention_contacts"].create(
        {"contact_id": str, "account_id": str, "last_personal": str}, pk="contact_id"
    )
    db["attention_contacts"].create_index(["last_personal"])
    db["attention_contacts"].create_index(["account_id", "last_personal"])
    db["attention_contacts_dirty"].create({"contact_id": str}, pk="contact_id")
    db["attention_state"].create({"key": str, "value": str}, pk="key")
    db.execute(
        "CREATE TRIGGER attention_touchpoint_changed AFTER UPDATE OF date, channel, "
        "account_id, deleted_at ON touchpoints "
        "WHEN OLD.date IS NOT NEW.date OR OLD.channel IS NOT NEW.channel "
        "OR OLD.account_id IS NOT NEW.account_id OR OLD.deleted_at IS NOT NEW.deleted_at "
        "BEGIN INSERT OR IGNORE INTO attention_contacts_dirty (contact_id) "
        "SELECT contact_id FROM touchpoint_contacts WHERE touchpoint_id = NEW.id; END"
    )
    db.execute(
        "CREATE TRIGGER attention_link_changed AFTER UPDATE ON touchpoint_contacts "
        "BEGIN INSERT OR IGNORE INTO attention_contacts_dirty (contact_id) "
        "VALUES (OLD.contact_id), (NEW.contact_id); END"
    )
    # SQLite gives a new row max(rowid) + 1, so deleting the newest links frees
    # their rowids for reuse: keep the mark at or below the highest rowid left, so
    # a link that re-uses one is still folded in.
    db.execute(
        "CREATE TRIGGER attention_link_deleted AFTER DELETE ON touchpoint_contacts "
        "BEGIN INSERT OR IGNORE INTO attention_contacts_dirty (contact_id) "
        "VALUES (OLD.contact_id); "
        "UPDATE attention_state SET value = min(CAST(value AS INTEGER), "
        "(SELECT coalesce(max(rowid), 0) FROM touchpoint_contacts)) "
        "WHERE key = 'links_rowid'; END"
    )


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]


@migrations(name="0003_sync_outbox")
def sync_outbox(db: Database) -> None:
    """Local tables of team sync (store/sync_capture.py writes them, sync/ reads them).

    * ``sync_outbox`` — one entry per change to a synced row, written by triggers in
      the same transaction as the change: table, row id, the columns that changed
      (NULL: all of them, on insert; ``_purge``: deleted for good) and the hybrid
      clock stamp. Entries leave once the server acknowledged them.
    * ``sync_clock`` — this laptop's node id and hybrid clock (one row, made when
      sync is first switched on; until then no trigger exists and nothing is logged,
      so a laptop that never syncs pays nothing).
    * ``sync_state`` — the server address, the last pulled server position, times.
    * ``sync_applying`` — holds a row only inside the transaction that applies
      pulled changes, so the triggers do not send those changes back.

    Derived tables and ``settings`` (per laptop) are not synced.
    """
    db.execute(
        "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "tbl TEXT NOT NULL, row_id TEXT NOT NULL, columns TEXT, hlc TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_sync_outbox_row ON sync_outbox (tbl, row_id)")
    db["sync_clock"].create({"node": str, "ms": int, "ctr": int}, pk="node",
                            not_null={"ms", "ctr"})
    db["sync_state"].create({"key": str, "value": str}, pk="key")
    db["sync_applying"].create({"flag": int}, pk="flag")


@migrations(name="0004_attention_contract_purchases")
def attention_contract_purchases(db: Database) -> None:
    """``idx_purchases_contract`` — the last contract purchase per account (rule 5b
    and the health score's structural binding) read from the few contract rows
    alone, instead of testing every purchase of the revenue windows for a
    contract product: 0.065 s to 0.053 s at 10k accounts, about 0.15 s at 100k
    (benchmarks/bench_attention.py). Independent of the other migrations."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_purchases_contract ON purchases "
        "(product_id, account_id, date) WHERE deleted_at IS NULL"
    )


@migrations(name="0005_attention_packs")
def attention_packs(db: Database) -> None:
    """``attention_packs`` and ``attention_purchase_packs`` — each account's live
    touchpoints and purchases packed into one text (store/attention_packs.py), so
    the morning list reads one row per account instead of grouping every row
    again: touchpoints 0.10 s to 0.01 s at 10k accounts.

    New rows are found by rowid above a mark (no trigger per inserted row: one on
    every row doubled the cost of a bulk import); triggers list the accounts whose
    rows were edited, moved or deleted — by any path: forms, sync, merges — in the
    ``…_dirty`` table. A delete also keeps the mark at or below the highest rowid
    left, since SQLite hands a freed top rowid out again. Until the first read
    there are no packs: that read builds them.
    """
    for source, packs, columns, mark in (
        ("touchpoints", "attention_packs", ("account_id", "date", "channel", "binding"),
         "packs_rowid"),
        ("purchases", "attention_purchase_packs", ("account_id", "date", "amount"),
         "purchase_packs_rowid"),
    ):
        db.execute(f"CREATE TABLE {packs} (account_id TEXT PRIMARY KEY, "
                   "n INTEGER NOT NULL, packed TEXT NOT NULL) WITHOUT ROWID")
        db.execute(f"CREATE TABLE {packs}_dirty (account_id TEXT PRIMARY KEY) WITHOUT ROWID")
        dirty = f"INSERT OR IGNORE INTO {packs}_dirty (account_id) VALUES"
        watched = (*columns, "deleted_at")
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
        db.execute(
            f"CREATE TRIGGER {packs}_changed AFTER UPDATE OF {', '.join(watched)} ON {source} "
            f"WHEN {changed} BEGIN {dirty} (OLD.account_id), (NEW.account_id); END"
        )
        db.execute(
            f"CREATE TRIGGER {packs}_deleted AFTER DELETE ON {source} "
            f"BEGIN {dirty} (OLD.account_id); "
            "UPDATE attention_state SET value = min(CAST(value AS INTEGER), "
            f"(SELECT coalesce(max(rowid), 0) FROM {source})) WHERE key = '{mark}'; END"
        )
