"""A round as responses show it: with when it closes and whether it has."""

from talent.programmes import deadline
from talent.programmes.models import ProgrammeRound
from talent.programmes.schemas import RoundOut


def round_out(round_: ProgrammeRound) -> RoundOut:
    """Needs the round's programme loaded."""
    return RoundOut(
        id=round_.id,
        programme_id=round_.programme_id,
        programme_code=round_.programme.code,
        year=round_.year,
        opens_on=round_.opens_on,
        deadline=round_.deadline,
        closes_at=deadline.closes_at(round_.deadline),
        closed=deadline.is_closed(round_.deadline),
        created_by=round_.created_by,
        created_at=round_.created_at,
    )
