"""The benchmark runner finds the table rows each benchmark prints."""

from __future__ import annotations

import importlib.util
from pathlib import Path

RUNNER = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def load_runner():
    spec = importlib.util.spec_from_file_location("bench_run", RUNNER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_are_kept_and_headers_dropped():
    runner = load_runner()
    out = "\n".join([
        "some log line",
        "| work | floor | ours | ratio | goal | pass/fail |",
        "| --- | ---: | ---: | ---: | --- | --- |",
        "| import retail | 3.4 s | 6.5 s | 1.9× | ≤ 4× | pass |",
        "",
        "| Work | Floor | ours | ratio | goal | result |",
        "|---|---|---|---|---|---|",
        "| demo M | 1.1 s | 9.6 s | 8.7× | ≤ 20 s | pass |",
        "",
        "| kind | rows/s |",
        "| --- | --- |",
        "| accounts | 63,239 |",
    ])
    assert runner.table_rows(out) == [
        "| import retail | 3.4 s | 6.5 s | 1.9× | ≤ 4× | pass |",
        "| demo M | 1.1 s | 9.6 s | 8.7× | ≤ 20 s | pass |",
    ]
    assert runner.other_tables(out) == [["| kind | rows/s |", "| --- | --- |", "| accounts | 63,239 |"]]


def test_every_listed_benchmark_exists():
    runner = load_runner()
    missing = [s for s, _, _ in runner.SUITE if not (RUNNER.parent / s).exists()]
    assert missing == []
