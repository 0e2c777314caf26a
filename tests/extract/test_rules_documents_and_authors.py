"""Documents and the ones they speak for, and speakers the tagger or parser hid.

"a report by the coroner, X, warned", "a memo seen by the paper, written in May by the head of ..., X, warned",
"a report by the council's audit panel ... The 90-page report found ... It says", "According to the agency, ...
It now estimates that", "The weekly X, citing two bankers, reported that", '"...," Firstname Lastname told'.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import article_extraction, figures, run, speakers_by_content, statements


def test_a_report_by_an_office_holder_named_beside_her_role_is_hers() -> None:
    ex = run("A report by the water ombudsman, Philippa Trengrouse-Adaeze, warned in March that the reservoir "
             "had \"one working pump for every 12 villages\" and that its sluices had not been tested.")
    speakers = speakers_by_content(ex)
    assert speakers["its sluices had not been tested"] == "Philippa Trengrouse-Adaeze"
    assert all(source == "Philippa Trengrouse-Adaeze" for _v, _r, _u, source, _via, _h in figures(ex))


def test_a_memo_written_by_a_named_office_holder_is_his() -> None:
    # (in the article the parser hangs "written ..." on the outlet and the name on the outlet too)
    ex = article_extraction("articles_dev_h15", "revision-solmark-statistics-growth-cut.txt")
    memo = [s for s in statements(ex) if s.content.startswith("the team had shrunk from 140 people")]
    assert memo and memo[0].speaker == "Ignatz Pugh"
    assert {f[3] for f in figures(ex) if f[0] in (140, 85)} == {"Ignatz Pugh"}


def test_a_report_by_a_body_named_by_its_noun_is_that_body_s_and_so_are_its_later_mentions() -> None:
    ex = run("The Corvane Institute of Music said on Monday it would review its admissions.\n\n"
             "A confidential report by the institute's admissions panel, obtained by the Tallis Echo, has found that "
             "places were offered to donors' children.\n\n"
             "The 90-page report found that the dean had \"personally approved\" the offers. It says nine offers "
             "should be withdrawn, and that fees worth about 2 million florins were waived.")
    speakers = speakers_by_content(ex)
    panel = speakers["places were offered to donors' children"]
    assert panel is not None and panel.endswith("admissions panel") and "Corvane" in panel
    assert speakers["the dean had \"personally approved\" the offers"] == panel
    assert speakers["nine offers should be withdrawn"] == panel
    assert {source for _v, _r, _u, source, _via, _h in figures(ex) if _v in (9, 2_000_000)} == {panel}


def test_it_after_a_sentence_opened_by_according_to_is_the_body_cited() -> None:
    ex = article_extraction("articles_dev_h15", "revision-solmark-statistics-growth-cut.txt")
    shrank = [s for s in statements(ex) if s.content.startswith("output shrank by 0.2 percent")]
    assert shrank and shrank[0].speaker == "Solmark Statistics Directorate"
    assert {f[3] for f in figures(ex) if f[0] in (0.2, 0.1)} == {"Solmark Statistics Directorate"}


def test_it_after_the_one_a_sentence_opened_by_according_to_names_as_its_subject_is_not_the_body_cited() -> None:
    ex = run("According to the Merrow Housing Agency, the Tallon Building Society lent 900 million florins last "
             "year. It now estimates that lending will fall by a fifth.")
    assert speakers_by_content(ex).get("lending will fall by a fifth") != "Merrow Housing Agency"


def test_an_outlet_citing_others_reports_a_that_clause_the_parser_hung_on_an_adverb() -> None:
    # (in the article the parser makes the outlet's name the root and "that" an adverb of the clause)
    ex = article_extraction("articles_dev_h15", "investigation-barvenia-cardemont-lab-fraud.txt")
    speakers = speakers_by_content(ex)
    assert speakers["Renavix had been trying to raise a further 60 million crenns"] == "Tillet"
    money = [f for f in figures(ex) if f[0] == 60_000_000]
    assert money and money[0][3] == "two investors" and money[0][4] == ("Tillet",)


def test_a_name_that_speaks_after_a_closing_quote_is_a_person_a_role_before_it_names() -> None:
    ex = run("The Varrin Tax Office said on Tuesday it had cut its revenue estimate.\n\n"
             "The office's commissioner said the old figures had rested on a survey nobody answered. "
             "\"We had the wrong numbers and we now have better ones,\" Maribeth Quellon told a news conference "
             "in Ostrand. Quellon said the survey would be dropped.")
    assert speakers_by_content(ex)["the old figures had rested on a survey nobody answered"] == "Maribeth Quellon"


def test_a_document_a_body_made_lists_that_body_s_figures_and_so_does_it() -> None:
    ex = run("The Harrowgate Mining Company runs four pits in the valley.\n\n"
             "According to a Harrowgate wage ledger obtained by the Valley Voice, the company hired 310 miners last "
             "year.\n\n"
             "The ledger, which runs to 48 pages, lists a day rate of 620 florins for a face worker. It also lists "
             "19 of the valley's miners as injured and a further six as dismissed.")
    sources = {f[0]: f[3] for f in figures(ex)}
    assert sources[620] == "Harrowgate Mining Company"
    assert sources[19] == "Harrowgate Mining Company"
