"""Use cases on talents. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal
from shared.china_time import china_today
from shared.contracts import talent as contract
from shared.db import Reader, advisory_lock, utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable
from shared.etag import require_match
from talent import access
from talent.events import publish
from talent.figures import service as figures
from talent.personal_data import documents
from talent.personal_data.cipher import PersonalDataCipher
from talent.personal_data.masking import mask_document_number, mask_phone
from talent.talents import repository
from talent.talents.models import Talent
from talent.talents.schemas import Origin, TalentCreate, TalentUpdate

# Centers whose programme is over or never began: no talents are registered to them.
CLOSED_CENTER_STATUSES = frozenset({"rejected", "withdrawn", "revoked"})


# Fields a talent always has: an edit may change them, not empty them.
REQUIRED_ON_EDIT = ("phone", "level", "role", "qualifications")


class TalentNotFound(NotFound):
    code = "talent-not-found"


class TalentExists(Conflict):
    code = "talent-exists"


class CenterClosed(Conflict):
    code = "center-closed"


def _problems(data: TalentCreate, number: str) -> list[FieldError]:
    """Every bad field of a registration at once; messages never repeat the ID number."""
    errors: list[FieldError] = []
    document_type = data.id_document.type
    problem = documents.problem_with(document_type, number)
    if problem:
        errors.append(FieldError("id_document.number", *problem))
    elif documents.birth_date_on(document_type, number) not in (None, data.birth_date):
        errors.append(
            FieldError(
                "birth_date",
                "differs from the birth date the resident ID number encodes",
                "与居民身份证号码中的出生日期不一致",
            )
        )
    if document_type is documents.DocumentType.RESIDENT_ID and data.nationality != "CHN":
        errors.append(
            FieldError(
                "nationality",
                "a resident ID card holder's nationality is CHN",
                "居民身份证持有人的国籍应为 CHN",
            )
        )
    today = china_today()
    if data.birth_date >= today:
        errors.append(FieldError("birth_date", "a birth date lies in the past", "出生日期应早于今天"))
    if data.joined_on > today:
        errors.append(FieldError("joined_on", "cannot be in the future", "不能是将来的日期"))
    if data.origin is Origin.INTRODUCED and data.introduced_from is None:
        errors.append(
            FieldError(
                "introduced_from",
                "required for an introduced talent: where they came from",
                "引进人才须填写来源地",
            )
        )
    if data.origin is Origin.TRAINED and data.introduced_from is not None:
        errors.append(
            FieldError(
                "introduced_from", "only an introduced talent came from elsewhere", "只有引进人才填写来源地"
            )
        )
    return errors


async def register_talent(
    session: AsyncSession, principal: Principal, cipher: PersonalDataCipher, data: TalentCreate
) -> Talent:
    """Register a talent of a center, seal their personal data and count them into the center's
    figures for the year they joined."""
    access.require_writer_for(principal, data.center_id)
    number = documents.normalize(data.id_document.number)
    errors = _problems(data, number)
    if errors:
        raise Unprocessable("the talent has invalid data", detail_zh="人才信息校验未通过", errors=errors)
    center = await access.known_center(session, data.center_id)
    if center.status in CLOSED_CENTER_STATUSES:
        raise CenterClosed(
            f"the center is {center.status}: no talents are registered to it",
            detail_zh=f"该创新中心状态为 {center.status}，不能登记人才",
        )
    digest = cipher.digest(data.id_document.type.value, number)
    await advisory_lock(session, f"talent-document:{digest}")
    if await repository.id_by_digest(session, data.id_document.type.value, digest) is not None:
        raise _exists()
    now = utcnow()
    phone = data.phone.replace(" ", "")
    talent = Talent(
        id=uuid.uuid4(),
        center_id=data.center_id,
        name=data.name,
        gender=data.gender.value,
        birth_date=data.birth_date,
        nationality=data.nationality,
        id_document_type=data.id_document.type.value,
        id_number_sealed=cipher.seal(number),
        id_number_masked=mask_document_number(number),
        id_number_digest=digest,
        phone_sealed=cipher.seal(phone),
        phone_masked=mask_phone(phone),
        sealed_with=cipher.active_key_id,
        email=data.email,
        level=data.level.value,
        role=data.role,
        origin=data.origin.value,
        introduced_from=data.introduced_from,
        joined_on=data.joined_on,
        left_on=None,
        qualifications=list(data.qualifications),
        version=1,
        registered_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(talent)
    try:
        await session.flush()
    except IntegrityError as exc:  # the advisory lock makes this a last line of defence
        raise _exists() from exc
    await figures.count(session, talent.center_id, talent.joined_on.year, data.origin.value)
    body = contract.TalentRegistered(
        talent_id=talent.id,
        center_id=talent.center_id,
        level=talent.level,
        origin=talent.origin,
        joined_on=talent.joined_on,
        registered_at=now,
    )
    await publish(
        session, topic=contract.TALENT_TOPIC, type_=contract.TALENT_REGISTERED, key=talent.id, body=body
    )
    return talent


def _not_found(talent_id: uuid.UUID) -> TalentNotFound:
    return TalentNotFound(f"no talent {talent_id} in your scope", detail_zh=f"您的范围内没有人才 {talent_id}")


def _exists() -> TalentExists:
    # No id: the caller may not be entitled to the record (another center's talent).
    return TalentExists(
        "a talent with this identity document is already registered; move them by editing that record",
        detail_zh="持该证件的人才已登记，请修改已有记录",
    )


async def list_talents(
    db: Reader,
    principal: Principal,
    cipher: PersonalDataCipher,
    *,
    limit: int,
    cursor: str | None,
    center_id: uuid.UUID | None,
    level: str | None,
    origin: str | None,
    id_number: str | None,
) -> Sequence[Row[Any]]:
    scope = access.read_scope(principal)
    searched: list[tuple[str, str]] | None = None
    if id_number is not None:
        number = documents.normalize(id_number)
        searched = [(t.value, cipher.digest(t.value, number)) for t in documents.DocumentType]
    return await repository.list_page(
        db,
        scope=scope,
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        level=level,
        origin=origin,
        documents=searched,
    )


async def get_talent(session: AsyncSession, principal: Principal, talent_id: uuid.UUID) -> Talent:
    talent = await repository.get(session, scope=access.read_scope(principal), talent_id=talent_id)
    if talent is None:
        raise _not_found(talent_id)
    return talent


async def update_talent(
    session: AsyncSession,
    principal: Principal,
    cipher: PersonalDataCipher,
    talent_id: uuid.UUID,
    data: TalentUpdate,
    if_match: str | None,
) -> Talent:
    talent = await repository.get(
        session, scope=access.read_scope(principal), talent_id=talent_id, for_update=True
    )
    if talent is None:
        raise _not_found(talent_id)
    access.require_writer_for(principal, talent.center_id)
    require_match(if_match, talent.version)
    changes = data.model_dump(exclude_unset=True)
    cleared = [name for name in REQUIRED_ON_EDIT if name in changes and changes[name] is None]
    errors = [FieldError(name, "cannot be cleared", "不能清空") for name in cleared]
    left_on = changes.get("left_on")
    if left_on is not None and left_on < talent.joined_on:
        errors.append(
            FieldError(
                "left_on",
                f"a talent leaves on or after joining ({talent.joined_on})",
                f"离开日期应不早于加入日期（{talent.joined_on}）",
            )
        )
    if errors:
        raise Unprocessable("the change has invalid data", detail_zh="修改内容校验未通过", errors=errors)
    if data.level is not None:
        talent.level = data.level.value
    for name in ("role", "email", "left_on", "qualifications"):
        if name in changes:
            setattr(talent, name, changes[name])
    if changes.get("phone") is not None:
        phone = changes["phone"].replace(" ", "")
        talent.phone_sealed = cipher.seal(phone)
        talent.phone_masked = mask_phone(phone)
        if talent.sealed_with != cipher.active_key_id:  # one key per row: reseal the other value too
            talent.id_number_sealed = cipher.reseal(talent.id_number_sealed)
            talent.sealed_with = cipher.active_key_id
    talent.version += 1
    talent.updated_at = utcnow()
    await session.flush()
    return talent
