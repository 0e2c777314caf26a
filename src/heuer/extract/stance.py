"""Denials and confirmations: a party taking a stand on a proposition.

"The Kremlin dismissed earlier reports of North Korean soldiers in Russia as fake news",
"Moscow rejected the claims as provocation", "the ministry refuted reports that the plant
had been damaged": the statement an analyst wants is the proposition stood on ("earlier
reports of North Korean soldiers in Russia") with the stance verb as its cue, so that a
claims ledger can tell a denial of a claim from an echo of it. The characterisation
("as fake news") is the speaker's verdict, carried by the cue, not part of the proposition.
"""

from __future__ import annotations

from spacy.tokens import Token

DENIAL_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebuff", "dispute", "debunk", "disavow",
                          "contest", "rubbish"})
CONFIRMATION_VERBS = frozenset({"confirm", "verify", "corroborate"})
STANCE_VERBS = DENIAL_VERBS | CONFIRMATION_VERBS

# verbs that are a stance on a proposition only when their object is one
# ("dismissed the reports", not "dismissed the minister"; "contested the claim", not "the election")
_CLAIM_OBJECT_ONLY = frozenset({"dismiss", "rebuff", "debunk", "disavow", "contest", "rubbish", "refute"})

# nouns that stand for a proposition someone put forward
CLAIM_NOUNS = frozenset(
    """
    report claim allegation accusation suggestion rumour rumor speculation story account assertion
    notion idea finding news talk
    """.split()
)

# a denial of a named claim may be as short as "denied the reports"
MIN_STANCE_TOKENS = 2


def is_stance_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_ in STANCE_VERBS


def _is_claim_word(tok: Token) -> bool:
    # "reports" is sometimes tagged as a verb where the parser lost the object
    return tok.lemma_.lower() in CLAIM_NOUNS or tok.lower_.removesuffix("s") in CLAIM_NOUNS


def _claim_object(tok: Token) -> Token | None:
    """The claim a stance verb governs: its object ('denied the reports'), its passive subject
    ('the reports were dismissed by the Kremlin'), or an object moved after the verdict
    ('dismissed as fake news reports that ...')."""
    for child in tok.children:
        if child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in tok.children)):
            return child if _is_claim_word(child) else None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if len(objs) >= 2 and _is_claim_word(objs[-1]):
                return objs[-1]
    return None


def takes_stance(tok: Token) -> bool:
    """Whether ``tok`` is a stance verb used on a proposition: a claim noun as its object,
    or (for the verbs of speech among them) a clause."""
    if not is_stance_verb(tok):
        return False
    if _claim_object(tok) is not None:
        return True
    if tok.lemma_ in _CLAIM_OBJECT_ONLY:
        return False
    return True


def stance_content(tok: Token) -> list[Token] | None:
    """The proposition a stance verb takes a stand on: its claim-noun object without the
    characterisation ('earlier reports of X' of 'dismissed earlier reports of X as fake news')."""
    obj = _claim_object(tok)
    if obj is None:
        return None
    verdict: set[int] = set()
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            verdict.update(t.i for t in child.subtree)
    tokens = [t for t in obj.subtree if t.i not in verdict]
    return tokens if len(tokens) >= MIN_STANCE_TOKENS else None


def is_claim_stance(cue: list[Token], content: tuple[int, int]) -> bool:
    """A stance frame whose content is the claim-noun object of its verb (it may be short)."""
    verb = cue[0]
    obj = _claim_object(verb) if is_stance_verb(verb) else None
    return obj is not None and content[0] <= obj.i < content[1]
