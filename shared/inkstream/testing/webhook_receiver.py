"""A webhook receiver on 127.0.0.1 for tests: records requests, answers as scripted.

It runs in its own threads, so it answers whether the test drives the service
from an event loop or through a blocking client.
"""

import ssl
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self


@dataclass(frozen=True)
class Reply:
    """How the receiver answers one request."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    body: bytes = b""


@dataclass(frozen=True)
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float
    """``time.monotonic()`` when the request arrived."""


class WebhookReceiver:
    """Answers each path with its scripted replies in turn, then with its default."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._lock = threading.Condition()
        self._scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self._defaults: dict[str, Reply] = {}
        self._received: list[ReceivedRequest] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.scheme = "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/hook", host: str = "127.0.0.1") -> str:
        """The URL of ``path``; name another ``host`` that resolves to 127.0.0.1 for TLS."""
        return f"{self.scheme}://{host}:{self.port}{path}"

    def script(self, path: str, *replies: Reply, default: Reply | None = None) -> None:
        """Queue ``replies`` for ``path``; ``default`` answers once they are used up."""
        with self._lock:
            self._scripts[path].extend(replies)
            if default is not None:
                self._defaults[path] = default

    def requests(self, path: str | None = None) -> list[ReceivedRequest]:
        with self._lock:
            return [r for r in self._received if path is None or r.path == path]

    def wait_for(
        self, count: int, path: str | None = None, timeout_s: float = 10.0
    ) -> list[ReceivedRequest]:
        """The first ``count`` requests (to ``path``); AssertionError if they do not come."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while True:
                received = [r for r in self._received if path is None or r.path == path]
                if len(received) >= count:
                    return received[:count]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} request(s) to {path or 'any path'}, "
                        f"got {len(received)} in {timeout_s}s"
                    )
                self._lock.wait(left)

    def _reply_for(self, path: str) -> Reply:
        with self._lock:
            script = self._scripts[path]
            return script.popleft() if script else self._defaults.get(path, Reply())

    def _record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self._received.append(request)
            self._lock.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                receiver._record(
                    ReceivedRequest(
                        path=self.path,
                        headers={name.lower(): value for name, value in self.headers.items()},
                        body=body,
                        received_at=time.monotonic(),
                    )
                )
                reply = receiver._reply_for(self.path)
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the sender gave up waiting; nothing left to answer

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: tests read ``requests()`` instead."""

        return Handler

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
