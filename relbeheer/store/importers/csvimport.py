"""Import a CSV of accounts, contacts, touchpoints or purchases, in one transaction.

Reading and checking (``csvsource``, ``csvrows``) finish before anything is
written: a bad cell anywhere stops the import with "file:line: message" and
the database as it was. Then each record is matched (``linking.Directory``):

* accounts — by reference, else by name (case and spacing ignored); a match gets
  the file's non-empty values; tier and owner only on a new account (the
  account manager may have changed them since, as in ``merge``);
* contacts — by e-mail, else by name at the same account; accounts named but not
  known are created (tier C) and can be merged with ``store.duplicates`` later;
* touchpoints — a row whose reference, or whose (account, date, kind, note), is
  already there is skipped; named contacts are linked by e-mail or name;
* purchases — skipped when (account, product, date, quantity, amount,
  reference) is already there; unknown products are created.

So a second run of the same file adds nothing. All writes happen in
``linking.import_session``: one transaction, rolled back whole on any failure or
on Cancel (the progress callback raises).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.domain import TouchpointKind
from relbeheer.core.exchange.fields import auto_map
from relbeheer.core.exchange.values import match_keys
from relbeheer.store.importers.csvrows import Parsed, read_records
from relbeheer.store.importers.csvsource import open_source
from relbeheer.store.importers.linking import (
    Directory,
    Pending,
    existing_keys,
    import_session,
    product_ids,
)
from relbeheer.store.importers.report import ImportFileError, ImportReport

Progress = Callable[[int, int, str], None] | None
SOURCE = "csv"
ACCOUNT_UPDATES = ("external_ref", "kind", "sector", "region", "country", "city", "employees",
                   "annual_revenue", "notes")
TOUCHPOINT_COLUMNS = ["id", "account_id", "owner_id", "date", "kind", "channel", "binding",
                      "sentiment", "note", "follow_up_on", "external_ref"]
PURCHASE_COLUMNS = ["id", "account_id", "product_id", "date", "quantity", "unit_price",
                    "amount", "external_ref", "source"]
_NAMED = re.compile(r"^(.+?)\s*<([^<>\s]+@[^<>\s]+)>$")  # Jan Jansen <jan@x.nl>
_EMAIL = re.compile(r"[^\s,;<>()\"']+@[^\s,;<>()\"']+")


def import_csv(db: Database, path: Path, kind: str, *, encoding: str | None = None,
               delimiter: str | None = None, date_format: str | None = None,
               decimal: str | None = None, mapping: list[str | None] | None = None,
               lang: str = "en", today: dt.date | None = None,
               progress: Progress = None) -> ImportReport:
    """Import ``path`` as ``kind``; ``ImportFileError`` (nothing written) on bad input."""
    path = Path(path)
    step = progress or (lambda done, total, what: None)
    step(0, 1, "reading")
    with _collector_paused():
        return _import(db, path, kind, encoding=encoding, delimiter=delimiter,
                       date_format=date_format, decimal=decimal, mapping=mapping, lang=lang,
                       today=today, step=step)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while an import builds its rows.

    Every few hundred new dicts and tuples Python walks all tracked objects for
    cycles; an import makes hundreds of thousands and has no cycles to find
    (measured: a quarter of the time spent reading 100,000 accounts). Memory is
    still freed by reference counting; collection resumes after the import.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(db: Database, path: Path, kind: str, *, encoding, delimiter, date_format,
            decimal, mapping, lang, today, step) -> ImportReport:
    source = open_source(path, encoding=encoding, delimiter=delimiter,
                         date_format=date_format, decimal=decimal)
    if mapping is None:
        mapping = auto_map(kind, source.header)
    mapping = (list(mapping) + [None] * source.width)[:source.width]
    parsed = read_records(source, kind, mapping, lang=lang, today=today, progress=step)
    if not parsed.records and not parsed.skipped:
        raise ImportFileError(path, source.header_line + 1, "no data rows below the header")
    report = ImportReport(source=str(path))
    report.skipped.update(parsed.skipped)
    report.notes.update(parsed.notes)
    pending = Pending()
    directory = Directory(db, pending, source=SOURCE)
    PLANS[kind](db, parsed, directory, pending, report)
    with import_session(db):
        pending.write(db, report, step)
    step(1, 1, "done")
    return report


NEW_ACCOUNT = ("name", "tier", *ACCOUNT_UPDATES)


def _plan_accounts(db, parsed: Parsed, directory: Directory, pending: Pending, report) -> None:
    records = parsed.records
    accounts = directory.accounts()
    # Name keys of the whole file at once, and owners by the text written: the
    # loop below is the per-row cost of an import of 100,000 new accounts.
    name_keys = match_keys([r["name"] for r in records])
    owners: dict[str | None, str | None] = {}
    ids = directory.ids
    new: list[tuple] = []
    seen: set[str] = set()
    repeats = 0
    for r, name_key in zip(records, name_keys):
        ref = r.get("external_ref")
        found = accounts.get("ref:" + ref) if ref else None
        if found is None and name_key:
            found = accounts.get(name_key)
        key = found or name_key
        if key in seen:
            repeats += 1
            continue
        seen.add(key)
        if found is None:
            owner = r.get("owner")
            owner_id = owners[owner] if owner in owners else owners.setdefault(
                owner, directory.owner(owner))
            account_id = next(ids)
            new.append((account_id, *map(r.get, NEW_ACCOUNT), owner_id, SOURCE))
            accounts[name_key] = account_id
            if ref:
                accounts["ref:" + ref] = account_id
            seen.add(account_id)
            continue
        old = directory.account_rows[found]
        changes = {c: r[c] for c in ACCOUNT_UPDATES if r.get(c) is not None and r[c] != old[c]}
        if changes:
            pending.update("accounts", found, changes)
            report.updated["accounts"] += 1
        else:
            report.skipped["accounts already present (unchanged)"] += 1
    if repeats:
        report.skipped["rows repeating an account earlier in the file"] += repeats
    pending.extend("accounts", ("id", *NEW_ACCOUNT, "owner_id", "source"), new)


def _plan_contacts(db, parsed: Parsed, directory: Directory, pending: Pending, report) -> None:
    records = parsed.records
    # Name keys of the whole file at once: most names are new, each a cache miss.
    keys = match_keys([r["name"] for r in records])
    account_ids = _account_ids(directory, records, report)
    for r in records:
        if r["is_ambassador"] is not None:
            r["is_ambassador"] = int(r["is_ambassador"])
    directory.upsert_contacts(records, keys, account_ids, report)


def _account_ids(directory: Directory, records: list[dict], report) -> list[str]:
    """The account id of each record, found (or queued) once per name as written."""
    texts = [r["account"] for r in records]
    found = {text: directory.account(text, report) for text in dict.fromkeys(texts)}
    return list(map(found.__getitem__, texts))


def _date_range(parsed: Parsed) -> tuple[str, str]:
    dates = [r["date"] for r in parsed.records]
    return (min(dates), max(dates)) if dates else ("", "")


def contact_ids(directory: Directory, account_id: str, text: str | None,
                report: ImportReport) -> list[str]:
    """The people named in a cell, separated by ';': "Name <e-mail>", an e-mail or a name."""
    if not text:
        return []
    wanted: list[tuple[str | None, str | None]] = []  # (name, e-mail)
    for part in re.split(r"[;\n]", text):
        named = _NAMED.match(part.strip())
        if named:
            wanted.append((named.group(1), named.group(2)))
        else:
            emails = _EMAIL.findall(part)
            wanted.extend([(None, e) for e in emails] or
                          ([(part.strip(), None)] if part.strip() else []))
    found: list[str] = []
    for name, email in wanted:
        row = directory.find_contact(account_id, name, email)
        if row is None:
            report.notes["people named in touchpoints but not known (left out)"] += 1
        elif row["id"] not in found:
            found.append(row["id"])
    return found


def _plan_touchpoints(db, parsed: Parsed, directory: Directory, pending: Pending,
                      report) -> None:
    lo, hi = _date_range(parsed)
    known = existing_keys(db, "SELECT account_id, date, kind, coalesce(note, '') FROM touchpoints"
                              " WHERE deleted_at IS NULL AND date BETWEEN ? AND ?", [lo, hi])
    refs = {r[0] for r in existing_keys(db, "SELECT external_ref FROM touchpoints WHERE "
                                            "external_ref IS NOT NULL AND deleted_at IS NULL")}
    records = parsed.records
    owners: dict[str | None, str | None] = {}  # owner as written → id, of rows not skipped
    kinds = {}  # kind value → (kind, channel, binding): the enum looked up once per kind
    rows, links, repeats = [], [], 0
    ids = directory.ids
    for r, account_id in zip(records, _account_ids(directory, records, report)):
        date, note, ref = r["date"], r["note"], r["external_ref"]
        key = (account_id, date, r["kind"], note or "")
        if key in known or (ref and ref in refs):
            repeats += 1
            continue
        known.add(key)
        if ref:
            refs.add(ref)
        kind = kinds.get(r["kind"])
        if kind is None:
            found = TouchpointKind(r["kind"])
            kind = kinds[r["kind"]] = (found.value, found.channel.value, found.binding.value)
        owner = r["owner"]
        owner_id = owners[owner] if owner in owners else owners.setdefault(
            owner, directory.owner(owner))
        tp_id = next(ids)
        rows.append((tp_id, account_id, owner_id, date, *kind, r["sentiment"], note,
                     r["follow_up_on"], ref))
        if r["contacts"]:
            for contact_id in contact_ids(directory, account_id, r["contacts"], report):
                links.append((next(ids), tp_id, contact_id))
    if repeats:
        report.skipped["touchpoints already present"] += repeats
    pending.extend("touchpoints", TOUCHPOINT_COLUMNS, rows)
    pending.extend("touchpoint_contacts", ["id", "touchpoint_id", "contact_id"], links)


def _plan_purchases(db, parsed: Parsed, directory: Directory, pending: Pending,
                    report) -> None:
    lo, hi = _date_range(parsed)
    known = existing_keys(db, "SELECT account_id, product_id, date, quantity, amount, "
                              "coalesce(external_ref, '') FROM purchases "
                              "WHERE deleted_at IS NULL AND date BETWEEN ? AND ?", [lo, hi])
    records = parsed.records
    fields = itemgetter("date", "quantity", "amount", "external_ref", "unit_price")
    ids, rows, repeats = directory.ids, [], 0
    for r, account_id, product_id in zip(records, _account_ids(directory, records, report),
                                         product_ids(directory, records)):
        date, quantity, amount, ref, unit_price = fields(r)
        key = (account_id, product_id, date, quantity, amount, ref or "")
        if key in known:
            repeats += 1
            continue
        known.add(key)
        rows.append((next(ids), account_id, product_id, date, quantity, unit_price, amount, ref,
                     SOURCE))
    if repeats:
        report.skipped["purchases already present"] += repeats
    pending.extend("purchases", PURCHASE_COLUMNS, rows)


PLANS = {"accounts": _plan_accounts, "contacts": _plan_contacts,
         "touchpoints": _plan_touchpoints, "purchases": _plan_purchases}
