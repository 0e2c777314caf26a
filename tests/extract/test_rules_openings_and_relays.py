"""Who speaks when the text opens on a description, a participle or a country's adjective, and what a relay passes
on: a profile's subject the tagger did not see as a person, a body described in the lede and named in the next
paragraph, "Opening the session, X told ...", "a spokeswoman for the agency said. She said ...", a message relayed
by a news site, a person passing on a body's forecast, a second "and that" clause.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import S, article_extraction, entity, figures, run, speakers_by_content, statements


def test_a_profiles_subject_the_tagger_missed_is_the_person_his_pronouns_stand_for() -> None:
    ex = run("Tobiah Quennell-Varga keeps his old work badge in a drawer of his desk in Ostrelund, the Pellmarkan "
             "harbour town where he has lived for two years.\n\n"
             "\"I look at it when I forget why I left,\" he says.\n\n"
             "For nine years, he says, he wrote flight software for the state arms maker. The maker employs some "
             "4,000 people.\n\n"
             "He says his salary was 2,900 dravs a month.")
    speakers = speakers_by_content(ex)
    assert speakers["I look at it when I forget why I left,"] == "Tobiah Quennell-Varga"
    assert speakers["his salary was 2,900 dravs a month"] == "Tobiah Quennell-Varga"
    assert entity(ex, "Pellmarkan") is None  # the adjective of a country is nobody


def test_a_countrys_adjective_is_no_person_whatever_the_tagger_says() -> None:
    ex = run("Her counterpart from Drevonia, Anselm Ruddock-Obiri, replied that his government had opened two "
             "crossings. \"No Drevonian soldier has fired on a convoy,\" he said.")
    speakers = speakers_by_content(ex)
    assert speakers["his government had opened two crossings"] == "Anselm Ruddock-Obiri"
    assert speakers["No Drevonian soldier has fired on a convoy,"] == "Anselm Ruddock-Obiri"


def test_a_second_that_clause_joined_to_the_cue_is_said_too() -> None:
    ex = run("A spokesman for its consulate in Harwick, Lorcan Pettifer, said in a written reply that the engineer "
             "had been dismissed for \"gross negligence\", and that he had never seen the designs. \"He is a "
             "storyteller,\" the spokesman wrote.")
    found = statements(ex)
    assert S("indirect", "Lorcan Pettifer", "he had never seen the designs") in found
    assert speakers_by_content(ex)["He is a storyteller,"] == "Lorcan Pettifer"


def test_a_speaker_hung_on_an_opening_participle_is_found() -> None:
    # the parser makes "Opening"/"Replying" the cue's subject and hangs the speaker on it (only real articles show
    # the misparse; short snippets parse well)
    council = speakers_by_content(article_extraction("articles_dev_h11", "council-kaveth-belgarra-orlesk-pause-vote.txt"))
    assert council["at least 2,340 civilians had been killed in the corridor since fighting began in June, 410 of "
                   "them children"] == "Xanthe Gyamfi-Loxley"
    budget = speakers_by_content(article_extraction("articles_dev_h11", "budget-varnholm-bank-levy-fuel-duty.txt"))
    assert budget["the fuel duty increase would add about 110 marrens a year to the cost of running a typical family "
                  "car"] == "Auberon Grisewood"


def test_she_after_an_unnamed_spokeswoman_stands_for_her_not_for_the_named_head() -> None:
    ex = run("Yara Montfort-Diallo, head of the Northfold Aid Agency, told the assembly that 300,000 people had fled. "
             "She said the appeal was only 20 percent funded.\n\n"
             "The count includes only confirmed deaths, a spokeswoman for the agency said later. She said the true "
             "toll was likely to be higher.")
    speakers = speakers_by_content(ex)
    assert speakers["the appeal was only 20 percent funded"] == "Yara Montfort-Diallo"
    assert speakers["the true toll was likely to be higher"] == speakers["The count includes only confirmed deaths"]
    assert speakers["the true toll was likely to be higher"] != "Yara Montfort-Diallo"


def test_a_body_described_in_the_lede_is_the_one_the_next_paragraph_names() -> None:
    ex = run("HALLOWMERE — The death toll from the floods rose to 212 on Monday, the government said, but the "
             "region's main rescue society said its crews had already counted far more bodies.\n\n"
             "The Hallowmere Lifeboat Society, which has about 1,600 volunteers, said on Monday evening that its "
             "crews had recovered at least 340 bodies.")
    speakers = speakers_by_content(ex)
    assert speakers["its crews had already counted far more bodies"] == "Hallowmere Lifeboat Society"


def test_a_name_followed_by_which_is_a_body_and_its_first_word_stands_for_it() -> None:
    ex = run("Quillon Terminals, which runs both of the harbour's berths, said its systems had been isolated. "
             "Investigators said the intruders had entered Quillon's network in May.\n\n"
             "Quillon's revenue last year was 2.3 billion crowns, according to its annual report.")
    assert entity(ex, "Quillon Terminals")["label"] == "ORG"
    assert speakers_by_content(ex)["Quillon's revenue last year was 2.3 billion crowns"] == "Quillon Terminals"


def test_a_group_calling_itself_by_a_name_is_the_group_and_a_relayed_message_has_the_site_as_via() -> None:
    ex = run("Harrowgate Freight said its systems had been down since Friday. Investigators said the intruders had "
             "entered Harrowgate Freight's network through a contractor's account.\n\n"
             "A group calling itself Ember Chorus has claimed responsibility. In a message on its leak site, "
             "relayed on Monday by the technology news site Bytewarden, the group said it had taken 2.1 terabytes "
             "of files.\n\n"
             "Bytewarden reported that the message gave the company five days to pay. The company said it would not "
             "negotiate with criminals.")
    found = statements(ex)
    assert S("indirect", "Ember Chorus", "it had taken 2.1 terabytes of files", via=("Bytewarden",)) in found
    assert entity(ex, "Ember Chorus")["label"] == "ORG"
    assert speakers_by_content(ex)["it would not negotiate with criminals"] == "Harrowgate Freight"


def test_writing_a_blog_or_telling_someone_what_to_do_reports_nothing() -> None:
    ex = run("Mirela Oyelowo-Strand, an independent researcher who writes the blog Tidewatch Notes, wrote on Sunday "
             "that the group had hit at least nine hauliers.\n\n"
             "The attack knocked out the software that tells cranes which boxes to lift, the operator said.")
    found = statements(ex)
    assert S("indirect", "Mirela Oyelowo-Strand", "the group had hit at least nine hauliers", hedges=("at least",)) in found
    assert not any(s.content.startswith(("the blog", "which boxes")) for s in found)


def test_the_writers_sum_is_nobodys_estimate() -> None:
    ex = run("The ransom demand was 40 million crowns. That would put the demand at a little over 2 percent of "
             "revenue.")
    assert all(f[3] is None for f in figures(ex) if f[2] == "percent")


def test_an_aside_it_said_reports_the_clause_around_it() -> None:
    ex = run("Marrow Freight said its scheduling system had been shut down. Until then, it said, dockers are "
             "planning moves by hand, handling roughly 700 containers a day against a usual 1,800.")
    speakers = speakers_by_content(ex)
    assert any(c.startswith("dockers are planning moves by hand") and who == "Marrow Freight"
               for c, who in speakers.items())
    assert (1800, None, "containers", "Marrow Freight", (), ()) in figures(ex)


def test_a_that_clause_hung_on_the_occasion_is_what_was_told() -> None:
    ex = run("The assembly's chair, Brigitta Falconer, told reporters after the vote that talks would continue and "
             "that a new text could be tabled \"as early as Monday\".")
    found = statements(ex)
    assert S("indirect", "Brigitta Falconer", "talks would continue") in found


def test_a_person_passing_on_a_bodys_forecast_relays_it() -> None:
    ex = run("Citing forecasts from the National Budget Office (NBO), the minister said the economy would grow by 1.2 "
             "percent next year. She told MPs the watchdog expected public debt to peak at 91.5 percent of output.")
    found = statements(ex)
    assert any(s.speaker == "National Budget Office" and s.via == ("minister",) and s.content.startswith("public debt")
               for s in found)
    assert not any(s.speaker == "minister" and "watchdog" in s.content for s in found)
    assert (91.5, None, "percent", "National Budget Office", ("minister",), ()) in figures(ex)


def test_a_person_familiar_with_a_body_does_not_speak_for_it() -> None:
    ex = run("A person familiar with Harnwick Airways' operations said that at least 12 of the airline's 30 jets "
             "had been kept flying with smuggled parts.")
    assert speakers_by_content(ex)["at least 12 of the airline's 30 jets had been kept flying with smuggled parts"] == (
        "A person familiar with Harnwick Airways' operations")


def test_a_characterising_verb_after_a_reported_clause_is_thespeakers_by_content() -> None:
    ex = run("Health Minister Oriel Tansley-Mbeki said the government's count included only patients seen by a "
             "doctor, and called the charity's figure \"alarmist and unhelpful\".")
    speakers = speakers_by_content(ex)
    assert speakers["the government's count included only patients seen by a doctor"] == "Oriel Tansley-Mbeki"
    assert speakers["the charity's figure \"alarmist and unhelpful\""] == "Oriel Tansley-Mbeki"


def test_tables_published_by_a_body_and_a_part_of_their_sum_are_its_figures() -> None:
    ex = run("According to tables published by the finance ministry alongside the speech, the measures will raise "
             "8.2 billion crowns a year by 2050, about 2.6 billion of it from the windfall tax.")
    found = figures(ex)
    assert (8200000000, None, "crowns", "finance ministry", (), ()) in found
    assert (2600000000, None, "crowns", "finance ministry", (), ("about",)) in found


def test_an_unnamed_official_named_later_by_another_outlet_is_that_person() -> None:
    ex = run("A senior member of the Tessarine delegation told reporters on condition of anonymity that Tessaria was "
             "holding 610 prisoners. Tessarine state radio later named the official as Deputy Interior Minister "
             "Corwen Ashdale-Ruiz.")
    assert speakers_by_content(ex)["Tessaria was holding 610 prisoners"] == "Corwen Ashdale-Ruiz"
    assert (610, None, "prisoners", "Corwen Ashdale-Ruiz", (), ()) in figures(ex)


def test_a_statement_saying_something_is_its_issuers() -> None:
    ex = run("The port authority issued a statement saying the channel would reopen on Friday. The state agency "
             "Ravpress carried only a short item saying the talks were continuing.")
    speakers = speakers_by_content(ex)
    assert speakers["the channel would reopen on Friday"] == "port authority"
    assert speakers["the talks were continuing"] == "Ravpress"


def test_a_part_of_a_whole_followed_by_a_name_counts_the_wholes_noun() -> None:
    ex = run("The army said it had shot down 23 of the 26 drones Corvania launched at its positions on Wednesday "
             "night.")
    found = figures(ex)
    assert (23, None, "drones", "army", (), ()) in found
    assert (26, None, "drones", "army", (), ()) in found


def test_it_recorded_is_the_count_of_the_body_named_before() -> None:
    ex = run("The Institute of Seismology said the quake had a magnitude of 6.8. It recorded more than 140 "
             "aftershocks by Tuesday noon.")
    assert (140, None, "aftershocks", "Institute of Seismology", (), ("more than",)) in figures(ex)


def test_past_a_semicolon_the_clause_before_the_cue_is_what_it_reports() -> None:
    ex = run("Five of the nine members of the board backed the merger, the bank said; the other four wanted a delay.")
    found = statements(ex)
    assert any(s.speaker == "bank" and s.content.startswith("Five of the nine members") for s in found)
    assert (4, None, "members", "bank", (), ()) in figures(ex)


def test_a_second_clause_without_a_subject_runs_on_from_the_first() -> None:
    # the parser reads "talks" as a verb with "that" its subject, and "would resume ..." as a second complement
    ex = article_extraction("articles_dev8", "newsletter-mirevana-lamplit-evening.txt")
    assert S("indirect", "Zdenek Vukovic-Aalto", "talks on sharing the Ilvar river would resume in November, after a "
             "break of nearly five months", via=("KBX",), hedges=("nearly",)) in statements(ex)


def test_an_amount_asked_for_or_offered_is_the_asking_or_offering_partys() -> None:
    ex = run("The dockers' union wants a 12 percent pay rise; Harbourline, the port operator, has offered 5 percent "
             "over three years. The gang demanded 30 million crowns for the files.")
    found = figures(ex)
    assert (12, None, "percent", "dockers' union", (), ()) in found
    assert (5, None, "percent", "Harbourline", (), ()) in found
    assert (30000000, None, "crowns", "gang", (), ()) in found


def test_what_documents_show_passed_on_by_a_paper_are_the_documents_figures() -> None:
    ex = run("Three riders returned positive samples last season, the cycling weekly Pelotonia reported on Monday, "
             "citing laboratory documents it had obtained.\n\n"
             "The paper said the documents showed concentrations of between 1.1 and 3.4 nanograms per millilitre of "
             "blood.")
    speakers = speakers_by_content(ex)
    assert speakers["the documents showed concentrations of between 1.1 and 3.4 nanograms per millilitre of "
                    "blood"] == "Pelotonia"
    assert [(f[3], f[4]) for f in figures(ex) if f[2] == "nanograms"] == [("laboratory documents", ("Pelotonia",))]


def test_a_fraction_of_a_point_is_a_change_in_points() -> None:
    ex = run("The central bank raised its main rate by a quarter of a percentage point to 4.75 percent. One analyst "
             "said the forecast looked optimistic by half a point.")
    found = figures(ex)
    assert (0.25, None, "percentage points", None, (), ()) in found
    assert any(f[0] == 0.5 and f[2] == "points" for f in found)
    assert not any(f[0] in (25, 50) and f[2] == "percent" for f in found)


def test_a_firm_named_with_an_ampersand_is_one_body() -> None:
    ex = run("In a letter to councillors, the council's external auditor, Harrowby & Vane, wrote that the usable "
             "reserves had fallen to 4.1 million pounds.")
    assert entity(ex, "Harrowby & Vane")["label"] == "ORG"
    assert speakers_by_content(ex)["the usable reserves had fallen to 4.1 million pounds"] == "Harrowby & Vane"


def test_people_said_to_be_over_an_age_give_an_age() -> None:
    ex = run("About two-thirds of the victims were over 70, the police said. Prices were over 60 percent higher.")
    found = figures(ex)
    assert (70, None, "years", "police", (), ("over",)) in found
    assert any(f[0] == 60 and f[2] == "percent" for f in found)


def test_the_oldest_after_the_youngest_gives_an_age() -> None:
    ex = run("The coroner said her office had named 23 dead, the youngest aged 19 and the oldest 84. The oldest 12 "
             "buildings were demolished.")
    found = figures(ex)
    assert (84, None, "years", "coroner", (), ()) in found
    assert any(f[0] == 12 and f[2] == "buildings" for f in found)
