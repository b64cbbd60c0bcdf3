"""Find quantities: every way a news article states a number, a measure or a date.

Stage two of the pipeline (read → **find** → match → compare → report). The reader
hands over plain text; this module returns each figure as a `Quantity` that keeps the
hedge ("some", "more than", "nearly") as an interval and the counted noun ("troops"),
because whether two articles agree hangs on both.

How it reads: one precompiled trigger regex finds the places where a figure can start
(a digit, a currency sign, a number word, a month, a weekday, "a"/"an" before a unit);
small parsers then read the phrase from there (dates first, then amounts with their
range, scale, unit or counted noun) and look back a few characters for a hedge. Work
per trigger is bounded, so the whole scan is linear in the text.

Conventions worth knowing:
- Counted nouns are singular and lower case; "people"/"person"/"persons" all become
  "people" (the word news uses for a head count).
- "decades" and "centuries" are durations in years (two decades → 20 year), because
  pint's "decade" is a logarithmic unit.
- Vague multiples ("hundreds of thousands") are ranges: 200,000..999,999.
- Relative offsets ("a day earlier", "three years ago") name a point in time, not a
  length, and are not emitted.
- Fractions ("two-thirds of voters", "a quarter-inch", "1/4 inch", "1½ hours") are
  counts (a share, so no counted noun) or, before a unit, measures. Ordinals ("the third
  quarter", "a fifth day") are not fractions; a bare "1/10" is a date more often than not.
- "minus"/"negative" make a measure or a percent negative ("minus 18 degrees"), never a
  count or a duration ("tested negative 10 days later").
- "the better part of an hour" is stated "nearly" an hour, reaching down to half of it
  (BETTER_PART); "as many as" is "at most", "upwards of" "more than".
- Scores and records are no figures: bare numbers joined by a hyphen whose second is no
  higher ("won 20-13", "tied 13 - 13"), or a rising pair in brackets after a name ("the
  Bulldogs (15 - 17)"). Nor are times ("3 : 33 a. m."), phone numbers ("745 - 4811",
  "9 - 1 - 1"), the emergency number 911, ranks ("No. 5", "#1") or addresses ("the
  12000 block of").
- Tokenized text (the ECB+ corpus: "a 24 - hour strike", "5, 000 gallons", "Alaska ’ s")
  is read as its untokenized form would be, once the text shows it is tokenized (see
  `_Scanner.tokenized`); a height "6 - foot - 9" is 6.75 feet; an age "a 61-year-old" is a
  duration of 61 years, spaced or not.
- A currency word ends a compound adjective as it ends a figure: "a 110bn-euro package",
  "a 2-million-pound fee" are money. "pound(s)" is money only after a scale of a million
  or more ("93.6 billion pound"); otherwise a weight ("a 260-pound forward", "a 2,000-pound
  bomb"). "miles an hour" is a speed as "miles per hour" is; so is a tokenized "km / h".
- AP style glues the currency to the figure: "a euro110 billion loan", "EUR5m" are money;
  "Euro2012" (capitalised, no scale) is a name, and a scale word after any other glued
  name ("G7 billion") is skipped with it, never read as a lone "billion".
- A unit word used attributively may stay singular, hyphenated or not: "a 512 gigabyte
  option", "a 500-megawatt plant", "a 12-nautical-mile zone" are measures.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import string
from dataclasses import dataclass
from typing import Literal, NamedTuple

import pint

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


def _new_quantity(text: str, start: int, end: int, kind: Kind, value: float | dt.date,
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


# --------------------------------------------------------------------------- data tables

#: One registry for the whole process: building one costs ~0.2 s.
UREG = pint.UnitRegistry()

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}
#: Scales spelt out, which a hyphen may join to their multiplier ("five-million-pound").
WORD_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
#: Abbreviations glued to digits: "2bn" anywhere; "m"/"k" only after a currency sign
#: ("$38m"), since "5m" alone is five metres.
GLUED_SCALES = {
    "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3,
    "M": 1e6, "B": 1e9, "T": 1e12, "K": 1e3, "BN": 1e9,
}
MONEY_ONLY_SCALES = {"m", "b", "M", "B", "T", "K"}

#: "hundreds of thousands": each vague plural covers this span of multiples.
VAGUE = {
    "tens": (20, 99), "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2e6, 999_999_999), "billions": (2e9, 999_999_999_999),
}
VAGUE_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}

#: Denominator words of a fraction ("two-thirds", "a quarter"), singular and plural.
_ORDINAL_DENOMINATORS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "twelfth": 12, "sixteenth": 16, "twentieth": 20, "hundredth": 100,
    "thousandth": 1000,
}
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **_ORDINAL_DENOMINATORS, **{f"{w}s": n for w, n in _ORDINAL_DENOMINATORS.items()},
}
#: Denominators that are also ordinals: "a third term", "one third-party candidate".
ORDINAL_DENOMINATORS = frozenset(w for w in DENOMINATORS if w.rstrip("s") in
                                 _ORDINAL_DENOMINATORS)
#: Unicode vulgar fractions, alone ("½ mile") or after digits ("1½ hours").
VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}
_VULGAR = "".join(VULGAR)
#: Digit words after "point" in a spoken decimal ("two point five").
DIGIT_WORDS = {w: str(n) for w, n in ONES.items() if n < 10}

HEDGES_BEFORE: dict[str, ReadHedge] = {
    "some": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "approximately": "approximately", "approx.": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "circa": "approximately",
    "more than": "more than", "over": "more than", "well over": "more than",
    "upwards of": "more than", "in excess of": "more than", "above": "more than",
    "just over": "more than", "well above": "more than", "greater than": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "close to": "nearly",
    "just shy of": "nearly", "nearly as many as": "nearly", "just below": "nearly",
    "a little under": "nearly", "a little less than": "nearly", "slightly under": "nearly",
    "slightly less than": "nearly", "just less than": "nearly",
    "the better part of": "most", "the best part of": "most", "the greater part of": "most",
    "a little over": "more than", "a little more than": "more than",
    "slightly over": "more than", "slightly more than": "more than",
    "just more than": "more than", "just above": "more than", "upward of": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "up to": "at most", "at most": "at most",
    "no more than": "at most", "not more than": "at most", "a maximum of": "at most",
    "as many as": "at most", "as much as": "at most",
}
#: Hedges read with a reach of their own, stated as a public hedge: "the better part of
#: an hour" is "nearly" an hour, reaching down to half of it (BETTER_PART).
HEDGE_ALIASES: dict[str, Hedge] = {"most": "nearly"}
#: The last word of each hedge: a cheap first test before the phrases are put together.
HEDGE_LAST_WORDS = frozenset(h.split()[-1] for h in HEDGES_BEFORE)
#: Opening brackets and quotes a hedge may carry ("(some 40").
_OPENERS = "([\"'“‘"
HEDGES_AFTER: dict[str, Hedge] = {
    "or so": "approximately", "or more": "at least", "or over": "at least",
    "or above": "at least", "or fewer": "at most", "or less": "at most",
}

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}
#: Days named from the article's own: "died today", "convicted yesterday".
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

#: Currency signs and codes before a number → ISO code.
CURRENCY_PREFIX = {
    "$": "USD", "US$": "USD", "NZ$": "NZD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "NZD": "NZD", "AUD": "AUD",
    "CAD": "CAD", "JPY": "JPY", "CHF": "CHF", "CNY": "CNY",
}
#: Currency words after a number ("5 million dollars").
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "pounds sterling": "GBP", "francs": "CHF",
}

#: Surface forms of measure units → pint unit name (None: not a pint unit) and a factor.
#: Words match case-insensitively; abbreviations (ABBR_UNITS) case-sensitively.
WORD_UNITS: dict[str, tuple[str, float]] = {
    "second": ("second", 1), "seconds": ("second", 1), "secs": ("second", 1),
    "minute": ("minute", 1), "minutes": ("minute", 1), "mins": ("minute", 1),
    "min": ("minute", 1), "hour": ("hour", 1), "hours": ("hour", 1), "hrs": ("hour", 1),
    "day": ("day", 1), "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("fortnight", 1), "month": ("month", 1), "months": ("month", 1),
    "year": ("year", 1), "years": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100),
    "centuries": ("year", 100),
    "kilometre": ("kilometer", 1), "kilometres": ("kilometer", 1),
    "kilometer": ("kilometer", 1), "kilometers": ("kilometer", 1),
    "metre": ("meter", 1), "metres": ("meter", 1), "meter": ("meter", 1),
    "meters": ("meter", 1), "centimetre": ("centimeter", 1), "centimetres": ("centimeter", 1),
    "centimeter": ("centimeter", 1), "centimeters": ("centimeter", 1),
    "millimetre": ("millimeter", 1), "millimetres": ("millimeter", 1),
    "millimeter": ("millimeter", 1), "millimeters": ("millimeter", 1),
    "mile": ("mile", 1), "miles": ("mile", 1), "nautical miles": ("nautical_mile", 1),
    "foot": ("foot", 1), "feet": ("foot", 1), "inch": ("inch", 1), "inches": ("inch", 1),
    "yard": ("yard", 1), "yards": ("yard", 1), "yarder": ("yard", 1),
    "square kilometres": ("kilometer**2", 1), "square kilometers": ("kilometer**2", 1),
    "square miles": ("mile**2", 1), "square metres": ("meter**2", 1),
    "square meters": ("meter**2", 1), "square kilometre": ("kilometer**2", 1),
    "square kilometer": ("kilometer**2", 1), "square mile": ("mile**2", 1),
    "square metre": ("meter**2", 1), "square meter": ("meter**2", 1),
    "square foot": ("foot**2", 1), "square feet": ("foot**2", 1),
    "square yard": ("yard**2", 1), "square yards": ("yard**2", 1),
    "hectare": ("hectare", 1), "hectares": ("hectare", 1),
    "acre": ("acre", 1), "acres": ("acre", 1),
    "kilogram": ("kilogram", 1), "kilograms": ("kilogram", 1), "kilo": ("kilogram", 1),
    "kilos": ("kilogram", 1), "gram": ("gram", 1), "grams": ("gram", 1),
    "tonne": ("metric_ton", 1), "tonnes": ("metric_ton", 1),
    "metric tons": ("metric_ton", 1), "ton": ("ton", 1), "tons": ("ton", 1),
    "pound": ("pound", 1), "pounds": ("pound", 1), "ounce": ("ounce", 1),
    "ounces": ("ounce", 1), "litre": ("liter", 1), "litres": ("liter", 1),
    "liter": ("liter", 1), "liters": ("liter", 1), "gallon": ("gallon", 1),
    "gallons": ("gallon", 1),
    "miles per hour": ("mile_per_hour", 1),
    "kilometres per hour": ("kilometer_per_hour", 1),
    "kilometers per hour": ("kilometer_per_hour", 1), "knots": ("knot", 1),
    # "120 miles an hour" (and the slip "a hour") is a speed as "120 miles per hour" is;
    # SPEED_WORDS below keeps "50 miles an hour's drive" a distance and a duration.
    **{f"{length} {per} hour": (f"{name}_per_hour", 1)
       for length, name in (("mile", "mile"), ("miles", "mile"), ("kilometre", "kilometer"),
                            ("kilometres", "kilometer"), ("kilometer", "kilometer"),
                            ("kilometers", "kilometer"))
       for per in ("an", "a")},
    "degrees celsius": ("degree_Celsius", 1), "degrees fahrenheit": ("degree_Fahrenheit", 1),
    "degrees": ("degree", 1), "watts": ("watt", 1), "kilowatts": ("kilowatt", 1),
    "megawatts": ("megawatt", 1), "gigawatts": ("gigawatt", 1), "volts": ("volt", 1),
    "kilowatt hours": ("kilowatt_hour", 1), "megawatt hours": ("megawatt_hour", 1),
    "kilobytes": ("kilobyte", 1), "megabytes": ("megabyte", 1),
    "gigabytes": ("gigabyte", 1), "terabytes": ("terabyte", 1), "petabytes": ("petabyte", 1),
    # Every unit word in the singular too: a figure used attributively takes it with a
    # hyphen or without one ("a 512-gigabyte option", "a new 512 gigabyte flash-storage
    # option", "a 500 megawatt plant", "the 1.5 degree target"), as "a 5 mile race"
    # already reads. `_unit` takes only a singular after a hyphen ("a 30-knot wind").
    "nautical mile": ("nautical_mile", 1), "metric ton": ("metric_ton", 1), "knot": ("knot", 1),
    "mile per hour": ("mile_per_hour", 1), "kilometre per hour": ("kilometer_per_hour", 1),
    "kilometer per hour": ("kilometer_per_hour", 1),
    "degree celsius": ("degree_Celsius", 1), "degree fahrenheit": ("degree_Fahrenheit", 1),
    "degree": ("degree", 1), "watt": ("watt", 1), "kilowatt": ("kilowatt", 1),
    "megawatt": ("megawatt", 1), "gigawatt": ("gigawatt", 1), "volt": ("volt", 1),
    "kilowatt hour": ("kilowatt_hour", 1), "megawatt hour": ("megawatt_hour", 1),
    "kilobyte": ("kilobyte", 1), "megabyte": ("megabyte", 1), "gigabyte": ("gigabyte", 1),
    "terabyte": ("terabyte", 1), "petabyte": ("petabyte", 1),
    "magnitude": ("", 1),
}
ABBR_UNITS: dict[str, tuple[str, float]] = {
    "km": ("kilometer", 1), "kms": ("kilometer", 1), "m": ("meter", 1), "cm": ("centimeter", 1),
    "mm": ("millimeter", 1), "mi": ("mile", 1), "ft": ("foot", 1), "yd": ("yard", 1),
    "yds": ("yard", 1),
    "kg": ("kilogram", 1), "kgs": ("kilogram", 1), "g": ("gram", 1), "lb": ("pound", 1),
    "lbs": ("pound", 1), "oz": ("ounce", 1), "t": ("metric_ton", 1), "l": ("liter", 1),
    "mph": ("mile_per_hour", 1), "km/h": ("kilometer_per_hour", 1),
    "kph": ("kilometer_per_hour", 1),
    "km²": ("kilometer**2", 1), "km2": ("kilometer**2", 1), "sq km": ("kilometer**2", 1),
    "ha": ("hectare", 1), "°C": ("degree_Celsius", 1), "°F": ("degree_Fahrenheit", 1),
    "C": ("degree_Celsius", 1), "F": ("degree_Fahrenheit", 1),
    "kW": ("kilowatt", 1), "MW": ("megawatt", 1), "GW": ("gigawatt", 1),
    "kWh": ("kilowatt_hour", 1),
    "GB": ("gigabyte", 1), "MB": ("megabyte", 1), "TB": ("terabyte", 1), "°": ("degree", 1),
    "h": ("hour", 1), "hr": ("hour", 1), "s": ("second", 1), "sec": ("second", 1),
}
#: A tokenizer spaces the slash of "km/h" ("at speeds up to 193km / h"): the same unit.
ABBR_UNITS.update({k.replace("/", " / "): v for k, v in ABBR_UNITS.items() if "/" in k})
#: Per-hour speeds spelt with "an"/"a" ("miles an hour"): never before "'s", where the
#: hour is a duration of its own ("50 miles an hour's drive away").
SPEED_WORDS = frozenset(w for w in WORD_UNITS if w.endswith(("an hour", "a hour")))
#: First words of two-word units, which a hyphenated compound spells with two hyphens:
#: "a 15,800-square-metre building", "a 12-nautical-mile zone", "a 5-kilowatt-hour battery".
UNIT_FIRST_OF_TWO = frozenset(w.split()[0] for w in WORD_UNITS if w.count(" ") == 1)
#: Lengths whose hyphenated compound may go on to a speed: "a 100-mile-an-hour wind".
SPEED_LENGTHS = frozenset({"mile", "kilometre", "kilometer"})
#: Abbreviations that only count glued to the number ("5m", "20C"), never after a space.
GLUED_ONLY_UNITS = {"m", "g", "t", "l", "C", "F", "h", "s"}
#: Abbreviations that may follow a hyphen ("an 86-yd run"); not "in" ("a 2-in-1 laptop").
HYPHEN_ABBR_UNITS = frozenset(ABBR_UNITS) - GLUED_ONLY_UNITS - {"in"}
#: Units "a"/"an" may count as one ("nearly an hour", "a mile").
A_UNITS = (
    "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century",
    "mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "gallon", "litre",
    "liter", "tonne", "kilogram", "kilo",
)

#: Words after a duration that make it a point in time ("a day earlier").
RELATIVE_WORDS = (
    "earlier", "later", "ago", "ahead", "before", "after", "prior", "previously", "back",
    "beforehand", "hence", "since then", "from now",
)
#: Words that end the run of adjectives before a counted noun.
STOP_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with near into onto over under about
as than that this these those which who whom whose is are was were be been being has have
had will would could should may might can must do does did not no since until during after
before across along around through toward towards against between among per each more less
so it its their his her our your my they he she we you i there here when where while if
because also only just already still all both said says say according like out up down off
other another including among amid despite within without upon via whether then now ago
earlier later ahead yet ever even too very much many most some any every such what how why
again away back last next first second third de la le et percent cent plus odd strong old
yesterday today tomorrow tonight overnight instead almost nearly roughly approximately
cannot can't won't don't zero one two three four five six seven eight nine ten eleven twelve
twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
""".split()) | frozenset(
    # Irregular past tenses, which no "-ed" gives away: "the first 911 call came at 3:33".
    """came went took gave made got saw told found began became brought bought caught kept
    sent spent stood sat felt heard met paid thought wrote drove flew grew knew threw drew
    spoke stole chose fought sought taught built meant ran won broke""".split())
IRREGULAR_NOUNS = {
    "people": "people", "person": "people", "persons": "people", "men": "man",
    "women": "woman", "children": "child", "police": "police", "personnel": "personnel",
    "staff": "staff", "lives": "life", "wives": "wife", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
    "series": "series", "species": "species", "aircraft": "aircraft", "news": "news",
    "crisis": "crisis", "bus": "bus", "gas": "gas", "analysis": "analysis",
}
#: Plural-only or plural-looking nouns that are still counted ("1,200 police").
COLLECTIVE_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel",
                                "staff", "cattle", "aircraft", "troops"})
#: Year context that overrides a following plural noun ("in 2014 protests erupted").
YEAR_PREPS = frozenset({"in", "since", "by", "until", "till", "from", "during", "through"})


# --------------------------------------------------------------------------- regexes


def _alt(words: object) -> str:
    """A regex alternation, longest first so "January" wins over "Jan"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_SP = r"[ \t\u00a0\u202f\u2009]"
#: A month; only an abbreviation takes a period ("Jan.", "May. 1" as "%b." renders it):
#: "on 16 January." ends a sentence.
_MONTH = (rf"(?<![A-Za-z])(?P<mon>{_alt(MONTHS)})(?![a-z])"
          rf"(?:(?<=Sept)\.|(?<![A-Za-z]{{4}})(?<!May)\.|(?<=May)\.(?={_SP}+\d))?")
_MONTH2 = _MONTH.replace("?P<mon>", "?P<mon2>")
_WEEKDAY = rf"(?<![A-Za-z])(?P<wd>{_alt(WEEKDAYS)})(?![a-z])"
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:A-Za-z]|\.\d)"
_DAY2 = r"(?:{sp}*(?:[-–—]|&|and|to){sp}*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:A-Za-z]|\.\d))?"
_DAY2 = _DAY2.format(sp=_SP)
#: A year after a date: 1800 to 2100, as a year alone is read (`_Scanner._is_year`).
_YEAR_DIGITS = r"(?:(?:1[89]|20)\d\d|2100)"
_YEAR = rf"(?:,?{_SP}+(?P<y>{_YEAR_DIGITS})(?![\d:]|\.\d))?"
_WD_PREFIX = rf"(?:{_WEEKDAY},?{_SP}+)?"

#: "January the 12th": "the" only before an ordinal day.
_THE_NTH = rf"(?:the{_SP}+(?=[0-3]?\d(?:st|nd|rd|th)))?"
MDY_RE = re.compile(rf"{_WD_PREFIX}{_MONTH}{_SP}+{_THE_NTH}{_DAY}{_DAY2}{_YEAR}")
DMY_RE = re.compile(rf"{_WD_PREFIX}{_DAY}{_DAY2}{_SP}+(?:of{_SP}+)?{_MONTH}{_YEAR}")
MY_RE = re.compile(rf"{_MONTH},?{_SP}+(?P<y>{_YEAR_DIGITS})(?![\d:]|\.\d)")
#: "the 1990s" is a decade (a span of years), not 1990 seconds; "the 90s", "in their 90s"
#: may be a decade or an age, so they are passed over ("it took 30s" stays a duration).
DECADE_RE = re.compile(r"(1[0-9]\d0|20\d0)['’]?s(?![A-Za-z0-9])")
SHORT_DECADE_RE = re.compile(r"\d0['’]?s(?![A-Za-z0-9])")
SHORT_DECADE_BEFORE = re.compile(r"(?i)(?:['’]|\b(?:the|their|his|her|its|early|mid|late)[\s-]+)$")
ISO_RE = re.compile(r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
WEEKDAY_RE = re.compile(_WEEKDAY)

_NUMWORDS = [*ONES, *TENS, "hundred", "thousand", "million", "billion", "dozen"]
_SINGULAR_DENOMINATORS = [w for w in DENOMINATORS if not w.endswith("s")]
_A_NEXT = _alt([*A_UNITS, "dozen", "hundred", "thousand", "million", "billion",
                *_SINGULAR_DENOMINATORS])
_CURRENCY_CODES = [k for k in CURRENCY_PREFIX if k.isalpha()]


def _cased(words: list[str]) -> list[str]:
    """Lower, Capitalised and UPPER forms: the trigger is case-sensitive for speed."""
    return sorted({v for w in words for v in (w, w.capitalize(), w.upper())})


def _lower_first(item: tuple[str, object]) -> tuple[bool, str]:
    """Sort key: lower-case letters first, since sre tries a branch's letters in order."""
    return item[0].isupper(), item[0]


def _trie(words: list[str]) -> str:
    """A regex matching exactly `words`, shared prefixes factored out.

    sre tries alternatives one by one; a trie makes the cost at each word boundary
    one character test per level instead of one per word.
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items(), key=_lower_first)
                    if k]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


#: What each trigger word starts: a month, a weekday, a currency code or a number word.
TRIGGER_WORDS: dict[str, str] = {
    **{w: "word" for w in _cased([*_NUMWORDS, "between", "magnitude", *VAGUE])},
    **{w: "sign" for w in _cased(["minus", "negative"])},
    **{w: "code" for w in _CURRENCY_CODES},
    **{w: "month" for w in MONTHS},
    **{w: "wd" for w in WEEKDAYS},
    **{w: "rel" for w in _cased(list(RELATIVE_DAYS))},
}
#: A trigger word, a whole word: `\b` before it is the caller's business.
_TRIGGER_WORD = rf"(?:{_trie(list(TRIGGER_WORDS))})\b"
#: "a"/"an"/"half" count as one only before a unit or a number word ("an hour", "a dozen").
_A_WORD = rf"(?:[Aa]n?|[Hh]alf)(?={_SP}+(?:half{_SP}+|an?{_SP}+)?(?:{_A_NEXT})s?\b)\b"
#: Where a figure can start, named by the group that matches.
TRIGGER = (rf"(?P<digit>[\d{_VULGAR}])|(?P<cur>[$£€¥₹₽])"
           rf"|(?P<tw>{_trie(list(TRIGGER_WORDS))})\b|(?P<word>{_A_WORD})")
#: ASCII letters trigger words start with, and the others: a word starting with one of
#: those is skipped unexamined.
_STARTS = "".join(sorted({w[0] for w in TRIGGER_WORDS} | set("AaHh")))
_NON_START = "".join(sorted(set(string.ascii_letters) - set(_STARTS)))
#: `SCAN.match(text, pos)` skips to the next trigger in one call; the trigger is its last
#: group. A `search` for TRIGGER retried the trie at every position (40% of the run time);
#: this possessive loop eats whole words instead: one whose first letter starts no trigger
#: at once, any other after a lookahead for the trigger words. It first finishes a word
#: that `pos` cuts (no `\b` there) and never enters a word mid-run, so a word triggers
#: exactly where `\b` + TRIGGER would; digits, vulgar fractions ("½": a word character,
#: not a digit) and currency signs stop it anywhere.
SCAN = re.compile(
    rf"(?:(?<=\w)[^\W\d{_VULGAR}]+)?+"
    rf"(?:[{_NON_START}][a-zA-Z]* ?"
    rf"|(?!{_TRIGGER_WORD}|{_A_WORD})[{_STARTS}][a-zA-Z]* ?"
    r"|[^\w$£€¥₹₽]+"
    rf"|[^\W\da-zA-Z{_VULGAR}][a-zA-Z]* ?)*+"  # "_" or a non-ASCII letter: no trigger starts so
    rf"(?:{TRIGGER})"
)

NUM_STD = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+)"
    r"(?:\.\d+)?"
)
NUM_DOT = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+)"
    r"(?:,\d+)?"
)
#: Scientific notation after a mantissa: "6.02e23", "2.48×10−5", "1.5 x 10^6", "3×10⁸".
#: "e" only after a decimal mantissa ("3e8" is too often an identifier); after ×10 the
#: exponent must be marked (^, **, a superscript, a sign), else "2 x 10" is a product.
SCIENTIFIC = re.compile(
    r"(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))[eE](?P<e>[-+−]?\d{1,3})(?![\w.])"
    rf"|{_SP}?[×xX*]{_SP}?10(?:(?:\^|\*\*)(?P<p>[-+−]?\d{{1,3}})"
    r"|(?P<s>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<m>[-−]\d{1,3}))(?![\w.])"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
#: Only a figure with '.' or ',' inside reads differently under the two conventions.
SEPARATED = re.compile(r"\d+[.,]\d")
#: A text that writes "1.234.567" or "1.234,5" uses '.' for thousands.
#: (Written to start with `\d` so sre skips to digits instead of trying every position:
#: `\b\d{1,3}` is a first digit with no word character before it.)
DOT_CONVENTION = re.compile(r"\d(?:\.\d{3}\.\d{3}(?!\d)|(?<!\w\d)\d{0,2}\.\d{3},\d)")
#: What every DOT_CONVENTION match holds: a literal first character lets sre skip to each
#: "." (18 times faster over an English text, which has none of these).
DOT_HINT = re.compile(r"\.\d{3}[.,]\d")

#: After "911", what makes it a count ("911 troops"), not the emergency number ("a 911
#: call", "dialed 911", "911 calls"): a plural noun.
_NOT_911 = rf"{_SP}+(?!calls\b)(?:[a-z]{{2,}}[^s\W]s|people|men|women|children|police)\b"
#: A hyphen between the groups of a phone number, spaced as tokenized text has it.
_PH = rf"(?:{_SP}?-{_SP}?|[ .])"
#: Digit strings that are not quantities: times of day ("3 : 33 a. m.", "14 : 00" in
#: tokenized text; a game clock's "4 : 08 to go"), phone numbers, 9-1-1 and other runs of
#: hyphenated bare numbers, fractions, numeric dates, ordinals, the emergency number 911.
SKIP_RE = re.compile(
    rf"\d{{1,2}}(?:{_SP}?:{_SP}?\d{{2}}|\.\d{{2}})?{_SP}?[aApP](?:\.{_SP}?|)[mM]\.?(?![A-Za-z])"
    rf"|\d{{1,2}}{_SP}?:{_SP}?[0-5]\d(?::\d{{2}})?(?!\d)"
    rf"|\d{{3}}{_SP}?-{_SP}?\d{{4}}(?!\d)|\d{{2,4}}{_PH}\d{{3,4}}{_PH}\d{{4}}(?!\d)"
    rf"|\d{{1,3}}(?:{_SP}?-{_SP}?\d{{1,4}}){{2,}}(?![\d-])|911(?![\d]|[.,]\d|{_SP}\d|{_NOT_911})"
    r"|0\d{2,3}[ .-]\d{3}[ .-]\d{3,4}(?!\d)"
    r"|\d{1,4}\)" + _SP + r"?\d{3,4}[ .-]?\d{3,4}(?!\d)|(?<=\+)\d{1,3}(?:[ .-]?\d{1,4}){2,5}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)|\d+" + _SP + r"?/" + _SP + r"?\d+"
    r"|\d+(?:st|nd|rd|th)(?![A-Za-z])"
)
WORD_TOKEN = re.compile(rf"(?:{_SP}+(?:and|&){_SP}+|{_SP}-{_SP}|{_SP}+|-)?([A-Za-z]+)")
#: A scale word after digits: "5 million", "$5-million", "$5 - million" (tokenized).
SPACED_SCALE = re.compile(
    rf"{_SP}*(?:-{_SP}*)?(?i:(thousand|million|billion|trillion|mn|mln|bn|tn|trn)\b)")
#: Thousands after ", " as tokenized text writes them ("5, 000 gallons", "$380, 600").
NUM_COMMA_SPACED = re.compile(rf"\d{{1,3}}(?:,{_SP}?\d{{3}})+(?!\d|[.,]\d)(?:\.\d+)?")
GLUED_SCALE = re.compile(r"(bn|BN|tn|trn|mn|b|m|k|M|B|T|K)(?![A-Za-z])")
PERCENT = re.compile(rf"{_SP}?%|{_SP}+(?i:per{_SP}?cent|percent)\b")
#: "-plus" (matched after the hyphen, see `_Scanner._hyphen`) or a "+" sign.
PLUS_WORD = re.compile(r"plus\b")
PLUS_SIGN = re.compile(r"\+(?![\d+])")
RANGE_SEP = re.compile(rf"{_SP}*(?P<sep>[-–—]|to\b|and\b){_SP}*")
#: A suspended hyphen: "8- to 16-meter", "a 3- to 4-hour meeting".
SUSPENDED_SEP = re.compile(rf"{_SP}*(?P<sep>to|and)\b{_SP}*")
#: "8- and 10-year-old girls": after a suspended hyphen, "and"/"or" and a second figure
#: whose hyphenated word both share (two figures, not a range).
SHARED_AND = re.compile(rf"{_SP}*(?:and|or)(?={_SP}+\w)")
#: Between two dates of a range across months: "Dec. 30 to Jan. 2".
DATE_RANGE_SEP = re.compile(rf"{_SP}*(?:[-–—]|(?:to|through|until|till)\b){_SP}*")
MINUS_WORD = re.compile(rf"(?i:minus|negative){_SP}+")
#: After "minus"/"negative": a figure (a digit or a number word) must follow.
SIGNED_FIGURE = re.compile(rf"{_SP}+(?=\d|(?i:{_alt(_NUMWORDS)})\b)")
#: Before "minus": arithmetic ("10 minus 3") or a margin ("plus or minus 3%"), not a sign.
NOT_A_SIGN_BEFORE = re.compile(
    rf"(?i)(?:\d|\b(?:or|plus|{_alt([*ONES, *TENS, 'hundred', 'thousand', 'million'])}))\W*$")
SIGNED_KINDS = frozenset({"measure", "percent"})
#: A word fraction after its numerator ("two-thirds", "one sixth") or after "a".
FRACTION_AFTER = re.compile(rf"(?P<sep>-|{_SP}+)(?P<den>(?i:{_alt(DENOMINATORS)}))(?![A-Za-z])")
FRACTION_AT = re.compile(rf"(?P<sep>)(?P<den>(?i:{_alt(_SINGULAR_DENOMINATORS)}))(?![A-Za-z])")
#: "two-thirds of a mile", "a quarter of an hour": the fraction of one unit.
OF_A = re.compile(rf"{_SP}+of{_SP}+an?(?={_SP})")
#: "a quarter of a million": the fraction of a scale.
OF_A_SCALE = re.compile(rf"{_SP}+of{_SP}+a{_SP}+(thousand|million|billion|trillion)\b")
#: "1/4 inch", "1/40 of": digits over digits, not part of a date ("12/01/2022").
DIGIT_FRACTION = re.compile(r"(\d+)/(\d+)(?![\d/]|[.,]\d)")
#: "2 1/2 in", "1 ½ hours": a whole number and a proper fraction.
MIXED_FRACTION = re.compile(
    rf"{_SP}(\d+){_SP}?/{_SP}?(\d+)(?![\d/]|[.,]\d)|{_SP}?([{_VULGAR}])")
#: "two point five", "six point two": a spoken decimal.
SPOKEN_DECIMAL = re.compile(
    rf"{_SP}+point((?:{_SP}+(?:{_alt(DIGIT_WORDS)}))+)(?![A-Za-z])", re.IGNORECASE)
#: What may follow whole digits in a fraction: "1/4", "2 1/2", "1½", "1 ½".
#: How a range's second end may start after its separator: a digit or a sign.
_RANGE_END_START = frozenset("0123456789-−")
_SPACES = frozenset(" \t\u00a0\u202f\u2009")
#: What a score or a shared hyphen starts with, or a range in brackets ends with.
_DASHES = frozenset("-–—)")
#: Where a hyphen may start (see `_Scanner._hyphen`): a cheap test before the call.
_HYPHEN_START = frozenset("- ")
_FRACTION_NEXT = frozenset({"/", *_SPACES, *_VULGAR})
#: What may follow that space: "2 1/2", "1 ½".
_FRACTION_START = frozenset({*"123456789", *_VULGAR})
AT_BEFORE = re.compile(r"(?i)\bat\W+$")
#: "2 1/2 in thick": "in" is inches only before a dimension that ends the phrase.
INCH_IN = re.compile(rf"{_SP}+in\.?(?={_SP}+(?:thick|wide|long|tall|high|deep|across)"
                     rf"(?:[,.;:!?)]|\Z|{_SP}+(?:and|or|by|x)\b))")
_DOLLAR_LETTERS = [k[:-1] for k in CURRENCY_PREFIX if k.endswith("$") and k != "$"]
CURRENCY_LETTERS = re.compile(rf"(?<![A-Za-z])(?:{_alt(_DOLLAR_LETTERS)})$")
CURRENCY = re.compile(rf"(?:{_alt(CURRENCY_PREFIX)}){_SP}?")
#: A currency glued to its figure, as AP style writes the euro ("a euro110 billion loan",
#: "euro5 million") and some wires an ISO code ("EUR110bn"): money. "Euro"/"EURO" glued
#: is a name ("Euro2012") unless a scale follows, and so is any of them before a bare year
#: (`_Scanner._glued`). A letter before the prefix makes it part of a longer word.
GLUED_CURRENCY = {"euro": "EUR", "Euro": "EUR", "EURO": "EUR",
                  **{k: v for k, v in CURRENCY_PREFIX.items() if k.isalpha()}}
#: The name forms of the glued euro: money only before a scale ("Euro110 billion").
GLUED_NAME_CURRENCY = frozenset({"Euro", "EURO"})
GLUED_CURRENCY_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_alt(GLUED_CURRENCY)})$")
GLUED_CURRENCY_AT = re.compile(rf"(?:{_alt(GLUED_CURRENCY)})(?=\d)")
#: "euro zone", "euro-zone", tokenized "euro - zone": the currency area, no amount ("the
#: 17 euro zone countries" are 17 countries).
_NOT_ZONE = r"(?![ \t-]*zone\b)"
CURRENCY_WORD = re.compile(rf"{_SP}+(?:(?:US|NZ|Australian|Canadian){_SP}+)?"
                           rf"(?i:({_alt(CURRENCY_WORDS)}))\b{_NOT_ZONE}")
#: The same after a currency word in a compound: "the 17-euro-zone members".
HYPHEN_ZONE = re.compile(r"[ \t-]*zone\b")
#: "pound(s)" after a scale of a million or more: money (see `_read_currency_word`).
POUND_WORD = re.compile(rf"{_SP}+(?i:pounds?)\b")
#: The money scales that make "pound" a currency: a weight of millions of pounds is rare
#: in news, an amount of millions of pounds common (while "a 2,000-pound bomb" weighs).
POUND_SCALE = 1e6
#: A unit word after a figure. Both parts are tries (see `_trie`): on a word that is no
#: unit ("troops") the trie takes a fifth of the time an alternation of the 150-odd words
#: did; its greedy optional tails try the longest word first, as that alternation did.
#: A word that adds to a measure without changing its unit: "three more years".
#: A number written in capitals of three letters or more: the line is set in capitals.
SHOUTED_BEFORE = re.compile(r"\b[A-Z]{3,}$")
MORE_WORDS = frozenset({"more", "additional", "extra", "further"})
#: Words between a count and its noun that leave the noun counted: "two more people",
#: "the three other victims".
BEFORE_NOUN = MORE_WORDS | {"other"}
MORE_BEFORE_UNIT = re.compile(rf"{_SP}+(?:{'|'.join(sorted(MORE_WORDS))})(?={_SP})")
UNIT_WORD = re.compile(rf"{_SP}*(?i:({_trie(sorted(SPEED_WORDS))}(?![A-Za-z]|['’]s\b)"
                       rf"|{_trie(sorted(set(WORD_UNITS) - SPEED_WORDS))}))(?![A-Za-z])")
UNIT_ABBR = re.compile(rf"{_SP}*({_alt(ABBR_UNITS)})(?![A-Za-z0-9])")
MINUS = frozenset("-−")
CURRENCY_AFTER = re.compile(rf"{_SP}?([€£])")
#: A lower-case word after a hyphen (see `_Scanner._hyphen`): "24-hour", "a 300 - seat".
HYPHEN_WORD = re.compile(r"([a-z]+)(?![A-Za-z])")
#: Other marks of a tokenized text: "Alaska ’ s history".
TOKENIZED_SIGN = re.compile(r"\w [’'] s\b")
#: The rest of a compound noun a tokenizer spaced apart: "co - workers".
SPACED_COMPOUND = re.compile(r" - ([a-z]+)\b")
NOUN_WORD = re.compile(rf"{_SP}+((?:[A-Z]\.){{2,}}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
HEDGE_BEFORE = re.compile(rf"(?i)(?<![\w])({_alt(HEDGES_BEFORE)}){_SP}+$")
#: Before "as many as": a multiple makes it a comparison ("twice as many as 100").
MULTIPLE_BEFORE = re.compile(r"(?i)\b(?:twice|thrice|times|half|not)\W+$")
HEDGE_AFTER = re.compile(rf",?{_SP}+(?i:({_alt(HEDGES_AFTER)}))\b")
RELATIVE = re.compile(rf",?{_SP}+(?i:{_alt(RELATIVE_WORDS)})\b")
#: "for 30 minutes before sentencing" is a length all the same: "before", "after" and
#: "prior" make a point in time only when nothing before the figure makes it a length.
AMBIGUOUS_RELATIVE = frozenset({"before", "after", "prior"})
LENGTH_BEFORE = re.compile(r"(?i)\b(?:for|lasted|lasting|took|spent)\s+(?:[\w-]+\s+){0,3}$")
BETWEEN_BEFORE = re.compile(rf"(?i)\b(between|from){_SP}+$")
YEAR_PREP_BEFORE = re.compile(r"(?i)\b(in|since|by|until|till|from|during|through)\W+$")
FREQUENCY_BEFORE = re.compile(r"(?i)\b(once|twice|times|per|every|each)\W+$")
#: "killing one,", "injured one and": a verb's object "one", at the end of its clause.
ONE_AFTER_VERB = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+$")
ONE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|and\b|$)")
NO_ONE_BEFORE = re.compile(r"(?i)\b(no|any|every|some|each|the)\W+$")
VAGUE_OF = re.compile(rf"{_SP}+of{_SP}+(?i:(thousands|millions|billions))\b")
OF_NOUN = re.compile(rf"{_SP}+of(?={_SP})")
MAGNITUDE = re.compile(rf"(?i:magnitude)(?:{_SP}+|-)(?=\d)")
A_UNIT = re.compile(rf"(?i)(an?){_SP}+")
HALF = re.compile(rf"(?i)half{_SP}+")
AND_A_HALF = re.compile(rf"{_SP}+and{_SP}+a{_SP}+(half|quarter)\b")
IDENT_TAIL = re.compile(r"[\w.,/-]*")
#: The inches of a height after "5-foot-": 0 to 11, then maybe "inches" ("- 8 inches").
INCHES = re.compile(rf"(1[01]|\d)(?![\d]|[.,]\d)(?:{_SP}*(?:-{_SP}*)?inch(?:es)?\b)?")
#: The second number of a score: bare, after a hyphen or a dash ("65 - 53", "20-13").
SCORE = re.compile(rf"{_SP}*[-–—]{_SP}*(\d{{1,3}})(?![\d%]|[.,:/]\d|{_SP}*%)")
#: A rank, not a count: "the No. 5 seed", "their #1 quarterback".
RANK_BEFORE = re.compile(r"(?:(?<![A-Za-z])No\.|#) ?$")
#: A code before a spaced hyphen, in tokenized text: "the I - 75 corridor", "F - 16".
CODE_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Z0-9]{0,5} - $")
#: The last two characters before a rank or a name (a cheap test before the regexes).
_NAME_END = frozenset({"o.", ". ", "# ", "- "})
#: A name before the bracket of a win-loss record: "the Bulldogs (", "Creighton (".
RECORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.'’&]*[ \t]*$")

#: What may follow a figure on the short path (`_plain_figure`, `_plain_word`): a space
#: and a word (group "w"), a dash and a word (group "dash": "16 - year - old", no range,
#: no noun, unless the text is tokenized), ",.;:" that no digit follows (nor ", " and a
#: digit: "5, 000" is tokenized thousands), or the end of the text.
_PLAIN_TAIL = (r"(?: (?P<w>[A-Za-z]+)|(?P<dash> [-–—]) ?[A-Za-z]|,(?! ?\d)|[.;:](?!\d)"
               r"|\Z)")
PLAIN_TAIL = re.compile(_PLAIN_TAIL)
#: Digits as NUM_STD reads them, then a tail; atomic, so no other reading is tried. Not
#: NUM_STD's space-separated form ("106 000"), which may be a phone number ("007 106 000"):
#: where NUM_STD would read one, this reads the first group and no tail follows.
PLAIN_FIGURE = re.compile(
    rf"(?P<num>(?>(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?)){_PLAIN_TAIL}")
#: Characters before plain digits that leave them a figure: no minus, no name ("G7",
#: "F-16"), no "+44 ..." phone number.
PLAIN_BEFORE = frozenset(" \n\t(\"“")
#: Number words read alone on the short path (never "a", "one" is checked as a pronoun).
SMALL_NUMBERS = {**ONES, **TENS}


def _first_word(phrase: str) -> str:
    """The leading run of ASCII letters, lower case ("km/h" → "km", "per cent" → "per")."""
    m = re.match(r"[A-Za-z]*", phrase)
    return m.group().lower() if m else ""


#: Words that, right after a figure, may start something other than a unit or a noun:
#: a number word or scale, "and a half", a percent, a range, a currency ("US dollars"),
#: a time ("5 am"), a date ("9 of January"), a hedge ("or so"), an abbreviated unit
#: ("sq km", "MW"), a fraction ("two thirds"), a spoken decimal ("two point five") or
#: scientific notation ("2.48 x 10^-5").
#: Matched in lower case, so case-sensitive regexes are covered too.
#: Only the first word matters: every such construction ends in a word boundary, so it
#: either spans this whole word or fails. (Months are checked apart, by prefix.)
PLAIN_UNSAFE = frozenset(
    _first_word(w) for w in (
        *_NUMWORDS, *SCALES, "trillion", "and", "per", "percent", "to", "of", "a", "p",
        "am", "pm", "pounds", "US", "NZ", "Australian", "Canadian", "point", "x",
        *CURRENCY_WORDS, *HEDGES_AFTER, *ABBR_UNITS, *DENOMINATORS,
    )
) - {""}
#: A capitalised word starting with one of these may be a month ("9 January", "9 JanX").
MONTH_PREFIXES = tuple(MONTHS)
#: First words of the word units: after a plain figure, `_unit` decides.
UNIT_FIRST_WORDS = frozenset(_first_word(w) for w in WORD_UNITS) | MORE_WORDS


def _unit_word(text: str, end: int) -> re.Match[str] | None:
    """A unit word after a figure, past a word that adds without changing the unit:
    "three more years", "10 extra minutes" are years and minutes still."""
    um = UNIT_WORD.match(text, end)
    if um is None:
        mm = MORE_BEFORE_UNIT.match(text, end)
        um = UNIT_WORD.match(text, mm.end()) if mm is not None else None
    return um

# Canonical pint names, resolved once at import time.
_PINT_NAMES: dict[str, tuple[str, str]] = {}


def _unit_info(pint_name: str) -> tuple[str, str]:
    """(canonical unit name, kind) for a pint unit expression; memoised."""
    if pint_name not in _PINT_NAMES:
        if not pint_name:
            _PINT_NAMES[pint_name] = ("magnitude", "measure")
        else:
            unit = UREG.Unit(pint_name)
            is_time = unit.dimensionality == UREG.Unit("second").dimensionality
            _PINT_NAMES[pint_name] = (str(unit), "duration" if is_time else "measure")
    return _PINT_NAMES[pint_name]


for _name, _ in (*WORD_UNITS.values(), *ABBR_UNITS.values()):
    _unit_info(_name)


# --------------------------------------------------------------------------- helpers


class _Num(NamedTuple):
    value: float
    end: int
    raw: str  # the digits or fraction as written ("" for whole number words)
    scaled: bool
    scale: float = 1.0  # the multiplier a scale word applied ("million" → 1e6)


@dataclass
class _Phrase:
    """A figure being read: what `_amount`'s steps have found so far."""

    s: int
    n1: _Num
    value: float
    low: float
    high: float
    end: int
    kind: Kind
    unit: str
    hstart: int = 0
    hedge: ReadHedge = "exact"
    is_range: bool = False
    plus: bool = False


def singular(word: str) -> str:
    """Normalise a counted noun: lower case, singular ("troops" → "troop")."""
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _unsafe_after(word: str) -> bool:
    """Whether a word after a figure may start more than a unit or a noun (PLAIN_UNSAFE)."""
    return word.lower() in PLAIN_UNSAFE or (word[0].isupper() and word.startswith(MONTH_PREFIXES))


def _is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun, the head of a counted phrase."""
    w = word.lower()
    if w in COLLECTIVE_PLURALS:
        return True
    if w in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[w] != w and w not in ("person", "bus", "gas")
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))
            and w.isascii() and "'" not in w)


def _interval(value: float, hedge: ReadHedge) -> tuple[float, float]:
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


def _ordered(low: float, high: float) -> tuple[float, float]:
    """A range's ends; two negatives may come in either order ("-18 °C to -34 °C")."""
    if high < low < 0:
        return high, low
    return low, high


def _to_float(raw: str, dot_mode: bool) -> float:
    """Digits as written → float, honouring the text's separator convention."""
    if raw.isdigit():  # most figures: nothing to strip
        return float(raw)
    s = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    s = s.replace(".", "").replace(",", ".") if dot_mode else s.replace(",", "")
    return float(s)


def _parse_words(text: str, i: int) -> tuple[float, int] | None:
    """Read English number words ("one hundred and five thousand", "two dozen") at i."""
    total = current = 0.0
    last = ""  # class of the previous word: one, teen, ten, hundred, scale, dozen
    last_scale = math.inf
    end = i
    pos = i
    first = True
    while True:
        if last == "scale" and text.startswith(", ", pos):
            rest = _comma_group(text, pos + 2, last_scale)
            if rest is not None:
                return total + current + rest[0], rest[1]
        m = WORD_TOKEN.match(text, pos)
        if not m or (first and m.start(1) != i):
            break
        w = m.group(1).lower()
        sep = text[m.start():m.start(1)]
        if ("and" in sep or "&" in sep) and last not in ("hundred", "scale"):
            break
        # A hyphen joins "twenty-four", and a scale to its multiplier in a compound
        # adjective ("a five-million-pound fee", as "a 2-million-pound fee" is read).
        if "-" in sep and not ((last == "ten" and w in ONES)
                               or (w in WORD_SCALES and last in ("one", "teen", "ten"))):
            break
        if w in ONES and ONES[w] < 10 and last in ("", "ten", "hundred", "scale"):
            current += ONES[w]
            last = "one"
        elif w in ONES and last in ("", "hundred", "scale"):
            current += ONES[w]
            last = "teen"
        elif w in TENS and last in ("", "hundred", "scale"):
            current += TENS[w]
            last = "ten"
        elif w == "hundred" and last in ("one", "teen", "ten", "") and current < 100:
            current = (current or 1) * 100
            last = "hundred"
        elif w == "dozen" and last in ("one", "teen", "ten", ""):
            current = (current or 1) * 12
            last = "dozen"
        elif w in ("thousand", "million", "billion", "trillion") and last not in ("scale",):
            scale = SCALES[w]
            if scale >= last_scale:
                break
            total += (current or 1) * scale
            current = 0
            last_scale = scale
            last = "scale"
        else:
            break
        first = False
        pos = end = m.end()
    if end == i:
        return None
    return total + current, end


def _comma_group(text: str, i: int, below: float) -> tuple[float, int] | None:
    """The group after a scale and a comma, as cheques spell figures: "three million,
    two hundred and forty". Only a group with "hundred" and smaller than the scale, since
    "a million, two were hurt" is a list."""
    rest = _parse_words(text, i)
    if rest is None or rest[0] >= below or "hundred" not in text[i:rest[1]].lower():
        return None
    return rest


# --------------------------------------------------------------------------- scanner


class _Scanner:
    """One pass over one text; `out` collects quantities with non-overlapping spans."""

    def __init__(self, text: str, reference_date: dt.date | None) -> None:
        self.text = text
        self.ref = reference_date
        self._dot_mode: bool | None = None
        self._tokenized: bool | None = None
        self.out: list[Quantity] = []
        self.last_end = 0
        self.skip_end = -1

    @property
    def dot_mode(self) -> bool:
        """Whether the text writes "1.234.567": decided once, on the first figure that cares."""
        if self._dot_mode is None:  # DOT_HINT first: it scans for "." at C speed
            text = self.text
            self._dot_mode = bool(DOT_HINT.search(text)) and bool(DOT_CONVENTION.search(text))
        return self._dot_mode

    @property
    def tokenized(self) -> bool:
        """Whether the text is spaced as a tokenizer leaves it (ECB+: "a 24 - hour strike",
        "5, 000 gallons", "Alaska ’ s"): more spaced hyphens (" - ") than others ("well-known"),
        or a spaced possessive. Decided once, on the first figure that cares, since
        in other text a spaced hyphen is a dash ("24 - mostly children") and ", 135" the
        next item of a list."""
        if self._tokenized is None:  # str.count, since a findall took 5% of the run time
            text = self.text
            spaced = text.count(" - ")
            self._tokenized = (spaced > text.count("-") - spaced
                               or TOKENIZED_SIGN.search(text) is not None)
        return self._tokenized

    def _hyphen(self, i: int) -> int | None:
        """Where a compound goes on after a hyphen at i ("24-hour", and in tokenized text
        "24 - hour"); None when no hyphen is there."""
        text = self.text
        c = text[i:i + 1]
        if c == "-":
            return i + 1
        if c == " " and text.startswith("- ", i + 1) and self.tokenized:
            return i + 3
        return None

    def _hyphen_word(self, i: int) -> re.Match[str] | None:
        """The lower-case word after a hyphen at i: "-hour", " - seat" (tokenized)."""
        hy = self._hyphen(i)
        return None if hy is None else HYPHEN_WORD.match(self.text, hy)

    def run(self) -> list[Quantity]:
        """Scan trigger to trigger; each handler returns where scanning resumes."""
        text = self.text
        scan = SCAN.match
        pos = 0
        while True:
            m = scan(text, pos)
            if m is None:
                return self.out
            group = m.lastgroup
            s, e = m.span(group)
            if group == "tw":
                group = TRIGGER_WORDS[text[s:e]]
            end = _HANDLERS[group](self, s, e)  # type: ignore[operator]
            pos = max(end, e) if end is not None else e

    # ---------------------------------------------------------------- emitting

    def _emit(self, start: int, end: int, kind: Kind, value: float | dt.date,
              low: float | dt.date | None, high: float | dt.date | None, *,
              hedge: Hedge = "exact", unit: str = "", precision: Precision = "day",
              year_known: bool = True) -> int:
        """Record a quantity (dropping it if it would overlap) and return its end."""
        if start < self.last_end or end <= start:
            return end
        self.out.append(_new_quantity(self.text[start:end], start, end, kind, value, low, high,
                                      hedge, unit, precision, year_known))
        self.last_end = end
        return end

    def _hedge_before(self, s: int) -> tuple[int, ReadHedge]:
        """Look back a few words for "some", "more than", "nearly"...

        A dict lookup on the last words first; the regex (which finds the exact start)
        only runs on a hit, because a `$`-anchored search costs a retry per character.
        """
        lo = max(self.last_end, s - 30)
        window = self.text[lo:s]
        if not window or not window[-1].isspace():
            return s, "exact"
        last = window.rsplit(None, 1)
        if not last or last[-1].lower().lstrip(_OPENERS) not in HEDGE_LAST_WORDS:
            return s, "exact"  # every hedge ends with one of a few words
        words = window.split()[-4:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:]).lower().lstrip(_OPENERS)
            if phrase in HEDGES_BEFORE:
                m = HEDGE_BEFORE.search(self.text, lo, s)
                if m is not None:
                    if m.group(1)[:3].lower() == "as " and MULTIPLE_BEFORE.search(
                            self.text, max(0, m.start(1) - 12), m.start(1)):
                        return s, "exact"  # "twice as many as 100": a comparison
                    return m.start(1), HEDGES_BEFORE[m.group(1).lower()]
        return s, "exact"

    # ---------------------------------------------------------------- dates

    def _date(self, y: int | None, mo: int, d: int | None) -> tuple[dt.date, bool] | None:
        """A date; without a year, the year nearest the reference date (or year 1)."""
        day = d or 1
        try:
            if y is not None:
                return dt.date(y, mo, day), True
            if self.ref is None:
                return dt.date(1, mo, day), False
            best = None
            for year in (self.ref.year - 1, self.ref.year, self.ref.year + 1):
                try:
                    cand = dt.date(year, mo, day)
                except ValueError:
                    continue
                if best is None or abs(cand - self.ref) < abs(best - self.ref):
                    best = cand
            return (best, True) if best else None
        except (ValueError, OverflowError):
            return None

    def _emit_day_match(self, m: re.Match[str]) -> int | None:
        """Emit a "January 9 and 10, 2022" / "9-10 January" match; None if invalid."""
        mo = MONTHS[m.group("mon")]
        y = int(m.group("y")) if m.group("y") else None
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else None
        first = self._date(y, mo, d1)
        if first is None or not 1 <= d1 <= 31:
            if first is None and y is None and d2 is None:
                return self._cross_month(m)  # "February 29 to March 1, 2000": year 1 has none
            return None
        low, known = first
        start = m.start()
        if d2 is not None and d2 > d1:
            try:
                high = low.replace(day=d2)
            except ValueError:
                return None
            return self._emit(start, m.end(), "date", low, low, high, hedge="range",
                              year_known=known)
        if d2 is not None:  # "9-5 January" is not a range we trust
            return None
        end = self._cross_month(m)
        if end is not None:
            return end
        return self._emit(start, m.end(), "date", low, low, low, year_known=known)

    def _cross_month(self, m: re.Match[str]) -> int | None:
        """"Dec. 30 to Jan. 2", "30 December–2 January 2022": one range over both days.

        Emitted as a same-month range is ("January 9–10"): value and low the first day,
        high the last. A year given only at the end belongs to the first day too, unless
        the range wraps into a new year (December 30 – January 2, 2022 starts in 2021).
        """
        text = self.text
        sep = DATE_RANGE_SEP.match(text, m.end())
        if sep is None:
            return None
        m2 = m.re.match(text, sep.end())
        if m2 is None or m2.group("d2") or m2.group("wd"):
            return None
        mo1, d1, mo2, d2 = (MONTHS[m.group("mon")], int(m.group("d1")),
                            MONTHS[m2.group("mon")], int(m2.group("d1")))
        wraps = (mo2, d2) < (mo1, d1)
        y1 = int(m.group("y")) if m.group("y") else None
        y2 = int(m2.group("y")) if m2.group("y") else None
        if y1 is None and y2 is not None:
            y1 = y2 - wraps
        first = self._date(y1, mo1, d1)
        if first is None:
            return None
        low, known = first
        try:
            high = dt.date(y2 if y2 is not None else low.year + wraps, mo2, d2)
        except ValueError:
            return None
        if high <= low:
            return None
        return self._emit(m.start(), m2.end(), "date", low, low, high, hedge="range",
                          year_known=known)

    def _emit_year(self, s: int, end: int, y1: int, y2: int | None = None) -> int:
        """A year ("since 2014") or a span of years ("2014–2020")."""
        low, high = dt.date(y1, 1, 1), dt.date(y2 or y1, 12, 31)
        hedge: Hedge = "range" if y2 else "exact"
        return self._emit(s, end, "date", low, low, high, hedge=hedge, precision="year")

    def _at_month(self, s: int, e: int) -> int:
        for regex in (MDY_RE, MY_RE):
            dm = regex.match(self.text, s)
            if dm is None:
                continue
            if regex is MY_RE:
                mo, y = MONTHS[dm.group("mon")], int(dm.group("y"))
                last = calendar.monthrange(y, mo)[1]
                low = dt.date(y, mo, 1)
                return self._emit(s, dm.end(), "date", low, low, dt.date(y, mo, last),
                                  precision="month")
            end = self._emit_day_match(dm)
            if end is not None:
                return end
        return e

    def _at_wd(self, s: int, e: int) -> int:
        for regex in (MDY_RE, DMY_RE):
            dm = regex.match(self.text, s)
            if dm is not None and dm.group("wd"):
                end = self._emit_day_match(dm)
                if end is not None:
                    return end
        if self.ref is None:
            return e
        diff = (WEEKDAYS[self.text[s:e]] - self.ref.weekday()) % 7
        return self._days_from_ref(s, e, diff - 7 if diff > 3 else diff)

    def _at_rel(self, s: int, e: int) -> int:
        """"today", "yesterday": the reference date's day or the one beside it."""
        if self.ref is None:
            return e
        return self._days_from_ref(s, e, RELATIVE_DAYS[self.text[s:e].lower()])

    def _days_from_ref(self, s: int, e: int, days: int) -> int:
        """Emit the day `days` from the reference date; none past the calendar's edge."""
        assert self.ref is not None
        try:
            day = self.ref + dt.timedelta(days=days)
        except OverflowError:
            return e
        return self._emit(s, e, "date", day, day, day)

    # ---------------------------------------------------------------- digits

    def _at_digit(self, s: int, e: int) -> int:
        text = self.text
        if s and (text[s - 1] == "#" or text[s - 2:s] in _NAME_END) and self._named(s):
            nm = NUM_STD.match(text, s)  # "No. 5 seed"
            return nm.end() if nm is not None else e
        plain = self._plain_figure(s)
        if plain is not None:
            return plain
        if s > 0 and s != self.skip_end and self._glued_left(s):
            return self._glued(s)
        if s > 0 and text[s - 1] in MINUS and (s == 1 or text[s - 2] in " \t\n(") and (
                s - 1 >= self.last_end):
            return self._amount(s - 1, s - 1)
        sk = SKIP_RE.match(text, s)
        if sk is not None:
            if text[sk.end() - 1] in "tdh":  # an ordinal: "12th January", "the 13th of May"
                dm = DMY_RE.match(text, s)
                end = self._emit_day_match(dm) if dm is not None else None
                if end is not None:
                    return end
            if "/" in text[s:sk.end()]:  # "1/4 inch", "1/40 of" (a bare "1/10" is a date)
                fm = DIGIT_FRACTION.match(text, s)
                if (fm is not None and int(fm.group(2))
                        and self._fraction_tail(fm.end()) is not None):
                    return self._amount(s, s)
            self.skip_end = sk.end()
            return sk.end()
        iso = ISO_RE.match(text, s)
        if iso is not None:
            d = self._date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
            if d is not None:
                return self._emit(s, iso.end(), "date", d[0], d[0], d[0])
        decade = DECADE_RE.match(text, s)
        if decade is not None:
            year = int(decade.group(1))
            first, last = dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
            return self._emit(s, decade.end(), "date", first, first, last, hedge="range",
                              precision="year")
        short = SHORT_DECADE_RE.match(text, s)
        if short is not None and SHORT_DECADE_BEFORE.search(text, max(0, s - 8), s):
            return short.end()
        dm = DMY_RE.match(text, s)
        if dm is not None:
            end = self._emit_day_match(dm)
            if end is not None:
                return end
        return self._amount(s, s)

    def _named(self, s: int) -> bool:
        """Whether the digits at s are a rank or a name: "the No. 5 seed", "#1", and in
        tokenized text "I - 75", "F - 16" (what "I-75" is elsewhere: see `_glued_left`)."""
        text = self.text
        if RANK_BEFORE.search(text, max(0, s - 5), s):
            return True
        return (text.startswith(" - ", s - 3) and self.tokenized
                and CODE_BEFORE.search(text, max(0, s - 10), s) is not None)

    def _plain_figure(self, s: int) -> int | None:
        """Plain digits ("1,500 tanks", "50 minutes", "in 2014.") on a short path.

        PLAIN_BEFORE, PLAIN_FIGURE and PLAIN_UNSAFE rule out everything `_at_digit` and
        `_amount` test before the unit and the noun (names, times, phone numbers, dates,
        decades, scales, ranges, percents, "-plus", currencies), so only their unit,
        noun, year and hedge steps are left. None: not plain, take the general path.
        """
        text = self.text
        if s and text[s - 1] not in PLAIN_BEFORE:
            return None
        m = PLAIN_FIGURE.match(text, s)
        if m is None:
            return None
        raw, word = m.group("num", "w")
        if (word is not None and _unsafe_after(word)) or (
                ("," in raw or "." in raw) and self.dot_mode):
            return None
        compound = m.group("dash") == " -" and self.tokenized
        if raw == "911" and (word is None or word == "calls" or not _is_plural(word)):
            return m.end("num")  # the emergency number
        value = _to_float(raw, False)
        end = m.end("num")
        hstart, hedge = self._hedge_before(s)
        if compound:
            return self._plain_compound(hstart, s, end, value, hedge, raw)
        if word is not None and word.lower() in UNIT_FIRST_WORDS:
            done = self._plain_unit(hstart, s, end, value, hedge)
            if done is not None:
                return None if done < 0 else done
        if word == "in" and INCH_IN.match(text, end):
            return None  # "2 in thick"
        if word == "block" and text.startswith(" block of ", end):
            return end  # an address: "the 12000 block of East 223rd Street"
        # compound=False: the hyphen step cannot match at the space before `word`.
        head = self._noun(end, plural=value != 1) if word is not None else None
        if (hedge == "exact" and len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100
                and (head is None or YEAR_PREP_BEFORE.search(text, max(0, s - 8), s))):
            return self._emit_year(s, end, int(value))
        unit, end = head if head is not None else ("", end)
        return self._finish(hstart, s, end, "count", value, hedge, unit)

    def _plain_word(self, s: int, e: int, w: str) -> int | None:
        """A lone number word ("two soldiers", "seven years") on a short path.

        As `_plain_figure`: the tail rules out a longer number ("twenty-four", "two
        hundred") and all `_amount` tests before the unit and the noun; what is left
        is `_lead`'s "no one" test, the unit, the noun and the hedges.
        """
        text = self.text
        m = PLAIN_TAIL.match(text, e)
        if m is None:
            return None
        word = m.group("w")
        if word is not None and _unsafe_after(word):
            return None
        value = float(SMALL_NUMBERS[w])
        if value == 1 and NO_ONE_BEFORE.search(text, max(0, s - 8), s):
            return e  # "no one", "the one"
        compound = m.group("dash") == " -" and self.tokenized
        hstart, hedge = self._hedge_before(s)
        if compound:
            return self._plain_compound(hstart, s, e, value, hedge, "")
        if word is not None and word.lower() in UNIT_FIRST_WORDS:
            done = self._plain_unit(hstart, s, e, value, hedge)
            if done is not None:
                return None if done < 0 else done
        if word == "in" and INCH_IN.match(text, e):
            return None  # "two in thick"
        head = self._noun(e, plural=value != 1) if word is not None else None
        if head is None:
            if value == 1 and hedge == "exact" and self._pronoun_one(s, e):
                return e
            return self._finish(hstart, s, e, "count", value, hedge, "")
        return self._finish(hstart, s, head[1], "count", value, hedge, head[0])

    def _plain_compound(self, hstart: int, s: int, end: int, value: float, hedge: ReadHedge,
                        raw: str) -> int | None:
        """Tokenized "24 - hour", "300 - seat", "three - week" on the short path: `_amount`'s
        unit, noun, year and hedge steps; `raw` the digits ("" for a word). None (take the
        general path) when the word after " - " may start something else ("to", "and",
        "plus", "million", "four"), a height ("6 - foot - 9") or a range may follow."""
        text = self.text
        wm = HYPHEN_WORD.match(text, end + 3) if text.startswith(" - ", end) else None
        if wm is None or _unsafe_after(wm.group(1)) or wm.group(1) in ("or", "plus"):
            return None
        measured = self._unit(end)
        if measured is not None:
            unit, kind, mult, uend = measured
            rm = RANGE_SEP.match(text, uend)
            if unit == "foot" or (rm is not None and (
                    text[rm.end():rm.end() + 1] in _RANGE_END_START
                    or _parse_words(text, rm.end()) is not None)):
                return None
            rel = self._point_in_time(s, uend) if kind == "duration" else None
            if rel is not None:
                return rel  # "a 24 - hour later"
            return self._finish(hstart, s, uend, kind, value * mult, hedge, unit)
        head = self._noun(end, plural=value != 1, compound=True)
        if (hedge == "exact" and len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100
                and (head is None or YEAR_PREP_BEFORE.search(text, max(0, s - 8), s))):
            return self._emit_year(s, end, int(value))
        if head is None:
            if not raw and value == 1 and hedge == "exact" and self._pronoun_one(s, end):
                return end
            return self._finish(hstart, s, end, "count", value, hedge, "")
        return self._finish(hstart, s, head[1], "count", value, hedge, head[0])

    def _plain_unit(self, hstart: int, s: int, end: int, value: float,
                    hedge: ReadHedge) -> int | None:
        """`_read_unit` and `_finish` for a plain figure; None when no unit follows, -1 (take
        the general path) when a range may ("5 km to 10 km").

        Only `_unit`'s word step can match: a space comes first (no hyphen), and a word
        an abbreviation could match is in PLAIN_UNSAFE.
        """
        text = self.text
        um = _unit_word(text, end)
        if um is None:
            return None
        rm = RANGE_SEP.match(text, um.end())
        if rm is not None and (text[rm.end():rm.end() + 1] in _RANGE_END_START
                               or _parse_words(text, rm.end()) is not None):
            return -1
        name, mult = WORD_UNITS[um.group(1).lower()]
        unit, kind = _unit_info(name)
        end = um.end()
        rel = self._point_in_time(s, end) if kind == "duration" else None
        if rel is not None:
            return rel  # "three years ago": a point in time
        return self._finish(hstart, s, end, kind, value * mult, hedge, unit)

    def _point_in_time(self, start: int, end: int) -> int | None:
        """Where "a day earlier", "three years ago" end: durations that name a point in
        time, not a length; None when the duration at `start`–`end` is a length."""
        rel = RELATIVE.match(self.text, end)
        if rel is None:
            return None
        word = rel.group().strip(", \t").lower()
        if word in AMBIGUOUS_RELATIVE and LENGTH_BEFORE.search(self.text, max(0, start - 40),
                                                               start):
            return None
        return rel.end()

    def _glued_left(self, s: int) -> bool:
        """Digits glued to letters are names, not figures ("G7", "F-16", "COVID-19")."""
        text = self.text
        prev = text[s - 1]
        if prev.isalnum() or prev == "_":
            return True
        return prev in "-/" and s > 1 and (text[s - 2].isalnum())

    def _glued(self, s: int) -> int:
        """Digits glued to letters: money after a glued currency ("euro110 billion",
        "EUR5m"), else a name ("G7", "Euro2012", "COVID-19"), skipped with a scale word
        right after it: "euro110 billion" (had it no currency) or "abc5 billion" is never
        a lone "billion" of 1e9."""
        text = self.text
        if text[s - 1].isalpha():
            gm = GLUED_CURRENCY_BEFORE.search(text, max(self.last_end, s - 4), s)
            if gm is not None:
                prefix = gm.group()
                n = self._number(s, money=True)
                if n is not None and (n.scaled or (prefix not in GLUED_NAME_CURRENCY
                                                   and not self._is_year(n))):
                    end = self._amount(gm.start(), s, cur=GLUED_CURRENCY[prefix])
                    if end is not None:
                        return end
        end = IDENT_TAIL.match(text, s).end()  # type: ignore[union-attr]
        if text[end - 1].isalnum():  # not "COVID-19, million ..."
            sm = SPACED_SCALE.match(text, end)
            if sm is not None:
                return sm.end()
        return end

    def _at_cur(self, s: int, e: int) -> int | None:
        """A currency sign; "US$", "NZ$" carry their letters just before the sign."""
        text = self.text
        if text[s] == "$":
            pm = CURRENCY_LETTERS.search(text, max(self.last_end, s - 3), s)
            if pm is not None:
                s = pm.start()
        if s > 0 and text[s - 1].isalnum():
            return e
        return self._amount(s, s)

    def _at_sign(self, s: int, e: int) -> int:
        """"minus 18 degrees", "negative 5 percent": a measure or a percent below zero."""
        text = self.text
        fm = SIGNED_FIGURE.match(text, e)
        if fm is None or NOT_A_SIGN_BEFORE.search(text, max(0, s - 12), s):
            return e  # "a minus sign", "10 minus 3", "plus or minus 3%"
        end = self._amount(s, fm.end(), sign=-1.0)
        return e if end is None else end

    def _at_code(self, s: int, e: int) -> int | None:
        """"USD 5 million": an ISO code before the number."""
        return self._amount(s, s)

    # ---------------------------------------------------------------- words

    def _at_word(self, s: int, e: int) -> int | None:
        w = self.text[s:e].lower()
        if w in ("a", "an", "half"):
            return self._a_unit(s)
        if w == "between":
            return None  # the number that follows reads "between" as its own prefix
        if w == "magnitude":
            mm = MAGNITUDE.match(self.text, s)
            if mm is None:
                return None
            n = self._number(mm.end())
            if n is None:
                return None
            return self._emit(s, n.end, "measure", n.value, n.value, n.value, unit="magnitude")
        if w in VAGUE:
            return self._vague(s, w)
        if w in SMALL_NUMBERS:
            plain = self._plain_word(s, e, w)
            if plain is not None:
                return plain
        return self._amount(s, s)

    def _a_unit(self, s: int) -> int | None:
        """"an hour", "half an hour", "a dozen", "a hundred thousand"."""
        text = self.text
        factor, i = 1.0, s
        hm = HALF.match(text, i)
        if hm is not None:
            factor, i = 0.5, hm.end()
        am = A_UNIT.match(text, i)
        if am is None:
            return None
        if _parse_words(text, am.end()) is not None:  # "a dozen": "a" is the one
            return self._amount(s, am.end(), a_factor=factor)
        if FRACTION_AT.match(text, am.end()) is not None:  # "a third of", "a quarter-inch"
            return self._amount(s, am.end(), a_factor=factor, article=True)
        um = UNIT_WORD.match(text, am.end())
        if um is None or FREQUENCY_BEFORE.search(text, max(0, s - 12), s):
            return None
        name, mult = WORD_UNITS[um.group(1).lower()]
        end = um.end()
        value = factor
        half = AND_A_HALF.match(text, end)
        if half is not None and factor == 1.0:  # "an hour and a half"
            value, end = 1 + 1 / DENOMINATORS[half.group(1)], half.end()
        rel = self._point_in_time(s, end)
        if rel is not None:
            return rel
        unit, kind = _unit_info(name)
        return self._finish(s, s, end, kind, value * mult, None, unit)

    def _vague(self, s: int, w: str) -> int | None:
        """"hundreds of thousands of people" → a range of 200,000..999,999."""
        text = self.text
        lo, hi = VAGUE[w]
        end = s + len(w)
        om = VAGUE_OF.match(text, end)
        if om is not None and w in ("tens", "dozens", "hundreds"):
            scale = VAGUE_SCALE[om.group(1).lower()]
            lo, hi, end = lo * scale, hi * scale + scale - 1, om.end()
        elif w == "tens":
            return None
        kind, unit = "count", ""
        of = OF_NOUN.match(text, end)
        if of is not None:
            money = self._vague_currency(of.end(), lo)
            head = money or self._noun(of.end(), plural=True)
            if money is not None:
                kind = "money"
            if head is not None:
                unit, end = head
        return self._emit(s, end, kind, (lo + hi) / 2, float(lo), float(hi),
                          hedge="range", unit=unit)

    def _vague_currency(self, i: int, low: int) -> tuple[str, int] | None:
        """"billions of euros", "millions of pounds": a vague amount of money is money, as
        "5 million dollars" is; "pounds" is sterling from a million on, as after digits."""
        cw = CURRENCY_WORD.match(self.text, i)
        if cw is not None:
            return CURRENCY_WORDS[cw.group(1).lower()], cw.end()
        pm = POUND_WORD.match(self.text, i) if low >= POUND_SCALE else None
        return ("GBP", pm.end()) if pm is not None else None

    # ---------------------------------------------------------------- amounts

    def _number(self, i: int, *, money: bool = False, article: bool = False) -> _Num | None:
        """A number at i: digits (with scale word or glued abbreviation, or a fraction) or
        words (with a fraction or spoken decimals); after "a" (`article`), a lone fraction."""
        text = self.text
        ch = text[i:i + 1]
        if ch in VULGAR and ch:  # "½ mile"
            return _Num(VULGAR[ch], i + 1, ch, False)
        num_re = NUM_STD
        if SEPARATED.match(text, i) and self.dot_mode:
            num_re = NUM_DOT
        m = num_re.match(text, i)
        if m is not None:
            if text.startswith(", ", m.end()) and num_re is NUM_STD:
                m = self._comma_spaced(m)
            raw = m.group()
            value = _to_float(raw, num_re is NUM_DOT)
            end = m.end()
            em = SCIENTIFIC.match(text, end)
            if em is not None:
                exp = int(em.group(em.lastgroup or "e").translate(_SUPERSCRIPTS))
                scaled = value * 10.0 ** exp if exp >= 0 else value / 10.0 ** -exp
                return _Num(scaled, em.end(), text[i:em.end()], True, 10.0 ** exp)
            gm = GLUED_SCALE.match(text, end)
            if gm is not None and (money or gm.group(1) not in MONEY_ONLY_SCALES):
                scale = GLUED_SCALES[gm.group(1)]
                return _Num(value * scale, gm.end(), raw, True, scale)
            sm = SPACED_SCALE.match(text, end)
            if sm is not None:
                scale = SCALES[sm.group(1).lower()]
                return _Num(value * scale, sm.end(), raw, True, scale)
            if raw.isdigit() and text[end:end + 1] in _FRACTION_NEXT and (
                    text[end] not in _SPACES or text[end + 1:end + 2] in _FRACTION_START):
                return self._digit_fraction(i, value, end) or _Num(value, end, raw, False)
            return _Num(value, end, raw, False)
        if article:
            fr = self._fraction_word(i, 1.0, article=True)
            return None if fr is None else _Num(fr[0], fr[1], text[i:fr[1]], fr[2] != 1, fr[2])
        nw = _parse_words(text, i)
        if nw is None:
            return None
        value, end = nw
        fr = self._fraction_word(end, value)
        if fr is not None:  # "two-thirds", "one sixth"
            return _Num(fr[0], fr[1], text[i:fr[1]], fr[2] != 1, fr[2])
        dm = SPOKEN_DECIMAL.match(text, end)
        if dm is not None and not (value == 1 and AT_BEFORE.search(text, max(0, i - 4), i)):
            digits = "".join(DIGIT_WORDS[w.lower()] for w in dm.group(1).split())
            value, end = float(f"{int(value)}.{digits}"), dm.end()  # "two point five"
            sm = SPACED_SCALE.match(text, end)
            if sm is not None:  # "one point five million"
                scale = SCALES[sm.group(1).lower()]
                return _Num(value * scale, sm.end(), "", True, scale)
        return _Num(value, end, "", False)

    def _comma_spaced(self, m: re.Match[str]) -> re.Match[str]:
        """"5, 000 gallons", "$380, 600": thousands after ", ", as tokenized text writes
        them. A group of "000", or one opening with a zero ("4, 051"), is read so anywhere
        (no list has such an item); another group only in tokenized text, where a list
        would read "8, 135" the same."""
        cm = NUM_COMMA_SPACED.match(self.text, m.start())
        if cm is None:
            return m
        groups = [g.strip(" \t\u00a0\u202f\u2009")[:3] for g in cm.group().split(",")[1:]]
        if all(g == "000" for g in groups) or groups[0].startswith("0") or self.tokenized:
            return cm  # no figure opens with a zero: "4, 051 yards" is 4,051
        return m

    def _digit_fraction(self, i: int, whole: float, end: int) -> _Num | None:
        """"2 1/2", "1½" (a mixed number: always a figure) or "1/4 inch", "1/40 of" (a bare
        fraction: only before a unit or "of", since "on 1/10" is a US date more often)."""
        text = self.text
        mm = MIXED_FRACTION.match(text, end)
        if mm is not None:
            if mm.group(3):
                part = VULGAR[mm.group(3)]
            elif 0 < int(mm.group(1)) < int(mm.group(2)):
                part = int(mm.group(1)) / int(mm.group(2))
            else:
                return None
            return _Num(whole + part, mm.end(), text[i:mm.end()], False)
        fm = DIGIT_FRACTION.match(text, i)
        if fm is None or int(fm.group(2)) == 0:
            return None
        tail = self._fraction_tail(fm.end())
        if tail is None:
            return None
        value = int(fm.group(1)) / int(fm.group(2)) * tail[1]
        return _Num(value, tail[0], text[i:fm.end()], tail[1] != 1, tail[1])

    def _fraction_word(self, i: int, numerator: float, *,
                       article: bool = False) -> tuple[float, int, float] | None:
        """"two-thirds", "one sixth", "three halves", "a quarter of": (value, end, scale).

        A denominator that is also an ordinal ("a third term", "one third-party bid") or a
        countable noun (fiscal "quarters", the two "halves" of a match) is read as a fraction
        only where nothing else fits: after "a", an ordinal needs "of" and "half"/"quarter" a
        unit or "of"; "three quarters" spaced needs them too, and "nine quarters" (more than
        a whole) is a count. Numerator 1 takes a singular denominator, any other a plural
        one ("two thirds", never "two third").
        """
        text = self.text
        fm = (FRACTION_AT if article else FRACTION_AFTER).match(text, i)
        if fm is None or not numerator.is_integer() or numerator < 1:
            return None
        word = fm.group("den").lower()
        if word.endswith("s") != (numerator != 1):
            return None
        end = fm.end()
        ordinal = word in ORDINAL_DENOMINATORS
        if ordinal and text.startswith("-", end):
            return None  # "one third-party candidate", "a fifth-year senior"
        tail = self._fraction_tail(end)
        countable = word in ("quarter", "quarters") or (word == "halves" and numerator == 2)
        if countable and numerator > 3 and fm.group("sep") != "-":
            return None  # "nine quarters of football": whole quarters, not 2.25
        if article and ordinal:
            if not OF_NOUN.match(text, end):
                return None  # "a third term"
        elif (article or (countable and fm.group("sep") != "-")) and tail is None:
            return None  # "a quarter point", "three quarters in a row", "the two halves"
        end, scale = tail if tail is not None else (end, 1.0)
        return numerator / DENOMINATORS[word] * scale, end, scale

    def _fraction_tail(self, end: int) -> tuple[int, float] | None:
        """What makes a fraction a figure: a unit ("1/4 inch"), "of" ("two-thirds of
        voters"), "of a" and a unit or a scale ("of a mile", "of a million"). Returns where
        the fraction ends (before the unit, after "of a") and the scale; None if none."""
        text = self.text
        om = OF_A.match(text, end)
        if om is not None and self._unit(om.end()) is not None:
            return om.end(), 1.0
        sm = OF_A_SCALE.match(text, end)
        if sm is not None:
            return sm.end(), SCALES[sm.group(1)]
        if OF_NOUN.match(text, end) or self._unit(end) is not None:
            return end, 1.0
        return None

    def _amount(self, s: int, i: int, *, a_factor: float = 1.0, article: bool = False,
                sign: float = 1.0, cur: str = "") -> int | None:
        """A figure with its currency, range, scale, unit or noun, and hedges.

        Returns where scanning resumes; None when no figure starts at i. `sign` -1 is a
        "minus"/"negative" before i: only a measure or a percent may take it (None else).
        `cur` is a currency read before i (glued: "euro110 billion").
        """
        ph = self._lead(s, i, a_factor, article, sign, cur)
        if not isinstance(ph, _Phrase):
            return ph
        text = self.text
        ph.hstart, ph.hedge = self._hedge_before(s)
        if self._read_range_or_percent(ph):
            if sign < 0:
                return None
            return self._emit_year(ph.hstart, ph.end, int(ph.low), int(ph.high))
        c = text[ph.end:ph.end + 1]
        if ph.kind == "count" and c and (c in _DASHES or (
                c == " " and text[ph.end + 1:ph.end + 2] in _DASHES)):
            if ph.n1.raw.isdigit() and len(ph.n1.raw) <= 3:
                score = self._score_end(ph)
                if score is not None:
                    return score  # "won 20-13", "the Bulldogs (15 - 17)": not figures
            if not ph.is_range and self._shared_hyphen(ph):
                return self._finish(ph.hstart, s, ph.end, ph.kind, ph.value, ph.hedge, ph.unit)
        hy = self._hyphen(ph.end) if text[ph.end:ph.end + 1] in _HYPHEN_START else None
        plus = PLUS_SIGN.match(text, ph.end) if hy is None else PLUS_WORD.match(text, hy)
        if plus is not None and ph.hedge in ("exact", "approximately"):
            ph.hedge, ph.end, ph.plus = "at least", plus.end(), True  # "some 100,000-plus"
        if ph.kind == "count":
            self._read_currency_word(ph)
        if ph.kind == "count":
            relative_end = self._read_unit(ph)
            if relative_end is not None:
                return relative_end
        if sign < 0 and ph.kind not in SIGNED_KINDS:
            return None  # "tested negative 10 days later", "minus three points"
        if ph.kind == "count":
            done = self._read_noun(ph)
            if done is not None:
                return done
        if ph.hedge == "range":
            return self._emit(ph.hstart, ph.end, ph.kind, ph.value, ph.low, ph.high,
                              hedge="range", unit=ph.unit)
        return self._finish(ph.hstart, s, ph.end, ph.kind, ph.value, ph.hedge, ph.unit)

    def _lead(self, s: int, i: int, a_factor: float, article: bool = False,
              word_sign: float = 1.0, cur: str = "") -> _Phrase | int | None:
        """Currency sign, minus sign and number; an int says "skip to here"."""
        text = self.text
        cm = CURRENCY.match(text, i)
        if cm is not None and not text[i].isdigit():
            cur = CURRENCY_PREFIX[cm.group().strip(" \t\u00a0\u202f\u2009")]
            i = cm.end()
        sign = 1.0
        if i + 1 < len(text) and text[i] in MINUS and text[i + 1].isdigit():
            sign, i = -1.0, i + 1  # "$-99.99", "-10C" (the caller starts s at the sign)
        n1 = self._number(i, money=bool(cur), article=article)
        if n1 is None:
            return None
        value, end = sign * n1.value * a_factor, n1.end
        hm = AND_A_HALF.match(text, end)
        if hm is not None and sign > 0:  # "two and a half miles"
            value, end = value + 1 / DENOMINATORS[hm.group(1)], hm.end()
            n1 = n1._replace(raw="", end=end)
        value *= word_sign
        if not cur:
            sm = CURRENCY_AFTER.match(text, end)
            if sm is not None:  # "15 €"
                cur, end = CURRENCY_PREFIX[sm.group(1)], sm.end()
        if n1.raw and self._glued_right(end):
            return IDENT_TAIL.match(text, end).end()  # type: ignore[union-attr]
        if not n1.raw and value == 1 and not cur and NO_ONE_BEFORE.search(text, max(0, s - 8), s):
            return end  # "no one", "the one"
        return _Phrase(s=s, n1=n1, value=value, low=value, high=value, end=end,
                       kind="money" if cur else "count", unit=cur)

    def _glued_right(self, end: int) -> bool:
        """Digits running on into letters or more digits are names ("7G", "1.2.3")."""
        text = self.text
        if end >= len(text):
            return False
        if text[end].isalpha() or text[end] == "_":
            return not (UNIT_ABBR.match(text, end) or UNIT_WORD.match(text, end))
        return text[end] in ".," and end + 1 < len(text) and text[end + 1].isdigit()

    def _read_range_or_percent(self, ph: _Phrase) -> bool:
        """Read "%" and a range's second end; True when the range is a span of years."""
        pm = PERCENT.match(self.text, ph.end)
        rng = self._range(ph.s, ph.n1, ph.value, ph.end, pm, ph.unit if ph.kind == "money" else "")
        if rng is not None:
            ph.low, ph.high, ph.end, pm, ph.hstart = rng
            ph.value, ph.hedge, ph.is_range = (ph.low + ph.high) / 2, "range", True
            years = self._is_year(ph.n1) and ph.high.is_integer() and 1800 <= ph.high <= 2100
            if years and pm is None and ph.kind == "count":
                return True
        elif pm is not None:
            ph.end = pm.end()
        if pm is not None:
            ph.kind, ph.unit = "percent", "%"
        return False

    def _score_end(self, ph: _Phrase) -> int | None:
        """Where a score or a win-loss record ends, or None: bare numbers joined by a hyphen
        are a score when the second is no higher ("beat Drake 65 - 53", "a 7-0 lead", "tied
        13 - 13"); a rising pair in brackets after a name is a record ("the Bulldogs
        (15 - 17)": 15 wins, 17 losses), where elsewhere it is a range ("ages (15 - 17)")."""
        text = self.text
        if ph.is_range:
            if (ph.hedge == "range" and text.startswith(")", ph.end) and ph.s > 0
                    and text[ph.s - 1] == "(" and ph.high < 1000 and ph.low.is_integer()
                    and RECORD_BEFORE.search(text, max(0, ph.s - 40), ph.s - 1)):
                return ph.end
            return None
        sm = SCORE.match(text, ph.end)
        if sm is None or int(sm.group(1)) > ph.value or ph.hedge != "exact":
            return None
        if self._unit(sm.end()) is not None or self._hyphen_word(sm.end()) is not None:
            return None  # "5 - 3 degrees", "a 10 - 5 - yard"
        return sm.end()

    def _shared_hyphen(self, ph: _Phrase) -> bool:
        """"8- and 10-year-old girls", "four - and six - round contests": the first figure
        takes the second's hyphenated unit or noun; its span ends at its own hyphen."""
        text = self.text
        hy = self._hyphen(ph.end)
        am = SHARED_AND.match(text, hy) if hy is not None else None
        if am is None:
            return False
        i = am.end() + 1
        while text[i:i + 1] in _SPACES and text[i:i + 1]:
            i += 1
        n2 = self._number(i)
        if n2 is None:
            return False
        cm = self._hyphen_word(n2.end)
        if cm is not None and cm.group(1) in CURRENCY_WORDS:  # "5- and 10-euro notes"
            ph.kind, ph.unit = "money", CURRENCY_WORDS[cm.group(1)]
            ph.end = hy if text[hy - 1] == "-" else hy - 1
            return True
        measured = self._unit(n2.end)
        if measured is not None:
            if self._hyphen(n2.end) is None:
                return False  # "8 - and 10 years": a dash, not a shared compound
            ph.unit, ph.kind, mult, _ = measured
            ph.value *= mult
        else:
            head = self._noun(n2.end, plural=False, compound=True)
            if head is None or self._hyphen(n2.end) is None:
                return False
            ph.unit = head[0]
        ph.end = hy if text[hy - 1] == "-" else hy - 1  # "8-", tokenized "8 -"
        return True

    def _read_currency_word(self, ph: _Phrase) -> None:
        """"5 million dollars", and in a compound adjective "a 110bn-euro package",
        "a 30 billion-euro plan" (tokenized "110bn - euro"), as "a $5-million deal" is.

        "pound(s)" is money only after a scale of a million or more (POUND_SCALE): "a
        5 million pound deal", "93.6 billion pound", "a 2-million-pound fee"; without one
        it is a weight, left to `_read_unit` ("a 5 pound bag", "a 260-pound forward").
        """
        text = self.text
        cw = CURRENCY_WORD.match(text, ph.end)
        if cw is not None:
            ph.kind, ph.unit, ph.end = "money", CURRENCY_WORDS[cw.group(1).lower()], cw.end()
            return
        c = text[ph.end:ph.end + 1]
        hm = self._hyphen_word(ph.end) if c in _HYPHEN_START and c else None
        if hm is not None:
            word = hm.group(1)
            if word in CURRENCY_WORDS and HYPHEN_ZONE.match(text, hm.end()) is None:
                ph.kind, ph.unit, ph.end = "money", CURRENCY_WORDS[word], hm.end()
            elif word == "pound" and self._scale(ph) >= POUND_SCALE:
                ph.kind, ph.unit, ph.end = "money", "GBP", hm.end()
            return
        if c == " " and self._scale(ph) >= POUND_SCALE:
            pm = POUND_WORD.match(text, ph.end)
            if pm is not None:
                ph.kind, ph.unit, ph.end = "money", "GBP", pm.end()

    def _scale(self, ph: _Phrase) -> float:
        """The scale a figure ends with: "5 million", "93.6bn", "five million" (1e6, 1e9,
        1e6); 1 when it has none ("5", "a thousand and five")."""
        n1 = ph.n1
        if n1.scaled or n1.raw:
            return n1.scale
        last = self.text[max(ph.s, n1.end - 9):n1.end].replace("-", " ").rsplit(None, 1)
        return SCALES.get(last[-1].lower(), 1.0) if last else 1.0

    def _read_unit(self, ph: _Phrase) -> int | None:
        """A measure or time unit; returns an end to skip to for "a day earlier"."""
        measured = self._unit(ph.end)
        if measured is None:
            return None
        ph.unit, ph.kind, mult, ph.end = measured
        ph.value, ph.low, ph.high = ph.value * mult, ph.low * mult, ph.high * mult
        if ph.unit == "foot" and not ph.is_range:
            self._read_inches(ph)
        if not ph.is_range:
            self._unit_range(ph, ph.unit, mult)
        return self._point_in_time(ph.s, ph.end) if ph.kind == "duration" else None

    def _read_inches(self, ph: _Phrase) -> None:
        """A height: "5-foot-8", "6 - foot - 9" (tokenized), "5 - feet - 8 inches": feet
        and inches, read as feet."""
        hy = self._hyphen(ph.end)
        im = INCHES.match(self.text, hy) if hy is not None else None
        if im is not None:
            inches = int(im.group(1)) / 12
            ph.value, ph.low, ph.high, ph.end = (ph.value + inches, ph.low + inches,
                                                 ph.high + inches, im.end())

    def _pronoun_one(self, s: int, e: int) -> bool:
        """A lone "one" is a pronoun more often than a figure ("one of the few", "the one
        who"), but not as the object of a verb that ends its clause: "shot three people,
        killing one", "injuring one and wounding two"."""
        return (ONE_AFTER_VERB.search(self.text, max(0, s - 20), s) is None
                or ONE_ENDS.match(self.text, e) is None)

    def _read_noun(self, ph: _Phrase) -> int | None:
        """The counted noun; a lone "one" or a year ends the phrase (returns the end)."""
        text, s, n1 = self.text, ph.s, ph.n1
        head = self._noun(ph.end, plural=ph.value != 1, compound=True)
        if head is not None:
            ph.unit, ph.end = head
        elif (not n1.raw and ph.value == 1 and ph.hedge == "exact"
              and self._pronoun_one(s, ph.end)):
            return ph.end
        if (self._is_year(n1) and ph.hedge == "exact" and not ph.is_range and not ph.plus
                and (head is None or YEAR_PREP_BEFORE.search(text, max(0, s - 8), s))):
            return self._emit_year(s, n1.end, int(n1.value))
        return None

    def _finish(self, hstart: int, s: int, end: int, kind: Kind, value: float,
                hedge: ReadHedge | None, unit: str) -> int:
        """Apply hedges before/after and emit."""
        if hedge is None:
            hstart, hedge = self._hedge_before(s)
        text = self.text
        # Every hedge after starts with "or": test for an "r" before running the regex.
        if hedge == "exact" and ("r" in text[end + 2:end + 5].lower()):
            am = HEDGE_AFTER.match(text, end)
            if am is not None:
                hedge, end = HEDGES_AFTER[am.group(1).lower()], am.end()
        low, high = _interval(value, hedge)
        stated = HEDGE_ALIASES.get(hedge, hedge)  # type: ignore[call-overload]
        return self._emit(hstart, end, kind, value, low, high, hedge=stated, unit=unit)

    @staticmethod
    def _is_year(n: _Num) -> bool:
        """Four plain digits between 1800 and 2100 read as a year."""
        return len(n.raw) == 4 and n.raw.isdigit() and not n.scaled and 1800 <= n.value <= 2100

    def _range(self, s: int, n1: _Num, value: float, end: int, pm: re.Match[str] | None,
               cur: str) -> tuple[float, float, int, re.Match[str] | None, int] | None:
        """The second end of a range, if one follows; (low, high, end, percent, start)."""
        text = self.text
        after1 = pm.end() if pm is not None else end
        sep_at = self._range_sep(s, after1)
        if sep_at is None:
            return None
        rm, between, suspended = sep_at
        if rm.group("sep") in "-–—" and not n1.raw:
            return None
        i = rm.end()
        if cur:  # "$5 to $10", "between euro5 billion and euro10 billion"
            cm = CURRENCY.match(text, i) or GLUED_CURRENCY_AT.match(text, i)
            if cm is not None and not text[i].isdigit():
                i = cm.end()
        i, sign2 = self._second_sign(i)
        n2 = self._number(i, money=bool(cur))
        if n2 is None or (n1.raw == "") != (n2.raw == ""):
            return None
        if n2.raw and self._glued_right(n2.end):
            return None
        if suspended and self._hyphen_word(n2.end) is None:
            return None  # "8- to 16-meter": the hyphenated word is shared
        low, high = value, sign2 * n2.value
        if n2.scaled and not n1.scaled and value * n2.scale <= high:
            low = value * n2.scale  # "1.5 to 2 million": the scale applies to both ends
        low, high = _ordered(low, high)
        if high <= low:
            return None
        pm2 = PERCENT.match(text, n2.end)
        if (pm is None) != (pm2 is None) and pm is not None:
            return None
        start = between.start(1) if between is not None else s
        return low, high, (pm2.end() if pm2 else n2.end), pm2 or pm, start

    def _range_sep(self, s: int, at: int) -> tuple[re.Match[str], re.Match[str] | None,
                                                   bool] | None:
        """The separator of a range at `at`: (match, "between"/"from" before s, suspended).

        "and" makes a range only after "between"; a suspended hyphen ("8- to 16-meter")
        is a separator too."""
        text = self.text
        suspended = False
        rm = None
        two = text[at:at + 2]
        hy = self._hyphen(at) if two[:1] == "-" or two == " -" else None
        if hy is not None:  # "8- to 16-meter", tokenized "40 - to 50 - employee"
            rm = SUSPENDED_SEP.match(text, hy)
            suspended = rm is not None
        if rm is None:
            rm = RANGE_SEP.match(text, at)
            if rm is None:
                return None
        between = BETWEEN_BEFORE.search(text, max(self.last_end, s - 10), s)
        if rm.group("sep") == "and" and (between is None
                                         or between.group(1).lower() != "between"):
            return None
        return rm, between, suspended

    def _second_sign(self, i: int) -> tuple[int, float]:
        """A minus sign or word before a range's second end ("-18 °C to -34 °C")."""
        text = self.text
        if i + 1 < len(text) and text[i] in MINUS and text[i + 1].isdigit():
            return i + 1, -1.0
        mw = MINUS_WORD.match(text, i)
        if mw is not None:
            return mw.end(), -1.0
        return i, 1.0

    def _unit_range(self, ph: _Phrase, unit: str, mult: float) -> None:
        """"5 km to 10 km", "from -18 °C to -34 °C": a range with the unit on both ends.

        Reads from `ph.end` (after the first unit); the second unit must be the same.
        """
        sep_at = self._range_sep(ph.s, ph.end)
        if sep_at is None or sep_at[2]:
            return
        rm, between, _ = sep_at
        i, sign2 = self._second_sign(rm.end())
        n2 = self._number(i)
        if n2 is None or (ph.n1.raw == "") != (n2.raw == ""):
            return
        u2 = self._unit(n2.end)
        if u2 is None or u2[0] != unit or u2[2] != mult:
            return
        low, high = _ordered(ph.value, sign2 * n2.value * mult)
        if high <= low:
            return
        ph.low, ph.high, ph.value, ph.end = low, high, (low + high) / 2, u2[3]
        ph.hedge, ph.is_range = "range", True
        ph.hstart = between.start(1) if between is not None else ph.s

    def _unit(self, end: int) -> tuple[str, Kind, float, int] | None:
        """A measure or time unit after the number: "50 minutes", "5km", "a 50-minute"."""
        text = self.text
        c = text[end:end + 1]  # `_hyphen_word`, inlined: this runs after every figure
        hm = None
        if c == "-":
            hm = HYPHEN_WORD.match(text, end + 1)
        elif c == " " and text.startswith("- ", end + 1) and self.tokenized:
            hm = HYPHEN_WORD.match(text, end + 3)
        if hm is not None:
            word = hm.group(1)
            if word in UNIT_FIRST_OF_TWO:  # "a 15,800-square-metre", "a 12-nautical-mile"
                sm = self._hyphen_word(hm.end())
                if sm is not None and f"{word} {sm.group(1)}" in WORD_UNITS:
                    word, hm = f"{word} {sm.group(1)}", sm
            elif word in SPEED_LENGTHS:  # "a 100-mile-an-hour wind": a speed, as unhyphenated
                per = self._hyphen_word(hm.end())
                if per is not None and per.group(1) in ("an", "a", "per"):
                    hour = self._hyphen_word(per.end())
                    if hour is not None and hour.group(1) == "hour":
                        word, hm = f"{word}s per hour", hour
            if word in WORD_UNITS and not word.endswith("s"):
                name, mult = WORD_UNITS[word]
            elif word in HYPHEN_ABBR_UNITS:  # "an 86-yd TD run", "a 5-km race"
                name, mult = ABBR_UNITS[word]
            else:
                return None
            unit, kind = _unit_info(name)
            return unit, kind, mult, hm.end()  # type: ignore[return-value]
        um = _unit_word(text, end)
        if um is not None:
            name, mult = WORD_UNITS[um.group(1).lower()]
            unit, kind = _unit_info(name)
            return unit, kind, mult, um.end()  # type: ignore[return-value]
        am = UNIT_ABBR.match(text, end)
        if am is not None:
            abbr = am.group(1)
            if abbr in GLUED_ONLY_UNITS and am.start(1) != end:
                return None
            name, mult = ABBR_UNITS[abbr]
            unit, kind = _unit_info(name)
            return unit, kind, mult, am.end()  # type: ignore[return-value]
        im = INCH_IN.match(text, end)
        if im is not None:  # "2 1/2 in thick"
            return "inch", "measure", 1.0, im.end()
        return None

    def _spaced_compound(self, word: str, end: int) -> tuple[str, int]:
        """A noun's word with the rest a tokenizer spaced apart ("co - workers"), and where
        it ends. A plural ("three people - mostly children") or a number word ("two
        three - point plays") ends before a spaced hyphen."""
        if not self.text.startswith(" - ", end) or not self.tokenized or _is_plural(word) or (
                word.lower() in SMALL_NUMBERS):
            return word, end
        cm = SPACED_COMPOUND.match(self.text, end)
        return (f"{word}-{cm.group(1)}", cm.end()) if cm is not None else (word, end)

    def _noun(self, end: int, *, plural: bool, compound: bool = False) -> tuple[str, int] | None:
        """The counted noun: "Russian troops", "former US national security officials"."""
        text = self.text
        if compound and text[end:end + 1] in _HYPHEN_START:
            hm = self._hyphen_word(end)
            if hm is not None:
                word = hm.group(1)
                if word in STOP_WORDS or word.endswith("ly"):
                    return None  # "24-odd", tokenized "24 - mostly children"
                return singular(word), hm.end()
        pos = end
        last: tuple[str, int] | None = None
        # in a line set in capitals ("THREE PEOPLE HAVE DIED") a capital word is no acronym
        shouting = SHOUTED_BEFORE.search(text, max(0, end - 20), end) is not None
        for _ in range(6 if plural else 3):
            wm = NOUN_WORD.match(text, pos)
            if wm is None:
                break
            word, word_end = self._spaced_compound(wm.group(1), wm.end())
            lw = word.lower()
            if word in MONTHS or word in WEEKDAYS:
                break
            if pos == end and lw in BEFORE_NOUN:
                pos = word_end  # "two more people died", "three other victims": still people
                continue
            if (lw in STOP_WORDS and (shouting or not word.isupper())) or lw in SMALL_NUMBERS:
                break  # "US" may be counted ("24 US officials"), "TEN" may not
            if lw.endswith(("'s", "’s")):  # "one state's security": the owner is counted
                owner = word[:-2]
                return (singular(owner), word_end - 2) if owner else None
            if plural:
                if _is_plural(word) and (shouting or not word.isupper()):
                    return singular(word), word_end
            else:
                if lw.endswith(("ed", "ing", "ly")) or _is_plural(word):
                    break
                last = (singular(word), word_end)
            pos = word_end
        return last


#: Trigger group (or TRIGGER_WORDS kind) → handler.
_HANDLERS = {
    "digit": _Scanner._at_digit, "cur": _Scanner._at_cur, "code": _Scanner._at_code,
    "word": _Scanner._at_word, "month": _Scanner._at_month, "wd": _Scanner._at_wd,
    "rel": _Scanner._at_rel, "sign": _Scanner._at_sign,
}


def find_quantities(text: str, *, reference_date: dt.date | None = None) -> list[Quantity]:
    """Return the quantities stated in `text`, in order, with non-overlapping spans."""
    if not isinstance(text, str) or not text:
        return []
    return _Scanner(text, reference_date).run()
