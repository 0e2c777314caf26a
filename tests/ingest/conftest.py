"""Fixtures for ingest tests: canned files and a local HTTP server (no network)."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from heuer.errors import IngestError
from heuer.model import Document

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours proxy variables; requests to 127.0.0.1 must go straight to the test server."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh copy of tests/ingest/data in tmp_path."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _split(items: Iterable[Document | IngestError]) -> tuple[list[Document], list[IngestError]]:
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in items:
        if isinstance(item, IngestError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


@pytest.fixture
def split() -> Callable[[Iterable[Document | IngestError]], tuple[list[Document], list[IngestError]]]:
    """Sort what read_sources yields into (documents, errors)."""
    return _split


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


class LocalServer:
    """An HTTP server on 127.0.0.1 answering from a dict of routes."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []  # (path, user agent)
        self.stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def redirect_chain(self, prefix: str, hops: int, target: str) -> str:
        """``prefix/N`` redirects to ``prefix/N-1`` ... ``prefix/1`` redirects to ``target``; returns the first URL."""
        for n in range(1, hops + 1):
            location = target if n == 1 else f"{prefix}/{n - 1}"
            self.add(f"{prefix}/{n}", status=302, headers={"Location": location}, content_type=None)
        return self.url(f"{prefix}/{hops}")

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        owner: LocalServer = self.server.owner  # type: ignore[attr-defined]
        owner.requests.append((self.path, self.headers.get("User-Agent", "")))
        route = owner.routes.get(self.path)
        if route is None:
            route = Route(b"<html><body><p>Not here.</p></body></html>", status=404)
        if route.delay and owner.stop.wait(route.delay):
            return
        try:
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
