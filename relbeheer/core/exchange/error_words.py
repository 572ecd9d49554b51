"""Import error messages in Dutch: ``translate(message, lang)``.

The readers (``contentline``, ``vcard``, ``ical``, ``values``, ``vocab``,
``fields``, ``csvformat`` and the importers in ``store/importers``) raise in
English: the logs, the tests and the maintainers read those words, and the
raise sites stay short. A Dutch user reads the same message through this table
of (English pattern, Dutch template) pairs, filled with what the pattern
captured (the file's own column titles and values are shown as they are).

A message no pattern knows is returned unchanged, so a new raise site shows its
English words rather than nothing; ``tests/core/exchange/test_error_words.py``
names every family so that such a gap is found. A message that is Dutch already
(the form rules of ``core.validation`` speak the user's language) matches no
pattern and passes through: translating twice changes nothing.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from relbeheer.core.domain import AccountKind, DecisionRole, TouchpointKind
from relbeheer.core.exchange.fields import FIELDS
from relbeheer.core.labels import label
# The form rules' own table: an English form message (an import run with
# lang="en" and shown to a Dutch user) is turned into the Dutch one beside it.
from relbeheer.core.validation import _MESSAGES as FORM_MESSAGES

Template = str | Callable[[dict[str, str]], str | None]


def _dutch_date_format(fmt: str) -> str:
    """dd-mm-yyyy → dd-mm-jjjj: the letters a Dutch user writes a format with."""
    return fmt.replace("y", "j").replace("Y", "J")


def _codes(enum) -> Callable[[str], str]:
    """A list of our codes ("visit, call, …") as the Dutch words, which the import accepts too."""
    def words(text: str) -> str:
        known = {m.value: label(m, "nl") for m in enum}
        items = [known.get(code, code) for code in text.split(", ")]
        return ", ".join(w if w.isupper() else w[:1].lower() + w[1:] for w in items)
    return words


# Technical details in parentheses (Python's csv and gzip modules): the common
# ones in Dutch, any other kept as it is, being a detail for whoever helps.
_DETAILS = [
    (r"line contains NUL", "regel bevat een NUL-teken"),
    (r"field larger than field limit \((?P<n>\d+)\)", "veld groter dan de grens van {n} tekens"),
    (r"new-line character seen in unquoted field.*",
     "regeleinde in een waarde zonder aanhalingstekens"),
    (r"unexpected end of data", "onverwacht einde van het bestand"),
    (r"(?P<c>'.*') expected after '\"'", "{c} verwacht na een aanhalingsteken"),
    (r"Not a gzipped file.*", "geen gzip-bestand"),
    (r"Compressed file ended before the end-of-stream marker was reached",
     "het ingepakte bestand houdt te vroeg op"),
    (r"CRC check failed.*", "controlegetal (CRC) klopt niet"),
]


def _detail(text: str) -> str:
    for pattern, dutch in _DETAILS:
        found = re.fullmatch(pattern, text, re.DOTALL)
        if found:
            return dutch.format(**found.groupdict())
    return text


def _what(text: str) -> str:
    """'CSV file' → 'CSV-bestand' (the kind of file a reader expected)."""
    return text[: -len(" file")] + "-bestand" if text.endswith(" file") else text


def _column(text: str) -> str:
    """A column without a title is called "Column 3" by the reader."""
    return re.sub(r"^Column (\d+)$", r"Kolom \1", text)


def _expected_columns(text: str) -> str:
    return text.replace("; or ", "; of ")


_FIELD_LABELS = {f.en: f.nl for fields in FIELDS.values() for f in fields}


def _field_labels(text: str) -> str:
    return ", ".join(_FIELD_LABELS.get(t, t) for t in text.split(", "))


# Captured groups that need words of their own before they go into a template.
_GROUPS: dict[str, Callable[[str], str]] = {
    "detail": _detail, "what": _what, "column": _column, "fmt": _dutch_date_format,
    "columns": _expected_columns, "fields": _field_labels, "field": _field_labels,
    "kinds": _codes(TouchpointKind), "roles": _codes(DecisionRole),
    "account_kinds": _codes(AccountKind),
}

# What a value should have been ("Datum '31-02' is not a valid date (dd-mm-yyyy)"):
# the ValueError phrases of ``values`` and ``vocab``, ``CsvTable.value_error`` and
# ``ical``. (English, Dutch noun, Dutch "is not …"). The noun is for a phrase
# shown on its own.
_PHRASES = [
    (r"a number", "een getal", "is geen getal"),
    (r"a whole number", "een geheel getal", "is geen geheel getal"),
    (r"a valid date \((?P<fmt>[^()]*)\)", "een geldige datum ({fmt})",
     "is geen geldige datum ({fmt})"),
    (r"yes or no", "ja of nee", "is niet ja of nee"),
    (r"a date or date-time", "een datum of tijdstip", "is geen datum of tijdstip"),
    (r"a kind of touchpoint \((?P<kinds>[^()]*)\)", "een soort contactmoment ({kinds})",
     "is geen bekende soort contactmoment ({kinds})"),
    (r"a role \((?P<roles>[^()]*)\)", "een rol ({roles})", "is geen bekende rol ({roles})"),
    (r"a tier \(A, B or C\)", "een klantsegment (A, B of C)",
     "is geen klantsegment (A, B of C)"),
    (r"a kind of account \((?P<account_kinds>[^()]*)\)", "een soort relatie ({account_kinds})",
     "is geen bekende soort relatie ({account_kinds})"),
    (r"a channel \(personal or digital\)", "een kanaal (persoonlijk of digitaal)",
     "is geen kanaal (persoonlijk of digitaal)"),
    (r"a sentiment \(positive, neutral or negative\)",
     "een stemming (positief, neutraal of negatief)",
     "is geen stemming (positief, neutraal of negatief)"),
    (r"one of (?P<choices>.+)", "een van: {choices}", "is niet een van: {choices}"),
]
_PHRASES_C = [(re.compile(p, re.DOTALL), noun, verb) for p, noun, verb in _PHRASES]
# Named groups may repeat across alternatives only once each: strip them here.
_ANY_PHRASE = "|".join(re.sub(r"\?P<\w+>", "", p) for p, _noun, _verb in _PHRASES)


def _fill(template: str, groups: dict[str, str | None]) -> str:
    values = {k: _GROUPS.get(k, str)(v) if v is not None else "" for k, v in groups.items()}
    return template.format(**values)


def _phrase(text: str, verb: bool) -> str | None:
    for pattern, noun, is_not in _PHRASES_C:
        found = pattern.fullmatch(text)
        if found:
            return _fill(is_not if verb else noun, found.groupdict())
    return None


def _value_is_not(groups: dict[str, str]) -> str | None:
    said = _phrase(groups["expected"], verb=True)
    return None if said is None else f"{_column(groups['head'])} '{groups['value']}' {said}"


def _form_pattern(en: str) -> str:
    """A form message's English template as a regular expression ({n} → any text)."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(en):
        out.append(re.escape(literal))
        if name is not None:
            out.append(f"(?P<{name}>.+?)")
    return "".join(out)


_FORMS = [(re.compile(_form_pattern(m["en"]), re.DOTALL), m["nl"])
          for m in FORM_MESSAGES.values()]
_ANY_FORM = "|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p, _nl in _FORMS)


def _form(groups: dict[str, str]) -> str | None:
    for pattern, dutch in _FORMS:
        found = pattern.fullmatch(groups["message"])
        if found:
            return f"{groups['head']}: {dutch.format(**found.groupdict())}"
    return None


_NOT_TEXT = {
    "an Excel workbook or zip file (.xlsx; in Excel use Save As → CSV)":
        "een Excel-werkmap of zipbestand (.xlsx; sla het in Excel op als CSV met "
        "Opslaan als)",
    "an old Excel workbook (.xls; in Excel use Save As → CSV)":
        "een oude Excel-werkmap (.xls; sla het in Excel op als CSV met Opslaan als)",
    "a PDF file": "een PDF-bestand",
}


def _not_a(groups: dict[str, str]) -> str | None:
    found = _NOT_TEXT.get(groups["found"])
    return None if found is None else f"{found}, geen {_what(groups['what'])}"


_TWICE = {"account": "relatie", "product": "product", "sales agent": "verkoper",
          "opportunity": "verkoopkans"}

# (English message as a regular expression, Dutch template or function). Each
# pattern must match the whole message; the first that gives a text wins.
RULES: list[tuple[str, Template]] = [
    # Composed row messages: "<column> '<value>' is not <phrase>" (csvrows, CsvTable,
    # ical) and "<column> '<value>': <form message>" (csvrows, vcardimport).
    (rf"(?P<head>.+?) '(?P<value>.*)' is not (?P<expected>{_ANY_PHRASE})", _value_is_not),
    (rf"(?P<head>.+): (?P<message>{_ANY_FORM})", _form),
    # Reading the file (csvread, csvsource, maven).
    (r"file not found", "bestand niet gevonden"),
    (r"file not found \(a Maven CRM folder holds (?P<files>.+) and (?P<last>[^ ]+)\)",
     "bestand niet gevonden (een Maven CRM-map bevat {files} en {last})"),
    (r"not a folder", "geen map"),
    (r"is a folder, expected a (?P<what>.+ file)", "is een map, geen {what}"),
    (r"not a readable gzip file \((?P<detail>.*)\)", "geen leesbaar gzip-bestand ({detail})"),
    (r"(?P<found>.+), not a (?P<what>.+ file)", _not_a),
    (r"not readable as (?P<encoding>.+) text", "niet te lezen als tekst in {encoding}"),
    (r"not a text (?P<what>.+ file)", "bevat geen leesbare tekst; verwacht werd een {what}"),
    (r"unknown encoding '(?P<encoding>.*)'", "onbekende codering '{encoding}'"),
    (r"not a readable CSV file \((?P<detail>.*)\)", "geen leesbaar CSV-bestand ({detail})"),
    (r"not a readable CSV record \((?P<detail>.*)\)",
     "regel niet te lezen als CSV ({detail})"),
    (r"empty file: no header line with column names",
     "leeg bestand: geen kopregel met kolomnamen"),
    (r"empty file, expected columns (?P<columns>.*)",
     "leeg bestand; verwacht werden de kolommen {columns}"),
    (r"expected columns (?P<columns>.*?), found (?P<found>.*)",
     "verwacht werden de kolommen {columns}; gevonden: {found}"),
    (r"expected (?P<n>\d+) fields, found (?P<m>\d+)",
     "verwacht {n} kolommen, maar deze regel heeft er {m}"),
    (r"expected (?P<n>\d+) fields, found (?P<m>\d+) "
     r"\(a delimiter inside a value without quotes\?\)",
     "verwacht {n} kolommen, maar deze regel heeft er {m} (staat er een scheidingsteken "
     "in een waarde zonder aanhalingstekens?)"),
    (r"no data rows below the header", "geen gegevens onder de kopregel"),
    (r"(?P<column>.+) is empty", "{column} is leeg"),
    (r"(?P<thing>account|product|sales agent|opportunity) '(?P<name>.*)' appears twice",
     lambda g: f"{_TWICE[g['thing']]} '{g['name']}' komt twee keer voor"),
    # Which columns hold what (fields.mapping_problem, when asked in English).
    (r"unknown field '(?P<name>.*)'", "onbekend veld '{name}'"),
    (r"two columns are mapped to (?P<field>.+)", "twee kolommen horen bij {field}"),
    (r"no column for (?P<fields>.+)", "geen kolom voor {fields}"),
    # Settings typed on the command line (values, csvformat, fields).
    (r"unknown date format '(?P<text>.*)' \(one of (?P<formats>.*)\)",
     "onbekende datumnotatie '{text}' (kies uit {formats})"),
    (r"unusable delimiter '(?P<text>.*)' \(use ; , \| or tab\)",
     "onbruikbaar scheidingsteken '{text}' (gebruik ; , | of tab)"),
    (r"unknown kind '(?P<kind>.*)' \(one of (?P<kinds_list>.*)\)",
     "onbekende soort '{kind}' (kies uit {kinds_list})"),
    # vCard and iCalendar lines (contentline, vcard, ical).
    (r"base64 value is damaged", "base64-waarde is beschadigd"),
    (r"not a property line \('(?P<text>.*)' has no colon\)",
     "geen geldige regel ('{text}' heeft geen dubbele punt)"),
    (r"not a property name: '(?P<text>.*)'", "geen geldige naam vóór de dubbele punt: '{text}'"),
    (r"BEGIN:(?P<kind>.*) cannot start here", "BEGIN:{kind} kan hier niet beginnen"),
    (r"(?P<found>(?:BEGIN|END):.*) where (?P<expected>.+) was expected",
     "{found} waar {expected} werd verwacht"),
    (r"(?P<name>.+) outside BEGIN … END", "{name} staat buiten BEGIN … END"),
    (r"BEGIN:(?P<kind>.+) has no END:(?P<end>.+)",
     "BEGIN:{kind} wordt niet afgesloten met END:{end}"),
    (r"vCard version (?P<version>.*) is not 2\.1, 3\.0 or 4\.0",
     "vCard-versie {version} wordt niet ondersteund (alleen 2.1, 3.0 of 4.0)"),
    (r"empty file, expected (?P<begin>BEGIN:\w+)", "leeg bestand; verwacht werd {begin}"),
    (r"VEVENT without DTSTART", "afspraak (VEVENT) zonder begintijd (DTSTART)"),
    (r"RRULE not understood \((?P<detail>.*)\)", "herhaling (RRULE) niet begrepen ({detail})"),
]
_RULES = [(re.compile(p, re.DOTALL), t) for p, t in RULES]


def translate(message: str, lang: str) -> str:
    """``message`` in ``lang``: Dutch for "nl" when a pattern knows it, else unchanged."""
    if lang != "nl" or not message:
        return message
    for pattern, template in _RULES:
        found = pattern.fullmatch(message)
        if found is None:
            continue
        groups = found.groupdict()
        text = template(groups) if callable(template) else _fill(template, groups)
        if text is not None:
            return text
    # A phrase on its own (a ValueError of ``values`` or ``vocab`` shown as it is).
    return _phrase(message, verb=False) or message


def knows(message: str) -> bool:
    """Whether ``translate`` has Dutch words for this English message (for tests)."""
    return translate(message, "nl") != message
