"""Dated events: what happened when, with dates resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

import dateparser
from spacy.tokens import Doc, Span, Token

from heuer.extract.lexicon import SPEECH_VERBS
from heuer.extract.nlp import doc_text
from heuer.model import Event

_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|through)\s+(.+)$", re.I)


Tense = str  # "past" | "future" | "unknown"


def _parse_one(text: str, base: date, tense: Tense = "unknown") -> tuple[date, date | None] | None:
    t = text.strip().lower()
    t = re.sub(r"^(?:on|in|by|at|the|this past|of)\s+", "", t)
    monday = base - timedelta(days=base.weekday())
    if t in ("today", "tonight"):
        return base, None
    if t == "yesterday":
        return base - timedelta(days=1), None
    if re.fullmatch(r"earlier (?:in|this) (?:the )?week", t):
        return monday, max(monday, base - timedelta(days=1))
    if t == "this week":
        return monday, base
    if t == "last week":
        start = monday - timedelta(days=7)
        return start, start + timedelta(days=6)
    if t == "last month":
        end = base.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if t == "this month":
        return base.replace(day=1), base
    day = re.sub(r"^(?:last|this|next|on)\s+", "", t).rstrip("s")
    if day in _WEEKDAYS:
        wd = _WEEKDAYS.index(day)
        if tense == "future" or t.startswith("next "):
            return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1), None
        return base - timedelta(days=(base.weekday() - wd) % 7), None
    candidates = []
    for prefer in ("past", "future"):
        parsed = dateparser.parse(
            text, languages=["en"],
            settings={"RELATIVE_BASE": _dt(base), "PREFER_DATES_FROM": prefer, "REQUIRE_PARTS": ["month"],
                      "PREFER_DAY_OF_MONTH": "first"},
        )
        if parsed is not None:
            candidates.append(parsed.date())
    if not candidates:
        return None
    if tense == "future":
        later = [d for d in candidates if d >= base]
        return (min(later) if later else max(candidates)), None
    if tense == "past":
        earlier = [d for d in candidates if d <= base]
        return (max(earlier) if earlier else min(candidates)), None
    # no tense to go by: the reading nearest the publication date ("November 5" in late October)
    return min(candidates, key=lambda d: abs((d - base).days)), None


def _dt(d: date):  # noqa: ANN202 - dateparser wants a datetime
    from datetime import datetime

    return datetime(d.year, d.month, d.day, 12, 0)


_DAY_RANGE = re.compile(
    rf"^(?:between|from)?\s*(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|through|-|–)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS}\.?(?:,?\s+\d{{4}})?)$"
    rf"|^(?:between|from)?\s*({_MONTHS}\.?)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|through|-|–)\s*(\d{{1,2}})(?:st|nd|rd|th)?(,?\s+\d{{4}})?$",
    re.I,
)


def resolve_date(text: str, base: date, tense: Tense = "unknown") -> tuple[date, date | None] | None:
    """'between October 8 and October 13' -> (2024-10-08, 2024-10-13), relative to ``base``."""
    text = text.strip()
    m = _DAY_RANGE.match(text)
    if m:
        if m.group(1):
            first, last, month = m.group(1), m.group(2), m.group(3)
        else:
            month, first, last = m.group(4) + (m.group(7) or ""), m.group(5), m.group(6)
        a = _parse_one(f"{first} {month}", base, tense)
        b = _parse_one(f"{last} {month}", base, tense)
        if a and b and a[0] <= b[0]:
            return a[0], b[0]
    m = _RANGE.match(text)
    if m:
        a = _parse_one(m.group(1), base, tense)
        b = _parse_one(m.group(2), base, tense)
        if a and b:
            return a[0], b[0]
    return _parse_one(text, base, tense)


def tense_of(verb: Token | None) -> Tense:
    """Future for 'will resume', 'is expected to', 'plans to'; past for a past form; else unknown."""
    if verb is None:
        return "unknown"
    cur: Token | None = verb
    for _ in range(3):
        if cur is None:
            break
        auxes = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "shall", "'ll", "wo"} or cur.lemma_ in ("plan", "expect", "schedule", "intend", "set"):
            return "future"
        if cur.tag_ == "VBD" or auxes & {"had", "has", "have", "did", "was", "were"}:
            return "past"
        if cur.dep_ in ("xcomp", "ccomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return "unknown"


def _event_text(verb: Token, date_tokens: set[int]) -> str:
    keep_deps = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "attr", "acomp", "xcomp",
                 "prep", "dative", "oprd", "advmod", "npadvmod", "compound", "agent"}
    if verb.lemma_ in SPEECH_VERBS:
        keep_deps |= {"ccomp", "mark"}  # a statement made that day: what was said belongs to the event
    tokens = [verb]
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("meanwhile", "however", "also", "then", "instead", "still"):
            continue
        if child.dep_ in keep_deps and child.i not in date_tokens:
            sub = [t for t in child.subtree if t.i not in date_tokens]
            if any(t.i in date_tokens for t in child.subtree) and child.dep_ in ("prep", "npadvmod"):
                continue
            tokens.extend(sub)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        tokens = [t for t in tokens if t.i != subj.i] + [t for t in verb.head.subtree if t.i < verb.i and t.i >= verb.head.left_edge.i and t.i not in {x.i for x in verb.subtree}]
    return _join(sorted({t.i: t for t in tokens if not t.is_space}.values(), key=lambda t: t.i))


def _join(tokens: list[Token]) -> str:
    """Tokens back to text with their original spacing; a gap between runs becomes one space."""
    parts: list[str] = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip(" ,;")


_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_CORE = (
    rf"(?:(?:(?:from|between)\s+)?{_DAY}\s*(?:-|–|to|and)\s*{_DAY}\s+{_MONTHS}\.?(?:,?\s+\d{{4}})?"
    rf"|(?:(?:from|between)\s+)?{_MONTHS}\.?\s+{_DAY}\s*(?:-|–|to|and)\s*{_DAY}\b(?!\s+{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|{_MONTHS}\.?\s+{_DAY}(?:,?\s+\d{{4}})?"
    rf"|{_DAY}\s+{_MONTHS}\.?(?:,?\s+\d{{4}})?"
    rf"|{_MONTHS}\.?\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d"
    rf"|(?:last\s+|this\s+|on\s+)?(?:{'|'.join(_WEEKDAYS)})"
    r"|yesterday|today|tonight"
    r"|earlier\s+(?:in|this)\s+(?:the\s+)?week|last\s+week|this\s+week|last\s+month|this\s+month)"
)
_DATE_PHRASE = re.compile(
    rf"\b(?:(?:between|from)\s+{_DATE_CORE}\s+(?:and|to|until|through)\s+{_DATE_CORE}|{_DATE_CORE})\b", re.I
)


def find_events(doc: Doc, published: date | None) -> list[Event]:
    """Events with a resolvable date; relative dates need the publication date."""
    base = published or date.today()
    events: list[Event] = []
    quoted = _quoted_ranges(doc_text(doc))
    for m in _DATE_PHRASE.finditer(doc_text(doc)):
        text = m.group(0)
        if text[:1].isupper() and text.lower() in ("today", "tonight", "yesterday") and m.start() > 0 \
                and doc_text(doc)[m.start() - 2 : m.start()].strip() not in ("", ".", "\n"):
            continue  # "USA Today": a name, not a date
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if published is None and not re.search(r"\d{4}", text):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent: Span = span.sent
        if len(sent) < 6 or sent.text.lstrip().lower().startswith("by "):
            continue  # headline, byline or dateline
        date_tokens = {t.i for t in span}
        anchor = _anchor(span, date_tokens)
        if anchor is None:
            continue
        resolved = resolve_date(text, base, tense_of(anchor if anchor.pos_ in ("VERB", "AUX") else None))
        if resolved is None:
            continue
        start, end = resolved
        what = _event_text(anchor, date_tokens) if anchor.pos_ in ("VERB", "AUX") else _noun_event(anchor, date_tokens)
        if len(what.split()) < 3:
            continue
        events.append(Event(date=start, end=end, text=what, sentence=sent.text.strip(),
                            span=(m.start(), m.end()), date_text=text))
    return events


def _anchor(span: Span, date_tokens: set[int]) -> Token | None:
    """The verb (or event noun: 'the October 31 launch') the date phrase belongs to."""
    tok = span.root
    if tok.head.i not in date_tokens and tok.head.pos_ == "NOUN" and tok.dep_ in ("nmod", "compound", "npadvmod", "amod"):
        return tok.head
    for _ in range(8):
        if tok.i not in date_tokens and (tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ != "pobj")):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") and tok.i not in date_tokens else None
        tok = tok.head
    return None


def _noun_event(noun: Token, date_tokens: set[int]) -> str:
    tokens = [t for t in noun.subtree if t.i not in date_tokens]
    drop: set[int] = set()
    for child in noun.children:
        if child.dep_ in ("relcl", "acl", "appos"):
            drop.update(t.i for t in child.subtree)
    return _join([t for t in tokens if t.i not in drop and not t.is_space])


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    from heuer.extract.quotes import find_quotes

    return [(q.start, q.end) for q in find_quotes(text)]
