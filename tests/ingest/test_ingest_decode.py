"""Bad inputs (binary, undecodable, empty, too large) and the encodings that must work."""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

import pytest

from heuer.errors import IngestError
from heuer.ingest import decode_bytes, loading, read_sources
from heuer.settings import Settings


def _one_error(items) -> IngestError:
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    return items[0]


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    rng = random.Random(7)
    junk.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    error = _one_error(read_sources([str(junk)]))
    assert str(error).startswith(f"{junk}: looks like binary data, not text")


def test_control_characters_without_nul_are_binary() -> None:
    blob = bytes([1, 2, 3, 65, 66, 4, 5, 6, 67, 7, 8, 14]) * 50
    with pytest.raises(
        IngestError, match=r"^blob: looks like binary data, not text \(too many control characters\)$"
    ):
        decode_bytes(blob, "blob")


def test_known_binary_format_is_named(tmp_path: Path) -> None:
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    error = _one_error(read_sources([str(pdf)]))
    assert str(error) == f"{pdf}: looks like binary data, not text (a PDF document)"


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(600)))
    error = _one_error(read_sources([str(path)]))
    assert str(error) == f"{path}: cannot decode text (tried utf-8, charset detection)"


@pytest.mark.parametrize(
    ("content", "reason"), [(b"", "empty: 0 bytes"), (b" \r\n\t\n  ", "empty: only whitespace, no text")]
)
def test_empty_and_whitespace_only_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert str(_one_error(read_sources([str(path)]))) == f"{path}: {reason}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffUTF-8 with a BOM: caf\u00e9".encode(), "UTF-8 with a BOM: caf\u00e9"),
        ("UTF-16 with a BOM: caf\u00e9\r\nline".encode("utf-16"), "UTF-16 with a BOM: caf\u00e9\nline"),
        ("UTF-16 without a BOM: caf\u00e9".encode("utf-16-le"), "UTF-16 without a BOM: caf\u00e9"),
        (
            "The mayor\u2019s caf\u00e9 plan was called \u201cna\u00efve\u201d by critics.".encode("cp1252"),
            "The mayor\u2019s caf\u00e9 plan was called \u201cna\u00efve\u201d by critics.",
        ),
        (
            (
                "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f: \u0441\u043e\u0432\u0435\u0442 "
                "\u043f\u0440\u0438\u043d\u044f\u043b \u0431\u044e\u0434\u0436\u0435\u0442. "
            ).encode("cp1251")
            * 4,
            (
                "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f: \u0441\u043e\u0432\u0435\u0442 "
                "\u043f\u0440\u0438\u043d\u044f\u043b \u0431\u044e\u0434\u0436\u0435\u0442. "
            )
            * 4,
        ),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16-no-bom", "cp1252", "cp1251"],
)
def test_encodings_that_decode(raw: bytes, expected: str) -> None:
    assert decode_bytes(raw, "x") == expected


def test_sparse_200_mb_file_is_refused_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk space used

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(loading, "open", no_open, raising=False)
    started = time.monotonic()
    error = _one_error(read_sources([str(path)]))
    assert time.monotonic() - started < 1.0
    assert str(error) == f"{path}: too large: 200.0 MB is over the 50.0 MB limit (max_bytes)"


def test_small_max_bytes_setting(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\n" + "x" * 190)
    error = _one_error(read_sources([str(path)], Settings(max_bytes=100)))
    assert str(error) == f"{path}: too large: 200 bytes is over the 100 bytes limit (max_bytes)"
    [doc] = list(read_sources([str(path)], Settings(max_bytes=200)))
    assert doc.title == "Headline"


def test_stdin_over_the_cap_stops_reading() -> None:
    stream = io.BytesIO(b"word " * 1000)
    error = _one_error(read_sources(["-"], Settings(max_bytes=1000), stdin=stream))
    assert str(error) == "<stdin>: too large: more than the 1000 bytes limit (max_bytes), stopped reading"
    assert stream.tell() <= 1001
