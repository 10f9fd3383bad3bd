from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.matched_term_out import MatchedTermOut


T = TypeVar("T", bound="ExplanationOut")


@_attrs_define
class ExplanationOut:
    """
    Attributes:
        cluster_match (bool): both name the same industry cluster
        matched_terms (list[MatchedTermOut]): shared terms, the heaviest first
        matched_tags (list[str]):
    """

    cluster_match: bool
    matched_terms: list[MatchedTermOut]
    matched_tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_match = self.cluster_match

        matched_terms = []
        for matched_terms_item_data in self.matched_terms:
            matched_terms_item = matched_terms_item_data.to_dict()
            matched_terms.append(matched_terms_item)

        matched_tags = self.matched_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_match": cluster_match,
                "matched_terms": matched_terms,
                "matched_tags": matched_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.matched_term_out import MatchedTermOut

        d = dict(src_dict)
        cluster_match = d.pop("cluster_match")

        matched_terms = []
        _matched_terms = d.pop("matched_terms")
        for matched_terms_item_data in _matched_terms:
            matched_terms_item = MatchedTermOut.from_dict(matched_terms_item_data)

            matched_terms.append(matched_terms_item)

        matched_tags = cast(list[str], d.pop("matched_tags"))

        explanation_out = cls(
            cluster_match=cluster_match,
            matched_terms=matched_terms,
            matched_tags=matched_tags,
        )

        explanation_out.additional_properties = d
        return explanation_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
