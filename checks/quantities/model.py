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
Precision = Literal["day", "month", "year"]
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


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as the text states it.

    `low`/`high` bound what the phrase allows: `math.inf` (or `None` for dates) where
    the hedge leaves a side open ("more than 14,000" → low=14000, high=inf).
    For counts `unit` is the counted noun, singular and lower case ("troop"); for
    measures and durations a pint unit name ("minute", "kilometer"); for money an
    ISO currency code ("USD"); "%" for percents; "" for dates.
    For dates `value`/`low`/`high` are `datetime.date`; `precision` says whether the
    text named a day, a month or only a year, and `year_known` is False when the text
    gave no year and no reference date supplied one (the year is then 1).
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


_SET_SLOTS = tuple(getattr(Quantity, name).__set__ for name in Quantity.__slots__)
assert Quantity.__slots__ == ("text", "start", "end", "kind", "value", "low", "high", "hedge",
                              "unit", "precision", "year_known")


def new_quantity(text: str, start: int, end: int, kind: Kind, value: float | dt.date,
                  low: float | dt.date | None, high: float | dt.date | None, hedge: Hedge,
                  unit: str, precision: Precision, year_known: bool,
                  _new: object = object.__new__, _set: tuple = _SET_SLOTS) -> Quantity:
    """`Quantity(...)` at half the cost: the frozen dataclass's `__init__` goes through
    `object.__setattr__` by name per field; the slot descriptors set them directly."""
    q = _new(Quantity)  # type: ignore[operator]
    _set[0](q, text)
    _set[1](q, start)
    _set[2](q, end)
    _set[3](q, kind)
    _set[4](q, value)
    _set[5](q, low)
    _set[6](q, high)
    _set[7](q, hedge)
    _set[8](q, unit)
    _set[9](q, precision)
    _set[10](q, year_known)
    return q


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
