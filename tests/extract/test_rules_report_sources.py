"""Who stands behind a figure or a statement when the text names a document, a body's staff, a role or a
pronoun instead of the body or person itself; second-hand chains ("X said, citing Y, that ...",
"according to X, which cited Y"); figures whose attribution comes from a frame elsewhere in the sentence.

One original snippet per rule; figures are (value, range, unit, source, via, hedges).
"""

from __future__ import annotations

from rules_support import ANY, S, article_labels, entity, figures, run, statements


def _sources(text: str) -> list[tuple[object, object]]:
    return [(f[0], f[3]) for f in figures(run(text))]


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in statements(run(text))]


# -- documents and staff stand for the body that issued them ---------------------------------------------------
def test_report_published_by_a_body_is_that_bodys() -> None:
    text = ("Fewer than half of the bridges checked were safe, according to a review released on Monday by the "
            "Ferrand Roads Authority.\n\nThe 80-page review found that 14 bridges needed urgent repairs.")
    assert (14, "Ferrand Roads Authority") in _sources(text)
    assert _speakers(text)[-1] == "Ferrand Roads Authority"


def test_staff_named_after_the_body_speak_for_it() -> None:
    text = ("The Halden Audit Office examined the accounts of 40 councils.\n\n"
            "According to the auditors, nine councils had overspent by more than 2 million dollars.")
    assert (9, "Halden Audit Office") in _sources(text)


def test_document_subject_of_its_own_clause() -> None:
    text = ("Most schools lacked heating plans, according to a study published by the Orlen Education Trust.\n\n"
            "The study makes 12 recommendations.")
    assert (12, "Orlen Education Trust") in _sources(text)


def test_body_that_also_speaks_in_the_sentence_owns_its_counts() -> None:
    text = ("The Tamsin Weather Service has recorded 45 lightning strikes since dawn and warned that more storms "
            "were likely.")
    assert (45, "Tamsin Weather Service") in _sources(text)


# -- frames elsewhere in the sentence -------------------------------------------------------------------------
def test_closing_attribution_the_parser_did_not_attach() -> None:
    text = ("The tremor struck at a depth of about 15 km, with its centre some 30 km south of the port, the Vessel "
            "Geological Survey said.")
    assert _sources(text) == [(15, "Vessel Geological Survey"), (30, "Vessel Geological Survey")]


def test_closing_name_without_a_parsed_subject() -> None:
    text = ("Crews were called at dawn to a blaze at a depot run by the haulage firm Parrick Freight, Dunmore Fire "
            "and Rescue Service says.")
    assert _speakers(text) == ["Dunmore Fire and Rescue Service"]


def test_parenthetical_cue_covers_both_sides() -> None:
    text = ("Mayor Dana Ruskin-Vale spoke on Friday.\n\n"
            "A rise of more than 4 percent, she said, would “hurt every family in the town”.")
    assert (4, "Dana Ruskin-Vale") in _sources(text)


def test_that_clause_hung_on_the_statement_noun() -> None:
    text = "Harlow Dairies said in a statement that all 62 workers had been paid."
    ex = run(text)
    assert statements(ex) == [S("indirect", "Harlow Dairies", "all 62 workers had been paid", ANY)]
    assert figures(ex)[0][3] == "Harlow Dairies"


# -- second-hand chains ---------------------------------------------------------------------------------------
def test_said_citing_that() -> None:
    text = ("The state broadcaster RTN said, citing police officers in Brill, that 230 people had been "
            "evacuated.")
    ex = run(text)
    assert statements(ex) == [S("indirect", "RTN", "230 people had been evacuated", ANY)]
    assert figures(ex) == [(230, None, "people", "police officers in Brill", ("RTN",), ())]


def test_according_to_which_cited() -> None:
    text = ("According to the Marden Red Cross, which cited village elders, at least 600 homes were flooded.")
    ex = run(text)
    assert [s.speaker for s in statements(ex)] == ["Marden Red Cross"]
    assert figures(ex) == [(600, None, "homes", "village elders", ("Marden Red Cross",), ("at least",))]


# -- roles, pronouns and names --------------------------------------------------------------------------------
def test_the_judge_and_the_pronoun_after_him() -> None:
    text = ("Judge Ambrose Kettering-Lowe said the case was grave.\n\n"
            "Defence barrister Nadia Orrell-Sykes said her client was sorry.\n\n"
            "The judge said he had read the letters. But a term of less than five years, he said, would be too "
            "short.")
    ex = run(text)
    assert [s.speaker for s in statements(ex)][-2:] == ["Ambrose Kettering-Lowe", "Ambrose Kettering-Lowe"]
    assert (5, "Ambrose Kettering-Lowe") in [(f[0], f[3]) for f in figures(ex)]


def test_who_refers_to_the_person_not_the_thing_before_it() -> None:
    text = ("The court heard from Ilse Marrin-Hood, a surveyor hired by the council, who said she had found 30 "
            "cracked beams.")
    assert _speakers(text) == ["Ilse Marrin-Hood"]


def test_a_role_noun_subject_is_what_he_refers_to() -> None:
    text = ("By Oren Castell-Diaz, Northway Wire\n\n"
            "A nurse at Wendle General Hospital, who asked not to be named, said the wards were full. "
            "\"We have no beds left,\" he said.")
    assert _speakers(text)[-1] == "A nurse at Wendle General Hospital"


def test_the_organisation_noun_and_it_after_it() -> None:
    text = ("Corvel Airways reported a loss on Monday.\n\n"
            "The airline said it would cut 300 jobs. It also said it had sold 12 aircraft.")
    assert _sources(text)[-2:] == [(300, "Corvel Airways"), (12, "Corvel Airways")]


def test_sister_company_is_no_person() -> None:
    text = ("Tessin Airways is exploring a sale of its cargo division, Tessin Freight. Tessin Freight operates nine "
            "freighter aircraft. Fuel cost the group 40 million euros more than planned, the chief executive said.")
    ex = run(text)
    assert (entity(ex, "Tessin Freight") or {}).get("label") == "ORG"
    assert (entity(ex, "Tessin Airways") or {}).get("aliases", []) == []


def test_noun_in_apposition_to_an_organisation() -> None:
    text = ("The town is held by the Tessaly People's Front, a rebel group.\n\n"
            "The group announced a 10-day ceasefire on Sunday.")
    assert _sources(text) == [(10, "Tessaly People's Front")]


def test_a_name_with_a_role_or_a_who_is_a_person() -> None:
    ex = run("Prosecutor Talia Bronwick-Usher told the court the money was gone. Among the witnesses was "
             "Piet Hollander-Baine, whose father had worked at the mill.")
    assert (entity(ex, "Talia Bronwick-Usher") or {}).get("label") == "PERSON"
    assert (entity(ex, "Piet Hollander-Baine") or {}).get("label") == "PERSON"


# -- figures --------------------------------------------------------------------------------------------------
def test_a_number_a_person_is_is_an_age() -> None:
    units = [(f[0], f[2]) for f in figures(run("“My sons are 7 and 11 and they cannot sleep,” she said."))]
    assert units == [(7, "years"), (11, "years")]


def test_deadlines_and_periods_are_durations() -> None:
    found = [(f[0], f[2]) for f in figures(run(
        "The agency said it would visit the sites within six months and spend 5 million dollars over the next "
        "three years. It will report in two weeks."))]
    # "in two weeks" is a stretch of time too, as the development sets annotate it
    assert (6, "months") in found and (3, "years") in found and (2, "weeks") in found



def test_first_name_word_of_an_organisation_is_that_organisation() -> None:
    from spacy.tokens import Span

    from heuer.extract.entities import build_entity_table
    from heuer.extract.nlp import load_nlp

    doc = load_nlp()("Tessin Airways sold Tessin Freight. Shares in Tessin fell, and Tessin Airways said Tessin "
                     "would grow.")
    words = [t.text for t in doc]
    starts = [k for k, w in enumerate(words) if w == "Tessin"]
    ents = []
    for k in starts:
        nxt = words[k + 1]
        if nxt in ("Airways", "Freight"):
            ents.append(Span(doc, k, k + 2, label="ORG"))
        else:
            ents.append(Span(doc, k, k + 1, label="ORG"))
    doc.ents = ents
    table = build_entity_table(doc)
    assert "Tessin" in table.records["Tessin Airways"].aliases
    assert "Tessin" not in table.records


# -- data, results and statistics stand for the body that published them ----------------------------------------
def test_data_and_results_published_by_a_body_are_that_bodys() -> None:
    text = ("The Marrow Electoral Board counted ballots through the night.\n\n"
            "Regional results published by the board showed the biggest swing in the east, where 57.2 percent "
            "backed the plan.\n\nAccording to data from the Marrow Statistics Bureau (MSB), turnout was 64 percent. "
            "MSB figures show that 3,100 ballots were spoiled.")
    assert _speakers(text) == ["Marrow Electoral Board", "Marrow Statistics Bureau", "Marrow Statistics Bureau"]
    assert (57.2, "Marrow Electoral Board") in _sources(text)
    assert (3100, "Marrow Statistics Bureau") in _sources(text)


def test_an_outlet_citing_sources_opens_the_sentence() -> None:
    # the parser leaves the outlet that opens the sentence unattached; the cited sources are not the speaker
    text = "KRT, citing sources in the cabinet, reported that at least 9 of the 22 ministers had threatened to quit."
    assert _speakers(text) == ["KRT"]
    assert (9, "sources in the cabinet") in _sources(text)


def test_a_bodys_role_is_the_person_named_in_the_next_sentence() -> None:
    text = ("The tribunal's president said hearings would resume on Monday. The president, Oskar Vendel-Amari, "
            "added that a ruling would follow within a month.")
    assert _speakers(text) == ["Oskar Vendel-Amari", "Oskar Vendel-Amari"]


def test_a_places_body_is_the_organisation_named_a_few_sentences_later() -> None:
    text = ("Dravenland's rail operator has warned that winter timetables may be cut. Nobody agrees on how badly. "
            "Here is what we know.\n\nHow bad is it?\n\nThe rail operator, Dravrail, said on Monday that 40 "
            "trains a day could go.")
    assert _speakers(text) == ["Dravrail", "Dravrail"]


def test_auditors_report_what_they_found() -> None:
    text = "Last year the county's own auditors found that the contractor had missed 18 percent of its deadlines."
    assert _speakers(text) == ["county's own auditors"]
    assert (18, "county's own auditors") in _sources(text)


def test_the_papers_own_findings_are_its_own_voice() -> None:
    text = ("The Post understands that the deal includes a release clause of 40 million euros. The Post's own "
            "analysis found that spending rose to 3 million euros. The club said the fee was 12 million euros.")
    ex = run(text, outlet="The Harbour Post")
    assert [s.speaker for s in statements(ex)] == ["club"]
    assert [(f[0], f[3]) for f in figures(ex)] == [(40e6, None), (3e6, None), (12e6, "club")]


def test_a_university_speaks_in_its_own_press_release() -> None:
    text = "Wrexholm University said it would publish the data in 2037, after 14 months of checks."
    ex = run(text, outlet="Wrexholm University")
    assert [s.speaker for s in statements(ex)] == ["Wrexholm University"]


def test_a_club_named_after_its_town_is_an_organisation() -> None:
    # the tagger reads "Vellbridge United" in this development article as a place
    table = article_labels("articles_dev3", "football-vellbridge-portcallan.txt")
    assert table.label_of("Vellbridge United") == "ORG"


def test_a_company_the_tagger_took_for_a_person_is_known_by_its_its() -> None:
    text = ("Brannholm Marine, Velstad's third-largest salmon farmer, cut its harvest forecast on Monday.\n\n"
            "The company said in its quarterly report that profit fell 12 percent to 84 million crowns.")
    assert _speakers(text) == ["Brannholm Marine"]
    assert (84e6, "Brannholm Marine") in _sources(text)


def test_a_papers_editorial_and_a_providers_figures_speak_for_them() -> None:
    text = ("The left-leaning Evening Lantern was furious. Its front page showed an empty ward, and its editorial "
            "called the cuts “a wager with other people's lives”.\n\n"
            "According to the league's statistics provider, Scrumdata, the visitors kicked 9 penalties. Its "
            "figures also showed that the hosts made 188 tackles.")
    speakers = _speakers(text)
    assert speakers[0] == "Evening Lantern" and speakers[-1] == "Scrumdata"
    assert (188, "Scrumdata") in _sources(text)


def test_calling_a_strike_and_a_prospect_are_no_speech() -> None:
    text = ("The union told the Lantern it would call a 48-hour strike if the plan went ahead. A nurse in the "
            "poorest districts can expect to earn 9 percent less.")
    assert [(s.speaker, s.content) for s in statements(run(text))] == [
        ("union", "it would call a 48-hour strike if the plan went ahead")]
