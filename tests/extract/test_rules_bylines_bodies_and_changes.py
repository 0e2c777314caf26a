"""Bylines that are no body of the story, names set off after a role, bodies named by the words before their noun,
requests inside what a body said, and counts that a change, a list or a setting verb gives a noun.

Each case is an original snippet, except where a real development article shows a tagger mistake.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    figure_sources,
    figure_units,
    run,
    statements,
)

# -- speakers ----------------------------------------------------------------------------------------------------------


def test_the_writer_in_the_byline_is_no_body_the_company_stands_for() -> None:
    # (the tagger reads the writer's name in this article's byline as an organisation)
    ex = article_extraction("articles_dev_h26", "postal-ilvassa-mail-post-office-closures.txt")
    assert figure_sources(ex, 2300) == ["Ilvassa Mail"]
    assert figure_sources(ex, 96000000) == ["Ilvassa Mail"]


def test_a_name_set_off_after_a_role_with_its_complement_is_the_speaker() -> None:
    # (the parser hangs the name on the role as an adverbial noun only in the article's context)
    ex = article_extraction("articles_dev_h26", "court-quelvary-kettlesby-puppy-farm-trial.txt")
    speakers = {s.content.split(",")[0]: s.speaker for s in statements(ex)}
    assert speakers["his client had looked after the accounts"] == "Tadej Blaxill"


def test_a_body_named_by_a_place_before_its_noun_is_another_body() -> None:
    ex = run("The Brastovian Climate Office said it had measured 21 millimetres of rain in an hour.\n\n"
             "The Mossbury roads office, which resurfaced the descent in March, said the new surface had passed every "
             "test.\n")
    assert ("Mossbury roads office", "the new surface had passed every test") in [
        (s.speaker, s.content) for s in statements(ex)]


def test_a_body_of_something_is_not_the_firm_that_spoke_before() -> None:
    ex = run("The ministry of farming says about 6,000 samples may have been damaged.\n\n"
             "After the meeting, Kilnbrook Services told the paper that its engineers had found water in the fuel "
             "tank. The ministry of farming said in a statement that it had set aside 450,000 halmers for the work.\n")
    assert figure_sources(ex, 450000) == ["ministry of farming"]


def test_a_role_on_a_post_of_its_own_is_not_the_one_unnamed_person_before() -> None:
    # (in an interview's answer, after "By the time an engineer reached us ...")
    ex = article_extraction("articles_dev_h26", "interview-halcany-mirrowdale-seed-store-thaw.txt")
    said = {s.content: s.speaker for s in statements(ex)}
    assert said["climbing like a clock"] == "guard on duty"


def test_according_to_a_role_and_its_name_covers_every_clause_after_them() -> None:
    ex = run("According to the race doctor, Urska Wace, 41 riders fell, 9 of them needed treatment at the roadside and 4 "
             "were taken to hospital in Mossbury.\n")
    assert figure_sources(ex, 41) == ["Urska Wace"]
    assert figure_sources(ex, 9) == ["Urska Wace"]
    assert figure_sources(ex, 4) == ["Urska Wace"]
    assert not any(s.content.startswith("Urska Wace") for s in statements(ex))


def test_a_request_inside_what_a_body_said_leaves_the_body_its_words() -> None:
    ex = run("The Union of Professional Cyclists said its riders' representatives had asked the race jury at 11:00 on "
             "Thursday, more than three hours before the crash, to take the timing off the descent if it rained.\n")
    said = [(s.speaker, s.content) for s in statements(ex)]
    assert any(speaker == "Union of Professional Cyclists" and content.startswith("its riders' representatives had asked")
               for speaker, content in said)


# -- figures -------------------------------------------------------------------------------------------------------


def test_both_ends_of_a_change_the_parser_read_as_one_number_count_the_object() -> None:
    ex = run("The Union of Ropeway Staff said the operator had cut its technical staff from 42 to 29 over the past three "
             "years.\n")
    assert figure_units(ex, 42) == ["staff"]
    assert figure_units(ex, 29) == ["staff"]


def test_both_ends_of_a_change_tagged_as_a_date_count_the_object() -> None:
    ex = run("The union said the operator had cut its technical staff from 42 to 29 last year.\n")
    assert figure_units(ex, 42) == ["staff"]
    assert figure_units(ex, 29) == ["staff"]


def test_a_crowd_put_at_a_number_counts_people() -> None:
    ex = run("The winner took 8,000 ostrels in prize money. Police estimated the crowd on the climb at about 30,000.\n")
    assert figure_units(ex, 30000) == ["people"]


def test_a_roster_cut_from_one_number_to_another_counts_its_members() -> None:
    ex = run("Nestor Challis, the union's representative at the plant, said management had cut the operator roster "
             "from 42 to 35 in 2056 to save money.\n")
    assert figure_units(ex, 42) == ["operators"]
    assert figure_units(ex, 35) == ["operators"]


def test_an_age_that_rises_from_one_number_to_another_is_in_years() -> None:
    ex = run("The government announced on Tuesday that the state pension age will rise from 65 to 67, in steps of "
             "four months a year.\n")
    assert figure_units(ex, 65) == ["years"]
    assert figure_units(ex, 67) == ["years"]


def test_a_part_of_the_most_something_things_counts_those_things() -> None:
    ex = run("Under the agreement, 38 of the most fragile manuscripts will stay in Corsholt, the museum said.\n")
    assert figure_units(ex, 38) == ["manuscripts"]


def test_the_end_of_a_fall_after_a_stretch_of_years_counts_the_things_that_fell() -> None:
    ex = run("The release says the number of letters Ilvassa Mail handles has fallen by 61 percent in ten years, to "
             "about 1.4 million a day.\n")
    assert figure_units(ex, 1400000) == ["letters"]


def test_the_first_or_last_few_of_a_kind_are_counted() -> None:
    ex = run("The keeper said the archive would put the first 200 manuscripts on show in the spring. Kelby have won "
             "eight of their last 10 league matches.\n")
    assert figure_units(ex, 200) == ["manuscripts"]
    assert figure_units(ex, 10) == ["league matches"]


def test_all_but_a_few_count_the_things_before_the_stretch_of_time() -> None:
    ex = run("He said the team's riders had given 312 samples over the past two seasons and that all but four had "
             "been clean.\n")
    assert figure_units(ex, 2) == ["seasons"]
    assert figure_units(ex, 4) == ["samples"]


def test_the_top_few_stay_a_selection() -> None:
    # (a guard: "the top 10 firms" picks some out of a ranking, it reports no count)
    ex = run("The regulator said the top 10 firms had paid 41 million corvins in fines.\n")
    assert figure_units(ex, 10) == []
