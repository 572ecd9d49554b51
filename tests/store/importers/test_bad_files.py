"""Bad input: a one-line error naming file and line, exit code 1, and the database untouched.

"Untouched" is checked on the bytes: the database file (and anything beside it)
is hashed with every connection closed, before and after. Closing checkpoints the
WAL into the main file, so a committed write would change the hash, and a WAL left
behind would show up as a new file.
"""

from __future__ import annotations

import gzip

import pytest

from relbeheer.cli import main
from relbeheer.store.database import open_database
from relbeheer.store.importers import maven as maven_module
from relbeheer.store.importers import retail as retail_module


@pytest.fixture
def filled_db(db_file, retail_file, maven_dir):
    """A database file that already holds an import, so a rollback has something to keep."""
    assert main(["--db", str(db_file), "import", "retail", str(retail_file())]) == 0
    assert main(["--db", str(db_file), "import", "maven", str(maven_dir)]) == 0
    return db_file

EN = ["--lang", "en"]  # the CLI speaks Dutch by default; these check the English words


def _run_and_check(db_file, file_state, capsys, args, where):
    capsys.readouterr()
    before = file_state(db_file)
    assert main(["--db", str(db_file), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"relbeheer: {where}"), err
    assert file_state(db_file) == before
    return err


def _retail_bad(tmp_path, retail_file, retail_lines, kind):
    if kind == "columns":
        path = tmp_path / "columns.csv"
        path.write_text("Invoice,Code,Qty\n1,2,3\n")
    elif kind == "garbage":
        path = tmp_path / "garbage.csv"
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "gz-garbage":
        path = tmp_path / "garbage.csv.gz"
        path.write_bytes(gzip.compress(bytes(range(256)) * 40))
    else:  # a date that does not exist, on the last line
        retail_lines[-1][4] = "2011-02-30 10:00:00"
        path = retail_file(retail_lines, gz=True)
    return path


@pytest.mark.parametrize(
    ("kind", "line", "message"),
    [
        ("columns", 1, "expected columns InvoiceNo, StockCode"),
        ("garbage", 1, "not a text CSV file"),
        ("gz-garbage", 1, "not a text CSV file"),
        ("date", 12, "InvoiceDate '2011-02-30 10:00:00' is not a valid date"),
    ],
)
def test_bad_retail_file(filled_db, file_state, capsys, tmp_path, retail_file, retail_lines,
                         kind, line, message):
    path = _retail_bad(tmp_path, retail_file, retail_lines, kind)
    err = _run_and_check(filled_db, file_state, capsys, ["import", "retail", str(path), *EN],
                         f"{path}:{line}: ")
    assert message in err


@pytest.mark.parametrize(
    ("file", "old", "new", "line", "message"),
    [
        ("accounts.csv", "subsidiary_of", "parent", 1, "expected columns account, sector"),
        ("sales_pipeline.csv", "2016-10-25", "2017-02-30", 3,
         "engage_date '2017-02-30' is not a valid date"),
        ("sales_pipeline.csv", "Lost", "Lots", 4, "deal_stage 'Lots' is not one of"),
        ("products.csv", "4821", "€4821", 3, "sales_price '€4821' is not a number"),
    ],
)
def test_bad_maven_folder(filled_db, file_state, capsys, maven_dir, file, old, new, line,
                          message):
    path = maven_dir / file
    path.write_text(path.read_text().replace(old, new, 1))
    err = _run_and_check(filled_db, file_state, capsys, ["import", "maven", str(maven_dir), *EN],
                         f"{path}:{line}: ")
    assert message in err


def test_maven_garbage_file(filled_db, file_state, capsys, maven_dir):
    path = maven_dir / "sales_pipeline.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _run_and_check(filled_db, file_state, capsys, ["import", "maven", str(maven_dir), *EN],
                   f"{path}:3: not a text CSV file")  # the NUL is on line 3


def test_maven_missing_file(filled_db, file_state, capsys, maven_dir):
    path = maven_dir / "sales_teams.csv"
    path.unlink()
    _run_and_check(filled_db, file_state, capsys, ["import", "maven", str(maven_dir), *EN],
                   f"{path}: file not found")


@pytest.mark.parametrize("importer", ["retail", "maven"])
def test_failure_while_writing_rolls_everything_back(filled_db, file_state, monkeypatch,
                                                     retail_file, retail_lines, maven_dir,
                                                     importer):
    """Accounts and products are written, then the purchases fail: none of it stays."""
    module = retail_module if importer == "retail" else maven_module
    real_insert = module.insert_rows

    def failing_insert(db, table, columns, rows):
        real_insert(db, table, columns, rows)
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "insert_rows", failing_insert)
    retail_lines[0][0] = "999999"  # a new invoice, so there is something to add
    source = retail_file(retail_lines) if importer == "retail" else maven_dir
    if importer == "maven":
        accounts = maven_dir / "accounts.csv"
        with accounts.open("a") as fh:
            fh.write("Zeta,retail,2001,10,20,Norway,\n")
        pipeline = maven_dir / "sales_pipeline.csv"
        with pipeline.open("a") as fh:
            fh.write("N1,Anna Snelling,GTX Basic,Zeta,Won,2017-01-01,2017-02-01,500\n")
    before = file_state(filled_db)
    db = open_database(filled_db)
    with pytest.raises(RuntimeError, match="disk full"):
        getattr(module, f"import_{importer}")(db, source)
    # The app keeps its connection and commits later work: half an import left
    # pending on the connection would be committed with it.
    assert not db.conn.in_transaction
    db.conn.commit()
    db.close()
    assert file_state(filled_db) == before
