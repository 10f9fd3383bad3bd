from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_centers_api_v1_centers_export_get_format import (
    ExportCentersApiV1CentersExportGetFormat,
)
from ...models.export_centers_api_v1_centers_export_get_tier_type_0 import (
    ExportCentersApiV1CentersExportGetTierType0,
)
from ...models.mode import Mode
from ...models.problem import Problem
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_code: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    tier: ExportCentersApiV1CentersExportGetTierType0 | None | Unset = UNSET,
    mode: Mode | None | Unset = UNSET,
    sub_sector_code: None | str | Unset = UNSET,
    sub_sector_listed: bool | None | Unset = UNSET,
    revocation_proposed: bool | None | Unset = UNSET,
    under_rectification: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    format_: ExportCentersApiV1CentersExportGetFormat
    | Unset = ExportCentersApiV1CentersExportGetFormat.CSV,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cluster_code: None | str | Unset
    if isinstance(cluster_code, Unset):
        json_cluster_code = UNSET
    else:
        json_cluster_code = cluster_code
    params["cluster_code"] = json_cluster_code

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, Status):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_tier: None | str | Unset
    if isinstance(tier, Unset):
        json_tier = UNSET
    elif isinstance(tier, ExportCentersApiV1CentersExportGetTierType0):
        json_tier = tier.value
    else:
        json_tier = tier
    params["tier"] = json_tier

    json_mode: None | str | Unset
    if isinstance(mode, Unset):
        json_mode = UNSET
    elif isinstance(mode, Mode):
        json_mode = mode.value
    else:
        json_mode = mode
    params["mode"] = json_mode

    json_sub_sector_code: None | str | Unset
    if isinstance(sub_sector_code, Unset):
        json_sub_sector_code = UNSET
    else:
        json_sub_sector_code = sub_sector_code
    params["sub_sector_code"] = json_sub_sector_code

    json_sub_sector_listed: bool | None | Unset
    if isinstance(sub_sector_listed, Unset):
        json_sub_sector_listed = UNSET
    else:
        json_sub_sector_listed = sub_sector_listed
    params["sub_sector_listed"] = json_sub_sector_listed

    json_revocation_proposed: bool | None | Unset
    if isinstance(revocation_proposed, Unset):
        json_revocation_proposed = UNSET
    else:
        json_revocation_proposed = revocation_proposed
    params["revocation_proposed"] = json_revocation_proposed

    json_under_rectification: bool | None | Unset
    if isinstance(under_rectification, Unset):
        json_under_rectification = UNSET
    else:
        json_under_rectification = under_rectification
    params["under_rectification"] = json_under_rectification

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/centers/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cluster_code: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    tier: ExportCentersApiV1CentersExportGetTierType0 | None | Unset = UNSET,
    mode: Mode | None | Unset = UNSET,
    sub_sector_code: None | str | Unset = UNSET,
    sub_sector_listed: bool | None | Unset = UNSET,
    revocation_proposed: bool | None | Unset = UNSET,
    under_rectification: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    format_: ExportCentersApiV1CentersExportGetFormat
    | Unset = ExportCentersApiV1CentersExportGetFormat.CSV,
) -> Response[Any | Problem]:
    """The centers in the caller's scope as CSV or XLSX, with Chinese headers

    Args:
        cluster_code (None | str | Unset):
        district (None | str | Unset):
        status (None | Status | Unset):
        tier (ExportCentersApiV1CentersExportGetTierType0 | None | Unset):
        mode (Mode | None | Unset):
        sub_sector_code (None | str | Unset): centers linked to this listed sub-sector
        sub_sector_listed (bool | None | Unset): false: the centers whose sub-sector is not in the
            catalogue (for review)
        revocation_proposed (bool | None | Unset): true: centers an annual evaluation proposes to
            revoke (the bureau's queue); false: the others
        under_rectification (bool | None | Unset): true: centers with a 不合格 evaluation awaiting
            its re-check (复核)
        q (None | str | Unset): text in name or sub-sector
        sort (None | str | Unset): created_at (default), updated_at or name; prefix - to reverse
        format_ (ExportCentersApiV1CentersExportGetFormat | Unset):  Default:
            ExportCentersApiV1CentersExportGetFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        cluster_code=cluster_code,
        district=district,
        status=status,
        tier=tier,
        mode=mode,
        sub_sector_code=sub_sector_code,
        sub_sector_listed=sub_sector_listed,
        revocation_proposed=revocation_proposed,
        under_rectification=under_rectification,
        q=q,
        sort=sort,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cluster_code: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    tier: ExportCentersApiV1CentersExportGetTierType0 | None | Unset = UNSET,
    mode: Mode | None | Unset = UNSET,
    sub_sector_code: None | str | Unset = UNSET,
    sub_sector_listed: bool | None | Unset = UNSET,
    revocation_proposed: bool | None | Unset = UNSET,
    under_rectification: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    format_: ExportCentersApiV1CentersExportGetFormat
    | Unset = ExportCentersApiV1CentersExportGetFormat.CSV,
) -> Any | Problem | None:
    """The centers in the caller's scope as CSV or XLSX, with Chinese headers

    Args:
        cluster_code (None | str | Unset):
        district (None | str | Unset):
        status (None | Status | Unset):
        tier (ExportCentersApiV1CentersExportGetTierType0 | None | Unset):
        mode (Mode | None | Unset):
        sub_sector_code (None | str | Unset): centers linked to this listed sub-sector
        sub_sector_listed (bool | None | Unset): false: the centers whose sub-sector is not in the
            catalogue (for review)
        revocation_proposed (bool | None | Unset): true: centers an annual evaluation proposes to
            revoke (the bureau's queue); false: the others
        under_rectification (bool | None | Unset): true: centers with a 不合格 evaluation awaiting
            its re-check (复核)
        q (None | str | Unset): text in name or sub-sector
        sort (None | str | Unset): created_at (default), updated_at or name; prefix - to reverse
        format_ (ExportCentersApiV1CentersExportGetFormat | Unset):  Default:
            ExportCentersApiV1CentersExportGetFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        cluster_code=cluster_code,
        district=district,
        status=status,
        tier=tier,
        mode=mode,
        sub_sector_code=sub_sector_code,
        sub_sector_listed=sub_sector_listed,
        revocation_proposed=revocation_proposed,
        under_rectification=under_rectification,
        q=q,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cluster_code: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    tier: ExportCentersApiV1CentersExportGetTierType0 | None | Unset = UNSET,
    mode: Mode | None | Unset = UNSET,
    sub_sector_code: None | str | Unset = UNSET,
    sub_sector_listed: bool | None | Unset = UNSET,
    revocation_proposed: bool | None | Unset = UNSET,
    under_rectification: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    format_: ExportCentersApiV1CentersExportGetFormat
    | Unset = ExportCentersApiV1CentersExportGetFormat.CSV,
) -> Response[Any | Problem]:
    """The centers in the caller's scope as CSV or XLSX, with Chinese headers

    Args:
        cluster_code (None | str | Unset):
        district (None | str | Unset):
        status (None | Status | Unset):
        tier (ExportCentersApiV1CentersExportGetTierType0 | None | Unset):
        mode (Mode | None | Unset):
        sub_sector_code (None | str | Unset): centers linked to this listed sub-sector
        sub_sector_listed (bool | None | Unset): false: the centers whose sub-sector is not in the
            catalogue (for review)
        revocation_proposed (bool | None | Unset): true: centers an annual evaluation proposes to
            revoke (the bureau's queue); false: the others
        under_rectification (bool | None | Unset): true: centers with a 不合格 evaluation awaiting
            its re-check (复核)
        q (None | str | Unset): text in name or sub-sector
        sort (None | str | Unset): created_at (default), updated_at or name; prefix - to reverse
        format_ (ExportCentersApiV1CentersExportGetFormat | Unset):  Default:
            ExportCentersApiV1CentersExportGetFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        cluster_code=cluster_code,
        district=district,
        status=status,
        tier=tier,
        mode=mode,
        sub_sector_code=sub_sector_code,
        sub_sector_listed=sub_sector_listed,
        revocation_proposed=revocation_proposed,
        under_rectification=under_rectification,
        q=q,
        sort=sort,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cluster_code: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    status: None | Status | Unset = UNSET,
    tier: ExportCentersApiV1CentersExportGetTierType0 | None | Unset = UNSET,
    mode: Mode | None | Unset = UNSET,
    sub_sector_code: None | str | Unset = UNSET,
    sub_sector_listed: bool | None | Unset = UNSET,
    revocation_proposed: bool | None | Unset = UNSET,
    under_rectification: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    format_: ExportCentersApiV1CentersExportGetFormat
    | Unset = ExportCentersApiV1CentersExportGetFormat.CSV,
) -> Any | Problem | None:
    """The centers in the caller's scope as CSV or XLSX, with Chinese headers

    Args:
        cluster_code (None | str | Unset):
        district (None | str | Unset):
        status (None | Status | Unset):
        tier (ExportCentersApiV1CentersExportGetTierType0 | None | Unset):
        mode (Mode | None | Unset):
        sub_sector_code (None | str | Unset): centers linked to this listed sub-sector
        sub_sector_listed (bool | None | Unset): false: the centers whose sub-sector is not in the
            catalogue (for review)
        revocation_proposed (bool | None | Unset): true: centers an annual evaluation proposes to
            revoke (the bureau's queue); false: the others
        under_rectification (bool | None | Unset): true: centers with a 不合格 evaluation awaiting
            its re-check (复核)
        q (None | str | Unset): text in name or sub-sector
        sort (None | str | Unset): created_at (default), updated_at or name; prefix - to reverse
        format_ (ExportCentersApiV1CentersExportGetFormat | Unset):  Default:
            ExportCentersApiV1CentersExportGetFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_code=cluster_code,
            district=district,
            status=status,
            tier=tier,
            mode=mode,
            sub_sector_code=sub_sector_code,
            sub_sector_listed=sub_sector_listed,
            revocation_proposed=revocation_proposed,
            under_rectification=under_rectification,
            q=q,
            sort=sort,
            format_=format_,
        )
    ).parsed
