"""Integrity check, table counts and on-demand backups."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from relbeheer.store.database import timestamp, vacuum_into

DOMAIN_TABLES = (
    "owners",
    "accounts",
    "contacts",
    "touchpoints",
    "touchpoint_contacts",
    "products",
    "purchases",
    "measurements",
    "service_cases",
    "offers",
    "settings",
)


def integrity(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` messages plus foreign-key violations; ['ok'] when clean."""
    messages = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        messages = [m for m in messages if m != "ok"]
        messages.append(f"{len(fk)} foreign-key violations (first in table {fk[0][0]})")
    return messages


def table_counts(db: Database) -> dict[str, int]:
    """Live rows (not soft-deleted) per domain table."""
    existing = set(db.table_names())
    counts = {}
    for table in DOMAIN_TABLES:
        if table in existing:
            counts[table] = db.execute(
                f"SELECT count(*) FROM [{table}] WHERE deleted_at IS NULL"
            ).fetchone()[0]
    return counts


def is_empty(db: Database) -> bool:
    """No owner, account, contact or product yet (a database just created)."""
    return not any(
        db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone()
        for table in ("owners", "accounts", "contacts", "products")
    )


def backup(db: Database, target: Path | None, *, default_dir: Path, stem: str) -> Path:
    """A consistent copy with VACUUM INTO; refuses to overwrite an existing file."""
    if target is None:
        target = default_dir / f"{stem}-{timestamp()}.db"
    target = Path(target)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose another file name")
    return vacuum_into(db, target)
