"""The app's daily backup runs beside the window; damage it finds is handled like damage at start."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from relbeheer.core.backup_policy import backup_name
from relbeheer.core.domain import utc_now
from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.safety.actions import start_daily_backup
from relbeheer.ui.safety.startup import DamagedDatabaseBox


@pytest.fixture
def app_window(qtbot):
    """``app_window(services)``: a window registered as the app's current one."""
    app = make_application([])
    made = []

    def make(svc):
        window = build_window(svc, "nl")
        app.setProperty("relbeheer_window", window)
        made.append(window)
        return window

    yield make
    current = app.property("relbeheer_window")
    if current is not None:
        current.ctx.runner.wait()
    app.setProperty("relbeheer_window", None)


def test_daily_backup_in_the_background(qtbot, db_path, app_window):
    """The window opens first; the day's backup appears a moment later."""
    svc = Services.open(db_path, daily_backup=False)
    svc.records.save_account({"name": "Fietsen Jansen", "tier": "A"})
    window = app_window(svc)
    qtbot.addWidget(window)
    runner = start_daily_backup(QApplication.instance())
    qtbot.waitUntil(lambda: [b.reason for b in svc.data.backups()] == ["daily"], timeout=10000)
    runner.wait()
    svc.close()


def test_damage_found_offers_the_newest_backup(qtbot, db_path, app_window, monkeypatch):
    """quick_check fails: the file is set aside, the user restores yesterday's copy, a new window shows it."""
    svc = Services.open(db_path, daily_backup=False)
    svc.records.save_account({"name": "Gisteren", "tier": "A"})
    made = svc.data.backup()
    made.rename(made.with_name(backup_name(db_path.stem, "", dt.datetime.now() - dt.timedelta(days=1))))
    now = utc_now()
    with svc.db.atomic():
        account = svc.accounts.list()[0].id
        svc.db["contacts"].insert_all(
            [{"id": f"c{i}", "account_id": account, "name": f"P {i}", "role": "user",
              "notes": "x" * 300, "created_at": now, "updated_at": now} for i in range(2000)])
    svc.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    svc.close()
    data = bytearray(db_path.read_bytes())
    page = len(data) // 4096 - 3
    data[page * 4096 + 8:(page + 1) * 4096] = b"\xff" * 4088
    db_path.write_bytes(bytes(data))

    svc = Services.open(db_path, daily_backup=False)  # opens fine: the damage is deep inside
    window = app_window(svc)
    asked = []
    monkeypatch.setattr(DamagedDatabaseBox, "ask",
                        classmethod(lambda cls, error, lang: asked.append(error) or "restore"))
    runner = start_daily_backup(QApplication.instance())

    app = QApplication.instance()
    qtbot.waitUntil(lambda: app.property("relbeheer_window") is not window, timeout=10000)
    new = app.property("relbeheer_window")
    qtbot.addWidget(new)
    assert asked and asked[0].moved_to.exists()
    assert svc.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert [a.name for a in svc.accounts.list()] == ["Gisteren"]
    runner.wait()
    new.ctx.runner.wait()
    svc.close()
