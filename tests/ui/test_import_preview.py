"""The import wizard's preview of a vCard or calendar file: what would be imported, nothing written.

Set RELBEHEER_SCREENSHOTS=DIR to keep a picture of each preview.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from relbeheer.services import Services
from relbeheer.ui.app import make_application
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.import_wizard import ImportWizard
from relbeheer.ui.import_wizard.preview_models import CardsModel, MeetingsModel
from relbeheer.ui.import_wizard.wizard import FILE_PREVIEW, RUN, SUMMARY
from relbeheer.ui.tasks import TaskRunner

from .test_import_wizard import shot

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def ctx(db_path, qtbot):
    make_application([])
    svc = Services.open(db_path)
    with svc.db.atomic():
        svc.db.execute("INSERT INTO accounts (id, name, tier, created_at, updated_at) "
                       "VALUES ('a1', 'Fietsen Jansen B.V.', 'A', '2024', '2024'), "
                       "('a2', 'Van Dam Tweewielers', 'B', '2024', '2024')")
        svc.db.execute("INSERT INTO contacts (id, account_id, name, email, role, created_at, "
                       "updated_at) VALUES ('c1', 'a1', 'Jan van der Berg', 'jan@jansen.nl', "
                       "'user', '2024', '2024')")
    context = UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="en")
    yield context
    assert context.runner.wait(60000)  # no task may outlive the database
    svc.close()


def counts(ctx) -> tuple:
    db = ctx.services.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("accounts", "contacts", "touchpoints"))


def open_on_preview(qtbot, ctx, path) -> ImportWizard:
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == FILE_PREVIEW
    return wizard


def cell(model, row: int, col: int) -> str:
    return model.index(row, col).data()


def test_vcard_preview_then_import(qtbot, ctx, tmp_path):
    path = tmp_path / "google.vcf"
    shutil.copy(DATA / "vcard" / "google_30_many.vcf", path)
    wizard = open_on_preview(qtbot, ctx, path)
    page = wizard.file_preview_page
    # The file is read on the worker: the page says so and waits, the window does not.
    assert "Reading" in page.status.text() and not page.isComplete()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert next_button.isEnabled() and next_button.text() == "&Import"
    model = page.model
    assert isinstance(model, CardsModel) and model.rowCount() == 2
    assert [cell(model, 0, c) for c in range(6)] == [
        "Anouk de Vries", "Van Dam Tweewielers", "Van Dam Tweewielers", "anouk@vandam.nl",
        "038-1234567", "New contact"]
    assert cell(model, 1, CardsModel.COL_ACCOUNT) == "Nieuw Rijwielhuis (new)"
    assert page.status.text() == "Contacts in the file: 2; new: 2; new accounts: 1."
    assert counts(ctx) == (2, 1, 0)  # the preview wrote nothing
    shot(wizard, "2-preview-vcard")
    wizard.next()
    assert wizard.currentId() == RUN
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=15000)
    assert counts(ctx) == (3, 3, 0)


def test_cards_without_an_organisation_are_counted_and_grey(qtbot, ctx):
    wizard = open_on_preview(qtbot, ctx, DATA / "vcard" / "no_org.vcf")
    page = wizard.file_preview_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert "without an organisation (skipped): 1" in page.status.text()
    model = page.model
    assert cell(model, 0, CardsModel.COL_ACCOUNT) == "no account"
    assert cell(model, 0, CardsModel.COL_OUTCOME) == "vCards without a company (ORG)"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # grey: skipped


@pytest.mark.parametrize(("folder", "name", "line"), [("vcard", "broken_end.vcf", 6),
                                                      ("vcard", "not_a_vcard.vcf", 1),
                                                      ("ics", "bad_dtstart.ics", 6)])
def test_a_file_that_cannot_be_read_is_one_line_and_blocks_import(qtbot, ctx, folder, name,
                                                                  line):
    wizard = open_on_preview(qtbot, ctx, DATA / folder / name)
    page = wizard.file_preview_page
    qtbot.waitUntil(lambda: page.status.objectName() == "FieldError", timeout=10000)
    text = page.status.text()
    assert text.startswith(f"{name} cannot be read, line {line}: ") and "\n" not in text
    assert not page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert page.model.rowCount() == 0
    shot(wizard, f"2-preview-error-{name}")


def test_calendar_preview_lists_meetings_with_their_account(qtbot, ctx):
    wizard = open_on_preview(qtbot, ctx, DATA / "ics" / "outlook_windows_tz.ics")
    page = wizard.file_preview_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    model = page.model
    assert isinstance(model, MeetingsModel) and model.rowCount() == 1
    assert [cell(model, 0, c) for c in range(6)] == [
        "2025-03-04", "Jaargesprek", "Visit", "Fietsen Jansen B.V.",
        "Jan van der Berg <jan@jansen.nl>, Anna de Boer <anna@ons-bedrijf.nl>",
        "New touchpoint"]
    assert page.status.text() == "Meetings in the file: 1; to import: 1; skipped: 0."
    assert counts(ctx) == (2, 1, 0)
    shot(wizard, "2-preview-ics")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=15000)
    assert counts(ctx) == (2, 1, 1)


def test_meetings_without_a_known_contact_say_so(qtbot, ctx):
    wizard = open_on_preview(qtbot, ctx, DATA / "ics" / "google_utc_meet.ics")
    page = wizard.file_preview_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    model = page.model
    assert cell(model, 0, MeetingsModel.COL_KIND) == "Video call"
    assert cell(model, 0, MeetingsModel.COL_ACCOUNT) == "no known contact"
    assert cell(model, 0, MeetingsModel.COL_ATTENDEES) == "sanne@vandam.nl"
    assert "to import: 0; skipped: 1" in page.status.text()
