"""Accessibility of every page of the main window: names, labels, mnemonics, tab order.

A screen reader reads a button by its text or, without text, by its accessible name;
a field by the label whose buddy it is, or by its accessible name. The walk covers
every page registered with ``add_page`` plus the account page with all its tabs,
visible or not (a tab not on screen is still reached by keyboard).

Gaps in screens owned elsewhere are listed in ``KNOWN_GAPS`` so the suite stays
green while they are fixed; the test fails on a new gap and on a listed gap that
was fixed (remove it from the list then).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from relbeheer.services import Services
from relbeheer.store.demo.generator import generate_demo
from relbeheer.ui.app import build_window, make_application

# Widgets Qt builds inside its own controls; they are named by the control around them.
QT_INTERNAL = ("qt_", "QLineEditIconButton", "ScrollLeftButton", "ScrollRightButton", "QTabBarCloseButton")

KNOWN_GAPS: set[str] = set()
# The side bar drops its Alt+letters while the account page is shown (main_window
# _nav_mnemonics), so the account page's tabs and buttons own theirs.
KNOWN_MNEMONIC_CLASHES: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("a11y") / "demo.db"
    svc = Services.open(path, daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=3)
    svc.close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    make_application([])
    svc = Services.open(demo_path, daily_backup=False)
    win = build_window(svc, "nl")
    qtbot.addWidget(win)
    win.show()
    # the account page exists once an account is opened: open the first one
    account = svc.accounts.list()[0]
    win.open_account(account.id)
    from relbeheer.ui.views.account_page import AccountPage

    page = win.findChild(AccountPage)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10000)
    yield win
    win.ctx.runner.wait()
    svc.close()


def pages(window) -> dict[str, QWidget]:
    from relbeheer.ui.views.account_page import AccountPage

    found = dict(window._pages)
    for key in found:  # pages may build their contents when first shown
        window.show_page(key)
    found["account"] = window.findChild(AccountPage)
    return found


def _internal(widget: QWidget) -> bool:
    name, cls = widget.objectName(), type(widget).__name__
    if name.startswith(QT_INTERNAL) or cls in QT_INTERNAL:
        return True
    parent = widget.parentWidget()
    # the editor of a spin box, date edit or editable combo box is named by its owner;
    # a line edit's clear button (Qt's private QLineEditIconButton) by the line edit
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit))


def describe(widget: QWidget, page_key: str) -> str:
    """'page: Owner.attribute (Class)' so a gap can be found in the code."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        for name, value in vars(ancestor).items():
            if value is widget:
                return f"{page_key}: {type(ancestor).__name__}.{name} ({type(widget).__name__})"
        ancestor = ancestor.parentWidget()
    hint = widget.objectName() or getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
    return f"{page_key}: {type(widget).__name__} '{hint}'"


def gaps_in(page: QWidget, page_key: str) -> set[str]:
    buddies = {id(label.buddy()) for label in page.window().findChildren(QLabel) if label.buddy()}
    found = set()
    for button in page.findChildren(QAbstractButton):
        if _internal(button):
            continue
        if not button.text().replace("&", "").strip() and not button.accessibleName().strip():
            found.add("no accessible name: " + describe(button, page_key))
    for field in [*page.findChildren(QLineEdit), *page.findChildren(QComboBox)]:
        if _internal(field):
            continue
        if id(field) not in buddies and not field.accessibleName().strip():
            found.add("no label or accessible name: " + describe(field, page_key))
    return found


def dialogs(qtbot, window) -> dict[str, QWidget]:
    """The forms a user meets most: quick log (Ctrl+T), new account, and each record form."""
    page = pages(window)["account"]
    found = {}
    window.log_touchpoint()
    found["log dialog"] = window.log_dialog
    window.new_account()
    qtbot.waitUntil(lambda: getattr(window, "account_dialog", None) is not None, timeout=10000)
    found["account form"] = window.account_dialog
    for name in ("contacts_tab", "measurements_tab", "cases_tab"):
        tab = getattr(page, name)
        tab.add()
        found[f"{name} form"] = tab.dialog
    return found


def compare(found: dict[str, set[str]]) -> None:
    """Gaps found on these screens against the known ones of the same screens."""
    seen = set().union(*found.values())
    known = {gap for gap in KNOWN_GAPS if any(f": {key}: " in gap for key in found)}
    new, fixed = sorted(seen - known), sorted(known - seen)
    assert not new, "new accessibility gaps:\n" + "\n".join(new)
    assert not fixed, "fixed, remove from KNOWN_GAPS:\n" + "\n".join(fixed)


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_every_page_names_its_buttons_and_fields(window):
    """Every text-less button has an accessible name; every field a label or a name."""
    found = {key: gaps_in(page, key) for key, page in pages(window).items()}
    compare(found)


def test_every_dialog_names_its_buttons_and_fields(qtbot, window):
    """The same check for the forms: typing a touchpoint is the most frequent act."""
    found = {}
    for key, dialog in dialogs(qtbot, window).items():
        found[key] = gaps_in(dialog, key)
        dialog.close()
    compare(found)


def test_navigation_and_menus_have_distinct_mnemonics(window):
    """Alt+letter reaches one place: the side bar and the menu bar share the letters."""
    window.show_page("attention")  # the side bar has its letters on every page but the account page
    texts = [b.text() for b in window._buttons.values()]
    texts += [a.text() for a in window.menuBar().actions()]
    letters = [m for m in map(mnemonic, texts) if m]
    assert len(letters) == len(texts), f"without mnemonic: {[t for t in texts if not mnemonic(t)]}"
    duplicates = sorted({m for m in letters if letters.count(m) > 1})
    assert duplicates == [], f"{duplicates} in {texts}"


def page_mnemonics(page: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the buttons and buddy labels a user can reach with Alt on a page."""
    found = []
    for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if not widget.isVisibleTo(page) or _internal(widget):
            continue
        letter = mnemonic(widget.text())
        if letter:
            found.append((letter, widget.text()))
    return found


@pytest.mark.parametrize("key", ["attention", "accounts", "contacts", "products", "dashboard"])
def test_page_mnemonics_do_not_clash_with_each_other_or_the_chrome(window, key):
    """Alt+letter on a page must not be taken by a menu, the side bar or another control."""
    window.show_page(key)
    chrome = [(mnemonic(t), t) for t in [*(b.text() for b in window._buttons.values()),
                                          *(a.text() for a in window.menuBar().actions())]]
    taken = chrome + page_mnemonics(window._pages[key])
    letters = [letter for letter, _ in taken]
    clashes = sorted({f"{letter}: {[t for m, t in taken if m == letter]}" for letter in letters
                      if letters.count(letter) > 1})
    assert clashes == [] or set(clashes) <= KNOWN_MNEMONIC_CLASHES.get(key, set()), clashes


@pytest.fixture
def dutch():
    """The Dutch translation the app ships (resources/translations/relbeheer_nl.qm)."""
    from relbeheer.ui.app import install_translator

    app = make_application([])
    if install_translator(app, "nl") is None:
        pytest.skip("no Dutch translation built yet")
    yield
    install_translator(app, "en")  # English is the source: no translator left behind


@pytest.mark.parametrize("key", ["attention", "dashboard", "account"])
def test_dutch_mnemonics_do_not_clash(qtbot, demo_path, dutch, key):
    """The same check in Dutch, where every letter moves."""
    svc = Services.open(demo_path, daily_backup=False)
    win = build_window(svc, "nl")
    qtbot.addWidget(win)
    win.show()
    if key == "account":
        from relbeheer.ui.views.account_page import AccountPage

        win.open_account(svc.accounts.list()[0].id)
        page = win.findChild(AccountPage)
        qtbot.waitUntil(lambda: page.bundle is not None, timeout=10000)
        clashes = account_clashes(win, page)
    else:
        win.show_page(key)
        clashes = clashes_in(chrome_mnemonics(win) + page_mnemonics(win._pages[key]))
    win.ctx.runner.wait()
    svc.close()
    assert set(clashes) <= KNOWN_MNEMONIC_CLASHES.get(f"nl {key}", set()), clashes


def chrome_mnemonics(window) -> list[tuple[str | None, str]]:
    return [(mnemonic(t), t) for t in [*(b.text() for b in window._buttons.values()),
                                        *(a.text() for a in window.menuBar().actions())]]


def clashes_in(taken: list[tuple[str | None, str]]) -> set[str]:
    letters = [letter for letter, _ in taken if letter]
    return {f"{letter}: {sorted({t.split(' (')[0] for m, t in taken if m == letter})}"
            for letter in letters if letters.count(letter) > 1}


def account_clashes(window, page) -> set[str]:
    """On the account page, each tab's controls, the tab titles, the page's buttons and
    the side bar and menus share one set of Alt+letters."""
    tabs = page.tabs
    titles = [(mnemonic(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    found = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found |= clashes_in(chrome_mnemonics(window) + titles + page_mnemonics(page))
    return found


def test_account_page_mnemonics_against_the_chrome(window):
    page = pages(window)["account"]
    window.open_account(page.account_id)  # as a user sees it: the account page in front
    clashes = account_clashes(window, page)
    known = KNOWN_MNEMONIC_CLASHES.get("en account", set())
    assert not clashes - known, sorted(clashes - known)
    assert not known - clashes, f"fixed, remove from KNOWN_MNEMONIC_CLASHES: {sorted(known - clashes)}"


def test_account_tabs_have_distinct_mnemonics(window):
    tabs = pages(window)["account"].tabs
    letters = [mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
    assert None not in letters and len(set(letters)) == len(letters), letters


def test_dashboard_tab_order_follows_the_filters(qtbot, window):
    """Tab walks the account manager, team and region pickers left to right."""
    window.show_page("dashboard")
    view = window.dashboard_page.view
    view.filters.owner.setFocus()
    QApplication.processEvents()
    order = [view.filters.owner, view.filters.team, view.filters.region]
    for here, there in zip(order, order[1:]):
        assert here.nextInFocusChain() is there or there.isAncestorOf(here.nextInFocusChain()) \
            or here.isAncestorOf(here.nextInFocusChain()), (here.accessibleName(), there.accessibleName())


def test_dashboard_labels_carry_mnemonics_to_their_pickers(window):
    labels = [label for label in window.dashboard_page.view.findChildren(QLabel) if label.buddy()]
    assert {label.buddy() for label in labels} == {window.dashboard_page.view.filters.owner,
                                                     window.dashboard_page.view.filters.team,
                                                     window.dashboard_page.view.filters.region}
    assert all(mnemonic(label.text()) for label in labels)


def test_checker_finds_planted_gaps(qtbot):
    """The walk itself works: a bare icon button and an unlabelled field are reported."""
    from PySide6.QtWidgets import QToolButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    icon_only, named = QToolButton(), QToolButton()
    named.setAccessibleName("Refresh")
    bare, labelled = QLineEdit(), QComboBox()
    label = QLabel("&Team")
    label.setBuddy(labelled)
    for widget in (icon_only, named, bare, labelled, label):
        layout.addWidget(widget)
    gaps = gaps_in(page, "planted")
    assert gaps == {"no accessible name: planted: QToolButton ''",
                    "no label or accessible name: planted: QLineEdit ''"}
    assert mnemonic("Plan notes && &goals") == "g" and mnemonic("A && B") is None
