"""Expand what the user names (paths, folders, URLs, ``-``) into one reference per readable item.

Expansion is cheap: it only looks at names and folder listings, never at file
contents, so a caller can count the items first and tick a progress bar as
each one is read with :func:`heuer.ingest.read_source`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Literal

from heuer.settings import DEFAULT_SETTINGS, Settings

STDIN = "-"
STDIN_LABEL = "<stdin>"

SourceKind = Literal["file", "url", "stdin", "invalid"]


@dataclass(frozen=True)
class SourceRef:
    """One item to read: a file, a URL or standard input.

    ``location`` is the path or URL as given (for files found in a folder, the
    folder as given joined with the file's relative path). ``problem`` is set
    when expansion already knows the item cannot be read (a missing path, an
    unsupported URL scheme, a folder without matching files); reading such a
    reference yields one :class:`~heuer.errors.IngestError` with that reason.
    """

    location: str
    kind: SourceKind
    problem: str | None = None

    @property
    def label(self) -> str:
        """How errors and documents name this item."""
        return STDIN_LABEL if self.kind == "stdin" else self.location


def is_url(source: str) -> bool:
    """True for an http or https URL."""
    return source.strip().lower().startswith(("http://", "https://"))


def expand_sources(
    sources: Iterable[str],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    include: Sequence[str] | None = None,
) -> list[SourceRef]:
    """Turn user-named sources into a list of items, one per file, URL or stdin.

    Folders are walked recursively (hidden files and folders skipped, sorted by
    path) and keep only files whose name or relative path matches one of the
    ``include`` globs (default ``settings.include``, case-insensitive). A file
    named directly is always read, whatever its name.
    """
    patterns = tuple(include) if include is not None else settings.include
    refs: list[SourceRef] = []
    for source in sources:
        refs.extend(_expand_one(source, patterns))
    return refs


def _expand_one(source: str, patterns: Sequence[str]) -> Iterator[SourceRef]:
    if source == STDIN:
        yield SourceRef(STDIN, "stdin")
        return
    if not source.strip():
        yield SourceRef(source, "invalid", "empty source name")
        return
    if is_url(source):
        yield SourceRef(source.strip(), "url")
        return
    if "://" in source:
        scheme = source.split("://", 1)[0]
        yield SourceRef(source, "invalid", f"unsupported URL scheme {scheme!r} (only http and https)")
        return
    path = Path(source).expanduser()
    if path.is_dir():
        found = False
        for file in _walk(path, patterns):
            found = True
            yield SourceRef(str(file), "file")
        if not found:
            globs = ", ".join(patterns) or "(no patterns)"
            yield SourceRef(source, "invalid", f"folder has no files matching {globs}")
        return
    if not path.exists():
        yield SourceRef(source, "invalid", "no such file or folder")
        return
    yield SourceRef(source if str(path) == source else str(path), "file")  # "~" expanded


def _walk(root: Path, patterns: Sequence[str]) -> Iterator[Path]:
    lowered = [p.lower() for p in patterns]

    def on_error(err: OSError) -> None:  # an unreadable subfolder is skipped, not fatal
        return None

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = base / name
            relative = file.relative_to(root).as_posix().lower()
            if any(fnmatch(name.lower(), p) or fnmatch(relative, p) for p in lowered):
                yield file
