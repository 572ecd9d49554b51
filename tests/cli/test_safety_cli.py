"""CLI: restore, backups, export/erase person, damaged files and warnings, one line each."""

from __future__ import annotations

import json
import os

import pytest

from relbeheer.cli import main
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services

PERSON = {"name": "Annemarie Zwartkruis", "email": "a.zwartkruis@fietsen-jansen.nl",
          "phone": "06-12345678"}


def fill(path, people=("Piet Smit",)) -> dict[str, str]:
    """One account with ``PERSON`` and others; a touchpoint and a measurement for PERSON."""
    svc = Services.open(path)
    now = utc_now()
    ids = {}
    with svc.db.atomic():
        svc.db["accounts"].insert({"id": "acc-1", "name": "Fietsen Jansen", "tier": "A",
                                   "created_at": now, "updated_at": now})
        for name in (PERSON["name"], *people):
            ids[name] = new_id()
            extra = PERSON if name == PERSON["name"] else {"name": name}
            svc.db["contacts"].insert({"id": ids[name], "account_id": "acc-1", **extra,
                                       "role": "decision_maker", "created_at": now, "updated_at": now})
        svc.db["touchpoints"].insert({"id": "tp-1", "account_id": "acc-1", "date": "2025-03-01",
                                      "kind": "visit", "channel": "personal", "binding": "high",
                                      "note": "Showroom bezocht", "created_at": now, "updated_at": now})
        svc.db["touchpoint_contacts"].insert({"id": new_id(), "touchpoint_id": "tp-1",
                                              "contact_id": ids[PERSON["name"]],
                                              "created_at": now, "updated_at": now})
        svc.db["measurements"].insert({"id": "m-1", "account_id": "acc-1", "contact_id": ids[PERSON["name"]],
                                       "date": "2025-03-02", "kind": "nps", "score": 9,
                                       "created_at": now, "updated_at": now})
    svc.close()
    return ids


def test_export_person_writes_json_and_vcard(db_path, tmp_path, capsys):
    """export person CONTACT DIR: everything about the person, found by e-mail."""
    fill(db_path)
    out = tmp_path / "out"
    assert main(["--db", str(db_path), "export", "person", PERSON["email"].upper(), str(out)]) == 0
    files = sorted(out.iterdir())
    assert [f.suffix for f in files] == [".json", ".vcf"]
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["contact"]["email"] == PERSON["email"] and data["account"]["name"] == "Fietsen Jansen"
    assert [t["id"] for t in data["touchpoints"]] == ["tp-1"]
    assert [m["score"] for m in data["measurements"]] == [9]
    card = files[1].read_text(encoding="utf-8")
    assert "FN:Annemarie Zwartkruis" in card and "ORG:Fietsen Jansen" in card


def test_erase_person_leaves_no_trace_in_the_file(db_path, capsys):
    """erase person: the name, e-mail and phone are gone from the file and its WAL."""
    fill(db_path)
    assert main(["--db", str(db_path), "erase", "person", PERSON["name"], "--yes"]) == 0
    out = capsys.readouterr().out
    assert "erased: Annemarie Zwartkruis" in out and "unlinked      1 measurements" in out
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    blob = b"".join(f.read_bytes() for f in files if f.exists())
    for value in PERSON.values():
        assert value.encode() not in blob
    svc = Services.open(db_path)
    assert svc.db.execute("SELECT account_id, contact_id FROM measurements").fetchall() == [("acc-1", None)]
    assert svc.db.execute("SELECT count(*) FROM touchpoints").fetchone()[0] == 1
    svc.close()


def test_erase_reports_backups_and_can_erase_them(db_path, capsys):
    """Backups that still hold the person are counted; --backups erases them there too."""
    ids = fill(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0  # a manual backup holding the person
    assert main(["--db", str(db_path), "erase", "person", PERSON["email"], "--yes"]) == 0
    assert "backups still contain this person" in capsys.readouterr().out
    assert main(["--db", str(db_path), "erase", "person", ids[PERSON["name"]], "--backups"]) == 0
    assert "from 2 backups" in capsys.readouterr().out  # the daily one and the manual one
    for backup in Services.open(db_path).data.backups():
        assert PERSON["email"].encode() not in backup.path.read_bytes()


def test_ambiguous_name_lists_the_candidates(db_path, capsys):
    """Two people with the same name: a one-line error that asks for the id."""
    fill(db_path, people=(PERSON["name"].upper(),))
    assert main(["--db", str(db_path), "erase", "person", PERSON["name"], "--yes"]) == 1
    err = capsys.readouterr().err.strip()
    assert "2 contacts match" in err and "give the id" in err and len(err.splitlines()) == 1


def test_restore_round_trip(db_path, tmp_path, capsys):
    """restore FILE: the current database is backed up first, then replaced."""
    fill(db_path)
    copy = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", str(copy)]) == 0
    assert main(["--db", str(db_path), "erase", "person", PERSON["email"], "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "the previous database was backed up" in out
    assert main(["--db", str(db_path), "export", "person", PERSON["email"], str(tmp_path / "o")]) == 0


@pytest.mark.parametrize("content", [b"Dit is een brief, geen database.", b""])
def test_restore_refuses_non_sqlite(db_path, tmp_path, capsys, content):
    """A non-SQLite FILE is refused with one line; the database is unchanged."""
    fill(db_path)
    before = db_path.read_bytes()
    bad = tmp_path / "backup.db"
    bad.write_bytes(content)
    assert main(["--db", str(db_path), "restore", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a relbeheer database" in err and len(err.splitlines()) == 1
    assert db_path.read_bytes() == before


def test_restore_refused_while_the_app_holds_the_database(db_path, tmp_path, capsys):
    """A live QLockFile of the app (this process stands in for it) stops a restore."""
    import socket

    fill(db_path)
    copy = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", str(copy)]) == 0
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(f"{os.getpid()}\nrelbeheer\n{socket.gethostname()}\n", encoding="utf-8")
    assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    assert "open in the relbeheer app" in capsys.readouterr().err
    lock.write_text(f"999999999\nrelbeheer\n{socket.gethostname()}\n", encoding="utf-8")
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0  # a crashed app's lock


def test_damaged_database_names_the_moved_file_and_the_backup(db_path, capsys):
    """A damaged file: one line naming where it went and the restore command to run."""
    fill(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    data = bytearray(db_path.read_bytes())
    data[100:4096] = os.urandom(3996)
    db_path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(db_path), "accounts"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    moved = next(db_path.parent.glob("relbeheer.db.corrupt-*"))
    assert str(moved) in err and f'relbeheer --db "{db_path}" restore "' in err
    command_file = err.split(' restore "')[1].rstrip('"')
    assert main(["--db", str(db_path), "restore", command_file]) == 0
    assert main(["--db", str(db_path), "accounts"]) == 0


def test_synced_folder_warning_on_stderr(tmp_path, capsys):
    """A database in a Dropbox folder works, with a warning on stderr only."""
    db = tmp_path / "Dropbox" / "crm.db"
    assert main(["--db", str(db), "accounts", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "warning" in captured.err and "Dropbox folder" in captured.err


def test_backups_listing(db_path, capsys):
    """backups lists what restore can use, newest first."""
    fill(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {b["reason"] for b in listed} == {"daily", "manual"}
