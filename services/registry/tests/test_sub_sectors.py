"""Sub-sectors (细分行业领域) as reference data, and how a center's sub-sector text relates to them
(`二`: one center per sub-sector; issue 3 item 1)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from registry.reference.matching import Names, clashes, keys_of, match, normalize
from shared.contracts.registry import CENTER_UPDATED
from shared.testing.fixtures import TokenFactory, bearer
from tests.flows import center_payload, create_center, create_sub_sector, outbox_of, sub_sector_payload
from tests.problems import error_fields, problem_of
from tests.stack import Stack


async def post_center(stack: Stack, tok: str, **overrides: Any) -> httpx.Response:
    return await stack.registry.post("/api/v1/centers", json=center_payload(**overrides), headers=bearer(tok))


async def read(stack: Stack, path: str, tok: str | None = None) -> tuple[dict[str, Any], str]:
    response = await stack.registry.get(path, headers=bearer(tok) if tok else {})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body, response.headers.get("ETag", "")


async def patch(stack: Stack, tok: str, path: str, body: dict[str, Any], etag: str | None) -> httpx.Response:
    headers = {**bearer(tok), **({"If-Match": etag} if etag is not None else {})}
    return await stack.registry.patch(path, json=body, headers=headers)


def tag() -> str:
    return uuid.uuid4().hex[:6]


# Matching, pure.


def test_normalize_folds_width_case_and_spaces_only() -> None:
    assert normalize("  Ｓolid-State\u3000 BATTERIES ") == "solid-state batteries"
    assert normalize("固态电池") == normalize(" 固态电池　")
    assert normalize("全固态电池") != normalize("固态电池")


def test_an_entry_is_named_by_its_code_and_both_names() -> None:
    entry = Names(code="solid_state_battery", name_zh="固态电池", name_en="Solid-state batteries")
    assert keys_of(entry) == {"solid_state_battery", "固态电池", "solid-state batteries"}
    for text in ("SOLID_STATE_BATTERY", " 固态电池 ", "solid-state  Batteries"):
        assert match(text, [entry]) is entry
    assert match("固态锂电池", [entry]) is None


def test_a_clash_is_a_shared_code_or_name_with_another_entry() -> None:
    entry = Names(code="a", name_zh="固态电池", name_en="Solid-state batteries")
    other = Names(code="b", name_zh="电池", name_en="SOLID-STATE BATTERIES")
    assert clashes(entry, [entry, other]) == [(other, {"solid-state batteries"})]
    assert clashes(entry, [Names(code="c", name_zh="氢能", name_en="Hydrogen")]) == []


# The catalogue.


async def test_the_seeded_catalogue_splits_the_clusters_the_plan_names_in_two(stack: Stack) -> None:
    body, _ = await read(stack, "/api/v1/sub-sectors?cluster_code=intelligent_connected_nev")
    seeded = {(s["code"], s["name_zh"], s["name_en"], s["version"]) for s in body["items"]}
    assert {
        ("intelligent_connected_vehicles", "智能网联汽车", "Intelligent connected vehicles", 1),
        ("new_energy_vehicles", "新能源汽车", "New energy vehicles", 1),
    } <= seeded
    everything, _ = await read(stack, "/api/v1/sub-sectors")
    by_code = {s["code"]: s for s in everything["items"]}
    assert (by_code["integrated_circuits"]["cluster_code"], by_code["integrated_circuits"]["name_zh"]) == (
        "semiconductor_ic",
        "集成电路",
    )
    assert (by_code["gene"]["cluster_code"], by_code["gene"]["name_en"]) == ("cell_gene", "Gene")
    clusters, _ = await read(stack, "/api/v1/industries")
    assert {s["cluster_code"] for s in everything["items"]} <= {i["code"] for i in clusters["items"]}
    one, etag = await read(stack, "/api/v1/sub-sectors/new_display")
    assert (one["cluster_code"], one["name_zh"], etag) == ("uhd_video_new_display", "新型显示", '"1"')
    problem_of(await stack.registry.get("/api/v1/sub-sectors/no_such_thing"), 404)


async def test_a_municipal_admin_lists_a_sub_sector_and_renames_it_under_if_match_with_a_log(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="director-chen")
    created = await create_sub_sector(
        stack.registry, admin, "new_energy_storage", name_zh=f"钠离子电池{tag()}"
    )
    assert created["version"] == 1
    path = f"/api/v1/sub-sectors/{created['code']}"
    _, etag = await read(stack, path)
    problem_of(await patch(stack, admin, path, {"name_en": "Sodium-ion"}, None), 428)
    problem_of(await patch(stack, admin, path, {"name_en": "Sodium-ion"}, '"7"'), 412)
    renamed = await patch(stack, admin, path, {"name_en": "Sodium-ion batteries"}, etag)
    assert renamed.status_code == 200, renamed.text
    assert (renamed.json()["name_en"], renamed.json()["version"], renamed.headers["ETag"]) == (
        "Sodium-ion batteries",
        2,
        '"2"',
    )
    problem_of(await patch(stack, admin, path, {"cluster_code": "biomanufacturing"}, '"2"'), 422)
    problem_of(await patch(stack, admin, path, {"name_zh": None}, '"2"'), 422)
    log = await stack.registry.get(
        "/api/v1/reference-changes",
        params={"entity": "sub_sector", "code": created["code"]},
        headers=bearer(admin),
    )
    updated, made = log.json()["items"]
    assert (made["action"], made["before"], made["actor"]) == ("created", None, "director-chen")
    assert made["after"]["cluster_code"] == "new_energy_storage"
    assert (updated["action"], updated["before"]["name_en"], updated["after"]["name_en"]) == (
        "updated",
        created["name_en"],
        "Sodium-ion batteries",
    )
    assert updated["after"]["version"] == 2


async def test_only_a_municipal_admin_edits_sub_sectors(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    existing = await create_sub_sector(stack.registry, admin)
    path = f"/api/v1/sub-sectors/{existing['code']}"
    for tok in (
        token("district_admin", district="huangpu"),
        token("center_user", center=str(uuid.uuid4())),
        token("expert"),
    ):
        response = await stack.registry.post(
            "/api/v1/sub-sectors", json=sub_sector_payload(), headers=bearer(tok)
        )
        problem_of(response, 403, "forbidden")
        problem_of(await patch(stack, tok, path, {"name_en": "x"}, '"1"'), 403, "forbidden")
    assert (await stack.registry.post("/api/v1/sub-sectors", json=sub_sector_payload())).status_code == 401
    assert (await read(stack, path))[0]["version"] == 1


async def test_codes_and_names_never_clash_within_a_cluster(stack: Stack, admin: str) -> None:
    first = await create_sub_sector(stack.registry, admin, "semiconductor_ic")
    again = await stack.registry.post(
        "/api/v1/sub-sectors",
        json=sub_sector_payload("biomanufacturing", code=first["code"]),
        headers=bearer(admin),
    )
    problem_of(again, 409)
    same_name = await stack.registry.post(
        "/api/v1/sub-sectors",
        json=sub_sector_payload(
            "semiconductor_ic", name_zh=f"other{tag()}", name_en=first["name_en"].upper()
        ),
        headers=bearer(admin),
    )
    body = problem_of(same_name, 409, "sub-sector-name-taken")
    assert body["clashing_codes"] == [first["code"]]
    # A name that is another entry's code clashes too: a center's text would name both.
    code_as_name = await stack.registry.post(
        "/api/v1/sub-sectors",
        json=sub_sector_payload("semiconductor_ic", name_en=first["code"]),
        headers=bearer(admin),
    )
    problem_of(code_as_name, 409, "sub-sector-name-taken")
    elsewhere = await create_sub_sector(stack.registry, admin, "biomanufacturing", name_en=first["name_en"])
    assert elsewhere["cluster_code"] == "biomanufacturing"
    second = await create_sub_sector(stack.registry, admin, "semiconductor_ic")
    path = f"/api/v1/sub-sectors/{second['code']}"
    problem_of(
        await patch(stack, admin, path, {"name_zh": first["name_zh"]}, '"1"'), 409, "sub-sector-name-taken"
    )
    assert (await read(stack, path))[0]["version"] == 1


async def test_bad_sub_sector_bodies_are_422_naming_each_field(stack: Stack, admin: str) -> None:
    unknown = await stack.registry.post(
        "/api/v1/sub-sectors", json=sub_sector_payload("no_such_cluster"), headers=bearer(admin)
    )
    assert error_fields(problem_of(unknown, 422)) == {"cluster_code"}
    blank = await stack.registry.post(
        "/api/v1/sub-sectors",
        json=sub_sector_payload(code="Not A Code", name_zh="  ", extra="x"),
        headers=bearer(admin),
    )
    assert {"code", "name_zh", "extra"} <= error_fields(problem_of(blank, 422))


async def test_the_same_idempotency_key_lists_a_sub_sector_once(stack: Stack, admin: str) -> None:
    payload = sub_sector_payload()
    headers = {**bearer(admin), "Idempotency-Key": f"sub-sector-{uuid.uuid4()}"}
    first = await stack.registry.post("/api/v1/sub-sectors", json=payload, headers=headers)
    again = await stack.registry.post("/api/v1/sub-sectors", json=payload, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    log = await stack.registry.get(
        "/api/v1/reference-changes", params={"code": payload["code"]}, headers=bearer(admin)
    )
    assert [c["action"] for c in log.json()["items"]] == ["created"]


# Centers and the catalogue.


async def test_a_center_naming_a_listed_sub_sector_by_code_or_name_links_to_it(
    stack: Stack, admin: str
) -> None:
    listed = await create_sub_sector(stack.registry, admin)
    spelled = "　" + listed["name_en"].upper().replace(" ", "  ")  # full-width space, other case
    center = await create_center(stack.registry, admin, ready_for_approval=False, sub_sector=spelled)
    assert (center["sub_sector"], center["sub_sector_code"], center["sub_sector_listed"]) == (
        spelled.strip(),
        listed["code"],
        True,
    )
    shown, _ = await read(stack, f"/api/v1/centers/{center['id']}", admin)
    assert (shown["sub_sector_code"], shown["sub_sector_listed"]) == (listed["code"], True)
    (created,) = await outbox_of(stack, center["id"])
    assert created.envelope["data"]["center"]["sub_sector_code"] == listed["code"]
    # The same sub-sector in another cluster is another sub-sector: unlisted there.
    other = await create_center(
        stack.registry,
        admin,
        ready_for_approval=False,
        sub_sector=listed["name_zh"],
        cluster_code="biomanufacturing",
    )
    assert (other["sub_sector_code"], other["sub_sector_listed"]) == (None, False)


async def test_one_center_per_listed_sub_sector_whatever_name_or_code_it_is_given_by(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="director-li")
    district = token("district_admin", district="huangpu")
    listed = await create_sub_sector(stack.registry, admin)
    first = await post_center(stack, admin, sub_sector=listed["name_zh"])
    assert first.status_code == 201, first.text
    for spelling in (listed["code"], listed["name_en"], f" {listed['name_zh']} "):
        refused = problem_of(await post_center(stack, district, sub_sector=spelling), 409, "sub-sector-taken")
        assert refused["existing_center_ids"] == [first.json()["id"]]
        assert refused["sub_sector_code"] == listed["code"]
    overridden = problem_of(
        await post_center(stack, district, sub_sector=listed["code"], override_justification="区里需要"),
        409,
        "sub-sector-taken",
    )
    assert overridden["existing_center_ids"] == [first.json()["id"]]
    justified = await post_center(
        stack, admin, sub_sector=listed["code"], override_justification="两条技术路线，经专题会研究同意"
    )
    assert justified.status_code == 201, justified.text
    assert (justified.json()["sub_sector_code"], justified.json()["override_by"]) == (
        listed["code"],
        "director-li",
    )
    # A text that names no listed sub-sector is another sub-sector, even if it looks close.
    near = await post_center(stack, district, sub_sector="全" + listed["name_zh"])
    assert (near.status_code, near.json()["sub_sector_listed"]) == (201, False)


async def test_an_unlisted_sub_sector_is_accepted_marked_and_compared_by_normalized_text(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    text = f"Perovskite 光伏 {tag()}"
    first = await post_center(stack, admin, sub_sector=text, cluster_code="new_energy_storage")
    assert first.status_code == 201, first.text
    assert (
        first.json()["sub_sector"],
        first.json()["sub_sector_code"],
        first.json()["sub_sector_listed"],
    ) == (
        text,
        None,
        False,
    )
    fullwidth = text.upper().replace("PEROVSKITE", "ＰＥＲＯＶＳＫＩＴＥ").replace(" ", "\u3000")
    refused = await post_center(stack, admin, sub_sector=fullwidth, cluster_code="new_energy_storage")
    assert problem_of(refused, 409, "sub-sector-taken")["existing_center_ids"] == [first.json()["id"]]
    justified = await post_center(
        stack, admin, sub_sector=fullwidth, cluster_code="new_energy_storage", override_justification="理由"
    )
    assert justified.status_code == 201, justified.text
    review = await stack.registry.get(
        "/api/v1/centers",
        params={"sub_sector_listed": "false", "cluster_code": "new_energy_storage", "limit": 200},
        headers=bearer(admin),
    )
    assert {first.json()["id"], justified.json()["id"]} <= {c["id"] for c in review.json()["items"]}
    assert all(c["sub_sector_listed"] is False for c in review.json()["items"])
    listed_only = await stack.registry.get(
        "/api/v1/centers", params={"sub_sector_listed": "true", "limit": 200}, headers=bearer(admin)
    )
    assert first.json()["id"] not in {c["id"] for c in listed_only.json()["items"]}
    assert all(c["sub_sector_listed"] is True for c in listed_only.json()["items"])


async def test_listing_a_sub_sector_links_the_unlisted_centers_that_named_it(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="director-wu")
    name = f"钠离子电池{tag()}"
    center = (await post_center(stack, admin, sub_sector=name, cluster_code="new_energy_storage")).json()
    untouched = (await post_center(stack, admin, sub_sector=name)).json()  # another cluster
    assert center["sub_sector_listed"] is False
    listed = await create_sub_sector(stack.registry, admin, "new_energy_storage", name_zh=name)
    shown, etag = await read(stack, f"/api/v1/centers/{center['id']}", admin)
    assert (shown["sub_sector"], shown["sub_sector_code"], shown["sub_sector_listed"]) == (
        name,
        listed["code"],
        True,
    )
    assert (shown["version"], etag) == (center["version"] + 1, f'"{center["version"] + 1}"')
    (updated,) = await outbox_of(stack, center["id"], CENTER_UPDATED)
    assert updated.envelope["data"]["changed_fields"] == ["sub_sector_code"]
    assert updated.envelope["data"]["actor"] == "director-wu"
    assert updated.envelope["data"]["center"]["sub_sector_code"] == listed["code"]
    assert (await read(stack, f"/api/v1/centers/{untouched['id']}", admin))[0]["sub_sector_listed"] is False
    # Now listed, the rule compares by the link: the code is taken.
    refused = await post_center(stack, admin, sub_sector=listed["code"], cluster_code="new_energy_storage")
    assert problem_of(refused, 409, "sub-sector-taken")["existing_center_ids"] == [center["id"]]


async def test_renaming_keeps_links_and_links_the_centers_that_now_match(stack: Stack, admin: str) -> None:
    listed = await create_sub_sector(stack.registry, admin, "rail_transit")
    linked = (
        await post_center(stack, admin, sub_sector=listed["name_zh"], cluster_code="rail_transit")
    ).json()
    new_name = f"磁悬浮{tag()}"
    waiting = (await post_center(stack, admin, sub_sector=new_name, cluster_code="rail_transit")).json()
    assert waiting["sub_sector_listed"] is False
    renamed = await patch(stack, admin, f"/api/v1/sub-sectors/{listed['code']}", {"name_zh": new_name}, '"1"')
    assert renamed.status_code == 200, renamed.text
    after_linked, etag = await read(stack, f"/api/v1/centers/{linked['id']}", admin)
    assert (after_linked["sub_sector_code"], after_linked["version"]) == (listed["code"], linked["version"])
    assert (await read(stack, f"/api/v1/centers/{waiting['id']}", admin))[0]["sub_sector_code"] == listed[
        "code"
    ]
    # Editing another field of a center keeps its link, though its text is the old name now.
    edited = await patch(stack, admin, f"/api/v1/centers/{linked['id']}", {"name": f"改名{tag()}"}, etag)
    assert edited.status_code == 200, edited.text
    assert (edited.json()["sub_sector"], edited.json()["sub_sector_code"]) == (
        listed["name_zh"],
        listed["code"],
    )


async def test_a_municipal_admin_re_maps_an_unlisted_center_by_patch(stack: Stack, admin: str) -> None:
    listed = await create_sub_sector(stack.registry, admin, "fashion_consumer_goods")
    center = (
        await post_center(stack, admin, sub_sector=f"潮玩{tag()}", cluster_code="fashion_consumer_goods")
    ).json()
    path = f"/api/v1/centers/{center['id']}"
    _, etag = await read(stack, path, admin)
    moved = await patch(stack, admin, path, {"sub_sector": listed["name_en"]}, etag)
    assert moved.status_code == 200, moved.text
    assert (
        moved.json()["sub_sector"],
        moved.json()["sub_sector_code"],
        moved.json()["sub_sector_listed"],
    ) == (
        listed["name_en"],
        listed["code"],
        True,
    )
    (updated,) = await outbox_of(stack, center["id"], CENTER_UPDATED)
    assert set(updated.envelope["data"]["changed_fields"]) == {"sub_sector", "sub_sector_code"}
    # A second center re-mapped into the same listed sub-sector needs a municipal justification.
    other = (
        await post_center(stack, admin, sub_sector=f"美妆{tag()}", cluster_code="fashion_consumer_goods")
    ).json()
    other_path = f"/api/v1/centers/{other['id']}"
    _, other_etag = await read(stack, other_path, admin)
    refused = await patch(stack, admin, other_path, {"sub_sector": listed["code"]}, other_etag)
    assert problem_of(refused, 409, "sub-sector-taken")["existing_center_ids"] == [center["id"]]
    assert (await read(stack, other_path, admin))[0]["sub_sector_listed"] is False
    justified = await patch(
        stack,
        admin,
        other_path,
        {"sub_sector": listed["code"], "override_justification": "确需两家"},
        other_etag,
    )
    assert justified.status_code == 200, justified.text
    assert justified.json()["sub_sector_code"] == listed["code"]
