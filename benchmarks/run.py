"""Every benchmark of the project in one Markdown table.

Runs each ``bench_*.py`` in its own process (so one's memory and caches do not
colour the next), collects the table rows each prints (work, floor, ours, ratio,
goal, pass/fail), and prints them as one table with the machine it ran on.

    .venv/bin/python benchmarks/run.py --quick      # S/M scale, about 2 minutes
    .venv/bin/python benchmarks/run.py              # everything, L included (long)
    .venv/bin/python benchmarks/run.py --out docs/PERFORMANCE.md

Each benchmark measures its own floor in the same run (a bare scan, a raw
executemany, a bare window), because these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (script, arguments in --quick mode (None: not in it), arguments in the full run)
SUITE = [
    ("bench_import.py", ["--repeat", "1"], ["--repeat", "3"]),
    ("bench_demo.py", [], ["--repeat", "2"]),
    ("bench_attention.py", ["--scale", "M", "--repeat", "1", "--saves", "50"], ["--scale", "M", "L"]),
    ("bench_csv_import.py", ["--rows", "20000", "--repeat", "1"], []),
    ("bench_backtest.py", ["--no-windows"], []),
    ("bench_reports.py", [], []),
    ("bench_ui.py", ["--skip-l", "--repeat", "2"], []),
    ("bench_sync.py", None, ["--touchpoints", "500000"]),  # a PostgreSQL server: full run only
]


STANDARD = ["work", "floor", "ours", "ratio", "goal"]


def tables(output: str) -> list[list[str]]:
    """Every Markdown table in ``output``, as lists of lines (header and rule included)."""
    found, current = [], []
    for line in output.splitlines() + [""]:
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    return found


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip("|").split("|")]


def table_rows(output: str) -> list[str]:
    """The data rows of the tables in the standard shape (work, floor, ours, ratio, goal, …)."""
    rows = []
    for table in tables(output):
        header = [c.lower() for c in cells(table[0])]
        if header[:5] != STANDARD:
            continue
        rows.extend(line for line in table[2:] if not set("".join(cells(line))) <= set("-: "))
    return rows


def other_tables(output: str) -> list[list[str]]:
    """Tables in another shape (per-kind rates, timings), kept whole with their header."""
    return [t for t in tables(output) if [c.lower() for c in cells(t[0])][:5] != STANDARD]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}, load average at start {load:.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="S/M scale only (about 2 minutes)")
    parser.add_argument("--only", nargs="*", help="run only these scripts (e.g. bench_import.py)")
    parser.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    args = parser.parse_args(argv)

    lines = ["| work | floor | ours | ratio | goal | pass/fail |", "| --- | --- | --- | --- | --- | --- |"]
    extra: list[str] = []
    failures = []
    started = time.perf_counter()
    for script, quick, full in SUITE:
        if (args.only and script not in args.only) or (args.quick and quick is None):
            continue
        cmd = [sys.executable, str(HERE / script), *(quick if args.quick else full)]
        print(f"running {script} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        rows = table_rows(done.stdout)
        others = other_tables(done.stdout)
        if done.returncode != 0 and not rows and not others:
            failures.append(f"{script} exited {done.returncode}: {done.stderr.strip()[-300:]}")
            continue
        lines.extend(rows)
        for table in others:
            extra.extend(["", f"From `{script}`:", "", *table])
        print(f"  {len(rows)} rows in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    mode = "quick (S/M)" if args.quick else "full (S/M/L)"
    text = "\n".join([
        f"Benchmarks, {mode}, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{time.perf_counter() - started:.0f} s in all",
        "",
        f"Machine: {machine()}",
        "",
        *lines,
        *extra,
        *([""] + [f"- {f}" for f in failures] if failures else []),
    ])
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
