"""The bureau's spreadsheets (issue 3, item 9): centers as CSV or XLSX with Chinese headers."""

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import CenterRecord
from registry.meta.labels import ENUM_LABELS
from registry.reference import repository as reference

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

HEADERS = (
    "编号",
    "名称",
    "建设模式",
    "产业集群",
    "细分行业领域",
    "细分领域目录编码",
    "是否已列入细分领域目录",
    "所在区",
    "牵头单位",
    "统一社会信用代码",
    "状态",
    "层级",
    "登记时间(UTC)",
    "更新时间(UTC)",
)


def _zh(enum_name: str, value: str) -> str:
    return ENUM_LABELS[enum_name].get(value, (value, value))[0]


async def table(session: AsyncSession, centers: Sequence[CenterRecord]) -> list[list[str]]:
    """Header row plus one row per center, codes turned into their Chinese names."""
    clusters = {i.code: i.name_zh for i in await reference.list_industries(session)}
    districts = {d.code: d.name_zh for d in await reference.list_districts(session)}
    rows = [list(HEADERS)]
    for c in centers:
        rows.append(
            [
                str(c.id),
                c.name,
                _zh("center_mode", c.mode),
                clusters.get(c.cluster_code, c.cluster_code),
                c.sub_sector,
                c.sub_sector_code or "",
                "是" if c.sub_sector_code is not None else "否（待人工确认）",
                districts.get(c.district, c.district),
                c.lead_organization_name,
                c.lead_organization_uscc,
                _zh("center_status", c.status),
                _zh("tier", c.tier),
                c.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                c.updated_at.strftime("%Y-%m-%d %H:%M:%S"),
            ]
        )
    return rows


def to_csv(rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese correctly."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: list[list[str]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "创新中心"
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
