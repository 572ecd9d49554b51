"""Record writes: validated, atomic, soft-deleted, and announced per account."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.validation import ValidationError
from relbeheer.services import Services


@pytest.fixture
def svc():
    s = Services.open(":memory:")
    yield s
    s.close()


@pytest.fixture
def account(svc):
    return svc.records.save_account({"name": "Fietsen Jansen", "tier": "A", "kind": "dealer"})


def test_invalid_contact_writes_nothing(svc, account):
    with pytest.raises(ValidationError) as info:
        svc.records.save_contact({"account_id": account, "name": "", "role": "boss"})
    assert set(info.value.errors) == {"name", "role"}
    assert svc.records.contacts(account) == []


def test_touchpoint_with_contacts_and_derived_channel(svc, account):
    jan = svc.records.save_contact({"account_id": account, "name": "Jan", "role": "decision_maker"})
    tp = svc.records.save_touchpoint(
        {"account_id": account, "kind": "lunch", "date": dt.date(2026, 11, 2), "note": "Goed gesprek"},
        contact_ids=[jan, jan],
    )
    [row] = svc.records.touchpoints(account)
    assert (row.id, row.channel, row.binding, row.contacts) == (tp, "personal", "social", "Jan")
    [contact] = svc.records.contacts(account)
    assert contact.last_contact == dt.date(2026, 11, 2)


def test_caller_cannot_override_channel(svc, account):
    svc.records.save_touchpoint({"account_id": account, "kind": "newsletter", "date": "2026-11-01",
                                 "channel": "personal", "binding": "structural"})
    [row] = svc.records.touchpoints(account)
    assert (row.channel, row.binding) == ("digital", "rational")


def test_edit_keeps_unmentioned_fields(svc, account):
    svc.records.save_account({"goals": "Twee trainingen in 2027"}, account_id=account)
    acc = svc.records.account(account)
    assert (acc.name, acc.goals) == ("Fietsen Jansen", "Twee trainingen in 2027")


def test_soft_delete_hides_but_keeps_the_row(svc, account):
    cid = svc.records.save_contact({"account_id": account, "name": "Els", "role": "user"})
    svc.records.delete("contacts", cid)
    assert svc.records.contacts(account) == []
    assert svc.db.execute("SELECT deleted_at IS NOT NULL FROM contacts WHERE id = ?", [cid]).fetchone()[0]


def test_listeners_hear_which_account_changed(svc, account):
    heard = []
    svc.records.on_account_changed(heard.append)
    svc.records.save_measurement({"account_id": account, "kind": "nps", "score": 8, "date": "2026-10-01"})
    svc.records.save_case({"account_id": account, "subject": "Kapotte accu", "opened_on": "2026-10-02"})
    assert heard == [account, account]


def test_a_form_save_keeps_a_current_attention_summary_current(svc, account):
    """Saving through a form accounts for itself: no full recomputation afterwards."""
    import datetime as dt

    svc.attention.refresh()
    assert svc.attention.summary_is_current()
    jan = svc.records.save_contact({"account_id": account, "name": "Jan", "role": "decision_maker"})
    svc.records.save_touchpoint({"account_id": account, "kind": "visit", "date": dt.date.today()}, [jan])
    assert svc.attention.summary_is_current()
    [row] = svc.attention.summary([account])
    assert row["days_since_personal"] == 0
