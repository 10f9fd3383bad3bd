"""The status page (issue 16, item 8) in headless Chromium through make run's gateway: the
numbers it shows are the API's and the metrics', and a screenshot is kept in var/test-artifacts/.

Chromium is Debian's ``chromium`` (``make install`` installs it when root), driven by Playwright
on that binary; Playwright's own browser downloads are never used. Without it the test fails
under ``CI=true`` and is skipped elsewhere, saying how to install it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator

import httpx
import pytest
from playwright.async_api import Page, async_playwright
from prometheus_client.parser import text_string_to_metric_families

from shared.localbroker import LocalBroker
from shared.openapi_dump import ROOT
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from tests.flows import create_center, operating_center
from tests.gateway import BUILDERS, LiveStack, live_stack

SCREENSHOT = ROOT / "var" / "test-artifacts" / "status.png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
INSTALL = "apt-get install chromium (Debian/Ubuntu; make install does it when run as root)"


def chromium() -> str:
    """The system's Chromium, or the test fails in CI (skips elsewhere) saying how to get it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    message = f"the status page test needs Chromium, which is not installed: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, own_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveStack]:
    # Its own broker: the lag the page shows must be this stack's, not the whole run's moving one.
    async with live_stack(fresh_databases, own_broker, tmp_path_factory.mktemp("status")) as live:
        yield live


@pytest.fixture
async def client(stack: LiveStack) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the gateway's one port, as the page's user would call it."""
    async with httpx.AsyncClient(base_url=stack.gateway.base_url, timeout=30) as gateway_client:
        yield gateway_client


def pipeline_figures(metrics_text: str) -> dict[str, float]:
    """What the page should show for one service, read with prometheus_client's own parser."""
    figures = {"backlog": 0.0, "oldest": 0.0, "lag": 0.0, "dead": 0.0}
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == "mic_outbox_backlog":
                figures["backlog"] += sample.value
            elif sample.name == "mic_outbox_oldest_unsent_age_seconds":
                figures["oldest"] = max(figures["oldest"], sample.value)
            elif sample.name == "mic_consumer_lag":
                figures["lag"] += sample.value
            elif (
                sample.name == "mic_events_consumed_total" and sample.labels.get("outcome") == "dead_lettered"
            ):
                figures["dead"] += sample.value
    return figures


async def shown_pipeline(page: Page, service: str) -> dict[str, float]:
    row = page.locator(f'tr[data-service="{service}"]')
    return {
        name: float(await row.locator(f'td[data-figure="{name}"]').inner_text())
        for name in ("backlog", "oldest", "lag", "dead")
    }


async def test_the_status_page_shows_the_programme_and_the_pipeline_as_the_api_gives_them(
    stack: LiveStack, client: httpx.AsyncClient, token: TokenFactory
) -> None:
    executable = chromium()
    admin = token("municipal_admin", sub="status-tester")
    for _ in range(2):
        await operating_center(client, admin)
    await create_center(client, admin, ready_for_approval=False)
    progress = (
        await client.get("/api/v1/programme/progress", headers={"Authorization": f"Bearer {admin}"})
    ).json()
    assert progress["total_centers"] >= 3

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable)
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 1000})
            await page.goto(f"{stack.gateway.base_url}/status/")
            await page.wait_for_selector('body[data-state="pipeline-only"]', timeout=20000)
            await page.fill("#token", admin)
            await page.click("#token-form button")
            await page.wait_for_selector('body[data-state="ready"]', timeout=20000)

            assert await page.inner_text("#total-centers") == str(progress["total_centers"])
            assert progress["targets"], "registry's seed data has the 2027 targets"
            for target in progress["targets"]:
                block = page.locator(f'.target[data-code="{target["code"]}"]')
                assert await block.locator(".actual").inner_text() == str(target["actual"])
                assert await block.locator(".goal").inner_text() == str(target["target"])
            for status, count in progress["by_status"].items():
                assert await page.locator(f'#by-status text[data-key="{status}"]').text_content() == str(
                    count
                )

            for service in BUILDERS:
                url = f"{stack.gateway.base_url}/{service}/metrics"
                before = pipeline_figures((await client.get(url)).text)
                shown = await shown_pipeline(page, service)
                after = pipeline_figures((await client.get(url)).text)
                rounded = [{k: round(v, 1) for k, v in f.items()} for f in (before, after)]
                assert shown in rounded, f"{service}: the page shows {shown}, the metrics say {rounded}"

            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(SCREENSHOT), full_page=True)
        finally:
            await browser.close()
    data = await asyncio.to_thread(SCREENSHOT.read_bytes)
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 10_000


def test_the_page_is_served_read_only_with_its_own_content_security_policy(stack: LiveStack) -> None:
    page = httpx.get(f"{stack.gateway.base_url}/status/")
    assert page.status_code == 200
    assert "status.js" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert httpx.get(f"{stack.gateway.base_url}/status").headers["location"] == "/status/"
    assert httpx.get(f"{stack.gateway.base_url}/status/services.json").json() == list(BUILDERS)
