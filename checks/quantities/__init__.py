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
- A weekday with no reference date ("on Sunday" in an undated text) is a date of
  precision "weekday": only the day of the week is known (`weekday_of`).
- Relative offsets ("a day earlier", "three years ago") name a point in time, not a
  length. An exact number of days or weeks "earlier" or "later" than a day named before
  it in its sentence is that day, a date ("on Friday ... spoke by phone a day earlier":
  Thursday), whose year is known only if the named day's was. With no day to count
  from, an offset "earlier", "later", "before" or "after" is the time between two events,
  a duration ("fired four days earlier", "married two weeks before the shooting"), which
  matching tells from a length (matching/phrases.time_between); "ago" with no reference
  date is not emitted.
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
  "9 - 1 - 1"), the emergency number 911, ranks ("No. 5", "#1"), names of one of a
  series ("Route 9", "Flight 214", "iPhone 5") or addresses ("the 12000 block of").
- Tokenized text (the ECB+ corpus: "a 24 - hour strike", "5, 000 gallons", "Alaska ’ s")
  is read as its untokenized form would be, once the text shows it is tokenized (see
  `scanner._Scanner.tokenized`); a height "6 - foot - 9" is 6.75 feet; an age "a 61-year-old" is a
  duration of 61 years, spaced or not.
- A currency word ends a compound adjective as it ends a figure: "a 110bn-euro package",
  "a 2-million-pound fee" are money. "pound(s)" is money only after a scale of a million
  or more ("93.6 billion pound"); otherwise a weight ("a 260-pound forward", "a 2,000-pound
  bomb"). "miles an hour" is a speed as "miles per hour" is; so is a tokenized "km / h".
- AP style glues the currency to the figure: "a euro110 billion loan", "EUR5m" are money;
  "Euro2012" (capitalised, no scale) is a name, and a scale word after any other glued
  name ("G7 billion") is skipped with it, never read as a lone "billion".
- A currency sign the crawl lost ("agreeing an? 110 billion", "a ����110 billion") makes
  a scaled figure money of LOST_CURRENCY, which may state a fact in any currency; in
  brackets after money it is a conversion, and no figure.
- A unit word used attributively may stay singular, hyphenated or not: "a 512 gigabyte
  option", "a 500-megawatt plant", "a 12-nautical-mile zone" are measures.

The stage is a package: `model` (the Quantity), `vocabulary` (the words), `patterns` (the
regular expressions built from them), `numbers` (digits and number words) and `scanner`
(the pass over a text).
"""

from checks.quantities.model import (
    APPROX,
    BETTER_PART,
    LOST_CURRENCY,
    NEARLY,
    Hedge,
    Kind,
    Precision,
    Quantity,
    weekday_of,
)
from checks.quantities.patterns import SCAN, TRIGGER
from checks.quantities.scanner import find_quantities
from checks.quantities.vocabulary import MONTHS, WEEKDAYS, singular

__all__ = [
    "APPROX", "BETTER_PART", "LOST_CURRENCY", "MONTHS", "NEARLY", "SCAN", "TRIGGER",
    "WEEKDAYS", "Hedge", "Kind", "Precision", "Quantity", "find_quantities", "singular",
    "weekday_of",
]
