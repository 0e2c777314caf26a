"""Language of war briefings, market columns and crackdown reports: closing cues the parser hangs on the
wrong word, cited bodies read as a second subject, unnamed people introduced in passing, and counts whose
noun is left out or written in an unfamiliar word.

Each case is an original snippet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_support import S, article_extraction, figures, run, statements

import heuer


def _source_of(ex, number: float | list[float]) -> tuple[str | None, tuple[str, ...]]:
    return next((f[3], f[4]) for f in figures(ex) if number in (f[0], f[1]))


def heuer_extract_file(article: tuple[str, str]):
    """The extraction of a development article read as a file, with its header (outlet, byline, date)."""
    path = Path(__file__).parents[1] / "data" / article[0] / article[1]
    return next(iter(heuer.extract([str(path)])))


def _unit_of(ex, value: float | None, rng: list[float] | None = None) -> str | None:
    return next(f[2] for f in figures(ex) if (f[0] == value if rng is None else f[1] == rng))


# --- who speaks -------------------------------------------------------------------------------------------


WAR = ("articles_dev_h9", "war-ellandria-kesh-ridge-losses.txt")


def test_closing_cue_after_a_name_read_as_apposition_of_the_place_before() -> None:
    # "... in four days of failed assaults on Kesh Ridge, Ellandria's general staff said on Friday, a claim ...":
    # the parser made the general staff an apposition of the ridge
    ex = article_extraction(*WAR)
    assert S("indirect", "Ellandria's general staff", "Dorvakhi forces lost more than 1,200 soldiers and 46 armoured "
             "vehicles in four days of failed assaults on Kesh Ridge", "said", hedges=("more than",)) in statements(ex)
    assert _source_of(ex, 1200) == ("Ellandria's general staff", ())


def test_body_cited_between_the_reporter_and_its_cue_is_the_origin() -> None:
    # "The Ellandrian daily Sentrava Post, citing the General Intelligence Office (GIO), reported on Thursday that
    # ...", parsed with the office as a second subject of "reported"
    ex = article_extraction(*WAR)
    reported = [s for s in statements(ex) if s.cue == "reported"]
    assert [s.speaker for s in reported] == ["Sentrava Post"]
    assert _source_of(ex, [8000, 10000]) == ("General Intelligence Office", ("Sentrava Post",))


def test_description_of_the_people_counted_belongs_to_the_report() -> None:
    # "..., many of them conscripts with less than three months of training", with "conscripts" read as a verb
    ex = article_extraction(*WAR)
    assert _source_of(ex, 3) == ("General Intelligence Office", ("Sentrava Post",))


def test_the_role_noun_takes_the_one_unnamed_person_just_introduced() -> None:
    ex = run("The agency released a recording of a call between a Velshi platoon commander and his brother. "
             "In the recording, the officer says his platoon of 40 men has lost half its strength.")
    assert [s.speaker for s in statements(ex)] == ["a Velshi platoon commander"]
    assert _source_of(ex, 40) == ("a Velshi platoon commander", ())


def test_a_role_noun_after_someone_who_spoke_is_not_that_speaker() -> None:
    ex = run("A driver on the convoy said the road had been shelled. In the next village, the officer says "
             "his unit has 40 men left.")
    assert [s.speaker for s in statements(ex)] == ["A driver on the convoy", "officer"]


def test_he_after_an_unnamed_person_introduced_without_a_cue() -> None:
    ex = run('"Prices will fall," said Mirela Toskovic-Hart, a broker at Ostrin Energy. She said Ostrin had '
             "bought ahead.\n\nAnother broker, who asked not to be named, was more cautious. He said two of the "
             "six terminals were less than 30 percent full.")
    assert [s.speaker for s in statements(ex)][-1] == "Another broker"
    assert _source_of(ex, 30) == ("Another broker", ())


def test_an_unnamed_witness_is_not_the_differently_titled_person_named_next() -> None:
    ex = run("A porter at the Central Clinic said at least three more people had died there. The director of the "
             "clinic, Dr Ilse Varga-Monteiro, later told the radio that the clinic had received two bodies.")
    assert [s.speaker for s in statements(ex)] == ["A porter at the Central Clinic", "Ilse Varga-Monteiro"]


# --- what a number counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "unit"), [
    ('In the recording, the officer says his company of 90 men has been cut to "maybe 20 who can still fight".',
     20, "men"),
    ("Charter rates fell to about 48,000 dravs a day this week from 71,000 a month ago, the broker said.",
     71000, "dravs"),
])
def test_a_count_cut_to_or_changed_from_keeps_the_noun_before(text: str, value: float, unit: str) -> None:
    assert _unit_of(run(text), value) == unit


def test_a_fall_from_a_first_number_is_not_the_far_side_of_a_change() -> None:
    ex = run("Thefts of bicycles rose from 118 in 2030 to 287 last year, police data showed.")
    assert _unit_of(ex, 118) == _unit_of(ex, 287)


def test_a_lower_case_word_the_tagger_read_as_a_name_is_a_unit() -> None:
    ex = run("The front-month contract settled at 38.40 krovs a megawatt-hour on Friday.")
    assert _unit_of(ex, 38.4) == "krovs"


def test_a_participle_and_an_adjective_before_the_counted_noun() -> None:
    # "... counted at least 40 wounded Ellandrian soldiers brought in over roughly six hours on Thursday."
    assert _unit_of(article_extraction(*WAR), 40) == "soldiers"


@pytest.mark.parametrize(("text", "value", "rng", "unit"), [
    ('"Something like 400 to 600 killed and wounded is more realistic," he said.', None, [400, 600],
     "killed and wounded"),
    ("Her staff had compiled the names of 17 dead.", 17, None, "dead"),
    ("Police said at least 37 people were killed and more than 120 injured.", 120, None, "injured people"),
])
def test_a_casualty_word_with_no_noun_counts_its_own_kind(text: str, value: float | None, rng: list[float] | None,
                                                          unit: str) -> None:
    assert _unit_of(run(text), value, rng) == unit


# --- words relayed inside an interview answer ---------------------------------------------------------------

RADIO = ("articles_dev_h9", "radio-brevania-toskar-border-buildup.txt")


def test_a_name_addressed_before_the_body_that_speaks_is_no_speaker() -> None:
    ex = run("HOST: Marit, the Ostland government says Varn now has 40,000 troops near the border. Is that right?")
    assert [s.speaker for s in statements(ex)] == ["Ostland government"]
    assert _source_of(ex, 40000) == ("Ostland government", ())


def test_an_estimate_by_someone_the_guest_spoke_to_is_theirs_passed_on() -> None:
    ex = article_extraction(*RADIO)
    assert _source_of(ex, [100, 150]) == ("a Western defence attaché", ("Gunnhild Trondsen-Oyelade",))


def test_an_aside_about_quoting_is_not_an_origin_of_the_words() -> None:
    ex = run('One general told me, and I\'m quoting him exactly, "We have the men, we do not have the parts."')
    assert statements(ex) == [S("direct", "One general", "We have the men, we do not have the parts.", "told")]


def test_a_document_of_a_body_the_tagger_took_for_a_name_speaks_for_the_body() -> None:
    ex = run("But the defence ministry's own audit, which was leaked to Morgenlys in February, found that only 62 "
             "percent of the vehicles were ready.")
    assert [s.speaker for s in statements(ex)] == ["defence ministry"]


def test_pictures_a_firm_put_out_show_what_the_firm_claims() -> None:
    ex = run("The satellite firm Skyrend published images on Friday that show three field hospitals that were not "
             "there in January.")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Skyrend", "show")]
    assert _source_of(ex, 3) == ("Skyrend", ())


def test_an_old_photograph_that_shows_something_is_no_claim() -> None:
    ex = run("Back in the classroom, the head points to a photograph from 1987 that shows 41 children on the steps.")
    assert statements(ex) == []
    assert _source_of(ex, 41) == (None, ())


def test_a_persons_words_on_a_bodys_estimate_stay_the_persons() -> None:
    ex = run('A Western attache in Velm, who asked not to be named, said his government\'s own assessment put the '
             'force at "roughly two brigades, perhaps a little more".')
    assert _source_of(ex, 2)[0] == "A Western attache in Velm"


# --- statistics features and trial results ------------------------------------------------------------------

MIGRATION = ("articles_dev_h9", "feature-malvenia-migration-counts.txt")
TRIAL = ("articles_dev_h9", "health-eskerby-stroke-pill-trial.txt")


def test_the_force_is_the_police_named_before() -> None:
    ex = run("The Ostrian Border Police see it differently. In its annual report, published on Monday, the force "
             "said it had recorded 41,200 illegal crossings.")
    assert [s.speaker for s in statements(ex)] == ["Ostrian Border Police"]


def test_which_after_a_description_of_a_named_body_is_the_body() -> None:
    # "... comes from the Covenant Agency for Refugees and Migrants (CARM), the refugee body of the Covenant of
    # Nations, which says it registered 48,200 arrivals ...", the description parsed as hanging elsewhere
    ex = article_extraction(*MIGRATION)
    assert _source_of(ex, 48200) == ("Covenant Agency for Refugees and Migrants", ())


def test_a_name_given_as_ones_own_is_who_he_stands_for_later() -> None:
    # "A 19-year-old from Qaradesh who gave his name only as Omid said ... He said ... '...,' he said", with the
    # name untagged and read as the subject of the cue
    ex = article_extraction(*MIGRATION)
    omid = [s for s in statements(ex) if "Sombrevian police had taken his phone" in s.content
            or s.content.startswith("They did not write")]
    assert [s.speaker for s in omid] == ["Omid", "Omid"]


def test_the_subject_of_a_reported_clause_read_as_the_cues_object() -> None:
    # "The island's governor, Leontine Kallstrom-Ouedraogo, said its reception centre, built for 1,500 people, was
    # holding about 4,300 this week.", with the centre read as the object of "said"
    ex = article_extraction(*MIGRATION)
    assert "its reception centre, built for 1,500 people, was holding about 4,300 this week" in [
        s.content for s in statements(ex)]
    assert _source_of(ex, 1500) == ("Leontine Kallstrom-Ouedraogo", ())


def test_the_true_figure_counts_what_the_sentence_counted_before() -> None:
    ex = run('She told parliament that "more than 70,000" people had entered the country, and on Tuesday she said '
             'the true figure was "probably closer to 73,000".')
    assert _unit_of(ex, 73000) == "people"


def test_a_body_that_recorded_a_count_owns_it() -> None:
    ex = run("The dead are counted differently too. The border police recorded 290 deaths over the same period.")
    assert _source_of(ex, 290) == ("border police", ())
    assert statements(ex) == []


def test_a_trial_speaks_for_the_body_whose_researchers_led_it() -> None:
    ex = run("A daily pill cut the risk of a second stroke by 31 percent, according to a trial led by researchers "
             "at the University of Eskerby.")
    assert [s.speaker for s in statements(ex)] == ["University of Eskerby"]


def test_a_part_of_a_whole_counts_what_the_sentence_counted_before() -> None:
    # "Of the 2,405 patients given the pill, 194 had a second stroke during the trial, compared with 281 of the
    # 2,407 who took a placebo, the release said."
    ex = article_extraction(*TRIAL)
    assert (_unit_of(ex, 281), _unit_of(ex, 2407)) == ("patients", "patients")


def test_the_papers_own_calculation_is_its_own_voice() -> None:
    ex = heuer_extract_file(TRIAL)
    assert _source_of(ex, 28) == (None, ())


def test_a_role_owned_by_a_study_is_the_one_named_as_speaker_next() -> None:
    ex = run("The pill costs about 0.30 ducals a day.\n\nThe trial's chief investigator, a neurologist who has spent "
             "20 years on the problem, said the size of the effect had surprised her team. \"We expected something "
             "in the region of 15 to 20 percent,\" said Professor Annelie Vroom-Castaneda.")
    assert [s.speaker for s in statements(ex)] == ["Annelie Vroom-Castaneda", "Annelie Vroom-Castaneda"]


@pytest.mark.parametrize(("text", "value"), [
    ("The benefit held in every subgroup, including patients over 75, who made up 22 percent of those enrolled.", 75),
    ("The main risk was low blood pressure in frail patients over 80.", 80),
])
def test_an_age_limit_of_grown_ups(text: str, value: float) -> None:
    assert _unit_of(run(text), value) == "years"


def test_a_comparison_hung_on_a_closing_cue_is_the_speakers() -> None:
    ex = run("Only 6 percent of participants were from those groups, Dr Ilves noted, compared with about 14 percent "
             "of stroke patients nationally.")
    assert _source_of(ex, 14) == _source_of(ex, 6) != (None, ())


def test_a_part_of_the_people_counted_after_the_clause_is_the_speakers() -> None:
    ex = run("The health ministry said 38 police officers had been injured, five of them seriously.")
    assert _source_of(ex, 5) == ("health ministry", ())


def test_a_transcript_label_naming_a_role_is_the_holder_the_introduction_names() -> None:
    text = ("Rates held as inflation cools\n\nBy Ann Other\nThe Daily Ledger\nMarch 3, 2041\n\n"
            "This is an edited transcript of the press conference given on Thursday by the governor of the Central "
            "Bank of Ostria, Marek Hollen-Vasz, after the rate decision.\n\n"
            "REPORTER (Ostria Radio): Governor, will rates fall this year?\n\n"
            "GOVERNOR: Inflation is falling and we will cut when the data allow it.\n")
    ex = run(text, byline="Ann Other")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("Marek Hollen-Vasz", "GOVERNOR:")]


# --- monitoring reports: words of the ones a report tells of ------------------------------------------------


def test_words_a_report_says_someone_called_something_are_theirs_passed_on() -> None:
    ex = run("Vigil Monitoring, a service that tracks Ostrian broadcasts, said the evening news had shown footage of "
             "37 people in handcuffs, and that a presenter had called them “parasites who gambled with the people’s "
             "bread”.")
    assert statements(ex) == [
        S("indirect", "Vigil Monitoring", "the evening news had shown footage of 37 people in handcuffs", "said"),
        S("direct", "a presenter", "parasites who gambled with the people’s bread", "called",
          via=("Vigil Monitoring",)),
    ]


def test_blaming_something_on_someone_is_a_claim_and_a_relayed_one_is_the_origins() -> None:
    ex = run("Kitewatch Monitoring also reported that state television, quoting an unnamed security official, had "
             "blamed the hoarding on “foreign centres” and said that six of those arrested had worked for Estarin’s "
             "intelligence service.")
    blamed = [s for s in statements(ex) if "foreign centres" in s.content]
    assert blamed == [S("indirect", "an unnamed security official", "the hoarding on “foreign centres”", "blamed",
                        via=("Kitewatch Monitoring", "state television"))]


def test_blaming_something_on_someone_is_a_claim() -> None:
    assert statements(run("The minister blamed the delays on the weather.")) == [
        S("indirect", "minister", "the delays on the weather", "blamed")]


def test_blame_with_nothing_it_is_put_on_is_no_claim() -> None:
    assert statements(run("He blamed himself.")) == []


# --- people and bodies the text names later or describes in passing ------------------------------------------


def test_a_cover_name_is_the_person_the_text_later_reveals() -> None:
    ex = run("The key witness, a clerk at the depot, gave evidence under the name Witness K. Witness K told the "
             "court that she had kept copies of 212 notes.\n\nOn Monday the judge lifted the order protecting her "
             "identity. She is Corporal Ulrika Greaves-Coulibaly, 27, who has served nine years in the army.")
    told = [s for s in statements(ex) if s.cue == "told"]
    assert [s.speaker for s in told] == ["Ulrika Greaves-Coulibaly"]


def test_a_role_of_someone_named_before_is_no_revelation() -> None:
    ex = run("A memo written by the head of procurement, Harriet Solberg-Nkemelu, warns of legal challenge. She "
             "wrote that the decision had been taken early.\n\nAshgrove's managing director is Declan Moorcroft-Ade.")
    assert [s.speaker for s in statements(ex) if s.cue == "wrote"] == ["Harriet Solberg-Nkemelu"]


def test_the_operator_is_the_body_just_described_as_one_not_the_one_speaking_before() -> None:
    # "Train drivers will walk out ..., the Footplate Guild says. The union wants ...; Mirerail, the state
    # operator, has offered 4.5 percent over two years. Up to 300,000 commuters could be affected, the operator
    # says." (Mirerail tagged as a person)
    ex = article_extraction("articles_dev8", "newsletter-mirevana-lamplit-evening.txt")
    assert _source_of(ex, 300000) == ("Mirerail", ())


# --- newsletter items and question time ---------------------------------------------------------------------


def test_it_says_after_a_sentence_sourced_by_according_to() -> None:
    ex = run("3. House prices: up 6.2 percent in the year to September, according to the Mirevanan Land Registry. "
             "The average home in Braymoor now costs 412,000 zorens, it says.")
    assert _source_of(ex, 412000) == ("Mirevanan Land Registry", ())


def test_it_added_after_a_closing_cue_the_sentence_before() -> None:
    ex = run("Waiting lists: 1.3 million people are waiting for planned hospital treatment, the health ministry "
             "says, up from 1.1 million a year ago. A third of them have waited more than 18 weeks, it added.")
    assert [(s.speaker, s.cue) for s in statements(ex)] == [("health ministry", "says"), ("health ministry", "added")]


def test_a_name_and_a_colon_before_a_quote_inside_a_paragraph() -> None:
    ex = run('1. Rates on hold. The Bank of Mirevana kept its main rate at 5.25 percent. Governor Temperance '
             'Nygaard-Villanueva: "We are closer to the end than the beginning, but we are not at the end."')
    assert [(s.kind, s.speaker) for s in statements(ex)] == [("direct", "Temperance Nygaard-Villanueva")]


QUESTION_TIME = ("articles_dev8", "transcript-corsenna-ambulance-question-time.txt")


def test_my_departments_figures_are_the_ministers_own() -> None:
    # "MINISTER: ... My department's figures show that the average wait ... was 18 minutes, not 23, ..."
    ex = article_extraction(*QUESTION_TIME)
    assert _source_of(ex, 18) == ("Zenobia Krauss-Ivarsson", ())


def test_the_inspectorates_report_and_finding_are_the_inspectorates_passed_on() -> None:
    ex = article_extraction(*QUESTION_TIME)
    assert _source_of(ex, 9) == ("Emergency Care Inspectorate", ("Zenobia Krauss-Ivarsson",))
    assert _source_of(ex, 38000) == ("Emergency Care Inspectorate", ("Cathal Moreno-Tshabalala",))


def test_a_transcript_role_label_named_by_the_role_is_sentence() -> None:
    ex = article_extraction(*QUESTION_TIME)
    assert {s.speaker for s in statements(ex) if s.cue == "SPEAKER:"} == {"Eberhard Quaresma-Rutherford"}


# --- OSINT and data-company reports -------------------------------------------------------------------------


def test_a_verdict_on_the_claim_the_sentence_reported_is_the_dismissers() -> None:
    ex = run("Drovnia has moved at least 240 tanks by rail to within 40 kilometres of its border since mid-February, "
             "an open-source intelligence think tank said on Tuesday, a claim Drovnia's defence ministry dismissed as "
             "\"a fantasy stitched together from holiday videos\".")
    assert S("direct", "Drovnia's defence ministry", "a fantasy stitched together from holiday videos",
             "dismissed") in statements(ex)


def test_pictures_taken_by_an_operator_named_beside_its_noun_speak_for_it() -> None:
    ex = run("Satellite images taken on March 6 by the commercial operator Skylume show a new vehicle park of about "
             "30 hectares cut into the Pelsk forest north of Ulmarev.")
    assert _source_of(ex, 30) == ("Skylume", ())


def test_a_name_described_by_an_organisation_noun_is_no_name_addressed() -> None:
    ex = run("Brinescope, a maritime data company, estimates that at least 140 tankers worldwide now carry "
             "Vanthrian oil above the cap.")
    assert [s.speaker for s in statements(ex)] == ["Brinescope"]


def test_a_blame_denied_is_no_claim() -> None:
    assert statements(run("They can't blame this on the weather.")) == []
