"""Which clause reports what: subordinate and coordinated clauses, names inside quotes, days.

Texts are short original news-style snippets; statements are compared with ``S``
(see rules_support.py).
"""

from __future__ import annotations

import pytest
from rules_support import ANY, S, balanced, cases, run, statements

CLAUSES = {
    "a subordinate clause about a thing reports nothing": (
        "Later in the show, after the panel discussion ended, Marta Kell stated that the audit “was not good.”",
        [S("indirect", "Marta Kell", "the audit “was not good.”", "stated")],
    ),
    "a second clause with its own subject speaks for itself": (
        "At one point a voter asked for a photo and Dana Whitlow said, “as long as it is not against the rules.”",
        [S("direct", "Dana Whitlow", "as long as it is not against the rules.", "said")],
    ),
    "each 'and that' clause is a statement of its own": (
        "The defence minister, Halvard Rusk, said on Tuesday that troops had been sent north "
        "and that some of them were already at the border.",
        [S("indirect", "Halvard Rusk", "troops had been sent north", "said"),
         S("indirect", "Halvard Rusk", "some of them were already at the border", "said")],
    ),
    "', but that' splits too; 'and' inside one clause does not": (
        "Ines Marlow told the council the plan was fair and affordable, but that it had come too late.",
        [S("indirect", "Ines Marlow", "the plan was fair and affordable", "told"),
         S("indirect", "Ines Marlow", "it had come too late", "told")],
    ),
    "'as X noted' still attributes the clause it hangs from": (
        "As the mayor noted, the bridge has been closed since the spring floods.",
        [S("indirect", "mayor", "the bridge has been closed since the spring floods", ANY)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(CLAUSES), ids=list(CLAUSES))
def test_clause_roles(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


def test_a_name_inside_quoted_words_is_not_the_described_speaker() -> None:
    text = ("One of the report's authors, Ari Lindqvist, said the plan would test its findings. "
            "“Certainly Tom Becker has gone the other way from what we recommended,” said the former aide to "
            "the governor.")
    got = statements(run(text))
    assert [s.speaker for s in got] == ["Ari Lindqvist", "Ari Lindqvist"]


def test_fragment_in_straight_quotes_keeps_marks_balanced() -> None:
    got = statements(run('Mayor Ines Castillo said the council had shown "complete disregard for the residents."'))
    assert len(got) == 1
    assert got[0].kind == "indirect" and got[0].speaker == "Ines Castillo"
    assert got[0].content.count('"') % 2 == 0 and balanced(got[0].content), got[0].content


def test_a_day_is_no_speaker() -> None:
    text = ("Pia Marsh noted that Saturday would have been the founder's 90th birthday and quoted his motto: "
            "“Build slowly and build well.”")
    got = statements(run(text))
    assert {s.speaker for s in got} == {"Pia Marsh"}


def test_what_someone_knows_is_no_claim_of_theirs() -> None:
    ex = run("The president has been sharing what Kyiv knows about the units with Seoul.")
    assert statements(ex) == []
