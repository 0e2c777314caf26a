"""Build a case from a short script: hypotheses, and evidence found by a phrase of its sentence.

A script is JSON like ``demo_corpus/demo_case.json``: ``name``, ``question``, ``analyst``,
``hypotheses`` (label, text, optional prior), ``relations`` and ``evidence`` entries that
either ``find`` a phrase in a stored sentence (linked to the ledger claim that sentence
belongs to: the one with most mentions when several match) or give free ``text`` with a
``kind`` (assumption or absence); each entry may carry the analyst's ``ratings``.
``heuer demo`` uses it to show a full matrix; analysts can keep their own scripts too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from heuer.ach import persist
from heuer.errors import ConfigError, NotFoundError
from heuer.ledger import Ledger
from heuer.model import Case, Claim, EvidenceLink
from heuer.store import Store


def _find_claim(ledger: Ledger, phrase: str) -> tuple[Claim, EvidenceLink] | None:
    """The claim a phrase points at: among the claims with a mention whose sentence holds the
    phrase, first those whose item itself says it (a sentence can carry a statement and figures),
    then the one with most mentions."""
    wanted = phrase.casefold()
    best: tuple[tuple[bool, int], Claim, EvidenceLink] | None = None
    for claim in ledger.claims:
        for mention in claim.mentions:
            if wanted in mention.sentence.casefold():
                link = EvidenceLink(mention.item_kind, mention.item_id, mention.document_id,  # type: ignore[arg-type]
                                    mention.sentence, mention.outlet, mention.published, claim.id)
                key = (wanted in mention.text.casefold(), len(claim.mentions))
                if best is None or key > best[0]:
                    best = (key, claim, link)
                break
    return (best[1], best[2]) if best else None


def _evidence(connection: Connection, case: int, entry: dict[str, Any], ledger: Ledger) -> str:
    relevance = entry.get("relevance", "medium")
    note = entry.get("note")
    if "find" in entry:
        found = _find_claim(ledger, entry["find"])
        if found is None:  # a sentence in an outlet's own words that no claim holds
            sentence = persist.find_sentence(connection, entry["find"])
            if sentence is None:
                raise ConfigError(f"script: no stored sentence contains {entry['find']!r}")
            return persist.add_evidence(connection, case, "statement", entry.get("text") or sentence.sentence,
                                        link=sentence, relevance=relevance, credibility=entry.get("credibility"),
                                        note=note)
        claim, link = found
        # the claim's summary when its item says the phrase, else the sentence that does
        says_it = entry["find"].casefold() in claim.summary.casefold() or any(
            entry["find"].casefold() in m.text.casefold() for m in claim.mentions if m.item_id == link.item_id)
        text = entry.get("text") or (claim.summary if says_it else link.sentence)
        return persist.add_evidence(connection, case, "claim", text, link=link,
                                    relevance=relevance, credibility=entry.get("credibility"), note=note)
    if "text" not in entry:
        raise ConfigError("script: an evidence entry needs 'find' or 'text'")
    return persist.add_evidence(connection, case, entry.get("kind", "assumption"), entry["text"],
                                relevance=relevance, credibility=entry.get("credibility"), note=note)


def build_case(store: Store, script: dict[str, Any], ledger: Ledger, *, replace: bool = True) -> Case:
    """Create (or, with *replace*, re-create) the case a script describes, in one transaction."""
    analyst = script.get("analyst")
    with store.writing("build a case from a script") as connection:
        if replace:
            try:
                persist.delete_case(connection, persist.case_id(connection, script["name"]))
            except NotFoundError:
                pass  # no such case yet
        case = persist.create_case(connection, script["name"], script.get("question"))
        ids = {}
        for h in script["hypotheses"]:
            label = persist.add_hypothesis(connection, case, h["text"], label=h.get("label"), prior=h.get("prior"))
            ids[label] = persist.hypothesis_id(connection, case, label)
        for relation in script.get("relations", []):
            persist.relate(connection, case, ids[relation["first"]], ids[relation["second"]], relation["kind"],
                           relation.get("note"))
        for entry in script.get("evidence", []):
            label = _evidence(connection, case, entry, ledger)
            if analyst and entry.get("ratings"):
                item = persist.evidence_id(connection, case, label)
                for hypothesis, rating in entry["ratings"].items():
                    persist.rate(connection, item, ids[hypothesis], analyst, rating)
        return persist.load_case(connection, case)
