"""What the quick "log touchpoint" dialog proposes, so the common case is a few keys.

Logging a touchpoint is the users' most frequent act (DESIGN.md §1, seed 001 on
customer effort). Three choices make it short:

* kinds are offered personal first, most frequent first, so the default (a
  visit) and the first letters reach the usual kinds without scrolling;
* the people who matter for the neglect rules (decision makers and ambassadors,
  rule 4) are listed first, so one Space ticks the decision maker;
* when the attention engine advised a step for this account ("Plan a visit
  with Priya"), the dialog starts with that kind and that person: having done
  what the list advised is then a single Enter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from relbeheer.core.domain import DecisionRole, TouchpointKind

# Personal kinds first (they keep a relationship alive, DESIGN.md §3 rules 1 and 5),
# each group in the order account managers log them most: visits and calls daily,
# lunches and events monthly, the rest now and then.
KIND_ORDER: tuple[TouchpointKind, ...] = (
    TouchpointKind.VISIT,
    TouchpointKind.CALL,
    TouchpointKind.VIDEO_CALL,
    TouchpointKind.LUNCH,
    TouchpointKind.EVENT,
    TouchpointKind.TRAINING,
    TouchpointKind.GIFT,
    TouchpointKind.SERVICE_RECOVERY,
    TouchpointKind.EMAIL,
    TouchpointKind.QUOTE,
    TouchpointKind.NEWSLETTER,
)

DEFAULT_KIND = TouchpointKind.VISIT


def logging_kinds() -> list[TouchpointKind]:
    """Every kind, in the order the dialog offers them (all kinds, none twice)."""
    missing = [k for k in TouchpointKind if k not in KIND_ORDER]
    return list(KIND_ORDER) + missing


def is_key_contact(role: str | None, is_ambassador: bool) -> bool:
    """Decision makers and ambassadors: the people rule 4 watches."""
    return bool(is_ambassador) or role == DecisionRole.DECISION_MAKER.value


def contact_rank(role: str | None, is_ambassador: bool, name: str) -> tuple:
    """Decision makers first, then ambassadors, then everyone else, by name."""
    if role == DecisionRole.DECISION_MAKER.value:
        group = 0
    elif is_ambassador:
        group = 1
    else:
        group = 2
    return (group, (name or "").casefold())


def order_contacts(contacts: Iterable) -> list:
    """Contacts (anything with ``role``, ``is_ambassador``, ``name``) in picking order."""
    return sorted(contacts, key=lambda c: contact_rank(c.role, c.is_ambassador, c.name))


@dataclass(frozen=True)
class Proposal:
    """What the dialog starts with: a kind and who was there."""

    kind: TouchpointKind = DEFAULT_KIND
    contact_ids: tuple[str, ...] = ()
    from_advice: bool = False  # True when it follows the engine's next action


def propose(next_action=None) -> Proposal:
    """The engine's next action as a starting point, else a visit with nobody ticked.

    ``next_action`` is a core.attention NextAction (or None). An action that
    answers no rule (the account is fine) proposes nothing in particular.
    """
    if next_action is None or not getattr(next_action, "rule", ""):
        return Proposal()
    contact = getattr(next_action, "contact", None)
    ids = (contact.id,) if contact is not None and contact.id else ()
    return Proposal(TouchpointKind(next_action.kind), ids, True)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def label_index(labels: Sequence[tuple[str, str]]) -> dict[str, str | None]:
    """Normalised label -> account id (None where two accounts share a label), for
    matching every keystroke against ten thousand names without scanning them."""
    index: dict[str, str | None] = {}
    for label, aid in labels:
        key = _normal(label)
        index[key] = None if key in index and index[key] != aid else aid
    return index


def match_account(text: str, labels: Sequence[tuple[str, str]] | dict[str, str | None]) -> str | None:
    """The id of the account whose label is exactly ``text`` (case and spaces ignored).

    ``labels`` holds ``(label, id)`` pairs as the picker shows them, or their
    ``label_index``. Only a whole, unambiguous label matches: a half-typed name
    must not log on the wrong account.
    """
    wanted = _normal(text)
    if not wanted:
        return None
    index = labels if isinstance(labels, dict) else label_index(labels)
    return index.get(wanted)


def account_labels(accounts: Iterable) -> list[tuple[str, str]]:
    """``(label, id)`` per account for a type-to-search picker, sorted by label.

    Names that occur more than once get their city (or, failing that, their
    external reference) added, so two "Fietsenwinkel De Vries" stay apart.
    """
    accounts = list(accounts)
    seen: dict[str, int] = {}
    for account in accounts:
        key = (account.name or "").casefold()
        seen[key] = seen.get(key, 0) + 1
    labels = []
    for account in accounts:
        label = account.name or ""
        if seen[label.casefold()] > 1:
            extra = getattr(account, "city", "") or getattr(account, "external_ref", "") or ""
            if extra:
                label = f"{label} ({extra})"
        labels.append([label, account.id, account])
    # Same name in the same city: the external reference, else a short id, tells them apart.
    count: dict[str, int] = {}
    for label, _id, _account in labels:
        count[label.casefold()] = count.get(label.casefold(), 0) + 1
    for entry in labels:
        if count[entry[0].casefold()] > 1:
            ref = getattr(entry[2], "external_ref", "") or entry[1][:6]
            entry[0] = f"{entry[0]} · {ref}"
    pairs = [(label, aid) for label, aid, _account in labels]
    pairs.sort(key=lambda pair: pair[0].casefold())
    return pairs
