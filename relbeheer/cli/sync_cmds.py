"""sync (push and pull with the team server) and server init / add-member."""

from __future__ import annotations

from relbeheer.cli.common import CliError, print_json, services
from relbeheer.services.sync import SyncUnavailable


def register(sub) -> None:
    p = sub.add_parser("sync", help="push local changes to the team server and pull the team's")
    p.add_argument("--server", metavar="URL",
                   help="postgresql://ROLE@HOST/DB (remembered; a password in it goes to the keychain)")
    p.add_argument("--status", action="store_true", help="only show the sync status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("server", help="set up the team server (PostgreSQL)")
    kinds = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = kinds.add_parser("init", help="create or migrate the team schema (as the database owner)")
    i.add_argument("url", metavar="URL")
    i.set_defaults(handler=cmd_server_init)
    m = kinds.add_parser("add-member", help="make a PostgreSQL role an account manager of a team")
    m.add_argument("url", metavar="URL")
    m.add_argument("role", metavar="ROLE")
    m.add_argument("--team", help="the team whose accounts this member reads and writes")
    m.add_argument("--director", action="store_true", help="sees and writes every team")
    m.add_argument("--password", help="set the role's password (else leave it as it is)")
    m.set_defaults(handler=cmd_add_member)


def cmd_sync(args) -> int:
    with services(args) as svc:
        if args.status:
            status = svc.sync.status()
            if args.json:
                print_json(status.__dict__)
            else:
                print(f"server: {status.server or '(none)'}; last sync: {status.last_sync or 'never'}; "
                      f"pending changes: {status.pending}"
                      + (f"; last error: {status.last_error}" if status.last_error else ""))
            return 0
        try:
            result = svc.sync.sync(args.server)
        except SyncUnavailable as exc:
            raise CliError(str(exc)) from exc
    summary = {"pushed": result.pushed, "pulled": result.pulled, "refused": len(result.refused),
               "skipped": len(result.skipped), "push_seconds": round(result.push_seconds, 3),
               "pull_seconds": round(result.pull_seconds, 3)}
    if args.json:
        print_json(summary)
    else:
        print(f"pushed {result.pushed} rows ({result.push_seconds:.2f} s), "
              f"pulled {result.pulled} rows ({result.pull_seconds:.2f} s)")
        if result.refused:
            print(f"refused by the server (another team's accounts): {len(result.refused)}")
        if result.skipped:
            print(f"not applied here (incomplete rows): {len(result.skipped)}")
    return 0


def _connect(url: str):
    try:
        import psycopg
    except ImportError as exc:
        raise CliError("the team server needs the 'team' extra: pip install relbeheer[team]") from exc
    try:
        return psycopg.connect(url, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise CliError(f"cannot reach the server: {str(exc).strip()}") from exc


def cmd_server_init(args) -> int:
    from relbeheer.sync import server_schema

    with _connect(args.url) as conn:
        applied = server_schema.init(conn)
    print(f"team schema ready; migrations applied now: {', '.join(applied) or 'none'}")
    return 0


def cmd_add_member(args) -> int:
    from relbeheer.sync import server_schema

    if not args.team and not args.director:
        raise CliError("give --team TEAM, or --director")
    try:
        with _connect(args.url) as conn:
            server_schema.add_member(conn, args.role, team=args.team, director=args.director,
                                     password=args.password)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(f"{args.role}: {'director' if args.director else 'team ' + args.team}")
    return 0
