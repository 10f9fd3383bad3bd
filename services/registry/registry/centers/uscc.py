"""Unified social credit code (统一社会信用代码) check per GB 32100-2015: the one in ``shared``."""

from shared.uscc import ALPHABET, WEIGHTS, check_digit, uscc_problem, uscc_problem_zh

__all__ = ["ALPHABET", "WEIGHTS", "check_digit", "uscc_problem", "uscc_problem_zh"]
