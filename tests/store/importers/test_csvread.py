"""Reading outside CSV files: encodings, gzip, header checks, and errors that name the line."""

from __future__ import annotations

import gzip

import pytest

from relbeheer.store.importers.csvread import CsvTable, read_text
from relbeheer.store.importers.report import ImportFileError

COLUMNS = [{"name": "Name", "day": "Day"}, {"name": "Naam", "day": "Datum"}]


def test_gzip_is_recognised_by_content_not_name(tmp_path):
    """A gzipped file without .gz in its name is still read."""
    path = tmp_path / "export.csv"
    path.write_bytes(gzip.compress("Name,Day\nA,2020-01-02\n".encode()))
    assert read_text(path) == "Name,Day\nA,2020-01-02\n"


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffName,Day\nCafé,2020-01-02\n".encode("utf-8"))
    table = CsvTable(path, COLUMNS)
    assert table.index == {"name": 0, "day": 1}
    assert list(table.rows()) == [["Café", "2020-01-02"]]


def test_windows_1252_export_is_read(tmp_path):
    """Excel on Windows writes cp1252; 'é' must survive."""
    path = tmp_path / "cp1252.csv"
    path.write_bytes("Name,Day\nCafé,2020-01-02\n".encode("cp1252"))
    assert list(CsvTable(path, COLUMNS).rows()) == [["Café", "2020-01-02"]]


def test_nul_bytes_mean_not_text_at_their_line(tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"Name,Day\nA,2020-01-02\n\x00\x01\x02")
    with pytest.raises(ImportFileError) as err:
        read_text(path)
    assert (err.value.line, err.value.message) == (3, "not a text CSV file")


def test_broken_gzip_is_refused(tmp_path):
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(gzip.compress(b"Name,Day\n" * 1000)[:40])
    with pytest.raises(ImportFileError, match="not a readable gzip file"):
        read_text(path)


def test_second_header_variant_and_any_column_order(tmp_path):
    """Headers match case-insensitively, in any order, with extra columns allowed."""
    path = tmp_path / "nl.csv"
    path.write_text("extra,DATUM,naam\nx,2020-01-02,B\n")
    assert CsvTable(path, COLUMNS).index == {"name": 2, "day": 1}


def test_wrong_columns_are_reported_on_line_1(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(ImportFileError) as err:
        CsvTable(path, COLUMNS)
    assert err.value.line == 1
    assert err.value.message == "expected columns Name, Day; or Naam, Datum, found a, b, c"


def test_empty_file_is_reported(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(ImportFileError, match="empty file, expected columns Name, Day"):
        CsvTable(path, COLUMNS)


def test_record_of_the_wrong_width_names_its_line(tmp_path):
    """Blank lines are skipped; a short record is an error at its own line."""
    path = tmp_path / "short.csv"
    path.write_text("Name,Day\nA,2020-01-02\n\nB\n")
    table = CsvTable(path, COLUMNS)
    with pytest.raises(ImportFileError) as err:
        list(table.rows())
    assert (err.value.line, err.value.message) == (4, "expected 2 fields, found 1")


def test_line_numbers_count_lines_inside_quoted_fields(tmp_path):
    """A description with a line break still leaves the error at the right line."""
    path = tmp_path / "multiline.csv"
    path.write_text('Name,Day\n"two\nlines",2020-01-02\nC,2020-02-30\n')
    table = CsvTable(path, COLUMNS)
    with pytest.raises(ImportFileError) as err:
        for row in table.rows():
            table.date(row[1], "Day")
    assert err.value.line == 4
    assert err.value.message == "Day '2020-02-30' is not a valid date (YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("value", "formats", "expected"),
    [
        ("2011-12-09 12:50:00", (), "2011-12-09"),
        ("2011-12-09", (), "2011-12-09"),
        ("12/9/2011 12:50", ("%m/%d/%Y %H:%M",), "2011-12-09"),
        ("", (), None),
    ],
)
def test_dates_become_iso(tmp_path, value, formats, expected):
    path = tmp_path / "d.csv"
    path.write_text("Name,Day\n")
    assert CsvTable(path, COLUMNS).date(value, "Day", formats=formats) == expected


@pytest.mark.parametrize(
    ("method", "value", "expected"),
    [("number", "1100.04", 1100.04), ("number", " ", None), ("integer", "12.0", 12)],
)
def test_numbers(tmp_path, method, value, expected):
    path = tmp_path / "n.csv"
    path.write_text("Name,Day\n")
    assert getattr(CsvTable(path, COLUMNS), method)(value, "x") == expected


@pytest.mark.parametrize(
    ("method", "value", "message"),
    [
        ("number", "1,5", "x '1,5' is not a number"),
        ("number", "nan", "x 'nan' is not a number"),
        ("integer", "2.5", "x '2.5' is not a whole number"),
    ],
)
def test_bad_numbers_are_errors(tmp_path, method, value, message):
    path = tmp_path / "n.csv"
    path.write_text("Name,Day\n")
    with pytest.raises(ImportFileError) as err:
        getattr(CsvTable(path, COLUMNS), method)(value, "x")
    assert err.value.message == message


def test_bytes_neither_encoding_reads_are_not_text(tmp_path):
    """0x81 is neither UTF-8 nor Windows-1252: refused at its line."""
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Name,Day\nA\x81,2020-01-02\n")
    with pytest.raises(ImportFileError) as err:
        read_text(path)
    assert (err.value.line, err.value.message) == (2, "not a text CSV file")
