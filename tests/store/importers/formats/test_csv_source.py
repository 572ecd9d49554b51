"""Reading a CSV file's format: encoding, sep= line, delimiter, dates, decimals, ragged rows."""

from __future__ import annotations

import pytest

from relbeheer.store.importers.csvsource import open_source, preview
from relbeheer.store.importers.report import ImportFileError


def write(tmp_path, text, encoding="utf-8", name="f.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a;b;c\n1;2;3\n", ";"), ("a,b,c\n1,2,3\n", ","), ("a\tb\n1\t2\n", "\t"),
    ("a|b\n1|2\n", "|"), ('"x;y",b\n"1;2",3\n', ","), ("sep=|\na|b\n1|2\n", "|"),
])
def test_delimiter(tmp_path, text, delimiter):
    assert open_source(write(tmp_path, text)).format.delimiter == delimiter


def test_encodings_are_detected(tmp_path):
    text = "Naam;Plaats\nCafé ’t Hoekje;Delft\n"
    assert open_source(write(tmp_path, text, "cp1252")).format.encoding == "cp1252"
    assert open_source(write(tmp_path, "\ufeff" + text)).format.encoding == "utf-8-sig"
    assert open_source(write(tmp_path, text, "utf-16")).format.encoding == "utf-16"
    assert open_source(write(tmp_path, text, "utf-16-le")).format.encoding == "utf-16-le"
    source = open_source(write(tmp_path, text, "cp1252"))
    assert list(source.records()) == [(2, ["Café ’t Hoekje", "Delft"])]


def test_a_chosen_encoding_that_does_not_fit_is_an_error_at_its_line(tmp_path):
    path = write(tmp_path, "Naam\nabc\nCafé\n", "cp1252")
    with pytest.raises(ImportFileError, match=r"f.csv:3: not readable as utf-8-sig text"):
        open_source(path, encoding="utf-8-sig")


def test_dates_and_decimals_are_detected_and_overridable(tmp_path):
    path = write(tmp_path, "Datum;Bedrag\n13-01-2025;1.234,56\n")
    source = open_source(path)
    assert (source.format.date_format, source.format.decimal) == ("dd-mm-yyyy", ",")
    changed = open_source(path, date_format="mm/dd/yyyy", decimal=".")
    assert (changed.format.date_format, changed.format.decimal) == ("mm/dd/yyyy", ".")
    assert changed.detected.date_format == "dd-mm-yyyy"


def test_records_keep_their_first_line_and_pad_ragged_rows(tmp_path):
    path = write(tmp_path, 'sep=;\na;b;c\n"1\n2";x\n\n3;4;5;;\n')
    source = open_source(path)
    assert source.header_line == 2
    assert list(source.records()) == [(3, ["1\n2", "x", ""]), (6, ["3", "4", "5"])]


def test_a_long_row_with_content_is_an_error(tmp_path):
    source = open_source(write(tmp_path, "a;b\n1;2;3\n"))
    with pytest.raises(ImportFileError, match="f.csv:2: expected 2 fields, found 3"):
        list(source.records())


def test_control_characters_mean_not_text(tmp_path):
    path = tmp_path / "g.csv"
    path.write_bytes(b"a;b\n" + bytes(range(1, 32)) * 20)
    with pytest.raises(ImportFileError, match="not a text CSV file"):
        open_source(path)


def test_preview_shows_format_first_rows_and_mapping(tmp_path):
    lines = ["Account Name;Billing City"] + [f"Firma {i};Plaats {i}" for i in range(30)]
    result = preview(write(tmp_path, "\n".join(lines)), "accounts", rows=5)
    assert result.header == ["Account Name", "Billing City"]
    assert result.mapping == ["name", "city"]
    assert len(result.rows) == 5 and result.rows[0] == ["Firma 0", "Plaats 0"]
    assert result.format.delimiter == ";"
