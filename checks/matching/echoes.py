"""Echoes: a sentence that another article of the story states a fact in, written again.

Articles on one story repeat each other: a desk rewrites the wire copy, outlets reprint
it, and the figure is where they drift ("Jeffs delivered a 55-minute speech" in one,
"Jeffs delivered a 15-minute speech" in another). Once one article's mention of a fact
agrees with it, the words around that figure are the fact's wording: the same words
around another figure in another article are evidence that it states the same fact, as
much as a distinctive word beside it (`ECHO_WEIGHT`), even when that figure disagrees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Protocol

from checks.articles import Article
from checks.facts import Verdict
from checks.matching.reading import Reading
from checks.quantities import Quantity

#: Words taken on each side of a figure, within its sentence: enough to tell apart
#: template sentences that differ in a detail near the figure (the time of two quakes).
SIDE_WORDS = 10
#: The fewest words, both sides together, that make a wording: fewer say too little
#: ("scored 23 points" could be anyone's).
MIN_WORDS = 6
#: What a figure gains from being worded as another article's mention of the fact.
ECHO_WEIGHT = 1.0

WORD = re.compile(r"\w+")
#: The words of a range that are no figure ("from six to 75 years"): part of its wording.
RANGE_WORDS = frozenset("from to between and".split())

Wording = tuple[tuple[str, ...], tuple[str, ...]]
#: An article by its file and its name in it (a file may hold several posts).
Source = tuple[str, str]
#: Each figure's wording and text, hashed, and where it stands (see `fingerprint`).
Fingerprint = frozenset[tuple[int, int, tuple[int, int]]]
#: Where each fact's mentions stand in an article: (start, end) of each figure.
Placed = Mapping[str, frozenset[tuple[int, int]]]


def _source(reading: Reading) -> Source:
    return str(reading.article.path), reading.article.name


def wording(reading: Reading, index: int) -> Wording | None:
    """The words around a figure in its sentence, lower-cased, without the figure (but a
    range's "from ... to"); None
    when they are too few to tell one statement from another. Read it through
    `reading.once`, so that each figure's is worked out once per article."""
    text, quantity = reading.article.text, reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    left = WORD.findall(text[sentence.start:quantity.start].lower())[-SIDE_WORDS:]
    left += [w for w in WORD.findall(quantity.text.lower()) if w in RANGE_WORDS]
    right = WORD.findall(text[quantity.end:sentence.end].lower())[:SIDE_WORDS]
    if len(left) + len(right) < MIN_WORDS:
        return None
    return tuple(left), tuple(right)


def wordings(reading: Reading, index: int) -> tuple[Wording, Wording | None] | None:
    """The figure's `wording`, and the same without the aside a rewrite sets off by commas
    right after the figure (the words up to the first comma after it and those from the
    next comma on), or None where it has none. Read it through `reading.once`."""
    found = wording(reading, index)
    if found is None:
        return None
    text, quantity = reading.article.text, reading.quantities[index]
    after = text[quantity.end:reading.sentences[reading.sentence_of[index]].end]
    opens = after.find(",")
    if opens < 0:
        return found, None
    closes = after.find(",", opens + 1)
    kept = after[:opens] + (after[closes:] if closes >= 0 else "")
    dropped = found[0], tuple(WORD.findall(kept.lower())[:SIDE_WORDS])
    return found, (None if len(dropped[0]) + len(dropped[1]) < MIN_WORDS else dropped)


#: A wording as remembered or looked up: whole (0) or without its aside (1).
Key = tuple[int, Wording]


def _kept(reading: Reading, index: int) -> list[Key]:
    """What an agreeing mention's wordings are remembered as."""
    both = reading.once(wordings, index)
    if both is None:
        return []
    return [(0, both[0])] + ([(1, both[1])] if both[1] is not None else [])


def _sought(reading: Reading, index: int) -> list[Key]:
    """What a figure's wordings are looked up as: a rewrite may add an aside after the
    figure ("letting off 13 shots in Horton's death" is "letting off 19 shots, roughly two
    a second, in Horton's death" without it; "... 352 net yards rushing." is "... 325 net
    yards rushing, averaging 7.4 yards a carry.") or drop one. Never one aside-less
    wording against another: both asides may hold what tells the statements apart ("starts
    at US$999, the 13-inch has dropped $100 to $1199,")."""
    both = reading.once(wordings, index)
    if both is None:
        return []
    return [(0, both[0]), (1, both[0])] + ([(0, both[1])] if both[1] is not None else [])


class Echoes:
    """The wordings of each fact's agreeing mentions, over a story's articles.

    Only a wording around another figure is an echo: the same words around the same
    figure are the same statement, whose evidence this article's own reading already has
    (an article copied whole would otherwise double every agreeing mention's weight).
    Nor is one heard by a figure already a mention of that fact: it can change nothing.
    """

    def __init__(self) -> None:
        self._sources: dict[Key, dict[str, set[tuple[Source, str]]]] = {}
        self._by_hash: dict[int, set[tuple[Source, int, str]]] = {}

    def add(self, reading: Reading, agreeing: Iterable[tuple[str, int]]) -> None:
        """Remember how an article words its agreeing mentions: (fact id, figure index).
        Not a wording the article also writes around another figure: a template sentence
        ("The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles", after
        the same of the main quake's 2.7) does not tell which figure states the fact."""
        source = _source(reading)
        worded = Counter(key for i in range(len(reading.quantities))
                         for key in _kept(reading, i))
        for fact_id, index in agreeing:
            figure = _figure(reading, index)
            for found in _kept(reading, index):
                if worded[found] == 1:
                    self._sources.setdefault(found, {}).setdefault(fact_id, set()).add(
                        (source, figure))
                    self._by_hash.setdefault(hash(found), set()).add(
                        (source, hash(figure), fact_id))

    def heard(self, article: Article, fingerprint: Fingerprint, placed: Placed) -> bool:
        """Whether an article, given its `fingerprint` and where its mentions stand, may
        hear an echo: if not, it need not be read and matched again."""
        own = (str(article.path), article.name)
        return any(source != own and figure != own_figure and where not in placed.get(fact, ())
                   for found, own_figure, where in fingerprint
                   for source, figure, fact in self._by_hash.get(found, ()))

    def of(self, reading: Reading, placed: Placed) -> dict[int, Mapping[str, str]]:
        """For each figure of an article worded as another article's mention of a fact
        around another figure, that fact not yet mentioned in its sentence: fact id → the
        first such article's name. A sentence that states the fact already ("which
        originally had rated the quake as 4.4") holds its other figures as other things."""
        out: dict[int, Mapping[str, str]] = {}
        own = _source(reading)
        for index in range(len(reading.quantities)):
            figure = _figure(reading, index)
            sentence = reading.sentences[reading.sentence_of[index]]
            heard: dict[str, set[tuple[Source, str]]] = {}
            for found in _sought(reading, index):
                for fact, sources in self._sources.get(found, {}).items():
                    heard.setdefault(fact, set()).update(sources)
            others = {fact: min(sources)[1] for fact, said_by in heard.items()
                      if not any(sentence.start <= start < sentence.end
                                 for start, _ in placed.get(fact, ()))
                      and (sources := {s for s, said in said_by if s != own and said != figure})}
            if others:
                out[index] = others
        return out


def agreeing(reading: Reading, verdicts: Iterable[Verdict]) -> list[tuple[str, int]]:
    """(fact id, figure index) of each mention that agrees with its fact: what
    `Echoes.add` takes from an article's verdicts."""
    index = {id(q): i for i, q in enumerate(reading.quantities)}
    return [(v.fact.id, index[id(m.quantity)]) for v in verdicts for m in v.mentions
            if m.verdict == "consistent" and id(m.quantity) in index]


class Mentioned(Protocol):
    """A mention as the matcher gives it (a `Candidate`): its figure is all that counts."""

    @property
    def quantity(self) -> Quantity: ...


def placed(mentions: Mapping[str, Iterable[Mentioned]]) -> Placed:
    """Where each fact's mentions stand in an article (`Matches.mentions`)."""
    return {fact: frozenset((m.quantity.start, m.quantity.end) for m in found)
            for fact, found in mentions.items() if found}


def fingerprint(reading: Reading) -> Fingerprint:
    """Hashes of each figure's wording and of the figure, and where it stands: all
    `Echoes.heard` needs of an article."""
    return frozenset((hash(found), hash(_figure(reading, index)), (q.start, q.end))
                     for index, q in enumerate(reading.quantities)
                     for found in _sought(reading, index))


def _figure(reading: Reading, index: int) -> str:
    return " ".join(reading.quantities[index].text.lower().split())
