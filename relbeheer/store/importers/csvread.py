"""Reading outside CSV files defensively, so every importer fails the same clear way.

Users hand the importers whatever their CRM or web shop exported: gzip or plain,
UTF-8 or a Windows code page, sometimes the wrong file altogether. Every problem
becomes an ``ImportFileError`` that names the file and the line, raised while the
file is read — before the importer writes a single row (DESIGN.md §6).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from relbeheer.store.importers.report import ImportFileError

GZIP_MAGIC = b"\x1f\x8b"


def read_bytes(path: Path, what: str = "CSV file") -> tuple[bytes, str]:
    """The file's bytes (gunzipped when gzip, by content not name) and their encoding.

    UTF-16 when the file is (Excel's "Unicode text"), else UTF-8 (with or without
    BOM), then Windows-1252, the encodings spreadsheet exports come in. An .xlsx,
    .xls or PDF is named as such; a NUL byte or bytes none can decode mean the
    file is not text (a zip, garbage) and are refused at their line. ``what`` names
    the file expected ("CSV file", "vCard file") in the messages.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(path, None, "file not found") from None
    except IsADirectoryError:
        raise ImportFileError(path, None, f"is a folder, expected a {what}") from None
    if raw[:2] == GZIP_MAGIC:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise ImportFileError(path, None, f"not a readable gzip file ({exc})") from None
    for magic, found in NOT_TEXT.items():
        if raw.startswith(magic):
            raise ImportFileError(path, 1, f"{found}, not a {what}")
    wide = utf16_encoding(raw)
    if wide:
        try:
            codecs.decode(raw, wide)
        except UnicodeDecodeError as exc:
            raise ImportFileError(path, raw.count(b"\n", 0, exc.start) + 1,
                                  "not readable as UTF-16 text") from None
        return raw, wide
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ImportFileError(path, raw.count(b"\n", 0, nul) + 1, f"not a text {what}")
    # Decoded here only to choose the encoding: the reader decodes as it goes, so
    # the file is never held as a StringIO buffer (four bytes a character).
    try:
        codecs.decode(raw, "utf-8-sig")
        return raw, "utf-8-sig"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        codecs.decode(raw, "cp1252")
        return raw, "cp1252"
    except UnicodeDecodeError:
        line = raw.count(b"\n", 0, utf8_error.start) + 1
        raise ImportFileError(path, line, f"not a text {what}") from None


# Files people pick by mistake, told apart by their first bytes.
NOT_TEXT = {
    b"PK\x03\x04": "an Excel workbook or zip file (.xlsx; in Excel use Save As → CSV)",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls; in Excel use Save As → CSV)",
    b"%PDF": "a PDF file",
}


def utf16_encoding(raw: bytes) -> str | None:
    """'utf-16' for a UTF-16 file (Excel's "Unicode text"), with or without its BOM."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Latin text in UTF-16: one byte of every pair is NUL, the other almost never.
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def read_text(path: Path) -> str:
    """The whole file as text, with the checks of ``read_bytes``."""
    raw, encoding = read_bytes(path)
    return raw.decode(encoding)


def _clip(text: str, width: int = 40) -> str:
    """A value short enough for a one-line error message."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _parse_date(value: str, formats: Sequence[str]) -> str | None:
    try:
        return dt.datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    return None


class CsvTable:
    """One CSV file with a checked header: canonical column names → positions.

    ``variants`` lists the header spellings the importer accepts, each a mapping
    canonical name → column title (matched case-insensitively, extra columns
    allowed). The first variant that fits wins.
    """

    def __init__(self, path: Path, variants: Sequence[Mapping[str, str]]):
        self.path = Path(path)
        raw, encoding = read_bytes(self.path)
        self.total_lines = raw.count(b"\n")  # for progress reports
        stream = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, newline="")
        self._reader = csv.reader(stream)
        self._dates: dict[str, str] = {}
        try:
            header = next(self._reader, None)
        except csv.Error as exc:
            raise self.error(f"not a readable CSV file ({exc})") from None
        expected = "; or ".join(", ".join(v.values()) for v in variants)
        if not header:
            raise ImportFileError(self.path, 1, f"empty file, expected columns {expected}")
        self.header = [h.strip() for h in header]
        titles = [h.lower() for h in self.header]
        self.width = len(header)
        for variant in variants:
            wanted = {name: title.lower() for name, title in variant.items()}
            if all(t in titles for t in wanted.values()):
                self.index = {name: titles.index(t) for name, t in wanted.items()}
                return
        found = _clip(", ".join(self.header), 160)
        raise ImportFileError(self.path, 1, f"expected columns {expected}, found {found}")

    @property
    def line(self) -> int:
        """The line the reader is on (the last line of the current record)."""
        return self._reader.line_num

    def error(self, message: str) -> ImportFileError:
        """An error at the current line, for the caller to raise."""
        return ImportFileError(self.path, self.line, message)

    def rows(self) -> Iterator[list[str]]:
        """The data records, blank lines left out; a record of the wrong width is an error."""
        width = self.width
        try:
            for row in self._reader:
                if len(row) != width:
                    if not row or (len(row) == 1 and not row[0].strip()):
                        continue
                    raise self.error(f"expected {width} fields, found {len(row)}")
                yield row
        except csv.Error as exc:
            raise self.error(f"not a readable CSV record ({exc})") from None

    def value_error(self, column: str, value: str, expected: str) -> ImportFileError:
        return self.error(f"{column} '{_clip(value)}' is not {expected}")

    def date(
        self, value: str, column: str, *, required: bool = False, formats: Sequence[str] = ()
    ) -> str | None:
        """An ISO date 'YYYY-MM-DD' (a time after it is allowed and dropped).

        ``formats`` are extra ``strptime`` spellings tried after ISO 8601. A date
        that does not exist (2017-02-30) is an error at this line. Parsed values
        are cached: exports repeat the same few thousand timestamps.
        """
        value = value.strip()
        if not value:
            if required:
                raise self.error(f"{column} is empty")
            return None
        iso = self._dates.get(value)
        if iso is None:
            iso = _parse_date(value, formats)
            if iso is None:
                raise self.value_error(column, value, "a valid date (YYYY-MM-DD)")
            self._dates[value] = iso
        return iso

    def number(self, value: str, column: str) -> float | None:
        """A finite decimal number (dot as decimal mark), or None when empty."""
        value = value.strip()
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            raise self.value_error(column, value, "a number") from None
        if number - number != 0:  # NaN or infinity
            raise self.value_error(column, value, "a number")
        return number

    def integer(self, value: str, column: str) -> int | None:
        """A whole number (``12`` or ``12.0``), or None when empty."""
        number = self.number(value, column)
        if number is None:
            return None
        if number != int(number):
            raise self.value_error(column, value, "a whole number")
        return int(number)
