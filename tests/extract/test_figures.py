"""The figure finder: one case per rule, non-figures, the worked example, and a quality gate.

Expected values are exact: value (or range), unit, subject, text and hedges
of every figure a sentence yields, in text order.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from heuer.extract.figures import FigureMention, find_figures
from heuer.extract.figures.discourse import carry_units
from heuer.extract.nlp import load_nlp

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def figures_of(nlp: Language, text: str) -> list[FigureMention]:
    """The figures of ``text`` as the pipeline finds them: per sentence, then with units carried between them."""
    doc = nlp(text)
    found = [(sent, find_figures(sent)) for sent in doc.sents]
    carry_units(found)
    return [m for _sent, mentions in found for m in mentions]


def fields(m: FigureMention) -> tuple[Any, ...]:
    return (m.value, m.range, m.unit, m.subject, m.text, m.hedges)


# (sentence, [(value, range, unit, subject, text, hedges), ...])
RULES = {
    "count with its modifiers and an approximator": (
        "Russia has deployed around 50,000 North Korean troops to the region.",
        [(50000, None, "troops", "North Korean troops", "around 50,000", ["around"])],
    ),
    "money: symbol and scale word, the noun it modifies": (
        "The government approved a $4.5 million aid package for flood victims.",
        [(4500000, None, "dollars", "aid package for flood victims", "$4.5 million", [])],
    ),
    "money: glued scale, percent sign, subject from the verb": (
        "The company said revenue grew 12% to €2bn last year.",
        [(12, None, "percent", "revenue", "12%", []), (2e9, None, "euros", "revenue", "€2bn", [])],
    ),
    "money: currency written out": (
        "The new highway will cost 2 billion euros.",
        [(2e9, None, "euros", "new highway", "2 billion euros", [])],
    ),
    "money: pounds with 'an estimated'": (
        "The strike cost the economy an estimated £300,000 a day.",
        [(300000, None, "pounds", "strike", "an estimated £300,000", ["an estimated"])],
    ),
    "money: '$90m' at the end of a sentence": (
        "Police seized cocaine worth $90m.",
        [(90000000, None, "dollars", "cocaine", "$90m", [])],
    ),
    "percent: 'per cent'": (
        "Shares in the carmaker fell 8 per cent in early trading.",
        [(8, None, "percent", "Shares in the carmaker", "8 per cent", [])],
    ),
    "percent: 'percent', a month is no figure": (
        "Unemployment rose to 7.2 percent in March.",
        [(7.2, None, "percent", "Unemployment", "7.2 percent", [])],
    ),
    "percentage points are their own unit": (
        "Support for the party fell 3 percentage points.",
        [(3, None, "percentage points", "Support for the party", "3 percentage points", [])],
    ),
    "distance glued to its unit, subject from 'of'": (
        "The missile reached an altitude of 7,000km.",
        [(7000, None, "km", "altitude", "7,000km", [])],
    ),
    "unit with a slash": (
        "The storm brought winds of up to 180 km/h.",
        [(180, None, "km/h", "winds", "up to 180 km/h", ["up to"])],
    ),
    "duration that measures something": (
        "The missile was reported as flying for almost 90 minutes.",
        [(90, None, "minutes", "missile", "almost 90 minutes", ["almost"])],
    ),
    "duration with a right hedge and a modal": (
        "Inspecting the bridges may take 48 hours or more.",
        [(48, None, "hours", "Inspecting the bridges", "48 hours or more", ["or more", "may"])],
    ),
    "age: 'aged N'": (
        "The patient, aged 82, was flown to hospital.",
        [(82, None, "years", "patient", "82", [])],
    ),
    "age: 'N-year-old'": (
        "A 54-year-old teacher was among the victims.",
        [(54, None, "years", "teacher", "54-year-old", [])],
    ),
    "age: news apposition": (
        "John Smith, 54, said he would appeal.",
        [(54, None, "years", "John Smith", "54", [])],
    ),
    "range: between X and Y": (
        "Between 10,000 and 12,000 workers walked off the job.",
        [(None, (10000, 12000), "workers", "workers", "Between 10,000 and 12,000", [])],
    ),
    "range: X-Y with a unit of measure": (
        "The cartel smuggled 10,000-12,000 kilograms of drugs.",
        [(None, (10000, 12000), "kilograms", "drugs", "10,000-12,000 kilograms", [])],
    ),
    "range: the scale carries to the low end": (
        "The museum attracts 2 to 3 million visitors a year.",
        [(None, (2e6, 3e6), "visitors", "visitors", "2 to 3 million", [])],
    ),
    "'or so' is a hedge and part of the text": (
        "Officials estimated that 10,000 or so residents remained in the city.",
        [(10000, None, "residents", "residents", "10,000 or so", ["or so"])],
    ),
    "number words; a modal hedges the whole clause": (
        "North Korea may send around 12,000 troops in all organised into four brigades.",
        [(12000, None, "troops", "troops", "around 12,000", ["around", "may"]),
         (4, None, "brigades", "brigades", "four", ["may"])],
    ),
    "'two dozen'": (
        "Two dozen houses were damaged in the landslide.",
        [(24, None, "houses", "houses", "Two dozen", [])],
    ),
    "'a dozen'": (
        "A dozen journalists were detained at the airport.",
        [(12, None, "journalists", "journalists", "A dozen", [])],
    ),
    "vague plural: hundreds": (
        "Hundreds of protesters gathered outside parliament.",
        [(None, (100, 999), "protesters", "protesters", "Hundreds", [])],
    ),
    "vague plural: tens of thousands": (
        "Tens of thousands of people marched through the capital.",
        [(None, (10000, 99999), "people", "people", "Tens of thousands", [])],
    ),
    "share: 'nearly half of'": (
        "Nearly half of respondents said they did not trust the government.",
        [(50, None, "percent", "respondents", "Nearly half", ["nearly"])],
    ),
    "share: 'two-thirds of'": (
        "The rebels control roughly two-thirds of the province.",
        [(66.7, None, "percent", "province", "roughly two-thirds", ["roughly"])],
    ),
    "share: 'by a third'": (
        "Exports to China dropped by a third last year.",
        [(33.3, None, "percent", "Exports", "a third", [])],
    ),
    "ratio: two figures": (
        "Migraine affects an estimated one in seven adults worldwide.",
        [(1, None, "adults", "adults", "an estimated one", ["an estimated"]),
         (7, None, "adults", "adults", "seven", ["an estimated"])],
    ),
    "'one' in a list of counts": (
        "Moscow has deployed one translator and three Russian soldiers to work alongside every 30 North Korean "
        "troops.",
        [(1, None, "translator", "translator", "one", []),
         (3, None, "soldiers", "Russian soldiers", "three", []),
         (30, None, "troops", "North Korean troops", "30", [])],
    ),
    "'one' with a quantity hedge": (
        "At least one person died.",
        [(1, None, "person", "person", "At least one", ["at least"])],
    ),
    "partitive takes the noun of its whole": (
        "Four of the five judges ruled in favour of the government.",
        [(4, None, "judges", "judges", "Four", []), (5, None, "judges", "judges", "five", [])],
    ),
    "ellipsis: 'N votes to M'": (
        "The bill passed by 312 votes to 205.",
        [(312, None, "votes", "votes", "312", []), (205, None, "votes", "votes", "205", [])],
    ),
    "ellipsis: casualties": (
        "Police said at least 37 people were killed and more than 120 injured.",
        [(37, None, "people", "people", "at least 37", ["at least"]),
         (120, None, "injured people", "people injured", "more than 120", ["more than"])],
    ),
    "ellipsis: 'instead of'": (
        "The plan phases the cut over five years instead of three.",
        [(5, None, "years", "plan", "five years", []), (3, None, "years", "plan", "three", [])],
    ),
    "hyphenated compound counts its noun": (
        "The 64-page report found 212 unchecked invoices.",
        [(64, None, "pages", "report", "64-page", []), (212, None, "invoices", "unchecked invoices", "212", [])],
    ),
    "epistemic passive is a hedge": (
        "Up to 300 migrants are believed to have been on board the boat.",
        [(300, None, "migrants", "migrants", "Up to 300", ["up to", "believed"])],
    ),
    "'it is believed'": (
        "It is believed the army has lost approximately 12,000 soldiers.",
        [(12000, None, "soldiers", "soldiers", "approximately 12,000", ["approximately", "it is believed"])],
    ),
    "'reportedly'": (
        "The rebels reportedly hold 40 hostages.",
        [(40, None, "hostages", "hostages", "40", ["reportedly"])],
    ),
    "minus and a glued temperature unit": (
        "Temperatures fell to minus 12C overnight.",
        [(-12, None, "degrees Celsius", "Temperatures", "minus 12C", [])],
    ),
    "'m' is million before a count, metres otherwise": (
        "The company has 3m customers and the tower is 828m tall.",
        [(3e6, None, "customers", "customers", "3m", []), (828, None, "metres", "tower", "828m", [])],
    ),
    "'from X to Y' is two figures": (
        "Inflation slowed to 3.1% in January from 3.4% in December.",
        [(3.1, None, "percent", "Inflation", "3.1%", []), (3.4, None, "percent", "Inflation", "3.4%", [])],
    ),
    "bare number as a complement": (
        "The death toll rose to 37 on Sunday.",
        [(37, None, "deaths", "death toll", "37", [])],
    ),
    "bare number counts 'the number of' things": (
        "An earlier entry gave the number of households without power as 14,500.",
        [(14500, None, "households", "households", "14,500", [])],
    ),
    "magnitude written before its number": (
        "The earthquake, of magnitude 6.8, struck at a depth of 10km.",
        [(6.8, None, "magnitude", "earthquake", "6.8", []), (10, None, "km", "depth", "10km", [])],
    ),
    "fraction of a scale word: 'half a million'": (
        "Half a million people fled the city, the UN said.",
        [(500000, None, "people", "people", "Half a million", [])],
    ),
    "fraction of a scale word with a hedge: 'a quarter of a million'": (
        "Nearly a quarter of a million refugees have crossed into Moldova since the fighting began.",
        [(250000, None, "refugees", "refugees", "Nearly a quarter of a million", ["nearly"])],
    ),
    "fraction of a scale word: money written out": (
        "The donors pledged three quarters of a billion dollars for reconstruction.",
        [(7.5e8, None, "dollars", "reconstruction", "three quarters of a billion dollars", [])],
    ),
    "fraction of a scale word: 'a third of a million'": (
        "Storms cut power to a third of a million homes across the state.",
        [(1e6 / 3, None, "homes", "homes", "a third of a million", [])],
    ),
    "'a million and a half'": (
        "Officials said a million and a half voters had registered by Friday.",
        [(1.5e6, None, "voters", "voters", "a million and a half", [])],
    ),
    "'half a dozen'": (
        "Half a dozen soldiers were wounded in the ambush.",
        [(6, None, "soldiers", "soldiers", "Half a dozen", [])],
    ),
    "duration: 'an hour and a half'": (
        "The missile flew for an hour and a half before landing, the military said.",
        [(1.5, None, "hours", "missile", "an hour and a half", [])],
    ),
    "duration: 'two years and a half' in prison": (
        "He spent two years and a half in a military prison.",
        [(2.5, None, "years", "military prison", "two years and a half", [])],
    ),
    "duration: 'a year and a half' with a hedge": (
        "The negotiations dragged on for almost a year and a half.",
        [(1.5, None, "years", "negotiations", "almost a year and a half", ["almost"])],
    ),
    "measure: 'a mile and a half'": (
        "The queue of lorries stretched for a mile and a half along the motorway.",
        [(1.5, None, "mile", "queue of lorries", "a mile and a half", [])],
    ),
    "duration: 'half an hour'": (
        "The hearing lasted half an hour.",
        [(0.5, None, "hours", "hearing", "half an hour", [])],
    ),
    "mixed number before a scale still works": (
        "One and a half million people live in the district, and talks lasted two and a half hours.",
        [(1.5e6, None, "people", "people", "One and a half million", []),
         (2.5, None, "hours", "talks", "two and a half hours", [])],
    ),
    "a fraction of one unit is a measure, not a share": (
        "The border dispute has dragged on for a quarter of a century.",
        [(0.25, None, "centuries", "border dispute", "a quarter of a century", [])],
    ),
    "hedge: 'nearer'": (
        "Analysts put the number nearer 10,000, according to the report.",
        [(10000, None, None, "number", "nearer 10,000", ["nearer"])],
    ),
    "hedge: 'closer to'": (
        "The real death toll is closer to 2,000, doctors said.",
        [(2000, None, "deaths", "real death toll", "closer to 2,000", ["closer to"])],
    ),
    "hedge: 'the better part of'": (
        "Shelling destroyed the better part of 300 homes in the village.",
        [(300, None, "homes", "homes in the village", "the better part of 300", ["the better part of"])],
    ),
    "hedge: 'north of' is not the subject": (
        "The bill for the repairs came in at north of $2 billion.",
        [(2e9, None, "dollars", "bill for the repairs", "north of $2 billion", ["north of"])],
    ),
    "hedge: 'in excess of' is not the subject": (
        "The airline lost in excess of $40 million in the quarter.",
        [(4e7, None, "dollars", "airline", "in excess of $40 million", ["in excess of"])],
    ),
    "hedge: 'shy of'": (
        "Turnout was shy of 60 percent, the election commission said.",
        [(60, None, "percent", "Turnout", "shy of 60 percent", ["shy of"])],
    ),
    "hedge: 'something like'": (
        "Something like 40,000 fans are expected at the stadium.",
        [(40000, None, "fans", "fans", "Something like 40,000", ["something like", "expected"])],
    ),
    "an address is no figure, the count beside it is": (
        "The company, headquartered at 18 Rue des Ateliers, employs about 420 people.",
        [(420, None, "people", "people", "about 420", ["about"])],
    ),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule(nlp: Language, name: str) -> None:
    sentence, expected = RULES[name]
    got = [fields(m) for m in figures_of(nlp, sentence)]
    want = [(v if v is None else pytest.approx(v), r if r is None else pytest.approx(r), u, s, t, h)
            for v, r, u, s, t, h in expected]
    assert got == want


NON_FIGURES = [
    "The meeting was held on October 31, 2024, at the ministry's headquarters in Seoul.",
    "Russian vessels transported the troops to Vladivostok between October 8 and October 13.",
    "The talks will resume on Monday, 12 February, in Geneva.",
    "The law, passed in 2019, comes into force in 2025.",
    "The 1990s were a decade of rapid growth.",
    "The 2024 budget was approved in a hurry.",
    "He was the first person to cross the border at 6:45 a.m. on Monday.",
    "The trial is scheduled to begin at 9am on 14 July.",
    "Officials said 3 p.m. was the deadline.",
    "The alarm went off at 14:32.",
    "The third round of talks ended without agreement.",
    "He finished 2nd in the race.",
    "A third soldier picked up by the agency swore at his commander.",
    "Call the hotline on 0800 123 4567 for help.",
    "For more information, dial +44 20 7946 0958.",
    "The ministry's phone line, 1-800-555-0199, was overwhelmed.",
    "Call 911 if you see the suspect.",
    "The office is at 221 Baker Street.",
    "The report lists 1. corruption, 2. inflation and 3. crime as the main worries.",
    "Refer to Article 5 of the treaty and section 3.2 of the annex.",
    "Version 2.4 of the app runs on Windows 11.",
    "Ukraine received F-16 fighter jets.",
    "North Korea bore the worst of the COVID-19 pandemic.",
    "The 5G network was switched on.",
    "She is one of the most influential politicians in the country.",
    "No one was hurt in the blast.",
    "In one intercepted call, a soldier complained about the lack of food.",
    "One day, he said, the country would be free.",
    "At one point, the queue stretched around the stadium.",
    "She is expected in Moscow in what will be her second visit in six weeks.",
    "The missile splashed down in the sea between the two countries.",
    "He scored in the 89th minute to give his side a 2-1 win.",
    "Apollo 11 landed on the Moon in July 1969.",
    "The hurricane was upgraded to a Category 4 storm.",
    "The top 10 firms were named in the report.",
    "His half-brother was arrested at the border on Monday.",
    "The ceasefire collapsed in the second half of the year.",
    "A year and a half ago, the town was rebuilt from scratch.",
    "Half an hour later, the police arrived.",
    "The ministers met at half past ten.",
    "The shop reopens from half past nine.",
]


@pytest.mark.parametrize("sentence", NON_FIGURES)
def test_non_figures(nlp: Language, sentence: str) -> None:
    assert [fields(m) for m in figures_of(nlp, sentence)] == []


def test_half_of_a_group_stays_a_share(nlp: Language) -> None:
    got = [fields(m) for m in figures_of(nlp, "Half of respondents said a million jobs were at risk.")]
    assert got == [(50, None, "percent", "respondents", "Half", []),
                   (1e6, None, "jobs", "jobs", "a million", [])]


def test_offsets_point_at_the_text_and_the_head_token(nlp: Language) -> None:
    text = "Officials said that around 12,000 troops and $4.5 million had been sent."
    doc = nlp(text)
    figs = [m for sent in doc.sents for m in find_figures(sent)]
    assert [(m.start, m.end, m.text) for m in figs] == [(20, 33, "around 12,000"), (45, 57, "$4.5 million")]
    assert [doc[m.token_i].text for m in figs] == ["12,000", "million"]
    for m in figs:
        assert doc.text[m.start:m.end] == m.text


def test_offsets_are_document_relative(nlp: Language) -> None:
    doc = nlp("The vote was held on Monday. Turnout was 61 percent.")
    [fig] = [m for sent in doc.sents for m in find_figures(sent)]
    assert doc.text[fig.start:fig.end] == "61 percent"
    assert fig.start == doc.text.index("61")


# --- the worked example -------------------------------------------------------

NK_ARTICLE = Path("examples") / "nk-troops" / "bne-2024-10-31-nk-troops.txt"


def shared_dir() -> Path | None:
    for base in (REPO.parent, *REPO.parents):
        if (base / "shared" / NK_ARTICLE).exists():
            return base / "shared"
    return None


SHARED = shared_dir()

# (value, unit, subject, text, hedges) of every figure the article yields, in text order
NK_FIGURES = [
    (1, "translator", "translator", "one", []),
    (3, "soldiers", "Russian soldiers", "three", []),
    (30, "troops", "North Korean troops", "30", []),
    (12000, "troops", "North Korean troops", "approximately 12,000", ["approximately", "it is believed"]),
    (10000, "troops", "North Korean troops", "10,000 or so", ["or so"]),
    (1500, "special forces", "North Korean special forces", "1,500", []),
    (12000, "troops", "troops", "around 12,000", ["around", "may"]),
    (4, "brigades", "brigades", "four", ["may"]),
    (90, "minutes", "missile", "almost 90 minutes", ["almost"]),
    (7000, "km", "altitude", "7,000km", []),
]


@pytest.mark.skipif(SHARED is None, reason="shared/ examples not found beside the repository")
def test_nk_troops_article_yields_exactly_its_gold_figures(nlp: Language) -> None:
    assert SHARED is not None
    doc = nlp((SHARED / NK_ARTICLE).read_text(encoding="utf-8"))
    got = [(m.value, m.unit, m.subject, m.text, m.hedges) for sent in doc.sents for m in find_figures(sent)]
    # nothing else in the article (dates, "COVID-19", "one intercepted call", "a third soldier",
    # "her second visit in six weeks", "the two countries") comes out as a figure
    assert got == NK_FIGURES


# --- quality gate on the bench gold ---------------------------------------------

# Floors just under the scores measured when they were set (see bench/eval_figures.py).
FLOORS = {
    "tune": {"value": 0.98, "value+unit": 0.98, "value+subject": 0.96},
    "heldout": {"value": 0.98, "value+unit": 0.96, "value+subject": 0.91},
    "heldout2": {"value": 0.97, "value+unit": 0.97, "value+subject": 0.85},
}


def load_bench() -> Any:
    path = REPO / "bench" / "eval_figures.py"
    spec = importlib.util.spec_from_file_location("eval_figures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_figures", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("part", sorted(FLOORS))
def test_bench_gold_scores_stay_above_floors(nlp: Language, part: str) -> None:
    bench = load_bench()
    rows = bench.split(bench.load_gold(), part)
    assert rows, f"no gold lines in part {part!r}"
    scores = bench.score(rows, bench.predict(nlp, rows))
    below = {m: (round(scores[m]["f1"], 3), floor) for m, floor in FLOORS[part].items() if scores[m]["f1"] < floor}
    assert not below, f"{part}: F1 below floor (score, floor): {below}"


def test_bench_gold_is_well_formed() -> None:
    bench = load_bench()
    rows = bench.load_gold()
    assert len(rows) >= 120
    assert sum(1 for r in rows if not r["figures"]) >= 30
    for row in rows:
        assert row["part"] in ("tune", "heldout", "heldout2")
        for fig in row["figures"]:
            assert (fig["value"] is None) != (fig["range"] is None)


NEW_KINDS = [
    ("Ticket sales have more than tripled since the spring.", [(3, None, "times")]),
    ("The ferry doubled as a floating hospital.", []),
    ("Residents said the shelter was running at three times its normal capacity.", [(3, None, "times")]),
    ("A neighbour said the alarm went off three or four times overnight.", [(None, (3, 4), "times")]),
    ("The charity said one in four children under five in the valley was underweight.",
     [(1, None, "children"), (4, None, "children"), (5, None, "years")]),
    ("The ban covers shoppers aged under 18.", [(18, None, "years")]),
    ("\"He was still running marathons at 74, and still coaching,\" she said.", [(74, None, "years")]),
    ("The council approved the plan by 41 to 29 in a late vote.", [(41, None, "votes"), (29, None, "votes")]),
    ("She said 90 stalls would close and that about 30 of them would never reopen.",
     [(90, None, "stalls"), (30, None, "stalls")]),
    ("The museum kept all 64 of his sketchbooks in a vault.", [(64, None, "sketchbooks")]),
    ("The derby was watched by a crowd of 28,115 on Sunday.", [(28115, None, "people")]),
    ("The watchdog fined Brightline Holdings 36 million kronor.", [(36e6, None, "kronor")]),
    ("The session was suspended at ten past four.", []),
    ("Kim has shipped 12,000 soldiers, and another 3,000 are on their way.",
     [(12000, None, "soldiers"), (3000, None, "soldiers")]),
    ("The mill shed 400 jobs in May and a further 250 in June.", [(400, None, "jobs"), (250, None, "jobs")]),
    ("All three were freed within the hour.", []),
    ("She said 1.3 million people were displaced, up from about 900,000 in January.",
     [(1.3e6, None, "people"), (900000, None, "people")]),
    ("Agencies got 42 trucks a day into the city, against at least 300 needed.",
     [(42, None, "trucks"), (300, None, "trucks")]),
    ("The monitors recorded 86 violations in the first two weeks of September.",
     [(86, None, "violations"), (2, None, "weeks")]),
    ("He spent his last three years at the club on loan.", []),
    ("Barge with 86 aboard sinks in storm; 71 rescued", [(86, None, "people"), (71, None, "people")]),
    ("A further 900 beds will open by 2040, including 300 at the new hospital.",
     [(900, None, "beds"), (300, None, "beds")]),
    # a stretch of time before or after an event, as every development set annotates it
    ("Two years ago, the city was rebuilt.", [(2, None, "years")]),
    ("The pair had crossed the border 11 days before the blast and left four days later.",
     [(11, None, "days"), (4, None, "days")]),
    ("The operator missed a fifth of its collections in its first nine months.", [(20, None, "percent"), (9, None, "months")]),
    ("Early results give President Ilse Varna 54.3 percent of the vote.", [(54.3, None, "percent")]),
    ("The group says the number of people detained has risen to 212.", [(212, None, "people")]),
    ("Two point six degrees of warming means losing most of the reefs.", [(2.6, None, "degrees")]),
    ("It came to about one point one billion euros last year.", [(1.1e9, None, "euros")]),
    ("At one point the crowd fell silent.", []),
    ("Emissions went from sixty-two million tonnes a year to twenty-nine million.",
     [(62e6, None, "tonnes"), (29e6, None, "tonnes")]),
    ("Of these patients, 47 have been admitted to hospital and six are in intensive care.",
     [(47, None, "patients"), (6, None, "patients")]),
    ('She said Velgoria still held "at least 8,000" Lyranian prisoners.', [(8000, None, "prisoners")]),
    ('"We lost 40," he said.', [(40, None, None)]),
    # a verb before the number is no selection ("the opening two rounds" is)
    ("The council is opening 14 new diagnostic centres.", [(14, None, "centres")]),
    # a count after a month and a comma is no date
    ("In August, 812,000 people were waiting for treatment.", [(812000, None, "people")]),
    ("The plan was shelved in August, 2031, after the vote.", []),
    # a ratio with its noun between the numbers; two counted nouns make no ratio
    ("We are losing roughly one nurse in 12 every year.", [(1, None, "nurse"), (12, None, "nurse")]),
    ("She had a run of one win in nine matches.", [(9, None, "matches")]),
    # the scale named before "of"; a toll counts deaths; "N-strong" counts members; a population counts people
    ("The quake had a magnitude of 6.8, the institute said.", [(6.8, None, "magnitude")]),
    ("The death toll has risen to 27, the agency says.", [(27, None, "deaths")]),
    ("Vask has offered to send a 60-strong rescue team.", [(60, None, "team members")]),
    ("Sevrania, with a population of about 31 million, has a large army.", [(31e6, None, "people")]),
    # "in N <time unit>" says how long; an ordinal's window counts occasions, not time
    ("The fund was spent in five years.", [(5, None, "years")]),
    ("The polls close in half an hour.", [(0.5, None, "hours")]),
    ("Both leaders met for the second time in six weeks.", []),
    # "twice", "double the number" and "would double" are multiples, as the development sets annotate them
    ("The visitors scored twice in the second half to win the match.", [(2, None, "times")]),
    ("Admissions rose to 14,300, double the number a year earlier.", [(14300, None, "admissions"), (2, None, "times")]),
    ("The authority said it would double the number of inspections.", [(2, None, "times")]),
    ("You should think twice before signing.", []),
    # the start and end of a change, counting the subject that changed
    ("Fires involving batteries rose from 118 in 2030 to 287 last year.", [(118, None, "fires"), (287, None, "fires")]),
    ("The talks ran from 2019 to 2023.", []),
    # a hedged fraction ending its clause is a share
    ("At the same point last year it was closer to a tenth.", [(10, None, "percent")]),
    ("He came back in the third quarter.", []),
    # a range written with its unit at both ends
    ("Inflation was inside the target range of 1% to 3%.", [(None, (1, 3), "percent")]),
    # a bare object counts what the sentence counted before it; a range no day can be is no date
    ("The company sold 40 cars in May and the rival sold 12.", [(40, None, "cars"), (12, None, "cars")]),
    ("Its count of rebel fighters killed since Sunday was between 30 and 35.", [(None, (30, 35), "fighters")]),
    # "last" as a verb: its duration is a figure; "the last three years at the club" stays a time of a life
    ("Droughts like this one usually last two to three years.", [(None, (2, 3), "years")]),
    ("His last three years at the club were hard.", []),
    # a range of shares, and multiples written with "-fold"
    ("Growers said they had lost between half and three-quarters of their barley.", [(None, (50, 75), "percent")]),
    ("Each week the colony can grow roughly twentyfold.", [(20, None, "times")]),
    ("The port saw a 12-fold rise in traffic.", [(12, None, "times")]),
    # a number a thing is set at is no age or date; a number said to be a plural noun counts it
    ("He put the number of stranded climbers at 37.", [(37, None, "climbers")]),
    ("The embassy said seven of them are Dravish citizens and two are Oskan citizens.",
     [(7, None, "citizens"), (2, None, "citizens")]),
    ("Seventeen patients have now been discharged and 20 are still being treated.",
     [(17, None, "patients"), (20, None, "patients")]),
    # a plural the tagger reads as a verb, priced per share; "X, not Y" and "N more" count what X counted
    ("The bidder raised its offer to 31.50 rondels a share, and said the land was worth about 14 rondels a share, "
     "not 20.", [(31.5, None, "rondels"), (14, None, "rondels"), (20, None, "rondels")]),
    ("The centre has confirmed 147 deaths by name, age and place, and is checking reports of 92 more.",
     [(147, None, "deaths"), (92, None, "deaths")]),
    # kinds of days; a part of a stretch of hours; part of what an owner has
    ("Under the law, the regulator has 30 working days to decide.", [(30, None, "working days")]),
    ("The captain had flown about 6,200 hours, 1,900 of them on the type.", [(6200, None, "hours"), (1900, None, "hours")]),
    ("It would keep all 11 of Kelmont's mills open.", [(11, None, "mills")]),
    # people a verb happened to; ages after "the age of" and of a victim
    ("Twenty-nine were injured, six of them seriously.", [(29, None, "people"), (6, None, "people")]),
    ("One in five pupils had needed glasses by the age of nine.",
     [(1, None, "pupils"), (5, None, "pupils"), (9, None, "years")]),
    ("He said the youngest confirmed victim was 14.", [(14, None, "years")]),
    # what a figure is set against counts what it counts (not the base of a rate before it)
    ("The average wait was 11 minutes, against a provincial target of four.", [(11, None, "minutes"), (4, None, "minutes")]),
    ("Homes recorded 27 medication errors per 100 residents, against a national average of 11.",
     [(27, None, "medication errors"), (100, None, "residents"), (11, None, "medication errors")]),
    ("The number of confirmed cases has risen to 31.", [(31, None, "cases")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NEW_KINDS)
def test_new_kinds(nlp: Language, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    got = [(m.value, m.range, m.unit) for m in figures_of(nlp, sentence)]
    assert got == [(None if v is None else float(v), None if rg is None else (float(rg[0]), float(rg[1])), u)
                   for v, rg, u in expected]


def test_a_guessed_range_maybe_this_maybe_that() -> None:
    from rules_support import run

    figs = run("We gave away maybe 20, maybe 25 cheap passes after the break.").to_dict()["figures"]
    assert [(f["range"], f["hedges"]) for f in figs] == [([20.0, 25.0], ["maybe"])]


def test_a_hyphenated_name_keeps_its_hyphen_in_the_subject(nlp: Language) -> None:
    got = [m.subject for m in figures_of(nlp, "Marit Ekwall-Dunne, the only teaching assistant, has worked there "
                                              "for 17 years.")]
    assert got == ["Marit Ekwall-Dunne"]


def test_a_bare_number_goes_on_counting_what_the_sentence_before_counted() -> None:
    from rules_support import run

    text = ("Brennmark puts the number of people who crossed at 12,000. Ostava said the number was closer to 4,000. "
            "Turnout was 61 percent. The figure was 1.2 million.")
    got = [(f["value"], f["unit"]) for f in run(text).to_dict()["figures"]]
    # the last is a thousand times the percentage before it: no unit is carried
    assert got == [(12000, "people"), (4000, "people"), (61, "percent"), (1200000, None)]


def test_a_unit_is_not_carried_into_another_paragraph() -> None:
    from rules_support import run

    text = "One channel with about 12,000 subscribers posted the video.\n\nHe put his own estimate nearer 10,000."
    assert [(f["value"], f["unit"]) for f in run(text).to_dict()["figures"]] == [(12000, "subscribers"), (10000, None)]


def test_part_of_them_counts_what_a_sentence_before_counted_or_is_no_figure() -> None:
    from rules_support import run

    text = ("Officers had sampled 17 cooling towers up to 2 kilometres from the centre, the council said. It said four "
            "of them had been shut down.\n\nThe case was one of many, and 29 of them had ended in convictions.")
    assert [(f["value"], f["unit"]) for f in run(text).to_dict()["figures"]] == [
        (17, "towers"), (2, "kilometres"), (4, "towers")]


@pytest.mark.parametrize(("sentence", "subject"), [
    # the teller of a reported clause is not what its number counts
    ("Survivors interviewed by the Observer said only three were launched before the ship rolled over.", None),
    ("Analysts at Corran Bank, citing the lender's own figures, said prices in the north had fallen by 4.6 per cent "
     "over the year.", "prices in the north"),
    ("The river peaked at dawn, the Wessmoor Rivers Authority said, more than 40cm above the previous record.", None),
    # nor is the doer of a verb whose object is a bare number
    ("Storm capsizes Tarsenian ferry as rescuers save 312.", None),
    ("Gunmen stormed the village at dawn and killed at least 25.", None),
    # a verb of amount says how many its subject are
    ("Repossessions totalled 1,140 in the whole of last year.", "Repossessions"),
])
def test_the_counted_thing_is_not_the_teller_or_the_doer(nlp: Language, sentence: str, subject: str | None) -> None:
    assert [m.subject for m in figures_of(nlp, sentence)] == [subject]


def test_a_verb_of_amount_says_how_many_its_subject_are(nlp: Language) -> None:
    got = [m.subject for m in figures_of(nlp, "The higher-ranked bids scored 74 and 70, the memo says.")]
    assert got[0] == "higher-ranked bids"


def test_a_reported_bare_count_takes_what_the_sentence_before_counted() -> None:
    from rules_support import run

    text = ("The ferry carried 12 lifeboats. Survivors said only three were launched before the ship rolled over.")
    got = [(f["value"], f["unit"], f["subject"]) for f in run(text).to_dict()["figures"]]
    assert got[-1] == (3, "lifeboats", "lifeboats")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A kilogram of rice cost 9 new talmars at the market, up from 4 a week earlier.", [(9, "talmars"), (4, "talmars")]),
    ("The panel logged 27 shipments in 2037, up from 15 the year before.", [(27, "shipments"), (15, "shipments")]),
    ("The tender stayed open for 23 days instead of the usual 45.", [(23, "days"), (45, "days")]),
    ("The Stags made 212 tackles to Altonbury's 167.", [(212, "tackles"), (167, "tackles")]),
    ("They made 412 metres with the ball to the Stags' 297.", [(412, "metres"), (297, "metres")]),
    # a month beside the number makes it a day after all
    ("The hearing moved to 23 May instead of 4 June.", []),
])
def test_the_far_side_of_a_comparison_counts_what_the_near_side_counts(nlp: Language, sentence: str, expected: list) -> None:
    assert [(m.value, m.unit) for m in figures_of(nlp, sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The council had put the number of towers at 19.", [(19, "towers")]),
    ("Police put the crowd at 12.", [(12, "people")]),
    # a small number after "at" with nothing set at it stays out
    ("The meeting was put back to start at 9.", []),
])
def test_a_small_number_a_count_is_put_at_is_a_figure(nlp: Language, sentence: str, expected: list) -> None:
    assert [(m.value, m.unit) for m in figures_of(nlp, sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He estimated that only about one in five registered voters had cast a ballot.", [(1, "voters"), (5, "voters")]),
    # the counted noun left out: what a figure before it in the sentence counted
    ("A survey found that 27 percent of households had turned down their heating, and that one in eight had fallen "
     "behind on bills.", [(27, "percent"), (1, "households"), (8, "households")]),
    ("The council logged 1,260 complaints last year, and roughly one in four of those went unanswered.",
     [(1260, "complaints"), (1, "complaints"), (4, "complaints")]),
    ("One in five is malnourished.", []),
])
def test_a_ratio_counts_its_noun_or_the_one_counted_before_it(nlp: Language, sentence: str, expected: list) -> None:
    assert [(m.value, m.unit) for m in figures_of(nlp, sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rebels shot down a government helicopter on Monday night, killing its crew of four.", [(4, "crew")]),
    ("A jury of 12 heard the case.", [(12, "jury")]),
    ("The team of 2030 graduates met.", []),  # a year, not the size of the team
])
def test_a_body_of_n_counts_its_members(nlp: Language, sentence: str, expected: list) -> None:
    assert [(m.value, m.unit) for m in figures_of(nlp, sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fly-half, who turned 21 last month, was typically modest.", [(21, "years", "fly-half")]),
    ("The team plans to follow the same children until they turn 16.", [(16, "years", None)]),
    ("The company turned 50 this year.", []),  # a firm's anniversary, no one's age
])
def test_a_person_turning_a_number_turns_that_age(nlp: Language, sentence: str, expected: list) -> None:
    assert [(m.value, m.unit, m.subject) for m in figures_of(nlp, sentence)] == expected
