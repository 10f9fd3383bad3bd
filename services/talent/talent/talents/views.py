"""A talent as a response shows it: personal data masked, or whole for those who may see it."""

from __future__ import annotations

from typing import Any

from talent.personal_data.cipher import PersonalDataCipher
from talent.talents.schemas import TalentOut

# What a talent row and a response share, by name.
_PLAIN = (
    "id",
    "center_id",
    "name",
    "gender",
    "birth_date",
    "nationality",
    "email",
    "level",
    "role",
    "origin",
    "introduced_from",
    "joined_on",
    "left_on",
    "qualifications",
    "version",
    "registered_by",
    "created_at",
    "updated_at",
)


def talent_fields(talent: Any, unmasked_with: PersonalDataCipher | None = None) -> dict[str, Any]:
    """A response's fields of a talent (an ORM object or a plain row): the masked forms unless
    ``unmasked_with`` is given (the caller logs that read)."""
    if unmasked_with is None:
        number, phone = talent.id_number_masked, talent.phone_masked
    else:
        number, phone = unmasked_with.open(talent.id_number_sealed), unmasked_with.open(talent.phone_sealed)
    fields = {name: getattr(talent, name) for name in _PLAIN}
    fields["id_document"] = {"type": talent.id_document_type, "number": number}
    fields["phone"] = phone
    fields["personal_data_masked"] = unmasked_with is None
    return fields


def talent_out(talent: Any, unmasked_with: PersonalDataCipher | None = None) -> TalentOut:
    """The response model, validated in pydantic-core from the fields' dict."""
    return TalentOut.model_validate(talent_fields(talent, unmasked_with))
