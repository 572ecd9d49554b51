"""Import meetings from an iCalendar file (Outlook, Google) as touchpoints.

A meeting counts as attention for an account when one of our contacts was
invited (matched by e-mail; ORGANIZER counts too, a customer may have sent the
invitation) and did not decline. It becomes one touchpoint per account present,
of the kind ``core.exchange.ical.classify`` gives (visit, video call, call …),
with those contacts linked. Meetings still to come, cancelled ones and those
without a known contact are skipped with that reason. Each occurrence keeps
``ics:<UID>/<start>`` as its reference, so a second import adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateutil.tz import tzlocal
from sqlite_utils import Database

from relbeheer.core.domain import TouchpointKind, new_id
from relbeheer.core.exchange.contentline import FormatError
from relbeheer.core.exchange.ical import classify, parse_occurrences
from relbeheer.store.importers.linking import (
    Directory,
    Pending,
    existing_keys,
    group_by,
    import_session,
)
from relbeheer.store.importers.report import ImportFileError, ImportReport
from relbeheer.store.importers.vcardimport import read_text_file

Progress = Callable[[int, int, str], None] | None
SOURCE = "ics"
COLUMNS = ["id", "account_id", "date", "kind", "channel", "binding", "note", "external_ref"]
MAX_NOTE = 2000  # a meeting's subject and place, not the whole invitation text
# Reasons a meeting is skipped (report_words has their Dutch).
CANCELLED = "cancelled meetings"
TO_COME = "meetings still to come"
NO_CONTACT = "meetings without a known contact (matched by e-mail)"
ALREADY = "meetings already imported"


@dataclass
class MeetingPlan:
    """One meeting as the import would treat it: what the wizard's preview lists."""

    line: int
    day: dt.date
    subject: str
    kind: str  # a TouchpointKind value
    attendees: list[str]  # "Name <e-mail>", or the e-mail
    accounts: list[str] = field(default_factory=list)  # names of the accounts it counts for
    outcome: str = ""  # "new", or the reason it is skipped


def plan_ics(db: Database, path: Path, *, today: dt.date | None = None,
             user_tz: dt.tzinfo | None = None, details: bool = False
             ) -> tuple[ImportReport, Pending, list[MeetingPlan]]:
    """Read and match every meeting without writing: the report, the queued rows, and
    (with ``details``) one ``MeetingPlan`` per occurrence. ``ImportFileError`` on bad input."""
    path = Path(path)
    today = today or dt.date.today()
    text = read_text_file(path, "iCalendar file")
    try:
        occurrences = parse_occurrences(text, until=today, user_tz=user_tz or tzlocal())
    except FormatError as exc:
        raise ImportFileError(path, exc.line, exc.message) from None
    report = ImportReport(source=str(path))
    pending = Pending()
    directory = Directory(db, pending, source=SOURCE)
    known = existing_keys(db, "SELECT external_ref, account_id FROM touchpoints "
                              "WHERE external_ref LIKE 'ics:%' AND deleted_at IS NULL")
    names = dict(db.execute("SELECT id, name FROM accounts").fetchall()) if details else {}
    plans: list[MeetingPlan] = []
    for occ in occurrences:
        kind = TouchpointKind(classify(occ))
        people = None
        if details:
            # Matched for every meeting shown, also those skipped, so the preview can say whose.
            people = _present(directory, occ)
            plans.append(MeetingPlan(
                occ.line, occ.day, occ.summary, kind.value,
                [f"{a.name} <{a.email}>" if a.name and a.name != a.email else a.email
                 for a in occ.attendees],
                list(dict.fromkeys(names.get(p["account_id"], "") for p in people))))
        outcome = _plan_one(occ, kind, people, directory, known, pending, report, today)
        if details:
            plans[-1].outcome = outcome
    return report, pending, plans


def _present(directory: Directory, occ) -> list[dict]:
    """Our contacts among the meeting's attendees (and organiser) who did not decline."""
    people = [directory.find_contact(None, None, a.email)
              for a in occ.attendees if not a.declined]
    return [p for p in people if p is not None]


def _plan_one(occ, kind: TouchpointKind, people: list[dict] | None, directory: Directory,
              known: set, pending: Pending, report: ImportReport, today: dt.date) -> str:
    """Queue the touchpoints of one occurrence; returns "new" or why it is skipped."""
    if occ.cancelled:
        reason = CANCELLED
    elif occ.day > today:
        reason = TO_COME
    else:
        people = _present(directory, occ) if people is None else people
        reason = "" if people else NO_CONTACT
    if reason:
        report.skipped[reason] += 1
        return reason
    note = occ.summary
    if kind is TouchpointKind.VISIT and occ.location:
        note = f"{note} ({occ.location})" if note else occ.location
    ref = f"ics:{occ.key}"
    outcome = ALREADY
    for account_id, present in group_by(people, lambda p: p["account_id"]).items():
        if (ref, account_id) in known:
            report.skipped[ALREADY] += 1
            continue
        known.add((ref, account_id))
        outcome = "new"
        tp_id = new_id()
        pending.add("touchpoints", COLUMNS, (
            tp_id, account_id, occ.day.isoformat(), kind.value, kind.channel.value,
            kind.binding.value, (note or None) and note[:MAX_NOTE], ref))
        for contact_id in dict.fromkeys(p["id"] for p in present):
            pending.add("touchpoint_contacts", ["id", "touchpoint_id", "contact_id"],
                        (new_id(), tp_id, contact_id))
    return outcome


def import_ics(db: Database, path: Path, *, today: dt.date | None = None,
               user_tz: dt.tzinfo | None = None, progress: Progress = None) -> ImportReport:
    """Import the meetings in ``path``; ``ImportFileError`` (nothing written) on bad input."""
    step = progress or (lambda done, total, what: None)
    step(0, 2, "reading")
    report, pending, _plans = plan_ics(db, path, today=today, user_tz=user_tz)
    step(1, 2, "writing")
    with import_session(db):
        pending.write(db, report, step)
    step(2, 2, "done")
    return report
