"""Import error messages in Dutch (core.exchange.error_words): every family the readers raise.

The messages are made by the raise sites themselves wherever a call can make
them, so a reworded English message without a Dutch pattern fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from relbeheer.core.exchange import vocab
from relbeheer.core.exchange.contentline import FormatError, parse_components, parse_property
from relbeheer.core.exchange.csvformat import delimiter_from
from relbeheer.core.exchange.error_words import RULES, knows, translate
from relbeheer.core.exchange.fields import fields_of, mapping_problem
from relbeheer.core.exchange.ical import parse_occurrences
from relbeheer.core.exchange.values import (
    date_format_key,
    parse_bool,
    parse_date,
    parse_integer,
    parse_number,
)
from relbeheer.core.exchange.vcard import parse_vcards

# Words of the English templates; none may be left in a Dutch message (quoted
# values, which are the user's own, are taken out first).
ENGLISH = {"not", "expected", "found", "file", "empty", "without", "where", "readable",
           "valid", "number", "folder", "appears", "twice", "unknown", "outside", "cannot",
           "understood", "damaged", "header", "below", "whole", "yes", "kind", "role", "tier",
           "channel", "sentiment", "fields", "column", "columns", "line", "has", "colon",
           "property", "one", "use", "date", "holds", "and", "or", "value", "start", "here",
           "mapped", "two", "delimiter", "encoding", "text", "rows", "data", "version",
           "too", "long", "required", "choose", "lies", "must", "between"}


def english_left(dutch: str) -> set[str]:
    unquoted = re.sub(r"'[^']*'", "", dutch)
    return {w for w in re.findall(r"[a-z_]+", unquoted.lower()) if w in ENGLISH}


def error_of(call) -> str:
    try:
        call()
    except FormatError as exc:
        return exc.message
    except ValueError as exc:
        return str(exc)
    raise AssertionError("no error raised")


def ics(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def occurrences(text: str):
    return parse_occurrences(text, until=dt.date(2026, 1, 1),
                             user_tz=ZoneInfo("Europe/Amsterdam"))


# Messages straight from the raise sites in core/exchange, one per family.
CORE = {
    "values.number": lambda: f"Aantal 'twee' is not {error_of(lambda: parse_number('twee'))}",
    "values.whole": lambda: f"Medewerkers '1,5' is not {error_of(lambda: parse_integer('1,5'))}",
    "values.date": lambda: f"Datum '31-02-2025' is not "
                           f"{error_of(lambda: parse_date('31-02-2025'))}",
    "values.bool": lambda: f"Ambassadeur 'misschien' is not {error_of(lambda: parse_bool('?'))}",
    "values.date_format": lambda: error_of(lambda: date_format_key("jjjj")),
    "vocab.kind": lambda: f"Soort 'fax' is not {error_of(lambda: vocab.touchpoint_kind('fax'))}",
    "vocab.role": lambda: f"Rol 'baas' is not {error_of(lambda: vocab.decision_role('baas'))}",
    "vocab.tier": lambda: f"Segment 'Z' is not {error_of(lambda: vocab.tier('Z'))}",
    "vocab.account_kind": lambda: f"Soort 'xx' is not {error_of(lambda: vocab.account_kind('xx'))}",
    "vocab.channel": lambda: f"Kanaal 'fax' is not {error_of(lambda: vocab.channel('fax'))}",
    "vocab.sentiment": lambda: f"Stemming 'mwah' is not {error_of(lambda: vocab.sentiment('?'))}",
    "fields.kind": lambda: error_of(lambda: fields_of("orders")),
    "fields.unknown": lambda: mapping_problem("accounts", ["naam", None], "en"),
    "fields.twice": lambda: mapping_problem("accounts", ["name", "name"], "en"),
    "fields.missing": lambda: mapping_problem("contacts", ["phone"], "en"),
    "csvformat.delimiter": lambda: error_of(lambda: delimiter_from("ab")),
    "contentline.base64": lambda: error_of(lambda: parse_property(1, "PHOTO;ENCODING=B:a")),
    "contentline.colon": lambda: error_of(lambda: parse_property(1, "Naam;E-mail")),
    "contentline.name": lambda: error_of(lambda: parse_property(1, "B@D:x")),
    "contentline.begin": lambda: error_of(lambda: parse_components("BEGIN:\n")),
    "contentline.end": lambda: error_of(lambda: parse_components("BEGIN:A\nEND:B\n")),
    "contentline.outside": lambda: error_of(lambda: parse_components("FN:Jan\n")),
    "contentline.unbalanced": lambda: error_of(lambda: parse_components("BEGIN:VCARD\n")),
    "vcard.version": lambda: error_of(lambda: parse_vcards(
        "BEGIN:VCARD\nVERSION:5.0\nFN:Jan\nEND:VCARD\n")),
    "vcard.empty": lambda: error_of(lambda: parse_vcards("")),
    "vcard.begin": lambda: error_of(lambda: parse_vcards("BEGIN:VCALENDAR\nEND:VCALENDAR\n")),
    "ical.empty": lambda: error_of(lambda: occurrences("")),
    "ical.begin": lambda: error_of(lambda: occurrences("BEGIN:VCARD\nEND:VCARD\n")),
    "ical.no_start": lambda: error_of(lambda: occurrences(ics(
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "END:VEVENT", "END:VCALENDAR"))),
    "ical.bad_start": lambda: error_of(lambda: occurrences(ics(
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "DTSTART:volgende week", "END:VEVENT",
        "END:VCALENDAR"))),
    "ical.rrule": lambda: error_of(lambda: occurrences(ics(
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "DTSTART:20250101T100000Z",
        "RRULE:FREQ=OFTEN", "END:VEVENT", "END:VCALENDAR"))),
}

# The importers' messages (store/importers), as their f-strings make them; the
# store tests (tests/store/importers/test_error_words_importers.py) make them for real.
IMPORTERS = {
    "csvread.not_found": "file not found",
    "csvread.folder": "is a folder, expected a vCard file",
    "csvread.gzip": "not a readable gzip file (Not a gzipped file (b'x'))",
    "csvread.xlsx": "an Excel workbook or zip file (.xlsx; in Excel use Save As → CSV), "
                    "not a CSV file",
    "csvread.xls": "an old Excel workbook (.xls; in Excel use Save As → CSV), not a CSV file",
    "csvread.pdf": "a PDF file, not a iCalendar file",
    "csvread.utf16": "not readable as UTF-16 text",
    "csvread.not_text": "not a text CSV file",
    "csvread.bad_csv": "not a readable CSV file (field larger than field limit (131072))",
    "csvread.no_header": "empty file, expected columns account, sector; or Account, Sector",
    "csvread.header": "expected columns account, sector, found Foo, Bar",
    "csvread.width": "expected 3 fields, found 4",
    "csvread.record": "not a readable CSV record (line contains NUL)",
    "csvread.value": "revenue 'veel' is not a number",
    "csvread.date": "engage_date '2017-02-30' is not a valid date (YYYY-MM-DD)",
    "csvread.empty_cell": "InvoiceDate is empty",
    "csvsource.encoding": "unknown encoding 'klingon'",
    "csvsource.decode": "not readable as cp1252 text",
    "csvsource.no_header": "empty file: no header line with column names",
    "csvsource.ragged": "expected 3 fields, found 5 (a delimiter inside a value without quotes?)",
    "csvsource.record": "not a readable CSV record (unexpected end of data)",
    "csvimport.no_rows": "no data rows below the header",
    "csvrows.form": "Naam 'XXX': Too long (at most 200 characters).",
    "csvrows.form_no_value": "Soort: Required.",
    "csvrows.untitled": "Column 3 'x' is not a number",
    "maven.folder": "file not found (a Maven CRM folder holds accounts.csv, products.csv, "
                    "sales_teams.csv and sales_pipeline.csv)",
    "maven.empty": "account is empty",
    "maven.account_twice": "account 'Acme' appears twice",
    "maven.product_twice": "product 'GTX' appears twice",
    "maven.agent_twice": "sales agent 'Anna' appears twice",
    "maven.opportunity_twice": "opportunity 'X1' appears twice",
    "maven.stage": "deal_stage 'Gewonnen' is not one of Prospecting, Engaging, Won, Lost",
    "vcardimport.form": "EMAIL 'klaas(at)vandam': Not a valid e-mail address.",
    "cli.folder": "not a folder",
}


@pytest.mark.parametrize("family", sorted(CORE))
def test_every_core_raise_site_has_dutch_words(family):
    message = CORE[family]()
    assert knows(message), message
    dutch = translate(message, "nl")
    if family == "ical.rrule":  # dateutil's own words stay, in parentheses
        dutch = re.sub(r"\(.*\)", "", dutch)
    assert english_left(dutch) == set(), dutch


@pytest.mark.parametrize("family", sorted(IMPORTERS))
def test_every_importer_message_has_dutch_words(family):
    message = IMPORTERS[family]
    assert knows(message), message
    assert english_left(translate(message, "nl")) == set(), translate(message, "nl")


def test_every_rule_is_used_by_a_family():
    """No pattern without a message that needs it: the table stays the raise sites' list."""
    from relbeheer.core.exchange import error_words

    messages = [f() for f in CORE.values()] + list(IMPORTERS.values())
    used = set()
    for message in messages:
        for n, (pattern, _template) in enumerate(error_words._RULES):
            if pattern.fullmatch(message):
                used.add(n)
                break
    unused = [RULES[n][0] for n in range(len(RULES)) if n not in used]
    assert unused == []


@pytest.mark.parametrize(("english", "dutch"), [
    ("Datum '31-02-2025' is not a valid date (dd-mm-yyyy)",
     "Datum '31-02-2025' is geen geldige datum (dd-mm-jjjj)"),
    ("Aantal 'twee' is not a number", "Aantal 'twee' is geen getal"),
    ("expected 3 fields, found 4", "verwacht 3 kolommen, maar deze regel heeft er 4"),
    ("not readable as cp1252 text", "niet te lezen als tekst in cp1252"),
    ("not a property line ('xyz' has no colon)",
     "geen geldige regel ('xyz' heeft geen dubbele punt)"),
    ("END:VCALENDAR where END:VEVENT was expected", "END:VCALENDAR waar END:VEVENT werd verwacht"),
    ("BEGIN:VCARD has no END:VCARD", "BEGIN:VCARD wordt niet afgesloten met END:VCARD"),
    ("Naam 'Café: de Hoek': Too long (at most 200 characters).",
     "Naam 'Café: de Hoek': Te lang (maximaal 200 tekens)."),
    ("no column for Account name, Date", "geen kolom voor Naam relatie, Datum"),
    ("Column 2 is empty", "Kolom 2 is leeg"),
    ("sales agent 'Anna' appears twice", "verkoper 'Anna' komt twee keer voor"),
    ("Soort 'fax' is not a channel (personal or digital)",
     "Soort 'fax' is geen kanaal (persoonlijk of digitaal)"),
    ("a whole number", "een geheel getal"),
])
def test_patterns_fill_in_what_they_captured(english, dutch):
    assert translate(english, "nl") == dutch


def test_values_with_quotes_and_the_words_of_a_pattern_stay_whole():
    message = "Notitie 'it's not a number' is not a number"
    assert translate(message, "nl") == "Notitie 'it's not a number' is geen getal"


def test_touchpoint_kinds_are_listed_in_the_dutch_words_the_import_accepts():
    message = "Soort 'fax' is not " + error_of(lambda: vocab.touchpoint_kind("fax"))
    dutch = translate(message, "nl")
    assert "bezoek, telefoongesprek, videogesprek, e-mail" in dutch
    for word in re.search(r"\((.*)\)", dutch).group(1).split(", "):
        assert vocab.touchpoint_kind(word)  # each word listed is one the import reads


def test_english_unknown_and_dutch_messages_pass_through():
    assert translate("not a text CSV file", "en") == "not a text CSV file"
    assert translate("something new went wrong", "nl") == "something new went wrong"
    assert translate("", "nl") == ""
    dutch = "Naam 'X': Te lang (maximaal 200 tekens)."  # csvrows in lang="nl" already
    assert translate(dutch, "nl") == dutch


@pytest.mark.parametrize("family", sorted(CORE) + sorted(IMPORTERS))
def test_translating_twice_changes_nothing(family):
    message = CORE[family]() if family in CORE else IMPORTERS[family]
    once = translate(message, "nl")
    assert translate(once, "nl") == once
