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


def import_ics(db: Database, path: Path, *, today: dt.date | None = None,
               user_tz: dt.tzinfo | None = None, progress: Progress = None) -> ImportReport:
    """Import the meetings in ``path``; ``ImportFileError`` (nothing written) on bad input."""
    path = Path(path)
    today = today or dt.date.today()
    step = progress or (lambda done, total, what: None)
    step(0, 2, "reading")
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
    for occ in occurrences:
        if occ.cancelled:
            report.skipped["cancelled meetings"] += 1
            continue
        if occ.day > today:
            report.skipped["meetings still to come"] += 1
            continue
        people = [directory.find_contact(None, None, a.email)
                  for a in occ.attendees if not a.declined]
        people = [p for p in people if p is not None]
        if not people:
            report.skipped["meetings without a known contact (matched by e-mail)"] += 1
            continue
        kind = TouchpointKind(classify(occ))
        note = occ.summary
        if kind is TouchpointKind.VISIT and occ.location:
            note = f"{note} ({occ.location})" if note else occ.location
        ref = f"ics:{occ.key}"
        for account_id, present in group_by(people, lambda p: p["account_id"]).items():
            if (ref, account_id) in known:
                report.skipped["meetings already imported"] += 1
                continue
            known.add((ref, account_id))
            tp_id = new_id()
            pending.add("touchpoints", COLUMNS, (
                tp_id, account_id, occ.day.isoformat(), kind.value, kind.channel.value,
                kind.binding.value, (note or None) and note[:MAX_NOTE], ref))
            for contact_id in dict.fromkeys(p["id"] for p in present):
                pending.add("touchpoint_contacts", ["id", "touchpoint_id", "contact_id"],
                            (new_id(), tp_id, contact_id))
    step(1, 2, "writing")
    with import_session(db):
        pending.write(db, report, step)
    step(2, 2, "done")
    return report
