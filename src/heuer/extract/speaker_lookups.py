"""Lookups a speaker resolver makes across the whole text: roles and names given before or after a mention
(cataphora: "a senior official said ... Dana Okafor, the deputy minister, told reporters"), the organisation a
common noun points to ("the company", "the club"), documents and who spoke in them, and the word lists they use.

:class:`NamingLookups` is a mixin of :class:`heuer.extract.speakers.SpeakerResolver`, which provides the parsed
document, its entity table, its indexed mentions and descriptors, and the basic lookups (``resolve``, ``_recent``,
``_sents``, ``_sent_index``, ``entry_start``, ``entry_end``, ``_quoted``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from heuer.extract.entities import (
    COMPANY_WORDS,
    EntityTable,
    clean_name,
    is_role_word,
    role_with_who_clause_before,
)
from heuer.extract.lexicon import (
    CUES_AFTER_A_DAY,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    STUDY_AUTHORS,
    TIME_STAMP,
    is_report_noun,
)
from heuer.extract.org_nouns import (
    GENERIC_ORG_NOUNS,
    NEWSPAPER_NOUNS,
    describing_words,
    is_outlet_name,
    same_head_antecedent,
)
from heuer.model import Party

# what a news outlet is called ("the technology news site Kernelwatch"), which no 'the company' stands for
_NEWS_SITE_NOUNS = NEWSPAPER_NOUNS | {"site", "blog"}

# dependency labels that are not part of a speaker's name
_DROP_DEPS = {"relcl", "acl", "appos", "advcl", "parataxis", "ccomp", "punct", "cc", "prep_drop"}


ORG_LABELS = {"ORG", "GPE", "LOC", "NORP"}


# how many sentences on a title may still name a role ("Foreign Minister X" for "the country's foreign minister")
_TITLE_REACH = 8


# those who speak for a body: one introduced later by what they do ("Dr X, who studies ...") is someone else
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPOKESPERSON_PRONOUN = {"spokesman": "he", "spokeswoman": "she"}


# elected or appointed offices whose holders speak in their own name, not as someone's spokesperson
_OFFICES = frozenset({"councillor", "councilor", "mayor", "senator", "minister", "judge", "governor", "president",
                      "mp", "mep", "sheriff", "premier", "chancellor", "alderman", "assemblyman", "assemblywoman"})


# nouns for any kind of body ("a spokeswoman for the organisation")
_GENERIC_BODY_NOUNS = frozenset({"organisation", "organization", "body", "institution", "group", "agency"})


# bodies a story is usually about, called back by their common noun alone ("the club said", "the school said")
_MAIN_BODY_NOUNS = frozenset({"club", "team", "school", "hospital", "university", "college", "charity"})
# nouns for a public body of any name ("Statistics Istravia" is "the agency"), unlike "the government"
# nouns for what a public body does rather than what kind of body it is
_FUNCTION_BODY_NOUNS = frozenset({"watchdog", "regulator", "body", "organisation", "organization"})
_BODY_NOUNS = frozenset({"agency", "body", "office", "bureau", "authority", "service", "institute", "watchdog",
                         "regulator", "commission", "board", "organisation", "organization"})


def names_opening_with(short: str, names: Iterable[str]) -> list[str]:
    """The longer names that open with the words of *short* ("Dunmore Athletic" for "Dunmore")."""
    words = short.split()
    return [n for n in names if n != short and n.split()[: len(words)] == words]


# what a newsroom does with a document it was given: "seen by Quaymark Finance"
SEEN_VERBS = frozenset({"see", "obtain", "review", "examine"})


def noun_phrase(tok: Token, *, keep_preps: bool = True) -> Span:
    """The noun phrase headed by ``tok`` without relative clauses, appositions and participles."""
    doc = tok.doc
    left = right = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ == "acl" and tok.lemma_.lower() in REPORT_NOUNS:
                pass
            elif child.dep_ in _DROP_DEPS:
                continue
            if child.dep_ == "prep" and (not keep_preps or child.lower_ in {"as", "after", "before", "during"}):
                continue
            if child.dep_ == "prep" and t.i == tok.i and child.i > tok.i and doc[child.i - 1].text == "," and \
                    child.lower_ not in ("including", "among"):
                continue  # "Analysts at X, in a note to clients,": an aside, not part of the name
            if child.dep_ == "cc" or child.dep_ == "conj":
                if child.i < tok.i:
                    continue
            left, right = min(left, child.i), max(right, child.i)
            stack.append(child)
    span = doc[left : right + 1]
    # no ragged punctuation at the edges
    while len(span) > 1 and span[-1].is_punct:
        span = doc[span.start : span.end - 1]
    while len(span) > 1 and span[0].is_punct:
        span = doc[span.start + 1 : span.end]
    # ("a council report published on Monday shows": the closing cue read as a noun after the day is no part of it)
    if len(span) > 2 and span[-1].tag_ == "NNS" and span[-1].lower_ in CUES_AFTER_A_DAY and \
            span[-2].ent_type_ in ("DATE", "TIME"):
        span = doc[span.start : span.end - 1]
    return span




_BUSINESS_NOUNS = frozenset({"company", "firm", "business", "corporation", "manufacturer", "operator", "contractor",
                             "airline", "carrier", "insurer", "lender", "retailer", "supplier", "producer"})


_INSTITUTIONS = frozenset({"court", "ministry", "council", "police", "agency", "department", "university", "school",
                           "hospital", "army", "party", "union", "committee", "commission", "parliament", "government",
                           "tribunal", "inquiry", "office", "service", "authority", "assembly", "senate"})


_NOT_ISSUERS = frozenset({"i", "we", "you"})
_LETTERS = frozenset({"letter", "email", "memo", "note", "message"})  # what one writes to someone
_REPLIES = frozenset({"reply", "response", "letter", "answer"})  # a letter written back
# what a body does in a ruling, report or letter it issues ("The ombudsman has ordered X to ..., in a ruling
# published on Monday")
DOCUMENT_ACTS = frozenset({"order", "rule", "find", "decide", "uphold", "reject", "direct", "conclude", "fine",
                           "warn", "criticise", "criticize", "recommend", "demand", "urge", "accuse", "blame", "clear",
                           "dismiss", "set", "instruct", "tell", "threaten", "call"})


def _act_done_in(document: Token) -> tuple[Token, Token | None]:
    """The verb a document noun after "in"/"through" hangs on, and its subject: past an infinitive with no subject
    of its own ("has ordered Calorvane to refund customers ..., in a ruling": the order and who gave it)."""
    verb = document.head.head
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb, next((c for c in verb.children if c.dep_ == "nsubj"), None)


_CUE_LEMMAS = frozenset({"say", "tell", "add", "explain", "confirm", "insist", "note", "speak", "write", "argue",
                         "continue", "acknowledge", "warn", "describe", "announce", "call"})


_HANDLING_VERBS = frozenset({"see", "obtain", "review", "read", "examine", "leak", "send", "give", "provide",
                             "share", "show", "pass", "acquire", "receive"})


def _seen_by(tok: Token, root: Token) -> bool:
    """Is ``tok`` inside a 'seen by X' / 'sent to X' clause hanging from ``root``?"""
    cur = tok
    through_to = False
    while cur.i != root.i and cur.head.i != cur.i:
        if cur.dep_ in ("acl", "conj") and cur.tag_ == "VBN" and (
                cur.lemma_ in _HANDLING_VERBS or through_to and cur.lemma_ in _HANDED_OVER):
            return True
        through_to = cur.dep_ == "prep" and cur.lower_ == "to"
        cur = cur.head
    return False


# verbs of handing a document over, whose "to X" names the one who got it ("reports released to Plumbline")
_HANDED_OVER = frozenset({"release", "hand", "disclose", "supply", "deliver", "forward", "submit"})


# roles any named official may fill: "a senior official said ... Dana Okafor, the deputy minister, told"
_GENERIC_ROLES = frozenset({"official", "source", "person", "man", "woman", "diplomat", "aide", "expert"})

# roles whose holders head nothing: "a police officer" is not the one later said to head a guild
_RANK_AND_FILE = frozenset({"officer", "constable", "soldier", "nurse", "guard", "worker", "employee", "driver",
                            "firefighter", "paramedic", "keeper", "medic", "marksman", "sergeant", "trooper"})
# the verbs of a relative clause that give a person's post ("X, who heads the guild"), as the role noun
_LEADING_VERBS = {"head": "head", "lead": "leader", "chair": "chair", "run": "head", "represent": "representative",
                  "found": "founder", "own": "owner"}


_ANONYMITY = re.compile(r"\b(?:not to be (?:named|identified)|anonymity|declined to be (?:named|identified)|"
                        r"not authori[sz]ed|unnamed|anonymous|(?:did|does|would) not name|declined to name)\b",
                        re.IGNORECASE)


# nouns for one kind of body ("the Footplate Guild says ... The union wants a 9 percent pay rise")
_KINDRED_BODIES = (frozenset({"union", "guild", "association", "federation", "confederation", "syndicate"}),
                   # ("the Relief Corps for Displaced People said. The agency said")
                   frozenset({"agency", "corps", "service", "directorate", "bureau", "authority"}))


def _kindred(lemma: str) -> frozenset[str]:
    """The organisation nouns that name the same kind of body as ``lemma`` (itself included)."""
    return next((group for group in _KINDRED_BODIES if lemma in group), frozenset({lemma}))


def _former(role: Token) -> bool:
    """'a former test pilot', 'the ex-minister': a role no longer held."""
    return any(c.lower_ in ("former", "retired", "onetime", "one-time", "erstwhile") or c.lower_.startswith("ex-")
               for c in role.children if c.dep_ in ("amod", "compound", "advmod"))


def _kept_anonymous(tok: Token) -> bool:
    """Does the speaker's phrase say it stays unnamed ('who asked not to be named', 'on condition of
    anonymity')?"""
    doc = tok.doc
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("quote", "cite") and tok.head.tag_ == "VBG" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return True  # "STV, quoting a senior official at the ministry, reported": a source the outlet does not name
    parts = [doc[tok.left_edge.i : tok.right_edge.i + 1].text]
    parts += [doc[c.left_edge.i : c.right_edge.i + 1].text for c in tok.head.children
              if c.dep_ in ("advcl", "prep") and c.i != tok.i]  # "speaking on condition of anonymity"
    return any(_ANONYMITY.search(p) for p in parts)


def _agent_stem(lemma: str) -> str | None:
    """'inspector' -> 'inspect', 'auditor' -> 'audit': the activity an agent noun names (None for generic
    roles such as 'officer' or 'worker')."""
    if not lemma.endswith(("or", "er")) or lemma in _NO_BODY_AGENTS:
        return None
    stem = lemma[:-2]
    # (a person's role names the body only with a long stem: "inspectors" of the Inspectorate, not "officers" of
    # an Office)
    return stem if len(stem) >= (6 if lemma in PERSON_ROLE_NOUNS else 5) else None


_NO_BODY_AGENTS = frozenset({"director", "commander", "minister", "member", "speaker", "leader", "manager", "officer"})


def _held_post(role: Token) -> bool:
    """A role named as a post ('the service's chief ecologist', 'the chief ecologist'), not as a trade ('an
    agronomist')."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in role.children)


def is_person_role(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in PERSON_ROLE_NOUNS or lemma.endswith("-old"):
        return True
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":  # "the centre-back", split by the tokenizer
        if f"{tok.doc[tok.i - 2].lower_}-{lemma}" in PERSON_ROLE_NOUNS:
            return True
    return lemma.endswith(("ist", "ian")) and len(lemma) > 5


def clean_np_text(np: Span) -> str:
    text = " ".join(np.text.split())
    stamp = TIME_STAMP.match(text)  # "12:05 — A volunteer firefighter"
    if stamp:
        text = text[stamp.end():]
    return clean_name(text) if text.lower().startswith("the ") and np[0].lower_ == "the" else text.strip(" ,")



# the last word of a body's name that a common noun stands for ("the force" for the Border Police)
_FORCE_NAMES = {"force": frozenset({"police", "army", "guard", "gendarmerie", "constabulary", "militia", "navy"}),
                # "the Marquenian Communications Authority ... The regulator told parliament"
                "regulator": frozenset({"authority", "commission", "regulator", "board", "supervisor"}),
                "watchdog": frozenset({"authority", "commission", "regulator", "ombudsman", "inspectorate", "board",
                                       "supervisor"})}

# nouns that say only that a body is a body, whatever it calls itself ("Galdoria's hazards agency": its Hazards Office)
_GENERIC_BODY_NOUNS = frozenset({"agency", "service", "body", "office"})
# the words a ministry's full name may use for the field a short description names ("the farm ministry")
_PORTFOLIO_WORDS = {"farm": {"agriculture", "farming", "rural", "food"}, "agriculture": {"farm", "farming", "rural"},
                    "interior": {"home"}, "home": {"interior"}, "defence": {"defense"}, "defense": {"defence"},
                    "finance": {"treasury", "finances"}, "foreign": {"external"}}


class NamingLookups:
    """Lookups across the text for :class:`~heuer.extract.speakers.SpeakerResolver` (see the module docstring)."""

    doc: Doc
    table: EntityTable
    mentions: list[Any]
    descriptors: dict[str, set[str]]
    org_descriptors: dict[str, set[str]]
    reports: list[tuple[int, str, str]]

    def _spoke_in(self, tok: Token) -> Token | None:
        """For 'the release' or 'the statement': the speaker who earlier said something 'in a press release' or
        'in a statement' of the same entry (the subject of that speech verb)."""
        lemma = tok.lemma_.lower()
        found = []
        for t in reversed(self.doc[self.entry_start(tok.i) : tok.i]):
            if t.lemma_.lower() != lemma or t.dep_ != "pobj" or t.head.lower_ not in ("in", "through"):
                continue
            verb, subject = _act_done_in(t)
            if (verb.lemma_ in SPEECH_VERBS or verb.lemma_ in DOCUMENT_ACTS and is_report_noun(t)) and \
                    subject is not None and subject.lower_ not in _NOT_ISSUERS:
                found.append((t, subject))
        # (the one who issued it, "the council said in a press release", before one quoted in it since, "he says in
        # the release")
        issued = next((subject for t, subject in found if any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)), None)
        if issued is None and not found and lemma in _LETTERS:
            # ("The Authority has written to the trustees asking for ... According to Recto, the letter says":
            # the one who wrote to them; "Quested's reply, sent on Tuesday, says ... The letter puts the repairs at
            # 46 million": the reply just before, by its writer; the nearer of the two)
            wrote = next(((t.i, c) for t in reversed(self.doc[self.entry_start(tok.i) : tok.i]) if t.lemma_ == "write"
                          and t.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ == "to" for p in t.children)
                          for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            sents = self._sents()
            k = self._sent_index(tok.i)
            replied = next(((t.i, c) for sn in reversed(sents[max(0, k - 1) : k + 1]) for t in reversed(sn)
                            if t.i < tok.i and t.lemma_.lower() in _REPLIES and t.pos_ == "NOUN"
                            for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            nearest = max((x for x in (wrote, replied) if x is not None), key=lambda x: x[0], default=None)
            issued = nearest[1] if nearest is not None else None
        return issued or (found[0][1] if found else None)

    def _issued_in(self, tok: Token) -> Token | None:
        """For "a ruling" in "The ombudsman has ordered X to refund customers, in a ruling published on Monday": the
        subject of the act done in the document, its issuer."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "through") or not is_report_noun(tok):
            return None
        verb, subject = _act_done_in(tok)
        if verb.pos_ != "VERB" or verb.lemma_ not in SPEECH_VERBS | DOCUMENT_ACTS:
            return None
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None

    def _authors_before(self, tok: Token) -> Token | None:
        """'The researchers' or 'the authors' as the subject of this sentence or the one before, for 'they'."""
        sents = [sn for sn in self._sents() if sn.start <= tok.i][-2:]
        for sn in reversed(sents):
            for cand in sn:
                if cand.i < tok.i and cand.dep_ == "nsubj" and cand.tag_ == "NNS" and \
                        cand.lemma_.lower() in STUDY_AUTHORS:
                    return cand
        return None

    def _role_earlier_in_sentence(self, tok: Token) -> str | None:
        """An unnamed person's role named earlier in the pronoun's own sentence, as an object, with no named
        person before the pronoun in that sentence: 'When I met the union's general secretary, she told me', 'I
        spoke to the minister on Sunday, and he told me'."""
        sent = tok.sent
        if any(sent.start <= m.i < tok.i and m.kind == "person" for m in self.mentions):
            return None
        for cand in reversed(self.doc[sent.start : tok.i]):
            if cand.pos_ == "NOUN" and _met_or_spoken_to(cand) and is_person_role(cand) and cand.tag_ == "NN" \
                    and cand.lemma_.lower() not in ("reporter", "journalist", "correspondent") \
                    and not {c.lower_ for c in cand.children if c.dep_ == "det"} & {"a", "an"} \
                    and self._quoted(cand.i) == self._quoted(tok.i):
                return clean_np_text(noun_phrase(cand, keep_preps=True))
        return None

    def _role_speaking_around(self, tok: Token) -> Token | None:
        """'A geologist who examined two of the fragments said they looked like ordinary chondrites, which she said
        make up about 86 percent of ...': a pronoun that speaks inside the words of someone described by a role
        noun, with nobody named between them, is that someone."""
        verb = tok.head if tok.dep_ == "nsubj" else None
        # (or puts a figure on it: "The spokeswoman said X had been paid a standard fee, which she put at 6,000")
        if verb is None or verb.lemma_ not in SPEECH_VERBS | {"put", "place", "value", "peg"} or verb.dep_ != "relcl":
            return None
        outer = next((a for a in verb.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
        subj = next((c for c in outer.children if c.dep_ == "nsubj"), None) if outer is not None else None
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not is_person_role(subj) or \
                self._quoted(subj.i) != self._quoted(tok.i):
            return None
        # (someone named in between may be the pronoun, unless the role says whether it is 'he' or 'she' and the
        # one named in between is not known to be so)
        gendered = _SPOKESPERSON_PRONOUN.get(subj.lower_) == tok.lower_
        if any(subj.i < m.i < tok.i and m.kind == "person" and not (gendered and self.gender.get(m.name) is None)
               for m in self.mentions):
            return None
        return subj

    def _proxied_body(self, tok: Token) -> str | None:
        """'a spokeswoman for the organisation', 'officials at the agency': the body a proxy speaks for, when
        it is called back by its common noun."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "of", "from"):
                continue
            for noun in prep.children:
                dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and dets & {"the", "this"} and \
                        noun.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS | _GENERIC_BODY_NOUNS:
                    party = self.resolve(noun)
                    if party.type == "organization" and party.name.lower() != noun.lower_:
                        return party.name
                    found = self._recent(tok.i, kinds=("organization",), labels=("ORG",))
                    return found.name if found else None
        return None

    def _org_named_later(self, tok: Token, sentences: int = 2) -> str | None:
        """The organisation an indefinite noun ('a monitoring group') turns out to be in the next sentences: the
        same noun again, definite, beside a name ('The group, the Kestrel Observatory for Human Rights, said')."""
        lemma = tok.lemma_.lower()
        end = self._end_of_next_sentences(tok.i, sentences)
        for cand in self.doc[tok.i + 1 : end]:
            if cand.lemma_.lower() != lemma or cand.pos_ != "NOUN":
                continue
            if not {c.lower_ for c in cand.children if c.dep_ == "det"} & {"the", "this"}:
                continue
            named = self._appos_entity(cand, "ORG")
            if named:
                return named
        # "Belmoria's farm ministry said ... The Ministry of Rural Affairs and Food puts ...": a country's body the
        # text names once in full, when it names no other body with that noun nor that noun of another country
        # (every word describing it is in the name, or the name's usual word for it: "farm" for "Rural Affairs")
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            owners = {c.lower_ for t in self.doc if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                      for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"}
            described = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i}
            # ("Brenzonia's competition watchdog fined ... The Brenzonian Competition Board said": a watchdog
            # or regulator goes by the name of the body it is)
            # ("Galdoria's hazards agency ... the Galdorian Hazards Office": the body named by the field the
            # description gives, whatever its own word for a body)
            names = {r.name for r in self.table.records.values() if r.label == "ORG" and (
                lemma in r.name.lower().split() or r.name.lower().split()[-1] in _FORCE_NAMES.get(lemma, ())
                or described and lemma in _GENERIC_BODY_NOUNS and r.name.lower().split()[-1] in ORG_NOUNS
                and r.name.lower()[:4] == owner.lower_[:4]) and all(
                         w in r.name.lower().split() or _PORTFOLIO_WORDS.get(w, set()) & set(r.name.lower().split())
                         for w in described)}
            if len(owners) == 1 and len(names) == 1:
                return names.pop()
        # "an early-warning network ... said in a report ... The Harvest Early Warning Network, which ..., said": a
        # name ending in the same noun and holding every word that described it, first met as the subject of the
        # next sentences
        if not {c.lower_ for c in tok.children if c.dep_ == "det"} & {"a", "an"}:
            return None
        described = {t.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                     for t in c.subtree if t.is_alpha}
        before = {m.name for m in self.mentions if m.i < tok.i}
        for cand in self.doc[tok.i + 1 : end]:
            if cand.lower_ != lemma or cand.pos_ != "PROPN" or cand.dep_ not in ("nsubj", "nsubjpass"):
                continue
            name = self.table.token_entity.get(cand.i)
            if name is None:  # a name the tagger missed: the proper nouns before the head
                words = [c for c in cand.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < cand.i]
                name = " ".join(t.text for t in self.doc[words[0].i : cand.i + 1]) if words else None
            elif self.table.label_of(name) != "ORG":
                continue
            if name and name not in before and name.split()[-1].lower() == lemma and \
                    described <= {w.lower() for w in re.split(r"[\s-]+", name)}:
                return name
        return None

    def _identified_later(self, tok: Token) -> str | None:
        """'Quoting a Corps commander, MNA says ...' and later 'MNA has named the commander it quoted earlier
        as Captain Jalil Sabounchi-Rahn': the text itself names the unnamed one, however far on."""
        lemma = tok.lemma_.lower()
        for verb in self.doc[tok.i + 1 :]:
            came_forward = self._came_forward(verb, lemma)
            if came_forward is not None:
                return came_forward
            if verb.lemma_ not in ("name", "identify") or verb.pos_ != "VERB":
                continue
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is None or obj.lemma_.lower() != lemma or not {c.lower_ for c in obj.children} & {"the", "that"}:
                continue
            # the parser may hang "as ..." on a clause about the one named ("the commander it quoted earlier as")
            as_prep = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i), None)
            # "We can now name the firefighter in our 12:05 entry: he is Teodor X": the name the sentence gives
            named_in = as_prep.subtree if as_prep is not None else self.doc[obj.i + 1 : verb.sent.end]
            for t in named_in:
                name = self.table.token_entity.get(t.i)
                if name and self.table.label_of(name) == "PERSON":
                    return name
        return None

    def _came_forward(self, verb: Token, lemma: str) -> str | None:
        """'On Thursday the former staff member came forward. Idunn X, a physiotherapist ..., told a news
        conference ...': the one described before, named as the next sentence opens."""
        public = verb.lemma_ == "come" and any(c.lower_ == "forward" for c in verb.children) or \
            verb.lemma_ in ("go", "speak") and any(c.lower_ in ("public", "out") for c in verb.children)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if public else None
        if subj is None or subj.lemma_.lower() != lemma or not {c.lower_ for c in subj.children} & {"the", "that"}:
            return None
        sents = self._sents()
        k = self._sent_index(verb.i)
        if k + 1 >= len(sents):
            return None
        first = next((m for m in self.mentions if sents[k + 1].start <= m.i < sents[k + 1].end), None)
        if first is None or first.kind != "person" or any(m.name == first.name and m.i < verb.i for m in self.mentions):
            return None
        return first.name if self.doc[first.i].left_edge.i == sents[k + 1].start else None

    def _role_subject_since(self, tok: Token, floor: int) -> Party | None:
        """'The judge said he had given some weight ... But ..., he said': a definite role noun that is the
        subject of a sentence after the last name (and resolves to a named person) is what 'he' stands for."""
        pronoun = tok.lower_
        here = tok.sent.start
        sents = [sn for sn in self._sents() if sn.end <= here][-2:]
        for sn in reversed(sents):
            if sn.end <= floor:
                break
            for cand in sn:
                if (cand.i > floor and cand.dep_ == "nsubj" and cand.pos_ == "NOUN" and cand.tag_ == "NN"
                        and (is_person_role(cand) or cand.lemma_.lower() in _SOMEONE or _someone_described(cand, pronoun))
                        and (cand.head.lemma_ in SPEECH_VERBS or cand.head.lemma_ == "be" and sn is sents[-1])):
                    # ("Another trader, who asked not to be named, was more cautious. He said ...": the one just
                    # introduced, whose words follow)
                    told = {"he": "him", "she": "her"}.get(pronoun)
                    if told is not None and any(c.dep_ in ("dobj", "dative") and c.lower_ == told
                                                for c in cand.head.children):
                        continue  # "X said a call handler had told him that ... "...," he said": he is the one told
                    dets = {c.lower_ for c in cand.children if c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one"}
                    if cand.head.lemma_ == "be" and not dets & {"a", "an", "another"}:
                        continue
                    if not is_person_role(cand) and not dets & {"a", "an", "one"}:
                        continue
                    start = cand.left_edge.i
                    named = self.table.token_entity.get(start - 2) if start >= 2 and self.doc[start - 1].text == "," \
                        else None
                    # (in apposition: not "To understand the real Dred Scott, Chief Justice Roberts said")
                    linked = named is not None and any(
                        t.dep_ == "appos" and t.head.i == cand.i or cand.dep_ == "appos" and cand.head.i == t.i
                        for t in self.doc[max(0, start - 6) : start - 1] if self.table.token_entity.get(t.i) == named)
                    if linked and self.table.label_of(named) == "PERSON":
                        return Party(named, "person", named)  # "X, a 52-year-old bakery owner, said": the one named
                    party = self.resolve(cand)
                    if party.type == "organization" and cand.lemma_.lower() in _SPOKESPEOPLE and dets & {"a", "an"} \
                            and _SPOKESPERSON_PRONOUN.get(cand.lemma_.lower(), pronoun) == pronoun:
                        return party  # "..., a spokeswoman for the agency said later. She said ...": the agency
                    if party.type != "person":
                        continue
                    if "the" in dets and party.name.lower() != clean_np_text(noun_phrase(cand)).lower():
                        return party  # "The judge said" -> the judge named earlier
                    if dets & {"a", "an", "one", "another"}:
                        return party  # "A doctor at the hospital told ... he said": the unnamed doctor
                    # ("said the master of a tanker waiting off the port, who asked not to be named. He said":
                    # someone introduced by what he is of, or by a clause on him, and left unnamed)
                    if "the" in dets and any(c.dep_ == "relcl" or c.dep_ == "prep" and c.lower_ == "of" and any(
                            o.dep_ == "pobj" and any(d.lower_ in ("a", "an") for d in o.children) for o in c.children)
                                             for c in cand.children):
                        return party
        return None

    def _titled_name(self, tok: Token, np: Span) -> str | None:
        """'Mayor Ines Castillo', 'Commission chair Tomasz Ekwueme': a role before a full name makes it a person's."""
        if tok.pos_ != "PROPN":
            return None
        words = [t for t in np if t.i <= tok.i and t.dep_ in ("compound", "amod") or t.i == tok.i]
        roles = [k for k, t in enumerate(words) if is_role_word(t.text)]
        if not roles:
            return None
        rest = words[roles[-1] + 1 :]
        if len(rest) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return None
        return self.table.token_entity.get(tok.i) or " ".join(t.text for t in rest)

    def _company_just_named(self, tok: Token) -> str | None:
        """The company a business noun ('the insurer') stands for when the sentence before, in the same entry, has it
        as its subject by name."""
        if tok.lemma_.lower() not in _BUSINESS_NOUNS or tok.tag_ != "NN":
            return None
        prev = [sn for sn in self._sents() if sn.end <= tok.sent.start][-1:]
        if not prev or prev[0].end <= self.entry_start(tok.i):
            return None
        subj = next((c for c in prev[0].root.children if c.dep_ == "nsubj"), None)
        # (the tagger may read a company's short name as a common noun: "Hallowfern disputes those numbers")
        name = (self.table.token_entity.get(subj.i) or self.table.alias_to_name.get(subj.lower_)) \
            if subj is not None and subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN") else None
        if name is None and subj is not None and subj.text[:1].isupper():  # "Brackwell" for Brackwell Mutual
            longer = [r.name for r in self.table.records.values() if r.label == "ORG" and len(r.name.split()) > 1
                      and r.name.split()[0] == subj.text]
            name = longer[0] if len(longer) == 1 else None
        if name is None or self.table.label_of(name) != "ORG" or self._news_outlet(name):
            return None
        return name

    def _org_for_noun(self, tok: Token) -> str | None:
        """'The campaign said' -> the campaign named before; 'the newspaper' -> the last outlet named;
        'the company' -> the last organisation named."""
        lemma = tok.lemma_.lower()
        antecedent = same_head_antecedent(tok, floor=self.entry_start(tok.i))
        if antecedent is not None and antecedent.lower().removeprefix("the ") == lemma:
            antecedent = None  # ("by the company ... The company said": an earlier bare noun names nobody yet)
        named = self._company_just_named(tok) if antecedent and antecedent.lower() not in self.table.alias_to_name \
            else None
        if named is not None:
            # ("Valtessa's largest home insurer has paid out less than half ... Hallowfern disputes those numbers.
            # In a statement, the insurer said": the company the sentence before named, not the unnamed description)
            return named
        if antecedent and antecedent.lower() not in self.table.alias_to_name:
            # ("Belmoria's farm ministry said ... the ministry said": whatever the earlier phrase was found to be)
            earlier = next((c for c in reversed(self.doc[self.entry_start(tok.i) : tok.i]) if c.lemma_.lower() == lemma
                            and c.pos_ == "NOUN" and any(m.dep_ == "poss" and m.pos_ == "PROPN" for m in c.children)),
                           None)
            found = self.resolve(earlier).name if earlier is not None else antecedent
            return found if found.lower() != lemma else antecedent
        if antecedent:
            return self.table.alias_to_name.get(antecedent.lower(), antecedent)
        if lemma in NEWSPAPER_NOUNS:
            outlets = [m for m in self.mentions if m.i < tok.i and m.kind == "organization"
                       and self.table.label_of(m.name) == "ORG" and (is_outlet_name(m.name) or self._called_outlet(m.i))]
            return outlets[-1].name if outlets else None
        apposed = self._apposed_org(tok)
        if apposed:
            return apposed
        if lemma in GENERIC_ORG_NOUNS:
            if any(c.dep_ == "compound" and c.pos_ == "NOUN" or c.dep_ == "amod" and c.tag_ == "VBG"
                   for c in tok.children):
                return None  # "the state grid operator", "the dredging company": a description of its own
            found = self._recent(tok.i, kinds=("organization",), labels=("ORG",))
            if found and lemma in _BUSINESS_NOUNS and found.name.split()[-1].lower() in _INSTITUTIONS:
                # "Velmouth Crown Court ... the company said": a court is no company; the company the text keeps
                # naming is ("Saltcrag Roadworks ... The Harnock Free Army ... The company said")
                main = self._main_organisation(tok.i, outlets=False)
                return main if main is not None and sum(m.name == main for m in self.mentions if m.i < tok.i) >= 2 \
                    else None
            if found and lemma in _BUSINESS_NOUNS and self._news_outlet(found.name):
                # "Kernelwatch reported that ... The company said": the news site reports on the company
                return self._main_organisation(tok.i, outlets=False) or found.name
            main = self._main_organisation(tok.i)
            # (no newsroom is "the company": "a letter seen by Quillmarket Finance")
            newsroom = lemma in _BUSINESS_NOUNS and main is not None and self._news_outlet(main)
            if found and main and found.name != main and not newsroom and (
                    sum(m.name == found.name for m in self.mentions) == 1
                    or lemma in _BUSINESS_NOUNS and _trading_name(main) and not _trading_name(found.name)):
                # "Kelderwick's Operations Director, Sam Pell, ... The company expects": a one-off name beside a
                # title is no company; the body the text keeps naming is ("Rookstone's plan keeps the Exchange's
                # gates ... The company says": nor is a building that bears a name, beside Rookstone Properties)
                return main
            return found.name if found else None
        if lemma in _MAIN_BODY_NOUNS and not any(c.dep_ in ("compound", "amod") for c in tok.children):
            # "Sporting Irvask sacked its coach ... The club said": the body the sentence before opened with, else
            # the one the text has named most often
            return self._opening_organisation_before(tok) or self._main_organisation(tok.i)
        if lemma in _BODY_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_VERBS:
            # "Consumer prices rose 4.7%, Statistics Istravia said. ... The agency blamed ...": the body that spoke
            # just before ("Food: +9.3%." between), when no body of that kind is named, and no news outlet
            spoke = self._org_speaking_before(tok, back=3)
            # ("Pennrow Tramways told the committee ... The regional audit office told me": a body described by its
            # own words is another one)
            own = describing_words(tok)
            if spoke is not None and not is_outlet_name(spoke) and not own - set(spoke.lower().split()):
                return spoke
        if lemma in _FUNCTION_BODY_NOUNS and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            # "Citing forecasts from the Independent Fiscal Office, the minister said ... She told MPs the watchdog
            # expected ...": the one body named in the sentence before and none since (a noun for what a body
            # does fits any kind of body; "the commission" is no "Tallis Power")
            here = tok.sent.start
            prev = [sn for sn in self._sents() if sn.end <= here][-1:]
            lo = prev[0].start if prev else here
            named = {m.name for m in self.mentions if lo <= m.i < tok.i and m.kind == "organization"
                     and self.table.label_of(m.name) == "ORG" and not self._quoted(m.i)}
            if len(named) == 1 and not self._news_outlet(next(iter(named))):
                return next(iter(named))
        return None

    def _opening_organisation_before(self, tok: Token) -> str | None:
        """The organisation that opens the sentence just before *tok*'s (as its subject), in the same entry."""
        start = tok.sent.start
        if start == 0 or self.doc[start - 1].sent.start < self.entry_start(tok.i):
            return None
        before = self.doc[start - 1].sent
        first = next((t for t in before if not t.is_space), None)
        name = self.table.token_entity.get(first.i) if first is not None else None
        if name is None or self.table.label_of(name) == "ORG":
            return name
        # ("Dunmore travel to Ostley on Wednesday. The club said": "Dunmore", read as a place, is Dunmore Athletic)
        longer = names_opening_with(name, (r.name for r in self.table.records.values() if r.label == "ORG"))
        return longer[0] if len(longer) == 1 else None

    def _news_outlet(self, name: str) -> bool:
        """Is the organisation *name* a news outlet, by its name or by what the text calls it? (Asked of every
        mention while looking for 'the company', so the answer is kept per name.)"""
        memo: dict[str, bool] = self.__dict__.setdefault("_outlet_memo", {})
        if name not in memo:
            # ("Independent Fiscal Office": an outlet's name word in the name of another kind of body)
            other_body = set(name.lower().split()) & (ORG_NOUNS | GENERIC_ORG_NOUNS) - _NEWS_SITE_NOUNS
            memo[name] = is_outlet_name(name) and not other_body or bool(
                self.org_descriptors.get(name, set()) & _NEWS_SITE_NOUNS) or any(
                self._called_outlet(m.i, _NEWS_SITE_NOUNS | {"news"}) or self._given_the_news(m.i)
                for m in self.mentions if m.name == name)
        return memo[name]

    def _given_the_news(self, i: int) -> bool:
        """'a message to bondholders that was seen by Quaymark Finance': a body that sees documents the way a
        newsroom does."""
        head = self.doc[i]
        return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_ in SEEN_VERBS and \
            head.head.head.tag_ == "VBN"

    def _called_outlet(self, head: int, nouns: frozenset[str] = NEWSPAPER_NOUNS) -> bool:
        """'the sports daily Sportsvekt', 'the broadcaster Vinterkanal': a name an outlet noun introduces."""
        start = head
        # ("The Kelsprey daily Copperkettle", with "daily" tagged as part of a name)
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].lower_ not in nouns:
            start -= 1
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in self.doc[max(0, start - 3) : start])

    def _org_speaking_before(self, tok: Token, back: int = 1) -> str | None:
        """The named organisation that is the subject of a speech verb in the sentence just before (or the
        nearest of the *back* sentences before whose subject speaks), in the same entry."""
        here = tok.sent.start
        if any(here <= m.i < tok.i and m.kind == "organization" for m in self.mentions):
            return None  # "Pallaso Chat has 3.2 million users, and the company says": the one just named
        noun = tok.lemma_.lower()
        sents = [sn for sn in self._sents() if sn.end <= here][-back:]
        for sn in reversed(sents):
            if sn.start < self.entry_start(tok.i):
                return None
            for cand in sn:
                if cand.dep_ == "nsubj" and cand.head.lemma_ in SPEECH_VERBS and cand.i in self.table.token_entity:
                    name = self.table.token_entity[cand.i]
                    # a body whose name says it is another kind of body ("the X Data Inspectorate") is no company
                    other_kind = set(name.lower().split()) & (ORG_NOUNS | GENERIC_ORG_NOUNS) - {noun}
                    # (a body the tagger took for a place still speaks as a body: "Ostwind Regional said")
                    # ("Bytewarden reported that ... The company said": a news site reports on the company)
                    reporter = noun not in _NEWS_SITE_NOUNS and self._news_outlet(name)
                    if self.table.label_of(name) in ("ORG", "LOC", "FAC") and not other_kind and not reporter:
                        return name
        return None

    def _in_byline(self, i: int) -> bool:
        """'By Lucia Fenwright-Oduya, Calloway Wire': the writer named in a byline is nobody's antecedent."""
        sent = self.doc[i].sent
        words = [t for t in sent if not t.is_space]
        return bool(words) and words[0].lower_ == "by" and len(words) <= 12 and not any(
            t.pos_ in ("VERB", "AUX") for t in words)

    def _main_organisation(self, before: int, outlets: bool = True) -> str | None:
        """'The club said' in a match report about Dunmore Athletic: the organisation the text has named most
        often so far (the latest of equals), news outlets left out unless *outlets*."""
        floor = self.entry_start(before)
        noun = self.doc[before].lemma_.lower()
        seen = [m for m in self.mentions if floor <= m.i < before and m.kind == "organization" and not self._quoted(m.i)
                and (outlets or not self._news_outlet(m.name)) and not self._in_byline(m.i)]
        # a body whose name says it is another kind of body ("... Department of Environmental Protection") is not
        # "the club" or "the company"
        bodies = {m.name for m in seen if self.table.label_of(m.name) == "ORG"
                  and not (set(m.name.lower().split()) & (ORG_NOUNS | GENERIC_ORG_NOUNS)) - {noun}}

        def body_of(name: str) -> str | None:  # "Dunmore" (read as a place) is short for "Dunmore Athletic"
            if name in bodies:
                return name
            longer = names_opening_with(name, bodies)
            return max(longer, key=len) if longer else None

        counts: dict[str, list[int]] = {}
        for m in seen:
            body = body_of(m.name)
            if body is not None:
                counts.setdefault(body, []).append(m.i)
        if not counts:
            return None
        if noun in ("company", "firm"):
            # "The owner, Rookstone Properties, says the Exchange ...": a company goes by a company's name, before a
            # building or a place the story names more often
            trading = {name: seen for name, seen in counts.items() if _trading_name(name) and len(seen) > 1}
            counts = trading or counts
        return max(counts, key=lambda name: (len(counts[name]), counts[name][-1]))

    def _apposed_org(self, tok: Token) -> str | None:
        """'the Ormesh Liberation Front, a rebel group ... the group announced': the organisation an earlier
        noun of the same head stood in apposition to."""
        lemma = tok.lemma_.lower()
        floor = max(self.entry_start(tok.i), tok.i - 400)
        for cand in reversed(self.doc[floor : tok.i]):
            if cand.lemma_.lower() != lemma or cand.pos_ != "NOUN" or cand.dep_ != "appos":
                continue
            nm = self.table.token_entity.get(cand.head.i)
            if nm and self.table.records[nm].label in ORG_LABELS:
                return nm
        return None

    def _entity_in(self, np: Span, label: str | None) -> str | None:
        names = []
        for t in np:
            if _seen_by(t, np.root):
                continue  # "a memo seen by the Harbourline Times": the outlet that saw it did not write it
            name = self.table.token_entity.get(t.i)
            if name and (label is None or self.table.label_of(name) == label):
                if label is None and self.table.label_of(name) == "PERSON":
                    continue
                names.append(name)
        if not names:
            return None
        if label is None:
            # prefer an organisation over the place it is in ("Intelligence services in Kyiv" stays unnamed)
            orgs = [n for n in names if self.table.label_of(n) == "ORG"]
            if not orgs:
                return None
            # ("a spokeswoman for the Pollexfen's owner, Jago Shipping": the owner named, not the thing it owns)
            named = [self.table.token_entity.get(c.i) for t in np if t.dep_ == "poss" and t.head.dep_ == "pobj"
                     and self.table.token_entity.get(t.i) == orgs[0] for c in t.head.children if c.dep_ == "appos"]
            return next((n for n in named if n and self.table.label_of(n) == "ORG"), orgs[0])
        # a person must head the phrase: "one Kestrel sergeant" is a sergeant, "Trump's aide" an aide
        head_name = self.table.token_entity.get(np.root.i)
        return head_name if head_name in names else None

    def _named_before(self, np: Span) -> str | None:
        # ("Ireneusz X, a retired bishop who says he carried messages": the role with its article too)
        if np.start >= 2 and self.doc[np.start - 1].text == "," and (np[0].pos_ == "NOUN" or np[0].lower_ in (
                "a", "an") and np.root.dep_ == "appos" and np.root.head.i == np.start - 2):
            name = self.table.token_entity.get(np.start - 2)
            if name and self.table.label_of(name) == "PERSON":
                return name
        return None

    def _org_named_before(self, tok: Token, np: Span) -> str | None:
        """'Save the Aske, a campaign group set up by wild swimmers, said': the name that opens the sentence
        before an organisation noun in apposition, even when the parser read the name as a clause."""
        doc = self.doc
        if not (np.start >= 2 and doc[np.start - 1].text == "," and tok.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS
                and {c.lower_ for c in tok.children if c.dep_ == "det"} & {"a", "an"}):
            return None
        k = np.start - 2
        start = tok.sent.start
        while k > start and (doc[k - 1].is_title or doc[k - 1].lower_ in ("the", "of", "for", "and", "&")):
            k -= 1
        run = doc[k : np.start - 1]
        if k != start or not run[0].is_title or not any(t.i in self.table.token_entity for t in run):
            return None
        return self.table.token_entity.get(run[-1].i) if len(run) == 1 else run.text

    def _named_as(self, tok: Token) -> str | None:
        """'a marine named as Serhiy Bondar-Weiss', 'a guard identified as X', 'the spokesman, who gave his name
        as X': the person the text names."""
        for child in tok.children:
            named = child.dep_ in ("acl", "relcl") and child.lemma_ in ("name", "identify", "call") and \
                child.tag_ == "VBN"
            own_name = child.dep_ == "relcl" and child.lemma_ in ("give", "identify", "call", "introduce") and any(
                t.lower_ in ("name", "himself", "herself") for t in child.subtree)
            if named or own_name:
                # "an accountant called by Blencowe's side": the one who called a witness is not the witness's name
                by = {t.i for c in child.children if c.dep_ == "agent" for t in c.subtree}
                for t in child.subtree:
                    name = None if t.i in by else self.table.token_entity.get(t.i)
                    # a name given as one's own is a person's, whatever the tagger took it for
                    if name and (self.table.label_of(name) == "PERSON" or own_name and t.pos_ == "PROPN"):
                        return name
        return None

    def _name_taken(self, tok: Token) -> str | None:
        """'the officers, who call themselves the National Restoration Council': the body's name for itself; and,
        for 'Army officers who seized the broadcaster said ...' a sentence or two before, the same name."""
        if tok.pos_ != "NOUN":
            return None
        if self._names_taken is None:
            self._names_taken = {t.i: name for t in self.doc if t.pos_ == "NOUN"
                                 and (name := self._name_taken_by(t)) is not None}
        if not self._names_taken:
            return None
        own = self._names_taken.get(tok.i)
        if own is not None:
            return own
        end = self._end_of_next_sentences(tok.i, 3)
        for later in self.doc[tok.i + 1 : end]:
            if later.lemma_ == tok.lemma_ and later.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in later.children):
                return self._names_taken.get(later.i)
        return None

    def _name_taken_by(self, tok: Token) -> str | None:
        """The name in a 'who call themselves X' clause on ``tok``."""
        for clause in tok.children:
            if clause.dep_ != "relcl" or clause.lemma_ not in ("call", "style", "name") or not any(
                    c.dep_ == "dobj" and c.lower_ in ("themselves", "itself") for c in clause.children):
                continue
            for t in clause.subtree:
                name = self.table.token_entity.get(t.i)
                if name is not None and self.table.label_of(name) != "PERSON":
                    return name
        return None

    def _named_after_role(self, tok: Token, np: Span) -> str | None:
        """'quoting the governor of the border region of Tsarvo, Yevgen Pollard-Matveev, said': the person named
        right after a role's phrase, whatever the parser hung the name on."""
        if not (is_person_role(tok) and tok.pos_ == "NOUN") or np.end + 1 >= len(self.doc):
            return None
        if self.doc[np.end].text != ",":
            np = noun_phrase(tok)  # "Its lead analyst for the airline, Mathilde X, said": with the role's own words
            if np.end + 1 >= len(self.doc) or self.doc[np.end].text != ",":
                return None
        name = self.table.token_entity.get(np.end + 1)
        return name if name and self.table.label_of(name) == "PERSON" else None

    def _appos_entity(self, tok: Token, label: str) -> str | None:
        """'The commission's secretary-general, Tomasz Ekwueme, said': the name in apposition."""
        if label == "PERSON":
            # "a mining engineer who worked at Greyhollow until last year, Ruprecht X, ...": the name after the
            # role's who-clause (which the parser hangs elsewhere)
            clause = next((c for c in tok.children if c.dep_ == "relcl"), None)
            after = clause.right_edge.i + 2 if clause is not None else None
            if after is not None and after < len(self.doc) and role_with_who_clause_before(self.doc, after) == tok:
                name = self.table.token_entity.get(after)
                if name is not None and self.table.label_of(name) == "PERSON":
                    return name
        for child in tok.children:
            # ("the council's external auditor, Brannock & Lowe, wrote": a firm's name with '&' read as a conjunct)
            firm = child.dep_ == "conj" and "&" in self.table.token_entity.get(child.i, "") and \
                self.doc[child.left_edge.i - 1].text == ","
            # ("The lawyer for Laine X, Tadej Y, said": a name set off by commas that the parser hung on the role as
            # an adverbial noun)
            set_off = label == "PERSON" and child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i > tok.i \
                and self.doc[child.left_edge.i - 1].text == "," and is_person_role(tok)
            if child.dep_ == "appos" or firm or set_off:
                if label == "PERSON" and not is_person_role(tok) and any(
                        is_person_role(t) and t.pos_ == "NOUN" and t.head.pos_ == "VERB"
                        for t in self.doc[tok.i + 1 : child.i]):
                    continue  # "state television, quoting the governor ..., Yevgen P," : the governor's name
                for t in child.subtree:
                    name = self.table.token_entity.get(t.i)
                    if name and self.table.label_of(name) == label:
                        return name
                # a proper name after a role noun is a person even when the tagger called it an ORG
                if label == "PERSON" and child.pos_ == "PROPN" and is_person_role(tok):
                    words = [t for t in child.subtree if t.pos_ == "PROPN"]
                    if len(words) >= 2:
                        name = self.table.token_entity.get(child.i) or " ".join(t.text for t in words)
                        return name
        if label == "PERSON" and (is_person_role(tok) or tok.tag_ == "NN" and tok.lemma_.lower() not in ORG_NOUNS):
            # ("a tour guide in Pollwick, Aune X, as saying", "A surveyor called by Tennant's side, Rudo X, said":
            # the name closing the role's phrase, hung by the parser on a place or a party inside it)
            end = tok.right_edge.i - (1 if self.doc[tok.right_edge.i].text == "," else 0)
            named = next((c for c in tok.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and c.head.i > tok.i
                          and self.doc[c.left_edge.i - 1].text == "," and c.right_edge.i == end), None)
            name = self.table.token_entity.get(named.i) if named is not None else None
            if name is not None and self.table.label_of(name) == "PERSON":
                return name
        return None

    def _indefinite_antecedent(self, tok: Token) -> str | None:
        """'A senior DID officer said ... the officer added': the earlier unnamed mention."""
        lemma = tok.lemma_.lower()
        start = max(0, tok.sent.start - 200, self.entry_start(tok.i))
        for cand in reversed(self.doc[start : tok.i]):
            if cand.lemma_.lower() == lemma and cand.pos_ == "NOUN" and cand.dep_ in ("nsubj", "nsubjpass"):
                dets = {c.lower_ for c in cand.children if c.dep_ == "det"}
                if dets & {"a", "an", "one"}:
                    self._antecedent_i = cand.i
                    return clean_np_text(noun_phrase(cand, keep_preps=True))
        return self._only_unnamed_one_before(tok)

    def _only_unnamed_one_before(self, tok: Token) -> str | None:
        """'... an intercepted call between a Dorvakhi company commander and his wife. In the recording, the officer
        says ...': with no earlier mention of the same role, the one unnamed person the sentence before introduced
        (and who did not speak there: a speaker who went unnamed is someone else)."""
        sents = self._sents()
        here = self._sent_index(tok.i)
        if here == 0 or sents[here - 1].start < self.entry_start(tok.i):
            return None
        if any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for") and any(
                t.i in self.table.token_entity for t in p.subtree) for p in tok.children):
            return None  # "the head of the Weather Bureau": a role the phrase itself places, no one met before
        if any(p.dep_ == "prep" and p.lower_ == "on" and p.i == tok.i + 1 for p in tok.children):
            return None  # "an engineer reached us ... The guard on duty told me": a role on a post of its own
        found = [cand for cand in sents[here - 1]
                 if cand.pos_ == "NOUN" and cand.tag_ == "NN" and is_person_role(cand) and {
                     c.lower_ for c in cand.children if c.dep_ == "det"} & {"a", "an"}
                 and not self._speaks(cand.i) and not any(t.ent_type_ == "PERSON" for t in cand.subtree)]
        if len(found) != 1 or any(m.kind == "person" and sents[here - 1].start <= m.i < tok.i for m in self.mentions):
            return None
        cand = found[0]
        self._antecedent_i = cand.i
        np = noun_phrase(cand, keep_preps=True)
        partner = next((c for c in cand.children if c.dep_ in ("cc", "conj") and c.i > cand.i), None)
        if partner is not None:  # "a company commander and his wife": the one the role names
            np = self.doc[np.start : partner.i]
        return clean_np_text(np)

    def _named_later(self, tok: Token, *, same_role: bool) -> str | None:
        """A person first named in the next two sentences as the speaker of a cue (cataphora),
        or, with ``same_role``, named in apposition with the same role noun ('The prosecutor,
        Rachel Green, added')."""
        # "A senior officer, who asked not to be named, said": nobody named later is this one, unless the
        # text says so ("Later that day the same official, deputy minister X, told reporters")
        anonymous = not same_role and _kept_anonymous(tok)
        window_end = self._end_of_next_sentences(tok.i)
        before = {m.name for m in self.mentions if m.i < tok.i}
        lemma = tok.lemma_.lower()
        other_role: set[str] = set()  # named with another role, so not this one when named again
        # (what the role is of: "the head of the Weather Bureau")
        of_what = {o.lower_ for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.subtree if o.pos_ in ("PROPN", "NOUN") and o.i > p.i}
        for m in self.mentions:
            if not (tok.i < m.i < window_end) or m.kind != "person" or m.name in before or m.name in other_role:
                continue
            head = self.doc[m.i]
            if anonymous and not any(t.lower_ == "same" for t in self.doc[max(0, head.left_edge.i - 8) : head.i]):
                continue
            if same_role:
                role_appos = head.dep_ == "appos" and head.head.lemma_.lower() == lemma
                role_child = any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in head.children)
                # ("The police spokesman said ... Colonel X, who speaks for the police, told reporters")
                described = lemma in _SPOKESPEOPLE and lemma in self.descriptors.get(m.name, set())
                if role_appos or role_child or described:
                    return m.name
                continue
            verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else (
                head.head.head if head.dep_ == "appos" and head.head.dep_ == "nsubj" else None)
            # the roles the later person is given: in apposition, or an office in a title ("Councillor X")
            # (not a role held before: "X, a former test pilot who has run the agency since 2062, said")
            # ("The service's chief ecologist, X,": a post named by its ending too; not a trade, "an agronomist")
            roles = {t.lemma_.lower() for t in (*head.children, head.head) if (t.dep_ == "appos" or t.i == head.head.i
                     and head.dep_ == "appos") and not _former(t) and (t.lemma_.lower() in PERSON_ROLE_NOUNS or
                                                                        is_person_role(t) and _held_post(t))} | (
                self.descriptors.get(m.name, set()) & _OFFICES)
            if head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_ROLE_NOUNS:
                roles.add(head.lemma_.lower())  # "The director of St Ardan's, Dr X, told": the mention is the role
            # ("a police officer ... had told him" then "X, who heads the Hauliers' Guild, said": a post given by a
            # relative clause)
            led = [g for c in head.children if c.dep_ == "relcl" and c.lemma_ in _LEADING_VERBS
                   for g in c.children if g.dep_ == "dobj"]
            if lemma in _RANK_AND_FILE:
                roles |= {_LEADING_VERBS[g.head.lemma_] for g in led}
            # ("the head of the Weather Bureau" is not "X, who chairs the Fishermen's Cooperative": another body)
            named_bodies = [g for g in led if any(t.pos_ == "PROPN" for t in g.subtree)]  # (not "the company")
            if of_what and named_bodies and not any(of_what & {t.lower_ for t in g.subtree} for g in named_bodies):
                other_role.add(m.name)
                continue
            if roles and lemma in PERSON_ROLE_NOUNS - _GENERIC_ROLES and lemma not in roles:
                # "a senior officer said ... the interior minister, X, told parliament": someone else (and still
                # when the next sentence calls X by name alone)
                other_role.add(m.name)
                continue
            described = [c for c in head.children if c.dep_ == "relcl" and c.i > head.i]
            if described and lemma in _SPOKESPEOPLE and not any(
                    t.lemma_.lower() == lemma for c in described for t in c.subtree):
                continue  # "a spokeswoman said ... Dr X, who studies rural education, says": someone new
            if verb is not None and verb.lemma_ in _CUE_LEMMAS:
                return m.name
        return None

    def _titled_later(self, tok: Token) -> str | None:
        """'the country's foreign minister, speaking from abroad, said ... Foreign Minister Bohdan X, who was
        attending a summit, told ...': a role the text owns to a place or body, whose words a person named a few
        paragraphs on carries as a title, met there for the first time."""
        if _kept_anonymous(tok):
            return None
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i} | {tok.lower_}
        before = {m.name for m in self.mentions if m.i < tok.i}
        end = self._end_of_next_sentences(tok.i, _TITLE_REACH)
        for m in self.mentions:
            if not (tok.i < m.i < end) or m.kind != "person" or m.name in before:
                continue
            start = self._name_start(self.doc[m.i], m.name).i
            title: list[str] = []
            while start > 0 and self.doc[start - 1].text[:1].isupper() and start - 1 not in self.table.token_entity:
                start -= 1
                title.append(self.doc[start].lower_)
            if title and set(title) == words and any(is_role_word(w) for w in title):
                return m.name
        return None

    def _end_of_next_sentences(self, i: int, count: int = 2) -> int:
        """Where the *count* sentences after token ``i``'s own end, within its live-blog entry: how far ahead
        the text may still name someone it has only described."""
        sents = self._sents()
        here = self._sent_index(i)
        return min(sents[min(here + count, len(sents) - 1)].end, self.entry_end(i))

    def role_of_fits(self, role: Token, name: str, *, later: bool = False) -> bool:
        """'the head of the country's meteorological service' is not 'Its head of analysis, X': what a role is of
        must be said beside some mention of the one who holds it (a body the text points to with "the" or an
        owner; not "secretary of state" or "mother of three")."""
        of_what = {o.lower_ for p in role.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and any(c.dep_ in ("det", "poss") for c in o.children)}
        # (beside it in its own sentence: not "... Dunleavy-Hakimi said. According to X, quoting the head of the
        # Weather Bureau, ...")
        return not of_what or any(of_what <= {t.lower_ for t in self.doc[max(self.doc[m.i].sent.start, m.i - 10) : min(
            self.doc[m.i].sent.end, m.i + 10)]} for m in self.mentions if m.name == name and (m.i > role.i if later
                                                                                            else m.i < role.i))

    @staticmethod
    def same_kind_of_body(noun: str, other: str) -> bool:
        """Do two organisation nouns name the same kind of body ('union' and 'federation', 'agency' and 'corps')?"""
        return other in _kindred(noun)

    def holds_another_office(self, lemma: str, name: str) -> bool:
        """Is *name* described with an office other than *lemma* and never with *lemma* ('Ingrid X, the interior
        minister,' is no 'governor')?"""
        held = self.descriptors.get(name, set())
        return lemma in _OFFICES and bool(held & _OFFICES) and lemma not in held

    def _described(self, before: int, lemma: str) -> str | None:
        """The person last described with the role *lemma* ('The regional governor, X,' for 'the governor'): in
        the same live-blog entry first, else in an earlier entry (a role stays with its holder all day)."""
        floor = self.entry_start(before)
        # across entries the role must carry its own modifiers: "the Democratic presidential nominee" is not
        # the "Republican presidential nominee Donald Trump" of an earlier entry
        own = {c.lower_ for c in self.doc[before].children if c.dep_ in ("amod", "compound")}
        earlier: str | None = None
        for m in reversed(self.mentions):
            if m.i < before and m.kind == "person" and lemma in self.descriptors.get(m.name, ()):
                if not self.role_of_fits(self.doc[before], m.name):
                    continue
                if m.i >= floor:
                    return m.name
                around = {t.lower_ for t in self.doc[max(0, m.i - 8) : m.i + 8]}
                if earlier is None and own <= around:
                    earlier = m.name
        return earlier

    def described_later(self, role: Token) -> str | None:
        """'an address that the leader of the opposition dismissed as ...' before 'The leader of the opposition Land
        and Labour Party, Miroslava X, went further': the one holder of the role the story names later."""
        lemma = role.lemma_.lower()
        if not any(c.lower_ == "the" for c in role.children) or not is_person_role(role) or role.tag_ != "NN":
            return None
        later = {m.name for m in self.mentions if m.i > role.i and m.kind == "person"
                 and lemma in self.descriptors.get(m.name, ())}
        name = next(iter(later)) if len(later) == 1 else None
        return name if name is not None and self.role_of_fits(role, name, later=True) else None

    def _org_named(self, before: int, lemma: str) -> str | None:
        floor = self.entry_start(before)
        stem = _agent_stem(lemma) if self.doc[before].tag_ == "NNS" else None
        for m in reversed(self.mentions):
            if floor <= m.i < before and m.kind == "organization":
                words = m.name.lower().split()
                # ("the railway" of "Astrenian State Railways")
                if lemma in words or f"{lemma}s" in words or lemma in self.org_descriptors.get(m.name, ()):
                    return m.name
                if words[-1] in _FORCE_NAMES.get(lemma, ()):
                    return m.name  # "The Malvenian Border Police see it differently. ... the force said"
                # "the inspectors" of the Inspectorate, "the auditors" of the Audit Office: the staff of a body
                # named after what they do speak for it
                if stem and any(w.startswith(stem) for w in words):
                    return m.name
        # ("09:20 - The observatory has raised its alert", the Galdorian Volcano Observatory named in an earlier
        # entry of a live page: the one body named so before, whatever entry named it)
        if floor > 0:
            earlier = {m.name for m in self.mentions if m.i < floor and m.kind == "organization"
                       and lemma in m.name.lower().split() and self.table.label_of(m.name) == "ORG"}
            if len(earlier) == 1 and not any(m.kind == "organization" and lemma in m.name.lower().split()
                                             for m in self.mentions if floor <= m.i < before):
                return earlier.pop()
        # "More than 1,000 have fled, the Relief Corps for Displaced People said. The agency said ...": an
        # organisation that spoke in the sentence before, whose name uses no other organisation noun
        tok = self.doc[before]
        # ("The conservation group Blue Margin estimates ... The fisheries ministry puts it lower": a body described by
        # its own words is another one)
        # (and by what it is of: "the ministry of farming" is not the engineering firm that spoke before)
        own = describing_words(tok) | {o.lower_ for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                       for o in p.children if o.dep_ == "pobj" and o.is_alpha}
        if lemma in ORG_NOUNS and tok.tag_ == "NN":
            here = tok.sent.start
            prev = [sn for sn in self._sents() if sn.end <= here][-1:]
            for m in reversed(self.mentions):
                title_word = self.doc[m.i].dep_ == "compound" and is_person_role(self.doc[m.i].head)
                if prev and prev[0].start <= m.i < prev[0].end and m.kind == "organization" and self._speaks(m.i) \
                        and not set(m.name.lower().split()) & (ORG_NOUNS - _kindred(lemma)) and m.i >= floor \
                        and self.table.label_of(m.name) == "ORG" and not title_word \
                        and not (lemma not in _NEWS_SITE_NOUNS and self._news_outlet(m.name)) \
                        and not own - set(m.name.lower().split()):
                    # (not "Operations Director"; not the news site that reported on the company)
                    return m.name
            # "That is not what the Committee for Open Newsrooms has counted. The media-freedom group, which ...,
            # said": a group described right after the one body the sentence before had as its subject
            bodies = [m for m in self.mentions if prev and prev[0].start <= m.i < prev[0].end
                      and m.kind == "organization"]
            if lemma == "group" and len({m.name for m in bodies}) == 1 and bodies[0].is_subject and \
                    bodies[0].i >= floor and self.table.label_of(bodies[0].name) == "ORG" and \
                    not self._news_outlet(bodies[0].name):
                return bodies[0].name
        # "the fire service" for the Brackwater Fire and Rescue Service named in an earlier entry: a description
        # whose every word is in one organisation's name
        described = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        if described:
            described.add(lemma)
            names = {m.name for m in self.mentions if m.i < before and m.kind == "organization"
                     and described <= set(m.name.lower().split())}
            if len(names) == 1:
                return names.pop()
        if not any(m.i < before and m.kind == "organization" and lemma in m.name.lower().split()
                   for m in self.mentions):
            # ("01:45 — Figures published by the board show ...", on a page running newest first whose earlier
            # entry, further down, named the Solvannian Election Board): the one body so named on the page;
            # elsewhere ("the train crews' union blamed ... The Railway Crews' Union put the toll higher") one
            # whose name also holds a word that described it
            words = {w.rstrip("'’") for w in described | {c.lower_ for c in tok.children if c.dep_ in ("amod", "poss")
                                                           and c.pos_ in ("NOUN", "ADJ")}} - {lemma}
            later = {m.name for m in self.mentions if m.kind == "organization" and lemma in m.name.lower().split()
                     and self.table.label_of(m.name) == "ORG" and (floor > 0 or words & {
                         w.rstrip("'’") for w in m.name.lower().split()})}
            if len(later) == 1:
                return later.pop()
        return None


# unnamed people described, not by a role: "A person familiar with the airline's operations said ... he said"
_SOMEONE = frozenset({"person", "man", "woman", "source", "insider"})


def _someone_described(cand: Token, pronoun: str) -> bool:
    """'A former deckhand on one of the trawlers, reached by telephone, said ... He said': whoever a speech verb's
    subject describes with 'a' and a noun for no body or document is the one 'he' or 'she' goes on with."""
    # (not a body inside what someone said: "X said an inquiry led by a retired judge would report")
    return pronoun in ("he", "she") and cand.head.lemma_ in SPEECH_VERBS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in cand.children) and \
        cand.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS | REPORT_NOUNS | _INSTITUTIONS


def _met_or_spoken_to(tok: Token) -> bool:
    """The object of a meeting or talk: 'met the secretary', 'spoke to the minister', 'talked with the chief'."""
    return tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with")
                                  and tok.head.head.lemma_.lower() in ("speak", "talk", "chat", "meet"))


def _trading_name(name: str) -> bool:
    """'Rookstone Properties', 'Tallis Holdings': a name that says it is a company's."""
    return name.split()[-1].lower() in COMPANY_WORDS
