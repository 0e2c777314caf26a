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
