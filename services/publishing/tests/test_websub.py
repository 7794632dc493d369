"""Notifying a WebSub hub of changed feeds."""

import asyncio

import httpx
from structlog.testing import capture_logs

from inkstream_publishing.views import TopicRef
from inkstream_publishing.websub import HubNotifier, changed_feed_urls

HUB = "https://hub.example.net/"


def test_a_change_touches_the_site_feeds_and_those_of_its_topics() -> None:
    urls = changed_feed_urls("https://news.example.org/", [TopicRef(slug="sport", name="Sport")])

    assert urls == [
        "https://news.example.org/feeds/atom.xml",
        "https://news.example.org/feeds/rss.xml",
        "https://news.example.org/feeds/feed.json",
        "https://news.example.org/feeds/topics/sport/atom.xml",
        "https://news.example.org/feeds/topics/sport/rss.xml",
        "https://news.example.org/feeds/topics/sport/feed.json",
    ]


async def notify_through(
    answers: list[int], feed_urls: list[str]
) -> tuple[list[httpx.Request], list[dict[str, object]]]:
    requests: list[httpx.Request] = []

    def hub(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(answers[min(len(requests), len(answers)) - 1])

    async with httpx.AsyncClient(transport=httpx.MockTransport(hub)) as client:
        notifier = HubNotifier(HUB, client, attempts=3, first_retry_s=0)
        running = asyncio.create_task(notifier.run())
        await asyncio.sleep(0)
        with capture_logs() as logs:
            notifier.feeds_changed(feed_urls)
            for _ in range(30):
                await asyncio.sleep(0.01)
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
    return requests, logs


async def test_the_hub_is_told_to_fetch_each_changed_feed_once() -> None:
    feed = "https://news.example.org/feeds/atom.xml"

    requests, _ = await notify_through([204], [feed, feed])

    assert len(requests) == 1
    assert (
        requests[0].content
        == b"hub.mode=publish&hub.url=https%3A%2F%2Fnews.example.org%2Ffeeds%2Fatom.xml"
    )


async def test_a_hub_that_fails_once_is_asked_again() -> None:
    requests, logs = await notify_through([503, 204], ["https://news.example.org/feeds/rss.xml"])

    assert len(requests) == 2
    assert logs == []


async def test_a_hub_that_keeps_failing_is_given_up_on_with_a_warning() -> None:
    requests, logs = await notify_through([500], ["https://news.example.org/feeds/rss.xml"])

    assert len(requests) == 3
    assert [log["event"] for log in logs] == ["websub hub not notified"]
