"""Import errors as a Dutch user reads them: the bad files of the corpus, and the wizard's lines.

The readers raise in English; ``error_text`` names the file and line and gives
the message in Dutch (core.exchange.error_words), on every wizard page.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from relbeheer.core.exchange.error_words import translate
from relbeheer.services import Services
from relbeheer.services.exchange import ImportFileError
from relbeheer.ui.app import make_application
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.import_wizard import ImportWizard
from relbeheer.ui.import_wizard.wizard import FILE_PREVIEW, MAPPING, PREVIEW, RUN
from relbeheer.ui.safety.texts import error_text
from relbeheer.ui.tasks import TaskRunner

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS / "data" / "import"
# Words of the English messages; none may be left once the user's values are taken out.
ENGLISH = {"not", "expected", "found", "file", "empty", "without", "where", "readable",
           "valid", "number", "header", "below", "has", "no", "colon", "property", "line",
           "fields", "column", "text", "rows", "data", "too", "long", "cannot", "read",
           "date", "time", "workbook", "use", "save", "as", "an", "a", "or", "was"}


def corpus_errors() -> list[tuple[str, str, int]]:
    """(file, kind, line) of every corpus file that must be refused (test_corpus.CASES)."""
    spec = importlib.util.spec_from_file_location(
        "corpus_cases", TESTS / "store" / "importers" / "formats" / "test_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(name, kind, expect[1]) for name, kind, expect in module.CASES
            if expect[0] == "error"]


ERRORS = corpus_errors()


def english_left(text: str) -> set[str]:
    unquoted = re.sub(r"'[^']*'", "", text)
    return {w for w in re.findall(r"[a-z]+", unquoted.lower()) if w in ENGLISH}


def import_error(svc: Services, path: Path, kind: str, lang: str) -> ImportFileError:
    exchange = svc.exchange
    with pytest.raises(ImportFileError) as info:
        if kind == "vcard":
            exchange.import_vcard(path, lang=lang)
        elif kind == "ics":
            exchange.import_ics(path, today=dt.date(2025, 12, 31),
                                user_tz=ZoneInfo("Europe/Amsterdam"))
        else:
            exchange.import_csv(path, kind, lang=lang, today=dt.date(2025, 12, 31))
    return info.value


@pytest.fixture
def svc(db_path):
    services = Services.open(db_path)
    yield services
    services.close()


def test_the_corpus_has_its_bad_files():
    assert len(ERRORS) >= 15


@pytest.mark.parametrize(("name", "kind", "line"), ERRORS, ids=[e[0] for e in ERRORS])
def test_every_bad_corpus_file_is_told_in_dutch(svc, name, kind, line):
    path = CORPUS / name
    english = import_error(svc, path, kind, "en")
    dutch = import_error(svc, path, kind, "nl")
    # The English message has Dutch words (the form rules' words come in Dutch already
    # when the import runs in Dutch, which is what the app and the CLI do).
    assert translate(english.message, "nl") != english.message, english.message
    shown = error_text(dutch, "nl")
    prefix = f"{path.name} kan niet worden gelezen, regel {line}: "
    assert shown.startswith(prefix), shown
    assert english_left(shown[len(prefix):]) == set(), shown
    assert error_text(english, "en").startswith(f"{path.name} cannot be read, line {line}: ")


def test_a_file_error_without_a_line_names_only_the_file():
    exc = ImportFileError(Path("/tmp/map/weg.csv"), None, "file not found")
    assert error_text(exc, "nl") == "weg.csv kan niet worden gelezen: bestand niet gevonden"
    assert error_text(exc, "en") == "weg.csv cannot be read: file not found"


# --- the wizard ------------------------------------------------------------------

@pytest.fixture
def ctx(db_path, qtbot):
    make_application([])
    services = Services.open(db_path)
    context = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    yield context
    assert context.runner.wait(60000)  # no task may outlive the database
    services.close()


def open_wizard(qtbot, ctx, path, kind=None) -> ImportWizard:
    wizard = ImportWizard(ctx, path=str(path), kind=kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_vcard_preview_error_line_is_dutch(qtbot, ctx, tmp_path):
    path = tmp_path / "kapot.vcf"
    shutil.copy(CORPUS / "vcard" / "not_a_vcard.vcf", path)
    wizard = open_wizard(qtbot, ctx, path)
    wizard.next()
    assert wizard.currentId() == FILE_PREVIEW
    page = wizard.file_preview_page
    qtbot.waitUntil(lambda: page.status.objectName() == "FieldError", timeout=10000)
    assert page.status.text() == ("kapot.vcf kan niet worden gelezen, regel 1: geen geldige "
                                  "regel ('Naam;E-mail' heeft geen dubbele punt)")
    assert page.status.toolTip() == str(path)


def test_csv_preview_error_line_is_dutch(qtbot, ctx, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    wizard = open_wizard(qtbot, ctx, path, "accounts")
    wizard.next()
    assert wizard.currentId() == PREVIEW
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.status.objectName() == "FieldError", timeout=10000)
    assert page.status.text() == ("leeg.csv kan niet worden gelezen, regel 1: leeg bestand: "
                                  "geen kopregel met kolomnamen")


def test_run_page_error_line_is_dutch(qtbot, ctx, tmp_path):
    path = tmp_path / "bezoeken.csv"
    shutil.copy(CORPUS / "csv" / "feb31_touchpoints.csv", path)
    wizard = open_wizard(qtbot, ctx, path, "touchpoints")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    assert wizard.currentId() == MAPPING and wizard.mapping_page.isComplete()
    wizard.next()
    run = wizard.run_page
    assert wizard.currentId() == RUN
    qtbot.waitUntil(lambda: not run.running and bool(run.message.text()), timeout=15000)
    assert run.message.text() == ("bezoeken.csv kan niet worden gelezen, regel 3: Datum "
                                  "'31-02-2025' is geen geldige datum (dd-mm-jjjj)")
