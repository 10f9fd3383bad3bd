"""Conflict of interest (回避): why an expert may not evaluate a center, from the expert registry.

Pure: the service loads the facts (the center's parties, the expert's affiliations and declared
conflicts) and this module decides. An expert is in conflict when an organization they work at
on the day of the assignment, or one they declared a conflict with, is tied to the center: its
lead organization, one of its members, or a party named in its governance (legal entity,
shareholder, alliance unit, matched by USCC since the governance names organizations by code);
or when they declared a conflict with the center itself. Past and future affiliations do not
count; declared conflicts have no period and always count.
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OrganizationFact:
    id: uuid.UUID
    name: str
    uscc: str


@dataclass(frozen=True)
class Party:
    """One way an organization is tied to the center: by registered id or by USCC (governance)."""

    what: str
    what_zh: str
    organization_id: uuid.UUID | None = None
    uscc: str | None = None

    def is_(self, organization: OrganizationFact) -> bool:
        if self.organization_id is not None:
            return self.organization_id == organization.id
        return self.uscc is not None and self.uscc == organization.uscc


@dataclass(frozen=True)
class Affiliation:
    """Where the expert works or worked; ``position`` is its index in the expert's record."""

    position: int
    organization: OrganizationFact
    from_date: dt.date
    to_date: dt.date | None

    def in_force(self, day: dt.date) -> bool:
        """Both ends included; an open end (None) is current."""
        return self.from_date <= day and (self.to_date is None or day <= self.to_date)


@dataclass(frozen=True)
class DeclaredConflict:
    """A conflict the expert declared with an organization or with a center."""

    position: int
    note: str
    organization: OrganizationFact | None = None
    center_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Reason:
    field: str
    message: str
    message_zh: str


def reasons(
    center_id: uuid.UUID,
    parties: Sequence[Party],
    affiliations: Sequence[Affiliation],
    declared: Sequence[DeclaredConflict],
    *,
    on: dt.date,
) -> list[Reason]:
    """Every reason the expert may not evaluate the center on ``on`` (empty: no conflict)."""
    found: list[Reason] = []
    for affiliation in affiliations:
        if not affiliation.in_force(on):
            continue
        organization = affiliation.organization
        found.extend(
            Reason(
                f"affiliations.{affiliation.position}",
                f"{organization.name}, the expert's organization since {affiliation.from_date}, "
                f"is {party.what}",
                f"专家所在单位{organization.name}（自 {affiliation.from_date} 起）是{party.what_zh}",
            )
            for party in parties
            if party.is_(organization)
        )
    for conflict in declared:
        field = f"conflicts.{conflict.position}"
        if conflict.center_id is not None and conflict.center_id == center_id:
            found.append(
                Reason(
                    field,
                    f"the expert declared a conflict with the center: {conflict.note}",
                    f"专家申报与该中心存在利益冲突：{conflict.note}",
                )
            )
        declared_with = conflict.organization
        if declared_with is None:
            continue
        found.extend(
            Reason(
                field,
                f"the expert declared a conflict with {declared_with.name}, {party.what}: {conflict.note}",
                f"专家申报与{declared_with.name}存在利益冲突，该单位是{party.what_zh}：{conflict.note}",
            )
            for party in parties
            if party.is_(declared_with)
        )
    return found
