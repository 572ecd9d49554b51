"""The engine on the demo portfolio: every rule finds its story, most accounts are fine."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.services import Services
from relbeheer.store.demo import generate_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The test-size demo (200 accounts, every story present), judged on its own day."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    svc = Services.open(path, daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=42, as_of=dt.date(2026, 3, 2))
    yield svc
    svc.close()


def test_every_rule_flags_someone_and_most_accounts_are_ok(demo):
    """Each of the nine rule outcomes occurs; between 10 % and 50 % of accounts are flagged."""
    listing = demo.attention.listing(as_of=dt.date(2026, 3, 2))
    assert all(count > 0 for count in listing.rules.values()), listing.rules
    assert 0.10 * listing.accounts < listing.flagged < 0.50 * listing.accounts
    assert listing.severities["ok"] == listing.accounts - listing.flagged


def test_the_list_reads_in_both_languages(demo):
    """Every reason and action of the demo list renders in nl and en without placeholders."""
    for item in demo.attention.list(as_of=dt.date(2026, 3, 2)):
        for lang in ("nl", "en"):
            data = item.to_dict(lang)
            texts = [r["text"] for r in data["reasons"]] + [data["next_action"]]
            assert all(t and "{" not in t and "nan" not in t for t in texts)


@pytest.mark.parametrize("limit", [None, 7])
def test_the_list_reads_the_trend_only_for_its_items_and_gets_the_same(demo, limit):
    """The list loads the trend day's inputs only for the accounts it shows; each
    item's earlier score and trend equal those of a whole-portfolio evaluation."""
    day = dt.date(2026, 3, 2)
    full = demo.attention.evaluate(day)
    expected = {i.account_id: (i.health.score, i.health.previous, i.health.trend)
                for i in full.items()}
    items = demo.attention.listing(as_of=day, limit=limit).items
    assert len(items) == (limit or len(expected))
    got = {i.account_id: (i.health.score, i.health.previous, i.health.trend) for i in items}
    assert got == {a: expected[a] for a in got}
    assert any(t for _, _, t in got.values())  # some trend is not zero: a real comparison
