"""The ledger's rules one by one: agreement, corrections, credibility, outlets, names, neighbours."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from heuer.ledger import agreement
from heuer.ledger.corrections import find_corrections
from heuer.ledger.credibility import assess
from heuer.ledger.entities import EntityResolver, NameRecord
from heuer.ledger.items import LedgerItem, figure_window
from heuer.ledger.matching import Thresholds, conflict_between, founder_threshold, same_claim
from heuer.ledger.neighbours import NeighbourSearch
from heuer.ledger.outlets import OutletFamilies
from heuer.model import ClaimConflict, ClaimCorrection

LIMITS = Thresholds(same_claim=0.7, related=0.45, founder=0.58)


def figure(value: float, subject: str, text: str = "", hedges: tuple[str, ...] = (), rng=None) -> LedgerItem:
    text = text or f"{value:,.0f}"
    sentence = f"Officials said {text} {subject} were sent."
    return LedgerItem("figure", 1, "d", 0, sentence, sentence, None, None, (), hedges, None, None, None,
                      value=None if rng else value, range=rng, unit=subject.split()[-1], subject=subject,
                      figure_text=text)


def statement(content: str, cue: str = "said") -> LedgerItem:
    return LedgerItem("statement", 2, "d", 0, content, content, "X", cue, (), (), None, None, None)


def test_hedged_and_plain_forms_of_one_number_agree() -> None:
    assert agreement.values_equal(figure(12000, "troops", "some 12,000"), figure(12000, "North Korean soldiers"))
    assert same_claim(figure(12000, "troops"), figure(12000, "soldiers"), 0.6, LIMITS)
    assert not same_claim(figure(12000, "troops"), figure(10000, "troops"), 0.9, LIMITS)
    assert not same_claim(figure(12000, "troops"), figure(12000, "subscribers"), 0.9, LIMITS)


def test_a_bound_and_the_plain_value_that_fills_it_in_are_one_count() -> None:
    bound = figure(1200, "dead fish", "more than 1,200", hedges=("more than",))
    assert same_claim(bound, figure(1260, "dead fish"), 0.7, LIMITS)
    assert same_claim(figure(4000, "homes", "up to 4,000", hedges=("up to",)), figure(3800, "homes"), 0.7, LIMITS)
    # (not a value far past the bound, not two bounds, not the wrong side of the bound, not words far apart)
    assert not same_claim(bound, figure(2000, "dead fish"), 0.9, LIMITS)
    assert not same_claim(bound, figure(1250, "dead fish", "over 1,250", hedges=("over",)), 0.9, LIMITS)
    assert not same_claim(bound, figure(1150, "dead fish"), 0.9, LIMITS)
    assert not same_claim(bound, figure(1260, "dead fish"), LIMITS.related - 0.05, LIMITS)


def test_figure_conflicts_tell_rivals_from_parts_and_bounds() -> None:
    total, rival = figure(12000, "troops"), figure(10000, "troops", "10,000 or so", ("or so",))
    assert conflict_between(total, rival, 0.8, LIMITS).kind == "contradiction"
    assert conflict_between(total, figure(1500, "special forces"), 0.8, LIMITS).kind == "different_subject"
    bound = figure(15000, "troops", "up to 15,000", ("up to",))
    assert conflict_between(total, bound, 0.8, LIMITS).kind == "refinement"
    ranged = figure(0, "troops", "10,000 to 15,000", rng=(10000.0, 15000.0))
    assert conflict_between(total, ranged, 0.8, LIMITS).kind == "refinement"
    assert conflict_between(total, figure(30, "troops"), 0.8, LIMITS) is None  # no rival count
    russians = figure(11000, "Russian soldiers")
    assert conflict_between(figure(12000, "North Korean troops"), russians, 0.8, LIMITS).kind == "different_subject"


def test_statement_polarity_separates_a_denial_from_the_claim() -> None:
    claim, denial = statement("North Korean troops were sent to Russia"), statement(
        "North Korean troops were sent to Russia", cue="denied")
    assert not same_claim(claim, denial, 0.95, LIMITS)
    assert conflict_between(claim, denial, 0.95, LIMITS).kind == "negation"
    assert agreement.is_negative(statement("there is no evidence of a deployment"))
    assert not same_claim(statement("12,000 troops went"), statement("10,000 troops went"), 0.95, LIMITS)


def test_numbers_in_text_skip_years_and_scale_words() -> None:
    assert agreement.numbers_in("In 2024 some 1.5 million people and 12,000 troops") == {1_500_000.0, 12000.0}


def test_a_figure_window_keeps_the_words_around_the_number() -> None:
    sentence = "It is believed that after long talks the president cited a deployment of about 12,000 troops to bases."
    window = figure_window(sentence, "about 12,000")
    assert "about 12,000 troops to bases." in window and not window.startswith("It is")


@pytest.mark.parametrize(
    ("text", "kind", "wrong", "right"),
    [
        ("Correction, October 31, 2024: An earlier version of this article said the agency put the number at "
         "15,000. The figure reported by the agency is 12,000.", "correction", 15000, 12000),
        ("This story was corrected: we wrongly reported 40 deaths; the ministry said 14.", "correction", 40, 14),
        ("Editor's note: An earlier version of this bulletin said the soldiers had fought inside Ukraine. "
         "We could not verify that and have withdrawn it.", "retraction", None, None),
    ],
)
def test_correction_notes_are_found_with_their_figures(text: str, kind: str, wrong, right) -> None:
    (note,) = find_corrections("doc", text)
    assert (note.kind, note.wrong, note.right) == (kind, wrong, right)


def test_ordinary_reporting_is_not_a_correction() -> None:
    assert find_corrections("doc", "The ministry said the earlier figure of 300 was an estimate.") == []


def test_credibility_scale_runs_from_confirmed_to_cannot_be_judged() -> None:
    assert assess(2, ["A", "B"], 2, False, [], {}, []).grade == 1
    assert assess(1, ["A"], 1, False, [], {}, []).grade == 3
    assert assess(0, [], 1, False, [], {}, []).grade == 6
    circular = assess(1, ["NIS"], 5, True, [], {}, [])
    assert circular.grade == 3 and any("circular" in r for r in circular.reasons)
    contested = assess(1, ["A"], 1, False, [ClaimConflict(9, "contradiction", "")], {9: 2}, [])
    assert contested.grade == 5
    fix = ClaimCorrection("d", "The Courier", date(2024, 10, 31), "correction", "An earlier version ...")
    assert assess(1, ["A"], 1, False, [], {}, [fix], "corrected").grade == 5


def test_regional_editions_and_owner_families_are_one_outlet() -> None:
    families = OutletFamilies({"The Lowmoor Herald": "Everly Media Group"})
    assert families.family("Northwind Broadcasting - Coastal edition") == "Northwind Broadcasting"
    assert families.family("Lowmoor Herald") == "Everly Media Group"
    assert families.family("BBC World Service") == families.family("BBC News") == "BBC"


def test_names_join_by_alias_and_spelling_and_user_overrides_win() -> None:
    records = [
        NameRecord("Volodymyr Zelenskyy", "PERSON", ("Zelenskyy",), 3),
        NameRecord("Volodymyr Zelensky", "PERSON", (), 1),
        NameRecord("National Intelligence Service", "ORG", ("NIS",), 3),
        NameRecord("Kim Jong Un", "PERSON", (), 1),
        NameRecord("Kim Jong-un", "PERSON", (), 1),
    ]
    resolver = EntityResolver(records)
    assert resolver.canonical("Zelensky") == resolver.canonical("Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"
    assert resolver.canonical("South Korea's NIS") == "National Intelligence Service"
    assert resolver.canonical("NIS sources") == "National Intelligence Service"
    assert resolver.canonical("Kim Jong-un") == resolver.canonical("Kim Jong Un")
    kept_apart = EntityResolver(records, [("split", "Volodymyr Zelensky", "Volodymyr Zelenskyy")])
    assert kept_apart.canonical("Volodymyr Zelensky") != kept_apart.canonical("Volodymyr Zelenskyy")
    merged = EntityResolver(records, [("merge", "Seoul's spy agency", "NIS")])
    assert merged.canonical("Seoul's spy agency") == "National Intelligence Service"


def test_approximate_neighbours_find_what_exact_search_finds() -> None:
    rng = np.random.default_rng(7)
    centres = rng.standard_normal((300, 32)).astype(np.float32)
    base = np.repeat(centres, 5, axis=0) + 0.15 * rng.standard_normal((1500, 32)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    exact = NeighbourSearch(k=8, min_similarity=0.8).exact(base, base)
    approx = NeighbourSearch(k=8, min_similarity=0.8, reduced_dim=16, exact_limit=0).find(base, base)
    wanted = {(i, j) for i, found in enumerate(exact) for j, _ in found}
    got = {(i, j) for i, found in enumerate(approx) for j, _ in found}
    assert len(wanted) > 3000
    assert len(wanted & got) / len(wanted) >= 0.95
    assert got <= wanted | got and all(s >= 0.8 for found in approx for _, s in found)


def test_titles_the_texts_give_people_resolve_descriptions_elsewhere() -> None:
    resolver = EntityResolver([NameRecord("Mark Rutte", "PERSON", ("Rutte",), 2)])
    resolver.learn_titles([("NATO Secretary General Mark Rutte said on Monday that troops had arrived.", "Mark Rutte")])
    assert resolver.canonical("even NATO's secretary general") == "Mark Rutte"
    assert resolver.canonical("NATO spokesperson") == "NATO spokesperson"


def test_descriptions_the_documents_resolved_stand_for_their_party_everywhere() -> None:
    resolver = EntityResolver([NameRecord("Corsa Lines", "ORG", (), 4), NameRecord("Halden Shipping", "ORG", (), 2),
                               NameRecord("Petra Anzelm", "PERSON", ("Anzelm",), 3)])
    resolver.learn_descriptions([
        ("the operator", "Corsa Lines"), ("the operator", "Corsa Lines"), ("the operator", "the operator"),
        ("the minister", "Petra Anzelm"),
        # two documents, two companies: "the company" stands for neither
        ("the company", "Corsa Lines"), ("the company", "Halden Shipping"),
        # left as it stands more often than resolved: kept as it stands
        ("the port authority", "Halden Shipping"), ("the port authority", "the port authority"),
        ("the port authority", "the port authority"),
        ("he", "Petra Anzelm"),
    ])
    assert resolver.canonical("the operator") == "Corsa Lines"
    assert resolver.canonical("The minister") == "Petra Anzelm"
    assert resolver.canonical("the company") == "the company"
    assert resolver.canonical("the port authority") == "the port authority"
    assert resolver.canonical("he") == "he"


def test_a_description_kept_as_a_name_gives_way_to_the_one_body_built_on_its_noun() -> None:
    resolver = EntityResolver([NameRecord("Tarsenian Coastguard", "ORG", (), 2), NameRecord("the coastguard", "ORG", (), 5)])
    assert resolver.canonical("the coastguard") == "Tarsenian Coastguard"
    assert resolver.canonical("Tarsenian Coastguard") == "Tarsenian Coastguard"


def test_unnamed_people_are_not_named_parties() -> None:
    from heuer.ledger.provenance import is_named

    assert is_named("Mark Rutte") and is_named("NIS")
    assert not is_named("a Russian soldier") and not is_named("Another soldier") and not is_named("officials")


def test_names_the_texts_declare_equal_are_one_party() -> None:
    resolver = EntityResolver([NameRecord("National Intelligence Service", "ORG", ("NIS",), 3)])
    resolver.learn_aliases([
        "KYIV — Ukraine's military intelligence agency, known by its Ukrainian initials HUR, says calls show it.",
        "South Korea's spy agency, the National Intelligence Service, briefed lawmakers.",
    ])
    assert resolver.canonical("Ukraine's military intelligence agency") == "HUR"
    assert resolver.canonical("South Korea's spy agency") == "National Intelligence Service"
    assert resolver.canonical("Japan's spy agency") == "Japan's spy agency"  # another country's agency stays apart


def test_a_place_body_described_in_other_words_is_the_one_the_texts_name() -> None:
    resolver = EntityResolver([NameRecord("National Intelligence Service", "ORG", ("NIS",), 3)])
    resolver.learn_place_bodies(["South Korea's National Intelligence Service briefed lawmakers."])
    assert resolver.canonical("South Korea's spy agency") == "National Intelligence Service"
    assert resolver.canonical("Japan's spy agency") == "Japan's spy agency"
    assert resolver.canonical("South Korea's army") == "South Korea's army"


def test_a_press_release_is_told_from_a_news_story() -> None:
    from heuer.ledger.view import is_press_release

    assert is_press_release("Press Office", "The institute published imagery today.")
    assert is_press_release(None, "Text.\n\nMedia enquiries should be directed to the press office.")
    assert not is_press_release("Daniel Yoo-Hartley", "SEOUL (Halvard News Agency) - North Korea has started ...")


def measurement(value: float, unit: str, subject: str | None, sentence: str = "") -> LedgerItem:
    sentence = sentence or f"The missile reached {value:,.0f} {unit}."
    return LedgerItem("figure", 3, "d", 0, sentence, sentence, None, None, (), (), None, None, None,
                      value=value, unit=unit, subject=subject, figure_text=f"{value:,.0f} {unit}")


def test_commandos_special_forces_and_elite_troops_are_one_part_of_a_force() -> None:
    commandos, special = figure(1500, "North Korean commandos"), figure(1500, "North Korean special forces")
    assert agreement.subjects_compatible(commandos, special)
    assert same_claim(commandos, special, 0.5, LIMITS)
    assert not agreement.subjects_compatible(commandos, figure(1500, "North Korean troops"))  # a part, not the whole


def test_measurements_compare_units_and_only_named_quantities() -> None:
    altitude = measurement(7000, "km", "altitude")
    assert agreement.measure_of(measurement(7000, "kilometres", None)) == agreement.measure_of(altitude) == "km"
    assert agreement.measure_of(figure(7000, "troops")) is None
    assert agreement.subjects_compatible(altitude, measurement(7000, "kilometres", None))
    assert agreement.subjects_compatible(altitude, measurement(7000, "km", "Pyongyang"))  # a name measures nothing
    assert not agreement.subjects_compatible(altitude, measurement(7000, "km", "range"))
    # km and miles measure one dimension: compared converted, 7,000 miles is another value
    assert agreement.subjects_compatible(altitude, measurement(7000, "miles", "altitude"))
    assert not agreement.values_equal(altitude, measurement(7000, "miles", "altitude"))
    assert agreement.values_equal(altitude, measurement(7000000, "metres", "altitude"))
    assert same_claim(altitude, measurement(7000, "kilometres", None), 0.3, LIMITS)  # distinctive: little wording
    assert not same_claim(altitude, measurement(90, "minutes", None), 0.9, LIMITS)


def test_an_unrounded_count_says_much_a_round_or_small_one_does_not() -> None:
    # "312 rescued" and "the number of survivors stood at 312" share little wording but an exact count
    assert same_claim(figure(312, "people"), figure(312, "people"), 0.3, LIMITS)
    assert not same_claim(figure(300, "people"), figure(300, "people"), 0.3, LIMITS)
    assert not same_claim(figure(41, "people"), figure(41, "people"), 0.3, LIMITS)


def test_a_capital_speaking_is_its_country_and_its_one_named_body() -> None:
    resolver = EntityResolver([NameRecord("National Intelligence Service", "ORG", ("NIS",), 3),
                               NameRecord("South Korea", "GPE", (), 4)])
    resolver.learn_place_bodies(["South Korea's National Intelligence Service briefed lawmakers."])
    assert resolver.canonical("Seoul") == "South Korea"
    assert resolver.canonical("Seoul's spy agency") == "National Intelligence Service"
    assert resolver.speaker("Seoul") == resolver.speaker("South Korea") == "National Intelligence Service"
    assert resolver.canonical("South Korea") == "South Korea"  # as a name it stays a country
    assert resolver.speaker("Moscow") == "Russia"  # no Russian body named: the country itself
    two = EntityResolver([NameRecord("National Intelligence Service", "ORG", (), 3),
                          NameRecord("Defence Ministry", "ORG", (), 3)])
    two.learn_place_bodies(["South Korea's National Intelligence Service and South Korea's Defence Ministry said."])
    assert two.speaker("Seoul") == "South Korea"  # two bodies: no guess


def test_a_described_body_joins_the_named_body_it_describes() -> None:
    resolver = EntityResolver([NameRecord("Defence Intelligence Agency", "ORG", ("DIA",), 2)])
    resolver.learn_aliases(["Ukraine's military intelligence agency, known by its Ukrainian initials HUR, said so."])
    resolver.learn_place_bodies(["Ukraine's Defence Intelligence Agency (DIA) released the calls."])
    assert resolver.canonical("HUR") == resolver.canonical("DIA")
    assert resolver.speaker("Kyiv") == resolver.canonical("DIA")
    alone = EntityResolver([])
    alone.learn_aliases(["Ukraine's military intelligence agency, known by its Ukrainian initials HUR, said so."])
    alone.learn_place_bodies([])
    assert alone.speaker("Kyiv") == "HUR"  # a described body is a body of its country too


def test_an_organisation_chief_is_the_one_person_titled_under_it() -> None:
    resolver = EntityResolver([NameRecord("Mark Rutte", "PERSON", ("Rutte",), 2), NameRecord("NATO", "ORG", (), 3)])
    resolver.learn_titles([("NATO Secretary General Mark Rutte said on Monday that troops had arrived.", "Mark Rutte")])
    assert resolver.canonical("NATO chief") == "Mark Rutte"
    assert resolver.speaker("NATO") == "Mark Rutte" and resolver.canonical("NATO") == "NATO"
    assert resolver.canonical("UN chief") == "UN chief"
    resolver.learn_titles([("NATO Deputy Secretary General Radmila Shekerinska said so.", "Radmila Shekerinska")])
    assert resolver.canonical("NATO chief") == "NATO chief"  # two people titled under NATO: no guess


def test_a_capitalised_common_word_opening_a_sentence_is_no_speaker() -> None:
    from heuer.ledger.provenance import ProvenanceTracer

    tracer = ProvenanceTracer(OutletFamilies({}), EntityResolver([NameRecord("Mark Rutte", "PERSON", (), 2)]),
                              {"d": "The Courier", "e": "The Herald"})
    tracer.learn_common_words(["Officials released intercepted phone calls on Monday."])

    def said(speaker: str, sentence: str, doc: str) -> LedgerItem:
        return LedgerItem("statement", len(sentence), doc, 0, "troops are in Kursk", sentence, speaker, "said", (),
                          (), "The Courier" if doc == "d" else "The Herald", date(2024, 10, 30), None)

    traced = tracer.trace([said("Intercepted", "Intercepted calls point to troops in Kursk", "d"),
                           said("Rutte", "Rutte said troops are in Kursk", "e")])
    assert traced.origins == ["Mark Rutte"]
    tracer.learn_common_words(["They will rutte."])  # a name is never dropped once it resolves
    assert tracer.trace([said("Rutte", "Rutte said troops are in Kursk", "e")]).origins == ["Mark Rutte"]


def test_figures_of_one_value_meet_however_the_neighbour_search_ranks_them(tmp_path) -> None:
    import heuer
    from heuer.ledger import read_ledger, update_ledger
    from heuer.ledger.embedding import HashingEmbedder
    from heuer.store import Store

    texts = {
        "a.txt": "Troops sent\n\nBy Ann Lee\nThe Courier\nOctober 20, 2024\n\n"
                 "The agency said North Korea could send about 12,000 troops in total.\n",
        "b.txt": "A deployment\n\nBy Bo Kim\nThe Herald\nOctober 25, 2024\n\n"
                 "The president claims a deployment of approximately 12,000 North Korean soldiers to bases.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "values.db"
    heuer.ingest([str(tmp_path / name) for name in texts], db=db)
    blind = NeighbourSearch(k=1, min_similarity=0.99)  # finds nothing but each item itself
    with Store.open(db) as store:
        update_ledger(store, HashingEmbedder(), search=blind)
        claims = [c for c in read_ledger(store).claims if c.kind == "figure" and c.value == 12000]
    assert len(claims) == 1 and len(claims[0].mentions) == 2


def timed(value: float, unit: str, subject: str = "flight") -> LedgerItem:
    sentence = f"The missile's {subject} lasted {value} {unit}, sources said."
    return LedgerItem("figure", 3, "d", 0, sentence, sentence, None, None, (), (), None, None, None,
                      value=value, unit=unit, subject=subject, figure_text=f"{value} {unit}")


def test_measurements_in_different_units_of_one_dimension_compare_converted() -> None:
    hour_and_a_half, ninety_minutes = timed(1.5, "hours"), timed(90, "minutes")
    assert agreement.subjects_compatible(hour_and_a_half, ninety_minutes)
    assert agreement.values_equal(hour_and_a_half, ninety_minutes)
    assert same_claim(hour_and_a_half, ninety_minutes, 0.6, LIMITS)
    assert not agreement.values_equal(timed(2, "hours"), ninety_minutes)
    assert agreement.values_equal(timed(7, "kilometres", "range"), timed(7000, "metres", "range"))
    assert agreement.values_equal(timed(18, "months", "term"), timed(1.5, "years", "term"))
    assert not agreement.subjects_compatible(timed(90, "days"), timed(3, "months"))  # lengths vary
    assert not agreement.subjects_compatible(timed(5, "km"), timed(5, "hours"))


def test_places_keep_apart_claims_that_put_the_subject_in_different_places() -> None:
    sent, kursk = statement("North Korean troops were sent to Russia"), statement("North Korean troops are in Kursk")
    ferried = statement("1,500 special forces were carried to the port city of Vladivostok")
    assert agreement.places_in("units now deployed in Russia's Kursk region") == {"kursk"}  # the precise place
    assert agreement.places_in("soldiers committed to Russia's war effort, according to the NIS") == frozenset()
    assert agreement.places_in("troops went in October to Kursk") == {"kursk"}  # a month is no place
    assert not same_claim(sent, kursk, 0.9, LIMITS)
    assert not same_claim(sent, ferried, 0.9, LIMITS)
    assert same_claim(sent, statement("North Korea has sent soldiers to Russia"), 0.9, LIMITS)
    assert same_claim(kursk, statement("North Korean troops have been deployed"), 0.9, LIMITS)  # no place named
    both = statement("troops had been sent to Russia and that some were now deployed in Russia's Kursk region")
    assert same_claim(both, sent, 0.9, LIMITS) and same_claim(both, kursk, 0.9, LIMITS)


def test_a_dismissal_frame_is_left_out_of_the_compared_text_but_not_out_of_the_polarity() -> None:
    denial = statement("reports of a North Korean deployment as fake news", cue="dismissed")
    assert agreement.matching_text(denial) == "reports of a North Korean deployment"
    assert agreement.matching_text(statement("earlier reports of a deployment fake news")) == \
        "earlier reports of a deployment"
    assert agreement.is_negative(statement("earlier reports of a deployment fake news"))
    assert agreement.matching_text(statement("the truth lies in Kursk")) == "the truth lies in Kursk"
    assert agreement.matching_text(statement("fake news")) == "fake news"  # nothing left to compare
    fig = figure(12000, "troops", text="12,000")
    assert agreement.matching_text(fig) == fig.text


def test_a_correction_notes_figure_joins_the_claim_it_corrects_as_a_correction(ledger) -> None:
    """'An earlier version ... put the number at 15,000': the note names the wrong claim, so its figure is a
    mention of it, with the role that keeps it out of the reports and origins."""
    (wrong,) = [c for c in ledger.claims if c.kind == "figure" and c.value == 15000
                and any("committed some 15,000" in m.sentence for m in c.mentions)]
    notes = [m for m in wrong.mentions if "put the number of North Korean troops at 15,000" in m.sentence]
    assert notes and all(m.role == "correction" for m in notes)
    assert all(m.origin is None for m in notes)
    assert wrong.status == "corrected"


def _item(kind: str, doc: str, sentence: str, speaker: str | None, via: tuple[str, ...] = ()) -> LedgerItem:
    return LedgerItem(kind, len(sentence), doc, 0, sentence, sentence, speaker, "said" if speaker else None, via,
                      (), "The Courier", date(2024, 10, 30), None)  # type: ignore[arg-type]


def test_a_pronoun_speaker_is_the_person_the_text_named_last_before_it() -> None:
    from heuer.ledger.provenance import ProvenanceTracer

    text = ("The Kremlin denied it. Tomas Reinholt, a fellow at a think tank, is wary. "
            "\"My own estimate is nearer 10,000,\" he said. Reinholt added that counting is hard.")
    quote = "\"My own estimate is nearer 10,000,\" he said."
    tracer = ProvenanceTracer(OutletFamilies({}), EntityResolver([NameRecord("Kremlin", "ORG", (), 2)]),
                              {"d": "The Courier"})
    items = [_item("statement", "d", quote, "he"), _item("statement", "d", "Reinholt added that counting is hard.",
                                                         "Reinholt"), _item("statement", "d", "The Kremlin denied it.",
                                                                            "Kremlin")]
    tracer.learn_documents({"d": text}, items)
    assert tracer.trace([items[0]]).origins == ["Reinholt"]  # a person, not the organisation named before
    tracer.learn_documents({"d": "The Kremlin denied it. " + quote}, items)
    assert tracer.trace([items[0]]).origins == ["The Courier"]  # no person named before: the outlet brings it


def test_a_voice_in_released_material_is_the_party_that_released_it() -> None:
    from heuer.ledger.provenance import ProvenanceTracer

    text = ("KYIV — Ukraine's military intelligence agency, known by its initials HUR, says intercepted phone calls "
            "show soldiers in Kursk. The Courier could not verify it.\n\n"
            "In one call, a Russian soldier grumbles that interpreters are scarce.")
    resolver = EntityResolver([])
    resolver.learn_aliases([text])
    tracer = ProvenanceTracer(OutletFamilies({}), resolver, {"d": "The Courier", "e": "The Herald"})
    lead = _item("statement", "d", text.split(" The Courier")[0], "Ukraine's military intelligence agency")
    grumble = _item("assertion", "d", "In one call, a Russian soldier grumbles that interpreters are scarce.", None)
    quoted = _item("statement", "d", "In one call, a Russian soldier said it was hard.", "a Russian soldier")
    tracer.learn_documents({"d": text + " In one call, a Russian soldier said it was hard."}, [lead, grumble, quoted])
    assert tracer.trace([grumble]).origins == ["HUR"]
    assert tracer.trace([quoted]).origins == ["HUR"]
    own = _item("assertion", "d", "The Courier could not verify it.", None)  # the outlet's own words: no origin
    assert tracer.trace([own]).origins == []


def test_a_body_described_by_the_place_after_it_is_that_places_body() -> None:
    resolver = EntityResolver([NameRecord("Intelligence services in Kyiv", "ORG", (), 1)])
    resolver.learn_aliases(["Ukraine's military intelligence agency, known by its Ukrainian initials HUR, said so."])
    resolver.learn_place_bodies([])
    assert resolver.speaker("Intelligence services in Kyiv") == "HUR"
    assert resolver.canonical("analysts in Kyiv") == "analysts in Kyiv"  # no body
    assert resolver.canonical("intelligence services in Tokyo") == "intelligence services in Tokyo"


def test_a_plural_pronoun_subject_is_compared_as_the_people_named_before_it() -> None:
    before = ("Last week even NATO's secretary general admitted North Korean troops were in Kursk.\n\n"
              "From what leaks out, the Russians moan about the kit.\n\n")
    assert agreement.with_antecedent("Some of them are already fighting inside Ukraine.", before) == \
        "Some North Korean troops are already fighting inside Ukraine."
    assert agreement.with_antecedent("They are sitting in Kursk.", "Kim sent 12,000 soldiers to Russia. ") == \
        "soldiers are sitting in Kursk."
    assert agreement.with_antecedent("They said no.", "The ministry spoke on Monday. ") == "They said no."  # no people
    assert agreement.with_antecedent("Theyre here.", before) == "Theyre here."
    echo = LedgerItem("assertion", 3, "d", 0, "Some of them are fighting inside Ukraine.",
                      "Some of them are fighting inside Ukraine.", None, None, (), (), None, None, None)
    assert agreement.opens_with_pronoun(echo)
    assert agreement.text_before(echo, before + echo.sentence) == before
    assert agreement.matching_text(echo, before) == "Some North Korean troops are fighting inside Ukraine."
    assert agreement.matching_text(echo) == echo.text  # no document text: as it is


def test_statements_read_with_their_sentences_join_when_their_contents_are_near_enough() -> None:
    from heuer.ledger.matching import CONTENT_FLOOR, close_in_sentence, same_claim_in_sentence

    limits = Thresholds(same_claim=0.7, related=0.45, founder=0.65, in_sentence=0.65)
    a = LedgerItem("statement", 1, "d1", 0, "a shortage of translators",
                   "Intercepted calls reveal a shortage of translators in the joint units.", "HUR", "reveal", (), (),
                   None, None, None)
    b = LedgerItem("statement", 2, "d2", 0, "interpreters are so scarce",
                   "Calls released by HUR show interpreters are so scarce in the joint units.", "HUR", "show", (), (),
                   None, None, None)
    close, far = np.array([1.0, 0.0]), np.array([0.6, 0.8])
    # read whole, the two sentences are the same (cosine 1.0); their contents alone are 0.6 apart
    assert same_claim_in_sentence(a, b, 0.6, {a.key: close, b.key: close}, limits)
    assert not same_claim_in_sentence(a, b, CONTENT_FLOOR - 0.01, {a.key: close, b.key: close}, limits)
    assert not same_claim_in_sentence(a, b, 0.6, {a.key: close, b.key: far}, limits)  # whole sentences 0.6
    assert not same_claim_in_sentence(a, b, 0.6, {}, limits)  # no sentence vectors: contents only
    assert not same_claim_in_sentence(a, b, 0.6, {a.key: close, b.key: close}, LIMITS)  # embedder without it
    assert close_in_sentence(a, b, 0.6, {a.key: close, b.key: close}, limits)
    denial = LedgerItem("statement", 3, "d3", 0, "there is no shortage of translators",
                        "The ministry said there is no shortage of translators in the joint units.", "ministry",
                        "said", (), (), None, None, None)
    assert not same_claim_in_sentence(a, denial, 0.9, {a.key: close, denial.key: close}, limits)  # polarity holds


def test_the_embedded_text_can_carry_the_whole_sentence() -> None:
    item = LedgerItem("statement", 1, "d", 0, "a shortage of translators",
                      "Calls reveal a shortage of translators.", "HUR", "reveal", (), (), None, None, None)
    assert agreement.matching_text(item) == "a shortage of translators"
    assert agreement.matching_text(item, with_sentence=True) == \
        "a shortage of translators | Calls reveal a shortage of translators."


def _people(value: float, subject: str, sentence: str, text: str) -> LedgerItem:
    return LedgerItem("figure", 1, "d", 0, sentence, sentence, None, None, (), (), None, None, None,
                      value=value, unit=subject.split()[0], subject=subject, figure_text=text)


def test_counts_of_people_compare_by_what_happened_to_them() -> None:
    on_board = _people(437, "people on board", "Corsa Lines said there were 437 people on board.", "437")
    plain = _people(437, "people", "The operator said 437 people were on the ferry.", "437")
    assert agreement.subjects_compatible(on_board, plain)  # "people on board" counts people
    dead = _people(78, "people", "The coastguard said 78 people had died in the sinking.", "78")
    missing = _people(78, "people", "Officials said 78 people remained missing.", "78")
    toll = _people(78, "death toll", "The coastguard had put the death toll at 78.", "78")
    assert not agreement.subjects_compatible(dead, missing)
    assert agreement.subjects_compatible(dead, toll)
    assert agreement.person_state(missing) == "missing" and agreement.person_state(toll) == "dead"
    rescued = _people(312, "passengers", "The coastguard said 312 passengers and crew had been rescued.", "312")
    survivors = _people(312, "survivors", "The number of survivors stood at 312.", "312")
    assert agreement.subjects_compatible(rescued, survivors)  # one fate, one count
    employees = _people(340, "employees", "The plant has 340 employees.", "340")
    patients = _people(340, "people", "The ministry said 340 people were in hospital.", "340")
    assert not agreement.subjects_compatible(employees, patients)


def test_a_measurement_compares_what_it_measures_only_when_that_is_a_quantity() -> None:
    def knots(subject: str) -> LedgerItem:
        return LedgerItem("figure", 1, "d", 0, "x", "x", None, None, (), (), None, None, None, value=17.0,
                          unit="knots", subject=subject, figure_text="17 knots")
    assert agreement.subjects_compatible(knots("steady southerly course"), knots("ship"))
    assert not agreement.subjects_compatible(knots("top speed"), knots("average speed range"))


def test_names_whose_shape_shows_a_known_party_resolve_to_it() -> None:
    records = [
        NameRecord("Corsa Lines", "ORG", (), 4),
        NameRecord("Corsa", "PERSON", (), 1),  # the tagger's misreading in one story
        NameRecord("Maritime Safety Authority", "ORG", ("MSA",), 3),
        NameRecord("Bluewater Broadcasting - Brisca", "ORG", (), 2),
        NameRecord("Bluewater", "ORG", (), 1),
        NameRecord("Brisca", "GPE", (), 5),
        NameRecord("Brisca Dockworkers' Union", "ORG", (), 2),
        NameRecord("Merrow Bell", "ORG", (), 3),
        NameRecord("Halden Marine Tracking Lab", "ORG", (), 2),
        NameRecord("Tarsenia", "GPE", (), 3),
        NameRecord("Matthias Ruel", "PERSON", (), 2),
    ]
    resolver = EntityResolver(records)
    expect = {
        "Corsa": "Corsa Lines",
        "Bluewater": "Bluewater Broadcasting",
        "Bluewater Broadcasting - Brisca edition": "Bluewater Broadcasting",
        "the Maritime Safety Authority (MSA)": "Maritime Safety Authority",
        "the passenger ferry Merrow Bell": "Merrow Bell",
        "the island of Brisca": "Brisca",
        "the Halden Marine Tracking Lab at the University of Port Heddon": "Halden Marine Tracking Lab",
        "Halden lab": "Halden Marine Tracking Lab",
        "Tarsenian": "Tarsenia",
    }
    assert {name: resolver.canonical(name) for name in expect} == expect
    # a place used as a qualifier is no short name of the union; a person's role of a body is not the body
    assert resolver.canonical("Brisca Dockworkers' Union") == "Brisca Dockworkers' Union"
    assert resolver.canonical("the chief executive of Corsa Lines") != "Corsa Lines"


def test_counts_of_people_with_one_fate_need_little_shared_wording() -> None:
    # a small round count says little, unless both say the same thing happened to the people it counts
    confirmed = _people(41, "people", "The coastguard said that 41 people had now been confirmed dead.", "41")
    toll = _people(41, "Merrow Bell death toll", "Six more found as Merrow Bell death toll reaches 41", "41")
    missing = _people(41, "people", "Officials said 41 people remained missing.", "41")
    assert same_claim(confirmed, toll, 0.3, LIMITS)
    assert not same_claim(confirmed, missing, 0.9, LIMITS)
    unknown = _people(41, "people", "Officials said 41 people were on the list.", "41")
    assert not same_claim(confirmed, unknown, 0.3, LIMITS)
    # the claim's first figure lets its members in as far as the pair allows
    assert founder_threshold(confirmed, LIMITS, toll) < founder_threshold(confirmed, LIMITS, unknown) == 0.45


def test_a_count_of_those_aboard_counts_its_people() -> None:
    aboard = LedgerItem("figure", 1, "d", 0, "Ferry with 437 aboard capsizes", "Ferry with 437 aboard capsizes", None,
                        None, (), (), None, None, None, value=437.0, unit="people", subject="aboard",
                        figure_text="437")
    on_board = _people(437, "people on board", "Corsa Lines said there were 437 people on board.", "437")
    assert agreement.subject_words(aboard) == ["people"]
    assert agreement.subjects_compatible(aboard, on_board)


def test_a_distinctive_figure_joins_its_claim_however_far_its_words_are_from_the_first() -> None:
    from heuer.ledger.matching import same_distinctive_figure

    headline = figure(312, "people", text="312")
    blog = figure(312, "survivors", text="Three hundred and twelve")
    assert same_distinctive_figure(blog, headline)  # the founder's closeness is not asked
    assert not same_distinctive_figure(figure(300, "people"), figure(300, "people"))  # a round count says little
    assert not same_distinctive_figure(figure(312, "more people"), headline)  # a rise by 312 is another matter
    assert not same_distinctive_figure(figure(312, "tanks"), headline)


def test_a_capacity_counts_people() -> None:
    assert agreement.subjects_compatible(figure(450, "certified capacity"), figure(450, "people"))


def test_a_figure_called_the_figure_counts_whatever_the_other_counts() -> None:
    meta = figure(12000, "figure", text="12,000")
    assert agreement.subject_words(meta) == []
    assert agreement.subjects_compatible(meta, figure(12000, "troops"))


def test_a_common_noun_stands_for_the_one_named_body_built_on_it() -> None:
    resolver = EntityResolver([
        NameRecord("Tarsenian Coastguard", "ORG", (), 4),
        NameRecord("Maritime Safety Authority", "ORG", ("MSA",), 3),
        NameRecord("University of Port Heddon", "ORG", (), 1),
        NameRecord("Brisca Dockworkers' Union", "ORG", (), 2),
        NameRecord("Harbour Workers' Union", "ORG", (), 1),
        NameRecord("Petra Anzelm", "PERSON", (), 2),
    ])
    assert resolver.canonical("the coastguard") == "Tarsenian Coastguard"
    assert resolver.canonical("Tarsenia's coastguard") == "Tarsenian Coastguard"
    assert resolver.canonical("the authority") == "Maritime Safety Authority"
    assert resolver.canonical("the university") == "University of Port Heddon"
    assert resolver.canonical("the union") == "the union"  # two unions: no telling which
    assert resolver.canonical("Ostrelia's coastguard") == "Ostrelia's coastguard"  # another country's


def test_a_description_set_beside_a_name_stands_for_it_elsewhere() -> None:
    resolver = EntityResolver([NameRecord("Lene Ostrova", "PERSON", ("Ostrova",), 3),
                               NameRecord("Tomas Grellin", "PERSON", (), 2), NameRecord("Ada Vinter", "PERSON", (), 2),
                               NameRecord("Brisk Island", "LOC", (), 4)])
    resolver.learn_appositions([
        "Nineteen of them were from the island, the island's mayor, Lene Ostrova, said on Saturday.",
        '"That ship was overloaded," said Tomas Grellin, the union\'s secretary.',
        # one description beside two people: it stands for neither
        "The committee's chair, Ada Vinter, said so.", "Tomas Grellin, the committee's chair, disagreed.",
    ])
    assert resolver.canonical("the island's mayor") == "Lene Ostrova"
    assert resolver.canonical("The union's secretary") == "Tomas Grellin"
    assert resolver.canonical("the committee's chair") == "the committee's chair"


def test_a_body_the_texts_only_describe_by_its_country_is_one_party() -> None:
    resolver = EntityResolver([NameRecord("Tarsenia", "GPE", (), 6), NameRecord("Velmor", "GPE", (), 2),
                               NameRecord("the coastguard", "ORG", (), 5)])
    resolver.learn_described_bodies(["Tarsenia's coastguard said four boats were searching the area.",
                                     "The coastguard said 41 people had died."])
    wanted = "Tarsenia's coastguard"
    assert {resolver.canonical(n) for n in ("the coastguard", "Tarsenia's coastguard", "Tarsenian Coastguard")} == {wanted}
    # (another country's coastguard described too: "the coastguard" is no longer one body)
    resolver.learn_described_bodies(["Tarsenia's coastguard said so.", "Velmor's coastguard said otherwise."])
    assert resolver.canonical("the coastguard") == "the coastguard"


def test_a_title_or_a_countrys_body_written_with_of() -> None:
    resolver = EntityResolver([NameRecord("Mark Rutte", "PERSON", ("Rutte",), 2), NameRecord("Ukraine", "GPE", (), 5),
                               NameRecord("HUR", "ORG", ("Defence Intelligence Agency",), 4)])
    resolver.learn_titles([("NATO Secretary General Mark Rutte said on Monday that troops had arrived.", "Mark Rutte")])
    resolver.learn_place_bodies(["Ukraine's Defence Intelligence Agency said the troops had moved."])
    assert resolver.canonical("Secretary General of NATO") == "Mark Rutte"
    assert resolver.canonical("Defence Intelligence of Ukraine") == "HUR"


def test_owners_sites_staff_and_places_by_their_features_are_their_party() -> None:
    resolver = EntityResolver([NameRecord("Halcyra Chemicals", "ORG", ("Halcyra",), 5),
                               NameRecord("Health Ministry", "ORG", (), 4),
                               NameRecord("State Labour Inspectorate", "ORG", (), 2),
                               NameRecord("Idrena", "LOC", (), 3), NameRecord("Riverwatch Dravenia", "ORG", (), 3),
                               NameRecord("Emil Dragoste", "PERSON", ("Dragoste",), 2)])
    resolver.learn_appositions(['"It was tested," Vessany\'s mayor, Emil Dragoste, told reporters.'])
    canonical = resolver.canonical
    assert canonical("The Health Ministry's") == "Health Ministry"
    assert canonical("the Halcyra plant") == canonical("Halcyra Chemicals plant") == "Halcyra Chemicals"
    assert canonical("state inspectors") == canonical("inspectors") == "State Labour Inspectorate"
    assert canonical("the Idrena river") == canonical("Idrena valley") == "Idrena"
    assert canonical("The environmental group Riverwatch Dravenia") == "Riverwatch Dravenia"
    assert canonical("Vessany mayor") == "Emil Dragoste"
    # (a name nobody else gives keeps its words, less a leading "The" before a capital and an owner's "'s")
    assert canonical("The Mill Quarter residents' committee") == canonical("Mill Quarter residents' committee")
    assert canonical("the committee") == "the committee"
    # (people no body of the texts is named after)
    assert canonical("the dockworkers") == "the dockworkers"


def counted(value: float, subject: str, sentence: str, text: str = "") -> LedgerItem:
    return LedgerItem("figure", 1, "d", 0, sentence, sentence, None, None, (), (), None, None, None,
                      value=value, unit=subject.split()[-1], subject=subject, figure_text=text or f"{value:,.0f}")


def test_workers_and_patients_are_kinds_of_people_counted() -> None:
    assert agreement.subjects_compatible(figure(2, "workers"), figure(2, "shift operators"))
    assert agreement.subjects_compatible(
        counted(300, "people", "About 300 people had been taken to hospital."),
        counted(300, "hospital cases", "The company has spoken of roughly three hundred hospital cases.",
                "three hundred"))
    assert agreement.subjects_compatible(counted(2, "workers", "The blast killed two workers.", "two"),
                                         counted(2, "people", "Two people died at the plant.", "Two"))
    # (workers with nothing said to befall them are no count of people in hospital)
    assert not agreement.subjects_compatible(counted(2, "workers", "The plant has two workers on each shift.", "two"),
                                             counted(2, "hospital cases", "There were two hospital cases.", "two"))


def test_a_short_form_of_a_place_agrees_and_a_day_of_the_month_is_no_count() -> None:
    wire = statement("Chlorine escaped from a tank at the Halcyra Chemicals plant in Vessany late on Sunday")
    later = statement("Chlorine escaped from a tank at the Halcyra plant on the night of March 2")
    assert agreement.counts_in("on the night of March 2") == ()
    assert agreement.numbers_agree(wire, later) and agreement.places_agree(wire, later)
    assert same_claim(wire, later, 0.8, LIMITS)
    assert not agreement.places_agree(statement("troops are in Kursk"), statement("troops are in Belgorod"))


def test_a_name_in_capitals_is_the_one_body_whose_initials_it_spells() -> None:
    # (each part of a hyphenated word gives its initial: Dravenian Radio-Television is DRT)
    resolver = EntityResolver([NameRecord("Dravenian Radio-Television", "ORG", (), 3), NameRecord("DRT", "ORG", (), 2),
                               NameRecord("Meridane Press Agency", "ORG", (), 2), NameRecord("NATO", "ORG", (), 1)])
    assert resolver.canonical("DRT") == "Dravenian Radio-Television"
    assert resolver.canonical("NATO") == "NATO"


def test_a_country_written_by_its_initials_is_that_country_where_the_texts_name_it() -> None:
    records = [NameRecord("North Korea", "GPE", (), 4), NameRecord("DPRK", "ORG", (), 1)]
    assert EntityResolver(records).canonical("DPRK") == "North Korea"
    # (a guard: not where no text names the country)
    assert EntityResolver([NameRecord("UK", "GPE", (), 1)]).canonical("UK") == "UK"


def test_a_described_body_with_a_modifier_is_the_one_body_built_on_both_words() -> None:
    resolver = EntityResolver([NameRecord("Vessany Fire Brigade", "ORG", (), 2),
                               NameRecord("Vessany Youth Brigade", "ORG", (), 1),
                               NameRecord("the town's fire brigade", "ORG", (), 3)])
    assert resolver.canonical("the town's fire brigade") == "Vessany Fire Brigade"


def test_a_post_of_a_named_body_given_after_the_name_is_a_title() -> None:
    resolver = EntityResolver([NameRecord("Matthias Ruel", "PERSON", ("Ruel",), 3), NameRecord("Corsa Lines", "ORG", (), 4)])
    resolver.learn_titles([('"The ferry was not overloaded," said Matthias Ruel, the chief executive of Corsa Lines, '
                            "on Monday.", "Matthias Ruel")])
    assert resolver.canonical("the chief executive of Corsa Lines") == "Matthias Ruel"
    assert resolver.canonical("Corsa Lines chief executive") == "Matthias Ruel"
    # (a guard: a post of nothing named is no title)
    assert resolver.canonical("the mother of three") == "the mother of three"


def test_the_north_is_the_one_country_the_texts_name_with_that_word() -> None:
    records = [NameRecord("North Korea", "GPE", (), 4), NameRecord("South Korea", "GPE", (), 3)]
    resolver = EntityResolver(records)
    assert resolver.canonical("the North") == "North Korea"
    assert resolver.canonical("the South") == "South Korea"
    # (a guard: with two countries that open with the word, neither)
    two = EntityResolver([*records, NameRecord("North Macedonia", "GPE", (), 1)])
    assert two.canonical("the North") == "North"


def test_a_region_named_with_its_country_is_the_region() -> None:
    resolver = EntityResolver([NameRecord("Russia", "GPE", (), 5)])
    assert resolver.canonical("Russia's Kursk region") == resolver.canonical("Kursk region") == "Kursk region"


def test_a_place_named_alone_is_the_region_the_texts_name_with_it() -> None:
    resolver = EntityResolver([NameRecord("Russia", "GPE", (), 5)])
    resolver.learn_regions(["Troops were seen in the Kursk region on Monday.", "The region was quiet."])
    assert resolver.canonical("Kursk") == "Kursk region"
    # (a guard: a place the texts never give a region is itself)
    assert resolver.canonical("Belgorod") == "Belgorod"


def test_a_bare_the_noun_stands_for_the_one_party_the_texts_describe_with_that_noun() -> None:
    resolver = EntityResolver([NameRecord("Corsa Lines", "ORG", (), 4), NameRecord("Petra Anzelm", "PERSON", (), 3),
                               NameRecord("Brisca", "LOC", (), 5), NameRecord("Halden", "GPE", (), 2)])
    resolver.learn_appositions(["The ferry's operator, Corsa Lines, said the crew had followed the rules."])
    resolver.learn_titles([("Interior Minister Petra Anzelm said the search would go on.", "Petra Anzelm")])
    resolver.learn_place_kinds(["Most of the dead came from the island of Brisca, 40 kilometres off the coast."])
    assert resolver.canonical("the operator") == "Corsa Lines"
    assert resolver.canonical("the minister") == "Petra Anzelm"
    assert resolver.canonical("the island") == "Brisca"
    # (two places of one kind: "the town" stands for neither)
    resolver.learn_place_kinds(["The town of Halden and the town of Brisca mourned."])
    assert resolver.canonical("the town") == "the town"
