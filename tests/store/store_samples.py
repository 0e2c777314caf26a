"""Hand-built extractions for the store tests (two articles with overlapping claims)."""

from __future__ import annotations

from datetime import date

from heuer.model import Document, Entity, Event, Extraction, Figure, Party, Statement, content_id

SEOUL_TEXT = (
    "South Korean media, citing NIS sources, reported that some 12,000 troops had been sent to Russia. "
    '"We will not stand idly by," Yoon said. Between 10,000 and 12,000 soldiers left in early October.'
)
KYIV_TEXT = (
    "Zelensky said 11,000 North Korean soldiers are in Kursk. Asked whether Kyiv would negotiate, "
    'he said "no. Jörg Müller of the Zürich institute doubted the figure.'
)


def seoul() -> Extraction:
    doc = Document(
        id=content_id(SEOUL_TEXT.encode()),
        path="corpus/seoul.txt",
        text=SEOUL_TEXT,
        title="North Korea sent 12,000 troops to Russia, Seoul says",
        outlet="Example Times",
        byline="Jane Roe",
        published=date(2024, 10, 18),
    )
    nis = Party("National Intelligence Service", "organization", "NIS sources")
    return Extraction(
        document=doc,
        statements=[
            Statement(
                kind="indirect",
                content="some 12,000 troops had been sent to Russia",
                speaker=nis,
                cue="reported",
                sentence=SEOUL_TEXT[:98],
                span=(0, 98),
                via=["South Korean media"],
                hedges=["some"],
            ),
            Statement(
                kind="direct",
                content="We will not stand idly by,",
                speaker=Party("Yoon Suk Yeol", "person", "Yoon"),
                cue="said",
                sentence='"We will not stand idly by," Yoon said.',
                span=(99, 138),
            ),
        ],
        figures=[
            Figure(
                value=12000.0,
                range=None,
                unit="troops",
                subject="North Korean troops sent to Russia",
                sentence=SEOUL_TEXT[:98],
                span=(56, 67),
                text="some 12,000",
                source="National Intelligence Service",
                via=["South Korean media"],
                hedges=["some"],
            ),
            Figure(
                value=None,
                range=(10000.0, 12000.0),
                unit="soldiers",
                subject="soldiers who left",
                sentence="Between 10,000 and 12,000 soldiers left in early October.",
                span=(139, 164),
                text="Between 10,000 and 12,000",
            ),
        ],
        entities=[
            Entity("National Intelligence Service", "ORG", ["NIS"], 1),
            Entity("Yoon Suk Yeol", "PERSON", ["Yoon"], 1),
            Entity("Russia", "GPE", [], 1),
        ],
        events=[
            Event(
                date(2024, 10, 1),
                "soldiers left",
                "Between 10,000 and 12,000 soldiers left in early October.",
                (139, 196),
                end=date(2024, 10, 10),
                date_text="early October",
            ),
        ],
    )


def kyiv() -> Extraction:
    doc = Document(
        id=content_id(KYIV_TEXT.encode()),
        path="https://example.org/kyiv",
        text=KYIV_TEXT,
        title="Kursk: Kyiv disputes the figures",
        outlet="Der Beispiel",
        published=date(2024, 11, 2),
        language="en",
        kind="url",
    )
    return Extraction(
        document=doc,
        statements=[
            Statement(
                kind="indirect",
                content="11,000 North Korean soldiers are in Kursk",
                speaker=Party("Volodymyr Zelensky", "person", "Zelensky"),
                cue="said",
                sentence="Zelensky said 11,000 North Korean soldiers are in Kursk.",
                span=(0, 56),
            ),
            Statement(
                kind="direct",
                content="no",
                speaker=Party("Volodymyr Zelensky", "person", "he"),
                cue="said",
                sentence='Asked whether Kyiv would negotiate, he said "no.',
                span=(57, 105),
            ),
        ],
        figures=[
            Figure(
                value=11000.0,
                range=None,
                unit="soldiers",
                subject="North Korean soldiers in Kursk",
                sentence="Zelensky said 11,000 North Korean soldiers are in Kursk.",
                span=(14, 20),
                text="11,000",
                source="Volodymyr Zelensky",
            ),
        ],
        entities=[
            Entity("Russia", "GPE", ["Russian Federation"], 2),
            Entity("Jörg Müller", "PERSON", ["Müller"], 1),
            Entity("National Intelligence Service", "ORG", ["NIS", "Seoul's spy agency"], 2),
        ],
        events=[
            Event(
                date(2024, 11, 1),
                "soldiers arrived in Kursk",
                "Zelensky said 11,000 North Korean soldiers are in Kursk.",
                (0, 56),
                date_text="yesterday",
            ),
        ],
    )


def bare(doc_id: str, title: str = "Bare", published: date | None = None) -> Extraction:
    """A document with no extracted records and a chosen id."""
    return Extraction(
        Document(
            id=doc_id,
            path=f"bare/{doc_id[:8]}.txt",
            text=f"Text of {title}.",
            title=title,
            published=published,
        )
    )
