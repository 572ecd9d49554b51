"""Import contacts from a vCard file (Outlook, Google, Apple; 2.1, 3.0 and 4.0).

Each card becomes a contact at the account named by its ORG (found by name with
case and spacing ignored, or created as a tier-C account). People already there
are found by e-mail, else by name at that account, and get the card's non-empty
values; a second run of the same file changes nothing. Cards without a name or
without ORG cannot be placed and are skipped with that reason. The file is read
and every card checked before the one transaction that writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core import validation
from relbeheer.core.exchange import vocab
from relbeheer.core.exchange.contentline import FormatError
from relbeheer.core.exchange.values import fix_phone
from relbeheer.core.exchange.vcard import CardContact, parse_vcards
from relbeheer.store.importers.csvread import read_bytes
from relbeheer.store.importers.linking import Directory, Pending, import_session
from relbeheer.store.importers.report import ImportFileError, ImportReport

Progress = Callable[[int, int, str], None] | None
SOURCE = "vcard"
TITLES = {"name": "FN", "job_title": "TITLE", "email": "EMAIL", "phone": "TEL", "notes": "NOTE",
          "account_id": "ORG", "role": "X-RELBEHEER-ROLE"}


def read_text_file(path: Path, what: str) -> str:
    """The file as text (UTF-8, UTF-16 or Windows-1252), or ``ImportFileError``."""
    raw, encoding = read_bytes(Path(path), what)
    return raw.decode(encoding)


def _record(card: CardContact, report: ImportReport, path: Path, lang: str) -> dict | None:
    if not card.name:
        report.skipped["vCards without a name (FN or N)"] += 1
        return None
    if not card.organisation:
        report.skipped["vCards without a company (ORG)"] += 1
        return None
    emails = [e for e in card.emails if validation.EMAIL_RE.match(e)]
    if len(emails) < len(card.emails):
        report.notes["e-mail addresses that are not valid (left out)"] += 1
    phone = None
    for raw in card.phones:
        phone, problem = fix_phone(raw)
        if problem:
            report.notes["phone numbers that had lost their leading 0 (repaired)"
                         if problem == "zero" else "phone numbers with digits lost (left out)"] += 1
        if phone:
            break
    role = None
    if card.role:
        try:
            role = vocab.decision_role(card.role)
        except ValueError:
            report.notes["roles not recognised (left as they were)"] += 1
    channel = None
    if card.channel:
        try:
            channel = vocab.channel(card.channel)
        except ValueError:
            report.notes["channels not recognised (left empty)"] += 1
    record = {"name": card.name, "preferred_channel": channel, "job_title": card.job_title or None,
              "email": emails[0] if emails else None, "phone": phone or None,
              "notes": card.note or None, "role": role,
              "is_ambassador": None if card.ambassador is None else int(card.ambassador)}
    errors = validation.check_contact({**record, "account_id": "-", "role": role or "user"},
                                      lang)
    if errors:
        field, message = next(iter(errors.items()))
        raise ImportFileError(path, card.line, f"{TITLES.get(field, field)} "
                                               f"'{str(record.get(field) or '')[:40]}': {message}")
    return record


@dataclass
class CardPlan:
    """One card as the import would treat it: what the wizard's preview lists."""

    line: int
    name: str
    organisation: str
    email: str
    phone: str
    account: str = ""  # the account's name as stored, or the ORG of one to be made
    account_new: bool = False
    outcome: str = ""  # "new", "update", or the reason it is skipped


def plan_vcard(db: Database, path: Path, *, lang: str = "en", details: bool = False
               ) -> tuple[ImportReport, Pending, list[CardPlan]]:
    """Read and match every card without writing: the report, the queued rows, and (with
    ``details``) one ``CardPlan`` per card. ``ImportFileError`` on bad input."""
    path = Path(path)
    text = read_text_file(path, "vCard file")
    try:
        cards = parse_vcards(text)
    except FormatError as exc:
        raise ImportFileError(path, exc.line, exc.message) from None
    report = ImportReport(source=str(path))
    pending = Pending()
    directory = Directory(db, pending, source=SOURCE)
    plans: list[CardPlan] = []
    for card in cards:
        before = _counts(report, pending) if details else None
        record = _record(card, report, path, lang)
        account_id = None
        if record is not None:
            account_id = directory.account(card.organisation, report)
            directory.upsert_contact(account_id, record, report)
        if details:
            plans.append(_card_plan(card, record, account_id, directory, report, pending,
                                    before))
    return report, pending, plans


def _counts(report: ImportReport, pending: Pending) -> tuple:
    return pending.count("contacts"), report.updated["contacts"], report.skipped.copy()


def _card_plan(card: CardContact, record: dict | None, account_id: str | None,
               directory: Directory, report: ImportReport, pending: Pending,
               before: tuple) -> CardPlan:
    """What happened to ``card``, read off the counts it changed (the matching itself
    stays in ``linking.Directory``, shared with the CSV importer)."""
    plan = CardPlan(card.line, card.name, card.organisation,
                    (record or {}).get("email") or (card.emails[0] if card.emails else ""),
                    (record or {}).get("phone") or (card.phones[0] if card.phones else ""))
    if account_id is not None:
        row = directory.account_rows.get(account_id)
        plan.account = row["name"] if row else card.organisation
        plan.account_new = row is None
    added, updated, skipped = before
    if pending.count("contacts") > added:
        plan.outcome = "new"
    elif report.updated["contacts"] > updated:
        plan.outcome = "update"
    else:
        plan.outcome = next((r for r, n in report.skipped.items() if n != skipped[r]), "")
    return plan


def import_vcard(db: Database, path: Path, *, lang: str = "en",
                 progress: Progress = None) -> ImportReport:
    """Import every card in ``path``; ``ImportFileError`` (nothing written) on bad input."""
    step = progress or (lambda done, total, what: None)
    step(0, 2, "reading")
    report, pending, _plans = plan_vcard(db, path, lang=lang)
    step(1, 2, "writing")
    with import_session(db):
        pending.write(db, report, step)
    step(2, 2, "done")
    return report
