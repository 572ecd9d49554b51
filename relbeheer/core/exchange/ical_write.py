"""Planned follow-ups as an iCalendar file, so the user's own calendar reminds them.

Each follow-up is an all-day event on its date with a reminder at 09:00 that
morning. The UID is derived from the touchpoint, so importing a newer export into
the same calendar updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from relbeheer.core.exchange.contentline import escape, fold
from relbeheer.core.labels import label_of

_WORDS = {
    "summary": {"nl": "Opvolgen: {account}", "en": "Follow up: {account}"},
    "last": {"nl": "Laatste contact: {kind} op {date}", "en": "Last contact: {kind} on {date}"},
    "with": {"nl": "Met: {names}", "en": "With: {names}"},
    "calendar": {"nl": "relbeheer opvolgingen", "en": "relbeheer follow-ups"},
}


def _word(key: str, lang: str, **kw) -> str:
    return _WORDS[key]["nl" if lang == "nl" else "en"].format(**kw)


@dataclass
class FollowUp:
    touchpoint_id: str
    due: dt.date
    account: str
    kind: str  # of the touchpoint that asked for the follow-up
    touched_on: dt.date
    note: str = ""
    contacts: str = ""


def write_followups(items: Iterable[FollowUp], *, stamp: dt.datetime, lang: str = "nl") -> str:
    """A VCALENDAR with one all-day VEVENT (and a 09:00 reminder) per follow-up."""
    stamp_text = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//relbeheer//follow-ups//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(_word('calendar', lang))}",
    ]
    for item in items:
        summary = _word("summary", lang, account=item.account)
        details = [item.note.strip()] if item.note.strip() else []
        if item.contacts:
            details.append(_word("with", lang, names=item.contacts))
        details.append(_word("last", lang, kind=label_of("TouchpointKind", item.kind, lang),
                             date=item.touched_on.isoformat()))
        alarm_text = escape(summary)
        lines += [
            "BEGIN:VEVENT",
            f"UID:followup-{item.touchpoint_id}@relbeheer",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{item.due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.due + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(chr(10).join(details))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{alarm_text}",
            "TRIGGER;RELATED=START:PT9H",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
