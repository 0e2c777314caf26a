"""Reported (indirect) speech: one case per attribution form, and what is not a statement.

Expected records are exact: kind, speaker (fullest name), content, cue, via, hedges.
Cases the extractor gets wrong today are ``xfail(strict=True)`` with what is wrong.
"""

from __future__ import annotations

import pytest
from rules_support import ANY, S, cases, run, statements

INDIRECT_FORMS = {
    "X said that": (
        "Transport Secretary Laura Bennett said that the new rail line would open in 2027.",
        [S("indirect", "Laura Bennett", "the new rail line would open in 2027", "said")],
    ),
    "X said, no 'that'": (
        "Nobody was hurt in the fire, police said.",
        [S("indirect", "police", "Nobody was hurt in the fire", "said")],
    ),
    "trailing 'according to X'": (
        "The tunnel will cost more than planned, according to Greyfield Engineering.",
        [S("indirect", "Greyfield Engineering", "The tunnel will cost more than planned", "according to")],
    ),
    "leading 'according to X'": (
        "According to the Baltic Freight Association, dozens of ships were delayed by the storm.",
        [S("indirect", "Baltic Freight Association", "dozens of ships were delayed by the storm", "According to")],
    ),
    "X claims": (
        "Elena Ruiz, the opposition leader, claims the election commission ignored hundreds of complaints.",
        [S("indirect", "Elena Ruiz", "the election commission ignored hundreds of complaints", "claims")],
    ),
    "X was quoted as saying": (
        "The defence minister, Martin Keller, was quoted as saying the border patrols would be doubled.",
        [S("indirect", "Martin Keller", "the border patrols would be doubled", "quoted as saying")],
    ),
    "was reported as ... by X": (
        "Two warships were reported as sailing through the strait by Japanese defence officials.",
        [S("indirect", "Japanese defence officials", "sailing through the strait", "reported")],
    ),
    "X went on to speculate": (
        "Economist David Chen went on to speculate that the central bank could raise rates again in the spring.",
        [S("indirect", "David Chen", "the central bank could raise rates again in the spring", "speculate",
           hedges=("could",))],
    ),
    "X told reporters (not an intermediary)": (
        "Grace Owens told reporters the ferry service would resume on Friday.",
        [S("indirect", "Grace Owens", "the ferry service would resume on Friday", "told")],
    ),
    "X told an outlet: the outlet is the via": (
        "Health minister Sara Lind told the BBC that waiting lists had fallen for the first time in a decade.",
        [S("indirect", "Sara Lind", "waiting lists had fallen for the first time in a decade", "told",
           via=("BBC",))],
    ),
    "Y, citing X, reported: Y is the speaker": (
        "The Coastal Herald, citing port officials, reported that two tankers had collided near the breakwater.",
        [S("indirect", "Coastal Herald", "two tankers had collided near the breakwater", "reported")],
    ),
    "Y reported, quoting X: X is the speaker, Y the via": (
        "Radio Meridian reported, quoting a police spokesman, that the suspect had been arrested at the airport.",
        [S("indirect", "a police spokesman", "the suspect had been arrested at the airport", ANY,
           via=("Radio Meridian",))],
    ),
    "what X claims is <noun phrase>": (
        "What the ministry claims is a clear breach of the ceasefire terms.",
        [S("indirect", "ministry", "a clear breach of the ceasefire terms", "claims")],
    ),
    "what X claims is that <clause>": pytest.param(
        "What the union claims is that the company broke its own safety rules.",
        [S("indirect", "union", "the company broke its own safety rules", "claims")],
    ),
    "<content>, the official added (role noun resolved)": (
        "Transport official Peter Novak presented the plan on Monday. "
        "Ticket prices will rise by ten percent next spring, the official added.",
        [S("indirect", "Peter Novak", "Ticket prices will rise by ten percent next spring", "added")],
    ),
    "inverted 'said X' after reported words": (
        "The water is safe to drink, said Helen Marsh, a chemist at the city laboratory.",
        [S("indirect", "Helen Marsh", "The water is safe to drink", "said")],
    ),
    "X denied that": (
        "Laura Bennett denied that she had known about the payments.",
        [S("indirect", "Laura Bennett", "she had known about the payments", "denied")],
    ),
    "X warned of <noun phrase>": (
        "Engineers warned of further landslides along the coastal road.",
        [S("indirect", "Engineers", "further landslides along the coastal road", "warned")],
    ),
    "two speakers in one sentence": (
        "Laura Bennett said the meeting had been useful, but Daniel Okoye said nothing had been agreed.",
        [S("indirect", "Laura Bennett", "the meeting had been useful", "said"),
         S("indirect", "Daniel Okoye", "nothing had been agreed", "said")],
    ),
    "belief verb: X fear": (
        "Officials fear the dam could burst if the rain continues.",
        [S("indirect", "Officials", "the dam could burst if the rain continues", "fear", hedges=("could",))],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(INDIRECT_FORMS), ids=list(INDIRECT_FORMS))
def test_indirect_forms(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


# -- not statements, or not the asker's ------------------------------------------------------------

NOT_STATEMENTS = {
    "X declined to comment": "The company declined to comment.",
    "X declined to comment on a topic": "Harbour authority spokesman Tom Reyes declined to comment on the collision.",
    "X declined to comment when contacted": "A spokesperson for the airline declined to comment when contacted by phone.",
    "X did not respond to a request for comment": "The ministry did not respond to a request for comment.",
    "X was asked about": "The minister was asked about the payments on Tuesday.",
}


@pytest.mark.parametrize("text", cases(NOT_STATEMENTS), ids=list(NOT_STATEMENTS))
def test_not_statements(text: str) -> None:
    assert statements(run(text)) == []


def test_declined_to_comment_but_said() -> None:
    text = "Harbour authority spokesman Tom Reyes declined to comment on the collision but said an inquiry had begun."
    assert statements(run(text)) == [S("indirect", "Tom Reyes", "an inquiry had begun", "said")]


ASKED = {
    "Asked whether ..., X said": (
        "Asked whether the plant would close, Grace Owens said the company had no such plans.",
        [S("indirect", "Grace Owens", "the company had no such plans", "said")],
    ),
    "Asked about ..., X said": (
        "Asked about the delays, Thomas Weber said the laboratory was short of staff.",
        [S("indirect", "Thomas Weber", "the laboratory was short of staff", "said")],
    ),
    "Asked if ..., role noun said": (
        "Asked if the plant would close, a company spokesperson said no decision had been made.",
        [S("indirect", "a company spokesperson", "no decision had been made", "said")],
    ),
    "When asked ..., X said": (
        "When asked about the delays, Thomas Weber said the laboratory was short of staff.",
        [S("indirect", "Thomas Weber", "the laboratory was short of staff", "said")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(ASKED), ids=list(ASKED))
def test_asked_question_is_attributed_to_the_answerer(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


# -- contract: span and sentence point into the text -------------------------------------------------

SPAN_TEXTS = [
    *(v.values[0] if hasattr(v, "marks") else v[0] for v in INDIRECT_FORMS.values()),
    "“The figures do not add up,” said auditor Helen Marsh.\n\n"
    "“Three of the invoices were paid twice and one was never delivered.”",
    "Tomasz Ekwueme, the commission’s secretary-general, said the walkout was “regrettable but not fatal” for the "
    "negotiations.",
    "Varga: the new border fence will be finished by spring\n\n"
    "Prime Minister Ilona Varga said on Monday that workers had already completed half of the fence.",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_span_and_sentence_point_into_the_text(text: str) -> None:
    for st in run(text).to_dict()["statements"]:
        start, end = st["span"]
        assert " ".join(text[start:end].split()) == st["content"]
        at = text.find(st["sentence"])
        assert at >= 0, st["sentence"]
        assert at <= start and end <= at + len(st["sentence"]), (st["sentence"], st["span"])
