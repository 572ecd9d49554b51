"""The import summary in Dutch: table names and the reasons the importers count under.

The importers count skipped rows and repairs under English reasons (the logs
read them as they are); the wizard and the CLI (``--lang nl``, its default)
show a Dutch user these words. A reason without a translation is shown as it
is, never hidden. ``SUMMARY`` holds the few words of the CLI's summary lines
(``ImportReport.summary_lines``), pure Python so the CLI needs no Qt translator.
"""

from __future__ import annotations

TABLES = {
    "accounts": ("relaties", "accounts"),
    "contacts": ("contactpersonen", "contacts"),
    "touchpoints": ("contactmomenten", "touchpoints"),
    "purchases": ("aankopen", "purchases"),
    "products": ("producten", "products"),
    "owners": ("accountmanagers", "account managers"),
    "measurements": ("metingen (NPS, CSAT, CES)", "measurements (NPS, CSAT, CES)"),
    "offers": ("offertes", "offers"),
    "service_cases": ("klachten en servicezaken", "complaints and service cases"),
    "touchpoint_contacts": ("deelnemers aan contactmomenten", "touchpoint participants"),
}

REASONS_NL = {
    "accounts already present (unchanged)": "relaties al aanwezig (ongewijzigd)",
    "contacts already present (unchanged)": "contactpersonen al aanwezig (ongewijzigd)",
    "touchpoints already present": "contactmomenten al aanwezig",
    "purchases already present": "aankopen al aanwezig",
    "meetings already imported": "afspraken al eerder ingelezen",
    "rows repeating an account earlier in the file":
        "regels die een relatie eerder in het bestand herhalen",
    "rows repeating a contact earlier in the file":
        "regels die een contactpersoon eerder in het bestand herhalen",
    "rows without an account name": "regels zonder naam van de relatie",
    "contacts without a name or e-mail": "contactpersonen zonder naam of e-mailadres",
    "contacts without an account": "contactpersonen zonder relatie",
    "touchpoints without an account": "contactmomenten zonder relatie",
    "purchases without an account": "aankopen zonder relatie",
    "touchpoints without a date": "contactmomenten zonder datum",
    "touchpoints without a kind": "contactmomenten zonder soort",
    "touchpoints dated in the future": "contactmomenten met een datum in de toekomst",
    "notes and tasks (not a moment of contact)": "notities en taken (geen contactmoment)",
    "purchases without a date": "aankopen zonder datum",
    "purchases without a product": "aankopen zonder product",
    "vCards without a name (FN or N)": "vCards zonder naam (FN of N)",
    "vCards without a company (ORG)": "vCards zonder bedrijf (ORG)",
    "cancelled meetings": "geannuleerde afspraken",
    "meetings still to come": "afspraken die nog moeten komen",
    "meetings without a known contact (matched by e-mail)":
        "afspraken zonder bekende contactpersoon (op e-mailadres)",
    "phone numbers that had lost their leading 0 (repaired)":
        "telefoonnummers die hun voorloop-0 kwijt waren (hersteld)",
    "phone numbers Excel turned into a number like 6,1E+08 (left empty)":
        "telefoonnummers die Excel tot een getal als 6,1E+08 maakte (leeg gelaten)",
    "phone numbers with digits lost (left out)":
        "telefoonnummers met verloren cijfers (weggelaten)",
    "account kinds not recognised (left empty)": "soorten relatie niet herkend (leeg gelaten)",
    "tiers not recognised (set to C)": "klantsegmenten niet herkend (C gegeven)",
    "roles not recognised (left as they were)": "rollen niet herkend (gelaten zoals ze waren)",
    "channels not recognised (left empty)": "kanalen niet herkend (leeg gelaten)",
    "e-mail addresses that are not valid (left out)": "ongeldige e-mailadressen (weggelaten)",
    "people named in touchpoints but not known (left out)":
        "genoemde personen die niet bekend zijn (weggelaten)",
}


# The CLI's summary lines: (Dutch, English).
SUMMARY = {
    "imported": ("{source} geïmporteerd in {seconds} s", "Imported {source} in {seconds} s"),
    "added": ("toegevoegd", "added"),
    "updated": ("bijgewerkt", "updated"),
    "skipped": ("overgeslagen", "skipped"),
    "note": ("opmerking", "note"),
}


def summary_word(key: str, lang: str = "nl") -> str:
    nl, en = SUMMARY[key]
    return nl if lang == "nl" else en


def number(n: float, lang: str = "nl", decimals: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in Dutch."""
    text = f"{n:,.{decimals}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "nl" else text


def table_word(table: str, lang: str = "nl") -> str:
    nl, en = TABLES.get(table, (table, table))
    return nl if lang == "nl" else en


def reason_word(reason: str, lang: str = "nl") -> str:
    return REASONS_NL.get(reason, reason) if lang == "nl" else reason
