"""What a response shows of personal data to a caller not entitled to the whole value."""

from __future__ import annotations

MASK = "*"


def mask_document_number(number: str) -> str:
    """``440106199001011234`` → ``4401**********1234``; short numbers (passports, permits) keep
    less: one leading and two trailing characters, so at least half stays hidden."""
    keep_head, keep_tail = (4, 4) if len(number) >= 15 else (1, 2)
    hidden = len(number) - keep_head - keep_tail
    return number[:keep_head] + MASK * hidden + number[-keep_tail:]


def mask_phone(phone: str) -> str:
    """``13812345678`` → ``138****5678``: an 11-digit mainland mobile keeps its carrier prefix and
    last four; any other number keeps only its last four."""
    digits = phone.lstrip("+")
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + MASK * 4 + digits[-4:]
    return MASK * (len(phone) - 4) + phone[-4:]
