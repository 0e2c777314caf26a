"""Who runs a thing ("its operator said", "X, which runs ..."), which body "the company" is, countries known by
the adjective in a body's name, a pollster named with its client, and contrasts inside a finding.

Each case is an original snippet, except the ones that use a real development article where only the article's
context makes the tagger or parser go wrong.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    article_labels,
    entity,
    figure_sources,
    run,
    speakers_by_content,
)

_RESORT = (
    "Brannock, the busiest climbing park in Varth, will shut its lower walls for good, its operator said in a press "
    "release on Monday.\n\n"
    "Felsgrat Holds, which runs the park's 14 walls, said it would take down four of them over the summer. The "
    "Brannock Climbing School will move its classes to the upper walls, its head said.\n\n"
    "The release says the lower walls were open on only 31 days last year."
)


def test_its_operator_is_the_body_said_to_run_the_thing() -> None:
    ex = run(_RESORT)
    by_content = speakers_by_content(ex)
    # not the school that bears the park's name: the body the next paragraph says runs it
    assert by_content["Brannock, the busiest climbing park in Varth, will shut its lower walls for good"] == \
        "Felsgrat Holds"
    # and the release it issued speaks for it
    assert by_content["the lower walls were open on only 31 days last year"] == "Felsgrat Holds"
    assert figure_sources(ex, 31) == ["Felsgrat Holds"]


def test_an_untagged_name_a_which_clause_describes_is_a_body() -> None:
    # ("Hohenfirn Lifts, which runs the resort's 22 lifts, said": in the article, the tagger leaves it untagged)
    labels = article_labels("articles_dev_h30", "ski-quenbria-glissenberg-lower-slopes-closure.txt")
    assert labels.label_of("Hohenfirn Lifts") == "ORG"
    ex = article_extraction("articles_dev_h30", "ski-quenbria-glissenberg-lower-slopes-closure.txt")
    assert figure_sources(ex, 18000000) == ["Hohenfirn Lifts"]
    # ("the UN Agency for Displaced Persons, which ...": the tail of a longer name is no name of its own)
    ex = run("Aid reached 3,000 families, according to the UN Agency for Displaced Persons, which counts arrivals "
             "at the border.")
    assert entity(ex, "Displaced Persons") is None


def test_its_operator_stays_unguessed_when_two_bodies_run_things() -> None:
    ex = run("Brannock will shut its lower walls, its operator said. Felsgrat Holds, which runs the walls, and "
             "Tarnwick Leisure, which owns the cafe, both sent staff.")
    assert speakers_by_content(ex)["Brannock will shut its lower walls"] not in ("Felsgrat Holds", "Tarnwick Leisure")


def test_the_company_is_the_trading_name_not_a_building_named_more_often() -> None:
    ex = run("The owner, Quillfeather Estates, says the Corn Hall is beyond repair. The Corn Hall has stood on the "
             "square for 150 years, and the Corn Hall was closed nine years ago. Quillfeather's plan keeps the Corn "
             "Hall's clock. The company says its new building would hold 300 flats.")
    assert speakers_by_content(ex)["its new building would hold 300 flats"] == "Quillfeather Estates"
    assert figure_sources(ex, 300) == ["Quillfeather Estates"]


def test_a_one_word_name_is_the_country_of_a_body_named_with_its_adjective() -> None:
    # "the Marrascan Historic Buildings Trust" beside "Marrasca", which the tagger took for a person: a country,
    # so the "he" of the next sentence is the historian, not it
    labels = article_labels("articles_dev_h30", "heritage-marrasca-aldermoor-exchange-demolition.txt")
    assert labels.label_of("Marrasca") == "GPE"
    ex = article_extraction("articles_dev_h30", "heritage-marrasca-aldermoor-exchange-demolition.txt")
    assert speakers_by_content(ex)["only three are still standing"] == "Iolo Trethowan"
    assert figure_sources(ex, 14) == ["Iolo Trethowan"]


def test_a_pollster_named_with_its_client_is_the_pollster() -> None:
    ex = run("A poll of 1,000 residents by the firm Tallyworth for Lanthorn found that 58 percent wanted the hall "
             "kept.\n\nThe daily Lanthorn said the council should listen.")
    assert speakers_by_content(ex)["58 percent wanted the hall kept"] == "Tallyworth"
    assert figure_sources(ex, 58) == ["Tallyworth"]


def test_a_finding_with_a_contrast_of_what_some_said_is_still_the_finding() -> None:
    ex = run("A poll of 1,000 residents by the firm Tallyworth found that 58 percent wanted the hall kept, although "
             "only 22 percent said they would pay higher local taxes to save it.")
    by_content = speakers_by_content(ex)
    finding = next(c for c in by_content if c.startswith("58 percent wanted the hall kept"))
    assert by_content[finding] == "Tallyworth"
    # (an inner clause that is what the outer one passes on still makes the outer a relay)
    ex = run("The agency reported that police said 40 people had been arrested at the border.")
    assert speakers_by_content(ex).get("40 people had been arrested at the border") == "police"


def test_the_organisers_are_the_one_body_the_sentence_before_names() -> None:
    ex = run("Doors have opened at the Saltmarch Arena, where Redfern and Copperhold will play the final of the "
             "Vellish Quoits League tonight. The organisers say all 9,200 seats have been sold.")
    assert speakers_by_content(ex)["all 9,200 seats have been sold"] == "Vellish Quoits League"
    assert figure_sources(ex, 9200) == ["Vellish Quoits League"]
    # (two bodies named just before: no guess)
    ex = run("The Harlow Darts Federation and the Ostrel Darts Council open the final tonight. The organisers say all "
             "9,200 seats have been sold.")
    assert speakers_by_content(ex)["all 9,200 seats have been sold"] not in (
        "Harlow Darts Federation", "Ostrel Darts Council")


def test_a_described_body_is_the_one_named_next_with_its_noun() -> None:
    ex = run("The country's tide bureau expects the water to stay high for another week. Officials at the Ostrel "
             "Bureau of Tides said on Friday that three harbours had flooded.")
    assert speakers_by_content(ex)["the water to stay high for another week"] == "Ostrel Bureau of Tides"
    # (a body with that noun met before it is no first naming)
    ex = run("The Ostrel Bureau of Tides and the Harnock Bureau of Weather both met. The country's tide bureau "
             "expects the water to stay high for another week.")
    assert speakers_by_content(ex)["the water to stay high for another week"] != "Ostrel Bureau of Tides"
