"""relbeheer plan / review on the command line: files written, values in them, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from relbeheer.cli import main
from relbeheer.core import formatting as fmt
from relbeheer.reports.words import WORDS
from relbeheer.services import Services
from relbeheer.store.database import open_database
from relbeheer.store.demo import generate_demo

AS_OF = dt.date(2026, 6, 30)


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    db = open_database(path)
    generate_demo(db, scale="XS", seed=42, as_of=AS_OF)
    db.close()
    return path


@pytest.fixture(scope="module")
def facts(demo_db):
    """An account, its owner and its team, read through the services (not hard-coded)."""
    svc = Services(open_database(demo_db), demo_db)
    try:
        rows = sorted(svc.accounts.summaries(AS_OF), key=lambda s: (-s.revenue_12m, s.name))
        top = rows[0]
        owner_count = sum(1 for s in rows if s.owner == top.owner)
        return {"name": top.name, "revenue": top.revenue_12m, "owner": top.owner, "team": top.team,
                "owner_count": owner_count}
    finally:
        svc.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plan_command(demo_db, facts, tmp_path, capsys, lang):
    out = tmp_path / "plan.pdf"
    code = main(["--db", str(demo_db), "plan", facts["name"], "-o", str(out), "--lang", lang,
                 "--as-of", AS_OF.isoformat()])
    assert code == 0
    assert str(out) in capsys.readouterr().out
    text = text_of(out)
    assert facts["name"] in text and fmt.money(facts["revenue"], lang) in text
    assert WORDS[lang]["s_actions"] in text


def test_review_one_pdf_by_owner(demo_db, facts, tmp_path, capsys):
    out = tmp_path / "review.pdf"
    assert main(["--db", str(demo_db), "review", "--owner", facts["owner"], "-o", str(out),
                 "--as-of", AS_OF.isoformat(), "--lang", "en"]) == 0
    assert f"{facts['owner_count']} account plan(s)" in capsys.readouterr().out
    text = text_of(out)
    assert WORDS["en"]["r_summary"] in text and WORDS["en"]["r_toc"] in text and facts["name"] in text


def test_review_split_by_team_and_tier(demo_db, facts, tmp_path):
    folder = tmp_path / "plans"
    assert main(["--db", str(demo_db), "review", "--team", facts["team"], "--tier", "A", "--split",
                 str(folder), "--as-of", AS_OF.isoformat(), "--workers", "2"]) == 0
    files = sorted(p.name for p in folder.glob("*.pdf"))
    assert "00-overzicht.pdf" in files and len(files) >= 2


@pytest.mark.parametrize("argv, message", [
    (["plan", "Bestaat Niet BV", "-o", "x.pdf"], "No account"),
    (["plan", "{name}", "-o", "x.txt"], "must end in .pdf"),
    (["review", "-o", "r.pdf", "--split", "dir"], None),  # argparse: not both
    (["review", "--severity", "urgent", "-o", "r.pdf"], None),
    (["review", "--workers", "0", "-o", "r.pdf"], "--workers"),
])
def test_refusals(demo_db, facts, tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    argv = [a.replace("{name}", facts["name"]) for a in argv]
    if message is None:
        with pytest.raises(SystemExit) as exc:
            main(["--db", str(demo_db), *argv])
        assert exc.value.code == 2
        return
    assert main(["--db", str(demo_db), *argv]) == 1
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.txt"))
