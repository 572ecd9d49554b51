"""Every reason an importer counts under has Dutch words for the wizard's summary."""

from __future__ import annotations

import re
from pathlib import Path

from relbeheer.core.exchange.report_words import (
    REASONS_NL,
    number,
    reason_word,
    summary_word,
    table_word,
)
from relbeheer.store.importers import csvrows

IMPORTERS = Path(csvrows.__file__).parent
FILES = ["csvrows.py", "csvimport.py", "linking.py", "vcardimport.py", "icsimport.py"]


def counted_reasons() -> set[str]:
    reasons = set()
    for name in FILES:
        text = (IMPORTERS / name).read_text(encoding="utf-8")
        reasons.update(re.findall(r'(?:skipped|notes)\["([^"]+)"\]', text))
        reasons.update(re.findall(r'^[A-Z_]+ = "([^"{]+)"$', text, re.MULTILINE))
        reasons.update(re.findall(r'"([^"]+ \((?:repaired|left [a-z ]+|set to C)\))"', text))
    reasons.update(csvrows.SKIP_EMPTY_NAME.values())
    reasons.update(csvrows.NO_ACCOUNT.format(kind=k) for k in ("contacts", "touchpoints",
                                                                 "purchases"))
    return {r for r in reasons if " " in r}


def test_every_reason_is_translated():
    missing = counted_reasons() - set(REASONS_NL)
    assert not missing


def test_words_fall_back_to_what_they_were():
    assert reason_word("cancelled meetings") == "geannuleerde afspraken"
    assert reason_word("cancelled meetings", "en") == "cancelled meetings"
    assert reason_word("something new") == "something new"
    assert table_word("touchpoints") == "contactmomenten"


def test_summary_words_and_numbers_in_both_languages():
    assert summary_word("skipped") == "overgeslagen" and summary_word("skipped", "en") == "skipped"
    assert number(1234567, "nl") == "1.234.567" and number(1234567, "en") == "1,234,567"
    assert number(1.25, "nl", 1) in ("1,2", "1,3") and number(0.5, "en", 1) == "0.5"
