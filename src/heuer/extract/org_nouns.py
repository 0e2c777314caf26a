"""Which organisation a bare organisation noun stands for ("the campaign said", "the newspaper wrote").

An analyst reading "The campaign said ..." wants the campaign named earlier ("the Clinton
campaign"), and "the newspaper wrote" should point at a newspaper, not at whichever
organisation happened to be mentioned last. When no fitting antecedent exists the noun
stays as written, which is better than a confident wrong name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# nouns for news organisations, and words that mark an organisation's name as an outlet's
OUTLET_NOUNS = frozenset({"newspaper", "outlet", "broadcaster", "network", "channel", "station",
                          "magazine", "tabloid", "daily", "website", "publication", "broadsheet", "radio",
                          "television", "tv", "weekly"})
# ... and "the paper", which names an outlet only where no study or report does ("The paper, published in ...")
NEWSPAPER_NOUNS = OUTLET_NOUNS | {"paper"}
OUTLET_NAME_WORDS = frozenset(
    """
    news times post journal tribune herald gazette press radio tv television magazine daily telegraph
    guardian observer chronicle wire reuters cnn bbc msnbc fox abc nbc cbs npr pbs politico bloomberg
    examiner standard economist atlantic weekly courier star sun mail express independent inquirer
    dispatch globe bulletin review register reporter monitor broadcasting enquirer recorder messenger
    advertiser beacon argus sentinel mercury clarion courant echo mirror advocate gleaner despatch intelligencer
    statesman bugle
    """.split()
)
# nouns generic enough that the organisation last named is their usual referent ("the company said")
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "operator", "manufacturer", "insurer", "carrier", "retailer",
                               "airline", "startup", "lender", "bank", "utility", "railway", "railroad",
                               "broker", "distributor", "chain", "supermarket", "grocer", "brokerage"})
_LOOKBACK = 400  # tokens


def named_modifier(tok: Token) -> bool:
    """'the Sanders campaign', 'Trump's administration', 'the Mossbury roads office' (the name on the noun before
    it): the noun carries a name of its own."""
    return any(c.dep_ in ("compound", "poss", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in
               ("PERSON", "ORG", "NORP", "GPE") or c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i
               and named_modifier(c)) for c in tok.children)


def describing_words(tok: Token) -> set[str]:
    """The words that describe a body noun ("the regional audit office" -> {"regional", "audit"})."""
    return {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")}


def same_head_antecedent(tok: Token, floor: int = 0) -> str | None:
    """'the Clinton campaign ... The campaign said': the earlier phrase with the same head noun and a name."""
    doc: Doc = tok.doc
    lemma = tok.lemma_.lower()
    # "the regional labour office" is not "the Lisdoran office": its own describing words must be the earlier's
    own = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")}
    for cand in reversed(doc[max(0, floor, tok.i - _LOOKBACK) : tok.i]):
        if cand.lemma_.lower() != lemma or cand.pos_ != "NOUN" or cand.tag_ != "NN":
            continue
        if own - {c.lemma_.lower() for c in cand.subtree}:
            continue
        mods = [c for c in cand.children if c.dep_ in ("compound", "poss", "nmod") and c.i < cand.i
                and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))]
        if mods:
            start = min(t.i for m in mods for t in m.subtree)
            words = [t for t in doc[start : cand.i + 1] if t.dep_ != "det" and not t.is_punct]
            return " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")
    return None


def is_outlet_name(name: str) -> bool:
    return bool({w.lower().strip(".") for w in name.split()} & OUTLET_NAME_WORDS)


# what a newsroom works out for itself ("a Quillpoint calculation based on the bank's annual report")
OWN_WORK_NOUNS = frozenset({"calculation", "analysis", "count", "tally", "estimate", "review", "investigation",
                            "reckoning", "examination"})


def own_work_name(outlet: str, noun: str) -> str:
    """The name of an outlet's own piece of work: "Quillpoint's own calculation"."""
    return f"{outlet.removeprefix('The ').removeprefix('the ')}'s own {noun}"


def is_own_outlet(name: str, outlet: str | None) -> bool:
    """Is ``name`` the news outlet that published the document ("the Post" in The Calder Post)? A body that
    publishes its own release (a university, a company) still speaks in it; but "a Quillpoint calculation" in
    Quillpoint's own article (see :func:`own_work_name`) is the outlet's reckoning, whatever its name."""
    if outlet and name.lower() == own_work_name(outlet.lower(), name.rsplit(" ", 1)[-1].lower()).lower():
        return True
    if not outlet or not is_outlet_name(outlet):
        return False
    own = outlet.lower().removeprefix("the ").strip()
    low = name.lower().removeprefix("the ").strip()
    for mark in ("'s ", "’s "):
        if mark in low:  # "Standard's calculation": the paper's own reckoning
            return is_own_outlet(name[: name.lower().index(mark)], outlet)
    return low == own or (is_outlet_name(name) and len(low.split()) == 1 and low in own.split())
