"""Turn attribution frames and quote spans of one document into Statement records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from heuer.extract.ages import age_phrase
from heuer.extract.attribution import Frame, complementizer_that, find_frames
from heuer.extract.entities import is_role_word
from heuer.extract.hedges import find_hedges
from heuer.extract.lexicon import (
    BELIEF_VERBS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PROXY_NOUNS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    TIME_STAMP,
    is_report_noun,
)
from heuer.extract.nlp import doc_text
from heuer.extract.org_nouns import GENERIC_ORG_NOUNS, NEWSPAPER_NOUNS, is_own_outlet
from heuer.extract.quotes import QuoteSpan, find_quotes
from heuer.extract.speaker_lookups import is_person_role
from heuer.extract.speakers import SpeakerResolver, noun_gender, noun_phrase
from heuer.extract.stance import MIN_STANCE_TOKENS, is_claim_stance
from heuer.model import Party, Statement

_ONE_PERSON_PROXIES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "aide", "insider",
                                 "source", "representative", "diplomat", "adviser", "advisor"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON | {"it"}

MIN_CONTENT_TOKENS = 3
# what a body forecasts, which a person passing it on relays ("told MPs the watchdog expected ...")
_FORECAST_VERBS = frozenset({"expect", "forecast", "project", "predict", "estimate"})
_LINE = re.compile(r"[^\n]+")
_CUE_WORDS = (r"(said|says|added|adds|told|tells|wrote|writes|explained|explains|noted|notes|argued|argues|continued|"
              r"insisted|insists|warned|warns|recalled|recalls|asked|asks|replied|replies|stressed|stresses)")
_NAME_APPOS_CUE = re.compile(
    r"[\s,'’\"”»]*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:,\s*[^,\n“”\"]{1,80},)?\s+" + _CUE_WORDS + r"\b"
)
# '“...,” the former president told a crowd': a described speaker right after the closing mark
_ROLE_THEN_CUE = re.compile(
    r"[\s,'’\"”»]*((?:the|a|an)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+" + _CUE_WORDS + r"\b"
)
_NAME_THEN_CUE = re.compile(
    r"[\s,'’\"”]*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|he|she|they)"
    r"\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|argued|continued|insisted|warned|recalled)\b"
)
# a name (capitalised words, with lower-case role words: "Environment minister Kofi Asante") and a colon
# (a transcript's label may carry a note in brackets: "ZENO X (recorded on Wednesday):")
# (an all-capitals transcript label may run longer: "HEAD OF INVESTOR RELATIONS PILAR GORRINGE:")
_COLON_SPEAKER = re.compile(r"^\s*(?:[\"“](?=[A-Z]{2}))?((?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){4,6}(?=\s*:))|"
                            r"(?:[A-Z][\w.'’-]*\.?)(?:\s+(?:[A-Z][\w.'’-]*|[a-z][\w-]*)){0,3})"
                            r"(?:\s+\((?P<note>[^()\n]{1,60})\))?\s*:\s+(?=\S)")
# "The programme was presented by Eufrasia X", "hosted by", "the presenter, X,": the outlet's own voice in a transcript
_HOST_NAMED = re.compile(r"\b(?:presented|hosted|moderated|anchored)\s+by\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                         r"|\b(?:the\s+)?(?:presenter|host|moderator|anchor),?\s+(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
# transcript labels for the outlet's own side of the conversation
# ("REPORTER (Ostria Radio):", "JOURNALIST:": the ones putting questions at a press conference)
_INTERVIEWER_LABELS = frozenset({"host", "co-host", "presenter", "moderator", "interviewer", "anchor", "q", "reporter",
                                 "journalist", "questioner"})
# labels for members of the public whose names the bracket gives ("CALLER (GUALBERTO TATHAM, RAVELSBY):")
_PARTICIPANT_LABELS = frozenset({"caller", "listener", "viewer", "guest", "participant", "panellist", "panelist",
                                 "resident", "delegate", "witness", "voter", "speaker"})
_NOT_SPEAKERS = {
    "q", "a", "note", "update", "updated", "editor", "editor's", "photo", "photos", "video", "watch", "read",
    "related", "source", "sources", "warning", "breaking", "exclusive", "analysis", "opinion", "correction",
    "corrections", "clarification", "retraction", "addendum", "erratum",
    "live", "listen", "by", "via", "posted", "published", "caption", "credit", "image", "tags", "share",
    "the latest", "latest", "see", "also", "more", "example", "examples", "step", "question", "answer",
    "interview", "transcript", "q&a",
    # a fact check's or an explainer's own labels ("Verdict: Misleading.", "Explainer: Will ...?")
    "verdict", "rating", "ruling", "explainer", "factbox", "fact", "recap", "background", "context", "editorial",
    "comment", "review", "claim", "bottom", "sketch", "profile", "obituary", "preview", "podcast",
}
# interview transcripts: question and answer turns
_QUESTION = re.compile(r"^[ \t]*Q[ \t]*[:.][ \t]+\S", re.MULTILINE)
_ANSWER_ANY = re.compile(r"^[ \t]*A[ \t]*[:.][ \t]+\S", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*A[ \t]*[:.][ \t]+(?=\S)")
# verbs whose quoted words are the one's who characterises ("called them “parasites ...”")
_CHARACTERISING = frozenset({"call", "describe", "label", "brand", "dub", "blame"})
RELAY_SHARE = 0.8  # an outer clause this full of an inner attribution only relays it
FRAGMENT_SHARE = 0.6
_OPENING_MARKS = ("“", "‘", "«", '"', "'", "''", "``")  # a quote covering less of a reported clause than this is a fragment of it

# what opens a clause set against the one before ("although only 22 percent said ..."), not one passed on
_CONCESSIVE_MARKS = frozenset({"although", "though", "whereas", "while"})


@dataclass
class Attributed:
    """A statement under construction, with the token positions figures need."""

    statement: Statement
    tokens: tuple[int, int]  # token range of the content
    origin: Party | None = None
    via_parties: list[Party] = field(default_factory=list)


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _claims(span: Span) -> bool:
    """Words that assert something: a verb (headline style drops the auxiliary: "Voters Worried About ..."),
    and not a question."""
    if span.text.rstrip().endswith("?"):
        return False
    words = [t for t in span if t.is_alpha]
    if words and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words):
        return True  # "Wealthy Voters Abandon Republican Party": title case leaves the tagger no verb to see
    return any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in span)


def _token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _sentences(doc: Doc, start: int, end: int) -> str:
    sents = [s for s in doc.sents if s.start < end and s.end > start]
    if not sents:
        return ""
    return doc_text(doc)[sents[0].start_char : sents[-1].end_char].strip()


class StatementBuilder:
    """Builds the statements of one parsed document."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver, outlet: str | None = None,
                 byline: str | None = None) -> None:
        self.byline = (byline or "").lower()
        # the outlet's own voices in a transcript: the byline's author and whoever the text says presented it
        self.hosts = {w for m in _HOST_NAMED.finditer(doc_text(doc))
                      for w in (m.group("name") or m.group("name2")).lower().split()}
        self._label_holders: dict[str, str | None] = {}  # transcript role label -> the person it names
        self.doc = doc
        self.resolver = resolver
        self.outlet = (outlet or "").lower()
        self._turns: list[Attributed] = []  # transcript turns, in text order
        self._quote_frames: dict[tuple[int, int], Frame | None] = {}  # quotation span -> the frame it is chosen for
        self.frames: list[Frame] = []
        for sent in doc.sents:
            self.frames.extend(find_frames(sent))
        # "it said ...": kept only when 'it' stands for an organisation named before (or for a document just
        # before it, which speaks as its author: "The letter puts ... It also says that ...")
        self.frames = [f for f in self.frames if not (f.speaker is not None and f.speaker.lower_ == "it"
                                                      and resolver.resolve(f.speaker).type != "organization"
                                                      and resolver.document_subject_before(f.speaker) is None)]

    # -- parties ---------------------------------------------------------------------------------
    def party(self, tok: Token) -> Party:
        return self.resolver.resolve(tok, np=noun_phrase(tok))

    def _via(self, frame: Frame) -> list[Party]:
        parties = [self.party(t) for t in (*frame.inherited_via, *frame.via)]
        out: list[Party] = []
        for p in parties:
            if self.outlet and p.name.lower() in self.outlet or p.name.lower() in ("i", "we"):
                continue
            if all(p.name != q.name for q in out):
                out.append(p)
        return out

    def _from_frame(self, frame: Frame, start: int, end: int, kind: str, content: str | None = None) -> Attributed:
        doc = self.doc
        speaker = self.party(frame.speaker) if frame.speaker is not None else None
        via = [p for p in self._via(frame) if speaker is None or p.name != speaker.name]
        origin = self.party(frame.origin) if frame.origin is not None else None
        cs, ce = _char_range(doc, start, end)
        if content is None:
            stamp = TIME_STAMP.match(doc_text(doc), cs, ce)  # "09:12 — A magnitude 6.4 earthquake ..., the institute says"
            cs = stamp.end() if stamp else cs
        text = content if content is not None else doc_text(doc)[cs:ce]
        sentence = _sentences(doc, min(start, frame.cue[0].i), max(end, frame.cue[-1].i + 1))
        stmt = Statement(
            kind=kind,  # type: ignore[arg-type]
            content=" ".join(text.split()),
            speaker=speaker,
            cue=frame.cue_text,
            sentence=sentence,
            span=(cs, ce),
            via=[p.name for p in via],
            hedges=find_hedges(text, sentence=sentence),
        )
        return Attributed(stmt, (start, end), origin=origin, via_parties=via)

    # -- building --------------------------------------------------------------------------------
    def build(self) -> list[Attributed]:
        doc = self.doc
        quotes = find_quotes(doc_text(doc))
        out: list[Attributed] = self._colon_statements()
        out += self._paragraphs_after_intro(out)
        turns = list(out)  # interview turns: what others told the one answering is theirs, passed on
        self._turns = turns
        used: set[int] = set()
        waiting: list[tuple[QuoteSpan, tuple[int, int]]] = []
        after_reported: list[tuple[QuoteSpan, tuple[int, int]]] = []
        for q in quotes:
            rng = _token_range(doc, q.start, q.end)
            if rng is None:
                continue
            turn = next((a for a in out if _turn_start(a) <= q.start < a.statement.span[1]), None)
            if turn is not None:
                nested = self._quoted_in_turn(q, rng, turn)
                if nested is not None:
                    out.append(nested)
                continue
            frame = (self._named_right_after(q) or self._frame_for_quote(q, rng) or self._walk_up_frame(rng)
                     or self._colon_intro(q))
            if frame is None:
                last = self._continued(out, q)
                if last is not None:
                    out.append(self._like(last, q, rng))
                elif q.close_at is None:
                    waiting.append((q, rng))  # an unclosed paragraph: its speaker may come at the end
                else:
                    after_reported.append((q, rng))
                continue
            cs, ce = frame.content
            quoted = max(0, min(ce, rng[1]) - max(cs, rng[0]))
            size = ce - cs - (1 if doc[ce - 1].text in ("”", "»") else 0)  # a kept closing mark is no word
            fragment = quoted < FRAGMENT_SHARE * size or self._subject_before(frame, rng)
            if size >= MIN_CONTENT_TOKENS and fragment and rng[0] >= cs - 1 and rng[1] <= ce + 1:
                # a quoted fragment inside reported speech: the statement is the whole reported clause (each
                # clause of "said that A and that B "..."" on its own)
                if id(frame) not in used:
                    used.add(id(frame))
                    out.extend(self._from_frame(frame, a, b, "indirect") for a, b in self._reported_clauses(cs, ce)
                               if not self._relayed_quote_in(frame, a, b, quotes, q))
                continue
            if id(frame) not in used:
                beside, stays_open = self._beside_quote(frame, rng, quoted)
                out.extend(beside)
                if not stays_open:
                    used.add(id(frame))
            att = self._from_frame(frame, rng[0], rng[1], "direct", content=q.text(doc_text(doc)))
            att.statement.span = (q.start, q.end)
            out.append(att)

        out.extend(self._backfill(waiting, out))
        quote_ranges = [(a.tokens, a) for a in out]
        quoted_tokens = [r for r in (_token_range(doc, q.start, q.end) for q in quotes) if r is not None]
        for frame in self.frames:
            if id(frame) in used or frame.figures_only or frame.content[1] - frame.content[0] < _min_tokens(frame):
                continue
            # (but "My paper reported ..." in a reporter's turn is the paper's: see _relayed_in_turn)
            if frame.speaker is not None and (frame.speaker.lower_ in FIRST_PERSON or speakers_own(frame.speaker)
                                              and frame.speaker.lemma_.lower() not in NEWSPAPER_NOUNS):
                continue  # ("My department's figures show that ...": the speaker's own words; not "Our advisers, X,")
            if self._is_container(frame):
                continue
            if frame.speaker is not None and any(a <= frame.speaker.i < b for a, b in quoted_tokens):
                continue  # a subject inside quoted words is part of the quote, not its speaker
            start, end = frame.content
            end = self._cut_at_continuation(frame, start, end)
            overlap = [a for (s, e), a in quote_ranges if s < end and e > start]
            parts = self._reported_clauses(start, end)
            if overlap and not all(any(a is t for t in turns) for a in overlap):
                # "said the evening news had shown footage of 37 people, and that a presenter had called them
                # “...”": the quote went to the presenter, passed on by this speaker; its other clauses stay its own
                teller = self.party(frame.speaker).name if frame.speaker is not None else None
                # (or, in an interview turn, a fragment of this frame's own words, passed on by the one answering:
                # 'HOST: The X Alliance says your cap came "two years too late", and that ...')
                in_turn = [a for a in overlap if any(a is t for t in turns)]
                if teller is None or not all(teller in a.statement.via or in_turn and a.statement.speaker is not None
                                             and a.statement.speaker.name == teller
                                             for a in overlap if not any(a is t for t in in_turn)):
                    continue
                parts = [(a, b) for a, b in parts if not any(s < b and e > a for (s, e), x in quote_ranges
                                                             if not any(x is t for t in in_turn))]
                overlap = in_turn
            for part_start, part_end in parts:
                att = self._from_frame(frame, part_start, part_end, "indirect")
                if overlap:  # "A: ... she told me that nurses were leaving": her words, through the one answering
                    relayed = self._relayed_in_turn(att, overlap[0], frame)
                    if relayed is None:
                        break
                    att = relayed
                out.append(att)
        out.sort(key=lambda a: a.statement.span[0])
        for q, rng in after_reported:
            last = self._reported_just_before(out, q, rng)
            if last is not None:
                out.append(self._like(last, q, rng))
        out.sort(key=lambda a: a.statement.span[0])
        # "The Post understands that ...", "The Post's own analysis found ...": the paper's own voice
        out = [a for a in out if not (a.statement.speaker is not None
                                      and is_own_outlet(a.statement.speaker.name, self.outlet))]
        # ("THE CORONER: Was anyone else there?": a turn that only asks asserts nothing)
        return [a for a in out if not _only_asks(a.statement)]

    def _beside_quote(self, frame: Frame, rng: tuple[int, int], quoted: int) -> tuple[list[Attributed], bool]:
        """The statements a frame makes beside the quote paired with it, and whether the frame stays open for
        the pass over unpaired frames."""
        cs, ce = frame.content
        if quoted == 0 and ce - cs >= MIN_CONTENT_TOKENS and ce <= frame.cue[0].i < rng[0] \
                and self._plain_clause(cs, ce):
            # "Spending had risen to 2.3 billion, she said, “more than any government ...”": the clause before
            # the cue is a statement of its own beside the quote after it; the later pass makes it
            return [], True
        if quoted == 0 and ce - cs >= MIN_CONTENT_TOKENS and rng[1] <= frame.cue[0].i < cs \
                and self._plain_clause(cs, ce):
            # 'Cruz exhorted Republicans to “vote your conscience” and said he was standing on truth ...': the clause
            # after the cue is a statement of its own beside the quote before it
            return [], True
        if rng[0] < cs:
            return [], False
        # "said she would vote against the bill, and that “the whips can say ...”": a reported clause before the
        # one the quote is in (or the whole reported clause the quote follows) is a statement of its own
        parts = self._reported_clauses(cs, ce) if rng[0] >= ce else self._reported_clauses(cs, ce)[:-1]
        return [self._from_frame(frame, a, b, "indirect") for a, b in parts
                if b < rng[0] and b - a >= MIN_CONTENT_TOKENS and self._plain_clause(a, b)], False

    def _plain_clause(self, start: int, end: int) -> bool:
        """A clause that can be a claim on its own: not an opening question or time clause ("Asked whether
        ...", "When Clinton noted ..."), and with no quoted words of its own."""
        first = self.doc[start]
        if first.tag_ in ("VBN", "VBG") or first.pos_ == "SCONJ" or first.tag_ == "WRB":
            return False
        span = self.doc[start:end]
        if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and start <= t.head.i < end for t in span):
            return False  # "to welcome the governor": no clause of its own
        return not any(t.is_quote or t.text in _OPENING_MARKS for t in span)

    def _relayed_in_turn(self, att: Attributed, turn: Attributed, frame: Frame) -> Attributed | None:
        """A statement reported inside an interview turn ("the forecasters told us that ...", "the food office
        estimates that ..."), with the turn's speaker as the first via; None when it is the turn's speaker's own
        ('I said ...'), only a belief ('they think ...'), or has nobody to speak it."""
        teller = turn.statement.speaker
        employer = _label_affiliation(turn)
        relation = self._teller_relation(frame.speaker, turn, teller.name) if frame.speaker and teller else None
        if relation is not None:  # "CALLER (X): ... My accountant says half the small landlords ...": his words
            att.statement.speaker = relation
        if frame.speaker is not None and employer is not None and frame.speaker.lemma_.lower() in NEWSPAPER_NOUNS and \
                _owned_by_first_person(frame.speaker) and att.statement.speaker is not None:
            # "KACZOR (Bellringer): My paper reported last week that ...": the paper the label names
            att.statement.speaker = Party(employer, "organization", att.statement.speaker.mention)
        speaker = att.statement.speaker
        if speaker is None or teller is None or speaker.name == teller.name or speaker.type not in (
                "person", "organization", "group") or frame.cue[0].lemma_.lower() in BELIEF_VERBS:
            return None
        if frame.speaker is not None and speakers_own(frame.speaker) and speaker.name != employer:
            return None  # "Our valuation, done in 2067, puts ...": the one answering's own document
        if speaker.name.lower() in PRONOUNS:
            return None  # an unresolved "she": nobody to pass the words on for
        att.statement.via = [teller.name, *(v for v in att.statement.via if v != teller.name)]
        return att

    def _teller_relation(self, spk: Token, turn: Attributed, teller: str) -> Party | None:
        """'My accountant' in a turn of X's: the person the article names in that role, else "X's accountant"."""
        mine = _my_person_meant(spk, turn)
        if mine is None:
            return None
        named = self.party(mine)
        if named.type == "person" and named.name[:1].isupper() and mine.lower_ not in named.name.lower():
            return Party(named.name, named.type, spk.text)  # "My deputy ... He said" after "his deputy, Carl X"
        return Party(f"{teller}'s {mine.lower_}", "person", spk.text)

    def _quoted_in_turn(self, q: QuoteSpan, rng: tuple[int, int], turn: Attributed) -> Attributed | None:
        """'OYELARAN: ... My deputy put it well. He said, 'We are fighting weather.'': words a turn's speaker
        quotes with a cue of their own are the quoted person's, passed on by the turn's speaker."""
        frame = self._named_right_after(q) or self._frame_for_quote(q, rng) or self._colon_intro(q)
        if frame is None or frame.speaker is None or not (frame.sentence.start_char >= turn.statement.span[0] - 1):
            return None
        att = self._from_frame(frame, rng[0], rng[1], "direct", content=q.text(doc_text(self.doc)))
        teller = turn.statement.speaker
        relation = self._teller_relation(frame.speaker, turn, teller.name) if teller is not None else None
        if relation is not None:  # "My daughter ... She told me last night, "Mum, ..."": the daughter's words
            att.statement.speaker = relation
        addressee = self._addressee(turn) if _addressed(frame.speaker) else None
        if addressee is not None:  # "WAINSCOTT: Your report described the corrosion as "moderate and stable"."
            att.statement.speaker = addressee
        if att.statement.speaker is None or teller is None or att.statement.speaker.name == teller.name:
            return None
        att.statement.span = (q.start, q.end)
        att.statement.via = [teller.name, *(v for v in att.statement.via if v != teller.name)]
        return att

    def _addressee(self, turn: Attributed) -> Party | None:
        """Whom a transcript turn speaks to: the speaker of the next turn, else of the one before, who is not the
        turn's own."""
        turns = self._turns
        teller = turn.statement.speaker
        here = next((k for k, t in enumerate(turns) if t is turn), None)
        if teller is None or here is None:
            return None
        for other in [*turns[here + 1 :], *reversed(turns[:here])]:
            if other.statement.speaker is not None and other.statement.speaker.name != teller.name:
                return other.statement.speaker
        return None

    def _like(self, last: Attributed, q: QuoteSpan, rng: tuple[int, int]) -> Attributed:
        """A direct statement of quote ``q`` by the speaker of ``last``."""
        text = q.text(doc_text(self.doc))
        st = Statement(
            kind="direct",
            content=" ".join(text.split()),
            speaker=last.statement.speaker,
            cue=last.statement.cue,
            sentence=_sentences(self.doc, rng[0], rng[1]) or text,
            span=(q.start, q.end),
            via=list(last.statement.via),
            hedges=find_hedges(text),
        )
        return Attributed(st, rng, origin=last.origin, via_parties=last.via_parties)

    def _backfill(self, waiting: list[tuple[QuoteSpan, tuple[int, int]]], out: list[Attributed]) -> list[Attributed]:
        """Unclosed quote paragraphs take the speaker named where the quote finally closes."""
        added: list[Attributed] = []
        for q, rng in reversed(waiting):
            following = [a for a in (*out, *added) if a.statement.kind == "direct" and a.statement.span[0] > q.end]
            if not following:
                continue
            nxt = min(following, key=lambda a: a.statement.span[0])
            between = doc_text(self.doc)[q.end : nxt.statement.span[0]]
            if self._entry_of_char(q.open_at) != self._entry_of_char(nxt.statement.span[0]):
                continue
            if between.strip(" \n“”\"'‘’«»") == "" and nxt.statement.speaker is not None:
                added.append(self._like(nxt, q, rng))
        return added

    def _paragraphs_after_intro(self, turns: list[Attributed]) -> list[Attributed]:
        """'Limbaugh added:' closing a paragraph, and the next paragraph his words set off without quotation marks
        (a blog's or a newsletter's block quotation): that paragraph is his direct statement."""
        doc, text = self.doc, doc_text(self.doc)
        lines = list(_LINE.finditer(text))
        out: list[Attributed] = []
        for cur, nxt in zip(lines, lines[1:], strict=False):
            intro, body = cur.group(0).rstrip(), nxt.group(0).strip()
            if not intro.endswith(":") or _COLON_SPEAKER.match(cur.group(0)) or not body or \
                    body.startswith(_OPENING_MARKS) or _COLON_SPEAKER.match(nxt.group(0)) or \
                    len(body.split()) < MIN_CONTENT_TOKENS or any(
                        a.statement.span[0] <= nxt.start() < a.statement.span[1] for a in turns):
                continue
            colon = doc.char_span(cur.start() + len(intro) - 1, cur.start() + len(intro), alignment_mode="expand")
            cue = _cue_before_colon(colon[0]) if colon is not None else None
            if cue is None:
                continue
            verb, subj = cue
            if verb.lemma_ not in SPEECH_VERBS or subj.dep_ != "nsubj" or any(
                    c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
                continue  # (not "X said the results showed:", whose words are in the paragraph itself)
            cstart = nxt.start() + nxt.group(0).index(body[0])
            rng = _token_range(doc, cstart, cstart + len(body))
            if rng is None:
                continue
            frame = Frame(cue=[verb], speaker=subj, content=rng, sentence=colon.sent)
            att = self._from_frame(frame, rng[0], rng[1], "direct", content=body)
            att.statement.span = (cstart, cstart + len(body))
            out.append(att)
        return out

    def _colon_intro(self, q: QuoteSpan) -> Frame | None:
        """'X said:' / 'X put it bluntly:' right before a quote (same paragraph or the one before)."""
        before = doc_text(self.doc)[: q.open_at].rstrip()
        if not before.endswith(":") or q.open_at - len(before) > 4:
            return None
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        sent = colon.sent
        named = self._name_and_colon(colon[0], q)
        if named is not None:
            return named
        cue = _cue_before_colon(colon[0])
        if cue is None or cue[0].idx >= q.open_at:
            return None
        verb, subj = cue
        start = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if start is None:
            return None
        return Frame(cue=[verb], speaker=subj, content=(start.start, start.end), sentence=sent)

    def _name_and_colon(self, colon: Token, q: QuoteSpan) -> Frame | None:
        """'... for a third meeting running. Governor Temperance X: "We are closer to the end ..."': a person's name
        (with a title or role) and a colon, standing as a sentence of their own before the quote."""
        doc = self.doc
        k = colon.i - 1
        while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].tag_ == "HYPH" or doc[k].text[:1].isupper()
                          and doc[k].is_alpha) and colon.i - k <= 8:
            k -= 1
        lead = doc[k + 1 : colon.i]
        if len(lead) and k >= 1 and doc[k].text == ",":
            k = self._role_before_name(k)  # "Its leader, Lazarus X: "..."": a role phrase set off before the name
        if not len(lead) or k >= 0 and doc[k].text not in (".", "!", "?", "\n", "\n\n") and not doc[k].is_space:
            return None
        name = next((self.resolver.table.token_entity.get(t.i) for t in reversed(lead)
                     if t.i in self.resolver.table.token_entity), None)
        if name is None or self.resolver.table.label_of(name) != "PERSON":
            return None
        start = doc.char_span(q.start, q.end, alignment_mode="expand")
        if start is None:
            return None
        return Frame(cue=[colon], speaker=lead[-1], content=(start.start, start.end), sentence=colon.sent)

    def _role_before_name(self, comma: int) -> int:
        """Where the role phrase before *comma* starts, less one ('Its leader' in 'Its leader, Lazarus X:'); the
        comma itself when no role phrase of a few words is there."""
        doc = self.doc
        k = comma - 1
        while k >= 0 and comma - k <= 4 and doc[k].pos_ in ("NOUN", "ADJ", "DET", "PRON", "PROPN") and \
                not doc[k].is_space:
            k -= 1
        role = doc[k + 1 : comma]
        return k if len(role) and any(t.pos_ == "NOUN" and is_person_role(t) for t in role) else comma

    def _colon_statements(self) -> list[Attributed]:
        """'Graham: Trump's rhetoric is hateful' (headline), 'OYELARAN: It's worse ...' (transcript),
        'Kerry: "By law, ..."' — a name and a colon at the start of a line introduce what they said."""
        doc, text = self.doc, doc_text(self.doc)
        out: list[Attributed] = []
        first_line = True
        interviewee = self._interviewee()
        for m in _LINE.finditer(text):
            line_start, line = m.start(), m.group(0)
            is_headline = first_line
            first_line = False
            am = _ANSWER.match(line) if interviewee is not None else None
            if am:
                answer = self._answer(line_start + am.end(), line_start + len(line), interviewee, line)  # type: ignore[arg-type]
                if answer is not None:
                    out.append(answer)
                continue
            cm = _COLON_SPEAKER.match(line)
            if not cm:
                continue
            name = cm.group(1).strip()
            words = name.split()
            if name.lower() in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS or \
                    len(words) > 1 and words[-1].lower() in ("note", "notes"):
                continue  # ("TICKERHOUSE NOTE:", "EDITOR'S NOTE:": the outlet's own aside, no one's turn)
            titled = _after_role(words)
            if titled is None:
                continue
            name, words = " ".join(titled), titled
            rest_start = line_start + cm.end()
            rest = text[rest_start : line_start + len(line)]
            quoted = rest.lstrip()[:1] in "“\"'‘«"
            table = self.resolver.table
            transcript = name.isupper() and len(name) >= 3
            record = table.lookup(name) or table.lookup(name.title()) or (
                table.person_by_surname(words[-1]) if len(words) <= 2 else None) or (
                # "CHIEF EXECUTIVE TEREZA INCHBALD:": the name after the role
                table.lookup(" ".join(words[-2:]).title()) if transcript and len(words) > 2 else None)
            if transcript and (any(w.lower() in self.byline or w.lower() in self.hosts for w in words if len(w) > 2)
                               or name.lower() in _INTERVIEWER_LABELS):
                continue  # the interviewer's own questions ("HOST:", or the byline's author)
            if not (is_headline or quoted or transcript or (record and record.label in ("PERSON", "ORG"))):
                continue
            content = rest.strip().strip("“”\"'‘’«»").strip()
            if len(content.split()) < MIN_CONTENT_TOKENS:
                continue
            cstart = text.index(content, rest_start)
            cend = cstart + len(content)
            rng = _token_range(doc, cstart, cend)
            if rng is None:
                continue
            if is_headline and not (quoted or transcript) and not _claims(doc[rng[0] : rng[1]]):
                continue  # "Civic Hour: one year of the charge", "Explainer: Will the lights stay on?": a topic
            if record and not record.name.isupper():
                speaker_name = record.name
            elif transcript:
                # the name after the role, when the tagger kept it in capitals or the role is long ("HEAD OF
                # INVESTOR RELATIONS MIRELA QUAYSIDE:")
                after_role = record is not None or len(words) >= 4 and is_role_word(words[0].lower())
                speaker_name = (" ".join(words[-2:]) if after_role else name).title()
            else:
                speaker_name = name
            named = _participant_named(name, cm.group("note")) if transcript else None
            if named is not None:
                speaker_name, record = named, None
            label = record.label if record else ("PERSON" if transcript or titled != cm.group(1).split() else None)
            holder = self._role_holder(words, rng[0]) if transcript and record is None else None
            if holder is not None:  # "GOVERNOR: ...", after "the governor of the central bank, Marek X," above
                speaker_name = holder
            ptype = "person" if label == "PERSON" else "organization" if label in ("ORG", "GPE") else "unknown"
            st = Statement(
                kind="direct" if (quoted or transcript) else "indirect",
                content=" ".join(content.split()),
                speaker=Party(speaker_name, ptype, cm.group(1).strip()),  # type: ignore[arg-type]
                cue=f"{cm.group(1).strip()}:",
                sentence=line.strip(),
                span=(cstart, cend),
                hedges=find_hedges(content),
            )
            out.append(Attributed(st, rng))
        return out

    def _role_holder(self, words: list[str], before: int) -> str | None:
        """The person the text describes with the role a transcript label names ('GOVERNOR:', 'MINISTER:'), read
        before the label's first turn: a label names one person throughout ("Deputy Governor X", named in a
        later turn, is no new GOVERNOR)."""
        role = words[0].lower() if len(words) == 1 else None
        if role is None or role not in PERSON_ROLE_NOUNS:
            return None
        if role not in self._label_holders:
            self._label_holders[role] = self._first_role_holder(role, before)
        return self._label_holders[role]

    def _first_role_holder(self, role: str, before: int) -> str | None:
        described = self.resolver._described(before, role)
        if described is not None:
            return described
        table = self.resolver.table
        for verb in self.doc[:before]:  # "The Speaker is Eberhard X."
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.lemma_ == "be" else None
            if subj is not None and subj.lower_ == role:
                name = next((table.token_entity.get(t.i) for c in verb.children if c.dep_ == "attr"
                             for t in c.subtree if t.i in table.token_entity), None)
                if name is not None and table.label_of(name) == "PERSON":
                    return name
        return None

    def _interviewee(self) -> Party | None:
        """In a Q/A transcript ('Q: ...' and 'A: ...' paragraphs), the person who answers: the person the
        headline and introduction name (most often, when several), else the person the document names most
        often, the byline's author aside. People named only inside the questions are talked about, not asked."""
        text = doc_text(self.doc)
        first_question = _QUESTION.search(text)
        if not (first_question and _ANSWER_ANY.search(text)):
            return None
        people = [r for r in self.resolver.table.records.values() if r.label == "PERSON"
                  and not any(w.lower() in self.byline for w in r.name.split() if len(w) > 2)]
        intro = text[: first_question.start()]
        introduced = [r for r in people if any(a in intro for a in {r.name, *r.aliases})]
        people = introduced or people
        if not people:
            return None
        top = max(people, key=lambda r: r.mentions)
        return Party(top.name, "person", top.name)

    def _answer(self, start: int, end: int, speaker: Party, line: str) -> Attributed | None:
        """'A: We have asked for the difference every year.': an answer turn is the interviewee's."""
        text = doc_text(self.doc)
        content = text[start:end].strip().strip("“”\"'‘’«»").strip()
        if len(content.split()) < MIN_CONTENT_TOKENS:
            return None
        cstart = text.index(content, start)
        rng = _token_range(self.doc, cstart, cstart + len(content))
        if rng is None:
            return None
        st = Statement(kind="direct", content=" ".join(content.split()), speaker=speaker, cue="A:",
                       sentence=line.strip(), span=(cstart, cstart + len(content)), hedges=find_hedges(content))
        return Attributed(st, rng)

    def _continued(self, out: list[Attributed], q: QuoteSpan) -> Attributed | None:
        """The statement a cue-less quote continues: the last quote of the same paragraph, or of the
        paragraph before when this quote opens its paragraph."""
        if not out or out[-1].statement.speaker is None:
            return None
        last = out[-1]
        if self._entry_of_char(last.statement.span[0]) != self._entry_of_char(q.open_at):
            return None  # a live-blog entry never continues the quote of the entry before it
        text = doc_text(self.doc)
        between = text[last.statement.span[1] : q.open_at]
        line_start = text.rfind("\n", 0, q.open_at) + 1
        opens_paragraph = not text[line_start : q.open_at].strip()
        if "\n" not in between:
            return last
        if opens_paragraph and between.count("\n") <= 2 and len(between) < 400:
            # the text between must not be a new paragraph of narrative
            lines = [ln for ln in between.split("\n")[1:] if ln.strip()]
            if not lines:
                return last
        return None

    def _reported_just_before(self, out: list[Attributed], q: QuoteSpan, rng: tuple[int, int]) -> Attributed | None:
        """'The cooperative will pay 410 lirados a tonne, she says. "It is less than they need."': a whole sentence
        in quotation marks, with no cue of its own, right after a sentence of reported speech in the same
        paragraph, goes on with that speaker's words."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, q.open_at) + 1
        before = text[line_start : q.open_at].rstrip()
        if not before or before[-1] not in ".!?" or q.text(text)[-1:] not in (".", "!", "?") or rng[0] < 2:
            return None
        previous = self.doc[rng[0] - 2].sent
        last = max((a for a in out if line_start <= a.statement.span[0] and a.statement.span[1] <= q.open_at),
                   key=lambda a: a.statement.span[1], default=None)
        if last is None or last.statement.speaker is None or last.statement.kind != "indirect":
            return None
        if not (previous.start <= last.tokens[0] < previous.end or previous.start < last.tokens[1] <= previous.end):
            return None
        return last

    def _entry_of_char(self, char: int) -> int:
        span = self.doc.char_span(char, min(len(doc_text(self.doc)), char + 1), alignment_mode="expand")
        return self.resolver.entry_start(span.start) if span is not None and len(span) else 0

    def _cut_at_continuation(self, frame: Frame, start: int, end: int) -> int:
        """'X said A, telling Y that B': A ends where the same speaker's next cue begins."""
        doc = self.doc
        for other in self.frames:
            i = other.cue[0].i
            if other is frame or not (start + MIN_CONTENT_TOKENS <= i < end) or other.speaker is None:
                continue
            if frame.speaker is None or self.party(other.speaker).name != self.party(frame.speaker).name:
                continue
            if start <= other.speaker.i < i and other.speaker.tag_ != "PRP":
                continue  # "said its own review pointed to ...": a clause of what was said, not a new cue
            cue = other.cue[0]
            # ("said they looked like chondrites, which she said make up ...": the relative clause goes whole)
            cut = cue.left_edge.i if cue.dep_ == "relcl" and cue.left_edge.i > start else i
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].lower_ in ("and", "but", "before", "after")):
                cut -= 1
            if cut - start >= MIN_CONTENT_TOKENS:
                end = min(end, cut)
        return end

    def _reported_clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """'said troops had been sent and that some were in Kursk': each clause the speaker is
        reported to have said ('..., and that ...', '... but that ...') is a statement of its own."""
        doc = self.doc
        parts: list[tuple[int, int]] = []
        begin = start
        for i in range(start + MIN_CONTENT_TOKENS, end - 1):
            tok = doc[i]
            if not complementizer_that(tok) or doc[i - 1].lower_ not in ("and", "but"):
                continue
            cut = i - 1
            while cut > begin and doc[cut - 1].is_punct and not (
                    doc[cut - 1].is_quote and sum(t.is_quote for t in doc[begin:cut]) % 2 == 0):
                cut -= 1  # (a closing quotation mark stays with the words it closes)
            if cut - begin >= MIN_CONTENT_TOKENS and end - (i + 1) >= MIN_CONTENT_TOKENS:
                parts.append((begin, cut))
                begin = i + 1
        parts.append((begin, end))
        return parts

    def _is_container(self, frame: Frame) -> bool:
        """An outer frame whose content is mostly another frame ('Y reported that X said ...')."""
        size = frame.content[1] - frame.content[0]
        if frame.speaker is not None and (self.party(frame.speaker).type == "person" or (
                frame.speaker.tag_ == "NN" and frame.speaker.lemma_.lower() in _ONE_PERSON_PROXIES)) \
                and not self._relays_forecast(frame):
            # "Palmieri noted that experts say ...", "A senior Kestovan official said Kestova believed ...":
            # a person's own claim, not a relay
            return False
        for other in self.frames:
            if other is frame or not frame.contains(other.cue[-1].i) or other.figures_only:
                continue  # (an estimate or a document's figures inside the words leave them the teller's)
            if self.doc[other.content[0]].lower_ == "to" and other.content[0] > other.cue[-1].i:
                continue  # (a request told: "said its representatives had asked the jury to take ...")
            if other.cue[-1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS
                                                     for c in other.cue[-1].children):
                continue  # ("found that 58 percent wanted it kept, although only 22 percent said ...": a contrast)
            inner = other.content[1] - other.content[0]
            # ("reported that state television, quoting an official, had blamed X on Y": the whole relayed clause,
            # its teller and cue included, is the inner frame's)
            told = max(other.content[1], other.cue[-1].i + 1) - min(other.content[0], other.cue[0].left_edge.i)
            if inner >= MIN_CONTENT_TOKENS and other.speaker is not None and (
                    inner >= 0.4 * size or self._relayed_share(frame, other) >= RELAY_SHARE
                    or other.cue[0].lemma_ == "blame" and told >= 0.8 * size):
                if frame.speaker is not None and self.party(other.speaker).name == self.party(frame.speaker).name \
                        and other.speaker.lemma_.lower() not in REPORT_NOUNS:
                    # the same speaker going on ("he says he respects her and calls her ..."): no chain; but
                    # "the council said its own survey had found ...": the survey's finding is what it said
                    continue
                return True
        return False

    def _relays_forecast(self, frame: Frame) -> bool:
        """'She told MPs the watchdog expected public debt to peak at 88.4 percent': a person passing on what a
        named body forecasts, the body's words making up the whole of what was said."""
        for other in self.frames:
            if other is frame or other.speaker is None or not frame.contains(other.cue[-1].i) \
                    or other.cue[0].lemma_ not in _FORECAST_VERBS:
                continue
            party = self.party(other.speaker)
            if party.type == "organization" and party.name in self.resolver.table.records and \
                    other.speaker.i <= frame.content[0] + 2 and not self._works_for(frame.speaker, party.name):
                return True
        return False

    def _works_for(self, speaker: Token | None, body: str) -> bool:
        """Was the speaker introduced as an officer of *body* ('Its head of analysis, Maelle X,' after the firm)? Then
        'Kestrine expects ..., she said' is her own word for her firm, not a forecast she passes on."""
        person = self.party(speaker) if speaker is not None else None
        if person is None or person.type != "person":
            return False
        doc = self.doc
        for m in self.resolver.mentions:
            if m.name != person.name or m.kind != "person":
                continue
            head = doc[m.i]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head  # ("Jaanus Woolnough": the name's last word)
            role = head.head if head.dep_ == "appos" else next((c for c in head.children if c.dep_ == "appos"), None)
            owner = next((c for c in role.children if c.dep_ == "poss"), None) if role is not None else None
            if owner is None and role is not None:  # "A spokesman for Ilvassa Mail, Jaanus Woolnough,"
                owner = next((o for p in role.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                              for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
                if owner is None and role.pos_ == "PROPN" and role.dep_ == "pobj" and role.head.lower_ in (
                        "for", "of", "at") and role.head.head.pos_ == "NOUN":
                    owner = role  # (with the name hung on the body's)
            if owner is None:
                continue
            owned_by = self.resolver._it_antecedent(owner) if owner.lower_ == "its" else self.party(owner)
            if owned_by is not None and owned_by.name == body or self.resolver.table.token_entity.get(owner.i) == body:
                return True
        return False

    def _subject_before(self, frame: Frame, rng: tuple[int, int]) -> bool:
        """'wrote that the plan was ‘a fair compromise ...’': the reported clause's subject and verb
        stand outside the quote, so the quote is only the end of the clause."""
        cs, ce = frame.content
        if not cs < rng[0] < ce or frame.cue[0].lemma_ in ("call", "describe", "label", "brand", "dub"):
            return False
        lead = rng[0] - 1
        while lead > cs and (self.doc[lead].is_quote or self.doc[lead].text in _OPENING_MARKS):
            lead -= 1
        if self.doc[lead].is_punct:
            return False  # "Mexicans often say, ''Poor Mexico ...'': a quotation introduced, not a fragment
        roots = [t for t in self.doc[cs:ce] if not cs <= t.head.i < ce or t.head.i == t.i]
        return any(c.dep_ in ("nsubj", "nsubjpass") and cs <= c.i < rng[0] and rng[0] > r.i
                   for r in roots if r.pos_ in ("VERB", "AUX") and r.lemma_ not in SPEECH_VERBS for c in r.children)

    def _relayed_share(self, outer: Frame, inner: Frame) -> float:
        """How much of the outer content the inner attribution fills, its speaker and cue included
        ('The Gazette said [Interior Minister Paulo Reis had told parliament that ...]')."""
        verb = inner.cue[0]
        if inner.speaker is None or inner.belief or not outer.contains(inner.speaker.i):
            return 0.0
        if not outer.contains(verb.i) or outer.contains(verb.head.i) and verb.head.i != verb.i:
            return 0.0  # only an attribution that is the outer content's own clause is relayed
        np = noun_phrase(inner.speaker)
        lo = max(outer.content[0], min(np.start, inner.cue[0].i, inner.content[0]))
        hi = min(outer.content[1], max(inner.content[1], inner.cue[-1].i + 1))
        return (hi - lo) / max(1, outer.content[1] - outer.content[0])

    def _frame_for_quote(self, q: QuoteSpan, rng: tuple[int, int]) -> Frame | None:
        """The frame whose words a quotation is (asked again for a quotation inside another's words: chosen once)."""
        key = (q.start, q.end)
        if key not in self._quote_frames:
            self._quote_frames[key] = self._choose_frame_for_quote(q, rng)
        return self._quote_frames[key]

    def _choose_frame_for_quote(self, q: QuoteSpan, rng: tuple[int, int]) -> Frame | None:
        start, end = rng
        best: Frame | None = None
        best_score = 0.0
        for frame in self.frames:
            if frame.speaker is None or frame.speaker.lower_ in FIRST_PERSON:
                continue
            if start <= frame.speaker.i < end:
                if not (start <= frame.cue[-1].i < end):
                    textual = self._named_after_quote(q, frame)
                    if textual is not None:
                        return textual
                continue  # the speaker is inside the quote: a frame of the quoted words themselves
            cue_i = frame.cue[-1].i
            if start <= cue_i < end:
                continue
            cs, ce = frame.content
            overlap = max(0, min(ce, end) - max(cs, start))
            if cs < start < ce < end and self.doc[start - 1].is_quote and self._quote_cut_short(frame, start, end):
                overlap = end - start  # ('told colleagues the contract "is finished, whatever it costs"': the parser
                # cut the quotation that the words open on)
            if overlap:
                score = overlap / max(1, end - start) + 1.0
            elif cs == ce:
                # a cue with no parsed content: "“...” he said" / "he said: “...”" in the same sentence
                sent = frame.sentence
                if not (sent.start <= start < sent.end or sent.start < end <= sent.end):
                    # allow the cue sentence right after a quote that ends a sentence
                    gap = doc_text(self.doc)[q.close_at or q.end : frame.sentence.start_char]
                    if frame.sentence.start < end or len(gap.strip(" ,.\"”’'")) > 0 or "\n" in gap:
                        continue
                dist = min(abs(cue_i - start), abs(cue_i - end))
                score = 1.0 - min(dist, 40) / 50
            elif frame.sentence.start <= start < frame.sentence.end or frame.sentence.start < end <= frame.sentence.end:
                # another attribution in the same sentence ("“...” Jia said, before adding “...”")
                dist = min(abs(cue_i - start), abs(cue_i - end))
                score = 0.5 - min(dist, 40) / 100
                over = _verb_over(self.doc, start, end)
                if over is not None and over.i == cue_i:
                    score += 0.1  # "dismissed the reports as “...” and said that ...": the cue the quote hangs on
            else:
                continue
            # equal scores: a person's frame inside a document's ("According to a statement, X told Y that
            # “...”": X's words, the statement passed them on)
            if score > best_score or (score == best_score and best is not None and not frame.belief
                                      and ce - cs < best.content[1] - best.content[0]
                                      and (best.cue[0].lower_ == "according"
                                           or best.speaker is not None
                                           and best.speaker.lemma_.lower() in REPORT_NOUNS
                                           # "Kitewatch said ... that a presenter had called them “...”": the
                                           # words of the one the report tells of, passed on
                                           # (and "..., a figure she called "pure fantasy"": her verdict)
                                           or best.contains(frame.cue[-1].i) and frame.cue[0].lemma_ in _CHARACTERISING
                                           and (frame.speaker.pos_ != "PRON" or frame.cue[0].dep_ == "relcl")
                                           # ("in an address that the opposition leader dismissed as "..."")
                                           or best.contains(frame.cue[-1].i) and frame.cue[0].dep_ in ("relcl", "acl")
                                           and any(c.dep_ == "prep" and c.lower_ == "as"
                                                   for c in frame.cue[0].children)
                                           # "He says a recruiter promised him he would be guarding depots “...”":
                                           # the words of the one he tells of, passed on by him
                                           or best.contains(frame.cue[-1].i) and best.contains(frame.speaker.i)
                                           and frame.cue[0].lemma_ in _PASSED_ON_CUES
                                           and (_own_teller(frame) or self._someone_else(frame, best)))):
                best, best_score = frame, score
        return self._teller_inside(best, rng) or best

    def _relayed_quote_in(self, frame: Frame, start: int, end: int, quotes: list[QuoteSpan], current: QuoteSpan) -> bool:
        """Does the clause start..end of the frame's words hold another quotation that is someone else's, told inside
        them ('..., and that he had told her client his children "visited the factory ..."')? That quotation's own
        statement covers the clause."""
        for q in quotes:
            rng = _token_range(self.doc, q.start, q.end) if q is not current else None
            if rng is None or not (start <= rng[0] and rng[1] <= end + 1):
                continue
            other = self._frame_for_quote(q, rng)
            if other is not None and other is not frame and other.speaker is not None and \
                    frame.contains(other.cue[-1].i) and start <= other.speaker.i < end and \
                    other.cue[0].lemma_ in SPEECH_VERBS and (self.doc[other.content[0]].lower_ != "to" or
                                                             _quoted_right_after(self.doc, other.content[0], rng[0])) and \
                    self.party(other.speaker).name != self.party(frame.speaker).name:
                return True
        return False

    def _quote_cut_short(self, frame: Frame, start: int, end: int) -> bool:
        """Is the rest of the quotation past the frame's words (start..end) hung on the frame's cue or the clause
        above it, with no cue of its own?"""
        rest = [t for t in self.doc[frame.content[1] : end] if not (t.is_punct or t.is_space)]
        return bool(rest) and not any(t.lemma_ in SPEECH_VERBS for t in rest) and all(
            frame.content[1] <= t.head.i < end or t.head.i in (frame.cue[-1].i, frame.cue[-1].head.i) for t in rest)

    def _someone_else(self, frame: Frame, outer: Frame) -> bool:
        """Is the inner frame's subject a personal pronoun for a person other than the outer frame's speaker ('Her
        lawyer told the court ... that he had told her client his children "..."': the toymaker, not the lawyer)?"""
        speaker = frame.speaker
        if speaker is None or outer.speaker is None or speaker.lower_ not in ("he", "she") or \
                speaker.dep_ != "nsubj" or speaker.head.i != frame.cue[0].i:
            return False
        inner, teller = self.party(speaker), self.party(outer.speaker)
        return inner.type == "person" and inner.name != teller.name and inner.name.lower() not in ("he", "she")

    def _teller_inside(self, best: Frame | None, rng: tuple[int, int]) -> Frame | None:
        """'He said an attendant at the upper station had told them over the intercom: “The power is out ...”': the
        one named inside the chosen words as telling the whole quotation, whose words it is."""
        words = [t.i for t in self.doc[rng[0] : rng[1]] if not (t.is_punct or t.is_space)]
        if best is None or not words:
            return None
        return next((f for f in self.frames if f is not best and f.speaker is not None and best.contains(f.cue[-1].i)
                     and best.contains(f.speaker.i) and f.cue[0].lemma_ in _PASSED_ON_CUES | {"say", "write"} and _own_teller(f)
                     and f.cue[-1].i < words[0] and f.content[0] <= words[0] and f.content[1] > words[-1]), None)

    def _named_right_after(self, q: QuoteSpan) -> Frame | None:
        """'“...,” Ramos, 58, told AFP' / '“...,” Mr. Trump said': the speaker named right after the
        closing mark, whatever the parser made of the sentence."""
        if q.close_at is None:
            return None
        text = doc_text(self.doc)
        m = _NAME_APPOS_CUE.match(text, q.close_at + 1) or _ROLE_THEN_CUE.match(text, q.close_at + 1)
        if not m or text[q.close_at + 1 : m.start(1)].count("\n"):
            return None
        name = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        cue = self.doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if name is None or cue is None or len(name) > 1 and any(t.tag_ == "PRP" for t in name):
            return None  # (not '"...", a phrase he said the council ...': a relative clause on a noun)
        speaker = name[-1] if age_phrase(name[-1]) is not None else name.root  # "the 47-year-old said"
        if speaker.lower_ in FIRST_PERSON:
            return None
        sent = cue.root.sent
        return Frame(cue=[cue.root], speaker=speaker, content=(cue.root.i, cue.root.i), sentence=sent)

    def _named_after_quote(self, q: QuoteSpan, frame: Frame) -> Frame | None:
        """'“...,” Mr. Trump said' when the parser took a word of the quote as the subject."""
        if q.close_at is None:
            return None
        m = _NAME_THEN_CUE.match(doc_text(self.doc), q.close_at + 1)
        if not m:
            return None
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not (span.end <= frame.cue[-1].i + 1):
            return None
        return Frame(cue=frame.cue, speaker=span.root, content=(frame.cue[0].i, frame.cue[0].i), sentence=frame.sentence)

    def _walk_up_frame(self, rng: tuple[int, int]) -> Frame | None:
        """A quoted fragment governed by a verb outside it: 'X sees as “...”'."""
        doc = self.doc
        start, end = rng
        roots = [t for t in doc[start:end] if not (start <= t.head.i < end) and not t.is_punct]
        if not roots:
            return None
        cur = roots[0]
        sent = cur.sent
        if start <= sent.start and end >= sent.end - 1:
            return None  # a whole sentence in quotes with no cue: leave it
        for _ in range(5):
            cur = cur.head
            if start <= cur.i < end or cur.head.i == cur.i and cur.pos_ not in ("VERB", "AUX"):
                break
            if cur.pos_ in ("VERB", "AUX"):
                subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and not (start <= subj.i < end) and subj.lower_ not in FIRST_PERSON:
                    if subj.lower_ in ("it", "there"):
                        continue
                    cue = [cur] + [c for c in cur.children if c.dep_ == "prep" and c.i < start and c.i > cur.i]
                    frame = Frame(cue=cue, speaker=subj, content=(start, end), sentence=sent)
                    if cur.lemma_ not in SPEECH_VERBS:
                        # "X said his wife was qualified because “...”": the words are X's, not the wife's;
                        # 'the true share is "closer to a quarter"': a thing quoted, no one speaking
                        above = self._speech_verb_above(cur, rng)
                        return above or (frame if _could_speak(subj) else None)
                    return frame
            if cur.head.i == cur.i:
                break
        return None


    def _speech_verb_above(self, verb: Token, rng: tuple[int, int]) -> Frame | None:
        """The speech verb (with a subject outside the quote) that governs ``verb``, if any."""
        cur = verb
        for _ in range(4):
            if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
                return None
            cur = cur.head
            if cur.pos_ == "VERB" and cur.lemma_ in SPEECH_VERBS:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if subj is None or rng[0] <= subj.i < rng[1] or subj.lower_ in FIRST_PERSON | {"it", "there"}:
                    return None
                return Frame(cue=[cur], speaker=subj, content=rng, sentence=cur.sent)
        return None


# cues whose words a teller passes on when the teller's own words report them ("promised him", "was told by")
_PASSED_ON_CUES = frozenset({"promise", "tell", "assure", "warn", "complain", "confide", "boast", "advise", "inform"})


def _only_asks(statement: Statement) -> bool:
    """Is the statement a transcript turn ('NAME: ...') whose every sentence is a question, with no number in it
    (a question may carry a claim: 'Will the minister thank the crews, who answered 41,000 calls?')?"""
    if not statement.cue.endswith(":") or any(ch.isdigit() for ch in statement.content):
        return False
    sentences = [x for x in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+", statement.content.strip(" \"“”"))
                 if x.strip()]
    return bool(sentences) and all(x.rstrip(" \"”’'").endswith("?") for x in sentences)


def _quoted_right_after(doc: Doc, to: int, quote_start: int) -> bool:
    """Does the quotation open right after the 'to' of an order ('had told him to "keep the door shut"'): the
    words of the one who gave it?"""
    return all(doc[i].is_quote or doc[i].is_space for i in range(to + 1, quote_start))


def _own_teller(frame: Frame) -> bool:
    """Is the frame's speaker a noun its cue names itself, as subject or as the agent of a passive ('a recruiter
    promised him', 'had been told by their guide'), not one taken over from a clause around it?"""
    speaker, cue = frame.speaker, frame.cue[0]
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    return speaker.dep_ == "nsubj" and speaker.head.i == cue.i or (
        speaker.dep_ == "pobj" and speaker.head.dep_ == "agent" and speaker.head.head.i == cue.i)


def _addressed(speaker: Token | None) -> bool:
    """'you', 'your report': the one a question is put to, or their document."""
    return speaker is not None and (speaker.lower_ == "you" or is_report_noun(speaker) and any(
        c.dep_ == "poss" and c.lower_ == "your" for c in speaker.children))


def _verb_over(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the quoted tokens ``start``..``end`` hang on through nouns and prepositions ("dismissed the
    reports as “Sunday-paper parlour games”": dismissed), if any."""
    top = next((t for t in doc[start:end] if not t.is_punct and not (start <= t.head.i < end)), None)
    while top is not None and top.pos_ not in ("VERB", "AUX") and top.head.i != top.i and \
            top.dep_ in ("pobj", "prep", "dobj", "attr", "oprd", "compound", "amod", "appos", "npadvmod", "nmod"):
        top = top.head
    return top if top is not None and top.pos_ in ("VERB", "AUX") else None


def _named_beside(tok: Token) -> bool:
    """'Our advisers, Brisk & Mallow,': a name set off in apposition (or read as a conjunct) after the noun."""
    doc = tok.doc
    if any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 2
           and doc[tok.i + 1].text == "," for c in tok.children):
        return True
    # ("Our ambassador in Corvastra, Herculano Illidge, reports": a person's name closing the phrase, which the
    # parser hung on the place)
    right = tok.right_edge
    while right.i > tok.i and right.is_punct:
        right = doc[right.i - 1]
    comma = max((t.i for t in doc[tok.i + 1 : right.i] if t.text == ","), default=None)
    return comma is not None and right.i + 1 < len(doc) and doc[right.i + 1].text == "," and \
        right.i - comma >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in doc[comma + 1 : right.i + 1])


def _label_affiliation(turn: Attributed) -> str | None:
    """The body a transcript label names in brackets after the speaker ('JULIUSZ KACZOR (Bellringer):'); none
    where the bracket names the member of the public the label stands for ('CALLER (GUALBERTO TATHAM, ...):')."""
    found = re.match(r"([^:()]*)\(([^()]{2,40})\)\s*:", turn.statement.sentence or "")
    if found is None or _participant_named(found.group(1).strip(), found.group(2)) is not None:
        return None
    return found.group(2).strip()


def _participant_named(label: str, note: str | None) -> str | None:
    """'CALLER (GUALBERTO TATHAM, RAVELSBY):' -> 'Gualberto Tatham': a label for a member of the public whose
    bracket opens with the person's name (two to four capitalised words, before any comma)."""
    if note is None or label.lower() not in _PARTICIPANT_LABELS:
        return None
    words = note.split(",")[0].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                           for w in words) or any(is_role_word(w.lower()) for w in words):
        return None
    return " ".join(w if not w.isupper() else w.title() for w in words)


def speakers_own(tok: Token) -> bool:
    """'My department's figures', 'our own analysis': the one speaking's own (not 'Our advisers, X,', named, nor
    'My accountant', someone else)."""
    return _owned_by_first_person(tok) and not _named_beside(tok) and not _my_person(tok)


def _my_person_meant(spk: Token, turn: Attributed) -> Token | None:
    """The 'my accountant' of a turn that a speaker is: that phrase itself, a 'he'/'she' that takes up the last
    such person of the turn ("My landlord put my rent up, and when I complained he told me, ..."), or the one
    quoted in "I'm quoting him"."""
    doc = spk.doc
    if spk.lower_ in FIRST_PERSON and spk.head.lemma_ == "quote":
        spk = next((c for c in spk.head.children if c.dep_ == "dobj"), spk)
    if spk.lower_ in ("he", "she", "him", "her"):
        sex = "m" if spk.lower_ in ("he", "him") else "f"
        start = _turn_start(turn)
        earlier = (t for t in reversed(doc[: spk.i]) if t.idx >= start)
        spk = next((t for t in earlier if _my_person(t) and noun_gender(t.lower_) in (None, sex)), spk)
    return spk if _my_person(spk) else None


def _my_person(tok: Token) -> bool:
    """'My accountant', 'my daughter': one person the one speaking knows, who speaks for themselves."""
    return tok.tag_ == "NN" and is_person_role(tok) and \
        any(c.dep_ == "poss" and c.lower_ == "my" for c in tok.children)


def _owned_by_first_person(tok: Token) -> bool:
    """'My department's figures', 'our own analysis': a document of the one speaking."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    for _ in range(3):
        if owner is None:
            return False
        if owner.lower_ in ("my", "our"):
            return True
        owner = next((c for c in owner.children if c.dep_ == "poss"), None)
    return False


def _after_role(words: list[str]) -> list[str] | None:
    """'Environment minister Kofi Asante' -> ['Kofi', 'Asante']: the name after a lower-case role word.
    None when a lower-case word is not a role ('Officials said') or no name of two words follows it."""
    lower = [k for k, w in enumerate(words) if w[:1].islower()]
    if not lower:
        return words
    if not all(is_role_word(words[k]) for k in lower):
        return None
    name = words[lower[-1] + 1 :]
    return name if len(name) >= 2 else None


def _min_tokens(frame: Frame) -> int:
    """'The Kremlin denied the reports': a denial of a named claim may be two words long."""
    return MIN_STANCE_TOKENS if is_claim_stance(frame.cue, frame.content) else MIN_CONTENT_TOKENS


def is_speech_lemma(lemma: str) -> bool:
    return lemma in SPEECH_VERBS


def build_statements(doc: Doc, resolver: SpeakerResolver, outlet: str | None = None,
                     byline: str | None = None) -> tuple[list[Attributed], list[Frame]]:
    builder = StatementBuilder(doc, resolver, outlet, byline)
    return builder.build(), builder.frames


def sentence_of(doc: Doc, i: int) -> Span:
    return doc[i].sent


def _could_speak(tok: Token) -> bool:
    """A subject that can say words: a name, a pronoun for people, a person's role or a body."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "which", "what")
            or lemma in PERSON_ROLE_NOUNS | PROXY_NOUNS | ORG_NOUNS | GENERIC_ORG_NOUNS | REPORT_NOUNS | _SPEAKING_NOUNS
            or any(c.dep_ == "appos" and _could_speak(c) for c in tok.children))  # "Another critic, X, likened"


# crowds that speak as one ("Protesters chanted ...") and filings that speak for their authors
_SPEAKING_NOUNS = frozenset({"protester", "protestor", "demonstrator", "critic", "opponent", "crowd", "people", "fan",
                     "resident", "voter", "worker", "student", "parent", "citizen", "member", "marcher", "striker",
                     "operative", "complaint", "article", "lawsuit", "filing", "suit", "indictment"})


def _cue_before_colon(colon: Token) -> tuple[Token, Token] | None:
    """The verb a colon closes ('X said:', 'X put it bluntly:') and its subject, unless that subject is the writer
    ('I', 'we') or an empty one ('it', 'there', 'this')."""
    verb = colon.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in FIRST_PERSON or subj.lower_ in ("it", "there", "this"):
        return None
    return verb, subj


def _turn_start(turn: Attributed) -> int:
    """Where a statement built before the quotations starts: a transcript turn from its label, and a quotation
    mark that may open the label's paragraph ('"PENCE: Well, look, ...')."""
    start, cue = turn.statement.span[0], turn.statement.cue
    return start - len(cue) - 3 if cue.endswith(":") else start
