"""The PDF writer: sections in both languages, user text printed literally, reviews with contents."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import Account, AccountKind, Tier
from relbeheer.core.plan import build_plan
from relbeheer.core.plan_attention import PlanAttention, PlanReason
from relbeheer.core.review import ReviewFilters, build_review
from relbeheer.core.summaries import ContactSummary, PurchaseSummary, TouchpointSummary
from relbeheer.reports.plan_pdf import plan_pdf_bytes, write_plan
from relbeheer.reports.review_pdf import write_review, write_summary
from relbeheer.reports.theme import esc
from relbeheer.reports.words import WORDS

AS_OF = dt.date(2026, 6, 30)
HOSTILE = '<img src="x"> & <b>'
SECTIONS = ("s_figures", "s_risks", "s_contacts", "s_attention", "s_balance", "s_cases",
            "s_suggestions", "s_actions", "s_goals")


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    """Extraction splits lines where the PDF wraps them; compare without line breaks."""
    return " ".join(text.split())


def make_plan(lang="nl", name="Fietsen Ëlsloo", **kw):
    acc = Account(id="a1", name=name, tier=Tier.A, kind=AccountKind.DEALER, owner_name="Anna de Boer",
                  team="Noord", region="Noord", city="Zwolle", goals=kw.pop("goals", "Omzet +10%"),
                  notes=kw.pop("notes", "Familiebedrijf"))
    contacts = [ContactSummary("c1", "a1", "Jan de Vries", "decision_maker", "Directeur", "", "", "personal",
                               True, None)]
    touchpoints = [TouchpointSummary("t1", "a1", AS_OF - dt.timedelta(days=12), "visit", "personal", "social",
                                     "Jan de Vries", ["c1"], "", None, "", None)]
    purchases = [PurchaseSummary("p1", AS_OF - dt.timedelta(days=40), "x", "Speed Pedelec", "", 3, 12345.0)]
    attention = PlanAttention(
        health=47, band="red", severity="high", trend=-6, direction="down",
        reasons=(PlanReason("cadence", "high", "Laatste persoonlijke contact 12 dagen geleden"),),
        next_action="Plan een bezoek met Jan de Vries (beslisser)", next_action_kind="visit",
        next_action_contact="Jan de Vries", next_action_role="decision_maker", value_at_stake=12345.0,
        priority=1.0, cadence_days=30)
    suggestion = {"kind": "up-sell", "product": "Cargo Pro", "because": "45% van de dealers koopt het",
                  "expected_value": 2500.0, "score": 0.45}
    base = dict(account=acc, as_of=AS_OF, lang=lang, contacts=contacts, touchpoints=touchpoints,
                purchases=purchases, attention=attention, suggestions=[suggestion])
    base.update(kw)
    return build_plan(**base)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plan_has_every_section_and_values(lang):
    plan = make_plan(lang)
    data = plan_pdf_bytes(plan)
    text = squash(pdf_text(data))
    w = WORDS[lang]
    for key in SECTIONS:
        assert w[key] in text, key
    assert "Fietsen Ëlsloo" in text and "Anna de Boer" in text and "Jan de Vries" in text
    assert fmt.money(12345.0, lang) in text  # € 12.345 / €12,345
    assert fmt.money(2500.0, lang) in text and "Cargo Pro" in text
    assert fmt.long_date(AS_OF, lang) in text
    assert w["band_red"] in text and "Laatste persoonlijke contact 12 dagen geleden" in text
    assert w["page"].format(n=1, total=len(PdfReader(io.BytesIO(data)).pages)) in text
    assert 2 <= len(PdfReader(io.BytesIO(data)).pages) <= 4


def test_outline_points_at_the_right_pages():
    data = plan_pdf_bytes(make_plan("en"))
    reader = PdfReader(io.BytesIO(data))
    top, sections = reader.outline[0], reader.outline[1]
    assert top.title == "Fietsen Ëlsloo"
    titles = [s.title for s in sections]
    assert titles == [WORDS["en"][k] for k in SECTIONS]
    pages = [reader.get_destination_page_number(s) for s in sections]
    assert pages == sorted(pages) and pages[-1] > 0


def test_hostile_user_text_prints_literally():
    """A note, goal or name with markup is printed as typed, never parsed."""
    plan = make_plan(name=f"Acme {HOSTILE}", notes=f"Let op: {HOSTILE}", goals=HOSTILE)
    text = squash(pdf_text(plan_pdf_bytes(plan)))
    assert text.count(HOSTILE) >= 3
    assert esc(HOSTILE) == "&lt;img src=&quot;x&quot;&gt; &amp; &lt;b&gt;"


def test_long_notes_flow_over_pages_without_error():
    plan = make_plan(notes="\n".join(f"Regel {i}: " + "lang verhaal " * 12 for i in range(120)))
    data = plan_pdf_bytes(plan)
    assert "Regel 119" in pdf_text(data)


def test_empty_account_gives_a_sensible_plan():
    """No contacts, touchpoints, purchases or verdict: the sections say so instead of being blank."""
    plan = make_plan("en", contacts=[], touchpoints=[], purchases=[], attention=None, suggestions=[],
                     goals="", notes="")
    text = squash(pdf_text(plan_pdf_bytes(plan)))
    w = WORDS["en"]
    for key in ("no_contacts", "no_touchpoints", "no_attention", "no_cases", "no_suggestions",
                "no_products", "not_scored", "none_recorded"):
        assert squash(w[key]) in text, key
    assert "find the decision maker" in text  # the one action: map the people


def test_write_plan_to_a_path(tmp_path):
    target = tmp_path / "plan.pdf"
    write_plan(make_plan(), target)
    assert target.read_bytes().startswith(b"%PDF")


def _review(lang="nl", n=3):
    plans = [make_plan(lang, name=f"Account {i}") for i in range(n)]
    for i, p in enumerate(plans):
        p.account = type(p.account)(**{**p.account.__dict__, "id": f"a{i}",
                                        "owner": "Anna de Boer" if i < 2 else "Bert Smit"})
    return build_review(plans, as_of=AS_OF, lang=lang, filters=ReviewFilters(team="Noord"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_review_summary_contents_and_plans(tmp_path, lang):
    review = _review(lang)
    target = tmp_path / "review.pdf"
    pages = write_review(review, target)
    reader = PdfReader(str(target))
    assert len(reader.pages) == pages
    text = squash("\n".join(p.extract_text() for p in reader.pages))
    w = WORDS[lang]
    for key in ("r_summary", "r_by_owner", "r_neglected_a", "r_top", "r_toc"):
        assert w[key] in text, key
    assert "Anna de Boer" in text and "Bert Smit" in text
    outline_titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert w["r_summary"] in outline_titles and w["r_toc"] in outline_titles
    assert "Anna de Boer · Noord" in outline_titles
    # the contents' page numbers are the pages the plans start on (and the outline agrees)
    starts = [i + 1 for i, page in enumerate(reader.pages)
              if page.extract_text().startswith(w["plan"].upper())]
    contents = reader.pages[1].extract_text()
    assert [int(n) for n in re.findall(r"(?:\.\s+)+(\d+)", contents)] == starts
    accounts = [o for group in reader.outline if isinstance(group, list) for o in group
                if not isinstance(o, list)]
    assert [reader.get_destination_page_number(o) + 1 for o in accounts] == starts


def test_summary_alone_and_empty_selection(tmp_path):
    review = build_review([], as_of=AS_OF, lang="en")
    target = tmp_path / "summary.pdf"
    write_summary(review, target)
    assert WORDS["en"]["r_empty"] in pdf_text(target.read_bytes())
