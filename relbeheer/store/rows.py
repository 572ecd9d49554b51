"""Turning database rows (dicts) into core dataclasses, in one place."""

from __future__ import annotations

import datetime as dt

from relbeheer.core.domain import (
    Account,
    AccountKind,
    Channel,
    Contact,
    DecisionRole,
    Owner,
    Tier,
)


def to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def owner_from_row(row: dict) -> Owner:
    return Owner(
        id=row["id"],
        name=row["name"],
        team=row.get("team") or "",
        manager=row.get("manager") or "",
        region=row.get("region") or "",
        email=row.get("email") or "",
    )


def account_from_row(row: dict) -> Account:
    return Account(
        id=row["id"],
        name=row["name"],
        tier=Tier(row.get("tier") or "C"),
        kind=AccountKind(row.get("kind") or "business"),
        owner_id=row.get("owner_id"),
        owner_name=row.get("owner_name") or "",
        team=row.get("team") or "",
        region=row.get("region") or "",
        sector=row.get("sector") or "",
        country=row.get("country") or "",
        city=row.get("city") or "",
        employees=row.get("employees"),
        annual_revenue=row.get("annual_revenue"),
        external_ref=row.get("external_ref") or "",
        parent_id=row.get("parent_id"),
        cadence_days=row.get("cadence_days"),
        notes=row.get("notes") or "",
        goals=row.get("goals") or "",
    )


def contact_from_row(row: dict) -> Contact:
    return Contact(
        id=row["id"],
        account_id=row["account_id"],
        name=row["name"],
        role=DecisionRole(row.get("role") or "user"),
        job_title=row.get("job_title") or "",
        email=row.get("email") or "",
        phone=row.get("phone") or "",
        preferred_channel=Channel(row.get("preferred_channel") or "personal"),
        is_ambassador=bool(row.get("is_ambassador")),
    )
