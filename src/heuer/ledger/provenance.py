"""Who a claim traces back to: chains, origins, independent sources, circular reporting.

For each mention the chain runs outlet family -> via parties -> origin (the speaker of
a statement, the source of a figure), every name put through the cross-document
entity resolver. Then:

- a syndicated or near-duplicate copy counts as its original document;
- an origin that is itself an outlet ("the Daily Kestrel reported, citing HUR") is
  followed into that outlet's own reports of the claim when the ledger has them;
- a mention with no source adds no origin: it is an *echo* when an earlier report of
  the claim exists elsewhere, else *unattributed*;
- an unnamed origin ("a Russian soldier", "officials") counts as the party that brings
  it: the last via, else the outlet;
- the independent-source count is the number of distinct origins; a claim is
  *circular* when two or more outlets printed it (syndicated copies included: to a
  reader they look like corroboration) and all of it traces back to one origin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from heuer.ledger.entities import EntityResolver
from heuer.ledger.items import LedgerItem
from heuer.ledger.outlets import OutletFamilies
from heuer.model import ClaimMention, MentionRole

_UNNAMED_START = frozenset(
    "a an another some one two three several many other unnamed anonymous unidentified".split()
)


_INNER_LOWER_WORD = re.compile(r"(?<=[\w,;] )[a-z][a-z-]{2,}\b")
_PERSON_PRONOUNS = frozenset({"he", "she"})
# material a party releases and others quote from: "In one intercepted call, a soldier says ..."
_MATERIAL = re.compile(r"\b(?:intercept\w*|(?:phone\s+)?calls?|recordings?|recorded|tapes?|videos?|footage)\b",
                       re.IGNORECASE)
_FROM_MATERIAL = re.compile(
    r"^\s*(?:in|on)\s+(?:one|a|an|another|the\s+(?:first|second|third|last))\s+(?:\w+\s+)?"
    r"(?:calls?|recordings?|tapes?|videos?|clips?|messages?)\b",
    re.IGNORECASE,
)


def is_named(party: str) -> bool:
    """Whether a party is named ("Mark Rutte", "NIS") rather than described ("a Russian soldier")."""
    words = party.split()
    if not words or words[0].casefold() in _UNNAMED_START:
        return False
    return any(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Provenance:
    mentions: list[ClaimMention]
    origins: list[str]
    distinct_reports: int
    circular: bool
    first_reported: ClaimMention | None


class ProvenanceTracer:
    """Traces claims over the documents of one store.

    *outlet_of* maps every document id to its outlet; *copy_of* maps a syndicated or
    near-duplicate copy to the document it copies.
    """

    def __init__(self, families: OutletFamilies, resolver: EntityResolver, outlet_of: dict[str, str | None],
                 copy_of: dict[str, str] | None = None, self_published: set[str] | frozenset[str] = frozenset()) -> None:
        self.families = families
        self.resolver = resolver
        self.outlets = {o for o in outlet_of.values() if o}
        self.outlet_families = {families.family(o) for o in self.outlets}
        self.copy_of = copy_of or {}
        self.cited_origins: dict[tuple[str, str], tuple[str, list[str]]] = {}
        self.self_published = self_published  # press releases: their own voice is the issuer speaking
        self._family_of_document = {d: families.family(o) or d for d, o in outlet_of.items()}
        self.common_words: set[str] = set()
        self._texts: dict[str, str] = {}
        self._named: dict[str, set[str]] = {}

    def learn_documents(self, texts: dict[str, str], items: Iterable[LedgerItem]) -> None:
        """Remember the documents' texts and the named parties their items quote, so that a pronoun
        speaker ("..., he said") or an unnamed voice in released material ("In one intercepted call, a
        soldier says ...") is traced to the party the text names before it."""
        self._texts = texts
        for item in items:
            for name in (item.attributed_to, *item.via):
                if name and is_named(name) and name.split()[0].casefold() not in _PERSON_PRONOUNS:
                    self._named.setdefault(item.document_id, set()).add(name)

    def _named_before(self, item: LedgerItem, wanted) -> str | None:  # noqa: ANN001 - a predicate
        """The party the document names last, before the end of the item's sentence, that *wanted* accepts
        (given the name and the sentence it is named in)."""
        text = self._texts.get(item.document_id, "")
        where = text.find(item.sentence)
        if where < 0:
            return None
        head = text[: where + len(item.sentence)]
        best: tuple[int, str] | None = None
        for name in self._named.get(item.document_id, ()):
            forms = {name, name.split()[-1]} if len(name.split()) > 1 else {name}
            for form in forms:
                at = max((m.start() for m in re.finditer(rf"\b{re.escape(form)}\b", head)), default=-1)
                if at < 0:
                    continue
                start = max(head.rfind(". ", 0, at), head.rfind("\n", 0, at)) + 1
                stop = min(x for x in (head.find(". ", at), head.find("\n", at), len(head)) if x >= 0)
                if wanted(name, head[start:stop]) and (best is None or at > best[0]):
                    best = (at, name)
        return self.resolver.speaker(best[1]) if best else None

    def _antecedent(self, item: LedgerItem) -> str | None:
        """Who an unnamed speaker stands for: the person named last before "he"/"she"; for a voice
        quoted from released material (calls, recordings), the party named last with that material."""
        speaker = (item.attributed_to or "").strip()
        if speaker.casefold() in _PERSON_PRONOUNS:
            return self._named_before(item, lambda name, _sentence: self._is_person(name, item.document_id))
        from_material = (
            (speaker and not is_named(speaker) and _MATERIAL.search(f"{speaker} {item.sentence}"))
            or (not speaker and item.kind == "assertion" and not item.extra.get("headline")
                and _FROM_MATERIAL.match(item.sentence))
        )
        if from_material:  # the party that released it, not an outlet that reported it
            return self._named_before(item, lambda name, sentence: bool(_MATERIAL.search(sentence))
                                      and sentence.strip() not in item.sentence and self._as_outlet(name) is None)
        return None

    def _is_person(self, name: str, document_id: str) -> bool:
        """Tagged a person, or a capitalised name the text writes after a first name ("Tomas Reinholt")."""
        full = self.resolver.speaker(name) or name
        if "PERSON" in (self.resolver.label(name), self.resolver.label(full)):
            return True
        words = name.split()
        if not words or any(not w[:1].isupper() or w.isupper() for w in words) or self._as_outlet(name):
            return False
        first_name = rf"\b(?!(?:The|A|An|In|On|At|By|Of|For|And|But|To|From)\b)[A-Z][a-z]+\s+{re.escape(name)}\b"
        return re.search(first_name, self._texts.get(document_id, "")) is not None

    def learn_common_words(self, sentences: Iterable[str]) -> None:
        """Remember the words the texts write in lower case inside a sentence ("intercepted phone calls")."""
        for sentence in sentences:
            self.common_words.update(_INNER_LOWER_WORD.findall(sentence))

    def _capitalised_common_word(self, item: LedgerItem) -> bool:
        """A one-word speaker that is only capitalised because it opens the sentence, a word the texts
        otherwise write in lower case and no known name ("Intercepted calls point to ..."): no speaker."""
        name = (item.attributed_to or "").strip()
        return (
            len(name.split()) == 1 and name.lower() in self.common_words
            and item.sentence.lstrip("\"“‘' ").startswith(name)
            and self.resolver.label(name) is None and self.resolver.canonical(name) == name
        )

    def learn_citations(self, figures: list[LedgerItem]) -> None:
        """Remember, per sentence, the origin a figure names behind its via ("X, citing Y, said ...")."""
        for item in figures:
            if item.kind == "figure" and item.attributed_to and item.via:
                origin = self.resolver.speaker(item.attributed_to) or item.attributed_to
                via = [self.resolver.canonical(v) or v for v in item.via]
                self.cited_origins.setdefault((item.document_id, item.sentence), (origin, via))

    def _original(self, document_id: str) -> str:
        seen = set()
        while document_id in self.copy_of and document_id not in seen:
            seen.add(document_id)
            document_id = self.copy_of[document_id]
        return document_id

    def _as_outlet(self, name: str) -> str | None:
        """The outlet family a name refers to, when it names a news outlet."""
        if self.families.is_outlet(name, self.outlets):
            return self.families.family(name)
        family = self.families.family(name)
        return family if family in self.outlet_families else None

    def trace(self, items: list[LedgerItem], correction_sentences: set[str] = frozenset()) -> Provenance:
        items = sorted(items, key=lambda i: (i.published is None, i.published or date.min,
                                             i.near_duplicate_of is not None, i.document_id, i.seq))
        raw: list[tuple[LedgerItem, str | None, str | None, list[str]]] = []
        for item in items:
            family = self.families.family(item.outlet)
            via = [self.resolver.canonical(v) or v for v in item.via]
            origin = self.resolver.speaker(item.attributed_to)  # "Seoul says": the government body speaks
            if origin is not None and self._capitalised_common_word(item):
                origin = None
            origin = self._antecedent(item) or origin  # "he said", "In one call, a soldier says"
            if origin is None and item.document_id in self.self_published and item.outlet:
                origin = self.resolver.canonical(item.outlet) or item.outlet
            cited = self.cited_origins.get((item.document_id, item.sentence))
            if item.kind == "statement" and origin and cited and cited[0] != origin and origin in cited[1]:
                via, origin = [*via, origin], cited[0]  # "X, citing Y, reported ...": Y speaks through X
            raw.append((item, family, origin, via))

        # origins reached through a cited outlet's own reports of the claim
        by_family: dict[str, set[str]] = {}
        for _item, family, origin, _via in raw:
            if family and origin and self._as_outlet(origin) is None:
                by_family.setdefault(family, set()).add(origin)

        mentions: list[ClaimMention] = []
        origins: list[str] = []
        reports: set[str] = set()
        outlets_printing: set[str] = set()  # what a reader sees: every outlet family that printed it
        first: ClaimMention | None = None
        seen_documents: set[str] = set()
        for item, family, origin, via in raw:
            copy = self.copy_of.get(item.document_id)
            role: MentionRole
            chain = [family or "(unknown outlet)", *via]
            resolved_origins: list[str] = []
            if any(item.sentence in note or note in item.sentence for note in correction_sentences):
                role = "correction"
            elif copy is not None:
                role = "syndicated"
            elif origin is None:
                earlier = any(d != item.document_id for d in seen_documents)
                role = "echo" if earlier else "unattributed"
            else:
                role = "attributed"
            if origin is not None and role != "correction":
                cited_outlet = self._as_outlet(origin)
                if cited_outlet is not None and cited_outlet != family and by_family.get(cited_outlet):
                    resolved_origins = sorted(by_family[cited_outlet])
                    chain.append(origin)
                else:
                    resolved_origins = [origin]
                chain.extend(resolved_origins)
            for found in resolved_origins:
                unit = found if is_named(found) else (via[-1] if via else family or found)
                if unit not in origins:  # unnamed people count as the channel that brings them
                    origins.append(unit)
            if role != "correction":  # a copy counts as its original's outlet family
                original = self._original(item.document_id)
                reports.add(self._family_of_document.get(original) or original)
                outlets_printing.add(family or item.document_id)
            mention = ClaimMention(
                item_kind=item.kind, item_id=item.id, document_id=item.document_id, outlet=item.outlet,
                family=family, published=item.published, title=item.title, text=item.label(),
                sentence=item.sentence, attributed_to=item.attributed_to,
                origin=resolved_origins[0] if resolved_origins else None, via=list(item.via),
                hedges=list(item.hedges), role=role, chain=chain, copy_of=copy,
            )
            mentions.append(mention)
            seen_documents.add(item.document_id)
            if first is None and role not in ("syndicated", "correction"):
                first = mention
        distinct = len(reports)
        circular = len(origins) == 1 and len(outlets_printing) >= 2
        return Provenance(mentions, origins, distinct, circular, first)
