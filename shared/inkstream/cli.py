"""The ``inkstream`` command: run locally, load the demo, replay dead letters, write docs."""

import hashlib
import importlib
import json
import os
import secrets
import shlex
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Annotated, Any
from urllib.parse import urlparse

import httpx
import redis
import typer
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from inkstream.contracts.streams import StreamNames
from inkstream.demo import load_demo_articles
from inkstream.local import DEFAULT_PORTS, SERVICES, LocalStack
from inkstream.runtime.dead_letters import (
    DeadLetterNotFound,
    list_dead_letters,
    replay_dead_letters,
)

app = typer.Typer(
    name="inkstream",
    help="Run Inkstream on one machine, load the demo articles, replay dead letters, write docs.",
    no_args_is_help=True,
    add_completion=False,
)
dead_letters_app = typer.Typer(
    help="Inspect and replay a service's dead letters.", no_args_is_help=True
)
app.add_typer(dead_letters_app, name="dead-letters")

LOCAL_HOST = "127.0.0.1"
REDIS_DATA_DIR = Path(".run/redis")
PUBLISH_TIMEOUT_S = 30.0
REDIS_INSTALL_HINT = """\
Redis is needed. Install it, or point INKSTREAM_REDIS_URL at a running one:
  Debian/Ubuntu:  sudo apt-get install redis-server
  macOS:          brew install redis
  Docker:         docker run -p 6379:6379 redis:7"""


class OpsSettings(BaseSettings):
    """The ``INKSTREAM_*`` variables the ops commands read."""

    model_config = SettingsConfigDict(env_prefix="INKSTREAM_", extra="ignore")

    redis_url: str = "redis://127.0.0.1:6379/0"
    stream_prefix: str = "inkstream"
    api_keys: SecretStr = SecretStr("")
    demo_api_key: SecretStr = SecretStr("")
    data_dir: Path = Path(".run/data")

    @property
    def streams(self) -> StreamNames:
        return StreamNames(self.stream_prefix)

    def first_api_key(self) -> str | None:
        """The key of the first ``client:key`` pair in ``INKSTREAM_API_KEYS``."""
        for pair in self.api_keys.get_secret_value().split(","):
            _client, _, key = pair.strip().partition(":")
            if key.strip():
                return key.strip()
        return None

    @property
    def development_key_file(self) -> Path:
        return self.data_dir / "development-api-key"

    def development_key(self) -> str | None:
        """The key ``inkstream run`` made for development, kept so it survives restarts."""
        try:
            return self.development_key_file.read_text().strip() or None
        except FileNotFoundError:
            return None

    def new_development_key(self) -> str:
        key = secrets.token_urlsafe(24)
        self.development_key_file.parent.mkdir(parents=True, exist_ok=True)
        self.development_key_file.touch(mode=0o600)
        self.development_key_file.write_text(key + "\n")
        return key


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(message, err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def _local_url(service: str, port: int | None = None) -> str:
    return f"http://{LOCAL_HOST}:{port or DEFAULT_PORTS[service]}"


# --- inkstream run ---------------------------------------------------------------------


class StopRequested(Exception):
    """SIGINT or SIGTERM arrived: stop everything and exit 0."""


def _raise_stop(signum: int, _frame: FrameType | None) -> None:
    raise StopRequested(signal.Signals(signum).name)


def _redis_answers(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


@contextmanager
def _redis_for_the_run(url: str) -> Iterator[None]:
    """Use the Redis at ``url``, or start a ``redis-server`` on its port until the run ends."""
    if _redis_answers(url):
        yield
        return
    parsed = urlparse(url)
    redis_server = shutil.which("redis-server")
    if parsed.hostname not in {"127.0.0.1", "localhost", "::1"} or redis_server is None:
        reason = (
            f"Redis at {url} does not answer."
            if redis_server
            else f"Redis at {url} does not answer and redis-server is not installed."
        )
        raise _fail(reason if redis_server else f"{reason}\n{REDIS_INSTALL_HINT}", code=2)
    port = parsed.port or 6379
    REDIS_DATA_DIR.mkdir(parents=True, exist_ok=True)
    typer.echo(f"Starting redis-server on port {port} (data in {REDIS_DATA_DIR})")
    process = subprocess.Popen(  # noqa: S603
        [
            redis_server,
            *("--port", str(port), "--bind", LOCAL_HOST),
            *("--save", "", "--appendonly", "yes", "--dir", str(REDIS_DATA_DIR)),
        ],
        stdout=subprocess.DEVNULL,
        # Its own session: a Ctrl-C in the terminal must not stop Redis before the services.
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 10
        while not _redis_answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise _fail(f"redis-server did not start on port {port}", code=2)
            time.sleep(0.1)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _service_ports() -> dict[str, int]:
    return {
        service: int(os.environ.get(f"INKSTREAM_{service.upper()}_PORT", default))
        for service, default in DEFAULT_PORTS.items()
    }


def _service_environment(
    settings: OpsSettings, ports: dict[str, int]
) -> tuple[dict[str, str], str]:
    """The environment the services run with, and the API key to show."""
    environment = {
        "INKSTREAM_REDIS_URL": settings.redis_url,
        "INKSTREAM_LOG_FORMAT": os.environ.get("INKSTREAM_LOG_FORMAT", "console"),
        "INKSTREAM_WEBHOOKS_ALLOW_PRIVATE_TARGETS": os.environ.get(
            "INKSTREAM_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"
        ),
        "INKSTREAM_PUBLIC_BASE_URL": os.environ.get(
            "INKSTREAM_PUBLIC_BASE_URL", f"http://localhost:{ports['publishing']}"
        ),
    }
    api_key = settings.first_api_key()
    if api_key is None:
        api_key = settings.development_key() or settings.new_development_key()
        environment["INKSTREAM_API_KEYS"] = f"dev:{api_key}"
    return environment, api_key


def _print_welcome(stack: LocalStack, api_key: str) -> None:
    ingest, recommendation, publishing = (
        stack.url("ingest"),
        stack.url("recommendation"),
        stack.url("publishing"),
    )
    example = json.dumps(
        {"headline": "Hello, Inkstream", "body": "<p>My first article in the pipeline.</p>"}
    )
    lines = [
        "",
        "Inkstream is running.",
        f"  ingest API          POST {ingest}/v1/articles",
        f"  article status      GET  {ingest}/v1/articles/{{uri}}/status",
        f"  related articles    GET  {recommendation}/v1/articles/{{uri}}/related",
        f"  front page          {publishing}/",
        f"  feeds               {publishing}/feeds/atom.xml  /feeds/rss.xml  /feeds/feed.json",
        "  metrics             "
        + "  ".join(f"{stack.url(service)}/metrics" for service in stack.processes),
        "",
        f"API key: {api_key}",
        "Submit an article:",
        f"  curl -X POST {ingest}/v1/articles \\",
        f"    -H {shlex.quote(f'Authorization: Bearer {api_key}')} \\",
        "    -H 'Content-Type: application/json' \\",
        f"    -d {shlex.quote(example)}",
        "Load the demo articles:",
        "  make demo",
        "Ctrl-C stops everything.",
        "",
    ]
    typer.secho("\n".join(lines), fg=typer.colors.GREEN)


def _watch(stack: LocalStack) -> None:
    """Return when a service exits; signals interrupt with ``StopRequested``."""
    while True:
        for service, process in stack.processes.items():
            if process.poll() is not None:
                raise _fail(
                    f"{service} exited unexpectedly (code {process.returncode}); "
                    "stopping the other services"
                )
        time.sleep(0.5)


@app.command()
def run() -> None:
    """Run Redis (if needed) and the four services on this machine until Ctrl-C."""
    settings = OpsSettings()
    ports = _service_ports()
    previous_handlers = {
        handled: signal.signal(handled, _raise_stop) for handled in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        with _redis_for_the_run(settings.redis_url):
            environment, api_key = _service_environment(settings, ports)
            stack = LocalStack(env=environment, ports=ports, host=LOCAL_HOST)
            try:
                stack.start()
                try:
                    stack.wait_ready()
                except (RuntimeError, TimeoutError) as error:
                    raise _fail(f"the services did not start: {error}") from error
                _print_welcome(stack, api_key)
                _watch(stack)
            finally:
                # Cleanup must not be cut short by an impatient second Ctrl-C.
                for handled in previous_handlers:
                    signal.signal(handled, signal.SIG_IGN)
                typer.echo("Stopping the services…")
                stack.stop()
    except StopRequested as stop:
        typer.echo(f"Stopped ({stop}).")
    finally:
        for handled, handler in previous_handlers.items():
            signal.signal(handled, handler)


# --- inkstream demo --------------------------------------------------------------------


@dataclass
class Submitted:
    uri: str
    headline: str
    status_url: str
    page_url: str | None = None


def _idempotency_key(uri: str) -> str:
    return "demo-" + hashlib.sha256(uri.encode()).hexdigest()[:40]


def _published_url(status: dict[str, Any]) -> str | None:
    if not status.get("stages", {}).get("published"):
        return None
    latest = status.get("versions", {}).get(str(status.get("latest_version")), {})
    url = latest.get("published", {}).get("url")
    return str(url) if url else None


def _submit_demo_articles(
    client: httpx.Client, ingest_url: str, articles: list[dict[str, object]]
) -> list[Submitted]:
    submitted: list[Submitted] = []
    for article in articles:
        payload = {key: value for key, value in article.items() if key != "story"}
        uri = str(payload["uri"])
        response = client.post(
            f"{ingest_url}/v1/articles",
            json=payload,
            headers={"Idempotency-Key": _idempotency_key(uri)},
        )
        if response.status_code == 401:
            raise _fail("ingest refused the API key (401); pass --api-key")
        if response.status_code != 202:
            typer.secho(f"rejected  {uri}: {response.status_code} {response.text}", err=True)
            continue
        replayed = response.headers.get("Idempotent-Replayed") == "true"
        typer.echo(f"{'already ' if replayed else ''}accepted  {uri}")
        submitted.append(Submitted(uri, str(payload["headline"]), response.json()["status_url"]))
    return submitted


def _wait_until_published(
    client: httpx.Client, submitted: list[Submitted], timeout_s: float
) -> None:
    deadline = time.monotonic() + timeout_s
    waiting = list(submitted)
    while waiting and time.monotonic() < deadline:
        for article in list(waiting):
            response = client.get(article.status_url)
            if response.status_code == 200:
                article.page_url = _published_url(response.json())
            if article.page_url:
                waiting.remove(article)
                typer.echo(f"published {article.page_url}  {article.headline}")
        if waiting:
            time.sleep(0.25)


@app.command()
def demo(
    ingest_url: Annotated[str, typer.Option(help="Ingest service base URL.")] = _local_url(
        "ingest"
    ),
    api_key: Annotated[
        str | None,
        typer.Option(
            help="Ingest API key [default: INKSTREAM_DEMO_API_KEY, the first key in "
            "INKSTREAM_API_KEYS, or the development key `inkstream run` made]",
            show_default=False,
        ),
    ] = None,
    publishing_url: Annotated[str, typer.Option(help="Publishing service base URL.")] = _local_url(
        "publishing"
    ),
    wait: Annotated[bool, typer.Option(help="Wait until every article is published.")] = True,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for publication.")] = (
        PUBLISH_TIMEOUT_S
    ),
) -> None:
    """Submit the bundled demo articles (safe to repeat) and print their pages."""
    settings = OpsSettings()
    key = (
        api_key
        or settings.demo_api_key.get_secret_value()
        or settings.first_api_key()
        or settings.development_key()
    )
    if not key:
        raise _fail(
            "no API key: pass --api-key, or set INKSTREAM_DEMO_API_KEY or INKSTREAM_API_KEYS "
            "(inkstream run prints one)",
            code=2,
        )
    ingest_url, publishing_url = ingest_url.rstrip("/"), publishing_url.rstrip("/")
    articles = load_demo_articles()
    with httpx.Client(headers={"Authorization": f"Bearer {key}"}, timeout=10) as client:
        try:
            submitted = _submit_demo_articles(client, ingest_url, articles)
            if wait:
                _wait_until_published(client, submitted, timeout)
        except httpx.HTTPError as error:
            raise _fail(
                f"cannot reach ingest at {ingest_url} ({error}); is `inkstream run` up?"
            ) from error
    typer.echo(f"Front page: {publishing_url}/")
    unpublished = [article.uri for article in submitted if wait and not article.page_url]
    rejected = len(articles) - len(submitted)
    if unpublished:
        typer.secho(f"not published after {timeout:g}s: {', '.join(unpublished)}", err=True)
    if unpublished or rejected:
        raise typer.Exit(1)


# --- inkstream dead-letters ------------------------------------------------------------


def _check_service(service: str) -> str:
    if service not in SERVICES:
        raise typer.BadParameter(f"one of {', '.join(SERVICES)}")
    return service


ServiceOption = Annotated[
    str,
    typer.Option(
        help=f"The service whose dead letters to use: {', '.join(SERVICES)}.",
        callback=_check_service,
    ),
]


@contextmanager
def _redis_client(settings: OpsSettings) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=5)
    try:
        yield client
    except redis.ConnectionError as error:
        raise _fail(f"cannot reach Redis at {settings.redis_url}: {error}") from error
    finally:
        client.close()


@dead_letters_app.command("list")
def list_command(
    service: ServiceOption,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many, oldest first.")] = 50,
) -> None:
    """Show a service's dead letters: id, event, article, deliveries, error."""
    settings = OpsSettings()
    with _redis_client(settings) as client:
        dead_letters = list_dead_letters(client, settings.streams, service, limit)
    if not dead_letters:
        typer.echo(f"No dead letters in {settings.streams.dead_letters(service)}.")
        return
    for dead_letter in dead_letters:
        typer.echo(
            f"{dead_letter.entry_id}  {dead_letter.event_type}  "
            f"{dead_letter.article_uri or '(no article uri)'}  "
            f"deliveries={dead_letter.deliveries}  failed_at={dead_letter.failed_at}"
        )
        typer.echo(f"    from {dead_letter.source_stream} {dead_letter.source_id}")
        typer.echo(f"    error: {dead_letter.error}")


@dead_letters_app.command("replay")
def replay_command(
    service: ServiceOption,
    entry_ids: Annotated[
        list[str] | None,
        typer.Option("--id", help="Dead-letter entry id to replay; repeatable."),
    ] = None,
    replay_all: Annotated[bool, typer.Option("--all", help="Replay every dead letter.")] = False,
) -> None:
    """Put dead letters back on the stream they came from."""
    if bool(entry_ids) == replay_all:
        raise typer.BadParameter("give either --id (one or more) or --all")
    settings = OpsSettings()
    with _redis_client(settings) as client:
        try:
            replayed = replay_dead_letters(
                client, settings.streams, service, None if replay_all else entry_ids
            )
        except DeadLetterNotFound as error:
            raise _fail(str(error)) from error
        except redis.ResponseError as error:
            raise _fail(f"Redis refused the replay: {error}") from error
    for item in replayed:
        dead_letter = item.dead_letter
        typer.echo(
            f"replayed {dead_letter.entry_id} -> {dead_letter.source_stream} {item.new_entry_id}  "
            f"{dead_letter.event_type}  {dead_letter.article_uri or ''}".rstrip()
        )
    typer.echo(f"{len(replayed)} dead letter(s) replayed.")


# --- inkstream docs --------------------------------------------------------------------


@app.command()
def docs(
    out: Annotated[Path, typer.Option(help="Directory to write the documents to.")] = Path(
        "docs/generated"
    ),
) -> None:
    """Write the AsyncAPI document of the streams and each service's OpenAPI document."""
    from faststream.specification import AsyncAPI

    from inkstream.runtime.app import ServiceDefinition, build_broker, create_app

    definitions: list[ServiceDefinition] = [
        importlib.import_module(f"inkstream_{service}.service").definition for service in SERVICES
    ]
    brokers: list[Any] = []
    for definition in definitions:
        # A fixed consumer name: the default (host and pid) would change the file on every run.
        settings = definition.settings_type(consumer_name="<host>-<pid>")
        brokers.append(build_broker(definition, settings))
    specification = AsyncAPI(
        *brokers,
        title="Inkstream",
        version="0.1.0",
        description="Article events flowing between the Inkstream services over Redis streams: "
        "ingest -> articles:ingested -> enrichment -> articles:enriched -> recommendation -> "
        "articles:related -> publishing -> articles:published. Each entry has a `type` field "
        "and an `event` field holding the event as JSON.",
    ).to_specification()
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "asyncapi.json"]
    written[0].write_text(json.dumps(json.loads(specification.to_json()), indent=2) + "\n")
    for definition in definitions:
        path = out / f"openapi-{definition.name}.json"
        path.write_text(json.dumps(create_app(definition).openapi(), indent=2) + "\n")
        written.append(path)
    for path in written:
        typer.echo(f"wrote {path}")
