"""Touchpoints from CSV: kinds from words, contacts linked, doubles and the future skipped."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.report import ImportFileError

TODAY = dt.date(2025, 12, 31)


def write(tmp_path, text, name="tp.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kinds_channels_contacts_and_owner(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Relatie;Datum;Soort;Onderwerp;Notitie;Contactpersonen;Medewerker;"
                           "Stemming;Opvolgen op\n"
                           "Fietsen Jansen B.V.;03-03-2025;Meeting;Jaargesprek;Goed;"
                           "\"jan@jansen.nl; Onbekend\";Anna;positief;01-04-2025\n"
                           "Van Dam Tweewielers;04-03-2025;;Bellen over levering;;"
                           "Sanne de Wit;Anna;;\n")
    report = import_csv(fresh_db, path, "touchpoints", today=TODAY)
    assert dict(report.added) == {"touchpoints": 2, "owners": 1}
    assert report.notes == {"people named in touchpoints but not known (left out)": 1}
    rows = list(fresh_db.query(
        "SELECT t.kind, t.channel, t.binding, t.note, t.sentiment, t.follow_up_on, "
        "group_concat(tc.contact_id) AS who FROM touchpoints t LEFT JOIN touchpoint_contacts tc "
        "ON tc.touchpoint_id = t.id GROUP BY t.id ORDER BY t.date"))
    assert rows[0] == {"kind": "visit", "channel": "personal", "binding": "social",
                       "note": "Jaargesprek\nGoed", "sentiment": 1,
                       "follow_up_on": "2025-04-01", "who": "c1"}
    assert (rows[1]["kind"], rows[1]["who"]) == ("call", "c2")  # kind from the subject


def test_notes_tasks_future_and_no_kind_are_skipped(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Relatie;Datum;Soort;Onderwerp\n"
                           "Fietsen Jansen B.V.;01-03-2025;Note;x\n"
                           "Fietsen Jansen B.V.;01-03-2099;Bezoek;y\n"
                           "Fietsen Jansen B.V.;01-03-2025;;Prijzen\n"
                           "Fietsen Jansen B.V.;;Bezoek;z\n")
    report = import_csv(fresh_db, path, "touchpoints", today=TODAY)
    assert not report.added
    assert report.skipped == {"notes and tasks (not a moment of contact)": 1,
                              "touchpoints dated in the future": 1,
                              "touchpoints without a kind": 1, "touchpoints without a date": 1}


def test_a_follow_up_before_the_date_is_the_forms_error(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Relatie;Datum;Soort;Opvolgen op\n"
                           "Fietsen Jansen B.V.;10-03-2025;Bezoek;01-03-2025\n")
    with pytest.raises(ImportFileError, match=r"tp.csv:2: Opvolgen op '2025-03-01': "
                                              r"Lies before 2025-03-10"):
        import_csv(fresh_db, path, "touchpoints", today=TODAY)


def test_unknown_kind_is_an_error_naming_ours(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Relatie;Datum;Soort\nFietsen Jansen B.V.;10-03-2025;Fax\n")
    with pytest.raises(ImportFileError, match="Soort 'Fax' is not a kind of touchpoint"):
        import_csv(fresh_db, path, "touchpoints", today=TODAY)


def test_reference_or_same_moment_counts_as_already_there(fresh_db, tmp_path, seed):
    seed(fresh_db)
    first = write(tmp_path, "Relatie;Datum;Soort;Notitie;Id\n"
                            "Fietsen Jansen B.V.;10-03-2025;Bezoek;a;T1\n")
    import_csv(fresh_db, first, "touchpoints", today=TODAY)
    second = write(tmp_path, "Relatie;Datum;Soort;Notitie;Id\n"
                             "Fietsen Jansen B.V.;11-03-2025;Bezoek;b;T1\n"
                             "FIETSEN JANSEN B.V.;10-03-2025;Bezoek;a;\n"
                             "Fietsen Jansen B.V.;10-03-2025;Bezoek;c;\n", "b.csv")
    report = import_csv(fresh_db, second, "touchpoints", today=TODAY)
    assert dict(report.added) == {"touchpoints": 1}
    assert report.skipped == {"touchpoints already present": 2}
