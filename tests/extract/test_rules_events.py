"""Dated events: dates and ranges resolved against the publication date.

The publication date of most cases is Thursday 31 October 2024. Each case pins
(date, end, date_text) of every event, and the event text where it is clear.
Cases the extractor gets wrong today are ``xfail(strict=True)`` with what is wrong.
"""

from __future__ import annotations

from datetime import date

import pytest
from rules_support import cases, events, run

THU_31_OCT_2024 = date(2024, 10, 31)

# (text, published, [(date, end, date_text)], event text or None when not pinned)
EVENTS = {
    "earlier in the week -> Monday to the day before": (
        "Rescue teams reached the flooded village earlier in the week, officials said.",
        THU_31_OCT_2024, [("2024-10-28", "2024-10-30", "earlier in the week")],
        "Rescue teams reached the flooded village",
    ),
    "on Tuesday -> the Tuesday before": (
        "The rail union held a strike on Tuesday that stopped most trains in the capital.",
        THU_31_OCT_2024, [("2024-10-29", None, "on Tuesday")],
        "The rail union held a strike that stopped most trains in the capital",
    ),
    "on Friday -> last week's Friday": (
        "The storm hit the coast on Friday, cutting power to thousands of homes.",
        THU_31_OCT_2024, [("2024-10-25", None, "on Friday")],
        "The storm hit the coast",
    ),
    "weekday of publication -> that day": (
        "The storm reached the coast on Thursday, flooding the harbour.",
        THU_31_OCT_2024, [("2024-10-31", None, "on Thursday")],
        "The storm reached the coast",
    ),
    "yesterday": (
        "Protesters gathered outside parliament yesterday to oppose the new tax.",
        THU_31_OCT_2024, [("2024-10-30", None, "yesterday")],
        None,
    ),
    "last week -> Monday to Sunday of the week before": (
        "The two leaders met in Geneva last week to discuss the pipeline.",
        THU_31_OCT_2024, [("2024-10-21", "2024-10-27", "last week")],
        "The two leaders met in Geneva",
    ),
    "month and day on the day of publication": (
        "The satellite was launched on October 31 from the northern spaceport.",
        THU_31_OCT_2024, [("2024-10-31", None, "October 31")],
        "The satellite was launched from the northern spaceport",
    ),
    "abbreviated month": (
        "The museum reopened on Oct. 12 after a two-year renovation.",
        THU_31_OCT_2024, [("2024-10-12", None, "Oct. 12")],
        "The museum reopened after a two-year renovation",
    ),
    "full date with its year": (
        "The factory was closed on 12 September 2023 after a fire in the paint shop.",
        THU_31_OCT_2024, [("2023-09-12", None, "12 September 2023")],
        "The factory was closed after a fire in the paint shop",
    ),
    "month and day across the new year -> last year": (
        "Heavy snow closed the mountain pass on December 30, stranding dozens of lorries.",
        date(2025, 1, 3), [("2024-12-30", None, "December 30")],
        "Heavy snow closed the mountain pass",
    ),
    "between March 3 and March 8 -> a range": (
        "Navy vessels carried 1,500 soldiers to the port between March 3 and March 8, the ministry said.",
        date(2025, 3, 20), [("2025-03-03", "2025-03-08", "between March 3 and March 8")],
        "Navy vessels carried 1,500 soldiers to the port",
    ),
    "from October 8 to October 13 -> a range": (
        "The ceasefire collapsed from October 8 to October 13, according to monitors.",
        THU_31_OCT_2024, [("2024-10-08", "2024-10-13", "from October 8 to October 13")],
        None,
    ),
    "from 3 to 5 October -> a range with the month once": pytest.param(
        "Talks were held in Oslo from 3 to 5 October, the ministry said.",
        THU_31_OCT_2024, [("2024-10-03", "2024-10-05", "from 3 to 5 October")],
        "Talks were held in Oslo",
    ),
    "last month -> the whole month": pytest.param(
        "Exports fell sharply last month as the strike spread to the ports.",
        THU_31_OCT_2024, [("2024-09-01", "2024-09-30", "last month")],
        "Exports fell sharply",
    ),
    "future tense: month and day later this year": pytest.param(
        "The satellite will be launched on November 4 from the northern spaceport.",
        THU_31_OCT_2024, [("2024-11-04", None, "November 4")],
        "The satellite will be launched from the northern spaceport",
    ),
    "present tense for a scheduled day: month and day later this year": pytest.param(
        "Voters go to the polls on November 5 to choose a new president.",
        THU_31_OCT_2024, [("2024-11-05", None, "November 5")],
        "Voters go to the polls",
    ),
    "future tense: weekday -> the coming one": pytest.param(
        "The talks will resume on Monday in Geneva.",
        THU_31_OCT_2024, [("2024-11-04", None, "on Monday")],
        "The talks will resume in Geneva",
    ),
}


@pytest.mark.parametrize(("text", "published", "expected", "what"), cases(EVENTS), ids=list(EVENTS))
def test_event_dates(text: str, published: date, expected: list[tuple], what: str | None) -> None:
    ex = run(text, published=published)
    assert events(ex) == expected
    if what is not None:
        assert [e["text"] for e in ex.to_dict()["events"]] == [what]


def test_relative_dates_need_a_publication_date() -> None:
    text = ("The rail union held a strike on Tuesday that stopped most trains. "
            "The factory was closed on 12 September 2023 after a fire in the paint shop.")
    assert events(run(text)) == [("2023-09-12", None, "12 September 2023")]


NOT_EVENTS = {
    "an outlet called Today": "USA Today reported that the bridge had been closed to lorries.",
    "a month name that is a modal verb": "Officials said the bridge may be closed to lorries for repairs.",
}


@pytest.mark.parametrize("text", cases(NOT_EVENTS), ids=list(NOT_EVENTS))
def test_not_events(text: str) -> None:
    assert events(run(text, published=THU_31_OCT_2024)) == []
