"""Entry point: ``relbeheer`` with a subcommand runs the CLI, without one opens the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # A frozen build re-enters here in the plan batch's worker processes.
    import multiprocessing

    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if _wants_gui(argv):
        from relbeheer.ui.app import run_app

        return run_app(argv)
    from relbeheer.cli import main as cli_main

    return cli_main(argv)


def _wants_gui(argv: list[str]) -> bool:
    """No subcommand (only --db PATH, perhaps) means: open the desktop app."""
    rest = list(argv)
    if rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--db="):
        rest = rest[1:]
    return not rest


if __name__ == "__main__":
    sys.exit(main())
