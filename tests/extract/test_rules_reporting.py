"""Who reports what: pronouns inside reported words, organisation nouns, clause shapes of reporting.

Texts are short original news-style snippets; statements are compared with ``S`` and
speakers with ``Sp`` (see rules_support.py).
"""

from __future__ import annotations

import pytest
from rules_support import ANY, S, Sp, cases, run, speakers, statements

REPORTING = {
    "pronoun subject of reported words is the reporter": (
        "Lara Holm, the farm minister, visited Bergen on Monday. Holm told reporters she believed the subsidy "
        "would pass.",
        [S("indirect", "Lara Holm", "she believed the subsidy would pass", "told"),
         S("indirect", "Lara Holm", "the subsidy would pass", "believed")],
    ),
    "plural pronoun subject of reported words is the reporting group": (
        "Most residents of Tollin say they expect the bridge to reopen in May.",
        [S("indirect", "Most residents of Tollin", "they expect the bridge to reopen in May", "say"),
         S("indirect", "Most residents of Tollin", "the bridge to reopen in May", "expect")],
    ),
    "two reporting clauses joined by a semicolon": (
        "A majority of farmers say prices are too low; 20 percent of farmers say they will sell their land.",
        [S("indirect", "A majority of farmers", "prices are too low", "say"),
         S("indirect", "20 percent of farmers", "they will sell their land", "say")],
    ),
    "a person noting what others say: both statements": (
        "Dana Okafor noted that engineers say the dam is safe.",
        [S("indirect", "Dana Okafor", "engineers say the dam is safe", "noted"),
         S("indirect", "engineers", "the dam is safe", "say", via=("Dana Okafor",))],
    ),
    "parenthetical reporting clause inside the content": (
        "Prices, the minister said, would fall sharply next year.",
        [S("indirect", "minister", ANY, "said")],
    ),
    "'called on X to do Y': X and what X should do": (
        "The senator has called on the government to publish the report before the election.",
        [S("indirect", "senator", "the government to publish the report before the election", "called")],
    ),
    "'prompted X to state': X speaks": (
        "The flood prompted the regional council to state that the levee had failed in two places.",
        [S("indirect", "regional council", "the levee had failed in two places", "state")],
    ),
    "described speaker right after a closing quote": (
        "“We had never seen a crowd like this,” the former mayor told a rally that organisers estimated at "
        "2,000 people.",
        [S("direct", "former mayor", "We had never seen a crowd like this,", "told"), ANY],
    ),
    "a quoted fragment under a clause of someone else's words stays with the reporter": (
        "Former mayor Ian Holt said his daughter was ready to lead the city because “the people trust her.”",
        [S("indirect", "Ian Holt", "his daughter was ready to lead the city because “the people trust her.”",
           "said")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(REPORTING), ids=list(REPORTING))
def test_reporting(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


ORGANISATION_NOUNS = {
    "a campaign with a name of its own stays itself": (
        "Maria Lopez leads the race in Tollin. The Lopez campaign said turnout had doubled since March.",
        [Sp("Lopez campaign", "organization", "The Lopez campaign")],
    ),
    "'the newspaper' -> the outlet named before, not the last organisation": (
        "The Harbor Gazette interviewed engineers from Tallis Power. The newspaper said the plant would close "
        "in May.",
        [Sp("Harbor Gazette", "organization", "The newspaper")],
    ),
    "'the commission' with no commission named stays 'commission'": (
        "Engineers from Tallis Power met the inspectors on Friday. The commission said the plant would close "
        "in May.",
        [Sp("commission", "organization", "The commission")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(ORGANISATION_NOUNS), ids=list(ORGANISATION_NOUNS))
def test_organisation_nouns(text: str, expected: list[Sp]) -> None:
    assert speakers(run(text)) == expected


def test_report_noun_source_is_the_issuing_organisation() -> None:
    text = ("The Tollin Water Board published its annual review on Tuesday. The 40-page report found that "
            "1,200 households had been cut off during the drought.")
    ex = run(text)
    assert speakers(ex) == [Sp("Tollin Water Board", "organization", "The 40-page report")]
    assert [(f["value"], f["source"]) for f in ex.to_dict()["figures"] if f["unit"] == "households"] == [
        (1200, "Tollin Water Board")]
