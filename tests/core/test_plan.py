"""Plan data in core: figures, people, risks, the action plan, the review summary, file names."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from relbeheer.core.domain import Account, AccountKind, Tier
from relbeheer.core.plan import PlanSuggestion, attention_from_item, build_plan
from relbeheer.core.plan_attention import PlanAttention, PlanReason
from relbeheer.core.plan_files import slug, unique_filename
from relbeheer.core.review import ReviewFilters, build_review
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)

AS_OF = dt.date(2026, 6, 30)


def day(n: int) -> dt.date:
    return AS_OF - dt.timedelta(days=n)


def account(**kw) -> Account:
    base = dict(id="acc1", name="Fietsen Jansen", tier=Tier.A, kind=AccountKind.DEALER,
                owner_name="Anna de Boer", team="Noord", region="Noord", goals="Groei", notes="Let op")
    base.update(kw)
    return Account(**base)


def contact(cid, name, role="user", amb=False, channel="personal") -> ContactSummary:
    return ContactSummary(cid, "acc1", name, role, "", "", "", channel, amb, None)


def tp(n: int, kind="visit", who=(), follow=None, note="") -> TouchpointSummary:
    from relbeheer.core.domain import TouchpointKind

    k = TouchpointKind(kind)
    return TouchpointSummary(f"t{n}{kind}", "acc1", day(n), kind, k.channel.value, k.binding.value,
                             "", list(who), "", None, note, follow)


@pytest.fixture
def history():
    contacts = [contact("c1", "Jan de Vries", "decision_maker"), contact("c2", "Els Bakker", amb=True),
                contact("c3", "Piet", "gatekeeper")]
    touchpoints = [tp(10, "visit", ["c1"]), tp(20, "email", ["c2"]), tp(45, "call", ["c2"]),
                   tp(400, "visit", ["c3"]), tp(100, "training", ["c1"])]
    purchases = [PurchaseSummary("p1", day(30), "x", "Speed Pedelec", "", 2, 8000.0),
                 PurchaseSummary("p2", day(200), "y", "Cargo", "", 1, 2000.0),
                 PurchaseSummary("p3", day(500), "x", "Speed Pedelec", "", 1, 5000.0)]
    measurements = [MeasurementSummary("m1", day(50), "nps", 8, None, "", ""),
                    MeasurementSummary("m2", day(10), "nps", 9, None, "", ""),
                    MeasurementSummary("m3", day(5), "ces", 2.5, None, "", "")]
    cases = [CaseSummary("k1", day(12), None, "Accu kapot", "", "c1", "Jan de Vries", ""),
             CaseSummary("k2", day(90), day(80), "Levering", "recovered", None, "", "")]
    offers = [OfferSummary("o1", "open", "Cargo", day(3), None, 1500.0)]
    return dict(contacts=contacts, touchpoints=touchpoints, purchases=purchases,
                measurements=measurements, cases=cases, offers=offers)


def test_key_figures_from_history(history):
    """Revenue per 12 months, last personal contact, latest scores, open cases and quotes."""
    plan = build_plan(account=account(), as_of=AS_OF, **history)
    f = plan.figures
    assert f.revenue_12m == 10000.0 and f.revenue_prev_12m == 5000.0
    assert f.revenue_change == pytest.approx(1.0)
    assert f.last_personal_contact == day(10) and f.days_since_personal == 10
    assert (f.nps, f.nps_band, f.ces) == (9, "promoter", 2.5)
    assert (f.contacts, f.ambassadors, f.open_cases) == (3, 1, 1)
    assert (f.open_offers, f.open_offer_value) == (1, 1500.0)
    assert f.touchpoints_12m == 4 and f.personal_12m == 3
    assert [p.product for p in plan.top_products] == ["Speed Pedelec", "Cargo"]


def test_contacts_key_people_first_with_personal_contact_only(history):
    """Decision makers and ambassadors lead; an e-mail does not count as speaking (seed 000)."""
    plan = build_plan(account=account(), as_of=AS_OF, **history)
    names = [c.name for c in plan.contacts]
    assert names == ["Jan de Vries", "Els Bakker", "Piet"]
    els = plan.contacts[1]
    assert els.last_personal == day(45) and els.days_personal == 45  # the e-mail of day 20 ignored


def test_months_and_balance(history):
    plan = build_plan(account=account(), as_of=AS_OF, **history)
    assert len(plan.months) == 12 and plan.months[-1].month == dt.date(2026, 6, 1)
    assert sum(m.total for m in plan.months) == 4
    assert plan.balance.count("structural") == 1 and plan.balance.count("social") == 2


def test_cases_open_first_then_recent(history):
    plan = build_plan(account=account(), as_of=AS_OF, **history)
    assert [c.subject for c in plan.cases] == ["Accu kapot", "Levering"]
    assert plan.cases[0].days_open == 12 and plan.cases[1].days_open == 10


def test_suggestions_from_objects_and_dicts(history):
    fake = SimpleNamespace(kind="up-sell", expected_value=120.0, score=0.4,
                           product_label=lambda lang: "Cargo Pro", because=lambda lang: f"reden {lang}")
    as_dict = {"kind": "cross-sell", "product": "Slot", "because": "omdat", "expected_value": 40, "score": .2}
    plan = build_plan(account=account(), as_of=AS_OF, lang="en", suggestions=[fake, as_dict], **history)
    assert plan.suggestions == [PlanSuggestion("up-sell", "Cargo Pro", "reden en", 120.0, 0.4),
                                PlanSuggestion("cross-sell", "Slot", "omdat", 40.0, 0.2)]


def test_attention_from_engine_item_and_json():
    """The engine's item (duck-typed) and its --json dict both flatten to the same fields."""
    severity = SimpleNamespace(label="high")
    reason = SimpleNamespace(rule="cadence", severity=severity, text=lambda lang: f"te stil ({lang})")
    person = SimpleNamespace(name="Jan de Vries", role=SimpleNamespace(value="decision_maker"))
    action = SimpleNamespace(kind=SimpleNamespace(value="visit"), contact=person, due=None,
                             text=lambda lang: "Plan een bezoek met Jan de Vries")
    item = SimpleNamespace(severity=severity, reasons=[reason], next_action=action, value_at_stake=5000.0,
                           priority=10.0, days_since_personal_contact=60, cadence_days=30,
                           health=SimpleNamespace(score=42, band="red", trend=-8, direction="down"))
    att = attention_from_item(item, "nl")
    assert (att.health, att.band, att.severity, att.trend, att.direction) == (42, "red", "high", -8, "down")
    assert att.reasons == (PlanReason("cadence", "high", "te stil (nl)"),)
    assert (att.next_action_kind, att.next_action_contact, att.next_action_role) == (
        "visit", "Jan de Vries", "decision_maker")
    from_json = attention_from_item({"health": 42, "health_band": "red", "severity": "high",
                                     "reasons": [{"rule": "cadence", "text": "x"}], "next_action": "y",
                                     "value_at_stake": 5000}, "nl")
    assert (from_json.health, from_json.band, from_json.value_at_stake) == (42, "red", 5000.0)
    assert attention_from_item(None) is None


def attention(**kw) -> PlanAttention:
    base = dict(health=40, band="red", severity="high",
                reasons=(PlanReason("cadence", "high", "Laatste persoonlijke contact 60 dagen geleden"),),
                next_action="Plan een bezoek met Jan de Vries", next_action_kind="visit",
                next_action_contact="Jan de Vries", next_action_role="decision_maker",
                value_at_stake=10000.0, priority=30000.0, cadence_days=30)
    base.update(kw)
    return PlanAttention(**base)


def test_action_plan_engine_first_then_cadence_grouped(history):
    """The engine's step is dated by severity; key people due together share one visit."""
    plan = build_plan(account=account(), as_of=AS_OF, attention=attention(), cadence_days=30, **history)
    engine = [a for a in plan.actions if a.source == "attention"]
    assert [(a.kind, a.contact, a.due) for a in engine] == [("visit", "Jan de Vries", AS_OF + dt.timedelta(days=7))]
    assert engine[0].why.startswith("Laatste persoonlijke contact")
    assert [a.due for a in plan.actions] == sorted(a.due for a in plan.actions)
    cadence = [a for a in plan.actions if a.source == "cadence"]
    assert cadence and all(a.due >= AS_OF for a in cadence)
    els = [a for a in cadence if "Els Bakker" in a.names()]
    assert els[0].overdue and els[0].due == AS_OF  # spoken 45 days ago, cadence 30
    assert all(a.due <= AS_OF + dt.timedelta(days=91) for a in plan.actions)


def test_follow_ups_planned_and_overdue(history):
    history["touchpoints"] += [tp(3, "quote", ["c1"], follow=AS_OF + dt.timedelta(days=5), note="Offerte <b>"),
                               tp(30, "visit", ["c2"], follow=day(25)),  # kept: a touchpoint came after
                               tp(15, "lunch", ["c3"], follow=day(2))]  # not kept yet
    plan = build_plan(account=account(), as_of=AS_OF, **history)
    follow = {a.due: a for a in plan.actions if a.source == "follow_up"}
    planned = follow[AS_OF + dt.timedelta(days=5)]
    assert planned.kind == "call" and planned.note == "Offerte <b>" and not planned.overdue
    overdue = follow[AS_OF]
    assert overdue.overdue and overdue.kind == "lunch" and overdue.contact == "Piet"
    assert len(follow) == 2


def test_no_contacts_no_history_still_a_plan():
    """An empty account gets a sensible plan: zero figures and one step (find the people)."""
    plan = build_plan(account=account(goals="", notes=""), as_of=AS_OF)
    assert plan.figures.revenue_12m == 0 and plan.figures.last_personal_contact is None
    assert plan.figures.revenue_change is None
    assert plan.contacts == [] and plan.cases == [] and plan.suggestions == []
    assert [a.source for a in plan.actions] == ["contacts"]
    assert plan.account.cadence_days == 30  # the A tier's default


def test_social_step_when_attention_is_rational(history):
    history["touchpoints"] = [tp(n, "email", ["c1"]) for n in (5, 40, 80)] + [tp(60, "visit", ["c1"])]
    plan = build_plan(account=account(), as_of=AS_OF, lang="en", **history)
    lunch = [a for a in plan.actions if a.source == "binding"]
    assert lunch and lunch[0].kind == "lunch" and "25%" in lunch[0].why


def _plan(name, owner, team, tier, severity, band, value, revenue, suggestions=()):
    acc = account(id=name, name=name, owner_name=owner, team=team, tier=Tier(tier))
    att = attention(severity=severity, band=band, value_at_stake=value, priority=value) if severity else None
    return build_plan(account=acc, as_of=AS_OF, attention=att, suggestions=list(suggestions),
                      purchases=[PurchaseSummary("p", day(10), "x", "X", "", 1, revenue)])


def test_review_summary_per_owner_and_team():
    s = {"kind": "up-sell", "product": "Cargo", "because": "b", "expected_value": 900, "score": .5}
    plans = [
        _plan("Alfa", "Anna", "Noord", "A", "critical", "red", 5000, 5000, [s]),
        _plan("Beta", "Anna", "Noord", "B", "ok", "green", 3000, 3000),
        _plan("Gamma", "Bert", "Zuid", "A", "low", "amber", 2000, 2000),
        _plan("Delta", "Bert", "Zuid", "A", "medium", "amber", 1000, 1000,
              [{**s, "product": "Slot", "expected_value": 50}]),
        _plan("Eps", "Bert", "Zuid", "C", "", "", 0, 700),
    ]
    review = build_review(plans, as_of=AS_OF, lang="nl")
    anna, bert = review.owners
    assert (anna.name, anna.accounts, anna.red, anna.green, anna.neglected_a) == ("Anna", 2, 1, 1, 1)
    assert anna.value_at_stake == 5000  # only the flagged (medium or worse) account
    assert (bert.accounts, bert.amber, bert.unscored, bert.neglected_a, bert.value_at_stake) == (3, 2, 1, 1, 1000)
    assert [t.name for t in review.teams] == ["Noord", "Zuid"]
    assert review.total.accounts == 5 and review.total.revenue_12m == 11700
    assert [n.name for n in review.neglected] == ["Alfa", "Delta"]
    assert [(t.account, t.product) for t in review.top_suggestions] == [("Alfa", "Cargo"), ("Delta", "Slot")]
    assert [p.account.name for p in review.plans][:2] == ["Alfa", "Beta"]  # team, owner, priority


@pytest.mark.parametrize("filters, ok", [
    (ReviewFilters(owner="anna"), True), (ReviewFilters(owner="Bert"), False),
    (ReviewFilters(team="NOORD", tier="a"), True), (ReviewFilters(severity="high"), True),
    (ReviewFilters(severity="critical"), False), (ReviewFilters(region="Zuid"), False),
])
def test_review_filters(filters, ok):
    assert filters.matches(owner="Anna", team="Noord", region="Noord", tier="A", severity="high") is ok


def test_review_filters_refuse_nonsense():
    with pytest.raises(ValueError):
        ReviewFilters(severity="urgent")
    with pytest.raises(ValueError):
        ReviewFilters(tier="D")


@pytest.mark.parametrize("name, expected", [
    ("Fietsen & Co. B.V. (Zwolle)", "fietsen-co-b-v-zwolle"),
    ("Café Ëindhoven/Noord", "cafe-eindhoven-noord"),
    ("CON", "con-account"), ("???", "account"), ("x" * 200, "x" * 60),
])
def test_slug(name, expected):
    assert slug(name) == expected


def test_unique_filenames_for_twins():
    taken: set[str] = set()
    assert unique_filename("Bos", taken) == "bos.pdf"
    assert unique_filename("BOS", taken, tie="a1b2") == "bos-a1b2.pdf"
    assert unique_filename("bos", taken) == "bos-2.pdf"


def test_severity_filter_waits_for_the_verdict():
    """Before the engine has run, a severity filter lets an account through; unscored fails it."""
    f = ReviewFilters(severity="high")
    assert f.matches(owner="A", team="", region="", tier="A")
    assert not f.matches(owner="A", team="", region="", tier="A", severity="")


def test_cadence_round_on_the_engines_day_joins_that_visit(history):
    """Els is due the day the engine plans its visit with Jan: one meeting, both names."""
    plan = build_plan(account=account(), as_of=AS_OF, attention=attention(cadence_days=52), cadence_days=52,
                      **history)
    visits = [a for a in plan.actions if a.due == AS_OF + dt.timedelta(days=7)]
    assert len(visits) == 1 and visits[0].source == "attention"
    assert visits[0].names() == {"Jan de Vries", "Els Bakker"}
