"""Statement rules that keep topic-sharing sentences apart: counts, clause negation, questions, founders."""

from __future__ import annotations

from heuer.ledger import agreement
from heuer.ledger.assertions import find_assertions
from heuer.ledger.items import LedgerItem
from heuer.ledger.matching import Thresholds, agrees_with_founder, conflict_between, same_claim

LIMITS = Thresholds(same_claim=0.7, related=0.45, founder=0.65)


def worded(content: str, kind: str = "statement", cue: str | None = "said", speaker: str | None = "X") -> LedgerItem:
    return LedgerItem(kind, 1, "d", 0, content, content, speaker, cue, (), (), None, None, None)  # type: ignore[arg-type]


ARRIVED = worded("thousands of foreign troops have arrived in the country")


def test_a_count_in_words_holds_a_number_of_the_same_thing() -> None:
    assert same_claim(ARRIVED, worded("approximately 8,000 foreign troops had arrived at training grounds"), 0.8, LIMITS)
    assert not same_claim(ARRIVED, worded("the estimate was raised to about 11,000 foreign troops"), 0.8, LIMITS)
    assert not same_claim(worded("tens of thousands of people fled"), worded("thousands of people fled"), 0.9, LIMITS)


def test_a_different_counted_thing_is_a_different_claim() -> None:
    pay = worded("the host pays around 2,000 dollars a month for each foreign soldier")
    shipped = worded("navy ships carried 1,200 foreign special forces to the port between March 3 and March 8")
    ages = worded("the foreign soldiers were mostly aged between 19 and 26 and had been issued uniforms")
    for other in (pay, shipped, ages):
        assert not same_claim(ARRIVED, other, 0.8, LIMITS), other.text
    assert same_claim(worded("1,500 special forces were carried to the port"),
                      worded("the navy ferried 1,500 commandos to the port"), 0.8, LIMITS)
    assert same_claim(worded("12,000 troops went"), worded("12,000 soldiers went"), 0.9, LIMITS)
    assert not same_claim(worded("12,000 troops went"), worded("12,000 dollars went"), 0.9, LIMITS)


def test_a_bare_number_or_a_comma_number_is_no_year() -> None:
    counts = agreement.counts_in("In 2030 the state kept 2,000 dollars of every 3,000 of them")
    assert [(c.low, c.counted) for c in counts] == [(2000.0, ("dollar",)), (3000.0, ())]


def test_a_negation_opening_a_later_clause_negates_the_statement() -> None:
    denial = worded("We have answered this lie three times, and we will answer it again: there are no troops here")
    assert agreement.is_negative(denial)
    assert not same_claim(worded("troops are here"), denial, 0.85, LIMITS)
    assert conflict_between(worded("troops are here"), denial, 0.85, LIMITS).kind == "negation"
    assert not agreement.is_negative(worded("the troops arrived on Monday, officials said, and more will follow"))


def test_a_reported_denial_or_a_nobody_source_is_negative() -> None:
    assert agreement.is_negative(worded("Varnia denies deployment as details of deal emerge", "assertion", None, None))
    assert agreement.is_negative(worded("Varnia has sent its soldiers out of conviction", speaker="no one in the capital"))
    assert not agreement.is_negative(worded("Officials say troops have arrived", "assertion", None, None))


def test_a_question_asserts_nothing() -> None:
    question = worded("Why would the state send troops to its neighbour?", "assertion", None, None)
    assert not same_claim(worded("the state has sent troops to its neighbour"), question, 0.9, LIMITS)
    found = find_assertions("Body text without enough words.", "Why send troops? Analysts weigh five theories", [])
    assert [a.sentence for a in found if a.headline] == ["Analysts weigh five theories"]
    found = find_assertions("Short.", "Why would anyone send troops abroad now?", [])
    assert not [a for a in found if a.headline]


def test_a_new_member_must_share_a_count_with_the_founder() -> None:
    assert agrees_with_founder(worded("8,000 troops arrived"), ARRIVED)
    assert not agrees_with_founder(worded("the estimate rose to 11,000 troops"), ARRIVED)
    assert agrees_with_founder(worded("the state has begun sending soldiers"), ARRIVED)
