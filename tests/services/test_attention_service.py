"""AttentionService: the list, health, and logging a touchpoint that refreshes at once."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core import validation
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services
from relbeheer.services.attention import UnknownFilter

TODAY = dt.date.today()


def add(db, table, **values):
    now = utc_now()
    values.setdefault("id", new_id())
    db[table].insert({**values, "created_at": now, "updated_at": now})
    return values["id"]


@pytest.fixture
def svc(db_path):
    s = Services.open(db_path, daily_backup=False)
    yield s
    s.close()


@pytest.fixture
def neglected(svc):
    """A B-account (cadence 60) last visited 70 days ago, with its decision maker."""
    db = svc.db
    owner = add(db, "owners", name="Eva de Boer", team="Noord", region="Groningen")
    acc = add(db, "accounts", name="Fietsen Jansen", tier="B", owner_id=owner,
              external_ref="K-001")
    dm = add(db, "contacts", account_id=acc, name="Jan de Vries", role="decision_maker")
    svc.attention.log_touchpoint(acc, "visit", TODAY - dt.timedelta(days=70), [dm])
    return acc, dm


def test_a_logged_personal_touchpoint_clears_the_cadence_flag(svc, neglected):
    """Overdue before; after logging today's visit the account is off the list."""
    acc, dm = neglected
    assert [i.account for i in svc.attention.list()] == ["Fietsen Jansen"]
    _, item = svc.attention.log_touchpoint(acc, "visit", contact_ids=[dm])
    assert "cadence" not in [r.rule for r in item.reasons]
    assert svc.attention.list() == []


def test_logging_rewrites_that_accounts_summary_row(svc, neglected):
    """The summary row changes in the same transaction as the touchpoint."""
    acc, dm = neglected
    svc.attention.refresh()
    assert svc.attention.summary([acc])[0]["severity"] == "medium"
    assert svc.attention.summary_is_current()
    svc.attention.log_touchpoint(acc, "call", contact_ids=[dm])
    row = svc.attention.summary([acc])[0]
    assert row["severity"] == "ok" and row["days_since_personal"] == 0
    assert svc.attention.summary_is_current()


def test_an_email_does_not_clear_the_flag(svc, neglected):
    """Digital contact is logged, but the account stays overdue."""
    acc, _ = neglected
    _, item = svc.attention.log_touchpoint(acc, "email")
    assert {"cadence", "digital_drift"} <= {r.rule for r in item.reasons}


def test_a_bad_touchpoint_writes_nothing(svc, neglected):
    """A future date is refused before anything is written."""
    acc, _ = neglected
    before = svc.db.execute("SELECT count(*) FROM touchpoints").fetchone()[0]
    with pytest.raises(validation.ValidationError):
        svc.attention.log_touchpoint(acc, "visit", TODAY + dt.timedelta(days=3))
    assert svc.db.execute("SELECT count(*) FROM touchpoints").fetchone()[0] == before


def test_an_unknown_contact_rolls_the_touchpoint_back(svc, neglected):
    """A link to a person who does not exist fails the whole save (foreign key)."""
    acc, _ = neglected
    before = svc.db.execute("SELECT count(*) FROM touchpoints").fetchone()[0]
    with pytest.raises(Exception):
        svc.attention.log_touchpoint(acc, "visit", contact_ids=["nobody"])
    assert svc.db.execute("SELECT count(*) FROM touchpoints").fetchone()[0] == before


def test_health_by_external_reference_with_the_person_level_view(svc, neglected):
    """health('K-001'): score, reasons, action and each person's cadence."""
    report = svc.attention.health("K-001")
    assert report.item.account == "Fietsen Jansen"
    assert report.item.next_action.text("nl") == "Plan een bezoek met Jan de Vries (beslisser)"
    (person,) = report.contacts
    assert person.days == 70 and person.overdue


def test_filters_select_and_unknown_names_are_errors(svc, neglected):
    """--owner matches case-insensitively; a name nobody has is an error."""
    assert len(svc.attention.list(owner="eva de boer")) == 1
    assert len(svc.attention.list(team="Noord", limit=0)) == 0
    with pytest.raises(UnknownFilter):
        svc.attention.list(owner="Niemand")


def test_a_record_saved_through_the_forms_refreshes_the_summary(svc, neglected):
    """records.save_touchpoint (the full form) keeps the summary row current too."""
    acc, dm = neglected
    svc.attention.refresh()
    svc.records.save_touchpoint({"account_id": acc, "kind": "visit",
                                 "date": TODAY.isoformat()}, [dm])
    assert svc.attention.summary([acc])[0]["severity"] == "ok"


def test_deleting_an_account_drops_its_summary_row(svc, neglected):
    """A soft-deleted account leaves the summary instead of failing the delete."""
    acc, _ = neglected
    svc.attention.refresh()
    svc.records.delete("accounts", acc)
    assert svc.attention.summary([acc]) == []
