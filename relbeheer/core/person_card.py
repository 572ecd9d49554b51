"""One person as a vCard 3.0, for the GDPR export (what Outlook and phones read).

Pure text: escaping (``\\``, ``,``, ``;``, new lines) and folding at 75 octets
without splitting a UTF-8 character, CRLF line ends as RFC 2426 asks.
"""

from __future__ import annotations

from collections.abc import Mapping


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str, limit: int = 75) -> list[str]:
    """Split a content line into pieces of at most ``limit`` octets (continuations start with a space)."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        budget = limit if not pieces else limit - 1
        if size + width > budget:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return [pieces[0], *(" " + p for p in pieces[1:])]


def split_name(full: str) -> tuple[str, str]:
    """(family, given): the first word is the given name, the rest ("de Vries") the family name."""
    words = full.split()
    if len(words) < 2:
        return (full.strip(), "")
    return (" ".join(words[1:]), words[0])


def vcard(contact: Mapping, organisation: str | None = None) -> str:
    """A vCard 3.0 of one contact row (name, e-mail, phone, title, role, notes)."""
    name = (contact.get("name") or "").strip()
    family, given = split_name(name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(name)}",
             f"N:{_escape(family)};{_escape(given)};;;"]
    if organisation:
        lines.append(f"ORG:{_escape(organisation)}")
    for prop, key in (("TITLE", "job_title"), ("ROLE", "role"),
                      ("EMAIL;TYPE=INTERNET", "email"), ("TEL;TYPE=WORK,VOICE", "phone"),
                      ("NOTE", "notes")):
        value = contact.get(key)
        if value not in (None, ""):
            lines.append(f"{prop}:{_escape(str(value))}")
    if contact.get("id"):
        lines.append(f"UID:urn:uuid:{contact['id']}")
    if contact.get("updated_at"):
        lines.append(f"REV:{contact['updated_at']}")
    lines.append("END:VCARD")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))
