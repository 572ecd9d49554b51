"""A form saved onto a full disk: one clear line in the user's language, the input kept, nothing written."""

from __future__ import annotations

import pytest

from relbeheer.services import Services
from relbeheer.ui.app import install_translator, make_application
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.forms.touchpoint_form import TouchpointForm
from relbeheer.ui.tasks import TaskRunner

LONG = "Jaarafspraken doorgenomen, levering in april. " * 400  # 18,400 characters: new pages
MESSAGES = {
    "en": "Could not save: The disk is full. Nothing was changed; free some space and try again.",
    "nl": "Opslaan mislukt: De schijf is vol. Er is niets veranderd; maak ruimte vrij en probeer "
          "het opnieuw.",
}


@pytest.fixture(params=["en", "nl"])
def ctx(request, db_path, qtbot):
    app = make_application([])
    install_translator(app, request.param)
    services = Services.open(db_path)
    context = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(),
                        lang=request.param)
    yield context
    context.runner.wait()
    services.close()
    install_translator(app, "en")  # no translator: the next test reads English again


def disk_full(ctx) -> None:
    db = ctx.services.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")


def rows(ctx, table: str) -> list:
    return ctx.services.db.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall()


def test_touchpoint_form_on_a_full_disk(qtbot, ctx):
    records = ctx.services.records
    account = records.save_account({"name": "Fietsen Jansen", "tier": "B", "kind": "dealer"})
    records.save_touchpoint({"account_id": account, "kind": "call", "date": "2025-03-04"})
    [tp] = records.touchpoints(account)
    form = TouchpointForm(ctx, tp)
    qtbot.addWidget(form)
    form.show()
    form.field("kind").set_value("visit")
    form.field("note").setPlainText(LONG)
    before = rows(ctx, "touchpoints"), rows(ctx, "attention_summary")
    disk_full(ctx)
    form.submit()
    qtbot.waitUntil(lambda: form.general_error.isVisible(), timeout=5000)
    assert form.general_error.text() == MESSAGES[ctx.lang]
    # The dialog stays open with everything as typed, ready to save again.
    assert form.isVisible() and form.save_button.isEnabled() and form.saved_id is None
    assert form.field("note").toPlainText() == LONG and form.field("kind").value() == "visit"
    assert (rows(ctx, "touchpoints"), rows(ctx, "attention_summary")) == before
    assert not ctx.services.db.conn.in_transaction
    assert ctx.services.data.check()[0] == ["ok"]
    form.grab().save(f"/tmp/form-disk-full-{ctx.lang}.png")
    # Room again: the same dialog saves what it kept.
    ctx.services.db.execute("PRAGMA max_page_count = 1073741823")
    form.submit()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    [tp] = records.touchpoints(account)
    assert (tp.kind, tp.note) == ("visit", LONG.strip())
