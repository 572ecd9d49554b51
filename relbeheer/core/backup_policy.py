"""Which automatic backups to keep, and how backup files are named.

Pure rules, no file system: the store lists the files, this module decides. The
thinning follows restic's ``--keep-daily 7 --keep-weekly 4 --keep-monthly 12``:
each rule independently keeps the newest backup of each of its N most recent
periods *that have a backup* (not N calendar periods back from today). Counting
periods that have backups means a holiday never costs the user the history from
just before it: after two months away, the last seven days with backups are
still the seven days before the holiday. On top of the rules, every backup
younger than a day is kept, so the copy taken before this morning's second
import is still there this afternoon.

File names: ``{stem}-{reason}-{YYYYMMDD-HHMMSS-ffffff}.db`` for automatic backups
(reason ``daily``, ``before-import``, ``before-restore``, ``before-<migration>``)
and ``{stem}-{YYYYMMDD-HHMMSS-ffffff}.db`` for backups the user asked for; those
are the user's to delete and are never thinned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_BODY = re.compile(r"(?:(?P<reason>.+)-)?(?P<stamp>\d{8}-\d{6})(?:-(?P<micro>\d{6}))?")


@dataclass(frozen=True)
class KeepPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    within: dt.timedelta = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupFile:
    """One backup as the user sees it in the restore list."""

    path: Path
    created: dt.datetime
    reason: str  # "" for a backup the user asked for
    size: int

    @property
    def automatic(self) -> bool:
        return bool(self.reason)


def backup_name(stem: str, reason: str, when: dt.datetime) -> str:
    """The file name of a backup; ``reason`` "" for one the user asked for."""
    middle = f"-{reason}" if reason else ""
    return f"{stem}{middle}-{when.strftime(STAMP_FORMAT)}.db"


def parse_backup_name(name: str, stem: str) -> tuple[str, dt.datetime] | None:
    """(reason, created) from a backup file name of database ``stem``; None if not ours."""
    prefix = f"{stem}-"
    if not name.startswith(prefix) or not name.endswith(".db"):
        return None
    match = _BODY.fullmatch(name[len(prefix):-3])
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    reason, micro = match["reason"] or "", int(match["micro"] or 0)
    return reason, created.replace(microsecond=micro)


def _day(t: dt.datetime) -> tuple:
    return (t.year, t.month, t.day)


def _week(t: dt.datetime) -> tuple:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: dt.datetime) -> tuple:
    return (t.year, t.month)


def _newest_per_period(
    newest_first: list[dt.datetime], period: Callable[[dt.datetime], tuple], count: int
) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    last = None
    for stamp in newest_first:
        if len(kept) >= count:
            break
        key = period(stamp)
        if key != last:
            kept.add(stamp)
            last = key
    return kept


def backups_to_keep(
    stamps: Iterable[dt.datetime], now: dt.datetime, policy: KeepPolicy = KeepPolicy()
) -> set[dt.datetime]:
    """The creation times (of automatic backups) the policy keeps; the rest may go."""
    newest_first = sorted(set(stamps), reverse=True)
    keep = {s for s in newest_first if now - s < policy.within}
    keep |= _newest_per_period(newest_first, _day, policy.daily)
    keep |= _newest_per_period(newest_first, _week, policy.weekly)
    keep |= _newest_per_period(newest_first, _month, policy.monthly)
    return keep


def daily_backup_due(newest: dt.datetime | None, now: dt.datetime) -> bool:
    """True when no backup was made today (local calendar day) or there is none."""
    return newest is None or newest.date() < now.date()
