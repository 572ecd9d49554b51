"""The line format vCard and iCalendar share, read with the line number of every property.

``NAME;PARAM=VALUE;PARAM="quoted":value`` lines, folded onto continuation lines
that start with a space or tab (RFC 5545/6350), grouped in ``BEGIN:X`` …
``END:X`` components. vCard 2.1 (Outlook) adds bare parameters
(``TEL;WORK;VOICE:``), ``ENCODING=QUOTED-PRINTABLE`` values whose soft line breaks
end a line with ``=``, and a ``CHARSET`` per value. Problems raise ``FormatError``
with the line number, which the importer turns into "file:line: message".
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field


class FormatError(ValueError):
    """Unreadable input at ``line`` (1-based)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Property:
    name: str  # upper case, without group ("item1.EMAIL" → "EMAIL")
    params: dict[str, list[str]]  # upper-case keys; bare vCard 2.1 params go to TYPE
    value: str  # decoded from quoted-printable / charset, still escaped
    line: int

    def param(self, key: str, default: str = "") -> str:
        values = self.params.get(key)
        return values[0] if values else default

    def types(self) -> set[str]:
        return {t.upper() for v in self.params.get("TYPE", []) for t in v.split(",") if t}


@dataclass
class Component:
    name: str  # VCARD, VCALENDAR, VEVENT, VTIMEZONE, STANDARD …
    line: int
    properties: list[Property] = field(default_factory=list)
    children: list["Component"] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)

    def text(self, name: str) -> str:
        prop = self.first(name)
        return unescape(prop.value).strip() if prop else ""


def _is_qp(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def _split_head(line: str) -> tuple[str, str] | None:
    """Split at the first colon outside double quotes."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i], line[i + 1:]
    return None


def _split_params(head: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in head:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line number, unfolded line) for every property line."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    qp_soft = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if current and qp_soft:  # a quoted-printable soft line break: drop the "="
            current[-1] = current[-1][:-1]
            current.append(raw)
            qp_soft = raw.endswith("=")
            continue
        if current and raw[:1] in (" ", "\t"):
            current.append(raw[1:])
            continue
        if current:
            out.append((start, "".join(current)))
            current = []
        if not raw.strip():
            continue
        start, current = number, [raw]
        head = _split_head(raw)
        qp_soft = bool(head) and _is_qp(head[0]) and raw.endswith("=")
    if current:
        out.append((start, "".join(current)))
    return out


def _decode_value(params: dict[str, list[str]], value: str, line: int) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in params.get("TYPE", []):
        data = quopri.decodestring(value.encode("utf-8"))
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        for name in (charset, "utf-8", "cp1252"):
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
        return data.decode("latin-1")
    if encoding in ("B", "BASE64"):
        try:
            base64.b64decode(value + "=" * (-len(value) % 4))
        except (binascii.Error, ValueError):
            raise FormatError(line, "base64 value is damaged") from None
    return value


def parse_property(line: int, text: str) -> Property:
    head = _split_head(text)
    if head is None:
        raise FormatError(line, f"not a property line ('{_clip(text)}' has no colon)")
    head_text, value = head
    parts = _split_params(head_text)
    name = parts[0].strip().upper().rsplit(".", 1)[-1]
    if not re.fullmatch(r"[A-Z0-9-]+", name):
        raise FormatError(line, f"not a property name: '{_clip(parts[0])}'")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        if not part:
            continue
        key, sep, raw = part.partition("=")
        if not sep:  # vCard 2.1: TEL;WORK;VOICE or a bare QUOTED-PRINTABLE
            bare = key.strip().upper()
            if bare in ("QUOTED-PRINTABLE", "BASE64"):
                params.setdefault("ENCODING", []).append(bare)
            else:
                params.setdefault("TYPE", []).append(bare)
            continue
        values = [v.strip().strip('"') for v in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', raw)]
        params.setdefault(key.strip().upper(), []).extend(values)
    return Property(name, params, _decode_value(params, value, line), line)


def parse_components(text: str, *, max_depth: int = 8) -> list[Component]:
    """The top-level components of a file; anything outside BEGIN/END is an error."""
    roots: list[Component] = []
    stack: list[Component] = []
    for line, content in logical_lines(text):
        prop = parse_property(line, content)
        if prop.name == "BEGIN":
            kind = prop.value.strip().upper()
            if not kind or len(stack) >= max_depth:
                raise FormatError(line, f"BEGIN:{_clip(kind)} cannot start here")
            comp = Component(kind, line)
            (stack[-1].children if stack else roots).append(comp)
            stack.append(comp)
        elif prop.name == "END":
            kind = prop.value.strip().upper()
            if not stack or stack[-1].name != kind:
                expected = f"END:{stack[-1].name}" if stack else "BEGIN"
                raise FormatError(line, f"END:{_clip(kind)} where {expected} was expected")
            stack.pop()
        elif not stack:
            raise FormatError(line, f"{prop.name} outside BEGIN … END")
        else:
            stack[-1].properties.append(prop)
    if stack:
        raise FormatError(stack[-1].line, f"BEGIN:{stack[-1].name} has no END:{stack[-1].name}")
    return roots


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    r"""Text value escapes: \n and \N newline, \, \; \\ themselves."""
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_structured(value: str, sep: str = ";") -> list[str]:
    """Components of N, ADR, ORG: split at unescaped ``sep``, then unescaped."""
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(unescape("".join(current)))
    return parts


def escape(value: str) -> str:
    """Text for a property value (the inverse of ``unescape``)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """A content line folded at ``limit`` octets without splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    pieces, start, width = [], 0, limit
    while start < len(data):
        end = min(start + width, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, width = end, limit - 1
    return "\r\n ".join(pieces)


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
