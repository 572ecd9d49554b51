"""Dutch people, places and company names for the demo portfolio.

A demo that says "Customer 17, Contact 3" convinces nobody at an account review;
one that says "Fietsspeciaalzaak De Vries, Zwolle — Anouk Bakker (eigenaar)" does.
Everything here is a fixed word list plus a small generator that picks from it
with the caller's seeded ``random.Random``, so the same seed gives the same names.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

FIRST_NAMES = (
    "Jan Pieter Kees Henk Sjoerd Daan Bram Thijs Lars Ruben Joost Maarten Wouter Bas "
    "Erik Mark Tim Jeroen Niels Koen Stefan Martijn Rob Frank Gert Hans Wim Dirk Arjen "
    "Jasper Sander Tom Rik Luuk Sem Milan Jesse Mohamed Yusuf Emre Rachid Kevin Dennis "
    "Anouk Sanne Lotte Femke Ilse Marieke Sophie Eva Lisa Linda Ingrid Petra Monique "
    "Esther Karin Anne Fleur Iris Noor Julia Emma Lieke Roos Mirjam Wendy Saskia Judith "
    "Manon Kim Nadia Fatima Yasmina Priya Chantal Marloes Hanneke Ellen Marjolein Tessa"
).split()

SURNAMES = (
    "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|"
    "de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|"
    "Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|"
    "van den Heuvel|van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|"
    "van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|"
    "van der Wal|Prins|Blom|Huisman|Peeters|de Jonge|Kuipers|van Veen|Post|Kuiper|Veenstra|"
    "Kramer|van den Brink|Scholten|van Wijk|Postma|Martens|Vink|de Ruiter|Timmermans|Groen|"
    "Gerritsen|Jonker|van Loon|Boer|van der Velde|Willemsen|Smeets|de Lange|de Vos|Bosch|"
    "van Dongen|Hermans|Wouters|van Rijn|Claassen|Evers|Sanders|Brink|Haverkamp|Wijnands|"
    "van Os|Hofman|Veldhuis|Oosterhuis|Terpstra|Zijlstra|Nijland|Bouwman|Kamphuis|Wolters|"
    "Stam|Lammers|Hoogendoorn|Verbeek|Koopman|Bosman|Molenaar|Rutten|Arts|Coenen|Franssen|"
    "Yilmaz|Kaya|El Amrani|Bouzid|Tan|Nguyen|Pinas|Sedney|Ramdin|Jagesar"
).split("|")

# (city, province, population weight in ten-thousands, area code)
CITIES = (
    ("Amsterdam", "Noord-Holland", 93, "020"), ("Rotterdam", "Zuid-Holland", 66, "010"),
    ("Den Haag", "Zuid-Holland", 56, "070"), ("Utrecht", "Utrecht", 37, "030"),
    ("Eindhoven", "Noord-Brabant", 24, "040"), ("Groningen", "Groningen", 24, "050"),
    ("Tilburg", "Noord-Brabant", 23, "013"), ("Almere", "Flevoland", 22, "036"),
    ("Breda", "Noord-Brabant", 19, "076"), ("Nijmegen", "Gelderland", 18, "024"),
    ("Apeldoorn", "Gelderland", 17, "055"), ("Arnhem", "Gelderland", 17, "026"),
    ("Haarlem", "Noord-Holland", 16, "023"), ("Enschede", "Overijssel", 16, "053"),
    ("Amersfoort", "Utrecht", 16, "033"), ("Zaanstad", "Noord-Holland", 16, "075"),
    ("Haarlemmermeer", "Noord-Holland", 16, "023"),
    ("'s-Hertogenbosch", "Noord-Brabant", 16, "073"),
    ("Zwolle", "Overijssel", 13, "038"), ("Zoetermeer", "Zuid-Holland", 13, "079"),
    ("Leiden", "Zuid-Holland", 13, "071"), ("Maastricht", "Limburg", 12, "043"),
    ("Dordrecht", "Zuid-Holland", 12, "078"), ("Ede", "Gelderland", 12, "0318"),
    ("Alphen aan den Rijn", "Zuid-Holland", 11, "0172"), ("Leeuwarden", "Friesland", 13, "058"),
    ("Alkmaar", "Noord-Holland", 11, "072"), ("Emmen", "Drenthe", 11, "0591"),
    ("Delft", "Zuid-Holland", 10, "015"), ("Venlo", "Limburg", 10, "077"),
    ("Deventer", "Overijssel", 10, "0570"), ("Sittard-Geleen", "Limburg", 9, "046"),
    ("Helmond", "Noord-Brabant", 9, "0492"), ("Oss", "Noord-Brabant", 9, "0412"),
    ("Amstelveen", "Noord-Holland", 9, "020"), ("Hilversum", "Noord-Holland", 9, "035"),
    ("Heerlen", "Limburg", 9, "045"), ("Nissewaard", "Zuid-Holland", 9, "0181"),
    ("Hengelo", "Overijssel", 8, "074"), ("Purmerend", "Noord-Holland", 8, "0299"),
    ("Schiedam", "Zuid-Holland", 8, "010"), ("Lelystad", "Flevoland", 8, "0320"),
    ("Roosendaal", "Noord-Brabant", 8, "0165"), ("Leidschendam-Voorburg", "Zuid-Holland", 8, "070"),
    ("Gouda", "Zuid-Holland", 7, "0182"), ("Vlaardingen", "Zuid-Holland", 7, "010"),
    ("Hoorn", "Noord-Holland", 7, "0229"), ("Almelo", "Overijssel", 7, "0546"),
    ("Assen", "Drenthe", 7, "0592"), ("Velsen", "Noord-Holland", 7, "0255"),
    ("Bergen op Zoom", "Noord-Brabant", 7, "0164"),
    ("Capelle aan den IJssel", "Zuid-Holland", 7, "010"),
    ("Veenendaal", "Utrecht", 7, "0318"), ("Katwijk", "Zuid-Holland", 7, "071"),
    ("Zeist", "Utrecht", 7, "030"), ("Nieuwegein", "Utrecht", 6, "030"),
    ("Roermond", "Limburg", 6, "0475"), ("Den Helder", "Noord-Holland", 6, "0223"),
    ("Doetinchem", "Gelderland", 6, "0314"), ("Hoogeveen", "Drenthe", 6, "0528"),
    ("Terneuzen", "Zeeland", 5, "0115"), ("Middelburg", "Zeeland", 5, "0118"),
    ("Vlissingen", "Zeeland", 4, "0118"), ("Goes", "Zeeland", 4, "0113"),
    ("Kampen", "Overijssel", 5, "038"), ("Harderwijk", "Gelderland", 5, "0341"),
    ("Zutphen", "Gelderland", 5, "0575"), ("Tiel", "Gelderland", 4, "0344"),
    ("Wageningen", "Gelderland", 4, "0317"), ("Winterswijk", "Gelderland", 3, "0543"),
    ("Heerenveen", "Friesland", 5, "0513"), ("Sneek", "Friesland", 4, "0515"),
    ("Drachten", "Friesland", 5, "0512"), ("Harlingen", "Friesland", 2, "0517"),
    ("Veendam", "Groningen", 3, "0598"), ("Stadskanaal", "Groningen", 3, "0599"),
    ("Delfzijl", "Groningen", 2, "0596"), ("Meppel", "Drenthe", 3, "0522"),
    ("Steenwijk", "Overijssel", 3, "0521"), ("Weert", "Limburg", 5, "0495"),
    ("Venray", "Limburg", 4, "0478"), ("Uden", "Noord-Brabant", 4, "0413"),
    ("Veghel", "Noord-Brabant", 4, "0413"), ("Waalwijk", "Noord-Brabant", 5, "0416"),
    ("Oosterhout", "Noord-Brabant", 6, "0162"), ("Etten-Leur", "Noord-Brabant", 4, "076"),
    ("Woerden", "Utrecht", 5, "0348"), ("Houten", "Utrecht", 5, "030"),
    ("IJsselstein", "Utrecht", 3, "030"), ("Dronten", "Flevoland", 4, "0321"),
    ("Barneveld", "Gelderland", 6, "0342"), ("Culemborg", "Gelderland", 3, "0345"),
    ("Heemskerk", "Noord-Holland", 4, "0251"), ("Bussum", "Noord-Holland", 3, "035"),
    ("Rijswijk", "Zuid-Holland", 5, "070"), ("Westland", "Zuid-Holland", 11, "0174"),
    ("Gorinchem", "Zuid-Holland", 4, "0183"), ("Spijkenisse", "Zuid-Holland", 7, "0181"),
)

# Regions as sales teams carve up the country: the four big cities and their ring
# are one market ("Randstad"), the rest follows the provinces.
RANDSTAD = frozenset(
    "Amsterdam|Rotterdam|Den Haag|Utrecht|Amstelveen|Schiedam|Vlaardingen|Zoetermeer|Delft|"
    "Rijswijk|Leidschendam-Voorburg|Capelle aan den IJssel|Nieuwegein|Haarlemmermeer".split("|")
)
PROVINCE_REGION = {
    "Groningen": "Noord", "Friesland": "Noord", "Drenthe": "Noord",
    "Overijssel": "Oost", "Gelderland": "Oost",
    "Utrecht": "Midden", "Flevoland": "Midden",
    "Noord-Holland": "West", "Zuid-Holland": "West",
    "Noord-Brabant": "Zuid", "Limburg": "Zuid", "Zeeland": "Zuid",
}
REGIONS = ("Randstad", "West", "Midden", "Noord", "Oost", "Zuid")


def region_of(city: str, province: str) -> str:
    """The sales region of a city: Randstad for the big-city ring, else by province."""
    return "Randstad" if city in RANDSTAD else PROVINCE_REGION[province]


def company_surname(surname: str) -> str:
    """'van den Berg' → 'Van den Berg': capitalised when no first name precedes it."""
    return surname[0].upper() + surname[1:]


@lru_cache(maxsize=4096)  # names repeat thousands of times in a large demo
def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses and domains."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


# Company name patterns per sector: {s} surname (capitalised), {c} city, {w} a word.
NAME_PATTERNS = {
    "Fietsdetailhandel": (
        "Fietsspeciaalzaak {s}", "{s} Tweewielers", "{s} Tweewielers BV", "Rijwielhandel {s}",
        "{s} Fietsen", "Fietsenmaker {s}", "E-bike Centrum {c}", "Fietsplezier {c}",
        "{s} & Zn. Rijwielen", "Bike Totaal {s}", "Fietshuis {c}", "{s} Fietsen {c}",
        "Tweewielercentrum {c}", "Fietsenwinkel {s}", "{w} Fietsen {c}",
    ),
    "Sport- en outdoorzaak": (
        "{s} Sport", "Outdoor {c}", "{w} Sport & Outdoor", "Sportshop {s} {c}",
    ),
    "Webwinkel": ("{w}fiets.nl", "Fietsonline {c}", "{s} E-bikes Online", "{w}bikes.nl"),
    "Tweewieler- en scooterzaak": (
        "Scooter- en Fietscentrum {c}", "{s} Scooters & Fietsen", "Tweewielerbedrijf {s}",
    ),
    "Groothandel tweewielers": (
        "{s} Groothandel BV", "Tweewieler Groothandel {c}", "Fietsonderdelen {w} BV",
        "{s} Distributie {c}",
    ),
    "Leasemaatschappij": ("{s} Lease BV", "Fietslease {c}", "{w} Mobility Lease", "Lease{w} {c}"),
    "Gemeente": (
        "Gemeente {c}", "Afvalbedrijf {c}", "Sociale Dienst {c}", "Omgevingsdienst {c}",
        "Stadsbeheer {c}", "Parkeerbedrijf {c}",
    ),
    "Zorg": (
        "Ziekenhuis {c}", "Zorggroep {w}", "Thuiszorg {c}", "{w} Ziekenhuis {c}",
        "Wijkverpleging {s}", "Zorgcentrum {w} {c}",
    ),
    "Bezorging en logistiek": (
        "Snelkoeriers {c}", "{s} Bezorgdiensten", "Groen Koerier {c}", "{w} Logistiek BV",
        "Fietskoeriers {c}", "{s} Transport {c}",
    ),
    "Onderwijs": ("{c} College", "{w} Lyceum {c}", "Hogeschool {c}", "Scholengemeenschap {w}"),
    "Zakelijke dienstverlening": (
        "{s} & Partners", "Adviesbureau {s}", "{s} Accountants {c}", "{w} Consultancy",
        "Notariskantoor {s}",
    ),
    "Recreatie en verhuur": (
        "Fietsverhuur {c}", "Hotel {w} {c}", "Camping {w}", "{s} Recreatie", "Vakantiepark {w}",
    ),
    "Bouw en installatie": (
        "{s} Installatietechniek BV", "Bouwbedrijf {s}", "{s} Installaties {c}",
        "{w} Bouw & Onderhoud",
    ),
}
NAME_WORDS = (
    "Groen Noord Zuid Oost West Centraal Zon Polder Duin Dijk Horizon Vitaal Vooruit "
    "Samen Lente Linde Eiken Beuk Waal Maas Rijn IJssel Vecht Kempen Veluwe Hollands "
    "Fris Snel Stad Haven Brug Molen Toren Zeeland Friesch Twente Brabant"
).split()

JOB_TITLES = {
    # (decision maker, influencer, user, gatekeeper) titles per account kind
    "dealer": (
        ("Eigenaar", "Bedrijfsleider", "Directeur-eigenaar"),
        ("Werkplaatschef", "Senior verkoopadviseur", "Inkoper"),
        ("Monteur", "Verkoopmedewerker", "Werkplaatsmedewerker", "E-bike specialist"),
        ("Administratie", "Office manager", "Boekhouding"),
    ),
    "reseller": (
        ("Eigenaar", "Directeur", "Commercieel manager"),
        ("Category manager", "Inkoper", "Filiaalmanager"),
        ("Verkoopmedewerker", "Webshopbeheerder", "Magazijnmedewerker"),
        ("Administratie", "Klantenservice", "Office manager"),
    ),
    "wholesaler": (
        ("Algemeen directeur", "Commercieel directeur", "Hoofd inkoop"),
        ("Category manager", "Productmanager", "Accountmanager binnendienst"),
        ("Orderpicker", "Logistiek medewerker", "Verkoop binnendienst"),
        ("Managementassistent", "Crediteurenadministratie", "Receptie"),
    ),
    "business": (
        ("Directeur", "Inkoopmanager", "Facilitair manager", "Hoofd mobiliteit", "Fleetmanager"),
        ("HR-adviseur", "Duurzaamheidscoördinator", "Projectleider mobiliteit", "Controller"),
        ("Medewerker facilitaire dienst", "Teamleider bezorging", "Wagenparkbeheerder"),
        ("Managementassistent", "Secretariaat", "Inkoopassistent"),
    ),
}


def person_name(rnd, first_names=FIRST_NAMES, surnames=SURNAMES) -> tuple[str, str]:
    """(first name, surname) drawn with ``rnd`` (a ``random.Random().random``)."""
    return (
        first_names[int(rnd() * len(first_names))],
        surnames[int(rnd() * len(surnames))],
    )


def person_email(first: str, surname: str, domain: str) -> str:
    """'a.devries@domain' — initial plus surname, the common Dutch business form."""
    return f"{slug(first)[:1]}.{slug(surname)}@{domain}"


def mobile_number(rnd) -> str:
    return f"06-{10_000_000 + int(rnd() * 89_999_999)}"


def landline_number(rnd, area_code: str) -> str:
    """A number of ten digits in all, as Dutch landline numbers are."""
    low = 10 ** (9 - len(area_code))  # subscriber part: 10 digits minus the area code
    return f"{area_code}-{low + int(rnd() * 9 * low)}"


class CompanyNamer:
    """Unique company names per sector; retries, then disambiguates by city."""

    def __init__(self, rnd):
        self._rnd = rnd
        self._used: set[str] = set()

    def _fill(self, pattern: str, city: str) -> str:
        rnd = self._rnd
        return pattern.format(
            s=company_surname(SURNAMES[int(rnd() * len(SURNAMES))]),
            c=city,
            w=NAME_WORDS[int(rnd() * len(NAME_WORDS))],
        )

    def name(self, sector: str, city: str) -> str:
        """A company name not handed out before by this namer."""
        patterns = NAME_PATTERNS[sector]
        rnd = self._rnd
        for _ in range(8):
            name = self._fill(patterns[int(rnd() * len(patterns))], city)
            if name not in self._used:
                break
        else:
            base, n = name, 2
            while name in self._used:
                name = f"{base} ({n})"
                n += 1
        self._used.add(name)
        return name
