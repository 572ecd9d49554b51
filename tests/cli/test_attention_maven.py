"""``attention --as-of 2017-12-31`` on the published Maven CRM export (issue 3 acceptance)."""

from __future__ import annotations

import json

import pytest

from relbeheer.cli import main


@pytest.mark.slow
def test_maven_as_of_end_2017_flags_long_past_engagement(db_path, capsys, shared_data):
    """The import judged on 31 Dec 2017: accounts silent for weeks are on the list, with
    the number of days since their last engagement."""
    folder = shared_data("maven-crm")
    assert main(["--db", str(db_path), "import", "maven", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "attention", "--as-of", "2017-12-31", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert 0 < len(items) < 85
    silent = [i for i in items if (i["days_since_personal_contact"] or 0) > 30]
    assert silent and all(any(r["rule"] in ("cadence", "own_rhythm") for r in i["reasons"])
                          for i in silent)
