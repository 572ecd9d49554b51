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
