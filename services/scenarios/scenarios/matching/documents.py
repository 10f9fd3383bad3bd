"""What matching reads of a scenario and of an offering (the service maps its rows to these)."""

from dataclasses import dataclass
from typing import Protocol, TypeAlias
from uuid import UUID

DocumentId: TypeAlias = UUID | str


class Document(Protocol):
    """Either side of a match: a heading, a body of Chinese text, a cluster and tags."""

    @property
    def key(self) -> DocumentId: ...

    @property
    def heading(self) -> str: ...

    @property
    def body(self) -> str: ...

    @property
    def cluster_code(self) -> str: ...

    @property
    def tags(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Scenario:
    """An application scenario (开放应用场景) a department or district published."""

    scenario_id: DocumentId
    title: str
    description: str
    cluster_code: str
    tags: tuple[str, ...] = ()
    district: str | None = None

    @property
    def key(self) -> DocumentId:
        return self.scenario_id

    @property
    def heading(self) -> str:
        return self.title

    @property
    def body(self) -> str:
        return self.description


@dataclass(frozen=True, slots=True)
class Offering:
    """An innovation product or service (创新产品/服务) a center published."""

    offering_id: DocumentId
    center_id: DocumentId
    name: str
    description: str
    cluster_code: str
    tags: tuple[str, ...] = ()
    maturity: str | None = None

    @property
    def key(self) -> DocumentId:
        return self.offering_id

    @property
    def heading(self) -> str:
        return self.name

    @property
    def body(self) -> str:
        return self.description
