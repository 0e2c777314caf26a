"""Speaker resolution and colon attributions.

Speakers are resolved to the fullest name the document gives; the words the text
used stay in ``speaker.mention``. Each case pins the statements' speakers as
``Sp(name, type, mention)``. Cases the extractor gets wrong today are
``xfail(strict=True)`` with what is wrong.
"""

from __future__ import annotations

import pytest
from rules_support import ANY, S, Sp, cases, run, speakers, statements

RESOLUTION = {
    "'she' -> the person of the sentence before": (
        "Laura Bennett met the Chinese ambassador in Lagos. She said the meeting had been productive.",
        [Sp("Laura Bennett", "person", "She")],
    ),
    "'he' -> the subject, not the object, of the sentence before": (
        "Daniel Okoye met Laura Bennett in Lagos on Monday. He said the two had agreed to share intelligence.",
        [Sp("Daniel Okoye", "person", "He")],
    ),
    "'they' -> the organisation named before": (
        "The Fishermen’s Union met on Tuesday. They said the new quotas would ruin small boats.",
        [Sp("Fishermen’s Union", "organization", "They")],
    ),
    "'they' -> a group described by a noun phrase, not the place inside it": (
        "Dockworkers in Rotterdam walked out on Monday. They said the new shift rota was unsafe.",
        [Sp("Dockworkers in Rotterdam", "group", "They")],
    ),
    "'they' -> the organisation, when its officials are the subject": (
        "Officials at the Harbour Authority met on Monday. They said the new shift rota was safe.",
        [Sp("Harbour Authority", "organization", "They")],
    ),
    "relative 'who' -> its antecedent": (
        "Police questioned Thomas Weber, who said he had seen the van leave before midnight.",
        [Sp("Thomas Weber", "person", "who")],
    ),
    "surname -> full name": (
        "Oliver Jia, a researcher at the Seoul Policy Institute, has studied the region for years. "
        "Jia said the deal was pragmatic.",
        [Sp("Oliver Jia", "person", "Jia")],
    ),
    "Dr. + surname -> full name": (
        "Dr. Anna Kowalski led the study. Dr. Kowalski said the vaccine cut hospital admissions sharply.",
        [Sp("Anna Kowalski", "person", "Dr. Kowalski")],
    ),
    "Mr. + surname -> full name": (
        "Mr. Martin Keller chairs the board. Mr. Keller said the merger would be completed by the summer.",
        [Sp("Martin Keller", "person", "Mr. Keller")],
    ),
    "Ms. + surname -> full name": (
        "Ms. Grace Owens runs the shelter. Ms. Owens said demand for beds had doubled since the winter.",
        [Sp("Grace Owens", "person", "Ms. Owens")],
    ),
    "title before a name the tagger missed is dropped": pytest.param(
        "Mayor Ines Castillo said the park would stay open.",
        [Sp("Ines Castillo", "person", "Mayor Ines Castillo")],
    ),
    "capitalised role noun before a name is dropped": pytest.param(
        "Historian Oliver Jia said the deployment was significant.",
        [Sp("Oliver Jia", "person", "Historian Oliver Jia")],
    ),
    "organisation-word role prefix: still a person": pytest.param(
        "Commission chair Tomasz Ekwueme said the talks would go on.",
        [Sp("Tomasz Ekwueme", "person", "Commission chair Tomasz Ekwueme")],
    ),
    "role noun from an apposition -> the person": (
        "Sofia Marin, a researcher at Tallis University, studies coral. The researcher said the reef was recovering.",
        [Sp("Sofia Marin", "person", "The researcher")],
    ),
    "role noun from a copula ('X is the mayor') -> the person": (
        "Maria Lopez is the mayor of Tollin. The mayor said the bridge would reopen in the spring.",
        [Sp("Maria Lopez", "person", "The mayor")],
    ),
    "'the N-year-old' -> the person of that age": (
        "Laura Bennett, 47, runs a bakery in the old town. The 47-year-old said rents had tripled.",
        [Sp("Laura Bennett", "person", "The 47-year-old")],
    ),
    "'the N-year-old' after a quote -> the person just named": (
        "Across the road, owner Tariq Mensah says trade has halved. “We used to feed the night shift,” "
        "the 58-year-old said.",
        [Sp("Tariq Mensah", "person", ANY), Sp("Tariq Mensah", "person", "the 58-year-old")],
    ),
    "'the N-year-old' -> the person of that age, not the one named last": (
        "Laura Bennett, 47, runs a bakery. Her landlord, Pavel Novak, lives abroad. "
        "The 47-year-old said rents had tripled.",
        [Sp("Laura Bennett", "person", "The 47-year-old")],
    ),
    "'the ministry' -> the ministry named before": (
        "The Ministry of Health issued new guidance on Friday. The ministry said hospitals should postpone "
        "routine surgery.",
        [Sp("Ministry of Health", "organization", "The ministry")],
    ),
    "'the company' -> the organisation named before": (
        "Northwind Energy reported record profits. The company said it would invest the money in offshore "
        "wind farms.",
        [Sp("Northwind Energy", "organization", "The company")],
    ),
    "'the ministry' with no ministry named stays 'ministry'": pytest.param(
        "Navy vessels carried 1,500 soldiers to the port last week, the ministry said.",
        [Sp("ministry", "organization", "the ministry")],
    ),
    "apposition name after a role noun": (
        "The commission’s secretary-general, Tomasz Ekwueme, said the talks would go on.",
        [Sp("Tomasz Ekwueme", "person", ANY)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(RESOLUTION), ids=list(RESOLUTION))
def test_speaker_resolution(text: str, expected: list[Sp]) -> None:
    assert speakers(run(text)) == expected


def test_cataphora_unnamed_official_then_named() -> None:
    text = (
        "A senior official said on Monday that the talks would resume next week. "
        "Dana Okafor, the deputy foreign minister, told reporters the delegations had agreed on an agenda."
    )
    assert statements(run(text)) == [
        S("indirect", "Dana Okafor", "the talks would resume next week", "said"),
        S("indirect", "Dana Okafor", "the delegations had agreed on an agenda", "told"),
    ]


def test_cataphora_role_noun_then_named() -> None:
    text = (
        "“The investigation is over,” the prosecutor said. "
        "The prosecutor, Rachel Green, added that no charges would be filed."
    )
    assert statements(run(text)) == [
        S("direct", "Rachel Green", "The investigation is over,", "said"),
        S("indirect", "Rachel Green", "no charges would be filed", "added"),
    ]


# -- colon attributions ----------------------------------------------------------------------------

def test_headline_name_colon_claim() -> None:
    text = (
        "Varga: the new border fence will be finished by spring\n\n"
        "Prime Minister Ilona Varga said on Monday that workers had already completed half of the fence."
    )
    assert statements(run(text)) == [
        S("indirect", "Ilona Varga", "the new border fence will be finished by spring", "Varga:"),
        S("indirect", "Ilona Varga", "workers had already completed half of the fence", "said"),
    ]


def test_headline_surname_colon_resolved_to_full_name() -> None:
    text = (
        "Lopez: the old bridge will reopen before the harvest\n\n"
        "Mayor Maria Lopez said on Monday that the repairs were ahead of schedule."
    )
    assert statements(run(text)) == [
        S("indirect", "Maria Lopez", "the old bridge will reopen before the harvest", "Lopez:"),
        S("indirect", "Maria Lopez", "the repairs were ahead of schedule", "said"),
    ]


def test_headline_role_and_name_colon_claim() -> None:
    text = (
        "Environment minister Kofi Asante: plastic bags will be banned by 2028\n\n"
        "The ban would cover bags, cutlery and straws."
    )
    assert statements(run(text)) == [
        S("indirect", "Kofi Asante", "plastic bags will be banned by 2028", ANY),
    ]


def test_headline_with_lower_case_words_that_are_no_role_is_no_claim() -> None:
    text = "Trade talks resume: what we know so far\n\nNegotiators met in Geneva on Monday."
    assert statements(run(text)) == []


def test_headline_label_for_a_topic_or_a_question_is_no_claim() -> None:
    # a programme's name or a genre label before a colon introduces a topic, not someone's words
    text = ("Night Desk: six months of the new ferry timetable\n\nThe ferry now leaves at dawn.\n\n"
            "Verdict: False. The ferry is slower than it was.")
    assert statements(run(text)) == []
    assert statements(run("Analysis: Will the harbour tax survive the winter?\n\nThe vote is on Monday.")) == []


def test_body_name_colon_quote() -> None:
    text = (
        "Coastal towns brace for the storm\n\n"
        "Maria Lopez: “We have sandbags for every house on the seafront.”\n\n"
        "The storm is expected on Thursday."
    )
    assert statements(run(text)) == [
        S("direct", "Maria Lopez", "We have sandbags for every house on the seafront.", "Maria Lopez:"),
    ]


TRANSCRIPT = (
    "Harbour chief defends dredging plan\n\n"
    "TANAKA: Why dredge the channel now, after so many delays?\n"
    "OKAFOR: The ships are getting bigger every year and the channel is silting up.\n"
    "TANAKA: The plan has been delayed for years. And who pays for the work?\n"
    "OKAFOR: Most of the money comes from the port operators."
)


def test_transcript_interviewer_named_in_byline_is_excluded() -> None:
    assert statements(run(TRANSCRIPT, byline="Nell Tanaka")) == [
        S("direct", "Okafor", "The ships are getting bigger every year and the channel is silting up.", "OKAFOR:"),
        S("direct", "Okafor", "Most of the money comes from the port operators.", "OKAFOR:"),
    ]


def test_transcript_without_byline_keeps_both_voices_but_not_a_bare_question() -> None:
    got = statements(run(TRANSCRIPT))
    assert [(s.kind, s.speaker, s.cue) for s in got] == [
        ("direct", "Okafor", "OKAFOR:"), ("direct", "Tanaka", "TANAKA:"), ("direct", "Okafor", "OKAFOR:"),
    ]
    assert got[1].content == "The plan has been delayed for years. And who pays for the work?"


def test_transcript_speaker_resolved_to_full_name() -> None:
    text = (
        "Harbour chief defends dredging plan\n\n"
        "Port director Ada Okafor spoke to us in her office.\n\n"
        "TANAKA: Why dredge the channel now?\n"
        "OKAFOR: The ships are getting bigger every year and the channel is silting up."
    )
    assert statements(run(text, byline="Nell Tanaka")) == [
        S("direct", "Ada Okafor", "The ships are getting bigger every year and the channel is silting up.",
          "OKAFOR:"),
    ]


LABEL_LINES = {
    "photo caption": "Photo: Firefighters outside the depot on Monday evening.\n\nThe fire was put out within an hour.",
    "note and update lines": (
        "Storm closes port\n\nNote: This article was updated with new figures on Tuesday.\n\n"
        "Update: The coastal road has reopened to traffic."
    ),
}


@pytest.mark.parametrize("text", cases(LABEL_LINES), ids=list(LABEL_LINES))
def test_label_colon_lines_are_not_speakers(text: str) -> None:
    assert statements(run(text)) == []
