from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.programme_progress_by_cluster import ProgrammeProgressByCluster
    from ..models.programme_progress_by_district import ProgrammeProgressByDistrict
    from ..models.programme_progress_by_status import ProgrammeProgressByStatus
    from ..models.programme_progress_by_tier import ProgrammeProgressByTier
    from ..models.programme_progress_talent_by_year import ProgrammeProgressTalentByYear
    from ..models.target_progress import TargetProgress


T = TypeVar("T", bound="ProgrammeProgress")


@_attrs_define
class ProgrammeProgress:
    """
    Attributes:
        as_of (datetime.date):
        targets (list[TargetProgress]):
        total_centers (int):
        by_tier (ProgrammeProgressByTier):
        by_status (ProgrammeProgressByStatus):
        by_cluster (ProgrammeProgressByCluster):
        by_district (ProgrammeProgressByDistrict):
        talent_by_year (ProgrammeProgressTalentByYear): per year, the talent service's figures (三(六)) summed over the
            programme's centers, every status as in total_centers; a year talent recorded nothing for is absent
    """

    as_of: datetime.date
    targets: list[TargetProgress]
    total_centers: int
    by_tier: ProgrammeProgressByTier
    by_status: ProgrammeProgressByStatus
    by_cluster: ProgrammeProgressByCluster
    by_district: ProgrammeProgressByDistrict
    talent_by_year: ProgrammeProgressTalentByYear
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        total_centers = self.total_centers

        by_tier = self.by_tier.to_dict()

        by_status = self.by_status.to_dict()

        by_cluster = self.by_cluster.to_dict()

        by_district = self.by_district.to_dict()

        talent_by_year = self.talent_by_year.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "targets": targets,
                "total_centers": total_centers,
                "by_tier": by_tier,
                "by_status": by_status,
                "by_cluster": by_cluster,
                "by_district": by_district,
                "talent_by_year": talent_by_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.programme_progress_by_cluster import ProgrammeProgressByCluster
        from ..models.programme_progress_by_district import ProgrammeProgressByDistrict
        from ..models.programme_progress_by_status import ProgrammeProgressByStatus
        from ..models.programme_progress_by_tier import ProgrammeProgressByTier
        from ..models.programme_progress_talent_by_year import (
            ProgrammeProgressTalentByYear,
        )
        from ..models.target_progress import TargetProgress

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetProgress.from_dict(targets_item_data)

            targets.append(targets_item)

        total_centers = d.pop("total_centers")

        by_tier = ProgrammeProgressByTier.from_dict(d.pop("by_tier"))

        by_status = ProgrammeProgressByStatus.from_dict(d.pop("by_status"))

        by_cluster = ProgrammeProgressByCluster.from_dict(d.pop("by_cluster"))

        by_district = ProgrammeProgressByDistrict.from_dict(d.pop("by_district"))

        talent_by_year = ProgrammeProgressTalentByYear.from_dict(
            d.pop("talent_by_year")
        )

        programme_progress = cls(
            as_of=as_of,
            targets=targets,
            total_centers=total_centers,
            by_tier=by_tier,
            by_status=by_status,
            by_cluster=by_cluster,
            by_district=by_district,
            talent_by_year=talent_by_year,
        )

        programme_progress.additional_properties = d
        return programme_progress

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
