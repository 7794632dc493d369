"""WebSub: telling a hub which feeds changed, so subscribers hear at once instead of polling.

Best effort by design: the change is already committed and the feeds show it,
so a hub that cannot be reached only means its subscribers learn on their next
poll. Notifications queue in memory and are retried a few times.
"""

import asyncio
from collections.abc import Iterable

import httpx
import structlog

from inkstream_publishing.paths import FEED_FILES, absolute, feed_path
from inkstream_publishing.views import TopicRef

log = structlog.get_logger(__name__)


def changed_feed_urls(base_url: str, topics: Iterable[TopicRef]) -> list[str]:
    """Every feed an article change shows in: the site-wide ones and those of its topics."""
    scopes: list[str | None] = [None, *(topic.slug for topic in topics)]
    return [
        absolute(base_url, feed_path(feed_format, scope))
        for scope in scopes
        for feed_format in FEED_FILES
    ]


class HubNotifier:
    """Posts ``hub.mode=publish`` for each changed feed to the configured hub."""

    def __init__(
        self,
        hub_url: str,
        client: httpx.AsyncClient,
        attempts: int = 3,
        first_retry_s: float = 1.0,
    ) -> None:
        self.hub_url = hub_url
        self.client = client
        self.attempts = attempts
        self.first_retry_s = first_retry_s
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None

    def feeds_changed(self, feed_urls: Iterable[str]) -> None:
        """Queue notifications; safe to call from the consumer's worker threads."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        for url in feed_urls:
            loop.call_soon_threadsafe(self._queue.put_nowait, url)

    async def run(self) -> None:
        """Notify the hub of each queued feed, one pending notification per feed."""
        self._loop = asyncio.get_running_loop()
        while True:
            pending = {await self._queue.get()}
            while not self._queue.empty():
                pending.add(self._queue.get_nowait())
            await asyncio.gather(*(self._notify(url) for url in sorted(pending)))

    async def _notify(self, feed_url: str) -> None:
        delay = self.first_retry_s
        for attempt in range(1, self.attempts + 1):
            try:
                response = await self.client.post(
                    self.hub_url, data={"hub.mode": "publish", "hub.url": feed_url}
                )
                if response.is_success:
                    return
                problem = f"HTTP {response.status_code}"
            except httpx.HTTPError as error:
                problem = repr(error)
            if attempt == self.attempts:
                log.warning("websub hub not notified", feed=feed_url, error=problem)
                return
            await asyncio.sleep(delay)
            delay *= 4
