"""Clauses the parser hides and names that break sentences.

"told Harbour Today they had ...", "The register lists 41 Pellham recruits", "said at a briefing that ...",
"..., and that sirens sounded ...".

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import figures, run, speakers_by_content


def test_no_sentence_starts_inside_an_outlet_s_name() -> None:
    ex = run("Several fishermen in Corrowick told Harbour Now they had seen no warning lights at all.")
    speakers = speakers_by_content(ex)
    assert [s for c, s in speakers.items() if c.endswith("they had seen no warning lights at all")] == \
        ["Several fishermen in Corrowick"]


def test_no_sentence_starts_at_a_number_in_mid_line() -> None:
    ex = run("The Pennyfold ledger lists 23 Wallowmere recruits.")
    recruits = [f for f in figures(ex) if f[0] == 23]
    assert recruits and recruits[0][2] == "recruits"


def test_a_that_clause_after_at_a_briefing_is_what_was_said() -> None:
    ex = run("Prudence Ollerenshaw, the council's spokeswoman, said at a briefing that crews had moved 2,300 people "
             "to 31 halls in the town, and that others had gone to friends.")
    speakers = speakers_by_content(ex)
    assert speakers.get("crews had moved 2,300 people to 31 halls in the town") == "Prudence Ollerenshaw"
    assert speakers.get("others had gone to friends") == "Prudence Ollerenshaw"
    assert [f[3] for f in figures(ex) if f[0] in (2300, 31)] == ["Prudence Ollerenshaw"] * 2


def test_and_that_before_a_plural_subject_opens_a_second_reported_clause() -> None:
    ex = run("Brightwater Power says it opened the sluices on Monday night, when the lake was 3 metres below the "
             "crest, and that sirens sounded in Tollan at 04:10, nine minutes after the wall cracked.")
    speakers = speakers_by_content(ex)
    assert speakers.get("sirens sounded in Tollan at 04:10, nine minutes after the wall cracked") == "Brightwater Power"


def test_an_amount_appealed_for_is_the_appealing_body_s() -> None:
    ex = run("The Corran Relief Guild said it had sent 900 tents to the valley. It has appealed for 2 million dravs "
             "in donations.")
    assert [f[3] for f in figures(ex) if f[0] == 2_000_000] == ["Corran Relief Guild"]


def test_a_time_limit_after_the_first_of_something_is_a_figure() -> None:
    ex = run("The flood reached the first farms within about 25 minutes, the authority said.")
    assert [(f[0], f[2], f[5]) for f in figures(ex)] == [(25, "minutes", ("about",))]


def test_a_person_of_an_age_gives_the_age_in_years() -> None:
    ex = run("The ministry says the other victims were a woman of 81 and a man of 59.")
    ages = sorted((f[0], f[2]) for f in figures(ex) if f[0] in (81, 59))
    assert ages == [(59, "years"), (81, "years")]


def test_an_unnamed_role_is_not_a_person_named_later_with_another_role() -> None:
    ex = run("In one report, dated March 3, an inspector wrote that 9 of 40 samples from the cooling hall were "
             "positive.\n\nLetters seen by the Gazette show that the dairy's hygiene manager, Ottoline Brackwell, "
             "warned the owners in April that the hall was unsafe.\n\nBrackwell, 51, told the Gazette she had asked "
             "for the hall to be closed.")
    speakers = speakers_by_content(ex)
    assert speakers.get("9 of 40 samples from the cooling hall were positive") == "an inspector"


def test_reports_from_a_body_s_office_released_to_an_outlet_are_the_body_s() -> None:
    ex = run("The Marl Food Agency said 12 people were ill.\n\nInspection reports from the agency's eastern office, "
             "released to the Gazette under the freedom of information law, show that samples tested positive on "
             "four occasions.")
    speakers = speakers_by_content(ex)
    assert speakers.get("samples tested positive on four occasions") == "Marl Food Agency"
