"""Exports of the claim ledger for the analyst's other tools, in one import.

- JSON and CSV (spreadsheets, newsroom databases): :mod:`heuer.report.exports_tabular`;
- the provenance network as GraphML and GEXF (Gephi): :mod:`heuer.report.exports_graph`;
- FollowTheMoney JSON lines (Aleph, the ``ftm`` tools): :mod:`heuer.report.exports_ftm`,
  which needs the optional ``heuer[ftm]`` extra only when called.

Every function takes model objects (claims from ``read_ledger`` / ``api.claims``, the
source register, ``api.figures`` and ``api.entities`` rows) and never opens the store.
"""

from __future__ import annotations

from heuer.report.exports_cells import FORMULA_STARTS, safe_text, write_text
from heuer.report.exports_ftm import ftm_entities, ftm_jsonl
from heuer.report.exports_graph import provenance_graph, write_gexf, write_graphml
from heuer.report.exports_tabular import (
    CLAIM_COLUMNS,
    CLAIMS_SCHEMA,
    EXPORT_VERSION,
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    SOURCE_COLUMNS,
    SOURCES_SCHEMA,
    claims_csv,
    claims_json,
    figures_csv,
    mentions_csv,
    sources_csv,
    sources_json,
    write_json,
)

__all__ = [
    "CLAIMS_SCHEMA",
    "CLAIM_COLUMNS",
    "EXPORT_VERSION",
    "FIGURE_COLUMNS",
    "FORMULA_STARTS",
    "MENTION_COLUMNS",
    "SOURCES_SCHEMA",
    "SOURCE_COLUMNS",
    "claims_csv",
    "claims_json",
    "figures_csv",
    "ftm_entities",
    "ftm_jsonl",
    "mentions_csv",
    "provenance_graph",
    "safe_text",
    "sources_csv",
    "sources_json",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_text",
]
