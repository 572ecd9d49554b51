"""Export → import gives the same data: CSV for every importable table, and vCard."""

from __future__ import annotations

import pytest

from relbeheer.store import exports
from relbeheer.store.database import open_database
from relbeheer.store.demo import generate_demo
from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.vcardimport import import_vcard

KINDS = ("accounts", "contacts", "touchpoints", "purchases")
TODAY = __import__("datetime").date(2100, 1, 1)  # demo touchpoints may lie after today


@pytest.fixture(scope="module")
def demo_db():
    db = open_database(":memory:")
    generate_demo(db, scale="S", seed=7)
    with db.atomic():  # the awkward values an export must survive
        db.execute("UPDATE accounts SET notes = '=1+1 en ''quotes''' WHERE rowid = 1")
        db.execute("UPDATE contacts SET phone = '+31 6 12345678', notes = 'regel 1\nregel 2'"
                   " WHERE rowid = 1")
    yield db
    db.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_csv_round_trip(demo_db, tmp_path, lang):
    copy = open_database(":memory:")
    for kind in KINDS:
        exports.export_csv(demo_db, kind, tmp_path / f"{kind}.csv", lang=lang)
        import_csv(copy, tmp_path / f"{kind}.csv", kind, today=TODAY)
    for kind in KINDS:
        exports.export_csv(copy, kind, tmp_path / f"{kind}-again.csv", lang=lang)
        first = (tmp_path / f"{kind}.csv").read_bytes()
        assert (tmp_path / f"{kind}-again.csv").read_bytes() == first, kind
    copy.close()


def test_vcard_round_trip(demo_db, tmp_path):
    copy = open_database(":memory:")
    exports.export_vcard(demo_db, tmp_path / "a.vcf")
    report = import_vcard(copy, tmp_path / "a.vcf")
    assert report.added["contacts"] == demo_db.execute(
        "SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    exports.export_csv(demo_db, "contacts", tmp_path / "a.csv")
    exports.export_csv(copy, "contacts", tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    copy.close()
