"""Witnesses called by one side, people a lede describes before naming, documents and who wrote them, clauses a
cue in the middle splits, and counts given as a part of a whole, a level reached or a share hedged in quotes.

Each case is an original snippet written for the test, except where a real development article shows a parser or
tagger mistake that a short snippet does not.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    figure_sources,
    figure_units,
    figures,
    run,
    speakers_by_content,
    unquoted,
)

H29 = "articles_dev_h29"

# -- speakers ------------------------------------------------------------------------------------------------------------


def test_the_name_after_an_opening_participle_and_a_role_speaks() -> None:
    ex = run("Opening the defence for Marrow, her barrister, Ilse Vandermolen, told the jury that the ladder had "
             "been moved by someone else.\n")
    assert speakers_by_content(ex) == {"the ladder had been moved by someone else": "Ilse Vandermolen"}


def test_a_witness_called_by_one_side_is_not_named_by_that_side() -> None:
    ex = run("Rufus Tennant, 61, is suing the council over the wall.\n\n"
             "A surveyor called by Tennant's side, Rudo Amsel, said the wall had moved 14 millimetres in a year.\n")
    assert speakers_by_content(ex)["the wall had moved 14 millimetres in a year"] == "Rudo Amsel"


def test_a_person_a_lede_describes_is_the_one_the_next_paragraph_names() -> None:
    ex = run("A farmer who is suing the water board told a tribunal on Monday that the new reservoir had "
             "\"drowned three generations of work\".\n\n"
             "Brannoc Telfer, 52, who has farmed the valley for 30 years, is seeking 400,000 dalers from the "
             "board.\n")
    assert speakers_by_content(ex)['the new reservoir had "drowned three generations of work"'] == "Brannoc Telfer"


def test_a_lede_person_is_not_someone_the_next_paragraph_has_speak() -> None:
    ex = run("A farmer who lives by the reservoir told a tribunal on Monday that the water had risen overnight.\n\n"
             "Brannoc Telfer, the board's engineer, said the gates had opened as planned.\n")
    assert speakers_by_content(ex)["the water had risen overnight"] != "Brannoc Telfer"


def test_the_editor_a_whose_clause_names_speaks_not_the_journal() -> None:
    ex = run("The results went to the journal Tidal Letters, whose editor, Marisol Quenby, said they would be "
             "reviewed \"within a month\".\n")
    assert speakers_by_content(ex) == {'they would be reviewed "within a month"': "Marisol Quenby"}


def test_the_one_a_whose_clause_is_about_does_not_speak() -> None:
    ex = run("Hedda Ransome, whose daughter, 17, worked at the mill, said the doors had been locked at night.\n")
    assert speakers_by_content(ex) == {"the doors had been locked at night": "Hedda Ransome"}


def test_a_name_closing_a_role_in_a_place_speaks_in_a_real_article() -> None:
    ex = article_extraction(H29, "visitorfee-verdessa-tresk-day-visitor-charge.txt")
    assert speakers_by_content(ex)["her walking groups had already shrunk from about 30 people to 18"] == "Aune Corlett"


def test_one_quoted_with_a_relative_clause_as_saying_speaks_through_the_outlet() -> None:
    ex = run("The broadcaster KVT quoted a porter who worked at the hotel until May as saying the fire doors had "
             "been \"tied shut with wire\".\n\n"
             "The daily Orrel quoted a cook, who asked not to be named, as saying that the kitchen had no extinguisher.\n")
    records = {(s["speaker"]["name"], tuple(s["via"])) for s in ex.to_dict()["statements"]}
    assert records == {("a porter", ("KVT",)), ("a cook", ("Orrel",))}


def test_the_release_says_speaks_as_the_body_that_issued_it() -> None:
    ex = run("The harbour board of Kelby said in a press release on Monday that mooring fees would rise by 8 "
             "percent.\n\n"
             "\"We have held them for six years,\" the chairman, Idris Penhale, says in the release.\n\n"
             "Boats under ten metres will be exempt, the release says.\n")
    assert speakers_by_content(ex)["Boats under ten metres will be exempt"] == "harbour board of Kelby"


def test_a_report_commissioned_from_consultants_is_theirs() -> None:
    ex = run("The daily Marl, citing a report the council commissioned from the consultants Haverill Doone, reported "
             "that the scheme could cut traffic by between 10 and 18 percent, and that the report had warned of "
             "\"serious delays\" during the works.\n")
    assert figure_sources(ex, None) == ["Haverill Doone"]
    warned = [(s["speaker"]["name"], tuple(s["via"])) for s in ex.to_dict()["statements"]
              if unquoted(s["content"]).startswith("serious delays")]
    assert warned == [("Haverill Doone", ("Marl",))]


def test_the_body_a_story_opens_on_is_the_one_its_bare_noun_means() -> None:
    ex = run("The Brightwater Philharmonic will give its last concert on Friday unless a buyer is found.\n\n"
             "The orchestra's chairman, Tobiah Sandqvist, said the debts had reached 9 million dalers.\n\n"
             "The orchestra's players have not been paid since May.\n\n"
             "Tickets for the concert, all 900 of them, sold out in two hours, according to the orchestra.\n")
    assert speakers_by_content(ex)["Tickets for the concert, all 900 of them, sold out in two hours"] == \
        "Brightwater Philharmonic"
    assert figure_units(ex, 900) == ["tickets"]


def test_a_short_answer_opening_its_paragraph_is_a_quote() -> None:
    ex = run("Asked which piece the band would play last, Ozren Castell grinned.\n\n\"Something loud,\" he said.\n")
    assert speakers_by_content(ex) == {"Something loud,": "Ozren Castell"}


def test_the_question_put_to_someone_is_not_their_statement_in_a_real_article() -> None:
    ex = article_extraction(H29, "orchestra-noverra-ketterwold-philharmonic-insolvency.txt")
    assert "what he would conduct on Saturday" not in speakers_by_content(ex)


# -- contents ------------------------------------------------------------------------------------------------------------


def test_a_clause_that_only_says_when_after_a_middle_cue_is_not_the_words_in_a_real_article() -> None:
    ex = article_extraction(H29, "fusion-galmora-ulverscar-reactor-record.txt")
    assert speakers_by_content(ex)["The record run ended when operators shut it down on purpose"] == "Onni Jelbert"


def test_a_verb_hung_after_a_participle_joined_after_a_closing_cue_is_still_the_words() -> None:
    ex = run("The Kelby harbour board said on Monday that fees would rise.\n\n"
             "Yachts will pay at the office, the board says, and anyone caught mooring without a permit faces a fine "
             "of up to 200 dalers.\n")
    contents = [unquoted(c) for c in speakers_by_content(ex)]
    assert "anyone caught mooring without a permit faces a fine of up to 200 dalers" in contents


# -- figures -------------------------------------------------------------------------------------------------------------


def test_a_number_word_counting_stars_after_a_name_is_no_label_in_a_real_article() -> None:
    ex = article_extraction(H29, "court-belsandra-orsmouth-chef-critic-defamation.txt")
    assert figure_units(ex, 1)[:1] == ["star"]


def test_a_part_of_a_span_of_years_is_years() -> None:
    ex = run("The mill's owner said the business had lost money in two of the four years before the flood.\n")
    assert figure_units(ex, 2) == ["years"]


def test_a_quoted_part_of_them_counts_the_plural_before_in_a_real_article() -> None:
    ex = article_extraction(H29, "court-belsandra-orsmouth-chef-critic-defamation.txt")
    assert [(f[3], f[5]) for f in figures(ex) if f[0] == 3 and f[2] == "diners"] == [
        ("Jaume Wooldridge", ("at least",))]


def test_a_number_after_that_opens_a_clause_in_a_real_article() -> None:
    ex = article_extraction(H29, "balloon-aubrevia-haverstoe-festival-crash.txt")
    assert [(f[2], f[3]) for f in figures(ex) if f[0] == 4 and f[2] == "passengers"] == [
        ("passengers", "Kalliopi Isbister")]


def test_a_plural_that_runs_to_a_level_is_what_the_level_counts() -> None:
    ex = run("This spring the complaints run to more than 400, the warden said.\n\n"
             "The inspector said the arrests had climbed to 212.\n")
    assert figure_units(ex, 400) == ["complaints"]
    assert figure_units(ex, 212) == ["arrests"]


def test_the_level_a_count_went_up_from_is_a_count() -> None:
    ex = run("The agency said 14 cases had been confirmed this year, up from three the year before.\n")
    assert figure_units(ex, 3) == ["cases"]


def test_more_between_a_number_and_its_noun_is_no_end_to_the_count_in_a_real_article() -> None:
    ex = article_extraction(H29, "rats-strevany-vennerby-rat-infestation.txt")
    assert [f[2:4] for f in figures(ex) if f[0] == 8][:1] == [("officers", "A spokesman for Mayor Ilze Vowles")]


def test_the_ends_of_a_change_after_a_stretch_of_time_are_no_years() -> None:
    ex = run("The paper reported that spending had been cut by a quarter in four years, and that the number of "
             "wardens had fallen from 40 to 22.\n")
    assert figure_units(ex, 40) == ["wardens"]
    assert figure_units(ex, 22) == ["wardens"]


def test_what_a_verb_finds_is_no_stretch_of_time_but_the_thing_before() -> None:
    ex = run("Edwin Marsh has trapped moles on the estate for 28 years. \"On a good day I catch 25 or so in one "
             "field,\" he says.\n")
    assert figure_units(ex, 25) == ["moles"]


def test_one_of_a_whole_set_beside_a_thing_counts_those_things() -> None:
    ex = run("The lamp, one of 12 around the square, failed in the storm, the council said.\n")
    assert figure_units(ex, 12) == ["lamps"]


def test_a_large_count_of_day_visitors_is_no_stretch_of_days() -> None:
    ex = run("The island received 1.8 million day visitors last year, the council said.\n")
    assert figure_units(ex, 1800000) == ["day visitors"]


def test_a_ratio_of_them_counts_the_plural_of_the_sentence_before() -> None:
    ex = run("The baker said most of his customers came by train. \"If one in five of them stops coming, I close,\" "
             "he said.\n")
    assert figure_units(ex, 1) == ["customers"]
    assert figure_units(ex, 5) == ["customers"]


def test_a_ratio_of_them_counts_the_plural_its_own_sentence_counted() -> None:
    ex = run("About 40,000 savers had money in the fund when it froze, she said, and roughly nine in ten of them were "
             "owed less than 2,000 dalers.\n")
    assert figure_units(ex, 9) == ["savers"]


def test_a_share_hedged_with_as_much_as_in_quotes_is_a_percentage() -> None:
    ex = run("The ferry company said bookings could fall by \"as much as a fifth\" once the charge began.\n")
    assert [(f[0], f[2], "as much as" in f[5]) for f in figures(ex)] == [(20, "percent", True)]


def test_a_that_clause_hung_on_the_place_of_the_audience_is_what_was_told() -> None:
    ex = run("The union's leader, Margit Osei, told a rally outside Lennick Central station that her members had "
             "\"watched their wages shrink\" for three years in a row.\n")
    assert speakers_by_content(ex) == {
        'her members had "watched their wages shrink" for three years in a row': "Margit Osei"}
    assert figure_sources(ex, 3) == ["Margit Osei"]


def test_a_with_phrase_after_a_closing_cue_adds_to_the_reported_words() -> None:
    ex = run("Gusts \"could hit 110 km/h\" on exposed headlands, forecaster Eulalia Drozd told Sunup, with up to 60mm "
             "of rain in 24 hours.\n")
    assert figure_sources(ex, 60) == ["Eulalia Drozd"]
    assert figure_sources(ex, 24) == ["Eulalia Drozd"]


def test_a_subject_read_as_the_cues_object_keeps_its_aside_in_the_words() -> None:
    ex = run("The governor, Elin Marchbanks, spoke to reporters in Kaldorsby.\n\n"
             "She said inflation, at 2.1% in October, was \"comfortably\" inside the bank's target range of 1% to 3%.\n")
    assert speakers_by_content(ex) == {
        "inflation, at 2.1% in October, was \"comfortably\" inside the bank's target range of 1% to 3%": "Elin Marchbanks"}
    assert figure_sources(ex, 2.1) == ["Elin Marchbanks"]


def test_a_states_military_intelligence_speaks_as_the_service_not_the_state() -> None:
    ex = run("Daugmark's military intelligence says the real number of troops is several times higher.\n")
    assert speakers_by_content(ex) == {"the real number of troops is several times higher":
                                       "Daugmark's military intelligence"}


def test_ages_in_a_relative_clause_on_a_named_role_are_ages() -> None:
    ex = run("The principal oboist, Priit Brehaut, who joined the band at 22 and is now 49, said many players were "
             "already looking abroad.\n")
    assert [(f[0], f[2]) for f in figures(ex)] == [(22, "years"), (49, "years")]


def test_a_young_age_a_named_person_joined_at_is_an_age() -> None:
    ex = run("Tane Whitlock-Ruiz grew up in the fishing village of Porth Idden and joined the club's academy at 14.\n")
    assert [(f[0], f[2]) for f in figures(ex)] == [(14, "years")]


def test_the_age_of_someone_who_a_tagger_missed_in_a_real_article() -> None:
    ex = article_extraction("articles_dev3", "obituary-ingrid-tavistock-oyelaran.txt")
    assert figure_units(ex, 79) == ["years"]


def test_a_doubling_told_with_the_level_it_reached_is_a_multiple_too() -> None:
    ex = run("Shipbrokers said freight rates had doubled since December, to around $2.4 million a trip.\n\n"
             "The price of a loaf has doubled to 2.40 euros.\n")
    assert [(f[0], f[2]) for f in figures(ex)] == [(2, "times"), (2400000, "dollars"), (2.4, "euros")]


def test_a_quantity_that_halved_fell_by_half() -> None:
    ex = run("The station manager said turnaround times at the hospital had halved since the new bay opened.\n")
    assert [(f[0], f[2], f[3]) for f in figures(ex)] == [(50, "percent", "station manager")]


def test_a_ratio_of_an_owners_counted_members_counts_the_members() -> None:
    ex = run("The trust said only about one in three of the club's 5,600 members had been asked for their views.\n")
    assert [(f[0], f[2]) for f in figures(ex)] == [(1, "members"), (3, "members"), (5600, "members")]


def test_a_ratio_before_a_verb_read_as_a_plural_counts_the_noun_between() -> None:
    ex = run("The Chamber told our listeners this week that one member in four plans to cut jobs before the summer.\n")
    assert [(f[0], f[2]) for f in figures(ex)] == [(1, "member"), (4, "member")]


def test_a_line_to_call_is_no_name_given_to_anything() -> None:
    ex = run("Anyone with information should call the incident room on 0161 555 0100, police said.\n\n"
             "Relatives can call the council's helpline.\n\nThe mayor called the report a whitewash.\n")
    assert speakers_by_content(ex) == {"Anyone with information should call the incident room on 0161 555 0100":
                                       "police", "the report a whitewash": "mayor"}


def test_a_refused_or_negated_answer_to_an_open_question_says_nothing() -> None:
    ex = run("Its chief inspector, Bertalan Roddis, declined to say what the breaches were.\n\n"
             "The ministry would not say how many soldiers had died.\n\n"
             "She said whether the talks succeed would depend on the union.\n")
    assert list(speakers_by_content(ex)) == ["whether the talks succeed would depend on the union"]


def test_a_transcript_turn_that_only_asks_is_no_statement() -> None:
    ex = run("THE CORONER: Was anyone else there? How long was the line?\n\n"
             "LIBORIA DOBBINSON: Nobody else was there. The line was about eight metres long.\n\n"
             "MEMBER RUTA KASK: Will the minister thank the crews, who answered 41,000 calls last year?\n")
    assert [s["cue"] for s in ex.to_dict()["statements"]] == ["LIBORIA DOBBINSON:", "MEMBER RUTA KASK:"]


def test_one_of_them_after_people_an_outlet_cited_is_one_of_those_as_described() -> None:
    ex = run("The daily Stonechat, citing three stewards who worked at the concert, reported on Sunday that only about "
             "140 stewards had been on duty. One of them was quoted by the paper as saying that the gates had been "
             "\"opened wide\".\n")
    assert speakers_by_content(ex)['the gates had been "opened wide"'] == "one of the stewards who worked at the concert"


def test_a_line_to_call_after_a_quote_is_no_cue_for_it() -> None:
    ex = run("The gap would narrow as bodies were identified, the society said, but it expected the final number to be "
             "\"well above 2,000\". Relatives looking for missing people can call the directorate's line on "
             "112 400 7788.\n")
    assert "Relatives" not in [s["speaker"]["name"] for s in ex.to_dict()["statements"] if s["speaker"]]
