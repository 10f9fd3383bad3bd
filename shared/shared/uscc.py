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
    problem = _problem(code)
    return problem[0] if problem else None


def uscc_problem_zh(code: str) -> str | None:
    """``uscc_problem`` in Chinese, for ``FieldError.message_zh``."""
    problem = _problem(code)
    return problem[1] if problem else None


def _problem(code: str) -> tuple[str, str] | None:
    if len(code) != 18:
        return "a unified social credit code has 18 characters", "统一社会信用代码应为 18 位"
    if any(ch not in _VALUE for ch in code):
        return (
            "only digits and capital letters other than I, O, S, V, Z are allowed",
            "只能包含数字和大写字母（不含 I、O、S、V、Z）",
        )
    if not code[2:8].isdigit():
        return (
            "characters 3-8 must be the administrative division code (digits)",
            "第 3-8 位应为行政区划代码（数字）",
        )
    if check_digit(code[:17]) != code[17]:
        return "the check digit (18th character) is wrong", "校验码（第 18 位）不正确"
    return None
