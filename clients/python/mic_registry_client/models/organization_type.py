from enum import StrEnum


class OrganizationType(StrEnum):
    ENTERPRISE = "enterprise"
    RESEARCH_INSTITUTE = "research_institute"
    SOCIAL_ORGANIZATION = "social_organization"
    UNIVERSITY = "university"

    def __str__(self) -> str:
        return str(self.value)
