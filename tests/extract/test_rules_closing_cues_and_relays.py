"""Cues that close a sentence of several clauses, relays of relays, messages and their senders, and counts whose
noun is said after the number or left to a price before it.

Each case is an original snippet, except where a real development article shows a tagger mistake.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    figure_sources,
    figure_units,
    figures,
    run,
    statements,
)

# -- figures -------------------------------------------------------------------------------------------------------


def test_a_fronted_whole_gives_way_to_what_the_part_is_said_to_be() -> None:
    ex = run("Of the 40 boats in the harbour, 12 were trawlers, the harbourmaster said.\n")
    assert figure_units(ex, 12) == ["trawlers"]


def test_a_quoted_verdict_on_a_part_is_no_kind_of_it() -> None:
    ex = run('A loss adjuster, Petra Vennick, said at least 20 of the buses were "write-offs".\n')
    assert figure_units(ex, 20) == ["buses"]


def test_a_part_said_to_be_a_kind_of_people_counts_that_kind() -> None:
    # (a guard: the predicate noun, not the whole, when it is no verdict in quotation marks)
    ex = run("The doctor said nine of the patients in the ward were toddlers under two.\n")
    assert figure_units(ex, 9) == ["toddlers"]


def test_the_injured_after_a_count_of_the_dead_are_injured_people() -> None:
    ex = run("At least four people were killed and 38 injured when the stand collapsed, the police said.\n")
    unit = figure_units(ex, 38)[0] or ""
    assert set(unit.split()) == {"injured", "people"}


def test_a_price_opened_and_closed_at_goes_on_in_the_currency_of_the_offer() -> None:
    ex = run("The shares, sold to investors at 8 corvins each, opened at 9.40 and closed at 8.95 on the exchange.\n")
    assert figure_units(ex, 9.4) == ["corvins"]
    assert figure_units(ex, 8.95) == ["corvins"]


def test_a_meeting_that_opened_at_a_time_has_no_price() -> None:
    # (a guard: no price before it, so no figure)
    ex = run("The meeting, with 40 delegates, opened at 10.30 and closed at 12.\n")
    assert [f[0] for f in figures(ex)] == [40]


def test_a_bare_number_in_a_concession_counts_the_plural_subject_before_it() -> None:
    ex = run("The vet said the rescued horses had been fed and were resting, although three had burns from the fire.\n")
    assert figure_units(ex, 3) == ["horses"]
    assert figure_sources(ex, 3) == ["vet"]


def test_a_price_target_set_is_the_setters_figure() -> None:
    ex = run("Analysts at Holloway Capital wrote in a note that the shares were \"priced for a drought\". They set a "
             "price target of 44 corvins.\n")
    assert figure_sources(ex, 44) == ["Analysts at Holloway Capital"]


# -- statements closed by a cue --------------------------------------------------------------------------------------


def test_a_closing_cue_says_both_clauses_the_parser_hung_on_it() -> None:
    # (the parser makes both clauses complements of the cue only in the article's own context)
    ex = article_extraction("articles_dev_h25", "listing-varsolia-silverbeck-hydro-share-debut.txt")
    assert figure_sources(ex, 2000) == ["treasury"]
    assert figure_sources(ex, 10)[0] == "treasury"


def test_a_closing_cue_says_the_when_clause_hung_on_it() -> None:
    ex = run("The roof came down at about 9 pm on Friday, when gusts of up to 95 kilometres an hour tore the tiles "
             "away, the council said in a statement.\n")
    assert figure_sources(ex, 95) == ["council"]


def test_a_concession_after_the_reported_clause_goes_on_with_it() -> None:
    ex = run("The shelter's vet, Ines Calloway, said the rescued dogs had been sedated and were recovering, although "
             "two had cuts from the fence.\n")
    assert any(s.content.endswith("although two had cuts from the fence") for s in statements(ex))
    assert figure_sources(ex, 2) == ["Ines Calloway"]


def test_a_closing_cue_the_tagger_took_for_a_plural_noun() -> None:
    ex = run("A part-time cleaner will earn about 900 florins more a year before tax, the labour ministry estimates.\n")
    assert figure_sources(ex, 900) == ["labour ministry"]


def test_a_that_clause_after_telling_a_news_conference() -> None:
    ex = run("The mayor, Odile Brannagh, has told a news conference in the capital that she will not resign. She said "
             "the council would publish a full account within 30 days.\n")
    assert ("Odile Brannagh", "she will not resign") in [(s.speaker, s.content) for s in statements(ex)]


# -- speakers ----------------------------------------------------------------------------------------------------------


def test_it_after_a_body_called_by_its_last_word() -> None:
    # (not the paper the warden spoke to, the organisation named last)
    ex = run("Visitors were moved out of Halmbrook Nature Reserve on Sunday afternoon. The reserve's warden, Ottoline "
             "Crabtree, told the Fennel Gazette that the herd had numbered 30.\n\n"
             "The gate was left open by the storm, the reserve said in a statement. A ranger who tried to shut it "
             "was kicked by a stag and needed nine stitches, it said.\n")
    assert figure_sources(ex, 9) == ["Halmbrook Nature Reserve"]


def test_a_treasury_is_a_body_it_can_stand_for() -> None:
    ex = run("The Corvinian treasury said the sale had raised 3.1 billion corvins. It denied that the price had been "
             "set low to please voters.\n")
    assert {s.speaker for s in statements(ex)} == {"Corvinian treasury"}


def test_a_street_taken_for_a_person_is_no_antecedent() -> None:
    ex = run("Helga Marston keeps the key on a nail by the door. Since the ground under Kettle Lane gave way in "
             "March, her house has tilted about 9 degrees.\n\n"
             "\"I lived here for 40 years. Now I walk past it like a stranger,\" she says.\n")
    assert {s.speaker for s in statements(ex)} == {"Helga Marston"}


def test_a_role_noun_is_not_a_union_named_after_the_role() -> None:
    ex = run("The Union of Prison Guards said staffing was at a record low.\n\n"
             "An anonymous guard told Radio Fennel that managers had been warned about the lock \"at least three "
             "times\". Radio Fennel quoted the guard as saying the prison had \"spent the lock money on paint\".\n")
    speakers = {s.content: s.speaker for s in statements(ex)}
    assert speakers['the prison had "spent the lock money on paint"'] == "An anonymous guard"


def test_a_message_from_a_body_warning_that() -> None:
    ex = run("T\n\n07:10 — Phones along the Varrow estuary have sounded with a message from the Estuary Flood Office "
             "warning that the water \"could reach the houses within 40 minutes\" and telling people to leave.\n\n"
             "07:31 — A second message has gone out to phones in the area, reading: \"The earlier message was sent "
             "in error. There is no flood.\"\n")
    assert figure_sources(ex, 40) == ["Estuary Flood Office"]
    assert {s.speaker for s in statements(ex)} == {"Estuary Flood Office"}


def test_a_subheading_ending_in_a_from_phrase_sends_nothing() -> None:
    # (a guard: the line above is no sender of the cue below it)
    ex = run("Questions from reporters\n\nAsked whether the schools would close, the minister, Ilse Brannock, said "
             "there were \"no plans\" to close them.\n")
    assert "reporters" not in {s.speaker for s in statements(ex)}


# -- relays --------------------------------------------------------------------------------------------------------------


def test_a_relay_of_a_relay_keeps_both_links() -> None:
    # (the quoting phrase of the outer cue is no origin of the inner one; the parser shows it in the article only)
    ex = article_extraction("articles_dev_h25", "alert-tormeria-thistlecombe-false-tsunami-warning.txt")
    said = [s for s in statements(ex) if "lost boat" in s.content]
    assert [(s.speaker, s.via) for s in said] == [("harbourmaster", ("TLV", "a fisherman in the harbour"))]


def test_a_relay_of_a_relay_parsed_upside_down() -> None:
    ex = run("The broadcaster KVZ reported, quoting a senior aide at the ministry of work, that the president, Irja "
             "Falkenrath, had told ministers the plan was \"too small for the winter\".\n")
    said = [s for s in statements(ex) if "too small" in s.content]
    assert [(s.speaker, s.via) for s in said] == [("Irja Falkenrath", ("KVZ", "a senior aide"))]


def test_an_expectation_in_a_cited_report_stays_the_origins() -> None:
    # (a guard: a plan or expectation passed on is the origin's news, not the company's own words)
    ex = run("The business daily Kursfeld, citing a person close to the board, reported that Ambrecht expected a "
             "one-off charge of about 80 million corvins.\n")
    assert figure_sources(ex, 80_000_000) == ["a person close to the board"]


def test_an_officer_is_not_the_guild_head_named_next() -> None:
    ex = run("Ruben Hask, a coach driver from Wenlow, told Radio Fennel that he had seen no sign at all. He said a "
             "police officer who reached him had told him that \"there are people behind you who will not get "
             "out\".\n\n"
             "Ottilie Bracegirdle, who heads the Coach Drivers' Guild, said drivers were \"being blamed before anyone "
             "has read a tachograph\".\n")
    said = [s for s in statements(ex) if "will not get out" in s.content]
    assert [s.speaker for s in said] == ["a police officer"]


# -- real articles --------------------------------------------------------------------------------------------------------


def test_a_double_barrelled_surname_with_its_first_part_taken_for_a_place() -> None:
    ex = article_extraction("articles_dev_h5", "earnings-skarvholm-aqua-sea-lice.txt")
    said = [s for s in statements(ex) if s.content.startswith("This is a weather story")]
    assert [s.speaker for s in said] == ["Jorunn Tveit-Okoro"]


def test_a_role_of_a_body_fits_only_a_holder_named_beside_that_body() -> None:
    ex = article_extraction("articles_dev_h14", "statement-corvanthe-skarvel-launch-failure.txt")
    said = [s for s in statements(ex) if s.content.startswith("the two satellites were to have replaced")]
    assert [s.speaker for s in said] == ["head of the Weather Bureau"]


# -- owners of readings and proposals, changes the tagger took for dates, asides ------------------------------------


def test_readings_from_a_bodys_sensors_are_that_bodys() -> None:
    ex = run("The Pellandran Motorway Board said its fog signs had worked.\n\n"
             "PKR, citing readings from the board's own roadside sensors, reported that traffic in the fog had been "
             "moving at an average of 94 kilometres an hour.\n")
    assert [f[3:5] for f in figures(ex) if f[0] == 94] == [("Pellandran Motorway Board", ("PKR",))]


def test_both_ends_of_a_change_the_tagger_took_for_dates() -> None:
    ex = run("The guild's secretary said the number of stewards at the ground had been cut from 46 to 31 in two "
             "years.\n")
    assert figure_units(ex, 46) == ["stewards"]
    assert figure_units(ex, 31) == ["stewards"]


def test_days_of_a_month_stay_dates() -> None:
    # (a guard: "from 12 to 19 March" is a span of days)
    ex = run("The festival was moved from 12 to 19 March, the organisers said.\n")
    assert [f[0] for f in figures(ex)] == []


def test_a_figure_proposed_by_a_body_is_that_bodys() -> None:
    ex = run("Spending rose by more than the 4.5 percent proposed in March by the Corvinian Budget Office, the fiscal "
             "watchdog.\n")
    assert figure_sources(ex, 4.5) == ["Corvinian Budget Office"]


def test_an_aside_on_the_subject_of_the_reported_clause_is_the_writers() -> None:
    ex = run("The museum, which draws about 210,000 visitors a year, will stay shut until May, the director said.\n")
    assert figure_sources(ex, 210_000) == [None]


def test_a_fraction_more_than_something_is_a_share() -> None:
    ex = run("The builders' guild estimated that a new roof now costs about 41,000 dulcats, roughly a quarter more "
             "than before the storm.\n")
    assert figure_units(ex, 25) == ["percent"]


def test_a_fraction_the_size_of_something_is_a_share() -> None:
    ex = run("Orvania's army is only about a third the size of its neighbour's, the analyst said.\n")
    assert figure_units(ex, 33.3) == ["percent"]


def test_the_third_more_important_thing_is_no_share() -> None:
    # (a guard: an ordinal after "the")
    ex = run("The third more important factor was the price, she said.\n")
    assert figures(ex) == []


def test_later_groups_of_a_phone_number_are_no_figures() -> None:
    ex = run("The council's helpline for tenants is 0800 733 415, and it is staffed 12 hours a day.\n")
    assert [f[0] for f in figures(ex)] == [12]


def test_a_magnitude_a_quake_is_put_at() -> None:
    ex = run("The Orvanian Seismic Institute put the magnitude at 6.4.\n")
    assert figure_units(ex, 6.4) == ["magnitude"]


def test_a_memo_from_a_named_holder_of_the_owners_post_is_that_persons() -> None:
    ex = run("The software company Quellwick will cut about 900 jobs, according to an internal memo from its chief "
             "executive that was leaked to the news site Bytegauge on Tuesday.\n\n"
             "In the memo, Ottavia Brenchley-Marr said the cuts were painful but necessary.\n")
    assert figure_sources(ex, 900) == ["Ottavia Brenchley-Marr"]
