"""The bad-and-awkward corpus (tests/data/import): a correct import or a one-line error.

Every file either imports — and a second run adds nothing — or fails with an
``ImportFileError`` naming the file and the line, with the database file
byte-for-byte as it was (hashed with every connection closed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from relbeheer.store.database import open_database
from relbeheer.store.importers.report import ImportFileError


CORPUS = Path(__file__).resolve().parents[3] / "data" / "import"


def ok(**added):
    return ("ok", added)


def err(line, text):
    return ("error", line, text)


CASES = [
    # CSV the way Dutch users have it
    ("csv/utf8_bom_accounts.csv", "accounts", ok(accounts=1, owners=1)),
    ("csv/utf8_nobom_contacts.csv", "contacts", ok()),  # both people known: updated
    ("csv/cp1252_accounts.csv", "accounts", ok(accounts=2)),
    ("csv/sep_line_touchpoints.csv", "touchpoints", ok(touchpoints=2)),
    ("csv/decimal_comma_purchases.csv", "purchases", ok(products=2, purchases=3)),
    ("csv/ddmmyyyy_touchpoints.csv", "touchpoints", ok(touchpoints=2)),
    ("csv/multiline_notes_touchpoints.csv", "touchpoints", ok(touchpoints=2)),
    ("csv/ragged_rows_contacts.csv", "contacts", ok(contacts=3)),
    ("csv/old_mac_lineendings_accounts.csv", "accounts", ok(accounts=2)),
    ("csv/case_spacing_accounts.csv", "accounts", ok(accounts=1)),
    ("csv/salesforce_accounts.csv", "accounts", ok(accounts=2, owners=2)),
    ("csv/salesforce_contacts.csv", "contacts", ok(accounts=2, contacts=2)),
    ("csv/salesforce_activities.csv", "touchpoints", ok(touchpoints=2, owners=1)),
    ("csv/hubspot_companies.csv", "accounts", ok(accounts=2, owners=1)),
    ("csv/hubspot_contacts.csv", "contacts", ok(accounts=2, contacts=2)),
    ("csv/utf16_contacts.csv", "contacts", ok(contacts=2)),
    ("csv/long_field_touchpoints.csv", "touchpoints", ok(touchpoints=1)),
    ("csv/emoji_rtl_contacts.csv", "contacts", ok(contacts=2)),
    ("csv/excel_serial_purchases.csv", "purchases", ok(products=1, purchases=2)),
    ("csv/lost_zero_phones_contacts.csv", "contacts", ok(contacts=3)),
    ("csv/duplicate_headers_contacts.csv", "contacts", ok(contacts=1)),
    ("csv/future_touchpoints.csv", "touchpoints", ok(touchpoints=1)),
    # CSV that must be refused
    ("csv/empty.csv", "accounts", err(1, "empty file")),
    ("csv/header_only.csv", "accounts", err(2, "no data rows below the header")),
    ("csv/binary_garbage.csv", "accounts", err(2, "not a text CSV file")),
    ("csv/workbook_renamed.csv", "contacts", err(1, "an Excel workbook")),
    ("csv/nul_bytes.csv", "accounts", err(3, "not a text CSV file")),
    ("csv/long_name_accounts.csv", "accounts", err(3, "Too long (at most 200 characters)")),
    ("csv/feb31_touchpoints.csv", "touchpoints",
     err(3, "Datum '31-02-2025' is not a valid date (dd-mm-yyyy)")),
    ("csv/bad_number_purchases.csv", "purchases", err(3, "Aantal 'twee' is not a number")),
    ("csv/unknown_columns.csv", "accounts", err(1, "no column for Account name")),
    ("csv/unquoted_delimiter_contacts.csv", "contacts", err(3, "expected 3 fields, found 4")),
    ("csv/bad_email_contacts.csv", "contacts",
     err(3, "E-mail 'klaas(at)vandam': Not a valid e-mail address.")),
    # vCard
    ("vcard/outlook_21_qp.vcf", "vcard", ok(contacts=1)),
    ("vcard/google_30_many.vcf", "vcard", ok(accounts=1, contacts=2)),
    ("vcard/apple_40.vcf", "vcard", ok(contacts=1)),
    ("vcard/no_fn.vcf", "vcard", ok(contacts=1)),
    ("vcard/no_org.vcf", "vcard", ok()),
    ("vcard/broken_end.vcf", "vcard", err(6, "BEGIN:VCARD has no END:VCARD")),
    ("vcard/not_a_vcard.vcf", "vcard", err(1, "not a property line")),
    # iCalendar
    ("ics/outlook_windows_tz.ics", "ics", ok(touchpoints=1)),
    ("ics/google_utc_meet.ics", "ics", ok(touchpoints=1)),
    ("ics/rrule_exdate.ics", "ics", ok(touchpoints=4)),
    ("ics/no_dtend.ics", "ics", ok(touchpoints=1)),
    ("ics/recurrence_override.ics", "ics", ok(touchpoints=2)),
    ("ics/label_vtimezone.ics", "ics", ok(touchpoints=1)),
    ("ics/bad_dtstart.ics", "ics", err(6, "DTSTART 'volgende week' is not a date")),
    ("ics/no_dtstart.ics", "ics", err(4, "VEVENT without DTSTART")),
    ("ics/unbalanced.ics", "ics", err(6, "END:VCALENDAR where END:VEVENT was expected")),
]


def test_corpus_is_complete():
    """Every corpus file has a case, and there are at least 30 of them."""
    files = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*")
             if p.is_file() and p.suffix != ".py"}
    assert files == {c[0] for c in CASES}
    assert len(files) >= 30


@pytest.fixture
def seeded_file(db_file, seed):
    db = open_database(db_file)
    seed(db)
    db.close()
    return db_file


@pytest.mark.parametrize(("name", "kind", "expect"), CASES, ids=[c[0] for c in CASES])
def test_corpus_file(seeded_file, file_state, run_import, name, kind, expect):
    path = CORPUS / name
    before = file_state(seeded_file)
    db = open_database(seeded_file)
    try:
        if expect[0] == "error":
            _, line, text = expect
            with pytest.raises(ImportFileError) as info:
                run_import(db, path, kind)
            message = str(info.value)
            assert message.startswith(f"{path}:{line}: "), message
            assert text in message
            assert "\n" not in message
            assert not db.conn.in_transaction
        else:
            report = run_import(db, path, kind)
            assert dict(report.added) == expect[1]
            again = run_import(db, path, kind)
            assert sum(again.added.values()) == 0 and sum(again.updated.values()) == 0
    finally:
        db.close()
    if expect[0] == "error":
        assert file_state(seeded_file) == before
