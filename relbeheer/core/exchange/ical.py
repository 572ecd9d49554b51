"""Meetings from an iCalendar file (Outlook, Google) as dated occurrences with attendees.

Each VEVENT becomes one ``Occurrence`` per time it took place: RRULE/RDATE
expanded up to ``until`` (a touchpoint is something that happened), EXDATE
removed, an instance moved or cancelled through RECURRENCE-ID replaced by its
own VEVENT. DTEND is not needed (only the date is kept). Times are read in their
own zone (``timezones.resolve``) and dated in the user's zone, so a meeting at
23:30 UTC lands on the next day in Amsterdam. ``classify`` says what kind of
touchpoint a meeting was: a video call when it carries a Teams/Zoom/Meet link,
a visit when it has a place, else what its subject says, else a call.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from dateutil.rrule import rrulestr

from relbeheer.core.exchange.contentline import (
    Component,
    FormatError,
    Property,
    parse_components,
    unescape,
)
from relbeheer.core.exchange.timezones import resolve
from relbeheer.core.exchange.values import clean_text
from relbeheer.core.exchange.vocab import guess_kind

MAX_OCCURRENCES = 2000  # per recurring series; a FREQ=MINUTELY rule must not run away
VIDEO_HINTS = ("teams.microsoft.com", "teams.live.com", "zoom.us", "meet.google.com",
               "webex.com", "whereby.com", "gotomeeting", "microsoft teams", "teams meeting",
               "teams-vergadering", "google meet", "zoom meeting", "skype")

When = dt.date | dt.datetime


@dataclass
class Attendee:
    email: str
    name: str = ""
    declined: bool = False


@dataclass
class Occurrence:
    """One time a meeting took place."""

    key: str  # stable across imports: UID and the original start of this instance
    day: dt.date  # in the user's zone
    summary: str
    location: str
    description: str
    attendees: list[Attendee]
    line: int
    cancelled: bool = False
    conference: str = ""


@dataclass
class _Event:
    comp: Component
    uid: str
    start: When
    recurrence_id: When | None = None
    overrides: dict = field(default_factory=dict)


def _parse_when(prop: Property, tz: dt.tzinfo | None, value: str | None = None) -> When:
    text = (value if value is not None else prop.value).strip()
    try:
        if prop.param("VALUE").upper() == "DATE" or re.fullmatch(r"\d{8}", text):
            return dt.datetime.strptime(text[:8], "%Y%m%d").date()
        if text.endswith(("Z", "z")):
            moment = dt.datetime.strptime(text[:-1][:15], "%Y%m%dT%H%M%S")
            return moment.replace(tzinfo=dt.timezone.utc)
        moment = dt.datetime.strptime(text[:15], "%Y%m%dT%H%M%S")
        return moment.replace(tzinfo=tz) if tz else moment
    except ValueError:
        raise FormatError(prop.line, f"{prop.name} '{text[:40]}' is not a date or date-time") \
            from None


def _norm(when: When) -> When:
    """Comparable form: UTC for zoned times, as-is for dates and floating times."""
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        return when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when


def _local_day(when: When, user_tz: dt.tzinfo) -> dt.date:
    if isinstance(when, dt.datetime):
        return when.astimezone(user_tz).date() if when.tzinfo else when.date()
    return when


class _Reader:
    def __init__(self, vtimezones: dict[str, Component]):
        self._vtz = vtimezones
        self._zones: dict[str, dt.tzinfo | None] = {}

    def zone(self, prop: Property) -> dt.tzinfo | None:
        tzid = prop.param("TZID")
        if not tzid:
            return None
        if tzid not in self._zones:
            self._zones[tzid] = resolve(tzid, self._vtz)
        return self._zones[tzid]

    def when(self, prop: Property) -> When:
        return _parse_when(prop, self.zone(prop))

    def many(self, props: list[Property]) -> list[When]:
        out = []
        for prop in props:
            tz = self.zone(prop)
            out.extend(_parse_when(prop, tz, v) for v in prop.value.split(",") if v.strip())
        return out


def _event(reader: _Reader, comp: Component) -> _Event:
    start_prop = comp.first("DTSTART")
    if start_prop is None:
        raise FormatError(comp.line, "VEVENT without DTSTART")
    start = reader.when(start_prop)
    uid = comp.text("UID")
    if not uid:
        digest = hashlib.sha1(f"{start_prop.value}|{comp.text('SUMMARY')}".encode()).hexdigest()
        uid = "nouid-" + digest[:16]
    rid_prop = comp.first("RECURRENCE-ID")
    return _Event(comp, uid, start, reader.when(rid_prop) if rid_prop else None)


def _rule_text(rule: str, start: When) -> str:
    """RRULE with UNTIL in the form dateutil accepts for this DTSTART."""
    match = re.search(r"UNTIL=(\d{8}(?:T\d{6})?Z?)", rule, re.I)
    if not match:
        return rule
    until = match.group(1)
    aware = isinstance(start, dt.datetime) and start.tzinfo is not None
    if aware and not until.upper().endswith("Z"):
        stamp = until if "T" in until.upper() else until + "T235959"
        local = dt.datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(tzinfo=start.tzinfo)
        until = local.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    elif not aware:
        until = until.rstrip("Zz")
    return rule[:match.start(1)] + until + rule[match.end(1):]


def _starts(reader: _Reader, ev: _Event, until: dt.date, user_tz) -> list[When]:
    """Every start of the event up to ``until``, EXDATE removed."""
    rules = ev.comp.all("RRULE")
    starts: list[When] = [ev.start]
    if rules:
        all_day = not isinstance(ev.start, dt.datetime)
        base = dt.datetime.combine(ev.start, dt.time()) if all_day else ev.start
        prop = rules[0]
        try:
            rule = rrulestr("RRULE:" + _rule_text(prop.value.strip(), ev.start), dtstart=base)
            starts = []
            for when in rule:
                if _local_day(when, user_tz) > until or len(starts) >= MAX_OCCURRENCES:
                    break
                starts.append(when.date() if all_day else when)
        except (ValueError, TypeError, OverflowError, IndexError, KeyError) as exc:
            raise FormatError(prop.line, f"RRULE not understood ({exc})") from None
    starts.extend(reader.many(ev.comp.all("RDATE")))
    excluded = {_norm(x) for x in reader.many(ev.comp.all("EXDATE"))}
    seen, out = set(), []
    for when in starts:
        key = _norm(when)
        if key in excluded or key in seen or key in ev.overrides:
            continue
        seen.add(key)
        out.append(when)
    return out


def _attendees(comp: Component) -> list[Attendee]:
    people = []
    for prop in comp.all("ATTENDEE") + comp.all("ORGANIZER"):
        value = unescape(prop.value).strip()
        email = re.sub(r"(?i)^mailto:", "", value).strip()
        if "@" not in email:
            continue
        declined = prop.param("PARTSTAT").upper() == "DECLINED"
        people.append(Attendee(email, clean_text(prop.param("CN")), declined))
    return people


def _occurrence(ev: _Event, when: When, user_tz, key_when: When) -> Occurrence:
    comp = ev.comp
    stamp = _norm(key_when)
    conference = " ".join(unescape(p.value) for p in comp.properties
                          if p.name in ("URL", "CONFERENCE", "X-GOOGLE-CONFERENCE",
                                        "X-MICROSOFT-SKYPETEAMSMEETINGURL",
                                        "X-MICROSOFT-ONLINEMEETINGCONFLINK"))
    return Occurrence(
        key=f"{ev.uid}/{stamp.isoformat()}",
        day=_local_day(when, user_tz),
        summary=clean_text(comp.text("SUMMARY")),
        location=clean_text(comp.text("LOCATION")),
        description=comp.text("DESCRIPTION"),
        attendees=_attendees(comp),
        line=comp.line,
        cancelled=comp.text("STATUS").upper() == "CANCELLED",
        conference=conference,
    )


def parse_occurrences(text: str, *, until: dt.date, user_tz: dt.tzinfo) -> list[Occurrence]:
    """Every occurrence up to ``until`` of every VEVENT; ``FormatError`` on unreadable input."""
    if not text.strip():
        raise FormatError(1, "empty file, expected BEGIN:VCALENDAR")
    roots = parse_components(text)
    for root in roots:
        if root.name != "VCALENDAR":
            raise FormatError(root.line, f"BEGIN:{root.name} where BEGIN:VCALENDAR was expected")
    children = [c for root in roots for c in root.children]
    vtz = {c.text("TZID"): c for c in children if c.name == "VTIMEZONE"}
    reader = _Reader(vtz)
    events = [_event(reader, c) for c in children if c.name == "VEVENT"]
    masters = {ev.uid: ev for ev in events if ev.recurrence_id is None}
    out: list[Occurrence] = []
    for ev in events:
        if ev.recurrence_id is not None and ev.uid in masters:
            masters[ev.uid].overrides[_norm(ev.recurrence_id)] = ev
    for ev in events:
        if ev.recurrence_id is not None:
            when = ev.start
            if _local_day(when, user_tz) <= until:
                out.append(_occurrence(ev, when, user_tz, ev.recurrence_id))
            continue
        for when in _starts(reader, ev, until, user_tz):
            if _local_day(when, user_tz) <= until or when is ev.start:
                out.append(_occurrence(ev, when, user_tz, when))
    return out


def classify(occ: Occurrence) -> str:
    """The touchpoint kind of a meeting (see the module docstring)."""
    haystack = f"{occ.location} {occ.description} {occ.conference}".casefold()
    if any(hint in haystack for hint in VIDEO_HINTS):
        return "video_call"
    said = guess_kind(occ.summary)
    if said in ("lunch", "call", "training", "event", "service_recovery", "video_call"):
        return said
    location = occ.location.strip()
    if location and not re.fullmatch(r"[+\d\s()-]{6,}", location) \
            and not location.lower().startswith(("http", "tel:")):
        return "visit"
    return said or "call"
