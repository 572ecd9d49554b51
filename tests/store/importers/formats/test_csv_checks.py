"""Form rules on imported rows: every text field's limit and the e-mail rule, same words."""

from __future__ import annotations

import pytest

from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.report import ImportFileError

LONG = "x" * 201
NOTE = "y" * 20_001


@pytest.mark.parametrize(("kind", "header", "row", "message"), [
    ("accounts", "Naam;Plaats", f"A;{LONG}", "Plaats 'xxx"),
    ("accounts", "Naam;Sector", f"A;{LONG}", "Sector 'xxx"),
    ("accounts", "Naam;Notities", f"A;{NOTE}", "at most 20000"),
    ("contacts", "Naam;Relatie;Functie", f"A;B;{LONG}", "Functie 'xxx"),
    ("contacts", "Naam;Relatie;Telefoon", f"A;B;0{LONG}", "Telefoon '0xx"),
    ("contacts", "Naam;Relatie;E-mail", "A;B;a@b", "Not a valid e-mail address"),
    ("touchpoints", "Relatie;Datum;Soort;Onderwerp;Notitie",
     f"A;01-01-2025;Bezoek;kort;{NOTE[:19_998]}", "at most 20000"),
])
def test_limits_of_the_forms_apply(fresh_db, tmp_path, kind, header, row, message):
    path = tmp_path / "f.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=f"f.csv:2: .*{message}"):
        import_csv(fresh_db, path, kind)


def test_dutch_messages_when_asked(fresh_db, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(f"Naam;Plaats\nA;{LONG}\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Te lang"):
        import_csv(fresh_db, path, "accounts", lang="nl")
