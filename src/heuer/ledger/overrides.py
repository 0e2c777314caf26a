"""The analyst's word on which mentions make one claim: merges and splits that outlive every re-run.

Matching is automatic and sometimes wrong: a loose echo ("half the time the two sides
cannot understand each other") is missed, or two claims about the same matter are
joined. ``merge`` moves every mention of one claim into another; ``split`` takes one
mention out of its claim into a claim of its own. Both change the stored claims at once
and are also kept as pairs of mention fingerprints (document, kind, sentence, wording),
not database ids, so they still hold when a document is deleted and ingested again and
its mentions are matched afresh: a mention put *together* with another joins that one's
claim whatever its similarity; a mention kept *apart* from others never joins a claim
that holds one of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.errors import ConfigError, NotFoundError
from heuer.ledger import persist
from heuer.ledger.items import ItemKey, LedgerItem, load_items_by_key, load_items_of_documents
from heuer.store.schema import claim_members, claim_overrides, claims, conflicts, corrections


def fingerprint(item: LedgerItem) -> str:
    """What identifies a mention across re-ingests: its document, kind, sentence and wording."""
    parts = (item.document_id, item.kind, item.sentence, item.text, item.figure_text)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class ClaimOverrides:
    """The stored overrides, read for one ledger update."""

    together: dict[str, set[str]] = field(default_factory=dict)
    apart: dict[str, set[str]] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    key_of: dict[str, ItemKey] = field(default_factory=dict)
    fingerprint_of: dict[ItemKey, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.together or self.apart)

    def learn(self, items: Iterable[LedgerItem]) -> None:
        """Know these items by fingerprint (the items of the documents the overrides name)."""
        for item in items:
            if item.document_id in self.documents:
                mark = fingerprint(item)
                self.key_of[mark] = item.key
                self.fingerprint_of[item.key] = mark

    def _claims_of(self, marks: set[str], claim_of: dict[ItemKey, int]) -> list[int]:
        keys = (self.key_of.get(mark) for mark in sorted(marks))
        return [claim_of[key] for key in keys if key is not None and key in claim_of]

    def forced_claim(self, item: LedgerItem, claim_of: dict[ItemKey, int]) -> int | None:
        """The claim the analyst put this mention in (through a mention already assigned), if any."""
        mark = self.fingerprint_of.get(item.key)
        if mark is None or mark not in self.together:
            return None
        found = self._claims_of(self.together[mark], claim_of)
        return found[0] if found else None

    def barred_claims(self, item: LedgerItem, claim_of: dict[ItemKey, int]) -> set[int]:
        """The claims this mention must not join: they hold a mention the analyst kept apart from it."""
        mark = self.fingerprint_of.get(item.key)
        if mark is None or mark not in self.apart:
            return set()
        return set(self._claims_of(self.apart[mark], claim_of))


def load_overrides(connection: Connection) -> ClaimOverrides:
    """Every stored override, and the items of the documents they name."""
    found = ClaimOverrides()
    for row in connection.execute(sa.select(claim_overrides).order_by(claim_overrides.c.id)):
        pairs = found.together if row.action == "together" else found.apart
        pairs.setdefault(row.mention, set()).add(row.anchor)
        pairs.setdefault(row.anchor, set()).add(row.mention)
        found.documents.update((row.mention_document, row.anchor_document))
    if found:
        found.learn(load_items_of_documents(connection, found.documents))
    return found


def _members(connection: Connection, claim: int) -> list[LedgerItem]:
    query = sa.select(claim_members.c.item_kind, claim_members.c.item_id).where(claim_members.c.claim_id == claim)
    keys = [(row.item_kind, row.item_id) for row in connection.execute(query.order_by(claim_members.c.id))]
    if not keys:
        raise NotFoundError(f"no claim {claim} (list them with 'heuer claims')")
    by_key = load_items_by_key(connection, keys)
    return [by_key[key] for key in keys if key in by_key]


def _record(connection: Connection, action: str, mention: LedgerItem, anchor: LedgerItem) -> None:
    connection.execute(claim_overrides.insert().values(
        action=action, mention=fingerprint(mention), mention_document=mention.document_id,
        anchor=fingerprint(anchor), anchor_document=anchor.document_id, label=mention.label()[:500],
    ))


def _forget(connection: Connection, action: str, marks: set[str], others: set[str]) -> None:
    """Drop the overrides of *action* between any of *marks* and any of *others*."""
    table = claim_overrides.c
    connection.execute(claim_overrides.delete().where(
        table.action == action,
        sa.or_(sa.and_(table.mention.in_(marks), table.anchor.in_(others)),
               sa.and_(table.mention.in_(others), table.anchor.in_(marks))),
    ))


def merge_claims(connection: Connection, keep: int, other: int) -> int:
    """Move every mention of claim *other* into claim *keep* and remember it; returns how many moved."""
    if keep == other:
        raise ConfigError(f"claim {keep} cannot be merged with itself")
    kept, moved = _members(connection, keep), _members(connection, other)
    anchor = kept[0]
    _forget(connection, "apart", {fingerprint(i) for i in kept}, {fingerprint(i) for i in moved})
    for item in moved:
        _record(connection, "together", item, anchor)
    connection.execute(claim_members.update().where(claim_members.c.claim_id == other).values(claim_id=keep))
    _carry_findings(connection, other, keep)
    connection.execute(claims.delete().where(claims.c.id == other))
    return len(moved)


def _carry_findings(connection: Connection, old: int, new: int) -> None:
    """Conflicts and corrections of a merged-away claim pass to the claim that took its mentions."""
    rows = connection.execute(sa.select(conflicts).where(sa.or_(conflicts.c.claim_a == old,
                                                                conflicts.c.claim_b == old))).all()
    known = {(r.claim_a, r.claim_b) for r in connection.execute(sa.select(conflicts.c.claim_a, conflicts.c.claim_b))}
    connection.execute(conflicts.delete().where(sa.or_(conflicts.c.claim_a == old, conflicts.c.claim_b == old)))
    for row in rows:
        a, b = sorted(new if c == old else c for c in (row.claim_a, row.claim_b))
        if a != b and (a, b) not in known:
            known.add((a, b))
            connection.execute(conflicts.insert().values(claim_a=a, claim_b=b, kind=row.kind, reason=row.reason))
    present = {(r.document_id, r.sentence) for r in connection.execute(
        sa.select(corrections.c.document_id, corrections.c.sentence).where(corrections.c.claim_id == new))}
    for row in connection.execute(sa.select(corrections).where(corrections.c.claim_id == old)).all():
        if (row.document_id, row.sentence) in present:
            connection.execute(corrections.delete().where(corrections.c.id == row.id))
        else:
            connection.execute(corrections.update().where(corrections.c.id == row.id).values(claim_id=new))
    connection.execute(corrections.update().where(corrections.c.replacement_claim == old)
                       .values(replacement_claim=new))


def parse_item(text: str) -> ItemKey:
    """``statement:12`` or ``figure:7`` (as ``heuer claim`` shows a mention) as an item key."""
    kind, _, number = text.partition(":")
    if kind not in ("statement", "figure", "assertion") or not number.isdigit():
        raise ConfigError(f"{text!r}: give a mention as statement:ID, figure:ID or assertion:ID "
                          "(as 'heuer claim' shows it)")
    return kind, int(number)


def split_mention(connection: Connection, claim: int, key: ItemKey) -> int:
    """Take one mention out of *claim* into a claim of its own and remember it; returns the new claim's id."""
    members = _members(connection, claim)
    item = next((m for m in members if m.key == key), None)
    if item is None:
        raise NotFoundError(f"{key[0]}:{key[1]} is not a mention of claim {claim}")
    rest = [m for m in members if m.key != key]
    if not rest:
        raise ConfigError(f"{key[0]}:{key[1]} is the only mention of claim {claim}: nothing to split it from")
    mark, others = fingerprint(item), {fingerprint(m) for m in rest}
    _forget(connection, "together", {mark}, others)
    connection.execute(claim_overrides.update().where(  # mentions merged through this one keep their claim
        claim_overrides.c.action == "together", claim_overrides.c.anchor == mark,
    ).values(anchor=fingerprint(rest[0]), anchor_document=rest[0].document_id))
    for other in rest:
        _record(connection, "apart", item, other)
    connection.execute(claim_members.delete().where(claim_members.c.item_kind == key[0],
                                                    claim_members.c.item_id == key[1]))
    if members[0].key == key:
        persist.refound_claim(connection, claim, rest[0])
    new = persist.new_claim(connection, item)
    persist.add_members(connection, [(new, item, 1.0)])
    return new
