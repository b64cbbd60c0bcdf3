"""The compare table of the README, row by row, plus unit conversion and tolerances."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.claims import parse_value
from checks.compare import compare
from checks.facts import Tolerance
from checks.quantities import find_quantities

REFERENCE = dt.date(2022, 1, 5)


def stated(phrase: str):
    found = find_quantities(phrase, reference_date=REFERENCE)
    assert found, f"no quantity in {phrase!r}"
    return found[0]


# (fact value, what an article says, consistent?) — the README's table.
TABLE = [
    ("about 100,000 troops", "some 100,000 troops", True),
    ("about 100,000 troops", "an estimated 100,000 troops", True),
    ("about 100,000 troops", "106,000 troops", False),
    ("about 100,000 troops", "94,000 troops", False),
    ("more than 14,000 people", "over 14,000 people", True),
    ("more than 14,000 people", "14,300 people", True),
    ("more than 14,000 people", "more than 12,000 people", False),
    ("more than 14,000 people", "13,000 people", False),
    ("more than 400 children", "fewer than 500 children", True),
    ("more than 400 children", "fewer than 400 children", False),
    ("more than 400 children", "nearly 400 children", False),
    ("up to 120 mph", "more than 193 km/h", True),
    ("up to 120 mph", "more than 120 mph", False),
    ("46 people", "fewer than 46 people", False),
    ("23 points", "more than 23 points", False),
    ("about 46 people", "fewer than 46 people", True),
    ("46 people", "at least 46 people", True),
    ("3 years", "over three years", True),
    ("13 shots", "a handful of shots", False),
    ("352 yards", "a couple hundred yards", False),
    ("34 years", "in her thirties", True),
    ("34 years", "in her forties", False),
    ("about 200 people", "a couple of hundred people", True),
    ("2 buildings", "several buildings", True),
    ("46 arrests", "dozens of arrests", True),
    ("46 arrests", "hundreds of arrests", False),
    ("50 minutes", "nearly an hour", True),
    ("50 minutes", "a 50-minute call", True),
    ("50 minutes", "well over an hour", False),
    ("50 minutes", "25 minutes", False),
    ("50 minutes", "1.5 hours", False),
    ("90 minutes", "1.5 hours", True),
    ("2022-01-09 to 2022-01-10", "January 9 and 10", True),
    ("2022-01-09 to 2022-01-10", "9-10 January", True),
    ("2022-01-09 to 2022-01-10", "Jan. 10", True),
    ("2022-01-09 to 2022-01-10", "January 11 and 12", False),
    ("2022-01-09 to 2022-01-10", "January 2022", True),
    ("2022-01-12", "Jan 12", True),
    ("2022-01-12", "Jan 13", False),
    ("2021-12-30", "last week", True),
    ("2021-12-30", "about a week ago", True),
    ("2021-12-20", "last week", False),
    ("2017-01-01 to 2017-12-31", "five years ago", True),
    ("2015-01-01 to 2015-12-31", "five years ago", False),
]


@pytest.mark.parametrize(("fact", "article", "consistent"), TABLE)
def test_compare_table(fact: str, article: str, consistent: bool) -> None:
    result = compare(parse_value(fact), stated(article))
    assert result.consistent is consistent, result.rule


def test_delta_is_relative_to_the_fact() -> None:
    result = compare(parse_value("about 100,000 troops"), stated("106,000 troops"))
    assert result.delta == "+6.0%"


def test_fact_tolerance_overrides_the_default() -> None:
    loose = Tolerance("10%", relative=0.10)
    assert compare(parse_value("about 100,000 troops"), stated("106,000 troops"), loose).consistent
    absolute = Tolerance("5 minutes", absolute=5.0)
    assert compare(parse_value("50 minutes"), stated("54 minutes"), absolute).consistent
    assert not compare(parse_value("50 minutes"), stated("56 minutes"), absolute).consistent


def test_opposite_bounds_must_share_a_figure_whatever_the_tolerance() -> None:
    """A hedged fact's 5% lets a stated figure stray, never a bound turn: "fewer than 400"
    denies "more than 400" though 380-400 lies within the tolerance. Bounds that touch
    agree only where both include the figure."""
    fact = parse_value("more than 400 children")
    result = compare(fact, stated("fewer than 400 children"))
    assert not result.consistent
    assert result.rule == "the article's less than 400 denies the fact's more than 400"
    assert not compare(fact, stated("fewer than 390 children"),
                       Tolerance("10%", relative=0.10)).consistent
    assert compare(parse_value("at least 400 children"), stated("at most 400 children")).consistent
    nearly = parse_value("nearly 8 minutes")
    assert not compare(nearly, stated("more than eight minutes")).consistent
    assert compare(nearly, stated("at least seven minutes")).consistent
    # a bound in another unit keeps the article's rounding: 193 km/h is 119.9 mph
    assert compare(parse_value("up to 120 mph"), stated("more than 193 km/h")).consistent


def test_exact_fact_compares_exactly_unless_the_article_hedges() -> None:
    fact = parse_value("1,500 tanks")
    assert compare(fact, stated("1,500 tanks")).consistent
    assert not compare(fact, stated("1,501 tanks")).consistent
    assert compare(fact, stated("about 1,500 tanks")).consistent


@pytest.mark.parametrize(
    ("article", "consistent"),
    [("4.5 pounds", True), ("4.4 pounds", False), ("4.46 pounds", True), ("4.47 pounds", False),
     ("4 pounds", False)],
)
def test_an_exact_fact_allows_the_articles_rounding_to_fewer_decimals(article: str,
                                                                      consistent: bool) -> None:
    """"4.5 pounds" rounds 4.46 to the article's one decimal; "4 pounds" is no rounding of
    it, a whole pound being more than a tenth of the figure."""
    result = compare(parse_value("4.46 pounds"), stated(article))
    assert result.consistent is consistent, result.rule


@pytest.mark.parametrize(
    ("fact", "article", "consistent"),
    [("90.7 kg", "91 kilograms", True), ("90.7 kg", "92 kilograms", False),
     ("13.3 inches", "13 inches", True), ("2.7 miles", "3 miles", False),
     ("2,129.5 points", "2,130 points", False)],
)
def test_a_whole_measure_rounds_the_facts_decimals_to_the_unit(fact: str, article: str,
                                                               consistent: bool) -> None:
    """"91 kg" is 90.7 kg rounded to the kilogram, where a unit is no more than a tenth of
    the figure ("3 miles" is no rounding of 2.7); a count rounds nothing."""
    result = compare(parse_value(fact), stated(article))
    assert result.consistent is consistent, result.rule


@pytest.mark.parametrize(
    ("article", "consistent"),
    [("22 billion euros", True), ("euro22 billion", True), ("€22bn", True),
     ("€23 billion", False), ("22,000,000,000 euros", False), ("22 euros", False)],
)
def test_a_whole_number_of_a_scale_rounds_the_facts_decimals_of_it(article: str,
                                                                   consistent: bool) -> None:
    """"22 billion euros" is €22.4 billion rounded to the billion both write; a number
    written out in full, or of no scale, rounds nothing."""
    result = compare(parse_value("€22.4 billion"), stated(article))
    assert result.consistent is consistent, result.rule


@pytest.mark.parametrize(
    ("fact", "article", "consistent"),
    [("84 miles", "135 kilometres", True), ("84 miles", "136 km", False),
     ("84 miles", "140 km", False),  # three digits: the zero is written, not rounded
     ("170,000 square feet", "15,800 square metres", True),
     ("170,000 square feet", "15,900 square metres", False),
     ("30 degrees Celsius", "86 degrees Fahrenheit", True),
     ("30 degrees Celsius", "90 degrees Fahrenheit", False),
     ("50 minutes", "1 hour", False),  # a duration converts, but "an hour" rounds nothing
     ("120 mph", "up to 193 km/h", True),  # a hedge bounds the rounded figure
     ("120 mph", "up to 190 km/h", False),
     ("up to 768GB", "up to 1TB", False),  # one digit is no precision: 1TB rounds nothing
     ("2 miles", "3 km", False), ("2 miles", "3.2 km", True)],  # 3.22 km
)
def test_a_measure_in_another_unit_allows_its_own_rounding(fact: str, article: str,
                                                           consistent: bool) -> None:
    """A converted figure was rounded after converting, to its last significant digit."""
    result = compare(parse_value(fact), stated(article))
    assert result.consistent is consistent, result.rule


def test_a_date_written_without_a_year_takes_the_facts_year_whatever_the_article_guessed(
        ) -> None:
    """An article of May 2007 says the deputy "was killed on June 24": the reader dates
    that 2007-06-24, but the article wrote no year, and June 24 is the fact's day."""
    fact = parse_value("2005-06-24")
    may_2007 = dt.date(2007, 5, 2)
    for text, consistent in (("killed on June 24, while", True),
                             ("killed on June 26, while", False),
                             ("killed on June 24, 2004, while", False)):
        (found,) = find_quantities(text, reference_date=may_2007)
        assert compare(fact, found).consistent is consistent, text


def test_a_weekday_names_its_day_in_whichever_week_the_fact_is() -> None:
    """A paper dated a week after the shooting says Gray was "killed on Saturday night":
    the reader puts that Saturday in the article's week, but only the weekday was written,
    and the fact's day is a Saturday. Another weekday still fails, and so does a date that
    was written out."""
    fact = parse_value("2013-03-09")  # a Saturday
    week_on = dt.date(2013, 3, 16)
    for text, consistent in (("killed by police on Saturday night.", True),
                             ("killed by police last Saturday.", True),
                             ("killed by police on Friday night.", False),
                             ("killed by police on March 16.", False)):
        (found,) = find_quantities(text, reference_date=week_on)
        assert compare(fact, found).consistent is consistent, text
    two_weeks_on = dt.date(2013, 3, 23)
    (found,) = find_quantities("killed on Saturday night.", reference_date=two_weeks_on)
    assert not compare(fact, found).consistent


@pytest.mark.parametrize(("text", "consistent", "delta", "taken_as"), [
    ("The quake struck on Sunday morning.", True, "0 days", "2009-01-04"),
    ("The quake struck on Monday morning.", False, "+1 day", "2009-01-05"),
    ("The quake struck on Thursday.", False, "-3 days", "2009-01-01"),
    ("The quake struck on Wednesday.", False, "+3 days", "2009-01-07"),
])
def test_a_weekday_in_an_undated_article_is_read_in_the_facts_week(
        text: str, consistent: bool, delta: str, taken_as: str) -> None:
    """With no date to place it, a weekday states only the day of the week: the nearest
    such day to the fact's, which the report names."""
    fact = parse_value("2009-01-04")  # a Sunday
    (found,) = find_quantities(text)
    result = compare(fact, found)
    assert (result.consistent, result.delta) == (consistent, delta)
    assert f"(taken as {taken_as})" in result.rule


@pytest.mark.parametrize(("text", "taken_as"), [
    ("voters approved the bond last year", "last year (taken as 2021-01-01 to 2021-12-31)"),
    ("he was fired last week", "last week (taken as 2021-12-26 to 2022-01-02)"),
    ("they met yesterday", "yesterday (taken as 2022-01-04)"),
    ("they met on Monday", "Monday (taken as 2022-01-03)"),
    ("he was charged two years ago", "two years ago (taken as 2019-07-07 to 2020-07-05)"),
])
def test_the_report_says_which_days_a_date_named_from_the_articles_was_taken_as(
        text: str, taken_as: str) -> None:
    """An editor sees "last year" and the fact's 2010 side by side only if the report
    says what the checker took "last year" for, from the article's date."""
    result = compare(parse_value("2010-01-01 to 2010-12-31"), stated(text))
    assert not result.consistent
    assert result.rule.startswith(taken_as + " against the fact's 2010-01-01 to 2010-12-31")


def test_a_weekday_in_an_undated_article_falls_within_a_span_of_days() -> None:
    talks = parse_value("2022-01-10 to 2022-01-12")  # Monday to Wednesday
    assert compare(talks, find_quantities("talks on Tuesday")[0]).consistent
    assert not compare(talks, find_quantities("talks on Friday")[0]).consistent


def test_date_without_year_takes_the_fact_year() -> None:
    undated = find_quantities("on January 10")[0]
    assert not undated.year_known
    assert compare(parse_value("2022-01-09 to 2022-01-10"), undated).consistent


def test_money_in_another_currency_does_not_compare() -> None:
    result = compare(parse_value("$5 million"), stated("£5 million"))
    assert not result.consistent
    assert result.rule == "in GBP, where the fact's sum is in USD"


def test_money_whose_sign_the_crawl_lost_compares_in_the_facts_currency() -> None:
    fact = parse_value("110 billion euros")
    assert compare(fact, stated("agreeing an? 110 billion")).consistent
    assert not compare(fact, stated("agreeing an? 165 billion")).consistent


def test_a_fact_written_without_a_year_takes_the_articles() -> None:
    fact = parse_value("January 12")
    assert not fact.year_known
    assert compare(fact, stated("Jan. 12, 2022")).consistent
    assert not compare(fact, stated("Jan. 13, 2022")).consistent
