"""People described before they are named, words split at a hyphen, and amounts whose unit is left out.

"The man who trained her ... said ... That coach, X, ...", "The council's vice-chair, X, said", "X, who ...
and now holds ..., said" (a cue the parser left without a subject), "a fee of between 80 and 85 million" after a
sum in a currency, "from 52 to 58 crowns", "cut its ground staff from 40 to 26", "joined at 27 as".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import article_extraction, figures, run, speakers_by_content


def test_a_person_described_by_a_who_clause_is_the_one_the_next_sentence_names_with_that() -> None:
    ex = run("The man who coached her through three winters on the Harrowgate ice said she had \"never once asked "
             "for a day off\". That coach, Ferdinand Oyelaran-Whitby, now trains the national junior squad.")
    speakers = speakers_by_content(ex)
    assert speakers["never once asked for a day off"] == "Ferdinand Oyelaran-Whitby"


def test_a_described_person_keeps_the_description_when_no_name_follows() -> None:
    ex = run("The woman who runs the ferry kiosk said the boats had been late all week. The harbour office "
             "declined to comment.")
    assert speakers_by_content(ex)["the boats had been late all week"] == "woman"


def test_a_role_written_with_a_hyphen_is_one_role_whose_name_follows() -> None:
    ex = run("The council's vice-chair, Rosalind Achterberg-Nwosu, said the library would stay open for "
             "another six months.")
    assert speakers_by_content(ex)["the library would stay open for another six months"] == \
        "Rosalind Achterberg-Nwosu"
    # (only a real article shows the parser splitting the role at its hyphen: "vice - chancellor")
    obituary = speakers_by_content(article_extraction("articles_dev_h12",
                                                      "obituary-tervania-henrika-dankworth-sithole.txt"))
    assert obituary["its flag would stay at half mast for seven days"] == "Reinhold Hollingsworth-Kiplagat"


def test_a_named_speaker_with_a_long_who_clause_before_the_cue_speaks() -> None:
    ex = run("That engineer, Casimir Dunleavy-Oduya, who co-designed the sluice with her for 12 years and now runs "
             "the lock company, said the pair had once spent nine days looking for a jammed bolt.")
    speakers = speakers_by_content(ex)
    assert speakers["the pair had once spent nine days looking for a jammed bolt"] == "Casimir Dunleavy-Oduya"
    assert (9, None, "days", "Casimir Dunleavy-Oduya", (), ()) in figures(ex)


def test_a_large_amount_without_its_unit_is_in_the_unit_of_the_large_amount_before_it() -> None:
    ex = run("Harbury Town have bid 41 million florens for the winger, plus up to 6 million in bonuses, a person "
             "close to the club said.")
    found = figures(ex)
    assert (41_000_000, None, "florens", "a person close to the club", (), ()) in found
    assert (6_000_000, None, "florens", "a person close to the club", (), ("up to",)) in found


def test_a_large_amount_goes_on_in_the_currency_of_the_paragraph_before() -> None:
    ex = run("The bid would beat the league's transfer record of 47 million florens, set in 2057.\n\n"
             "Castlebrook want between 60 and 65 million, the sports daily Pitchline reported.")
    found = figures(ex)
    assert (None, [60_000_000, 65_000_000], "florens", "Pitchline", (), ()) in found


def test_the_start_of_a_change_counts_what_its_end_counts() -> None:
    ex = run("Analysts at Marlow Capital said the cuts were overdue and raised their price target from 34 to 39 "
             "crowns.")
    found = figures(ex)
    assert (34, None, "crowns", "Analysts at Marlow Capital", (), ()) in found
    assert (39, None, "crowns", "Analysts at Marlow Capital", (), ()) in found


def test_a_staff_cut_from_one_number_to_another_counts_the_staff() -> None:
    ex = run("The union said the airport had cut its ground staff from 40 to 26 in three years.")
    units = {f[0]: f[2] for f in figures(ex)}
    assert units[40] == "ground staff"
    assert units[26] == "ground staff"


def test_joining_at_an_age_as_something_is_an_age() -> None:
    ex = run("Pellegrin spent 30 years at the conservatory, which she joined at 27 as a piano tutor.")
    assert (27, None, "years", None, (), ()) in figures(ex)


def test_what_the_paper_itself_understands_is_in_its_own_voice() -> None:
    ex = run("The deal would include a release clause of 90 million florens, the Enquirer understands.",
             outlet="The Harwick Enquirer")
    assert (90_000_000, None, "florens", None, (), ()) in figures(ex)
