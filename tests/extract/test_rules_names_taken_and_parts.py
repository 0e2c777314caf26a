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
