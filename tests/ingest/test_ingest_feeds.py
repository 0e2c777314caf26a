"""RSS and Atom feeds, from files and from a local HTTP server whose entries link to its pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heuer.ingest import read_sources
from heuer.model import content_id

ARTICLE_PAGE = """<!DOCTYPE html><html><head><title>{title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Page Author">
<meta property="article:published_time" content="2024-07-01"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Harbour Gazette. All rights reserved.</footer></body></html>"""


def _page(title: str, sentences: list[str]) -> str:
    return ARTICLE_PAGE.format(title=title, paragraphs="".join(f"<p>{s}</p>" for s in sentences))


def test_rss_file_entries_become_documents(data_dir: Path, split) -> None:
    path = data_dir / "courier.rss"
    docs, errors = split(read_sources([str(path)]))
    assert errors == []
    first, second = docs
    assert first.kind == second.kind == "feed"
    assert first.path == "https://courier.example/news/coast-road-repairs"
    assert first.title == "Coast road to close for repairs in May"
    assert (first.outlet, first.byline, first.published) == (
        "The Lakeside Courier",
        "Mara Lindqvist",
        date(2024, 4, 8),
    )
    assert first.text.split("\n\n")[0].startswith("The coast road between Eastwick and Millbrook will close")
    assert len(first.text.split("\n\n")) == 3
    assert "<p>" not in first.text
    # Entry without a link: its summary is the text, the path is feed#index.
    assert second.path == f"{path}#2"
    assert second.text == "The Eastwick youth choir won first prize at the regional festival on Saturday."
    assert second.id == content_id(second.text.encode("utf-8"))
    assert (second.byline, second.published) == ("Olu Adebayo", date(2024, 4, 9))


def test_atom_file_entry(data_dir: Path, split) -> None:
    [doc], errors = split(read_sources([str(data_dir / "courier.atom")]))
    assert errors == []
    assert doc.kind == "feed"
    assert doc.path == "https://herald.example/market-roof"
    assert (doc.title, doc.outlet, doc.byline) == (
        "Market hall roof to be replaced",
        "Bay Herald",
        "Ingrid Sol",
    )
    assert doc.published == date(2024, 5, 1)
    assert doc.text.startswith("The roof of the covered market hall in Eastwick will be replaced this summer")
    assert doc.text.endswith('they will not walk a kilometre with their shopping," she said.')


def test_feed_detected_by_content_not_name(data_dir: Path, split) -> None:
    renamed = data_dir / "feed-saved-as.txt"
    renamed.write_bytes((data_dir / "courier.atom").read_bytes())
    [doc], _ = split(read_sources([str(renamed)]))
    assert doc.kind == "feed" and doc.title == "Market hall roof to be replaced"


def test_feed_over_http_fetches_linked_pages_for_teaser_entries(server, split) -> None:
    one = _page(
        "Ferry timetable changes",
        [
            "The summer ferry timetable starts on Monday with two extra crossings a day.",
            "Tickets go on sale online.",
        ],
    )
    two = (  # no site name and no date: the feed's title and the page's own data fill in
        "<html><head><title>Beach cleanup</title></head><body><article><h1>Beach cleanup</h1>"
        "<p>Volunteers collected forty bags of litter from the north beach on Sunday.</p>"
        "</article></body></html>"
    )
    url_one = server.add("/news/ferry-timetable.html", one)
    server.add("/news/beach-cleanup.html", two)
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette - Latest</title>
<item><title>Ferry timetable changes (feed title)</title><link>{url_one}</link>
<pubDate>Fri, 28 Jun 2024 10:00:00 GMT</pubDate><description>New timetable.</description></item>
<item><title>Beach cleanup</title><link>/news/beach-cleanup.html</link><description>Litter.</description></item>
<item><title>Gone</title><link>{server.url("/news/removed.html")}</link><description>Removed story.</description></item>
</channel></rss>"""
    feed_url = server.add("/feed.xml", feed, content_type="application/rss+xml")
    docs, errors = split(read_sources([feed_url]))
    assert [d.path for d in docs] == [url_one, server.url("/news/beach-cleanup.html")]
    first, second = docs
    assert first.kind == "feed"
    assert first.id == content_id(one.encode("utf-8"))  # the fetched page's bytes
    assert first.title == "Ferry timetable changes (feed title)"  # the feed's metadata wins
    assert first.published == date(2024, 6, 28)
    assert first.outlet == "Harbour Gazette"  # the page's site name
    assert first.byline == "Page Author"  # the feed had none
    assert "two extra crossings a day" in first.text and "Home" not in first.text
    assert second.published is None
    assert second.outlet == "Harbour Gazette - Latest"  # not the host name 127.0.0.1:PORT
    assert second.text.endswith("forty bags of litter from the north beach on Sunday.")
    [error] = errors
    assert str(error) == f"{server.url('/news/removed.html')}: HTTP 404 Not Found"
    assert [path for path, _ in server.requests] == [
        "/feed.xml",
        "/news/ferry-timetable.html",
        "/news/beach-cleanup.html",
        "/news/removed.html",
    ]


def test_malformed_feed(tmp_path: Path, split) -> None:
    path = tmp_path / "broken.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Cut off'
    )
    docs, [error] = split(read_sources([str(path)]))
    assert docs == []
    assert str(error).startswith(f"{path}: malformed feed (")
    assert str(error).endswith("no entries could be read")


def test_feed_entry_without_link_or_text_is_an_error_and_others_are_kept(tmp_path: Path, split) -> None:
    path = tmp_path / "mixed.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>Mixed</title>'
        "<item><title>Empty</title><description></description></item>"
        "<item><title>Fine</title><description>A short but real item.</description></item>"
        "</channel></rss>"
    )
    docs, [error] = split(read_sources([str(path)]))
    assert [d.title for d in docs] == ["Fine"]
    assert str(error) == f"{path}#1: feed entry 1 has no text and it has no link"


def test_feed_without_entries(tmp_path: Path, split) -> None:
    path = tmp_path / "none.xml"
    path.write_text('<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>')
    _, [error] = split(read_sources([str(path)]))
    assert str(error) == f"{path}: feed has no entries"
