"""The library face of heuer: what the CLI and the web app call, and what a Python user calls.

Every function takes ``db``: a path, a SQLAlchemy URL, an open
:class:`~heuer.store.Store`, or ``None`` for ``$HEUER_DB`` / ``./heuer.db``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from heuer.errors import HeuerError, IngestError, NotFoundError
from heuer.extract.nlp import load_nlp
from heuer.extract.pipeline import extract_many
from heuer.ingest import (
    MetadataOverrides,
    NearDuplicateIndex,
    expand_sources,
    make_client,
    minhash_signature,
    read_source,
)
from heuer.ledger import Ledger, LedgerUpdate, read_ledger, update_ledger
from heuer.ledger.embedding import make_embedder
from heuer.ledger.entities import add_override, load_resolver
from heuer.ledger.outlets import set_owner
from heuer.ledger.overrides import merge_claims as merge_stored_claims
from heuer.ledger.overrides import parse_item, split_mention
from heuer.ledger.sources import grades as source_grades
from heuer.ledger.sources import register as source_register
from heuer.ledger.sources import set_grade
from heuer.ledger.timeline import merge_events
from heuer.model import Claim, ClaimMention, Document, Extraction, IngestOutcome, SourceRecord, TimelineEntry
from heuer.report.brief import BriefData, collect_brief
from heuer.report.html import render_html
from heuer.report.markdown import render_markdown
from heuer.settings import DEFAULT_SETTINGS, Settings
from heuer.store import Store
from heuer.store.records import (
    DocumentSummary,
    SearchHit,
    StoredEntity,
    StoredEvent,
    StoredFigure,
    StoredStatement,
)

DbArg = str | os.PathLike[str] | Store | None


@contextmanager
def open_store(db: DbArg = None, *, create: bool = True) -> Iterator[Store]:
    """A store for ``db``; closed afterwards unless the caller passed an open one.

    ``create=False`` refuses to make a new empty SQLite file (reading commands use it).
    """
    if isinstance(db, Store):
        yield db
        return
    store = Store.open(db, create=create)
    try:
        yield store
    finally:
        store.close()


@dataclass
class IngestReport:
    """What an ingest run did, source by source."""

    outcomes: list[IngestOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def stored(self) -> int:
        return self.count("stored") + self.count("near_duplicate")

    @property
    def failed(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def _overrides(outlet: str | None, published: date | None, title: str | None) -> MetadataOverrides | None:
    if outlet is None and published is None and title is None:
        return None
    return MetadataOverrides(outlet=outlet, published=published, title=title)


def ingest(
    sources: Iterable[str],
    db: DbArg = None,
    *,
    include: Sequence[str] | None = None,
    outlet: str | None = None,
    published: date | None = None,
    title: str | None = None,
    stdin: BinaryIO | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    on_total: Callable[[int], None] | None = None,
    on_source: Callable[[str, list[IngestOutcome]], None] | None = None,
) -> IngestReport:
    """Read, extract and store every source; one transaction per document.

    Documents already stored (same sha256) are skipped, so a re-run after a
    crash resumes where it stopped. Near-duplicates are stored and linked to
    the first copy. Failures are reported, never raised, and the batch goes on.
    ``on_total`` gets the number of sources once; ``on_source`` is called after
    each source with its outcomes (for progress bars).
    """
    report = IngestReport()
    refs = expand_sources(list(sources), settings, include=include)
    if on_total:
        on_total(len(refs))
    overrides = _overrides(outlet, published, title)
    with open_store(db) as store, make_client(settings) as client:
        nlp = load_nlp(settings.spacy_models)
        index = NearDuplicateIndex(store.minhashes(), settings)
        for ref in refs:
            outcomes: list[IngestOutcome] = []
            pending: list[Document] = []
            for item in read_source(ref, settings, overrides=overrides, stdin=stdin, client=client):
                if isinstance(item, IngestError):
                    outcomes.append(IngestOutcome(item.source, "failed", error=str(item)))
                elif store.has_document(item.id) or any(d.id == item.id for d in pending):
                    outcomes.append(IngestOutcome(item.path, "duplicate", document_id=item.id))
                else:
                    pending.append(item)
            outcomes.extend(_store_batch(pending, store, index, nlp, settings))
            report.outcomes.extend(outcomes)
            if on_source:
                on_source(ref.label, outcomes)
    return report


def _store_batch(docs: list[Document], store: Store, index: NearDuplicateIndex, nlp, settings: Settings) -> list[IngestOutcome]:  # noqa: ANN001
    outcomes: list[IngestOutcome] = []
    if not docs:
        return outcomes
    signatures = {}
    for doc in docs:
        sig = minhash_signature(doc.text, settings.minhash_permutations)
        signatures[doc.id] = sig
        doc.near_duplicate_of = index.find(sig)
    try:
        extractions = list(extract_many(docs, nlp, settings))
    except Exception as err:  # one bad document must not stop the batch: retry one by one
        if len(docs) == 1:
            return [IngestOutcome(docs[0].path, "failed", error=f"{docs[0].path}: extraction failed: {err}")]
        for doc in docs:
            outcomes.extend(_store_batch([doc], store, index, nlp, settings))
        return outcomes
    for ex in extractions:
        doc = ex.document
        try:
            store.save_extraction(ex, signatures[doc.id])
        except HeuerError as err:
            outcomes.append(IngestOutcome(doc.path, "failed", error=f"{doc.path}: {err}"))
            continue
        index.add(doc.id, signatures[doc.id])
        status = "near_duplicate" if doc.near_duplicate_of else "stored"
        outcomes.append(IngestOutcome(doc.path, status, document_id=doc.id, near_duplicate_of=doc.near_duplicate_of))
    return outcomes


def extract(
    sources: Iterable[str],
    *,
    include: Sequence[str] | None = None,
    outlet: str | None = None,
    published: date | None = None,
    title: str | None = None,
    stdin: BinaryIO | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    on_source: Callable[[str], None] | None = None,
) -> Iterator[Extraction | IngestError]:
    """Read sources and extract them without storing anything (pure, apart from reading)."""
    overrides = _overrides(outlet, published, title)
    nlp = load_nlp(settings.spacy_models)
    refs = expand_sources(list(sources), settings, include=include)
    with make_client(settings) as client:
        batch: list[Document] = []
        for ref in refs:
            for item in read_source(ref, settings, overrides=overrides, stdin=stdin, client=client):
                if isinstance(item, IngestError):
                    yield from _extract_safely(batch, nlp, settings)
                    batch = []
                    yield item
                else:
                    batch.append(item)
            if on_source:
                on_source(ref.label)
            if len(batch) >= settings.batch_size:
                yield from _extract_safely(batch, nlp, settings)
                batch = []
        yield from _extract_safely(batch, nlp, settings)


def _extract_safely(docs: list[Document], nlp, settings: Settings) -> Iterator[Extraction | IngestError]:  # noqa: ANN001
    """Extract a batch; a document the rules choke on becomes an error line, the others go on."""
    try:
        yield from list(extract_many(docs, nlp, settings))
        return
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    for doc in docs:
        try:
            yield from list(extract_many([doc], nlp, settings))
        except Exception as err:  # noqa: BLE001
            yield IngestError(doc.path, f"extraction failed: {type(err).__name__}: {err}")


def extract_text(text: str, *, title: str | None = None, outlet: str | None = None,
                 published: date | None = None, path: str = "<text>") -> Extraction:
    """Extract from a string (handy in notebooks and tests)."""
    from heuer.model import content_id

    doc = Document(id=content_id(text.encode("utf-8")), path=path, text=text, title=title, outlet=outlet,
                   published=published)
    return next(extract_many([doc]))


# -- reading the store --------------------------------------------------------------------------

def documents(db: DbArg = None, limit: int | None = None) -> list[DocumentSummary]:
    with open_store(db, create=False) as store:
        return store.document_summaries(limit)


def quotes(db: DbArg = None, *, speaker: str | None = None, document: str | None = None,
           text: str | None = None, limit: int | None = None) -> list[StoredStatement]:
    """Stored statements, filtered by speaker, document (id prefix) and content substrings."""
    with open_store(db, create=False) as store:
        return store.statements(speaker=speaker, document=document, text=text, limit=limit)


def figures(db: DbArg = None, *, subject: str | None = None, unit: str | None = None, source: str | None = None,
            document: str | None = None, limit: int | None = None) -> list[StoredFigure]:
    with open_store(db, create=False) as store:
        return store.figures(subject=subject, unit=unit, source=source, document=document, limit=limit)


def entities(db: DbArg = None, *, label: str | None = None, name: str | None = None) -> list[StoredEntity]:
    with open_store(db, create=False) as store:
        return store.entities(label=label, name=name)


def timeline(db: DbArg = None, *, start: date | None = None, end: date | None = None,
             document: str | None = None) -> list[StoredEvent]:
    with open_store(db, create=False) as store:
        return store.events(start=start, end=end, document=document)


def search(query: str, db: DbArg = None, *, limit: int = 50) -> list[SearchHit]:
    with open_store(db, create=False) as store:
        return store.search(query, limit)


@dataclass
class Brief:
    data: BriefData
    markdown: str
    html: str


def brief(db: DbArg = None, *, title: str | None = None, markdown_path: str | os.PathLike[str] | None = None,
          html_path: str | os.PathLike[str] | None = None, with_ledger: bool = True, embedder: str = "auto") -> Brief:
    """Write (and return) the brief of everything in the store, as Markdown and HTML."""
    with open_store(db, create=False) as store:
        whole = ledger(store, update=True, embedder=embedder) if with_ledger else None
        data = collect_brief(store, title, ledger=whole)
    result = Brief(data, render_markdown(data), render_html(data))
    for path, text in ((markdown_path, result.markdown), (html_path, result.html)):
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(text, encoding="utf-8")
    return result


# -- claim ledger ---------------------------------------------------------------------------------

def update_claims(db: DbArg = None, *, embedder: str = "auto",
                  progress: Callable[[str, int, int], None] | None = None) -> LedgerUpdate:
    """Bring the claim ledger up to date with the stored documents (incremental).

    *embedder*: ``auto`` (the sentence-embedding model when installed, else lexical),
    ``minilm``, ``hashing``, or the path of a sentence-transformers model folder.
    """
    with open_store(db, create=False) as store:
        return update_ledger(store, make_embedder(embedder), progress=progress)


def ledger(db: DbArg = None, *, update: bool = True, embedder: str = "auto") -> Ledger:
    """The whole ledger (claims with provenance, conflicts, corrections, credibility)."""
    with open_store(db, create=False) as store:
        if update:
            update_ledger(store, make_embedder(embedder))
        return read_ledger(store)


def claims(db: DbArg = None, *, circular: bool = False, contested: bool = False, kind: str | None = None,
           min_mentions: int = 1, update: bool = True, embedder: str = "auto") -> list[Claim]:
    """Claims, most independent sources first; filter to circular or contested ones, or one kind."""
    found = ledger(db, update=update, embedder=embedder).claims
    return [
        c for c in found
        if (not circular or c.circular) and (not contested or c.contested) and (kind is None or c.kind == kind)
        and len(c.mentions) >= min_mentions
    ]


def claim(claim_id: int, db: DbArg = None, *, update: bool = True, embedder: str = "auto") -> Claim:
    """One claim with its full provenance; NotFoundError when there is none with that id."""
    found = ledger(db, update=update, embedder=embedder).claim(claim_id)
    if found is None:
        raise NotFoundError(f"no claim {claim_id}")
    return found


def merge_claims(keep: int, other: int, db: DbArg = None) -> int:
    """Put every mention of claim *other* into claim *keep* (kept across re-runs); returns how many moved."""
    with open_store(db, create=False) as store, store.writing("merge claims") as connection:
        return merge_stored_claims(connection, keep, other)


def split_claim(claim_id: int, mention: str, db: DbArg = None) -> int:
    """Take one mention (``statement:12``, ``figure:7``, as a claim's mentions show it) out of *claim_id* into a
    claim of its own, kept apart from the rest across re-runs; returns the new claim's id."""
    with open_store(db, create=False) as store, store.writing("split a claim") as connection:
        return split_mention(connection, claim_id, parse_item(mention))


@dataclass(frozen=True)
class ConflictPair:
    """Two claims that disagree, side by side."""

    kind: str
    reason: str
    a: Claim
    b: Claim


def conflicts(db: DbArg = None, *, kind: str | None = None, update: bool = True,
              embedder: str = "auto") -> list[ConflictPair]:
    """Every pair of conflicting claims (contradictions and negations first)."""
    whole = ledger(db, update=update, embedder=embedder)
    pairs: list[ConflictPair] = []
    seen: set[tuple[int, int]] = set()
    for c in whole.claims:
        for conflict in c.conflicts:
            key = (min(c.id, conflict.other), max(c.id, conflict.other))
            other = whole.claim(conflict.other)
            if key in seen or other is None or (kind and conflict.kind != kind):
                continue
            seen.add(key)
            pairs.append(ConflictPair(conflict.kind, conflict.reason, c, other))
    order = {"contradiction": 0, "negation": 1, "refinement": 2, "different_subject": 3}
    pairs.sort(key=lambda p: (order.get(p.kind, 9), -p.a.independent_sources - p.b.independent_sources))
    return pairs


def sources(db: DbArg = None, *, update: bool = True, embedder: str = "auto") -> list[SourceRecord]:
    """The source register: every party the claims trace through, with reliability grades."""
    with open_store(db, create=False) as store:
        whole = ledger(store, update=update, embedder=embedder)
        with store.reading("read source grades") as connection:
            graded = source_grades(connection)
    return source_register(whole, graded)


def grade(source: str, reliability: str, db: DbArg = None, *, note: str | None = None) -> str:
    """Set a source's Admiralty reliability grade (A-F); returns the grade stored."""
    try:
        with open_store(db, create=False) as store, store.writing("grade a source") as connection:
            return set_grade(connection, source.strip(), reliability, note)
    except ValueError as exc:
        raise HeuerError(str(exc)) from None


def entity_groups(db: DbArg = None) -> dict[str, list[str]]:
    """Names across documents resolved to one party each: canonical name -> every name used for it.

    Applies the user's merges and splits (see :func:`merge_entities`, :func:`split_entities`).
    """
    with open_store(db, create=False) as store, store.reading("read entities") as connection:
        resolver = load_resolver(connection)
    return {name: names for name, names in sorted(resolver.groups().items()) if len(names) > 1}


def merge_entities(name: str, other: str, db: DbArg = None) -> None:
    """Treat two names as one party from now on (kept across re-runs)."""
    with open_store(db, create=False) as store, store.writing("merge entities") as connection:
        add_override(connection, "merge", name, other)


def split_entities(name: str, other: str, db: DbArg = None) -> None:
    """Keep two names apart whatever the matching rules say (kept across re-runs)."""
    with open_store(db, create=False) as store, store.writing("split entities") as connection:
        add_override(connection, "split", name, other)


def set_outlet_owner(outlet: str, owner: str, db: DbArg = None) -> None:
    """Count *outlet* as part of *owner*'s family (regional editions, sister titles)."""
    with open_store(db, create=False) as store, store.writing("set an outlet owner") as connection:
        set_owner(connection, outlet.strip(), owner.strip())


def event_timeline(db: DbArg = None, *, start: date | None = None, end: date | None = None,
                   update: bool = True, embedder: str = "auto") -> list[TimelineEntry]:
    """Dated events across documents: one entry per event, with every report and the claims behind it."""
    with open_store(db, create=False) as store:
        whole = ledger(store, update=update, embedder=embedder)
        events = store.events(start=start, end=end)
    return merge_events(events, whole.claims)


EXPORT_FORMATS = ("json", "csv", "graphml", "gexf", "ftm", "claimreview", "misp")


def export(db: DbArg = None, out_dir: str | os.PathLike[str] = "export", *,
           formats: Sequence[str] = EXPORT_FORMATS, update: bool = True, embedder: str = "auto") -> list[Path]:
    """Write the ledger for other tools; returns the files written.

    ``json``: claims.json, sources.json; ``csv``: claims.csv, mentions.csv, figures.csv,
    sources.csv; ``graphml`` / ``gexf``: provenance.graphml / .gexf (Gephi);
    ``ftm``: entities.ftm.jsonl (FollowTheMoney, for Aleph; needs ``heuer[ftm]``);
    ``claimreview``: claims.claimreview.jsonld (schema.org ClaimReview, the Admiralty credibility as
    the verdict, with firstAppearance); ``misp``: misp-tags.json (Admiralty tags of claims and
    sources, estimative-language tags of every ACH case's hypotheses).
    """
    from heuer.report import exports

    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise HeuerError(f"unknown export format {unknown[0]!r}: choose from {', '.join(EXPORT_FORMATS)}")
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with open_store(db, create=False) as store:
        whole = ledger(store, update=update, embedder=embedder)
        with store.reading("read source grades") as connection:
            register = source_register(whole, source_grades(connection))
        figure_rows = store.figures()
        entity_rows = store.entities()
        paths = {d.id: d.path for d in store.document_summaries()}
        judgements = _ach_judgements(store, whole) if "misp" in formats else []
    written: list[Path] = []

    def put(name: str, writer: Callable[[Path], object]) -> None:
        writer(folder / name)
        written.append(folder / name)

    if "json" in formats:
        put("claims.json", lambda path: exports.claims_json(whole.claims, path))
        put("sources.json", lambda path: exports.sources_json(register, path))
    if "csv" in formats:
        put("claims.csv", lambda path: exports.claims_csv(whole.claims, path))
        put("mentions.csv", lambda path: exports.mentions_csv(whole.claims, path))
        put("figures.csv", lambda path: exports.figures_csv(figure_rows, path))
        put("sources.csv", lambda path: exports.sources_csv(register, path))
    if "graphml" in formats or "gexf" in formats:
        graph = exports.provenance_graph(whole.claims, register)
        if "graphml" in formats:
            put("provenance.graphml", lambda path: exports.write_graphml(graph, path))
        if "gexf" in formats:
            put("provenance.gexf", lambda path: exports.write_gexf(graph, path))
    if "ftm" in formats:
        proxies = exports.ftm_entities(whole.claims, register, entity_rows)
        put("entities.ftm.jsonl", lambda path: exports.ftm_jsonl(proxies, path))
    if "claimreview" in formats:
        from heuer.report.exports_claimreview import claim_reviews

        def url_for(mention: ClaimMention) -> str | None:
            path = paths.get(mention.document_id) or ""
            return path if path.startswith(("http://", "https://")) else None

        reviews = claim_reviews(whole.claims, url_for=url_for, reviewed=date.today(), sources=register)
        put("claims.claimreview.jsonld", lambda path: exports.write_json(reviews, path))
    if "misp" in formats:
        from heuer.report.exports_misp import misp_tag_export

        tags = misp_tag_export(whole.claims, register, judgements)
        put("misp-tags.json", lambda path: exports.write_json(tags, path))
    return written


def _ach_judgements(store: Store, whole: Ledger) -> list[tuple[str, float, str | None]]:
    """(hypothesis, posterior, confidence) of every ACH case's team view, for the MISP tags."""
    from heuer.ach import persist as ach_persist
    from heuer.ach.analysis import judgement_confidence, team_views

    with store.reading("read the ACH cases") as connection:
        cases = ach_persist.load_cases(connection)
    found: list[tuple[str, float, str | None]] = []
    for analysis in team_views(cases, whole.claims):
        level = judgement_confidence(analysis)[0] if analysis.evidence else None
        found += [(f"{analysis.case.name} {h.hypothesis.label}: {h.hypothesis.text}", h.posterior, level)
                  for h in analysis.ranked]
    return found


# -- demo -----------------------------------------------------------------------------------------

def demo_corpus_dir() -> Path:
    """Folder of the bundled fictional exercise corpus."""
    return Path(str(resources.files("heuer") / "demo_corpus"))


@dataclass
class DemoResult:
    report: IngestReport
    brief: Brief
    markdown_path: Path
    html_path: Path
    case: str  # the demo ACH case


def demo(db: DbArg = None, out_dir: str | os.PathLike[str] = ".", *, embedder: str = "auto",
         on_total: Callable[[int], None] | None = None,
         on_source: Callable[[str, list[IngestOutcome]], None] | None = None) -> DemoResult:
    """Ingest the bundled exercise corpus, build the demo ACH case (five hypotheses, evidence
    linked to the extracted claims, one analyst's example ratings) and write ``brief.md`` and
    ``brief.html`` to ``out_dir``."""
    corpus = demo_corpus_dir()
    sources = sorted(str(p) for p in corpus.glob("*.txt"))
    report = ingest(sources, db, on_total=on_total, on_source=on_source)
    from heuer.ach.api import case_from_script, demo_case_script

    case = case_from_script(demo_case_script(), db, embedder=embedder)  # also brings the claim ledger up to date
    out = Path(out_dir)
    md, html = out / "brief.md", out / "brief.html"
    result = brief(db, title="Exercise scenario: Varnian troops in Kestrel (fictional)", markdown_path=md, html_path=html,
                   embedder=embedder)
    return DemoResult(report, result, md, html, case.name)
