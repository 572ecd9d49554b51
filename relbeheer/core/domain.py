"""The domain of DESIGN.md §2 as plain enums and dataclasses.

Pure Python on purpose: the store turns rows into these objects, the rules in
core/ reason over them, and the UI, reports and CLI only display them. Nothing
here knows about SQLite, Qt or PDF.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from dataclasses import dataclass, field
from enum import Enum

# Ids are UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, the version,
# a 12-bit counter within that millisecond, the variant and 62 random bits, as
# 32 lowercase hex characters. Unique across laptops (sync merges databases by
# id) like the random version 4 ids before, but ordered by creation: a new row
# lands at the end of the primary-key index instead of on a random page, which
# makes 100,000-row imports markedly faster. Within one process every id is
# greater than the one before, even when the clock steps back.
_id_lock = threading.Lock()
_id_last = [0]  # the last id's (millisecond << 12) + counter
_VERSION_HI = bytes(0x70 | (c >> 8) for c in range(0x1000))  # byte 6 for each counter
_COUNTER_LO = bytes(c & 0xFF for c in range(0x1000))  # byte 7
_VARIANT = bytes(b & 0x3F | 0x80 for b in range(256))  # byte 8: the variant bits, 10


def new_ids(n: int) -> list[str]:
    """``n`` ids as ``new_id`` makes them, in increasing order, with one call for randomness.

    Imports take their ids a few thousand at a time. The 16 bytes of each are
    laid over random bytes column by column (slices, no Python per id) and the
    whole block is turned into hex at once: 0.1 µs an id instead of 2.
    """
    with _id_lock:
        # Milliseconds and counter as one number: a full counter (or a clock that
        # stepped back) moves on into the next millisecond, as RFC 9562 allows.
        first = max((time.time_ns() // 1_000_000) << 12, _id_last[0] + 1)
        _id_last[0] = first + n - 1
    data = bytearray(os.urandom(16 * n))
    data[8::16] = data[8::16].translate(_VARIANT)
    done, slot = 0, first
    while done < n:  # one run per millisecond
        stamp, counter = slot >> 12, slot & 0xFFF
        run = min(0x1000 - counter, n - done)
        lo, hi = 16 * done, 16 * (done + run)
        for i, byte in enumerate(stamp.to_bytes(6, "big")):
            data[lo + i:hi:16] = bytes([byte]) * run
        data[lo + 6:hi:16] = _VERSION_HI[counter:counter + run]
        data[lo + 7:hi:16] = _COUNTER_LO[counter:counter + run]
        done, slot = done + run, slot + run
    text = data.hex()
    return [text[i:i + 32] for i in range(0, 32 * n, 32)]


def new_id() -> str:
    """A stable, time-ordered UUID primary key (hex text) so databases of several laptops merge."""
    return new_ids(1)[0]


def utc_now() -> str:
    """Timestamp for created_at / updated_at / deleted_at, ISO 8601 in UTC."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class StrEnum(str, Enum):
    """An enum whose value is the text stored in the database."""

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class Tier(StrEnum):
    """Strategic importance (klantsegment); sets the default attention cadence."""

    A = "A"
    B = "B"
    C = "C"


class AccountKind(StrEnum):
    DEALER = "dealer"
    RESELLER = "reseller"
    WHOLESALER = "wholesaler"
    BUSINESS = "business"


class Channel(StrEnum):
    """Seed 000: customers who prefer digital contact switch sooner."""

    PERSONAL = "personal"
    DIGITAL = "digital"


class Binding(StrEnum):
    """Binding level (bindingsniveau), seed 004: 30% rational, 70% emotional."""

    RATIONAL = "rational"
    SOCIAL = "social"  # social / emotional
    STRUCTURAL = "structural"


class TouchpointKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    VIDEO_CALL = "video_call"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    EVENT = "event"
    LUNCH = "lunch"
    TRAINING = "training"
    GIFT = "gift"
    SERVICE_RECOVERY = "service_recovery"
    QUOTE = "quote"

    @property
    def channel(self) -> Channel:
        return _KIND_CHANNEL[self]

    @property
    def binding(self) -> Binding:
        return _KIND_BINDING[self]

    @property
    def is_personal(self) -> bool:
        return _KIND_CHANNEL[self] is Channel.PERSONAL


# Why each kind sits where it does: a conversation (live or on screen) is personal;
# anything the customer reads on their own time is digital. Quotes are paperwork.
_KIND_CHANNEL = {
    TouchpointKind.VISIT: Channel.PERSONAL,
    TouchpointKind.CALL: Channel.PERSONAL,
    TouchpointKind.VIDEO_CALL: Channel.PERSONAL,
    TouchpointKind.EMAIL: Channel.DIGITAL,
    TouchpointKind.NEWSLETTER: Channel.DIGITAL,
    TouchpointKind.EVENT: Channel.PERSONAL,
    TouchpointKind.LUNCH: Channel.PERSONAL,
    TouchpointKind.TRAINING: Channel.PERSONAL,
    TouchpointKind.GIFT: Channel.PERSONAL,
    TouchpointKind.SERVICE_RECOVERY: Channel.PERSONAL,
    TouchpointKind.QUOTE: Channel.DIGITAL,
}

# Seed 004: personal attention, events, meals, gifts and a well-handled complaint
# bind emotionally; training the dealer's staff binds structurally (they work with
# our products); e-mail, newsletters and quotes speak to the rational buyer.
_KIND_BINDING = {
    TouchpointKind.VISIT: Binding.SOCIAL,
    TouchpointKind.CALL: Binding.SOCIAL,
    TouchpointKind.VIDEO_CALL: Binding.SOCIAL,
    TouchpointKind.EMAIL: Binding.RATIONAL,
    TouchpointKind.NEWSLETTER: Binding.RATIONAL,
    TouchpointKind.EVENT: Binding.SOCIAL,
    TouchpointKind.LUNCH: Binding.SOCIAL,
    TouchpointKind.TRAINING: Binding.STRUCTURAL,
    TouchpointKind.GIFT: Binding.SOCIAL,
    TouchpointKind.SERVICE_RECOVERY: Binding.SOCIAL,
    TouchpointKind.QUOTE: Binding.RATIONAL,
}


class DecisionRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    GATEKEEPER = "gatekeeper"


class MeasurementKind(StrEnum):
    NPS = "nps"  # 0-10
    CES = "ces"  # customer effort 1-7, lower is easier
    CSAT = "csat"  # 1-10


class NpsBand(StrEnum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"

    @classmethod
    def of(cls, score: float) -> "NpsBand":
        """Promoter 9-10, passive 7-8, detractor 0-6 (DESIGN.md §2)."""
        if score >= 9:
            return cls.PROMOTER
        if score >= 7:
            return cls.PASSIVE
        return cls.DETRACTOR


class OfferStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class CaseOutcome(StrEnum):
    """How a complaint ended; seed 002's recovery paradox needs 'recovered'."""

    RECOVERED = "recovered"
    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"


MEASUREMENT_RANGES = {
    MeasurementKind.NPS: (0, 10),
    MeasurementKind.CES: (1, 7),
    MeasurementKind.CSAT: (1, 10),
}


@dataclass
class Owner:
    """An account manager, with their manager (team) and region."""

    id: str
    name: str
    team: str = ""
    manager: str = ""
    region: str = ""
    email: str = ""


@dataclass
class Account:
    id: str
    name: str
    tier: Tier = Tier.C
    kind: AccountKind = AccountKind.BUSINESS
    owner_id: str | None = None
    owner_name: str = ""
    team: str = ""
    region: str = ""
    sector: str = ""
    country: str = ""
    city: str = ""
    employees: int | None = None
    annual_revenue: float | None = None
    external_ref: str = ""
    parent_id: str | None = None
    cadence_days: int | None = None  # per-account override of the tier cadence
    notes: str = ""
    goals: str = ""


@dataclass
class Contact:
    id: str
    account_id: str
    name: str
    role: DecisionRole = DecisionRole.USER
    job_title: str = ""
    email: str = ""
    phone: str = ""
    preferred_channel: Channel = Channel.PERSONAL
    is_ambassador: bool = False


@dataclass
class Touchpoint:
    id: str
    account_id: str
    date: dt.date
    kind: TouchpointKind
    owner_id: str | None = None
    contact_ids: list[str] = field(default_factory=list)
    sentiment: int | None = None  # -1 negative, 0 neutral, 1 positive
    note: str = ""
    follow_up_on: dt.date | None = None

    @property
    def channel(self) -> Channel:
        return self.kind.channel

    @property
    def binding(self) -> Binding:
        return self.kind.binding


@dataclass
class Product:
    id: str
    name: str
    series: str = ""
    level: int = 1  # rank inside the series: basic 1 → pro higher
    category: str = ""
    price: float = 0.0
    is_contract: bool = False
    external_ref: str = ""


@dataclass
class Purchase:
    id: str
    account_id: str
    product_id: str
    date: dt.date
    quantity: float = 1.0
    amount: float = 0.0


@dataclass
class Measurement:
    id: str
    account_id: str
    date: dt.date
    kind: MeasurementKind
    score: float
    contact_id: str | None = None
    comment: str = ""


@dataclass
class ServiceCase:
    id: str
    account_id: str
    opened_on: dt.date
    subject: str = ""
    resolved_on: dt.date | None = None
    outcome: CaseOutcome | None = None
    contact_id: str | None = None

    def is_open(self) -> bool:
        return self.resolved_on is None


@dataclass
class Offer:
    """An opportunity or quote; a lost one holds its product back from suggestions."""

    id: str
    account_id: str
    status: OfferStatus
    product_id: str | None = None
    owner_id: str | None = None
    engaged_on: dt.date | None = None
    closed_on: dt.date | None = None
    value: float = 0.0
