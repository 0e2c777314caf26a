"""Words someone else told inside a speaker's words, speakers the parser hung in a list or on a body's name,
papers and figures their senders and publishers speak for, relatives named later, scores and sums.

Each case is an original snippet, except the ones that use a real development article where only the article's
context makes the tagger or parser go wrong.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    article_labels,
    figure_sources,
    figure_units,
    run,
    speakers_by_content,
    statements,
)


def test_a_speaker_after_a_part_of_a_count_is_the_one_who_speaks() -> None:
    ex = run("At Larchmere Infirmary, nurses treated 27 people on Sunday night, three of them children, its "
             "clinical director, Oskari Trewhella, said.")
    by_content = speakers_by_content(ex)
    assert by_content["At Larchmere Infirmary, nurses treated 27 people on Sunday night, three of them children"] == \
        "Oskari Trewhella"
    # the part ("three of them children") is part of what he said
    assert figure_sources(ex, 3) == ["Oskari Trewhella"]
    assert figure_sources(ex, 27) == ["Oskari Trewhella"]


def test_a_role_read_as_a_list_item_is_no_part_of_the_words_and_the_clause_after_the_cue_goes_on() -> None:
    ex = run("A bakery chain in Corrowby, Flourish, took on 15 people to open on Sundays, its managing director, "
             "Brannoc Ellery, said, but the chain recovered the cost within a year because fewer bakers left.")
    by_content = speakers_by_content(ex)
    assert by_content["A bakery chain in Corrowby, Flourish, took on 15 people to open on Sundays"] == "Brannoc Ellery"
    assert by_content["the chain recovered the cost within a year because fewer bakers left"] == "Brannoc Ellery"


def test_a_company_named_after_its_town_is_the_company_its_own_figures_speak_for() -> None:
    ex = run("Larch Logistics said it had hired 80 drivers. A furniture company in Pellham, Oakwright, took on 30 "
             "people to cover Fridays, its chief executive, Ivo Penhallow, said. Resignations at Oakwright fell from 44 "
             "in the year before the trial to 13 during it, according to the company's own figures.")
    assert speakers_by_content(ex)[
        "Resignations at Oakwright fell from 44 in the year before the trial to 13 during it"] == "Oakwright"
    # the start of the change is a figure too, past its phrase of time
    assert figure_units(ex, 44) == ["resignations"]
    assert figure_sources(ex, 44) == ["Oakwright"]


def test_a_name_hung_on_the_body_that_ends_a_role_is_the_role_holder() -> None:
    ex = run("In a memo sent to all 52 wardens last spring, Tollgate's regional manager for Wexham, Harriet "
             "Allenby, wrote that anyone who issued fewer than 30 fines a week would lose overtime.")
    assert speakers_by_content(ex)["anyone who issued fewer than 30 fines a week would lose overtime"] == \
        "Harriet Allenby"
    # (in the article the tagger takes only the surname for a name: the full name the role's comma opens)
    ex = article_extraction("articles_dev_h31", "parking-quarrania-brockwater-ticket-targets.txt")
    assert speakers_by_content(ex)[
        "anyone who fell below 28 tickets a shift for three weeks running would be moved to night patrols"] == \
        "Efrosyni Eggleton"


def test_a_body_whose_short_name_a_which_clause_describes_keeps_its_full_name() -> None:
    # (in the article, "the council's contractor, Kerbwise Enforcement" made a role word stand before the name)
    labels = article_labels("articles_dev_h31", "parking-quarrania-brockwater-ticket-targets.txt")
    assert labels.label_of("Kerbwise Enforcement") == "ORG"
    ex = article_extraction("articles_dev_h31", "parking-quarrania-brockwater-ticket-targets.txt")
    # papers listed together, from one sender, speak for the sender
    assert figure_sources(ex, 28)[0] == "Kerbwise Enforcement"
    # and figures a body publishes speak for it
    assert figure_sources(ex, 212000) == ["Brockwater city council"]


def test_papers_from_a_sender_and_figures_a_body_publishes() -> None:
    ex = run("Wardens were told to write at least 30 fines a week, according to internal memos and rotas from the "
             "city's contractor, Tollgate Parking, seen by the Wexham Courier.\n\n"
             "The city council said it would review the contract. The council issued 98,000 fines in the year before "
             "the contract, and 151,000 in its first year, according to figures it publishes.")
    assert figure_sources(ex, 30) == ["Tollgate Parking"]
    assert figure_sources(ex, 98000) == ["city council"]


def test_words_someone_else_told_inside_a_speaker_s_words_are_theirs_passed_on() -> None:
    ex = run("The clockmaker Anselm Pryderi signed the new will in March.\n\n"
             "Her lawyer, Morwenna Talbot, told the court that Pryderi had been \"clear and calm\" when he signed, "
             "and that he had told her client his sons \"came for the clocks, never for me\".")
    found = {s.content: (s.speaker, s.via) for s in statements(ex)}
    speaker, via = found["came for the clocks, never for me"]
    assert speaker is not None and speaker.endswith("Pryderi") and via == ("Morwenna Talbot",)
    # the lawyer's own words stay hers
    assert any(speaker == "Morwenna Talbot" and "clear and calm" in content
               for content, (speaker, _via) in found.items())


def test_a_quotation_the_parser_cut_short_stays_with_the_one_who_told_it() -> None:
    # ('reported that Kissack had told colleagues the contract "is finished, whatever it costs"': in the article
    # the parser ends the told words at "finished")
    ex = article_extraction("articles_dev_h31", "parking-quarrania-brockwater-ticket-targets.txt")
    found = {s.content: (s.speaker, s.via) for s in statements(ex)}
    speaker, via = found["is finished, whatever it costs"]
    assert speaker == "Janez Kissack" and "Martlet" in via


def test_a_present_tense_cue_read_as_a_plural_after_a_name() -> None:
    ex = run("11:40 - RKV reports, quoting a shepherd near Hollin, that two sheepdogs were taken from his barn "
             "overnight.")
    found = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert found["two sheepdogs were taken from his barn overnight"] == ("a shepherd near Hollin", ("RKV",))
    ex = run("RKV reports that two sheepdogs were taken from a barn overnight.")
    assert speakers_by_content(ex)["two sheepdogs were taken from a barn overnight"] == "RKV"


def test_a_relative_of_someone_named_is_the_one_the_next_paragraph_names_by_the_family_name() -> None:
    ex = run("A son of the glassblower Evander Rooke told the court on Tuesday that his father had stopped "
             "recognising his own workshop.\n\n"
             "Piran Rooke, 61, and his sister are contesting the will, which leaves the works to a neighbour.")
    assert speakers_by_content(ex)["his father had stopped recognising his own workshop"] == "Piran Rooke"
    # (a relative with no one of the family named next stays described)
    ex = run("A son of the glassblower Evander Rooke told the court that his father was confused.\n\n"
             "Ysolde Marrack, 44, a neighbour, is the main heir.")
    assert speakers_by_content(ex)["his father was confused"] != "Ysolde Marrack"


def test_a_relative_s_word_before_a_name_says_nothing_of_the_named_one_s_sex() -> None:
    # ("A daughter of the toymaker X": X is no woman, so the "he" who told her client is him)
    ex = article_extraction("articles_dev_h31", "probate-valmarra-hinchliffe-toymaker-will-dispute.txt")
    found = {s.content: s.speaker for s in statements(ex)}
    assert found["visited the factory more often than they visited him"] == "Agostino Hinchliffe"
    labels = article_labels("articles_dev_h31", "probate-valmarra-hinchliffe-toymaker-will-dispute.txt")
    assert labels.label_of("Agostino Hinchliffe") == "PERSON"  # (tagged as a nationality)


def test_a_score_out_of_a_scale_counts_points() -> None:
    ex = run("The doctor said a memory test had produced a score of 19 out of 30, \"low, but not alarming\".")
    assert figure_units(ex, 19) == ["points"]
    assert figure_units(ex, 30) == ["points"]
    # (a plain ratio keeps its counted noun)
    ex = run("One out of 12 sessions was cancelled, the trust said.")
    assert figure_units(ex, 12) == ["sessions"]


def test_what_a_thing_costs_is_in_the_story_s_money() -> None:
    # ("... pay growers 2,000 quintels for every hectare ... Crebbin said replanting a single hectare of cherries
    # cost "closer to 30,000"": a sum, not a count of cherries)
    ex = article_extraction("articles_dev_h31", "hailstorm-kelmoria-brindlecote-fallowbeck-orchards.txt")
    assert figure_units(ex, 30000) == ["quintels"]


def test_a_place_s_size_in_apposition_is_the_writer_s_gloss_wherever_the_name_stands() -> None:
    ex = run("In Harrowgate Mill, a village of about 1,300 people, the flood reached one house in four, the mayor, "
             "Ottilie Bramwell, said.")
    assert figure_sources(ex, 1300) == [None]
    assert figure_sources(ex, 4) == ["Ottilie Bramwell"]
    # (a size that is part of what is said stays the speaker's)
    ex = run("The mayor, Ottilie Bramwell, said the village had grown to about 1,300 people.")
    assert figure_sources(ex, 1300) == ["Ottilie Bramwell"]


def test_the_end_of_a_squeeze_counts_what_its_start_counts() -> None:
    ex = run("Ines Marrow, who leads the drivers' union, said her members had been told to fit six days of "
             "deliveries into five.")
    assert figure_units(ex, 5) == ["days"]
    assert figure_sources(ex, 5) == ["Ines Marrow"]


def test_what_a_speaker_does_while_speaking_is_the_writer_s_telling() -> None:
    ex = run("\"You have 14 months left, do not make it 14 years,\" Ilse Varga said, holding up a photograph of his "
             "three sons.")
    assert figure_sources(ex, 3) == [None]
    # (a participle that carries the reported event on stays the speaker's)
    ex = run("A guard has died in hospital, the agency said, bringing the number of guards killed to three.")
    assert figure_sources(ex, 3) == ["agency"]


def test_a_count_with_adjectives_joined_before_its_noun() -> None:
    ex = run("Four current and former wardens told the Courier they had been pressed to fine cars early.")
    assert figure_units(ex, 4) == ["wardens"]


def test_a_part_of_a_whole_counted_before_counts_what_the_story_counted() -> None:
    ex = run("We lost eight of our first 15 games and people wanted the coach sacked. After the break we won 21 of 28.")
    assert figure_units(ex, 21) == ["games"]
    assert figure_units(ex, 28) == ["games"]


def test_a_part_of_a_count_is_no_count_to_go_on_with() -> None:
    ex = run("At Larchmere Infirmary, nurses treated 27 people on Sunday night, three of them children, its clinical "
             "director, Oskari Trewhella, said. Two remained in hospital on Monday, she said.")
    assert figure_units(ex, 2) == ["people"]
    # ("I have been to nine of these conferences. I left two of them ...": a part of nothing counted before is the
    # count)
    ex = run("I have been to nine of these summits. I left two of them without a deal.")
    assert figure_units(ex, 2) == ["summits"]
