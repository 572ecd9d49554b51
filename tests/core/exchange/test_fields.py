"""Headers from Salesforce, HubSpot, Dutch lists and our own exports map themselves."""

from __future__ import annotations

import pytest

from relbeheer.core.exchange.fields import auto_map, fields_of, header_key, mapping_problem


@pytest.mark.parametrize(("kind", "header", "expected"), [
    ("accounts", ["Account Name", "Billing City", "Account Owner", "Type", "Industry",
                  "Annual Revenue", "Billing Country", "Account Number"],
     ["name", "city", "owner", "kind", "sector", "annual_revenue", "country", "external_ref"]),
    ("accounts", ["Record ID", "Company name", "Company owner", "Country/Region",
                  "Number of Employees"],
     ["external_ref", "name", "owner", "country", "employees"]),
    ("accounts", ["Bedrijfsnaam", "Plaats", "Klantsegment", "Omzet", "Debiteurnummer"],
     ["name", "city", "tier", "annual_revenue", "external_ref"]),
    ("contacts", ["First Name", "Last Name", "Email", "Company name", "Phone Number",
                  "Job Title"],
     ["first_name", "last_name", "email", "account", "phone", "job_title"]),
    ("contacts", ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Bedrijf",
                  "Mobiel"],
     ["first_name", "middle_name", "last_name", "email", "account", "mobile"]),
    ("touchpoints", ["Activity Date", "Subject", "Type", "Company / Account", "Name",
                     "Assigned", "Comments"],
     ["date", "subject", "kind", "account", "contacts", "owner", "note"]),
    ("purchases", ["Klant", "Factuurdatum", "Artikelnummer", "Artikel", "Aantal",
                   "Stukprijs", "Bedrag", "Factuurnummer"],
     ["account", "date", "product_code", "product", "quantity", "unit_price", "amount",
      "external_ref"]),
])
def test_known_exports_map_automatically(kind, header, expected):
    assert auto_map(kind, header) == expected


def test_our_own_labels_in_both_languages_map_back():
    for kind in ("accounts", "contacts", "touchpoints", "purchases"):
        for lang in ("nl", "en"):
            fields = fields_of(kind)
            assert auto_map(kind, [f.label(lang) for f in fields]) == [f.name for f in fields]


def test_each_field_is_mapped_once_first_column_wins():
    assert auto_map("contacts", ["Email", "E-mail", "Naam", "Relatie"]) == [
        "email", None, "name", "account"]


def test_headers_compare_without_case_and_punctuation():
    assert header_key("E-mail address") == "emailaddress"
    assert header_key(" Billing_City ") == "billingcity"


def test_mapping_problems_name_what_is_missing():
    assert mapping_problem("accounts", ["city"]) == "no column for Account name"
    assert mapping_problem("contacts", ["name"], "nl") == "geen kolom voor Relatie"
    assert mapping_problem("contacts", ["email", "email", "account"]) == (
        "two columns are mapped to E-mail")
    assert mapping_problem("purchases", ["account", "date"]) == "no column for Product"
    assert mapping_problem("contacts", ["first_name", "account"]) is None
