"""Periods named from the article's date: "fired last week", "approved last year".

"last week" is the calendar week before the article's, and calendars disagree on where a
week starts: Sunday in American papers, Monday in most others. A period is read as every
day either convention allows (a Monday paper's "last week" runs from the Sunday eight
days back to the day before), so that a reader of either calendar finds the day inside.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import Precision

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
