"""Touchpoints of one account, shaped by its story (see plan.py for the stories).

Personal and digital touchpoints are laid out on separate rhythmic grids, then
merged in date order (so the (account_id, date) index is appended to). Who was
present is drawn from weighted lists of the account's contacts: decision makers
are visited, users are trained, gatekeepers get the e-mail. The latest personal
touchpoint of an account normally includes its decision makers and ambassadors,
so that only the *key_contact* story leaves them out.
"""

from __future__ import annotations

from operator import itemgetter

from relbeheer.core.domain import TouchpointKind
from relbeheer.store.demo import plan, texts
from relbeheer.store.demo.accounts import DM
from relbeheer.store.demo.plan import Story
from relbeheer.store.demo.timeline import grid, warped_grid

TOUCHPOINT_COLUMNS = (
    "id", "account_id", "owner_id", "date", "kind", "channel", "binding", "sentiment",
    "note", "follow_up_on",
)
LINK_COLUMNS = ("id", "touchpoint_id", "contact_id")

KINDS = list(TouchpointKind)
KIND_INFO = [(k.value, k.channel.value, k.binding.value) for k in KINDS]
# notes by audience (0 the trade, 1 business customers), indexed by kind
NOTE_LISTS = tuple(
    [texts.COMMON_NOTES.get(k.value) or notes[k.value] for k in KINDS]
    for notes in (texts.TRADE_NOTES, texts.BUSINESS_NOTES)
)
_K = {k: i for i, k in enumerate(KINDS)}
VISIT, CALL = _K[TouchpointKind.VISIT], _K[TouchpointKind.CALL]
TRAINING = _K[TouchpointKind.TRAINING]
RECOVERY, QUOTE = _K[TouchpointKind.SERVICE_RECOVERY], _K[TouchpointKind.QUOTE]


def _cum(weights: dict) -> tuple[list[int], list[float]]:
    kinds = [_K[k] for k in weights]
    total, cum = 0.0, []
    for w in weights.values():
        total += w
        cum.append(total)
    return kinds, cum


P_KINDS, P_CUM = _cum({
    TouchpointKind.VISIT: 34, TouchpointKind.CALL: 34, TouchpointKind.VIDEO_CALL: 10,
    TouchpointKind.EVENT: 6, TouchpointKind.LUNCH: 5, TouchpointKind.TRAINING: 6,
    TouchpointKind.GIFT: 3, TouchpointKind.SERVICE_RECOVERY: 2,
})
D_KINDS, D_CUM = _cum(
    {TouchpointKind.EMAIL: 55, TouchpointKind.NEWSLETTER: 30, TouchpointKind.QUOTE: 15}
)

PERSONAL_SENTIMENT = (1, 1, 1, 1, 1, 1, 0, 0, 0, -1)
DIGITAL_SENTIMENT = (None, None, 0, 0, 0, 1)
FOLLOW_UP_SHARE = 0.12  # personal touchpoints with a follow-up date
FUTURE_FOLLOW_UP_SHARE = 0.35  # latest personal touchpoints with a follow-up still to come

# Contact weights by role (decision maker, influencer, user, gatekeeper).
_PERSONAL_W = (3, 2, 1, 1)
_TRAINING_W = (1, 2, 3, 1)
_DIGITAL_W = (2, 1, 1, 2)


def _pick_lists(contacts, without_keys: bool):
    personal, training, digital = [], [], []
    for idx, (_, role, amb, dig) in enumerate(contacts):
        if without_keys and (role == DM or amb):
            continue
        personal += [idx] * (_PERSONAL_W[role] + amb)
        training += [idx] * _TRAINING_W[role]
        digital += [idx] * (_DIGITAL_W[role] + dig)
    return personal, training, digital


class History:
    """What the other generators need to know about an account's touchpoints."""

    __slots__ = ("trainings", "recoveries", "quotes")

    def __init__(self):
        self.trainings: list[tuple[int, int]] = []  # (day, contact index)
        self.recoveries: list[tuple[int, int]] = []
        self.quotes: list[int] = []


def _personal_days(p, rnd, n_p: int, H: int):
    """Days of the personal touchpoints and the day of the last one."""
    c, start, story = p.cadence, p.start, p.story
    span = H - start
    target = min(span / n_p, plan.HEALTHY_GAP * c)
    if story == Story.RHYTHM:
        step = c * (0.2 + 0.1 * rnd())
        silence = int(min(step * (2.6 + 0.7 * rnd()), 0.9 * c))
        b = H - silence
        n_rec = max(1, min(n_p - 1, int(365 / step)))
        cut = b - n_rec * step
        if cut <= start + step:
            return grid(rnd, n_p, start, b, 0.3), b
        return grid(rnd, n_p - n_rec, start, cut - step) + grid(rnd, n_rec, cut, b, 0.3), b
    if story in (Story.CADENCE, Story.DRIFT):
        low, high = (1.2, 2.5) if story == Story.CADENCE else (1.1, 1.6)
        b = max(H - int(c * (low + (high - low) * rnd())), start + 30)
        target = min((b - start) / n_p, plan.HEALTHY_GAP * c)
    elif story == Story.SLIPPING:
        b = H - int(rnd() * 0.3 * c)
        cut, rate = H - plan.RECENT_DAYS, 0.4
        need = n_p * 0.35 * c  # keep the sparse recent gaps near the cadence
        a = max(start, cut - (need - rate * (b - cut)))
        return warped_grid(rnd, n_p, a, b, cut, rate), b
    else:
        b = H - int(rnd() * 0.5 * target)
    a = max(start, b - n_p * target)
    return grid(rnd, n_p, a, b), b


def _digital_days(p, rnd, n_d: int, H: int, last_personal: int):
    """Days of the digital touchpoints; how many of the last ones are 'recent drift'."""
    start, story = p.start, p.story
    step = (H - start) / max(n_d, 1)
    end = H - int(rnd() * 0.5 * step)
    if story in (Story.CADENCE, Story.RHYTHM):
        return grid(rnd, n_d, start, max(start, last_personal - 1)), 0
    if story == Story.DRIFT:
        n_rec = min(n_d - 1, max(3, round((H - last_personal) / (p.cadence / 4))))
        recent = grid(rnd, n_rec, last_personal + 2, H - int(rnd() * 5), 0.3)
        return grid(rnd, n_d - n_rec, start, last_personal - 1) + recent, n_rec
    if story == Story.SLIPPING:
        return warped_grid(rnd, n_d, start, end, H - plan.RECENT_DAYS, 0.4), 0
    return grid(rnd, n_d, start, end), 0


def touchpoints(p, rng, H: int, iso: list[str], tp_ids, link_ids, tp_out: list, link_out: list):
    """Append the touchpoint and touchpoint_contacts rows of account plan ``p``.

    ``tp_ids`` / ``link_ids`` are (prefix, counter) lists advanced in place.
    Returns a ``History`` for measurements, cases and offers.
    """
    rnd = rng.random
    story, c, n = p.story, p.cadence, p.n_tp
    share = plan.TIER_PERSONAL_SHARE[p.tier] - (0.1 if p.dm_digital else 0.0)
    share = min(0.85, max(share, (H - p.start) / (plan.HEALTHY_GAP * c) / n))
    n_p = max(2, min(n - (4 if story == Story.DRIFT else 1), round(n * share)))
    n_d = n - n_p
    p_days, b = _personal_days(p, rnd, n_p, H)
    d_days, n_drift = _digital_days(p, rnd, n_d, H, b)
    p_kinds = rng.choices(P_KINDS, cum_weights=P_CUM, k=n_p)
    d_kinds = rng.choices(D_KINDS, cum_weights=D_CUM, k=n_d)
    p_kinds[-1] = VISIT if rnd() < 0.6 else CALL
    if story == Story.BINDING:
        window_start = H - int(2 * c * (1.1 + 0.4 * rnd()))
        p_kinds = [TRAINING if d > window_start else k for d, k in zip(p_days, p_kinds)]

    contacts = p.contacts
    personal_l, training_l, digital_l = _pick_lists(contacts, False)
    keys = tuple(i for i, ct in enumerate(contacts) if ct[1] == DM or ct[2])[:4]
    forgotten_from = H + 1
    if story == Story.KEY_CONTACT:
        forgotten_from = H - int(c * (1.5 + 1.5 * rnd()))
        rest = _pick_lists(contacts, True)
    events = []
    last_key_day = -1
    for day, kind in zip(p_days, p_kinds):
        if day > forgotten_from:
            pl, tl = rest[0], rest[1]
        else:
            pl, tl = personal_l, training_l
            last_key_day = day
        if kind == TRAINING:
            links = {tl[int(rnd() * len(tl))], tl[int(rnd() * len(tl))]}
        elif rnd() < 0.3:
            links = {pl[int(rnd() * len(pl))], pl[int(rnd() * len(pl))]}
        else:
            links = (pl[int(rnd() * len(pl))],)
        events.append([day, kind, links, PERSONAL_SENTIMENT[int(rnd() * 10)], None])
    # the latest personal touchpoint (before the forgotten window) meets the key people
    for ev in reversed(events):
        if ev[0] == last_key_day:
            ev[2] = set(ev[2]) | set(keys) if story == Story.KEY_CONTACT else keys
            break
    last = events[-1]
    if story == Story.CADENCE and rnd() < 0.4:
        last[4] = last[0] + 14  # a promised follow-up that never happened
    elif story not in (Story.CADENCE, Story.RHYTHM, Story.DRIFT) and rnd() < FUTURE_FOLLOW_UP_SHARE:
        last[4] = H + 3 + int(rnd() * 28)
    for ev in events[:-1]:
        if rnd() < FOLLOW_UP_SHARE:
            ev[4] = ev[0] + 7 + int(rnd() * 21)

    drift_from = len(d_days) - n_drift
    for j, (day, kind) in enumerate(zip(d_days, d_kinds)):
        if j >= drift_from:
            links = keys
        elif day > forgotten_from:
            links = (rest[2][int(rnd() * len(rest[2]))],)
        else:
            links = (digital_l[int(rnd() * len(digital_l))],)
        events.append([day, kind, links, DIGITAL_SENTIMENT[int(rnd() * 6)], None])
    events.sort(key=itemgetter(0))

    hist = History()
    aid, oid = p.id, p.owner_id
    note_lists = NOTE_LISTS[p.kind == "business"]
    tp_prefix, link_prefix = tp_ids[0], link_ids[0]
    t, li = tp_ids[1], link_ids[1]
    for day, kind, links, sentiment, follow in events:
        tid = f"{tp_prefix}{t:012x}"
        t += 1
        notes = note_lists[kind]
        tp_out.append((
            tid, aid, oid, iso[day], *KIND_INFO[kind], sentiment,
            notes[int(rnd() * len(notes))], iso[follow] if follow is not None else None,
        ))
        for cidx in links:
            link_out.append((f"{link_prefix}{li:012x}", tid, contacts[cidx][0]))
            li += 1
        if kind == TRAINING:
            hist.trainings.append((day, next(iter(links))))
        elif kind == RECOVERY:
            hist.recoveries.append((day, next(iter(links))))
        elif kind == QUOTE:
            hist.quotes.append(day)
    tp_ids[1], link_ids[1] = t, li
    return hist
