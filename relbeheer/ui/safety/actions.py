"""What the safety menu items do: restore a backup, export or erase one person, warnings.

Each function takes the main window, asks what it needs in dialogs, and runs the
work on the task runner (database work never runs on the UI thread); results
come back as a message and, after a restore, a rebuilt window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from relbeheer.services import DamageFound
from relbeheer.ui.safety.person_dialogs import ContactPicker, EraseConfirm
from relbeheer.ui.safety.restore_dialog import RestoreDialog
from relbeheer.ui.safety.texts import error_text, text
from relbeheer.ui.tasks import TaskRunner

MAX_MENTIONS_SHOWN = 10


def _failed(window, title_key: str):
    lang = window.ctx.lang
    return lambda exc, _tb: QMessageBox.warning(window, text(title_key, lang), error_text(exc, lang))


# --- restore ---------------------------------------------------------------------
def restore_from_backup(window) -> None:
    """File > Restore from backup…: choose, confirm, restore, rebuild the window."""
    ctx, lang = window.ctx, window.ctx.lang
    chosen = RestoreDialog.ask(ctx.services.data.backups(), lang, window)
    if chosen is None:
        return
    answer = QMessageBox.question(window, text("restore_title", lang),
                                  text("restore_confirm", lang, file=chosen))
    if answer != QMessageBox.StandardButton.Yes:
        return

    def done(_result) -> None:
        from relbeheer.ui.app import rebuild_window

        new = rebuild_window(window)
        new.statusBar().showMessage(text("restored", lang, file=chosen), 15000)

    ctx.runner.run(lambda: ctx.services.restore(chosen), on_success=done,
                   on_failure=_failed(window, "restore_failed"))


# --- one person (GDPR) --------------------------------------------------------------
def _pick_person(window, title: str, then) -> None:
    """Load the contacts off the UI thread, let the user pick one, call ``then(id)``."""
    ctx = window.ctx
    preselect = None
    if window.current_page() == "contacts":
        row = window.contacts_view.selected_row()
        preselect = getattr(row, "id", None)

    def picked(contacts) -> None:
        contact_id = ContactPicker.ask(contacts, ctx.lang, title, preselect, window)
        if contact_id:
            then(contact_id)

    ctx.runner.run(ctx.services.directory.contacts, on_success=picked,
                   on_failure=_failed(window, "export_failed"))


def export_person(window) -> None:
    """File > Export person data…: JSON + vCard of one person into a chosen folder."""
    ctx, lang = window.ctx, window.ctx.lang

    def export(contact_id: str) -> None:
        folder = QFileDialog.getExistingDirectory(window, text("export_folder", lang))
        if not folder:
            return
        ctx.runner.run(
            lambda: ctx.services.persons.export(contact_id, Path(folder)),
            on_success=lambda files: QMessageBox.information(
                window, text("export_menu", lang).replace("&", ""),
                text("exported", lang, files="\n".join(str(f) for f in files))),
            on_failure=_failed(window, "export_failed"))

    _pick_person(window, text("export_menu", lang).replace("&", ""), export)


def erase_person(window) -> None:
    """File > Erase person…: pick, confirm (optionally with the backups), erase, report."""
    ctx, lang = window.ctx, window.ctx.lang

    def confirm(contact: dict) -> None:
        ok, include_backups = EraseConfirm.ask(contact, lang, window)
        if not ok:
            return
        ctx.runner.run(
            lambda: ctx.services.persons.erase(contact["id"], include_backups=include_backups),
            on_success=lambda result: _erased(window, contact, result),
            on_failure=_failed(window, "erase_failed"))

    def erase(contact_id: str) -> None:
        ctx.runner.run(lambda: ctx.services.persons.find(contact_id), on_success=confirm,
                       on_failure=_failed(window, "erase_failed"))

    _pick_person(window, text("erase_title", lang), erase)


def erase_summary(result, lang: str) -> str:
    """The message after an erase: done, notes that still mention the name, backups."""
    report = result.report
    parts = [text("erased", lang, name=report.name)]
    if report.mentions:
        lines = [f"• {m.table} / {m.column}: {m.text[:70]}" for m in report.mentions[:MAX_MENTIONS_SHOWN]]
        parts.append(text("erased_mentions", lang, n=len(report.mentions)) + "\n" + "\n".join(lines))
    if result.backups_erased:
        parts.append(text("erased_backups_done", lang, n=len(result.backups_erased)))
    if result.backups_holding:
        parts.append(text("erased_backups_left", lang, n=len(result.backups_holding)))
    return "\n\n".join(parts)


def _erased(window, contact: dict, result) -> None:
    lang = window.ctx.lang
    window.ctx.bus.changed.emit({"contacts", "touchpoints", "measurements", "service_cases"},
                                contact.get("account_id"))
    box = QMessageBox(QMessageBox.Icon.Information, text("erase_title", lang),
                      erase_summary(result, lang), parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    box.open()


# --- the daily backup -------------------------------------------------------------------
def start_daily_backup(app) -> TaskRunner:
    """Today's backup on a worker of its own, through a second connection.

    The window's own worker stays free (the backup of a large database takes
    seconds). Results go to whichever window is current when they arrive (a
    language switch may have rebuilt it). Damage found by the check before the
    copy is handled like a damaged file at start: set aside, user asked.
    """
    runner = TaskRunner(app)

    def window():
        return app.property("relbeheer_window")

    def done(path) -> None:
        win = window()
        error = win.ctx.services.data.last_backup_error if win else None
        if win is not None and error is not None:
            win.statusBar().showMessage(text("backup_failed_status", win.ctx.lang, error=error), 30000)

    def failed(exc, _tb) -> None:
        win = window()
        if win is None:
            return
        if isinstance(exc, DamageFound):
            _damage_found(win, exc)
        else:
            win.statusBar().showMessage(
                text("backup_failed_status", win.ctx.lang, error=error_text(exc, win.ctx.lang)), 30000)

    services = window().ctx.services
    runner.run(lambda: services.data.daily_backup(own_connection=True),
               on_success=done, on_failure=failed)
    return runner


def _damage_found(window, exc) -> None:
    from PySide6.QtWidgets import QApplication

    from relbeheer.ui.app import rebuild_window
    from relbeheer.ui.safety.startup import recover

    services = window.ctx.services
    window.ctx.runner.wait()
    error = services.set_aside_damaged(exc.detail)
    if not recover(error, window.ctx.lang):
        window.close()
        QApplication.instance().quit()
        return
    services.reopen()
    rebuild_window(window)


# --- where the database lives ---------------------------------------------------------
def show_location_warning(window) -> QLabel | None:
    """A status-bar warning every time; a dialog the first time for this database path."""
    ctx, lang = window.ctx, window.ctx.lang
    if ctx.services.data.last_backup_error is not None:
        window.statusBar().showMessage(
            text("backup_failed_status", lang, error=ctx.services.data.last_backup_error), 30000)
    warning = ctx.services.location_warning()
    if warning is None:
        return None
    path = ctx.services.path
    full = text(f"location_{warning.kind}", lang, detail=warning.detail, path=path)
    label = QLabel(text(f"location_status_{warning.kind}", lang, detail=warning.detail))
    label.setObjectName("LocationWarning")
    label.setToolTip(full)
    window.statusBar().addPermanentWidget(label)
    key = "safety/location_warned/" + hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:16]
    settings = QSettings()
    if not settings.value(key, False, type=bool):
        settings.setValue(key, True)
        # After the window is shown; the window as context cancels it if it is rebuilt first.
        QTimer.singleShot(0, window, lambda: QMessageBox.warning(window, text("location_title", lang), full))
    return label
