"""What a figure is: the `Quantity` and the interval a hedge allows around it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

Kind = Literal["count", "measure", "duration", "money", "percent", "date"]
Hedge = Literal[
    "exact", "approximately", "more than", "at least", "nearly", "less than", "at most", "range"
]
Precision = Literal["day", "week", "month", "year", "weekday"]
#: A hedge as read, before it is stated: "most" ("the better part of") is stated "nearly".
ReadHedge = Hedge | Literal["most"]

#: How far an approximate figure ("some", "about", "an estimated") may stray, as a share
#: of the figure. Also the default tolerance of an approximate fact (see compare.py).
APPROX = 0.05
#: How far below its figure "nearly"/"almost"/"just under" reaches: "nearly an hour"
#: covers 48 to 60 minutes.
NEARLY = 0.20
#: How far below its figure "the better part of" reaches: most of it, so down to half
#: ("the better part of an hour" covers 30 to 60 minutes). Stated as hedge "nearly".
BETTER_PART = 0.50
#: The unit of money whose currency sign the crawl lost ("agreeing an? 110 billion"):
#: Unicode's sign for an unspecified currency. It may state a fact in any currency.
LOST_CURRENCY = "¤"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as the text states it.

    `low`/`high` bound what the phrase allows: `math.inf` (or `None` for dates) where
    the hedge leaves a side open ("more than 14,000" → low=14000, high=inf).
    For counts `unit` is the counted noun, singular and lower case ("troop"); for
    measures and durations a pint unit name ("minute", "kilometer"); for money an
    ISO currency code ("USD"), or LOST_CURRENCY where the crawl lost the sign; "%" for
    percents; "" for dates.
    For dates `value`/`low`/`high` are `datetime.date`; `precision` says whether the
    text named a day, a week ("last week"), a month or only a year, and `year_known` is
    False when the text gave no year and no reference date supplied one (the year is
    then 1). A weekday with no reference date to place it has precision "weekday": its
    value is that weekday in the first week of year 1, and only the weekday is stated
    (see `weekday_of`).
    """

    text: str
    start: int
    end: int
    kind: Kind
    value: float | dt.date
    low: float | dt.date | None
    high: float | dt.date | None
    hedge: Hedge = "exact"
    unit: str = ""
    precision: Precision = "day"
    year_known: bool = True

    @property
    def is_date(self) -> bool:
        return self.kind == "date"

    @property
    def open_high(self) -> bool:
        return isinstance(self.high, float) and math.isinf(self.high)


class _Draft:
    """A Quantity being built: the same slots without the frozen guard, so each field is
    a plain attribute store. `new_quantity` then makes it a Quantity, which Python allows
    between classes of the same slots."""

    __slots__ = Quantity.__slots__

    def __init__(self, text: str, start: int, end: int, kind: Kind, value: float | dt.date,
                 low: float | dt.date | None, high: float | dt.date | None, hedge: Hedge,
                 unit: str, precision: Precision, year_known: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.hedge = hedge
        self.unit = unit
        self.precision = precision
        self.year_known = year_known


def new_quantity(text: str, start: int, end: int, kind: Kind, value: float | dt.date,
                  low: float | dt.date | None, high: float | dt.date | None, hedge: Hedge,
                  unit: str, precision: Precision, year_known: bool) -> Quantity:
    """`Quantity(...)` at a quarter of the cost: the frozen dataclass's `__init__` goes
    through `object.__setattr__` by name per field (and calling each slot's `__set__`
    still cost half of it); a `_Draft` stores them directly."""
    q = _Draft(text, start, end, kind, value, low, high, hedge, unit, precision, year_known)
    q.__class__ = Quantity  # type: ignore[assignment]
    return q


#: 1 January of year 1, a Monday: a weekday alone is dated in the week that starts it.
FIRST_MONDAY = dt.date(1, 1, 1)


def weekday_of(quantity: Quantity) -> int | None:
    """The weekday a date of precision "weekday" names (Monday 0); None for other figures."""
    if quantity.precision != "weekday" or not isinstance(quantity.value, dt.date):
        return None
    return quantity.value.weekday()


def hedge_interval(value: float, hedge: ReadHedge) -> tuple[float, float]:
    """The interval a hedge allows around a stated figure."""
    if hedge == "exact":  # most figures: tested first
        return value, value
    if hedge == "approximately":
        a, b = value * (1 - APPROX), value * (1 + APPROX)
        return min(a, b), max(a, b)
    if hedge in ("more than", "at least"):
        return value, math.inf
    if hedge == "nearly":
        return value * (1 - NEARLY), value
    if hedge == "most":
        return value * (1 - BETTER_PART), value
    if hedge in ("less than", "at most"):
        return 0.0, value
    return value, value


def ordered(low: float, high: float) -> tuple[float, float]:
    """A range's ends; two negatives may come in either order ("-18 °C to -34 °C")."""
    if high < low < 0:
        return high, low
    return low, high
