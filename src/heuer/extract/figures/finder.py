"""The figure finder: reported quantities in one parsed sentence."""

from __future__ import annotations

from spacy.tokens import Span

from heuer.extract import units as un
from heuer.extract.figures.classify import classify
from heuer.extract.figures.hedges import hedges_and_text
from heuer.extract.figures.inherit import inherit_units
from heuer.extract.figures.mention import FigureMention
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.scan import scan
from heuer.extract.figures.subjects import subject_of


def find_figures(sent: Span) -> list[FigureMention]:
    """Every reported quantity in one parsed sentence, in text order."""
    r = Reader(sent)
    phrases = scan(r)
    for ph in phrases:
        if not ph.drop:
            classify(r, ph)
    live = [ph for ph in phrases if not ph.drop]
    inherit_units(r, live, phrases)
    # (a whole dropped for want of a noun may get one from its part: "281 of the 2,407 who took a placebo")
    live = [ph for ph in phrases if not ph.drop and (ph in live or ph.unit is not None)]
    out = []
    for ph in live:
        hedges_and_text(r, ph)
        if ph.partner is not None:
            ph.partner.inherited_hedges = [h for h in ph.hedges if h not in ("odd", "or so", "or more")]
        if ph.subject is None:
            ph.subject = subject_of(r, ph)
        out.append(_mention(r, ph))
    out.sort(key=lambda m: m.start)
    return out


def _mention(r: Reader, ph: Phrase) -> FigureMention:
    start, end = ph.start_char, ph.end_char
    value = float(ph.value) if ph.value is not None else None
    rng = (float(ph.range[0]), float(ph.range[1])) if ph.range is not None else None
    subject = ph.subject
    if subject is not None:
        subject = subject.strip(" ,;:-") or None
    unit = ph.unit
    if unit is None and ph.kind != "ratio" and subject is not None and subject.split()[-1].lower().endswith("s") \
            and un.time_unit(subject.split()[-1]) is not None:
        unit = un.time_unit(subject.split()[-1])  # "her hours were cut to 12 a week": 12 hours
    root = ph.root or r.atoms[ph.first].tok
    return FigureMention(
        value=value,
        range=rng,
        unit=unit,
        subject=subject,
        text=r.text[start - r.sent.start_char:end - r.sent.start_char],
        hedges=list(ph.hedges),
        start=start,
        end=end,
        token_i=root.i,
    )
