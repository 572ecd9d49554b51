"""svc.exchange.preview_vcard / preview_ics: what the import would do, with nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relbeheer.services import Services
from relbeheer.services.exchange import ImportFileError

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TODAY = dt.date(2025, 12, 31)
UTC = dt.timezone.utc


@pytest.fixture
def svc(db_path):
    services = Services.open(db_path)
    with services.db.atomic():
        services.db.execute(
            "INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES "
            "('a1', 'Fietsen Jansen B.V.', 'A', '2024', '2024'), "
            "('a2', 'Van Dam Tweewielers', 'B', '2024', '2024')")
        services.db.execute(
            "INSERT INTO contacts (id, account_id, name, email, role, created_at, updated_at) "
            "VALUES ('c1', 'a1', 'Jan van der Berg', 'jan@jansen.nl', 'user', '2024', '2024')")
    yield services
    services.close()


def changes(svc) -> int:
    return svc.db.conn.total_changes


def test_vcard_preview_matches_accounts_and_writes_nothing(svc):
    before = changes(svc)
    preview = svc.exchange.preview_vcard(DATA / "vcard" / "google_30_many.vcf")
    assert changes(svc) == before and not svc.db.conn.in_transaction
    rows = {r.name: r for r in preview.rows}
    assert rows["Anouk de Vries"].account == "Van Dam Tweewielers"
    assert not rows["Anouk de Vries"].account_new
    assert rows["Daan Peters"].account_new and rows["Daan Peters"].outcome == "new"
    assert (preview.new_records, preview.new_accounts) == (2, 1)
    assert svc.db.execute("SELECT count(*) FROM accounts").fetchone() == (2,)


def test_vcard_preview_agrees_with_the_import(svc):
    path = DATA / "vcard" / "no_fn.vcf"
    preview = svc.exchange.preview_vcard(path)
    report = svc.exchange.import_vcard(path)
    assert preview.report.skipped == report.skipped and dict(report.added) == {"contacts": 1}
    assert preview.counts["no_name"] == 1
    # Read again: everything is there now.
    again = svc.exchange.preview_vcard(path)
    assert [r.outcome for r in again.rows] == ["contacts already present (unchanged)",
                                               "vCards without a name (FN or N)"]


def test_cards_without_org_are_counted(svc):
    preview = svc.exchange.preview_vcard(DATA / "vcard" / "no_org.vcf")
    assert preview.counts["no_organisation"] == 1 and preview.rows[0].account == ""


@pytest.mark.parametrize("name", ["broken_end.vcf", "not_a_vcard.vcf"])
def test_a_bad_vcard_names_file_and_line(svc, name):
    with pytest.raises(ImportFileError) as info:
        svc.exchange.preview_vcard(DATA / "vcard" / name)
    assert info.value.path.name == name and info.value.line is not None


def test_ics_preview_finds_the_account_through_the_attendees(svc):
    before = changes(svc)
    preview = svc.exchange.preview_ics(DATA / "ics" / "outlook_windows_tz.ics", today=TODAY,
                                       user_tz=UTC)
    assert changes(svc) == before
    (meeting,) = preview.rows
    assert (meeting.day, meeting.subject, meeting.kind) == (dt.date(2025, 3, 4), "Jaargesprek",
                                                            "visit")
    assert meeting.accounts == ["Fietsen Jansen B.V."] and meeting.outcome == "new"
    assert "Jan van der Berg <jan@jansen.nl>" in meeting.attendees
    assert preview.new_records == 1
    assert svc.db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
    svc.exchange.import_ics(DATA / "ics" / "outlook_windows_tz.ics", today=TODAY, user_tz=UTC)
    again = svc.exchange.preview_ics(DATA / "ics" / "outlook_windows_tz.ics", today=TODAY,
                                     user_tz=UTC)
    assert again.rows[0].outcome == "meetings already imported"


def test_ics_preview_skips_what_the_import_skips(svc):
    preview = svc.exchange.preview_ics(DATA / "ics" / "recurrence_override.ics", today=TODAY,
                                       user_tz=UTC)
    outcomes = {r.outcome for r in preview.rows}
    assert "cancelled meetings" in outcomes and "new" in outcomes


def test_a_bad_calendar_names_file_and_line(svc):
    with pytest.raises(ImportFileError, match=r"bad_dtstart.ics:6: DTSTART"):
        svc.exchange.preview_ics(DATA / "ics" / "bad_dtstart.ics", today=TODAY)


def test_preview_inside_an_open_transaction_leaves_it_open(svc):
    """dry_run uses a savepoint then, and rolls back only its own part."""
    svc.db.execute("BEGIN")
    svc.db.execute("UPDATE accounts SET city = 'Ede' WHERE id = 'a1'")
    svc.exchange.preview_vcard(DATA / "vcard" / "apple_40.vcf")
    assert svc.db.conn.in_transaction
    svc.db.conn.commit()
    assert svc.db.execute("SELECT city FROM accounts WHERE id = 'a1'").fetchone() == ("Ede",)
