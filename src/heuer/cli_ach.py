"""The ACH commands of ``heuer``: case, hypothesis, evidence, rate and ach (a thin shell over
:mod:`heuer.ach.api`). Registered on the main app by :mod:`heuer.cli`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from heuer.cli import DbOption, JsonOption, app, clean_errors, err, out, print_json
from heuer.errors import ConfigError

CaseArg = Annotated[str, typer.Argument(help="The case, by name or number.")]
AnalystOption = Annotated[str | None, typer.Option("--analyst", "-a", envvar="HEUER_ANALYST",
                                                   help="Whose ratings (default: $HEUER_ANALYST).")]

RATING_STYLE = {"CC": "bold white on dark_green", "C": "green", "N": "dim", "I": "dark_orange",
                "II": "bold white on red3", "NA": "grey50"}

case_app = typer.Typer(rich_markup_mode="markdown", no_args_is_help=True, help="""ACH cases: the question, its hypotheses, evidence and ratings.

**Examples**

    heuer case new varnia -q "Why would Varnia send troops?"
    heuer case show varnia
    heuer case export varnia varnia.json
""")
hypothesis_app = typer.Typer(rich_markup_mode="markdown", no_args_is_help=True, help="""Hypotheses of a case.

**Examples**

    heuer hypothesis add varnia "Varnia is paid in fuel and cash"
    heuer hypothesis duplicate varnia H1 H6
    heuer hypothesis overlap varnia H1 H2
""")
evidence_app = typer.Typer(rich_markup_mode="markdown", no_args_is_help=True, help="""Evidence items of a case.

**Examples**

    heuer evidence add varnia --claim 12
    heuer evidence set varnia E3 --relevance high
""")
app.add_typer(case_app, name="case")
app.add_typer(hypothesis_app, name="hypothesis")
app.add_typer(evidence_app, name="evidence")


def _say(text: str) -> None:
    err.print(text, markup=False, highlight=False, soft_wrap=True)


# -- case ---------------------------------------------------------------------------------------

@case_app.command("new")
@clean_errors
def case_new(
    name: Annotated[str, typer.Argument(help="A short name, e.g. varnia-motive.")],
    question: Annotated[str | None, typer.Option("--question", "-q", help="The question the case answers.")] = None,
    document: Annotated[list[str] | None, typer.Option("--document", "-d",
                                                       help="Limit the case to these documents (id prefixes).")] = None,
    db: DbOption = None,
) -> None:
    """Create a case.

    **Example**

        heuer case new varnia -q "Why would Varnia send troops to Kestrel?"
    """
    from heuer.ach import api

    created = api.new_case(name, db, question=question, documents=document or ())
    _say(f"case {created.id}: {created.name}")


@case_app.command("list")
@clean_errors
def case_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Every case with its number of hypotheses and evidence items."""
    from heuer.ach import api

    rows = api.cases(db)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} cases", expand=True)
    for column in ("id", "name", "question", "hypotheses", "evidence"):
        table.add_column(column, overflow="fold", justify="right" if column in ("id", "hypotheses", "evidence") else "left")
    for r in rows:
        table.add_row(str(r.id), r.name, r.question or "", str(r.hypotheses), str(r.evidence))
    out.print(table)


@case_app.command("show")
@clean_errors
def case_show(case: CaseArg, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Hypotheses, evidence (with the sentence each links to) and who has rated."""
    from heuer.ach import api

    found = api.case(case, db)
    if as_json:
        print_json(found.to_dict())
        return
    out.print(Text(f"{found.name}" + (f": {found.question}" if found.question else ""), style="bold"))
    table = Table(title="hypotheses", expand=True)
    table.add_column("label")
    table.add_column("hypothesis", overflow="fold", ratio=4)
    table.add_column("note", overflow="fold", ratio=2)
    labels = {h.id: h.label for h in found.hypotheses}
    for h in found.hypotheses:
        note = f"merged into {labels.get(h.merged_into)}" if h.merged_into else ""
        table.add_row(h.label, h.text, note)
    out.print(table)
    table = Table(title="evidence", expand=True)
    for column, ratio in (("label", 1), ("kind", 1), ("evidence", 4), ("source sentence", 4), ("relevance", 1)):
        table.add_column(column, overflow="fold", ratio=ratio)
    for e in found.evidence:
        where = ""
        if e.link:
            where = f"{e.link.sentence} [{e.link.outlet or e.link.document_id[:12]}" + \
                    (f", {e.link.published.isoformat()}]" if e.link.published else "]")
        table.add_row(e.label, e.kind, e.text, where, e.relevance)
    out.print(table)
    _say(f"analysts: {', '.join(found.analysts) or 'none yet'}")


@case_app.command("export")
@clean_errors
def case_export(case: CaseArg, path: Annotated[Path, typer.Argument(help="JSON file to write.")],
                db: DbOption = None) -> None:
    """Write the whole case (hypotheses, evidence, every analyst's ratings) as JSON."""
    from heuer.ach import api

    _say(f"wrote {api.export_case(case, path, db)}")


@case_app.command("import")
@clean_errors
def case_import(path: Annotated[Path, typer.Argument(help="A JSON file written by 'heuer case export'.")],
                name: Annotated[str | None, typer.Option("--name", help="Name of the new case.")] = None,
                db: DbOption = None) -> None:
    """Create a case from a JSON export (links to sentences not in this store become free text)."""
    from heuer.ach import api

    created = api.import_case(path, db, name=name)
    _say(f"case {created.id}: {created.name} ({len(created.hypotheses)} hypotheses, {len(created.evidence)} evidence)")


@case_app.command("delete")
@clean_errors
def case_delete(case: CaseArg, db: DbOption = None) -> None:
    """Delete a case with its hypotheses, evidence and ratings (documents and claims stay)."""
    from heuer.ach import api

    api.delete_case(case, db)
    _say(f"deleted case {case}")


# -- hypotheses ---------------------------------------------------------------------------------

@hypothesis_app.command("add")
@clean_errors
def hypothesis_add(
    case: CaseArg,
    text: Annotated[str, typer.Argument(help="The hypothesis, as a statement that could be false.")],
    label: Annotated[str | None, typer.Option("--label", help="Label (default H1, H2 ...).")] = None,
    prior: Annotated[float | None, typer.Option("--prior", help="Prior probability for the Bayesian score.")] = None,
    db: DbOption = None,
) -> None:
    """Add a hypothesis.

    **Example**

        heuer hypothesis add varnia "Varnia sends troops in exchange for military technology"
    """
    from heuer.ach import api

    _say(api.add_hypothesis(case, text, db, label=label, prior=prior))


@hypothesis_app.command("duplicate")
@clean_errors
def hypothesis_duplicate(case: CaseArg, keep: Annotated[str, typer.Argument(help="The hypothesis to keep.")],
                         merge: Annotated[str, typer.Argument(help="Its duplicate, merged into it.")],
                         db: DbOption = None) -> None:
    """Merge a duplicate hypothesis into another, keeping its ratings where the other has none."""
    from heuer.ach import api

    api.relate_hypotheses(case, keep, merge, "duplicate", db)
    _say(f"{merge} merged into {keep}")


@hypothesis_app.command("overlap")
@clean_errors
def hypothesis_overlap(case: CaseArg, first: Annotated[str, typer.Argument()],
                       second: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Mark two hypotheses as not mutually exclusive (both may be true)."""
    from heuer.ach import api

    api.relate_hypotheses(case, first, second, "not_exclusive", db)
    _say(f"{first} and {second} marked as not mutually exclusive")


@hypothesis_app.command("unmerge")
@clean_errors
def hypothesis_unmerge(case: CaseArg, hypothesis: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Show a merged duplicate again as its own hypothesis."""
    from heuer.ach import api

    api.unmerge_hypothesis(case, hypothesis, db)
    _say(f"{hypothesis} is its own hypothesis again")


# -- evidence -----------------------------------------------------------------------------------

@evidence_app.command("add")
@clean_errors
def evidence_add(
    case: CaseArg,
    claim: Annotated[int | None, typer.Option("--claim", help="A ledger claim id (see 'heuer claims').")] = None,
    statement: Annotated[int | None, typer.Option("--statement", help="A stored statement id.")] = None,
    figure: Annotated[int | None, typer.Option("--figure", help="A stored figure id.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Free text: an assumption or an absence of evidence.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="assumption or absence (with --text).")] = None,
    relevance: Annotated[str, typer.Option("--relevance", help="low, medium or high.")] = "medium",
    credibility: Annotated[int | None, typer.Option("--credibility", help="Override the ledger's 1-6.")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: DbOption = None,
) -> None:
    """Add an evidence item from a claim, a statement or a figure, or as free text.

    **Examples**

        heuer evidence add varnia --claim 12
        heuer evidence add varnia --text "No Varnian casualties reported in three months" --kind absence
    """
    from heuer.ach import api

    label = api.add_evidence(case, db, claim=claim, statement=statement, figure=figure, text=text, kind=kind,
                             relevance=relevance, credibility=credibility, note=note)
    _say(label)


@evidence_app.command("set")
@clean_errors
def evidence_set(
    case: CaseArg,
    evidence: Annotated[str, typer.Argument(help="E1, E2 ...")],
    relevance: Annotated[str | None, typer.Option("--relevance", help="low, medium or high.")] = None,
    credibility: Annotated[str | None, typer.Option("--credibility",
                                                    help="1-6, or 'ledger' to use the ledger's grade again.")] = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: DbOption = None,
) -> None:
    """Change an item's relevance, credibility override or note."""
    from heuer.ach import api

    value: int | None | str = "keep"
    if credibility is not None:
        if credibility == "ledger":
            value = None
        elif credibility.isdigit():
            value = int(credibility)
        else:
            raise ConfigError(f"credibility {credibility!r} is not 1-6 or 'ledger'")
    api.update_evidence(case, evidence, db, relevance=relevance, credibility=value, note=note)
    _say(f"updated {evidence}")


@evidence_app.command("remove")
@clean_errors
def evidence_remove(case: CaseArg, evidence: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Remove an evidence item and its ratings."""
    from heuer.ach import api

    api.remove_evidence(case, evidence, db)
    _say(f"removed {evidence}")


# -- ratings ------------------------------------------------------------------------------------

@app.command()
@clean_errors
def rate(
    case: CaseArg,
    evidence: Annotated[str, typer.Argument(help="E1, E2 ...")],
    ratings: Annotated[list[str], typer.Argument(help="H1=C H2=II ... ('*=N' rates every hypothesis).")],
    analyst: AnalystOption = None,
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: DbOption = None,
) -> None:
    """Rate one evidence item against hypotheses: CC, C, N, I, II or NA.

    **Example**

        heuer rate varnia E3 H1=C H2=II H3=N --analyst dana
    """
    from heuer.ach import api

    if not analyst:
        raise ConfigError("say who rates: --analyst NAME (or set HEUER_ANALYST)")
    pairs: dict[str, str] = {}
    for item in ratings:
        hypothesis, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"{item!r}: write HYPOTHESIS=RATING, e.g. H1=C")
        pairs[hypothesis.strip()] = value.strip()
    saved = api.rate(case, evidence, pairs, analyst, db, note=note)
    _say(f"{evidence}: " + ", ".join(f"{h}={r}" for h, r in saved.items()))


# -- the matrix ---------------------------------------------------------------------------------

MODES = ("matrix", "sensitivity", "suggest")


@app.command()
@clean_errors
def ach(
    words: Annotated[list[str], typer.Argument(help="[sensitivity|suggest] CASE", metavar="[MODE] CASE")],
    analyst: AnalystOption = None,
    team: Annotated[bool, typer.Option("--team", help="The consensus of every analyst (default without --analyst).")] = False,
    accept: Annotated[bool, typer.Option("--accept", help="suggest: save the suggestions as your ratings.")] = False,
    suggester: Annotated[str | None, typer.Option("--suggester",
                                                  help="suggest: similarity (default), hashing, or nli:PATH.")] = None,
    csv_path: Annotated[Path | None, typer.Option("--csv", help="Also write the matrix as CSV.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The ACH matrix with scores and diagnosticity; `sensitivity` shows what could change the
    leading hypothesis; `suggest` proposes ratings for your unrated cells.

    **Examples**

        heuer ach varnia --analyst dana
        heuer ach varnia --team
        heuer ach sensitivity varnia
        heuer ach suggest varnia --analyst dana --accept
    """
    from heuer.ach import api

    mode = words[0] if len(words) == 2 and words[0] in MODES else "matrix"
    if len(words) not in (1, 2) or (len(words) == 2 and words[0] not in MODES):
        raise ConfigError(f"write 'heuer ach [{'|'.join(MODES)}] CASE'")
    case = words[-1]
    viewer = None if team else analyst
    if mode == "suggest":
        if accept and not analyst:
            raise ConfigError("say who accepts the suggestions: --analyst NAME")
        found = (api.accept_suggestions(case, analyst, db, suggester=suggester) if accept and analyst
                 else api.suggest(case, db, analyst=analyst, suggester=suggester))
        _print_suggestions(found, as_json, accepted=accept)
        return
    if mode == "sensitivity":
        report = api.sensitivity(case, db, analyst=viewer)
        if as_json:
            print_json(report.to_dict())
            return
        _print_sensitivity(report)
        return
    analysis = api.ach(case, db, analyst=viewer)
    if csv_path is not None:
        api.export_matrix_csv(case, csv_path, db, analyst=viewer)
        _say(f"wrote {csv_path}")
    if as_json:
        print_json(analysis.to_dict())
        return
    print_matrix(analysis)


def _rating_cell(rating: str | None) -> Text:
    if rating is None:
        return Text("·", style="grey39", justify="center")
    return Text(rating, style=RATING_STYLE[rating], justify="center")


def print_matrix(analysis) -> None:  # noqa: ANN001
    """The matrix as a coloured table, the scores, why weights differ and the disagreements."""
    from heuer.ach.scales import BAYES_ASSUMPTIONS

    ranked = analysis.ranked
    if not ranked:
        _say(f"case {analysis.case.name} has no hypotheses yet: add them with 'heuer hypothesis add'")
        return
    who = "team consensus" if analysis.view == "team" else f"ratings of {analysis.view}"
    table = Table(title=f"{analysis.case.name}: {who}", expand=True, show_footer=True)
    table.add_column("evidence", overflow="fold", ratio=5, footer="inconsistency / weighted / posterior / rank")
    table.add_column("weight", justify="right", footer="")
    for h in ranked:
        footer = f"{h.inconsistency}\n{h.weighted:.2f}\n{h.posterior:.0%}\n#{h.rank}"
        table.add_column(f"{h.hypothesis.label}", justify="center", footer=footer)
    for row in analysis.evidence:
        weight = row.item.weight
        label = Text(f"{row.item.label} ", style="bold")
        label.append(row.item.text, style="" if row.diagnostic else "dim")
        if not row.diagnostic:
            label.append("  (non-diagnostic)", style="italic grey50")
        lowered = weight is not None and weight.total < weight.credibility * weight.relevance - 1e-9
        weight_text = Text(f"{weight.total:.2f}" if weight else "", style="yellow" if lowered else "")
        table.add_row(label, weight_text, *[_rating_cell(row.ratings.get(h.hypothesis.label)) for h in ranked])
    out.print(table)
    for h in ranked:
        relations = f" [{'; '.join(h.relations)}]" if h.relations else ""
        odds = " (own odds)" if h.own_odds else ""
        out.print(f"#{h.rank} {h.hypothesis.label}: {h.hypothesis.text} — {h.inconsistency} inconsistent, "
                  f"weighted {h.weighted:.2f}, posterior {h.posterior:.0%}{odds}, {h.likelihood}{relations}")
    lowered_rows = [r for r in analysis.evidence if r.item.weight and len(r.item.weight.reasons) > 1]
    if lowered_rows:
        out.print(Text("why weights differ", style="bold"))
        for r in lowered_rows:
            out.print(f"  {r.item.label}: " + "; ".join(r.item.weight.reasons))
    if analysis.view != "team" and not analysis.complete:
        _say("blind rating: the others' ratings and the consensus show once you have rated every cell")
    for d in analysis.disagreements[:5]:
        flag = " (could change the leader)" if d.changes_leader else ""
        out.print(f"disagreement {d.evidence} x {d.hypothesis}: "
                  + ", ".join(f"{a}={r}" for a, r in d.ratings.items()) + f"; margin {d.margin_change:+.2f}{flag}")
    out.print(Text("Bayesian posterior assumes: " + " ".join(BAYES_ASSUMPTIONS), style="dim"))


def _print_sensitivity(report) -> None:  # noqa: ANN001
    if not report.leader:
        _say("the case has no hypotheses yet: add them with 'heuer hypothesis add'")
        return
    if not report.items:
        _say(f"{report.leader} leads with no evidence yet: add items with 'heuer evidence add' and rate them")
        return
    out.print(Text(f"leader {report.leader}: margin {report.margin:.2f}, posterior {report.posterior:.0%}", style="bold"))
    if len(report.tied) > 1:
        out.print(f"{', '.join(report.tied)} share the lead: any item that hurts {report.leader} alone changes it")
    if report.overturning_set:
        out.print(f"removing {', '.join(report.overturning_set)} hands the lead to {report.overturned_by}")
    else:
        out.print("no set of evidence items, removed, hands the lead to another hypothesis")
    if report.critical:
        table = Table(title="items that could change the leader", expand=True)
        for column in ("evidence", "removed", "discredited", "re-rated one step against the leader"):
            table.add_column(column)
        for item in report.critical:
            table.add_row(item.evidence, *[f"{who} leads ({change:+.2f})" for who, change in
                                          (item.removed, item.discredited, item.rerated)])
        out.print(table)
    else:
        out.print("no single item, removed, discredited or re-rated, changes the leader")
    if not report.sources:
        out.print("no evidence item traces to a ledger origin, so there is no source to test")
        return
    table = Table(title="whole sources: what if one deceives us", expand=True)
    for column in ("origin", "evidence", "dropped", "inverted"):
        table.add_column(column, overflow="fold")
    for s in report.sources:
        table.add_row(s.origin, ", ".join(s.evidence),
                      f"{s.dropped[0]} leads (margin {s.dropped[1]:+.2f})",
                      f"{s.inverted[0]} leads (margin {s.inverted[1]:+.2f})")
    out.print(table)


def _print_suggestions(found, as_json: bool, accepted: bool) -> None:  # noqa: ANN001
    if as_json:
        print_json(found)
        return
    table = Table(title=f"{len(found)} suggestions" + (" (accepted)" if accepted else " (not saved)"), expand=True)
    for column in ("evidence", "hypothesis", "rating", "reason"):
        table.add_column(column, overflow="fold", ratio=4 if column == "reason" else 1)
    for s in found:
        table.add_row(s.evidence, s.hypothesis, _rating_cell(s.rating), s.reason)
    out.print(table)
