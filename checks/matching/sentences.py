"""Sentences and words: the units the matcher measures distance in, what a word stems to,
which words stand for which (synonyms, nouns for people), and what distance leaves of a
word's weight."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml
from rapidfuzz import fuzz

from checks.articles import STOPWORDS as ENGLISH_STOPWORDS
from checks.quantities import MONTHS, WEEKDAYS, singular
from checks.quantities.patterns import LOST_SIGN_BEFORE
from checks.quantities.vocabulary import people_nouns

#: Plurals whose stripped stem would be another word's: "lives" (of life, a toll: "lost
#: their lives") is no form of "live" ("three live shells", "lived in Troy").
UNSTRIPPED = frozenset({"lives"})
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
#: Words that tell facts apart too little to count as evidence: English function words
#: (shared with the reader's prose classifier), attribution verbs, light verbs, and times
#: of day and week (a claim's date is evidence as a figure, once resolved, not as a word).
STOPWORDS = ENGLISH_STOPWORDS | frozenset(
    """said says say told according mr mrs ms near it's
    monday tuesday wednesday thursday friday saturday sunday night morning afternoon
    evening today yesterday tomorrow tonight
    take takes took taken taking make makes made making get gets got give gives gave given
    come comes came go goes went gone put puts set sets hold holds held place
    occur occurs occurred happen happens happened""".split()
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
#: A possessive as tokenized text writes it, apart from its word: "Buford ’ s record".
SPACED_POSSESSIVE = re.compile(r"(?<=\w) (['’]) ?s\b")
#: Three or more words in capitals in a row are shouted, not names: "THREE PEOPLE HAVE
#: DIED IN A BLAZE" reads as "three people have died in a blaze".
SHOUTED = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]+\b){2,}")
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

    @property
    def opener(self) -> str:
        """The first word, lower-cased: a pronoun there continues the sentence before."""
        return self.words[0].surface.lower() if self.words else ""


def split_sentences(text: str) -> Iterable[Sentence]:
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        if not PARAGRAPH.search(boundary.group()) and not _ends_sentence(text, boundary):
            continue
        end = boundary.start() + len(boundary.group().rstrip())
        if text[start:end].strip():
            yield from sentence_pieces(text, start, end)
        start = boundary.end()
    if text[start:].strip():
        yield from sentence_pieces(text, start, len(text.rstrip()))


#: A blank line ends a paragraph, and so a sentence, whatever follows: a list item
#: ("• Rodney Buford's old school record: 2,161 points") opens with no capital.
PARAGRAPH = re.compile(r"\n\s*\n")


def _ends_sentence(text: str, boundary: re.Match[str]) -> bool:
    """Whether a mark within a paragraph ends a sentence: not after an abbreviation, nor
    before a lower-case word, nor where "?" stands for a lost currency sign."""
    mark = boundary.group().strip()
    return not (mark and (_is_abbreviation(text, boundary.start())
                          or not _next_starts_sentence(text, boundary.end()))
                ) and not _lost_sign(text, boundary.start(), boundary.end())


def _lost_sign(text: str, mark: int, after: int) -> bool:
    """A "?" glued to a word and followed by a figure stands for a currency sign the crawl
    lost ("agreeing an? 110 billion"), and ends no question."""
    return text[mark] == "?" and text[after:after + 1].isdigit() and (
        LOST_SIGN_BEFORE.search(text, max(0, mark - 24), mark + 1) is not None)


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


def sentence_pieces(text: str, start: int, end: int) -> Iterable[Sentence]:
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
    piece = SPACED_POSSESSIVE.sub(_unspace, DOTTED_ACRONYM.sub(_undot, text[start:end]))
    shouted = [m.span() for m in SHOUTED.finditer(piece)] if SHOUTED.search(piece) else []
    senses = _fire_senses(piece) if "fir" in piece or "Fir" in piece else {}
    previous_end = 0
    for index, word in enumerate(WORD.finditer(piece)):
        surface = word.group()
        key = senses.get(word.start()) or stem(surface)
        loud = surface.isupper() and not any(a <= word.start() < b for a, b in shouted)
        content = bool(key) and (key not in STOPWORDS or (loud and len(surface) > 1))
        name = index > 0 and surface[0].isupper() and (loud or not surface.isupper())
        gap = "".join(piece[previous_end:word.start()].split())
        previous_end = word.end()
        yield Token(key, surface, start + word.start(), index, name, content, gap)


#: The stem a word of firing someone takes, apart from firing a gun and from a blaze.
DISMISSED = "dismiss"
#: The stem of "fire" in "opened fire": a shooting's, not a blaze's.
SHOOTING = "shoot"
OPENED_FIRE = re.compile(r"\bopen(?:ed|s|ing)?\s+(fire)\b", re.IGNORECASE)
FIRE_WORD = re.compile(r"\b(?:fire|fired|fires|firing)\b", re.IGNORECASE)
#: What may stand between a subject and a passive "fired": "had been", "was not".
PASSIVE_AUXILIARIES = frozenset("was were been be being is are get got gets getting".split())
PASSIVE_FILLERS = PASSIVE_AUXILIARIES | frozenset("had has have not never also just".split())
#: What is fired when a gun is: "shots were fired", "the gun was fired".
SHOT_NOUNS = frozenset(
    """shot gunshot round bullet gun weapon shotgun rifle pistol revolver handgun shell volley
    salvo missile rocket cannon grenade gas canister flare cartridge""".split())
#: Words that may stand between "fired" and the person fired: "fired the seven lawyers".
OBJECT_FILLERS = frozenset(
    """the a an his her their its all both two three four five six seven eight nine ten
    several""".split())
OBJECT_PRONOUNS = frozenset("him her them me us you".split())
POSSESSIVES = frozenset("his her their my your".split())
CLAUSE_MARK = re.compile(r"[.!?;]")


def _fire_senses(piece: str) -> dict[int, str]:
    """The stems of the words of firing that are no blaze: "opened fire" is shooting, a
    word of firing someone is a dismissal (`_fired_someone`)."""
    senses = dict.fromkeys(_dismissals(piece), DISMISSED)
    for m in OPENED_FIRE.finditer(piece):
        senses[m.start(1)] = SHOOTING
    return senses


def _dismissals(piece: str) -> frozenset[int]:
    """Where "fire" means to dismiss someone: passive with a subject that is no gun or shot
    ("who was fired from Gordon Advisors", "had been fired last Thursday"; not "shots
    were fired"), with a person for object ("fired seven lawyers", "didn't fire him",
    "fired LaCalamita on Thursday"; not "fired three rounds"), or owned ("his firing four
    days earlier"). Such a word takes its own stem, so that it never meets a claim's
    "opened fire" or a blaze, nor they it."""
    found = set()
    for m in FIRE_WORD.finditer(piece):
        window = piece[max(0, m.start() - 60):m.start()]
        before = [w.strip(",;:\"'“”‘’()").lower() for w in window.split()]
        after = [w.strip(",:\"'“”‘’()")
                 for w in CLAUSE_MARK.split(piece[m.end():m.end() + 60], 1)[0].split()]
        if _fired_someone(m.group().lower(), before, after):
            found.add(m.start())
    return frozenset(found)


def _fired_someone(word: str, before: list[str], after: list[str]) -> bool:
    """See `_dismissals`; `before` are the nearby words before, lower case, `after` those
    after, as written."""
    if after[:1] == ["up"]:
        return False  # "fired up": eager
    if word == "firing" and before[-1:] and before[-1] in POSSESSIVES:
        return True
    if word == "fired" and before[-1:] and before[-1] in PASSIVE_AUXILIARIES:
        rest = list(before)
        while rest and rest[-1] in PASSIVE_FILLERS:
            rest.pop()
        return not rest or singular(rest[-1]) not in SHOT_NOUNS
    if word in ("fire", "fires"):  # a noun too: "fire crews", "a fire Tuesday"
        return bool(after) and after[0].lower() in OBJECT_PRONOUNS
    following = [w for w in after[:4] if w.lower() not in OBJECT_FILLERS and not w.isdigit()]
    if not following or any(singular(w.lower()) in SHOT_NOUNS for w in after[:4]):
        return False
    _, people = people_nouns()
    first = following[0]
    return (first.lower() in OBJECT_PRONOUNS or singular(first.lower()) in people
            or (first[:1].isupper() and first is after[0]  # "fired LaCalamita"
                and first not in WEEKDAYS and first not in MONTHS))


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterable[Token]:
    """The content words of text[start:end] (no stop words)."""
    return (w for w in words(text, start, end) if w.content)


def _unspace(possessive: re.Match[str]) -> str:
    """Buford ’ s → "Buford’s  ": the possessive joined to its word, the length kept."""
    return possessive.group(1) + "s" + " " * (len(possessive.group()) - 2)


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
    if word in STOPWORDS or len(word) <= 3 or word in UNSTRIPPED:
        return word
    for suffix, keep, least in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= least and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


#: Nouns that count people and say nothing else of them ("lives" says they died).
MERE_PEOPLE = frozenset({"people", "person", "individual"})


@functools.cache
def stems_of(words: str) -> frozenset[str]:
    """The stems of a list of words written as one string: a rule's word list."""
    return frozenset(stem(w) for w in words.split())


@functools.lru_cache(maxsize=262144)
def same_word(a: str, b: str) -> bool:
    """Stems that are the same word: equal, or a spelling variant of a long word, which
    starts as the word does ("organisation", "organization"; "Wayne" is not "Dwayne")."""
    if a == b or a + "e" == b or b + "e" == a:  # a bare word keeps its "e": vote, voted
        return True
    if min(len(a), len(b)) < FUZZY_LENGTH or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= FUZZY


@functools.cache
def builtin_aliases() -> dict[str, tuple[str, ...]]:
    """The synonyms shipped with the checker (checks/data/aliases.yaml)."""
    raw = _data_file("aliases.yaml")
    return {str(k): tuple(str(w) for w in v) for k, v in (raw or {}).items()}


def _data_file(name: str) -> Any:
    """A YAML file shipped in checks/data."""
    return yaml.safe_load(resources.files("checks").joinpath("data", name).read_text())


def synonym_groups(aliases: Mapping[str, Sequence[str]]) -> list[frozenset[str]]:
    """Groups of stems that stand for each other: built-ins first, the story's added. A
    phrase ("passed away") is kept as its stems joined by spaces: see `phrases_in`."""
    merged: dict[str, set[str]] = {}
    for source in (builtin_aliases(), aliases):
        for key, words in source.items():
            merged.setdefault(phrase_stem(key), set()).update(phrase_stem(w) for w in words)
    return [frozenset({key, *words}) for key, words in merged.items()]


def phrase_stem(words: str) -> str:
    """A word's stem, or a phrase's stems joined by spaces ("passed away": "pass away")."""
    return " ".join(stem(w) for w in words.split())


def expand(stems: set[str], groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """The stems with every synonym group any of them belongs to (a phrase is never a
    word's variant: it joins only when written whole, see `phrases_in`)."""
    out = set(stems)
    for group in groups:
        if stems & group or any(same_word(s, g) for s in stems for g in group if " " not in g):
            out |= group
    return frozenset(out)


def phrases_in(sentence: Sentence, groups: Sequence[frozenset[str]]
               ) -> Iterator[tuple[Token, str, frozenset[str]]]:
    """The synonym phrases a sentence writes, word for word by stem ("passed away",
    "pulled over"): the first word, the phrase and its group."""
    words = sentence.words
    stems = {w.stem for w in words}
    for group in groups:
        for phrase in group:
            if " " not in phrase or phrase.split(" ", 1)[0] not in stems:
                continue
            parts = tuple(phrase.split())
            at = next((i for i in range(len(words)) if writes_phrase(words, i, parts)), None)
            if at is not None:
                yield words[at], phrase, group


def writes_phrase(words: Sequence[Token], at: int, parts: tuple[str, ...]) -> bool:
    """Whether the words from `at` on are a phrase's, stem for stem."""
    return len(words) - at >= len(parts) and all(
        words[at + k].stem == part for k, part in enumerate(parts))


@functools.cache
def capitals() -> dict[str, frozenset[str]]:
    """The stems of the words each capital's country is named by, by the capital's stem
    (checks/data/capitals.yaml): whose a figure is, "Berlin's decision" being Germany's."""
    raw = _data_file("capitals.yaml")
    return {stem(k): frozenset(phrase_stem(w) for w in v) for k, v in raw.items()}


@functools.cache
def people_tolls() -> frozenset[str]:
    """The stems of the counted nouns that count people fully, one for another
    (checks/data/people.yaml)."""
    return frozenset(stem(w) for w in _data_file("people.yaml")["tolls"])


@functools.cache
def toll_kin(toll: str) -> frozenset[str]:
    """The toll stems a count in the toll `toll` (a stem) may state: all of them for mere
    people, else people and the tolls of its own kind (checks/data/people.yaml), so an
    arrest count never speaks of the injured."""
    if toll in MERE_PEOPLE or toll not in people_tolls():
        return people_tolls()
    kin = {stem(w) for kind in _data_file("people.yaml")["kinds"] for w in kind
           if toll in {stem(x) for x in kind}}
    return frozenset(kin | MERE_PEOPLE | {toll})


#: Words within this many words of the figure count fully; further ones fade by half
#: every FADE words.
NEAR_TOKENS = 3
FADE = 3.0


def weight(distance: int, fade: float = FADE) -> float:
    """How much a word at `distance` words from the figure counts."""
    if distance <= NEAR_TOKENS:
        return 1.0
    return 0.5 ** ((distance - NEAR_TOKENS) / fade)


def word_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The indices of the first and last word a figure covers (or stands between)."""
    inside = [w.index for w in sentence.words if start <= w.start < end]
    if inside:
        return inside[0], inside[-1]
    following = next((w.index for w in sentence.words if w.start >= end), len(sentence.words))
    return following, following - 1


def word_distance(index: int, first: int, last: int) -> int:
    """Words between a word and a figure's span (0 inside or next to it)."""
    if index < first:
        return first - index - 1
    if index > last:
        return index - last - 1
    return 0
