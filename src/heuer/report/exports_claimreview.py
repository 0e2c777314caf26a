"""Ledger claims as schema.org ``ClaimReview`` JSON-LD, the fact-check markup search engines read.

One ``ClaimReview`` per claim:

- ``claimReviewed`` is the claim summary; ``author`` the reviewer (a ``Person``);
  ``datePublished`` the review date when one is given;
- ``reviewRating`` is a ``Rating`` on the Admiralty information-credibility scale:
  ``ratingValue`` the grade, ``bestRating`` 1 (confirmed), ``worstRating`` 6 (truth
  cannot be judged), ``alternateName`` the credibility label or the caller's verdict
  (e.g. an ACH verdict), ``ratingExplanation`` the scale, the reasons, the count of
  independent sources and whether the reporting is circular;
- ``itemReviewed`` is a ``Claim``: its ``author`` the claim's origins, its
  ``datePublished`` the first report's date, ``firstAppearance`` the first report and
  ``appearance`` every other document it is found in, once each, as ``CreativeWork``
  (publisher ``Organization`` = outlet, ``datePublished``, ``url`` when ``url_for``
  gives an http(s) address, otherwise the heuer document id as ``identifier``).

The output holds only strings, numbers, lists and dicts, so ``json.dumps`` takes it as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from heuer.grading import CREDIBILITY
from heuer.model import Claim, ClaimMention, SourceRecord

SCHEMA_CONTEXT = "https://schema.org"
BEST_RATING = 1
WORST_RATING = 6

UrlFor = Callable[[ClaimMention], "str | None"]

_SOURCE_KIND_TYPE = {"person": "Person", "organization": "Organization", "group": "Organization",
                     "outlet": "Organization"}
# A name with one of these words is an organisation; a name starting with a title is a person.
_ORG_WORDS = re.compile(
    r"\b(?:ministry|ministries|agency|service|services|office|council|government|army|navy|forces"
    r"|police|command|committee|commission|department|institute|university|bank|party|news|press"
    r"|embassy|coalition|union|association|organi[sz]ation|company|corporation|group|parliament"
    r"|guard|brigade|battalion|regiment|directorate|bureau|authority|court)\b",
    re.IGNORECASE,
)
_PERSON_TITLES = re.compile(
    r"^(?:mr|mrs|ms|dr|prof|professor|gen|general|col|colonel|maj|major|capt|captain|lt"
    r"|lieutenant|sgt|sergeant|president|minister|senator|ambassador|spokesman|spokeswoman"
    r"|spokesperson)\.?\s",
    re.IGNORECASE,
)


def _is_web_address(value: str | None) -> bool:
    return value is not None and value.lower().startswith(("http://", "https://"))


def _party_type(name: str, kinds: dict[str, str]) -> str:
    """``Person``/``Organization`` when the source register or the name says so, else ``Thing``."""
    kind = kinds.get(name.casefold())
    if kind in _SOURCE_KIND_TYPE:
        return _SOURCE_KIND_TYPE[kind]
    if _ORG_WORDS.search(name):
        return "Organization"
    if _PERSON_TITLES.match(name):
        return "Person"
    return "Thing"


def _source_kinds(sources: Iterable[SourceRecord]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for source in sources:
        for name in (source.name, *source.aliases):
            kinds.setdefault(name.casefold(), source.kind)
    return kinds


def _creative_work(mention: ClaimMention, url_for: UrlFor | None) -> dict[str, Any]:
    """The document a mention is found in, as a schema.org ``CreativeWork``."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if mention.title:
        work["headline"] = mention.title
    if mention.outlet:
        work["publisher"] = {"@type": "Organization", "name": mention.outlet}
    if mention.published:
        work["datePublished"] = mention.published.isoformat()
    url = url_for(mention) if url_for else None
    if url is not None and _is_web_address(url):
        work["url"] = url
    else:
        work["identifier"] = mention.document_id
    return work


def _by_date(mention: ClaimMention) -> tuple[bool, str, str]:
    return (mention.published is None, mention.published.isoformat() if mention.published else "",
            mention.document_id)


def _rating_explanation(claim: Claim) -> str:
    cred = claim.credibility
    scale = CREDIBILITY.get(cred.grade, cred.label)
    parts = [f"Admiralty information credibility {cred.grade} ({scale}) on a scale from "
             f"{BEST_RATING} (confirmed by other sources) to {WORST_RATING} (truth cannot be judged)."]
    if cred.reasons:
        parts.append("Reasons: " + "; ".join(r.strip().rstrip(".") for r in cred.reasons) + ".")
    noun = "source" if claim.independent_sources == 1 else "sources"
    parts.append(f"{claim.independent_sources} independent {noun}.")
    parts.append("Circular reporting: yes." if claim.circular else "Circular reporting: no.")
    if claim.status != "standing":
        parts.append(f"The claim has been {claim.status}.")
    return " ".join(parts)


def claim_review(claim: Claim, *, author: str = "heuer user", reviewed: date | None = None,
                 url_for: UrlFor | None = None, verdict: str | None = None,
                 sources: Iterable[SourceRecord] = ()) -> dict[str, Any]:
    """One claim as a schema.org ``ClaimReview`` (without ``@context``; see :func:`claim_reviews`).

    ``url_for`` maps a mention to its document's web address (e.g. the stored document's
    path when it is a URL); ``verdict`` replaces the credibility label as the rating's
    ``alternateName``; ``sources`` (the source register) lets an origin be typed as a
    ``Person`` or ``Organization`` by its recorded kind, before the name rule applies.
    """
    kinds = _source_kinds(sources)
    cred = claim.credibility
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": cred.grade,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": verdict if verdict else cred.label,
        "ratingExplanation": _rating_explanation(claim),
    }

    item: dict[str, Any] = {"@type": "Claim"}
    origins = list(dict.fromkeys(o for o in claim.origins if o))
    if origins:
        item["author"] = [{"@type": _party_type(o, kinds), "name": o} for o in origins]
    first = claim.first_reported
    seen: set[str] = set()
    if first is not None:
        if first.published:
            item["datePublished"] = first.published.isoformat()
        item["firstAppearance"] = _creative_work(first, url_for)
        seen.add(first.document_id)
    appearances: list[dict[str, Any]] = []
    for mention in sorted(claim.mentions, key=_by_date):
        if mention.document_id in seen:
            continue
        seen.add(mention.document_id)
        appearances.append(_creative_work(mention, url_for))
    if appearances:
        item["appearance"] = appearances

    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": f"heuer-claim-{claim.id}",
        "claimReviewed": claim.summary,
        "author": {"@type": "Person", "name": author},
    }
    if reviewed is not None:
        review["datePublished"] = reviewed.isoformat()
    review["reviewRating"] = rating
    review["itemReviewed"] = item
    return review


def claim_reviews(claims: Iterable[Claim], *, author: str = "heuer user", reviewed: date | None = None,
                  url_for: UrlFor | None = None, verdict: str | None = None,
                  sources: Iterable[SourceRecord] = ()) -> dict[str, Any]:
    """Many claims as one JSON-LD document: ``{"@context": "https://schema.org", "@graph": [...]}``."""
    register = list(sources)
    graph = [claim_review(c, author=author, reviewed=reviewed, url_for=url_for, verdict=verdict,
                          sources=register) for c in claims]
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}
