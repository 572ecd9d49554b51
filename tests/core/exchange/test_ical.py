"""Meetings from .ics: time zones, recurrence with exceptions, no DTEND, what kind they were."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from relbeheer.core.exchange.contentline import FormatError
from relbeheer.core.exchange.ical import Occurrence, classify, parse_occurrences

AMS = ZoneInfo("Europe/Amsterdam")
UNTIL = dt.date(2025, 12, 31)


def cal(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]) + "\r\n"


def event(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", "UID:u", *lines, "END:VEVENT"]


def days(text: str, until=UNTIL) -> list[dt.date]:
    return [o.day for o in parse_occurrences(text, until=until, user_tz=AMS)]


def test_utc_time_is_dated_in_the_users_zone():
    assert days(cal(*event("DTSTART:20250305T233000Z"))) == [dt.date(2025, 3, 6)]


@pytest.mark.parametrize("tzid", ["W. Europe Standard Time", "Europe/Amsterdam",
                                  "/mozilla.org/20050126_1/Europe/Amsterdam"])
def test_windows_iana_and_mozilla_zone_names(tzid):
    text = cal(*event(f"DTSTART;TZID={tzid}:20250701T003000"))
    assert days(text) == [dt.date(2025, 7, 1)]


def test_a_vtimezone_with_only_rules_is_followed_through_dst():
    tz = ["BEGIN:VTIMEZONE", "TZID:Custom", "BEGIN:STANDARD", "DTSTART:16010101T030000",
          "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
          "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
          "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
          "END:VTIMEZONE"]
    # 01:30 in summer (+02:00) is 23:30 UTC the day before: still 1 July in Amsterdam
    # only if the +02:00 rule was applied (with +01:00 it would be 00:30 UTC, same day).
    text = cal(*tz, *event("DTSTART;TZID=Custom:20250701T013000"))
    [occ] = parse_occurrences(text, until=UNTIL, user_tz=dt.timezone.utc)
    assert occ.day == dt.date(2025, 6, 30)


def test_unknown_zone_is_read_as_local_time():
    assert days(cal(*event("DTSTART;TZID=Atlantis:20250301T100000"))) == [dt.date(2025, 3, 1)]


def test_rrule_with_exdate_and_until():
    text = cal(*event("DTSTART;TZID=Europe/Amsterdam:20250106T090000",
                      "RRULE:FREQ=WEEKLY;UNTIL=20250203T080000Z",
                      "EXDATE;TZID=Europe/Amsterdam:20250120T090000"))
    assert days(text) == [dt.date(2025, 1, 6), dt.date(2025, 1, 13), dt.date(2025, 1, 27),
                          dt.date(2025, 2, 3)]


def test_rrule_stops_at_until_date_and_all_day_events():
    text = cal(*event("DTSTART;VALUE=DATE:20251229", "RRULE:FREQ=DAILY",
                      "EXDATE;VALUE=DATE:20251230"))
    assert days(text) == [dt.date(2025, 12, 29), dt.date(2025, 12, 31)]


def test_moved_and_cancelled_instances():
    text = cal(*event("DTSTART:20250401T080000Z", "RRULE:FREQ=DAILY;COUNT=3"),
               *event("RECURRENCE-ID:20250402T080000Z", "DTSTART:20250405T080000Z"),
               *event("RECURRENCE-ID:20250403T080000Z", "DTSTART:20250403T080000Z",
                      "STATUS:CANCELLED"))
    found = parse_occurrences(text, until=UNTIL, user_tz=AMS)
    assert sorted((o.day.day, o.cancelled) for o in found) == [(1, False), (3, True), (5, False)]
    assert len({o.key for o in found}) == 3


def test_no_dtend_is_fine_and_attendees_are_read():
    text = cal(*event("DTSTART;VALUE=DATE:20250310",
                      "ATTENDEE;CN=Jan;PARTSTAT=DECLINED:mailto:jan@j.nl",
                      "ORGANIZER:MAILTO:anna@j.nl"))
    [occ] = parse_occurrences(text, until=UNTIL, user_tz=AMS)
    assert [(a.email, a.declined) for a in occ.attendees] == [("jan@j.nl", True),
                                                               ("anna@j.nl", False)]


@pytest.mark.parametrize(("lines", "message"), [
    (event("SUMMARY:x"), "VEVENT without DTSTART"),
    (event("DTSTART:morgen"), "is not a date or date-time"),
    (event("DTSTART:20250101T100000Z", "RRULE:FREQ=NEVER"), "RRULE not understood"),
])
def test_bad_events_name_their_line(lines, message):
    with pytest.raises(FormatError, match=message):
        parse_occurrences(cal(*lines), until=UNTIL, user_tz=AMS)


def occ(**kw) -> Occurrence:
    base = dict(key="k", day=dt.date(2025, 1, 1), summary="", location="", description="",
                attendees=[], line=1)
    return Occurrence(**{**base, **kw})


@pytest.mark.parametrize(("kw", "kind"), [
    ({"description": "Join https://teams.microsoft.com/l/x", "location": "Kantoor"},
     "video_call"),
    ({"conference": "https://zoom.us/j/1"}, "video_call"),
    ({"location": "Oudegracht 12, Utrecht"}, "visit"),
    ({"summary": "Lunch met Jan", "location": "De Haven"}, "lunch"),
    ({"summary": "Bellen over levering"}, "call"),
    ({"location": "+31 30 123 4567"}, "call"),
    ({}, "call"),
])
def test_classify(kw, kind):
    assert classify(occ(**kw)) == kind
