"""The service's one cipher, built from settings at start and handed to routes."""

from typing import Annotated

from fastapi import Depends, Request

from talent.config import TalentSettings
from talent.personal_data.cipher import PersonalDataCipher


def cipher_from(settings: TalentSettings) -> PersonalDataCipher:
    return PersonalDataCipher(
        [k.get_secret_value() for k in settings.personal_data_keys],
        settings.personal_data_index_key.get_secret_value(),
    )


def get_cipher(request: Request) -> PersonalDataCipher:
    cipher: PersonalDataCipher = request.app.state.personal_data_cipher
    return cipher


CipherDep = Annotated[PersonalDataCipher, Depends(get_cipher)]
