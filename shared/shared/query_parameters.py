"""Unknown query parameters are refused (DESIGN 7): a 422 naming each one, never ignored.

A misspelt or unsupported filter that is silently dropped answers with everything, and the
client believes it filtered. ``create_app`` adds :data:`REFUSE_UNKNOWN_QUERY_PARAMETERS` to the
app, so every route of every service knows exactly the query parameters it declares: its own
parameters (by alias, as OpenAPI names them), those of its dependencies, and every field of a
query-parameter model (FastAPI spreads those over the query string).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from shared.errors import FieldError, Unprocessable

# Where a route keeps the names it declares once its first request has computed them (routes
# are not hashable, so no dict can key on them).
_DECLARED = "_declared_query_parameters"


def _query_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a query-parameter model (``Model`` or ``Model | None``), else None."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        models = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = models[0] if len(models) == 1 else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _query_names(dependant: Dependant) -> Iterator[str]:
    for param in dependant.query_params:
        model = _query_model(param.field_info.annotation)
        if model is None:
            yield param.alias
        else:
            yield from (info.alias or name for name, info in model.model_fields.items())
    for sub in dependant.dependencies:
        yield from _query_names(sub)


def declared_query_parameters(route: APIRoute) -> frozenset[str]:
    """Every query parameter name the route accepts."""
    declared: frozenset[str] | None = route.__dict__.get(_DECLARED)
    if declared is None:
        declared = route.__dict__[_DECLARED] = frozenset(_query_names(route.dependant))
    return declared


async def refuse_unknown_query_parameters(request: Request) -> None:
    """An app-wide dependency (async: a plain one would hop to the thread pool per request)."""
    route = request.scope.get("route")
    if not request.scope.get("query_string") or not isinstance(route, APIRoute):
        return
    declared = declared_query_parameters(route)
    unknown = [name for name in request.query_params if name not in declared]
    if not unknown:
        return
    names, accepted = ", ".join(unknown), sorted(declared)
    if accepted:
        detail = f"unknown query parameter: {names}; this route accepts {', '.join(accepted)}"
        detail_zh = f"不支持的查询参数：{names}；此接口可用的查询参数：{'、'.join(accepted)}"
    else:
        detail = f"unknown query parameter: {names}; this route takes no query parameters"
        detail_zh = f"不支持的查询参数：{names}；此接口不接受查询参数"
    raise Unprocessable(
        detail,
        detail_zh=detail_zh,
        errors=[FieldError(name, "unknown query parameter", "不支持的查询参数") for name in unknown],
    )


REFUSE_UNKNOWN_QUERY_PARAMETERS = Depends(refuse_unknown_query_parameters)
