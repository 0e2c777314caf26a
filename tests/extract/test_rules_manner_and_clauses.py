"""Verbs that tell how words were said (grumble, joke, shout), and clauses that are not what a cue reports: a
clause before a colon, a negated or modal verb after a clause, an object followed by a clause of time or reason.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import S, figures, run, speakers_by_content, statements


def test_manner_of_speaking_verbs_report_what_follows_them() -> None:
    ex = run("In one recording, the quartermaster grumbled that the charges had arrived without detonators.\n\n"
             "One soldier grumbles that the rations are always late.\n\n"
             "\"We sleep in the lorries,\" one driver joked.\n\n"
             "The clerk whispered that the ledgers had been moved overnight.")
    found = statements(ex)
    assert S("indirect", "quartermaster", "the charges had arrived without detonators", "grumbled") in found
    assert S("indirect", "One soldier", "the rations are always late", "grumbles") in found
    assert S("direct", "one driver", "We sleep in the lorries,", "joked") in found
    assert S("indirect", "clerk", "the ledgers had been moved overnight", "whispered") in found


def test_a_clause_before_a_colon_is_not_what_the_verb_after_it_reports() -> None:
    # "the partnership is going badly" is the writer's summary, parsed as the complement of "moan"
    ex = run("From what leaks out, the partnership is going badly: the dockers moan about their foremen, the cranes "
             "and the night shifts, and half the time the two crews cannot understand each other.")
    found = statements(ex)
    assert not any("going badly" in s.content for s in found)
    assert not any(s.speaker == "two crews" for s in found)  # "cannot understand each other" reports nothing


def test_a_negated_or_modal_verb_closes_no_report_of_the_clause_before_it() -> None:
    ex = run("The worst part of all is that the mayor doesn't even believe it himself.\n\n"
             "Voters learned again on Sunday that no matter the setting, the governor will insist on being himself.")
    assert not any(s.content.startswith(("The worst part", "Voters learned")) for s in statements(ex))


def test_an_object_followed_by_a_clause_of_time_or_reason() -> None:
    ex = run("The poll indicates a tightening race as Varga consolidates the support of his party.\n\n"
             "She grew more upset, shouting insults as she hurried towards the barrier.\n\n"
             "The law requires landlords to tell the council when a flat stands empty for a year.")
    found = statements(ex)
    assert S("indirect", "poll", "a tightening race", "indicates") in found
    assert not any("insults" in s.content or s.content == "the council" for s in found)
    # but an object that opens a reported clause with "how" is still the content
    ex = run("The candidate and his aides haven't said much about how he is preparing for the debate.")
    assert [s.content for s in statements(ex)] == ["much about how he is preparing for the debate"]


# --- who speaks: names given later, labels that name one person ----------------------------------------------


def test_a_person_and_a_body_named_later_in_apposition_are_the_ones_described_before() -> None:
    ex = run("A former warden at a prison in Delvany's northern Ostra province has told a monitoring group that up to "
             "30 men were held in cells built for 8, in testimony that the group says is the fullest account yet.\n\n"
             "The Hollin Herald, which interviewed the former warden separately, quoted him as saying that the cells "
             "flooded every spring. \"Nobody came when we called,\" he told the paper.\n\n"
             "The group, Lanternlight Monitor, published a summary of its interviews on Monday.\n\n"
             "The warden, Tavish Orrinder-Blake, 44, agreed to be named.")
    speakers = speakers_by_content(ex)
    assert speakers["up to 30 men were held in cells built for 8, in testimony that the group says is the fullest "
                    "account yet"] == "Tavish Orrinder-Blake"
    assert speakers["is the fullest account yet"] == "Lanternlight Monitor"
    assert speakers["Nobody came when we called,"] == "Tavish Orrinder-Blake"


def test_a_role_named_later_does_not_name_another_owners_role() -> None:
    ex = run("Marvany's grid operator has warned of shortages. The grid operator, Marvgrid, said demand could reach "
             "14 gigawatts.\n\n"
             "Oskeria's grid operator said it could export up to 500 megawatts.")
    speakers = speakers_by_content(ex)
    assert speakers["it could export up to 500 megawatts"] == "Oskeria's grid operator"


def test_a_transcript_label_names_the_person_introduced_before_its_first_turn() -> None:
    text = ("The Bank of Ostrel raised its rate on Thursday. Below is a transcript of the press conference that "
            "Governor Melisande Quarrie-Holt gave afterwards.\n\n"
            "GOVERNOR: Good afternoon. The Council decided today to raise the rate to 5 percent.\n\n"
            "QUESTION (Ivo Brannack, Ostrel Wire): Governor, is the economy slowing?\n\n"
            "GOVERNOR: Deputy Governor Piet Lowther-Amis told the Council that vacancies are still high. "
            "That is not an economy being choked.\n\n"
            "QUESTION (Ivo Brannack, Ostrel Wire): Will you raise again?\n\n"
            "GOVERNOR: We will do what it takes to bring inflation back to target.")
    turns = [s.speaker for s in statements(run(text)) if s.cue == "GOVERNOR:"]
    assert turns == ["Melisande Quarrie-Holt"] * 3


# --- what is reported ------------------------------------------------------------------------------------------


def test_a_clause_joined_by_and_after_a_closing_cue_is_reported_too() -> None:
    ex = run("Oil from the broken pipeline had spread across 200 square kilometres by Monday, the coast guard said, "
             "and a thin sheen had reached the oyster beds, 12 kilometres to the south.")
    assert S("indirect", "coast guard", "a thin sheen had reached the oyster beds, 12 kilometres to the south",
             "said") in statements(ex)


def test_a_name_the_parser_made_the_root_with_its_cue_as_a_participle() -> None:
    ex = run("The Maritime Safety Board (MSB), which licenses the terminal, estimated in a preliminary notice that "
             "between 900 and 1,300 tonnes had leaked, based on the tank gauges.")
    assert S("indirect", "Maritime Safety Board", "between 900 and 1,300 tonnes had leaked, based on the tank gauges",
             "estimated") in statements(ex)


# --- newsletters and sports items: bodies referred to by a noun, signed changes ---------------------------------


def test_the_agency_and_the_club_are_the_bodies_that_spoke_or_opened_just_before() -> None:
    ex = run("Consumer prices rose 3.1% in the year to May, Statistics Orvenia said. Fuel: +8.2%. Rents: +4.4%. "
             "The agency blamed \"diesel, bread and a dry spring\".\n\n"
             "Sporting Tallmoor sacked coach Eldin Varro-Pike after a 1-5 defeat, their fifth loss in a row. The "
             "club said in a statement that the decision had been taken \"after long reflection\".")
    speakers = speakers_by_content(ex)
    assert speakers["diesel, bread and a dry spring"] == "Statistics Orvenia"
    assert speakers["the decision had been taken \"after long reflection\""] == "Sporting Tallmoor"
    signed = [f for f in figures(ex) if f[0] in (8.2, 4.4)]
    assert [(f[0], f[2]) for f in signed] == [(8.2, "percent"), (4.4, "percent")]


def test_a_role_and_a_name_with_a_colon_inside_a_paragraph_introduce_a_quote() -> None:
    ex = run("About 1,800 cleaners walked out at dawn, says their union. Its leader, Marisol Ekwueme-Dahl: \"We asked "
             "for 9% and they offered 2%. Nobody goes back for 2%.\" The council says bins will go uncollected.")
    assert any(s.speaker == "Marisol Ekwueme-Dahl" and s.content.startswith("We asked for 9%") for s in statements(ex))


def test_the_paper_is_the_outlet_an_outlet_noun_introduced() -> None:
    ex = run("Three cyclists returned positive samples, the sports daily Velopost reported on Tuesday, citing "
             "laboratory files. The paper said the files showed that two samples were taken in March.")
    assert any(s.speaker == "Velopost" and s.content.startswith("the files showed") for s in statements(ex))


def test_the_source_is_the_one_introduced_as_speaking_just_before() -> None:
    ex = run("A former member of the squad's medical staff told the paper that injections were given at the camp. "
             "\"Nobody refused. Nobody asked questions either,\" the source told the paper.")
    speakers = speakers_by_content(ex)
    assert speakers["Nobody refused. Nobody asked questions either,"] == speakers[
        "injections were given at the camp"] == "A former member of the squad's medical staff"


def test_a_second_speaker_joined_to_the_reported_clause_speaks_for_themselves() -> None:
    ex = run("The federation said the physiotherapist had been dismissed in May for \"repeated breaches\", and its "
             "lawyer, Greta Amundsen-Ofori, called her account \"the revenge of a former employee\".")
    found = statements(ex)
    assert S("indirect", "federation", "the physiotherapist had been dismissed in May for \"repeated breaches\"",
             "said") in found or any(s.content.endswith('"repeated breaches"') for s in found)
    assert any(s.speaker == "Greta Amundsen-Ofori" and s.content == "the revenge of a former employee" for s in found)


def test_a_turn_label_read_as_the_subject_gives_way_to_the_name_after_the_colon() -> None:
    ex = run("QUESTION (Ilse Marrow, Ostrel Wire): Governor, the finance minister, Teodor Vasska-Lind, said yesterday "
             "that further rises would \"strangle the recovery\". Is he wrong?")
    assert [s.speaker for s in statements(ex) if "strangle" in s.content] == ["Teodor Vasska-Lind"]


# --- figures whose noun was said before ------------------------------------------------------------------------


def test_a_formation_and_a_total_count_what_was_counted_before() -> None:
    ex = run("Rovna TV reported that Kazandria had sent about 9,000 soldiers to Velmora in three waves, among them a "
             "commando brigade of roughly 2,500. The bureau's spokesman told the daily Dzvin that the total \"could "
             "reach 14,000 by the new year\".")
    units = {f[0]: f[2] for f in figures(ex)}
    assert (units[2500], units[14000], units[3]) == ("soldiers", "soldiers", "waves")


def test_a_first_name_and_a_double_barrelled_surname_that_speak_are_a_person() -> None:
    ex = run("The report's lead author said the pace had doubled. \"We counted six trains in one night,\" Saskia "
             "Ventor-Palme told the Skerrow News Agency.\n\n"
             "Asked whether an attack was near, Ventor-Palme declined to guess. \"Trains tell you what is "
             "possible,\" she said.")
    speakers = speakers_by_content(ex)
    assert speakers["We counted six trains in one night,"] == "Saskia Ventor-Palme"
    assert speakers["Trains tell you what is possible,"] == "Saskia Ventor-Palme"


def test_a_titled_name_in_apposition_names_the_official_described_just_before() -> None:
    ex = run("The government disputes the scale of the crisis. A senior official at the Ministry of Labour said on "
             "Tuesday that the agency's figures were \"built on guesswork\". The official, Deputy Minister Corvin "
             "Astley-Marr, told reporters that the ministry had registered 41,000 claims.")
    speakers = speakers_by_content(ex)
    assert speakers["the agency's figures were \"built on guesswork\""] == "Corvin Astley-Marr"


def test_a_who_clause_naming_a_body_does_not_take_the_speaker_s_place() -> None:
    ex = run("Reached by phone in Kebbeh, Berenike Marlstone-Adeyemo, who runs mobile clinics for the aid group "
             "Hearthline, said her teams were treating at least two dozen children a week.")
    assert [s.speaker for s in statements(ex)] == ["Berenike Marlstone-Adeyemo"]


def test_an_attache_is_a_person_a_later_he_refers_to() -> None:
    ex = run("Colonel Oriel Bruckhaus-Mensik said the bridging units were in place.\n\n"
             "A Western defence attache in Restmora, who asked not to be named, said his government's assessment put "
             "the force at two brigades. It would take Meskaria at least 48 hours to cross the river, he said.")
    speakers = speakers_by_content(ex)
    assert speakers["It would take Meskaria at least 48 hours to cross the river"] == \
        "A Western defence attache in Restmora"
