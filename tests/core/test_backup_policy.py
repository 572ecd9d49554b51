"""Backup thinning (7 daily, 4 weekly, 12 monthly, all of the last day) and file names."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.backup_policy import (
    KeepPolicy,
    backup_name,
    backups_to_keep,
    daily_backup_due,
    parse_backup_name,
)


def d(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def days(first: str, last: str, hour: int = 12) -> list[dt.datetime]:
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(dt.datetime.combine(day, dt.time(hour)))
        day += dt.timedelta(days=1)
    return out


def test_a_year_of_daily_backups():
    """400 daily backups thin to 7 days, the newest of 4 ISO weeks, the newest of 12 months."""
    stamps = days("2024-05-27", "2025-06-30")
    kept = backups_to_keep(stamps, now=d("2025-06-30T13:00"))
    expected = {
        # 7 daily (2025-06-30 is a Monday)
        "2025-06-30", "2025-06-29", "2025-06-28", "2025-06-27", "2025-06-26", "2025-06-25",
        "2025-06-24",
        # 4 weekly: newest of ISO weeks 27, 26, 25, 24 (Sundays beyond the dailies)
        "2025-06-22", "2025-06-15",
        # 12 monthly: newest of each month
        "2025-05-31", "2025-04-30", "2025-03-31", "2025-02-28", "2025-01-31", "2024-12-31",
        "2024-11-30", "2024-10-31", "2024-09-30", "2024-08-31", "2024-07-31",
    }
    assert {k.date().isoformat() for k in kept} == expected
    assert len(kept) == len(expected) == 20


@pytest.mark.parametrize(
    ("stamps", "now", "expected"),
    [
        # nothing to thin
        ([], "2025-03-15T09:00", []),
        # a holiday: the last days *with* backups are kept, not the empty last week
        (days("2025-01-01", "2025-01-20"), "2025-03-15T09:00",
         ["2025-01-20T12:00", "2025-01-19T12:00", "2025-01-18T12:00", "2025-01-17T12:00",
          "2025-01-16T12:00", "2025-01-15T12:00", "2025-01-14T12:00",  # daily
          "2025-01-12T12:00", "2025-01-05T12:00"]),  # weekly (Sundays of weeks 2 and 1)
        # several per day: all of the last 24 hours, then only the newest of a day
        (["2025-03-14T09:00", "2025-03-14T12:00", "2025-03-14T17:00",
          "2025-03-15T09:00", "2025-03-15T12:00"], "2025-03-15T18:00",
         ["2025-03-14T17:00", "2025-03-15T09:00", "2025-03-15T12:00"]),
        # one backup, however old, is kept (it is the newest of its day, week and month)
        (["2019-07-01T08:00"], "2025-03-15T18:00", ["2019-07-01T08:00"]),
    ],
)
def test_thinning_table(stamps, now, expected):
    """A table of small cases."""
    given = [d(s) if isinstance(s, str) else s for s in stamps]
    assert backups_to_keep(given, now=d(now)) == {d(e) for e in expected}


def test_policy_counts_are_honoured():
    """A policy of 2 daily and nothing else keeps the newest of the two newest days."""
    policy = KeepPolicy(daily=2, weekly=0, monthly=0, within=dt.timedelta(0))
    kept = backups_to_keep(days("2025-01-01", "2025-01-10"), d("2025-02-01T00:00"), policy)
    assert sorted(k.day for k in kept) == [9, 10]


def test_name_round_trip():
    """A backup's name gives back its reason and time; other files are not ours."""
    when = d("2025-06-30T13:05:09.123456")
    name = backup_name("relbeheer", "before-0002_attention_summary", when)
    assert name == "relbeheer-before-0002_attention_summary-20250630-130509-123456.db"
    assert parse_backup_name(name, "relbeheer") == ("before-0002_attention_summary", when)
    assert parse_backup_name(backup_name("relbeheer", "", when), "relbeheer") == ("", when)
    assert parse_backup_name("relbeheer-20250630-130509.db", "relbeheer") == ("", when.replace(microsecond=0))
    assert parse_backup_name("other-daily-20250630-130509-123456.db", "relbeheer") is None
    assert parse_backup_name("relbeheer-daily-20251340-130509-000000.db", "relbeheer") is None
    assert parse_backup_name("relbeheer-daily-20250630-130509-000000.db.partial", "relbeheer") is None


@pytest.mark.parametrize(
    ("newest", "now", "due"),
    [
        (None, "2025-03-15T08:00", True),
        ("2025-03-15T00:01", "2025-03-15T23:59", False),
        ("2025-03-14T23:59", "2025-03-15T00:01", True),
        ("2025-03-10T12:00", "2025-03-15T12:00", True),
    ],
)
def test_daily_backup_due(newest, now, due):
    """A daily backup is due when none was made today."""
    assert daily_backup_due(d(newest) if newest else None, d(now)) is due
