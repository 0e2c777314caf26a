"""Words passed on, documents that speak for their authors, and counts in lists and changes.

"..., she said, according to the agency", "Kestral quoted her as saying ...", "A detention order signed
by a judge ... says", "ANALYST NOTE:", "cut their price target to 24 from 27", "puts the number of X at
nine and of Y at 31", "aged 29, 41 and 56", "cut by a fifth, from 150 to 120".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import figures, run, speakers_by_content, statements


def test_a_quotation_said_according_to_an_outlet_is_the_speaker_s_passed_on() -> None:
    ex = run("Its director, Halvard Ostrenko, told the agency Brightcast that seizures had doubled. \"The ports are "
             "the weak point,\" he said, according to Brightcast. \"The airports are not.\"")
    said = [s for s in statements(ex) if s.kind == "direct"]
    assert [(s.speaker, s.via) for s in said] == [("Halvard Ostrenko", ("Brightcast",))] * 2


def test_words_said_according_to_an_outlet_are_one_statement_passed_on() -> None:
    ex = run("Colonel Berin Maskell commands the garrison. He said the army had pulled back 300 soldiers, according "
             "to Vostok Wire.")
    assert [(s.speaker, s.content, s.via) for s in statements(ex)] == [
        ("Berin Maskell", "the army had pulled back 300 soldiers", ("Vostok Wire",))]
    assert [(f[3], f[4]) for f in figures(ex) if f[0] == 300] == [("Berin Maskell", ("Vostok Wire",))]
    # (an agreement is no saying: "City have agreed terms, according to X" stays X's)
    ex = run("Harrowgate have already agreed personal terms with the player, according to two people briefed on "
             "the talks.")
    assert [s.speaker for s in statements(ex)] == ["two people"]


def test_he_after_a_man_from_a_place_is_the_man() -> None:
    ex = run("A 24-year-old man from Lusandra told the station that the engine had failed twice. \"We drifted for "
             "a whole night,\" he said.")
    said = [s for s in statements(ex) if s.kind == "direct"]
    assert [s.speaker for s in said] == ["A 24-year-old man from Lusandra"]


def test_a_bare_surname_is_the_one_introduced_first() -> None:
    ex = run("Ondine Carrowby, 41, a reporter for the weekly Tidemark, was arrested on Friday. Carrowby had "
             "written about the port contracts.\n\nHer brother, Aurelio Carrowby, said the family had not seen "
             "her. Officials said Carrowby had \"crossed a line\".")
    speakers = speakers_by_content(ex)
    assert speakers.get("the family had not seen her") == "Aurelio Carrowby"
    assert [s.speaker for s in statements(ex) if "crossed a line" in s.content] == ["Officials"]
    quoted = run("Ondine Carrowby, 41, a reporter for the weekly Tidemark, was arrested on Friday. Her brother, "
                 "Aurelio Carrowby, said she was innocent.\n\nOn Monday the paper printed words Carrowby spoke in "
                 "March. Tidemark quoted her as saying that she had counted 90 new graves.")
    assert [s.speaker for s in statements(quoted) if "90 new graves" in s.content] == ["Ondine Carrowby"]


def test_a_document_signed_by_an_unnamed_judge_speaks_for_the_judge() -> None:
    ex = run("A detention order signed by a judge of the Ravelin district court, a copy of which was seen by "
             "Tidemark, says Orsolya Venn is suspected of selling maps. It says she received 12,400 dorvals from "
             "a foreign company.")
    judge = "a judge of the Ravelin district court"
    assert {s.speaker for s in statements(ex)} == {judge}
    assert [f[3] for f in figures(ex) if f[0] == 12_400] == [judge]


def test_a_long_capitals_label_is_a_turn_and_an_outlet_s_note_is_no_one_s() -> None:
    ex = run("Quarterly call: edited transcript\n\nHEAD OF INVESTOR RELATIONS MIRELA QUAYSIDE: Good morning. Before "
             "we begin, I would remind everyone that this call contains forward-looking statements.\n\nLEDGERLINE "
             "NOTE: The company's shares closed 4.2 percent lower. Brannock Mobile said in a statement after the "
             "call that it had added 8,000 customers.\n")
    speakers = speakers_by_content(ex)
    turn = next(c for c in speakers if c.startswith("Good morning. Before we begin"))
    assert speakers[turn] == "Mirela Quayside"
    assert "Ledgerline Note" not in speakers.values()
    assert [f[3] for f in figures(ex) if f[0] in (4.2, 8000)] == [None, "Brannock Mobile"]


def test_a_price_target_cut_is_the_analysts_figure() -> None:
    ex = run("Shares fell. Analysts at Pellmoor Bank cut their price target to 31 varnets from 36 after the call.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(31, "Analysts at Pellmoor Bank"), (36, "Analysts at Pellmoor Bank")]


def test_the_regulator_is_the_authority_named_before() -> None:
    ex = run("The Ostvard Communications Authority published its report in March. Analysts at Kelso Partners doubted "
             "it. The regulator told parliament in May that only 40 percent of homes had fibre.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(40, "Ostvard Communications Authority")]


def test_a_name_described_as_a_country_s_operator_is_a_body() -> None:
    ex = run("Marvena, Sarmatia's largest broadband operator, reported results on Thursday. Revenue rose, but the "
             "company cut its forecast and said it would spend more on its network.")
    assert [s.speaker for s in statements(ex)] == ["Marvena"]


def test_a_that_clause_after_a_report_published_on_a_date_is_what_was_said() -> None:
    ex = run("The media-freedom group, which has monitored Kelvaria since 2071, said in a report published in July "
             "that 14 journalists were being held in the country, up from five at the start of 2072.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(14, "media-freedom group"), (5, "media-freedom group")]


def test_it_after_a_briefing_prepared_by_a_directorate_is_the_directorate() -> None:
    ex = run("An internal briefing prepared for ministers by the ministry's plant health directorate, seen by "
             "Fieldnote, paints a bleak picture. It warns that the blight could spread to 40 more farms.")
    assert [s.speaker for s in statements(ex)] == ["plant health directorate"]
    assert [f[3] for f in figures(ex) if f[0] == 40] == ["plant health directorate"]


def test_a_count_with_two_participles_before_its_noun() -> None:
    ex = run("The directorate also says it has only 12 trained spraying crews.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(12, "crews")]


def test_an_outlet_citing_unnamed_people_passes_on_their_figures() -> None:
    # (the parser reads "reported" as a participle on the outlet's name, and hangs "citing" on the reported clause)
    ex = run("The business daily Ledgerwood reported on Tuesday, citing people familiar with the matter, that Telvoro "
             "has held talks about selling its 4,000 mobile masts.")
    assert [(f[0], f[3], f[4]) for f in figures(ex)] == [(4000, "people familiar with the matter", ("Ledgerwood",))]


def test_by_a_body_s_count_closing_a_sentence_sources_it() -> None:
    ex = run("The Marwick Coastguard said the charity's total was wrong. That would bring the number of people "
             "rescued alive to 71, not 93, by the coastguard's count.")
    assert [(f[0], f[3]) for f in figures(ex) if f[0] in (71, 93)] == [(71, "Marwick Coastguard"),
                                                                      (93, "Marwick Coastguard")]


def test_two_numbers_put_in_one_breath_are_both_the_body_s() -> None:
    ex = run("The Ministry of Coasts and Fisheries puts the number of closed harbours at seven and the number of "
             "boats held in port, because their catch may be tainted, at 212.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(7, "Ministry of Coasts and Fisheries"),
                                                   (212, "Ministry of Coasts and Fisheries")]


def test_a_time_of_day_before_tomorrow_is_no_figure() -> None:
    assert figures(run("The negotiators will meet again at ten tomorrow.")) == []


def test_a_ranking_s_figures_are_the_ranker_s() -> None:
    ex = run("The Open Press Forum ranks Kelvaria 122nd of 160 countries in its index, down 14 places in three years.")
    assert [(f[0], f[3]) for f in figures(ex) if f[0] in (160, 14)] == [(160, "Open Press Forum"),
                                                                        (14, "Open Press Forum")]


def test_each_of_several_ages_is_an_age() -> None:
    ex = run("The three suspects, aged 23, 37 and 62, were charged on Tuesday, the prosecutor said.")
    assert sorted((f[0], f[2]) for f in figures(ex) if f[2] == "years") == [(23, "years"), (37, "years"),
                                                                          (62, "years")]


def test_a_change_from_one_count_to_another_after_a_share_counts_the_subject() -> None:
    ex = run("Signal staff in the eastern region had been cut by a quarter since 2070, from 240 to 180, the union "
             "said.")
    assert sorted((f[0], f[2]) for f in figures(ex) if f[0] in (240, 180)) == [(180, "staff"), (240, "staff")]


def test_a_headline_verb_before_a_name_is_no_part_of_it() -> None:
    title = "Black Lawmakers Rip Corwin Abernathy As A 'Disgusting Fraud.'"
    ex = run(f"{title}\n\nWASHINGTON - Corwin Abernathy's long campaign against the mayor is an insult, black "
             "lawmakers said on Friday.\n\nEarlier, Abernathy said he now accepted the result.", title=title)
    assert [s.speaker for s in statements(ex)] == ["black lawmakers", "Corwin Abernathy"]


def test_figures_in_a_list_opened_by_a_sourced_colon_are_the_source_s() -> None:
    ex = run("The crates were opened on Sunday, the Marvessian Border Directorate said in a statement. The statement "
             "listed what officers found:\n\n1. ivory weighing 1.2 tonnes, packed in 48 sacks;\n2. 96 tortoises in "
             "boxes, 11 of them dead.\n\nThe port reopened on Monday.")
    listed = [(f[0], f[3]) for f in figures(ex) if f[0] in (1.2, 48, 96, 11)]
    assert listed == [(1.2, "Marvessian Border Directorate"), (48, "Marvessian Border Directorate"),
                      (96, "Marvessian Border Directorate"), (11, "Marvessian Border Directorate")]


def test_a_country_s_farm_ministry_is_the_ministry_named_later() -> None:
    ex = run("More than 300,000 hens have been killed on farms since the middle of January, Drenland's farm ministry "
             "said on Tuesday. The ministry said the cull would end on Friday.\n\nThe Ministry of Agriculture and "
             "Fisheries puts the number of infected farms at six.")
    assert {s.speaker for s in statements(ex)} == {"Ministry of Agriculture and Fisheries"}
    # (another country's ministry, or a ministry for another field, is not the one named)
    ex = run("Gas stores were 58 percent full, Turavia's energy ministry said. The Velgorian Foreign Ministry "
             "declined to comment.")
    assert [s.speaker for s in statements(ex)] == ["Turavia's energy ministry"]


def test_a_group_described_after_a_body_s_count_is_that_body() -> None:
    ex = run("That is not what the Open Newsroom Trust has counted. The media-freedom group, which has monitored "
             "Kelvaria since 2071, said in a report published in July that 14 journalists were being held.")
    assert [s.speaker for s in statements(ex)] == ["Open Newsroom Trust"]


def test_accounts_gathered_by_a_broadcaster_are_the_tellers() -> None:
    ex = run("Passengers' accounts, gathered by the broadcaster Radio Sennmark at a shelter in Ostvale, suggested the "
             "toll could rise much further.")
    assert [s.speaker for s in statements(ex)] == ["Passengers"]


def test_a_country_s_grid_operator_is_the_body_the_next_paragraph_names() -> None:
    # (a name the tagger does not take for a body's, which only the description beside it makes one)
    ex = run("A blackout that cut power to half of Dunmere during the hottest day on record was caused by one "
             "overloaded line, the country's grid operator said on Friday, as the regulator opened an inquiry.\n\n"
             "Serravolt, the state-owned company that runs Ostaria's high-voltage network, said demand had reached "
             "9.2 gigawatts at 15:20 on Thursday, a national record.")
    assert [s.speaker for s in statements(ex)] == ["Serravolt", "Serravolt"]


def test_the_figures_of_what_a_body_asks_others_to_do_are_the_body_s() -> None:
    ex = run("The Sarnovian Coast Authority said wreckage had come ashore, and it asked fishing boats to stay out of a "
             "zone of 1,800 square kilometres until Monday.")
    assert [(f[0], f[3]) for f in figures(ex) if f[0] == 1800] == [(1800, "Sarnovian Coast Authority")]


def test_a_rating_cut_by_notches_is_the_rater_s() -> None:
    ex = run("Holmfirth Ratings cut Pellbrook Bank's credit rating by two notches on Tuesday.")
    assert [(f[0], f[2], f[3]) for f in figures(ex)] == [(2, "notches", "Holmfirth Ratings")]


def test_a_document_with_a_participle_aside_speaks_for_who_brought_it_in() -> None:
    ex = run("Leaders of the nine Orvane Compact states ended their summit in Kettlebury on Friday with a communique "
             "that pledged 3 billion dorvals for rail links.\n\nThe communique, agreed after two days of talks, says "
             "member states will cut border waiting times to under 40 minutes by 2080.")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Leaders of the nine Orvane Compact states", "says")]


def test_a_judgment_is_the_court_s_that_gave_it() -> None:
    ex = run("The Lindenmark tribunal found Colonel Anselm Brodek guilty of ordering the shelling of the market. The "
             "judgment says the colonel \"knew or must have known\" that the market was full.")
    assert [s.speaker for s in statements(ex)] == ["Lindenmark tribunal"]


def test_a_group_citing_people_it_reached_is_the_speaker_whatever_the_parse() -> None:
    ex = run("The rights group Open Cells, citing inmates it reached by telephone, said on Monday that five strikers "
             "had been taken to the prison hospital.")
    assert [s.speaker for s in statements(ex)] == ["Open Cells"]


def test_one_of_them_after_a_group_that_spoke_is_one_of_that_group() -> None:
    ex = run("Two diplomats who took part in the drafting told reporters that a paragraph on fishing quotas had been "
             "dropped. One of them said three delegations had objected to it.")
    assert [s.speaker for s in statements(ex)] == ["Two diplomats", "one of the diplomats"]
