from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Indicators")


@_attrs_define
class Indicators:
    """The yearly indicators a center reports (DESIGN 2).

    Attributes:
        rd_spend (str): 研发投入, decimal yuan
        rd_staff_share (str): 研发人员占比, percent 0-100
        patents (int): 专利
        standards_led (int): 主导制定标准
        results_commercialized (int): 成果转化
        enterprises_incubated (int): 孵化企业
        sme_services (int): 服务中小企业 (三(五))
        talents_introduced (int): 引进人才 (三(六))
        talents_trained (int): 培养人才 (三(六))
        financing (str): 融资, decimal yuan
    """

    rd_spend: str
    rd_staff_share: str
    patents: int
    standards_led: int
    results_commercialized: int
    enterprises_incubated: int
    sme_services: int
    talents_introduced: int
    talents_trained: int
    financing: str

    def to_dict(self) -> dict[str, Any]:
        rd_spend = self.rd_spend

        rd_staff_share = self.rd_staff_share

        patents = self.patents

        standards_led = self.standards_led

        results_commercialized = self.results_commercialized

        enterprises_incubated = self.enterprises_incubated

        sme_services = self.sme_services

        talents_introduced = self.talents_introduced

        talents_trained = self.talents_trained

        financing = self.financing

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rd_spend": rd_spend,
                "rd_staff_share": rd_staff_share,
                "patents": patents,
                "standards_led": standards_led,
                "results_commercialized": results_commercialized,
                "enterprises_incubated": enterprises_incubated,
                "sme_services": sme_services,
                "talents_introduced": talents_introduced,
                "talents_trained": talents_trained,
                "financing": financing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rd_spend = d.pop("rd_spend")

        rd_staff_share = d.pop("rd_staff_share")

        patents = d.pop("patents")

        standards_led = d.pop("standards_led")

        results_commercialized = d.pop("results_commercialized")

        enterprises_incubated = d.pop("enterprises_incubated")

        sme_services = d.pop("sme_services")

        talents_introduced = d.pop("talents_introduced")

        talents_trained = d.pop("talents_trained")

        financing = d.pop("financing")

        indicators = cls(
            rd_spend=rd_spend,
            rd_staff_share=rd_staff_share,
            patents=patents,
            standards_led=standards_led,
            results_commercialized=results_commercialized,
            enterprises_incubated=enterprises_incubated,
            sme_services=sme_services,
            talents_introduced=talents_introduced,
            talents_trained=talents_trained,
            financing=financing,
        )

        return indicators
