"""Small helpers for walking the tokens of one sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token


def tok_low(t: Token | None) -> str:
    """The token's text in lower case; "" for no token."""
    return t.text.lower() if t is not None else ""


def next_tok(t: Token, sent: Span, n: int = 1) -> Token | None:
    """The token n after t, if still in the sentence."""
    i = t.i + n
    return t.doc[i] if sent.start <= i < sent.end else None


def prev_tok(t: Token, sent: Span, n: int = 1) -> Token | None:
    """The token n before t, if still in the sentence."""
    i = t.i - n
    return t.doc[i] if sent.start <= i < sent.end else None


def match_seq(toks: list[Token], seq: tuple[str, ...]) -> bool:
    """Do the tokens spell the lower-case word sequence?"""
    return len(toks) == len(seq) and all(t.text.lower() == w for t, w in zip(toks, seq, strict=True))


def verb_of(tok: Token) -> Token:
    """The verb whose clause holds *tok* (the root of its sentence when no verb is above it)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok
