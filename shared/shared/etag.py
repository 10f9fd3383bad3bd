"""Optimistic concurrency (DESIGN 7): ``ETag`` on reads, ``If-Match`` required on writes."""

import json

from starlette.responses import Response

from shared.errors import PreconditionFailed, PreconditionRequired


def etag_of(version: int) -> str:
    """A strong entity tag for a row's version counter."""
    return f'"{version}"'


def etag_of_body(response: Response) -> str:
    """The tag of the ``version`` in a JSON answer: a create's replay answers the first create's
    body, so its tag comes from that body, not from the row as it is now."""
    return etag_of(json.loads(bytes(response.body))["version"])


def require_match(if_match: str | None, version: int) -> None:
    """428 without ``If-Match``; 412 when none of its tags is the current one (``*`` matches)."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            "send If-Match with the ETag from your last read of this resource",
            detail_zh="请在 If-Match 头中携带最近一次读取得到的 ETag",
        )
    tags = [tag.strip() for tag in if_match.split(",")]
    if "*" in tags or etag_of(version) in tags:
        return
    raise PreconditionFailed(
        f"the resource changed since you read it (now {etag_of(version)}); read it again",
        detail_zh=f"资源在您读取后已被修改（当前 {etag_of(version)}），请重新读取",
    )
