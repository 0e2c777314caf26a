"""heuer: who claims what, through whom, with which figures, across news articles.

The public API (imported lazily, so ``import heuer`` stays cheap)::

    import heuer
    report = heuer.ingest(["articles/"], db="story.db")
    for q in heuer.quotes("story.db", speaker="Jia"):
        print(q.statement.speaker.name, q.statement.content)
    heuer.brief("story.db", markdown_path="brief.md", html_path="brief.html")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Brief",
    "DemoResult",
    "IngestReport",
    "brief",
    "demo",
    "demo_corpus_dir",
    "documents",
    "entities",
    "extract",
    "extract_text",
    "figures",
    "ingest",
    "open_store",
    "quotes",
    "search",
    "timeline",
]

if TYPE_CHECKING:  # pragma: no cover
    from heuer.api import (  # noqa: F401
        Brief,
        DemoResult,
        IngestReport,
        brief,
        demo,
        demo_corpus_dir,
        documents,
        entities,
        extract,
        extract_text,
        figures,
        ingest,
        open_store,
        quotes,
        search,
        timeline,
    )


def __getattr__(name: str) -> Any:
    if name in __all__:
        from heuer import api

        return getattr(api, name)
    raise AttributeError(f"module 'heuer' has no attribute {name!r}")
