"""Names a body takes for itself, roles a later title names, parts of a count said again, and words not yet said.

"the gunmen, who call themselves the Dawn Brigade, said", "the region's interior minister ... Interior Minister X",
"..., while the minister said ...", "State radio, quoting a council member it did not name, said", "the two
weather satellites", "whose daughter is seven", "Sixteen of them", "those 43", "nearly half had ...", "would ask
parliament to ...".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import figures, run, speakers, speakers_by_content, statements


def test_a_second_speaker_behind_while_has_words_of_their_own() -> None:
    ex = run("Rebel fighters who took the airport said on Friday that they controlled the runway, while the "
             "region's interior minister, speaking by telephone, said troops were \"holding the terminal\".")
    speakers = speakers_by_content(ex)
    assert speakers["they controlled the runway"] == "Rebel fighters"
    assert any(content.startswith("troops were") and speaker != "Rebel fighters"
               for content, speaker in speakers.items())


def test_a_role_owned_by_a_place_is_the_person_a_later_title_names() -> None:
    ex = run("Gunmen seized the port overnight, and the region's interior minister said the navy had been told to "
             "stand off.\n\nThe port authority said the cranes had stopped at 4am. Dockers gathered at the gates "
             "by noon. Shops along the quay stayed shut.\n\nInterior Minister Kasimir Ollendorf-Baptiste, who was "
             "visiting the coast, told reporters the gunmen numbered about 40.")
    assert speakers_by_content(ex)["the navy had been told to stand off"] == "Kasimir Ollendorf-Baptiste"


def test_a_body_that_calls_itself_by_a_name_speaks_by_that_name() -> None:
    ex = run("Armed men who took over the grain mill said on Monday that they would hold it until the harvest "
             "was paid for.\n\nIn a video posted at noon, the men, who call themselves the Dawn Brigade, said the "
             "mill's owners had cheated farmers for \"a decade and more\".")
    speakers = speakers_by_content(ex)
    assert speakers["they would hold it until the harvest was paid for"] == "Dawn Brigade"
    assert speakers["the mill's owners had cheated farmers for \"a decade and more\""] == "Dawn Brigade"
    assert not any("themselves" in content for content in speakers)


def test_quoting_someone_between_the_outlet_and_its_cue_makes_the_outlet_a_via() -> None:
    ex = run("\"We will not be moved,\" she said.\n\nState radio, quoting a council member it did not name, "
             "said about 400 recruits had joined the militia since March.")
    assert (400, None, "recruits", "a council member", ("State radio",), ("about",)) in figures(ex)


def test_the_two_things_a_text_counts_are_figures_but_the_two_sides_are_not() -> None:
    ex = run("The rocket broke up after launch, destroying the two survey satellites it carried, the agency said. "
             "Talks between the two sides resumed. The fisherman works with his two sons.")
    counted = {(f[0], f[2]) for f in figures(ex)}
    assert (2, "satellites") in counted or (2, "survey satellites") in counted
    assert (2, "sons") in counted
    assert not any(unit == "sides" for _value, unit in counted)


def test_a_child_a_number_word_old_is_that_many_years() -> None:
    ex = run("For Ilse Marchetti, whose daughter Mireille is seven and has asthma, the smog means days indoors.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(7, "years")]


def test_part_of_them_counts_the_plural_the_sentence_before_was_about() -> None:
    ex = run("The boats switched off their transponders for more than 12 hours at a time. The boats went dark 80 "
             "times last year. Sixteen of them fly the flag of Morvania, and 9 belong to one company.")
    counted = {(f[0], f[2]) for f in figures(ex)}
    assert (16, "boats") in counted
    assert (9, "boats") in counted


def test_part_of_them_is_not_the_amount_after_it() -> None:
    ex = run("The coastguard said it had boarded 41 trawlers and fined six of them a total of 2.5 million crowns.")
    assert (6, "trawlers") in {(f[0], f[2]) for f in figures(ex)}


def test_a_figure_after_a_date_is_no_part_of_the_date() -> None:
    ex = run("The beacon was last heard on March 14, 22 kilometres from the coast.\n\nThe council closed the road "
             "in May 2067, three weeks before the landslide.")
    counted = {(f[0], f[2]) for f in figures(ex)}
    assert (22, "kilometres") in counted
    assert (3, "weeks") in counted


def test_a_double_surname_who_runs_something_is_a_person_and_she_follows_her() -> None:
    ex = run("\"We used to bake 400 loaves a day,\" said Okonkwo-Lindqvist, who has run the bakery for 30 years.\n\n"
             "She said she now bakes half that.")
    found = {s.mention: s for s in speakers(ex)}
    assert found["Okonkwo-Lindqvist"].type == "person"
    assert found["She"].name == "Okonkwo-Lindqvist"


def test_a_cue_in_a_relative_clause_without_that_reports_nothing() -> None:
    ex = run("On the counter lies a notebook with 31 names in it, in the order customers asked.")
    assert speakers_by_content(ex) == {}


def test_a_bare_object_of_the_verb_a_count_was_the_object_of_takes_its_unit() -> None:
    ex = run("\"I had 80 tickets in the drawer on Monday. Today I have five,\" said the box office manager.")
    assert (5, "tickets") in {(f[0], f[2]) for f in figures(ex)}


def test_those_and_a_number_said_again_takes_the_unit_of_the_count_before() -> None:
    ex = run("The union says at least 43 clinics are short of staff. \"For most of those 43 that is simply not "
             "true,\" said the health secretary.")
    assert [(f[0], f[2], f[3]) for f in figures(ex) if f[0] == 43][-1] == (43, "clinics", "health secretary")


def test_a_body_s_survey_finding_is_its_own_with_the_numbers_of_the_survey() -> None:
    ex = run("In a survey of 950 of its members last month, the Bakers' Guild found that 64 percent had cut "
             "opening hours, and that nearly half had laid off staff.")
    found = {(f[0], f[2], f[3]) for f in figures(ex)}
    assert (950, "members", "Bakers' Guild") in found
    assert (64, "percent", "Bakers' Guild") in found
    assert (50, "percent", "Bakers' Guild") in found


def test_stocks_of_a_bare_number_count_what_was_counted_just_before() -> None:
    ex = run("The Gazette reported that wholesalers held about 30,000 packs, against normal stocks of more than "
             "150,000.")
    assert (150000, "packs") in {(f[0], f[2]) for f in figures(ex)}


def test_a_second_that_clause_after_a_reported_warning_goes_on_with_the_speaker() -> None:
    ex = run("He said the union had warned the board in writing in May that pay was falling, and that the board "
             "had taken 40 days to reply.")
    said = [(s.content, s.speaker) for s in statements(ex)]
    assert ("the board had taken 40 days to reply", "He") in said
    assert not any(content == "the board had taken 40 days to reply" and speaker != "He" for content, speaker in said)


def test_words_someone_will_say_inside_another_s_are_no_statement() -> None:
    ex = run("The minister told the radio station that the government would spend 4 million crowns on imports, "
             "and would ask parliament to double the reserve.")
    assert [s for s in speakers_by_content(ex)] == [
        "the government would spend 4 million crowns on imports, and would ask parliament to double the reserve"]


def test_a_body_s_officer_is_the_person_the_next_sentence_names_whoever_spoke_before() -> None:
    ex = run("Finance Minister Jorgen Alsop said the talks had gone well. The league's commissioner for budgets told "
             "reporters that the league sends the region about 90 million crowns a year. Ottilie Varga-Brennan, who "
             "took up the post in May, added that no money would flow until the vote.")
    speakers = speakers_by_content(ex)
    assert speakers["the league sends the region about 90 million crowns a year"] == "Ottilie Varga-Brennan"


def test_a_former_role_beside_the_name_does_not_make_someone_else_of_the_officer() -> None:
    ex = run("The minister said nobody had been hurt. At a news conference, its director general said engineers had "
             "recovered \"every byte\" from the flight. Marisol Quennell-Obi, a former test pilot who has run the "
             "agency since 2062, said the programme had cost 1.9 billion crowns.")
    assert speakers_by_content(ex)["engineers had recovered \"every byte\" from the flight"] == "Marisol Quennell-Obi"


def test_he_after_someone_described_but_unnamed_is_that_one() -> None:
    ex = run("Rear Admiral Konstantin Belloq said his officers had boarded 56 vessels.\n\nA former deckhand on one of "
             "the trawlers, reached by telephone, said the captain switched off the transponder every night. He said "
             "he had been paid 300 crowns a month.")
    assert speakers_by_content(ex)["he had been paid 300 crowns a month"] == "A former deckhand on one of the trawlers"


def test_a_source_an_outlet_quotes_unnamed_is_not_the_minister_named_next() -> None:
    ex = run("The broadcaster KTV, quoting a senior official at the fisheries ministry, reported on Sunday that the "
             "government would buy two patrol ships next year. Fisheries Minister Ansgar Pellew-Tan told parliament "
             "last month that illegal fishing had fallen by 30 percent.")
    speakers = speakers_by_content(ex)
    assert speakers["the government would buy two patrol ships next year"] == "a senior official"


def test_a_body_described_by_its_own_words_is_not_the_one_that_spoke_just_before() -> None:
    ex = run("The conservation group Blue Shoal estimates that foreign trawlers take about 40,000 tonnes of fish a "
             "year. The fisheries ministry puts the illegal catch far lower, at 12,000 tonnes.")
    assert (12000, "tonnes", "fisheries ministry") in {(f[0], f[2], f[3]) for f in figures(ex)}


def test_a_count_confirmed_is_a_statement_and_the_injured_count_the_injured() -> None:
    ex = run("The bridge fell into the river on Friday. Harwick police later confirmed 11 dead and 34 injured.")
    assert speakers_by_content(ex) == {"11 dead and 34 injured": "Harwick police"}
    assert {(f[0], f[2]) for f in figures(ex)} == {(11, "dead"), (34, "injured")}


def test_a_body_s_statement_before_the_body_is_named_is_the_body_s() -> None:
    ex = run("The bridge fell into the river.\n\nThe council's first statement on the night put the toll at nine.\n\n"
             "Harwick City Council said in a statement that it accepted that mistakes were made.")
    assert (9, "Harwick City Council") in {(f[0], f[3]) for f in figures(ex)}


def test_a_report_commissioned_from_a_body_is_that_body_s() -> None:
    ex = run("A technical report commissioned by the inquiry from the Structural Testing Institute, published on "
             "Monday, found that two of the four cables had failed. The drain had been blocked \"for years, not "
             "months\", the report said.")
    assert speakers_by_content(ex)["for years, not months"] == "Structural Testing Institute"


def test_a_city_s_officer_is_the_person_the_next_sentence_names() -> None:
    ex = run("The engineer said he had warned the city three times.\n\nThe city's former director of highways said in "
             "a written statement that her department had asked for 2.4 million crowns and had been given 600,000. "
             "Ramona Estergaard, who left the post in January, called the money \"a plaster on a broken leg\".")
    speakers = speakers_by_content(ex)
    assert [speaker for content, speaker in speakers.items() if content.startswith("her department")] == [
        "Ramona Estergaard"]
    assert not any(content.startswith("to repair") for content in speakers)


def test_money_asked_for_a_purpose_is_no_statement_of_its_own() -> None:
    ex = run("She said her department had asked for 2.4 million crowns to repair the anchorages.")
    assert list(speakers_by_content(ex)) == ["her department had asked for 2.4 million crowns to repair the anchorages"]


def test_a_head_of_a_named_body_is_not_the_unnamed_one_met_before() -> None:
    ex = run("The Gazette, quoting a broker involved in the policy, reported that the satellites were covered by nine "
             "insurers. According to Radio Fenwick, quoting the head of the Weather Bureau, the satellites were to "
             "have replaced ageing craft.")
    speakers = speakers_by_content(ex)
    assert speakers["the satellites were to have replaced ageing craft"] != "a broker"


def test_a_number_more_of_a_time_unit_is_a_duration() -> None:
    ex = run("Forecasters would have to keep using the old satellites for at least two more years.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(2, "years")]


def test_a_second_verb_in_the_past_perfect_after_said_that_goes_on_with_the_statement() -> None:
    ex = run("Rothwell Aerospace said in a statement that it was \"deeply disappointed\" and had sent a team of 40 "
             "engineers to the control centre.")
    assert (40, "engineers", "Rothwell Aerospace") in {(f[0], f[2], f[3]) for f in figures(ex)}


def test_a_clause_after_but_with_a_source_of_its_own_is_not_the_first_source_s() -> None:
    ex = run("According to the monetary authority, that protects 94 percent of the bank's depositors in full, but a "
             "calculation by the Ledger suggests that only about 58 percent of the money is covered.")
    speakers = speakers_by_content(ex)
    assert speakers["that protects 94 percent of the bank's depositors in full"] == "monetary authority"


def test_my_and_a_number_said_before_takes_its_unit() -> None:
    ex = run("Withdrawals are limited to 2,000 wendels a week.\n\n\"I will come back every Monday for my 2,000,\" "
             "she said.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(2000, "wendels"), (2000, "wendels")]


def test_part_of_whom_counts_what_the_clause_hangs_on() -> None:
    ex = run("The hospital said it had treated 74 people for breathing problems, 11 of whom were admitted.")
    assert (11, "people") in {(f[0], f[2]) for f in figures(ex)}


def test_part_of_those_who_did_something_counts_people() -> None:
    ex = run("State television said that six of those arrested had worked for the intelligence services.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(6, "people")]


def test_a_fraction_after_that_is_a_share() -> None:
    ex = run("The poll found that a quarter of voters were undecided.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(25, "percent")]


def test_ages_said_of_people_of_an_age_and_of_an_average_age() -> None:
    ex = run("\"My neighbour is 88.\" She had started work at 16. The train left at 16. Their average age was 67. "
             "Nearly half of those over 65 voted.")
    ages = [(f[0], f[2]) for f in figures(ex) if f[2] == "years"]
    assert ages == [(88, "years"), (16, "years"), (67, "years"), (65, "years")]


def test_your_report_in_a_transcript_turn_is_the_one_the_question_is_put_to() -> None:
    ex = run("Counsel took the engineer through his report.\n\nMARGARETA VOSS: Your report called the cracks "
             "\"minor and stable\". Were they?\n\nDESMOND ACHTERLONIE: They were minor in March. By September they "
             "were not.")
    said = {(s.content, s.speaker, s.via) for s in statements(ex)}
    assert ("minor and stable", "Desmond Achterlonie", ("Margareta Voss",)) in said


def test_an_outlet_s_own_calculation_is_its_own_voice_whatever_its_name() -> None:
    text = ("The guarantee covers most savers, but a Quillmark calculation based on the bank's annual report suggests "
            "that only about 58 percent of the money is covered.")
    own = run(text, outlet="Quillmark")
    assert [(f[0], f[3]) for f in figures(own)] == [(58, None)]
    assert speakers_by_content(own) == {}
    other = run(text, outlet="The Harbour Gazette")
    assert [f[3] for f in figures(other)] != [None]


def test_a_ruling_or_a_calculation_with_a_that_clause_reports_it() -> None:
    ex = run("The judge ruled that the council had a strong case. She once calculated that she had spent 26 months "
             "in tents. The study could not rule out that pupils simply slept more. He ruled the island for 20 years.")
    said = speakers_by_content(ex)
    assert said["the council had a strong case"] == "judge"
    assert "she had spent 26 months in tents" in said
    assert not any(content.startswith("pupils") for content in said)


def test_a_cue_after_a_relative_clause_on_the_subject_is_the_subject_s() -> None:
    ex = run("Harrowgate Mutual, which insures the plant, estimated on Monday that claims from residents could reach "
             "40 million lumas.\n\nThe shipping group Ostrel Line, which imports most of its fuel in dollars, reported "
             "on Tuesday that its quarterly profit had more than doubled, to 640 million crowns.")
    found = {(f[0], f[3]) for f in figures(ex)}
    assert (40000000, "Harrowgate Mutual") in found
    assert (640000000, "Ostrel Line") in found


def test_a_that_clause_after_a_citing_phrase_is_what_was_reported_and_cited() -> None:
    ex = run("Its state broadcaster KRT reported on Monday, citing the defence ministry, that fewer than 6,000 "
             "soldiers were taking part in the exercises.")
    assert speakers_by_content(ex) == {"fewer than 6,000 soldiers were taking part in the exercises": "KRT"}
    assert [(f[0], f[3], f[4]) for f in figures(ex)] == [(6000, "defence ministry", ("KRT",))]


def test_so_that_after_a_cue_is_no_that_clause() -> None:
    ex = run("In a statement posted online, the group announced a 30-day truce \"so that no rescuer has to fear a "
             "bullet\".")
    assert [(f[0], f[2], f[3]) for f in figures(ex)] == [(30, "days", "group")]


def test_a_figure_a_named_body_owns_is_that_body_s() -> None:
    ex = run("Grid operator Aubery Power says 41,500 households are without power.\n\nAubery Power's figure is 41,500. "
             "It would be below even last year's official figure of 10.35 million tonnes.")
    found = {(f[0], f[3]) for f in figures(ex)}
    assert (41500, "Aubery Power") in found and (41500, None) not in found
    assert (10350000, None) in found
