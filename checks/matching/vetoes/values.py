"""Vetoes that weigh a figure's value against the claim's other figures, the story's
other facts and the fact's own figure."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import replace

from checks.compare import compare
from checks.matching.figures import (
    agreement,
    figures_agree,
    in_fact_unit,
    overlap,
    years_apart,
)
from checks.matching.phrases import (
    EARLIER_REACH,
    GIVEN_AS_EARLIER,
    MARGIN_WORDS,
    measured_from,
    time_between,
)
from checks.matching.profiles import Profile, phrase_concepts
from checks.matching.reading import (
    Reading,
    figure_difference,
    figure_margin,
    figure_origin,
    points_back,
    restated,
    right_before,
)
from checks.matching.sentences import (
    MERE_PEOPLE,
    Token,
    people_tolls,
    same_word,
    stem,
    stems_of,
    tokens,
)
from checks.matching.timing import (
    FAR_YEARS,
    year_slip,
)
from checks.quantities import Quantity

#: A figure this many times larger or smaller than the fact's is about something else.
FAR_FACTOR = 10.0

FAR_OFF = "far from the fact's figure"


def far_off(prof: Profile, reading: Reading, index: int) -> str:
    """A figure more than FAR_FACTOR times larger or smaller than the fact's, or a date
    more than FAR_YEARS away, speaks of something else: stale or mistyped figures stay
    within an order of magnitude ("10,000" for "100,000" still fails against the fact),
    while "20,000 people took to the streets" is no count of the 12 injured. A year
    mistyped by a digit is a slip, however far ("built in 1953" for 1935), as is the
    fact's number in another unit ("up to 512 MB" for 512 GB) or under another scale
    word ("110 million euros" for 110 billion); a decade that holds the fact's date
    ("the 1990s" for 1997) is never far."""
    fact, quantity = prof.fact, reading.quantities[index]
    expected = fact.value
    if expected.kind == "date" and quantity.kind == "date":
        if not (quantity.year_known and expected.year_known):
            return ""  # "May 3" takes the fact's year
        if years_apart(quantity, expected) > FAR_YEARS and not (
                overlap(quantity, expected) or year_slip(quantity, expected)):
            return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
        return ""
    if expected.kind == "date" or quantity.kind == "date":
        return ""
    stated = in_fact_unit(expected, quantity)
    if stated is None or not isinstance(expected.value, float):
        return ""
    if quantity.unit != expected.unit and quantity.value == expected.value:
        return ""  # the fact's number in another unit of its kind: "512 MB" for 512 GB
    low, high = sorted((abs(stated), abs(expected.value)))
    if low > 0 and high / low > FAR_FACTOR and not _scale_slip(quantity.text, high / low):
        return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
    return ""


#: Scale words a figure may be written with ("110 million", "30bn", "$5m").
SCALE_WRITTEN = re.compile(r"(?i)\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b")


def _scale_slip(text: str, ratio: float) -> bool:
    """Whether a figure is the fact's number under another scale word, a slip of the pen
    however far: "a 110 million euro aid package" for 110 billion."""
    power = round(math.log10(ratio))
    return power % 3 == 0 and math.isclose(ratio, 10.0 ** power, rel_tol=1e-9) and (
        SCALE_WRITTEN.search(text) is not None)


def margin_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A lead, margin or deficit ("cut Creighton's lead to 3 points") is no total, unless
    the claim gives one ("won by a 12-point margin")."""
    margin = reading.once(figure_margin, index)
    if not margin or prof.claim_stems & MARGIN_WORDS:
        return ""
    return f"a {margin}"


def difference_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A difference ("$100 cheaper than the model it replaces") is no amount ("now costs
    $999"), nor the reverse."""
    difference = reading.once(figure_difference, index)
    if difference == prof.difference:
        return ""
    return "a difference" if difference else "not a difference"


def between_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that gives the time between two events ("admitted faking six years after a
    jury convicted him") is not stated by how long something lasted ("sentenced to 12
    years"): the figure must be a time between events too. A claim that says so only by
    "took" or "within" may give a length as well ("The jury took a little more than four
    hours to choose death" is how long it deliberated), so it asks neither."""
    text, quantity = reading.article.text, reading.quantities[index]
    if prof.between:
        if not prof.between_sure:
            return ""
        return "" if time_between(text, quantity) else "not a time between events"
    if prof.fact.value.kind == "duration" and time_between(text, quantity, surely=True):
        return "a time between events"
    return ""


#: Right after a span, the word that counts it back from the article's day.
AGO_AFTER = re.compile(r"(?i)\s+ago\b")


def spans_back_to_its_event(prof: Profile, reading: Reading, index: int) -> str:
    """A span counted back from the article's day ("gunning down Deputy Ortiz a month
    ago") that follows the event the claim counts its span from ("married about three
    weeks before he was killed") is the time since that event, not the claim's span."""
    quantity = reading.quantities[index]
    if quantity.kind != "duration" or not AGO_AFTER.match(reading.article.text, quantity.end):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    told: list[tuple[Token, tuple[int, ...]]] = []
    for word in (w for w in sentence.words if w.start < quantity.start):
        concepts = prof.concepts_of(word.stem) or (  # or a phrase's: "gunning down"
            phrase_concepts(prof, word, sentence) if word.stem in prof.phrase_words else ())
        if word.content and not word.name and concepts:
            told.append((word, concepts))
    if not told or not set(told[-1][1]) <= prof.reference:
        return ""
    return f"counts back to the {told[-1][0].surface}, which the claim counts from"


def claims_other_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that restates one of the claim's other figures is that one, not the value.
    A bare number of a claim counts the value's noun: "shot three people ..., killing one"
    has one person killed, whom "shot to death one person" restates, or measures in its
    unit: "rushed for 352 yards ..., with Peyton Hillis for 101". A bare number of the
    article counts the other figure's: against "Two of the three people who died ... were
    women", "the death of three of our citizens" restates the three."""
    quantity = reading.quantities[index]
    expected = prof.fact.value
    for concept in prof.concepts:
        figure = concept.figure
        if figure is None:
            continue
        if expected.kind == "count" and figure.kind == "count" and not figure.unit:
            figure = replace(figure, unit=expected.unit)
        elif expected.kind in ("measure", "money") and figure.kind == "count" and (
                not figure.unit):  # "352 yards ..., with Peyton Hillis for 101": 101 yards
            figure = replace(expected, text=figure.text, value=figure.value, low=figure.low,
                             high=figure.high, hedge=figure.hedge)
        stated = quantity
        if figure.kind == quantity.kind == "count" and not quantity.unit:
            stated = replace(quantity, unit=figure.unit)  # "three of our citizens"
        if figures_agree(figure, stated, concept.stems) or _toll_as_people(
                figure, quantity, concept.stems, reading, index) or _range_from(
                figure, stated, prof):
            if figure.text in prof.earlier and not reading.once(_given_as_earlier, index):
                return ""  # "Police said 12 people were injured": stale, it fails
            return f"the claim's other figure {figure.text!r}"
    return ""


def _given_as_earlier(reading: Reading, index: int) -> bool:
    """Whether a figure's clause gives it as an earlier value ("up from 12", "originally
    rated 4.4"). A claim's figure it gives so (`Profile.earlier`: "18 people were injured
    ..., up from an earlier police count of 12") is stated alone, as the news, only by an
    article gone stale: that fails the fact, where a figure given as earlier never does."""
    return right_before(reading, index, GIVEN_AS_EARLIER, EARLIER_REACH) is not None


def _range_from(figure: Quantity, stated: Quantity, prof: Profile) -> bool:
    """A range that opens or closes at the claim's other figure spans that figure's
    things: against "$1,199 ..., while the 15-inch model starts at $1,799", "priced
    between $1799 and $2199". It may agree with the fact, never fail it."""
    if stated.hedge != "range" or agreement(prof.fact, stated):
        return False
    return any(figures_agree(figure, replace(stated, value=end, low=end, high=end,
                                             hedge="exact"))
               for end in (stated.low, stated.high))


def the_claims_other_day(prof: Profile, reading: Reading, index: int) -> str:
    """A date the claim sets another event at, counted from its own ("The shooting ...,
    which Ortiz was investigating when Orozco killed him four days later, took place on
    June 20": the killing was on June 24), is that event's: "was fatally shot Friday"
    (June 24) may tell the killing, and never fails the shooting's date."""
    quantity = reading.quantities[index]
    if quantity.kind != "date" or not isinstance(quantity.low, dt.date) or not isinstance(
            quantity.high, dt.date):
        return ""
    for day, figure in _other_days(prof):
        if quantity.low <= day <= quantity.high and not agreement(prof.fact, quantity):
            return f"the claim's other day ({figure})"
    return ""


def _other_days(prof: Profile) -> tuple[tuple[dt.date, str], ...]:
    """The days a claim's "N days later" or "a week earlier" sets another event at, from
    the claim's own date, with the figure that counts them."""
    value = prof.fact.value.value
    if not isinstance(value, dt.date):
        return ()
    days = []
    for concept in prof.concepts:
        figure = concept.figure
        if figure is None or figure.kind != "duration" or figure.unit not in DAYS_IN:
            continue
        after = OTHER_DAY_AFTER.match(prof.fact.claim, figure.end)
        if after is None:
            continue
        span = dt.timedelta(days=figure.value * DAYS_IN[figure.unit])
        later = after.group(1) in ("later", "after")
        days.append((value + span if later else value - span, f"{figure.text} {after.group(1)}"))
    return tuple(days)


#: Right after a claim's span, the words that count another event's day from its own.
OTHER_DAY_AFTER = re.compile(r"\s+(later|after|earlier|before)\b")

#: The days in a span of each unit a claim counts another event's day in.
DAYS_IN = {"day": 1, "week": 7}


def _toll_as_people(figure: Quantity, quantity: Quantity, stems: frozenset[str],
                    reading: Reading, index: int) -> bool:
    """A claim's toll ("part of more than 50 arrests over four nights") restated as a count
    of people its sentence gives the toll's word: "More than 50 people have been
    arrested since the protests began"."""
    if not (figure.kind == quantity.kind == "count" and figure.value == quantity.value
            and figure.hedge == quantity.hedge and quantity.unit in MERE_PEOPLE
            and figure.unit not in MERE_PEOPLE and stem(figure.unit) in people_tolls()):
        return False
    sentence = reading.sentences[reading.sentence_of[index]]
    return any(same_word(w.stem, s) for w in sentence.tokens for s in stems)


#: Before a claim's figure, in its clause, a word that makes it the event the claim
#: counts from: "in the half-hour after the 2.0-magnitude aftershock".
COUNTED_FROM_BEFORE = re.compile(r"(?i)\b(?:after|before|since)\b[^,;:.]*$")


def other_figure_differs(prof: Profile, reading: Reading, index: int) -> str:
    """A sentence that gives another value of a claim's other figure, and never the
    claim's, speaks of another thing: against "The entry-level 11-inch MacBook Air runs a
    1.7GHz processor", "the 13-inch version ... comes with the 2.5GHz dual-core Intel Core
    i5". Its figure may agree with the fact, never fail it. Not a figure of the event the
    claim counts from ("five quakes ... in the half-hour after the 2.0-magnitude
    aftershock"): the sentence may measure the claim's own things ("of magnitude 1.0 to
    1.9"). A distance from another place is no other value of the claim's (`_from_elsewhere`)."""
    quantity = reading.quantities[index]
    claim = prof.fact.claim
    others = [c.figure for c in prof.concepts if c.figure is not None
              and c.figure.kind in ("count", "measure") and c.figure.unit
              and not COUNTED_FROM_BEFORE.search(claim, 0, c.figure.start)]
    if not others or quantity.kind == "date" or agreement(prof.fact, quantity):
        return ""  # a date is its event's, whatever the sentence says of the thing
    said = list(reading.neighbours(index))
    for figure in others:
        origin = measured_from(claim, figure)
        same_unit = [reading.quantities[i] for i in said
                     if reading.quantities[i].kind == figure.kind
                     and reading.quantities[i].unit == figure.unit
                     and not _from_elsewhere(origin, reading.once(figure_origin, i))]
        if same_unit and not any(figures_agree(figure, q) for q in same_unit):
            return f"another {figure.unit}: {same_unit[0].text!r}, not {figure.text!r}"
    return ""


def _from_elsewhere(origin: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two distances are measured from different places ("13 miles east of
    Cloverdale", "23 miles north of Santa Rosa"): no value of one another."""
    return bool(origin and other) and not any(same_word(a, b) for a in origin for b in other)


#: Right after a figure, what it surpasses: "2,117 career points, passing Rodney Buford's".
SURPASSING = re.compile(
    r",?\s+(?:passing|breaking|surpassing|topping|eclipsing|bettering)\s+((?:[A-Z][\w'’-]*\s+){1,3})")

#: Before a figure in its clause, the mark it passed: "passed Rodney Buford to become the
#: school's all-time scoring leader with 2,117 points".
PASSED_BEFORE = re.compile(
    r"\b(?:passed|surpassed|overtook|broke|topped|eclipsed|bettered)\s+"
    r"((?:[A-Z][\w'’-]*\s+){1,3})[^,;:.!?()]*$")


#: Between the name of a mark passed and a figure that is that mark: "broke Newton's
#: record of 4,051", "bettered his career high of 13".
MARK_OF = re.compile(r"(?:['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:record|mark|high|best)\s+(?:of|at)\s+\Z")


def surpasses_claimed(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that passes a mark the claim names is beyond that mark, no statement of
    it: against "the record ... held by Rodney Buford ... stood at 2,116 points", "It gave
    him 2,117 career points, passing Rodney Buford's career mark". Against a claim that
    tells of no mark at all, it is a running total as it passed the mark, told at that
    moment, not the total the claim gives at the end ("After the win, McDermott had 2,129
    career points"), nor against one that gives its total at the end, though it tells of
    a mark ("finished the game with 2,129 career points, the school's record"), unless
    the sentence tells of that mark too. Either may agree, never fail; one that passes a
    mark the claim does not name, where the claim tells of one ("4,051 yards - breaking
    Cam Newton's record" against Luck's "set the NFL rookie record"), is read as any
    figure. A figure that is the mark passed ("Luck broke Newton's record of 4,051
    yards") is its holder's: the claim's only where the claim names the holder."""
    quantity = reading.quantities[index]
    found = SURPASSING.match(reading.article.text, quantity.end) or right_before(
        reading, index, PASSED_BEFORE, 120)
    if found is None or agreement(prof.fact, quantity):
        return ""
    named = any(prof.says(w.stem) for w in tokens(found.group(1)))
    if found.re is PASSED_BEFORE and MARK_OF.match(
            reading.article.text[found.end(1):quantity.start]):
        # "broke Newton's record of 4,051 yards": the figure is the mark passed
        holder = found.group(1).strip()
        return "" if named and not _broken_in_claim(prof.fact.claim, holder) else (
            f"the mark of {holder}")
    if named:
        return f"passes {found.group(1).strip()}"
    marks = prof.claim_stems & stems_of(MARK_WORDS)
    if not marks or (_ends(prof.fact.claim) and not _sets_the_mark(
            reading, index, found, marks)):
        return f"a total as it passed {found.group(1).strip()}"
    return ""


@functools.cache
def _broken_in_claim(claim: str, holder: str) -> bool:
    """Whether the claim names the holder of a mark as the one whose mark its subject
    passed ("an NFL rookie record that broke Cam Newton's mark"): then the claim's figure
    is the new one, and the holder's old mark is none of it."""
    last = re.sub(r"['’]\s?s$", "", holder.split()[-1])
    return re.search(rf"(?i)\b(?:broke|break(?:s|ing)?|broken|pass(?:ed|es|ing)?|surpass\w*"
                     rf"|eclips\w*|topp\w*|better\w*|overt\w*)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"{re.escape(last)}\b", claim) is not None


def a_total_at_the_start(prof: Profile, reading: Reading, index: int) -> str:
    """A total something entered or began an event with ("He had entered the game with
    2,106 points", "began the season with 12 wins") is the one before it, not the total a
    claim gives at the end ("After the Drake game McDermott had 2,129 career points"): it
    may agree, never fail."""
    quantity = reading.quantities[index]
    if not _ends(prof.fact.claim) or agreement(prof.fact, quantity):
        return ""
    found = right_before(reading, index, START_BEFORE, 80)
    return f"a total as it {found.group(1).lower()}" if found else ""


def a_new_mark(prof: Profile, reading: Reading, index: int) -> str:
    """A figure the article gives as a mark set in the news ("a career-high 14 points", "a
    school-record 2,117", "a record 20,000") is beyond the mark a claim says stood before
    it ("Before the Drake game, Artino's career high was 13 points", "his previous best"),
    as is one that went beyond a mark ("His 14 points bettered his career high of 13"),
    and one its sentence tells as no mark at all ("Will Artino scored 14 points off the
    bench") is the news's own figure: each may agree, never fail."""
    if not prof.mark_before or agreement(
            prof.fact, reading.quantities[index]):
        return ""
    found = right_before(reading, index, NEW_MARK, 40)
    if found:
        return f"a new mark: {' '.join(found.group(1).split())}"
    found = BEYOND_MARK.match(reading.article.text, reading.quantities[index].end)
    if found:
        return f"beyond the {' '.join(found.group(1).split())}"
    sentence = reading.sentences[reading.sentence_of[index]]
    told = TOLD_AS_MARK.search(reading.article.text, sentence.start, sentence.end)
    return "" if told else "told as no mark"


#: Right after a figure, the mark it went beyond: "His 14 points bettered his career high
#: of 13".
BEYOND_MARK = re.compile(
    r"\s+(?:bettered|broke|topped|surpassed|eclipsed|passed|beat)\s+(?:his|her|their|its"
    r"|the)\s+((?:[\w-]+\s+){0,2}(?:record|mark|high|best))\b")

#: Right before a figure, an adjective that makes it a mark set there: "a career - high",
#: "a school-record", "a record" (not "a game-high", the best of one game).
NEW_MARK = re.compile(
    r"(?i)\b(?:an?|new|his|her|their|its)\s+((?:(?:career|season|personal|school|franchise"
    r"|rookie|league|world|all\s?-\s?time)\s?-\s?)?(?:high|best|record))\s+$")


#: Before a figure in its clause, what makes it a total at the start of an event: "had
#: entered the game with", "came into the season with".
START_BEFORE = re.compile(
    r"(?i)\b(entered|entering|came\s+into|coming\s+into|went\s+into|going\s+into|began"
    r"|beginning|started|starting)\b[^,;:.!?()]{0,40}?\bwith\s+$")


@functools.cache
def _ends(claim: str) -> bool:
    """Whether a claim gives its total at the end (END_CLAIM), worked out once per claim."""
    return END_CLAIM.search(claim) is not None


def _sets_the_mark(reading: Reading, index: int, found: re.Match[str],
                   marks: frozenset[str]) -> bool:
    """Whether the figure's sentence, past the words of the mark passed, tells of the
    claim's mark itself: "set the NFL rookie record ... with 4,051 yards - breaking Cam
    Newton's record" does; "It gave him 2,117 career points, passing Rodney Buford's
    career mark" does not."""
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= found.end(1)][:MARK_NOUN_WORDS]
    end = after[-1].start if after else found.end(1)  # "Buford's career mark": its noun
    return any(w.stem in marks for w in sentence.words if not found.start() <= w.start <= end)


#: How many words after the name of a mark passed may be its noun ("career mark").
MARK_NOUN_WORDS = 2

#: The words of a claim that tells of a mark passed: then a figure passing another mark
#: is read as any.
MARK_WORDS = "record mark pass passed passing break broke breaking surpass surpassed top topped"

#: The words of a sentence that tells a figure as a mark, set, held or passed.
TOLD_AS_MARK = re.compile(r"(?i)\b(?:record|mark|high|best|pass(?:ed|ing)?|br(?:eak|eaking|oke)"
                          r"|surpass(?:ed|ing)?|eclipsed|bettered)\b")

#: The words of a claim that gives its total at the end ("finished the game with 2,129
#: career points, the school's record", "After the Drake game McDermott had"): a figure
#: as a mark was passed is a running total there, unless its sentence tells of the
#: claim's mark.
END_CLAIM = re.compile(r"(?i)\b(?:finish(?:ed|es)?|end(?:ed|s)?|final|after\s+the)\b")


def restates_earlier(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that points back to an earlier one ("Those 10 points") says of the fact
    what that one says: no more, whichever fact it spoke of or none. Where the article
    gives no earlier figure to point to, the one it points back to may be a part or an
    aside all the same: the figure may agree, never fail."""
    if not reading.once(points_back, index):
        return ""
    earlier = reading.once(restated, index)
    if earlier is not None:
        return f"restates the earlier {earlier.text!r}"
    quantity = reading.quantities[index]
    if quantity.kind == "date" or compare(prof.fact.value, quantity,
                                          prof.fact.tolerance).consistent:
        return ""
    return "points back to a figure told before"


def anothers_claimed_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that disagrees with the fact and restates a figure of another fact's claim
    is that claim's: against McDermott's "grabbed 7 rebounds", "Echenique ... grabbed 11
    rebounds" where another fact says "Echenique blocked 6 shots, with 11 points and 11
    rebounds". Not a date: a day off is the slip a drift makes, and stories date many
    facts a day apart."""
    quantity = reading.quantities[index]
    if prof.lexicon is None or quantity.kind == "date" or agreement(prof.fact, quantity):
        return ""
    for key, figure in prof.lexicon.claimed(quantity):
        if key != prof.key:
            return f"the figure {figure.text!r} of {prof.lexicon.profiles[key].fact.id}'s claim"
    return ""
