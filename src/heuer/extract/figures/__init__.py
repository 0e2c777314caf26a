"""The figure finder: reported quantities in one parsed sentence.

:func:`find_figures` is a pure function over a spaCy sentence span. It reads
the sentence as a list of *atoms* (tokens, with tokens such as ``"€2bn"`` or
``"10,000–12,000"`` split into currency, number, dash and suffix parts),
reads number phrases off them with :mod:`heuer.extract.numbers`, drops the
numbers that are not reported quantities (dates, years, clock times,
ordinals, phone numbers, addresses, list markers, labels such as "Article 5"
or "Windows 11", model names such as "F-16", determiner-like "one"), and
gives each figure its unit, the counted thing (``subject``) from the
dependency parse, and the hedges that qualify it.

Documented choices (kept consistent on purpose):

- Money is valued in units of its currency: ``"$4.5 million"`` -> 4500000
  ``"dollars"``; every dollar (US$, A$, C$, HK$...) is ``"dollars"``.
- Percentages: ``"12%"``, ``"12 percent"``, ``"12 per cent"`` -> ``"percent"``;
  ``"percentage points"`` and ``"basis points"`` are their own units.
- Fractions of a whole are shares in percent, rounded to one decimal:
  ``"nearly half of respondents"`` -> 50 ``"percent"`` (hedge "nearly"),
  ``"a third of"`` / ``"by a third"`` -> 33.3, ``"two-thirds of"`` -> 66.7,
  ``"1/3 of"`` -> 33.3. "A third" that is not a share ("a third soldier") is
  an ordinal and no figure.
- A fraction in front of a spelled-out scale is a number, not a share:
  ``"half a million people"`` -> 500000 ``"people"``, ``"three quarters of a
  billion dollars"`` -> 7.5e8 ``"dollars"``; a fraction of one unit is a
  measure: ``"half an hour"`` -> 0.5 ``"hours"``, ``"a quarter of a
  century"`` -> 0.25 ``"centuries"``; ``"and a half"`` after a unit adds to
  it: ``"an hour and a half"`` -> 1.5 ``"hours"``, ``"two years and a half"``
  -> 2.5 ``"years"``. "half-brother", "the second half", "half past ten" are
  no figures.
- Multiples are ``"times"``: "twice" (as many, what it costs, this month),
  "thrice", "doubled"/"would double", "double the number", "tripled"
  (-> 2 or 3 ``"times"``); "think twice" is an idiom.
- Ratios are two figures, as the extraction contract says: ``"one in seven
  adults"`` -> 1 ``"adults"`` and 7 ``"adults"``, both with the ratio's hedges.
- Vague plurals are ranges (see :mod:`heuer.extract.numbers`):
  ``"thousands of"`` -> (1000, 9999), ``"tens of thousands"`` -> (10000, 99999).
- Ranges: ``"between X and Y"``, ``"X-Y"``, ``"X to Y"``, ``"X or Y"``
  (low < high; a scale on the high end carries over: "2 to 3 million").
  ``"from X to Y"`` is a change, so two figures; ``"X-Y"`` with X >= Y is a
  score and no figure.
- Durations are figures ("lasted six weeks", "for 90 minutes", "after 14
  hours", "sentenced to 12 years", "a two-day search", "every 95 minutes",
  "after nine hours of talks", "doubled in three days", "within six
  months", "back here in three years") except time expressions: the
  window an ordinal counts occasions in ("her second visit in six weeks"),
  or with "past", "last", "next", "first", "coming" without "the" or a
  body's "its" ("his last three years at the club"). A stretch of time
  before or after an event is a figure ("11 days before the blast", "19
  months ago", "four days later"), as every development set annotates it.
  "One day" / "one year later" are idioms.
- A number whose unit was left out takes it from its neighbour: "312 votes
  to 205", "four of the five judges", "37 people were killed and 120
  injured", "five years instead of three"; a bare number in a sentence about
  "the number of households" counts households. Other bare numbers are kept
  only as objects or complements ("the death toll rose to 37") with no unit.
- Compounds count their noun: "a 64-page report" -> 64 ``"page"``, "a
  300-metre vessel" -> 300 ``"metres"``, "a 48-hour ceasefire" -> 48
  ``"hours"``; idioms ("a two-state solution", "one-off") are not figures.
- Ages: ``"aged 54"``, ``"a 54-year-old"``, ``"54 years old"`` and the news
  apposition ``"Smith, 54,"`` -> 54 ``"years"``, subject the person.
- Determiner-like ``"one"`` before a singular noun ("in one intercepted
  call") is no figure unless it stands in a list of counts ("one translator
  and three soldiers") or carries a quantity hedge ("at least one person").
  ``"the two"`` / ``"our two"`` + plural noun ("the two countries") and bare
  "all three" are references back, not reported counts; so are selections
  ("the first two rounds", "the top 10 firms").
- ``text``/``start``/``end`` cover the figure as written with its
  approximators and its non-count unit ("around 12,000", "10,000 or so",
  "$4.5 million", "almost 90 minutes", "7,000km"); ``text ==
  doc.text[start:end]``. Count nouns ("troops") are not part of ``text``.

Layout, in the order the finder uses them: :mod:`.reader` (atoms and number
reading), :mod:`.blocked` (phone, time and date patterns), :mod:`.scan` (number
phrases, ranges, vague plurals), :mod:`.shares` (fractions and ratios),
:mod:`.classify` (figure or not, unit written next to the number),
:mod:`.unit_words` and :mod:`.counts` (units and counted nouns from the words
after it, bare numbers), :mod:`.nonfigures` (years, dates, labels, list markers,
time expressions), :mod:`.inherit` (units left out), :mod:`.subjects` and
:mod:`.nouns` (the counted thing), :mod:`.hedges` (hedges and text span),
:mod:`.finder` (:func:`find_figures`), :mod:`.mention` (:class:`FigureMention`),
:mod:`.discourse` (a bare number takes the unit of a figure of the same order in the two sentences before it,
applied over the whole document by the pipeline).
"""

from heuer.extract.figures.finder import find_figures
from heuer.extract.figures.mention import FigureMention

__all__ = ["FigureMention", "find_figures"]
