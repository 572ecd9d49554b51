"""Contacts from CSV: names from parts, accounts found or made, matched by e-mail."""

from __future__ import annotations

from relbeheer.store.importers.csvimport import import_csv


def write(tmp_path, text, name="contacts.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_names_from_parts_and_accounts_created(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Voornaam;Tussenvoegsel;Achternaam;Bedrijf;E-mail;Rol;Ambassadeur\n"
                           "Piet;van;Dijk;fietsen jansen bv;piet@j.nl;Beslisser;ja\n"
                           "Els;;Kok;Nieuw BV;;;\n")
    report = import_csv(fresh_db, path, "contacts")
    assert dict(report.added) == {"contacts": 2, "accounts": 1}
    rows = {r["name"]: r for r in fresh_db.query(
        "SELECT c.name, a.name AS account, c.role, c.is_ambassador FROM contacts c "
        "JOIN accounts a ON a.id = c.account_id")}
    assert rows["Piet van Dijk"]["account"] == "Fietsen Jansen B.V."
    assert (rows["Piet van Dijk"]["role"], rows["Piet van Dijk"]["is_ambassador"]) == (
        "decision_maker", 1)
    assert (rows["Els Kok"]["account"], rows["Els Kok"]["role"]) == ("Nieuw BV", "user")


def test_matched_by_email_and_updated_without_losing_the_role(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = write(tmp_path, "Naam;Relatie;E-mail;Functie\n"
                           "J. v.d. Berg;Fietsen Jansen B.V.;JAN@JANSEN.NL;Inkoper\n")
    report = import_csv(fresh_db, path, "contacts")
    assert dict(report.updated) == {"contacts": 1} and not report.added
    row = next(fresh_db.query("SELECT name, job_title, role FROM contacts WHERE id = 'c1'"))
    assert row == {"name": "Jan van der Berg", "job_title": "Inkoper", "role": "decision_maker"}


def test_rows_without_account_or_name_are_skipped_with_a_reason(fresh_db, tmp_path):
    path = write(tmp_path, "Naam;Relatie;E-mail\nPiet;;p@x.nl\n;X;\nKees;X;\nKees;X;\n")
    report = import_csv(fresh_db, path, "contacts")
    assert report.skipped == {"contacts without an account": 1,
                              "contacts without a name or e-mail": 1,
                              "rows repeating a contact earlier in the file": 1}
