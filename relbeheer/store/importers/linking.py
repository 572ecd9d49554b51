"""Finding the account, person, owner or product an imported row belongs to — or making it.

Shared by the CSV, vCard and iCalendar importers so that all three match the
same way: an account by its reference or by its name with case, spacing and
dots ignored ("Fietsen  Jansen b.v." is "Fietsen Jansen B.V."); a person by
e-mail (any case), else by name at the same account; an owner by name; a
product by code, else by name. Records merged away earlier (``store.duplicates``)
lead to the record they were merged into, so a re-import does not bring a
duplicate back.

Everything is read once up front; new rows get their ids here and are queued,
and ``Pending.write`` inserts them all inside the importer's one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter

from sqlite_utils import Database

from relbeheer.core.domain import new_ids, utc_now
from relbeheer.core.exchange.values import match_key
from relbeheer.store.bulk import insert_rows
from relbeheer.store.importers.merge import import_cache
from relbeheer.store.importers.report import ImportReport

CONTACT_UPDATES = ("job_title", "email", "phone", "role", "preferred_channel", "is_ambassador",
                   "notes")
CONTACT_COLUMNS = ["id", "account_id", "name", "job_title", "email", "phone", "role",
                   "preferred_channel", "is_ambassador", "notes"]
_contact_values = itemgetter(*CONTACT_COLUMNS)  # a contact's dict → its row tuple
MERGED_PREFIX = "merged:"  # settings key "merged:<table>:<dropped id>" → kept id


def merged_into(db: Database, table: str) -> dict[str, str]:
    """Dropped id → kept id for every merge done on ``table``."""
    prefix = f"{MERGED_PREFIX}{table}:"
    rows = db.execute("SELECT key, value FROM settings WHERE key LIKE ?", [prefix + "%"])
    merged = {key[len(prefix):]: value for key, value in rows}
    # A chain of merges (a → b, then b → c) leads to the last one kept.
    for drop in merged:
        seen = {drop}
        while merged[drop] in merged and merged[drop] not in seen:
            seen.add(merged[drop])
            merged[drop] = merged[merged[drop]]
    return merged


def id_source(block: int = 4096) -> Iterator[str]:
    """Ids like ``domain.new_id``, made ``block`` at a time (one call for randomness each)."""
    while True:
        yield from new_ids(block)


class Pending:
    """New rows per table, in the order foreign keys need them."""

    ORDER = ("owners", "accounts", "products", "contacts", "touchpoints", "purchases",
             "touchpoint_contacts")

    def __init__(self):
        # table → column tuple → rows (an import may queue one table with two layouts)
        self.rows: dict[str, dict[tuple[str, ...], list[tuple]]] = {}
        self.updates: list[tuple[str, str, dict]] = []  # table, id, changed values

    def add(self, table: str, columns: list[str], row: tuple) -> None:
        self.rows.setdefault(table, {}).setdefault(tuple(columns), []).append(row)

    def extend(self, table: str, columns, rows: list[tuple]) -> None:
        if rows:
            self.rows.setdefault(table, {}).setdefault(tuple(columns), []).extend(rows)

    def count(self, table: str) -> int:
        return sum(len(rows) for rows in self.rows.get(table, {}).values())

    def update(self, table: str, row_id: str, changes: dict) -> None:
        self.updates.append((table, row_id, changes))

    def write(self, db: Database, report: ImportReport, progress=None) -> None:
        """Insert and update everything queued; the caller holds the transaction."""
        now = utc_now()
        for table, row_id, changes in self.updates:
            sets = ", ".join(f"[{c}] = ?" for c in changes)
            db.execute(f"UPDATE [{table}] SET {sets}, updated_at = ? WHERE id = ?",
                       [*changes.values(), now, row_id])
        for table in self.ORDER:
            if table not in self.rows:
                continue
            indexes = _indexes_to_rebuild(db, table, self.count(table))
            for name, _sql in indexes:
                db.execute(f"DROP INDEX [{name}]")
            tick = None
            if progress:
                def tick(done, total, what=f"writing {table}"):
                    progress(done, total, what)  # every 8,192 rows: the user can cancel
            for columns, rows in self.rows[table].items():
                count = insert_rows(db, table, columns, rows, progress=tick)
                if table != "touchpoint_contacts":
                    report.added[table] += count
            for _name, sql in indexes:
                db.execute(sql)


# Below this many new rows, or when the table already holds many more, the
# indexes are kept up row by row; above it they are dropped and built again after
# the insert, inside the same transaction (a rollback brings them back as they
# were). Building an index in one sorted pass is about twice as fast as 100,000
# random-order inserts into it (measured: touchpoints 1.3 s → 0.7 s).
REBUILD_MIN_ROWS = 5_000


def _indexes_to_rebuild(db: Database, table: str, adding: int) -> list[tuple[str, str]]:
    if adding < REBUILD_MIN_ROWS:
        return []
    holding = db.execute(f"SELECT coalesce(max(rowid), 0) FROM [{table}]").fetchone()[0]
    if holding > 2 * adding:
        return []
    # Indexes SQLite made itself (primary key, UNIQUE constraints) have no SQL and stay.
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                      "AND tbl_name = ? AND sql IS NOT NULL", [table]).fetchall()


@contextmanager
def import_session(db: Database) -> Iterator[None]:
    """One transaction with a roomy page cache: all of it is written, or none."""
    with import_cache(db), db.atomic():
        yield


class Directory:
    """What already exists, by the keys imports match on; finds or queues records."""

    def __init__(self, db: Database, pending: Pending, *, source: str):
        self.db, self.pending, self.source = db, pending, source
        self._accounts: dict[str, str] | None = None
        self._owners: dict[str, str] | None = None
        self._products: tuple[dict, dict] | None = None
        self._contacts: tuple[dict, dict] | None = None
        self.account_rows: dict[str, dict] = {}
        self.seen_contacts: set[str] = set()  # matched or created by this import
        self._by_text: dict[str, str] = {}  # account name as written → id, this import
        self.ids = id_source()

    # --- accounts ---------------------------------------------------------------
    def _load_accounts(self) -> dict[str, str]:
        if self._accounts is None:
            merged = merged_into(self.db, "accounts")
            keys: dict[str, str] = {}
            live = set()
            for row in self.db.query(
                    "SELECT id, name, external_ref, kind, tier, sector, region, country, city, "
                    "employees, annual_revenue, notes, deleted_at FROM accounts"):
                if row["deleted_at"] is None:
                    live.add(row["id"])
                    self.account_rows[row["id"]] = row
                    keys.setdefault(match_key(row["name"]), row["id"])
                    if row["external_ref"]:
                        keys.setdefault("ref:" + row["external_ref"], row["id"])
                elif row["id"] in merged:
                    keys.setdefault(match_key(row["name"]), merged[row["id"]])
            self._accounts = {k: v for k, v in keys.items() if v in live}
        return self._accounts

    def accounts(self) -> dict[str, str]:
        """Match key of every account's name, and "ref:" + its reference → id (this import's too)."""
        return self._load_accounts()

    def find_account(self, name: str, ref: str | None = None) -> str | None:
        keys = self._load_accounts()
        if ref and "ref:" + ref in keys:
            return keys["ref:" + ref]
        key = match_key(name)
        return keys.get(key) if key else None

    def account(self, name: str, report: ImportReport) -> str:
        """The id of the account called ``name``, created (tier C) when there is none."""
        found = self._by_text.get(name)
        if found:
            return found
        found = self.find_account(name) or self.find_account("", name)
        if not found:
            found = next(self.ids)
            self.pending.add("accounts", ["id", "name", "tier", "source"],
                             (found, name, "C", self.source))
            self._accounts[match_key(name)] = found
        self._by_text[name] = found
        return found

    def add_account(self, columns: tuple[str, ...], values: list) -> str:
        """Queue a new account with ``values`` for ``columns`` (name among them)."""
        account_id = next(self.ids)
        self.pending.add("accounts", ("id", *columns, "source"),
                         (account_id, *values, self.source))
        keys = self._load_accounts()
        row = dict(zip(columns, values))
        keys[match_key(row["name"])] = account_id
        if row.get("external_ref"):
            keys["ref:" + row["external_ref"]] = account_id
        return account_id

    # --- owners -------------------------------------------------------------------
    def owner(self, name: str | None) -> str | None:
        if not name:
            return None
        if self._owners is None:
            self._owners = {match_key(r["name"]): r["id"] for r in self.db.query(
                "SELECT id, name FROM owners WHERE deleted_at IS NULL ORDER BY created_at")}
        key = match_key(name)
        if key not in self._owners:
            self._owners[key] = next(self.ids)
            self.pending.add("owners", ["id", "name"], (self._owners[key], name))
        return self._owners[key]

    # --- contacts -------------------------------------------------------------------
    def _load_contacts(self) -> tuple[dict, dict]:
        if self._contacts is None:
            self._contacts = ({}, {})
            for row in self.db.query(
                    "SELECT id, account_id, name, job_title, email, phone, role, "
                    "preferred_channel, is_ambassador, notes FROM contacts "
                    "WHERE deleted_at IS NULL ORDER BY created_at"):
                self.remember_contact(row)
        return self._contacts

    def find_contact(self, account_id: str | None, name: str | None,
                     email: str | None, key: str | None = None) -> dict | None:
        """The person with this e-mail (else this name at this account), or None.

        Small dealers share one address (info@…) between people: of several holders
        of an address the one with this name is taken, else one not yet matched in
        this import; a second name at an address already matched is a new person.
        """
        by_email, by_name = self._load_contacts()
        if key is None:  # ``key``: the name's match key, when the caller has it already
            key = match_key(name) if name else ""
        holders = [_as_dict(c) for c in by_email.get(email.casefold(), ())] if email else []
        if holders:
            same = [c for c in holders if key and match_key(c["name"]) == key]
            free = [c for c in holders if c["id"] not in self.seen_contacts]
            if same or free or not key:
                return (same or free or holders)[0]
        if key and account_id:
            found = by_name.get((account_id, key))
            return None if found is None else _as_dict(found)
        return None

    def remember_contact(self, row: dict, key: str | None = None) -> None:
        by_email, by_name = self._load_contacts() if self._contacts is None else self._contacts
        if row.get("email"):
            by_email.setdefault(row["email"].casefold(), []).append(row)
        by_name.setdefault((row["account_id"], match_key(row["name"]) if key is None else key),
                           row)

    def upsert_contact(self, account_id: str, r: dict, report: ImportReport,
                       key: str | None = None) -> None:
        """Queue a new person, or the changed fields of the one already there."""
        old = self.find_contact(account_id, r["name"], r.get("email"), key)
        if old is not None:
            if old["id"] in self.seen_contacts:
                report.skipped["rows repeating a contact earlier in the file"] += 1
                return
            self.seen_contacts.add(old["id"])
            changes = {c: r[c] for c in CONTACT_UPDATES
                       if r.get(c) is not None and r[c] != old[c]}
            if changes:
                self.pending.update("contacts", old["id"], changes)
                report.updated["contacts"] += 1
            else:
                report.skipped["contacts already present (unchanged)"] += 1
            return
        row = {"id": next(self.ids), "account_id": account_id, "name": r["name"],
               "job_title": r.get("job_title"), "email": r.get("email"),
               "phone": r.get("phone"), "role": r.get("role") or "user",
               "preferred_channel": r.get("preferred_channel"),
               "is_ambassador": r.get("is_ambassador") or 0, "notes": r.get("notes")}
        self.pending.add("contacts", CONTACT_COLUMNS, _contact_values(row))
        self.remember_contact(row, key)
        self.seen_contacts.add(row["id"])

    def upsert_contacts(self, records: list[dict], keys: list[str], account_ids: list[str],
                        report: ImportReport) -> None:
        """``upsert_contact`` of each record (with the name's match key and account id).

        A person whose e-mail and name are both new is queued right here as a row
        tuple, and known by that tuple until someone asks (``find_contact``): a
        100,000-row file of new people makes no dict per person.
        """
        by_email, by_name = self._load_contacts()
        ids, seen = self.ids, self.seen_contacts
        rows = self.pending.rows.setdefault("contacts", {}).setdefault(
            tuple(CONTACT_COLUMNS), [])  # the list ``upsert_contact`` adds to: file order
        for r, key, account_id in zip(records, keys, account_ids):
            email = r["email"]
            folded = email.casefold() if email else None
            if folded in by_email or (key and (account_id, key) in by_name):
                self.upsert_contact(account_id, r, report, key)
                continue
            row = (next(ids), account_id, r["name"], r["job_title"], email, r["phone"],
                   r["role"] or "user", r["preferred_channel"], r["is_ambassador"] or 0,
                   r["notes"])
            rows.append(row)
            if folded:
                by_email[folded] = [row]
            by_name.setdefault((account_id, key), row)
            seen.add(row[0])
        if not rows:  # nothing new: no table to write (nor "0 contacts added")
            del self.pending.rows["contacts"][tuple(CONTACT_COLUMNS)]
            if not self.pending.rows["contacts"]:
                del self.pending.rows["contacts"]

    # --- products -------------------------------------------------------------------
    def product(self, name: str | None, code: str | None, price: float | None) -> str:
        found = self.find_product(name, code)
        if found is not None:
            return found
        by_code, by_name = self._products
        product_id = next(self.ids)
        self.pending.add("products", PRODUCT_COLUMNS, (product_id, name or code, code, 1, price, 0))
        if code:
            by_code[code.casefold()] = product_id
        by_name[match_key(name or code)] = product_id
        return product_id

    def find_product(self, name: str | None, code: str | None) -> str | None:
        """The product with this code, else this name (None: not known yet)."""
        if self._products is None:
            by_code, by_name = {}, {}
            for row in self.db.query("SELECT id, name, external_ref FROM products "
                                     "WHERE deleted_at IS NULL ORDER BY created_at"):
                if row["external_ref"]:
                    by_code.setdefault(row["external_ref"].casefold(), row["id"])
                by_name.setdefault(match_key(row["name"]), row["id"])
            self._products = (by_code, by_name)
        by_code, by_name = self._products
        if code and code.casefold() in by_code:
            return by_code[code.casefold()]
        if name and match_key(name) in by_name:
            return by_name[match_key(name)]
        return None


PRODUCT_COLUMNS = ("id", "name", "external_ref", "level", "price", "is_contract")


def product_ids(directory: Directory, records: list[dict]) -> list[str]:
    """``Directory.product`` of each purchase record, asked once per (name, code).

    Asked again after a product was created: a new code or name can change what
    a later (name, code) finds, as it does row by row.
    """
    found: dict[tuple, str] = {}
    out = []
    count = directory.pending.count
    made = count("products")
    for r in records:
        pair = (r["product"], r["product_code"])
        product_id = found.get(pair)
        if product_id is None:
            product_id = directory.product(pair[0], pair[1], r["unit_price"])
            if count("products") != made:
                made = count("products")
                found.clear()
            found[pair] = product_id
        out.append(product_id)
    return out


def _as_dict(row: dict | tuple) -> dict:
    """A known contact as a dict (``upsert_contacts`` keeps new ones as row tuples)."""
    return row if isinstance(row, dict) else dict(zip(CONTACT_COLUMNS, row))


def existing_keys(db: Database, sql: str, params=()) -> set[tuple]:
    """Rows as tuples, for "already imported" checks (plain tuples: no dict per row)."""
    return set(db.execute(sql, list(params)).fetchall())


def group_by(items, key) -> dict:
    out = defaultdict(list)
    for item in items:
        out[key(item)].append(item)
    return out
