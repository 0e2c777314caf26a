"""Number parsing: digits, words, scales, fractions, ranges, and splitting tokens."""

from __future__ import annotations

import pytest

from heuer.extract.numbers import (
    fraction_percent,
    is_number_word,
    parse_digits,
    parse_number,
    parse_range,
    split_number_token,
    split_words,
    vague_range,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("12,000", 12000),
        ("1,234,567", 1234567),
        ("1.5", 1.5),
        ("0.25", 0.25),
        ("82.50", 82.5),
        ("1.5 million", 1_500_000),
        ("4.5 million", 4_500_000),
        ("2.1 billion", 2_100_000_000),
        ("2bn", 2_000_000_000),
        ("3.5bn", 3_500_000_000),
        ("90m", 90_000_000),
        ("5mn", 5_000_000),
        ("20k", 20_000),
        ("1.2tn", 1_200_000_000_000),
        ("500 crore", 5_000_000_000),
        ("3 lakh", 300_000),
        ("one", 1),
        ("twelve", 12),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety-nine", 99),
        ("one hundred", 100),
        ("one hundred and twenty", 120),
        ("two hundred thousand", 200_000),
        ("one million two hundred thousand", 1_200_000),
        ("twenty thousand and five", 20_005),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("one and a half", 1.5),
        ("two and a half million", 2_500_000),
        ("½", 0.5),
        ("2½", 2.5),
        ("3/4", 0.75),
        ("1 1/2", 1.5),
    ],
)
def test_parse_number_reads_what_news_writes(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a million", 500_000),
        ("Half a billion", 500_000_000),
        ("half-a-million", 500_000),
        ("a half million", 500_000),
        ("a quarter of a million", 250_000),
        ("a quarter-million", 250_000),
        ("one quarter of a million", 250_000),
        ("three quarters of a billion", 750_000_000),
        ("three-quarters of a million", 750_000),
        ("two-thirds of a billion", 2e9 / 3),
        ("a third of a million", 1e6 / 3),
        ("half a dozen", 6),
        ("a million and a half", 1_500_000),
        ("two million and a half", 2_500_000),
        ("a dozen and a half", 18),
        ("one and a half million", 1_500_000),
        ("two and a quarter million", 2_250_000),
        ("three and three quarters", 3.75),
    ],
)
def test_parse_number_reads_fractions_of_scale_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["half of a", "half a", "a quarter of", "third of a million", "three quarter of a million",
             "a thirds of a million", "a half of", "half half a million", "half a m"],
)
def test_parse_number_refuses_broken_fractions_of_scales(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["", "million", "half", "five five", "twenty 5", "1,50", "troops", "a", "and"])
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_money_scales_are_exact_not_float_rounded() -> None:
    assert parse_number("2.1 billion") == 2100000000.0
    assert parse_number("4.5 million") == 4500000.0
    assert parse_number("1.35 million") == 1350000.0


@pytest.mark.parametrize(
    ("text", "rng"),
    [
        ("10,000-12,000", (10000, 12000)),
        ("10,000–12,000", (10000, 12000)),
        ("between 10,000 and 12,000", (10000, 12000)),
        ("10,000 to 12,000", (10000, 12000)),
        ("2 to 3 million", (2_000_000, 3_000_000)),
        ("between 9 and 12 million", (9_000_000, 12_000_000)),
        ("two or three", (2, 3)),
        ("between 1.5 and 2", (1.5, 2)),
        ("thousands", (1000, 9999)),
        ("tens of thousands", (10000, 99999)),
    ],
)
def test_parse_range(text: str, rng: tuple[float, float]) -> None:
    assert parse_range(text) == pytest.approx(rng)


@pytest.mark.parametrize("text", ["3-1", "12,000", "between 500 and", "12 to 10"])
def test_parse_range_needs_low_below_high(text: str) -> None:
    assert parse_range(text) is None


@pytest.mark.parametrize(
    ("text", "rng"),
    [
        ("dozens", (12, 99)),
        ("hundreds", (100, 999)),
        ("thousands", (1000, 9999)),
        ("tens of thousands", (10000, 99999)),
        ("hundreds of thousands", (100000, 999999)),
        ("millions", (1_000_000, 9_999_999)),
        ("tens of millions", (10_000_000, 99_999_999)),
    ],
)
def test_vague_plurals_are_ranges_up_to_the_next_order_of_magnitude(text: str, rng: tuple[int, int]) -> None:
    assert vague_range(text) == rng


def test_vague_range_refuses_other_words() -> None:
    assert vague_range("troops") is None
    assert vague_range("tens of dozens") is None


@pytest.mark.parametrize(("num", "den", "pct"), [(1, 2, 50.0), (1, 3, 33.3), (2, 3, 66.7), (1, 4, 25.0), (3, 4, 75.0)])
def test_fraction_percent_rounds_to_one_decimal(num: float, den: float, pct: float) -> None:
    assert fraction_percent(num, den) == pct


def test_parse_digits_checks_thousands_commas() -> None:
    assert parse_digits("12,000") == 12000
    assert parse_digits("1,50") is None
    assert parse_digits("12,0000") is None
    assert parse_digits(".5") == parse_digits("0.5")


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("12,000", [("num", "12,000")]),
        ("€2bn", [("cur", "€"), ("num", "2"), ("suf", "bn")]),
        ("US$4.5m", [("cur", "US$"), ("num", "4.5"), ("suf", "m")]),
        ("$90m.", [("cur", "$"), ("num", "90"), ("suf", "m")]),
        ("7,000km", [("num", "7,000"), ("suf", "km")]),
        ("46C", [("num", "46"), ("suf", "C")]),
        ("12%", [("num", "12"), ("suf", "%")]),
        ("10,000–12,000", [("num", "10,000"), ("dash", "–"), ("num", "12,000")]),
        ("$2-3bn", [("cur", "$"), ("num", "2"), ("dash", "-"), ("num", "3"), ("suf", "bn")]),
        ("1990s", [("num", "1990"), ("suf", "s")]),
        ("2nd", [("num", "2"), ("suf", "nd")]),
        ("11.30pm", [("num", "11.30"), ("suf", "pm")]),
        ("1,000+", [("num", "1,000"), ("suf", "+")]),
        ("2½", [("num", "2½")]),
    ],
)
def test_split_number_token(token: str, parts: list[tuple[str, str]]) -> None:
    got = split_number_token(token)
    assert got is not None
    assert [(k, t) for k, t, _, _ in got] == parts
    for _, text, start, end in got:
        assert token[start:end] == text


@pytest.mark.parametrize("token", ["F-16", "COVID-19", "MH17", "G7", "troops", "-", "$"])
def test_split_number_token_refuses_names_and_words(token: str) -> None:
    assert split_number_token(token) is None


def test_split_words_splits_glued_scales_and_hyphens() -> None:
    assert split_words("2bn") == ["2", "bn"]
    assert split_words("twenty-five") == ["twenty", "five"]
    assert split_words("1.5 Million") == ["1.5", "million"]


def test_is_number_word() -> None:
    assert is_number_word("Twenty")
    assert is_number_word("million")
    assert not is_number_word("troops")
    assert not is_number_word("m")
