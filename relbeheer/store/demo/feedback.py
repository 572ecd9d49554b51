"""Complaints and measurements of one account: service cases, NPS, CES, CSAT.

Seeds 000 and 002 make complaints matter twice: a service interaction is four
times likelier to create disloyalty than loyalty, yet a well-recovered complaint
can leave a customer *more* loyal. So most cases here are resolved, a fifth of
the personally handled ones end 'recovered' with a high CSAT afterwards, a few
stay unresolved with high effort, and the *complaint* story leaves one open
past the 7-day line. NPS is a relationship survey twice a year among decision
makers, influencers and ambassadors; the *slipping* story answers it with a
passive 7–8 (seeds 001/004: a satisfied customer is not a loyal one).
"""

from __future__ import annotations

from relbeheer.core.domain import NpsBand
from relbeheer.store.demo import plan, texts
from relbeheer.store.demo.accounts import DM, INFLUENCER
from relbeheer.store.demo.plan import Story

CASE_COLUMNS = (
    "id", "account_id", "contact_id", "opened_on", "resolved_on", "subject", "outcome", "note",
)
MEASUREMENT_COLUMNS = ("id", "account_id", "contact_id", "date", "kind", "score", "comment")

SURVEY_EVERY = 182  # days between NPS survey rounds
SURVEY_OFFSET = 20  # the latest round closed this many days before the reference date
RESPONSE_RATE = 0.55
AMBASSADOR_RESPONSE_RATE = 0.75
COMMENT_SHARE = 0.25
CASES_PER_ACCOUNT = {"A": 1.5, "B": 0.9, "C": 0.5}  # besides the recovered ones

NPS_SCORES = (
    (10,) * 12 + (9,) * 22 + (8,) * 24 + (7,) * 18 + (6,) * 10 + (5,) * 6 + (4,) * 4 + (3, 3, 2, 1)
)
AMBASSADOR_NPS = (10, 10, 10, 9, 9, 9, 8)
PASSIVE_NPS = (7, 8, 8, 8)
UNHAPPY_NPS = (8, 7, 6, 6, 5, 4, 3)
CSAT_TRAINING = (7, 8, 8, 9, 9, 10)
# (case outcome, share) of the cases not recovered in person
OUTCOMES = (("resolved", 0.80), ("unresolved", 0.12), ("recovered", 0.08))
CES_BY_OUTCOME = {"resolved": (2, 3, 3, 4), "unresolved": (5, 6, 7), "recovered": (1, 2, 2)}
CSAT_BY_OUTCOME = {
    "resolved": (6, 7, 8, 8, 9), "unresolved": (2, 3, 4, 5), "recovered": (9, 10, 10),
}


def _comment(rnd, score: float) -> str | None:
    if rnd() >= COMMENT_SHARE:
        return None
    options = texts.NPS_COMMENTS[NpsBand.of(score).value]
    return options[int(rnd() * len(options))]


def _outcome(rnd) -> str:
    x = rnd()
    for outcome, share in OUTCOMES:
        if x < share:
            return outcome
        x -= share
    return OUTCOMES[0][0]


def cases_and_measurements(p, rnd, H: int, hist, iso, next_case, next_meas, cases_out, meas_out):
    """Append the service_cases and measurements rows of one account."""
    contacts, aid = p.contacts, p.id
    n_c = len(contacts)

    def case(opened, resolved, outcome, cidx):
        subject = texts.CASE_SUBJECTS[int(rnd() * len(texts.CASE_SUBJECTS))]
        cases_out.append((
            next_case(), aid, contacts[cidx][0], iso[opened],
            iso[resolved] if resolved is not None else None, subject, outcome,
            texts.CASE_NOTES[outcome],
        ))

    def measure(day, kind, score, cidx, comment=None):
        if day <= H:
            meas_out.append(
                (next_meas(), aid, contacts[cidx][0], iso[day], kind, float(score), comment)
            )

    for day, cidx in hist.recoveries:
        outcome = "recovered" if rnd() < 0.8 else "resolved"
        case(max(p.start, day - 2 - int(rnd() * 10)), day, outcome, cidx)
        scores = CSAT_BY_OUTCOME[outcome]
        measure(day + 2, "csat", scores[int(rnd() * len(scores))], cidx)
    expected = CASES_PER_ACCOUNT[p.tier]
    for _ in range(int(expected + rnd())):
        opened = p.start + int(rnd() * (H - 30 - p.start))
        resolved = opened + 1 + int(rnd() ** 2 * 28)
        outcome, cidx = _outcome(rnd), int(rnd() * n_c)
        case(opened, resolved, outcome, cidx)
        if rnd() < 0.6:
            ces = CES_BY_OUTCOME[outcome]
            measure(resolved + 1, "ces", ces[int(rnd() * len(ces))], cidx)
        if rnd() < 0.5:
            csat = CSAT_BY_OUTCOME[outcome]
            measure(resolved + 1, "csat", csat[int(rnd() * len(csat))], cidx)
    if p.story == Story.COMPLAINT:
        case(H - plan.OPEN_COMPLAINT_MIN_AGE - int(rnd() * 67), None, None, int(rnd() * n_c))
    elif p.fresh_complaint:
        case(H - int(rnd() * (plan.OPEN_COMPLAINT_MIN_AGE - 1)), None, None, int(rnd() * n_c))

    for day, cidx in hist.trainings:
        if rnd() < 0.5:
            measure(day + 1, "csat", CSAT_TRAINING[int(rnd() * len(CSAT_TRAINING))], cidx)

    # NPS survey rounds, newest first
    round_day = H - SURVEY_OFFSET
    k = 0
    while round_day > p.start:
        latest = k == 0
        for cidx, (_, role, amb, _) in enumerate(contacts):
            if not (amb or role in (DM, INFLUENCER)):
                continue
            forced = latest and p.story == Story.SLIPPING and role == DM
            if not forced and rnd() >= (AMBASSADOR_RESPONSE_RATE if amb else RESPONSE_RATE):
                continue
            if latest and p.story == Story.SLIPPING:
                scores = PASSIVE_NPS
            elif latest and p.story == Story.COMPLAINT:
                scores = UNHAPPY_NPS
            else:
                scores = AMBASSADOR_NPS if amb else NPS_SCORES
            score = scores[int(rnd() * len(scores))]
            measure(round_day + int(rnd() * 14), "nps", score, cidx, _comment(rnd, score))
        round_day -= SURVEY_EVERY
        k += 1
    if p.story == Story.SLIPPING:  # satisfied on paper, recently
        dm = next(i for i, ct in enumerate(contacts) if ct[1] == DM)
        measure(H - 10 - int(rnd() * 50), "csat", 8 + int(rnd() * 2), dm)
