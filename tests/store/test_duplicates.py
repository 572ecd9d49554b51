"""Duplicates offered for merging; a merge moves every child and soft-deletes, all or nothing."""

from __future__ import annotations

import pytest

from relbeheer.store import duplicates
from relbeheer.store.bulk import insert_rows
from relbeheer.store.importers.csvimport import import_csv


@pytest.fixture
def doubled(fresh_db):
    """'Jansen B.V.' twice (other spelling), with children on both; Jan twice by e-mail."""
    db = fresh_db
    with db.atomic():
        insert_rows(db, "accounts", ["id", "name", "tier", "city", "created_at"], [])
        db.execute("INSERT INTO accounts (id, name, tier, city, created_at, updated_at) VALUES "
                   "('k', 'Fietsen Jansen B.V.', 'A', NULL, '2024', '2024'), "
                   "('d', 'fietsen  jansen', 'C', 'Utrecht', '2025', '2025'), "
                   "('s', 'Dochter', 'C', NULL, '2025', '2025')")
        db.execute("UPDATE accounts SET parent_id = 'd' WHERE id = 's'")
        insert_rows(db, "contacts", ["id", "account_id", "name", "email", "role"],
                    [("c1", "k", "Jan", "jan@j.nl", "user"),
                     ("c2", "d", "Jan B.", "JAN@J.NL", "decision_maker")])
        insert_rows(db, "touchpoints", ["id", "account_id", "date", "kind", "channel", "binding"],
                    [("t1", "k", "2025-01-01", "visit", "personal", "social"),
                     ("t2", "d", "2025-02-01", "call", "personal", "social"),
                     ("t3", "d", "2025-03-01", "call", "personal", "social")])
        insert_rows(db, "touchpoint_contacts", ["id", "touchpoint_id", "contact_id"],
                    [("l1", "t2", "c2"), ("l2", "t3", "c1"), ("l3", "t3", "c2")])
    return db


def test_pairs_found_with_the_busier_record_kept(doubled):
    pairs = duplicates.find_duplicates(doubled)
    assert [(p.table, p.keep_id, p.drop_id, p.reason) for p in pairs] == [
        ("accounts", "d", "k", "legal_form"), ("contacts", "c2", "c1", "same_email")]


def test_merging_accounts_moves_children_and_fills_blanks(doubled):
    duplicates.merge(doubled, "k", "d")
    q = doubled.execute
    assert q("SELECT count(*) FROM touchpoints WHERE account_id = 'k'").fetchone() == (3,)
    assert q("SELECT count(*) FROM contacts WHERE account_id = 'k'").fetchone() == (2,)
    assert q("SELECT parent_id FROM accounts WHERE id = 's'").fetchone() == ("k",)
    assert q("SELECT city, tier FROM accounts WHERE id = 'k'").fetchone() == ("Utrecht", "A")
    assert q("SELECT deleted_at IS NOT NULL FROM accounts WHERE id = 'd'").fetchone() == (1,)
    assert [p.table for p in duplicates.find_duplicates(doubled)] == ["contacts"]


def test_merging_people_keeps_one_link_per_meeting(doubled):
    duplicates.merge(doubled, "c1", "c2")
    links = doubled.execute("SELECT touchpoint_id, contact_id FROM touchpoint_contacts "
                            "ORDER BY touchpoint_id").fetchall()
    assert links == [("t2", "c1"), ("t3", "c1")]
    assert doubled.execute("SELECT role FROM contacts WHERE id = 'c1'").fetchone() == ("user",)


def test_a_merged_name_is_not_brought_back_by_a_reimport(doubled, tmp_path):
    duplicates.merge(doubled, "k", "d")
    path = tmp_path / "a.csv"
    path.write_text("Naam;Plaats\nfietsen  jansen;Utrecht\n", encoding="utf-8")
    report = import_csv(doubled, path, "accounts")
    assert not report.added


@pytest.mark.parametrize(("keep", "drop"), [("k", "k"), ("k", "c1"), ("k", "nope")])
def test_nonsense_merges_are_refused(doubled, keep, drop):
    with pytest.raises(duplicates.MergeError):
        duplicates.merge(doubled, keep, drop)


def test_a_failing_merge_leaves_everything(doubled, monkeypatch):
    before = list(doubled.conn.iterdump())
    real_fill = duplicates._fill

    def failing(*args):
        real_fill(*args)
        raise RuntimeError("disk full")

    monkeypatch.setattr(duplicates, "_fill", failing)
    with pytest.raises(RuntimeError):
        duplicates.merge(doubled, "k", "d")
    assert list(doubled.conn.iterdump()) == before
