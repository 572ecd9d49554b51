"""The CLI for file formats: import csv|vcard|ics, export csv|vcard|ics, duplicates, merge."""

from __future__ import annotations

import hashlib
import json

import pytest

from relbeheer.cli import main


def run(db, *args) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.csv").write_text("sep=;\nNaam;Plaats\nFietsen Jansen B.V.;Utrecht\n"
                                    "FIETSEN  JANSEN b.v.;Ede\n", encoding="cp1252")
    (tmp_path / "c.csv").write_text("Naam,Bedrijf,E-mail\nJan,Fietsen Jansen B.V.,jan@j.nl\n",
                                    encoding="utf-8")
    (tmp_path / "c.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Piet\nORG:FIETSEN JANSEN BV\n"
                                    "EMAIL:piet@j.nl\nEND:VCARD\n", encoding="utf-8")
    (tmp_path / "m.ics").write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\n"
                                    "DTSTART:20250301T090000Z\nSUMMARY:Bezoek\nLOCATION:Utrecht\n"
                                    "ATTENDEE:mailto:jan@j.nl\nEND:VEVENT\nEND:VCALENDAR\n",
                                    encoding="utf-8")
    return tmp_path


def test_imports_then_exports(db_path, files, capsys):
    assert run(db_path, "import", "csv", "accounts", str(files / "a.csv"), "--lang", "en") == 0
    assert "added         1 accounts" in capsys.readouterr().out
    assert run(db_path, "import", "csv", "contacts", str(files / "c.csv"),
               "--delimiter", "comma", "--date-format", "%d-%m-%Y") == 0
    assert run(db_path, "import", "vcard", str(files / "c.vcf")) == 0
    assert run(db_path, "import", "ics", str(files / "m.ics"), "--lang", "en") == 0
    assert "added         1 touchpoints" in capsys.readouterr().out
    assert run(db_path, "export", "csv", "contacts", str(files / "out.csv")) == 0
    assert run(db_path, "export", "vcard", str(files / "out.vcf")) == 0
    assert run(db_path, "export", "ics", str(files / "out.ics"), "--all") == 0
    out = capsys.readouterr().out
    assert "2 contacts written" in out and "0 follow-ups written" in out
    assert (files / "out.csv").read_text(encoding="utf-8-sig").count("\n") == 3


def test_bad_file_one_line_and_database_untouched(db_path, tmp_path, capsys):
    run(db_path, "check")
    bad = tmp_path / "b.csv"
    bad.write_text("Naam;Plaats\nJansen;Utrecht\n" + "X" * 300 + ";Ede\n", encoding="utf-8")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    capsys.readouterr()
    assert run(db_path, "import", "csv", "accounts", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"relbeheer: {bad}:3: Naam 'XXX") and err.count("\n") == 1
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("args", "message"), [
    (["import", "csv", "accounts", "nope.csv", "--lang", "en"], "nope.csv: file not found"),
    (["import", "csv", "accounts", "{a}", "--delimiter", "ab", "--lang", "en"],
     "unusable delimiter"),
    (["import", "csv", "accounts", "{a}", "--date-format", "yyyy", "--lang", "en"],
     "unknown date format"),
    # Dutch by default (core.exchange.error_words)
    (["import", "csv", "accounts", "nope.csv"], "nope.csv: bestand niet gevonden"),
    (["import", "csv", "accounts", "{a}", "--delimiter", "ab"], "onbruikbaar scheidingsteken"),
    (["import", "csv", "accounts", "{a}", "--date-format", "yyyy"], "onbekende datumnotatie"),
    (["merge", "x", "y"], "both records must exist"),
])
def test_usage_errors(db_path, files, capsys, args, message):
    args = [a.replace("{a}", str(files / "a.csv")) for a in args]
    assert run(db_path, *args) == 1
    assert message in capsys.readouterr().err


def test_duplicates_and_merge(db_path, files, capsys):
    run(db_path, "import", "csv", "contacts", str(files / "c.csv"))
    (files / "d.csv").write_text("Naam;Plaats\nFietsen Jansen;Ede\n", encoding="utf-8")
    run(db_path, "import", "csv", "accounts", str(files / "d.csv"))
    capsys.readouterr()
    assert run(db_path, "duplicates", "--json") == 0
    [pair] = json.loads(capsys.readouterr().out)
    assert pair["reason"] == "legal_form"
    assert run(db_path, "merge", pair["keep_id"], pair["drop_id"]) == 0
    run(db_path, "duplicates")
    assert "0 possible duplicates" in capsys.readouterr().out


VCARDS = ("BEGIN:VCARD\nVERSION:3.0\nFN:Piet\nORG:Fietsen Jansen\nEMAIL:piet@j.nl\n"
          "TEL:612345678\nEND:VCARD\n"
          "BEGIN:VCARD\nVERSION:3.0\nFN:Privé\nEMAIL:prive@gmail.com\nEND:VCARD\n")


def test_import_summary_is_dutch_by_default(db_path, tmp_path, capsys):
    """Like ``attention``: Dutch unless --lang en, with the wizard's words for the reasons."""
    path = tmp_path / "adresboek.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    assert run(db_path, "import", "vcard", str(path)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path} geïmporteerd in ") and out[0].endswith(" s")
    assert "  toegevoegd         1 contactpersonen" in out
    assert "  toegevoegd         1 relaties" in out
    assert "  overgeslagen       1 vCards zonder bedrijf (ORG)" in out
    assert "  opmerking          1 telefoonnummers die hun voorloop-0 kwijt waren (hersteld)" in out


def test_import_summary_in_english(db_path, tmp_path, capsys):
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    assert run(db_path, "import", "vcard", str(path), "--lang", "en") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Imported {path} in ")
    assert "  added         1 contacts" in out and "  added         1 accounts" in out
    assert "  skipped       1 vCards without a company (ORG)" in out
    assert "  note          1 phone numbers that had lost their leading 0 (repaired)" in out
    # A second run: everything already there, said in the language asked for.
    assert run(db_path, "import", "vcard", str(path), "--lang", "nl") == 0
    assert "  overgeslagen       1 contactpersonen al aanwezig (ongewijzigd)" in (
        capsys.readouterr().out.splitlines())


@pytest.mark.parametrize(("lang", "words"), [("nl", ("toegevoegd", "relaties")),
                                             ("en", ("added", "accounts"))])
def test_every_import_kind_takes_lang(db_path, files, capsys, lang, words):
    assert run(db_path, "import", "csv", "accounts", str(files / "a.csv"), "--lang", lang) == 0
    out = capsys.readouterr().out
    assert all(word in out for word in words)
    assert run(db_path, "import", "ics", str(files / "m.ics"), "--lang", lang) == 0
