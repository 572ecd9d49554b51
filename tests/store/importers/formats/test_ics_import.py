"""Calendar import: meetings with our contacts become touchpoints of the right kind."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from relbeheer.store.importers.icsimport import import_ics

TODAY = dt.date(2025, 12, 31)


def write(tmp_path, *events):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for uid, extra in events:
        lines += ["BEGIN:VEVENT", f"UID:{uid}", *extra, "END:VEVENT"]
    path = tmp_path / "c.ics"
    path.write_text("\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    return path


def run(db, path):
    return import_ics(db, path, today=TODAY, user_tz=ZoneInfo("Europe/Amsterdam"))


def test_one_touchpoint_per_account_present_with_its_contacts(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, ("m1", ["DTSTART:20250301T090000Z", "SUMMARY:Dealerdag",
                                   "LOCATION:Jaarbeurs", "ATTENDEE:mailto:JAN@jansen.nl",
                                   "ATTENDEE:mailto:sanne@vandam.nl",
                                   "ATTENDEE:mailto:vreemd@elders.nl"]))
    report = run(fresh_db, path)
    assert dict(report.added) == {"touchpoints": 2}
    rows = list(fresh_db.execute(
        "SELECT t.account_id, t.kind, t.note, tc.contact_id FROM touchpoints t "
        "JOIN touchpoint_contacts tc ON tc.touchpoint_id = t.id ORDER BY t.account_id"))
    assert rows == [("a1", "visit", "Dealerdag (Jaarbeurs)", "c1"),
                    ("a2", "visit", "Dealerdag (Jaarbeurs)", "c2")]


def test_skips_with_reasons(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path,
                 ("future", ["DTSTART:20990101T090000Z", "ATTENDEE:mailto:jan@jansen.nl"]),
                 ("cancel", ["DTSTART:20250101T090000Z", "STATUS:CANCELLED",
                             "ATTENDEE:mailto:jan@jansen.nl"]),
                 ("nobody", ["DTSTART:20250101T090000Z", "ATTENDEE:mailto:x@y.nl"]),
                 ("declined", ["DTSTART:20250101T090000Z",
                               "ATTENDEE;PARTSTAT=DECLINED:mailto:jan@jansen.nl"]))
    report = run(fresh_db, path)
    assert not report.added
    assert report.skipped == {"meetings still to come": 1, "cancelled meetings": 1,
                              "meetings without a known contact (matched by e-mail)": 2}


def test_a_customer_organiser_counts(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, ("o1", ["DTSTART:20250301T090000Z", "SUMMARY:Bellen",
                                   "ORGANIZER;CN=Sanne:mailto:sanne@vandam.nl"]))
    run(fresh_db, path)
    assert fresh_db.execute("SELECT account_id, kind FROM touchpoints").fetchall() == [
        ("a2", "call")]
