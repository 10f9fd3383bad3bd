"""Unified social credit code (统一社会信用代码) check per GB 32100-2015, for every service that
takes one (registry's organizations, funding's investees and makers, scenarios' companies)."""

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 symbols: no I, O, S, V, Z
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def check_digit(first17: str) -> str:
    """The 18th character for the first seventeen."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalize_uscc(code: str) -> str:
    """USCCs are compared and stored upper-case without surrounding white space."""
    return code.strip().upper()


def uscc_problem(code: str) -> str | None:
    """Why ``code`` is not a valid USCC, or None when it is."""
    if len(code) != 18:
        return "a unified social credit code has 18 characters"
    if any(ch not in _VALUE for ch in code):
        return "only digits and capital letters other than I, O, S, V, Z are allowed"
    if not code[2:8].isdigit():
        return "characters 3-8 must be the administrative division code (digits)"
    if check_digit(code[:17]) != code[17]:
        return "the check digit (18th character) is wrong"
    return None
