"""``relbeheer attention`` and ``relbeheer health``: fields, languages, filters, refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from relbeheer.cli import main
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services

TODAY = dt.date.today()
FIELDS = {"account_id", "account", "owner", "severity", "health", "trend", "reasons",
          "next_action", "value_at_stake", "days_since_personal_contact"}


def _add(db, table, **values):
    now = utc_now()
    values.setdefault("id", new_id())
    db[table].insert({**values, "created_at": now, "updated_at": now})
    return values["id"]


@pytest.fixture
def portfolio(db_path):
    """Two accounts of Eva: one overdue (with a complaint), one visited last week."""
    svc = Services.open(db_path, daily_backup=False)
    db = svc.db
    owner = _add(db, "owners", name="Eva de Boer", team="Noord", region="Groningen")
    late = _add(db, "accounts", name="Fietsen Jansen", tier="B", owner_id=owner,
                external_ref="K-1")
    fine = _add(db, "accounts", name="Tweewieler Noord", tier="B", owner_id=owner)
    dm = _add(db, "contacts", account_id=late, name="Jan de Vries", role="decision_maker")
    svc.attention.log_touchpoint(late, "visit", TODAY - dt.timedelta(days=100), [dm])
    svc.attention.log_touchpoint(fine, "visit", TODAY - dt.timedelta(days=7))
    _add(db, "service_cases", account_id=late, subject="Levering te laat",
         opened_on=(TODAY - dt.timedelta(days=12)).isoformat())
    svc.close()
    return str(db_path)


def run_json(capsys, *args):
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_attention_json_has_the_issue_fields(portfolio, capsys):
    """Each item carries the fields issue 3 lists; only the flagged account appears."""
    items = run_json(capsys, "--db", portfolio, "attention", "--json")
    assert [i["account"] for i in items] == ["Fietsen Jansen"]
    assert FIELDS <= items[0].keys()
    assert items[0]["severity"] == "critical" and items[0]["days_since_personal_contact"] == 100
    assert {r["rule"] for r in items[0]["reasons"]} >= {"open_complaint", "cadence"}


def test_attention_speaks_both_languages(portfolio, capsys):
    """--lang en gives English sentences, the default Dutch."""
    nl = run_json(capsys, "--db", portfolio, "attention", "--json")[0]
    en = run_json(capsys, "--db", portfolio, "attention", "--json", "--lang", "en")[0]
    assert nl["next_action"].startswith("Bel Jan de Vries (beslisser) over de klacht")
    assert en["next_action"].startswith("Call Jan de Vries (decision maker) about the complaint")
    assert "Laatste persoonlijke contact 100 dagen geleden" in [r["text"][:46]
                                                              for r in nl["reasons"]]


def test_attention_as_of_a_past_day(portfolio, capsys):
    """--as-of 95 days ago: Jansen's visit was fresh and the complaint did not exist yet;
    Noord had no contact at all yet."""
    day = (TODAY - dt.timedelta(days=95)).isoformat()
    items = run_json(capsys, "--db", portfolio, "attention", "--as-of", day, "--json")
    assert [i["account"] for i in items] == ["Tweewieler Noord"]
    assert items[0]["reasons"][0]["text"] == "Nog geen persoonlijk contact vastgelegd"


def test_attention_text_output_with_filters_and_limit(portfolio, capsys):
    """The plain list: header, the account, its reasons and the action."""
    assert main(["--db", portfolio, "attention", "--owner", "eva de boer", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "1 van 2 relaties" in out and "Fietsen Jansen" in out and "→ Bel Jan de Vries" in out


def test_unknown_owner_is_a_one_line_error(portfolio, capsys):
    """A name nobody has exits 1 with a message, not an empty list."""
    assert main(["--db", portfolio, "attention", "--team", "Zuid"]) == 1
    assert "team 'Zuid'" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(portfolio):
    """--as-of must be YYYY-MM-DD (argparse exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(["--db", portfolio, "attention", "--as-of", "gisteren"])
    assert info.value.code == 2


def test_health_by_reference_as_json(portfolio, capsys):
    """health K-1 --json: score, components, reasons, action and people."""
    data = run_json(capsys, "--db", portfolio, "health", "K-1", "--json")
    assert data["account"] == "Fietsen Jansen" and 0 <= data["health"] <= 100
    assert set(data["health_components"]) == {"recency", "frequency", "binding", "satisfaction",
                                              "revenue", "service"}
    assert data["contacts"][0]["name"] == "Jan de Vries" and data["contacts"][0]["overdue"]


def test_health_text_and_unknown_account(portfolio, capsys):
    """The plain view names the account; an unknown one is a one-line error."""
    assert main(["--db", portfolio, "health", "fietsen jansen", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Fietsen Jansen (B)" in out and "Next action: Call Jan de Vries" in out
    assert main(["--db", portfolio, "health", "Bestaat Niet"]) == 1
    assert "Bestaat Niet" in capsys.readouterr().err
