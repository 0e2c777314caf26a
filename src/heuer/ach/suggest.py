"""Proposed consistency ratings for evidence × hypothesis cells, each with a reason.

A *suggester* looks at one evidence text and one hypothesis text and proposes a
rating on the ACH scale ("CC", "C", "N", "I", "II" or "NA") with a short sentence
saying why and a confidence between 0 and 1. Suggestions are proposals only: an
analyst accepts or rejects them elsewhere.

Two suggesters ship with heuer:

* :class:`SimilaritySuggester` (the default) compares sentence embeddings, then
  checks polarity (one text denies what the other asserts) and rival figures
  ("12,000 troops" against "1,500 troops").
* :class:`NliSuggester` runs a local natural-language-inference model (any Hugging
  Face sequence-classification folder with entailment, neutral and contradiction
  labels) with the evidence as premise.

Nothing here downloads anything: models are read from local folders only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from heuer.errors import ConfigError
from heuer.ledger.agreement import numbers_in
from heuer.ledger.embedding import Embedder, make_embedder

_RATINGS = ("CC", "C", "N", "I", "II", "NA")
_NLI_ENV = "HEUER_NLI_MODEL"


@dataclass(frozen=True)
class Suggestion:
    """A proposed rating for one evidence × hypothesis cell, with its reason and confidence."""

    rating: str  # one of "CC", "C", "N", "I", "II", "NA"
    reason: str  # one short human sentence
    confidence: float  # 0..1
    suggester: str  # name of the suggester that made it

    def __post_init__(self) -> None:
        if self.rating not in _RATINGS:
            raise ValueError(f"rating {self.rating!r} is not one of {', '.join(_RATINGS)}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside 0..1")


class Suggester(Protocol):
    """Anything that proposes ratings for (evidence_text, hypothesis_text) pairs."""

    name: str

    def suggest_many(self, pairs: Sequence[tuple[str, str]]) -> list[Suggestion]:
        """One suggestion per (evidence_text, hypothesis_text) pair, in the same order."""
        ...


def suggest(suggester: Suggester, evidence: str, hypothesis: str) -> Suggestion:
    """The suggestion of *suggester* for a single evidence × hypothesis pair."""
    return suggester.suggest_many([(evidence, hypothesis)])[0]


# --- polarity and figures ------------------------------------------------------------------------

_DENIAL_VERB = (
    r"(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|rebut(?:s|ted|ting)?|denials?|rul(?:e|es|ed|ing)\s+out)"
)
# "did not deny", "never rejected", "hasn't been ruled out": not a denial at all
_NON_DENIAL = re.compile(rf"(?:\bnot|\bnever|n't)\s+(?:\w+\s+){{0,2}}?{_DENIAL_VERB}\b", re.IGNORECASE)
_DENIAL = re.compile(
    rf"\b{_DENIAL_VERB}\b|\b(?:no\s+evidence|fake\s+news|baseless|unfounded|untrue|false(?!\s+flag)"
    r"|fabricat\w*|hoax)\b",
    re.IGNORECASE,
)
# a negation that is not one: "no fewer than 12,000", "not only", "no doubt"
_NOT_NEGATION = re.compile(
    r"\b(?:no|not)\s+(?:fewer|less|more|later|earlier|sooner)\s+than\b"
    r"|\bnot\s+(?:only|least)\b|\bno\s+doubt\b",
    re.IGNORECASE,
)
_VERBAL_NEGATION = re.compile(r"\b(?:not|never|no|nobody|nothing|none|neither|nor)\b|n't\b", re.IGNORECASE)
# the main clause ends at a semicolon, a dash or a concessive/contrastive conjunction
_CLAUSE_BREAK = re.compile(r"[;—–]|,?\s+(?:even\s+)?(?:though|although|but|whereas|while)\s+", re.IGNORECASE)


def _negation_cue(text: str) -> re.Match[str] | None:
    """Where *text* denies or negates its own content, or None when it asserts it.

    Match positions index *text* itself (curly apostrophes are replaced one for one).

    Denial words ("denied", "dismissed", "no evidence", "baseless") count anywhere;
    a plain "not"/"never"/"no" counts only in the main clause, so that a negated
    detail after "though" or "but" does not flip the whole sentence.
    """
    text = text.replace("’", "'")
    cleaned = _NON_DENIAL.sub(lambda m: " " * len(m.group()), text)
    cleaned = _NOT_NEGATION.sub(lambda m: " " * len(m.group()), cleaned)
    denial = _DENIAL.search(cleaned)
    if denial:
        return denial
    brk = _CLAUSE_BREAK.search(cleaned)
    return _VERBAL_NEGATION.search(cleaned, 0, brk.start() if brk else len(cleaned))


def _quote(text: str, start: int, words: int = 4) -> str:
    """A few words of *text* from the word holding *start*, quoted, with an ellipsis when cut."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    tail = text[start:].split()
    snippet = " ".join(tail[:words]).rstrip(".,;:!?\"'")
    return f"'{snippet} ...'" if len(tail) > words else f"'{snippet}'"


def _close(x: float, y: float, tolerance: float = 0.01) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9)


def _figures(numbers: set[float]) -> str:
    def one(n: float) -> str:
        return f"{int(n):,}" if float(n).is_integer() else f"{n:,.6g}"

    return " and ".join(one(n) for n in sorted(numbers))


def _scaled(similarity: float, low: float, high: float = 1.0) -> float:
    """Where *similarity* sits between *low* and *high*, clipped to 0..1."""
    if high <= low:
        return 1.0
    return float(min(1.0, max(0.0, (similarity - low) / (high - low))))


class SimilaritySuggester:
    """Ratings from embedding similarity, with a polarity check and a rival-figure check.

    Below the embedder's ``related`` threshold the texts are about different
    matters ("N"). Otherwise a denial on one side only gives "I" ("II" at or above
    ``same_claim``); two different figures give "I"; agreement gives "C" ("CC" at
    or above ``same_claim``).
    """

    name = "similarity"

    def __init__(self, embedder: Embedder | None = None) -> None:
        """Use *embedder*, or the ``auto`` embedder created on first use when None."""
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        """The embedder in use, created on first access if none was given."""
        if self._embedder is None:
            self._embedder = make_embedder("auto")
        return self._embedder

    def suggest_many(self, pairs: Sequence[tuple[str, str]]) -> list[Suggestion]:
        """One suggestion per (evidence_text, hypothesis_text) pair; all texts are encoded in one call."""
        if not pairs:
            return []
        embedder = self.embedder
        index: dict[str, int] = {}
        for evidence, hypothesis in pairs:
            index.setdefault(evidence, len(index))
            index.setdefault(hypothesis, len(index))
        vectors = np.asarray(embedder.encode(list(index)), dtype=np.float32)
        out = []
        for evidence, hypothesis in pairs:
            similarity = float(np.clip(vectors[index[evidence]] @ vectors[index[hypothesis]], -1.0, 1.0))
            out.append(self._rate(evidence, hypothesis, similarity, embedder.related, embedder.same_claim))
        return out

    def _rate(self, evidence: str, hypothesis: str, sim: float, related: float, same: float) -> Suggestion:
        if sim < related:
            # the further below "related", the surer that the texts are about different matters
            confidence = 0.5 + 0.4 * (1.0 - _scaled(sim, 0.0, related))
            return self._make("N", f"not about the same matter (similarity {sim:.2f})", confidence)
        closeness = "close in meaning" if sim >= same else "related"
        confidence = 0.4 + 0.5 * _scaled(sim, related)
        cue_e, cue_h = _negation_cue(evidence), _negation_cue(hypothesis)
        if (cue_e is None) != (cue_h is None):
            rating = "II" if sim >= same else "I"
            if cue_e is not None:
                reason = f"{closeness} ({sim:.2f}) and denies it: {_quote(evidence, cue_e.start())}"
            else:
                assert cue_h is not None
                quoted = _quote(hypothesis, cue_h.start())
                reason = f"{closeness} ({sim:.2f}) and asserts what the hypothesis denies: {quoted}"
            return self._make(rating, reason, confidence)
        numbers_e, numbers_h = numbers_in(evidence), numbers_in(hypothesis)
        if numbers_e and numbers_h and not any(_close(a, b) for a in numbers_e for b in numbers_h):
            reason = (
                f"{closeness} ({sim:.2f}) but gives a rival figure: "
                f"{_figures(numbers_e)} against {_figures(numbers_h)} in the hypothesis"
            )
            return self._make("I", reason, confidence)
        if sim >= same:
            return self._make("CC", f"says much the same ({sim:.2f})", confidence)
        return self._make("C", f"related ({sim:.2f}) with no denial or rival figure", confidence)

    def _make(self, rating: str, reason: str, confidence: float) -> Suggestion:
        return Suggestion(rating, reason, round(min(1.0, max(0.0, confidence)), 3), self.name)


# --- natural-language inference --------------------------------------------------------------------


def _nli_classes(id2label: dict[Any, str]) -> dict[str, int] | None:
    """Indices of the entailment, neutral and contradiction labels, or None when they are not all there."""
    found: dict[str, list[int]] = {"entailment": [], "neutral": [], "contradiction": []}
    for key, label in id2label.items():
        low = str(label).lower()
        if "entail" in low and not re.match(r"(?:not|non)[\W_]*", low):
            found["entailment"].append(int(key))
        elif "contradict" in low:
            found["contradiction"].append(int(key))
        elif "neutral" in low:
            found["neutral"].append(int(key))
    if any(len(ids) != 1 for ids in found.values()):
        return None
    return {name: ids[0] for name, ids in found.items()}


class NliSuggester:
    """Ratings from a local natural-language-inference model (evidence = premise).

    The folder must hold a Hugging Face sequence-classification model and its
    tokenizer; its labels must name entailment, neutral and contradiction (in any
    order, any case). The model is loaded once, on first use, on the CPU.
    """

    def __init__(self, path: str | os.PathLike[str], *, batch_size: int = 16) -> None:
        """Check that *path* is a folder; the model in it is loaded lazily."""
        self.path = Path(path).expanduser()
        if not self.path.is_dir():
            raise ConfigError(f"{self.path}: no NLI model folder there")
        self.folder = self.path.resolve().name or str(self.path)
        self.name = f"nli:{self.folder}"
        self.batch_size = max(1, int(batch_size))
        self._loaded: tuple[Any, Any, dict[str, int], int | None] | None = None

    def _load(self) -> tuple[Any, Any, dict[str, int], int | None]:
        if self._loaded is not None:
            return self._loaded
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as exc:
            raise ConfigError("transformers is not installed (pip install 'heuer[embed]')") from exc
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
            model = AutoModelForSequenceClassification.from_pretrained(str(self.path), local_files_only=True)
        except (OSError, ValueError, KeyError) as exc:
            reason = " ".join(str(exc).split())[:200]
            raise ConfigError(f"{self.path}: cannot load an NLI model from this folder ({reason})") from exc
        id2label = dict(getattr(model.config, "id2label", None) or {})
        classes = _nli_classes(id2label)
        if classes is None:
            labels = ", ".join(str(id2label[k]) for k in sorted(id2label)) or "none"
            raise ConfigError(
                f"{self.path}: the model's labels ({labels}) do not name "
                "entailment, neutral and contradiction"
            )
        model.to("cpu")
        model.eval()
        limits = [
            n
            for n in (
                getattr(tokenizer, "model_max_length", None),
                getattr(model.config, "max_position_embeddings", None),
            )
            if isinstance(n, int) and 0 < n < 100_000
        ]
        self._loaded = (tokenizer, model, classes, min(limits) if limits else None)
        return self._loaded

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Entailment, neutral and contradiction probabilities for each (premise, hypothesis) pair."""
        if not pairs:
            return []
        import torch

        tokenizer, model, classes, max_length = self._load()
        out: list[dict[str, float]] = []
        for start in range(0, len(pairs), self.batch_size):
            batch = pairs[start : start + self.batch_size]
            encoded = tokenizer(
                [premise for premise, _ in batch],
                [hypothesis for _, hypothesis in batch],
                padding=True,
                truncation=True,
                max_length=max_length,
                return_tensors="pt",
            )
            with torch.no_grad():
                probs = torch.softmax(model(**encoded).logits.float(), dim=-1).cpu().numpy()
            out.extend({name: float(row[i]) for name, i in classes.items()} for row in probs)
        return out

    def suggest_many(self, pairs: Sequence[tuple[str, str]]) -> list[Suggestion]:
        """One suggestion per (evidence_text, hypothesis_text) pair, computed in batches."""
        return [self._rate(p) for p in self.probabilities(pairs)]

    def _rate(self, probs: dict[str, float]) -> Suggestion:
        top = max(probs, key=lambda name: probs[name])
        if probs["entailment"] >= 0.9:
            rating = "CC"
        elif top == "entailment":
            rating = "C"
        elif probs["contradiction"] >= 0.9:
            rating = "II"
        elif top == "contradiction":
            rating = "I"
        else:
            rating = "N"
        confidence = min(1.0, max(0.0, probs[top]))
        return Suggestion(
            rating, f"NLI model {self.folder}: {top} {probs[top]:.2f}", round(confidence, 3), self.name
        )


def make_suggester(spec: str | None = None) -> Suggester:
    """The suggester named by *spec*.

    ``None`` uses ``$HEUER_NLI_MODEL`` when set, else the similarity suggester;
    ``""``, ``"default"`` or ``"similarity"`` give :class:`SimilaritySuggester` with
    the ``auto`` embedder; ``"hashing"`` gives it the lexical embedder; ``"nli:PATH"``
    or the path of an existing folder gives :class:`NliSuggester`. Anything else
    raises :class:`~heuer.errors.ConfigError`.
    """
    if spec is None:
        env = os.environ.get(_NLI_ENV, "").strip()
        return NliSuggester(env) if env else SimilaritySuggester()
    choice = spec.strip()
    if choice.lower() in ("", "default", "similarity"):
        return SimilaritySuggester()
    if choice.lower() == "hashing":
        return SimilaritySuggester(make_embedder("hashing"))
    if choice.lower().startswith("nli:"):
        path = choice[4:].strip()
        if not path:
            raise ConfigError("suggester 'nli:' needs a model folder: nli:PATH")
        return NliSuggester(path)
    if os.path.isdir(os.path.expanduser(choice)):
        return NliSuggester(choice)
    raise ConfigError(
        f"unknown suggester {spec!r}: use 'similarity', 'hashing', 'nli:PATH' or a model folder"
    )
