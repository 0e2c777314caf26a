"""Clauses the parser hides and names that break sentences.

"told Harbour Today they had ...", "The register lists 41 Pellham recruits", "said at a briefing that ...",
"..., and that sirens sounded ...".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import figures, run, speakers_by_content, statements


def test_no_sentence_starts_inside_an_outlet_s_name() -> None:
    ex = run("Several fishermen in Corrowick told Harbour Now they had seen no warning lights at all.")
    speakers = speakers_by_content(ex)
    assert [s for c, s in speakers.items() if c.endswith("they had seen no warning lights at all")] == \
        ["Several fishermen in Corrowick"]


def test_no_sentence_starts_at_a_number_in_mid_line() -> None:
    ex = run("The Pennyfold ledger lists 23 Wallowmere recruits.")
    recruits = [f for f in figures(ex) if f[0] == 23]
    assert recruits and recruits[0][2] == "recruits"


def test_a_that_clause_after_at_a_briefing_is_what_was_said() -> None:
    ex = run("Prudence Ollerenshaw, the council's spokeswoman, said at a briefing that crews had moved 2,300 people "
             "to 31 halls in the town, and that others had gone to friends.")
    speakers = speakers_by_content(ex)
    assert speakers.get("crews had moved 2,300 people to 31 halls in the town") == "Prudence Ollerenshaw"
    assert speakers.get("others had gone to friends") == "Prudence Ollerenshaw"
    assert [f[3] for f in figures(ex) if f[0] in (2300, 31)] == ["Prudence Ollerenshaw"] * 2


def test_and_that_before_a_plural_subject_opens_a_second_reported_clause() -> None:
    ex = run("Brightwater Power says it opened the sluices on Monday night, when the lake was 3 metres below the "
             "crest, and that sirens sounded in Tollan at 04:10, nine minutes after the wall cracked.")
    speakers = speakers_by_content(ex)
    assert speakers.get("sirens sounded in Tollan at 04:10, nine minutes after the wall cracked") == "Brightwater Power"


def test_an_amount_appealed_for_is_the_appealing_body_s() -> None:
    ex = run("The Corran Relief Guild said it had sent 900 tents to the valley. It has appealed for 2 million dravs "
             "in donations.")
    assert [f[3] for f in figures(ex) if f[0] == 2_000_000] == ["Corran Relief Guild"]


def test_a_time_limit_after_the_first_of_something_is_a_figure() -> None:
    ex = run("The flood reached the first farms within about 25 minutes, the authority said.")
    assert [(f[0], f[2], f[5]) for f in figures(ex)] == [(25, "minutes", ("about",))]


def test_a_person_of_an_age_gives_the_age_in_years() -> None:
    ex = run("The ministry says the other victims were a woman of 81 and a man of 59.")
    ages = sorted((f[0], f[2]) for f in figures(ex) if f[0] in (81, 59))
    assert ages == [(59, "years"), (81, "years")]


def test_an_unnamed_role_is_not_a_person_named_later_with_another_role() -> None:
    ex = run("In one report, dated March 3, an inspector wrote that 9 of 40 samples from the cooling hall were "
             "positive.\n\nLetters seen by the Gazette show that the dairy's hygiene manager, Ottoline Brackwell, "
             "warned the owners in April that the hall was unsafe.\n\nBrackwell, 51, told the Gazette she had asked "
             "for the hall to be closed.")
    speakers = speakers_by_content(ex)
    assert speakers.get("9 of 40 samples from the cooling hall were positive") == "an inspector"


def test_reports_from_a_body_s_office_released_to_an_outlet_are_the_body_s() -> None:
    ex = run("The Marl Food Agency said 12 people were ill.\n\nInspection reports from the agency's eastern office, "
             "released to the Gazette under the freedom of information law, show that samples tested positive on "
             "four occasions.")
    speakers = speakers_by_content(ex)
    assert speakers.get("samples tested positive on four occasions") == "Marl Food Agency"


_DEBATE = (
    "Ferry fares and the harbour: the Penhallow debate\n\nBy Osric Wendell\nPenhallow Television\nMay 2, 2076\n\n"
    "OSRIC WENDELL: Good evening. With me are Tamsin Orrery and Benedikt Scarrow.\n\n"
    "TAMSIN ORRERY: Fares went up twice last year. The harbour auditor found in March that the ferry subsidy was "
    "overspent by a quarter.\n\n"
    "OSRIC WENDELL: Benedikt Scarrow, the Penhallow Builders' Federation says the town has land for perhaps 900 "
    "more homes. Would you let it?\n\n"
    "BENEDIKT SCARROW: Yes, and soon.\n"
)


def test_a_name_addressed_in_a_turn_is_not_the_subject_after_it() -> None:
    ex = run(_DEBATE)
    homes = [f for f in figures(ex) if f[0] == 900]
    assert homes and homes[0][3] == "Penhallow Builders' Federation" and homes[0][4] == ("Osric Wendell",)


def test_what_an_auditor_found_is_the_auditor_s_passed_on_in_a_turn() -> None:
    ex = run(_DEBATE)
    share = [f for f in figures(ex) if f[0] == 25]
    assert share and share[0][3] == "harbour auditor" and share[0][4] == ("Tamsin Orrery",)


def test_those_at_risk_are_people() -> None:
    ex = run("The report warns that 48,000 of those at risk have already left their villages.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(48_000, "people")]


def test_the_other_two_people_who_died_are_counted() -> None:
    ex = run("The ministry says the other two people who died were fishermen.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(2, "people")]


def test_prices_collected_by_a_body_named_before_are_that_body_s() -> None:
    ex = run("The Corrow Grain Network said in a report that food was scarce.\n\nIn the town of Ambry, a sack of maize "
             "cost 2,400 dravs last week, according to prices collected by the network.")
    assert [f[3] for f in figures(ex) if f[0] == 2400] == ["Corrow Grain Network"]


def test_an_unnamed_body_is_the_one_named_next_with_its_words() -> None:
    ex = run("Nearly 2 million people in the north will go hungry by June, a crop-monitoring network said in a report "
             "on Monday.\n\nThe Velden Crop Monitoring Network, which is funded by nine governments, said rains had "
             "failed.")
    assert [f[3] for f in figures(ex) if f[0] == 2_000_000] == ["Velden Crop Monitoring Network"]


def test_a_name_ending_in_ratings_is_a_body() -> None:
    ex = run("Orrin Ratings downgraded the port authority in May and said its debt was \"too high\".")
    assert [s for s in ex.to_dict()["statements"] if s["speaker"]["name"] == "Orrin Ratings"][0]["speaker"]["type"] \
        == "organization"


def test_a_that_clause_after_a_note_to_clients_is_what_was_said() -> None:
    ex = run("Analysts at the broker Pellow Strand said in a note to clients that insurers had paid out about 310 "
             "million dravs in claims last year.")
    sources = [f[3] for f in figures(ex) if f[0] == 310_000_000]
    assert len(sources) == 1 and sources[0] is not None and "Pellow Strand" in sources[0]


def test_the_head_of_another_body_is_not_the_head_described_before() -> None:
    ex = run("Brackwell Sensing's count of the debris is higher. Its head of analysis, Ottilie Marchbank, said the "
             "firm's radar had picked up 1,800 fragments.\n\nState radio, quoting the head of the country's weather "
             "service, reported that the old satellite had been due to be moved in 2070.")
    speakers = speakers_by_content(ex)
    assert speakers.get("the old satellite had been due to be moved in 2070") == \
        "head of the country's weather service"


def test_an_officer_s_word_for_her_own_firm_is_hers() -> None:
    ex = run("Brackwell Sensing's count of the debris is higher. Its head of analysis, Ottilie Marchbank, said the "
             "firm's radar had picked up 1,800 fragments. Brackwell expects the number of tracked fragments to reach "
             "2,500 within a week, she said.")
    assert [(f[3], f[4]) for f in figures(ex) if f[0] == 2500] == [("Ottilie Marchbank", ())]


def test_it_said_after_a_sentence_about_the_railway_is_the_railway() -> None:
    ex = run("Pay talks between Corvel State Railways and its union failed. The deal would delay trains from the "
             "maker, Ashdown Carriage Works.\n\nThe railway carries about 900,000 passengers a day. During the last "
             "strike, it ran 22 percent of its scheduled trains, it said.")
    assert [f[3] for f in figures(ex) if f[0] == 22] == ["Corvel State Railways"]


def test_a_person_described_then_named_by_first_name_is_that_name() -> None:
    ex = run("A nurse with 19 years on the ward, who asked to be identified only by her first name, Rozalind, said "
             "she took home about 2,100 dravs a month.")
    assert [f[3] for f in figures(ex) if f[0] == 2100] == ["Rozalind"]


def test_a_quoted_ratio_counts_the_noun_after_the_quote() -> None:
    ex = run('The society said the dust would spoil "perhaps one in four" night-sky photographs.')
    assert sorted((f[0], f[2]) for f in figures(ex)) == [(1, "sky photographs"), (4, "sky photographs")]


def test_figures_that_give_a_strength_as_a_number_are_a_reading() -> None:
    ex = run("The brigade's own figures, published in March, give its strength as 1,480 firefighters.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(1480, "brigade's own figures")]


def test_but_that_after_an_earlier_that_opens_a_clause_before_a_singular_noun() -> None:
    ex = run("The commissioner, Ilse Vandermolen, said this month that recorded thefts fell by 12 percent last year "
             "but that street crime rose.")
    assert speakers_by_content(ex).get("street crime rose") == "Ilse Vandermolen"


def test_a_family_of_six_counts_people() -> None:
    ex = run("She said a weekly ration for a family of six now cost about 40 dravs.")
    assert (6, "people") in [(f[0], f[2]) for f in figures(ex)]


def test_one_in_a_number_over_a_thousand_is_a_ratio() -> None:
    ex = run('The maker says its own tests show the fault affects "fewer than one in 5,000" chargers.')
    assert sorted((f[0], f[2]) for f in figures(ex)) == [(1, "chargers"), (5000, "chargers")]


def test_a_count_after_a_second_party_with_its_verb_left_out() -> None:
    ex = run("Voters also elected the 40-member assembly. The Harbour Party lost ground, falling from 19 seats to 14, "
             "while the Tollgate List won 11 and Amber Coast seven. Independents hold the other eight.")
    assert sorted((f[0], f[2]) for f in figures(ex) if f[0] in (7, 8, 11)) == [(7, "seats"), (8, "seats"),
                                                                            (11, "seats")]


def test_a_title_case_headline_s_verb_is_no_part_of_a_name() -> None:
    title = "Lindqvist Says Harbour Museum Will Tell of 'Grief and Hope.'"
    ex = run(f"{title}\n\nHALDEN -- President Lindqvist, opening the museum on Saturday, said it would tell a "
             "national story.", title=title)
    assert {s.speaker for s in statements(ex)} == {"Lindqvist"}


def test_transcript_turns_that_open_with_a_quotation_mark_are_turns() -> None:
    ex = run("Tarrant: the budget will hold\n\nOn Sunday's edition of \"The Week Ahead,\" the finance minister, Odo "
             "Tarrant, defended the budget.\n\nPartial transcript as follows:\n\n\"MERCER: Minister, your own "
             "officials say the deficit will double. Will it?\n\n\"TARRANT: No. The deficit will fall next year, and "
             "our plan pays for every promise in it.\n")
    speakers = speakers_by_content(ex)
    turn = next(c for c in speakers if c.startswith("No. The deficit will fall next year"))
    assert speakers[turn] == "Odo Tarrant"
    assert not any(c.startswith("TARRANT:") or c.startswith("MERCER:") for c in speakers)


def test_a_that_clause_the_parser_hung_on_a_time_phrase_is_what_was_written() -> None:
    ex = run("Vance tweeted in the early morning hours that Delacroix was \"disgusting\" and \"a con\".")
    assert speakers_by_content(ex).get('Delacroix was "disgusting" and "a con"') == "Vance"


def test_it_after_a_document_sent_by_a_body_is_that_body() -> None:
    ex = run("The council sent a cease-and-desist letter Thursday. It says the campaign broke federal and state law "
             "by using copyrighted material.")
    assert speakers_by_content(ex).get("the campaign broke federal and state law by using copyrighted material") == \
        "council"


def test_a_paragraph_after_a_closing_said_colon_is_the_speaker_s_words() -> None:
    ex = run("Daniel Whitcombe, a radio host, said on Monday that the debate was rigged.\n\nWhitcombe added:\n\nThis is the "
             "most frightened campaign I have ever seen. They cannot win without rigging the debate?\n\n"
             "The campaign did not respond.\n")
    speakers = speakers_by_content(ex)
    block = next((c for c in speakers if c.startswith("This is the most frightened campaign")), None)
    assert block is not None and speakers[block] == "Daniel Whitcombe"
