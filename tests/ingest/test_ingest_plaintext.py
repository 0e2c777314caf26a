"""Plain-text articles: header block (title, byline, outlet, date), full text kept as read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from heuer.ingest import parse_text_header, read_sources
from heuer.model import content_id

BNE = Path("/work/shared/examples/nk-troops/bne-2024-10-31-nk-troops.txt")
BNE_TITLE = (
    "North Korean troop deployment in Russia: bilateral deal and little more, or intentional distraction?"
)


@pytest.mark.skipif(not BNE.exists(), reason="shared example article not available")
def test_bne_article_header_and_full_text(split) -> None:
    raw = BNE.read_bytes()
    docs, errors = split(read_sources([str(BNE)]))
    assert errors == []
    [doc] = docs
    assert doc.title == BNE_TITLE
    assert doc.outlet == "bne IntelliNews"
    assert doc.byline == "bno - Taipei Office"
    assert doc.published == date(2024, 10, 31)
    assert doc.kind == "text"
    assert doc.path == str(BNE)
    assert doc.id == content_id(raw)
    # The whole text as read, header included, only newlines normalised: offsets stay stable.
    assert doc.text == raw.decode("utf-8").replace("\r\n", "\n")
    assert doc.text.startswith(BNE_TITLE + "\n")


@pytest.mark.skipif(not BNE.exists(), reason="shared example article not available")
def test_bne_body_starts_after_the_header() -> None:
    text = BNE.read_text(encoding="utf-8")
    header = parse_text_header(text)
    assert text[header.body_start :].startswith("Intelligence services in Kyiv say")


def test_byline_with_outlet_after_comma_and_date_line() -> None:
    text = "Harbour authority approves new ferry terminal\nBy Mara Lindqvist, The Lakeside Courier\nMarch 14, 2024\n\nThe harbour authority voted."
    header = parse_text_header(text)
    assert header.title == "Harbour authority approves new ferry terminal"
    assert header.byline == "Mara Lindqvist"
    assert header.outlet == "The Lakeside Courier"
    assert header.published == date(2024, 3, 14)
    assert text[header.body_start :] == "The harbour authority voted."


def test_outlet_on_the_line_after_the_byline_and_published_line() -> None:
    text = (
        "Eastwick approves ferry terminal\nBy Mara Lindqvist\nCoastal Wire Service\n"
        "Published: Thursday, 14 March 2024, 09:30 GMT\n\nBody text starts here."
    )
    header = parse_text_header(text)
    assert (header.byline, header.outlet, header.published) == (
        "Mara Lindqvist",
        "Coastal Wire Service",
        date(2024, 3, 14),
    )


def test_role_after_comma_is_not_an_outlet() -> None:
    header = parse_text_header("Title here\nBy Jane Doe, Senior Correspondent\n\nBody.")
    assert (header.byline, header.outlet) == ("Jane Doe", None)


def test_without_header_only_a_short_first_line_is_the_title() -> None:
    header = parse_text_header(
        "Council meets again\nThe council met on Monday to discuss the budget for next year."
    )
    assert header.title == "Council meets again"
    assert (header.byline, header.outlet, header.published) == (None, None, None)
    long_first = "word " * 60
    assert parse_text_header(long_first + "\nmore").title is None


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Prices rise\nBy the end of the year, prices had risen sharply across the whole region.\n"
    assert parse_text_header(text).byline is None


def test_bare_numbers_and_numeric_dates_are_not_guessed_as_dates() -> None:
    for line in ("2024", "10/11/2024", "20241031", "12", "Updated yesterday"):
        header = parse_text_header(f"Title\n{line}\n\nBody.")
        assert header.published is None, line


def test_crlf_is_normalised_and_header_kept(tmp_path: Path, split) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Ferry vote\r\nBy Jo Bloggs\r\n\r\nThe vote was close.\r\n")
    [doc], errors = split(read_sources([str(path)]))
    assert errors == []
    assert doc.text == "Ferry vote\nBy Jo Bloggs\n\nThe vote was close.\n"
    assert (doc.title, doc.byline) == ("Ferry vote", "Jo Bloggs")
    assert doc.id == content_id(path.read_bytes())
