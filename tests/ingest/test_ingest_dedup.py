"""Near-duplicates: MinHash over word 5-grams; syndicated copies found, same-topic articles not."""

from __future__ import annotations

from pathlib import Path

import pytest

from heuer.ingest.dedup import NearDuplicateIndex, minhash_signature, shingles, similarity
from heuer.settings import Settings

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {
        name: (DATA / f"ferry-{name}.txt").read_text(encoding="utf-8")
        for name in ("original", "syndicated", "other")
    }


def test_shingles_are_normalised_word_5_grams() -> None:
    assert shingles("The Harbour, the BOARD -- voted: yes today!") == {
        "the harbour the board voted",
        "harbour the board voted yes",
        "the board voted yes today",
    }
    assert shingles("Too short") == {"too short"}
    assert shingles("  ...  ") == set()


def test_signature_is_deterministic_bytes(texts: dict[str, str]) -> None:
    signature = minhash_signature(texts["original"])
    assert isinstance(signature, bytes)
    assert signature == minhash_signature(texts["original"])
    assert similarity(signature, signature) == 1.0
    assert len(minhash_signature("x", num_perm=64)) < len(signature)


def test_syndicated_copy_with_new_headline_and_edited_sentences_is_found(texts: dict[str, str]) -> None:
    original = minhash_signature(texts["original"])
    syndicated = minhash_signature(texts["syndicated"])
    assert similarity(original, syndicated) >= Settings().near_duplicate_threshold
    index = NearDuplicateIndex([("doc-original", original)])
    assert index.find(syndicated) == "doc-original"


def test_different_article_on_the_same_topic_is_not_a_near_duplicate(texts: dict[str, str]) -> None:
    index = NearDuplicateIndex([("doc-original", minhash_signature(texts["original"]))])
    other = minhash_signature(texts["other"])
    assert similarity(minhash_signature(texts["original"]), other) < 0.2
    assert index.find(other) is None


def test_find_returns_the_earliest_added_match(texts: dict[str, str]) -> None:
    index = NearDuplicateIndex()
    index.add("first-copy", minhash_signature(texts["syndicated"]))
    index.add("unrelated", minhash_signature(texts["other"]))
    index.add("second-copy", minhash_signature(texts["original"]))
    index.add("first-copy", minhash_signature("ignored: already indexed"))
    assert len(index) == 3 and "second-copy" in index
    assert index.find(minhash_signature(texts["original"])) == "first-copy"


def test_threshold_comes_from_settings(texts: dict[str, str]) -> None:
    strict = NearDuplicateIndex(
        [("doc", minhash_signature(texts["original"]))], Settings(near_duplicate_threshold=0.99)
    )
    assert strict.find(minhash_signature(texts["syndicated"])) is None
    assert strict.find(minhash_signature(texts["original"])) == "doc"


def test_signature_with_other_permutation_count_is_refused(texts: dict[str, str]) -> None:
    index = NearDuplicateIndex()
    with pytest.raises(ValueError, match="permutations"):
        index.add("doc", minhash_signature(texts["original"], num_perm=64))
