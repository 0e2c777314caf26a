"""The provenance network of the claim ledger, for Gephi and other graph tools.

Nodes are the parties claims pass through (outlet families, via parties, origins)
and the claims themselves. Every mention adds ``cites`` edges along its chain,
outlet -> via -> ... -> origin, and a ``reports`` edge from the end of its chain to
the claim: the origin when the mention names one, else the outlet that printed it
unsourced. Correction notes add their chain but no ``reports`` edge. Edge ``weight``
is the number of mentions that run along it, so a figure every outlet took from
one agency shows as a thick fan into that agency.

Node ids are ``party:<name>`` and ``claim:<id>``; ``label`` is what Gephi shows.
Every attribute is a str, int, float or bool, so GraphML and GEXF readers accept it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from heuer.grading import DEFAULT_RELIABILITY
from heuer.model import Claim, ClaimMention, SourceRecord
from heuer.report.exports_cells import PathArg
from heuer.report.exports_chain import split_chain

LABEL_CHARS = 80

# characters XML 1.0 cannot hold; article text occasionally carries them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def party_node(name: str) -> str:
    return f"party:{_xml_text(name)}"


def claim_node(claim_id: int) -> str:
    return f"claim:{claim_id}"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def mention_hops(mention: ClaimMention) -> tuple[list[tuple[str, str]], list[str]]:
    """The (from, to) ``cites`` hops of a mention's chain, and who reports the claim at its end.

    The reporters are the origins, or for an unsourced mention the last party of its chain.
    """
    lead, origins = split_chain(mention)
    path = lead + origins[:1]
    hops = list(zip(path, path[1:], strict=False))
    if lead:
        hops += [(lead[-1], origin) for origin in origins[1:]]
    return [(a, b) for a, b in hops if a != b], origins or lead[-1:]


def _party_attributes(name: str, kind: str, source: SourceRecord | None, claims: int,
                      mentions: int) -> dict[str, str | int]:
    return {
        "label": _xml_text(name),
        "node_type": "party",
        "kind": kind,
        "reliability": source.reliability if source else DEFAULT_RELIABILITY,
        "claims": claims,
        "mentions": mentions,
    }


def _claim_attributes(claim: Claim) -> dict[str, str | int | bool]:
    return {
        "label": _xml_text(_short(claim.summary)),
        "node_type": "claim",
        "kind": "claim",
        "claim_kind": claim.kind,
        "summary": _xml_text(claim.summary),
        "independent_sources": claim.independent_sources,
        "distinct_reports": claim.distinct_reports,
        "circular": claim.circular,
        "contested": claim.contested,
        "status": claim.status,
        "credibility": claim.credibility.grade,
        "credibility_label": claim.credibility.label,
    }


def provenance_graph(claims: Iterable[Claim], sources: Iterable[SourceRecord] = ()) -> nx.DiGraph:
    """Parties and claims joined by ``cites`` and ``reports`` edges (see the module notes).

    *sources* (the source register) gives each party its reliability grade; a party
    it does not list is F, reliability cannot be judged.
    """
    register = {s.name.casefold(): s for s in sources}
    graph = nx.DiGraph(name="heuer provenance network")
    cites: Counter[tuple[str, str]] = Counter()
    cite_claims: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
    reports: Counter[tuple[str, int]] = Counter()
    party_claims: defaultdict[str, set[int]] = defaultdict(set)
    party_mentions: Counter[str] = Counter()
    outlets: set[str] = set()
    for claim in claims:
        graph.add_node(claim_node(claim.id), **_claim_attributes(claim))
        for mention in claim.mentions:
            hops, ends = mention_hops(mention)
            if mention.chain:
                outlets.add(mention.chain[0])
            for party in dict.fromkeys(mention.chain):
                party_claims[party].add(claim.id)
                party_mentions[party] += 1
            for hop in dict.fromkeys(hops):
                cites[hop] += 1
                cite_claims[hop].add(claim.id)
            if mention.role != "correction":
                for end in ends:
                    reports[(end, claim.id)] += 1
    for party, claim_ids in party_claims.items():
        source = register.get(party.casefold())
        kind = "outlet" if party in outlets or (source and source.kind == "outlet") else "source"
        graph.add_node(party_node(party), **_party_attributes(party, kind, source, len(claim_ids),
                                                               party_mentions[party]))
    for (a, b), weight in cites.items():
        graph.add_edge(party_node(a), party_node(b), relation="cites", weight=weight, claims=len(cite_claims[(a, b)]))
    for (party, claim_id), weight in reports.items():
        graph.add_edge(party_node(party), claim_node(claim_id), relation="reports", weight=weight, claims=1)
    return graph


def write_graphml(graph: nx.DiGraph, path: PathArg) -> Path:
    """The graph as GraphML (yEd, Cytoscape, Gephi); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(graph, target, encoding="utf-8", prettyprint=True)
    return target


def write_gexf(graph: nx.DiGraph, path: PathArg) -> Path:
    """The graph as GEXF 1.2 (Gephi's own format); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(graph, target, encoding="utf-8", prettyprint=True, version="1.2draft")
    return target
