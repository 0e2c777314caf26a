"""Attribution frames: who (speaker) says what (content) through which cue, via whom.

A frame is found from the dependency parse of one sentence:
- a speech or belief verb with its subject and its clausal complement
  ("Intelligence services in Kyiv say they have intercepted ...");
- "according to X", with the rest of the clause as content;
- "Y quoted / pointed to / cited X as saying ..." (X speaks, Y is the via);
- "X was quoted by Y as saying ..." and "... was reported as ... by X";
- "Y, citing X, reported ..." and "Y reported, quoting X" (X is the origin).
Frames inside the content of another frame inherit its speaker as a via.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from heuer.extract.ages import age_phrase, age_speaker_before
from heuer.extract.lexicon import (
    BELIEF_VERBS,
    CONCESSIVE_MARKS,
    CUES_AFTER_A_DAY,
    DATA_NOUNS,
    EVIDENCE_NOUNS,
    ORG_NOUNS,
    ORIGIN_MARKERS,
    PERSON_ROLE_NOUNS,
    PREP_CONTENT_VERBS,
    PROXY_NOUNS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    STUDY_AUTHORS,
    is_report_noun,
)
from heuer.extract.nlp import doc_text
from heuer.extract.numbers import ORDINAL_WORDS
from heuer.extract.org_nouns import OUTLET_NOUNS
from heuer.extract.quotes import inside_quotes
from heuer.extract.stance import CLAIM_NOUNS, is_stance_verb, stance_content, takes_stance

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "prep", "acl"}
_CONTENT_DEPS = ("ccomp", "xcomp")
_EXPLETIVES = {"it", "there", "this"}


@dataclass
class Frame:
    """One attribution found in a sentence (token indices are document-wide)."""

    cue: list[Token]
    speaker: Token | None
    content: tuple[int, int]  # token range [start, end) in the document
    sentence: Span
    via: list[Token] = field(default_factory=list)  # intermediaries, nearest to the document first
    origin: Token | None = None  # "citing X": the source the speaker relied on
    belief: bool = False
    inherited_via: list[Token] = field(default_factory=list)  # speakers of enclosing frames
    extent: tuple[int, int] | None = None  # the whole complement clause, before trimming to one run
    figures_only: bool = False  # "put the toll at 19": it sources figures but is no statement

    @property
    def cue_text(self) -> str:
        return " ".join(t.text for t in sorted(self.cue, key=lambda t: t.i))

    def contains(self, i: int) -> bool:
        return self.content[0] <= i < self.content[1]

    def covers(self, i: int) -> bool:
        """In the reported clause, counting parts trimmed from the content ("..., reaching 7,000km")."""
        lo, hi = self.extent or self.content
        return self.contains(i) or (lo <= i < hi and not (self.cue[0].i <= i <= self.cue[-1].i))


def _plausible_speaker(tok: Token) -> bool:
    """Punctuation, numbers and dateline words ("LAUSANNE, 4 November —") are not speakers;
    poll shares are ("Six in 10 say", "three-quarters said")."""
    if (tok.like_num or tok.pos_ == "NUM") and (
        any(c.dep_ == "prep" and (c.lower_ in ("in", "of") or c.lower_ == "out" and any(
            g.lower_ == "of" for g in c.children)) for c in tok.children)
        or tok.lower_ in ("half", "three-quarters", "two-thirds", "one-third", "third", "quarter", "majority")
    ):
        return True
    if tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return True  # a name ending in a number word: "Kavrenia One is reporting that ..."
    if tok.tag_ == "VBG" and tok.is_title and tok.dep_ in ("nsubj", "nsubjpass") and any(
            t.text == tok.text and t.i != tok.i and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") for t in tok.doc):
        return True  # "Ebeling reminisced ... and said ...": a surname the tagger read as a gerund, a name elsewhere
    if tok.is_punct or tok.like_num or tok.pos_ in ("NUM", "SYM", "X", "PUNCT", "SPACE", "DET", "ADP", "CCONJ",
                                                     "SCONJ", "PART", "AUX", "VERB"):
        return False
    if not any(c.isalpha() for c in tok.text):
        return False
    if tok.ent_type_ in ("DATE", "TIME") and age_phrase(tok) is None and not _periodical(tok):
        return False  # "Saturday would have been ...": a day is no speaker, "the 47-year-old" is
    if tok.is_upper and len(tok.text) >= 3 and tok.i == tok.sent.start and tok.pos_ == "PROPN":
        # a dateline ("LAUSANNE, 4 November —") is no speaker; "CNN quoted ..." and "KRT, citing X, said" are
        return not _dateline(tok)
    return True


def _periodical(tok: Token) -> bool:
    """'the weekly said', 'the daily reported': a paper named by how often it comes out, which the tagger
    reads as a word of time."""
    return tok.lower_ in ("daily", "weekly", "monthly", "fortnightly") and (
        tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass")) and any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)


def _dateline(tok: Token) -> bool:
    """'LAUSANNE, 4 November —', 'ESTRAN —', 'KYIV, Ukraine (Reuters) —': a place in capitals opening the story."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is None or nxt.text in ("—", "–", "-", "("):
        return True
    if nxt.pos_ in ("VERB", "AUX"):
        return False
    if nxt.pos_ == "ADV" and nxt.head.pos_ == "VERB" and nxt.head.i > nxt.i and tok.head.i == nxt.head.i and \
            nxt.head.lemma_ in _SAYING_VERBS | {"quote", "cite"}:
        return False  # "HVT also quoted ...": the subject of a verb of saying, an adverb between
    if nxt.text != ",":
        return True
    after = doc[tok.i + 2] if tok.i + 2 < tok.sent.end else None
    return after is None or after.pos_ in ("PROPN", "NUM") or after.ent_type_ in ("DATE", "TIME", "GPE") \
        or after.like_num


# words that open a clause hung on another ("..., he said, after a cooling pump began to vibrate")
_SUBORDINATORS = frozenset({"after", "before", "when", "because", "since", "until", "while", "although", "though",
                            "as", "once", "unless", "if", "whereas"})


def _main_clause_before_aside(tok: Token, speaker: Token, rest: list[Token],
                              content: tuple[int, int]) -> tuple[int, int]:
    """'The record run ended when operators shut it down, he said, after a cooling pump began to vibrate': with a
    clause after the aside that only says when or why, the reported clause is the one before the aside (the parser
    hung the whole sentence on the later clause's verb)."""
    doc = tok.doc
    opener = doc[content[0]]
    if content[0] <= tok.i or opener.dep_ != "mark" or opener.lower_ not in _SUBORDINATORS:
        return content
    left = sorted(t.i for t in rest if t.i < min(speaker.left_edge.i, tok.i))
    if not left or not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                           for t in (doc[i] for i in left)):
        return content
    end = left[-1] + 1
    while end > left[0] and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (left[0], end)


# words that open a question left open ("declined to say whether ...")
_OPEN_QUESTION_WORDS = frozenset({"whether", "if", "what", "which", "who", "whom", "how", "why", "when", "where"})


def _withheld(tok: Token) -> bool:
    """'He declined to say whether fuel duty would be cut', 'would not say how many had died': a speech verb that
    was refused or negated, over an open question, reports no words."""
    if tok.lemma_ not in ("say", "disclose", "reveal", "specify", "confirm", "comment", "know", "explain"):
        return False
    refused = tok.dep_ == "xcomp" and tok.head.lemma_ in ("decline", "refuse") or any(
        c.dep_ == "neg" for c in tok.children)
    question = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > tok.i), None)
    return refused and question is not None and question.left_edge.lower_ in _OPEN_QUESTION_WORDS


def _after_transcript_label(subj: Token) -> Token | None:
    """'QUESTION (Aurora X, Sorvan Ticker): Governor, the finance minister, Ruslan Y, said ...': the parser read
    the turn's label as the subject. The speaker is the last name or noun set in apposition after the colon (the
    first is the one addressed)."""
    doc = subj.doc
    if not (subj.text.isupper() and len(subj.text) >= 3 and subj.is_alpha):
        return None
    colon = next((t for t in doc[subj.i : subj.head.i] if t.is_punct and ":" in t.text), None)  # ("):")
    if colon is None:
        return None
    named = [t for t in doc[colon.i + 1 : subj.head.i] if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")]
    return named[-1] if named else None


def _named_after_opening_participle(subj: Token) -> Token | None:
    """'Opening the session, Xanthe X, head of the agency, told the council that ...': the parser made the opening
    participle the cue's subject and the speaker its object; the speaker is the phrase set off by commas between
    the participle's own words and the cue."""
    doc = subj.doc
    if subj.dep_ not in ("csubj", "nsubj") or subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return None
    cue = subj.head
    for obj in subj.children:
        if obj.i < subj.i or obj.pos_ not in ("PROPN", "NOUN") or doc[obj.left_edge.i - 1].text != ",":
            continue
        end = obj.right_edge.i + 1
        if end == cue.i or end + 1 == cue.i and doc[end].text == ",":
            return obj if _plausible_speaker(obj) else None
    # "Opening the case for B, his lawyer, Catrin X, told the court ...": the speaker was hung in apposition on the
    # participle's own object; it is the appositive that runs from a comma up to the cue
    for app in subj.subtree:
        if app.dep_ != "appos" or app.pos_ not in ("PROPN", "NOUN") or doc[app.left_edge.i - 1].text != ",":
            continue
        end = app.right_edge.i + 1
        if end == cue.i or end + 1 == cue.i and doc[end].text == ",":
            return app if _plausible_speaker(app) else None
    # "Replying for the opposition, shadow finance minister Auberon X called ...": a name (with its title) that
    # runs from a comma up to the cue, wherever the parser hung it
    last = doc[cue.i - 1]
    if last.pos_ != "PROPN" or last.ent_type_ != "PERSON":
        return None
    k = last.i
    while k > subj.i and (doc[k - 1].pos_ in ("PROPN", "NOUN") or doc[k - 1].text == "-") and last.i - k < 6:
        k -= 1
    return last if doc[k - 1].text == "," and k - 1 > subj.i else None


def _repaired(subj: Token) -> Token | None:
    """A plausible speaker token, the acronym a mis-tagged 'the' stands before ('the DID went'), or the one a
    'whose' clause describes ('X, whose 29-year-old son is a geologist, told ...', parsed with the son speaking)."""
    doc = subj.doc
    whose = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    # (but not when the cue is the 'whose' clause's own verb: "..., Sorrelwick, whose trainer, Josefa X, told PZV
    # that ...": the trainer speaks)
    own_clause = subj.head.dep_ == "relcl" and whose is not None and subj.head.head.i == whose.i - 2
    if whose is not None and whose.i >= 2 and doc[whose.i - 1].text == "," and doc[whose.i - 2].pos_ in (
            "PROPN", "NOUN") and _plausible_speaker(doc[whose.i - 2]) and not own_clause:
        return doc[whose.i - 2]
    # "the journal Plasma Frontiers, whose editor, Melpomeni X, said ...": the 'whose' clause read as an apposition
    # of the body, with the body speaking; the one it names speaks
    owned = next((a for a in subj.children if a.dep_ == "appos" and a.i > subj.i and a.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in a.children)), None)
    end = owned.right_edge.i + 1 if owned is not None else -1
    if owned is not None and (end == subj.head.i or end + 1 == subj.head.i and doc[end].text == ","):
        named = next((c for c in owned.children if c.dep_ in ("appos", "npadvmod") and c.i > owned.i
                      and c.pos_ == "PROPN"), None)
        if named is not None:  # (not "Lucretia X, whose son, 19, packed rockets, said": she speaks)
            return named
    # "Under questioning from the committee's chair, Eithne T, Hesselbrandt-Ekpo acknowledged ...": the name in
    # apposition to the role in the opening phrase was read as the subject, and the speaker as its apposition
    named = next((a for a in subj.children if a.dep_ == "appos" and a.i > subj.i and a.pos_ == "PROPN"), None)
    before = subj.left_edge.i
    if named is not None and named.right_edge.i + 1 == subj.head.i and before >= 2 and doc[before - 1].text == "," \
            and doc[before - 2].pos_ == "NOUN" and doc[before - 2].dep_ == "pobj" and doc[named.left_edge.i - 1].text == ",":
        return named
    # "HOST: Gunnhild, the Brevanian government says ...": a name addressed at the start, read as the subject with
    # the body that speaks as its apposition (no person is a government)
    # ("Brinescope, a maritime data company, estimates": a description, closed by its own comma)
    body = next((a for a in subj.children if a.dep_ == "appos" and a.left_edge.i == subj.i + 2 and a.pos_ == "NOUN"
                 and a.lemma_.lower() in ORG_NOUNS and doc[subj.i + 1].text == "," and a.left_edge.lower_ == "the"
                 and a.right_edge.i + 1 == subj.head.i), None)
    if body is not None and subj.pos_ == "PROPN" and subj.left_edge.i == subj.i and (
            subj.i == subj.sent.start or doc[subj.i - 1].text in (":", "—", "-")):
        return body
    opened = _named_after_opening_participle(subj)
    if opened is not None:
        return opened
    label = _after_transcript_label(subj)
    if label is not None:
        return label
    if subj.lower_ == "one" and subj.pos_ == "NUM":
        described = next((a for a in subj.children if a.dep_ == "appos" and a.pos_ == "NOUN"), None)
        if described is not None:
            return described  # "One, a member of parliament who ..., said": the one described
    teller = _teller_after_a_part(subj)
    if teller is not None:
        return teller
    if _plausible_speaker(subj):
        return subj
    named = next((a for a in subj.children if a.dep_ == "appos" and a.i > subj.i and a.pos_ == "PROPN"
                  and doc[a.left_edge.i - 1].text == ","), None)
    if named is not None and subj.tag_ == "NN" and _plausible_speaker(named):
        return named  # "his second, Hroald X, had lodged ...": a role the tagger took for an ordinal, and its name
    if subj.lower_ == "the" and subj.i + 1 < len(doc) and doc[subj.i + 1].is_upper and len(doc[subj.i + 1]) >= 2:
        return doc[subj.i + 1]
    return None


def _teller_after_a_part(subj: Token) -> Token | None:
    """'Five are in intensive care, two of them in a critical condition, an emergency consultant, X, told
    reporters': the parser made the part ('two of them ...') the subject and the speaker its apposition. Also
    '..., four of them children, its medical director, X, said', with the part's noun as the subject and the
    speaker joined to it as a second item of a list."""
    def is_part(tok: Token) -> bool:
        return (tok.like_num or tok.lower_ in ("most", "some", "many", "all", "half", "none")) and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in p.children)
            for p in tok.children)
    deps = ("appos",)
    if not is_part(subj):
        if subj.pos_ != "NOUN" or not any(c.i < subj.i and c.dep_ in ("nsubj", "nummod") and is_part(c)
                                          for c in subj.children):
            return None
        deps = ("appos", "conj")
    return next((a for a in subj.children if a.dep_ in deps and a.i > subj.i and a.pos_ in ("NOUN", "PROPN")
                 and _plausible_speaker(a) and subj.doc[a.left_edge.i - 1].text == ","), None)


def _subject(tok: Token) -> Token | None:
    # "Voters, Clinton suggested, don't ...": with two subjects the one next to the verb speaks
    subjects = sorted((c for c in tok.children if c.dep_ in _SUBJ), key=lambda c: (c.i > tok.i, abs(tok.i - c.i)))
    if len(subjects) >= 2 and subjects[1].i < subjects[0].i < tok.i and any(
            a.dep_ == "acl" and a.right_edge.i + 1 == subjects[0].left_edge.i and any(
                g.dep_ == "agent" for g in a.children) for a in subjects[1].children) and \
            not tok.doc[subjects[0].left_edge.i - 1].is_punct:
        # "The exit poll carried out by X for the broadcaster QVN puts ...": the name closing the participle's
        # phrase, read as a second subject, is no subject; the poll, whose maker the phrase names, is
        subjects = [subjects[1], subjects[0], *subjects[2:]]
    cited = _cited_as_subject(tok)
    if cited is not None:
        subjects.remove(cited[1])  # "X, citing the Y Office, reported": Y is the origin, not the teller
    for child in subjects:
        if child.dep_ in _SUBJ:
            fixed = _repaired(child)
            if fixed is not None:
                return fixed
    document = _document_saying(tok)
    if document is not None:
        return document
    inverted = _inverted_subject(tok)
    if inverted is None and tok.lemma_ in SPEECH_VERBS:
        # "The 47-year-old said", parsed as a modifier of the verb
        return (_opener_before_citing(tok) or age_speaker_before(tok) or _named_after_opening_place(tok)
                or _subject_after_time_phrase(tok) or _swallowed_subject(tok)
                or _rootless_subject(tok) or _after_quote_subject(tok) or _stranded_subject(tok)
                or _described_subject(tok) or _name_before_misread_relative(tok))
    return inverted


def _subject_after_time_phrase(tok: Token) -> Token | None:
    """'..., a day after a report commissioned by the union said the gap was ...': the parser hung the speaker on
    the time phrase ("a day after a report") and left the cue without a subject."""
    for when in tok.children:
        if when.dep_ != "npadvmod" or when.i > tok.i or when.lemma_.lower() not in _TIME_SPAN_NOUNS:
            continue
        for prep in when.children:
            if prep.dep_ == "prep" and prep.lower_ in ("after", "before", "since"):
                speaker = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if speaker is not None and speaker.i < tok.i and _plausible_speaker(speaker):
                    return speaker
    return None


_TIME_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "hour", "hours", "month", "months", "minute", "minutes"})


def _opener_before_citing(tok: Token) -> Token | None:
    """'The rights group Open Cells, citing inmates it reached by telephone, said ...': with the phrase misread
    (the parser took "inmates" for a verb) the cue keeps no subject; it is the noun phrase that opens the sentence,
    when only the 'citing/quoting ...' phrase, set off by commas, stands between it and the cue."""
    opener = _opener_before_aside(tok, lambda t: t.pos_ in ("NOUN", "PROPN") and _plausible_speaker(t),
                                  lambda aside: aside[0].lower_ in ("citing", "quoting"))
    return next((a for a in opener.children if a.dep_ == "appos" and a.pos_ == "PROPN"), opener) \
        if opener is not None else None


def _opener_before_aside(tok: Token, opens: Callable[[Token], bool], aside_ok: Callable[[Span], bool]) -> Token | None:
    """The noun phrase that opens the cue's sentence (a head ``opens`` accepts), when only an aside set off by
    commas (one ``aside_ok`` accepts, without commas or quotation marks of its own) stands between it and the cue."""
    doc, sent = tok.doc, tok.sent
    if doc[tok.i - 1].text != ",":
        return None
    opener = next((t for t in sent if t.left_edge.i == sent.start and t.i < tok.i and opens(t)), None)
    if opener is None:
        return None
    end = name_phrase_end(opener)
    if end + 1 >= tok.i - 1 or doc[end].text != "," or any(
            t.text in (",", ";") or t.is_quote for t in doc[end + 1 : tok.i - 1]):
        return None
    return opener if aside_ok(doc[end + 1 : tok.i - 1]) else None


def _document_saying(tok: Token) -> Token | None:
    """'The ministry issued a statement saying ...', 'Halpress carried only a short item saying ...': who put
    out the document, the subject of the verb it is the object of."""
    noun = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or tok.lemma_ not in ("say", "state", "claim", "warn", "announce") or \
            not (noun.lemma_.lower() in _CARRIED_NOUNS or is_report_noun(noun)) or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _EXPLETIVES and _plausible_speaker(subj):
            return _repaired(subj) or subj
    return None


def _appositive_speaker(tok: Token) -> tuple[Token, int] | None:
    """'... in four days of assaults on Kesh Ridge, Ellandria's general staff said on Friday': the parser made the
    speaker, set off by a comma right before a closing cue, an apposition of the place before it."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 3 or tok.dep_ not in ("advcl", "conj", "parataxis", "ccomp"):
        return None
    # ("... a depth of 452 metres, the operation's chief, Jaromir X, told reporters": a name closed by its comma)
    end = tok.i - 2 if doc[tok.i - 1].text == "," and tok.dep_ == "conj" else tok.i - 1
    cand = doc[end]
    while cand.head.i != cand.i and cand.head.i < tok.i and cand.dep_ != "appos" and cand.head.right_edge.i == end:
        cand = cand.head
    if cand.dep_ != "appos" or cand.right_edge.i != end or cand.head.i > cand.i:
        return None
    if doc[cand.left_edge.i - 1].text != "," or cand.pos_ not in ("PROPN", "NOUN") or not _plausible_speaker(cand):
        return None
    role = cand.head  # "..., the operation's chief, Jaromir X, told": the role before the name is no content
    # ("..., its chief executive, X, said": the role read as the last item of a list in the clause it closes)
    start = role.left_edge.i if role.dep_ in ("appos", "conj") and role.pos_ == "NOUN" and (
        role.right_edge.i == end or role.right_edge.i == end + 1 and doc[end + 1].text == ",") and \
        doc[role.left_edge.i - 1].text == "," else cand.left_edge.i
    return (cand, start) if cand.ent_type_ not in ("GPE", "LOC", "DATE") else None


def _cited_as_subject(tok: Token) -> tuple[Token, Token] | None:
    """'The daily Sentrava Post, citing the General Intelligence Office, reported that ...', parsed with the cited
    body as a second subject of the cue and the 'citing' participle left without an object: the participle and
    the body it cites."""
    marker = next((c for c in tok.children if c.lemma_ in ORIGIN_MARKERS and c.tag_ == "VBG" and c.i < tok.i
                   and not any(g.dep_ in ("dobj", "pobj", "attr") for g in c.children)), None)
    if marker is None:
        return None
    subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.i < tok.i]
    cited = next((c for c in subjects if c.i > marker.i), None)
    if cited is None or not any(c.i < marker.i for c in subjects):
        return None
    return marker, cited


def _stranded_subject(tok: Token) -> Token | None:
    """'VTV, citing sources in the party, reported that ...': the parser left the name that opens the
    sentence, set off by a comma, hanging as an unlabelled dependent of the cue; it is the subject."""
    sent = tok.sent
    for child in tok.children:
        if child.i >= tok.i or child.dep_ not in ("dep", "npadvmod") or child.pos_ not in ("PROPN", "NOUN"):
            continue
        first = min(t.i for t in child.subtree)
        last = max(t.i for t in child.subtree)
        if first != sent.start or last + 1 >= tok.i or tok.doc[last + 1].text != ",":
            continue
        # ("Quessara Today, citing ..., reported": a name ending in a word of time is still a name)
        named = child.ent_type_ in ("DATE", "TIME") and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in child.subtree if t.i < child.i)
        if child.ent_type_ in ("DATE", "TIME", "GPE", "LOC") and not named or not (named or _plausible_speaker(child)):
            continue
        return child
    return None


def _name_before_misread_relative(tok: Token) -> Token | None:
    """'Medardo X, whose son Vojtech, 23, was the youngest sailor, told ZRT that ...': the parser took the
    relative clause's verb for the sentence's and hung the cue on it; the name before ', whose' speaks."""
    doc = tok.doc
    if doc[tok.i - 1].text != ",":
        return None
    # (or the relative clause's verb read as a clause the cue reports: "..., was the youngest sailor, told")
    verb = tok.head if tok.dep_ in ("dep", "conj", "parataxis") and tok.head.i < tok.i else next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.i + 2 >= len(doc) or doc[subj.i + 1].text != "," or \
            doc[subj.i + 2].lower_ not in ("whose", "who", "which"):
        return None
    return subj if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG") else None


def _after_quote_subject(tok: Token) -> Token | None:
    """'“...,” the service's director, General Raimonds Ozols-Berg, told the broadcaster DTV.': the parser
    made the speaker part of the quoted clause; the phrase between the closing quote and the cue speaks."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ") or tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    k = tok.i - 1
    while k > tok.sent.start and not doc[k].is_quote and tok.i - k <= 16:
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if not doc[k].is_quote or k + 1 >= tok.i - 1:
        return None
    span = doc[k + 1 : tok.i - 1]
    roots = [t for t in span if not (span.start <= t.head.i < span.end) and t.pos_ in ("NOUN", "PROPN")]
    return roots[0] if roots and _plausible_speaker(roots[0]) else None


def _rootless_subject(tok: Token) -> Token | None:
    """'The Brightwater Centre, a sanctions think tank in Arnhal, estimated in a report that ...': with no
    finite verb left, the parser made the cue a modifier of the sentence's name; the name is its subject."""
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and tok.tag_ == "VBD" and any(
            c.dep_ == "acl" and c.tag_ == "VBD" and head.i < c.i < tok.i and tok.doc[c.i - 1].text == ","
            for c in head.children) and any(c.dep_ == "ccomp" for c in tok.children):
        # "Helmer X, who leads ..., called on Y to resign and said ...": the first verb read as a modifier of
        # the name, and the cue joined to the name
        return head if _plausible_speaker(head) else None
    if tok.dep_ != "acl" or head.pos_ not in ("PROPN", "NOUN") or tok.i < head.i or tok.tag_ not in ("VBD", "VBN"):
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].text != ",":
        return None  # "the figures released by the agency that ...": a real modifier
    # "..., the city's returning officer, Judith X, announced at the Corn Exchange.": a closing cue
    closing = _closes_sentence(tok, tok.sent) and head.lemma_.lower() not in REPORT_NOUNS
    if not closing and not (head.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in tok.children)):
        return None
    return head if _plausible_speaker(head) else None


def _named_after_opening_place(tok: Token) -> Token | None:
    """'At Kelvary General Hospital, Edvige X, a nurse in the emergency department, said ...': the parser hung the
    name, with its description, on the place the sentence opens with and left the cue without a subject."""
    doc = tok.doc
    sent = tok.sent
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or doc[tok.i - 1].text != "," or doc[sent.start].pos_ != "ADP":
        return None
    for cand in doc[sent.start : tok.i - 1]:
        if cand.dep_ == "appos" and cand.pos_ == "PROPN" and cand.ent_type_ == "PERSON" and \
                cand.right_edge.i in (tok.i - 2, tok.i - 1) and cand.head.dep_ == "pobj" and \
                cand.head.head.i == sent.start:
            return cand
        # ("At the Ombrasca Cooperative Cellars, which buys grapes from 640 members, the director, Ausilia X, says
        # ...": the role and its name hung on the opening place's relative clause)
        if cand.dep_ == "appos" and cand.pos_ == "PROPN" and cand.right_edge.i == tok.i - 2 and \
                cand.head.dep_ == "appos" and cand.head.lemma_.lower() in PERSON_ROLE_NOUNS and \
                doc[sent.start] in cand.ancestors and cand.head.i == cand.left_edge.i - 2:
            return cand
    return None


def _described_subject(tok: Token) -> Token | None:
    """'That colleague, Apolonia X, who co-directed the group with her for 19 years and now holds her old chair,
    said ...': the parser took the who-clause's verbs for the cue's complement and left the cue without a
    subject; the name the sentence opens with, right before ', who', is the subject."""
    doc = tok.doc
    sent = tok.sent
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or doc[tok.i - 1].text != ",":
        return None
    who = next((t for t in doc[sent.start : tok.i - 1] if t.lower_ == "who" and doc[t.i - 1].text == ","), None)
    if who is None or who.i < sent.start + 2:
        return None
    name = doc[who.i - 2]
    opening = doc[sent.start : who.i - 1]
    if name.ent_type_ != "PERSON" or any(t.pos_ in ("VERB", "AUX") for t in opening) or \
            any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in doc[who.i + 1 : tok.i]):
        return None
    return name


def _swallowed_subject(tok: Token) -> Token | None:
    """'Speaking from Port Anzel, the coordinator, Leyla Brandt-Osei, said ...': the parser hung the speaker
    on the opening phrase; the name that ends right before ', said' is the subject."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    cand = doc[tok.i - 2]
    if cand.pos_ not in ("PROPN", "NOUN") or not _plausible_speaker(cand) or cand.ent_type_ in ("GPE", "LOC"):
        return None
    described = cand
    while described.head.i not in (described.i, tok.i):
        if described.dep_ == "relcl" and described.head.pos_ == "PROPN" and _plausible_speaker(described.head):
            # "Reached by phone in Kebbeh, Berenike X, who runs clinics for the aid group Hearthline, said":
            # the one the who-clause describes, not the last name in it
            cand = described.head
            break
        described = described.head
    opener = cand
    while opener.head.i != opener.i and opener.head.i != tok.i:
        opener = opener.head
    if opener.head.i != tok.i or opener.dep_ not in ("advcl", "prep", "npadvmod") or opener.i > cand.i:
        return None
    if opener.lemma_ in ORIGIN_MARKERS:
        return None  # "VTV, citing sources in the party, reported": the cited are not the speaker
    return cand


def _inverted_subject(tok: Token) -> Token | None:
    """'“...,” said Élodie Marchetti-Kahn, chief executive': the speaker follows the verb."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.lemma_ not in SPEECH_VERBS or tok.i == tok.sent.start:
        return None
    if tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "..., recalling a visit": a participle has no inverted subject
    if tok.lemma_ == "tell":
        return None  # "..., the operation's chief, X, told reporters": the one told never speaks
    prev = doc[tok.i - 1]
    if not (prev.is_punct or prev.is_quote):
        return None
    nxt = doc[tok.i + 1]
    if nxt.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or not _plausible_speaker(nxt):
        return None
    head = nxt
    while head.head.i != head.i and head.head.i != tok.i and tok.i < head.head.i <= tok.i + 8:
        head = head.head
    if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_ROLE_NOUNS | ORG_NOUNS):
        return head
    return None


def _agent(tok: Token) -> Token | None:
    """The 'by X' of a passive verb (parsed as agent or as a by-prep nearby)."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children
    )


def _inherited_subject(tok: Token) -> Token | None:
    """Subject of an enclosing verb: 'went on to speculate', 'said, before adding'."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _INHERIT_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and tok.tag_ == "VBG" and tok.doc[tok.i - 1].text == "," and \
                cur.dep_ == "ccomp" and cur.head.lemma_ in SPEECH_VERBS and tok.lemma_ in SPEECH_VERBS:
            # "State media said the reform had been a success, reporting that ...": the participle goes on with
            # what the speaker said, not with the reported clause's subject
            outer = _subject(cur.head)
            if outer is not None:
                return outer
        if cur.pos_ in ("VERB", "AUX") and tok.dep_ == "conj" and cur.dep_ == "ccomp" and \
                cur.head.lemma_ in SPEECH_VERBS and (tok.lemma_ in _CHARACTERISING_CUES and _thing(_subject(cur))
                                                     or _cue_misjoined_to_reported(tok)):
            # "X said the government's figure included only ..., and called the society's count "premature"": the
            # speaker calls it so, not the figure the reported clause is about
            outer = _subject(cur.head)
            if outer is not None:
                return outer
        if cur.pos_ in ("VERB", "AUX"):
            subj = _subject(cur)
            # "It described them as ... and said ...": an organisation's 'it' goes on speaking
            # (or goes on through a participle: "In a statement, it said ..., adding that ...")
            goes_on = tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_ in SPEECH_VERBS
            # ("It also sets up a fund and says ...": a document or body that acts, then speaks)
            if subj is not None and (subj.lower_ not in _EXPLETIVES or subj.lower_ == "it" and subj.tag_ == "PRP"
                                     and (cur.lemma_ in _IT_SPEECH | _REVISING_VERBS or tok.dep_ == "conj"
                                          and tok.lemma_ in _IT_SPEECH and cur.pos_ == "VERB") and goes_on):
                if subj.dep_ == "nsubjpass" and _agent(cur) is not None and cur.lemma_ in SPEECH_VERBS:
                    return _agent(cur)
                return subj
    return None


# verbs that put a label on something ("called the count premature", "dismissed the report as ...")
_CHARACTERISING_CUES = frozenset({"call", "describe", "dismiss", "brand", "label", "deride", "condemn"})


def _thing(tok: Token | None) -> bool:
    """Is *tok* a common noun for a thing, no one who could speak ('the government's figure', 'the plan')?"""
    if tok is None or tok.pos_ != "NOUN" or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    lemma = tok.lemma_.lower()
    return lemma not in ORG_NOUNS | PERSON_ROLE_NOUNS | PROXY_NOUNS | STUDY_AUTHORS and not (
        REPORT_NOUNS & {lemma, tok.lower_}) and not lemma.endswith(("ist", "ian", "er", "or"))


def _participle_subject(tok: Token) -> Token | None:
    """'... when Norrhaven's delegation walked out, calling the cut “an insult”': a participle clause after
    a comma speaks for the subject of the finite clause it follows, however the parser attached it."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != "," or tok.dep_ not in ("acl", "advcl", "xcomp", "conj"):
        return None
    for prev in reversed(doc[tok.sent.start : tok.i - 1]):
        if prev.text in ("“", '"', "”", ";", ":") or prev.is_space:
            return None  # quoted words or another sentence part: not a clause this participle follows
        if prev.pos_ in ("VERB", "AUX") and prev.tag_ in ("VBD", "VBZ", "VBP") and prev.dep_ != "aux":
            subj = next((c for c in prev.children if c.dep_ == "nsubj"), None)
            # ("It corrected the figure to 23, saying ...": a body's 'it' may act and speak; 'it was', 'it seems'
            # may not)
            acting_it = subj is not None and subj.lower_ == "it" and prev.pos_ == "VERB" and \
                prev.lemma_ not in ("be", "seem", "appear") and tok.head.i == prev.i
            if subj is None or subj.lower_ in _EXPLETIVES and not acting_it or subj.lower_ in ("which", "that", "who"):
                return None
            return subj if acting_it else _repaired(subj)
    return None


def _subject_of_misread_modifier(tok: Token) -> Token | None:
    """'Two people briefed on the talks told the Times that ...': the parser read the participle as a verb with
    the speaker its subject, and left the cue with none. The speaker is that subject, when the clause runs into
    the cue with no comma or quote mark between, the cue has its content after it, and the misread verb has no
    object of its own."""
    doc = tok.doc
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i > tok.i or clause.tag_ not in ("VBD", "VBN") \
                or clause.lemma_ in SPEECH_VERBS or any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
            continue
        if any(t.is_punct or t.is_quote for t in doc[clause.right_edge.i + 1 : tok.i]) or \
                any(t.is_punct for t in doc[clause.i : clause.right_edge.i + 1]):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and _plausible_speaker(subj):
            return subj
    return None


def document_before_aside(tok: Token) -> Token | None:
    """'A detention order signed by a judge, a copy of which was seen by Parapet, says ...', 'The communique, agreed
    after two days of talks, says ...': the parser hung the document on the aside and left the cue with no subject.
    The subject is the document that opens the sentence, when only that aside (a relative or a participle one), set
    off by commas, stands between it and the cue."""
    return _opener_before_aside(tok, lambda t: is_report_noun(t) and t.pos_ == "NOUN",
                                lambda aside: aside[0].tag_ in ("VBN", "VBD") or any(
                                    t.lower_ in ("which", "whom", "whose") for t in aside))


# what a speaker does while speaking ("..., she said, holding up a photograph")
_GESTURES = frozenset({"hold", "point", "wave", "gesture", "clutch", "stand", "sit", "smile", "laugh", "wipe", "nod",
                       "shake", "lean", "look", "glance", "walk", "hug", "cradle", "grip", "raise", "lift", "brandish"})


def _sequel_after_cue(tok: Token) -> int | None:
    """'A guard has died in hospital, it said, bringing the number of guards killed to three': the end of a
    participle clause after a closing cue that carries the reported event on (no speech verb of its own)."""
    doc = tok.doc
    closing = any(g.dep_ == "ccomp" and g.i < tok.i for g in tok.children) or \
        tok.dep_ in ("conj", "parataxis") and tok.head.i < tok.i
    for c in tok.children:
        # (not what the speaker did while speaking: "..., X said, holding up a photograph of his two daughters")
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and doc[c.i - 1].text == "," and \
                c.lemma_ not in SPEECH_VERBS | BELIEF_VERBS | ORIGIN_MARKERS | _GESTURES:
            return c.right_edge.i + 1
        # "The drill has reached 452 metres, the chief told reporters, and is now advancing at 14 metres an hour":
        # a present-tense verb with no subject of its own, joined to a past cue, goes on with the reported clause
        if c.dep_ == "conj" and c.i > tok.i and tok.tag_ == "VBD" and c.pos_ in ("VERB", "AUX") and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and \
                any(g.dep_ == "cc" for g in tok.children) and _present_tense(c) and c.lemma_ not in SPEECH_VERBS:
            return c.right_edge.i + 1
        # "Flights were running normally, the carrier told Kittiwake Wire, and all 18 services would operate as
        # planned": a clause of its own joined to a past cue, in the shifted tense of reported speech
        if c.dep_ == "conj" and c.i > tok.i and tok.tag_ == "VBD" and c.pos_ in ("VERB", "AUX") and \
                any(g.dep_ == "cc" and g.i < c.i for g in tok.children) and \
                any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and _backshifted(c) and \
                c.lemma_ not in SPEECH_VERBS:
            return c.right_edge.i + 1
        # "..., she said, fewer than a tenth of the number in 2009": a comparison hung on the cue, no clause
        # "There were five rounds in all, the officials said, the longest lasting 11 days": a verbless detail with a
        # number, hung on the cue, that closes the sentence
        if c.dep_ == "npadvmod" and c.i > tok.i and c.left_edge.i > tok.i and doc[c.left_edge.i - 1].text == "," \
                and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text in (".", ";") and \
                any(t.like_num for t in c.subtree) and not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in c.subtree):
            return c.right_edge.i + 1
        # ('Gusts "could hit 110 km/h", the forecaster told Sunup, with up to 60mm of rain in 24 hours': a verbless
        # "with" phrase with a number, closing the sentence after the cue, adds to the reported words)
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i and doc[c.i - 1].text == "," and closing:
            rest = _verbless_rest(doc, c.i, tok.sent.end)
            if rest and any(t.like_num for t in rest):
                return rest[-1].i + 1
        # ("..., X says, faster than he had seen it move in 50 years": a comparative with its own 'than' clause)
        lead = doc[c.left_edge.i] if c.left_edge.i > 0 else c
        if c.dep_ in ("acomp", "prep", "advmod", "npadvmod") and c.i > tok.i and c.left_edge.i > tok.i and \
                doc[c.left_edge.i - 1].text == "," and (lead.lower_ in _COMPARATIVE_LEADS or lead.tag_ in (
                    "RBR", "JJR") and any(t.lower_ == "than" for t in c.subtree)) and \
                not any(t.dep_ in ("nsubj", "nsubjpass") and not _in_than_clause(t, c) for t in c.subtree):
            return c.right_edge.i + 1
    return None


def _in_than_clause(tok: Token, top: Token) -> bool:
    """Is ``tok`` inside a clause opened by 'than' below ``top`` ('faster than he had seen it')?"""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if any(m.dep_ == "mark" and m.lower_ == "than" for m in t.children):
            return True
        t = t.head
    return False


def _backshifted(verb: Token) -> bool:
    """'would operate', 'could reopen', 'had been closed': a verb in the shifted tense of reported speech."""
    auxes = [g for g in verb.children if g.dep_ in ("aux", "auxpass") and g.i < verb.i]
    return any(g.lower_ in ("would", "could", "might", "should") for g in auxes) or (
        any(g.lower_ == "had" for g in auxes) and verb.tag_ == "VBN")


def _perfect_like_the_reported(verb: Token, cue: Token, reported: Token) -> bool:
    """'The theatre has lost a quarter of its audience, Grigg said, and has cut its staff': a subjectless verb in
    the same perfect as the reported clause before the cue (its complement, or the verb it hangs on) goes on with
    it."""
    aux = next((g.lower_ for g in verb.children if g.dep_ == "aux" and g.i < verb.i), None)
    if aux not in ("has", "have") or verb.tag_ != "VBN":
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if reported is not cue and reported.i < cue.i:
        clauses.append(reported)
    return any(any(g.dep_ == "aux" and g.lower_ == aux for g in c.children) for c in clauses)


def _that_clause_after(tok: Token) -> bool:
    """'My paper reported last week, citing X, that teams there were told to ...': the parser made the cue a
    complement of the reported verb, which 'that' after the cue marks as the reported clause."""
    head = tok.head
    return any(m.dep_ == "mark" and m.lower_ == "that" and tok.right_edge.i < m.i < head.i for m in head.children)


def _misread_clause_root(tok: Token) -> bool:
    """'Eleven of those notices concerned roof supports, the inspectorate said': the parser read the verb before a
    closing cue as an adjective ('concerned roof supports') and made a noun the root; the words before the cue
    are still a clause."""
    head = tok.head
    if tok.dep_ != "parataxis" or head.dep_ != "ROOT" or head.pos_ != "NOUN":
        return False
    doc = tok.doc
    # ("A crowd that dense, she said, moves like a liquid": the verb right after a cue set off by commas, read as
    # a plural noun)
    if head.i > tok.i and head.tag_ == "NNS" and doc[head.i - 1].text == "," and all(
            t.is_punct for t in doc[tok.i + 1 : head.i]) and tok.left_edge.i > tok.sent.start + 1 and "," in (
            tok.left_edge.text, doc[tok.left_edge.i - 1].text):
        return True
    return head.i < tok.i and any(
        t.tag_ in ("VBD", "VBZ", "VBP") or t.tag_ == "VBN" and t.dep_ == "amod" and t.i > head.left_edge.i
        for t in doc[head.left_edge.i : head.i])


def _aside_hung_on_a_later_noun(tok: Token) -> Token | None:
    """'Samples showed ammonia at 4.8 milligrams per litre, she said, roughly 12 times the level ...': the parser
    hung the aside on the noun after it, an object of the verb before it; the reported clause is that verb's."""
    head = tok.head
    if tok.dep_ != "parataxis" or head.pos_ not in ("NOUN", "PROPN") or head.i < tok.i:
        return None
    verb = head.head
    doc = tok.doc
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or head.dep_ not in ("dobj", "attr", "npadvmod", "pobj",
                                                                                "conj", "appos"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    before, after = tok.left_edge.i - 1, tok.right_edge.i + 1
    if before < 0 or after >= len(doc) or doc[before].text != "," and doc[tok.left_edge.i].text != ",":
        return None
    return verb


def _with_main_clause_after_absolute(tok: Token, head: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'It says that with 97 percent of polling stations counted, X has 53.1 percent': the parser made the
    absolute phrase one complement and the clause after the comma another; what is said runs through both."""
    if content is None or head.i < tok.i or not any(c.dep_ in ("prep", "mark") and c.lower_ in ("with", "after") and
                                                    c.i < head.i for c in head.children):
        return content
    second = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > head.i
                   and c.left_edge.i in (head.right_edge.i + 1, head.right_edge.i + 2)
                   and tok.doc[head.right_edge.i + 1].text == "," and any(g.dep_ == "nsubj" for g in c.children)), None)
    if second is None:
        return content
    return (content[0], max(content[1], second.right_edge.i + 1))


def _present_tense(verb: Token) -> bool:
    """Is the verb (or its first auxiliary) in the present tense ('is now advancing', 'has reached', 'stands')?"""
    first = min((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda t: t.i, default=verb)
    return first.tag_ in ("VBZ", "VBP")


_COMPARATIVE_LEADS = frozenset("more fewer less up down higher lower nearly almost about roughly compared against".split())


def _controller(tok: Token) -> Token | None:
    """'That record prompted the almanac to state ...': the object of the governing verb speaks."""
    if tok.dep_ != "xcomp" or tok.head.lemma_ in ("promise", "vow", "pledge", "threaten"):
        return None
    obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not _plausible_speaker(obj):
        return None
    return obj


_LEADERS = {"however", "meanwhile", "but", "and", "instead", "moreover", "still", "yet", "so", "also", "further"}


def _span_of(tokens: list[Token], anchor: Token | None = None) -> tuple[int, int] | None:
    """Contiguous run of token indices (the one holding ``anchor``, else the longest), trimmed."""
    if not tokens:
        return None
    idx = sorted(t.i for t in tokens)
    runs: list[list[int]] = [[idx[0]]]
    for i in idx[1:]:
        if i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    run = next((r for r in runs if anchor is not None and r[0] <= anchor.i <= r[-1]), None) or max(runs, key=len)
    start, end = run[0], run[-1] + 1
    doc = tokens[0].doc
    # (not a demonstrative subject after a comma, "According to the authority, that protects 94 percent of ...",
    # or opening the sentence, "That is 77 percent, the paper calculated")
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that" and not (
            doc[start].dep_ in ("nsubj", "nsubjpass") and (start > 0 and doc[start - 1].text == ","
                                                           or doc[start].is_sent_start))
                           or (doc[start].lower_ in _LEADERS and start + 1 < end and doc[start + 1].text == ",")):
        start += 1
    trimmed_end = end
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "%" or doc[end - 1].is_space
                           or (doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in ("and", "but", "or"))):
        end -= 1  # "said the meeting had been useful, and Jia-Park said ...": no dangling conjunction
    if end - start < 2:
        return None
    return start, _rebalanced_end(doc, start, end, trimmed_end)


_OPENING = ("“", "‘", "«")
_CLOSING = ("”", "’", "»")


def _rebalanced_end(doc: Doc, start: int, end: int, limit: int) -> int:
    """'said the walkout was “regrettable but not fatal”.': keep the closing mark of a quoted fragment."""
    text = doc[start:end].text
    if sum(text.count(m) for m in _OPENING) <= sum(text.count(m) for m in _CLOSING if m != "’") and (
            text.count('"') % 2 == 0):
        return end
    for i in range(end, min(len(doc), max(limit, end + 3))):
        if doc[i].text in _CLOSING or doc[i].text == '"':
            return i + 1
        if not doc[i].is_punct:
            break
    return end


def _subtree_minus(head: Token, *exclude: Token) -> list[Token]:
    skip: set[int] = set()
    for ex in exclude:
        skip.update(t.i for t in ex.subtree)
    return [t for t in head.subtree if t.i not in skip]


def _origin_marker(anchor: Token) -> Token | None:
    """The 'citing' / 'quoting' participle hanging off ``anchor``."""
    for child in anchor.children:
        # ("One general told me, and I'm quoting him exactly, ...": a clause of its own, with its own subject)
        if child.lemma_ in ORIGIN_MARKERS and child.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "aux") for c in child.children):
            return child
    return None


def _origin_of(cue: Token, speaker: Token | None) -> tuple[Token, Token] | None:
    """'citing X' / 'quoting X' attached to the cue verb, its subject, or the clause it reports."""
    anchors = [cue] + ([speaker] if speaker is not None else [])
    # (not the verb whose reported clause the cue opens: in "TLV reported, quoting a fisherman, that the
    # harbourmaster had told crews ...", the fisherman passed on the harbourmaster's words)
    # (but a plan or expectation in it is still the origin's news: "citing a person close to the board, reported
    # that Lumivane expected a charge of ...")
    if cue.dep_ in ("ccomp", "parataxis") and cue.head.pos_ in ("VERB", "AUX") and not (
            cue.i > cue.head.i and cue.head.lemma_ in SPEECH_VERBS and cue.lemma_ in SPEECH_VERBS and speaker is not None
            and speaker.head.i == cue.i and speaker.dep_ == "nsubj"):
        anchors.append(cue.head)
    # (and a that-clause read as an adverbial one; not a cue read as the complement of the clause it reports:
    # "MKB reported, quoting an official, that the prime minister had told ministers ...", upside down)
    anchors.extend(c for c in cue.children if (c.dep_ == "ccomp" or c.dep_ == "advcl" and _that_clause(c)) and not (
        c.i < cue.i and c.lemma_ in SPEECH_VERBS and any(m.dep_ == "mark" and m.lower_ == "that" and c.i < m.i
                                                         for m in cue.children)))
    cited = _cited_as_subject(cue)
    if cited is not None:
        return cited
    markers = [m for m in map(_origin_marker, anchors) if m is not None]
    if speaker is not None and not markers:
        markers = [_opening_marker(speaker) or _marker_between(speaker, cue) or _closing_marker(cue)]
    for marker in markers:
        for obj in (marker.children if marker is not None else ()):
            if obj.dep_ in ("dobj", "pobj", "attr"):
                return marker, obj
    return None


def _closing_marker(cue: Token) -> Token | None:
    """'The daily Bobbin reported that council officials had drawn up plans ... if the strike went ahead, citing
    an internal email.': a 'citing X' that closes the sentence after a comma, which the parser hung on a verb deep
    in the reported clause, still names where the reporter got it."""
    sent = cue.sent
    end = sent.end
    while end > sent.start and (cue.doc[end - 1].is_punct or cue.doc[end - 1].is_space):
        end -= 1
    for tok in cue.doc[cue.i + 1 : end]:
        if tok.lemma_ in ORIGIN_MARKERS and tok.tag_ == "VBG" and cue.doc[tok.i - 1].text == "," and \
                tok.right_edge.i + 1 == end and _descends_from(tok, cue) and \
                not any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in cue.doc[cue.i + 1 : tok.i]):
            return tok
    return None


def _marker_between(speaker: Token, cue: Token) -> Token | None:
    """'State radio, quoting a council member it did not name, said ...': a 'quoting/citing X' phrase set off by
    commas between the speaker and the cue, which the parser hung on a comma."""
    doc = speaker.doc
    for tok in doc[speaker.i + 1 : cue.i]:
        if tok.lemma_ in ORIGIN_MARKERS and tok.tag_ == "VBG" and doc[tok.i - 1].text == "," and \
                tok.head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and doc[tok.right_edge.i + 1].text == "," and \
                tok.right_edge.i + 2 == cue.i:
            return tok
    return None


def _opening_marker(speaker: Token) -> Token | None:
    """'08:45 - Quoting a Corps commander, MNA says ...': an opening 'quoting/citing X,' phrase set off by a
    comma right before the speaker, which the parser hung on something before it (a live blog's time stamp)."""
    sent, doc = speaker.sent, speaker.doc
    comma = speaker.left_edge.i - 1
    while comma > sent.start and doc[comma].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):  # "..., the agency KNA says"
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    for tok in doc[sent.start : comma]:
        if tok.lemma_ not in ORIGIN_MARKERS or tok.tag_ != "VBG":
            continue
        # (parsed as the root of the sentence, its object ends at the comma)
        ends = [tok.right_edge.i] if tok.dep_ != "ROOT" else [c.right_edge.i for c in tok.children if c.i < comma]
        if (tok.dep_ == "ROOT" or tok.head.pos_ not in ("VERB", "AUX")) and any(e in (comma - 1, comma) for e in ends):
            return tok
    return None


def _that_clause(clause: Token) -> bool:
    """Is the clause opened by 'that' alone (not 'so that', 'now that', 'given that')?"""
    # ("tweeted in the early morning hours that Machado was ...": a "that" the parser took for an adverb, opening a
    # clause with a subject of its own)
    marks = [m for m in clause.children if m.dep_ == "mark" or m.dep_ == "advmod" and m.lower_ == "that" and
             m.i == clause.left_edge.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > m.i for c in clause.children)]
    if [m.lower_ for m in marks] != ["that"]:
        return False
    before = clause.doc[marks[0].i - 1] if marks[0].i > 0 else None
    return before is None or before.lower_ not in ("so", "now", "given", "such", "except", "provided", "in")


_CONTRAST_LEADS = frozenset({"although", "though", "while", "whereas", "but"})


def _content_child(tok: Token) -> Token | None:
    # "Most voters say A; 26 percent say B": a clause on the right is this verb's content,
    # one on the left of it is then only a neighbouring clause the parser hung here
    children = list(tok.children)
    # "Four of the seven members backed the hold, the bank said; the other three wanted a cut": past a semicolon
    # the clause is the next one, and the one before the cue is what it reports
    after_semicolon = [c for c in children if c.dep_ == "ccomp" and c.i > tok.i and any(
        t.text == ";" for t in tok.doc[tok.i + 1 : c.left_edge.i + 1])]
    if after_semicolon and any(c.dep_ == "ccomp" and c.i < tok.i for c in children):
        children = [c for c in children if c not in after_semicolon]
    # ("Its images showed ..., the company said, although state television reported that ...": a clause the
    # parser hung on the cue behind a conjunction of contrast is the next sentence's own, not what was said)
    contrasted = [c for c in children if c.dep_ == "ccomp" and c.i > tok.i and tok.doc[tok.i + 1].text == "," and
                  tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ in _CONTRAST_LEADS]
    if contrasted and any(c.dep_ == "ccomp" and c.i < tok.i for c in children):
        children = [c for c in children if c not in contrasted]
    # ("..., its own actuaries said on Wednesday, a day after a report ... said the gap was ...": a clause after the
    # cue with a speech verb and a speaker of its own is another's words, set beside these)
    spoken_after = [c for c in children if c.dep_ == "ccomp" and c.i > tok.i and c.lemma_ in SPEECH_VERBS and any(
        g.dep_ in ("nsubj", "npadvmod") and g.i < c.i for g in c.children) and any(
        t.text == "," for t in tok.doc[tok.i + 1 : c.left_edge.i + 1])]
    if spoken_after and any(c.dep_ == "ccomp" and c.i < tok.i for c in children):
        children = [c for c in children if c not in spoken_after]
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in children):
        children = [c for c in children if not (c.dep_ == "ccomp" and c.i < tok.i)]
    # ("Grevendale assumes returns of 4.5 percent; Harkwell assumes 3.6 percent": a clause before a semicolon, with
    # a subject of its own, is the one before, not what this verb reports)
    children = [c for c in children if not (c.dep_ == "ccomp" and c.i < tok.i and any(
        t.text == ";" for t in tok.doc[c.right_edge.i + 1 : tok.i]) and any(g.dep_ == "nsubj" for g in c.children))]
    # "the partnership is going badly: the Russians moan about ...": a clause before a colon is the writer's
    children = [c for c in children if not (c.dep_ == "ccomp" and c.i < tok.i and any(
        t.text == ":" for t in tok.doc[c.right_edge.i + 1 : tok.i]))]
    for child in children:
        if child.dep_ == "advcl" and child.i > tok.i and tok.lemma_ in SPEECH_VERBS and _that_clause(child):
            return child  # "reported on Monday, citing the ministry, that fewer than 6,000 ...": a that-clause misread
        if child.dep_ == "advcl" and child.i > tok.i and tok.lemma_ in ("say", "tell", "add") and \
                _occasion_opening(child) is not None:
            return child  # "said after the convention he would not accept ...": the occasion read as the clause's
        if child.dep_ == "advcl" and child.i > tok.i and tok.lemma_ in ("claim", "deny", "admit") and any(
                a.dep_ == "aux" and a.lower_ == "to" and a.i == child.left_edge.i for a in child.children):
            return child  # "claimed on its leak site to have stolen 600 gigabytes": an infinitive read as a purpose
        if child.dep_ == "dobj" and child.i > tok.i and tok.lemma_ in SPEECH_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == child.left_edge.i for m in child.children) and \
                not any(c.dep_ in ("ccomp", "xcomp", "conj") for c in tok.children):
            # ('wrote that the department had "systematically divided" orders': a that-clause read as an object)
            return child
        if child.dep_ in _CONTENT_DEPS and child.i > tok.i - 40:
            if child.dep_ == "xcomp" and child.tag_ == "VB" and tok.lemma_ in ("tell", "urge", "ask", "promise", "vow"):
                if tok.lemma_ == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < child.i
                                               for c in tok.children):
                    continue  # "had asked for 2.4 million kellers to repair the anchorages": money asked for a purpose
                return child
            if child.dep_ == "xcomp" and not _is_passive(tok):
                if tok.lemma_ in _SAY_LIKE and child.tag_ in ("VBG", "VB") and not any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    return child  # "He said legalizing it could put ...": a misparsed clausal complement
                if tok.lemma_ in ("claim", "promise", "vow", "threaten", "expect", "hope", "appear", "recommend",
                                  "propose", "suggest", "deny", "admit", "predict", "urge"):
                    return child
                continue
            return child
    preps = PREP_CONTENT_VERBS.get(tok.lemma_, set())
    if tok.lemma_ in ("tell", "assure", "inform", "warn", "remind"):
        # "told the visiting minister, X, that Sarmatia would ...": the that-clause hung on the one told
        for obj in tok.children:
            if obj.dep_ not in ("dobj", "dative") or obj.lemma_.lower() in _THINGS_TOLD or any(
                    t.lower_ in ("so", "such") for t in obj.subtree):
                continue  # "tells so many lies that ...": a thing told, and what follows is its result
            for cl in obj.children:
                # ("told the broadcaster CVB that her 14 tents were ...": a ccomp hung on the name)
                if cl.dep_ in ("relcl", "acl", "ccomp") and cl.i > obj.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in cl.children) and any(
                        s.dep_ in ("nsubj", "nsubjpass", "expl") for s in cl.children):
                    return cl
    if tok.lemma_ in SPEECH_VERBS:
        # "said in a statement that ...", "wrote in a note to clients that ...": the that-clause hung on the
        # document noun or on the ones addressed is what was said
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "through", "to"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (obj.lemma_.lower() in REPORT_NOUNS if child.lower_ != "to" else (
                            not is_report_noun(obj) and obj.lemma_.lower() not in _THINGS_TOLD and any(
                                s.dep_ in ("nsubj", "nsubjpass", "expl") for cl in obj.children for s in cl.children))):
                        for cl in obj.children:
                            # ("said in a report published in July that ...": after the document's own words)
                            own_end = max(x.i for x in obj.subtree if not (cl.left_edge.i <= x.i <= cl.right_edge.i))
                            if cl.dep_ in ("acl", "ccomp", "relcl") and cl.i > obj.i and any(
                                    complementizer_that(m) and m.i == own_end + 1 == cl.left_edge.i
                                    for m in cl.children):
                                return cl
            # "said earlier in the evening that 6.2 million people were registered": the that-clause hung on the
            # adverb of time
            if child.dep_ == "advmod" and child.i > tok.i and child.pos_ == "ADV":
                for cl in child.children:
                    own_end = max(x.i for x in child.subtree if not (cl.left_edge.i <= x.i <= cl.right_edge.i))
                    if cl.dep_ == "ccomp" and any(complementizer_that(m) and m.i == own_end + 1 == cl.left_edge.i
                                                  for m in cl.children):
                        return cl
            # "told reporters after the vote that consultations would continue": the that-clause hung on the
            # occasion the words were spoken at
            if child.dep_ == "prep" and child.lower_ in _OCCASION_PREPS and child.i > tok.i:
                for obj in child.children:
                    # (not "commented on a report that ...", whose clause is the report's; but "said at a briefing
                    # that ..." is the speaker's)
                    # ("told him on the first day of shooting that ...": hung deeper in the occasion's phrase)
                    for cl in [c for c in obj.subtree if c is not obj] if obj.dep_ == "pobj" and (
                            not is_report_noun(obj) or child.lower_ == "at") else ():
                        # ("on condition of anonymity that ...": the occasion's own words come first)
                        own_end = max(x.i for x in obj.subtree if not (cl.left_edge.i <= x.i <= cl.right_edge.i))
                        if cl.dep_ in ("acl", "ccomp", "relcl") and any(
                                complementizer_that(m) and m.i == own_end + 1 == cl.left_edge.i
                                for m in cl.children) and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in cl.children):
                            return cl
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp") and obj.ent_type_ not in ("DATE", "TIME"):
                    return obj  # "reported on the deal", not "reported on Thursday"
        if child.dep_ == "prep" and child.lower_ == "as" and tok.lemma_ in ("report", "describe", "quote", "cite"):
            for obj in child.children:
                if obj.dep_ == "pcomp" and obj.lemma_ not in SPEECH_VERBS:
                    return obj
    return None


# prepositions of the occasion words were spoken at ("told reporters after the vote that ...")
_OCCASION_PREPS = frozenset({"after", "before", "during", "following", "at", "on", "in"})

# "after the interview concluded, X stated ...": clauses these open report nothing ("as X noted" does)
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "since", "until", "although", "though",
                            "if", "once", "whenever", "unless"})
# words that open a condition or a time ("unless Vantholm agrees to hire ...")
_CONDITIONS = frozenset({"unless", "if", "until", "once", "whenever", "before", "after", "when"})


def _cue_misjoined_to_reported(clause: Token) -> bool:
    """'A memo ... estimates that the higher royalty will bring in X, and warns that ...': a second cue in the
    outer cue's tense, with no subject of its own, that the parser joined to the reported clause about a thing; it
    goes on with the outer speaker."""
    reported = clause.head
    outer = reported.head
    return clause.dep_ == "conj" and clause.lemma_ in SPEECH_VERBS and clause.tag_ in ("VBD", "VBZ") and \
        reported.dep_ == "ccomp" and outer.lemma_ in SPEECH_VERBS and outer.tag_ == clause.tag_ != reported.tag_ and \
        not any(g.dep_ in _SUBJ for g in clause.children) and _thing(_subject(reported)) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in clause.children)


def _second_speaker_clause(clause: Token) -> bool:
    """A clause joined to reported words that is another speaker's cue: '..., and its lawyer, Y, called ...'
    (not '..., and that X said'), '..., while the foreign minister said ...'."""
    if _cue_misjoined_to_reported(clause):
        return True
    if clause.lemma_ not in SPEECH_VERBS or clause.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            g.dep_ == "nsubj" and g.lower_ not in _EXPLETIVES for g in clause.children):
        return False
    marks = [g.lower_ for g in clause.children if g.dep_ == "mark"]
    if clause.dep_ == "conj":
        return not marks
    return clause.dep_ == "advcl" and bool(marks) and marks[0] in ("while", "whereas")


def _subordinate_event(tok: Token, subject: Token) -> bool:
    """'after the interview concluded, X stated ...': a subordinate clause about a thing, not a speaker,
    reports nothing of the clause it hangs from."""
    if tok.dep_ == "advcl" and tok.lemma_ in ("respond", "react") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return True  # "... cuts prices on 600 staples as rivals respond": an event beside it, no words about it
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.children):
        return False
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
        return True  # "..., while the Upcrafts declared income of 180,000 lorrens": the verb's own object is its matter
    return subject.pos_ == "NOUN" and subject.lemma_.lower() not in PERSON_ROLE_NOUNS | ORG_NOUNS | PROXY_NOUNS


_SAY_LIKE = {"say", "state", "argue", "insist", "add", "note", "explain", "write", "report", "claim", "tell",
             "contend", "maintain", "suggest", "predict", "warn"}
# findings that can be a noun phrase: "images show at least 14 buildings destroyed", "papers forecast an overspend"
_SHOWING_VERBS = frozenset({"show", "reveal", "forecast", "project"})
_OBJECT_CONTENT = _SHOWING_VERBS | {"tweet", "announce", "deny", "confirm", "reject", "dispute", "predict", "promise", "acknowledge", "admit",
                   "propose", "recommend", "demand", "welcome", "criticise", "criticize", "praise"}


_FIGURE_OBJECT_VERBS = frozenset({"report", "expect", "forecast", "estimate", "project", "predict", "post"})
# what a company or an economy posts: its results
_RESULTS_POSTED = frozenset({"loss", "profit", "revenue", "sale", "growth", "deficit", "surplus", "gain", "decline",
                             "rise", "fall", "increase", "drop", "return", "earnings", "income", "result", "margin",
                             "turnover", "record", "jump", "slump", "contraction", "expansion", "percent", "%"})


# what one calls in the sense of convening or ordering it
_CONVENED = frozenset({"strike", "meeting", "election", "vote", "referendum", "session", "hearing", "summit",
                       "inquiry", "conference", "recess", "halt", "ceasefire", "truce", "walkout", "stoppage", "poll"})


# what one calls on the telephone ("call the helpline", "call the incident room")
_RUNG = frozenset({"line", "helpline", "hotline", "number", "room", "desk", "centre", "center", "switchboard"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "themself"})


def _names_oneself(tok: Token) -> bool:
    """'who call themselves X', 'describes himself as X': a name or a description one gives oneself."""
    return tok.lemma_ in ("call", "describe", "style", "dub", "label", "brand", "name") and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in tok.children)


def _object_content(tok: Token) -> list[Token] | None:
    """Content carried by objects: 'called Trump a fascist', 'urged voters to turn out',
    'announced his resignation', 'asked him whether ...'."""
    if is_stance_verb(tok):
        stance = stance_content(tok)  # "dismissed reports of X as fake news": the reports, not the verdict
        if stance:
            return stance
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr")]
    if tok.lemma_ in ("call", "describe", "label", "brand", "dub") and objs and not any(
            c.dep_ == "prt" for c in tok.children):  # "called up 15,000 reservists" calls nobody anything
        # "called Trump “unhinged”", "described X as Y": everything the verb governs on its right
        # ("called her vote in favor of the Iraq War a mistake": a phrase between the object and what it is called
        # belongs to the object)
        named = [c.i for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.i > objs[0].i]
        right = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj", "advcl", "parataxis")
                 and not (c.dep_ == "prep" and c.lower_ not in ("as",) and not (
                     named and objs[0].i < c.i < named[0] and _of_the_object(c)))]
        tokens = [t for c in right for t in c.subtree]
        # "would call a 24-hour general strike", "called an emergency meeting": an event convened, not a name
        # given to something
        # (not "called her vote ... a mistake", with a name given to it)
        convened = tok.lemma_ == "call" and not named and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CONVENED for c in right)
        # "the prosecution had called 96 witnesses": people summoned, counted, not a name given to anyone
        convened = convened or tok.lemma_ == "call" and any(c.dep_ == "dobj" and c.tag_ == "NNS" and any(
            n.dep_ == "nummod" for n in c.children) for c in right)
        # ("Anyone with information should call the incident room": a number rung, no name given to anything)
        phoned = tok.lemma_ == "call" and not named and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _RUNG for c in right)
        if len(tokens) >= 2 and not convened and not phoned:
            return tokens
    if tok.lemma_ == "blame" and objs:
        # "had blamed the hoarding on “foreign centres”": what was blamed, and on whom or what
        cause = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i > objs[0].i]
        cause += [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ in ("on", "for")]
        if cause:
            return sorted({t for c in (objs[0], *cause) for t in c.subtree}, key=lambda t: t.i)
        return None
    if tok.lemma_ in ("call", "urge", "ask", "tell") and objs and preds:
        tokens = [t for c in (*objs, *preds) for t in c.subtree]
        return tokens
    if tok.lemma_ in _FIGURE_OBJECT_VERBS and objs and tok.dep_ not in ("acl", "relcl", "amod", "csubj") and not (
            tok.lemma_ == "post" and objs[0].lemma_.lower() not in _RESULTS_POSTED):
        # ("posted a loss of 12 million", not "had posted the names of 23 victims on its page": an act)
        # "reported a 12 percent fall in profit to 410 million crowns", "expects growth of 1.2 percent",
        # "estimates the shortfall at between 600 and 900 megawatts": a company's results or an analyst's
        # forecast, with the phrases that complete the figure
        rest = [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i and c.lower_ in ("to", "in", "of", "at",
                                                                                                  "from", "for")]
        in_object = any(t.like_num and t.nbor(1).text != "-" and not _in_relative_clause(t, objs[0])
                        for t in objs[0].subtree if t.i + 1 < len(t.doc))
        valued_at = tok.lemma_ == "estimate" and any(
            c.lower_ == "at" and any(t.like_num for t in c.subtree) for c in rest)
        if in_object or valued_at:
            return [t for c in (objs[0], *rest) for t in c.subtree]
    if tok.lemma_ == "say" and objs and not preds and any(
            t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.i > objs[0].i for t in objs[0].subtree):
        return list(objs[0].subtree)  # "said 58 percent of voters disapproved of ...", the clause parsed as an object
    if tok.lemma_ in ("deny", "admit") and objs and objs[0].lemma_.lower() in _CHARGES:
        return None  # "deny 14 counts of cruelty": a plea in court, not words about the world
    if tok.lemma_ in _OBJECT_CONTENT and objs:
        tokens = list(objs[0].subtree)
        if objs[0].like_num:
            # "police later confirmed 11 dead and 34 injured": a count confirmed, with the words that say of whom
            # (which the parser may hang on the verb)
            tokens = [t for t in tok.subtree if t.i >= objs[0].i]
        # "showed the widest margin in the capital region, where 68.9 percent voted Yes": the parser hung the
        # where-clause that describes the object on the verb
        tokens += [t for c in tok.children if c.dep_ == "advcl" and c.i > objs[0].i
                   and c.left_edge.lower_ == "where" for t in c.subtree]
        if len(tokens) >= 2 and not (len(tokens) == 1 and tokens[0].pos_ == "PRON"):
            return tokens
    return None


# what a defendant pleads to ("deny 14 counts of cruelty", "admitted two charges of fraud")
_CHARGES = frozenset({"count", "charge", "offence", "offense"})


def _of_the_object(prep: Token) -> bool:
    """'in favor of the Iraq War', 'on the deal', 'of the ruling': a phrase about the object, not the occasion of the
    words ('in an article last week')."""
    return prep.lower_ in ("of", "for", "on", "about", "against", "over", "with") or (
        prep.lower_ == "in" and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ in ("favor", "favour"))


def _in_relative_clause(tok: Token, top: Token) -> bool:
    """'posted a clip of the remark, which has had 600,000 views': the number describes the object, it is no
    figure the verb reports."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def _call_content(tok: Token) -> list[Token] | None:
    """'called on the United States to act', 'is calling for the party to unite': who is asked to do what."""
    if tok.lemma_ != "call":
        return None
    for child in tok.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
            return [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)]
        if child.dep_ == "prep" and child.lower_ in ("on", "for"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            todo = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and obj is not None and c.i > obj.i), None)
            if obj is not None and todo is not None:
                return [*obj.subtree, *todo.subtree]
    return None


FINDING_VERBS = frozenset({"find", "show", "conclude", "indicate", "reveal", "suggest", "estimate", "forecast",
                           "project"})


def _finding_subject(tok: Token) -> Token | None:
    """The document or evidence a finding verb reports ('the audit found', 'Tracking data from X shows'):
    its subject, or the object of a gerund the parser made the subject ('Tracking' + 'data')."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(
            c.dep_ == "ccomp" for c in tok.children):
        # "A survey of 1,600 adults put the alliance on 27 percent ... and found that 58 percent ...": the
        # subject the finding shares with the verb before it
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which"):
        subj = _evidence_described(tok, subj) or subj
    if subj is not None and subj.tag_ == "VBG":
        subj = next((c for c in subj.children if c.dep_ == "dobj"), None)
    if subj is not None and (subj.lemma_.lower() in _RESEARCHERS and subj.tag_ == "NNS" or subj.lower_ == "they"):
        return subj  # "..., they found": the researchers report what their study found
    if subj is not None and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                for c in tok.children):
        if subj.lower_ == "it" and subj.tag_ == "PRP":
            return subj  # "It found that the plane struck a field ...": a report or a body named before
        if (subj.ent_type_ == "ORG" or subj.lemma_.lower() in ORG_NOUNS and (subj.tag_ == "NNP" or subj.tag_ == "NN" and any(
                c.lower_ == "the" for c in subj.children))) and tok.lemma_ == "find":
            # "Pellucid Research, which polled 1,150 voters, found that ...", "The inspectorate also found that
            # ...": a body's own finding
            return subj
        if subj.lemma_.lower() in _OFFICIAL_FINDERS and tok.lemma_ == "find":
            return subj  # "The city auditor found last year that ...": an office's finding
        if subj.lemma_.lower() in _FILED_PAPERS and any(c.dep_ == "acl" and c.lemma_ in _FILING_VERBS
                                                         for c in subj.children):
            return subj  # "Compensation claims filed with the service show that ...": filed papers are records
    return subj if subj is not None and is_report_noun(subj) else None  # data: "datum"


def _sender_right_before(tok: Token) -> Token | None:
    """'sounded an alarm with a message from the Tormerian Civil Alert Office warning that a tsunami could reach
    the shore': a cue with no subject of its own right after the "from X" of the message it describes is X's."""
    if tok.tag_ not in ("VBG", "VBD") or tok.i == 0 or tok.dep_ not in ("acl", "advcl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    before = tok.doc[tok.i - 1]
    if before.is_space or before.is_punct:
        return None  # (not across a line or a comma: "Questions from journalists" then "Asked whether ...")
    sender = next((t for t in (before, *before.ancestors) if t.dep_ == "pobj" and t.head.lower_ == "from"
                   and t.right_edge.i == before.i), None)
    if sender is None or sender.head.head.pos_ != "NOUN" or sender.pos_ not in ("PROPN", "NOUN"):
        return None
    return sender


def _that_clause_read_as_relative(tok: Token) -> Token | None:
    """'has told a news conference in the capital that he will not resign': the that-clause of what was told,
    read as a relative clause on the audience, though it has a subject of its own. Also 'said in a written
    statement read to the panel that its oats were tested every month', read as a clause on the panel."""
    if tok.lemma_ != "tell":
        if tok.lemma_ not in SPEECH_VERBS or any(c.dep_ == "ccomp" for c in tok.children):
            return None
        held = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > tok.i and any(
            o.dep_ == "pobj" and is_report_noun(o) for o in p.children)]
        return next((r for h in held for r in h.subtree if r.dep_ == "relcl" and r.left_edge.lower_ == "that"
                     and r.left_edge.dep_ == "mark" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != r.left_edge.i
                                                            for c in r.children)), None)
    audience = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _AUDIENCE_BODIES
                     | _PRESS_AUDIENCES), None)
    if audience is None:
        return None
    # (or on the place the audience was in: "told a rally outside the station that her members had ...")
    places = [p for p in tok.children if p.dep_ == "prep" and p.i > audience.i]
    return next((r for h in (audience, *places) for r in h.subtree if r.dep_ in ("relcl", "acl")
                 and r.left_edge.lower_ == "that" and r.left_edge.dep_ in ("dobj", "mark") and any(
                     c.dep_ in ("nsubj", "nsubjpass") and c.i != r.left_edge.i for c in r.children)), None)


# the press as an audience told something ("told reporters that ...")
_PRESS_AUDIENCES = frozenset({"reporter", "journalist", "press", "briefing", "audience", "crowd", "rally"})


def _closing_cue_read_as_a_noun(tok: Token) -> bool:
    """'A full-time worker ... will earn about 3,300 tamburs more a year, the ministry of work estimates.': a cue
    closing the sentence that the tagger took for a plural noun, though the parser gave it a subject before it and
    the reported clause."""
    return tok.tag_ == "NNS" and tok.dep_ == "ROOT" and tok.lemma_ in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and any(
        c.dep_ == "ccomp" and c.i < tok.i for c in tok.children) and tok.i + 1 < len(tok.doc) and \
        (tok.nbor(1).is_punct or tok.nbor(1).is_space)


# what someone's stated view is called ("Nestwell's first response was that ...")
_VIEW_NOUNS = frozenset({"response", "reply", "answer", "position", "view", "argument", "explanation", "defence",
                         "defense", "message", "line", "case", "claim", "stance", "verdict", "conclusion"})


def _view_that(tok: Token, sent: Span) -> Frame | None:
    """'Nestwell's first response, on the day the results were published, was that the Dormouse had passed ...',
    'The ministry's position is that ...': a stated view of its owner's, whose words the that-clause gives."""
    if tok.lemma_ != "be" or tok.pos_ not in ("AUX", "VERB"):
        return None
    view = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _VIEW_NOUNS), None)
    owner = next((c for c in view.children if c.dep_ == "poss"), None) if view is not None else None
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if owner is None or clause is None or owner.pos_ not in ("PROPN", "NOUN", "PRON") or tok.i > clause.i or any(
            c.tag_ in ("JJS", "MD") or c.lower_ in ("best", "only", "strongest") for c in [*view.children, *tok.children]
            if c.i < clause.i):
        return None  # (not "Mexico's best argument is that ...": what one could say, not what one said)
    mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that")
    end = _end_before_stops(tok.doc, mark.i + 1, clause.right_edge.i + 1)
    return Frame(cue=[view, tok], speaker=owner, content=(mark.i + 1, end), sentence=sent)


def _end_before_stops(doc: Doc, start: int, end: int) -> int:
    """The end of the words start..end without the stops and spaces after them (a closing quotation mark stays
    with the words it closes)."""
    while end > start and (doc[end - 1].text in (".", ",", ";", ":") or doc[end - 1].is_space):
        end -= 1
    return end


def _report_pointed_to(tok: Token, sent: Span) -> Frame | None:
    """'She pointed to a report in the daily Warp last month that Clemo had designed the lighting ...': the clause
    a report noun holds (its 'that', not a relative 'that') is the report's, passed on by the one who points to it
    ('points to', 'refers to', 'cites')."""
    if tok.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in tok.children):
        return None
    report = tok.head
    if not is_report_noun(report) or report.i > tok.i:
        return None
    verb = report.head.head if report.dep_ == "pobj" and report.head.lower_ == "to" else \
        report.head if report.dep_ == "dobj" else None
    if verb is None or not (verb.lemma_ in ("point", "refer") and report.dep_ == "pobj" or
                            verb.lemma_ == "cite" and report.dep_ == "dobj") or verb.pos_ != "VERB":
        return None
    pointer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    start = min(c.left_edge.i for c in tok.children if c.dep_ == "mark" and c.lower_ == "that") + 1
    end = _end_before_stops(tok.doc, start, tok.right_edge.i + 1)
    frame = Frame(cue=[verb, report], speaker=report, content=(start, end), sentence=sent)
    if pointer is not None:
        frame.via = [pointer]
    return frame


def _document_cue_after_a_day(tok: Token, sent: Span) -> Frame | None:
    """'More than 300 homes were flooded, a council report published on Wednesday shows.': the tagger read the
    closing cue after the day as a plural noun ('Wednesday shows'); the document before it speaks, and the clause
    before the comma is what it shows."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lower_ not in CUES_AFTER_A_DAY or tok.i == sent.start:
        return None
    end = tok.i + 1
    if end < sent.end and not (doc[end].is_punct or doc[end].is_space):
        return None  # the cue closes the sentence
    day = doc[tok.i - 1]
    if day.ent_type_ not in ("DATE", "TIME"):
        return None
    document = next((t for t in reversed(doc[sent.start : day.i]) if is_report_noun(t) and t.pos_ == "NOUN"), None)
    if document is None:
        return None
    # (the document's own words before it: the parser may have hung the whole sentence on it)
    start = min([document.i, *(c.left_edge.i for c in document.children if c.i < document.i and c.dep_ in (
        "det", "compound", "amod", "poss", "nmod"))])
    if start <= sent.start + 2 or doc[start - 1].text != "," or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in (
            "acl", "amod") for t in doc[document.i + 1 : day.i]):
        return None
    first = sent.start
    while first < start and (doc[first].is_space or doc[first].is_punct and not doc[first].is_quote):
        first += 1
    content_end = start - 1
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[first:content_end]):
        return None
    return Frame(cue=[tok], speaker=document, content=(first, content_end), sentence=sent)


def _opening_cue_read_as_a_noun(tok: Token, sent: Span) -> Frame | None:
    """'ZTN reports, quoting a farmer near Dunnerholt, that a quad bike was stolen': a present-tense cue after a
    name that the tagger took for a plural noun ("ZTN reports"), followed by the that-clause it reports."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lower_ not in ("reports", "says", "writes", "claims", "adds", "estimates", "finds",
                                               "concludes", "notes", "warns") or tok.i == sent.start:
        return None
    name = doc[tok.i - 1]
    # ("The ruling estimates that ...": a subject the parser gave the misread verb)
    subject = name.dep_ == "nsubj" and name.head.i == tok.i and name.pos_ in ("NOUN", "PROPN")
    if not subject and (name.pos_ != "PROPN" or name.head.i != tok.i or name.dep_ != "compound" or
                        name.left_edge.i != name.i and doc[name.left_edge.i].pos_ != "PROPN"):
        return None
    before = [t for t in doc[sent.start : name.i] if not (t.is_punct or t.is_space or t.like_num)]
    if any(t.lower_ not in ("the", "its", "their") and t.head.i != name.i for t in before):
        return None  # (the name opens the sentence, after a time stamp at most)
    mark = next((t for t in doc[tok.i + 1 : sent.end] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if mark is None or any(t.pos_ in ("VERB", "AUX") and t.lemma_ not in ORIGIN_MARKERS and t.dep_ != "relcl"
                           for t in doc[tok.i + 1 : mark.i]):
        return None
    end = sent.end
    while end > mark.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - mark.i < 4:
        return None
    frame = Frame(cue=[tok], speaker=name, content=(mark.i + 1, end), sentence=sent)
    marker = next((t for t in doc[tok.i + 1 : mark.i] if t.lemma_ in ORIGIN_MARKERS and t.tag_ == "VBG"), None)
    source = next((c for c in marker.children if c.dep_ in ("dobj", "pobj")), None) if marker is not None else None
    return _through_origin(frame, marker, source, name) if marker is not None and source is not None else frame


def _finding_read_as_a_noun(tok: Token, sent: Span) -> Frame | None:
    """'Compensation claims filed with the service show that wolves killed 1,420 sheep': the parser read the
    participle as the sentence's verb and 'show' as a noun ('the service show'); the filed papers show the
    that-clause."""
    doc = tok.doc
    if tok.lower_ not in ("show", "showed", "suggest", "suggested") or tok.pos_ != "NOUN" or tok.i + 1 >= sent.end \
            or doc[tok.i + 1].lower_ != "that":
        return None
    root = sent.root
    papers = next((c for c in sent if c.i < tok.i and c.tag_ == "NNS" and is_report_noun(c)), None)
    opening = next((t for t in sent if t.pos_ not in ("DET", "PUNCT", "SPACE", "NUM")), None)
    if papers is not None and opening is not None and papers.i == opening.i \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[papers.i : tok.i]):
        # "Figures published by the board show that turnout was 65.8 percent": the verb read as a noun (the
        # sentence's subject, or the end of the agent "by the office show"); what follows "that" is the finding
        end = sent.end
        while end > tok.i + 2 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return Frame(cue=[tok], speaker=papers, content=(tok.i + 2, end), sentence=sent) if end > tok.i + 4 else None
    papers = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if root.tag_ != "VBD" or root.lemma_ not in _FILING_VERBS or papers is None or \
            papers.lemma_.lower() not in _FILED_PAPERS or not root.i < tok.i:
        return None
    clause = next((c for c in (*root.children, *tok.children) if c.dep_ == "ccomp" and c.i > tok.i + 1 and any(
        m.i == tok.i + 1 for m in c.children)), None)
    content = _span_of([t for t in clause.subtree if t.i > tok.i + 1], anchor=clause) if clause is not None else None
    if content is None:
        return None
    return Frame(cue=[tok], speaker=papers, content=content, sentence=sent)


# papers people file, which are records once filed ("claims filed with the service"), and the verbs of filing
_FILED_PAPERS = frozenset({"claim", "application", "complaint", "return", "petition", "request"})
_FILING_VERBS = frozenset({"file", "lodge", "submit"})


# offices whose findings are reported as such ("the auditor found that ...")
_OFFICIAL_FINDERS = frozenset({"auditor", "inspector", "coroner", "ombudsman", "examiner", "regulator", "watchdog",
                               "inspectorate", "investigator", "assessor", "comptroller"})


def _evidence_described(tok: Token, relative: Token) -> Token | None:
    """'Skyrend published images on Friday that show three field hospitals': the pictures or data the relative
    clause describes (parsed as a complement of the verb when something stands between)."""
    if tok.dep_ == "relcl":
        described = tok.head
    elif tok.dep_ == "ccomp":
        described = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < relative.i), None)
    else:
        return None
    # (pictures someone put out, not "a photograph from 1987 that shows 41 children")
    if described is None or described.dep_ != "dobj" or described.head.lemma_ not in _PUT_OUT:
        return None
    return described if _is_evidence(described) else None


_PUT_OUT = frozenset({"publish", "release", "issue", "post", "share", "circulate", "produce", "present"})


# a study's authors, and others who report what they found
_RESEARCHERS = STUDY_AUTHORS | {"investigator", "epidemiologist", "auditor", "inspector", "examiner"}


def _is_evidence(tok: Token) -> bool:
    """Pictures, recordings or data ("the videos", "Tracking data", whose lemma is "datum")."""
    return bool(EVIDENCE_NOUNS & {tok.lemma_.lower(), tok.lower_})


# data with no author of its own named beside it: whoever tells of it makes the claim
_BARE_DATA = DATA_NOUNS | {"figure", "figures", "number", "numbers"}


def _told_by_someone(tok: Token) -> bool:
    """Is the clause of ``tok`` reported by a speech or belief verb above it ("Roberts said the videos were
    inconclusive and that the footage did not show ...")?"""
    node = tok
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_ in SPEECH_VERBS | BELIEF_VERBS and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def _document_subject(tok: Token) -> bool:
    """Is the subject a document or a body whose findings are reported ('the audit', 'a study')?"""
    subject = _finding_subject(tok)
    if subject is None:
        return False
    # "Analysts said satellite images showed a new camp", "Bamberg said the videos show Scott calmly leaving his
    # car": what pictures or data show, told by someone, is part of what that someone says
    reported = tok.dep_ in ("ccomp", "conj") and tok.head.lemma_ in SPEECH_VERBS | BELIEF_VERBS
    if _is_evidence(subject) and _told_by_someone(tok):
        return False
    if any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if subject.i < tok.i and subject.left_edge.i > tok.sent.start and tok.doc[subject.left_edge.i - 1].text == "," \
            and _closes_sentence(tok, tok.sent) and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "Asked what worried them most, 41 per cent named food prices, the survey found."
    if subject.lemma_.lower() in _RESEARCHERS or subject.lower_ == "they":
        return False  # "they found the missing file": a thing found, no finding reported
    # ("The paper said the documents showed concentrations of 0.8 to 2.3 nanograms": what documents show, passed on
    # by whoever saw them, is the documents' finding)
    passed_on = reported and subject.lemma_.lower() in _SOURCE_DOCUMENTS and tok.head.lemma_ in SPEECH_VERBS
    return tok.lemma_ in _SHOWING_VERBS and any(c.dep_ == "dobj" for c in tok.children) and (not reported or passed_on)


# papers that speak for themselves when someone passes on what they show
_SOURCE_DOCUMENTS = frozenset({"document", "documents", "ledger", "ledgers", "record", "records", "file", "files",
                               "invoice", "invoices", "minutes", "memo", "cable", "cables", "spreadsheet"})


# verbs that report words only with a that-clause ("ruled that", "calculated that"; not "ruled the country")
_THAT_CLAUSE_VERBS = frozenset({"rule", "calculate", "compute", "reckon", "testify", "certify", "stipulate",
                                "project", "forecast", "accept", "record", "advise"})


def find_frames(sent: Span) -> list[Frame]:
    """All attribution frames of one sentence."""
    frames: list[Frame] = []
    for tok in sent:
        frame = None
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            frame = _according_to(tok, sent)
            sequel = _and_after_according_to(tok, frame) if frame is not None else None
            if sequel is not None:
                frames.append(sequel)
        elif tok.lower_ == "by" and tok.dep_ in ("prep", "agent"):
            frame = _by_reckoning(tok, sent)
        elif tok.dep_ in ("relcl", "acl") and (verdict := _verdict_on_a_claim(tok)) is not None:
            frame = verdict  # "..., a figure she called "pure fantasy"": before its reading as a plain cue
        elif _names_oneself(tok):
            continue  # "the officers, who call themselves the National Restoration Council": a name, no words
        elif tok.dep_ == "acl" and (pledged := _own_pledge(tok, sent)) is not None:
            frame = pledged  # "ended his address with a promise that his government would build ..."
        elif tok.pos_ in ("VERB", "AUX") and (tok.lemma_ in SPEECH_VERBS or tok.lemma_ in BELIEF_VERBS):
            frame = _verb_frame(tok, sent)
            if frame is None and tok.lemma_ in ("assume", "project", "forecast"):
                frame = _assumed_figures(tok, sent)  # "Grevendale assumes returns of 4.5 percent a year"
            if frame is None and tok.lemma_ in _DIRECTIVE_VERBS:
                frame = _directive(tok, sent)  # "it asked fishing boats to stay out of a zone of 2,500 km²"
            if tok.lemma_ == "ask" and (frame is None or frame.content == (tok.i, tok.i)):
                # "The Office of the Prosecutor had asked for a term of 45 years": an amount asked for (the cue
                # alone, kept for a quotation around it, has no words of its own)
                frame = _proposal(tok, sent) or frame
            sequel = _and_after_closing_cue(tok, frame) if frame is not None else None
            if sequel is not None:
                frames.append(sequel)
            # (not for a cue inside words already reported: "said its own review pointed to X, and that ...")
            second = _second_that_clause(tok, frame) if frame is not None and not any(
                f.contains(tok.i) for f in frames) else None
            if second is not None:
                frames.append(second)
        elif tok.pos_ == "VERB" and tok.lemma_ in _THAT_CLAUSE_VERBS and any(
                c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children) and not any(c.dep_ in ("prt", "neg") for c in tok.children):
            # (not "could not rule out that ...": a doubt, no ruling)
            frame = _verb_frame(tok, sent)  # "The judge ruled that ...", "She once calculated that ..."
        elif (view := _view_that(tok, sent)) is not None:
            frame = view  # "Nestwell's first response was that the Dormouse had passed ...": Nestwell's words
        elif (pointed := _report_pointed_to(tok, sent)) is not None:
            frame = pointed  # "She pointed to a report in the daily Warp that Clemo had designed ...": Warp's, via her
        elif (dated := _document_cue_after_a_day(tok, sent)) is not None:
            frame = dated  # "..., a council report published on Wednesday shows.": "Wednesday shows" read as a noun
        elif _closing_cue_read_as_a_noun(tok):
            frame = _verb_frame(tok, sent)  # "..., the ministry of work estimates.", "estimates" read as a plural
        elif (opening := _opening_cue_read_as_a_noun(tok, sent)) is not None:
            frame = opening  # "ZTN reports, quoting a farmer, that ...", "reports" read as a plural
        elif (misread := _finding_read_as_a_noun(tok, sent)) is not None:
            frame = misread  # "Claims filed with the fund show that ...", "show" read as a noun
        elif tok.pos_ == "VERB" and tok.lemma_ in FINDING_VERBS and _document_subject(tok):
            frame = _verb_frame(tok, sent)  # "The audit found that ...", "a study shows that ..."
            if frame is not None and tok.dep_ in ("ccomp", "conj") and tok.head.lemma_ in SPEECH_VERBS and \
                    frame.speaker is not None and frame.speaker.lemma_.lower() in _SOURCE_DOCUMENTS:
                # "The paper said the documents showed ...": the statement is the paper's; the figures are the
                # documents', passed on by the paper
                frame.figures_only = True
        elif (verdict := _verdict_on_a_claim(tok)) is not None:
            frame = verdict  # "..., a claim the ministry dismissed as "a fantasy""
        elif takes_stance(tok):
            frame = _verb_frame(tok, sent)  # "dismissed the reports as fake news", "refuted claims that ..."
        elif tok.lemma_ in ("put", "place") and tok.pos_ == "VERB" or tok.lemma_ in ("value", "peg", "measure",
                                                                                    "clock") and \
                tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in tok.children):
            # ("gusts that the weather service measured at 188 kilometres an hour": a reading is its taker's)
            # ("valued Velloway at 29 to 34 solvars a share", not "closed at 352, valuing the company at")
            frame = _estimate_frame(tok, sent)  # "The ministry put its own losses at 19 soldiers killed"
        elif tok.lemma_ == "give" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                t.like_num for t in c.subtree) for c in tok.children) and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _OWN_TEXT_NOUNS for c in tok.children):
            # (not "an earlier version of the 15:05 entry gave the number ... as 14,500": the outlet's own slip)
            frame = _estimate_frame(tok, sent)  # "The decision gives it as 16 percent"
        elif tok.lemma_ in ("have", "give", "show") and tok.pos_ in ("VERB", "AUX") and \
                (pollster := _pollster_subject(tok)) is not None:
            frame = _poll_reading(tok, pollster, sent)  # "Three weeks ago Trendmark had the gap at eight points"
        elif tok.lemma_ == "rank" and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            frame = _ranking(tok, sent)  # "The committee ranks Dravenna 141st of 180 countries in its index"
        elif tok.lemma_ in _REVISING_VERBS and tok.pos_ == "VERB" and (revised := _revised_figure(tok, sent)) is not None:
            frame = revised  # "It corrected the figure to 23 on Tuesday afternoon"
        elif (tok.lemma_ in _RECORDING_VERBS | _DECIDING_VERBS | _SENTENCING_VERBS or tok.lemma_ == "name" and any(
                c.dep_ == "nsubj" and is_report_noun(c) for c in tok.children)) and tok.pos_ == "VERB":
            frame = _recorded_count(tok, sent)  # "The border police recorded 290 deaths over the same period"
        elif tok.lemma_ in _DIRECTIVE_VERBS and tok.pos_ == "VERB":
            frame = _directive(tok, sent, told_only=True)  # "The agency has ordered everyone living within 12 km to leave"
        elif tok.lower_ in ("fine", "fines", "fined", "fining") and tok.pos_ == "VERB":  # (lemma "fin" at times)
            frame = _fine_imposed(tok, sent)  # "The watchdog fined three millers a combined 412 million zelots"
        elif tok.lemma_ in _PROPOSAL_VERBS and tok.pos_ == "VERB":
            frame = _proposal(tok, sent)  # "The union wants a 9 percent pay rise; Mirerail has offered 4.5 percent"
        elif tok.lemma_ == "hear" and tok.pos_ == "VERB" and hearing_body(tok) is not None and any(
                c.dep_ == "ccomp" for c in tok.children):
            frame = _verb_frame(tok, sent)  # "The jury heard that £38,000 had been taken": evidence given
        if frame is not None and frame.figures_only and not frame.via and frame.origin is None and \
                frame.speaker is not None and (origin := _origin_of(tok, frame.speaker)) is not None:
            # "Radio Tavrech, quoting the village's mayor, put the number of dead at 27": the mayor's count,
            # passed on by the station
            _through_origin(frame, *origin, frame.speaker)
        if frame is not None and _refused_to_say(frame):
            continue  # "did not say whether he would seek a deal": nothing said
        if frame is not None and frame.cue[0].lemma_ == "declare" and not frame.figures_only and \
                frame.content[0] < len(tok.doc) and tok.doc[frame.content[0]].lower_ != "that" and any(
                    t.lower_ in _DECLARED_STATES for t in tok.doc[frame.content[0] : frame.content[1]]):
            frame.figures_only = True  # "declared X elected with 18,204 votes": a formal act; its figures are its own
            # ("declared Wishart the winner with 61,480 votes to 52,007 for X, ..., on a turnout of 71 percent": the
            # rest of the sentence, hung on the cue, is the same act)
            last = max((t.i + 1 for t in sent if not t.is_punct and not t.is_space), default=frame.content[1])
            if last > frame.content[1] > tok.i and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "ccomp")
                                                          for t in tok.doc[frame.content[1] : last]):
                frame.extent = (frame.content[0], last)
        if frame is not None and frame.speaker is not None and frame.speaker.ent_type_ in ("PERCENT", "MONEY") \
                and frame.content[1] <= frame.speaker.i:
            # "turnout was 71.2 percent in the districts declared so far": a participle read as the verb of the
            # share, which says nothing (unlike "62 percent said they would vote")
            continue
        if frame is not None and not _contact_relative(frame):
            frames.append(frame)
    colon = _figures_from_frame(sent)
    if colon is not None:
        frames.append(colon)
    aside = _data_aside(sent)
    if aside is not None and not any(f.cue[-1].i == aside.cue[-1].i for f in frames):
        frames.append(aside)
    # "said the government would spend 4.5 million on imports, and would ask parliament to raise ...": words
    # someone will say, inside another's, are part of those words, not a statement of their own
    frames = [f for f in frames if not (_yet_to_be_said(f.cue[0]) and any(
        o is not f and o.speaker is not None and o.contains(f.cue[0].i) for o in frames))]
    # "said she accepted the findings and had asked the company for a new timetable": a cue with no words of its
    # own, joined on inside another's words, is part of them
    frames = [f for f in frames if not (f.content[0] == f.content[1] and f.cue[0].dep_ == "conj" and any(
        o is not f and o.speaker is not None and o.contains(f.cue[0].i) for o in frames))]
    # "The arcade would stay closed until Tuesday, Gammage said, and forensic officers expected to spend another two
    # days inside": a belief joined on after a cue in the middle is more of that speaker's words
    frames = [f for f in frames if not (f.cue[0].lemma_ in BELIEF_VERBS and f.cue[0].dep_ == "conj" and not any(
        c.dep_ == "ccomp" for c in f.cue[0].children) and any(
        o is not f and o.speaker is not None and o.cue[0].dep_ == "parataxis" and o.cue[0].head.i == f.cue[0].head.i
        and o.cue[0].i < f.cue[0].i for o in frames))]
    # "According to figures from the interior ministry, police recorded 17 armed robberies", "said that detectives
    # believed the gang had watched the shop for three weeks": a count kept or a belief held, inside another's
    # words, is what that other tells; the one who kept or believed it says nothing
    # (a body's belief stays its own: "the watchdog expected public debt to peak at 88.4 percent")
    frames = [f for f in frames if not ((f.figures_only and f.cue[0].lemma_ in _RECORDING_VERBS or
                                         f.cue[0].lemma_ in BELIEF_VERBS - SPEECH_VERBS and f.speaker is not None
                                         and f.speaker.tag_ == "NNS" and not f.speaker.ent_type_) and any(
        o is not f and o.speaker is not None and o.contains(f.cue[0].i) and o.cue[0].lemma_ not in BELIEF_VERBS
        for o in frames))]
    frames = _relayed_speech(frames)
    frames = _told_through_aside(frames)
    _end_before_verdict(frames)
    _end_at_closing_mark(frames)
    _nest(frames)
    return frames


# nouns for words one gives of one's own ("a promise that ...", "a warning that ...")
_PLEDGE_NOUNS = frozenset({"promise", "pledge", "vow", "warning", "assurance", "prediction", "admission", "threat",
                           "announcement", "guarantee"})


# verbs for giving one's own words ("made a pledge that ...", "issued a warning that ...")
_GIVING_VERBS = frozenset({"make", "give", "issue", "repeat", "renew", "deliver", "offer", "sound", "add", "voice"})


def _own_pledge(clause: Token, sent: Span) -> Frame | None:
    """'Lovibond ended his address with a promise that his government would build 100,000 more homes', 'She made a
    pledge that ...': the that-clause of a noun for one's own words, given by the subject of the verb it is the
    object of (or that it goes "with")."""
    noun = clause.head
    if noun.lemma_.lower() not in _PLEDGE_NOUNS or noun.pos_ != "NOUN" or clause.i < noun.i or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    # (a pledge one makes or ends with; not one ignored, "he ignored a warning that ...")
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head \
        if noun.dep_ == "dobj" and noun.head.lemma_ in _GIVING_VERBS else None
    if verb is None or verb.pos_ != "VERB" or takes_stance(verb) or _is_passive(verb):
        return None
    speaker = _subject(verb)
    if speaker is None or speaker.i > noun.i:
        return None
    content = _span_of([t for t in clause.subtree if t.dep_ != "mark" or t.head.i != clause.i])
    if content is None:
        return None
    return Frame(cue=[verb, noun], speaker=speaker, content=content, sentence=sent)


def _end_before_verdict(frames: list[Frame]) -> None:
    """'... told parliament that Jorvania had created 210,000 jobs, in an annual address that the leader of the
    opposition dismissed as "a work of fiction"': another's verdict on the occasion, closing the words reported,
    is no part of them; the words end before the phrase it hangs on."""
    for verdict in frames:
        cue = verdict.cue[0]
        # (not the speaker's own verdict on a figure: "goods worth 2.8 billion, which she called ...")
        if len(verdict.cue) != 1 or cue.dep_ not in ("relcl", "acl") or verdict.speaker is None or \
                verdict.speaker.pos_ == "PRON" or _verdict_on_a_claim(cue) is None:
            continue
        noun = cue.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or any(t.like_num for t in noun.subtree if t.i < cue.i):
            continue
        phrase_start = noun.head.i
        for outer in frames:
            cs, ce = outer.content
            # (the phrase closes the outer words, but for a closing mark)
            if outer is verdict or outer.speaker is None or not cs < phrase_start <= cue.i < ce or \
                    noun.right_edge.i + 1 < ce - 1:
                continue
            end = phrase_start
            while end > cs and (cue.doc[end - 1].is_punct or cue.doc[end - 1].is_space):
                end -= 1
            if end - cs >= 3:
                outer.content = (cs, end)


def _end_at_closing_mark(frames: list[Frame]) -> None:
    """'Tapsell said Trebarwith had told the crew "we are going home in a helicopter" about ten minutes after the
    mast fell': words told inside another's, given in quotation marks, end at the closing mark; when they were
    told is the outer speaker's account."""
    for frame in frames:
        cs, ce = frame.content
        doc = frame.cue[0].doc
        if cs < 1 or doc[cs - 1].text not in ('"', "“") or not any(
                o is not frame and o.speaker is not None and o.contains(frame.cue[0].i) for o in frames):
            continue
        close = next((t.i for t in doc[cs:ce] if t.text in ('"', "”")), None)
        if close is None or close - cs < 3 or sum(1 for t in doc[close + 1 : ce] if t.is_alpha) < 2:
            continue
        # (not a quoted part of the clause that goes on: 'said "at least 20" men were alive')
        if any(not cs <= t.head.i < close and close < t.head.i < ce for t in doc[cs:close]):
            continue
        frame.content = (cs, close)
        frame.extent = (min(frame.extent[0], cs) if frame.extent else cs, close)


def _told_through_aside(frames: list[Frame]) -> list[Frame]:
    """'A service inspector told him last winter, he says, that the real number was "nearer eight"': the parser
    gave the that-clause to the aside; it is what the first one told, and the aside's speaker passed it on."""
    kept = []
    for frame in frames:
        aside = frame.cue[-1]
        doc = aside.doc
        told = next((o for o in frames if o is not frame and o.cue[-1].i == aside.head.i and o.speaker is not None),
                    None) if aside.dep_ == "parataxis" and frame.speaker is not None else None
        that_clause = next((c for c in aside.children if c.dep_ == "ccomp" and c.i > aside.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if told is None or that_clause is None or told.cue[-1].i > aside.i or doc[frame.speaker.left_edge.i - 1].text != "," \
                or doc[that_clause.left_edge.i - 1].text != ",":
            kept.append(frame)
            continue
        told.content = frame.content
        told.extent = frame.extent
        told.via = [frame.speaker, *told.via]
    return kept


# verbs that only report words ("City have agreed terms, according to X" is an agreement, not words relayed)
_SAYING_VERBS = frozenset({"say", "tell", "add", "state", "write", "claim", "insist", "warn", "explain", "declare",
                           "admit", "acknowledge", "argue", "reply", "remark", "comment", "note", "report", "testify"})


def _relayed_speech(frames: list[Frame]) -> list[Frame]:
    """'"...," she said, according to Nordline' / 'He said the army had withdrawn, according to Reuters': the
    words are the speaker's, and the one the phrase names passed them on; no statement of its own."""
    kept = []
    for frame in frames:
        tok = frame.cue[0]
        relayed = None
        if tok.lower_ == "according" and frame.speaker is not None and frame.origin is None:
            phrase_end = frame.speaker.right_edge.i
            doc = tok.doc
            closing = doc[tok.i - 1].text == "," and all(
                t.is_punct or t.is_space for t in doc[phrase_end + 1 : frame.sentence.end])
            # (not "Satellite imagery tells a different story, according to X": pictures and papers say nothing
            # that someone passes on)
            relayed = next((o for o in frames if o is not frame and o.speaker is not None and o.cue[0].pos_ == "VERB"
                            and o.cue[0].lemma_ in _SAYING_VERBS and o.speaker.i < tok.i
                            and not _is_evidence(o.speaker) and not is_report_noun(o.speaker)
                            and (tok.head.i == o.cue[0].i or closing and o.cue[0].dep_ == "ROOT" and o.contains(tok.i))),
                           None)
        if relayed is None:
            kept.append(frame)
            continue
        relayed.via = [frame.speaker, *(v for v in relayed.via if v.i != frame.speaker.i)]
        if relayed.contains(tok.i):  # the phrase closes the reported clause: not part of the words
            relayed.content = (relayed.content[0], tok.i - 1 if tok.doc[tok.i - 1].text == "," else tok.i)
    return kept


def _contact_relative(frame: Frame) -> bool:
    """'..., in the order people asked.': a cue with nothing after it whose subject follows a noun straight on is
    a relative clause without 'that' on that noun, which the parser took for the sentence's own clause."""
    speaker, cue = frame.speaker, frame.cue[-1]
    if speaker is None or cue.dep_ not in ("ROOT", "advcl") or speaker.i > cue.i or cue.i != speaker.right_edge.i + 1:
        return False
    doc = cue.doc
    before = doc[speaker.left_edge.i - 1] if speaker.left_edge.i > cue.sent.start else None
    # (the parser may take the noun for part of the subject: "in [the order customers] asked")
    after_noun = before is not None and (before.pos_ == "NOUN" and before.dep_ in ("pobj", "dobj") or before.lower_ in (
        "in", "on", "at", "by", "for", "from", "with", "to", "of"))
    return after_noun and not any(c.i > cue.i and not (c.is_punct or c.is_space) for c in cue.children)


def _and_after_according_to(tok: Token, frame: Frame) -> Frame | None:
    """'The victims were aged between 16 and 34, according to a list released by the police, and six were
    women': a clause with its own subject joined by 'and' right after a closing 'according to X' is X's too."""
    head, doc = tok.head, tok.doc
    if tok.dep_ != "prep" or head.i > tok.i or head.pos_ not in ("VERB", "AUX") or doc[tok.i - 1].text != "," \
            or frame.speaker is None:
        return None
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.right_edge.i
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    # (not a clause with a speaker of its own, "and the ministry says ...", nor the writer's comment on the
    # first, "and that is with a ground that is falling down")
    if conj is None or conj.lemma_ in SPEECH_VERBS | BELIEF_VERBS or any(
            g.dep_ == "nsubj" and g.lower_ in ("that", "this") for g in conj.children):
        return None
    between = doc[tok.right_edge.i + 1 : conj.left_edge.i]
    if [t.lower_ for t in between if not t.is_punct] != ["and"] or not any(t.text == "," for t in between):
        return None
    content = _span_of(list(doc[between[-1].i + 1 : conj.right_edge.i + 1]), anchor=conj)
    return Frame(cue=frame.cue, speaker=frame.speaker, content=content, sentence=frame.sentence, via=list(frame.via),
                 origin=frame.origin) if content else None


def _and_after_closing_cue(tok: Token, frame: Frame) -> Frame | None:
    """'Oil ... had spread across 340 square kilometres, the Coast Guard said, and a thin sheen had reached the
    fishing grounds': a clause joined by 'and' after a closing cue is reported too, by the same speaker."""
    head = tok.head
    # ("A smaller eruption left the sun on Saturday, its duty forecaster told a briefing, but it was travelling at
    # half the speed": the cue made the root, the clause before it its complement, the one after its conjunct,
    # whose subject goes on with that clause's)
    closing_root = tok.dep_ == "ROOT" and frame.speaker is not None and frame.content[1] <= frame.speaker.left_edge.i
    # ("..., its chief executive, X, said, but the firm made the money back ...": the cue read as a second verb of
    # the clause it closes, and the clause after it as a third)
    closing_conj = tok.dep_ == "conj" and head.i < tok.i and head.pos_ in ("VERB", "AUX") and \
        frame.speaker is not None and frame.content[0] <= head.i < frame.content[1] <= frame.speaker.left_edge.i
    if closing_root:
        head = tok
    elif not closing_conj and (tok.dep_ != "parataxis" or head.i > tok.i or not (
            head.pos_ in ("VERB", "AUX") or _misread_clause_root(tok)) or frame.speaker is None):
        return None
    # ('"He really does love us," Melanie said, and soon the balloons were dropping': after words quoted, the story
    # goes on in the outlet's voice, unless the clause carries on with the same thing, "it" or "they")
    quoted = closing_root and any(t.is_quote for t in tok.doc[frame.content[1] - 1 : frame.speaker.left_edge.i])
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in ("nsubj", "nsubjpass") and (not quoted or g.lower_ in ("it", "they"))
                         for g in c.children) and c.lemma_ not in SPEECH_VERBS
                 # (a belief of others goes with the words: "..., Gammage said, and forensic officers expected to
                 # spend another two days inside"; not a belief about words, "and officers believe that ...")
                 and not (c.lemma_ in BELIEF_VERBS and any(g.dep_ == "ccomp" for g in c.children))), None)
    cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "but") and tok.i < c.i < conj.i), None) \
        if conj is not None else None
    if conj is None:
        # ('The company had "never paid anyone ...", he said, and would cooperate with any investigation': a verb
        # with no subject of its own, in the shifted tense of reported speech, that the parser joined to the cue)
        # ("..., Ruth Lamb said, and has cut its staff": or joined to the reported verb the cue hangs on)
        holders = [tok, head] if tok.dep_ == "parataxis" and head is not tok else [tok]
        conj = next((c for h in holders for c in h.children if c.dep_ == "conj" and c.i > tok.i
                     and c.pos_ in ("VERB", "AUX") and (_backshifted(c) or _perfect_like_the_reported(c, tok, head))
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                     and c.lemma_ not in SPEECH_VERBS | BELIEF_VERBS), None)
        cc = next((c for h in holders for c in h.children if c.dep_ == "cc" and c.lower_ in ("and", "but")
                   and tok.i < c.i < conj.i), None) if conj is not None else None
    if cc is None:
        # ('..., he said, though most would be refused': a concession in the shifted tense of reported speech)
        conj = next((c for c in head.children if c.dep_ == "advcl" and c.i > tok.i and _backshifted(c) and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        cc = next((m for m in conj.children if m.dep_ == "mark" and m.lower_ in ("though", "although")), None) \
            if conj is not None else None
    if cc is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in
                         tok.doc[tok.right_edge.i + 1 : cc.i]):
        return None
    end = conj.right_edge.i + 1
    # ("..., the release says, and anyone caught dodging the fee faces a fine": the parser made the subject's own
    # participle the conjunct and hung the verb after it on the cue's clause as another one)
    verb = next((c for c in head.children if c.dep_ == "conj" and c.i > conj.i and c.left_edge.i == end
                 and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if verb is not None and conj.tag_ == "VBD" and verb.tag_ in ("VBZ", "VBP"):
        end = verb.right_edge.i + 1
    content = _span_of(list(tok.doc[cc.i + 1 : end]), anchor=conj)
    return Frame(cue=frame.cue, speaker=frame.speaker, content=content, sentence=frame.sentence, via=list(frame.via)) \
        if content else None


def _reported_inside_speech(tok: Token) -> bool:
    """'She said the guild had warned ...': a cue inside what a speaker before it said; a second 'and that'
    clause after it goes on with the outer speaker's words."""
    return tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH_VERBS and tok.head.i < tok.i


def _second_that_clause(tok: Token, frame: Frame) -> Frame | None:
    """'X said that Y had been dismissed for "repeated breaches", and that he had never had access ...': a second
    'that' clause the parser joined to the cue itself rather than to the first clause is said too."""
    if frame.speaker is None or frame.content is None or _reported_inside_speech(tok):
        return None
    # ("was quoted by KVN as saying she had bought it ..., and that she had sold it ...": joined to "quoted")
    governor = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "as" else None
    joined = [*tok.children, *(governor.children if governor is not None else ())]
    conj = next((c for c in joined if c.dep_ == "conj" and c.i > frame.content[1] and c.pos_ in ("VERB", "AUX")
                 and any(g.dep_ == "mark" and g.lower_ == "that" and g.i < c.i for g in c.children)), None)
    if conj is None:
        return None
    mark = next(g for g in conj.children if g.dep_ == "mark" and g.lower_ == "that")
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "but") for t in tok.doc[frame.content[1] : mark.i]):
        return None
    content = _span_of(list(tok.doc[mark.i + 1 : conj.right_edge.i + 1]), anchor=conj)
    return Frame(cue=frame.cue, speaker=frame.speaker, content=content, sentence=frame.sentence, via=list(frame.via)) \
        if content else None


MIN_FRAGMENT = 3  # words after the colon for a claim
_FIGURE_NOUNS = frozenset({"figure", "number", "result", "data", "update", "statistic", "count", "tally"})


def _figures_from_frame(sent: Span) -> Frame | None:
    """'Updated figures from Portmere Transit: 52 buses are now running': what follows the colon comes from the
    body the opening phrase names."""
    colon = next((t for t in sent if t.text == ":" and t.i > sent.start + 2), None)
    if colon is None or colon.i + MIN_FRAGMENT >= sent.end:
        return None
    lead = [t for t in sent if t.i < colon.i]
    head = next((t for t in lead if t.lemma_.lower() in _FIGURE_NOUNS | REPORT_NOUNS and t.pos_ == "NOUN"), None)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None) if head else None
    source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if source is None or source.right_edge.i != colon.i - 1 or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in (
            "amod",) for t in lead):
        return None
    end = sent.end
    while end > colon.i + 1 and (sent.doc[end - 1].is_punct or sent.doc[end - 1].is_space):
        end -= 1
    return Frame(cue=[head], speaker=source, content=(colon.i + 1, end), sentence=sent)


# those a speaker speaks through: "Through his lawyer, X denied ..."
MOUTHPIECES = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "counsel",
                         "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "agent",
                         "publicist", "barrister", "barristers"})


def _speaking_through(cue: Token, frame: Frame) -> None:
    """'Through his lawyer, X denied ...': X speaks, the lawyer passes the words on. When the lawyer's name
    stands in apposition ('Through his lawyer, Anneliese Y, X denied'), the parser takes it for the subject and
    X for a second one."""
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "through" and c.i < cue.i), None)
    mouth = next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ in MOUTHPIECES), None) if prep else None
    if mouth is None and frame.speaker is not None and not frame.via:
        reader = _reader_before(cue)
        if reader is not None:  # "In a statement read out by Tuckwell, she ... said ...": Tuckwell passed it on
            frame.via = [reader]
        return
    if mouth is None or frame.speaker is None:
        return
    speaker = frame.speaker
    doc = cue.doc
    second = next((c for c in speaker.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if second is not None and doc[speaker.left_edge.i - 1].text == "," and speaker.left_edge.i - 2 == mouth.i:
        frame.via = [speaker]  # the lawyer's name, then the client
        frame.speaker = second
    elif not frame.via:
        frame.via = [mouth]


def _reader_before(cue: Token) -> Token | None:
    """The one named as reading out the statement a cue (or the verb it goes on from) is said in: 'In a statement
    read out by Tuckwell, she thanked the searchers and said ...' -> Tuckwell."""
    verbs = [cue, cue.head] if cue.dep_ == "conj" else [cue]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > cue.i:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or not is_report_noun(noun):
                    continue
                for part in noun.children:
                    reader = reader_of_a_statement(part)
                    if reader is not None and reader.pos_ in ("PROPN", "NOUN"):
                        return reader
    return None


def reader_of_a_statement(part: Token) -> Token | None:
    """The one who read out someone else's statement: 'a statement read out by Tuckwell' -> Tuckwell (``part`` is
    the participle)."""
    if part.dep_ != "acl" or part.lemma_ not in ("read", "deliver") or not is_report_noun(part.head):
        return None
    agent = next((c for c in part.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


# bodies that hear evidence: what "the court heard" is the evidence given to it
HEARING_BODIES = frozenset({"court", "jury", "tribunal", "inquiry", "hearing", "inquest", "committee", "panel"})


def hearing_body(verb: Token) -> Token | None:
    """The court, jury or inquiry that 'heard that ...'."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lemma_.lower() in HEARING_BODIES else None


def _estimate_frame(tok: Token, sent: Span) -> Frame | None:
    """'put its losses at 19 soldiers', 'placed the cost at 2 billion', 'gives it as 16 percent': an estimate is a
    claim of the one who puts it, the estimated thing with its figure."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and tok.lemma_ in ("measure", "clock"):
        # "gusts that the weather service measured at 188 kilometres an hour": the relative pronoun is the object
        obj = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i < tok.i),
                   None)
    if obj is None and tok.dep_ == "relcl" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" and tok.lemma_ in (
            "put", "place", "peg", "value"):
        obj = tok.head  # "a journey the report puts at about 35 minutes": the thing the relative clause is on
    # ("put National Accord on 34 percent": a poll's reading, unless someone says what it puts them on)
    ats = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "at" or c.lower_ == "on" and not (
        tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH_VERBS) or c.lower_ == "as" and tok.lemma_ == "give")]
    # ("puts the average retreat at Haddersea at 1.8 metres a year": the "at" with the figure, not the place)
    at = next((c for c in ats if any(t.like_num for t in c.subtree)), ats[0] if ats else None)
    speaker = _subject(tok) or _met_one_who(tok) or _inherited_subject(tok)
    if at is None and obj is not None and tok.lemma_ in ("put", "place"):
        # "put the cost of the revision exercise itself at about 1.2 million": the parser took a noun of the
        # object for a verb joined to "put", and hung "at" on it
        at = next((c for v in tok.children if v.dep_ == "conj" and v.i > obj.i and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in v.children) and tok.doc[v.i - 1].i == obj.right_edge.i
            for c in v.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if at is None and obj is not None and tok.lemma_ in ("put", "place"):
        # "put the number of dead in Tavrech and the surrounding hamlets at 27": "at" hung on the last place
        # (or on a participle of the object: "put the value of goods held up at more than 400 million")
        at = next((t for t in tok.subtree if t.i > obj.i and t.lower_ == "at" and t.dep_ == "prep"
                   and (t.head.pos_ in ("NOUN", "PROPN") and any(n.dep_ == "pobj" and n.like_num for n in t.children)
                        # (or "the number of bags still waiting at roughly 9,000")
                        or t.head.dep_ in ("acl", "advcl") and t.head.tag_ in ("VBN", "VBG")
                        and any(n.like_num for n in t.subtree))),
                  None)
    if at is None and obj is not None:
        # "put the number of people evacuated nearer 2,500": the figure after "nearer" or "closer"
        # (or "closer to 70")
        at = next((t for t in tok.subtree if t.i > obj.i and (t.like_num or t.pos_ == "NUM") and (
            tok.doc[t.i - 1].lower_ in ("nearer", "closer") or tok.doc[t.i - 1].lower_ == "to"
            and tok.doc[t.i - 2].lower_ in ("nearer", "closer"))), None)
        while at is not None and at.dep_ in ("compound", "nummod", "quantmod") and at.head.i > at.i:
            at = at.head  # "nearer 60 million": the whole amount
    if obj is None or at is None or speaker is None or at.i < obj.i or _is_passive(tok):
        return None
    if speaker.lower_ in ("that", "this", "it", "which") and tok.tag_ != "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will") for c in tok.children):
        return None  # "That would put the demand at 2 percent of revenue": the writer's sum, nobody's estimate
    if not any(t.like_num or t.pos_ == "NUM" for t in at.subtree):
        return None  # "put the blame at the door of ...": no figure, no estimate
    # "put the number of launchers lower, at eight to ten": the estimated thing through its figure
    end = at.right_edge.i
    # "puts the number of infected farms at nine and the number of farms culled as a precaution at 31": a second
    # number set in the same breath, which the parser hung on the verb as a conjunct (or as the subject of a clause
    # joined to it), its "at" maybe on an aside ("..., because their catch may be tainted, at 212")
    # ("put its surface at 740 square kilometres, and its average depth at under 3 metres": any thing set at a
    # figure of its own)
    second = next((v for v in tok.children if v.dep_ == "conj" and v.i > end and (
        v.lemma_.lower() in _GIVEN_FIGURES and v.pos_ == "NOUN" or any(
            g.dep_ == "nsubj" and g.lemma_.lower() in _GIVEN_FIGURES for g in v.children) or v.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree) for c in v.children))), None)
    at_second = next((t for t in tok.doc[second.i : sent.end] if t.lower_ == "at" and t.i + 1 < sent.end and (
        t.nbor(1).like_num or t.nbor(1).pos_ == "NUM" or t.nbor(1).lower_ in ("under", "over", "about", "around",
                                                                              "nearly", "least"))), None) \
        if second is not None else None
    if at_second is not None and (obj.lemma_.lower() in _GIVEN_FIGURES or second.pos_ == "NOUN"):
        end = max(second.right_edge.i, at_second.right_edge.i)
    for part in (*tok.children, *obj.children, *at.children):
        # "at five dead, including two miners", "at 30 percent, with a 95 percent confidence interval of 21 to
        # 38 percent", "on 27 percent, down five points since the spring": part of the estimate
        # (and "at 4.2 billion crowns, against a budget of 3 billion": the figure it is set against)
        if part.lower_ in ("including", "with") and part.i > end or part.lower_ in ("down", "up", "against", "compared") \
                and part.i == end + 2 and tok.doc[part.i - 1].text == ",":
            end = part.right_edge.i
    # "put the cost lower, at between 480 and 560 million, because about 40 percent of its copper is sold under
    # contract": the reason given for the estimate is the estimate's
    because = next((c for c in tok.children if c.dep_ == "advcl" and c.i > end and any(
        m.dep_ == "mark" and m.lower_ == "because" for m in c.children)), None)
    if because is not None:
        end = because.right_edge.i
    # (the development sets annotate "put X at N" as a figure of the one who puts it, never as a statement)
    return _figures_frame(tok, speaker, list(tok.doc[obj.left_edge.i : end + 1]), sent)


_ASIDE_SHOWING = frozenset({"show", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates"})


def _data_aside(sent: Span) -> Frame | None:
    """'Ardmoria sold Belloria 2.1 million tonnes of steel, the agency's data show, or nearly a fifth of ...':
    a body's data or figures set off by commas as an aside (the parser may read 'show' as a noun) report the
    clause before them, and the words after the aside go on with it."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in _ASIDE_SHOWING or tok.i + 1 >= sent.end or doc[tok.i + 1].text not in (",", ".", ";"):
            continue
        noun = doc[tok.i - 1]
        if not (noun.pos_ in ("NOUN", "PROPN") and (is_report_noun(noun) or noun.lower_ == "figures")):
            return None
        start = noun.i
        while start > sent.start and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET")
                                      or doc[start - 1].tag_ in ("POS", "PRP$")):
            start -= 1
        if start - 1 <= sent.start + 2 or doc[start - 1].text != ",":
            return None
        content = _span_of(list(doc[sent.start : start - 1]))
        if content is None:
            return None
        end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
        # (with 'show' read as a noun, the owner hangs on it: the agency's data speak for the agency)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) \
            if tok.pos_ == "NOUN" else None
        return Frame(cue=[tok], speaker=owner or noun, content=content, sentence=sent, via=[],
                     extent=(content[0], max(content[1], end)))
    return None


_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters"})
_POLL_DESIGN = frozenset({"margin", "sample", "error", "size", "response", "rate"})


def _pollster_subject(tok: Token) -> Token | None:
    """The subject of 'have', 'give' or 'show' when it is a poll or a pollster the text names beside a poll
    ('The largest of the surveys, by Trendmark, ... Trendmark had the gap at eight points')."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in _POLL_WORDS:
        return subj
    if tok.lemma_ == "give" and is_report_noun(subj) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return subj  # "The force's own figures give its strength as 2,940 officers": the figures' reading
    if subj.lower_ == "it" and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _POLL_WORDS
                                   for t in tok.doc[tok.sent.start : subj.i]):
        return subj  # "The fourth poll, by Pollaris, was reported by X, which said it showed ...": the poll
    if subj.pos_ != "PROPN":
        return None
    # (named so at another place: "Labour has 34 percent in the latest poll" makes no pollster of Labour)
    return subj if any(i != subj.i for i in _named_beside_polls(tok.doc).get(subj.text, ())) else None


def _named_beside_polls(doc: Doc) -> dict[str, list[int]]:
    """Where each word is written within four words of a poll or survey in the document (worked out once)."""
    key = "heuer_named_beside_polls"
    if key not in doc.user_data:
        near: dict[str, list[int]] = {}
        for word in (t for t in doc if t.lower_ in _POLL_WORDS):
            for t in doc[max(0, word.i - 3) : word.i + 5]:
                near.setdefault(t.text, []).append(t.i)
        doc.user_data[key] = near
    return doc.user_data[key]


def _poll_reading(tok: Token, pollster: Token, sent: Span) -> Frame | None:
    """'Trendmark gives National Accord a 12-point lead', 'the poll has the gap at eight points': a poll's
    reading is the pollster's figure (no statement: the writer reads the poll)."""
    if tok.tag_ == "VBG":
        return None
    rest = [t for t in tok.subtree if t.i > tok.i]
    if not any(t.like_num or t.pos_ == "NUM" for t in rest) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _POLL_DESIGN for c in tok.children):
        return None  # ("The poll of 1,450 adults had a margin of error of 3 points": how it was made, no reading)
    return _figures_frame(tok, pollster, rest, sent)


# verbs that move a figure someone gave before to a new value, and the nouns for such a figure
_REVISING_VERBS = frozenset({"correct", "revise", "update", "amend", "adjust", "raise", "lower", "cut", "trim", "lift",
                             "reduce", "increase"})
_GIVEN_FIGURES = frozenset({"figure", "toll", "number", "estimate", "count", "tally", "total", "forecast"})
# ... and the figures a body sets for itself ("Analysts at X cut their price target to 24 lissets from 27")
_REVISED_FIGURES = _GIVEN_FIGURES | {"target", "guidance", "projection", "rating"}


def _ranking(tok: Token, sent: Span) -> Frame | None:
    """'The Committee for Open Newsrooms ranks Dravenna 141st of 180 countries, down 19 places': a ranking's
    figures are the ranker's (no statement of its own)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    speaker = _subject(tok)
    if obj is None or speaker is None or _is_passive(tok) or not any(
            t.like_num or t.pos_ == "NUM" for t in tok.doc[obj.i + 1 : tok.right_edge.i + 1]):
        return None
    return _figures_frame(tok, speaker, list(tok.doc[obj.left_edge.i : tok.right_edge.i + 1]), sent)


def _revised_figure(tok: Token, sent: Span) -> Frame | None:
    """'Ferrocarr initially said 25 ... It corrected the figure to 23', 'The ministry raised its estimate to
    1,400': the new value is a figure of the one who revises it (no statement of its own)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _REVISED_FIGURES), None)
    # ("cut Marrowgate's credit rating by three notches": a change by an amount, the "by" maybe hung on the rating)
    rated = obj is not None and obj.lemma_.lower() == "rating"
    to = next((c for c in [*tok.children, *(obj.children if rated else ())] if c.dep_ == "prep" and (
        c.lower_ == "to" or c.lower_ == "by" and rated) and obj is not None and c.i > obj.i), None)
    speaker = _subject(tok) or _inherited_subject(tok)
    if obj is None or to is None or speaker is None or _is_passive(tok) or \
            not any(t.like_num or t.pos_ == "NUM" for t in to.subtree):
        return None
    # ("raised its estimate ... to 6.1 percent from 5.4 percent": the old value is the reviser's too)
    old = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > to.i and any(
        t.like_num or t.pos_ == "NUM" for t in c.subtree)), None)
    end = old.right_edge.i if old is not None else to.right_edge.i
    return _figures_frame(tok, speaker, list(tok.doc[obj.left_edge.i : end + 1]), sent)


# what a body asks or measures to reach its findings ("In a survey of 1,180 of its members, the guild found ...")
_INQUIRY_NOUNS = frozenset({"survey", "poll", "study", "analysis", "review", "audit", "census", "sample", "count",
                            "test", "questionnaire", "canvass"})


def _survey_before(tok: Token) -> int | None:
    """Where an opening 'In a survey of ...' phrase on the cue starts: its numbers are the speaker's too."""
    for child in tok.children:
        if child.dep_ == "prep" and child.i < tok.i and child.lower_ in ("in", "from") and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in _INQUIRY_NOUNS for obj in child.children):
            return child.left_edge.i
    return None


def _with_phrase_after(tok: Token, span: tuple[int, int], sent: Span) -> int | None:
    """The end of a verbless ', with ...' phrase that closes the sentence right after the reported words
    (', with more than 150 vehicles under camouflage netting'): it describes what was reported."""
    doc = sent.doc
    end = span[1]
    if end < sent.end and doc[end].text != "," and doc[end - 1].text == ",":
        end -= 1  # (a span that keeps the comma it ends on)
    if end + 2 >= sent.end or doc[end].text != "," or tok.i >= end:
        return None
    if doc[end + 1].lower_ == "each" and doc[end + 2].tag_ == "VBG":
        # (", each holding between 50,000 and 120,000 ostrins": what the reported words counted, one by one)
        rest = [t for t in doc[end + 1 : sent.end] if not (t.is_punct or t.is_space)]
        finite = any(t.tag_ in _FINITE_TAGS for t in rest)
        return rest[-1].i + 1 if rest and not finite and any(t.like_num for t in rest) else None
    superlative = doc[end + 1].lower_ == "the" and doc[end + 2].tag_ == "JJS" and end + 4 < sent.end and \
        doc[end + 3].lower_ == "of" and doc[end + 4].lower_ in ("them", "these", "those")
    if doc[end + 1].lower_ != "with" and not superlative:
        return None  # (", the largest of them about 400 animals": one of the things the reported words counted)
    rest = _verbless_rest(doc, end + 1, sent.end)
    if rest is None or not any(t.like_num for t in rest):
        return None
    return rest[-1].i + 1


def _before_a_verdict(doc: Doc, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """A reported clause without the verdict someone passed on it at its end ('the agent stood to earn 5 million,
    a figure she called "pure fantasy"'): that verdict is a statement of its own."""
    if content is None:
        return None
    for t in doc[content[0] : content[1]]:
        # (the comma right before the phrase that names the claim; the parser may hang words before it there, as
        # in 'had spent "well over that", a claim X called ...')
        comma = next((k for k in range(t.i - 1, max(content[0], t.i - 4), -1) if doc[k].text == ","
                      and all(d.pos_ in ("DET", "ADJ") for d in doc[k + 1 : t.i])), None)
        if t.pos_ == "NOUN" and comma is not None and comma > content[0] + 1 and any(
                c.dep_ in ("relcl", "acl") and _verdict_on_a_claim(c) is not None for c in t.children):
            return (content[0], comma)
    return content


def _verdict_on_a_claim(tok: Token) -> Frame | None:
    """'..., a claim Dorvakh's defence ministry dismissed as "pure invention"': the verdict a body passes on the
    claim the sentence reported is that body's words."""
    naming = tok.lemma_ in ("call", "describe", "label", "brand") and tok.pos_ == "VERB"
    # (a contact clause may come out as an acl with its own subject: 'a claim X called "a story ..."')
    if not (is_stance_verb(tok) or naming) or tok.dep_ not in ("relcl", "acl"):
        return None
    # (of anything else, a verdict in quotation marks: "an annual address that the leader of the opposition
    # dismissed as "a work of fiction"")
    claim = tok.head.lemma_.lower() in CLAIM_NOUNS | _GIVEN_FIGURES
    # ("..., a figure she called "pure fantasy"": a person's verdict, named by a pronoun, on a figure reported)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and (c.pos_ in ("NOUN", "PROPN") or naming and c.lower_
                                                                  in ("he", "she", "they", "it"))), None)
    verdict = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj"), None)
    if verdict is None and naming:
        verdict = next((c for c in tok.children if c.i > tok.i and (c.dep_ in ("oprd", "xcomp") or c.dep_ == "dobj"
                                                                    and (tok.doc[c.left_edge.i].is_quote
                                                                         or tok.doc[c.left_edge.i - 1].is_quote))), None)
    if subj is None or verdict is None:
        return None
    content = _span_of(list(verdict.subtree))
    if content is None:
        return None
    doc = tok.doc
    if not claim and not (content[0] > 0 and doc[content[0] - 1].is_quote and tok.head.pos_ == "NOUN"):
        return None
    if content[0] > 0 and doc[content[0] - 1].is_quote:
        # ('a claim Drysdale called "a fantasy from a man who came third"': the quoted verdict runs to its closing
        # mark, whatever the parser hung its end on)
        close = next((t.i for t in doc[content[1] : tok.sent.end] if t.is_quote), None)
        if close is not None and not any(t.lemma_ in SPEECH_VERBS for t in doc[content[1] : close]):
            content = (content[0], close)
    return Frame(cue=[tok], speaker=subj, content=content, sentence=tok.sent, via=[])


_RECORDING_VERBS = frozenset({"record", "register", "log", "document", "tally", "count", "list"})
# what an office-holder or a body decides on cases ("The ombudsman upheld 1,430 of the 2,340 complaints")
# (not what a council approves: "has approved a 4.99% rise in council tax" is the story's own news)
_DECIDING_VERBS = frozenset({"uphold", "reject", "dismiss"})
# what an appeal court does to a sentence (a first sentence passed, "sentenced X to six years", stays the story's news)
_SENTENCING_VERBS = frozenset({"reduce", "cut", "replace", "quash", "increase", "extend", "halve", "overturn"})
_COURTS = frozenset({"court", "judge", "tribunal", "bench", "justice", "magistrate"})
_DECIDING_OFFICES = frozenset({"ombudsman", "judge", "court", "tribunal", "regulator", "panel", "board", "committee",
                               "commissioner", "inspector", "adjudicator", "stewards", "referee", "arbiter"})


def _assumed_figures(tok: Token, sent: Span) -> Frame | None:
    """'Grevendale assumes returns of 4.5 percent a year': the figure a named body or person works from is theirs
    (no statement: an assumption is not a claim about the world)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if subj is None or obj is None or subj.pos_ != "PROPN" or _is_passive(tok) or \
            not any(t.like_num for t in obj.subtree):
        return None
    return _count_frame(tok, subj, obj, sent, ("dobj", "npadvmod"))


def _sentence_decided(tok: Token, subj: Token | None, obj: Token | None, sent: Span) -> Frame | None:
    """'The three judges reduced her sentence from five years to three', 'the court replaced her 30-month term with a
    suspended sentence of 18 months': the terms a court sets or changes are its figures (no statement), from the
    term changed or the first 'from'/'to'/'with' on; not those it names ('four protesters', an age). No one else's
    cut is ("The firm cut 400 jobs")."""
    if subj is None or obj is None:
        return None
    court = subj.lemma_.lower() in _COURTS or subj.pos_ == "PROPN" and any(
        t.lower_ in _COURTS for t in subj.subtree if t.pos_ == "PROPN")
    if not court:
        return None
    doc = tok.doc
    span = doc[tok.i + 1 : min(tok.right_edge.i + 1, sent.end)]
    termed = any(t.lemma_.lower() in ("year", "month", "week", "day") for t in obj.subtree) and any(
        t.like_num or "-" in t.text for t in obj.subtree)
    start = obj.left_edge.i if termed else next((t.i for t in span if t.lower_ in ("from", "to", "with", "by") and any(
        x.like_num for x in t.subtree)), None)
    if start is None:
        return None
    return _figures_frame(tok, subj, list(doc[start : span.end]), sent)


def _recorded_count(tok: Token, sent: Span) -> Frame | None:
    """'The border police recorded 290 deaths over the same period': a body's own count of what it recorded is
    its figure (no statement: nothing is said). People who count ('reporters counted ...') are left to the
    sentence's own voice."""
    sentencing = tok.lemma_ in _SENTENCING_VERBS - _RECORDING_VERBS
    if _is_passive(tok) or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or not (
            tok.dep_ == "ROOT" or sentencing and tok.dep_ in ("advcl", "conj")):
        return None  # (a count someone reports, "said its teams had recorded 1,870 explosions", is theirs)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if sentencing:
        return _sentence_decided(tok, subj, obj, sent)
    if subj is None or obj is None or not any(t.like_num for t in obj.subtree):
        return None
    # ("It recorded more than 260 aftershocks": the body named before, found by the speaker resolver)
    # ("The ledger lists 57 of the district's recruits as dead": a document's own count is its author's)
    # ("The spreadsheet names 318 applicants": a document listing)
    body = subj.ent_type_ == "ORG" or subj.lemma_.lower() in ORG_NOUNS | {"police"} or subj.lower_ == "it" and \
        subj.tag_ == "PRP" or tok.lemma_ in ("list", "name") and subj.pos_ == "NOUN" and is_report_noun(subj)
    # ("The ombudsman, X, upheld 1,430 of the 2,340 complaints": an office decides on cases, as a body does)
    body = body or tok.lemma_ in _DECIDING_VERBS and (subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and subj.tag_ == "NN"
                                                      and subj.lemma_.lower() in _DECIDING_OFFICES)
    it = subj.lower_ == "it"
    if not body or (subj.lower_ in _EXPLETIVES and not it) or (it and not _body_spoke_before(tok)):
        return None
    return _count_frame(tok, subj, obj, sent, ("dobj", "prep", "npadvmod"))


def _fine_imposed(tok: Token, sent: Span) -> Frame | None:
    """'Brenzonia's competition watchdog fined three millers a combined 412 million zelots': the amount a body
    fines is that body's figure (no statement); the count of those fined stays the writer's."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    fined = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    # (the parser may hang the amount on those fined: "fined three of the millers a combined 412 million zelots")
    amount = next((c for c in tok.subtree if c.dep_ in ("dobj", "npadvmod", "dative") and fined is not None
                   and c.i > fined.i and c.pos_ == "NOUN" and any(t.like_num for t in c.subtree)
                   and (c.head.i == tok.i or c.head.i in {f.i for f in fined.subtree})), None)
    if amount is None and fined is not None and fined.pos_ == "NOUN" and any(
            c.dep_ == "nummod" for c in fined.children) and (
            any(c.dep_ == "nmod" for c in fined.children) or any(c.dep_ == "dative" for c in tok.children)):
        # "fined the company 2 million marrovs", read as one phrase with "company" its modifier, or with the
        # company as the one given to and the sum as the object
        amount = fined
    # ("The office can fine a company up to 10 percent of its revenue": a power it has, no fine it set)
    if _is_passive(tok) or subj is None or amount is None or any(c.tag_ == "MD" for c in tok.children) or not (
            subj.ent_type_ == "ORG" or subj.pos_ == "PROPN" or subj.lemma_.lower() in ORG_NOUNS or subj.lower_ == "it"):
        return None
    return _figures_frame(tok, subj, list(amount.subtree), sent)


# what a returning officer, a doctor or a court declares someone or something to be, by an act
_DECLARED_STATES = frozenset({"elected", "dead", "winner", "winners", "bankrupt", "insolvent", "void", "invalid"})


def _with_fronted_phrase(tok: Token, content_head: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'Of the 312 people on board, 280 have been rescued, officials said': a phrase opening the sentence that the
    parser hung on the closing cue belongs to the clause reported before it."""
    if content is None or content_head.i > tok.i:
        return content
    sent = tok.sent
    front = next((c for c in tok.children if c.dep_ == "prep" and c.i < content[0]
                  and c.left_edge.i == sent.start and c.lower_ in ("of", "in", "among", "by", "at", "on", "for")), None)
    if front is None or not all(t.is_punct for t in tok.doc[front.right_edge.i + 1 : content[0]]):
        return content
    return (front.left_edge.i, content[1])


def _refused_to_say(frame: Frame) -> bool:
    """'did not say whether he would seek a deal', 'would not say how many were hurt': a denied saying whose content
    is only the open question."""
    cue = frame.cue[0]
    start = frame.content[0]
    if start >= len(cue.doc) or not any(c.dep_ == "neg" for c in cue.children):
        return False
    return cue.doc[start].lower_ in ("whether", "if", "how", "when", "why", "where", "who", "what", "which")


def _count_frame(tok: Token, subj: Token, obj: Token, sent: Span, parts: tuple[str, ...]) -> Frame | None:
    """A frame that sources the figures of a verb's object and the *parts* of its clause after it, and makes no
    statement ('recorded 290 deaths over the same period', 'has offered 4.5 percent over two years')."""
    end = max(t.i for c in tok.children if c.i > tok.i and c.dep_ in parts for t in c.subtree)
    return _figures_frame(tok, subj, list(tok.doc[obj.left_edge.i : end + 1]), sent)


def _figures_frame(tok: Token, speaker: Token, tokens: list[Token], sent: Span) -> Frame | None:
    """A frame, cued by *tok*, that sources the figures in *tokens* (their run, see :func:`_span_of`) to
    *speaker* and makes no statement."""
    content = _span_of(tokens)
    if content is None:
        return None
    return Frame(cue=[tok], speaker=speaker, content=content, sentence=sent, via=[], figures_only=True)


# a text's own versions and parts, whose figures are the writer's ("an earlier version of the entry gave ...")
_OWN_TEXT_NOUNS = frozenset({"version", "entry", "article", "story", "edition", "post", "update"})


# verbs that tell others what to do ("asked boats to stay out of a zone of 2,500 square kilometres")
_DIRECTIVE_VERBS = frozenset({"ask", "urge", "order", "instruct", "advise", "tell"})


def _directive(tok: Token, sent: Span, *, told_only: bool = False) -> Frame | None:
    """'The agency ... asked fishing boats to stay out of a zone of 2,500 square kilometres': the figures of what a
    party tells others to do are that party's (no statement: the request is reported, not its words). With
    *told_only* (an order, no speech), only a number that sets whom it tells ('everyone living within 12 kilometres
    of the crater') makes it the party's: 'ordered the roughly 1,100 residents to leave' counts them in the
    writer's voice."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
    todo = next((c for c in tok.children if c.dep_ == "xcomp" and obj is not None and c.i > obj.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    subj = _subject(tok)
    if subj is None or todo is None or obj is None or _is_passive(tok):
        return None
    if told_only:  # the words that set whom it tells: "everyone living within 12 kilometres of the crater"
        numbers = [t for c in obj.children if c.dep_ in ("acl", "relcl", "prep") for t in c.subtree]
    else:
        numbers = list(todo.subtree)
    if not any(t.like_num for t in numbers):
        return None
    if told_only:  # (the figures of those told, then: the frame ends with them)
        return _figures_frame(tok, subj, list(tok.doc[obj.left_edge.i : obj.right_edge.i + 1]), sent)
    return _count_frame(tok, subj, obj, sent, ("xcomp",))


# verbs of asking for or offering an amount, whose figures are the asking or offering party's
_PROPOSAL_VERBS = frozenset({"offer", "demand", "want", "seek", "pledge", "bid", "request", "appeal"})


def _proposal(tok: Token, sent: Span) -> Frame | None:
    """'The union wants a 9 percent pay rise', 'Mirerail has offered 4.5 percent over two years', 'demanded 45 million
    corvals for their deletion': an amount asked for or offered is a figure of the party that asks or offers (no
    statement: nothing is said). Only in a clause of the writer's own, not inside what someone is reported saying."""
    # ("The union wants a 9 percent rise; Mirerail has offered ...", parsed with the first clause a complement of
    # the second)
    own_clause = tok.dep_ == "ROOT" or tok.dep_ in ("conj", "ccomp") and tok.head.lemma_ not in SPEECH_VERBS and (
        tok.dep_ == "conj" and tok.head.dep_ == "ROOT" or any(t.text == ";" for t in tok.doc[tok.i : tok.head.i])) or (
        # "Fairhollow says the tender was "tilted" and seeks damages of up to £4.2m": the speaker's own demand
        tok.dep_ == "conj" and tok.head.lemma_ in SPEECH_VERBS and tok.head.dep_ == "ROOT" and tok.i > tok.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) or (
        # "He told her that ..., and he asked for the 27 crew to be released": a request of its own after the words
        tok.lemma_ == "ask" and tok.dep_ == "conj" and tok.head.lemma_ in SPEECH_VERBS and tok.head.dep_ == "ROOT"
        and tok.i > tok.head.i and any(c.dep_ == "nsubj" for c in tok.children))
    if _is_passive(tok) or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or not own_clause:
        return None
    subj = _subject(tok) if tok.dep_ == "ROOT" else (_subject(tok) or _subject(tok.head))
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None and tok.lemma_ in ("appeal", "ask"):  # "has appealed for 4 million kronets in donations"
        obj = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                    if o.dep_ == "pobj"), None)
    parts: tuple[str, ...] = ("dobj", "prep", "npadvmod", "dative")
    if obj is None and tok.lemma_ in ("appeal", "ask"):
        # "asked for 200 more police officers to be sent to the town": the ones asked for, subject of the clause
        obj = next((s for c in tok.children if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children
                    if s.dep_ in ("nsubj", "nsubjpass")), None)
        parts = ("advcl", "ccomp")
    if subj is None or obj is None or not any(t.like_num for t in obj.subtree):
        return None
    party = subj.ent_type_ in ("ORG", "PERSON", "NORP") or subj.pos_ == "PROPN" or subj.lemma_.lower() in \
        ORG_NOUNS | PERSON_ROLE_NOUNS or (
        subj.lower_ in ("he", "she", "they", "it"))
    if not party:
        return None
    return _count_frame(tok, subj, obj, sent, parts)


def _body_spoke_before(tok: Token) -> bool:
    """Is the subject of the sentence before a body that spoke ('The Institute of Seismology said ...'), so that
    an 'it' opening this one is that body (not 'the ledger shows ... it records')?"""
    doc = tok.doc
    start = tok.sent.start
    if start == 0:
        return False
    prev = doc[start - 1].sent
    # ("The ledger lists a monthly wage of ... It also lists 57 recruits as dead": a document listing again)
    return any(t.dep_ == "nsubj" and (t.head.lemma_ in SPEECH_VERBS and (
        t.ent_type_ == "ORG" or t.lemma_.lower() in ORG_NOUNS) or tok.lemma_ == "list" == t.head.lemma_
        and is_report_noun(t)) for t in prev)


_CONTACT_VERBS = frozenset({"speak", "talk", "meet", "interview", "consult"})


def _met_one_who(tok: Token) -> Token | None:
    """'a Western defence attaché I spoke to put the number of launchers at ...', parsed with 'to put' a complement
    of 'spoke': the one spoken to puts the number."""
    told = tok.head
    if tok.dep_ != "xcomp" or told.dep_ != "relcl" or told.lemma_ not in _CONTACT_VERBS:
        return None
    marker = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == told.i + 1), None)
    one = told.head
    return one if marker is not None and one.pos_ in ("NOUN", "PROPN") and _plausible_speaker(one) else None


# "By his calculation, ...", "By its own count, ...": an estimate someone owns, opening what it found
_RECKONING_NOUNS = frozenset({"calculation", "calculations", "count", "estimate", "estimates", "reckoning", "tally"})


def _by_reckoning(tok: Token, sent: Span) -> Frame | None:
    """'By his calculation, Velgoria loses about $13 on each barrel': the owner of the estimate is the source."""
    if tok.i > sent.start and tok.doc[tok.i - 1].text not in (",", ";", "\u2014"):
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    # (opening the sentence, or closing it: "... to 82, not 104, by the coastguard's count.")
    after = tok.doc[source.right_edge.i + 1].text if source is not None and source.right_edge.i + 1 < len(tok.doc) else ""
    closing = after in (".", "!") and tok.i > sent.start and tok.doc[tok.i - 1].text == ","
    if source is None or source.lower_ not in _RECKONING_NOUNS or not any(
            c.dep_ == "poss" for c in source.children) or after != "," and not closing:
        return None
    frame = _according_to(tok, sent, prep=tok)
    whole = _span_of([t for t in tok.doc[sent.start : tok.i - 1] if not t.is_space]) if closing else None
    if frame is not None and whole is not None:
        frame.content = whole  # the whole sentence it closes, whatever the parser hung the phrase on
    return frame


# the words that open a clause of time beside a sentence's main clause ("..., as fighting reached the capital")
_TIME_CLAUSE_MARKS = frozenset({"as", "while", "when", "after", "before"})


def _according_to(tok: Token, sent: Span, prep: Token | None = None) -> Frame | None:
    """'According to X, ...' (or another phrase whose preposition *prep* holds the source)."""
    to = prep if prep is not None else tok.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = {t.i for t in tok.subtree} | {t.i for t in source.subtree} | {tok.i, to.i}
    head = tok.head
    while head.dep_ in ("aux", "auxpass") or (head.pos_ not in ("VERB", "AUX") and head.head.i != head.i):
        head = head.head
    # "The deal will add X and will be neutral to Y, according to the CFO": a phrase closing coordinated
    # clauses that share one subject sources all of them, not only the last
    while (head.dep_ == "conj" and head.i < tok.i and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i
           and not any(c.dep_ in _SUBJ for c in head.children)):
        head = head.head
    # "According to the research the story was based on, the true number was 1,460": a relative clause without
    # 'that', ending on its preposition, that the parser took for the clause the phrase belongs to
    stranded = head.doc[head.right_edge.i]
    if head.dep_ in ("ccomp", "advcl") and head.head.i > head.right_edge.i and stranded.pos_ == "ADP" and \
            not list(stranded.children) and head.i > source.i and head.right_edge.i + 1 < len(head.doc) and \
            head.doc[head.right_edge.i + 1].text == ",":
        phrase |= {t.i for t in head.subtree}
        head = head.head
    # "..., according to figures the Prison Service published last month": the parser read the relative clause
    # without 'that' as a clause of the sentence and hung the phrase on it; the one who published the document
    # is the source, and the clause before the phrase what it says
    doc = tok.doc
    if is_report_noun(source) and head.dep_ in ("conj", "advcl") and head.i > source.i and head.head.i < tok.i and \
            head.head.pos_ in ("VERB", "AUX"):
        publisher = next((c for c in head.children if c.dep_ == "nsubj" and c.left_edge.i == source.right_edge.i + 1
                          and c.pos_ in ("PROPN", "NOUN")), None)
        if publisher is not None and head.right_edge.i >= sent.end - 2:
            phrase |= {t.i for t in head.subtree if t.i > source.i}
            head, source = head.head, publisher
    # "X killed 40 people, according to a monitoring group, as fighting reached the capital": the parser hung the
    # phrase on the trailing 'as' clause; it sources the main clause before it
    trailing = None
    if head.dep_ in ("advcl", "conj") and head.i > tok.i and head.head.pos_ in ("VERB", "AUX") and head.head.i < tok.i and any(
            c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in head.children):
        trailing, head = head, head.head
        phrase |= {t.i for t in trailing.subtree}
    # "A were stranded and B were left waiting, according to X": a phrase closing the sentence after a comma
    # sources every clause before it, each with its own subject
    if tok.i > sent.start and doc[tok.i - 1].text == "," and not any(
            t.i > max(phrase) and not (t.is_punct or t.is_space) for t in sent):
        # ("The crush happened at 21:40, as the singer began her last song, according to the police": hung on
        # the closing 'as' clause, it sources the whole sentence)
        if head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i < tok.i and any(
                c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_MARKS for c in head.children):
            head = head.head
        while head.dep_ == "conj" and head.i < tok.i and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
            head = head.head
    # "According to the league's data provider, Pitchmetric, Okafor-Lindqvist covered 10.6 kilometres": the parser
    # made the subject of the claim a second apposition to the source; it is the claim's, and the source is the name
    names = [c for c in source.children if c.dep_ == "appos" and c.i > source.i]
    if len(names) >= 2 and names[-1].right_edge.i + 1 == head.i and doc[names[-1].left_edge.i - 1].text == "," \
            and not any(c.dep_ in _SUBJ for c in head.children):
        phrase -= {t.i for t in names[-1].subtree}
        if names[0].pos_ == "PROPN":
            source = names[0]
    # "According to the race doctor, Urska Wace, 41 riders fell, 9 of them needed treatment ...": a name set off after
    # an opening phrase's role, which the parser made part of the claim (and the claim's first clause a clause
    # reported by its last)
    after = source.right_edge.i + 1
    if tok.i == sent.start and source.lemma_.lower() in PERSON_ROLE_NOUNS and after < sent.end and \
            doc[after].text == ",":
        end = after + 1
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end - after > 2 and end < sent.end and doc[end].text == "," and end not in phrase:
            phrase |= set(range(after, end + 1))
            while head.dep_ == "ccomp" and head.head.i > head.i and head.head.lemma_ not in SPEECH_VERBS and \
                    doc[head.right_edge.i + 1].text == ",":
                head = head.head
    # "according to X, citing Y": the origin is named beside the source, not part of the content
    origin = None
    marker = None
    for t in sent:
        if t.lemma_ in ORIGIN_MARKERS and t.tag_ == "VBG" and (t.head.i == source.i or t.head.i == head.i):
            obj = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                origin, marker = obj, t
                phrase |= {x.i for x in t.subtree}
    # "according to the Relief Society, which cited local officials": the source's own origin (also when hung on
    # the name in apposition: "according to the army newspaper Iron Banner, which quoted ...")
    for rel in [*source.children, *(g for a in source.children if a.dep_ == "appos" for g in a.children)]:
        if rel.dep_ == "relcl" and rel.lemma_ in ORIGIN_MARKERS and origin is None:
            obj = next((c for c in rel.children if c.dep_ in ("dobj", "pobj")), None)
            # (not the source's own records: "according to the Centre, which cited readings from its own ground
            # stations": the phrase still names what it cited, but the figures stay the Centre's)
            own = any(t.lower_ == "own" and t.head.dep_ == "pobj" or t.lower_ in ("its", "their") and t.dep_ == "poss"
                      and t.head.i == obj.i for t in obj.subtree) if obj is not None else False
            if obj is not None and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in rel.children):
                if own:
                    phrase |= {t.i for t in rel.subtree}
                    continue
                origin, marker = obj, rel
                if tok.dep_ == "ROOT":
                    # ("According to the daily Harbinet, which cited minutes ..., 11 members were told ...", with
                    # the claim hung on the source as a second clause: the phrase ends with the origin's clause)
                    phrase = {i for i in phrase if i <= rel.right_edge.i}
    # "According to the authority, that protects 94 percent of depositors, but a Quillpoint calculation suggests
    # that ...": a clause after "but" with a source of its own is that source's, not this one's
    # ("By its count, 186 ships were waiting ..., and cargo owners put the value of goods held up at ...": a clause
    # after "and" whose own subject speaks or estimates)
    for other in head.children:
        if other.dep_ == "conj" and other.i > max(phrase) and other.i > head.i and (
                other.lemma_ in SPEECH_VERBS or other.lemma_ in FINDING_VERBS or other.lemma_ in _ESTIMATE_VERBS) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in other.children) and any(
                c.dep_ == "cc" and (c.lower_ == "but" or c.lower_ == "and" and max(phrase) < head.i and any(
                    g.dep_ == "nsubj" for g in other.children) and not any(g.dep_ == "prt" for g in other.children))
                and c.i < other.left_edge.i for c in head.children):
            phrase |= {t.i for t in other.subtree} | {c.i for c in head.children if c.dep_ == "cc" and c.i < other.i}
    closing_name = _name_closing_after(source, sent) if doc[tok.i - 1].text == "," else None
    if closing_name is not None:  # "..., according to the organisers, the Lunestran Chess Foundation."
        phrase |= {t.i for t in closing_name.subtree} | {closing_name.left_edge.i - 1}
        source = closing_name
    tokens = [t for t in head.subtree if t.i not in phrase]
    cut = name_phrase_end(source)
    if len(tokens) < 4 and tok.i == sent.start and cut < source.right_edge.i and doc[cut].text == ",":
        # "According to conservative talk radio host Rush Limbaugh, the move reeks of “fear”": the claim the
        # parser hung on the source's name as an apposition
        tokens = [t for t in sent if t.i > cut and not t.is_space]
    if len(tokens) < 4:
        tokens = [t for t in sent if t.i not in phrase]
    span = _span_of(tokens, anchor=head if head.i not in phrase else None)
    if span is None:
        return None
    frame = Frame(cue=[tok, to] if to is not tok else [tok], speaker=source, content=span, sentence=sent)
    detail = _detail_after_colon(source, sent) or _comparison_after_source(source, sent)
    if detail is not None:  # "..., according to two people briefed on the talks: a five-year contract, worth ..."
        frame.extent = (span[0], max(span[1], detail))
    seer = outlet_that_saw(source)
    if seer is not None:  # "according to minutes of the meeting seen by the weekly Weft": Weft passed them on
        frame.via = [seer]
    if marker is None or origin is None:
        return frame
    # "According to the army paper X, which quoted Deputy Minister Y, ...": the words are Y's, passed on by X
    named = next((a for a in source.children if a.dep_ == "appos" and a.pos_ == "PROPN"), source)
    return _through_origin(frame, marker, origin, named)


def outlet_that_saw(document: Token) -> Token | None:
    """The outlet that saw or obtained a document: 'minutes of the panel meeting seen by the culture weekly Weft'
    -> Weft, 'a letter obtained by the daily Ligature' -> Ligature."""
    if not is_report_noun(document):
        return None
    # (or hung on the last noun of its phrase: "minutes of the panel meeting seen by ...")
    nouns = [document, *(t for t in document.subtree if t.dep_ == "pobj" and t.head.head.i == document.i
                         and t.head.lower_ == "of")]
    for part in (c for n in nouns for c in n.children):
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_ not in ("see", "obtain", "review", "examine"):
            continue
        agent = next((c for c in part.children if c.dep_ == "agent"), None)
        seer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if seer is None:
            continue
        named = next((c for c in seer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and seer.lemma_.lower() in OUTLET_NOUNS:
            return named  # "the weekly, Weft"
        if seer.ent_type_ == "ORG" or seer.lemma_.lower() in OUTLET_NOUNS or any(
                c.dep_ in ("compound", "amod") and c.lower_ in OUTLET_NOUNS for c in seer.children):
            return seer
    return None


def _clause_before_aside(tok: Token, speaker: Token, sent: Span) -> tuple[int, int] | None:
    """'Her team has lifted 212 objects, among them a bronze pin and 31 flint tools, she says, and she expects ...':
    a bare "she says" set off by commas, which the parser hung on a noun of the list before it, reports the clause
    that opens the sentence."""
    doc = tok.doc
    if tok.dep_ not in ("relcl", "acl", "appos") or tok.tag_ not in ("VBZ", "VBD", "VBP") or \
            speaker.i != tok.i - 1 or speaker.dep_ != "nsubj" or speaker.tag_ not in ("PRP", "NNP"):
        return None
    if doc[speaker.i - 1].text != "," or tok.i + 1 >= sent.end or doc[tok.i + 1].text not in (",", ".", ";"):
        return None
    start = sent.start
    while start < speaker.i and (doc[start].is_space or doc[start].is_punct):
        start += 1
    before = doc[start : speaker.i - 1]
    root = sent.root
    if not start <= root.i < speaker.i - 1 or root.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in before) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children):
        return None
    return start, speaker.i - 1


def _clause_after_citing_aside(tok: Token, sent: Span) -> tuple[int, int] | None:
    """'Outside the store, the broadcaster EVR reported, quoting the store's manager, the queue on Monday stretched
    about 60 metres down the street': a cue set off after the opening, then a 'quoting/citing' aside, reports the
    clause after the aside (the sentence's own verb, which the parser made the head of it all)."""
    doc = tok.doc
    if tok.i + 2 >= sent.end or doc[tok.i + 1].text != ",":
        return None
    marker = doc[tok.i + 2]
    if marker.lemma_ not in ORIGIN_MARKERS or marker.tag_ != "VBG":
        return None
    after = marker.right_edge.i if doc[marker.right_edge.i].text == "," else marker.right_edge.i + 1
    root = sent.root
    if after + 1 >= sent.end or doc[after].text != "," or not after < root.i < sent.end or root.pos_ != "VERB" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and after < c.i < root.i for c in root.children):
        return None
    end = sent.end
    while end > after + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return after + 1, end


def _clause_before_semicolon(head: Token | None) -> Token | None:
    """'Police said about 4,000 people took part; the organisers ... put the crowd at more than 25,000', parsed with
    the first clause hung on the second: what was said is the clause before the semicolon, and the one after it,
    with a subject of its own, is someone else's."""
    # (the clause after the semicolon gives a figure or words of its own: not "...; they only learned on Friday")
    if head is None or head.dep_ != "ccomp" or head.pos_ != "VERB" or not (
            head.lemma_ in SPEECH_VERBS or head.lemma_ in ("put", "place", "peg")):
        return None
    semi = next((c for c in head.children if c.text == ";" and c.i < head.i), None)
    if semi is None or not any(c.dep_ in ("nsubj", "nsubjpass") and semi.i < c.i < head.i for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ in ("ccomp", "conj") and c.right_edge.i < semi.i
                 and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _name_closing_after(source: Token, sent: Span) -> Token | None:
    """'..., according to the organisers, the Lunestran Chess Foundation.': a name set off after a common noun for
    those who speak, closing the sentence, that the parser hung elsewhere; the name is the source."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if source.pos_ != "NOUN" or comma + 1 >= sent.end or doc[comma].text != ",":
        return None
    rest = [t for t in doc[comma + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not rest or rest[0].lower_ not in ("the", "a", "an") and rest[0].pos_ != "PROPN":
        return None
    words = rest[1:] if rest[0].pos_ == "DET" else rest
    if not words or not all(t.pos_ == "PROPN" and t.is_title for t in words) or not words[-1].ent_type_:
        return None
    name = words[-1]
    return name if all(t.i in {x.i for x in name.subtree} for t in words) else None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# verbs that set a figure on something ("put the cost at ...")
_ESTIMATE_VERBS = frozenset({"put", "place", "estimate"})


def _verbless_rest(doc: Doc, start: int, end: int, *, quotes_too: bool = True) -> list[Token] | None:
    """The words of ``doc[start:end]`` (no punctuation or space) when no finite verb (nor, with ``quotes_too``,
    a quotation mark) is among them: a phrase that cannot be a clause of its own; else None."""
    rest = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    if any(t.tag_ in _FINITE_TAGS or quotes_too and t.is_quote for t in rest):
        return None
    return rest


def name_phrase_end(tok: Token) -> int:
    """Where the phrase of the name or noun ``tok`` ends: at the first comma after it inside its subtree (the
    parser may hang what follows the comma on the name: "the tracking firm Keelwatch, up from 14 ..."), else
    after its subtree."""
    doc = tok.doc
    return next((t.i for t in doc[tok.i + 1 : tok.right_edge.i + 1] if t.text == ","), tok.right_edge.i + 1)


def _detail_after_colon(source: Token, sent: Span) -> int | None:
    """The end of a verbless detail that a colon right after the source phrase opens ('according to two people
    briefed on the talks: a five-year contract, with the option of a sixth, worth about 240,000 lennets a
    week'): what the source gave, in detail."""
    doc = sent.doc
    colon = source.right_edge.i + 1
    if colon >= sent.end or doc[colon].text != ":":
        return None
    rest = _verbless_rest(doc, colon + 1, sent.end)
    if rest is None or len(rest) < 3:
        return None
    return rest[-1].i + 1


def _comparison_after_source(source: Token, sent: Span) -> int | None:
    """The end of a comparison that runs on after a closing 'according to X' ('..., according to the firm
    Seatrace Analytics, up from 12 in the same period a year earlier'), or of a participle's phrase that draws
    on the figure before ('..., according to its distributor, Castlemoor Films, bringing its total to 88.5
    million mendars'): the source's figure too."""
    doc = sent.doc
    comma = name_phrase_end(source)
    after = source.right_edge.i + 1
    if comma < after < sent.end and doc[comma].text == "," and doc[after].text == "," and doc[comma + 1].pos_ == "PROPN":
        comma = after  # (past the name in apposition: "its distributor, Castlemoor Films,")
    if comma + 2 >= sent.end or doc[comma].text != ",":
        return None
    nxt = doc[comma + 1]
    running_total = nxt.tag_ == "VBG" and nxt.lemma_ in _TOTALLING_VERBS and nxt.dep_ in ("advcl", "xcomp", "conj")
    if nxt.lower_ not in ("up", "down", "compared", "against", "from") and not running_total:
        return None
    rest = _verbless_rest(doc, comma + 1, sent.end, quotes_too=False)
    return rest[-1].i + 1 if rest else None


# participles that carry a reported figure on to a total ("bringing its total to 88.5 million")
_TOTALLING_VERBS = frozenset({"bring", "take", "push", "lift", "raise", "put"})


def _what_is(tok: Token) -> Token | None:
    """'what X claims is Y': Y is the content."""
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in tok.children):
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lemma_ == "be":
        return next((c for c in nxt.children if c.dep_ in ("attr", "acomp", "ccomp")), None)
    return None


_NAME_GLUE = ("and", "of", "the", "for", "&", "'s", "’s")


def _closing_speaker(tok: Token, sent: Span) -> tuple[Token, int] | None:
    """'<clause>, Brackwater Fire and Rescue Service says.': a sentence-final speech verb without a parsed
    subject, right after a name that follows a comma. Returns the name's last word and its first index."""
    doc = tok.doc
    if not _closes_sentence(tok, sent) or tok.i - 2 <= sent.start:
        return None
    # "..., the city's returning officer, Judith X, announced at ...": a name in apposition, closed by a comma
    appositive = doc[tok.i - 1].text == ","
    last = doc[tok.i - 2] if appositive else doc[tok.i - 1]
    if last.pos_ not in ("PROPN", "NOUN") or not _plausible_speaker(last):
        return None
    k = _phrase_start(last, sent)
    if appositive and k - 2 > sent.start and doc[k - 1].text == ",":
        k = _phrase_start(doc[k - 2], sent)  # the role before the name
    elif appositive:
        return None
    if k - 1 <= sent.start + 3 or doc[k - 1].text != ",":
        return None
    if not any(t.pos_ == "PROPN" for t in doc[k : tok.i]) and not any(t.lower_ == "the" for t in doc[k : k + 1]):
        return None
    while not appositive and last.head.i != last.i and k <= last.head.i < tok.i:
        last = last.head  # ("..., the head of the force's cybercrime unit told ...": the head, not the unit)
    return last, k


def _phrase_start(last: Token, sent: Span) -> int:
    """Where the name or role phrase ending at ``last`` begins ('the Tressington Progress Party')."""
    doc, k = last.doc, last.i
    while k > sent.start and (doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[k - 1].lower_ in _NAME_GLUE
                              or doc[k - 1].tag_ in ("HYPH", "PRP$") or doc[k - 1].dep_ == "amod"):
        k -= 1
    return k


def _yet_to_be_said(tok: Token) -> bool:
    """'would ask', 'will tell': a speech verb in the future."""
    return tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                                      for c in tok.children)


def _negated_or_modal(tok: Token) -> bool:
    """'..., and half the time the two sides cannot understand each other': a negated or modal verb closes no
    report of the clause before it (that is '..., X said')."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children)


def _closes_sentence(tok: Token, sent: Span) -> bool:
    """Does the cue close its sentence, followed at most by its own phrases ('..., X said.', '..., the broker
    X estimated in a note to clients.', '..., X announced at the Corn Exchange shortly after 4 a.m.')?"""
    if tok.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False  # "which must report back within 40 days": an obligation, not a closing cue
    after = [t for t in tok.doc[tok.i + 1 : sent.end] if not t.is_space]
    closing = [t for t in after if not t.is_punct]
    if not after or not (after[-1].is_punct or after[-1].text.endswith(".")):  # "... shortly after 4 a.m."
        return False
    # ("..., its director, X, told Damask.": the one told)
    told_one = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None) \
        if tok.lemma_ == "tell" else None
    told = told_one is not None and bool(closing) and closing[0].i == told_one.left_edge.i
    if closing and (closing[0].dep_ not in ("prep", "advmod", "npadvmod") and not told or any(
            t.pos_ in ("VERB", "AUX") or t.lower_ == "that" or not _descends_from(t, tok) for t in closing)):
        return False
    return True


def _descends_from(tok: Token, head: Token) -> bool:
    cur = tok
    while cur.head.i != cur.i:
        if cur.head.i == head.i:
            return True
        cur = cur.head
    return False


def _clause_hung_on_the_document(tok: Token) -> Token | None:
    """'X said in a technical report published on Tuesday that the attack was ...': the parser hung the that-clause
    on the participle describing the document the speaker spoke in."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through") or prep.i < tok.i:
            continue
        for doc_noun in prep.children:
            if doc_noun.dep_ != "pobj" or not is_report_noun(doc_noun):
                continue
            for part in doc_noun.children:
                if part.dep_ == "acl" and part.tag_ == "VBN":
                    clause = next((c for c in part.children if c.dep_ == "ccomp" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                    if clause is not None:
                        return clause
    return None


def _clause_after_inner_relative(tok: Token) -> Token | None:
    """'a detour it said added 11 days to each voyage': in a relative clause without 'that' whose own clause is
    reported ("a detour that, it said, added ..."), the parser hung the reported verb on the noun beside the cue."""
    if tok.dep_ != "relcl" or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != tok.head.i + 1 or any(c.dep_ in ("mark", "relcl") and c.lower_ in ("that", "which")
                                                       for c in tok.children):
        return None
    after = next((c for c in tok.head.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                  and c.left_edge.i == tok.right_edge.i + 1 and c.tag_ in ("VBD", "VBN")), None)
    # (or the noun made the subject of the verb that follows: "a detour it said added nine days")
    verb = tok.head.head
    if after is None and tok.head.dep_ == "nsubj" and verb.i == tok.right_edge.i + 1 and verb.tag_ in ("VBD", "VBN") \
            and tok.head.left_edge.i > 0 and tok.doc[tok.head.left_edge.i - 1].text == ",":
        after = verb
    return after


def _cited_content(tok: Token) -> Token | None:
    """'KBN said, citing hospital officials, that ...': the parser hangs the reported clause off 'citing'."""
    marker = _origin_marker(tok)
    if marker is None:
        return None
    found = next((c for c in marker.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if found is None:
        # "said, citing the bank's monthly data, that ...": the clause hung on the cited thing as a relative
        doc = tok.doc
        for obj in marker.children:
            if obj.dep_ not in ("dobj", "pobj"):
                continue
            for cl in obj.children:
                that = next((m for m in cl.children if m.dep_ == "mark" and m.lower_ == "that"), None)
                if cl.dep_ in ("relcl", "acl") and that is not None and that.i > 0 and doc[that.i - 1].text == ",":
                    return cl
    return found


def _preposed_content(tok: Token, speaker: Token, sent: Span) -> tuple[int, int] | None:
    """'The quake hit at a depth of 12 km, ..., the Seismological Institute said.': a closing 'X said' whose
    clause the parser did not hang on the verb reports everything before the comma in front of X."""
    doc = tok.doc
    # ("Spending had risen to 2.3 billion, she said, “more than ...”": a quote after the cue is paired apart)
    quote_next = tok.i + 2 < sent.end and doc[tok.i + 1].text == "," and (
        doc[tok.i + 2].text in _OPENING or doc[tok.i + 2].text in ('"', "``"))
    if not (_closes_sentence(tok, sent) or quote_next) or speaker.i > tok.i:
        return None
    left = min(t.i for t in speaker.subtree)
    if left - 1 <= sent.start or doc[left - 1].text != ",":
        return None
    before = doc[sent.start : left - 1]
    if any(t.is_quote or t.text in _OPENING or t.text in _CLOSING for t in before):
        return None  # quoted words: the quote pairing handles them
    if not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    return _span_of(list(before))


def _clause_split_by_parser(tok: Token) -> tuple[int, int] | None:
    """'the Board said the Aeralis 68, flight OR417, was flying at about 118 knots ...': the parser made the
    reported clause's subject a second subject of the cue and its verb a conjunct of the cue. The content runs
    from that subject to the end of the conjunct verb's clauses."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    after = [c for c in subjects if c.i > tok.i]
    if len(subjects) < 2 or not after or any(c.i < tok.i for c in tok.children if c.dep_ == "conj"):
        return None
    subj = after[0]
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.i > subj.i and c.pos_ in ("VERB", "AUX")
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if not verbs:
        return None
    end = max(t.i for v in verbs for t in v.subtree)
    return _span_of(list(tok.doc[subj.left_edge.i : end + 1]))


_TOLD_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})


# words that open a clause of time, reason or condition, not a reported one
_ADVERBIAL_LINKS = frozenset("as while because when whenever before after until since if unless although though "
                             "whereas once".split())


# auxiliaries of reported speech ("would resume", "had agreed")
_SHIFTED_AUXES = frozenset({"would", "could", "might", "should", "will", "had", "has", "have"})


def _flat_clause(tok: Token, sent: Span) -> tuple[int, int] | None:
    """A that-less complement the parser missed: 'speculate North Korea may have secured ...'."""
    doc = tok.doc
    start = tok.i + 1
    if start >= sent.end or doc[start].pos_ not in ("PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM"):
        return None
    if tok.lemma_ == "tell" and doc[start].lower_ in _TOLD_PRONOUNS and start + 1 < sent.end \
            and doc[start + 1].text == ",":
        return None  # "One general told me, and I'm quoting him, "...": the one told, then an aside
    window = doc[start : min(sent.end, start + 6)]
    finite = next((t for t in window[1:] if t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    if finite is None and tok.lemma_ in ("say", "add", "claim", "insist", "warn"):
        # "She said talks on the price, and on who would pay for the pipeline, would resume": a long subject
        # the parser took for the object, its verb joined to the cue with no subject of its own
        finite = next((c for c in tok.children if c.dep_ == "conj" and c.i > start + 1 and c.pos_ in ("VERB", "AUX")
                       and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                       and any(g.dep_ == "aux" and g.lower_ in _SHIFTED_AUXES for g in c.children)
                       and any(g.dep_ == "dobj" and start <= g.i < c.i for g in tok.children)), None)
    if finite is None:
        return None
    link = next((t for t in doc[start : finite.i] if t.pos_ == "SCONJ" and t.lower_ in _ADVERBIAL_LINKS), None)
    if link is not None:
        # "indicates a tightening race as Trump consolidates ...": the object is the content, and the clause after
        # "as" is its own; "shouting profanities as she hurries closer" reports no words at all
        tokens = [t for t in doc[start : link.i] if not t.is_punct]
        told = tok.lemma_ in ("tell", "inform", "notify", "ask", "warn", "remind", "assure", "brief")
        return _span_of(tokens) if len(tokens) >= 2 and not told else None  # "tell the government when ...": whom
    end = start
    while end < sent.end and doc[end].text not in (";", ":") and not doc[end].is_space:
        end += 1
    return _span_of(list(doc[start:end]))


def _misread_participle(tok: Token) -> Frame | None:
    """'X, leader of the Civic Front, posted on Vinta that volunteers had counted ...': the parser read the
    past tense as a participle modifying X, and made the reported clause the main verb with X its subject. The
    speaker is X and the content what follows 'that'."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.lemma_ not in SPEECH_VERBS:
        return None
    cited = _misread_after_citing(tok)
    if cited is not None:
        return cited
    speaker, verb = tok.head, tok.head.head
    if speaker.dep_ == "ROOT" and speaker.pos_ == "PROPN":
        return _sentence_read_as_a_name(tok, speaker)
    if speaker.dep_ != "nsubj" or speaker.pos_ != "PROPN" or verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and tok.i < c.i < verb.i), None)
    if mark is None:
        return None
    content = _span_of([t for t in verb.subtree if t.i > mark.i and not t.is_punct or t.i > verb.i])
    if content is None:
        return None
    frame = Frame(cue=[tok], speaker=speaker, content=content, sentence=tok.sent, via=[])
    # ("Ledgerwood reported on Tuesday, citing people familiar with the matter, that ...": the phrase hung on the
    # reported clause names where the words came from)
    marker = _origin_marker(verb)
    source = next((c for c in marker.children if c.dep_ in ("dobj", "pobj")), None) if marker is not None and \
        tok.i < marker.i < mark.i else None
    return _through_origin(frame, marker, source, speaker) if source is not None else frame


def _cue_after_relative_clause(tok: Token) -> Frame | None:
    """'Covendale Mutual, which insures the plant, estimated on Monday that claims could reach 40 million': the
    verb after the comma that closes a relative clause on the subject, which the parser read as a participle (on the
    clause's last noun, or on the subject itself). The speaker is the noun the relative clause is about, and the
    content everything after 'that'."""
    doc = tok.doc
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.lemma_ not in SPEECH_VERBS or tok.i < 2 or \
            doc[tok.i - 1].text != ",":
        return None
    # (the parser may have hung the verb inside the clause, so the clause's words run on past the comma)
    clause = next((t for t in reversed(doc[tok.sent.start : tok.i - 1]) if t.dep_ == "relcl"
                   and t.left_edge.i <= tok.i - 2 <= t.right_edge.i
                   and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who") for c in t.children)), None)
    if clause is None or clause.head.pos_ not in ("PROPN", "NOUN") or clause.head.i > clause.i:
        return None
    mark = next((t for t in doc[tok.i + 1 : min(tok.i + 6, tok.sent.end)] if t.lower_ == "that"), None)
    if mark is None:
        return None
    content = _span_of([t for t in doc[mark.i + 1 : tok.sent.end] if not t.is_space])
    return Frame(cue=[tok], speaker=clause.head, content=content, sentence=tok.sent, via=[]) if content else None


def _sentence_read_as_a_name(tok: Token, speaker: Token) -> Frame | None:
    """'The Offshore Energy Regulator (OER), which licenses the platform, estimated in a preliminary notice that
    between 1,800 and 2,600 barrels had leaked': the parser made the name the root and the cue a participle on
    it, with the reported clause hung on the notice. The speaker is the name, the content the that-clause."""
    # (the parser may hang "that" on the clause as an adverb: "Tillet, citing two investors, reported last week
    # that Renavix had been trying ...")
    mark = next((m for m in tok.subtree if m.i > tok.i and m.lower_ == "that" and m.dep_ in ("mark", "advmod")
                 and m.head.pos_ in ("VERB", "AUX") and m.head.i > m.i), None)
    if mark is None:
        return None
    content = _span_of([t for t in mark.head.subtree if t.i > mark.i])
    if not content:
        return None
    frame = Frame(cue=[tok], speaker=speaker, content=content, sentence=tok.sent, via=[])
    origin = _origin_of(tok, speaker)  # ("Tillet, citing two investors, reported ...")
    return _through_origin(frame, *origin, speaker) if origin is not None else frame


def _through_origin(frame: Frame, marker: Token, source: Token, teller: Token) -> Frame:
    """'Y reported, quoting X, ...': the words are X's, passed on by the teller Y; 'citing X': X is the origin
    of what the teller says."""
    if marker.lemma_ == "quote":
        frame.via = [teller, *frame.via]
        frame.speaker = source
    else:
        frame.origin = source
    return frame


def _misread_after_citing(tok: Token) -> Frame | None:
    """'The weekly Tideline, citing customs brokers at the airport, reported in December that ...': the parser
    hung 'reported' on the ones cited. The outlet reports; the ones it cites are the origin."""
    source, marker = tok.head, tok.head.head
    if source.dep_ != "dobj" or marker.lemma_ not in ORIGIN_MARKERS or marker.tag_ != "VBG":
        return None
    outlet = marker.head
    if marker.dep_ not in ("advcl", "acl") or outlet.i > marker.i or outlet.pos_ not in ("PROPN", "NOUN") or \
            not _plausible_speaker(outlet):
        return None
    mark = next((c for c in tok.subtree if c.dep_ == "mark" and c.lower_ == "that" and c.i > tok.i), None)
    if mark is None:
        return None
    content = _span_of([t for t in tok.doc[mark.i + 1 : tok.sent.end] if not t.is_space])
    if content is None:
        return None
    return _through_origin(Frame(cue=[tok], speaker=outlet, content=content, sentence=tok.sent, via=[]),
                           marker, source, outlet)


def complementizer_that(tok: Token) -> bool:
    """A "that" opening a reported clause, however the parser read it: a mark; a relative pronoun that fills no
    gap, the clause having a subject (and an object) of its own ("said at a briefing that crews had moved ...");
    or the determiner of the clause's subject, before a plural ("..., and that sirens sounded", with "sirens"
    tagged as a verb or not) or after an earlier "that" ("... but that knife crime rose")."""
    if tok.lower_ != "that":
        return False
    others = [c.dep_ for c in tok.head.children if c.i > tok.i]
    if tok.dep_ == "nsubj" and ("nsubj" in others or "nsubjpass" in others) or \
            tok.dep_ == "dobj" and "nsubj" in others and ("dobj" in others or tok.head.pos_ == "ADJ"):
        return True  # ("said in a note to clients that insurers had paid out 640 million")
    if tok.dep_ == "mark":
        return True
    if tok.dep_ != "det" or tok.head.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.head.left_edge.i:
        return False
    doc = tok.doc
    return tok.head.tag_ in ("NNS", "NNPS", "VBZ") or tok.i > tok.sent.start and doc[tok.i - 1].lower_ in (
        "and", "but") and any(t.lower_ == "that" for t in doc[tok.sent.start : tok.i - 1])


def _past_a_vocative(speaker: Token | None, verb: Token) -> Token | None:
    """'Taddeo Grimshaw, the Builders' Federation says ...': a name opening the sentence (or a transcript turn) and
    set off by a comma, with no comma closing the phrase after it, is the one addressed; the phrase after it is
    the subject."""
    if speaker is None or speaker.pos_ != "PROPN" or speaker.i + 1 >= verb.i or speaker.doc[speaker.i + 1].text != ",":
        return speaker
    appos = next((c for c in speaker.children if c.dep_ == "appos" and c.i > speaker.i), None)
    doc = speaker.doc
    start = speaker.left_edge.i
    if appos is None or not (start == verb.sent.start or doc[start - 1].text == ":") or any(
            t.dep_ not in ("aux", "neg", "advmod") for t in doc[appos.right_edge.i + 1 : verb.i]) or any(
            t.text == "," for t in doc[speaker.i + 2 : verb.i]) or any(c.dep_ == "det" for c in speaker.children):
        return speaker  # ("The Brightwater Centre, a think tank in Arnhal, estimated": the name speaks)
    return appos


def _aside_with_a_speaker(tokens: list[Token], content_head: Token) -> int | None:
    """'said it would cut prices by 11 percent, a move analysts said would cost it 90 million': where the writer's
    aside on what was said, a noun set off by a comma whose relative clause has a speaker of its own, begins (at
    its comma); it is no part of what was said."""
    doc = content_head.doc
    for t in tokens:
        set_off = t.dep_ in ("appos", "npadvmod") or t.dep_ == "dobj" and any(
            o.dep_ == "dobj" and o.i < t.i for o in t.head.children)
        if set_off and t.pos_ == "NOUN" and t.i > content_head.i and doc[t.left_edge.i - 1].text == "," and any(
                c.dep_ == "relcl" and c.lemma_ in SPEECH_VERBS and any(
                    g.dep_ == "nsubj" and g.i != t.i and g.pos_ in ("NOUN", "PROPN") for g in c.children)
                for c in t.children):
            return t.left_edge.i - 1
    return None


def _second_speaking_participle(tokens: list[Token], content_head: Token) -> int | None:
    """'said he saw no need to change anything, telling Stephanopolous that “...”': where a speaking participle
    with words of its own, hung on the reported clause after a comma, begins (at its comma); it is a second act of
    speech, not part of the first."""
    doc = content_head.doc
    for t in tokens:
        if t.tag_ == "VBG" and t.lemma_ in SPEECH_VERBS and t.i > content_head.i and t.head.i == content_head.i \
                and t.dep_ in ("advcl", "xcomp", "conj") and doc[t.i - 1].text == "," and (
                    any(c.dep_ == "ccomp" for c in t.children) or any(x.is_quote for x in doc[t.i + 1 : t.i + 4])):
            return t.i - 1
    return None


def _part_read_as_a_clause(verb: Token) -> bool:
    """'..., 61 of them puppies under 10 weeks old': a part of a count and the plural it is, which the parser read
    as a clause with the plural for its verb."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBZ" and verb.is_lower and subj is not None and subj.i == verb.i - 3 and subj.like_num and \
        doc[subj.i + 1].lower_ == "of" and doc[subj.i + 2].lower_ in ("them", "those", "these") and \
        doc[subj.left_edge.i - 1].text == "," and not any(c.dep_ in ("aux", "dobj") for c in verb.children)


def _occasion_opening(clause: Token) -> Token | None:
    """'said after the convention he would not accept ...': the phrase of time the parser hung on a reported clause
    with its own subject and no mark, as its opening words, right after the cue."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    prep = next((c for c in clause.children if c.dep_ == "prep" and c.i < clause.i), None)
    if subj is None or prep is None or any(c.dep_ == "mark" for c in clause.children) or \
            prep.lower_ not in _OCCASION_PREPS or prep.i != clause.left_edge.i or prep.right_edge.i + 1 != subj.left_edge.i \
            or prep.i != clause.head.i + 1 or not (_backshifted(clause) or clause.tag_ == "VBD"):
        return None
    return prep


def _opened_by_that(clause: Token) -> bool:
    """A clause opened by a complementizer "that" (see :func:`complementizer_that`): its own mark, or a "that" the
    tagger read as the determiner of the clause's subject."""
    if any(m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i for m in clause.children):
        return True
    first = next((t for t in clause.subtree if t.dep_ not in ("cc", "punct")), None)
    if first is None or first.i >= clause.i:
        return False
    # (", and that staff were checking ...": before a singular subject too, right after ", and" in the past tense)
    doc = clause.doc
    after_and = first.lower_ == "that" and first.dep_ == "det" and first.head.dep_ in ("nsubj", "nsubjpass") and \
        first.i == first.head.left_edge.i and first.head.head.i == clause.i and first.i >= 2 and \
        doc[first.i - 1].lower_ == "and" and doc[first.i - 2].text == "," and (_backshifted(clause) or any(
            g.dep_ in ("aux", "auxpass") and g.lower_ in ("was", "were", "had") for g in clause.children))
    if not (complementizer_that(first) or after_and):
        return False
    return first.dep_ == "mark" and first.head.i == clause.i or first.head.head.i == clause.i


def _that_clause_after_aside(tok: Token) -> list[Token] | None:
    """'told the news site Tallowmark, in a call made on a smuggled phone before the assault, that the riot had
    started ...': the that-clause after the one told and an aside set off by commas, which the parser made the
    sentence's own clause with the cue hung inside it."""
    if tok.lemma_ not in ("tell", "say", "write") or tok.pos_ != "VERB":
        return None
    told = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
    if told is None or told.right_edge.i + 1 >= tok.sent.end or tok.doc[told.right_edge.i + 1].text != ",":
        return None
    doc = tok.doc
    mark = next((t for t in doc[told.right_edge.i + 2 : min(told.right_edge.i + 30, tok.sent.end)]
                 if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].text == ","), None)
    if mark is None or mark.head.i < mark.i or tok not in mark.head.subtree or any(
            t.pos_ == "VERB" and t.dep_ not in ("acl", "amod") and t.tag_ not in ("VBN", "VBG")
            for t in doc[told.right_edge.i + 2 : mark.i - 1]):
        return None
    return [t for t in mark.head.subtree if t.i > mark.i and not t.is_space]


def _clauses_joined_before(tok: Token, content: tuple[int, int] | None, sent: Span) -> tuple[int, int] | None:
    """'Retail investors were given 20 percent of the shares, and employees could buy up to 2,000 shares each,
    the treasury said': a cue closing the sentence says every clause joined before it, not only one."""
    if content is None or tok.i < content[1]:
        return None
    doc = tok.doc
    second = next((c for c in tok.children if c.dep_ == "ccomp" and content[1] < c.left_edge.i and c.i < tok.i), None)
    joined = None
    if second is not None and doc[second.left_edge.i].dep_ == "nsubj" and \
            [t.lower_ for t in doc[content[1] : second.left_edge.i]] in ([",", "and"], [",", "but"]):
        content = joined = (content[0], second.right_edge.i + 1)  # (the parser hung both clauses on the cue)
    # ("The escape began at about 18:30, when winds of up to 110 kilometres an hour brought down an oak, the park
    # said": a clause the parser hung on the cue, between the reported clause and the speaker, goes on with it)
    aside = next((c for c in tok.children if c.dep_ == "advcl" and c.left_edge.i == content[1] + 1), None)
    if aside is not None and doc[content[1]].text == "," and aside.right_edge.i + 1 < tok.i and \
            doc[aside.right_edge.i + 1].text == "," and not any(
                t.is_quote or t.lemma_ in SPEECH_VERBS | BELIEF_VERBS for t in aside.subtree):
        content = joined = (content[0], aside.right_edge.i + 1)
    if content[1] >= tok.i or doc[content[1]].text != "," or \
            any(t.pos_ in ("VERB", "AUX") for t in doc[content[1] : tok.i]):
        return None  # (only the comma and the speaker between the clauses and the cue)
    joint = doc[content[0] - 1] if content[0] > sent.start else None
    before = [t for t in doc[sent.start : content[0] - 1] if not t.is_space]
    if joint is None or joint.lower_ not in ("and", "but") or joint.dep_ != "cc" or not before or any(
            t.is_quote or t.lemma_ in SPEECH_VERBS | BELIEF_VERBS or t.lower_ == "according" for t in before):
        return joined
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before) or \
            not any(t.pos_ in ("VERB", "AUX") for t in before):
        return joined  # (a clause of its own before the joint, with a subject and a verb)
    return (before[0].i, content[1])


def _verb_frame(tok: Token, sent: Span) -> Frame | None:
    belief = tok.lemma_ in BELIEF_VERBS and tok.lemma_ not in SPEECH_VERBS
    if tok.lemma_ in ORIGIN_MARKERS and tok.tag_ == "VBG":
        return None  # "citing X" / "quoting X" name an origin of another frame
    if tok.lemma_ == "ask" and tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl" and tok.i == sent.start:
        return None  # "Asked what he would conduct, Ozanne smiled": the question put to him, not his words
    if _withheld(tok):
        return None  # "declined to say what the breaches were": nothing was said
    if tok.lemma_ == "call" and any(c.dep_ == "dobj" and c.lemma_.lower() in _RUNG for c in tok.children):
        return None  # "Relatives can call the directorate's line": a number rung, no words (nor a cue for a quote)
    # "X ... as saying ...": the speaker is the one quoted, the quoting party is the via
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and (tok.head.head.pos_ == "VERB" or _quoted_one(tok.head.head)):
        return _as_saying(tok, sent)
    # (also when the parser hung "as saying" on a relative clause of the one quoted: "quoted a waiter who worked
    # there as saying")
    hosts = [tok] + [rc for o in tok.children if o.dep_ == "dobj" and tok.lemma_ in _QUOTING_VERBS
                     for rc in o.children if rc.dep_ == "relcl"]
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_ in SPEECH_VERBS
                                                         for g in c.children) for h in hosts for c in h.children):
        return None  # "The agency quotes him as saying ...": the words are his; the "as saying" frame has them
    if tok.lemma_ in ("know", "learn", "understand") and any(
            c.dep_ == "dobj" and c.lower_ in ("what", "whatever") and c.i < tok.i for c in tok.children):
        return None  # "has been sharing what Kyiv knows about the units": a thing known, not a claim of Kyiv's
        # (but "what Zelenskyy claims is a deployment of 12,000 troops" is his claim)
    if tok.lemma_ == "add" and tok.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children) and any(
            c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in tok.children):
        return None  # "the western channel, which adds roughly 40 minutes to each passage": a sum, not a word
    if tok.lemma_ == "add" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
        return None  # "meant to lift output and to add some 1,900 jobs": jobs added, no word
    if tok.lemma_ == "know" and any(c.dep_ == "dobj" and (c.tag_ == "PRP" or c.ent_type_ == "PERSON")
                                    for c in tok.children):
        return None  # "a member of parliament who has known him for 20 years": knowing someone, no claim
    if tok.lemma_ == "expect" and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in tok.children) and any(
            c.dep_ == "xcomp" for c in tok.children):
        return None  # "a 65-year-old man can expect to live another 14 years": a prospect, not a belief voiced
    if tok.lemma_ == "blame" and (_object_content(tok) is None or any(c.dep_ == "neg" for c in tok.children)):
        # "The review blames steel prices, which it says ...": only "blamed X on Y" puts a claim, and "They can't
        # blame this on President Bush" puts none
        return None
    if tok.lemma_ in ("write", "edit", "run", "host", "present") and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _PUBLICATIONS or any(
                g.dep_ in ("compound", "appos") and g.lemma_.lower() in _PUBLICATIONS for g in c.children))
            for c in tok.children):
        return None  # "a researcher who writes the blog Lowtide Logs", "hosts a weekly podcast": an author's work
    if tok.lemma_ == "tell" and _instruction(tok):
        return None  # "the software that tells cranes which boxes to lift", "told them where to wait": no claim
    misread = _misread_participle(tok) or _cue_after_relative_clause(tok)
    if misread is not None:
        return misread
    passive = _is_passive(tok)
    content_head = _content_child(tok)
    relative = _that_clause_read_as_relative(tok) if content_head is not None else None
    if relative is not None and relative.i < content_head.i:
        # ("told an audience of about 600 guests that she had been "fairly sure I would lose" and had not written a
        # speech": the that-clause read as the audience's, the clause joined to it as the cue's)
        content_head = relative
    content_head = _clause_before_semicolon(content_head) or content_head
    if content_head is None and tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in tok.children) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return None  # "will refuse overtime unless Vantholm agrees to hire ...": a condition to act, no words
    speaker = _sender_right_before(tok) or _past_a_vocative(_subject(tok), tok)
    if tok.lemma_ in FINDING_VERBS and (speaker is None or speaker.lower_ in ("that", "which")):
        speaker = _finding_subject(tok) or speaker  # ("images that show ...": the images)
    via: list[Token] = []
    if passive:
        agent = _agent(tok)
        if agent is None:
            # "X was said to have complained" / "it is believed": a hedge, not an attribution
            # ("by X" may hang off the complement: "was reported as flying ... by sources in Japan")
            if content_head is not None:
                for t in content_head.subtree:
                    if t.dep_ == "prep" and t.lower_ == "by" and t.head.i == content_head.i:
                        agent = next((c for c in t.children if c.dep_ == "pobj"), None)
            if agent is None:
                return None
        speaker = agent
    closing = None
    if speaker is not None and not passive and tok.lemma_ in SPEECH_VERBS and tok.dep_ == "conj" and \
            tok.head.i < speaker.i < tok.i:
        # "A fireball ... broke apart ... and scattered fragments across farmland east of Pipersgill, the country's
        # national observatory said on Sunday": the cue read as a second verb of the clause it closes, with a
        # subject from inside that clause; the phrase after the comma is the speaker
        closing = _closing_speaker(tok, sent)
        if closing is not None and speaker.i < closing[1] - 1:
            speaker = None
        elif closing is None or speaker.i < closing[1]:
            closing = None
        # (else the cue's own subject is the closing phrase: "... and found the boat to be 3,300 years old, its
        # director, Tauno X, told Damask": what it closes is the words)
    if speaker is None and not passive and tok.lemma_ in SPEECH_VERBS:
        # "..., Brackwater Fire and Rescue Service says." and "..., the returning officer, X, announced at ...",
        # misparsed: the name before a closing cue, not a subject inherited from the clause it closes
        closing = _closing_speaker(tok, sent) or _appositive_speaker(tok)
        if closing is not None:
            speaker = closing[0]
        if closing is not None and content_head is not None and content_head.i > tok.i and \
                content_head.dep_ == "ccomp" and content_head.left_edge.i == tok.i + 1 and tok.dep_ == "conj":
            # ("3.6 percent, a rate its lead actuary, X, said was what "...": the cue's own clause follows it)
            closing = None
    if speaker is None and not passive:
        speaker = _controller(tok)
    if speaker is None or speaker.lower_ in _EXPLETIVES and speaker.dep_ != "nsubj":
        speaker = _inherited_subject(tok) if speaker is None else speaker
    if speaker is None and not passive:
        speaker = _participle_subject(tok) or _subject_of_misread_modifier(tok) or document_before_aside(tok)
    if speaker is not None and speaker.lower_ in _EXPLETIVES and speaker.tag_ == "PRP" and speaker.lower_ == "it":
        if not _speaking_it(tok, speaker, passive):
            return None
    if speaker is not None and speaker.lemma_.lower() in _BARE_DATA and not any(
            c.dep_ in ("poss", "compound", "prep") for c in speaker.children) and _told_by_someone(tok):
        return None  # "Campaigners said the results confirmed what they had argued": the campaigners' claim
    content: tuple[int, int] | None = None
    extent: tuple[int, int] | None = None
    if tok.lemma_ == "ask" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None  # "Asked whether ..., X said": X was asked, the asking is not X's statement
    if content_head is None:
        content_head = _what_is(tok) or _that_clause_read_as_relative(tok)
    if content_head is None:
        content_head = _cited_content(tok)
    inner_relative: Token | None = None
    if content_head is None and tok.lemma_ in SPEECH_VERBS:
        content_head = _clause_hung_on_the_document(tok)
        inner_relative = _clause_after_inner_relative(tok) if content_head is None else None
        content_head = content_head or inner_relative
    if closing is not None:
        content_head, content = None, _span_of(list(tok.doc[sent.start : closing[1] - 1]))
        sequel = _sequel_after_cue(tok) if content else None
        if content and sequel is not None:  # "..., the chief, X, told reporters, and is now advancing at ..."
            extent = (content[0], sequel)
    call_tokens = _call_content(tok) if closing is None else None
    if call_tokens:
        content_head, content = None, _span_of(call_tokens)
    if content_head is None and content is None:
        obj_tokens = _object_content(tok) or _that_clause_after_aside(tok)
        if obj_tokens:
            content = _span_of(obj_tokens)
    if content is None and content_head is not None:
        tokens = list(content_head.subtree)
        occasion = _occasion_opening(content_head) if content_head.dep_ == "advcl" else None
        if occasion is not None:  # (the occasion is when it was said, not part of what was)
            tokens = [t for t in tokens if t.i > occasion.right_edge.i]
        if inner_relative is not None:  # (only what follows the cue: the noun the clause hangs on is no part of it)
            tokens = [t for t in tokens if t.i > tok.right_edge.i]
        stray = _subject_read_as_object(tok, content_head)
        if stray is not None:  # "said its reception centre, built for 1,500 people, was holding about 4,300"
            aside = _aside_between(tok, stray, content_head)
            gap = [t for t in tok.doc[stray.right_edge.i + 1 : content_head.left_edge.i] if t.is_punct or aside]
            tokens = sorted([*stray.subtree, *gap, *tokens], key=lambda t: t.i)
        # "told KBX that talks on sharing the river would resume ...", with "talks" read as a verb: a second clause
        # with no subject of its own, running straight on from the first, is the rest of it
        # ("said her housing support of 410 kelvers, due on March 3, was 11 days late": past an aside the parser
        # hung on the cue, when the first clause is a bare noun)
        for rest in tok.children:
            gap = tok.doc[max(t.i for t in tokens) + 1 : rest.left_edge.i] if rest.i > content_head.i else None
            aside = gap is not None and len(gap) >= 1 and content_head.pos_ == "NOUN" and \
                content_head.dep_ == "ccomp" and gap[-1].text == "," and \
                all(t.head.i == tok.i or gap.start <= t.head.i < gap.end for t in gap)
            if rest.dep_ == "ccomp" and rest.i > content_head.i and (rest.left_edge.i == max(t.i for t in tokens) + 1
                                                                     or aside) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in rest.children) \
                    and rest.lemma_ not in SPEECH_VERBS | BELIEF_VERBS and rest.left_edge.dep_ not in ("cc", "punct"):
                tokens += [*(gap if aside else ()), *rest.subtree]
            elif rest.dep_ == "ccomp" and rest.i > content_head.i and rest.left_edge.i == max(t.i for t in tokens) + 1 \
                    and _part_read_as_a_clause(rest):
                tokens += list(rest.subtree)  # "had counted 212 dogs, 61 of them puppies ..., and had needed ..."
        # "says the country has underinvested ..., and that 4 billion a year will be needed": a second reported
        # clause the parser joined to the cue rather than to the first
        for conj in tok.children if not _reported_inside_speech(tok) else ():
            if conj.dep_ == "conj" and conj.i > content_head.i and _opened_by_that(conj):
                tokens += [t for t in tok.doc[content_head.right_edge.i + 1 : conj.left_edge.i] if t.dep_ in ("cc", "punct")]
                tokens += list(conj.subtree)
        # "said in a statement that it was "deeply disappointed" and had sent a team of 40 engineers": a second verb
        # joined to the cue with no subject of its own, in the shifted tense of reported speech, goes on with the
        # reported clause
        for conj in tok.children if tok.i < content_head.i and not _reported_inside_speech(tok) else ():
            if conj.dep_ == "conj" and conj.i > content_head.right_edge.i and conj.lemma_ not in SPEECH_VERBS and \
                    _backshifted(conj) and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark")
                                                   for g in conj.children):
                gap = tok.doc[max(t.i for t in tokens) + 1 : conj.left_edge.i]
                if all(t.dep_ in ("cc", "punct") for t in gap):
                    tokens += [*gap, *conj.subtree]
        # "said the recaptured animals had been darted and were recovering, although two had cuts from the wire": a
        # concession in the past tense the parser hung on the cue goes on with the reported clause
        for clause in tok.children if tok.i < content_head.i else ():
            if clause.dep_ == "advcl" and clause.i > max(t.i for t in tokens) and any(
                    m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in clause.children) and \
                    (clause.tag_ == "VBD" or _backshifted(clause)) and tok.tag_ == "VBD":
                gap = tok.doc[max(t.i for t in tokens) + 1 : clause.left_edge.i]
                if all(t.is_punct for t in gap):
                    tokens += [*gap, *clause.subtree]
        cuts = [c for c in (_aside_with_a_speaker(tokens, content_head), _second_speaking_participle(tokens, content_head))
                if c is not None] if tok.i < content_head.i else []
        if cuts:
            tokens = [t for t in tokens if t.i < min(cuts)]
        spoken = next((c for c in content_head.children if c.i > content_head.i and _second_speaker_clause(c)), None)
        if spoken is not None and tok.i < content_head.i:
            # "The union said X had been dismissed ..., and its lawyer, Y, called her account "...", "... said they
            # had dissolved parliament, while the foreign minister said ...": a second speaker's words the parser
            # joined to the reported clause
            cut = spoken.left_edge.i
            while cut > content_head.i and tok.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            tokens = [t for t in tokens if t.i < cut]
        if _reported_inside_speech(tok):
            # "She said the guild had warned the AMA that stocks were falling, and that the authority had taken 37
            # days to reply": a second that-clause goes on with what she said, not with the warning she reports
            second = next((c for c in content_head.children if c.dep_ == "conj" and c.i > content_head.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if second is not None:
                tokens = [t for t in tokens if t.i < second.left_edge.i]
        marker = _origin_marker(content_head)
        if marker is not None:  # "reported, quoting X, that ...": the marker hangs off the reported clause
            tokens = [t for t in tokens if t.i not in {x.i for x in marker.subtree}]
        if passive:
            tokens = [t for t in tokens if not (speaker is not None and t.i in {x.i for x in speaker.subtree})]
            tokens = [t for t in tokens if not (t.lower_ == "by" and t.head.i == content_head.i)]
        content = _span_of(tokens, anchor=content_head)
        extent = (min(t.i for t in tokens), max(t.i for t in tokens) + 1) if tokens else None
        sequel = _sequel_after_cue(tok) if content_head.i < tok.i else None
        if extent is not None and sequel is not None:  # its figures are the speaker's too
            extent = (extent[0], max(extent[1], sequel))
        described = _description_after(extent[1], sent) if extent is not None and content_head.i > tok.i else None
        if described is not None:
            extent = (extent[0], described)
        content = _with_modal_sequel(tok, content)
        content = _with_main_clause_after_absolute(tok, content_head, content)
        content = _with_fronted_phrase(tok, content_head, content)
        joined = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > content_head.right_edge.i and not any(
            g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)), None) if relative is content_head else None
        if content is not None and joined is not None and tok.doc[content[1]].lower_ in ("and", "but"):
            content = (content[0], joined.right_edge.i + 1)  # ("... and had not written a speech": the rest of it)
        teller = _teller_after_a_part(speaker.head) if speaker is not None and speaker.dep_ in ("appos", "conj") \
            else None
        if speaker is not None and teller is not None and teller.i == speaker.i and \
                content is not None and content[1] <= speaker.head.i < tok.i:
            # (the part the parser took for the subject goes on with the reported clause)
            end = speaker.left_edge.i
            while end > content[1] and (tok.doc[end - 1].is_punct or tok.doc[end - 1].is_space):
                end -= 1
            content = (content[0], end)
        if extent is not None and content is not None and content[1] > extent[1]:
            extent = (extent[0], content[1])
        sequel_clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and any(
            t.text == ";" for t in tok.doc[tok.i + 1 : c.left_edge.i + 1])), None) if content_head.i < tok.i else None
        if extent is not None and sequel_clause is not None:
            # "..., the bank said; the other three wanted a cut": the clause after the semicolon goes on with it
            extent = (extent[0], max(extent[1], sequel_clause.right_edge.i + 1))
    elif (content is None and tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and speaker is not None
          and (tok.head.pos_ in ("VERB", "AUX") or _misread_clause_root(tok) or _aside_hung_on_a_later_noun(tok))
          and not (tok.dep_ == "ccomp" and tok.head.lemma_ in SPEECH_VERBS | BELIEF_VERBS and not _that_clause_after(tok))
          and not _negated_or_modal(tok)
          and not (tok.tag_ == "VBG" and tok.head.lemma_ in SPEECH_VERBS)
          and not _subordinate_event(tok, speaker)
          and not (tok.dep_ == "conj" and tok.i > tok.head.i and any(c.dep_ == "nsubj" for c in tok.children)
                   and _joined_by_conjunction(tok))):
        # ("a woman asked for a photo and Clinton said, ...": a second clause with its own subject
        # reports its own words, not the first clause; "Turnout was 61.4 percent, the chairman told a news
        # conference": joined by a comma only, the first clause is what was told)
        # "<content>, the source added." / "X reported, quoting Y, that <content>" (parsed upside down)
        governor = _aside_hung_on_a_later_noun(tok) or tok.head
        origin_marker = _origin_marker(governor)
        exclude = [tok] + ([origin_marker] if origin_marker is not None else [])
        rest = _subtree_minus(governor, *exclude)
        content = _span_of(rest, anchor=governor)
        if content and (content[0] <= tok.i < content[1] or content[0] <= speaker.i < content[1]):
            content = None  # that clause is the speaker's own ("X went on to speculate ...")
        elif content and tok.dep_ == "parataxis" and rest:
            # "A sentence of less than six years, he said, would ...": the reported clause runs on both sides
            extent = (min(t.i for t in rest), max(t.i for t in rest) + 1)
            content = _main_clause_before_aside(tok, speaker, rest, content)
        sequel = _sequel_after_cue(tok) if content else None
        if content and sequel is not None:  # "..., the authority said, more than 40cm above the record"
            extent = (extent[0] if extent else content[0], max(extent[1] if extent else content[1], sequel))
    content = _existential_rest(tok, content) or content
    if content is None and not passive:
        content = _clause_split_by_parser(tok)
    if content is None and not passive:
        content = _flat_clause(tok, sent)
    if content is None and not passive and speaker is not None:
        content = _preposed_content(tok, speaker, sent)
    if content is None and not passive and speaker is not None:
        content = _clause_before_aside(tok, speaker, sent) or _clause_after_citing_aside(tok, sent)
    if speaker is None:
        return None  # nobody to attribute to: "calls suggesting disarray"
    if content is None:
        # "“...” he said" with the quote unparsed: the caller pairs quotes with cue-only frames
        if belief:
            return None
        content = (tok.i, tok.i)
    content = _before_a_verdict(tok.doc, content)
    joined = _clauses_joined_before(tok, content, sent)
    if joined is not None:
        content, extent = joined, (joined[0], max(extent[1], joined[1])) if extent is not None else None
    if content is not None and _dangling_conjunction(tok.doc, content, sent):
        # "..., costing bakeries and, ultimately, shoppers some 1.3 billion zelots": the parser cut the clause at
        # its aside, leaving the words after it to no verb; they finish it
        content = (content[0], sent.end - 2 if tok.doc[sent.end - 1].is_punct else sent.end - 1)
        extent = None
    trailing = _with_phrase_after(tok, (extent or content), sent) if content is not None else None
    if trailing is not None:  # "... show a new vehicle park north of X, with more than 150 vehicles under netting"
        extent = ((extent or content)[0], trailing)
    interrupted = _clause_interrupted_by_cue(tok, speaker, content) if content is not None else None
    if interrupted is not None:
        # "X has 1,300 reviews, and the weekend after was, Amalia Brokenshire said, "...": the cue breaks into the
        # clause after the 'and'; the one before it is the outlet's
        content = (interrupted, content[1])
        extent = (interrupted, extent[1]) if extent is not None else None
    basis = _survey_before(tok)
    if basis is not None and content is not None:  # "In a survey of 1,180 of its members, the guild found that ..."
        extent = (min(basis, (extent or content)[0]), (extent or content)[1])
    frame = Frame(cue=[tok], speaker=speaker, content=content, sentence=sent, via=via, belief=belief, extent=extent)
    _speaking_through(tok, frame)
    origin = _origin_of(tok, speaker)
    if origin is None and content is not None and content == _clause_after_citing_aside(tok, sent):
        # ("the broadcaster EVR reported, quoting the store's manager, the queue ...", the aside hung elsewhere)
        marker = tok.doc[tok.i + 2]
        cited = next((c for c in marker.children if c.dep_ in ("dobj", "pobj")), None)
        origin = (marker, cited) if cited is not None else None
    if origin is not None:  # "Y reported, quoting X, that ...": the words are X's, Y passed them on
        marker, source = origin
        _through_origin(frame, marker, source, speaker)
    # "X told Reuters": an outlet told is a via
    for child in tok.children:
        # ("told the news site Tallowmark": a site or agency of news is an outlet too)
        news = any(c.dep_ == "compound" and c.lower_ == "news" for c in child.children)
        if tok.lemma_ == "tell" and child.dep_ in ("dobj", "dative") and (
                child.ent_type_ == "ORG" or child.lemma_.lower() in OUTLET_NOUNS or news) and \
                child.lower_ not in _AUDIENCE_BODIES:
            # "told Reuters", "told the public broadcaster DTV"; "told Velmouth Crown Court" is an audience
            frame.via = [child]
    passer = _interviewed_by(tok) or carried_by(tok)
    if passer is not None and not frame.via:
        frame.via = [passer]
    return frame


def _clause_interrupted_by_cue(tok: Token, speaker: Token | None, content: tuple[int, int]) -> int | None:
    """Where the clause a cue breaks into begins, when that clause follows another joined by ', and' or ', but':
    'The restaurant has 1,300 reviews, and the weekend after was, Amalia Brokenshire said, "the busiest ..."'."""
    doc = tok.doc
    if speaker is None or speaker.i > tok.i or content[1] > speaker.left_edge.i or content[0] >= content[1]:
        return None
    comma = speaker.left_edge.i - 1
    if comma <= content[0] or doc[comma].text != "," or tok.i + 1 >= tok.sent.end or doc[tok.i + 1].text != ",":
        return None
    if doc[comma - 1].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None  # the clause before the cue is whole
    for i in range(comma - 2, content[0] + 1, -1):
        if doc[i].lower_ in ("and", "but") and doc[i - 1].text == "," and doc[i + 1].tag_ in (
                "DT", "PRP", "PRP$", "NNP", "NN", "NNS"):
            return i + 1
    return None


def _dangling_conjunction(doc: Doc, content: tuple[int, int], sent: Span) -> bool:
    """Does the content end on "and" or "or" with the rest of the sentence, past commas, holding no clause?"""
    if not content[0] < content[1] < sent.end:
        return False
    last = doc[content[1]]
    while last.i > content[0] and (last.is_punct or last.pos_ == "ADV"):  # ("and, ultimately,")
        last = doc[last.i - 1]
    if last.pos_ != "CCONJ" or last.i == content[0]:
        return False
    rest = [t for t in doc[content[1] + 1 : sent.end] if not t.is_punct and not t.is_space]
    # ("shoppers" may come out as a present-tense verb joined to the cue: with no subject of its own it opens no
    # clause; "but pledged to remain civil" does)
    opens_clause = any(t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)) for t in rest)
    # (nor a quoted fragment after it, "the seizure was welcome but "a drop in an ocean"": a quotation of its own)
    quoted = any(t.is_quote for t in doc[content[1] + 1 : sent.end])
    return bool(rest) and not opens_clause and not quoted


def _instruction(tok: Token) -> bool:
    """Does the verb tell someone what, which, how or where to do something ('which boxes to lift')?"""
    for clause in tok.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < tok.i:
            continue
        words = list(tok.doc[clause.left_edge.i : min(clause.left_edge.i + 4, clause.right_edge.i + 1)])
        if not words or words[0].lower_ not in ("what", "which", "how", "where", "when", "whom", "who"):
            continue
        for w in words[1:]:
            if w.lower_ == "to" and w.tag_ == "TO":
                return True
            if w.tag_ in ("VBD", "MD") or w.pos_ == "AUX":  # ("which boxes to lift", with "boxes" read as a verb)
                break
    return False


# what a writer or presenter produces, as the object of 'writes', 'hosts'
_PUBLICATIONS = frozenset({"blog", "column", "newsletter", "book", "novel", "memoir", "podcast", "show", "programme",
                           "program", "series", "website", "page", "feed", "channel", "substack", "biography"})

# bodies one speaks to, not through
_AUDIENCE_BODIES = frozenset({"court", "tribunal", "committee", "parliament", "inquiry", "hearing", "council",
                              "assembly", "senate", "congress", "jury", "panel", "conference", "meeting", "summit",
                              "commission", "board", "cabinet"})
_THINGS_TOLD = frozenset({"lie", "story", "joke", "truth", "secret", "tale", "anecdote", "fib"})


def _subject_read_as_object(tok: Token, clause: Token) -> Token | None:
    """The subject of a reported clause that the parser made the cue's object: 'said its reception centre, built
    for 1,500 people, was holding ...', with 'was holding' a subjectless complement right after it."""
    if clause.dep_ != "ccomp" or clause.i < tok.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj if obj.right_edge.i + 3 >= clause.left_edge.i or _aside_between(tok, obj, clause) else None


def _aside_between(tok: Token, obj: Token, clause: Token) -> bool:
    """'She said inflation, at 2.1% in October, was inside the range': a verbless aside in commas, hung on the cue,
    between the subject the parser made its object and the rest of the reported clause."""
    doc = tok.doc
    gap = doc[obj.right_edge.i + 1 : clause.left_edge.i]
    return len(gap) >= 3 and gap[0].text == "," and gap[-1].text == "," and \
        all(t.tag_ not in _FINITE_TAGS for t in gap) and \
        all(t.head.i == tok.i or gap.start <= t.head.i < gap.end for t in gap)


_SHARE_WORDS = frozenset("many most some all several half none few each".split())


def _description_after(end: int, sent: Span) -> int | None:
    """'... had moved 8,000 troops to the area, many of them conscripts with less than three months of training':
    a verbless description of the reported clause's people that runs to the end of the sentence is part of what was
    reported (whatever the parser made of it). Returns the end of the description."""
    doc = sent.doc
    if end > sent.start and doc[end - 1].text == ",":
        end -= 1  # (the comma may hang on the clause before)
    if end + 3 >= sent.end or doc[end].text != ",":
        return None
    if (doc[end + 1].lower_ in _SHARE_WORDS or doc[end + 1].like_num) and doc[end + 2].lower_ == "of" and \
            doc[end + 3].lower_ in ("them", "whom"):
        rest = [t for t in doc[end + 4 : sent.end] if not t.is_space]
    elif doc[end + 1].lower_ == "the" and doc[end + 2].lower_ in ORDINAL_WORDS \
            and doc[end + 3].lower_ == "of":
        # "had been paid in two instalments, the first of 2.5 million in February": one of the things just counted
        rest = [t for t in doc[end + 1 : sent.end] if not t.is_space]
    else:
        return None
    if any(t.lemma_ in SPEECH_VERBS or t.is_quote or t.text == ";" for t in rest):
        return None
    return rest[-1].i + 1 if rest else None


def _existential_rest(tok: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'There were, she told MPs, 14,870 people in the prisons': the parser left only "There were" before the
    cue and made what there were an object of it; the claim is the part after the cue."""
    if content is None or content[1] > tok.i or any(
            t.lower_ != "there" and t.lemma_ != "be" and not t.is_punct for t in tok.doc[content[0] : content[1]]):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > tok.i]
    if len(objs) < (2 if tok.lemma_ == "tell" else 1):
        return None  # "told MPs" alone: only the one told
    start, end = objs[-1].left_edge.i, tok.sent.end
    while end > start and (tok.doc[end - 1].is_punct or tok.doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _joined_by_conjunction(conj: Token) -> bool:
    """Is the conjunct clause joined to its head by 'and', 'but', 'or' or a subordinator ('as'), not by a comma
    alone ('Turnout was 61.4 percent, the chairman told a news conference')?"""
    between = conj.doc[conj.head.i : conj.i]
    return any(t.dep_ == "cc" for t in between) or any(
        c.dep_ == "mark" for c in conj.children) or not any(t.text == "," for t in between)


def _with_modal_sequel(tok: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'told the minister that Sarmatia would "never be a springboard" but would "not be threatened either"': a
    subjectless modal clause the parser hung on the cue goes on with the reported clause."""
    if content is None:
        return None
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.i < content[1] or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children):
            continue
        between = tok.doc[content[1] : conj.i]
        if all(t.is_punct or t.dep_ in ("cc", "aux", "auxpass", "neg", "advmod") for t in between):
            end = max(t.i for t in conj.subtree if not t.is_punct or t.is_quote) + 1
            return content[0], end
    return content


# words a statement comes in, and the verbs for an outlet passing it on ("a statement carried by SevPress")
_CARRIED_NOUNS = frozenset({"statement", "message", "remark", "comment", "post", "release", "bulletin", "letter",
                            "address", "speech", "video", "broadcast", "communique", "communiqué"})
_CARRY_VERBS = frozenset({"carry", "publish", "broadcast", "air", "relay", "run", "distribute", "circulate",
                          "report", "quote", "release"})


def carried_by(cue: Token) -> Token | None:
    """'In a statement carried by the state news agency SevPress, it said ...': the outlet that carried the
    speaker's words passes them on."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "through", "via"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _CARRIED_NOUNS:
                continue
            # ("In a message on its leak site, relayed on Monday by the site Kernelwatch, the group said": the
            # participle hung on the cue)
            verbs = [v for v in noun.children if v.dep_ == "acl"] + [v for v in cue.children if v.dep_ == "advcl"
                                                                       and noun.i < v.i < cue.i]
            for verb in verbs:
                if verb.tag_ != "VBN" or verb.lemma_ not in _CARRY_VERBS:
                    continue
                agent = next((a for a in verb.children if a.dep_ == "agent"), None)
                outlet = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
                named = next((a for a in outlet.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None) \
                    if outlet is not None else None  # "by the technology news site Kernelwatch"
                if outlet is not None and (outlet.ent_type_ == "ORG" or outlet.pos_ == "PROPN"
                                           or outlet.lemma_.lower() in OUTLET_NOUNS):
                    return outlet
                if named is not None:
                    return named
    return None


_INTERVIEW_NOUNS = frozenset({"interview", "conversation", "podcast", "broadcast", "programme", "program", "show"})


def _interviewed_by(cue: Token) -> Token | None:
    """'said in an interview with the business channel KFN', 'Speaking in an interview with KFN, X said': the
    outlet that interviewed the speaker passes the words on."""
    verbs = [cue] + [c for c in cue.children if c.dep_ == "advcl" and c.lemma_ in ("speak", "talk")]
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "on"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in _INTERVIEW_NOUNS:
                    continue
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "to"):
                        outlet = next((o for o in inner.children if o.dep_ == "pobj"), None)
                        if outlet is None or outlet.ent_type_ in ("DATE", "TIME"):
                            continue
                        named = next((c for c in outlet.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                        if outlet.ent_type_ == "ORG" or outlet.pos_ == "PROPN" and outlet.ent_type_ != "PERSON":
                            return outlet
                        if named is not None or outlet.lemma_.lower() in OUTLET_NOUNS:
                            return named or outlet  # "the business channel KFN"
    return None


# verbs an organisation referred to as "it" speaks with ("In its bulletin it said ...", "what it called ...")
_IT_SPEECH = frozenset({"say", "tell", "state", "claim", "report", "announce", "warn", "write", "call", "estimate",
                        "predict", "forecast", "deny", "confirm", "insist", "argue", "describe", "add", "reveal",
                        "disclose", "allege", "assert", "maintain", "blame", "recommend", "conclude", "find", "accuse",
                        "project"})


def _speaking_it(tok: Token, speaker: Token, passive: bool) -> bool:
    """'it said the storm was carrying ...': an active speech verb with 'it' as its own subject may be an
    organisation speaking (the statement builder keeps the frame only when an organisation is its antecedent);
    'it is said', 'it seems', 'it adds to the pressure' are not."""
    own = speaker.head.i == tok.i or tok.dep_ == "conj" and speaker.head.i == tok.head.i  # "It ... and said"
    # "It corrected the figure to 23, saying two had left the shift early": a participle after its verb
    own = own or tok.tag_ == "VBG" and tok.dep_ == "advcl" and speaker.head.i == tok.head.i and \
        tok.head.pos_ == "VERB" and tok.head.lemma_ not in ("be", "seem", "appear", "rain", "snow")
    if passive or speaker.dep_ != "nsubj" or not own or tok.lemma_ not in _IT_SPEECH:
        return False
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("to", "up", "out", "for", "on", "off"):
        return False  # "it adds up", "it called for", "it points to"
    # ("Until then, it said, dockworkers are planning ...", "Sales fell 4 percent, it said.": set off by commas)
    aside = tok.dep_ == "parataxis" and speaker.i == tok.i - 1 and speaker.i > 0 and tok.doc[speaker.i - 1].text == ","
    return (any(c.dep_ == "ccomp" for c in tok.children) or any(c.lower_ == "what" for c in tok.children) or aside
            or tok.dep_ == "relcl" or tok.lemma_ in ("describe", "call") and any(c.dep_ == "dobj" for c in tok.children)
            # "It accused Belloria of "years of dumping"": a body's accusation
            or tok.lemma_ == "accuse" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def _quoted_one(noun: Token) -> bool:
    """'HVT also quoted one of the diggers, a student named only as Lioba, as saying ...': the one quoted (or the
    description set beside it), on whom the parser hung the "as saying"."""
    obj = noun.head if noun.dep_ == "appos" else noun
    return noun.pos_ in ("NOUN", "PROPN") and obj.dep_ == "dobj" and obj.head.lemma_ in ("quote", "cite")


def _as_saying(tok: Token, sent: Span) -> Frame | None:
    governor = tok.head.head  # quoted / pointed / cited / described
    if governor.dep_ == "relcl" and governor.head.dep_ == "dobj" and governor.head.head.lemma_ in _QUOTING_VERBS:
        # ("quoted a waiter who worked there until the summer as saying ...": hung on the relative clause)
        governor = governor.head.head
    speaker = None
    via: list[Token] = []
    if _quoted_one(governor):
        speaker = governor
        governor = governor.head.head if governor.dep_ == "appos" else governor.head
        subj = _subject(governor)
        content_head = next((c for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp")), None)
        if content_head is None:
            return None
        return Frame(cue=[governor, tok.head, tok], speaker=speaker, content=_span_of(list(content_head.subtree)),
                     sentence=sent, via=[subj] if subj is not None else [])
    for child in governor.children:
        if child.dep_ == "dobj":
            speaker = child
        elif child.dep_ == "prep" and child.lower_ == "to":
            speaker = next((c for c in child.children if c.dep_ == "pobj"), speaker)
    if speaker is None:
        speaker = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
        agent = _agent(governor)
        if agent is not None:
            via = [agent]
    else:
        subj = _subject(governor) or _agent(governor)
        if subj is not None:
            via = [subj]
    if speaker is None:
        return None
    content_head = next((c for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp")), None)
    content = _span_of(list(content_head.subtree)) if content_head is not None else None
    if content is None:
        content = (tok.i, tok.i)
    cue = [t for t in (governor, tok.head, tok) if t is not None]
    return Frame(cue=cue, speaker=speaker, content=content, sentence=sent, via=via)


# verbs that pass on another's words "as saying"
_QUOTING_VERBS = frozenset({"quote", "cite", "describe", "report"})
# documents in which a speaker speaks for themselves
_OWN_WORDS = frozenset({"statement", "readout", "transcript", "communique", "communiqué", "post", "release",
                        "speech", "address", "message", "letter"})


def _nest(frames: list[Frame]) -> None:
    """A frame inside another frame's content gets the outer speaker as a via."""
    text = doc_text(frames[0].sentence.doc) if frames else ""
    for inner in frames:
        if inner.cue[-1].dep_ == "relcl" and inner.cue[-1].head.dep_ in ("npadvmod", "appos") and \
                inner.cue[-1].head.lemma_.lower() in CLAIM_NOUNS | _GIVEN_FIGURES:
            continue  # "..., a figure she called "pure fantasy"": her verdict on the report, not part of it
        outers = [
            o for o in frames
            if o is not inner and o.contains(inner.cue[-1].i) and o.speaker is not None
            and (o.content[1] - o.content[0]) > (inner.content[1] - inner.content[0])
            # '“... Somebody has to explain that,” she said': a cue inside a quote does not relay one outside it
            and not (inside_quotes(text, o.cue[0].idx) and not inside_quotes(text, inner.cue[-1].idx))
            # "..., which he said were at his side, the footage showed": pictures pass on nobody's words
            and not _is_evidence(o.speaker)
            # "According to a statement on the presidential website, President X told ...": his own statement
            # is where he spoke, no one passing his words on
            and not (o.speaker.lemma_.lower() in _OWN_WORDS and o.speaker.tag_ == "NN")
        ]
        outers.sort(key=lambda o: o.content[1] - o.content[0], reverse=True)
        chain: list[Token] = []
        for o in outers:
            chain.extend(o.via)
            chain.append(o.speaker)  # type: ignore[arg-type]
        inner.inherited_via = chain


def reporting_subject(tok: Token) -> Token | None:
    """Who reports the clause ``tok`` is the subject of: 'Clinton told reporters she ...' -> Clinton.

    ``tok`` must be the subject of a clause that is the complement of a speech or belief verb;
    the answer is that verb's own speaker (its subject, or the subject it inherits)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return None
    verb = clause.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS or _is_passive(verb):
        return None
    speaker = _subject(verb) or _inherited_subject(verb)
    if speaker is None or speaker.i == tok.i or speaker.lower_ in _EXPLETIVES:
        return None
    return speaker
