"""What an import tells the user: counts, skips with reasons, and file errors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from relbeheer.core.exchange.report_words import number, reason_word, summary_word, table_word


class ImportFileError(Exception):
    """Bad input: names the file and the line so the user can fix it; nothing is written."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = Path(path)
        self.line = line
        self.message = message


@dataclass
class ImportReport:
    """Counts per table added, plus skipped rows counted by reason."""

    source: str
    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    # Values repaired or left out while the row itself was imported (a phone number
    # that lost its leading 0), counted by what was done.
    notes: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def summary_lines(self, lang: str = "en") -> list[str]:
        """The summary as the CLI prints it, in ``lang`` (the wizard's words, report_words)."""
        def word(key: str) -> str:
            return summary_word(key, lang)

        # Counts right-aligned in one column, however long the language's verbs are.
        column = max(len(word(k)) for k in ("added", "updated", "skipped", "note")) + 10
        lines = [word("imported").format(source=self.source,
                                         seconds=number(self.seconds, lang, 1))]
        for key, counter, say in (("added", self.added, table_word),
                                  ("updated", self.updated, table_word),
                                  ("skipped", self.skipped, reason_word),
                                  ("note", self.notes, reason_word)):
            verb = word(key)
            for what, n in sorted(counter.items()):
                lines.append(f"  {verb} {number(n, lang):>{column - 3 - len(verb)}} "
                             f"{say(what, lang)}")
        return lines

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "added": dict(self.added),
            "updated": dict(self.updated),
            "skipped": dict(self.skipped),
            "notes": dict(self.notes),
            "seconds": round(self.seconds, 3),
        }
