"""A talent as a response shows it: personal data masked, or whole for those who may see it."""

from __future__ import annotations

from talent.personal_data.cipher import PersonalDataCipher
from talent.personal_data.documents import DocumentType
from talent.talents.models import Talent
from talent.talents.schemas import Gender, IdDocumentOut, Level, Origin, TalentOut


def talent_out(talent: Talent, unmasked_with: PersonalDataCipher | None = None) -> TalentOut:
    """The masked forms unless ``unmasked_with`` is given (the caller logs that read)."""
    if unmasked_with is None:
        number, phone = talent.id_number_masked, talent.phone_masked
    else:
        number, phone = unmasked_with.open(talent.id_number_sealed), unmasked_with.open(talent.phone_sealed)
    return TalentOut(
        id=talent.id,
        center_id=talent.center_id,
        name=talent.name,
        gender=Gender(talent.gender),
        birth_date=talent.birth_date,
        nationality=talent.nationality,
        id_document=IdDocumentOut(type=DocumentType(talent.id_document_type), number=number),
        phone=phone,
        personal_data_masked=unmasked_with is None,
        email=talent.email,
        level=Level(talent.level),
        role=talent.role,
        origin=Origin(talent.origin),
        introduced_from=talent.introduced_from,
        joined_on=talent.joined_on,
        left_on=talent.left_on,
        qualifications=list(talent.qualifications),
        version=talent.version,
        registered_by=talent.registered_by,
        created_at=talent.created_at,
        updated_at=talent.updated_at,
    )
