from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alliance import Alliance
    from ..models.decision_body import DecisionBody
    from ..models.gap import Gap
    from ..models.legal_entity import LegalEntity
    from ..models.technical_committee import TechnicalCommittee


T = TypeVar("T", bound="GovernanceOut")


@_attrs_define
class GovernanceOut:
    """The center's current governance; ``version`` 0 means none has been saved yet.

    Attributes:
        center_id (UUID):
        mode (str):
        version (int):
        updated_at (datetime.datetime | None):
        updated_by (None | str):
        gaps (list[Gap]): what approval still lacks (DESIGN 2), empty when complete
        legal_entity (LegalEntity | None | Unset):
        decision_body (DecisionBody | None | Unset):
        technical_committee (None | TechnicalCommittee | Unset):
        alliance (Alliance | None | Unset):
    """

    center_id: UUID
    mode: str
    version: int
    updated_at: datetime.datetime | None
    updated_by: None | str
    gaps: list[Gap]
    legal_entity: LegalEntity | None | Unset = UNSET
    decision_body: DecisionBody | None | Unset = UNSET
    technical_committee: None | TechnicalCommittee | Unset = UNSET
    alliance: Alliance | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.alliance import Alliance
        from ..models.decision_body import DecisionBody
        from ..models.legal_entity import LegalEntity
        from ..models.technical_committee import TechnicalCommittee

        center_id = str(self.center_id)

        mode = self.mode

        version = self.version

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str
        updated_by = self.updated_by

        gaps = []
        for gaps_item_data in self.gaps:
            gaps_item = gaps_item_data.to_dict()
            gaps.append(gaps_item)

        legal_entity: dict[str, Any] | None | Unset
        if isinstance(self.legal_entity, Unset):
            legal_entity = UNSET
        elif isinstance(self.legal_entity, LegalEntity):
            legal_entity = self.legal_entity.to_dict()
        else:
            legal_entity = self.legal_entity

        decision_body: dict[str, Any] | None | Unset
        if isinstance(self.decision_body, Unset):
            decision_body = UNSET
        elif isinstance(self.decision_body, DecisionBody):
            decision_body = self.decision_body.to_dict()
        else:
            decision_body = self.decision_body

        technical_committee: dict[str, Any] | None | Unset
        if isinstance(self.technical_committee, Unset):
            technical_committee = UNSET
        elif isinstance(self.technical_committee, TechnicalCommittee):
            technical_committee = self.technical_committee.to_dict()
        else:
            technical_committee = self.technical_committee

        alliance: dict[str, Any] | None | Unset
        if isinstance(self.alliance, Unset):
            alliance = UNSET
        elif isinstance(self.alliance, Alliance):
            alliance = self.alliance.to_dict()
        else:
            alliance = self.alliance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "center_id": center_id,
                "mode": mode,
                "version": version,
                "updated_at": updated_at,
                "updated_by": updated_by,
                "gaps": gaps,
            }
        )
        if legal_entity is not UNSET:
            field_dict["legal_entity"] = legal_entity
        if decision_body is not UNSET:
            field_dict["decision_body"] = decision_body
        if technical_committee is not UNSET:
            field_dict["technical_committee"] = technical_committee
        if alliance is not UNSET:
            field_dict["alliance"] = alliance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alliance import Alliance
        from ..models.decision_body import DecisionBody
        from ..models.gap import Gap
        from ..models.legal_entity import LegalEntity
        from ..models.technical_committee import TechnicalCommittee

        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        mode = d.pop("mode")

        version = d.pop("version")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        gaps = []
        _gaps = d.pop("gaps")
        for gaps_item_data in _gaps:
            gaps_item = Gap.from_dict(gaps_item_data)

            gaps.append(gaps_item)

        def _parse_legal_entity(data: object) -> LegalEntity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_entity_type_0 = LegalEntity.from_dict(data)

                return legal_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalEntity | None | Unset, data)

        legal_entity = _parse_legal_entity(d.pop("legal_entity", UNSET))

        def _parse_decision_body(data: object) -> DecisionBody | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_body_type_0 = DecisionBody.from_dict(data)

                return decision_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionBody | None | Unset, data)

        decision_body = _parse_decision_body(d.pop("decision_body", UNSET))

        def _parse_technical_committee(
            data: object,
        ) -> None | TechnicalCommittee | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technical_committee_type_0 = TechnicalCommittee.from_dict(data)

                return technical_committee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TechnicalCommittee | Unset, data)

        technical_committee = _parse_technical_committee(
            d.pop("technical_committee", UNSET)
        )

        def _parse_alliance(data: object) -> Alliance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alliance_type_0 = Alliance.from_dict(data)

                return alliance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Alliance | None | Unset, data)

        alliance = _parse_alliance(d.pop("alliance", UNSET))

        governance_out = cls(
            center_id=center_id,
            mode=mode,
            version=version,
            updated_at=updated_at,
            updated_by=updated_by,
            gaps=gaps,
            legal_entity=legal_entity,
            decision_body=decision_body,
            technical_committee=technical_committee,
            alliance=alliance,
        )

        return governance_out
