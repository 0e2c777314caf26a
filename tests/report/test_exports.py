"""Ledger exports on the ledger corpus in a real SQLite store: JSON, CSV, GraphML/GEXF, FollowTheMoney."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

import heuer
from heuer import api
from heuer.ledger import Ledger, read_ledger, update_ledger
from heuer.ledger.embedding import HashingEmbedder
from heuer.ledger.outlets import set_owner
from heuer.ledger.sources import register
from heuer.model import Claim, ClaimConflict, ClaimMention, Credibility, Figure, SourceRecord
from heuer.report import exports
from heuer.store import Store
from heuer.store.records import StoredEntity, StoredFigure

CORPUS = Path(__file__).resolve().parents[1] / "data" / "ledger"
NIS = "National Intelligence Service"
HALVARD = "Halvard News Agency"
GRADES = {NIS.casefold(): ("B", "usually right on troop movements")}


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ledger corpus ingested, its outlet owners set and its ledger built (lexical matching)."""
    db = tmp_path_factory.mktemp("exports") / "ledger.db"
    report = heuer.ingest([str(p) for p in sorted(CORPUS.glob("*.txt"))], db=db)
    assert report.ok, [o.error for o in report.failed]
    owners = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["outlet_owners"]
    with Store.open(db) as store:
        with store.writing("owners") as connection:
            for outlet, owner in owners.items():
                set_owner(connection, outlet, owner)
        update_ledger(store, HashingEmbedder())
    return db


@pytest.fixture(scope="module")
def ledger(ledger_db: Path) -> Ledger:
    with Store.open(ledger_db) as store:
        return read_ledger(store)


@pytest.fixture(scope="module")
def sources(ledger: Ledger) -> list[SourceRecord]:
    return register(ledger, GRADES)


@pytest.fixture(scope="module")
def figures(ledger_db: Path) -> list[StoredFigure]:
    return api.figures(ledger_db)


@pytest.fixture(scope="module")
def entities(ledger_db: Path) -> list[StoredEntity]:
    return api.entities(ledger_db)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def fifteen_hundred(claims: list[Claim]) -> Claim:
    """The NIS figure of 1,500 special forces carried on the wire story."""
    found = [c for c in claims if c.kind == "figure" and c.value == 1500
             and any(m.outlet == HALVARD for m in c.mentions)]
    assert found, [(c.id, c.summary) for c in claims if c.value == 1500]
    return found[0]


def hostile_claim() -> Claim:
    """A claim whose words look like spreadsheet formulas, with a conflict and odd characters."""
    mention = ClaimMention(
        item_kind="statement", item_id=1, document_id="d" * 64, outlet="@Outlet", family="@Outlet",
        published=date(2024, 10, 18), title="=1+1", text="=HYPERLINK(\"http://x\")",
        sentence="-2+3 said the \"source\",\nover two lines\x0b.", attributed_to="+Origin", origin="+Origin",
        via=["=Via"], hedges=["-maybe"], role="attributed", chain=["@Outlet", "=Via", "+Origin"],
    )
    return Claim(
        id=999, kind="figure", summary="=HYPERLINK(\"http://x\",\"click\")\x0b", mentions=[mention],
        origins=["+Origin"], independent_sources=1, distinct_reports=1, circular=False,
        first_reported=mention, credibility=Credibility(3, "possibly true", ["=reason"]),
        value=-40.0, range=(-50.0, -30.5), unit="degrees", subject="@temperature",
        conflicts=[ClaimConflict(12, "contradiction", "rival figure")],
    )


# -- JSON -----------------------------------------------------------------------------------------

def test_claims_json_has_schema_version_and_every_claim(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "out" / "claims.json"
    text = exports.claims_json(ledger.claims, path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload == json.loads(text)
    assert payload["schema"] == "heuer-claims" and payload["version"] == 1
    assert [c["id"] for c in payload["claims"]] == [c.id for c in ledger.claims]
    claim = fifteen_hundred(ledger.claims)
    exported = next(c for c in payload["claims"] if c["id"] == claim.id)
    assert exported == json.loads(json.dumps(claim.to_dict()))
    assert NIS in exported["origins"]


def test_sources_json_keeps_grades(sources: list[SourceRecord]) -> None:
    payload = json.loads(exports.sources_json(sources))
    assert payload["schema"] == "heuer-sources" and payload["version"] == 1
    nis = next(s for s in payload["sources"] if s["name"] == NIS)
    assert nis["reliability"] == "B" and nis["note"] == "usually right on troop movements"
    assert "NIS" in nis["aliases"]


# -- CSV ------------------------------------------------------------------------------------------

def test_claims_csv_one_row_per_claim_with_origins_and_conflicts(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    text = exports.claims_csv(ledger.claims, path)
    assert path.read_bytes() == text.encode("utf-8")
    table = rows(text)
    assert list(table[0]) == list(exports.CLAIM_COLUMNS)
    assert len(table) == len(ledger.claims)
    claim = fifteen_hundred(ledger.claims)
    row = next(r for r in table if r["id"] == str(claim.id))
    assert "1,500" in row["summary"]
    assert NIS in row["origins"].split("; ")
    assert row["value"] == "1500" and row["kind"] == "figure"
    assert row["circular"] in ("true", "false")
    assert row["credibility_grade"] == str(claim.credibility.grade)
    assert row["documents"] == str(len(claim.documents))
    assert row["first_reported_outlet"] == HALVARD and row["first_reported_date"] == "2024-10-18"
    conflicted = [r["conflicts"] for r in table if r["conflicts"]]
    assert conflicted
    pattern = re.compile(r"^(contradiction|refinement|different_subject|negation):\d+$")
    assert all(pattern.match(part) for cell in conflicted for part in cell.split("; "))


def test_mentions_csv_has_every_mention_and_its_chain(ledger: Ledger) -> None:
    table = rows(exports.mentions_csv(ledger.claims))
    assert list(table[0]) == list(exports.MENTION_COLUMNS)
    assert len(table) == sum(len(c.mentions) for c in ledger.claims)
    claim = fifteen_hundred(ledger.claims)
    wire = [r for r in table if r["claim_id"] == str(claim.id) and r["outlet"] == HALVARD]
    assert wire and wire[0]["chain"] == f"{HALVARD} > {NIS}"
    assert wire[0]["role"] == "attributed" and wire[0]["origin"] == NIS
    assert "1,500" in wire[0]["sentence"]
    relayed = [r["chain"].split(" > ") for r in table if r["via"]]
    assert any(chain[0] == HALVARD and chain[-1] == NIS and len(chain) == 3 for chain in relayed)


def test_figures_csv_one_row_per_stored_figure(figures: list[StoredFigure]) -> None:
    table = rows(exports.figures_csv(figures))
    assert list(table[0]) == list(exports.FIGURE_COLUMNS)
    assert len(table) == len(figures)
    nis = [r for r in table if r["value"] == "1500" and r["source"] == NIS]
    assert nis and all(r["published"] and r["document_id"] for r in nis)
    assert any(r["hedges"] for r in table)


def test_sources_csv_lists_the_register(sources: list[SourceRecord]) -> None:
    table = rows(exports.sources_csv(sources))
    assert list(table[0]) == list(exports.SOURCE_COLUMNS)
    assert [r["name"] for r in table] == [s.name for s in sources]
    nis = next(r for r in table if r["name"] == NIS)
    assert nis["reliability"] == "B" and nis["aliases"].split("; ") == ["NIS"]
    assert int(nis["claims"]) >= 1 and int(nis["mentions"]) >= int(nis["claims"])
    assert next(r for r in table if r["name"] == HALVARD)["kind"] == "outlet"


def test_formula_looking_cells_are_escaped_and_text_round_trips() -> None:
    claim = hostile_claim()
    row = rows(exports.claims_csv([claim]))[0]
    assert row["summary"] == "'" + claim.summary
    assert row["subject"] == "'@temperature"
    assert row["origins"] == "'+Origin"
    assert row["credibility_reasons"] == "'=reason"
    assert row["first_reported_outlet"] == "'@Outlet"
    assert row["conflicts"] == "contradiction:12"
    # numbers stay numbers: a negative figure is not a formula
    assert (row["value"], row["range_low"], row["range_high"]) == ("-40", "-50", "-30.5")
    mention = rows(exports.mentions_csv([claim]))[0]
    assert mention["sentence"] == "'" + claim.mentions[0].sentence  # quotes, comma and line break survive
    assert mention["chain"] == "'@Outlet > =Via > +Origin"
    assert mention["hedges"] == "'-maybe"
    source = SourceRecord(name="=cmd|' /C calc'!A0", kind="unknown", note="-note", aliases=["@alias"])
    assert rows(exports.sources_csv([source]))[0] == {
        "name": "'=cmd|' /C calc'!A0", "kind": "unknown", "reliability": "F", "note": "'-note",
        "claims": "0", "mentions": "0", "aliases": "'@alias",
    }
    stored = StoredFigure(1, "d" * 64, Figure(value=None, range=(1.0, 3.0), unit=None, subject=None,
                                              sentence="+1 said", span=(0, 1), text="-1"), None, None, None)
    figure = rows(exports.figures_csv([stored]))[0]
    assert (figure["sentence"], figure["text"], figure["value"], figure["range_low"]) == ("'+1 said", "'-1", "", "1")
    for start in exports.FORMULA_STARTS:
        assert exports.safe_text(start + "x") == "'" + start + "x"
    assert exports.safe_text("12,000 troops") == "12,000 troops"


# -- provenance network ---------------------------------------------------------------------------

def cites_only(graph: nx.DiGraph) -> nx.DiGraph:
    return graph.edge_subgraph([(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == "cites"])


def test_provenance_graph_runs_outlet_via_origin_claim(ledger: Ledger, sources: list[SourceRecord]) -> None:
    graph = exports.provenance_graph(ledger.claims, sources)
    halvard, nis = f"party:{HALVARD}", f"party:{NIS}"
    assert graph.nodes[halvard]["kind"] == "outlet"
    assert graph.nodes[nis]["kind"] == "source" and graph.nodes[nis]["reliability"] == "B"
    assert graph.nodes[halvard]["reliability"] == "F"
    assert graph.edges[halvard, nis]["relation"] == "cites"
    assert nx.has_path(cites_only(graph), halvard, nis)
    assert nx.has_path(cites_only(graph), halvard, "party:South Korean media")
    assert graph.has_edge("party:South Korean media", nis)
    claim = fifteen_hundred(ledger.claims)
    report = graph.edges[nis, f"claim:{claim.id}"]
    assert report["relation"] == "reports" and report["weight"] >= 1
    node = graph.nodes[f"claim:{claim.id}"]
    assert node["independent_sources"] == claim.independent_sources and "1,500" in node["summary"]
    assert {n for n, d in graph.nodes(data=True) if d["node_type"] == "claim"} == {
        f"claim:{c.id}" for c in ledger.claims}
    mentions_into_nis = sum(1 for c in ledger.claims for m in c.mentions if m.origin == NIS and m.role != "correction")
    assert sum(d["weight"] for _, _, d in graph.out_edges(nis, data=True) if d["relation"] == "reports") \
        == mentions_into_nis
    for _, data in graph.nodes(data=True):
        assert all(type(v) in (str, int, float, bool) for v in data.values()), data
    for _, _, data in graph.edges(data=True):
        assert all(type(v) in (str, int, float, bool) for v in data.values()), data


def test_graphml_and_gexf_read_back(ledger: Ledger, sources: list[SourceRecord], tmp_path: Path) -> None:
    graph = exports.provenance_graph([*ledger.claims, hostile_claim()], sources)
    graphml = exports.write_graphml(graph, tmp_path / "net" / "ledger.graphml")
    gexf = exports.write_gexf(graph, tmp_path / "net" / "ledger.gexf")
    edges = {(a, b): d["relation"] for a, b, d in graph.edges(data=True)}
    for read in (nx.read_graphml(graphml), nx.read_gexf(gexf)):
        assert read.is_directed()
        assert set(read.nodes) == set(graph.nodes)
        assert {(a, b): d["relation"] for a, b, d in read.edges(data=True)} == edges
        assert read.nodes[f"party:{NIS}"]["reliability"] == "B"
        assert read.nodes[f"party:{HALVARD}"]["label"] == HALVARD
        assert read.nodes["claim:999"]["circular"] is False
        assert "\x0b" not in read.nodes["claim:999"]["summary"]
        assert nx.has_path(cites_only(read), f"party:{HALVARD}", f"party:{NIS}")
    assert graph.nodes[f"party:{HALVARD}"]["label"] == HALVARD  # writing left the graph as it was


def test_several_origins_at_the_end_of_a_chain_are_each_cited_by_the_party_before() -> None:
    claim = hostile_claim()
    mention = replace(claim.mentions[0], chain=["Northwind", "Daily Kestrel", "HUR", "NATO"], origin="HUR",
                      via=[])
    graph = exports.provenance_graph([replace(claim, mentions=[mention], origins=["HUR", "NATO"])])
    cites = {(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == "cites"}
    assert cites == {("party:Northwind", "party:Daily Kestrel"), ("party:Daily Kestrel", "party:HUR"),
                     ("party:Daily Kestrel", "party:NATO")}
    reports = {a for a, _, d in graph.edges(data=True) if d["relation"] == "reports"}
    assert reports == {"party:HUR", "party:NATO"}


# -- FollowTheMoney -------------------------------------------------------------------------------

def test_ftm_lines_parse_back_with_the_right_schemata(ledger: Ledger, sources: list[SourceRecord],
                                                      entities: list[StoredEntity], tmp_path: Path) -> None:
    ftm = pytest.importorskip("followthemoney")
    path = tmp_path / "ledger.ftm.jsonl"
    text = exports.ftm_jsonl(exports.ftm_entities(ledger.claims, sources, entities), path)
    assert path.read_text(encoding="utf-8") == text
    proxies = [ftm.model.get_proxy(json.loads(line)) for line in text.splitlines()]
    assert len({p.id for p in proxies}) == len(proxies)
    by_id = {p.id: p for p in proxies}
    schemata = {p.schema.name for p in proxies}
    assert {"Person", "Organization", "LegalEntity", "Article", "Note", "Documentation"} <= schemata

    def named(name: str) -> ftm.EntityProxy:
        found = [p for p in proxies if name in p.get("name", quiet=True)]
        assert len(found) == 1, name
        return found[0]

    valcourt = named("Hyejin Valcourt")
    assert valcourt.schema.name == "Person" and "Valcourt" in valcourt.get("alias")
    assert named("Daniel Yoo-Hartley").schema.name == "Person"  # a byline: only in the store's entities
    nis = named(NIS)
    assert nis.schema.name == "Organization" and "NIS" in nis.get("alias")
    assert any("reliability B" in note for note in nis.get("notes"))
    assert named(HALVARD).schema.name == "Organization"
    assert named("South Korean media").schema.name == "LegalEntity"

    claim = fifteen_hundred(ledger.claims)
    note = next(p for p in proxies if p.schema.name == "Note" and claim.summary in p.get("name"))
    assert nis.id in note.get("entity")
    assert f"Admiralty credibility {claim.credibility.grade}" in note.get("description")[0]
    links = [p for p in proxies if p.schema.name == "Documentation" and nis.id in p.get("entity")]
    wire = [p for p in links if p.get("role") == ["source"]
            and by_id[p.get("document")[0]].get("publisher") == [HALVARD]]
    assert wire and wire[0].get("date") == ["2024-10-18"]
    article = by_id[wire[0].get("document")[0]]
    assert article.schema.name == "Article" and article.get("publishedAt") == ["2024-10-18"]
    publisher = [p for p in proxies if p.schema.name == "Documentation" and p.get("role") == ["publisher"]
                 and p.get("document") == [article.id]]
    assert [p.get("entity") for p in publisher] == [[named(HALVARD).id]]
    for proxy in proxies:
        if proxy.schema.edge:
            assert all(v in by_id for prop in ("document", "entity") for v in proxy.get(prop))


def test_ftm_ids_are_stable_across_exports(ledger: Ledger, sources: list[SourceRecord]) -> None:
    pytest.importorskip("followthemoney")
    first = exports.ftm_jsonl(exports.ftm_entities(ledger.claims, sources))
    again = exports.ftm_jsonl(exports.ftm_entities(list(ledger.claims), list(sources)))
    assert first == again
    lone = exports.ftm_entities([], [SourceRecord(name="Mark Rutte", kind="person")])
    twin = exports.ftm_entities([], [SourceRecord(name="mark rutte", kind="unknown")])
    assert lone[0].id == twin[0].id and lone[0].schema.name == "Person" and twin[0].schema.name == "LegalEntity"
