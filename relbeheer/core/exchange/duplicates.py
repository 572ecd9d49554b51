"""Which records are probably the same account or person, offered for merging.

Imports match what they can (an account by its normalised name, a contact by
e-mail) but never merge on a guess: rows that only *look* the same — "Jansen
Fietsen B.V." next to "jansen  fietsen", two people with one e-mail address at
different accounts — are offered to the user as pairs. In each pair the record
with more history is kept (ties: the older one), so a merge moves the least.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from relbeheer.core.exchange.values import company_key, match_key

REASONS = {
    "same_name": ("Zelfde naam (hoofdletters of spaties anders)",
                  "Same name (other case or spacing)"),
    "legal_form": ("Zelfde naam, andere rechtsvorm", "Same name, other legal form"),
    "same_email": ("Zelfde e-mailadres", "Same e-mail address"),
    "same_person": ("Zelfde naam bij dezelfde relatie", "Same name at the same account"),
}


def reason_text(code: str, lang: str = "nl") -> str:
    nl, en = REASONS.get(code, (code, code))
    return nl if lang == "nl" else en


@dataclass(frozen=True)
class Candidate:
    """A live record as the finder sees it."""

    id: str
    label: str
    weight: int  # linked rows: more history is kept
    created_at: str
    name: str = ""
    email: str = ""
    account_id: str = ""


@dataclass(frozen=True)
class DuplicatePair:
    table: str  # "accounts" or "contacts"
    keep_id: str
    drop_id: str
    keep_label: str
    drop_label: str
    reason: str  # a key of REASONS


def _pairs(table: str, groups: dict, reason, seen: set) -> list[DuplicatePair]:
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda c: (-c.weight, c.created_at, c.id))
        keep = ordered[0]
        for other in ordered[1:]:
            pair = frozenset((keep.id, other.id))
            if pair in seen:
                continue
            seen.add(pair)
            code = reason(keep, other) if callable(reason) else reason
            out.append(DuplicatePair(table, keep.id, other.id, keep.label, other.label, code))
    return out


def account_pairs(accounts: list[Candidate]) -> list[DuplicatePair]:
    """Accounts whose names match once case, spacing, dots and legal forms are ignored."""
    by_company: dict[str, list[Candidate]] = defaultdict(list)
    for acc in accounts:
        key = company_key(acc.name or acc.label)
        if key:
            by_company[key].append(acc)

    def reason(a: Candidate, b: Candidate) -> str:
        same = match_key(a.name or a.label) == match_key(b.name or b.label)
        return "same_name" if same else "legal_form"

    return _pairs("accounts", by_company, reason, set())


def contact_pairs(contacts: list[Candidate]) -> list[DuplicatePair]:
    """People with the same e-mail address, or the same name at the same account."""
    by_email: dict[str, list[Candidate]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for person in contacts:
        if person.email.strip():
            by_email[person.email.strip().casefold()].append(person)
        key = match_key(person.name)
        if key:
            by_name[(person.account_id, key)].append(person)
    seen: set = set()
    return _pairs("contacts", by_email, "same_email", seen) + _pairs(
        "contacts", by_name, "same_person", seen)
