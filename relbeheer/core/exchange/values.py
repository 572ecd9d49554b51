"""Reading single cell values the way Dutch spreadsheets write them, and writing them safely.

Each ``parse_*`` raises ``ValueError`` with a short phrase ("a number", "a valid
date (dd-mm-yyyy)") that the importer puts after the column and value, so every
error reads "Column 'value' is not <phrase>".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

# Characters nobody types on purpose but that ride along from web pages, Word and
# right-to-left text: bidi marks and embeddings, zero-width spaces and joiners, a
# stray BOM. Left in, "Jansen\u200e" would not match "Jansen".
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x180E, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
     *range(0x2060, 0x2070)]
)
_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " "}
_CLEAN = {**_INVISIBLE, **_SPACES}


def clean_text(text: str) -> str:
    """A cell without invisible marks, non-breaking spaces or surrounding blanks."""
    if text.isascii():
        return text.strip()
    return text.translate(_CLEAN).strip()


# --- formula safety (CSV injection) ---------------------------------------------

# A cell starting with one of these is a formula (or starts one) in Excel and
# LibreOffice; a tab or CR at the start can be used to hide one.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(text: str) -> str:
    """The text made inert for a spreadsheet: a leading apostrophe before a trigger.

    A text that already starts with an apostrophe followed by a trigger or another
    apostrophe gets one more, so ``unneutralise`` gives back exactly the original.
    """
    if not text:
        return text
    first = text[0]
    if first in FORMULA_TRIGGERS or (first == "'" and len(text) > 1 and (
            text[1] in FORMULA_TRIGGERS or text[1] == "'")):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo ``excel_safe`` on import, so an export read back gives the same data."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_TRIGGERS or text[1] == "'"):
        return text[1:]
    return text


# --- numbers -------------------------------------------------------------------

_NUMBER = {
    ",": re.compile(r"^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:[eE][-+]?\d+)?$"),
    ".": re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?$"),
}
_CURRENCY = re.compile(r"(?i)^(?:€|eur|usd|\$|£)\s*|\s*(?:€|eur|usd|\$|£)$")


def parse_number(text: str, decimal: str = ",") -> float:
    """``1.234,56`` (decimal comma) or ``1,234.56`` (decimal point); € and spaces allowed.

    The grouping must be right for the chosen mark: with a decimal comma ``12.5``
    is refused rather than read as 125.
    """
    if text.isdigit() and text.isascii():  # most cells: a plain whole number
        return float(text)
    value = _CURRENCY.sub("", text.strip()).replace(" ", "").replace("\u00a0", "")
    if value.startswith(("-€", "-$")):
        value = "-" + value[2:]
    if not _NUMBER[decimal].match(value):
        raise ValueError("a number")
    if decimal == ",":
        value = value.replace(".", "").replace(",", ".")
    else:
        value = value.replace(",", "")
    number = float(value)
    if number - number != 0:  # infinity from a huge exponent
        raise ValueError("a number")
    return number


# The same numbers as ``_NUMBER`` without exponents, one a line: a column checked at once.
_PLAIN = {d: r"[-+]?(?:\d{1,3}(?:\%s\d{3})+|\d+)(?:\%s\d+)?" % (g, d)
          for d, g in ((",", "."), (".", ","))}
_NUMBERS = {d: re.compile(rf"(?:{p})(?:\n(?:{p}))*") for d, p in _PLAIN.items()}


def parse_numbers(texts: list[str], decimal: str = ",") -> list[float] | None:
    """``parse_number`` of every text, or None when one of them needs it one by one.

    A 100,000-row import reads a revenue column in one regular-expression pass
    and one float per cell (0.2 µs a cell instead of 1.3). Texts are stripped
    already; anything unusual (currency, spaces, exponents, a bad value) gives None.
    """
    joined = "\n".join(texts)
    if not texts or not _NUMBERS[decimal].fullmatch(joined):
        return None
    if decimal == ",":
        joined = joined.replace(".", "").replace(",", ".")
    else:
        joined = joined.replace(",", "")
    numbers = list(map(float, joined.split("\n")))
    return numbers if len(numbers) == len(texts) else None  # a text held a line break


def parse_integer(text: str, decimal: str = ",", *, limit: int = 10**12) -> int:
    """A whole number within ``limit`` (SQLite holds 64 bits; employees do not need more)."""
    number = parse_number(text, decimal)
    if number != int(number) or abs(number) > limit:
        raise ValueError("a whole number")
    return int(number)


def detect_decimal(samples: list[str], delimiter: str) -> str:
    """',' or '.', from the numbers in ``samples``; with no evidence, ',' after a ';'."""
    comma = dot = 0
    for text in samples:
        value = text.strip().lstrip("€$ -+")
        if not value or not value[0].isdigit() or _DATEISH.match(value):
            continue
        if re.fullmatch(r"\d+(?:\.\d{3})*,\d{1,2}|\d{1,3}(?:\.\d{3})+(?:,\d+)?", value):
            comma += 1
        elif re.fullmatch(r"\d+(?:,\d{3})*\.\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?", value):
            dot += 1
    if comma != dot:
        return "," if comma > dot else "."
    return "," if delimiter in (";", "\t") else "."


# --- dates ---------------------------------------------------------------------

# What the user picks (and the CLI's --date-format takes) → strptime patterns.
DATE_FORMATS: dict[str, str] = {
    "yyyy-mm-dd": "%Y-%m-%d",
    "dd-mm-yyyy": "%d-%m-%Y",
    "dd/mm/yyyy": "%d/%m/%Y",
    "dd.mm.yyyy": "%d.%m.%Y",
    "mm/dd/yyyy": "%m/%d/%Y",
    "dd-mm-yy": "%d-%m-%y",
    "yyyy/mm/dd": "%Y/%m/%d",
}
_DATEISH = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SERIAL = re.compile(r"^\d{5}(?:[.,]\d+)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug


def date_format_key(text: str) -> str:
    """A user's spelling (``dd-mm-yyyy`` or ``%d-%m-%Y``) as a key of DATE_FORMATS."""
    value = text.strip().lower()
    if value in DATE_FORMATS:
        return value
    for key, pattern in DATE_FORMATS.items():
        if pattern.lower() == value:
            return key
    raise ValueError(f"unknown date format '{text}' (one of {', '.join(DATE_FORMATS)})")


def parse_date(text: str, fmt: str = "dd-mm-yyyy") -> dt.date:
    """A date in the chosen format, ISO 8601, or an Excel serial number; time is dropped."""
    value = text.strip()
    if len(value) > 10:
        value = value.replace("T", " ", 1).split(" ", 1)[0]
    try:
        if _ISO.match(value):
            return dt.date.fromisoformat(value)
        if _SERIAL.match(value):
            # A date cell that lost its formatting: days since Excel's epoch.
            day = EXCEL_EPOCH + dt.timedelta(days=int(value.replace(",", ".").split(".")[0]))
            if day.year >= 1950:
                return day
        if len(value) == 8 and value.isdigit():
            return dt.datetime.strptime(value, "%Y%m%d").date()
        return dt.datetime.strptime(value, DATE_FORMATS[fmt]).date()
    except (ValueError, OverflowError):
        raise ValueError(f"a valid date ({fmt})") from None


def detect_date_format(samples: list[str]) -> str | None:
    """The format that reads the most of ``samples``; ties go to the Dutch reading."""
    candidates = [s.strip() for s in samples if _DATEISH.match(s.strip())]
    if not candidates:
        return None
    best, best_hits = None, 0
    for key in DATE_FORMATS:  # in order of preference
        hits = 0
        for value in candidates:
            try:
                parse_date(value, key)
                hits += 1
            except ValueError:
                pass
        if hits > best_hits:
            best, best_hits = key, hits
    return best


# --- people, phones, names -------------------------------------------------------

_EXCEL_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")


def fix_phone(text: str) -> tuple[str, str | None]:
    """A phone number with what Excel did to it undone where that is possible.

    Returns ``(phone, problem)``: a 9-digit Dutch number that lost its leading 0
    (612345678) gets it back, 31612345678 becomes +31612345678; a number Excel
    turned into 6,12E+08 has lost digits and comes back empty with a problem.
    """
    value = text.strip()
    if not value:
        return "", None
    if _EXCEL_SCIENTIFIC.match(value):
        return "", "lost"
    if value.isdigit():
        if len(value) == 9 and value[0] != "0":
            return "0" + value, "zero"
        if len(value) == 11 and value.startswith("31"):
            return "+" + value, "zero"
    if value.startswith("00") and len(value) > 6:
        return "+" + value[2:], None
    return value, None


_PUNCT = re.compile(r"[.,'’`\"()]+")
_LEGAL_FORMS = {"bv", "nv", "vof", "cv", "bvba", "gmbh", "ltd", "inc", "llc", "sa", "ag"}


@lru_cache(maxsize=1 << 16)
def match_key(name: str) -> str:
    """A name as matched on import: case, accents-as-typed, spacing and dots ignored.

    Cached: an import looks up the same few hundred account names for every row.
    """
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKC", clean_text(name)).casefold()
    return " ".join(_PUNCT.sub("", text).split())


def match_keys(names: list[str]) -> list[str]:
    """``match_key`` of each name; a list of plain names (as a CSV gives them) at once.

    When every name is printable ASCII the only blanks are spaces, so lowering,
    dropping punctuation and closing up spaces can run over the names joined by
    line breaks in three passes instead of three calls per name.
    """
    joined = "\n".join(names)
    if not (joined.isascii() and "".join(names).isprintable()):
        return [match_key(n) for n in names]
    text = _PUNCT.sub("", joined.lower())  # printable: no line break inside a name
    if "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        text = re.sub(r" *\n *", "\n", re.sub(" {2,}", " ", text)).strip(" ")
    return text.split("\n")


def company_key(name: str) -> str:
    """``match_key`` without legal forms: 'Jansen B.V.' and 'Jansen' may be one company."""
    words = match_key(name).split()
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)


def join_name(*parts: str) -> str:
    """'Jan', 'van der', 'Berg' → 'Jan van der Berg' (empty parts left out)."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def split_name(full: str) -> tuple[str, str]:
    """(given, family): the first word and the rest, Dutch prefixes stay with the family."""
    words = full.split()
    if len(words) < 2:
        return "", full.strip()
    return words[0], " ".join(words[1:])


_TRUE = {"1", "ja", "j", "yes", "y", "true", "waar", "x", "✓", "✔", "wahr"}
_FALSE = {"0", "nee", "n", "no", "false", "onwaar", "-", ""}


def parse_bool(text: str) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError("yes or no")
