"""Periods named from the article's date: "fired last week", "married two weeks ago".

"last week" is the calendar week before the article's, and calendars disagree on where a
week starts: Sunday in American papers, Monday in most others. A period is read as every
day either convention allows (a Monday paper's "last week" runs from the Sunday eight
days back to the day before), so that a reader of either calendar finds the day inside.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .model import Precision
from .vocabulary import RELATIVE_DAYS, WEEKDAYS

#: "last week", "last weekend", "last month", "last year", in any case.
LAST_PERIOD = re.compile(r"[Ll]ast[ \t]+(week(?:end)?|month|year)(?![A-Za-z])")
#: A word before "last" that makes it an ordinal or a stretch up to now, no calendar
#: period: "the last week of June", "over the last year", "its last month".
NOT_A_PERIOD_BEFORE = frozenset(
    "the this that these those its his her their our my your whose a an past over "
    "during within for".split()
)


def last_period(ref: dt.date, period: str) -> tuple[dt.date, dt.date, Precision]:
    """The first and last day a period "last <period>" may name, from the article's date."""
    if period == "year":
        return dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), "year"
    if period == "month":
        last = ref.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last, "month"
    if period == "weekend":
        # the weekend before this week's: a Sunday paper's "last weekend" is not today's
        saturday = ref - dt.timedelta(days=ref.weekday() + 2)
        return saturday, saturday + dt.timedelta(days=1), "week"
    monday = ref - dt.timedelta(days=ref.weekday())  # this week's, Monday first
    sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)  # this week's, Sunday first
    return (min(monday, sunday) - dt.timedelta(days=7),
            max(monday, sunday) - dt.timedelta(days=1), "week")


#: How far either side of "N <unit> ago" the day may lie, in days, and the precision it
#: has: "two weeks ago" is said of any day of the week around the fortnight.
AGO_SPREAD: dict[str, tuple[int, Precision]] = {
    "day": (0, "day"), "week": (3, "week"), "month": (15, "month"), "year": (182, "year"),
}


def ago(ref: dt.date, value: float, unit: str, hedge: str | None
        ) -> tuple[dt.date, dt.date, Precision] | None:
    """The days "<value> <unit> ago" may name, from the article's date; None for a unit
    too short to move the day ("two hours ago") or a hedge that leaves a side open
    ("more than two years ago")."""
    if unit not in AGO_SPREAD or hedge not in ("exact", "approximately", None):
        return None
    spread, precision = AGO_SPREAD[unit]
    if hedge == "approximately" or value != int(value):
        spread = max(spread, 1) * 2
    day = _back(ref, value, unit)
    if day is None:
        return None
    try:
        return day - dt.timedelta(days=spread), day + dt.timedelta(days=spread), precision
    except OverflowError:
        return None


def _back(ref: dt.date, value: float, unit: str) -> dt.date | None:
    """The day `value` units before `ref`, whole months and years on the calendar (the
    same day of the month, or its last), the rest in days."""
    months = {"month": 1, "year": 12}.get(unit)
    try:
        if months and value == int(value):
            year, month = divmod(ref.year * 12 + ref.month - 1 - int(value) * months, 12)
            last = calendar.monthrange(year, month + 1)[1]
            return dt.date(year, month + 1, min(ref.day, last))
        days = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}[unit]
        return ref - dt.timedelta(days=round(value * days))
    except (OverflowError, ValueError):
        return None


def counted_back(text: str) -> bool:
    """Whether a date was counted back from the article's date ("two years ago"): no
    calendar period, only about so long before."""
    return text.lower().endswith(" ago")


def day_of_the_week(text: str) -> bool:
    """Whether a date's text is a day placed in the article's week: a weekday ("on
    Wednesday") or a relative day ("today")."""
    return text in WEEKDAYS or text.lower() in RELATIVE_DAYS


def from_the_articles_date(text: str) -> bool:
    """Whether a date's text names it only through the article's date ("on Thursday",
    "yesterday", "last week", "two years ago"): which day it is was the reader's guess."""
    return (day_of_the_week(text) or counted_back(text)
            or LAST_PERIOD.fullmatch(text) is not None)
