from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alliance import Alliance
    from ..models.decision_body import DecisionBody
    from ..models.legal_entity import LegalEntity
    from ..models.technical_committee import TechnicalCommittee


T = TypeVar("T", bound="GovernanceDocument")


@_attrs_define
class GovernanceDocument:
    """The body of ``PUT /centers/{id}/governance``, also what is stored and published.

    Attributes:
        legal_entity (LegalEntity | None | Unset):
        decision_body (DecisionBody | None | Unset):
        technical_committee (None | TechnicalCommittee | Unset):
        alliance (Alliance | None | Unset):
    """

    legal_entity: LegalEntity | None | Unset = UNSET
    decision_body: DecisionBody | None | Unset = UNSET
    technical_committee: None | TechnicalCommittee | Unset = UNSET
    alliance: Alliance | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.alliance import Alliance
        from ..models.decision_body import DecisionBody
        from ..models.legal_entity import LegalEntity
        from ..models.technical_committee import TechnicalCommittee

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

        field_dict.update({})
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
        from ..models.legal_entity import LegalEntity
        from ..models.technical_committee import TechnicalCommittee

        d = dict(src_dict)

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

        governance_document = cls(
            legal_entity=legal_entity,
            decision_body=decision_body,
            technical_committee=technical_committee,
            alliance=alliance,
        )

        return governance_document
