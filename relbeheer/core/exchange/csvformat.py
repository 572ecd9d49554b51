"""How a CSV file is written (encoding, delimiter, date format, decimal mark) and its preview.

The importer detects each setting; the wizard shows what it found and lets the
user correct it; the CLI takes the same settings as options. ``CsvPreview`` is
what the wizard shows before anything is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from relbeheer.core.exchange.values import DATE_FORMATS

# (code, what the user reads) for the pickers.
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252 (Excel)"),
             ("utf-16", "UTF-16 (Unicode text)"), ("latin-1", "ISO-8859-1"))
DELIMITERS = ((";", "; (puntkomma)"), (",", ", (komma)"), ("\t", "Tab"), ("|", "|"))
DECIMALS = ((",", "1.234,56"), (".", "1,234.56"))
DATE_FORMAT_KEYS = tuple(DATE_FORMATS)

_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|",
                    "puntkomma": ";", "komma": ","}


def delimiter_from(text: str) -> str:
    """';', ',', '|' or a tab, from how a user types it on the command line."""
    value = _DELIMITER_NAMES.get(text.strip().lower(), text)
    if len(value) != 1 or value in "\"\r\n" or value.isalnum():
        raise ValueError(f"unusable delimiter '{text}' (use ; , | or tab)")
    return value


@dataclass(frozen=True)
class CsvFormat:
    encoding: str = "utf-8-sig"
    delimiter: str = ";"
    date_format: str = "dd-mm-yyyy"
    decimal: str = ","

    def with_overrides(self, **changes) -> "CsvFormat":
        """A copy with the settings the user chose (None: keep what was detected)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@dataclass
class CsvPreview:
    """The first rows of a file as the importer reads it, and what it detected."""

    path: str
    kind: str
    format: CsvFormat
    header: list[str]
    rows: list[list[str]]  # the first data rows, padded to the header's width
    mapping: list[str | None]  # auto-mapped field per column
    detected: CsvFormat | None = None  # before the user's overrides
    total_lines: int = 0
    notes: list[str] = field(default_factory=list)
