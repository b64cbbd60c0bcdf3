"""Scoring and assignment: each figure scored against each fact, and given to one or none."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from checks.compare import compare, convert
from checks.facts import Fact
from checks.matching.attachment import Window, figure_window
from checks.matching.echoes import ECHO_WEIGHT
from checks.matching.evidence import (
    Background,
    concept_support,
    country_concepts,
    unit_as_written,
    what_it_counts,
)
from checks.matching.figures import (
    agreement,
    counted_day,
    figure_gap,
    kinds_agree,
    of_the_week,
    overlap,
)
from checks.matching.phrases import DATE_LINKS, LASTING_BEFORE, reports
from checks.matching.profiles import (
    UNIT_WEIGHT,
    Lexicon,
    Profile,
    own_concepts,
    profile,
    with_unit_weight,
)
from checks.matching.reading import (
    Reading,
    date_of_noun,
    dated_noun,
    dated_verb,
    ordinals_read,
    past_verb,
    placed_event,
    spans_back,
    verb_object,
)
from checks.matching.sentences import Token, stem, synonym_groups, tokens
from checks.matching.timing import named_weekday
from checks.matching.vetoes import RIVAL_VETOES, first_veto, noun_missing
from checks.quantities import WEEKDAYS, Quantity, singular

#: Score a candidate needs to count as a mention (a distinctive word next to the figure
#: scores 1).
THRESHOLD = 1.2
#: The score a mention the fact disagrees with needs (it would fail the check).
FAIL_THRESHOLD = 1.5
#: Distinct concepts a mention must share with its fact.
MIN_CONCEPTS = 2
#: A concept whose weight falls below this is too faint to count towards MIN_CONCEPTS.
FAINT = 0.25
#: Why a weekday that shares only the claim's places is vetoed (see `_told`); a sentence
#: that states another fact of the event lifts it (`_dating`).
SETTING_ONLY = "where it happened, not what happened that day"
#: Candidates scoring at least this share of THRESHOLD are reported as near misses.
NEAR_SHARE = 0.5
#: Two facts whose scores for a figure are this close (share of the best) tie: the figure
#: is ambiguous and goes to neither.
TIE_MARGIN = 0.15
#: How a near miss says its figure tied between facts (the report counts such ties).
AMBIGUOUS = "ambiguous between "
#: A tie with no agreeing fact goes to the nearest fact when its gap is this share or less
#: of the next one's.
NEAREST_SHARE = 0.5


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
        FAIL_THRESHOLD, since a failure for nothing costs an editor more than a miss. One
        concept is enough for a figure that agrees with the fact's when the evidence
        reaches FAIL_THRESHOLD: such a mention can only pass its check. Not for a
        duration, durations being everywhere ("It lasted 50 minutes" alone is any
        meeting's)."""
        bar = FAIL_THRESHOLD if self.disagrees else THRESHOLD
        if self.score < bar:
            return False
        return len(self.shared) >= MIN_CONCEPTS or (
            not self.disagrees and len(self.shared) == 1 and self.score >= FAIL_THRESHOLD
            and self.quantity.kind != "duration" and agreement(self.fact, self.quantity) > 0)

    @property
    def rival(self) -> bool:
        """A candidate that competes for the figure: a mention, or one its words would make
        a mention but its figure is far from the fact's (see `far_off`) or one choice
        within the most the claim states (`within_the_ceiling`)."""
        return self.worded and (not self.veto or self.veto.startswith(RIVAL_VETOES))

    def reason(self) -> str:
        text = "shares: " + (", ".join(self.shared) if self.shared else "nothing")
        text += f"; score {self.score:.2f}"
        return f"{text}; {self.veto}" if self.veto else text


@dataclass
class Matches:
    """Per fact id: the mentions that speak of it and the near misses."""

    mentions: dict[str, list[Candidate]] = field(default_factory=dict)
    near_misses: dict[str, list[Candidate]] = field(default_factory=dict)


def evaluate(prof: Profile, reading: Reading, index: int, background: Background,
             window: Window | None = None, echo: str = "") -> Candidate:
    """Score one quantity of the article as a mention of the fact; `echo` names another
    article that states the fact in the same words around its figure (see echoes.py)."""
    quantity = reading.quantities[index]
    position = reading.sentence_of[index]
    window = window if window is not None else figure_window(reading, index)
    missing = noun_missing(prof, reading, index)
    shared, window = what_it_counts(prof, reading, index, window, missing)
    shared += concept_support(prof, window, reading, index, background)
    agrees = agreement(prof.fact, quantity)
    shared += _dating_words(prof, reading, index, shared, agrees)
    shared += _lasting_words(prof, reading, index)
    noun = reading.once(dated_noun, index)
    if agrees:
        shared.append(("the same figure", agrees))
        if noun is not None and prof.concepts_of(noun.stem):
            shared.append((f"dates the {noun.surface}", DATED_NOUN_WEIGHT))
    if echo:
        shared.append((f"worded as in {echo}", ECHO_WEIGHT))
    if prof.unit_weight and not prof.units:
        # A unit adds to the score. A physical measure's unit that is the fact's alone
        # in the story ("pounds" where only the weight is a mass) is a concept as a
        # count's noun is; a duration's never is, durations being everywhere ("The
        # meeting lasted 90 minutes" is no mention of a 50-minute call).
        shared.append((f"unit {unit_as_written(quantity)}", prof.unit_weight))
    score = sum(w for _, w in shared)
    own_unit = prof.fact.value.kind == "measure" and prof.unit_weight >= UNIT_WEIGHT
    counted = tuple(label for label, w in shared
                    if w >= FAINT and (own_unit or not label.startswith("unit ")))
    return Candidate(prof.fact, quantity, position, round(score, 3), counted,
                     first_veto(prof, reading, index, missing, bool(echo)) or _only_one_part_named(
                         prof, counted, _told(prof, quantity, noun, bool(agrees))),
                     _disagrees(prof.fact, quantity, score, agrees))


def _told(prof: Profile, quantity: Quantity, noun: Token | None, agrees: bool) -> bool:
    """Whether a date tells more than the story's setting: it agrees, it names its day
    outright ("October 20, 2011"), or it modifies the claim's noun ("the Wednesday
    morning shootings"). A weekday beside the claim's places alone is any day of the
    story there ("a riot on the streets of East Flatbush Monday"), as is a day counted
    from another ("an attack at a Hawaiian Gardens home four days earlier") and a year
    alone ("a summit meeting of New York City mob leaders in 1988")."""
    if agrees or not (of_the_week(quantity) or counted_day(quantity)
                      or quantity.precision == "year"):
        return True
    return noun is not None and any(
        prof.concepts_of(s) for s in (noun.stem, stem(singular(noun.surface.lower()))))


def _names_only_beside(result: Matches, profiles: Sequence[Profile]) -> None:
    """A figure that shares nothing with the claim but its names ("Jamaal Charles rushed
    for 226 yards" against "Jamaal Charles ran 86 yards for a touchdown"), in an article
    that states the fact elsewhere with a word of what the claim tells ("an 86 yard
    rushing touchdown"), tells something else of them: it becomes a near miss. Alone, it
    may still be the article's only, wrong, statement of the fact."""
    for prof in profiles:
        mentions = result.mentions[prof.fact.id]
        if not any(not m.disagrees and not _only_names(prof, m) for m in mentions):
            continue
        others = [m for m in mentions if m.disagrees and _only_names(prof, m)]
        for mention in others:
            mentions.remove(mention)
            named = ", ".join(label for label in mention.shared if not label.startswith("unit "))
            result.near_misses[prof.fact.id].append(replace(
                mention, veto=f"names only: {named}; the article states the fact elsewhere"))


def _only_names(prof: Profile, mention: Candidate) -> bool:
    """Whether a mention shares nothing with its claim but names (and the unit)."""
    labels = [label for label in mention.shared if not label.startswith("unit ")]
    return bool(labels) and all(stem(label) in prof.named for label in labels)


def _only_one_part_named(prof: Profile, counted: tuple[str, ...], told: bool) -> str:
    """Words that name only the whole a claim's figure is a share of ("its share of the
    EU-IMF bailout") speak of the whole's own figure ("a 110 billion EU and IMF debt
    bailout"), and words only of what the claim's other actors did ("died when protesters
    threw petrol bombs") of those actors ("several dozen youths hurling petrol bombs"),
    when no other word of the claim stands with them; and a date that tells no more than
    the claim's places (`_told`) names no day of its event."""
    concepts = {label: set(prof.concepts_of(stem(label))
                           or country_concepts(prof, stem(label))) for label in counted}
    words = [label for label in counted if concepts[label]]
    parts = [(prof.whole, "of which the claim's figure is a share"),
             (prof.acts, "what the claim's other actors did")]
    if not told:
        parts.append((prof.setting, SETTING_ONLY))
    for clause, what in parts:
        if clause and words and all(concepts[w] <= clause for w in words):
            return f"names only the {', '.join(words)}, {what}"
    return ""


def _dating_words(prof: Profile, reading: Reading, index: int,
                  shared: list[tuple[str, float]], agrees: float) -> list[tuple[str, float]]:
    """A date right after the claim's past verb ("died Sunday in prison"), or after it and
    a place ("died in prison on Sunday") or the name the claim gives its object ("shot
    Gray on March 8"), or as the day of the noun for it ("Lopez's sentence date is May
    7"), dates the claim's event, whatever day it says, where the sentence
    shares another claim word as well or the date agrees: "met" alone ("Zelenskyy met
    Tuesday in Kyiv") is any meeting."""
    verb = reading.once(dated_verb, index)
    if verb is None and reading.quantities[index].kind == "date":
        verb = (reading.once(placed_event, index) or _verb_of_claims_name(prof, reading, index)
                or reading.once(date_of_noun, index))
    if verb is None or not any(past_verb(prof.concepts[c].label)
                               for c in prof.concepts_of(verb.stem)):
        return []
    if not agrees and not any(label != verb.surface and w >= FAINT for label, w in shared):
        return []
    return [(f"dates what {verb.surface}", DATED_VERB_WEIGHT)]


def _lasting_words(prof: Profile, reading: Reading, index: int) -> list[tuple[str, float]]:
    """A duration right after "for" and the past verb the claim's own duration stands
    after ("had been separated for about three weeks" for a claim "had been separated for
    about three weeks") is how long the claim's event went on: it counts as one more, as
    a date right after the claim's verb does. Not after another verb of the claim's:
    "jailed for 12 years" may be any of his terms."""
    quantity = reading.quantities[index]
    if quantity.kind != "duration":
        return []
    found = LASTING_BEFORE.search(reading.article.text, max(0, quantity.start - 30),
                                  quantity.start)
    if found is None or not past_verb(found.group(1)):
        return []
    claimed = {c for verb in prof.lasting for c in prof.concepts_of(verb)}
    if not claimed.intersection(prof.concepts_of(stem(found.group(1)))):
        return []
    return [(f"lasts what {found.group(1)}", DATED_VERB_WEIGHT)]


def _verb_of_claims_name(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The verb before a date and a name of the claim's: "fatally shot Gray on March 8"."""
    found = reading.once(verb_object, index)
    if found is None or not all(prof.says(w.stem) for w in found[1]):
        return None
    return found[0]


def _disagrees(fact: Fact, quantity: Quantity, score: float, agrees: float) -> bool:
    """A would-be mention whose check would fail: it must clear FAIL_THRESHOLD."""
    return (not agrees and score >= THRESHOLD
            and not compare(fact.value, quantity, fact.tolerance).consistent)


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
        profiles = [lexicon.add(with_unit_weight(profile(fact, groups), facts))
                    for fact in facts]
        self.profiles = [replace(p, own=own_concepts(p, lexicon),
                                 exclusive=own_concepts(p, lexicon, anywhere=True))
                         for p in profiles]
        self.background = background
        told = {p.key: _told_with(p, self.profiles, lexicon) for p in self.profiles
                if p.fact.value.kind == "date"}
        self.profiles = _events_dated(self.profiles, told)
        first = _story_from(self.profiles)
        self.profiles = [replace(p, story_from=first) for p in self.profiles]
        self.events = _events(self.profiles, told)
        self.weekdays = {p.fact.id: p.weekdays for p in self.profiles if p.weekdays}

    def match(self, reading: Reading, echoes: Mapping[int, Mapping[str, str]] | None = None
              ) -> Matches:
        """Assign each quantity of the article to at most one fact: the best it matches.

        Without a story-wide background, the article's own word frequencies are used.
        `echoes` gives, by figure, the facts other articles state in its words.
        """
        background = self.background or Background([reading])
        result = self._assigned(reading, background, echoes or {})
        ordinals = (reading.once(ordinals_read, -1)
                    if any(p.nth for p in self.profiles) else None)
        if ordinals is not None:
            # a claim that writes its figure as an ordinal ("his 11th point") is stated by
            # one too: its facts take the ordinals read as counts, every other fact not
            again = self._assigned(ordinals, background, {})
            for prof in self.profiles:
                if prof.nth:
                    result.mentions[prof.fact.id] = again.mentions[prof.fact.id]
                    result.near_misses[prof.fact.id] = again.near_misses[prof.fact.id]
        _names_only_beside(result, self.profiles)
        return result

    def _assigned(self, reading: Reading, background: Background,
                  echoes: Mapping[int, Mapping[str, str]]) -> Matches:
        """Each sentence's figures assigned to the facts they speak of (see `match`)."""
        result = Matches({f.id: [] for f in self.facts}, {f.id: [] for f in self.facts})
        spans = (reading.once(spans_back, -1)
                 if any(p.fact.value.kind == "duration" for p in self.profiles) else None)
        for indices in reading.in_sentence:
            ballots = [self._candidates(reading, index, background, echoes.get(index, {}), spans)
                       for index in indices]
            ballots = _dated_events(reading, ballots, self.events)
            ballots = _dated_otherwise(reading, ballots, self.events)
            ballots = [_day_in_force(reading, b, self.weekdays) for b in ballots]
            _assign_sentence([b for b in ballots if b], result, reading.article.text)
        return result

    def _candidates(self, reading: Reading, index: int, background: Background,
                    echoed: Mapping[str, str], spans: Reading | None = None
                    ) -> list[Candidate]:
        """The figure scored against every fact it could speak of; a date counted back
        ("two weeks ago") is scored as its span against the facts that give a span
        (`spans`, see `spans_back`)."""
        found = []
        for read in (reading, spans):
            if read is None or (read is spans and read.quantities[index] is
                                reading.quantities[index]):
                continue
            quantity = read.quantities[index]
            eligible = [p for p in self.profiles if kinds_agree(p.fact, quantity, p.units)]
            if eligible:
                window = figure_window(read, index)
                found += [evaluate(p, read, index, background, window,
                                   echoed.get(p.fact.id, "")) for p in eligible]
        return found


def match(reading: Reading, facts: Sequence[Fact],
          aliases: Mapping[str, Sequence[str]] | None = None,
          background: Background | None = None) -> Matches:
    """Match one article against facts (see Matcher, which a story should build once)."""
    return Matcher(facts, aliases, background).match(reading)


#: A claim that sets its figure at an event: "was serving ... when he died".
WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
#: Claim concepts a date fact must share with another fact to be the date of its event.
EVENT_CONCEPTS = 2
#: What a date gains from modifying the claim's word: "Sunday morning's earthquake".
DATED_NOUN_WEIGHT = 0.75
#: What a date gains from standing right after the claim's past verb: "died Monday".
DATED_VERB_WEIGHT = 0.75
#: What a date gains from standing in a sentence that states its event's other fact.
EVENT_WEIGHT = 1.25


def _events(profiles: Sequence[Profile], told: Mapping[int, set[int]]
            ) -> dict[str, frozenset[str]]:
    """For each date fact, the other facts of its event: those whose claims share at least
    EVENT_CONCEPTS of its words, one of them no name ("The shooting at Gordon Advisors in
    Troy took place on Monday" and "LaCalamita shot three people at the Gordon Advisors
    accounting firm in Troy"; Lopez's conviction and Lopez's shots share only Lopez). A
    count's noun is a word of its claim here ("killed by gunfire from a rooftop" and
    "fired 13 shots from the rooftop"). `told` gives them by key (see `_told_with`); an
    age is no event's."""
    return {profiles[d].fact.id: frozenset(profiles[k].fact.id for k in keys
                                           if not profiles[k].age)
            for d, keys in told.items()}


def _told_with(date: Profile, profiles: Sequence[Profile], lexicon: Lexicon) -> set[int]:
    """The keys of the facts of no date that tell a date fact's event (see `_events`).
    Not those that tell the event its claim counts from: "After beating Drake, Creighton
    was to play Indiana State in the tournament semifinals on Saturday" dates no figure
    of the Drake game, whose claims share "Creighton" and "tournament" with it."""
    shared: Counter[int] = Counter()
    acted: set[int] = set()  # facts sharing a word that is no name: what happened
    earlier: set[int] = set()  # facts of the event the claim counts from
    for i, concept in enumerate(date.concepts):
        if concept.figure is None:
            owners = {k for s in concept.stems for k in lexicon.facts_of(s)} | {
                p.key for p in profiles if p.units & concept.stems}
            if i in date.reference:
                earlier |= owners
                continue
            shared.update(owners)
            if concept.label[:1].islower():
                acted |= owners
    return {k for k, n in shared.items() if k != date.key and n >= EVENT_CONCEPTS
            and k in acted and k not in earlier and profiles[k].fact.value.kind != "date"
            and not _set_apart(date, profiles[k]) and not _another_day(date, profiles[k])}


def _events_dated(profiles: list[Profile], told: Mapping[int, set[int]]) -> list[Profile]:
    """A claim that ties its figure to an event it does not date ("was 55 when a Texas
    jury convicted him", "was serving a 12-year prison sentence ... when he died") learns
    the days other facts of the story give that event ("convicted Warren Jeffs on August
    4, 2011", "died ... on December 19, 2005"): see `_age_since` and `another_time`."""
    dated: dict[int, list[Quantity]] = {}
    for d, keys in told.items():
        for k in keys:
            dated.setdefault(k, []).append(profiles[d].fact.value)
    return [replace(p, event_days=tuple(dated[p.key])) if p.key in dated and not p.dates
            and (p.at_event or (not p.age and WHEN.search(p.fact.claim))) else p
            for p in profiles]


def _story_from(profiles: Sequence[Profile]) -> dt.date | None:
    """The first day the story's facts name, by their values or their claims' dates: news
    set wholly before it is background (see `timing.told_as_past`)."""
    days = [q.low for p in profiles for q in (p.fact.value, *p.dates)
            if q.kind == "date" and isinstance(q.low, dt.date) and q.year_known]
    return min(days, default=None)


def _another_day(date: Profile, other: Profile) -> bool:
    """A claim set on a day the date fact's is not tells another day's event: "Police
    made 46 arrests after the Wednesday night vigil" is no part of a Saturday shooting,
    though both name Kimani Gray, police and East Flatbush; nor is "In 1997 he was
    sentenced to 12 years" of his death in 2005."""
    low, high = date.fact.value.low, date.fact.value.high
    assert isinstance(low, dt.date) and isinstance(high, dt.date)
    if other.weekdays and low == high and low.weekday() not in other.weekdays:
        return True
    return bool(other.dates) and not any(overlap(d, date.fact.value) for d in other.dates)


def _set_apart(a: Profile, b: Profile) -> bool:
    """Two claims set at different places tell different events: "Zelenskyy met French
    and German officials in Kyiv" and "At the OSCE talks in Vienna, Ukraine said ...",
    though both speak of meetings, Russia and Ukraine."""
    return bool(a.places and b.places) and not a.places & b.places


def _dated_events(reading: Reading, ballots: list[list[Candidate]],
                  events: dict[str, frozenset[str]]) -> list[list[Candidate]]:
    """A date in a sentence that states another fact of its event dates that event:
    "A gunman shot three people at a suburban Detroit office building Wednesday morning"
    gives the shooting's date, though it shares few words with the date's claim, or only
    its places ("Three people died when an Athens bank went up in flames Friday").

    Where the sentence holds several dates, each dates the figures nearer it than any
    other date ("a Monday evening vigil ...; and another on Wednesday night, after which
    ... 46 arrests": the arrests are Wednesday's); a date that opens the sentence ("In
    April 2003, Gigante pleaded guilty ... in the 1990s, adding three years") dates all."""
    stated = {b[0].quantity.start: max(b, key=lambda c: c.score).fact.id for b in ballots
              if b and b[0].quantity.kind != "date" and b[0].quantity.unit
              and any(c.matches for c in b) and not _told_as_earlier(reading, b[0])}
    if not stated:
        return ballots
    dates = [b[0].quantity.start for b in ballots if b and b[0].quantity.kind == "date"]
    return [[_dating(c, events, _stated_near(reading, b[0], dates, stated))
             for c in b] if b and b[0].quantity.kind == "date" else b for b in ballots]


#: How a candidate notes the day an article last named before its figure.
TOLD_AFTER = "told after "


def _day_in_force(reading: Reading, candidates: list[Candidate],
                  weekdays: Mapping[str, frozenset[int]]) -> list[Candidate]:
    """Among facts that the words make rivals and that differ by the weekday their claims
    set them at ("arrested 46 people on Wednesday night", "one person on Monday night"),
    note the one whose day the article named last before the figure: a story moves on
    from day to day and names a day as it moves, so "police had taken 64 people into
    custody" after "on Wednesday ... the crowd became unruly" is Wednesday's. A day no
    competing claim names ("shot the teen late Saturday") moves nothing. The note breaks
    a tie (`_choose`) and adds no score."""
    days = {weekdays[c.fact.id] for c in candidates if c.rival and c.fact.id in weekdays}
    if len(days) < 2 or candidates[0].quantity.kind == "date":
        return candidates
    named = frozenset().union(*days)
    start = candidates[0].quantity.start
    last = next((d for q in reversed(reading.quantities) if q.start < start
                 and (d := named_weekday(q)) is not None and d in named), None)
    if last is None:
        return candidates
    label = TOLD_AFTER + next(name for name, d in WEEKDAYS.items() if d == last)
    return [replace(c, shared=(*c.shared, label))
            if c.rival and last in weekdays.get(c.fact.id, ()) else c for c in candidates]


#: Right before a figure, a verb in the past perfect: "he had been shot seven times".
PAST_PERFECT_BEFORE = re.compile(r"(?i)\bhad\s+(been\s+)?(\w+)\s+(?:\w+\s+)?$")


def _told_as_earlier(reading: Reading, candidate: Candidate) -> bool:
    """Whether a figure's verb is in the past perfect, before the time its sentence tells:
    "on Wednesday — the same day Gray's autopsy showed he had been shot seven times" dates
    the autopsy, not the shooting. After "had" alone, only a past verb ("had scored 20",
    not "had 10 rebounds", "had a career-high 14 points")."""
    start = candidate.quantity.start
    found = PAST_PERFECT_BEFORE.search(reading.article.text, max(0, start - 40), start)
    return found is not None and bool(found.group(1) or past_verb(found.group(2)))


def _dated_otherwise(reading: Reading, ballots: list[list[Candidate]],
                     events: dict[str, frozenset[str]]) -> list[list[Candidate]]:
    """A date that opens the sentence and is not its event's day sets the sentence's
    figures in another event: "In early March, a gunman shot and wounded three people at
    a printing facility" is no statement of an April shooting's toll. A sentence that
    reports ("On Tuesday, police said three people had been shot") may be dated by its
    report, and is left alone."""
    opening = [b for b in ballots if b and b[0].quantity.kind == "date"
               and _opens_sentence(reading, b[0])]
    if not opening or reports(reading.sentences[opening[0][0].sentence]):
        return ballots
    other = {f for c in opening[0]
             if not compare(c.fact.value, c.quantity, c.fact.tolerance).consistent
             for f in events.get(c.fact.id, ())}
    if not other:
        return ballots
    day = opening[0][0].quantity.text
    return [[replace(c, veto=c.veto or f"set on {day}, another day than its event's")
             if c.fact.id in other and c.quantity.kind != "date" else c for c in b]
            for b in ballots]


#: A word that opens a relative clause: a date after it dates that clause, not a figure
#: before it ("shooting three people at a firm where he was fired on Thursday").
RELATIVE_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose)\b", re.IGNORECASE)
#: Between two figures, a turn to a clause of its own: "He was jailed for 12 years, but it
#: took until 2003 for the Chin to admit his sham" (2003 dates no jailing).
CLAUSE_TURN = re.compile(r";|:\s|,\s*(?:but|yet|although|though|whereas|while)\b")
#: The most words between a relative word and a date for the date to be in its clause.
RELATIVE_REACH = 6


def _stated_near(reading: Reading, date: Candidate, dates: list[int],
                 stated: dict[int, str]) -> set[str]:
    """The facts a date of the sentence dates (see `_dated_events`)."""
    if _opens_sentence(reading, date):
        return set(stated.values())
    text = reading.article.text
    start = reading.sentences[date.sentence].start
    opened = {d: _clause_opened(text, start, d, [*dates, *stated]) for d in dates}
    return {fact for at, fact in stated.items()
            if min((d for d in dates if not at < opened[d] < d), key=lambda d: abs(d - at),
                   default=None) == date.quantity.start
            and not CLAUSE_TURN.search(text, *sorted((at, date.quantity.start)))}


def _clause_opened(text: str, start: int, at: int, figures: list[int]) -> int:
    """Where the relative clause a date stands in opens, if it is the clause's first
    figure, a few words in ("at an accounting firm where he was fired on Thursday"); -1
    if none does. Further on, the clause may have ended unseen."""
    opener = next(reversed(list(RELATIVE_CLAUSE.finditer(text, start, at))), None)
    if (opener is None or any(opener.start() < f < at for f in figures)
            or len(text[opener.end():at].split()) > RELATIVE_REACH):
        return -1
    return opener.start()


def _opens_sentence(reading: Reading, candidate: Candidate) -> bool:
    """"In April 2003, ...", "On Monday, ...", "In early March, ...": a date set before the
    sentence's clause."""
    text, date = reading.article.text, candidate.quantity
    before = [w for w in reading.sentences[candidate.sentence].words
              if w.start < date.start and w.surface.lower() not in DATE_LINKS]
    return (text[date.end:date.end + 1] == ","
            and all(not w.content for w in before) and len(before) <= 1)


def _dating(candidate: Candidate, events: dict[str, frozenset[str]], stated: set[str]
            ) -> Candidate:
    other = events.get(candidate.fact.id, frozenset()) & stated
    if candidate.quantity.kind != "date" or not other:
        return candidate
    score = candidate.score + EVENT_WEIGHT
    fact, quantity = candidate.fact, candidate.quantity
    disagrees = _disagrees(fact, quantity, score, agreement(fact, quantity))
    veto = "" if candidate.veto.endswith(SETTING_ONLY) else candidate.veto
    return replace(candidate, score=round(score, 3), disagrees=disagrees, veto=veto,
                   shared=(*candidate.shared, f"dates the {min(other)}"))


def _assign_sentence(ballots: list[list[Candidate]], result: Matches, text: str) -> None:
    """Give each figure of a sentence to its best fact, one figure per fact.

    A sentence states a fact once: where two of its figures would go to the same fact, the
    one with the stronger evidence keeps it and the other goes to its next best fact, or
    to none ("226 yards on 22 carries, including an 86-yard touchdown run": the run is
    the 86 yards, so the 226 is the rushing total). Figures choose strongest first. A
    conversion in brackets right after a mention ("2.38 pounds (1.08 kg)") states the
    fact again, and is checked as well.
    """
    taken: dict[str, Candidate] = {}
    for candidates in sorted(ballots, key=_strength):
        free = [c for c in candidates if c.fact.id not in taken
                or _converts(taken[c.fact.id].quantity, c.quantity, text)]
        chosen, note = _choose(free)
        if chosen is not None:
            taken[chosen.fact.id] = chosen
            result.mentions[chosen.fact.id].append(chosen)
        for candidate in candidates:
            if candidate is not chosen:
                _near_miss(candidate, chosen, note, taken.get(candidate.fact.id), result)


#: Between a measure and its conversion: an opening bracket, perhaps "about" or "or".
CONVERSION_GAP = re.compile(r"\s*\(\s*(?:(?:about|around|some|or|roughly)\s+)?")


def _converts(one: Quantity, other: Quantity, text: str) -> bool:
    """Whether of two measures or durations one, in brackets right after the other, gives
    it in another unit ("2.38 pounds (1.08 kg)", "a 12-year (144-month) sentence")."""
    first, second = (one, other) if one.end <= other.start else (other, one)
    return (first.kind == second.kind and first.kind in ("measure", "duration")
            and first.unit != second.unit
            and first.end <= second.start
            and CONVERSION_GAP.fullmatch(text, first.end, second.start) is not None
            and convert(1.0, second.unit, first.unit) is not None)


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
    dated = [c for c in tied if c.shared and c.shared[-1].startswith(TOLD_AFTER)]
    if len(dated) == 1 and not dated[0].veto:
        day = dated[0].shared[-1].removeprefix(TOLD_AFTER)
        return dated[0], f"tied with {rivals}; the article last named {day}"
    told = _told_apart(agreeing)
    if told is not None:
        word = _own_words(told, agreeing)[0]
        return told, f"tied with {rivals}; only {told.fact.id}'s claim has {word!r}"
    nearest = _nearest(tied) if not agreeing else None
    if nearest is not None:
        return nearest, f"tied with {rivals}; the figure is nearest {nearest.fact.id}'s"
    return None, f"{AMBIGUOUS}{rivals}"


def _told_apart(agreeing: list[Candidate]) -> Candidate | None:
    """Among facts of one value the figure agrees with, the only one with a word in the
    sentence that the others' claims lack: "Apple's new MacBook Pro line starts at $1,199"
    is the 13-inch Pro's price, not the 13-inch Air's, though both start at $1,199. Where
    several have such words, the only one with such a word inside the figure's own phrase:
    "USB 3, ... two Thunderbolt ports" are the Thunderbolt ports, not the USB ones."""
    apart = [(c, own) for c in agreeing if (own := _own_words(c, agreeing))]
    if len(apart) > 1:  # "two Thunderbolt ports" beside "USB 3": the figure's own words
        apart = [(c, own) for c, own in apart if any(
            re.search(rf"(?i)\b{re.escape(w)}\b", c.quantity.text) for w in own)]
    return apart[0][0] if len(apart) == 1 else None


def _own_words(candidate: Candidate, agreeing: list[Candidate]) -> tuple[str, ...]:
    """The single words a candidate shares with its claim that no other claim writes."""
    others = [{t.stem for t in tokens(c.fact.claim)} for c in agreeing if c is not candidate]
    return tuple(w for w in candidate.shared if w.isalpha()
                 and not any(stem(w) in words for words in others))


def _nearest(tied: list[Candidate]) -> Candidate | None:
    """Among tied facts the figure agrees with none of, the one whose figure it is nearest,
    when it is clearly nearer (half the gap or less) than any other: a wrong figure stays
    closer to the fact it misstates than to another fact ("five people shot" where three
    were shot and one killed; "Sunday" for a Friday killing, not a verdict years later)."""
    if any(c.veto for c in tied):
        return None
    gaps = sorted(((g, i) for i, c in enumerate(tied)
                   if (g := figure_gap(c.fact, c.quantity)) is not None), key=lambda x: x[0])
    if len(gaps) != len(tied) or gaps[0][0] > NEAREST_SHARE * gaps[1][0]:
        return None
    return tied[gaps[0][1]]
