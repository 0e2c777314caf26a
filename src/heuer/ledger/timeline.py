"""One timeline across documents: the same dated event reported by several outlets is one entry.

Events are grouped when they fall on the same day (or span) and either say much the
same (rapidfuzz token-set similarity) or stand in sentences of the same claim. Each
entry keeps the event date apart from the dates it was reported, and lists the
claims behind it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from heuer.model import Claim, TimelineEntry, TimelineReport
from heuer.store.records import StoredEvent

SAME_EVENT = 60  # token-set similarity (0-100) of two event texts on the same day


def claims_by_sentence(claims: Iterable[Claim]) -> dict[tuple[str, str], set[int]]:
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    for claim in claims:
        for mention in claim.mentions:
            out[(mention.document_id, mention.sentence)].add(claim.id)
    return out


def _claims_of(event: StoredEvent, by_sentence: dict[tuple[str, str], set[int]]) -> set[int]:
    found = set(by_sentence.get((event.document_id, event.event.sentence), set()))
    if not found:  # sentences may be cut differently by the statement and event finders
        for (doc, sentence), ids in by_sentence.items():
            if doc == event.document_id and (sentence in event.event.sentence or event.event.sentence in sentence):
                found |= ids
    return found


def merge_events(events: Iterable[StoredEvent], claims: Iterable[Claim] = ()) -> list[TimelineEntry]:
    """Entries in date order, each with every report of the event and the claims behind it."""
    by_sentence = claims_by_sentence(claims)
    entries: list[tuple[TimelineEntry, set[int]]] = []
    by_day: dict[tuple, list[int]] = defaultdict(list)
    ordered = sorted(events, key=lambda e: (e.event.date, e.event.end or e.event.date, e.published or e.event.date))
    for stored in ordered:
        event = stored.event
        day = (event.date, event.end)
        ids = _claims_of(stored, by_sentence)
        report = TimelineReport(stored.document_id, stored.outlet, stored.published, event.sentence)
        for index in by_day[day]:
            entry, entry_claims = entries[index]
            if (ids & entry_claims) or fuzz.token_set_ratio(event.text, entry.text) >= SAME_EVENT:
                if all(r.document_id != report.document_id for r in entry.reports):
                    entry.reports.append(report)
                entry_claims |= ids
                break
        else:
            entry = TimelineEntry(event.date, event.end, event.text, event.date_text, [report])
            entries.append((entry, set(ids)))
            by_day[day].append(len(entries) - 1)
    out = []
    for entry, ids in entries:
        entry.claims = sorted(ids)
        out.append(entry)
    return out
