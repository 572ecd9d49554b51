"""export (csv, vcard, ics, person), import csv|vcard|ics, duplicates, merge.

The ``export`` parser is made here; other modules add their kinds to it through
a hook (``safety_cmds.add_export_person`` adds ``export person``). The
``import`` parser belongs to ``data_cmds``, which calls ``add_import_kinds`` so
that the file formats live next to their exports:

    relbeheer import csv KIND FILE [--encoding E] [--delimiter D] [--date-format F]
                                   [--decimal M] [--lang nl|en]
    relbeheer import vcard FILE [--lang nl|en]
    relbeheer import ics FILE [--lang nl|en]
    relbeheer export csv KIND FILE [--raw] [--delimiter D] [--lang nl|en]
    relbeheer export vcard FILE
    relbeheer export ics FILE [--all]
    relbeheer duplicates [--json]
    relbeheer merge KEEP_ID DROP_ID

An import prints its summary (and the reasons rows were skipped) in ``--lang``,
Dutch by default like ``attention``; the words are the import wizard's
(``core.exchange.report_words``).
"""

from __future__ import annotations

from pathlib import Path

from relbeheer.cli import safety_cmds
from relbeheer.cli.common import (
    CliError,
    add_lang,
    print_json,
    print_report,
    services,
    stderr_progress,
)
from relbeheer.core.exchange.csvformat import delimiter_from
from relbeheer.core.exchange.duplicates import reason_text
from relbeheer.core.exchange.error_words import translate
from relbeheer.core.exchange.values import date_format_key
from relbeheer.services.exchange import EXPORT_KINDS, IMPORT_KINDS


def register(sub) -> None:
    p = sub.add_parser("export", help="write data out of the database")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    add_export_kinds(kinds)
    safety_cmds.add_export_person(kinds)

    p = sub.add_parser("duplicates", help="accounts and contacts that are probably the same")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser("merge", help="merge a duplicate into the record to keep")
    p.add_argument("keep", metavar="KEEP_ID")
    p.add_argument("drop", metavar="DROP_ID")
    p.set_defaults(handler=cmd_merge)


def add_import_kinds(kinds) -> None:
    """``import csv|vcard|ics``: added to data_cmds' ``import`` parser."""
    c = kinds.add_parser("csv", help="accounts, contacts, touchpoints or purchases from CSV")
    c.add_argument("table", metavar="KIND", choices=IMPORT_KINDS,
                   help=" | ".join(IMPORT_KINDS))
    c.add_argument("path", metavar="FILE", type=Path)
    c.add_argument("--encoding", help="utf-8, cp1252, utf-16 … (default: detected)")
    c.add_argument("--delimiter", help="; , tab or | (default: detected)")
    c.add_argument("--date-format", help="dd-mm-yyyy, yyyy-mm-dd, mm/dd/yyyy … (default: detected)")
    c.add_argument("--decimal", choices=[",", "."], help="decimal mark (default: detected)")
    add_lang(c)
    c.set_defaults(handler=cmd_import_csv)
    v = kinds.add_parser("vcard", help="contacts from a vCard file (.vcf)")
    v.add_argument("path", metavar="FILE", type=Path)
    add_lang(v)
    v.set_defaults(handler=cmd_import_vcard)
    i = kinds.add_parser("ics", help="meetings from an iCalendar file (.ics) as touchpoints")
    i.add_argument("path", metavar="FILE", type=Path)
    add_lang(i)
    i.set_defaults(handler=cmd_import_ics)


def add_export_kinds(kinds) -> None:
    c = kinds.add_parser("csv", help="one table as CSV (Excel-safe unless --raw)")
    c.add_argument("table", metavar="KIND", choices=EXPORT_KINDS, help=" | ".join(EXPORT_KINDS))
    c.add_argument("path", metavar="FILE", type=Path)
    c.add_argument("--raw", action="store_true",
                   help="leave cells starting with = + - @ as they are (not Excel-safe)")
    c.add_argument("--delimiter", default=";", help="; , tab or | (default ;)")
    c.add_argument("--lang", choices=["nl", "en"], default="nl", help="headers and labels")
    c.set_defaults(handler=cmd_export_csv)
    v = kinds.add_parser("vcard", help="all contacts as one vCard file")
    v.add_argument("path", metavar="FILE", type=Path)
    v.set_defaults(handler=cmd_export_vcard)
    i = kinds.add_parser("ics", help="planned follow-ups as a calendar file (.ics)")
    i.add_argument("path", metavar="FILE", type=Path)
    i.add_argument("--all", action="store_true", help="include follow-ups in the past")
    i.set_defaults(handler=cmd_export_ics)


def _need_file(path: Path, lang: str) -> None:
    if not path.is_file():
        raise CliError(f"{path}: {translate('file not found', lang)}")


def cmd_import_csv(args) -> int:
    _need_file(args.path, args.lang)
    try:
        delimiter = delimiter_from(args.delimiter) if args.delimiter else None
        date_format = date_format_key(args.date_format) if args.date_format else None
    except ValueError as exc:
        raise CliError(translate(str(exc), args.lang)) from exc
    with services(args) as svc:
        print_report(svc.exchange.import_csv(
            args.path, args.table, encoding=args.encoding, delimiter=delimiter,
            date_format=date_format, decimal=args.decimal, lang=args.lang,
            progress=stderr_progress()), args.lang)
    return 0


def cmd_import_vcard(args) -> int:
    _need_file(args.path, args.lang)
    with services(args) as svc:
        print_report(svc.exchange.import_vcard(args.path, lang=args.lang,
                                               progress=stderr_progress()), args.lang)
    return 0


def cmd_import_ics(args) -> int:
    _need_file(args.path, args.lang)
    with services(args) as svc:
        print_report(svc.exchange.import_ics(args.path, progress=stderr_progress()), args.lang)
    return 0


def cmd_export_csv(args) -> int:
    try:
        delimiter = delimiter_from(args.delimiter)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    with services(args) as svc:
        n = svc.exchange.export_csv(args.table, args.path, excel_safe=not args.raw,
                                    delimiter=delimiter, decimal="," if delimiter != "," else ".",
                                    lang=args.lang)
    print(f"{n:,} {args.table} written to {args.path}")
    return 0


def cmd_export_vcard(args) -> int:
    with services(args) as svc:
        n = svc.exchange.export_vcard(args.path)
    print(f"{n:,} contacts written to {args.path}")
    return 0


def cmd_export_ics(args) -> int:
    with services(args) as svc:
        n = svc.exchange.export_ics(args.path, include_past=args.all)
    print(f"{n:,} follow-ups written to {args.path}")
    return 0


def cmd_duplicates(args) -> int:
    with services(args) as svc:
        pairs = svc.exchange.find_duplicates()
    if args.json:
        print_json([{"table": p.table, "keep_id": p.keep_id, "drop_id": p.drop_id,
                     "keep": p.keep_label, "drop": p.drop_label, "reason": p.reason}
                    for p in pairs])
        return 0
    for p in pairs:
        print(f"{p.table:<9} keep {p.keep_id}  {p.keep_label}\n"
              f"{'':<9} drop {p.drop_id}  {p.drop_label}   ({reason_text(p.reason, 'en')})")
    print(f"{len(pairs):,} possible duplicates")
    return 0


def cmd_merge(args) -> int:
    with services(args) as svc:
        try:
            table = svc.exchange.merge(args.keep, args.drop)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    print(f"merged {args.drop} into {args.keep} ({table})")
    return 0
