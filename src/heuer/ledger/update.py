"""Bring the ledger up to date with the store: new items join claims, conflicts and corrections found.

Incremental: only statements and figures not yet in a claim are embedded and matched
(against every stored vector), so adding a document costs time in proportion to its
items, not to the whole ledger. Everything is written in one transaction: a crash
leaves the ledger as it was, and the next run picks up the same unassigned items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.ledger import persist
from heuer.ledger.agreement import matching_text, opens_with_pronoun, subject_words, text_before
from heuer.ledger.assertions import find_assertions
from heuer.ledger.corrections import CorrectionNote, find_corrections
from heuer.ledger.embedding import Embedder, HashingEmbedder, make_embedder
from heuer.ledger.items import ItemKey, LedgerItem, load_items, load_items_by_key
from heuer.ledger.matching import (
    DISTINCTIVE_SLACK,
    Thresholds,
    agrees_with_founder,
    close_in_sentence,
    conflict_between,
    founder_threshold,
    same_claim,
    same_claim_in_sentence,
    same_distinctive_figure,
)
from heuer.ledger.neighbours import NeighbourSearch
from heuer.ledger.outlets import OutletFamilies, load_families
from heuer.ledger.overrides import load_overrides
from heuer.store import Store
from heuer.store.schema import assertions, documents, figures, ledger_documents, statements

Progress = Callable[[str, int, int], None]


@dataclass
class LedgerUpdate:
    """What one update did."""

    items: int = 0
    new_claims: int = 0
    joined: int = 0
    conflicts: int = 0
    corrections: int = 0
    dropped_claims: int = 0
    embedder: str = ""
    notes: list[str] = field(default_factory=list)


def _order(item: LedgerItem) -> tuple:
    return (item.published is None, item.published or 0, item.near_duplicate_of is not None, item.document_id,
            item.kind, item.seq)


def update_ledger(store: Store, embedder: Embedder | None = None, *, progress: Progress | None = None,
                  search: NeighbourSearch | None = None) -> LedgerUpdate:
    """Assign every new statement, figure and own-voice sentence to a claim; record conflicts and corrections."""
    report = LedgerUpdate()
    with store.writing("read own-voice sentences") as connection:
        fresh_assertions = _read_assertions(connection)
    with store.reading("read the ledger") as connection:
        unassigned = load_items(connection, unassigned_only=True)
    new_items = sorted(
        (i for i in unassigned if i.kind != "assertion" or i.document_id in fresh_assertions), key=_order
    )
    orphans = [i for i in unassigned if i.kind == "assertion" and i.document_id not in fresh_assertions]
    if not new_items:
        with store.writing("tidy the ledger") as connection:
            report.dropped_claims = persist.drop_empty_claims(connection)
        return report
    embedder = embedder or make_embedder()
    report.embedder, report.items = embedder.name, len(new_items)
    limits = Thresholds.of(embedder)
    tick = progress or (lambda stage, done, total: None)

    with store.reading("read the ledger") as connection:
        assigned = persist.assignments(connection)
        stored = persist.vectors(connection, _vector_space(embedder))
        context_keys = list(assigned) + [o.key for o in orphans]
        missing = [key for key in context_keys if key not in stored]
        stale_items = list(load_items_by_key(connection, missing).values()) if missing else []
        founders = persist.founders(connection)
        overrides = load_overrides(connection)
        notes = _correction_notes(connection, new_items, load_families(connection))
        before = _texts_before(connection, [*new_items, *stale_items])
    note_sentences = {note.sentence for note, _ in notes}
    tick("embed", 0, len(new_items) + len(stale_items))
    new_vectors = _encode(embedder, new_items, tick, before)
    stale_vectors = _encode(embedder, stale_items, tick, before)
    for item, vector in zip(stale_items, stale_vectors, strict=True):
        stored[item.key] = vector
    old_keys = [key for key in context_keys if key in stored]
    base_keys: list[ItemKey] = old_keys + [item.key for item in new_items]
    base = np.vstack(
        [np.array([stored[k] for k in old_keys], dtype=np.float32).reshape(len(old_keys), embedder.dim), new_vectors]
    )
    finder = search or NeighbourSearch(min_similarity=min(limits.related, limits.same_claim))
    tick("match", 0, len(new_items))
    neighbours = finder.find(base, new_vectors)
    with store.reading("read the ledger") as connection:
        _add_same_value_figures(connection, neighbours, new_items, new_vectors, base, base_keys,
                                _lowest_figure_similarity(limits))

    with store.reading("read the ledger") as connection:
        wanted = {base_keys[j] for found in neighbours for j, _ in found} - {item.key for item in new_items}
        known = load_items_by_key(connection, wanted)
        first_keys = {founders[assigned[key]] for key in wanted if assigned.get(key) in founders} - set(known)
        known.update(load_items_by_key(connection, first_keys))  # founders of the claims new items may join
        if limits.in_sentence is not None:
            worded = [i for i in known.values() if i.kind != "figure" and i.key not in before]
            before.update(_texts_before(connection, worded))
    for item in new_items:
        known[item.key] = item
    overrides.learn(new_items)
    in_sentence = _sentence_vectors(embedder, limits, known.values(), before)
    row_of = {key: index for index, key in enumerate(base_keys)}
    claim_of: dict[ItemKey, int] = dict(assigned)
    waiting = {o.key for o in orphans}  # own-voice sentences that no claim has taken yet

    def close_to_founder(vector: np.ndarray, claim: int, item: LedgerItem, to_member: float = 0.0) -> bool:
        """A claim grows only by items close to the item that founded it, and agreeing with its numbers:
        no drift along a chain ("thousands arrived" - "sending soldiers" - "raised to 11,000"). An item worded
        almost as a member (*to_member*, its cosine to that member) joins whatever the first item's words: a figure
        with the first figure's own value and unit ("the ship was doing 17 knots" with the lab's "doing 17 knots",
        founded by "a steady course at 17 knots"), a statement closer still that agrees with its counts and
        places."""
        founder = founders.get(claim)
        if founder is None or founder not in row_of:
            return True
        first = known.get(founder)
        if first is not None and same_distinctive_figure(item, first):
            return True  # "312 people got out alive" / "rescuers save 312": the value says it, whatever the words
        if first is not None and to_member >= limits.same_claim and item.kind == first.kind == "figure" and \
                same_claim(item, first, 1.0, limits):
            return True
        if first is not None and to_member >= limits.same_claim + 0.05 and item.kind in ("statement", "assertion") \
                and agrees_with_founder(item, first):
            return True
        similarity = float(base[row_of[founder]] @ vector)
        if similarity < founder_threshold(item, limits, first) and not (
                first is not None and close_in_sentence(item, first, similarity, in_sentence, limits)):
            return False
        return first is None or agrees_with_founder(item, first)

    with store.writing("update the ledger") as connection:
        persist.save_vectors(connection, _vector_space(embedder), stale_items, stale_vectors)
        persist.save_vectors(connection, _vector_space(embedder), new_items, new_vectors)
        members: list[tuple[int, LedgerItem, float]] = []

        def found_claim(founder: LedgerItem) -> int:
            claim = persist.new_claim(connection, founder)
            founders[claim] = founder.key
            claim_of[founder.key] = claim
            members.append((claim, founder, 1.0))
            report.new_claims += 1
            return claim

        for row, item in enumerate(new_items):
            forced = overrides.forced_claim(item, claim_of)  # the analyst put it with a mention of that claim
            if forced is not None:
                claim_of[item.key] = forced
                members.append((forced, item, 1.0))
                report.joined += 1
                continue
            barred = overrides.barred_claims(item, claim_of)  # the analyst kept it apart from those
            # a correction note's figures join the claims they name (provenance counts them as corrections,
            # not as reports); its words ("an earlier version said ...") are no claim of their own
            in_note = item.kind != "figure" and any(item.sentence in note or note in item.sentence
                                                    for note in note_sentences)
            matches = [] if in_note else [
                (similarity, known[base_keys[j]]) for j, similarity in neighbours[row]
                if base_keys[j] in known and base_keys[j] != item.key
                and (same_claim(item, known[base_keys[j]], similarity, limits)
                     or same_claim_in_sentence(item, known[base_keys[j]], similarity, in_sentence, limits))
            ]
            joined = [(s, o) for s, o in matches
                      if o.key in claim_of and claim_of[o.key] not in barred
                      and close_to_founder(new_vectors[row], claim_of[o.key], item, to_member=s)]
            partners = [(s, o) for s, o in matches if o.key in waiting and o.document_id != item.document_id]
            if joined:
                similarity, other = max(joined, key=lambda pair: pair[0])
                claim = claim_of[other.key]
                claim_of[item.key] = claim
                members.append((claim, item, similarity))
                report.joined += 1
                for similarity, partner in partners:  # own-voice echoes that were waiting for this claim
                    if close_to_founder(base[row_of[partner.key]], claim, partner):
                        waiting.discard(partner.key)
                        claim_of[partner.key] = claim
                        members.append((claim, partner, similarity))
                        report.joined += 1
            elif item.kind == "assertion" and partners:
                similarity, partner = max(partners, key=lambda pair: pair[0])
                waiting.discard(partner.key)
                claim = found_claim(partner)
                claim_of[item.key] = claim
                members.append((claim, item, similarity))
                report.joined += 1
            elif item.kind == "assertion":
                waiting.add(item.key)
                continue
            else:
                claim = found_claim(item)
                for similarity, partner in partners:  # own-voice echoes that were waiting for a claim
                    waiting.discard(partner.key)
                    claim_of[partner.key] = claim
                    members.append((claim, partner, similarity))
                    report.joined += 1
            if row % 500 == 0:
                tick("match", row, len(new_items))
        persist.add_members(connection, members)
        found: dict[tuple[int, int], tuple[str, str]] = {}
        def in_a_note(item: LedgerItem) -> bool:
            return any(item.sentence in note or note in item.sentence for note in note_sentences)

        for row, item in enumerate(new_items):
            if item.key not in claim_of or in_a_note(item):
                continue
            for j, similarity in neighbours[row]:
                other = known.get(base_keys[j])
                if other is None or claim_of.get(other.key) in (None, claim_of[item.key]) or in_a_note(other):
                    continue
                finding = conflict_between(item, other, similarity, limits)
                if finding is not None:
                    pair = tuple(sorted((claim_of[item.key], claim_of[other.key])))
                    found.setdefault(pair, (finding.kind, finding.reason))  # type: ignore[arg-type]
        report.conflicts = persist.save_conflicts(connection, found)
        families = load_families(connection)
        report.corrections = _record_corrections(connection, notes, claim_of, families)
        report.dropped_claims = persist.drop_empty_claims(connection)
    tick("match", len(new_items), len(new_items))
    return report


_SAME_VALUE_LIMIT = 200  # same-value candidates per figure (the latest rows): a bound on the work


def _lowest_figure_similarity(limits: Thresholds) -> float:
    """The lowest similarity at which two figures can be one claim (distinctive figures, see matching)."""
    return limits.related - DISTINCTIVE_SLACK


def _value_searched(item: LedgerItem) -> bool:
    """A figure whose equal-valued partners are looked up by value: one with a counted subject or unit."""
    return item.kind == "figure" and item.value is not None and bool(subject_words(item))


def _add_same_value_figures(connection: Connection, neighbours: list[list[tuple[int, float]]],
                            new_items: list[LedgerItem], new_vectors: np.ndarray, base: np.ndarray,
                            base_keys: list[ItemKey], floor: float) -> None:
    """Add stored figures with the same value to the candidates of each new counted figure.

    A distinctive figure ("approximately 12,000 North Korean troops") may join a claim at a low
    similarity, and any count ("41 people confirmed dead") has many sentences about the same matter
    around it: its equal-valued partners can rank below the ``k`` nearest neighbours or under the
    search's floor; the value finds them instead.
    """
    values = sorted({item.value for item in new_items if _value_searched(item) and item.value is not None})
    if not values:
        return
    row_of = {key: index for index, key in enumerate(base_keys)}
    rows_by_value: dict[float, list[int]] = {}
    for start in range(0, len(values), 500):
        query = sa.select(figures.c.id, figures.c.value).where(figures.c.value.in_(values[start : start + 500]))
        for figure_id, value in connection.execute(query.order_by(figures.c.id)):
            if ("figure", figure_id) in row_of:
                rows_by_value.setdefault(value, []).append(row_of[("figure", figure_id)])
    for row, item in enumerate(new_items):
        if not _value_searched(item) or item.value is None:
            continue
        present = {j for j, _ in neighbours[row]}
        added = False
        for j in rows_by_value.get(item.value, [])[-_SAME_VALUE_LIMIT:]:
            similarity = float(base[j] @ new_vectors[row])
            if j not in present and similarity >= floor:
                neighbours[row].append((j, similarity))
                added = True
        if added:
            neighbours[row].sort(key=lambda pair: -pair[1])


def _read_assertions(connection: Connection) -> set[str]:
    """Store the own-voice sentences of documents the ledger has not read yet; their ids."""
    done = sa.select(ledger_documents.c.document_id)
    rows = connection.execute(
        sa.select(documents.c.id, documents.c.text, documents.c.title).where(documents.c.id.not_in(done))
    ).all()
    fresh: set[str] = set()
    for row in rows:
        covered = list(connection.execute(
            sa.select(statements.c.sentence).where(statements.c.document_id == row.id)
        ).scalars())
        found = find_assertions(row.text, row.title, covered)
        if found:
            connection.execute(assertions.insert(), [
                {"document_id": row.id, "seq": a.seq, "sentence": a.sentence, "span_start": a.start,
                 "span_end": a.end, "headline": a.headline}
                for a in found
            ])
        connection.execute(ledger_documents.insert().values(document_id=row.id))
        fresh.add(row.id)
    return fresh


_TEXT_VERSION = "+m3"  # what is embedded (agreement.matching_text); a change re-embeds the stored items


def _vector_space(embedder: Embedder) -> str:
    """The name stored vectors are kept under: the embedder and the version of the embedded text."""
    return embedder.name[: 64 - len(_TEXT_VERSION)] + _TEXT_VERSION


def _texts_before(connection: Connection, items: list[LedgerItem]) -> dict[ItemKey, str]:
    """For items whose subject is a pronoun, their document's text before them (to find who "they" are)."""
    wanted = [item for item in items if opens_with_pronoun(item)]
    doc_ids = sorted({item.document_id for item in wanted})
    texts: dict[str, str] = {}
    for start in range(0, len(doc_ids), 500):
        query = sa.select(documents.c.id, documents.c.text).where(documents.c.id.in_(doc_ids[start : start + 500]))
        texts.update({row.id: row.text or "" for row in connection.execute(query)})
    return {item.key: text_before(item, texts.get(item.document_id, "")) for item in wanted}


def _sentence_vectors(embedder: Embedder, limits: Thresholds, items: Iterable[LedgerItem],
                      before: dict[ItemKey, str]) -> dict[ItemKey, np.ndarray]:
    """For an embedder that can compare statements read with their sentences: those vectors, for the worded
    items that may be matched in this update (see :func:`heuer.ledger.matching.same_claim_in_sentence`)."""
    if limits.in_sentence is None:
        return {}
    worded = [item for item in items if item.kind != "figure"]
    vectors: dict[ItemKey, np.ndarray] = {}
    for start in range(0, len(worded), 256):
        chunk = worded[start : start + 256]
        encoded = embedder.encode([matching_text(item, before.get(item.key, ""), with_sentence=True) for item in chunk])
        vectors.update({item.key: vector for item, vector in zip(chunk, encoded, strict=True)})
    return vectors


def _encode(embedder: Embedder, items: list[LedgerItem], tick: Progress,
            before: dict[ItemKey, str] | None = None) -> np.ndarray:
    out = []
    step = 256
    before = before or {}
    for start in range(0, len(items), step):
        out.append(embedder.encode([matching_text(item, before.get(item.key, ""))
                                    for item in items[start : start + step]]))
        tick("embed", min(start + step, len(items)), len(items))
    return np.vstack(out) if out else np.zeros((0, embedder.dim), np.float32)


def _record_corrections(
    connection: Connection,
    notes: list[tuple[CorrectionNote, str | None]],
    claim_of: dict[ItemKey, int],
    families: OutletFamilies,
) -> int:
    """Link each correction note of the new documents to the claim it puts right."""
    if not notes:
        return 0
    everything = load_items(connection)
    recorded = 0
    for note, family in notes:
        same_family = [
            item for item in everything
            if families.family(item.outlet) == family and item.key in claim_of
        ]
        target, replacement = _correction_target(note, same_family, claim_of)
        if target is not None:
            persist.save_correction(connection, target, note.document_id, note.kind, note.sentence, replacement)
            recorded += 1
    return recorded


def _correction_notes(
    connection: Connection, new_items: list[LedgerItem], families: OutletFamilies
) -> list[tuple[CorrectionNote, str | None]]:
    """Correction notes of the new items' documents, with the outlet family of each."""
    doc_ids = sorted({item.document_id for item in new_items})
    notes: list[tuple[CorrectionNote, str | None]] = []
    for start in range(0, len(doc_ids), 500):
        rows = connection.execute(
            sa.select(documents.c.id, documents.c.text, documents.c.outlet)
            .where(documents.c.id.in_(doc_ids[start : start + 500]))
        ).all()
        for row in rows:
            notes.extend((note, families.family(row.outlet)) for note in find_corrections(row.id, row.text))
    return notes


def _correction_target(
    note: CorrectionNote, family_items: list[LedgerItem], claim_of: dict[ItemKey, int]
) -> tuple[int | None, int | None]:
    """The claim a note corrects (and the claim that replaces it); items outside the note come first."""

    def outside_first(items: list[LedgerItem]) -> list[LedgerItem]:
        return sorted(items, key=lambda i: i.sentence in note.sentence or note.sentence in i.sentence)

    if note.kind == "correction" and note.wrong is not None:
        wrong = outside_first([i for i in family_items if i.kind == "figure" and i.value is not None
                               and abs(i.value - note.wrong) < 1e-6])
        right = [i for i in family_items if i.kind == "figure" and note.right is not None and i.value is not None
                 and abs(i.value - note.right) < 1e-6 and i.document_id == note.document_id]
        if wrong:
            replacement = claim_of[right[0].key] if right else None
            return claim_of[wrong[0].key], replacement
        return None, None
    statements = [i for i in family_items if i.kind == "statement"]
    if not statements:
        return None, None
    lexical = HashingEmbedder()  # word overlap is enough within one outlet's own copy
    note_vector = lexical.encode([note.sentence])[0]
    sims = lexical.encode([i.text for i in statements]) @ note_vector
    best = int(np.argmax(sims))
    return (claim_of[statements[best].key], None) if sims[best] >= 0.3 else (None, None)
