"""Screenshots of the attention list (home) and the quick log dialog, in Dutch.

Runs the real window offscreen on a demo database and saves what a user sees:
docs/attention.png (the list, first row selected) and docs/log-touchpoint.png
(Ctrl+T on the second row: the dialog over the window, as a window manager
places it, with a note and a mood typed). The Dutch is the app's own
(resources/translations/relbeheer_nl.qm).

    .venv/bin/relbeheer --db /tmp/m.db demo --scale M      # once
    .venv/bin/python scripts/shoot_attention.py --db /tmp/m.db
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTE = "Leasemodellen 2027 doorgenomen; wil een offerte voor 40 speed pedelecs."


def settle(app, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def over(window_shot, dialog_shot):
    """The dialog centred on the window with a soft shadow (the offscreen platform draws none)."""
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtCore import Qt

    painter = QPainter(window_shot)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x = (window_shot.width() - dialog_shot.width()) // 2
    y = (window_shot.height() - dialog_shot.height()) // 2
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(14, 0, -1):
        painter.setBrush(QColor(15, 23, 42, 5))
        painter.drawRoundedRect(x - i, y - i + 6, dialog_shot.width() + 2 * i, dialog_shot.height() + 2 * i, i, i)
    painter.drawPixmap(x, y, dialog_shot)
    painter.setPen(QColor("#c5ccd6"))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(x - 1, y - 1, dialog_shot.width() + 1, dialog_shot.height() + 1)
    painter.end()
    return window_shot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a demo database (M: 10,000 accounts)")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="relbeheer-shots-")  # default layout

    from relbeheer.services import Services
    from relbeheer.ui.app import build_window, install_translator, make_application

    app = make_application([])
    install_translator(app, "nl")
    services = Services.open(args.db, daily_backup=False)
    window = build_window(services, "nl")
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    view = window.attention_view
    while not view._loaded:
        settle(app, 0.05)
    window.ctx.runner.wait()
    settle(app)
    out = Path(args.out)
    view.table.selectRow(0)
    view.table.setFocus()
    settle(app)
    window.grab().save(str(out / "attention.png"))

    view.table.selectRow(1)
    window.log_touchpoint()
    dialog = window.log_dialog
    window.ctx.runner.wait()
    settle(app)
    dialog.sentiment.set_value(1)
    dialog.note.setPlainText(NOTE)
    settle(app)
    over(window.grab(), dialog.grab()).save(str(out / "log-touchpoint.png"))
    dialog.reject()
    window.ctx.runner.wait()
    services.close()
    print(f"saved {out / 'attention.png'} and {out / 'log-touchpoint.png'}")


if __name__ == "__main__":
    main()
