"""CSV and XLSX downloads with Chinese headers, as registry's centers export does them."""

import csv
import datetime as dt
import io
from collections.abc import Sequence

from fastapi import Response
from openpyxl import Workbook

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def to_csv(rows: Sequence[Sequence[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese correctly."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: Sequence[Sequence[str]], *, sheet_title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def download(rows: Sequence[Sequence[str]], *, format: str, name: str, sheet_title: str) -> Response:
    """The table as an attachment named ``<name>-<date>.<format>``."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
    if format == "xlsx":
        body, media_type = to_xlsx(rows, sheet_title=sheet_title), XLSX
    else:
        body, media_type = to_csv(rows), CSV
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}-{stamp}.{format}"'},
    )


def when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
