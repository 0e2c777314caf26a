"""ICD 203 estimative language: bands, boundaries, confidence rule, and separate sentences."""

from __future__ import annotations

import math
import re

import pytest

from heuer.ach.estimative import (
    SCALE,
    EstimativeTerm,
    confidence_level,
    confidence_sentence,
    judgement_sentence,
    likelihood_term,
    scale_rows,
)

ALL_LIKELIHOOD_WORDS = {w for band in SCALE for w in (band.term, band.alternative)}
CONFIDENCE_WORDS = re.compile(r"\b(?:confidence|confident|low|moderate|high)\b", re.IGNORECASE)


def test_scale_matches_icd_203() -> None:
    assert SCALE == (
        EstimativeTerm("almost no chance", "remote", 0.01, 0.05),
        EstimativeTerm("very unlikely", "highly improbable", 0.05, 0.20),
        EstimativeTerm("unlikely", "improbable", 0.20, 0.45),
        EstimativeTerm("roughly even chance", "roughly even odds", 0.45, 0.55),
        EstimativeTerm("likely", "probable", 0.55, 0.80),
        EstimativeTerm("very likely", "highly probable", 0.80, 0.95),
        EstimativeTerm("almost certain", "nearly certain", 0.95, 0.99),
    )
    for lower, upper in zip(SCALE, SCALE[1:], strict=False):
        assert lower.high == upper.low


@pytest.mark.parametrize(("p", "term"), [
    (0.03, "almost no chance"),
    (0.12, "very unlikely"),
    (0.30, "unlikely"),
    (0.50, "roughly even chance"),
    (0.70, "likely"),
    (0.90, "very likely"),
    (0.97, "almost certain"),
])
def test_every_band(p: float, term: str) -> None:
    assert likelihood_term(p).term == term


@pytest.mark.parametrize(("p", "term"), [
    (0.0, "almost no chance"),
    (0.01, "almost no chance"),
    (0.049999, "almost no chance"),
    (0.05, "very unlikely"),
    (0.20, "unlikely"),
    (0.45, "roughly even chance"),
    (0.55, "likely"),
    (0.80, "very likely"),
    (0.95, "almost certain"),
    (0.99, "almost certain"),
    (0.995, "almost certain"),
    (1.0, "almost certain"),
    (1, "almost certain"),
    (0, "almost no chance"),
])
def test_boundaries_and_ends(p: float, term: str) -> None:
    assert likelihood_term(p).term == term


@pytest.mark.parametrize("p", [-0.01, 1.0000001, 2, -1, math.nan, math.inf, -math.inf])
def test_out_of_range_or_nan_is_an_error(p: float) -> None:
    with pytest.raises(ValueError):
        likelihood_term(p)


def test_bool_is_not_a_probability() -> None:
    with pytest.raises(ValueError):
        likelihood_term(True)


@pytest.mark.parametrize(("items", "origins", "spread", "level"), [
    (6, 3, None, "high"),
    (6, 4, 0.5, "high"),
    (6, 3, 0.99, "high"),
    (6, 3, 1.0, "moderate"),
    (6, 3, 1.5, "moderate"),
    (6, 3, 2.0, "low"),
    (4, 2, None, "moderate"),
    (4, 2, 0.0, "moderate"),
    (4, 1, 0.0, "low"),
    (1, 1, None, "low"),
    (1, 3, None, "low"),
    (0, 0, None, "low"),
    (9, 5, 3.0, "low"),
])
def test_confidence_rule(items: int, origins: int, spread: float | None, level: str) -> None:
    assert confidence_level(items, origins, spread) == level


@pytest.mark.parametrize(("items", "origins", "spread"), [(-1, 2, None), (3, -1, None), (3, 3, -0.5),
                                                          (3, 3, math.nan)])
def test_confidence_rule_rejects_bad_input(items: int, origins: int, spread: float | None) -> None:
    with pytest.raises(ValueError):
        confidence_level(items, origins, spread)


@pytest.mark.parametrize(("p", "sentence"), [
    (0.02, "There is almost no chance (1-5%) that Varnia will move troops into Kestrel."),
    (0.10, "It is very unlikely (5-20%) that Varnia will move troops into Kestrel."),
    (0.33, "It is unlikely (20-45%) that Varnia will move troops into Kestrel."),
    (0.50, "There is a roughly even chance (45-55%) that Varnia will move troops into Kestrel."),
    (0.62, "It is likely (55-80%) that Varnia will move troops into Kestrel."),
    (0.85, "It is very likely (80-95%) that Varnia will move troops into Kestrel."),
    (1.0, "It is almost certain (95-99%) that Varnia will move troops into Kestrel."),
])
def test_judgement_sentence_every_band(p: float, sentence: str) -> None:
    assert judgement_sentence("Varnia will move troops into Kestrel.", p) == sentence


@pytest.mark.parametrize(("hypothesis", "clause"), [
    ("The 4th Varnian Brigade crossed the Kestrel border on 3 May.",
     "the 4th Varnian Brigade crossed the Kestrel border on 3 May"),
    ("NATO observers saw the convoy", "NATO observers saw the convoy"),
    ("KFOR withdrew.", "KFOR withdrew"),
    ("  Varnia staged an exercise only  ", "Varnia staged an exercise only"),
    ("These reports were planted by Varnian media...", "these reports were planted by Varnian media"),
    ("iPhone footage shows armour near Kestrel", "iPhone footage shows armour near Kestrel"),
    ("THE CONVOY WAS FAKED", "THE CONVOY WAS FAKED"),
])
def test_hypothesis_text_handling(hypothesis: str, clause: str) -> None:
    assert judgement_sentence(hypothesis, 0.7) == f"It is likely (55-80%) that {clause}."


def test_empty_hypothesis_is_an_error() -> None:
    with pytest.raises(ValueError):
        judgement_sentence("  . ", 0.5)


def test_confidence_sentence() -> None:
    assert confidence_sentence(
        "moderate", "Two independent agencies report the convoy, but neither has been on the ground.",
    ) == ("We have moderate confidence in this judgement because two independent agencies report the "
          "convoy, but neither has been on the ground.")
    # Not a common opener: the first word keeps its case (it might be a name such as "Varnia").
    assert confidence_sentence("high", "Satellite imagery and three agencies agree") == (
        "We have high confidence in this judgement because Satellite imagery and three agencies agree.")
    assert confidence_sentence("high", "Varnian and Kestrel officials both confirm it.") == (
        "We have high confidence in this judgement because Varnian and Kestrel officials both confirm it.")
    assert confidence_sentence("low", "") == "We have low confidence in this judgement."


@pytest.mark.parametrize("reason", ["the move is likely", "it is Probably staged", "an even chance remains",
                                    "it is almost certainly true", "improbable sources"])
def test_confidence_sentence_refuses_likelihood_words(reason: str) -> None:
    with pytest.raises(ValueError):
        confidence_sentence("moderate", reason)


def test_confidence_sentence_refuses_unknown_level() -> None:
    with pytest.raises(ValueError):
        confidence_sentence("very high", "three agencies agree")  # type: ignore[arg-type]


@pytest.mark.parametrize("p", [0.0, 0.03, 0.05, 0.2, 0.45, 0.5, 0.55, 0.8, 0.95, 1.0])
def test_sentences_never_mix_likelihood_and_confidence(p: float) -> None:
    judgement = judgement_sentence("Varnia will move troops into Kestrel", p)
    assert not CONFIDENCE_WORDS.search(judgement), judgement
    for level in ("low", "moderate", "high"):
        sentence = confidence_sentence(level, "three agencies report the convoy from separate sightings")
        for words in ALL_LIKELIHOOD_WORDS:
            assert words not in sentence.lower(), (words, sentence)


def test_scale_rows() -> None:
    assert scale_rows() == [
        ("almost no chance", "remote", "1-5%"),
        ("very unlikely", "highly improbable", "5-20%"),
        ("unlikely", "improbable", "20-45%"),
        ("roughly even chance", "roughly even odds", "45-55%"),
        ("likely", "probable", "55-80%"),
        ("very likely", "highly probable", "80-95%"),
        ("almost certain", "nearly certain", "95-99%"),
    ]
