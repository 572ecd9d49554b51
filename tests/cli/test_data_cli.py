"""CLI basics: version, accounts listing, check, backup, and refusals with one-line errors."""

from __future__ import annotations

import json

import pytest

from relbeheer import __version__
from relbeheer.cli import main
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services


@pytest.fixture
def filled_db(db_path):
    svc = Services.open(db_path)
    now = utc_now()
    with svc.db.atomic():
        owner = new_id()
        svc.db["owners"].insert({"id": owner, "name": "Piet Smit", "created_at": now, "updated_at": now})
        svc.db["accounts"].insert({"id": "acc-1", "name": "Fietsen Jansen", "tier": "A",
                                   "external_ref": "K-1", "owner_id": owner, "sector": "retail",
                                   "created_at": now, "updated_at": now})
    svc.close()
    return db_path


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_accounts_json_has_the_promised_fields(filled_db, capsys):
    assert main(["--db", str(filled_db), "accounts", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items == [
        {"account_id": "acc-1", "name": "Fietsen Jansen", "external_ref": "K-1", "owner": "Piet Smit",
         "tier": "A", "sector": "retail", "kind": "business", "region": "", "team": ""}
    ]


def test_db_from_environment(filled_db, capsys, monkeypatch):
    """RELBEHEER_DB names the database when --db is absent."""
    monkeypatch.setenv("RELBEHEER_DB", str(filled_db))
    assert main(["accounts"]) == 0
    assert "Fietsen Jansen" in capsys.readouterr().out


def test_check_reports_ok_and_counts(filled_db, capsys):
    assert main(["--db", str(filled_db), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out
    assert any(line.split() == ["accounts", "1"] for line in out.splitlines())


def test_backup_writes_a_readable_copy(filled_db, tmp_path, capsys):
    target = tmp_path / "copy.db"
    assert main(["--db", str(filled_db), "backup", str(target)]) == 0
    assert main(["--db", str(target), "accounts", "--json"]) == 0
    assert "Fietsen Jansen" in capsys.readouterr().out


def test_backup_refuses_to_overwrite(filled_db, tmp_path, capsys):
    target = tmp_path / "copy.db"
    target.write_bytes(b"keep me")
    assert main(["--db", str(filled_db), "backup", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"


def test_not_a_database_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database")
    assert main(["--db", str(bad), "accounts"]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a relbeheer database" in err and len(err.splitlines()) == 1
    assert bad.read_text() == "these are my notes, not a database"


def test_demo_refuses_a_database_with_accounts(filled_db, capsys):
    assert main(["--db", str(filled_db), "demo"]) == 1
    assert "already holds accounts" in capsys.readouterr().err


def test_no_subcommand_prints_help(capsys):
    from relbeheer.cli import main as cli_main

    assert cli_main([]) == 2


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_summary_names_every_table_in_words(db_path, capsys, lang):
    """No table name of the schema (service_cases, touchpoint_contacts…) reaches the user."""
    from relbeheer.core.exchange.report_words import TABLES

    assert main(["--db", str(db_path), "demo", "--scale", "S", "--lang", lang]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert len(lines) >= 8
    words = {pair[0 if lang == "nl" else 1] for pair in TABLES.values()}
    for line in lines:
        label = line.split(maxsplit=2)[2]
        assert label in words and "_" not in label, line
