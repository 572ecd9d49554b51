"""The sync control shows nothing without a team server and reports an unreachable one quietly."""

from __future__ import annotations

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application


def test_no_server_no_label_no_timer(qtbot, db_path):
    svc = Services.open(db_path)
    make_application([])
    window = build_window(svc, "en")
    qtbot.addWidget(window)
    control = window.sync_control
    window.ctx.runner.wait()
    qtbot.wait(50)
    assert control.label.text() == ""
    assert not control.timer.isActive()
    assert control.sync_action in window.file_menu.actions()
    window.ctx.runner.wait()
    svc.close()


def test_unreachable_server_is_reported_in_the_label(qtbot, db_path):
    svc = Services.open(db_path)
    svc.sync.configure("postgresql://nobody@127.0.0.1:1/none")
    make_application([])
    window = build_window(svc, "en")
    qtbot.addWidget(window)
    control = window.sync_control
    qtbot.waitUntil(lambda: control.timer.isActive(), timeout=5000)
    control.sync_now(quiet=True)
    qtbot.waitUntil(lambda: control.label.text().startswith("Sync: offline"), timeout=20000)
    assert control.label.toolTip()
    window.ctx.runner.wait()
    svc.close()
