"""The vCard/iCalendar line format: folding, parameters, quoted-printable, components."""

from __future__ import annotations

import pytest

from relbeheer.core.exchange.contentline import (
    FormatError,
    escape,
    fold,
    logical_lines,
    parse_components,
    parse_property,
    split_structured,
    unescape,
)


def test_folded_lines_are_joined_with_their_first_line_number():
    text = "BEGIN:VCARD\r\nNOTE:een lange\r\n  regel\r\n\tverder\r\nEND:VCARD\r\n"
    assert logical_lines(text)[1] == (2, "NOTE:een lange regelverder")


def test_quoted_printable_soft_breaks_and_charset():
    text = "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;Ren=\r\n=E9\r\n"
    [(line, joined)] = logical_lines(text)
    assert parse_property(line, joined).value == "Müller;René"


def test_bare_vcard21_parameters_become_types():
    prop = parse_property(1, "TEL;WORK;VOICE:030-1234567")
    assert prop.types() == {"WORK", "VOICE"}


def test_quoted_parameter_values_may_hold_colons_and_commas():
    prop = parse_property(3, 'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin":20250101T100000')
    assert prop.param("TZID") == "(UTC+01:00) Amsterdam, Berlin"
    assert prop.value == "20250101T100000"


def test_group_prefix_is_dropped():
    assert parse_property(1, "item1.EMAIL;TYPE=INTERNET:a@b.nl").name == "EMAIL"


@pytest.mark.parametrize(("text", "line", "message"), [
    ("BEGIN:VCARD\nno colon\nEND:VCARD", 2, "not a property line"),
    ("BEGIN:VCARD\nEND:VEVENT", 2, "END:VEVENT where END:VCARD was expected"),
    ("BEGIN:VCARD\nFN:x", 1, "BEGIN:VCARD has no END:VCARD"),
    ("FN:x", 1, "FN outside BEGIN"),
    ("BEGIN:VCARD\nF N:x\nEND:VCARD", 2, "not a property name"),
])
def test_structure_errors_name_the_line(text, line, message):
    with pytest.raises(FormatError) as info:
        parse_components(text)
    assert info.value.line == line and message in info.value.message


def test_escapes_round_trip_and_structured_values_split():
    text = "a,b;c\\d\nregel"
    assert unescape(escape(text)) == text
    assert split_structured("Jansen\\; Zn;Verkoop") == ["Jansen; Zn", "Verkoop"]


def test_fold_keeps_utf8_characters_whole():
    line = "NOTE:" + "é" * 100
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert logical_lines(folded)[0][1] == line
