"""Collect what a brief says from the store: sources, who said what, figures, entities, timeline.

Every item of a brief carries a citation: the document it comes from and the
sentence it stands in. Rendering to Markdown and HTML lives in
:mod:`heuer.report.markdown` and :mod:`heuer.report.html`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from heuer.ach import persist
from heuer.ach.analysis import team_views
from heuer.ledger import Ledger
from heuer.ledger.timeline import merge_events
from heuer.model import Claim
from heuer.report.brief_ach import AchSection, ach_section
from heuer.store.records import DocumentSummary
from heuer.store.repository import Store


@dataclass(frozen=True)
class Citation:
    number: int
    document_key: str  # "D1"
    sentence: str


@dataclass(frozen=True)
class SourceDoc:
    key: str
    summary: DocumentSummary
    duplicate_of_key: str | None


@dataclass(frozen=True)
class QuoteItem:
    kind: str
    content: str
    cue: str | None
    via: tuple[str, ...]
    hedges: tuple[str, ...]
    citation: Citation


@dataclass(frozen=True)
class SpeakerGroup:
    speaker: str
    speaker_type: str
    items: tuple[QuoteItem, ...]


@dataclass(frozen=True)
class FigureItem:
    value_text: str
    unit: str | None
    subject: str | None
    source: str | None
    via: tuple[str, ...]
    hedges: tuple[str, ...]
    citation: Citation


@dataclass(frozen=True)
class FigureGroup:
    unit: str
    items: tuple[FigureItem, ...]
    values_differ: bool


@dataclass(frozen=True)
class TimelineItem:
    start: date
    end: date | None
    text: str
    date_text: str
    citation: Citation


@dataclass(frozen=True)
class EntityItem:
    name: str
    label: str
    aliases: tuple[str, ...]
    mentions: int
    documents: int


@dataclass(frozen=True)
class ClaimItem:
    """A claim as the brief shows it: how far it is corroborated and how credible it is."""

    id: int
    summary: str
    independent_sources: int
    reports: int
    origins: tuple[str, ...]
    circular: bool
    status: str
    credibility: str  # "3 possibly true"
    reasons: tuple[str, ...]
    citation: Citation


@dataclass(frozen=True)
class ConflictItem:
    kind: str
    reason: str
    a: ClaimItem
    b: ClaimItem


@dataclass(frozen=True)
class EventItem:
    """An event across documents: its date apart from the dates outlets reported it."""

    start: date
    end: date | None
    text: str
    reported: tuple[str, ...]  # "Outlet (2024-10-31)"
    claims: tuple[int, ...]
    citation: Citation


@dataclass
class BriefData:
    title: str
    generated: datetime
    sources: list[SourceDoc] = field(default_factory=list)
    speakers: list[SpeakerGroup] = field(default_factory=list)
    figures: list[FigureGroup] = field(default_factory=list)
    entities: list[EntityItem] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    corroboration: list[ClaimItem] = field(default_factory=list)
    conflicts: list[ConflictItem] = field(default_factory=list)
    events: list[EventItem] = field(default_factory=list)
    ach: list[AchSection] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @property
    def period(self) -> tuple[date, date] | None:
        dates = [s.summary.published for s in self.sources if s.summary.published]
        return (min(dates), max(dates)) if dates else None


def format_value(value: float | None, rng: tuple[float, float] | None) -> str:
    def one(v: float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")

    if rng is not None:
        return f"{one(rng[0])}–{one(rng[1])}"
    return one(value) if value is not None else "?"


def collect_brief(store: Store, title: str | None = None, *, max_entities: int = 25,
                  ledger: Ledger | None = None, max_claims: int = 30) -> BriefData:
    """Everything the brief shows, read from ``store``, with numbered citations.

    With a *ledger* (see :func:`heuer.ledger.read_ledger`) the brief also shows the
    corroboration of claims across documents, their conflicts and the timeline of
    events across documents.
    """
    summaries = sorted(store.document_summaries(), key=lambda d: (d.published or date.max, d.ingested_at))
    keys = {d.id: f"D{i}" for i, d in enumerate(summaries, 1)}
    data = BriefData(title=title or "heuer brief", generated=datetime.now(UTC).replace(microsecond=0))
    data.sources = [SourceDoc(keys[d.id], d, keys.get(d.near_duplicate_of or "")) for d in summaries]

    def cite(document_id: str, sentence: str) -> Citation:
        c = Citation(len(data.citations) + 1, keys.get(document_id, "D?"), " ".join(sentence.split()))
        data.citations.append(c)
        return c

    groups: dict[str, list[QuoteItem]] = defaultdict(list)
    types: dict[str, str] = {}
    for stored in store.statements():
        st = stored.statement
        name = st.speaker.name if st.speaker else "(unattributed)"
        types.setdefault(name, st.speaker.type if st.speaker else "unknown")
        groups[name].append(
            QuoteItem(st.kind, st.content, st.cue, tuple(st.via), tuple(st.hedges), cite(stored.document_id, st.sentence))
        )
    data.speakers = sorted(
        (SpeakerGroup(name, types[name], tuple(items)) for name, items in groups.items()),
        key=lambda g: (-len(g.items), g.speaker.casefold()),
    )

    by_unit: dict[str, list[FigureItem]] = defaultdict(list)
    raw_values: dict[str, set[tuple]] = defaultdict(set)
    for stored in store.figures():
        f = stored.figure
        unit = (f.unit or "count").lower()
        by_unit[unit].append(
            FigureItem(format_value(f.value, f.range), f.unit, f.subject, f.source, tuple(f.via), tuple(f.hedges),
                       cite(stored.document_id, f.sentence))
        )
        raw_values[unit].add((f.value, f.range))
    data.figures = sorted(
        (FigureGroup(unit, tuple(items), len(raw_values[unit]) > 1) for unit, items in by_unit.items()),
        key=lambda g: (-len(g.items), g.unit),
    )

    data.entities = [
        EntityItem(e.name, e.label, e.aliases, e.mentions, e.documents) for e in store.entities()[:max_entities]
    ]
    data.timeline = [
        TimelineItem(ev.event.date, ev.event.end, ev.event.text, ev.event.date_text,
                     cite(ev.document_id, ev.event.sentence))
        for ev in store.events()
    ]
    if ledger is not None:
        _add_ledger(data, store, ledger, cite, max_claims)
    data.ach = _ach_sections(store, ledger, cite)
    return data


def _ach_sections(store: Store, ledger: Ledger | None, cite: Callable[[str, str], Citation]) -> list[AchSection]:
    """One section per ACH case in the store (team consensus), in case order."""
    with store.reading("read the ACH cases") as connection:
        cases = persist.load_cases(connection)
    return [ach_section(analysis, cite) for analysis in team_views(cases, ledger.claims if ledger else [])]


def _add_ledger(data: BriefData, store: Store, ledger: Ledger, cite: Callable[[str, str], Citation],
                max_claims: int) -> None:
    items: dict[int, ClaimItem] = {}

    def item(claim: Claim) -> ClaimItem:
        if claim.id not in items:
            first = claim.first_reported or claim.mentions[0]
            items[claim.id] = ClaimItem(
                claim.id, claim.summary, claim.independent_sources, claim.distinct_reports, tuple(claim.origins),
                claim.circular, claim.status, f"{claim.credibility.grade} {claim.credibility.label}",
                tuple(claim.credibility.reasons), cite(first.document_id, first.sentence),
            )
        return items[claim.id]

    spread = [c for c in ledger.claims if c.distinct_reports >= 2 or c.independent_sources >= 2]
    data.corroboration = [item(c) for c in spread[:max_claims]]
    seen: set[tuple[int, int]] = set()
    order = {"contradiction": 0, "negation": 1, "refinement": 2, "different_subject": 3}
    pairs = []
    for claim in ledger.claims:
        for conflict in claim.conflicts:
            key = (min(claim.id, conflict.other), max(claim.id, conflict.other))
            other = ledger.claim(conflict.other)
            if key in seen or other is None:
                continue
            seen.add(key)
            pairs.append((order.get(conflict.kind, 9), conflict, claim, other))
    pairs.sort(key=lambda p: (p[0], -p[2].independent_sources - p[3].independent_sources))
    data.conflicts = [ConflictItem(c.kind, c.reason, item(a), item(b)) for _, c, a, b in pairs[: max_claims]]
    for entry in merge_events(store.events(), ledger.claims):
        if len(entry.reports) < 2 and not entry.claims:
            continue
        first = entry.reports[0]
        reported = tuple(f"{r.outlet or r.document_id[:10]} ({r.published or '?'})" for r in entry.reports)
        data.events.append(EventItem(entry.date, entry.end, entry.text, reported, tuple(entry.claims),
                                     cite(first.document_id, first.sentence)))
