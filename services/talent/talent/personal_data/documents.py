"""Identity documents a talent registers with, and how each is checked.

Mainland resident ID numbers by GB 11643 (``stdnum.cn.ric``: length, birth date, check digit);
the other documents by their issued formats.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from stdnum.cn import ric
from stdnum.exceptions import ValidationError


class DocumentType(enum.StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"


DOCUMENT_LABELS: dict[DocumentType, tuple[str, str]] = {
    DocumentType.RESIDENT_ID: ("居民身份证", "resident identity card"),
    DocumentType.PASSPORT: ("护照", "passport"),
    DocumentType.HK_MACAO_PERMIT: (
        "港澳居民来往内地通行证",
        "Mainland travel permit for Hong Kong and Macao residents",
    ),
    DocumentType.TAIWAN_PERMIT: ("台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"),
    DocumentType.FOREIGN_PERMANENT_RESIDENT: ("外国人永久居留身份证", "foreign permanent resident ID card"),
}

# Each format: its pattern, and what it expects in English and in Chinese.
_FORMATS: dict[DocumentType, tuple[re.Pattern[str], str, str]] = {
    # ICAO 9303 document numbers: up to nine characters in the machine-readable zone, longer in
    # some countries' books; letters and digits only.
    DocumentType.PASSPORT: (
        re.compile(r"[A-Z0-9]{5,17}"),
        "5 to 17 letters and digits",
        "5 至 17 位字母和数字",
    ),
    # H (Hong Kong) or M (Macao) and 8 digits, plus a 2-digit renewal count on older permits.
    DocumentType.HK_MACAO_PERMIT: (
        re.compile(r"[HM]\d{8}(\d{2})?"),
        "H or M and 8 (or 10) digits",
        "H 或 M 加 8（或 10）位数字",
    ),
    # 8 digits since 2015; older permits had 10 (with a renewal count).
    DocumentType.TAIWAN_PERMIT: (re.compile(r"\d{8}(\d{2})?"), "8 (or 10) digits", "8（或 10）位数字"),
    # Three letters and 12 digits (2004 card), or 18 characters starting with 9 (2023 card).
    DocumentType.FOREIGN_PERMANENT_RESIDENT: (
        re.compile(r"[A-Z]{3}\d{12}|9\d{16}[\dX]"),
        "3 letters and 12 digits, or 18 characters starting with 9",
        "3 个字母加 12 位数字，或以 9 开头的 18 位字符",
    ),
}


def normalize(number: str) -> str:
    """Upper case without spaces or separators, the one form stored, hashed and compared."""
    return re.sub(r"[\s-]", "", number).upper()


def problem_with(document_type: DocumentType, number: str) -> tuple[str, str] | None:
    """Why ``number`` (normalized) is not a valid number of that document, in English and in
    Chinese, or None.

    The message never repeats the number: validation errors travel to logs and clients.
    """
    if document_type is DocumentType.RESIDENT_ID:
        return _resident_id_problem(number)
    pattern, expected, expected_zh = _FORMATS[document_type]
    if not pattern.fullmatch(number):
        return (
            f"not a valid {document_type.value} number: expected {expected}",
            f"证件号码格式不正确：应为{expected_zh}",
        )
    new_card = document_type is DocumentType.FOREIGN_PERMANENT_RESIDENT and number.startswith("9")
    if new_card and ric.calc_check_digit(number) != number[-1]:
        return (
            "not a valid foreign_permanent_resident number: its check digit (GB 11643) is wrong",
            "外国人永久居留身份证号码的校验码（GB 11643）不正确",
        )
    return None


def _resident_id_problem(number: str) -> tuple[str, str] | None:
    """GB 11643 as ``stdnum.cn.ric.validate`` checks it, without its birth-place rule: that rule
    wants the region code to have existed in the birth year, but a card carries the code of the
    place of registration when it was issued (440106 天河区 dates from 1985 and is on the cards
    of people born there before), so it refuses real numbers."""
    if len(number) != 18 or not number[:-1].isdigit():
        return (
            "not a valid resident ID number (GB 11643): 17 digits and a check digit (0-9 or X)",
            "居民身份证号码不正确（GB 11643）：应为 17 位数字加 1 位校验码（0-9 或 X）",
        )
    if ric.calc_check_digit(number) != number[-1]:
        return (
            "not a valid resident ID number (GB 11643): the check digit is wrong",
            "居民身份证号码的校验码（GB 11643）不正确",
        )
    try:
        ric.get_birth_date(number)
    except ValidationError:
        return (
            "not a valid resident ID number (GB 11643): digits 7-14 are not a birth date",
            "居民身份证号码不正确（GB 11643）：第 7-14 位不是出生日期",
        )
    return None


def birth_date_on(document_type: DocumentType, number: str) -> dt.date | None:
    """The birth date a resident ID number encodes (to check against the stated one)."""
    if document_type is DocumentType.RESIDENT_ID:
        return ric.get_birth_date(number)
    return None
