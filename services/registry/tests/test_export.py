"""The bureau's spreadsheets: centers as CSV or XLSX with Chinese headers, in the caller's scope."""

from __future__ import annotations

import csv
import io
import uuid

import openpyxl

from shared.testing.fixtures import TokenFactory, bearer
from tests.flows import create_center, create_sub_sector
from tests.stack import Stack


async def test_csv_has_zh_headers_and_zh_names_for_codes(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:6]
    center = await create_center(
        stack.registry, admin, name=f"导出测试{tag}", district="nansha", cluster_code="embodied_ai"
    )
    response = await stack.registry.get(
        "/api/v1/centers/export", params={"format": "csv", "q": tag}, headers=bearer(admin)
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:8] == [
        "编号",
        "名称",
        "建设模式",
        "产业集群",
        "细分行业领域",
        "细分领域目录编码",
        "是否已列入细分领域目录",
        "所在区",
    ]
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["编号"] == center["id"]
    assert row["产业集群"] == "具身智能"
    assert row["所在区"] == "南沙区"
    assert row["建设模式"] == "企业法人+联盟"
    assert row["状态"] == "草稿"
    assert row["层级"] == "市级"
    assert row["细分领域目录编码"] == ""  # the flows' sub-sector text is not in the catalogue
    assert row["是否已列入细分领域目录"] == "否（待人工确认）"


async def test_xlsx_opens_with_the_same_rows(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:6]
    for i in range(3):
        await create_center(stack.registry, admin, name=f"表格{tag}-{i}")
    response = await stack.registry.get(
        "/api/v1/centers/export", params={"format": "xlsx", "q": tag, "sort": "name"}, headers=bearer(admin)
    )
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][1] == "名称"
    assert [v[1] for v in values[1:]] == [f"表格{tag}-{i}" for i in range(3)]


async def test_export_follows_district_scoping_and_rejects_unknown_formats(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:6]
    await create_center(stack.registry, admin, name=f"范围{tag}", district="huadu")
    await create_center(stack.registry, admin, name=f"范围{tag}", district="zengcheng")
    huadu = token("district_admin", district="huadu")
    response = await stack.registry.get("/api/v1/centers/export", params={"q": tag}, headers=bearer(huadu))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    district = rows[0].index("所在区")
    assert [r[district] for r in rows[1:]] == ["花都区"]
    bad = await stack.registry.get("/api/v1/centers/export", params={"format": "pdf"}, headers=bearer(admin))
    assert bad.status_code == 422


async def test_a_center_of_a_listed_sub_sector_exports_its_code(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    listed = await create_sub_sector(stack.registry, admin, cluster_code="embodied_ai")
    tag = uuid.uuid4().hex[:6]
    await create_center(
        stack.registry, admin, name=f"导出目录{tag}", cluster_code="embodied_ai", sub_sector=listed["name_zh"]
    )
    response = await stack.registry.get(
        "/api/v1/centers/export", params={"format": "csv", "q": tag}, headers=bearer(admin)
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["细分领域目录编码"] == listed["code"]
    assert row["是否已列入细分领域目录"] == "是"
