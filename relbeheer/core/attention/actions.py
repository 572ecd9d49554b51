"""One next action per account: a kind of touchpoint with a named person.

An attention list that only says "something is wrong" leaves the account manager
to work out what to do; the action answers the most urgent reason (the first one)
with the touchpoint that repairs it — a call about the complaint, a visit with the
forgotten decision maker, a lunch where only rational contact was left, a training
where an A-account lacks structural binding — and names who to do it with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relbeheer.core.attention import rules
from relbeheer.core.attention.model import KeyContact, NextAction, OpenCase, Reason
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import DecisionRole, TouchpointKind


def pick_person(contacts: list[KeyContact], prefer_ambassador: bool = False) -> KeyContact | None:
    """The person to go to: the decision maker (one who is also an ambassador first),
    then an ambassador, then anyone; ambassadors first when ``prefer_ambassador``."""
    if not contacts:
        return None

    def rank(c: KeyContact) -> tuple:
        dm = c.role is DecisionRole.DECISION_MAKER
        if prefer_ambassador:
            return (not c.is_ambassador, not dm, c.name)
        return (not dm, not c.is_ambassador, c.name)

    return min(contacts, key=rank)


def next_action(
    reasons: list[Reason],
    *,
    tier: str,
    account: str,
    contacts: list[KeyContact],
    open_case: OpenCase | None,
    last_personal: dt.date | None,
    cadence_days: int,
    as_of: dt.date,
    settings: AttentionSettings,
) -> NextAction:
    """The action answering ``reasons[0]`` (the most urgent), or the next regular
    contact before its due date when nothing fired."""
    usual = settings.action_kind_for(tier)
    top = reasons[0] if reasons else None
    rule = top.rule if top else ""
    if rule == rules.OPEN_COMPLAINT:
        person = (open_case.contact if open_case and open_case.contact else pick_person(contacts))
        subject = open_case.subject if open_case else ""
        return NextAction(TouchpointKind.SERVICE_RECOVERY, rule, person, account, subject=subject)
    if rule == rules.KEY_CONTACT:
        return NextAction(usual, rule, top.params["contact"], account)
    if rule == rules.BINDING_GAP:
        return NextAction(TouchpointKind.LUNCH, rule, pick_person(contacts, True), account)
    if rule == rules.STRUCTURAL_BINDING:
        return NextAction(TouchpointKind.TRAINING, rule, pick_person(contacts), account)
    if rule:
        return NextAction(usual, rule, pick_person(contacts), account)
    due = as_of if last_personal is None else last_personal + dt.timedelta(days=cadence_days)
    return NextAction(usual, "", pick_person(contacts), account, due=max(due, as_of))


@dataclass
class ContactCadence:
    """The cadence logic per person (issue 3: contact-level view)."""

    contact: KeyContact
    last_personal: dt.date | None
    days: int | None
    limit: int  # days allowed between personal contacts with this person
    overdue: bool


def contact_cadences(rows, as_of: dt.date, cadence_days: int,
                     settings: AttentionSettings) -> list[ContactCadence]:
    """Per contact (key contacts first): days since their last personal contact
    against the account's cadence times ``key_contact_factor``."""
    limit = int(-(-cadence_days * settings.key_contact_factor // 1))
    out = []
    for contact, last in rows:
        day = dt.date.fromisoformat(last[:10]) if last else None
        days = (as_of - day).days if day else None
        out.append(ContactCadence(contact, day, days, limit, days is None or days > limit))
    out.sort(key=lambda c: (not c.contact.is_key, c.contact.name))
    return out
