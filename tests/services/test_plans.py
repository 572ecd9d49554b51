"""PlansService on a demo database and on the Maven import: real values in the PDFs, batches, cancel."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import pytest
from pypdf import PdfReader

from relbeheer.core import formatting as fmt
from relbeheer.core.account_figures import revenue_in_window
from relbeheer.core.review import ReviewFilters
from relbeheer.reports.words import WORDS
from relbeheer.services import Services, plan_batch
from relbeheer.services.plan_batch import PlanJob
from relbeheer.store.database import open_database
from relbeheer.store.demo import generate_demo

AS_OF = dt.date(2026, 6, 30)


def text_of(path) -> str:
    reader = PdfReader(str(path)) if not isinstance(path, bytes) else PdfReader(io.BytesIO(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """An XS demo portfolio in a file (batch workers open it themselves)."""
    path = tmp_path_factory.mktemp("plans") / "demo.db"
    db = open_database(path)
    generate_demo(db, scale="XS", seed=42, as_of=AS_OF)
    db.close()
    svc = Services(open_database(path), path)
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def big_account(demo):
    """The A-account with the most contacts: every section of its plan has content."""
    rows = demo.db.execute(
        "SELECT a.id FROM accounts a JOIN contacts c ON c.account_id = a.id WHERE a.tier = 'A' "
        "GROUP BY a.id ORDER BY count(c.id) DESC, a.name LIMIT 1").fetchone()
    return demo.accounts.find(rows[0])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plan_of_a_demo_account_prints_its_real_values(demo, big_account, tmp_path, lang):
    target = tmp_path / f"plan-{lang}.pdf"
    demo.plans.write_plan(big_account.id, target, lang=lang, as_of=AS_OF)
    text = text_of(target)
    w = WORDS[lang]
    for key in ("s_figures", "s_contacts", "s_attention", "s_balance", "s_risks", "s_suggestions",
                "s_actions", "s_goals"):
        assert w[key] in text, key
    records = demo.records
    revenue = revenue_in_window(records.purchases(big_account.id), AS_OF)
    assert revenue > 0 and fmt.money(revenue, lang) in text
    for person in records.contacts(big_account.id):
        assert person.name in text
    first = demo.suggestions.suggestions(big_account.id, limit=6)[0]
    assert first.product_label(lang) in text
    assert fmt.money(first.expected_value, lang) in text
    item = demo.attention.for_account(big_account.id, AS_OF)
    assert str(item.health.score) in text
    for reason in item.reasons:
        assert " ".join(reason.text(lang).split()) in text
    assert big_account.owner_name in text and fmt.long_date(AS_OF, lang) in text
    assert not list(tmp_path.glob(".*.part"))  # written under a temporary name, then renamed


def test_plan_data_matches_the_account_page(demo, big_account):
    plan = demo.plans.plan(big_account.id, lang="en", as_of=AS_OF)
    assert plan.account.name == big_account.name and plan.attention is not None
    assert plan.attention.health == demo.attention.for_account(big_account.id, AS_OF).health.score
    assert plan.figures.contacts == len(demo.records.contacts(big_account.id))
    assert plan.actions and all(a.due >= AS_OF for a in plan.actions)


def _owner_with_most(demo) -> str:
    counts = Counter(s.owner for s in demo.accounts.summaries(AS_OF))
    return counts.most_common(1)[0][0]


def test_split_review_one_safe_file_per_account_in_parallel(demo, tmp_path):
    owner = _owner_with_most(demo)
    selected = demo.plans.select(ReviewFilters(owner=owner), as_of=AS_OF)
    assert len(selected) >= 12  # enough for the process pool (PARALLEL_FROM)
    result = demo.plans.write_split(ReviewFilters(owner=owner), tmp_path / "out", lang="nl", as_of=AS_OF,
                                    workers=2)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(result.files) == len(selected) and len(files) == len(selected) + 1
    assert result.summary.name == "00-overzicht.pdf"
    assert all(name.replace("-", "").replace(".", "").isalnum() for name in files)
    names = {name for _, name, _ in selected}
    for path in result.files[:5]:
        first_page = PdfReader(str(path)).pages[0].extract_text()
        assert any(name in first_page for name in names)
    summary = text_of(result.summary)
    assert owner in summary and WORDS["nl"]["r_by_owner"] in summary
    assert fmt.number(len(selected), "nl") in summary


def test_parallel_and_in_process_give_the_same_plans(demo):
    jobs = [PlanJob(aid, name, att) for aid, name, att in demo.plans.select(ReviewFilters(tier="A"),
                                                                            as_of=AS_OF)[:6]]
    engine = demo.suggestions.prepare()
    here = plan_batch.run_in_process(demo.db, jobs, engine=engine, lang="en", as_of=AS_OF)
    there = plan_batch.run_parallel(demo.path, jobs, engine=engine, lang="en", as_of=AS_OF, workers=2)
    assert there == here


def test_cancel_stops_the_batch(demo, tmp_path):
    """The UI's Cancel raises from the progress callback: the batch stops and says so."""
    seen = []

    def progress(done, total, what):
        seen.append(done)
        if done == 3:
            raise KeyboardInterrupt("cancel")

    owner = _owner_with_most(demo)
    with pytest.raises(KeyboardInterrupt):
        demo.plans.write_split(ReviewFilters(owner=owner), tmp_path / "cut", as_of=AS_OF, workers=2,
                               progress=progress)
    written = list((tmp_path / "cut").glob("*.pdf"))
    total = len(demo.plans.select(ReviewFilters(owner=owner), as_of=AS_OF))
    assert seen[-1] == 3 and len(written) < total
    assert not (tmp_path / "cut" / "00-overzicht.pdf").exists()


def test_one_pdf_review_with_filters(demo, tmp_path):
    filters = ReviewFilters(tier="A", severity="medium")
    target = tmp_path / "review.pdf"
    review = demo.plans.write_review(filters, target, lang="en", as_of=AS_OF)
    assert review.plans and all(p.account.tier == "A" for p in review.plans)
    assert all(p.attention.severity in ("medium", "high", "critical") for p in review.plans)
    assert review.total.neglected_a == len(review.plans)
    text = text_of(target)
    assert WORDS["en"]["r_toc"] in text and review.plans[0].account.name in text
    assert fmt.money(review.total.value_at_stake, "en") in text


def test_review_of_nobody_is_a_summary_saying_so(demo, tmp_path):
    review = demo.plans.write_review(ReviewFilters(owner="Niemand"), tmp_path / "none.pdf", as_of=AS_OF)
    assert review.total.accounts == 0
    assert WORDS["nl"]["r_empty"] in text_of(tmp_path / "none.pdf")


def test_maven_account_plan(shared_data, tmp_path):
    """The real CRM export: Acme Corporation as of the end of its history, no contacts recorded."""
    from relbeheer.store.importers.maven import import_maven

    svc = Services(open_database(tmp_path / "maven.db"), tmp_path / "maven.db")
    try:
        import_maven(svc.db, shared_data("maven-crm"))
        as_of = dt.date(2017, 12, 31)
        acme = svc.accounts.find("Acme Corporation")
        for lang in ("nl", "en"):
            target = tmp_path / f"acme-{lang}.pdf"
            svc.plans.write_plan("Acme Corporation", target, lang=lang, as_of=as_of)
            text = text_of(target)
            revenue = revenue_in_window(svc.records.purchases(acme.id), as_of)
            assert revenue > 0 and fmt.money(revenue, lang) in text
            assert "Acme Corporation" in text and acme.owner_name in text
            assert " ".join(WORDS[lang]["no_contacts"].split()) in text
            products = {p.product for p in svc.records.purchases(acme.id)}
            assert any(p in text for p in products)
    finally:
        svc.close()
