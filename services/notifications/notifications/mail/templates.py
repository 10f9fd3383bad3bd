"""The e-mails' zh-CN wording. Status codes the reader may not know are shown with their label
where this service knows one (a center's lifecycle, tiers, grades), else as the code itself."""

from __future__ import annotations

import datetime as dt

from notifications.mail.queue import Notice

PREFIX = "【广州市制造业创新中心】"
FOOTER = (
    "\n\n——\n本邮件由广州市制造业创新中心管理平台自动发送。如不再需要此类通知，请在平台的通知设置中修改。"
)

# registry's own labels (``GET /api/v1/meta/enums`` of registry), for the statuses a reader meets.
CENTER_STATUS_ZH = {
    "draft": "草稿",
    "submitted": "已提交",
    "district_recommended": "区级已推荐",
    "under_review": "市级评审中",
    "approved": "筹建（已授牌）",
    "operating": "运行中",
    "returned": "退回修改",
    "rejected": "未通过",
    "withdrawn": "已撤回",
    "revoked": "已撤销",
}
TIER_ZH = {"municipal": "市级", "provincial": "省级", "national": "国家级"}
GRADE_ZH = {"excellent": "优秀", "good": "良好", "qualified": "合格", "unqualified": "不合格"}
DEADLINE_KIND_ZH = {"scenario": "应用场景征集", "talent_round": "人才工程申报", "rectification": "评价整改"}


def label(labels: dict[str, str], code: str | None) -> str:
    return labels.get(code or "", code or "—")


def notice(title: str, *lines: str) -> Notice:
    return Notice(subject=f"{PREFIX}{title}", body="\n".join(lines) + FOOTER)


def reminder(kind: str, title: str, due_on: dt.date, days_left: int) -> Notice:
    when = "今天截止" if days_left == 0 else f"还有 {days_left} 天截止"
    what = DEADLINE_KIND_ZH.get(kind, "事项")
    return notice(
        f"{what}截止提醒：{title}（{when}）",
        f"{what}「{title}」将于 {due_on.isoformat()}（北京时间当日结束）截止，{when}。",
        "请及时登录平台办理。",
    )
