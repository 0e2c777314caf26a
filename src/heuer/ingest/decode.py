"""Turn raw bytes into text: refuse binary junk, find the encoding, normalise newlines."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from heuer.ingest.loading import fail

_SAMPLE = 64 * 1024
_MAX_CONTROL_SHARE = 0.10  # share of control bytes above which a sample is binary
_MAX_CHAOS = 10.0  # charset-normalizer "mess" percentage we still accept
_MAX_UNCERTAIN_NON_ASCII = 0.30  # non-ASCII share allowed when no language was recognised

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
)

# Text control characters that are fine: tab, newline, vertical tab, form feed, carriage return, escape.
_ALLOWED_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _ALLOWED_CONTROLS | {0x7F}

# Guesses we never trust without a byte order mark or a declaration.
_DISTRUSTED_PREFIXES = ("utf_16", "utf_32", "utf_7", "cp037", "cp273", "cp500", "cp875", "cp1026", "cp1140")
# When charset-normalizer finds several equally good single-byte encodings, prefer these (WHATWG default first).
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
# Non-ASCII characters typical of Western European text in Windows-1252.
_WESTERN = frozenset(
    "\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b4\u00b7\u00bb\u00bf"
    + "".join(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
    + "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178"
)


_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names near the start of ``raw``."""
    match = _DECLARED_RE.search(raw[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    return name if _known_codec(name) else None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(raw: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``raw`` to text with normalised newlines, or raise :class:`IngestError`.

    Order: byte order mark, UTF-16 without a mark, UTF-8, the ``declared``
    charset (HTTP header, else an HTML ``<meta>`` or XML declaration), then charset-normalizer's best guess if it passes a
    sanity check. Empty and whitespace-only input and binary data are refused.
    """
    if not raw:
        raise fail(source, "empty: 0 bytes")
    text = _decode(raw, source, declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise fail(source, "empty: only whitespace, no text")
    return normalise_newlines(text)


def binary_reason(raw: bytes) -> str | None:
    """Why ``raw`` looks like binary data rather than text, or None if it looks like text."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return f"looks like binary data, not text ({what})"
    sample = raw[:_SAMPLE]
    if b"\x00" in sample:
        return "looks like binary data, not text (it contains NUL bytes)"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        return "looks like binary data, not text (too many control characters)"
    return None


def _decode(raw: bytes, source: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise fail(
                    source,
                    f"cannot decode text: it starts with a {encoding} byte order mark but is not valid {encoding}",
                ) from None
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    reason = binary_reason(raw)
    if reason:
        raise fail(source, reason)
    tried = ["utf-8"]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared if declared and _known_codec(declared) else declared_charset(raw)
    if declared:
        tried.append(declared)
        # As browsers do (WHATWG), pages labelled latin-1 or ASCII are read as windows-1252.
        label = codecs.lookup(declared).name
        for encoding in ("cp1252", declared) if label in ("iso8859-1", "latin-1", "ascii") else (declared,):
            try:
                return raw.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    tried.append("charset detection")
    guess = _guess(raw)
    if guess is not None:
        return guess
    raise fail(source, f"cannot decode text (tried {', '.join(tried)})")


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _utf16_without_bom(raw: bytes) -> str | None:
    """Decode UTF-16 text without a byte order mark, recognised by NULs in every other byte."""
    sample = raw[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(raw) % 2:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for ch in text[:_SAMPLE] if ord(ch) < 32 and ord(ch) not in _ALLOWED_CONTROLS)
            return None if controls else text
    return None


def _western_cp1252(raw: bytes) -> str | None:
    """Windows-1252 text whose non-ASCII characters are all Latin letters or typographic marks."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(ord(ch) < 128 or ch in _WESTERN for ch in text):
        return text
    return None


def _guess(raw: bytes) -> str | None:
    matches = [
        m for m in charset_normalizer.from_bytes(raw) if not m.encoding.startswith(_DISTRUSTED_PREFIXES)
    ]
    if not matches:
        return None
    best = matches[0]
    if best.percent_chaos > _MAX_CHAOS:
        return None
    ties = [
        m
        for m in matches
        if m.percent_chaos == best.percent_chaos and m.percent_coherence == best.percent_coherence
    ]
    for preferred in _PREFERRED:
        for match in ties:
            if match.encoding == preferred:
                best = match
                break
        else:
            continue
        break
    text = str(best)
    if best.percent_coherence == 0:
        western = _western_cp1252(raw)
        if western is not None:
            return western
        visible = [ch for ch in text if not ch.isspace()]
        non_ascii = sum(1 for ch in visible if ord(ch) > 127)
        if not visible or non_ascii > _MAX_UNCERTAIN_NON_ASCII * len(visible):
            return None
    return text
