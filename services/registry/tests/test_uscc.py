"""Unified social credit codes (统一社会信用代码) per GB 32100-2015."""

from __future__ import annotations

import pytest

from registry.centers.uscc import ALPHABET, WEIGHTS, check_digit, uscc_problem, uscc_problem_zh

# Published codes of real organizations; each checked against the standard's algorithm.
KNOWN_VALID = [
    "91350100M000100Y43",
    "91110000600037341L",
    "91440300708461136T",
    "91110108551385082Q",
]


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_known_valid_codes_pass(code: str) -> None:
    assert uscc_problem(code) is None
    assert check_digit(code[:17]) == code[17]


def test_the_alphabet_has_31_symbols_without_i_o_s_v_z() -> None:
    assert len(ALPHABET) == 31
    assert len(set(ALPHABET)) == 31
    assert not set("IOSVZ") & set(ALPHABET)
    assert len(WEIGHTS) == 17


def test_weights_are_powers_of_three_modulo_31() -> None:
    assert list(WEIGHTS) == [pow(3, i, 31) for i in range(17)]


def test_the_check_digit_makes_the_weighted_sum_a_multiple_of_31() -> None:
    body = "91440101000000001"
    digit = check_digit(body)
    values = [ALPHABET.index(ch) for ch in body]
    assert (sum(v * w for v, w in zip(values, WEIGHTS, strict=True)) + ALPHABET.index(digit)) % 31 == 0


def test_a_weighted_sum_already_divisible_by_31_gives_check_digit_zero() -> None:
    assert check_digit("0" * 17) == "0"
    assert uscc_problem("0" * 18) is None


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_every_other_check_character_is_refused(code: str) -> None:
    for wrong in ALPHABET.replace(code[17], ""):
        assert uscc_problem(code[:17] + wrong) == "the check digit (18th character) is wrong"


def test_swapping_two_characters_is_caught() -> None:
    code = "91110000600037341L"
    swapped = code[:12] + code[13] + code[12] + code[14:]
    assert swapped != code
    assert uscc_problem(swapped) == "the check digit (18th character) is wrong"


@pytest.mark.parametrize(
    "code", ["", "9135010", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100Y43 "]
)
def test_a_code_that_is_not_18_characters_is_refused(code: str) -> None:
    assert uscc_problem(code) == "a unified social credit code has 18 characters"


@pytest.mark.parametrize("letter", list("IOSVZ"))
def test_the_forbidden_letters_are_refused(letter: str) -> None:
    code = "91350100M000100Y43"
    with_letter = code[:8] + letter + code[9:]
    assert uscc_problem(with_letter) == "only digits and capital letters other than I, O, S, V, Z are allowed"


@pytest.mark.parametrize("code", ["91350100m000100y43", "91350100M00010-Y43", "９1350100M000100Y43"])
def test_lower_case_punctuation_and_full_width_characters_are_refused(code: str) -> None:
    assert uscc_problem(code) == "only digits and capital letters other than I, O, S, V, Z are allowed"


@pytest.mark.parametrize("position", range(2, 8))
def test_a_letter_in_the_division_code_is_refused(position: int) -> None:
    body = list("91350100M000100Y4")
    body[position] = "A"
    first17 = "".join(body)
    # A correct check digit, so only the division code is wrong.
    code = first17 + check_digit(first17)
    assert uscc_problem(code) == "characters 3-8 must be the administrative division code (digits)"


def test_letters_are_allowed_in_the_organization_code_part() -> None:
    first17 = "91440101" + "MA5CX1234"
    code = first17 + check_digit(first17)
    assert uscc_problem(code) is None


def test_check_digit_needs_exactly_17_characters() -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - zip(strict=True) names no message worth matching
        check_digit("9135010")


@pytest.mark.parametrize("code", ["123", "91440101MA59ABCDEI", "91ABCDEF0MA59ABCDE", "91440101MA59ABCDE0"])
def test_each_problem_is_said_in_chinese_too(code: str) -> None:
    """The zh-CN ``errors[].message`` of an invalid code (issue 21)."""
    assert uscc_problem(code) is not None
    zh = uscc_problem_zh(code)
    assert zh is not None
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), zh
