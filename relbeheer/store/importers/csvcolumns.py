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


def text_column(text: Callable[[str], str | None], limit: int, is_email: bool) -> Column:
    """Cells → (text values, suspect indexes); ``text`` is the per-cell converter."""

    def convert(cells) -> tuple[list, set[int]]:
        joined = "".join(cells)
        lines = "\n".join(cells)
        if " \n" in lines or "\n " in lines or lines[:1] == " " or lines[-1:] == " ":
            values = [c.strip() or None for c in cells]
        else:  # no cell starts or ends with a space (most blocks): nothing to strip
            values = [c or None for c in cells]
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
