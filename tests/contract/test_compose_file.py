"""docker-compose.yml is a valid Compose file and keeps what `docker compose up` promises.

No Docker engine runs in CI, so the file is checked, not run.
"""

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
COMPOSE_SPEC = REPO_ROOT.parent / "shared" / "specs" / "compose" / "compose-spec.json"

SERVICES = ("ingest", "enrichment", "recommendation", "publishing")
# Host ports for `curl localhost:...`; enrichment publishes none so that
# `--scale enrichment=4` does not start four containers fighting over one port.
PUBLISHED_PORTS = {"ingest": 8001, "recommendation": 8003, "publishing": 8004}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def host_path(mount: str) -> Path:
    """The host side of a short-syntax bind mount (`./a:/b:ro`)."""
    return REPO_ROOT / mount.split(":", 1)[0]


def bind_mount_to(service: dict[str, Any], target_prefix: str) -> Path:
    for mount in service.get("volumes", []):
        _, target, *_ = mount.split(":")
        if target.startswith(target_prefix):
            return host_path(mount)
    raise AssertionError(f"no volume mounted at {target_prefix}")


def config_directives(text: str) -> dict[str, str]:
    directives = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition(" ")
            directives[key.lower()] = value.strip()
    return directives


def test_compose_file_validates_against_the_compose_specification(
    compose: dict[str, Any],
) -> None:
    if not COMPOSE_SPEC.is_file():
        pytest.skip(f"Compose Specification schema not found at {COMPOSE_SPEC}")
    schema = json.loads(COMPOSE_SPEC.read_text())
    jsonschema.Draft7Validator(schema).validate(compose)
    assert "version" not in compose, "the Compose Specification ignores `version`"


@pytest.mark.parametrize("name", SERVICES)
def test_service_has_a_healthcheck_and_restarts(compose: dict[str, Any], name: str) -> None:
    service = compose["services"][name]
    healthcheck = service.get("healthcheck", {})
    assert healthcheck.get("test"), f"{name} has no healthcheck test"
    assert not healthcheck.get("disable", False)
    assert service.get("restart") == "unless-stopped"


@pytest.mark.parametrize("name", SERVICES)
def test_service_waits_for_healthy_redis_and_postgres(compose: dict[str, Any], name: str) -> None:
    depends_on = compose["services"][name].get("depends_on", {})
    assert isinstance(depends_on, dict), "the list form of depends_on cannot wait for health"
    for dependency in ("redis", "postgres"):
        assert depends_on.get(dependency, {}).get("condition") == "service_healthy"
        assert "healthcheck" in compose["services"][dependency]


@pytest.mark.parametrize("name", SERVICES)
def test_service_is_built_from_the_shared_dockerfile(compose: dict[str, Any], name: str) -> None:
    build = compose["services"][name]["build"]
    dockerfile = REPO_ROOT / build["context"] / build["dockerfile"]
    assert dockerfile.is_file(), f"{dockerfile} does not exist"
    assert build["args"]["SERVICE"] == name
    assert (REPO_ROOT / "services" / name / f"inkstream_{name}").is_dir()
    assert "/healthz" in dockerfile.read_text()


@pytest.mark.parametrize("name", SERVICES)
def test_service_is_given_only_its_own_database(compose: dict[str, Any], name: str) -> None:
    environment = compose["services"][name]["environment"]
    database_urls = {
        key: value for key, value in environment.items() if key.endswith("_DATABASE_URL")
    }
    own_key = f"INKSTREAM_{name.upper()}_DATABASE_URL"
    assert list(database_urls) == [own_key]
    assert database_urls[own_key].startswith("postgresql+psycopg://")
    assert database_urls[own_key].endswith(f"@postgres:5432/inkstream_{name}")
    assert environment["INKSTREAM_REDIS_URL"] == "redis://redis:6379/0"


def test_only_the_http_facing_services_publish_host_ports(compose: dict[str, Any]) -> None:
    for name in SERVICES:
        service = compose["services"][name]
        assert "container_name" not in service, f"{name}: a fixed container name prevents --scale"
        published = {int(str(port).split(":")[0]) for port in service.get("ports", [])}
        expected = {PUBLISHED_PORTS[name]} if name in PUBLISHED_PORTS else set()
        assert published == expected, name


def test_redis_keeps_an_append_only_file_and_never_evicts(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    conf_path = bind_mount_to(redis, "/usr/local/etc/redis/")
    assert conf_path.name in " ".join(redis["command"]), "redis is not started with its config"
    directives = config_directives(conf_path.read_text())
    assert directives["appendonly"] == "yes"
    assert directives["appendfsync"] == "everysec"
    assert directives["maxmemory-policy"] == "noeviction"


def test_postgres_init_script_creates_every_service_database(compose: dict[str, Any]) -> None:
    script = bind_mount_to(compose["services"]["postgres"], "/docker-entrypoint-initdb.d/")
    text = script.read_text()
    for name in SERVICES:
        assert re.search(rf"\binkstream_{name}\b", text), f"no database for {name}"


def test_prometheus_scrapes_every_service(compose: dict[str, Any]) -> None:
    prometheus_yml = bind_mount_to(compose["services"]["prometheus"], "/etc/prometheus/")
    config = yaml.safe_load(prometheus_yml.read_text())
    scraped = {
        name
        for job in config["scrape_configs"]
        for discovery in job.get("dns_sd_configs", [])
        for name in discovery["names"]
    }
    assert scraped >= set(SERVICES)
