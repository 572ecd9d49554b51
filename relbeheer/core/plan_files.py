"""Safe, readable file names for a folder of account plans.

Account names come from users and imports: slashes, colons, quotes, trailing
dots, "CON" and 200-character names all occur. One plan per account must land
as one file on Windows, macOS and Linux alike, and two accounts with the same
name must not overwrite each other.
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60
# Names Windows refuses whatever the extension (CON.pdf cannot be created).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


def slug(name: str) -> str:
    """'Fietsen & Co. B.V. (Zwolle)' → 'fietsen-co-b-v-zwolle'; accents folded to ASCII."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    text = text[:MAX_STEM].rstrip("-")
    if not text:
        text = "account"
    if text in _RESERVED:
        text = f"{text}-account"
    return text


def unique_filename(name: str, taken: set[str], suffix: str = ".pdf", tie: str = "") -> str:
    """A file name for ``name`` not yet in ``taken`` (compared case-insensitively,
    as Windows and macOS do); the name is added to ``taken``. ``tie`` (e.g. part
    of the account id) tells same-named accounts apart before falling back to numbers."""
    stem = slug(name)
    candidates = [stem] + ([f"{stem}-{tie}"] if tie else []) + [f"{stem}-{i}" for i in range(2, 10_000)]
    for candidate in candidates:
        filename = candidate + suffix
        if filename.lower() not in taken:
            taken.add(filename.lower())
            return filename
    raise ValueError(f"no free file name for {name!r}")  # pragma: no cover - 10,000 twins
