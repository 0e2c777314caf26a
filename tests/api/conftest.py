"""Fixtures for the library API tests: the worked example from shared/ and a local HTTP server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

NK_TROOPS = Path("examples") / "nk-troops" / "bne-2024-10-31-nk-troops.txt"


def find_shared() -> Path | None:
    """The project's shared/ folder: beside the repository or in a folder above it."""
    for base in Path(__file__).resolve().parents:
        candidate = base / "shared"
        if (candidate / NK_TROOPS).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def nk_troops_article() -> Path:
    """The worked example of the extraction contract (shared/examples/nk-troops)."""
    shared = find_shared()
    if shared is None:
        pytest.skip(f"shared/{NK_TROOPS.as_posix()} not found beside the repository or above it")
    return shared / NK_TROOPS


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        pages: dict[str, tuple[str, bytes]] = self.server.pages  # type: ignore[attr-defined]
        content_type, body = pages.get(self.path, ("text/plain", b"not here"))
        self.send_response(200 if self.path in pages else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class LocalServer:
    """Serves ``pages`` (path -> (content type, body)) on 127.0.0.1; nothing leaves the machine."""

    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.pages = {}  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def add(self, path: str, body: str, content_type: str = "text/html; charset=utf-8") -> str:
        self.httpd.pages[path] = (content_type, body.encode("utf-8"))  # type: ignore[attr-defined]
        return self.url(path)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"


@pytest.fixture
def http_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = LocalServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        server.thread.join(timeout=5)
