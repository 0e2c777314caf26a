"""HTML files: main text without boilerplate, metadata from meta tags, broken pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heuer.ingest import read_sources
from heuer.model import content_id


def test_html_page_text_without_boilerplate_and_metadata(data_dir: Path, split) -> None:
    path = data_dir / "courier-page.html"
    [doc], errors = split(read_sources([str(path)]))
    assert errors == []
    assert doc.kind == "html"
    assert doc.path == str(path)
    assert doc.id == content_id(path.read_bytes())
    assert doc.title == "Library to open on Sundays after council vote"
    assert doc.outlet == "The Lakeside Courier"
    assert doc.byline == "Priya Raman"
    assert doc.published == date(2024, 6, 2)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1].startswith("The central library in Eastwick will open on Sunday afternoons")
    assert paragraphs[-1].endswith("whether to make Sunday opening permanent.")
    assert '"Sunday is the one day many parents can bring their children," she said.' in doc.text
    for boilerplate in (
        "cookies",
        "Subscribe",
        "Most read",
        "Privacy policy",
        "All rights reserved",
        "dataLayer",
    ):
        assert boilerplate not in doc.text


def test_broken_html_still_gives_text(tmp_path: Path, split) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Budget row</title><body><div><p>The council argued about the budget <b>until late"
        "<p>No decision was taken</div></span></i>",
        encoding="utf-8",
    )
    [doc], errors = split(read_sources([str(path)]))
    assert errors == []
    assert "The council argued about the budget" in doc.text
    assert "No decision was taken" in doc.text


def test_html_without_any_text_is_an_error(tmp_path: Path, split) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>")
    docs, [error] = split(read_sources([str(path)]))
    assert docs == []
    assert str(error) == f"{path}: no article text found in HTML"


def test_html_detected_by_content_in_a_txt_file(tmp_path: Path, split) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><article><p>"
        + "A sentence about the harbour. " * 12
        + "</p></article></body></html>"
    )
    [doc], _ = split(read_sources([str(path)]))
    assert doc.kind == "html"
    assert doc.text.startswith("A sentence about the harbour.")
    assert "<p>" not in doc.text


def test_html_in_windows_1252_declared_in_meta(tmp_path: Path, split) -> None:
    path = tmp_path / "legacy.html"
    body = (
        "<p>The caf\u00e9 owners called the rules \u201cunfair\u201d and said they would appeal before the summer season starts.</p>"
        * 3
    )
    path.write_bytes(
        ("<html><head><meta charset='windows-1252'></head><body>" + body + "</body></html>").encode("cp1252")
    )
    [doc], errors = split(read_sources([str(path)]))
    assert errors == []
    assert "caf\u00e9 owners called the rules \u201cunfair\u201d" in doc.text
