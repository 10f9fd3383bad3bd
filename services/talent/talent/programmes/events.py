"""The events of programme rounds: a round entered, with its deadline, for whoever reminds centers."""

from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts import talent as contract
from talent.events import publish
from talent.programmes.deadline import closes_at
from talent.programmes.models import ProgrammeRound


async def round_opened(session: AsyncSession, round_: ProgrammeRound) -> None:
    """Stage ``ProgrammeRoundOpened`` in the round's own transaction; needs its programme loaded."""
    programme = round_.programme
    body = contract.ProgrammeRoundOpened(
        round_id=round_.id,
        programme_id=programme.id,
        programme_code=programme.code,
        programme_name_zh=programme.name_zh,
        programme_level=programme.level,
        eligible_levels=list(programme.eligible_levels),
        year=round_.year,
        opens_on=round_.opens_on,
        deadline=round_.deadline,
        closes_at=closes_at(round_.deadline),
        created_by=round_.created_by,
    )
    await publish(
        session,
        topic=contract.PROGRAMME_ROUND_TOPIC,
        type_=contract.PROGRAMME_ROUND_OPENED,
        key=round_.id,
        body=body,
    )
