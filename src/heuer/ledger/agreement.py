"""Do two items agree on what they assert? Numbers, subjects and polarity.

These checks sit on top of text similarity: two sentences about "12,000 troops" and
"10,000 troops" are very similar as text, but they are two rival claims, not one;
"troops were sent" and "denied that troops were sent" are a negation, not an echo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from heuer.extract.units import ADDED_TO, measure_unit, time_unit
from heuer.ledger.items import LedgerItem

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
_VERBAL_NEGATION = re.compile(r"\b(?:not|never|no|nobody|nothing|none|n't)\b|\w+n't\b", re.IGNORECASE)
_DISMISSAL = re.compile(
    r"\b(?:no\s+evidence|fake\s+news|baseless|unfounded|untrue|false\s+(?:report|claim)s?|nothing\s+happen)",
    re.IGNORECASE,
)
_NOBODY = re.compile(r"\s*(?:no\s+one|nobody|none\s+of|not\s+one|no\s+(?:official|expert|analyst|government)s?)\b",
                     re.IGNORECASE)
_LEAD_WORDS = 7  # a negation this early negates the claim itself, not a detail of it
_DENIAL_CUES = frozenset(
    "deny denied denies denying dismiss dismissed dismisses rejected reject rejects refute refuted refutes "
    "disputed dispute disputes contradicted contradict".split()
)
# subject head words that name the same kind of thing
_SUBJECT_GROUPS = {
    "personnel": {"troop", "soldier", "force", "personnel", "serviceman", "servicemen", "fighter", "man", "men",
                  "conscript", "recruit", "mercenary", "infantry", "commando", "paratrooper"},
    "people": {"people", "person", "resident", "civilian", "citizen", "inhabitant", "capacity"},  # ("a capacity of 450")
    # kinds of people a count of "people" may stand for in a story ("312 people pulled from the water" are its
    # survivors), but not each other: 23 bodies are no count of the rescued
    "passengers": {"passenger", "traveller", "traveler", "commuter"},
    "survivors": {"survivor", "rescued"},
    "deaths": {"dead", "death", "toll", "fatality", "fatalities", "body", "bodies", "killed"},
    "injured": {"injured", "wounded", "casualty", "casualties"},
    # ("two workers" / "two of its shift operators"; "300 people taken to hospital" / "three hundred hospital cases")
    "workers": {"worker", "employee", "operator", "staff", "staffer", "labourer", "laborer", "miner"},
    "patients": {"patient", "case"},
    "money": {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "won"},
    "vehicle": {"vehicle", "truck", "bus", "lorry", "car", "tank"},
    "ship": {"ship", "vessel", "boat"},
}
_SUBSET_WORDS = frozenset("special elite first initial advance vanguard senior officer officers commando".split())
_INCREMENT_WORDS = frozenset("more additional another further extra new".split())
# subset words that name the same part: "commandos" are "special forces" are "elite troops"
_SAME_MARK = {"special": "elite", "commando": "elite", "elite": "elite"}


def numbers_in(text: str) -> set[float]:
    """The numbers written in digits (scaled by a following thousand/million/...)."""
    found: set[float] = set()
    for match in _SCALED.finditer(text):
        found.add(float(match.group(1)) * _SCALE[match.group(2).lower()])
    for match in _NUMBER.finditer(_SCALED.sub(" ", text)):
        found.add(float(match.group().replace(",", "")))
    return {n for n in found if not 1900 <= n <= 2100}  # years are dates, not claims


_CLAUSE_BREAK = re.compile(r"[:;]\s+|\s+[—–]\s+")  # "we will answer it again: there are no troops"


def _leads(text: str) -> list[str]:
    """The first words of the text and of every clause after a colon, semicolon or dash."""
    return [" ".join(part.split()[:_LEAD_WORDS]) for part in _CLAUSE_BREAK.split(text) if part.strip()]


def is_negative(item: LedgerItem) -> bool:
    """Whether a statement asserts the opposite of its content: a denial cue or a negated content.

    The negation must open the content or one of its clauses ("We have answered this lie before:
    there are no troops in the country"); an item with no cue of its own (a headline, an own-voice
    sentence) that reports a denial ("Varnia denies deployment") reports the negative too.
    """
    cue = (item.cue or "").lower().split()
    if any(word in _DENIAL_CUES for word in cue) or _DISMISSAL.search(item.text):
        return True
    if _NOBODY.match(item.speaker_mention or item.attributed_to or ""):
        return True  # "no one in the capital argues that troops were sent"
    for lead in _leads(item.text):
        if _VERBAL_NEGATION.search(lead):
            return True
        if item.kind == "assertion" and any(w.lower().strip(".,;:'\"") in _DENIAL_CUES for w in lead.split()):
            return True
    return False


def is_question(item: LedgerItem) -> bool:
    """A question asserts nothing: "Why would Varnia send troops?" is no report that it did."""
    return item.text.rstrip(" \"'”’)").endswith("?")


def _singular(word: str) -> str:
    word = word.lower().strip(".,;:'\"")
    if word in ("men", "people", "servicemen", "forces"):
        return {"forces": "force"}.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# words that end a counted noun phrase's head part: "people on board", "survivors who reached the shore"
_AFTER_HEAD = frozenset("on in at from for with aboard who that which to by after before during near of".split())
# kinds of people that a plain count of people may be (see subject_compatible_groups)
_PERSON_KINDS = frozenset({"passengers", "survivors", "deaths", "injured"})
# kinds of people a count of "people" stands for only when both say the same befell them ("two workers were killed"
# / "two people died"; "340 employees" are no count of the 340 people in hospital)
_PEOPLE_BY_STATE = frozenset({"workers", "patients"})


def subject_words(item: LedgerItem) -> list[str]:
    words = [_singular(w) for w in (item.subject or item.unit or "").split() if w.strip()]
    if words and words[0] in _AFTER_HEAD | {"aboard"} and item.unit:
        words = [_singular(w) for w in item.unit.split() if w.strip()]  # "437 aboard": the people counted
    for k, word in enumerate(words):
        if k > 0 and word in _AFTER_HEAD and word != "of":
            return words[:k]  # "people on board" counts people
    if words and words[-1] in _META_SUBJECTS:
        return []  # "The figure reported by the NIS is 12,000": the number itself, not what it counts
    return words


# nouns for a number as such, which say nothing of what it counts
_META_SUBJECTS = frozenset({"figure", "number", "estimate", "total", "count", "tally", "amount", "sum"})


def subject_group(words: list[str]) -> str | None:
    if not words:
        return None
    head = words[-1]
    for group, members in _SUBJECT_GROUPS.items():
        if head in members:
            return group
    return head


_STATES = {
    **dict.fromkeys("dead died die killed death deaths toll bodies body fatalities perished drowned".split(), "dead"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("rescued survived survivors survivor saved alive safety".split(), "rescued"),
    **dict.fromkeys("injured wounded hurt hospitalised hospitalized hospital".split(), "injured"),
    **dict.fromkeys("evacuated displaced".split(), "evacuated"),
}
_CLAUSE_END = frozenset({",", ";", ".", ":", "but", "that", "while", "whereas", "as"})
_WORD_OR_MARK = re.compile(r"[\w'-]+|[,;.:]")


def person_state(item: LedgerItem) -> str | None:
    """What a count of people says happened to them, from the words nearest the figure in its clause:
    "78 people had died" (dead), "78 remained missing" (missing), "the death toll at 78" (dead)."""
    parts = _split_at_figure(item)
    if parts is None:
        return None
    before, after = ([w.lower() for w in _WORD_OR_MARK.findall(part)] for part in parts)
    for word in after[:7]:
        if word in _CLAUSE_END:
            break
        if word in _STATES:
            return _STATES[word]
    for word in reversed(before[-5:]):
        if word in _CLAUSE_END:
            break
        if word in _STATES:
            return _STATES[word]
    return None


def groups_compatible(a: str | None, b: str | None) -> bool:
    """The same kind of thing, or plain "people" and one kind of people (survivors, passengers, the dead)."""
    return a == b or {a, b} & {"people"} != set() and ({a, b} - {"people"}) <= _PERSON_KINDS


# spellings of one unit of measure ("kilometres" = "km"), after _singular
_UNIT_SPELLINGS = {
    "kilometre": "km", "kilometer": "km", "centimetre": "cm", "centimeter": "cm", "millimetre": "mm",
    "millimeter": "mm", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft", "kilogram": "kg", "kilo": "kg",
    "gram": "g", "tonne": "t", "ton": "t", "litre": "l", "liter": "l", "kilowatt": "kw", "megawatt": "mw",
    "gigawatt": "gw", "degree": "degree",
}


# one unit of measure in its dimension's base unit, so that "an hour and a half" = "90 minutes"
# (months and years only convert into each other: their length in days varies)
_IN_BASE: dict[str, tuple[str, float]] = {
    "seconds": ("time", 1.0), "minutes": ("time", 60.0), "hours": ("time", 3600.0), "days": ("time", 86400.0),
    "weeks": ("time", 604800.0), "months": ("calendar", 1.0), "years": ("calendar", 12.0),
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mile": ("length", 1609.344), "ft": ("length", 0.3048), "kg": ("mass", 1.0), "g": ("mass", 0.001),
    "t": ("mass", 1000.0),
}


def _dimension(unit: str | None) -> str | None:
    return _IN_BASE[unit][0] if unit in _IN_BASE else None


def _bounds(a: LedgerItem, b: LedgerItem) -> tuple[float, float, float, float]:
    """Both items' low and high, in one unit when they measure the same dimension in different units."""
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    unit_a, unit_b = measure_of(a), measure_of(b)
    if unit_a != unit_b and _dimension(unit_a) is not None and _dimension(unit_a) == _dimension(unit_b):
        fa, fb = _IN_BASE[unit_a][1], _IN_BASE[unit_b][1]  # type: ignore[index]
        return a.low * fa, a.high * fa, b.low * fb, b.high * fb
    return a.low, a.high, b.low, b.high


def measure_of(item: LedgerItem) -> str | None:
    """A figure's unit of measure spelled one way ("kilometres" = "km", "hour" = "hours"); None for a count."""
    unit = (item.unit or "").strip()
    if not unit or " " in unit:
        return None
    if time_unit(unit):
        return time_unit(unit)
    if measure_unit(unit) is None:
        return None
    word = _singular(unit)
    return _UNIT_SPELLINGS.get(word, word)


# what a measurement can measure; any other subject ("the ship was doing 17 knots") names the thing measured
_QUANTITIES = frozenset("""speed distance range altitude height depth length width area weight mass capacity
    duration temperature elevation radius diameter volume thickness""".split())


def _measured(item: LedgerItem, unit: str) -> list[str]:
    """What a measurement measures ("altitude"): its subject, when that names a quantity ("an altitude of
    7,000km"), not the unit again, a name or the thing measured ("the ship was doing 17 knots")."""
    words = [_singular(w) for w in (item.subject or "").split()]
    return words if words and words[-1] in _QUANTITIES else []


def subjects_compatible(a: LedgerItem, b: LedgerItem) -> bool:
    """Same kind of counted thing (troops = soldiers), with no subset word on one side only.

    Measurements compare their units (km = kilometres), and their measured quantities only where
    both name one ("an altitude of 7,000km" = "7,000 kilometres" = "7,000 km straight up").
    """
    unit_a, unit_b = measure_of(a), measure_of(b)
    if unit_a or unit_b:
        if unit_a != unit_b and (_dimension(unit_a) is None or _dimension(unit_a) != _dimension(unit_b)):
            return False
        measured_a, measured_b = _measured(a, unit_a or ""), _measured(b, unit_b or "")
        return not measured_a or not measured_b or subject_group(measured_a) == subject_group(measured_b)
    words_a, words_b = subject_words(a), subject_words(b)
    if not words_a or not words_b:
        return True
    group_a, group_b = subject_group(words_a), subject_group(words_b)
    people = {group_a, group_b} <= _PERSON_KINDS | _PEOPLE_BY_STATE | {"people"}
    state_a, state_b = (person_state(a), person_state(b)) if people else (None, None)
    if state_a and state_b and state_a != state_b:
        return False  # "78 people had died" / "78 remained missing"
    # "312 passengers and crew had been rescued" / "the number of survivors stood at 312": one fate, one count
    if not groups_compatible(group_a, group_b) and not (people and state_a and state_a == state_b):
        return False
    marks_a = {_SAME_MARK.get(w, w) for w in set(words_a) & (_SUBSET_WORDS | _INCREMENT_WORDS)}
    marks_b = {_SAME_MARK.get(w, w) for w in set(words_b) & (_SUBSET_WORDS | _INCREMENT_WORDS)}
    return marks_a == marks_b


def _close(x: float, y: float, tolerance: float = 0.005) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9)


def values_equal(a: LedgerItem, b: LedgerItem) -> bool:
    """The same value, or the same range (hedges like "some" or "about" do not change the value)."""
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return False
    a_low, a_high, b_low, b_high = _bounds(a, b)
    return _close(a_low, b_low) and _close(a_high, b_high)


# hedges that make a value a bound ("up to 4,000", "more than 1,200"), and those that put it just under ("nearly")
_UPPER_BOUNDS = frozenset({"up to", "at most", "no more than", "fewer than", "less than", "under"})
_LOWER_BOUNDS = frozenset({"at least", "more than", "over", "above", "no fewer than"})
_NEARLY = frozenset({"nearly", "almost"})


def values_compatible(a: LedgerItem, b: LedgerItem) -> bool:
    """One value sits inside the other's range, or a bound ("up to", "at least") admits the other."""
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return False
    a_low, a_high, b_low, b_high = _bounds(a, b)
    if a_low <= b_low <= a_high or b_low <= a_low <= b_high:
        return True
    for (x, x_low, x_high), (y_low, y_high) in (((a, a_low, a_high), (b_low, b_high)),
                                                  ((b, b_low, b_high), (a_low, a_high))):
        hedges = {h.lower() for h in x.hedges}
        if hedges & _UPPER_BOUNDS and y_high <= x_high:
            return True
        if hedges & _LOWER_BOUNDS and y_low >= x_low:
            return True
    return False


BOUND_REACH = 0.1  # how far past its bound a plain value may lie and still be the same count


def bound_admits(a: LedgerItem, b: LedgerItem) -> bool:
    """A bound on one side that a plain value on the other fills in, close to it: "more than 1,200 dead fish" and
    "1,260 dead fish" are one count, told less and more exactly ("more than 1,200" and 2,000 are not)."""
    if a.low is None or b.low is None or a.high is None or b.high is None or a.low != a.high or b.low != b.high:
        return False
    a_value, _, b_value, _ = _bounds(a, b)
    for bound, bound_value, plain, value in ((a, a_value, b, b_value), (b, b_value, a, a_value)):
        hedges = {h.lower() for h in bound.hedges}
        if {h.lower() for h in plain.hedges} & (_LOWER_BOUNDS | _UPPER_BOUNDS | _NEARLY) or bound_value <= 0:
            continue
        if hedges & _LOWER_BOUNDS and bound_value < value <= bound_value * (1 + BOUND_REACH):
            return True
        if hedges & (_UPPER_BOUNDS | _NEARLY) and bound_value * (1 - BOUND_REACH) <= value < bound_value:
            return True
    return False


# counts written in words: "thousands of troops" is a count of 1,000 to 9,999, no rival to "8,000 troops"
_VAGUE_COUNTS = (
    ("hundreds of thousands", 1e5, 1e6), ("tens of thousands", 1e4, 1e5), ("several thousand", 2e3, 1e4),
    ("a few thousand", 2e3, 1e4), ("thousands", 1e3, 1e4), ("several hundred", 200.0, 1e3),
    ("a few hundred", 200.0, 1e3), ("hundreds", 100.0, 1e3), ("dozens", 12.0, 100.0), ("millions", 1e6, 1e9),
)
_VAGUE = re.compile(
    r"\b(" + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words, _, _ in _VAGUE_COUNTS) + r")\b",
    re.IGNORECASE,
)
_VAGUE_RANGE = {words: (low, high) for words, low, high in _VAGUE_COUNTS}
# words that end the name of what a number counts ("8,000 troops had arrived", "2,000 dollars a month")
_NOT_COUNTED = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being that this these
    those it its their there here has have had will would could should may might can do does did not no
    than then so such into over about after before some around up most said says say told each per who which
    whose while when where if all both between since until across along among them they we us you he she
    him her his our your""".split()
)
_COUNTED_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")


@dataclass(frozen=True)
class Count:
    """A number in a statement's words, with what it counts when the words say so."""

    low: float
    high: float
    counted: tuple[str, ...]  # singular words after the number ("varnian", "special", "force"), or none


def _counted_words(rest: str) -> tuple[str, ...]:
    """The words naming what a number counts: up to four words after it, until a function word or a stop."""
    rest = re.sub(r"^\s*of\b", "", rest, count=1, flags=re.IGNORECASE)
    words: list[str] = []
    while len(words) < 4:
        match = _COUNTED_WORD.match(rest)
        if not match or match.group(1).lower() in _NOT_COUNTED:
            break
        words.append(_singular(match.group(1)))
        rest = rest[match.end():]
    return tuple(words)


_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")


@lru_cache(maxsize=4096)
def counts_in(text: str) -> tuple[Count, ...]:
    """Numbers in digits (as :func:`numbers_in`) and counts in words ("thousands of"), each with its counted words."""
    found: list[Count] = []
    for match in _SCALED.finditer(text):
        value = float(match.group(1)) * _SCALE[match.group(2).lower()]
        found.append(Count(value, value, _counted_words(text[match.end():])))
    plain = _SCALED.sub(lambda m: " " * len(m.group()), text)
    for match in _NUMBER.finditer(plain):
        value = float(match.group().replace(",", ""))
        if _MONTH_BEFORE.search(plain[: match.start()]):
            continue  # "on the night of March 2": a day of the month, no count
        if "," in match.group() or not 1900 <= value <= 2100:  # years are dates, not claims ("2,000" is none)
            found.append(Count(value, value, _counted_words(plain[match.end():])))
    for match in _VAGUE.finditer(plain):
        low, high = _VAGUE_RANGE[" ".join(match.group(1).lower().split())]
        found.append(Count(low, high, _counted_words(plain[match.end():])))
    return tuple(found)


def _marks(words: set[str]) -> set[str]:
    return {_SAME_MARK.get(w, w) for w in words & (_SUBSET_WORDS | _INCREMENT_WORDS)}


def _kind_counted(words: tuple[str, ...]) -> str | None:
    for word in words:
        for group, members in _SUBJECT_GROUPS.items():
            if word in members:
                return group
    return None


def _counted_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both name the same kind of thing (troops = soldiers, or a shared word), with the same subset
    marks ("special forces" are part of the troops); a bare number is like anything."""
    if not a or not b:
        return True
    kind_a, kind_b = _kind_counted(a), _kind_counted(b)
    alike = kind_a == kind_b if kind_a and kind_b else bool(set(a) & set(b))
    return alike and _marks(set(a)) == _marks(set(b))


def _same_count(x: Count, y: Count) -> bool:
    """The same number (or a number inside a count in words, "8,000" in "thousands"), counting alike."""
    def inside(value: float, span: Count) -> bool:
        return span.low <= value < span.high

    if x.low == x.high and y.low == y.high:
        values = _close(x.low, y.low)
    elif x.low == x.high:
        values = inside(x.low, y)
    elif y.low == y.high:
        values = inside(y.low, x)
    else:
        values = x.low == y.low and x.high == y.high
    return values and _counted_alike(x.counted, y.counted)


def numbers_agree(a: LedgerItem, b: LedgerItem) -> bool:
    """Statements: when both carry numbers, they must share one that counts the same kind of thing.

    "thousands of troops have arrived" shares its count with "8,000 troops had arrived", but not
    with "1,200 special forces were carried" (part of the force), "2,000 dollars a month per soldier"
    (money) or "aged between 19 and 26" (no such count).
    """
    counts_a, counts_b = counts_in(a.text), counts_in(b.text)
    if not counts_a or not counts_b:
        return True
    return any(_same_count(x, y) for x in counts_a for y in counts_b)


def _split_at_figure(item: LedgerItem) -> tuple[str, str] | None:
    """The figure's sentence before and after the figure's own text (None when the text is not in it)."""
    where = item.sentence.find(item.figure_text) if item.figure_text else -1
    if where < 0:
        return None
    return item.sentence[:where], item.sentence[where + len(item.figure_text):]


def _around_figure(item: LedgerItem) -> tuple[list[str], list[str]]:
    """The lower-cased words of the figure's sentence before and after the figure's own text."""
    parts = _split_at_figure(item)
    if parts is None:
        return [], []
    before, after = ([w.lower().strip(".,;:") for w in part.split()] for part in parts)
    return before, after


def _words_after_figure(item: LedgerItem, count: int = 3) -> list[str]:
    return _around_figure(item)[1][:count]


def _word_before_figure(item: LedgerItem) -> str:
    before = _around_figure(item)[0]
    return before[-1] if before else ""


def marks_increment(item: LedgerItem) -> bool:
    """A figure that adds to another ("3,000 more", "an additional 2,000", "another 3,000")."""
    if set(subject_words(item)) & _INCREMENT_WORDS:
        return True
    return bool(set(_words_after_figure(item, 2)) & _INCREMENT_WORDS) or _word_before_figure(item) in ADDED_TO


def marks_subset(item: LedgerItem) -> bool:
    """A figure about part of a larger body ("1,500 special forces", "the first 3,000")."""
    return bool(set(subject_words(item)) & _SUBSET_WORDS)


_NATIONALITY = re.compile(
    r"\b(?:north|south)\s+korean|\b(?:russian|ukrainian|chinese|american|british|french|german|japanese|"
    r"korean|iranian|belarusian|polish|syrian|israeli|palestinian|turkish|indian|pakistani)\b",
    re.IGNORECASE,
)


def modifiers_clash(a: LedgerItem, b: LedgerItem) -> bool:
    """Both subjects name a nationality, and not the same one ("Russian soldiers" / "North Korean troops")."""
    found_a = {m.group().lower() for m in _NATIONALITY.finditer(a.subject or "")}
    found_b = {m.group().lower() for m in _NATIONALITY.finditer(b.subject or "")}
    return bool(found_a and found_b and not found_a & found_b)


def same_magnitude(a: LedgerItem, b: LedgerItem, factor: float = 3.0) -> bool:
    """Values within a factor of each other: rival estimates, not a part and a whole."""
    if not a.high or not b.high or a.high <= 0 or b.high <= 0 or a.low is None or b.low is None:
        return False
    a_high, b_high = _bounds(a, b)[1], _bounds(a, b)[3]
    big, small = max(a_high, b_high), min(a_high, b_high)
    return big / small <= factor


# where a claim puts things: a capitalised name after a preposition of place ("sent to Russia",
# "deployed in Russia's Kursk region", "carried to the port city of Vladivostok")
_PLACE_AFTER = re.compile(
    r"(?<![Aa]ccording )(?<![Dd]ue )(?<![Cc]lose )(?<![Nn]ext )\b(?:in|into|inside|to|at|near|towards?)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|port|village|region|province|oblast|district)\s+of\s+)?"
    r"(?P<place>[A-Z][\w-]*(?:[ -][A-Z][\w-]*){0,2})(?P<own>['’]s)?(?=(?:\s+(?P<next>[\w-]+))?)"
)
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday i we he she they it the this that""".split()
)


@lru_cache(maxsize=8192)
def places_in(text: str) -> frozenset[str]:
    """The places a text puts its subject in, case-folded: "Russia's Kursk region" is Kursk (the more
    precise place), "Russia's war effort" is no place, months and weekdays are times."""
    found: set[str] = set()
    for match in _PLACE_AFTER.finditer(text):
        place, following = match.group("place"), match.group("next") or ""
        if place.split()[0].lower() in _NOT_PLACES:
            continue
        if match.group("own"):
            inner = re.match(r"([A-Z][\w-]*(?:[ -][A-Z][\w-]*){0,2})", text[match.end("own"):].lstrip())
            if inner and following[:1].isupper():
                found.add(inner.group(1).lower())  # "Russia's Kursk region": Kursk
            continue  # "Russia's war effort": an owner, not a place
        found.add(place.lower())
    return frozenset(found)


def places_agree(a: LedgerItem, b: LedgerItem) -> bool:
    """Worded claims that both name where something is or goes must share a place: "troops were sent to
    Russia", "troops are in Kursk" and "troops were carried to Vladivostok" are three claims. One that
    names no place is compatible with any."""
    places_a, places_b = places_in(a.text), places_in(b.text)
    # ("at the Halcyra plant" and "at the Halcyra Chemicals plant": a short form of the same name)
    return not places_a or not places_b or any(
        set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in places_a for y in places_b)


# a dismissal frame, which the polarity check already carries: "dismissed reports of a deployment as fake
# news" is compared as "reports of a deployment"
_DISMISSAL_FRAME = re.compile(
    r"\s+(?:as\s+(?:(?:a|an|mere|pure|just)\s+)?(?:fake\s+news|baseless|unfounded|untrue|false|lies|fabrications?|"
    r"provocations?|propaganda|hoax(?:es)?)|fake\s+news)\b[^,;]*$",
    re.IGNORECASE,
)


def matching_text(item: LedgerItem, before: str = "", *, with_sentence: bool = False) -> str:
    """The words a worded item is embedded by: its content without a dismissal frame (its polarity is
    checked apart, by :func:`is_negative`), so that two denials worded differently compare what they deny,
    and with a plural pronoun subject replaced by the people *before* (the document's text up to the item)
    named last (and, *with_sentence*, followed by its whole sentence); a figure's text as is."""
    if item.kind == "figure":
        return item.text
    stripped = _DISMISSAL_FRAME.sub("", item.text)
    text = stripped if len(stripped.split()) >= 3 else item.text
    content = with_antecedent(text, before) if before else text
    # with_sentence: the whole sentence after the content, for a model that reads it (who, where and what
    # about, which a short content leaves out: "a shortage of translators" | "... calls reveal a shortage ...")
    return f"{content} | {item.sentence}" if with_sentence else content


def text_before(item: LedgerItem, document_text: str) -> str:
    """The document's text before the item's sentence ("" when the sentence is not found)."""
    where = document_text.find(item.sentence)
    return document_text[:where] if where > 0 else ""


# a sentence whose subject is a plural pronoun ("They are sitting in Kursk", "Some of them are fighting")
# says who only through the sentences before it
_PRONOUN_SUBJECT = re.compile(r"^(?P<lead>(?:(?:some|many|most|all|few|none)\s+of\s+)?)(?:them|they)\b\s*",
                              re.IGNORECASE)
_PERSONNEL_PHRASE = re.compile(
    r"(?P<mods>(?:[A-Z][\w-]*\s+){0,2})(?P<head>troops|soldiers|forces|fighters|servicemen|personnel|units|"
    r"commandos|conscripts|recruits|mercenaries)\b"
)
_ANTECEDENT_REACH = 600  # characters back: about three sentences


def with_antecedent(text: str, before: str) -> str:
    """*text* with a plural pronoun subject replaced by the body of people the text before it named last
    ("Some of them are fighting" after "... North Korean troops were in Kursk." -> "Some of North Korean
    troops are fighting"); *text* as it is when it opens otherwise or nothing fits."""
    opening = _PRONOUN_SUBJECT.match(text)
    if not opening:
        return text
    found = list(_PERSONNEL_PHRASE.finditer(before[-_ANTECEDENT_REACH:]))
    if not found:
        return text
    phrase = (found[-1].group("mods") + found[-1].group("head")).strip()
    lead = opening.group("lead").split()  # "Some of them" -> "Some North Korean troops"
    return " ".join([*lead[:1], phrase, text[opening.end():]])


def opens_with_pronoun(item: LedgerItem) -> bool:
    """A worded item whose subject is a plural pronoun (see :func:`with_antecedent`)."""
    return item.kind != "figure" and _PRONOUN_SUBJECT.match(item.text) is not None
