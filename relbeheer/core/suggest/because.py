"""The "because" of a suggestion: one sentence in Dutch or English from real evidence.

A suggestion is only taken into an account review when a sales director believes
it (issue 4), so every sentence is built from counts in the data — "72% van de
dealers die X kopen, kopen ook Y", "koopt GTX Basic sinds 2016; GTX Pro is de
volgende stap in de serie" — never from a model score. The rules create a
:class:`Reason` (a code and its numbers); this module only words it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relbeheer.core.formatting import money, number

LANGS = ("nl", "en")


@dataclass(frozen=True)
class Reason:
    """Why a product is suggested: a template code and the evidence that fills it."""

    code: str
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PeerGroup:
    """Who "comparable accounts" are: a kind and/or a sector, or everyone."""

    kind: str = ""
    sector: str = ""

    def label(self, lang: str) -> str:
        """Plural noun phrase: 'dealers in de sector Zorg', 'business customers'."""
        kinds = _KIND_PLURAL[lang]
        noun = kinds.get(self.kind, kinds[""])
        if self.sector:
            return f"{noun} in de sector {self.sector}" if lang == "nl" else f"{noun} in {self.sector}"
        return noun


_KIND_PLURAL = {
    "nl": {"dealer": "dealers", "reseller": "wederverkopers", "wholesaler": "groothandels",
           "business": "zakelijke klanten", "": "klanten"},
    "en": {"dealer": "dealers", "reseller": "resellers", "wholesaler": "wholesalers",
           "business": "business customers", "": "customers"},
}


def _pct(share: float) -> str:
    return f"{round(100 * share):d}%"


def _also_bought(v: dict, lang: str) -> str:
    group = v["group"].label(lang)
    if lang == "nl":
        return f"{_pct(v['share'])} van de {group} die {v['given']} kopen, kopen ook {v['item']}."
    return f"{_pct(v['share'])} of {group} that buy {v['given']} also buy {v['item']}."


def _similar(v: dict, lang: str) -> str:
    if lang == "nl":
        return (f"Koopt al {v['given']}; het verwante {v['item']} wordt gekocht door "
                f"{_pct(v['share'])} van de {v['group'].label(lang)}.")
    return (f"Already buys {v['given']}; the related {v['item']} is bought by "
            f"{_pct(v['share'])} of {v['group'].label(lang)}.")


def _trending(v: dict, lang: str) -> str:
    if lang == "nl":
        return (f"{v['item']} is in opkomst: {number(v['recent'], lang)} klanten kochten het de "
                f"afgelopen {v['days']} dagen, {_pct(v['share'])} van de {v['group'].label(lang)} koopt het.")
    return (f"{v['item']} is rising: {number(v['recent'], lang)} customers bought it in the last "
            f"{v['days']} days; {_pct(v['share'])} of {v['group'].label(lang)} buy it.")


def _popular(v: dict, lang: str) -> str:
    if lang == "nl":
        return f"{_pct(v['share'])} van de {v['group'].label(lang)} koopt {v['item']}."
    return f"{_pct(v['share'])} of {v['group'].label(lang)} buy {v['item']}."


def _series_step(v: dict, lang: str) -> str:
    tail = ""
    if v.get("peers_with_current"):
        share = v["peers_with_target"] / v["peers_with_current"]
        tail = (f" {_pct(share)} van de klanten met {v['current']} kocht ook {v['target']}."
                if lang == "nl" else
                f" {_pct(share)} of customers with {v['current']} also bought {v['target']}.")
    if lang == "nl":
        return (f"Koopt {v['current']} sinds {v['since']}; {v['target']} is de volgende stap "
                f"in de serie {v['series']}.{tail}")
    return (f"Has bought {v['current']} since {v['since']}; {v['target']} is the next step "
            f"in the {v['series']} series.{tail}")


def _series_mix(v: dict, lang: str) -> str:
    group = v["group"].label(lang)
    if lang == "nl":
        return (f"Koopt in de serie {v['series']} het meest {v['current']} ({v['current_count']} "
                f"van {v['series_count']} aankopen sinds {v['since']}); {v['target']} is de volgende stap: bij "
                f"{group} is {_pct(v['peer_share'])} van de {v['series']}-aankopen {v['target']} of "
                f"hoger, hier {_pct(v['own_share'])}.")
    return (f"In the {v['series']} series buys {v['current']} most ({v['current_count']} of "
            f"{v['series_count']} purchases since {v['since']}); {v['target']} is the next step: among "
            f"{group}, {_pct(v['peer_share'])} of {v['series']} purchases are {v['target']} or "
            f"higher, here {_pct(v['own_share'])}.")


def _volume(v: dict, lang: str) -> str:
    if lang == "nl":
        return (f"Koopt {v['item']} voor {money(v['own'], lang)} per jaar; {v['peers']} "
                f"vergelijkbare klanten ({_size(v, lang)}) kopen er jaarlijks voor {money(v['median'], lang)} "
                f"(mediaan).")
    return (f"Buys {money(v['own'], lang)} of {v['item']} a year; {v['peers']} comparable "
            f"customers ({_size(v, lang)}) buy {money(v['median'], lang)} a year (median).")


def _contract(v: dict, lang: str) -> str:
    group = v["group"].label(lang)
    if lang == "nl":
        return (f"Koopt regelmatig (in {v['months']} van de laatste 12 maanden, "
                f"{money(v['revenue'], lang)}) zonder contract; {_pct(v['share'])} van de vaste "
                f"{group} heeft {v['item']}.")
    return (f"Buys regularly (in {v['months']} of the last 12 months, {money(v['revenue'], lang)}) "
            f"without a contract; {_pct(v['share'])} of regular {group} have {v['item']}.")


def _service_contract(v: dict, lang: str) -> str:
    if lang == "nl":
        return (f"Koopt regelmatig (in {v['months']} van de laatste 12 maanden, "
                f"{money(v['revenue'], lang)}) zonder contract; een servicecontract bindt deze "
                f"klant structureel (waarde geschat op {_pct(v['fee_share'])} van de jaaromzet).")
    return (f"Buys regularly (in {v['months']} of the last 12 months, {money(v['revenue'], lang)}) "
            f"without a contract; a service contract binds this customer structurally (valued "
            f"at an assumed {_pct(v['fee_share'])} of yearly purchases).")


_TEMPLATES = {
    "also_bought": _also_bought,
    "similar": _similar,
    "trending": _trending,
    "popular": _popular,
    "series_step": _series_step,
    "series_mix": _series_mix,
    "volume": _volume,
    "contract": _contract,
    "service_contract": _service_contract,
}


def sentence(reason: Reason, lang: str = "nl") -> str:
    """The reason worded in ``lang`` ('nl' or 'en')."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return _TEMPLATES[reason.code](reason.values, lang)


def _size(v: dict, lang: str) -> str:
    """'50–200 medewerkers', or 'vergelijkbare jaaromzet' (revenue units differ by source)."""
    if v["by_employees"]:
        unit = "medewerkers" if lang == "nl" else "employees"
        return f"{number(v['low'], lang)}–{number(v['high'], lang)} {unit}"
    return "vergelijkbare jaaromzet" if lang == "nl" else "similar annual revenue"
