"""Rulings, reports and letters and who speaks in them, firms named for a body's advisers, assumptions, speakers
a later paragraph introduces, and clauses the parser hung in the wrong place.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    figure_sources,
    figure_units,
    run,
    speakers_by_content,
    statements,
)


def test_a_ruling_issued_by_an_office_speaks_for_the_office_holder_named_next() -> None:
    ex = run("The water ombudsman has ordered Aquarel, which supplies most of Dunmoor, to repay customers it "
             "overcharged, in a ruling published on Tuesday that called the company's meters \"a lottery\".\n\n"
             "The ombudsman, Henrike Salvesen, upheld 812 of the 1,290 complaints her office received.\n\n"
             "Aquarel must pay each complainant 90 drevs within 14 days, the ruling says. It also says that refunds "
             "should carry interest of 4 percent a year.\n\n"
             "The ruling estimates that as many as 30,000 homes may have been overcharged.")
    by_content = speakers_by_content(ex)
    assert next(v for c, v in by_content.items() if "a lottery" in c) == "Henrike Salvesen"
    assert by_content["refunds should carry interest of 4 percent a year"] == "Henrike Salvesen"
    assert by_content["as many as 30,000 homes may have been overcharged"] == "Henrike Salvesen"
    # what an office decides on cases is its figure
    assert figure_sources(ex, 812) == ["Henrike Salvesen"]
    # (what a council approves is the story's own news)
    ex = run("Dunmoor City Council has approved a 3.5% rise in council tax.")
    assert figure_sources(ex, 3.5) == [None]


def test_a_firm_named_for_a_body_s_advisers_and_a_commissioned_report_s_writer() -> None:
    ex = run("The fund that pays 12,000 retired nurses has a shortfall of at least 900 million drevs, its own "
             "actuaries said on Monday, a day after a report commissioned by the nurses' union said the gap was "
             "nearer 1.4 billion.\n\n"
             "The fund's actuaries, Ostler Actuarial, said the fund held assets of about 2.1 billion drevs.\n\n"
             "The union's report, written by the consultancy Brightwater Partners, says the promises are worth "
             "about 3.9 billion.")
    by_content = speakers_by_content(ex)
    assert by_content["the gap was nearer 1.4 billion"] == "Brightwater Partners"
    first = next(c for c in by_content if c.startswith("The fund that pays"))
    assert by_content[first] == "Ostler Actuarial"


def test_a_firm_s_assumption_is_its_figure_and_no_statement() -> None:
    ex = run("Ostler Actuarial advises the fund, and Brightwater Partners wrote the union's report. Ostler assumes "
             "returns of 5 percent a year; Brightwater assumes 3.8 percent, a rate its lead actuary, Ingrid Malmo, "
             "said was what \"a careful saver would expect\".")
    sources = {f: figure_sources(ex, f) for f in (5, 3.8)}
    assert sources[3.8] == ["Brightwater Partners"]
    assert sources[5][0] is not None and sources[5][0].startswith("Ostler")
    assert next(v for c, v in speakers_by_content(ex).items() if "a careful saver" in c) == "Ingrid Malmo"
    assert not any(c.startswith("Ostler assumes") for c in speakers_by_content(ex))


def test_which_after_a_person_and_her_body_is_the_body() -> None:
    ex = run("That drew a reply from Maren Tolliver, general secretary of the Dunmoor Nurses' Union, which says it "
             "represents about 4,100 of the fund's 12,000 members.")
    assert speakers_by_content(ex)["it represents about 4,100 of the fund's 12,000 members"] == \
        "Dunmoor Nurses' Union"
    # (a person's own "who" stays hers)
    ex = run("That drew a reply from Maren Tolliver, general secretary of the Dunmoor Nurses' Union, who says the "
             "fund can be saved.")
    assert speakers_by_content(ex)["the fund can be saved"] == "Maren Tolliver"


def test_the_letter_is_from_the_one_who_wrote_to_them() -> None:
    ex = run("The Pensions Regulator has written to the trustees asking for a recovery plan within six months, the "
             "daily Folio reported, citing a copy of the letter. According to Folio, the letter says the fund has "
             "\"deteriorated faster than any we supervise\".")
    found = {s.content: (s.speaker, s.via) for s in statements(ex)}
    speaker, via = next(v for c, v in found.items() if "deteriorated faster" in c)
    assert speaker == "Pensions Regulator" and "Folio" in via
    assert figure_sources(ex, 6) == ["Pensions Regulator"]


def test_a_share_in_a_state() -> None:
    ex = run("The report says the fund is just under two thirds funded.")
    assert figure_units(ex, 66.7) == ["percent"]
    # (a share in an idiom inside a quotation is no figure: "a crossword half finished")
    ex = run("Her son said she had died \"quietly, with a crossword half finished\".")
    assert figure_units(ex, 50) == []


def test_a_lede_s_unnamed_speaker_introduced_by_name_and_age_next() -> None:
    ex = run("Harness racing notes\n\nBy A Writer\nThe Daily Test\nMarch 3, 2095\n\n"
             "The trainer of Skylark Bay, winner of last month's Marbury Cup, told a stewards' inquiry on Tuesday "
             "that the drug found in the horse's blood must have come from its hay.\n\n"
             "Aurelio Penhale, 61, who has trained at Oxley for 30 years, said none of his horses had ever failed a "
             "test.")
    assert speakers_by_content(ex)["the drug found in the horse's blood must have come from its hay"] == \
        "Aurelio Penhale"


def test_a_bare_role_after_a_quotation_introduced_next() -> None:
    ex = run("Ilse Marr's marrow won. \"This is not envy, it is arithmetic,\" the runner-up said on Sunday.\n\n"
             "Dagny Fellowes, whose marrow came second, told the judges that the scale read heavy.")
    assert speakers_by_content(ex)["This is not envy, it is arithmetic,"] == "Dagny Fellowes"


def test_a_statement_read_to_a_panel_and_a_trainer_in_a_whose_clause() -> None:
    ex = run("The feed merchant, Brackley Mills, said in a written statement read to the panel that its oats were "
             "tested every month.")
    assert speakers_by_content(ex)["its oats were tested every month"] == "Brackley Mills"
    ex = run("The prize would go to Moonrill, whose trainer, Odile Farrant, told the broadcaster KTV that she would "
             "take \"no joy at all\" from it.")
    assert speakers_by_content(ex)["she would take \"no joy at all\" from it"] == "Odile Farrant"


def test_a_second_who_clause_is_the_person_s() -> None:
    ex = run("The meeting was chaired by Tuulia Brenner, who leads the council and who promised that every resident "
             "would be heard.")
    assert speakers_by_content(ex)["every resident would be heard"] == "Tuulia Brenner"


def test_what_an_appeal_court_does_to_a_sentence_is_the_court_s_figure() -> None:
    ex = run("The Mellary Court of Appeal on Friday cut the prison sentences of three activists.\n\n"
             "The three judges reduced the sentence of the group's leader, Ottavia Brisk, 31, from six years to four. "
             "Dorian Quell, 25, walked free after the court replaced his 24-month term with a suspended sentence of "
             "12 months.")
    assert figure_sources(ex, 6) == ["Mellary Court of Appeal"]
    assert figure_sources(ex, 12) == ["Mellary Court of Appeal"]
    # (not those it names, nor their ages)
    assert set(figure_sources(ex, 3)) == {None}
    assert figure_sources(ex, 31) == [None]
    # (a first sentence passed stays the story's news, and no one else's cut is the court's)
    ex = run("A military tribunal on Wednesday sentenced a former quartermaster to six years in prison. The firm cut "
             "400 jobs last year.")
    assert figure_sources(ex, 6) == [None]
    assert figure_sources(ex, 400) == [None]


def test_a_summary_published_by_an_office_holder_s_office() -> None:
    ex = run("A summary of the talks published by the Ostlandic president's office said the two leaders had signed "
             "nine agreements.")
    assert speakers_by_content(ex)["the two leaders had signed nine agreements"] == "Ostlandic president's office"


def test_a_body_s_account_is_the_body_s_not_another_named_with_the_same_adjective() -> None:
    # ("The Norvastan foreign ministry's account, released an hour later, listed 11 agreements": not the Norvastan
    # Inshore Fishermen's Federation, whose first word the ministry's adjective is)
    ex = article_extraction("articles_dev_h33", "statevisit-norvasta-pavrenia-differing-readouts.txt")
    found = speakers_by_content(ex)
    assert next(v for c, v in found.items() if "a framework for negotiations" in c) == "Norvastan foreign ministry"


def test_a_body_s_report_written_by_its_own_economist_is_the_body_s() -> None:
    ex = run("More than 90,000 people are waiting for treatment, according to a report published by the Hartley "
             "Institute, a think tank.\n\n"
             "The institute's report, written by the health economist Ansel Brockway, says that one patient in four "
             "has waited more than a year.")
    assert speakers_by_content(ex)["one patient in four has waited more than a year"] == "Hartley Institute"
    # (a report a union paid for and a firm wrote stays the firm's: see the actuaries' case above)


def test_a_person_s_letter_and_the_letter_after_her_reply() -> None:
    ex = run("The mayor of Dunholt, Ivo Castell, wrote to his neighbour last week.\n\n"
             "Marta Quist's reply, sent on Tuesday, says Dunholt has \"not paid one crown towards this road\". The "
             "letter puts the repairs needed at 31 million crowns. Castell's letter says the toll would raise 4 "
             "million a year.")
    found = speakers_by_content(ex)
    assert next(v for c, v in found.items() if "not paid one crown" in c) == "Marta Quist"
    assert figure_sources(ex, 31000000) == ["Marta Quist"]
    assert next(v for c, v in found.items() if "the toll would raise" in c) == "Ivo Castell"
