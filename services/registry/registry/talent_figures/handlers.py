"""Keep the talent figures read model current from every ``talent.center-figures`` event."""

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from registry.talent_figures.models import TalentFiguresView
from shared.contracts.talent import CenterFiguresChanged
from shared.events import CloudEvent
from shared.newest_version import newest_version_upsert
from shared.write_together import Rows, write_together


async def on_center_figures_changed(session: AsyncSession, event: CloudEvent) -> None:
    """Each event carries a (center, year)'s whole figures: the newest version wins, so a
    redelivered or late older event changes nothing."""
    figures = CenterFiguresChanged.model_validate(event.data)
    table = TalentFiguresView.__table__
    assert isinstance(table, Table)
    row = {column.name: getattr(figures, column.name) for column in table.columns}
    upsert = newest_version_upsert(session.get_bind().dialect.name, table)
    # Together with the consumer's deferred inbox claim: one round trip.
    await write_together(session, [Rows(upsert, [row])])
