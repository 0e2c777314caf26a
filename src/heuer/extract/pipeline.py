"""Extraction as a pure function: a Document in, an Extraction out.

The spaCy pipeline is loaded once per process; batches go through
``nlp.pipe``. Nothing here touches the network or the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from heuer.extract.attribution import Frame, name_phrase_end
from heuer.extract.entities import build_entity_table
from heuer.extract.events import find_events
from heuer.extract.figures import find_figures
from heuer.extract.figures.background import (
    in_appositive_description,
    in_background_clause,
    place_distance_gloss,
)
from heuer.extract.figures.discourse import carry_units
from heuer.extract.lexicon import REPORT_NOUNS, is_report_noun
from heuer.extract.nlp import doc_text, load_nlp
from heuer.extract.org_nouns import is_own_outlet
from heuer.extract.speakers import SpeakerResolver
from heuer.extract.statements import Attributed, build_statements, speakers_own
from heuer.model import Document, Extraction, Figure
from heuer.settings import DEFAULT_SETTINGS, Settings


def extract(document: Document, nlp: Language | None = None) -> Extraction:
    """Statements, figures, entities and events of one document."""
    nlp = nlp or load_nlp(DEFAULT_SETTINGS.spacy_models)
    return analyse(document, nlp(document.text))


def extract_many(
    documents: Iterable[Document], nlp: Language | None = None, settings: Settings = DEFAULT_SETTINGS
) -> Iterator[Extraction]:
    """Extract a batch with ``nlp.pipe``; results come in input order."""
    nlp = nlp or load_nlp(settings.spacy_models)
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=settings.batch_size), strict=True):
        yield analyse(document, parsed)


def analyse(document: Document, doc: Doc) -> Extraction:
    """Run every rule over an already parsed document."""
    table = build_entity_table(doc)
    resolver = SpeakerResolver(doc, table, document.outlet)
    attributed, frames = build_statements(doc, resolver, document.outlet, document.byline)
    figures = _figures(doc, attributed, frames, resolver, document)
    events = find_events(doc, document.published)
    return Extraction(
        document=document,
        statements=[a.statement for a in attributed],
        figures=figures,
        entities=table.to_entities(),
        events=events,
    )


def _figures(doc: Doc, attributed: list[Attributed], frames: list, resolver: SpeakerResolver, document: Document) -> list[Figure]:
    out: list[Figure] = []
    found = [(sent, find_figures(sent)) for sent in doc.sents]
    carry_units(found)
    for sent, mentions in found:
        for mention in mentions:
            source, via = _source_of(doc, mention.token_i, mention.start, attributed, frames, resolver, document)
            if source is not None and is_own_outlet(source, document.outlet):
                source, via = None, []  # the paper's own analysis: the outlet's voice
            if source is not None and in_background_clause(doc[mention.token_i]) and not any(
                    a.statement.kind == "direct" and a.statement.span[0] <= mention.start < a.statement.span[1]
                    for a in attributed):
                source, via = None, []  # "X, who has known him for 20 years, said ...": the paper's description
            if source is not None and in_appositive_description(doc[mention.token_i]):
                source, via = None, []  # "The Marrowind, a 15-metre yacht ..., lost its mast": what the thing is
            if source is not None and place_distance_gloss(doc, mention.start, mention.end, mention.unit):
                source, via = None, []  # "... from a marine park in Hollowmere, 90 kilometres away": where it lies
            # ("according to its own survey of 1,200 shops": the body passes nothing on from itself)
            via = [v for v in via if v != source]
            out.append(
                Figure(
                    value=mention.value,
                    range=mention.range,
                    unit=mention.unit,
                    subject=mention.subject,
                    sentence=sent.text.strip(),
                    span=(mention.start, mention.end),
                    text=mention.text,
                    source=source,
                    via=via,
                    hedges=list(mention.hedges),
                )
            )
    return out


# what a number someone puts forward is called ("the president's figure of 210,000")
_CREDITED_NUMBERS = frozenset({"figure", "estimate", "count", "tally", "forecast", "claim", "number", "total"})


def _among_those_told(frame: Frame, tok: Token) -> bool:
    """'Penwarden told an audience of about 600 guests that ...': a number in those the words were told to, before
    the words themselves, is the writer's description of the occasion, not part of what was said."""
    cue = frame.cue[0]
    if not cue.i < tok.i < frame.content[0]:
        return False
    return any(a.head.i == cue.i and (a.dep_ in ("dobj", "dative", "iobj") or a.dep_ == "prep" and a.lower_ == "to")
               for a in (tok, *tok.ancestors))


def _credited_to(doc: Doc, token_i: int, resolver: SpeakerResolver, teller: str | None = None) -> str | None:
    """'the president's figure of 210,000', 'the service's first estimate was 2.9 percent': the party a figure is
    expressly credited to by a possessive name."""
    tok = doc[token_i]
    of = tok.head if tok.dep_ == "pobj" else None
    noun = of.head if of is not None and of.lower_ == "of" else None
    phrase = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    said_to_be = noun is None and phrase.dep_ == "attr" and phrase.head.lemma_ == "be"
    if said_to_be:
        # "The statistical service's first estimate for last year, he noted, was 2.9 percent"
        noun = next((c for c in phrase.head.children if c.dep_ == "nsubj" and c.i < phrase.i), None)
    if noun is None or noun.lemma_.lower() not in _CREDITED_NUMBERS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if owner is None:
        return None
    party = resolver.resolve(owner)
    if said_to_be and teller is not None and _one_of_its_own(doc, owner, party.name, teller, resolver):
        return None  # ("the agency's figure was an average over 40 years", said by the agency's head: her word)
    return party.name if party.type in ("person", "organization") else None


def _one_of_its_own(doc: Doc, owner: Token, body: str, teller: str, resolver: SpeakerResolver) -> bool:
    """Was the teller introduced beside the body's noun or name ('The agency's head of coastal monitoring, X', 'the
    director of the animal charity Pawbridge Trust, X')?"""
    words = {owner.lemma_.lower(), *body.lower().split()}
    for m in resolver.mentions:
        if m.name == teller:
            sent = doc[m.i].sent
            near = doc[max(sent.start, m.i - 10) : min(sent.end, m.i + 10)]
            if any(t.lemma_.lower() in words or t.lower_ in words for t in near if not t.is_stop):
                return True
    return False


def _source_of(doc: Doc, token_i: int, char: int, attributed: list[Attributed], frames: list,
               resolver: SpeakerResolver, document: Document) -> tuple[str | None, list[str]]:
    """Who the sentence makes responsible for a figure, and through whom."""
    best: Attributed | None = None
    for att in attributed:
        s, e = att.statement.span
        if s <= char < e and (best is None or e - s < best.statement.span[1] - best.statement.span[0]):
            best = att
    if best is not None and best.statement.speaker is not None and best.origin is None:
        best = _teller_of_a_bodys_view(best, attributed, doc_text(doc))
    estimate = _estimate_inside(doc, token_i, best, frames)
    # ("Our valuation, done in 2067, puts ...": the speaker's own estimate is the speaker's)
    if estimate is not None and best is not None and best.statement.speaker is not None and \
            not speakers_own(estimate.speaker):
        # "... a defence attaché I spoke to put the number of launchers at 100 to 150": the one who puts it, passed
        # on by the speaker (but a person's words on a body's estimate stay the person's claim, as above)
        owner = resolver.resolve(estimate.speaker)
        teller = best.statement.speaker
        if owner.name != teller.name and not (teller.type == "person" and owner.type != "person"):
            return owner.name, [*best.statement.via, teller.name]
    if best is not None and best.statement.speaker is not None:
        credited = _credited_to(doc, token_i, resolver, best.statement.speaker.name)
        if credited is not None and credited != best.statement.speaker.name:
            # "the president's figure of 210,000 included seasonal work": the president's number, passed on
            return credited, [*best.statement.via, best.statement.speaker.name]
        if best.origin is not None:
            return best.origin.name, [*best.statement.via, best.statement.speaker.name]
        return best.statement.speaker.name, list(best.statement.via)
    # a frame that did not become a statement (too short, or a container) still attributes
    # (not a number in the source's own description: "according to two people briefed on the talks: ...")
    inner = [f for f in frames if f.covers(token_i) and f.speaker is not None and not _in_name_of(f.speaker, token_i)
             and not _among_those_told(f, doc[token_i])]
    if inner:
        frame = min(inner, key=lambda f: f.content[1] - f.content[0])
        if frame.speaker.lower_ in ("we", "i") or speakers_own(frame.speaker):
            # "In Tuesday's edition we reported that 40 percent ...", "Our code of practice says ...": the
            # writer's own voice
            return None, []
        speaker = resolver.resolve(frame.speaker)
        via = [resolver.resolve(t).name for t in (*frame.inherited_via, *frame.via)]
        if frame.origin is not None:
            return resolver.resolve(frame.origin).name, [*via, speaker.name]
        return speaker.name, via
    own = _own_clause_source(doc, token_i, frames, resolver) or _owner_of_the_figure(doc, token_i, resolver) or \
        _proposer_of_the_figure(doc, token_i, resolver)
    if own is not None:
        return own, []
    listed = _list_introducer(doc, token_i, frames, resolver)
    if listed is not None:
        return listed, []
    asker = _named_asker(doc, token_i)
    if asker is not None:
        return asker, []
    return None, []


# "QUESTION (EDURNE BAGSHAWE, QUILLWORT):": a question put by a named reporter of another outlet
_NAMED_QUESTION = re.compile(r"[ \t]*(?:question|q|reporter|journalist|questioner)[ \t]*\(\s*(?P<name>[^\W\d_][\w'’-]*"
                             r"(?:[ \t]+[^\W\d_][\w'’-]*){1,3})\s*,[^()\n]{1,60}\)[ \t]*:", re.IGNORECASE)


def _named_asker(doc: Doc, token_i: int) -> str | None:
    """A figure the reporter who puts a question states in it ("QUESTION (GYONGYI VAUSE, CAIRNLINE): ... Six million
    is 3 percent of that.") is that reporter's, when the label names the reporter and the outlet (a plain "Q:" is
    the interviewing outlet's own voice)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[token_i].idx) + 1
    found = _NAMED_QUESTION.match(text, start)
    if found is None:
        return None
    name = found.group("name").strip()
    return name.title() if name.isupper() else name


_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+\S")


def _list_introducer(doc: Doc, token_i: int, frames: list, resolver: SpeakerResolver) -> str | None:
    """'The statement listed what officers found inside:' then '1. pangolin scales weighing 3.8 tonnes ...': a
    figure in a list item is the source's whose sentence opens the list with a colon."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[token_i].idx) + 1
    if not _LIST_ITEM.match(text, start):
        return None
    while start > 0:  # back over the list's other items and blank lines to the line that opens it
        prev_start = text.rfind("\n", 0, start - 1) + 1
        line = text[prev_start : start - 1]
        start = prev_start
        if line.strip() and not _LIST_ITEM.match(line):
            break
    else:
        return None
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if not line.endswith(":"):
        return None
    colon = doc.char_span(start + len(line) - 1, start + len(line), alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    framed = [f for f in frames if f.sentence.start == sent.start and f.speaker is not None]
    if framed:
        return resolver.resolve(framed[-1].speaker).name
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (is_report_noun(subject) or subject.lemma_.lower() == "list"):
        return None
    # ("The authority's tables list the pass rates by region:": the tables' owner)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    party = resolver.resolve(owner if owner is not None else subject)
    return party.name if party.type in ("organization", "person") and party.name.lower() != subject.lower_ else None


# nouns for a figure someone owns ("Aubery Power's figure is 41,500", "the auditor's 14 recommendations")
_OWNED_FIGURE_NOUNS = frozenset({"figure", "estimate", "count", "tally", "target", "forecast", "projection",
                                 "calculation", "recommendation", "number", "total", "reckoning"})


def _owner_of_the_figure(doc: Doc, token_i: int, resolver: SpeakerResolver) -> str | None:
    """'Aubery Power's figure is 41,500', 'the owner's figure of 23', 'The auditor's 14 recommendations', 'The
    ministry's own target is that nine in ten patients are seen within 18 weeks': a number that is what a named
    owner's figure counts or says is that owner's."""
    tok = doc[token_i]
    for _ in range(6):
        noun = _owned_figure_noun(tok)
        if noun is not None:
            owner = next(c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$")
            party = resolver.resolve(owner)
            # (a person only when named there: "the owner's figure" is not whoever spoke last)
            kinds = ("organization", "person") if owner.pos_ == "PROPN" else ("organization",)
            if party.type in kinds and party.name in resolver.table.records:
                return party.name
            return None
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "advcl"):
            return None
        tok = tok.head
    return None


def _proposer_of_the_figure(doc: Doc, token_i: int, resolver: SpeakerResolver) -> str | None:
    """'larger than the 12.40 tamburs recommended in July by the Zelvanian Pay Review Board': a figure said to be
    recommended, proposed or forecast by a party is that party's."""
    tok = doc[token_i]
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_ not in _PROPOSING_VERBS:
            continue
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        party = resolver.resolve(by) if by is not None else None
        if party is not None and party.type in ("organization", "person") and party.name.lower() != by.lower_:
            return party.name
    return None


# what a party does with a figure that makes it the party's ("the rate recommended by the board")
_PROPOSING_VERBS = frozenset({"recommend", "propose", "suggest", "demand", "seek", "estimate", "forecast", "predict",
                              "offer", "calculate", "project", "pledge", "promise", "request", "quote", "cite"})


def _owned_figure_noun(tok: Token) -> Token | None:
    """The owned figure noun ``tok`` counts ('14 recommendations'), completes ('figure of 23') or states ('figure is
    41,500', 'target is that ...')."""
    candidates = [tok]
    if tok.pos_ in ("AUX", "VERB") and tok.lemma_ == "be":
        candidates += [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "prep" and tok.lower_ == "of":
        candidates.append(tok.head)
    for noun in candidates:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _OWNED_FIGURE_NOUNS and any(
                c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
            return noun
    return None


def _in_name_of(speaker: Token, token_i: int) -> bool:
    """Is token ``token_i`` inside the speaker's own phrase ("two people briefed on the talks"; not "Keelwatch, up
    from 14 ...", which the parser may hang on the name)?"""
    return speaker.left_edge.i <= token_i < name_phrase_end(speaker)


def _estimate_inside(doc: Doc, token_i: int, best: Attributed | None, frames: list):
    """A 'put the number at ...' estimate (a frame that makes no statement of its own) inside the words of the
    statement holding the figure, by someone else: the estimate's owner is the source, passed on by the speaker."""
    if best is None or best.statement.speaker is None:
        return None
    s, e = best.statement.span
    inside = [f for f in frames if f.figures_only and f.covers(token_i) and f.speaker is not None
              and s <= doc[f.speaker.i].idx < e and _puts_it_itself(f)]
    return min(inside, key=lambda f: f.content[1] - f.content[0]) if inside else None


def _puts_it_itself(frame) -> bool:
    """Is the one who puts the estimate named as its cue's own subject ('the ministry put the number at ...',
    'an attaché I spoke to put ...'), not taken over from a clause before it?"""
    cue, speaker = frame.cue[0], frame.speaker
    return speaker.head.i == cue.i and speaker.dep_ in ("nsubj", "nsubjpass") or cue.head.head.i == speaker.i


# cues of a claim a body makes in its own words, which a person only passes on
# cues by which a body tells the teller something directly
_TOLD = frozenset({"told", "tells", "informed", "assured", "promised"})
_CLAIMED = frozenset({"claims", "claimed", "says", "said", "states", "stated", "insists", "insisted", "alleges",
                      "alleged", "announces", "announced"})


def _teller_of_a_bodys_view(inner: Attributed, attributed: list[Attributed], text: str) -> Attributed:
    """'He said the firm had interviewed 2,100 people and estimated that ...', 'She said the court had heard that
    ...': a body's view inside a person's words is the person's claim; a person who told the teller ('the governor
    had told her that ...') stays the source."""
    speaker = inner.statement.speaker
    if speaker is None or speaker.type == "person":
        return inner
    if (inner.statement.cue or "").lower() in _CLAIMED:
        return inner  # ("The group's page claims the files include ..., Woodhead said": the group's own claim)
    # (not the teller's own account of being told: "she had been told by officials that ...")
    passive = re.search(r"\b(?:been|was|were|is|are)\s+(?:\w+\s+)?(?:told|informed|assured|promised)\s+by\b",
                        text[max(0, inner.statement.span[0] - 80) : inner.statement.span[0]])
    if any(word in _TOLD for word in (inner.statement.cue or "").lower().split()) and not passive:
        return inner  # ("She said the minister's office had told her a report would be ready": the office's word)
    s, e = inner.statement.span
    # (the teller's words in the same sentence: an interview answer passes on what a body estimated as the body's)
    outer = [a for a in attributed if a is not inner and a.statement.speaker is not None
             and a.statement.speaker.type == "person" and a.statement.span[0] <= s and e <= a.statement.span[1]
             and a.statement.span != inner.statement.span and a.statement.sentence == inner.statement.sentence
             and not (a.statement.cue or "").lower().startswith("according")]
    return min(outer, key=lambda a: a.statement.span[1] - a.statement.span[0]) if outer else inner


# what one sets, raises or cuts a forecast with, and the forecasts so set
_FORECAST_SETTERS = frozenset({"set", "raise", "lower", "cut", "lift", "trim", "revise"})
_FORECAST_NOUNS = frozenset({"target", "forecast", "estimate", "valuation", "projection", "outlook"})


def _own_clause_source(doc: Doc, token_i: int, frames: list, resolver: SpeakerResolver) -> str | None:
    """'The report makes 23 recommendations', 'The institute has recorded 120 aftershocks and warned that ...':
    a figure in the clause of a document (resolved to the body that issued it), or of a body that speaks in
    a coordinated clause of the same sentence, is that body's own."""
    tok = doc[token_i]
    clause = tok
    for _ in range(8):
        if any(c.dep_ == "nsubj" for c in clause.children) and clause.pos_ in ("VERB", "AUX"):
            break
        if clause.head.i == clause.i or clause.dep_ in ("ccomp", "relcl", "acl", "advcl", "xcomp"):
            return None
        clause = clause.head
    else:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i <= token_i <= subj.right_edge.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    if subj.lemma_.lower() in REPORT_NOUNS and any(c.dep_ in ("det", "poss") for c in subj.children):
        party = resolver.resolve(subj)
        if party.type == "organization" and party.name.lower() != subj.lower_:
            return party.name
        return None
    if clause.lemma_ in _FORECAST_SETTERS and any(c.dep_ == "dobj" and c.lemma_.lower() in _FORECAST_NOUNS
                                               for c in clause.children):
        # "They set a price target of 26 quindars", "The bank raised its growth forecast to 2.1 percent": a
        # forecast of the one who sets it
        party = resolver.resolve(subj)
        return party.name if party.type != "unknown" and party.name.lower() != subj.lower_ else None
    if clause.lemma_ == "date" and any(p.dep_ == "prep" and p.lower_ == "to" and p.left_edge.i <= token_i <=
                                       p.right_edge.i for p in clause.children):
        # "The university's laboratory dated wood from the hull to between 2,900 and 3,100 years ago": its finding
        party = resolver.resolve(subj)
        return party.name if party.type in ("organization", "person") else None
    for frame in frames:
        cue = frame.cue[0]
        if frame.speaker is not None and frame.speaker.i == subj.i and cue.i != clause.i and (
                cue.head.i == clause.i and cue.dep_ == "conj" or clause.head.i == cue.i and clause.dep_ == "conj"):
            party = resolver.resolve(subj)
            return party.name if party.type == "organization" else None
    return None
