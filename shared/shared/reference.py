"""Guangzhou's industries and districts as the work plan names them (`二`, 2025-02-18).

Registry seeds its reference tables with these (its first migration) and edits them later through
its API. A service without a read model of those tables (scenarios' clusters and districts,
funding's jurisdictions) checks codes against these, so one list serves every service. They are
the plan's lists as dated, never edited: an industry or district added later is registry data,
and a service that must know it needs registry's reference data as events (decision 0018).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema

from shared.validation_zh import ZhValueError


@dataclass(frozen=True)
class Industry:
    """One of the "12218" clusters in its group, or a future industry (未来产业)."""

    code: str
    name_zh: str
    name_en: str
    group: str  # emerging_pillar, strategic_leading, distinctive_advantage, future


@dataclass(frozen=True)
class District:
    code: str
    name_zh: str
    name_en: str


WORK_PLAN_INDUSTRIES: tuple[Industry, ...] = (
    # 新兴支柱产业
    Industry(
        "intelligent_connected_nev",
        "智能网联与新能源汽车",
        "Intelligent connected and new energy vehicles",
        "emerging_pillar",
    ),
    Industry(
        "uhd_video_new_display", "超高清视频与新型显示", "Ultra-HD video and new displays", "emerging_pillar"
    ),
    Industry("biomedicine_health", "生物医药与健康", "Biomedicine and health", "emerging_pillar"),
    Industry(
        "green_petrochem_new_materials",
        "绿色石化与新材料",
        "Green petrochemicals and new materials",
        "emerging_pillar",
    ),
    Industry("software_internet", "软件与互联网", "Software and internet", "emerging_pillar"),
    Industry(
        "intelligent_equipment_robotics",
        "智能装备与机器人",
        "Intelligent equipment and robotics",
        "emerging_pillar",
    ),
    # 战略先导产业
    Industry("artificial_intelligence", "人工智能", "Artificial intelligence", "strategic_leading"),
    Industry(
        "semiconductor_ic", "半导体与集成电路", "Semiconductors and integrated circuits", "strategic_leading"
    ),
    Industry(
        "new_energy_storage", "新能源与新型储能", "New energy and new energy storage", "strategic_leading"
    ),
    Industry(
        "low_altitude_aerospace",
        "低空经济与航空航天",
        "Low-altitude economy and aerospace",
        "strategic_leading",
    ),
    Industry("biomanufacturing", "生物制造", "Biomanufacturing", "strategic_leading"),
    # 特色优势产业
    Industry("fashion_consumer_goods", "时尚消费品", "Fashion consumer goods", "distinctive_advantage"),
    Industry("rail_transit", "轨道交通", "Rail transit", "distinctive_advantage"),
    Industry(
        "ship_ocean_engineering",
        "船舶与海洋工程",
        "Shipbuilding and ocean engineering",
        "distinctive_advantage",
    ),
    Industry(
        "intelligent_construction",
        "智能建造与工业化建筑",
        "Intelligent construction and industrialized building",
        "distinctive_advantage",
    ),
    # 未来产业 (the plan says "等": registry's list grows as data)
    Industry("embodied_ai", "具身智能", "Embodied intelligence", "future"),
    Industry("cell_gene", "细胞与基因", "Cell and gene", "future"),
)

GUANGZHOU_DISTRICTS: tuple[District, ...] = (
    District("yuexiu", "越秀区", "Yuexiu"),
    District("haizhu", "海珠区", "Haizhu"),
    District("liwan", "荔湾区", "Liwan"),
    District("tianhe", "天河区", "Tianhe"),
    District("baiyun", "白云区", "Baiyun"),
    District("huangpu", "黄埔区", "Huangpu"),
    District("panyu", "番禺区", "Panyu"),
    District("huadu", "花都区", "Huadu"),
    District("nansha", "南沙区", "Nansha"),
    District("conghua", "从化区", "Conghua"),
    District("zengcheng", "增城区", "Zengcheng"),
)

INDUSTRY_CODES = frozenset(industry.code for industry in WORK_PLAN_INDUSTRIES)
DISTRICT_CODES = frozenset(district.code for district in GUANGZHOU_DISTRICTS)


def _one_of(codes: frozenset[str], what: str) -> Callable[[str], str]:
    def check(code: str) -> str:
        if code not in codes:
            raise ZhValueError(
                f"unknown {what} {code!r}; one of {', '.join(sorted(codes))}",
                f"未知的代码 {code!r}，应为以下之一：{'、'.join(sorted(codes))}",
            )
        return code

    return check


# API fields holding one of these codes: a 422 naming the field for any other (decision 0018).
ClusterCode = Annotated[
    str,
    AfterValidator(_one_of(INDUSTRY_CODES, "cluster code")),
    WithJsonSchema({"type": "string", "enum": sorted(INDUSTRY_CODES)}),
]
DistrictCode = Annotated[
    str,
    AfterValidator(_one_of(DISTRICT_CODES, "district")),
    WithJsonSchema({"type": "string", "enum": sorted(DISTRICT_CODES)}),
]
