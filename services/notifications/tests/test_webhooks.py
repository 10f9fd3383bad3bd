"""Webhooks end to end: events published on the broker reach a real HTTP receiver, signed (Standard
Webhooks), retried with backoff, logged, and a subscription that keeps failing is disabled."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from services.notifications.tests.notification_fixtures import DISABLE_AFTER, WEBHOOKS, NotificationsEnv
from shared.consumer import CONSUMED
from shared.contracts import registry as contract
from shared.events import CloudEvent
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.permissions import integration
from shared.testing.services import eventually, runtime_of
from tests.events import upgraded_event
from tests.problems import error_fields, problem_of


async def _log(env: NotificationsEnv, token: TokenFactory, subscription_id: str) -> list[dict[str, Any]]:
    response = await env.api.get(
        f"{WEBHOOKS}/{subscription_id}/deliveries", headers=bearer(token("municipal_admin"))
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _subscription(env: NotificationsEnv, token: TokenFactory, subscription_id: str) -> dict[str, Any]:
    response = await env.api.get(f"{WEBHOOKS}/{subscription_id}", headers=bearer(token("municipal_admin")))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_published_event_reaches_the_subscriber_signed_with_the_secret_shown_once(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    created = await env.subscribe(token, "signed", contract.CENTER_UPGRADED)
    secret = created["secret"]
    assert secret.startswith("whsec_")
    read = await _subscription(env, token, created["id"])
    assert "secret" not in read
    assert read["status"] == "enabled"

    event = upgraded_event()
    await env.publish(contract.CENTER_TOPIC, event)
    [received] = await eventually(lambda: _received(env, "signed"), what="the webhook")

    verified = Webhook(secret).verify(received.body, received.headers)
    assert verified["id"] == str(event.id)
    assert verified["type"] == contract.CENTER_UPGRADED
    assert verified["specversion"] == "1.0"
    assert verified["data"]["center"]["id"] == event.subject
    assert received.headers["content-type"] == "application/cloudevents+json"
    assert received.headers["webhook-id"] == str(event.id)
    assert received.headers["webhook-signature"].startswith("v1,")
    tampered = received.body.replace(b"provincial", b"national")
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(tampered, received.headers)

    [logged] = await eventually(lambda: _delivered(env, token, created["id"]), what="the delivery log")
    assert (logged["attempts"], logged["last_status_code"], logged["last_error"]) == (1, 204, None)
    assert logged["event_id"] == str(event.id)
    assert logged["next_attempt_at"] is None
    assert logged["delivered_at"] is not None


async def test_a_receiver_that_fails_twice_gets_the_event_on_the_third_attempt_and_the_log_says_so(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    env.receiver.plans["flaky"] = [500, 503]
    created = await env.subscribe(token, "flaky", contract.CENTER_UPGRADED)
    event = upgraded_event()
    await env.publish(contract.CENTER_TOPIC, event)

    [logged] = await eventually(lambda: _delivered(env, token, created["id"]), what="the third attempt")
    assert (logged["attempts"], logged["status"], logged["last_status_code"]) == (3, "delivered", 204)
    attempts = env.receiver.received["flaky"]
    assert len(attempts) == 3
    assert {a.headers["webhook-id"] for a in attempts} == {str(event.id)}
    assert (await _subscription(env, token, created["id"]))["consecutive_failures"] == 0


async def test_a_subscription_failing_again_and_again_is_disabled_and_delivers_once_re_enabled(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    env.receiver.plans["down"] = [500] * DISABLE_AFTER
    created = await env.subscribe(token, "down", contract.CENTER_UPGRADED)
    await env.publish(contract.CENTER_TOPIC, upgraded_event())

    async def disabled() -> dict[str, Any] | None:
        subscription = await _subscription(env, token, created["id"])
        return subscription if subscription["status"] == "disabled" else None

    subscription = await eventually(disabled, what="the subscription to be disabled")
    assert subscription["disabled_reason"] == "repeated_failures"
    assert subscription["consecutive_failures"] == DISABLE_AFTER
    [waiting] = await _log(env, token, created["id"])
    assert (waiting["status"], waiting["attempts"], waiting["last_status_code"]) == (
        "pending",
        DISABLE_AFTER,
        500,
    )
    assert "HTTP 500" in waiting["last_error"]
    assert len(env.receiver.received["down"]) == DISABLE_AFTER

    enabled = await env.api.post(
        f"{WEBHOOKS}/{created['id']}/actions/enable", headers=bearer(token("municipal_admin"))
    )
    assert enabled.status_code == 200, enabled.text
    assert (enabled.json()["status"], enabled.json()["consecutive_failures"]) == ("enabled", 0)
    [logged] = await eventually(lambda: _delivered(env, token, created["id"]), what="delivery after enabling")
    assert logged["attempts"] == DISABLE_AFTER + 1


async def test_the_same_event_twice_is_one_delivery_and_an_unknown_type_is_passed_over(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    created = await env.subscribe(token, "once", contract.CENTER_UPGRADED, contract.CENTER_STATUS_CHANGED)
    consumer = runtime_of(env.stack.apps["notifications"]).consumer
    assert consumer is not None
    parked = CONSUMED.labels(consumer.group_id, "dead_lettered")
    parked_before = parked._value.get()
    center_id = uuid.uuid4()
    event = upgraded_event(center_id=center_id)
    await env.publish(contract.CENTER_TOPIC, event)
    await env.publish(contract.CENTER_TOPIC, event)
    unknown = CloudEvent(
        source=contract.SOURCE, type="gz.mic.registry.center.renamed.v9", subject=str(center_id), data={}
    )
    await env.publish(contract.CENTER_TOPIC, unknown)
    # The same key, so the same partition: once this one is delivered, the ones before were handled.
    marker = upgraded_event(center_id=center_id)
    await env.publish(contract.CENTER_TOPIC, marker)

    async def both() -> list[dict[str, Any]] | None:
        logged = await _log(env, token, created["id"])
        return logged if {d["event_id"] for d in logged} == {str(event.id), str(marker.id)} else None

    logged = await eventually(both, what="the event and the marker")
    assert len(logged) == 2
    await eventually(lambda: _received(env, "once", at_least=2), what="both POSTs")
    ids = [r.headers["webhook-id"] for r in env.receiver.received["once"]]
    assert sorted(ids) == sorted([str(event.id), str(marker.id)])
    # Passed over, not failed on: nothing was dead-lettered on the way to the marker.
    assert parked._value.get() == parked_before


async def test_a_disabled_subscription_gets_nothing_and_a_deleted_one_is_gone(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    admin = bearer(token("municipal_admin"))
    created = await env.subscribe(token, "paused", contract.CENTER_UPGRADED)
    disabled = await env.api.post(f"{WEBHOOKS}/{created['id']}/actions/disable", headers=admin)
    assert (disabled.json()["status"], disabled.json()["disabled_reason"]) == ("disabled", "by_request")
    listener = await env.subscribe(token, "listener", contract.CENTER_UPGRADED)
    await env.publish(contract.CENTER_TOPIC, upgraded_event())
    await eventually(lambda: _delivered(env, token, listener["id"]), what="the other subscriber's delivery")
    assert await _log(env, token, created["id"]) == []
    assert env.receiver.received["paused"] == []

    assert (await env.api.delete(f"{WEBHOOKS}/{created['id']}", headers=admin)).status_code == 204
    problem_of(await env.api.get(f"{WEBHOOKS}/{created['id']}", headers=admin), 404, "webhook-not-found")


async def test_a_subscription_needs_https_and_event_types_of_the_catalogue(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    admin = bearer(token("municipal_admin"))
    for url in ("http://hooks.example.cn/mic", "ftp://127.0.0.1/x", "https://user:pw@hooks.example.cn/"):
        body = {"target_url": url, "event_types": [contract.CENTER_UPGRADED]}
        assert "target_url" in error_fields(
            problem_of(await env.api.post(WEBHOOKS, json=body, headers=admin), 422)
        )
    body = {"target_url": "https://hooks.example.cn/mic", "event_types": ["gz.mic.registry.center.flew.v1"]}
    assert "event_types" in error_fields(
        problem_of(await env.api.post(WEBHOOKS, json=body, headers=admin), 422)
    )
    body["event_types"] = [contract.CENTER_UPGRADED, contract.CENTER_UPGRADED]
    created = await env.api.post(WEBHOOKS, json=body, headers=admin)
    assert created.status_code == 201, created.text
    assert created.json()["event_types"] == [contract.CENTER_UPGRADED]


async def test_an_integration_client_sees_and_changes_only_the_subscriptions_it_created(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    client = integration("webhooks:write")
    body = {"target_url": "https://hooks.example.cn/hr", "event_types": [contract.CENTER_UPGRADED]}
    own = (await env.api.post(WEBHOOKS, json=body, headers=client)).json()
    admins = await env.subscribe(token, "admins", contract.CENTER_UPGRADED)
    listed = await env.api.get(WEBHOOKS, params={"limit": 200}, headers=client)
    assert {s["id"] for s in listed.json()["items"]} == {own["id"]}
    for method, path in (
        ("GET", f"{WEBHOOKS}/{admins['id']}"),
        ("GET", f"{WEBHOOKS}/{admins['id']}/deliveries"),
        ("POST", f"{WEBHOOKS}/{admins['id']}/actions/disable"),
        ("DELETE", f"{WEBHOOKS}/{admins['id']}"),
    ):
        problem_of(await env.api.request(method, path, headers=client), 404, "webhook-not-found")
    everyone = await env.api.get(WEBHOOKS, params={"limit": 200}, headers=bearer(token("municipal_admin")))
    assert {own["id"], admins["id"]} <= {s["id"] for s in everyone.json()["items"]}
    problem_of(await env.api.get(WEBHOOKS, headers=integration("talents:read")), 403)


async def _received(env: NotificationsEnv, name: str, at_least: int = 1) -> list[Any] | None:
    got = env.receiver.received[name]
    return list(got) if len(got) >= at_least else None


async def _delivered(
    env: NotificationsEnv, token: TokenFactory, subscription_id: str
) -> list[dict[str, Any]] | None:
    logged = await _log(env, token, subscription_id)
    return logged if logged and all(d["status"] == "delivered" for d in logged) else None
