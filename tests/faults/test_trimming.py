"""Stream trimming keeps every entry a consumer group has not acknowledged."""

import redis.asyncio

from inkstream.runtime.trimming import (
    GroupPosition,
    parse_stream_id,
    trim_floor,
    trim_stream,
)

RETENTION_FLOOR = (5_000, 0)


def test_without_groups_only_the_retention_keeps_entries() -> None:
    assert trim_floor([], RETENTION_FLOOR) == RETENTION_FLOOR


def test_a_group_keeps_its_oldest_pending_entry() -> None:
    group = GroupPosition("slow", last_delivered=(900, 0), oldest_pending=(300, 2))

    assert trim_floor([group], RETENTION_FLOOR) == (300, 2)


def test_a_group_with_nothing_pending_keeps_what_follows_its_last_delivery() -> None:
    group = GroupPosition("quick", last_delivered=(900, 4))

    assert trim_floor([group], RETENTION_FLOOR) == (900, 5)


def test_the_slowest_group_decides() -> None:
    groups = [GroupPosition("quick", (4_000, 0)), GroupPosition("stopped", (0, 0))]

    assert trim_floor(groups, RETENTION_FLOOR) == (0, 1)


async def append(client: redis.asyncio.Redis, key: str, count: int) -> list[str]:
    async with client.pipeline(transaction=False) as pipe:
        for number in range(count):
            pipe.xadd(key, {"n": str(number)})
        return [entry_id.decode() for entry_id in await pipe.execute()]


async def read_and_ack(client: redis.asyncio.Redis, key: str, group: str, count: int) -> None:
    response = await client.xreadgroup(group, "worker", {key: ">"}, count=count)
    ids = [entry_id for _, entries in response for entry_id, _ in entries]
    await client.xack(key, group, *ids)


async def test_a_stopped_group_loses_nothing_however_far_the_others_got(
    redis_client: redis.asyncio.Redis, stream_prefix: str
) -> None:
    key = f"{stream_prefix}:articles:ingested"
    await append(redis_client, key, 1000)
    await redis_client.xgroup_create(key, "quick", id="0")
    await redis_client.xgroup_create(key, "stopped", id="0")
    await read_and_ack(redis_client, key, "quick", 1000)

    assert await trim_stream(redis_client, key, retention_s=0) == 0
    assert await redis_client.xlen(key) == 1000


async def test_trimming_stops_at_the_oldest_unacknowledged_entry(
    redis_client: redis.asyncio.Redis, stream_prefix: str
) -> None:
    key = f"{stream_prefix}:articles:ingested"
    ids = await append(redis_client, key, 1000)
    await redis_client.xgroup_create(key, "quick", id="0")
    await redis_client.xgroup_create(key, "slow", id="0")
    await read_and_ack(redis_client, key, "quick", 1000)
    await read_and_ack(redis_client, key, "slow", 600)
    await redis_client.xreadgroup("slow", "worker", {key: ">"}, count=50)

    removed = await trim_stream(redis_client, key, retention_s=0)

    remaining = [entry_id.decode() for entry_id, _ in await redis_client.xrange(key)]
    assert removed > 0
    assert remaining[-400:] == ids[600:]
    assert parse_stream_id(remaining[0]) <= parse_stream_id(ids[600])


async def test_entries_younger_than_the_retention_stay(
    redis_client: redis.asyncio.Redis, stream_prefix: str
) -> None:
    key = f"{stream_prefix}:articles:published"
    await append(redis_client, key, 1000)
    await redis_client.xgroup_create(key, "quick", id="0")
    await read_and_ack(redis_client, key, "quick", 1000)

    assert await trim_stream(redis_client, key, retention_s=3600) == 0
    assert await trim_stream(redis_client, key, retention_s=0) > 0
