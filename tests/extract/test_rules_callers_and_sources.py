"""Phone-in callers named in their label's bracket, the people a turn's speaker calls "my accountant" or "my
daughter", and further sources read from how a story names them.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import (
    figure_sources,
    figures,
    run,
    speakers,
    speakers_by_content,
    statements,
)

PHONE_IN = (
    "Mayor answers listeners\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
    "The mayor, Wendeline Crowther, took calls on Radio Tamsin on Friday.\n\n"
    "PRESENTER: Let's go to the phones.\n\n"
    "CALLER (ANSELMO PRIDDLE, WESTBRAY): Morning. My landlord put my rent up from 700 to 910 florins a month, and "
    "when I complained he told me, and I'm quoting him, \"there are plenty who will pay it\". What will you do?\n\n"
    "WENDELINE CROWTHER (mayor): I'm sorry to hear that, Anselmo.\n\n"
    "CALLER (HILDEMAR COATSWORTH, EASTLEY): I own two shops on the high street. My accountant says half the "
    "traders he works for are thinking of closing.\n\n"
    "CALLER (ROSALBA FINNEMORE, NETHERBY): My daughter is a nurse. She told me last night, \"Mum, I'll be "
    "renting at 50.\" That's where we are.\n"
)


def test_a_callers_label_names_the_caller_in_its_bracket() -> None:
    ex = run(PHONE_IN)
    by_content = {s.content[:30]: s.speaker for s in statements(ex)}
    assert by_content["Morning. My landlord put my re"] == "Anselmo Priddle"
    assert by_content["I own two shops on the high st"] == "Hildemar Coatsworth"
    assert figure_sources(ex, 700) == ["Anselmo Priddle"]
    assert figure_sources(ex, 910) == ["Anselmo Priddle"]
    # the label's word is kept as the mention
    assert next(s for s in speakers(ex) if s.name == "Anselmo Priddle").mention == "CALLER"


def test_the_people_a_caller_calls_mine_speak_through_the_caller() -> None:
    ex = run(PHONE_IN)
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got["there are plenty who will pay it"] == ("Anselmo Priddle's landlord", ("Anselmo Priddle",))
    assert got["half the traders he works for are thinking of closing"] == (
        "Hildemar Coatsworth's accountant", ("Hildemar Coatsworth",))
    assert got["Mum, I'll be renting at 50."] == ("Rosalba Finnemore's daughter", ("Rosalba Finnemore",))
    assert figure_sources(ex, 50) == ["Hildemar Coatsworth's accountant", "Rosalba Finnemore's daughter"]


def test_a_bracket_that_is_no_name_keeps_the_label() -> None:
    ex = run("Mayor answers listeners\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
             "CALLER (from Westbray): The buses never come on time, and the last one leaves before nine.\n\n"
             "WENDELINE CROWTHER (mayor): We are adding two routes in June, and the last bus will leave at midnight.\n")
    by_content = speakers_by_content(ex)
    assert by_content["The buses never come on time, and the last one leaves before nine."] == "Caller"


def test_a_that_clause_hung_on_an_adverb_of_time_is_what_was_said() -> None:
    ex = run("The Tarnwick Electoral Office, which runs the vote, said earlier in the evening that 3.4 million people "
             "were registered to vote.")
    assert speakers_by_content(ex)["3.4 million people were registered to vote"] == "Tarnwick Electoral Office"
    assert figure_sources(ex, 3400000) == ["Tarnwick Electoral Office"]


def test_figures_published_by_a_body_show_what_it_found_when_show_is_read_as_a_noun() -> None:
    ex = run("The Tarnwick Electoral Office runs the vote. Figures published by the office show that turnout was "
             "71.2 percent in the districts declared so far, against 66.5 percent five years ago.")
    assert speakers_by_content(ex)[
        "turnout was 71.2 percent in the districts declared so far, against 66.5 percent five years ago"] == \
        "Tarnwick Electoral Office"
    assert figure_sources(ex, 71.2) == ["Tarnwick Electoral Office"]


def test_records_whose_supplier_the_next_sentence_names_speak_for_it() -> None:
    ex = run("Fire crews took an average of 14.2 minutes to reach house fires last year, according to records "
             "released to Brindlecast under freedom-of-information law. That is the slowest average in a decade.\n\n"
             "The records were supplied by the Calder Vale Fire Authority in answer to two requests. In the hill "
             "villages the average was 21.4 minutes, the records show.")
    by_content = speakers_by_content(ex)
    assert by_content["Fire crews took an average of 14.2 minutes to reach house fires last year"] == \
        "Calder Vale Fire Authority"
    assert by_content["In the hill villages the average was 21.4 minutes"] == "Calder Vale Fire Authority"
    assert figure_sources(ex, 21.4) == ["Calder Vale Fire Authority"]


def test_a_body_named_further_down_a_page_that_runs_newest_first() -> None:
    ex = run("Count night live\n\nBy Odile Sparrowhawk\nTamsin Post\nMay 2, 2096\n\n"
             "Newest entries first.\n\n"
             "01:45 — The office says turnout had reached 68.3 percent by midnight, up from 64.0 percent last time.\n\n"
             "22:10 — The first ballot boxes have arrived at the count in Westbray.\n\n"
             "21:00 — Polls have closed. The Tarnwick Electoral Office said earlier that 3.4 million people were "
             "registered to vote.\n")
    by_content = speakers_by_content(ex)
    assert by_content["turnout had reached 68.3 percent by midnight, up from 64.0 percent last time"] == \
        "Tarnwick Electoral Office"
    assert figure_sources(ex, 68.3) == ["Tarnwick Electoral Office"]


def test_he_after_someone_told_him_is_the_one_told() -> None:
    ex = run("Casimir Wetherby said a dispatcher had told him that a crew was \"minutes away\". \"I rang them three "
             "times,\" he said.\n\nIts chair, Hildemar Coatsworth, said a nurse had told him of a night on which she "
             "saw only two doctors. \"She waited six hours for a bed,\" he said.")
    by_content = speakers_by_content(ex)
    assert by_content["I rang them three times,"] == "Casimir Wetherby"
    assert by_content["She waited six hours for a bed,"] == "Hildemar Coatsworth"
    assert figure_sources(ex, 3) == ["Casimir Wetherby"]


def test_they_opening_a_sentence_after_a_plural_speaker() -> None:
    ex = run("Tamsin Rail denied that the signal had failed. In a statement, the company said the line had been "
             "inspected in May.\n\nWestbray police said the driver had been breathalysed at the scene. They said they "
             "had opened an investigation, and had so far interviewed 14 witnesses.")
    by_content = speakers_by_content(ex)
    assert by_content["they had opened an investigation, and had so far interviewed 14 witnesses"] == "Westbray police"
    assert figure_sources(ex, 14) == ["Westbray police"]


def test_its_role_is_the_one_the_next_sentence_names_in_that_role() -> None:
    ex = run("Depositors of Coinwharf, the exchange that froze withdrawals in May, are owed between 2.1 billion and "
             "2.4 billion florins, its liquidator said on Monday.\n\n"
             "The liquidator, Leontyna Hargreave of the accountancy firm Pell Umber, told a creditors' meeting that the "
             "exchange held assets worth \"perhaps a quarter\" of that sum.")
    by_content = speakers_by_content(ex)
    assert by_content["Depositors of Coinwharf, the exchange that froze withdrawals in May, are owed between 2.1 "
                      "billion and 2.4 billion florins"] == "Leontyna Hargreave"
    assert figure_sources(ex, None) == ["Leontyna Hargreave"]  # the range
    # a share in quotation marks before "of"
    assert figure_sources(ex, 25) == ["Leontyna Hargreave"]


def test_its_operator_named_next_and_a_union_described_before_its_name() -> None:
    ex = run("WESTBRAY, Tarnwick, May 2 (Tamsin Wire) — At least nine people were hurt when a ferry struck the pier "
             "at Westbray on Friday, its operator said, as the dock workers' union blamed a steering fault that it said "
             "had been reported months earlier.\n\n"
             "The operator, Brinemark Ferries, said the ship had been carrying about 200 passengers.\n\n"
             "The Dock Workers' Union put the number of injured higher.")
    by_content = speakers_by_content(ex)
    assert by_content["At least nine people were hurt when a ferry struck the pier at Westbray on Friday"] == \
        "Brinemark Ferries"
    assert by_content["had been reported months earlier"] == "Dock Workers' Union"
    assert figure_sources(ex, 9) == ["Brinemark Ferries"]


def test_the_pollster_and_its_it_chain_on_a_page_running_newest_first() -> None:
    ex = run("Count night live\n\nBy Odile Sparrowhawk\nTamsin Post\nMay 2, 2096\n\nNewest entries first.\n\n"
             "00:50 — The pollster has updated its projection with the first declared results. It now puts the Harbour "
             "Party on 33 percent and the League on 32 percent, and says the two parties are \"within the margin of "
             "error "
             "of each other\". It projects that each will win between 50 and 56 seats.\n\n"
             "21:02 — The exit poll carried out by Votewell Research for the broadcaster QVN puts the governing "
             "Harbour Party on 34 percent and the Meadow League on 31 percent.\n")
    by_content = speakers_by_content(ex)
    assert by_content["the two parties are \"within the margin of error of each other\""] == "Votewell Research"
    assert by_content["each will win between 50 and 56 seats"] == "Votewell Research"
    for value in (33, 32, 34, 31):
        assert figure_sources(ex, value) == ["Votewell Research"], value


def test_a_name_before_a_misread_whose_clause_speaks() -> None:
    ex = run("Casimir Wetherby, whose son Vojtech, 23, was the submarine's youngest sailor, told QVN that he had learned "
             "of the offer from a newspaper.")
    assert speakers_by_content(ex)["he had learned of the offer from a newspaper"] == "Casimir Wetherby"
    # (read right, the same sentence keeps its reading)
    ex = run("Leontyna Hargreave, whose son Emil, 24, was the ferry's youngest deckhand, told QVN that she had learned of "
             "the sinking from a neighbour.")
    assert speakers_by_content(ex)["she had learned of the sinking from a neighbour"] == "Leontyna Hargreave"


def test_a_fine_read_as_one_phrase_with_the_one_fined() -> None:
    ex = run("The Tarnwick Markets Authority said it had opened an investigation. The authority fined the company "
             "3 million florins last year for advertising that described deposits as \"safe\".")
    assert figure_sources(ex, 3000000) == ["Tarnwick Markets Authority"]


def test_a_document_described_in_apposition_speaks_for_whoever_it_is_from() -> None:
    ex = run("The Tarnwick Maritime Agency said the search had gone to plan. A second leaked document, a radio log from "
             "the agency's operations centre that was published by the broadcaster QVN, shows that the first distress "
             "call was received at 04:12.")
    speaker = speakers_by_content(ex)["the first distress call was received at 04:12"]
    assert speaker is not None and speaker.startswith("Tarnwick Maritime Agency")


def test_a_hosts_relay_goes_on_after_a_quoted_fragment() -> None:
    ex = run("Morning phone-in\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
             "WENDELINE CROWTHER: Minister, one last question. The opposition Meadow League says your plan came "
             "\"three years too late\", and that as many as 12,000 families could lose their homes because of it. "
             "Will you publish your own figure?\n\n"
             "CASIMIR WETHERBY (minister for housing): We will.\n")
    got = {s.content: s.speaker for s in statements(ex)}
    assert got["as many as 12,000 families could lose their homes because of it"] == "Meadow League"
    assert figure_sources(ex, 12000) == ["Meadow League"]


def test_the_founder_named_in_apposition_is_a_person_his_pronoun_takes_up() -> None:
    ex = run("The Tarnwick Markets Authority said it had opened an investigation. Its chair, Emil Thornbury, said the "
             "authority had asked prosecutors to freeze the founder's accounts.\n\n"
             "The founder, Isidro Quickmere, has not been charged. Through his lawyer, Rosalba Finnemore, he said he "
             "had \"never touched a single florin of client money\".")
    said = [s.speaker for s in statements(ex) if "never touched a single florin" in s.content]
    assert said and set(said) == {"Isidro Quickmere"}


def test_claimed_to_have_read_as_a_purpose_is_the_claim() -> None:
    ex = run("The ransomware group, which calls itself Nightloom, claimed on its leak site to have stolen 600 gigabytes "
             "of data and demanded 3 million crowns in cryptocurrency.")
    assert speakers_by_content(ex)["to have stolen 600 gigabytes of data"] == "Nightloom"
    assert figure_sources(ex, 600) == ["Nightloom"]


def test_what_we_reported_is_the_writers_own_voice() -> None:
    ex = run("In Tuesday's edition we reported that 40 percent of children referred for speech therapy waited more "
             "than a year. The correct figure is 4 percent.")
    assert figure_sources(ex, 40) == [None]
    assert not statements(ex)


def test_a_number_takes_the_unit_of_the_one_joined_on_after_it() -> None:
    ex = run("Prosecutors had asked for terms of eight and five years. The two men were jailed for six and four years "
             "respectively. The number 6 and 19 buses will stop short at Canal Square.")
    got = [(f[0], f[2]) for f in figures(ex)]
    assert (8, "years") in got and (5, "years") in got and (6, "years") in got and (4, "years") in got
    assert (6, "buses") not in got


def test_nautical_miles_are_one_unit() -> None:
    ex = run("The coastguard said the trawler was stopped 6 nautical miles inside the zone.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(6, "nautical miles")]


def test_the_writers_own_code_speaks_in_the_writers_voice() -> None:
    ex = run("Our code of practice says corrections must appear within 48 hours. This one took nine days.")
    assert figure_sources(ex, 48) == [None]


def test_the_age_of_those_counted_in_a_partitive() -> None:
    ex = run("The 14 detained fishermen must be released. Two of them are 17, and the skipper is 52.")
    got = [(f[0], f[2]) for f in figures(ex)]
    assert (17, "years") in got and (2, "fishermen") in got
    # (a count of people of a kind stays a count: "seven of them are X citizens and two are Y citizens")
    ex = run("Nine foreign workers are trapped; seven of them are Hollesund citizens and two are Pravetian citizens.")
    assert (2, "years") not in [(f[0], f[2]) for f in figures(ex)]


def test_an_entry_of_a_log_speaks_as_the_log() -> None:
    ex = run("The Kittering's log records the last radio call at 03:10. An entry an hour later reads: \"No answer on "
             "any channel. Search suspended until first light.\"")
    speaker = speakers_by_content(ex)["No answer on any channel. Search suspended until first light."]
    assert speaker is not None and "Kittering" in speaker


def test_a_name_that_speaks_and_that_he_goes_on_with_is_a_persons() -> None:
    ex = run("Anselmo Priddle said the crew had been an hour late. \"I rang them three times,\" he said.")
    assert speakers_by_content(ex)["I rang them three times,"] == "Anselmo Priddle"
    assert figure_sources(ex, 3) == ["Anselmo Priddle"]


def test_the_presenter_the_introduction_names_is_the_outlets_voice() -> None:
    ex = run("Phone-in\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
             "The mayor took calls on Friday. The programme was presented by Wendeline Crowther.\n\n"
             "WENDELINE CROWTHER: Good morning. The Tenants' League says rents rose by 9 percent last year. Is that "
             "right?\n\n"
             "CASIMIR WETHERBY (mayor): No. Our own figures show a rise of 6.5 percent.\n")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert "Wendeline Crowther" not in {speaker for speaker, _via in got.values()}
    assert got["rents rose by 9 percent last year"] == ("Tenants' League", ())
    assert figure_sources(ex, 6.5) == ["Casimir Wetherby"]


def test_an_open_question_someone_would_not_answer_is_no_statement() -> None:
    ex = run("Emil Thornbury said the party would wait for the count, but did not say whether he would seek a deal. "
             "Police would not say how many people had been hurt.")
    assert [s.content for s in statements(ex)] == ["the party would wait for the count"]


def test_a_returning_officers_declaration_is_an_act_whose_figures_are_hers() -> None:
    ex = run("The returning officer, Leontyna Hargreave, declared the Harbour Party's Emil Thornbury elected with "
             "18,204 votes to 15,877.")
    assert not statements(ex)
    assert figure_sources(ex, 18204) == ["Leontyna Hargreave"]


def test_someone_who_would_not_comment_is_not_the_role_that_speaks_next() -> None:
    ex = run("Dorrit Vance did not respond to requests for comment. The ministry declined to comment.\n\n"
             "In a post on social media, the mayor wrote that the bridge would reopen \"within weeks\".")
    assert speakers_by_content(ex)["the bridge would reopen \"within weeks\""] != "Dorrit Vance"


def test_a_fronted_phrase_hung_on_the_closing_cue_is_part_of_what_was_said() -> None:
    ex = run("Of the 312 people on board, 280 have been rescued, officials said.")
    assert speakers_by_content(ex) == {"Of the 312 people on board, 280 have been rescued": "officials"}
    assert figure_sources(ex, 312) == ["officials"]
