"""Named entities of one document with their aliases.

Builds an :class:`EntityTable`: every person, organisation and place the
parser finds, merged under the fullest name the document uses. Aliases come
from parenthesised acronyms ("Defence Intelligence Agency (DIA)"), short
names ("Jia" for "Oliver Jia", "Mr. Clyburn"), and spelling variants
("Zelensky" for "Zelenskyy").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from heuer.extract.ages import age_phrase
from heuer.extract.lexicon import ORG_NOUNS, PERSON_ROLE_NOUNS
from heuer.extract.nlp import doc_text
from heuer.extract.org_nouns import GENERIC_ORG_NOUNS, OUTLET_NAME_WORDS
from heuer.model import Entity

KEPT_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "gen", "general", "col",
    "lt", "sen", "senator", "rep", "gov", "governor", "president", "minister", "pm", "judge",
    "justice", "rev", "mayor", "chancellor", "secretary", "ambassador", "commissioner", "capt",
    "captain", "adm", "admiral", "sgt", "chief", "director", "deputy", "premier", "king", "queen",
    "prince", "princess", "pope", "lord", "lady", "st",
    "constable", "superintendent", "inspector", "detective", "speaker", "councillor", "councilor", "cllr",
    "alderman", "assemblyman", "assemblywoman", "mp", "mep", "rabbi", "imam", "father", "bishop", "archbishop",
    "major", "colonel", "lieutenant", "sergeant", "corporal", "marshal", "magistrate", "coroner", "sheriff",
}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|for|and|the|on|de|du|des|la|&)(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|de|du|des|la|&)){0,9})"
    r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)"
)
_CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "des", "la", "&"}
# words of a trade that end a company's name ("Kilbrannan Copper", "Brassfinch Events", "Hallowfern Mutual")
_TRADE_WORDS = frozenset({"copper", "steel", "metals", "minerals", "resources", "petroleum", "chemicals", "cement",
                          "events", "entertainment", "mutual", "assurance"})
_ORG_WORDS = set(
    """
    agency ministry service directorate department office bureau council commission committee authority
    party police army navy court bank university college institute school hospital group company corp
    corporation inc ltd llc plc sa ag gmbh co holdings robotics systems technologies sensing transit
    power energy airlines airways news times post wire press herald gazette journal tribune broadcasting
    radio tv television network media association union federation foundation fund trust league club
    government administration assembly parliament senate congress embassy mission force forces guard
    ratings markets partners securities insurance logistics shipping mining motors pharmaceuticals labs
    laboratory laboratories consulting consultants analytics advisory tracking railways creamery brewery
    mines productions promotions actuarial actuaries financial accountancy auditors surveyors engineering
    architects
    """.split()
) | _TRADE_WORDS


# last words of a sports club's name after its town ("City" and "Town" are also places: not listed)
_CLUB_WORDS = frozenset({"United", "Athletic", "Rovers", "Wanderers", "Albion", "Hotspur", "FC", "AFC", "Rangers",
                         "Harriers", "Dynamo", "Olympic"})
_CLUB_OPENERS = frozenset({"Sporting", "Dynamo", "Olympique", "Atletico", "FC", "AFC"})


def _calls_itself_its(ent: Span) -> bool:
    """'Skarvholm Aqua, Storvia's second-largest salmon farmer, cut its harvest forecast': the subject of a
    clause whose object is its own ("its"), with no "his" or "her" about it."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    sent = root.sent
    if root.head.dep_ == "ROOT" and sent.end < len(root.doc):
        # "The left-leaning Morning Crier was scathing. Its front page showed ...": the next sentence's "its"
        nxt = root.doc[sent.end]
        while nxt.is_space and nxt.i + 1 < len(root.doc):
            nxt = root.doc[nxt.i + 1]
        if nxt.text == "Its":
            return True
    if root.head.pos_ != "VERB":
        return False
    verb = root.head
    owned = [t.lower_ for c in verb.children if c.dep_ in ("dobj", "attr") for t in c.subtree
             if t.tag_ == "PRP$"]
    return bool(owned) and owned[0] == "its"


def clean_name(text: str) -> str:
    """Trim a mention to a name: no leading 'the', no possessive, single spaces."""
    name = " ".join(text.split())
    if " (" in name:  # "World Health Organization (WHO": the acronym belongs to its own mention
        name = name.split(" (", 1)[0]
    name = _POSSESSIVE.sub("", name).strip(" ,.;:-–—\"'“”‘’()")
    if name.lower().startswith("the "):
        name = name[4:]
    words = name.split()
    while len(words) > 1 and _CLOCK_TIME.fullmatch(words[0]):
        words = words[1:]  # "08:20 Hendrika Tuckwell, who ...": a live page's timestamp is no part of the name
        name = " ".join(words)
    if len(words) > 2 and words[0] in _HEADLINE_VERBS:
        words = words[1:]  # "Black Lawmakers Rip Donald Trump As ...": the verb before the name is no part of it
        name = " ".join(words)
    cut = next((i for i, word in enumerate(words) if i > 0 and word in _HEADLINE_VERBS), None)
    if cut is not None:
        name = " ".join(words[:cut])  # "Obama Says African-American Museum Will ...": a headline's verb ends the name
    return name


# a clock time that opens a live page's entry ("08:20", "7.45pm")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?")


# verbs a title-case headline puts right after a name ("Obama Says ...", "Christie Calls ...")
_HEADLINE_VERBS = frozenset({"Says", "Said", "Tells", "Told", "Warns", "Claims", "Denies", "Urges", "Insists",
                             "Admits", "Vows", "Calls", "Slams", "Hammers", "Blasts", "Wants", "Asks", "Rip", "Rips",
                             "Slam", "Blast", "Accuse", "Accuses", "Attack", "Attacks", "Praise", "Praises",
                             "Defends", "Mocks", "Backs"})


def strip_titles(name: str) -> str:
    """'Gen. Ana Ruiz' -> 'Ana Ruiz'; a capitalised role before a full name goes too ('Historian Oliver Jia')."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    while len(words) > 2 and is_role_word(words[0]):
        words = words[1:]
    return " ".join(words)


def is_role_word(word: str) -> bool:
    """A title or a noun for a person's role ('Mayor', 'historian', 'chair')."""
    low = word.lower().rstrip(".")
    if "-" in low and low != "year-old":  # "director-general", "vice-chairman"
        return any(part in PERSON_ROLE_NOUNS or part in TITLES for part in low.split("-") if part != "co")
    return low in TITLES or low in PERSON_ROLE_NOUNS or low in _EXTRA_ROLES or _person_by_ending(word)


_EXTRA_ROLES = {"historian", "columnist", "strategist", "pollster", "physician", "novelist", "commentator",
                "businessman", "businesswoman", "congressman", "congresswoman", "councillor", "councilor",
                "councilman", "councilwoman", "representative", "rep", "sen", "gov", "presidential", "arbiter",
                "champion", "challenger", "titleholder"}

# endings only nouns for people have: "archaeologist", "statistician", "cartographer", "grandmaster", "detectorist"
_PERSON_ENDINGS = ("ologist", "ician", "ographer", "master")
# words in -ist that are no person ("insist", "wrist"), and lists ("checklist"; not "journalist")
_NOT_PEOPLE_IN_IST = frozenset({"exist", "insist", "assist", "resist", "persist", "consist", "desist", "subsist",
                                "mist", "fist", "gist", "wrist", "twist", "heist", "tryst", "schist", "whist", "midst"})
# words in -man that are no person
_NOT_PEOPLE_IN_MAN = frozenset({"talisman", "ottoman", "caiman", "walkman", "doberman", "german", "roman"})


def _person_by_ending(word: str) -> bool:
    """A noun for a person by its ending; one in -ist or -man only written in lower case, as surnames end so too
    ("Dahlquist", "Eastman")."""
    low = word.lower()
    if low.endswith(_PERSON_ENDINGS) and len(low) > 7 and low.isalpha():
        return True
    if not (word.islower() and low.isalpha()):
        return False
    if low.endswith(("man", "woman")) and len(low) > 5 and low not in _NOT_PEOPLE_IN_MAN:
        return True  # "postman", "ferryman", "chairwoman"
    return low.endswith("ist") and len(low) > 5 and low not in _NOT_PEOPLE_IN_IST and not (
        low.endswith("list") and low[-5] not in "aeiou")


def acronym_of(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _CONNECTORS and w[:1].isalpha())


@dataclass
class EntityRecord:
    name: str
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass
class EntityTable:
    """Canonical entities of one document and a lookup from any alias to its canonical name."""

    records: dict[str, EntityRecord] = field(default_factory=dict)
    alias_to_name: dict[str, str] = field(default_factory=dict)
    token_entity: dict[int, str] = field(default_factory=dict)  # token index -> canonical name

    def lookup(self, text: str) -> EntityRecord | None:
        key = clean_name(text).lower()
        name = self.alias_to_name.get(key) or self.alias_to_name.get(strip_titles(clean_name(text)).lower())
        return self.records.get(name) if name else None

    def person_by_surname(self, word: str) -> EntityRecord | None:
        """The one person whose last (or first) name is ``word`` ("OKAFOR", "Lopez")."""
        low = word.lower()
        hits = [r for r in self.records.values() if r.label == "PERSON" and len(r.name.split()) > 1
                and low in (r.name.split()[-1].lower(), r.name.split()[0].lower())]
        return hits[0] if len(hits) == 1 else None

    def label_of(self, name: str) -> str | None:
        rec = self.records.get(name)
        return rec.label if rec else None

    def to_entities(self) -> list[Entity]:
        out = [
            Entity(name=r.name, label=r.label, aliases=sorted(a for a in r.aliases if a != r.name), mentions=r.mentions)
            for r in self.records.values()
        ]
        out.sort(key=lambda e: (-e.mentions, e.name))
        return out


def _acronym_definitions(text: str) -> dict[str, str]:
    """'Defence Intelligence Agency (DIA)' -> {'DIA': 'Defence Intelligence Agency'}."""
    found: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        words = m.group(1).split()
        acro = m.group(2)
        while words and words[0].lower() in _CONNECTORS:
            words = words[1:]
        best = None
        for i in range(len(words)):
            cand = words[i:]
            if cand[0].lower() in _CONNECTORS:
                continue
            if acronym_of(cand) == acro.upper():
                best = cand
                break
        if best is None:
            # e.g. Main Directorate of Intelligence (HUR): keep the capitalised phrase
            caps = [w for w in words if w[:1].isupper()]
            if len(caps) < 2:
                continue
            best = words[-min(len(words), 6) :]
            while best and best[0].lower() in _CONNECTORS:
                best = best[1:]
        found.setdefault(acro, " ".join(best))
    return found


def _merge_into(table: EntityTable, short: str, target: str) -> None:
    """Make ``short`` an alias of ``target`` everywhere in the table."""
    rec = table.records[target]
    rec.aliases.add(short)
    rec.mentions += table.records[short].mentions
    for key, value in list(table.alias_to_name.items()):
        if value == short:
            table.alias_to_name[key] = target
    for i, value in list(table.token_entity.items()):
        if value == short:
            table.token_entity[i] = target
    del table.records[short]


_INTRO_ORG_NOUNS = GENERIC_ORG_NOUNS | {"consultancy", "agency", "group", "broadcaster", "newspaper", "charity",
                                         "watchdog", "regulator", "producer", "developer", "supplier", "maker",
                                         "carmaker", "automaker", "chipmaker", "conglomerate", "consortium",
                                         "organisation", "organization", "network", "coalition", "alliance",
                                         "association", "union", "party", "movement", "institute", "think-tank",
                                         "thinktank", "outlet", "website", "daily", "tabloid", "magazine", "station",
                                         "channel", "monitor", "observatory", "ngo", "nonprofit", "non-profit", "site",
                                         "service", "platform", "portal", "tracker", "pollster"}


# the last words of a public body's name that say what kind of body it is
_BODY_KINDS = frozenset({"hospital", "university", "institute", "college", "ministry", "agency", "authority",
                         "council", "commission", "registry", "inspectorate", "directorate", "tribunal", "trust",
                         "foundation", "society", "association", "federation", "guild"})
# what the tagger may take a body's untagged name for ("The Emberlight Trust, which runs the appeal": a title)
_MISREAD_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})


def _name_runs_on(doc: Doc, span: Span) -> bool:
    """Is ``span`` only part of a longer name ('Sarvennian Observatory' in 'the Sarvennian Observatory for
    Civilian Protection', 'North Sarvennian Observatory')?"""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ == "PROPN":
        return True
    if after is None:
        return False
    if after.pos_ == "PROPN":
        return True
    return after.lower_ in ("of", "for", "and", "&", "de") and span.end + 1 < len(doc) and \
        doc[span.end + 1].text[:1].isupper()


def _org_noun_before(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` introduced by an organisation noun ('Rail operator Litorail')?"""
    if start == 0:
        return False
    prev = doc[start - 1]
    # ("the party daily Tocsin", with "daily" read as an adjective; "by the firm Civicount", "firm" read so too)
    read_as_adjective = prev.tag_ == "JJ" and start > 1 and doc[start - 2].lower_ in ("the", "a", "an")
    return (prev.pos_ == "NOUN" and prev.tag_ == "NN" or prev.lower_ in ("daily", "weekly", "monthly")
            or read_as_adjective) and prev.lemma_.lower() in _INTRO_ORG_NOUNS | {"weekly", "monthly"}


def _called_by_org_noun(ent: Span) -> bool:
    """'A group calling itself Cinder Choir', 'a militia known as the Red Hand', 'a charity called Open Door', 'a
    group that calls itself Greywidow': a name that an organisation noun is called by, or that calls itself so."""
    root = ent.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    itself = any(c.lower_ == "itself" for c in verb.children)
    # ("a criminal group that calls itself Greywidow")
    if verb.lemma_ in ("call", "name") and verb.dep_ == "relcl" and itself:
        return True
    if verb.lemma_ not in ("call", "name", "know", "dub") or verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "acl":
        return False
    return itself or verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in _INTRO_ORG_NOUNS


def _role_before(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` introduced by a person's role ('Prosecutor Helena Quarshie-Lund')?"""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.pos_ in ("NOUN", "PROPN") and prev.lemma_.lower() not in _INTRO_ORG_NOUNS and (
        prev.lower_ in PERSON_ROLE_NOUNS or prev.lower_ in TITLES)


def _person_read_as_a_people(doc: Doc, ent: Span) -> bool:
    """'the toymaker Agostino X', tagged as a nationality: two or more capitalised names, the last no word for a
    people ('South Korean', 'Northern Irish'), right after a common noun that describes them."""
    if ent.label_ != "NORP" or len(ent) < 2 or ent.start == 0 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    if ent[-1].lower_.endswith(("an", "ese", "ish", "ic", "i")):
        return False
    prev = doc[ent.start - 1]
    return prev.tag_ == "NN" and prev.is_lower and prev.dep_ in ("compound", "nmod", "appos", "nsubj", "pobj", "dobj") \
        or _role_before(doc, ent.start)


def _who_follows(doc: Doc, end: int) -> bool:
    """'Tomasz Vlahos-Greene, whose 91-year-old mother ...': a name 'who' or 'whose' refers back to."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whose")


def _role_appos(ent: Span) -> bool:
    """'The official, Ilinca Marrow-Beaumont, deputy head of the agency': a name in apposition with a
    person's role is a person's."""
    root = ent.root
    roles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        roles.append(root.head)
    # ("one of the firm's two directors, X": the role of those it is one of)
    roles += [o for r in roles if r.lower_ == "one" for p in r.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    two_words = len(ent.text.split()) == 2
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in (PERSON_ROLE_NOUNS | _EXTRA_ROLES) - _ORG_ROLES
                                     or _person_by_ending(t.text)
                                     or two_words and t.lemma_.lower() in _PERSON_FIRST_ROLES) for t in roles)


def _aged_in_apposition(ent: Span) -> bool:
    """'Rufina, a 44-year-old cafe owner on the promenade, said': a name an age describes is a person's, whatever
    role follows the age."""
    doc = ent.doc
    return any(c.dep_ == "appos" and c.i >= ent.end and any(age_phrase(t) is not None for t in doc[c.left_edge.i : c.i])
               for c in ent.root.children)


# roles an organisation can fill as well as a person ("Its owner, Harrowfield Senior Living")
_ORG_ROLES = frozenset({"owner", "founder", "leader", "head", "chief", "chair", "manager", "operator", "partner",
                        "member", "winner", "buyer", "seller", "investor", "backer", "sponsor", "supplier", "author",
                        "candidate", "player", "employer", "publisher", "editor", "organiser", "organizer"})


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "above", "below",
                                 "beyond", "around"})
_AT_PLACE = _PLACE_PREPOSITIONS | {"at", "off", "into", "to"}
# last words of a company's name after its owner's or founder's name ("Orrick Terminals", "Halsworth Maritime")
COMPANY_WORDS = frozenset({"terminals", "maritime", "logistics", "shipping", "holdings", "group", "airways",
                           "airlines", "industries", "technologies", "systems", "energy", "power", "mining",
                           "pharma", "foods", "motors", "capital", "partners", "labs", "telecom", "freight",
                           "pictures", "films", "studios", "entertainment", "properties", "estates", "developments",
                           "company", "corporation", "corp", "inc", "ltd", "plc", "llc"}) | _TRADE_WORDS

PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "county", "port",
                          "suburb", "island", "state", "municipality", "borough", "neighbourhood", "neighborhood"})


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of capitalised proper-noun words, hyphenated parts joined ('Marek Ashworth-Nnamdi')."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and "\n" not in doc[j - 1].whitespace_:
                j += 1
            elif (t.text == "-" and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < n
                  and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha):
                j += 2
            elif t.text == "&" and j + 1 < n and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                j += 2  # "Brannock & Lowe": a firm's name
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _person_evidence(doc: Doc, start: int, end: int, surnames: set[str] | None = None) -> bool:
    """A person's role or title just before the name, a role noun in apposition with it, or ', who' /
    ', 58,' right after it: 'Detective Superintendent Marek Ashworth-Nnamdi', 'the Speaker, Marguerite
    Oduya-Halloran', 'Pieter Valdez-Ansah, who is 79'."""
    if start > 0 and is_role_word(doc[start - 1].text) and doc[start - 1].lemma_.lower() not in _ORG_ROLES:
        return True
    if _who_follows(doc, end) or _age_follows(doc, end) or _role_phrase_before(doc, start):
        return True
    if role_with_who_clause_before(doc, start) is not None:
        return True
    if surnames and doc[start:end].text.split()[-1] in surnames:
        return True  # "Pieter Valdez-Ansah ... Valdez-Ansah, who is 79"
    if _name_someone_gives_himself(doc, start):
        return True
    if _double_barrelled_speaker(doc, start, end) or _referred_to_as_person(doc, start, end) or \
            _speaker_after_quote_taken_for_a_title(doc, start, end) or _speaker_taken_up_by_he_or_she(doc, start, end):
        return True
    root = max((t for t in doc[start:end] if not (start <= t.head.i < end)), key=lambda t: t.i, default=None)
    if root is None:
        return False
    roles = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        roles.append(root.head)
    # ("one of the firm's two directors, X": the role of those it is one of)
    roles += [o for r in roles if r.lower_ == "one" for p in r.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    # roles an organisation can fill too ("Its owner, Harrowfield Senior Living") only for a two-word name
    two_words = len(doc[start:end].text.split()) == 2
    # ("director-general" may come out as an adjective 'general' heading the phrase)
    # ("one of the firm's two directors, Wincenty Haworth": a plural role too)
    return any((t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("nsubj", "nsubjpass", "appos")) and (
        is_role_word(t.text) or t.tag_ == "NNS" and is_role_word(t.lemma_)) and t.lemma_.lower() not in _ORG_WORDS
               and (t.lemma_.lower() not in _ORG_ROLES or two_words and t.lemma_.lower() in _PERSON_FIRST_ROLES)
               for t in roles)


def _name_someone_gives_himself(doc: Doc, start: int) -> bool:
    """'a man who gives his name as Basilio Quickfall', 'a woman who identified herself as X', 'who calls himself X':
    the name a person goes by, whatever the tagger took it for."""
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    return before[-3:] in (["his", "name", "as"], ["her", "name", "as"]) or before[-2:] in (
        ["himself", "as"], ["herself", "as"]) or bool(before) and before[-1] in ("himself", "herself")


# the verbs by which a name that speaks shows itself a person's, whatever the tagger guessed
_SAYING = frozenset({"say", "tell", "add", "write", "recall", "explain"})


def _speaker_after_quote_taken_for_a_title(doc: Doc, start: int, end: int) -> bool:
    """'"We published the best numbers we had," Venetia Lockridge told a news conference': a two-word name that
    speaks right after a closing quotation mark, which the tagger took for the title of a work."""
    words = doc[start:end].text.split()
    if len(words) != 2 or start < 2 or doc[start - 1].text not in ('"', "”") or doc[start - 2].text != ",":
        return False
    if not all(doc[k].ent_type_ in ("WORK_OF_ART", "") for k in range(start, end)):
        return False
    root = doc[end - 1]
    return root.dep_ == "nsubj" and root.head.lemma_ in _SAYING


def _double_barrelled_speaker(doc: Doc, start: int, end: int) -> bool:
    """'"We counted six trains," Orsolya Tobiassen-Quispe told the agency': a first name and a double-barrelled
    surname that speak are a person's, whatever the tagger guessed."""
    words = doc[start:end].text.split()
    if len(words) != 2 or words[0].lower() in _ORG_WORDS:
        return False
    parts = words[1].split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() and len(p) > 2 for p in parts):
        return False
    root = doc[end - 1]
    return root.dep_ == "nsubj" and root.head.lemma_ in _SAYING


def _demonym_of(word: str, countries: set[str]) -> bool:
    """Is ``word`` the adjective of one of ``countries`` ('sorvennan' of 'sorvenna', 'kavethi' of 'kaveth')?"""
    return any(word.startswith(c[:-1]) and word[len(c) - 1 :] in _DEMONYM_ENDINGS.get(c[-1], ()) or
               word.startswith(c) and word[len(c) :] in ("n", "an", "ian", "ese", "i", "ish", "ite")
               for c in countries if len(c) >= 4 and word != c)


# 'Sorvenna' -> 'Sorvennan', 'Tavoria' -> 'Tavorian', 'Kenya' -> 'Kenyan', 'Italy' -> 'Italian'
_DEMONYM_ENDINGS = {"a": ("an", "ian", "ese"), "y": ("ian", "ese"), "e": ("an", "ian", "ese")}


def _referred_to_as_person(doc: Doc, start: int, end: int) -> bool:
    """'Rumen Kilbride-Sathe keeps a small suitcase by the door of his flat': an untagged name that is its
    clause's subject and that 'his', 'her', 'himself' or 'herself' later in the clause refers back to (a body
    would be 'its')."""
    root = doc[end - 1]
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") or doc[start].ent_type_ in ("GPE", "LOC", "NORP"):
        return False
    verb = root.head
    for tok in doc[end : verb.right_edge.i + 1]:
        if tok.lower_ not in ("his", "her", "himself", "herself") or tok.tag_ not in ("PRP$", "PRP"):
            continue
        # the pronoun sits in the verb's own clause, not in a clause with a subject of its own
        head = tok.head
        while head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head
        if head.i == verb.i:
            return True
    return False


def _speaker_taken_up_by_he_or_she(doc: Doc, start: int, end: int) -> bool:
    """'Anselmo Priddle said the crew was late. "I rang them three times," he said.': a two-word name that speaks,
    whose words the next sentence goes on with under 'he' or 'she', nobody else named between, is a person's."""
    words = doc[start:end].text.split()
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words) or \
            any(w.lower() in _ORG_WORDS for w in words):
        return False
    root = doc[end - 1]
    if root.dep_ != "nsubj" or root.head.lemma_ not in _SAYING:
        return False
    sent_end = doc[end - 1].sent.end
    limit = doc[sent_end].sent.end if sent_end < len(doc) else sent_end
    # (a quotation the parser split in two sentences runs on to its closing cue: '"... this time. I did not know
    # that was possible," she said.')
    while limit < len(doc) and sum(t.text in ('"', "“", "”") for t in doc[sent_end:limit]) % 2 == 1:
        limit = doc[limit].sent.end
    for tok in doc[end:limit]:
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.dep_ == "nsubj":
            return False  # someone else the pronoun could go with
        if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING and tok.i >= sent_end:
            return True
    return False


# roles an organisation can hold but that, beside a two-word name, mostly belong to a person
_PERSON_FIRST_ROLES = frozenset({"manager", "head", "chief", "chair", "leader", "editor", "author", "candidate", "member",
                                 "player", "founder"})


# "Somebody has to explain that": the tagger sometimes takes these for names
_INDEFINITE_PRONOUNS = frozenset({"somebody", "someone", "anybody", "anyone", "everybody", "everyone", "nobody",
                                  "no one", "whoever"})


def _apposed_to_org_noun(ent: Span) -> bool:
    """'The group, the Sarvennian Observatory for Civilian Protection, said': a name in apposition with an
    organisation noun."""
    root = ent.root
    # ("Mirerail, the state operator, has offered ...": the noun in apposition with the name)
    described = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i
                      and c.lemma_.lower() in _INTRO_ORG_NOUNS | ORG_NOUNS and c.tag_ == "NN"
                      and c.left_edge.i == ent.end + 1 and ent.doc[ent.end].text == ","
                      and (c.left_edge.lower_ == "the" or c.left_edge.dep_ == "poss" and c.left_edge.pos_ == "PROPN")
                      and len(ent) == 1), None)  # (not "Tim Hess, a developer")
    # ("Telvoro, Marquenia's second-largest mobile operator": the noun after a country's possessive too)
    if described is not None and not any(c.dep_ in ("amod", "compound") and c.lower_ in PERSON_ROLE_NOUNS | TITLES
                                         for c in described.children):
        return True
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "from") \
            and head.head.head.pos_ == "NOUN" and head.i < root.i and ent.start > 0 and \
            ent.doc[ent.start - 1].text == "," and ent.end < len(ent.doc) and ent.doc[ent.end].text == ",":
        head = head.head.head  # ("A software company in Halsgrove, Quillstack, took on ...": named after its place)
    if not (root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in _INTRO_ORG_NOUNS | ORG_NOUNS):
        return False
    # "Its chief monitor, Brigadier Nadia Sorensen-Achebe,": a person's rank or a personal role word makes
    # the noun a post held by someone, not the body itself
    ranked = any(c.dep_ in ("amod", "compound") and c.lower_ in PERSON_ROLE_NOUNS | TITLES for c in head.children)
    titled = ent[0].lower_.rstrip(".") in TITLES or (ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in TITLES)
    return not (ranked or titled)


def _with_name_tail(doc: Doc, ent: Span) -> Span:
    """The entity with the rest of its name the tagger cut off ('... Observatory' + 'for Civilian Protection')."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ in ("for", "of", "on") and doc[end + 1].pos_ == "PROPN":
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        return Span(doc, ent.start, k, label=ent.label_)
    return ent


def _without_client(ent: Span) -> Span:
    """'a poll by the firm Civicount for Psaltery': the firm's name without the one it worked for, a name the text
    uses on its own elsewhere ('The daily Psaltery ...')."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "for" and t.i > ent.start), None)
    # (a firm that works for others; "the opposition group Citizens for Brennhaven" keeps its place)
    if cut is None or cut + 1 >= ent.end or ent.start == 0 or doc[ent.start - 1].lower_ not in _HIRED_FIRMS:
        return ent
    size = ent.end - cut - 1
    client = doc[cut + 1 : ent.end].text
    elsewhere = [doc[k : k + size] for k in range(len(doc) - size + 1) if k != cut + 1 and doc[k : k + size].text == client]
    if elsewhere and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for span in elsewhere for t in span):
        return Span(doc, ent.start, cut, label=ent.label_)
    return ent


_HIRED_FIRMS = frozenset({"firm", "pollster", "consultancy", "consultants", "agency", "company"})


def _role_phrase_before(doc: Doc, start: int) -> bool:
    """'the UN humanitarian coordinator for Hadra, Leyla Brandt-Osei,': a person's role phrase (the role
    with its 'for'/'of'/'at' complement) set off by a comma right before the name."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    for tok in reversed(doc[max(0, start - 8) : start - 1]):
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.pos_ == "NOUN" and is_role_word(tok.text) and tok.lemma_.lower() not in _ORG_ROLES | _ORG_WORDS:
            between = doc[tok.i + 1 : start - 1]
            # ("a spokesman for its consulate in Harwick, Lorcan X,": a body and a place in the role's phrase)
            return all(t.pos_ in ("ADP", "DET", "PROPN", "ADJ") or t.tag_ in ("POS", "PRP$")
                       or t.pos_ == "NOUN" and not is_role_word(t.text) for t in between) and (
                not between or between[0].pos_ == "ADP")
    return False


def role_with_who_clause_before(doc: Doc, start: int) -> Token | None:
    """'a mining engineer who worked at Greyhollow until last year, Ruprecht X,': the person's role whose
    who-clause ends, with a comma, right before the name at ``start``."""
    if start < 3 or doc[start - 1].text != ",":
        return None
    clause = doc[start - 2]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i < start:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != start - 2 or not any(
            c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    role = clause.head
    if role.pos_ != "NOUN" or not is_role_word(role.text) or role.lemma_.lower() in _ORG_ROLES | _ORG_WORDS:
        return None
    return role


def _age_follows(doc: Doc, end: int) -> bool:
    """'Cecily Brisk-Amadi, 58, said': an age in commas after a name."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        num = doc[end + 1].text
        return num.isdigit() and 1 <= int(num) <= 110
    return False


def _aged_description_follows(doc: Doc, end: int) -> bool:
    """'Wilhelmus, a 52-year-old bakery owner,': a description giving an age right after a name."""
    if end + 6 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    return age_phrase(doc[end + 6]) is not None  # (", a 52 - year - old": the age phrase ends six tokens on)


def _with_recovered_persons(doc: Doc) -> list[Span]:
    """The parser's entities, plus person names it missed or took for places and organisations when the
    text marks them as people (see :func:`_person_evidence`)."""
    # ("Grocella, Elvardia's fastest-growing chain": two names the tagger ran together across a comma; the first)
    ents = [Span(doc, e.start, next(t.i for t in e if t.text == ","), label=e.label_)
            if any(t.text == "," for t in e[1:-1]) and e[0].text != "," else e for e in doc.ents]
    by_token = {t: e for e in ents for t in range(e.start, e.end)}
    runs = _name_runs(doc)
    # ("Valdez-Ansah, who is 79", "Goodbody, 63,": a surname alone that the text marks as a person's)
    surnames = {doc[a:b].text for a, b in runs if " " not in doc[a:b].text and (
        "-" in doc[a:b].text and _who_follows(doc, b) or _age_follows(doc, b))}
    for start, end in runs:
        # (a club, or a company named with its trade: "Quillon Terminals", "Halsworth Maritime")
        # (or a public body whose name ends with its kind, untagged: "Ravensholt Central Hospital paid ...")
        club = end - start >= 2 and (doc[start].text in _CLUB_OPENERS or doc[end - 1].text in _CLUB_WORDS
                                     or doc[end - 1].lower_ in COMPANY_WORDS
                                     or doc[end - 1].lower_ in _BODY_KINDS and all(
                                         by_token[t].label_ in _MISREAD_NAME_LABELS for t in range(start, end) if t in by_token)
                                     and not (start >= 2 and doc[start - 1].lower_ in ("of", "for", "and", "&")
                                              and doc[start - 2].text[:1].isupper())
                                     or any(doc[x].text == "&" for x in range(start, end)))
        # ("the pollster Tallymark" is a firm, "Democrat pollster Pat Caddell" a man)
        by_noun = _org_noun_before(doc, start) and not (doc[start - 1].lower_ == "pollster" and end - start >= 2)
        if (club or by_noun) and end - start <= 5 and all(
                by_token[t].label_ not in ("ORG", "PERSON") and by_token[t].end <= end
                and (start <= by_token[t].start or by_token[t].start == start - 1 and doc[start - 1].lower_ == "the")
                for t in range(start, end) if t in by_token):
            # "the monitoring group Borderwatch" untagged, "the news site Tamur Today" read as a place, "Sporting
            # Irvask sacked its coach" untagged
            overlapping = {id(e) for t in range(start, end) if (e := by_token.get(t)) is not None}
            ents = [e for e in ents if id(e) not in overlapping]
            ents.append(Span(doc, start, end, label="ORG"))
            continue
        # "Detective Superintendent Marek ...", "Deputy Foreign Minister Sergei Volkov": the titles are not the
        # name, which starts after the last title word
        last_title = max((k for k in range(start, end - 1) if is_role_word(doc[k].text)), default=None)
        if last_title is not None:
            start = last_title + 1
        # "Minister of Health Teodora Vasquez-Ilunga": the department word ends the title, not begins the name
        titled_department = (start >= 2 and doc[start - 1].lower_ == "of" and is_role_word(doc[start - 2].text)
                             and len(doc[start:end].text.split()) >= 3)
        if titled_department:
            start += 1
        words = doc[start:end].text.split()
        # (a first name alone, as vox pops give it, when an age says it is someone's: "Wilhelmus, 52," or
        # "Wilhelmus, a 52-year-old baker,")
        aged_single = len(words) == 1 and (_age_follows(doc, end) or _aged_description_follows(doc, end))
        if not (2 <= len(words) <= 4 or aged_single) or set(w.lower() for w in words) & _ORG_WORDS:
            continue
        if not titled_department and not aged_single and not _person_evidence(doc, start, end, surnames):
            continue
        overlapping = {id(e): e for t in range(start, end) if (e := by_token.get(t)) is not None}
        if any(e.label_ == "PERSON" and (e.start, e.end) == (start, end) or e.start < start
               for e in overlapping.values()):
            continue
        if any(e.start < start - 2 or e.end > end for e in overlapping.values()):
            continue
        ents = [e for e in ents if id(e) not in overlapping]
        ents.append(Span(doc, start, end, label="PERSON"))
    ents = [_street_taken_for_a_person(_place_in_a_list_of_places(e)) for e in ents]
    return _with_bodies_named_before_which(doc, _with_recovered_bodies(doc, ents))


# the last words of a street's name, which no person's name ends with (fewer than units.STREET_WORDS, whose
# "Court" or "Way" may end a surname)
_STREET_ENDINGS = frozenset({"Lane", "Road", "Street", "Avenue", "Boulevard", "Crescent", "Terrace"})


def _street_taken_for_a_person(ent: Span) -> Span:
    """'the ground under Brine Lane gave way': a name ending in a street word is a place, not a person."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text not in _STREET_ENDINGS:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="FAC")


# words that head the full name of a public body, besides the organisation words ("the Special Tribunal for X")
_BODY_NAME_WORDS = frozenset({"tribunal", "chamber", "board", "inspectorate", "prosecutor", "secretariat", "panel",
                              "ombudsman", "regulator", "watchdog", "observatory", "centre", "center"})
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the"})


def _body_name_run(doc: Doc, start: int) -> int | None:
    """The end of a body's full name opening at *start* right after "the" ("the Special Tribunal for Ostravia",
    "the Widows' Council of Vessin"): capitalised words, joined by "of", "for", "and", "on" or "the", at least two
    of them, one a word that names a body, the last no title of a person ("in the" joins too: "the Commission for
    Border Security in the Eastern Marches")."""
    n = len(doc)
    end, capitals = start, 0
    while end < n:
        tok = doc[end]
        if tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and (
                end == start or "\n" not in doc[end - 1].whitespace_):
            capitals += 1
            end += 1
        elif (tok.lower_ in _NAME_JOINERS or tok.lower_ == "in") and end > start and end + 1 < n and (
                doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and tok.lower_ != "in"
                or doc[end + 1].lower_ == "the" and end + 2 < n and doc[end + 2].text[:1].isupper()):
            end += 1
        else:
            break
    while end > start and doc[end - 1].lower_ in _NAME_JOINERS:
        end -= 1
    words = [t.lower_ for t in doc[start:end] if t.lower_ not in _NAME_JOINERS]
    if capitals < 2 or not set(words) & (_ORG_WORDS | _BODY_NAME_WORDS) or is_role_word(doc[end - 1].text):
        return None
    return end


def _with_recovered_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """*ents*, plus the full names of bodies the tagger missed or cut short ("The Special Tribunal for Ostravia
    sentenced ...", tagged as nothing or as a place): a name the text opens with "the", made of capitalised words
    and a word that names a body. Shorter places and bodies inside it give way to it; a person's name or a body
    named past its ends keeps its own tag, and so does a body the tagger names by the tail of the name."""
    by_token = {t: e for e in ents for t in range(e.start, e.end)}
    tagged = {e.text for e in ents}
    i = 1
    while i < len(doc):
        end = _body_name_run(doc, i) if doc[i - 1].lower_ == "the" else None
        if end is not None and any(doc[k:end].text in tagged for k in range(i + 1, end)):
            end = None  # "the Ostrander Gazette" where the tagger calls it "Gazette": its own name for it stays
        if end is None:
            i += 1
            continue
        inside = {id(e): e for t in range(i, end) if (e := by_token.get(t)) is not None}
        if all(e.start >= i and e.end <= end and e.label_ != "PERSON" for e in inside.values()) and not any(
                (e.start, e.end) == (i, end) for e in inside.values()):
            ents = [e for e in ents if id(e) not in inside]
            ents.append(Span(doc, i, end, label="ORG"))
        i = end
    ents.sort(key=lambda e: e.start)
    return ents


def _with_bodies_named_before_which(doc: Doc, ents: list[Span]) -> list[Span]:
    """*ents*, plus a name of two or more capitalised words the tagger left untagged that a "which" clause goes on
    describing as doing something ("Hohenfirn Lifts, which runs the resort's 22 lifts, said"): a body, not a
    person (who would take "who") nor a street."""
    taken = {t for e in ents for t in range(e.start, e.end)}
    added: list[Span] = []
    for verb in doc:
        head = verb.head
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children):
            continue
        if head.pos_ != "PROPN" or not head.is_title or head.text in _STREET_ENDINGS or head.i + 1 >= len(doc) \
                or doc[head.i + 1].text != ",":
            continue
        start = head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                doc[start - 1].dep_ == "compound" and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if head.i - start < 1 or any(k in taken for k in range(start, head.i + 1)) or is_role_word(head.text):
            continue
        if start > 1 and doc[start - 1].lower_ in _NAME_JOINERS and doc[start - 2].is_title:
            continue  # "the UN Agency for Displaced Persons, which": the tail of a longer name
        added.append(Span(doc, start, head.i + 1, label="ORG"))
    return sorted(ents + added, key=lambda e: e.start)


def _place_in_a_list_of_places(ent: Span) -> Span:
    """'The offices to close are in Velmstad, Corrin Bay and Tullamere': a one-word 'person' listed with places
    is a place too."""
    root = ent.root
    if ent.label_ != "PERSON" or len(ent) != 1:
        return ent
    chain = root
    while chain.dep_ == "conj" and chain.head.i != chain.i:
        chain = chain.head
        if chain.ent_type_ in ("GPE", "LOC"):
            return Span(ent.doc, ent.start, ent.end, label="GPE")
    return ent


def build_entity_table(doc: Doc) -> EntityTable:
    table = EntityTable()
    text = doc_text(doc)
    acronyms = _acronym_definitions(text)

    spans: list[tuple[Span, str, str]] = []  # (span, label, cleaned name)
    common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    for ent in _with_recovered_persons(doc):
        label = KEPT_LABELS.get(ent.label_)
        if (label is None or ent.label_ == "FAC") and ent.label_ in ("PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW") and (
                _org_noun_before(doc, ent.start) or _apposed_to_org_noun(ent)):
            label = "ORG"  # "the aid group Open Hands", tagged as a product; "The group, the X Observatory,"
            ent = _with_name_tail(doc, ent)
        if label is None and _person_read_as_a_people(doc, ent):
            label = "PERSON"  # "the toymaker Agostino X", tagged as a nationality
        if label == "ORG" and _org_noun_before(doc, ent.start):
            ent = _without_client(ent)  # "by the firm Civicount for Psaltery": the firm, not its client
        if not label or "\n" in ent.text.strip():
            continue
        if len(ent) == 1 and label == "ORG" and ent.end < len(doc) and doc[ent.end].is_title and \
                is_role_word(doc[ent.end].text):
            continue  # "Deputy Interior Minister X": a word of a title, no organisation
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ == "NNS" and ent[0].lemma_.islower():
            continue  # "Kidnappings for ransom ... have risen": a plural noun opening a sentence, no name
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].dep_ in ("compound", "amod") and \
                ent[0].lower_ in common_words:
            continue  # "Flour mill blaze in Wexcombe" (a headline) beside "a flour mill": a word, no name
        if len(ent) > 1 and ent[0].tag_ == "MD":  # "Will Tamsaria's lights stay on?": a question's auxiliary
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        name = clean_name(ent.text)
        if not name or not any(c.isalpha() for c in name) or name.islower() or name.lower() in _INDEFINITE_PRONOUNS:
            continue
        if label == "PERSON":
            name = strip_titles(name)
        words = name.split()
        if label in ("GPE", "LOC") and len(words) >= 2 and words[-1] in _CLUB_WORDS:
            label = "ORG"  # "Vellbridge United", "Dunmore Athletic": a club, whatever town it is named after
        spans.append((ent, label, name))

    # the tagger labels one name differently in different sentences: take the majority,
    # and trust organisation words over a PERSON guess ("Nordhal Sensing", "Greyline Transit")
    votes: dict[str, Counter[str]] = {}
    for _, label, name in spans:
        votes.setdefault(name.lower(), Counter())[label] += 1
    def voted(label: str, name: str) -> str:
        tally = votes[name.lower()]
        best = max(tally, key=lambda lab: (tally[lab], lab != "PERSON"))
        if best == "PERSON" and (set(name.lower().split()) & _ORG_WORDS or name.isupper()):
            return "ORG"
        return best
    spans = [(ent, voted(label, name), name) for ent, label, name in spans]
    # "Sorvennan intelligence officers", "he speaks Sorvennan": the adjective of a country the text names is no
    # person, place or body of its own, whatever the tagger guessed; and a one-word name with such an adjective
    # beside it ("Belgarran troops" beside "Belgarra") is a country, since no person's name has one
    single = {name.lower() for _, _, name in spans if " " not in name}
    adjectival = {name.lower() for ent, _, name in spans if " " not in name and ent.root.dep_ in ("amod", "compound")
                  and ent.root.head.pos_ == "NOUN" and ent.root.head.is_lower}
    # (the tagger's own nationality adjectives too: "Elvardian families" beside "Elvardia")
    adjectival |= {e.text.lower() for e in doc.ents if e.label_ == "NORP" and len(e) == 1 and e[0].is_title
                   and e.root.dep_ in ("amod", "compound") and e.root.head.pos_ == "NOUN" and e.root.head.is_lower}
    # (and the adjective opening a body's longer name: "the Marrascan Historic Buildings Trust" beside "Marrasca")
    adjectival |= {name.split()[0].lower() for _, label, name in spans if label == "ORG" and len(name.split()) >= 3}
    countries = {name.lower() for _, label, name in spans if label == "GPE" and " " not in name}
    countries |= {w for w in single for a in adjectival if _demonym_of(a, {w})}
    spans = [(ent, "GPE" if name.lower() in countries else label, name) for ent, label, name in spans
             if " " in name or not _demonym_of(name.lower(), countries)]
    # "at a news conference in Varnesk": a one-word "person" only ever met after "in" is a place; so is one only
    # ever met as the owner of something ("in Penvarra's prisons") that is no one's first name or surname
    name_words = {w.lower() for _, label, name in spans if label == "PERSON" and len(name.split()) >= 2
                  for w in name.split()}
    placed: dict[str, bool] = {}
    for ent, label, name in spans:
        if label == "PERSON" and len(name.split()) == 1:
            at_place = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_PREPOSITIONS
            owner = ent.root.dep_ == "poss" and name.lower() not in name_words
            placed[name.lower()] = placed.get(name.lower(), True) and (at_place or owner)
    spans = [(ent, "GPE" if label == "PERSON" and placed.get(name.lower()) else label, name)
             for ent, label, name in spans]
    # "Rail operator Litorail", "the consultancy Marlowe": a name an organisation noun introduces is an organisation
    introduced = {name.lower() for ent, label, name in spans if label in ("PERSON", "GPE")
                  and (_org_noun_before(doc, ent.start) or _called_by_org_noun(ent))}
    spans = [(ent, "ORG" if name.lower() in introduced else label, name) for ent, label, name in spans]
    # "Aurelle Airways ... its cargo arm, Aurelle Freight": a "person" named like an organisation of the
    # document (same first word) is a sister organisation, and its first word no person's first name
    org_heads = {name.split()[0].lower() for _, label, name in spans if label == "ORG" and len(name.split()) >= 2
                 and set(name.lower().split()[1:]) & _ORG_WORDS}
    # "Pallaso's chief privacy officer ... its Pallaso Chat app": a "person" whose first word the tagger took
    # on its own for an organisation is that organisation's product or arm
    org_heads |= {name.lower() for _, label, name in spans if label == "ORG" and len(name.split()) == 1}
    spans = [(ent, "ORG" if label == "PERSON" and len(name.split()) >= 2 and name.split()[0].lower() in org_heads
              else label, name) for ent, label, name in spans]
    # "Prosecutor Helena Quarshie-Lund", "Judge Ana Ruiz": a two-word name a person's role introduces is a person
    # "Councillor Yusuf Haldane-Brook", tagged as an organisation: a title opens a person's name
    spans = [(ent, "PERSON", strip_titles(name)) if label == "ORG" and len(name.split()) >= 3
             and name.split()[0].lower().rstrip(".") in TITLES and not set(name.lower().split()) & _ORG_WORDS
             and all(w[:1].isupper() for w in name.split()) else (ent, label, name) for ent, label, name in spans]
    # "The state conciliation service, Concordia, said": a name in apposition with an organisation noun, there
    # and wherever else the text names it ("The group, Candlelight Watch, published ... Candlelight Watch estimates")
    # (not "Its lead analyst for the airline, Mathilde Crosthwaite,": the name of the role before the body)
    apposed = {name.lower() for ent, label, name in spans if label in ("GPE", "PERSON") and _apposed_to_org_noun(ent)
               and len(name.split()) <= 3 and not (label == "PERSON" and _role_phrase_before(doc, ent.start))}
    # (also where the tagger left the name untagged: "Grocella, Elvardia's fastest-growing supermarket chain, cut ...")
    one_word = {name for _, label, name in spans if label in ("GPE", "PERSON") and " " not in name}
    apposed |= {t.lower_ for t in doc if t.text in one_word and t.ent_type_ == "" and
                _apposed_to_org_noun(Span(doc, t.i, t.i + 1))}
    spans = [(ent, "ORG" if label in ("GPE", "PERSON") and name.lower() in apposed else label, name)
             for ent, label, name in spans]
    # "Health Minister Aurelia Brandt-Okoye", tagged as a place: a person's role before a name of two or
    # more words makes it a person's, whatever the tagger guessed
    # ("the 44-year-old Haakon Oddfellow", tagged as a place: an age before a name says it is someone's)
    titled = {name.lower() for ent, label, name in spans if label != "PERSON" and (
        _aged_in_apposition(ent) or ent.start > 0 and age_phrase(doc[ent.start - 1]) is not None)} | {
        name.lower() for ent, label, name in spans if (label == "ORG" and _role_appos(ent)
                                                              or label != "PERSON" and _role_before(doc, ent.start)
                                                              or label != "PERSON" and _who_follows(doc, ent.end))
              # ("said Castelnau-Iwobi, who has run the pharmacy for 22 years": a double surname is two words)
              and len(name.replace("-", " ").split()) >= 2 and not set(name.lower().split()) & _ORG_WORDS}
    # ("the council's contractor, Kerbwise Enforcement, ... Kerbwise, which also runs ...": a body whose short name
    # a "which" clause describes keeps its full name, whatever role word stands before it)
    described_by_which = {name.lower() for ent, label, name in spans if label == "ORG" and " " not in name
                          and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which"}
    titled = {name for name in titled if name.split()[0] not in described_by_which}
    spans = [(ent, "PERSON" if name.lower() in titled else label, name) for ent, label, name in spans]
    # "Skarvholm Aqua, Storvia's second-largest salmon farmer, cut its harvest forecast": a "person" whose own
    # clause calls it "its" is an organisation, whatever role word stands beside it
    titled_person = {name.lower() for ent, label, name in spans if ent.start > 0 and (
        doc[ent.start - 1].lower_.rstrip(".") in TITLES or is_role_word(doc[ent.start - 1].text))}
    # ("Orrick Terminals, which runs all three berths, said": 'which' is for things and bodies, not people)
    itself = {name.lower() for ent, label, name in spans if label == "PERSON" and (
        _calls_itself_its(ent) or ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which")
              and name.lower() not in titled_person}  # ("President Obama flew ... Its ...": a person all the same)
    spans = [(ent, "ORG" if label == "PERSON" and name.lower() in itself else label, name)
             for ent, label, name in spans]

    # person names: full forms first, so short forms can attach to them
    person_full: list[str] = []
    counts: Counter[str] = Counter(n for _, lab, n in spans if lab == "PERSON")
    for name in sorted(counts, key=lambda n: (-len(n.split()), -counts[n])):
        if len(name.split()) < 2:
            continue
        merged = False
        for full in person_full:
            if fuzz.ratio(name.lower(), full.lower()) >= 90 or (
                name.split()[0].lower() == full.split()[0].lower()
                and fuzz.ratio(name.split()[-1].lower(), full.split()[-1].lower()) >= 85
            ):
                table.alias_to_name[name.lower()] = full
                table.records[full].aliases.add(name)
                merged = True
                break
        if not merged:
            person_full.append(name)
            table.records[name] = EntityRecord(name=name, label="PERSON", aliases={name})
            table.alias_to_name[name.lower()] = name

    def person_for_short(short: str) -> str | None:
        s = short.lower()
        hits = [f for f in person_full if s in (f.split()[-1].lower(), f.split()[0].lower())]
        if not hits:
            hits = [
                f for f in person_full if len(s) >= 5 and fuzz.ratio(s, f.split()[-1].lower()) >= 85
            ]
        if len(hits) > 1 and all(f.split()[-1].lower() == s for f in hits):
            # "Tavistock-Oyelaran" in an obituary that names her son Emeka Tavistock-Oyelaran too, "Verrall" in a
            # story that names her sister Joaquina Verrall: the bare surname is the one introduced first, the
            # person the story is about
            return min(hits, key=lambda f: first_at.get(f.lower(), len(doc)))
        return hits[0] if len(hits) == 1 else None

    first_at: dict[str, int] = {}
    for ent, _label, name in spans:
        first_at.setdefault(name.lower(), ent.start)

    # acronym long forms are organisations unless the parser said otherwise
    for acro, long in acronyms.items():
        if long.lower() not in table.alias_to_name:
            table.records.setdefault(long, EntityRecord(name=long, label="ORG", aliases={long}))
            table.alias_to_name[long.lower()] = long
        canonical = table.alias_to_name[long.lower()]
        table.records[canonical].aliases.add(acro)
        table.alias_to_name[acro.lower()] = canonical

    for ent, label, name in spans:
        key = name.lower()
        canonical = table.alias_to_name.get(key)
        if canonical is None and len(name.split()) == 1:
            canonical = person_for_short(name)
            if canonical:
                table.records[canonical].aliases.add(name)
                table.alias_to_name[key] = canonical
        if canonical is None:
            # a longer organisation name that ends with a known one ("South Korean National Intelligence Service")
            for alias, target in list(table.alias_to_name.items()):
                if len(alias) > 3 and key.endswith(" " + alias) and table.records[target].label != "PERSON":
                    canonical = target
                    if "’s " not in name and "'s " not in name:  # "Ukraine’s Defence ..." is a mention, not a name
                        table.records[target].aliases.add(name)
                    table.alias_to_name[key] = target
                    break
        if canonical is None:
            canonical = name
            table.records[name] = EntityRecord(name=name, label=label, aliases={name})
            table.alias_to_name[key] = name
        rec = table.records[canonical]
        rec.mentions += 1
        for tok in ent:
            table.token_entity[tok.i] = canonical

    # "Volodymyr Zelenskyy" tagged ORG once, "Zelensky" tagged PERSON: one person
    # (not a common noun the tagger took for a name once, in a headline: "Fireworks warehouse blast ..." beside
    # "Calderglow Fireworks" and "a fireworks warehouse")
    for rec in [r for r in table.records.values() if r.label != "PERSON"]:
        words = rec.name.split()
        if not 2 <= len(words) <= 4 or set(w.lower() for w in words) & _ORG_WORDS or not all(w[:1].isupper() for w in words):
            continue
        shorts = [p for p in table.records.values() if p.label == "PERSON" and len(p.name.split()) == 1
                  and len(p.name) >= 4 and fuzz.ratio(p.name.lower(), words[-1].lower()) >= 85
                  and p.name.lower() not in common_words]
        if not shorts:
            continue
        rec.label = "PERSON"
        for short in shorts:
            rec.aliases.update(short.aliases | {short.name})
            rec.mentions += short.mentions
            for key, value in list(table.alias_to_name.items()):
                if value == short.name:
                    table.alias_to_name[key] = rec.name
            for i, value in list(table.token_entity.items()):
                if value == short.name:
                    table.token_entity[i] = rec.name
            del table.records[short.name]

    # a one-word "person" that is a place: "in Kestrel", "the Kestrel Federation", "Kestrel's war"
    multi = [r.name.lower() for r in table.records.values() if r.label != "PERSON" and len(r.name.split()) > 1]
    place_like: Counter[str] = Counter()
    for tok in doc:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "from", "into", "across", "inside", "throughout"):
            place_like[tok.text.lower()] += 1
        # "the capital, Rendahl", "the fishing town of Skarvik": a name a place noun introduces is a place
        place_noun = tok.head if tok.dep_ == "appos" else (
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None)
        if place_noun is not None and place_noun.lemma_.lower() in PLACE_NOUNS:
            place_like[tok.text.lower()] += 2
        # "the Nurses' Federation of Northfell", "the University of Port Heddon": the place a body is of
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN" and \
                tok.head.head.lower_ in _ORG_WORDS:
            place_like[tok.text.lower()] += 2
    for rec in [r for r in table.records.values() if r.label == "PERSON" and len(r.name.split()) == 1]:
        low = rec.name.lower()
        if place_like[low] >= 2 or any(m.startswith(low + " ") for m in multi):
            rec.label = "GPE"

    # "AP" for "Associated Press": an all-capitals organisation that abbreviates another one
    long_orgs = {acronym_of(r.name.split()): r.name for r in table.records.values()
                 if r.label == "ORG" and len(r.name.split()) >= 2}
    for short in [r for r in table.records.values() if r.label == "ORG" and r.name.isupper() and 2 <= len(r.name) <= 6]:
        target = long_orgs.get(short.name)
        if target and target != short.name:
            rec = table.records[target]
            rec.aliases.add(short.name)
            rec.mentions += short.mentions
            for key, value in list(table.alias_to_name.items()):
                if value == short.name:
                    table.alias_to_name[key] = target
            for i, value in list(table.token_entity.items()):
                if value == short.name:
                    table.token_entity[i] = target
            del table.records[short.name]

    # "the Post" for "Evening Post": an outlet's last name word, when one outlet has it
    for short in [r for r in table.records.values() if r.label == "ORG" and len(r.name.split()) == 1
                  and r.name.lower() in OUTLET_NAME_WORDS]:
        longer = [r.name for r in table.records.values() if r.label == "ORG" and len(r.name.split()) > 1
                  and r.name.split()[-1].lower() == short.name.lower()]
        if len(longer) == 1:
            _merge_into(table, short.name, longer[0])

    # "Aurelle" for "Aurelle Airways": an organisation's first name word, when one organisation has it (among
    # sister companies, the one named most often, the first named on a tie)
    for short in [r for r in table.records.values() if r.label == "ORG" and len(r.name.split()) == 1
                  and place_like[r.name.lower()] < 2]:  # "the island of Brisca" is no "Brisca Dockworkers' Union"
        longer = sorted((r for r in table.records.values() if r.label == "ORG" and len(r.name.split()) > 1
                         and r.name.split()[0].lower() == short.name.lower()), key=lambda r: -r.mentions)
        if longer:
            _merge_into(table, short.name, longer[0].name)

    # "Orrick" for "Orrick Terminals", taken for a place: a one-word "place" never met where places stand ("at
    # Orrick", a dateline) whose name opens the name of a company of the text ("files from Orrick")
    placed_at = Counter(tok.text.lower() for tok in doc if tok.dep_ == "pobj" and tok.head.lower_ in _AT_PLACE
                        or tok.is_upper and len(tok.text) > 2)
    for short in [r for r in table.records.values() if r.label in ("GPE", "LOC") and len(r.name.split()) == 1
                  and not placed_at[r.name.lower()] and place_like[r.name.lower()] < 2]:
        longer = sorted((r for r in table.records.values() if r.label == "ORG" and len(r.name.split()) == 2
                         and r.name.split()[0] == short.name and r.name.split()[1].lower() in COMPANY_WORDS),
                        key=lambda r: -r.mentions)
        if longer:
            _merge_into(table, short.name, longer[0].name)

    # bare short names the parser missed ("Jia said"), and defined acronyms it took for words ("WHO officials")
    for tok in doc:
        if tok.i in table.token_entity or not tok.text[:1].isupper():
            continue
        if tok.is_upper and len(tok.text) >= 2 and tok.text in acronyms and doc[max(0, tok.i - 1)].text != "(":
            target = table.alias_to_name.get(tok.text.lower())
            if target and table.records[target].label != "PERSON":
                table.records[target].mentions += 1
                table.token_entity[tok.i] = target
            continue
        if tok.pos_ not in ("PROPN", "NOUN"):
            continue
        canonical = table.alias_to_name.get(clean_name(tok.text).lower())
        if canonical is None and tok.pos_ == "PROPN" and tok.lower_ in OUTLET_NAME_WORDS and tok.i > 0 and \
                doc[tok.i - 1].lower_ == "the":
            # "The Tribune reported", untagged, in a text that names one outlet "... Tribune"
            outlets = [r.name for r in table.records.values() if r.label == "ORG" and len(r.name.split()) > 1
                       and r.name.split()[-1].lower() == tok.lower_]
            canonical = outlets[0] if len(outlets) == 1 else None
        if canonical is None and tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ == "compound" for c in tok.children):
            canonical = person_for_short(clean_name(tok.text))  # "Dubois said", the tagger saw no name
        if canonical and table.records[canonical].label == "PERSON" and tok.text.lower() != canonical.lower():
            table.records[canonical].mentions += 1
            table.token_entity[tok.i] = canonical
        elif (canonical and table.records[canonical].label in ("ORG", "GPE") and tok.pos_ == "PROPN"
              and tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "compound" for c in tok.children)):
            # "Greyline disputes the findings", "Quorrath, which draws ..., recalled its ambassador": a one-word
            # organisation or country the tagger saw elsewhere
            table.records[canonical].mentions += 1
            table.token_entity[tok.i] = canonical
    # "Ostwind Regional said": a name of two words or more that the tagger saw elsewhere is that name wherever
    # it is written again
    for rec in list(table.records.values()):
        if len(rec.name.split()) < 2:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(rec.name)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(t.i in table.token_entity for t in span) or _name_runs_on(doc, span):
                continue
            rec.mentions += 1
            for t in span:
                table.token_entity[t.i] = rec.name
    # "Asante-McLeish said": a double-barrelled surname the tagger did not see, standing for one person
    for start, end in _name_runs(doc):
        span = doc[start:end]
        # (a part the tagger took for a place of its own, "Tveit" of "Tveit-Okoro was more forgiving", is no name)
        parts = {table.token_entity[t.i] for t in span if t.i in table.token_entity}
        if end - start < 3 or " " in span.text or parts - {t.text for t in span}:
            continue
        canonical = person_for_short(span.text)
        if canonical:
            table.records[canonical].aliases.add(span.text)
            table.alias_to_name.setdefault(span.text.lower(), canonical)
            table.records[canonical].mentions += 1
            for t in span:
                table.token_entity[t.i] = canonical
    return table
