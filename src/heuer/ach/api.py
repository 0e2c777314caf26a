"""The library face of ACH: cases, hypotheses, evidence, ratings, the scored matrix,
sensitivity, suggestions and import/export. The CLI and the web app call these.

Every function takes ``db`` like :mod:`heuer.api` (a path, a URL, an open Store or None)
and a case by name or number; hypotheses by label (H1) and evidence by label (E1).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from heuer.ach import interchange, persist
from heuer.ach.analysis import AchAnalysis, SensitivityReport, analyse_case, claims_by_item, sensitivity_of
from heuer.ach.script import build_case
from heuer.ach.suggest import Suggester, make_suggester
from heuer.api import DbArg, open_store
from heuer.errors import ConfigError, NotFoundError
from heuer.ledger import Ledger, read_ledger, update_ledger
from heuer.ledger.embedding import make_embedder
from heuer.model import Case, EvidenceLink
from heuer.store import Store


@dataclass(frozen=True)
class CaseSummary:
    id: int
    name: str
    question: str | None
    hypotheses: int
    evidence: int
    created_at: datetime | None


def _ledger(store: Store, update: bool, embedder: str = "auto") -> Ledger:
    if update:
        update_ledger(store, make_embedder(embedder))
    return read_ledger(store)


# -- cases ---------------------------------------------------------------------------------------

def new_case(name: str, db: DbArg = None, *, question: str | None = None, documents: Iterable[str] = ()) -> Case:
    """Create a case; *documents* (ids or unique prefixes) limit its scope, none = the whole store."""
    with open_store(db) as store, store.writing("create a case") as connection:
        case = persist.create_case(connection, name, question, documents)
        return persist.load_case(connection, case)


def cases(db: DbArg = None) -> list[CaseSummary]:
    with open_store(db, create=False) as store, store.reading("list cases") as connection:
        return [CaseSummary(r.id, r.name, r.question, r.hypotheses, r.evidence, r.created_at)
                for r in persist.case_rows(connection)]


def case(name: str | int, db: DbArg = None) -> Case:
    with open_store(db, create=False) as store, store.reading("read a case") as connection:
        return persist.load_case(connection, persist.case_id(connection, name))


def delete_case(name: str | int, db: DbArg = None) -> None:
    with open_store(db, create=False) as store, store.writing("delete a case") as connection:
        persist.delete_case(connection, persist.case_id(connection, name))


# -- hypotheses ----------------------------------------------------------------------------------

def add_hypothesis(case_name: str | int, text: str, db: DbArg = None, *, label: str | None = None,
                   prior: float | None = None) -> str:
    """Add a hypothesis; returns its label (H1, H2 ... unless one is given)."""
    with open_store(db, create=False) as store, store.writing("add a hypothesis") as connection:
        return persist.add_hypothesis(connection, persist.case_id(connection, case_name), text, label=label,
                                      prior=prior)


def relate_hypotheses(case_name: str | int, first: str, second: str, kind: str, db: DbArg = None, *,
                      note: str | None = None) -> None:
    """``duplicate``: merge *second* into *first* (its ratings kept where *first* has none);
    ``not_exclusive``: both may be true, so each is scored on its own odds."""
    with open_store(db, create=False) as store, store.writing("relate hypotheses") as connection:
        case_id = persist.case_id(connection, case_name)
        persist.relate(connection, case_id, persist.hypothesis_id(connection, case_id, first),
                       persist.hypothesis_id(connection, case_id, second), kind, note)


def unmerge_hypothesis(case_name: str | int, hypothesis: str, db: DbArg = None) -> None:
    with open_store(db, create=False) as store, store.writing("unmerge a hypothesis") as connection:
        case_id = persist.case_id(connection, case_name)
        persist.unmerge(connection, case_id, persist.hypothesis_id(connection, case_id, hypothesis))


# -- evidence ------------------------------------------------------------------------------------

def add_evidence(case_name: str | int, db: DbArg = None, *, claim: int | None = None, statement: int | None = None,
                 figure: int | None = None, text: str | None = None, kind: str | None = None,
                 relevance: str = "medium", credibility: int | None = None, note: str | None = None,
                 update: bool = False) -> str:
    """Add an evidence item from a ledger claim, a stored statement or figure, or free text
    (*kind* ``assumption`` or ``absence``); returns its label (E1, E2 ...)."""
    given = [x for x in (claim, statement, figure, text) if x is not None]
    if len(given) != 1:
        raise ConfigError("give exactly one of a claim id, a statement id, a figure id or a free text")
    with open_store(db, create=False) as store:
        link: EvidenceLink | None = None
        if claim is not None:
            found = _ledger(store, update).claim(claim)
            if found is None:
                raise NotFoundError(f"no claim {claim} (list them with 'heuer claims')")
            anchor = found.first_reported or found.mentions[0]
            link = EvidenceLink(anchor.item_kind, anchor.item_id, anchor.document_id, anchor.sentence,  # type: ignore[arg-type]
                                anchor.outlet, anchor.published, found.id)
            kind, body = "claim", text or found.summary
        else:
            body = text or ""
            if statement is not None or figure is not None:
                item_kind = "statement" if statement is not None else "figure"
                with store.reading("read the evidence sentence") as connection:
                    link = persist.item_link(connection, item_kind, int(statement if statement is not None else figure))  # type: ignore[arg-type]
                kind, body = item_kind, link.sentence
            else:
                kind = kind or "assumption"
                if kind not in ("assumption", "absence"):
                    raise ConfigError(f"free-text evidence is an 'assumption' or an 'absence', not {kind!r}")
        with store.writing("add evidence") as connection:
            case_id = persist.case_id(connection, case_name)
            _check_scope(connection, case_id, link)
            return persist.add_evidence(connection, case_id, kind, body, link=link, relevance=relevance,
                                        credibility=credibility, note=note)


def _check_scope(connection, case_id: int, link: EvidenceLink | None) -> None:  # noqa: ANN001
    if link is None:
        return
    scope = persist.load_case(connection, case_id).documents
    if scope and link.document_id not in scope:
        raise ConfigError(f"document {link.document_id[:12]} is not in this case's scope")


def update_evidence(case_name: str | int, evidence: str, db: DbArg = None, *, relevance: str | None = None,
                    credibility: int | None | str = "keep", note: str | None = None) -> None:
    """Change an item's relevance, override its credibility (None: back to the ledger's) or note."""
    with open_store(db, create=False) as store, store.writing("update evidence") as connection:
        case_id = persist.case_id(connection, case_name)
        persist.update_evidence(connection, persist.evidence_id(connection, case_id, evidence),
                                relevance=relevance, credibility=credibility, note=note)


def remove_evidence(case_name: str | int, evidence: str, db: DbArg = None) -> None:
    with open_store(db, create=False) as store, store.writing("remove evidence") as connection:
        case_id = persist.case_id(connection, case_name)
        persist.remove_evidence(connection, persist.evidence_id(connection, case_id, evidence))


# -- ratings -------------------------------------------------------------------------------------

def rate(case_name: str | int, evidence: str, ratings: dict[str, str], analyst: str, db: DbArg = None, *,
         note: str | None = None) -> dict[str, str]:
    """Rate one evidence item against hypotheses: ``{"H1": "C", "H2": "II"}`` ("*" = every hypothesis)."""
    with open_store(db, create=False) as store, store.writing("save ratings") as connection:
        case_id = persist.case_id(connection, case_name)
        item = persist.evidence_id(connection, case_id, evidence)
        active = [h for h in persist.load_case(connection, case_id).active_hypotheses]
        saved: dict[str, str] = {}
        for ref, rating in ratings.items():
            targets = active if ref == "*" else [h for h in active if h.id == persist.hypothesis_id(connection, case_id, ref)]
            if not targets:
                raise ConfigError(f"hypothesis {ref} was merged into another; rate that one")
            for hypothesis in targets:
                saved[hypothesis.label] = persist.rate(connection, item, hypothesis.id, analyst, rating, note)
        return saved


# -- the matrix ----------------------------------------------------------------------------------

def ach(case_name: str | int, db: DbArg = None, *, analyst: str | None = None, update: bool = False,
        embedder: str = "auto") -> AchAnalysis:
    """The scored matrix: the team's consensus, or *analyst*'s own ratings (blind: the others'
    show only on rows the analyst has finished, the consensus only once every cell is rated)."""
    with open_store(db, create=False) as store:
        ledger = _ledger(store, update, embedder)
        with store.reading("read a case") as connection:
            loaded = persist.load_case(connection, persist.case_id(connection, case_name))
    return analyse_case(loaded, claims_by_item(ledger.claims), analyst)


def sensitivity(case_name: str | int, db: DbArg = None, *, analyst: str | None = None) -> SensitivityReport:
    """Which items, or which whole source, could change the leading hypothesis, and by how much."""
    return sensitivity_of(ach(case_name, db, analyst=analyst))


@dataclass(frozen=True)
class CellSuggestion:
    evidence: str
    hypothesis: str
    rating: str
    reason: str
    confidence: float
    suggester: str


def suggest(case_name: str | int, db: DbArg = None, *, analyst: str | None = None, evidence: str | None = None,
            suggester: Suggester | str | None = None) -> list[CellSuggestion]:
    """Proposed ratings for the cells *analyst* has not rated (all cells without one); never saved."""
    engine = suggester if suggester is not None and not isinstance(suggester, str) else make_suggester(suggester)
    loaded = case(case_name, db)
    rated = {(r.evidence_id, r.hypothesis_id) for r in loaded.ratings if analyst is None or r.analyst == analyst}
    cells = [
        (item, h) for item in loaded.evidence for h in loaded.active_hypotheses
        if (evidence is None or item.label.lower() == evidence.lower()) and (analyst is None or (item.id, h.id) not in rated)
    ]
    proposals = engine.suggest_many([(item.text, h.text) for item, h in cells])
    return [CellSuggestion(item.label, h.label, s.rating, s.reason, s.confidence, s.suggester)
            for (item, h), s in zip(cells, proposals, strict=True)]


def accept_suggestions(case_name: str | int, analyst: str, db: DbArg = None, *, evidence: str | None = None,
                       suggester: Suggester | str | None = None) -> list[CellSuggestion]:
    """Save the suggestions for *analyst*'s unrated cells as their ratings (the analyst accepts them)."""
    proposals = suggest(case_name, db, analyst=analyst, evidence=evidence, suggester=suggester)
    with open_store(db, create=False) as store, store.writing("save accepted suggestions") as connection:
        case_id = persist.case_id(connection, case_name)
        for s in proposals:
            persist.rate(connection, persist.evidence_id(connection, case_id, s.evidence),
                         persist.hypothesis_id(connection, case_id, s.hypothesis), analyst, s.rating,
                         f"accepted suggestion ({s.suggester}): {s.reason}")
    return proposals


# -- import and export ---------------------------------------------------------------------------

def export_case(case_name: str | int, path: str | os.PathLike[str], db: DbArg = None) -> Path:
    """The whole case (hypotheses, relations, evidence with its links, every analyst's ratings) as JSON."""
    target = Path(path)
    target.write_text(interchange.case_json(case(case_name, db)), encoding="utf-8")
    return target


def import_case(path: str | os.PathLike[str], db: DbArg = None, *, name: str | None = None) -> Case:
    """Create a case from a JSON export; links to sentences not in this store become free text."""
    data = interchange.read_case_json(Path(path))
    with open_store(db) as store, store.writing("import a case") as connection:
        return persist.load_case(connection, interchange.restore_case(connection, data, name))


def export_matrix_csv(case_name: str | int, path: str | os.PathLike[str], db: DbArg = None, *,
                      analyst: str | None = None) -> Path:
    target = Path(path)
    target.write_text(interchange.matrix_csv(ach(case_name, db, analyst=analyst)), encoding="utf-8")
    return target


# -- scripts and the demo case ---------------------------------------------------------------------

def case_from_script(script: dict | str | os.PathLike[str], db: DbArg = None, *, update: bool = True,
                     embedder: str = "auto") -> Case:
    """Build (or rebuild) a case from a script (see :mod:`heuer.ach.script`): a dict or a JSON file."""
    if not isinstance(script, dict):
        path = Path(script)
        try:
            script = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the case script: {exc}") from exc
    with open_store(db, create=False) as store:
        return build_case(store, script, _ledger(store, update, embedder))


def demo_case_script() -> Path:
    """The script of the demo case on the bundled exercise corpus."""
    return Path(str(resources.files("heuer") / "demo_corpus" / "demo_case.json"))
