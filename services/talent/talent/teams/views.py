"""A team as responses show it: its members by name and level (no personal data)."""

from talent.talents.models import Talent
from talent.talents.schemas import Level, Origin
from talent.teams.models import Team
from talent.teams.schemas import TeamMemberOut, TeamOut


def team_out(team: Team, members: list[Talent]) -> TeamOut:
    return TeamOut(
        id=team.id,
        center_id=team.center_id,
        name=team.name,
        research_field=team.research_field,
        description=team.description,
        leader_id=team.leader_id,
        members=[
            TeamMemberOut(talent_id=t.id, name=t.name, level=Level(t.level), is_leader=t.id == team.leader_id)
            for t in members
        ],
        origin=Origin(team.origin),
        introduced_from=team.introduced_from,
        formed_on=team.formed_on,
        version=team.version,
        created_by=team.created_by,
        created_at=team.created_at,
        updated_at=team.updated_at,
    )
