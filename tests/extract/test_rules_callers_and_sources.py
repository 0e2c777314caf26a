"""Phone-in callers named in their label's bracket, the people a turn's speaker calls "my accountant" or "my
daughter", and further sources read from how a story names them.

Each case is an original snippet.
"""

from __future__ import annotations

from rules_support import (
    figure_sources,
    run,
    speakers,
    speakers_by_content,
    statements,
)

PHONE_IN = (
    "Mayor answers listeners\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
    "The mayor, Wendeline Crowther, took calls on Radio Tamsin on Friday.\n\n"
    "PRESENTER: Let's go to the phones.\n\n"
    "CALLER (ANSELMO PRIDDLE, WESTBRAY): Morning. My landlord put my rent up from 700 to 910 florins a month, and "
    "when I complained he told me, and I'm quoting him, \"there are plenty who will pay it\". What will you do?\n\n"
    "WENDELINE CROWTHER (mayor): I'm sorry to hear that, Anselmo.\n\n"
    "CALLER (HILDEMAR COATSWORTH, EASTLEY): I own two shops on the high street. My accountant says half the "
    "traders he works for are thinking of closing.\n\n"
    "CALLER (ROSALBA FINNEMORE, NETHERBY): My daughter is a nurse. She told me last night, \"Mum, I'll be "
    "renting at 50.\" That's where we are.\n"
)


def test_a_callers_label_names_the_caller_in_its_bracket() -> None:
    ex = run(PHONE_IN)
    by_content = {s.content[:30]: s.speaker for s in statements(ex)}
    assert by_content["Morning. My landlord put my re"] == "Anselmo Priddle"
    assert by_content["I own two shops on the high st"] == "Hildemar Coatsworth"
    assert figure_sources(ex, 700) == ["Anselmo Priddle"]
    assert figure_sources(ex, 910) == ["Anselmo Priddle"]
    # the label's word is kept as the mention
    assert next(s for s in speakers(ex) if s.name == "Anselmo Priddle").mention == "CALLER"


def test_the_people_a_caller_calls_mine_speak_through_the_caller() -> None:
    ex = run(PHONE_IN)
    got = {s.content: (s.speaker, s.via) for s in statements(ex)}
    assert got["there are plenty who will pay it"] == ("Anselmo Priddle's landlord", ("Anselmo Priddle",))
    assert got["half the traders he works for are thinking of closing"] == (
        "Hildemar Coatsworth's accountant", ("Hildemar Coatsworth",))
    assert got["Mum, I'll be renting at 50."] == ("Rosalba Finnemore's daughter", ("Rosalba Finnemore",))
    assert figure_sources(ex, 50) == ["Hildemar Coatsworth's accountant", "Rosalba Finnemore's daughter"]


def test_a_bracket_that_is_no_name_keeps_the_label() -> None:
    ex = run("Mayor answers listeners\n\nBy Odile Sparrowhawk\nRadio Tamsin\nMay 2, 2096\n\n"
             "CALLER (from Westbray): The buses never come on time, and the last one leaves before nine.\n\n"
             "WENDELINE CROWTHER (mayor): We are adding two routes in June, and the last bus will leave at midnight.\n")
    by_content = speakers_by_content(ex)
    assert by_content["The buses never come on time, and the last one leaves before nine."] == "Caller"
