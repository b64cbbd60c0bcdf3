"""Vetoes for a figure that is a whole where the claim gives a part, a part where it
gives the whole, or one choice within the claim's range."""

from __future__ import annotations

import functools
import math
import re

from checks.compare import compare, convert
from checks.matching.figures import (
    agreement,
    counts_nothing,
    figures_agree,
    in_fact_unit,
)
from checks.matching.phrases import (
    ADDED,
    ADDS,
    AUXILIARIES,
    EACH,
    EACH_AFTER,
    EACH_BEFORE,
    IN_ALL,
    IN_ALL_AFTER,
    INCLUDING,
    JOINT_AFTER,
    MARKED_TOTAL,
    OTHER,
    TOTAL_OF_BEFORE,
    clause_after,
    ordinal_figure,
    partitive_part,
    time_part,
)
from checks.matching.profiles import EXTREMES, Profile
from checks.matching.reading import (
    Reading,
    an_addition,
    figure_parts,
    in_breakdown,
    included_in,
    kind_of,
    listed,
    owned_whole,
    partitive_role,
    past_verb,
    right_before,
    share_before,
    whole_of_part,
)
from checks.matching.sentences import (
    same_word,
    stem,
    tokens,
)
from checks.quantities import Quantity, singular
from checks.quantities.patterns import SMALL_NUMBERS

#: Why a figure within a claim's most is no statement of it (`within_the_ceiling`).
WITHIN = "one choice within the claim's most"


def not_the_extreme(prof: Profile, reading: Reading, index: int) -> str:
    """Where the claim's figure is the least or greatest of some ("the younger of the two
    girls"), a figure listed with others is it only if it is that one: in "two girls,
    aged 15 and 12", the 15 is the elder's age."""
    if not prof.extreme:
        return ""
    items = [reading.quantities[i] for i in reading.once(listed, index)]
    values = [q.value for q in items if isinstance(q.value, float)]
    if len(values) < 2 or len(values) != len(items):
        return ""  # alone, or listed with a date
    if reading.quantities[index].value == (max if EXTREMES[prof.extreme] else min)(values):
        return ""
    return f"not the {prof.extreme} of {' and '.join(q.text for q in items)}"


#: Right before a count, the words that make it a stretch of a sequence: "his first five
#: points", "the next six", "their last 10 games".
STRETCH_WORDS = r"(first|next|last|final|opening|closing)"

STRETCH_BEFORE = re.compile(rf"(?i)\b{STRETCH_WORDS}\s+$")


def a_stretch(prof: Profile, reading: Reading, index: int) -> str:
    """A count that follows "first", "next" or "last" counts a stretch of a sequence ("With
    his first five points of the game, McDermott passed Harstad"), not the whole the claim
    counts ("his 11th point of the game"): it may agree, never fail. A claim that orders
    its own count the same way is left alone."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or agreement(prof.fact, quantity):
        return ""
    found = STRETCH_BEFORE.search(reading.article.text, max(0, quantity.start - 12),
                                  quantity.start)
    if found is None or found.group(1).lower() in _stretches(prof.fact.claim):
        return ""
    return f"counts the {found.group(1).lower()} of a sequence"


@functools.cache
def _stretches(claim: str) -> frozenset[str]:
    """The words of STRETCH_BEFORE the claim puts right before a number ("his first 20")."""
    number = rf"(?:\d|(?:{'|'.join(SMALL_NUMBERS)})\b)"
    return frozenset(m.group(1).lower() for m in re.finditer(
        rf"(?i)\b{STRETCH_WORDS}\s+{number}", claim))


def past_the_nth(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that gives its figure as an ordinal ("broke the record with his 11th
    point", "the Colts' 10th win") counts up to its moment: a larger count may be a later
    total ("McDermott scored 23 points"), so it may agree, never fail; a smaller one
    still fails, as does a running total the event brought the count to ("extended his
    record for comebacks to eight")."""
    quantity = reading.quantities[index]
    expected = prof.fact.value.value
    if ordinal_figure(quantity):
        return ""  # "his 12th point" is the moment itself, no later total
    if (quantity.kind != "count" or not isinstance(expected, float | int)
            or not prof.nth or quantity.low is None
            or not isinstance(quantity.low, float | int) or quantity.low <= expected
            or BROUGHT_TO.search(reading.article.text, max(0, quantity.start - 4),
                                 quantity.start)):
        return ""
    return "a total past the claim's ordinal"


def a_spread(prof: Profile, reading: Reading, index: int) -> str:
    """A range given over several things ("prison sentences of between six and 75
    years", "sentences ranging from six to 75 years") spreads over them, no one thing's
    figure: it states a claim of one only where the claim gives the least or the most of
    them ("The shortest prison sentence ... was six years"), a range itself, or spreads its
    own over several ("prison sentences of up to 75 years")."""
    quantity = reading.quantities[index]
    if quantity.hedge != "range" or prof.extreme or prof.fact.value.hedge == "range" or (
            SPREAD_CLAIM.search(prof.fact.claim)):
        return ""  # "received prison sentences of up to 75 years" spreads over several too
    spread = SPREAD_BEFORE.search(reading.article.text, max(0, quantity.start - 40),
                                  quantity.start)
    return f"spread over {spread.group(1)}" if spread else ""


#: A plural noun right before a range, which it spreads over: "sentences of", "prison
#: sentences ranging".
_SPREAD = r"\b([a-z]{3,}s)\s+(?:of|ranging|ranged|range)\s+"

SPREAD_BEFORE = re.compile(rf"{_SPREAD}(?:between\s+|from\s+)?$")

#: A claim whose figure spreads over several: "received prison sentences of up to 75 years".
SPREAD_CLAIM = re.compile(rf"{_SPREAD}(?:(?:between|from|up\s+to)\s*)?\d")


def the_claims_fraction(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that writes a fraction of its own figure ("About 200 people attended the
    vigil, and about half of them splintered off and marched") tells that part too: a
    count near the part ("nearly 100 people set off from the vigil site to march") may
    be it, so it may agree, never fail."""
    quantity, expected = reading.quantities[index], prof.fact.value
    fraction = _claims_fraction(prof.fact.claim)
    if not fraction or quantity.kind != "count" or expected.kind != "count" or not all(
            isinstance(v, float) and math.isfinite(v) for v in (quantity.low, quantity.high)):
        return ""
    part = fraction * float(expected.value)  # type: ignore[arg-type]
    margin = FRACTION_MARGIN * part
    if quantity.low - margin <= part <= quantity.high + margin:  # type: ignore[operator]
        return f"the part the claim's fraction tells (about {part:g})"
    return ""


@functools.cache
def _claims_fraction(claim: str) -> float:
    """The fraction of its own figure a claim writes ("about half of them"), or 0."""
    found = FRACTION_OF_THEM.search(claim)
    return FRACTIONS[found.group(1).lower().replace("-", " ")] if found else 0.0


#: A fraction of what a claim has counted: "about half of them", "two-thirds of those".
FRACTION_OF_THEM = re.compile(
    r"(?i)\b(half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters)"
    r"\s+of\s+(?:them|those|these|whom)\b")

FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
             "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75}

#: How far a count may lie from the part a claim's fraction tells and still be it: a
#: fraction is a rough figure ("about half").
FRACTION_MARGIN = 0.1

#: Right before a count, what makes it the running total an event brought it to.
BROUGHT_TO = re.compile(r"\bto\s+$")

def another_series(prof: Profile, reading: Reading, index: int) -> str:
    """An ordinal read as a count ("the Chiefs lost their 13th game") is a place in some
    series: more than twice, or less than half, the place a claim's ordinal gives ("his
    second 200-yard game of the season"), it orders another series, and may agree, never
    fail. A slip of a place or two ("his 12th point" for his 11th) still fails. A claim's
    place with no noun in its value (`'2'` for "the building's second floor") is stated
    by an ordinal alone: a bare count ("one", "three") is no place."""
    quantity, expected = reading.quantities[index], prof.fact.value.value
    if prof.nth and not prof.fact.value.unit and not ordinal_figure(quantity):
        return "no place in a series"  # `'2'` for "the second floor": only an ordinal
    if (not ordinal_figure(quantity) or not isinstance(expected, float | int)
            or not isinstance(quantity.value, float | int) or expected <= 0):
        return ""
    if expected / 2 <= quantity.value <= expected * 2:
        return ""
    return f"orders another series ({quantity.text} against {prof.fact.value_text})"


def total_of_a_pair(prof: Profile, reading: Reading, index: int) -> str:
    """A figure given for two things joined by "and" ("eight children by his wife and a
    mistress", "hurt in Athens and Patras") is their total: where the claim names one of
    them and nothing of the other ("three children with his mistress"), it may agree,
    never fail."""
    pair = reading.once(_pair_after, index)
    if pair is None or agreement(prof.fact, reading.quantities[index]):
        return ""
    said = [any(prof.says(t.stem) for t in tokens(side)) for side in pair]
    return f"the total of {pair[0]} and {pair[1]}" if said.count(True) == 1 else ""


def _pair_after(reading: Reading, index: int) -> tuple[str, str] | None:
    """The two phrases joined by "and" that close a figure's clause (see
    `total_of_a_pair`), or None."""
    found = PAIR_AFTER.match(clause_after(reading.article.text, reading.quantities[index].end))
    return (found.group(1), found.group(2)) if found else None


#: After a figure, a preposition and two short phrases joined by "and": "by his wife and a
#: mistress", "in Athens and Patras".
PAIR_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:by|with|in|from|at)\s+"
                        r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s*$")


def a_total_in_all(prof: Profile, reading: Reading, index: int) -> str:
    """A figure its sentence marks as a total ("In all, Orozco faces four counts", "three
    data ports in all") may be the whole of which the claim counts a part ("two counts of
    possession of a firearm"): where the claim marks no total, and the sentence writes none
    of the words that set the claim's part apart (all but its names, its counted noun and
    the verb before its figure), it may agree, never fail. Not where the figure counts
    the claim's own kind by the words the claim writes before its noun ("three
    Thunderbolt ports in all" against "has two Thunderbolt ports")."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or not reading.once(_marked_total, index)
            or _marks_total(prof.fact.claim) or agreement(prof.fact, quantity)):
        return ""
    if prof.kind_words and all(any(same_word(k, w.stem) for w in reading.once(kind_of, index))
                               for k in prof.kind_words):
        return ""  # "three Thunderbolt ports in all": the claim's own kind, all of it
    said = reading.once(_words_beside, index)
    own = prof.claim_stems - prof.named - prof.units - prof.lead - _number_stems()
    if not own or any(same_word(s, w) for s in said for w in own):
        return ""  # a claim of nothing but who, what and its verb may be the total itself
    return "a total, of which the claim may count a part"


def _marked_total(reading: Reading, index: int) -> bool:
    """Whether a figure's sentence marks a total (IN_ALL)."""
    sentence = reading.sentences[reading.sentence_of[index]]
    return IN_ALL.search(reading.article.text, sentence.start, sentence.end) is not None


@functools.cache
def _marks_total(claim: str) -> bool:
    """Whether a claim marks its figure as a total (IN_ALL), or as several's together:
    "fired 11 shots between them", "combined for 45 points", "a total of 46 arrests"."""
    return MARKED_TOTAL.search(claim) is not None


def each_or_together(prof: Profile, reading: Reading, index: int) -> str:
    """A figure its sentence gives each of several ("the sergeant and cop who each fired
    11 shots", "10 years apiece") is no statement of a claim's figure for them together
    ("fired 11 shots between them"), nor a figure for them together ("22 shots in all",
    "a total of 20 years") of a claim's figure for each ("each was sentenced to 10
    years"), whatever their values."""
    claim = prof.fact.claim
    if reading.quantities[index].kind == "date" or _marks_total(claim) == _marks_each(claim):
        return ""
    if _marks_total(claim) and reading.once(_given_each, index):
        return "each one's figure, not theirs together"
    if _marks_each(claim) and reading.once(_given_together, index):
        return "their figure together, not each one's"
    return ""


@functools.cache
def _marks_each(claim: str) -> bool:
    """Whether a claim gives its figure to each of several: "Each new MacBook Air has two
    USB 3.0 ports", "were sentenced to 10 years apiece"."""
    return EACH.search(claim) is not None




def _given_each(reading: Reading, index: int) -> bool:
    """Whether a figure's clause gives it to each of several (EACH_BEFORE, EACH_AFTER)."""
    quantity = reading.quantities[index]
    return bool(EACH_AFTER.match(reading.article.text, quantity.end)
                or right_before(reading, index, EACH_BEFORE, MARK_REACH))


def _given_together(reading: Reading, index: int) -> bool:
    """Whether a figure is marked as several's together: "22 shots in all", "a total of
    20 years", "45 points between them"."""
    text, quantity = reading.article.text, reading.quantities[index]
    return bool(IN_ALL_AFTER.match(text, quantity.end) or JOINT_AFTER.match(text, quantity.end)
                or right_before(reading, index, TOTAL_OF_BEFORE, MARK_REACH))


#: How far before a figure EACH_BEFORE and TOTAL_OF_BEFORE may start.
MARK_REACH = 40




def _words_beside(reading: Reading, index: int) -> frozenset[str]:
    """The stems of a figure's sentence, less the figure's own words ("15-year")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    return frozenset(w.stem for w in sentence.tokens
                     if not quantity.start <= w.start < quantity.end)


def _clause_beside(reading: Reading, index: int) -> frozenset[str]:
    """The stems of a figure's clause, less its own words: from the clause break before
    it to the one after ("Ortiz had served with the Sheriff's Department for 15 years"
    of "..., and was assigned to the Anti-Gang Unit")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, quantity.start)]
    after = CLAUSE_BREAK.search(text, quantity.end, sentence.end)
    low, high = (starts[-1] if starts else sentence.start), (after.start() if after
                                                             else sentence.end)
    return frozenset(w.stem for w in sentence.tokens if low <= w.start < high
                     and not quantity.start <= w.start < quantity.end)


#: Where a clause ends: a mark, or a conjunction that joins clauses.
CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


@functools.cache
def _number_stems() -> frozenset[str]:
    """The stems of the number words ("four"): a claim's figure, not what sets it apart."""
    return frozenset(stem(w) for w in SMALL_NUMBERS)




def within_the_ceiling(prof: Profile, reading: Reading, index: int) -> str:
    """Where the claim's figure is a most ("can be configured up to 512 GB"), a plain
    figure below it is one choice within it ("64GB flash storage" on the base model),
    no statement of the most. A most stated otherwise ("configurable up to 256 GB")
    still fails."""
    quantity, expected = reading.quantities[index], prof.fact.value
    if not prof.ceiling or quantity.hedge != "exact" or not isinstance(expected.high, float):
        return ""
    stated = in_fact_unit(expected, quantity)
    if stated is None or stated >= expected.high:
        return ""
    return f"{WITHIN} ({quantity.text})"


def whole_of_the_value(prof: Profile, reading: Reading, index: int) -> str:
    """A count whose sentence goes on to name the fact's own figure among its parts is the
    whole, not that part: against "six smaller quakes struck before the big one", "23
    quakes occurred Sunday, including the big quake and six smaller ones"."""
    quantity, expected = reading.quantities[index], prof.fact.value
    if quantity.kind != "count" or not isinstance(expected.value, float):
        return ""
    text = reading.article.text
    for other in reading.neighbours(index):
        part = reading.quantities[other]
        if (part.start > quantity.end and part.kind == "count" and part.value == expected.value
                and part.value != quantity.value
                and INCLUDING.search(text, quantity.end, part.start)):
            return f"the whole that includes {part.text}"
    return ""


def part_of_the_value(prof: Profile, reading: Reading, index: int) -> str:
    """The other way round: a bare count after "including" is a part of the count before
    it, and where that count is the fact's figure, the part states nothing of it: against
    "seven bullets struck Gray", "Seven bullets hit Gray, including three that entered his
    body from the rear"."""
    at = reading.once(included_in, index)
    if at is None:
        return ""
    whole, expected = reading.quantities[at], prof.fact.value
    if whole.kind == "count" and whole.value == expected.value != reading.quantities[index].value:
        return f"a part of {whole.text}"
    return ""


def a_share_of_the_whole(prof: Profile, reading: Reading, index: int) -> str:
    """A figure the article gives as a share of something ("urging them to pass the
    country's share of the bailout euro22 billion") is no statement of a claim's whole
    ("a €110 billion bailout"): it may agree, never fail. A claim that is itself a share
    ("Germany's share of the bailout") is left to its words."""
    if prof.whole or agreement(prof.fact, reading.quantities[index]):
        return ""
    share = reading.once(share_before, index)
    return f"a share: {share}" if share else ""


def part_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count made in a part of the event ("seven points in the first half", "10 points
    in the first 7 ½ minutes") is not the fact's, unless the claim names the same part
    ("11 points, all of them in the second half"). Nor, the other way, is a count naming
    no part the part a claim names, unless the claim says that part holds all of it.
    Counts only: a single play "early in the first quarter" is dated, not divided, by it."""
    if prof.fact.value.kind != "count":
        return ""
    parts = reading.once(figure_parts, index)
    for name, written in parts:
        if name not in prof.parts:
            return f"a part of the event: {written}"
    if prof.parts and not parts and not prof.whole_part:
        return "names no part of the event"
    return ""


def _part_befell(prof: Profile, reading: Reading, index: int) -> bool:
    """Whether the claim's event is what befell the part, its verb right after the whole:
    "two of the three victims died" counts the dead, as the claim's "was killed" does
    (and the three victims are then no count of it)."""
    whole = reading.once(whole_of_part, index)
    if whole is None:
        return False
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= whole.end][:3]
    verbs = [w for w in after if w.surface.lower() not in AUXILIARIES][:1]
    return bool(verbs) and verbs[0].index - after[0].index <= 2 and bool(
        prof.concepts_of(verbs[0].stem)) and past_verb(verbs[0].surface)


def partitive_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count that is part of a whole written after it ("10 of the team's first 17
    points") is no total, unless the claim's event is what befell the part (`_part_befell`);
    and where the claim's figure is such a part ("Three of the
    bullets ... hit him from behind"), the whole ("three of the seven bullets") is not it,
    unless it agrees: a claim's part may be an article's whole ("seven of the officers'
    bullets hit" and "three of the seven bullets"), whose own part is then not the fact.
    A whole that someone owns ("of the team's first 17 points") is that one's, not the
    total of the name the claim opens with. A duration is likewise a part of the time
    named after it ("at least 35 years of the life sentence"), unless the claim's is."""
    role = reading.once(partitive_role, index)
    if role == "part" and not prof.partitive and not _part_befell(
            prof, reading, index) and not _subject_share(prof, reading, index):
        return "a part of a whole"
    if not prof.partitive and _part_of_the_facts(prof, reading, index):
        return "a part of a whole"
    whole = reading.once(whole_of_part, index) if role == "part" else None
    if whole is not None and agreement(prof.fact, whole):
        return f"a part of the fact's {whole.text}"  # "three of the seven bullets"
    if not prof.partitive and time_part(reading.article.text, reading.quantities[index]):
        return "a part of a time"
    if role.startswith("whole") and prof.partitive and not agreement(
            prof.fact, reading.quantities[index]):
        return "the whole of a part"
    if role.startswith("whole") and index and reading.once(
            partitive_role, index - 1) == "part" and _part_befell(prof, reading, index - 1):
        return "the whole of the part the claim counts"
    if not role and _counts_the_whole(prof, reading.quantities[index]) and not partitive_part(
            reading.article.text, reading.quantities[index]):
        return "counts the whole the claim's figure is a part of"
    owner = role.removeprefix("whole of ")
    if owner != role and prof.subject and not any(same_word(stem(owner), s)
                                                   for s in prof.subject):
        return f"the whole of {owner}"
    return ""


def _subject_share(prof: Profile, reading: Reading, index: int) -> bool:
    """Whether a part is the claim's subject's own count, out of a whole someone else owns:
    "Grant Gibbs had eight of the Bluejays' 11 assists" states Gibbs's eight assists, as
    the claim "Gibbs handed out eight assists" does. The subject must be named before it."""
    owner = reading.once(owned_whole, index)
    if not owner or not prof.subject or any(same_word(stem(owner), s) for s in prof.subject):
        return False
    start = reading.quantities[index].start
    return any(w.start < start and any(same_word(w.stem, s) for s in prof.subject)
               for w in reading.sentences[reading.sentence_of[index]].words)


#: After a bare number, a whole told before, by the fact's own noun, and the words after
#: it: "five of the blocks came after".
OF_THE_NOUN = re.compile(r"\s+of\s+(?:the|his|her|their|its)\s+([a-z]+)\b((?:\s+[A-Za-z]+){0,10})")


def _part_of_the_facts(prof: Profile, reading: Reading, index: int) -> bool:
    """Whether a bare number counts some of what the fact counts, told before ("blocked
    six shots ... and five of the blocks came after"): a part of the fact's total. Not
    all of it ("all 11 of his points"), nor the part the claim's event befell ("Seven of
    the men have been convicted")."""
    quantity, text = reading.quantities[index], reading.article.text
    if prof.fact.value.kind != "count" or quantity.unit or not partitive_part(text, quantity):
        return False  # `partitive_part` leaves out "all 11 of his points"
    found = OF_THE_NOUN.match(text, quantity.end)
    if found is None or not any(same_word(stem(singular(found.group(1))), u)
                                for u in prof.units):
        return False
    return not any(past_verb(w) and prof.concepts_of(stem(w.lower()))
                   for w in found.group(2).split())


def whole_of_the_time(prof: Profile, reading: Reading, index: int) -> str:
    """Where the claim's time is a part of a longer one written after it ("the last five
    years of his sheriff's department career"), a longer time in a sentence, or a clause,
    that names that whole and none of the claim's other words ("a 15-year member of the
    sheriff's department", "He was a 15-year veteran of the department and had been a member of its
    anti-gang unit for the past five years") may be the whole: it may agree, never fail.
    A shorter one, or one told with the part's words ("the last eight years ... in the
    anti-gang unit"), still fails."""
    quantity, expected = reading.quantities[index], prof.fact.value
    if (expected.kind != "duration" or quantity.kind != "duration" or not prof.whole_nouns
            or not isinstance(quantity.low, float) or not isinstance(expected.high, float)
            or agreement(prof.fact, quantity)):
        return ""
    low = convert(quantity.low, quantity.unit, expected.unit)
    if low is None or low <= expected.high:
        return ""
    part = prof.claim_stems - prof.whole_nouns - prof.named
    for stems in (reading.once(_words_beside, index), reading.once(_clause_beside, index)):
        if any(same_word(s, w) for s in stems for w in prof.whole_nouns) and not any(
                same_word(s, w) for s in stems for w in part):
            return "the whole of the claim's time"
    return ""


def _counts_the_whole(prof: Profile, quantity: Quantity) -> bool:
    """Where the claim counts a part of a whole ("Three of the bullets that struck Kimani
    Gray hit him from behind"), a figure that disagrees and counts what the whole counts,
    or nothing ("shot 11 times", "seven bullets"), may count the whole: it may agree,
    never fail. A count of another noun still fails ("Two of the victims were children"
    against "three children were killed"). The whole's noun may be written as any word
    for the fact's unit: "fired 11 shots" counts the officers' bullets."""
    if not prof.whole_nouns or quantity.kind != "count" or agreement(prof.fact, quantity):
        return False
    noun = stem(quantity.unit)
    return counts_nothing(quantity) or any(same_word(noun, w) for w in prof.whole_nouns) or (
        noun in prof.units and bool(prof.units & prof.whole_nouns))


def others_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count of "other" people or things counts those besides some already named ("five
    other bank workers" fled the bank where three died): not the fact's total, unless the
    claim counts others too. A count or a time of "more" ("three more years were added
    to his prison term") is an addition to another figure, not the whole, unless the
    claim's figure is one too ("three years were added", "four more men"). "The other 61
    percent" or "the remaining 20 tanks" is the rest of a whole, besides the part named.
    The other way, a count marked as the whole ("11 other men, 12 men in all") is not
    the claim's others, unless the claim marks its own as a total too ("a total of 31
    fire trucks and other pieces")."""
    quantity = reading.quantities[index]
    if not prof.others and quantity.kind != "date" and OTHER_BEFORE.search(
            reading.article.text, max(0, quantity.start - 20), quantity.start):
        return "the rest of a whole"
    if quantity.kind not in ("count", "duration"):
        return ""
    if not prof.added and ADDED.search(quantity.text):
        return "an addition to another figure"
    if prof.others and quantity.kind == "count" and not _marks_total(
            prof.fact.claim) and reading.once(_given_together, index):
        return "the whole, of which the claim counts the others"  # "12 men in all"
    if prof.others or quantity.kind != "count" or OTHER.search(quantity.text) is None:
        return ""
    return "counts others"


#: Right before a figure, what makes it the rest of a whole: "The other 61 percent".
OTHER_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her)\s+(?:other|remaining)\s+$")


def whole_of_an_addition(prof: Profile, reading: Reading, index: int) -> str:
    """The mirror of "an addition to another figure": where the claim's figure is an
    addition ("added three years to his prison term"), a figure its sentence tells as no
    addition ("sentenced him to 12 years") is a whole; it may agree, never fail."""
    quantity = reading.quantities[index]
    if (not prof.added or quantity.kind not in ("count", "duration")
            or not reading.once(_whole_not_added, index)):
        return ""
    consistent = compare(prof.fact.value, quantity, prof.fact.tolerance).consistent
    return "" if consistent else "a whole, not an addition"


def _whole_not_added(reading: Reading, index: int) -> bool:
    """Whether a figure's sentence tells it as no addition: neither the figure nor any
    word of its sentence adds ("sentenced him to 12 years in the federal penitentiary")."""
    if reading.once(an_addition, index):
        return False
    sentence = reading.sentences[reading.sentence_of[index]]
    return ADDS.search(reading.article.text, sentence.start, sentence.end) is None


def breakdown_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count of one kind of person in a breakdown ("a man and two women") is a part of
    the whole: no total of people, unless the fact counts that kind."""
    quantity = reading.quantities[index]
    if same_word(stem(quantity.unit), stem(prof.fact.value.unit or "")):
        return ""
    return "one part of a breakdown" if reading.once(in_breakdown, index) else ""


def one_of_the_parts(prof: Profile, reading: Reading, index: int) -> str:
    """A count in a sentence that counts the same noun more than once is one of the
    parts, not the fact's figure, where they add up to it ("shot to death one person and
    injured two others" against three people shot), where another of them gives it (the
    two wounded), or where all together they come to no more than a figure the article
    states elsewhere (after "Seven bullets hit Mr. Gray", "Two bullets struck from the
    front ...; one bullet entered his left side"). "Others" counts the noun before it.
    A count marked as the whole ("22 shots in all") is none of the parts. It may agree,
    never fail."""
    quantity = reading.quantities[index]
    expected = prof.fact.value
    if (quantity.kind != "count" or expected.kind != "count" or not quantity.unit
            or not isinstance(expected.value, float)
            or compare(expected, quantity, prof.fact.tolerance).consistent):
        return ""
    if IN_ALL_AFTER.match(reading.article.text, quantity.end):
        return ""  # "each fired 11 shots, 22 shots in all": the whole, no part
    here = reading.sentence_of[index]
    noun, parts = reading.once(_parts, index)
    if len(parts) < 2:
        return ""
    total = sum(q.value for q in parts if isinstance(q.value, float))
    if total == expected.value or any(q is not quantity and q.value == expected.value
                                      for q in parts):
        return "one of the parts the sentence gives"
    if total > expected.value:
        return ""
    stated = any(_counts(q, noun) and figures_agree(expected, q)
                 for i, q in enumerate(reading.quantities) if reading.sentence_of[i] != here)
    return "one of the parts of a total the article states" if stated else ""


def _parts(reading: Reading, index: int) -> tuple[str, list[Quantity]]:
    """The figure's noun and the counts of it in its sentence, "others" counting the noun
    of the count before it ("one person and ... two others")."""
    noun, nouns = "", {}
    for i in reading.in_sentence[reading.sentence_of[index]]:
        if _counts(reading.quantities[i], None):
            unit = singular(reading.quantities[i].unit)
            noun = noun if unit == "other" and noun else unit
            nouns[i] = noun
    own = nouns.get(index, "")
    return own, [reading.quantities[i] for i, counted in nouns.items() if own and counted == own]


def _counts(quantity: Quantity, noun: str | None) -> bool:
    """Whether a figure is a count of this (singular) noun, or of any, for None."""
    return (quantity.kind == "count" and isinstance(quantity.value, float) and bool(
        quantity.unit) and (noun is None or singular(quantity.unit) == noun))
