"""Vetoes for a figure the article does not assert as fact: a hypothetical one, a
denied or rumoured one, or a sequel's."""

from __future__ import annotations

import functools
import re

from checks.matching.attachment import PRONOUNS
from checks.matching.figures import agreement
from checks.matching.phrases import (
    CLASS_HEAD,
    COMPARED_BEFORE,
    COMPARED_REACH,
    EACH_AFTER,
    NOT_COMPARING,
    SEQUEL_BEFORE,
    SUPERSEDED,
    clause_opening,
    looks_past,
)
from checks.matching.profiles import Profile
from checks.matching.reading import Reading, past_verb, right_before
from checks.matching.sentences import (
    stem,
    tokens,
    word_span,
)
from checks.quantities import singular

#: Words that make the figure after them (within HYPOTHETICAL_REACH words) hypothetical.
HYPOTHETICAL = frozenset(
    "could would might may faces facing face potential possible possibly needing needs need"
    .split()
)

HYPOTHETICAL_REACH = 4

#: Before a figure in its clause, what makes all of the clause hypothetical: "the odds of
#: Jamaal Charles ripping off another 90-yard run", "the chance that 200 people".
ODDS_BEFORE = re.compile(
    r"(?i)\b(odds|chances?|possibility|likelihood|prospect)\s+(?:of|that)\b[^,;:.!?()]*$")

#: Before a figure in its clause, what says the figure is not asserted but denied, rumoured
#: or was only expected or asked for before the news: "Police denied initial reports that
#: more than 40 people had been hurt", "rumors had promised 8GB of RAM", "analysts had
#: expected Apple to cut the price to $999", "Some unions had pressed for a 48-hour
#: stoppage". A plan the article reports ("is expected to return on Monday") may be a
#: fact's, and an early report it relays ("Early reports said two miners died") may be its
#: stale figure: both are left alone.
UNASSERTED = (r"(den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|rumou?r(?:s|ed)?|speculat\w*"
              r"|unconfirmed\s+reports?"
              r"|had\s+(?:expected|hoped|promised|predicted|forecast|wanted|sought|demanded"
              r"|urged|(?:pressed|pushed|lobbied|called|asked)\s+for))")

UNASSERTED_BEFORE = re.compile(rf"(?i)\b{UNASSERTED}\b[^,;:.!?()]*$")

UNASSERTED_WORDS = re.compile(rf"(?i)\b{UNASSERTED}\b")


#: Before a figure in its clause, the head of a class its verb defines ("the only teams").
CLASS_BEFORE = re.compile(CLASS_HEAD + r"$")
#: What a class's verb stands after, right before the figure: "to win ".
TO_VERB = re.compile(r"[a-z]+\s+")


def a_class_by_its_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that defines a class of those who reached it ("the only teams to win at
    least 10 games after losing 14 or more the previous season") tells what the class
    did, not the claim's event: it may agree, never fail, unless the claim itself names
    such a class ("became the 14th player to reach 13,000 yards")."""
    quantity, text = reading.quantities[index], reading.article.text
    to = text.rfind(" to ", 0, quantity.start)
    if to < 0 or not TO_VERB.fullmatch(text, to + 4, quantity.start):
        return ""  # most figures: no "to" and a verb right before them
    if prof.names_class or agreement(prof.fact, quantity):
        return ""
    opened = clause_opening(text, reading.sentences[reading.sentence_of[index]].start, to)
    found = CLASS_BEFORE.search(text, opened, to + 1)
    return f"a class: {' '.join(text[found.start():quantity.start].split())}" if found else ""


def hypothetical(prof: Profile, reading: Reading, index: int) -> str:
    """A figure in a hypothetical ("could be sentenced to up to 119 years", "needing 11
    points to break the record", "the odds of Charles ripping off another 90-yard run")
    states no fact, so it can contradict none, unless the claim itself speaks of what
    could be ("Greece faces a May 19 deadline", "faced up to 119 years if convicted")."""
    if prof.claim_stems & _hypothetical_stems():
        return ""  # "faced up to 119 years if convicted" takes what could be
    word = reading.once(_hypothetical_word, index)
    return f"hypothetical: {word}" if word else ""


def not_asserted(prof: Profile, reading: Reading, index: int) -> str:
    """A figure the article denies, reports as a rumour or an unconfirmed report, or gives
    as what was expected ("Police denied initial reports that more than 40 people had been
    hurt") is not asserted, so it can contradict no fact, unless the claim itself speaks
    so."""
    word = reading.once(_unasserted_word, index)
    if not word or _tells_unasserted(prof.fact.claim):
        return ""
    return f"not asserted: {word}"


#: In a sentence, what makes it a correction's account of a figure the article once
#: gave and now withdraws: "An earlier version of this story misstated the weight as
#: 4.64 pounds", "incorrectly reported that 21 people".
RETRACTION = re.compile(
    r"(?i)\b(?:(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
    r"(?:story|article|post|report|item|page)|incorrectly\s+(?:said|stated|reported|gave)"
    r"|misstated|misreported|erroneously\s+(?:said|stated|reported|gave))\b")


def retracted(prof: Profile, reading: Reading, index: int) -> str:
    """A figure in a correction's account of what the article once wrongly said ("An
    earlier version of this story gave Orozco's weight as 153 pounds", "misstated the
    length of the chase as 50 miles") is withdrawn: it states nothing. What the
    correction goes on to give as right, in a sentence of its own ("Deputies say he
    weighs 135 pounds."), is asserted as any other."""
    found = reading.once(_retraction, index)
    return f"withdrawn by a correction: {found}" if found else ""


def _retraction(reading: Reading, index: int) -> str:
    """The words of a correction before a figure in its sentence (see `retracted`), or ""."""
    sentence = reading.sentences[reading.sentence_of[index]]
    found = RETRACTION.search(reading.article.text, sentence.start,
                              reading.quantities[index].start)
    return found.group().lower() if found else ""


def superseded(prof: Profile, reading: Reading, index: int) -> str:
    """A figure its clause gives as the first one ("which originally had rated the quake
    as 4.4", "revised to 4.2 from an initial 4.4", "at first put the toll at two") where
    its sentence tells the replacement, by a word of revision or by stating the fact's
    own figure, is no longer the article's: it may agree, never fail, unless the claim's
    own figure is the first one ("was initially rated 4.4"; a claim that changed "from
    its original rating" gives the new one). Without the replacement, "Roger Kinney
    initially reported that the quake lasted about 10 seconds" only says who told it."""
    quantity = reading.quantities[index]
    word = reading.once(_superseded_word, index)
    if not word or agreement(prof.fact, quantity) or _tells_superseded(prof.fact.claim):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    if REVISED.search(reading.article.text, sentence.start, sentence.end) or any(
            agreement(prof.fact, reading.quantities[i]) for i in reading.neighbours(index)):
        return f"superseded: {word}"
    return ""


def _superseded_word(reading: Reading, index: int) -> str:
    """The word that gives a figure as the first one (see `superseded`), or ""."""
    found = right_before(reading, index, SUPERSEDED_BEFORE, 100)
    return found.group(1).lower() if found else ""


@functools.cache
def _tells_superseded(claim: str) -> bool:
    """Whether a claim gives its own figure as the first one: a word of SUPERSEDED not
    after "from" ("down from its original rating" names what it replaced)."""
    return any(not FROM_BEFORE.search(claim, 0, found.start())
               for found in SUPERSEDED_WORDS.finditer(claim))



SUPERSEDED_BEFORE = re.compile(rf"(?i)\b{SUPERSEDED}\b[^,;:.!?()]*$")

SUPERSEDED_WORDS = re.compile(rf"(?i)\b{SUPERSEDED}\b")

#: Words that tell a figure was replaced: "revised", "downgraded", "corrected".
REVISED = re.compile(r"(?i)\b(?:revis|downgrad|upgrad|lowered|raised|correct|updat|changed)\w*")

#: Before a word of SUPERSEDED, what makes it name what the figure replaced.
FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:\w+\s+)?$")


def _unasserted_word(reading: Reading, index: int) -> str:
    """The words that say a figure is not asserted (see `not_asserted`), or ""."""
    found = right_before(reading, index, UNASSERTED_BEFORE, 100)
    return " ".join(found.group(1).lower().split()) if found else ""


@functools.cache
def _tells_unasserted(claim: str) -> bool:
    """Whether a claim itself tells a denial, a rumour or what had been expected."""
    return UNASSERTED_WORDS.search(claim) is not None


def _hypothetical_word(reading: Reading, index: int) -> str:
    """The word that makes a figure hypothetical (see `hypothetical`), or ""."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = word_span(sentence, quantity.start, quantity.end)
    for word in sentence.words[max(0, first - HYPOTHETICAL_REACH):first]:
        if word.surface.lower() in HYPOTHETICAL:
            return word.surface
    found = right_before(reading, index, ODDS_BEFORE, 80)
    return found.group(1) if found else ""


def sequel(prof: Profile, reading: Reading, index: int) -> str:
    """A figure of one event that followed or preceded the one its sentence opens with
    ("At 9:32 p.m., it was followed by a 2.0-magnitude quake") is that other event's,
    unless the claim itself speaks of what followed ("followed by a 3.1 aftershock")."""
    word = reading.once(_sequel_word, index)
    if not word or prof.says(stem(word)):
        return ""
    return "another event, which came before or after"


def at_another_occasion(prof: Profile, reading: Reading, index: int) -> str:
    """A count or measure whose verb goes on to say when it happened ("No shots were
    fired when Orozco was taken into custody") tells that occasion's: where the claim
    writes none of the words of that "when" clause but names, it may agree, never
    fail. Ages have their own "when" ("was 35 when he died")."""
    found = reading.once(_occasion, index)
    if found is None:
        return ""
    occasion, words = found
    if any(prof.says(w) or prof.concepts_of(w) for w in words) or agreement(
            prof.fact, reading.quantities[index]):
        return ""
    return f"another occasion: when {occasion}"


def _occasion(reading: Reading, index: int) -> tuple[str, tuple[str, ...]] | None:
    """The "when" clause a count's or measure's verb goes on to (WHEN_AFTER) and the stems
    of its words but names; none for a date, money or an age, or where no verb of the
    figure's stands before "when" ("a mother of 18 when he sprayed"). Read once per
    figure."""
    quantity = reading.quantities[index]
    if quantity.kind in ("date", "money") or index in reading.ages:
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    found = WHEN_AFTER.match(reading.article.text, quantity.end, sentence.end)
    if found is None or not any(past_verb(w) or looks_past(w.lower())
                                for w in found.group("verb").split()):
        return None
    words = tuple(w.stem for w in tokens(found.group(2))
                  if w.content and not w.surface[:1].isupper())
    return (found.group(2).strip(), words) if words else None


#: After a figure, in its clause, "when" and what it ties the figure to: "No shots were
#: fired when Orozco was taken into custody"; not past another verb joined by "and" ("a
#: drive that covered 83 yards and was capped off when ...").
WHEN_AFTER = re.compile(
    r"(?P<verb>(?:(?!\s(?:and|or|but)\s)[^,;:.!?]){0,40}?)\bwhen\s+([^,;:.!?]{3,80})")


def compared_with(prof: Profile, reading: Reading, index: int) -> str:
    """A figure of another thing that a comparison sets beside the subject ("nearly
    twice as deep as the 1.4-mile quake", "faster than the previous model's 2.3GHz") is
    that thing's: it may agree, never fail. Without an article or a possessive ("deeper
    than 2 miles") a comparison bounds the subject's own figure, and "rather than",
    "other than", "as well as" compare nothing."""
    compared = reading.once(_comparison, index)
    if not compared or agreement(prof.fact, reading.quantities[index]):
        return ""
    return f"compared with: {compared}"


def _comparison(reading: Reading, index: int) -> str:
    """The comparison right before a figure (see COMPARED_BEFORE), or ""."""
    found = right_before(reading, index, COMPARED_BEFORE, COMPARED_REACH)
    if found is None or (found.group(1) or found.group(2)).lower() in NOT_COMPARING:
        return ""
    return " ".join(found.group().split())


def of_several(prof: Profile, reading: Reading, index: int) -> str:
    """A measure given to several things the claim tells of as one is theirs: "Five more
    small quakes measuring between 1.0 and 1.9" or "two aftershocks of magnitude 3.1"
    measure no quake of a claim that "The earthquake ... measured magnitude 4.2". One
    given to each ("their two leading running backs over 100 yards each") is each one's."""
    quantity = reading.quantities[index]
    if quantity.kind not in ("measure", "duration") or index == 0:
        return ""
    counted = reading.quantities[index - 1]
    text = reading.article.text
    if (counted.kind != "count" or not counted.unit or not isinstance(counted.low, float)
            or counted.low <= 1 or GIVEN_TO.fullmatch(text, counted.end, quantity.start) is None
            or EACH_AFTER.match(text, quantity.end)):
        return ""  # "two running backs over 100 yards each": each one's
    concepts = set(prof.concepts_of(stem(counted.unit.split()[-1])))
    told = [w for w in prof.claim_words if concepts & set(prof.concepts_of(w.stem))]
    if not told or any(singular(w.surface.lower()) != w.surface.lower() for w in told):
        return ""  # the claim tells of no such thing, or of several
    return f"the measure of {counted.text}, not of one"


def _sequel_word(reading: Reading, index: int) -> str:
    """"followed" in "followed by a 2.0-magnitude quake", "Earlier" in "Earlier this
    morning, an earthquake with a preliminary magnitude of 2.0 struck", "last" in "The
    last earthquake measuring 3.0 or above occurred on Dec. 30", or "" (see
    `sequel`). A sentence that goes on about such an earlier or later one ("The
    earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles") tells of it too."""
    if reading.quantities[index].kind == "date":
        return ""
    found = right_before(reading, index, SEQUEL_BEFORE, 30)
    if found is not None:
        return found.group().split()[0]
    position = reading.sentence_of[index]
    told = [position]
    if position and reading.sentences[position].opener in CONTINUING:
        told.append(position - 1)
    for at in told:
        opening = ANOTHER_BEFORE_OR_AFTER.match(reading.article.text, reading.sentences[at].start)
        if opening is not None:
            return opening.group(opening.lastindex or 0)
    return ""


#: Between a count and a measure given to what it counts: "quakes measuring", "aftershocks
#: of", "two quakes with magnitudes of".
GIVEN_TO = re.compile(r"\s+(?:(?:[a-z]+ing|of|at)\s+|with\s+(?:an?\s+)?[a-z]+\s+of\s+)?")

#: A sentence that opens with a time before or after the story's, then brings in a new
#: thing: "Earlier this morning, an earthquake ...".
ANOTHER_BEFORE_OR_AFTER = re.compile(
    r"(Earlier|Later)\b[^,.;:]{0,30},\s+an?\s|The\s+(last|previous)\s+(?=[a-z]{3})")

#: Openers of a sentence that goes on about what the one before named.
CONTINUING = PRONOUNS | {"the"}


@functools.cache
def _hypothetical_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in HYPOTHETICAL)
