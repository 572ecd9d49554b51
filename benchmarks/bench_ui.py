"""How fast is the desktop app where users feel it? Issue 5's goals, against floors.

On the L demo (100k accounts, 5M touchpoints):

* accounts table, first rows < 0.5 s: ``accounts.first_summaries`` (the 200
  highest-value accounts from the attention summary) + ``AccountsModel.set_rows``;
  floor: picking those 200 ids from the summary as bare tuples. For information: every row
  (``accounts.summaries`` from the summary, and the old path that groups the
  touchpoints and purchases) and ``set_rows`` of 100k rows.
* sort < 200 ms: ``AccountsModel.sort`` on every column both ways, the slowest;
  floor: ``list.sort`` of that column's 100k values, read beforehand.
* filter keystroke < 100 ms: ``set_filter_text`` for each prefix of a typed word,
  the slowest; floor: a bare substring scan over the 100k search strings. The same
  through the real Accounts screen (key press on the filter field, events and
  repaint processed) is shown for information.

On the M demo (10k accounts): the whole process from start to the attention list
with rows < 1.0 s: ``relbeheer`` started offscreen in a subprocess, which prints
when the Attention page has rows; floor: a bare PySide6 window shown the same way.
Process timings are the median of ``--repeat`` runs, interleaved with the floor.

Data: ``--l`` / ``--m`` database files (generated with ``relbeheer --db FILE demo
--scale L|M`` when missing; L takes about three minutes and 5.5 GB, then is reused).
The attention summary is brought up to date first (once per day, timed apart).

Run alone: ``.venv/bin/python benchmarks/bench_ui.py``. Prints a Markdown table;
exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
GOAL_FIRST_ROWS = 0.5
GOAL_SORT = 0.2
GOAL_KEYSTROKE = 0.1
GOAL_START = 1.0
GOAL_MEMORY_MB = 300
TYPED = ("fiets", "jansen", "utrecht")

# The child processes: the real app with a watcher that reports the first rows, and
# the floor. Both print "READY <seconds since the interpreter started>" and exit hard,
# so tear-down is not measured.
APP_CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from relbeheer.ui import app as app_module
build = app_module.build_window
def watched(*args, **kwargs):
    window = build(*args, **kwargs)
    def poll():
        if window.attention_view.model.rowCount() > 0:
            print("READY", flush=True)
            os._exit(0)
    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(2)
    return window
app_module.build_window = watched
sys.exit(app_module.run_app(["--db", sys.argv[1]]))
"""
# Memory: the app on the M demo after the attention list, accounts, contacts,
# products and the dashboard were shown and loaded; the floor is the bare window.
MEM_CHILD = """
import os, sys
from PySide6.QtCore import QTimer
from relbeheer.ui import app as app_module
build = app_module.build_window
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
def watched(*args, **kwargs):
    window = build(*args, **kwargs)
    pages = ["accounts", "contacts", "products", "dashboard", "attention"]
    def step():
        if window.attention_view.model.rowCount() == 0:
            return QTimer.singleShot(50, step)
        if pages:
            window.show_page(pages.pop(0))
            return QTimer.singleShot(1500, step)  # the page loads on the worker
        window.ctx.runner.wait()
        print("MEM %d %d" % rss(), flush=True)
        os._exit(0)
    QTimer.singleShot(0, step)
    return window
app_module.build_window = watched
sys.exit(app_module.run_app(["--db", sys.argv[1]]))
"""
FLOOR_CHILD = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("relbeheer"))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), os._exit(0)))
app.exec()
"""


def ensure_demo(path: Path, scale: str) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating demo {scale} into {path} (minutes for L) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "relbeheer", "--db", str(path), "demo", "--scale", scale],
                   check=True, cwd=ROOT)


def timed(fn, repeat: int = 3):
    """(best seconds, last result): the best of ``repeat`` runs, as floors are measured."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def process_seconds(code: str, args: list[str], env: dict) -> float:
    """Wall time from starting the interpreter to its READY line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT)
    for line in child.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"child exited with {child.wait()} before it was ready")
    child.wait()
    return elapsed


def child_memory(code: str, args: list[str], env: dict) -> tuple[int, int]:
    """(resident, peak) kB that the child prints as "MEM rss hwm"."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300).stdout
    for line in out.splitlines():
        if line.startswith("MEM"):
            _, rss, hwm = line.split()
            return int(rss), int(hwm)
    raise RuntimeError(f"no MEM line from the child: {out[-300:]}")


FLOOR_MEM = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("relbeheer"))
window.resize(1280, 800)
window.show()
def report():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    print("MEM", fields["VmRSS"].split()[0], fields["VmHWM"].split()[0], flush=True)
    os._exit(0)
QTimer.singleShot(0, report)
app.exec()
"""


def measure_memory(path: Path) -> tuple[str, bool]:
    """A table of its own (MB, not ms): resident memory with the M demo open."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RELBEHEER_DB", None)
    floor_rss, _ = child_memory(FLOOR_MEM, [], env)
    rss, hwm = child_memory(MEM_CHILD, [str(path)], env)
    passed = rss / 1024 < GOAL_MEMORY_MB
    lines = ["| work | floor | ours | ratio | goal | pass |",
             "| --- | ---: | ---: | ---: | ---: | :---: |",
             f"| M: resident memory with the app open after attention, accounts, contacts, "
             f"products and dashboard (peak {hwm / 1024:.0f} MB) | {floor_rss / 1024:.0f} MB bare "
             f"window | {rss / 1024:.0f} MB | {rss / floor_rss:.1f}x | < {GOAL_MEMORY_MB} MB | "
             f"{'pass' if passed else 'FAIL'} |"]
    return "\n".join(lines), passed


def measure_l(path: Path, rows: list) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from relbeheer.services import Services
    from relbeheer.store import accounts as store_accounts
    from relbeheer.ui.models.accounts_model import AccountsModel

    app = QApplication.instance() or QApplication([])
    svc = Services.open(path, daily_backup=False)
    today = dt.date.today()
    if not svc.attention.summary_is_current():
        seconds, _ = timed(lambda: svc.attention.refresh(today), 1)
        print(f"attention summary refreshed in {seconds:.1f} s (once a day)", file=sys.stderr)
    db = svc.db

    floor, _ = timed(lambda: db.execute(
        "SELECT account_id, value_at_stake FROM attention_summary "
        "ORDER BY value_at_stake DESC LIMIT 200").fetchall())
    service, first = timed(lambda: svc.accounts.first_summaries(200, today))
    model = AccountsModel("nl")
    shown, _ = timed(lambda: model.set_rows(first))
    rows.append(("L: accounts table, first rows (service + model, 200 rows)", floor, service + shown,
                 GOAL_FIRST_ROWS))

    floor, raw = timed(lambda: db.execute(
        "SELECT id, name, tier, kind, owner_id, region, sector, city, external_ref FROM accounts "
        "WHERE deleted_at IS NULL").fetchall())
    service, everything = timed(lambda: svc.accounts.summaries(today))
    rows.append(("L: `accounts.summaries`, 100k rows (attention summary)", floor, service, None))
    old, _ = timed(lambda: store_accounts.account_summaries(db, as_of=today.isoformat()), 1)
    rows.append(("L: accounts rows computed from touchpoints and purchases (before)", floor, old, None))
    model = AccountsModel("nl")
    floor, _ = timed(lambda: [f"{r[1]}\x1f{r[4]}".casefold() for r in raw])
    loaded, _ = timed(lambda: model.set_rows(everything))
    rows.append(("L: `AccountsModel.set_rows`, 100k rows", floor, loaded, None))

    worst, slowest = 0.0, 0
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            seconds, _ = timed(lambda: model.sort(column, order), 2)
            if seconds > worst:
                worst, slowest = seconds, column
    # floor: list.sort of that column's values, read and lower-cased beforehand
    value = model.columns()[slowest].value
    keys = [v.casefold() if isinstance(v, str) else v for v in map(value, everything)]
    keys = [(k is None, k if k is not None else 0) for k in keys] if None in keys else keys
    floor, _ = timed(lambda: sorted(range(len(keys)), key=keys.__getitem__))
    which = model.headerData(slowest, Qt.Orientation.Horizontal)
    rows.append((f"L: sort 100k rows, slowest column ({which})", floor, worst, GOAL_SORT))

    hay = model._haystacks
    floor, _ = timed(lambda: [i for i, h in enumerate(hay) if "f" in h])
    worst = 0.0
    for word in TYPED:
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            model.set_filter_text(word[:n])
            worst = max(worst, time.perf_counter() - start)
        model.set_filter_text("")
    rows.append(("L: filter keystroke, model (slowest of the typed prefixes)", floor, worst, GOAL_KEYSTROKE))
    rows.append(("L: filter keystroke through the Accounts screen (events and repaint)", floor,
                 screen_keystroke(svc, everything), None))
    svc.close()
    app.processEvents()


def screen_keystroke(svc, everything) -> float:
    """The slowest key press on the real Accounts screen's filter, repaint included."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from relbeheer.ui.context import ChangeBus, UiContext
    from relbeheer.ui.tasks import TaskRunner
    from relbeheer.ui.views.accounts_view import AccountsView

    view = AccountsView(UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl"))
    view.resize(1100, 760)
    view.show()
    view._show_rows(everything)
    QApplication.processEvents()
    view.filter_edit.setFocus()
    worst = 0.0
    for word in TYPED:
        for char in word:
            start = time.perf_counter()
            QTest.keyClick(view.filter_edit, char)
            view.repaint()
            QApplication.processEvents()
            worst = max(worst, time.perf_counter() - start)
        QTest.keyClick(view.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(view.filter_edit, Qt.Key.Key_Delete)
        QApplication.processEvents()
    view.close()
    view.deleteLater()
    return worst


def measure_start(path: Path, rows: list, repeat: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("RELBEHEER_DB", None)
    process_seconds(APP_CHILD, [str(path)], env)  # the first start migrates and backs up: not timed
    ours, floor = [], []
    for _ in range(repeat):
        floor.append(process_seconds(FLOOR_CHILD, [], env))
        ours.append(process_seconds(APP_CHILD, [str(path)], env))
    rows.append(("M: process start to the attention list with rows", statistics.median(floor),
                 statistics.median(ours), GOAL_START))


def table(rows: list) -> tuple[str, bool]:
    lines = ["| work | floor | ours | ratio | goal | pass |", "| --- | ---: | ---: | ---: | ---: | :---: |"]
    ok = True
    for work, floor, ours, goal in rows:
        passed = goal is None or ours < goal
        ok &= passed
        ratio = f"{ours / floor:.1f}x" if floor > 0 else "–"
        goal_text = "–" if goal is None else f"< {goal * 1000:.0f} ms"
        verdict = "–" if goal is None else ("pass" if passed else "FAIL")
        lines.append(f"| {work} | {floor * 1000:.0f} ms | {ours * 1000:.0f} ms | {ratio} | {goal_text} | {verdict} |")
    return "\n".join(lines), ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # the same cached demo databases as bench_attention.py (made once, minutes for L)
    cache = Path(tempfile.gettempdir()) / "relbeheer-bench"
    parser.add_argument("--l", type=Path, default=cache / "attention-demo-L.db",
                        help="the L demo database")
    parser.add_argument("--m", type=Path, default=cache / "attention-demo-M.db",
                        help="the M demo database")
    parser.add_argument("--repeat", type=int, default=5, help="process starts per side")
    parser.add_argument("--skip-l", action="store_true", help="only the start-up measurement")
    parser.add_argument("--skip-memory", action="store_true", help="no resident-memory row")
    args = parser.parse_args(argv)
    # Backups (before a migration, daily) and settings of the demo databases go to a
    # throwaway folder: a copy of the L demo is 6 GB.
    home = Path(tempfile.mkdtemp(prefix="bench-ui-home-"))
    os.environ["XDG_DATA_HOME"], os.environ["XDG_CONFIG_HOME"] = str(home / "data"), str(home / "config")
    try:
        return run(args)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(args) -> int:
    rows: list = []
    if not args.skip_l:
        ensure_demo(args.l, "L")
        measure_l(args.l, rows)
    ensure_demo(args.m, "M")
    measure_start(args.m, rows, args.repeat)
    text, ok = table(rows)
    print(text)
    if not args.skip_memory:
        memory, fits = measure_memory(args.m)
        print()
        print(memory)
        ok &= fits
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
