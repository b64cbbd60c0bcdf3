"""Property-based tests for checks.quantities: robustness, span validity, round trips."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.quantities import find_quantities

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]

#: Pieces of news prose that exercise every parser, so random texts reach deep paths.
FRAGMENTS = [
    "some", "more than", "nearly", "an", "a", "hour", "minutes", "-", "–", "and", "to",
    "between", "January", "Jan.", "9", "10", "2022", "Monday", "'s", "$", "NZ$", "£", "5m",
    "100,000", "106 000", "1.234.567", "4,5", "4.25%", "per cent", "-plus", "+", "troops",
    "Russian", "people", "hundreds", "of", "thousands", "twenty-four", "dozen", "magnitude",
    "7.6", "km", "(", ")", ",", ".", " ", "\n", "07:18", "PM", "F-16", "1/5", "or more", "ago",
    "earlier", "2014-01-12", "½", "٣", "\u202f", "\u00a0", "since", "the", "2015", "half",
    "today", "Yesterday", "tomorrow",
]


def to_words(n: int, *, use_and: bool) -> str:
    """English words for 0 <= n < 10**12 ("one hundred and five thousand")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = f"{ONES[n // 100]} hundred"
        if not rest:
            return head
        return f"{head} {'and ' if use_and else ''}{to_words(rest, use_and=use_and)}"
    for size, name in SCALES:
        if n >= size:
            head = f"{to_words(n // size, use_and=use_and)} {name}"
            rest = n % size
            return head if not rest else f"{head} {to_words(rest, use_and=use_and)}"
    raise AssertionError(n)


def with_separators(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def check_spans(text: str, found: list) -> None:
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end, "spans overlap or are out of order"
        last_end = q.end


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_never_raises_and_spans_are_valid_on_any_text(text: str) -> None:
    check_spans(text, find_quantities(text))


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join),
    st.one_of(st.none(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]), st.dates()),
)
@example("since January", dt.date(9999, 12, 31))  # a month alone, the calendar's last year
@example("met in December", dt.date(1, 1, 1))
def test_never_raises_on_news_like_fragments(text: str, ref: dt.date | None) -> None:
    check_spans(text, find_quantities(text, reference_date=ref))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
@example("-2022-2022")  # a minus glued to a span of years: no year -2022
def test_never_raises_on_glued_fragments(text: str) -> None:
    check_spans(text, find_quantities(text, reference_date=dt.date(2022, 1, 11)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join), st.data())
def test_marks_that_print_nothing_change_no_figure(text: str, data: st.DataObject) -> None:
    """A soft hyphen or a zero-width space anywhere changes no figure, and spans still
    point into the text as given."""
    at = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=5)), reverse=True)
    marked = text
    for i in at:
        marked = marked[:i] + data.draw(st.sampled_from(["\u00ad", "\u200b"])) + marked[i:]
    plain, found = find_quantities(text), find_quantities(marked)
    check_spans(marked, found)
    assert [(q.kind, q.value, q.low, q.high, q.unit) for q in found] == [
        (q.kind, q.value, q.low, q.high, q.unit) for q in plain]
    assert [q.text.replace("\u00ad", "").replace("\u200b", "") for q in found] == [
        q.text for q in plain]


def noun_for(n: float) -> str:
    return "zebra" if n == 1 else "zebras"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans())
def test_number_words_round_trip(n: int, use_and: bool) -> None:
    words = to_words(n, use_and=use_and)
    found = find_quantities(f"They counted {words} {noun_for(n)} yesterday.")
    assert len(found) == 1, (words, [q.text for q in found])
    assert found[0].value == n
    assert found[0].text.startswith(words)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**15),
    st.sampled_from(["", ",", " ", "\u202f", "\u00a0"]),
)
def test_digits_round_trip(n: int, sep: str) -> None:
    rendered = with_separators(n, sep) if sep else str(n)
    found = find_quantities(f"They counted {rendered} {noun_for(n)} yesterday.")
    assert len(found) == 1, (rendered, [q.text for q in found])
    assert found[0].value == n
    assert found[0].kind == "count"
    assert found[0].unit == "zebra"


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_decimals_round_trip(x: object) -> None:
    rendered = f"{x:,.2f}"
    found = find_quantities(f"The index stood at {rendered} points on the day.")
    assert len(found) == 1, (rendered, [q.text for q in found])
    assert found[0].value == float(str(x))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_round_trip(day: dt.date) -> None:
    for rendered in (day.isoformat(), f"{day:%B} {day.day}, {day.year}",
                     f"{day.day} {day:%B} {day.year}", f"{day:%b}. {day.day}, {day.year}"):
        found = find_quantities(f"It happened on {rendered} in the capital.")
        assert [(q.kind, q.value, q.text) for q in found] == [("date", day, rendered)]


DENOMINATOR_WORDS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
                     5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 8: ("eighth", "eighths"),
                     10: ("tenth", "tenths")}


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=19), st.sampled_from(sorted(DENOMINATOR_WORDS)),
       st.sampled_from(["-", " "]), st.sampled_from(["of voters", "miles"]))
def test_word_fractions_round_trip(num: int, den: int, sep: str, after: str) -> None:
    if (den == 4 and num > 3) or (den == 2 and num == 2):
        return  # whole quarters (fiscal, of a game) and "two halves" are counts
    word = DENOMINATOR_WORDS[den][num != 1]
    rendered = f"{ONES[num]}{sep}{word}"
    found = find_quantities(f"They said {rendered} {after} yesterday.")
    assert len(found) == 1, (rendered, [q.text for q in found])
    assert found[0].value == num / den
    assert found[0].text.startswith(rendered)
    assert found[0].unit == ("" if after == "of voters" else "mile")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=63),
       st.integers(min_value=2, max_value=64))
def test_digit_fractions_round_trip(whole: int, num: int, den: int) -> None:
    if num >= den:
        return
    rendered = f"{whole} {num}/{den}" if whole else f"{num}/{den}"
    found = find_quantities(f"The board is {rendered} inches thick.")
    assert len(found) == 1, (rendered, [q.text for q in found])
    assert found[0].value == whole + num / den
    assert (found[0].text, found[0].unit) == (f"{rendered} inches", "inch")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.lists(st.integers(0, 9), min_size=1,
                                                        max_size=4))
def test_spoken_decimals_round_trip(whole: int, digits: list[int]) -> None:
    words = f"{to_words(whole, use_and=False)} point {' '.join(ONES[d] for d in digits)}"
    found = find_quantities(f"It rose {words} percent in May.")
    assert [q.text for q in found if q.kind == "date"] == ["May"]
    found = [q for q in found if q.kind != "date"]
    assert len(found) == 1, (words, [q.text for q in found])
    assert found[0].value == float(f"{whole}.{''.join(map(str, digits))}")
    assert (found[0].kind, found[0].text) == ("percent", f"{words} percent")


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=1, max_value=60))
def test_cross_month_date_ranges_round_trip(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    if (last.year, last.month) == (first.year, first.month) or last.year - first.year > 1:
        return
    for rendered in (f"{first:%B} {first.day} to {last:%B} {last.day}, {last.year}",
                     f"{first.day} {first:%B}–{last.day} {last:%B} {last.year}"):
        found = find_quantities(f"It ran from {rendered} in the capital.")
        assert [(q.kind, q.low, q.high, q.text) for q in found] == [
            ("date", first, last, rendered)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["minus", "negative"]),
       st.sampled_from([("degrees", "degree"), ("percent", "%"), ("km", "kilometer")]))
def test_minus_words_round_trip(n: int, word: str, unit: tuple[str, str]) -> None:
    found = find_quantities(f"It was {word} {n:,} {unit[0]} at noon.")
    assert [(q.value, q.unit) for q in found] == [(-n, unit[1])]
