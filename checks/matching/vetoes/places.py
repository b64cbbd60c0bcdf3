"""Vetoes for a figure set or measured in another place than the claim's."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from checks.compare import compare, convert, dimensions
from checks.matching.figures import agreement
from checks.matching.phrases import (
    ATTRIBUTIVE_COUNT,
    reports,
    verb_like,
    word_before,
)
from checks.matching.profiles import Profile
from checks.matching.reading import (
    Reading,
    apposed_place,
    figure_origin,
    past_verb,
    phrase_of,
    spanned_noun,
    thing_after,
)
from checks.matching.sentences import (
    Sentence,
    Token,
    people_nouns,
    same_word,
    stem,
    tokens,
)
from checks.quantities import Quantity, singular
from checks.quantities.patterns import MONTH_NAMES
from checks.quantities.periods import day_of_the_week


def measured_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
    """A distance measured from another place than the claim's is another distance: "13
    miles east of Cloverdale" says nothing of "23 miles north of Santa Rosa". So is the
    distance of a place the claim does not name, set in apposition to it: "a motorist in
    Flint, about 50 miles north of here" is no distance of the Troy office building."""
    apposed = reading.once(apposed_place, index)
    if apposed and not any(prof.says(w.stem) for w in apposed):
        return "the distance of " + " ".join(w.surface for w in apposed)
    if not prof.origin:
        return ""
    place = reading.once(figure_origin, index)
    if not place or any(same_word(p, o) for p in place for o in prof.origin):
        return ""
    return "measured from " + ", ".join(sorted(place))


#: Words after "a" that mark another thing of a kind ("A smaller earthquake", "an earlier
#: strike"), and after "the" the one before the claim's ("The previous 13-inch Air").
OTHER_MARKS = "smaller|larger|bigger|stronger|weaker|earlier|later|previous|prior|separate|similar"
EARLIER_MARKS = "previous|prior|earlier|former"
_YEAR = r"(?:1[89]|20)\d\d"
#: Before a figure in its clause, another thing of a kind: "A smaller earthquake near The
#: Geysers", "Another quake", "A 2006 earthquake", "an earlier strike", and with "the" the
#: one before the claim's: "The previous 13-inch Air", "The 2003 hardware store fire".
ANOTHER_OF_A_KIND = re.compile(
    rf"\b(?:(?:[Aa]n?)\s+({OTHER_MARKS}|second|{_YEAR})|[Aa]nother"
    rf"|[Tt]he\s+({EARLIER_MARKS}|{_YEAR}))"
    r"((?:\s+[A-Za-z0-9][\w.'’-]*){1,3})[^;:()—–]*$")

#: Right before a figure joined to the noun after it, the same marks but "another" and "a
#: second" (which add to the claim's own: "That brought him another three-year
#: sentence"), or an indefinite article whose noun goes on with "also": "A smaller
#: 40,000-square-foot building", "A 3.1-magnitude quake also shook Ukiah" (see
#: `_another_named`).
ANOTHER_JUST_BEFORE = re.compile(
    rf"\b(?:(?:[Aa]n?)\s+({OTHER_MARKS})|[Tt]he\s+({EARLIER_MARKS})|([Aa]n?))\s+$")
#: After the noun of an indefinite figure, the word that makes it another of its kind.
ALSO = frozenset({"also"})

#: Words that end the name of the thing "the previous ..." introduces: "The previous
#: MacBook Pro was".
NAME_ENDS = frozenset("""was is were are had has have did does will would could can
    of in on at to for with from by and or as that which who""".split())


def another_of_its_kind(prof: Profile, reading: Reading, index: int) -> str:
    """A figure told of another thing of the claim's kind, introduced as such in its
    clause ("A smaller earthquake near The Geysers struck at a depth of 1.4 miles",
    "Another quake", "A 2006 earthquake", "The previous MacBook Pro was 0.95 inches
    thick"), is that thing's: it may agree, never fail. A year names another only where
    it is not the article's, and "the previous" only where the claim's is no earlier one."""
    quantity = reading.quantities[index]
    if quantity.kind == "date":
        return ""
    found = reading.once(_another_named, index)
    if found is None or agreement(prof.fact, quantity):
        return ""
    marker, nouns = found
    if marker in prof.fact.claim.lower():  # its stem or its year, as the claim writes it
        return ""  # "The previous record was 2,116 points": the earlier one is the claim's
    for noun in nouns:
        if prof.says(stem(noun)) or prof.concepts_of(stem(noun)):
            return f"another {noun}"  # the claim's noun or a synonym: "quake", "earthquake"
    return ""


def _another_named(reading: Reading, index: int) -> tuple[str, tuple[str, ...]] | None:
    """The word that marks another thing of a kind before a figure in its clause, and the
    words that may name that thing (see `another_of_its_kind`): the word after "a
    smaller" or "another", the words of the name after "the previous"; worked out once
    per figure."""
    quantity, text = reading.quantities[index], reading.article.text
    opening = reading.sentences[reading.sentence_of[index]].start
    found = ANOTHER_OF_A_KIND.search(text, opening, quantity.start)
    if found is None:
        return _another_joined(reading, index)
    marker = (found.group(1) or found.group(2) or "another").lower()
    published = reading.article.date
    if marker.isdigit() and published and int(marker) == published.year:
        return None  # "A 2009 earthquake" in a 2009 article may be the news's own
    words = found.group(3).split()
    if found.group(2) is None:
        return stem(marker), tuple(words[:1])
    named = []
    for word in words:
        if word.lower() in NAME_ENDS:
            break
        named.append(word)
    return stem(marker), tuple(named)


def _another_joined(reading: Reading, index: int) -> tuple[str, tuple[str, ...]] | None:
    """As `_another_named`, for a figure joined to the noun after it, the mark right before
    the figure ("A smaller 40,000-square-foot building"); a bare "a" marks another only
    where "also" follows its noun ("A 3.1-magnitude quake also shook Ukiah"): a story's
    own quake may come in as "A 4.2-magnitude quake"."""
    quantity, text = reading.quantities[index], reading.article.text
    opening = reading.sentences[reading.sentence_of[index]].start
    found = ANOTHER_JUST_BEFORE.search(text, max(opening, quantity.start - 20), quantity.start)
    nouns = reading.once(thing_after, index) if found is not None else []
    if not nouns:
        return None
    if found.group(3) is not None:  # type: ignore[union-attr]
        words = reading.sentences[reading.sentence_of[index]].words
        after = nouns[-1].index + 1
        if after >= len(words) or words[after].surface.lower() not in ALSO:
            return None
        return "also", tuple(w.surface for w in nouns)
    marker = next(g for g in found.groups() if g)  # type: ignore[union-attr]
    return stem(marker.lower()), tuple(w.surface for w in nouns)


def set_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
    """A place set before the sentence's clause that the claim never names sets its
    figures there: "In Heraklion, 10,000 people are reported as marching" is no count of
    the march "in the northern city of Thessaloniki", nor "Near Toledo, Ohio, a man led
    deputies on a chase at up to 95 mph" of the claim's chase, nor "Last spring in
    Flatbush, a mother of seven was struck" of Horton's children (`scene_names`). Dates
    are left alone (a day is the same in every city) unless the claim places its event
    itself ("A Norwalk jury convicted Orozco on March 20": "In Pomona, a jury on April 12
    convicted ..."), as are sentences in which someone reports ("In Brussels, NATO said
    ..."): the place may be only where the words were said."""
    quantity = reading.quantities[index]
    if (quantity.kind == "date" and not prof.places) or not prof.named:
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    names = reading.once(scene_names, index)
    if not names or _reported_there(sentence, names[-1]):
        return ""
    if any(prof.says(stem(w)) for w in names):
        return ""
    return f"set in {' '.join(names)}"


#: How many words after a scene a word of reporting makes it where words were said.
REPORTED_REACH = 4


def _reported_there(sentence: Sentence, last_name: str) -> bool:
    """Whether the clause after a scene opens with someone reporting ("In Brussels, NATO
    said ..."): the place may be only where the words were said. "Are reported as
    marching" has no reporter, and a word of reporting further on ("a captain who
    admitted last month to lying") is no main clause's."""
    at = next((w.index for w in sentence.words if w.surface == last_name),
              len(sentence.words))
    return reports(sentence, passive=False, start=at + 1, stop=at + 1 + REPORTED_REACH)


#: The prepositions that set a place: "In Heraklion,", "Near Toledo, Ohio,", "Across the
#: river in Newark,", "Over at Computex in Taipei,".
PLACE_PREPOSITIONS = frozenset("in at near outside".split())
#: The words a scene-setting opening starts with: a place's preposition, or a time or
#: move that a place follows ("Last spring in Flatbush,", "Across the river in Newark,").
SCENE_OPENERS = PLACE_PREPOSITIONS | frozenset("across over last earlier".split())
#: How many words a sentence's opening phrase may take to set its scene.
SCENE_WORDS = 8


def scene_names(reading: Reading, index: int) -> tuple[str, ...]:
    """The capitalised place names a sentence's opening phrase, up to its comma and before
    the figure, sets its scene in: "In Heraklion," gives Heraklion, "Near Toledo, Ohio,"
    Toledo and Ohio. None where the phrase opens with no word of SCENE_OPENERS ("Born in
    the Bronx in 1928," "Though the Air starts at US$999,"), holds a verb (a clause, no
    scene) or names a month or weekday (a time: "In October 2011,")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    words = sentence.words[:SCENE_WORDS + 3]
    comma = next((i for i, w in enumerate(words[1:], 1) if "," in w.gap), None)
    if comma is None or comma > SCENE_WORDS or words[comma - 1].start >= quantity.start:
        return ()
    phrase = words[:comma]
    after = words[comma:comma + 3]
    if after and after[0].surface[:1].isupper() and any("," in w.gap for w in after[1:]):
        phrase = words[:comma + next(i for i, w in enumerate(after[1:], 1) if "," in w.gap)]
    if not phrase or phrase[0].surface.lower() not in SCENE_OPENERS or any(
            verb_like(w) for w in phrase):
        return ()
    names: list[str] = []
    placed = False
    for word in phrase:
        lower = word.surface.lower()
        if lower in PLACE_PREPOSITIONS:
            placed = True
        elif placed and word.surface[:1].isupper() and word.content:
            if word.surface in MONTH_NAMES or day_of_the_week(word.surface):
                return ()
            names.append(word.surface)
        elif placed and names and "," not in word.gap:
            placed = False
    return tuple(names)


#: A place a relative clause is about: "the northern city of Thessaloniki, where".
WHERE_PLACE = re.compile(r"\b([A-Z][\w-]+)\s*,?\s*where\b[^,;:.!?()\n]*$")


def where_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
    """A figure in a relative clause on a place ("Thessaloniki, where another 20,000 people
    marched") is set there: against a claim placed elsewhere ("joined the strike march in
    Athens"), it may agree but never fail, since the place may be the claim's under
    another name ("Salonika"). Dates are left alone: a day is the same in every city."""
    quantity = reading.quantities[index]
    if quantity.kind == "date" or not prof.places or agreement(prof.fact, quantity):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    found = WHERE_PLACE.search(reading.article.text, sentence.start, quantity.start)
    if found is None or prof.says(stem(found.group(1))) or day_of_the_week(found.group(1)) or (
            found.group(1) in MONTH_NAMES):
        return ""
    return f"set in {found.group(1)}"


#: A town a claim sets its event in by calling it one: "the northern city of Thessaloniki".
TOWN_OF = re.compile(r"\b(?:city|town|village|port|capital|island|province|region) of "
                     r"((?:[A-Z][\w'’-]+\s?)+)")

#: How near (rapidfuzz partial ratio) an article's name must come to the claim's town to
#: be taken for it under another spelling: "Salonika" for Thessaloniki.
TOWN_LIKENESS = 85

#: How long, against the town's name, a word must be to be taken for it.
TOWN_SHARE = 0.6


def town_unnamed(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that calls its place a town ("marched in the northern city of Thessaloniki")
    tells of that town only: in an article that never names it, not even under another
    spelling ("Salonika"), a figure may agree but never fail ("Police put the march at
    roughly 30,000" is the capital's march). Dates are left alone: a day is the same in
    every city."""
    quantity = reading.quantities[index]
    if quantity.kind == "date" or agreement(prof.fact, quantity):
        return ""
    towns = TOWN_OF.findall(prof.fact.claim)
    if not towns:
        return ""
    names = reading.once(_capitalised, -1)  # one per article
    if any(_names_town(names, t.strip()) for t in towns):
        return ""
    return f"never names {towns[0].strip()}"


def _capitalised(reading: Reading, _: int) -> frozenset[str]:
    """The article's capitalised words, lower-cased."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", reading.article.text))


def _names_town(names: frozenset[str], town: str) -> bool:
    """Whether one of the names is the town's: itself or another spelling of it, no
    shorter than TOWN_SHARE of it (a capitalised "These" is no "Thessaloniki")."""
    least = max(4, round(TOWN_SHARE * len(town)))
    found = process.extractOne(town.lower(), [n for n in names if len(n) >= least],
                               scorer=fuzz.partial_ratio, score_cutoff=TOWN_LIKENESS)
    return found is not None


#: Before a distance, a place and the apposition that describes it: "in Cobb, a small
#: community along Highway 175 in Lake County, 4 miles east of The Geysers".
APPOSED_PLACE = re.compile(
    r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+(?:an?|the)\s+[a-z][^,;:()]{0,80},\s*$")


def _person_before(reading: Reading, index: int) -> Token | None:
    """The noun for people right before a figure, no comma between: "a motorist 50 miles"."""
    quantity = reading.quantities[index]
    before = word_before(reading.sentences[reading.sentence_of[index]], quantity.start)
    if not before or "," in reading.article.text[before[0].start:quantity.start]:
        return None
    return before[0] if singular(before[0].surface.lower()) in people_nouns()[1] else None


def locates_another(prof: Profile, reading: Reading, index: int) -> str:
    """A distance that closes a place's apposition locates that place ("people in Cobb, a
    small community in Lake County, 4 miles east of The Geysers"): no distance of the
    claim's, unless the claim names the place; so does one set after a thing ("evacuated
    the building, about 15 miles north of Detroit"). One right after a noun for people
    locates them ("a motorist 50 miles north of Detroit spotted the car"), no place."""
    quantity = reading.quantities[index]
    if quantity.kind != "measure" or "[length]" not in dimensions(quantity.unit):
        return ""
    person = reading.once(_person_before, index)
    if person is not None and not prof.says(person.stem):
        return f"locates a {singular(person.surface.lower())}"
    place = reading.once(_apposed_place, index)
    if place and not any(prof.says(t.stem) for t in tokens(place)):
        return f"locates {place}"
    thing = reading.once(_apposed_thing, index)
    distance = convert(1.0, quantity.unit, "mile") is not None
    if thing and distance and not (prof.says(stem(thing)) or prof.concepts_of(stem(thing))):
        return f"locates the {thing}"
    return ""


#: Right before a distance, a thing it stands in apposition to or is said of: "evacuated
#: the building, about 15 miles north of Detroit", "The office building is about 15 miles
#: north of Detroit".
APPOSED_THING = re.compile(r"\b(?:[Tt]he|an?|its|their|his|her)\s+(?:[a-z]+\s+)?"
                           r"(?!(?:that|which|who)\b)([a-z]{3,})(?:,|(?:,?\s+(?:that|which))?\s+"
                           r"(?:is|was|sits|lies|stands))\s*$")
#: Nouns that name a bare spot, no thing of their own: a distance said of one ("at a spot
#: that lies 18 miles east of Cloverdale") locates whatever happened there.
BARE_SPOTS = frozenset("spot site point location place area".split())

#: After a distance, the words that make it a place's: "15 miles north of Detroit".
PLACING = re.compile(r"\s*(?:(?:north|south|east|west)\w*|from|away|outside)\b")


def _apposed_thing(reading: Reading, index: int) -> str:
    """The common noun a distance that places something stands in apposition to or is
    said of, which it locates, or "": a relative pronoun is no noun ("a spot that lies"),
    and a bare spot (`BARE_SPOTS`) is where the event was."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if PLACING.match(text, quantity.end) is None:
        return ""
    start = max(reading.sentences[reading.sentence_of[index]].start, quantity.start - 40)
    found = APPOSED_THING.search(text, start, quantity.start)
    return found.group(1) if found and found.group(1) not in BARE_SPOTS else ""


def _apposed_place(reading: Reading, index: int) -> str:
    """The place whose apposition a figure closes (see APPOSED_PLACE), or ""."""
    start = reading.sentences[reading.sentence_of[index]].start
    found = APPOSED_PLACE.search(reading.article.text, start, reading.quantities[index].start)
    return found.group(1) if found else ""


def _of_nothing_measured(prof: Profile, reading: Reading, index: int) -> bool:
    """Where the claim's measure or sum modifies what it measures ("an 86-yard touchdown
    run", "a €110 billion bailout"), a figure that modifies nothing and whose sentence (or
    the one before: "It lasted 75 minutes.") names no word of that thing ("rushed for 226
    yards", "aim to save 30 billion euros") may be a total of many, or another sum: it
    may agree, never fail."""
    quantity = reading.quantities[index]
    if (not prof.modified or ATTRIBUTIVE_COUNT.search(quantity.text)
            or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent):
        return False
    return not any(same_word(s, m) for s in reading.once(_stems_about, index)
                   for m in prof.modified)


def _others_thing(prof: Profile, reading: Reading, index: int) -> str:
    """A measure of a thing the claim's other measure modifies, and its own figure does
    not, is one of those things: it may agree, never fail. Against 226 yards rushed
    "including an 86-yard touchdown run", "an 80 - yard TD run" (`_thing_of`); against
    "a 73-yard drive ... with a seven-yard touchdown pass", "caught 3 passes for 37
    yards". Not where the claim's figure adds to the other ("added three years to the
    12-year term"): then it is one of those things too ("another three - year
    sentence")."""
    quantity = reading.quantities[index]
    if prof.added or not prof.others_modify:
        return ""
    thing = _thing_of(reading, index)
    stems = [stem(w) for w in thing]
    if not any(same_word(s, o) for s in stems for o in prof.others_modify) or any(
            same_word(s, o) for s in stems for o in prof.modified | prof.measured):
        return ""
    if compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    return f"measures {' '.join(thing)}, as the claim's other figure does"


def _done_for(reading: Reading, index: int) -> Token | None:
    """The past verb a duration after "for" leads into: "who for three decades feigned
    lunacy" tells how long he feigned it."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if quantity.kind != "duration" or not FOR_BEFORE.search(text, max(0, quantity.start - 6),
                                                             quantity.start):
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    verb = next((w for w in sentence.words if w.start >= quantity.end), None)
    if verb is None or text[quantity.end:verb.start].strip() or not past_verb(verb.surface):
        return None
    return verb


#: Right before a duration that leads into its verb: "for three decades feigned".
FOR_BEFORE = re.compile(r"\bfor\s+$")


def _not_the_claims_thing(prof: Profile, reading: Reading, index: int) -> str:
    """A measure of a thing ("an 80 yard touchdown pass", or a count's through "for":
    "caught 3 passes for 37 yards") measures that thing, so where a verb of extent gives
    the claim's figure to another ("the game-winning drive, capped by a touchdown pass,
    covered 73 yards") it may agree, never fail, even if the claim names the thing
    elsewhere. Not where the claim's figure measures a word of its own phrase ("was a
    7-yard throw", "a 15-year veteran"): a word that may name the thing anew."""
    quantity = reading.quantities[index]
    if not prof.modified or prof.measured:
        return ""
    thing = _thing_of(reading, index)
    if not thing or any(same_word(stem(w), o) for w in thing for o in prof.modified):
        return ""
    if compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    return f"measures {' '.join(thing)}"


def _thing_of(reading: Reading, index: int) -> list[str]:
    """The words of what a measure is of: the noun phrase it modifies ("an 80 - yard TD
    run", `_attributive_measure`), or the count it goes with through "for" ("caught 3
    passes for 37 yards")."""
    quantity = reading.quantities[index]
    if _attributive_measure(quantity):
        return [w.surface for w in reading.once(thing_after, index)]
    previous = reading.quantities[index - 1] if index else None
    if (previous is None or previous.kind != "count" or not previous.unit
            or reading.sentence_of[index - 1] != reading.sentence_of[index]
            or FOR_GAP.fullmatch(reading.article.text, previous.end, quantity.start) is None):
        return []
    return [previous.unit]


def _attributive_measure(quantity: Quantity) -> bool:
    """Whether a measure modifies the noun after it: joined by a hyphen ("an 80 - yard TD
    run"), or its unit singular after a number above one ("an 80 yard touchdown pass")."""
    last = quantity.text.split()[-1]
    return ATTRIBUTIVE_COUNT.search(quantity.text) is not None or (
        quantity.value != 1 and last.isalpha() and last.islower()
        and len(last) > MIN_UNIT_WORD and singular(last) == last)


#: The longest abbreviation of a unit ("mph", "km"), which is no singular noun.
MIN_UNIT_WORD = 3
#: Between a count and the measure it went for: "3 passes for 37 yards".
FOR_GAP = re.compile(r"\s+for\s+")


def _stems_about(reading: Reading, index: int) -> frozenset[str]:
    """The stems of the figure's sentence and of the one before it."""
    position = reading.sentence_of[index]
    stems = reading.sentences[position].stems
    return stems | reading.sentences[position - 1].stems if position else stems


def measures_another(prof: Profile, reading: Reading, index: int) -> str:
    """A measure of something named after "of" ("a quarter-century of public craziness",
    "30 days of standby") measures that, when the claim has no word of its phrase; so
    does one naming a thing right after it ("226 yards rushing") when the claim names
    what its own figure measures ("a 36-yard field goal"). A time spent doing something
    ("more than three decades of faking mental illness") measures the doing even where
    the claim names it, as a cause, unless its own figure measures it too ("for faking
    mental illness added three years to his prison term" is no such time), and so does
    one after "for" that leads into a verb the claim lacks ("who for three decades
    feigned lunacy" against a sentence of 12 years). A figure that modifies nothing may
    measure many of what the claim's modifies (`_of_nothing_measured`)."""
    quantity = reading.quantities[index]
    if quantity.kind == "money" and _of_nothing_measured(prof, reading, index):
        return "names nothing the claim's figure modifies"
    if quantity.kind not in ("measure", "duration") or index in reading.ages:
        return ""
    phrase = reading.once(phrase_of, index)
    if (quantity.kind == "duration" and phrase and phrase[0].surface.endswith("ing")
            and not any(same_word(phrase[0].stem, s) for s in prof.measured)):
        return f"measures {' '.join(w.surface for w in phrase)}"
    done = reading.once(_done_for, index)
    if done is not None and not any(same_word(done.stem, s) for s in prof.claim_stems):
        return f"how long another act went on: {done.surface}"
    if not phrase:
        phrase = reading.once(spanned_noun, index)
    if not phrase and prof.measured:
        phrase = reading.once(thing_after, index)
    other = _others_thing(prof, reading, index) or _not_the_claims_thing(prof, reading, index)
    if other:
        return other
    if phrase and not any(prof.concepts_of(w.stem) or any(
            same_word(w.stem, s) for s in prof.measured | prof.claim_stems) for w in phrase
    ) and not _both_serve(prof, phrase):
        return f"measures {' '.join(w.surface for w in phrase)}"
    if _of_nothing_measured(prof, reading, index):
        return "names nothing the claim's figure modifies"
    return _modifies_another(prof, reading, index)


def _both_serve(prof: Profile, phrase: list[Token]) -> bool:
    """Whether a span measures a person's noun as the claim's measures one: "a 15-year
    member" and "a 15-year veteran" both tell how long someone served."""
    people = people_nouns()[1]
    return (any(singular(w.surface.lower()) in people for w in phrase)
            and any(s in people for s in prof.measured))


def _modifies_another(prof: Profile, reading: Reading, index: int) -> str:
    """A measure that modifies a noun the claim never names ("an 86 yard rushing
    touchdown" against "rushed for 226 yards") measures that thing, one play of the
    claim's total: it may agree, never fail. Words in "-ing" only say how ("rushing"); a
    participle after the noun is none of it ("a 18 - year sentence imposed in 1997"), and
    a person's noun tells how long someone served ("a 23 - year member")."""
    quantity = reading.quantities[index]
    thing = reading.once(thing_after, index) if _attributive_measure(quantity) else []
    while thing and verb_like(thing[-1]):
        thing = thing[:-1]
    named = [w for w in thing if not w.surface.lower().endswith("ing")]
    if not named or any(singular(w.surface.lower()) in people_nouns()[1] for w in named):
        return ""
    if any(prof.concepts_of(w.stem) or any(same_word(w.stem, s) for s in prof.claim_stems)
           for w in named) or any(same_word(w.stem, s) for w in thing for s in prof.measured):
        return ""  # "a 68-yard drive midway", "the 0.81 - inch - thick machine"
    if compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    return f"measures {' '.join(w.surface for w in thing)}"
