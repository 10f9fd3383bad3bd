"""Programme progress against the targets of `二` (20 municipal centers, 2 upgraded, by 2027), and
the talent its centers gathered (`三(六)`)."""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.lifecycle import Status
from registry.programme import repository
from registry.programme.schemas import ProgrammeProgress, TargetProgress
from registry.talent_figures.schemas import TalentFigures


@dataclass(frozen=True)
class Metric:
    """Which centers a target counts. The plan says "建设…市级制造业创新中心": a center counts
    from approval (筹建, plaque awarded) on, while it is approved or operating; revoked,
    rejected and withdrawn centers never count."""

    statuses: tuple[str, ...]
    tiers: tuple[str, ...]
    description: str


_BUILT = (Status.APPROVED.value, Status.OPERATING.value)
METRICS: dict[str, Metric] = {
    "centers_built": Metric(
        _BUILT,
        ("municipal", "provincial", "national"),
        "centers approved or operating, whatever their tier now",
    ),
    "centers_upgraded": Metric(
        _BUILT, ("provincial", "national"), "centers approved or operating at provincial tier or above"
    ),
}


def percent(actual: int, target: int) -> Decimal:
    if target <= 0:
        return Decimal("100.0")
    return (Decimal(actual) * 100 / Decimal(target)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


async def progress(session: AsyncSession, *, today: dt.date) -> ProgrammeProgress:
    lines = []
    for target in await repository.targets(session):
        metric = METRICS[target.metric]
        actual = await repository.count_centers(session, statuses=metric.statuses, tiers=metric.tiers)
        lines.append(
            TargetProgress(
                code=target.code,
                title_zh=target.title_zh,
                title_en=target.title_en,
                clause=target.clause,
                target=target.target_value,
                deadline=target.deadline,
                actual=actual,
                percent=percent(actual, target.target_value),
                met=actual >= target.target_value,
                counts=metric.description,
            )
        )
    by_status = await repository.counts_by(session, "status")
    return ProgrammeProgress(
        as_of=today,
        targets=lines,
        total_centers=sum(by_status.values()),
        by_tier=await repository.counts_by(session, "tier"),
        by_status=by_status,
        by_cluster=await repository.counts_by(session, "cluster_code"),
        by_district=await repository.counts_by(session, "district"),
        talent_by_year={
            year: TalentFigures(**sums)
            for year, sums in (await repository.talent_sums_by_year(session)).items()
        },
    )
