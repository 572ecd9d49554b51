"""svc.exchange: imports go through the data service (backup first), Cancel rolls back."""

from __future__ import annotations

import pytest

from relbeheer.services import Services


class Cancelled(Exception):
    pass


@pytest.fixture
def svc(db_path):
    services = Services.open(db_path)
    yield services
    services.close()


def big_csv(tmp_path, rows=20_000):
    path = tmp_path / "big.csv"
    lines = ["Naam;Plaats"] + [f"Firma {i};Plaats {i % 50}" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_cancel_in_the_middle_of_writing_leaves_nothing(svc, tmp_path):
    def progress(done, total, what):
        if what.startswith("writing") and done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        svc.exchange.import_csv(big_csv(tmp_path), "accounts", progress=progress)
    assert svc.db.execute("SELECT count(*) FROM accounts").fetchone() == (0,)
    assert not svc.db.conn.in_transaction


def test_an_import_is_backed_up_first_and_timed(svc, tmp_path):
    svc.exchange.import_csv(big_csv(tmp_path, 10), "accounts")
    report = svc.exchange.import_csv(big_csv(tmp_path, 12), "accounts")
    assert report.added["accounts"] == 2 and report.seconds > 0
    assert any("before-import" in b.path.name for b in svc.data.backups())


def test_preview_and_duplicates(svc, tmp_path):
    preview = svc.exchange.preview_csv(big_csv(tmp_path, 3), "accounts", rows=2)
    assert preview.mapping == ["name", "city"] and len(preview.rows) == 2
    assert svc.exchange.find_duplicates() == []
