"""Reading and writing ACH cases in the store (tables ``ach_*``).

Hypotheses are labelled H1, H2 ... and evidence items E1, E2 ... within their case;
functions that take a hypothesis or an evidence item accept the label or the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.ach.scales import RATINGS, code, relevance_weight
from heuer.errors import ConfigError, NotFoundError
from heuer.model import Case, CellRating, EvidenceItem, EvidenceLink, Hypothesis, HypothesisRelation
from heuer.store.schema import (
    ach_case_documents,
    ach_cases,
    ach_evidence,
    ach_hypotheses,
    ach_ratings,
    ach_relations,
    documents,
    figures,
    statements,
)

EVIDENCE_KINDS = ("claim", "statement", "figure", "assumption", "absence")
RELATION_KINDS = ("duplicate", "not_exclusive")


# -- cases --------------------------------------------------------------------------------------

def create_case(connection: Connection, name: str, question: str | None = None,
                document_ids: Iterable[str] = ()) -> int:
    name = name.strip()
    if not name:
        raise ConfigError("a case needs a name")
    if connection.execute(sa.select(ach_cases.c.id).where(ach_cases.c.name == name)).first():
        raise ConfigError(f"there is already a case named {name!r}")
    case_id = connection.execute(ach_cases.insert().values(name=name, question=question)).inserted_primary_key[0]
    set_scope(connection, case_id, document_ids)
    return int(case_id)


def set_scope(connection: Connection, case_id: int, document_ids: Iterable[str]) -> None:
    """The documents in scope (none: the whole store); a prefix of a document id is enough."""
    wanted = [d for d in document_ids if d]
    connection.execute(ach_case_documents.delete().where(ach_case_documents.c.case_id == case_id))
    if not wanted:
        return
    known = [row.id for row in connection.execute(sa.select(documents.c.id))]
    chosen: list[str] = []
    for prefix in wanted:
        hits = [d for d in known if d.startswith(prefix)]
        if len(hits) != 1:
            raise NotFoundError(f"document {prefix!r}: {'no' if not hits else 'more than one'} stored document matches")
        chosen.append(hits[0])
    connection.execute(ach_case_documents.insert(), [{"case_id": case_id, "document_id": d} for d in sorted(set(chosen))])


def case_id(connection: Connection, name_or_id: str | int) -> int:
    """The id of a case given by name or number; NotFoundError naming the cases there are."""
    query = sa.select(ach_cases.c.id, ach_cases.c.name)
    rows = connection.execute(query).all()
    for row in rows:
        if row.name == str(name_or_id) or str(row.id) == str(name_or_id):
            return int(row.id)
    names = ", ".join(repr(r.name) for r in rows) or "none yet (create one with 'heuer case new')"
    raise NotFoundError(f"no case {name_or_id!r}; cases: {names}")


def case_rows(connection: Connection) -> list[sa.Row]:
    hyp = (sa.select(ach_hypotheses.c.case_id, sa.func.count().label("n"))
           .where(ach_hypotheses.c.merged_into.is_(None)).group_by(ach_hypotheses.c.case_id).subquery())
    evi = sa.select(ach_evidence.c.case_id, sa.func.count().label("n")).group_by(ach_evidence.c.case_id).subquery()
    query = (
        sa.select(ach_cases.c.id, ach_cases.c.name, ach_cases.c.question, ach_cases.c.created_at,
                  sa.func.coalesce(hyp.c.n, 0).label("hypotheses"), sa.func.coalesce(evi.c.n, 0).label("evidence"))
        .outerjoin(hyp, hyp.c.case_id == ach_cases.c.id)
        .outerjoin(evi, evi.c.case_id == ach_cases.c.id)
        .order_by(ach_cases.c.id)
    )
    return connection.execute(query).all()


def delete_case(connection: Connection, case: int) -> None:
    connection.execute(ach_cases.delete().where(ach_cases.c.id == case))


# -- hypotheses ---------------------------------------------------------------------------------

def _next_position(connection: Connection, table: sa.Table, case: int) -> int:
    current = connection.execute(sa.select(sa.func.max(table.c.position)).where(table.c.case_id == case)).scalar()
    return int(current or 0) + 1


def add_hypothesis(connection: Connection, case: int, text: str, *, label: str | None = None,
                   prior: float | None = None) -> str:
    text = text.strip()
    if not text:
        raise ConfigError("a hypothesis needs its text")
    if prior is not None and not 0 < prior < 1:
        raise ConfigError(f"prior {prior} must lie between 0 and 1")
    position = _next_position(connection, ach_hypotheses, case)
    label = (label or f"H{position}").strip()
    taken = connection.execute(
        sa.select(ach_hypotheses.c.id).where(ach_hypotheses.c.case_id == case, ach_hypotheses.c.label == label)
    ).first()
    if taken:
        raise ConfigError(f"the case already has a hypothesis labelled {label}")
    connection.execute(ach_hypotheses.insert().values(case_id=case, label=label, text=text, prior=prior,
                                                      position=position))
    return label


def hypothesis_id(connection: Connection, case: int, ref: str | int) -> int:
    rows = connection.execute(
        sa.select(ach_hypotheses.c.id, ach_hypotheses.c.label, ach_hypotheses.c.position)
        .where(ach_hypotheses.c.case_id == case)
    ).all()
    text = str(ref).strip()
    for row in rows:
        if row.label.lower() == text.lower() or str(row.position) == text.lstrip("Hh"):
            return int(row.id)
    labels = ", ".join(r.label for r in rows) or "none yet"
    raise NotFoundError(f"no hypothesis {ref!r} in this case; hypotheses: {labels}")


def relate(connection: Connection, case: int, first: int, second: int, kind: str, note: str | None = None) -> None:
    """Mark two hypotheses as duplicates (the second is merged into the first, its ratings kept
    where the first has none from that analyst) or as not mutually exclusive."""
    if kind not in RELATION_KINDS:
        raise ConfigError(f"relation {kind!r} is not one of {', '.join(RELATION_KINDS)}")
    if first == second:
        raise ConfigError("a hypothesis cannot be related to itself")
    exists = connection.execute(sa.select(ach_relations.c.id).where(
        ach_relations.c.first_id == first, ach_relations.c.second_id == second, ach_relations.c.kind == kind)).first()
    if not exists:
        connection.execute(ach_relations.insert().values(case_id=case, first_id=first, second_id=second, kind=kind,
                                                         note=note))
    if kind != "duplicate":
        return
    connection.execute(ach_hypotheses.update().where(ach_hypotheses.c.id == second).values(merged_into=first))
    have = {(r.evidence_id, r.analyst) for r in connection.execute(
        sa.select(ach_ratings.c.evidence_id, ach_ratings.c.analyst).where(ach_ratings.c.hypothesis_id == first))}
    moved = [
        {"evidence_id": r.evidence_id, "hypothesis_id": first, "analyst": r.analyst, "rating": r.rating,
         "note": r.note, "rated_at": r.rated_at}
        for r in connection.execute(sa.select(ach_ratings).where(ach_ratings.c.hypothesis_id == second))
        if (r.evidence_id, r.analyst) not in have
    ]
    if moved:
        connection.execute(ach_ratings.insert(), moved)


def unmerge(connection: Connection, case: int, hypothesis: int) -> None:
    """Undo a duplicate merge: the hypothesis is shown again with its own ratings."""
    connection.execute(ach_hypotheses.update().where(ach_hypotheses.c.id == hypothesis).values(merged_into=None))
    connection.execute(ach_relations.delete().where(ach_relations.c.second_id == hypothesis,
                                                    ach_relations.c.kind == "duplicate"))


# -- evidence -----------------------------------------------------------------------------------

def add_evidence(connection: Connection, case: int, kind: str, text: str, *, link: EvidenceLink | None = None,
                 relevance: str = "medium", credibility: int | None = None, note: str | None = None) -> str:
    if kind not in EVIDENCE_KINDS:
        raise ConfigError(f"evidence kind {kind!r} is not one of {', '.join(EVIDENCE_KINDS)}")
    relevance_weight(relevance)
    if credibility is not None and credibility not in range(1, 7):
        raise ConfigError(f"credibility {credibility} is not an Admiralty grade 1-6")
    if kind in ("claim", "statement", "figure") and link is None:
        raise ConfigError(f"a {kind} evidence item must link to a stored {kind}")
    position = _next_position(connection, ach_evidence, case)
    connection.execute(ach_evidence.insert().values(
        case_id=case, kind=kind, text=text.strip(), relevance=relevance, credibility_override=credibility,
        note=note, position=position,
        item_kind=link.item_kind if link else None, item_id=link.item_id if link else None,
        document_id=link.document_id if link else None,
    ))
    return f"E{position}"


def evidence_id(connection: Connection, case: int, ref: str | int) -> int:
    text = str(ref).strip().lstrip("Ee")
    row = connection.execute(sa.select(ach_evidence.c.id).where(
        ach_evidence.c.case_id == case, ach_evidence.c.position == int(text))).first() if text.isdigit() else None
    if row is None:
        count = connection.execute(sa.select(sa.func.count()).where(ach_evidence.c.case_id == case)).scalar()
        raise NotFoundError(f"no evidence item {ref!r} in this case (it has E1-E{count})" if count
                            else f"no evidence item {ref!r}: the case has no evidence yet")
    return int(row.id)


def update_evidence(connection: Connection, evidence: int, *, relevance: str | None = None,
                    credibility: int | None | str = "keep", note: str | None = None) -> None:
    values: dict[str, object] = {}
    if relevance is not None:
        relevance_weight(relevance)
        values["relevance"] = relevance
    if credibility != "keep":
        if credibility is not None and credibility not in range(1, 7):
            raise ConfigError(f"credibility {credibility} is not an Admiralty grade 1-6")
        values["credibility_override"] = credibility
    if note is not None:
        values["note"] = note
    if values:
        connection.execute(ach_evidence.update().where(ach_evidence.c.id == evidence).values(**values))


def remove_evidence(connection: Connection, evidence: int) -> None:
    connection.execute(ach_evidence.delete().where(ach_evidence.c.id == evidence))


def item_link(connection: Connection, item_kind: str, item_id: int) -> EvidenceLink:
    """The stored statement or figure (or document sentence) an evidence item points at
    (NotFoundError if none)."""
    if item_kind == "sentence":
        raise NotFoundError("a sentence link needs its document id: use document_sentence()")
    table = statements if item_kind == "statement" else figures
    text_column = table.c.content if item_kind == "statement" else table.c.sentence
    row = connection.execute(
        sa.select(table.c.id, table.c.document_id, table.c.sentence, text_column.label("text"),
                  documents.c.outlet, documents.c.published)
        .join(documents, documents.c.id == table.c.document_id).where(table.c.id == item_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no stored {item_kind} {item_id}")
    return EvidenceLink(item_kind, int(row.id), row.document_id, row.sentence, row.outlet, row.published)  # type: ignore[arg-type]


_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z0-9])|\n\s*\n")


def sentence_at(text: str, offset: int) -> tuple[int, str]:
    """The sentence of *text* around character *offset*: its start and its words."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > offset:
            return start, " ".join(text[start:match.start()].split())
        start = match.end()
    return start, " ".join(text[start:].split())


def find_sentence(connection: Connection, phrase: str, document_ids: Iterable[str] = ()) -> EvidenceLink | None:
    """The first stored document sentence containing *phrase* (case-insensitive), as a link."""
    query = sa.select(documents.c.id, documents.c.text, documents.c.outlet, documents.c.published).order_by(
        documents.c.published, documents.c.id)
    scope = list(document_ids)
    if scope:
        query = query.where(documents.c.id.in_(scope))
    wanted = phrase.casefold()
    for row in connection.execute(query):
        at = row.text.casefold().find(wanted)
        if at >= 0:
            start, sentence = sentence_at(row.text, at)
            return EvidenceLink("sentence", start, row.id, sentence, row.outlet, row.published)
    return None


def document_sentence(connection: Connection, document_id: str, offset: int) -> EvidenceLink | None:
    """The sentence starting at *offset* of a stored document (None when the document is gone)."""
    row = connection.execute(sa.select(documents.c.text, documents.c.outlet, documents.c.published)
                             .where(documents.c.id == document_id)).first()
    if row is None:
        return None
    start, sentence = sentence_at(row.text, offset)
    return EvidenceLink("sentence", start, document_id, sentence, row.outlet, row.published)


# -- ratings ------------------------------------------------------------------------------------

def rate(connection: Connection, evidence: int, hypothesis: int, analyst: str, rating: str,
         note: str | None = None) -> str:
    value = RATINGS[code(rating)]
    analyst = analyst.strip()
    if not analyst:
        raise ConfigError("a rating needs the analyst's name")
    where = (ach_ratings.c.evidence_id == evidence, ach_ratings.c.hypothesis_id == hypothesis,
             ach_ratings.c.analyst == analyst)
    now = datetime.now(UTC)
    if connection.execute(sa.select(ach_ratings.c.id).where(*where)).first():
        connection.execute(ach_ratings.update().where(*where).values(rating=value, note=note, rated_at=now))
    else:
        connection.execute(ach_ratings.insert().values(evidence_id=evidence, hypothesis_id=hypothesis,
                                                       analyst=analyst, rating=value, note=note, rated_at=now))
    return value


# -- reading a whole case -----------------------------------------------------------------------

def load_cases(connection: Connection) -> list[Case]:
    """Every case in the store, in the order they were created."""
    return [load_case(connection, row.id) for row in case_rows(connection)]


def load_case(connection: Connection, case: int) -> Case:
    head = connection.execute(sa.select(ach_cases).where(ach_cases.c.id == case)).first()
    if head is None:
        raise NotFoundError(f"no case {case}")
    docs = [r.document_id for r in connection.execute(
        sa.select(ach_case_documents.c.document_id).where(ach_case_documents.c.case_id == case))]
    hypotheses = [
        Hypothesis(r.id, case, r.label, r.text, r.prior, r.merged_into)
        for r in connection.execute(
            sa.select(ach_hypotheses).where(ach_hypotheses.c.case_id == case).order_by(ach_hypotheses.c.position))
    ]
    relations = [
        HypothesisRelation(r.first_id, r.second_id, r.kind, r.note)
        for r in connection.execute(
            sa.select(ach_relations).where(ach_relations.c.case_id == case).order_by(ach_relations.c.id))
    ]
    evidence: list[EvidenceItem] = []
    for r in connection.execute(
        sa.select(ach_evidence).where(ach_evidence.c.case_id == case).order_by(ach_evidence.c.position)
    ):
        link = None
        if r.item_kind == "sentence" and r.document_id:
            link = document_sentence(connection, r.document_id, r.item_id)
        elif r.item_kind and r.item_id is not None:
            try:
                link = item_link(connection, r.item_kind, r.item_id)
            except NotFoundError:
                link = None  # its document was removed: the item keeps its text
        evidence.append(EvidenceItem(r.id, case, r.kind, r.text, r.relevance, r.credibility_override, r.note, link,
                                     label=f"E{r.position}"))
    ids = [e.id for e in evidence]
    ratings = [
        CellRating(r.evidence_id, r.hypothesis_id, r.analyst, r.rating, r.note)
        for r in connection.execute(
            sa.select(ach_ratings).where(ach_ratings.c.evidence_id.in_(ids)).order_by(ach_ratings.c.id))
    ] if ids else []
    return Case(head.id, head.name, head.question, docs, hypotheses, relations, evidence, ratings)

