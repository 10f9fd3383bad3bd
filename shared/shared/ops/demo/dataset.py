"""The demo's data: 25 centers across the plan's clusters and districts in every lifecycle status,
upgrades, talents, scenarios and offerings, and the request bodies that create them.

Pure data and builders, no I/O. Everything is deterministic (the same codes and names each run),
so a second run finds the first one's marker center and refuses (``loader``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from stdnum.cn import ric

from shared.uscc import check_digit

# The actions that take a new draft to each status of the lifecycle (registry.centers.lifecycle).
OPERATING_PATH = ("submit", "recommend", "start_review", "approve", "accept")
PATHS: dict[str, tuple[str, ...]] = {
    "draft": (),
    "submitted": ("submit",),
    "district_recommended": ("submit", "recommend"),
    "under_review": ("submit", "recommend", "start_review"),
    "approved": OPERATING_PATH[:4],
    "operating": OPERATING_PATH,
    "returned": ("submit", "recommend", "start_review", "return"),
    "rejected": ("submit", "recommend", "start_review", "reject"),
    "withdrawn": ("submit", "withdraw"),
    "revoked": (*OPERATING_PATH, "revoke"),
}
COMMENTS = {
    "submit": "提交组建申请材料",
    "recommend": "经区工信部门审核，同意推荐",
    "start_review": "进入市级专家评审",
    "approve": "评审通过，批准筹建并授牌",
    "accept": "通过验收，正式运行",
    "return": "申请材料中联盟成员单位证明不全，退回补正",
    "reject": "与已布局领域重复度高，不予认定",
    "withdraw": "牵头单位调整建设方案，主动撤回",
    "revoke": "连续两年评估不合格，撤销认定",
}


@dataclass(frozen=True)
class Upgrade:
    tier: str  # provincial or national
    approved_on: str
    document_no: str
    total_share_capital: str
    paid_in_capital: str
    requires_matching_funds: bool = False


@dataclass(frozen=True)
class Center:
    key: str  # the demo's own handle of the center (talents and offerings refer to it)
    name: str
    cluster: str
    sub_sector: str
    district: str
    mode: str  # corporate_alliance or self_built
    lead: str
    lead_type: str
    status: str
    upgrades: tuple[Upgrade, ...] = ()


def _provincial(n: int, capital: str, paid: str, *, matching: bool = False) -> Upgrade:
    return Upgrade("provincial", "2025-10-15", f"粤工信创新函〔2025〕{n}号", capital, paid, matching)


def _national(n: int, capital: str, paid: str) -> Upgrade:
    return Upgrade("national", "2026-06-30", f"工信部科函〔2026〕{n}号", capital, paid)


CA, SB = "corporate_alliance", "self_built"
CENTERS: tuple[Center, ...] = (
    # operating: nine, five of them upgraded
    Center("icv", "广州智能网联汽车创新中心", "intelligent_connected_nev", "智能网联汽车", "panyu", CA,
           "广州穗联智行汽车科技有限公司", "enterprise", "operating",
           (_provincial(101, "200000000.00", "120000000.00"),)),
    Center("nev", "广州新能源汽车动力系统创新中心", "intelligent_connected_nev", "新能源汽车", "huadu", CA,
           "广州花都动力电池研究院有限公司", "enterprise", "operating",
           (_national(18, "500000000.00", "320000000.00"),)),
    Center("uhd", "广州超高清视频创新中心", "uhd_video_new_display", "超高清视频", "tianhe", CA,
           "广州天河超清影像技术有限公司", "enterprise", "operating",
           (_provincial(102, "150000000.00", "90000000.00", matching=True),)),
    Center("display", "广州新型显示技术创新中心", "uhd_video_new_display", "新型显示", "zengcheng", CA,
           "广州增城新型显示产业发展有限公司", "enterprise", "operating",
           (_provincial(103, "300000000.00", "180000000.00"), _national(19, "300000000.00", "180000000.00"))),
    Center("biomed", "广州生物医药创新中心", "biomedicine_health", "生物医药", "huangpu", CA,
           "广州国际生物岛药物研究有限公司", "enterprise", "operating",
           (_provincial(104, "260000000.00", "150000000.00"),)),
    Center("health", "广州数字健康创新中心", "biomedicine_health", "健康", "yuexiu", SB,
           "广州越秀数字医疗研究院", "research_institute", "operating"),
    Center("polymer", "广州先进高分子材料创新中心", "green_petrochem_new_materials", "新材料", "nansha", CA,
           "广州南沙高分子新材料有限公司", "enterprise", "operating"),
    Center("llm", "广州人工智能行业大模型创新中心", "artificial_intelligence", "行业大模型", "haizhu", SB,
           "广州琶洲智算科技有限公司", "enterprise", "operating"),
    Center("embodied", "广州具身智能灵巧操作创新中心", "embodied_ai", "灵巧手与具身操作", "huangpu", SB,
           "华南智能机器人创新研究院", "research_institute", "operating"),
    # approved (筹建): three
    Center("indsoft", "广州工业软件创新中心", "software_internet", "工业软件", "tianhe", SB,
           "广州天河工业软件有限公司", "enterprise", "approved"),
    Center("petrochem", "广州绿色石化创新中心", "green_petrochem_new_materials", "绿色石化", "nansha", CA,
           "广州南沙绿色石化技术有限公司", "enterprise", "approved"),
    Center("equipment", "广州高端智能装备创新中心", "intelligent_equipment_robotics", "智能装备", "panyu", CA,
           "广州番禺精密装备股份有限公司", "enterprise", "approved"),
    # in application: under review, recommended by the district, submitted
    Center("ic", "广州集成电路特色工艺创新中心", "semiconductor_ic", "集成电路", "zengcheng", CA,
           "广州增芯特色工艺集成电路有限公司", "enterprise", "under_review"),
    Center("wbg", "广州第三代半导体创新中心", "semiconductor_ic", "半导体", "nansha", SB,
           "广州南沙宽禁带半导体研究院", "research_institute", "under_review"),
    Center("storage", "广州新型储能创新中心", "new_energy_storage", "新型储能", "panyu", CA,
           "广州番禺储能科技有限公司", "enterprise", "district_recommended"),
    Center("hydrogen", "广州氢能与燃料电池创新中心", "new_energy_storage", "新能源", "huangpu", SB,
           "广州黄埔氢能技术有限公司", "enterprise", "district_recommended"),
    Center("lowalt", "广州低空经济创新中心", "low_altitude_aerospace", "低空经济", "baiyun", CA,
           "广州白云低空飞行器有限公司", "enterprise", "submitted"),
    Center("aero", "广州航空航天装备创新中心", "low_altitude_aerospace", "航空航天", "conghua", SB,
           "广州从化航空部件有限公司", "enterprise", "submitted"),
    # drafts
    Center("synbio", "广州合成生物制造创新中心", "biomanufacturing", "合成生物", "conghua", SB,
           "华南理工大学", "university", "draft"),
    Center("homes", "广州智能定制家居创新中心", "fashion_consumer_goods", "智能定制家居", "baiyun", SB,
           "广州白云定制家居集团有限公司", "enterprise", "draft"),
    # sent back, refused, withdrawn, revoked
    Center("rail", "广州轨道交通智能运维创新中心", "rail_transit", "轨道交通智能运维", "huadu", CA,
           "广州花都轨道装备有限公司", "enterprise", "returned"),
    Center("ocean", "广州海洋工程装备创新中心", "ship_ocean_engineering", "海洋工程", "nansha", CA,
           "广州南沙海工装备有限公司", "enterprise", "returned"),
    Center("construction", "广州智能建造创新中心", "intelligent_construction", "智能建造", "liwan", SB,
           "广州荔湾建筑科技有限公司", "enterprise", "rejected"),
    Center("cell", "广州细胞治疗创新中心", "cell_gene", "细胞", "yuexiu", SB,
           "广州越秀细胞治疗研究所", "research_institute", "withdrawn"),
    Center("robot", "广州工业机器人创新中心", "intelligent_equipment_robotics", "机器人", "huangpu", CA,
           "广州黄埔工业机器人有限公司", "enterprise", "revoked"),
)  # fmt: skip
MARKER = CENTERS[0]  # a second run finds it and refuses


def uscc(n: int) -> str:
    """The demo's n-th unified social credit code (GB 32100-2015 check digit), 广州 division."""
    body = f"91440100MA5{n:06d}"
    return body + check_digit(body)


def center_payload(index: int, center: Center) -> dict[str, Any]:
    return {
        "name": center.name,
        "mode": center.mode,
        "cluster_code": center.cluster,
        "sub_sector": center.sub_sector,
        "district": center.district,
        "lead_organization": {"name": center.lead, "uscc": uscc(index), "type": center.lead_type},
    }


def governance_payload(index: int, center: Center) -> dict[str, Any]:
    """What `四(一)` asks of a corporate-alliance center: its company, decision body, expert
    committee and alliance."""
    short = center.name.removeprefix("广州").removesuffix("创新中心")
    return {
        "legal_entity": {
            "name": f"广州{short}创新中心有限公司",
            "uscc": uscc(100 + index),
            "registered_capital": "50000000",
            "shareholders": [
                {"name": center.lead, "uscc": uscc(index), "share_ratio": "40"},
                {"name": "广州产业投资基金管理有限公司", "share_ratio": "20"},
                {"name": "华南理工大学", "share_ratio": "15"},
            ],
        },
        "decision_body": {
            "members": [
                {"name": "陈志强", "category": "member_unit_rep", "affiliation": center.lead},
                {"name": "林晓峰", "category": "industry_figure", "affiliation": f"广东省{short}行业协会"},
                {"name": "黄建国", "category": "st_figure", "affiliation": "中国科学院广州分院"},
            ]
        },
        "technical_committee": {
            "members": [
                {"name": "李明华", "field": "academia", "affiliation": "中山大学"},
                {"name": "周文斌", "field": "industry", "affiliation": center.lead},
            ]
        },
        "alliance": {
            "name": f"广州{short}产业创新联盟",
            "member_units": [
                {"name": "广州市工业技术研究院"},
                {"name": f"广州{short}配套企业有限公司", "uscc": uscc(200 + index)},
            ],
        },
    }


def upgrade_payload(upgrade: Upgrade) -> dict[str, Any]:
    authority = "工业和信息化部" if upgrade.tier == "national" else "广东省工业和信息化厅"
    return {
        "to_tier": upgrade.tier,
        "approved_on": upgrade.approved_on,
        "document_no": upgrade.document_no,
        "approving_authority": authority,
        "total_share_capital": upgrade.total_share_capital,
        "paid_in_capital": upgrade.paid_in_capital,
        "requires_matching_funds": upgrade.requires_matching_funds,
    }


@dataclass(frozen=True)
class Talent:
    center: str  # Center.key
    name: str
    gender: str
    birth_date: dt.date
    region: str  # the ID number's six-digit division code (广州's districts are 4401xx)
    level: str
    role: str
    origin: str
    introduced_from: str | None
    joined_on: str
    qualifications: tuple[str, ...]


TALENTS: tuple[Talent, ...] = (
    Talent("icv", "王建华", "male", dt.date(1975, 3, 18), "440106", "leading", "中心主任、首席科学家",
           "introduced", "清华大学车辆与运载学院", "2025-04-01", ("博士", "教授")),
    Talent("icv", "刘婷", "female", dt.date(1988, 11, 2), "440113", "rd_backbone", "感知算法组组长",
           "trained", None, "2025-09-30", ("硕士", "高级工程师")),
    Talent("nev", "张志远", "male", dt.date(1979, 7, 25), "440114", "high_level", "电池系统总工程师",
           "introduced", "宁德时代新能源科技股份有限公司", "2025-05-15", ("博士", "正高级工程师")),
    Talent("display", "陈静", "female", dt.date(1983, 1, 9), "440183", "academic_leader",
           "Micro LED 研究室主任", "introduced", "香港科技大学", "2025-06-01", ("博士", "研究员")),
    Talent("biomed", "赵海涛", "male", dt.date(1970, 12, 6), "440112", "leading", "首席科学家",
           "introduced", "中国科学院上海药物研究所", "2025-03-10",
           ("博士", "研究员", "国家杰出青年科学基金获得者")),
    Talent("biomed", "孙丽娜", "female", dt.date(1990, 4, 21), "440112", "rd_backbone", "制剂工艺主管",
           "trained", None, "2025-12-20", ("博士",)),
    Talent("health", "黄伟明", "male", dt.date(1981, 8, 14), "440104", "high_level", "数字医疗平台负责人",
           "introduced", "中山大学附属第一医院", "2025-07-01", ("博士", "主任医师")),
    Talent("llm", "林晓雯", "female", dt.date(1986, 5, 30), "440105", "academic_leader", "大模型研究院院长",
           "introduced", "微软亚洲研究院", "2025-08-18", ("博士",)),
    Talent("llm", "吴俊杰", "male", dt.date(1992, 10, 3), "440105", "rd_backbone", "训练平台架构师",
           "trained", None, "2026-01-15", ("硕士", "工程师")),
    Talent("embodied", "郑国强", "male", dt.date(1977, 2, 11), "440112", "leading", "具身智能首席专家",
           "introduced", "哈尔滨工业大学机器人研究所", "2025-05-08", ("博士", "教授")),
    Talent("embodied", "何敏", "female", dt.date(1985, 9, 17), "440111", "high_skilled", "精密装配技师",
           "trained", None, "2025-11-11", ("高级技师",)),
    Talent("indsoft", "罗志明", "male", dt.date(1984, 6, 26), "440106", "high_level", "工业软件研发总监",
           "introduced", "华为技术有限公司", "2025-10-08", ("硕士", "高级工程师")),
)  # fmt: skip


def resident_id(talent: Talent, serial: int) -> str:
    """A GB 11643 resident ID number for the talent: division, birth date, a sequence whose last
    digit is odd for men and even for women, and the check digit (``stdnum.cn.ric``)."""
    sequence = 2 * serial + (1 if talent.gender == "male" else 0)
    body = f"{talent.region}{talent.birth_date:%Y%m%d}{sequence % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def talent_payload(serial: int, talent: Talent, center_id: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "center_id": center_id,
        "name": talent.name,
        "gender": talent.gender,
        "birth_date": talent.birth_date.isoformat(),
        "nationality": "CHN",
        "id_document": {"type": "resident_id", "number": resident_id(talent, serial)},
        "phone": f"139{20250000 + serial * 1371:08d}",
        "level": talent.level,
        "role": talent.role,
        "origin": talent.origin,
        "joined_on": talent.joined_on,
        "qualifications": list(talent.qualifications),
    }
    if talent.introduced_from:
        body["introduced_from"] = talent.introduced_from
    return body


RED_KAPOK = "5d0f3c1e-7a2b-4e8f-9c61-000000000004"  # 广州市"红棉计划", seeded by talent
RECOMMENDATIONS = {
    "leading": "长期从事关键核心技术攻关，带领团队取得系列原创成果，推荐申报。",
    "academic_leader": "学术造诣深厚，在本领域具有重要影响，推荐申报。",
    "high_level": "在产业化应用方面成绩突出，推荐申报。",
}


def round_payload(today: dt.date) -> dict[str, Any]:
    """This year's round: opened a month ago, closing in two months."""
    return {
        "year": today.year,
        "opens_on": (today - dt.timedelta(days=30)).isoformat(),
        "deadline": (today + dt.timedelta(days=60)).isoformat(),
    }


@dataclass(frozen=True)
class Scenario:
    key: str
    publisher_sub: str
    title: str
    description: str
    cluster: str
    tags: tuple[str, ...]
    district: str
    publisher: str
    budget_amount: str
    data_resource: tuple[str, str, str, str]  # name, owner department, format, access terms


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("roads", "huangpu-bureau", "黄埔区智能网联汽车城市道路测试场景",
             "开放黄埔区科学城20公里城市道路及32个智能路口，验证L4级自动驾驶车路协同感知与决策系统。",
             "intelligent_connected_nev", ("车路协同", "自动驾驶", "路侧感知"), "huangpu",
             "广州市黄埔区工业和信息化局", "5000000.00",
             ("路口信号灯实时配时数据", "广州市公安局黄埔区分局交通警察大队", "API (JSON)",
              "签订数据使用协议后开放，仅限本场景验证使用")),
    Scenario("imaging", "health-commission", "市属医院医学影像辅助诊断应用场景",
             "在三家市属医院放射科开展肺结节、脑卒中影像辅助诊断试点，验证行业大模型的诊断准确率与效率。",
             "artificial_intelligence", ("医学影像", "大模型", "辅助诊断"), "yuexiu",
             "广州市卫生健康委员会", "3000000.00",
             ("脱敏胸部CT影像数据集", "广州市卫生健康委员会", "DICOM", "经伦理审查后在院内隐私计算平台使用")),
    Scenario("assembly", "panyu-bureau", "番禺区汽车零部件产线柔性装配场景",
             "开放三条汽车零部件产线，验证机械臂视觉引导与灵巧手柔性装配，提升换型效率。",
             "intelligent_equipment_robotics", ("柔性装配", "视觉引导", "灵巧手"), "panyu",
             "广州市番禺区工业和信息化局", "2000000.00",
             ("产线节拍与工位数据", "广州市番禺区工业和信息化局", "CSV", "签订数据使用协议后开放")),
    Scenario("drones", "nansha-bureau", "南沙港区低空物流无人机配送场景",
             "在南沙港区与自贸区片区开放低空航线，验证中型物流无人机的港区短驳配送能力。",
             "low_altitude_aerospace", ("低空物流", "无人机", "航线规划"), "nansha",
             "广州市南沙区工业和信息化局", "4000000.00",
             ("港区低空空域划设数据", "广州市南沙区交通运输局", "GeoJSON", "按需申请，限场景内使用")),
)  # fmt: skip


def scenario_payload(scenario: Scenario, today: dt.date) -> dict[str, Any]:
    name, owner, format_, terms = scenario.data_resource
    return {
        "title": scenario.title,
        "description": scenario.description,
        "cluster_code": scenario.cluster,
        "tags": list(scenario.tags),
        "district": scenario.district,
        "publisher": scenario.publisher,
        "budget_amount": scenario.budget_amount,
        "deadline": (today + dt.timedelta(days=180)).isoformat(),
        "data_resources": [
            {"name": name, "owner_department": owner, "format": format_, "access_terms": terms}
        ],
    }


@dataclass(frozen=True)
class Offering:
    key: str
    center: str  # Center.key
    name: str
    description: str
    cluster: str
    tags: tuple[str, ...]
    maturity_level: str
    certifications: tuple[str, ...]


OFFERINGS: tuple[Offering, ...] = (
    Offering("rsu", "icv", "车路协同路侧感知单元",
             "融合毫米波雷达与视觉的路侧感知设备，支持城市道路车路协同与自动驾驶。",
             "intelligent_connected_nev", ("车路协同", "路侧感知"), "pilot_ready", ("CCC",)),
    Offering("radiology", "llm", "医学影像辅助诊断大模型",
             "面向肺结节、脑卒中等影像的行业大模型，支持隐私计算环境部署。",
             "artificial_intelligence", ("医学影像", "大模型"), "pilot_ready", ()),
    Offering("hand", "embodied", "视觉引导灵巧手柔性装配系统",
             "基于3D视觉与触觉反馈的灵巧手，适配多品种小批量柔性装配。",
             "intelligent_equipment_robotics", ("柔性装配", "视觉引导", "灵巧手"), "pilot_ready", ()),
    Offering("bms", "nev", "动力电池智能管理系统", "电芯级状态估计与热失控预警的电池管理系统。",
             "intelligent_connected_nev", ("动力电池", "热失控预警"), "pilot_ready", ("ISO 26262 ASIL-C",)),
    Offering("microled", "display", "Micro LED 车载显示模组", "高亮度、宽温域的 Micro LED 车载显示模组。",
             "uhd_video_new_display", ("Micro LED", "车载显示"), "pilot_ready", ()),
)  # fmt: skip
# (scenario, offering, how far the demo takes it): a pilot completed, a pilot under way, a proposal.
MATCHES = (
    ("roads", "rsu", "completed"),
    ("imaging", "radiology", "piloting"),
    ("assembly", "hand", "proposed"),
)
MILESTONES = ("verification", "iteration", "demonstration")
MILESTONE_SUMMARIES = {
    "verification": "完成功能与性能验证，关键指标达到方案要求。",
    "iteration": "根据试点反馈完成两轮迭代优化。",
    "demonstration": "在更大范围开展示范应用，形成可推广方案。",
}
