"""The evidence a figure carries for a fact: the claim's concepts in its window, what it
counts or measures, weighed by how distinctive each word is in the story."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from checks.articles import Article
from checks.compare import convert
from checks.matching.attachment import Window
from checks.matching.figures import counts_nothing, figures_agree, same_noun
from checks.matching.phrases import ATTRIBUTIVE_COUNT
from checks.matching.profiles import Profile, phrase_concepts
from checks.matching.reading import (
    Reading,
    aged_name,
    an_addition,
    apposed_name,
    contrasted,
    figure_measured,
    figure_origin,
    referred_name,
    sentence_scores,
)
from checks.matching.sentences import (
    FADE,
    WORD,
    Sentence,
    Token,
    capitals,
    same_word,
    split_sentences,
    stem,
    weight,
)
from checks.quantities import Quantity
from checks.quantities.patterns import SMALL_NUMBERS

#: A date dates its whole clause ("talks at the US Mission in Geneva, Switzerland, Monday,
#: Jan. 10"), so words fade more slowly away from it.
DATE_FADE = 6.0


#: What the counted noun, agreeing with the fact's, adds to the evidence; and a measure's
#: unit when no other fact of the story has one of its dimension (divided among those
#: that do).
NOUN_WEIGHT = 1.0
#: How many words after a distance its place may end ("2 miles east southeast of The
#: Geysers").
ORIGIN_WORDS = 7
#: Being an age, for an age fact (which only an age may state): half a noun's weight, the
#: story's other people having ages too.
AGE_WEIGHT = 0.5


#: A word in this share of the story's sentences, or fewer, is fully distinctive; one in
#: every sentence counts MIN_WEIGHT.
DISTINCT_SHARE = 0.05
MIN_WEIGHT = 0.25
#: How distinctive a claim word that no other fact claims counts, however common it is.
OWN_WEIGHT = 1.0
#: The fewest letters a clipped name keeps ("Mat" for Matanuska).
SHORTENED_MIN = 3
#: A claim word no other fact uses, this many words or fewer from a date, names its event
#: and counts fully too ("died Wednesday in prison"): a date's own words are few.
NEXT_TO = 2


#: Sentences assumed to lack every word, so that a short story does not make all its
#: words look common.
PRIOR_SENTENCES = 50


class Background:
    """How distinctive each word is across the sentences of a story's articles."""

    def __init__(self, readings: Iterable[Reading] = ()) -> None:
        self.counts: Counter[str] = Counter()
        self.sentences = 0
        self._weights: dict[frozenset[str], float] = {}
        for reading in readings:
            self.add(reading.sentences)

    @classmethod
    def of_articles(cls, articles: Iterable[Article]) -> Background:
        """Counted from the articles' words alone, one article at a time: a story's
        background needs no quantities and keeps no article in memory."""
        background = cls()
        for article in articles:
            background.add(split_sentences(article.text))
        return background

    def add(self, sentences: Iterable[Sentence]) -> None:
        for sentence in sentences:
            self.sentences += 1
            self.counts.update(sentence.stems)
        self._weights.clear()

    @property
    def _total(self) -> int:
        return self.sentences + PRIOR_SENTENCES

    def weight(self, stems: Iterable[str]) -> float:
        """1 for a concept in at most DISTINCT_SHARE of sentences, falling to MIN_WEIGHT.

        A concept's synonyms count together: "talks" is as common as talks and
        negotiations are between them.
        """
        key = frozenset(stems)
        if key not in self._weights:
            share = (sum(self.counts.get(s, 0) for s in key) + 1) / self._total
            self._weights[key] = 1.0 if share <= DISTINCT_SHARE else max(
                MIN_WEIGHT, math.log(share) / math.log(DISTINCT_SHARE))
        return self._weights[key]


def what_it_counts(prof: Profile, reading: Reading, index: int, window: Window,
                    missing: str) -> tuple[list[tuple[str, float]], Window]:
    """Evidence from what the figure counts or measures, as a noun gives it: the counted
    noun, written or left understood, an age for an age fact, the thing a measure
    measures (then no longer a word of the window)."""
    quantity = reading.quantities[index]
    shared: list[tuple[str, float]] = []
    if prof.units and not counts_nothing(quantity):
        # A person noun standing for a generic one ("workers" for "people") counts half.
        noun = NOUN_WEIGHT if same_noun(quantity, prof.units) else NOUN_WEIGHT / 2
        shared.append((_noun_as_written(quantity), noun))
    elif prof.units and not missing:
        # "a mother of 18": the claim's own word leaves its noun understood, and it counts
        shared.append((f"{quantity.text} (understood: {prof.fact.value.unit})", NOUN_WEIGHT))
    if prof.age and index in reading.ages:
        shared.append(("an age", AGE_WEIGHT))
    if prof.added and reading.once(an_addition, index):
        shared.append(("an addition", AGE_WEIGHT))
    thing = _measured_thing(prof, reading, index)
    if thing is not None:
        shared.append((thing.surface, NOUN_WEIGHT))
        window = [(t, d, s) for t, d, s in window if t is not thing]
    origin = _origin_words(prof, reading, index)
    if origin:
        shared.append((f"from {' '.join(w.surface for w in origin)}", NOUN_WEIGHT))
        window = [(t, d, s) for t, d, s in window if t not in origin]
    owner = _age_owner(prof, reading, index)
    if owner:
        shared.append((f"the age of {' '.join(w.surface for w in owner)}", NOUN_WEIGHT))
        window = [(t, d, s) for t, d, s in window if t not in owner]
    return shared, window


def _age_owner(prof: Profile, reading: Reading, index: int) -> list[Token]:
    """The claim's person an age is set off after ("Horton, 51,") or stands before ("the
    51-year-old Horton"), or the one name of the sentence before a "She is 35": the name
    says whose age it is, as a count's noun says what it counts, and counts as one."""
    if not prof.age or index not in reading.ages:
        return []
    for name in (reading.once(apposed_name, index), reading.once(aged_name, index),
                 reading.once(referred_name, index)):
        said = [w for w in name if w.content]
        if said and prof.owns(name) and all(
                prof.says(w.stem) for w in said):
            return name  # every word of it: "Jeremy Ortiz" is not Jerry Ortiz
    return []


def _origin_words(prof: Profile, reading: Reading, index: int) -> list[Token]:
    """The claim's place a distance is measured from, right after the figure ("4 miles
    southeast of The Geysers" for "centered two miles from The Geysers"): it says what the
    figure measures, as a count's noun says what it counts, and counts as one."""
    quantity = reading.quantities[index]
    if not prof.origin or convert(1.0, quantity.unit, "meter") is None:
        return []  # "16GB of RAM" is no distance from RAM
    place = reading.once(figure_origin, index)
    if not place or not any(same_word(p, o) for p in place for o in prof.origin):
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= quantity.end][:ORIGIN_WORDS]
    return [w for w in after if w.name and w.stem in place]


def _measured_thing(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The article's word for what the figure measures, when it is the claim's ("up to
    24GB of RAM" for "up to 16GB of RAM"), or the noun an attributive measure modifies,
    when it is any word of the claim ("a 45-mile pursuit" for "chased for about 30
    miles"): it counts as a count's noun does."""
    quantity = reading.quantities[index]
    attributive = quantity.kind in ("measure", "duration") and ATTRIBUTIVE_COUNT.search(
        quantity.text) is not None and index not in reading.ages
    for word in reading.once(figure_measured, index):
        if any(same_word(word.stem, s) for s in prof.measured):
            return word
        if attributive and word.start >= quantity.end and prof.concepts_of(word.stem):
            return word  # "a 40-mile pursuit": the noun a measure modifies is its thing
    return None


#: The words of a number spelt out, which name no unit ("Three hundred and fifty two").
SPELT_NUMBER = frozenset({*SMALL_NUMBERS, "hundred", "and"})


def unit_as_written(quantity: Quantity) -> str:
    """The unit as the article wrote it: the figure's text without its number and hedge.
    A scale names a magnitude ("4.7 on the Richter scale")."""
    if quantity.unit == "magnitude":
        return "magnitude"
    words = [w.group() for w in WORD.finditer(quantity.text)
             if w.group() != "of" and w.group().lower() not in SPELT_NUMBER]
    return words[-1] if words else quantity.unit  # "magnitude of 2.0": magnitude


def _noun_as_written(quantity: Quantity) -> str:
    """The counted noun as the article wrote it ("troops"), for the report."""
    unit = stem(quantity.unit)
    written = [w.group() for w in WORD.finditer(quantity.text) if same_word(stem(w.group()), unit)]
    return written[-1] if written else quantity.unit


def concept_support(prof: Profile, window: Window, reading: Reading, index: int,
              background: Background) -> list[tuple[str, float]]:
    """Each concept's best support in the window, in the claim's order.

    A word stands for one concept at most (the one it supports best), and the figure's
    noun for none, being counted as the noun: "13,500 deaths" alone is no death toll.
    For a count, another count's noun is that count's ("three mothers and two children").
    """
    offers: list[tuple[float, int, tuple[int, int], str]] = []
    quantity = reading.quantities[index]
    fade = DATE_FADE if quantity.kind == "date" else FADE
    others = [reading.quantities[i] for i in reading.neighbours(index)
              if reading.quantities[i].unit and reading.quantities[i].kind == "count"
              ] if quantity.kind == "count" else []
    for token, distance, sentence in window:
        hits = prof.concepts_of(token.stem) + _compound_concepts(prof, token, sentence)
        if token.stem in prof.phrase_words:
            hits += phrase_concepts(prof, token, sentence)
        if not hits and token.name and _possessive(token):
            hits = country_concepts(prof, token.stem)
        if not hits or (token.name and not _name_agrees(token, sentence, prof)):
            continue
        if any(o.start <= token.start < o.end for o in others):
            continue  # another count's noun: "three mothers and two children"
        if prof.units and _is_noun_of(token, quantity):
            continue  # counted already, as the figure's noun
        for c in hits:
            concept = prof.concepts[c]
            distinct = background.weight(concept.stems)
            if c in prof.own or (c in prof.exclusive and quantity.kind == "date"
                                 and distance <= NEXT_TO):
                distinct = max(distinct, OWN_WEIGHT)
            w = round(weight(distance, fade) * distinct * concept.weight, 3)
            offers.append((w, c, (sentence.start, token.index), token.surface))
    best: dict[int, tuple[str, float]] = {}
    used: set[tuple[int, int]] = set()
    for w, c, where, surface in sorted(offers, key=lambda o: -o[0]):
        if c not in best and where not in used:
            best[c] = (surface, w)
            used.add(where)
    found = _score_support(prof, reading, index)
    for c, concept in enumerate(prof.concepts):
        support = (_figure_support(concept.figure, concept.stems, reading, index)
                   if concept.figure is not None else best.get(c))
        if support is not None:
            found.append(support)
    return found


def country_concepts(prof: Profile, capital: str) -> tuple[int, ...]:
    """The claim's concepts for the country of a capital (by stem) that owns something:
    it stands for its government, so "Berlin's decision to lend" speaks for a claim about
    Germany (elsewhere a capital is a place, and "in Berlin" no word of Germany's)."""
    return tuple(c for w in capitals().get(capital, ()) for c in prof.concepts_of(w))


def _score_support(prof: Profile, reading: Reading, index: int) -> list[tuple[str, float]]:
    """The claim's score restated in a date's sentence ("beat the Chiefs 20-13", "a 20 - 13
    victory"), which names the game as a claim figure would; no evidence for a count or a
    measure, whose sentence may give another player's figure of the same game."""
    if not prof.scores or reading.quantities[index].kind != "date":
        return []
    shared = prof.scores & reading.once(sentence_scores, index)
    return [(f"{high}-{low}", 1.0) for high, low in sorted(shared)]


def _compound_concepts(prof: Profile, token: Token, sentence: Sentence) -> tuple[int, ...]:
    """The concepts of a hyphenated word that the text spaced apart ("a career - high 21
    points", as tokenized news writes "career-high"), found at its last part."""
    if token.gap != "-" or token.index == 0:
        return ()
    return prof.concepts_of(stem(f"{sentence.words[token.index - 1].surface}-{token.surface}"))


def _is_noun_of(token: Token, quantity: Quantity) -> bool:
    """The figure's own counted noun ("deaths" in "13,500 deaths")."""
    return (quantity.start <= token.start < quantity.end and bool(quantity.unit)
            and any(same_word(token.stem, stem(w)) for w in quantity.unit.split()))


def _name_agrees(token: Token, sentence: Sentence, prof: Profile) -> bool:
    """A capitalised hit counts unless its neighbours make it part of another name: one
    with a word the claim lacks, or two words of the claim's names that it never writes
    together ("Missouri State" against "Indiana State" and "Missouri Valley")."""
    names = sentence.words
    for step in (-1, 1):
        i = token.index
        while 0 <= i + step < len(names) and names[i + step].name and (
                names[max(i, i + step)].joined) and not _possessive(names[min(i, i + step)]):
            i += step
            neighbour = names[i]
            if neighbour.content and not (prof.says(neighbour.stem)
                                          or _shortened(prof, neighbour.stem)):
                return False
            pair = (names[min(i, i - step)].stem, names[max(i, i - step)].stem)
            if _apart_in_claim(prof, pair):
                return False
    return True


def _shortened(prof: Profile, stem_: str) -> bool:
    """Whether a name word is the clipped start of one of the claim's ("Mat Maid" for the
    Matanuska Maid, "Mat - Su" for Matanuska-Susitna): the same name, as locals say it."""
    return len(stem_) >= SHORTENED_MIN and any(
        len(n) > len(stem_) and n.startswith(stem_) for n in prof.named)


def _apart_in_claim(prof: Profile, pair: tuple[str, str]) -> bool:
    """Whether two words written together as a name are both words of the claim's names
    but of two different ones: not "Deputy Ortiz" for "Deputy Jerry Ortiz", which holds
    the first before the second."""
    first, second = pair
    if not all(any(w in p for p in prof.name_pairs) for w in pair):
        return False
    reached, edge = {first}, {first}
    while edge:
        edge = {b for a, b in prof.name_pairs if a in edge} - reached
        reached |= edge
    return second not in reached


def _possessive(token: Token) -> bool:
    """A name that ends in 's owns the next one: "the Sheriff's Deputy Jerry Ortiz" holds
    two names, not one."""
    return token.surface.endswith(("'s", "’s"))


def _figure_support(figure: Quantity, nouns: frozenset[str], reading: Reading, index: int
                    ) -> tuple[str, float] | None:
    """Another figure of the claim restated in the sentence ("Thursday" for "December 30"),
    its noun perhaps by a synonym (`nouns`)."""
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        if figures_agree(figure, other, nouns) and not contrasted(reading, index, other):
            return other.text, 1.0
    return None
