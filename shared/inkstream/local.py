"""The four services as local processes: for ``make run``, end-to-end tests and benchmarks."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx
import redis

SERVICES = ("ingest", "enrichment", "recommendation", "publishing")
DEFAULT_PORTS = {"ingest": 8001, "enrichment": 8002, "recommendation": 8003, "publishing": 8004}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def stack_environment(prefix: str, redis_url: str, data_dir: Path, api_key: str) -> dict[str, str]:
    """Environment for a throwaway stack: its own prefix and data dir, quick retries."""
    return {
        "INKSTREAM_ENVIRONMENT": "test",
        "INKSTREAM_REDIS_URL": redis_url,
        "INKSTREAM_STREAM_PREFIX": prefix,
        "INKSTREAM_DATA_DIR": str(data_dir),
        "INKSTREAM_LOG_FORMAT": "json",
        "INKSTREAM_RECLAIM_IDLE_MS": "1000",
        "INKSTREAM_RECLAIM_INTERVAL_MS": "250",
        "INKSTREAM_BLOCK_MS": "100",
        "INKSTREAM_API_KEYS": f"newsroom:{api_key}",
        "INKSTREAM_WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true",
    }


def delete_prefixed_keys(client: redis.Redis, prefix: str) -> None:
    """Remove the streams, dead letters and publish markers of one prefix."""
    for pattern in (f"{prefix}:*", f"{{{prefix}:*"):
        keys = list(client.scan_iter(match=pattern, count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])


@dataclass
class LocalStack:
    """Starts, stops and kills service processes sharing one environment."""

    env: Mapping[str, str]
    ports: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_PORTS))
    log_dir: Path | None = None
    host: str = "127.0.0.1"
    own_process_groups: bool = False
    """Start each service as the leader of its own process group, so that ``kill``
    takes down the processes it started too (a worker pool), as a container
    runtime would. Off for ``inkstream run``: there a closed terminal must reach
    the services."""
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    _log_files: dict[str, IO[bytes]] = field(default_factory=dict)

    def url(self, service: str) -> str:
        return f"http://{self.host}:{self.ports[service]}"

    def environment_for(self, service: str) -> dict[str, str]:
        return {
            **os.environ,
            **self.env,
            "INKSTREAM_HOST": self.host,
            f"INKSTREAM_{service.upper()}_PORT": str(self.ports[service]),
        }

    def start(self, services: Iterable[str] = SERVICES) -> None:
        for service in services:
            previous = self.processes.get(service)
            if previous is not None and previous.poll() is not None:
                self._kill_leftovers(previous)
            output: IO[bytes] | None = None
            if self.log_dir is not None:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                output = self._log_files.get(service) or open(  # noqa: SIM115
                    self.log_dir / f"{service}.log", "ab"
                )
                self._log_files[service] = output
            self.processes[service] = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", f"inkstream_{service}"],
                env=self.environment_for(service),
                stdout=output,
                stderr=subprocess.STDOUT if output else None,
                start_new_session=self.own_process_groups,
            )

    def wait_ready(self, services: Iterable[str] = SERVICES, timeout_s: float = 60) -> None:
        """Block until every service answers ``/readyz``; raise if one dies or times out."""
        deadline = time.monotonic() + timeout_s
        for service in services:
            while True:
                process = self.processes[service]
                if process.poll() is not None:
                    raise RuntimeError(f"{service} exited with {process.returncode}")
                try:
                    if httpx.get(self.url(service) + "/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{service} not ready after {timeout_s}s")
                time.sleep(0.1)

    def kill(self, service: str) -> None:
        """SIGKILL: no shutdown hooks run, like a crashed machine."""
        process = self.processes[service]
        process.kill()
        process.wait()
        self._kill_leftovers(process)

    def _kill_leftovers(self, process: subprocess.Popen[bytes]) -> None:
        """SIGKILL what is left of the service's process group (its workers)."""
        if self.own_process_groups:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)

    def stop(self, services: Iterable[str] | None = None, timeout_s: float = 20) -> None:
        """SIGTERM, then wait for a graceful exit; SIGKILL whatever lingers."""
        chosen = [s for s in (services or list(self.processes)) if s in self.processes]
        for service in chosen:
            if self.processes[service].poll() is None:
                self.processes[service].send_signal(signal.SIGTERM)
        for service in chosen:
            try:
                self.processes[service].wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.processes[service].kill()
                self.processes[service].wait()
            self._kill_leftovers(self.processes[service])
        if services is None:
            for log_file in self._log_files.values():
                log_file.close()
            self._log_files.clear()

    def alive(self) -> dict[str, bool]:
        return {service: process.poll() is None for service, process in self.processes.items()}
