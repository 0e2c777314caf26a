"""One name per party across documents: Zelenskyy = Zelensky, NIS = National Intelligence Service.

Names join when a document gives one as an alias of the other (acronyms, short
names), when they are the same after folding case, a leading "the" and a possessive
place ("South Korea's"), and when two names of the same kind differ only by spelling
(a high fuzzy ratio, rapidfuzz). The user's merges and splits, kept in the
``entity_overrides`` table, are applied on top and so survive every re-run: a
merge always joins, a split keeps two names apart whatever the rules say.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlalchemy.engine import Connection

from heuer.extract.entities import acronym_of
from heuer.extract.lexicon import ORG_NOUNS, PERSON_ROLE_NOUNS
from heuer.store.schema import entities, entity_overrides

_POSSESSIVE_PLACE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(?:sources?|officials?|spokes(?:man|woman|person)|statement|report|region|province|oblast|river|valley|branch)$",
    re.IGNORECASE
)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|prof|professor|sir|dame|lt\.? gen|gen|col|capt)\.?\s+(?=[A-Z])", re.IGNORECASE)


def normal_form(name: str) -> str:
    """Case-folded name without a leading article, a possessive place or a trailing 'sources'."""
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip(" .,;:")
    name = re.sub(r"(?<=\w)'s$", "", name)  # "the Health Ministry's": the owner itself
    name = _POSSESSIVE_PLACE.sub("", name)
    name = _LEADING.sub("", name)
    name = _HONORIFIC.sub("", name)
    name = _TRAILING.sub("", name)
    return name.casefold()


_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w.&'’-]*){0,6}"
_DESCRIPTION = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}"
_DECLARED_ALIAS = (
    re.compile(rf"(?P<a>{_NAME}|{_DESCRIPTION}),\s+(?:also\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[\w-]+\s+)?"
               rf"(?:initials|acronym|abbreviation|name))\s+(?P<b>{_NAME})"),
    re.compile(rf"(?P<a>{_NAME}),\s+also\s+called\s+(?P<b>{_NAME})"),
    re.compile(rf"(?P<a>(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+)[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}"
               rf"\s+(?:agency|service|ministry|office|department|bureau|directorate)),\s+the\s+(?P<b>{_NAME})"),
)
def _is_proper(name: str) -> bool:
    """A proper name ("HUR", "Mark Rutte") rather than a description ("Ukraine's military intelligence")."""
    words = [w for w in re.sub(r"^[A-Z][\w-]*['’]s\s+", "", name).split() if w.lower() not in ("of", "for", "the", "and")]
    return bool(words) and all(w[:1].isupper() for w in words)


_PLACE = r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
_PLACE_NAME = re.compile(rf"{_PLACE}['’]s\s+(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){{1,5}})")
# an organisation's site: "the Halcyra plant", "Halcyra Chemicals plant", "the Halcyra works"
_SITE = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+"
                   r"(?:plant|works|factory|site|refinery|mill|mine|facility|depot|warehouse|smelter)")
# a title or a body written with "of" its place: "Secretary General of Nato", "Defence Intelligence of Ukraine"
_OF_PLACE = re.compile(r"(?:the\s+)?(?P<words>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+of\s+"
                       r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# a description set beside a name: "the island's mayor, Lene Osk, said", "said Tomas Grell, the union's secretary"
_APPOSITIONS = (
    re.compile(r"(?:^|[,.;\"] |\bsaid )(?P<desc>[Tt]he\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,5}|"
               r"[A-Z][\w-]*'s\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4}),\s+"
               r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),"),
    re.compile(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),\s+(?P<desc>the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,5})"
               r"(?=[,.]|\s+(?:said|says|told|added)\b)"),
)
# "the island of Brisca", "the port of Halden": a named place and the kind of place it is
_PLACE_KIND = re.compile(r"\b[Tt]he\s+(?P<kind>island|port|town|city|village|province|region|district|county)\s+of\s+"
                         r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_PLACE_DESCRIPTION = re.compile(rf"{_PLACE}'s\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})")
_BODY_WORDS = {  # words that name the same kind of public body
    "spy": "intelligence", "intelligence": "intelligence",
    "agency": "body", "service": "body", "bureau": "body", "directorate": "body", "office": "body",
    "ministry": "ministry", "department": "ministry",
    "army": "military", "military": "military", "forces": "military", "defence": "military", "defense": "military",
}
_BODY_KINDS = frozenset({"body", "ministry", "intelligence", "military"})
# a body described by its place after it: "intelligence services in Kyiv", "the defence ministry in Moscow"
_IN_PLACE = re.compile(r"(?:the\s+)?(?P<words>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+in\s+"
                       r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _body_word(word: str) -> str:
    """The kind of public body a word names, plurals included ("services" = "agency" = body)."""
    return _BODY_WORDS.get(word) or (_BODY_WORDS.get(word[:-1]) if word.endswith("s") else None) or word
_HEAD_WORDS = frozenset("chief head boss leader".split())  # "NATO chief": the one person titled under NATO


# capitals that stand for their country's government ("Seoul said" = South Korea said), case-folded
_CAPITALS = {
    "seoul": "south korea", "pyongyang": "north korea", "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine",
    "beijing": "china", "tokyo": "japan", "taipei": "taiwan", "washington": "united states",
    "london": "united kingdom", "paris": "france", "berlin": "germany", "rome": "italy", "madrid": "spain",
    "warsaw": "poland", "minsk": "belarus", "tehran": "iran", "baghdad": "iraq", "damascus": "syria",
    "ankara": "turkey", "jerusalem": "israel", "riyadh": "saudi arabia", "cairo": "egypt",
    "new delhi": "india", "delhi": "india", "islamabad": "pakistan", "kabul": "afghanistan",
    "ottawa": "canada", "canberra": "australia", "brasilia": "brazil", "mexico city": "mexico",
    "pretoria": "south africa", "caracas": "venezuela", "havana": "cuba", "hanoi": "vietnam",
    "manila": "philippines", "jakarta": "indonesia", "bangkok": "thailand", "budapest": "hungary",
    "bucharest": "romania", "helsinki": "finland", "stockholm": "sweden", "oslo": "norway",
    "copenhagen": "denmark", "vilnius": "lithuania", "riga": "latvia", "tallinn": "estonia",
    "tbilisi": "georgia", "yerevan": "armenia", "baku": "azerbaijan", "chisinau": "moldova",
}
_COUNTRIES = frozenset(_CAPITALS.values())
# countries written by their initials, as the texts write them (capitals only: "US", not the pronoun "us")
_COUNTRY_INITIALS = {"DPRK": "north korea", "ROK": "south korea", "PRC": "china", "UK": "united kingdom",
                     "US": "united states", "USA": "united states", "UAE": "united arab emirates"}


# what a part of a country is called after its name ("the Kursk region", "Kherson oblast")
_REGION_KINDS = ("region", "province", "oblast", "district", "county")
_REGION = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<kind>" + "|".join(_REGION_KINDS) + r")\b")
_NOT_PLACES = frozenset({"The", "This", "That", "A", "Each", "Every", "Its", "Their", "Our", "Which", "What"})
_REGION_OF_A_COUNTRY = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*['’]s\s+(?P<region>[A-Z][\w-]*\s+(?:" +
                                  "|".join(_REGION_KINDS) + r"))")


def _country(place: str) -> str:
    """The country a place stands for: a capital's country, else the place itself (case-folded)."""
    place = place.casefold()
    return _CAPITALS.get(place, place)


_TITLE_NOISE = frozenset("the a an even also only its his her their former then".split())


def _title_key(text: str) -> str:
    """A title without articles, adverbs and possessives: "even NATO's secretary general" -> "nato secretary general";
    a post "of" a body with the body first: "the chief executive of Corsa Lines" -> "corsa lines chief executive"."""
    words = re.sub(r"['’]s\b", "", text.replace("’", "'")).split()
    key = " ".join(w.casefold().strip(".,") for w in words if w.casefold() not in _TITLE_NOISE)
    post, of, body = key.partition(" of ")
    named = re.sub(r"^(?:the|its)\s+", "", text.split(" of ")[-1].strip())[:1].isupper()  # (not "mother of three")
    return f"{body} {post}" if of and post and body and len(post.split()) <= 3 and named else key


@dataclass(frozen=True)
class NameRecord:
    name: str
    label: str
    aliases: tuple[str, ...]
    mentions: int


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for key in list(self.parent):
            out[self.find(key)].append(key)
        return out


# "the coastguard", "its authority", "Tarsenia's coastguard": a common noun standing for a named body
_HEAD_NOUN_DESCRIPTION = re.compile(
    r"(?:(?:the|its|their)\s+(?:(?:town|city|country|region|village|island|county)'s\s+)?|(?P<place>[A-Z][a-z]+)'s\s+)"
    r"(?P<mods>(?:[a-z]+\s+){0,2})(?P<head>[a-z]+)")
# words that stand for someone only in their own sentence
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "him", "her", "them",
                       "us", "me", "this", "those", "these", "one"})
# nouns too general to stand for one body however few the texts name
_NO_HEAD_NOUNS = frozenset({"company", "group", "firm", "government", "ministry", "country", "state", "city", "party",
                            "side", "team", "report", "statement", "paper", "agency", "office", "service"})


class EntityResolver:
    """Maps any name a document uses to the canonical name of its group."""

    def __init__(self, records: Iterable[NameRecord], overrides: Iterable[tuple[str, str, str]] = ()) -> None:
        records = list(records)
        self._groups = _Groups()
        self._apart: list[tuple[str, str]] = []
        weight: Counter[str] = Counter()
        label: dict[str, str] = {}
        display: dict[str, str] = {}
        merges = []
        for action, name, other in overrides:
            if action == "split":
                self._apart.append((normal_form(name), normal_form(other)))
            else:
                merges.append((name, other))
        for name, other in merges:
            self._union(normal_form(name), normal_form(other), forced=True)
            for raw in (name, other):
                display.setdefault(normal_form(raw), raw)
        for record in records:
            key = normal_form(record.name)
            if not key:
                continue
            weight[key] += record.mentions + 2
            label.setdefault(key, record.label)
            display.setdefault(key, _HONORIFIC.sub("", record.name.strip()))
            self._groups.find(key)
            for alias in record.aliases:
                alias_key = normal_form(alias)
                if alias_key and alias_key != key:
                    weight[alias_key] += 1
                    display.setdefault(alias_key, alias)
                    self._union(key, alias_key)
        self._join_spelling_variants(label)
        self._join_editions_and_short_forms(label, display, weight)
        self._display = display
        self._labels = label
        self._weight = weight
        self._canonical: dict[str, str] = {}
        self._rebuild_canonical()
        self._surnames: dict[str, str] | None = None
        self._titles: dict[str, str] = {}
        self._place_bodies: dict[str, list[str]] = {}
        self._regions: dict[str, str] = {}
        self._descriptions: dict[str, str] = {}
        self._described_bodies: dict[str, set[str]] = {}
        self._kinds: dict[str, str] = {}

    def _rebuild_canonical(self) -> None:
        """Each group's name: a labelled name before a description, then the most used, then the longest."""
        self._canonical = {}
        for keys in self._groups.members().values():
            best = max(keys, key=lambda k: (self._labels.get(k) is not None, _is_proper(self._display.get(k, k)),
                                            self._weight[k], len(k)))
            name = self._display.get(best, best)
            for key in keys:
                self._canonical[key] = name
        self._surnames = None
        self._names = None
        self._org_words: list[tuple[str, list[str]]] | None = None
        self._initials: dict[str, set[str]] | None = None
        self._built_on: dict[str, set[str]] | None = None
        self._by_last_word: dict[str, set[str]] | None = None

    def _kept_apart(self, a: str, b: str) -> bool:
        ga, gb = self._groups.find(a), self._groups.find(b)
        for x, y in self._apart:
            gx, gy = self._groups.find(x), self._groups.find(y)
            if {gx, gy} == {ga, gb} or (x in (a, b) and y in (a, b)):
                return True
        return False

    def _union(self, a: str, b: str, forced: bool = False) -> None:
        if not forced and self._kept_apart(a, b):
            return
        ra, rb = self._groups.find(a), self._groups.find(b)
        if ra != rb:
            self._groups.parent[rb] = ra

    def _join_spelling_variants(self, label: dict[str, str]) -> None:
        by_label: dict[str, list[str]] = defaultdict(list)
        for key, lab in label.items():
            if lab in ("PERSON", "ORG") and len(key) >= 6:
                by_label[lab].append(key)
        for key in by_label.get("ORG", []):  # "Corvane Institute for Open-Source Analysis" = "Corvane Institute"
            for joint in (" for ", " of "):
                head = key.split(joint)[0]
                if head != key and label.get(head) == "ORG" and len(head.split()) >= 2:
                    self._union(head, key)
        for keys in by_label.values():
            keys.sort()
            for i, a in enumerate(keys):
                for b in keys[i + 1 : i + 40]:  # sorted: spelling variants share a prefix
                    if a[:3] != b[:3]:
                        break
                    if fuzz.ratio(a, b) >= 90:
                        self._union(a, b)

    def _join_editions_and_short_forms(self, label: dict[str, str], display: dict[str, str],
                                       weight: Counter[str]) -> None:
        """Across documents: "Bluewater Broadcasting - Brisca" is an edition of "Bluewater Broadcasting"; "Corsa"
        is "Corsa Lines" when one organisation's name starts with it and no other name uses it as a qualifier
        (a place: "Brisca" in "Bluewater Broadcasting - Brisca" is no "Brisca Dockworkers' Union")."""
        orgs = [k for k, lab in label.items() if lab == "ORG"]
        for key in orgs:
            base, _, edition = key.partition(" - ")
            if edition and base:
                raw = display.get(key, key).split(" - ")[0].strip()
                display.setdefault(base, raw)
                label.setdefault(base, "ORG")
                weight[base] += weight[key] + 1
                self._union(base, key)
        multi = [k for k in label if label[k] == "ORG" and len(k.split()) > 1]
        qualifiers = {w for k in label for w in k.split()[1:]}
        # a one-word "person" no known person's name contains is a short name the tagger misread ("Corsa")
        person_words = {w for k in label if label[k] == "PERSON" and len(k.split()) > 1 for w in k.split()}
        shorts = [k for k, lab in label.items() if len(k.split()) == 1 and k not in qualifiers
                  and (lab == "ORG" or lab == "PERSON" and k not in person_words)]
        for key in shorts:
            starts = {self._groups.find(m) for m in multi if m.split()[0] == key}
            if len(starts) == 1:
                self._union(next(iter(starts)), key)

    def learn_aliases(self, sentences: Iterable[str]) -> None:
        """Join names the texts declare equal: "X, known by its initials HUR", "X, also called Y",
        "South Korea's spy agency, the National Intelligence Service"."""
        for sentence in sentences:
            for pattern in _DECLARED_ALIAS:
                for match in pattern.finditer(sentence):
                    a, b = normal_form(match.group("a")), normal_form(match.group("b"))
                    if a and b and a != b:
                        self._display.setdefault(a, _LEADING.sub("", match.group("a").strip()))
                        self._display.setdefault(b, _LEADING.sub("", match.group("b").strip()))
                        self._union(a, b)
        self._rebuild_canonical()

    def _known_inside(self, key: str) -> str | None:
        """A known person at the end of a longer name ("nato secretary general mark rutte"), or a known
        organisation at its start ("corvane institute for open-source analysis")."""
        words = key.split()
        for size in range(min(4, len(words) - 1), 1, -1):
            tail = " ".join(words[-size:])
            if self._labels.get(tail) == "PERSON" or (tail in self._canonical and self._labels.get(
                    normal_form(self._canonical[tail])) == "PERSON"):
                return self._canonical[tail] if tail in self._canonical else None
        for joint in (" for ", " of "):
            head = key.split(joint)[0]
            if head != key and self._labels.get(head) == "ORG" and len(head.split()) >= 2:
                return self._canonical.get(head)
        return None

    def learn_place_bodies(self, sentences: Iterable[str]) -> None:
        """Resolve "South Korea's spy agency" to the one body the texts call "South Korea's <Name>"
        whose name says the same thing (spy = intelligence, agency = service = bureau ...)."""
        bodies: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            for match in _PLACE_NAME.finditer(sentence):
                key = normal_form(match.group("name"))
                if self._labels.get(key) == "ORG" or self._labels.get(normal_form(self._canonical.get(key, ""))) == "ORG":
                    bodies[_country(match.group("place"))].add(self._canonical.get(key, match.group("name")))
        self._place_bodies = {place: sorted(names) for place, names in bodies.items()}
        # a body the texts only describe ("Ukraine's military intelligence agency, known by its initials HUR")
        # is one with the named body it describes ("Ukraine's Defence Intelligence Agency"), or else a body too
        joined = False
        for key in list(self._canonical):
            match = _PLACE_DESCRIPTION.fullmatch(self._display.get(key, key).replace("’", "'"))
            if not match or _BODY_WORDS.get(match.group("words").split()[-1].lower()) not in _BODY_KINDS:
                continue
            named = self._body_for(self._display.get(key, key))
            if named is not None and named != self._canonical[key]:
                self._union(key, normal_form(named))
                joined = True
            elif named is None:
                bodies[_country(match.group("place"))].add(self._canonical[key])
        if joined:
            self._rebuild_canonical()
        self._place_bodies = {
            place: sorted({self._canonical.get(normal_form(n), n) for n in names}) for place, names in bodies.items()
        }

    def learn_appositions(self, sentences: Iterable[str]) -> None:
        """Learn the descriptions the texts set beside a known name ("the island's mayor, Lene Osk, said", "said Tomas
        Grell, the union's secretary"): the description then stands for that party wherever a text uses it alone,
        when the texts never set it beside anyone else."""
        beside: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            sentence = sentence.replace("’", "'")
            for pattern in _APPOSITIONS:
                for match in pattern.finditer(sentence):
                    key, name = normal_form(match.group("desc")), match.group("name")
                    party = self._canonical.get(normal_form(name))
                    if party is None or not _is_proper(party) or _is_proper(match.group("desc")) or \
                            len(key.split()) < 2 or key in self._canonical:
                        continue
                    beside[key].add(party)
        for key, parties in beside.items():
            if len(parties) == 1:
                self._descriptions.setdefault(key, next(iter(parties)))
                self._titles.setdefault(_title_key(key), next(iter(parties)))  # "Vessany's mayor" = "Vessany mayor"

    def learn_described_bodies(self, sentences: Iterable[str]) -> None:
        """Learn the bodies the texts only describe by their country ("Tarsenia's coastguard"): "the coastguard"
        and "Tarsenian Coastguard" then stand for it, when the texts describe no other country's such body and
        name none built on that noun."""
        places: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            for match in _PLACE_DESCRIPTION.finditer(sentence.replace("’", "'")):
                noun = match.group("words").split()[0]
                place = match.group("place")
                if noun in ORG_NOUNS and noun not in _NO_HEAD_NOUNS and \
                        self._labels.get(normal_form(place)) in ("GPE", "LOC"):
                    places[noun].add(place)
        self._described_bodies = places

    def _described_body(self, name: str) -> str | None:
        """'the coastguard', "Tarsenia's coastguard", 'Tarsenian Coastguard': the one country's body the texts
        describe with that noun (see :meth:`learn_described_bodies`), named "<Country>'s <noun>"."""
        text = name.strip().replace("’", "'")
        match = re.fullmatch(r"(?:(?:the\s+)?(?P<place>[A-Z][\w-]*)(?:'s)?\s+)?(?:the\s+)?(?P<noun>[A-Za-z][\w-]*)",
                             text, re.IGNORECASE)
        if match is None:
            return None
        noun = match.group("noun").lower()
        places = self._described_bodies.get(noun, set())
        if len(places) != 1 or self._bodies_built_on().get(noun):
            return None
        place = next(iter(places))
        given = match.group("place")
        # (the place as a possessive or as its adjective: "Tarsenia's", "Tarsenian")
        if given is not None and given.lower() != "the" and not (
                given == place or given[:1].isupper() and given.lower().startswith(place.lower().rstrip("aeiouy")[:-1])):
            return None
        if given is None and not text.lower().startswith("the "):
            return None
        return f"{place}'s {noun}"

    def _by_description_head(self, name: str) -> str | None:
        """'the operator', 'the minister', 'the island': a bare "the <noun>" for the one party the texts describe
        with a longer phrase ending in that noun ("the ferry's operator, Corsa Lines", "Interior Minister Petra
        Anzelm", "the island of Brisca"), when they so describe no other."""
        match = re.fullmatch(r"the\s+(?P<noun>[a-z][\w-]+)", name.strip())
        if match is None:
            return None
        noun = match.group("noun")
        parties = {party for key, party in (*self._descriptions.items(), *self._titles.items(), *self._kinds.items())
                   if key != noun and key.split()[-1] == noun}
        # ("the committee" for "Mill Quarter residents' committee": a name that ends in the noun itself)
        parties |= self._names_by_last_word().get(noun, set())
        return parties.pop() if len(parties) == 1 else None

    def _names_by_last_word(self) -> dict[str, set[str]]:
        """Proper names of two words or more by their last word, case-folded, worked out once per grouping (unlike
        :meth:`_bodies_built_on`, whatever their label)."""
        if self._by_last_word is None:
            index: dict[str, set[str]] = defaultdict(set)
            for party in set(self._canonical.values()):
                if len(party.split()) >= 2 and _is_proper(party):
                    index[party.split()[-1].lower()].add(party)
            self._by_last_word = index
        return self._by_last_word

    def learn_place_kinds(self, sentences: Iterable[str]) -> None:
        """Learn what kind of place the texts call a named place ("the island of Brisca", "the port of Halden"):
        "the island" then stands for it (see :meth:`_by_description_head`)."""
        kinds: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            for match in _PLACE_KIND.finditer(sentence):
                party = self._canonical.get(normal_form(match.group("place")))
                if party is not None and _is_proper(party):
                    kinds[match.group("kind").lower()].add(party)
        # (keyed "<place> <kind>", so that the kind ends the key as a description's noun does)
        self._kinds.update({f"{normal_form(next(iter(places)))} {kind}": next(iter(places))
                            for kind, places in kinds.items() if len(places) == 1})

    def _inverted(self, name: str) -> str | None:
        """'Secretary General of Nato', 'Defence Intelligence of Ukraine': a title or a country's body written with
        'of', for the one the texts call "Nato Secretary General" or "Ukraine's defence intelligence ..."."""
        match = _OF_PLACE.fullmatch(name.strip().replace("’", "'"))
        if match is None:
            return None
        words, place = match.group("words"), match.group("place")
        return self._titles.get(_title_key(f"{place} {words}")) or self._body_for(f"{place}'s {words.lower()}")

    def _body_for(self, name: str) -> str | None:
        name = name.strip().replace("’", "'")
        inside = _IN_PLACE.fullmatch(name)
        if inside:  # "intelligence services in Kyiv" is "Kyiv's intelligence services"
            name = f"{inside.group('place')}'s {inside.group('words').lower()}"
        match = _PLACE_DESCRIPTION.fullmatch(name)
        if not match:
            return None
        wanted = {_body_word(w) for w in match.group("words").lower().split()}
        found = [
            body for body in self._place_bodies.get(_country(match.group("place")), [])
            if any(wanted <= {_body_word(w) for w in known.split()} for known in self._names_of(body))
        ]
        return found[0] if len(found) == 1 else None

    def _names_of(self, party: str) -> list[str]:
        """Every name the texts give a party ("HUR", "ukraine's military intelligence agency"), case-folded."""
        if getattr(self, "_names", None) is None:
            names: dict[str, list[str]] = defaultdict(list)
            for key, name in self._canonical.items():
                names[name].append(key)
            self._names = names
        return [party.lower(), *self._names.get(party, [])]

    def learn_titles(self, speakers: Iterable[tuple[str, str]]) -> None:
        """Learn titles the texts give people: ("NATO Secretary General Mark Rutte said ...", "Mark Rutte").

        A description elsewhere that is exactly such a title ("NATO's secretary general")
        then resolves to the person, when only one person holds it.
        """
        holders: dict[str, set[str]] = defaultdict(set)
        for sentence, name in speakers:
            if len(name.split()) < 2:
                continue
            before = re.finditer(rf"((?:[A-Z][\w.'’-]*\s+){{1,5}}){re.escape(name)}\b", sentence)
            # ("Matthias Ruel, the chief executive of Corsa Lines, said": a post of a named body after the name)
            after = re.finditer(rf"{re.escape(name)},\s+the\s+((?:[a-z][\w-]*\s+){{1,3}}of\s+(?:the\s+)?"
                                rf"(?:[A-Z][\w'’-]*\s*){{1,5}})[,.]", sentence)
            for match in (*before, *after):
                title = _title_key(match.group(1).strip())
                if title and title != normal_form(name):
                    holders[title].add(self.canonical(name) or name)
        self._titles.update({title: next(iter(names)) for title, names in holders.items() if len(names) == 1})

    def learn_descriptions(self, mentions: Iterable[tuple[str, str]]) -> None:
        """Learn what the documents' own words stand for: ("the operator", "Corsa Lines") when a document
        resolved "the operator" said to Corsa Lines.

        A description (no proper name, no pronoun) then resolves to that party everywhere, when every document
        that resolved it agrees and it was resolved at least as often as it was left as it stands.
        """
        resolved: dict[str, set[str]] = defaultdict(set)
        times: Counter[str] = Counter()
        left: Counter[str] = Counter()
        for mention, name in mentions:
            key = normal_form(mention)
            if not key or key in _PRONOUNS or _is_proper(mention.strip()) or not any(c.isalpha() for c in key):
                continue
            if normal_form(name) == key or not _is_proper(name):
                left[key] += 1
                continue
            resolved[key].add(self.canonical(name) or name)
            times[key] += 1
        self._descriptions.update({key: next(iter(names)) for key, names in resolved.items()
                                   if len(names) == 1 and times[key] >= left[key] and key not in self._canonical})

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        key = normal_form(name)
        if key in _CAPITALS and self._labels.get(key) in (None, "GPE", "LOC"):  # not a person called Washington
            return self.canonical(_display_country(_CAPITALS[key], self._display))
        initials = _COUNTRY_INITIALS.get(name.strip().removeprefix("the ").strip())
        if initials is not None and (initials in self._display or normal_form(initials) in self._canonical):
            return self.canonical(_display_country(initials, self._display))  # "DPRK", where North Korea is named
        half = self._country_by_its_half(name)
        if half is not None:  # "the North", where the texts name North Korea and no other North
            return self.canonical(half)
        owned = _REGION_OF_A_COUNTRY.fullmatch(name.strip())
        if owned is not None:  # "Russia's Kursk region": the region, named without its country
            return self.canonical(owned.group("region"))
        region = self._region_named(key)
        if region is not None:  # "Kursk", where the texts speak of the Kursk region
            return region
        found = self._canonical.get(key)
        if found is None or not _is_proper(found):
            # ("the coastguard", kept as a name of its own by a document that left it unresolved: the one body the
            # texts name so, or the party the documents that resolved it agree on)
            found = self._descriptions.get(key) or (self._by_head_noun(name) or self._described_body(name)
                                                    or self._by_description_head(name)
                                                    if found is not None else None) or found
        if found is not None and normal_form(found) == key and _IN_PLACE.fullmatch(name.strip()):
            found = self._body_for(name) or found  # "intelligence services in Kyiv": Ukraine's one such body
        if found is not None and normal_form(found) == key:
            found = self._by_initials(name) or found  # "DRT", its own name to the documents that use it alone
        if found is not None:
            return found
        titled = self._titles.get(_title_key(name)) or self._head_of(_title_key(name))
        if titled is not None:
            return titled
        contained = self._known_inside(key)
        if contained is not None:
            return contained
        body = self._body_for(name)
        if body is not None:
            return body
        shaped = self._by_shape(name) or self._by_head_noun(name) or self._described_body(name) or \
            self._inverted(name) or self._site_of(name) or self._staff_of(name) or self._by_initials(name) or \
            self._by_description_head(name)
        if shaped is not None:
            return shaped
        words = name.split()
        if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):  # "Zelensky", "Mr Jia"
            surname = normal_form(words[-1])
            full = self._canonical.get(surname) or self._person_by_surname().get(surname) or next(
                (n for s, n in self._person_by_surname().items() if s[:3] == surname[:3] and fuzz.ratio(s, surname) >= 88),
                None,
            )
            if full is not None:
                return full
        # (a name nobody else gives: "The Mill Quarter residents' committee" and "Mill Quarter residents' committee"
        # are still one, as are "Riverwatch's" and "Riverwatch")
        return re.sub(r"(?<=\w)['’]s$", "", re.sub(r"^[Tt]he\s+(?=[A-Z])", "", name.strip()))

    def learn_regions(self, sentences: Iterable[str]) -> None:
        """Learn the regions the texts name by a place and its kind ("the Kursk region"), so that the place named
        alone ("in Kursk") is that region, when the place is no body or person of its own."""
        found: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            for match in _REGION.finditer(sentence):
                if match.group("place") not in _NOT_PLACES:
                    found[normal_form(match.group("place"))].add(f"{match.group('place')} {match.group('kind')}")
        self._regions = {key: names.pop() for key, names in found.items()
                         if len(names) == 1 and self._labels.get(key) in (None, "GPE", "LOC")}

    def _region_named(self, key: str) -> str | None:
        """The region (province, oblast, district) of that name the texts speak of, for a place named alone."""
        if key in self._regions:
            return self._canonical.get(normal_form(self._regions[key]), self._regions[key])
        if self._labels.get(key) not in ("GPE", "LOC") or " " in key:
            return None
        for kind in _REGION_KINDS:
            found = self._canonical.get(f"{key} {kind}")
            if found is not None:
                return found
        return None

    def _country_by_its_half(self, name: str) -> str | None:
        """'the North', 'the South': the one place the texts name that opens with that word ("North Korea")."""
        match = re.fullmatch(r"(?:[Tt]he\s+)?(North|South|East|West)", name.strip())
        if match is None:
            return None
        word = match.group(1).lower() + " "
        found = {key for key, lab in self._labels.items() if lab == "GPE" and key.startswith(word)
                 and len(key.split()) == 2}
        return self._display.get(found.pop()) if len(found) == 1 else None

    def _by_initials(self, name: str) -> str | None:
        """'DRT' for Dravenian Radio-Television: the one organisation whose initials (each part of a hyphenated
        word counted) spell a name in capitals that no document explains."""
        text = name.strip()
        if not re.fullmatch(r"[A-Z]{2,6}", text):
            return None
        found = self._organisation_initials().get(text, set())
        return next(iter(found)) if len(found) == 1 else None

    def _organisation_initials(self) -> dict[str, set[str]]:
        """The organisations of several words by their initials, each part of a hyphenated word counted, worked
        out once per grouping."""
        if self._initials is None:
            initials: dict[str, set[str]] = defaultdict(set)
            for n, _words in self._organisation_words():
                if len(n.split()) > 1 or "-" in n:
                    initials[acronym_of([part for word in n.split() for part in word.split("-") if part])].add(n)
            self._initials = initials
        return self._initials

    def _site_of(self, name: str) -> str | None:
        """'the Halcyra plant', 'Halcyra Chemicals plant', 'the Halcyra works': a known organisation's site."""
        match = _SITE.fullmatch(name.strip().replace("’", "'"))
        if match is None:
            return None
        owner = self.canonical(match.group("owner"))
        return owner if owner is not None and self._labels.get(normal_form(owner)) == "ORG" else None

    def _staff_of(self, name: str) -> str | None:
        """'inspectors', 'state inspectors': the staff of the one body named after what they do (the State Labour
        Inspectorate), when the other words are in its name too."""
        words = normal_form(name).split()
        if not words or not re.fullmatch(r"[a-z]+(?:ors|ers)", words[-1]):
            return None
        stem = words[-1][:-3]
        bodies = {body for key, body in self._canonical.items() if self._labels.get(key) == "ORG"
                  and any(w.startswith(stem) and w != words[-1] for w in key.split())
                  and all(w in key.split() for w in words[:-1])}
        return bodies.pop() if len(bodies) == 1 and len(stem) >= 5 else None

    def _by_head_noun(self, name: str) -> str | None:
        """'the coastguard', 'the authority', 'the university', "Tarsenia's coastguard": a body called by the
        common noun its name is built on (the last word, or the first before 'of'), when exactly one named body
        of the texts is built on it (and, for a place's body, named after that place)."""
        match = _HEAD_NOUN_DESCRIPTION.fullmatch(name.strip().replace("’", "'"))
        if match is None:
            return None
        head, place = match.group("head").lower(), (match.group("place") or "").lower()
        if head in PERSON_ROLE_NOUNS or head in _NO_HEAD_NOUNS:
            return None
        # ("the town's fire brigade": the words before the noun are in the body's name too)
        mods = match.group("mods").split()
        found = {body for body in self._bodies_built_on().get(head, ()) if (not place or body.lower().startswith(
            place[:-1])) and all(m in body.lower().split() for m in mods)}
        return found.pop() if len(found) == 1 else None

    def _bodies_built_on(self) -> dict[str, set[str]]:
        """Named bodies and places of two words or more by the common noun they are built on ('Tarsenian
        Coastguard' on 'coastguard', 'University of Port Heddon' on 'university'), worked out once."""
        if self._built_on is None:
            built: dict[str, set[str]] = defaultdict(set)
            for key, label in self._labels.items():
                body = self._canonical.get(key)
                if label not in ("ORG", "LOC", "FAC") or body is None or len(body.split()) < 2 or not _is_proper(body):
                    continue
                words = body.lower().split()
                built[words[-1]].add(body)
                if " of " in body.lower():
                    built[words[0]].add(body)
            self._built_on = built
        return self._built_on

    def _by_shape(self, name: str) -> str | None:
        """Names whose shape shows a known party inside: "the Maritime Safety Authority (MSA)", "the ferry Merrow
        Bell", "the island of Brisca", "the X Lab at the University of Y", "Bluewater Broadcasting - Brisca
        edition", "Bluewater's Brisca edition", "Corsa" for Corsa Lines, "Halden lab" for Halden Marine Tracking
        Lab, "Tarsenian" for Tarsenia."""
        text = name.strip().replace("’", "'")
        tries = [re.sub(r"\s*\([^)]*\)$", "", text),  # a defined acronym after the name
                 re.split(r"\s+[-–—]\s+", text)[0],  # an edition or branch after a dash
                 re.split(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z]", text)[0],  # where the body sits
                 _after_description(text),  # "the ferry Merrow Bell", "the island of Brisca"
                 re.sub(r"'s?\s+[A-Z].*$", "", text)]  # "Bluewater's Brisca edition": the owner
        for candidate in tries:
            key = normal_form(candidate)
            if candidate != text and key in self._canonical:
                return self._canonical[key]
        for candidate in tries:  # and the shortened name may itself be a short form
            found = self._short_form(candidate) if candidate != text else None
            if found is not None:
                return found
        return self._short_form(text)

    def _short_form(self, text: str) -> str | None:
        """"Corsa" for the one organisation whose name starts with it, "Halden lab" for the one whose name starts
        and ends with those words, "Tarsenian" for the place Tarsenia."""
        words = normal_form(text).split()
        if not words or not text.strip()[:1].isupper():
            return None
        orgs = self._organisation_words()
        if len(words) == 1:
            for stem in (words[0][:-1], words[0][:-2], words[0][:-3] + "a", words[0][:-2] + "a"):
                if len(stem) >= 4 and self._labels.get(stem) in ("GPE", "LOC") and stem in self._canonical:
                    return self._canonical[stem]  # a demonym: "Tarsenian"
            starts = {n for n, w in orgs if len(n.split()) > 1 and w[0] == words[0]}
            return next(iter(starts)) if len(starts) == 1 else None
        if len(words) == 2:
            ends = {n for n, w in orgs if len(n.split()) > 2 and w[0] == words[0]
                    and _body_word(w[-1]) == _body_word(words[-1])}
            if len(ends) == 1:
                return next(iter(ends))
        return None

    def _organisation_words(self) -> list[tuple[str, list[str]]]:
        """Each organisation's canonical name with the words of its normal form, built once per grouping."""
        if self._org_words is None:
            names = {name for key, name in self._canonical.items() if self._labels.get(key) == "ORG"}
            self._org_words = [(name, normal_form(name).split()) for name in sorted(names)]
        return self._org_words

    def _head_of(self, title: str) -> str | None:
        """ "nato chief" (or head, boss, leader): the one person the texts give a title under "nato"."""
        words = title.split()
        if len(words) < 2 or words[-1] not in _HEAD_WORDS:
            return None
        return self._titled_under(" ".join(words[:-1]))

    def _titled_under(self, organisation: str) -> str | None:
        holders = {person for title, person in self._titles.items() if title.startswith(organisation + " ")}
        return next(iter(holders)) if len(holders) == 1 else None

    def speaker(self, name: str | None) -> str | None:
        """The party behind a speaker or source: :meth:`canonical`, except that a country or its capital
        speaking ("Seoul says", "South Korea says") is its government, so it is the one body of that
        country the texts name ("South Korea's National Intelligence Service"), when they name only one."""
        found = self.canonical(name)
        if not name or found is None:
            return found
        key = normal_form(name)
        if key in _CAPITALS or key in _COUNTRIES or normal_form(found) in _COUNTRIES:
            bodies = self._place_bodies.get(_country(key if key in _CAPITALS else normal_form(found)), [])
            if len(bodies) == 1:
                return bodies[0]
        if self._labels.get(key) == "ORG":  # "NATO confirms": NATO speaks through the one officer the texts title
            return self._titled_under(key) or found
        return found

    def _person_by_surname(self) -> dict[str, str]:
        """Surname (and its spelling variants) -> full name, for surnames only one person has."""
        if getattr(self, "_surnames", None) is None:
            owners: dict[str, set[str]] = defaultdict(set)
            for key, name in self._canonical.items():
                if len(key.split()) >= 2 and self._labels.get(key) == "PERSON":
                    owners[key.split()[-1]].add(name)
            unique = {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1}
            self._surnames = unique
        return self._surnames

    def label(self, name: str) -> str | None:
        """PERSON, ORG, GPE, ... for a name the documents tag, else None."""
        return self._labels.get(normal_form(name))

    def groups(self) -> dict[str, list[str]]:
        """Canonical name -> every name (as written) that resolves to it."""
        out: dict[str, list[str]] = defaultdict(list)
        for key, name in self._canonical.items():
            out[name].append(self._display.get(key, key))
        return {name: sorted(set(names)) for name, names in out.items()}


def _after_description(text: str) -> str:
    """The name after a lower-case description of a thing or place ("the ferry Merrow Bell", "the island of
    Brisca"); a person's role before "of" ("the chief executive of Corsa Lines") is someone else, kept whole."""
    match = re.match(r"^(?:[Tt]he\s+)?((?:[a-z][\w-]*\s+)+?)(of\s+)?(?=[A-Z])", text)
    if match is None or match.group(1).split()[-1] in PERSON_ROLE_NOUNS:  # the description's head noun
        return text
    return text[match.end():]


def _display_country(country: str, display: dict[str, str]) -> str:
    """A country's name as the texts write it ("South Korea"), else title-cased."""
    return display.get(country) or country.title()


def name_records(connection: Connection) -> list[NameRecord]:
    query = sa.select(entities.c.name, entities.c.label, entities.c.aliases, entities.c.mentions)
    return [NameRecord(r.name, r.label, tuple(r.aliases or ()), r.mentions) for r in connection.execute(query)]


def overrides(connection: Connection) -> list[tuple[str, str, str]]:
    query = sa.select(entity_overrides).order_by(entity_overrides.c.id)
    return [(r.action, r.name, r.other) for r in connection.execute(query)]


def add_override(connection: Connection, action: str, name: str, other: str) -> None:
    if action not in ("merge", "split"):
        raise ValueError(f"unknown entity action {action!r}: use merge or split")
    connection.execute(entity_overrides.insert().values(action=action, name=name, other=other))


def load_resolver(connection: Connection) -> EntityResolver:
    return EntityResolver(name_records(connection), overrides(connection))
