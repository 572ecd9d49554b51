"""restore, backups, erase person (and the handler of ``export person``)."""

from __future__ import annotations

import sys
from pathlib import Path

from relbeheer import paths
from relbeheer.cli.common import CliError, print_json, services
from relbeheer.services import safety
from relbeheer.services.persons import ContactNotFound


def register(sub) -> None:
    p = sub.add_parser("restore", help="replace the database by a backup (the current one is backed up first)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("backups", help="list the backups of the database, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("erase", help="erase personal data (GDPR)")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    e = kinds.add_parser("person", help="remove one person: contact id, e-mail or exact name")
    e.add_argument("contact", metavar="CONTACT")
    e.add_argument("--backups", action="store_true",
                   help="also erase the person from every backup of this database")
    e.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    e.set_defaults(handler=cmd_erase_person)


def add_export_person(kinds) -> None:
    """``export person CONTACT DIR``: added to the ``export`` command by exchange_cmds."""
    p = kinds.add_parser("person", help="everything about one person as JSON + vCard (GDPR)")
    p.add_argument("contact", metavar="CONTACT", help="contact id, e-mail or exact name")
    p.add_argument("directory", metavar="DIR", type=Path)
    p.set_defaults(handler=cmd_export_person)


def _refuse_when_app_holds(db_path: Path, doing: str) -> None:
    pid = safety.app_lock_holder(db_path)
    if pid is not None:
        raise CliError(
            f"{db_path} is open in the relbeheer app (process {pid}); close it before {doing}"
        )


def cmd_restore(args) -> int:
    db_path = paths.default_db_path(args.db)
    _refuse_when_app_holds(db_path, "restoring")
    result = safety.restore_database(db_path, args.file)
    print(f"restored {result.restored_from} into {db_path}")
    if result.previous_saved_as is not None:
        what = "moved aside (damaged)" if result.previous_damaged else "backed up"
        print(f"the previous database was {what}: {result.previous_saved_as}")
    return 0


def cmd_backups(args) -> int:
    found = safety.list_backups(paths.default_db_path(args.db))
    if args.json:
        print_json([{"file": str(b.path), "created": b.created.isoformat(timespec="seconds"),
                     "reason": b.reason or "manual", "bytes": b.size} for b in found])
        return 0
    for b in found:
        print(f"{b.created:%Y-%m-%d %H:%M}  {b.reason or 'manual':<32.32} "
              f"{b.size / 1e6:>9.1f} MB  {b.path}")
    print(f"{len(found)} backups")
    return 0


def cmd_export_person(args) -> int:
    with services(args) as svc:
        contact = svc.persons.find(args.contact)
        files = svc.persons.export(contact["id"], args.directory)
    for file in files:
        print(f"written: {file}")
    return 0


def cmd_erase_person(args) -> int:
    db_path = paths.default_db_path(args.db)
    _refuse_when_app_holds(db_path, "erasing")
    with services(args) as svc:
        try:
            contact = svc.persons.find(args.contact)
        except ContactNotFound:
            if not args.backups:
                raise
            # Erased here before; what is left is in the backups (the id is needed).
            erased = svc.persons.erase_from_backups(args.contact.strip())
            if not erased:
                raise
            print(f"erased {args.contact} from {len(erased)} backups")
            return 0
        if not args.yes and sys.stdin.isatty():
            answer = input(f"Erase {contact['name']} <{contact.get('email') or 'no e-mail'}> "
                           f"of {contact.get('account') or '?'} for good? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print("nothing erased")
                return 1
        result = svc.persons.erase(contact["id"], include_backups=args.backups)
    report = result.report
    print(f"erased: {report.name} ({report.contact_id})")
    cached = sum(n for t, n in report.deleted.items() if t.startswith("attention_"))
    for table, n in sorted(report.deleted.items()):
        if not table.startswith("attention_"):
            print(f"  deleted  {n:>6,} {table}")
    if cached:
        print(f"  deleted  {cached:>6,} cached attention rows (recomputed by the engine)")
    for table, n in sorted(report.unlinked.items()):
        print(f"  unlinked {n:>6,} {table} (kept for the account, without the person)")
    if report.mentions:
        print(f"still mentioned in {len(report.mentions)} text fields (left alone; edit them if needed):")
        for m in report.mentions[:20]:
            print(f"  {m.table} {m.row_id} {m.column}: {m.text[:80]!r}")
    if result.backups_erased:
        print(f"also erased from {len(result.backups_erased)} backups")
    if result.backups_holding:
        print(f"{len(result.backups_holding)} backups still contain this person; they age out "
              "within 12 months, or erase them now with: "
              f"relbeheer erase person {report.contact_id} --backups")
    return 0
