"""Screenshots of the Dashboard, the account page and its Suggestions tab, in Dutch.

Runs the real window offscreen on a demo database and saves what a user sees:
docs/dashboard.png, docs/account-page.png (overview tab) and docs/suggestions.png.
The Dutch texts are the app's own (resources/translations/relbeheer_nl.qm).

    .venv/bin/relbeheer --db /tmp/m.db demo --scale M      # once
    .venv/bin/python scripts/shoot_dashboard.py --db /tmp/m.db
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def dutch_translator(app, workdir: Path):
    """The Dutch the app ships; built from the .ts when the .qm is not there yet."""
    from PySide6.QtCore import QTranslator

    from relbeheer.ui.app import install_translator

    if install_translator(app, "nl") is not None:
        return None
    sources = sorted((ROOT / "resources" / "translations").glob("**/*_nl.ts"))
    qm = workdir / "relbeheer_nl.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), *map(str, sources), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise RuntimeError(f"could not load {qm}")
    app.installTranslator(translator)
    return translator


def pick_account(services) -> str:
    """A tier A account high on the attention list, amber or red, with suggestions:
    a page with something to say."""
    items = services.attention.list(limit=300)
    for wanted in (("red", "amber"), ("red", "amber", "green")):
        for item in items:
            if item.tier == "A" and item.health.band in wanted \
                    and len(services.suggestions.for_account(item.account_id, 10, "nl")) >= 6:
                return item.account_id
    return services.accounts.list()[0].id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # a clean window state
    os.environ["XDG_DATA_HOME"] = str(work / "data")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from relbeheer.services import Services
    from relbeheer.ui.app import build_window, make_application

    app = make_application([])
    dutch_translator(app, work)
    services = Services.open(args.db, daily_backup=False)
    window = build_window(services, "nl")
    window.resize(*SIZE)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def wait(signal, accept=lambda *a: True, seconds: float = 60) -> None:
        loop = QEventLoop()
        signal.connect(lambda *a: accept(*a) and loop.quit())
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def shoot(name: str) -> None:
        window.ctx.runner.wait()  # no "Working…" in the status bar
        for _ in range(5):  # let answers arrive, layouts settle and paints finish
            app.processEvents()
        window.grab().save(str(args.out / name))
        print(args.out / name)

    window.show_page("dashboard")
    wait(window.dashboard_page.view.loaded, lambda board: board.current)
    shoot("dashboard.png")

    from relbeheer.ui.views.account_page import AccountPage

    account_id = pick_account(services)
    window.show_page("attention")  # opened from the home page, as in the morning
    window.open_account(account_id)
    page = window.findChild(AccountPage)
    wait(page.suggestions_tab.loaded)
    shoot("account-page.png")
    page.tabs.setCurrentWidget(page.suggestions_tab)
    shoot("suggestions.png")

    window.ctx.runner.wait()
    window.closing_for_rebuild = True  # do not save this window's state anywhere
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
