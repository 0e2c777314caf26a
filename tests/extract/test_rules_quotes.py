"""Direct quotes: every quote style, long quotes, continuation, fragments and scare quotes.

One case per rule, with the exact statement records expected (kind, speaker,
content, cue, via, hedges). Cases the extractor gets wrong today are marked
``xfail(strict=True)`` with what is wrong, so they turn into failures once fixed.
"""

from __future__ import annotations

import re

import pytest
from rules_support import ANY, S, balanced, cases, run, statements, unquoted

QUOTE_STYLES = {
    "curly double quotes, inverted 'said X' with apposition": (
        "“The reservoir is lower than at any point in the last decade,” said Martin Keller, "
        "the regional water engineer.",
        [S("direct", "Martin Keller", "The reservoir is lower than at any point in the last decade,", "said")],
    ),
    "straight double quotes, 'X told reporters'": (
        '"We will not close the clinic before the winter," Health Minister Laura Bennett told reporters on Monday.',
        [S("direct", "Laura Bennett", "We will not close the clinic before the winter,", "told")],
    ),
    "straight single quotes after 'said:'": (
        "The harbour master, Grace Owens, said: 'The northern berth will stay shut until the inspection is finished.'",
        [S("direct", "Grace Owens", "The northern berth will stay shut until the inspection is finished.", "said")],
    ),
    "curly single quotes": (
        "‘The budget is a fair compromise for every district,’ council leader Maria Lopez wrote on her blog.",
        [S("direct", "Maria Lopez", "The budget is a fair compromise for every district,", "wrote")],
    ),
    "guillemets, inverted 'said X'": (
        "«The treaty gives both sides time to rebuild trust,» said Claire Dubois, the French negotiator.",
        [S("direct", "Claire Dubois", "The treaty gives both sides time to rebuild trust,", "said")],
    ),
    "guillemets, short name of a person named earlier": (
        "French negotiator Claire Dubois arrived in Brussels on Monday. "
        "«The treaty gives both sides time to rebuild trust,» Dubois said.",
        [S("direct", "Claire Dubois", "The treaty gives both sides time to rebuild trust,", "said")],
    ),
    "straight double quotes after 'X said:' holding two sentences": (
        'Maria Lopez said: "We are not selling the land. The park belongs to the people who use it every day."',
        [S("direct", "Maria Lopez",
           "We are not selling the land. The park belongs to the people who use it every day.", "said")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(QUOTE_STYLES), ids=list(QUOTE_STYLES))
def test_quote_styles(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


def test_multi_sentence_quote_is_one_statement() -> None:
    text = "“The ferry is old. It was built in 1979 and nobody makes the parts any more,” said captain Thomas Weber."
    assert statements(run(text)) == [
        S("direct", "Thomas Weber", "The ferry is old. It was built in 1979 and nobody makes the parts any more,",
          "said"),
    ]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


MULTI_PARAGRAPH_WORDS = (
    "Nobody here asked for a strike. We asked for a contract that pays for the hours we work. "
    "If management comes back to the table, we will be there by morning."
)


def _assert_whole_quote_attributed(text: str, speaker: str) -> None:
    """A quote over several paragraphs: every word of it attributed to ``speaker``, nothing else.

    Whether it comes out as one statement or one per paragraph is left open; together the
    statements must hold exactly the quoted words, in order.
    """
    got = statements(run(text))
    assert got, "no statement found"
    assert {s.speaker for s in got} == {speaker}
    assert {s.kind for s in got} == {"direct"}
    assert words(" ".join(s.content for s in got)) == words(MULTI_PARAGRAPH_WORDS)


def test_multi_paragraph_quote_cue_in_first_paragraph() -> None:
    text = (
        "“Nobody here asked for a strike,” union organiser Daniel Okoye said. "
        "“We asked for a contract that pays for the hours we work.\n\n"
        "“If management comes back to the table, we will be there by morning.”\n\n"
        "The depot stayed closed on Friday."
    )
    _assert_whole_quote_attributed(text, "Daniel Okoye")


def test_multi_paragraph_quote_introduced_by_said_colon() -> None:
    text = (
        "Union organiser Daniel Okoye said:\n\n"
        "“Nobody here asked for a strike. We asked for a contract that pays for the hours we work.\n\n"
        "“If management comes back to the table, we will be there by morning.”"
    )
    _assert_whole_quote_attributed(text, "Daniel Okoye")


def test_multi_paragraph_quote_cue_in_last_paragraph() -> None:
    text = (
        "Union organiser Daniel Okoye addressed the crowd outside the depot.\n\n"
        "“Nobody here asked for a strike. We asked for a contract that pays for the hours we work.\n\n"
        "“If management comes back to the table, we will be there by morning,” Okoye said."
    )
    _assert_whole_quote_attributed(text, "Daniel Okoye")


def test_quote_only_paragraph_continues_previous_speaker() -> None:
    text = (
        "“The figures do not add up,” said auditor Helen Marsh.\n\n"
        "“Three of the invoices were paid twice and one was never delivered.”\n\n"
        "The council has not responded."
    )
    assert statements(run(text)) == [
        S("direct", "Helen Marsh", "The figures do not add up,", "said"),
        S("direct", "Helen Marsh", "Three of the invoices were paid twice and one was never delivered.", ANY),
    ]


def test_quote_after_said_in_same_paragraph_continues_speaker() -> None:
    text = (
        "“We are not selling the land,” said Sarah Mitchell, the mayor. "
        "“The park belongs to the people who use it every day.”"
    )
    assert statements(run(text)) == [
        S("direct", "Sarah Mitchell", "We are not selling the land,", "said"),
        S("direct", "Sarah Mitchell", "The park belongs to the people who use it every day.", ANY),
    ]


def test_interrupted_quote_both_halves_to_the_speaker() -> None:
    text = (
        "Sarah Mitchell, the mayor, opened the park on Sunday. "
        "“We are not selling the land,” Mitchell said, “and we are not closing the park either.”"
    )
    assert statements(run(text)) == [
        S("direct", "Sarah Mitchell", "We are not selling the land,", "said"),
        S("direct", "Sarah Mitchell", "and we are not closing the park either.", ANY),
    ]


def test_pronoun_cues_in_a_run_of_quotes() -> None:
    text = (
        "Sarah Mitchell, the mayor, opened the park on Sunday. “We are not selling the land,” she said. "
        "“The park belongs to the people who use it every day,” she added."
    )
    assert statements(run(text)) == [
        S("direct", "Sarah Mitchell", "We are not selling the land,", "said"),
        S("direct", "Sarah Mitchell", "The park belongs to the people who use it every day,", "added"),
    ]


def test_quote_after_colon_with_non_speech_verb() -> None:
    text = "Its chief engineer, James Carter, put it bluntly: 'The dam was never designed for rain like this.'"
    assert statements(run(text)) == [
        S("direct", "James Carter", "The dam was never designed for rain like this.", ANY),
    ]


# -- quoted fragments -----------------------------------------------------------------------------

def _fragment_statement(text: str) -> S:
    got = statements(run(text))
    assert len(got) == 1, got
    return got[0]


def test_fragment_inside_reported_clause_gives_the_clause() -> None:
    st = _fragment_statement(
        "Tomasz Ekwueme, the commission’s secretary-general, said the walkout was “regrettable but not fatal” "
        "for the negotiations."
    )
    assert (st.kind, st.speaker, st.cue) == ("indirect", "Tomasz Ekwueme", "said")
    assert unquoted(st.content) == "the walkout was regrettable but not fatal for the negotiations"
    assert balanced(st.content), st.content


def test_fragment_ending_the_reported_clause_keeps_marks_balanced() -> None:
    st = _fragment_statement(
        "Tomasz Ekwueme, the commission’s secretary-general, said the walkout was “regrettable but not fatal”."
    )
    assert (st.kind, st.speaker, st.cue) == ("indirect", "Tomasz Ekwueme", "said")
    assert unquoted(st.content) == "the walkout was regrettable but not fatal"
    assert balanced(st.content), st.content


def test_long_fragment_inside_that_clause_gives_the_clause() -> None:
    st = _fragment_statement(
        "Council leader Maria Lopez wrote that the plan was ‘a fair compromise for every district in the city’."
    )
    assert (st.kind, st.speaker, st.cue) == ("indirect", "Maria Lopez", "wrote")
    assert unquoted(st.content) == "the plan was a fair compromise for every district in the city"


def test_called_x_a_quoted_word_keeps_marks_balanced() -> None:
    st = _fragment_statement("Critics called the scheme a “boondoggle” and demanded an inquiry.")
    assert (st.kind, st.speaker, st.cue) == ("indirect", "Critics", "called")
    assert unquoted(st.content) == "the scheme a boondoggle"
    assert balanced(st.content), st.content


NON_SPEECH_FRAGMENTS = {
    "'sees X as “...”'": (
        "Oliver Jia, a historian at Lund University, sees the deployment as “significant from a historical "
        "perspective”.",
        [S("direct", "Oliver Jia", "significant from a historical perspective", ANY)],
    ),
    "'described X as “...”'": (
        "Economist Anna Kowalski described the budget as “a recipe for a lost decade”.",
        [S("direct", "Anna Kowalski", "a recipe for a lost decade", ANY)],
    ),
    "'called X “...”'": (
        "Police chief David Chen called the attack “a cowardly act against ordinary families”.",
        [S("direct", "David Chen", "a cowardly act against ordinary families", "called")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(NON_SPEECH_FRAGMENTS), ids=list(NON_SPEECH_FRAGMENTS))
def test_fragment_governed_by_non_speech_verb_is_direct(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


# -- scare quotes are not statements --------------------------------------------------------------

SCARE_QUOTES = {
    "so-called “two words”": ("The so-called “peace plan” was rejected by both parties.", []),
    "possessive with a quoted label": ("The minister’s “reform agenda” has stalled in parliament.", []),
    "one quoted word inside reported speech": (
        "Residents say the “temporary” car park has been there for six years.",
        [S("indirect", "Residents", "the “temporary” car park has been there for six years", "say")],
    ),
    "straight-quoted nickname": ('The storm, nicknamed "the Beast", flattened two barns near the river.', []),
}


@pytest.mark.parametrize(("text", "expected"), cases(SCARE_QUOTES), ids=list(SCARE_QUOTES))
def test_scare_quotes_are_not_statements(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected
