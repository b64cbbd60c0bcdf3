"""Compare: is what an article states consistent with the fact?

Stage four of the pipeline (read → find → match → **compare** → report). Both sides are
intervals (see quantities/model.py): "about 100,000" allows 95,000–105,000, "more than 14,000"
allows anything above 14,000, "nearly an hour" 48 to 60 minutes. The rules, in order:

1. Units are converted to the fact's unit (pint); other kinds never compare.
2. Same hedge family on both sides (both "more than"/"at least", both approximate, both
   "less than"/"at most", both "nearly", both ranges): the figures themselves must agree
   within the tolerance. This is what catches a stale "more than 12,000" against "more
   than 14,000", although the two intervals overlap.
3. Opposite bounds ("more than 400" against "fewer than 400", "up to" or "nearly") must
   leave some figure both allow, the tolerance aside: it lets a figure stray, not a
   bound turn.
4. The article states an exact figure: it must lie inside the fact's interval, widened by
   the tolerance ("106,000" is outside "about 100,000" ± 5%), or by what rounding to the
   article's decimals moves, when the article writes fewer decimals than the fact
   ("4.5 pounds" states a fact of 4.46 pounds; "4.4 pounds" does not).
5. The article hedges: its interval must overlap the fact's ("nearly an hour" admits 50
   minutes; "well over an hour" does not), more than at the figure an open bound
   excludes ("fewer than 46" denies an exact 46; "over" may say across, see ACROSS).
6. Dates: the stated day or days must lie within the fact's days (± a tolerance in days);
   a coarser statement ("January 2022") is consistent when it contains the fact's days,
   and a time counted back from the article's date ("five years ago") when it overlaps
   them.

The tolerance is the fact's `tolerance` when set; otherwise APPROX (5%) for a hedged fact
and nothing for an exact one, so exact facts compare exactly after conversion.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, replace

import pint

from checks.facts import Tolerance
from checks.quantities import APPROX, LOST_CURRENCY, Quantity, weekday_of
from checks.quantities.periods import counted_back, from_the_articles_date
from checks.quantities.vocabulary import SCALES, WEEKDAYS

#: A year as a date's text writes it: "2005", "'05", "05/02/07".
WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d\b|\d[/.-]\d+[/.-]\d")
#: The decimals of a figure as written: "4.46" in "4.46 pounds".
DECIMALS = re.compile(r"\d\.(\d+)")
#: A whole number this long whose last digits are zeros is rounded to them ("15,800").
ROUND_DIGITS = 4
#: The most a conversion's rounding may move a figure, as a share of it: "135 km" rounds
#: 84 miles, but "up to 1TB" is no rounding of 768GB, one digit being no precision.
ROUND_SHARE = 0.1
FAMILIES = {
    "more than": "lower",
    "at least": "lower",
    "less than": "upper",
    "at most": "upper",
    "nearly": "nearly",
    "approximately": "approximately",
    "range": "range",
}

#: Which side of its figure a hedge bounds; "nearly" stays just below it.
BOUNDS = {"more than": "lower", "at least": "lower", "less than": "upper", "at most": "upper",
          "nearly": "upper"}
#: Hedges whose bound includes the figure itself.
CLOSED = frozenset({"at least", "at most"})
#: "over" may say across, not more than ("a €110bn loan over three years", "the record
#: he set over three seasons"): its bound is read as including its figure.
ACROSS = re.compile(r"(?i)over\b")


@dataclass(frozen=True)
class Comparison:
    """The verdict on one stated quantity, with the difference and the rule that decided."""

    consistent: bool
    delta: str
    rule: str


@functools.cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@functools.lru_cache(maxsize=1024)
def dimensions(unit: str) -> frozenset[str]:
    """The base dimensions a unit measures ("mph": length and time); none for a unit pint
    does not know or one without dimension (a magnitude, gigabytes)."""
    try:
        return frozenset(_registry().Quantity(1.0, unit).dimensionality)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return frozenset()


def convert(value: float, unit: str, target: str) -> float | None:
    """`value` of `unit` in `target` units, or None when pint cannot relate them."""
    if unit == target:
        return value
    factor = _factor(unit, target)
    if factor is None:
        return None
    if factor:
        return value * factor
    return _convert(value, unit, target)  # an offset scale: degrees Celsius, Fahrenheit


@functools.lru_cache(maxsize=4096)
def _factor(unit: str, target: str) -> float | None:
    """What one `unit` is in `target` units; 0.0 where the scales have offsets (so no
    factor), None where pint cannot relate them. Matching asks this for every figure and
    fact of a story, and a pint conversion costs ~100 µs."""
    one = _convert(1.0, unit, target)
    if one is None:
        return None
    two = _convert(2.0, unit, target)
    return one if two is not None and math.isclose(two, 2 * one) else 0.0


def _convert(value: float, unit: str, target: str) -> float | None:
    try:
        return float(_registry().Quantity(value, unit).to(target).magnitude)
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return None


def default_tolerance(expected: Quantity) -> Tolerance:
    """What a fact allows when its claims file says nothing: see the module docstring."""
    if expected.hedge == "exact":
        return Tolerance("exact", relative=0.0)
    return Tolerance(f"{APPROX:.0%}", relative=APPROX)


def compare(expected: Quantity, stated: Quantity, tolerance: Tolerance | None = None
            ) -> Comparison:
    """Decide whether `stated` (from an article) is consistent with `expected` (the fact)."""
    tolerance = tolerance or default_tolerance(expected)
    if expected.kind == "date" or stated.kind == "date":
        return _compare_dates(expected, stated, tolerance)
    converted = _in_unit(stated, expected)
    if converted is None and stated.kind == expected.kind == "money":
        return Comparison(False, "", f"in {stated.unit}, where the fact's sum is in "
                                     f"{expected.unit}")
    if converted is None:
        return Comparison(False, "", f"{stated.unit or stated.kind} does not convert to "
                                     f"{expected.unit or expected.kind}")
    if ACROSS.match(stated.text):
        converted = replace(converted, hedge="at least")
    return _compare_numbers(expected, converted, tolerance, _rounding(expected, stated))


@dataclass(frozen=True)
class _Span:
    anchor: float
    low: float
    high: float
    hedge: str


def _in_unit(stated: Quantity, expected: Quantity) -> _Span | None:
    """The stated interval in the fact's unit."""
    measures = {"duration", "measure"}
    as_measure = stated.kind == "count" and expected.kind in measures  # "352 net yards"
    if stated.kind != expected.kind and not as_measure and {stated.kind, expected.kind} != measures:
        return None
    unit_from, unit_to = stated.unit, expected.unit
    if stated.kind in ("count", "money", "percent") and not as_measure:
        if stated.kind == "money" and unit_from not in (unit_to, LOST_CURRENCY):
            return None
        unit_from = unit_to = ""
    values = []
    for raw in (stated.value, stated.low, stated.high):
        number = _number(raw, stated.value)
        if math.isinf(number) or not unit_from:
            values.append(number)
            continue
        moved = convert(number, unit_from, unit_to)
        if moved is None:
            return None
        values.append(moved)
    return _Span(values[0], values[1], values[2], stated.hedge)


def _number(raw: object, fallback: object) -> float:
    if isinstance(raw, (int, float)):
        return float(raw)
    return float(fallback) if isinstance(fallback, (int, float)) else 0.0


def _rounding(expected: Quantity, stated: Quantity) -> float:
    """Half a step of the last decimal the article writes, when it writes fewer decimals
    than the fact and in the fact's unit: what rounding the fact's figure may have moved.
    Whole numbers round nothing: "350 yards" is no rounding of 352; but a measure written
    whole where the fact writes decimals is that figure rounded to the unit ("91 kg" for
    90.7 kg), where the step is no more than ROUND_SHARE of it. A figure converted into
    another unit was rounded after converting: see `_converted_rounding`."""
    if stated.kind == expected.kind == "measure" and stated.unit != expected.unit:
        return _converted_rounding(expected, stated)
    written, wanted = DECIMALS.search(stated.text), DECIMALS.search(expected.text)
    if stated.hedge != "exact" or stated.unit != expected.unit:
        return 0.0
    if written is None and wanted and stated.kind == "measure" and (
            ROUND_SHARE * float(stated.value) >= 0.5):  # type: ignore[arg-type]
        return 0.5  # "91 kg" is 90.7 rounded; "3 miles" no rounding of 2.7
    if written is None:
        return _scaled_rounding(expected, stated) if wanted else 0.0
    if len(written.group(1)) >= (len(wanted.group(1)) if wanted else 0):
        return 0.0
    return 0.5 * 10.0 ** -len(written.group(1))


#: A figure with a scale word the reader knows: "22 billion", "€22.4bn", "1.5 million".
SCALED = re.compile(rf"(?i)\d\s*-?\s*({'|'.join(sorted(SCALES, key=len, reverse=True))})\b")


def _scaled_rounding(expected: Quantity, stated: Quantity) -> float:
    """Half a unit of the scale both write, where the article gives a whole number of it
    and the fact decimals: "22 billion euros" is €22.4 billion rounded to the billion, as
    "4.5 pounds" is 4.46 rounded to the tenth. A bare whole number still rounds nothing."""
    said, meant = SCALED.search(stated.text), SCALED.search(expected.text)
    if said is None or meant is None:
        return 0.0
    scale = SCALES[said.group(1).lower()]
    return 0.5 * scale if scale == SCALES[meant.group(1).lower()] else 0.0


def _converted_rounding(expected: Quantity, stated: Quantity) -> float:
    """Half a step of the last significant digit of a measure the article gives in another
    unit than the fact's, in the fact's unit: "15,800 square metres" is 170,000 square
    feet rounded to hundreds of square metres (trailing zeros of a whole number are no
    significant digits from ROUND_DIGITS digits on: "140 km" is no rounding of 135), and
    "135 kilometres" 84 miles rounded to the kilometre. Only measures: "an hour" is no
    rounding of 50 minutes. A hedge bounds the rounded figure: "up to 193 km/h" is up to
    120 mph rounded to the km/h. A step of more than ROUND_SHARE of the figure is none."""
    value = stated.value
    if not isinstance(value, float) or value <= 0:
        return 0.0
    written = DECIMALS.search(stated.text)
    if written:
        step = 10.0 ** -len(written.group(1))
    else:
        whole = f"{value:.0f}"
        zeros = len(whole) - len(whole.rstrip("0")) if len(whole) >= ROUND_DIGITS else 0
        step = 10.0 ** zeros
    if step / 2 > ROUND_SHARE * value:
        return 0.0
    low, high = (convert(v, stated.unit, expected.unit) for v in (value, value + step / 2))
    return abs(high - low) if low is not None and high is not None else 0.0


def _compare_numbers(expected: Quantity, stated: _Span, tolerance: Tolerance,
                     rounding: float = 0.0) -> Comparison:
    anchor = _number(expected.value, 0.0)
    allow = max(tolerance.allowance(anchor), rounding)
    delta = _relative(stated.anchor, anchor)
    family = FAMILIES.get(expected.hedge)
    if family is not None and family == FAMILIES.get(stated.hedge):
        ok = abs(stated.anchor - anchor) <= allow + 1e-9 and _range_ends_agree(
            expected, stated, allow)
        return Comparison(ok, delta, f"both say {expected.hedge}: figures compared within "
                                     f"{tolerance.text}")
    if _opposite_bounds(expected.hedge, stated.hedge):
        return _compare_bounds(expected, stated, delta)
    low, high = _fact_interval(expected, tolerance, allow)
    if stated.hedge == "exact":
        ok = low - 1e-9 <= stated.anchor <= high + 1e-9
        rounded = " (as the article rounds)" if rounding > tolerance.allowance(anchor) else ""
        return Comparison(ok, delta, f"{_fmt(stated.anchor)} against the fact's "
                                     f"{_fmt(low)}–{_fmt(high)}{rounded}")
    ok = stated.low <= high + 1e-9 and stated.high >= low - 1e-9 and not _shut_out(
        stated, low, high)
    return Comparison(ok, delta, f"the article's {_fmt(stated.low)}–{_fmt(stated.high)} against "
                                 f"the fact's {_fmt(low)}–{_fmt(high)}")


def _shut_out(stated: _Span, low: float, high: float) -> bool:
    """Whether an open bound touches the fact's interval only at its own figure, which it
    excludes: "fewer than 46 demonstrators" denies an exact 46, as "more than 5 hours"
    denies exactly 5; against "about 46" (43.7 to 48.3) it leaves room. "over three
    years" may be across them (see ACROSS), and bounds nothing open."""
    if stated.hedge == "less than":
        return math.isclose(stated.high, low, rel_tol=1e-9, abs_tol=1e-9)
    if stated.hedge == "more than":
        return math.isclose(stated.low, high, rel_tol=1e-9, abs_tol=1e-9)
    return False


def _opposite_bounds(expected: str, stated: str) -> bool:
    """Whether one side bounds its figure from below and the other from above ("more
    than 400" against "fewer than 400"; "nearly" is just below its figure)."""
    sides = {BOUNDS.get(expected), BOUNDS.get(stated)}
    return sides == {"lower", "upper"}


def _compare_bounds(expected: Quantity, stated: _Span, delta: str) -> Comparison:
    """Opposite bounds must leave some figure both allow, the tolerance aside: the
    tolerance lets a figure stray, and "fewer than 400" strays from nothing in "more than
    400", it denies it. Bounds that only touch agree where both include the figure ("at
    least 400" and "at most 400")."""
    low = max(_number(expected.low, 0.0), stated.low)
    high = min(_number(expected.high, 0.0), stated.high)
    touching = math.isclose(low, high, rel_tol=1e-9, abs_tol=1e-9)
    ok = {expected.hedge, stated.hedge} <= CLOSED if touching else high > low
    verb = "leaves room for" if ok else "denies"
    return Comparison(ok, delta, f"the article's {stated.hedge} {_fmt(stated.anchor)} {verb} "
                                 f"the fact's {expected.hedge} "
                                 f"{_fmt(_number(expected.value, 0.0))}")


def _range_ends_agree(expected: Quantity, stated: _Span, allow: float) -> bool:
    if expected.hedge != "range":
        return True
    low, high = _number(expected.low, 0.0), _number(expected.high, 0.0)
    return abs(stated.low - low) <= allow + 1e-9 and abs(stated.high - high) <= allow + 1e-9


def _fact_interval(expected: Quantity, tolerance: Tolerance, allow: float
                   ) -> tuple[float, float]:
    """What the fact allows: its own interval, with the tolerance setting the approximate width."""
    anchor = _number(expected.value, 0.0)
    if expected.hedge in ("exact", "approximately"):
        return anchor - allow, anchor + allow
    low = _number(expected.low, anchor)
    high = _number(expected.high, anchor)
    return low - allow, high + allow


def _relative(stated: float, anchor: float) -> str:
    if anchor == 0 or math.isinf(stated):
        return ""
    return f"{(stated - anchor) / abs(anchor):+.1%}"


def _fmt(number: float) -> str:
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    return f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"


def _compare_dates(expected: Quantity, stated: Quantity, tolerance: Tolerance) -> Comparison:
    if expected.kind != stated.kind:
        return Comparison(False, "", "a date never compares with a figure")
    e_low, e_high = _days(expected, stated)  # a fact written without a year takes the article's
    s_low, s_high = _days(stated, expected)
    slack = dt.timedelta(days=round(tolerance.absolute or 0))
    within = e_low - slack <= s_low and s_high <= e_high + slack
    if not within and stated.text in WEEKDAYS and weekday_of(stated) is None:
        shift = _other_week(s_low, s_high, e_low - slack, e_high + slack)
        within = shift is not None
        s_low, s_high = (s_low + shift, s_high + shift) if shift else (s_low, s_high)
    delta_days = (s_low - e_low).days
    delta = f"{delta_days:+d} day{'s' if abs(delta_days) != 1 else ''}" if delta_days else "0 days"
    coarser = stated.precision != "day" and s_low <= e_low and e_high <= s_high
    # "five years ago" is about so long before the article: any day of it may be meant
    roughly = counted_back(stated.text) and s_low <= e_high + slack and e_low - slack <= s_high
    said = _span(s_low, s_high)
    if weekday_of(stated) is not None or from_the_articles_date(stated.text):
        said = f"{stated.text} (taken as {said})"
    rule = (f"{said} against the fact's {_span(e_low, e_high)}"
            + (f" ± {slack.days} days" if slack.days else ""))
    return Comparison(within or coarser or roughly, delta, rule)


def _other_week(low: dt.date, high: dt.date, first: dt.date, last: dt.date
                ) -> dt.timedelta | None:
    """The week before or after that puts a weekday within [first, last], if one does. A
    weekday names only the day of the week: which week is the reader's guess from the
    article's date, no part of what was written, and that date is often days off the one
    the article was written ("killed on Saturday night" in a paper dated a week on)."""
    for days in (-7, 7):
        moved_low, moved_high = _shifted(low, days), _shifted(high, days)
        if moved_low and moved_high and first <= moved_low and moved_high <= last:
            return dt.timedelta(days=days)
    return None


def _days(quantity: Quantity, other: Quantity | None) -> tuple[dt.date, dt.date]:
    """The first and last day stated; a date written without a year takes the other's:
    "killed on June 24" in an article of 2007 states June 24 of the fact's 2005, the year
    the reader guessed from the article's date being no part of what was written."""
    low = quantity.low if isinstance(quantity.low, dt.date) else quantity.value
    high = quantity.high if isinstance(quantity.high, dt.date) else low
    assert isinstance(low, dt.date) and isinstance(high, dt.date)
    weekday = weekday_of(quantity)
    if weekday is not None and other is not None and other.kind == "date":
        day = place_weekday(weekday, *_days(other, None))
        return day, day
    unwritten = not quantity.year_known or (
        any(c.isdigit() for c in quantity.text) and WRITTEN_YEAR.search(quantity.text) is None)
    if unwritten and other is not None and isinstance(other.value, dt.date):
        year = other.value.year
        low, high = _with_year(low, year), _with_year(high, year)
    return low, high


def place_weekday(weekday: int, low: dt.date, high: dt.date) -> dt.date:
    """The day of that weekday nearest the span [low, high] (its first within it, if any).
    A weekday that an undated article gives is only a day of the week: which week is
    anyone's guess, so it is read in the fact's, where a wrong weekday is at most three
    days off and an editor sees which day it was taken for."""
    inside = _shifted(low, (weekday - low.weekday()) % 7)
    if inside is not None and inside <= high:
        return inside
    before = _shifted(low, -((low.weekday() - weekday) % 7))
    after = _shifted(high, (weekday - high.weekday()) % 7)
    if before is None or after is None:
        return before or after or low  # the calendar's edge
    return before if low - before <= after - high else after


def _shifted(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _with_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _span(low: dt.date, high: dt.date) -> str:
    return low.isoformat() if low == high else f"{low.isoformat()} to {high.isoformat()}"
