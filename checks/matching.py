"""Match: decide which quantity in an article speaks of which fact.

Stage three of the pipeline (read → find → **match** → compare → report). An editor
trusts a failure only if the figure really is about the fact, so a mention is tied to a
fact on evidence, never forced. Every rule is general:

- **Kind and unit agree**: a count of troops never speaks of tanks, a duration never of
  a date, a measure only of a measure it converts to; any noun for people meets a count
  of "people" ("three bank workers"); an age ("a 35-year-old", "Ortiz, 35,") speaks only
  of an age, and a figure more than FAR_FACTOR times off the fact's of something else.
- **The figure itself**: one that agrees with a specific fact ("June 24, 2005", "110
  billion euros") is evidence, as much as it would rarely agree by chance.
- **Shared concepts**: the claim's content words (with the story's and built-in
  synonyms), its other figures (a claim "on December 30" is supported by "Thursday" when
  that resolves to December 30), the counted noun, and the fact's `context` words. Each
  concept counts once, at its best place.
- **Closeness**: a word counts fully within NEAR_TOKENS words of the figure and fades by
  half every FADE words beyond; the sentence before counts, farther away (fully when the
  sentence opens with a pronoun: "It lasted 50 minutes."). The same holds inside the
  claim, down to CLAIM_FLOOR: the words next to its figure say most about it.
- **Attachment**: where a sentence holds several figures of the same kind, a date takes
  the words before it ("in Brussels on Wednesday and in Vienna on Thursday"), but for the
  word right after the previous one ("Monday's talks"); a count or a measure takes the
  words after it up to the next clause break ("13 miles east of Cloverdale and 2 miles
  south of The Geysers").
- **Names agree**: a claim word found inside a longer name counts only if the rest of that
  name is in the claim too ("Council" in "European Council" is not the "Russia–NATO
  Council").
- **Distinctiveness**: words found in many sentences of the story's articles ("Russia" in a
  story about Russia) tell facts apart less than rare ones ("Geneva", "Donbas"); a
  measure's unit adds to the score as far as no other fact has one of its dimension, and
  counts as a concept when none has (not a duration's).
- **Enough evidence**: at least MIN_CONCEPTS concepts and a score of THRESHOLD, or of
  FAIL_THRESHOLD for a figure the fact disagrees with (a check failed for nothing costs
  an editor more than a miss); less is "not a mention", though the closest such
  candidates are kept as near misses.
- **Vetoes**: a sentence holding one of the fact's `exclude` words, or lacking all of its
  `context` words, never matches; nor does a figure that restates one of the claim's other
  figures ("plus 20 years"), nor a hypothetical one ("could face up to 119 years").
- **Competition**: a mention goes to the fact with the best score only; facts within
  TIE_MARGIN of each other tie, and a tie goes to the one fact the figure agrees with, or
  to none.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, TypeVar

import yaml
from rapidfuzz import fuzz, process

from checks.articles import STOPWORDS as ENGLISH_STOPWORDS
from checks.articles import Article
from checks.compare import compare, convert, default_tolerance
from checks.facts import Fact
from checks.quantities import APPROX, Quantity, find_quantities, singular

T = TypeVar("T")

#: Score a candidate needs to count as a mention (a distinctive word next to the figure
#: scores 1).
THRESHOLD = 1.2
#: The score a mention the fact disagrees with needs (it would fail the check).
FAIL_THRESHOLD = 1.5
#: Distinct concepts a mention must share with its fact.
MIN_CONCEPTS = 2
#: A concept whose weight falls below this is too faint to count towards MIN_CONCEPTS.
FAINT = 0.25
#: Candidates scoring at least this share of THRESHOLD are reported as near misses.
NEAR_SHARE = 0.5
#: Words within this many words of the figure count fully; further ones fade by half
#: every FADE words.
NEAR_TOKENS = 3
FADE = 3.0
#: A date dates its whole clause ("talks at the US Mission in Geneva, Switzerland, Monday,
#: Jan. 10"), so words fade more slowly away from it.
DATE_FADE = 6.0
#: Extra distance for a word in the previous sentence; none when the sentence opens with a
#: pronoun ("It lasted 50 minutes.", "His 14 points..."), which points back at it.
PREVIOUS_SENTENCE = 6
PRONOUNS = frozenset("he she it they his her its their this these".split())
#: Words that give a clause a subject of its own (with any name).
SUBJECTS = PRONOUNS | frozenset("i we you who whom whose which that".split())
#: Separators at which the words between two figures change hands (for counts and
#: measures, which name the thing after them).
CLAUSE_BREAKS = frozenset(",;:—–()")
CLAUSE_WORDS = frozenset("and or while but whereas with when after before".split())
#: Marks that open a clause for `_clause_gap`, and the extra words it puts between.
CLAUSE_MARKS = frozenset(";:—–")
#: The clause words that open a clause right before a figure: not "with", which there
#: mostly hangs the figure on the verb ("led all players with 35 points").
OPENERS = CLAUSE_WORDS - {"with"}
CLAUSE_GAP = 3
#: Two facts whose scores for a figure are this close (share of the best) tie: the figure
#: is ambiguous and goes to neither.
TIE_MARGIN = 0.15
#: A tie with no agreeing fact goes to the nearest fact when its gap is this share or less
#: of the next one's.
NEAREST_SHARE = 0.5
#: A claim word far from the claim's own figure (the subject's surroundings, not the
#: predicate) counts this share at the least; words next to it ("arrested 46 people",
#: "deliberated for 30 minutes") count fully.
CLAIM_FLOOR = 0.7
#: Words that make the figure after them (within HYPOTHETICAL_REACH words) hypothetical.
HYPOTHETICAL = frozenset(
    "could would might may faces facing face potential possible possibly needing needs need"
    .split()
)
HYPOTHETICAL_REACH = 4
#: What the counted noun, agreeing with the fact's, adds to the evidence; and a measure's
#: unit when no other fact of the story has one of its dimension (divided among those
#: that do).
NOUN_WEIGHT = 1.0
#: Being an age, for an age fact (which only an age may state): half a noun's weight, the
#: story's other people having ages too.
AGE_WEIGHT = 0.5
UNIT_WEIGHT = 0.5
#: What a figure that would agree by chance adds (below FAINT: no concept of its own).
SLIGHT = 0.2
#: A figure this many times larger or smaller than the fact's is about something else.
FAR_FACTOR = 10.0
FAR_OFF = "far from the fact's figure"
#: A date more than this many years from the fact's is another event ("sent to prison
#: in 1959" is no date of his 2005 death); a wrong year or two still fails.
FAR_YEARS = 2.0
#: Endings the stemmer strips (with what replaces them, and the shortest stem left), first
#: match wins: deliberations/deliberated, injuries/injury, massing/massed.
SUFFIXES = (("ations", "at", 4), ("ation", "at", 4), ("ions", "", 4), ("ion", "", 4),
            ("ies", "y", 3), ("ing", "", 3), ("ed", "", 3), ("es", "", 3), ("s", "", 3))
#: Longer "sentences" (tables, lists, a scrape with no full stops) are cut into pieces
#: of this many words, which keeps the work per figure bounded.
MAX_SENTENCE_WORDS = 120
#: Spelling variants (Organisation/Organization, Nato/NATO) match at this rapidfuzz ratio.
FUZZY = 88
FUZZY_LENGTH = 5  # shorter words must be equal
#: A word in this share of the story's sentences, or fewer, is fully distinctive; one in
#: every sentence counts MIN_WEIGHT.
DISTINCT_SHARE = 0.05
MIN_WEIGHT = 0.25
#: How distinctive a claim word that no other fact claims counts, however common it is.
OWN_WEIGHT = 1.0
#: A claim word no other fact uses, this many words or fewer from a date, names its event
#: and counts fully too ("died Wednesday in prison"): a date's own words are few.
NEXT_TO = 2
#: How many words of a noun phrase after a measure say what it measures.
THING_WORDS = 3
#: Sentences assumed to lack every word, so that a short story does not make all its
#: words look common.
PRIOR_SENTENCES = 50

#: Words that tell facts apart too little to count as evidence: English function words
#: (shared with the reader's prose classifier), attribution verbs, light verbs, and times
#: of day and week (a claim's date is evidence as a figure, once resolved, not as a word).
STOPWORDS = ENGLISH_STOPWORDS | frozenset(
    """said says say told according mr mrs ms near it's
    monday tuesday wednesday thursday friday saturday sunday night morning afternoon
    evening today yesterday tomorrow tonight
    take takes took taken taking make makes made making get gets got give gives gave given
    come comes came go goes went gone put puts set sets hold holds held place""".split()
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen sen rep gov lt col sgt capt prof jr sr inc corp co ltd no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec del calif mass conn fla ill pa va wash
    mt ft ave""".split()
)
#: A word; hyphenated lower-case parts stay one word (co-operation, build-up), while
#: capitalised parts split (Russia-NATO, Biden-Putin).
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_A-Z][^\W\d_]*)*", re.UNICODE)
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the article: its stem for matching, its surface for the report.

    `index` counts every word of the sentence (stop words too), so distances are in words;
    `name` marks a capitalised word that does not open the sentence; `gap` is what stands
    between it and the word before, spaces removed (",", "—", "" ...).
    """

    stem: str
    surface: str
    start: int
    index: int
    name: bool = False
    content: bool = True
    gap: str = ""

    @property
    def joined(self) -> bool:
        return self.gap in ("", "-", "–")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[Token, ...]

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The content words (no stop words)."""
        return tuple(w for w in self.words if w.content)

    @functools.cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(t.stem for t in self.tokens)


@dataclass(frozen=True)
class Reading:
    """An article after stages one and two: its sentences and the quantities in them."""

    article: Article
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    sentence_of: tuple[int, ...]
    in_sentence: tuple[tuple[int, ...], ...] = ()
    ages: frozenset[int] = frozenset()
    rates: frozenset[int] = frozenset()
    _texts: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _memo: dict[tuple[Callable[..., Any], int], Any] = field(
        default_factory=dict, compare=False, repr=False)

    def once(self, read_figure: Callable[[Reading, int], T], index: int) -> T:
        """What `read_figure` finds about one figure, worked out once per article however
        many facts ask: a figure's part of the event, margin or modified noun does not
        depend on the fact."""
        key = (read_figure, index)
        if key not in self._memo:
            self._memo[key] = read_figure(self, index)
        return self._memo[key]  # type: ignore[no-any-return]

    def neighbours(self, index: int) -> Iterable[int]:
        """The other quantities of the same sentence, in order."""
        return (i for i in self.in_sentence[self.sentence_of[index]] if i != index)

    def sentence_text(self, index: int) -> str:
        """The sentence as written; one string per sentence, however many mentions cite it."""
        texts = self._texts
        if index not in texts:
            sentence = self.sentences[index]
            texts[index] = self.article.text[sentence.start:sentence.end]
        return texts[index]


@dataclass(frozen=True)
class Candidate:
    """A quantity considered for a fact, with the evidence found for it."""

    fact: Fact
    quantity: Quantity
    sentence: int
    score: float
    shared: tuple[str, ...]
    veto: str = ""
    disagrees: bool = False

    @property
    def matches(self) -> bool:
        return not self.veto and self.worded

    @property
    def worded(self) -> bool:
        """Whether the evidence makes it a mention; one that would fail its check needs
        FAIL_THRESHOLD, since a failure for nothing costs an editor more than a miss."""
        bar = FAIL_THRESHOLD if self.disagrees else THRESHOLD
        return self.score >= bar and len(self.shared) >= MIN_CONCEPTS

    @property
    def rival(self) -> bool:
        """A candidate that competes for the figure: a mention, or one its words would make
        a mention but its figure is far from the fact's (see `_far_off`)."""
        return self.worded and (not self.veto or self.veto.startswith(FAR_OFF))

    def reason(self) -> str:
        text = "shares: " + (", ".join(self.shared) if self.shared else "nothing")
        text += f"; score {self.score:.2f}"
        return f"{text}; {self.veto}" if self.veto else text


@dataclass
class Matches:
    """Per fact id: the mentions that speak of it and the near misses."""

    mentions: dict[str, list[Candidate]] = field(default_factory=dict)
    near_misses: dict[str, list[Candidate]] = field(default_factory=dict)


# -- reading ------------------------------------------------------------------------------


def read(article: Article) -> Reading:
    """Split the article into sentences and find its quantities (done once per article)."""
    text = article.text
    found = _with_totals(text, find_quantities(text, reference_date=article.date))
    ages = frozenset(i for i, q in enumerate(found) if is_age(text, q))
    quantities = tuple(_as_age(q) if i in ages else q for i, q in enumerate(found))
    rates = frozenset(i for i, q in enumerate(quantities) if _is_rate(text, q, quantities))
    sentences = tuple(_sentences(text))
    starts = [s.start for s in sentences]
    sentence_of = tuple(max(0, bisect.bisect_right(starts, q.start) - 1) for q in quantities)
    grouped: list[list[int]] = [[] for _ in sentences] or [[]]
    for index, position in enumerate(sentence_of):
        grouped[position].append(index)
    return Reading(article, sentences, quantities, sentence_of, tuple(map(tuple, grouped)),
                   ages, rates)


#: What may join the parts of a count of people: "two women and one man", "two men,
#: three women".
PART_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
#: A part written "a man" or "one officer" (which find_quantities leaves unread), before
#: or after the counted parts.
ONE_AFTER = re.compile(r"\s*,?\s+and\s+(?:a|an|one)\s+([a-z]+)\b")
ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+([a-z]+)\s+and\s+$")


def _with_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts of people listed by their parts, with their total added before the parts:
    "two women and one man died" states three deaths, as "three people died" would. The
    parts stay, for a fact counted in one of them ("two women")."""
    _, nouns = people_nouns()
    out: list[Quantity] = []
    run: list[Quantity] = []
    for q in [*found, None]:
        if q is not None and _person_part(q, nouns) and (
                not run or PART_JOIN.match(text[run[-1].end:q.start])):
            run.append(q)
            continue
        total = _total(text, run, nouns) if run else None
        if total is not None and not (out and _restates(text, out[-1], total, nouns)):
            out.append(total)
        out.extend(run)
        run = [q] if q is not None and _person_part(q, nouns) else []
        if q is not None and not run:
            out.append(q)
    return out


def _restates(text: str, whole: Quantity, total: Quantity, nouns: frozenset[str]) -> bool:
    """The parts spell out a count just stated: "three bank workers - two women and a man -",
    "at least three people, a man and two women,": no second figure for the same people."""
    return (whole.kind == "count" and whole.unit in nouns
            and len(text[whole.end:total.start].strip(" ,-–—(:")) == 0)


def _person_part(q: Quantity, nouns: frozenset[str]) -> bool:
    return (q.kind == "count" and q.hedge == "exact" and q.unit in nouns
            and isinstance(q.value, float) and q.value.is_integer())


def _total(text: str, run: list[Quantity], nouns: frozenset[str]) -> Quantity | None:
    """The sum of a run of person counts, with any "a man" that opens or closes it; None
    for a lone count with nothing to add."""
    start, end = run[0].start, run[-1].end
    value = sum(float(q.value) for q in run)  # type: ignore[arg-type]
    before = ONE_BEFORE.search(text, max(0, start - 20), start)
    if before and singular(before.group(1)) in nouns:
        start, value = before.start(), value + 1
    after = ONE_AFTER.match(text, end)
    if after and singular(after.group(1)) in nouns:
        end, value = after.end(), value + 1
    if len(run) == 1 and (start, end) == (run[0].start, run[0].end):
        return None
    return Quantity(text[start:end], start, end, "count", value, value, value, unit="people")


#: "a 35-year-old deputy", "35 years old", tokenized "35 - year - old".
AGE_AFTER = re.compile(r"\s*-?\s*old\b")
#: "aged 35", "at age 35", "the age of 35".
AGE_BEFORE = re.compile(r"(?i)\bage(?:d|\s+of)?\s+$")
#: A bare number set off after a name: "Deputy Jerry Ortiz, 35, was", "Horton (34)",
#: "Andrew Lopez, 20 and Jonathan Carrasquillo, 24", "Lopez, 20 was found guilty".
APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:,|\s*\()\s*$")
APPOSITION_AFTER = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:and\s+[A-Z]|(?:was|is|has)\b)")
OLDEST = 120
AGE_WORDS = frozenset({"old", "age", "aged", "year"})


def is_age(text: str, quantity: Quantity) -> bool:
    """Whether a figure states someone's age, which is neither a duration nor a count.

    A number of years before "old" or after "aged"; or, as news writes ages, a bare whole
    number set off by commas (or brackets) right after a name.
    """
    if quantity.kind == "duration" and quantity.unit == "year":
        return (AGE_AFTER.match(text, quantity.end) is not None
                or AGE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start) is not None)
    if quantity.kind != "count" or quantity.unit or quantity.hedge != "exact":
        return False
    if not quantity.text.isdigit() or not 0 < int(quantity.text) <= OLDEST:
        return False
    if AGE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start):
        return True
    before = APPOSITION_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    return before is not None and APPOSITION_AFTER.match(text, quantity.end) is not None


def _as_age(quantity: Quantity) -> Quantity:
    """An age as a number of years, so that it compares with an age fact's "35 years"."""
    if quantity.kind == "duration":
        return quantity
    return replace(quantity, kind="duration", unit="year")


def _sentences(text: str) -> Iterable[Sentence]:
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        if boundary.group().strip() and _is_abbreviation(text, boundary.start()):
            continue
        if boundary.group().strip() and not _next_starts_sentence(text, boundary.end()):
            continue
        end = boundary.start() + len(boundary.group().rstrip())
        if text[start:end].strip():
            yield from _sentence(text, start, end)
        start = boundary.end()
    if text[start:].strip():
        yield from _sentence(text, start, len(text.rstrip()))


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z]+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    name = word.group(1)
    return len(name) == 1 or name.lower() in ABBREVIATIONS


def _next_starts_sentence(text: str, offset: int) -> bool:
    """A capital or a digit follows, past any quote (a tokenized corpus spaces the closing
    quote off: 'his "spiritual wives. " Jeffs, 55, will')."""
    following = text[offset:offset + 4].lstrip("\"'“”‘’( ")
    return not following or following[0].isupper() or following[0].isdigit()


def _sentence(text: str, start: int, end: int) -> Iterable[Sentence]:
    """One sentence, or several when it runs past MAX_SENTENCE_WORDS (a table, a list)."""
    while start < end and text[start].isspace():
        start += 1
    found = list(words(text, start, end))
    for first in range(0, max(len(found), 1), MAX_SENTENCE_WORDS):
        chunk = found[first:first + MAX_SENTENCE_WORDS]
        chunk_start = start if first == 0 else chunk[0].start
        following = first + MAX_SENTENCE_WORDS
        chunk_end = found[following].start if following < len(found) else end
        renumbered = tuple(replace(w, index=w.index - first) for w in chunk)
        yield Sentence(chunk_start, chunk_end, renumbered)


def words(text: str, start: int = 0, end: int | None = None) -> Iterable[Token]:
    """Every word of text[start:end], stemmed and numbered; acronyms (U.S.) lose their dots."""
    piece = DOTTED_ACRONYM.sub(_undot, text[start:end])
    previous_end = 0
    for index, word in enumerate(WORD.finditer(piece)):
        surface = word.group()
        key = stem(surface)
        content = bool(key) and (key not in STOPWORDS or (surface.isupper() and len(surface) > 1))
        name = index > 0 and surface[0].isupper()
        gap = "".join(piece[previous_end:word.start()].split())
        previous_end = word.end()
        yield Token(key, surface, start + word.start(), index, name, content, gap)


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterable[Token]:
    """The content words of text[start:end] (no stop words)."""
    return (w for w in words(text, start, end) if w.content)


def _undot(acronym: re.Match[str]) -> str:
    """U.S. → "US  ": the letters kept, the length too, so offsets stay true."""
    return acronym.group().replace(".", "") + " " * acronym.group().count(".")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem: enough to make troop/troops and massed/massing meet."""
    word = word.lower().replace("’", "'").replace("-", "")
    for possessive in ("'s", "'"):
        if word.endswith(possessive):
            word = word[: -len(possessive)]
    if word in STOPWORDS or len(word) <= 3:
        return word
    for suffix, keep, least in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= least and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


@functools.lru_cache(maxsize=262144)
def same_word(a: str, b: str) -> bool:
    """Stems that are the same word: equal, or a spelling variant of a long word."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_LENGTH:
        return False
    return fuzz.ratio(a, b) >= FUZZY


# -- evidence -----------------------------------------------------------------------------


@functools.cache
def builtin_aliases() -> dict[str, tuple[str, ...]]:
    """The synonyms shipped with the checker (checks/data/aliases.yaml)."""
    raw = _data_file("aliases.yaml")
    return {str(k): tuple(str(w) for w in v) for k, v in (raw or {}).items()}


def _data_file(name: str) -> Any:
    """A YAML file shipped in checks/data."""
    return yaml.safe_load(resources.files("checks").joinpath("data", name).read_text())


def synonym_groups(aliases: Mapping[str, Sequence[str]]) -> list[frozenset[str]]:
    """Groups of stems that stand for each other: built-ins first, the story's added."""
    merged: dict[str, set[str]] = {}
    for source in (builtin_aliases(), aliases):
        for key, words in source.items():
            merged.setdefault(stem(key), set()).update(stem(w) for w in words)
    return [frozenset({key, *words}) for key, words in merged.items()]


@dataclass(frozen=True)
class Concept:
    """One thing the claim talks about: a word with its synonyms, or another figure."""

    label: str
    stems: frozenset[str] = frozenset()
    figure: Quantity | None = None
    weight: float = 1.0


@dataclass(frozen=True)
class Profile:
    """What a fact looks like in text: its concepts, vetoes and the nouns its figure counts."""

    fact: Fact
    concepts: tuple[Concept, ...]
    units: frozenset[str]
    context: frozenset[str]
    exclude: frozenset[str]
    claim_stems: frozenset[str] = frozenset()
    unit_weight: float = 0.0
    age: bool = False
    rate: bool = False
    lead: frozenset[str] = frozenset()
    own: frozenset[int] = frozenset()
    exclusive: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()
    measured: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    modifier: bool = False
    others: bool = False
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    key: int = 0

    def concepts_of(self, stem_: str) -> tuple[int, ...]:
        """Which of the claim's word concepts a stem stands for."""
        if self.lexicon is None:
            return self.stands_for(stem_)
        return self.lexicon.concepts(self.key, stem_)

    def stands_for(self, stem_: str) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.concepts)
                     if c.figure is None and any(same_word(stem_, s) for s in c.stems))


class Lexicon:
    """Which concepts of which fact each word of the articles stands for.

    Shared by a story's facts and remembered, since articles repeat their words: one entry
    per word of the vocabulary, holding only the facts it speaks for.
    """

    def __init__(self) -> None:
        self.profiles: list[Profile] = []
        self._hits: dict[str, dict[int, tuple[int, ...]]] = {}
        self._owners: dict[str, set[tuple[int, int]]] = {}  # concept stem → (fact, concept)
        self._long: list[str] = []  # the stems a spelling variant may reach (see same_word)

    def add(self, prof: Profile) -> Profile:
        attached = replace(prof, lexicon=self, key=len(self.profiles))
        self.profiles.append(attached)
        for c, concept in enumerate(attached.concepts):
            if concept.figure is None:
                for s in concept.stems:
                    if s not in self._owners and len(s) >= FUZZY_LENGTH:
                        self._long.append(s)
                    self._owners.setdefault(s, set()).add((attached.key, c))
        self._hits.clear()
        return attached

    def concepts(self, key: int, stem_: str) -> tuple[int, ...]:
        return self._hits_of(stem_).get(key, ())

    def facts_of(self, stem_: str) -> frozenset[int]:
        """The keys of every fact with a concept the stem stands for."""
        return frozenset(self._hits_of(stem_))

    def _hits_of(self, stem_: str) -> dict[int, tuple[int, ...]]:
        hits = self._hits.get(stem_)
        if hits is None:
            hits = self._hits[stem_] = self._lookup(stem_)
        return hits

    def _lookup(self, stem_: str) -> dict[int, tuple[int, ...]]:
        """Every fact's concepts the stem stands for: as `Profile.stands_for` finds them,
        through an index of the concepts' stems and one rapidfuzz pass over the long ones,
        rather than a comparison with each stem of each fact."""
        found: set[tuple[int, int]] = set(self._owners.get(stem_, ()))
        if len(stem_) >= FUZZY_LENGTH and self._long:
            for near, _, _ in process.extract(stem_, self._long, scorer=fuzz.ratio,
                                              score_cutoff=FUZZY, limit=None):
                found |= self._owners[near]
        hits: dict[int, list[int]] = {}
        for k, c in sorted(found):
            hits.setdefault(k, []).append(c)
        return {k: tuple(cs) for k, cs in hits.items()}


def profile(fact: Fact, groups: Sequence[frozenset[str]]) -> Profile:
    """Build the evidence a fact's mentions should carry, from its claim and options."""
    claim = fact.claim
    found = find_quantities(claim)
    ages = {q.start for q in found if is_age(claim, q)}
    figures = [_as_age(q) if q.start in ages else q for q in found]
    inside = [(q.start, q.end) for q in figures]
    concepts: dict[str, Concept] = {}
    sentence = next(iter(_sentence(claim, 0, len(claim))), None)
    value = next((q for q in figures if _same_figure(q, fact.value)), None)
    span = _word_span(sentence, value.start, value.end) if sentence and value else None
    age = value is not None and value.start in ages
    for token in (sentence.tokens if sentence else ()):
        if any(lo <= token.start < hi for lo, hi in inside):
            continue
        if age and token.stem in AGE_WORDS:
            continue  # every age says "old": the veto checks it, as evidence it says nothing
        if token.stem not in concepts:
            near = weight(_distance(token.index, *span)) if span else 1.0
            concepts[token.stem] = Concept(token.surface, _expand({token.stem}, groups),
                                           weight=CLAIM_FLOOR + (1 - CLAIM_FLOOR) * near)
    for word in fact.context:
        for token in tokens(word):
            concepts.setdefault(token.stem, Concept(token.surface, _expand({token.stem}, groups)))
    for figure in figures:
        if not _same_figure(figure, fact.value):
            concepts[f"#{figure.text}"] = Concept(figure.text, figure=figure)
    # The noun the claim writes counts as the fact's own: "Two men ... were wounded"
    # counted in people is a count of men.
    nouns = (fact.value.unit, value.unit if value else "") if fact.value.kind == "count" else ()
    unit_stems = {stem(w) for noun in nouns for w in noun.split()}
    tolls = people_tolls()
    if unit_stems & tolls:
        unit_stems |= tolls  # "13,500 deaths" is a toll of people
    return Profile(
        fact=fact,
        concepts=tuple(concepts.values()),
        units=_expand(unit_stems, groups) if unit_stems else frozenset(),
        context=frozenset(t.stem for w in fact.context for t in tokens(w)),
        exclude=frozenset(t.stem for w in fact.exclude for t in tokens(w)),
        claim_stems=frozenset(t.stem for t in tokens(claim)),
        age=age,
        lead=_expand({w.stem for w in _word_before(sentence, value.start)}, groups)
        if sentence and value else frozenset(),
        rate=value is not None and RATE.search(_clause_after(claim, value.end)) is not None,
        roles=_other_roles(sentence, value) if sentence and value else frozenset(),
        modifier=bool(sentence and value and _attributive_count(
            value, next((w for w in sentence.words if w.start >= value.end), None))),
        measured=_expand({w.stem for w in _measured(sentence, value)}, groups)
        if sentence and value and not age and value.kind in ("measure", "duration")
        else frozenset(),
        parts=frozenset(_part_name(m) for m in PART.finditer(claim)),
        others=CLAIMS_OTHERS.search(claim) is not None,
    )


#: Words that open a clause of the claim about other actors ("died when protesters threw").
ROLE_BREAKS = frozenset("when while after before because as".split())


def _other_roles(sentence: Sentence, value: Quantity) -> frozenset[str]:
    """The people a claim names in a later clause, after its figure's: "Three employees
    ... died when protesters threw petrol bombs" counts employees, and its protesters are
    someone else. An apposition is the figure's own ("Two men, the firm partners")."""
    _, last = _word_span(sentence, value.start, value.end)
    _, nouns = people_nouns()
    after = [w for w in sentence.words if w.index > last]
    opened = next((i for i, w in enumerate(after) if w.surface.lower() in ROLE_BREAKS), None)
    if opened is None:
        return frozenset()
    return frozenset(w.stem for w in after[opened + 1:] if singular(w.surface.lower()) in nouns)


def _other_role(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that counts the claim's other actors ("one protester threw a petrol bomb")
    does not count the people the claim counts."""
    quantity = reading.quantities[index]
    if not prof.roles or quantity.kind != "count" or not quantity.unit:
        return ""
    noun = stem(quantity.unit.split()[-1])
    if any(same_word(noun, r) for r in prof.roles) and not any(
            same_word(noun, u) for u in prof.units):
        return f"counts the claim's {quantity.unit}, not its {prof.fact.value.unit}"
    return ""


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """The claim's figure that is the fact's value ("Two men" for `2 people`)."""
    return a.kind == b.kind and a.value == b.value and (
        a.unit == b.unit or (a.kind == "count" and _both_people(b.unit, a.unit)))


def _expand(stems: set[str], groups: Sequence[frozenset[str]]) -> frozenset[str]:
    out = set(stems)
    for group in groups:
        if any(same_word(s, g) for s in stems for g in group):
            out |= group
    return frozenset(out)


def kinds_agree(fact: Fact, quantity: Quantity, units: frozenset[str]) -> bool:
    """A mention can only speak of a fact whose figure is of the same kind and unit."""
    expected = fact.value
    if expected.kind == "count":
        if quantity.kind != "count":
            return False
        if _counts_nothing(quantity):
            return True
        return _same_noun(quantity, units) or _both_people(expected.unit, quantity.unit)
    if expected.kind in ("duration", "measure"):
        if quantity.kind not in ("duration", "measure", "count") or not quantity.unit:
            return False
        return convert(1.0, quantity.unit, expected.unit) is not None
    if expected.kind == "money":
        return quantity.kind == "money" and quantity.unit == expected.unit
    return quantity.kind == expected.kind


def _counts_nothing(quantity: Quantity) -> bool:
    """A count that names no noun of its own: a bare number, or a number of times ("shot
    seven times", "hitting Gray eleven times"), which counts whatever the verb did."""
    return not quantity.unit or quantity.unit == "time"


def _same_noun(quantity: Quantity, units: frozenset[str]) -> bool:
    """The figure counts the fact's noun, or one of its synonyms."""
    return any(same_word(stem(w), u) for w in quantity.unit.split() for u in units)


@functools.cache
def people_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that count people (checks/data/people.yaml): the generic ones, and all."""
    raw = _data_file("people.yaml")
    generic = frozenset(raw["generic"])
    return generic, generic | frozenset(raw["nouns"])


@functools.cache
def people_tolls() -> frozenset[str]:
    """The stems of the counted nouns that count people fully, one for another
    (checks/data/people.yaml)."""
    return frozenset(stem(w) for w in _data_file("people.yaml")["tolls"])


def _both_people(fact_unit: str, stated_unit: str) -> bool:
    """Two counts of people, one of them in a generic noun: "three bank workers" may state
    a toll of "3 people", "two others" the "2 people" hurt; "children" and "officers" are
    different people."""
    generic, nouns = people_nouns()
    a, b = fact_unit.split()[-1:], stated_unit.split()[-1:]
    if not a or not b or a[0] not in nouns or b[0] not in nouns:
        return False
    return a[0] in generic or (b[0] in generic and b[0] != "other")


def weight(distance: int, fade: float = FADE) -> float:
    """How much a word at `distance` words from the figure counts."""
    if distance <= NEAR_TOKENS:
        return 1.0
    return 0.5 ** ((distance - NEAR_TOKENS) / fade)


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
            background.add(_sentences(article.text))
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


def evaluate(prof: Profile, reading: Reading, index: int, background: Background,
             window: Window | None = None) -> Candidate:
    """Score one quantity of the article as a mention of the fact."""
    quantity = reading.quantities[index]
    position = reading.sentence_of[index]
    window = window if window is not None else _window(reading, index)
    missing = _noun_missing(prof, reading, index)
    shared, window = _what_it_counts(prof, reading, index, window, missing)
    shared += _evidence(prof, window, reading, index, background)
    agrees = agreement(prof.fact, quantity)
    if agrees:
        shared.append(("the same figure", agrees))
    if prof.unit_weight and not prof.units:
        # A unit adds to the score. A physical measure's unit that is the fact's alone
        # in the story ("pounds" where only the weight is a mass) is a concept as a
        # count's noun is; a duration's never is, durations being everywhere ("The
        # meeting lasted 90 minutes" is no mention of a 50-minute call).
        shared.append((f"unit {_unit_as_written(quantity)}", prof.unit_weight))
    score = sum(w for _, w in shared)
    own_unit = prof.fact.value.kind == "measure" and prof.unit_weight >= UNIT_WEIGHT
    counted = tuple(label for label, w in shared
                    if w >= FAINT and (own_unit or not label.startswith("unit ")))
    return Candidate(prof.fact, quantity, position, round(score, 3), counted,
                     _vetoes(prof, reading, index, missing),
                     _disagrees(prof.fact, quantity, score, agrees))


def _disagrees(fact: Fact, quantity: Quantity, score: float, agrees: float) -> bool:
    """A would-be mention whose check would fail: it must clear FAIL_THRESHOLD."""
    return (not agrees and score >= THRESHOLD
            and not compare(fact.value, quantity, fact.tolerance).consistent)


def _what_it_counts(prof: Profile, reading: Reading, index: int, window: Window,
                    missing: str) -> tuple[list[tuple[str, float]], Window]:
    """Evidence from what the figure counts or measures, as a noun gives it: the counted
    noun, written or left understood, an age for an age fact, the thing a measure
    measures (then no longer a word of the window)."""
    quantity = reading.quantities[index]
    shared: list[tuple[str, float]] = []
    if prof.units and not _counts_nothing(quantity):
        # A person noun standing for a generic one ("workers" for "people") counts half.
        noun = NOUN_WEIGHT if _same_noun(quantity, prof.units) else NOUN_WEIGHT / 2
        shared.append((_noun_as_written(quantity), noun))
    elif prof.units and not missing:
        # "a mother of 18": the claim's own word leaves its noun understood, and it counts
        shared.append((f"{quantity.text} (understood: {prof.fact.value.unit})", NOUN_WEIGHT))
    if prof.age and index in reading.ages:
        shared.append(("an age", AGE_WEIGHT))
    thing = _measured_thing(prof, reading, index)
    if thing is not None:
        shared.append((thing.surface, NOUN_WEIGHT))
        window = [(t, d, s) for t, d, s in window if t is not thing]
    owner = _age_owner(prof, reading, index)
    if owner:
        shared.append((f"the age of {' '.join(w.surface for w in owner)}", NOUN_WEIGHT))
        window = [(t, d, s) for t, d, s in window if t not in owner]
    return shared, window


def _age_owner(prof: Profile, reading: Reading, index: int) -> list[Token]:
    """The claim's person an age is set off after ("Horton, 51,") or stands before ("the
    51-year-old Horton"): the name says whose age it is, as a count's noun says what it
    counts, and counts as one."""
    if not prof.age or index not in reading.ages:
        return []
    for name in (reading.once(_apposed_name, index), reading.once(_aged_name, index)):
        said = [w for w in name if w.content]
        if said and all(any(same_word(w.stem, s) for s in prof.claim_stems) for w in said):
            return name  # every word of it: "Jeremy Ortiz" is not Jerry Ortiz
    return []


def _aged_name(reading: Reading, index: int) -> list[Token]:
    """The name an attributive age stands before ("the 34-year-old Horton"), unless the
    name only describes the person noun after it ("a 38-year-old Troy resident", "a
    29-year-old Hawaiian Gardens gang member")."""
    quantity = reading.quantities[index]
    old = AGE_AFTER.match(reading.article.text, quantity.end)
    if old is None:
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= old.end()]
    name: list[Token] = []
    for word in after:
        if not word.name or (name and not word.joined):
            break
        name.append(word)
    following = after[len(name):len(name) + DESCRIBED_REACH]
    if any(singular(w.surface.lower()) in people_nouns()[1] for w in following):
        return []
    return name


Veto = Callable[["Profile", "Reading", int], str]


def _vetoes(prof: Profile, reading: Reading, index: int, missing: str) -> str:
    """The first reason the figure can never speak of the fact, or "": the checks of
    VETOES in order, `missing` (why it has no counted noun, see `_noun_missing`, worked
    out once by the caller) standing at its place among them."""
    for check in VETOES:
        why = missing if check is _noun_missing else check(prof, reading, index)
        if why:
            return why
    return ""


def _measured(sentence: Sentence, quantity: Quantity) -> list[Token]:
    """The word that names what a measure measures, joined to its figure: the one right
    after it, or after "of" ("24GB of RAM", "1.06 inches thick", "seven hours of battery
    life"), or the one before it through "of" ("a depth of 4.1 miles"). Not a verb
    ("lasted 90 minutes", "weighs 6 pounds"): any measure follows one."""
    first, last = _word_span(sentence, quantity.start, quantity.end)
    words = sentence.words
    found: list[Token] = []
    after = [w for w in words[last + 1:last + 3] if w.start >= quantity.end]
    if after and after[0].surface.lower() == "of" and after[0].gap == "":
        after = after[1:]
    if after and after[0].content and after[0].gap == "":
        found.append(after[0])
    before = [w for w in words[max(0, first - 2):first] if w.start < quantity.start]
    if len(before) == 2 and before[1].surface.lower() == "of" and before[0].content and (
            before[1].gap == ""):
        found.append(before[0])
    return found


def _measured_thing(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The article's word for what the figure measures, when it is the claim's ("up to
    24GB of RAM" for "up to 16GB of RAM"), or the noun an attributive measure modifies,
    when it is any word of the claim ("a 45-mile pursuit" for "chased for about 30
    miles"): it counts as a count's noun does."""
    quantity = reading.quantities[index]
    attributive = quantity.kind in ("measure", "duration") and ATTRIBUTIVE_COUNT.search(
        quantity.text) is not None and index not in reading.ages
    for word in reading.once(_figure_measured, index):
        if any(same_word(word.stem, s) for s in prof.measured):
            return word
        if attributive and word.start >= quantity.end and prof.concepts_of(word.stem):
            return word  # "a 40-mile pursuit": the noun a measure modifies is its thing
    return None


def _figure_measured(reading: Reading, index: int) -> list[Token]:
    quantity = reading.quantities[index]
    return _measured(reading.sentences[reading.sentence_of[index]], quantity)


#: Words that report a figure rather than say what it counts.
REPORTING = frozenset(stem(w) for w in "said says say told reported according added "
                      "announced stated claimed estimated".split())


#: Nouns that count people and say nothing else of them ("lives" says they died).
MERE_PEOPLE = frozenset({"people", "person", "individual"})


def _verb_missing(prof: Profile, reading: Reading, index: int) -> str:
    """A count of mere "people" says nothing of what happened to them: it speaks of a fact
    only with the claim's word before its figure ("arrested 46 people") somewhere in its
    sentence. "More than 100 people joined a vigil" is no count of the arrested."""
    quantity = reading.quantities[index]
    if (not prof.lead or prof.lead & REPORTING or quantity.kind != "count"
            or quantity.unit not in MERE_PEOPLE):
        return ""  # "Police said 12 people were injured": "said" tells nothing
    sentence = reading.sentences[reading.sentence_of[index]]
    said = [w for w in sentence.tokens if singular(w.surface.lower()) not in MERE_PEOPLE]
    if any(same_word(w.stem, s) for w in said for s in prof.lead):
        return ""  # "people" itself says nothing, whatever synonyms a story gives it
    return "no word for what happened to them"


def _noun_missing(prof: Profile, reading: Reading, index: int) -> str:
    """A bare number speaks of a counted fact only where the word the claim puts before its
    figure stands right before it (or but a function word away), leaving the noun
    understood ("has killed more than 14,000 since 2014", "VanDeest scored 13", "a mother
    of 12"). Any other bare number (a score, a year, a run, "Lopez, 20") counts nothing."""
    quantity = reading.quantities[index]
    if not prof.units or not _counts_nothing(quantity):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    if _noun_unread(sentence, quantity, reading.article.text):
        return "its noun is another"
    for word in _word_before(sentence, quantity.start):
        if prof.lead and any(same_word(word.stem, s) for s in prof.lead):
            return ""
        if not prof.lead and prof.concepts_of(word.stem):
            return ""  # the claim opens with its figure ("Three employees died")
    verb = _verb_after(sentence, quantity.end, reading.article.text)  # "46 were arrested"
    if verb is not None and (any(same_word(verb.stem, s) for s in prof.lead)
                             or (not prof.lead and prof.concepts_of(verb.stem))):
        return ""
    return "no counted noun"


#: How many words after a bare number may lead to the plural noun it counts.
UNREAD_REACH = 4


def _noun_unread(sentence: Sentence, quantity: Quantity, text: str) -> bool:
    """A bare number followed, within its phrase, by a plural noun has a noun of its own,
    one the reader could not take past the words between ("scored two traditional three -
    point plays"): nothing is understood. "killed 14,000 since 2014" has none."""
    following = [w for w in sentence.words if w.start >= quantity.end][:UNREAD_REACH]
    if not following or text[quantity.end:following[0].start].strip():
        return False
    for word in following:
        if not word.content or word.name or any(ch in ",;:()." for ch in word.gap):
            return False
        if singular(word.surface.lower()) != word.surface.lower():
            return True
    return False


#: The function words that may stand between a figure and the word it belongs to.
LINKS = frozenset("of for to at by with".split())
AUXILIARIES = frozenset("were was are is have has had been be being got".split())


def _verb_after(sentence: Sentence, end: int, text: str) -> Token | None:
    """The verb a bare figure is the subject of: "46 were arrested", "three have died"."""
    after = [w for w in sentence.words if w.start >= end][:3]
    if not after or after[0].surface.lower() not in AUXILIARIES or text[end:after[0].start].strip():
        return None
    rest = [w for w in after[1:] if w.surface.lower() not in AUXILIARIES]
    return rest[0] if rest and rest[0].content else None


def _word_before(sentence: Sentence, start: int) -> list[Token]:
    """The content word right before a figure, or but a function word away ("mother of
    12"): the word that leaves its noun understood."""
    first, _ = _word_span(sentence, start, start + 1)
    before = [w for w in sentence.words[max(0, first - 2):first] if w.start < start]
    if before and before[-1].surface.lower() in LINKS and before[-1].gap == "":
        before = before[:-1]
    return before[-1:] if before and before[-1].content else []


def agreement(fact: Fact, quantity: Quantity) -> float:
    """Evidence from the figure itself: one that agrees with a specific fact's figure is
    likely to state it ("110 billion euros", "June 24, 2005", "4.46 pounds"). How much
    depends on how rarely the figure would come up by chance: a full date or an amount
    of money says much, a round "3" or "30" next to nothing (see `specificity`). A figure
    that disagrees gains nothing here, so this never makes a discrepancy."""
    expected = fact.value
    if expected.kind == "date" or quantity.kind == "date":
        consistent = compare(expected, quantity, fact.tolerance).consistent
        return specificity(quantity) if consistent else 0.0
    if quantity.kind != expected.kind and {quantity.kind, expected.kind} != {"duration",
                                                                             "measure"}:
        return 0.0
    value = float(quantity.value)  # type: ignore[arg-type]
    anchor = float(expected.value)  # type: ignore[arg-type]
    allowance = (fact.tolerance or default_tolerance(expected)).allowance(anchor)
    stated = _in_fact_unit(expected, quantity)
    if stated is not None and quantity.unit != expected.unit and _is_physical(quantity):
        rounding = convert(_half_last_digit(value), quantity.unit, expected.unit) or 0.0
        allowance = max(allowance, min(abs(rounding), APPROX * abs(anchor)))  # "48km"
    if stated is None or abs(stated - anchor) > allowance:
        return 0.0  # "4GB" lies within "up to 16GB", but is another figure
    return specificity(expected)


def _is_physical(quantity: Quantity) -> bool:
    return quantity.kind in ("duration", "measure")


def _in_fact_unit(expected: Quantity, quantity: Quantity) -> float | None:
    """The stated figure in the fact's unit (a duration or measure converted; a count,
    money or percent as stated), or None when it has none."""
    if not isinstance(quantity.value, float):
        return None
    if _is_physical(quantity) and _is_physical(expected):
        return convert(quantity.value, quantity.unit, expected.unit)
    return quantity.value


def _half_last_digit(value: float) -> float:
    """Half a step of the figure's last significant digit: what rounding may have moved."""
    mantissa, exponent = f"{abs(value):.6e}".split("e")
    digits = len(mantissa.replace(".", "").rstrip("0")) or 1
    return 0.5 * 10.0 ** (int(exponent) - digits + 1)


def specificity(quantity: Quantity) -> float:
    """How unlikely the figure is to come up by chance: 1 for a day's date or a figure of
    three significant digits, 0.5 for a month, a weekday (one day in seven) or two
    digits, SLIGHT for a year or a round figure ("3 people", "30 miles"); money counts
    half a step more."""
    if quantity.kind == "date":
        if quantity.precision == "day" and not any(c.isdigit() for c in quantity.text):
            return 0.5  # "Monday"
        return {"day": 1.0, "month": 0.5}.get(quantity.precision, SLIGHT)
    mantissa = f"{abs(float(quantity.value)):.6e}".split("e")[0]  # type: ignore[arg-type]
    digits = len(mantissa.replace(".", "").strip("0"))
    base = {0: SLIGHT, 1: SLIGHT, 2: 0.5}.get(digits, 1.0)
    return min(1.0, base + 0.5) if quantity.kind == "money" else base


def _age_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """An age speaks only of an age: "a 12-year-old girl" says how long nothing lasted,
    and "a 15-year veteran" is no one's age. An age set off after a name the claim does
    not give is another person's ("Jonathan Carrasquillo, 24," against Horton's age), as
    is one given to a child the claim does not name ("her 11-year-old daughter")."""
    age = index in reading.ages
    if age != prof.age:
        return "an age" if age else "not an age"
    name = reading.once(_apposed_name, index) if age else []
    if name and not any(same_word(w.stem, s) for w in name for s in prof.claim_stems):
        return f"the age of {' '.join(w.surface for w in name)}"
    kin = _aged_kin(reading, index) if age else None
    if kin is not None and not any(same_word(kin.stem, s) for s in prof.claim_stems):
        return f"the age of a {kin.surface}"
    return ""


#: Children an age may describe, someone else's in a story about adults: "her 11-year-old
#: daughter", "an 11-year-old girl".
KIN = frozenset(
    "daughter son girl boy child kid baby infant toddler nephew niece grandson "
    "granddaughter stepson stepdaughter".split())
KIN_REACH = 3
#: How far after a name an age stands before the person noun it describes may be.
DESCRIBED_REACH = 2


def _aged_kin(reading: Reading, index: int) -> Token | None:
    """The child an attributive age stands before ("her 11-year-old daughter")."""
    quantity = reading.quantities[index]
    old = AGE_AFTER.match(reading.article.text, quantity.end)
    if old is None:
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= old.end()][:KIN_REACH]
    return next((w for w in after if singular(w.surface.lower()) in KIN), None)


def _apposed_name(reading: Reading, index: int) -> list[Token]:
    """The name an age is set off after ("Jonathan Carrasquillo, 24,"): whose age it is."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if APPOSITION_BEFORE.search(text, max(0, quantity.start - 40), quantity.start) is None:
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    before = [w for w in sentence.words if w.start < quantity.start]
    name: list[Token] = []
    for word in reversed(before):
        if not (word.name or word.index == 0) or not word.surface[:1].isupper():
            break
        name.insert(0, word)
        if word.gap and not word.joined:
            break
    return name


#: "23 points and eight rebounds a game", "$5 million a year": a rate, not a total.
RATE = re.compile(r"(?i)(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bat\s)"
                  r"(?<!\bthat\s)(?<!\bduring\s)\b(?:a|an|per|each)\s+(?:game|match|season|"
                  r"year|month|week|day|night)\b"
                  r"(?!\s+(?:earlier|later|before|after|ago|high|low|record))")


def _rate_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A figure stated per game, per year... is a rate, which a total is not (nor the
    reverse): "his 23 points and eight rebounds a game" is no game's score."""
    rate = index in reading.rates
    if rate == prof.rate:
        return ""
    return "a rate" if rate else "not a rate"


def _is_rate(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether a rate word stands after the figure, in its clause, outside the figures
    that follow ("120 miles an hour" is a speed, not a rate of the figure before it)."""
    clause = _clause_after(text, quantity.end)
    inside = [(q.start - quantity.end, q.end - quantity.end) for q in quantities
              if quantity.end <= q.start < quantity.end + len(clause)]
    return any(not any(lo <= m.start() < hi for lo, hi in inside) for m in RATE.finditer(clause))


def _clause_after(text: str, end: int) -> str:
    """The words after a figure up to the clause's end (at most 60 characters); "and"
    goes on, since a rate may close a list ("23 points and eight rebounds a game")."""
    piece = text[end:end + 60]
    stop = re.search(r"[,;:.!?()\n]|\s(?:but|while|which|who)\s", piece)
    return piece[:stop.start()] if stop else piece


def _far_off(prof: Profile, reading: Reading, index: int) -> str:
    """A figure more than FAR_FACTOR times larger or smaller than the fact's, or a date
    more than FAR_YEARS away, speaks of something else: stale or mistyped figures stay
    within an order of magnitude ("10,000" for "100,000" still fails against the fact),
    while "20,000 people took to the streets" is no count of the 12 injured."""
    fact, quantity = prof.fact, reading.quantities[index]
    expected = fact.value
    if expected.kind == "date" and quantity.kind == "date":
        if not (quantity.year_known and expected.year_known):
            return ""  # "May 3" takes the fact's year
        if _years_apart(quantity, expected) > FAR_YEARS:
            return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
        return ""
    if expected.kind == "date" or quantity.kind == "date":
        return ""
    stated = _in_fact_unit(expected, quantity)
    if stated is None or not isinstance(expected.value, float):
        return ""
    low, high = sorted((abs(stated), abs(expected.value)))
    if low > 0 and high / low > FAR_FACTOR:
        return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
    return ""


#: A part of a game or a period: "in the first half", "at halftime", "midway through the
#: second half", "in the first 7 ½ minutes", "during a pivotal 15-2 run".
PART = re.compile(
    r"(?i)\b(?:(?:in|during|at|by|after|before|through|of)\s+(?:the\s+)?"
    r"(?P<part>(?:(?:first|second|third|fourth|final|last|opening|closing)\s+)?"
    r"(?:half|quarter|period|inning|halftime|half-time|intermission))"
    r"|(?:in|during)\s+the\s+(?P<minutes>(?:first|last|final|opening|closing)\s+[\d½\s.]+"
    r"\s*minutes)"
    r"|(?:in|during|on|with)\s+an?\s+(?:[a-z]+\s+){0,2}\d+\s?[-–]\s?\d+\s+(?P<run>run|spurt)"
    r"|(?P<streak>straight|consecutive|unanswered|in\s+a\s+row))\b")
PART_BEFORE = 50


def _part_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count made in a part of the event ("seven points in the first half", "10 points
    in the first 7 ½ minutes") is not the fact's, unless the claim names the same part
    ("11 points, all of them in the second half"). Counts only: a single play "early in
    the first quarter" is dated, not divided, by it."""
    if prof.fact.value.kind != "count":
        return ""
    for name, written in reading.once(_figure_parts, index):
        if name not in prof.parts:
            return f"a part of the event: {written}"
    return ""


def _figure_parts(reading: Reading, index: int) -> list[tuple[str, str]]:
    """The parts of the event named in the figure's clause: (key, as written)."""
    quantity = reading.quantities[index]
    text = reading.article.text
    before = text[max(0, quantity.start - PART_BEFORE):quantity.start]
    before = re.split(r"[,;:.!?()\n]", before)[-1]
    return [(_part_name(m), m.group().strip()) for m in PART.finditer(
        f"{before} {quantity.text} {_clause_after(text, quantity.end)}")]


#: A figure that measures a gap between two sides: "cut the lead to 3 points" (a noun,
#: after a determiner or a possessive: "which lead to 3 deaths" is a verb).
MARGIN_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her)|['’]\s?s)\s+"
                           r"(?:[a-z]+\s+)?(lead|margin|deficit|advantage|edge|gap)\s+"
                           r"(?:of|to|at|was|is|stood at)?\s*$")
MARGIN_WORDS = frozenset(stem(w) for w in "lead margin deficit advantage edge gap".split())


def _margin_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A lead, margin or deficit ("cut Creighton's lead to 3 points") is no total, unless
    the claim gives one ("won by a 12-point margin")."""
    margin = reading.once(_figure_margin, index)
    if not margin or prof.claim_stems & MARGIN_WORDS:
        return ""
    return f"a {margin}"


def _figure_margin(reading: Reading, index: int) -> str:
    """The lead, margin or deficit the figure measures, or ""."""
    quantity = reading.quantities[index]
    m = MARGIN_BEFORE.search(reading.article.text, max(0, quantity.start - 25), quantity.start)
    return m.group(1).lower() if m is not None else ""


def _part_name(found: re.Match[str]) -> str:
    """"first half", "first 7 ½ minutes": the part as a key, whatever its spacing; any
    streak ("four straight points", "seven in a row") is one."""
    if found.group("streak"):
        return "streak"
    return " ".join((found.group("part") or found.group("minutes") or found.group("run")
                     ).lower().split())


#: A count joined to its noun by a hyphen: "a three-point play", tokenized "three - point".
ATTRIBUTIVE_COUNT = re.compile(r"\w\s?[-–]\s?[^\W\d_]+$")


def _attributive_count(quantity: Quantity, following: Token | None) -> bool:
    """Whether a count modifies the noun after it ("a three-point play", "a 57-country
    organisation") rather than states a number of its own noun."""
    return (quantity.kind == "count" and bool(quantity.unit) and following is not None
            and following.content and ATTRIBUTIVE_COUNT.search(quantity.text) is not None)


def _modifier_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count that modifies another noun speaks of that noun: "two traditional three-point
    plays" states no points scored, unless the claim's figure modifies one too."""
    modified = reading.once(_modified_noun, index)
    if prof.modifier or modified is None:
        return ""
    return f"modifies {modified.surface}"


#: "five other bank workers": more of a kind, besides some already named ("two others",
#: a noun of its own, is a count of people: see people.yaml).
OTHER = re.compile(r"(?i)\bother\b")
#: A claim that counts others itself: "two others were wounded".
CLAIMS_OTHERS = re.compile(r"(?i)\bothers?\b")


def _others_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count of "other" people or things counts those besides some already named ("five
    other bank workers" fled the bank where three died): not the fact's total, unless the
    claim counts others too."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or prof.others or OTHER.search(quantity.text) is None:
        return ""
    return "counts others"


def _measures_another(prof: Profile, reading: Reading, index: int) -> str:
    """A measure of something named after "of" ("a quarter-century of public craziness",
    "30 days of standby") measures that, when the claim has no word of its phrase."""
    quantity = reading.quantities[index]
    if quantity.kind not in ("measure", "duration") or index in reading.ages:
        return ""
    phrase = reading.once(_phrase_of, index)
    if not phrase or any(prof.concepts_of(w.stem) or any(
            same_word(w.stem, s) for s in prof.measured) for w in phrase):
        return ""
    return f"measures {' '.join(w.surface for w in phrase)}"


def _phrase_of(reading: Reading, index: int) -> list[Token]:
    """The noun phrase after "of" right after a figure: "of internal flash storage"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    _, last = _word_span(sentence, quantity.start, quantity.end)
    after = [w for w in sentence.words[last + 1:last + 2 + THING_WORDS]
             if w.start >= quantity.end]
    if not after or after[0].surface.lower() != "of" or after[0].gap:
        return []
    phrase = list(itertools.takewhile(lambda w: not w.gap, after[1:]))
    return [w for w in phrase if w.content]


def _modified_noun(reading: Reading, index: int) -> Token | None:
    """The noun a count joined to its own by a hyphen modifies ("a three-point play")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    _, last = _word_span(sentence, quantity.start, quantity.end)
    following = sentence.words[last + 1] if last + 1 < len(sentence.words) else None
    return following if _attributive_count(quantity, following) else None


def _hypothetical(prof: Profile, reading: Reading, index: int) -> str:
    """A figure in a hypothetical ("could be sentenced to up to 119 years", "needing 11
    points to break the record") states no fact, so it can contradict none."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = _word_span(sentence, quantity.start, quantity.end)
    for word in sentence.words[max(0, first - HYPOTHETICAL_REACH):first]:
        if word.surface.lower() in HYPOTHETICAL:
            return f"hypothetical: {word.surface}"
    return ""


#: How many words from a figure a date of its sentence may stand and still date it.
DATE_REACH = 8
#: Words that open a new statement: a date after them dates that one ("jailed for 12
#: years, but it took until 2003 ...").
CONTRASTS = frozenset("but yet although though whereas".split())
#: Words between a verb and the date it takes: "said on Monday", "announced late Tuesday".
DATE_LINKS = frozenset("on late early".split())
#: Nothing but words and spaces: no mark between a verb and the date it takes.
PLAIN_WORDS = re.compile(r"\s*(?:[^\W\d_]+\s+)*")


def _another_time(prof: Profile, reading: Reading, index: int) -> str:
    """A figure dated, in its own sentence, far from every date of the claim speaks of
    another time: "first sent to prison in 1959, when he received a five-year sentence"
    is no part of a claim "In 1997 he was sentenced to 12 years". Only where the claim
    gives a date, so that there is a time to be far from."""
    quantity = reading.quantities[index]
    claimed = [c.figure for c in prof.concepts if c.figure is not None
               and c.figure.kind == "date" and c.figure.year_known]
    if not claimed or quantity.kind == "date":
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = _word_span(sentence, quantity.start, quantity.end)
    dates = [reading.quantities[i] for i in reading.neighbours(index)
             if reading.quantities[i].kind == "date" and reading.quantities[i].year_known]
    if any(_years_apart(d, c) <= FAR_YEARS for d in dates for c in claimed):
        return ""  # the sentence also gives the claim's time ("In April 2003 ... the 1990s")
    for other in dates:
        lo, hi = _word_span(sentence, other.start, other.end)
        if min(abs(lo - last), abs(first - hi)) <= DATE_REACH and not _contrasted(
                reading, index, other):
            return f"another time: {other.text}"
    return ""


def _contrasted(reading: Reading, index: int, other: Quantity) -> bool:
    """Whether a new statement opens between the figure and another of its sentence:
    "jailed for 12 years, but it took until 2003 to admit his sham"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = _word_span(sentence, quantity.start, quantity.end)
    lo, hi = _word_span(sentence, other.start, other.end)
    between = sentence.words[min(last, hi) + 1:max(first, lo) + 1]
    return any(w.surface.lower() in CONTRASTS or w.gap in (";", ":") for w in between)


def _years_apart(a: Quantity, b: Quantity) -> float:
    return abs((a.value - b.value).days) / 365.25  # type: ignore[operator]


def _reported_when(prof: Profile, reading: Reading, index: int) -> str:
    """A date right after a word of reporting dates the report, not what it reports
    ("announced today that charges were filed", "police said Monday"), unless the claim
    is itself about what was said."""
    said = reading.once(_reporting_word, index)
    if said is None or said.stem in prof.claim_stems:
        return ""
    return f"the day it was {said.surface}"


def _reporting_word(reading: Reading, index: int) -> Token | None:
    """The word of reporting a date stands right after ("said Monday", "said on Monday")."""
    quantity = reading.quantities[index]
    if quantity.kind != "date":
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = _word_span(sentence, quantity.start, quantity.end)
    before = [w for w in sentence.words[max(0, first - 2):first]
              if w.start < quantity.start and w.surface.lower() not in DATE_LINKS]
    said = before[-1] if before and before[-1].stem in REPORTING else None
    if said is None:
        return None
    between = reading.article.text[said.start + len(said.surface):quantity.start]
    return said if PLAIN_WORDS.fullmatch(between) else None  # not "said, Monday"


def _claims_other_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that restates one of the claim's other figures is that one, not the value."""
    quantity = reading.quantities[index]
    for concept in prof.concepts:
        if concept.figure is not None and _agrees(concept.figure, quantity):
            return f"the claim's other figure {concept.figure.text!r}"
    return ""


def _unit_as_written(quantity: Quantity) -> str:
    """The unit as the article wrote it: the figure's text without its number and hedge."""
    words = [w.group() for w in WORD.finditer(quantity.text)]
    return words[-1] if words else quantity.unit


def _noun_as_written(quantity: Quantity) -> str:
    """The counted noun as the article wrote it ("troops"), for the report."""
    unit = stem(quantity.unit)
    written = [w.group() for w in WORD.finditer(quantity.text) if same_word(stem(w.group()), unit)]
    return written[-1] if written else quantity.unit


Window = list[tuple[Token, int, Sentence]]


def _window(reading: Reading, index: int) -> Window:
    """The words that may speak for the figure, with their distance to it in words.

    Words beside a sibling figure belong to one of the two (see `_share`).
    """
    quantity = reading.quantities[index]
    position = reading.sentence_of[index]
    sentence = reading.sentences[position]
    first, last = _word_span(sentence, quantity.start, quantity.end)
    low, high = _share(reading, index, sentence, first, last)
    after, skip = _apposition(sentence, last)
    aside = range(after - skip, after + 1)  # the apposition, and the word that closes it
    gap = _clause_gap(sentence, first, last, aside) if quantity.kind != "date" else None
    out = [(w, _distance(w.index, first, last) + (gap(w.index) if gap else 0)
            - (skip if w.index >= after else 0), sentence)
           for w in sentence.words if w.content and low <= w.index <= high]
    lead = _lead(reading, index, sentence, low, first)
    out += [(w, lead - w.index - 1 + first - low, sentence) for w in sentence.words[:lead]
            if w.content]
    out += _antecedent(sentence, first)
    if position > 0 and low == 0:
        previous = reading.sentences[position - 1]
        opener = sentence.words[0].surface.lower() if sentence.words else ""
        gap = first + (0 if opener in PRONOUNS else PREVIOUS_SENTENCE)
        count = len(previous.words)
        out += [(w, gap + count - w.index, previous) for w in previous.words if w.content]
    return out


#: An apposition opens with one of these right after the figure's words, and closes with
#: its pair within APPOSITION_WORDS words.
APPOSITION_PAIRS = {",": ",", "(": ")", "-": "-", "–": "–", "—": "—"}
APPOSITION_WORDS = 10


def _apposition(sentence: Sentence, last: int) -> tuple[int, int]:
    """Where the words after an apposition set off right after the figure start, and how
    many words it holds: they do not stand between the figure and its verb ("Five people,
    one of them a pregnant woman, were killed"; "The three bank workers - two women and a
    man - died"). (len, 0) when there is none."""
    words = sentence.words
    opening = words[last + 1].gap[:1] if last + 1 < len(words) else ""
    closing = APPOSITION_PAIRS.get(opening)
    if closing is None:
        return len(words), 0
    for word in words[last + 2:last + 2 + APPOSITION_WORDS]:
        if closing in word.gap:
            return word.index, word.index - last - 1
    return len(words), 0


RELATIVES = frozenset("who which".split())
#: How far before a figure its relative pronoun may stand ("who finished with 352 yards").
RELATIVE_REACH = 4
ANTECEDENT_WORDS = 3


def _antecedent(sentence: Sentence, first: int) -> Window:
    """The name a relative clause speaks of, when the figure's clause is one, standing
    where its pronoun stands: "for the Chiefs (2-13), who finished with 352 yards" — the
    Chiefs had the 352 yards."""
    words = sentence.words
    near = words[max(0, first - RELATIVE_REACH):first]
    opener = next((w.index for w in near if w.surface.lower() in RELATIVES), None)
    if opener is None or opener == 0:
        return []
    before = words[max(0, opener - ANTECEDENT_WORDS):opener]
    return [(w, first - opener, sentence) for w in before if w.content and w.name]


def _clause_gap(sentence: Sentence, first: int, last: int, aside: range = range(0)
                ) -> Callable[[int], int]:
    """Extra distance for a word of another clause than the figure's: "A receptionist
    died and two men were wounded" — "died" stands next to "two men" but says nothing of
    them. A clause opens at a semicolon, colon or dash; before the figure, at a
    conjunction right before it ("and two men") but not farther, where "and" more often
    joins nouns ("a blow to the European Union and the IMF in exchange for 110 billion
    euros"); after it, at any ("two women and a man were killed"). Dates are left alone:
    a date dates its whole sentence. Nothing inside an apposition (`aside`) opens a clause:
    "The three bank workers - two women and a man - died"."""
    words = sentence.words
    marks = [w.index for w in words if any(ch in CLAUSE_MARKS for ch in w.gap)
             and w.index not in aside]
    after = [w.index for w in words if w.index > last and w.surface.lower() in CLAUSE_WORDS
             and w.index not in aside]
    # "died and two men": a clause word right before the figure opens its clause
    opener = first - 1 if first > 0 and words[first - 1].surface.lower() in OPENERS else None

    def gap(index: int) -> int:
        if index < first:
            crossed = any(index < b <= first for b in marks) or (
                opener is not None and index < opener)
        elif index > last:
            crossed = any(last < b <= index for b in [*marks, *after])
        else:
            crossed = False
        return CLAUSE_GAP if crossed else 0

    return gap


def _share(reading: Reading, index: int, sentence: Sentence, first: int, last: int
           ) -> tuple[int, int]:
    """The range of word indices that belong to the figure, between its siblings.

    A date names the event before it ("talks in Geneva on Monday"): the words between
    two dates go to the later one, but for the word right after the earlier ("Monday's
    talks"). A count or a measure names the thing after it ("13 miles east of
    Cloverdale"): the words between two go to the earlier one up to the last clause
    break (a comma, "and", "while"), and the rest to the later; a bare number keeps the
    word its noun is understood from ("two men accused of killing a mother of 12").
    """
    before, after, earlier = _siblings(reading, index, sentence)
    quantity = reading.quantities[index]
    date = quantity.kind == "date"
    attributive = date and _attributive(reading, index)
    if before is None:
        # "Orozco was also convicted of the June 20, 2005 attempted murder": a date that
        # modifies a noun names the phrase it opens (and what is said of it), not the verb
        # before it
        low = first if attributive else 0
    elif date and not _attributive(reading, earlier):
        low = max(before + 2, _last_clause_word(sentence, before, first))
    elif date:
        low = _phrase_end(sentence, before, first) + 1
    else:
        low = _last_break(sentence, before, first) + 1
        lead = _word_before(sentence, quantity.start)
        if _counts_nothing(quantity) and lead:
            low = min(low, lead[0].index)  # "two men accused of killing a mother of 12"
    if after is None:
        high = len(sentence.words)
    elif date and not attributive:
        high = last + 1
    elif date:
        high = _phrase_end(sentence, last, after)
    else:
        high = _last_break(sentence, last, after)
    return min(low, first), max(high, last)


#: How far the noun phrase after an attributive date reaches, and the verbs that end it.
PHRASE_WORDS = 4
LINKING_VERBS = frozenset("is are was were be been has have had will would took".split())
ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|last|this)\s+$")
NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
POSSESSIVE_AFTER = re.compile(r"['’]\s?s\b")


def _phrase_end(sentence: Sentence, last: int, after: int) -> int:
    """The last word of the noun phrase a date modifies: up to a clause break, a verb
    that links it to the rest ("Monday's talks in Geneva were followed by"), or
    PHRASE_WORDS words."""
    limit = _last_break(sentence, last, after)
    end = min(limit, last + PHRASE_WORDS)
    for i in range(last + 1, end + 1):
        if sentence.words[i].surface.lower() in LINKING_VERBS:
            return i - 1
    while end < limit and sentence.words[end + 1].name and sentence.words[end].name:
        end += 1  # a name runs to its end: "the 2005 murder of Los Angeles ... Jerry Ortiz"
    return end


def _attributive(reading: Reading, index: int | None) -> bool:
    """A date that modifies the noun after it, as a count does: "the June 24 murder of
    Ortiz", "the 2005 murder", "Monday's violence". It names its noun phrase, not what
    came before."""
    if index is None:
        return False
    quantity = reading.quantities[index]
    text = reading.article.text
    if POSSESSIVE_AFTER.match(text, quantity.end):
        return True
    if not ATTRIBUTIVE_BEFORE.search(text, max(0, quantity.start - 6), quantity.start):
        return False
    noun = NEXT_WORD.match(text, quantity.end)  # "the June 24 murder", not "the 5th of May"
    return noun is not None and noun.group(1) not in STOPWORDS


def _lead(reading: Reading, index: int, sentence: Sentence, low: int, first: int) -> int:
    """Where the sentence's first figure of the same family starts, when the words before
    it are this figure's too; else 0.

    A clause without a name of its own shares the sentence's subject: in "Jamaal Charles
    scored on an 86-yard run and rushed for 226 yards", "Jamaal Charles" speaks for both
    figures, as near to the second as to the first plus its own clause. "Carter scored 14
    points and VanDeest scored 13", "the Chiefs, who had 352 yards" name a new subject
    (a name, a pronoun), which keeps the old one out.
    Dates take the words before them already.
    """
    quantity = reading.quantities[index]
    clause = sentence.words[low:first]
    if quantity.kind == "date" or low == 0 or any(
            w.name or w.surface.lower() in SUBJECTS for w in clause):
        return 0
    lead = latest = None
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        if other.end <= quantity.start and _same_family(other, quantity):
            lo, hi = _word_span(sentence, other.start, other.end)
            lead = lo if lead is None else min(lead, lo)
            latest = hi
    if latest is not None and any(w.surface.lower() in SUBJECTS
                                  for w in sentence.words[latest + 1:first]):
        return 0  # "for the Chiefs (2-13), who finished with 352 yards": a subject of its own
    return lead or 0


def _last_break(sentence: Sentence, start: int, end: int) -> int:
    """The last word in (start, end) before a clause break; `end - 1` when there is none.

    With no break, every word between goes to the earlier figure.
    """
    for i in range(end - 1, start, -1):
        word = sentence.words[i]
        if word.surface.lower() in CLAUSE_WORDS:
            return i
        if any(ch in CLAUSE_BREAKS for ch in word.gap):
            return i - 1
    return end - 1


def _last_clause_word(sentence: Sentence, start: int, end: int) -> int:
    """Where a new clause starts between two dates (at "while", "and"...), or 0.

    The words before it follow the earlier date ("killed June 24 outside an apartment in
    Hawaiian Gardens while investigating a June 20 shooting"). A comma is no such break
    for dates: "the Geneva talks, set for Jan. 9 and 10" is one clause.
    """
    for i in range(end - 1, start, -1):
        if sentence.words[i].surface.lower() in CLAUSE_WORDS:
            return i
    return 0


def _word_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The indices of the first and last word a figure covers (or stands between)."""
    inside = [w.index for w in sentence.words if start <= w.start < end]
    if inside:
        return inside[0], inside[-1]
    following = next((w.index for w in sentence.words if w.start >= end), len(sentence.words))
    return following, following - 1


def _distance(index: int, first: int, last: int) -> int:
    if index < first:
        return first - index - 1
    if index > last:
        return index - last - 1
    return 0


def _siblings(reading: Reading, index: int, sentence: Sentence
              ) -> tuple[int | None, int | None, int | None]:
    """Word index where the previous sibling figure ends and the next one starts, and the
    previous sibling's own index."""
    quantity = reading.quantities[index]
    before = after = previous = None
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        earlier, later = (other, quantity) if other.end <= quantity.start else (quantity, other)
        if not _same_family(earlier, later):
            continue
        lo, hi = _word_span(sentence, other.start, other.end)
        if other.end <= quantity.start:
            before, previous = hi, i
        elif other.start >= quantity.end and after is None:
            after = lo
    return before, after, previous


def _same_family(earlier: Quantity, later: Quantity) -> bool:
    """Figures that compete for the words between them: same kind, and for counts the same
    noun; or a later bare number, which leaves the earlier one's noun or unit understood
    ("scored 14 points and VanDeest scored 13", "rushed for 226 yards while Hillis
    added 101")."""
    if later.kind == "count" and not later.unit and earlier.kind != "date":
        return True  # "rushed for 226 yards while Hillis added 101": 101 yards
    if earlier.kind != later.kind:
        return False
    return earlier.kind != "count" or earlier.unit == later.unit


def _evidence(prof: Profile, window: Window, reading: Reading, index: int,
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
    found: list[tuple[str, float]] = []
    for c, concept in enumerate(prof.concepts):
        support = (_figure_support(concept.figure, reading, index)
                   if concept.figure is not None else best.get(c))
        if support is not None:
            found.append(support)
    return found


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
    """A capitalised hit counts unless its neighbours make it part of another name."""
    names = sentence.words
    for step in (-1, 1):
        i = token.index
        while 0 <= i + step < len(names) and names[i + step].name and (
                names[max(i, i + step)].joined) and not _possessive(names[min(i, i + step)]):
            i += step
            neighbour = names[i]
            if neighbour.content and not any(same_word(neighbour.stem, s)
                                             for s in prof.claim_stems):
                return False
    return True


def _possessive(token: Token) -> bool:
    """A name that ends in 's owns the next one: "the Sheriff's Deputy Jerry Ortiz" holds
    two names, not one."""
    return token.surface.endswith(("'s", "’s"))


def _figure_support(figure: Quantity, reading: Reading, index: int) -> tuple[str, float] | None:
    """Another figure of the claim restated in the sentence ("Thursday" for "December 30")."""
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        if _agrees(figure, other) and not _contrasted(reading, index, other):
            return other.text, 1.0
    return None


def _agrees(claimed: Quantity, stated: Quantity) -> bool:
    """The same figure: same kind and unit, consistent as stated."""
    if claimed.kind != stated.kind:
        return False
    if claimed.kind == "date":
        return compare(claimed, stated).consistent
    return claimed.unit == stated.unit and claimed.value == stated.value


def _excluded(prof: Profile, reading: Reading, index: int) -> str:
    """Why the sentence can never speak of the fact: an `exclude` word, or no `context` word."""
    stems = reading.sentences[reading.sentence_of[index]].stems
    for word in sorted(prof.exclude):
        if any(same_word(s, word) for s in stems):
            return f"excluded: {word}"
    if prof.context and not any(same_word(s, c) for s in stems for c in prof.context):
        return "no context word: " + ", ".join(sorted(prof.context))
    return ""


# -- assignment ---------------------------------------------------------------------------


def _with_unit_weight(prof: Profile, facts: Sequence[Fact]) -> Profile:
    """A measure's unit is evidence as far as it is the fact's alone: "inches" in a story
    where only the thickness is in inches counts fully; "GB" shared by storage and memory
    counts half. Dates and counts (whose noun already counts) get nothing here."""
    value = prof.fact.value
    if value.kind not in ("measure", "duration"):
        return prof
    sharing = sum(1 for f in facts if f.value.kind in ("measure", "duration")
                  and convert(1.0, f.value.unit, value.unit) is not None)
    return replace(prof, unit_weight=UNIT_WEIGHT / max(sharing, 1))


def _own_concepts(prof: Profile, lexicon: Lexicon, anywhere: bool = False) -> frozenset[int]:
    """The word the claim puts before its figure (`anywhere`: any claim word), when no
    other fact of the story claims it: "mother" in "the mother of 12 children", though
    every article says it, tells that fact from the others as well as a rare word would.
    None in a story of one fact, where nothing is told apart."""
    if len(lexicon.profiles) < 2:
        return frozenset()
    return frozenset(
        i for i, c in enumerate(prof.concepts) if c.figure is None
        and (anywhere or c.stems & prof.lead)
        and all(lexicon.facts_of(s) <= {prof.key} for s in c.stems))


class Matcher:
    """A story's facts, ready to be matched against any of its articles.

    Built once per story: each fact's profile, and what it remembers of the words it has
    seen, carries over from one article to the next.
    """

    def __init__(self, facts: Sequence[Fact], aliases: Mapping[str, Sequence[str]] | None = None,
                 background: Background | None = None) -> None:
        groups = synonym_groups(aliases or {})
        self.facts = tuple(facts)
        lexicon = Lexicon()
        profiles = [lexicon.add(_with_unit_weight(profile(fact, groups), facts))
                    for fact in facts]
        self.profiles = [replace(p, own=_own_concepts(p, lexicon),
                                 exclusive=_own_concepts(p, lexicon, anywhere=True))
                         for p in profiles]
        self.background = background
        self.events = _events(self.profiles, lexicon)

    def match(self, reading: Reading) -> Matches:
        """Assign each quantity of the article to at most one fact: the best it matches.

        Without a story-wide background, the article's own word frequencies are used.
        """
        background = self.background or Background([reading])
        result = Matches({f.id: [] for f in self.facts}, {f.id: [] for f in self.facts})
        for indices in reading.in_sentence:
            ballots = [self._candidates(reading, index, background) for index in indices]
            ballots = _dated_events(ballots, self.events)
            _assign_sentence([b for b in ballots if b], result)
        return result

    def _candidates(self, reading: Reading, index: int, background: Background
                    ) -> list[Candidate]:
        """The figure scored against every fact it could speak of."""
        quantity = reading.quantities[index]
        eligible = [p for p in self.profiles if kinds_agree(p.fact, quantity, p.units)]
        if not eligible:
            return []
        window = _window(reading, index)
        return [evaluate(p, reading, index, background, window) for p in eligible]


def match(reading: Reading, facts: Sequence[Fact],
          aliases: Mapping[str, Sequence[str]] | None = None,
          background: Background | None = None) -> Matches:
    """Match one article against facts (see Matcher, which a story should build once)."""
    return Matcher(facts, aliases, background).match(reading)


#: Claim concepts a date fact must share with another fact to be the date of its event.
EVENT_CONCEPTS = 2
#: What a date gains from standing in a sentence that states its event's other fact.
EVENT_WEIGHT = 1.25


def _events(profiles: Sequence[Profile], lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """For each date fact, the other facts of its event: those whose claims share at least
    EVENT_CONCEPTS of its words, one of them no name ("The shooting at Gordon Advisors in
    Troy took place on Monday" and "LaCalamita shot three people at the Gordon Advisors
    accounting firm in Troy"; Lopez's conviction and Lopez's shots share only Lopez)."""
    keys = {p.key: p.fact.id for p in profiles}
    ages = {p.key for p in profiles if p.age}
    events: dict[str, frozenset[str]] = {}
    for prof in profiles:
        if prof.fact.value.kind != "date":
            continue
        shared: Counter[int] = Counter()
        acted: set[int] = set()  # facts sharing a word that is no name: what happened
        for concept in prof.concepts:
            if concept.figure is None:
                owners = {k for s in concept.stems for k in lexicon.facts_of(s)}
                shared.update(owners)
                if concept.label[:1].islower():
                    acted |= owners
        events[prof.fact.id] = frozenset(
            keys[k] for k, n in shared.items() if k != prof.key and n >= EVENT_CONCEPTS
            and k in acted and profiles[k].fact.value.kind != "date" and k not in ages)
    return events


def _dated_events(ballots: list[list[Candidate]], events: dict[str, frozenset[str]]
                  ) -> list[list[Candidate]]:
    """A date in a sentence that states another fact of its event dates that event:
    "A gunman shot three people at a suburban Detroit office building Wednesday morning"
    gives the shooting's date, though it shares few words with the date's claim."""
    stated = {max(b, key=lambda c: c.score).fact.id for b in ballots
              if b and b[0].quantity.kind != "date" and b[0].quantity.unit
              and any(c.matches for c in b)}
    if not stated:
        return ballots
    return [[_dating(c, events, stated) for c in b] for b in ballots]


def _dating(candidate: Candidate, events: dict[str, frozenset[str]], stated: set[str]
            ) -> Candidate:
    other = events.get(candidate.fact.id, frozenset()) & stated
    if candidate.quantity.kind != "date" or not other:
        return candidate
    score = candidate.score + EVENT_WEIGHT
    fact, quantity = candidate.fact, candidate.quantity
    disagrees = _disagrees(fact, quantity, score, agreement(fact, quantity))
    return replace(candidate, score=round(score, 3), disagrees=disagrees,
                   shared=(*candidate.shared, f"dates the {min(other)}"))


def _assign_sentence(ballots: list[list[Candidate]], result: Matches) -> None:
    """Give each figure of a sentence to its best fact, one figure per fact.

    A sentence states a fact once: where two of its figures would go to the same fact, the
    one with the stronger evidence keeps it and the other goes to its next best fact, or
    to none ("226 yards on 22 carries, including an 86-yard touchdown run": the run is
    the 86 yards, so the 226 is the rushing total). Figures choose strongest first.
    """
    taken: dict[str, Candidate] = {}
    for candidates in sorted(ballots, key=_strength):
        free = [c for c in candidates if c.fact.id not in taken]
        chosen, note = _choose(free)
        if chosen is not None:
            taken[chosen.fact.id] = chosen
            result.mentions[chosen.fact.id].append(chosen)
        for candidate in candidates:
            if candidate is not chosen:
                _near_miss(candidate, chosen, note, taken.get(candidate.fact.id), result)


def _strength(candidates: list[Candidate]) -> float:
    """How strongly a figure claims its best fact (0 when it matches none)."""
    return -max((c.score for c in candidates if c.matches), default=0.0)


def _near_miss(candidate: Candidate, chosen: Candidate | None, note: str,
               holder: Candidate | None, result: Matches) -> None:
    """Keep a candidate that lost (to another fact, or to a sibling figure) or fell just
    short, with why, so that the report shows what the checker considered."""
    if candidate.matches:
        if holder is not None and holder.quantity is not candidate.quantity:
            why = f"the sentence's {holder.quantity.text!r} is its mention"
        else:
            why = note or (f"went to {chosen.fact.id}" if chosen else "")
    elif candidate.score >= THRESHOLD * NEAR_SHARE:
        why = candidate.veto or "below threshold"
    else:
        return
    result.near_misses[candidate.fact.id].append(replace(candidate, veto=why))


def _choose(candidates: list[Candidate]) -> tuple[Candidate | None, str]:
    """The best-scoring fact; among facts the words cannot tell apart (scores within
    TIE_MARGIN), the only one whose figure it is, else none ("ambiguous"). A fact the
    figure is far from still ties: the words did not tell them apart ("64GB of flash
    storage" against "up to 512GB" and "up to 768GB" is neither maximum).

    Agreement breaks a tie and nothing more: it never outweighs the words, so a figure
    that clearly speaks of a fact still fails against it.
    """
    winners = sorted((c for c in candidates if c.matches), key=lambda c: -c.score)
    if not winners:
        return None, ""
    best = winners[0]
    tied = [c for c in candidates if c.rival and c.score >= best.score * (1 - TIE_MARGIN)]
    if len(tied) == 1:
        return best, ""
    agreeing = [c for c in tied if agreement(c.fact, c.quantity)]
    rivals = ", ".join(c.fact.id for c in tied)
    if len(agreeing) == 1:
        return agreeing[0], f"tied with {agreeing[0].fact.id}, which the figure agrees with"
    nearest = _nearest(tied) if not agreeing else None
    if nearest is not None:
        return nearest, f"tied with {rivals}; the figure is nearest {nearest.fact.id}'s"
    return None, f"ambiguous between {rivals}"


def _nearest(tied: list[Candidate]) -> Candidate | None:
    """Among tied facts the figure agrees with none of, the one whose figure it is nearest,
    when it is clearly nearer (half the gap or less) than any other: a wrong figure stays
    closer to the fact it misstates than to another fact ("five people shot" where three
    were shot and one killed; "Sunday" for a Friday killing, not a verdict years later)."""
    if any(c.veto for c in tied):
        return None
    gaps = sorted(((g, i) for i, c in enumerate(tied)
                   if (g := _gap(c.fact, c.quantity)) is not None), key=lambda x: x[0])
    if len(gaps) != len(tied) or gaps[0][0] > NEAREST_SHARE * gaps[1][0]:
        return None
    return tied[gaps[0][1]]


def _gap(fact: Fact, quantity: Quantity) -> float | None:
    """How far the figure is from the fact's: days for dates, else the log of the ratio."""
    expected = fact.value
    if expected.kind == "date" and quantity.kind == "date":
        return abs((quantity.value - expected.value).days)  # type: ignore[operator]
    stated = _in_fact_unit(expected, quantity)
    if stated is None or not isinstance(expected.value, float) or stated <= 0 or (
            expected.value <= 0):
        return None
    return abs(math.log(stated / expected.value))


#: Why a figure can never speak of a fact, checked in this order (`_vetoes`); the first
#: found is the candidate's veto. The order decides the reason shown and, around
#: `_far_off`, whether a vetoed candidate still counts as a rival (`Candidate.rival`).
VETOES: tuple[Veto, ...] = (
    _excluded, _claims_other_figure, _reported_when, _another_time, _other_role, _hypothetical,
    _noun_missing, _age_mismatch, _far_off, _rate_mismatch, _part_mismatch, _modifier_mismatch,
    _verb_missing, _margin_mismatch, _others_mismatch, _measures_another,
)
