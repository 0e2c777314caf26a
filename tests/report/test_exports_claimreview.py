"""schema.org ClaimReview JSON-LD for ledger claims, on claims built directly (no store)."""

from __future__ import annotations

import json
from datetime import date

from heuer.model import Claim, ClaimMention, Credibility, SourceRecord
from heuer.report.exports_claimreview import claim_review, claim_reviews

DOC_A = "a1" * 32
DOC_B = "b2" * 32
DOC_C = "c3" * 32
SUMMARY = "Varnia has moved two armoured brigades to the Kestrel border"


def mention(doc: str, outlet: str | None, day: date | None, item_id: int, *, title: str | None = None,
            role: str = "attributed") -> ClaimMention:
    return ClaimMention(
        item_kind="statement", item_id=item_id, document_id=doc, outlet=outlet, family=outlet,
        published=day, title=title, text=SUMMARY,
        sentence=f"{SUMMARY}, the Kestrel Defence Ministry said.", attributed_to="Kestrel Defence Ministry",
        origin="Kestrel Defence Ministry", via=[], hedges=[], role=role,  # type: ignore[arg-type]
        chain=[outlet or "?", "Kestrel Defence Ministry"],
    )


def troop_claim() -> Claim:
    first = mention(DOC_A, "Kestrel Herald", date(2031, 5, 3), 1, title="Armour massing at the border")
    mentions = [
        mention(DOC_B, "Northern Wire", date(2031, 5, 4), 7),
        first,
        mention(DOC_B, "Northern Wire", date(2031, 5, 4), 8),  # a second mention in the same document
        mention(DOC_C, None, None, 3, role="echo"),
    ]
    return Claim(
        id=42, kind="statement", summary=SUMMARY, mentions=mentions,
        origins=["Kestrel Defence Ministry", "Gen. Ilse Marrow", "Varnia watcher"],
        independent_sources=2, distinct_reports=3, circular=False, first_reported=first,
        credibility=Credibility(grade=2, label="probably true",
                                reasons=["two independent origins", "no contradiction on record."]),
    )


def test_claim_review_shape() -> None:
    review = claim_review(troop_claim(), author="Desk analyst R. Okafor", reviewed=date(2031, 5, 10))
    assert review["@type"] == "ClaimReview"
    assert review["identifier"] == "heuer-claim-42"
    assert review["claimReviewed"] == SUMMARY
    assert review["author"] == {"@type": "Person", "name": "Desk analyst R. Okafor"}
    assert review["datePublished"] == "2031-05-10"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 1,
        "worstRating": 6,
        "alternateName": "probably true",
        "ratingExplanation": (
            "Admiralty information credibility 2 (probably true) on a scale from 1 (confirmed by other "
            "sources) to 6 (truth cannot be judged). Reasons: two independent origins; no contradiction "
            "on record. 2 independent sources. Circular reporting: no."
        ),
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2031-05-03"
    assert item["author"] == [
        {"@type": "Organization", "name": "Kestrel Defence Ministry"},
        {"@type": "Person", "name": "Gen. Ilse Marrow"},
        {"@type": "Thing", "name": "Varnia watcher"},
    ]


def test_first_appearance_and_appearances_without_duplicates() -> None:
    item = claim_review(troop_claim())["itemReviewed"]
    assert item["firstAppearance"] == {
        "@type": "CreativeWork",
        "headline": "Armour massing at the border",
        "publisher": {"@type": "Organization", "name": "Kestrel Herald"},
        "datePublished": "2031-05-03",
        "identifier": DOC_A,
    }
    assert item["appearance"] == [
        {"@type": "CreativeWork", "publisher": {"@type": "Organization", "name": "Northern Wire"},
         "datePublished": "2031-05-04", "identifier": DOC_B},
        {"@type": "CreativeWork", "identifier": DOC_C},
    ]


def test_url_for_gives_web_addresses_only() -> None:
    urls = {DOC_A: "https://kestrel-herald.example/armour", DOC_B: "/home/analyst/wire.txt", DOC_C: None}
    item = claim_review(troop_claim(), url_for=lambda m: urls[m.document_id])["itemReviewed"]
    assert item["firstAppearance"]["url"] == "https://kestrel-herald.example/armour"
    assert "identifier" not in item["firstAppearance"]
    assert [a.get("url") for a in item["appearance"]] == [None, None]
    assert [a["identifier"] for a in item["appearance"]] == [DOC_B, DOC_C]


def test_verdict_replaces_the_label_and_status_is_explained() -> None:
    claim = troop_claim()
    claim.status = "retracted"
    claim.circular = True
    claim.independent_sources = 1
    rating = claim_review(claim, verdict="Exercise, not invasion (ACH: likely)")["reviewRating"]
    assert rating["alternateName"] == "Exercise, not invasion (ACH: likely)"
    assert rating["ratingValue"] == 2
    assert rating["ratingExplanation"].endswith("1 independent source. Circular reporting: yes. "
                                                "The claim has been retracted.")


def test_source_register_decides_party_type() -> None:
    register = [SourceRecord(name="Varnia Watcher", kind="person", reliability="C"),
                SourceRecord(name="Ilse Marrow", kind="organization", aliases=["Gen. Ilse Marrow"])]
    review = claim_review(troop_claim(), sources=register)
    assert [a["@type"] for a in review["itemReviewed"]["author"]] == ["Organization", "Organization", "Person"]


def test_claim_without_first_report_or_date() -> None:
    claim = troop_claim()
    claim.first_reported = None
    claim.origins = []
    review = claim_review(claim)
    item = review["itemReviewed"]
    assert "datePublished" not in review
    assert "firstAppearance" not in item and "author" not in item and "datePublished" not in item
    assert [a["identifier"] for a in item["appearance"]] == [DOC_A, DOC_B, DOC_C]


def test_claim_reviews_graph_is_json() -> None:
    other = troop_claim()
    other.id = 43
    other.summary = "Varnian armour is on a scheduled exercise"
    other.credibility = Credibility(grade=6, label="truth cannot be judged", reasons=[])
    doc = claim_reviews([troop_claim(), other], reviewed=date(2031, 5, 10))
    assert doc["@context"] == "https://schema.org"
    assert [r["identifier"] for r in doc["@graph"]] == ["heuer-claim-42", "heuer-claim-43"]
    assert doc["@graph"][1]["reviewRating"]["ratingValue"] == 6
    text = json.dumps(doc)
    assert json.loads(text) == doc
    assert '"datePublished": "2031-05-10"' in text
