"""Descriptions set off in commas, beliefs and kept counts inside another's words, quotes that go on after
reported speech, owners named beside what they own, and counts a fraction, a factor, a ratio or a contrast gives.

Each case is an original snippet, except where a real development article shows a tagger mistake.
"""

from __future__ import annotations

from rules_support import (
    article_extraction,
    entity,
    figure_sources,
    figure_units,
    figures,
    run,
    speakers_by_content,
)

# -- figures -------------------------------------------------------------------------------------------------------------


def test_a_twentieth_is_five_percent_and_a_ninth_a_share_too() -> None:
    ex = run("The backup link has roughly a twentieth of the cable's capacity, the operator said.\n\n"
             "The chain cut its prices by a ninth.\n")
    assert figure_units(ex, 5) == ["percent"]
    assert [round(f[0], 1) for f in figures(ex) if f[2] == "percent"] == [5, 11.1]


def test_the_twentieth_of_a_series_is_no_share() -> None:
    ex = run("It was the twentieth time this year that the line had closed, she said.\n")
    assert figures(ex) == []


def test_a_factor_of_ten_is_a_multiple() -> None:
    ex = run('"That is the biggest print run in our history by a factor of ten," the publisher said.\n')
    assert figure_units(ex, 10) == ["times"]


def test_a_ratio_with_a_plural_noun_between_its_numbers_gives_both_numbers() -> None:
    ex = run('"I lost nine rows in ten," the grower said.\n\nNine voters in ten backed the plan.\n')
    assert figure_units(ex, 9) == ["rows", "voters"]
    assert figure_units(ex, 10) == ["rows", "voters"]


def test_a_plural_noun_after_a_count_is_no_ratio() -> None:
    ex = run("Three players in ten days left the club.\n")
    assert figure_units(ex, 3) == ["players"]
    assert figure_units(ex, 10) == ["days"]


def test_hours_cut_to_a_bare_number_are_hours() -> None:
    ex = run("She said she kept her job until October, when her hours were cut to 12 a week.\n")
    assert figure_units(ex, 12) == ["hours"]


def test_a_two_time_winner_has_won_twice_and_a_one_time_payment_is_no_count() -> None:
    ex = run("She is a three-time champion.\n\nIt was a one-time payment.\n")
    assert figure_units(ex, 3) == ["times"]
    assert figure_units(ex, 1) == []


def test_a_things_own_number_set_against_a_count_counts_the_same() -> None:
    ex = run("The satellite link carries about 4 gigabits a second, she said, against the cable's 80.\n")
    assert figure_units(ex, 80) == ["gigabits"]


def test_a_large_bare_number_goes_on_with_a_weight_said_just_before() -> None:
    ex = run('The director says the winery usually crushes about 14,000 tonnes of grapes a year. This year she '
             'expects "something nearer 7,000, if we are lucky".\n')
    assert figure_units(ex, 7000) == ["tonnes"]


def test_a_size_in_a_description_set_in_commas_is_the_writers_and_an_age_the_accounts() -> None:
    ex = run("The Marrowind, a 15-metre yacht skippered by Berengaria Trebarwith, lost its mast about 30 nautical "
             "miles off the cape, according to the coastguard.\n\n"
             "The guard, a 52-year-old employee, was released on Sunday, the security firm Wardhaven said.\n")
    assert figure_sources(ex, 15) == [None]
    assert figure_sources(ex, 30) == ["coastguard"]
    assert figure_sources(ex, 52) == ["Wardhaven"]


def test_how_many_live_in_a_place_described_in_commas_is_the_writers_and_a_firms_staff_the_speakers() -> None:
    ex = run("Haddersea, a village of about 640 people on the coast, has lost 23 houses, the council said.\n\n"
             "Quillon, a company with three employees, bought the parts, the auditors said.\n")
    assert figure_sources(ex, 640) == [None]
    assert figure_sources(ex, 23) == ["council"]
    assert figure_sources(ex, 3) == ["auditors"]


def test_a_number_in_those_told_is_the_writers() -> None:
    ex = run("Blathnaid Penwarden, 38, told an audience of about 600 guests in the old customs hall that she had "
             'been "fairly sure I would lose" and had not written a speech.\n')
    assert figure_sources(ex, 600) == [None]
    assert any(content.startswith("she had been") for content in speakers_by_content(ex))
    assert not any("audience" in content for content in speakers_by_content(ex))


def test_a_count_kept_inside_anothers_words_is_that_others() -> None:
    ex = run("According to figures from the interior ministry, police recorded 17 armed robberies of jewellers "
             "last year, up from 9 the year before.\n")
    assert figure_sources(ex, 17) == ["interior ministry"]
    assert figure_sources(ex, 9) == ["interior ministry"]


def test_what_unnamed_people_believe_inside_a_report_is_the_reports() -> None:
    ex = run("The daily Chervil, citing two police sources, reported that detectives believed the gang had "
             "watched the shop for at least three weeks.\n")
    assert figure_sources(ex, 3) == ["two police sources"]
    assert "detectives" not in speakers_by_content(ex).values()


def test_what_a_body_believes_inside_a_speakers_words_stays_the_bodys_in_a_real_article() -> None:
    # ("She told MPs the watchdog expected public debt to peak at 88.4 percent": the watchdog's forecast)
    ex = article_extraction("articles_dev_h11", "budget-varnholm-bank-levy-fuel-duty.txt")
    assert figure_sources(ex, 88.4) == ["Independent Fiscal Office"]


# -- statements ----------------------------------------------------------------------------------------------------------


def test_a_quote_right_after_reported_speech_goes_on_with_its_speaker() -> None:
    ex = run("Ausilia Tebbutt, the director, said the frost had been the worst in memory.\n\nThe cooperative will "
             "pay its members 410 lirados a "
             'tonne, she said. "It is less than they need. It is more than we can afford."\n\nMore rain is due.\n')
    assert speakers_by_content(ex)["It is less than they need. It is more than we can afford."] == "Ausilia Tebbutt"


def test_a_quote_after_a_sentence_of_narrative_is_nobodys() -> None:
    ex = run("Maria Lopez said the cooperative would pay. Prices rose. \"It is less than they need.\"\n\nMore.\n")
    assert "It is less than they need." not in speakers_by_content(ex)


def test_a_belief_joined_on_after_a_cue_in_the_middle_is_more_of_the_speakers_words() -> None:
    ex = run("Torunn Gammage is a police officer.\n\nThe arcade would stay closed until at least Tuesday, Gammage "
             "said, and forensic officers expected to spend another two days inside the shop.\n")
    by_content = speakers_by_content(ex)
    assert by_content["forensic officers expected to spend another two days inside the shop"] == "Torunn Gammage"
    assert figure_sources(ex, 2) == ["Torunn Gammage"]


def test_a_belief_about_words_joined_on_after_a_middle_cue_stays_the_believers() -> None:
    ex = run("Torunn Gammage is a police officer.\n\nThe arcade would stay closed until at least Tuesday, Gammage "
             "said, and detectives believe the gang fled abroad.\n")
    assert speakers_by_content(ex)["the gang fled abroad"] == "detectives"


def test_a_spokeswoman_for_a_things_owner_speaks_for_the_owner_named() -> None:
    ex = run("A spokeswoman for the Pollexfen's owner, Jago Shipping, said the crew had followed orders.\n")
    assert speakers_by_content(ex)["the crew had followed orders"] == "Jago Shipping"


def test_a_role_named_after_an_opening_place_and_its_relative_clause_speaks() -> None:
    ex = run("At the Ombrasca Cooperative Cellars, which buys grapes from 640 members, the director, Ausilia "
             "Tebbutt, says the winery usually crushes about 14,000 tonnes of grapes a year.\n")
    assert speakers_by_content(ex)["the winery usually crushes about 14,000 tonnes of grapes a year"] == \
        "Ausilia Tebbutt"
    assert figure_sources(ex, 14000) == ["Ausilia Tebbutt"]
    assert figure_sources(ex, 640) == [None]


# -- speakers ------------------------------------------------------------------------------------------------------------


def test_a_closing_he_said_is_not_the_one_the_words_are_about() -> None:
    ex = run("Tanguy Treharne, a commentator, said the boat had won it on the second night. Haakon Oddfellow had "
             "kept his largest headsail up for about four hours longer than any rival, he said.\n")
    by_content = speakers_by_content(ex)
    assert by_content["Haakon Oddfellow had kept his largest headsail up for about four hours longer than any "
                      "rival"] == "Tanguy Treharne"


def test_a_name_an_age_comes_before_is_a_persons_in_a_real_article() -> None:
    # ("the 44-year-old Haakon Oddfellow" was tagged a place, so "he" went to the yacht's name)
    ex = article_extraction("articles_dev_h28", "sailing-ondessa-skerrin-round-island-race.txt")
    assert entity(ex, "Haakon Oddfellow")["label"] == "PERSON"
    assert speakers_by_content(ex)["Ask me tomorrow,"] == "Haakon Oddfellow"
    assert speakers_by_content(ex)["Oddfellow had kept his largest headsail up for about four hours longer than any "
                                   "rival"] == "Tanguy Treharne"


def test_a_bare_count_takes_the_thing_counted_before_it_whatever_its_size() -> None:
    ex = run("Gunnel Nankervis, who runs a bookshop, said she had sold 35 copies of the novel by nine o'clock on "
             'Friday morning. "I had ordered 20," she said. "I have ordered 500 more."\n')
    assert figure_units(ex, 20) == ["copies"]
    assert figure_units(ex, 500) == ["copies"]
    assert figure_units(ex, 9) == []  # (a clock time)


def test_a_bare_count_takes_the_plural_noun_before_it() -> None:
    ex = run("We will pay for lawyers, and we have already hired two in the capital, the union said.\n")
    assert figure_units(ex, 2) == ["lawyers"]


def test_a_bare_number_right_after_a_count_counts_the_same() -> None:
    ex = run('"The generator has fuel for maybe two days, maybe three," the doctor said.\n')
    assert figure_units(ex, 3) == ["days"]


def test_quoted_words_told_inside_anothers_end_at_the_closing_mark() -> None:
    ex = run('Her bowman, Sindre Tapsell, said Trebarwith had told the crew "we are going home in a helicopter, not a '
             'boat" about ten minutes after the mast fell.\n')
    assert speakers_by_content(ex)["we are going home in a helicopter, not a boat"] == "Trebarwith"
    assert figure_sources(ex, 10) == ["Sindre Tapsell"]


def test_a_quoted_part_of_a_clause_told_inside_anothers_does_not_end_the_words() -> None:
    ex = run('Relatives of the crew told Radio Kestrel that "at least 20" men were alive when the boat sank, the '
             "lawyer said.\n")
    assert any(content.endswith("men were alive when the boat sank") for content in speakers_by_content(ex))


def test_a_number_beside_a_name_takes_no_noun_from_before() -> None:
    ex = run("Police officers stopped the car. Crutcher, 40 ― a father and student ― was shot.\n")
    assert figure_units(ex, 40) != ["officers"]


def test_a_pronoun_inside_what_someone_called_something_is_still_theirs() -> None:
    ex = run("Jean-Marc Ayrault, the foreign minister of France, said the test could not go unanswered.\n\n"
             'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of the resolutions.\n')
    assert speakers_by_content(ex)['a "brazen breach" of the resolutions'] == "Ban Ki-moon"


def test_a_pronoun_that_adds_words_of_its_own_is_still_the_subject_before() -> None:
    ex = run("His speech was the centerpiece of a ceremony featuring celebrities like Oprah Winfrey, Will Smith, Patti "
             "LaBelle and Stevie Wonder, who joked of the museum, \"I haven't seen it yet, but I'm going to.\"\n\n"
             "Ms. LaBelle got a huge roar from the crowd when, at the end of her emotional rendition of the civil "
             "rights anthem \"A Change Is Gonna Come,\" she added the words, \"Hillary Clinton.\"\n")
    assert speakers_by_content(ex)["Hillary Clinton."] == "Patti LaBelle"
