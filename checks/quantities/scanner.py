"""The scanner: one pass over a text, trigger to trigger, reading each figure's phrase."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from checks.quantities.model import (
    FIRST_MONDAY,
    LOST_CURRENCY,
    Hedge,
    Kind,
    Precision,
    Quantity,
    ReadHedge,
    hedge_interval,
    new_quantity,
    ordered,
)
from checks.quantities.numbers import Num, parse_words, to_float
from checks.quantities.patterns import (
    A_FEW,
    A_UNIT,
    ABBREVIATED_SCALE,
    AGE_DECADE_BEFORE,
    AMBIGUOUS_RELATIVE,
    ANCHOR_REACH,
    AND_A_HALF,
    ANY_WEEKDAY_BEFORE,
    AT_BEFORE,
    BEFORE_NOUN,
    BETWEEN_BEFORE,
    CHANGED_BY_BEFORE,
    CODE_BEFORE,
    COMPOUND_DASH,
    CURRENCY,
    CURRENCY_AFTER,
    CURRENCY_LETTERS,
    CURRENCY_WORD,
    DASHES,
    DATE_AFTER_WEEKDAY,
    DATE_RANGE_SEP,
    DECADE_RE,
    DECIMAL_COMMA,
    DIGIT_FRACTION,
    DIGITS_INTO_WORD,
    DMY_RE,
    DOT_CONVENTION,
    DOT_HINT,
    FEW_SCALE,
    FRACTION_AFTER,
    FRACTION_AT,
    FRACTION_NEXT,
    FRACTION_START,
    FREQUENCY_BEFORE,
    FULL_YEAR,
    GAME_CLOCK,
    GAP_WORDS,
    GLUED_CURRENCY,
    GLUED_CURRENCY_AT,
    GLUED_CURRENCY_BEFORE,
    GLUED_NAME_CURRENCY,
    GLUED_SCALE,
    HALF,
    HEDGE_AFTER,
    HEDGE_BEFORE,
    HYPHEN_START,
    HYPHEN_WORD,
    HYPHEN_ZONE,
    IDENT_TAIL,
    INCH_IN,
    INCHES,
    INVISIBLE,
    INVISIBLE_RE,
    ISO_RE,
    LABEL_ENDS,
    LEADING_POINT_AFTER,
    LENGTH_BEFORE,
    LOST_SIGN_BEFORE,
    LOST_SIGNS,
    LOST_SIGNS_SPACED,
    MAGNITUDE,
    MDY_RE,
    MINUS,
    MINUS_WORD,
    MIXED_FRACTION,
    MONTH_ALONE_BEFORE,
    MONTH_NAMES,
    MULTIPLE_BEFORE,
    MY_RE,
    NAME_END,
    NIL_COUNT,
    NIL_NOT_COUNTED,
    NO_ONE_BEFORE,
    NOT_A_SIGN_BEFORE,
    NOUN_WORD,
    NUM_COMMA_SPACED,
    NUM_DOT,
    NUM_STD,
    OF_A,
    OF_A_SCALE,
    OF_NOUN,
    OFFSET_SIGN,
    ON_THE_SCALE,
    ONCE_ENDS,
    ONE_AFTER_VERB,
    ONE_ENDS,
    ONE_OF_COUNTED,
    PERCENT,
    PLAIN_BEFORE,
    PLAIN_FIGURE,
    PLAIN_TAIL,
    PLUS_SIGN,
    PLUS_WORD,
    POUND_SCALE,
    POUND_WORD,
    PRIMES,
    QUITE_BEFORE,
    RANGE_END_START,
    RANGE_SEP,
    RANK_BEFORE,
    RATIO_IN,
    RECORD_BEFORE,
    RELATIVE,
    SCAN,
    SCIENTIFIC,
    SCORE,
    SENTENCE_BREAK,
    SEPARATED,
    SERIES_BEFORE,
    SHARED_AND,
    SHORT_DECADE_BEFORE,
    SHORT_DECADE_RE,
    SHOUTED_BEFORE,
    SIGNED_FIGURE,
    SIGNED_KINDS,
    SKIP_RE,
    SMALL_NUMBERS,
    SPACED_COMPOUND,
    SPACED_INCHES,
    SPACED_SCALE,
    SPACES,
    SPOKEN_DECIMAL,
    SUPERSCRIPTS,
    SUSPENDED_SEP,
    THE_WEEKEND_BEFORE,
    THOUSANDS_POINT,
    TIMES_NOT_AFTER,
    TIMES_REACH,
    TIMES_VERB_BEFORE,
    TIMES_WORDS,
    TO_LIFE,
    TOKENIZED_SIGN,
    TRIGGER_WORDS,
    TYPED,
    TYPESET_MARKS,
    UNIT_ABBR,
    UNIT_OF_ITS_OWN,
    UNIT_WORD,
    VAGUE_OF,
    VERSION,
    VERSION_AFTER,
    VERSION_AFTER_NAME,
    VERSION_BEFORE,
    YEAR_ACRONYM_BEFORE,
    YEAR_PREP_BEFORE,
    scale_may_follow,
    starts_unit,
    unit_word,
    unsafe_after,
)
from checks.quantities.periods import LAST_PERIOD, NOT_A_PERIOD_BEFORE, ago, last_period
from checks.quantities.tense import days_ahead, months_ahead, tense_of
from checks.quantities.vocabulary import (
    ABBR_UNITS,
    AGE_DECADES,
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    DECADE_PARTS,
    DENOMINATORS,
    DIGIT_WORDS,
    FEW,
    FEW_NOT_COUNTED,
    FEW_SCALES,
    GLUED_ONLY_UNITS,
    GLUED_SCALES,
    HEDGE_ALIASES,
    HEDGE_LAST_WORDS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    HYPHEN_ABBR_UNITS,
    LONG_WORDS,
    MONEY_ONLY_SCALES,
    MONTHS,
    OPENERS,
    ORDINAL_DENOMINATORS,
    RELATIVE_DAYS,
    SCALES,
    SERIES_NAMES,
    SOMETHINGS,
    SPEED_LENGTHS,
    STOP_WORDS,
    UNCHANGED_PLURALS,
    UNIT_FIRST_OF_TWO,
    VAGUE,
    VAGUE_SCALE,
    VULGAR,
    WEEKDAYS,
    WORD_UNITS,
    is_plural,
    people_nouns,
    singular,
    unit_info,
)

#: A label's last word before its colon, maybe in brackets: "passing yards:", "(miles):".
LABEL_UNIT = re.compile(r"\b([A-Za-z]+)\)?[ \t]*:[ \t]*$")
LABEL_UNIT_REACH = 24
#: A unit's noun in "-age" and the words that give it its figure: "yardage to", "mileage
#: of", "acreage was".
UNIT_NOUN_BEFORE = re.compile(
    r"\b([a-z]+)age\s+(?:to|of|at|was|is|stood\s+at|reached|totaled|totalled)\s+$", re.I)
UNIT_NOUN_REACH = 28


@dataclass(slots=True)
class _Phrase:
    """A figure being read: what `_amount`'s steps have found so far."""

    s: int
    n1: Num
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
            pos = end if end is not None and end > e else e

    def _at_nil(self, s: int, e: int) -> int | None:
        """A count the text states as none, a count of 0: people for "no one" and
        "nobody", the plural noun after "no" or "none of the" ("no injuries were
        reported", "none of the jurors"), the singular after "not a single" or "not one"
        ("not a single shot was fired")."""
        m = NIL_COUNT.match(self.text, s)
        if m is None:
            return None
        if m.group("people"):
            if not self._nil_event(m.end()):
                return None  # "Nobody has the right to violence", "no one knows"
            end, unit = m.end(), "people"
        else:
            noun = self._noun(m.end(), plural=not (m.group("single") or m.group("without")))
            if noun is None or noun[0] in NIL_NOT_COUNTED:
                return None
            unit, end = noun
        return self._emit(s, end, "count", 0.0, 0.0, 0.0, unit=unit)

    def _nil_event(self, end: int) -> bool:
        """Whether "no one" or "nobody" is the subject of an event that did not happen: a
        past verb or a passive follows ("no one died", "nobody was hurt", "no one has
        been arrested"), not a claim of a general kind ("no one knows")."""
        words = self.text[end:end + 40].split()[:3]
        if words[:1] == ["else"]:
            words = words[1:]  # "no one else was wounded"
        if not words:
            return False
        first = words[0].lower().strip(",.;:")
        if first in ("was", "were"):
            return True
        if first in ("has", "have", "had"):
            return len(words) > 1 and (words[1] == "been" or tense_of(words[1]) == "past")
        return tense_of(first) == "past" or first.endswith("ed")

    # ---------------------------------------------------------------- emitting

    def _emit(self, start: int, end: int, kind: Kind, value: float | dt.date,
              low: float | dt.date | None, high: float | dt.date | None,
              hedge: Hedge = "exact", unit: str = "", precision: Precision = "day",
              year_known: bool = True) -> int:
        """Record a quantity (dropping it if it would overlap) and return its end. A count
        whose noun is a word for a time is a duration, however its noun was reached ("14
        energized and efficient minutes")."""
        if start < self.last_end or end <= start:
            return end
        if kind == "count" and unit in WORD_UNITS and isinstance(value, float):
            name, per = WORD_UNITS[unit]
            if unit_info(name)[1] == "duration":
                kind, unit, value = "duration", unit_info(name)[0], value * per
                low, high = low * per, high * per  # type: ignore[operator]
        self.out.append(new_quantity(self.text[start:end], start, end, kind, value, low, high,
                                      hedge, unit, precision, year_known))
        self.last_end = end
        return end

    def _hedge_before(self, s: int) -> tuple[int, ReadHedge]:
        """Look back a few words for "some", "more than", "nearly"...

        A dict lookup on the last words first; the regex (which finds the exact start)
        only runs on a hit, because a `$`-anchored search costs a retry per character.
        """
        lo = max(self.last_end, s - 30)
        if lo >= s or not self.text[s - 1].isspace():  # tested before the window is cut
            return s, "exact"
        window = self.text[lo:s]
        last = window.rsplit(None, 1)
        if not last or last[-1].lower().lstrip(OPENERS) not in HEDGE_LAST_WORDS:
            return s, "exact"  # every hedge ends with one of a few words
        words = window.split()[-4:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:]).lower().lstrip(OPENERS)
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
        if self.text[s:e] in MONTH_NAMES and MONTH_ALONE_BEFORE.search(
                self.text, max(0, s - 12), s):
            return self._month_alone(s, e)
        return e

    def _month_alone(self, s: int, e: int) -> int:
        """A month named alone after a preposition ("met in June"): the nearest such month
        the tense allows, against the article's date; without one, of an unknown year."""
        mo = MONTHS[self.text[s:e]]
        if self.ref is None:
            y, known = 1, False
        else:
            shift = months_ahead(self.text, s, e, (mo - self.ref.month) % 12)
            y, known = self.ref.year + (self.ref.month - 1 + shift) // 12, True
            if not dt.MINYEAR <= y <= dt.MAXYEAR:
                return e  # none past the calendar's edge, as for days
        low = dt.date(y, mo, 1)
        high = dt.date(y, mo, calendar.monthrange(y, mo)[1])
        return self._emit(s, e, "date", low, low, high, precision="month", year_known=known)

    def _at_wd(self, s: int, e: int) -> int:
        # Most weekdays start no date ("on Monday"): test the next word before both regexes.
        for regex in (MDY_RE, DMY_RE) if DATE_AFTER_WEEKDAY.match(self.text, e) else ():
            dm = regex.match(self.text, s)
            if dm is not None and dm.group("wd"):
                end = self._emit_day_match(dm)
                if end is not None:
                    return end
        if self.ref is None or ANY_WEEKDAY_BEFORE.search(self.text, max(0, s - 8), s):
            # only the weekday is known: "on Sunday" in an undated text, "on a Friday"
            day = FIRST_MONDAY + dt.timedelta(days=WEEKDAYS[self.text[s:e]])
            return self._emit(s, e, "date", day, day, day, precision="weekday",
                              year_known=False)
        ahead = (WEEKDAYS[self.text[s:e]] - self.ref.weekday()) % 7
        return self._days_from_ref(s, e, days_ahead(self.text, s, e, ahead))

    def _at_rel(self, s: int, e: int) -> int:
        """"today", "yesterday": the reference date's day or the one beside it."""
        if self.ref is None:
            return e
        return self._days_from_ref(s, e, RELATIVE_DAYS[self.text[s:e].lower()])

    def _at_part_of_day(self, s: int, e: int) -> int:
        """"this morning": the reference date's day, as "today" is."""
        start = s - len("this ")
        if self.ref is None or start < 0 or self.text[start:s].lower() != "this ":
            return e
        return self._emit(start, e, "date", self.ref, self.ref, self.ref)

    def _at_last(self, s: int, e: int) -> int:
        """"last week", "last year": a period before the reference date, not an ordinal
        ("the last week of June") nor a stretch up to now ("over the last year")."""
        m = LAST_PERIOD.match(self.text, s)
        if m is None or self.ref is None:
            return e
        before = self.text[max(0, s - 12):s].split()
        if before and before[-1].lower() in NOT_A_PERIOD_BEFORE:
            return e
        low, high, precision = last_period(self.ref, m.group(1))
        return self._emit(s, m.end(), "date", low, low, high, precision=precision)

    def _at_weekend(self, s: int, e: int) -> int:
        """"at the weekend", "over the weekend": the Saturday and Sunday nearest the
        reference date the way the tense points, as a weekday's is."""
        before = THE_WEEKEND_BEFORE.search(self.text, max(0, s - 12), s)
        if before is None or self.ref is None:
            return e
        ahead = (calendar.SATURDAY - self.ref.weekday()) % 7
        try:
            saturday = self.ref + dt.timedelta(days=days_ahead(self.text, s, e, ahead))
        except OverflowError:
            return e
        start = before.start(before.lastgroup or 0)  # at "the" or "this"
        return self._emit(start, e, "date", saturday, saturday,
                          saturday + dt.timedelta(days=1), precision="week")

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
        if s and (text[s - 1] == "#" or text[s - 2:s] in NAME_END) and self._named(s):
            nm = NUM_STD.match(text, s)  # "No. 5 seed"
            return nm.end() if nm is not None else e
        if s > 2 and text[s - 1] == " " and text[s - 2].isalpha():
            if self._series(s):
                nm = NUM_STD.match(text, s)  # "Route 9", "Flight 214"
                return nm.end() if nm is not None else e
            version = self._version(s) if text[s - 2].isupper() else None
            if version is not None:
                return version
        if s and text[s - 1] == "." and (s == 1 or text[s - 2] in LEADING_POINT_AFTER) and (
                s - 1 >= self.last_end):
            return self._amount(s - 1, s - 1) or e  # ".38 caliber", ".5 percent"
        if s and (text[s - 1] in LOST_SIGNS or text[s - 2:s] in LOST_SIGNS_SPACED):
            lost = self._lost_sign(s)
            if lost is not None:
                return lost
        hyphened = SHORT_DECADE_RE.match(text, s) if text[s - 1:s] == "-" else None
        if hyphened is not None:  # "in her mid-40s", which a word would otherwise swallow
            aged = self._decade_of_life(s, hyphened.end(), int(text[s:s + 2]))
            if aged is not None:
                return aged
        inside = self._inside_word(s)
        if inside is not None:
            return inside
        plain = self._plain_figure(s)
        if plain is not None:
            return plain
        if s > 0 and s != self.skip_end and self._glued_left(s):
            return self._glued(s)
        if s > 0 and text[s - 1] in MINUS and (s == 1 or text[s - 2] in " \t\n(") and (
                s - 1 >= self.last_end):
            return self._amount(s - 1, s - 1)
        clock = GAME_CLOCK.match(text, s) if ":" in text[s + 1:s + 4] else None
        if clock is not None:  # "with 4:08 left": minutes left, not a time of day
            minutes = int(clock.group(1)) + int(clock.group(2)) / 60
            return self._finish(s, s, clock.end(), "duration", minutes, None, "minute")
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
        # Each regex below is tried only where its fixed characters are: "2022-01-10" has
        # a "-" fifth, "1990s" a "0" fourth, "90s" a "0" second; a day has one or two digits.
        iso = ISO_RE.match(text, s) if text[s + 4:s + 5] == "-" else None
        if iso is not None:
            d = self._date(int(iso.group("y")), int(iso.group("m")), int(iso.group("d")))
            if d is not None:
                return self._emit(s, iso.end(), "date", d[0], d[0], d[0])
        decade = DECADE_RE.match(text, s) if text[s + 3:s + 4] == "0" else None
        if decade is not None:
            year = int(decade.group(1))
            first, last = dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
            return self._emit(s, decade.end(), "date", first, first, last, hedge="range",
                              precision="year")
        short = SHORT_DECADE_RE.match(text, s) if text[s + 1:s + 2] == "0" else None
        if short is not None and AGE_DECADE_BEFORE.search(text, max(0, s - 30), s):
            return self._decade_of_life(s, short.end(), int(text[s:s + 2]))
        if short is not None and SHORT_DECADE_BEFORE.search(text, max(0, s - 8), s):
            return short.end()
        dm = None if text[s + 1:s + 3].isdecimal() else DMY_RE.match(text, s)
        if dm is not None:
            end = self._emit_day_match(dm)
            if end is not None:
                return end
        return self._amount(s, s)

    def _lost_sign(self, s: int) -> int | None:
        """A bare scaled figure after a currency sign the crawl lost is money, in a currency
        no one can tell ("agreeing an? 110 billion"). One that names its noun or currency
        ("? 3 million people", "? 300 billion euros") is read as written; an unscaled
        figure there is money only after a word of money ("earns? 900")."""
        text = self.text
        sign = LOST_SIGN_BEFORE.search(text, max(self.last_end, s - 24), s)
        if sign is None:
            return None
        n = self._number(s, money=True)
        if n is None or not (n.scaled or sign.group(1)):
            return None
        before = sign.start() - 1
        if text[before:before + 1] == "(" and self.out and self.out[-1].kind == "money" and (
                not text[self.out[-1].end:before].strip()):
            return n.end  # "30bn euros (�25.7bn)": the same sum in another currency
        if not self._number(s).scaled:  # type: ignore[union-attr]
            return self._amount(s, s, cur=LOST_CURRENCY)  # "110m": a scale of money only
        found = len(self.out)
        end = self._amount(s, s)
        if len(self.out) > found and self.out[-1].kind == "count" and not self.out[-1].unit:
            self.out[-1] = replace(self.out[-1], kind="money", unit=LOST_CURRENCY)
        return end

    def _series(self, s: int) -> bool:
        """Whether the digits at s name one of a series rather than count: after a word of
        SERIES_NAMES ("Route 9", "Engine 3", "Boeing 737"), or after a product's name that
        opens in lower case and goes on in capitals ("iPhone 5", "iPad 2")."""
        before = SERIES_BEFORE.search(self.text, max(0, s - 14), s)
        if before is None:
            return False
        word = before.group(1)
        return word in SERIES_NAMES or (word[0].islower() and not word.islower())

    def _version(self, s: int) -> int | None:
        """Where a version after an acronym ends ("USB 3.0"), or None: it is no figure."""
        before = VERSION_BEFORE.search(self.text, max(0, s - 8), s)
        if before is None or before.group(1) in CURRENCY_PREFIX:
            return None
        version = VERSION.match(self.text, s)
        if version is None or self._unit(version.end()) is not None:
            return None  # "the USGS 4.4 magnitude" is a measure
        if VERSION_AFTER.match(self.text, version.end()) is None:
            return None  # in text all in capitals, "THE 4.4 QUAKE" names no version
        return version.end()

    def _plain_year(self, s: int, raw: str, value: float, hedge: str,
                    noun: tuple[str, int] | None, end: int) -> bool:
        """Whether plain digits are a year: four of them between 1800 and 2100, unhedged,
        with no counted noun after them, or a name ("his 2011 Texas trial": a count that
        large would be written "2,011"), or with words before that make them one."""
        return (hedge == "exact" and len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2100
                and (noun is None or self._year_before(s) or self._names_after(end, noun[1])))

    def _names_after(self, end: int, noun_end: int) -> bool:
        """Whether the noun after a year-like number is a name: one capitalised word, not
        in capitals, before a lower-case noun ("2011 Texas trial"; not "2000 Americans
        died", whose next word is a verb)."""
        word = self.text[end:noun_end].strip()
        return (word[:1].isupper() and not word.isupper() and " " not in word
                and YEAR_NAMED_AFTER.match(self.text, noun_end) is not None)

    def _year_before(self, s: int) -> bool:
        """Whether the words before four digits make them a year though a noun follows:
        "in 2012 deaths", or an event's acronym, "WWDC 2012 starts at $1,199"."""
        lo = max(0, s - 12)
        return bool(YEAR_PREP_BEFORE.search(self.text, lo, s)
                    or YEAR_ACRONYM_BEFORE.search(self.text, lo, s))

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
        if (word is not None and unsafe_after(word)) or (
                ("," in raw or "." in raw) and self.dot_mode) or (
                "." in raw and THOUSANDS_POINT.match(text, s) is not None):
            return None  # "25.000 people": see `_foreign_separator`
        compound = m.group("dash") == " -" and self.tokenized
        if raw == "911" and (word is None or word == "calls" or not is_plural(word)):
            return m.end("num")  # the emergency number
        value = to_float(raw, False)
        end = m.end("num")
        hstart, hedge = self._hedge_before(s)
        if compound:
            return self._plain_compound(hstart, s, end, value, hedge, raw)
        if word is not None and starts_unit(word):
            done = self._plain_unit(hstart, s, end, value, hedge)
            if done is not None:
                return None if done < 0 else done
        if word in ("in", "on") and (INCH_IN.match(text, end) or ON_THE_SCALE.match(text, end)
                                     or RATIO_IN.match(text, end)):
            return None  # "2 in thick", "4.7 on the Richter scale", "1 in 10"
        if word == "block" and text.startswith(" block of ", end):
            return end  # an address: "the 12000 block of East 223rd Street"
        labelled = self._labelled_unit(s, end)
        if labelled is not None:  # "season passing yards: 4,318", "yardage to 4,183"
            unit, kind, mult, _ = labelled
            return self._finish(hstart, s, end, kind, value * mult, hedge, unit)
        # compound=False: the hyphen step cannot match at the space before `word`.
        head = self._noun(end, plural=value != 1) if word is not None else None
        if self._plain_year(s, raw, value, hedge, head, end):
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
        if word is not None and unsafe_after(word):
            return None
        value = float(SMALL_NUMBERS[w])
        if value == 1 and NO_ONE_BEFORE.search(text, max(0, s - 8), s):
            return e  # "no one", "the one"
        compound = m.group("dash") == " -" and self.tokenized
        hstart, hedge = self._hedge_before(s)
        if compound:
            return self._plain_compound(hstart, s, e, value, hedge, "")
        if word is not None and starts_unit(word):
            done = self._plain_unit(hstart, s, e, value, hedge)
            if done is not None:
                return None if done < 0 else done
        if word == "in" and (INCH_IN.match(text, e) or RATIO_IN.match(text, e)):
            return None  # "two in thick", "one in five"
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
        if wm is None or unsafe_after(wm.group(1)) or wm.group(1) in ("or", "plus"):
            return None
        measured = self._unit(end)
        if measured is not None:
            unit, kind, mult, uend = measured
            rm = RANGE_SEP.match(text, uend)
            if unit == "foot" or (rm is not None and (
                    text[rm.end():rm.end() + 1] in RANGE_END_START
                    or parse_words(text, rm.end()) is not None)):
                return None
            rel = self._point_in_time(s, uend) if kind == "duration" else None
            if rel is not None:
                return rel  # "a 24 - hour later"
            return self._finish(hstart, s, uend, kind, value * mult, hedge, unit)
        head = self._noun(end, plural=value != 1, compound=True)
        if self._plain_year(s, raw, value, hedge, head, end):
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
        um = unit_word(text, end)
        if um is None:
            return None
        rm = RANGE_SEP.match(text, um.end())
        if rm is not None and (text[rm.end():rm.end() + 1] in RANGE_END_START
                               or parse_words(text, rm.end()) is not None):
            return -1
        name, mult = WORD_UNITS[um.group(1).lower()]
        unit, kind = unit_info(name)
        end = um.end()
        if unit == "foot" and SPACED_INCHES.match(text, end):
            return -1  # "5 feet 8 inches": a height, read on the general path
        rel = (self._point_in_time(s, end, (value * mult, unit, hedge))
               if kind == "duration" else None)
        if rel is not None:
            return rel  # "three years ago": a point in time
        return self._finish(hstart, s, end, kind, value * mult, hedge, unit)

    def _point_in_time(self, start: int, end: int,
                       amount: tuple[float, str, ReadHedge] | None = None) -> int | None:
        """Where "a day earlier", "three years ago" end: durations that name a point in
        time, not a length; None when the duration at `start`–`end` is read as one. An
        exact number of days or weeks "earlier" or "later" than a day its sentence has
        named is that day: "Biden on Friday told reporters ... they spoke by phone a day
        earlier"; an `amount` (value, unit, hedge) "ago" is counted back from the reference
        date; any other `amount` before or after something is the time between the two."""
        rel = RELATIVE.match(self.text, end)
        if rel is None:
            return None
        word = rel.group().strip(", \t").lower()
        if word in AMBIGUOUS_RELATIVE and LENGTH_BEFORE.search(self.text, max(0, start - 40),
                                                               start):
            return None
        if word == "ago" and amount is not None and self.ref is not None:
            back = ago(self.ref, *amount)
            if back is not None:
                low, high, precision = back
                return self._emit(start, rel.end(), "date", low, low, high,
                                  precision=precision)
        days = _days(*amount) if amount is not None else None
        anchor = self._anchor(start) if days is not None and word in OFFSET_SIGN else None
        if anchor is None:
            # "fired four days earlier", "married two weeks before the shooting": with no
            # day to count from, the time between two events, a duration that matching
            # tells from a length (matching/phrases.time_between)
            return None if amount is not None and word in GAP_WORDS else rel.end()
        try:
            day = anchor.value + dt.timedelta(days=OFFSET_SIGN[word] * days)  # type: ignore
        except OverflowError:
            return rel.end()
        # its year is as known as the day's: "June 24" in a 2007 article is a guess
        known = not any(c.isdigit() for c in anchor.text) or bool(FULL_YEAR.search(anchor.text))
        return self._emit(start, rel.end(), "date", day, day, day, year_known=known)

    def _anchor(self, start: int) -> Quantity | None:
        """The day named last before `start` in its sentence, if the scan has read one."""
        if not self.out:
            return None
        last = self.out[-1]
        if (last.kind != "date" or last.precision != "day" or not last.year_known
                or last.low != last.high or start - last.end > ANCHOR_REACH
                or SENTENCE_BREAK.search(self.text, last.end, start + 1)):
            return None
        return last

    def _inside_word(self, s: int) -> int | None:
        """In tokenized text, digits hyphenated to words on both sides are inside one
        word, as the untokenized "under-17-year-old" is (a class of people, no one's
        age): where scanning resumes, or None."""
        text = self.text
        if s < 4 or text[s - 3:s] != " - " or not text[s - 4].isalpha() or not self.tokenized:
            return None
        inside = DIGITS_INTO_WORD.match(text, s)
        return inside.end() if inside is not None else None

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

    def _at_long(self, s: int, e: int) -> int:
        """"an hourlong speech", "a nearly weeklong trial": one of the unit, as hedged."""
        name, mult = WORD_UNITS[LONG_WORDS[self.text[s:e].lower()]]
        unit, kind = unit_info(name)
        return self._finish(s, s, e, kind, float(mult), None, unit)

    def _at_code(self, s: int, e: int) -> int | None:
        """"USD 5 million": an ISO code before the number."""
        return self._amount(s, s)

    # ---------------------------------------------------------------- words

    def _at_word(self, s: int, e: int) -> int | None:
        w = self.text[s:e].lower()
        if w in ("a", "an"):
            few = A_FEW.match(self.text, s)
            if few is not None:
                return self._few(s, few.end(), few.group(1).lower())
        if w in ("a", "an", "half"):
            return self._a_unit(s)
        if w == "several":
            return self._few(s, e, w)
        if w in AGE_DECADES:
            return self._decade_of_life(s, e, AGE_DECADES[w])
        if w in SOMETHINGS:
            decade = SOMETHINGS[w]
            return self._emit(s, e, "duration", decade + 4.5, float(decade),
                              decade + 9.0, hedge="range", unit="year")
        if w == "between":
            return None  # the number that follows reads "between" as its own prefix
        if w == "magnitude":
            mm = MAGNITUDE.match(self.text, s)
            if mm is None:
                return None
            n = self._number(mm.end())
            if n is None:
                return None
            rng = self._range(s, n, n.value, n.end, None, "")  # "magnitude 1.0 to 1.9"
            if rng is not None:
                low, high, end = rng[0], rng[1], rng[2]
                return self._emit(s, end, "measure", (low + high) / 2, low, high, "range",
                                  unit="magnitude")
            return self._emit(s, n.end, "measure", n.value, n.value, n.value, unit="magnitude")
        if w in VAGUE:
            return self._vague(s, w)
        if w in SMALL_NUMBERS:
            plain = self._plain_word(s, e, w)
            if plain is not None:
                return plain
        return self._amount(s, s)

    def _at_times(self, s: int, e: int) -> int | None:
        """"shot him twice", "was arrested once": a word for a number of times, after a
        verb in the past and at most its object, counts the times that event happened.
        "once" after a helper ("was once a star") means formerly, and must end the
        verb's phrase ("once inside" opens a clause)."""
        text, word = self.text, self.text[s:e].lower()
        verb = TIMES_VERB_BEFORE.search(text, max(0, s - TIMES_REACH), s)
        if (verb is None or not (verb["helper"] or tense_of(verb["verb"]) == "past")
                or TIMES_NOT_AFTER.match(text, e)
                or (word == "once" and (verb["verb"] in ONCE_HELPERS
                                        or not ONCE_ENDS.match(text, e)))):
            return None
        return self._finish(s, s, e, "count", TIMES_WORDS[word], None, "time")

    def _a_unit(self, s: int) -> int | None:
        """"an hour", "half an hour", "a dozen", "a hundred thousand"."""
        text = self.text
        factor, i = 1.0, s
        hm = HALF.match(text, i)
        if hm is not None:
            factor, i = 0.5, hm.end()
        am = A_UNIT.match(text, i)
        if am is None and factor == 1.0:
            return None
        after = am.end() if am is not None else i  # "the following half-hour": no "a"
        if parse_words(text, after) is not None:  # "a dozen": "a" is the one
            return self._amount(s, after, a_factor=factor)
        if am is not None and FRACTION_AT.match(text, after) is not None:  # "a third of"
            return self._amount(s, after, a_factor=factor, article=True)
        um = UNIT_WORD.match(text, after)
        if um is None or FREQUENCY_BEFORE.search(text, max(0, s - 12), s):
            return None
        name, mult = WORD_UNITS[um.group(1).lower()]
        end = um.end()
        value = factor
        half = AND_A_HALF.match(text, end)
        if half is not None and factor == 1.0:  # "an hour and a half"
            value, end = 1 + 1 / DENOMINATORS[half.group(1)], half.end()
        unit, kind = unit_info(name)
        rel = self._point_in_time(s, end, (value * mult, unit, "exact"))
        if rel is not None:
            return rel
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

    def _decade_of_life(self, s: int, end: int, decade: int) -> int | None:
        """"in her forties", "in his late 30s": an age within the decade, or the part of it
        "early", "mid" or "late" leaves (`DECADE_PARTS`); a decade with no person before
        it ("the sixties") is none."""
        before = AGE_DECADE_BEFORE.search(self.text, max(0, s - 30), s)
        if before is None:
            return None
        first, last = DECADE_PARTS[(before.group(1) or "").lower()]
        low, high = float(decade + first), float(decade + last)
        return self._emit(before.start(), end, "duration", (low + high) / 2, low, high,
                          hedge="range", unit="year")

    def _few(self, s: int, end: int, word: str) -> int | None:
        """"several shots", "a handful of protesters": a count of the span `FEW` gives,
        before a plural noun ("a couple of years" is a duration), not "times" ("shot
        several times" says often, not how often), nor after "quite" ("quite a few
        people" are many)."""
        if QUITE_BEFORE.search(self.text, max(0, s - 8), s):
            return None
        low, high = FEW[word]
        scale = FEW_SCALE.match(self.text, end)
        if scale is not None:  # "a few hundred people"
            times = FEW_SCALES[scale.group(1)]
            low, high, end = low * times, high * times, scale.end()
        head = self._noun(end, plural=True)
        if head is None or head[0] in FEW_NOT_COUNTED:
            return None
        return self._emit(s, head[1], "count", (low + high) / 2, float(low), float(high),
                          hedge="range", unit=head[0])

    def _vague_currency(self, i: int, low: int) -> tuple[str, int] | None:
        """"billions of euros", "millions of pounds": a vague amount of money is money, as
        "5 million dollars" is; "pounds" is sterling from a million on, as after digits."""
        cw = CURRENCY_WORD.match(self.text, i)
        if cw is not None:
            return CURRENCY_WORDS[cw.group(1).lower()], cw.end()
        pm = POUND_WORD.match(self.text, i) if low >= POUND_SCALE else None
        return ("GBP", pm.end()) if pm is not None else None

    # ---------------------------------------------------------------- amounts

    def _number(self, i: int, *, money: bool = False, article: bool = False) -> Num | None:
        """A number at i: digits (with scale word or glued abbreviation, or a fraction) or
        words (with a fraction or spoken decimals); after "a" (`article`), a lone fraction."""
        text = self.text
        ch = text[i:i + 1]
        if ch in VULGAR and ch:  # "½ mile"
            return Num(VULGAR[ch], i + 1, ch, False)
        num_re = NUM_STD
        if SEPARATED.match(text, i) and self.dot_mode:
            num_re = NUM_DOT
        m = num_re.match(text, i)
        if m is not None:
            if text.startswith(", ", m.end()) and num_re is NUM_STD:
                m = self._comma_spaced(m)
            raw = m.group()
            value = to_float(raw, num_re is NUM_DOT)
            end = m.end()
            if num_re is NUM_STD and not money and (text[end:end + 1] == "," or "." in raw):
                value, end = self._foreign_separator(i, raw, value, end)
                raw = text[i:end]
            if not scale_may_follow(text, end):
                return self._plain_number(i, value, end, raw)
            em = SCIENTIFIC.match(text, end)
            if em is not None:
                exp = int(em.group(em.lastgroup or "e").translate(SUPERSCRIPTS))
                scaled = value * 10.0 ** exp if exp >= 0 else value / 10.0 ** -exp
                return Num(scaled, em.end(), text[i:em.end()], True, 10.0 ** exp)
            gm = GLUED_SCALE.match(text, end)
            if gm is not None and (money or gm.group(1) not in MONEY_ONLY_SCALES):
                scale = GLUED_SCALES[gm.group(1)]
                return Num(value * scale, gm.end(), raw, True, scale)
            sm = SPACED_SCALE.match(text, end)
            if sm is not None:
                scale = SCALES[sm.group(1).lower()]
                return Num(value * scale, sm.end(), raw, True, scale)
            am = ABBREVIATED_SCALE.match(text, end)
            if am is not None:  # "110 b. Euro": the full stop ends no sentence
                scale = GLUED_SCALES[am.group(1).lower()]
                return Num(value * scale, am.end(), raw, True, scale)
            return self._plain_number(i, value, end, raw)
        if article:
            fr = self._fraction_word(i, 1.0, article=True)
            return None if fr is None else Num(fr[0], fr[1], text[i:fr[1]], fr[2] != 1, fr[2])
        nw = parse_words(text, i)
        if nw is None:
            return None
        value, end = nw
        fr = self._fraction_word(end, value)
        if fr is not None:  # "two-thirds", "one sixth"
            return Num(fr[0], fr[1], text[i:fr[1]], fr[2] != 1, fr[2])
        dm = SPOKEN_DECIMAL.match(text, end)
        if dm is not None and not (value == 1 and AT_BEFORE.search(text, max(0, i - 4), i)):
            digits = "".join(DIGIT_WORDS[w.lower()] for w in dm.group(1).split())
            value, end = float(f"{int(value)}.{digits}"), dm.end()  # "two point five"
            sm = SPACED_SCALE.match(text, end)
            if sm is not None:  # "one point five million"
                scale = SCALES[sm.group(1).lower()]
                return Num(value * scale, sm.end(), "", True, scale)
        return Num(value, end, "", False)

    def _foreign_separator(self, i: int, raw: str, value: float, end: int
                           ) -> tuple[float, int]:
        """A separator another convention writes, which no reading of English makes sense
        of: a decimal comma before a scale ("24,6 billion euros": 24.6 billion), or one
        point and three digits before a plural noun for people ("25.000 people", "10.000
        followers": no one counts fractions of people; "106.000 points" stays a decimal).
        Unchanged otherwise."""
        text = self.text
        decimal = DECIMAL_COMMA.match(text, end) if raw.isdigit() else None
        if decimal is not None:
            return float(f"{raw}.{decimal.group(1)}"), decimal.end(1)
        point = THOUSANDS_POINT.match(text, i) if "." in raw else None
        if point is not None and point.end() == end and is_plural(point.group(1)) and (
                singular(point.group(1)) in people_nouns()[1]):
            return float(raw.replace(".", "")), end
        return value, end

    def _plain_number(self, i: int, value: float, end: int, raw: str) -> Num:
        """Digits at i with no scale: a whole number, or one with a fraction after it."""
        text = self.text
        if raw.isdigit() and text[end:end + 1] in FRACTION_NEXT and (
                text[end] not in SPACES or text[end + 1:end + 2] in FRACTION_START):
            return self._digit_fraction(i, value, end) or Num(value, end, raw, False)
        return Num(value, end, raw, False)

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

    def _digit_fraction(self, i: int, whole: float, end: int) -> Num | None:
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
            return Num(whole + part, mm.end(), text[i:mm.end()], False)
        fm = DIGIT_FRACTION.match(text, i)
        if fm is None or int(fm.group(2)) == 0:
            return None
        tail = self._fraction_tail(fm.end())
        if tail is None:
            return None
        value = int(fm.group(1)) / int(fm.group(2)) * tail[1]
        return Num(value, tail[0], text[i:fm.end()], tail[1] != 1, tail[1])

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
            if sign < 0 or ph.low < 1:  # "-2022-2023": a minus glued to the first year
                return None
            return self._emit_year(ph.hstart, ph.end, int(ph.low), int(ph.high))
        c = text[ph.end:ph.end + 1]
        if ph.kind == "count" and c and (c in DASHES or (
                c == " " and text[ph.end + 1:ph.end + 2] in DASHES)):
            if ph.n1.raw.isdigit() and len(ph.n1.raw) <= 3:
                score = self._score_end(ph)
                if score is not None:
                    return score  # "won 20-13", "the Bulldogs (15 - 17)": not figures
            if not ph.is_range and self._shared_hyphen(ph):
                return self._finish(ph.hstart, s, ph.end, ph.kind, ph.value, ph.hedge, ph.unit)
        hy = self._hyphen(ph.end) if text[ph.end:ph.end + 1] in HYPHEN_START else None
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
        cm = None if text[i:i + 1].isdigit() else CURRENCY.match(text, i)
        if cm is not None:
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
        if not cur and ("€" in text[end:end + 2] or "£" in text[end:end + 2]):
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
        elif ph.kind == "count":
            self._ratio(ph)
        if pm is not None:
            ph.kind, ph.unit = "percent", "%"
        return False

    def _ratio(self, ph: _Phrase) -> None:
        """"one in five adults", "1 in every 10": a share (20%), not a count of five adults.

        Only a bare whole number before a larger one that is no year and takes no unit of
        its own ("2 in 10 minutes" is a time, "won 3 in 2010" a date)."""
        m = RATIO_IN.match(self.text, ph.end)
        if m is None or ph.n1.scaled or not ph.value.is_integer() or ph.value < 1:
            return
        n2 = self._number(m.end())
        if n2 is None or n2.value <= ph.value or self._is_year(n2) or self._unit(n2.end):
            return
        ph.value = ph.low = ph.high = 100 * ph.value / n2.value
        ph.kind, ph.unit, ph.end = "percent", "%", n2.end

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
        while text[i:i + 1] in SPACES and text[i:i + 1]:
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
        hm = self._hyphen_word(ph.end) if c in HYPHEN_START and c else None
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
            measured = self._labelled_unit(ph.s, ph.end)
        if measured is None:
            return None
        ph.unit, ph.kind, mult, ph.end = measured
        ph.value, ph.low, ph.high = ph.value * mult, ph.low * mult, ph.high * mult
        if ph.unit == "foot" and not ph.is_range:
            self._read_inches(ph)
        if not ph.is_range:
            self._unit_range(ph, ph.unit, mult)
        return (self._point_in_time(ph.s, ph.end, (ph.value, ph.unit, ph.hedge))
                if ph.kind == "duration" else None)

    def _labelled_unit(self, s: int, end: int) -> tuple[str, Kind, float, int] | None:
        """A fact box's or stat line's unit, in its label: "Luck's season passing yards:
        4,318", "Depth (miles): 2.7", where the number ends its line or list item. Only a
        plural unit word: "Year: 2012" names no measure. Or the unit's noun in "-age"
        before the number: "swelling his season yardage to 4, 183" (yards), "a total
        acreage of 8.7" (acres)."""
        if ":" not in self.text[max(0, s - 3):s]:
            if "age " not in self.text[max(0, s - UNIT_NOUN_REACH):s]:
                return None  # the common case, decided before any pattern runs
            label = UNIT_NOUN_BEFORE.search(self.text, max(0, s - UNIT_NOUN_REACH), s)
            word = f"{label.group(1).lower()}s" if label is not None else ""
        else:
            label = LABEL_UNIT.search(self.text, max(0, s - LABEL_UNIT_REACH), s)
            if label is None or LABEL_ENDS.match(self.text, end) is None:
                return None
            word = label.group(1).lower()
        if word not in WORD_UNITS or not word.endswith("s"):
            return None
        name, mult = WORD_UNITS[word]
        unit, kind = unit_info(name)
        return unit, kind, mult, end  # type: ignore[return-value]

    def _read_inches(self, ph: _Phrase) -> None:
        """A height: "5-foot-8", "6 - foot - 9" (tokenized), "5 - feet - 8 inches", "5 feet
        8 inches": feet and inches, read as feet."""
        hy = self._hyphen(ph.end)
        im = INCHES.match(self.text, hy) if hy is not None else SPACED_INCHES.match(
            self.text, ph.end)
        if im is not None:
            inches = int(im.group(1)) / 12
            ph.value, ph.low, ph.high, ph.end = (ph.value + inches, ph.low + inches,
                                                 ph.high + inches, im.end())

    def _pronoun_one(self, s: int, e: int) -> bool:
        """A lone "one" is a pronoun more often than a figure ("one of the few", "the one
        who"), but not as the object of a verb that ends its clause: "shot three people,
        killing one", "injuring one and wounding two", nor as a part of a counted whole:
        "One of the three people he shot"."""
        if ONE_OF_COUNTED.match(self.text, e) is not None:
            return False
        return (ONE_AFTER_VERB.search(self.text, max(0, s - 20), s) is None
                or ONE_ENDS.match(self.text, e) is None)

    def _read_noun(self, ph: _Phrase) -> int | None:
        """The counted noun; a lone "one" or a year ends the phrase (returns the end)."""
        s, n1 = ph.s, ph.n1
        head = self._noun(ph.end, plural=ph.value != 1, compound=True)
        if head is not None:
            ph.unit, ph.end = head
        elif (not n1.raw and ph.value == 1 and ph.hedge == "exact"
              and self._pronoun_one(s, ph.end)):
            return ph.end
        if (self._is_year(n1) and ph.hedge == "exact" and not ph.is_range and not ph.plus
                and (head is None or self._year_before(s))):
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
        if hedge == "exact" and unit in ("year", "") and kind in ("duration", "count"):
            life = TO_LIFE.match(text, end)
            if life is not None:  # "15 years to life": at least 15 years, up to life
                kind, unit, hedge, end = "duration", "year", "at least", life.end()
        low, high = hedge_interval(value, hedge)
        stated = HEDGE_ALIASES.get(hedge, hedge)  # type: ignore[call-overload]
        return self._emit(hstart, end, kind, value, low, high, stated, unit)

    @staticmethod
    def _is_year(n: Num) -> bool:
        """Four plain digits between 1800 and 2100 read as a year."""
        return len(n.raw) == 4 and n.raw.isdigit() and not n.scaled and 1800 <= n.value <= 2100

    def _range(self, s: int, n1: Num, value: float, end: int, pm: re.Match[str] | None,
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
        if n2 is None or ((n1.raw == "") != (n2.raw == "") and between is None):
            return None  # words and digits mixed only after "from", "between": "from six to 75"
        if n2.raw and self._glued_right(n2.end):
            return None
        if suspended and self._hyphen_word(n2.end) is None:
            return None  # "8- to 16-meter": the hyphenated word is shared
        low, high = value, sign2 * n2.value
        if n2.scaled and not n1.scaled and value * n2.scale <= high:
            low = value * n2.scale  # "1.5 to 2 million": the scale applies to both ends
        low, high = ordered(low, high)
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
        if rm.group("sep") == "to" and between is None and UNIT_OF_ITS_OWN.search(
                text, s, at) and CHANGED_BY_BEFORE.search(text, max(self.last_end, s - 48), s):
            return None  # "has dropped $100 to $1199": a change, then a level
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
        low, high = ordered(ph.value, sign2 * n2.value * mult)
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
            unit, kind = unit_info(name)
            return unit, kind, mult, hm.end()  # type: ignore[return-value]
        um = unit_word(text, end)
        if um is not None:
            name, mult = WORD_UNITS[um.group(1).lower()]
            unit, kind = unit_info(name)
            return unit, kind, mult, um.end()  # type: ignore[return-value]
        am = UNIT_ABBR.match(text, end)
        if am is not None:
            abbr = am.group(1)
            if abbr in GLUED_ONLY_UNITS and am.start(1) != end:
                return None
            name, mult = ABBR_UNITS[abbr]
            unit, kind = unit_info(name)
            return unit, kind, mult, am.end()  # type: ignore[return-value]
        im = INCH_IN.match(text, end)
        if im is not None:  # "2 1/2 in thick"
            return "inch", "measure", 1.0, im.end()
        if c in PRIMES and not text[end + 1:end + 2].isalnum() and not self._angle(end):
            return PRIMES[c], "measure", 1.0, end + 1  # "the 15.4″ MacBook Pro"
        sm = ON_THE_SCALE.match(text, end) if c == " " else None
        if sm is not None:  # "4.7 on the Richter scale"
            name, mult = WORD_UNITS["magnitude"]
            unit, kind = unit_info(name)
            return unit, kind, mult, sm.end()  # type: ignore[return-value]
        return None

    def _angle(self, end: int) -> bool:
        """Whether the number that ends at `end` goes on an angle ("37°45′30″"), whose
        primes are minutes and seconds of arc, not feet and inches."""
        start = end
        while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] == "."):
            start -= 1
        return self.text[start - 1:start] in ("°", "′")

    def _spaced_compound(self, word: str, end: int) -> tuple[str, int]:
        """A noun's word with the rest a tokenizer spaced apart ("co - workers"), and where
        it ends. A plural ("three people - mostly children") or a number word ("two
        three - point plays") ends before a spaced hyphen."""
        if not self.text.startswith(" - ", end) or not self.tokenized or is_plural(word) or (
                word.lower() in SMALL_NUMBERS):
            return word, end
        cm = SPACED_COMPOUND.match(self.text, end)
        return (f"{word}-{cm.group(1)}", cm.end()) if cm is not None else (word, end)

    def _shouting(self, end: int) -> bool:
        """Whether the line before `end` is set in capitals ("THREE PEOPLE HAVE DIED"),
        where a capital word is no acronym. Asked only of a capital word: the search
        before every noun took a tenth of `_noun`'s time."""
        return SHOUTED_BEFORE.search(self.text, max(0, end - 20), end) is not None

    def _noun(self, end: int, *, plural: bool, compound: bool = False) -> tuple[str, int] | None:
        """The counted noun: "Russian troops", "former US national security officials"."""
        text = self.text
        if compound and text[end:end + 1] in HYPHEN_START:
            hm = self._hyphen_word(end)
            if hm is not None:
                word = hm.group(1)
                if word in STOP_WORDS or word.endswith("ly"):
                    return None  # "24-odd", tokenized "24 - mostly children"
                return singular(word), hm.end()
        pos = end
        last: tuple[str, int] | None = None
        for _ in range(6 if plural else 3):
            wm = NOUN_WORD.match(text, pos)
            if wm is None:
                break
            word, word_end = wm.group(1), wm.end()
            if plural and word[:1].isupper() and (vm := VERSION_AFTER_NAME.match(
                    text, word_end)):
                word_end = vm.end()  # "two USB 3.0 ports": the name's version is its own
            if text.startswith(" - ", word_end):
                word, word_end = self._spaced_compound(word, word_end)
            lw = word.lower()
            if word in MONTHS or word in WEEKDAYS:
                break
            if pos == end and lw in BEFORE_NOUN:
                pos = word_end  # "two more people died", "three other victims": still people
                continue
            if plural and lw == "and" and pos != end:
                pos = word_end  # "14 energized and efficient minutes": adjectives joined
                continue
            if ((lw in STOP_WORDS and (not word.isupper() or self._shouting(end)))
                    or lw in SMALL_NUMBERS):
                break  # "US" may be counted ("24 US officials"), "TEN" may not
            if lw.endswith(("'s", "’s")):  # "one state's security": the owner is counted
                owner = word[:-2]
                return (singular(owner), word_end - 2) if owner else None
            if plural and pos == end and self._unhyphenated(word, word_end):
                return singular(word), word_end  # "the 200 person crowd": a 200-person crowd
            if plural:
                if is_plural(word) and (not word.isupper() or self._shouting(end)):
                    if lw in ATTRIBUTIVE_PLURALS:  # "seven police officers": officers
                        nm = NOUN_WORD.match(text, word_end)
                        if nm is not None and is_plural(nm.group(1)) and (
                                nm.group(1).lower() not in STOP_WORDS):
                            return singular(nm.group(1)), nm.end()
                    return singular(word), word_end
            else:
                if lw.endswith(("ed", "ing", "ly")) or is_plural(word):
                    break
                last = (singular(word), word_end)
            pos = word_end
        return last

    def _unhyphenated(self, word: str, end: int) -> bool:
        """Whether a lower-case singular noun right after a plural figure, another noun after
        it, is a compound's first word its hyphen dropped: "a 200 person crowd", "the 5
        bedroom house". The noun after is singular: in "3 civilian workers" or "31 fire
        apparatus" the first word describes what is counted."""
        if (not word.islower() or len(word) < 3 or is_plural(word)
                or word.endswith(("ed", "ing", "ly"))
                or YEAR_BEFORE.search(self.text, max(0, end - len(word) - 8), end - len(word))):
            return False  # "the 2015 peace deal" is a year's
        nm = NOUN_WORD.match(self.text, end)
        if nm is None or not nm.group(1).islower() or not self.text[end:nm.start(1)].isspace():
            return False
        after, rest = nm.group(1), NOUN_WORD.match(self.text, nm.end())
        if self.text.startswith((" - ", "-"), nm.end()) or (
                rest is not None and is_plural(rest.group(1))):
            return False  # "three former co - workers", "the 17 euro zone countries"
        return after not in STOP_WORDS and not is_plural(after) and not after.endswith(
            ("ed", "ly")) and after not in UNCHANGED_PLURALS


#: After a name that follows a year-like number, the lower-case word it names: "2011
#: Texas trial".
YEAR_NAMED_AFTER = re.compile(
    r"\s+(?![a-z]+ed\b|(?:are|were|was|is|have|had|will|would|who|and|or|of|in)\b)[a-z]")

#: A year right before a word: "the 2015 peace deal".
YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d\s+$")


#: Plurals that also stand before another noun ("seven police officers", "police bullets"):
#: the noun after them, when plural too, is what is counted.
ATTRIBUTIVE_PLURALS = frozenset({"police"})


#: Trigger group (or TRIGGER_WORDS kind) → handler.
_HANDLERS = {
    "digit": _Scanner._at_digit, "cur": _Scanner._at_cur, "code": _Scanner._at_code,
    "word": _Scanner._at_word, "month": _Scanner._at_month, "wd": _Scanner._at_wd,
    "rel": _Scanner._at_rel, "last": _Scanner._at_last, "wkend": _Scanner._at_weekend,
    "sign": _Scanner._at_sign,
    "long": _Scanner._at_long, "pod": _Scanner._at_part_of_day, "times": _Scanner._at_times,
    "nil": _Scanner._at_nil,
}
#: Helpers after which "once" means formerly: "was once a star".
ONCE_HELPERS = frozenset("was were had did".split())


#: The units an offset from a named day may count in, in days.
OFFSET_DAYS = {"day": 1, "week": 7}


def _days(value: float, unit: str, hedge: str | None) -> float | None:
    """A whole number of days or weeks, stated exactly: what an offset can count."""
    per = OFFSET_DAYS.get(unit)
    days = None if per is None or hedge not in ("exact", None) else value * per
    return days if days is not None and days == int(days) else None


def find_quantities(text: str, *, reference_date: dt.date | None = None) -> list[Quantity]:
    """Return the quantities stated in `text`, in order, with non-overlapping spans."""
    if not isinstance(text, str) or not text:
        return []
    plain, gone = typeset(text)
    found = _Scanner(plain, reference_date).run()
    if plain is text:
        return found
    return [_in_source(q, text, gone) for q in found]


def typeset(text: str) -> tuple[str, list[int] | None]:
    """The text as one keyboard would type it, so that every pattern reads one space and
    one hyphen: non-breaking, narrow and thin spaces become " ", other hyphens ("24‑hour")
    and an en dash joining a compound ("53–year–old") "-", and marks that print nothing
    (a soft hyphen a layout left inside "demonstrators") go. Returns the text and, for
    each mark dropped, the offset in it that the mark stood before (None when none was:
    offsets then hold as they are)."""
    marks = [c for c in TYPESET_MARKS if c in text]
    if not marks:
        return text, None
    plain = text
    for mark in marks:
        if mark in TYPED:
            plain = plain.replace(mark, TYPED[mark])
    if "–" in marks:
        plain = COMPOUND_DASH.sub("-", plain)
    if not any(c in INVISIBLE for c in marks):
        return plain, None
    gone = [m.start() for m in INVISIBLE_RE.finditer(plain)]
    return INVISIBLE_RE.sub("", plain), [at - i for i, at in enumerate(gone)]


def _in_source(q: Quantity, source: str, gone: list[int] | None) -> Quantity:
    """A quantity found in the typeset text, with its span and words in the source's."""
    start, end = q.start, q.end
    if gone is not None:
        start += bisect.bisect_right(gone, start)
        end += bisect.bisect_right(gone, end - 1)
    words = source[start:end]
    if (words, start, end) == (q.text, q.start, q.end):
        return q
    return replace(q, text=words, start=start, end=end)
