"""What a subscription may point at and listen to: checked once, when it is created."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from urllib.parse import urlsplit

from shared.errors import FieldError, Unprocessable
from shared.event_catalogue import catalogue

LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_target(url: str, *, environment: str) -> str:
    """https with a host and no credentials; plain http only to a loopback address outside
    production (a developer's own receiver). 422 on ``target_url`` otherwise."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    problem: str | None = None
    problem_zh = ""
    if parts.scheme not in ("https", "http") or not host:
        problem, problem_zh = "an absolute https URL", "应为完整的 https 地址"
    elif parts.username or parts.password:
        problem = "a URL without credentials (the signature authenticates the platform)"
        problem_zh = "地址中不能含用户名或密码（平台以签名认证）"
    elif parts.scheme == "http" and (environment == "production" or not _is_loopback(host)):
        problem = "https (plain http only to a loopback address, outside production)"
        problem_zh = "应为 https 地址（仅非生产环境可用本机回环 http 地址）"
    if problem is not None:
        raise Unprocessable(
            f"target_url must be {problem}",
            detail_zh="target_url 须为 https 地址（非生产环境可用本机回环 http 地址），且不含用户名密码",
            errors=[FieldError("target_url", problem, problem_zh)],
        )
    return url


def check_event_types(types: Sequence[str]) -> list[str]:
    """Each type once, in the order given; 422 naming every type the catalogue does not declare."""
    known = catalogue()
    unknown = [t for t in types if t not in known]
    if unknown:
        raise Unprocessable(
            f"unknown event types: {', '.join(unknown)}",
            detail_zh=f"未知的事件类型：{'、'.join(unknown)}",
            errors=[
                FieldError("event_types", f"not in the event catalogue: {t}", f"不在事件目录中：{t}")
                for t in unknown
            ],
        )
    return list(dict.fromkeys(types))
