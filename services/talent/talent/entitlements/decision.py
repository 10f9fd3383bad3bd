"""What the entitlements in force say of one talent level and service, and why: pure, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from talent.entitlements.schemas import KIND_LABELS, Entitlement, ServiceKind
from talent.talents.schemas import LEVEL_LABELS, Level


@dataclass(frozen=True)
class Judgement:
    entitlement: Entitlement
    version: int
    # Set when the version refuses the service: the reason in English and in Chinese.
    refusal_en: str | None = None
    refusal_zh: str | None = None


@dataclass(frozen=True)
class EntitlementsInForce:
    """One version's whole table as plain values, as a request on a given day is judged by it."""

    version: int
    effective_from: dt.date
    clause: str
    table: Mapping[tuple[Level, ServiceKind], Entitlement]

    def judge(self, level: Level, kind: ServiceKind) -> Judgement:
        """The cell of ``level`` × ``kind``; a cell the version lacks (a level added after it was
        published) goes to a person, never a guess."""
        entitlement = self.table.get((level, kind), Entitlement.REVIEW)
        if entitlement is not Entitlement.NOT_ENTITLED:
            return Judgement(entitlement, self.version)
        level_zh, level_en = LEVEL_LABELS[level]
        kind_zh, kind_en = KIND_LABELS[kind]
        return Judgement(
            entitlement,
            self.version,
            refusal_en=f"a {level_en} ({level.value}) is not entitled to {kind_en} support ({kind.value}) "
            f"under service entitlements v{self.version}, in force from {self.effective_from}, "
            f"which apply clause {self.clause} of the work plan",
            refusal_zh=f"{level_zh}不在{kind_zh}支持的保障范围内（依据工作方案{self.clause}，"
            f"人才服务保障第 {self.version} 版，{self.effective_from} 起施行）",
        )
