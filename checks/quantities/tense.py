"""Which way a weekday points from the article's date: the tense of the verb nearest it.

"pointed a revolver at them on Saturday" in a Thursday paper is five days back, "the
trial will resume Monday" in a Thursday paper four days on. A weekday with no verb of
either tense near it is the nearest such day, back or ahead. An article's date may be a
day off the day it was written (a late update, another time zone), so tense never moves
a weekday off the day before or after it: "said Thursday" in a Wednesday paper is the
next day, "scheduled to speak Sunday" in a Monday paper the day before.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future", ""]

#: Words that put what follows them ahead of the article: "will meet on Monday", "due to
#: vote Tuesday", "postponed until Monday".
FUTURE = frozenset(
    "will 'll ’ll shall would going until till next upcoming coming scheduled due "
    "expected plans planned plan postponed adjourned delayed deadline tomorrow".split()
)
#: Past forms too irregular for the -ed test (none that is also a present: "put", "set").
IRREGULAR_PAST = frozenset(
    "was were had did died ago earlier met spoke took began went came gave made found held "
    "left fled fell led sent won lost saw heard got broke ran rose struck shot bought brought "
    "caught fought taught thought sought sold kept felt paid stood wrote drove flew threw "
    "grew knew drew wore chose stole woke shook hid fed spent built became "
    "drawn taken given seen known shown thrown grown written driven broken chosen spoken "
    "stolen fallen forgotten beaten bitten hidden ridden risen shaken sworn torn worn gone "
    "born borne slain sank sunk swam sang rang stuck dug hung spun sprang bled froze frozen "
    "arose arisen awoke crept dealt flung forbade forgave forgiven leapt lent meant "
    "mistook overcame overthrew overthrown overtook rode shone shrank slept slid sped stung "
    "strode swept swung understood upheld wept withdrew withdrawn"
    .split()
)
#: "-ed" words that are no past tense of an event: plans, and adjectives of place.
NOT_PAST = frozenset("scheduled expected planned postponed adjourned delayed based speed need "
                     "greed breed seed feed heed deed creed steed bleed succeed proceed exceed "
                     "indeed".split())
#: Words of reporting give the tense of the report, not of what it reports ("Peskov said
#: talks in Brussels on Wednesday ..."), unless the weekday follows them ("said Monday").
REPORTING = frozenset(
    "said says told tells announced added noted stated reported confirmed declared".split()
)
#: Right before the weekday, these settle its direction whatever the tense: "last Friday".
LAST, NEXT = "last", "next"
#: With no tense near it, a weekday is the nearest such day: up to this many days ahead,
#: else back ("Monday" in a Thursday paper is three days back, "Sunday" three on).
NEAREST_AHEAD = 3
#: How many words each side of the weekday may give its tense, within its sentence.
TENSE_REACH = 8

_WORD = re.compile(r"[A-Za-z'’]+")
#: A sentence ends at a stop after a word of four letters or more: not "St.", "p. m.".
_STOP = re.compile(r"(?<=\w{4})[.!?]\s|[;\"“”]")


def days_ahead(text: str, start: int, end: int, ahead: int) -> int:
    """How many days from the article's date the weekday at text[start:end] lies, given
    that the next such day is `ahead` days on (0 to 6)."""
    way = _pointing(text, start, end)
    if way == LAST:
        return ahead - 7
    if way == NEXT:
        return ahead or 7
    if way == "future":
        return ahead if ahead < 6 else -1
    if way == "past":
        return ahead if ahead <= 1 else ahead - 7
    return ahead if ahead <= NEAREST_AHEAD else ahead - 7


def months_ahead(text: str, start: int, end: int, ahead: int) -> int:
    """How many months from the article's month a month named alone at text[start:end]
    lies ("met in June", "due by March"), given that the next such month is `ahead` months
    on (0 to 11): the way its tense points, else the nearest."""
    way = _pointing(text, start, end)
    if way == LAST:
        return ahead - 12
    if way == NEXT:
        return ahead or 12
    if way == "future":
        return ahead
    if way == "past":
        return ahead - 12 if ahead else 0  # the article's own month, or the last such
    return ahead if ahead <= 6 else ahead - 12


def _pointing(text: str, start: int, end: int) -> str:
    """Which way the day or month at text[start:end] points: "last" or "next" right before
    it, else the tense around it ("past", "future" or "")."""
    before = [w.lower() for w in _WORD.findall(_clause(text[max(0, start - 120):start],
                                                       last=True))]
    if before and before[-1] in (LAST, NEXT):
        return before[-1]
    return _tense_around(before, text, end)


def _tense_around(before: list[str], text: str, end: int) -> Tense:
    """The tense of the nearest word of tense before the weekday, or else after it, within
    its sentence and TENSE_REACH words, or else farther back in its sentence. "on"
    between may separate a reporting word from it ("said on Monday")."""
    close = [w for w in before[-2:] if w != "on"]
    if close and close[-1] in REPORTING:
        return "past"
    for word in reversed(before[-TENSE_REACH:]):
        if tense := tense_of(word):
            return tense
    after = _clause(text[end:end + 120], last=False)
    for word in _WORD.findall(after)[:TENSE_REACH]:
        if tense := tense_of(word.lower()):
            return tense
    for word in reversed(before[:-TENSE_REACH]):  # farther back in its sentence: "he was
        if tense := tense_of(word):  # shot during a confrontation with two officers on
            return tense  # Main Street Saturday night"
    return ""


def _clause(window: str, *, last: bool) -> str:
    """The part of `window` within the weekday's sentence: after the last stop before it,
    or up to the first stop after it."""
    stops = list(_STOP.finditer(window))
    if not stops:
        return window
    return window[stops[-1].end():] if last else window[:stops[0].start()]


def tense_of(word: str) -> Tense:
    """The tense a lower-case word gives what it says, "" for none or a word of reporting."""
    if word in FUTURE:
        return "future"
    if word in REPORTING:
        return ""
    if word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4
                                  and word not in NOT_PAST):
        return "past"
    return ""
