"""Read the raw bytes of a file or a stream, refusing anything over the size cap early."""

from __future__ import annotations

import os
import re
from typing import BinaryIO

from heuer.errors import IngestError

_CHUNK = 1024 * 1024


def fail(source: str, reason: str) -> IngestError:
    """An :class:`IngestError` whose message is guaranteed to be one line."""
    return IngestError(" ".join(source.split()) or repr(source), re.sub(r"\s+", " ", reason).strip())


def human_size(n: int) -> str:
    """``1536`` -> ``"1.5 KB"`` (binary units, as ``Settings.max_bytes`` is written)."""
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def too_large(size: int | None, limit: int) -> str:
    """The reason text for a source over the size cap."""
    if size is None:
        return f"too large: more than the {human_size(limit)} limit (max_bytes), stopped reading"
    return f"too large: {human_size(size)} is over the {human_size(limit)} limit (max_bytes)"


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of ``path``; a file over ``max_bytes`` is refused before it is read."""
    try:
        st = os.stat(path)
        if os.path.isdir(path):
            raise fail(path, "is a folder, not a file")
        if st.st_size > max_bytes:
            raise fail(path, too_large(st.st_size, max_bytes))
        with open(path, "rb") as handle:
            return read_stream(handle, path, max_bytes)
    except FileNotFoundError:
        raise fail(path, "no such file or folder") from None
    except PermissionError:
        raise fail(path, "cannot read: permission denied") from None
    except OSError as err:
        raise fail(path, f"cannot read: {err.strerror or err}") from None


def read_stream(stream: BinaryIO, label: str, max_bytes: int) -> bytes:
    """Read a stream to its end, but never more than ``max_bytes`` (plus one byte to notice)."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise fail(label, too_large(None, max_bytes))
    return b"".join(parts)
