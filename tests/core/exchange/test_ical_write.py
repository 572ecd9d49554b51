"""The follow-up calendar opens in the icalendar library with the right dates."""

from __future__ import annotations

import datetime as dt

import icalendar

from relbeheer.core.exchange.ical_write import FollowUp, write_followups


def test_followups_are_all_day_events_with_a_morning_reminder():
    items = [FollowUp("t1", dt.date(2026, 2, 3), "Jansen; Zn, B.V.", "visit",
                      dt.date(2026, 1, 20), note="Offerte\nnabellen", contacts="Jan")]
    text = write_followups(items, stamp=dt.datetime(2026, 1, 21, tzinfo=dt.timezone.utc))
    cal = icalendar.Calendar.from_ical(text)
    [event] = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2026, 2, 3)
    assert event.decoded("DTEND") == dt.date(2026, 2, 4)
    assert str(event["SUMMARY"]) == "Opvolgen: Jansen; Zn, B.V."
    assert "Offerte\nnabellen" in str(event["DESCRIPTION"])
    assert "Bezoek" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == "followup-t1@relbeheer"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)


def test_english_and_empty():
    text = write_followups([], stamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), lang="en")
    cal = icalendar.Calendar.from_ical(text)
    assert cal.walk("VEVENT") == [] and str(cal["X-WR-CALNAME"]) == "relbeheer follow-ups"
