"""MISP taxonomy machine tags: admiralty-scale and estimative-language, exact strings."""

from __future__ import annotations

import json
import math

import pytest

from heuer.model import Claim, Credibility, SourceRecord
from heuer.report.exports_misp import claim_tags, judgement_tags, misp_tag_export, source_tags


def claim(claim_id: int, summary: str, grade: int, label: str) -> Claim:
    return Claim(id=claim_id, kind="statement", summary=summary, mentions=[], origins=["Kestrel Defence Ministry"],
                 independent_sources=1, distinct_reports=1, circular=False, first_reported=None,
                 credibility=Credibility(grade=grade, label=label, reasons=[]))


@pytest.mark.parametrize(("grade", "tag"), [
    ("A", 'admiralty-scale:source-reliability="a"'),
    ("b", 'admiralty-scale:source-reliability="b"'),
    ("C", 'admiralty-scale:source-reliability="c"'),
    ("D", 'admiralty-scale:source-reliability="d"'),
    ("E", 'admiralty-scale:source-reliability="e"'),
    (" f ", 'admiralty-scale:source-reliability="f"'),
])
def test_source_tags(grade: str, tag: str) -> None:
    assert source_tags(SourceRecord(name="Kestrel Herald", kind="outlet", reliability=grade)) == [tag]


def test_source_tags_reject_unknown_grade() -> None:
    with pytest.raises(ValueError):
        source_tags(SourceRecord(name="Varnian state TV", kind="outlet", reliability="G"))


@pytest.mark.parametrize("grade", [1, 2, 3, 4, 5, 6])
def test_claim_tags(grade: int) -> None:
    assert claim_tags(claim(1, "Varnian armour crossed into Kestrel", grade, "x")) == [
        f'admiralty-scale:information-credibility="{grade}"']


@pytest.mark.parametrize("grade", [0, 7])
def test_claim_tags_reject_unknown_grade(grade: int) -> None:
    with pytest.raises(ValueError):
        claim_tags(claim(1, "Varnian armour crossed into Kestrel", grade, "x"))


@pytest.mark.parametrize(("p", "value"), [
    (0.0, "almost-no-chance"),
    (0.04, "almost-no-chance"),
    (0.05, "very-unlikely"),
    (0.3, "unlikely"),
    (0.45, "roughly-even-chance"),
    (0.55, "likely"),
    (0.9, "very-likely"),
    (0.95, "almost-certain"),
    (1.0, "almost-certain"),
])
def test_judgement_likelihood_tags(p: float, value: str) -> None:
    assert judgement_tags(p) == [f'estimative-language:likelihood-probability="{value}"']


def test_judgement_tags_with_confidence() -> None:
    assert judgement_tags(0.7, "moderate") == [
        'estimative-language:likelihood-probability="likely"',
        'estimative-language:confidence-in-analytic-judgment="moderate"',
    ]
    assert judgement_tags(0.85, "High")[1] == 'estimative-language:confidence-in-analytic-judgment="high"'
    assert judgement_tags(0.1, "low")[1] == 'estimative-language:confidence-in-analytic-judgment="low"'


@pytest.mark.parametrize(("p", "confidence"), [(math.nan, None), (1.5, None), (0.5, "very high")])
def test_judgement_tags_reject_bad_input(p: float, confidence: str | None) -> None:
    with pytest.raises(ValueError):
        judgement_tags(p, confidence)


def test_misp_tag_export() -> None:
    claims = [claim(42, "Varnia has moved two armoured brigades to the Kestrel border", 2, "probably true"),
              claim(43, "The Varnian convoy footage was staged", 5, "improbable")]
    sources = [SourceRecord(name="Kestrel Defence Ministry", kind="organization", reliability="B"),
               SourceRecord(name="Varnia Today", kind="outlet")]
    judgements = [("Varnia is preparing to invade Kestrel", 0.25, "moderate"),
                  ("Varnia is running a scheduled exercise", 0.7, None)]
    export = misp_tag_export(claims, sources, judgements)
    assert export == {
        "claims": [
            {"id": 42, "summary": "Varnia has moved two armoured brigades to the Kestrel border",
             "tags": ['admiralty-scale:information-credibility="2"']},
            {"id": 43, "summary": "The Varnian convoy footage was staged",
             "tags": ['admiralty-scale:information-credibility="5"']},
        ],
        "sources": [
            {"name": "Kestrel Defence Ministry", "tags": ['admiralty-scale:source-reliability="b"']},
            {"name": "Varnia Today", "tags": ['admiralty-scale:source-reliability="f"']},
        ],
        "hypotheses": [
            {"hypothesis": "Varnia is preparing to invade Kestrel",
             "tags": ['estimative-language:likelihood-probability="unlikely"',
                      'estimative-language:confidence-in-analytic-judgment="moderate"']},
            {"hypothesis": "Varnia is running a scheduled exercise",
             "tags": ['estimative-language:likelihood-probability="likely"']},
        ],
    }
    assert json.loads(json.dumps(export)) == export
    assert misp_tag_export([], []) == {"claims": [], "sources": [], "hypotheses": []}
