"""Numbers written in text that are not numbers of things: phones, clock times, dates, model names."""

from __future__ import annotations

import re

from spacy.tokens import Span

# Numbers written in text that are not numbers of things.
_BLOCK_RES = [
    re.compile(r"(?<![\d,.])(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,5}\)?[\s-]){2,4}\d{2,5}(?![\d,.])"),  # phones
    re.compile(r"(?<![\d,])\d{1,4}-\d{3}-\d{3,4}(?:-\d{2,4})?(?![\d,])"),  # 1-800-555-0199
    re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I),  # 14:32
    re.compile(r"(?<![\d.,])\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\b\.?|GMT|UTC)", re.I),  # 11.30pm
    re.compile(r"(?<![\d.,])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)", re.I),  # 9am, 3 p.m.
    re.compile(r"(?<![\d.,/])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d/])"),  # 31/10/2024, 2.4.1
    re.compile(r"(?<![\d.,])\d{4}-\d{2}-\d{2}"),  # ISO dates
    re.compile(r"(?<![\d,.])\d{1,2}/\d{1,2}(?![\d/])"),  # 10/31 (small fractions re-admitted below)
    re.compile(r"(?<=[A-Za-z])-\d+"),  # F-16, COVID-19, Su-35 when split
]


def blocked_spans(sent: Span) -> list[tuple[int, int]]:
    """Document character spans of phone numbers, clock times, dates and model numbers in the sentence."""
    text, base = sent.text, sent.start_char
    spans = []
    for rx in _BLOCK_RES:
        for m in rx.finditer(text):
            s = m.group(0)
            small_fraction = re.fullmatch(r"(\d)/(\d{1,2})", s)
            if small_fraction and int(small_fraction.group(1)) < int(small_fraction.group(2)) <= 10:
                continue
            digits = sum(c.isdigit() for c in s)
            if rx is _BLOCK_RES[0] and digits < 7:
                continue
            spans.append((base + m.start(), base + m.end()))
    return spans
