"""vCard 2.1 / 3.0 / 4.0 contacts in, vCard 3.0 out.

Reading keeps what an account manager needs from an address book: the name (FN,
or built from N when FN is missing), the company (first part of ORG), job title,
e-mail addresses and phone numbers (work first), the note, and — on our own
exports — the decision role and ambassador flag (``X-RELBEHEER-*``), so an export
read back gives the same contacts. Writing uses 3.0, the version Outlook, Google
Contacts and Apple Contacts all import, with lines folded at 75 octets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from relbeheer.core.exchange.contentline import (
    Component,
    FormatError,
    Property,
    escape,
    fold,
    parse_components,
    split_structured,
    unescape,
)
from relbeheer.core.exchange.values import clean_text, join_name, split_name

VERSIONS = ("2.1", "3.0", "4.0")
_PHONE_ORDER = ("WORK", "CELL", "MAIN", "VOICE")


@dataclass
class CardContact:
    """One vCard as plain values; ``line`` is where its BEGIN:VCARD stands."""

    line: int
    name: str = ""
    organisation: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    note: str = ""
    uid: str = ""
    role: str = ""
    ambassador: bool | None = None
    channel: str = ""


def _pref_order(prop: Property, index: int) -> tuple:
    types = prop.types()
    pref = "PREF" in types or prop.param("PREF") not in ("", None)
    rank = next((i for i, t in enumerate(_PHONE_ORDER) if t in types), len(_PHONE_ORDER))
    return (0 if pref else 1, rank, index)


def _strip_uri(value: str, scheme: str) -> str:
    return value[len(scheme):] if value.lower().startswith(scheme) else value


def _card(comp: Component) -> CardContact:
    version = comp.text("VERSION")
    if version and version not in VERSIONS:
        raise FormatError(comp.line, f"vCard version {version} is not 2.1, 3.0 or 4.0")
    card = CardContact(line=comp.line)
    card.name = clean_text(comp.text("FN"))
    if not card.name and comp.first("N"):
        parts = split_structured(comp.first("N").value) + ["", "", ""]
        family, given, additional = parts[0], parts[1], parts[2]
        card.name = clean_text(join_name(given, additional, family))
    org = comp.first("ORG")
    if org:
        card.organisation = clean_text(split_structured(org.value)[0])
    card.job_title = clean_text(comp.text("TITLE"))
    emails = sorted(enumerate(comp.all("EMAIL")), key=lambda p: _pref_order(p[1], p[0]))
    card.emails = [e for e in (clean_text(_strip_uri(unescape(p.value), "mailto:"))
                               for _, p in emails) if e]
    phones = sorted(enumerate(comp.all("TEL")), key=lambda p: _pref_order(p[1], p[0]))
    card.phones = [t for t in (clean_text(_strip_uri(unescape(p.value), "tel:"))
                               for _, p in phones) if t]
    card.note = comp.text("NOTE").replace("\r\n", "\n").replace("\r", "\n").strip()
    card.uid = comp.text("UID")
    card.role = comp.text("X-RELBEHEER-ROLE")
    card.channel = comp.text("X-RELBEHEER-CHANNEL")
    ambassador = comp.text("X-RELBEHEER-AMBASSADOR")
    card.ambassador = (ambassador == "1") if ambassador else None
    return card


def parse_vcards(text: str) -> list[CardContact]:
    """Every vCard in ``text``; ``FormatError`` at the first line that is not one."""
    if not text.strip():
        raise FormatError(1, "empty file, expected BEGIN:VCARD")
    cards = []
    for comp in parse_components(text):
        if comp.name != "VCARD":
            raise FormatError(comp.line, f"BEGIN:{comp.name} where BEGIN:VCARD was expected")
        cards.append(_card(comp))
    return cards


@dataclass
class CardOut:
    """What a vCard export writes for one contact."""

    id: str
    name: str
    account: str
    job_title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    role: str = ""
    is_ambassador: bool = False
    channel: str = ""


def write_vcards(contacts: Iterable[CardOut]) -> str:
    """vCard 3.0 text (CRLF line ends, folded) for ``contacts``."""
    lines: list[str] = []
    for c in contacts:
        given, family = split_name(c.name)
        card = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:{escape(c.id)}",
            f"FN:{escape(c.name)}",
            f"N:{escape(family)};{escape(given)};;;",
            f"ORG:{escape(c.account)}",
        ]
        if c.job_title:
            card.append(f"TITLE:{escape(c.job_title)}")
        if c.email:
            card.append(f"EMAIL;TYPE=INTERNET,WORK:{escape(c.email)}")
        if c.phone:
            card.append(f"TEL;TYPE=WORK,VOICE:{escape(c.phone)}")
        if c.notes:
            card.append(f"NOTE:{escape(c.notes)}")
        if c.role:
            card.append(f"X-RELBEHEER-ROLE:{escape(c.role)}")
        if c.channel:
            card.append(f"X-RELBEHEER-CHANNEL:{escape(c.channel)}")
        card.append(f"X-RELBEHEER-AMBASSADOR:{1 if c.is_ambassador else 0}")
        card.append("END:VCARD")
        lines.extend(fold(line) for line in card)
    return "\r\n".join(lines) + ("\r\n" if lines else "")
