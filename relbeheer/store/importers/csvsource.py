"""One CSV file as Dutch users have it: encoding, ``sep=;``, delimiter, dates and decimals found.

Builds on ``csvread.read_bytes`` (gzip, BOMs, UTF-16, Excel and PDF files named
as such). Then: an Excel ``sep=;`` first line is honoured and skipped; the
delimiter is the one that splits the first lines most consistently; the date
format is the one that reads the most date-like cells (dd-mm-yyyy wins ties,
the users are Dutch); the decimal mark follows the numbers seen (``1.234,56``),
else the delimiter (``;`` files use a decimal comma). Rows of the wrong width
("ragged") are padded when short; a long row is only an error when the extra
cells hold something. Every problem is an ``ImportFileError`` at its line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from relbeheer.core.exchange.csvformat import CsvFormat, CsvPreview
from relbeheer.core.exchange.fields import auto_map
from relbeheer.core.exchange.values import clean_text, detect_date_format, detect_decimal
from relbeheer.store.importers.csvread import read_bytes
from relbeheer.store.importers.report import ImportFileError

CANDIDATES = (";", ",", "\t", "|")
SNIFF_LINES = 50
SAMPLE_ROWS = 500  # rows read for the date and decimal guesses
_SEP_LINE = re.compile(r'^"?sep=(.)"?\s*$', re.IGNORECASE)
# C0 control characters that never belong in a CSV (tab, CR and LF do).
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
csv.field_size_limit(16 * 1024 * 1024)  # a pasted e-mail thread in one note cell is fine


class CsvSource:
    """A decoded CSV file with its format, header and data records with line numbers."""

    def __init__(self, path: Path, fmt: CsvFormat, text: str, detected: CsvFormat):
        self.path = Path(path)
        self.format = fmt
        self.detected = detected
        self.text = text
        first = text.split("\n", 1)[0]
        self._sep_line = bool(_SEP_LINE.match(first.strip("\ufeff\r")))
        self.total_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        self.header, self.header_line = self._read_header()
        self.width = len(self.header)

    def error(self, line: int | None, message: str) -> ImportFileError:
        return ImportFileError(self.path, line, message)

    def _reader(self) -> Iterator[tuple[int, list[str]]]:
        """(first line, cells) of every record, the sep= line left out."""
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.format.delimiter)
        last = 0
        try:
            for row in reader:
                start, last = last + 1, reader.line_num
                if start == 1 and self._sep_line:
                    continue
                yield start, row
        except csv.Error as exc:
            raise self.error(last + 1, f"not a readable CSV record ({exc})") from None

    def _read_header(self) -> tuple[list[str], int]:
        for line, row in self._reader():
            cells = [clean_text(c) for c in row]
            if any(cells):
                return [c or f"Column {i + 1}" for i, c in enumerate(cells)], line
        raise self.error(1, "empty file: no header line with column names")

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) of the data rows, padded to the header's width; blank rows left out."""
        rows = self._reader()
        for line, _row in rows:
            if line >= self.header_line:
                break
        for line, row in rows:
            row = self._fit(line, row)
            if row is not None:
                yield line, row

    def _fit(self, line: int, row: list[str]) -> list[str] | None:
        """The row at the header's width (None: a blank row to leave out)."""
        width, n = self.width, len(row)
        if n == width:
            return row
        if n < width:
            if n == 0 or (n == 1 and not row[0].strip()):
                return None
            return row + [""] * (width - n)
        if any(c.strip() for c in row[width:]):
            raise self.error(line, f"expected {width} fields, found {n} "
                                   "(a delimiter inside a value without quotes?)")
        return row[:width]

    def blocks(self, size: int = 4096) -> Iterator[tuple[list[int], list[list[str]]]]:
        """What ``records`` gives, ``size`` rows at a time: (lines, rows).

        When every record is one line (no line break inside quotes) the file is
        parsed in one call to the C reader and a record's line is its index + 1;
        asking the reader for ``line_num`` record by record costs more than the
        parsing itself (0.15 s per 100,000 rows).
        """
        rows = self._one_line_records()
        if rows is None:
            lines, block = [], []
            for line, row in self.records():
                lines.append(line)
                block.append(row)
                if len(block) == size:
                    yield lines, block
                    lines, block = [], []
            if block:
                yield lines, block
            return
        width, fit = self.width, self._fit
        for start in range(self.header_line, len(rows), size):
            block = rows[start:start + size]
            lines = list(range(start + 1, start + 1 + len(block)))
            if min(map(len, block)) != width or max(map(len, block)) != width:
                pairs = [(line, fit(line, row)) for line, row in zip(lines, block)]
                lines = [line for line, row in pairs if row is not None]
                block = [row for _line, row in pairs if row is not None]
            if block:
                yield lines, block

    def _one_line_records(self) -> list[list[str]] | None:
        """Every record of the file when each is exactly one line, else None."""
        text = self.text
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""),
                                   delimiter=self.format.delimiter))
        except csv.Error:
            return None  # ``records`` says at which line
        # Lines as the reader counts them: \n, \r\n or a lone \r ends one.
        ends = text.count("\n") + text.count("\r") - text.count("\r\n")
        lines = ends + (0 if text.endswith(("\n", "\r")) or not text else 1)
        # Each record takes at least one line: as many records as lines means one each.
        return rows if len(rows) == lines else None


def _decode(path: Path, raw: bytes, encoding: str) -> str:
    try:
        text = codecs.decode(raw, encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(path, line, f"not readable as {encoding} text") from None
    except LookupError:
        raise ImportFileError(path, None, f"unknown encoding '{encoding}'") from None
    text = text.lstrip("\ufeff").rstrip("\x1a")  # a BOM left by utf-16; DOS end-of-file
    bad = _CONTROL.search(text, 0, 65536)
    if bad and len(_CONTROL.findall(text[:65536])) > max(3, len(text[:65536]) // 200):
        raise ImportFileError(path, text.count("\n", 0, bad.start()) + 1, "not a text CSV file")
    return text


def _sniff_delimiter(text: str) -> str:
    lines = text.splitlines()[:SNIFF_LINES]
    if lines and _SEP_LINE.match(lines[0].strip("\ufeff")):
        return _SEP_LINE.match(lines[0].strip("\ufeff")).group(1)
    sample = "\n".join(lines[:-1] if len(lines) > 2 else lines)
    best, best_score = ",", (False, 0, 0)
    for delimiter in CANDIDATES:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not widths:
            continue
        header = widths[0]
        score = (header > 1, sum(1 for w in widths if w == header), header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def detect_format(path: Path, *, encoding: str | None = None) -> tuple[str, CsvFormat]:
    """The decoded text of ``path`` and the format found in it."""
    raw, found = read_bytes(Path(path))
    text = _decode(Path(path), raw, encoding or found)
    delimiter = _sniff_delimiter(text)
    probe = CsvSource(path, CsvFormat(encoding or found, delimiter), text, CsvFormat())
    dates, numbers = [], []
    try:
        for i, (_line, row) in enumerate(probe.records()):
            if i >= SAMPLE_ROWS:
                break
            for cell in row:
                cell = cell.strip()
                if cell and (cell[0].isdigit() or cell[0] in "-€"):
                    is_date = re.match(r"^\d{1,4}[-/.]\d{1,2}[-/.]", cell)
                    (dates if is_date else numbers).append(cell)
    except ImportFileError:
        pass  # a bad row is reported when it is read for real; guess from the rows before it
    fmt = CsvFormat(
        encoding=encoding or found,
        delimiter=delimiter,
        date_format=detect_date_format(dates) or "dd-mm-yyyy",
        decimal=detect_decimal(numbers, delimiter),
    )
    return text, fmt


def open_source(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
                date_format: str | None = None, decimal: str | None = None) -> CsvSource:
    """The file read with the detected format, corrected by whatever the caller gives."""
    text, detected = detect_format(Path(path), encoding=encoding)
    fmt = detected.with_overrides(delimiter=delimiter, date_format=date_format, decimal=decimal)
    return CsvSource(Path(path), fmt, text, detected)


def preview(path: Path, kind: str, *, rows: int = 20, **overrides) -> CsvPreview:
    """What the wizard shows: format, header, the first ``rows`` rows, the auto-mapping."""
    source = open_source(Path(path), **overrides)
    first = []
    for _line, row in source.records():
        if len(first) >= rows:
            break
        first.append(row)
    return CsvPreview(
        path=str(path), kind=kind, format=source.format, header=source.header, rows=first,
        mapping=auto_map(kind, source.header), detected=source.detected,
        total_lines=source.total_lines,
    )
