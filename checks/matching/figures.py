"""A stated figure against the fact's: of the same kind, agreeing, how far off, how
unlikely to agree by chance."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from checks.compare import WRITTEN_YEAR, compare, convert, default_tolerance
from checks.facts import Fact
from checks.matching.sentences import people_nouns, same_word, stem
from checks.quantities import APPROX, LOST_CURRENCY, MONTHS, Quantity
from checks.quantities.periods import day_of_the_week

#: What a figure that would agree by chance adds (below FAINT: no concept of its own).
SLIGHT = 0.2
#: What a weekday or relative day that lands on the fact's day adds: it names a day as
#: exactly as a written date but only through the article's date, and by chance it lands
#: there one time in seven where a month does far more often. With one distinctive word
#: of the claim ("A Norwalk jury on Tuesday ordered execution") it makes a mention.
WEEKDAY = 0.7


def same_figure(a: Quantity, b: Quantity) -> bool:
    """The claim's figure that is the fact's value ("Two men" for `2 people`; "arrested
    four times", which counts what its verb did, for `4 arrests`; "40 hard yards", which
    the reader takes as a count of yards, for `40 yards`)."""
    if a.value != b.value:
        return _converted(a, b)
    if a.kind != b.kind:
        return a.unit == b.unit and {a.kind, b.kind} in _COUNTED_MEASURES
    return a.unit == b.unit or (
        a.kind == "count" and (_both_people(b.unit, a.unit) or counts_nothing(a)))


def _converted(figure: Quantity, value: Quantity) -> bool:
    """A claim's measure that the editor gave in another unit as the value: "the 12-year
    sentence" for `144 months`, "an 86-yard run" for `78.6 m`. The value is the figure
    converted and rounded, as an article's conversion would be."""
    if figure.kind != value.kind or figure.kind not in ("measure", "duration") or (
            figure.unit == value.unit or not figure.unit or not value.unit):
        return False
    return compare(figure, value).consistent


#: A measure split from its number by an adjective that is no qualifier ("40 hard yards")
#: reads as a count.
_COUNTED_MEASURES = ({"count", "measure"}, {"count", "duration"})


def kinds_agree(fact: Fact, quantity: Quantity, units: frozenset[str]) -> bool:
    """A mention can only speak of a fact whose figure is of the same kind and unit."""
    expected = fact.value
    if expected.kind == "count":
        if quantity.kind != "count":
            return False
        if counts_nothing(quantity):
            return True
        return same_noun(quantity, units) or _both_people(expected.unit, quantity.unit)
    if expected.kind in ("duration", "measure"):
        if quantity.kind not in ("duration", "measure", "count") or not quantity.unit:
            return False
        return convert(1.0, quantity.unit, expected.unit) is not None
    if expected.kind == "money":
        return quantity.kind == "money" and (quantity.unit in (expected.unit, LOST_CURRENCY)
                                             or _currency_swapped(expected, quantity))
    if quantity.precision == "weekday" and expected.kind == "date":
        return _within_a_week(expected)
    return quantity.kind == expected.kind


def _currency_swapped(expected: Quantity, quantity: Quantity) -> bool:
    """A sum in another currency than the fact's with the fact's own figure: "a 110bn-dollar
    rescue" for a 110-billion-euro one is the fact's sum with its currency gone wrong,
    while "$144 billion" may be that sum converted, which no rate here can check."""
    value, wanted = quantity.value, expected.value
    return (isinstance(value, float) and isinstance(wanted, float)
            and math.isclose(value, wanted, rel_tol=1e-9))


#: The most days a fact may span for a weekday alone to state it.
WEEK_DAYS = 7


def _within_a_week(expected: Quantity) -> bool:
    """A weekday with no date to place it names one day of some week: it can state a fact
    of a day or a few ("talks on Monday and Tuesday"), never one of a month or a year,
    which every weekday would fall within."""
    low, high = expected.low, expected.high
    if not isinstance(low, dt.date) or not isinstance(high, dt.date):
        return False
    return (high - low).days < WEEK_DAYS


def counts_nothing(quantity: Quantity) -> bool:
    """A count that names no noun of its own: a bare number, or a number of times ("shot
    seven times", "hitting Gray eleven times"), which counts whatever the verb did."""
    return not quantity.unit or quantity.unit == "time"


def same_noun(quantity: Quantity, units: frozenset[str]) -> bool:
    """The figure counts the fact's noun, or one of its synonyms, or names it in a past
    participle before its noun: "six blocked shots" counts blocks."""
    return any(same_word(stem(w), u) for w in quantity.unit.split() for u in units) or (
        quantity.kind == "count" and "ed " in quantity.text and any(
            same_word(stem(w), u) for w in PARTICIPLE.findall(quantity.text) for u in units))


#: A past participle in a count's phrase, before its noun: "blocked" in "six blocked shots".
PARTICIPLE = re.compile(r"\b([a-z]+ed)\s+[a-z]")


def _both_people(fact_unit: str, stated_unit: str) -> bool:
    """Two counts of people, one of them in a generic noun: "three bank workers" may state
    a toll of "3 people", "two others" the "2 people" hurt; "children" and "officers" are
    different people."""
    generic, nouns = people_nouns()
    a, b = fact_unit.split()[-1:], stated_unit.split()[-1:]
    if not a or not b or a[0] not in nouns or b[0] not in nouns:
        return False
    return a[0] in generic or (b[0] in generic and b[0] != "other")


def agreement(fact: Fact, quantity: Quantity) -> float:
    """Evidence from the figure itself: one that agrees with a specific fact's figure is
    likely to state it ("110 billion euros", "June 24, 2005", "4.46 pounds"). How much
    depends on how rarely the figure would come up by chance: a full date or an amount
    of money says much, a round "3" or "30" next to nothing (see `specificity`). A figure
    that disagrees gains nothing here, so this never makes a discrepancy."""
    expected = fact.value
    if expected.kind == "date" or quantity.kind == "date":
        consistent = compare(expected, quantity, fact.tolerance).consistent
        return specificity(quantity) if consistent else 0.0
    if quantity.kind != expected.kind and {quantity.kind, expected.kind} != {"duration",
                                                                             "measure"}:
        return 0.0
    ends = [quantity] + [replace(quantity, value=end) for end in (quantity.low, quantity.high)
                         if isinstance(end, float) and math.isfinite(end)
                         and RANGE_WRITTEN.search(quantity.text)]
    if not any(_agrees(fact, end) for end in ends):
        return 0.0  # "4GB" lies within "up to 16GB", but is another figure
    return specificity(expected)


#: A range written with both its ends ("from six to 75 years", "4.25%-4.50%"), not a vague
#: one ("tens of thousands"), whose ends no one stated.
RANGE_WRITTEN = re.compile(r"\d\s*[-–—]\s*\d|\s(?:to|and)\s")


def _agrees(fact: Fact, quantity: Quantity) -> bool:
    """Whether a figure, or one end of a range ("from six to 75 years" for the longest
    term's 75), states the fact's value within its tolerance."""
    expected = fact.value
    value = float(quantity.value)  # type: ignore[arg-type]
    anchor = float(expected.value)  # type: ignore[arg-type]
    allowance = (fact.tolerance or default_tolerance(expected)).allowance(anchor)
    stated = in_fact_unit(expected, quantity)
    if stated is not None and quantity.unit != expected.unit and _is_physical(quantity):
        rounding = convert(_half_last_digit(value), quantity.unit, expected.unit) or 0.0
        allowance = max(allowance, min(abs(rounding), APPROX * abs(anchor)))  # "48km"
    return stated is not None and abs(stated - anchor) <= allowance


def _is_physical(quantity: Quantity) -> bool:
    return quantity.kind in ("duration", "measure")


def in_fact_unit(expected: Quantity, quantity: Quantity) -> float | None:
    """The stated figure in the fact's unit (a duration or measure converted; a count,
    money or percent as stated), or None when it has none."""
    if not isinstance(quantity.value, float):
        return None
    if _is_physical(quantity) and _is_physical(expected):
        return convert(quantity.value, quantity.unit, expected.unit)
    return quantity.value


def _half_last_digit(value: float) -> float:
    """Half a step of the figure's last significant digit: what rounding may have moved."""
    mantissa, exponent = f"{abs(value):.6e}".split("e")
    digits = len(mantissa.replace(".", "").rstrip("0")) or 1
    return 0.5 * 10.0 ** (int(exponent) - digits + 1)


#: What a date that agrees tells, by what it names: a day, a week or a month ("last
#: week", "in June"), a weekday with no date to place it; SLIGHT for a year.
PRECISION_SPECIFICITY = {"day": 1.0, "week": 0.5, "month": 0.5, "weekday": 0.5}


def specificity(quantity: Quantity) -> float:
    """How unlikely the figure is to come up by chance: 1 for a day's date or a figure of
    three significant digits, WEEKDAY for a weekday, 0.5 for a week, a month or two digits,
    SLIGHT for a year or a round figure ("3 people", "30 miles"); money counts half a
    step more."""
    if quantity.kind == "date":
        if quantity.precision == "day" and not any(c.isdigit() for c in quantity.text):
            return WEEKDAY  # "Monday"
        return PRECISION_SPECIFICITY.get(quantity.precision, SLIGHT)
    mantissa = f"{abs(float(quantity.value)):.6e}".split("e")[0]  # type: ignore[arg-type]
    digits = len(mantissa.replace(".", "").strip("0"))
    base = {0: SLIGHT, 1: SLIGHT, 2: 0.5}.get(digits, 1.0)
    return min(1.0, base + 0.5) if quantity.kind == "money" else base


def dated(quantity: Quantity) -> bool:
    """A date whose year is written: one that can be far from another. A year taken from
    the article's date ("killed on June 24", in a 2007 article) is a guess, which may be
    the wrong year for an event of years before."""
    return (quantity.kind == "date" and quantity.year_known
            and WRITTEN_YEAR.search(quantity.text) is not None)


def of_the_week(quantity: Quantity) -> bool:
    """A day named only through the article's date: a weekday ("on Wednesday") or a
    relative day ("today")."""
    return quantity.kind == "date" and day_of_the_week(quantity.text)


def counted_day(quantity: Quantity) -> bool:
    """A day named only as counted from another ("four days earlier"): no digit and no
    month in its words."""
    return (quantity.kind == "date" and quantity.precision == "day"
            and not any(c.isdigit() for c in quantity.text)
            and not any(w.strip(".,") in MONTHS for w in quantity.text.split()))


def overlap(a: Quantity, b: Quantity) -> bool:
    """Whether two dates' intervals share a day: "the 1990s" and 1997 do."""
    return a.low <= b.high and b.low <= a.high  # type: ignore[operator]


def years_apart(a: Quantity, b: Quantity) -> float:
    return abs((a.value - b.value).days) / 365.25  # type: ignore[operator]


def figures_agree(claimed: Quantity, stated: Quantity, nouns: frozenset[str] = frozenset()
                  ) -> bool:
    """The same figure: same kind and unit, consistent as stated. A count may name its
    noun by a synonym among `nouns` ("three bank employees" for "Three bank workers")."""
    if claimed.kind != stated.kind:
        return False
    if claimed.kind == "date":
        return compare(claimed, stated).consistent
    return claimed.value == stated.value and (claimed.unit == stated.unit or (
        claimed.kind == "count" and bool(stated.unit) and same_noun(stated, nouns)))


def figure_gap(fact: Fact, quantity: Quantity) -> float | None:
    """How far the figure is from the fact's: days for dates, else the log of the ratio."""
    expected = fact.value
    if expected.kind == "date" and quantity.kind == "date":
        if quantity.precision == "weekday":
            return None  # read in the fact's own week: near every date fact alike
        return abs((quantity.value - expected.value).days)  # type: ignore[operator]
    stated = in_fact_unit(expected, quantity)
    if stated is None or not isinstance(expected.value, float) or stated <= 0 or (
            expected.value <= 0):
        return None
    return abs(math.log(stated / expected.value))
