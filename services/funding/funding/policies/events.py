"""Funding's events about policies, written through the outbox in the caller's transaction."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.messaging import outbox
from funding.policies.models import Policy, PolicyVersion
from shared.contracts import funding as contract
from shared.events import CloudEvent


async def _publish(session: AsyncSession, policy: Policy, event_type: str, data: dict[str, object]) -> None:
    event = CloudEvent(source=contract.SOURCE, type=event_type, subject=policy.code, data=data)
    await outbox.add(session, event, topic=contract.POLICY_TOPIC, key=policy.code)


async def policy_created(session: AsyncSession, policy: Policy) -> None:
    body = contract.PolicyCreated(
        code=policy.code,
        title=policy.title,
        clause=policy.clause,
        source=policy.source,
        jurisdiction=policy.jurisdiction,
        created_by=policy.created_by,
        created_at=policy.created_at,
    )
    await _publish(session, policy, contract.POLICY_CREATED, body.model_dump(mode="json"))


async def version_changed(
    session: AsyncSession,
    policy: Policy,
    version: PolicyVersion,
    *,
    actor: str,
    closed: PolicyVersion | None = None,
) -> None:
    """``version_published`` for a published version (naming the one it closed), else ``version_drafted``."""
    published = version.status == "published"
    body = contract.PolicyVersionChanged(
        policy_code=policy.code,
        jurisdiction=policy.jurisdiction,
        version=version.version,
        status=version.status,
        effective_from=version.effective_from,
        effective_to=version.effective_to,
        rule_kind=version.rule_kind,
        parameters=version.parameters,
        clause=version.clause,
        source=version.source,
        actor=actor,
        at=(version.published_at if published and version.published_at else version.created_at),
        closed_previous=None
        if closed is None or closed.effective_to is None
        else contract.ClosedVersion(
            version=closed.version, effective_from=closed.effective_from, effective_to=closed.effective_to
        ),
    )
    event_type = contract.POLICY_VERSION_PUBLISHED if published else contract.POLICY_VERSION_DRAFTED
    await _publish(session, policy, event_type, body.model_dump(mode="json"))
