"""Collect what a brief says from the store: sources, who said what, figures, entities, timeline.

Every item of a brief carries a citation: the document it comes from and the
sentence it stands in. Rendering to Markdown and HTML lives in
:mod:`heuer.report.markdown` and :mod:`heuer.report.html`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

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


@dataclass
class BriefData:
    title: str
    generated: datetime
    sources: list[SourceDoc] = field(default_factory=list)
    speakers: list[SpeakerGroup] = field(default_factory=list)
    figures: list[FigureGroup] = field(default_factory=list)
    entities: list[EntityItem] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
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


def collect_brief(store: Store, title: str | None = None, *, max_entities: int = 25) -> BriefData:
    """Everything the brief shows, read from ``store``, with numbered citations."""
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
    return data
