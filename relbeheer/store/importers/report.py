"""What an import tells the user: counts, skips with reasons, and file errors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


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

    def summary_lines(self) -> list[str]:
        lines = [f"Imported {self.source} in {self.seconds:.1f} s"]
        for table, n in sorted(self.added.items()):
            lines.append(f"  added {n:>9,} {table}")
        for table, n in sorted(self.updated.items()):
            lines.append(f"  updated {n:>7,} {table}")
        for reason, n in sorted(self.skipped.items()):
            lines.append(f"  skipped {n:>7,} {reason}")
        for note, n in sorted(self.notes.items()):
            lines.append(f"  note    {n:>7,} {note}")
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
