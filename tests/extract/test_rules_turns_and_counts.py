"""Transcript turns with notes in their labels, a turn's own documents and pronouns, and counts the parser hides.

"NAME (recorded on Monday): ...", "Our survey, done in 2060, puts ...", "I wrote to her ..., and her officials
replied", "twice to say", "aged 31 and 47", '"some 9,000" missing people', "according to figures the X
published", "put the cost of the review exercise itself at".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import article_extraction, figures, run, speakers_by_content, statements

_DEBATE = (
    "Night raid on the Tollbridge archive\n\nBy Hesper Quaintance\nRadio Wendmoor\nMarch 3, 2062\n\n"
    "HESPER QUAINTANCE: The city archive lost nine ledgers on Sunday. With me is its keeper, Lorcan Abernathy-Oyelowo. "
    "The mayor, Gwendolyn Strathcarrow, said on Monday that the archive had been \"careless for years\".\n\n"
    "BASIL TREMAINE (recorded on Monday): We are looking for two women who left by the river gate. We have had more "
    "than 300 calls from the public, and I would ask anyone with a boat on the river that night to call us.\n\n"
    "LORCAN ABERNATHY-OYELOWO: Our inventory, done in 2060, puts the oldest ledger alone at around 4 million florins. "
    "I wrote to her twice to say that we could not lock the river gate, and her officials replied that there was "
    "\"no money this year\" for a new one.\n\n"
    "HESPER QUAINTANCE: News just in: police say two women, aged 31 and 47, have been arrested.\n"
)


def test_a_transcript_label_with_a_note_in_brackets_opens_a_turn() -> None:
    ex = run(_DEBATE)
    speakers = speakers_by_content(ex)
    turn = next(c for c in speakers if c.startswith("We are looking for two women"))
    assert speakers[turn] == "Basil Tremaine"
    calls = [f for f in figures(ex) if f[0] == 300]
    assert calls and calls[0][3] == "Basil Tremaine"


def test_a_turn_s_own_document_is_the_one_speaking() -> None:
    ex = run(_DEBATE)
    value = [f for f in figures(ex) if f[0] == 4_000_000]
    assert value and value[0][3] == "Lorcan Abernathy-Oyelowo" and value[0][4] == ()


def test_her_in_a_man_s_own_turn_is_the_woman_named_before() -> None:
    ex = run(_DEBATE)
    assert speakers_by_content(ex)["no money this year"] == "Gwendolyn Strathcarrow's officials"


def test_twice_before_an_infinitive_of_purpose_counts_occasions() -> None:
    ex = run(_DEBATE)
    assert any(f[0] == 2 and f[2] == "times" and f[3] == "Lorcan Abernathy-Oyelowo" for f in figures(ex))


def test_the_second_of_two_ages_after_aged_is_an_age() -> None:
    ex = run(_DEBATE)
    ages = sorted(f[0] for f in figures(ex) if f[2] == "years")
    assert ages == [31, 47]


def test_a_quoted_approximation_takes_the_noun_after_a_participle() -> None:
    ex = run("The register now lists \"some 9,000\" missing people across the province.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(9000, "people")]


def test_figures_a_body_published_are_its_own_after_according_to() -> None:
    ex = run("Marrowgate jail was built for 820 prisoners and held 1,310 when the strike began, according to figures "
             "the Calvary Prison Service published last month.")
    assert {f[3] for f in figures(ex)} == {"Calvary Prison Service"}


def test_an_estimate_put_at_a_figure_the_parser_hung_on_a_noun_read_as_a_verb() -> None:
    ex = run("The Vennor Statistics Office said it would ask parliament for 70 million florins.\n\n"
             "Its spokesman put the cost of the revision exercise itself at about 2.6 million florins.")
    cost = [f for f in figures(ex) if f[0] == 2_600_000]
    assert cost and cost[0][3] is not None and cost[0][3].startswith("Vennor Statistics Office")


def test_a_range_a_toll_is_set_at_is_no_span_of_days() -> None:
    # (the tagger reads "between 15 and 20" after "at" as a date)
    ex = article_extraction("articles_dev_h15", "wire-harskovia-kalthorn-prison-riot.txt")
    assert any(f[1] == [15, 20] and f[2] == "deaths" for f in figures(ex))


def test_the_number_of_dead_counts_the_dead() -> None:
    ex = run("The group put the number of dead at 37 and the number of injured at 112.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(37, "dead"), (112, "injured")]


def test_a_tally_compiled_by_an_outlet_is_the_outlet_s() -> None:
    ex = run("A tally compiled by the news site Wendmoor Today from hospital records put the number of dead at "
             "between 14 and 18.")
    assert [(f[1], f[2], f[3]) for f in figures(ex)] == [([14, 18], "dead", "Wendmoor Today")]


def test_a_plural_the_tagger_read_as_a_verb_is_counted_when_the_clause_s_verb_follows() -> None:
    # (the tagger reads "inmates" and "works" as verbs)
    wire = article_extraction("articles_dev_h15", "wire-harskovia-kalthorn-prison-riot.txt")
    assert any(f[0] == 60 and f[2] == "inmates" for f in figures(wire))
    ex = run("Seven works from the east gallery were taken.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(7, "works")]


def test_he_speaking_through_his_lawyer_is_not_the_lawyer() -> None:
    ex = run("Ambrose Quillfeather-Nakamura, 61, denies wrongdoing. Through his lawyer, Perpetua Ellingsworth, he "
             "said the auditors had \"misread ordinary rounding as fraud\" and that he would appeal.")
    speakers = speakers_by_content(ex)
    assert speakers["he would appeal"] == "Ambrose Quillfeather-Nakamura"


def test_a_part_of_the_injured_counts_the_injured() -> None:
    ex = run("The helicopters flew 22 sorties and carried 9 of the injured to hospital.")
    assert (9, "injured") in [(f[0], f[2]) for f in figures(ex)]


def test_them_after_a_part_set_aside_by_including_is_the_whole() -> None:
    ex = run("The director said 41 people had been brought in, including six firefighters, and that four of them "
             "remained in a critical condition.")
    assert (4, "people") in [(f[0], f[2]) for f in figures(ex)]


def test_the_old_value_of_a_revised_estimate_is_the_reviser_s_too() -> None:
    ex = run("The Vennor Statistics Office said on Tuesday that it had cut its growth estimate.\n\n"
             "The office also said 12,000 fewer jobs had been created, and it raised its estimate of the jobless "
             "rate to 7.2 percent from 6.4 percent.")
    sources = {f[0]: f[3] for f in figures(ex)}
    assert sources[7.2] == sources[6.4] == "Vennor Statistics Office"


def test_one_side_of_a_ratio_for_every_is_a_figure() -> None:
    ex = run("The inspectors found one nurse for every 30 patients on the night shift.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(1, "nurse"), (30, "patients")]


def test_a_that_clause_after_the_one_told_and_an_aside_is_what_was_told() -> None:
    ex = run("A guard who gave his name only as Tobiah told the news site Ferrowline, in a call made from a locked "
             "storeroom during the siege, that the fire had started in the laundry after a fight over cigarettes.")
    said = [s for s in statements(ex) if s.content.startswith("the fire had started in the laundry")]
    assert said and said[0].speaker == "Tobiah" and said[0].via == ("Ferrowline",)


def test_a_quote_inside_what_someone_else_promised_him_is_theirs_passed_on() -> None:
    ex = run("Osgood Pellingham, 26, signed a contract in the spring. He says a recruiter in Wendmoor promised him he "
             "would be guarding grain stores \"well away from any fighting.\"")
    said = [s for s in statements(ex) if "well away from any fighting" in s.content]
    assert said and said[0].speaker == "a recruiter in Wendmoor" and said[0].via == ("Osgood Pellingham",)


def test_a_quote_someone_was_told_by_another_is_the_teller_s() -> None:
    ex = run("Bertil Ashgrove-Mensah, 41, was pulled out alive. He says the group had been told by their guide that "
             "the slope was \"safe if we cross one by one.\"")
    said = [s for s in statements(ex) if "safe if we cross one by one" in s.content]
    assert said and said[0].speaker == "their guide" and said[0].via == ("Bertil Ashgrove-Mensah",)


def test_others_are_more_of_what_the_count_before_counted() -> None:
    ex = run("Shells hit the market overnight, killing at least 9 traders and wounding 23 others, the mayor said.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(9, "traders"), (23, "traders")]


def test_pence_glued_to_the_number_are_money() -> None:
    ex = run("Road repairs now take 31p of every pound the council spends, up from 18p in 2031.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(31, "pence"), (18, "pence")]


def test_others_after_a_list_of_several_kinds_stay_others() -> None:
    ex = run("So far 12 Methodists, five Quakers and three Baptists were admitted, as well as 21 others who gave no "
             "church.")
    assert (21, "others") in [(f[0], f[2]) for f in figures(ex)]


def test_a_part_takes_its_own_noun_not_a_count_joined_after_it() -> None:
    ex = run("The rebels said air strikes had killed 14 of their fighters and six civilians.")
    assert [(f[0], f[2]) for f in figures(ex)] == [(14, "fighters"), (6, "civilians")]
    whole = run("At least 12 of the Liberal Forum's 31 deputies had asked for a vote.")
    assert [(f[0], f[2]) for f in figures(whole)] == [(12, "deputies"), (31, "deputies")]
