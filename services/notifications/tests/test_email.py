"""E-mail end to end through a real SMTP server (aiosmtpd, in-process): the status changes that
concern a registered user reach them in zh-CN, and a deadline reminder goes out once, however
often the scheduler runs."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from notifications.deadlines.models import Deadline
from notifications.deadlines.scheduler import send_due_reminders
from notifications.mail.models import EmailMessage
from services.notifications.tests.notification_fixtures import PREFERENCES, NotificationsEnv
from shared.china_time import china_today
from shared.contracts import funding, registry, scenarios, talent
from shared.events import CloudEvent
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually
from tests.problems import problem_of


def _address(name: str) -> str:
    return f"{name}.{uuid.uuid4().hex[:8]}@example.cn"


async def _mail_to(env: NotificationsEnv, address: str, count: int = 1) -> list[object] | None:
    got = env.mailbox.to(address)
    return list(got) if len(got) >= count else None


async def _queued_for(env: NotificationsEnv, sub: str) -> int:
    async with env.sessionmaker() as session:
        counted = await session.scalar(select(func.count()).where(EmailMessage.recipient_sub == sub))
        return int(counted or 0)


async def test_a_centers_status_change_is_mailed_to_its_users_and_its_district_admin_in_chinese(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    center = await env.registry.center(district="haizhu")
    other_center = await env.registry.center(district="haizhu")
    user, admin, other, quiet = (_address(n) for n in ("user", "admin", "other", "quiet"))
    user_sub, quiet_sub, other_sub = (f"center-user-{uuid.uuid4().hex[:6]}" for _ in range(3))
    await env.register(token("center_user", sub=user_sub, center=center), user, "status_changes")
    await env.register(
        token("district_admin", sub=f"da-{uuid.uuid4().hex[:6]}", district="haizhu"), admin, "status_changes"
    )
    await env.register(token("center_user", sub=other_sub, center=other_center), other, "status_changes")
    await env.register(token("center_user", sub=quiet_sub, center=center), quiet, "deadline_reminders")

    await env.registry.set_status(center, "revoked")
    [mail] = await eventually(lambda: _mail_to(env, user), what="the center user's e-mail")
    [to_admin] = await eventually(lambda: _mail_to(env, admin), what="the district admin's e-mail")

    name = env.registry.snapshots[center].name
    assert mail["Subject"] == f"【广州市制造业创新中心】{name} 状态变更：运行中 → 已撤销"
    assert to_admin["Subject"] == mail["Subject"]
    assert mail["To"] == user
    assert "noreply@mic.gz.local" in mail["From"]
    assert f"创新中心「{name}」的状态已变更" in mail.get_content()
    # Queued in one transaction with the user's: nothing else was, or will be, sent for it.
    assert await _queued_for(env, other_sub) == 0
    assert await _queued_for(env, quiet_sub) == 0


async def test_a_support_case_moving_on_is_mailed_to_the_centers_users_with_the_centers_name(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    user = _address("funded")
    await env.register(
        token("center_user", sub=f"cu-{uuid.uuid4().hex[:6]}", center=center), user, "status_changes"
    )
    body = funding.SupportCaseStatusChanged(
        case_id=uuid.uuid4(),
        center_id=uuid.UUID(center),
        kind="upgrade_grant",
        tier="provincial",
        action="approve",
        from_status="pending_approval",
        to_status="approved",
        actor="finance-2",
        actor_role="finance_officer",
        comment="同意",
        selected_option="grant",
        approved_amount=Decimal("10000000.00"),
        disbursed_amount=Decimal("0.00"),
        details={},
        occurred_at=dt.datetime.now(dt.UTC),
    )
    event = CloudEvent(
        source="/gz-mic/funding",
        type=funding.SUPPORT_CASE_STATUS_CHANGED,
        subject=str(body.case_id),
        data=body.model_dump(mode="json"),
    )
    await env.publish(funding.SUPPORT_CASE_TOPIC, event)
    [mail] = await eventually(lambda: _mail_to(env, user), what="the support case e-mail")
    name = env.registry.snapshots[center].name
    assert (
        mail["Subject"] == f"【广州市制造业创新中心】{name} 的支持事项状态变更：pending_approval → approved"
    )
    assert "省级支持事项" in mail.get_content()


def _scenario_published(deadline: dt.date, created_by: str) -> CloudEvent:
    now = dt.datetime.now(dt.UTC)
    snapshot = scenarios.ScenarioSnapshot(
        id=uuid.uuid4(),
        title="城市道路巡检机器人应用场景",
        description="在中心城区开展道路巡检",
        cluster_code="artificial_intelligence",
        tags=["巡检"],
        district="tianhe",
        publisher="广州市交通运输局",
        budget_amount=Decimal("500000.00"),
        deadline=deadline,
        data_resources=[],
        status="published",
        version=2,
        created_by=created_by,
        published_at=now,
        updated_at=now,
    )
    body = scenarios.ScenarioPublished(scenario=snapshot, published_by=created_by)
    return CloudEvent(
        source=scenarios.SOURCE,
        type=scenarios.SCENARIO_PUBLISHED,
        subject=str(snapshot.id),
        data=body.model_dump(mode="json"),
    )


async def _deadline(env: NotificationsEnv, ref_id: str) -> Deadline | None:
    async with env.sessionmaker() as session:
        found: Deadline | None = await session.scalar(
            select(Deadline).where(Deadline.ref_id == uuid.UUID(ref_id))
        )
        return found


async def _run_scheduler(env: NotificationsEnv, today: dt.date) -> int:
    async with env.sessionmaker() as session, session.begin():
        return await send_due_reminders(session, env.settings, today=today)


async def test_a_scenario_deadline_reminder_is_sent_once_however_often_the_scheduler_runs(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()  # of the scenario's cluster (artificial_intelligence)
    user, publisher = _address("bidder"), _address("publisher")
    user_sub, publisher_sub = f"cu-{uuid.uuid4().hex[:6]}", f"sp-{uuid.uuid4().hex[:6]}"
    await env.register(token("center_user", sub=user_sub, center=center), user, "deadline_reminders")
    await env.register(token("scenario_publisher", sub=publisher_sub), publisher, "deadline_reminders")
    today = china_today()
    event = _scenario_published(today + dt.timedelta(days=1), publisher_sub)
    await env.publish(scenarios.SCENARIO_TOPIC, event)
    await eventually(lambda: _deadline(env, str(event.subject)), what="the scenario's deadline")

    assert await _run_scheduler(env, today) >= 2
    assert await _run_scheduler(env, today) == 0
    [mail] = await eventually(lambda: _mail_to(env, user), what="the center user's reminder")
    [to_publisher] = await eventually(lambda: _mail_to(env, publisher), what="the publisher's reminder")
    assert (
        mail["Subject"]
        == "【广州市制造业创新中心】应用场景征集截止提醒：城市道路巡检机器人应用场景（还有 1 天截止）"
    )
    assert to_publisher["Subject"] == mail["Subject"]
    assert (today + dt.timedelta(days=1)).isoformat() in mail.get_content()
    assert await _run_scheduler(env, today) == 0
    assert await _queued_for(env, user_sub) == 1
    assert len(env.mailbox.to(user)) == 1


async def test_a_programme_round_gets_its_seven_day_then_its_one_day_reminder_each_once(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    officer, officer_sub = _address("officer"), f"to-{uuid.uuid4().hex[:6]}"
    await env.register(
        token("talent_officer", sub=officer_sub), officer, "deadline_reminders", "status_changes"
    )
    today = china_today()
    deadline = today + dt.timedelta(days=5)
    body = talent.ProgrammeRoundOpened(
        round_id=uuid.uuid4(),
        programme_id=uuid.uuid4(),
        programme_code="gz_red_kapok",
        programme_name_zh="广州市“红棉计划”",
        programme_level="municipal",
        eligible_levels=["leading"],
        year=today.year,
        opens_on=today,
        deadline=deadline,
        closes_at=dt.datetime.combine(deadline, dt.time(16), dt.UTC),
        created_by="talent_officer-tester",
    )
    event = CloudEvent(
        source=talent.SOURCE,
        type=talent.PROGRAMME_ROUND_OPENED,
        subject=str(body.round_id),
        data=body.model_dump(mode="json"),
    )
    await env.publish(talent.PROGRAMME_ROUND_TOPIC, event)
    await eventually(lambda: _deadline(env, str(body.round_id)), what="the round's deadline")

    await _run_scheduler(env, today)
    await _run_scheduler(env, today + dt.timedelta(days=1))  # still the 7-day reminder's window
    [week] = await eventually(lambda: _mail_to(env, officer), what="the 7-day reminder")
    assert "还有 5 天截止" in week["Subject"]
    assert "人才工程申报截止提醒：广州市“红棉计划”" in week["Subject"]
    await _run_scheduler(env, deadline - dt.timedelta(days=1))
    await _run_scheduler(env, deadline - dt.timedelta(days=1))
    mails = await eventually(lambda: _mail_to(env, officer, count=2), what="the 1-day reminder")
    assert "还有 1 天截止" in mails[1]["Subject"]
    await _run_scheduler(env, deadline + dt.timedelta(days=1))  # past: nothing more
    assert await _queued_for(env, officer_sub) == 2


async def test_each_user_keeps_their_own_preferences(env: NotificationsEnv, token: TokenFactory) -> None:
    tok = token("expert", sub=f"ex-{uuid.uuid4().hex[:6]}")
    problem_of(await env.api.get(PREFERENCES, headers=bearer(tok)), 404, "preference-not-found")
    saved = await env.api.put(
        PREFERENCES,
        json={"email": " li.na@example.cn ", "kinds": ["deadline_reminders", "status_changes"]},
        headers=bearer(tok),
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["email"] == "li.na@example.cn"
    assert saved.json()["kinds"] == ["status_changes", "deadline_reminders"]
    assert saved.json()["role"] == "expert"
    bad = await env.api.put(PREFERENCES, json={"email": "not-an-address", "kinds": []}, headers=bearer(tok))
    problem_of(bad, 422)
    assert (await env.api.delete(PREFERENCES, headers=bearer(tok))).status_code == 204
    problem_of(await env.api.get(PREFERENCES, headers=bearer(tok)), 404)


async def test_an_unqualified_evaluation_is_mailed_and_its_rectification_deadline_reminded(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    center = await env.registry.center(district="panyu")
    user, admin = _address("rectifying"), _address("panyu-admin")
    both = ("status_changes", "deadline_reminders")
    await env.register(token("center_user", sub=f"cu-{uuid.uuid4().hex[:6]}", center=center), user, *both)
    await env.register(
        token("district_admin", sub=f"da-{uuid.uuid4().hex[:6]}", district="panyu"), admin, *both
    )
    today = china_today()
    body = registry.CenterEvaluated(
        center=env.registry.snapshots[center],
        evaluation_id=uuid.uuid4(),
        year=today.year - 1,
        grade="unqualified",
        total_score="52.00",
        rule_version=1,
        concluded_on=today,
        rectification_due=today + dt.timedelta(days=6),
    )
    event = CloudEvent(
        source=registry.SOURCE,
        type=registry.CENTER_EVALUATED,
        subject=center,
        data=body.model_dump(mode="json"),
    )
    await env.publish(registry.CENTER_TOPIC, event)
    [graded] = await eventually(lambda: _mail_to(env, user), what="the evaluation's e-mail")
    assert graded["Subject"].endswith(f"{body.year} 年度评价结果：不合格")
    assert f"请于 {body.rectification_due} 前完成整改" in graded.get_content()
    await eventually(lambda: _deadline(env, str(body.evaluation_id)), what="the rectification deadline")

    await _run_scheduler(env, today)
    for address in (admin, user):
        # The center user may also be reminded of other tests' deadlines (their cluster's scenarios).
        [reminder] = await eventually(lambda a=address: _reminders_to(env, a), what=f"{address}'s reminder")
        title = f"{body.center.name} {body.year} 年度评价整改"
        assert reminder["Subject"] == f"【广州市制造业创新中心】评价整改截止提醒：{title}（还有 6 天截止）"


async def _reminders_to(env: NotificationsEnv, address: str) -> list[Any] | None:
    found = [m for m in env.mailbox.to(address) if "评价整改截止提醒" in m["Subject"]]
    return found or None
