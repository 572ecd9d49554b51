"""Contacts and Products screens list the whole portfolio and open accounts."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.models.directory_models import DirectoryContactsModel, ProductsModel


@pytest.fixture
def services(db_path):
    svc = Services.open(db_path)
    acc = svc.records.save_account({"name": "Fietsen Jansen", "tier": "A", "kind": "dealer"})
    jan = svc.records.save_contact({"account_id": acc, "name": "Jan de Vries", "role": "decision_maker",
                                    "is_ambassador": True})
    svc.records.save_contact({"account_id": acc, "name": "Els Bakker", "role": "user"})
    svc.records.save_touchpoint({"account_id": acc, "kind": "visit", "date": dt.date.today()}, [jan])
    yield svc, acc
    svc.close()


def test_contacts_page_lists_and_opens_the_account(qtbot, services):
    svc, acc = services
    make_application([])
    window = build_window(svc, "nl")
    qtbot.addWidget(window)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    jan = next(r for r in view.model.rows() if r.name == "Jan de Vries")
    assert (jan.account, jan.last_contact, jan.is_ambassador) == ("Fietsen Jansen", dt.date.today(), True)
    with qtbot.waitSignal(view.account_activated) as opened:
        view.activated.emit(jan)
    assert opened.args == [acc]


def test_directory_models_pass_the_model_tester(qtmodeltester, services):
    svc, _ = services
    contacts = DirectoryContactsModel("en")
    contacts.set_rows(svc.directory.contacts())
    qtmodeltester.check(contacts)
    products = ProductsModel("en")
    products.set_rows(svc.directory.products())
    qtmodeltester.check(products)
