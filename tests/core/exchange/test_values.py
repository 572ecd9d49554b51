"""Cell values as Dutch spreadsheets write them: numbers, dates, phones, names, formulas."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.exchange import values as v


@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("1.234,56", ",", 1234.56),
    ("€ 1.234", ",", 1234.0),
    ("-12,5", ",", -12.5),
    ("1 250 000,00", ",", 1250000.0),
    ("1,234.56", ".", 1234.56),
    ("$1,234", ".", 1234.0),
    ("42", ",", 42.0),
])
def test_numbers_read_with_the_files_decimal_mark(text, decimal, expected):
    assert v.parse_number(text, decimal) == expected


@pytest.mark.parametrize(("text", "decimal"), [
    ("12.5", ","), ("1,234.56", ","), ("abc", ","), ("1e400", ","), ("nan", "."), ("", ","),
])
def test_numbers_that_would_be_misread_are_refused(text, decimal):
    with pytest.raises(ValueError, match="a number"):
        v.parse_number(text, decimal)


def test_integers_stay_within_what_sqlite_holds():
    assert v.parse_integer("1.250", ",") == 1250
    with pytest.raises(ValueError, match="whole number"):
        v.parse_integer("99999999999999999999", ",")


@pytest.mark.parametrize(("text", "fmt", "expected"), [
    ("31-12-2025", "dd-mm-yyyy", dt.date(2025, 12, 31)),
    ("1-2-2025", "dd-mm-yyyy", dt.date(2025, 2, 1)),
    ("2025-03-01T10:00:00Z", "dd-mm-yyyy", dt.date(2025, 3, 1)),
    ("03/04/2025 14:30", "mm/dd/yyyy", dt.date(2025, 3, 4)),
    ("45678", "dd-mm-yyyy", dt.date(2025, 1, 21)),  # an Excel serial date
    ("20250301", "dd-mm-yyyy", dt.date(2025, 3, 1)),
])
def test_dates_in_the_chosen_format_iso_and_excel_serials(text, fmt, expected):
    assert v.parse_date(text, fmt) == expected


def test_a_date_that_does_not_exist_names_the_format():
    with pytest.raises(ValueError, match=r"a valid date \(dd-mm-yyyy\)"):
        v.parse_date("31-02-2025")


@pytest.mark.parametrize(("samples", "expected"), [
    (["01/02/2025", "13/02/2025"], "dd/mm/yyyy"),
    (["12/25/2025", "01/02/2025"], "mm/dd/yyyy"),
    (["03/04/2025"], "dd/mm/yyyy"),  # ambiguous: the Dutch reading
    (["2025-01-02"], "yyyy-mm-dd"),
    (["01.02.2025"], "dd.mm.yyyy"),
    (["hello"], None),
])
def test_date_format_detection(samples, expected):
    assert v.detect_date_format(samples) == expected


def test_decimal_detection_from_numbers_then_delimiter():
    assert v.detect_decimal(["1.234,56"], ",") == ","
    assert v.detect_decimal(["1,234.56", "3.5"], ";") == "."
    assert v.detect_decimal(["12"], ";") == ","
    assert v.detect_decimal(["12"], ",") == "."


def test_date_format_keys_accept_strftime_spelling():
    assert v.date_format_key("%d-%m-%Y") == "dd-mm-yyyy"
    with pytest.raises(ValueError, match="unknown date format"):
        v.date_format_key("dd mmm yyyy")


@pytest.mark.parametrize(("text", "expected"), [
    ("612345678", ("0612345678", "zero")),
    ("201234567", ("0201234567", "zero")),
    ("31612345678", ("+31612345678", "zero")),
    ("0031201234567", ("+31201234567", None)),
    ("6,12346E+08", ("", "lost")),
    ("030-1234567", ("030-1234567", None)),
])
def test_phone_numbers_excel_damaged(text, expected):
    assert v.fix_phone(text) == expected


def test_invisible_marks_are_removed_but_emoji_kept():
    assert v.clean_text("\u200fNoor\u00a0Al-Amin\u200e 🚲 ") == "Noor Al-Amin 🚲"


def test_match_and_company_keys():
    assert v.match_key("Fietsen  JANSEN b.v.") == v.match_key("fietsen jansen BV")
    assert v.company_key("Jansen B.V.") == v.company_key("jansen")
    assert v.company_key("B.V.") == "bv"  # a name that is only a legal form stays


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-5", "@SUM(A1)", "\tx", "\rx", "'=x", "''"])
def test_excel_safe_round_trips(text):
    safe = v.excel_safe(text)
    assert safe.startswith("'")
    assert v.unneutralise(safe) == text


@pytest.mark.parametrize("text", ["'s-Hertogenbosch", "Jansen", "", "1-2"])
def test_excel_safe_leaves_harmless_text(text):
    assert v.excel_safe(text) == text
    assert v.unneutralise(text) == text


def test_names_join_and_split_with_dutch_prefixes():
    assert v.join_name("Jan", "van der", "Berg") == "Jan van der Berg"
    assert v.split_name("Jan van der Berg") == ("Jan", "van der Berg")
    assert v.parse_bool("Ja") is True and v.parse_bool("nee") is False


@pytest.mark.parametrize("decimal", [",", "."])
def test_a_column_of_numbers_reads_as_each_number_does(decimal):
    texts = ["1.234,56", "12", "-3,5", "+7", "1,234.56", "12.5", "1.250.000", "0,75"]
    usable = []
    for text in texts:
        try:
            usable.append((text, v.parse_number(text, decimal)))
        except ValueError:
            pass
    assert v.parse_numbers([t for t, _n in usable], decimal) == [n for _t, n in usable]
    # Anything parse_number has to look at closely is left to it.
    for odd in (["€ 12"], ["1e3"], ["1 250"], ["12", "abc"], ["1\n2"], []):
        assert v.parse_numbers(odd, decimal) is None


def test_a_column_of_names_gets_each_names_match_key():
    names = ["Fietsen Jansen B.V.", "  Van Dam ", "A . B", "(Gouda)", "", "Café 't Hoekje",
             "x\ty", "O'Brien & Zn.", ". lead", "trail ."]
    assert v.match_keys(names) == [v.match_key(n) for n in names]
    plain = [n for n in names if n.isascii() and n.isprintable()]
    assert v.match_keys(plain) == [v.match_key(n) for n in plain]
