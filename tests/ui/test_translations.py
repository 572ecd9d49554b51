"""The Dutch translation: the committed .qm loads, the window speaks Dutch, and the
.ts keeps every placeholder and exactly one mnemonic per translated string."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from relbeheer import paths
from relbeheer.services import Services
from relbeheer.ui.app import build_window, install_translator, make_application

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "relbeheer_nl.ts"


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.fixture
def dutch_app():
    app = make_application([])
    translator = install_translator(app, "nl")
    yield app, translator
    install_translator(app, "en")  # the source language: no translator left behind


def test_qm_loads():
    qm = paths.resource("translations", "relbeheer_nl.qm")
    assert qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Bestand"


def test_every_string_is_finished():
    unfinished = [(ctx, src) for ctx, src, tr in messages()
                  if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == [], "run scripts/update-translations.sh and translate these"


def test_placeholders_survive():
    wrong = []
    for ctx, src, tr in messages():
        if tr is None or tr.get("type") == "unfinished":
            continue
        want = sorted(re.findall(r"%\d", src))
        got = sorted(re.findall(r"%\d", tr.text or ""))
        if want != got:
            wrong.append((ctx, src, tr.text))
    assert wrong == []


def test_one_mnemonic_where_the_source_has_one():
    wrong = []
    for ctx, src, tr in messages():
        if tr is None or tr.get("type") == "unfinished":
            continue
        if mnemonics(src) and mnemonics(tr.text or "") != 1:
            wrong.append((ctx, src, tr.text))
        if not mnemonics(src) and mnemonics(tr.text or ""):
            wrong.append((ctx, src, tr.text))
        if src.count("&&") != (tr.text or "").count("&&"):
            wrong.append((ctx, src, tr.text))
    assert wrong == []


def test_window_in_dutch(qtbot, dutch_app):
    _app, translator = dutch_app
    assert translator is not None
    svc = Services.open(":memory:")
    window = build_window(svc, "nl")
    qtbot.addWidget(window)
    nav = [window._buttons[key].text() for key in ("attention", "accounts", "contacts", "products", "dashboard")]
    assert [t.replace("&", "") for t in nav] == ["Aandacht", "Relaties", "Contactpersonen", "Producten",
                                                 "Dashboard"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert [t.replace("&", "") for t in menus[:2]] == ["Bestand", "Beeld"]
    assert "Help" in [t.replace("&", "") for t in menus]
    # Alt+letter on the window chrome: every navigation button and menu a letter of its own.
    letters = [re.search(r"&([^&])", t).group(1).lower() for t in nav + menus if re.search(r"&([^&])", t)]
    assert len(letters) == len(nav) + len(menus)
    assert len(set(letters)) == len(letters), letters
    window.ctx.runner.wait()
    svc.close()
