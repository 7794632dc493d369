"""A reader in headless Chromium: front page, an article, and a "More like this" article.

Runs Debian's chromium through Playwright (no browser download). Screenshots
are kept under ``test-artifacts/browser/``. Without chromium the test is
skipped locally and fails in CI.
"""

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from inkstream.demo import load_demo_articles
from inkstream.local import LocalStack
from inkstream.testing.plugin import TEST_API_KEY

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"
SHARE_TARGETS = ["X", "Facebook", "LinkedIn", "WhatsApp", "Email", "Copy link"]


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian chromium, driven by Playwright, that can reach only this machine."""
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        # Imported here so that a missing playwright skips (fails in CI) with a reason.
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        unavailable(f"playwright is not installed: {error}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def published_site(local_stack: LocalStack) -> str:
    """The demo articles published, the seed article's related list filled in."""
    with httpx.Client(
        base_url=local_stack.url("ingest"),
        headers={"Authorization": f"Bearer {TEST_API_KEY}"},
        timeout=10,
    ) as ingest:
        for article in load_demo_articles():
            payload = {key: value for key, value in article.items() if key != "story"}
            assert ingest.post("/v1/articles", json=payload).status_code == 202
    publishing = local_stack.url("publishing")
    deadline = time.monotonic() + 60
    while True:
        response = httpx.get(f"{publishing}/v1/articles/{quote(SEED_URI, safe='')}")
        if response.status_code == 200 and response.json()["inkstream_related"]:
            return publishing
        assert time.monotonic() < deadline, "the seed article never got related articles"
        time.sleep(0.2)


def json_ld(page: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        page.locator('script[type="application/ld+json"]').text_content()
    )
    return data


@pytest.mark.parametrize("local_stack", ["sqlite"], indirect=True)
def test_a_reader_goes_from_the_front_page_to_an_article_and_a_related_one(
    browser: Any, published_site: str
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    origin = urlsplit(published_site).netloc
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc == origin else route.abort()
        ),
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "dialog", lambda dialog: (problems.append(f"dialog {dialog.message}"), dialog.dismiss())
    )

    page.goto(published_site + "/")
    assert page.locator("h1").inner_text() == "Latest"
    seed_headline = httpx.get(f"{published_site}/v1/articles/{quote(SEED_URI, safe='')}").json()[
        "headlines"
    ][0]["value"]
    page.screenshot(path=ARTIFACTS / "front-page.png", full_page=True)

    page.get_by_role("link", name=seed_headline, exact=True).click()
    page.wait_for_load_state()

    assert page.locator("article h1").inner_text() == seed_headline
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".byline").inner_text().startswith("By ")
    assert page.locator("article header time").first.get_attribute("datetime")
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical == page.url
    assert page.locator('meta[property="og:url"]').get_attribute("content") == canonical
    assert json_ld(page)["@type"] == "NewsArticle"
    assert json_ld(page)["headline"] == seed_headline
    share = page.get_by_role("region", name="Share post")
    assert [" ".join(text.split()) for text in share.get_by_role("link").all_inner_texts()] == [
        f"{name} (opens in a new tab)" if name in SHARE_TARGETS[:4] else name
        for name in SHARE_TARGETS
    ]
    for link in share.get_by_role("link").all():
        href = link.get_attribute("href")
        assert href == canonical or quote(canonical, safe="") in href
    more_like_this = page.get_by_role("region", name="More like this")
    first_related = more_like_this.get_by_role("heading", level=3).first
    related_headline = first_related.inner_text()
    assert more_like_this.locator("li p").first.inner_text()
    page.screenshot(path=ARTIFACTS / "article.png", full_page=True)

    first_related.get_by_role("link").click()
    page.wait_for_load_state()

    assert page.locator("article h1").inner_text() == related_headline
    assert page.url != canonical
    assert page.locator('link[rel="canonical"]').get_attribute("href") == page.url
    page.screenshot(path=ARTIFACTS / "related-article.png", full_page=True)
    assert problems == []
    context.close()
