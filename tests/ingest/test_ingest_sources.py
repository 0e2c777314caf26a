"""Expanding sources (folders, include globs, stdin) and reading them one item at a time."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from heuer.ingest import MetadataOverrides, SourceRef, expand_sources, read_source, read_sources
from heuer.model import content_id
from heuer.settings import Settings


def _tree(root: Path) -> Path:
    (root / "a" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a" / "one.txt").write_text("First story\n\nSomething happened in the town today.")
    (root / "a" / "deep" / "two.HTML").write_text(
        "<html><body><p>" + "The second story is here. " * 10 + "</p></body></html>"
    )
    (root / "a" / "deep" / "notes.md").write_text("Notes\n\nA markdown note about the case.")
    (root / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "a" / "data.csv").write_text("a,b\n1,2\n")
    (root / ".hidden" / "secret.txt").write_text("Hidden\n\nShould not be read.")
    (root / "a" / ".draft.txt").write_text("Draft\n\nShould not be read.")
    return root


def test_folder_is_walked_recursively_with_default_include_globs(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus")
    refs = expand_sources([str(root)])
    assert [Path(r.location).relative_to(root).as_posix() for r in refs] == [
        "a/one.txt",
        "a/deep/notes.md",
        "a/deep/two.HTML",
    ]
    assert all(r.kind == "file" and r.problem is None for r in refs)


def test_include_globs_filter_folder_files(tmp_path: Path, split) -> None:
    root = _tree(tmp_path / "corpus")
    docs, errors = split(read_sources([str(root)], include=["*.txt", "deep/*.csv", "a/deep/*.md"]))
    assert errors == []
    assert sorted(Path(d.path).name for d in docs) == ["notes.md", "one.txt"]
    settings = Settings(include=("*.html",))
    [doc] = [d for d in read_sources([str(root)], settings) if not isinstance(d, Exception)]
    assert doc.path == str(root / "a" / "deep" / "two.HTML")
    assert doc.kind == "html"


def test_folder_without_matching_files_is_one_error(tmp_path: Path, split) -> None:
    (tmp_path / "only.csv").write_text("a,b\n")
    docs, [error] = split(read_sources([str(tmp_path)]))
    assert docs == []
    assert str(error).startswith(f"{tmp_path}: folder has no files matching *.txt, *.html")


def test_a_named_file_is_read_whatever_its_extension(tmp_path: Path, split) -> None:
    path = tmp_path / "story.dat"
    path.write_text("Named file\n\nRead although .dat is not in the include globs.")
    [doc], errors = split(read_sources([str(path)]))
    assert (errors, doc.title) == ([], "Named file")


def test_missing_path_and_bad_scheme_are_errors(tmp_path: Path, split) -> None:
    missing = tmp_path / "nope.txt"
    docs, errors = split(read_sources([str(missing), "ftp://example.org/a.txt", ""]))
    assert docs == []
    assert [str(e) for e in errors] == [
        f"{missing}: no such file or folder",
        "ftp://example.org/a.txt: unsupported URL scheme 'ftp' (only http and https)",
        "'': empty source name",
    ]


def test_stdin(split) -> None:
    raw = b"From the wire\r\nBy Jo Bloggs, Coastal Wire Service\r\n\r\nA short report read from standard input.\r\n"
    [doc], errors = split(read_sources(["-"], stdin=io.BytesIO(raw)))
    assert errors == []
    assert doc.kind == "stdin"
    assert doc.path == "<stdin>"
    assert doc.id == content_id(raw)
    assert (doc.title, doc.byline, doc.outlet) == ("From the wire", "Jo Bloggs", "Coastal Wire Service")
    assert doc.text == raw.decode().replace("\r\n", "\n")


def test_stdin_html_is_extracted(split) -> None:
    html = "<html><body><article><p>" + "A page piped in from curl. " * 10 + "</p></article></body></html>"
    [doc], _ = split(read_sources(["-"], stdin=io.BytesIO(html.encode())))
    assert (doc.kind, doc.text.startswith("A page piped in from curl.")) == ("stdin", True)


def test_expand_then_read_one_ref_at_a_time_for_a_progress_bar(data_dir: Path) -> None:
    refs = expand_sources([str(data_dir / "ferry-original.txt"), str(data_dir / "courier.rss"), "-"])
    assert [r.kind for r in refs] == ["file", "file", "stdin"]
    per_ref = [list(read_source(ref, stdin=io.BytesIO(b"Piped\n\nText."))) for ref in refs]
    assert [len(items) for items in per_ref] == [1, 2, 1]  # the feed gives one document per entry


def test_read_source_reports_a_problem_found_while_expanding() -> None:
    [error] = list(read_source(SourceRef("gone.txt", "invalid", "no such file or folder")))
    assert str(error) == "gone.txt: no such file or folder"


def test_metadata_overrides_win_over_detected_values(data_dir: Path, split) -> None:
    overrides = MetadataOverrides(outlet="Override Times", published=date(2020, 1, 2), title="Given title")
    docs, _ = split(
        read_sources(
            [str(data_dir / "ferry-original.txt"), str(data_dir / "courier.rss")], overrides=overrides
        )
    )
    assert len(docs) == 3
    for doc in docs:
        assert (doc.outlet, doc.published, doc.title) == ("Override Times", date(2020, 1, 2), "Given title")
    assert docs[0].byline == "Mara Lindqvist"  # not overridden
    partial = MetadataOverrides(outlet="Only Outlet")
    [doc] = [d for d in read_sources([str(data_dir / "ferry-original.txt")], overrides=partial)]
    assert (doc.outlet, doc.title) == ("Only Outlet", "Harbour authority approves new ferry terminal")


def test_tilde_is_expanded(tmp_path: Path, monkeypatch, split) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "home-story.txt").write_text("Home story\n\nRead through a ~ path.")
    [doc], errors = split(read_sources(["~/home-story.txt"]))
    assert errors == []
    assert (doc.path, doc.title) == (str(tmp_path / "home-story.txt"), "Home story")
