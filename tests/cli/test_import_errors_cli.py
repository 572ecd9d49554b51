"""An import the CLI refuses says why in --lang: Dutch by default, English on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from relbeheer.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def run(db, *args) -> int:
    return main(["--db", str(db), *args])


@pytest.mark.parametrize(("args", "dutch", "english"), [
    (["vcard", "vcard/broken_end.vcf"], ":6: BEGIN:VCARD wordt niet afgesloten met END:VCARD",
     ":6: BEGIN:VCARD has no END:VCARD"),
    (["ics", "ics/no_dtstart.ics"], ":4: afspraak (VEVENT) zonder begintijd (DTSTART)",
     ":4: VEVENT without DTSTART"),
    (["csv", "touchpoints", "csv/feb31_touchpoints.csv"],
     ":3: Datum '31-02-2025' is geen geldige datum (dd-mm-jjjj)",
     ":3: Datum '31-02-2025' is not a valid date (dd-mm-yyyy)"),
    (["csv", "accounts", "csv/workbook_renamed.csv"],
     ":1: een Excel-werkmap of zipbestand (.xlsx; sla het in Excel op als CSV met Opslaan als), "
     "geen CSV-bestand",
     ":1: an Excel workbook or zip file (.xlsx; in Excel use Save As → CSV), not a CSV file"),
])
def test_a_refused_file_is_told_in_the_language_asked(db_path, capsys, args, dutch, english):
    *kinds, name = args
    path = CORPUS / name
    assert run(db_path, "import", *kinds, str(path)) == 1
    err = capsys.readouterr().err
    assert err == f"relbeheer: {path}{dutch}\n"
    assert run(db_path, "import", *kinds, str(path), "--lang", "en") == 1
    assert capsys.readouterr().err == f"relbeheer: {path}{english}\n"


def test_a_missing_maven_folder_file_is_dutch(db_path, tmp_path, capsys):
    assert run(db_path, "import", "maven", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"relbeheer: {tmp_path / 'accounts.csv'}: bestand niet gevonden (een "
                          "Maven CRM-map bevat accounts.csv")
    assert run(db_path, "import", "maven", str(tmp_path / "nergens")) == 1
    assert capsys.readouterr().err == f"relbeheer: {tmp_path / 'nergens'}: geen map\n"
