"""Time zones as calendar files name them: IANA, Windows, Mozilla paths or a VTIMEZONE.

Outlook writes ``TZID=W. Europe Standard Time`` (a Windows name), older Outlook
``TZID="(UTC+01:00) Amsterdam, Berlin, …"``, Thunderbird
``/mozilla.org/20050126_1/Europe/Amsterdam``, Google ``Europe/Amsterdam``. Each
file also may carry a VTIMEZONE with the zone's own rules. We try, in order: the
IANA name, the Windows name (icalendar's CLDR table), the tail of a path, the
VTIMEZONE's X-LIC-LOCATION, the VTIMEZONE's rules, and a "(UTC+01:00)" label.
A zone none of these explain is read as local time; only the date is kept, so
that costs at most a day at midnight.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from relbeheer.core.exchange.contentline import Component

try:  # the CLDR mapping ships with icalendar ≥ 6
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
except ImportError:  # pragma: no cover - older icalendar
    WINDOWS_TO_OLSON = {"W. Europe Standard Time": "Europe/Berlin",
                        "Romance Standard Time": "Europe/Paris",
                        "GMT Standard Time": "Europe/London"}

_UTC_LABEL = re.compile(r"\(?(?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?\)?")
_OFFSET = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?$")


def _zone(name: str) -> dt.tzinfo | None:
    name = name.strip()
    if not name or len(name) > 100 or ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_offset(text: str) -> dt.timedelta | None:
    match = _OFFSET.match(text.strip())
    if not match:
        return None
    sign, hours, minutes, seconds = match.groups()
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    return -delta if sign == "-" else delta


class RuleZone(dt.tzinfo):
    """A zone defined only by a VTIMEZONE's STANDARD/DAYLIGHT observances."""

    def __init__(self, name: str, observances: list[tuple[dt.datetime, str, dt.timedelta,
                                                          dt.timedelta]]):
        self._name = name
        self._obs = observances  # (first onset, RRULE or "", offset from, offset to)

    def _offset(self, when: dt.datetime) -> dt.timedelta:
        naive = when.replace(tzinfo=None)
        best: tuple[dt.datetime, dt.timedelta] | None = None
        for start, rule, _before, after in self._obs:
            onset = None
            if start <= naive:
                onset = start
                if rule:
                    try:
                        onset = rrulestr(rule, dtstart=start, ignoretz=True).before(
                            naive, inc=True) or start
                    except (ValueError, TypeError, OverflowError):
                        onset = start
            if onset is not None and (best is None or onset > best[0]):
                best = (onset, after)
        if best is None:  # before every onset: the earliest one's "from" offset
            return min(self._obs, key=lambda o: o[0])[2]
        return best[1]

    def utcoffset(self, when):
        return self._offset(when) if when is not None else None

    def dst(self, when):
        return dt.timedelta(0)

    def tzname(self, when):
        return self._name


def _rule_zone(tzid: str, comp: Component) -> dt.tzinfo | None:
    observances = []
    for child in comp.children:
        if child.name not in ("STANDARD", "DAYLIGHT"):
            continue
        after = parse_offset(child.text("TZOFFSETTO"))
        before = parse_offset(child.text("TZOFFSETFROM")) or after
        start_text = child.text("DTSTART")
        try:
            start = dt.datetime.strptime(start_text[:15], "%Y%m%dT%H%M%S")
        except ValueError:
            start = dt.datetime(1970, 1, 1)
        rule = child.text("RRULE")
        if after is None:
            continue
        observances.append((start, f"RRULE:{rule}" if rule else "", before, after))
    return RuleZone(tzid, observances) if observances else None


def resolve(tzid: str, vtimezones: dict[str, Component]) -> dt.tzinfo | None:
    """A tzinfo for ``tzid``, or None when it must be read as local (floating) time."""
    tzid = tzid.strip().strip('"')
    zone = _zone(tzid)
    if zone:
        return zone
    if tzid in WINDOWS_TO_OLSON:
        zone = _zone(WINDOWS_TO_OLSON[tzid])
        if zone:
            return zone
    parts = tzid.strip("/").split("/")
    for i in range(len(parts) - 1):
        zone = _zone("/".join(parts[i:]))
        if zone:
            return zone
    comp = vtimezones.get(tzid)
    if comp is not None:
        zone = _zone(comp.text("X-LIC-LOCATION")) or _rule_zone(tzid, comp)
        if zone:
            return zone
    match = _UTC_LABEL.search(tzid)
    if match:
        sign, hours, minutes = match.groups()
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta <= dt.timedelta(hours=14):
            return dt.timezone(-delta if sign == "-" else delta)
    return None
