"""Converting a block of CSV rows a column at a time: ``csvrows``' fast way through a file.

Per cell, a 100,000-row import spends more time calling converters than
converting. A column of a block (a few thousand cells) is handled in a few
passes over the whole list instead: plain printable ASCII is stripped in one
comprehension and only the odd cells (accents, apostrophes, double spaces, line
breaks) go through the careful per-cell ``text``; typed values are parsed once
per distinct text (a date or a price repeats on many rows), numbers in one
regular-expression pass (``values.parse_numbers``).

Each converter returns the values (None for an empty cell) and the indexes of
cells the form rules might refuse (too long, an odd e-mail address), exactly as
the per-cell converters would; a cell that does not convert raises
``ValueError`` and ``csvrows`` reads that block again row by row, so the error
names the first bad line and says what the per-cell converter says.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from relbeheer.core.validation import EMAIL_RE
from relbeheer.core.exchange.values import (
    fix_phone,
    parse_bool,
    parse_date,
    parse_integer,
    parse_number,
    parse_numbers,
)

Column = Callable[[tuple[str, ...]], tuple[list, set[int]]]
DATE_CACHE_LIMIT = 10_000  # distinct dates kept between blocks
UNKNOWN = object()  # a picklist word not recognised (``csvrows`` notes it)
# Phone texts ``fix_phone`` would change (ASCII, one a line): Excel's 6,1E+08, a
# number that lost its 0 or kept 31 without the +, an 00 prefix. A column without
# any is kept as it is, without a call per number (0.13 s per 100,000 contacts).
_PHONE_FIXABLE = re.compile(r"^(?:\d(?:[.,]\d+)?[eE]\+?\d+|[1-9]\d{8}|31\d{9}|00.{5,})$",
                            re.MULTILINE)


def text_column(text: Callable[[str], str | None], limit: int, is_email: bool) -> Column:
    """Cells → (text values, suspect indexes); ``text`` is the per-cell converter."""

    def convert(cells) -> tuple[list, set[int]]:
        joined = "".join(cells)
        lines = "\n".join(cells)
        if " \n" in lines or "\n " in lines or lines[:1] == " " or lines[-1:] == " ":
            values = [c.strip() or None for c in cells]
        elif "" in cells:  # no cell starts or ends with a space (most blocks): nothing to strip
            values = [c or None for c in cells]
        else:  # nor is any empty: the cells are the values
            values = list(cells)
        # Only spaces can surround printable ASCII, so strip() did all of ``text``
        # for such a cell unless it holds an apostrophe (formula guard) or two spaces.
        if not (joined.isascii() and joined.isprintable()) or "'" in joined or "  " in joined:
            for i, cell in enumerate(cells):
                if not (cell.isascii() and cell.isprintable()) or "'" in cell or "  " in cell:
                    values[i] = text(cell)
        suspects = set()
        # A value is never longer than its cell: most blocks skip the length test.
        if cells and max(map(len, cells)) > limit:
            suspects = {i for i, v in enumerate(values) if v is not None and len(v) > limit}
        if is_email:
            suspects.update(i for i, v in enumerate(values)
                            if v is not None and not EMAIL_RE.match(v))
        return values, suspects
    return convert


def typed_column(texts: Column, kind: str, fmt, notes: Counter,
                 phone_note: Callable[[str], str]) -> Column:
    """Cells → (typed values, suspect indexes), each distinct text parsed once."""
    dates: dict[str, str] = {}

    def parse_date_texts(distinct: list[str]) -> dict:
        missing = [t for t in distinct if t not in dates]
        if len(dates) + len(missing) > DATE_CACHE_LIMIT:
            dates.clear()
        for t in missing:
            dates[t] = parse_date(t, fmt.date_format).isoformat()
        return {t: dates[t] for t in distinct}

    def parse_number_texts(distinct: list[str]) -> dict:
        numbers = parse_numbers(distinct, fmt.decimal)
        if numbers is None:
            numbers = [parse_number(t, fmt.decimal) for t in distinct]
        return dict(zip(distinct, numbers))

    def parse_integer_texts(distinct: list[str]) -> dict:
        numbers = parse_numbers(distinct, fmt.decimal)
        if numbers and -10**12 <= min(numbers) and max(numbers) <= 10**12 and all(
                map(float.is_integer, numbers)):
            return dict(zip(distinct, map(int, numbers)))
        return {t: parse_integer(t, fmt.decimal) for t in distinct}

    def parse_phone_texts(distinct: list[str]) -> dict:
        return {t: fix_phone(t) for t in distinct}

    parse = {"date": parse_date_texts, "number": parse_number_texts,
             "integer": parse_integer_texts, "phone": parse_phone_texts,
             "bool": lambda distinct: {t: parse_bool(t) for t in distinct}}[kind]

    def convert(cells) -> tuple[list, set[int]]:
        values, suspects = texts(cells)
        if kind == "phone" and "" not in values:
            joined = "\n".join(filter(None, values))
            if joined.isascii() and not _PHONE_FIXABLE.search(joined):
                return values, suspects
        distinct = set(values)
        distinct.discard(None)
        table = parse(list(distinct))
        if kind == "phone":
            # (number, problem): the problem is counted per cell, as the per-cell way does.
            problems = {t: pair[1] for t, pair in table.items() if pair[1]}
            if problems:
                for t, n in Counter(v for v in values if v in problems).items():
                    notes[phone_note(problems[t])] += n
            table = {t: pair[0] or None for t, pair in table.items()}
        table[None] = None
        return list(map(table.__getitem__, values)), suspects
    return convert


def accounts_block(lines: list[int], values: list[list], names: list[str],
                    records: list[dict]) -> bool:
    """``RowReader._accounts`` for a whole block, when no row of it needs a look of its own.

    That is: every row has a name and every kind and tier was recognised (and no
    value is suspect, which the caller checked). The records come out with the
    same keys in the same order. False (nothing added): shape row by row.
    """
    keys, columns = list(names), list(values)
    if columns[keys.index("name")].count(None):
        return False
    for field, default in (("kind", None), ("tier", "C")):
        if field not in keys:
            keys.append(field)
            columns.append([default] * len(lines))
            continue
        at = keys.index(field)
        if UNKNOWN in columns[at]:
            return False
        if default:
            columns[at] = [code or default for code in columns[at]]
    keys.append("line")
    columns.append(lines)
    records.extend([dict(zip(keys, row)) for row in zip(*columns)])
    return True


CONTACT_KEYS = ("account", "name", "job_title", "email", "phone", "role", "preferred_channel",
                "is_ambassador", "notes", "line")


def contacts_block(lines: list[int], values: list[list], names: list[str],
                   records: list[dict]) -> bool:
    """``RowReader._contacts`` for a whole block (no suspect value: the caller checked).

    Only when every row has a name (or first/last name, or an e-mail) and an
    account, and every role and channel was recognised; converted texts carry no
    edge spaces, so joining the name parts leaves out the empty ones exactly as
    ``join_name`` does. False (nothing added): shape row by row.
    """
    column = dict(zip(names, values))
    empty = [None] * len(lines)
    account = column.get("account")
    if account is None or None in account or "" in account:
        return False
    if any(UNKNOWN in column.get(c, ()) for c in ("role", "preferred_channel")):
        return False
    name = column.get("name")
    if name is None or None in name or "" in name:
        parts = [column[c] for c in ("first_name", "middle_name", "last_name") if c in column]
        joined = [" ".join(filter(None, p)) for p in zip(*parts)] if parts else empty
        name = [n or j or e for n, j, e in zip(name or empty, joined,
                                                column.get("email", empty))]
        if None in name or "" in name:
            return False
    phone = column.get("phone", empty)
    if "mobile" in column or "" in phone:
        phone = [p or m for p, m in zip(phone, column.get("mobile", empty))]
    get = column.get
    records.extend([dict(zip(CONTACT_KEYS, row)) for row in zip(
        account, name, get("job_title", empty), get("email", empty), phone,
        get("role", empty), get("preferred_channel", empty), get("is_ambassador", empty),
        get("notes", empty), lines)])
    return True


def fill_amounts(qty, unit, amount) -> tuple:
    """(quantity, unit price, amount) of a purchase with a missing one worked out."""
    if qty is None:
        qty = 1.0 if unit is None or amount is None or not unit else amount / unit
    if amount is None and unit is not None:
        amount = round(qty * unit, 2)
    if unit is None and amount is not None and qty:
        unit = round(amount / qty, 4)
    return qty, unit, amount


PURCHASE_KEYS = ("account", "date", "product", "product_code", "quantity", "unit_price",
                 "amount", "external_ref", "line")


def purchases_block(lines: list[int], values: list[list], names: list[str],
                    records: list[dict]) -> bool:
    """``RowReader._purchases`` for a whole block where no row is to be skipped."""
    column = dict(zip(names, values))
    empty = [None] * len(lines)
    get = column.get
    for c in ("account", "date"):
        if c not in column or None in column[c] or "" in column[c]:
            return False
    products = [p or c for p, c in zip(get("product", empty), get("product_code", empty))]
    if None in products or "" in products:
        return False
    qty, unit, amount = get("quantity", empty), get("unit_price", empty), get("amount", empty)
    if None in qty or None in unit or None in amount:
        qty, unit, amount = (list(c) for c in zip(*map(fill_amounts, qty, unit, amount)))
    records.extend([dict(zip(PURCHASE_KEYS, row)) for row in zip(
        column["account"], column["date"], get("product", empty), get("product_code", empty),
        qty, unit, amount, get("external_ref", empty), lines)])
    return True
