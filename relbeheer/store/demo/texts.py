"""Short Dutch texts for the demo: touchpoint notes, complaints, survey comments.

Kept apart from the generators so that a reviewer can read (and a translator can
check) the words without wading through date arithmetic.
"""

from __future__ import annotations

# Notes per touchpoint kind, for the trade (dealers, resellers, wholesalers) and
# for business customers; kinds both share are listed once in COMMON_NOTES.
COMMON_NOTES = {
    "call": (
        "Gebeld over levertijden",
        "Even bijgepraat, loopt goed",
        "Vraag over garantieafhandeling beantwoord",
        "Afspraak gemaakt voor bezoek",
        "Nagebeld na levering, alles in orde",
    ),
    "email": (
        "Prijslijst nieuwe seizoen gemaild",
        "Offerte nagestuurd met levertijden",
        "Vraag over garantieprocedure beantwoord",
        "Productinformatie speed pedelecs gestuurd",
        "Bevestiging leverafspraak",
    ),
    "event": (
        "Samen op de vakbeurs fiets",
        "Testrit-evenement op locatie",
        "Klantavond nieuwe collectie",
    ),
    "lunch": (
        "Lunch met de beslisser, zaken en privé",
        "Zakelijk diner na jaargesprek",
        "Lunch na de vakbeurs",
    ),
    "gift": (
        "Kerstpakket bezorgd",
        "Felicitatie met jubileum, bloemen gestuurd",
        "Attentie na verhuizing naar nieuw pand",
        "Boek en kaartje na geslaagde samenwerking",
    ),
    "service_recovery": (
        "Klacht persoonlijk opgelost, vervangende fiets gebracht",
        "Excuses aangeboden en onderdelen gratis geleverd",
        "Monteur ter plaatse gestuurd, probleem verholpen",
    ),
}
TRADE_NOTES = {
    "visit": (
        "Showroom bezocht, voorraad cargo besproken",
        "Jaargesprek: doelen en bonusafspraken doorgenomen",
        "Nieuwe collectie gepresenteerd, interesse in speed pedelecs",
        "Werkplaats bekeken; vraag naar diagnosetool",
        "Kennismaking met nieuwe bedrijfsleider",
        "Schapindeling accessoires samen doorgenomen",
    ),
    "video_call": (
        "Online demo dealerportaal",
        "Videogesprek over voorraad en nabestellingen",
    ),
    "newsletter": ("Nieuwsbrief dealers", "Nieuwsbrief: nieuwe modellen en prijzen"),
    "training": (
        "Werkplaatstraining motor- en accudiagnose",
        "Verkooptraining speed pedelecs voor het team",
        "Productkennis nieuwe collectie voor verkopers",
    ),
    "quote": (
        "Offerte voorjaarsvoorraad",
        "Offerte dealerpakket",
        "Offerte uitbreiding assortiment",
    ),
}
BUSINESS_NOTES = {
    "visit": (
        "Jaargesprek: wagenpark en budget doorgenomen",
        "Wagenpark doorgelopen, vervanging volgend jaar",
        "Bezoek op locatie, proefritten met het team",
        "Evaluatie levering en service van afgelopen kwartaal",
        "Kennismaking met nieuwe facilitair manager",
    ),
    "video_call": (
        "Teams-overleg over uitbreiding wagenpark",
        "Online demo fleetportaal",
        "Videogesprek met inkoop over prijsafspraken",
    ),
    "newsletter": ("Nieuwsbrief zakelijk", "Nieuwsbrief: fietsen van de zaak"),
    "training": (
        "Training fleetportaal voor wagenparkbeheer",
        "Rijvaardigheidstraining speed pedelec voor medewerkers",
        "Instructie dagelijks onderhoud voor de eigen dienst",
    ),
    "quote": (
        "Offerte fietsen voor nieuwe vestiging",
        "Offerte onderhoudscontract",
        "Offerte vervanging wagenpark",
    ),
}


CASE_SUBJECTS = (
    "Accu laadt niet volledig op",
    "Levering te laat",
    "Verkeerde framemaat geleverd",
    "Garantieclaim motor",
    "Factuur klopt niet",
    "Remmen piepen na onderhoud",
    "Display geeft foutcode",
    "Onderdelen niet op voorraad",
    "Lekke band direct na aflevering",
    "Inloggen op dealerportaal lukt niet",
    "Beschadiging bij transport",
)
CASE_NOTES = {
    "recovered": "Persoonlijk opgelost; klant reageerde positief.",
    "resolved": "Afgehandeld volgens garantieprocedure.",
    "unresolved": "Gesloten zonder oplossing; klant niet tevreden.",
    None: "Nog geen oplossing; wacht op onderdelen of reactie fabriek.",
}

NPS_COMMENTS = {
    "promoter": (
        "Snelle levering en goed contact met de accountmanager",
        "Topkwaliteit fietsen, klanten zijn blij",
        "Denken echt met ons mee",
    ),
    "passive": (
        "Prima, maar levertijden kunnen beter",
        "Goed product, prijs is aan de hoge kant",
        "Redelijk tevreden, weinig contact de laatste tijd",
    ),
    "detractor": (
        "Reageren traag op garantieclaims",
        "Te weinig persoonlijk contact",
        "Leveringen kloppen vaak niet",
    ),
}

OFFER_STAGES = {
    "open": ("offerte verstuurd", "in onderhandeling"),
    "won": ("gewonnen",),
    "lost": ("verloren",),
}
