"""The demo portfolio: deterministic, the promised size, valid, and every neglect situation in it.

The rule situations are checked on the raw rows (not through the attention
engine), so these tests say what the data holds, whatever the engine decides.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

import pytest

from relbeheer.core.domain import TouchpointKind
from relbeheer.store.database import open_database
from relbeheer.store.demo import SCALES, generate_demo
from relbeheer.store.demo.plan import (
    HIDDEN_SCALES,
    OPEN_COMPLAINT_MIN_AGE,
    RECENT_DAYS,
    STORY_SHARES,
    TIER_CADENCE,
    Story,
    allocate,
    quota,
)

AS_OF = dt.date(2026, 6, 30)


def _fresh(scale: str, seed: int = 42, **kw):
    db = open_database(":memory:")
    report = generate_demo(db, scale=scale, seed=seed, as_of=AS_OF, **kw)
    return db, report


def _age(iso: str) -> int:
    return (AS_OF - dt.date.fromisoformat(iso)).days


@pytest.fixture(scope="module")
def s_db():
    db, report = _fresh("S")
    db.report = report
    yield db
    db.close()


@pytest.fixture(scope="module")
def facts(s_db):
    """Per account: cadence, touchpoints (age, channel, binding), contacts, revenue halves."""
    f = {}
    for aid, tier, cadence in s_db.execute("SELECT id, tier, cadence_days FROM accounts"):
        f[aid] = {"tier": tier, "cadence": cadence or TIER_CADENCE[tier], "tps": [],
                  "keys": [], "others": [], "recent": 0.0, "prev": 0.0}
    for aid, date, channel, binding in s_db.execute(
        "SELECT account_id, date, channel, binding FROM touchpoints ORDER BY account_id, date"
    ):
        f[aid]["tps"].append((_age(date), channel, binding))
    last_contacted = {
        cid: _age(d)
        for cid, d in s_db.execute(
            "SELECT tc.contact_id, max(t.date) FROM touchpoint_contacts tc "
            "JOIN touchpoints t ON t.id = tc.touchpoint_id GROUP BY tc.contact_id"
        )
    }
    for cid, aid, role, amb in s_db.execute(
        "SELECT id, account_id, role, is_ambassador FROM contacts"
    ):
        group = "keys" if role == "decision_maker" or amb else "others"
        f[aid][group].append(last_contacted.get(cid, 10_000))
    for aid, date, amount in s_db.execute("SELECT account_id, date, amount FROM purchases"):
        age = _age(date)
        if age < RECENT_DAYS:
            f[aid]["recent"] += amount
        elif age < 2 * RECENT_DAYS:
            f[aid]["prev"] += amount
    for a in f.values():
        personal = [age for age, ch, _ in a["tps"] if ch == "personal"]
        a["since_personal"] = min(personal, default=10_000)
        gaps = [x - y for x, y in zip(personal, personal[1:])][-8:]
        a["median_gap"] = statistics.median(gaps) if gaps else None
    return f


def _share(facts, predicate) -> float:
    return sum(1 for a in facts.values() if predicate(a)) / len(facts)


def test_same_seed_same_data():
    """Two runs with one seed give identical rows and ids (created_at aside)."""
    first, _ = _fresh("XS")
    second, _ = _fresh("XS")
    for table, cols in (
        ("accounts", "id, name, tier, owner_id"),
        ("contacts", "id, account_id, name, role"),
        ("touchpoints", "id, account_id, date, kind, note"),
        ("touchpoint_contacts", "id, touchpoint_id, contact_id"),
        ("purchases", "id, product_id, date, amount"),
        ("measurements", "id, contact_id, date, score"),
        ("service_cases", "id, opened_on, resolved_on"),
        ("offers", "id, product_id, status, value"),
    ):
        sql = f"SELECT {cols} FROM {table} ORDER BY id"
        assert first.execute(sql).fetchall() == second.execute(sql).fetchall(), table


def test_other_seed_other_data():
    """A different seed gives different names and ids."""
    a, _ = _fresh("XS", seed=1)
    b, _ = _fresh("XS", seed=2)
    sql = "SELECT id, name FROM accounts ORDER BY external_ref LIMIT 20"
    assert a.execute(sql).fetchall() != b.execute(sql).fetchall()


def test_public_scales_are_as_promised():
    """S, M and L hold exactly the numbers of issue 2; the test scale is not offered."""
    assert {k: (v.accounts, v.contacts, v.touchpoints) for k, v in SCALES.items()} == {
        "S": (1_000, 5_000, 50_000),
        "M": (10_000, 50_000, 500_000),
        "L": (100_000, 500_000, 5_000_000),
    }
    assert "XS" not in SCALES and "XS" in HIDDEN_SCALES


def test_counts_match_scale(s_db):
    """S has exactly 1k accounts, 5k contacts, 50k touchpoints; the report says what was added."""
    def count(table):
        return s_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    assert (count("accounts"), count("contacts"), count("touchpoints")) == (1_000, 5_000, 50_000)
    for table, n in s_db.report.added.items():
        assert count(table) == n, table
    assert s_db.report.source == "demo S"
    per_owner = count("accounts") / count("owners")
    assert 50 <= per_owner <= 100
    assert count("purchases") > 10_000 and count("measurements") > 5_000


def test_unknown_scale_is_refused():
    with pytest.raises(ValueError, match="scale"):
        generate_demo(open_database(":memory:"), scale="XL")


def test_foreign_keys_valid(s_db):
    assert s_db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_channel_and_binding_follow_kind(s_db):
    """Every stored (kind, channel, binding) is the one TouchpointKind defines."""
    stored = s_db.execute("SELECT DISTINCT kind, channel, binding FROM touchpoints").fetchall()
    expected = {(k.value, k.channel.value, k.binding.value) for k in TouchpointKind}
    assert set(stored) == expected


def test_history_ends_at_as_of_and_follow_ups_reach_ahead(s_db):
    first, last = s_db.execute("SELECT min(date), max(date) FROM touchpoints").fetchone()
    assert last <= AS_OF.isoformat() and _age(last) < 7
    assert 3 * 365 - 31 <= _age(first) <= 3 * 365
    future = s_db.execute(
        "SELECT count(*) FROM touchpoints WHERE follow_up_on > ?", [AS_OF.isoformat()]
    ).fetchone()[0]
    assert future > 50


def test_default_as_of_is_today():
    db = open_database(":memory:")
    generate_demo(db, scale="XS")
    last = db.execute("SELECT max(date) FROM touchpoints").fetchone()[0]
    assert 0 <= (dt.date.today() - dt.date.fromisoformat(last)).days < 7


def test_progress_reaches_total():
    calls = []
    _fresh("XS", progress=lambda done, total, what: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] == HIDDEN_SCALES["XS"].accounts


def test_tiers_contacts_and_roles(s_db):
    """A/B/C about 10/30/60 %; every account a decision maker; ~15 % ambassadors."""
    tiers = dict(s_db.execute("SELECT tier, count(*) FROM accounts GROUP BY tier").fetchall())
    assert tiers == {"A": 100, "B": 300, "C": 600}
    without_dm = s_db.execute(
        "SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM contacts c "
        "WHERE c.account_id = a.id AND c.role = 'decision_maker')"
    ).fetchone()[0]
    assert without_dm == 0
    amb, digital = s_db.execute(
        "SELECT avg(is_ambassador), avg(preferred_channel = 'digital') FROM contacts"
    ).fetchone()
    assert 0.10 <= amb <= 0.18 and 0.15 <= digital <= 0.45
    roles = {r for (r,) in s_db.execute("SELECT DISTINCT role FROM contacts")}
    assert roles == {"decision_maker", "influencer", "user", "gatekeeper"}


def test_catalogue_has_series_and_contracts(s_db):
    levels = {r for (r,) in s_db.execute("SELECT DISTINCT level FROM products")}
    contracts = s_db.execute("SELECT count(*) FROM products WHERE is_contract = 1").fetchone()[0]
    assert levels == {1, 2, 3} and contracts >= 5
    names = {r for (r,) in s_db.execute("SELECT name FROM accounts")}
    assert len(names) == 1_000  # unique, so an exact name finds one account


def test_most_accounts_are_healthy(facts):
    """A minority is past its cadence; most get personal attention in time."""
    late = _share(facts, lambda a: a["since_personal"] > a["cadence"])
    assert 0.04 <= late <= 0.20


# --- one test per neglect rule of DESIGN.md §3, on the raw data -------------------


def test_rule1_cadence_exceeded(facts):
    late = [a for a in facts.values() if a["since_personal"] > 1.2 * a["cadence"]]
    assert len(late) >= 0.04 * len(facts)


def test_rule2_silence_long_against_own_rhythm(facts):
    """Inside the cadence, yet silent for at least twice the usual gap."""
    hits = [
        a for a in facts.values()
        if a["median_gap"] and a["since_personal"] <= a["cadence"]
        and a["since_personal"] >= 2 * max(a["median_gap"], 1)
    ]
    assert len(hits) >= 0.02 * len(facts)


def test_rule3_only_digital_lately(facts):
    hits = [
        a for a in facts.values()
        if (window := [ch for age, ch, _ in a["tps"] if age <= a["cadence"]])
        and set(window) == {"digital"} and len(window) >= 3
    ]
    assert len(hits) >= 0.03 * len(facts)


def test_rule4_key_contact_forgotten(facts):
    hits = [
        a for a in facts.values()
        if any(k > a["cadence"] for k in a["keys"]) and any(o <= a["cadence"] for o in a["others"])
    ]
    assert len(hits) >= 0.03 * len(facts)


def test_rule5_binding_gap(facts, s_db):
    """Personal contact in time but nothing social for two cadences; A without contract."""
    hits = [
        a for a in facts.values()
        if a["since_personal"] <= a["cadence"]
        and not any(b == "social" and age <= 2 * a["cadence"] for age, _, b in a["tps"])
    ]
    assert len(hits) >= 0.02 * len(facts)
    a_without = s_db.execute(
        "SELECT count(*) FROM accounts a WHERE tier = 'A' AND NOT EXISTS ("
        " SELECT 1 FROM purchases p JOIN products pr ON pr.id = p.product_id"
        " WHERE p.account_id = a.id AND pr.is_contract = 1)"
    ).fetchone()[0]
    assert 10 <= a_without <= 40  # of 100 A-accounts: a minority


def test_rule6_open_complaint_older_than_a_week(s_db):
    rows = s_db.execute("SELECT opened_on, resolved_on, outcome FROM service_cases").fetchall()
    open_old = [r for r in rows if r[1] is None and _age(r[0]) >= OPEN_COMPLAINT_MIN_AGE]
    open_new = [r for r in rows if r[1] is None and _age(r[0]) < OPEN_COMPLAINT_MIN_AGE]
    outcomes = defaultdict(int)
    for r in rows:
        outcomes[r[2]] += 1
    assert len(open_old) >= 0.02 * 1_000 and open_new
    assert outcomes["resolved"] > outcomes["recovered"] > outcomes["unresolved"] > 0
    assert all(r[1] >= r[0] for r in rows if r[1])


def test_rule7_satisfied_but_slipping(facts, s_db):
    """Latest NPS passive or a recent CSAT ≥ 8, while attention of the last 6 months fell."""
    satisfied = {
        aid for (aid,) in s_db.execute(
            "SELECT DISTINCT account_id FROM measurements WHERE (kind = 'nps' AND score IN (7, 8) "
            "OR kind = 'csat' AND score >= 8) AND date > ?",
            [(AS_OF - dt.timedelta(days=90)).isoformat()],
        )
    }
    hits = [
        aid for aid, a in facts.items()
        if aid in satisfied and a["since_personal"] <= a["cadence"]
        and sum(age < RECENT_DAYS for age, _, _ in a["tps"])
        < 0.6 * sum(RECENT_DAYS <= age < 2 * RECENT_DAYS for age, _, _ in a["tps"])
    ]
    assert len(hits) >= 0.03 * len(facts)


def test_rule8_revenue_falls(facts):
    falling = [a for a in facts.values() if a["prev"] > 0 and a["recent"] < 0.5 * a["prev"]]
    assert 0.03 * len(facts) <= len(falling) <= 0.15 * len(facts)


def test_offers_won_lost_open(s_db):
    counts = dict(s_db.execute("SELECT status, count(*) FROM offers GROUP BY status").fetchall())
    assert set(counts) == {"won", "lost", "open"}
    recent_lost = s_db.execute(
        "SELECT count(DISTINCT account_id) FROM offers WHERE status = 'lost' AND closed_on > ?",
        [(AS_OF - dt.timedelta(days=90)).isoformat()],
    ).fetchone()[0]
    assert recent_lost >= 20


# --- the planning helpers ------------------------------------------------------------


def test_quota_gives_exact_story_shares():
    import random

    labels = quota(random.Random(3), 1_000, STORY_SHARES, Story.HEALTHY)
    assert len(labels) == 1_000
    for story, share in STORY_SHARES.items():
        assert labels.count(story) == round(share * 1_000)


@pytest.mark.parametrize(
    "total,weights,minimum", [(50, [1, 2, 3], 2), (7, [5, 0.1, 0.1], 2), (10, [1] * 5, 2)]
)
def test_allocate_sums_exactly(total, weights, minimum):
    parts = allocate(total, weights, minimum)
    assert sum(parts) == total and min(parts) >= minimum
