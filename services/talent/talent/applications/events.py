"""The events of applications: an award, announced with no personal data (ids, programme, year)."""

from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts import talent as contract
from talent.applications.models import TalentApplication
from talent.events import publish


async def awarded(session: AsyncSession, application: TalentApplication) -> None:
    """Stage ``ApplicationAwarded`` in the award's transaction; needs round and programme loaded."""
    assert application.awarded_on is not None
    round_ = application.round
    body = contract.ApplicationAwarded(
        application_id=application.id,
        talent_id=application.talent_id,
        center_id=application.center_id,
        programme_code=round_.programme.code,
        programme_level=round_.programme.level,
        round_year=round_.year,
        awarded_on=application.awarded_on,
    )
    await publish(
        session,
        topic=contract.APPLICATION_TOPIC,
        type_=contract.APPLICATION_AWARDED,
        key=application.id,
        body=body,
    )
