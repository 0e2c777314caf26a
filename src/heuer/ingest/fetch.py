"""Fetch a URL with httpx: bounded redirects, time and size; clear errors for everything else."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import httpx

from heuer.ingest.loading import fail, too_large
from heuer.settings import DEFAULT_SETTINGS, Settings

# Content types we read; anything else with an explicit type is refused.
TEXT_TYPES = frozenset(
    {
        "application/xhtml+xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
    }
)
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml"}
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: its bytes and what the server said about them."""

    url: str  # as requested
    final_url: str  # after redirects
    content: bytes
    content_type: str | None  # media type, lower case, without parameters
    charset: str | None


def make_client(settings: Settings = DEFAULT_SETTINGS) -> httpx.Client:
    """An httpx client configured from ``settings`` (timeout, user agent). Close it when done."""
    return httpx.Client(
        timeout=settings.http_timeout,
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
    )


def fetch(url: str, settings: Settings = DEFAULT_SETTINGS, client: httpx.Client | None = None) -> Fetched:
    """GET ``url`` and return its bytes, or raise :class:`IngestError` naming ``url``.

    Redirects are followed by hand up to ``settings.max_redirects``; the body
    is streamed and reading stops once it passes ``settings.max_bytes``; the
    whole fetch must finish within ``settings.http_timeout`` seconds.
    """
    if client is None:
        with make_client(settings) as own:
            return fetch(url, settings, own)
    deadline = time.monotonic() + settings.http_timeout
    current = url
    for _hop in range(settings.max_redirects + 1):
        try:
            request = client.build_request(
                "GET", current, headers={"User-Agent": settings.user_agent}, timeout=settings.http_timeout
            )
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as err:
            raise fail(url, f"invalid URL {current!r}: {err}") from None
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except httpx.HTTPError as err:
            raise fail(url, _transport_reason(err, request.url, settings)) from None
        try:
            if response.is_redirect:
                target = response.url.join(response.headers["location"])
                if target.scheme not in ("http", "https"):
                    raise fail(url, f"redirected to an unsupported URL: {target}")
                current = str(target)
                continue
            return _read_body(url, response, settings, deadline)
        finally:
            response.close()
    raise fail(url, f"too many redirects (more than {settings.max_redirects})")


def _read_body(url: str, response: httpx.Response, settings: Settings, deadline: float) -> Fetched:
    if response.status_code >= 300:
        phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
        raise fail(url, f"HTTP {response.status_code}{phrase}")
    content_type, charset = _content_type(response.headers.get("content-type"))
    if content_type and not (content_type.startswith("text/") or content_type in TEXT_TYPES):
        raise fail(url, f"not a text document (content type {content_type})")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > settings.max_bytes:
        raise fail(url, too_large(int(length), settings.max_bytes))
    parts: list[bytes] = []
    total = 0
    try:
        for chunk in response.iter_bytes():
            parts.append(chunk)
            total += len(chunk)
            if total > settings.max_bytes:
                raise fail(url, too_large(None, settings.max_bytes))
            if time.monotonic() > deadline:
                raise fail(url, f"timed out after {settings.http_timeout:g} s while reading the response")
    except httpx.HTTPError as err:
        raise fail(url, _transport_reason(err, response.url, settings)) from None
    return Fetched(url, str(response.url), b"".join(parts), content_type, charset)


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return media.strip().lower() or None, match.group(1) if match else None


def _transport_reason(err: httpx.HTTPError, url: httpx.URL, settings: Settings) -> str:
    host = url.host or str(url)
    if url.port:
        host = f"{host}:{url.port}"
    if isinstance(err, httpx.TimeoutException):
        return f"timed out after {settings.http_timeout:g} s waiting for {host}"
    detail = _plain(str(err)) or type(err).__name__
    if isinstance(err, httpx.ConnectError):
        return f"cannot connect to {host}: {detail}"
    if isinstance(err, httpx.UnsupportedProtocol):
        return f"unsupported URL: {detail}"
    if isinstance(err, httpx.RemoteProtocolError):
        return f"the server at {host} broke the connection: {detail}"
    return f"request to {host} failed: {detail}"


def _plain(message: str) -> str:
    """``"[Errno 111] Connection refused"`` -> ``"connection refused"``."""
    message = re.sub(r"\[Errno -?\d+\]\s*", "", message).strip()
    return message[:1].lower() + message[1:]
