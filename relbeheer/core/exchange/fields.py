"""What a CSV column can mean for each kind of import, and how headers map onto it.

Users bring exports from Salesforce ("Account Name", "Billing City"), HubSpot
("Company name", "Associated Company"), Excel lists in Dutch ("Bedrijfsnaam",
"Plaats", "Tussenvoegsel") and our own exports. Each field lists the header
spellings it recognises; headers are compared without case, spaces or punctuation
("E-mail address" = "emailaddress"), so most files map themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("accounts", "contacts", "touchpoints", "purchases")


@dataclass(frozen=True)
class Field:
    """One thing an import can fill: its code, its labels and the headers it answers to."""

    name: str
    en: str
    nl: str
    aliases: tuple[str, ...] = ()
    type: str = "text"  # text, number, integer, date, bool, phone, email
    required: bool = False

    def label(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en


def header_key(title: str) -> str:
    """A header as compared: 'E-mail address' → 'emailaddress', 'Billing City' → 'billingcity'."""
    return re.sub(r"[\W_]+", "", title.casefold())


_ACCOUNT_NAME = ("accountname", "account", "company", "companyname", "bedrijf", "bedrijfsnaam",
                 "organisatie", "organisation", "organization", "relatie", "relatienaam",
                 "klant", "klantnaam", "customer", "customername", "associatedcompany",
                 "companyaccount", "debiteurnaam", "firma", "org")
_NOTES = ("description", "notes", "note", "notities", "notitie", "opmerkingen", "opmerking",
          "omschrijving", "toelichting", "memo", "comments", "comment")
_OWNER = ("owner", "accountowner", "companyowner", "hubspotowner", "contactowner",
          "eigenaar", "accountmanager", "verkoper", "vertegenwoordiger", "salesrep",
          "medewerker", "assigned", "assignedto", "activityassignedto", "behandelaar")

FIELDS: dict[str, tuple[Field, ...]] = {
    "accounts": (
        Field("name", "Account name", "Naam relatie", ("name", "naam", *_ACCOUNT_NAME),
              required=True),
        Field("external_ref", "Reference", "Referentie",
              ("externalref", "accountid", "accountnumber", "recordid", "companyid",
               "klantnummer", "relatienummer", "debiteurnummer", "debiteur", "id", "ref",
               "externalid", "kvknummer", "kvk")),
        Field("kind", "Kind", "Soort", ("kind", "type", "accounttype", "soort", "soortrelatie",
                                        "companytype", "klanttype")),
        Field("tier", "Tier", "Klantsegment", ("tier", "segment", "klantsegment", "rating",
                                               "abc", "abcklasse", "klasse", "classificatie")),
        Field("owner", "Owner", "Accountmanager", _OWNER),
        Field("sector", "Sector", "Sector", ("sector", "industry", "branche", "industrie")),
        Field("region", "Region", "Regio", ("region", "regio", "billingstateprovince",
                                            "billingstate", "stateregion", "state",
                                            "provincie", "gebied", "rayon")),
        Field("country", "Country", "Land", ("country", "land", "billingcountry",
                                             "countryregion")),
        Field("city", "City", "Plaats", ("city", "plaats", "woonplaats", "vestigingsplaats",
                                         "stad", "billingcity", "vestiging")),
        Field("employees", "Employees", "Medewerkers",
              ("employees", "numberofemployees", "medewerkers", "aantalmedewerkers",
               "werknemers", "fte"), type="integer"),
        Field("annual_revenue", "Annual revenue", "Jaaromzet",
              ("annualrevenue", "revenue", "omzet", "jaaromzet"), type="number"),
        Field("notes", "Notes", "Notities", _NOTES),
    ),
    "contacts": (
        Field("account", "Account", "Relatie", _ACCOUNT_NAME, required=True),
        Field("name", "Full name", "Volledige naam",
              ("name", "naam", "fullname", "volledigenaam", "contactname", "contactpersoon",
               "contact")),
        Field("first_name", "First name", "Voornaam",
              ("firstname", "voornaam", "givenname", "roepnaam", "voorletters")),
        Field("middle_name", "Middle name", "Tussenvoegsel",
              ("tussenvoegsel", "tussenvoegsels", "middlename", "voorvoegsel")),
        Field("last_name", "Last name", "Achternaam",
              ("lastname", "achternaam", "surname", "familyname", "familienaam")),
        Field("job_title", "Job title", "Functie", ("jobtitle", "title", "functie",
                                                    "functietitel", "position")),
        Field("email", "E-mail", "E-mail", ("email", "emailaddress", "emailadres", "mail",
                                            "email1", "primaryemail", "emailwerk"),
              type="email"),
        Field("phone", "Phone", "Telefoon", ("phone", "phonenumber", "telefoon",
                                             "telefoonnummer", "tel", "businessphone",
                                             "werktelefoon", "telefoonwerk"), type="phone"),
        Field("mobile", "Mobile", "Mobiel", ("mobile", "mobilephone", "mobilephonenumber",
                                             "mobiel", "mobielnummer", "mobieletelefoon",
                                             "gsm"), type="phone"),
        Field("role", "Role", "Rol", ("role", "rol", "beslisrol", "decisionrole",
                                      "buyingrole")),
        Field("preferred_channel", "Preferred channel", "Voorkeurskanaal",
              ("preferredchannel", "voorkeurskanaal", "kanaal", "channel")),
        Field("is_ambassador", "Ambassador", "Ambassadeur",
              ("isambassador", "ambassador", "ambassadeur", "promotor"), type="bool"),
        Field("notes", "Notes", "Notities", _NOTES),
    ),
    "touchpoints": (
        Field("account", "Account", "Relatie", (*_ACCOUNT_NAME, "relatedto", "what"),
              required=True),
        Field("date", "Date", "Datum", ("date", "datum", "activitydate", "contactdatum",
                                        "duedate", "startdate", "activitydatetime",
                                        "datumcontact", "startdatetime"),
              type="date", required=True),
        Field("kind", "Kind", "Soort", ("kind", "type", "activitytype", "soort",
                                        "contactsoort", "soortcontact", "tasksubtype",
                                        "eventsubtype", "typecontact")),
        Field("subject", "Subject", "Onderwerp", ("subject", "onderwerp", "calltitle",
                                                  "activityname", "titel", "meetingname")),
        Field("note", "Note", "Notitie", (*_NOTES, "body", "fullcomments", "verslag",
                                          "callnotes", "meetingnotes", "activitybody")),
        Field("contacts", "Contacts", "Contactpersonen",
              ("contacts", "contactpersonen", "contactpersoon", "contact", "contactname",
               "associatedcontact", "associatedcontacts", "attendees", "deelnemers", "who",
               "name", "naam", "contactemail")),
        Field("owner", "Owner", "Accountmanager", (*_OWNER, "createdby")),
        Field("sentiment", "Sentiment", "Stemming", ("sentiment", "stemming", "gevoel",
                                                     "indruk")),
        Field("follow_up_on", "Follow-up on", "Opvolgen op",
              ("followupon", "followup", "followupdate", "vervolg", "vervolgdatum",
               "opvolgen", "opvolgdatum", "opvolgenop", "terugbellenop", "nextstepdate"),
              type="date"),
        Field("external_ref", "Reference", "Referentie",
              ("externalref", "activityid", "recordid", "taskid", "eventid", "engagementid",
               "ref", "id", "referentie")),
    ),
    "purchases": (
        Field("account", "Account", "Relatie", (*_ACCOUNT_NAME, "debiteur", "billto"),
              required=True),
        Field("date", "Date", "Datum", ("date", "datum", "invoicedate", "factuurdatum",
                                        "orderdatum", "orderdate", "closedate",
                                        "besteldatum", "leverdatum", "aankoopdatum"),
              type="date", required=True),
        Field("product", "Product", "Product", ("product", "productname", "artikel",
                                                "artikelomschrijving", "artikelnaam",
                                                "item", "itemname", "productnaam")),
        Field("product_code", "Product code", "Artikelnummer",
              ("productcode", "artikelnummer", "artikelcode", "sku", "stockcode",
               "itemcode", "code", "artnr")),
        Field("quantity", "Quantity", "Aantal", ("quantity", "aantal", "qty", "stuks",
                                                 "hoeveelheid"), type="number"),
        Field("unit_price", "Unit price", "Stukprijs",
              ("unitprice", "salesprice", "stukprijs", "prijs", "price", "eenheidsprijs",
               "prijsperstuk", "verkoopprijs"), type="number"),
        Field("amount", "Amount", "Bedrag", ("amount", "totalprice", "total", "totaal",
                                             "bedrag", "regeltotaal", "linetotal",
                                             "netamount", "omzet", "totaalbedrag"),
              type="number"),
        Field("external_ref", "Order or invoice", "Order of factuur",
              ("externalref", "invoice", "invoicenumber", "invoiceno", "factuurnummer",
               "factuur", "ordernummer", "ordernumber", "orderno", "order", "ref",
               "reference", "referentie", "bonnummer")),
    ),
}


def fields_of(kind: str) -> tuple[Field, ...]:
    if kind not in FIELDS:
        raise ValueError(f"unknown kind '{kind}' (one of {', '.join(KINDS)})")
    return FIELDS[kind]


def auto_map(kind: str, header: list[str]) -> list[str | None]:
    """The field each column fills (None: ignored); each field at most once, first column wins.

    Exact alias matches are placed first, so "Account Name" goes to the account
    even when a later "Name" column could also have been it.
    """
    keys = [header_key(h) for h in header]
    mapping: list[str | None] = [None] * len(header)
    taken: set[str] = set()
    # Pass 1 takes each field's most specific alias (earliest in its list) first.
    candidates = []
    for field in fields_of(kind):
        # Our own labels first: an export of ours (in either language) maps exactly.
        own = (header_key(field.nl), header_key(field.en), field.name.replace("_", ""))
        for rank, alias in enumerate(dict.fromkeys(own + field.aliases)):
            for col, key in enumerate(keys):
                if key == alias:
                    candidates.append((rank, col, field.name))
    for _rank, col, name in sorted(candidates):
        if mapping[col] is None and name not in taken:
            mapping[col] = name
            taken.add(name)
    return mapping


_PROBLEMS = {
    "unknown": ("onbekend veld '{name}'", "unknown field '{name}'"),
    "twice": ("twee kolommen horen bij {field}", "two columns are mapped to {field}"),
    "missing": ("geen kolom voor {fields}", "no column for {fields}"),
}


def _problem(key: str, lang: str, **kw) -> str:
    nl, en = _PROBLEMS[key]
    return (nl if lang == "nl" else en).format(**kw)


def mapping_problem(kind: str, mapping: list[str | None], lang: str = "en") -> str | None:
    """Why a mapping cannot be imported (a required field unmapped, a field twice), or None."""
    fields = {f.name: f for f in fields_of(kind)}
    used = [m for m in mapping if m]
    for name in used:
        if name not in fields:
            return _problem("unknown", lang, name=name)
        if used.count(name) > 1:
            return _problem("twice", lang, field=fields[name].label(lang))
    missing = [f for f in fields.values() if f.required and f.name not in used]
    if kind == "contacts" and not ({"name", "first_name", "last_name", "email"} & set(used)):
        missing.append(fields["name"])
    if kind == "purchases" and not ({"product", "product_code"} & set(used)):
        missing.append(fields["product"])
    if missing:
        return _problem("missing", lang, fields=", ".join(f.label(lang) for f in missing))
    return None
