"""The ``relbeheer`` command line: the same services as the desktop app, headless.

Each subject registers its subcommands from its own module (``data_cmds`` …) so the
command line grows without one long file. Exit codes: 0 ok, 1 bad input or a
refused database, 2 usage.
"""

from __future__ import annotations

import argparse
import sys

from relbeheer import __version__
from relbeheer.cli import (
    attention_cmds,
    data_cmds,
    exchange_cmds,
    plan_cmds,
    safety_cmds,
    suggest_cmds,
    sync_cmds,
)
from relbeheer.cli.common import CliError, run_command

# Modules that add subcommands; each has register(subparsers).
COMMAND_MODULES = [data_cmds, suggest_cmds, plan_cmds, attention_cmds, exchange_cmds,
                   safety_cmds, sync_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relbeheer",
        description="Relatiebeheer: which B2B relationships need attention, and what to do.",
    )
    parser.add_argument("--version", action="version", version=f"relbeheer {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $RELBEHEER_DB or the user data dir)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return run_command(args)
    except CliError as exc:
        print(f"relbeheer: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
