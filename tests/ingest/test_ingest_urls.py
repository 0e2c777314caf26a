"""URLs: pages, redirects, HTTP errors, unreachable hosts, timeouts, content types, size caps."""

from __future__ import annotations

import time
from datetime import date

import httpx

from heuer.ingest import fetch, read_sources
from heuer.model import content_id
from heuer.settings import Settings

PAGE = (
    "<!DOCTYPE html><html><head><title>Pier reopens</title>"
    '<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Lena Frost">'
    '<meta property="article:published_time" content="2024-08-15T12:00:00Z"></head><body>'
    "<nav><a href='/'>Home</a></nav><article><h1>Pier reopens</h1>"
    "<p>The old pier reopened on Thursday after eighteen months of repairs.</p>"
    "<p>The town paid 2.4 million euros for new timber and railings.</p></article></body></html>"
)


def _error_text(items) -> str:
    [item] = list(items)
    assert isinstance(item, Exception), item
    return str(item)


def test_url_page_becomes_a_document(server, split) -> None:
    url = server.add("/pier.html", PAGE)
    [doc], errors = split(read_sources([url]))
    assert errors == []
    assert (doc.kind, doc.path, doc.id) == ("url", url, content_id(PAGE.encode()))
    assert (doc.title, doc.outlet, doc.byline, doc.published) == (
        "Pier reopens",
        "Harbour Gazette",
        "Lena Frost",
        date(2024, 8, 15),
    )
    assert "eighteen months of repairs" in doc.text
    assert server.requests == [("/pier.html", Settings().user_agent)]


def test_plain_text_url_gets_header_parsing(server, split) -> None:
    url = server.add(
        "/wire.txt", "Wire report\nBy Jo Bloggs\n\nA plain text report.", content_type="text/plain"
    )
    [doc], _ = split(read_sources([url]))
    assert (doc.kind, doc.title, doc.byline, doc.text) == (
        "url",
        "Wire report",
        "Jo Bloggs",
        "Wire report\nBy Jo Bloggs\n\nA plain text report.",
    )


def test_charset_from_the_http_header(server, split) -> None:
    body = (
        "<html><body><p>"
        + "Caf\u00e9 owners say the new rules are \u201cunfair\u201d. " * 6
        + "</p></body></html>"
    )
    url = server.add("/latin.html", body.encode("cp1252"), content_type="text/html; charset=windows-1252")
    [doc], _ = split(read_sources([url]))
    assert "Caf\u00e9 owners say the new rules are \u201cunfair\u201d." in doc.text


def test_redirects_are_followed_up_to_the_limit(server, split) -> None:
    server.add("/pier.html", PAGE)
    five = server.redirect_chain("/five", 5, "/pier.html")
    [doc], errors = split(read_sources([five]))
    assert errors == []
    assert doc.path == five  # the URL as given, not where it ended
    assert doc.title == "Pier reopens"


def test_too_many_redirects(server) -> None:
    server.add("/pier.html", PAGE)
    six = server.redirect_chain("/six", 6, "/pier.html")
    assert _error_text(read_sources([six])) == f"{six}: too many redirects (more than 5)"
    two = server.redirect_chain("/two", 2, "/pier.html")
    assert (
        _error_text(read_sources([two], Settings(max_redirects=1)))
        == f"{two}: too many redirects (more than 1)"
    )


def test_http_404(server) -> None:
    url = server.url("/missing.html")
    assert _error_text(read_sources([url])) == f"{url}: HTTP 404 Not Found"


def test_http_500(server) -> None:
    url = server.add("/boom", "oops", status=500, content_type="text/plain")
    assert _error_text(read_sources([url])) == f"{url}: HTTP 500 Internal Server Error"


def test_unreachable_port(closed_port_url: str) -> None:
    port = closed_port_url.split(":")[2].split("/")[0]
    message = _error_text(read_sources([closed_port_url]))
    assert message == f"{closed_port_url}: cannot connect to 127.0.0.1:{port}: connection refused"


def test_timeout(server) -> None:
    url = server.add("/slow.html", PAGE, delay=5.0)
    started = time.monotonic()
    message = _error_text(read_sources([url], Settings(http_timeout=0.3)))
    assert time.monotonic() - started < 3
    assert message.startswith(f"{url}: timed out after 0.3 s")


def test_non_text_content_type(server) -> None:
    url = server.add("/photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", content_type="image/jpeg")
    assert _error_text(read_sources([url])) == f"{url}: not a text document (content type image/jpeg)"


def test_size_cap_from_content_length(server) -> None:
    url = server.add("/big.html", "<p>" + "x" * 5000 + "</p>")
    message = _error_text(read_sources([url], Settings(max_bytes=1000)))
    assert message == f"{url}: too large: 4.9 KB is over the 1000 bytes limit (max_bytes)"


def test_size_cap_while_streaming_without_content_length(server) -> None:
    url = server.add("/stream.html", "<p>" + "x" * 200_000 + "</p>", send_length=False)
    message = _error_text(read_sources([url], Settings(max_bytes=1000)))
    assert message == f"{url}: too large: more than the 1000 bytes limit (max_bytes), stopped reading"


def test_a_caller_supplied_client_is_used_and_left_open(split) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, text=PAGE, headers={"content-type": "text/html"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        [doc], _ = split(read_sources(["https://gazette.example/pier"], client=client))
        assert not client.is_closed
        fetched = fetch("https://gazette.example/again", client=client)
    assert doc.title == "Pier reopens"
    assert calls == ["https://gazette.example/pier", "https://gazette.example/again"]
    assert fetched.content_type == "text/html" and fetched.content == PAGE.encode()


def test_unknown_host_via_mock_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        message = _error_text(read_sources(["https://no-such-host.example/a"], client=client))
    assert (
        message
        == "https://no-such-host.example/a: cannot connect to no-such-host.example: name or service not known"
    )
