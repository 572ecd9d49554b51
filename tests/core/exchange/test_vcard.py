"""vCards from Outlook (2.1), Google (3.0) and Apple (4.0); our 3.0 export reads back."""

from __future__ import annotations

import pytest

from relbeheer.core.exchange.contentline import FormatError
from relbeheer.core.exchange.vcard import CardOut, parse_vcards, write_vcards


def test_outlook_21_quoted_printable():
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
            "M=FCller;Ren=E9\r\nORG:Fietsen Jansen B.V.;Inkoop\r\nTEL;CELL:0612345678\r\n"
            "TEL;WORK;VOICE:030-1\r\nEMAIL;INTERNET:a@b.nl\r\nEMAIL;PREF;INTERNET:rene@j.nl\r\n"
            "END:VCARD\r\n")
    [card] = parse_vcards(text)
    assert card.name == "René Müller"  # built from N: there is no FN
    assert card.organisation == "Fietsen Jansen B.V."
    assert card.phones == ["030-1", "0612345678"]  # work first
    assert card.emails[0] == "rene@j.nl"  # PREF first


def test_version_40_uri_values():
    text = ("BEGIN:VCARD\nVERSION:4.0\nFN:Femke\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+31-30-1"
            "\nEMAIL:mailto:femke@j.nl\nEND:VCARD\n")
    [card] = parse_vcards(text)
    assert card.phones == ["+31-30-1"] and card.emails == ["femke@j.nl"]


def test_many_cards_and_missing_name():
    text = "BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nORG:X\nEND:VCARD\n"
    cards = parse_vcards(text)
    assert [c.name for c in cards] == ["A", ""] and [c.line for c in cards] == [1, 4]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty file"),
    ("BEGIN:VCALENDAR\nEND:VCALENDAR", "where BEGIN:VCARD was expected"),
    ("BEGIN:VCARD\nVERSION:5.0\nEND:VCARD", "vCard version 5.0"),
])
def test_not_vcards(text, message):
    with pytest.raises(FormatError, match=message):
        parse_vcards(text)


def test_export_reads_back():
    out = CardOut(id="c1", name="Jan van der Berg", account="Jansen; Zn, B.V.",
                  job_title="Inkoper", email="jan@j.nl", phone="+31 6", notes="regel 1\nregel 2",
                  role="decision_maker", is_ambassador=True)
    text = write_vcards([out])
    assert "N:van der Berg;Jan;;;" in text
    [card] = parse_vcards(text)
    assert (card.name, card.organisation, card.job_title, card.emails, card.phones, card.note,
            card.role, card.ambassador) == (out.name, out.account, out.job_title, [out.email],
                                            [out.phone], out.notes, out.role, True)
