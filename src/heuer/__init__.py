"""heuer: who claims what, through whom, with which figures, across news articles.

The public API::

    import heuer
    report = heuer.ingest(["articles/"], db="story.db")
    for q in heuer.quotes("story.db", speaker="Jia"):
        print(q.statement.speaker.name, q.statement.content)
    heuer.brief("story.db", markdown_path="brief.md", html_path="brief.html")
"""

from __future__ import annotations

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

# Imported eagerly, after the subpackages: ``heuer.ingest`` and ``heuer.extract`` are the
# functions of the API, not the subpackages of the same name (reach those as modules:
# ``import heuer.extract.pipeline``).
from heuer.api import (  # noqa: E402
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
