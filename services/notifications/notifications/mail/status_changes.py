"""Status changes that concern users, as e-mail: one composer per event type that has an e-mail
(the table in the README lists them), each naming the notice and its audience. Any other type
has none and is left alone."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from notifications.centers.models import CenterView
from notifications.mail.queue import Notice, queue
from notifications.mail.templates import CENTER_STATUS_ZH, GRADE_ZH, TIER_ZH, label, notice
from notifications.preferences.schemas import Kind
from notifications.recipients import Audience, audience, recipients
from shared.contracts import funding, funding_programmes, registry, scenarios, talent
from shared.events import CloudEvent

Composed = tuple[Notice, Audience]
Composer = Callable[[AsyncSession, CloudEvent], Awaitable[Composed]]


async def _center(session: AsyncSession, center_id: uuid.UUID) -> tuple[str, list[str]]:
    """The center's name and district from the read model (registry's events keep it current)."""
    center = await session.get(CenterView, center_id)
    if center is None:
        return str(center_id), []
    return center.name, [center.district]


async def center_status_changed(session: AsyncSession, event: CloudEvent) -> Composed:
    e = registry.CenterStatusChanged.model_validate(event.data)
    c = e.center
    change = f"{label(CENTER_STATUS_ZH, e.from_status)} → {label(CENTER_STATUS_ZH, e.to_status)}"
    lines = [f"创新中心「{c.name}」的状态已变更：{change}。"]
    if e.comment:
        lines.append(f"说明：{e.comment}")
    return notice(f"{c.name} 状态变更：{change}", *lines), audience(centers=[c.id], districts=[c.district])


async def center_upgraded(session: AsyncSession, event: CloudEvent) -> Composed:
    e = registry.CenterUpgraded.model_validate(event.data)
    c, tier = e.center, label(TIER_ZH, e.upgrade.to_tier)
    body = f"创新中心「{c.name}」已升级为{tier}创新中心（批准文号：{e.upgrade.document_no}）。"
    return notice(f"{c.name} 升级为{tier}创新中心", body), audience(centers=[c.id], districts=[c.district])


async def center_evaluated(session: AsyncSession, event: CloudEvent) -> Composed:
    e = registry.CenterEvaluated.model_validate(event.data)
    c, grade = e.center, label(GRADE_ZH, e.grade)
    lines = [f"创新中心「{c.name}」{e.year} 年度评价结果：{grade}（{e.total_score} 分）。"]
    if e.rectification_due is not None and e.recheck_passed is None:
        lines.append(f"请于 {e.rectification_due.isoformat()} 前完成整改并接受复核。")
    if e.recheck_passed is not None:
        lines.append(f"整改复核：{'通过' if e.recheck_passed else '未通过'}。")
    return notice(f"{c.name} {e.year} 年度评价结果：{grade}", *lines), audience(
        centers=[c.id], districts=[c.district]
    )


async def support_case_changed(session: AsyncSession, event: CloudEvent) -> Composed:
    e = funding.SupportCaseStatusChanged.model_validate(event.data)
    name, districts = await _center(session, e.center_id)
    change = f"{e.from_status} → {e.to_status}"
    return notice(
        f"{name} 的支持事项状态变更：{change}",
        f"创新中心「{name}」的{label(TIER_ZH, e.tier)}支持事项（{e.kind}）状态已变更：{change}。",
        *([f"说明：{e.comment}"] if e.comment else []),
    ), audience(centers=[e.center_id], districts=districts)


async def municipal_support_changed(session: AsyncSession, event: CloudEvent) -> Composed:
    e = funding_programmes.MunicipalSupportChanged.model_validate(event.data)
    name, _ = await _center(session, e.center_id)
    change = f"{e.from_status or '—'} → {e.to_status}"
    return notice(
        f"{name} 的市级支持申请状态变更：{change}",
        f"创新中心「{name}」的市级支持申请（{e.support_type}）状态已变更：{change}。",
    ), audience(centers=[e.center_id])


async def application_awarded(session: AsyncSession, event: CloudEvent) -> Composed:
    e = talent.ApplicationAwarded.model_validate(event.data)
    name, _ = await _center(session, e.center_id)
    return notice(
        f"{name} 推荐的人才入选 {e.programme_code}（{e.round_year} 年度）",
        f"创新中心「{name}」推荐的人才已入选人才工程 {e.programme_code}（{e.round_year} 年度），"
        f"入选日期 {e.awarded_on.isoformat()}。",
    ), audience(centers=[e.center_id])


async def service_request_fulfilled(session: AsyncSession, event: CloudEvent) -> Composed:
    e = talent.ServiceRequestFulfilled.model_validate(event.data)
    name, _ = await _center(session, e.center_id)
    return notice(
        f"{name} 的人才服务需求已落实",
        f"创新中心「{name}」人才的服务需求（{e.kind}）已于 {e.fulfilled_on.isoformat()} 落实。",
    ), audience(centers=[e.center_id])


async def scenario_status_changed(session: AsyncSession, event: CloudEvent) -> Composed:
    e = scenarios.ScenarioStatusChanged.model_validate(event.data)
    s = e.scenario
    change = f"{e.from_status} → {e.to_status}"
    return notice(
        f"应用场景「{s.title}」状态变更：{change}", f"您发布的应用场景「{s.title}」状态已变更：{change}。"
    ), audience(subs=[s.created_by])


async def match_accepted(session: AsyncSession, event: CloudEvent) -> Composed:
    e = scenarios.MatchAccepted.model_validate(event.data)
    name, _ = await _center(session, e.center_id)
    return notice(
        f"{name} 的场景匹配已获双方确认",
        f"创新中心「{name}」的创新产品与应用场景的匹配已获双方确认，可进入试点。",
    ), audience(centers=[e.center_id])


async def pilot_completed(session: AsyncSession, event: CloudEvent) -> Composed:
    e = scenarios.PilotCompleted.model_validate(event.data)
    outcome = "成功" if e.outcome == "successful" else "未成功"
    return notice(
        f"「{e.offering_name}」在「{e.scenario_title}」的试点已结束（{outcome}）",
        f"创新产品「{e.offering_name}」在应用场景「{e.scenario_title}」的试点已于 "
        f"{e.completed_on.isoformat()} 结束，结果：{outcome}。",
    ), audience(centers=[e.center_id])


COMPOSERS: dict[str, Composer] = {
    registry.CENTER_STATUS_CHANGED: center_status_changed,
    registry.CENTER_UPGRADED: center_upgraded,
    registry.CENTER_EVALUATED: center_evaluated,
    funding.SUPPORT_CASE_STATUS_CHANGED: support_case_changed,
    funding_programmes.MUNICIPAL_SUPPORT_CHANGED: municipal_support_changed,
    talent.APPLICATION_AWARDED: application_awarded,
    talent.SERVICE_REQUEST_FULFILLED: service_request_fulfilled,
    scenarios.SCENARIO_STATUS_CHANGED: scenario_status_changed,
    scenarios.MATCH_ACCEPTED: match_accepted,
    scenarios.PILOT_COMPLETED: pilot_completed,
}


async def notify(session: AsyncSession, event: CloudEvent) -> int:
    """Queue the event's e-mails (none for a type without a composer); how many were queued."""
    composer = COMPOSERS.get(event.type)
    if composer is None:
        return 0
    message, who = await composer(session, event)
    queued = 0
    for recipient in await recipients(session, Kind.STATUS_CHANGES, who):
        queued += await queue(session, recipient, message, key=str(event.id))
    return queued
