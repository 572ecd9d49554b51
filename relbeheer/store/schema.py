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


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
