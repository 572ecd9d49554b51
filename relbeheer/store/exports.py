"""Writing the database out: CSV per table, a vCard of contacts, an .ics of follow-ups.

CSV is written the way Dutch Excel opens it without asking: UTF-8 with a BOM,
``;`` between fields, a decimal comma, ISO dates, and our labels as headers and
values ("Telefoongesprek", "Beslisser") — all of which the CSV importer reads
back, so export → import gives the same data. "Excel-safe" (on unless the caller
turns it off) puts an apostrophe before text that a spreadsheet would run as a
formula (``= + - @``, tab, CR); the importer takes it off again. Files are
written next to the target and moved into place, so a failed export never
leaves half a file under the user's name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.exchange.fields import fields_of
from relbeheer.core.exchange.ical_write import FollowUp, write_followups
from relbeheer.core.exchange.values import excel_safe
from relbeheer.core.exchange.vcard import CardOut, write_vcards
from relbeheer.core.labels import label_of, sentiment_label

LIVE = "deleted_at IS NULL"
# Importable kinds: columns are import fields (headers are their labels).
QUERIES = {
    "accounts": """SELECT a.name, a.external_ref, a.kind, a.tier, o.name, a.sector, a.region,
                          a.country, a.city, a.employees, a.annual_revenue, a.notes
                   FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id
                   WHERE a.deleted_at IS NULL ORDER BY a.name COLLATE NOCASE, a.id""",
    "contacts": """SELECT a.name, c.name, c.job_title, c.email, c.phone, c.role,
                          c.preferred_channel, c.is_ambassador, c.notes
                   FROM contacts c JOIN accounts a ON a.id = c.account_id
                   WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL
                   ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.email, c.phone,
                            c.id""",
    "touchpoints": """SELECT a.name, t.date, t.kind, t.note,
                             (SELECT group_concat(who, '; ') FROM (
                                SELECT CASE WHEN coalesce(c.email, '') = '' THEN c.name
                                       ELSE c.name || ' <' || c.email || '>' END AS who
                                FROM touchpoint_contacts tc JOIN contacts c ON c.id = tc.contact_id
                                WHERE tc.touchpoint_id = t.id AND c.deleted_at IS NULL
                                ORDER BY who)),
                             o.name, t.sentiment, t.follow_up_on, t.external_ref
                      FROM touchpoints t JOIN accounts a ON a.id = t.account_id
                      LEFT JOIN owners o ON o.id = t.owner_id
                      WHERE t.deleted_at IS NULL AND a.deleted_at IS NULL
                      ORDER BY t.date, a.name COLLATE NOCASE, t.kind, t.note, t.id""",
    "purchases": """SELECT a.name, p.date, pr.name, pr.external_ref, p.quantity, p.unit_price,
                           p.amount, p.external_ref
                    FROM purchases p JOIN accounts a ON a.id = p.account_id
                    JOIN products pr ON pr.id = p.product_id
                    WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL
                    ORDER BY p.date, a.name COLLATE NOCASE, pr.name, p.quantity, p.amount,
                             p.external_ref, p.id""",
}
FIELD_ORDER = {
    "accounts": ["name", "external_ref", "kind", "tier", "owner", "sector", "region", "country",
                 "city", "employees", "annual_revenue", "notes"],
    "contacts": ["account", "name", "job_title", "email", "phone", "role", "preferred_channel",
                 "is_ambassador", "notes"],
    "touchpoints": ["account", "date", "kind", "note", "contacts", "owner", "sentiment",
                    "follow_up_on", "external_ref"],
    "purchases": ["account", "date", "product", "product_code", "quantity", "unit_price",
                  "amount", "external_ref"],
}
# Other tables, as they are, with names instead of ids.
PLAIN = {
    "products": "SELECT name, external_ref, series, level, category, price, is_contract "
                "FROM products WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id",
    "owners": "SELECT name, email, team, manager, region FROM owners WHERE deleted_at IS NULL "
              "ORDER BY name COLLATE NOCASE, id",
    "measurements": "SELECT a.name AS account, c.name AS contact, m.date, m.kind, m.score, "
                    "m.comment FROM measurements m JOIN accounts a ON a.id = m.account_id "
                    "LEFT JOIN contacts c ON c.id = m.contact_id WHERE m.deleted_at IS NULL "
                    "ORDER BY m.date, m.id",
    "service_cases": "SELECT a.name AS account, c.name AS contact, s.opened_on, s.resolved_on, "
                     "s.subject, s.outcome, s.note FROM service_cases s "
                     "JOIN accounts a ON a.id = s.account_id LEFT JOIN contacts c "
                     "ON c.id = s.contact_id WHERE s.deleted_at IS NULL ORDER BY s.opened_on, s.id",
    "offers": "SELECT a.name AS account, p.name AS product, o.status, o.stage, o.engaged_on, "
              "o.closed_on, o.value, o.external_ref FROM offers o JOIN accounts a "
              "ON a.id = o.account_id LEFT JOIN products p ON p.id = o.product_id "
              "WHERE o.deleted_at IS NULL ORDER BY o.engaged_on, o.id",
}
EXPORT_KINDS = (*QUERIES, *PLAIN)
_ENUMS = {"kind": {"accounts": "AccountKind", "touchpoints": "TouchpointKind"},
          "role": {"contacts": "DecisionRole"}, "preferred_channel": {"contacts": "Channel"}}


def _write_atomically(path: Path, text: str, *, bom: bool = False) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _number(value, decimal: str) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = repr(value) if isinstance(value, float) else str(value)
    return text.replace(".", decimal) if decimal != "." else text


def _cell(kind: str, field: str, value, *, lang: str, decimal: str, safe: bool) -> str:
    if value is None:
        return ""
    if field in _ENUMS and kind in _ENUMS[field]:
        value = label_of(_ENUMS[field][kind], value, lang)
    elif field == "sentiment" and kind == "touchpoints":
        value = sentiment_label(value, lang)
    elif field == "is_ambassador":
        value = ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    elif isinstance(value, (int, float)):
        return _number(value, decimal)
    text = str(value)
    return excel_safe(text) if safe else text


def export_csv(db: Database, kind: str, path: Path, *, excel_safe_mode: bool = True,
               delimiter: str = ";", decimal: str = ",", lang: str = "nl",
               progress: Callable[[int, int, str], None] | None = None) -> int:
    """Write one table as CSV; returns the number of rows written."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown table '{kind}' (one of {', '.join(EXPORT_KINDS)})")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if kind in QUERIES:
        labels = {f.name: f.label(lang) for f in fields_of(kind)}
        names = FIELD_ORDER[kind]
        writer.writerow([labels[n] for n in names])
        cursor = db.execute(QUERIES[kind])
    else:
        cursor = db.execute(PLAIN[kind])
        names = [d[0] for d in cursor.description]
        writer.writerow(names)
    count = 0
    for row in cursor:
        writer.writerow([_cell(kind, n, v, lang=lang, decimal=decimal, safe=excel_safe_mode)
                         for n, v in zip(names, row)])
        count += 1
        if progress and not count & 0x3FFF:
            progress(count, 0, f"writing {kind}")
    _write_atomically(path, buffer.getvalue(), bom=True)
    return count


def export_vcard(db: Database, path: Path) -> int:
    """Every live contact as vCard 3.0; returns how many."""
    cards = [CardOut(id=r[0], name=r[1], account=r[2], job_title=r[3] or "", email=r[4] or "",
                     phone=r[5] or "", notes=r[6] or "", role=r[7] or "",
                     is_ambassador=bool(r[8]), channel=r[9] or "")
             for r in db.execute(
                 "SELECT c.id, c.name, a.name, c.job_title, c.email, c.phone, c.notes, c.role, "
                 "c.is_ambassador, c.preferred_channel "
                 "FROM contacts c JOIN accounts a ON a.id = c.account_id "
                 "WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL "
                 "ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.email, c.id")]
    _write_atomically(path, write_vcards(cards))
    return len(cards)


def export_ics(db: Database, path: Path, *, today: dt.date | None = None,
               include_past: bool = False, lang: str = "nl") -> int:
    """Follow-ups due today or later (or all with ``include_past``) as an .ics; returns how many."""
    today = today or dt.date.today()
    since = "0000-00-00" if include_past else today.isoformat()
    items = [FollowUp(touchpoint_id=r[0], due=dt.date.fromisoformat(r[1][:10]), account=r[2],
                      kind=r[3], touched_on=dt.date.fromisoformat(r[4][:10]), note=r[5] or "",
                      contacts=r[6] or "")
             for r in db.execute(
                 "SELECT t.id, t.follow_up_on, a.name, t.kind, t.date, t.note, "
                 "(SELECT group_concat(c.name, ', ') FROM touchpoint_contacts tc "
                 " JOIN contacts c ON c.id = tc.contact_id WHERE tc.touchpoint_id = t.id "
                 " AND c.deleted_at IS NULL) "
                 "FROM touchpoints t JOIN accounts a ON a.id = t.account_id "
                 "WHERE t.deleted_at IS NULL AND a.deleted_at IS NULL "
                 "AND t.follow_up_on IS NOT NULL AND t.follow_up_on >= ? "
                 "ORDER BY t.follow_up_on, a.name COLLATE NOCASE, t.id", [since])]
    stamp = dt.datetime.now(dt.timezone.utc)
    _write_atomically(path, write_followups(items, stamp=stamp, lang=lang))
    return len(items)
