"""Exports: Excel-safe CSV per table, vCard, and an .ics of planned follow-ups."""

from __future__ import annotations

import csv
import datetime as dt

import icalendar
import pytest

from relbeheer.store import exports
from relbeheer.store.bulk import insert_rows


@pytest.fixture
def db(fresh_db):
    with fresh_db.atomic():
        insert_rows(fresh_db, "accounts", ["id", "name", "tier", "annual_revenue"],
                    [("a1", "=HYPERLINK(\"x\")", "A", 1234.5), ("a2", "Van Dam", "B", None)])
        insert_rows(fresh_db, "contacts", ["id", "account_id", "name", "phone", "email", "role"],
                    [("c1", "a2", "Sanne", "+31 6 1234", "sanne@vandam.nl", "influencer")])
        insert_rows(fresh_db, "touchpoints", ["id", "account_id", "date", "kind", "channel",
                                              "binding", "note", "follow_up_on"],
                    [("t1", "a2", "2026-01-05", "visit", "personal", "social", "@offerte",
                      "2026-02-01"),
                     ("t2", "a2", "2025-01-05", "call", "personal", "social", None,
                      "2025-02-01")])
        insert_rows(fresh_db, "touchpoint_contacts", ["id", "touchpoint_id", "contact_id"],
                    [("l1", "t1", "c1")])
    return fresh_db


def read(path, delimiter=";"):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_csv_is_excel_safe_by_default(db, tmp_path):
    path = tmp_path / "a.csv"
    assert exports.export_csv(db, "accounts", path) == 2
    rows = read(path)
    assert rows[0][:4] == ["Naam relatie", "Referentie", "Soort", "Klantsegment"]
    assert rows[1][0] == "'=HYPERLINK(\"x\")" and rows[1][10] == "1234,5"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    exports.export_csv(db, "accounts", path, excel_safe_mode=False, delimiter=",",
                       decimal=".", lang="en")
    rows = read(path, ",")
    assert rows[0][0] == "Account name" and rows[1][0] == "=HYPERLINK(\"x\")"
    assert rows[1][10] == "1234.5"


def test_csv_labels_and_linked_people(db, tmp_path):
    exports.export_csv(db, "contacts", tmp_path / "c.csv")
    assert read(tmp_path / "c.csv")[1][:6] == ["Van Dam", "Sanne", "", "sanne@vandam.nl",
                                               "'+31 6 1234", "Beïnvloeder"]
    exports.export_csv(db, "touchpoints", tmp_path / "t.csv")
    assert read(tmp_path / "t.csv")[2][:5] == ["Van Dam", "2026-01-05", "Bezoek", "'@offerte",
                                               "Sanne <sanne@vandam.nl>"]


@pytest.mark.parametrize("kind", exports.EXPORT_KINDS)
def test_every_table_exports(db, tmp_path, kind):
    path = tmp_path / f"{kind}.csv"
    count = exports.export_csv(db, kind, path)
    assert len(read(path)) == count + 1


def test_a_failed_export_leaves_no_file(db, tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(exports.os, "replace", boom)
    with pytest.raises(OSError):
        exports.export_csv(db, "accounts", path)
    assert path.read_text(encoding="utf-8") == "old"


def test_ics_holds_planned_follow_ups_only(db, tmp_path):
    path = tmp_path / "f.ics"
    assert exports.export_ics(db, path, today=dt.date(2026, 1, 10)) == 1
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    [event] = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2026, 2, 1)
    assert "Sanne" in str(event["DESCRIPTION"])
    assert exports.export_ics(db, path, today=dt.date(2026, 1, 10), include_past=True) == 2


def test_vcard_export(db, tmp_path):
    path = tmp_path / "c.vcf"
    assert exports.export_vcard(db, path) == 1
    text = path.read_text(encoding="utf-8")
    assert "FN:Sanne" in text and "ORG:Van Dam" in text and "X-RELBEHEER-ROLE:influencer" in text
