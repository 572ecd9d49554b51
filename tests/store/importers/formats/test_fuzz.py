"""Random bytes, random CSV and random calendar/vCard text into every importer.

The only failure an importer may show is ``ImportFileError`` (a one-line
message naming the file), and then nothing may have been written.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relbeheer.store.database import open_database
from relbeheer.store.importers.report import ImportFileError
from relbeheer.store.importers.retail import import_retail

IMPORTERS = ["accounts", "contacts", "touchpoints", "purchases", "vcard", "ics", "retail"]
HEADERS = ["Naam", "Account Name", "Relatie", "Datum", "Activity Date", "Soort", "Type",
           "E-mail", "Email", "Telefoon", "Aantal", "Bedrag", "Product", "First Name",
           "Last Name", "Plaats", "Omzet", "Klantsegment", "Notitie", "Medewerkers",
           "Opvolgen op", "Stemming", "InvoiceNo", "StockCode", "Quantity", "InvoiceDate",
           "UnitPrice", "CustomerID", "Country", "Description", "x", ""]
CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["31-02-2025", "01-03-2025", "2025-03-01", "45678", "1.234,56", "12.5",
                     "-3", "1e400", "nan", "ja", "Bezoek", "Note", "Hot", "=1+1", "@SUM(A1)",
                     "6,12E+08", "612345678", "jan@jansen.nl", "Fietsen Jansen B.V.", "",
                     '"', '""', "a;b", "a,b", "x\ny", "\u200f", "🚲", "99999999999999999999"]),
)
LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:9", "FN:Jan",
    "N:Berg;Jan;;;", "ORG:Fietsen Jansen B.V.", "EMAIL:jan@jansen.nl", "EMAIL:x",
    "TEL;WORK;VOICE:612345678", "NOTE;ENCODING=QUOTED-PRINTABLE:a=", "=E9", " folded",
    "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "UID:u1",
    "DTSTART:20250303T100000Z", "DTSTART;VALUE=DATE:20250230", "DTSTART;TZID=Nowhere:20250303T1",
    "DTSTART;TZID=W. Europe Standard Time:20250303T100000", "RRULE:FREQ=DAILY;COUNT=5",
    "RRULE:FREQ=SECONDLY", "RRULE:FREQ=WEEKLY;UNTIL=20250401", "RRULE:garbage",
    "EXDATE:20250304T100000Z,bad", "RECURRENCE-ID:20250304T100000Z", "STATUS:CANCELLED",
    "ATTENDEE:mailto:jan@jansen.nl", "LOCATION:Utrecht", "BEGIN:VTIMEZONE", "END:VTIMEZONE",
    "TZID:Nowhere", "BEGIN:STANDARD", "END:STANDARD", "TZOFFSETTO:+0100", "RDATE:x",
    "PHOTO;ENCODING=BASE64:!!!", "no colon here", ":", ";;;:", "BEGIN:", "END:VEVENT",
])


@st.composite
def csv_text(draw) -> bytes:
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=6))

    def quote(cell: str) -> str:
        if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    lines = [delimiter.join(quote(c) for c in row) for row in [header, *rows]]
    if draw(st.booleans()):
        lines.insert(0, f"sep={delimiter}")
    text = "\r\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


@st.composite
def card_text(draw) -> bytes:
    lines = draw(st.lists(st.one_of(LINES, st.text(max_size=20)), max_size=25))
    return "\r\n".join(lines).encode("utf-8", errors="replace")


def _attempt(importer: str, data: bytes, seed, run_import, snapshot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / {"vcard": "x.vcf", "ics": "x.ics"}.get(importer, "x.csv")
        path.write_bytes(data)
        db = open_database(":memory:")
        seed(db)
        before = snapshot(db)
        try:
            if importer == "retail":
                import_retail(db, path)
            else:
                run_import(db, path, importer)
        except ImportFileError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            assert not db.conn.in_transaction
            assert snapshot(db) == before
        finally:
            db.close()


FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.mark.parametrize("importer", IMPORTERS)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(importer, data, seed, run_import, snapshot):
    """Any bytes at all: an import or an ImportFileError, never a crash or half a write."""
    _attempt(importer, data, seed, run_import, snapshot)


@pytest.mark.parametrize("importer", ["accounts", "contacts", "touchpoints", "purchases",
                                      "retail"])
@FUZZ
@given(data=csv_text())
def test_random_csv(importer, data, seed, run_import, snapshot):
    """CSV with real headers and awkward cells: an import or an ImportFileError."""
    _attempt(importer, data, seed, run_import, snapshot)


@pytest.mark.parametrize("importer", ["vcard", "ics"])
@FUZZ
@given(data=card_text())
def test_random_cards_and_calendars(importer, data, seed, run_import, snapshot):
    """Shuffled vCard/iCalendar lines: an import or an ImportFileError."""
    _attempt(importer, data, seed, run_import, snapshot)
