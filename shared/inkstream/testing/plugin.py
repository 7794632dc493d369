"""Pytest fixtures shared by every Inkstream test suite (loaded with ``-p``).

Tests run against the real Redis and PostgreSQL servers. Each test gets its
own stream prefix (and so its own keys) and, where it asks for PostgreSQL, its
own database; both are removed afterwards.
"""

import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
import redis
import redis.asyncio
from sqlalchemy.engine import make_url

from inkstream.local import (
    SERVICES,
    LocalStack,
    delete_prefixed_keys,
    free_port,
    stack_environment,
)

TEST_API_KEY = "test-key-0123456789abcdef"
TEST_REDIS_URL = os.environ.get("INKSTREAM_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_POSTGRES_URL = os.environ.get(
    "INKSTREAM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def _unavailable(what: str, error: Exception) -> None:
    message = f"{what} is not reachable: {error}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def redis_url() -> str:
    client = redis.Redis.from_url(TEST_REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as error:
        _unavailable(f"Redis at {TEST_REDIS_URL}", error)
    finally:
        client.close()
    return TEST_REDIS_URL


@pytest.fixture
def stream_prefix(redis_url: str) -> Iterator[str]:
    """A stream prefix no other test uses; its keys are deleted afterwards."""
    prefix = f"inkstream-test-{uuid.uuid4().hex[:10]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        delete_prefixed_keys(client, prefix)
    finally:
        client.close()


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[redis.asyncio.Redis]:
    client = redis.asyncio.Redis.from_url(redis_url)
    yield client
    await client.aclose()


def _admin_connection() -> psycopg.Connection[tuple[object, ...]]:
    url = make_url(TEST_POSTGRES_URL)
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        user=url.username,
        password=url.password or "",
        dbname=url.database or "postgres",
        autocommit=True,
    )


@pytest.fixture(scope="session")
def postgres_server() -> str:
    try:
        with _admin_connection() as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        _unavailable(f"PostgreSQL at {TEST_POSTGRES_URL}", error)
    return TEST_POSTGRES_URL


@contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """Create a database with a unique name; drop it on exit."""
    name = f"inkstream_test_{uuid.uuid4().hex[:12]}"
    with _admin_connection() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_database_url(postgres_server: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    with fresh_postgres_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'service.db'}"
    url: str = request.getfixturevalue("postgres_database_url")
    return url


@pytest.fixture
def service_environment(stream_prefix: str, redis_url: str, tmp_path: Path) -> dict[str, str]:
    return stack_environment(stream_prefix, redis_url, tmp_path / "data", TEST_API_KEY)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def local_stack(
    request: pytest.FixtureRequest, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalStack]:
    """The four services as processes on free ports, for one test module.

    The module runs twice: with each service on its own SQLite file, and on its
    own PostgreSQL database.
    """
    prefix = f"inkstream-test-{uuid.uuid4().hex[:10]}"
    workdir = tmp_path_factory.mktemp("stack")
    environment = stack_environment(prefix, redis_url, workdir / "data", TEST_API_KEY)
    ports = {service: free_port() for service in SERVICES}
    environment["INKSTREAM_PUBLIC_BASE_URL"] = f"http://127.0.0.1:{ports['publishing']}"
    with contextlib.ExitStack() as cleanup:
        if request.param == "postgresql":
            server = request.getfixturevalue("postgres_server")
            for service in SERVICES:
                environment[f"INKSTREAM_{service.upper()}_DATABASE_URL"] = cleanup.enter_context(
                    fresh_postgres_database(server)
                )
        stack = LocalStack(env=environment, ports=ports, log_dir=workdir / "logs")
        stack.start()
        try:
            stack.wait_ready()
            yield stack
        finally:
            stack.stop()
            client = redis.Redis.from_url(redis_url)
            try:
                delete_prefixed_keys(client, prefix)
            finally:
                client.close()
