"""Documents of a center or of one of its actions (issue 3, item 5): upload, list, read, download,
in-process against real PostgreSQL and the real broker, with the content in a temporary directory."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import func, select

from registry.documents.exceptions import UnsupportedDocumentType
from registry.documents.filetypes import OLE2, identify
from registry.documents.models import Document
from registry.documents.upload import MULTIPART_ALLOWANCE, clean_filename
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import create_center
from tests.problems import problem_of
from tests.stack import Stack, running_stack

# Small, so that refusing an oversized file costs the tests little.
LIMIT = 256 * 1024
# The service-wide body limit, below the upload limit: uploads are limited by LIMIT alone.
BODY_LIMIT = 64 * 1024
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def document_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("documents")


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, broker: LocalBroker, document_dir: Path
) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(),
        broker.bootstrap_servers,
        services=("registry",),
        document_dir=str(document_dir),
        max_document_bytes=LIMIT,
        max_body_bytes=BODY_LIMIT,
    ) as running:
        yield running


@pytest.fixture(scope="module")
def admin(token: TokenFactory) -> str:
    return token("municipal_admin", sub="city-officer")


@pytest.fixture
async def center(stack: Stack, admin: str) -> dict[str, Any]:
    """A fresh draft center in huangpu."""
    return await create_center(stack.registry, admin, ready_for_approval=False)


def pdf(size: int = 4096) -> bytes:
    body = b"%PDF-1.7\n" + os.urandom(max(size - 16, 0)) + b"\n%%EOF\n"
    return body[:size]


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


async def upload(
    client: httpx.AsyncClient,
    tok: str,
    center_id: str,
    *,
    content: bytes | None = None,
    filename: str = "可行性研究报告.pdf",
    content_type: str = "application/pdf",
    headers: dict[str, str] | None = None,
    **fields: str,
) -> httpx.Response:
    return await client.post(
        f"/api/v1/centers/{center_id}/documents",
        files={"file": (filename, pdf() if content is None else content, content_type)},
        data=fields,
        headers={**bearer(tok), **(headers or {})},
    )


async def uploaded(client: httpx.AsyncClient, tok: str, center_id: str, **kwargs: Any) -> dict[str, Any]:
    response = await upload(client, tok, center_id, **kwargs)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def rows_of(stack: Stack, center_id: str) -> int:
    """How many document rows the center has (straight from the database)."""
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(Document).where(Document.center_id == uuid.UUID(center_id))
        )
        return int(count or 0)


def files_in(root: Path) -> set[Path]:
    """Every file under the document directory, staging included."""
    return {p for p in root.rglob("*") if p.is_file()}


async def history_of(client: httpx.AsyncClient, tok: str, center_id: str) -> list[dict[str, Any]]:
    response = await client.get(f"/api/v1/centers/{center_id}/history", headers=bearer(tok))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


# Upload and download.


async def test_a_pdf_upload_returns_its_metadata_and_downloads_byte_for_byte(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    content = pdf(10_000)
    body = await uploaded(stack.registry, admin, center["id"], content=content, title=" 可行性研究报告 ")
    assert body["center_id"] == center["id"]
    assert body["action_id"] is None
    assert body["filename"] == "可行性研究报告.pdf"
    assert body["content_type"] == "application/pdf"
    assert body["size"] == len(content)
    assert body["sha256"] == hashlib.sha256(content).hexdigest()
    assert body["title"] == "可行性研究报告"
    assert body["uploaded_by"] == "city-officer"
    assert body["uploaded_at"].endswith("Z") or body["uploaded_at"].endswith("+00:00")
    sha = body["sha256"]
    assert (document_dir / sha[:2] / sha[2:4] / sha).read_bytes() == content

    meta = await stack.registry.get(f"/api/v1/documents/{body['id']}", headers=bearer(admin))
    assert meta.status_code == 200, meta.text
    assert meta.json() == body

    download = await stack.registry.get(f"/api/v1/documents/{body['id']}/content", headers=bearer(admin))
    assert download.status_code == 200, download.text
    assert download.content == content
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-length"] == str(len(content))
    assert download.headers["x-content-type-options"] == "nosniff"
    disposition = download.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=UTF-8''{quote('可行性研究报告.pdf')}" in disposition


@pytest.mark.parametrize(
    ("filename", "content", "declared", "stored"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png", "image/png"),
        ("现场照片.JPG", b"\xff\xd8\xff\xe0" + b"\0" * 64, "image/jpeg", "image/jpeg"),
        ("章程.doc", OLE2 + b"\0" * 504, "application/msword", "application/msword"),
        ("章程.docx", docx(), DOCX, DOCX),
        ("批复.ofd", docx(), "application/octet-stream", "application/ofd"),
    ],
)
async def test_images_and_office_files_are_accepted_with_the_canonical_type(
    stack: Stack,
    admin: str,
    center: dict[str, Any],
    filename: str,
    content: bytes,
    declared: str,
    stored: str,
) -> None:
    body = await uploaded(
        stack.registry, admin, center["id"], content=content, filename=filename, content_type=declared
    )
    assert body["content_type"] == stored
    download = await stack.registry.get(f"/api/v1/documents/{body['id']}/content", headers=bearer(admin))
    assert download.content == content
    assert download.headers["content-type"] == stored


async def test_the_same_content_twice_makes_two_documents_and_one_file(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    content = pdf()
    before = files_in(document_dir)
    first = await uploaded(stack.registry, admin, center["id"], content=content, filename="a.pdf")
    second = await uploaded(stack.registry, admin, center["id"], content=content, filename="b.pdf")
    assert first["id"] != second["id"]
    assert first["sha256"] == second["sha256"]
    assert len(files_in(document_dir) - before) == 1
    assert await rows_of(stack, center["id"]) == 2


async def test_a_document_attached_to_an_action_is_listed_in_the_center_history(
    stack: Stack, admin: str, center: dict[str, Any]
) -> None:
    submitted = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/actions/submit", json={"comment": "申报"}, headers=bearer(admin)
    )
    assert submitted.status_code == 200, submitted.text
    (action,) = await history_of(stack.registry, admin, center["id"])
    assert action["documents"] == []

    attached = await uploaded(stack.registry, admin, center["id"], action_id=action["id"], title="申报书")
    loose = await uploaded(stack.registry, admin, center["id"])
    assert attached["action_id"] == action["id"]

    (action,) = await history_of(stack.registry, admin, center["id"])
    assert action["documents"] == [attached["id"]]

    listed = await stack.registry.get(
        f"/api/v1/centers/{center['id']}/documents", params={"action_id": action["id"]}, headers=bearer(admin)
    )
    assert [d["id"] for d in listed.json()["items"]] == [attached["id"]]
    everything = await stack.registry.get(f"/api/v1/centers/{center['id']}/documents", headers=bearer(admin))
    assert [d["id"] for d in everything.json()["items"]] == [attached["id"], loose["id"]]


async def test_the_list_pages_oldest_first(stack: Stack, admin: str, center: dict[str, Any]) -> None:
    ids = [(await uploaded(stack.registry, admin, center["id"]))["id"] for _ in range(3)]
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = await stack.registry.get(
            f"/api/v1/centers/{center['id']}/documents", params=params, headers=bearer(admin)
        )
        assert page.status_code == 200, page.text
        seen += [d["id"] for d in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == ids


async def test_an_idempotent_retry_returns_the_first_document_and_stores_nothing_more(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    content = pdf()
    key = {"Idempotency-Key": f"upload-{uuid.uuid4()}"}
    first = await upload(stack.registry, admin, center["id"], content=content, headers=key)
    assert first.status_code == 201, first.text
    files = files_in(document_dir)
    again = await upload(stack.registry, admin, center["id"], content=content, headers=key)
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert await rows_of(stack, center["id"]) == 1
    assert files_in(document_dir) == files

    other = await upload(stack.registry, admin, center["id"], content=pdf(), headers=key)
    problem_of(other, 422, "validation-failed")
    assert await rows_of(stack, center["id"]) == 1
    assert files_in(document_dir) == files


# Refusals: nothing is stored.


async def test_a_file_just_over_the_limit_is_413_and_nothing_is_stored(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    before = files_in(document_dir)
    response = await upload(stack.registry, admin, center["id"], content=pdf(LIMIT + 1))
    body = problem_of(response, 413, "document-too-large")
    assert body["max_bytes"] == LIMIT
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before
    exactly = await upload(stack.registry, admin, center["id"], content=pdf(LIMIT))
    assert exactly.status_code == 201, exactly.text


async def test_uploads_pass_the_service_wide_body_limit_that_other_routes_keep(
    stack: Stack, admin: str, center: dict[str, Any]
) -> None:
    assert BODY_LIMIT < 3 * BODY_LIMIT < LIMIT
    document = await uploaded(stack.registry, admin, center["id"], content=pdf(3 * BODY_LIMIT))
    assert document["size"] == 3 * BODY_LIMIT
    too_large = await stack.registry.post(
        "/api/v1/centers", json={"name_zh": "x" * BODY_LIMIT}, headers=bearer(admin)
    )
    body = problem_of(too_large, 413, "content-too-large")
    assert body["max_bytes"] == BODY_LIMIT
    assert too_large.headers["x-content-type-options"] == "nosniff"


async def test_an_announced_length_over_the_limit_is_refused_before_the_body_is_read(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    before = files_in(document_dir)
    response = await upload(stack.registry, admin, center["id"], content=pdf(LIMIT + MULTIPART_ALLOWANCE + 1))
    problem_of(response, 413, "document-too-large")
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


async def test_a_streamed_upload_is_cut_off_as_soon_as_it_passes_the_limit(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    """Without a Content-Length (chunked), the server stops reading once the file passes the limit."""
    boundary = uuid.uuid4().hex
    chunk, chunks = 16 * 1024, 4 * LIMIT // (16 * 1024)
    sent = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal sent
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n%PDF-"
        ).encode()
        sent += len(head)
        yield head
        for _ in range(chunks):
            sent += chunk
            yield b"\0" * chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    before = files_in(document_dir)
    response = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/documents",
        content=body(),
        headers={**bearer(admin), "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    problem_of(response, 413, "document-too-large")
    assert LIMIT < sent <= LIMIT + 2 * chunk < chunks * chunk
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


@pytest.mark.parametrize(
    ("filename", "content", "declared"),
    [
        ("setup.exe", b"MZ\x90\x00" + b"\0" * 100, "application/x-msdownload"),
        ("报告.pdf", "这是一个文本文件".encode(), "application/pdf"),
        ("setup.pdf", b"MZ\x90\x00" + b"\0" * 100, "application/pdf"),
        ("notes.txt", pdf(), "text/plain"),
        ("no-extension", pdf(), "application/pdf"),
        ("report.pdf", pdf(), "text/html"),
        ("logo.png", pdf(), "image/png"),
        ("章程.docx", OLE2 + b"\0" * 504, DOCX),
    ],
)
async def test_a_file_that_is_not_what_it_claims_is_415_and_nothing_is_stored(
    stack: Stack,
    admin: str,
    center: dict[str, Any],
    document_dir: Path,
    filename: str,
    content: bytes,
    declared: str,
) -> None:
    before = files_in(document_dir)
    response = await upload(
        stack.registry, admin, center["id"], content=content, filename=filename, content_type=declared
    )
    problem_of(response, 415, "unsupported-document-type")
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


async def test_an_empty_file_is_422_and_nothing_is_stored(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    before = files_in(document_dir)
    response = await upload(stack.registry, admin, center["id"], content=b"")
    body = problem_of(response, 422, "empty-document")
    assert body["errors"] == [{"field": "file", "message": "empty"}]
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


async def test_an_upload_without_a_file_or_not_multipart_is_refused(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    before = files_in(document_dir)
    url = f"/api/v1/centers/{center['id']}/documents"
    no_file = await stack.registry.post(url, files={"title": (None, "只有标题")}, headers=bearer(admin))
    assert {e["field"] for e in problem_of(no_file, 422)["errors"]} == {"file"}
    unknown = await upload(stack.registry, admin, center["id"], colour="red")
    assert {e["field"] for e in problem_of(unknown, 422)["errors"]} == {"colour"}
    json_body = await stack.registry.post(url, json={"file": "x"}, headers=bearer(admin))
    problem_of(json_body, 415, "multipart-required")
    truncated = await stack.registry.post(
        url,
        content=b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        headers={**bearer(admin), "Content-Type": "multipart/form-data; boundary=b0undary"},
    )
    problem_of(truncated, 400, "malformed-multipart")
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


async def test_a_malformed_action_id_or_an_overlong_title_is_422(
    stack: Stack, admin: str, center: dict[str, Any]
) -> None:
    response = await upload(stack.registry, admin, center["id"], action_id="not-a-uuid", title="标" * 201)
    assert {e["field"] for e in problem_of(response, 422)["errors"]} == {"action_id", "title"}
    assert await rows_of(stack, center["id"]) == 0


async def test_an_action_of_another_center_is_422_and_nothing_is_stored(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    other = await create_center(stack.registry, admin, ready_for_approval=False)
    submitted = await stack.registry.post(
        f"/api/v1/centers/{other['id']}/actions/submit", json={}, headers=bearer(admin)
    )
    assert submitted.status_code == 200, submitted.text
    (foreign,) = await history_of(stack.registry, admin, other["id"])
    before = files_in(document_dir)
    for action_id in (foreign["id"], str(uuid.uuid4())):
        response = await upload(stack.registry, admin, center["id"], action_id=action_id)
        body = problem_of(response, 422, "validation-failed")
        assert {e["field"] for e in body["errors"]} == {"action_id"}
    assert await rows_of(stack, center["id"]) == 0
    assert files_in(document_dir) == before


# Access: the center's own rules.


async def test_the_district_admin_of_the_center_uploads_and_reads(
    stack: Stack, token: TokenFactory, center: dict[str, Any]
) -> None:
    district = token("district_admin", sub="huangpu-officer", district=center["district"])
    body = await uploaded(stack.registry, district, center["id"])
    assert body["uploaded_by"] == "huangpu-officer"
    listed = await stack.registry.get(f"/api/v1/centers/{center['id']}/documents", headers=bearer(district))
    assert [d["id"] for d in listed.json()["items"]] == [body["id"]]
    download = await stack.registry.get(f"/api/v1/documents/{body['id']}/content", headers=bearer(district))
    assert download.status_code == 200


async def test_a_district_admin_of_another_district_may_not_upload_list_or_download(
    stack: Stack, admin: str, token: TokenFactory, center: dict[str, Any], document_dir: Path
) -> None:
    document = await uploaded(stack.registry, admin, center["id"])
    outsider = token("district_admin", district="tianhe")
    before = files_in(document_dir)
    problem_of(await upload(stack.registry, outsider, center["id"]), 403, "forbidden")
    assert files_in(document_dir) == before
    assert await rows_of(stack, center["id"]) == 1
    for path in (
        f"/api/v1/centers/{center['id']}/documents",
        f"/api/v1/documents/{document['id']}",
        f"/api/v1/documents/{document['id']}/content",
    ):
        problem_of(await stack.registry.get(path, headers=bearer(outsider)), 403, "forbidden")


async def test_a_center_user_works_with_the_documents_of_its_own_center_only(
    stack: Stack, admin: str, token: TokenFactory, center: dict[str, Any]
) -> None:
    own = token("center_user", sub="center-staff", center=center["id"])
    mine = await uploaded(stack.registry, own, center["id"])
    download = await stack.registry.get(f"/api/v1/documents/{mine['id']}/content", headers=bearer(own))
    assert download.status_code == 200

    other = await create_center(stack.registry, admin, ready_for_approval=False)
    theirs = await uploaded(stack.registry, admin, other["id"])
    problem_of(await upload(stack.registry, own, other["id"]), 403, "forbidden")
    for path in (
        f"/api/v1/centers/{other['id']}/documents",
        f"/api/v1/documents/{theirs['id']}",
        f"/api/v1/documents/{theirs['id']}/content",
    ):
        problem_of(await stack.registry.get(path, headers=bearer(own)), 403, "forbidden")
    assert await rows_of(stack, other["id"]) == 1


async def test_a_city_wide_reader_reads_but_does_not_upload(
    stack: Stack, admin: str, token: TokenFactory, center: dict[str, Any]
) -> None:
    expert = token("expert")
    document = await uploaded(stack.registry, admin, center["id"])
    download = await stack.registry.get(f"/api/v1/documents/{document['id']}/content", headers=bearer(expert))
    assert download.status_code == 200
    problem_of(await upload(stack.registry, expert, center["id"]), 403, "forbidden")


async def test_unknown_centers_and_documents_are_404_and_a_token_is_required(
    stack: Stack, admin: str, center: dict[str, Any]
) -> None:
    problem_of(await upload(stack.registry, admin, str(uuid.uuid4())), 404, "center-not-found")
    missing = await stack.registry.get(f"/api/v1/documents/{uuid.uuid4()}", headers=bearer(admin))
    problem_of(missing, 404, "document-not-found")
    anonymous = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/documents", files={"file": ("a.pdf", pdf(), "application/pdf")}
    )
    problem_of(anonymous, 401)


# Integrity of what is served.


async def test_a_stored_file_that_no_longer_matches_its_hash_is_not_served(
    stack: Stack, admin: str, center: dict[str, Any], document_dir: Path
) -> None:
    document = await uploaded(stack.registry, admin, center["id"], content=pdf())
    sha = document["sha256"]
    path = document_dir / sha[:2] / sha[2:4] / sha
    path.write_bytes(pdf())
    response = await stack.registry.get(f"/api/v1/documents/{document['id']}/content", headers=bearer(admin))
    problem_of(response, 500, "document-content-lost")
    path.unlink()
    response = await stack.registry.get(f"/api/v1/documents/{document['id']}/content", headers=bearer(admin))
    problem_of(response, 500, "document-content-lost")


# Pure rules (no I/O).


def test_the_extension_the_declared_type_and_the_magic_bytes_must_agree() -> None:
    assert identify("a.PDF", "application/pdf; charset=binary", b"%PDF-1.7").media_type == "application/pdf"
    assert identify("a.pdf", None, b"%PDF-1.4").media_type == "application/pdf"
    assert identify("a.xls", "application/octet-stream", OLE2).media_type == "application/vnd.ms-excel"
    for filename, declared, head in (
        ("a.pdf", "application/pdf", b"%PDX"),
        ("a.pdf", "image/png", b"%PDF-1.7"),
        (".pdf", "application/pdf", b"%PDF-1.7"),
        ("a.xlsx", None, OLE2),
    ):
        with pytest.raises(UnsupportedDocumentType):
            identify(filename, declared, head)


def test_an_uploaded_file_name_loses_its_path_and_control_characters() -> None:
    assert clean_filename("C:\\fakepath\\报告.pdf") == "报告.pdf"
    assert clean_filename("../../etc/passwd") == "passwd"
    assert clean_filename("a\r\nb.pdf") == "ab.pdf"
    assert clean_filename("%22quoted%22.pdf") == '"quoted".pdf'
    long = clean_filename("长" * 300 + ".docx")
    assert len(long) == 255
    assert long.endswith(".docx")
