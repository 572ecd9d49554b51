"""Starting the desktop app: Qt application, translations, database, main window."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from relbeheer import __version__, paths
from relbeheer.services import Services
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.safety.actions import show_location_warning, start_daily_backup
from relbeheer.ui.safety.startup import open_services, take_lock
from relbeheer.ui.tasks import TaskRunner

ORGANISATION = "relbeheer"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["relbeheer", *(argv or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("relbeheer")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "relbeheer.png"))))
    style = paths.resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def preferred_language() -> str:
    """The saved choice, else Dutch unless the system speaks another language."""
    saved = QSettings().value("ui/language")
    if saved in ("nl", "en"):
        return saved
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def install_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Swap the app's translators for ``lang`` (English is the source language: none).

    Two translators: ours, and Qt's own (``qtbase_nl``) so that standard buttons,
    file dialogs and edit menus speak the same language as the rest of the window.
    """
    for name in ("relbeheer-translator", "relbeheer-qt-translator"):
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.deleteLater()
    if lang == "en":
        return None
    qt_translator = QTranslator(app)
    qt_translator.setObjectName("relbeheer-qt-translator")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
    translator = QTranslator(app)
    translator.setObjectName("relbeheer-translator")
    if translator.load(str(paths.resource("translations", f"relbeheer_{lang}.qm"))):
        app.installTranslator(translator)  # installed last: consulted first
        return translator
    return None


def build_window(services: Services, lang: str):
    from relbeheer.ui.main_window import MainWindow

    ctx = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang=lang)
    window = MainWindow(ctx)
    window.language_requested.connect(lambda new: switch_language(window, new))
    window.refresh_all()
    show_location_warning(window)
    return window


def rebuild_window(window):
    """A fresh window on the same services (after a restore put other data under it)."""
    return switch_language(window, window.ctx.lang)


def switch_language(window, lang: str):
    """Rebuild the window in another language; the database and place stay the same.

    Rebuilding (rather than retranslating every widget by hand) guarantees that no
    label is left in the old language, at the cost of a fraction of a second.
    """
    app = QApplication.instance()
    QSettings().setValue("ui/language", lang)
    install_translator(app, lang)
    page = window.current_page()
    window.save_state()
    window.ctx.runner.wait(10000)
    new = build_window(window.ctx.services, lang)
    new.restoreGeometry(window.saveGeometry())
    new.show_page(page)
    new.show()
    window.closing_for_rebuild = True
    window.close()
    window.deleteLater()
    app.setProperty("relbeheer_window", new)  # keeps the new window alive (Python ref)
    return new


SMOKE_ENV_VAR = "RELBEHEER_SMOKE"  # set: open the window, wait for the first page, exit (bundle CI)


def exit_when_loaded(app: QApplication, window, timeout: float = 120.0) -> None:
    """Print "window ok" and quit once the attention page is filled and the worker is idle.

    For the frozen build's smoke test (scripts/smoke-bundle.sh); exit code 1 after ``timeout``.
    """
    started = time.monotonic()

    def poll() -> None:
        if getattr(window.attention_view, "_loaded", False) and not window.ctx.runner.is_busy():
            rows = window.attention_view.model.rowCount()
            lang = window.ctx.lang
            translated = lang == "en" or any(not t.isEmpty() for t in app.findChildren(QTranslator))
            print(f"window ok: {window.current_page()} page, {rows} rows, language {lang}"
                  f"{'' if translated else ' (translation missing)'}, "
                  f"{time.monotonic() - started:.1f} s after show", flush=True)
            app.exit(0)
        elif time.monotonic() - started > timeout:
            print(f"window not loaded after {timeout:.0f} s", file=sys.stderr, flush=True)
            app.exit(1)

    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(50)


def run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="relbeheer")
    parser.add_argument("--db", metavar="PATH")
    args, _qt_args = parser.parse_known_args(argv)
    app = make_application(_qt_args)
    lang = preferred_language()
    install_translator(app, lang)
    # The lock first: a second start must not even open (migrate, back up) the file.
    lock = take_lock(paths.default_db_path(args.db), lang)
    if lock is None:
        return 1
    try:
        services = open_services(args.db, lang)
        if services is None:
            return 1
        window = build_window(services, lang)
        app.setProperty("relbeheer_window", window)
        window.show()
        backup_runner = start_daily_backup(app)
        if os.environ.get(SMOKE_ENV_VAR):
            exit_when_loaded(app, window)
        code = app.exec()
        backup_runner.wait(60000)
        services.close()  # restores reopen in place, so this is still the open database
        return code
    finally:
        lock.release()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1:]))
