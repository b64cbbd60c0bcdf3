"""What a fact looks like in text, read from its claim: the concepts, the counted noun,
the words around its figure; and the lexicon that finds them in articles."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from checks.compare import convert
from checks.facts import Fact
from checks.matching.figures import dated, same_figure
from checks.matching.phrases import (
    ADDED,
    ADDING_WORDS,
    ADDITION_BEFORE,
    ADDITION_REACH,
    ADDS,
    AGE_NAMED,
    AGE_WORDS,
    ALL,
    APPOSED_AT_EVENT,
    ARTICLES,
    AT_AN_EVENT,
    ATTRIBUTIVE_COUNT,
    AUXILIARIES,
    BETWEEN_AFTER,
    CLAIMS_OTHERS,
    CLASS_IN_CLAIM,
    CLAUSE_END,
    COUNTED_FROM,
    DEATH_VERBS,
    DIED,
    EARLIER_EVENT,
    EARLIER_REACH,
    EARLIER_VALUE_BEFORE,
    LASTING_BEFORE,
    MARK_BEFORE_NEWS,
    PART,
    PARTITIVE_AFTER,
    RATE,
    SEVERAL_DAYS,
    SHARE_OF,
    THING_WORDS,
    WHEN_VERB,
    actor,
    as_age,
    aside_names,
    attributive_count,
    bare_age_number,
    claims_nth,
    clause_after,
    counted_of,
    held,
    hit_verb,
    is_age,
    is_difference,
    kind_tokens,
    legal_steps,
    measured_from,
    measured_words,
    name_pairs,
    opening_name,
    part_name,
    partitive_part,
    possessive,
    relative_aside,
    role_names,
    scores,
    subject_words,
    time_between,
    time_part,
    verb_after,
    word_before,
)
from checks.matching.sentences import (
    FUZZY,
    FUZZY_LENGTH,
    MERE_PEOPLE,
    Sentence,
    Token,
    expand,
    people_nouns,
    people_tolls,
    phrases_in,
    same_word,
    sentence_pieces,
    stem,
    stems_of,
    tokens,
    toll_kin,
    weight,
    word_distance,
    word_span,
    writes_phrase,
)
from checks.quantities import Quantity, find_quantities, singular, weekday_of
from checks.quantities.patterns import NIL_COUNT, qualifies
from checks.quantities.tense import tense_of

#: A claim word far from the claim's own figure (the subject's surroundings, not the
#: predicate) counts this share at the least; words next to it ("arrested 46 people",
#: "deliberated for 30 minutes") count fully.
CLAIM_FLOOR = 0.7


UNIT_WEIGHT = 0.5


@dataclass(frozen=True)
class Concept:
    """One thing the claim talks about: a word with its synonyms, or another figure (whose
    stems are then its noun's synonyms)."""

    label: str
    stems: frozenset[str] = frozenset()
    figure: Quantity | None = None
    weight: float = 1.0
    exact: bool = False  # met only by one of its stems as written (an acronym), no variant


#: Words that make a claim's figure the least or the greatest of a list ("the younger of
#: the two girls"), by whether the least (False) or the greatest (True).
EXTREMES = {
    **dict.fromkeys("younger youngest smaller smallest lower lowest shorter shortest".split(),
                    False),
    **dict.fromkeys("older oldest larger largest higher highest longer longest".split(), True),
}


@dataclass(frozen=True)
class Owned:
    """A thing the claim names through its owners: "the sheriff's department's unit"."""

    owners: frozenset[str]
    thing: frozenset[str]
    owner_label: str  # "sheriff's department"
    thing_label: str  # "anti-gang unit"


#: Words before a family name that give a rank or office, not another given name.
TITLES = frozenset(
    "mr mrs ms miss dr deputy officer sergeant sgt detective lieutenant lt captain capt "
    "chief sheriff judge justice president senator sen rep governor gov mayor coach "
    "reverend rev bishop prophet general gen colonel col major corporal cpl trooper agent "
    "inspector commissioner prosecutor attorney center guard forward quarterback".split())


def _lasting_verbs(claim: str, figures: Sequence[Quantity]) -> frozenset[str]:
    """The stems of the verbs the claim's durations stand right after, through "for"."""
    found = (LASTING_BEFORE.search(claim, max(0, q.start - 30), q.start)
             for q in figures if q.kind == "duration")
    return frozenset(stem(f.group(1)) for f in found if f is not None)


def _age_when(claim: str) -> str:
    """The verb a claim's "when" ties its age to ("was 77 when he died": "died"), or ""."""
    found = WHEN_VERB.search(claim)
    return found.group(1) if found else ""


def _another_given_name(given: str, family: str, owner: frozenset[str]) -> bool:
    """Whether the word right before the owner's family name is another given name:
    "Rulon Jeffs" is not "Warren Jeffs", whose given name the claim gives; a title
    ("Prophet Jeffs") is none."""
    if given in TITLES:
        return False
    owned_given = [s for s in owner if not same_word(s, family) and s not in TITLES]
    return bool(owned_given) and not any(same_word(given, s) for s in owned_given)


@dataclass(frozen=True)
class Profile:
    """What a fact looks like in text: its concepts, vetoes and the nouns its figure counts."""

    fact: Fact
    concepts: tuple[Concept, ...]
    units: frozenset[str]
    context: frozenset[str]
    exclude: frozenset[str]
    claim_stems: frozenset[str] = frozenset()
    claim_words: tuple[Token, ...] = ()  # the claim's content words, in order
    unit_weight: float = 0.0
    age: bool = False
    died: bool = False  # an age fact whose person died: the age stays the one at death
    tells_death: bool = False  # the claim has a verb of death ("died"): whose death it is
    at_event: bool = False  # an age tied to an event: "was 18 when he opened fire"
    age_when: str = ""  # the verb the claim's "when" ties its age to: "died" in "when he died"
    scores: frozenset[tuple[int, int]] = frozenset()  # "beat Drake 65-53": evidence for dates
    owner: frozenset[str] = frozenset()  # an age fact's person: the claim's subject
    named: frozenset[str] = frozenset()  # every name word of the claim
    shared_names: frozenset[str] = frozenset()  # name words of two of its people
    subject: frozenset[str] = frozenset()  # the name the claim opens with, whose figure it is
    actor: frozenset[str] = frozenset()  # the last name before the claim's verb: who did it
    aside: frozenset[str] = frozenset()  # names only in a relative clause: ", which Doug
    # McDermott broke," (no subject of the claim's figure)
    name_pairs: frozenset[tuple[str, str]] = frozenset()  # "MacBook Pro": (macbook, pro)
    origin: frozenset[str] = frozenset()  # the place a distance is measured from
    role_names: frozenset[tuple[str, str]] = frozenset()  # ("to", stem): "pass to Wayne"
    owned: Owned | None = None  # "in the sheriff's department's anti-gang unit"
    extreme: str = ""  # "younger": the claim's figure is the least of a list
    held: bool = False  # the claim's figure is what something holds: "loaded with four bullets"
    times: bool = False  # the claim counts times something befell one: "arrested four times"
    nth: bool = False  # the claim writes its figure as an ordinal: "his 11th point"
    ceiling: bool = False  # the claim's figure is a most: "can be configured up to 512 GB"
    difference: bool = False  # the claim's figure is a difference ("$100 less than")
    earlier_event: bool = False  # its event is one before the news: "The earlier shooting"
    names_class: bool = False  # it names a class by a figure: "the 14th player to reach"
    mark_before: bool = False  # its mark stood before the news: "Before the game ... high"
    lasting: frozenset[str] = frozenset()  # the verbs its durations follow: "separated for"
    between: bool = False  # the claim's figure is a time between events ("six years after")
    between_sure: bool = False  # ... by words that say so alone, not "took" or "within"
    partitive: bool = False  # the claim's figure is a part of a whole ("Three of the bullets")
    whole_nouns: frozenset[str] = frozenset()  # that whole's words ("bullets")
    dates: tuple[Quantity, ...] = ()  # the dates the claim sets its event at, year written
    weekdays: frozenset[int] = frozenset()  # the weekdays a claim of no date sets it at
    event_days: tuple[Quantity, ...] = ()  # the dates other facts give its undated event
    story_from: dt.date | None = None  # the first day any fact of the story names
    steps: frozenset[str] = frozenset()  # a date fact's steps of a case at law ("conviction")
    rate: bool = False
    hits: bool = False  # its figure counts what hit ("seven bullets struck Gray")
    head: frozenset[str] = frozenset()  # the noun a copula gives the figure: "record"
    lead: frozenset[str] = frozenset()
    then: frozenset[str] = frozenset()  # the verb after the figure: "18 people were injured",
    # or what a toll's noun says happened ("made more than 50 arrests")
    opens: bool = False  # the claim opens with its figure ("Three employees died")
    own: frozenset[int] = frozenset()
    exclusive: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()
    whole_part: bool = False  # its part holds the whole ("all of them in the second half")
    reference: frozenset[int] = frozenset()  # concepts of the event a date or span counts from
    cause: frozenset[int] = frozenset()  # concepts of the crime a dated legal step is for
    whole: frozenset[int] = frozenset()  # concepts of the whole the figure is a share of
    acts: frozenset[int] = frozenset()  # concepts of what a count's other actors did
    places: frozenset[str] = frozenset()  # the names the claim sets its event at
    setting: frozenset[int] = frozenset()  # the concepts that name those places
    one_day: bool = False  # it dates what it tells to one day ("on Wednesday night")
    several_days: bool = False  # it counts over several ("over four nights of protests")
    measured: frozenset[str] = frozenset()
    modified: frozenset[str] = frozenset()  # what its measure modifies: "an 86-yard touchdown run"
    others_modify: frozenset[str] = frozenset()  # what its other measures modify, its own not
    roles: frozenset[str] = frozenset()
    modifier: bool = False
    others: bool = False
    added: bool = False  # its figure adds to another: "three years were added", "four more men"
    version: tuple[str, str] = ("", "")  # its subject's generation and name: ("new", "MacBook Pro")
    counted_of: frozenset[str] = frozenset()  # what its count's noun counts: "counts of possession"
    kind_words: frozenset[str] = frozenset()  # the words before its count's noun: "Thunderbolt"
    earlier: frozenset[str] = frozenset()  # other figures given as earlier ones: "up from 12"
    phrases: tuple[tuple[str, ...], ...] = ()  # its concepts' synonym phrases: ("pull", "over")
    phrase_words: frozenset[str] = frozenset()  # their words, looked up per word
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    key: int = 0

    def owns(self, name: Sequence[Token]) -> bool:
        """Whether a name an age is given to is the claim's subject: any word of it ("Ortiz"
        for "Deputy Jerry Ortiz"); any word of the claim where it names no one. A name that
        has words of the subject and of someone else the claim names is whose its first
        such word says, as a given name tells a family apart: "Andrew Lopez" is not
        "Kristian Lopez, Andrew Lopez's half-brother", "Jeremy Ortiz" is "Ortiz's son,
        Jeremy"."""
        said = [w.stem for w in name if w.content]
        owner = self.owner or self.claim_stems
        others = self.named - self.owner if self.owner else frozenset()
        for at, word in enumerate(said):
            if any(same_word(word, s) for s in owner):
                return not (self.owner and at and word not in TITLES
                            and _another_given_name(said[at - 1], word, self.owner))
            if any(same_word(word, s) for s in others):
                return False
        return False

    def says(self, stem_: str) -> bool:
        """Whether the claim writes the word, as spelt or as a variant (`same_word`)."""
        return any(same_word(stem_, s) for s in self.claim_stems)

    def concepts_of(self, stem_: str) -> tuple[int, ...]:
        """Which of the claim's word concepts a stem stands for."""
        if self.lexicon is None:
            return self.stands_for(stem_)
        return self.lexicon.concepts(self.key, stem_)

    def stands_for(self, stem_: str) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.concepts) if c.figure is None and (
            stem_ in c.stems if c.exact else any(same_word(stem_, s) for s in c.stems)))


class Lexicon:
    """Which concepts of which fact each word of the articles stands for.

    Shared by a story's facts and remembered, since articles repeat their words: one entry
    per word of the vocabulary, holding only the facts it speaks for.
    """

    def __init__(self) -> None:
        self.profiles: list[Profile] = []
        self._claimed: dict[tuple[str, str, object], list[tuple[int, Quantity]]] | None = None
        self._hits: dict[str, dict[int, tuple[int, ...]]] = {}
        self._owners: dict[str, set[tuple[int, int]]] = {}  # concept stem → (fact, concept)
        self._long: list[str] = []  # the stems a spelling variant may reach (see same_word)

    def add(self, prof: Profile) -> Profile:
        attached = replace(prof, lexicon=self, key=len(self.profiles))
        self.profiles.append(attached)
        for c, concept in enumerate(attached.concepts):
            if concept.figure is None:
                for s in concept.stems:
                    if s not in self._owners and len(s) >= FUZZY_LENGTH and not concept.exact:
                        self._long.append(s)
                    self._owners.setdefault(s, set()).add((attached.key, c))
        self._hits.clear()
        self._claimed = None
        return attached

    def claimed(self, quantity: Quantity) -> list[tuple[int, Quantity]]:
        """The claims' other figures equal to `quantity` (kind, unit and value), with the
        key of the fact whose claim writes each: one lookup, whatever the story's size."""
        if self._claimed is None:
            self._claimed = {}
            for prof in self.profiles:
                for concept in prof.concepts:
                    if concept.figure is not None:
                        figure = concept.figure
                        self._claimed.setdefault((figure.kind, figure.unit, figure.value),
                                                 []).append((prof.key, figure))
        return self._claimed.get((quantity.kind, quantity.unit, quantity.value), [])

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
        for variant in (stem_ + "e", stem_[:-1] if stem_.endswith("e") else ""):
            found |= self._owners.get(variant, set())  # "voted" is "vote" (`same_word`)
        if len(stem_) >= FUZZY_LENGTH and self._long:
            for near, _, _ in process.extract(stem_, self._long, scorer=fuzz.ratio,
                                              score_cutoff=FUZZY, limit=None):
                found |= self._owners[near]
        hits: dict[int, list[int]] = {}
        for k, c in sorted(found):
            hits.setdefault(k, []).append(c)
        return {k: tuple(cs) for k, cs in hits.items()}


#: Lower-case words a name may hold between its capitalised ones ("Church of Jesus Christ").
NAME_LINKS = frozenset({"of", "the", "and", "for"})
#: The fewest letters a name's acronym has: two ("GA", "US") stand for too many names.
ACRONYM_LETTERS = 3
#: The most initials a name's acronyms are worked out for (each may be left out).
MAX_INITIALS = 10


def acronyms(words: Sequence[Token]) -> dict[str, frozenset[str]]:
    """The stems of the acronyms each name of several capitalised words may go by: its
    initials, some perhaps left out but never the first or the last ("FLDS" for the
    Fundamentalist Church of Jesus Christ of Latter Day Saints, "NYPD" for the New York
    Police Department). A word in capitals gives all its letters ("U.S. Geological
    Survey", USGS)."""
    found: dict[str, frozenset[str]] = {}
    for run in _name_runs(words):
        initials = "".join(w.surface if w.surface.isupper() else w.surface[0] for w in run)
        if not ACRONYM_LETTERS <= len(initials) <= MAX_INITIALS or not initials.isalpha():
            continue
        inner = initials[1:-1]
        short = {initials[0] + "".join(keep) + initials[-1]
                 for n in range(max(0, ACRONYM_LETTERS - 2), len(inner) + 1)
                 for keep in itertools.combinations(inner, n)}
        found[" ".join(w.surface for w in run)] = frozenset(stem(a) for a in short)
    return found


def _name_runs(words: Sequence[Token]) -> list[list[Token]]:
    """The capitalised words of each run of them, joined or linked by NAME_LINKS, that
    does not open the claim (its first word is capitalised whatever it is)."""
    runs: list[list[Token]] = [[]]
    for word in words:
        if runs[-1] and (word.gap or not (word.name or word.surface in NAME_LINKS)):
            runs.append([])  # a mark or a plain word ends the name
        if word.name or (runs[-1] and word.surface in NAME_LINKS):
            runs[-1].append(word)
    names = [[w for w in run if w.name] for run in runs]
    return [name for name in names if len(name) >= 2]


def profile(fact: Fact, groups: Sequence[frozenset[str]]) -> Profile:
    """Build the evidence a fact's mentions should carry, from its claim and options."""
    claim = fact.claim
    claim_words = tuple(tokens(claim))
    # A claim has no date to place a weekday in: "the Wednesday night vigil" stays words.
    read = find_quantities(claim)
    found = [q for q in read if q.precision != "weekday"]
    ages = {q.start for q in found if is_age(claim, q) or _declared_age(claim, q, fact.value)}
    figures = [as_age(q) if q.start in ages else q for q in found]
    inside = [(q.start, q.end) for q in figures] + _offsets(claim, fact.value)
    measured = [(q.start, q.end) for q in figures if q.kind in ("measure", "duration")]
    concepts: dict[str, Concept] = {}
    sentence = next(iter(sentence_pieces(claim, 0, len(claim))), None)
    value = next((q for q in figures if same_figure(q, fact.value)), None)
    # else the claim's one count of the value's number: its words count, its noun does not
    restated = _one_count_of(figures, fact.value) if value is None else None
    value = value or restated
    span = word_span(sentence, value.start, value.end) if sentence and value else None
    age = value is not None and value.start in ages
    counted = value if value is not None and value.kind == "count" and value.unit else None
    for token in (sentence.tokens if sentence else ()):
        if any(lo <= token.start < hi for lo, hi in inside) and not (
                qualifies(token.surface.lower())
                and any(lo <= token.start < hi for lo, hi in measured)) and not (
                counted is not None and _describes(token, counted)):
            continue  # but "rushing" in "352 rushing yards" tells which yards
        if age and token.stem in AGE_WORDS:
            continue  # every age says "old": the veto checks it, as evidence it says nothing
        if token.stem not in concepts:
            concepts[token.stem] = Concept(token.surface, expand({token.stem}, groups),
                                           weight=_claim_weight(token, span))
    for token, phrase, group in (phrases_in(sentence, groups) if sentence else ()):
        if phrase not in concepts:  # "passed away" stands for "died"
            concepts[phrase] = Concept(phrase, expand(set(group), groups),
                                       weight=_claim_weight(token, span))
    for word in fact.context:
        for token in tokens(word):
            concepts.setdefault(token.stem, Concept(token.surface, expand({token.stem}, groups)))
    for name, short in acronyms(sentence.words if sentence else ()).items():
        concepts.setdefault(f"={name}", Concept(name, short, exact=True))
    for figure in figures:
        if figure is not value and not same_figure(figure, fact.value):
            nouns = {stem(w) for w in figure.unit.split()} if figure.kind == "count" else set()
            concepts[f"#{figure.text}"] = Concept(figure.text, expand(nouns, groups) if nouns
                                                  else frozenset(), figure=figure)
    # The noun the claim writes counts as the fact's own: "Two men ... were wounded"
    # counted in people is a count of men. A count under another noun than the value's
    # is the fact's only where the value's takes it in: "A total of 31 fire trucks and
    # other pieces of equipment" (`31 pieces`) counts trucks, "won only two games"
    # (`2 wins`) no games.
    own = value.unit if value is not None and (
        restated is None or OTHERS_AFTER.match(claim, value.end)) else ""
    nouns = (fact.value.unit, own) if fact.value.kind == "count" else ()
    unit_stems = {stem(w) for noun in nouns for w in noun.split()}
    lead_words = _lead_words(sentence, claim, value) if sentence and value else []
    if nouns and own:
        unit_stems |= _done_to_them(lead_words)
    for toll in unit_stems & people_tolls():
        unit_stems |= toll_kin(toll)  # "13,500 deaths" is a toll of people
    several_days = SEVERAL_DAYS.search(claim) is not None  # "over four nights of protests"
    opening = (opening_name(sentence) or _possessor_opening(sentence)
               or _possessor_of_figure(sentence)) if sentence else []
    # "Deputy Jerry Ortiz's ...", "The Colts' drive", "was the Colts' 10th of the season"
    keys = list(concepts)  # a concept's index is its key's place: fixed from here on
    reference = (_counted_from(sentence, claim, value, keys)
                 if sentence and value else frozenset())
    # The event a claim counts from is another: its names ("after a Jamaal Charles
    # fumble") are other actors, and for a fact dated to one day none of its words tells
    # that day ("the eve of the general strike"). A year or a month is shared by both.
    day = value is not None and value.kind == "date" and fact.value.low == fact.value.high
    for i, key in enumerate(keys):
        if i in reference and (day or concepts[key].label[:1].isupper()):
            concepts[key] = replace(concepts[key], weight=0.0)
    earlier = [f for f in figures if f is not value and EARLIER_VALUE_BEFORE.search(
        claim, max(0, f.start - EARLIER_REACH), f.start)]
    places = _setting(sentence) if sentence else frozenset()
    home = _setting(sentence, HOME, through_article=False) if sentence else frozenset()
    phrases = tuple(sorted({tuple(s.split()) for c in concepts.values() for s in c.stems
                            if " " in s and c.figure is None}))
    return Profile(
        fact=fact,
        places=places,
        setting=frozenset(i for i, key in enumerate(keys) if key in places | home),
        concepts=tuple(concepts.values()),
        phrases=phrases,
        phrase_words=frozenset(part for parts in phrases for part in parts),
        units=expand(unit_stems, groups) if unit_stems else frozenset(),
        context=frozenset(t.stem for w in fact.context for t in tokens(w)),
        exclude=frozenset(t.stem for w in fact.exclude for t in tokens(w)),
        claim_stems=frozenset(t.stem for t in claim_words),
        claim_words=claim_words,
        age=age,
        died=age and DIED.search(claim) is not None,
        tells_death=any(w.surface.lower() in DEATH_VERBS for w in claim_words),
        at_event=age and value is not None and (AT_AN_EVENT.match(claim, value.end) or (
            APPOSED_AT_EVENT.match(claim, value.end))) is not None,
        age_when=_age_when(claim) if age else "",
        scores=scores(claim, 0, len(claim), found),
        owner=frozenset(w.stem for w in subject_words(sentence, claim, value))
        if age and sentence and value else frozenset(),
        named=frozenset(w.stem for w in (sentence.tokens if sentence else ())
                        if w.name) | frozenset(w.stem for w in opening),
        subject=frozenset(w.stem for w in opening),
        actor=actor(sentence.words) if sentence else frozenset(),
        aside=aside_names(sentence.words) if sentence else frozenset(),
        name_pairs=name_pairs(sentence.words) if sentence else frozenset(),
        shared_names=_shared_names(sentence) if sentence else frozenset(),
        origin=measured_from(claim, value) if value else frozenset(),
        role_names=role_names(claim),
        owned=_owned(sentence) if sentence else None,
        extreme=next((w.surface.lower() for w in (sentence.words if sentence else ())
                      if w.surface.lower() in EXTREMES), ""),
        ceiling=value is not None and value.hedge == "at most",
        steps=legal_steps(claim_words) if fact.value.kind == "date" else frozenset(),
        held=value is not None and held(claim, value),
        times=value is not None and value.kind == "count" and value.unit == "time",
        nth=fact.value.kind == "count" and isinstance(fact.value.value, float | int)
        and claims_nth(claim, fact.value.value),
        difference=value is not None and is_difference(claim, value.start, value.end),
        earlier_event=_earlier_event(claim, earlier),
        names_class=CLASS_IN_CLAIM.search(claim) is not None,
        mark_before=MARK_BEFORE_NEWS.search(claim) is not None,
        lasting=_lasting_verbs(claim, figures),
        between=_between(claim, fact.value, value),
        between_sure=_between(claim, fact.value, value, surely=True),
        partitive=value is not None and _of_the_whole(claim, value) is not None,
        whole_nouns=_whole_nouns(claim, value) if value is not None else frozenset(),
        dates=tuple(f for f in figures if dated(f) and not same_figure(f, fact.value)),
        weekdays=_own_weekdays(claim, read, value) if fact.value.kind != "date" else frozenset(),
        head=_head_noun(sentence, claim, value) if sentence and value else frozenset(),
        lead=expand({w.stem for w in lead_words}, groups) if lead_words else frozenset(),
        then=(_verb_then(sentence, claim, value, groups) if sentence and value else frozenset()
              ) or _toll_words(fact.value.unit, groups) or (
            _befell(sentence, claim, value, groups)
            if sentence and value and fact.value.unit in MERE_PEOPLE else frozenset()),
        opens=bool(sentence and value and _opens_clause(sentence, claim, value)),
        rate=value is not None and RATE.search(clause_after(claim, value.end)) is not None,
        hits=value is not None and hit_verb(claim, value.start, value.end),
        roles=_other_roles(sentence, value) if sentence and value else frozenset(),
        modifier=bool(sentence and value and attributive_count(
            value, next((w for w in sentence.words if w.start >= value.end), None))),
        measured=expand({w.stem for w in measured_words(sentence, value)
                         + _scored_by(sentence, claim, value)}, groups)
        if sentence and value and not age and value.kind in ("measure", "duration")
        else frozenset(),
        modified=expand({w.stem for w in _modified_phrase(sentence, value)}, groups)
        if sentence and value and not age else frozenset(),
        others_modify=_others_modify(sentence, figures, fact.value, ages, groups)
        if sentence and value and not age else frozenset(),
        version=version_of(claim),
        parts=frozenset(part_name(m) for m in PART.finditer(claim)),
        whole_part=ALL.search(claim) is not None,
        others=CLAIMS_OTHERS.search(claim) is not None,
        added=_adds(claim, value) or (value is not None and (
            ADDED.search(value.text) is not None or ADDITION_BEFORE.search(
                claim, max(0, value.start - ADDITION_REACH), value.start) is not None)),
        counted_of=expand({t.stem for t in counted_of(claim, value)}, groups) if value
        else frozenset(),
        kind_words=_kind_words(value or fact.value),
        earlier=frozenset(f.text for f in earlier),
        reference=reference if value is not None and value.kind in ("date", "duration")
        else frozenset(),
        cause=_cause(sentence, claim, value, keys)
        if sentence and value is not None and value.kind == "date" else frozenset(),
        whole=_clause_only(sentence, claim, SHARE_OF, keys) if sentence
        else frozenset(),
        several_days=several_days,
        one_day=not several_days and any(
            q.kind == "date" and q.precision in ("day", "weekday") for q in read),
        acts=_clause_only(sentence, claim, ROLE_CLAUSE, keys, value.end)
        if sentence and value and fact.value.kind == "count" and _other_roles(sentence, value)
        else frozenset(),
    )


#: How many words after "of the" name the whole a claim's figure is a part of.
WHOLE_WORDS = 3


def _lead_words(sentence: Sentence, claim: str, value: Quantity) -> list[Token]:
    """The claim's word right before its figure, in the figure's clause: "arrested 46
    people", not the "city" of "In Thessaloniki, Greece's second city, 20,000 marched",
    nor a word that only adds the figure to others ("another 20,000 people marched")."""
    before = word_before(sentence, value.start)
    if before and (any(mark in claim[before[-1].start:value.start] for mark in ",;:()—")
                   or before[-1].surface.lower() in ADDING_WORDS):
        return []
    return before


def _done_to_them(lead: list[Token]) -> set[str]:
    """A regular past verb right before a claim's counted figure (its last `lead` word)
    names the things as what was done to them: "blocked six shots" counts blocks too
    ("six swats", "six blocks"), "arrested 46 people" arrests."""
    return {w.stem for w in lead[-1:] if w.surface.lower().endswith("ed")
            and tense_of(w.surface.lower()) == "past"}


def _opens_clause(sentence: Sentence, claim: str, value: Quantity) -> bool:
    """Whether a claim's figure opens its clause, no content word before it there ("Three
    employees died", "In Athens, three employees died"; not "Kimani Gray had four prior
    arrests")."""
    start = max(claim.rfind(mark, 0, value.start) for mark in ",;:") + 1
    return not any(w.content for w in sentence.words if start <= w.start < value.start)


def _head_noun(sentence: Sentence, claim: str, value: Quantity) -> frozenset[str]:
    """The noun a claim's figure is said of through a copula or "had" ("Buford's scoring
    record, which McDermott broke, stood at 2,116 points": record; "the crime family had
    about 200 made members": family), which an article may write as "a record of 2,106"
    or "the family's 200 soldiers"."""
    first, _ = word_span(sentence, value.start, value.end)
    verb = next((w for w in reversed(sentence.words[max(0, first - 2):first])
                 if w.surface.lower() in COPULAS), None)
    if verb is None:
        return frozenset()
    aside = relative_aside(sentence.words)
    subject = [w for w in sentence.words[:verb.index] if w.index not in aside]
    if not subject or not subject[-1].content or not subject[-1].surface.islower():
        return frozenset()
    return frozenset({subject[-1].stem})


#: Verbs that give their subject a figure: "the record stood at 2,116 points".
COPULAS = frozenset("is was were are stood stands totalled totaled numbered had has have"
                    .split())


def _claim_weight(token: Token, span: tuple[int, int] | None) -> float:
    """A claim word's weight: the nearer its figure, the more it tells."""
    near = weight(word_distance(token.index, *span)) if span else 1.0
    return CLAIM_FLOOR + (1 - CLAIM_FLOOR) * near


def _whole_nouns(claim: str, value: Quantity) -> frozenset[str]:
    """The words of the whole a claim's count is a part of, up to its first function
    word: "Three of the bullets that struck Kimani Gray" → bullets; "seven of the police
    officers' bullets" → police, officers, bullets. Empty when the count is no part."""
    start = _of_the_whole(claim, value)
    if start is None:
        # a time's too: "the last five years of his department career"
        return _owner_of_the_place(claim) if value.kind == "duration" else frozenset()
    nouns: list[str] = []
    for word in claim[start:].split()[:WHOLE_WORDS]:
        content = [t.stem for t in tokens(word) if not t.surface[:1].isdigit()]
        if not content and nouns:
            break  # "the victims were children": the whole ends before "were"
        nouns += content + [stem(singular(t.surface.lower())) for t in tokens(word)
                            if t.content and not t.surface[:1].isdigit()]  # children: child
    return frozenset(nouns)


def _own_weekdays(claim: str, read: Sequence[Quantity], value: Quantity | None
                  ) -> frozenset[int]:
    """The weekdays a claim sets its own figure on, not those in the clause of another of
    its figures: "About 200 people gathered at the Wednesday night vigil ..., up from the
    crowd of about 100 at Monday's vigil" sets its 200 on Wednesday only."""
    others = [q for q in read if q.kind != "date" and (
        value is None or (q.start, q.end) != (value.start, value.end))]
    days = set()
    for quantity in read:
        day = weekday_of(quantity)
        if day is not None and not (value is not None and not _one_clause(
                claim, value, quantity) and any(_one_clause(claim, o, quantity) for o in others)):
            days.add(day)
    return frozenset(days)


def _one_clause(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two figures stand in one clause, nothing that ends one between them."""
    first, second = sorted((a, b), key=lambda q: q.start)
    return CLAUSE_END.search(text, first.end, max(first.end, second.start)) is None


def _earlier_event(claim: str, earlier: Sequence[Quantity]) -> bool:
    """Whether a claim tells of an event before the news ("The earlier shooting"), not
    of an earlier value of its own figure ("up from an earlier police count of 12")."""
    return any(not any(0 <= f.start - found.start() <= EARLIER_REACH for f in earlier)
               for found in EARLIER_EVENT.finditer(claim))


def _of_the_whole(claim: str, value: Quantity) -> int | None:
    """Where the words of the whole a claim's count is a part of begin: after "three of
    the", or inside a count stated as none ("None of the other FLDS men"). None where the
    count is no part."""
    if value.kind == "count" and value.value == 0:
        nil = NIL_COUNT.match(claim, value.start)  # "None of the other FLDS men"
        return nil.end() if nil and nil.group("of") else None
    if not (partitive_part(claim, value) or time_part(claim, value)):
        return None
    found = PARTITIVE_AFTER.match(claim, value.end)
    return found.end() if found else None


def _owner_of_the_place(claim: str) -> frozenset[str]:
    """Where a claim's time was spent in a part of something a possessive names ("served
    in the Sheriff's Department's anti-gang unit for five years"), the owner's words:
    the whole the unit is part of, as "of his sheriff's department career" is. Not where
    the place is a name with its possessive ("the Sheriff's Department")."""
    found = OWNED_PLACE.search(claim)
    if found is None or found.group(2)[:1].isupper():
        return frozenset()  # "the Los Angeles County Sheriff's Department" is one name
    return frozenset(t.stem for t in tokens(found.group(1)) if t.content)


#: "in the Sheriff's Department's anti-gang unit", "in the fire department's arson
#: squad": the owner, up to its last possessive, before the place.
OWNED_PLACE = re.compile(r"\b(?:in|with|on)\s+(?:the\s+|its\s+|his\s+|her\s+)?"
                         r"((?:[A-Za-z-]+\s+){0,3}?(?:[A-Za-z-]+\s?['’]s?\s+)+)([A-Za-z-]+)")


#: After a count, words that make its noun one of another's: "31 fire trucks, emergency
#: vehicles and other pieces of equipment".
OTHERS_AFTER = re.compile(r"[^.;:()]{0,60}?\band\s+other\b")


def _one_count_of(figures: list[Quantity], value: Quantity) -> Quantity | None:
    """The claim's one count of the value's number under another noun: "A total of 31
    fire trucks and other pieces of firefighting equipment" for `31 pieces`; or its one
    bare number of a measure's: "revised the magnitude ... to 4.2" for `magnitude 4.2`."""
    same = [q for q in figures if q.kind == "count" and q.value == value.value
            and (value.kind == "count" or not q.unit)]
    return same[0] if len(same) == 1 else None


def _declared_age(claim: str, figure: Quantity, expected: Quantity) -> bool:
    """A bare number of the claim that its value declares in years is an age, however the
    claim writes it: "Gigante was 77 when he died", `77 years`. Not where the claim names
    an age ("the retirement age ... raised to 65"): that is a limit, nobody's age."""
    return (expected.kind == "duration" and expected.unit == "year" and bare_age_number(figure)
            and figure.value == expected.value and AGE_NAMED.search(claim) is None)


#: A legal step and the word that names what it is for: "convicted Warren Jeffs in
#: September 2007 of", "sentenced for", "charged with".
LEGAL_CAUSE = re.compile(
    r"(?i)\b(?:sentenced|convicted|charged|arrested|indicted|jailed|acquitted|found\s+guilty)"
    r"\b[^,;:.]*?\b(?:of|for|with)\b")


def _cause(sentence: Sentence, claim: str, value: Quantity, keys: list[str]
           ) -> frozenset[int]:
    """The concepts that name only the crime a dated legal step is for: "convicted Warren
    Jeffs in September 2007 of being an accomplice to rape for arranging an underage
    follower's marriage" dates the conviction, and the marriage is another event."""
    return _clause_only(sentence, claim, LEGAL_CAUSE, keys, 0)


def _describes(token: Token, counted: Quantity) -> bool:
    """Whether a word of the claim's count says which of its things it counts: "career"
    in "2,129 career points", "Russian" in "106,000 Russian troops"; not the number's
    words nor the noun, its last word."""
    return (counted.start <= token.start and token.start + len(token.surface) < counted.end
            and token.stem not in stems_of(PLAIN_DESCRIBERS) and token.surface.lower() != "one"
            and not find_quantities(token.surface))  # "two", "dozen": the number itself


#: Words that describe a count's things without saying which they are: "11 other men",
#: "six young men", "two more years".
PLAIN_DESCRIBERS = "other others more additional further extra total young old new"


def _counted_from(sentence: Sentence, claim: str, value: Quantity, keys: list[str]
                  ) -> frozenset[int]:
    """The concepts that name only the event a dated claim counts from: "arraigned on
    Wednesday, April 11, 2007, two days after the Troy office shooting" dates the
    arraignment, and the shooting is another event, with another day; so is the one a
    fronted clause names ("After beating Drake, Creighton was to play Indiana State ...
    on Saturday, March 9")."""
    fronted = COUNTED_FROM.match(claim)
    if fronted is not None:
        end = CLAUSE_END.search(claim, fronted.end())
        if end is not None and end.start() <= value.start:
            return _clause_only(sentence, claim, COUNTED_FROM, keys)
    return _clause_only(sentence, claim, COUNTED_FROM, keys, value.end)


def _clause_only(sentence: Sentence, claim: str, opener: re.Pattern[str], keys: list[str],
                 start: int = 0) -> frozenset[int]:
    """The concepts named only in the clause `opener` opens (from `start` on): the event
    a claim counts from, or the whole its figure is a share of."""
    after = opener.search(claim, start)
    if after is None:
        return frozenset()
    end = CLAUSE_END.search(claim, after.end())
    stop = end.start() if end else len(claim)
    inside = {t.stem for t in sentence.tokens if after.end() <= t.start < stop}
    outside = {t.stem for t in sentence.tokens if not after.start() <= t.start < stop}
    position = {key: i for i, key in enumerate(keys)}
    return frozenset(position[s] for s in inside - outside if s in position)


def _possessor_opening(sentence: Sentence) -> list[Token]:
    """The name a claim opens with as the possessor of its subject, after "The": "The
    Colts' game-winning drive ... covered 73 yards" tells the Colts' figure."""
    words = sentence.words
    if len(words) < 3 or words[0].surface != "The":
        return []
    name = list(itertools.takewhile(lambda w: w.surface[:1].isupper(), words[1:4]))
    following = words[len(name) + 1] if len(name) + 1 < len(words) else None
    if not name or following is None:
        return []
    owned = following.gap in ("'", "’") or possessive(name[-1])
    return name if owned else []


def _possessor_of_figure(sentence: Sentence) -> list[Token]:
    """The name in the possessive right before the claim's number: "The win over Kansas
    City was the Colts' 10th of the season" tells the Colts' figure, as an opening name
    would."""
    words = sentence.words
    for i, word in enumerate(words[1:], 1):
        if not any(ch.isdigit() for ch in word.gap):
            continue  # the words hold no digits: the number sits in the gap before one
        name: list[Token] = []
        j = i - 1
        while j >= 0 and words[j].name and (not name or words[j + 1].joined):
            name.insert(0, words[j])
            j -= 1
        if name and (word.gap[:1] in ("'", "’") or possessive(name[-1])):
            return name
        return []
    return []


def _modified_phrase(sentence: Sentence, value: Quantity) -> list[Token]:
    """The noun phrase a measure, a duration or a sum modifies ("an 86-yard touchdown
    run", "a 12-year racketeering sentence", "a €110 billion bailout"): its words up to a
    break, THING_WORDS at most."""
    if value.kind == "money":
        before = [w for w in sentence.words if w.start < value.start][-1:]
        if not before or before[0].surface.lower() not in ("a", "an"):
            return []  # "a €110 billion bailout", not "lent €110 billion to Greece"
    elif value.kind == "measure" and not ATTRIBUTIVE_COUNT.search(value.text):
        return _extent_subject(sentence, value)
    elif value.kind not in ("measure", "duration") or not ATTRIBUTIVE_COUNT.search(value.text):
        return []
    phrase: list[Token] = []
    for word in (w for w in sentence.words if w.start >= value.end):
        if not word.content or word.gap or len(phrase) == THING_WORDS:
            break
        phrase.append(word)
    return phrase


def version_of(claim: str) -> tuple[str, str]:
    """The generation the claim gives a named product, and the name: "Apple's
    next-generation MacBook Pro" is ("new", "MacBook Pro"), "the existing MacBook Air"
    ("old", "MacBook Air"); ("", "") where it gives none."""
    found = VERSIONED.search(claim)
    if found is None:
        return ("", "")
    side = "old" if found.group(1).lower() in OLD_VERSION else "new"
    return (side, found.group(2))


#: Words that set a product in its newer generation, and in its older one.
NEW_VERSION = ("next-generation", "next generation", "new", "newest", "latest",
               "redesigned", "upcoming")
OLD_VERSION = ("existing", "current", "old", "older", "previous", "original", "outgoing",
               "last-generation")
#: A generation word and the capitalised name after it: "next-generation MacBook Pro".
VERSIONED = re.compile(
    r"(?i:\b(" + "|".join(NEW_VERSION + OLD_VERSION) + r"))\s+"
    r"(?:\d+-inch\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")


def _adds(claim: str, value: Quantity | None) -> bool:
    """Whether a word of the claim makes its figure an addition ("three years were added
    to his prison sentence", "an extension of two years"). "added" right before the
    figure, with no "to" in its clause after it, takes the figure as what someone
    contributed: "Richard Carter added 12 points and four assists" scored them."""
    for found in ADDS.finditer(claim):
        if value is not None and not claim[found.end():value.start].strip() and (
                TO.search(clause_after(claim, value.end)) is None):
            continue
        return True
    return False


#: The word that sends an addition to what it adds to: "added three years to his term".
TO = re.compile(r"\bto\b")


def _others_modify(sentence: Sentence, figures: Sequence[Quantity], value: Quantity,
                   ages: set[int], groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """What the claim's other measures and spans modify and its figure does not: against
    226 yards rushed "including an 86-yard touchdown run", a run's yards are that other
    figure's kind of thing ("Charles' 80 - yard TD run ... two weeks ago")."""
    own: set[str] = set()
    others: set[str] = set()
    for figure in figures:
        if figure.kind not in ("measure", "duration") or figure.start in ages:
            continue
        words = {w.stem for w in _modified_phrase(sentence, figure)}
        (own if same_figure(figure, value) else others).update(words)
    return expand(others, groups) - expand(own, groups) if others else frozenset()


def _extent_subject(sentence: Sentence, value: Quantity) -> list[Token]:
    """The noun phrase whose extent a claim's measure gives through a verb of extent
    ("Jamaal Charles's touchdown run on the first play ... covered 86 yards"): the common
    nouns that open the subject after its names, THING_WORDS at most."""
    first, _ = word_span(sentence, value.start, value.end)
    if not first or sentence.words[first - 1].surface.lower() not in EXTENT_VERBS:
        return []
    phrase: list[Token] = []
    for word in sentence.words[:first - 1]:
        if word.surface[:1].isupper() or (not phrase and not word.content):
            continue  # the names and the article that open the subject
        if not word.content or len(phrase) == THING_WORDS:
            break
        phrase.append(word)
    return phrase


#: Verbs that give their subject's extent: "the run covered 86 yards".
EXTENT_VERBS = frozenset("covered covers spanned spans stretched stretches went traveled "
                         "travelled".split())


def _verb_then(sentence: Sentence, claim: str, value: Quantity,
               groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """The verb the claim's figure is the subject of, with its synonyms: "18 people were
    injured" tells what happened to them after the figure, as "arrested 46 people" before.
    A phrase after the figure may stand before the verb: "Two managers of the Gordon
    Advisors accounting firm in Troy were wounded", and a name set off in commas after it:
    "One of the three people he shot, receptionist Madeline Kafoury, was killed"."""
    verb = verb_after(sentence, value.end, claim) or _participle_after(sentence, claim, value)
    if verb is None and POSTMODIFIER.match(claim, value.end):
        aside = APPOSITIVE.match(claim, value.end)
        ends = aside.end() if aside else value.end + len(clause_after(claim, value.end))
        auxiliary = next((w for w in sentence.words if value.end < w.start < ends
                          and w.surface.lower() in AUXILIARIES), None)
        if auxiliary is not None:
            verb = verb_after(sentence, auxiliary.start, claim)
    return expand({verb.stem}, groups) if verb is not None else frozenset()


def _scored_by(sentence: Sentence, claim: str, value: Quantity) -> list[Token]:
    """What one play a claim's measure went into names what it measures: "ran 86 yards
    for a touchdown" is a touchdown's yards, not "226 yards rushing" in the game."""
    link = FOR_A.match(claim, value.end)
    if link is None:
        return []
    return [w for w in sentence.words if w.start >= link.end()][:1]


#: After a claim's measure, the one thing it went into: " for a touchdown".
FOR_A = re.compile(r"\s+for\s+an?\s+")


def _participle_after(sentence: Sentence, claim: str, value: Quantity) -> Token | None:
    """A past participle right after the figure, before a preposition, tells what befell
    what it counts even where a later verb tells what came next: "Four people hurt in the
    bank fire were treated in hospitals" counts the hurt; a past verb with no verb of
    its own clause after it is the verb itself ("20,000 people marched in Thessaloniki")."""
    after = next((w for w in sentence.words if w.start >= value.end), None)
    if after is None or claim[value.end:after.start].strip() or not PARTICIPLE_BEFORE.match(
            claim, after.start + len(after.surface)) or not MAIN_VERB_LATER.match(
            claim, after.start + len(after.surface)):
        return None
    lower = after.surface.lower()
    return after if lower not in AUXILIARIES and (
        tense_of(lower) == "past" or lower in IRREGULAR_PARTICIPLES) else None


#: After a participle, the preposition that opens its phrase: "hurt in the bank fire".
PARTICIPLE_BEFORE = re.compile(r"\s+(?:in|at|on|during|by|near|after|inside)\b")
#: The clause's own verb after a participle's phrase: " in the bank fire were".
MAIN_VERB_LATER = re.compile(r"(?:(?!\band\b)[^,;:.!?()])*?\s(?:were|was|are|is|had|have|has)\b")
#: Participles that look like the present: "people hurt in the fire".
IRREGULAR_PARTICIPLES = frozenset("hurt slain shot".split())


#: A phrase that may follow a claim's figure before its verb: "Two managers of the firm".
POSTMODIFIER = re.compile(r"\s+(?:of|from|at|in|with)\s")
#: The rest of a figure's phrase and a name set off in commas, up to the verb's
#: auxiliary: " of the three people he shot, receptionist Madeline Kafoury, was".
APPOSITIVE = re.compile(
    r"[^,;:.!?()]{0,80},[^,;:.!?()]{3,60},\s+(?:were|was|is|are|had|has|have)\b")


#: Verbs that say little alone: what they do to a count is in the words after it.
LIGHT_VERBS = frozenset("""take takes took taken taking make makes made making get gets got
    give gives gave given put puts set sets hold holds held send sends sent bring brings
    brought keep keeps kept""".split())


def _befell(sentence: Sentence, claim: str, value: Quantity,
            groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """What the words after a count of mere people in its clause say happened to them:
    after a light verb, all but names and other nouns for people ("Police took 46 people
    into custody after the vigil": custody); else only a toll's noun ("Two senior staff
    survived gunshot injuries": injuries)."""
    before = [w for w in sentence.words if w.start < value.start]
    light = bool(before) and before[-1].surface.lower() in LIGHT_VERBS
    clause = ROLE_CLAUSE.split(clause_after(claim, value.end), maxsplit=1)[0]
    _, people = people_nouns()
    words = [w for w in sentence.tokens
             if value.end <= w.start < value.end + len(clause) and not w.name]
    tolls = {w.stem for w in words if stem(singular(w.surface.lower())) in people_tolls()}
    if not light:  # else only a toll's noun: "Two senior staff survived gunshot injuries"
        return expand(tolls, groups) if tolls else frozenset()
    return expand({w.stem for w in words if singular(w.surface.lower()) not in people} | tolls,
                  groups)


def _toll_words(unit: str, groups: Sequence[frozenset[str]]) -> frozenset[str]:
    """What a toll's noun says happened, where no verb of the claim tells it: "made more
    than 50 arrests" needs an arrest, "deaths" a death, a killing, "died"..."""
    if unit in MERE_PEOPLE or stem(unit) not in people_tolls():
        return frozenset()
    return expand({stem(w) for w in unit.split()}, groups)


#: Prepositions that set someone in a place or body ("worked in", "served with"), not
#: those of what an act is against or about ("a strike against the government's cuts").
OWNER_PLACING = frozenset("in at with within inside into for on".split())


def _owned(sentence: Sentence) -> Owned | None:
    """The place or body a claim names after a placing preposition through a possessive
    chain of common nouns: "in the sheriff's department's anti-gang unit" is a unit
    (anti-gang, unit) of a department (sheriff, department). A subject's owner ("the
    company's chief said") is left alone, and so is what an act is against ("a strike
    against the government's austerity measures"). Nor is an owner the claim names on its
    own too ("Sheriff's deputies described the suspect sought in the deputy's killing")."""
    words = sentence.words
    for i, word in enumerate(words):
        if not (possessive(word) and word.surface.islower()):
            continue
        before = [w.surface.lower() for w in words[max(0, i - 2):i]]
        if not before or not (before[-1] in OWNER_PLACING or (
                len(before) == 2 and before[-1] in ARTICLES and before[0] in OWNER_PLACING)):
            continue
        j = i
        while j < len(words) and possessive(words[j]):
            j += 1
        thing = []
        while j < len(words) and words[j].content and not words[j].gap:
            thing.append(words[j])
            j += 1
        if thing:
            owners = words[i:j - len(thing)]
            if any(same_word(w.stem, o.stem) for w in words if w not in owners
                   for o in owners if o.content):
                continue  # "Sheriff's deputies described ... the deputy's killing": its own
            named = " ".join(w.surface for w in owners)
            return Owned(frozenset(w.stem for w in owners), frozenset(w.stem for w in thing),
                         named[:-2], " ".join(w.surface for w in thing))
    return None


def _offsets(claim: str, expected: Quantity) -> list[tuple[int, int]]:
    """The spans of the durations that place an event from another ("two days after the
    shooting"), the value's aside: no figure to `find_quantities`, and no words either,
    since "two" in "injured two others" says nothing of an arraignment two days later."""
    return [(q.start, q.end) for q in _offset_durations(claim)
            if q.kind == "duration" and not same_figure(q, expected)]


def _offset_durations(claim: str) -> Iterator[Quantity]:
    """The figure before each word that makes it an offset ("six years after"), which
    `find_quantities` reads as a point in time, not a figure, in the whole claim."""
    for offset in BETWEEN_AFTER.finditer(claim):
        found = find_quantities(claim[:offset.start()])
        if found and found[-1].end == offset.start():
            yield found[-1]


def _between(claim: str, expected: Quantity, value: Quantity | None,
             surely: bool = False) -> bool:
    """Whether the claim gives its duration as the time between two events (`surely`: by
    words that say so alone, see `time_between`). Written as an offset ("six years after
    a jury convicted him") it is a point in time to `find_quantities`, so it is looked
    for before each word that makes one."""
    if value is not None:
        return time_between(claim, value, surely)
    if expected.kind != "duration":
        return False
    return any(same_figure(q, expected) and time_between(claim, q, surely)
               for q in _offset_durations(claim))


#: Words that open a clause of the claim about other actors ("died when protesters threw").
ROLE_BREAKS = frozenset("when while after before because as".split())
ROLE_CLAUSE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(ROLE_BREAKS))})\b")


def _other_roles(sentence: Sentence, value: Quantity) -> frozenset[str]:
    """The people a claim names in a later clause, after its figure's: "Three employees
    ... died when protesters threw petrol bombs" counts employees, and its protesters are
    someone else. An apposition is the figure's own ("Two men, the firm partners")."""
    _, last = word_span(sentence, value.start, value.end)
    _, nouns = people_nouns()
    after = [w for w in sentence.words if w.index > last]
    opened = next((i for i, w in enumerate(after) if w.surface.lower() in ROLE_BREAKS), None)
    if opened is None:
        return frozenset()
    return frozenset(w.stem for w in after[opened + 1:] if singular(w.surface.lower()) in nouns)


#: Prepositions that place what a claim tells: "on East 52nd Street in East Flatbush".
PLACING = frozenset("in on at near inside outside".split())
#: The preposition that tells where a claim's people are from.
HOME = frozenset({"from"})


def _shared_names(sentence: Sentence) -> frozenset[str]:
    """The name words that stand in two of the claim's names: "Lopez" in "Kristian Lopez,
    Andrew Lopez's half-brother". Alone, such a word does not say which one is meant."""
    runs: list[set[str]] = []
    previous = None
    for word in sentence.words:
        if word.name or (word.content and word.surface[:1].isupper() and word.index == 0):
            if previous is None or previous.index != word.index - 1 or not word.joined:
                runs.append(set())
            runs[-1].add(word.stem)
            previous = word
    seen: Counter[str] = Counter(s for run in runs for s in run)
    return frozenset(s for s, n in seen.items() if n > 1)


#: Common nouns of a place that a claim may set its event at before naming where.
STREET_NOUNS = frozenset("street road avenue block corner sidewalk neighborhood "
                         "neighbourhood".split())


def _setting(sentence: Sentence, placing: frozenset[str] = PLACING, *,
             through_article: bool = True) -> frozenset[str]:
    """The stems of the names a claim places its event at: the run of names (through
    commas, "Troy, Michigan") after a PLACING preposition and an article, or a street
    noun there ("on a street in East Flatbush"). The whole story happens there, on every
    one of its days; so it does where its people are from (HOME, no article between:
    "a 16-year-old from East Flatbush"), though that places no event ("gunfire from a
    Brownsville rooftop" names a rooftop)."""
    words = sentence.words
    found: set[str] = set()
    for i, word in enumerate(words):
        if word.surface.lower() not in placing:
            continue
        run = words[i + 1:]
        if run and run[0].surface.lower() in ARTICLES:
            if not through_article:
                continue
            run = run[1:]
        if run and run[0].surface.lower() in STREET_NOUNS:
            found.add(run[0].stem)  # "on a street in East Flatbush": the street too
            continue
        for j, name in enumerate(run):
            ordinal = name.gap.isdigit()  # "52nd Street": "nd" after the digits
            if not (name.name or ordinal) or (j and not ordinal and name.gap not in ("", ",")):
                break
            found.add(name.stem)
    return frozenset(found)


def phrase_concepts(prof: Profile, token: Token, sentence: Sentence) -> tuple[int, ...]:
    """The concepts a synonym phrase the text writes stands for, found at any of its words
    that is a content word: "pulled over" for a claim's "halt", "passed away" for its
    "died", "on the ground" (at "ground") for its "rushed"."""
    for parts in prof.phrases:
        for k, part in enumerate(parts):
            if part == token.stem and token.index >= k and writes_phrase(
                    sentence.words, token.index - k, parts):
                return prof.concepts_of(" ".join(parts))
    return ()


def with_unit_weight(prof: Profile, facts: Sequence[Fact]) -> Profile:
    """A measure's unit is evidence as far as it is the fact's alone: "inches" in a story
    where only the thickness is in inches counts fully; "GB" shared by storage and memory
    counts half. Dates and counts (whose noun already counts) get nothing here."""
    value = prof.fact.value
    if value.kind not in ("measure", "duration"):
        return prof
    sharing = sum(1 for f in facts if f.value.kind in ("measure", "duration")
                  and convert(1.0, f.value.unit, value.unit) is not None)
    return replace(prof, unit_weight=UNIT_WEIGHT / max(sharing, 1))


def own_concepts(prof: Profile, lexicon: Lexicon, anywhere: bool = False) -> frozenset[int]:
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


def _kind_words(value: Quantity) -> frozenset[str]:
    """The stems of the words a claim's count writes between its number and its noun,
    which tell what kind it counts: "two Thunderbolt ports", "11 other FLDS men"."""
    if value.kind != "count" or not value.unit:
        return frozenset()
    return frozenset(w.stem for w in kind_tokens(value) if w.content)
