"""Opening the database when the app starts: the lock, a damaged file, plain errors.

Order matters: the instance lock is taken before the database is even opened, so
a second start can never migrate, back up or move aside the file the first
window is using. A damaged database has already been moved aside by the
services when the user is asked what to do next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from relbeheer.core import formatting as fmt
from relbeheer.core.backup_policy import parse_backup_name
from relbeheer.services import CorruptDatabaseError, Services, StoreError
from relbeheer.services import safety
from relbeheer.ui.safety.instance_lock import InstanceLock
from relbeheer.ui.safety.texts import error_text, text


class DamagedDatabaseBox:
    """Tells the user their database was damaged and moved aside; offers the newest backup."""

    @classmethod
    def ask(cls, error: CorruptDatabaseError, lang: str) -> str:
        """"restore", "empty" or "quit"."""
        box = QMessageBox(QMessageBox.Icon.Warning, text("damaged_title", lang),
                          text("damaged", lang, path=error.path, detail=error.detail,
                               moved=error.moved_to))
        if error.newest_backup is not None:
            box.setInformativeText(text("damaged_backup", lang,
                                        date=backup_date(error.newest_backup, error.path, lang)))
            restore = box.addButton(text("restore_newest", lang), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(restore)
        else:
            box.setInformativeText(text("damaged_no_backup", lang))
            restore = None
        empty = box.addButton(text("start_empty", lang), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(text("quit", lang), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return "restore"
        return "empty" if clicked is empty else "quit"


def backup_date(backup: Path, db_path: Path, lang: str) -> str:
    """"3 maart 2025 09:14" for a backup file, from its name (else its file time)."""
    parsed = parse_backup_name(backup.name, db_path.stem)
    if parsed is None:
        return backup.name
    when = parsed[1]
    return f"{fmt.long_date(when.date(), lang)} {when:%H:%M}"


def take_lock(db_path: Path, lang: str) -> InstanceLock | None:
    """The instance lock, or None after telling the user why the app will not open."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(db_path)
    state = lock.acquire()
    if state == "ok":
        return lock
    if state == "held":
        QMessageBox.warning(None, text("already_open_title", lang),
                            text("already_open", lang, path=db_path))
    else:
        QMessageBox.critical(None, text("open_failed_title", lang),
                             text("lock_failed", lang, path=db_path))
    return None


def open_services(db_arg: str | None, lang: str, *, retries: int = 2) -> Services | None:
    """Open the database; on damage let the user restore the newest backup or start empty.

    The daily backup is left to ``actions.start_daily_backup`` once the window is up:
    on a large database it takes seconds, which the user should not wait for.
    """
    try:
        return Services.open(db_arg, daily_backup=False)
    except CorruptDatabaseError as error:
        if not recover(error, lang) or retries <= 0:
            return None
        return open_services(db_arg, lang, retries=retries - 1)
    except StoreError as exc:
        QMessageBox.critical(None, text("open_failed_title", lang), error_text(exc, lang))
        return None


def recover(error: CorruptDatabaseError, lang: str) -> bool:
    """Ask what to do about a database set aside as damaged; restore if chosen.

    True to go on (with the restored or a new empty database), False to quit.
    """
    choice = DamagedDatabaseBox.ask(error, lang)
    if choice == "quit":
        return False
    if choice == "restore":
        try:
            safety.restore_database(error.path, error.newest_backup)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(None, text("restore_failed", lang), error_text(exc, lang))
    return True
