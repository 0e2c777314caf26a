"""Kinds of speaker language beyond the plain 'X said': report issuers, 'it' for an organisation,
live-blog entries, place names, anonymous and possessive groups, interview turns.

Each case is an original snippet; figures take the speaker of the clause they stand in.
"""

from __future__ import annotations

from rules_support import article_extraction, article_labels, figures, run, speakers, statements


def _fig_source(ex, text: str) -> str | None:
    return next(f["source"] for f in ex.to_dict()["figures"] if f["text"] == text)


# (1) figure source = speaker of the frame whose clause holds the figure; "the report found" -> its issuer

def test_report_found_resolves_to_the_body_that_said_it_in_a_report() -> None:
    ex = run("Tallow County overspent on road repairs, the county's Internal Audit Unit said in a report released "
             "on Tuesday.\n\nThe 40-page report found that 318 repair orders had been paid twice.")
    found = [s for s in statements(ex) if s.cue == "found"]
    assert [s.speaker for s in found] == ["Internal Audit Unit"]
    assert _fig_source(ex, "318") == "Internal Audit Unit"


def test_it_said_takes_the_organisation_named_before() -> None:
    ex = run("The Marine Forecast Bureau raised its alert for the northern coast. In its noon update it said the "
             "waves could reach 9 metres.")
    assert [s.speaker for s in statements(ex)] == ["Marine Forecast Bureau"]
    assert _fig_source(ex, "9 metres") == "Marine Forecast Bureau"


def test_which_it_says_takes_the_document_of_the_sentence() -> None:
    ex = run("A study by the consultancy Penrose Hale, published on Friday, says ferry fares will rise. "
             "The study blames fuel costs, which it says have climbed by 14 percent since March.")
    assert _fig_source(ex, "14 percent") == "Penrose Hale"


def test_it_without_an_organisation_before_is_no_speaker() -> None:
    ex = run("The bridge was closed overnight. It said nothing about the weather.")
    assert statements(ex) == []


def test_according_to_at_the_end_sources_both_coordinated_clauses() -> None:
    ex = run("The merger will cut between 200 and 250 jobs in 2032 and will save money from 2033, "
             "according to finance director Olga Brennan-Achterberg.")
    assert [f[3] for f in figures(ex) if f[1] == [200, 250]] == ["Olga Brennan-Achterberg"]


# (2) live-blog entries are resolution boundaries

def test_live_blog_entry_does_not_inherit_the_previous_entry_speaker() -> None:
    ex = run("Flood live: rivers rise across the valley\n\n"
             "08:10 — A spokesman for the Valley Water Board said two pumping stations had failed. "
             "The spokesman said crews would check the levees every 30 minutes.\n\n"
             "08:55 — Ferry operator Brightwake said all crossings were suspended. Sailings would not restart "
             "\"before the river drops by a metre,\" the company said.")
    got = {s.content[:20]: s.speaker for s in statements(ex)}
    assert "Valley Water Board" in got["crews would check th"]
    assert got["before the river dro"] == "Brightwake"


def test_live_blog_quote_only_entry_does_not_continue_the_entry_before() -> None:
    ex = run("Election night live\n\n"
             "21:02 — \"We are quietly confident,\" said campaign chief Rosa Delacroix-Imani.\n\n"
             "21:40 — \"Turnout looks higher than in any year I remember.\"\n\n"
             "22:05 — Officials in Harlow said counting would finish by midnight.")
    assert "Turnout looks higher than in any year I remember." not in [s.content for s in statements(ex)]


# (3) a place is no speaker when an organisation or person reports

def test_organisation_introduced_by_an_org_noun_is_not_a_person() -> None:
    ex = run("Bus operator Trandell said the depot in Moor End would close. "
             "\"Our drivers will move to the new garage,\" the company said.")
    assert [s.speaker for s in statements(ex)] == ["Trandell", "Trandell"]
    assert speakers(ex)[0].type == "organization"


def test_the_company_skips_the_place_in_the_sentence_before() -> None:
    ex = run("Ropeway firm Alpenzug said the line north of Kessel Point was shut.\n\n"
             "\"The cables must be checked first,\" the company said.")
    assert [s.speaker for s in statements(ex)] == ["Alpenzug", "Alpenzug"]


# (4) anonymous and possessive groups

def test_anonymous_group_speaks_as_written() -> None:
    ex = run("Two officials who asked not to be named said the treaty would be signed in May.")
    assert [s.speaker for s in statements(ex)] == ["Two officials"]


def test_people_familiar_with_the_matter() -> None:
    ex = run("People familiar with the matter said the airline would order 40 new jets.")
    assert [s.speaker for s in statements(ex)] == ["People familiar with the matter"]
    assert _fig_source(ex, "40") == "People familiar with the matter"


def test_possessive_group_speaking_through_a_participle() -> None:
    ex = run("The summit ended early when Ostmark's delegation left the hall, calling the final text "
             "\"a betrayal of the river towns.\"")
    sp = speakers(ex)
    assert [(p.name, p.type) for p in sp] == [("Ostmark's delegation", "group")]


# (5) interview transcripts

def test_quote_inside_a_transcript_turn_is_the_quoted_person_via_the_turn_speaker() -> None:
    ex = run("Transcript of an interview with Dana Velasquez-Orr.\n\n"
             "VELASQUEZ-ORR: We were short of staff all summer. My colleague, Ivo Brandstetter-Lim, said it best. "
             "He said, 'We are running a marathon at a sprint.' I agree with him.\n")
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got["We are running a marathon at a sprint."] == ("Ivo Brandstetter-Lim", ("Dana Velasquez-Orr",))


def test_answer_turns_of_a_q_and_a_are_the_interviewee() -> None:
    ex = run("Interview: Mara Quell on the new canal\n\n"
             "Mara Quell has run the Lindby Canal Trust since 2021. We spoke to her on Monday.\n\n"
             "Q: How many boats used the canal last year?\n\n"
             "A: About 4,200 boats, which is double what we saw five years ago.\n\n"
             "Q: What worries you most?\n\n"
             "A: The locks are old, and we need 3 million pounds to repair them.\n")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Mara Quell", "A:"), ("Mara Quell", "A:")]
    assert _fig_source(ex, "3 million pounds") == "Mara Quell"


def test_the_interviewee_is_the_person_the_introduction_names_not_one_the_questions_mention() -> None:
    # the tagger reads this name as a place; the title before it makes it a person's
    ex = run("'Hold me to it': Health Minister Aurelia Brandt-Okoye on the waiting lists\n\n"
             "By Tomas Hurrell\nThe Lanmouth Gazette\nMay 2, 2031\n\n"
             "Aurelia Brandt-Okoye became Corrisand's health minister in January. She spoke to the Gazette in her "
             "office.\n\n"
             "Q: The opposition's health spokesman, Ruairi Dellacourt, told this newspaper that the new clinics are "
             "a gimmick. What do you say?\n\n"
             "A: I'd invite him to visit the one in Harrowgate, which has done 9,000 scans since it opened.\n\n"
             "Q: How long are the lists now?\n\n"
             "A: Too long. At the end of August, 812,000 people were waiting for treatment.\n")
    answers = [s.speaker for s in statements(ex) if s.cue == "A:" and any(c.isdigit() for c in s.content)]
    assert answers == ["Aurelia Brandt-Okoye"] * 2
    assert _fig_source(ex, "812,000") == "Aurelia Brandt-Okoye"


# (n) names the tagger misses or mislabels beside a described organisation or person

def test_names_after_descriptive_nouns_speak_and_are_picked_up_later() -> None:
    cases = {
        "The aid group Tamber Relief, which runs the only clinic at the crossing, said its staff had treated "
        "1,740 patients in June.": ["Tamber Relief"],
        "In a report published last month, the monitoring group Dryline said it had documented 214 cases. "
        "The group said at least nine people had died.": ["Dryline", "Dryline"],
        "The housing charity Roofwell argued that lower prices meant little. It said rents had risen by 7.2 "
        "per cent last year.": ["Roofwell", "Roofwell"],
        "The state conciliation service, Conmedia, said on Monday that it had invited both sides to talks.":
            ["Conmedia"],
        "The cabinet member for finance, Councillor Yusuf Haldane-Brook, insisted the closures would save "
        "£1.1m a year.": ["Yusuf Haldane-Brook"],
        "Speaking by video link from Port Anzel, the UN humanitarian coordinator for Hadra, Leyla Brandt-Osei, "
        "said 1.3 million people were displaced. Another 200,000 could be forced from their homes, she said.":
            ["Leyla Brandt-Osei", "Leyla Brandt-Osei"],
        "A readout issued by the Qarvani Foreign Ministry said the call lasted 40 minutes.":
            ["Qarvani Foreign Ministry"],
    }
    for text, expected in cases.items():
        assert [s.speaker for s in statements(run(text))] == expected, text


def test_memo_speaks_for_its_writer_named_just_after_and_not_for_the_outlet_that_saw_it() -> None:
    ex = run("Brightmoor plans to cut about 900 jobs, according to an internal memo sent to staff on Tuesday and "
             "seen by the Harbourline Times.\n\nThe memo, from chief executive Ada Lindgren-Moss, said the cuts "
             "would fall mainly on sales.")
    assert [s.speaker for s in statements(ex)] == ["Ada Lindgren-Moss", "Ada Lindgren-Moss"]
    assert [f["source"] for f in ex.to_dict()["figures"]] == ["Ada Lindgren-Moss"]


def test_one_unnamed_worker_goes_on_speaking_across_quoted_paragraphs() -> None:
    ex = run("The chief executive, Ada Lindgren-Moss, said she regretted the cuts.\n\n"
             "One engineer in the Lisdoran office, who asked not to be named, said staff learnt of the closure "
             "from the memo.\n\n"
             "“People were finding out on the call,” she said. “I’ve been here six years. I found out from a chat.”"
             "\n\nShe said that at least 30 people in her team had been told their jobs were at risk.")
    got = [s.speaker for s in statements(ex)]
    assert got[0] == "Ada Lindgren-Moss"
    assert set(got[1:]) == {"One engineer in the Lisdoran office"}


def test_a_differently_described_office_is_not_the_office_named_before() -> None:
    ex = run("One engineer in the Lisdoran office said the mood was grim.\n\nIn Vell, the regional labour office "
             "said the company had to consult staff for at least 30 days.")
    assert [s.speaker for s in statements(ex)][-1] == "regional labour office"


def test_quoting_a_role_then_its_name_speaks_for_the_named_person_through_the_broadcaster() -> None:
    ex = run("Drevnian state television, quoting the governor of the border region of Tsarvo, Yevgen "
             "Pollard-Matveev, said shelling had killed two people.")
    got = statements(ex)
    assert [(s.speaker, list(s.via)) for s in got] == [("Yevgen Pollard-Matveev", ["Drevnian state television"])]


def test_closing_attributions_reach_every_clause_and_past_the_verb_phrases() -> None:
    ex = run("About 1,900 containers were stranded on the quays and around 40 ships were left waiting offshore, "
             "according to the Ostmark Maritime Authority.")
    assert [f["source"] for f in ex.to_dict()["figures"]] == ["Ostmark Maritime Authority"] * 2
    ex = run("Losses across the sector could reach 300 million euros, the insurance broker Calder Marsh estimated "
             "in a note to clients.")
    assert [s.speaker for s in statements(ex)] == ["Calder Marsh"]


def test_said_citing_data_that_keeps_the_clause_the_parser_hung_on_the_data() -> None:
    ex = run("Ayesha Kowalski-Tembo, a senior fellow at the Eastbridge Institute, said, citing the Bank of Merovia's "
             "own monthly data, that the liquid part of the fund had shrunk to roughly 3.1 trillion dinars.")
    assert [s.speaker for s in statements(ex)] == ["Ayesha Kowalski-Tembo"]
    fig = ex.to_dict()["figures"][0]
    assert fig["via"] == ["Ayesha Kowalski-Tembo"] and "Bank of Merovia" in fig["source"]


def test_a_bodys_own_survey_speaks_for_the_body() -> None:
    ex = run("The Estvald Consumer Council said its own survey of 2,400 families had found that about one in five "
             "children used the app every day.")
    assert [s.speaker for s in statements(ex)] == ["Estvald Consumer Council"]
    assert {f["source"] for f in ex.to_dict()["figures"]} == {"Estvald Consumer Council"}


def test_an_anonymous_speaker_is_not_the_next_person_named_unless_the_text_says_so() -> None:
    ex = run("A senior border officer at Selvar, who asked not to be named, said the app was the only thing "
             "keeping order. Brennmark's interior minister, Agnethe Sorvik-Mbeki, told parliament that the fence "
             "would be finished by October.")
    assert [s.speaker for s in statements(ex)] == ["A senior border officer at Selvar", "Agnethe Sorvik-Mbeki"]
    ex = run("‘These numbers are being used to frighten people,’ a senior official at the finance ministry said, "
             "asking not to be named. Later that day the same official, deputy finance minister Dana Okereke-Vale, "
             "told reporters the ministry had no plans to pay.")
    assert {s.speaker for s in statements(ex)} == {"Dana Okereke-Vale"}


def test_layered_wire_attributions() -> None:
    # the parser leaves no finite verb after "think tank": the name is the estimator
    ex = run("The Brightwater Centre, a sanctions think tank in the Halden capital Arnhal, estimated in a report on "
             "Tuesday that the shadow fleet now numbers between 650 and 720 tankers.")
    assert [s.speaker for s in statements(ex)] == ["Brightwater Centre"]
    # "reported on Thursday": a day is not what was reported on
    ex = run("The news agency Tidewire reported on Thursday, citing three traders and a port official, that "
             "refiners had bought an average of 410,000 barrels a day of crude in January.")
    assert [s.speaker for s in statements(ex)] == ["Tidewire"]
    fig = next(f for f in ex.to_dict()["figures"] if f["value"] == 410000)
    assert fig["via"] == ["Tidewire"]
    # a quoted fragment belongs to the innermost reporting clause
    ex = run("According to a statement on the presidential website, President Arkady Trostin-Vell told his "
             "security council that Velgoria \"does not interfere in the affairs of sovereign states\".")
    assert [s.speaker for s in statements(ex)] == ["Arkady Trostin-Vell"]


def test_she_after_a_closing_cue_is_the_one_who_spoke_not_the_first_subject() -> None:
    ex = run("Turnout was 34.1 percent, the lowest since the post was created, the returning officer, Judith "
             "Amankwah-Sloane, said at the count. She said 108,847 voters had cast a valid ballot.")
    assert [s.speaker for s in statements(ex)] == ["Judith Amankwah-Sloane"] * 2


def test_a_person_named_as_speaks_under_the_name() -> None:
    ex = run("“I weighed 84 kilograms when they took me,” one of them, a marine named as Serhiy Bondar-Weiss, told "
             "the broadcaster.")
    assert [s.speaker for s in statements(ex)] == ["Serhiy Bondar-Weiss"]


def test_an_obligation_closing_a_sentence_is_no_cue() -> None:
    ex = run("The bill now goes to the transport committee, which has 19 members and must report back within 40 "
             "sitting days.")
    assert statements(ex) == []


def test_titles_with_departments_and_bodies_named_just_before() -> None:
    ex = run("“This outbreak is serious,” Minister of Health Teodora Vasquez-Ilunga told journalists. The minister "
             "said the government had released 4.5 million marks.")
    assert [s.speaker for s in statements(ex)] == ["Teodora Vasquez-Ilunga"] * 2
    ex = run("More than 1,000 people have fled Melovan, the Relief Corps for Displaced People said. The agency said "
             "about 41,000 people had been displaced.")
    assert [s.speaker for s in statements(ex)] == ["Relief Corps for Displaced People"] * 2


def test_speaker_phrase_between_quote_and_cue_and_an_organisation_going_on_as_it() -> None:
    ex = run("“This is not an exercise that ends when the cameras leave,” the service's director, General Raimonds "
             "Ozols-Berg, told the Daugmark public broadcaster DTV.")
    got = statements(ex)
    assert [(s.speaker, list(s.via)) for s in got] == [("Raimonds Ozols-Berg", ["DTV"])]
    ex = run("The Velgorian Defence Ministry said in a statement that 203 servicemen had been returned. It described "
             "their former captors as “the Velinsk regime” and said the men were being flown home.")
    assert {s.speaker for s in statements(ex)} == {"Velgorian Defence Ministry"}
    assert len(statements(ex)) == 3


def test_according_to_before_a_trailing_as_clause_and_an_observatory_in_apposition() -> None:
    ex = run("An air strike on a market in Melovan killed between 40 and 60 people on Tuesday, according to a "
             "monitoring group, which cited sources on the ground, as fighting reached the outskirts of Tavrel.")
    fig = ex.to_dict()["figures"][0]
    assert (fig["source"], fig["via"]) == ("sources on the ground", ["a monitoring group"])
    assert statements(ex)[0].content.startswith("An air strike")
    ex = run("The group, the Sarvennian Observatory for Civilian Protection, said dozens more people had been "
             "wounded. It said the toll could rise.")
    assert {s.speaker for s in statements(ex)} == {"Sarvennian Observatory for Civilian Protection"}


def test_words_inside_a_quote_neither_speak_for_nor_relay_the_speaker_after_it() -> None:
    ex = run("Gordana Flisk-Amari, an opposition member of parliament, said she would ask for the contract to be "
             "suspended. “Six billion dinars for a company that did not exist. Somebody has to explain that,” she "
             "said.")
    got = statements(ex)
    assert [(s.speaker, list(s.via)) for s in got] == [("Gordana Flisk-Amari", [])] * 2


def test_the_centre_stands_for_the_centre_named_before() -> None:
    ex = run("Satellite imagery tells a different story, according to the Centre for Strategic Cargo Studies, a "
             "research group in Sungdo. In a report published on Wednesday, the centre said it had counted 64 "
             "voyages since August.")
    assert [s.speaker for s in statements(ex)] == ["Centre for Strategic Cargo Studies"] * 2


def test_a_ranked_chief_in_apposition_with_an_organisation_noun_is_a_person() -> None:
    ex = run("Its chief monitor, Brigadier Tove Lindahl-Oyelaran, told reporters that observers had pulled back. "
             '"We cannot watch a border from a bunker," she said.')
    assert [s.speaker for s in statements(ex)] == ["Tove Lindahl-Oyelaran", "Tove Lindahl-Oyelaran"]


def test_opening_quoting_phrase_after_a_live_blog_time_stamp_and_the_one_named_later() -> None:
    ex = run("07:10 - Quoting a coastguard captain, the agency KNA says the ferry was carrying 310 passengers.\n\n"
             "11:40 - KNA has named the captain it quoted earlier as Captain Ilse Varga-Moreau. The agency now quotes "
             "her as saying all the passengers have been brought ashore.")
    said = statements(ex)
    assert [(s.speaker, s.via) for s in said] == [("Ilse Varga-Moreau", ("KNA",)), ("Ilse Varga-Moreau", ("KNA",))]
    assert said[1].content.startswith("all the passengers")
    assert [f["source"] for f in ex.to_dict()["figures"] if f["value"] == 310] == ["Ilse Varga-Moreau"]


def test_images_and_tracking_data_speak_for_what_they_show() -> None:
    ex = run("Satellite images from the imaging company Skyframe show 40 new tents near the border.\n\n"
             "Tracking data from the monitoring service HullWatch shows that the tanker switched off its "
             "transponder 12 minutes after leaving port.")
    said = statements(ex)
    assert [s.cue for s in said] == ["show", "shows"]
    assert said[0].speaker == "Skyframe" and said[0].content.startswith("40 new tents")
    assert said[1].content.startswith("the tanker switched off")
    assert [f["source"] for f in ex.to_dict()["figures"] if f["value"] == 40] == ["Skyframe"]


def test_what_images_show_inside_a_speakers_words_stays_the_speakers() -> None:
    ex = run("Analysts at the Orlen Institute said satellite images showed a new field hospital with 40 tents.")
    assert [s.cue for s in statements(ex)] == ["said"]


def test_a_sports_role_and_the_club_a_match_report_is_about() -> None:
    ex = run("Carrow Athletic manager Leo Brandt-Ose said his side had lost their shape. Carrow Athletic face Orley "
             "Town next. Carrow Athletic's captain, Sami Okoro-Lund, 31, was blunter. \"We stopped running,\" said "
             "the centre-back. Kestley Rovers won 2-0 last week.\n\nIn a statement, the club said the knee injury to "
             "Okoro-Lund was not serious.")
    said = statements(ex)
    assert [s.speaker for s in said][-2:] == ["Sami Okoro-Lund", "Carrow Athletic"]


def test_an_estimate_put_at_a_figure_is_a_figure_of_whoever_puts_it() -> None:
    # "put X at N" gives the figure its source but is no statement, as most development sets annotate it
    # (dev7, dev_h4 and dev_h5; dev_h2's gold alone lists one as a statement)
    ex = run("The interior ministry put its own losses at 14 police officers killed. He put the kettle on.")
    assert statements(ex) == []
    assert [f["source"] for f in ex.to_dict()["figures"] if f["value"] == 14] == ["interior ministry"]


def test_it_after_a_named_trust_and_a_clause_said_as_an_object() -> None:
    ex = run("The Harlow Tenants' Trust said the rise was unfair. It said rents had gone up by 9 percent.\n\n"
             "A second pollster, Mercer Polling, put the gap at four points, and said 61 percent of voters "
             "disapproved of the plan.")
    said = statements(ex)
    assert [s.speaker for s in said] == ["Harlow Tenants' Trust"] * 2 + ["Mercer Polling"]
    assert said[-1].content == "61 percent of voters disapproved of the plan"


def test_the_review_stands_for_the_consultancy_that_wrote_it() -> None:
    ex = run("A review by the consultancy Marlowe & Finch says the bill will rise. The review blames steel "
             "prices, which it says have risen by 18 percent.")
    assert [s.speaker for s in statements(ex)] == ["Marlowe & Finch", "Marlowe & Finch"]


def test_an_unnamed_group_and_an_owned_role_are_named_in_the_next_sentences() -> None:
    ex = run("At least 12 people were killed when shells struck a bus station, a monitoring group said.\n\n"
             "The group, the Tarsk Observatory for Civilian Rights, said four of the dead were children.\n\n"
             "Velmora's transport minister admitted on Tuesday that the rail budget would run out in May.\n\n"
             "Answering questions in parliament, the minister, Ilona Brekke-Tamsin, said talks were going on.")
    assert [s.speaker for s in statements(ex)] == ["Tarsk Observatory for Civilian Rights"] * 2 + \
        ["Ilona Brekke-Tamsin"] * 2


def test_forecasts_show_and_an_interviewing_outlet_passes_the_words_on() -> None:
    ex = run("The Treasury's own forecasts, published in March, show that growth will slow to 1.1 percent.\n\n"
             "The mayor, Ines Calloway-Brun, said in an interview with Radio Tollen that the bridge would reopen.")
    said = statements(ex)
    assert [(s.speaker, s.via) for s in said] == [("Treasury", ()), ("Ines Calloway-Brun", ("Radio Tollen",))]


def test_a_feature_s_role_nouns_titles_and_a_spokeswoman_who_is_someone_else() -> None:
    ex = run("Margaret Olufemi-Hart has taught at Ashby Cross primary school for 22 years. \"We are not a number "
             "on a spreadsheet,\" the headteacher says.\n\nA council spokeswoman said no decision had been taken. "
             "Councillor Dev Arnott-Clyde, who chairs the education committee, insists the savings are real. "
             "\"Nobody wants to close a school,\" the councillor told a packed meeting on Tuesday.")
    assert [s.speaker for s in statements(ex)] == [
        "Margaret Olufemi-Hart", "A council spokeswoman", "Dev Arnott-Clyde", "Dev Arnott-Clyde"]


def test_reported_results_and_an_expected_figure_are_claims_of_the_company_and_the_analyst() -> None:
    ex = run("Kaldor Steelworks reported a 12 percent fall in first-half profit to 410 million crowns. Piet Hallgren "
             "of Tollen Capital expects growth of just 1.2 percent this year. The paper reported the story first.")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Kaldor Steelworks", "reported"),
                                                            ("Piet Hallgren", "expects")]
    sources = {f["value"]: f["source"] for f in ex.to_dict()["figures"]}
    assert sources[12] == sources[410000000] == "Kaldor Steelworks" and sources[1.2] == "Piet Hallgren"


def test_live_blog_time_stamps_roles_across_entries_and_a_spokeswoman_for_the_organisation() -> None:
    ex = run("09:12 — A strong earthquake has struck the Brennick region, the national seismology institute says.\n\n"
             "09:40 — The regional governor, Tomas Ekdahl-Varro, says at least 14 people have died. \"The old town "
             "has been hit hard,\" he told state radio.\n\n"
             "10:15 — The Red Crescent says its teams have reached Varro. A spokeswoman for the organisation told us "
             "that rescuers were still searching the rubble.\n\n"
             "11:02 — The governor now says 130 people are being treated in hospital.")
    said = statements(ex)
    assert said[0].content == "A strong earthquake has struck the Brennick region"
    assert [(s.speaker, s.via) for s in said[1:]] == [
        ("Tomas Ekdahl-Varro", ()), ("Tomas Ekdahl-Varro", ("state radio",)), ("Red Crescent", ()),
        ("Red Crescent", ()), ("Tomas Ekdahl-Varro", ())]


def test_what_an_interviewee_was_told_is_the_tellers_through_the_interviewee() -> None:
    ex = run("Corrisand's health minister, Dr Ilse Marrow-Tate, took office in March. She spoke to Karin Holt.\n\n"
             "Q: The nurses' union says 1,200 posts are unfilled.\n\n"
             "A: The figure is closer to 900. When I met the union's general secretary last week, she told me that "
             "nurses were leaving for jobs abroad, and I believe her.\n\n"
             "Q: Your forecast assumes a shortfall.\n\n"
             "A: That forecast assumes we do nothing. We will not do nothing.")
    relayed = [s for s in statements(ex) if s.via]
    assert [(s.speaker, s.via, s.content) for s in relayed] == [
        ("union's general secretary", ("Ilse Marrow-Tate",), "nurses were leaving for jobs abroad")]


def test_an_interviewee_passes_on_an_estimate_a_group_and_a_role_met_in_the_same_sentence() -> None:
    ex = run("Dr Hanne Vitt-Ostrand runs the Lowmarsh Flood Agency. She spoke to Per Osk.\n\n"
             "Q: How bad is it?\n\n"
             "A: I spoke to the minister on Monday, and he told me the army had filled 30,000 sandbags. The regional "
             "water board estimates that up to 8,000 homes could flood. The forecasters told us that more rain is "
             "coming. I think we are ready.")
    relayed = [(s.speaker, s.via, s.content) for s in statements(ex) if s.via]
    assert relayed == [
        ("minister", ("Hanne Vitt-Ostrand",), "the army had filled 30,000 sandbags"),
        ("regional water board", ("Hanne Vitt-Ostrand",), "up to 8,000 homes could flood"),
        ("forecasters", ("Hanne Vitt-Ostrand",), "more rain is coming")]


def test_the_company_is_the_body_the_release_keeps_naming_not_a_word_of_a_title() -> None:
    ex = run("Kelderwick Ferries today announced that it will replace its four diesel ferries by 2031.\n\n"
             "Kelderwick Ferries has run the crossing since 1955. Kelderwick's Operations Director, Sam Pell, added: "
             "\"Crossing times will not change.\"\n\nThe company expects fuel costs to fall by about 40 percent.")
    assert [s.speaker for s in statements(ex)][-1] == "Kelderwick Ferries"


def test_a_wire_dateline_and_an_unnamed_official_whose_adjective_names_a_nation() -> None:
    ex = run("KESTOVA, Sevrania (Calloway Wire) - Sevrania has massed as many as 40,000 troops near the border, "
             "according to Western intelligence officials.\n\nA senior Kestovan official, who spoke on condition of "
             "anonymity, said Kestova believed the real number was closer to 55,000.")
    said = statements(ex)
    assert said[0].content == "Sevrania has massed as many as 40,000 troops near the border"
    assert (said[1].speaker, said[1].content) == ("A senior Kestovan official",
                                                  "Kestova believed the real number was closer to 55,000")


def test_what_videos_show_told_by_a_lawyer_is_the_lawyers_claim() -> None:
    ex = run("In a statement, the family's lawyer, Justin Barrow-Lane, said the videos show Scott leaving his car "
             "calmly. The mayor, Jane Roberts, said the videos were inconclusive and that the footage did not show "
             "whether he had something in his hand.")
    said = statements(ex)
    assert {s.speaker for s in said} == {"Justin Barrow-Lane", "Jane Roberts"}
    assert all(not s.via for s in said)


def test_a_study_named_by_its_researchers_in_the_next_sentence() -> None:
    ex = run("Older people with untreated hearing loss are about 40 percent more likely to fall, according to a "
             "large study published on Wednesday.\n\nThe researchers, from the University of Carrowmore, followed "
             "48,260 people aged 65 and over.")
    assert [s.speaker for s in statements(ex)] == ["University of Carrowmore"]


def test_a_statement_carried_by_an_agency_is_the_ministrys_with_the_agency_passing_it_on() -> None:
    ex = run("Dorvania's Interior Ministry gave a different account. In a statement carried by the state news "
             "agency DorPress, it said its police had arrested 14 people after the march.")
    assert [(s.speaker, s.via) for s in statements(ex)] == [("Interior Ministry", ("DorPress",))]
    assert _fig_source(ex, "14") == "Interior Ministry"


def test_she_after_a_place_the_tagger_took_for_a_person_is_the_speaker_before() -> None:
    ex = run("Lissmark's prime minister, Edda Varnholt-Quaye, wrote on the social network Parlo that the strike was "
             "illegal. Later, at a news conference in Brennel, she said the government had called up 2,000 "
             "reservists.")
    assert [s.speaker for s in statements(ex)] == ["Edda Varnholt-Quaye", "Edda Varnholt-Quaye"]
    assert _fig_source(ex, "2,000") == "Edda Varnholt-Quaye"


def test_the_bodys_own_figures_speak_for_the_body_by_its_full_name() -> None:
    ex = run("Harlow Vale District Council wants to merge 9 libraries. Nearly 30 per cent of the shelves are unused, "
             "according to the council's own figures.")
    assert [s.speaker for s in statements(ex)] == ["Harlow Vale District Council"]
    assert _fig_source(ex, "Nearly 30 per cent") == "Harlow Vale District Council"


def test_a_spokeswoman_is_not_the_expert_introduced_after_her() -> None:
    ex = run("The trust disputes that. A spokeswoman said inspectors had visited all 12 wards since March.\n\n"
             "Dr Imre Castellane-Obi, who studies hospital staffing at the University of Dunmore, says the evidence "
             "is mixed.")
    got = [s.speaker for s in statements(ex)]
    assert got[0] != "Imre Castellane-Obi" and "spokeswoman" in got[0].lower()
    assert got[1] == "Imre Castellane-Obi"


def test_an_assistant_in_apposition_is_a_person_the_role_noun_finds_later() -> None:
    ex = run("Marit Ekwall-Dunne, the only full-time teaching assistant, has worked there for 17 years. She says her "
             "post would move to the hub school.\n\n\u201cNobody from the council has been here,\u201d the assistant "
             "says.")
    assert [s.speaker for s in statements(ex)] == ["Marit Ekwall-Dunne"] * 2


def test_a_live_blog_names_its_unnamed_witness_in_a_later_entry() -> None:
    ex = run("12:05 \u2014 A volunteer firefighter who has been digging since dawn told our reporter Lukas Fennimore "
             "that his team had pulled three people alive from one collapsed block. \"The last one was a boy, maybe "
             "eight years old,\" he said.\n\n"
             "12:20 \u2014 We can now name the firefighter in our 12:05 entry: he is Teodor Vasquez-Illan, 34, a "
             "volunteer with the brigade in the nearby town of Mirel.\n")
    # the one told listens; the time stamp is no part of anyone's name
    assert [s.speaker for s in statements(ex)] == ["Teodor Vasquez-Illan"] * 2
    assert _fig_source(ex, "three") == "Teodor Vasquez-Illan"


def test_its_ministry_after_a_country_the_tagger_missed() -> None:
    ex = run("11:10 \u2014 Neighbouring Vask has offered to send a 60-strong rescue team, its foreign ministry said "
             "in a statement.\n")
    assert [s.speaker for s in statements(ex)] == ["Vask's foreign ministry"]


def test_a_role_the_naming_participle_hangs_on_finds_its_holder_later() -> None:
    ex = run("\u201cWe used to have a waiting list,\u201d says the headteacher, a soft-spoken former maths teacher "
             "named Judith Arkwright-Mensah.\n\nParents are not convinced. The council wants the merger. It has "
             "written to 300 families. Officials visited in May. They came again in June.\n\n"
             "The cabinet will vote in July. \u201cI\u2019ll be there,\u201d the headteacher says.\n")
    got = [s.speaker for s in statements(ex) if s.kind == "direct"]
    assert got == ["Judith Arkwright-Mensah"] * 2


def test_a_past_tense_the_parser_read_as_a_participle_still_introduces_the_claim() -> None:
    ex = run("Marek Osterhaus-Lind, leader of the Civic Front, posted on Vinta that volunteers had counted "
             "\"more than 60 bodies\" in the old town alone, and accused the government of \"hiding the scale of "
             "this tragedy\".")
    assert [s.speaker for s in statements(ex)] == ["Marek Osterhaus-Lind"]
    assert _fig_source(ex, "more than 60") == "Marek Osterhaus-Lind"


def test_a_studys_researchers_and_authors_speak_for_the_body_behind_it() -> None:
    ex = run("Older drivers who wear glasses crash less often, according to a large study published on Monday.\n\n"
             "The researchers, from the University of Tollbridge, followed 12,400 drivers for six years. Those "
             "without glasses had 1.8 times the risk of a crash, they found.\n\n"
             "About one in four drivers over 75 needs new glasses, the authors wrote in the journal.")
    assert [s.speaker for s in statements(ex)] == ["University of Tollbridge"] * 3
    assert _fig_source(ex, "1.8") == "University of Tollbridge"


def test_the_release_is_the_press_office_that_spoke_in_it_by_its_bodys_name() -> None:
    ex = run("The study was led by the University of Tollbridge.\n\n"
             "In a press release, the university's press office said the findings were \"a wake-up call\". The "
             "release said an eye test costs about 25 pounds.")
    assert [s.speaker for s in statements(ex)] == ["University of Tollbridge press office"] * 2
    assert _fig_source(ex, "about 25 pounds") == "University of Tollbridge press office"


def test_a_closing_speaker_in_apposition_after_a_clock_time_sentence() -> None:
    ex = run("Dalby won 21,406 votes, or 41.2 percent, against 20,115 for Mercer of the Harbour Party, the "
             "county's returning officer, Ines Vardy-Okafor, announced at the town hall shortly after 3 a.m. "
             "Lena Brisk of the Greens came third with 8,900 votes.")
    assert [s.speaker for s in statements(ex)] == ["Ines Vardy-Okafor"]
    figs = {f["text"]: (f["unit"], f["source"]) for f in ex.to_dict()["figures"]}
    assert figs["20,115"] == ("votes", "Ines Vardy-Okafor")  # no share is over a hundred
    assert figs["8,900"] == ("votes", None)  # a new sentence after "a.m."


def test_a_presidents_statement_on_his_website_is_his_with_no_one_passing_it_on() -> None:
    ex = run("According to a statement on the Sarmatian presidential website, President Aliaksei Drozd-Varin told "
             "the visiting defence minister, Gennady Obolin-Marsh, that Sarmatia would \"never be a springboard for "
             "aggression\" but would \"not be threatened either\".")
    # the that-clause the parser hung on the one told is what was told, with the modal clause after it
    assert [(s.speaker, s.via) for s in statements(ex)] == [("Aliaksei Drozd-Varin", ())]
    assert "not be threatened either" in statements(ex)[0].content


def test_a_live_blog_entry_told_after_its_time_stamp_and_a_comma_joined_closing_cue() -> None:
    ex = run("07:20 \u2014 Turnout was 61.4 percent, the commission's chairman, Ferenc Oduya-Larsen, told a news "
             "conference in the capital.\n\n"
             "12:25 \u2014 A spokesperson for Mbatha-Koval's campaign, who asked not to be named, told us that two of "
             "the campaign's regional coordinators had been detained overnight. \"They are taking our laptops,\" the "
             "spokesperson said.\n\n"
             "13:00 \u2014 Opposition leader Alina Mbatha-Koval has called for calm.\n")
    got = [(s.speaker, s.content[:20]) for s in statements(ex)]
    assert got[0] == ("Ferenc Oduya-Larsen", "Turnout was 61.4 per")
    # the time stamp is no subject; "a spokesperson for X's campaign" does not make X a spokesperson
    assert got[1][0] == got[2][0] == "A spokesperson for Mbatha-Koval's campaign"


def test_so_many_lies_that_is_no_telling() -> None:
    ex = run("Mook further asserted that Trump tells so many lies that Clinton could risk deviating from her "
             "message.")
    assert [s.speaker for s in statements(ex)] == ["Mook"]


def test_court_report_evidence_audiences_lawyers_and_an_unnamed_company() -> None:
    ex = run("Judge Amira Castell told Velmouth Crown Court that Piet Dorran had \"betrayed the trust of an entire "
             "city\". The court heard that Dorran received 14 payments between 2026 and 2029.\n\n"
             "Through his lawyer, Anneliese Brodsky-Umeh, Dorran denied \"any involvement whatsoever\".\n\n"
             "The dredging company said in a statement that it had cooperated fully with investigators.")
    got = [(s.speaker, s.via) for s in statements(ex)]
    assert got == [("Amira Castell", ()),  # a court is spoken to, it passes nothing on
                   ("evidence heard by the court", ()),
                   ("Piet Dorran", ("Anneliese Brodsky-Umeh",)),
                   ("dredging company", ())]  # a court is no company
    assert _fig_source(ex, "14") == "evidence heard by the court"


def test_a_podcast_hosts_turns_are_questions_not_statements() -> None:
    ex = run("The congestion charge debate\n\nBy Ada Finch\nBrackenford Radio\nMay 3, 2031\n\n"
             "HOST: Welcome back. Today we ask whether the congestion charge is working.\n\n"
             "MARTA OYELARAN: It is working. Traffic fell 14 percent in the first year.\n\n"
             "HOST: But shops say they lost trade.\n")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Marta Oyelaran", "MARTA OYELARAN:"), ("shops", "say")]


def test_quoted_words_under_a_verb_belong_only_to_a_subject_that_can_speak() -> None:
    ex = run('The true share of empty places is "closer to a quarter".\n\n'
             'Protesters chanted "What curfew?" as they marched.\n\n'
             'Another critic, Laurence Tribble, likened the rules to "burning the constitution".')
    assert [s.speaker for s in statements(ex)] == ["Protesters", "Laurence Tribble"]


def test_the_think_tank_a_description_after_the_name_introduced() -> None:
    ex = run("Satellite imagery tells a different story, according to the Centre for Cargo Studies (CCS), a think tank "
             "in Sungdo. The think tank estimated that the port had earned 1.7 billion dollars.\n\n"
             "In a statement carried by the state news agency Drevpress, the ministry said its units had hit a depot.")
    got = [s.speaker for s in statements(ex)]
    assert got[:2] == ["Centre for Cargo Studies"] * 2
    assert got[2] != "Drevpress"  # "Drevpress, the ministry said": no description of the agency


def test_a_name_the_parser_read_as_a_clause_before_an_organisation_noun() -> None:
    ex = run('Save the Aske, a campaign group set up by wild swimmers in 2029, said the fine was "a rounding error" '
             "for a company that paid 64 million pounds in dividends.")
    assert [s.speaker for s in statements(ex)] == ["Save the Aske"]
    assert _fig_source(ex, "64 million pounds") == "Save the Aske"


def test_it_said_after_a_body_whose_cue_the_parser_hung_on_its_name() -> None:
    ex = run("The Finance Ministry said the deficit would grow.\n\n"
             "The Brightwater Centre, a sanctions think tank in the Halden capital Arnhal, estimated in a report on "
             "Tuesday that the shadow fleet now numbers between 650 and 720 tankers. It said the fleet carries roughly "
             "70 percent of the country's crude exports.")
    assert [s.speaker for s in statements(ex)][-1] == "Brightwater Centre"
    assert _fig_source(ex, "roughly 70 percent") == "Brightwater Centre"


def test_one_of_a_group_described_before_keeps_the_description() -> None:
    ex = run("The directorate released an intercepted radio conversation between two Velgorian artillery officers in "
             "the Sarvy sector. \"Out of every ten shells, four do not go off,\" one of the officers said.")
    assert [s.speaker for s in statements(ex)] == ["one of the Velgorian artillery officers"]


def test_figures_from_a_body_before_a_colon_are_its_claim() -> None:
    ex = run("10.20am \u2014 Updated figures from Portmere Transit: 52 buses are now running, up from 40 at the start of "
             "the day. Still no trams.\n\n11.00am \u2014 The union will meet at noon.\n")
    assert [(s.speaker, s.content[:16]) for s in statements(ex)] == [("Portmere Transit", "52 buses are now")]
    assert _fig_source(ex, "52") == "Portmere Transit"


def test_a_second_that_clause_joined_to_the_cue_is_a_second_statement() -> None:
    # the parser joins "and that ..." to "says", not to the first reported clause
    text = ("The Kessel Institute said in a report that the grid was ageing. The report says the country has "
            "underinvested in its grid for a decade, and that at least 3 billion crowns a year will be needed until "
            "2041.")
    found = [(s.speaker, s.content) for s in statements(run(text))]
    assert ("Kessel Institute", "at least 3 billion crowns a year will be needed until 2041") in found
    assert ("Kessel Institute", "the country has underinvested in its grid for a decade") in found


def test_a_body_estimating_a_thing_at_a_number_makes_a_statement() -> None:
    text = ("The Power Supervision Authority (PSA) estimates the worst-case shortfall at between 400 and 700 "
            "megawatts, because it expects more power to flow in from the north.")
    found = statements(run(text))
    assert [(s.speaker, s.content) for s in found] == [
        ("Power Supervision Authority", "the worst-case shortfall at between 400 and 700 megawatts")]
    assert [f[3] for f in figures(run(text))] == ["Power Supervision Authority"]


def test_a_number_in_a_relative_clause_is_not_what_was_posted() -> None:
    text = "The mayor's office posted a photo of the flood, which has had more than 90,000 views."
    assert statements(run(text)) == []


def test_a_quoted_title_after_a_document_noun_is_no_speech() -> None:
    text = ("The study, “Salt marshes and the winter diet of waders”, appears in Coastal Ecology today. The author, "
            "who also wrote a report entitled “Mud and the tides of the north”, said more surveys were needed.")
    assert [s.content for s in statements(run(text))] == ["more surveys were needed"]


def test_cue_after_there_were_takes_what_follows() -> None:
    text = "There were, she told MPs, 9,340 people on the waiting list on Monday, in wards built for 8,000."
    found = statements(run(text))
    assert [s.content for s in found] == ["9,340 people on the waiting list on Monday, in wards built for 8,000"]


def test_a_clause_before_the_cue_and_a_quote_after_it_are_two_statements() -> None:
    text = ("Ms Varga returned to her notes. Spending on schools had risen to 1.4 billion crowns this year, she said, "
            "\"more than any government in this country's history\".")
    found = [(s.kind, s.speaker, s.content) for s in statements(run(text))]
    assert found == [("indirect", "Varga", "Spending on schools had risen to 1.4 billion crowns this year"),
                     ("direct", "Varga", "more than any government in this country's history")]


def test_a_one_word_owner_of_things_is_a_place_not_a_person() -> None:
    # the tagger reads "Penvarra's prisons" in this development article as a person's
    table = article_labels("articles_dev_h5", "parliament-penvarra-prison-early-release.txt")
    assert table.label_of("Penvarra") != "PERSON"


def test_a_reported_clause_before_a_quoted_one_is_a_statement_too() -> None:
    text = ("It quoted the local councillor Edda Vrienholt-Maas, a member of the ruling party, who said she would "
            "vote against the budget, and that “the whips can say what they like”.")
    found = [(s.kind, s.speaker, s.content) for s in statements(run(text))]
    assert found == [("indirect", "Edda Vrienholt-Maas", "she would vote against the budget"),
                     ("direct", "Edda Vrienholt-Maas", "the whips can say what they like")]


def test_data_told_of_by_someone_is_their_claim() -> None:
    text = "Local residents said the results confirmed what they had feared for years."
    assert [(s.speaker, s.content) for s in statements(run(text))] == [
        ("Local residents", "the results confirmed what they had feared for years")]


def test_an_estimate_put_lower_at_a_range_keeps_its_source() -> None:
    text = "The envoy put the number of drones lower, at six to nine, but said more were on the way."
    assert [(f[1], f[3]) for f in figures(run(text))] == [([6, 9], "envoy")]


def test_a_live_blog_entry_whose_subject_the_time_stamp_unsettles() -> None:
    # in this development article the stamp makes the parser read "briefed" as the verb and leave "told" with no
    # subject; and "whose 29-year-old son" is parsed as the subject of "told"
    said = statements(article_extraction("articles_dev_h6", "liveblog-kavrenia-ushkal-mine-siege.txt"))
    assert ("Two people", ("Stoneharbour Times",)) in [(s.speaker, s.via) for s in said
                                                       if s.content.startswith("a tribal elder from Dashet")]
    assert [s.speaker for s in said if s.content.startswith("Nobody from the company")] == [
        "Brigitta Voskresen-Elland"]


def test_a_broadcaster_whose_name_ends_in_a_number_word_reports() -> None:
    text = "Marvel One is reporting that the rescue teams have reached 14 of the trapped miners."
    assert [s.speaker for s in statements(run(text))] == ["Marvel One"]


def test_a_spokesman_who_gives_his_name_is_that_person() -> None:
    text = ("In a second video, the group's spokesman, who gave his name as Arvo Kessel-Dunn, said nine hostages had "
            "been moved to a safe place.")
    assert [s.speaker for s in statements(run(text))] == ["Arvo Kessel-Dunn"]


def test_it_after_a_heading_of_figures_from_a_body_is_that_body() -> None:
    text = ("16:55 — Updated figures from the health ministry: 17 patients have now been discharged and 20 are still "
            "in hospital. A nurse who was hurt in the morning has died, it said, bringing the number of nurses killed "
            "to three.")
    said = statements(run(text))
    assert [(s.speaker, s.content) for s in said][-1] == ("health ministry", "A nurse who was hurt in the morning has died")
    assert [(f[0], f[2], f[3]) for f in figures(run(text))] == [
        (17, "patients", "health ministry"), (20, "patients", "health ministry"), (3, "nurses", "health ministry")]


def test_an_estimate_that_includes_a_part_sources_the_part() -> None:
    text = "The Lowfield Monitor puts the toll higher, at nine dead, including two nurses."
    assert [(f[0], f[3]) for f in figures(run(text))] == [(9, "Lowfield Monitor"), (2, "Lowfield Monitor")]


def test_figures_published_by_a_body_are_its_own() -> None:
    text = ("Rents in Cordale rose by 7.2 per cent in the year to May, according to figures published on Monday by "
            "the Cordale Housing Office (CHO).")
    assert [(s.speaker, s.cue) for s in statements(run(text))] == [("Cordale Housing Office", "according to")]


def test_what_was_written_to_clients_that_is_the_content() -> None:
    # in this development article the parser hangs the that-clause on "clients"
    said = statements(article_extraction("articles_dev_h6", "analysis-bellmora-food-tax-cut.txt"))
    assert any(s.speaker == "Economists at Oakhurst Securities" and s.content.startswith("retailers had passed on")
               for s in said)


def test_a_survey_closing_its_sentence_and_the_author_of_a_survey_of_people() -> None:
    text = ("A survey of 2,100 adults by Larkspur Research for the Courier found that 58 per cent backed the plan. "
            "Asked what worried them most, 33 per cent named rents, ahead of energy on 21 per cent, the survey found. "
            "The poll has a margin of error of plus or minus 2.1 percentage points.")
    ex = run(text)
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Larkspur Research", "found"), ("Larkspur Research", "found")]
    assert [(f[0], f[5]) for f in figures(ex)][-1] == (2.1, ("plus or minus",))


def test_he_after_an_unnamed_person_who_spoke_is_that_person() -> None:
    text = ("Orla Benn-Tiernan, the trader's director, did not reply. A person familiar with the airline's operations "
            "said that 19 of its 46 jets had been kept flying. \"Without those parts, half the fleet would be on the "
            "ground,\" he said.")
    assert [s.speaker for s in statements(run(text))][-1] == "A person familiar with the airline's operations"


def test_the_company_after_a_company_spoke_is_that_company() -> None:
    # in this development article "the company" would otherwise be the trader described as "a company" before
    said = statements(article_extraction("articles_dev_h6", "investigation-brenmoor-engine-parts-skyvar.txt"))
    assert [s.speaker for s in said if s.content.startswith("it screened every customer")] == ["Brenmoor Aerospace"]


def test_an_outlet_citing_sources_that_the_parser_hung_the_cue_on() -> None:
    said = statements(article_extraction("articles_dev_h6", "investigation-brenmoor-engine-parts-skyvar.txt"))
    assert [s.speaker for s in said if s.content.startswith("Quillon had used at least 30")] == ["Tideline"]


def test_it_after_a_country_acted_on_and_they_after_a_plural_subject() -> None:
    text = ("Governments downstream of the Arlen river condemned Marvosia on Tuesday after it said it would leave the "
            "water accord, a move they said could cut the river's flow by a third.")
    assert [s.speaker for s in statements(run(text))] == ["Marvosia", "Governments downstream of the Arlen river"]


def test_a_participle_after_a_reported_clause_goes_on_with_the_speaker() -> None:
    text = ("Marvish state media said on Wednesday that the reform had been a success, reporting that citizens had "
            "exchanged more than 2 trillion old rondels in five days.")
    assert [(s.speaker, s.cue) for s in statements(run(text))] == [
        ("Marvish state media", "said"), ("Marvish state media", "reporting")]


def test_according_to_a_paper_which_quoted_someone_is_that_someones_through_the_paper() -> None:
    text = ("According to the army newspaper Iron Banner, which quoted Deputy Interior Minister Pavel Oster-Lunde, "
            "212 people had been detained since June 27.")
    assert [(s.speaker, s.via) for s in statements(run(text))] == [("Pavel Oster-Lunde", ("Iron Banner",))]


def test_a_daily_named_after_its_noun_and_its_editorial() -> None:
    text = ("The party daily Clarion, which says it prints 1.5 million copies a day, devoted its front page to the "
            "reform. Its editorial called the old currency \"a swamp in which hoarders bred\".")
    assert [s.speaker for s in statements(run(text))] == ["Clarion", "Clarion"]


def test_a_reported_clause_the_parser_split_from_its_cue_and_it_found_that() -> None:
    # in this development article the parser makes "the Aeralis 68" a second subject of "said" and "was flying" a
    # conjunct of it; then "It found that ..." is the report's finding, and "The airline said" is the airline the
    # tagger took for a place
    said = statements(article_extraction("articles_dev_h7", "accident-ostwind-or417-interim-report.txt"))
    def speaker_of(start: str) -> list[str | None]:
        return [s.speaker for s in said if s.content.startswith(start)]

    assert speaker_of("the Aeralis 68, flight OR417") == ["Transport Safety Board"]
    assert speaker_of("the plane struck a field") == ["Transport Safety Board"]
    assert speaker_of("it \"deeply regrets\"") == ["Ostwind Regional"]


def test_a_clause_of_what_was_said_is_no_new_cue_and_a_second_that_clause_stays() -> None:
    text = ("The rights office of the Council of Northern States said on Monday that its own review pointed to between "
            "90 and 200 deaths, and that it could not narrow the range without access to the morgues.")
    assert [s.content for s in statements(run(text))] == [
        "its own review pointed to between 90 and 200 deaths",
        "it could not narrow the range without access to the morgues"]


def test_a_body_in_apposition_to_a_holder_and_it_after_a_group_described_as_a_body() -> None:
    text = ("Kelmont's largest shareholder, the Essling family foundation, which holds 14.2 percent, said it would not "
            "sell at the current price.\n\nParents for Open Playgrounds, a campaign group with about 12,000 members, "
            "said the study was a warning to every school. It said break times had shrunk by 18 "
            "minutes a day.")
    assert [s.speaker for s in statements(run(text))] == [
        "Essling family foundation", "Parents for Open Playgrounds", "Parents for Open Playgrounds"]


def test_an_estimate_with_its_confidence_interval_sources_both() -> None:
    text = "The researchers put the fall in risk at 30 percent, with a 95 percent confidence interval of 21 to 38 percent."
    assert [(f[0], f[1], f[3]) for f in figures(run(text))] == [
        (30, None, "researchers"), (95, None, "researchers"), (None, [21, 38], "researchers")]


def test_it_after_a_sentence_about_a_body_named_before_is_that_body() -> None:
    text = ("Up to 2 million people could go hungry, the aid agency Brannock Relief said in a report on Tuesday.\n\n"
            "The report found that one in three children was malnourished.\n\n"
            "Admissions to feeding centres rose to 14,300 children, according to the report.\n\n"
            "The agency is appealing for 85 million dollars. It said it had so far received pledges of 11 million "
            "dollars.")
    said = [s for s in statements(run(text)) if s.content.startswith("it had so far")]
    assert [s.speaker for s in said] == ["Brannock Relief"]


def test_it_after_a_sentence_about_a_thing_finds_no_body_there() -> None:
    text = ("The bridge at Carrow was closed on Monday. It said repairs would take a week.")
    assert [s.speaker for s in statements(run(text)) if s.content.startswith("repairs")] in ([], [None])


def test_a_comparison_hung_on_a_closing_cue_is_the_speakers() -> None:
    text = ("The river peaked at 5.62 metres at the town gauge at about 3am, the Wessmoor Rivers Authority said, more "
            "than 40cm above the previous record.\n\nRepossessions totalled 1,140 last year, Halvorsen said, fewer "
            "than a tenth of the number in 2009.")
    got = [(f[0], f[3]) for f in figures(run(text))]
    assert got == [(5.62, "Wessmoor Rivers Authority"), (40, "Wessmoor Rivers Authority"), (1140, "Halvorsen"),
                   (10, "Halvorsen")]


def test_an_estimate_owned_by_a_person_is_theirs() -> None:
    text = ("Oskar Lindqvist-Amadi, an analyst at Brightwater, has studied the trade for years. By his calculation, "
            "Velgoria loses about $13 on each barrel, or roughly $9.5 billion a year.\n\n"
            "Marta Sundby-Okafor has tracked the fleet since 2031. According to her reckoning, 140 tankers are "
            "involved.")
    got = [(f[0], f[3]) for f in figures(run(text))]
    assert (13, "Oskar Lindqvist-Amadi") in got and (9.5e9, "Oskar Lindqvist-Amadi") in got
    assert (140, "Marta Sundby-Okafor") in got


def test_by_a_means_is_no_source() -> None:
    text = "Prices rose by 12 percent, by far the biggest jump, by the ministry's count."
    assert all(s.cue != "By" for s in statements(run(text)))


def test_the_name_after_the_describing_noun_of_a_documents_author() -> None:
    # "A separate investigation by the fact-checking site VeriTal found some 2,300 fake accounts ...": in the
    # article the parser hangs the name on nothing it can follow
    found = [f for f in figures(article_extraction("articles_dev6", "analysis-talvessa-election-interference.txt"))
             if f[0] == 2300]
    assert [f[3] for f in found] == ["VeriTal"]


def test_a_valuation_is_a_figure_of_the_one_who_values() -> None:
    text = ("Nalini Vandersloot, an analyst at Corran Securities, said the bid was too low. She valued Velloway at "
            "between 29 and 34 solvars a share.\n\nShares in Velloway closed at 352 solvars, valuing the company at "
            "about 31 billion solvars.")
    got = [(f[0], f[1], f[3]) for f in figures(run(text))]
    assert (None, [29, 34], "Nalini Vandersloot") in got
    assert (31e9, None, None) in got  # a price valuing a company is nobody's estimate


def test_a_bodys_view_inside_a_persons_words_is_the_persons_figure() -> None:
    text = ("Tobias Nakamura-Reyes, who runs the polling firm Exitline, spoke to reporters on Sunday. He said the firm "
            "had interviewed 2,100 people as they left polling stations, and estimated that turnout among voters "
            "under 30 was about 20 percent.")
    got = {f[0]: f[3] for f in figures(run(text))}
    assert got[2100] == got[20] == "Tobias Nakamura-Reyes"


def test_an_interview_answer_passes_on_a_bodys_estimate_as_the_bodys() -> None:
    text = ("Q: How many people could go hungry?\n\nA: The food office estimates that up to 4.5 million people in the "
            "region could go hungry if the spring crop is lost.")
    assert [f[3] for f in figures(run(text)) if f[0] == 4500000] == ["food office"]


def test_according_to_a_source_with_its_name_keeps_the_claims_subject() -> None:
    text = ("According to the league's data provider, Pitchmetric, Okafor-Lindqvist covered 10.6 kilometres and won "
            "nine of his 14 aerial duels.")
    said = statements(run(text))
    assert [(s.speaker, s.content[:31]) for s in said] == [("Pitchmetric", "Okafor-Lindqvist covered 10.6 k")]


def test_a_pollsters_findings_and_readings_are_its_own() -> None:
    survey = ("The largest of the surveys, by Quorvane, questioned 3,204 adults online and put the Civic List on 34 "
              "percent and the Greens on 31 percent.")
    got = [(f[0], f[3]) for f in figures(run(survey))]
    assert (34, "Quorvane") in got and (31, "Quorvane") in got
    finding = ("Pellworth Research, which polled 1,150 voters by telephone, found that 17 percent of voters were still "
               "undecided.")
    assert (17, "Pellworth Research") in [(f[0], f[3]) for f in figures(run(finding))]
    # what a speaker says a count puts someone on stays the speaker's statement
    said = "Her campaign says its own parallel count puts her on 51 percent."
    assert [s.speaker for s in statements(run(said))] == ["Her campaign"]


def test_the_name_after_a_role_in_an_opening_phrase_is_not_the_speaker() -> None:
    text = ("Under questioning from the committee's chair, Eithne Trelawny-Dlamini, Hesselbrandt-Ekpo acknowledged "
            "that TRI had spent 2.3 billion serks on land purchases.")
    assert [s.speaker for s in statements(run(text))] == ["Hesselbrandt-Ekpo"]


def test_a_story_that_opens_on_a_role_names_its_holder_just_after() -> None:
    text = ("The chief executive of Talvesia's state rail builder told MPs on Wednesday that the original budget "
            "\"was never realistic\".\n\nCormac Hesselbrandt-Ekpo, who has run the company since 2036, told the "
            "committee that the line would now open in 2045.")
    assert [s.speaker for s in statements(run(text))] == ["Cormac Hesselbrandt-Ekpo", "Cormac Hesselbrandt-Ekpo"]


def test_the_one_who_replies_is_not_the_one_who_asked() -> None:
    text = ("Cormac Hesselbrandt-Ekpo, who runs the rail builder, told the committee the line would open in 2045. "
            "Under questioning, Hesselbrandt-Ekpo acknowledged that land had cost more than planned.\n\n"
            "Eithne Trelawny-Dlamini asked how much of the overrun was the fault of his own organisation. "
            "\"Some of it, certainly,\" he replied.")
    said = [s.speaker for s in statements(run(text)) if s.content.startswith("Some of it")]
    assert said == ["Cormac Hesselbrandt-Ekpo"]
