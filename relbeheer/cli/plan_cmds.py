"""plan (one account's plan as PDF) and review (a director's selection as PDF or a folder)."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from relbeheer.cli.common import CliError, services, stderr_progress
from relbeheer.core.review import SEVERITIES, ReviewFilters


def register(sub) -> None:
    p = sub.add_parser("plan", help="write the account plan of one account as PDF")
    p.add_argument("account", metavar="ACCOUNT", help="id, external reference or exact name")
    p.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="the plan's date (default: today)")
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("review", help="account review: portfolio summary and the plans of a selection")
    p.add_argument("--owner", metavar="NAME", default="", help="account manager")
    p.add_argument("--team", metavar="NAME", default="", help="team (the sales manager's name)")
    p.add_argument("--region", metavar="NAME", default="")
    p.add_argument("--tier", choices=["A", "B", "C"], default="")
    p.add_argument("--severity", choices=list(SEVERITIES), default="",
                   help="only accounts at least this severe")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, help="one PDF: summary, contents, plans")
    out.add_argument("--split", metavar="DIR", type=Path, help="one PDF per account in DIR, plus the summary")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="the review's date (default: today)")
    p.add_argument("--workers", type=int, metavar="N", help="processes (default: all cores, at least 2)")
    p.set_defaults(handler=cmd_review)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text}") from None


def _check_pdf_target(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise CliError(f"{path}: the output file must end in .pdf")
    if path.exists() and path.is_dir():
        raise CliError(f"{path} is a folder; name a .pdf file")


def cmd_plan(args) -> int:
    _check_pdf_target(args.output)
    start = time.perf_counter()
    with services(args) as svc:
        account = svc.accounts.find(args.account)
        path = svc.plans.write_plan(account.id, args.output, lang=args.lang, as_of=args.as_of)
    print(f"{path} ({account.name}, {time.perf_counter() - start:.2f} s)")
    return 0


def cmd_review(args) -> int:
    if args.workers is not None and args.workers < 1:
        raise CliError("--workers must be at least 1")
    if args.output is not None:
        _check_pdf_target(args.output)
    if args.split is not None and args.split.exists() and not args.split.is_dir():
        raise CliError(f"{args.split} exists and is not a folder")
    filters = ReviewFilters(owner=args.owner, team=args.team, region=args.region, tier=args.tier,
                            severity=args.severity)
    start = time.perf_counter()
    progress = stderr_progress()
    with services(args) as svc:
        if args.output is not None:
            review = svc.plans.write_review(filters, args.output, lang=args.lang, as_of=args.as_of,
                                            progress=progress, workers=args.workers)
            where = args.output
        else:
            result = svc.plans.write_split(filters, args.split, lang=args.lang, as_of=args.as_of,
                                           progress=progress, workers=args.workers)
            review, where = result.review, result.directory
    n = review.total.accounts
    seconds = time.perf_counter() - start
    if n == 0:
        print(f"{where}: no accounts match this selection (summary only)", file=sys.stderr)
    print(f"{where}: {n} account plan(s) in {seconds:.1f} s")
    return 0
