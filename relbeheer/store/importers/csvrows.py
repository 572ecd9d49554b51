"""CSV records → checked values per kind, before anything is written.

Each mapped cell is converted by its field's type (number with the file's
decimal mark, date in the file's format, yes/no, phone); a cell that does not
convert is an error at its line ("Datum '31-02-2025' is not a valid date
(dd-mm-yyyy)"). Then the record is checked with the same ``core.validation``
rules the forms use, so an import and a form report the same words. Records an
import cannot use (no account, a HubSpot note, a touchpoint dated in the future)
are skipped and counted under a reason; values we could repair (a phone number
that lost its leading zero) are repaired and counted as a note.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from relbeheer.core import validation
from relbeheer.core.exchange import vocab
from relbeheer.core.exchange.fields import Field, fields_of, mapping_problem
from relbeheer.core.validation import EMAIL_RE
from relbeheer.core.exchange.values import (
    clean_text,
    fix_phone,
    join_name,
    parse_bool,
    parse_date,
    parse_integer,
    parse_number,
    unneutralise,
)
from relbeheer.store.importers.csvcolumns import (
    UNKNOWN as _UNKNOWN,
    Column,
    accounts_block,
    contacts_block,
    fill_amounts,
    purchases_block,
    text_column,
    typed_column,
)
from relbeheer.store.importers.csvsource import CsvSource

Progress = Callable[[int, int, str], None]
SKIP_EMPTY_NAME = {
    "accounts": "rows without an account name",
    "contacts": "contacts without a name or e-mail",
}
NO_ACCOUNT = "{kind} without an account"
_MULTILINE = {"notes", "note", "subject"}
# Picklists an import can do without: a word not recognised is noted and left out.
SOFT = {"accounts": {"kind": vocab.account_kind, "tier": vocab.tier},
        "contacts": {"role": vocab.decision_role, "preferred_channel": vocab.channel}}
# Whole blocks shaped at once when no row needs a look of its own (``csvcolumns``).
BLOCKS = {"accounts": accounts_block, "contacts": contacts_block, "purchases": purchases_block}
CACHE_LIMIT = 100_000  # distinct values kept per column
BLOCK_ROWS = 4096  # rows converted a column at a time (and between progress calls)
PHONE_FIXED = "phone numbers that had lost their leading 0 (repaired)"
PHONE_LOST = "phone numbers Excel turned into a number like 6,1E+08 (left empty)"


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Parsed:
    """The usable records of a file (field → value, plus ``line``) and what was skipped."""

    kind: str
    records: list[dict] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)


class RowReader:
    def __init__(self, source: CsvSource, kind: str, mapping: list[str | None], *,
                 lang: str = "en", today: dt.date | None = None):
        problem = mapping_problem(kind, mapping, lang)
        if problem:
            raise source.error(source.header_line, problem)
        fields = {f.name: f for f in fields_of(kind)}
        self.source, self.kind, self.lang = source, kind, lang
        self.today = today or dt.date.today()
        self._today = self.today.isoformat()  # compared with every touchpoint's date
        self.columns = [(i, fields[name]) for i, name in enumerate(mapping)
                        if name and i < source.width]
        self.titles = {f.name: source.header[i] for i, f in self.columns}
        self.titles.update({n: f.label(lang) for n, f in fields.items() if n not in self.titles})
        self._line = 0
        self._suspect = False  # a value the form rules might refuse: run the full check
        self._notes = Counter()
        self._converters = [(i, f.name, self._converter(f)) for i, f in self.columns]
        self._cache: dict[tuple, object] = {}

    def error(self, message: str):
        return self.source.error(self._line, message)

    def _text(self, f: Field) -> Callable[[str], str | None]:
        """The per-cell text converter of a column (every converter starts with it)."""
        multiline = f.name in _MULTILINE
        limit = validation.MAX_NOTE if multiline else validation.MAX_NAME
        is_email = f.type == "email"

        def text(cell: str):
            value = cell.strip() if cell.isascii() else clean_text(cell)
            if not value:
                return None
            if value[0] == "'":
                value = unneutralise(value)
            if multiline:
                if "\r" in value:
                    value = value.replace("\r\n", "\n").replace("\r", "\n")
            elif "  " in value or not value.isprintable():
                # A name or place split over two lines in a spreadsheet cell is one line.
                value = " ".join(value.split())
            if len(value) > limit or (is_email and not EMAIL_RE.match(value)):
                self._suspect = True
            return value
        return text

    def _converter(self, f: Field):
        """A function cell → value (None when empty); ``ValueError`` names what was expected.

        Built once per column, so the per-cell work is one call. Text longer than
        the form allows, or an e-mail address the form would refuse, only marks
        the record as suspect: ``core.validation`` then gives the words.
        """
        fmt = self.source.format
        text = self._text(f)

        def cached(parse):
            # Exports repeat the same dates, prices and quantities on many rows.
            cache: dict[str, object] = {}

            def convert(cell: str):
                value = cache.get(cell)
                if value is None:
                    value = text(cell)
                    if value is None:
                        return None
                    if len(cache) > CACHE_LIMIT:
                        cache.clear()
                    value = cache[cell] = parse(value)
                return value
            return convert

        if f.type in ("text", "email"):
            return text
        if f.type == "date":
            return cached(lambda v: parse_date(v, fmt.date_format).isoformat())
        if f.type == "bool":
            return cached(parse_bool)
        if f.type == "phone":
            def phone(v):
                fixed, problem = fix_phone(v)
                return (fixed or None, problem)

            convert = cached(phone)

            def noted(cell: str):
                pair = convert(cell)
                if pair is None:
                    return None
                if pair[1]:
                    self._notes[PHONE_LOST if pair[1] == "lost" else PHONE_FIXED] += 1
                return pair[0]
            return noted
        parse = parse_number if f.type == "number" else parse_integer
        return cached(lambda v: parse(v, fmt.decimal))

    def _check(self, errors: dict[str, str], values: dict) -> None:
        """The first validation message as a one-line error at this record."""
        if errors:
            name, message = next(iter(errors.items()))
            value = values.get(name)
            shown = f" '{_clip(value)}'" if value not in (None, "") else ""
            raise self.error(f"{self.titles.get(name, name)}{shown}: {message}")

    def _column(self, f: Field) -> Column:
        text = self._text(f)
        multiline = f.name in _MULTILINE
        texts = text_column(text, validation.MAX_NOTE if multiline else validation.MAX_NAME,
                            f.type == "email")
        if f.type in ("text", "email"):
            return texts
        return typed_column(texts, f.type, self.source.format, self._notes,
                            lambda problem: PHONE_LOST if problem == "lost" else PHONE_FIXED)

    def read(self, progress: Progress | None = None) -> Parsed:
        """Block by block, a column at a time (``csvcolumns``); a block with a bad cell
        again row by row, so that the error is the first in the file, in the same words."""
        out = Parsed(self.kind)
        self._notes = out.notes
        shape = getattr(self, f"_{self.kind}")
        total = self.source.total_lines
        names = [name for _i, name, _convert in self._converters]
        columns = [(i, self._column(f)) for i, f in self.columns]
        soft = [(n, SOFT[self.kind][name]) for n, name in enumerate(names)
                if name in SOFT.get(self.kind, {})]
        records = out.records
        for lines, rows in self.source.blocks(BLOCK_ROWS):
            if progress:
                progress(lines[0], total, "reading")
            cells = list(zip(*rows))
            try:
                converted = [convert(cells[i]) for i, convert in columns]
            except ValueError:
                self._read_rows(zip(lines, rows), shape, out)
                continue
            suspects = set().union(*(s for _values, s in converted))
            values = [v for v, _suspects in converted]
            for n, fn in soft:
                values[n] = self._codes(fn, values[n])
            block = BLOCKS.get(self.kind)
            if block and not suspects and block(lines, values, names, records):
                continue
            blank = set()
            if values and min(v.count(None) for v in values):
                # Rows where every mapped cell is empty are left out, as blank lines are.
                blank = set.intersection(*({i for i, x in enumerate(v) if x is None}
                                           for v in values))
            for n, (line, row) in enumerate(zip(lines, zip(*values))):
                if n in blank:
                    continue
                self._line = line
                self._suspect = n in suspects
                record = shape(dict(zip(names, row)), out)
                if record is not None:
                    record["line"] = line
                    records.append(record)
        if progress:
            progress(total, total, "reading")
        return out

    def _read_rows(self, rows, shape, out: Parsed) -> None:
        """Records one row at a time, each cell through its converter."""
        converters = self._converters
        records = out.records
        for line, row in rows:
            self._line = line
            self._suspect = False
            values = {}
            try:
                for i, name, convert in converters:
                    value = convert(row[i])
                    if value is not None:
                        values[name] = value
            except ValueError as exc:
                shown = _clip(clean_text(row[i]))
                raise self.error(f"{self.titles[name]} '{shown}' is not {exc}") from None
            if not values:
                continue
            for name, fn in SOFT.get(self.kind, {}).items():
                if name in values:
                    values[name] = self._code(fn, values[name])
            record = shape(values, out)
            if record is not None:
                record["line"] = line
                records.append(record)

    def _code(self, fn, value):
        """Our code for a picklist word (``_UNKNOWN`` when not recognised), once per word."""
        key = (fn, value)
        code = self._cache.get(key)
        if code is None:
            try:
                code = fn(value)
            except ValueError:
                code = _UNKNOWN
            self._cache[key] = code
        return code

    def _codes(self, fn, column: list) -> list:
        table = {value: self._code(fn, value) for value in set(column) if value is not None}
        table[None] = None
        return list(map(table.__getitem__, column))

    @staticmethod
    def _soft(code, out: Parsed, note: str, default=None):
        """A picklist value we can live without: unknown words become ``default``, noted."""
        if code is _UNKNOWN:
            out.notes[note] += 1
            return default
        return default if code is None else code

    # --- one shaper per kind: values → record (None: skipped, counted) ---------------

    def _accounts(self, v: dict, out: Parsed) -> dict | None:
        if not v.get("name"):
            out.skipped[SKIP_EMPTY_NAME["accounts"]] += 1
            return None
        v["kind"] = self._soft(v.get("kind"), out,
                               "account kinds not recognised (left empty)")
        v["tier"] = self._soft(v.get("tier"), out,
                               "tiers not recognised (set to C)", "C") or "C"
        if self._suspect:
            self._check(validation.check_account(v, self.lang), v)
        return v

    def _contacts(self, v: dict, out: Parsed) -> dict | None:
        name = v.get("name") or join_name(v.get("first_name", ""), v.get("middle_name", ""),
                                          v.get("last_name", "")) or v.get("email")
        if not name:
            out.skipped[SKIP_EMPTY_NAME["contacts"]] += 1
            return None
        if not v.get("account"):
            out.skipped[NO_ACCOUNT.format(kind="contacts")] += 1
            return None
        record = {
            "account": v["account"], "name": name, "job_title": v.get("job_title"),
            "email": v.get("email"), "phone": v.get("phone") or v.get("mobile"),
            "role": self._soft(v.get("role"), out,
                               "roles not recognised (left as they were)"),
            "preferred_channel": self._soft(v.get("preferred_channel"), out,
                                            "channels not recognised (left empty)"),
            "is_ambassador": v.get("is_ambassador"), "notes": v.get("notes"),
        }
        if self._suspect:
            self._check(validation.check_contact(
                {**record, "account_id": "-", "role": record["role"] or "user"}, self.lang),
                record)
        return record

    def _touchpoints(self, v: dict, out: Parsed) -> dict | None:
        if not v.get("account"):
            out.skipped[NO_ACCOUNT.format(kind="touchpoints")] += 1
            return None
        if not v.get("date"):
            out.skipped["touchpoints without a date"] += 1
            return None
        subject = v.get("subject") or ""
        if v.get("kind"):
            key = (vocab.touchpoint_kind, v["kind"])
            kind = self._cache.get(key, _UNKNOWN)
            if kind is _UNKNOWN:
                try:
                    kind = self._cache[key] = vocab.touchpoint_kind(v["kind"])
                except ValueError as exc:
                    raise self.error(f"{self.titles['kind']} '{_clip(v['kind'])}' is not {exc}") \
                        from None
            if kind is None:
                out.skipped["notes and tasks (not a moment of contact)"] += 1
                return None
        else:
            kind = vocab.guess_kind(subject)
            if kind is None:
                out.skipped["touchpoints without a kind"] += 1
                return None
        if v["date"] > self._today:
            out.skipped["touchpoints dated in the future"] += 1
            return None
        note = v.get("note")
        note = f"{subject}\n{note}" if subject and note else subject or note or None
        sentiment = None
        if v.get("sentiment") is not None:
            try:
                sentiment = vocab.sentiment(v["sentiment"])
            except ValueError as exc:
                raise self.error(f"{self.titles['sentiment']} '{_clip(v['sentiment'])}' "
                                 f"is not {exc}") from None
        record = {"account": v["account"], "date": v["date"], "kind": kind, "note": note,
                  "contacts": v.get("contacts"), "owner": v.get("owner"),
                  "sentiment": sentiment, "follow_up_on": v.get("follow_up_on"),
                  "external_ref": v.get("external_ref")}
        follow = record["follow_up_on"]
        if self._suspect or (follow and follow < record["date"]) or (
                note and len(note) > validation.MAX_NOTE):
            self._check(validation.check_touchpoint({**record, "account_id": "-"}, self.lang,
                                                    self.today), record)
        return record

    def _purchases(self, v: dict, out: Parsed) -> dict | None:
        if not v.get("account"):
            out.skipped[NO_ACCOUNT.format(kind="purchases")] += 1
            return None
        if not v.get("date"):
            out.skipped["purchases without a date"] += 1
            return None
        if not (v.get("product") or v.get("product_code")):
            out.skipped["purchases without a product"] += 1
            return None
        qty, unit, amount = fill_amounts(v.get("quantity"), v.get("unit_price"), v.get("amount"))
        return {"account": v["account"], "date": v["date"], "product": v.get("product"),
                "product_code": v.get("product_code"), "quantity": qty, "unit_price": unit,
                "amount": amount, "external_ref": v.get("external_ref")}


def read_records(source: CsvSource, kind: str, mapping: list[str | None], *, lang: str = "en",
                 today: dt.date | None = None, progress: Progress | None = None) -> Parsed:
    """Every record of ``source`` checked and shaped for ``kind`` (see the module docstring)."""
    return RowReader(source, kind, mapping, lang=lang, today=today).read(progress)
