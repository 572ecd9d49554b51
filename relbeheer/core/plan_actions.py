"""The action plan of an account plan: the next touchpoints, dated, with whom, and why.

Three sources, in this order of weight:

1. the attention engine's next action (it answers the most serious reason);
2. follow-ups already agreed in earlier touchpoints (``follow_up_on``), planned
   or overdue;
3. the cadence of the key contacts (decision makers, ambassadors): each is due
   one cadence after we last spoke to them, and again every cadence within the
   plan's horizon. Seed 004: the relationship hangs on these people, so the plan
   names them rather than "the customer".

When the last year's attention leans away from social-emotional contact (seed 004:
70 % of customers are won emotionally) the plan adds a lunch or event with a key
contact. An account without any contact gets one step: find the people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from relbeheer.core.domain import Channel, TouchpointKind
from relbeheer.core.formatting import date as fmt_date
from relbeheer.core.labels import label_of
from relbeheer.core.timeline import binding_balance

if TYPE_CHECKING:  # plan.py imports this module; only the type names flow back
    from relbeheer.core.plan import PlanContact
    from relbeheer.core.plan_attention import PlanAttention

HORIZON_DAYS = 91  # a quarter ahead: what an account manager commits to at a review
MAX_ACTIONS = 10
MAX_ROUNDS = 3  # cadence occurrences per key contact inside the horizon
OVERDUE_FOLLOW_UP_DAYS = 60  # older unkept promises are history, not a plan
SOCIAL_TARGET = 0.5  # below this share of social-emotional contact: plan a lunch or event
# How soon the engine's next action is due when it gives no date, by severity.
DUE_AFTER = {"critical": 2, "high": 7, "medium": 14, "low": 21, "ok": 28, "": 14}
NOTE_CHARS = 90

_TEXT = {
    "nl": {
        "regular": "Vaste cadans: elke {cadence} dagen persoonlijk contact",
        "follow_up": "Afgesproken bij {kind} van {date}",
        "follow_up_overdue": "Afgesproken bij {kind} van {date}; nog niet gedaan",
        "cadence_last": "Cadans {cadence} dagen; laatst gesproken {date} ({days} dagen geleden)",
        "cadence_never": "Cadans {cadence} dagen; nog niet persoonlijk gesproken",
        "cadence_next": "Volgende ronde in de cadans van {cadence} dagen",
        "social": "Sociaal-emotioneel contact is {pct}% van het afgelopen jaar; "
                  "70% van de klanten wordt emotioneel gewonnen",
        "no_contacts": "Nog geen contactpersonen vastgelegd: beslisser en ambassadeurs in kaart brengen",
    },
    "en": {
        "regular": "Regular cadence: personal contact every {cadence} days",
        "follow_up": "Agreed at the {kind} of {date}",
        "follow_up_overdue": "Agreed at the {kind} of {date}; not done yet",
        "cadence_last": "Cadence {cadence} days; last spoken {date} ({days} days ago)",
        "cadence_never": "Cadence {cadence} days; not spoken in person yet",
        "cadence_next": "Next round in the {cadence}-day cadence",
        "social": "Social-emotional contact is {pct}% of the last year; "
                  "70% of customers are won emotionally",
        "no_contacts": "No contacts recorded yet: find the decision maker and ambassadors",
    },
}


@dataclass(frozen=True)
class PlanAction:
    """One step of the plan; ``kind`` is a code, ``why`` a sentence in the plan's language.

    ``people`` are (name, role code) pairs: one visit often meets several key
    people, so cadence steps due on the same day are one action.
    """

    due: dt.date
    kind: str
    people: tuple[tuple[str, str], ...]
    why: str
    source: str  # attention / follow_up / cadence / binding / contacts
    overdue: bool = False
    note: str = ""  # the agreement's own words (follow-ups), printed escaped

    @property
    def contact(self) -> str:
        return ", ".join(name for name, _ in self.people)

    def names(self) -> set[str]:
        return {name for name, _ in self.people if name}


def action_plan(
    *,
    as_of: dt.date,
    lang: str,
    tier: str,
    cadence_days: int,
    contacts: Sequence["PlanContact"],
    touchpoints: Sequence,
    attention: "PlanAttention | None",
) -> list[PlanAction]:
    """The dated next steps for one account, soonest first (at most MAX_ACTIONS)."""
    text = _TEXT["nl" if lang == "nl" else "en"]
    actions: list[PlanAction] = []
    if attention is not None and attention.next_action_kind:
        actions.append(_engine_action(attention, as_of, cadence_days, text))
    actions += _follow_ups(touchpoints, contacts, as_of, lang, text)
    if not contacts:
        actions.append(PlanAction(as_of + dt.timedelta(days=DUE_AFTER[""]),
                                  TouchpointKind.VISIT.value, (), text["no_contacts"], "contacts"))
    else:
        actions += _cadence_rounds(contacts, actions, as_of, tier, cadence_days, lang, text)
        social = _social_step(contacts, actions, touchpoints, as_of, tier, text)
        if social is not None:
            actions.append(social)
    actions = _merge_same_visit(actions)
    order = {"attention": 0, "follow_up": 1, "contacts": 1, "cadence": 2, "binding": 3}
    actions.sort(key=lambda a: (a.due, order.get(a.source, 9), a.contact))
    return actions[:MAX_ACTIONS]


def _merge_same_visit(actions: list[PlanAction]) -> list[PlanAction]:
    """A cadence round on the day and of the kind of the engine's step is the same
    meeting: its people join that step instead of making a second row."""
    engine = next((a for a in actions if a.source == "attention"), None)
    if engine is None:
        return actions
    same = [a for a in actions if a.source == "cadence" and (a.due, a.kind) == (engine.due, engine.kind)]
    if not same:
        return actions
    people = engine.people + tuple(p for a in same for p in a.people if p not in engine.people)
    merged = PlanAction(engine.due, engine.kind, people, engine.why, engine.source, engine.overdue, engine.note)
    return [merged if a is engine else a for a in actions if a not in same]


def _engine_action(attention: "PlanAttention", as_of: dt.date, cadence: int, text: dict) -> PlanAction:
    due = attention.next_action_due or as_of + dt.timedelta(days=DUE_AFTER.get(attention.severity, 14))
    due = max(due, as_of)
    why = attention.reasons[0].text if attention.reasons else text["regular"].format(cadence=cadence)
    people = ((attention.next_action_contact, attention.next_action_role),) \
        if attention.next_action_contact else ()
    return PlanAction(due, attention.next_action_kind, people, why, "attention")


def _follow_ups(touchpoints: Sequence, contacts: Sequence["PlanContact"], as_of: dt.date,
                lang: str, text: dict) -> list[PlanAction]:
    """Agreed follow-ups inside the horizon, and recent ones nobody acted on yet."""
    out = []
    by_id = {c.id: c for c in contacts}
    horizon = as_of + dt.timedelta(days=HORIZON_DAYS)
    dates = sorted(t.date for t in touchpoints if t.date)
    for t in touchpoints:
        due = t.follow_up_on
        if due is None or t.date is None or due > horizon:
            continue
        overdue = due < as_of
        if overdue:
            kept = any(due <= d <= as_of for d in dates)
            if kept or (as_of - due).days > OVERDUE_FOLLOW_UP_DAYS:
                continue
        kind = TouchpointKind(t.kind)
        # A follow-up of paperwork (a quote, a mail) is a call; of a meeting, the same kind.
        step = kind.value if kind.channel is Channel.PERSONAL else TouchpointKind.CALL.value
        key = "follow_up_overdue" if overdue else "follow_up"
        why = text[key].format(kind=label_of("TouchpointKind", t.kind, lang).lower(),
                               date=fmt_date(t.date, lang))
        note = t.note if len(t.note) <= NOTE_CHARS else t.note[: NOTE_CHARS - 1].rstrip() + "…"
        people = tuple((by_id[i].name, by_id[i].role) for i in t.contact_ids if i in by_id)
        if not people and t.contacts:
            people = tuple((name.strip(), "") for name in t.contacts.split(",") if name.strip())
        out.append(PlanAction(max(due, as_of), step, people, why, "follow_up", overdue, note))
    return out


def _cadence_rounds(contacts, planned, as_of, tier, cadence, lang, text) -> list[PlanAction]:
    """Each key contact once per cadence inside the horizon (overdue ones now);
    people due on the same day with the same kind of touchpoint share one action."""
    key = [c for c in contacts if c.is_key]
    if not key:  # nobody marked key: the person we spoke to most recently carries it
        known = [c for c in contacts if c.last_personal]
        key = [max(known, key=lambda c: c.last_personal)] if known else [contacts[0]]
    horizon = as_of + dt.timedelta(days=HORIZON_DAYS)
    step = dt.timedelta(days=cadence)
    groups: dict[tuple[dt.date, str], list] = {}
    for c in key:
        due = c.last_personal + step if c.last_personal else as_of
        overdue = due < as_of
        due = max(due, as_of)
        for round_no in range(MAX_ROUNDS):
            if due > horizon:
                break
            if not _covered(c.name, due, planned, cadence):
                groups.setdefault((due, _kind_for(c, tier, round_no)), []).append(
                    (c, round_no, overdue and round_no == 0))
            due += step
    out = []
    for (due, kind), members in groups.items():
        first = [m for m in members if m[1] == 0]
        if first:
            c = min((m[0] for m in first), key=lambda c: c.last_personal or dt.date.min)
            if c.last_personal:
                why = text["cadence_last"].format(cadence=cadence, date=fmt_date(c.last_personal, lang),
                                                  days=c.days_personal)
            else:
                why = text["cadence_never"].format(cadence=cadence)
        else:
            why = text["cadence_next"].format(cadence=cadence)
        people = tuple((m[0].name, m[0].role) for m in members)
        out.append(PlanAction(due, kind, people, why, "cadence", any(m[2] for m in members)))
    return out


def _kind_for(contact, tier: str, round_no: int) -> str:
    """Seed 000: a contact who prefers digital gets a video call, still face to face.
    A-accounts are visited; B-accounts alternate visit and call; C-accounts are called."""
    if contact.preferred_channel == Channel.DIGITAL.value:
        return TouchpointKind.VIDEO_CALL.value
    if tier == "A" or (tier == "B" and round_no % 2 == 0):
        return TouchpointKind.VISIT.value
    return TouchpointKind.CALL.value


def _covered(name: str, due: dt.date, planned: Sequence[PlanAction], cadence: int) -> bool:
    """Already planned with this person within half a cadence of ``due``."""
    window = max(7, cadence // 2)
    return any(name in a.names() and abs((a.due - due).days) < window for a in planned)


def _social_step(contacts, planned, touchpoints, as_of, tier, text) -> PlanAction | None:
    balance = binding_balance(touchpoints, as_of)
    if tier == "C" or balance.total == 0 or balance.share("social") >= SOCIAL_TARGET:
        return None
    if any(a.kind in (TouchpointKind.LUNCH.value, TouchpointKind.EVENT.value) for a in planned):
        return None
    person = next((c for c in contacts if c.is_ambassador), None) or next(
        (c for c in contacts if c.is_key), contacts[0])
    pct = round(100 * balance.share("social"))
    return PlanAction(as_of + dt.timedelta(days=30), TouchpointKind.LUNCH.value,
                      ((person.name, person.role),), text["social"].format(pct=pct), "binding")
