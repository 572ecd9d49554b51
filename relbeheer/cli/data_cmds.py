"""demo, import, accounts, check, backup."""

from __future__ import annotations

from pathlib import Path

from relbeheer.cli import exchange_cmds
from relbeheer.cli.common import (
    CliError,
    add_lang,
    print_json,
    print_report,
    services,
    stderr_progress,
)
from relbeheer.core.exchange.error_words import translate


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill the database with a realistic demo portfolio")
    p.add_argument("--scale", choices=["S", "M", "L"], default="S")
    p.add_argument("--seed", type=int, default=42)
    add_lang(p, "language of the summary")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("import", help="import a data set")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    m = kinds.add_parser("maven", help="Maven Analytics CRM Sales Opportunities folder")
    m.add_argument("path", metavar="DIR", type=Path)
    add_lang(m)
    m.set_defaults(handler=cmd_import_maven)
    r = kinds.add_parser("retail", help="UCI Online Retail invoice lines (.csv or .csv.gz)")
    r.add_argument("path", metavar="FILE", type=Path)
    add_lang(r)
    r.set_defaults(handler=cmd_import_retail)
    exchange_cmds.add_import_kinds(kinds)  # csv, vcard, ics

    p = sub.add_parser("accounts", help="list accounts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_accounts)

    p = sub.add_parser("check", help="integrity check and row counts")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("file", nargs="?", type=Path)
    p.set_defaults(handler=cmd_backup)


def cmd_demo(args) -> int:
    with services(args) as svc:
        if svc.accounts.count():
            raise CliError(
                f"{svc.path} already holds accounts; demo data goes into an empty database"
            )
        print_report(svc.data.demo(args.scale, args.seed, progress=stderr_progress()), args.lang)
    return 0


def cmd_import_maven(args) -> int:
    if not args.path.is_dir():
        raise CliError(f"{args.path}: {translate('not a folder', args.lang)}")
    with services(args) as svc:
        print_report(svc.data.import_maven(args.path, progress=stderr_progress()), args.lang)
    return 0


def cmd_import_retail(args) -> int:
    if not args.path.is_file():
        raise CliError(f"{args.path}: {translate('file not found', args.lang)}")
    with services(args) as svc:
        print_report(svc.data.import_retail(args.path, progress=stderr_progress()), args.lang)
    return 0


def cmd_accounts(args) -> int:
    with services(args) as svc:
        accounts = svc.accounts.list()
    if args.json:
        print_json(
            [
                {
                    "account_id": a.id,
                    "name": a.name,
                    "external_ref": a.external_ref,
                    "owner": a.owner_name,
                    "tier": a.tier.value,
                    "sector": a.sector,
                    "kind": a.kind.value,
                    "region": a.region,
                    "team": a.team,
                }
                for a in accounts
            ]
        )
    else:
        for a in accounts:
            print(f"{a.tier.value}  {a.name:<40.40}  {a.owner_name:<24.24}  {a.sector}")
        print(f"{len(accounts):,} accounts")
    return 0


def cmd_check(args) -> int:
    with services(args) as svc:
        messages, counts = svc.data.check()
    for table, n in counts.items():
        print(f"{table:<22}{n:>12,}")
    ok = messages == ["ok"]
    print("integrity: ok" if ok else "integrity: PROBLEMS\n  " + "\n  ".join(messages))
    return 0 if ok else 1


def cmd_backup(args) -> int:
    with services(args) as svc:
        target = svc.data.backup(args.file)
    print(f"backup written: {target}")
    return 0
