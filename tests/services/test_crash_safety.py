"""SIGKILL in the middle of a large import, 20 times: the file is whole, the import all or nothing.

The import runs in a forked child process (the modules are already loaded, so a run
costs the import itself rather than a second of Python start-up) which is killed
with SIGKILL — no cleanup, no ``finally`` — at a random moment: 15 times while the
purchases are being written or committed (up to half the writing time again after
it, so that some kills come after the commit), 5 times anywhere in the run,
including the automatic backup that precedes the import.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")

RUNS = 20
LINES = 40_000


def _child(db_path: str, csv_path: str, conn) -> None:  # runs in the forked process
    from relbeheer.services import Services

    svc = Services.open(db_path)
    told = False

    def progress(done, total, what):
        nonlocal told
        if what == "writing purchases" and not told:
            conn.send("writing")
            told = True

    svc.data.import_retail(Path(csv_path), progress=progress)
    svc.close()
    conn.send("done")
    os._exit(0)


def _run(ctx, db: Path, csv_file: Path, kill_after: float | None, from_start: bool):
    """Start an import; kill it ``kill_after`` s after it starts writing (or after it starts)."""
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(str(db), str(csv_file), child))
    started = time.perf_counter()
    proc.start()
    if kill_after is None:
        assert parent.recv() == "writing"
        writing = time.perf_counter()
        assert parent.recv() == "done"
        proc.join(10)
        return writing - started, time.perf_counter() - writing
    if not from_start:
        assert parent.poll(30), "the import never started writing"
        parent.recv()
    time.sleep(kill_after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(10)
    return proc.exitcode


def _state(db: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(str(db))
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        purchases = conn.execute("SELECT count(*) FROM purchases").fetchone()[0]
        accounts = conn.execute("SELECT count(*) FROM accounts").fetchone()[0]
    finally:
        conn.close()
    return check, purchases, accounts


def test_sigkill_during_import_never_leaves_half_an_import(tmp_path, retail_csv):
    """20 kills: integrity ok, earlier data intact, the import fully there or not at all."""
    import multiprocessing

    from relbeheer import paths
    from relbeheer.services import Services
    from relbeheer.store.backups import list_backups

    ctx = multiprocessing.get_context("fork")
    base = tmp_path / "base.db"
    svc = Services.open(base)
    svc.data.import_retail(retail_csv(500, customers=40, seed=1))
    svc.close()
    _, base_purchases, base_accounts = _state(base)
    big = retail_csv(LINES, customers=900, seed=2)

    # One undisturbed run tells how long reading and writing take on this machine.
    calibrate = tmp_path / "calibrate.db"
    shutil.copyfile(base, calibrate)
    to_writing, writing = _run(ctx, calibrate, big, None, False)
    full = _state(calibrate)[1]
    assert full > base_purchases

    rng = random.Random(20250301)
    outcomes = {"none": 0, "all": 0}
    for n in range(RUNS):
        db = tmp_path / f"run-{n}.db"
        shutil.copyfile(base, db)
        from_start = n % 4 == 3
        delay = rng.uniform(0, to_writing + writing) if from_start else rng.uniform(0, writing * 1.5)
        exitcode = _run(ctx, db, big, delay, from_start)
        check, purchases, accounts = _state(db)
        assert check == "ok", f"run {n}: integrity {check!r} after a kill at {delay:.2f}s"
        assert purchases in (base_purchases, full), f"run {n}: {purchases} purchases, half an import"
        assert accounts >= base_accounts
        outcomes["all" if purchases == full else "none"] += 1
        assert exitcode in (-signal.SIGKILL, 0)
        for backup in list_backups(paths.backup_dir_for(db), db.stem):
            conn = sqlite3.connect(str(backup.path))
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            conn.close()
    print(f"\ncalibration: {to_writing:.2f}s to writing, {writing:.2f}s writing; outcomes {outcomes}")
