"""Bodies behind "its operator", "by its count" and "an index published by X"; labels with long notes; counts of a
body's staff; sequels of a closing cue; how full something is; names people give themselves.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    entity,
    figure_sources,
    figures,
    run,
    speakers_by_content,
    statements,
)


def test_its_operator_is_the_body_named_after_the_thing() -> None:
    ex = run("The Pellow Tunnel will stay shut until Friday, its operator said on Monday. By its count, 5,400 lorries "
             "were queueing at the two portals, and hauliers put their losses at more than 9 million marrens a day.\n\n"
             "The Pellow Tunnel Company said in a statement that engineers were checking the roof.")
    by_content = speakers_by_content(ex)
    assert by_content["The Pellow Tunnel will stay shut until Friday"] == "Pellow Tunnel Company"
    # the count is the operator's; the losses are the hauliers', set in their own clause
    assert by_content["5,400 lorries were queueing at the two portals"] == "Pellow Tunnel Company"
    assert figure_sources(ex, 5400) == ["Pellow Tunnel Company"]
    assert figure_sources(ex, 9000000) == ["hauliers"]
    # (two bodies named after the thing: no guess)
    ex = run("The Pellow Tunnel will stay shut until Friday, its operator said. The Pellow Tunnel Company and the "
             "Pellow Tunnel Trust both sent engineers.")
    assert speakers_by_content(ex)["The Pellow Tunnel will stay shut until Friday"] not in (
        "Pellow Tunnel Company", "Pellow Tunnel Trust")


def test_a_figure_set_on_a_thing_through_a_participle() -> None:
    ex = run("Growers put the value of fruit left unpicked at about 12 million marrens.")
    assert figure_sources(ex, 12000000) == ["Growers"]


def test_an_index_speaks_for_the_body_that_publishes_it() -> None:
    ex = run("Container rates to the north have risen 23 percent in a month, according to an index published by the "
             "trade weekly Bollard.")
    assert speakers_by_content(ex)["Container rates to the north have risen 23 percent in a month"] == "Bollard"
    # (an index with no publisher named is no one's voice but its own)
    ex = run("The Tessel 50 index closed 0.8 percent lower at 6,120 points.")
    assert figure_sources(ex, 6120) == [None]


def test_a_transcript_label_with_a_long_note_in_brackets() -> None:
    ex = run("The hearing resumed on Monday.\n\n"
             "THE CORONER: Please go on.\n\n"
             "IMOGEN STARLING (inspector, Vessarian Food Standards Directorate): We found that three of the nine "
             "freezers were running warm.\n\n"
             "THE CORONER: Thank you.")
    assert speakers_by_content(ex)["We found that three of the nine freezers were running warm."] == "Imogen Starling"
    assert figure_sources(ex, 3) == ["Imogen Starling"]


def test_a_part_of_a_body_s_staff_counts_the_staff() -> None:
    ex = run("The firm has bought new boots for all 40 of those staff, its lawyer said.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(40, "staff")]


def test_one_day_of_something_counted() -> None:
    ex = run('"I had done one day of a three-day course," she said.')
    assert (1, "days") in [(f[0], f[2]) for f in figures(ex)]
    # (not an anniversary, nor the idiom)
    ex = run("Radio Hour: one year of the Tessel bridge toll. One day, she said, the river will take the bridge.")
    assert [f[0] for f in figures(ex)] == []


def test_how_full_something_is_is_a_share() -> None:
    ex = run('"It holds about 900 tonnes and was just over half full," the manager said.')
    assert [(f[0], f[2]) for f in figures(ex)] == [(900, "tonnes"), (50, "percent")]
    ex = run("He was half asleep when the alarm went off.")
    assert figures(ex) == []


def test_a_clause_after_a_closing_cue_and_and_is_the_speaker_s() -> None:
    ex = run("Hortensia Vell, who studies smuggling at the Brannock Institute, gave evidence. Seizures of tobacco at "
             "the border have risen from about 30 a year to more than 90, she said, and the average haul has roughly "
             "doubled.")
    by_content = speakers_by_content(ex)
    assert by_content["the average haul has roughly doubled"] == "Hortensia Vell"
    assert figure_sources(ex, 30) == ["Hortensia Vell"]
    # (after words in quotation marks the story goes on in the writer's voice)
    ex = run('"She really does care about us," Mirela said, and soon the lights were going down and the band was '
             'playing.')
    assert "the band was playing" not in " ".join(speakers_by_content(ex))


def test_a_plural_noun_opening_a_sentence_is_no_person() -> None:
    # (the tagger took "Kidnappings" for a person's name in this article, and "she" went to it)
    ex = article_extraction("articles_dev_h21", "wire-keldaria-tallowfen-hostage-release.txt")
    assert entity(ex, "Kidnappings") is None
    content = next(c for c in speakers_by_content(ex) if c.startswith("Kidnappings for ransom"))
    assert speakers_by_content(ex)[content] == "Hortensja Sowter"


def test_a_name_someone_gives_himself_is_a_person_s() -> None:
    ex = run("The group's spokesman, a man who gives his name as Tobiasz Wrenfield, told the daily Harrow Post by "
             "telephone that 4 million marrens had been paid in two instalments, the first of 1.5 million in May.")
    assert figure_sources(ex, 4000000) == ["Tobiasz Wrenfield"]
    # the instalment set off after the clause is part of what he said
    assert figure_sources(ex, 1500000) == ["Tobiasz Wrenfield"]


def test_a_role_with_its_article_in_apposition_to_a_name() -> None:
    ex = run("Casimir Oldacre, a retired judge who says he carried letters between the two sides, said the talks "
             "had nearly failed twice.")
    assert speakers_by_content(ex)["he carried letters between the two sides"] == "Casimir Oldacre"
    # (not a speaker who follows the comma: "questions from X, a spokesman said")
    ex = run("In a written reply to questions from the Harrow Post, a spokesman said the board would meet on "
             "Friday.")
    assert speakers_by_content(ex)["the board would meet on Friday"] == "a spokesman"


def test_a_ship_s_master_named_in_the_next_sentence() -> None:
    ex = run("The port's harbour master said on Tuesday that 38 ships were at anchor in the bay. The harbour master, "
             "Ilsabet Crane, said the quays were full.")
    assert speakers_by_content(ex)["38 ships were at anchor in the bay"] == "Ilsabet Crane"


def test_a_change_whose_end_is_hedged_and_a_spread_of_estimates() -> None:
    ex = run("Burglaries in the old town have risen from about 40 a month to more than 110, the police said.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(40, "burglaries"), (110, "burglaries")]
    # "range from ... to ...": one spread, not a change
    ex = run("Estimates of the number of fighters in the hills range from fewer than 800 to about 3,000.")
    assert [(f[1], f[2]) for f in figures(ex)] == [([800, 3000], "fighters")]


def test_he_after_an_unnamed_speaker_introduced_by_what_he_is_of() -> None:
    ex = run('Orlando Finch, an economist at Harrow Bank, wrote that growth would slow. "A free berth next month does '
             'not pay my crew," said the master of a trawler waiting off the harbour, who asked not to be named. He '
             "said his boat had been tied up for six days.")
    assert speakers_by_content(ex)["his boat had been tied up for six days"] == "master of a trawler"


def test_a_relative_clause_whose_own_clause_is_reported() -> None:
    ex = run("Tarrow Lines said it had sent four of its ships round the cape, a detour it said added nine days and "
             "about 300,000 marrens to each voyage.")
    by_content = speakers_by_content(ex)
    assert by_content["added nine days and about 300,000 marrens to each voyage"] == "Tarrow Lines"
    assert figure_sources(ex, 300000) == ["Tarrow Lines"]


def test_a_concession_or_a_subjectless_verb_after_a_closing_cue() -> None:
    ex = run('Ottilie Brand, the insurer\'s head of claims, spoke on Monday. Claims from other owners could run "well '
             'into the millions", she said, though most would be refused.')
    assert speakers_by_content(ex)["most would be refused"] == "Ottilie Brand"
    ex = run('Benedykt Farr, a lawyer for the supplier, spoke on Monday. The company had "never paid anyone a single '
             'marren", he said, and would cooperate with any inquiry.')
    assert speakers_by_content(ex)["would cooperate with any inquiry"] == "Benedykt Farr"


def test_documents_cited_by_their_kinds_speak_again_as_the_documents() -> None:
    ex = run("The city paid a small firm nearly 3.4 million marrens for road salt, according to invoices, internal "
             "emails and a surveyor's report obtained by the Harrow Post. The documents show that the orders were "
             "split into small batches. They also show that the roads director was warned twice.")
    by_content = speakers_by_content(ex)
    listed = "invoices, internal emails and a surveyor's report"
    assert by_content["The city paid a small firm nearly 3.4 million marrens for road salt"] == listed
    assert by_content["the orders were split into small batches"] == listed
    assert by_content["the roads director was warned twice"] == listed


def test_it_after_a_document_that_speaks_for_its_author() -> None:
    ex = run("In a letter to the council dated May 2, the district auditor, Ignacy Thorne, wrote that the contracts "
             "had been split. The letter puts the overpayment at about 2.1 million marrens. It also says that 14 of "
             "the 90 invoices had no delivery note.")
    by_content = speakers_by_content(ex)
    assert by_content["14 of the 90 invoices had no delivery note"] == "Ignacy Thorne"
    assert figure_sources(ex, 14) == ["Ignacy Thorne"]


def test_the_lawyer_is_the_one_named_after_his_lawyer() -> None:
    ex = run("Through his lawyer, Casimir Pell, Oxley denied that he had chosen the supplier. The lawyer said his "
             'client "looks forward to explaining every invoice". Wenceslas Dorn, a lawyer for the supplier, said the '
             "prices were fair.")
    assert speakers_by_content(ex)["looks forward to explaining every invoice"] == "Casimir Pell"


def test_a_that_clause_the_parser_read_as_an_object() -> None:
    # ('wrote that the procurement department had "systematically divided" orders', parsed with "orders" the object
    # of "wrote" and "that" hung on it: only a real article shows it)
    ex = article_extraction("articles_dev_h21", "investigation-sorvenia-ravensholt-hospital-glove-invoices.txt")
    assert speakers_by_content(ex)['the procurement department had "systematically divided" orders to avoid '
                                   'tenders'] == "Tiburzio Ackerley"


def test_a_part_read_as_the_subject_before_the_teller() -> None:
    ex = run("Harrowgate Infirmary says 31 patients were brought in. Six are in intensive care, two of them in a "
             "critical condition, a consultant at the infirmary, Wilhelmina Sloane, told reporters.")
    assert speakers_by_content(ex)["Six are in intensive care, two of them in a critical condition"] == \
        "Wilhelmina Sloane"
    assert figure_sources(ex, 2) == ["Wilhelmina Sloane"]


def test_a_second_thing_set_at_its_own_figure() -> None:
    ex = run("Satellite images analysed by the Tessel Basin Institute put its surface this spring at 610 square "
             "kilometres, and its average depth at under 4 metres, down from about 11.")
    assert [(f[0], f[3]) for f in figures(ex)] == [(610, "Tessel Basin Institute"), (4, "Tessel Basin Institute"),
                                                   (11, "Tessel Basin Institute")]


def test_papers_a_body_issues_and_a_memo_named_by_the_body_s_kind() -> None:
    ex = run("Farms along the river may take up to 55 percent of its flow, according to licences published by the "
             "Tessel Water Board. The broadcaster TVX, citing an internal board memo, reported that real withdrawals "
             'had been "at least 12 percent" above the limits.')
    assert speakers_by_content(ex)["Farms along the river may take up to 55 percent of its flow"] == \
        "Tessel Water Board"
    assert figure_sources(ex, 12) == ["Tessel Water Board"]


def test_an_untagged_public_body_named_with_its_kind() -> None:
    # ("Ravensholt Central Hospital paid a small supplier ...", which the tagger left untagged: only a real article
    # shows it)
    ex = article_extraction("articles_dev_h21", "investigation-sorvenia-ravensholt-hospital-glove-invoices.txt")
    assert entity(ex, "Ravensholt Central Hospital") is not None
    assert figure_sources(ex, 410000000) == ["Ravensholt Central Hospital"]


def test_an_outlet_the_parser_split_from_its_noun_and_the_paper_after_a_daily() -> None:
    ex = article_extraction("articles_dev_h21", "live-calvessa-kelsprey-marathon-heat-collapses.txt")
    statements_of = {s.content: (s.speaker, s.via) for s in statements(ex)}
    # "told the broadcaster CVB that her 14 medical tents were ...", with the that-clause hung on "CVB"
    assert statements_of['her 14 medical tents were "overwhelmed"'] == ("Kazimiera Tetley", ("CVB",))
    assert statements_of["she had advised stopping the race at 12:15"] == ("Kazimiera Tetley", ("CVB",))
    # "The Kelsprey daily Copperkettle ... reports ... the paper says", with "daily" tagged as part of a name
    van = next(c for c in statements_of if c.startswith("A delivery van"))
    assert statements_of[van][0] == "Copperkettle"


def test_the_company_after_an_armed_group_is_the_company_the_story_keeps_naming() -> None:
    ex = run("Gunmen seized nine workers of Brackley Roadworks on the coast road in May. Brackley Roadworks said it "
             "had not been asked for a ransom. The Coastal Liberation Army, formed about six years ago, is believed "
             "to have about 200 fighters. The company said on Monday that work would resume in July.")
    assert speakers_by_content(ex)["work would resume in July"] == "Brackley Roadworks"
    # (a body named once is no stand-in for "the company")
    ex = run("The count ended at the Corn Exchange. The Tressel Progress Party conceded at dawn. The company said its "
             "poll had been wrong.")
    assert speakers_by_content(ex)["its poll had been wrong"] != "Corn Exchange"
