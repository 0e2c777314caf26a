"""Verbs that tell how words were said (grumble, joke, shout), and clauses that are not what a cue reports: a
clause before a colon, a negated or modal verb after a clause, an object followed by a clause of time or reason.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import S, run, statements


def test_manner_of_speaking_verbs_report_what_follows_them() -> None:
    ex = run("In one recording, the quartermaster grumbled that the charges had arrived without detonators.\n\n"
             "One soldier grumbles that the rations are always late.\n\n"
             "\"We sleep in the lorries,\" one driver joked.\n\n"
             "The clerk whispered that the ledgers had been moved overnight.")
    found = statements(ex)
    assert S("indirect", "quartermaster", "the charges had arrived without detonators", "grumbled") in found
    assert S("indirect", "One soldier", "the rations are always late", "grumbles") in found
    assert S("direct", "one driver", "We sleep in the lorries,", "joked") in found
    assert S("indirect", "clerk", "the ledgers had been moved overnight", "whispered") in found


def test_a_clause_before_a_colon_is_not_what_the_verb_after_it_reports() -> None:
    # "the partnership is going badly" is the writer's summary, parsed as the complement of "moan"
    ex = run("From what leaks out, the partnership is going badly: the dockers moan about their foremen, the cranes "
             "and the night shifts, and half the time the two crews cannot understand each other.")
    found = statements(ex)
    assert not any("going badly" in s.content for s in found)
    assert not any(s.speaker == "two crews" for s in found)  # "cannot understand each other" reports nothing


def test_a_negated_or_modal_verb_closes_no_report_of_the_clause_before_it() -> None:
    ex = run("The worst part of all is that the mayor doesn't even believe it himself.\n\n"
             "Voters learned again on Sunday that no matter the setting, the governor will insist on being himself.")
    assert not any(s.content.startswith(("The worst part", "Voters learned")) for s in statements(ex))


def test_an_object_followed_by_a_clause_of_time_or_reason() -> None:
    ex = run("The poll indicates a tightening race as Varga consolidates the support of his party.\n\n"
             "She grew more upset, shouting insults as she hurried towards the barrier.\n\n"
             "The law requires landlords to tell the council when a flat stands empty for a year.")
    found = statements(ex)
    assert S("indirect", "poll", "a tightening race", "indicates") in found
    assert not any("insults" in s.content or s.content == "the council" for s in found)
    # but an object that opens a reported clause with "how" is still the content
    ex = run("The candidate and his aides haven't said much about how he is preparing for the debate.")
    assert [s.content for s in statements(ex)] == ["much about how he is preparing for the debate"]
