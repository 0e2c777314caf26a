"""The claim ledger as FollowTheMoney entities, the JSON-lines format Aleph and the ``ftm`` tools import.

- every party (source register, claim chains, PERSON/ORG entities of the store) is a
  ``Person``, an ``Organization`` (outlets included) or, when nothing says which, a
  ``LegalEntity``, with the other names it goes by as ``alias``;
- every document a claim is found in is an ``Article`` (title, publisher, date);
- every claim is a ``Note`` on its origins and documents, its credibility in the
  description;
- ``Documentation`` links each article to the parties its mentions run through:
  role ``publisher`` (the outlet family), ``via`` and ``source`` (the origin), with
  the claim as summary and the sentence as description.

Ids are stable: a sha1 of ``heuer`` and the party name (case-folded), the document
id or the claim, so exporting again updates the same entities in Aleph.
followthemoney is the optional ``heuer[ftm]`` dependency, imported only here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from heuer.errors import HeuerError
from heuer.grading import RELIABILITY
from heuer.model import Claim, ClaimMention, SourceRecord
from heuer.report.exports_cells import PathArg, write_text
from heuer.report.exports_chain import split_chain
from heuer.store.records import StoredEntity

if TYPE_CHECKING:
    from followthemoney import EntityProxy
    from followthemoney.model import Model

ID_PREFIX = "heuer"
UNKNOWN_OUTLET = "(unknown outlet)"

_KIND_SCHEMA = {"person": "Person", "organization": "Organization", "group": "Organization",
                "outlet": "Organization"}
_LABEL_SCHEMA = {"PERSON": "Person", "ORG": "Organization"}


def _model() -> Model:
    try:
        from followthemoney import model
    except ImportError:  # the optional extra is missing
        raise HeuerError("FollowTheMoney export needs the followthemoney package: pip install 'heuer[ftm]'") from None
    return model


@dataclass
class _Party:
    """One party before it becomes an entity: the schema stays open until something decides it."""

    name: str
    schema: str | None
    aliases: dict[str, None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class _Parties:
    """Parties by every name they go by (case-folded), so aliases land on one entity."""

    def __init__(self) -> None:
        self.parties: dict[str, _Party] = {}
        self._by_name: dict[str, str] = {}

    def find(self, *names: str) -> _Party | None:
        for name in names:
            key = self._by_name.get(name.casefold())
            if key is not None:
                return self.parties[key]
        return None

    def add(self, name: str, schema: str | None, aliases: Iterable[str] = ()) -> _Party:
        aliases = [a for a in aliases if a and a.casefold() != name.casefold()]
        party = self.find(name, *aliases)
        if party is None:
            party = self.parties[name.casefold()] = _Party(name, schema)
            self._by_name[name.casefold()] = name.casefold()
        elif party.schema is None:
            party.schema = schema
        for alias in ([name] if name.casefold() != party.name.casefold() else []) + aliases:
            party.aliases.setdefault(alias)
            self._by_name.setdefault(alias.casefold(), party.name.casefold())
        return party


def _collect_parties(claims: list[Claim], sources: Iterable[SourceRecord],
                     entities: Iterable[StoredEntity]) -> _Parties:
    parties = _Parties()
    for source in sources:
        party = parties.add(source.name, _KIND_SCHEMA.get(source.kind), source.aliases)
        grade = f"reliability {source.reliability} ({RELIABILITY.get(source.reliability, 'unknown')})"
        party.notes.append(grade + (f": {source.note}" if source.note else ""))
    for claim in claims:
        for mention in claim.mentions:
            for position, name in enumerate(mention.chain):
                if name and name != UNKNOWN_OUTLET:
                    parties.add(name, "Organization" if position == 0 else None)
    for entity in entities:
        if entity.label in _LABEL_SCHEMA:
            parties.add(entity.name, _LABEL_SCHEMA[entity.label], entity.aliases)
    return parties


def _party_entity(model: Model, party: _Party) -> EntityProxy:
    proxy = model.make_entity(party.schema or "LegalEntity", key_prefix=ID_PREFIX)
    proxy.make_id("party", party.name.casefold())
    proxy.add("name", party.name)
    proxy.add("alias", list(party.aliases))
    proxy.add("notes", party.notes)
    return proxy


def _article(model: Model, mention: ClaimMention) -> EntityProxy:
    proxy = model.make_entity("Article", key_prefix=ID_PREFIX)
    proxy.make_id("document", mention.document_id)
    proxy.add("name", mention.title or mention.document_id)
    proxy.add("title", mention.title)
    proxy.add("publisher", mention.outlet)
    proxy.add("publishedAt", mention.published.isoformat() if mention.published else None)
    proxy.add("notes", f"heuer document {mention.document_id}")
    return proxy


def _credibility_text(claim: Claim) -> str:
    lines = [f"Admiralty credibility {claim.credibility.grade} ({claim.credibility.label})",
             f"independent sources: {claim.independent_sources}; distinct reports: {claim.distinct_reports}"
             + ("; circular" if claim.circular else "") + f"; status: {claim.status}"]
    return "\n".join(lines + list(claim.credibility.reasons))


def _claim_note(model: Model, claim: Claim, entity_ids: list[str]) -> EntityProxy:
    proxy = model.make_entity("Note", key_prefix=ID_PREFIX)
    proxy.make_id("claim", claim.id, claim.summary)
    proxy.add("name", claim.summary)
    proxy.add("summary", claim.summary)
    proxy.add("description", _credibility_text(claim))
    proxy.add("keywords", [claim.kind, claim.status] + (["circular"] if claim.circular else [])
              + (["contested"] if claim.contested else []))
    proxy.add("entity", entity_ids)
    return proxy


def _documentation(model: Model, article_id: str, party_id: str, role: str, mention: ClaimMention,
                   claim: Claim | None = None) -> EntityProxy:
    proxy = model.make_entity("Documentation", key_prefix=ID_PREFIX)
    proxy.make_id("documentation", article_id, party_id, role, claim.id if claim else "document")
    proxy.add("document", article_id)
    proxy.add("entity", party_id)
    proxy.add("role", role)
    proxy.add("date", mention.published.isoformat() if mention.published else None)
    if claim is not None:
        proxy.add("summary", claim.summary)
        proxy.add("description", mention.sentence)
        proxy.add("status", mention.role)
    return proxy


class _Builder:
    """Turns claims into articles, notes and links once the parties have their entities."""

    def __init__(self, model: Model, parties: _Parties) -> None:
        self.model = model
        self.parties = parties
        self.party_entities = [_party_entity(model, party) for party in parties.parties.values()]
        self._ids = {key: proxy.id or "" for key, proxy in zip(parties.parties, self.party_entities, strict=True)}
        self.articles: dict[str, EntityProxy] = {}
        self.links: dict[str, EntityProxy] = {}
        self.notes: list[EntityProxy] = []

    def party_id(self, name: str | None) -> str | None:
        party = self.parties.find(name) if name and name != UNKNOWN_OUTLET else None
        return self._ids[party.name.casefold()] if party else None

    def _link(self, proxy: EntityProxy) -> None:
        self.links.setdefault(proxy.id or "", proxy)

    def _article_id(self, mention: ClaimMention) -> str:
        article = self.articles.get(mention.document_id)
        if article is None:
            article = self.articles[mention.document_id] = _article(self.model, mention)
            publisher = self.party_id(mention.family)
            if publisher:
                self._link(_documentation(self.model, article.id or "", publisher, "publisher", mention))
        return article.id or ""

    def add_claim(self, claim: Claim) -> None:
        documents: list[str] = []
        for mention in claim.mentions:
            article_id = self._article_id(mention)
            documents.append(article_id)
            lead, origins = split_chain(mention)
            roles = [(name, "via") for name in lead[1:]] + [(name, "source") for name in origins]
            for name, role in roles:
                party = self.party_id(name)
                if party:
                    self._link(_documentation(self.model, article_id, party, role, mention, claim))
        origin_ids = [i for i in (self.party_id(o) for o in claim.origins) if i]
        self.notes.append(_claim_note(self.model, claim, list(dict.fromkeys(origin_ids + documents))))

    def entities(self) -> list[EntityProxy]:
        return self.party_entities + list(self.articles.values()) + self.notes + list(self.links.values())


def ftm_entities(claims: Iterable[Claim], sources: Iterable[SourceRecord] = (),
                 entities: Iterable[StoredEntity] = ()) -> list[EntityProxy]:
    """Parties, articles, claim notes and documentation links as FollowTheMoney entities.

    *sources* is the source register (reliability grades go into a party's notes);
    *entities* are the store's entities (``api.entities``): their PERSON and ORG ones
    become people and organisations, and decide whether an ungraded party is one.
    """
    claims = list(claims)
    builder = _Builder(_model(), _collect_parties(claims, sources, entities))
    for claim in claims:
        builder.add_claim(claim)
    return builder.entities()


def ftm_jsonl(proxies: Iterable[EntityProxy], path: PathArg | None = None) -> str:
    """One ``entity.to_dict()`` per line; returns the text and writes it to *path* when given."""
    text = "".join(json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for p in proxies)
    if path is not None:
        write_text(text, path)
    return text
