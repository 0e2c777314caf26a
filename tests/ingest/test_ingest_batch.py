"""A batch goes on after every kind of error; every error is one line naming its source."""

from __future__ import annotations

import io
from pathlib import Path

from heuer.errors import IngestError
from heuer.ingest import read_sources
from heuer.settings import Settings


def test_good_sources_come_out_between_bad_ones(
    tmp_path: Path, data_dir: Path, server, closed_port_url: str
) -> None:
    page = server.add(
        "/ok.html",
        "<html><body><article><p>" + "A good page from the server. " * 8 + "</p></article></body></html>",
    )
    (tmp_path / "junk.bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.rss").write_text("<rss><channel><item><title>cut")
    (tmp_path / "big.txt").write_text("Too big\n\n" + "words " * 1000)
    sources = [
        str(tmp_path / "junk.bin.txt"),
        str(data_dir / "ferry-original.txt"),
        str(tmp_path / "empty.txt"),
        server.url("/missing"),
        page,
        closed_port_url,
        str(tmp_path / "broken.rss"),
        "-",
        str(tmp_path / "big.txt"),
        str(tmp_path / "does-not-exist"),
        str(data_dir / "courier.atom"),
    ]
    items = list(
        read_sources(sources, Settings(max_bytes=4000), stdin=io.BytesIO(b"Piped story\n\nFrom stdin."))
    )
    outcome = [(type(i).__name__, getattr(i, "source", None) or getattr(i, "path", None)) for i in items]
    assert outcome == [
        ("IngestError", str(tmp_path / "junk.bin.txt")),
        ("Document", str(data_dir / "ferry-original.txt")),
        ("IngestError", str(tmp_path / "empty.txt")),
        ("IngestError", server.url("/missing")),
        ("Document", page),
        ("IngestError", closed_port_url),
        ("IngestError", str(tmp_path / "broken.rss")),
        ("Document", "<stdin>"),
        ("IngestError", str(tmp_path / "big.txt")),
        ("IngestError", str(tmp_path / "does-not-exist")),
        ("Document", "https://herald.example/market-roof"),  # the feed's one entry
    ]
    for item in items:
        if isinstance(item, IngestError):
            message = str(item)
            assert "\n" not in message
            assert message.startswith(f"{item.source}: ") and item.reason


def test_all_good_with_default_settings(data_dir: Path, split) -> None:
    docs, errors = split(read_sources([str(data_dir)]))
    assert errors == []
    assert sorted(d.kind for d in docs) == ["feed", "feed", "feed", "html", "text", "text", "text"]
    assert len({d.id for d in docs}) == len(docs)


def test_unexpected_failures_become_errors_and_the_batch_goes_on(tmp_path: Path, monkeypatch, split) -> None:
    first = tmp_path / "a.html"
    first.write_text("<html><body><p>" + "First page text. " * 10 + "</p></body></html>")
    second = tmp_path / "b.txt"
    second.write_text("Second\n\nPlain text still works.")

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser exploded\nwith a second line")

    from heuer.ingest import reader

    monkeypatch.setattr(reader, "extract_html", crash)
    docs, [error] = split(read_sources([str(first), str(second)]))
    assert [d.title for d in docs] == ["Second"]
    assert (
        str(error)
        == f"{first}: unexpected error while reading: RuntimeError: parser exploded with a second line"
    )
