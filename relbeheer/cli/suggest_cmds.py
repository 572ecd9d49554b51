"""suggest (an account's up-sell and cross-sell proposals) and backtest (their quality).

``backtest`` needs no database: it reads UCI-style invoice lines from a file and
runs the protocol of ../shared/data/README.md with the same cross-sell ranking
that ``suggest`` uses.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path

from relbeheer.cli.common import CliError, print_json, services
from relbeheer.core.formatting import money, number
from relbeheer.core.suggest.backtest import BacktestResult, clean_lines, run_backtest
from relbeheer.store.retail_lines import RetailFileError, read_invoice_lines

_HEAD = {
    "nl": ("Suggesties voor {name}", "geen suggesties", "verwachte waarde"),
    "en": ("Suggestions for {name}", "no suggestions", "expected value"),
}


def register(sub) -> None:
    p = sub.add_parser("suggest", help="up-sell and cross-sell suggestions for one account")
    p.add_argument("account", metavar="ACCOUNT", help="id, external reference or exact name")
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(handler=cmd_suggest)

    p = sub.add_parser(
        "backtest", help="measure the cross-sell ranking on invoice lines (no database needed)"
    )
    p.add_argument("--lines", type=Path, required=True, metavar="FILE",
                   help="UCI Online Retail lines, .csv or .csv.gz (either header variant)")
    p.add_argument("--cutoff", type=_date, metavar="YYYY-MM-DD",
                   help="train before this day (default: the last day minus the horizon)")
    p.add_argument("--horizon-days", type=int, default=91, metavar="N")
    p.add_argument("--json", action="store_true")
    p.add_argument("--rankings", type=Path, metavar="OUT.csv",
                   help="write the engine's top 10 per customer: customer_id,rank,stock_code")
    p.set_defaults(handler=cmd_backtest)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text}") from None


def cmd_suggest(args) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with services(args) as svc:
        account = svc.accounts.find(args.account)
        found = svc.suggestions.suggestions(account.id, limit=args.limit)
    lang = args.lang
    if args.json:
        print_json([s.as_dict(lang) for s in found])
        return 0
    title, empty, ev = _HEAD[lang]
    print(title.format(name=account.name))
    if not found:
        print(f"  ({empty})")
    for i, s in enumerate(found, start=1):
        print(f"{i:>2}. {s.kind:<10} {s.product_label(lang):<32.32} "
              f"{ev} {money(s.expected_value, lang)}")
        print(f"    {s.because(lang)}")
    return 0


def cmd_backtest(args) -> int:
    if args.horizon_days < 1:
        raise CliError("--horizon-days must be at least 1")
    start = time.perf_counter()
    try:
        lines = read_invoice_lines(args.lines)
    except RetailFileError as exc:
        raise CliError(str(exc)) from exc
    cutoff = args.cutoff
    if cutoff is None:
        days = [line.day for line in clean_lines(lines)]
        if not days:
            raise CliError(f"{args.lines}: no usable invoice lines")
        cutoff = max(days) - dt.timedelta(days=args.horizon_days)
    result = run_backtest(lines, cutoff, args.horizon_days)
    result.seconds = time.perf_counter() - start  # the whole run, reading included
    if args.rankings:
        _write_rankings(args.rankings, result)
    if args.json:
        print_json(result.as_dict())
    else:
        _print_table(result)
    return 0


def _write_rankings(path: Path, result: BacktestResult) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["customer_id", "rank", "stock_code"])
        for customer, codes in result.rankings.items():
            for rank, code in enumerate(codes, start=1):
                writer.writerow([customer, rank, code])


def _print_table(r: BacktestResult) -> None:
    end = r.cutoff + dt.timedelta(days=r.horizon_days - 1)
    print(f"Back-test: train before {r.cutoff}, hold-out {r.cutoff} .. {end} "
          f"({r.horizon_days} days)")
    print(f"customers evaluated: {number(r.engine.customers, 'en')} "
          f"(of {number(r.customers_trained, 'en')} with history); "
          f"products ranked: {number(r.products_ranked, 'en')}")
    print()
    print("| method | HR@5 | Recall@10 | MAP@10 | NDCG@10 |")
    print("| --- | --- | --- | --- | --- |")
    for name, m in (("engine", r.engine), ("global popularity", r.popularity)):
        print(f"| {name} | {m.hr_at_5:.3f} | {m.recall_at_10:.3f} | {m.map_at_10:.3f} "
              f"| {m.ndcg_at_10:.3f} |")
    print()
    print(f"seconds: {r.seconds:.1f}")
