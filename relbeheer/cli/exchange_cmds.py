"""export: data out of the database as files.

``export person`` (GDPR) is handled in safety_cmds; the table, vCard and
calendar exports add their kinds to the same ``export`` parser here.
"""

from __future__ import annotations

from relbeheer.cli import safety_cmds


def register(sub) -> None:
    p = sub.add_parser("export", help="write data out of the database")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    safety_cmds.add_export_person(kinds)
