"""When a figure speaks of another time than the fact's: another year, another event's
day, another week, the day it was reported. Vetoes, in the order `vetoes.VETOES` sets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from checks.compare import compare
from checks.matching.attachment import CLAUSE_MARKS, CLAUSE_WORDS, PRONOUNS
from checks.matching.figures import agreement, dated, of_the_week, years_apart
from checks.matching.phrases import (
    CLAUSE_BREAKS,
    FOLLOWING_AFTER,
    REPORTING,
    SEVERAL_DAYS,
    clause_after,
    clause_opening,
    legal_steps,
    step_right_before,
    verb_after,
)
from checks.matching.profiles import Profile
from checks.matching.reading import (
    FRONTED,
    Reading,
    act_on_name,
    act_on_noun,
    complemented_verb,
    contrasted,
    date_word,
    dated_noun,
    fatal,
    fronted_verb,
    inset_verb,
    past_verb,
    placed_verb,
    verb_object,
)
from checks.matching.sentences import (
    Sentence,
    Token,
    people_nouns,
    same_word,
    stem,
    tokens,
    word_span,
)
from checks.quantities import WEEKDAYS, Quantity, singular, weekday_of
from checks.quantities.periods import counted_back, from_the_articles_date
from checks.quantities.tense import tense_of

#: A date more than this many years from the fact's is another event ("sent to prison
#: in 1959" is no date of his 2005 death); a wrong year or two still fails.
FAR_YEARS = 2.0

def year_slip(stated: Quantity, expected: Quantity) -> bool:
    """Whether the stated year is the fact's with one digit mistyped or two swapped ("1953"
    for 1935, "1988" for 1983): a slip to catch, however many years it moves the date. A
    decade is no mistyped year: "feigned mental illness in the 1990s" is no 1970, and a
    slip is one: where the year is written, the month and day must be the fact's ("In
    March 2003" for April 3, 2007 is another event; "June 27" took its year from the
    article)."""
    if _years_spanned(stated) > 1 or (
            str(stated.low.year) in stated.text  # type: ignore[union-attr]
            and not _same_in_the_year(stated, expected)):
        return False
    a, b = (f"{q.value.year:04d}" for q in (stated, expected))  # type: ignore[union-attr]
    differ = [i for i in range(4) if a[i] != b[i]]
    if len(differ) == 1:
        return True
    return len(differ) == 2 and differ[1] == differ[0] + 1 and (
        a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def _same_in_the_year(stated: Quantity, expected: Quantity) -> bool:
    """Whether a date, moved to the fact's year, overlaps the fact's date."""
    low, high, year = stated.low, stated.high, expected.low.year  # type: ignore[union-attr]
    assert isinstance(low, dt.date) and isinstance(high, dt.date)
    try:
        moved = (low.replace(year=year), high.replace(year=year + high.year - low.year))
    except ValueError:  # February 29
        return True
    return moved[0] <= expected.high and expected.low <= moved[1]  # type: ignore[operator]


def _years_spanned(quantity: Quantity) -> int:
    """How many calendar years a date's interval covers: 1 for a day or a year, 10 for a
    decade."""
    return quantity.high.year - quantity.low.year + 1  # type: ignore[union-attr]


#: A weekday, "today" or "yesterday" names a day within this many days of the article's.
WEEK = 7


def another_week(prof: Profile, reading: Reading, index: int) -> str:
    """A day named by the article's date ("on Wednesday", "yesterday") lies within a WEEK
    of it, so it names no fact dated further away: an article of December 2010 saying "On
    Wednesday, Jeffs was in the courtroom" speaks of no August 2011 verdict. Unlike a far
    figure, it is no rival either: it cannot be a slip for the fact's date. A weekday read
    as any such day ("on a Friday afternoon") is of no week."""
    quantity, expected = reading.quantities[index], prof.fact.value
    published = reading.article.date
    if (published is None or expected.kind != "date" or weekday_of(quantity) is not None
            or not of_the_week(quantity)):
        return ""
    low, high = expected.low, expected.high
    assert isinstance(low, dt.date) and isinstance(high, dt.date)
    if low - dt.timedelta(days=WEEK) <= published <= high + dt.timedelta(days=WEEK):
        return ""
    return f"a day of the article's week ({published.isoformat()})"

def another_month(prof: Profile, reading: Reading, index: int) -> str:
    """A month named alone ("met in Geneva in June"), a week or month named from the
    article's date ("fired last week") or a time counted back from it ("two years ago")
    is the time of some event, placed by that date; too coarse to tell a slip from
    another event, it names only a fact dated in it: the June summit, never talks in
    January; the firing last week, never Monday's shooting."""
    quantity, expected = reading.quantities[index], prof.fact.value
    if expected.kind != "date" or quantity.kind != "date" or not _coarse(quantity):
        return ""
    low, high, said_low, said_high = expected.low, expected.high, quantity.low, quantity.high
    assert isinstance(low, dt.date) and isinstance(high, dt.date)
    assert isinstance(said_low, dt.date) and isinstance(said_high, dt.date)
    if said_low <= high and low <= said_high:
        return ""
    fact = prof.fact.value_text or low.isoformat()
    return f"another {quantity.precision} ({quantity.text} against {fact})"


def _coarse(quantity: Quantity) -> bool:
    """A date too coarse to fail: see `another_month`."""
    if quantity.precision != "day" and counted_back(quantity.text):
        return True
    return quantity.precision in ("week", "month") and not any(
        c.isdigit() for c in quantity.text)


#: How many words from a figure a date of its sentence may stand and still date it.
DATE_REACH = 8


def another_time(prof: Profile, reading: Reading, index: int) -> str:
    """A figure dated, in its own sentence, far from every date of the claim speaks of
    another time: "first sent to prison in 1959, when he received a five-year sentence"
    is no part of a claim "In 1997 he was sentenced to 12 years". A sentence with no date
    that goes on from the one before takes its time ("... ended with a July 1997
    conviction. He was sentenced to 12 years"; see `_carried_years`). Only where the
    claim gives a date, so that there is a time to be far from."""
    quantity = reading.quantities[index]
    claimed = prof.dates
    if not claimed and prof.event_days and not prof.age and not compare(
            prof.fact.value, quantity, prof.fact.tolerance).consistent:
        claimed = prof.event_days  # "serving a 12-year sentence when he died" lasted long
    if not claimed or quantity.kind == "date":
        return ""
    position = reading.sentence_of[index]
    dates = _years_written(reading, reading.neighbours(index))
    if not dates and index not in reading.ages:  # "Horton, 34," is her age as written
        carried = reading.once(_carried_years, index)
        if carried and not any(years_apart(d, c) <= FAR_YEARS for d in carried
                               for c in claimed):
            return f"another time: {carried[-1].text}"
    if any(years_apart(d, c) <= FAR_YEARS for d in dates for c in claimed):
        return ""  # the sentence also gives the claim's time ("In April 2003 ... the 1990s")
    sentence = reading.sentences[position]
    first, last = word_span(sentence, quantity.start, quantity.end)
    for other in dates:
        lo, hi = word_span(sentence, other.start, other.end)
        if _dates(reading, index, other, min(abs(lo - last), abs(first - hi))):
            return f"another time: {other.text}"
    return ""


def _dates(reading: Reading, index: int, date: Quantity, distance: int) -> bool:
    """Whether a date of the figure's sentence dates it: within DATE_REACH words, or
    further on in the figure's own clause, nothing opening another between ("serving a
    12-year sentence for a racketeering conspiracy conviction in Brooklyn in 1997")."""
    if contrasted(reading, index, date):
        return False
    if distance <= DATE_REACH:
        return True
    quantity = reading.quantities[index]
    return (date.start > quantity.end and distance <= 2 * DATE_REACH
            and not _clause_between(reading.article.text, quantity.end, date.start))


def another_day(prof: Profile, reading: Reading, index: int) -> str:
    """A figure dated, in its own sentence, by a weekday the claim does not name speaks of
    another day: "On Wednesday night, about 200 people attended the vigil" is no count of
    a claim's crowd that "marched from Monday night's candlelight vigil". As
    `another_time` for years; a weekday of a report ("police said Wednesday") dates no
    figure, and a sentence that also names the claim's weekday may be telling both."""
    quantity = reading.quantities[index]
    if not prof.weekdays or quantity.kind == "date":
        return ""
    days = [i for i in reading.neighbours(index)
            if named_weekday(reading.quantities[i]) is not None]
    if any(named_weekday(reading.quantities[i]) in prof.weekdays for i in days):
        return ""
    day = reading.once(_weekday_of, index)
    if day is not None:
        return f"another day: {day.text}"
    return _another_days_news(prof, reading, quantity)


def _another_days_news(prof: Profile, reading: Reading, quantity: Quantity) -> str:
    """An article that dates its news by weekdays but never names the claim's, and is
    dated neither on it nor the day after (when "Wednesday night's vigil" is news), tells
    another day: a Monday article's "nearly 100 people set off from the vigil site",
    beside "a riot ... Monday", is no count of a claim's "Wednesday night vigil". Its
    figures may agree, never fail."""
    published = reading.article.date
    if published is None or agreement(prof.fact, quantity):
        return ""
    if any((published.weekday() - day) % 7 in (0, 1) for day in prof.weekdays):
        return ""
    named = reading.once(_weekdays_named, 0)
    if not named or named & prof.weekdays:
        return ""
    return f"another day: the article's, {published:%A}, never names the claim's"


def _weekdays_named(reading: Reading, _: int) -> frozenset[int]:
    """The weekdays the whole article names: the same for every figure and fact, so read
    once per article through `reading.once` (with index 0)."""
    return frozenset(d for d in map(named_weekday, reading.quantities) if d is not None)


def one_of_several_days(prof: Profile, reading: Reading, index: int) -> str:
    """A count dated to one day ("46 were arrested Wednesday night") is no count of a
    claim's total over several days ("More than 50 people were arrested over four nights
    of protests"), unless it agrees or tells a total itself."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or not prof.several_days:
        return ""
    day = reading.once(_weekday_of, index)
    if day is None or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    if SEVERAL_DAYS.search(reading.article.text, sentence.start, sentence.end):
        return ""
    return f"a count of one day: {day.text}"


def _weekday_of(reading: Reading, index: int) -> Quantity | None:
    """The weekday, named in the figure's sentence within DATE_REACH words of it, that
    dates it: not a report's ("police said Wednesday"), nor one set against it."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = word_span(sentence, quantity.start, quantity.end)
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        if named_weekday(other) is None:
            continue
        said = reading.once(date_word, i)
        if said is not None and said.stem in REPORTING:
            continue
        lo, hi = word_span(sentence, other.start, other.end)
        if min(abs(lo - last), abs(first - hi)) <= DATE_REACH and not contrasted(
                reading, index, other):
            return other
    return None


def named_weekday(quantity: Quantity) -> int | None:
    """The weekday a figure names by its name ("on Wednesday"; Monday 0). Not "tonight"
    or "yesterday": which day those are hangs on the article's date, often a day off the
    day it was written."""
    return WEEKDAYS.get(quantity.text) if quantity.kind == "date" else None


#: How many days before the article's date a time must lie to be no part of its news.
PAST_DAYS = 7


def told_as_past(prof: Profile, reading: Reading, index: int) -> str:
    """A figure the article sets, in its clause, well before the news (`_told_earlier`:
    "Charles' 80-yard TD run on the opening play of the Cleveland game two weeks ago",
    "last year's 12 deaths", "In 2009 a 29-year-old Brownsville mother was also killed")
    tells an earlier event than an undated claim's, which is the story's news: it
    may agree with the fact, never fail it. "On a Friday afternoon" sets it at no time.
    A time that opens the sentence sets its main clause, past the comma that closes it:
    "Last year, a 42-year-old deputy was wounded", "In an unrelated 2010 case, a gang
    member fired nine shots", "In early March, a gunman shot and wounded three people";
    so does one that ends the subject before its verb: "A strike march there in February
    had drawn about 7,000 people"."""
    quantity = reading.quantities[index]
    if not _apart_from_the_news(prof, quantity) or not reading.once(_past_times, index):
        return ""
    text, sentence = reading.article.text, reading.sentences[reading.sentence_of[index]]
    for said in reading.once(_past_times, index):
        fronted = None
        if said.end <= quantity.start:  # "A strike march there in February had drawn"
            fronted = _fronted_end(text, sentence.start, said) or (
                said.end if verb_after(sentence, said.end, text) else None)
        if not _told_earlier(prof, reading, index, said, fronted is not None):
            continue
        start, end = min(quantity.end, said.end), max(quantity.start, said.start)
        if not _clause_between(text, start if fronted is None else fronted, end,
                               fronted is not None):
            return f"told as past: {said.text}"
    return ""


def told_apart_in_time(prof: Profile, reading: Reading, index: int) -> str:
    """A sentence that opens by counting its time from the news ("Two weeks earlier he had
    opened the Cleveland game with an 80-yard touchdown run", "A year later, ...") tells
    another time than an undated claim's, which is the story's news: its figures may
    agree with the fact, never fail it."""
    if not _apart_from_the_news(prof, reading.quantities[index]):
        return ""
    apart = reading.once(_apart_in_time, index)
    return f"told at another time: {apart}" if apart else ""


def for_an_earlier_period(prof: Profile, reading: Reading, index: int) -> str:
    """A figure its clause gives for an earlier period than the news's own ("their 10th
    victory of the season, after just two wins all of last season", "in the previous
    game") counts that period, unless the claim names it: it may agree, never fail."""
    period = reading.once(_earlier_period, index)
    if not period or not _apart_from_the_news(prof, reading.quantities[index]) or re.search(
            rf"(?i)\b(?:last|previous|prior)\s+{period.split()[-1]}", prof.fact.claim):
        return ""
    return f"for {period}"


def not_the_earlier_one(prof: Profile, reading: Reading, index: int) -> str:
    """A claim about an earlier event of the story's kind ("The earlier Hawaiian Gardens
    shooting ... took place on June 20", "An earlier, smaller earthquake ... had a
    magnitude of 2.0") is not stated by a figure whose sentence has no word of earlier
    time ("was fatally shot Friday", "a 4.4-magnitude earthquake struck"): that is the
    news's own event. It may agree, never fail."""
    if not prof.earlier_event or agreement(
            prof.fact, reading.quantities[index]):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    if EARLIER_WORDS.search(reading.article.text, sentence.start, sentence.end):
        return ""
    return "the news's own, not the claim's earlier one"


#: Words of a sentence that tell of a time before the news.
EARLIER_WORDS = re.compile(r"(?i)\b(?:earlier|previous(?:ly)?|prior|before|ago|last|former"
                           r"|preceding|first)\b")


def _earlier_period(reading: Reading, index: int) -> str:
    """The earlier period the figure's clause names ("last season"), or ""."""
    text, quantity = reading.article.text, reading.quantities[index]
    start = reading.sentences[reading.sentence_of[index]].start
    opened = clause_opening(text, start, quantity.start)
    end = quantity.end + len(clause_after(text, quantity.end))
    found = EARLIER_PERIOD.search(text, opened, end)
    return " ".join(found.group().split()) if found else ""


#: A period before the news's own, named by its noun: "last season", "the previous game".
EARLIER_PERIOD = re.compile(
    r"(?i)\b(?:last|previous|prior)\s+(season|campaign|term|tournament|game|match)\b")


def _apart_from_the_news(prof: Profile, quantity: Quantity) -> bool:
    """Whether a figure may be told apart from a claim by its time alone: the claim sets
    no date (its event is the story's news), neither is a date, and the figure disagrees."""
    return not (prof.dates or prof.fact.value.kind == "date" or quantity.kind == "date"
                or agreement(prof.fact, quantity))


def _apart_in_time(reading: Reading, index: int) -> str:
    """The opening that counts the figure's sentence's time from the news, or ""."""
    found = APART_IN_TIME.match(reading.article.text,
                                reading.sentences[reading.sentence_of[index]].start)
    return " ".join(found.group(1).split()) if found else ""


#: The units a span counted from the news is written in: "two weeks later".
SPAN_UNITS = r"(?:years?|months?|weeks?|days?)"

#: A sentence opening that counts its time from the news: "Two weeks earlier", "A year
#: later,".
APART_IN_TIME = re.compile(r"(?i)\s*[\"'“‘]?((?:an?|one|two|three|four|five|six|\d+|a\s+few"
                           rf"|several)\s+{SPAN_UNITS}\s+(?:earlier|later))\b")


def _fronted_end(text: str, opening: int, said: Quantity) -> int | None:
    """Where a time that opens its sentence ends, with the comma closing its phrase ("Last
    year,", "In an unrelated 2010 case,"), or None if it opens no sentence."""
    fronted = FRONTED.match(text, opening)
    if fronted and fronted.end() >= said.end:
        return fronted.end()
    if FRONTED_TIME.fullmatch(text, opening, said.start):
        return FRONTING_COMMA.match(text, said.end).end()  # type: ignore[union-attr]
    return None


#: Before a date, words that make it the start of a stretch up to the news: "arrested
#: three times since October".
STRETCH_BEFORE = re.compile(r"(?i)\b(?:since|from)\s+$")


def _past_times(reading: Reading, index: int) -> tuple[Quantity, ...]:
    """The dates of the figure's sentence more than PAST_DAYS before the article's date
    (any, in an article of no date), of a time ("on a Friday afternoon" is any Friday)
    and no start of a stretch up to the news ("since October")."""
    article_day, text = reading.article.date, reading.article.text
    return tuple(
        said for said in map(reading.quantities.__getitem__, reading.neighbours(index))
        if said.kind == "date" and isinstance(said.high, dt.date) and weekday_of(said) is None
        and (article_day is None or said.high <= article_day - dt.timedelta(days=PAST_DAYS))
        and not STRETCH_BEFORE.search(text, max(0, said.start - 8), said.start))


def _told_earlier(prof: Profile, reading: Reading, index: int, said: Quantity,
                  fronted: bool) -> bool:
    """Whether a date of `_past_times` lies well before the news: counted from the
    article's date ("two weeks ago", "last year"), or wholly before the first day the
    story's facts name, in a sentence that names no subject of the claim: "In 2009 a
    29-year-old Brownsville mother was also killed" is no age of Zurana Horton, shot in
    2011, while "In 1997, Gigante was sentenced to ten years" may be the claim's own
    past. In a story whose facts name no day, a time that opens its sentence (`fronted`)
    and lies before the news's week shifts the scene to another event ("In early March,
    a gunman shot and wounded three people" in an April roundup of shootings); one inside
    the clause may be the claim's own past ("city residents had signed off in 2009")."""
    article_day = reading.article.date
    if from_the_articles_date(said.text):
        return article_day is not None
    story_from = prof.story_from or (article_day - dt.timedelta(days=PAST_DAYS)
                                     if article_day is not None and fronted else None)
    if (story_from is None or said.high >= story_from  # type: ignore[operator]
            or not (said.year_known or article_day is not None)):
        return False
    subject = prof.subject | prof.owner
    words = reading.sentences[reading.sentence_of[index]].words
    return not any(same_word(w.stem, name) for w in words for name in subject)


#: What may open a sentence before a time that sets its main clause ("Last year, a
#: 42-year-old deputy was wounded", "In February, unions staged a 48-hour strike", "As of
#: June 2010, only five had been convicted"); the
#: comma closing such a fronted time breaks no clause.
FRONTED_TIME = re.compile(r"\s*(?:(?i:in|during|by|as\s+of)\s+)?")
FRONTING_COMMA = re.compile(r"\s*,?")
#: A thousands separator, which breaks no clause: "$215,000 last year".
GROUPING = re.compile(r"(?<=\d),(?=\d)")
#: The marks that end a fronted time's reach: it sets the main clause, commas and
#: coordinated verbs and all ("In early March, a gunman shot and wounded three people").
STRONG_BREAKS = CLAUSE_MARKS | frozenset("()")


def _clause_between(text: str, start: int, end: int, fronted: bool = False) -> bool:
    """Whether a mark or a word that opens a clause stands in text[start:end], the stretch
    between two figures (their own text, "$215,000", is no part of it); after a `fronted`
    time, only a strong mark."""
    between = GROUPING.sub("", text[start:end])
    if fronted:
        return bool(set(between) & STRONG_BREAKS) or " - " in between
    return bool(set(between) & CLAUSE_BREAKS) or " - " in between or any(
        w.lower() in CLAUSE_WORDS for w in between.split())


#: How many sentences back a story told in order carries its time.
CARRIED_SENTENCES = 2
#: A sentence opening that moves a story on from the sentence before: "A year later,",
#: "Later", "Then".
MOVES_ON = re.compile(r"(?i)\s*[\"'“‘]?(?:(?:an?|one|two|three|a\s+few)\s+"
                      rf"{SPAN_UNITS}\s+later|later|then|afterwards?|the\s+next\s+(?:year|day))\b")


def _carried_years(reading: Reading, index: int) -> list[Quantity]:
    """The years of the sentence before, for a figure whose sentence writes none but goes
    on from it, CARRIED_SENTENCES back at most: one that opens with a pronoun, with a name
    those sentences write, or with a step in time ("... acquitted in 1958. A year
    later, he was convicted ... Mr. Gigante ... was sentenced to seven years")."""
    position = reading.sentence_of[index]
    for back in range(position - 1, max(-1, position - 1 - CARRIED_SENTENCES), -1):
        if not _goes_on(reading, back + 1):
            return []
        years = _years_written(reading, reading.in_sentence[back])
        if years:
            return years
    return []


def _goes_on(reading: Reading, position: int) -> bool:
    """Whether a sentence goes on from the one before (see `_carried_years`)."""
    sentence = reading.sentences[position]
    if sentence.opener in PRONOUNS or MOVES_ON.match(reading.article.text, sentence.start):
        return True
    name = [w for w in _leading_capitals(sentence) if w.content]
    before = frozenset().union(*(reading.sentences[p].stems for p in range(
        max(0, position - CARRIED_SENTENCES), position)))
    return bool(name) and all(w.stem in before for w in name)


#: How many words a name opening a sentence may take ("Mr. Gigante", "Andrew Lopez").
LEADING_WORDS = 4


def _leading_capitals(sentence: Sentence) -> list[Token]:
    """The capitalised words a sentence opens with, up to a comma: "Mr. Gigante"."""
    name: list[Token] = []
    for word in sentence.words[:LEADING_WORDS]:
        if not word.surface[:1].isupper() or (name and "," in word.gap):
            break
        name.append(word)
    return name


def _years_written(reading: Reading, indices: Iterable[int]) -> list[Quantity]:
    """The dates among these figures whose year is written."""
    return [reading.quantities[i] for i in indices if dated(reading.quantities[i])]


def reported_when(prof: Profile, reading: Reading, index: int) -> str:
    """A date right after a word of reporting dates the report, not what it reports
    ("announced today that charges were filed", "police said Monday"), unless the claim
    is itself about what was said."""
    said = reading.once(date_word, index)
    if said is None or said.stem not in REPORTING or said.stem in prof.claim_stems:
        return ""
    return f"the day it was {said.surface}"


def another_event(prof: Profile, reading: Reading, index: int) -> str:
    """A date right after a verb in the past dates what that verb tells ("46 were arrested
    Wednesday night", "calls were not answered Monday", or across a named place, a short
    object or the word completing it: "was fired from Gordon Advisors on Thursday",
    "turned violent Monday"; or as the date that opens the verb's clause: "In October
    2011, Lopez and Carrasquillo were arrested", or set between a subject and its verb:
    "Palmer voters in 2010 approved a bond"): it speaks only of a fact whose claim has the
    verb or a word for it. Words of reporting are `reported_when`'s."""
    verb = reading.once(date_word, index)
    if verb is not None and tense_of(verb.surface.lower()) != "past":
        verb = reading.once(placed_verb, index) or _completed(prof, reading, index)
    if verb is None:
        verb = _fronted(prof, reading, index)
    if verb is None:
        return _inset(prof, reading, index)
    if not verb.content or verb.stem in REPORTING:
        return ""  # a light verb ("will be held Thursday") leaves the event to its noun
    if tense_of(verb.surface.lower()) != "past":
        return ""
    if prof.concepts_of(verb.stem) or prof.says(verb.stem):
        return ""
    return f"dates what was {verb.surface}"


def _inset(prof: Profile, reading: Reading, index: int) -> str:
    """A date set between a subject and its verb dates that verb, but only where another
    fact of the story has the verb and this one has no word for it: "Palmer voters in
    2010 approved a bond" is no date of a fire, while "A Norwalk jury on Tuesday ordered
    execution" may be a claim's "recommended death" in other words."""
    verb = reading.once(inset_verb, index)
    if verb is None or verb.stem in REPORTING or prof.lexicon is None:
        return ""
    if prof.concepts_of(verb.stem) or prof.says(verb.stem):
        return ""
    if not prof.lexicon.facts_of(verb.stem) - {prof.key}:
        return ""
    return f"dates what was {verb.surface}"


def _fronted(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The past verb of the clause a date opens ("In October 2011, Lopez and Carrasquillo
    were arrested"), unless a word of the claim's other than a name or a noun for people
    stands before it: "In April 2003, Gigante plead guilty to charges he feigned ..."
    tells the claim's plea, whatever verb comes next."""
    verb = reading.once(fronted_verb, index)
    if verb is None:
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    start = reading.quantities[index].end
    _, people = people_nouns()
    told = [w for w in sentence.words if start < w.start < verb.start and w.content
            and not w.name and singular(w.surface.lower()) not in people
            and prof.concepts_of(w.stem)]
    return None if told else verb


def another_noun(prof: Profile, reading: Reading, index: int) -> str:
    """A date that modifies a noun ("the Friday afternoon slaying of Ortiz", "Monday's
    riot") dates what the noun names. Where another fact of the story has the noun, and
    this one neither it nor a word for it, that is the other fact's event. A noun no fact
    has ("the Monday morning attack") may be any fact's word for its own event."""
    noun = reading.once(dated_noun, index)  # a date's only
    if noun is None or prof.lexicon is None:
        return ""
    stems = (noun.stem, stem(singular(noun.surface.lower())))
    if any(prof.concepts_of(s) or prof.says(s) for s in stems):
        return ""
    if not any(prof.lexicon.facts_of(s) - {prof.key} for s in stems):
        return ""
    return f"dates the {noun.surface}"


def _completed(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The verb of "turned violent Monday", unless the word completing it is the claim's
    ("found guilty Tuesday" tells a conviction)."""
    pair = reading.once(complemented_verb, index)
    if pair is None or prof.concepts_of(pair[1].stem):
        return None
    return pair[0]


def counted_from(prof: Profile, reading: Reading, index: int) -> str:
    """A date bound to the event a claim counts its own from dates that event: against
    "fired on Thursday, four days before the shooting", "the Monday morning shootings"
    and "Monday's shooting" give the shooting's day, as "rioted on Wednesday" gives the
    riots' against "voted on Thursday, the day after the riots". A date modifying a noun
    of the crime a dated legal step is for dates that crime: against "convicted Warren
    Jeffs in September 2007 of ... arranging an underage follower's marriage", "the 2001
    marriage"; one after it ("found guilty of sexual assault on Wednesday") is the
    step's. So does a date right after a past verb of that crime: against "due to be
    sentenced for the murder of Zurana Horton on May 7", "Horton was killed on Oct. 21",
    or after that verb and its victim's name: "charged with killing Zurana Horton, 34, on
    Oct. 21, 2011"; so does one after such a noun "of" its victim, or such a verb and a
    victim's long name, in a sentence that tells no step of the claim's or dates it before:
    against "convicted ... of murdering Deputy Jerry Ortiz on March 20, 2007", "the ambush
    slaying of Deputy Jerry Ortiz in June 2005", "today convicted a gang member of
    murdering L.A. County Sheriff's Deputy Jerry Ortiz in June, 2005". Against a claim
    counting from a killing ("the shooting Deputy Jerry Ortiz was investigating when he
    was killed"), a date after its verb and an object ("charged with murdering the 35 -
    year - old deputy on June 24") or after a verb of harm made a killing ("was fatally
    shot Friday") dates the killing."""
    if not (prof.reference or prof.cause) or reading.quantities[index].kind != "date":
        return ""
    killing = reading.once(fatal, index)  # "was fatally shot Friday": a death
    hits = prof.concepts_of(stem("killed")) if killing else ()
    if hits and set(hits) <= prof.reference:
        return f"dates a death ({killing}), which the claim counts from"
    for finder in (date_word, placed_verb, dated_noun, act_on_noun):
        word = reading.once(finder, index)
        if word is None:
            continue
        # "shootings" stems to "shooting", "shooting" to "shoot": the noun is read singular
        hits = prof.concepts_of(word.stem) or prof.concepts_of(stem(singular(word.surface)))
        if hits and set(hits) <= prof.reference:
            return f"dates the {word.surface}, which the claim counts from"
        if hits and set(hits) <= prof.cause and finder is dated_noun:
            return f"dates the {word.surface}, what the claim's step is for"
        if hits and set(hits) <= prof.cause and finder is date_word and past_verb(word.surface):
            return f"dates when it was {word.surface}, what the claim's step is for"
    found = reading.once(verb_object, index) if prof.cause else None
    if found is not None:
        verb, name = found
        hits = set(prof.concepts_of(verb.stem))
        if hits and hits <= prof.cause:
            return f"dates the {verb.surface} of {name[-1].surface}, what the claim's step is for"
    found = reading.once(act_on_name, index) if prof.cause else None
    if found is not None and (not reading.once(_steps_told, index) & prof.steps
                              or _dated_before(reading, index)):
        noun, name = found
        hits = set(prof.concepts_of(noun.stem) or prof.concepts_of(stem(singular(noun.surface))))
        if hits and hits <= prof.cause:
            return f"dates the {noun.surface} of {name[-1].surface}, what the claim's step is for"
    return ""


def _dated_before(reading: Reading, index: int) -> bool:
    """Whether another date stands before the figure in its sentence ("today convicted ...
    of murdering Deputy Jerry Ortiz in June, 2005"): the step has its own date there."""
    return any(i < index and reading.quantities[i].kind == "date"
               for i in reading.neighbours(index))


def anothers_object(prof: Profile, reading: Reading, index: int) -> str:
    """A date right after a claim's verb and a name the claim lacks dates that verb done to
    another: against "Creighton beat Drake ... on Friday", "Drake, which reached the
    quarterfinal by beating Bradley on Thursday night". So does one after the claim's
    verb done to the claim's own actor: against "Drake reached the quarterfinal by beating
    Bradley on Thursday", "Creighton defeated Drake, 65-53, on Friday"."""
    found = reading.once(verb_object, index) if prof.fact.value.kind == "date" else None
    if found is None:
        return ""
    verb, name = found
    named = " ".join(w.surface for w in name)
    if prof.actor and {w.stem for w in name} <= prof.actor and _does_it(prof, verb):
        return f"dates {verb.surface} {named}, where the claim's {named} does it"
    if not prof.says(verb.stem) or any(prof.says(w.stem) for w in name):
        return ""
    return f"dates {verb.surface} {named}, whom the claim does not name"


#: Before a claim's verb, what makes it passive: "was shot and killed", "got beaten".
PASSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\S+\s+){0,2}$")


def _does_it(prof: Profile, verb: Token) -> bool:
    """Whether the claim writes the verb, or a word for it, in the active voice: its actor
    beats, not "was beaten"."""
    concepts = set(prof.concepts_of(verb.stem))
    claim = prof.fact.claim
    return any(set(prof.concepts_of(w.stem)) & concepts
               and not PASSIVE_BEFORE.search(claim[:w.start]) for w in prof.claim_words)


def another_step(prof: Profile, reading: Reading, index: int) -> str:
    """A date in a sentence that tells steps of a case at law, none of them the claim's,
    dates one of those: against "was sentenced to life in prison on Tuesday", "A jury has
    found Warren Jeffs guilty on both sexual assault charges on Thursday" dates the
    conviction. A step word that describes a noun ("upheld the recommendation that
    convicted cop killer Orozco die") tells no step; a claim that tells none, or a
    sentence that tells its step too, is left alone. A date right after a step's verb or
    noun dates that step, unless it is the claim's, whatever else the claim tells: "was
    acquitted in 1958" against "In 1957 Gigante was the gunman", "his arraignment
    Wednesday" against the shooting on Monday."""
    quantity = reading.quantities[index]
    if quantity.kind != "date":
        return ""
    floor = reading.sentences[reading.sentence_of[index]].start
    step = step_right_before(reading.article.text, floor, quantity.start)
    if step:
        return "" if step in prof.steps else f"dates the {step}, a step of a case at law"
    if not prof.steps:
        return ""
    told = reading.once(_steps_told, index)
    if not told or told & prof.steps:
        return ""
    return f"dates the {min(told)}, another step than the claim's"


def _steps_told(reading: Reading, index: int) -> frozenset[str]:
    """The steps of a case at law a figure's sentence tells (see `legal_steps`)."""
    return legal_steps(reading.sentences[reading.sentence_of[index]].words)


def after_the_claims_event(prof: Profile, reading: Reading, index: int) -> str:
    """A date followed by "following/after" and the claim's event (the first word after
    it), which its sentence names nowhere before, dates something that came later:
    against "convicted Warren Jeffs on Thursday", "Jeffs was sentenced to life in a Texas
    prison on Tuesday following his conviction"."""
    quantity = reading.quantities[index]
    found = FOLLOWING_AFTER.match(reading.article.text, quantity.end)
    if quantity.kind != "date" or found is None:
        return ""
    token = next(iter(tokens(reading.article.text, found.start(1), found.end(1))), None)
    if token is None or not token.surface[:1].islower():
        return ""
    hits = set(prof.concepts_of(token.stem))
    sentence = reading.sentences[reading.sentence_of[index]]
    if not hits or any(hits & set(prof.concepts_of(w.stem))
                       for w in sentence.words if w.start < quantity.start):
        return ""
    return f"dates what came after the {token.surface}"


#: An article published this many days before every date of a claim cannot report what
#: the claim tells of then.
EARLIER_DAYS = 60


def before_the_claims_time(prof: Profile, reading: Reading, index: int) -> str:
    """An article published well before every date a claim sets its figure at cannot
    state that figure, only what stood before: a 2008 article's "six more men await
    trial" is no count of those awaiting trial when Jeffs was sentenced in August 2011.
    Nor can it date a fact's day well after it by a day already past
    (`_a_day_before_the_fact`)."""
    published, quantity = reading.article.date, reading.quantities[index]
    if published is None:
        return ""
    if quantity.kind == "date":
        return _a_day_before_the_fact(prof, quantity, published)
    if prof.dates and all(isinstance(d.low, dt.date) and (d.low - published).days > EARLIER_DAYS
                          for d in prof.dates):
        return f"published before the claim's {prof.dates[0].text}"
    return ""


def _a_day_before_the_fact(prof: Profile, quantity: Quantity, published: dt.date) -> str:
    """A day already past when the article appeared is some earlier event's where the
    fact's day lies well after it: a July 2005 article's "the June 24 murder" dates no
    sentencing of May 2007. A day still to come may be the event's, as scheduled, and a
    weekday read as any such day ("on a Thursday") is of no time at all."""
    low, said = prof.fact.value.low, quantity.high
    if (prof.fact.value.kind != "date" or weekday_of(quantity) is not None  # "on a Thursday"
            or not isinstance(low, dt.date)
            or not isinstance(said, dt.date) or said >= published
            or (low - published).days <= EARLIER_DAYS):
        return ""
    return f"a day past when the article appeared ({published.isoformat()}), before the fact's"
