"""The ``heuer`` command: a thin shell over :mod:`heuer.api`.

Each command opens the library, calls one function, prints the result as a
rich table (or JSON with ``--json``) and turns library errors into one clean
line on standard error and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from heuer.errors import HeuerError

app = typer.Typer(
    name="heuer",
    help="Who claims what, through whom, with which figures: a workbench for news analysts.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)
# Table cells hold article text and search snippets ("…one [interpreter] for…"): never read them as markup.
out = Console(soft_wrap=False, markup=False)
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="HEUER_DB", help="SQLite file or SQLAlchemy URL (default: ./heuer.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", help="Show at most this many rows.")]

F = TypeVar("F", bound=Callable[..., Any])


def clean_errors(func: F) -> F:
    """Library errors become one line on stderr and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except HeuerError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim", markup=False), console=err, transient=False,
    )


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=option) from None


def _short(doc_id: str) -> str:
    return doc_id[:10]


# -- ingest & extract -----------------------------------------------------------------------------

@app.command()
@clean_errors
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, RSS/Atom feeds, or - for stdin.")],
    db: DbOption = None,
    include: Annotated[list[str] | None, typer.Option("--include", "-i", help="Glob for files inside folders (repeatable).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every document (overrides what is detected).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every document.")] = None,
    title: Annotated[str | None, typer.Option(help="Title for every document.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Read sources, extract statements, figures, entities and events, and store them.

    Each document is stored in one transaction; documents already stored are
    skipped, so re-running after a crash resumes. Near-duplicates are stored
    and linked to the first copy. Exit code 1 when any source failed.

    **Examples**

        heuer ingest articles/ --include '*.txt'
        heuer ingest https://example.org/feed.xml --db story.db
        cat article.txt | heuer ingest - --outlet "The Courier" --published 2024-10-31
    """
    from heuer import api

    when = _parse_date(published, "--published")
    with _progress() as progress:
        task = progress.add_task("ingest", total=None, current="")

        def on_total(n: int) -> None:
            progress.update(task, total=n)

        def on_source(label: str, outcomes: list) -> None:
            progress.update(task, advance=1, current=Path(label).name[:40])
            for o in outcomes:
                if o.status == "failed":
                    progress.console.print(f"[red]failed:[/red] {escape(str(o.error))}", markup=True, highlight=False,
                                           soft_wrap=True)

        report = api.ingest(sources, db, include=include, outlet=outlet, published=when, title=title,
                            stdin=sys.stdin.buffer, on_total=on_total, on_source=on_source)
    if as_json:
        print_json(report.outcomes)
    else:
        summary = (f"stored {report.count('stored')}, near-duplicates {report.count('near_duplicate')}, "
                   f"already stored {report.count('duplicate')}, failed {len(report.failed)}")
        err.print(summary)
    if report.failed:
        raise typer.Exit(1)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
@clean_errors
def extract(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, or - for stdin.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="jsonl: one JSON object per document.")] = ExtractFormat.jsonl,
    include: Annotated[list[str] | None, typer.Option("--include", "-i", help="Glob for files inside folders.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every document.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every document.")] = None,
) -> None:
    """Extract records from sources and print them; nothing is stored.

    With `--format jsonl` standard output holds exactly one JSON object per
    document (the extraction output contract, schema_version 1); errors and
    progress go to standard error.

    **Examples**

        heuer extract article.txt --format jsonl > out.jsonl
        heuer extract articles/ --format table
    """
    from heuer import api

    failed = 0
    results = []
    for item in api.extract(sources, include=include, outlet=outlet, published=_parse_date(published, "--published"),
                            stdin=sys.stdin.buffer):
        if isinstance(item, HeuerError):
            failed += 1
            err.print(f"[red]failed:[/red] {escape(str(item))}", markup=True, highlight=False, soft_wrap=True)
            continue
        if fmt is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            results.append(item)
    if fmt is ExtractFormat.json:
        print_json([r.to_dict() for r in results])
    elif fmt is ExtractFormat.table:
        for r in results:
            _statement_table([(r.document.id, s) for s in r.statements], title=r.document.title or r.document.path)
            _figure_table([(r.document.id, f) for f in r.figures], title="figures")
    if failed:
        raise typer.Exit(1)


# -- listings --------------------------------------------------------------------------------------

def _statement_table(rows: list, title: str = "statements") -> None:
    table = Table(title=title, show_lines=False, expand=True)
    for col, style in (("speaker", "bold"), ("kind", "dim"), ("content", ""), ("cue", "cyan"), ("via", "magenta"),
                       ("hedges", "yellow"), ("doc", "dim")):
        table.add_column(col, style=style, overflow="fold", ratio=4 if col == "content" else 1)
    for doc_id, s in rows:
        table.add_row(s.speaker.name if s.speaker else "—", s.kind, s.content, s.cue or "", " → ".join(s.via),
                      ", ".join(s.hedges), _short(doc_id))
    out.print(table)


def _figure_table(rows: list, title: str = "figures") -> None:
    from heuer.report.brief import format_value

    table = Table(title=title, expand=True)
    for col in ("value", "unit", "subject", "source", "via", "hedges", "doc"):
        table.add_column(col, overflow="fold", style="bold" if col == "value" else "")
    for doc_id, f in rows:
        table.add_row(format_value(f.value, f.range), f.unit or "", f.subject or "", f.source or "(outlet)",
                      " → ".join(f.via), ", ".join(f.hedges), _short(doc_id))
    out.print(table)


@app.command()
@clean_errors
def quotes(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Speaker name contains this.")] = None,
    document: Annotated[str | None, typer.Option("--document", "-d", help="Document id or id prefix.")] = None,
    text: Annotated[str | None, typer.Option("--text", "-t", help="Content contains this.")] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what: stored statements (direct and indirect quotes).

    **Examples**

        heuer quotes --speaker Jia
        heuer quotes --text "12,000" --json
    """
    from heuer import api

    rows = api.quotes(db, speaker=speaker, document=document, text=text, limit=limit)
    if as_json:
        print_json([{"id": r.id, "document_id": r.document_id, "outlet": r.outlet, "published": r.published,
                     **r.statement.to_dict()} for r in rows])
        return
    _statement_table([(r.document_id, r.statement) for r in rows], title=f"{len(rows)} statements")


@app.command()
@clean_errors
def figures(
    db: DbOption = None,
    subject: Annotated[str | None, typer.Option("--subject", help="Subject contains this.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Unit contains this.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source contains this.")] = None,
    document: Annotated[str | None, typer.Option("--document", "-d", help="Document id or id prefix.")] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reported figures with their subject, source, via chain and hedges.

    **Examples**

        heuer figures --unit troops
        heuer figures --source NIS --json
    """
    from heuer import api

    rows = api.figures(db, subject=subject, unit=unit, source=source, document=document, limit=limit)
    if as_json:
        print_json([{"id": r.id, "document_id": r.document_id, "outlet": r.outlet, "published": r.published,
                     **r.figure.to_dict()} for r in rows])
        return
    _figure_table([(r.document_id, r.figure) for r in rows], title=f"{len(rows)} figures")


entities_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(entities_app, name="entities")


@entities_app.callback(invoke_without_command=True)
@clean_errors
def entities(
    ctx: typer.Context,
    db: DbOption = None,
    label: Annotated[str | None, typer.Option("--label", help="PERSON, ORG, GPE or LOC.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name or alias contains this.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="Names resolved across documents (with your merges and splits).")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
) -> None:
    """People, organisations and places with their aliases, across all documents.

    **Examples**

        heuer entities --label PERSON
        heuer entities --name DIA --json
        heuer entities --merged
        heuer entities merge "DIA" "HUR"
        heuer entities split "Kim" "Kim Jong Un"
    """
    if ctx.invoked_subcommand is not None:
        return
    from heuer import api

    if merged:
        groups = api.entity_groups(db)
        if as_json:
            print_json(groups)
            return
        table = Table(title=f"{len(groups)} parties known by several names", expand=True)
        table.add_column("party", overflow="fold", ratio=1)
        table.add_column("names used", overflow="fold", ratio=3)
        for canonical, names in groups.items():
            table.add_row(canonical, ", ".join(n for n in names if n != canonical))
        out.print(table)
        return
    rows = api.entities(db, label=label, name=name)[:limit]
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} entities", expand=True)
    for col in ("name", "label", "aliases", "mentions", "documents"):
        table.add_column(col, overflow="fold", justify="right" if col in ("mentions", "documents") else "left")
    for e in rows:
        table.add_row(e.name, e.label, ", ".join(a for a in e.aliases if a != e.name), str(e.mentions), str(e.documents))
    out.print(table)


@entities_app.command("merge")
@clean_errors
def entities_merge(
    name: Annotated[str, typer.Argument(help="A name as the documents write it.")],
    other: Annotated[str, typer.Argument(help="Another name for the same party.")],
    db: DbOption = None,
) -> None:
    """Treat two names as one party in every claim, source and count (kept across re-runs).

    **Example**

        heuer entities merge "HUR" "Defence Intelligence of Ukraine"
    """
    from heuer import api

    api.merge_entities(name, other, db)
    err.print(f"merged {name!r} and {other!r}", markup=False, highlight=False)


@entities_app.command("split")
@clean_errors
def entities_split(
    name: Annotated[str, typer.Argument(help="A name as the documents write it.")],
    other: Annotated[str, typer.Argument(help="A name heuer wrongly took for the same party.")],
    db: DbOption = None,
) -> None:
    """Keep two names apart whatever the matching rules say (kept across re-runs).

    **Example**

        heuer entities split "Kim" "Kim Jong Un"
    """
    from heuer import api

    api.split_entities(name, other, db)
    err.print(f"kept {name!r} and {other!r} apart", markup=False, highlight=False)


@app.command()
@clean_errors
def timeline(
    db: DbOption = None,
    start: Annotated[str | None, typer.Option("--from", help="Only events on or after YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Only events on or before YYYY-MM-DD.")] = None,
    document: Annotated[str | None, typer.Option("--document", "-d", help="Document id or id prefix.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="One entry per event across documents, with its reports and claims.")] = False,
    embedder: EmbedderOption = "auto",
    as_json: JsonOption = False,
) -> None:
    """Dated events in date order, with the document that reports them.

    With --merged, the same event reported by several outlets is one entry,
    listing when each outlet reported it (reported date) apart from the event
    date, and the claims behind it.

    **Examples**

        heuer timeline
        heuer timeline --from 2024-10-01 --to 2024-10-31 --json
        heuer timeline --merged
    """
    from heuer import api

    if merged:
        _ledger_update(db, embedder)
        entries = api.event_timeline(db, start=_parse_date(start, "--from"), end=_parse_date(end, "--to"), update=False)
        if as_json:
            print_json([e.to_dict() for e in entries])
            return
        table = Table(title=f"{len(entries)} events across documents", expand=True)
        for col, ratio in (("event date", 1), ("event", 4), ("reported by", 3), ("claims", 1)):
            table.add_column(col, overflow="fold", ratio=ratio)
        for e in entries:
            when = e.date.isoformat() + (f" – {e.end.isoformat()}" if e.end and e.end != e.date else "")
            reports = "; ".join(f"{r.outlet or r.document_id[:10]} ({r.published or '?'})" for r in e.reports)
            table.add_row(when, e.text, reports, ", ".join(map(str, e.claims)))
        out.print(table)
        return
    rows = api.timeline(db, start=_parse_date(start, "--from"), end=_parse_date(end, "--to"), document=document)
    if as_json:
        print_json([{"id": r.id, "document_id": r.document_id, "outlet": r.outlet, "published": r.published,
                     **r.event.to_dict()} for r in rows])
        return
    table = Table(title=f"{len(rows)} events", expand=True)
    for col in ("date", "event", "as written", "outlet", "doc"):
        table.add_column(col, overflow="fold", ratio=4 if col == "event" else 1)
    for r in rows:
        ev = r.event
        when = ev.date.isoformat() + (f" – {ev.end.isoformat()}" if ev.end and ev.end != ev.date else "")
        table.add_row(when, ev.text, ev.date_text, r.outlet or "", _short(r.document_id))
    out.print(table)


@app.command()
@clean_errors
def search(
    query: Annotated[str, typer.Argument(help="Words or \"quoted phrases\"; word* for a prefix.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over documents and statements, best matches first.

    **Examples**

        heuer search "special forces"
        heuer search "NIS 12,000" --json
    """
    from heuer import api

    hits = api.search(query, db, limit=limit)
    if as_json:
        print_json(hits)
        return
    table = Table(title=f"{len(hits)} matches for {query!r}", expand=True)
    for col in ("kind", "title", "outlet", "snippet", "doc"):
        table.add_column(col, overflow="fold", ratio=4 if col == "snippet" else 1)
    for h in hits:
        table.add_row(h.kind, h.title or "", h.outlet or "", h.snippet, _short(h.document_id))
    out.print(table)


@app.command()
@clean_errors
def documents(db: DbOption = None, limit: LimitOption = None, as_json: JsonOption = False) -> None:
    """Stored documents with their metadata and near-duplicate links.

    **Example**

        heuer documents --json
    """
    from heuer import api

    rows = api.documents(db, limit)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} documents", expand=True)
    for col in ("id", "title", "outlet", "byline", "published", "near-duplicate of"):
        table.add_column(col, overflow="fold")
    for d in rows:
        table.add_row(_short(d.id), d.title or d.path, d.outlet or "", d.byline or "",
                      d.published.isoformat() if d.published else "", _short(d.near_duplicate_of or ""))
    out.print(table)


# -- claim ledger ------------------------------------------------------------------------------

EmbedderOption = Annotated[
    str,
    typer.Option("--embedder", envvar="HEUER_EMBEDDER",
                 help="auto (the sentence model when installed, else lexical), minilm, hashing, or a model folder."),
]


def _ledger_update(db: str | None, embedder: str) -> None:
    """Bring the ledger up to date, with a progress bar when there is work to do."""
    from heuer import api

    with _progress() as progress:
        tasks: dict[str, Any] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total, current="")
            progress.update(tasks[stage], completed=done, total=total)

        report = api.update_claims(db, embedder=embedder, progress=tick)
    if report.items:
        err.print(f"ledger: {report.items} new items, {report.new_claims} new claims, {report.joined} joined "
                  f"existing claims, {report.conflicts} conflicts, {report.corrections} corrections "
                  f"({report.embedder})", markup=False, highlight=False, soft_wrap=True)


def _credibility_cell(c: Any) -> str:
    return f"{c.credibility.grade} {c.credibility.label}"


claims_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(claims_app, name="claims")


@claims_app.callback(invoke_without_command=True)
@clean_errors
def claims(
    ctx: typer.Context,
    db: DbOption = None,
    circular: Annotated[bool, typer.Option("--circular", help="Only claims whose corroboration traces to one origin.")] = False,
    contested: Annotated[bool, typer.Option("--contested", help="Only claims contradicted or denied by another.")] = False,
    kind: Annotated[str | None, typer.Option("--kind", help="statement or figure.")] = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", help="Only claims reported at least this often.")] = 1,
    limit: LimitOption = None,
    embedder: EmbedderOption = "auto",
    as_json: JsonOption = False,
) -> None:
    """Claims across documents, most independent sources first.

    Each claim gathers the statements and figures that say the same thing; the
    independent-source count follows every chain back to its origin, so ten
    outlets echoing one agency count once.

    **Examples**

        heuer claims --min-mentions 2
        heuer claims --circular
        heuer claims --contested --json
        heuer claims merge 12 31
        heuer claims split 12 statement:845
    """
    if ctx.invoked_subcommand is not None:
        return
    from heuer import api

    _ledger_update(db, embedder)
    rows = api.claims(db, circular=circular, contested=contested, kind=kind, min_mentions=min_mentions,
                      update=False)[:limit]
    if as_json:
        print_json([c.to_dict() for c in rows])
        return
    table = Table(title=f"{len(rows)} claims", expand=True)
    for col, ratio in (("id", 1), ("claim", 6), ("sources", 1), ("reports", 1), ("origins", 3),
                       ("credibility", 2), ("flags", 2)):
        table.add_column(col, overflow="fold", ratio=ratio, justify="right" if col in ("id", "sources", "reports") else "left")
    for c in rows:
        flags = [f for f, on in (("circular", c.circular), ("contested", c.contested), (c.status, c.status != "standing")) if on]
        table.add_row(str(c.id), c.summary, str(c.independent_sources), str(c.distinct_reports),
                      ", ".join(c.origins) or "(none named)", _credibility_cell(c), ", ".join(flags))
    out.print(table)


@claims_app.command("merge")
@clean_errors
def claims_merge(
    keep: Annotated[int, typer.Argument(help="The claim that keeps its id.")],
    other: Annotated[int, typer.Argument(help="A claim saying the same thing: its mentions move into KEEP.")],
    db: DbOption = None,
) -> None:
    """Put two claims together when heuer missed that they say the same thing (kept across re-runs).

    **Example**

        heuer claims merge 12 31
    """
    from heuer import api

    moved = api.merge_claims(keep, other, db)
    err.print(f"claim {other} merged into claim {keep} ({moved} mentions moved)", markup=False, highlight=False)


@claims_app.command("split")
@clean_errors
def claims_split(
    claim_id: Annotated[int, typer.Argument(help="The claim the mention is in now.")],
    mention: Annotated[str, typer.Argument(help="The mention, as 'heuer claim ID' shows it: statement:845, figure:77.")],
    db: DbOption = None,
) -> None:
    """Take a mention that does not belong out of a claim, into a claim of its own (kept across re-runs).

    **Example**

        heuer claims split 12 statement:845
    """
    from heuer import api

    new = api.split_claim(claim_id, mention, db)
    err.print(f"{mention} taken out of claim {claim_id}: it is claim {new} now", markup=False, highlight=False)


@app.command()
@clean_errors
def claim(
    claim_id: Annotated[int, typer.Argument(help="Claim id, as 'heuer claims' shows it.")],
    db: DbOption = None,
    embedder: EmbedderOption = "auto",
    as_json: JsonOption = False,
) -> None:
    """One claim: its provenance tree (outlet → via → origin), conflicts, corrections, credibility.

    **Example**

        heuer claim 12
    """
    from rich.tree import Tree

    from heuer import api

    _ledger_update(db, embedder)
    c = api.claim(claim_id, db, update=False)
    if as_json:
        print_json(c.to_dict())
        return
    first = c.first_reported
    head = (f"claim {c.id} ({c.kind}): {c.summary}\n"
            f"independent sources: {c.independent_sources}  reports: {c.distinct_reports}  "
            f"circular: {'yes' if c.circular else 'no'}  status: {c.status}  credibility: {_credibility_cell(c)}")
    if first is not None:
        head += f"\nfirst reported by {first.outlet or first.document_id[:10]} on {first.published or 'an unknown date'}"
    tree = Tree(head)
    by_origin: dict[str, list[Any]] = {}
    for m in c.mentions:
        by_origin.setdefault(m.origin or f"(no source: {m.role})", []).append(m)
    for origin, mentions in by_origin.items():
        branch = tree.add(f"origin: {origin}")
        for m in mentions:
            chain = " → ".join(m.chain)
            label = f"{m.published or '?'}  {chain}  [{m.role}]  {m.document_id[:10]}  {m.item_kind}:{m.item_id}"
            branch.add(label).add(m.sentence)
    if c.conflicts:
        node = tree.add("conflicts")
        for k in c.conflicts:
            node.add(f"{k.kind} with claim {k.other}: {k.other_summary} — {k.reason}")
    if c.corrections:
        node = tree.add("corrections")
        for k in c.corrections:
            node.add(f"{k.kind} by {k.outlet or k.document_id[:10]} on {k.published or '?'}: {k.sentence}")
    node = tree.add("credibility reasons")
    for reason in c.credibility.reasons:
        node.add(reason)
    out.print(tree)


@app.command()
@clean_errors
def conflicts(
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="contradiction, negation, refinement or different_subject.")] = None,
    embedder: EmbedderOption = "auto",
    as_json: JsonOption = False,
) -> None:
    """Claims that disagree, side by side with their sources, hedges and dates.

    **Examples**

        heuer conflicts
        heuer conflicts --kind contradiction --json
    """
    from heuer import api

    _ledger_update(db, embedder)
    rows = api.conflicts(db, kind=kind, update=False)
    if as_json:
        print_json([{"kind": p.kind, "reason": p.reason, "a": p.a.to_dict(), "b": p.b.to_dict()} for p in rows])
        return

    def side(c: Any) -> str:
        m = c.first_reported or c.mentions[0]
        hedges = sorted({h for x in c.mentions for h in x.hedges})
        return (f"[{c.id}] {c.summary}\nsources: {', '.join(c.origins) or '(none named)'}"
                + (f"\nhedges: {', '.join(hedges)}" if hedges else "")
                + f"\nfirst: {m.outlet or m.document_id[:10]} {m.published or ''}")

    table = Table(title=f"{len(rows)} conflicts", expand=True, show_lines=True)
    for col, ratio in (("kind", 1), ("claim A", 4), ("claim B", 4), ("why", 3)):
        table.add_column(col, overflow="fold", ratio=ratio)
    for p in rows:
        table.add_row(p.kind, side(p.a), side(p.b), p.reason)
    out.print(table)


@app.command()
@clean_errors
def sources(
    db: DbOption = None,
    limit: LimitOption = None,
    embedder: EmbedderOption = "auto",
    as_json: JsonOption = False,
) -> None:
    """The source register: outlets, agencies, officials and analysts, with reliability grades.

    Grades are Admiralty letters A (completely reliable) to F (cannot be judged, the
    default); set them with 'heuer grade'. A grade never raises a claim's credibility.

    **Example**

        heuer sources --limit 20
    """
    from heuer import api

    _ledger_update(db, embedder)
    rows = api.sources(db, update=False)[:limit]
    if as_json:
        print_json([r.to_dict() for r in rows])
        return
    table = Table(title=f"{len(rows)} sources", expand=True)
    for col in ("source", "kind", "reliability", "claims", "mentions", "aliases"):
        table.add_column(col, overflow="fold", justify="right" if col in ("claims", "mentions") else "left")
    for r in rows:
        table.add_row(r.name, r.kind, r.reliability, str(r.claims), str(r.mentions), ", ".join(r.aliases[:6]))
    out.print(table)


@app.command()
@clean_errors
def grade(
    source: Annotated[str, typer.Argument(help="Source name as 'heuer sources' shows it.")],
    reliability: Annotated[str, typer.Argument(help="Admiralty reliability: A, B, C, D, E or F.")],
    note: Annotated[str | None, typer.Option("--note", help="Why this grade.")] = None,
    db: DbOption = None,
) -> None:
    """Grade a source's reliability (Admiralty A-F).

    **Example**

        heuer grade "National Intelligence Service" B --note "good record on troop counts"
    """
    from heuer import api

    letter = api.grade(source, reliability, db, note=note)
    err.print(f"{source}: reliability {letter}", markup=False, highlight=False)


@app.command()
@clean_errors
def outlet(
    name: Annotated[str, typer.Argument(help="Outlet name as the documents give it.")],
    owner: Annotated[str, typer.Argument(help="The owner family it belongs to.")],
    db: DbOption = None,
) -> None:
    """Count an outlet as part of an owner family (regional editions, sister titles).

    **Example**

        heuer outlet "Northwind Broadcasting - Coastal edition" "Northwind Broadcasting"
    """
    from heuer import api

    api.set_outlet_owner(name, owner, db)
    err.print(f"{name} → {owner}", markup=False, highlight=False)


@app.command()
@clean_errors
def export(
    db: DbOption = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the exported files.")] = Path("export"),
    formats: Annotated[list[str] | None, typer.Option("--format", "-f", help="json, csv, graphml, gexf or ftm (repeatable; default: all).")] = None,
    embedder: EmbedderOption = "auto",
) -> None:
    """Export claims, mentions, figures and sources (JSON, CSV), the provenance network
    (GraphML and GEXF for Gephi) and FollowTheMoney entities (for Aleph).

    **Examples**

        heuer export --out story-export/
        heuer export --format csv --format graphml --out sheets/
    """
    from heuer import api

    _ledger_update(db, embedder)
    written = api.export(db, out_dir, formats=tuple(formats or api.EXPORT_FORMATS), update=False)
    for path in written:
        err.print(f"wrote {path}", markup=False, highlight=False, soft_wrap=True)


# -- brief & demo ------------------------------------------------------------------------------

@app.command()
@clean_errors
def brief(
    db: DbOption = None,
    markdown: Annotated[Path, typer.Option("--markdown", "-m", help="Where to write the Markdown brief.")] = Path("brief.md"),
    html: Annotated[Path, typer.Option("--html", help="Where to write the HTML brief.")] = Path("brief.html"),
    title: Annotated[str | None, typer.Option(help="Title of the brief.")] = None,
) -> None:
    """Write a brief (Markdown and HTML) of everything stored, every item citing its sentence.

    **Example**

        heuer brief --db story.db --markdown story.md --html story.html --title "NK troops in Russia"
    """
    from heuer import api

    api.brief(db, title=title, markdown_path=markdown, html_path=html)
    err.print(f"wrote {markdown} and {html}", markup=False, highlight=False, soft_wrap=True)


@app.command()
@clean_errors
def demo(
    db: Annotated[str, typer.Option("--db", help="Database for the demo (default: heuer-demo.db).")] = "heuer-demo.db",
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for brief.md and brief.html.")] = Path("."),
) -> None:
    """Ingest the bundled fictional exercise corpus, print a summary and write a brief.

    The corpus is invented (fictional countries, agencies, outlets and people):
    second-hand claims, conflicting figures, a syndicated near-copy and a correction.

    **Example**

        heuer demo --db demo.db --out demo/
    """
    from heuer import api

    with _progress() as progress:
        task = progress.add_task("demo", total=None, current="")
        result = api.demo(db, out_dir, on_total=lambda n: progress.update(task, total=n),
                          on_source=lambda label, _o: progress.update(task, advance=1, current=Path(label).name[:40]))
    rows = api.quotes(db)
    _statement_table([(r.document_id, r.statement) for r in rows[:25]], title=f"who said what (first 25 of {len(rows)})")
    figs = api.figures(db)
    _figure_table([(r.document_id, r.figure) for r in figs[:25]], title=f"figures (first 25 of {len(figs)})")
    ents = api.entities(db)[:15]
    table = Table(title="entities (top 15)", expand=True)
    for col in ("name", "label", "aliases", "mentions"):
        table.add_column(col, overflow="fold")
    for e in ents:
        table.add_row(e.name, e.label, ", ".join(a for a in e.aliases if a != e.name), str(e.mentions))
    out.print(table)
    events = api.timeline(db)
    table = Table(title="timeline", expand=True)
    table.add_column("date")
    table.add_column("event", overflow="fold", ratio=4)
    for ev in events:
        e = ev.event
        table.add_row(e.date.isoformat() + (f" – {e.end.isoformat()}" if e.end and e.end != e.date else ""), e.text)
    out.print(table)
    from heuer.ach import api as ach_api
    from heuer.cli_ach import print_matrix

    print_matrix(ach_api.ach(result.case, db))
    dups = [o for o in result.report.outcomes if o.status == "near_duplicate"]
    err.print(f"{result.report.stored} documents stored ({len(dups)} near-duplicates) in {db}; "
              f"brief written to {result.markdown_path} and {result.html_path}",
              markup=False, highlight=False, soft_wrap=True)


from heuer import cli_ach  # noqa: E402,F401  (registers the ACH commands on app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
