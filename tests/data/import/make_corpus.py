"""Writes the bad-and-awkward import corpus next to this file (run once; the files are committed).

Each file is one situation Dutch account managers really meet: Excel's cp1252
and ``sep=;``, decimal commas, Salesforce and HubSpot exports, Outlook vCards and
calendars, and the mistakes (an .xlsx renamed to .csv, 31-02-2025, a phone
number that lost its 0). tests/store/importers/test_corpus.py says what each
must give: a correct import, or a one-line error naming file and line.

    .venv/bin/python tests/data/import/make_corpus.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, data: bytes | str, encoding: str = "utf-8") -> None:
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))


def lines(*rows: str, end: str = "\r\n") -> str:
    return end.join(rows) + end


def xlsx() -> bytes:
    """A minimal workbook, as Excel would have saved it, renamed to .csv by the user."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
    return buffer.getvalue()


def csv_files() -> None:
    write("csv/utf8_bom_accounts.csv", "\ufeff" + lines(
        "Naam;Plaats;Klantsegment;Accountmanager;Omzet",
        "Fietsen Jansen B.V.;Utrecht;A;Anna de Boer;1.250.000,00",
        "Van Dam Tweewielers;Zwolle;B;Anna de Boer;480.000",
        "Rijwielhandel Öztürk;Arnhem;C;Piet Smit;95.500,50"))
    write("csv/utf8_nobom_contacts.csv", lines(
        "Name,Account,Email,Phone,Job title",
        "Jan van der Berg,Fietsen Jansen B.V.,jan@jansen.nl,030-1234567,Inkoper",
        "Sanne de Wit,Van Dam Tweewielers,sanne@vandam.nl,038-7654321,Eigenaar"))
    write("csv/cp1252_accounts.csv", lines(
        "Bedrijfsnaam;Plaats;Omzet;Opmerkingen",
        "Café ’t Hoekje;Delft;1.234,56;Prijs € 12,50 per stuk",
        "Brasserie Ëlan;Gouda;2.000;“Goede klant”"), "cp1252")
    write("csv/sep_line_touchpoints.csv", lines(
        "sep=;", "Relatie;Datum;Soort;Notitie",
        "Fietsen Jansen B.V.;03-03-2025;Bezoek;Showroom bekeken",
        "Van Dam Tweewielers;10-03-2025;Telefoon;Levering besproken"))
    write("csv/decimal_comma_purchases.csv", lines(
        "Klant;Factuurdatum;Artikel;Artikelnummer;Aantal;Stukprijs;Bedrag;Factuurnummer",
        "Fietsen Jansen B.V.;15-01-2025;E-bike Comfort;EB-100;3;1.099,00;3.297,00;F2025-001",
        "Fietsen Jansen B.V.;15-01-2025;Fietstas;FT-20;10;24,95;249,50;F2025-001",
        "Van Dam Tweewielers;20-01-2025;E-bike Comfort;EB-100;1;1.099,00;1.099,00;F2025-002"))
    write("csv/ddmmyyyy_touchpoints.csv", lines(
        "Relatie;Datum;Soort;Onderwerp;Contactpersoon",
        "Fietsen Jansen B.V.;1-2-2025;Lunch;Nieuwjaarslunch;jan@jansen.nl",
        "Fietsen Jansen B.V.;28-02-2025;E-mail;Offerte nagestuurd;jan@jansen.nl"))
    write("csv/multiline_notes_touchpoints.csv", lines(
        "Relatie;Datum;Soort;Notitie",
        'Fietsen Jansen B.V.;05-03-2025;Bezoek;"Eerste regel',
        'tweede regel; met puntkomma',
        'derde regel met ""aanhalingstekens"""',
        "Van Dam Tweewielers;06-03-2025;Telefoon;kort"))
    write("csv/ragged_rows_contacts.csv", lines(
        "Naam;Relatie;E-mail;Telefoon;Functie",
        "Kees Bakker;Fietsen Jansen B.V.;kees@jansen.nl",
        "Mila Jansen;Fietsen Jansen B.V.;mila@jansen.nl;030-1112233;Verkoop;;",
        "", "Ruud Kok;Van Dam Tweewielers"))
    write("csv/salesforce_accounts.csv", lines(
        '"Account Name","Account Number","Type","Industry","Billing City","Billing Country",'
        '"Annual Revenue","Employees","Account Owner","Rating"',
        '"Stadsfietsen Amsterdam","SF-001","Channel Partner / Reseller","Retail","Amsterdam",'
        '"Netherlands","2500000","25","Anna de Boer","Hot"',
        '"Bike Totaal Noord","SF-002","Customer - Direct","Retail","Groningen","Netherlands",'
        '"","12","Piet Smit","Cold"'))
    write("csv/salesforce_contacts.csv", lines(
        '"First Name","Last Name","Account Name","Title","Email","Phone","Mobile"',
        '"Lotte","Visser","Stadsfietsen Amsterdam","Inkoper","lotte@stadsfietsen.nl","","0612345678"',
        '"Bram","de Graaf","Bike Totaal Noord","Directeur","bram@biketotaal.nl","050-1234567",""'))
    write("csv/salesforce_activities.csv", lines(
        '"Activity Date","Subject","Type","Company / Account","Name","Assigned","Task"',
        '"3/14/2025","Call about spring order","Call","Fietsen Jansen B.V.","Jan van der Berg",'
        '"Anna de Boer","1"',
        '"3/20/2025","Showroom visit","Meeting","Van Dam Tweewielers","","Anna de Boer","0"',
        '"3/21/2025","Send price list","Task","Van Dam Tweewielers","","Anna de Boer","1"'))
    write("csv/hubspot_companies.csv", lines(
        "Record ID,Company name,Company owner,City,Country/Region,Industry,Number of Employees,"
        "Annual Revenue",
        "1001,Fietsenmaker De Spaak,Anna de Boer,Haarlem,Netherlands,RETAIL,8,350000",
        "1002,Tweewielercentrum Oost,Anna de Boer,Enschede,Netherlands,RETAIL,15,"))
    write("csv/hubspot_contacts.csv", lines(
        "Record ID,First Name,Last Name,Email,Phone Number,Associated Company,Job Title",
        "501,Eva,Mulder,eva@despaak.nl,023-5551234,Fietsenmaker De Spaak,Eigenaar",
        "502,Tom,Bos,tom@oost.nl,,Tweewielercentrum Oost,Werkplaats"))
    write("csv/empty.csv", b"")
    write("csv/header_only.csv", lines("Naam;Plaats;Klantsegment"))
    write("csv/binary_garbage.csv", bytes((i * 37 + 11) % 256 for i in range(4096)))
    write("csv/workbook_renamed.csv", xlsx())
    write("csv/utf16_contacts.csv", lines(
        "Naam\tRelatie\tE-mail", "Zoë Çelik\tFietsen Jansen B.V.\tzoe@jansen.nl",
        "Jürgen Groß\tVan Dam Tweewielers\tjurgen@vandam.nl"), "utf-16")
    write("csv/nul_bytes.csv", b"Naam;Plaats\r\nFietsen Jansen B.V.;Utrecht\r\nVan\x00Dam;Zwolle\r\n")
    write("csv/long_field_touchpoints.csv", lines(
        "Relatie;Datum;Soort;Notitie",
        "Fietsen Jansen B.V.;07-03-2025;Bezoek;" + ("Lang verslag. " * 715)[:10_000]))
    write("csv/long_name_accounts.csv", lines(
        "Naam;Plaats", "Fietsen Jansen B.V.;Utrecht", "X" * 10_000 + ";Utrecht"))
    write("csv/emoji_rtl_contacts.csv", lines(
        "Naam;Relatie;E-mail;Notities",
        "Noor \u200fAl-Amin\u200e;Fietsen Jansen B.V.;noor@jansen.nl;🚲 fan van e-bikes 👍",
        "\u202bسارة\u202c Haddad;Van Dam Tweewielers;sara@vandam.nl;שלום"))
    write("csv/feb31_touchpoints.csv", lines(
        "Relatie;Datum;Soort;Notitie",
        "Fietsen Jansen B.V.;28-02-2025;Bezoek;kan",
        "Fietsen Jansen B.V.;31-02-2025;Bezoek;bestaat niet"))
    write("csv/excel_serial_purchases.csv", lines(
        "Klant;Datum;Product;Aantal;Bedrag",
        "Fietsen Jansen B.V.;45678;Fietstas;2;49,90",
        "Van Dam Tweewielers;45700;Fietstas;1;24,95"))
    write("csv/lost_zero_phones_contacts.csv", lines(
        "Naam;Relatie;Telefoon;Mobiel",
        "Henk Vos;Fietsen Jansen B.V.;301234567;",
        "Ilse Kramer;Van Dam Tweewielers;;6,12346E+08",
        "Joost Dekker;Van Dam Tweewielers;31612345678;"))
    write("csv/duplicate_headers_contacts.csv", lines(
        "Naam;Relatie;E-mail;E-mail;Telefoon;Telefoon",
        "Wim Jacobs;Fietsen Jansen B.V.;wim@jansen.nl;wim.prive@gmail.com;030-1;06-1"))
    write("csv/bad_number_purchases.csv", lines(
        "Klant;Datum;Product;Aantal;Bedrag",
        "Fietsen Jansen B.V.;01-03-2025;Fietstas;2;49,90",
        "Fietsen Jansen B.V.;02-03-2025;Fietstas;twee;49,90"))
    write("csv/unknown_columns.csv", lines("Foo;Bar;Baz", "1;2;3"))
    write("csv/unquoted_delimiter_contacts.csv", lines(
        "Naam;Relatie;E-mail", "Piet;Fietsen Jansen B.V.;piet@jansen.nl",
        "Klaas;Van Dam; Tweewielers;klaas@vandam.nl"))
    write("csv/future_touchpoints.csv", lines(
        "Relatie;Datum;Soort;Notitie",
        "Fietsen Jansen B.V.;01-03-2025;Bezoek;gebeurd",
        "Fietsen Jansen B.V.;01-03-2099;Bezoek;nog niet"))
    write("csv/case_spacing_accounts.csv", lines(
        "Naam;Plaats", "fietsen  JANSEN b.v.;Utrecht", "Nieuwe Fietsen;Ede", "nieuwe fietsen ;Ede"))
    write("csv/bad_email_contacts.csv", lines(
        "Naam;Relatie;E-mail", "Piet;Fietsen Jansen B.V.;piet@jansen.nl",
        "Klaas;Van Dam Tweewielers;klaas(at)vandam"))
    write("csv/old_mac_lineendings_accounts.csv", "Naam;Plaats\rFietsmaat;Breda\rSpaakwerk;Tilburg\r")


VCARD_QP = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;Ren=E9\r\n"
    "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Ren=E9 M=FCller\r\n"
    "ORG:Fietsen Jansen B.V.;Inkoop\r\nTITLE:Inkoper\r\n"
    "TEL;WORK;VOICE:030-2345678\r\nTEL;CELL;VOICE:0612345678\r\n"
    "EMAIL;PREF;INTERNET:rene@jansen.nl\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Eerste regel=0D=0ATweede regel met een heel lange tek=\r\n"
    "st die Outlook afbreekt\r\n"
    "END:VCARD\r\n")


def vcard_files() -> None:
    write("vcard/outlook_21_qp.vcf", VCARD_QP)
    write("vcard/google_30_many.vcf", lines(
        "BEGIN:VCARD", "VERSION:3.0", "FN:Anouk de Vries", "N:de Vries;Anouk;;;",
        "ORG:Van Dam Tweewielers", "EMAIL;TYPE=INTERNET;TYPE=WORK:anouk@vandam.nl",
        "TEL;TYPE=WORK:038-1234567", "NOTE:Belt liever dan dat ze mailt\\, en houdt van ",
        " koffie\\nTweede regel", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Daan Peters", "ORG:Nieuw Rijwielhuis",
        "item1.EMAIL;TYPE=INTERNET:daan@rijwielhuis.nl", "item1.X-ABLabel:werk", "END:VCARD"))
    write("vcard/apple_40.vcf", lines(
        "BEGIN:VCARD", "VERSION:4.0", "FN:Femke Smit", "N:Smit;Femke;;;",
        "ORG:Fietsen Jansen B.V.", "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+31-30-1234567",
        "EMAIL;TYPE=work:femke@jansen.nl", "END:VCARD"))
    write("vcard/no_fn.vcf", lines(
        "BEGIN:VCARD", "VERSION:3.0", "N:Berg;Gert;van den;;", "ORG:Van Dam Tweewielers",
        "EMAIL:gert@vandam.nl", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "ORG:Van Dam Tweewielers", "TEL:038-000", "END:VCARD"))
    write("vcard/no_org.vcf", lines(
        "BEGIN:VCARD", "VERSION:3.0", "FN:Privé Contact", "EMAIL:prive@gmail.com", "END:VCARD"))
    write("vcard/broken_end.vcf", lines(
        "BEGIN:VCARD", "VERSION:3.0", "FN:A", "ORG:B", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Half", "ORG:Kaart"))
    write("vcard/not_a_vcard.vcf", lines("Naam;E-mail", "Piet;piet@jansen.nl"))


def _cal(*events: str, tz: str = "") -> str:
    return lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//NL", *([tz] if tz else []),
                 *events, "END:VCALENDAR")


WINDOWS_TZ = lines(
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE").strip()
LABEL_TZ = WINDOWS_TZ.replace("TZID:W. Europe Standard Time",
                              'TZID:"(UTC+01:00) Amsterdam, Berlijn, Bern, Rome"')


def ics_files() -> None:
    write("ics/outlook_windows_tz.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E0080000000010",
        "DTSTART;TZID=W. Europe Standard Time:20250304T100000",
        "DTEND;TZID=W. Europe Standard Time:20250304T110000",
        "SUMMARY:Jaargesprek", "LOCATION:Oudegracht 12\\, Utrecht",
        "ORGANIZER;CN=Anna de Boer:mailto:anna@ons-bedrijf.nl",
        "ATTENDEE;CN=Jan van der Berg;PARTSTAT=ACCEPTED:mailto:jan@jansen.nl",
        "END:VEVENT").strip(), tz=WINDOWS_TZ))
    write("ics/google_utc_meet.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:7kukuqrfedlm2f9t@google.com", "DTSTART:20250305T230000Z",
        "DTEND:20250305T233000Z", "SUMMARY:Korte afstemming",
        "DESCRIPTION:Deelnemen met Google Meet: https://meet.google.com/abc-defg-hij",
        "ATTENDEE;CN=sanne@vandam.nl:mailto:sanne@vandam.nl", "END:VEVENT").strip()))
    write("ics/rrule_exdate.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:weekly-1", "DTSTART;TZID=Europe/Amsterdam:20250106T090000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250203T080000Z",
        "EXDATE;TZID=Europe/Amsterdam:20250120T090000", "SUMMARY:Weekstart (telefonisch)",
        "ATTENDEE:mailto:jan@jansen.nl", "END:VEVENT").strip()))
    write("ics/no_dtend.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:nodtend-1", "DTSTART;VALUE=DATE:20250310",
        "SUMMARY:Beursbezoek", "LOCATION:Jaarbeurs Utrecht", "ATTENDEE:mailto:sanne@vandam.nl",
        "END:VEVENT").strip()))
    write("ics/recurrence_override.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:series-2", "DTSTART:20250401T080000Z",
        "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Training werkplaats",
        "ATTENDEE:mailto:jan@jansen.nl", "END:VEVENT",
        "BEGIN:VEVENT", "UID:series-2", "RECURRENCE-ID:20250402T080000Z",
        "DTSTART:20250405T080000Z", "SUMMARY:Training werkplaats (verzet)",
        "ATTENDEE:mailto:jan@jansen.nl", "END:VEVENT",
        "BEGIN:VEVENT", "UID:series-2", "RECURRENCE-ID:20250403T080000Z",
        "DTSTART:20250403T080000Z", "STATUS:CANCELLED", "SUMMARY:Training werkplaats",
        "ATTENDEE:mailto:jan@jansen.nl", "END:VEVENT").strip()))
    write("ics/label_vtimezone.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:label-1",
        'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlijn, Bern, Rome":20250701T003000',
        "SUMMARY:Vroege call", "ATTENDEE:mailto:jan@jansen.nl",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/x",
        "END:VEVENT").strip(), tz=LABEL_TZ))
    write("ics/bad_dtstart.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:bad-1", "DTSTART:volgende week", "SUMMARY:?",
        "END:VEVENT").strip()))
    write("ics/no_dtstart.ics", _cal(lines(
        "BEGIN:VEVENT", "UID:bad-2", "SUMMARY:Zonder begin", "END:VEVENT").strip()))
    write("ics/unbalanced.ics", lines(
        "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x", "DTSTART:20250101T100000Z",
        "END:VCALENDAR"))


if __name__ == "__main__":
    csv_files()
    vcard_files()
    ics_files()
    print(sum(1 for p in HERE.rglob("*") if p.is_file() and p.suffix != ".py"), "files")
