"""Resolve who a speaker mention refers to, within one document.

"he", "the researcher", "Jia", "NIS sources", "the report" are turned into
the fullest name the document gives ("Oliver Jia", "National Intelligence
Service", "USA Today"); the words of the mention are kept on the Party.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from heuer.extract.ages import age_phrase, person_of_age
from heuer.extract.attribution import (
    FINDING_VERBS,
    MOUTHPIECES,
    carried_by,
    document_before_aside,
    hearing_body,
    name_phrase_end,
    reader_of_a_statement,
    reporting_subject,
)
from heuer.extract.entities import PLACE_NOUNS, TITLES, EntityTable, is_role_word
from heuer.extract.lexicon import (
    GROUP_PRONOUNS,
    ORG_NOUNS,
    ORIGIN_MARKERS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PROXY_NOUNS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    STUDY_AUTHORS,
    is_report_noun,
)
from heuer.extract.nlp import doc_text
from heuer.extract.org_nouns import (
    GENERIC_ORG_NOUNS,
    NEWSPAPER_NOUNS,
    OUTLET_NOUNS,
    OWN_WORK_NOUNS,
    is_own_outlet,
    named_modifier,
    own_work_name,
)
from heuer.extract.quotes import inside_quotes
from heuer.extract.speaker_lookups import (
    ORG_LABELS,
    SEEN_VERBS,
    NamingLookups,
    clean_np_text,
    is_person_role,
    names_opening_with,
    noun_phrase,
)
from heuer.model import Party, PartyType

_REVEAL_REACH = 150  # tokens: "an official" is the one "The official, X," names only a few sentences on
# nouns for a person a story keeps unnamed: "the source" is the one it introduced just before
_ANONYMOUS_NOUNS = frozenset({"source", "insider", "whistleblower", "informant"})
# a body's role towards a thing it runs ("its operator said"), and the verbs that say so of a named body
_RUNNER_NOUNS = frozenset({"operator", "owner", "manager", "landlord"})
_OPERATING_VERBS = frozenset({"run", "operate", "own", "manage"})


@dataclass
class _Mention:
    i: int
    name: str
    kind: PartyType
    is_subject: bool


# verbs of answering: the one who answers is not the one who asked
_ANSWERS = frozenset({"reply", "answer", "respond", "retort"})


# the words a police force's name ends in ("Helvard National Police", "the Sarethian Police Directorate"; not a
# police officers' union such as a "Police Federation")
_POLICE_FORCE_ENDS = frozenset({"police", "constabulary", "gendarmerie", "directorate", "department", "service",
                                "force"})


# what one person writes ("Rolfe's letter says", "Quested's reply")
_WRITTEN_BY_ONE = frozenset({"letter", "reply", "email", "memo", "note", "message", "response", "post", "tweet"})


# the words for a relative ("a daughter of the toymaker")
_KIN_NOUNS = frozenset({"daughter", "son", "widow", "widower", "wife", "husband", "sister", "brother", "mother",
                        "father", "niece", "nephew", "granddaughter", "grandson", "cousin", "child"})


def _forms(noun: str) -> set[str]:
    """A noun and its plural ('actuary', 'actuaries')."""
    return {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun + "s"}


def _is_police_force(name: str) -> bool:
    """Is *name* a police force's ("Pelgrane Constabulary", "Sarethian Police Directorate")?"""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in _POLICE_FORCE_ENDS and bool(
        {"police", "constabulary", "gendarmerie"} & set(words))


class SpeakerResolver(NamingLookups):
    """Per-document resolution of speaker mentions to canonical parties."""

    def __init__(self, doc: Doc, table: EntityTable, outlet: str | None = None) -> None:
        self.doc = doc
        self.table = table
        self.outlet = outlet
        self.mentions: list[_Mention] = []
        self._revealed_roles: dict[str, tuple[str, str, int]] = {}  # role noun -> name, type, where an apposition gives it
        self.descriptors: dict[str, set[str]] = {}
        self.org_descriptors: dict[str, set[str]] = {}
        self.reports: list[tuple[int, str, str]] = []  # (token index, noun lemma, party name)
        self._antecedent_i = 0
        self._quoted_at: dict[int, bool] = {}
        self.entries = entry_starts(doc)
        self._sent_list: list[Span] | None = None
        self._sent_starts: list[int] = []
        self._chain_memo: dict[int, Party | None] = {}
        self._revealed: dict[str, str] | None = None  # an unnamed one's designation -> the name the text reveals
        self._names_taken: dict[int, str] | None = None  # noun -> the name a "who call themselves X" clause gives it
        self._index()

    # -- indexing -------------------------------------------------------------------------------
    def _index(self) -> None:
        seen: set[tuple[int, str]] = set()
        for tok in self.doc:
            name = self.table.token_entity.get(tok.i)
            if not name:
                continue
            rec = self.table.records[name]
            head = tok
            while head.head.i != head.i and self.table.token_entity.get(head.head.i) == name:
                head = head.head
            if (head.i, name) in seen:
                continue
            seen.add((head.i, name))
            kind: PartyType = "person" if rec.label == "PERSON" else "organization"
            subj = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")
            ) or head.dep_ == "pobj" and head.head.dep_ == "agent"  # ("were first raised by X": X did it)
            if is_own_outlet(name, self.outlet):
                continue  # "The Post understands": the paper itself is no party its pronouns or nouns refer to
            self.mentions.append(_Mention(head.i, name, kind, subj))
            if rec.label == "PERSON":
                self._collect_descriptors(head, name)
            else:
                self._collect_org_descriptors(head, name)
            # "a USA Today report", "the ministry's statement"
            if head.dep_ in ("compound", "poss", "nmod") and head.head.lemma_.lower() in REPORT_NOUNS:
                self.reports.append((head.head.i, head.head.lemma_.lower(), name))
        for tok in self.doc:
            if tok.i not in self.table.token_entity and _name_given_before_cue(tok):
                # "A 19-year-old who gave his name only as Omid said ...", the name untagged and read as the subject
                self.mentions.append(_Mention(tok.i, tok.text, "person", True))
            elif tok.i not in self.table.token_entity and tok.pos_ in ("PROPN", "NOUN") and tok.is_title and \
                    tok.dep_ in ("nsubj", "nsubjpass") and not self._quoted(tok.i):
                # "Spratling said ...", a known person's surname the tagger left untagged in this sentence
                known = self.table.person_by_surname(tok.text)
                if known is not None:
                    self.mentions.append(_Mention(tok.i, known.name, "person", True))
        self.mentions.sort(key=lambda m: m.i)
        for tok in self.doc:
            # "Human Rights Watch published its annual review": the publisher issues the document
            if (tok.lemma_.lower() in REPORT_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                    and tok.head.lemma_ in _ISSUE_VERBS):
                issuer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                nm = None
                if issuer is not None:
                    nm = self.table.token_entity.get(issuer.i) or (
                        clean_np_text(noun_phrase(issuer, keep_preps=False)) if issuer.pos_ == "PROPN" else None)
                    if nm is None and issuer.pos_ == "NOUN" and not is_person_role(issuer):
                        nm = self._appos_entity(issuer, "ORG")  # "The satellite firm Skyrend published images"
                if nm:
                    self.reports.append((tok.i, tok.lemma_.lower(), nm))
            # "the Office of the Auditor General said in a report published on Friday": the speaker issued it
            if (tok.lemma_.lower() in REPORT_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "pobj"
                    and tok.head.lower_ in ("in", "through") and tok.head.head.lemma_ in SPEECH_VERBS | _ISSUE_VERBS):
                # "the aid agency Hearthway Aid International said in a report" (parsed with two subjects)
                nm = next((self.table.token_entity.get(c.i) or self._appos_entity(c, "ORG")
                           for c in tok.head.head.children if c.dep_ == "nsubj"
                           and (c.i in self.table.token_entity or self._appos_entity(c, "ORG"))), None)
                if nm and self.table.records[nm].label != "PERSON":
                    self.reports.append((tok.i, tok.lemma_.lower(), nm))
                elif nm is None:
                    # "Analysts at Ambersley Securities estimated in a note to clients": the people of a body
                    staff = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                                  and c.pos_ == "NOUN" and self._of_a_body(c)), None)
                    if staff is not None:
                        self.reports.append((tok.i, tok.lemma_.lower(),
                                             clean_np_text(noun_phrase(staff, keep_preps=True))))
            # "according to a large study ... The researchers, from the University of X, followed ...": the
            # study's authors name the body behind it
            if tok.lemma_.lower() in STUDY_AUTHORS and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("from", "at"):
                        body = next((self.table.token_entity.get(t.i) for t in prep.subtree
                                     if self.table.label_of(self.table.token_entity.get(t.i) or "") == "ORG"), None)
                        if body:
                            self.reports.extend((tok.i, noun, body) for noun in _STUDIES)
            # "the report by X", "a statement from X"
            if tok.lemma_.lower() in _GATHERED and tok.tag_ == "NNS" and not is_report_noun(tok):
                issuer_name = self._issued_by(tok)  # "according to prices collected by the network"
                if issuer_name:
                    self.reports.append((tok.i, tok.lemma_.lower(), issuer_name))
            if (is_report_noun(tok) or tok.lemma_.lower() in _TRIALS | _PUBLISHED_MEASURES) and tok.pos_ == "NOUN":
                issuer_name = self._issued_by(tok)  # "a report published on Tuesday by X", "figures published by X"
                if issuer_name:
                    self.reports.append((tok.i, tok.lemma_.lower(), issuer_name))
                maker = _untagged_maker(tok) or self._org_by_its_first_word(tok)
                if maker is not None and tok.i not in self.table.token_entity:
                    self.reports.append((tok.i, tok.lemma_.lower(), maker))  # "A Halberg Opinion survey put ..."
                preps = list(tok.children)
                # ("internal emails and spreadsheets from the council's contractor": papers listed, from one sender)
                preps += [c for conj in tok.children if conj.dep_ == "conj" and conj.pos_ == "NOUN"
                          for c in conj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    # "The memo, from chief executive X, said": parsed as hanging from the verb
                    preps += [c for c in tok.head.children if tok.i < c.i < tok.head.i and c.lower_ == "from"]
                # "A survey of 1,850 adults by Pollstead Research": the author hung on the ones surveyed
                preps += [by for of in tok.children if of.dep_ == "prep" and of.lower_ == "of"
                          for obj in of.children if obj.dep_ == "pobj"
                          for by in obj.children if by.dep_ == "prep" and by.lower_ == "by"]
                # "a report the council commissioned from the consultants X": the ones it was ordered from wrote it
                ordered = [p for rc in tok.children if rc.dep_ == "relcl" and rc.lemma_ in _ORDERING_VERBS
                           for p in rc.children if p.dep_ == "prep" and p.lower_ == "from"]
                for obj in (o for p in ordered for o in p.children if o.dep_ == "pobj"):
                    nm = next((self.table.token_entity[t.i] for t in obj.subtree if t.i in self.table.token_entity),
                              None)
                    if nm is not None:
                        self.reports.append((tok.i, tok.lemma_.lower(), nm))
                for prep in preps:
                    if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                        for obj in prep.children:
                            # "a review by the consultancy Marlowe & Finch": the name beside the describing noun
                            nm = self.table.token_entity.get(obj.i) or (
                                self._appos_entity(obj, "ORG") if obj.pos_ == "NOUN" else None) or (
                                self._name_right_after(obj, "ORG") if obj.pos_ == "NOUN" and prep.lower_ == "by"
                                else None)
                            named_author = None
                            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_role_word(obj.text):
                                named_author = self._appos_entity(obj, "PERSON")
                                nm = named_author or next(
                                    (self.table.token_entity[t.i] for t in obj.subtree if t.i > obj.i
                                     and t.i in self.table.token_entity
                                     and self.table.label_of(self.table.token_entity[t.i]) == "PERSON"), None)
                            # "a memo from chief executive X": a person writes letters, memos and emails; "a report
                            # by the prisons ombudsman, X": an office-holder named beside her role wrote it
                            # ("The independent review by Fotini X at the University of Y": the one who did it)
                            if obj.dep_ == "pobj" and nm and (self.table.records[nm].label != "PERSON"
                                                              or tok.lemma_.lower() in _PERSONAL_DOCS
                                                              or named_author is not None and prep.lower_ == "by"
                                                              or prep.lower_ == "by" and obj.pos_ == "PROPN"):
                                self.reports.append((tok.i, tok.lemma_.lower(), nm))
        self.mentions.sort(key=lambda m: m.i)
        self.reports.extend(self._issuers_named_next())
        self.reports.extend(self._makers_told_next())
        self.reports.sort(key=lambda r: r[0])
        self.gender = self._genders()

    def _issuers_named_next(self) -> list[tuple[int, str, str]]:
        """'..., according to a press release issued on Tuesday. The Drumavian Nuclear Safety Commission said ...':
        a document cited without its issuer is the one of the organisation that speaks first in the next
        sentence."""
        found = []
        known = {i for i, _noun, _party in self.reports}
        for tok in self.doc:
            if tok.i in known or tok.pos_ != "NOUN" or not is_report_noun(tok) or tok.dep_ != "pobj" or \
                    tok.head.lower_ != "to" or tok.head.head.lower_ != "according" or \
                    not {c.lower_ for c in tok.children if c.dep_ == "det"} & {"a", "an"}:
                continue
            if any(c.dep_ == "acl" and c.lemma_ in _SEEN_VERBS for c in tok.children):
                continue  # ("according to a board paper seen by the union": a leaked paper, no next speaker's)
            here = self._sent_index(tok.i)
            sents = self._sents()
            if here + 1 >= len(sents) or sents[here + 1].start >= self.entry_end(tok.i):
                continue
            nxt = sents[here + 1]
            first = next((m for m in self.mentions if nxt.start <= m.i < nxt.end), None)
            if first is not None and first.kind == "organization" and self._speaks(first.i):
                found.append((tok.i, tok.lemma_.lower(), first.name))
        return found

    def _makers_told_next(self) -> list[tuple[int, str, str]]:
        """'according to records released to Thimblewick ... The records were supplied by the X Trust': a document
        cited without its maker is the one of the body the next sentences say supplied, wrote or issued it."""
        found = []
        known = {i for i, _noun, _party in self.reports}
        sents = self._sents()
        for tok in self.doc:
            if tok.i in known or tok.pos_ != "NOUN" or not is_report_noun(tok) or \
                    any(c.dep_ in ("poss", "compound") for c in tok.children):
                continue
            here = self._sent_index(tok.i)
            for nxt in sents[here + 1 : here + 3]:
                maker = next((m for cand in nxt if cand.lemma_ == tok.lemma_ and cand.dep_ == "nsubjpass"
                              and any(c.lower_ == "the" for c in cand.children)
                              and cand.head.lemma_ in _ISSUE_VERBS | _GIVING_VERBS | _AUTHOR_VERBS
                              for agent in cand.head.children if agent.dep_ == "agent"
                              for obj in agent.children if obj.dep_ == "pobj"
                              for m in [self._maker_of(obj, cand.head)] if m is not None), None)
                if maker is not None:
                    found.append((tok.i, tok.lemma_.lower(), maker))
                    break
        return found

    def _document_part_of(self, tok: Token) -> Token | None:
        """'An entry two hours later reads: ...' after 'The Gannetsholm's log records ...': a part of a document
        (an entry, a passage, a page) speaks as the document the sentences just before were about."""
        if tok.lemma_.lower() not in _DOCUMENT_PARTS or tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or \
                any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") or c.dep_ == "poss" for c in tok.children):
            return None  # (not "Its front page showed ...": the owner's own page)
        sents = self._sents()
        here = self._sent_index(tok.i)
        floor = sents[max(0, here - 2)].start
        return next((t for t in reversed(self.doc[floor : tok.i]) if t.pos_ == "NOUN" and is_report_noun(t)
                     and t.lemma_.lower() not in _DOCUMENT_PARTS), None)

    def _org_by_its_first_word(self, doc_noun: Token) -> str | None:
        """'a Cinderhall payroll ledger', after the Cinderhall Group: an organisation the text names in full, called
        by its first word before one of its documents."""
        for word in self.doc[doc_noun.left_edge.i : doc_noun.i]:
            if word.pos_ != "PROPN" or word.i in self.table.token_entity or word.dep_ != "compound" or \
                    word.head.i != doc_noun.i:
                continue  # (not inside an owner's name: "The Norvastan foreign ministry's account")
            orgs = {r.name for r in self.table.records.values() if r.label == "ORG" and len(r.name.split()) > 1
                    and r.name.split()[0] == word.text}
            if len(orgs) == 1:
                return orgs.pop()
        return None

    def _author_of_same_document(self, tok: Token, floor: int) -> Party | None:
        """'a confidential report by the university's research integrity panel ... The 84-page report found': the
        body the same document was said to be by, or made by, a few sentences before."""
        lemma = tok.lemma_.lower()
        start = max(floor, tok.sent.start - _REPORT_WINDOW)
        earlier = next((t for t in reversed(self.doc[start : tok.sent.start])
                        if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
        if earlier is None:
            return None
        by = self._body_it_is_by(earlier)
        if by is not None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
            return by
        # ("According to a Cinderhall payroll ledger ... The ledger lists": the body that made it)
        maker = self.resolve(earlier)
        return maker if maker.type == "organization" and maker.name in self.table.records else None

    def _sender_of_a_message_before(self, tok: Token) -> Party | None:
        """'a message from the Tormerian Civil Alert Office warning that ...' then 'A second message has gone out to
        phones, reading: "..."': a message with no sender of its own comes from the one an earlier message of the
        story was said to come from."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _MESSAGES or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return None
        for earlier in reversed(self.doc[max(0, tok.sent.start - _REPORT_WINDOW) : tok.i]):
            if earlier.pos_ != "NOUN" or earlier.lemma_.lower() not in _MESSAGES:
                continue
            sender = next((g for c in earlier.children if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj"), None)
            if sender is not None:
                party = self.resolve(sender)
                return party if party.type == "organization" else None
        return None

    def _keeper_of_records(self, tok: Token) -> Party | None:
        """'citing readings from the board's own roadside sensors', 'records kept by the operator': the body whose
        instruments or books the readings come from speaks through them."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _RECORDS:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            else:
                continue
            owner = next((g for g in obj.children if g.dep_ == "poss" and g.tag_ != "PRP$"), None) \
                if obj is not None else None
            for body in (owner, obj):
                if body is not None and (body.pos_ == "PROPN" or body.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS):
                    party = self.resolve(body)
                    if party.type == "organization" and party.name.lower() != body.lower_:
                        return party
        return None

    def _issuer_met_before(self, tok: Token) -> Party | None:
        """'Leaders ... ended their summit with a communique that pledged ... The communique says': the party whose
        clause brought the same document in earlier; 'The tribunal found X guilty ... The judgment says': the court
        that gave it."""
        if not {c.lower_ for c in tok.children if c.dep_ == "det"} & {"the", "this"} or \
                any(c.dep_ in ("poss", "compound") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for cand in reversed(self.doc[self.entry_start(tok.i) : tok.i]):
            if lemma in _COURT_PAPERS and cand.dep_ == "nsubj" and cand.lemma_.lower() in _COURTS:
                return self.resolve(cand)
            if cand.lemma_.lower() != lemma or cand.pos_ != "NOUN":
                continue
            verb = cand.head.head if cand.dep_ == "pobj" and cand.head.lower_ in ("with", "in") else cand.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if cand.dep_ in (
                "dobj", "pobj") and verb.pos_ == "VERB" and verb.lemma_ in _ISSUING_VERBS else None
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or is_report_noun(subject):
                return None
            return self.resolve(subject)
        return None

    def _sender_of_document_before(self, sent: Span) -> Party | None:
        """The body that sent, issued or published the document a sentence is about ('The city sent a letter')."""
        root = sent.root
        if root.lemma_ not in _SENDING_VERBS:
            return None
        document = next((c for c in root.children if c.dep_ == "dobj" and is_report_noun(c)), None)
        sender = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if document is None or sender is None or sender.pos_ not in ("NOUN", "PROPN"):
            return None
        party = self.resolve(sender)
        if party.type == "organization" or sender.lemma_.lower() in ORG_NOUNS | PLACE_NOUNS:
            return Party(party.name, "organization", party.name)
        return None

    @staticmethod
    def _name_given(tok: Token) -> str | None:
        """The name set after "his first name," or "her name," in apposition to a described person."""
        if tok.pos_ != "NOUN":
            return None
        doc = tok.doc
        # (the parser hangs the name on the person or on "name" itself)
        names = [t for t in tok.subtree if t.lemma_.lower() == "name" and t.i > tok.i]
        for appos in [*tok.children, *(c for n in names for c in n.children)]:
            start = appos.left_edge.i
            if appos.dep_ == "appos" and appos.pos_ == "PROPN" and start >= 2 and doc[start - 1].text == "," and \
                    doc[start - 2].lemma_.lower() == "name" and all(t.pos_ == "PROPN" for t in doc[start : appos.i + 1]):
                return doc[start : appos.i + 1].text
        # "a student named only as Lioba", "a guard identified only as Remi": a name the person goes by
        for clause in tok.children:
            if clause.dep_ == "acl" and clause.lower_ in ("named", "identified", "known", "described") and any(
                    c.lower_ == "only" for c in clause.subtree):
                name = next((o for p in clause.subtree if p.lower_ == "as" for o in p.children
                             if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.is_title), None)
                if name is not None:
                    return doc[name.left_edge.i : name.i + 1].text
        return None

    def _body_it_is_by(self, doc_noun: Token) -> Party | None:
        """'a confidential report by the university's research integrity panel', 'Inspection reports from the
        agency's northern office': the body, named by its noun and owner only, that the document is by or from
        (an office or branch of a body speaks as that body)."""
        for prep in doc_noun.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from") else None
            if obj is None or obj.pos_ != "NOUN":
                continue
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            if owner is not None and obj.lemma_.lower() in _BRANCHES:
                obj = owner
            if is_person_role(obj) and obj.tag_ == "NN" and any(c.dep_ == "poss" for c in obj.children):
                # ("an internal memo from its chief executive": the named holder of the owner's post)
                holder = self.resolve(obj)
                if holder.type == "person" and holder.name in self.table.records:
                    return holder
                continue
            if obj.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS:
                continue
            party = self.resolve(obj)
            if party.type == "organization" and party.name.lower() != obj.lower_:
                return party
        return None

    def _person_after_role_comma(self, role: Token) -> str | None:
        """'by the head of the survey team, Ignatz Pugh,': the person named after the comma that ends the role's
        phrase, however the parser hung the name."""
        comma = role.right_edge.i + 1
        if comma + 1 >= len(self.doc) or self.doc[comma].text != ",":
            return None
        name = self.table.token_entity.get(comma + 1)
        return name if name and self.table.label_of(name) == "PERSON" else None

    def _name_right_after(self, tok: Token, label: str) -> str | None:
        """'an investigation by the fact-checking site VeriTal': the name just after a describing noun, however
        the parser hung it."""
        after = tok.right_edge.i + 1
        name = self.table.token_entity.get(after) if after < len(self.doc) else None
        return name if name and self.table.label_of(name) == label else None

    def _author_of_one_of(self, tok: Token) -> str | None:
        """'The largest of the surveys, by Trendmark': one of several documents, with its author named by 'by'."""
        if tok.pos_ != "ADJ" or not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and is_report_noun(g) for g in c.children) for c in tok.children):
            return None
        for by in tok.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                name = next((self.table.token_entity.get(g.i) for g in by.children if g.dep_ == "pobj"), None)
                if name and self.table.label_of(name) == "ORG":
                    return name
        return None

    @staticmethod
    def _role_beside(tok: Token) -> bool:
        """'The chief arbiter, Domitila X,': a name in apposition with a person's role, whatever the tagger took
        it for."""
        return tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and is_role_word(tok.head.text) or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and is_role_word(c.text) for c in tok.children)

    def _of_a_body(self, noun: Token) -> bool:
        """'analysts at Ambersley Securities': a plural noun for people whose "at/from/of" phrase names a body."""
        return any(p.dep_ == "prep" and p.lower_ in ("at", "from", "of") and any(
            self.table.label_of(self.table.token_entity.get(t.i) or "") == "ORG" for t in p.subtree)
            for p in noun.children)

    def _genders(self) -> dict[str, str]:
        """'m' or 'f' for the persons whose gender the text shows: a gendered title or role beside the name
        ('Mrs', 'chairwoman', 'her husband ... the painter X'), or the first he/she the sentence naming them
        (or, when it names nobody else, the next one) uses before anyone else is named ('Asante-McLeish said his
        striker ...', 'Bettina K, was furious. She told reporters ...')."""
        votes: dict[str, list[str]] = {}
        weak: dict[str, list[str]] = {}
        persons = [m for m in self.mentions if m.kind == "person"]
        sents = self._sents()
        for k, m in enumerate(persons):
            head = self.doc[m.i]
            near = [t for t in self.doc[max(0, head.i - 9) : head.i]] + [c for c in head.children] + (
                [head.head] if head.dep_ == "appos" else [])
            for t in near:
                g = _GENDERED.get(t.lower_.rstrip("."))
                if g and (t.i >= head.i - 9 or t.dep_ == "appos"):
                    if t.i < head.i and t.i + 1 < head.i and self.doc[t.i + 1].lower_ == "of":
                        continue  # ("a daughter of the toymaker X": the relative is someone else)
                    if t.i < head.i and any(x.i in self.table.token_entity and self.table.token_entity[x.i] != m.name
                                            for x in self.doc[t.i : head.i]):
                        continue
                    votes.setdefault(m.name, []).append(g)
            if self._quoted(m.i):
                continue
            nxt_mention = persons[k + 1].i if k + 1 < len(persons) else len(self.doc)
            sent = head.sent
            idx = next((j for j, sn in enumerate(sents) if sn.start == sent.start), None)
            # the next sentence, or the next two when the first is all quoted words
            window_end = sents[min(idx + 2, len(sents) - 1)].end if idx is not None and idx + 1 < len(sents) else sent.end
            for t in self.doc[head.i + 1 : min(window_end, nxt_mention)]:
                g = _PRONOUN_GENDER.get(t.lower_)
                if g is None or self._quoted(t.i):
                    continue
                # objects ('ordered him to', 'worked alongside her') mostly stand for someone else
                if t.dep_ not in ("nsubj", "nsubjpass") and not (
                        t.dep_ == "poss" and t.i < sent.end and m.is_subject and head.head.lemma_ in SPEECH_VERBS):
                    continue
                if t.i < sent.end:
                    # 'X said she had ...' is often about the person the story is about: weak evidence
                    weak.setdefault(m.name, []).append(g)
                    continue
                first_subject = next((x for x in self.doc[sent.end : t.i + 1] if x.dep_ in ("nsubj", "nsubjpass")
                                      and not self._quoted(x.i)), None)
                # ("She married Lothar X, a ferry engineer, at 31. She retired at 70": the sentence's own "she" goes on)
                same_before = any(x.dep_ in ("nsubj", "nsubjpass") and _PRONOUN_GENDER.get(x.lower_) == g
                                  for x in self.doc[sent.start : head.i])
                # (a speaker the parser took for a body counts as someone else named: "The chief arbiter, Domitila
                # Hosegood, said ... that Endean had been escorted ... 'There is nothing here,' she said")
                if first_subject is not None and first_subject.i == t.i and not same_before and len(
                        {n.name for n in self.mentions if sent.start <= n.i < sent.end
                         and (n.kind == "person" or self._role_beside(self.doc[n.i]))}) == 1:
                    votes.setdefault(m.name, []).append(g)
                break
        out: dict[str, str] = {}
        for name, vs in weak.items():
            votes.setdefault(name, vs)
        for name, vs in votes.items():
            m_count, f_count = vs.count("m"), vs.count("f")
            if m_count != f_count:
                out[name] = "m" if m_count > f_count else "f"
        return out

    def _spoken_through_before(self, tok: Token) -> str | None:
        """'The culture minister, X, said through a spokeswoman that ... The spokeswoman said ...': a plain 'the
        spokeswoman' right after someone spoke through one is that someone's ('the culture minister's
        spokeswoman')."""
        if tok.lower_ not in MOUTHPIECES or tok.dep_ not in ("nsubj", "nsubjpass") or \
                [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "compound", "amod")] != ["the"]:
            return None
        k = self._sent_index(tok.i)
        for sn in reversed(self._sents()[max(0, k - 2) : k]):
            for t in sn:
                if t.lemma_ != tok.lemma_ or t.dep_ != "pobj" or t.head.lower_ != "through" or \
                        [c.lower_ for c in t.children if c.dep_ in ("det", "poss", "appos")] not in (["a"], ["an"]):
                    continue  # (one named, "through his lawyer, Ruth X,", is found by her name)
                verb = t.head.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
                    continue
                owner = " ".join(w.text for w in noun_phrase(subject, keep_preps=False)
                                 if w.dep_ not in ("punct", "appos") and not (w.head.dep_ == "appos"))
                owner = owner[0].lower() + owner[1:] if owner.split()[0] in ("The", "A", "An") else owner
                return f"{owner}'s {tok.lower_}"
        return None

    def _own_mouthpiece(self, tok: Token) -> str | None:
        """'Through his lawyer, Quincy Imrie, he said ...': the one named as the pronoun's own lawyer or spokesman
        in the same sentence is not the pronoun."""
        for noun in self.doc[tok.sent.start : tok.i]:
            # "Asked by Zwolinski whether that was unusual, she said ...", "In a statement read out by Tuckwell, she
            # thanked ...": not the one who asked, nor the one who read it out
            asker = noun if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.lemma_ in (
                "ask", "question", "press") and noun.head.head.tag_ == "VBN" else None
            other = asker if asker is not None else reader_of_a_statement(noun)
            named = self.table.token_entity.get(other.i) if other is not None else None
            if named is not None and self.table.label_of(named) == "PERSON":
                return named
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if owner is None or noun.lower_ not in MOUTHPIECES:
                continue
            named = self._appos_entity(noun, "PERSON") or self._person_after_role_comma(noun)
            if named is not None:
                return named
        return None

    def _turn_label_name(self, tok: Token) -> str | None:
        """The person whose transcript label ('EMMERICH JEFFRIES:') opens the line ``tok`` is in: in their own turn
        'he' and 'her' are someone else."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        colon = text.find(":", line_start, tok.idx)
        label = text[line_start:colon].split("(")[0].strip() if colon >= 0 else ""
        if not label or len(label.split()) > 4 or not label.replace(" ", "").replace("-", "").replace("'", "").isupper():
            return None
        record = self.table.lookup(label.title())
        return record.name if record is not None and record.label == "PERSON" else None

    def _agrees(self, name: str, pronoun: str) -> bool:
        g = _PRONOUN_GENDER.get(pronoun)
        known = self.gender.get(name)
        return g is None or known is None or known == g

    def _issued_by(self, tok: Token) -> str | None:
        """'a report published on Tuesday by the Inspectorate', 'the survey commissioned by X': the body
        named as the agent of a participle that modifies the document noun issued it."""
        # ("a memo seen by Countinghouse, written in June by ...": the parser may hang the second participle on
        # the first one's agent)
        contact = self._issuer_of_contact_clause(tok)
        if contact is not None:
            return contact
        verbs = [*tok.children, *(v for a in tok.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                                  for o in g.children if o.dep_ == "pobj" for v in o.children)]
        # ("A summary of the talks published by the president's office": the participle hung on what it is of)
        verbs += [v for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and not is_report_noun(o) for v in o.children
                  if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_ in _ISSUE_VERBS]
        for verb in verbs:
            if verb.dep_ == "relcl" and verb.lemma_ in _ISSUE_VERBS | _GIVING_VERBS and verb.i > tok.i and \
                    self.doc[verb.left_edge.i - 1].text != ",":
                # "according to figures the ministry released to Corvantis Wire": the subject of a relative
                # clause that issues the document (not "the memo, which Bytegauge published in full": an outlet
                # passing on another's document)
                for subj in verb.children:
                    made = self._maker_of(subj, verb) if subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") \
                        else None
                    if subj.dep_ == "nsubj" and subj.lower_ == "it" and subj.i > tok.i:
                        # "according to figures it publishes": the body "it" stands for
                        body = self._it_antecedent(subj)
                        made = body.name if body is not None and body.type == "organization" else None
                    if made is not None:
                        return made
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _ISSUE_VERBS | _AUTHOR_VERBS:
                continue
            # "a technical report commissioned by the inquiry from the National Structures Laboratory": the body it was
            # commissioned from wrote it
            # (the parser may hang "from ..." on the one who commissioned it)
            maker = next((self.table.token_entity.get(obj.i) for p in verb.subtree if p.dep_ == "prep" and
                          p.lower_ == "from" and verb.lemma_ == "commission" and p.head.i in (verb.i, *(
                              g.i for a in verb.children if a.dep_ == "agent" for g in a.children))
                          for obj in p.children if obj.dep_ == "pobj" and obj.i in self.table.token_entity), None)
            if maker is not None and self.table.label_of(maker) != "PERSON":
                return maker
            # ("prepared for ministers by the directorate": the parser may hang the agent on the ones it was for)
            hung = [g for p in verb.children if p.dep_ == "prep" and p.lower_ != "by" for o in p.children
                    if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep" and g.lower_ == "by"]
            for agent in [*verb.children, *hung]:
                if verb.lemma_ == "commission" and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
                    break  # "A report by the X Laboratory, commissioned by Y": Y paid for it, X wrote it
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    for obj in agent.children:
                        made = self._maker_of(obj, verb) if obj.dep_ == "pobj" else None
                        if made is not None and verb.lemma_ == "commission":
                            # ("a report commissioned by the union ... The union's report, written by the firm X,
                            # says": the one who wrote it, named later, speaks in it)
                            made = self._writer_named_later(tok) or made
                        if made is not None and self.table.label_of(made) == "PERSON" and self._owned_by_a_body(tok):
                            return None  # ("The institute's report, written by its economist X, says": the body's)
                        if made is not None:
                            return made
        return None

    def _owned_by_a_body(self, tok: Token) -> bool:
        """Does a body own the document ('The institute's report', 'Harwell's study')?"""
        return any(c.dep_ == "poss" and (c.lemma_.lower() in ORG_NOUNS or self.table.label_of(
            self.table.token_entity.get(c.i) or "") == "ORG") for c in tok.children)

    def _writer_named_later(self, tok: Token) -> str | None:
        """The body or person a later mention of the same document noun says wrote it ('The union's report, written
        by the actuarial firm X, says ...'), within the next few paragraphs."""
        for later in self.doc[tok.i + 1 : min(len(self.doc), tok.i + 200)]:
            if later.lemma_ != tok.lemma_ or later.pos_ != "NOUN":
                continue
            for verb in later.children:
                if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in ("write", "prepare", "produce",
                                                                                    "draft", "compile", "author"):
                    continue
                for agent in verb.children:
                    if agent.dep_ != "agent":
                        continue
                    for obj in agent.children:
                        name = self.table.token_entity.get(obj.i) or (
                            self._appos_entity(obj, "ORG") or self._name_right_after(obj, "ORG")
                            if obj.pos_ == "NOUN" else None)
                        if name:
                            return name
        return None

    def _issuer_of_contact_clause(self, tok: Token) -> str | None:
        """'according to figures the party published in February', 'accounts the trust filed with the board': the
        body that a clause right after the document noun, with no relative word, says issued it (the parser reads
        such a clause as an apposition or a second object, the verb hung on the body)."""
        k = tok.i + 1
        if k + 2 >= len(self.doc) or self.doc[k].lower_ not in ("the", "its", "their"):
            return None
        body = self.doc[k + 1]
        verb = self.doc[k + 2]
        if body.pos_ != "NOUN" or body.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS or \
                verb.lemma_ not in _ISSUE_VERBS or verb.tag_ not in ("VBD", "VBN") or verb.head.i not in (body.i, tok.i):
            return None
        party = self.resolve(body)
        if party.type == "organization" and party.name.lower() not in (body.lower_, f"the {body.lower_}"):
            return party.name
        return self._maker_of(body, verb)

    def _maker_of(self, obj: Token, verb: Token) -> str | None:
        """The body or person that *obj*, the agent of *verb* (or its subject, in a relative clause), names as
        the maker of a document."""
        if obj.lower_ in ("show", "shows") and obj.pos_ == "NOUN":
            # ("Figures published by the office show that ...", read as "by the office show"): the office
            obj = next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), obj)
        nm = self.table.token_entity.get(obj.i)
        if nm is None and obj.pos_ == "NOUN" and is_role_word(obj.text):
            # "a memo written in June by the head of the survey team, X": the one named beside
            # the role wrote it
            author = self._appos_entity(obj, "PERSON") or self._person_after_role_comma(obj)
            if author is not None:
                return author
            if verb.lemma_ == "sign" and any(c.lower_ in ("a", "an") for c in obj.children):
                # "a detention order signed by a judge of the security court": the unnamed
                # office-holder who signed it
                return self.doc[obj.left_edge.i : name_phrase_end(obj)].text
        if nm is None and obj.lemma_.lower() in ORG_NOUNS:
            # "taken by the commercial operator Skylume": a body's name beside the noun, whatever
            # the tagger took it for (before any body the noun named earlier)
            named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None:
                return self.table.token_entity.get(named.i) or named.text
        if nm is None and obj.tag_ == "NN" and any(
                c.lower_ == "the" for c in obj.children) and obj.lemma_.lower() in ORG_NOUNS:
            nm = self._org_named(obj.i, obj.lemma_.lower()) or self._org_for_noun(obj)  # "... by the commission"
        if nm is None and obj.lemma_.lower() in STUDY_AUTHORS:
            nm = next((self.table.token_entity.get(t.i) for p in obj.children if p.dep_ == "prep"
                       and p.lower_ in ("at", "from") for t in p.subtree
                       if t.i in self.table.token_entity), None)  # "led by researchers at X"
        if nm is None and obj.lemma_.lower() in ORG_NOUNS and any(
                c.lower_ == "the" or c.dep_ == "poss" for c in obj.children):
            # "tables published by the finance ministry", "a briefing prepared by the ministry's
            # animal health directorate": a body the text names by its noun only
            owner = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
            nm = " ".join(t.text for t in obj.subtree if t.i <= obj.i and t.dep_ in ("compound", "amod")
                          and t.i not in owner or t.i == obj.i) or None
            holder = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN" and is_person_role(c)), None)
            if holder is not None:  # ("a summary published by the Pavrenian president's office": an office-holder's)
                nm = clean_np_text(self.doc[obj.left_edge.i : obj.i + 1])
        if nm is None and obj.lower_ == "police":
            nm = self.resolve(obj).name  # "a list released by the police": the force, or plain police
        if nm is None and obj.tag_ == "NNP" and obj.text[:1].isupper() and not is_role_word(obj.text) and \
                all(t.tag_ == "NNP" for t in obj.subtree if t.i < obj.i and t.dep_ == "compound"):
            # "The exit poll carried out by Pollwright for ...": a maker's name the tagger left untagged
            nm = " ".join(t.text for t in obj.subtree if t.i <= obj.i and (t.dep_ == "compound" or t.i == obj.i))
        if nm and self.table.label_of(nm) != "PERSON":
            return nm
        return None

    def _name_start(self, head: Token, name: str) -> Token:
        """The first token of the mention of ``name`` whose head is ``head``."""
        first = head
        while first.i > 0 and self.table.token_entity.get(first.i - 1) == name:
            first = self.doc[first.i - 1]
        return first

    def _collect_org_descriptors(self, head: Token, name: str) -> None:
        """'the monitoring group Borderwatch', 'Borderwatch, a monitoring group': the nouns an organisation is
        described with, so that a later 'the group said' can stand for it."""
        first = self._name_start(head, name)
        nouns = [t for t in (self.doc[first.i - 1] if first.i > 0 else None, head.head if head.dep_ == "appos"
                             else None) if t is not None]
        nouns += [c for c in head.children if c.dep_ == "appos"]
        nouns += self._described_after(head, name)
        called = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
        if head.dep_ in ("oprd", "attr", "pobj") and called.dep_ in ("acl", "relcl") and \
                called.lemma_ in ("call", "name", "know"):
            # "A group calling itself Cinder Choir", "a charity known as Open Door", "a group that calls itself X"
            nouns.append(called.head)
        for t in nouns:
            if t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS | OUTLET_NOUNS:
                self.org_descriptors.setdefault(name, set()).add(t.lemma_.lower())

    def _described_after(self, head: Token, name: str) -> list[Token]:
        """'the Centre for Strategic Cargo Studies (CSCS), a think tank in Sungdo': the noun of the description
        that follows the name, however the parser hung it."""
        doc = self.doc
        k = head.i + 1
        while k < len(doc) and self.table.token_entity.get(k) == name:
            k += 1
        if k < len(doc) and doc[k].text == "(":
            while k < len(doc) and doc[k].text != ")":
                k += 1
            k += 1
        if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
            return []
        run = []
        for t in doc[k + 2 : k + 7]:
            if t.pos_ not in ("NOUN", "ADJ", "PROPN") and t.tag_ != "HYPH":
                break
            run.append(t)
        return run[-1:] if run and run[-1].pos_ == "NOUN" else []

    def _role_of_body_before(self, first: Token) -> str | None:
        """'the governor of the Central Bank of Ostria, Marek X': the role noun whose 'of' phrase runs up to the comma
        before the name."""
        doc = self.doc
        if first.i < 4 or doc[first.i - 1].text != ",":
            return None
        k = first.i - 2
        while k > max(0, first.i - 12) and (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("of", "the", "for", "and")):
            k -= 1
        if doc[k].pos_ == "NOUN" and is_person_role(doc[k]) and doc[k + 1].lower_ == "of" and \
                any(doc[j].pos_ == "PROPN" for j in range(k + 2, first.i - 1)):
            return doc[k].lemma_.lower()
        return None

    def _collect_descriptors(self, head: Token, name: str) -> None:
        words = self.descriptors.setdefault(name, set())
        # "Minister of Health Teodora X", "Chief Medical Officer Y": role words written as a title before the name
        first = self._name_start(head, name)
        for t in reversed(self.doc[max(0, first.i - 5) : first.i]):
            if self.table.token_entity.get(t.i) == name and t.lower_.rstrip(".") in TITLES:
                words.add(t.lemma_.lower())  # "Councillor Dev Arnott-Clyde": a title inside the tagged name
                continue
            if t.is_punct or t.pos_ in ("VERB", "AUX", "DET") or t.pos_ == "ADP" and t.lower_ != "of" or \
                    t.i in self.table.token_entity and \
                    self.table.label_of(self.table.token_entity[t.i]) == "PERSON":
                break
            if is_role_word(t.text):
                words.add(t.lemma_.lower())
        role = self._role_of_body_before(first)
        if role is not None:  # "the governor of the Central Bank of Ostria, Marek X," (parsed as the bank's apposition)
            words.add(role)
        for child in head.children:
            if child.dep_ == "appos" and (child.pos_ == "NOUN" or child.pos_ == "PROPN" and is_role_word(child.text)):
                words.add(child.lemma_.lower())
                words.update(c.lemma_.lower() for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN")
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                words.add(child.lemma_.lower())
            elif child.dep_ == "compound" and child.i < head.i and child.lower_ in PERSON_ROLE_NOUNS:
                words.add(child.lower_)  # "Judge Cornelius Ashdown-Pike", "Prosecutor Helena Quarshie-Lund"
        if any(c.dep_ == "relcl" and c.lemma_ == "speak" and any(p.dep_ == "prep" and p.lower_ == "for"
                                                                  for p in c.children) for c in head.children):
            # "Colonel Radoslav X, who speaks for the police directorate, told reporters": its spokesman
            words.update(("spokesman", "spokeswoman", "spokesperson"))
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
            words.add(head.head.lemma_.lower())
            words.update(c.lemma_.lower() for c in head.head.children if c.dep_ == "compound")
            # "A spokesman for its embassy in Greywick, Gerolf X, said": the name hung on the last noun of the
            # role's phrase; the role is the noun that phrase starts from
            noun = head.head
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
                if is_person_role(noun):
                    words.add(noun.lemma_.lower())
                    break
        # "the headteacher, a former maths teacher named Judith X": the nouns the naming participle hangs on
        named = head.head if head.dep_ in ("oprd", "dobj", "attr", "npadvmod") else None
        if named is not None and named.dep_ == "acl" and named.lemma_ in ("name", "call") and named.tag_ == "VBN":
            noun = named.head
            while noun.pos_ in ("NOUN", "PROPN") and is_role_word(noun.text):
                words.add(noun.lemma_.lower())
                if noun.dep_ != "appos":
                    break
                noun = noun.head
        # ("Through his lawyer, Brunon X, Brearley denied ...": an owned role set off just before the name, which the
        # parser made no apposition of)
        if first.i >= 3 and self.doc[first.i - 1].text == "," and self.doc[first.i - 2].pos_ == "NOUN" and \
                is_person_role(self.doc[first.i - 2]) and self.doc[first.i - 2].tag_ == "NN" and any(
                    c.dep_ == "poss" for c in self.doc[first.i - 2].children):
            words.add(self.doc[first.i - 2].lemma_.lower())
        # "Oliver Jia, researcher on ..." when the parser made no apposition
        nxt = head.i + 1
        if nxt < len(self.doc) and self.doc[nxt].text == ",":
            for t in self.doc[nxt + 1 : nxt + 6]:
                if t.pos_ == "NOUN":
                    # "an airline analyst": the noun the phrase is about, not its modifier
                    noun = t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t
                    # (not the subject of what follows: "questions from Lampwick, a spokesman said ...")
                    if noun.dep_ not in ("nsubj", "nsubjpass"):
                        words.add(noun.lemma_.lower())
                    break
                if t.pos_ not in ("DET", "ADJ", "ADV", "PROPN", "PUNCT"):
                    break

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, tok: Token, *, np: Span | None = None) -> Party:
        """The party a speaker token (head of its noun phrase) refers to; one the text keeps unnamed at first
        ('Witness K', 'the prosecution's key witness') by the name it later reveals ('She is Corporal X')."""
        party = self._resolve(tok, np=np)
        described = self._named_by_demonstrative(tok, party)
        if described is not None:  # (before a person met nearby: the next sentence names this one)
            return described
        if self._revealed is None:
            self._revealed = {}
            self._revealed = self._reveals()
        given = self._official_named_later(tok, party) or self._named_as_later(tok, party) or \
            self._person_introduced_next(tok, party)
        if given is not None:
            return given
        named = self._revealed.get(party.name)
        if named is not None:
            return Party(named, "person", party.mention)
        return self._description_named_later(tok, party) or self._description_named_next(tok, party) or \
            self._body_described_again(tok, party) or self._outlet_named_later(tok, party) or \
            self._body_that_runs_it(tok, party) or self._body_named_next_by_its_noun(tok, party) or \
            self._role_titled_later(tok, party) or self._name_it_describes(tok, party) or \
            self._the_one_police_force(tok, party) or self._body_the_story_opens_on(tok, party) or party

    def _body_the_story_opens_on(self, tok: Token, party: Party) -> Party | None:
        """'The Ketterwold Philharmonic will play what may be its last concert ...', then 'the orchestra's
        administrator', 'the orchestra's managing director' and '..., according to the orchestra': a bare 'the
        <noun>' that nothing else resolves and that the text keeps using as an owner ('the orchestra's ...', at least
        twice) is the body the story opens on as its subject."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or party.name in self.table.records or is_person_role(tok) or \
                lemma in NEWSPAPER_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            return None
        owned = sum(1 for t in self.doc if t.lemma_.lower() == lemma and t.dep_ == "poss" and t.tag_ == "NN"
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children))
        sents = self._sents()
        if owned < 2 or not sents:
            return None
        opening = next((m for m in self.mentions if m.kind == "organization"), None)
        if opening is None or not opening.is_subject or self._sent_index(opening.i) > 1:
            return None
        # (not a body whose own name says it is another kind: "the Vennerby City Council" is no orchestra)
        last = opening.name.split()[-1].lower()
        if last in ORG_NOUNS and last != lemma:
            return None
        return Party(opening.name, "organization", party.mention)

    def _the_one_police_force(self, tok: Token, party: Party) -> Party | None:
        """'... were killed, police said' in a story whose only police force is named, before or after, as the
        Pelgrane Constabulary: plain 'police' or 'the police' is that force."""
        if tok.lower_ != "police" or party.name.lower() not in ("police", "the police") or any(
                c.dep_ in ("compound", "amod", "poss", "prep") or c.dep_ == "det" and c.lower_ != "the"
                for c in tok.children):
            return None
        forces = {name for name, record in self.table.records.items() if record.label == "ORG" and _is_police_force(name)}
        return Party(forces.pop(), "organization", party.mention) if len(forces) == 1 else None

    def _untagged_name_beside(self, tok: Token) -> str | None:
        """'The regulator, the Valtessan Insurance Supervisor, said': the capitalised name, untagged, in apposition
        to a body's noun."""
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
        if named is None or tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS | OUTLET_NOUNS or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = _name_words(self.doc[named.left_edge.i : named.right_edge.i + 1])
        return self._known_as(words) if words else None

    def _known_as(self, words: list[Token]) -> str:
        """The name *words* spell, as the entity table knows it."""
        name = " ".join(w.text for w in words)
        return self.table.alias_to_name.get(name.lower(), name)

    def _name_it_describes(self, tok: Token, party: Party) -> Party | None:
        """'The Widows of Vessin, a group that says it represents some 600 families': a body's noun in apposition
        to a capitalised name the tagger missed is that name ('members of the X, a group that ...': X)."""
        if tok.pos_ != "NOUN" or party.name in self.table.records or tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS:
            return None
        if tok.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        head = tok.head
        if head.lemma_.lower() == "member":  # "members of the Mothers of the Sarnow Valley, a group ..."
            head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), head)
        words = _name_words(self.doc[head.left_edge.i : tok.left_edge.i])
        if not words or head.i not in {w.i for w in words} or not words[0].text[:1].isupper():
            return None
        return Party(self._known_as(words), "organization", party.mention)

    def _outlet_s_own_work(self, tok: Token) -> str | None:
        """'a Quillpoint calculation', 'Quillpoint's analysis', in Quillpoint's own article: the paper's own work."""
        if not self.outlet or tok.pos_ != "NOUN" or tok.lemma_.lower() not in OWN_WORK_NOUNS:
            return None
        own = self.outlet.lower().removeprefix("the ")
        # ("An eight-month investigation by Inkwell found ...": the paper named as the one that did the work)
        makers = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
        for child in [*tok.children, *makers]:
            if child.dep_ in ("compound", "poss") and child.i < tok.i or child in makers:
                words = self.doc[child.left_edge.i : child.i + 1].text.lower().removeprefix("the ")
                if words.removesuffix("'s").removesuffix("’s").strip() == own:
                    return own_work_name(self.outlet, tok.lemma_.lower())
        return None

    def _role_titled_later(self, tok: Token, party: Party) -> Party | None:
        """An owned or definite role nobody has named yet, held by the person a later title names (see
        :meth:`_titled_later`)."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not is_person_role(tok) or party.name in self.table.records or \
                self.table.label_of(party.name) == "PERSON" or not any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        named = self._titled_later(tok)
        return Party(named, "person", party.mention) if named is not None else None

    def _official_named_later(self, tok: Token, party: Party) -> Party | None:
        """'A senior official at the Ministry of X said ... The official, Deputy Minister Y, told reporters': an
        indefinite role noun that a later apposition names a few sentences on (see :meth:`_named_in_apposition`)."""
        given = self._revealed_roles.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if given is None or given[1] != "person" or not 0 < given[2] - tok.i <= _REVEAL_REACH or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        return Party(given[0], "person", party.mention)

    def _named_as_later(self, tok: Token, party: Party) -> Party | None:
        """'A senior member of the delegation told reporters on condition of anonymity that ... State radio later
        named the official as Deputy Foreign Minister X': an unnamed person whom the next sentences name."""
        if tok.pos_ != "NOUN" or not (is_person_role(tok) or tok.lemma_ == "member") or \
                party.name in self.table.records or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        for verb in self.doc[tok.i + 1 : self._end_of_next_sentences(tok.i, 2)]:
            if verb.lemma_ not in ("name", "identify") or verb.pos_ != "VERB":
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or not is_person_role(obj) or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                                   for c in obj.children):
                continue
            as_ = next((c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as"), None)
            named = [self.table.token_entity[t.i] for t in (as_.subtree if as_ is not None else ())
                     if t.i in self.table.token_entity]
            if named and self.table.label_of(named[0]) == "PERSON":
                return Party(named[0], "person", party.mention)
        return None

    def _person_introduced_next(self, tok: Token, party: Party) -> Party | None:
        """'A chef who is suing a critic told the court ... / Tarvo X, 47, who has run the restaurant for 12 years,
        is seeking ...': an unnamed person described by a clause, whom the next paragraph opens by naming as the
        subject of something other than speech, met there for the first time."""
        if tok.pos_ != "NOUN" or not is_person_role(tok) or party.name in self.table.records or self._quoted(tok.i):
            return None
        brk = doc_text(self.doc).find("\n\n", tok.idx)
        first = next((sn for sn in self._sents() if sn.start_char >= brk), None) if brk >= 0 else None
        # ("The trainer of Windgallop, winner of ..., told a stewards' inquiry ... / Melchior X, 58, who has trained
        # at his stables ..., said": a story's unnamed first speaker, whom the next paragraph introduces by name and
        # age; the lede's own description of what they are)
        aged = first is not None and self._opens_with_name_and_age(first) and self._in_lede(tok) and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)
        # ('"This is not sour grapes," the runner-up said ... / Dorte X, whose pumpkin came second, told ...': a bare
        # "the <role>" after a quotation, whom the next paragraph opens by introducing)
        aged = aged or first is not None and self._opens_with_introduction(first) and \
            [c.lower_ for c in tok.children if c.i < tok.i and not (c.dep_ in ("compound", "punct")
                                                                     and c.i >= tok.i - 2)] == ["the"] and \
            tok.dep_ == "nsubj" and \
            any(t.is_quote for t in self.doc[tok.sent.start : tok.i])
        if not aged and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        # ("A daughter of the toymaker Agostino X told the court ... / Corina X, 58, and her two brothers are
        # challenging the will": a relative of someone named, whom the next paragraph names with the family's name)
        family = self._family_name_of(tok)
        if family is None and not aged and not any(c.dep_ in ("relcl", "acl") for c in tok.children):
            return None
        if first is None or first.root.lemma_ in SPEECH_VERBS and not aged:
            return None
        if aged:
            name = self.table.token_entity.get(first[0].i)
            return Party(name, "person", party.mention) if name and not any(
                m.name == name and m.i < first.start for m in self.mentions) else None
        subj = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and family is not None and first[0].pos_ == "PROPN":
            subj = first[0]  # ("Corina X, 58, and her two brothers are ...", parsed with the name as the root)
        name = self.table.token_entity.get(subj.i) if subj is not None and subj.pos_ == "PROPN" else None
        if name is None or self.table.label_of(name) != "PERSON" or any(
                m.name == name and m.i < subj.i for m in self.mentions):
            return None
        if family is not None and (len(name.split()) < 2 or name.split()[-1] != family):
            return None
        return Party(name, "person", party.mention)

    def _opening_person(self, sent: Span) -> tuple[str, int] | None:
        """The person's name the sentence opens with, and the index just past it."""
        name = self.table.token_entity.get(sent[0].i)
        if not name or self.table.label_of(name) != "PERSON":
            return None
        end = sent[0].i
        while end < sent.end and self.table.token_entity.get(end) == name:
            end += 1
        return name, end

    def _opens_with_name_and_age(self, sent: Span) -> bool:
        """Does the sentence open with a person's name and an age set in commas ('Melchior X, 58, ...')?"""
        opening = self._opening_person(sent)
        end = opening[1] if opening is not None else sent.end
        return end + 2 < sent.end and self.doc[end].text == "," and self.doc[end + 1].like_num and \
            self.doc[end + 2].text == ","

    def _opens_with_introduction(self, sent: Span) -> bool:
        """Does the sentence open with a person's full name, described in commas ('Dorte X, whose pumpkin came
        second, told ...', 'Melchior X, 58, ...')?"""
        opening = self._opening_person(sent)
        if opening is None or len(opening[0].split()) < 2:
            return False
        end = opening[1]
        return self._opens_with_name_and_age(sent) or end + 1 < sent.end and self.doc[end].text == "," and \
            self.doc[end + 1].lower_ in ("who", "whose")

    def _in_lede(self, tok: Token) -> bool:
        """Is the token in the first sentence of the story's body: the first of 20 words or more that opens a
        paragraph (a headline and the byline lines are shorter)?"""
        text = doc_text(self.doc)
        lede = next((sn for sn in self._sents() if sum(not t.is_punct and not t.is_space for t in sn) >= 20
                     and (sn.start_char == 0 or "\n" in text[max(0, sn.start_char - 3) : sn.start_char])), None)
        return lede is not None and lede.start <= tok.i < lede.end

    def _family_name_of(self, tok: Token) -> str | None:
        """The surname of the one a relative is described by ('a daughter of the toymaker Agostino X': X)."""
        if tok.lemma_.lower() not in _KIN_NOUNS:
            return None
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for t in prep.subtree:
                name = self.table.token_entity.get(t.i)
                if name and self.table.label_of(name) == "PERSON" and len(name.split()) >= 2:
                    return name.split()[-1]
        return None

    def _description_named_later(self, tok: Token, party: Party) -> Party | None:
        """A description met before a later apposition named it ('the former guard' before 'The guard, X,'), unless
        another name owns it ('Corlandia's grid operator' is another one)."""
        owned = re.match(r"[A-Z][\w-]*['’]s\s", party.name)
        if party.name in self.table.records or self.table.label_of(party.name) == "PERSON" or owned:
            return None
        # (the description's own words, not those of a body it belongs to: "a senior official in the prime
        # minister's office" is no minister)
        words = set(re.split(r"\s(?:in|at|of|for|from|with|to)\s", party.name.lower())[0].replace("'s", "").split())
        # (a plural only as the description's head: "its own actuaries" for "The fund's actuaries, X,"; not "the
        # country's schools inspectorate" for a school)
        head_word = re.split(r"\s(?:in|at|of|for|from|with|to)\s", party.name.lower())[0].split()[-1:]
        found = next((n for role, n in self._revealed_roles.items() if (
            role in words or set(head_word) & _forms(role) and n[1] == "organization") and tok.i < n[2]), None)
        return Party(found[0], found[1], party.mention) if found is not None else None  # type: ignore[arg-type]

    def _named_with_same_possessive(self, tok: Token, poss: Token) -> str | None:
        """The person an earlier 'her son, Thaddeus X,' named, for a later 'her son' (the same possessive and
        role; "Clinton's lawyer Cheryl X" is no name for "His lawyer")."""
        for cand in reversed(self.doc[: tok.i]):
            if cand.lemma_ != tok.lemma_ or cand.pos_ != "NOUN" or not any(
                    c.dep_ == "poss" and c.lower_ == poss.lower_ for c in cand.children):
                continue
            if cand.i + 2 < tok.i and self.doc[cand.i + 1].text == ",":
                name = self.table.token_entity.get(cand.i + 2)
                if name is not None and self.table.label_of(name) == "PERSON":
                    return name
        return None

    def _named_for_owner(self, tok: Token, owner: Token) -> str | None:
        """For "Mackrell's lawyer": the person an earlier "her lawyer, Uberto X," named, in a sentence that (or the
        one before it) names Mackrell, or an earlier "Mackrell's lawyer, Uberto X,"."""
        owner_name = self.table.token_entity.get(owner.i)
        if owner_name is None:
            return None
        sents = self._sents()
        for cand in reversed(self.doc[: tok.i]):
            if cand.lemma_ != tok.lemma_ or cand.pos_ != "NOUN" or cand.i + 2 >= tok.i or \
                    self.doc[cand.i + 1].text != ",":
                continue
            own = next((c for c in cand.children if c.dep_ == "poss"), None)
            if own is None:
                continue
            k = self._sent_index(cand.i)
            near = [t for sn in sents[max(0, k - 1) : k + 1] for t in sn]
            if own.lower_ in ("his", "her") and any(self.table.token_entity.get(t.i) == owner_name for t in near) \
                    or self.table.token_entity.get(own.i) == owner_name:
                name = self.table.token_entity.get(cand.i + 2)
                if name is not None and self.table.label_of(name) == "PERSON" and name != owner_name:
                    return name
        return None

    def _named_by_demonstrative(self, tok: Token, party: Party) -> Party | None:
        """'The woman who shared her laboratory ... said ... That colleague, Apolonia X, who ...': a person the
        text describes by a relative clause and names in the next sentence, opened by 'That' or 'This' and a noun
        with the name in apposition."""
        if tok.pos_ != "NOUN" or not (is_person_role(tok) or tok.lemma_.lower() in _PLAIN_PERSON_NOUNS) or \
                not any(c.dep_ == "relcl" for c in tok.children) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for noun in self.doc[tok.i + 1 : self._end_of_next_sentences(tok.i, 1)]:
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            if noun.pos_ != "NOUN" or det is None or det.text not in ("That", "This") or not det.is_sent_start:
                continue
            for t in self.doc[noun.i + 1 : noun.i + 6]:
                name = self.table.token_entity.get(t.i)
                if name is not None and self.table.label_of(name) == "PERSON" and \
                        self.doc[noun.i + 1].text == "," and not any(m.name == name and m.i < tok.i for m in self.mentions):
                    return Party(name, "person", party.mention)
            return None
        return None

    def _document_described_before(self, tok: Token) -> str | None:
        """The fuller description an earlier mention gave a bare 'the documents' ('laboratory documents it had
        obtained'), in the same entry."""
        if any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return None
        for cand in reversed(self.doc[self.entry_start(tok.i) : tok.i]):
            if cand.lemma_ == tok.lemma_ and cand.pos_ == "NOUN" and cand.tag_ == tok.tag_:
                words = [c for c in cand.children if c.dep_ in ("compound", "amod") and c.i < cand.i]
                if words:
                    return " ".join(t.text for t in self.doc[min(w.i for w in words) : cand.i + 1])
        return None

    def _description_named_next(self, tok: Token, party: Party) -> Party | None:
        """'... the country's main relief society said ... / The Karsvanian Mercy Society, which has 2,800
        volunteers, said ...': a body described by what it is to a place ('the port's operator') that the next
        paragraph opens by naming as the subject of a speech verb, met there for the first time."""
        # ("The Salt Orchard ... took 14.8 million mendars, its distributor said ... / Lowlight Pictures said ...")
        owner = next((c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "NOUN" and c.is_lower
                                                                       or c.lower_ == "its")), None)
        if owner is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS or \
                party.name in self.table.records or self._quoted(tok.i):
            return None
        brk = doc_text(self.doc).find("\n\n", tok.idx)
        first = next((sn for sn in self._sents() if sn.start_char >= brk), None) if brk >= 0 else None
        if first is None:
            return None
        subj = next((t for t in first if t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS
                     and t.head.head.i == t.head.i), None)
        name = self.table.token_entity.get(subj.i) if subj is not None else None
        # ("Serragrid, the state-owned company that runs the network, said": a name the tagger missed, described as a
        # body)
        described = subj is not None and subj.pos_ == "PROPN" and any(
            c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS for c in subj.children)
        if described and name is None:
            name = subj.text
        if name is None or not described and self.table.label_of(name) != "ORG" or any(
                m.name == name and m.i < tok.i for m in self.mentions) or name in doc_text(self.doc)[: tok.idx]:
            return None
        # (not a body of another kind: "the town's fire brigade said ... Dravenia's Health Ministry said")
        # (but "the country's product safety regulator" is the Kelland Product Safety Commission: its words say so)
        words = name.lower().split()
        shared = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")} & set(words)
        if words[-1] in ORG_NOUNS and words[-1] != tok.lemma_.lower() and not shared and \
                not self.same_kind_of_body(words[-1], tok.lemma_.lower()):
            return None
        # (and a later plain "The agency denied ..." is that body too: the noun joins the body's descriptors, read
        # by whatever is resolved after this)
        self.org_descriptors.setdefault(name, set()).add(tok.lemma_.lower())
        return Party(name, "organization", party.mention)

    def _body_that_runs_it(self, tok: Token, party: Party) -> Party | None:
        """'The televised appeal raised 31.2 million crestals, its organisers said ... The Emberlight Trust, which
        runs the appeal, said ...': an event's organisers are the one body the text says runs or organises it."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ORGANISERS or party.name in self.table.records:
            return None
        bodies = self._bodies_said_to(_RUNNING_VERBS)
        if not bodies:
            # "... will play the final of the Ervandian Lanternfall League tonight. The organisers say ...": the one
            # body the sentence before names by a word for a body (no arena, team or outlet)
            k = self._sent_index(tok.i)
            prev = self._sents()[k - 1] if k > 0 else None
            bodies = {m.name for m in self.mentions if prev is not None and prev.start <= m.i < prev.end
                      and m.kind == "organization" and self.table.label_of(m.name) == "ORG"
                      and m.name.split()[-1].lower() in ORG_NOUNS and not self._news_outlet(m.name)}
        return Party(bodies.pop(), "organization", party.mention) if len(bodies) == 1 else None

    def _body_named_next_by_its_noun(self, tok: Token, party: Party) -> Party | None:
        """'The country's weather office expects ... Forecasters at the Pellavian Office of Sea and Sky said ...':
        a described body is the one the next sentence names with its noun in the name, when no other body of the
        text has that word in its name."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in ORG_NOUNS or \
                party.name in self.table.records or not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        word = tok.lemma_.lower()
        having = {r.name for r in self.table.records.values() if r.label == "ORG" and word in r.name.lower().split()}
        if len(having) != 1:
            return None
        end = self._end_of_next_sentences(tok.i, 1)
        named = next(iter(having))
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and owner.lower_[:4] != named.lower()[:4]:
            return None  # ("Turavia's energy ministry said. The Velgorian Foreign Ministry ...": another country's)
        if any(m.name == named for m in self.mentions if tok.sent.end <= m.i < end) and \
                not any(m.name == named for m in self.mentions if m.i < tok.i):
            return Party(named, "organization", party.mention)
        return None

    def _bodies_said_to(self, verbs: frozenset[str]) -> set[str]:
        """The bodies a 'which' or 'that' clause describes as doing one of *verbs* ('X, which runs the appeal')."""
        return {m.name for m in self.mentions if m.kind == "organization" and any(
            c.dep_ == "relcl" and c.lemma_ in verbs and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that")
                                                           for s in c.children) for c in self.doc[m.i].children)}

    def _outlet_named_later(self, tok: Token, party: Party) -> Party | None:
        """'... though a newspaper's study of last year's appeal suggests that ... / The daily Fallowgate reported
        on Monday that ...': an unnamed paper is the first outlet the text goes on to name with a word for a paper,
        met there for the first time."""
        # (not "a board paper": a paper may be a document)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in OUTLET_NOUNS or party.name in self.table.records or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        before = {m.name for m in self.mentions if m.i < tok.i}
        for m in self.mentions:
            if m.i <= tok.i or m.kind != "organization" or m.name in before or is_own_outlet(m.name, self.outlet):
                continue
            first = self._name_start(self.doc[m.i], m.name)
            # ("The daily Fallowgate": the word before the name, whatever the tagger made of it)
            if self.org_descriptors.get(m.name, set()) & NEWSPAPER_NOUNS or \
                    first.i > 0 and self.doc[first.i - 1].lower_ in NEWSPAPER_NOUNS:
                return Party(m.name, "organization", party.mention)
        return None

    def _body_described_again(self, tok: Token, party: Party) -> Party | None:
        """'... though a volunteer group that has spent two nights in the surf says ... / The Teasel Bay Whale Rescue
        Network, a volunteer group, gave a different count': an unnamed body that a later name takes up with the same
        description in apposition, met there for the first time."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS or \
                party.name in self.table.records or not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None
        words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i}
        if not words:
            return None  # (a bare "a group" says too little to be any one body)
        for later in self.doc[tok.i + 1 :]:
            if later.dep_ != "appos" or later.lemma_ != tok.lemma_ or later.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in later.children):
                continue
            if {c.lower_ for c in later.children if c.dep_ in ("amod", "compound") and c.i < later.i} != words:
                continue
            name = self.table.token_entity.get(later.head.i)
            if name is None or self.table.label_of(name) != "ORG" or any(
                    m.name == name and m.i < tok.i for m in self.mentions):
                continue
            return Party(name, "organization", party.mention)
        return None

    def _reveals(self) -> dict[str, str]:
        """'She is Corporal Ulrika X, 27, who ...', 'The whistleblower is Anna Y': a sentence that gives the name
        of someone described before (by a pronoun or a role noun as its subject, the name newly met as its
        complement) makes the earlier designation that person's."""
        out: dict[str, str] = {}
        for verb in self.doc:
            if verb.lemma_ != "be" or verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBD"):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in verb.children if c.dep_ == "attr"), None)
            if subj is None or attr is None or not (subj.lower_ in ("she", "he") or is_person_role(subj)):
                continue
            name = next((self.table.token_entity.get(t.i) for t in attr.subtree if t.i in self.table.token_entity
                         and self.table.label_of(self.table.token_entity[t.i]) == "PERSON"), None)
            if name is None or any(m.name == name and m.i < attr.left_edge.i for m in self.mentions):
                continue  # (a name met before is no revelation: "He is Ilse X's deputy")
            earlier = self._resolve(subj)
            # (only a designation that names nobody: a description, or a cover name like "Witness K")
            cover = any(len(w) == 1 and w.isupper() for w in earlier.name.split())
            if self.table.label_of(earlier.name) == "PERSON" and not cover:
                continue  # "Ashgrove's managing director is Declan X": a role of someone, not a revelation
            if earlier.name != name and earlier.name.lower() not in ("she", "he"):
                out[earlier.name] = name
        self._revealed_roles = self._named_in_apposition()
        return out

    def _named_in_apposition(self) -> dict[str, tuple[str, str, int]]:
        """'The guard, Kerim X, 31, agreed to be named', 'The group, Candlelight Y, published ...': a definite
        role or body noun with a name met for the first time in apposition names whoever the text described by
        that noun before ('A former guard at a detention compound ... has told a rights group'): noun -> name,
        party type and where the name is given."""
        out: dict[str, tuple[str, str, int]] = {}
        for tok in self.doc:
            person = is_person_role(tok)
            body = tok.lemma_.lower() in ORG_NOUNS
            # ("The fund's actuaries, Grevendale Actuarial, said": a firm named for the ones a body has in that role)
            firm = tok.tag_ == "NNS" and any(c.dep_ == "poss" for c in tok.children) and person
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" and not firm or not firm and not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if tok.i + 2 >= len(self.doc) or self.doc[tok.i + 1].text != ",":
                continue  # (the parser may make the name a second subject rather than an apposition)
            if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of", "to") and is_person_role(tok.head.head):
                continue  # "A spokesman for the prime minister, Klemens X,": the spokesman's name, not the minister's
            first = tok.i + 2
            while first < len(self.doc) - 1 and first not in self.table.token_entity and is_role_word(
                    self.doc[first].text) and self.doc[first].text[:1].isupper():
                first += 1  # "The official, Deputy Minister Haskel X, told reporters"
            name = self.table.token_entity.get(first)
            # (a body's name the tagger took for a person's: "The group, Candlelight Watch,")
            # (any other noun only for a body's name: "The promoter, Brassfinch Live, said")
            if name is None or self.table.label_of(name) not in (
                    ("ORG",) if firm else ("PERSON",) if person else ("ORG", "PERSON") if body else ("ORG",)):
                continue
            end = first
            while end < len(self.doc) and self.table.token_entity.get(end) == name:
                end += 1
            if end >= len(self.doc) or self.doc[end].text != ",":
                continue
            if any(m.name == name and m.i < tok.i for m in self.mentions):
                continue  # a name met before ("the minister, X, ..." after X spoke) reveals nobody
            out.setdefault(tok.lemma_.lower(), (name, "person" if person and not firm else "organization", tok.i))
        return out

    def _resolve(self, tok: Token, *, np: Span | None = None) -> Party:
        whole = hyphenated_word_end(tok)
        if whole is not tok:  # "The university's vice-chancellor, X, said": the parser split the word at its hyphen
            start = (np if np is not None else noun_phrase(tok)).start
            tok, np = whole, tok.doc[min(start, tok.i) : whole.i + 1]
        np = np if np is not None else noun_phrase(tok)
        mention = np.text.strip()
        lower = tok.lower_
        # ("Tuulikki X, who leads the town council and who promised at the start that ...": a second relative
        # clause joined to the first)
        second = tok.head.dep_ == "conj" and tok.head.head.dep_ == "relcl" and tok.dep_ == "nsubj"
        if lower in RELATIVE_PRONOUNS and (tok.head.dep_ == "relcl" or second):
            antecedent = tok.head.head.head if second else tok.head.head
            if lower == "who":
                antecedent = _person_antecedent(antecedent, tok)
            elif lower == "which" and (self.table.label_of(self.table.token_entity.get(antecedent.i) or "") == "PERSON"
                                       or is_person_role(antecedent)):
                # ("Garbine X, general secretary of the Civic Staff Union, which says it represents ...": 'which'
                # is for the body named last, not the person)
                body = next((self.table.token_entity[t.i] for t in reversed(self.doc[antecedent.i : tok.i])
                             if t.i in self.table.token_entity
                             and self.table.label_of(self.table.token_entity[t.i]) == "ORG"), None)
                if body is not None:
                    return Party(body, "organization", mention)
            elif antecedent.pos_ == "NOUN" and antecedent.lemma_.lower() in ORG_NOUNS:
                named = self._org_right_before(antecedent)
                if named is not None:  # "... the Covenant Agency (CARM), the refugee body of the Covenant, which says"
                    return Party(named, "organization", mention)
            return self._with_mention(self.resolve(antecedent), mention)
        spoken_through = self._spoken_through_before(tok)
        if spoken_through is not None:  # "The minister said through a spokeswoman that ... The spokeswoman said"
            return Party(spoken_through, "person", mention)
        if tok.lemma_.lower() == "judge" and tok.tag_ == "NNS" and any(c.lower_ == "the" for c in tok.children):
            # ("The three judges reduced her sentence": the bench of the one court the story names)
            courts = {n for n, r in self.table.records.items() if r.label == "ORG" and any(
                w in ("Court", "Tribunal") for w in n.split())}
            if len(courts) == 1:
                return Party(courts.pop(), "organization", mention)
        if tok.lemma_.lower() == "intelligence" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "amod" for c in tok.children) and any(c.dep_ == "poss" for c in tok.children):
            # "Sarnland's military intelligence says": a service of the state, as the text names it (no document)
            return Party(clean_np_text(np), "organization", mention)
        if tok.lemma_.lower() == "pollster" and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
            makers = {party for _i, noun, party in self.reports if noun in ("poll", "survey")}
            if len(makers) == 1:  # "The pollster has updated its projection", after "the poll carried out by X"
                return Party(makers.pop(), "organization", mention)
        part_of = self._document_part_of(tok)
        if part_of is not None:  # "The ship's log records ... An entry two hours later reads: ..."
            return self._with_mention(self.resolve(part_of), mention)
        copied = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and is_report_noun(o)), None) if tok.lemma_.lower() == "copy" else None
        if copied is not None:  # "citing a copy of the letter": the letter's writer
            return self._with_mention(self.resolve(copied), mention)
        owner = _owner_of_an_unsigned_paper(tok)
        if owner is not None:  # "reported that council officials had drawn up plans, citing an internal email"
            return self._with_mention(self.resolve(owner), mention)
        if tok.lemma_.lower() == "copy" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "A study commissioned by X put the figure nearer 40,000, according to a copy seen by Y": a copy of
            # the document the sentence opens with
            copied = next((t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                           and is_report_noun(t) and t.lemma_.lower() != "copy"), None)
            if copied is not None:
                return self._with_mention(self.resolve(copied), mention)
        writer = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
            if tok.lemma_.lower() in _WRITTEN_BY_ONE and tok.pos_ == "NOUN" else None
        writer_name = self.table.token_entity.get(writer.i) if writer is not None else None
        if writer_name and self.table.label_of(writer_name) == "PERSON":
            return Party(writer_name, "person", mention)  # "Quested's reply ... says", "Rolfe's letter says"
        holder = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() == "meeting" for c in o.children
                       if c.dep_ == "compound" and c.lemma_.lower() in ORG_NOUNS), None) \
            if tok.lower_ == "minutes" else None
        if holder is not None:  # "citing minutes of a closed council meeting": the council's record
            body = self._org_for_noun(holder)
            if body:
                return Party(body, "organization", mention)
        named_doc = next((c for c in tok.children if c.dep_ == "appos" and is_report_noun(c)), None) \
            if is_report_noun(tok) and tok.pos_ == "NOUN" else None
        if named_doc is not None:
            # "A second leaked document, a signal log from the navy's command centre that was published by ...":
            # the document is the one its apposition describes, and speaks for whoever that one is from
            party = self.resolve(named_doc)
            if party.type in ("organization", "person"):
                return self._with_mention(party, mention)
        aged = age_phrase(tok)
        if aged is not None:
            return self._person_aged(tok, *aged)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and tok.tag_ == "NN" and is_person_role(tok):
            described = self._named_for_owner(tok, owner)
            if described:  # "Through her lawyer, Uberto X, she said ... Mackrell's lawyer said": the one named so
                return Party(described, "person", mention)
        given = self._name_given(tok)
        if given is not None:  # "A driver ..., who asked to be identified only by his first name, Mathurin, said"
            return Party(given, "person", mention)
        other_side = _correspondent(tok)
        if other_side is not None:  # "citing messages it had exchanged with the group": the group's words
            return self._with_mention(self.resolve(other_side), mention)
        goes_by = next((a for a in [tok, *(c for c in tok.children if c.dep_ == "appos" and c.i > tok.i)]
                        if _name_it_goes_by(a) is not None), None)
        called = _name_it_goes_by(goes_by) if goes_by is not None else None
        if called is not None:  # "A criminal group that calls itself Greywidow says ...", "a hacker known as X"
            # ("the organisers, a coalition of groups called Grey Square, put the crowd at ...")
            kind: PartyType = "organization" if goes_by.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS or \
                goes_by.tag_ == "NNS" or goes_by is not tok and not is_person_role(goes_by) else "person"
            return Party(self._known_as(called), kind, mention)
        body = hearing_body(tok.head) if tok.dep_ == "nsubj" and tok.head.lemma_ == "hear" else None
        if body is not None and body.i == tok.i:
            # "The court heard that ...": the evidence given to it, whoever gave it
            return Party(f"evidence heard by the {tok.lemma_.lower()}", "unknown", mention)
        if lower in ("they", "it") and tok.dep_ == "nsubj" and tok.head.lemma_ in FINDING_VERBS | SPEECH_VERBS | {
                "record"}:
            shown = self.document_subject_before(tok)
            if shown is not None:  # "The documents show that ... They also show that ...", "The letter ... It says"
                return self._with_mention(shown, mention)
        if lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            reporter = self._reporter(tok)
            if reporter is not None:
                return self._with_mention(reporter, mention)
        if lower == "it" and tok.tag_ == "PRP":
            org = self._it_antecedent(tok)
            return Party(org.name, "organization", mention) if org is not None else Party(mention, "unknown", mention)
        if lower in PERSON_PRONOUNS and tok.head.lemma_ in _ANSWERS:
            answerer = self._answerer(tok)
            if answerer is not None:  # 'Trelawny-Dlamini asked how much ... "Some of it," he replied'
                return Party(answerer, "person", mention)
        if lower in PERSON_PRONOUNS:
            around = self._role_speaking_around(tok)
            if around is not None:  # "A geologist ... said they looked like chondrites, which she said make up ..."
                party = self.resolve(around)
                if party.type == "person" and self._agrees(party.name, lower):
                    return self._with_mention(party, mention)
            chained = self._pronoun_chain(tok)
            if chained is not None:
                return self._with_mention(chained, mention)
            role = self._role_earlier_in_sentence(tok)
            if role is not None:  # "When I met the union's general secretary, she told me ..."
                return Party(role, "person", mention)
            found = self._recent(tok.i, kinds=("person",), pronoun=lower, exclude=self._own_mouthpiece(tok))
            floor = found.i if found else self.entry_start(tok.i)
            described = _subject_described_by(self.doc[found.i]) if found else None
            if described is not None:  # "A 19-year-old man from Ebrania told ...": the man, not the place
                floor = described.left_edge.i - 1
            role = self._role_subject_since(tok, floor)
            if role is not None and self._agrees(role.name, lower):
                return self._with_mention(role, mention)
            if found:
                return Party(found.name, "person", mention)
            described = self._role_noun_before(tok)
            if described is not None:  # "..., which interviewed the former guard, quoted him ... he told the paper"
                return self._with_mention(self.resolve(described), mention)
            named = self._agreed_to_be_named(tok)
            if named is not None:  # "One member of that committee has since come forward. '...,' she told the
                return Party(named, "person", mention)  # Review. ... The whistleblower, X, agreed to be named"
            return Party(mention, "person", mention)
        if lower in GROUP_PRONOUNS:
            authors = self._authors_before(tok)
            if authors is not None:  # "The researchers, from the University of X, followed ..., they found"
                return self._with_mention(self.resolve(authors), mention)
            plural = _plural_subject_before(tok) or _plural_speaker_just_before(tok)
            if plural is not None:  # "Governments downstream condemned X after ..., a move they said could ..."
                return Party(clean_np_text(noun_phrase(plural)), "group", mention)
            found = self._recent(tok.i, kinds=("organization", "group"))
            if found:
                group = self._enclosing_group(found.i)  # "Dockworkers in Rotterdam ... They said"
                if group:
                    return Party(group, "group", mention)
                return Party(found.name, found.kind, mention)
            return Party(mention, "group", mention)
        # a person named inside the phrase, in apposition, or just before it ("Oliver Jia, researcher on ...")
        own_work = self._outlet_s_own_work(tok)
        if own_work is not None:  # "a Quillpoint calculation ... suggests": the paper's own reckoning
            return Party(own_work, "organization", mention)
        taken = self._name_taken(tok)
        if taken:  # "the officers, who call themselves the National Restoration Council, said"
            return Party(taken, "organization", mention)
        person = (self._named_as(tok) or self._entity_in(np, "PERSON") or self._person_in_apposition(tok)
                  or self._named_before(np) or self._named_after_role(tok, np))
        if person:
            return Party(person, "person", mention)
        titled = self._titled_name(tok, np)
        if titled:
            return Party(titled, "person", mention)
        # "Amara Velk, the mayor of Tollin, said": a name with a personal role in apposition is a person
        if tok.pos_ == "PROPN" and any(c.dep_ == "appos" and is_person_role(c) for c in tok.children):
            named = self.table.token_entity.get(tok.i) or clean_np_text(noun_phrase(tok, keep_preps=False))
            # ("Varrow Copper, Ostland's largest miner, said": a company the role describes)
            return Party(named, "organization" if self.table.label_of(named) == "ORG" else "person", mention)
        named_org = self._org_named_before(tok, np)
        if named_org:
            return Party(named_org, "organization", mention)
        body = next((c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS and any(
            g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)), None)
        if body is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS:
            # "Velloway's largest shareholder, the Essling family foundation, said": the body in apposition
            named = self.table.token_entity.get(body.i) or clean_np_text(noun_phrase(body, keep_preps=True))
            return Party(named, "organization", mention)
        listed = self._documents_listed(tok)
        if listed is not None:  # "according to invoices, internal emails and an auditor's letter obtained by X"
            return Party(listed, "unknown", mention)
        # "a readout issued by the Foreign Ministry said", "A survey of 2,100 adults by X for the Courier found": the
        # body that issued the document, not its client
        author = self._author_of_one_of(tok)
        if author is not None:  # "The largest of the surveys, by Trendmark, put ..."
            return Party(author, "organization", mention)
        teller = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lemma_.lower() in _TOLD_ACCOUNTS and teller is not None and (
                teller.tag_ == "NNS" or teller.ent_type_ == "PERSON"):
            # "Survivors' accounts, gathered by Radio X, suggested ...": an account is its teller's, whoever gathered
            # it
            return self.resolve(teller) if teller.pos_ == "PROPN" else Party(teller.text, "group", mention)
        sender = self._sender_of_a_message_before(tok) or self._keeper_of_records(tok)
        if sender is not None:  # 'A second message has gone out ..., reading: "..."': from the one before's sender
            return self._with_mention(sender, mention)
        if is_report_noun(tok) or tok.lemma_.lower() in _TRIALS | _GATHERED | _PUBLISHED_MEASURES:
            author = next((party for i, _noun, party in self.reports if i == tok.i), None)
            if author is not None:
                return self._author(author, mention)
            issuer = self._issued_in(tok)
            if issuer is not None:  # "has ordered ..., in a ruling published on Monday that called ...": its issuer's
                return self._with_mention(self.resolve(issuer), mention)
            body_by = self._body_it_is_by(tok)
            if body_by is not None:
                return self._with_mention(body_by, mention)
        # (a document or plan, not a part of the body with a voice of its own: "the university's press office")
        # (not a body's agent named beside it: "the council's external auditor, Brannock & Lowe, wrote")
        if tok.pos_ == "NOUN" and not is_person_role(tok) and tok.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS \
                and not self._appos_entity(tok, "ORG"):
            body = self._body_owning(tok)
            if body is not None:  # "The club's own transport plan says": the club named before
                return Party(body, "organization", mention)
        if is_report_noun(tok) or tok.lemma_.lower() in ("count", "tally"):
            owner = self._pronoun_owner(tok)
            if owner is not None:  # "According to his calculation", "By her own count"
                return self._with_mention(owner, mention)
        # proxies speak for the organisation that modifies them ("NIS sources", "officials at the ministry")
        org = self._entity_in(np, None)
        if org:
            label = self.table.label_of(org)
            head_is_org = self.table.token_entity.get(tok.i) == org
            demonym = label == "NORP" or (len(org.split()) == 1 and org.lower().endswith(("an", "ese", "ish", "i")))
            unnamed_one = demonym and {c.lower_ for c in tok.children if c.dep_ == "det"} & {"a", "an", "one"}
            # ("a person familiar with Skyvar's operations" knows the body; he does not speak for it)
            unnamed_one = unnamed_one or any(t.lower_ in _KNOWING_WORDS for t in np if t.i > tok.i)
            if (head_is_org or (PROXY_NOUNS | REPORT_NOUNS) & {tok.lemma_.lower(), tok.lower_}) and not unnamed_one:
                # ("a senior Kestovan official" is one person, not the nation his adjective names)
                if label in ORG_LABELS:
                    return Party(org, "organization", mention)
        elif tok.lemma_.lower() in PROXY_NOUNS:
            body = self._proxied_body(tok)  # "A spokeswoman for the organisation told us"
            if body is not None:
                return Party(body, "organization", mention)
        lemma = tok.lemma_.lower()
        # (the body that issued the document itself, "a readout issued by the Foreign Ministry", is read above)
        if is_report_noun(tok) and {c.lower_ for c in tok.children if c.dep_ == "det"} & {"a", "an"}:
            # "according to an internal memo ... The memo, from chief executive X, said": named just after
            issuer = next((party for i, noun, party in self.reports
                           if tok.i < i <= tok.i + _REPORT_WINDOW and noun == lemma), None)
            if issuer is not None:
                return self._author(issuer, mention)
        # "the state broadcaster KBN said", "the logistics group Orsolund": the organisation named beside the noun
        # ("according to the organisers, the Lunestran Chess Foundation": people of a role, named as one body)
        if lemma in ORG_NOUNS | OUTLET_NOUNS | GENERIC_ORG_NOUNS or tok.pos_ == "NOUN" and (
                not is_person_role(tok) or tok.tag_ == "NNS"):
            beside = self._appos_entity(tok, "ORG") or self._untagged_name_beside(tok)
            if beside:  # "The drug's maker, Orrin Therapeutics, said"
                return Party(beside, "organization", mention)
        # "The housing charity Shelterline argued" (parsed as two subjects), "the price comparison site
        # RateHarbour": an organisation's name right after a common noun that is no person's role
        named = self.table.token_entity.get(tok.i + 1) if tok.i + 1 < len(self.doc) else None
        if named is None and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text[:1].isupper():
            # ("told the broadcaster CVB that ...": a name the tagger left untagged there, known elsewhere)
            named = self.table.alias_to_name.get(self.doc[tok.i + 1].text.lower())
        if named and tok.pos_ == "NOUN" and not is_person_role(tok) and \
                self.table.label_of(named) not in ("PERSON", "GPE", "LOC") and not self._quoted(tok.i + 1):
            return Party(named, "organization", mention)
        # "her office said", "his campaign said": the owner the possessive points to
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its")), None)
        # ("the defence ministry's own audit", with the tagger taking a lower-case "ministry" for a name)
        owner_noun = next((c for c in tok.children if c.dep_ == "poss" and (
            c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.is_lower)), None)
        if owner_noun is not None and owner_noun.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS:
            owner_party = self.resolve(owner_noun)
            if owner_party.type in ("organization", "group") and owner_party.name.lower() != owner_noun.lower_:
                if is_report_noun(tok) or lemma in _OWN_PAGES:
                    # "according to the council's own figures": the body the document belongs to; "The group's
                    # page claims ...": the body that writes on it
                    return Party(owner_party.name, "organization", mention)
                if lemma in ORG_NOUNS | PROXY_NOUNS:
                    # "the university's press office said": that body's office, by the body's full name
                    rest = " ".join(t.text for t in np if t.i > owner_noun.i and t.dep_ != "case")
                    kind: PartyType = "organization" if lemma in ORG_NOUNS else "person"
                    return Party(f"{owner_party.name} {rest}", kind, mention)
        # ("By its count, 186 ships were waiting": a count is the counting body's, like its documents)
        if poss is not None and poss.lower_ == "its" and (is_report_noun(tok) or lemma == "count"):
            # "the council said its own survey had found": the body's own document speaks for the body;
            # "According to the data provider, Ruckstat, ... Its figures also showed": the body just cited
            owner = self._cited_just_before(tok) or self._it_antecedent(poss)
            if owner is not None:
                return Party(owner.name, "organization", mention)
        body_word = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.tag_ == "NN"
                          and c.lemma_.lower() in ORG_NOUNS), None) if is_report_noun(tok) else None
        if body_word is not None:
            body = self._org_named(body_word.i, body_word.lemma_.lower()) or self._org_for_noun(body_word)
            if body is not None and self.table.label_of(body) == "ORG":
                return Party(body, "organization", mention)  # "an internal board memo": the board's
        if poss is not None and poss.lower_ == "its" and lemma in GENERIC_ORG_NOUNS | ORG_NOUNS:
            runner = self._body_said_to_run_it(tok) or self._body_named_for_its_thing(tok)
            if runner is not None:  # "The Ormscar Canal will stay closed ..., its operator said"
                return Party(runner, "organization", mention)
            named_next = self._org_named_later(tok, 2)
            if named_next is not None:  # "..., its operator said, ... The operator, Lumenrail, said": named next
                return Party(named_next, "organization", mention)
        if poss is not None and poss.lower_ in ("his", "her", "their") and tok.tag_ == "NN" and is_person_role(tok):
            described = self._named_with_same_possessive(tok, poss)
            if described:  # "her son, Thaddeus X, ... The rest went, her son said, ...": the one named so before
                return Party(described, "person", mention)
        owner_plural = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "NNS"), None)
        if owner_plural is not None and lemma in ORG_NOUNS and tok.tag_ == "NN":
            named = self._org_named(tok.i, lemma)
            if named is not None:  # "the train crews' union", the Railway Crews' Union
                return Party(named, "organization", mention)
        if poss is not None and (lemma in ORG_NOUNS or lemma in PROXY_NOUNS):
            kinds = ("person",) if poss.lower_ in ("his", "her") else ("organization", "group")
            # ("I wrote to her twice, and her officials replied": a woman's officials, not the man speaking)
            found = self._recent(tok.i, kinds=kinds, pronoun=poss.lower_ if poss.lower_ in ("his", "her") else None,
                                 exclude=self._turn_label_name(tok) if poss.lower_ in ("his", "her") else None)
            if found:
                return Party(f"{found.name}'s {tok.text}", "organization", mention)
            owner_word = _untagged_subject(tok) if poss.lower_ == "its" else None
            if owner_word is not None:
                # "Neighbouring Vask has offered ..., its foreign ministry said": a name the tagger missed
                body = " ".join(t.text for t in np if t.i != poss.i and t.pos_ != "DET")
                return Party(f"{owner_word.text}'s {body}", "organization", mention)
        determiners = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if lemma in STUDY_AUTHORS and tok.tag_ == "NNS" and "the" in determiners:
            # "The researchers, from the University of X, ... the authors wrote": the body behind the study
            body = next((party for i, noun, party in reversed(self.reports) if i <= tok.i and noun in _STUDIES), None)
            if body is not None:
                return Party(body, "organization", mention)
        # "the Speaker said", "the Chancellor told MPs": a capitalised role, not a name of its own
        if ("the" in determiners and tok.pos_ == "PROPN" and tok.tag_ == "NNP" and is_role_word(tok.text)
                and tok.i not in self.table.token_entity):
            named = self._described(tok.i, lemma) or self._named_later(tok, same_role=True)
            if named:
                return Party(named, "person", mention)
        owner_word = next((c for c in tok.children if c.dep_ == "poss" and (
            c.lower_ in ("its", "their") or c.pos_ == "PROPN" and not c.is_lower)), None)
        # ("according to Sportsvekt's count": a count is its counter's)
        if owner_word is not None and (is_report_noun(tok) or lemma in _OWN_PAGES or lemma == "count") and \
                tok.pos_ == "NOUN":
            recent = self._recent(tok.i, kinds=("organization",)) if owner_word.lower_ in ("its", "their") else None
            owner = Party(recent.name, "organization", mention) if recent is not None else self.resolve(owner_word)
            if owner.type == "organization" and owner.name in self.table.records:
                # "according to its catalogue", "Starwheel's last annual report says": the owner's document
                return self._with_mention(owner, mention)
        if determiners & {"the", "this", "that"} and tok.pos_ == "NOUN":
            if lemma in REPORT_NOUNS:
                floor = self.entry_start(tok.i)
                for i, noun, party in reversed(self.reports):
                    if floor <= i < tok.i and noun == lemma:
                        return Party(party, "organization", mention)
                author = self._author_of_same_document(tok, floor)
                if author is not None:  # "a report by the university's integrity panel ... The 84-page report found"
                    return self._with_mention(author, mention)
                spoken_in = self._spoke_in(tok)
                if spoken_in is not None:  # "In a press release, the press office said ... The release said"
                    return self._with_mention(self.resolve(spoken_in), mention)
                # "published its annual review ... The 64-page report found": the document just named
                recent = [(i, party) for i, noun, party in self.reports
                          if max(floor, tok.i - _REPORT_WINDOW) <= i < tok.i]
                # (not "the congressional report"; not "the paper" after a newspaper was named: most often that one)
                if recent and not any(c.dep_ == "amod" for c in tok.children) and not (
                        lemma == "paper" and self._org_for_noun(tok)):
                    return Party(recent[-1][1], "organization", mention)
                body = self._body_of_its_kind(tok)
                if body is not None:  # "a summary of the 600-page judgment ... according to the judgment"
                    return Party(body, "organization", mention)
                described = self._document_described_before(tok)
                if described is not None:  # "citing laboratory documents it had obtained ... the documents showed"
                    return Party(described, "unknown", mention)
            if lemma in ORG_NOUNS | OUTLET_NOUNS and named_modifier(tok):
                return Party(clean_np_text(np), "organization", mention)  # "the Sanders campaign" is its own name
            hyphened = tok.i >= 2 and self.doc[tok.i - 1].text == "-" and not self.doc[tok.i - 2].whitespace_
            # (the whole of a hyphenated role, "the runner-up", not its last part)
            described = self._described(tok.i, lemma) if tok.tag_ == "NN" and not hyphened and lemma not in (
                ORG_NOUNS | GENERIC_ORG_NOUNS | OUTLET_NOUNS) else None
            if described:
                return Party(described, "person", mention)
            speaking = self._org_speaking_before(tok) if lemma in GENERIC_ORG_NOUNS and tok.dep_ == "nsubj" and \
                tok.head.lemma_ in SPEECH_VERBS else None
            described_as = self._org_described_just_before(tok, lemma) if speaking is not None else None
            if described_as is not None:
                # "The Footplate Guild says ... Mirerail, the state operator, has offered ... the operator says": the
                # body the noun described since the other spoke
                speaking = described_as
            if speaking is not None:
                # "Brenmoor said ... it had stopped supplying Quillon. The company said ...": the one speaking
                return Party(speaking, "organization", mention)
            introduced = self._anonymous_introduced(tok) if lemma in _ANONYMOUS_NOUNS and tok.tag_ == "NN" else None
            if introduced is not None:  # "A former member of the medical staff told X ... the source said"
                return self._with_mention(self.resolve(introduced), mention)
            # (not one person by role: "the keeper" is no "Union of Animal Keepers")
            org_named = self._org_named(tok.i, lemma) if not (
                tok.tag_ == "NN" and is_person_role(tok) and lemma not in ORG_NOUNS) else None
            if org_named:
                return Party(org_named, "organization", mention)
            if tok.tag_ == "NN" and lemma in ORG_NOUNS | NEWSPAPER_NOUNS | GENERIC_ORG_NOUNS:
                found_name = self._org_for_noun(tok)  # ("the paper": the newspaper named before)
                if found_name:
                    return Party(found_name, "organization", mention)
            elif tok.tag_ == "NN" and is_person_role(tok):
                named_later = self._named_later(tok, same_role=True)
                if named_later:
                    return Party(named_later, "person", mention)
                earlier = self._indefinite_antecedent(tok)
                if earlier is not None:
                    return Party(self._named_later(self.doc[self._antecedent_i], same_role=False) or earlier,
                                 "person", mention)
                introduced = self._person_introduced_next(tok, Party(mention, "person", mention))
                if introduced is not None:  # ('"...," the runner-up said. / Dorte X, whose pumpkin came second, ...')
                    return introduced
                found = self._recent(tok.i, kinds=("person",), window=3)
                if found and self.role_of_fits(tok, found.name) and not self._kept_silent(found.i) and \
                        not self.holds_another_office(lemma, found.name):
                    return Party(found.name, "person", mention)
                # "The chief executive of X told MPs ... Cormac Y, who has run X since 2036, told the committee":
                # a story that opens on a role names its holder just after
                named_later = self._named_later(tok, same_role=False)
                if named_later:
                    return Party(named_later, "person", mention)
        if determiners & {"a", "an", "one"} and tok.tag_ == "NN" and is_person_role(tok):
            # cataphora: "a senior official said ... Dana Okafor, the deputy minister, told reporters"
            named_later = self._named_later(tok, same_role=False) or self._identified_later(tok)
            if named_later:
                return Party(named_later, "person", mention)
        owned = poss_name_role(tok)
        if (determiners & {"a", "an"} or owned) and tok.tag_ == "NN" and \
                lemma in ORG_NOUNS | GENERIC_ORG_NOUNS | OUTLET_NOUNS:
            # "a monitoring group said ... The group, the X Observatory,"; "Tamsaria's grid operator has warned
            # ... (a heading) The grid operator, Tamsgrid, said"
            named_org = self._org_named_later(tok, 5 if owned else 2)
            if named_org:
                return Party(named_org, "organization", mention)
        if (poss_name_role(tok) or poss is not None and poss.lower_ in ("his", "her", "their", "its")) and is_person_role(
                tok) and tok.tag_ != "NNS":  # ("the commission's inspectors" are not the one named later)
            # "Maravel's agriculture minister admitted ... the minister, Helena Voskuijlen-Barre, said";
            # "Through his lawyer, X denied ... the lawyer, Ruth Y, said"
            named_later = self._named_later(tok, same_role=True)
            if named_later:
                return Party(named_later, "person", mention)
            named_org = self._org_named_later(tok, 2)
            if named_org:  # "..., its owner said ... The owner, Calderglow Fireworks, said": a body holds the role
                return Party(named_org, "organization", mention)
            recent = self._recent(tok.i, kinds=("person",), window=3)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            # (a role of a study or body, not "Pagliano's lawyer": someone else than whoever speaks next)
            # (an officer of a body or a place, "the bloc's commissioner", "its director general", "the city's former
            # director of highways", whoever spoke just before)
            # ("Hallowfern's chief executive said ... Ippolita Lumsden, who has run the insurer, told X": a named
            # body's officer, named as the next sentences' speaker)
            named_body = owner is not None and owner.pos_ == "PROPN" and \
                self.table.label_of(self.table.token_entity.get(owner.i, "")) == "ORG"
            body_owned = owner is not None and (owner.lower_ == "its" or owner.pos_ == "NOUN" and owner.lemma_.lower() in
                                                ORG_NOUNS | _COLLECTIVE_NOUNS | PLACE_NOUNS | {"country"} or named_body)
            if owner is not None and (owner.pos_ == "NOUN" or owner.lower_ == "its" or named_body) and (
                    recent is None or not self._speaks(recent.i) or body_owned):
                # "The trial's chief investigator, a neurologist who ..., said ... '...,' said Professor X": with
                # nobody named just before, the one the next sentence names as its speaker
                named_later = self._named_later(tok, same_role=False)
                if named_later:
                    return Party(named_later, "person", mention)
        member = self._member_of_described(tok)
        if member is not None:  # "two Velgorian artillery officers ... one of the officers said"
            return Party(member, "person", mention)
        if determiners & {"a", "an"} and tok.tag_ == "NN" and not is_person_role(tok):
            # "A former member of the team's medical staff told X ... On Thursday the former staff member came
            # forward. Idunn Y, ...": whoever the text names as the one it described
            identified = self._identified_later(tok)
            if identified is not None:
                return Party(identified, "person", mention)
        if determiners & {"the"} and tok.tag_ == "NN" and tok.lemma_.lower() in _COLLECTIVE_NOUNS | ORG_NOUNS and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            titled = self._named_with_the_noun_later(tok)
            if titled is not None:  # "The opposition says ... The opposition Unity Front says": the body named so
                return Party(titled, "organization", mention)
        issuer = self._issuer_met_before(tok) if is_report_noun(tok) else None
        if issuer is not None:  # "... ended their summit with a communique ... The communique says"
            return self._with_mention(issuer, mention)
        body = self._body_of_its_kind(tok)
        if body is not None:  # "according to the indictment", with the Office of the Prosecutor named
            return Party(body, "organization", mention)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None and tok.tag_ == "NN" and is_person_role(tok):
            found = self._recent(tok.i, kinds=("person",), pronoun=owner.lower_)
            if found is not None:  # "Her own vet had told her ...": the vet of the woman the text is about
                role = " ".join(t.text for t in np if t.i > owner.i and t.i <= tok.i and t.lower_ != "own")
                return Party(f"{found.name}'s {role}", "person", mention)
        later = self.described_later(tok) if tok.pos_ == "NOUN" else None
        if later is not None:
            return Party(later, "person", mention)
        speaking_next = self._body_speaking_next(tok) if lemma in GENERIC_ORG_NOUNS else None
        if speaking_next is not None:
            return Party(speaking_next, "organization", mention)
        return Party(clean_np_text(np), _type_of(tok), mention)

    def _body_speaking_next(self, tok: Token) -> str | None:
        """'The airport's operator says a fault ... has stopped all nine of its sorting lines. "We are working
        with our supplier ...," Vantholm Airports said in a statement': a body of the noun's kind that no earlier
        sentence names, named speaking in the next sentence of the same paragraph."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ not in SPEECH_VERBS or any(
                m.kind == "organization" for m in self.mentions if self.entry_start(tok.i) <= m.i < tok.i):
            return None
        sent = tok.sent
        nxt = self.doc[sent.end : sent.end + 1]
        if not nxt or "\n" in self.doc[sent.end - 1 : sent.end + 1].text:
            return None
        after = nxt[0].sent
        named = {m.name for m in self.mentions if after.start <= m.i < after.end and m.kind == "organization"
                 and m.is_subject and self.doc[m.i].head.lemma_ in SPEECH_VERBS}
        return next(iter(named)) if len(named) == 1 else None

    def _body_of_its_kind(self, tok: Token) -> str | None:
        """'according to the judgment', 'The prosecution said', 'The 14-page communique says': a court's,
        prosecutor's, summit's or regulator's paper (or the prosecuting side) that the text leaves unowned is the
        one body of that kind it names (the International Criminal Tribunal for X, the Office of the Prosecutor,
        the X Council, the Y Board); with none or several, the paper stays as the text calls it."""
        kinds = _ISSUERS_BY_PAPER.get(tok.lemma_.lower()) or _ISSUERS_BY_PAPER.get(tok.lower_)
        if kinds is None or tok.pos_ != "NOUN" or not any(c.lower_ in ("the", "this", "that") for c in tok.children) \
                or any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            return None
        bodies = {r.name for r in self.table.records.values() if r.label == "ORG" and any(
            w.lower().startswith(kinds) for w in r.name.split())}
        return bodies.pop() if len(bodies) == 1 else None

    def _named_with_the_noun_later(self, tok: Token) -> str | None:
        """The organisation the text later names with the same noun as its title ('The opposition Unity Front'),
        when it names exactly one so."""
        lemma = tok.lemma_.lower()
        found = {name for t in self.doc[tok.i + 1 :] if t.lemma_.lower() == lemma and t.i + 1 < len(self.doc)
                 and (name := self.table.token_entity.get(t.i + 1)) is not None
                 and self.table.label_of(name) == "ORG" and self.table.token_entity.get(t.i) is None}
        return next(iter(found)) if len(found) == 1 else None

    def _org_described_just_before(self, tok: Token, lemma: str) -> str | None:
        """The organisation the sentence before describes, in apposition, with the noun *lemma* ('Mirerail, the
        state operator, has offered ...')."""
        here = self._sent_index(tok.i)
        if here == 0:
            return None
        prev = self._sents()[here - 1]
        for m in self.mentions:
            if prev.start <= m.i < prev.end and m.kind == "organization" and any(
                    c.dep_ == "appos" and c.lemma_.lower() == lemma for c in self.doc[m.i].children):
                return m.name
        return None

    def _org_right_before(self, tok: Token) -> str | None:
        """The organisation named right before the comma that opens ``tok``'s phrase (past a bracketed short
        name), however the parser hung the phrase."""
        k = tok.left_edge.i - 1
        if k < 1 or self.doc[k].text != ",":
            return None
        k -= 1
        if self.doc[k].text == ")":
            while k > 0 and self.doc[k].text != "(":
                k -= 1
            k -= 1
        name = self.table.token_entity.get(k)
        return name if name and self.table.label_of(name) == "ORG" else None

    def _author(self, name: str, mention: str) -> Party:
        """The party that wrote or issued a document: a person (a memo's writer) or a body."""
        return Party(name, "person" if self.table.label_of(name) == "PERSON" else "organization", mention)

    def _member_of_described(self, tok: Token) -> str | None:
        """'one of the officers' after 'two Velgorian artillery officers': one of the group as described."""
        if tok.lower_ not in ("one", "two", "three") or tok.pos_ not in ("NUM", "PRON"):
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is not None and group.lower_ == "them":
            # "Two diplomats ... told reporters that ... One of them said": one of the ones who spoke just before
            prev = [sn for sn in self._sents() if sn.end <= tok.sent.start][-1:]
            speakers = [c for sn in prev for c in sn if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                        and c.head.lemma_ in SPEECH_VERBS and c.i >= self.entry_start(tok.i)]
            if speakers:
                return f"{tok.lower_} of the {speakers[0].lower_}"
            # ("The daily Stonechat, citing three stewards who worked at the concert, reported ... One of them was
            # quoted as saying": one of the ones cited, as they were described)
            cited = next((c for sn in prev for c in sn if c.dep_ == "dobj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                          and c.head.lemma_ in ORIGIN_MARKERS and c.i >= self.entry_start(tok.i)), None)
            if cited is None:
                return None
            first = cited.left_edge
            while first.i < cited.i and (first.like_num or first.pos_ == "DET"):
                first = self.doc[first.i + 1]
            end = next((t.i for t in self.doc[cited.i + 1 : cited.right_edge.i + 1] if t.text == ","),
                       cited.right_edge.i + 1)
            return f"{tok.lower_} of the {self.doc[first.i : end].text}"
        if group is None or group.tag_ != "NNS" or any(c.dep_ in ("amod", "compound") for c in group.children):
            return None
        floor = max(self.entry_start(tok.i), tok.sent.start - 120)
        for earlier in reversed(self.doc[floor : tok.sent.start]):
            if earlier.lemma_ == group.lemma_ and earlier.tag_ == "NNS":
                described = [c for c in earlier.lefts if c.dep_ in ("amod", "compound") and c.pos_ != "NUM"]
                if described:
                    words = " ".join(t.text for t in self.doc[described[0].i : earlier.i + 1])
                    return f"{tok.lower_} of the {words}"
        return None

    def _pronoun_chain(self, tok: Token) -> Party | None:
        """'She told reporters that X had ... and that Y had ... "...," she said': when the last sentence
        before (skipping all-quoted ones) has as its first subject the same pronoun, ahead of any name, the
        pronoun goes on standing for the same person."""
        here = tok.sent.start
        if any(here <= m.i < tok.i and m.kind == "person" and not self._quoted(m.i)
               and self.doc[m.i].dep_ in ("nsubj", "nsubjpass") for m in self.mentions):
            return None  # "Stanbury said ..., money she said would ...": someone named in its own sentence first
        floor = self.entry_start(tok.i)
        prev = [sn for sn in self._sents() if sn.end <= here][-3:]
        for sn in reversed(prev):
            # the paragraph before may hold several all-quoted sentences; two paragraphs back is too far
            if sn.end <= floor or "\n\n" in doc_text(self.doc)[sn.end_char : prev[-1].start_char] and sn is not prev[-1]:
                return None
            subj = next((x for x in sn if x.dep_ in ("nsubj", "nsubjpass") and not self._quoted(x.i)), None)
            if subj is None:
                continue
            named = next((m.i for m in self.mentions if sn.start <= m.i < sn.end and not self._quoted(m.i)), None)
            if subj.lower_ != tok.lower_ or (named is not None and named < subj.i):
                return None
            if subj.i not in self._chain_memo:
                self._chain_memo[subj.i] = None  # guards against loops
                party = self.resolve(subj)
                self._chain_memo[subj.i] = party if party.name.lower() != subj.lower_ else None
            return self._chain_memo[subj.i]
        return None

    def _answerer(self, tok: Token) -> str | None:
        """The one a 'he replied' answers for: the person named last before, other than whoever asked the question
        in the sentence before (None when nobody asked there)."""
        sents = self._sents()
        k = self._sent_index(tok.i)
        window = [sents[k - 1]] if k > 0 else []
        window.append(tok.sent)
        askers = [c for sn in window for t in sn if t.lemma_ == "ask" and t.pos_ == "VERB" and t.i < tok.i
                  for c in t.children if c.dep_ == "nsubj"]
        if not askers:
            return None
        asker = self.resolve(askers[-1]).name
        found = self._recent(tok.i, kinds=("person",), pronoun=tok.lower_, exclude=asker)
        return found.name if found is not None else None

    def _agreed_to_be_named(self, tok: Token) -> str | None:
        """The person the next sentences name as the one who 'agreed to be named' (a source kept unnamed until
        then), for a pronoun with nobody named before it."""
        sents = self._sents()
        k = self._sent_index(tok.i)
        end = sents[min(k + 4, len(sents) - 1)].end
        for sn in sents[k + 1 :]:
            if sn.start >= end:
                break
            low = sn.text.lower()
            if "agreed to be named" not in low and "agreed to be identified" not in low:
                continue
            first = next((m for m in self.mentions if sn.start <= m.i < sn.end and m.kind == "person"), None)
            if first is not None and not any(m.name == first.name and m.i < tok.i for m in self.mentions):
                return first.name
        return None

    def _body_said_to_run_it(self, tok: Token) -> str | None:
        """'Glissenberg ... will close its lower slopes, its operator said ... Hohenfirn Lifts, which runs the
        resort's 22 lifts, said': the one body the text says runs, operates or owns something, before any body
        merely named after the thing ('Glissenberg Ski School')."""
        if tok.lemma_.lower() not in _RUNNER_NOUNS:
            return None
        bodies = self._bodies_said_to(_OPERATING_VERBS)
        return bodies.pop() if len(bodies) == 1 else None

    def _body_named_for_its_thing(self, tok: Token) -> str | None:
        """'The Ormscar Canal will stay closed ..., its operator said': the one body of the text whose name is the
        thing's name with more words ('Ormscar Canal Authority'), the thing named before 'its' in the sentence."""
        runs: list[str] = []
        for t in self.doc[tok.sent.start : tok.i]:
            if t.pos_ == "PROPN" and not t.is_lower:
                if runs and t.i > 0 and self.doc[t.i - 1].pos_ == "PROPN":
                    runs[-1] += f" {t.text}"
                else:
                    runs.append(t.text)
        orgs = [name for name, record in self.table.records.items() if record.label == "ORG"]
        for run in reversed(runs):
            bodies = names_opening_with(run, orgs)
            if len(bodies) == 1:
                return bodies[0]
        return None

    def document_subject_before(self, tok: Token) -> Party | None:
        """The document that the sentence before had as the subject of what it says, shows or puts a figure at
        ('The documents show that ...', 'The letter puts the overpayment at ...'), for a 'they' or an 'it' that goes
        on saying (plural for 'they', singular for 'it')."""
        k = self._sent_index(tok.i)
        if k == 0:
            return None
        prev = self._sents()[k - 1]
        tag = "NNS" if tok.lower_ == "they" else "NN"
        subj = next((t for t in prev if t.dep_ == "nsubj" and t.head.lemma_ in FINDING_VERBS | SPEECH_VERBS | {"put"}
                     and t.tag_ == tag and t.head.dep_ == "ROOT"
                     # (or closing it: "Calorvane must pay ..., the ruling says. It also says that ...")
                     and (t.i == t.head.left_edge.i + 1 or t.i + 1 == t.head.i and t.head.i >= prev.end - 3)
                     and (is_report_noun(t) or t.lower_ in _DOCUMENTS_AGAIN)), None)
        if subj is not None:
            return self.resolve(subj)
        # "The council published the inspection notes on Tuesday. They record that ...": the notes speak for
        # the body that published them
        published = next((t for t in prev if t.dep_ == "dobj" and t.tag_ == tag and t.head.lemma_ in _PUBLISHING
                          and t.head.dep_ == "ROOT" and (is_report_noun(t) or t.lower_ in _DOCUMENTS_AGAIN)), None)
        publisher = next((c for c in published.head.children if c.dep_ == "nsubj"), None) \
            if published is not None else None
        return self.resolve(publisher) if publisher is not None and publisher.pos_ in ("NOUN", "PROPN") else None

    def _documents_listed(self, tok: Token) -> str | None:
        """'according to invoices, internal emails and an auditor's letter obtained by Lanternwick': the list of
        documents an outlet obtained, by its words; and a later plain 'The documents show' for that list."""
        if tok.lower_ in _DOCUMENTS_AGAIN and tok.tag_ == "NNS" and [c.lower_ for c in tok.children] == ["the"]:
            starts = [t for t in self.doc[: tok.sent.start] if t.dep_ == "pobj" and t.head.lower_ == "to"
                      and t.head.head.lower_ == "according"]
            return next((listed for t in reversed(starts) if (listed := _document_list_from(t)) is not None), None)
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            return _document_list_from(tok)
        return None

    def _person_in_apposition(self, tok: Token) -> str | None:
        """The person named in apposition; to a body's own name only right in apposition, not deeper in a list the
        parser hung there ("the tabloid Pennant Express, which said ..., New Commons on 29 percent and Ostmere
        First on 14 percent")."""
        person = self._appos_entity(tok, "PERSON") or self._named_after_role_s_body(tok)
        own_name = self.table.token_entity.get(tok.i)
        if person is None or own_name is None or self.table.label_of(own_name) not in ("ORG", "GPE"):
            return person
        return person if any(c.dep_ == "appos" and self.table.token_entity.get(c.i) == person
                             for c in tok.children) else None

    def _named_after_role_s_body(self, role: Token) -> str | None:
        """"Kerbwise's operations manager for Brockwater, Efrosyni X, wrote": the name the parser hung in apposition
        on the place or body that ends a person's role, not on the role; never on a person ("the mother of the
        victim, Y" may name the victim)."""
        if not is_person_role(role):
            return None
        for prep in role.children:
            if prep.dep_ != "prep" or prep.i < role.i:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i
                          and self.doc[c.left_edge.i - 1].text == ","), None) if obj is not None else None
            if named is None or self.table.label_of(self.table.token_entity.get(obj.i) or "") == "PERSON" or \
                    is_person_role(obj):
                continue
            name = self.table.token_entity.get(named.i)
            run = self.doc[named.left_edge.i : named.i + 1]
            end = named.right_edge.i + 1
            if end >= len(self.doc) or self.doc[end].text != "," or end < role.right_edge.i or not all(
                    t.pos_ == "PROPN" and t.is_title for t in run):
                continue
            if name and self.table.label_of(name) == "PERSON":
                return run.text if len(run) > len(name.split()) else name  # (with the first name the tagger left)
            if name is None and len(run) >= 2 and not any(self.table.token_entity.get(t.i) for t in run):
                return run.text
        return None

    def _body_owning(self, tok: Token) -> str | None:
        """The named organisation a definite body noun owning a document stands for ('the club's own transport
        plan', 'the ministry's figures')."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.tag_ == "NN"
                      and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if owner is None or owner.lemma_.lower() not in ORG_NOUNS | GENERIC_ORG_NOUNS:
            return None
        party = self.resolve(owner)
        named = party.type == "organization" and party.name.lower() not in (owner.lower_, owner.lemma_.lower())
        if named and party.name in self.table.records:
            return party.name
        # ("The council's first statement on the night put the toll at nine", before the text names Farrowgate City
        # Council): the one body of the story whose name ends in that noun
        bodies = {name for name, rec in self.table.records.items() if rec.label == "ORG"
                  and name.lower().split()[-1] == owner.lemma_.lower()}
        return bodies.pop() if len(bodies) == 1 else None

    def _pronoun_owner(self, tok: Token) -> Party | None:
        """The person a possessive pronoun before a document or estimate names: "his calculation" is the man's
        ("its figures" are read with the documents a body issued, below)."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is None or owner.lower_ not in ("his", "her"):
            return None
        found = self._recent(owner.i, kinds=("person",), pronoun="he" if owner.lower_ == "his" else "she")
        return Party(found.name, "person", found.name) if found else None

    def _it_antecedent(self, tok: Token) -> Party | None:
        """'The review blames steel prices, which it says ...', 'Corvane Materials shut the site after what it
        called ...', 'In its bulletin it said ...': the organisation 'it' speaks for — an organisation (or its
        document) that is an earlier subject of the same sentence, else the organisation named just before."""
        sent = tok.sent
        governing = _subject_governing_relative(tok)
        if governing is not None:
            party = self.resolve(governing)
            if party.type == "organization":  # "the union blamed a rail fault that it said had been reported"
                return party
        for cand in sent:
            if cand.i >= tok.i:
                break
            if (cand.dep_ == "nsubj" or cand.dep_ == "nsubjpass" and is_report_noun(cand)) and \
                    cand.pos_ in ("NOUN", "PROPN") and cand.tag_ in ("NN", "NNP"):
                party = self.resolve(cand)
                if party.type == "organization" and (cand.i in self.table.token_entity or party.name != cand.text
                                                     or _own_record_cited(tok, cand)):
                    return party
            # "City's wage bill last season was 268 million lennets, according to its annual accounts": the body
            # that owns the subject
            # ("The airline's outstanding bonds total ..., according to its last annual report": a body's noun)
            owned = cand.dep_ == "poss" and cand.head.dep_ in ("nsubj", "nsubjpass") and tok.lower_ == "its" and (
                cand.pos_ == "PROPN" or cand.pos_ == "NOUN" and cand.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in cand.children))
            owner = self.resolve(cand) if owned else None
            if owner is not None and (owner.type == "organization" or self.table.label_of(owner.name) in ("ORG", "GPE")):
                return Party(owner.name, "organization", owner.name)
            bodies = [r.name for r in self.table.records.values() if r.label in ("ORG", "GPE")
                      and len(r.name.split()) > 1 and r.name.split()[-1] == cand.text] if owned else []
            if len(bodies) == 1:  # ("City" for Kestrelmoor City, the one body whose name ends so)
                return Party(bodies[0], "organization", bodies[0])
        # "Governments condemned Tarsovia on Tuesday after it said it would leave the accord": the body the main
        # clause acts on, when 'it' speaks in a clause of time or reason hung on that clause
        clause = tok.head
        if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "because",
                                                                                      "as", "since", "before")
                                          for m in clause.children):
            for obj in clause.head.children:
                name = self.table.token_entity.get(obj.i)
                if obj.dep_ == "dobj" and obj.i < tok.i and name and self.table.label_of(name) in ("ORG", "GPE"):
                    return Party(name, "organization", name)
        # "The airline said it expected ... It also said ...": the organisation the sentence before spoke as
        prev = [sn for sn in self._sents() if sn.end <= sent.start][-2:]
        if tok.i == sent.start and tok.dep_ == "nsubj" and prev and prev[-1].start >= self.entry_start(tok.i) and \
                prev[-1][0].lower_ == "it" and prev[-1][0].dep_ == "nsubj":
            # "It now puts the Accord on 33 percent ... It projects that ...": the body the last 'It' stood for
            return self._it_antecedent(prev[-1][0])
        for sn in reversed(prev):
            if sn.end <= self.entry_start(tok.i):
                break
            # ("A detention order signed by X, a copy of which was seen by Y, says ...": a subject the parser lost)
            lost = document_before_aside(sn.root) if sn.root.lemma_ in SPEECH_VERBS else None
            for cand in sn:
                # ("The Brightwater Centre, a think tank, estimated ...", read as a name the verb modifies)
                # (or a closing cue: "1.3 million people are waiting ..., the health ministry says, up from ...")
                # ("The 84-page report found that ... It says": a document's finding speaks for it too)
                spoke = cand.dep_ == "nsubj" and (cand.head.lemma_ in SPEECH_VERBS or cand.head.lemma_ in
                                                  FINDING_VERBS | {"list"} and is_report_noun(cand)) and (
                    cand.head.dep_ == "ROOT" or cand.head.dep_ == "parataxis" and sn is prev[-1]) or (
                    cand.dep_ == "ROOT" and any(c.dep_ == "acl" and c.lemma_ in SPEECH_VERBS for c in cand.children)
                ) or _published_by(cand) or lost is not None and cand.i == lost.i or (
                    # ("The observatory has raised its alert ... In a bulletin, it says": the body that acted in
                    # the sentence just before, when 'it' speaks)
                    cand.dep_ == "nsubj" and cand.head.dep_ == "ROOT" and sn is prev[-1] and
                    _speaks_or_puts(tok.head) and tok.dep_ == "nsubj" and cand.lower_ != "it")
                described_as_body = any(c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS for c in cand.subtree)
                if (spoke and (
                        cand.i in self.table.token_entity or cand.pos_ == "PROPN" or described_as_body
                        or cand.pos_ == "NOUN" and cand.tag_ == "NN"
                        and cand.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS | REPORT_NOUNS | {"pollster"}
                        # ("the park said in a statement ... it said": the body named before by its last word)
                        or cand.pos_ == "NOUN" and cand.tag_ == "NN" and self._body_by_its_last_word(cand))):
                    party = self.resolve(cand)
                    if party.type == "organization" and party.name.lower() != cand.lower_:
                        return party
                    if party.type in ("unknown", "group") and cand.pos_ == "PROPN" and cand.lemma_.lower() in ORG_NOUNS:
                        return Party(party.name, "organization", party.name)  # "The Dunmore Supporters' Trust"
                    if party.type in ("unknown", "group") and described_as_body:
                        # "Parents for Open Playgrounds, a campaign group with 12,000 members, said ... It said"
                        return Party(party.name, "organization", party.name)
                    rec = self.table.lookup(party.name) if cand.pos_ == "PROPN" else None
                    if rec is not None and rec.label == "ORG":
                        return Party(rec.name, "organization", rec.name)
        # "The city sent a cease-and-desist letter Thursday. It says the campaign violated ...": the document the
        # sentence before sent, speaking for its sender
        sender = self._sender_of_document_before(prev[-1]) if prev and tok.i == sent.start and \
            tok.head.lemma_ in SPEECH_VERBS and tok.head.tag_ == "VBZ" else None
        if sender is not None:
            return sender
        # "According to the directorate, only 44 percent of firms returned their forms. It now estimates that ...":
        # the body the sentence before opened by citing, when that sentence's subject is no body of its own
        cited = self._cited_just_before(tok) if tok.i == sent.start and tok.head.lemma_ in SPEECH_VERBS else None
        if cited is not None and not any(
                c.dep_ == "nsubj" and (c.i in self.table.token_entity or c.lemma_.lower() in ORG_NOUNS)
                for c in prev[-1].root.children):
            return cited
        # "The agency is appealing for 85 million dollars. It said ...": the body the sentence before was about
        # (or the document: "A briefing prepared by the directorate paints a darker picture. It warns ...")
        if prev and prev[-1].end > self.entry_start(tok.i):
            subject = next((c for c in prev[-1].root.children if c.dep_ == "nsubj"), None)
            if subject is None:  # ("The board's audit, a copy of which was obtained by X, examined ...": lost)
                subject = next((d for c in prev[-1].root.children if c.dep_ == "conj"
                                and (d := document_before_aside(c)) is not None), None)
            # ("The board's audit ... examined a sample of 160 lifts. It found that ...": the document finds)
            if subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" and (
                    subject.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS or is_report_noun(subject)
                    and tok.i == sent.start and tok.head.lemma_ in SPEECH_VERBS | FINDING_VERBS):
                party = self.resolve(subject)
                if party.type == "organization" and party.name.lower() != subject.lower_:
                    return party
        # "House prices: up 6.2 percent ..., according to the Land Registry. The average home in Braymoor now costs
        # 412,000 zorens, it says.": the body the sentence before was sourced to, when 'it' closes the sentence
        if tok.head.lemma_ in SPEECH_VERBS and tok.head.i > tok.i and tok.i > sent.start and \
                self.doc[tok.i - 1].text == "," and prev and prev[-1].end > self.entry_start(tok.i):
            cited = self._cited_in(prev[-1])
            if cited is not None:
                return cited
        # "In a statement carried by SevPress, it said": the outlet that carried the words is not 'it'
        before = sent.start if tok.dep_ == "nsubj" and carried_by(tok.head) is not None else tok.i
        found = self._recent(before, kinds=("organization",), labels=("ORG",), window=2)
        return Party(found.name, "organization", found.name) if found else None

    def _body_by_its_last_word(self, tok: Token) -> bool:
        """'the park', resolved to "Briarsend Wildlife Park": a body called by the last word of its name."""
        party = self.resolve(tok)
        return party.type == "organization" and len(party.name.split()) > 1 and \
            party.name.split()[-1].lower() == tok.lower_

    def _cited_in(self, sent: Span) -> Party | None:
        """The organisation an 'according to X' anywhere in ``sent`` cites."""
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
                party = self._cited_by(t.nbor(1))
                if party is not None:
                    return party
        return None

    def _cited_by(self, to: Token) -> Party | None:
        """The organisation the 'to' of an 'according to X' names."""
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        party = self.resolve(obj) if obj is not None else None
        return party if party is not None and party.type == "organization" else None

    def _cited_just_before(self, tok: Token) -> Party | None:
        """The organisation an 'According to X' opening the sentence before cites."""
        sents = self._sents()
        k = self._sent_index(tok.i)
        if k == 0 or tok.sent.start <= self.entry_start(tok.i) and self.entries:
            return None
        prev = sents[k - 1]
        opener = prev[0]
        if opener.lower_ != "according" or len(prev) < 3 or prev[1].lower_ != "to":
            return None
        return self._cited_by(prev[1])

    def _person_aged(self, tok: Token, start_char: int, age: int) -> Party:
        """'The 47-year-old' -> the person introduced with that age, else the person just named."""
        mention = " ".join(doc_text(self.doc)[start_char : tok.idx + len(tok.text)].split())
        persons = {n for n, r in self.table.records.items() if r.label == "PERSON"}
        name = person_of_age(tok, age, self.table.token_entity, persons)
        if name is None:
            # the person a recent sentence was about; a name in the same sentence is most often
            # inside the quote the age phrase closes
            starts = [sn.start for sn in self.doc.sents if sn.start < tok.sent.start][-_AGE_WINDOW:]
            subjects = [m for m in self.mentions if m.kind == "person" and m.is_subject
                        and starts and starts[0] <= m.i < tok.sent.start and not self._quoted(m.i)]
            name = subjects[-1].name if subjects else None
        return Party(name or mention, "person", mention)

    def _enclosing_group(self, i: int) -> str | None:
        """'Dockworkers in Rotterdam': the plural subject a place or organisation name stands inside."""
        cur = self.doc[i]
        for _ in range(4):
            if cur.dep_ not in ("pobj", "prep", "compound", "poss", "amod", "nmod") or cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.pos_ == "NOUN" and cur.tag_ == "NNS" and cur.dep_ in ("nsubj", "nsubjpass"):
                if cur.i in self.table.token_entity or cur.lemma_.lower() in PROXY_NOUNS:
                    return None  # "NIS sources", "officials at the ministry" speak for the organisation
                return clean_np_text(noun_phrase(cur))
        return None

    def _quoted(self, i: int) -> bool:
        """Is token ``i`` inside quoted words (an opening mark earlier in its paragraph left open)?"""
        known = self._quoted_at.get(i)
        if known is None:
            known = self._quoted_at[i] = inside_quotes(doc_text(self.doc), self.doc[i].idx)
        return known

    def _reporter(self, tok: Token) -> Party | None:
        """'Gillibrand told the host she believed ...', 'Most voters say they think ...': a pronoun
        subject of reported words is the one reporting them, when person and number agree."""
        subj = reporting_subject(tok)
        if subj is None or subj.lower_ in RELATIVE_PRONOUNS or self._quoted(subj.i) != self._quoted(tok.i):
            return None  # '“... Somebody has to explain that,” she said': quoted words report nobody outside
        party = self.resolve(subj)
        plural = (subj.tag_ in ("NNS", "NNPS") or subj.like_num or subj.lower_ in GROUP_PRONOUNS
                  or party.type in ("organization", "group"))
        if tok.lower_ in PERSON_PRONOUNS:
            return party if party.type in ("person", "unknown") and not plural else None
        return party if plural and party.type != "person" else None

    def resolve_origin(self, tok: Token) -> Party:
        """Like :meth:`resolve`, for the origin a reporter cites ("citing NIS sources" -> NIS)."""
        return self.resolve(tok)

    # -- helpers ---------------------------------------------------------------------------------
    def _sentences_back(self, tok: Token, count: int) -> int:
        """The first token of the sentence *count* sentences before *tok*'s (not before its live-blog entry)."""
        start = tok.sent.start
        for _ in range(count):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return max(start, self.entry_start(tok.i))

    def _anonymous_introduced(self, tok: Token) -> Token | None:
        """For 'the source': the one speaker its last sentences introduced with 'a' ('A former member
        of the team's medical staff told Sportsvekt ...')."""
        start = self._sentences_back(tok, 2)
        found = [t for t in self.doc[start : tok.i] if t.pos_ == "NOUN" and t.tag_ == "NN"
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                 and t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS]
        return found[-1] if len(found) == 1 else None

    def _role_noun_before(self, tok: Token) -> Token | None:
        """For a pronoun no named person precedes: the nearest singular person role noun of its sentence or the
        two before it ('the former guard'), the only one described there."""
        start = self._sentences_back(tok, 2)
        roles = [t for t in self.doc[start : tok.i] if t.pos_ == "NOUN" and t.tag_ == "NN" and is_person_role(t)
                 and t.dep_ != "compound"]
        return roles[-1] if len({t.lemma_.lower() for t in roles}) == 1 else None

    def entry_start(self, i: int) -> int:
        """First token of the live-blog entry holding token ``i`` (0 outside live blogs)."""
        k = bisect_right(self.entries, i)
        return self.entries[k - 1] if k else 0

    def entry_end(self, i: int) -> int:
        """First token after the live-blog entry holding token ``i`` (the document's end outside live blogs)."""
        k = bisect_right(self.entries, i)
        return self.entries[k] if k < len(self.entries) else len(self.doc)

    @staticmethod
    def _with_mention(party: Party, mention: str) -> Party:
        return Party(party.name, party.type, mention)

    def _recent(self, before: int, kinds: tuple[str, ...], labels: tuple[str, ...] | None = None,
                window: int = 4, pronoun: str | None = None, exclude: str | None = None) -> _Mention | None:
        """Most recent mention of the given kinds, preferring subjects of earlier sentences (for 'he' or
        'she', of a person whose known gender agrees)."""
        sent_starts = [s.start for s in self.doc.sents]
        here = self.doc[before].sent.start
        # a name inside quoted words is talked about, not the one talking
        floor = self.entry_start(before)
        candidates = [m for m in self.mentions if floor <= m.i < before and m.kind in kinds
                      and (labels is None or self.table.label_of(m.name) in labels) and not self._quoted(m.i)
                      and not self._in_byline(m.i) and (pronoun is None or self._agrees(m.name, pronoun)
                                                        and not _told(self.doc[m.i])) and m.name != exclude]
        if not candidates:
            return None
        # ("Oddfellow had kept his headsail up longer than any rival, he said": not the one the words are about)
        reported = _subjects_reported_by(self.doc[before]) if pronoun is not None else set()
        same = [m for m in candidates if m.i >= here and self._mention_head(m.i).i not in reported]
        if same:
            return same[-1]
        prev_starts = [s for s in sent_starts if s < here][-window:]
        for start in reversed(prev_starts):
            in_sent = [m for m in candidates if start <= m.i < here]
            if in_sent:
                subjects = [m for m in in_sent if m.is_subject]
                # "Turnout was 34 percent, Amankwah-Sloane said. She said ...": the one who spoke comes first
                speaking = [m for m in subjects if self._speaks(m.i)]
                return (speaking or subjects)[0] if subjects else in_sent[-1]
            here = start
        return candidates[-1] if window >= 4 else None

    def _mention_head(self, i: int) -> Token:
        """The head of the phrase the mention at ``i`` stands in, past the name's parts and an apposition."""
        head = self.doc[i]
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        return head

    def _kept_silent(self, i: int) -> bool:
        """Is the mention at ``i`` the subject of a refusal to speak ('X did not respond to requests for comment',
        'X declined to comment')? Such a one is not the role that speaks next."""
        head = self._mention_head(i)
        verb = head.head
        return head.dep_ == "nsubj" and (verb.lemma_ in ("decline", "refuse") or verb.lemma_ in (
            "respond", "reply", "comment", "answer") and any(c.dep_ == "neg" for c in verb.children))

    def _speaks(self, i: int) -> bool:
        """Is the mention at ``i`` the subject of a speech verb?"""
        head = self._mention_head(i)
        return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEECH_VERBS

    def _sents(self) -> list[Span]:
        if self._sent_list is None:
            self._sent_list = list(self.doc.sents)
            self._sent_starts = [sn.start for sn in self._sent_list]
        return self._sent_list

    def _sent_index(self, i: int) -> int:
        """The position in :meth:`_sents` of the sentence holding token ``i``."""
        self._sents()
        return bisect_right(self._sent_starts, i) - 1


# how an anonymous source is said to know what it tells ("familiar with", "close to", "briefed on")
_KNOWING_WORDS = frozenset({"familiar", "close", "briefed", "knowledge", "involved", "aware"})

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GENDERED = {
    **dict.fromkeys("mr sir lord chairman spokesman husband son father brother widower king prince businessman "
                    "congressman councilman sportsman".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady chairwoman spokeswoman wife daughter mother sister widow queen princess "
                    "businesswoman congresswoman councilwoman sportswoman".split(), "f"),
}


def _subjects_reported_by(pronoun: Token) -> set[int]:
    """The subjects of the words a closing 'he said' or 'she said' reports ('Oddfellow had kept ..., he said'):
    someone speaking of himself by name is rare in news copy, so the pronoun is not theirs."""
    verb = pronoun.head
    # (a cue set off after the words, ", he said"; not "condemned what he called a breach")
    # (and one that closes them, with no words of its own after it: not "..., she added the words, 'X'")
    if pronoun.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS or pronoun.i < 1 or \
            pronoun.doc[pronoun.i - 1].text != "," or any(
                c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in verb.children):
        return set()
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        clauses.append(verb.head)
    return {c.i for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}


def noun_gender(word: str) -> str | None:
    """'m' or 'f' for a word that tells a person's sex ('daughter', 'Mr'), else None."""
    return _GENDERED.get(word.lower().rstrip("."))


# parts of a document, which speak as the document ("An entry two hours later reads: ...")
_DOCUMENT_PARTS = frozenset({"entry", "passage", "page", "paragraph", "excerpt", "section"})
# verbs of sending out a document, whose sender the document then speaks for
_SENDING_VERBS = frozenset({"send", "issue", "publish", "release", "deliver", "file", "write", "submit", "circulate"})
# parts of a body that speak as the body ("the agency's northern office")
_BRANCHES = frozenset({"office", "branch", "department", "unit", "division", "bureau", "desk", "section"})
_PERSONAL_DOCS = frozenset({"memo", "letter", "email", "statement", "note", "message", "post", "transcript"})
# the people who run an event, and what a body does that runs one ("which runs the appeal")
_ORGANISERS = frozenset({"organiser", "organizer"})
_RUNNING_VERBS = frozenset({"run", "organise", "organize", "stage", "host"})
# what a document passed to others undergoes ("a board paper seen by the union", "a memo obtained by X")
_SEEN_VERBS = frozenset({"see", "obtain", "leak", "review"})
_ISSUE_VERBS = frozenset({"publish", "release", "issue", "produce", "present", "unveil", "file", "compile", "submit"})
# verbs of handing figures over ("figures the ministry gave to reporters")
_GIVING_VERBS = frozenset({"give", "provide", "supply", "share"})
# readings a body gathers, which speak for it when the text says who gathered them ("prices collected by X")
# what a party does that brings a document of its own in ("ended their summit with a communique")
_ISSUING_VERBS = frozenset({"issue", "publish", "release", "adopt", "agree", "approve", "sign", "end", "close",
                            "conclude", "produce", "unveil", "present"})
# a court's papers, and the bodies that give them ("The tribunal found ... The judgment says")
_COURT_PAPERS = frozenset({"judgment", "judgement", "ruling", "verdict"})
_COURTS = frozenset({"tribunal", "court", "judge", "judges", "panel", "chamber"})
# papers (and one side of a trial) that speak for the one body of a kind the text names, by the first letters of
# a word of its name ("the indictment": the Office of the Prosecutor)
_COURT_NAMES = ("tribunal", "court", "chamber")
_PROSECUTOR_NAMES = ("prosecut",)
_SUMMIT_NAMES = ("council", "summit", "union", "alliance", "league", "community", "forum", "assembly", "conference")
_REGULATOR_NAMES = ("board", "commission", "authority", "tribunal", "court", "regulator", "watchdog")
_ISSUERS_BY_PAPER = {
    **dict.fromkeys(("judgment", "judgement", "verdict"), _COURT_NAMES),
    **dict.fromkeys(("indictment", "prosecution"), _PROSECUTOR_NAMES),
    **dict.fromkeys(("communique", "communiqué"), _SUMMIT_NAMES),
    **dict.fromkeys(("decision", "ruling"), _REGULATOR_NAMES),
}
# what people tell of what they saw ("witnesses' accounts"), which stays theirs whoever writes it down
_TOLD_ACCOUNTS = frozenset({"account", "testimony", "recollection"})
def _owner_of_an_unsigned_paper(tok: Token) -> Token | None:
    """The body whose paper a reporter cites when the paper names no one ('an internal email', 'a budget paper
    sent to councillors'): the body the reported clause is about, its subject ('the council had set a target',
    'council officials had drawn up plans')."""
    if tok.dep_ != "dobj" or tok.head.lemma_ not in ("cite", "quote") or tok.head.tag_ != "VBG" or \
            not is_report_noun(tok) or tok.pos_ != "NOUN":
        return None
    says_whose = any(
        c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.lemma_.lower() in ORG_NOUNS) or c.dep_ == "poss"
        or c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
        or c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in tok.children)
    if says_whose:
        return None  # a paper that says whose it is
    clause = tok.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lemma_.lower() in ORG_NOUNS:
        return subject
    body = next((c for c in subject.children if c.dep_ == "compound" and c.lemma_.lower() in ORG_NOUNS), None)
    return body if body is not None and subject.lemma_.lower() in ("official", "officer", "manager") else None


def _own_record_cited(its: Token, subject: Token) -> bool:
    """'The council collects from about 96,000 households, according to its own annual report': a body named
    by its noun alone, whose own document the sentence cites."""
    holder = its.head
    return its.lower_ == "its" and subject.lemma_.lower() in ORG_NOUNS and holder.dep_ == "pobj" and \
        holder.head.lower_ == "to" and holder.head.head.lower_ == "according" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


# plain words for documents a story cited before by their kinds ("The documents show ...")
_DOCUMENTS_AGAIN = frozenset({"documents", "papers", "files", "records"})
# verbs by which a body puts out a document of its own
_PUBLISHING = frozenset({"publish", "release", "issue", "circulate", "post", "unveil"})
# kinds of documents a leak or an investigation lists
_DOCUMENT_KINDS = frozenset({"invoice", "email", "e-mail", "letter", "memo", "record", "document", "file", "message",
                             "contract", "receipt", "minute", "report", "ledger", "spreadsheet", "filing", "note"})
# the verbs of how an outlet came by documents ("obtained by", "seen by", "leaked to")
_OBTAINED = SEEN_VERBS | {"leak", "share", "provide", "give"}


def _document_list_from(first: Token) -> str | None:
    """The words of a list of kinds of documents opening at *first*, up to how the outlet came by them ("invoices,
    internal emails and an auditor's letter obtained by X"): at least two kinds, joined by commas and "and"."""
    words: list[Token] = []
    for t in first.doc[first.i : first.sent.end]:
        if t.tag_ == "VBN" and t.lemma_.lower() in _OBTAINED or t.is_punct and t.text != "," or t.is_space:
            break
        words.append(t)
    kinds = [t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in _DOCUMENT_KINDS]
    if len(kinds) < 2 or not words or words[-1] != kinds[-1] or first not in kinds or not any(
            t.lower_ == "and" for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return first.doc[words[0].i : words[-1].i + 1].text


_GATHERED = frozenset({"price", "reading", "measurement", "sample", "count", "record", "observation", "number"})
# studies known by another word, whose leaders speak for them ("a trial led by researchers at X")
_TRIALS = frozenset({"trial", "experiment"})
# measures and papers a body compiles, issues and publishes, which speak for it when the text says who ("an index
# published by X", "licences published by the board")
_PUBLISHED_MEASURES = frozenset({"index", "indicator", "benchmark", "gauge", "licence", "license", "permit"})
_AUTHOR_VERBS = frozenset({"write", "prepare", "commission", "conduct", "carry", "draw", "author", "lead", "sign",
                           "take", "capture", "film", "shoot", "collect", "gather", "record"})  # ("images taken on March 6 by the operator X")
_AGE_WINDOW = 3  # sentences: how far back the person 'the 47-year-old' stands for may be named
_STUDIES = ("study", "report", "survey", "paper", "analysis")
# what a body's instruments or books hold ("readings from the board's sensors", "records kept by the operator")
_RECORDS = frozenset({"reading", "record", "log", "logbook", "recording", "footage", "measurement"})
# what a sender sends ("a message from the alert office")
_MESSAGES = frozenset({"message", "alert", "text", "email", "e-mail", "notice", "notification"})
_REPORT_WINDOW = 120  # tokens: how far back a document just named can be 'the report'


# "09:15 — ", "10:40 am: ", "Updated 14:32 |": a paragraph opening with a time stamp starts a live-blog entry
_TIMESTAMP = re.compile(r"^[ \t]*(?:updated[ \t]+|update[ \t]+)?(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|h|GMT|BST|CET|ET|UTC))?"
                        r"|\d{1,2}[ \t]*[ap]\.?m\.?)[ \t]*(?:—|–|-|:|\||\n)", re.IGNORECASE | re.MULTILINE)
_MIN_ENTRIES = 2


def _untagged_maker(doc_noun: Token) -> str | None:
    """'A Halberg Opinion survey of 1,600 adults': the name of two or more words the tagger left untagged before a
    document noun, the body that made it (not a day, a place or a people: "the Sunday survey", "a Velgorian
    report")."""
    words = [c for c in doc_noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < doc_noun.i]
    if not words:
        return None
    first = min(t.i for w in words for t in w.subtree)
    span = doc_noun.doc[first : doc_noun.i]
    if len(span) < 2:
        return None  # ("the Wrexford study", "Court filings": a place, or a word capitalised to open a sentence)
    if any(t.pos_ != "PROPN" or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP", "ORG", "PERSON") for t in span):
        return None
    return span.text


def hyphenated_word_end(tok: Token) -> Token:
    """The last part of a word written with hyphens that the tokenizer split ("vice - chancellor"), when ``tok``
    is its first part and the parts are nouns; otherwise ``tok``."""
    doc = tok.doc
    end = tok
    while end.i + 2 < len(doc) and doc[end.i + 1].text == "-" and not end.whitespace_ and \
            not doc[end.i + 1].whitespace_ and doc[end.i + 2].is_alpha and doc[end.i + 2].pos_ == "NOUN":
        end = doc[end.i + 2]
    return end if tok.pos_ == "NOUN" else tok


# nouns for a person that name no role: "The woman who shared her laboratory said"
_PLAIN_PERSON_NOUNS = frozenset({"man", "woman", "person", "boy", "girl"})


# verbs by which a body has a document written for it by others ("a report the council commissioned from X")
_ORDERING_VERBS = frozenset({"commission", "order"})


def entry_starts(doc: Doc) -> list[int]:
    """Token indices where live-blog entries start: paragraphs that open with a time stamp. Each entry is
    written on its own, so its pronouns and unnamed speakers never reach back into the entry before it.
    Empty unless the document has at least two such paragraphs."""
    starts: list[int] = []
    for m in _TIMESTAMP.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            first = span[0]
            while first.is_space and first.i + 1 < len(doc):
                first = doc[first.i + 1]
            starts.append(first.i)
    return sorted(set(starts)) if len(starts) >= _MIN_ENTRIES else []


# where a body or a person publishes in its own name ("The group's page claims ...", "Greywidow's site says ...")
_OWN_PAGES = frozenset({"page", "website", "site", "blog", "feed"})


def _correspondent(tok: Token) -> Token | None:
    """'messages it had exchanged with the group', 'emails it received from the company': the other side of a
    correspondence, whose words the messages carry."""
    if tok.lemma_.lower() not in _CORRESPONDENCE or tok.tag_ != "NNS":
        return None
    for clause in tok.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in ("exchange", "receive", "get", "have"):
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "from"):
                    party = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                    if party is not None:
                        return party
    return None


_CORRESPONDENCE = frozenset({"message", "email", "e-mail", "text", "letter", "chat", "conversation"})


def _name_it_goes_by(tok: Token) -> list[Token] | None:
    """'a criminal group that calls itself Greywidow', 'a hacker known as Nightjar': the capitalised name a described
    party goes by."""
    if tok.pos_ != "NOUN":
        return None
    for clause in tok.children:
        if clause.dep_ == "relcl" and clause.lemma_ in ("call", "name") and any(
                c.dep_ == "dobj" and c.lower_ in ("itself", "themselves", "himself", "herself") for c in clause.children):
            named = next((c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ == "PROPN"), None)
        elif clause.dep_ == "acl" and clause.lower_ == "known":
            named = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                          for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        elif clause.dep_ == "acl" and clause.lower_ in ("called", "named") and clause.right_edge.i == tok.right_edge.i \
                and not is_person_role(tok):
            # "a coalition of pensioners' groups called Grey Square"
            named = next((c for c in clause.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None)
        else:
            continue
        if named is not None:
            words = [t for t in tok.doc[named.left_edge.i : named.i + 1] if t.pos_ == "PROPN"]
            return words if words and words[0].i == named.left_edge.i else None
    return None


def _name_given_before_cue(tok: Token) -> bool:
    """'who gave his name only as Omid said ...', parsed with the name the subject of the cue."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_VERBS or tok.i < 2:
        return False
    if doc[tok.i - 1].lower_ != "as" or not tok.is_title:
        return False
    return any(t.lower_ == "name" for t in doc[max(0, tok.i - 5) : tok.i - 1])


def _published_by(tok: Token) -> bool:
    """'Updated figures from the interior ministry: ...': the body a heading's report or data comes from."""
    prep = tok.head
    doc = tok.doc
    colon = tok.right_edge.i + 1
    return tok.dep_ == "pobj" and prep.lower_ in ("from", "by") and is_report_noun(prep.head) and \
        colon < len(doc) and doc[colon].text == ":"


def _plural_subject_before(tok: Token) -> Token | None:
    """The plural subject of the main clause of the pronoun's own sentence, when it names people or bodies
    ('Governments downstream of the river condemned ..., a move they said ...')."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.tag_ != "NNS" or subj.i == tok.i:
        return None
    return subj if _speaking_plural(subj) else None


def _speaks_or_puts(verb: Token) -> bool:
    """A verb by which 'it' gives words or a figure ('says', 'puts ... on 33 percent, and says ...')."""
    return verb.lemma_ in SPEECH_VERBS or verb.lemma_ == "put" and any(
        c.dep_ == "conj" and c.lemma_ in SPEECH_VERBS for c in verb.children)


def _subject_governing_relative(tok: Token) -> Token | None:
    """'the union blamed a rail fault that it said had been reported': the body-noun subject of the verb whose
    object the relative clause with 'it' describes."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = clause.head.head
    if verb.dep_ == "prep":
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < clause.head.i), None) \
        if verb.pos_ == "VERB" else None
    if subj is None or subj.tag_ != "NN" or not (subj.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS
                                                  or subj.ent_type_ == "ORG"):
        return None
    return subj


def _plural_speaker_just_before(tok: Token) -> Token | None:
    """'Farrowdale police said a first reading showed ... They said they had opened an investigation': the plural
    speaker of the sentence before, when 'they' opens its own sentence as the subject of a speech verb."""
    sent = tok.sent
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_VERBS or tok.i != sent.start or sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    root = before.root
    if root.lemma_ not in SPEECH_VERBS:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or subj.pos_ != "NOUN":
        return None
    return subj if _speaking_plural(subj) or subj.lemma_.lower() == "police" else None


def _speaking_plural(subj: Token) -> bool:
    """A plural that can speak: people by role, bodies or their spokespeople ('officials', 'governments')."""
    return is_person_role(subj) or subj.lemma_.lower() in ORG_NOUNS | GENERIC_ORG_NOUNS | PROXY_NOUNS


def _subject_described_by(name: Token) -> Token | None:
    """'A 19-year-old man from Ebrania': the subject noun whose prepositional phrase holds ``name``."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    if name.dep_ != "pobj" or name.head.dep_ != "prep":
        return None
    noun = name.head.head
    return noun if noun.pos_ == "NOUN" and noun.dep_ == "nsubj" else None


def _name_words(span: Span) -> list[Token] | None:
    """The words of a name written in capitals ("the Widows of Vessin"), without punctuation or a leading "the";
    None when a word is neither capitalised nor a joining "of", "the", "for" or "and"."""
    words = [t for t in span if not t.is_punct]
    while words and words[0].lower_ == "the":
        words = words[1:]
    if not words or not all(w.text[:1].isupper() or w.lower_ in ("of", "the", "for", "and") for w in words):
        return None
    return words


def _person_antecedent(tok: Token, who: Token | None = None) -> Token:
    """'Philippa Oyelowo-Finch, a forensic accountant instructed by the trust, who testified': 'who' speaks
    for a person, so a thing the parser hung the clause on gives way to the person it describes; 'refusing food
    ..., according to lawyers for several of the men, who say': with the clause hung on a thing far back, the
    people named right before 'who'."""
    if tok.ent_type_ == "PERSON" or is_person_role(tok) or tok.lower_ in PERSON_PRONOUNS:
        return tok
    starts = [tok]
    before = who.i - 1 if who is not None else -1
    if before > 0 and who is not None and who.doc[before].text == ",":
        before -= 1
    if who is not None and before >= 0 and who.doc[before].pos_ == "NOUN" and before > tok.i:
        starts.append(who.doc[before])
    for start in starts:
        cur, found = start, None
        for _ in range(6):
            if cur.i != tok.i and (cur.ent_type_ == "PERSON" or (cur.pos_ == "NOUN" and is_person_role(cur))):
                found = cur
                if start is tok:
                    break
            if cur.dep_ not in ("pobj", "agent", "prep", "acl", "appos", "compound") or cur.head.i == cur.i:
                break
            cur = cur.head
        if found is not None:  # (right before 'who': the whole phrase, "lawyers for several of the men")
            return found
    return tok


def _untagged_subject(tok: Token) -> Token | None:
    """The proper-noun subject, no tagged entity, of the clause the speaker reports in the same sentence."""
    for cand in tok.sent:
        if cand.i >= tok.i:
            break
        if cand.dep_ == "nsubj" and cand.pos_ == "PROPN" and cand.ent_type_ == "" and cand.head.i != tok.head.i:
            return cand
    return None


def _told(tok: Token) -> bool:
    """'X told our reporter Lukas Fennimore that ...': the one told listens; a later 'he said' is X."""
    node = tok.head if tok.dep_ in ("appos", "compound") else tok
    return node.dep_ in ("dobj", "dative") and node.head.lemma_ == "tell"


def poss_name_role(tok: Token) -> bool:
    """'Maravel's agriculture minister', 'the company's chief executive': a role owned by a named place or a
    described body, with no name of its own beside it."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    owned_by_body = owner is not None and owner.pos_ == "NOUN" and any(c.lower_ == "the" for c in owner.children)
    return (tok.pos_ == "NOUN" and owner is not None and (owner.pos_ == "PROPN" or owned_by_body)
            and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children))


# singular nouns for a body of people speaking as one ("Norrhaven's delegation", "the defence team")
_COLLECTIVE_NOUNS = frozenset({"delegation", "team", "side", "camp", "contingent", "bloc", "coalition", "alliance",
                               "caucus", "panel", "jury", "family", "crew", "staff", "leadership", "opposition",
                               "majority", "minority", "faction", "wing", "consortium"})


def _type_of(tok: Token) -> PartyType:
    if tok.pos_ == "NOUN" and is_report_noun(tok):
        return "unknown"  # "a statement on the presidential website": a document, no person
    if tok.lemma_.lower() in ORG_NOUNS:
        return "organization" if tok.tag_ == "NN" else "group"
    if tok.lemma_.lower() in _COLLECTIVE_NOUNS:
        return "group"
    if tok.ent_type_ == "PERSON":
        return "person"
    if tok.ent_type_ in ("ORG", "GPE", "NORP"):
        return "organization"
    if tok.tag_ in ("NNS", "NNPS"):
        return "group"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "person" if tok.pos_ == "NOUN" else "unknown"
    return "unknown"
