"""List filters that name reference data must name an entry that exists (DESIGN 7): an unknown
district, cluster or sub-sector is a 422 naming the parameter, never a page that matches nothing.

Lists call :func:`refuse_unknown` only when their page came back empty: the rows they filter
refer to reference data by foreign key, so one row on the page proves that every value it
matched is known, and a read that finds something stays one round trip.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import InstrumentedAttribute

from registry.reference import repository
from registry.reference.exceptions import UnknownReference
from registry.reference.models import District, Industry, SubSector
from shared.db import Reader
from shared.errors import FieldError


@dataclass(frozen=True)
class Kind:
    """One kind of reference data, by its code column, with its name in both languages."""

    code: InstrumentedAttribute[str]
    name_en: str
    name_zh: str


INDUSTRY = Kind(Industry.code, "cluster or industry", "产业集群或未来产业")
SUB_SECTOR = Kind(SubSector.code, "sub-sector", "细分行业领域")
DISTRICT = Kind(District.code, "district", "区")
ENTITIES: dict[str, Kind] = {"industry": INDUSTRY, "sub_sector": SUB_SECTOR, "district": DISTRICT}

# The filters every list spells the same way, and the reference data each one names.
BY_PARAMETER: dict[str, Sequence[Kind]] = {
    "cluster_code": (INDUSTRY,),
    "sub_sector_code": (SUB_SECTOR,),
    "district": (DISTRICT,),
}


async def refuse_unknown(
    db: Reader,
    values: Mapping[str, str | None],
    *,
    kinds: Mapping[str, Sequence[Kind]] = BY_PARAMETER,
) -> None:
    """Refuse every given filter value (by parameter name) that none of its kinds has, in one query."""
    given = {parameter: value for parameter, value in values.items() if value is not None}
    if not given:
        return
    known = await repository.known_codes(
        db,
        {parameter: (value, [kind.code for kind in kinds[parameter]]) for parameter, value in given.items()},
    )
    unknown = [parameter for parameter in given if not known[parameter]]
    if not unknown:
        return
    errors = [
        FieldError(
            p,
            f"unknown {' or '.join(k.name_en for k in kinds[p])}: {given[p]}",
            f"未知的{'或'.join(k.name_zh for k in kinds[p])}：{given[p]}",
        )
        for p in unknown
    ]
    raise UnknownReference(
        "; ".join(e.message for e in errors),
        detail_zh="；".join(e.message_zh or "" for e in errors),
        errors=errors,
    )
