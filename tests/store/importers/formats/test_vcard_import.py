"""vCard import: placed at the account named by ORG, matched by e-mail, checked like a form."""

from __future__ import annotations

import pytest

from relbeheer.store.importers.report import ImportFileError
from relbeheer.store.importers.vcardimport import import_vcard


def write(tmp_path, *lines, name="c.vcf"):
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_org_finds_the_account_and_email_the_person(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "BEGIN:VCARD", "VERSION:3.0", "FN:Jan v.d. Berg",
                 "ORG:FIETSEN JANSEN B.V.", "EMAIL:Jan@Jansen.nl", "TITLE:Inkoper",
                 "TEL:612345678", "END:VCARD")
    report = import_vcard(fresh_db, path)
    assert dict(report.updated) == {"contacts": 1} and not report.added
    row = next(fresh_db.query("SELECT name, job_title, phone FROM contacts WHERE id = 'c1'"))
    assert row == {"name": "Jan van der Berg", "job_title": "Inkoper", "phone": "0612345678"}


def test_invalid_emails_left_out_and_too_long_names_refused(fresh_db, tmp_path):
    ok = write(tmp_path, "BEGIN:VCARD", "FN:Piet", "ORG:X", "EMAIL:geen-adres",
               "EMAIL:piet@x.nl", "END:VCARD")
    report = import_vcard(fresh_db, ok)
    assert report.notes == {"e-mail addresses that are not valid (left out)": 1}
    assert fresh_db.execute("SELECT email FROM contacts").fetchone() == ("piet@x.nl",)
    bad = write(tmp_path, "BEGIN:VCARD", "FN:Kees", "ORG:X", "END:VCARD",
                "BEGIN:VCARD", "FN:" + "x" * 300, "ORG:X", "END:VCARD", name="b.vcf")
    with pytest.raises(ImportFileError, match=r"b.vcf:5: FN 'x+': Too long"):
        import_vcard(fresh_db, bad)
    assert fresh_db.execute("SELECT count(*) FROM contacts").fetchone() == (1,)


def test_not_a_text_file(fresh_db, tmp_path):
    path = tmp_path / "c.vcf"
    path.write_bytes(b"PK\x03\x04rest")
    with pytest.raises(ImportFileError, match="c.vcf:1: .*not a vCard file"):
        import_vcard(fresh_db, path)
