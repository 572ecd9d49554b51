"""Shared plumbing for CLI commands: opening services, errors, progress, JSON."""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import contextmanager

from relbeheer.core.exchange.error_words import translate
from relbeheer.services import Services
from relbeheer.services.safety import describe_location
from relbeheer.store.accounts import AccountNotFound, AmbiguousAccount
from relbeheer.store.database import StoreError, storage_error
from relbeheer.store.importers.report import ImportFileError


class CliError(Exception):
    """A one-line message for stderr and exit code 1."""


@contextmanager
def services(args):
    """Open the database named by --db / RELBEHEER_DB / default; close it after."""
    try:
        svc = Services.open(args.db)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise CliError(f"cannot open database: {exc}") from exc
    # Said on stderr so that it never mixes into output meant for other programs.
    warning = svc.location_warning()
    if warning is not None:
        print(f"relbeheer: warning: {describe_location(warning, svc.path)}", file=sys.stderr)
    if svc.data.last_backup_error is not None:
        print(f"relbeheer: warning: {svc.data.last_backup_error}", file=sys.stderr)
    try:
        yield svc
    finally:
        svc.close()


def run_command(args) -> int:
    try:
        return args.handler(args)
    except ImportFileError as exc:
        # "file:line: message", the reader's message in --lang (commands without
        # one speak English, as the rest of their output does).
        where = str(exc.path) if exc.line is None else f"{exc.path}:{exc.line}"
        raise CliError(f"{where}: {translate(exc.message, getattr(args, 'lang', 'en'))}") \
            from exc
    except (StoreError, AccountNotFound, AmbiguousAccount) as exc:
        raise CliError(str(exc).strip("'\"")) from exc
    except FileExistsError as exc:
        raise CliError(str(exc)) from exc
    except FileNotFoundError as exc:
        raise CliError(f"{exc.filename}: file not found") from exc
    except PermissionError as exc:
        raise CliError(f"{exc.filename}: permission denied") from exc
    except sqlite3.Error as exc:
        translated = storage_error(exc)
        if translated is None:
            raise
        raise CliError(str(translated)) from exc


def add_lang(parser, what: str = "language of the summary and messages") -> None:
    """``--lang nl|en``, Dutch by default, as on every command that speaks to a user."""
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help=what)


def print_report(report, lang: str = "nl") -> None:
    """An import's summary: counts, skip reasons and repairs, in ``lang``."""
    for line in report.summary_lines(lang):
        print(line)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def stderr_progress():
    """A progress callback that prints a percentage line on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    last = {"pct": -1}

    def report(done: int, total: int, what: str) -> None:
        pct = int(100 * done / total) if total else 100
        if pct != last["pct"]:
            last["pct"] = pct
            sys.stderr.write(f"\r{what}: {pct:3d}%")
            if pct >= 100:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return report
