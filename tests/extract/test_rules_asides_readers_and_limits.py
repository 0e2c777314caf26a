"""Asides that break into a clause, papers named by how often they come out, statements read out by someone else,
documents a body published or an outlet saw, and numbers set against a count or a limit before them.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import figure_sources, figure_units, figures, run, speakers_by_content, statements


def test_an_aside_hung_on_the_noun_after_it_reports_the_clause_before_it() -> None:
    ex = run("Tests on the well water at Marrowby on Monday found nitrate at 71 milligrams per litre, he said, "
             "about 40 percent above the legal limit.")
    assert speakers_by_content(ex) == {
        "Tests on the well water at Marrowby on Monday found nitrate at 71 milligrams per litre": "he"}
    # the words after the aside go on with what he said
    assert figure_sources(ex, 71) == ["he"]
    assert figure_sources(ex, 40) == ["he"]


def test_a_paper_named_by_how_often_it_comes_out_can_speak() -> None:
    ex = run("The board backed the merger by four votes to three, the weekly said.\n\n"
             "The vote was held in private, the daily reported.")
    by_content = speakers_by_content(ex)
    assert by_content["The board backed the merger by four votes to three"] == "weekly"
    assert by_content["The vote was held in private"] == "daily"
    assert figure_sources(ex, 4) == ["weekly"]
    # (a day or a season is still no speaker)
    ex = run("The harvest was poor, last autumn proved.")
    assert not statements(ex)


def test_a_body_that_accepts_or_records_that_something_happened_says_so() -> None:
    ex = run("Dunmere Rail accepts that two of its four signal relays failed on the night of the crash.")
    assert speakers_by_content(ex) == {
        "two of its four signal relays failed on the night of the crash": "Dunmere Rail"}
    assert figure_sources(ex, 4) == ["Dunmere Rail"]


def test_notes_a_body_published_speak_for_it_in_the_next_sentence() -> None:
    ex = run("The port authority published its inspection notes on Friday. They record that a crane was lifting "
             "loads of 14 tonnes, against a safe limit of 9, and that two of its six brakes were worn.")
    by_content = speakers_by_content(ex)
    assert by_content["a crane was lifting loads of 14 tonnes, against a safe limit of 9"] == "port authority"
    assert figure_sources(ex, 14) == ["port authority"]
    # a limit set against a level takes the level's unit
    assert figure_units(ex, 9) == ["tonnes"]
    assert figure_units(ex, 6) == ["brakes"]


def test_a_count_set_against_the_one_before_takes_its_unit() -> None:
    ex = run("Oskar Lindqvist said 930 nurses were covered by the deal, not the 780 the union had balloted.")
    assert figure_units(ex, 780) == ["nurses"]
    assert figure_sources(ex, 780) == ["Oskar Lindqvist"]
    ex = run("The firm hired 40 drivers, more than the 25 it had promised.")
    assert figure_units(ex, 25) == ["drivers"]
    # ("the two" alone is a reference back, not a count)
    ex = run("Three crew members were hurt, and the two were flown to Brenholt.")
    assert [f for f in figures(ex) if f[0] == 2] == []


def test_a_pronoun_after_a_person_named_in_its_own_sentence_is_that_person() -> None:
    ex = run("A ferry deckhand, Ilse Varga, said she earned about 1,700 crowns a month.\n\n"
             "Margit Halloran said the offer would cost 1.2 million crowns a year and that a better one would cost "
             "\"well over two million\", money she said would have to come from \"fares, routes or both\".")
    by_content = speakers_by_content(ex)
    assert by_content['would have to come from "fares, routes or both"'] == "Margit Halloran"


def test_a_statement_read_out_by_someone_is_its_writer_s_passed_on_by_the_reader() -> None:
    ex = run("09:40 Detective Inspector Ruth Oakes, who is leading the inquiry, said the van was found at 08:15.\n\n"
             "10:05 The boy's father, Anders Kell, has arrived at the harbour. In a statement read out by Oakes, he "
             "thanked the lifeboat crews and said his son was \"brave, stubborn and loved\".")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got['his son was "brave, stubborn and loved"'] == ("Anders Kell", ("Ruth Oakes",))
    # a live page's timestamp is no part of a name
    assert got["the van was found at 08:15"][0] == "Ruth Oakes"


def test_a_body_s_own_record_in_an_according_to_phrase_is_the_body_s() -> None:
    ex = run("Velden Ballot Services counted the papers.\n\n"
             "The council collects rubbish from about 41,000 homes, according to its own annual report.")
    assert figure_sources(ex, 41000) == ["council"]


def test_a_clause_after_and_with_the_same_perfect_goes_on_with_the_words() -> None:
    ex = run("The museum has lost about a fifth of its visitors since the flood, Henk Aalders said, and has cut its "
             "guides from 30 to 18.\n\n"
             "The gallery has lost about a quarter of its visitors since the roof began leaking, Ruth Lamb said, and "
             "has cut its staff from 21 to 14.")
    by_content = speakers_by_content(ex)
    assert by_content["has cut its guides from 30 to 18"] == "Henk Aalders"
    assert by_content["has cut its staff from 21 to 14"] == "Ruth Lamb"
    assert figure_sources(ex, 18) == ["Henk Aalders"]


def test_an_aside_that_breaks_into_a_second_clause_leaves_the_first_to_the_outlet() -> None:
    ex = run("The bakery sells more than 2,000 loaves a day, and the morning after the fire was, Rosa Lind said, "
             "\"the longest queue we have ever seen\".")
    assert figure_sources(ex, 2000) == [None]
    assert any(s.speaker == "Rosa Lind" and "longest queue" in s.content for s in statements(ex))


def test_a_theatre_seats_its_audience() -> None:
    ex = run("The hall, which seats 620, has been shut since March.")
    assert figure_units(ex, 620) == ["seats"]


def test_scores_as_marks_are_no_number() -> None:
    ex = run("Inspectors ignored their own scores for the Aldgate school.\n\nScores of parents were angry.\n\n"
             "At least two people drowned and scores more were missing.")
    ranges = [f[1] for f in figures(ex) if f[1] is not None]
    assert ranges == [[40, 99], [40, 99]]


def test_a_document_an_outlet_saw_is_passed_on_by_that_outlet() -> None:
    ex = run("The trust paid 2.3 million rands for the site, according to minutes of the board meeting seen by the "
             "business weekly Ledgerline.")
    assert [f[4] for f in figures(ex) if f[0] == 2300000] == [("Ledgerline",)]
    assert [s.via for s in statements(ex)] == [("Ledgerline",)]


def test_a_document_closing_the_sentence_after_a_day_speaks() -> None:
    ex = run("Nearly 600 homes along the Welle were flooded, a council report published on Monday shows.")
    assert speakers_by_content(ex) == {
        "Nearly 600 homes along the Welle were flooded": "a council report published on Monday"}
    assert figure_sources(ex, 600) == ["a council report published on Monday"]


def test_a_thing_a_relative_clause_puts_at_a_figure_is_its_estimate() -> None:
    ex = run("The bridge closure adds 14 kilometres to the school run, a detour the council puts at about 25 minutes "
             "each way.")
    assert figure_sources(ex, 25) == ["council"]
    assert figure_sources(ex, 14) == [None]


def test_a_copy_seen_by_an_outlet_is_a_copy_of_the_document_the_sentence_opens_with() -> None:
    ex = run("A survey commissioned by the Brellin harbour board put the number of moorings needed nearer 300, "
             "according to a copy seen by the Courier.")
    assert figure_sources(ex, 300) == ["Brellin harbour board"]


def test_a_body_that_told_the_teller_stays_the_source_of_its_figures() -> None:
    ex = run("Karin Oddsen, who represents Brellin in parliament, said the transport ministry had told her the repairs "
             "would take about nine months.")
    assert [(f[3], f[4]) for f in figures(ex) if f[0] == 9] == [("transport ministry", ("Karin Oddsen",))]
    # (but a teller's own account of being told stays hers)
    ex = run("The minister, Karin Oddsen, said she had been told by officials that the fund's last 40 million crowns "
             "would be spent by July.")
    assert figure_sources(ex, 40000000) == ["Karin Oddsen"]


def test_words_quoted_right_after_an_order_are_the_words_of_the_one_who_gave_it() -> None:
    ex = run("Piet Almsgard, who drove for the firm until May, told the weekly Axle that the brakes had been faulty "
             "\"for months\", and that a supervisor had told him to \"drive it anyway and say nothing\".")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got["drive it anyway and say nothing"][0] == "a supervisor"
    assert "Piet Almsgard" in got["drive it anyway and say nothing"][1]


def test_lawyers_who_advised_that_speak_through_the_one_who_says_so() -> None:
    ex = run("Mats Lindgren said the club's lawyers had advised that the ban covered only \"members in good standing\".")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got == {'the ban covered only "members in good standing"': ("club's lawyers", ("Mats Lindgren",))}


def test_the_spokeswoman_after_someone_spoke_through_one_is_theirs() -> None:
    ex = run("The health minister, Ivo Brandt, said through a spokeswoman that he had \"no part\" in the award. "
             "The spokeswoman said the contract had been put out to tender.")
    by_content = speakers_by_content(ex)
    assert by_content["the contract had been put out to tender"] == "the health minister's spokeswoman"
    # (one named where he spoke through her is found by her name)
    ex = run("Through his lawyer, Ruth Kessel, Ivo Brandt denied the claim. The lawyer said he would sue.")
    assert speakers_by_content(ex)["he would sue"] == "Ruth Kessel"


def test_a_score_is_in_points_and_a_party_counts_people() -> None:
    ex = run("Ilse Marr said her bid had been turned down with a score of 58.\n\n"
             "The higher-ranked bids scored 81 and 77, the memo said.\n\n"
             "She had booked a party of 14 for the launch.")
    assert figure_units(ex, 58) == ["points"]
    assert figure_units(ex, 81) == ["points"]
    assert figure_units(ex, 77) == ["points"]
    assert figure_units(ex, 14) == ["people"]
    # (goals scored are goals)
    ex = run("Brand scored 31 goals in three seasons.")
    assert figure_units(ex, 31) == ["goals"]


def test_a_paper_cited_at_the_end_that_names_no_one_is_the_body_the_report_is_about() -> None:
    ex = run("The weekly Tabby reported on Thursday that the ministry had set a target of saving 40 million crowns a "
             "year from rural clinics, citing a budget paper sent to managers before Christmas.")
    assert [(f[3], f[4]) for f in figures(ex) if f[0] == 40000000] == [("ministry", ("Tabby",))]
    # (a paper that says whose it is stays that body's)
    ex = run("The daily Orrin reported, citing a memo from the Velden treasury, that the ministry had spent 50 million "
             "crowns.")
    assert figure_sources(ex, 50000000) != ["ministry"]


def test_the_one_asked_answers_not_the_one_who_asked() -> None:
    ex = run("The meeting was chaired by Idonea Brack, who leads the council. By the end she had called 30 speakers.\n\n"
             "Hanne Roop, a nurse at the town's clinic, said the clinic saw about 900 patients. Asked by Brack whether "
             "that was unusual, she said it was \"about twice what I would expect\".")
    assert speakers_by_content(ex)['it was "about twice what I would expect"'] == "Hanne Roop"


def test_a_report_pointed_to_holds_the_report_s_words_passed_on_by_the_pointer() -> None:
    ex = run("Ines Varda, who speaks on health for the opposition, pointed to a report in the daily Kestrel last week "
             "that the minister had met the supplier twice.")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got["the minister had met the supplier twice"] == ("Kestrel", ("Ines Varda",))


def test_a_long_subject_read_as_the_object_of_said_still_opens_the_words() -> None:
    ex = run("She said talks on the fare, and on who would pay for the new 12-kilometre tram line, would resume in "
             "May.")
    assert speakers_by_content(ex) == {
        "talks on the fare, and on who would pay for the new 12-kilometre tram line, would resume in May": "She"}


def test_a_body_s_stated_response_or_position_gives_its_words() -> None:
    ex = run("Harrowgate Toys' first response, on the day the tests were published, was that the seat had passed "
             "\"every test the law requires\".\n\nThe ministry's position is that 40 percent of the fund has been "
             "spent.")
    by_content = speakers_by_content(ex)
    assert by_content['the seat had passed "every test the law requires"'] == "Harrowgate Toys"
    assert figure_sources(ex, 40) == ["ministry"]
    # (not what one could say: "its best argument is that ...")
    ex = run("Its best argument is that the port is indispensable to the region.")
    assert not statements(ex)
