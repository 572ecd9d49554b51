"""Row shapes for overview lists (accounts table, contacts table …).

Kept apart from domain.py: these are read models (an account plus figures
computed from its history), assembled by the store, shown by the UI and CLI.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True)
class AccountSummary:
    id: str
    name: str
    tier: str
    kind: str
    owner: str
    team: str
    region: str
    sector: str
    city: str
    external_ref: str
    last_personal_contact: dt.date | None
    revenue_12m: float
    health: int | None = None  # filled by the attention engine when it has run
    severity: str = ""


@dataclass(slots=True)
class ContactSummary:
    id: str
    account_id: str
    name: str
    role: str
    job_title: str
    email: str
    phone: str
    preferred_channel: str
    is_ambassador: bool
    last_contact: dt.date | None


@dataclass(slots=True)
class TouchpointSummary:
    id: str
    account_id: str
    date: dt.date
    kind: str
    channel: str
    binding: str
    contacts: str  # names, comma-separated, for display
    contact_ids: list[str]
    owner: str
    sentiment: int | None
    note: str
    follow_up_on: dt.date | None


@dataclass(slots=True)
class PurchaseSummary:
    id: str
    date: dt.date
    product_id: str
    product: str
    series: str
    quantity: float
    amount: float


@dataclass(slots=True)
class MeasurementSummary:
    id: str
    date: dt.date
    kind: str
    score: float
    contact_id: str | None
    contact: str
    comment: str


@dataclass(slots=True)
class CaseSummary:
    id: str
    opened_on: dt.date
    resolved_on: dt.date | None
    subject: str
    outcome: str
    contact_id: str | None
    contact: str
    note: str


@dataclass(slots=True)
class OfferSummary:
    id: str
    status: str
    product: str
    engaged_on: dt.date | None
    closed_on: dt.date | None
    value: float


@dataclass(slots=True)
class DirectoryContact:
    """A contact in the all-contacts list, with the account it belongs to."""

    id: str
    account_id: str
    account: str
    name: str
    role: str
    job_title: str
    email: str
    phone: str
    is_ambassador: bool
    last_contact: dt.date | None


@dataclass(slots=True)
class ProductSummary:
    id: str
    name: str
    series: str
    level: int
    category: str
    price: float
    is_contract: bool
    buyers: int
    revenue_12m: float
