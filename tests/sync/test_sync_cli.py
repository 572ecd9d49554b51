"""The command line: server init, add-member, sync, status; attention follows the pull."""

from __future__ import annotations

import json

from relbeheer.cli import main
from relbeheer.services import Services


def test_cli_round_trip_between_two_laptops(team_server, tmp_path, capsys):
    """A visit logged on one laptop shows in the other's attention summary after sync."""
    admin = team_server.admin_url
    assert main(["server", "init", admin]) == 0
    assert main(["server", "add-member", admin, "anna", "--team", "A"]) == 0
    assert main(["server", "add-member", admin, "bert", "--team", "A"]) == 0
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    svc = Services.open(one, daily_backup=False)
    svc.sync.configure(team_server.url("anna"))
    svc.sync.sync()  # switches capture on before the first record
    account = svc.records.save_account({"name": "Fietsen Jansen", "tier": "A"})
    svc.attention.log_touchpoint(account, "visit")
    assert svc.sync.status().pending == 2
    svc.close()
    capsys.readouterr()

    assert main(["--db", one, "sync", "--json"]) == 0
    pushed = json.loads(capsys.readouterr().out)
    assert pushed["pushed"] >= 2
    assert main(["--db", two, "sync", "--server", team_server.url("bert")]) == 0
    assert main(["--db", two, "sync", "--status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert status["pending"] == 0 and status["server"] == team_server.url("bert")
    svc2 = Services.open(two, daily_backup=False)
    assert svc2.sync.status().pending == 0 and svc2.sync.status().last_sync
    summary = svc2.attention.summary([account])
    assert len(summary) == 1 and summary[0]["days_since_personal"] == 0
    svc2.close()


def test_sync_without_server_is_a_plain_error(tmp_path, capsys):
    """No server set: exit 1 with a one-line message."""
    assert main(["--db", str(tmp_path / "x.db"), "sync"]) == 1
    assert "no team server" in capsys.readouterr().err
