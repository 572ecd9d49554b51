"""Loading the attention data from SQLite: packing, windows, scopes, the per-person cache."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from relbeheer.core.attention.engine import evaluate
from relbeheer.core.attention.history import PERSONAL
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import TouchpointKind, new_id, utc_now
from relbeheer.store import attention_contacts, attention_data, attention_summary

AS_OF = dt.date(2026, 6, 30)


class World:
    """Rows for a fresh database, dated relative to AS_OF."""

    def __init__(self, db):
        self.db = db
        self.owner = self._add("owners", name="Eva de Boer", team="Noord", region="Groningen")

    def _add(self, table, **values):
        now = utc_now()
        values.setdefault("id", new_id())
        self.db[table].insert({**values, "created_at": now, "updated_at": now})
        return values["id"]

    def account(self, name="Fietsen Jansen", tier="A", **extra):
        return self._add("accounts", name=name, tier=tier, owner_id=self.owner, **extra)

    def contact(self, account, name, role="user", ambassador=False):
        return self._add("contacts", account_id=account, name=name, role=role,
                         is_ambassador=int(ambassador))

    def touchpoint(self, account, days_ago, kind="visit", contacts=(), date=None):
        k = TouchpointKind(kind)
        tid = self._add("touchpoints", account_id=account, kind=k.value, channel=k.channel.value,
                        binding=k.binding.value,
                        date=date or (AS_OF - dt.timedelta(days=days_ago)).isoformat())
        for c in contacts:
            self._add("touchpoint_contacts", touchpoint_id=tid, contact_id=c)
        return tid

    def purchase(self, account, days_ago, amount, contract=False):
        product = self._add("products", name=f"P{new_id()[:4]}", is_contract=int(contract))
        return self._add("purchases", account_id=account, product_id=product, amount=amount,
                         date=(AS_OF - dt.timedelta(days=days_ago)).isoformat())

    def score(self, account, days_ago, kind, value):
        return self._add("measurements", account_id=account, kind=kind, score=value,
                         date=(AS_OF - dt.timedelta(days=days_ago)).isoformat())

    def case(self, account, opened_ago, resolved_ago=None, subject="Levering te laat"):
        day = lambda d: None if d is None else (AS_OF - dt.timedelta(days=d)).isoformat()  # noqa
        return self._add("service_cases", account_id=account, opened_on=day(opened_ago),
                         resolved_on=day(resolved_ago), subject=subject)


@pytest.fixture
def world(fresh_db):
    return World(fresh_db)


def load(db, scope=None, as_of=AS_OF, settings=None):
    settings = settings or AttentionSettings()
    return attention_data.load_portfolio(db, as_of, settings, scope)


def rules_fired(db, scope=None, as_of=AS_OF) -> dict[str, set[str]]:
    data = load(db, scope, as_of)
    result = evaluate(data, AttentionSettings())
    return {h.rule: {data.names[i] for i in np.flatnonzero(h.fired)} for h in result.hits}


def test_touchpoints_are_packed_per_account_in_date_order(world):
    """Two accounts, touchpoints inserted out of order: each segment sorted, codes right."""
    a, b = world.account("A"), world.account("B")
    world.touchpoint(a, 5, "email")
    world.touchpoint(b, 9, "visit")
    world.touchpoint(a, 40, "visit")
    data = load(world.db)
    h, pos = data.history, data.account_ids.index(a)
    days = h.day[h.offsets[pos]:h.offsets[pos + 1]]
    flags = h.flags[h.offsets[pos]:h.offsets[pos + 1]]
    assert (AS_OF.toordinal() - days).tolist() == [40, 5]
    assert (flags & PERSONAL).tolist() == [PERSONAL, 0]


def test_soft_deleted_touchpoints_do_not_count(world):
    """A deleted visit is not contact."""
    a = world.account("Stil")
    tid = world.touchpoint(a, 3, "visit")
    world.touchpoint(a, 50, "visit")
    world.db.execute("UPDATE touchpoints SET deleted_at = ? WHERE id = ?", [utc_now(), tid])
    assert rules_fired(world.db)["cadence"] == {"Stil"}


def test_a_date_with_a_time_is_repaired_not_mispaired(world):
    """'2026-06-25T10:00' still counts as the 25th; the other accounts stay intact."""
    a, b = world.account("Met tijd"), world.account("Gewoon")
    world.touchpoint(a, 0, "visit", date="2026-06-25T10:00:00")
    world.touchpoint(a, 60, "email")
    world.touchpoint(b, 45, "visit")
    data = load(world.db)
    result = evaluate(data, AttentionSettings())
    assert result.facts.days_personal.tolist() == [5.0, 45.0] or \
        sorted(result.facts.days_personal.tolist()) == [5.0, 45.0]
    assert {data.names[i] for i in np.flatnonzero(result.hits[1].fired)} == {"Gewoon"}


def test_windows_of_purchases_scores_and_cases(world):
    """Revenue per window, the latest score per kind, complaints open on the day."""
    a = world.account("Handel")
    world.purchase(a, 400, 99999.0)
    world.purchase(a, 300, 10000.0)
    world.purchase(a, 60, 5000.0, contract=True)
    world.score(a, 200, "nps", 6)
    world.score(a, 20, "nps", 8)
    world.case(a, 20)
    world.case(a, 90, 80)
    d = load(world.db)
    assert d.value[0] == 15000.0
    assert d.revenue[0].tolist()[:2] == [5000.0, 10000.0]
    assert d.contract_day[0] == (AS_OF - dt.timedelta(days=60)).toordinal()
    assert d.scores[0, 0] == 8 and d.scores_prev[0, 0] == 6
    assert d.open_count[0] == 1 and d.open_cases[0].subject == "Levering te laat"


def test_scopes_filter_by_owner_team_and_region(world):
    """--owner, --team and --region select the owner's accounts (case-insensitive)."""
    a = world.account("Van Eva")
    other = world._add("owners", name="Piet", team="Zuid", region="Limburg")
    world._add("accounts", name="Van Piet", tier="B", owner_id=other)
    for kw in ({"owner": "eva de boer"}, {"team": "NOORD"}, {"region": "groningen"}):
        assert load(world.db, attention_data.Scope(**kw)).account_ids == [a]
    assert load(world.db, attention_data.Scope(account_ids=[])).account_ids == []


def test_settings_come_from_the_settings_table(world):
    """attention.cadence_a = 45 in the table: a 40-day silence is fine."""
    a = world.account("Geduld")
    world.touchpoint(a, 40, "visit")
    world._add("settings", key="attention.cadence_a", value=json.dumps(45))
    settings = attention_data.load_settings(world.db)
    assert settings.cadence_a == 45
    result = evaluate(load(world.db, settings=settings), settings)
    assert not result.hits[1].fired[0]


def test_bad_json_in_settings_is_reported(world):
    """A broken value is an error naming the key."""
    world._add("settings", key="attention.cadence_b", value="sixty")
    with pytest.raises(ValueError, match="cadence_b"):
        attention_data.load_settings(world.db)


def test_the_touchpoint_pass_reads_the_covering_index(fresh_db):
    """The packing query runs on idx_touchpoints_attention alone (no table reads)."""
    sql = (f"SELECT account_id, count(*), min(date), group_concat({attention_data._code_sql()},"
           f" date) FROM touchpoints INDEXED BY {attention_data.ATTENTION_INDEX} "
           "WHERE deleted_at IS NULL GROUP BY account_id")
    plan = " ".join(r[3] for r in fresh_db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert "idx_touchpoints_attention" in plan and "TEMP B-TREE" not in plan


def _key_contact_world(world):
    a = world.account("Vergeten")
    dm = world.contact(a, "Jan de Vries", "decision_maker")
    user = world.contact(a, "Piet Smit")
    world.touchpoint(a, 90, "visit", [dm, user])
    world.touchpoint(a, 5, "visit", [user])
    b = world.account("Netjes")
    dm_b = world.contact(b, "Els Mol", "decision_maker")
    world.touchpoint(b, 5, "visit", [dm_b])
    return a, dm, user


def test_key_contact_rule_from_the_cache_and_from_the_links_agree(world):
    """The portfolio (attention_contacts) and one account (its links) give one answer."""
    a, _, _ = _key_contact_world(world)
    assert rules_fired(world.db)["key_contact"] == {"Vergeten"}
    assert rules_fired(world.db, attention_data.Scope(account_ids=[a]))["key_contact"] == {
        "Vergeten"}


def test_cache_folds_in_new_links(world):
    """Links added after a refresh are folded in on the next read."""
    a, dm, _ = _key_contact_world(world)
    assert attention_contacts.refresh(world.db) == "rebuilt"
    world.touchpoint(a, 2, "call", [dm])
    assert attention_contacts.refresh(world.db) == "folded"
    assert rules_fired(world.db)["key_contact"] == set()


def test_cache_forgets_a_deleted_touchpoint(world):
    """Soft-deleting the visit with the decision maker marks them for recomputation."""
    a, dm, user = _key_contact_world(world)
    tid = world.touchpoint(a, 3, "visit", [dm, user])
    attention_contacts.refresh(world.db)
    assert rules_fired(world.db)["key_contact"] == set()
    world.db.execute("UPDATE touchpoints SET deleted_at = ? WHERE id = ?", [utc_now(), tid])
    assert world.db.execute("SELECT count(*) FROM attention_contacts_dirty").fetchone()[0] == 2
    assert rules_fired(world.db)["key_contact"] == {"Vergeten"}


def test_a_reused_rowid_after_deleting_the_newest_link_is_still_seen(world):
    """Deleting the newest link lowers the mark, so a link re-using its rowid counts."""
    a, dm, user = _key_contact_world(world)
    tid = world.touchpoint(a, 2, "call", [user])
    attention_contacts.refresh(world.db)
    world.db.execute("DELETE FROM touchpoint_contacts WHERE touchpoint_id = ?", [tid])
    world._add("touchpoint_contacts", touchpoint_id=tid, contact_id=dm)
    attention_contacts.refresh(world.db)
    last = world.db.execute("SELECT last_personal FROM attention_contacts WHERE contact_id = ?",
                            [dm]).fetchone()[0]
    assert last == (AS_OF - dt.timedelta(days=2)).isoformat()


def test_a_day_in_the_past_reads_the_links_exactly(world):
    """As of 80 days ago the decision maker had just been met: not forgotten then."""
    _key_contact_world(world)
    attention_contacts.refresh(world.db)
    assert rules_fired(world.db, as_of=AS_OF - dt.timedelta(days=80))["key_contact"] == set()


def test_summary_rows_round_trip(world):
    """Items written to attention_summary read back with reasons and action."""
    a = world.account("Stil")
    world.touchpoint(a, 50, "visit")
    result = evaluate(load(world.db), AttentionSettings())
    attention_summary.replace_all(world.db, result.items(flagged_only=False), AS_OF)
    (row,) = attention_summary.read(world.db)
    assert row["severity"] == "high" and row["reasons"][0]["rule"] == "cadence"
    assert row["next_action"]["kind"] == "visit"
    assert attention_summary.is_current(world.db, AS_OF)
    world.touchpoint(a, 1, "visit")
    assert not attention_summary.is_current(world.db, AS_OF)
