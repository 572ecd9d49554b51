"""How fast are account plans, next to reportlab's own floor measured in the same run?

Ours, on the M demo (10,000 accounts; made here unless ``--db`` names one):

* one plan, warm: ``services.plans.write_plan`` with the suggestion engine already
  fitted (as in the app after start-up) — reading, the attention verdict, the
  suggestions and drawing — median over 20 accounts, and its two halves;
* one plan, cold: ``relbeheer plan ACCOUNT -o FILE`` end to end (interpreter,
  imports, fitting the suggestion engine once);
* a batch: ``relbeheer review --split DIR`` on the real filter (team × tier or
  region × tier) whose selection is closest to 500 accounts, end to end, and the
  same scaled to exactly 500.

Floors, measured in the same run with the same fonts: a minimal one-page reportlab
document (one paragraph), a bare three-page platypus document (headings,
paragraphs and a 15-row table per page, no data behind it), and 500 of those bare
documents on two processes.

Goals (issue 6): one plan < 100 ms; 500 plans with --split < 10 s on two cores.

Run: ``.venv/bin/python benchmarks/bench_reports.py [--db M.db] [--workers N]``.
Prints a Markdown table; exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "relbeheer"]
GOAL_ONE_MS = 100.0
GOAL_500_S = 10.0
TARGET = 500


def minimal_doc() -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from relbeheer.reports.theme import STYLES

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("Accountplan € ë", STYLES["body"])])
    return buffer.getvalue()


def bare_plan(_: int = 0) -> int:
    """Three pages of plain platypus: what any 3-page PDF costs before there is data."""
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from relbeheer.reports.fonts import register_fonts
    from relbeheer.reports.theme import STYLES

    register_fonts()
    story = []
    for page in range(3):
        story.append(Paragraph(f"Sectie {page + 1}", STYLES["h2"]))
        story.append(Paragraph("Tekst van de sectie, twee regels lang. " * 4, STYLES["body"]))
        story.append(Table([[f"r{r}c{c}" for c in range(5)] for r in range(15)]))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return len(buffer.getvalue())


def _children_cpu() -> float:
    """User + system seconds of finished child processes (the CLI and its workers):
    with other work on the machine, wall time stretches but CPU time does not."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def make_demo(folder: Path) -> Path:
    path = folder / "m.db"
    subprocess.run([*CLI, "--db", str(path), "demo", "--scale", "M"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return path


def pick_selection(svc, as_of: dt.date) -> tuple[list[str], int]:
    """CLI filter arguments whose selection is closest to 500 accounts, and its size."""
    from collections import Counter

    rows = svc.accounts.summaries(as_of)
    best: tuple[int, list[str], int] | None = None
    for field, flag in (("team", "--team"), ("region", "--region")):
        counts = Counter((getattr(s, field), s.tier) for s in rows)
        for (value, tier), n in counts.items():
            if value and (best is None or abs(n - TARGET) < best[0]):
                best = (abs(n - TARGET), [flag, value, "--tier", tier], n)
    assert best is not None
    return best[1], best[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an M demo database (default: made here)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import reportlab

    from relbeheer.reports.fonts import register_fonts
    from relbeheer.reports.plan_pdf import write_plan
    from relbeheer.services import Services

    register_fonts()
    minimal_doc()
    floor_one = median_ms(minimal_doc, 30)
    bare_plan()
    floor_bare = median_ms(bare_plan, 20)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        list(pool.map(bare_plan, range(TARGET), chunksize=10))
    floor_500 = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db or make_demo(folder)
        as_of = dt.date.today()
        svc = Services.open(db, daily_backup=False)
        try:
            svc.suggestions.prepare()
            accounts = [a.id for a in svc.accounts.list()[::500]][:20]
            svc.plans.write_plan(accounts[0], folder / "warm.pdf", as_of=as_of)
            one = median_ms(lambda it=iter(accounts * 2): svc.plans.write_plan(
                next(it), folder / "one.pdf", as_of=as_of), len(accounts))
            plans = {}
            data = median_ms(lambda it=iter(accounts * 2): plans.__setitem__(
                "p", svc.plans.plan(next(it), as_of=as_of)), len(accounts))
            draw = median_ms(lambda: write_plan(plans["p"], io.BytesIO()), len(accounts))
            name = svc.accounts.find(accounts[0]).name
            filters, n = pick_selection(svc, as_of)
        finally:
            svc.close()

        start = time.perf_counter()
        subprocess.run([*CLI, "--db", str(db), "plan", name, "-o", str(folder / "cold.pdf")], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        cold = time.perf_counter() - start

        start, cpu_before = time.perf_counter(), _children_cpu()
        subprocess.run([*CLI, "--db", str(db), "review", *filters, "--split", str(folder / "split"),
                        "--workers", str(args.workers)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        batch = time.perf_counter() - start
        batch_cpu = _children_cpu() - cpu_before
        written = len(list((folder / "split").glob("*.pdf"))) - 1  # the summary is not a plan

    per_500 = batch * TARGET / max(written, 1)
    rows = [
        ("minimal 1-page reportlab document (floor)", f"{floor_one:.1f} ms", "", "", ""),
        ("bare 3-page platypus document (floor)", f"{floor_bare:.1f} ms", "", "", ""),
        (f"500 bare 3-page documents, {args.workers} processes (floor)", f"{floor_500:.2f} s", "", "", ""),
        ("one plan, warm: data (read, attention, suggestions)", f"{data:.1f} ms", "", "", ""),
        ("one plan, warm: drawing", f"{draw:.1f} ms", f"{draw / floor_bare:.2f}× bare", "", ""),
        ("one plan, warm: write_plan", f"{one:.1f} ms", f"{one / floor_bare:.2f}× bare",
         f"< {GOAL_ONE_MS:.0f} ms", "yes" if one < GOAL_ONE_MS else "NO"),
        ("one plan, cold CLI (start, fit suggestions)", f"{cold:.2f} s", "", "", ""),
        (f"review --split {' '.join(filters)}: {written} plans + summary", f"{batch:.2f} s",
         f"CPU {batch_cpu:.1f} s", "", ""),
        ("… its CPU time divided by the workers (a lower bound without other load)",
         f"{batch_cpu / args.workers:.2f} s", "", "", ""),
        ("… scaled to 500 plans", f"{per_500:.2f} s", f"{per_500 / floor_500:.2f}× bare",
         f"< {GOAL_500_S:.0f} s", "yes" if per_500 < GOAL_500_S else "NO"),
    ]
    try:
        import _rl_accel  # noqa: F401 - reportlab's optional C accelerator (package rl_accel)
        accel = "present"
    except ImportError:
        accel = "absent (pip install rl_accel: about a fifth off the drawing)"
    print(f"reportlab {reportlab.Version}, C accelerator rl_accel: {accel}\n")
    print("| measurement | time | vs floor | goal | met |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0 if one < GOAL_ONE_MS and per_500 < GOAL_500_S else 1


if __name__ == "__main__":
    sys.exit(main())
