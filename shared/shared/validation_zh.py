"""Chinese for pydantic's validation errors, by error ``type`` (issue 21: ``errors[].message`` in
zh-CN when asked).

Pydantic writes its messages in English only; its error ``type`` and ``ctx`` are stable, so each
known type gets a Chinese sentence filled from ``ctx``. A type not in the table still gets Chinese
(naming the field), never pydantic's English. A validator of ours says its refusal in both
languages by raising ``ZhValueError``; pydantic keeps the exception in ``ctx["error"]``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


class ZhValueError(ValueError):
    """A validator's refusal in English (``str(exc)``, pydantic's message) and in Chinese."""

    def __init__(self, message: str, zh: str) -> None:
        super().__init__(message)
        self.zh = zh


# pydantic-core error types (https://docs.pydantic.dev/latest/errors/validation_errors/);
# ``{name}`` fields come from the error's ``ctx``.
MESSAGES_ZH: Mapping[str, str] = {
    "missing": "必填字段",
    "extra_forbidden": "不允许的字段",
    "string_type": "应为字符串",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不符合要求",
    "string_unicode": "应为合法的 Unicode 字符串",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数，不能带小数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "decimal_type": "应为十进制数",
    "decimal_parsing": "应为十进制数",
    "decimal_max_digits": "最多 {max_digits} 位数字",
    "decimal_max_places": "最多 {decimal_places} 位小数",
    "decimal_whole_digits": "整数部分最多 {whole_digits} 位",
    "finite_number": "应为有限数值",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应大于或等于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应小于或等于 {le}",
    "multiple_of": "应为 {multiple_of} 的倍数",
    "bool_type": "应为布尔值",
    "bool_parsing": "应为布尔值（true 或 false）",
    "enum": "应为以下值之一：{expected}",
    "literal_error": "应为以下值之一：{expected}",
    "uuid_type": "应为 UUID",
    "uuid_parsing": "应为合法的 UUID",
    "uuid_version": "UUID 版本应为 {expected_version}",
    "date_type": "应为日期",
    "date_parsing": "应为合法的日期（YYYY-MM-DD）",
    "date_from_datetime_parsing": "应为合法的日期（YYYY-MM-DD）",
    "date_from_datetime_inexact": "日期不能带时间部分",
    "date_past": "应为过去的日期",
    "date_future": "应为将来的日期",
    "datetime_type": "应为日期时间",
    "datetime_parsing": "应为合法的日期时间（ISO 8601）",
    "datetime_from_date_parsing": "应为合法的日期时间（ISO 8601）",
    "datetime_object_invalid": "日期时间不合法",
    "datetime_past": "应为过去的时间",
    "datetime_future": "应为将来的时间",
    "timezone_naive": "不能带时区",
    "timezone_aware": "应带时区",
    "time_type": "应为时间",
    "time_parsing": "应为合法的时间",
    "time_delta_type": "应为时间长度",
    "time_delta_parsing": "应为合法的时间长度",
    "list_type": "应为数组",
    "tuple_type": "应为数组",
    "set_type": "应为数组",
    "frozen_set_type": "应为数组",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "dataclass_type": "应为对象",
    "json_invalid": "不是合法的 JSON",
    "json_type": "应为 JSON 字符串",
    "url_type": "应为网址",
    "url_parsing": "应为合法的网址",
    "url_scheme": "网址协议应为 {expected_schemes}",
    "url_too_long": "网址最长 {max_length} 个字符",
    "value_error": "值不合法",
    "assertion_error": "值不合法",
    "union_tag_invalid": "类型标记应为以下值之一：{expected_tags}",
    "union_tag_not_found": "缺少类型标记字段 {discriminator}",
    "bytes_type": "应为字节串",
    "bytes_too_short": "至少 {min_length} 个字节",
    "bytes_too_long": "最多 {max_length} 个字节",
    "none_required": "应为 null",
    "is_instance_of": "类型不正确",
    "no_such_attribute": "不允许的字段",
    "frozen_field": "该字段不可修改",
    "frozen_instance": "不可修改",
}


def fallback_zh(field: str) -> str:
    """For an error without a Chinese sentence of its own: Chinese that names the field."""
    return f"字段 {field} 的值不符合要求" if field else "值不符合要求"


def message_zh(error: Mapping[str, Any], field: str) -> str:
    """The Chinese message of one pydantic error (an item of ``ValidationError.errors()``)."""
    ctx = error.get("ctx") or {}
    raised = ctx.get("error")
    if isinstance(raised, ZhValueError):
        return raised.zh
    template = MESSAGES_ZH.get(str(error.get("type", "")))
    if template is None:
        return fallback_zh(field)
    try:
        return template.format(**{k: _value(v) for k, v in ctx.items()})
    except (KeyError, IndexError):
        return fallback_zh(field)


def _value(value: Any) -> str:
    """A ``ctx`` value as pydantic shows it, its English list (``'a', 'b' or 'c'``) joined by 、."""
    return "、".join(re.split(r", | or ", str(value)))
