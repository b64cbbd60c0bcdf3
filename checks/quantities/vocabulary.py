"""The words figures are written with: number words, scales, hedges, months, currencies,
units (resolved through pint) and the nouns a count may count."""

from __future__ import annotations

import functools
from importlib import resources

import pint
import yaml

from checks.quantities.model import Hedge, ReadHedge

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
#: A few of something, in words, before a plural noun ("several shots", "a couple of
#: officers", "a few protesters", "a handful of arrests"): the counts each may say, wide
#: enough that a vague word fails only a figure it cannot mean ("a handful" of 13 shots).
#: "several" is read from two, as reporters use it, though dictionaries say more.
FEW = {"several": (2, 12), "couple": (2, 3), "few": (2, 6), "handful": (2, 7)}
#: The decades of a life, in words ("in her forties") and glued to "something"
#: ("fiftysomething"): an age of ten years.
AGE_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
               "seventies": 70, "eighties": 80, "nineties": 90}
SOMETHINGS = {f"{w[:-3]}ysomething": d for w, d in AGE_DECADES.items()}
#: Which years of a decade "early", "mid" and "late" leave: "in his late 30s" is 36 to 39.
DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}
#: Nouns a few of which count nothing: "shot several times" says often.
FEW_NOT_COUNTED = frozenset({"time"})
#: What a scale after them multiplies: "a few hundred" is 200 to 600, "a couple of
#: hundred" 200 to 300.
FEW_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

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
VULGAR_CHARS = "".join(VULGAR)
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
    "topping": "more than", "exceeding": "more than",
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
OPENERS = "([\"'“‘"
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
#: Parts of the article's own day after "this": "destroyed early this morning".
PARTS_OF_DAY = ("morning", "afternoon", "evening")
#: One unit of time written as one word ("an hourlong speech", "a weeklong trial") → the
#: unit's word.
LONG_WORDS = {f"{unit}long": unit for unit in ("minute", "hour", "day", "week", "month", "year")}

#: Capitalised words that number one of a series, so the digits after them name a thing
#: and count nothing (AP style's figures for names): "Route 9", "Interstate 75", "Flight
#: 214", "Engine 3", "Precinct 75", "Chapter 11", "Proposition 8", "Game 7", "Week 16",
#: product lines with model numbers ("Boeing 737", "Windows 8"), and "number" itself
#: ("jersey number 12", "badge number 3345"), which "No." abbreviates.
SERIES_NAMES = frozenset({
    "number", "Number",
    "Route", "Highway", "Interstate", "Exit", "Flight", "Train", "Bus", "Track", "Platform",
    "Gate", "Terminal", "Pier", "Engine", "Ladder", "Truck", "Rescue", "Squad", "Medic",
    "Battalion", "Station", "Precinct", "District", "Ward", "Division", "Zone", "Region",
    "Room", "Suite", "Apartment", "Unit", "Building", "Tower", "Floor", "Lot", "School",
    "Chapter", "Section", "Article", "Title", "Proposition", "Measure", "Question", "Act",
    "Bill", "Case", "Docket", "Page", "Volume", "Episode", "Season", "Channel", "Game",
    "Week", "Day", "Round", "Stage", "Phase", "Level", "Tier", "Type", "Class", "Grade",
    "Apollo", "Boeing", "Airbus", "Windows", "Galaxy", "Xbox", "PlayStation", "MagSafe",
    "FireWire", "Firewire", "Thunderbolt", "Glock",
})

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
    "wk": ("week", 1), "wks": ("week", 1),
    "fortnight": ("fortnight", 1), "month": ("month", 1), "months": ("month", 1),
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
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
    "gigahertz": ("gigahertz", 1), "megahertz": ("megahertz", 1),
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
    "GHz": ("gigahertz", 1), "MHz": ("megahertz", 1),
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
#: Nouns whose plural is spelt as their singular: "31 fire apparatus" counts apparatus.
UNCHANGED_PLURALS = frozenset(
    "apparatus aircraft sheep fish series species deer personnel staff police cattle".split())
#: Year context that overrides a following plural noun ("in 2014 protests erupted").
YEAR_PREPS = frozenset({"in", "since", "by", "until", "till", "from", "during", "through"})


# Canonical pint names, resolved once at import time.
_PINT_NAMES: dict[str, tuple[str, str]] = {}


def unit_info(pint_name: str) -> tuple[str, str]:
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
    unit_info(_name)


@functools.cache
def people_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that count people (checks/data/people.yaml): the generic ones, and all.
    Matching uses them to tell whose a count is; the reader, to know a count that cannot
    hold a fraction ("25.000 people")."""
    raw = yaml.safe_load(resources.files("checks").joinpath("data", "people.yaml").read_text())
    generic = frozenset(raw["generic"])
    return generic, generic | frozenset(raw["nouns"])


#: Words recur across a text and a corpus: `singular` and `is_plural` are cached, since
#: a hit costs a fifth of the string tests.
@functools.lru_cache(maxsize=1 << 14)
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


@functools.lru_cache(maxsize=1 << 14)
def is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun, the head of a counted phrase."""
    w = word.lower()
    if w in COLLECTIVE_PLURALS:
        return True
    if w in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[w] != w and w not in ("person", "bus", "gas")
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))
            and w.isascii() and "'" not in w)
