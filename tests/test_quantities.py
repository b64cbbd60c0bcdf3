"""Unit tests for checks.quantities: each construction a news article uses for a figure."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from pathlib import Path

import pytest

from checks.matching.phrases import time_between
from checks.quantities import (
    APPROX,
    LOST_CURRENCY,
    NEARLY,
    Quantity,
    find_quantities,
    weekday_of,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REF = dt.date(2022, 1, 11)  # a Tuesday, the date of seed 003
INF = math.inf


def only(text: str, **kw: object) -> Quantity:
    """The single quantity found in `text` (fails if there are none or several)."""
    found = find_quantities(text, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def summary(q: Quantity) -> tuple[object, ...]:
    return (q.text, q.kind, q.value, q.low, q.high, q.hedge, q.unit)


def reads_as(text: str, span: str, kind: str, value: float, unit: str) -> None:
    """The text holds one quantity, with this span, kind, unit and value."""
    q = only(text)
    assert (q.text, q.kind, q.unit) == (span, kind, unit)
    assert q.value == pytest.approx(value)


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine said it had identified 106,000 Russian troops and",
         ("106,000 Russian troops", "count", 106000, 106000, 106000, "exact", "troop")),
        ("1,500 tanks near its border",
         ("1,500 tanks", "count", 1500, 1500, 1500, "exact", "tank")),
        ("a group of 24 former US national security officials and Russia experts",
         ("24 former US national security officials", "count", 24, 24, 24, "exact",
          "official")),
        ("the 100,000 troops massed near the border",
         ("100,000 troops", "count", 100000, 100000, 100000, "exact", "troop")),
        ("3,000 troops were taking part in drills",
         ("3,000 troops", "count", 3000, 3000, 3000, "exact", "troop")),
        ("members of 57 countries", ("57 countries", "count", 57, 57, 57, "exact", "country")),
        ("a 57-country organisation", ("57-country", "count", 57, 57, 57, "exact", "country")),
        ("twenty-four soldiers", ("twenty-four soldiers", "count", 24, 24, 24, "exact",
                                  "soldier")),
        ("1,200 police", ("1,200 police", "count", 1200, 1200, 1200, "exact", "police")),
        ("400 men and 12 women", ("400 men", "count", 400, 400, 400, "exact", "man")),
        ("one soldier died", ("one soldier", "count", 1, 1, 1, "exact", "soldier")),
        # a name's version number stands among the words before the noun
        ("the inclusion of two USB 3.0 ports", ("two USB 3.0 ports", "count", 2, 2, 2,
                                                "exact", "port")),
    ],
)
def test_counted_nouns(text: str, expected: tuple[object, ...]) -> None:
    assert summary(find_quantities(text)[0]) == expected


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("No one was hurt in the quake.", "No one", "people"),
    ("Nobody was arrested.", "Nobody", "people"),
    ("no-one was injured", "no-one", "people"),
    ("Police said no arrests had been made.", "no arrests", "arrest"),
    ("There were no serious injuries.", "no serious injuries", "injury"),
    ("The Colts had no turnovers.", "no turnovers", "turnover"),
    ("none of the jurors spoke", "none of the jurors", "juror"),
    ("not a single shot was fired", "not a single shot", "shot"),
    ("They won without a single turnover.", "without a single turnover", "turnover"),
    ("No one reported damage.", "No one", "people"),
    ("no one else was wounded", "no one", "people"),
])
def test_a_count_stated_as_none_is_a_count_of_zero(text: str, span: str, unit: str) -> None:
    """"No one was hurt" states a count as surely as "two people were hurt": 0 people."""
    q = only(text)
    assert (q.text, q.kind, q.value, q.low, q.high, q.hedge, q.unit) == (
        span, "count", 0, 0, 0, "exact", unit)


@pytest.mark.parametrize("text", [
    "no more than 5 people",  # a bound, read with its figure
    "none of the 12 jurors",  # the figure is 12
    "No. 5 seed", "no longer a threat", "There was no sign of them.", "by no means",
    "not more than 20 people", "without a doubt",
    "Nobody has the right to violence", "no one knows how many", "No one could say",
    "no one else knows",
])
def test_a_no_that_counts_nothing_is_no_zero(text: str) -> None:
    """"no" before a figure, a bound or no plural noun counts nothing, nor "no one" that
    no past verb or passive follows: a statement of a general kind, no event."""
    assert all(q.value != 0 for q in find_quantities(text))


def test_a_version_counts_nothing_without_a_noun_after_it() -> None:
    """Only a noun after the name's version is counted: "two USB 3.0" (the ports named
    before) stays a bare two, and a version not after a name is no word of the count."""
    first = find_quantities("It has two USB 3.0.")[0]
    assert (first.text, first.unit) == ("two", "")
    assert find_quantities("three 2.5 ports")[0].text == "three"


@pytest.mark.parametrize("word", ["people", "person", "persons"])
def test_people_and_person_normalise_to_people(word: str) -> None:
    n = "1" if word == "person" else "14"
    assert only(f"{n} {word} died").unit == "people"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("106,000", 106000), ("106 000", 106000), ("106\u202f000", 106000),
        ("106\u00a0000", 106000), ("1,234,567", 1234567), ("4.25", 4.25),
        ("1,234.5", 1234.5), ("1.5 million", 1.5e6), ("100 thousand", 1e5), ("2bn", 2e9),
        ("2 billion", 2e9), ("fifty", 50), ("twenty-four", 24), ("one hundred thousand", 1e5),
        ("two dozen", 24), ("a dozen", 12), ("a hundred", 100), ("seven hundred and five", 705),
        ("fifty-three billion two hundred forty-three thousand seven hundred twenty-four",
         53000243724),
        ("three million", 3e6), ("Fifty", 50),
    ],
)
def test_number_values(text: str, value: float) -> None:
    q = only(f"There were {text} at the scene.")
    assert q.value == pytest.approx(value)
    assert q.kind == "count"


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit"), [
    ("a 24\u2011hour strike", "24\u2011hour", "duration", 24, "hour"),      # non-breaking hyphen
    ("The 53\u2013year\u2013old deputy", "53\u2013year", "duration", 53, "year"),  # en dash
    ("a 7.6\u2010magnitude quake", "7.6\u2010magnitude", "measure", 7.6, "magnitude"),
    ("At least 46 demon\u00adstrators", "At least 46 demon\u00adstrators", "count", 46,
     "demonstrator"),                                                       # soft hyphen
    ("a $3 mil\u200blion bond", "$3 mil\u200blion", "money", 3e6, "USD"),    # zero-width space
])
def test_typography_reads_as_typed(text: str, span: str, kind: str, value: float,
                                   unit: str) -> None:
    """Other hyphens, an en dash joining a compound and marks that print nothing read as
    the keyboard's hyphen and as nothing; the span keeps the source's characters."""
    q = only(text)
    assert (text[q.start:q.end], q.text, q.kind, q.unit) == (span, span, kind, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("10\u201312 people", 10, 12), ("from 1990\u20131995", 1990, 1995)])
def test_an_en_dash_between_figures_stays_a_range(text: str, low: int, high: int) -> None:
    q = only(text)
    bounds = (q.low, q.high) if q.kind != "date" else (q.low.year, q.high.year)
    assert bounds == (low, high)


@pytest.mark.parametrize("text", ["the No.\u00a03 seed", "closed Route\u00a09 on Monday"])
def test_a_non_breaking_space_leaves_a_rank_or_a_name(text: str) -> None:
    assert [q.text for q in find_quantities(text) if q.kind == "count"] == []


def test_dot_thousands_only_where_the_text_uses_that_convention() -> None:
    euro = "Die Stadt hat 1.234.567 Einwohner und 106.000 Soldaten, 4,5 Prozent."
    values = [q.value for q in find_quantities(euro)]
    assert values[:3] == [1234567, 106000, 4.5]
    assert only("It rose to 106.000 points.").value == pytest.approx(106.0)


@pytest.mark.parametrize(("text", "value"), [
    ("a further 25.000 people joined", 25000),  # no one counts fractions of people
    ("about 10.000 followers", 10000),
    ("lend 24,6 billion euros to Greece", 24.6e9),  # a decimal comma before a scale
    ("a 2,5 million deficit", 2.5e6),
    ("It rose to 106.000 points.", 106.0),  # points may be fractions: the English reading
    ("a 1.125 inch gap", 1.125),
])
def test_a_separator_only_another_convention_makes_sense_of(text: str, value: float) -> None:
    """Copy translated in a hurry keeps its own separators where English could not mean
    them: a fraction of a person, or a comma with two digits before "billion"."""
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("He had married 4 wks before the shooting", "week", 4),
    ("Jeffs, a 65-yr-old, is head of the sect", "year", 65),
])
def test_wire_abbreviations_of_weeks_and_years(text: str, unit: str, value: float) -> None:
    q = only(text)
    assert (q.kind, q.unit, q.value) == ("duration", unit, value)


@pytest.mark.parametrize(
    ("text", "low", "high", "value", "span"),
    [
        ("hundreds of thousands of people fled", 200_000, 999_999, 599_999.5,
         "hundreds of thousands of people"),
        ("tens of thousands of protesters", 20_000, 99_999, 59_999.5,
         "tens of thousands of protesters"),
        ("thousands of troops", 2000, 9999, 5999.5, "thousands of troops"),
    ],
)
def test_vague_multiples_are_ranges(
    text: str, low: float, high: float, value: float, span: str
) -> None:
    q = find_quantities(text)[0]
    assert (q.text, q.low, q.high, q.value, q.hedge) == (span, low, high, value, "range")


@pytest.mark.parametrize(
    ("text", "span", "kind", "low", "high"),
    [
        ("police said several shots were fired", "several shots", "count", 2, 12),
        ("a couple of officers arrived", "a couple of officers", "count", 2, 3),
        ("A handful of protesters stayed", "A handful of protesters", "count", 2, 7),
        ("a few more people were hurt", "a few more people", "count", 2, 6),
        ("a couple of hundred communists", "a couple of hundred communists", "count", 200, 300),
        ("several thousand troops", "several thousand troops", "count", 2000, 12_000),
        ("had worked there for a couple of years", "a couple of years", "duration", 2, 3),
    ],
)
def test_a_few_in_words_is_a_range(text: str, span: str, kind: str, low: float,
                                   high: float) -> None:
    """"several", "a couple of", "a few", "a handful of" before a plural noun, a scale
    between or not: a range wide enough to fail only what they cannot mean."""
    q = only(text)
    assert (q.text, q.kind, q.low, q.high, q.hedge) == (span, kind, low, high, "range")


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Kafoury, in her forties, of Warren", "in her forties", 40, 49),
    ("a man in his late 30s was held", "in his late 30s", 36, 39),
    ("a woman in her mid-40s who", "in her mid-40s", 43, 46),
    ("in their early twenties", "in their early twenties", 20, 23),
    ("The fiftysomething newlywed", "fiftysomething", 50, 59),
])
def test_a_decade_of_life_is_an_age_range(text: str, span: str, low: float,
                                          high: float) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.low, q.high, q.hedge) == (
        span, "duration", "year", low, high, "range")


def test_a_decade_with_no_person_is_no_age() -> None:
    assert find_quantities("the sixties were wild, and so were the 60s") == []


@pytest.mark.parametrize("text", [
    "quite a few people came",  # many
    "he was shot several times",  # often, not how often
    "a couple who lived nearby",  # no plural noun
    "a few, he said",
])
def test_a_few_that_counts_nothing_is_no_figure(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit", "low"),
    [
        ("agreed to lend Greece billions of euros at low rates", "billions of euros", "EUR",
         2e9),
        ("millions of US dollars in aid", "millions of US dollars", "USD", 2e6),
        ("hundreds of millions of pounds", "hundreds of millions of pounds", "GBP", 2e8),
    ],
)
def test_vague_amounts_of_a_currency_are_money(
    text: str, span: str, unit: str, low: float
) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.low) == (span, "money", unit, low)


def test_vague_pounds_below_a_million_stay_a_weight_word() -> None:
    q = only("thousands of pounds of cocaine")
    assert (q.kind, q.unit) == ("count", "pound")



def test_a_and_an_count_only_before_units() -> None:
    assert find_quantities("a man said an official was there") == []
    assert only("it took a day").value == 1
    assert only("it took a day").unit == "day"


@pytest.mark.parametrize("text", ["no one knows", "one of them said", "the one who left",
                                  "he killed one of them", "I wanted a red one."])
def test_one_as_pronoun_is_not_a_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["shot three people, killing one, before fleeing",
                                  "killing one and wounding two", "injuring one."])
def test_one_as_a_verbs_object_ending_its_clause_is_a_count(text: str) -> None:
    ones = [q for q in find_quantities(text) if q.text == "one"]
    assert [(q.kind, q.value, q.unit) for q in ones] == [("count", 1.0, "")]


@pytest.mark.parametrize("text", ["One of the three people he shot was killed.",
                                  "one of the 12 jurors fell ill"])
def test_one_of_a_counted_whole_is_a_count(text: str) -> None:
    """As "Two of the three" is a count of two, "One of the three people" is of one; not
    "one of them", whose whole is uncounted."""
    ones = [q for q in find_quantities(text) if q.text.lower() == "one"]
    assert [(q.kind, q.value, q.unit) for q in ones] == [("count", 1.0, "")]


@pytest.mark.parametrize(("text", "span", "value", "hedge"), [
    ("He shot Ortiz once in the head and fled.", "once", 1.0, "exact"),
    ("Gray was hit twice, police said.", "twice", 2.0, "exact"),
    ("He had been arrested twice since October.", "twice", 2.0, "exact"),
    ("He was twice convicted of fraud.", "twice", 2.0, "exact"),
    ("She was arrested more than once.", "more than once", 1.0, "more than"),
    ("The gang struck thrice, killing one.", "thrice", 3.0, "exact"),
])
def test_once_and_twice_after_a_past_verb_count_times(text: str, span: str, value: float,
                                                      hedge: str) -> None:
    """"shot Ortiz once", "was hit twice": a word for a number of times, after a verb in
    the past and at most its object, counts the times the event happened, as "eleven
    times" does."""
    (times,) = [q for q in find_quantities(text) if q.unit == "time"]
    assert (times.text, times.kind, times.value, times.hedge) == (span, "count", value, hedge)


@pytest.mark.parametrize("text", [
    "First, let's think twice!",                  # no past verb
    "The quake was twice as deep as the last.",    # a comparison
    "It was twice the size of the old one.",
    "They met twice a week.",                      # a rate
    "He was once a star.",                         # formerly
    "Once inside, he fired.",                      # a conjunction
    "They left at once.",
    "He was arrested once again.",
])
def test_once_and_twice_that_count_no_event_are_no_figures(text: str) -> None:
    assert [q.text for q in find_quantities(text) if q.unit == "time"] == []


# --------------------------------------------------------------------------- ranges & hedges


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "kind", "unit"),
    [
        ("90,000–100,000 troops", "90,000–100,000 troops", 90000, 100000, "count", "troop"),
        ("between 5 and 10 people", "between 5 and 10 people", 5, 10, "count", "people"),
        ("5 to 10 people", "5 to 10 people", 5, 10, "count", "people"),
        ("The Fed held rates steady at 4.25%-4.50%", "4.25%-4.50%", 4.25, 4.5, "percent", "%"),
        ("$5m-$10m", "$5m-$10m", 5e6, 1e7, "money", "USD"),
        ("1.5 to 2 million", "1.5 to 2 million", 1.5e6, 2e6, "count", ""),
        ("prices rose 5 to 10 percent", "5 to 10 percent", 5, 10, "percent", "%"),
        ("prices ran from $100 to $999", "from $100 to $999", 100, 999, "money", "USD"),
        ("sentences ranging from six to 75 years", "from six to 75 years", 6, 75, "duration",
         "year"),
        ("between five and 10 people", "between five and 10 people", 5, 10, "count", "people"),
    ],
)
def test_ranges(text: str, span: str, low: float, high: float, kind: str, unit: str) -> None:
    q = only(text)
    assert (q.text, q.hedge, q.kind, q.unit) == (span, "range", kind, unit)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.value == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("the 13-inch has dropped $100 to $1199", ["13-inch", "$100", "$1199"]),
        ("Apple cut the price by $100 to $999", ["$100", "$999"]),
        ("stocks fell 3 percent to 5 percent", ["3 percent", "5 percent"]),
    ],
)
def test_a_change_then_a_level_is_no_range(text: str, spans: list[str]) -> None:
    """After a verb of change, a figure with its own unit "to" another is the change and
    the level it led to, not a range."""
    assert [q.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(
    ("prefix", "hedge", "low", "high"),
    [
        ("some", "approximately", 100 * (1 - APPROX), 100 * (1 + APPROX)),
        ("about", "approximately", 95, 105),
        ("around", "approximately", 95, 105),
        ("roughly", "approximately", 95, 105),
        ("approximately", "approximately", 95, 105),
        ("an estimated", "approximately", 95, 105),
        ("estimated", "approximately", 95, 105),
        ("more than", "more than", 100, INF),
        ("over", "more than", 100, INF),
        ("well over", "more than", 100, INF),
        ("upwards of", "more than", 100, INF),
        ("in excess of", "more than", 100, INF),
        ("above", "more than", 100, INF),
        ("at least", "at least", 100, INF),
        ("nearly", "nearly", 100 * (1 - NEARLY), 100),
        ("almost", "nearly", 80, 100),
        ("just under", "nearly", 80, 100),
        ("close to", "nearly", 80, 100),
        ("just shy of", "nearly", 80, 100),
        ("less than", "less than", 0, 100),
        ("fewer than", "less than", 0, 100),
        ("under", "less than", 0, 100),
        ("below", "less than", 0, 100),
        ("up to", "at most", 0, 100),
        ("at most", "at most", 0, 100),
        ("no more than", "at most", 0, 100),
    ],
)
def test_hedges_before(prefix: str, hedge: str, low: float, high: float) -> None:
    q = only(f"They sent {prefix} 100 soldiers.")
    assert q.text == f"{prefix} 100 soldiers"
    assert (q.hedge, q.value, q.unit) == (hedge, 100, "soldier")
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "phrase"), [
    ("Charles and Hillis each ran for 101 yards, topping 100 yards.", "topping 100 yards"),
    ("Gusts exceeding 100 mph tore roofs off.", "exceeding 100 mph"),
])
def test_a_verb_of_going_past_a_figure_is_a_lower_bound(text: str, phrase: str) -> None:
    """"each topping 100 yards" says more than 100, as "over 100 yards" does."""
    q = next(q for q in find_quantities(text) if q.value == 100)
    assert (q.text, q.hedge, q.low, q.high) == (phrase, "more than", 100, INF)


@pytest.mark.parametrize(
    ("text", "span", "hedge", "low", "high"),
    [
        ("100,000+ people", "100,000+ people", "at least", 100000, INF),
        ("100,000-plus troops", "100,000-plus troops", "at least", 100000, INF),
        ("5,000 people or more", "5,000 people or more", "at least", 5000, INF),
        ("100 people or so", "100 people or so", "approximately", 95, 105),
        ("500 or fewer", "500 or fewer", "at most", 0, 500),
    ],
)
def test_hedges_after(text: str, span: str, hedge: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.text, q.hedge) == (span, hedge)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He was sentenced to 15 years to life in prison.", "15 years to life"),
        ("He was given two five - years - to - life terms.", "five - years - to - life"),
        ("a 10-year-to-life sentence", "10-year-to-life"),
        ("He got 25-to-life.", "25-to-life"),
    ],
)
def test_a_term_to_life_is_at_least_its_years(text: str, span: str) -> None:
    """An indeterminate sentence runs from its years up to life: at least that long."""
    q = [q for q in find_quantities(text) if q.text == span]
    assert len(q) == 1
    assert (q[0].kind, q[0].unit, q[0].hedge, q[0].high) == ("duration", "year", "at least",
                                                             INF)


def test_seed_hedged_counts() -> None:
    q = only("the conflict has killed more than 14,000 people since it began", reference_date=REF)
    assert summary(q) == ("more than 14,000 people", "count", 14000, 14000, INF, "more than",
                          "people")
    assert q.open_high
    q = only("Russia's massing of some 100,000 troops near Ukraine")
    assert (q.text, q.hedge, q.low, q.high) == (
        "some 100,000 troops", "approximately", pytest.approx(95000), pytest.approx(105000))
    assert only("have moved an estimated 100,000 troops toward Ukraine").text == (
        "an estimated 100,000 troops")
    assert only("over 14,000 people").hedge == "more than"


# --------------------------------------------------------------------------- measures


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit", "hedge"),
    [
        ("White House officials said the call lasted 50 minutes", "50 minutes",
         "duration", 50, "minute", "exact"),
        ("a 50-minute call", "50-minute", "duration", 50, "minute", "exact"),
        ("50 mins", "50 mins", "duration", 50, "minute", "exact"),
        ("nearly an hour", "nearly an hour", "duration", 1, "hour", "nearly"),
        ("well over an hour", "well over an hour", "duration", 1, "hour", "more than"),
        ("seven years", "seven years", "duration", 7, "year", "exact"),
        ("the past 30 years", "30 years", "duration", 30, "year", "exact"),
        ("two decades", "two decades", "duration", 20, "year", "exact"),
        ("half an hour", "half an hour", "duration", 0.5, "hour", "exact"),
        ("an hour and a half", "an hour and a half", "duration", 1.5, "hour", "exact"),
        ("an hourlong speech", "hourlong", "duration", 1, "hour", "exact"),
        ("a nearly hourlong speech", "nearly hourlong", "duration", 1, "hour", "nearly"),
        ("a weeklong trial", "weeklong", "duration", 1, "week", "exact"),
        ("the Yearlong inquiry", "Yearlong", "duration", 1, "year", "exact"),
        ("magnitude 7.6", "magnitude 7.6", "measure", 7.6, "magnitude", "exact"),
        ("a 7.6 magnitude quake", "7.6 magnitude", "measure", 7.6, "magnitude", "exact"),
        ("a preliminary magnitude of 4.4", "magnitude of 4.4", "measure", 4.4, "magnitude",
         "exact"),
        ("it measured 3.0 on the Richter scale", "3.0 on the Richter scale", "measure", 3.0,
         "magnitude", "exact"),
        ("rated the quake as 4.4 in magnitude", "4.4 in magnitude", "measure", 4.4,
         "magnitude", "exact"),
        ("7.8 on the moment magnitude scale", "7.8 on the moment magnitude scale", "measure",
         7.8, "magnitude", "exact"),
        ("tremors of magnitude 1.0 to 1.9", "magnitude 1.0 to 1.9", "measure", 1.45,
         "magnitude", "range"),
        ("magnitude 5.1-5.3 quakes", "magnitude 5.1-5.3", "measure", 5.2, "magnitude", "range"),
        ("almost 20 km", "almost 20 km", "measure", 20, "kilometer", "nearly"),
        ("a 10km run", "10km", "measure", 10, "kilometer", "exact"),
        ("5,000 feet", "5,000 feet", "measure", 5000, "foot", "exact"),
        ("120 mph", "120 mph", "measure", 120, "mile_per_hour", "exact"),
    ],
)
def test_measures_and_durations(
    text: str, span: str, kind: str, value: float, unit: str, hedge: str
) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.hedge) == (span, kind, unit, hedge)
    assert q.value == pytest.approx(value)


def test_nearly_an_hour_interval() -> None:
    q = only("They spoke frankly for nearly an hour", reference_date=None)
    assert (q.low, q.high) == (pytest.approx(0.8), 1.0)


def test_two_measures_in_parentheses() -> None:
    qs = find_quantities("struck 135 kilometres (84 miles) off the coast")
    assert [(q.text, q.value, q.unit) for q in qs] == [
        ("135 kilometres", 135, "kilometer"), ("84 miles", 84, "mile")]


@pytest.mark.parametrize("text", ["three years ago", "two weeks ahead", "once a year"])
def test_relative_time_offsets_are_not_durations(text: str) -> None:
    """With no reference date, "ago" names a point in time nobody can place."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "gap"), [
    ("he advised Putin when they spoke by phone a day earlier", ("a day", 1, "day")),
    ("A man fired four days earlier from his job walked in", ("four days", 4, "day")),
    ("two days later", ("two days", 2, "day")),
    ("a week before the talks", ("a week", 1, "week")),
    ("He had married about two weeks before he was shot", ("about two weeks", 2, "week")),
    ("Five years after the war", ("Five years", 5, "year")),
])
def test_an_offset_from_no_named_day_is_the_time_between_two_events(
        text: str, gap: tuple[str, float, str]) -> None:
    """A blind writer's "married his wife three weeks before he was murdered" is stated
    by "had married two weeks before the shooting": the figure must be read, and
    matching tells such a gap from a length (`time_between`)."""
    found = find_quantities(text, reference_date=dt.date(2022, 1, 1))
    assert [(q.text, q.value, q.unit) for q in found] == [gap]
    assert found[0].kind == "duration"
    assert time_between(text, found[0])


@pytest.mark.parametrize(("text", "expected"), [
    # an exact number of days or weeks earlier or later than a day its sentence names
    ("Biden on Friday told reporters that he advised Putin when they spoke by phone a day "
     "earlier.", [("Friday", dt.date(2021, 12, 31)), ("a day earlier", dt.date(2021, 12, 30))]),
    ("It began on June 24, 2005 and ended two weeks later.",
     [("June 24, 2005", dt.date(2005, 6, 24)), ("two weeks later", dt.date(2005, 7, 8))]),
    ("He was arrested on Monday, and 3 days later he was charged.",
     [("Monday", dt.date(2021, 12, 27)), ("3 days later", dt.date(2021, 12, 30))]),
    # not across sentences, nor hedged, nor from a month: then the offset is the time
    # between two events; "ago" counts from the article's date, not the sentence's day
    ("He was arrested on Monday. Three days later he was charged.",
     [("Monday", dt.date(2021, 12, 27)), ("Three days", 3)]),
    ("He was arrested on Monday and about two weeks later he was charged.",
     [("Monday", dt.date(2021, 12, 27)), ("about two weeks", 2)]),
    ("It began in June 2005 and ended two weeks later.",
     [("June 2005", dt.date(2005, 6, 1)), ("two weeks", 2)]),
    ("It began on Monday and ended three years ago.",
     [("Monday", dt.date(2021, 12, 27)), ("three years ago", dt.date(2018, 7, 3))]),
])
def test_an_offset_from_a_named_day_is_a_date(
        text: str, expected: list[tuple[str, dt.date | float]]) -> None:
    found = find_quantities(text, reference_date=dt.date(2022, 1, 1))
    assert [(q.text, q.value) for q in found] == expected
    assert [q.kind for q in found] == [
        "date" if isinstance(value, dt.date) else "duration" for _, value in expected]


def test_an_offset_from_a_day_whose_year_was_guessed_leaves_its_year_unknown() -> None:
    """"killed on June 24 ... four days earlier" in a 2007 article: the year of June 24
    is the reader's guess from the article's date, and so is the offset's."""
    (day, offset) = find_quantities("He was killed on June 24, and the shooting he was "
                                    "investigating took place four days earlier.",
                                    reference_date=dt.date(2007, 3, 21))
    assert (offset.value, offset.year_known) == (dt.date(2007, 6, 20), False)
    assert day.year_known  # the day itself keeps the scanner's year


# --------------------------------------------------------------------------- money, percent


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge"),
    [
        ("Big jump in staff at SOE KiwiRail earning $100,000-plus", "$100,000-plus", 1e5, "USD",
         "at least"),
        ("NZ$5m", "NZ$5m", 5e6, "NZD", "exact"),
        ("£3bn", "£3bn", 3e9, "GBP", "exact"),
        ("€20", "€20", 20, "EUR", "exact"),
        ("US$1.5 million", "US$1.5 million", 1.5e6, "USD", "exact"),
        ("5 million dollars", "5 million dollars", 5e6, "USD", "exact"),
        ("Controversial Kiwi start-up, once worth $38m, folds", "$38m", 38e6, "USD", "exact"),
        ("more than $2 billion", "more than $2 billion", 2e9, "USD", "more than"),
        ("USD 40", "USD 40", 40, "USD", "exact"),
    ],
)
def test_money(text: str, span: str, value: float, unit: str, hedge: str) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.hedge) == (span, "money", unit, hedge)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "hedge"),
    [("4.25%", "4.25%", "exact"), ("12 per cent", "12 per cent", "exact"),
     ("12 percent", "12 percent", "exact"), ("less than 5%", "less than 5%", "less than")],
)
def test_percent(text: str, span: str, hedge: str) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.hedge) == (span, "percent", "%", hedge)


# --------------------------------------------------------------------------- dates


def d(month: int, day: int, year: int = 2022) -> dt.date:
    return dt.date(year, month, day)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("talks on January 9 and 10 in Geneva", "January 9 and 10", d(1, 9), d(1, 10)),
        ("set for Jan. 9 and 10", "Jan. 9 and 10", d(1, 9), d(1, 10)),
        ("Jan. 9-10", "Jan. 9-10", d(1, 9), d(1, 10)),
        ("on 9 and 10 January", "9 and 10 January", d(1, 9), d(1, 10)),
        ("9-10 January", "9-10 January", d(1, 9), d(1, 10)),
        ("January 9–10, 2022", "January 9–10, 2022", d(1, 9), d(1, 10)),
    ],
)
def test_date_ranges(text: str, span: str, low: dt.date, high: dt.date) -> None:
    q = only(text, reference_date=REF)
    assert (q.text, q.kind, q.hedge, q.value, q.low, q.high) == (
        span, "date", "range", low, low, high)
    assert q.unit == ""


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("a meeting on Jan 12", "Jan 12", d(1, 12)),
        ("January 12, 2022", "January 12, 2022", d(1, 12)),
        ("12 January 2022", "12 January 2022", d(1, 12)),
        ("Monday, Jan. 10, 2022", "Monday, Jan. 10, 2022", d(1, 10)),
        ("ISO 2022-01-12", "2022-01-12", d(1, 12)),
        ("Dec. 31, 2021", "Dec. 31, 2021", d(12, 31, 2021)),
        ("June 16, 2021", "June 16, 2021", d(6, 16, 2021)),
    ],
)
def test_single_dates(text: str, span: str, date: dt.date) -> None:
    q = only(text, reference_date=REF)
    assert (q.text, q.kind, q.value, q.low, q.high, q.precision, q.year_known) == (
        span, "date", date, date, date, "day", True)


def test_seed_dateline_has_a_date_and_a_duration_but_no_time_of_day() -> None:
    qs = find_quantities("1 Jan, 2022 07:18 PM6 mins to read")
    assert [(q.text, q.kind) for q in qs] == [("1 Jan, 2022", "date"), ("6 mins", "duration")]
    assert qs[0].value == d(1, 1)
    assert (qs[1].value, qs[1].unit) == (6, "minute")


def test_year_chosen_nearest_reference() -> None:
    assert only("Dec. 31", reference_date=d(1, 1)).value == d(12, 31, 2021)
    assert only("Jan. 2", reference_date=d(12, 30, 2021)).value == d(1, 2)


def test_date_without_year_or_reference() -> None:
    q = only("Jan 12")
    assert (q.value, q.year_known) == (dt.date(1, 1, 12), False)


@pytest.mark.parametrize(
    ("text", "year"),
    [("since it began in 2014", 2014), ("the 2015 peace deal", 2015), ("in 1999.", 1999),
     # after an event's acronym, a year though a word that could be counted follows
     ("unveiled at WWDC 2012 starts at", 2012),
     # before a name that names a noun: no count of Texases ("2,011" would be one)
     ("at his 2011 Texas trial", 2011)],
)
def test_years_alone_are_dates(text: str, year: int) -> None:
    q = only(text)
    assert (q.kind, q.precision, q.low, q.high, q.text) == (
        "date", "year", dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def test_year_range() -> None:
    q = only("from 2014-2020")
    assert (q.kind, q.hedge, q.low, q.high) == ("date", "range", d(1, 1, 2014), d(12, 31, 2020))


@pytest.mark.parametrize(("text", "noun"), [("2000 Americans died", "american"),
                                           ("1500 Marines landed", "marine")])
def test_four_digits_before_a_name_that_does_something_are_a_count(text: str, noun: str
                                                                   ) -> None:
    q = only(text)
    assert (q.kind, q.unit) == ("count", noun)


def test_four_digit_count_before_plural_noun_is_not_a_year() -> None:
    q = only("2000 troops arrived")
    assert (q.kind, q.value, q.unit) == ("count", 2000, "troop")
    q = only("Manning has made 2000 starts")
    assert (q.kind, q.value, q.unit) == ("count", 2000, "start")


@pytest.mark.parametrize(("text", "month"), [("January 2022", 1), ("June 2021", 6)])
def test_month_precision(text: str, month: int) -> None:
    q = only(text)
    assert (q.kind, q.precision) == ("date", "month")
    assert q.low.month == q.high.month == month  # type: ignore[union-attr]
    assert q.low.day == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["the January talks", "May we?", "June Smith said",
                                  "at the end of June"])
def test_bare_months_are_not_dates(text: str) -> None:
    assert find_quantities(text, reference_date=REF) == []


@pytest.mark.parametrize(
    ("text", "first", "year"),
    [
        ("Biden and Putin, who met in Geneva in June, spoke again", "June", 2021),
        ("the two sides will meet again in March", "March", 2022),
        ("prices have risen since March", "March", 2021),
        ("a summit planned for next June", "June", 2022),
        ("early May", "May", 2022),  # no tense: the nearest May
        ("mid-December", "December", 2021),
        ("In June, the Utah Supreme Court tossed out the conviction.", "June", 2021),
        ("Since March, prices have risen.", "March", 2021),
    ],
)
def test_a_month_named_alone_after_a_preposition_is_a_date(text: str, first: str,
                                                           year: int) -> None:
    """Its year is the one its tense points to from the article's date (January 2022)."""
    (q,) = [q for q in find_quantities(text, reference_date=REF) if q.kind == "date"]
    month = list(calendar.month_name).index(first)
    last = calendar.monthrange(year, month)[1]
    assert (q.text, q.precision, q.low, q.high) == (
        first, "month", dt.date(year, month, 1), dt.date(year, month, last))
    (unknown,) = [q for q in find_quantities(text) if q.kind == "date"]
    assert not unknown.year_known  # without the article's date, no year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday's talks in Geneva", d(1, 10)),
        ("on Monday", d(1, 10)),
        ("Thursday's call", d(1, 13)),
        ("on Thursday", d(1, 13)),
        ("on Saturday", d(1, 8)),
        ("on Tuesday", d(1, 11)),
    ],
)
def test_weekdays_resolve_to_nearest(text: str, expected: dt.date) -> None:
    q = only(text, reference_date=REF)
    assert q.value == expected
    assert q.text in ("Monday", "Thursday", "Saturday", "Tuesday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tense of the nearest verb says which way, however far
        ("Gray was shot on Friday night", d(1, 7)),
        ("The talks will resume on Saturday", d(1, 15)),
        ("on Friday, after he pointed a revolver at them", d(1, 7)),
        ("He bought the shotgun around 3:45 p. m. on Friday", d(1, 7)),
        ("The ministers met last Wednesday", d(1, 5)),
        ("after a high-speed chase on Friday", d(1, 14)),  # "speed" is no past tense
        # irregular pasts and participles the -ed test cannot see
        ("A baby girl was born on Friday", d(1, 7)),
        ("The ferry sank on Friday", d(1, 7)),
        ("The suspect fled and slept in his car on Friday", d(1, 7)),
        ("They will meet again next Tuesday", d(1, 18)),
        # a word of reporting dates the report only when the weekday follows it
        ("Peskov said talks in Brussels on Friday and a meeting in Vienna", d(1, 14)),
        ("Peskov said on Friday that talks", d(1, 7)),
        # never off the day either side of the article's date, which may be a day off
        ("police said Wednesday", d(1, 12)),
        ("Biden is scheduled to speak by phone Monday", d(1, 10)),
        # with no tense near it, a tense farther back in its sentence
        ("He was shot during a confrontation with two officers on Main Street Friday night",
         d(1, 7)),
    ],
)
def test_weekdays_follow_the_tense_around_them(text: str, expected: dt.date) -> None:
    (q,) = [q for q in find_quantities(text, reference_date=REF) if q.kind == "date"]
    assert q.value == expected, text


def test_a_weekday_without_a_reference_date_states_only_its_weekday() -> None:
    q = only("Monday's talks")
    assert (q.text, q.kind, q.precision, q.year_known) == ("Monday", "date", "weekday", False)
    assert weekday_of(q) == 0
    assert weekday_of(only("met on Sunday")) == 6
    assert weekday_of(only("Monday's talks", reference_date=REF)) is None  # a day, placed


def test_a_weekday_after_on_a_is_any_such_day() -> None:
    """"on a Friday afternoon" is some Friday, not the one nearest the article's date."""
    q = only("accused of firing on a Friday afternoon", reference_date=REF)
    assert (q.text, q.precision, weekday_of(q)) == ("Friday", "weekday", 4)
    assert weekday_of(only("fired on Friday afternoon", reference_date=REF)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Gigante died today in prison", REF), ("Today's talks", REF),
     ("they met yesterday", REF - dt.timedelta(days=1)),
     ("the council meets tomorrow", REF + dt.timedelta(days=1)),
     ("a fire destroyed the warehouse early this morning", REF),
     ("This evening's vigil", REF)],
)
def test_today_and_yesterday_are_the_articles_day_and_the_one_before(
        text: str, expected: dt.date) -> None:
    assert only(text, reference_date=REF).value == expected
    assert find_quantities(text) == []  # no reference date, no day


@pytest.mark.parametrize("text", ["the morning after", "Monday morning", "his evening class"])
def test_a_part_of_the_day_without_this_names_no_day(text: str) -> None:
    assert [q.text for q in find_quantities(text, reference_date=REF)] in ([], ["Monday"])


@pytest.mark.parametrize(
    ("text", "low", "high", "precision"),
    [("he was fired last week, police said", d(1, 2), d(1, 9), "week"),
     ("the cuts announced last weekend", d(1, 8), d(1, 9), "week"),
     ("found guilty by the same jury last month", d(12, 1, 2021), d(12, 31, 2021), "month"),
     ("Last year, voters approved a bond", d(1, 1, 2021), d(12, 31, 2021), "year"),
     ("last year's summit", d(1, 1, 2021), d(12, 31, 2021), "year")],
)
def test_last_week_month_and_year_are_periods_before_the_articles_date(
        text: str, low: dt.date, high: dt.date, precision: str) -> None:
    """A Tuesday paper's "last week" is the week before its own, whichever day weeks
    start on: from the Sunday nine days back to the Sunday two days back."""
    q = only(text, reference_date=REF)
    assert (q.kind, q.low, q.high, q.precision) == ("date", low, high, precision)
    assert find_quantities(text) == []  # no reference date, no period


def test_a_sunday_papers_last_week_and_last_weekend_are_before_its_own() -> None:
    sunday = d(1, 16)
    assert (only("fired last week", reference_date=sunday).low,
            only("fired last week", reference_date=sunday).high) == (d(1, 3), d(1, 15))
    weekend = only("talks last weekend", reference_date=sunday)
    assert (weekend.low, weekend.high) == (d(1, 8), d(1, 9))  # not today's


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [("The government agreed the bailout at the weekend.", "the weekend", d(1, 8), d(1, 9)),
     ("Police made 20 arrests over the weekend", "the weekend", d(1, 8), d(1, 9)),
     ("Talks will resume at the weekend in Geneva.", "the weekend", d(1, 15), d(1, 16)),
     ("Protesters are expected this weekend", "this weekend", d(1, 15), d(1, 16))],
)
def test_the_weekend_is_the_nearest_one_the_tense_points_to(
        text: str, span: str, low: dt.date, high: dt.date) -> None:
    """A Tuesday paper's "agreed at the weekend" is the one just past, its "will resume at
    the weekend" the one ahead; "the weekend" with no preposition names no day."""
    (q,) = [q for q in find_quantities(text, reference_date=REF) if q.kind == "date"]
    assert (q.text, q.low, q.high, q.precision) == (span, low, high, "week")
    assert [q for q in find_quantities(text) if q.kind == "date"] == []
    assert find_quantities("the weekend's violence", reference_date=REF) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [("Artino gave the Bluejays 14 energized and efficient minutes.",
      "14 energized and efficient minutes", "duration", 14, "minute"),
     ("five small and medium businesses closed", "five small and medium businesses", "count",
      5, "business"),
     ("after five hard-fought weeks of talks", "five hard-fought weeks", "duration", 5, "week"),
     ("two grim and bloody decades", "two grim and bloody decades", "duration", 20, "year")],
)
def test_a_noun_past_adjectives_joined_by_and_and_a_time_word_there_is_a_duration(
        text: str, span: str, kind: str, value: float, unit: str) -> None:
    """Adjectives joined by "and" stand between a figure and its noun as one does; where
    that noun is a word for a time, the figure is a duration, as "seven long years" is."""
    reads_as(text, span, kind, value, unit)
    assert [q.text for q in find_quantities("two dead and three injured")] == ["two", "three"]


@pytest.mark.parametrize(
    ("text", "low", "high", "precision"),
    [("he was released three days ago", d(1, 8), d(1, 8), "day"),
     ("The deputy was married two weeks ago", d(12, 25, 2021), d(12, 31, 2021), "week"),
     ("wed about two weeks ago", d(12, 22, 2021), d(1, 3), "week"),
     ("killed in a car accident two years ago", d(7, 13, 2019), d(7, 11, 2020), "year"),
     ("Five years ago, Jeffs was charged", d(7, 13, 2016), d(7, 12, 2017), "year"),
     ("a month ago", d(11, 26, 2021), d(12, 26, 2021), "month")],
)
def test_a_time_ago_is_a_date_counted_back_from_the_articles(
        text: str, low: dt.date, high: dt.date, precision: str) -> None:
    """"two weeks ago" is said of any day around the fortnight: half a week either side
    (twice that when hedged); a month ago half a month either side of the same day a
    month back, a year ago half a year."""
    (q,) = [q for q in find_quantities(text, reference_date=REF) if q.kind == "date"]
    assert (q.low, q.high, q.precision) == (low, high, precision)
    assert q.text.endswith(" ago")
    assert all(q.kind != "date" for q in find_quantities(text))  # no reference date, no day


@pytest.mark.parametrize("text", ["indicted more than two years ago", "it rained two hours ago"])
def test_a_time_ago_left_open_or_within_the_day_is_no_date(text: str) -> None:
    assert find_quantities(text, reference_date=REF) == []


@pytest.mark.parametrize(
    "text",
    ["in the last week of June", "over the last year", "its last month in office",
     "during the last week", "the last year of his term", "at last, week by week"],
)
def test_last_as_an_ordinal_or_a_stretch_to_now_is_no_period(text: str) -> None:
    assert find_quantities(text, reference_date=REF) == []


# --------------------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "text",
    [
        "at 07:18 PM", "at 4pm", "at 10.30am", "at 4 p.m.", "the F-16 jet", "COVID-19 cases",
        "the G7 summit", "the 3rd time", "the second call", "rated 1/5", "0 / 5 stars",
        "call 555-1234 now", "phone (09) 379 5050", "call +64 9 379 5050", "on 12/01/2022",
        "MH17 crash",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_score_is_not_a_range() -> None:
    assert all(q.hedge != "range" for q in find_quantities("won 3-1 at home"))


# --------------------------------------------------------------------------- seeds


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles not available")
def test_seed_004_facts() -> None:
    qs = find_quantities(_seed("004_c4ff50917423203a.txt"), reference_date=d(12, 31, 2021))
    texts = {q.text: q for q in qs}
    assert texts["nearly an hour"].kind == "duration"
    assert texts["50 minutes"].value == 50
    assert texts["January 9 and 10"].high == d(1, 10)
    assert texts["January 12"].value == d(1, 12)
    assert texts["an estimated 100,000 troops"].hedge == "approximately"
    assert texts["Thursday"].value == d(12, 30, 2021)
    # "who met in Geneva in June": the summit's month, in the past, not the January talks
    assert (texts["June"].low, texts["June"].high) == (d(6, 1, 2021), d(6, 30, 2021))


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles not available")
def test_seed_spans_are_exact() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        qs = find_quantities(text, reference_date=REF)
        assert qs, path.name
        for q in qs:
            assert text[q.start:q.end] == q.text
        assert [q.start for q in qs] == sorted(q.start for q in qs)


# --------------------------------------------------------------------------- quantulum3-style


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("Now it's -10C outside", "-10C", "measure", -10, "degree_Celsius"),
        ("two and a half miles to the east", "two and a half miles", "measure", 2.5, "mile"),
        ("I have €10M in savings", "€10M", "money", 10e6, "EUR"),
        ("It cost 15 € in all", "15 €", "money", 15, "EUR"),
        ("a gallon of beer", "a gallon", "measure", 1, "gallon"),
        ("Its GDP is $2.174T.", "$2.174T", "money", 2.174e12, "USD"),
    ],
)
def test_other_measure_forms(text: str, span: str, kind: str, value: float, unit: str) -> None:
    reads_as(text, span, kind, value, unit)


def test_glued_m_is_metres_without_a_currency() -> None:
    q = only("a 5m wall")
    assert (q.kind, q.unit, q.value) == ("measure", "meter", 5)


def test_find_quantities_accepts_empty_text() -> None:
    assert find_quantities("") == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("a group of 24 former U.S. national security officials",
         "24 former U.S. national security officials", "official"),
        ("one state's security", "one state", "state"),
        # "police" before a plural noun is that noun's kind: the bullets are counted
        ("Gray was struck by seven police bullets", "seven police bullets", "bullet"),
        ("seven police officers fired", "seven police officers", "officer"),
        ("200 police arrived at dawn", "200 police", "police"),
    ],
)
def test_noun_run_edge_cases(text: str, span: str, unit: str) -> None:
    q = only(text)
    assert (q.text, q.unit) == (span, unit)


@pytest.mark.parametrize("text", [
    "3:30thousands, Half", "G7one two", "café two", "x_one 3", "Ⅷthousands", "NZ$5 and two",
    "(Two) people, “one” dozen", "an hour", "half an hour", "Jan. 9", "5million", "$USD 5",
])
def test_scan_triggers_only_at_word_boundaries(text):
    """SCAN (the skip loop) must trigger exactly where a `\\b` search for TRIGGER would."""
    import re

    from checks.quantities import SCAN, TRIGGER

    cut = TRIGGER.index("|(?P<tw>")
    slow = re.compile(rf"{TRIGGER[:cut]}|\b(?:{TRIGGER[cut + 1:]})")
    fast, pos = [], 0
    while (m := SCAN.match(text, pos)) is not None:
        fast.append((m.lastgroup, m.span(m.lastgroup)))
        pos = m.end()
    assert fast == [(m.lastgroup, m.span()) for m in slow.finditer(text)]


def test_decades_are_spans_of_years_not_seconds() -> None:
    (decade,) = find_quantities("he feigned mental illness in the 1990s, adding three")[:1]
    assert (decade.text, decade.kind, decade.precision) == ("1990s", "date", "year")
    assert (decade.low, decade.high) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    # "in their 90s" is an age of people, never 90 seconds
    assert [(q.text, q.unit, q.low, q.high) for q in find_quantities("voters in their 90s")] == [
        ("in their 90s", "year", 90, 99)]
    assert [(q.kind, q.unit) for q in find_quantities("it took 30s to load")] == [
        ("duration", "second")]


@pytest.mark.parametrize(("text", "lengths"), [
    ("The jury deliberated for 30 minutes before sentencing him", ["30 minutes"]),
    ("deliberated for more than three hours before convicting", ["more than three hours"]),
    ("It lasted for two hours after midnight", ["two hours"]),
    ("two weeks before the vote", []),
    ("he spoke by phone a day earlier", []),
    ("it took another six years", []),
])
def test_before_and_after_make_a_time_between_events_unless_a_length_is_stated(
        text: str, lengths: list[str]) -> None:
    durations = [q for q in find_quantities(text) if q.kind == "duration"]
    assert len(durations) == 1
    assert [q.text for q in durations if not time_between(text, q)] == lengths


# --------------------------------------------------------------------------- signs (issue #3)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("It was minus 18 degrees overnight", "minus 18 degrees", "measure", -18, "degree"),
        ("minus 18C at dawn", "minus 18C", "measure", -18, "degree_Celsius"),
        ("minus 40 degrees Fahrenheit", "minus 40 degrees Fahrenheit", "measure", -40,
         "degree_Fahrenheit"),
        ("negative 5 percent growth", "negative 5 percent", "percent", -5, "%"),
        ("Minus five degrees", "Minus five degrees", "measure", -5, "degree"),
        ("-18 °C", "-18 °C", "measure", -18, "degree_Celsius"),
    ],
)
def test_minus_and_negative_make_measures_negative(
        text: str, span: str, kind: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.text, q.kind, q.value, q.low, q.high, q.unit) == (span, kind, value, value,
                                                                value, unit)


def test_hedge_before_a_minus_word() -> None:
    q = only("about minus 18 degrees")
    assert (q.text, q.hedge, q.value) == ("about minus 18 degrees", "approximately", -18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tested negative 10 days later", [("10 days", 10)]),  # a duration takes no sign
        ("a minus sign", []),
        ("negative five people", [("five people", 5)]),  # counts take no sign
        ("the margin is plus or minus 3%", [("3%", 3)]),
        ("10 minus 3 degrees", [("10", 10), ("3 degrees", 3)]),  # arithmetic
        ("negative thinking", []),
    ],
)
def test_minus_and_negative_near_misses(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


# --------------------------------------------------------------------------- fractions (issue #3)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("two-thirds of voters backed it", "two-thirds", 2 / 3),
        ("two thirds of voters backed it", "two thirds", 2 / 3),
        ("exactly one sixth.", "one sixth", 1 / 6),
        ("Is three halves fractional?", "three halves", 1.5),
        ("one-half of the budget", "one-half", 0.5),
        ("a third of voters", "a third", 1 / 3),
        ("a quarter of the budget", "a quarter", 0.25),
        ("three-quarters of people", "three-quarters", 0.75),
        ("three quarters of the country", "three quarters", 0.75),
        ("at least one-fifth of them", "at least one-fifth", 0.2),
        ("a quarter of a million people", "a quarter of a million people", 250_000),
    ],
)
def test_word_fractions_are_counts(text: str, span: str, value: float) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit) == (span, "count", "" if value < 1000 else "people")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "hedge", "percent"),
    [
        ("One in five adults smoke.", "One in five", "exact", 20),
        ("nearly one in three voters stayed home", "nearly one in three", "nearly", 100 / 3),
        ("1 in every 10 homes was damaged", "1 in every 10", "exact", 10),
        ("about one in 10,000 births", "about one in 10,000", "approximately", 0.01),
    ],
)
def test_one_in_five_is_a_share_not_a_count(text: str, span: str, hedge: str,
                                            percent: float) -> None:
    """A ratio says how many of every so many: no count of five adults is stated."""
    q = only(text)
    assert (q.text, q.kind, q.unit, q.hedge) == (span, "percent", "%", hedge)
    assert q.value == pytest.approx(percent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("scored 2 in 10 minutes", [("2", 2), ("10 minutes", 10)]),
        ("won 3 in 2010", [("3", 3), ("2010", dt.date(2010, 1, 1))]),
        ("killed 3 in 2 attacks", [("3", 3), ("2 attacks", 2)]),
        ("lost 5 in 4 games", [("5", 5), ("4 games", 4)]),
    ],
)
def test_in_between_figures_is_no_ratio_otherwise(text: str, expected: list) -> None:
    """A larger number with a unit of its own, a year, or a smaller one: no share."""
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("a quarter-inch thinner", "a quarter-inch", "measure", 0.25, "inch"),
        ("approximately one-half miles east", "approximately one-half miles", "measure", 0.5,
         "mile"),
        ("two-tenths of a mile", "two-tenths of a mile", "measure", 0.2, "mile"),
        ("about a quarter mile away", "about a quarter mile", "measure", 0.25, "mile"),
        ("a half-hour show", "a half-hour", "duration", 0.5, "hour"),
        ("a quarter of an hour", "a quarter of an hour", "duration", 0.25, "hour"),
        ("a third of a second", "a third of a second", "duration", 1 / 3, "second"),
        ("an hour and a quarter", "an hour and a quarter", "duration", 1.25, "hour"),
        ("two and a quarter miles", "two and a quarter miles", "measure", 2.25, "mile"),
        ("a quarter-century", "a quarter-century", "duration", 25, "year"),
        # "half" with no "a" before it, and "and a half" inside a compound
        ("reported in the following half-hour.", "half-hour", "duration", 0.5, "hour"),
        ("over the next half hour", "half hour", "duration", 0.5, "hour"),
        ("the half-dozen protesters", "half-dozen protesters", "count", 6, "protester"),
        ("a three-and-a-half-year term", "three-and-a-half-year", "duration", 3.5, "year"),
        ("his two-and-a-half year sentence", "two-and-a-half year", "duration", 2.5, "year"),
    ],
)
def test_word_fractions_of_units(text: str, span: str, kind: str, value: float,
                                 unit: str) -> None:
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    "text",
    ["the third quarter", "the first half", "a second term", "the fifth day", "a third term",
     "for a fifth day", "a fifth-year senior", "a quarter point cut", "a quarter-final",
     "the second half of the year"],
)
def test_ordinals_are_not_fractions(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two seconds", [("two seconds", 2, "second")]),  # "second" is never a denominator
        ("one second", [("one second", 1, "second")]),
        ("three quarters in a row", [("three quarters", 3, "quarter")]),  # fiscal quarters
        ("nine quarters of football", [("nine quarters", 9, "quarter")]),
        ("one third-party candidate", [("one third-party candidate", 1, "candidate")]),
        ("two third-place finishes", [("two third-place finishes", 2, "finish")]),
    ],
)
def test_fraction_near_misses(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("The door is 2 1/2 in thick, and", "2 1/2 in", "measure", 2.5, "inch"),
        ("A mouse can get through a 1/4 inch gap", "1/4 inch", "measure", 0.25, "inch"),
        ("about 1/40 of the wavelength", "about 1/40", "count", 0.025, ""),
        ("a 3/4-inch pipe", "3/4-inch", "measure", 0.75, "inch"),
        ("it took 1½ hours", "1½ hours", "duration", 1.5, "hour"),
        ("it took 1 ½ hours", "1 ½ hours", "duration", 1.5, "hour"),
        ("½ mile north", "½ mile", "measure", 0.5, "mile"),
        ("¾ of the vote", "¾", "count", 0.75, ""),
        ("a 7\u2009½ minutes wait", "7\u2009½ minutes", "duration", 7.5, "minute"),
        ("3/4 of a mile", "3/4 of a mile", "measure", 0.75, "mile"),
    ],
)
def test_digit_fractions(text: str, span: str, kind: str, value: float, unit: str) -> None:
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    "text",
    ["on 1/10 the market fell", "on 1/10", "rated 1/5", "24/7 coverage", "the 9/11 attacks",
     "on 12/01/2022", "a 50/50 split", "1/0 of"],
)
def test_bare_digit_fractions_without_unit_or_of_stay_unread(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 in high school", [("5", 5, "")]),  # "in" is inches only before a dimension
        ("It is 12 in wide and 3 in deep.", [("12 in", 12, "inch"), ("3 in", 3, "inch")]),
    ],
)
def test_in_as_inches(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 15.4″ MacBook Pro is thin, at 0.71″.", [("15.4″", 15.4, "inch"),
                                                       ("0.71″", 0.71, "inch")]),
        ("a 12′ boat", [("12′", 12, "foot")]),
        ("at 37°45′30″N", [("37", 37, ""), ("45", 45, ""), ("30", 30, "")]),  # an angle
    ],
)
def test_prime_signs_glued_to_a_number_are_feet_and_inches(
        text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


# --------------------------------------------------------------------------- spoken decimals


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("rose two point five percent", "two point five percent", "percent", 2.5, "%"),
        ("a six point two magnitude quake", "six point two magnitude", "measure", 6.2,
         "magnitude"),
        ("one point five million people", "one point five million people", "count", 1.5e6,
         "people"),
        ("zero point five", "zero point five", "count", 0.5, ""),
        ("three point one four", "three point one four", "count", 3.14, ""),
    ],
)
def test_spoken_decimals(text: str, span: str, kind: str, value: float, unit: str) -> None:
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("At one point two men entered", [1, 2]),  # "at one point" is an idiom, not 1.2
        ("a two-point lead", [2]),
        ("a three point shot", [3]),
        ("two points behind", [2]),
    ],
)
def test_spoken_decimal_near_misses(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("interest rates rose .5 percent", ".5 percent", "percent", 0.5, "%"),
        ("a .38-caliber revolver", ".38-caliber", "count", 0.38, "caliber"),
        ("shares fell (.25%) in trading", ".25%", "percent", 0.25, "%"),
        ('"a .300 hitter"', ".300", "count", 0.3, ""),
    ],
)
def test_a_number_written_from_its_point(text: str, span: str, kind: str, value: float,
                                         unit: str) -> None:
    """".5 percent" is half a percent, not five: a point after a space starts a decimal."""
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(("text", "read"), [
    ("White House officials said Thursday's call lasted 50 minutes",
     [("Thursday", "date", 3), ("50 minutes", "duration", None)]),
    ("shares fell (.25%) on Friday", [(".25%", "percent", None), ("Friday", "date", 4)]),
])
def test_a_weekday_beside_a_figure_is_a_figure_of_its_own(
        text: str, read: list[tuple[str, str, int | None]]) -> None:
    assert [(q.text, q.kind, weekday_of(q)) for q in find_quantities(text)] == read


def test_a_full_stop_glued_to_a_number_is_no_point() -> None:
    assert [q.text for q in find_quantities("The march ended.5 people were hurt")] == [
        "5 people"]


# --------------------------------------------------------------------------- more ranges


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "kind", "unit"),
    [
        ("a conceptualized 8- to 16-meter optical telescope", "8- to 16-meter", 8, 16,
         "measure", "meter"),
        ("(320- to 640-inch)", "320- to 640-inch", 320, 640, "measure", "inch"),
        ("a 3- to 4-hour meeting", "3- to 4-hour", 3, 4, "duration", "hour"),
        ("a 10- to 15-minute walk", "10- to 15-minute", 10, 15, "duration", "minute"),
        ("a two- to three-hour drive", "two- to three-hour", 2, 3, "duration", "hour"),
        ("temperatures ranged from -18 °C to -34 °C", "from -18 °C to -34 °C", -34, -18,
         "measure", "degree_Celsius"),
        ("-18 to -34 °C", "-18 to -34 °C", -34, -18, "measure", "degree_Celsius"),
        ("minus 18 to minus 34 degrees", "minus 18 to minus 34 degrees", -34, -18, "measure",
         "degree"),
        ("from 5 km to 10 km", "from 5 km to 10 km", 5, 10, "measure", "kilometer"),
        ("5 kilometres to 10 kilometres", "5 kilometres to 10 kilometres", 5, 10, "measure",
         "kilometer"),
    ],
)
def test_suspended_hyphen_and_unit_ranges(text: str, span: str, low: float, high: float,
                                          kind: str, unit: str) -> None:
    q = only(text)
    assert (q.text, q.hedge, q.kind, q.unit) == (span, "range", kind, unit)
    assert (q.low, q.high, q.value) == (low, high, (low + high) / 2)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("from 10 minutes to 2 hours", ["10 minutes", "2 hours"]),  # different units
        ("from 5 to -3 degrees", ["5", "-3 degrees"]),  # a falling end is no range
        ("an 8- to", ["8"]),
        ("8- to 16 people", ["8", "16 people"]),  # a suspended hyphen needs its word
        ("he killed six to 75", ["six", "75"]),  # words and digits: only after from/between
    ],
)
def test_range_near_misses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


# --------------------------------------------------------------------------- dates across months


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("from Dec. 30 to Jan. 2", "Dec. 30 to Jan. 2", d(12, 30, 2021), d(1, 2)),
        ("December 30 - January 2, 2022", "December 30 - January 2, 2022", d(12, 30, 2021),
         d(1, 2)),
        ("30 December–2 January 2022", "30 December–2 January 2022", d(12, 30, 2021), d(1, 2)),
        ("Dec. 30, 2021 to Jan. 2, 2022", "Dec. 30, 2021 to Jan. 2, 2022", d(12, 30, 2021),
         d(1, 2)),
        ("January 30 through February 2, 2022", "January 30 through February 2, 2022",
         d(1, 30), d(2, 2)),
        ("Jan. 9 to Jan. 12", "Jan. 9 to Jan. 12", d(1, 9), d(1, 12)),
    ],
)
def test_date_ranges_across_months(text: str, span: str, low: dt.date, high: dt.date) -> None:
    q = only(text, reference_date=REF)
    assert (q.text, q.kind, q.hedge, q.value, q.low, q.high, q.precision, q.unit) == (
        span, "date", "range", low, low, high, "day", "")
    assert q.year_known


def test_date_range_across_the_new_year_without_any_year() -> None:
    q = only("from Dec. 30 to Jan. 2")
    assert (q.low, q.high, q.year_known) == (dt.date(1, 12, 30), dt.date(2, 1, 2), False)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Dec. 30 and Jan. 2", ["Dec. 30", "Jan. 2"]),  # two days, not a span
        ("Jan. 12, 2022 to Jan. 9, 2022", ["Jan. 12, 2022", "Jan. 9, 2022"]),  # backwards
        ("Dec. 30 to January", ["Dec. 30"]),
    ],
)
def test_cross_month_near_misses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text, reference_date=REF)] == spans


# --------------------------------------------------------------------------- ordinal days first


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("talks on 12th January in Brussels", "12th January", d(1, 12), d(1, 12)),
        ("set for 9th and 10th January", "9th and 10th January", d(1, 9), d(1, 10)),
        ("on the 13th of January", "13th of January", d(1, 13), d(1, 13)),
        ("on January the 12th", "January the 12th", d(1, 12), d(1, 12)),
        ("12th-13th January 2022", "12th-13th January 2022", d(1, 12), d(1, 13)),
        ("the 9th and 10th of January", "9th and 10th of January", d(1, 9), d(1, 10)),
        ("Monday 10th January 2022", "Monday 10th January 2022", d(1, 10), d(1, 10)),
        ("on 1st Jan.", "1st Jan.", d(1, 1), d(1, 1)),
    ],
)
def test_ordinal_day_first_dates(text: str, span: str, low: dt.date, high: dt.date) -> None:
    q = only(text, reference_date=REF)
    assert (q.text, q.kind, q.low, q.high, q.value) == (span, "date", low, high, low)
    assert q.hedge == ("exact" if low == high else "range")


@pytest.mark.parametrize(
    "text",
    ["the 3rd time", "the 12th man", "on the 13th floor of January House", "in January the 3 men",
     "the 31st of Februar"],
)
def test_ordinals_without_a_month_are_not_dates(text: str) -> None:
    """No day is read ("in January the 3 men" is January, at most)."""
    found = find_quantities(text, reference_date=REF)
    assert [q for q in found if q.kind == "date" and q.precision == "day"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("in Vienna on 16 January.", "16 January"),
        ("in Vienna on 16th January.", "16th January"),
        ("They met on January 16.", "January 16"),
        ("They met in May.", "May"),
        ("They met on 9 May.", "9 May"),
        ("They met on 16 Jan. in Vienna", "16 Jan."),
        ("It happened on Sept. 11, 2001", "Sept. 11, 2001"),
        ("It happened on May. 1, 2000", "May. 1, 2000"),
    ],
)
def test_a_date_at_the_end_of_a_sentence_leaves_the_full_stop(text: str, span: str | None
                                                               ) -> None:
    assert [q.text for q in find_quantities(text, reference_date=REF)] == (
        [span] if span else [])


# --------------------------------------------------------------------------- more hedges


@pytest.mark.parametrize(
    ("text", "span", "hedge", "low", "high"),
    [
        ("for the better part of an hour", "the better part of an hour", "nearly", 0.5, 1),
        ("the better part of two decades", "the better part of two decades", "nearly", 10, 20),
        ("as many as 100,000 troops", "as many as 100,000 troops", "at most", 0, 100_000),
        ("as much as $5 million", "as much as $5 million", "at most", 0, 5e6),
        ("upwards of 14,000 people", "upwards of 14,000 people", "more than", 14_000, INF),
        ("upward of 14,000 people", "upward of 14,000 people", "more than", 14_000, INF),
        ("some 100,000-plus troops", "some 100,000-plus troops", "at least", 100_000, INF),
        ("well over 100 troops", "well over 100 troops", "more than", 100, INF),
        ("just over two hours", "just over two hours", "more than", 2, INF),
        ("just under three dozen people", "just under three dozen people", "nearly", 28.8, 36),
        ("close to two dozen people", "close to two dozen people", "nearly", 19.2, 24),
        ("roughly a third of voters", "roughly a third", "approximately", 1 / 3 * 0.95,
         1 / 3 * 1.05),
        ("in excess of a million dollars", "in excess of a million dollars", "more than", 1e6,
         INF),
        ("no fewer than twelve ships", "no fewer than twelve ships", "at least", 12, INF),
        ("no more than five people", "no more than five people", "at most", 0, 5),
        ("a little over 100 people", "a little over 100 people", "more than", 100, INF),
        ("a little over an hour", "a little over an hour", "more than", 1, INF),
        ("slightly less than 5%", "slightly less than 5%", "nearly", 4, 5),
        ("nearly two hours", "nearly two hours", "nearly", 1.6, 2),
        ("almost three dozen people", "almost three dozen people", "nearly", 28.8, 36),
    ],
)
def test_more_hedges(text: str, span: str, hedge: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.text, q.hedge) == (span, hedge)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("the better part was an hour", ["an hour"]),  # no "of": not a hedge
        ("as many as", []),
        ("twice as many as 100 troops", ["100 troops"]),  # a comparison
        ("many as 100 troops", ["100 troops"]),
        ("the part of an hour", ["an hour"]),
    ],
)
def test_hedge_near_misses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


# --------------------------------------------------------------------------- tokenized text (ECB+)
# The ECB+ corpus spaces hyphens, colons and thousands the way a tokenizer leaves them. A
# text is read so when it has more spaced hyphens between words than unspaced ones (or a
# spaced possessive, "Alaska ’ s"); elsewhere a spaced hyphen stays a dash.

TOKENIZED = "The state ’ s fire. "  # marks a text as tokenized, and holds no figure


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("a 24 - hour strike", "24 - hour", "duration", 24, "hour"),
        ("the 9 - acre complex", "9 - acre", "measure", 9, "acre"),
        ("the 300 - seat Parliament", "300 - seat", "count", 300, "seat"),
        ("a 15 - year veteran", "15 - year", "duration", 15, "year"),
        ("a 61 - year - old man", "61 - year", "duration", 61, "year"),
        ("Sixteen - year - old Kimani", "Sixteen - year", "duration", 16, "year"),
        ("an 86 - yard touchdown run", "86 - yard", "measure", 86, "yard"),
        ("a $5 - million pool", "$5 - million", "money", 5e6, "USD"),
        ("a three - week trial", "three - week", "duration", 3, "week"),
        ("twenty - four people", "twenty - four people", "count", 24, "people"),
        ("the 15, 800 - square - metre building", "15, 800 - square - metre", "measure",
         15800, "meter ** 2"),
        ("a 300 - plus - pound mobster", "300 - plus - pound", "measure", 300, "pound"),
        ("He is 6 - foot - 9 and", "6 - foot - 9", "measure", 6.75, "foot"),
        ("He is 5 - feet - 8 inches tall", "5 - feet - 8 inches", "measure", 68 / 12, "foot"),
        ("holds 100, 000 gallons", "100, 000 gallons", "measure", 100_000, "gallon"),
        ("valued at $380, 600.", "$380, 600", "money", 380_600, "USD"),
        ("after 4 1 / 2 hours of testimony", "4 1 / 2 hours", "duration", 4.5, "hour"),
    ],
)
def test_tokenized_compounds(text: str, span: str, kind: str, value: float, unit: str) -> None:
    q = only(TOKENIZED + text)
    assert (q.text, q.kind, q.unit) == (span, kind, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span"),
    [("He is 5 feet 8 inches tall", "5 feet 8 inches"),
     ("described as 5 feet and 8 inches", "5 feet and 8 inches")],
)
def test_a_height_in_feet_and_inches_written_out_is_one_figure(text: str, span: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.kind, q.unit) == (span, "measure", "foot")
    assert q.value == pytest.approx(68 / 12)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a 1.7GHz dual-core i5", 1.7, "gigahertz"), ("2.7 GHz quad-core", 2.7, "gigahertz"),
    ("a 1,700MHz chip", 1700, "megahertz"), ("clocked at 1.8 gigahertz", 1.8, "gigahertz"),
])
def test_clock_speeds_are_measures(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value, q.unit) == ("measure", value, unit)


def test_feet_and_a_count_after_them_stay_two_figures() -> None:
    assert [q.text for q in find_quantities("the wall is 6 feet 14 inches")] == [
        "6 feet", "14 inches"]  # 14 is no inch of a height


def test_tokenized_shared_hyphen() -> None:
    qs = find_quantities(TOKENIZED + "two sisters - 8 - and 10 - year - old girls")
    assert [(q.text, q.kind, q.value, q.unit) for q in qs] == [
        ("two sisters", "count", 2, "sister"), ("8 -", "duration", 8, "year"),
        ("10 - year", "duration", 10, "year")]
    qs = find_quantities("8- and 10-year-old girls")
    assert [(q.text, q.value, q.unit) for q in qs] == [("8-", 8, "year"), ("10-year", 10, "year")]
    q = find_quantities(TOKENIZED + "a 40 - to 50 - employee company")[0]
    assert (q.text, q.low, q.high, q.unit) == ("40 - to 50 - employee", 40, 50, "employee")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a $5-million pool", ["$5-million"]),
        ("killed 24 - mostly children", ["24"]),  # a dash in ordinary text
        ("He has 8, 135 points", ["8", "135 points"]),  # a list, in ordinary text
        ("routes 101, 102 and 103", ["101", "102", "103"]),
        ("In 2014, 300 people died", ["2014", "300 people"]),
        ("about 5, 000 gallons", ["about 5, 000 gallons"]),  # "000": thousands anywhere
    ],
)
def test_spacing_outside_tokenized_text(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


def test_a_figure_inside_a_tokenized_word_is_none() -> None:
    """"an under - 17 - year - old" is the untokenized "under-17-year-old": a class of
    people, no one's age, and no figure in either spelling."""
    text = "sex with an under - 17 - year - old is a crime; the 12 - year - old testified"
    assert [q.text for q in find_quantities(TOKENIZED + text)] == ["12 - year"]
    assert [q.text for q in find_quantities(text.replace(" - ", "-"))] == ["12-year"]


def test_tokenized_dash_is_not_a_compound_noun() -> None:
    assert [q.text for q in find_quantities(TOKENIZED + "killed 24 - mostly children")] == [
        "24"]
    qs = find_quantities(TOKENIZED + "He is 5 - foot - 8, 135 pounds")
    assert [q.text for q in qs] == ["5 - foot - 8", "135 pounds"]  # a height, not 8,135


@pytest.mark.parametrize(
    "text",
    [
        "The fire was reported at 3 : 33 a. m. and", "began at 14 : 00 Greek time",
        "At this point (10 : 30 p. m.) , the police", "by 7 a. m., after", "at 3 : 30 AM.",
        "call Sgt. La Croix at 907 - 745 - 4811.", "at 745 - 4811.",
        "The first 9 - 1 - 1 call came", "The first 911 call came at 3:33 a.m.",
        "a witness dialed 911, authorities said", "beat Drake 65 - 53", "a 7 - 0 lead",
        "tied 13 - 13", "won 20-13", "the Bulldogs (15 - 17)", "Creighton (25 - 7) will play",
        "the No. 5 seed", "their #1 quarterback",
    ],
)
def test_times_phones_scores_and_ranks_are_not_quantities(text: str) -> None:
    assert find_quantities(TOKENIZED + text) == []
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "taken by Engine 3 to the hospital on Route 18", "north on Interstate 75",
        "Flight 214 from Seoul", "the Boeing 737 landed", "his new iPhone 5",
        "officers of Precinct 75 filed for Chapter 11", "in Game 7", "after Week 16",
        "Proposition 8 passed", "he wore jersey number 12",
    ],
)
def test_numbers_that_name_one_of_a_series_are_not_quantities(text: str) -> None:
    """AP style writes the numbers of routes, flights, units and models as figures; they
    count nothing, so a fact's count must never meet them."""
    assert find_quantities(text) == []
    assert find_quantities(TOKENIZED + text) == []


@pytest.mark.parametrize(("text", "spans"), [
    ("Some 300 people marched", ["Some 300 people"]),  # a capitalised hedge is no name
    ("About 40 died on Route 9", ["About 40"]),
    ("the route 9 people took", ["9 people"]),  # a name is capitalised
    ("Engine 14 crews and 12 firefighters", ["12 firefighters"]),
])
def test_series_names_leave_counts_alone(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(("text", "span", "hedge"), [
    ("with 4:08 left in the game", "4:08", "exact"),
    ("with just over 4 : 08 remaining", "just over 4 : 08", "more than"),
    ("with 0:45 to go", "0:45", "exact"),
    ("with 12:30 to play in the third quarter", "12:30", "exact"),
])
def test_a_game_clock_before_left_is_the_time_left(text: str, span: str, hedge: str) -> None:
    """"with 4:08 left" is how long was left to play, in minutes and seconds: a duration,
    where "at 4:08" would be a time of day."""
    (q,) = find_quantities(text)
    minutes, seconds = (int(p) for p in re.findall(r"\d+", span))
    assert (q.text, q.kind, q.unit, q.hedge) == (span, "duration", "minute", hedge)
    assert q.value == pytest.approx(minutes + seconds / 60)
    clock = " ".join(span.split()[-3:]) if " : " in span else span
    assert find_quantities(f"the call came at {clock} and ended") == []  # a time of day


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("ages (15 - 17)", ["15 - 17"]),  # a rising pair after no name is a range
        ("the Bulldogs (15 - 17 points)", ["15 - 17 points"]),
        ("911 troops", ["911 troops"]),
        ("a 3 : 2 majority", ["3", "2"]),  # no minutes: not a time
        ("from 5 - 3 degrees", ["5", "3 degrees"]),  # a unit after: no score
        ("The first 1 call came", ["1 call"]),  # "came" is a verb, not the noun
        ("won 2014 - 12", ["2014", "12"]),  # four digits: no score
    ],
)
def test_score_and_time_near_misses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (TOKENIZED + "on the I - 75 corridor, a COVID - 19 case", []),  # names, as "I-75"
        ("a well-known and long-term jam on the I - 75 corridor", ["75"]),  # a dash
        (TOKENIZED + "two sisters - 8 - and 10 - year - old girls",
         ["two sisters", "8 -", "10 - year"]),  # a dash after a word: no name
        ("in the 12000 block of East 223rd Street", []),  # an address
        ("12 blocks of houses", ["12 blocks"]),
        ("No 5 people", ["5 people"]),  # "No" without a full stop: no rank
        # a version after an acronym counts nothing; a unit after it, or capitals all
        # along, make it a figure again
        ("will support two USB 3.0 ports, HDMI 1.4 and", ["two USB 3.0 ports"]),
        ("the USGS 4.4 magnitude quake", ["4.4 magnitude"]),
        ("USD 3.5 million", ["USD 3.5 million"]),
        ("THE 4.4 QUAKE", ["4.4"]),
        # only a scale of magnitudes after "on" or "in" is a unit
        ("ranked 2 on the list, 4 in the nation", ["2", "4"]),
    ],
)
def test_names_and_addresses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


def test_a_leap_day_without_its_year_takes_the_year_of_the_range_end() -> None:
    q = only("It ran from February 29 to March 1, 2000 in the capital.")
    assert (q.text, q.low, q.high) == ("February 29 to March 1, 2000", dt.date(2000, 2, 29),
                                       dt.date(2000, 3, 1))
    assert [q.kind for q in find_quantities("on February 29")] == ["count"]  # no year 1 day
    q = only("from December 1 to January 1, 2100")
    assert (q.low, q.high) == (dt.date(2099, 12, 1), dt.date(2100, 1, 1))


# --------------------------------------------------------------------------- scientific notation


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("a factor of 2.48×10−5, with", "2.48×10−5", 2.48e-5, ""),
        ("a factor of 2.48 x 10^-5 and", "2.48 x 10^-5", 2.48e-5, ""),
        ("some 6.02e23 atoms", "some 6.02e23 atoms", 6.02e23, "atom"),
        ("light travels 3×10⁸ metres", "3×10⁸ metres", 3e8, "meter"),
        ("1.5 * 10**6 people", "1.5 * 10**6 people", 1.5e6, "people"),
    ],
)
def test_scientific_notation(text: str, span: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.text, q.unit) == (span, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a 2 x 10 foot room", [2, 10]),  # a product of sides: no exponent marked
        ("model 3e8 has", []),  # "e" after a whole number: an identifier
        ("won 4 x 4 relay", [4, 4]),
    ],
)
def test_scientific_notation_near_misses(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


# --------------------------------------------------------------------------- written-out figures


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("two hundred & forty people", "two hundred & forty people", 240),
        ("three million, two hundred & forty, you say?", "three million, two hundred & forty",
         3_000_240),
        ("one thousand, two hundred and fifty troops",
         "one thousand, two hundred and fifty troops", 1250),
    ],
)
def test_written_out_figures(text: str, span: str, value: float) -> None:
    q = only(text)
    assert (q.text, q.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a million, two were hurt", [1e6, 2]),  # a list: no "hundred" after the comma
        ("three million, two hundred million", [3e6, 2e8]),  # the second is not smaller
        ("five & six", [5, 6]),  # "&" joins only after a hundred or a scale
        ("FIFTEEN ONE TEN", [15, 10]),  # an upper-case number word is not a counted noun
    ],
)
def test_written_out_figure_near_misses(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


# ------------------------------------------------------------------ money compounds, speeds
# A currency word ends a compound adjective as it ends a figure ("a 110bn-euro package" as
# "110bn euros"); "pound" is money only after a scale of a million or more; "miles an
# hour" is a speed as "miles per hour" is, and a tokenized "km / h" is "km/h".


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("a 110bn-euro package", "110bn-euro", 110e9, "EUR"),
        (TOKENIZED + "a 110bn - euro emergency rescue package", "110bn - euro", 110e9, "EUR"),
        ("a $5-million deal", "$5-million", 5e6, "USD"),
        ("a 30 billion-euro plan", "30 billion-euro", 30e9, "EUR"),
        (TOKENIZED + "a 30 billion - euro plan", "30 billion - euro", 30e9, "EUR"),
        ("a 2-million-pound fee", "2-million-pound", 2e6, "GBP"),
        (TOKENIZED + "a 2 - million - pound fee", "2 - million - pound", 2e6, "GBP"),
        ("a 5-million-dollar deal", "5-million-dollar", 5e6, "USD"),
        ("a five-million-pound fee", "five-million-pound", 5e6, "GBP"),
        ("a two-billion-dollar deal", "two-billion-dollar", 2e9, "USD"),
        ("a million-pound fee", "a million-pound", 1e6, "GBP"),
        ("a 10-euro note", "10-euro", 10, "EUR"),
        (TOKENIZED + "a 10 - euro note", "10 - euro", 10, "EUR"),
        ("a 100-yen coin", "100-yen", 100, "JPY"),
    ],
)
def test_compound_money_adjectives(text: str, span: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit) == (span, "money", unit)
    assert q.value == pytest.approx(value)


def test_shared_hyphen_before_a_currency_word() -> None:
    qs = find_quantities("5- and 10-euro notes")
    assert [(q.text, q.kind, q.value, q.unit) for q in qs] == [
        ("5-", "money", 5, "EUR"), ("10-euro", "money", 10, "EUR")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("a 5 million pound deal", "5 million pound", 5e6),
        ("93.6bn pounds", "93.6bn pounds", 93.6e9),
        ("five million pounds", "five million pounds", 5e6),
        ("a million pounds", "a million pounds", 1e6),
        ("half a million pounds", "half a million pounds", 5e5),
    ],
)
def test_pounds_after_a_scale_are_money(text: str, span: str, value: float) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit) == (span, "money", "GBP")
    assert q.value == pytest.approx(value)


def test_pounds_in_brackets_after_euros() -> None:
    for prefix in ("", TOKENIZED):
        qs = find_quantities(prefix + "a 110 billion euro (93.6 billion pound) aid package")
        assert [(q.text, q.kind, q.value, q.unit) for q in qs] == [
            ("110 billion euro", "money", 110e9, "EUR"),
            ("93.6 billion pound", "money", 93.6e9, "GBP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No scale, or only thousands: a weight ("a 2,000-pound bomb").
        ("a 5 pound bag", [("5 pound", "measure", "pound")]),
        ("he weighs 180 pounds", [("180 pounds", "measure", "pound")]),
        ("a 5-pound bag", [("5-pound", "measure", "pound")]),
        (TOKENIZED + "the 260 - pound Echenique", [("260 - pound", "measure", "pound")]),
        ("a 2,000-pound bomb", [("2,000-pound", "measure", "pound")]),
        ("a thousand-pound bomb", [("a thousand-pound", "measure", "pound")]),
        ("5 thousand pounds of explosives", [("5 thousand pounds", "measure", "pound")]),
        ("a 300-plus-pound mobster", [("300-plus-pound", "measure", "pound")]),
        # "euro zone" is the currency area, no amount.
        ("the 17 euro zone countries", [("17 euro zone countries", "count", "country")]),
        ("the 17 euro-zone countries", [("17 euro-zone countries", "count", "country")]),
        ("the 16-nation euro zone", [("16-nation", "count", "nation")]),
        ("two euro coins", [("two euro", "money", "EUR")]),  # a currency word all the same
        # A hyphenated scale is no compound unless a number word comes before it.
        ("a ten-thousand-strong army", [("ten-thousand", "count", "")]),
        ("a $5-million deal", [("$5-million", "money", "USD")]),
    ],
)
def test_money_compound_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.kind, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge"),
    [
        ("120 miles an hour", "120 miles an hour", 120, "mile_per_hour", "exact"),
        ("120 miles a hour", "120 miles a hour", 120, "mile_per_hour", "exact"),
        ("120 miles per hour", "120 miles per hour", 120, "mile_per_hour", "exact"),
        ("sixty kilometres an hour", "sixty kilometres an hour", 60, "kilometer_per_hour",
         "exact"),
        ("at speeds of up to 120 miles an hour on", "up to 120 miles an hour", 120,
         "mile_per_hour", "at most"),
        (TOKENIZED + "at speeds up to 193km / h before", "up to 193km / h", 193,
         "kilometer_per_hour", "at most"),
        ("193 km / h", "193 km / h", 193, "kilometer_per_hour", "exact"),
        ("193km/h", "193km/h", 193, "kilometer_per_hour", "exact"),
        ("a 100-mile-an-hour wind", "100-mile-an-hour", 100, "mile_per_hour", "exact"),
        (TOKENIZED + "100 - mile - an - hour winds", "100 - mile - an - hour", 100,
         "mile_per_hour", "exact"),
        ("50 to 60 miles an hour", "50 to 60 miles an hour", 55, "mile_per_hour", "range"),
    ],
)
def test_speeds(text: str, span: str, value: float, unit: str, hedge: str) -> None:
    q = only(text)
    assert (q.text, q.kind, q.unit, q.hedge) == (span, "measure", unit, hedge)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He ran 120 miles a day", [("120 miles", "mile"), ("a day", "day")]),
        ("it is 50 miles an hour's drive away", [("50 miles", "mile"), ("an hour", "hour")]),
        ("a 10-mile-a-day walk", [("10-mile", "mile")]),
        ("half an hour's drive", [("half an hour", "hour")]),
        ("193 km / 120 miles", [("193 km", "kilometer"), ("120 miles", "mile")]),
    ],
)
def test_speed_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in find_quantities(text)] == expected


# ------------------------------------------------------- singular units, glued currencies
# A unit word used attributively stays singular, with a hyphen or without one ("a new 512
# gigabyte option" as "512 gigabytes of storage"); AP style glues the currency to the
# figure ("a euro110 billion loan"), and a scale word after a glued name is no "billion".


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("a new 512 gigabyte flash-storage option", "512 gigabyte", "measure", 512,
         "gigabyte"),
        ("512 gigabytes of storage", "512 gigabytes", "measure", 512, "gigabyte"),
        ("a 512-gigabyte option", "512-gigabyte", "measure", 512, "gigabyte"),
        ("a 2 terabyte drive", "2 terabyte", "measure", 2, "terabyte"),
        ("2 terabytes of data", "2 terabytes", "measure", 2, "terabyte"),
        ("a 10 kilometre run", "10 kilometre", "measure", 10, "kilometer"),
        ("a 5 mile race", "5 mile", "measure", 5, "mile"),
        ("a 30 minute meeting", "30 minute", "duration", 30, "minute"),
        ("a 24 hour strike", "24 hour", "duration", 24, "hour"),
        ("a 100 meter dash", "100 meter", "measure", 100, "meter"),
        ("a 500 megawatt plant", "500 megawatt", "measure", 500, "megawatt"),
        ("a 500-megawatt plant", "500-megawatt", "measure", 500, "megawatt"),
        ("a 9 volt battery", "9 volt", "measure", 9, "volt"),
        ("a 30-knot wind", "30-knot", "measure", 30, "knot"),
        ("a 12 nautical mile limit", "12 nautical mile", "measure", 12, "nautical_mile"),
        ("a 12-nautical-mile zone", "12-nautical-mile", "measure", 12, "nautical_mile"),
        ("a 5-kilowatt-hour battery", "5-kilowatt-hour", "measure", 5, "kilowatt_hour"),
        ("a 5-kilowatt heater", "5-kilowatt", "measure", 5, "kilowatt"),  # no second word
        ("the 1.5 degree target", "1.5 degree", "measure", 1.5, "degree"),
        ("a 360-degree view", "360-degree", "measure", 360, "degree"),
        ("rose 1 degree Celsius", "1 degree Celsius", "measure", 1, "degree_Celsius"),
        ("a 10 metric ton load", "10 metric ton", "measure", 10, "metric_ton"),
        ("nearly 2 terabyte", "nearly 2 terabyte", "measure", 2, "terabyte"),
    ],
)
def test_singular_unit_words(text: str, span: str, kind: str, value: float, unit: str) -> None:
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 hour", [("1 hour", "duration", "hour")]),
        ("a 4 year college degree", [("4 year", "duration", "year")]),  # a noun after a unit
        ("a 3 point lead", [("3 point", "count", "point")]),  # no unit: a 3-point lead
        ("a 15,800-square-metre building", [("15,800-square-metre", "measure", "meter ** 2")]),
        ("a 5-square-foo", [("5-square", "count", "square")]),  # no unit: the noun as before
        ("a 100-mile-an-hour wind", [("100-mile-an-hour", "measure", "mile_per_hour")]),
    ],
)
def test_singular_unit_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.kind, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a euro110 billion ($141 billion) loan package",
         [("euro110 billion", 110e9, "EUR"), ("$141 billion", 141e9, "USD")]),
        ("to save euro30 billion", [("euro30 billion", 30e9, "EUR")]),
        ("euro5 million", [("euro5 million", 5e6, "EUR")]),
        ("a euro1.5 billion fund", [("euro1.5 billion", 1.5e9, "EUR")]),
        ("euro5m", [("euro5m", 5e6, "EUR")]),
        ("a fine of euro1,900", [("euro1,900", 1900, "EUR")]),
        ("EUR 110 billion", [("EUR 110 billion", 110e9, "EUR")]),
        ("EUR110bn", [("EUR110bn", 110e9, "EUR")]),
        ("USD5 million", [("USD5 million", 5e6, "USD")]),
        ("Euro110 billion was lent", [("Euro110 billion", 110e9, "EUR")]),  # with a scale
    ],
)
def test_glued_currency_is_money(text: str, expected: list[tuple[str, float, str]]) -> None:
    qs = find_quantities(text)
    assert [(q.text, q.kind, q.unit) for q in qs] == [(t, "money", u) for t, _, u in expected]
    assert [q.value for q in qs] == pytest.approx([v for _, v, _ in expected])


def test_glued_currency_takes_hedges_and_ranges() -> None:
    q = only("some euro30 billion in cuts")
    assert (q.text, q.kind, q.hedge, q.unit) == ("some euro30 billion", "money",
                                                 "approximately", "EUR")
    q = only("between euro5 billion and euro10 billion")
    assert (q.kind, q.hedge, q.low, q.high, q.unit) == ("money", "range", 5e9, 10e9, "EUR")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Euro2012", []),  # a name: capitalised, no scale
        ("the Euro2012 tournament", []),
        ("EURO2024 final", []),
        ("euro2012", []),  # a bare year after the glued euro: the name all the same
        ("Euro5 coins", []),
        ("the eurozone", []),
        ("the euro-zone crisis", []),
        ("17 eurozone countries", ["17 eurozone countries"]),
        ("the 17 euro-zone countries", ["17 euro-zone countries"]),
        ("Euro 2016 final", ["2016"]),  # a year
        ("neuro5 billion", []),  # "euro" inside a longer word: a name, and no lone billion
        ("abc5 billion", []),
        ("the G7 billion", []),
        ("I-75 million", []),
        ("the G7 summit", []),
        ("in 2020 COVID-19 cases rose", ["2020"]),
    ],
)
def test_glued_currency_near_misses(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans
    assert all(q.value != 1e9 for q in find_quantities(text) if q.kind == "count")


# -- a currency sign lost in the crawl -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("since agreeing a \ufffd\ufffd\ufffd\ufffd110 billion ($158 billion) EU", "110 billion"),
        ("since agreeing an? 110 billion (Dh472.72bn) debt bailout", "110 billion"),
        ("in return for? 110bn in loans", "110bn"),
        ("Berlin's decision to lend? 110bn to Greece", "110bn"),
        ("agreeing a? 110 - billion ($143 - billion) EU and IMF", "110 - billion"),
    ],
)
def test_a_scaled_figure_after_a_lost_sign_is_money(text: str, span: str) -> None:
    """Scrapers lose "€" to "?" or U+FFFD; the amount is still money, of a currency no one
    can tell, and may state a fact in any."""
    q = find_quantities(text)[0]
    assert (q.text, q.kind, q.unit, q.value) == (span, "money", LOST_CURRENCY, 110e9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to slice 30bn euros (\ufffd25.7bn) from its deficit",  # a conversion in brackets
         [("30bn euros", "money", "EUR")]),
        ("who saw? 900 a month", [("900", "count", ""), ("a month", "duration", "month")]),
        ("who earns? 900 a month", [("900", "money", LOST_CURRENCY),  # a word of money
                                    ("a month", "duration", "month")]),
        ("the ticket costs? 45 at the door", [("45", "money", LOST_CURRENCY)]),
        ("Who won? 3 million people voted", [("3 million people", "count", "people")]),
        ("Greece owes? 300 billion euros", [("300 billion euros", "money", "EUR")]),
        ("in return for? 110m in loans", [("110m", "money", LOST_CURRENCY)]),  # not metres
        ("Why? 110 billion", [("110 billion", "count", "")]),  # a capital: a question
    ],
)
def test_a_lost_sign_makes_only_a_bare_scaled_figure_money(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """Or an unscaled one after a word only money follows: "earns? 900", "costs? 45"."""
    assert [(q.text, q.kind, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Luck broke Newton's record of 4, 051 yards passing.", ["4, 051 yards"]),
        ("scores of 8, 135 and 2", ["8", "135", "2"]),  # untokenized text: a list
    ],
)
def test_a_thousands_group_opening_with_zero_is_joined_anywhere(text: str,
                                                                spans: list[str]) -> None:
    """No figure opens with a zero, so ", 051" continues the number before it even where
    the text is not otherwise tokenized."""
    assert [q.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("three more years were added to his term", "three more years", "duration", 3, "year"),
        ("10 extra minutes of play", "10 extra minutes", "duration", 10, "minute"),
        ("a further 20 km", "20 km", "measure", 20, "kilometer"),
        ("two more people died overnight", "two more people", "count", 2, "people"),
        ("5 additional troops", "5 additional troops", "count", 5, "troop"),
    ],
)
def test_a_word_that_adds_keeps_the_unit(text: str, span: str, kind: str, value: float,
                                         unit: str) -> None:
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("KC blasted Indy with 352 net rushing yards.", "352 net rushing yards", "measure",
         352, "yard"),
        ("KC ended the game with 352 net yards rushing.", "352 net yards", "measure", 352,
         "yard"),
        ("after seven long years in prison", "seven long years", "duration", 7, "year"),
        ("It burned for three straight days.", "three straight days", "duration", 3, "day"),
        # no qualifier: the figure's noun is counted, or a preposition ends it
        ("He threw two passing touchdowns.", "two passing touchdowns", "count", 2,
         "touchdown"),
        ("killed three people during years of unrest", "three people", "count", 3, "people"),
        ("four straight wins", "four straight wins", "count", 4, "win"),
    ],
)
def test_a_word_that_qualifies_a_measure_keeps_its_unit(text: str, span: str, kind: str,
                                                        value: float, unit: str) -> None:
    """"352 net rushing yards" measures yards as "352 yards" does; read as a count of yards,
    it could never state a fact of "352 yards"."""
    reads_as(text, span, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The three other victims were treated at Beaumont Hospital.", "three other victims",
         "victim"),
        ("Horton and two other moms waited at the gate.", "two other moms", "mom"),
        ("At least two other buildings caught fire.", "At least two other buildings",
         "building"),
    ],
)
def test_other_between_a_count_and_its_noun_keeps_the_noun(text: str, span: str,
                                                           unit: str) -> None:
    reads_as(text, span, "count", 2 if "two" in span else 3, unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a compound's hyphen dropped: the singular noun right after the figure is counted
        ("Part of the 200 person crowd became unruly.", "200 person", "people"),
        ("They bought a 5 bedroom house.", "5 bedroom", "bedroom"),
        # not where the next noun is plural, or the figure a year
        ("The blast killed 3 civilian workers.", "3 civilian workers", "worker"),
        ("Police shot 3 bank robbery suspects.", "3 bank robbery suspects", "suspect"),
        ("The 2015 peace deal held.", "2015", ""),
        ("A total of 31 fire apparatus arrived.", "31", ""),  # "apparatus" is plural too
    ],
)
def test_an_unhyphenated_compound_counts_its_first_noun(text: str, span: str,
                                                        unit: str) -> None:
    found = find_quantities(text)
    assert (found[0].text, found[0].unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Alaska ’ s man shot his three former co - workers.", "three former co - workers",
         "co-worker"),
        ("Alaska ’ s gang : his two half - brothers were arrested.", "two half - brothers",
         "half-brother"),
        # a plural noun ends the phrase at a dash; a number word is another figure
        ("Alaska ’ s blaze killed three people - mostly children - there.", "three people",
         "people"),
        ("Alaska ’ s Echenique scored two traditional three - point plays.", "two", ""),
    ],
)
def test_a_compound_noun_spaced_apart_in_tokenized_text(text: str, span: str,
                                                        unit: str) -> None:
    found = find_quantities(text)
    assert (found[0].text, found[0].unit) == (span, unit)


def test_other_alone_after_a_number_is_no_noun() -> None:
    assert [q.text for q in find_quantities("one of the other two was hurt")] == ["two"]


def test_more_than_after_a_number_is_no_unit() -> None:
    assert only("two more than expected came").text == "two"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("an 86-yd TD run", "86-yd", 86, "yard"),
        ("an 86 - yd TD run", "86 - yd", 86, "yard"),
        ("he ran 20 yds", "20 yds", 20, "yard"),
        ("a 43-yarder", "43-yarder", 43, "yard"),
        ("a 5-km race", "5-km", 5, "kilometer"),
    ],
)
def test_a_hyphen_joins_a_unit_abbreviation(text: str, span: str, value: float,
                                            unit: str) -> None:
    reads_as(text, span, "measure", value, unit)


def test_a_hyphen_before_in_is_no_inch() -> None:
    assert only("a 2-in-1 laptop").kind == "count"


def test_a_line_in_capitals_keeps_its_noun() -> None:
    q = only("THREE PEOPLE HAVE DIED IN A BLAZE")
    assert (q.text, q.unit) == ("THREE PEOPLE", "people")
    assert only("24 US officials met").unit == "official"  # an acronym stays one


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("bailout loans of 110 b. Euro from EU & IMF.", "110 b. Euro", 110e9, "EUR"),
        ("a fine of 5 m. dollars was paid", "5 m. dollars", 5e6, "USD"),
    ],
)
def test_a_scale_cut_short_before_a_currency_word(text: str, span: str, value: float,
                                                   unit: str) -> None:
    """"110 b. Euro": a scale abbreviated with a full stop, read only before a currency
    word (which ends no sentence there)."""
    (found,) = find_quantities(text)
    assert (found.text, found.kind, found.value, found.unit) == (span, "money", value, unit)


def test_a_full_stop_after_a_letter_with_no_currency_word_stays_a_sentence_end() -> None:
    assert [q.text for q in find_quantities("He was seeded 5 b. Then he lost.")] == ["5"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("BY THE NUMBERS — Luck's season passing yards: 4,318", 4318, "yard"),
        ("Quake depth (miles): 2.7\nIt struck at night.", 2.7, "mile"),
        ("Rushing yards: 352 | Total yards: 507", 352, "yard"),
        ("swelling his season yardage to 4,183.", 4183, "yard"),
        ("The block has a total acreage of 8.7 near downtown", 8.7, "acre"),
        ("the mileage was 30,000 when it was sold", 30000, "mile"),
    ],
)
def test_a_unit_named_before_the_number_gives_its_unit(text: str, value: float,
                                                       unit: str) -> None:
    """A stat line writes its unit in the label, before the colon, and the number alone
    at the end of its line or list item; "yardage", "acreage", "mileage" name a measure
    in their unit, and the bare number they are given ("to", "of", "was") is in it."""
    found = find_quantities(text)[0]
    assert (found.kind, found.value, found.unit) == ("measure", value, unit)


@pytest.mark.parametrize("text", ["Year: 2012", "The miles: 40 of them were hard",
                                  "Total yards: 507 were gained"])
def test_a_label_without_a_plural_unit_or_ending_its_line_gives_none(text: str) -> None:
    assert find_quantities(text)[0].kind in ("count", "date")


@pytest.mark.parametrize("text", ["his age of 17 was", "the average of 12 a night",
                                  "a shortage of 12 this year"])
def test_a_word_in_age_that_names_no_unit_gives_none(text: str) -> None:
    assert find_quantities(text)[0].kind == "count"
