"""Tiers by revenue rank, and matching rows on re-import."""

from __future__ import annotations

from collections import Counter

from relbeheer.core.domain import Tier
from relbeheer.store.importers.merge import import_cache, rank_tiers, sync_by_key
from relbeheer.store.importers.report import ImportReport


def test_tier_shares_of_85_accounts():
    """Top 15% A, next 35% B, the rest C; rounded half up."""
    tiers = rank_tiers({f"acc{i:02d}": float(i) for i in range(85)})
    assert Counter(tiers.values()) == {Tier.A: 13, Tier.B: 30, Tier.C: 42}
    assert tiers["acc84"] is Tier.A and tiers["acc72"] is Tier.A and tiers["acc71"] is Tier.B
    assert tiers["acc00"] is Tier.C


def test_missing_revenue_ranks_last_and_ties_break_by_key():
    tiers = rank_tiers({"b": 5.0, "a": 5.0, "c": None, "d": 1.0}, a_share=0.25, b_share=0.25)
    assert tiers == {"a": Tier.A, "b": Tier.B, "d": Tier.C, "c": Tier.C}


def _owner(name, region):
    return {"name": name, "team": "T", "manager": "M", "region": region}


def test_sync_inserts_new_and_updates_only_changed_columns(fresh_db):
    report = ImportReport("first")
    ids = sync_by_key(fresh_db, "owners", "name", {"Ann": _owner("Ann", "East")},
                      update=["region"], report=report)
    assert report.added == {"owners": 1}
    fresh_db.execute("UPDATE owners SET email = 'ann@example.com'")

    again = ImportReport("second")
    rows = {"Ann": _owner("Ann", "West"), "Bob": _owner("Bob", "East")}
    ids2 = sync_by_key(fresh_db, "owners", "name", rows, update=["region"], report=again)
    assert ids2["Ann"] == ids["Ann"]
    assert (again.added, again.updated) == ({"owners": 1}, {"owners": 1})
    ann = fresh_db["owners"].get(ids["Ann"])
    assert (ann["region"], ann["email"]) == ("West", "ann@example.com")

    third = ImportReport("third")
    sync_by_key(fresh_db, "owners", "name", rows, update=["region"], report=third)
    assert not third.added and not third.updated
    assert third.skipped == {"owners already present (unchanged)": 2}


def test_sync_uses_ids_decided_beforehand(fresh_db):
    ids = sync_by_key(fresh_db, "owners", "name", {"Ann": _owner("Ann", "E")}, update=[],
                      report=ImportReport("x"), new_ids={"Ann": "f" * 32})
    assert ids == {"Ann": "f" * 32}
    assert fresh_db["owners"].get("f" * 32)["name"] == "Ann"


def test_import_cache_is_restored(fresh_db):
    before = fresh_db.execute("PRAGMA cache_size").fetchone()[0]
    with import_cache(fresh_db, kib=65536):
        assert fresh_db.execute("PRAGMA cache_size").fetchone()[0] == -65536
    assert fresh_db.execute("PRAGMA cache_size").fetchone()[0] == before
