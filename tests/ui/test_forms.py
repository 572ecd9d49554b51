"""Edit forms: messages in place, nothing typed is lost, Enter saves, Esc cancels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from relbeheer.services import Services
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.forms.account_form import AccountForm
from relbeheer.ui.forms.case_form import CaseForm
from relbeheer.ui.forms.contact_form import ContactForm
from relbeheer.ui.forms.fields import parse_number
from relbeheer.ui.forms.measurement_form import MeasurementForm
from relbeheer.ui.forms.touchpoint_form import TouchpointForm
from relbeheer.ui.tasks import TaskRunner


@pytest.fixture
def ctx(db_path):
    services = Services.open(db_path)
    context = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang="en")
    yield context
    context.runner.wait()
    services.close()


@pytest.fixture
def account(ctx):
    return ctx.services.records.save_account({"name": "Fietsen Jansen", "tier": "B", "kind": "dealer"})


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_closed(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def wait_error(qtbot, dialog, field):
    qtbot.waitUntil(lambda: dialog.error_text(field) != "", timeout=5000)
    return dialog.error_text(field)


def test_invalid_email_is_shown_under_the_field_and_input_is_kept(qtbot, ctx, account):
    """A validation error leaves the dialog open with the message under the field."""
    form = show(qtbot, ContactForm(ctx, account))
    qtbot.keyClicks(form.field("name"), "Jan Jansen")
    qtbot.keyClicks(form.field("email"), "jan@nowhere")
    form.submit()
    assert wait_error(qtbot, form, "email") == "Not a valid e-mail address."
    assert form.isVisible() and form.field("name").text() == "Jan Jansen"
    assert form.field("email").property("invalid") is True
    assert form.error_text("name") == ""
    assert ctx.services.records.contacts(account) == []


def test_fixing_the_error_saves_and_announces_the_change(qtbot, ctx, account):
    form = show(qtbot, ContactForm(ctx, account))
    qtbot.keyClicks(form.field("name"), "Jan Jansen")
    qtbot.keyClicks(form.field("email"), "jan@nowhere")
    form.submit()
    wait_error(qtbot, form, "email")
    form.field("email").setText("jan@jansen.nl")
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000) as heard:
        form.submit()
    assert heard.args == [{"contacts"}, account]
    wait_closed(qtbot, form)
    [saved] = ctx.services.records.contacts(account)
    assert (saved.name, saved.email, saved.id) == ("Jan Jansen", "jan@jansen.nl", form.saved_id)
    assert form.field("email").property("invalid") is False


def test_enter_saves(qtbot, ctx, account):
    """Pressing Enter in a line edit saves the form (the Save button is the default)."""
    form = show(qtbot, ContactForm(ctx, account))
    qtbot.keyClicks(form.field("name"), "Els")
    qtbot.keyClick(form.field("name"), Qt.Key.Key_Return)
    wait_closed(qtbot, form)
    assert [c.name for c in ctx.services.records.contacts(account)] == ["Els"]


def test_escape_cancels_without_saving(qtbot, ctx, account):
    form = show(qtbot, ContactForm(ctx, account))
    qtbot.keyClicks(form.field("name"), "Els")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    ctx.runner.wait()
    assert ctx.services.records.contacts(account) == []


def test_every_label_is_a_mnemonic_buddy_and_focus_starts_on_the_first_field(qtbot, ctx, account):
    form = show(qtbot, ContactForm(ctx, account))
    labels = [w for w in form.findChildren(QLabel) if w.buddy() is not None and w.text()]
    assert len(labels) >= 6 and all("&" in w.text() for w in labels)
    assert form.focusWidget() is form.field("name")
    order = []
    for _ in range(3):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        order.append(form.focusWidget())
    assert order == [form.field("role"), form.field("job_title"), form.field("email")]


def test_account_form_letters_in_a_number_field(qtbot, ctx, account):
    """Text that is not a number is answered in place before anything is sent."""
    form = show(qtbot, AccountForm(ctx, ctx.services.records.account(account)))
    form.field("employees").setText("twintig")
    form.submit()
    assert form.error_text("employees") == "Not a valid number."
    assert form.field("employees").text() == "twintig"


def test_account_form_cadence_must_be_positive_then_saves(qtbot, ctx, account):
    """The service's message lands under the cadence field; a fix saves every field."""
    form = show(qtbot, AccountForm(ctx, ctx.services.records.account(account)))
    assert form.field("name").text() == "Fietsen Jansen"
    form.field("cadence_days").setText("0")
    form.submit()
    assert wait_error(qtbot, form, "cadence_days") == "Must be greater than zero."
    form.field("cadence_days").setText("45")
    form.field("tier").set_value("A")
    form.field("annual_revenue").setText("1,250,000.50")
    form.submit()
    wait_closed(qtbot, form)
    saved = ctx.services.records.account(account)
    assert (saved.tier.value, saved.cadence_days, saved.annual_revenue) == ("A", 45, 1250000.5)


def test_new_account_announces_its_own_id(qtbot, ctx):
    form = show(qtbot, AccountForm(ctx, None))
    form.field("name").setText("Rijwielhandel De Vries")
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000) as heard:
        form.submit()
    assert heard.args[1] == form.saved_id
    assert ctx.services.records.account(form.saved_id).name == "Rijwielhandel De Vries"


def test_measurement_out_of_range_and_decimal_comma(qtbot, ctx, account):
    form = show(qtbot, MeasurementForm(ctx, account))
    form.field("kind").set_value("ces")
    assert form.field("score").placeholderText() == "1 to 7"
    form.field("score").setText("9")
    form.submit()
    assert wait_error(qtbot, form, "score") == "Must be between 1 and 7."
    form.field("score").setText("2,5")
    form.submit()
    wait_closed(qtbot, form)
    [m] = ctx.services.records.measurements(account)
    assert (m.kind, m.score) == ("ces", 2.5)


def test_resolving_a_case_closes_it_today_with_an_outcome(qtbot, ctx, account):
    records = ctx.services.records
    case_id = records.save_case({"account_id": account, "subject": "Accu kapot", "opened_on": dt.date(2026, 1, 5)})
    [case] = records.cases(account)
    form = show(qtbot, CaseForm(ctx, account, case, resolve=True))
    assert form.field("outcome").isEnabled()
    form.field("outcome").set_value("recovered")
    form.submit()
    wait_closed(qtbot, form)
    [case] = records.cases(account)
    assert (case.id, case.resolved_on, case.outcome) == (case_id, dt.date.today(), "recovered")


def test_case_outcome_needs_a_resolution(qtbot, ctx, account):
    """Without a resolved date the outcome is disabled and not saved."""
    form = show(qtbot, CaseForm(ctx, account))
    assert not form.field("outcome").isEnabled()
    form.field("subject").setText("Levering te laat")
    form.submit()
    wait_closed(qtbot, form)
    [case] = ctx.services.records.cases(account)
    assert (case.resolved_on, case.outcome) == (None, "")


def test_edit_touchpoint_kind_and_who_was_there(qtbot, ctx, account):
    records = ctx.services.records
    jan = records.save_contact({"account_id": account, "name": "Jan", "role": "decision_maker"})
    els = records.save_contact({"account_id": account, "name": "Els", "role": "user"})
    records.save_touchpoint({"account_id": account, "kind": "email", "date": dt.date(2026, 3, 2)}, contact_ids=[jan])
    [tp] = records.touchpoints(account)
    form = show(qtbot, TouchpointForm(ctx, tp, records.contacts(account)))
    form.field("kind").set_value("visit")
    form.picker.boxes[els].setChecked(True)
    form.field("follow_up_on").set_value(dt.date(2026, 4, 1))
    form.submit()
    wait_closed(qtbot, form)
    [tp] = records.touchpoints(account)
    assert (tp.kind, tp.binding, sorted(tp.contact_ids)) == ("visit", "social", sorted([jan, els]))
    assert tp.follow_up_on == dt.date(2026, 4, 1)


def test_touchpoint_in_the_future_is_refused_in_place(qtbot, ctx, account):
    ctx.services.records.save_touchpoint({"account_id": account, "kind": "call", "date": dt.date(2026, 3, 2)})
    [tp] = ctx.services.records.touchpoints(account)
    form = show(qtbot, TouchpointForm(ctx, tp))
    form.field("date").set_value(dt.date.today() + dt.timedelta(days=3))
    form.submit()
    assert wait_error(qtbot, form, "date") == "Lies in the future."
    assert form.field("date").property("invalid") is True


@pytest.mark.parametrize(
    "text, lang, number",
    [("1.250.000,50", "nl", 1250000.5), ("7,5", "nl", 7.5), ("7.5", "nl", 7.5), ("1.500", "nl", 1500.0),
     ("1,250,000.50", "en", 1250000.5), ("7.5", "en", 7.5), ("7,5", "en", 7.5), ("  ", "nl", None),
     ("€ 2.400", "nl", 2400.0)],
)
def test_numbers_are_read_the_way_the_language_writes_them(text, lang, number):
    assert parse_number(text, lang) == number


@pytest.mark.parametrize("text", ["twintig", "1.2.3,4,5", "10 euro"])
def test_text_that_is_no_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text, "nl")
