"""Near-duplicate detection: MinHash signatures over word 5-grams, looked up with LSH.

A syndicated copy of an article (new headline, a sentence edited or added)
keeps most of its word 5-grams, so its estimated Jaccard similarity to the
original stays high; two different articles on the same topic share few
5-grams. Signatures are bytes so the store can keep them next to documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

from heuer.settings import DEFAULT_SETTINGS, Settings

SHINGLE_WORDS = 5
_SCHEME = "affine32"  # datasketch >= 2.0; fixed so stored signatures stay comparable
_BYTE_ORDER = "<"
_WORD_RE = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Words of ``text``, Unicode-normalised and case-folded, punctuation dropped."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of word ``size``-grams of ``text`` (the whole text if it is shorter)."""
    words = normalise_words(text)
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash_signature(text: str, num_perm: int = DEFAULT_SETTINGS.minhash_permutations) -> bytes:
    """A serialisable MinHash signature of ``text`` (a few hundred bytes)."""
    minhash = MinHash(num_perm=num_perm, scheme=_SCHEME)
    grams = shingles(text)
    if grams:
        minhash.update_batch([g.encode("utf-8") for g in grams])
    lean = LeanMinHash(minhash)
    buf = bytearray(lean.bytesize(byteorder=_BYTE_ORDER))
    lean.serialize(buf, byteorder=_BYTE_ORDER)
    return bytes(buf)


def load_signature(signature: bytes) -> LeanMinHash:
    """The MinHash behind signature bytes made by :func:`minhash_signature`."""
    return LeanMinHash.deserialize(signature, byteorder=_BYTE_ORDER)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(load_signature(a).jaccard(load_signature(b)))


class NearDuplicateIndex:
    """Signatures of known documents; finds the earliest one a new signature nearly duplicates.

    LSH proposes candidates with a looser threshold than ``settings.near_duplicate_threshold``
    (to miss few true pairs); each candidate is then checked against the real threshold.
    """

    def __init__(
        self, entries: Iterable[tuple[str, bytes]] = (), settings: Settings = DEFAULT_SETTINGS
    ) -> None:
        self.threshold = settings.near_duplicate_threshold
        self.num_perm = settings.minhash_permutations
        self._lsh = MinHashLSH(
            threshold=max(0.3, self.threshold - 0.2), num_perm=self.num_perm, weights=(0.3, 0.7)
        )
        self._order: dict[str, int] = {}
        self._sketches: dict[str, LeanMinHash] = {}
        for doc_id, signature in entries:
            self.add(doc_id, signature)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._order

    def add(self, doc_id: str, signature: bytes) -> None:
        """Index ``doc_id``; adding an id that is already indexed does nothing."""
        if doc_id in self._order:
            return
        sketch = self._load(signature)
        self._lsh.insert(doc_id, sketch)
        self._order[doc_id] = len(self._order)
        self._sketches[doc_id] = sketch

    def matches(self, signature: bytes) -> list[str]:
        """Every indexed document whose estimated Jaccard similarity is at least the threshold."""
        sketch = self._load(signature)
        return [
            doc_id
            for doc_id in self._lsh.query(sketch)
            if self._sketches[doc_id].jaccard(sketch) >= self.threshold
        ]

    def find(self, signature: bytes) -> str | None:
        """The earliest-added document whose estimated Jaccard similarity is at least the threshold."""
        matches = self.matches(signature)
        return min(matches, key=self._order.__getitem__) if matches else None

    def _load(self, signature: bytes) -> LeanMinHash:
        sketch = load_signature(signature)
        if len(sketch) != self.num_perm:
            raise ValueError(
                f"signature has {len(sketch)} permutations, the index expects {self.num_perm} (minhash_permutations)"
            )
        return sketch
