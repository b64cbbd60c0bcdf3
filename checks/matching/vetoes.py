"""Why a figure can never speak of a fact, however many words it shares with the claim."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz, process

from checks.compare import compare, convert, dimensions
from checks.matching.attachment import PRONOUNS
from checks.matching.figures import (
    agreement,
    counts_nothing,
    dated,
    figures_agree,
    in_fact_unit,
    overlap,
    same_noun,
    years_apart,
)
from checks.matching.phrases import (
    ADDED,
    ADDS,
    AGE_NOUN_BEFORE,
    ATTRIBUTIVE_COUNT,
    AUXILIARIES,
    INCLUDING,
    KIN,
    MARGIN_WORDS,
    OTHER,
    PARENT_OF,
    POSSESSIVE_PRONOUNS,
    REPORTING,
    ROLE_NAMED_AFTER,
    SEQUEL_BEFORE,
    SEVERAL_DAYS,
    SOURCE_NAMED_AFTER,
    attributive_age,
    clause_after,
    counted_of,
    fired_verb,
    held,
    hit_verb,
    name_pairs,
    noun_unread,
    reports,
    time_between,
    time_part,
    verb_after,
    word_before,
)
from checks.matching.profiles import EXTREMES, Profile, phrase_concepts
from checks.matching.reading import (
    ADDED_SHARE_BEFORE,
    FRONTED,
    Reading,
    aged_name,
    aged_noun,
    an_addition,
    apposed_name,
    apposed_place,
    describing_age,
    dies_after,
    dying_name,
    figure_difference,
    figure_margin,
    figure_origin,
    figure_owner,
    figure_parts,
    in_breakdown,
    listed,
    modified_noun,
    owner_by_any_verb,
    participle_owner,
    partitive_role,
    past_verb,
    phrase_of,
    points_back,
    possessor_before,
    pronoun_owner,
    referred_name,
    relative_owner,
    restated,
    sentence_owner,
    thing_after,
    whole_of_part,
    whole_words,
)
from checks.matching.sentences import (
    MERE_PEOPLE,
    Sentence,
    Token,
    people_nouns,
    people_tolls,
    same_word,
    stem,
    stems_of,
    synonym_groups,
    tokens,
    word_span,
    words,
)
from checks.matching.timing import (
    FAR_YEARS,
    after_the_claims_event,
    another_day,
    another_event,
    another_month,
    another_noun,
    another_step,
    another_time,
    another_week,
    anothers_object,
    before_the_claims_time,
    counted_from,
    one_of_several_days,
    reported_when,
    told_as_past,
    year_slip,
)
from checks.quantities import Quantity, singular
from checks.quantities.patterns import MONTH_NAMES, SMALL_NUMBERS
from checks.quantities.periods import day_of_the_week

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
#: or was only expected before the news: "Police denied initial reports that more than 40
#: people had been hurt", "rumors had promised 8GB of RAM", "analysts had expected Apple to
#: cut the price to $999". A plan the article reports ("is expected to return on Monday")
#: may be a fact's, and an early report it relays ("Early reports said two miners died")
#: may be its stale figure: both are left alone.
UNASSERTED = (r"(den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|rumou?r(?:s|ed)?|speculat\w*"
              r"|unconfirmed\s+reports?"
              r"|had\s+(?:expected|hoped|promised|predicted|forecast))")
UNASSERTED_BEFORE = re.compile(rf"(?i)\b{UNASSERTED}\b[^,;:.!?()]*$")
UNASSERTED_WORDS = re.compile(rf"(?i)\b{UNASSERTED}\b")
#: A figure this many times larger or smaller than the fact's is about something else.
FAR_FACTOR = 10.0
FAR_OFF = "far from the fact's figure"
#: Why a figure within a claim's most is no statement of it (`_within_the_ceiling`).
WITHIN = "one choice within the claim's most"
#: Vetoes after which a candidate still competes for its figure (`Candidate.rival`).
RIVAL_VETOES = (FAR_OFF, WITHIN)


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


def _verb_missing(prof: Profile, reading: Reading, index: int) -> str:
    """A count of mere "people" says nothing of what happened to them: it speaks of a fact
    only with the claim's word before its figure ("arrested 46 people"), or after it
    where the word before only reports ("Police said 18 people were injured"), somewhere
    in its sentence. "More than 100 people joined a vigil" is no count of the arrested,
    where the claim's noun tells what happened ("Police made more than 50 arrests").
    Against a fact counted in people, neither does any noun for people: where some bank
    workers died and others were rescued, "three bank workers" says nothing of which."""
    quantity = reading.quantities[index]
    lead = prof.lead if prof.lead and not prof.lead & REPORTING else prof.then
    if not lead or quantity.kind != "count":
        return ""  # "Police said 12 people": "said" tells nothing, unless "were injured"
    noun = quantity.unit.split()[-1] if quantity.unit else ""
    if noun not in MERE_PEOPLE and not (prof.fact.value.unit in MERE_PEOPLE
                                        and noun in people_nouns()[1]):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    said = [w for w in sentence.tokens if singular(w.surface.lower()) not in MERE_PEOPLE]
    if any(same_word(w.stem, s) for w in said for s in lead):
        return ""  # "people" itself says nothing, whatever synonyms a story gives it
    return "no word for what happened to them"


def _only_present(prof: Profile, reading: Reading, index: int) -> str:
    """People who "had been inside the bank" or "were aboard" are told where they were,
    not what befell them: their count states no toll a claim tells ("died", "were
    injured"), whoever they are."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or singular(quantity.unit.split()[-1] if quantity.unit else "")
            not in people_nouns()[1]
            or not PRESENT_AFTER.match(reading.article.text, quantity.end)):
        return ""
    if not prof.claim_stems & prof.units - _people_stems():
        return ""
    return "tells only where they were"


def _another_fate(prof: Profile, reading: Reading, index: int) -> str:
    """A count whose own verb tells another fate than the claim's: where "the receptionist
    was shot dead and two managers, Paul Riva and Alan Steinberg, were wounded", the two
    are no count of the killed, though "dead" stands in their sentence."""
    told = prof.lead if prof.lead and not prof.lead & REPORTING else prof.then
    claimed = [group for group in _fates() if group & told]
    if not claimed or reading.quantities[index].kind != "count":
        return ""
    verb = reading.once(_fate_verb, index)
    if verb is None or any(verb.stem in group for group in claimed):
        return ""
    other = any(verb.stem in group for group in _fates())
    return f"tells another fate: {verb.surface}" if other else ""


def _fate_verb(reading: Reading, index: int) -> Token | None:
    """The verb a count is the subject of, past a name set off in commas: "two managers,
    Paul Riva and Alan Steinberg, were wounded", "Three people died"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    aside = NAMED_ASIDE.match(text, quantity.end)
    end = aside.end() if aside else quantity.end
    return verb_after(sentence, end, text) or _past_verb_at(sentence, text, end)


#: A name set off in commas right after a count: ", Paul Riva and Alan Steinberg,".
NAMED_ASIDE = re.compile(r",\s+[A-Z][^,;:.!?()]{2,60},(?=\s)")


@functools.cache
def _fates() -> tuple[frozenset[str], ...]:
    """The built-in synonym groups of what befalls people: killed, injured, arrested."""
    keys = {stem(w) for w in FATES}
    return tuple(group for group in synonym_groups({}) if group & keys)


#: The fates a toll tells, each the key of a built-in synonym group (checks/data).
FATES = ("killed", "injured", "arrested")


@functools.cache
def _people_stems() -> frozenset[str]:
    """The stems of the nouns for people: what a toll's words are, less its people."""
    return frozenset(stem(n) for n in people_nouns()[1])


#: After a count of people, words that only place them: "had been inside the bank".
PRESENT_AFTER = re.compile(
    r"\s+(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:still\s+)?"
    r"(?:inside|aboard|on\s+board|present|in\s+the\s+building)\b", re.IGNORECASE)


def noun_missing(prof: Profile, reading: Reading, index: int) -> str:
    """A bare number speaks of a counted fact only where the word the claim puts before its
    figure stands right before it (or but a function word away), leaving the noun
    understood ("has killed more than 14,000 since 2014", "VanDeest scored 13"), as does
    the verb the claim's figure is the subject of after it ("46 were arrested", "and 12
    arrested"), and an earlier count led by the same word ("scored 14 points and VanDeest
    scored 13"); where the claim writes no number ("Luck's seventh comeback"), only the
    fact's own noun does ("comebacks to seven"), as does the whole it is taken from ("all
    11 of his points"), and, for a claim whose figure is a part ("won 21 of his 25
    bouts"), the whole counted after it ("winning 21 of 25 light-heavyweight bouts"), and
    the noun a claim's copula or "had" gives its figure, before "of" or as a possessive
    ("the record stood at 2,116 points": "the record of 2,106"; "the family had about 200
    made members": "the family's 200 soldiers"), as does the claim's own name with the
    number in brackets after it ("overtake Buford (2,116)").
    "A mother of 12" counts children, whatever the claim's words, and "shot seven times"
    the bullets that hit. Any other bare number (a score, a year, a run, "Lopez, 20", a
    yard line: "to the Chiefs 7") counts nothing."""
    quantity = reading.quantities[index]
    if not prof.units or not counts_nothing(quantity):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    if noun_unread(sentence, quantity, reading.article.text):
        return "its noun is another"
    if FIELD_SPOT.search(reading.article.text, max(0, quantity.start - 30), quantity.start):
        return "a spot on the field"
    if any(same_word(w.stem, u) or same_word(stem(singular(w.surface.lower())), u)
           for w in reading.once(whole_words, index) for u in prof.units):
        return ""  # "all 11 of his points", "Seven of the men"
    whole = reading.once(whole_of_part, index) if prof.partitive else None
    if whole is not None and same_noun(whole, prof.units):
        return ""  # "won 21 of his 25 bouts": "winning 21 of 25 light-heavyweight bouts"
    text = reading.article.text
    if "of" in text[max(0, quantity.start - 5):quantity.start] and PARENT_OF.search(
            text, max(0, quantity.start - 20), quantity.start):
        return "" if prof.fact.value.unit in KIN else "counts a parent's children"
    if quantity.unit == "time" and "shot" in prof.units and prof.claim_stems & HIT_VERBS and (
            _hit_before(sentence, quantity.start)):
        return ""  # "shot seven times", "hitting Gray eleven times": bullets that hit
    for word in word_before(sentence, quantity.start):
        if prof.lead and any(same_word(word.stem, s) for s in prof.lead):
            return ""
        if word.stem in prof.head and HEAD_OF.fullmatch(
                text, word.start + len(word.surface), quantity.start):
            return ""  # "stood at 2,116 points": "Buford's scoring record of 2,106",
            # "the crime family had about 200 made members": "the family's 200 soldiers"
        if not (prof.lead or prof.opens) and word.stem in prof.units:
            return ""  # a claim with no figure ("his seventh comeback"): its noun leads
        if prof.opens and prof.concepts_of(word.stem) and "," not in reading.article.text[
                word.start + len(word.surface):quantity.start]:
            return ""  # the claim opens with its figure ("Three employees died")
    bracketed = NAME_BRACKET.search(text, max(0, quantity.start - 40), quantity.start)
    if bracketed and text[quantity.end:quantity.end + 3].lstrip().startswith(")") and (
            stem(bracketed.group(1)) in prof.subject | prof.actor):
        return ""  # "overtake Buford (2, 116)": the tally of whose the claim's figure is
    if any(same_noun(reading.quantities[i], prof.units)
           for i in reading.once(_earlier_count, index)):
        return ""  # "Carter scored 14 points and Seth VanDeest scored 13": 13 points
    verb = verb_after(sentence, quantity.end, reading.article.text)  # "46 were arrested"
    if verb is not None and (any(same_word(verb.stem, s) for s in prof.lead | prof.then)
                             or (prof.opens and prof.concepts_of(verb.stem))):
        return ""
    elided = reading.once(_elided_verb, index)
    if elided is not None and any(same_word(elided.stem, s) for s in prof.then):
        return ""
    return "no counted noun"


#: A name and an opening bracket right before a bare number: "overtake Buford (2, 116)".
NAME_BRACKET = re.compile(r"\b([A-Z][\w'’-]*)\s*\(\s*$")
#: Between the noun a claim's copula gives its figure and an article's bare number: "of",
#: or nothing after its possessive.
HEAD_OF = re.compile(r"\s+of\s+|(?<=['’]s)\s+")


def _elided_verb(reading: Reading, index: int) -> Token | None:
    """The past verb right after a bare number, its auxiliary left out: "18 people had
    been injured and 12 arrested"."""
    sentence = reading.sentences[reading.sentence_of[index]]
    return _past_verb_at(sentence, reading.article.text, reading.quantities[index].end)


def _past_verb_at(sentence: Sentence, text: str, end: int) -> Token | None:
    """The word right at `end`, nothing but spaces before it, if it is a past verb."""
    verb = next((w for w in sentence.words if w.start >= end), None)
    if verb is None or text[end:verb.start].strip():
        return None
    return verb if past_verb(verb.surface) else None


#: Before a bare number, a team's side of the field, which makes it a yard line: "marched
#: Indy to the Chiefs 7", "from their own 27"; not a score's other side ("13 to the
#: Chiefs 10").
FIELD_SPOT = re.compile(
    r"(?<!\d to )(?:\b(?:the|their|its|his)\s+(?:own\s+)?[A-Z][\w'’]*|\bown)\s+$")


def _earlier_count(reading: Reading, index: int) -> list[int]:
    """The count with a noun nearest before a bare number in its sentence, whose noun the
    bare number leaves understood where the same word leads both ("Carter scored 14
    points and Seth VanDeest scored 13"; not "shooting three people, killing one"), or
    another name "added" it ("led Drake with 13 points, while Richard Carter added 12")."""
    quantity = reading.quantities[index]
    earlier = [i for i in reading.neighbours(index)
               if reading.quantities[i].end <= quantity.start]
    if not earlier:
        return []
    last = max(earlier, key=lambda i: reading.quantities[i].start)
    other = reading.quantities[last]
    if other.kind != "count" or not other.unit or last in reading.ages:
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    lead, own = word_before(sentence, other.start), word_before(sentence, quantity.start)
    if ADDED_SHARE_BEFORE.search(reading.article.text, other.end, quantity.start):
        return [last]  # "VanDeest led Drake with 13 points, while Richard Carter added 12"
    return [last] if lead and own and lead[0].stem == own[0].stem else []


#: Before an age, words that make it a limit: "24 of them under age 17", "over the age of 65".
AGE_LIMIT = re.compile(r"(?i)\b(?:under|over|below|above|beneath)\s+(?:the\s+)?age\s+(?:of\s+)?$")


def _age_limit(prof: Profile, reading: Reading, index: int) -> str:
    """An age set as a limit ("24 of them under age 17") is no one's age."""
    if not prof.age or index not in reading.ages:
        return ""
    start = reading.quantities[index].start
    return "an age limit" if AGE_LIMIT.search(reading.article.text, max(0, start - 24),
                                               start) else ""


def _age_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """An age speaks only of an age: "a 12-year-old girl" says how long nothing lasted,
    and "a 15-year veteran" is no one's age. An age given to a name that is not the
    claim's subject is another person's ("Jonathan Carrasquillo, 24," or "17-year-old
    Kristian" against Lopez's age, or "John Gotti died ... at age 61"), as is one given
    to a child the claim does not name ("her 11-year-old daughter") or to what the claim
    calls someone else ("the 35-year-old deputy" against a claim about Orozco "killing
    Deputy Ortiz"). A noun for people the claim never uses may be anyone ("a 31-year-old
    Brooklyn mom was shot in the arm" against Horton's 34): such an age may agree, never
    fail. Set off beside the
    claim's name ("LaCalamita III, a 38-year-old Troy resident"), it is theirs; a name
    two of the claim's people share ("Lopez, 20," against Kristian Lopez, "Andrew
    Lopez's half-brother") is likewise anyone's of the two (`_shared_only`)."""
    age = index in reading.ages
    if age != prof.age:
        return "an age" if age else "not an age"
    if not age:
        return ""
    first = reading.once(listed, index)[0]  # "two girls, aged 15 and 12": the 12's too
    names = (reading.once(apposed_name, first), reading.once(aged_name, first),
             reading.once(figure_owner, first),  # "Lopez, 20,", "20-year-old Lopez", "Jerry was 35"
             reading.once(dying_name, first),  # "Gotti died of cancer in 2002 at age 61"
             reading.once(referred_name, first))  # "Carrasquillo testified. He is 24."
    disagrees = not compare(prof.fact.value, reading.quantities[index],
                            prof.fact.tolerance).consistent
    for name in names:
        if name and not prof.owns(name):
            return f"the age of {' '.join(w.surface for w in name)}"
        if name and disagrees and _shared_only(prof, name):
            return f"the age of {' '.join(w.surface for w in name)}, whom the claim names twice"
    if names[0] or names[1]:
        return ""  # the claim's person's, whatever noun it is given
    noun = reading.once(aged_noun, first)
    if noun is None:
        named = _owner_named(prof, reading, index) if disagrees else None
        return f"the age of someone beside {named.surface}" if named else ""
    kin = singular(noun.surface.lower()) in KIN
    if ((kin or (prof.owner and disagrees)) and not _claims_noun_for(prof, noun)) or (
            prof.owner and noun.stem in prof.named - prof.owner):
        return f"the age of a {singular(noun.surface)}"
    return ""


def _claims_noun_for(prof: Profile, noun: Token) -> bool:
    """Whether the claim may call the person whose age it gives by the noun an article's
    age is given to. Not when it writes the noun only for others: in the plural ("was 55
    when a jury convicted him of assaulting two girls" against "a 12-year-old girl"), as
    the title of another's name ("when gang member Jose Luis Orozco shot him" against
    "the 29-year-old gang member"), or as a word of another noun ("at his trial for child
    sexual assault"); "Cheanne McKnight, the girl wounded" is hers. A synonym of the
    claim's noun is that noun ("The FLDS leader, 57," against Jeffs, "head of" the church),
    and so is a compound that ends in it ("the schoolgirl wounded": "an 11-year-old girl")."""
    owner = prof.owner
    if any(same_word(noun.stem, o) for o in owner):
        return True
    words = prof.claim_words
    synonyms = {s for c in prof.concepts_of(noun.stem) for s in prof.concepts[c].stems}
    kind = singular(noun.surface.lower())
    for i, word in enumerate(words):
        compound = len(kind) >= 3 and word.surface.lower().endswith(kind)  # "schoolgirl"
        if not (same_word(word.stem, noun.stem) or word.stem in synonyms or compound):
            continue
        if owner and singular(word.surface.lower()) != word.surface.lower():
            continue  # "two girls": several people, not the one whose age it is
        after = words[i + 1] if i + 1 < len(words) else None
        joined = after is not None and not prof.fact.claim[
            word.start + len(word.surface):after.start].strip()
        if owner and joined and after.name and not any(same_word(after.stem, o) for o in owner):
            continue  # "gang member Jose Luis Orozco": another's title
        if owner and joined and after.content and not after.gap and not (
                after.name or after.surface.endswith(("ed", "ing"))):
            continue  # "for child sexual assault": a word of another noun, no person
        return True
    return False


def _owner_named(prof: Profile, reading: Reading, index: int) -> Token | None:
    """The claim's person, named in the sentence apart from an age that stands for a person
    itself, no noun after it ("Jeffs ... with the 12-year-old."): the age is someone
    else's. Not "at age 68" or "aged 77", which are the sentence's person's."""
    quantity = reading.quantities[index]
    text = reading.article.text
    old = attributive_age(text, quantity)
    if not prof.owner or old is None or not AGE_NOUN_BEFORE.search(
            text, max(0, quantity.start - 5), quantity.start):
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    after = next((w for w in sentence.words if w.start >= old), None)
    if after is not None and after.content and not after.gap:
        return None  # "the 54-year-old sect leader Jeffs": an age given to a noun
    return next((w for w in sentence.words if w.name and not quantity.start <= w.start
                 < quantity.end and prof.owns([w])), None)


def _shared_only(prof: Profile, name: list[Token]) -> bool:
    """Whether a name has only words two of the claim's people share: a bare "Lopez"
    against a claim about "Kristian Lopez, Andrew Lopez's half-brother"."""
    said = [w.stem for w in name if w.content]
    return bool(said) and all(s in prof.shared_names for s in said)


def _age_then(prof: Profile, reading: Reading, index: int) -> str:
    """An age set beside a name ("Lopez, 20,", "the 55-year-old sect leader") is the age on
    the day the article appeared. A claim that dates its age ("was 18 when he was arrested
    in October 2011") speaks of that year only, so such an age in an article of another
    year is the same person at another time, neither a match nor a discrepancy. The dead
    keep their age: "Deputy Ortiz, 35," two years after "he was shot dead in 2005", where
    the age is given to the claim's name."""
    published = reading.article.date
    if not prof.age or published is None or index not in reading.ages:
        return ""
    if prof.died and (any(name and prof.owns(name) for name in (
            reading.once(apposed_name, index), reading.once(aged_name, index)))
            or reading.once(dies_after, index)):
        return ""
    years = [(c.low.year, c.high.year) for c in prof.dates]  # type: ignore[union-attr]
    if not years:
        return _age_since(prof, reading, index)
    if any(low <= published.year <= high for low, high in years):
        return ""
    if not reading.once(describing_age, index):
        return ""
    return f"an age in {published.year}, not when the claim dates it"


#: How many years an age given as news gives it ("Lopez, 20,") may stand from one a claim
#: ties to an undated event and still be the same person's at another time.
AGE_SPAN = 3


def _age_since(prof: Profile, reading: Reading, index: int) -> str:
    """An age a claim ties to an event it does not date ("was 18 years old when he opened
    fire") is the age then; news gives the age on its own day, mostly after the event
    ("Lopez, 20," at the trial two years on). Where the article tells of a year before
    its own, an age older by no more than the years since (at most AGE_SPAN) may be the
    same person's later: it may agree, never fail. A younger one is a slip, and so is
    any other in an article of one year only ("Jeremy Ortiz, 17," at the funeral) --
    unless the article appeared before the day another fact gives the event: then an
    age younger by no more than the years until it is the same person earlier ("Jeffs,
    54," in 2010 against "was 55 when a Texas jury convicted him" in 2011)."""
    published = reading.article.date
    if not prof.at_event or published is None or not reading.once(describing_age, index):
        return ""
    stated = reading.quantities[index].value
    gap = float(stated) - float(prof.fact.value.value)  # type: ignore[arg-type]
    told = [q.low.year for q in reading.quantities if dated(q)]  # type: ignore[union-attr]
    since = published.year - min(told, default=published.year)
    if 0 < gap <= min(since, AGE_SPAN):
        return "an age when the article appeared, not at the claim's event"
    events = [d.low.year for d in prof.event_days if isinstance(d.low, dt.date)]
    until = min(events) - published.year if events else 0
    if 0 < -gap <= min(until, AGE_SPAN):
        return f"an age before the claim's event in {min(events)}"
    return ""


def _anothers_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that opens with a name gives that one's figure ("Ryan Succop tied the game
    with a 47-yard field goal"): a figure that a name the claim lacks owns, as subject
    or possessor or as its source, is that other's ("Vinatieri's range for a 36-yard
    field goal", "Seth VanDeest scored 13", "13 points from Seth VanDeest", "Despite rushing
    for 352 yards, the Kansas City Chiefs lost")."""
    if index in reading.ages or reading.quantities[index].kind == "date":
        return ""  # an age's person is `_age_mismatch`'s; a date is no one's
    if not prof.subject:
        return _possessors(prof, reading, index)
    name = reading.once(figure_owner, index)
    if not name and prof.lead & REPORTING:  # "Artino added six rebounds": "added" takes it
        name = reading.once(owner_by_any_verb, index)
    if not name:
        name = (reading.once(sentence_owner, index) or reading.once(relative_owner, index)
                or reading.once(pronoun_owner, index) or reading.once(participle_owner, index))
        actor = prof.actor or prof.subject  # "Andrew Luck set": "set" may be a noun
        if name and not actor & {w.stem for w in name} and not _named_with(
                actor, reading, name):
            return f"the figure of {' '.join(w.surface for w in name)}"
    if not name:
        return _anothers_source(prof, reading, index)
    if any(prof.says(w.stem) and w.stem not in prof.aside for w in name) or _named_with(
            prof.actor or prof.subject, reading, name):
        return ""  # the claim's own, unless it names them only in an aside
    return f"the figure of {' '.join(w.surface for w in name)}"


def _possessors(prof: Profile, reading: Reading, index: int) -> str:
    """A claim with an actor but no opening name ("The Kansas City Chiefs rushed for 352
    yards") still owns no figure in another's possessive right before it: "rallied behind
    Jamaal Charles' 226 yards rushing"."""
    name = reading.once(possessor_before, index) if prof.actor else []
    if not name or any(prof.says(w.stem) for w in name) or _named_with(
            prof.actor, reading, name):
        return ""
    return f"the figure of {' '.join(w.surface for w in name)}"


def _intensive_subject(prof: Profile, reading: Reading, index: int) -> str:
    """A sentence whose subject an intensive pronoun sets apart ("The watchmaker was
    himself one of four sons", "The judge himself retires on June 30") gives that one's
    own figure: no statement of a claim that never names them."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    found = INTENSIVE_OPENING.match(reading.article.text, sentence.start, quantity.start)
    if found is None or any(same_word(stem(found.group(1)), s) for s in prof.claim_stems):
        return ""
    return f"the figure of the {found.group(1)} {found.group(2)}"


#: A sentence opening with a noun set apart by an intensive pronoun: "The watchmaker was
#: himself", "The judge himself".
INTENSIVE_OPENING = re.compile(r"\s*(?:The|His|Her|Their)\s+([a-z]+)\s+(?:(?:was|is|were|"
                               r"had|has)\s+)?(himself|herself|itself|themselves)\b")


def _named_with(actor: frozenset[str], reading: Reading, name: list[Token]) -> bool:
    """A name the article also writes as one with the name of the claim's actor is that
    actor: where it writes "the Kansas City Chiefs", "the Chiefs" are the claim's "Kansas
    City" (not its "Kansas City running back Jamaal Charles")."""
    said = {w.stem for w in name}
    return any(said <= run and any(same_word(s, a) for s in run - said for a in actor)
               for run in reading.once(article_names, -1))


def article_names(reading: Reading, _: int) -> list[frozenset[str]]:
    """The stems of each run of two capitalised words or more in the article, joined by
    nothing but spaces or hyphens (not `profiles.name_runs`, whose "and" would make "Will
    Artino and Gregory Echenique" one name)."""
    runs = []
    for sentence in reading.sentences:
        run: list[str] = []
        for word in (*sentence.words, None):
            if word is not None and word.surface[:1].isupper() and (not run or word.joined):
                run.append(word.stem)
                continue
            if len(run) >= 2:
                runs.append(frozenset(run))
            run = [word.stem] if word is not None and word.surface[:1].isupper() else []
    return runs


#: Between a count of people and a figure, one verb and its link: "nine NFL quarterbacks
#: threw for 300 yards", "two players scored 20 points".
GROUP_VERB_BETWEEN = re.compile(r"\s+[a-z]+(?:\s+(?:for|in|up))?\s+")


def _a_groups_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure a counted group is the subject of ("at least nine NFL quarterbacks threw
    for 300 yards or more") is what each of them did: against a claim that opens with
    one name ("Andrew Luck threw for 205 yards"), it is no statement of that one's."""
    if not prof.subject or index == 0 or reading.sentence_of[index - 1] != (
            reading.sentence_of[index]):
        return ""
    group, quantity = reading.quantities[index - 1], reading.quantities[index]
    _, people = people_nouns()
    if (group.kind != "count" or not isinstance(group.value, float) or group.value < 2
            or group.unit not in people or quantity.kind == "date"):
        return ""
    between = reading.article.text[group.end:quantity.start]
    if GROUP_VERB_BETWEEN.fullmatch(between) is None or not past_verb(between.split()[0]):
        return ""
    return f"what each of {group.text} did"


def _anothers_source(prof: Profile, reading: Reading, index: int) -> str:
    """A count a name the claim lacks gave, named right after it, is that one's: "Drake
    was paced by 13 points from Seth VanDeest" against Artino's 14 points."""
    quantity = reading.quantities[index]
    found = SOURCE_NAMED_AFTER.match(reading.article.text, quantity.end)
    if quantity.kind != "count" or found is None or any(
            prof.says(stem(w)) for w in found.group(1).split()):
        return ""
    return f"the figure of {found.group(1)}"


def _anothers_role(prof: Profile, reading: Reading, index: int) -> str:
    """A figure whose thing went to, or came from, a name the claim lacks is another's,
    where the claim names its own there: against "the touchdown pass to Reggie Wayne was
    a 7-yard throw", "an 11-yard pass to T.Y. Hilton" was thrown to someone else."""
    quantity = reading.quantities[index]
    if not prof.role_names or quantity.kind == "date":
        return ""
    found = ROLE_NAMED_AFTER.match(reading.article.text, quantity.end)
    if found is None:
        return ""
    role, name = found.group(1).lower(), found.group(2)
    if not any(r == role for r, _ in prof.role_names) or any(
            prof.says(stem(w)) for w in name.split()):
        return ""
    return f"{role} {name}, whom the claim does not name"


def _someone_elses(prof: Profile, reading: Reading, index: int) -> str:
    """A sentence whose subject is someone's relation ("His sergeant, who was to partner
    him, had served with the department for 22 years") or one of those the claim's act
    was aimed at ("a rival gang member answered with four shots", against "fired 13 shots
    ... at rival gang members") tells that one's figure, not the named person's whose
    figure the claim gives; unless the claim calls its person by that noun."""
    if not prof.subject or reading.quantities[index].kind == "date":
        return ""
    found = reading.once(_opening_people, index)
    if found is None:
        return ""
    determiner, words = found
    noun = words[-1]
    sentence = reading.sentences[reading.sentence_of[index]]
    if any(w.name and w.stem in prof.subject for w in sentence.words
           if w.start < reading.quantities[index].start):
        return ""  # "His half-brother, Jonathan Carrasquillo, 24,": the claim's person
    if determiner in POSSESSIVE_PRONOUNS:
        return "" if prof.says(stem(noun)) else f"the figure of {determiner} {noun}"
    if any(set(target) <= set(words) for target in _targets(prof.fact.claim)):
        return f"the figure of {determiner} {' '.join(words)}"
    return ""


#: A sentence's subject that is people, after what reports it: "Police said a rival gang
#: member", "His sergeant".
OPENING_PEOPLE = re.compile(
    r"\s*(?:[A-Z][\w'’]*\s+(?:said|says)\s+(?:that\s+)?)?(his|her|their|His|Her|Their|a|an|the|"
    r"A|An|The)\s+((?:[a-z-]+\s+){0,2}[a-z]+)(?=[\s,])")


def _opening_people(reading: Reading, index: int) -> tuple[str, tuple[str, ...]] | None:
    """The determiner and the words, up to a noun for people, that a figure's sentence
    opens its clause with ("a", ("rival", "gang", "member")), if it does and the figure
    comes after them; none where a word of reporting follows them."""
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    found = OPENING_PEOPLE.match(text, sentence.start)
    if found is None or found.end() > reading.quantities[index].start:
        return None
    words = found.group(2).split()
    people = _up_to_people(words)
    if people is None:
        return None
    after = words[len(people):] or text[found.end():found.end() + 20].split()
    if after and stem(after[0]) in REPORTING:
        return None  # "His sergeant said ..."
    return found.group(1).lower(), people


def _up_to_people(words: list[str]) -> tuple[str, ...] | None:
    """The words up to the first noun for people, that noun singular ("rival gang
    members" → rival, gang, member), or None where there is none."""
    for i, word in enumerate(words):
        if singular(word) in people_nouns()[1]:
            return (*words[:i], singular(word))
    return None


@functools.cache
def _targets(claim: str) -> frozenset[tuple[str, ...]]:
    """The people a claim aims its act at, by their words up to their noun: "fired 13
    shots ... at rival gang members" (rival, gang, member)."""
    found = (_up_to_people(m.group(1).split()) for m in TARGET.finditer(claim))
    return frozenset(t for t in found if t is not None)


#: A claim's aim: "at rival gang members", "against the police".
TARGET = re.compile(r"\b(?:at|against|toward|towards)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}"
                    r"[a-z]+)\b")


def _owner_not_thing(prof: Profile, reading: Reading, index: int) -> str:
    """A figure whose sentence names the owners of the claim's place but not the place
    speaks of the owner: against "worked in the sheriff's department's anti-gang unit for
    the last five years", "a 15-year member of the sheriff's department"."""
    owned = prof.owned
    if owned is None:
        return ""
    stems = reading.sentences[reading.sentence_of[index]].stems
    if not any(same_word(s, o) for s in stems for o in owned.owners) or any(
            same_word(s, t) for s in stems for t in owned.thing):
        return ""
    return f"names the {owned.owner_label}, not its {owned.thing_label}"


def _not_the_extreme(prof: Profile, reading: Reading, index: int) -> str:
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


def _a_stretch(prof: Profile, reading: Reading, index: int) -> str:
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


def _past_the_nth(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that gives its figure as an ordinal ("broke the record with his 11th
    point", "the Colts' 10th win") counts up to its moment: a larger count may be a later
    total ("McDermott scored 23 points"), so it may agree, never fail; a smaller one
    still fails, as does a running total the event brought the count to ("extended his
    record for comebacks to eight")."""
    quantity = reading.quantities[index]
    expected = prof.fact.value.value
    if (quantity.kind != "count" or not isinstance(expected, float | int)
            or not _claims_nth(prof.fact.claim, expected) or quantity.low is None
            or not isinstance(quantity.low, float | int) or quantity.low <= expected
            or BROUGHT_TO.search(reading.article.text, max(0, quantity.start - 4),
                                 quantity.start)):
        return ""
    return "a total past the claim's ordinal"


def _a_spread(prof: Profile, reading: Reading, index: int) -> str:
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


def _the_claims_fraction(prof: Profile, reading: Reading, index: int) -> str:
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


#: Ordinal words, first to twentieth, by their number.
ORDINAL_WORDS = dict(enumerate("""first second third fourth fifth sixth seventh eighth
    ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth
    eighteenth nineteenth twentieth""".split(), start=1))


@functools.cache
def _claims_nth(claim: str, number: float) -> bool:
    """Whether a claim writes its figure as an ordinal: "his 11th point", "tenth win"."""
    if not float(number).is_integer():
        return False
    n = int(number)
    words = [rf"{n}(?:st|nd|rd|th)"] + ([ORDINAL_WORDS[n]] if n in ORDINAL_WORDS else [])
    return re.search(rf"(?i)\b(?:{'|'.join(words)})\b", claim) is not None


def _total_of_a_pair(prof: Profile, reading: Reading, index: int) -> str:
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
    `_total_of_a_pair`), or None."""
    found = PAIR_AFTER.match(clause_after(reading.article.text, reading.quantities[index].end))
    return (found.group(1), found.group(2)) if found else None


#: After a figure, a preposition and two short phrases joined by "and": "by his wife and a
#: mistress", "in Athens and Patras".
PAIR_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:by|with|in|from|at)\s+"
                        r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s*$")


def _a_total_in_all(prof: Profile, reading: Reading, index: int) -> str:
    """A figure its sentence marks as a total ("In all, Orozco faces four counts", "three
    data ports in all") may be the whole of which the claim counts a part ("two counts of
    possession of a firearm"): where the claim marks no total, and the sentence writes none
    of the words that set the claim's part apart (all but its names, its counted noun and
    the verb before its figure), it may agree, never fail."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or not reading.once(_marked_total, index)
            or _marks_total(prof.fact.claim) or agreement(prof.fact, quantity)):
        return ""
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
    """Whether a claim marks its figure as a total (IN_ALL)."""
    return IN_ALL.search(claim) is not None


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


#: Words that mark a figure as a total.
IN_ALL = re.compile(r"(?i)\b(?:in all|in total|altogether|all told)\b")


def _within_the_ceiling(prof: Profile, reading: Reading, index: int) -> str:
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


def _whole_of_the_value(prof: Profile, reading: Reading, index: int) -> str:
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


def _measured_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
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


def _rate_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A figure stated per game, per year... is a rate, which a total is not (nor the
    reverse): "his 23 points and eight rebounds a game" is no game's score."""
    rate = index in reading.rates
    if rate == prof.rate:
        return ""
    return "a rate" if rate else "not a rate"


def _several_days(prof: Profile, reading: Reading, index: int) -> str:
    """A count made over several days ("over 50 arrests … over four nights of
    protesting") is a running total, not the count of the one day a claim dates its own
    to ("46 people … on Wednesday night")."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or not prof.one_day:
        return ""
    found = SEVERAL_DAYS.search(clause_after(reading.article.text, quantity.end))
    return f"a total {found.group().strip()}" if found else ""


def _far_off(prof: Profile, reading: Reading, index: int) -> str:
    """A figure more than FAR_FACTOR times larger or smaller than the fact's, or a date
    more than FAR_YEARS away, speaks of something else: stale or mistyped figures stay
    within an order of magnitude ("10,000" for "100,000" still fails against the fact),
    while "20,000 people took to the streets" is no count of the 12 injured. A year
    mistyped by a digit is a slip, however far ("built in 1953" for 1935), as is the
    fact's number in another unit ("up to 512 MB" for 512 GB) or under another scale
    word ("110 million euros" for 110 billion); a decade that holds the fact's date
    ("the 1990s" for 1997) is never far."""
    fact, quantity = prof.fact, reading.quantities[index]
    expected = fact.value
    if expected.kind == "date" and quantity.kind == "date":
        if not (quantity.year_known and expected.year_known):
            return ""  # "May 3" takes the fact's year
        if years_apart(quantity, expected) > FAR_YEARS and not (
                overlap(quantity, expected) or year_slip(quantity, expected)):
            return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
        return ""
    if expected.kind == "date" or quantity.kind == "date":
        return ""
    stated = in_fact_unit(expected, quantity)
    if stated is None or not isinstance(expected.value, float):
        return ""
    if quantity.unit != expected.unit and quantity.value == expected.value:
        return ""  # the fact's number in another unit of its kind: "512 MB" for 512 GB
    low, high = sorted((abs(stated), abs(expected.value)))
    if low > 0 and high / low > FAR_FACTOR and not _scale_slip(quantity.text, high / low):
        return f"{FAR_OFF} ({quantity.text} against {fact.value_text})"
    return ""


#: Scale words a figure may be written with ("110 million", "30bn", "$5m").
SCALE_WRITTEN = re.compile(r"(?i)\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b")


def _scale_slip(text: str, ratio: float) -> bool:
    """Whether a figure is the fact's number under another scale word, a slip of the pen
    however far: "a 110 million euro aid package" for 110 billion."""
    power = round(math.log10(ratio))
    return power % 3 == 0 and math.isclose(ratio, 10.0 ** power, rel_tol=1e-9) and (
        SCALE_WRITTEN.search(text) is not None)


def _part_mismatch(prof: Profile, reading: Reading, index: int) -> str:
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


def _margin_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A lead, margin or deficit ("cut Creighton's lead to 3 points") is no total, unless
    the claim gives one ("won by a 12-point margin")."""
    margin = reading.once(figure_margin, index)
    if not margin or prof.claim_stems & MARGIN_WORDS:
        return ""
    return f"a {margin}"


def _difference_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A difference ("$100 cheaper than the model it replaces") is no amount ("now costs
    $999"), nor the reverse."""
    difference = reading.once(figure_difference, index)
    if difference == prof.difference:
        return ""
    return "a difference" if difference else "not a difference"


def _between_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that gives the time between two events ("admitted faking six years after a
    jury convicted him") is not stated by how long something lasted ("sentenced to 12
    years"): the figure must be a time between events too."""
    text, quantity = reading.article.text, reading.quantities[index]
    if prof.between:
        return "" if time_between(text, quantity) else "not a time between events"
    if prof.fact.value.kind == "duration" and time_between(text, quantity, surely=True):
        return "a time between events"
    return ""


#: Right after a span, the word that counts it back from the article's day.
AGO_AFTER = re.compile(r"(?i)\s+ago\b")


def _spans_back_to_its_event(prof: Profile, reading: Reading, index: int) -> str:
    """A span counted back from the article's day ("gunning down Deputy Ortiz a month
    ago") that follows the event the claim counts its span from ("married about three
    weeks before he was killed") is the time since that event, not the claim's span."""
    quantity = reading.quantities[index]
    if quantity.kind != "duration" or not AGO_AFTER.match(reading.article.text, quantity.end):
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    told: list[tuple[Token, tuple[int, ...]]] = []
    for word in (w for w in sentence.words if w.start < quantity.start):
        concepts = prof.concepts_of(word.stem) or (  # or a phrase's: "gunning down"
            phrase_concepts(prof, word, sentence) if word.stem in prof.phrase_words else ())
        if word.content and not word.name and concepts:
            told.append((word, concepts))
    if not told or not set(told[-1][1]) <= prof.reference:
        return ""
    return f"counts back to the {told[-1][0].surface}, which the claim counts from"


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


def _partitive_mismatch(prof: Profile, reading: Reading, index: int) -> str:
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
    if role == "part" and not prof.partitive and not _part_befell(prof, reading, index):
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
    if not role and _counts_the_whole(prof, reading.quantities[index]):
        return "counts the whole the claim's figure is a part of"
    owner = role.removeprefix("whole of ")
    if owner != role and prof.subject and not any(same_word(stem(owner), s)
                                                   for s in prof.subject):
        return f"the whole of {owner}"
    return ""


def _whole_of_the_time(prof: Profile, reading: Reading, index: int) -> str:
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


def _modifier_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count that modifies another noun speaks of that noun: "two traditional three-point
    plays" states no points scored, unless the claim's figure modifies one too, or the
    noun is the claim's own: "the 57-country Organisation" says how many countries the
    claim's Organisation has. Where the claim writes that noun only as where its figure
    is ("hold 160 seats in the Greek Parliament"), "the 300-seat Parliament" may be the
    whole of which the claim counts a part: it may agree, never fail."""
    modified = reading.once(modified_noun, index)
    if prof.modifier or modified is None:
        return ""
    if not prof.concepts_of(modified.stem):
        return f"modifies {modified.surface}"
    if _placed_in_claim(prof, modified.stem) and not agreement(
            prof.fact, reading.quantities[index]):
        return f"modifies {modified.surface}, where the claim's figure is"
    return ""


def _placed_in_claim(prof: Profile, stem_: str) -> bool:
    """Whether every word of the claim for this stem's concept follows a placing
    preposition ("in the Greek Parliament")."""
    concepts = set(prof.concepts_of(stem_))
    claim = _claim_words(prof.fact.claim)
    found = [w for w in claim if w.content and concepts & set(prof.concepts_of(w.stem))]
    return bool(found) and all(
        any(v.surface.lower() in WHERE_WORDS for v in claim[max(0, w.index - 3):w.index])
        for w in found)


@functools.cache
def _claim_words(claim: str) -> tuple[Token, ...]:
    """Every word of a claim, read once per claim."""
    return tuple(words(claim))


#: Prepositions that set a claim's figure in a place or body: "in the Greek Parliament".
WHERE_WORDS = frozenset("in at inside within".split())


def _others_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count of "other" people or things counts those besides some already named ("five
    other bank workers" fled the bank where three died): not the fact's total, unless the
    claim counts others too. A count or a time of "more" ("three more years were added
    to his prison term") is an addition to another figure, not the whole, unless the
    claim's figure is one too ("three years were added", "four more men")."""
    quantity = reading.quantities[index]
    if quantity.kind not in ("count", "duration"):
        return ""
    if not prof.added and ADDED.search(quantity.text):
        return "an addition to another figure"
    if prof.others or quantity.kind != "count" or OTHER.search(quantity.text) is None:
        return ""
    return "counts others"


def _whole_of_an_addition(prof: Profile, reading: Reading, index: int) -> str:
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


def _counted_after(reading: Reading, index: int) -> tuple[Token, ...]:
    """What the figure's noun counts, named after "of" (see `counted_of`)."""
    return counted_of(reading.article.text, reading.quantities[index])


def _counts_other_things(prof: Profile, reading: Reading, index: int) -> str:
    """A count whose noun says after "of" what it counts ("one count of murder") counts
    another thing than a claim's that names a different one ("two counts of possession of
    a firearm"). It may agree, never fail: "31 pieces of firefighting apparatus" are the
    claim's "31 pieces of equipment" under another name."""
    quantity = reading.quantities[index]
    if not prof.counted_of or agreement(prof.fact, quantity):
        return ""
    said = reading.once(_counted_after, index)
    if not said or any(same_word(s.stem, c) for s in said for c in prof.counted_of):
        return ""
    return f"counts {' '.join(w.surface for w in said)}, not the claim's"


def _breakdown_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count of one kind of person in a breakdown ("a man and two women") is a part of
    the whole: no total of people, unless the fact counts that kind."""
    quantity = reading.quantities[index]
    if same_word(stem(quantity.unit), stem(prof.fact.value.unit or "")):
        return ""
    return "one part of a breakdown" if reading.once(in_breakdown, index) else ""


#: A number of times after a verb of hitting counts the shots that hit ("shot seven
#: times", "struck 11 times") for a fact counted in shots (or a word for them: bullets,
#: rounds, see aliases.yaml) whose claim says they hit or struck (not "fired 11 shots").
HITS = frozenset({"shot", "struck", "hit", "hitt", "strik"})  # "hitting", "striking"
HIT_VERBS = HITS - {"shot"}  # in a claim, "shots" may be those fired


def _hit_before(sentence: Sentence, start: int) -> bool:
    """Whether a verb of hitting stands right before a figure, or before its object, a
    name or pronoun: "shot seven times", "hitting Gray eleven times", "struck him"."""
    first, _ = word_span(sentence, start, start + 1)
    before = [w for w in sentence.words[:first] if w.start < start]
    while before and (before[-1].name or before[-1].surface.lower() in OBJECT_PRONOUNS):
        before.pop()
    return bool(before) and before[-1].stem in HITS


OBJECT_PRONOUNS = frozenset("him her them".split())


def _hits_not_fired(prof: Profile, reading: Reading, index: int) -> str:
    """The shots that hit ("Seven bullets hit Mr. Gray", "was hit by seven bullets") are
    not those fired ("fired 11 shots"): a count of shots whose verb is a hit states no
    claim that does not say they hit."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or "shot" not in prof.units or prof.claim_stems & HIT_VERBS
            or not same_noun(quantity, prof.units)):
        return ""
    return "counts the shots that hit" if reading.once(_hit, index) else ""


def _hit(reading: Reading, index: int) -> bool:
    """Whether a hit is the figure's verb (see `phrases.hit_verb`)."""
    quantity = reading.quantities[index]
    return hit_verb(reading.article.text, quantity.start, quantity.end)


def _fired_not_hits(prof: Profile, reading: Reading, index: int) -> str:
    """The mirror of `_hits_not_fired`: the shots fired ("fired a total of 11 shots") are
    not those that hit, which a claim counts when hitting is its figure's verb ("seven
    bullets struck Kimani Gray"); they may agree, never fail."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or not prof.hits or not same_noun(quantity, prof.units)
            or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent):
        return ""
    fired = fired_verb(reading.article.text, quantity.start, quantity.end)
    return "counts the shots fired" if fired else ""


#: The prepositions that set a fronted phrase at a place: "In Heraklion, ...".
PLACE_OPENERS = frozenset({"In", "At"})


#: Before a figure in its clause, another thing of a kind: "A smaller earthquake near The
#: Geysers", "Another quake", "A 2006 earthquake", "an earlier strike".
ANOTHER_OF_A_KIND = re.compile(
    r"\b(?:(?:[Aa]n?)\s+(smaller|larger|bigger|stronger|weaker|earlier|later|previous|prior"
    r"|second|separate|similar|(?:1[89]|20)\d\d)|[Aa]nother)\s+([A-Za-z][\w-]*)"
    r"[^;:()—–]*$")


def _another_of_its_kind(prof: Profile, reading: Reading, index: int) -> str:
    """A figure told of another thing of the claim's kind, introduced as such in its
    clause ("A smaller earthquake near The Geysers struck at a depth of 1.4 miles",
    "Another quake", "A 2006 earthquake"), is that thing's: it may agree, never fail. A
    year names another only where it is not the article's."""
    quantity = reading.quantities[index]
    if quantity.kind == "date":
        return ""
    found = reading.once(_another_named, index)
    if found is None or not (prof.says(stem(found)) or prof.concepts_of(stem(found))) or (
            agreement(prof.fact, quantity)):
        return ""  # the claim's noun or a synonym: "quake" for its "earthquake"
    return f"another {found}"


def _another_named(reading: Reading, index: int) -> str | None:
    """The noun of another thing of a kind before a figure in its clause (see
    `_another_of_its_kind`), worked out once per figure."""
    quantity, text = reading.quantities[index], reading.article.text
    opening = reading.sentences[reading.sentence_of[index]].start
    found = ANOTHER_OF_A_KIND.search(text, opening, quantity.start)
    if found is None:
        return None
    published = reading.article.date
    if (found.group(1) or "").isdigit() and published and int(found.group(1)) == published.year:
        return None  # "A 2009 earthquake" in a 2009 article may be the news's own
    return found.group(2)


def _set_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
    """A place set before the sentence's clause that the claim never names sets its
    figures there: "In Heraklion, 10,000 people are reported as marching" is no count of
    the march "in the northern city of Thessaloniki". Dates are left alone (a day is the
    same in every city), as are sentences in which someone reports ("In Brussels, NATO
    said ..."): the place may be only where the words were said."""
    quantity = reading.quantities[index]
    if quantity.kind == "date" or not prof.named:
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    fronted = FRONTED.match(reading.article.text, sentence.start, quantity.start)
    if fronted is None or reports(sentence, passive=False):
        return ""  # "are reported as marching" has no reporter: the place is the march's
    opener, *names = fronted.group(1).split()
    if opener not in PLACE_OPENERS or not names or not all(w[:1].isupper() for w in names):
        return ""
    if any(prof.says(stem(w)) for w in names) or names[0] in MONTH_NAMES:
        return ""
    return f"set in {' '.join(names)}"


#: A place a relative clause is about: "the northern city of Thessaloniki, where".
WHERE_PLACE = re.compile(r"\b([A-Z][\w-]+)\s*,?\s*where\b[^,;:.!?()\n]*$")


def _where_elsewhere(prof: Profile, reading: Reading, index: int) -> str:
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


def _town_unnamed(prof: Profile, reading: Reading, index: int) -> str:
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


def _locates_another(prof: Profile, reading: Reading, index: int) -> str:
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
APPOSED_THING = re.compile(r"\b(?:[Tt]he|an?|its|their|his|her)\s+(?:[a-z]+\s+)?([a-z]{3,})"
                           r"(?:,|\s+(?:is|was|sits|lies|stands))\s*$")
#: After a distance, the words that make it a place's: "15 miles north of Detroit".
PLACING = re.compile(r"\s*(?:(?:north|south|east|west)\w*|from|away|outside)\b")


def _apposed_thing(reading: Reading, index: int) -> str:
    """The common noun a distance that places something stands in apposition to or is
    said of, which it locates, or ""."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if PLACING.match(text, quantity.end) is None:
        return ""
    start = max(reading.sentences[reading.sentence_of[index]].start, quantity.start - 40)
    found = APPOSED_THING.search(text, start, quantity.start)
    return found.group(1) if found else ""


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


def _stems_about(reading: Reading, index: int) -> frozenset[str]:
    """The stems of the figure's sentence and of the one before it."""
    position = reading.sentence_of[index]
    stems = reading.sentences[position].stems
    return stems | reading.sentences[position - 1].stems if position else stems


def _measures_another(prof: Profile, reading: Reading, index: int) -> str:
    """A measure of something named after "of" ("a quarter-century of public craziness",
    "30 days of standby") measures that, when the claim has no word of its phrase; so
    does one naming a thing right after it ("226 yards rushing") when the claim names
    what its own figure measures ("a 36-yard field goal"). A time spent doing something
    ("more than three decades of faking mental illness") measures the doing even where
    the claim names it, as a cause, unless its own figure measures it too ("for faking
    mental illness added three years to his prison term" is no such time). A figure
    that modifies nothing may measure many of what the claim's modifies
    (`_of_nothing_measured`)."""
    quantity = reading.quantities[index]
    if quantity.kind == "money" and _of_nothing_measured(prof, reading, index):
        return "names nothing the claim's figure modifies"
    if quantity.kind not in ("measure", "duration") or index in reading.ages:
        return ""
    phrase = reading.once(phrase_of, index)
    if (quantity.kind == "duration" and phrase and phrase[0].surface.endswith("ing")
            and not any(same_word(phrase[0].stem, s) for s in prof.measured)):
        return f"measures {' '.join(w.surface for w in phrase)}"
    if not phrase and prof.measured:
        phrase = reading.once(thing_after, index)
    if phrase and not any(prof.concepts_of(w.stem) or any(
            same_word(w.stem, s) for s in prof.measured | prof.claim_stems) for w in phrase):
        return f"measures {' '.join(w.surface for w in phrase)}"
    if _of_nothing_measured(prof, reading, index):
        return "names nothing the claim's figure modifies"
    return ""


def _hypothetical(prof: Profile, reading: Reading, index: int) -> str:
    """A figure in a hypothetical ("could be sentenced to up to 119 years", "needing 11
    points to break the record", "the odds of Charles ripping off another 90-yard run")
    states no fact, so it can contradict none, unless the claim itself speaks of what
    could be ("Greece faces a May 19 deadline", "faced up to 119 years if convicted")."""
    if prof.claim_stems & _hypothetical_stems():
        return ""  # "faced up to 119 years if convicted" takes what could be
    word = reading.once(_hypothetical_word, index)
    return f"hypothetical: {word}" if word else ""


def _not_asserted(prof: Profile, reading: Reading, index: int) -> str:
    """A figure the article denies, reports as a rumour or an unconfirmed report, or gives
    as what was expected ("Police denied initial reports that more than 40 people had been
    hurt") is not asserted, so it can contradict no fact, unless the claim itself speaks
    so."""
    word = reading.once(_unasserted_word, index)
    if not word or _tells_unasserted(prof.fact.claim):
        return ""
    return f"not asserted: {word}"


def _unasserted_word(reading: Reading, index: int) -> str:
    """The words that say a figure is not asserted (see `_not_asserted`), or ""."""
    found = _right_before(reading, index, UNASSERTED_BEFORE, 100)
    return " ".join(found.group(1).lower().split()) if found else ""


@functools.cache
def _tells_unasserted(claim: str) -> bool:
    """Whether a claim itself tells a denial, a rumour or what had been expected."""
    return UNASSERTED_WORDS.search(claim) is not None


def _hypothetical_word(reading: Reading, index: int) -> str:
    """The word that makes a figure hypothetical (see `_hypothetical`), or ""."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = word_span(sentence, quantity.start, quantity.end)
    for word in sentence.words[max(0, first - HYPOTHETICAL_REACH):first]:
        if word.surface.lower() in HYPOTHETICAL:
            return word.surface
    found = _right_before(reading, index, ODDS_BEFORE, 80)
    return found.group(1) if found else ""


def _right_before(reading: Reading, index: int, pattern: re.Pattern[str], reach: int
                  ) -> re.Match[str] | None:
    """`pattern`, which ends where the figure starts, within `reach` characters of its
    sentence before it."""
    start = reading.quantities[index].start
    floor = max(reading.sentences[reading.sentence_of[index]].start, start - reach)
    return pattern.search(reading.article.text, floor, start)


def _sequel(prof: Profile, reading: Reading, index: int) -> str:
    """A figure of one event that followed or preceded the one its sentence opens with
    ("At 9:32 p.m., it was followed by a 2.0-magnitude quake") is that other event's,
    unless the claim itself speaks of what followed ("followed by a 3.1 aftershock")."""
    word = reading.once(_sequel_word, index)
    if not word or prof.says(stem(word)):
        return ""
    return "another event, which came before or after"


def _of_several(prof: Profile, reading: Reading, index: int) -> str:
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


def _contents_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """What something holds ("Gray's gun was loaded with four bullets") is no count of
    what was done with such things ("fired 11 shots", "hit by seven bullets"), nor the
    other way round: a figure is a load only where the claim's is."""
    if reading.quantities[index].kind == "date":
        return ""
    holds = reading.once(_held, index)
    if holds == prof.held:
        return ""
    return "what something holds" if holds else "no load, which the claim counts"


def _people_for_times(prof: Profile, reading: Reading, index: int) -> str:
    """How many times something befell one ("Gray had been arrested four times", "was shot
    seven times") is no count of people: "three people were taken into custody" tells of
    other arrests, of others."""
    quantity = reading.quantities[index]
    if not prof.times or quantity.kind != "count":
        return ""
    noun = singular(quantity.unit.split()[-1]) if quantity.unit else ""
    return "a count of people, not of times" if noun in people_nouns()[1] else ""


def _held(reading: Reading, index: int) -> bool:
    """Whether a figure is what something holds ("loaded with four bullets")."""
    return held(reading.article.text, reading.quantities[index])


def _sequel_word(reading: Reading, index: int) -> str:
    """"followed" in "followed by a 2.0-magnitude quake", "Earlier" in "Earlier this
    morning, an earthquake with a preliminary magnitude of 2.0 struck", "last" in "The
    last earthquake measuring 3.0 or above occurred on Dec. 30", or "" (see
    `_sequel`). A sentence that goes on about such an earlier or later one ("The
    earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles") tells of it too."""
    if reading.quantities[index].kind == "date":
        return ""
    found = _right_before(reading, index, SEQUEL_BEFORE, 30)
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
#: After a figure given to several, what makes it each one's: "over 100 yards each".
EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b")
#: A sentence that opens with a time before or after the story's, then brings in a new
#: thing: "Earlier this morning, an earthquake ...".
ANOTHER_BEFORE_OR_AFTER = re.compile(
    r"(Earlier|Later)\b[^,.;:]{0,30},\s+an?\s|The\s+(last|previous)\s+(?=[a-z]{3})")
#: Openers of a sentence that goes on about what the one before named.
CONTINUING = PRONOUNS | {"the"}


@functools.cache
def _hypothetical_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in HYPOTHETICAL)


def _claims_other_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that restates one of the claim's other figures is that one, not the value.
    A bare number of a claim counts the value's noun: "shot three people ..., killing one"
    has one person killed, whom "shot to death one person" restates, or measures in its
    unit: "rushed for 352 yards ..., with Peyton Hillis for 101". A bare number of the
    article counts the other figure's: against "Two of the three people who died ... were
    women", "the death of three of our citizens" restates the three."""
    quantity = reading.quantities[index]
    expected = prof.fact.value
    for concept in prof.concepts:
        figure = concept.figure
        if figure is None:
            continue
        if expected.kind == "count" and figure.kind == "count" and not figure.unit:
            figure = replace(figure, unit=expected.unit)
        elif expected.kind in ("measure", "money") and figure.kind == "count" and (
                not figure.unit):  # "352 yards ..., with Peyton Hillis for 101": 101 yards
            figure = replace(expected, text=figure.text, value=figure.value, low=figure.low,
                             high=figure.high, hedge=figure.hedge)
        stated = quantity
        if figure.kind == quantity.kind == "count" and not quantity.unit:
            stated = replace(quantity, unit=figure.unit)  # "three of our citizens"
        if figures_agree(figure, stated, concept.stems) or _toll_as_people(
                figure, quantity, concept.stems, reading, index):
            return f"the claim's other figure {figure.text!r}"
    return ""


def _toll_as_people(figure: Quantity, quantity: Quantity, stems: frozenset[str],
                    reading: Reading, index: int) -> bool:
    """A claim's toll ("part of more than 50 arrests over four nights") restated as a count
    of people its sentence gives the toll's word: "More than 50 people have been
    arrested since the protests began"."""
    if not (figure.kind == quantity.kind == "count" and figure.value == quantity.value
            and figure.hedge == quantity.hedge and quantity.unit in MERE_PEOPLE
            and figure.unit not in MERE_PEOPLE and stem(figure.unit) in people_tolls()):
        return False
    sentence = reading.sentences[reading.sentence_of[index]]
    return any(same_word(w.stem, s) for w in sentence.tokens for s in stems)


#: Before a claim's figure, in its clause, a word that makes it the event the claim
#: counts from: "in the half-hour after the 2.0-magnitude aftershock".
COUNTED_FROM_BEFORE = re.compile(r"(?i)\b(?:after|before|since)\b[^,;:.]*$")


def _other_figure_differs(prof: Profile, reading: Reading, index: int) -> str:
    """A sentence that gives another value of a claim's other figure, and never the
    claim's, speaks of another thing: against "The entry-level 11-inch MacBook Air runs a
    1.7GHz processor", "the 13-inch version ... comes with the 2.5GHz dual-core Intel Core
    i5". Its figure may agree with the fact, never fail it. Not a figure of the event the
    claim counts from ("five quakes ... in the half-hour after the 2.0-magnitude
    aftershock"): the sentence may measure the claim's own things ("of magnitude 1.0 to
    1.9")."""
    quantity = reading.quantities[index]
    claim = prof.fact.claim
    others = [c.figure for c in prof.concepts if c.figure is not None
              and c.figure.kind in ("count", "measure") and c.figure.unit
              and not COUNTED_FROM_BEFORE.search(claim, 0, c.figure.start)]
    if not others or quantity.kind == "date" or agreement(prof.fact, quantity):
        return ""  # a date is its event's, whatever the sentence says of the thing
    said = [reading.quantities[i] for i in reading.neighbours(index)]
    for figure in others:
        same_unit = [q for q in said if q.kind == figure.kind and q.unit == figure.unit]
        if same_unit and not any(figures_agree(figure, q) for q in same_unit):
            return f"another {figure.unit}: {same_unit[0].text!r}, not {figure.text!r}"
    return ""


#: In a claim, a figure's total over two: "with his wife and his mistress".
_CONJUNCT = r"(?:(?:the|his|her|their|its)\s+)?([A-Za-z][\w-]*)"
CLAIM_PAIR = re.compile(rf"\b(?:with|from|by|between|among)\s+{_CONJUNCT}\s+and\s+{_CONJUNCT}")


def _one_of_the_pair(prof: Profile, reading: Reading, index: int) -> str:
    """A claim whose figure sums over two ("fathered eight children with his wife and his
    mistress") is not stated by a sentence that names one of the two and not the other
    ("his mistress, with whom he had three children"): that is one part. It may agree,
    never fail. Only a pair of common nouns: bodies are named loosely ("a bailout from
    the EU" for "from the EU and the IMF")."""
    quantity = reading.quantities[index]
    if quantity.kind == "date" or compare(prof.fact.value, quantity,
                                          prof.fact.tolerance).consistent:
        return ""
    sentence = reading.sentences[reading.sentence_of[index]]
    for first, second in _claim_pairs(prof.fact.claim):
        if _writes(sentence, first) != _writes(sentence, second):
            return f"one of the claim's {first} and {second}"
    return ""


@functools.cache
def _claim_pairs(claim: str) -> tuple[tuple[str, str], ...]:
    """A claim's pairs of common nouns (read once per claim): a pair of bodies is named
    loosely ("a bailout from the EU"), so it is left out."""
    return tuple((m.group(1), m.group(2)) for m in CLAIM_PAIR.finditer(claim)
                 if m.group(1).islower() and m.group(2).islower())


def _writes(sentence: Sentence, word: str) -> bool:
    """Whether a sentence writes a word, as spelt or as a variant."""
    return any(same_word(t.stem, stem(word)) for t in sentence.tokens)


def _one_of_the_parts(prof: Profile, reading: Reading, index: int) -> str:
    """A count in a sentence that counts the same noun more than once is one of the
    parts, not the fact's figure, where they add up to it ("shot to death one person and
    injured two others" against three people shot), where another of them gives it (the
    two wounded), or where all together they come to no more than a figure the article
    states elsewhere (after "Seven bullets hit Mr. Gray", "Two bullets struck from the
    front ...; one bullet entered his left side"). "Others" counts the noun before it.
    It may agree, never fail."""
    quantity = reading.quantities[index]
    expected = prof.fact.value
    if (quantity.kind != "count" or expected.kind != "count" or not quantity.unit
            or not isinstance(expected.value, float)
            or compare(expected, quantity, prof.fact.tolerance).consistent):
        return ""
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


def _for_another_model(prof: Profile, reading: Reading, index: int) -> str:
    """A figure given "for the 11-inch model" (or "for the 13-inch", its noun left out) is
    that model's: against a claim that does not name it, it may agree, never fail."""
    quantity = reading.quantities[index]
    found = FOR_A_MODEL.match(reading.article.text, quantity.end)
    if found is None or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    model = found.group(1) or found.group(2)
    named = [t.stem for t in tokens(model) if t.content and t.stem not in MODEL_TIERS]
    if not named or all(prof.says(w) for w in named):
        return ""
    return f"for the {model} model"


#: Right after a figure (and a conversion in brackets, or the bracket that closes the
#: figure's own), the model it is given for: "2.38 pounds (1.08 kg) for the 11-inch model",
#: "$2,199 for the 2.3 GHz quad-core i7 model".
#: Words that place a model in its line without naming it: "the base 13-inch version".
MODEL_TIERS = frozenset(stem(w) for w in (
    "base", "entry-level", "entry", "standard", "basic", "upgraded", "top", "cheapest", "new"))
_MODEL_WORD = r"(?!(?:in|of|on|at|with|from|to|by|for|and|or|the|an?)\b)[\w.]+"
FOR_A_MODEL = re.compile(
    r"\s*\)?\s*(?:\([^()]{0,30}\)\s*)?for\s+the\s+"
    rf"(?:((?:{_MODEL_WORD}(?:\s*-\s*|\s+)){{0,4}}{_MODEL_WORD})\s+"
    r"(?:model|version|variant|edition|option|configuration)s?\b"
    r"|(\d[\d.]*\s*-?\s*[a-z]+)(?=\s*[.,;]|\s+and\b))")


#: A product's or a standard's name written with a number: "USB 3.0", "iPhone 5", "GT 650M".
NAMED_NUMBER = re.compile(r"\b([A-Za-z][\w-]*)\s+\d")
#: The word right before a figure, spaces between.
WORD_RIGHT_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+$")


def _a_names_number(prof: Profile, reading: Reading, index: int) -> str:
    """A bare number right after a name the claim writes with a number of its own is that
    name's version or model, no count: against "two USB 3.0 ports", "USB 3 support via a
    dual USB 2 / USB 3 port". Only names an editor types in capitals inside or
    throughout (USB, iPhone, GeForce): "the Chiefs 7" is a yard line, not a model."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or quantity.unit:
        return ""
    found = WORD_RIGHT_BEFORE.search(reading.article.text, max(0, quantity.start - 30),
                                     quantity.start)
    if found is None or not _capitals_inside(found.group(1)):
        return ""
    if found.group(1).lower() not in _named_with_numbers(prof.fact.claim):
        return ""
    return f"a number of the name {found.group(1)}"


@functools.cache
def _named_with_numbers(claim: str) -> frozenset[str]:
    """The words a claim writes a number right after, lower-cased (read once per claim)."""
    return frozenset(m.group(1).lower() for m in NAMED_NUMBER.finditer(claim))


def _capitals_inside(word: str) -> bool:
    """Whether a word has a capital past its first letter: "USB", "iPhone", "MacBook"."""
    return any(c.isupper() for c in word[1:])


def _about_a_sibling(prof: Profile, reading: Reading, index: int) -> str:
    """An article whose title names a sibling of a two-word name of the claim (one word
    the same, the other not: "MacBook Air" for "MacBook Pro", "Kristian Lopez" for
    "Andrew Lopez"), which its text writes too, and not the claim's word that tells them
    apart, is about that sibling: a figure in a sentence without that word ("weighing in
    at 2.38 pounds for the lightest one") may agree, never fail. So is a sentence that
    opens with a pronoun after one that names a sibling, neither writing the claim's
    word: "The MacBook Air gets 3rd-gen Core chips. It also gets storage up to 512 GB"."""
    quantity = reading.quantities[index]
    if not prof.name_pairs or quantity.kind == "date" or compare(
            prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    pairs, titled = reading.once(_title_names, -1)  # one per article
    position = reading.sentence_of[index]
    said = reading.sentences[position].stems
    sibling = _sibling(prof, pairs, titled | said)
    if sibling:
        return f"about the {sibling}, which the title names"
    pairs, before = reading.once(_named_before, index)
    sibling = _sibling(prof, pairs, said | before) if pairs else ""
    return f"about the {sibling}, which the sentence before names" if sibling else ""


def _named_before(reading: Reading, index: int
                  ) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The two-word names and the stems of the sentence before the figure's, where the
    figure's opens with a pronoun that may point back to them; else nothing."""
    position = reading.sentence_of[index]
    if position == 0 or reading.sentences[position].opener not in PRONOUNS:
        return frozenset(), frozenset()
    before = reading.sentences[position - 1]
    return name_pairs(before.words), before.stems


def _sibling(prof: Profile, pairs: frozenset[tuple[str, str]], said: frozenset[str]) -> str:
    """The first of these two-word names that is a sibling of one of the claim's, where
    the claim's word that tells them apart is not said."""
    for first, second in pairs:
        for a, b in prof.name_pairs:
            own, other = (b, second) if a == first else (a, first) if b == second else ("", "")
            if (own and not own.startswith(other) and not other.startswith(own)  # "Mat Maid"
                    and other not in prof.claim_stems and own not in said):
                return f"{first} {second}"
    return ""


def _title_names(reading: Reading, _: int) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The two-word names of the article's title that its text writes too, and the stems
    of the title's words."""
    title = reading.article.title or ""
    if not title:
        return frozenset(), frozenset()
    written = frozenset().union(*(name_pairs(s.words) for s in reading.sentences))
    titled = list(words(title))
    return name_pairs(titled) & written, frozenset(w.stem for w in titled)


#: Right after a figure, what it surpasses: "2,117 career points, passing Rodney Buford's".
SURPASSING = re.compile(
    r",?\s+(?:passing|breaking|surpassing|topping|eclipsing|bettering)\s+((?:[A-Z][\w'’-]*\s+){1,3})")

#: Before a figure in its clause, the mark it passed: "passed Rodney Buford to become the
#: school's all-time scoring leader with 2,117 points".
PASSED_BEFORE = re.compile(
    r"\b(?:passed|surpassed|overtook|broke|topped|eclipsed|bettered)\s+"
    r"((?:[A-Z][\w'’-]*\s+){1,3})[^,;:.!?()]*$")


def _surpasses_claimed(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that passes a mark the claim names is beyond that mark, no statement of
    it: against "the record ... held by Rodney Buford ... stood at 2,116 points", "It gave
    him 2,117 career points, passing Rodney Buford's career mark". Against a claim that
    tells of no mark at all, it is a running total as it passed the mark, told at that
    moment, not the total the claim gives at the end ("After the win, McDermott had 2,129
    career points"), nor against one that gives its total at the end, though it tells of
    a mark ("finished the game with 2,129 career points, the school's record"), unless
    the sentence tells of that mark too. Either may agree, never fail; one that passes a
    mark the claim does not name, where the claim tells of one ("4,051 yards - breaking
    Cam Newton's record" against Luck's "set the NFL rookie record"), is read as any
    figure."""
    quantity = reading.quantities[index]
    found = SURPASSING.match(reading.article.text, quantity.end) or _right_before(
        reading, index, PASSED_BEFORE, 120)
    if found is None or agreement(prof.fact, quantity):
        return ""
    if any(prof.says(w.stem) for w in tokens(found.group(1))):
        return f"passes {found.group(1).strip()}"
    marks = prof.claim_stems & stems_of(MARK_WORDS)
    if not marks or (prof.claim_stems & stems_of(END_WORDS) and not _sets_the_mark(
            reading, index, found, marks)):
        return f"a total as it passed {found.group(1).strip()}"
    return ""


def _sets_the_mark(reading: Reading, index: int, found: re.Match[str],
                   marks: frozenset[str]) -> bool:
    """Whether the figure's sentence, past the words of the mark passed, tells of the
    claim's mark itself: "set the NFL rookie record ... with 4,051 yards - breaking Cam
    Newton's record" does; "It gave him 2,117 career points, passing Rodney Buford's
    career mark" does not."""
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= found.end(1)][:MARK_NOUN_WORDS]
    end = after[-1].start if after else found.end(1)  # "Buford's career mark": its noun
    return any(w.stem in marks for w in sentence.words if not found.start() <= w.start <= end)


#: How many words after the name of a mark passed may be its noun ("career mark").
MARK_NOUN_WORDS = 2


#: The words of a claim that tells of a mark passed: then a figure passing another mark
#: is read as any.
MARK_WORDS = "record mark pass passed passing break broke breaking surpass surpassed top topped"
#: The words of a claim that gives its total at the end ("finished the game with 2,129
#: career points, the school's record"): a figure as a mark was passed is a running total
#: there, unless its sentence tells of the claim's mark.
END_WORDS = "finished finish finishes ended end ends final"


def _restates_earlier(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that points back to an earlier one ("Those 10 points") says of the fact
    what that one says: no more, whichever fact it spoke of or none. Where the article
    gives no earlier figure to point to, the one it points back to may be a part or an
    aside all the same: the figure may agree, never fail."""
    if not reading.once(points_back, index):
        return ""
    earlier = reading.once(restated, index)
    if earlier is not None:
        return f"restates the earlier {earlier.text!r}"
    quantity = reading.quantities[index]
    if quantity.kind == "date" or compare(prof.fact.value, quantity,
                                          prof.fact.tolerance).consistent:
        return ""
    return "points back to a figure told before"


def _anothers_claimed_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure that disagrees with the fact and restates a figure of another fact's claim
    is that claim's: against McDermott's "grabbed 7 rebounds", "Echenique ... grabbed 11
    rebounds" where another fact says "Echenique blocked 6 shots, with 11 points and 11
    rebounds". Not a date: a day off is the slip a drift makes, and stories date many
    facts a day apart."""
    quantity = reading.quantities[index]
    if prof.lexicon is None or quantity.kind == "date" or agreement(prof.fact, quantity):
        return ""
    for key, figure in prof.lexicon.claimed(quantity):
        if key != prof.key:
            return f"the figure {figure.text!r} of {prof.lexicon.profiles[key].fact.id}'s claim"
    return ""


def _excluded(prof: Profile, reading: Reading, index: int) -> str:
    """Why the sentence can never speak of the fact: an `exclude` word, or no `context` word."""
    stems = reading.sentences[reading.sentence_of[index]].stems
    for word in sorted(prof.exclude):
        if any(same_word(s, word) for s in stems):
            return f"excluded: {word}"
    if prof.context and not any(same_word(s, c) for s in stems for c in prof.context):
        return "no context word: " + ", ".join(sorted(prof.context))
    return ""


Veto = Callable[[Profile, Reading, int], str]


def first_veto(prof: Profile, reading: Reading, index: int, missing: str,
               echoed: bool = False) -> str:
    """The first reason the figure can never speak of the fact, or "": the checks of
    VETOES in order, `missing` (why it has no counted noun, see `noun_missing`, worked
    out once by the caller) standing at its place among them. A figure `echoed` (another
    article states the fact in the same words around its figure) faces only the editor's
    own `exclude` and `context` words: the rest passed for those words in the other
    article, and what else vetoes it here is its new value ("a 24-day strike" for a
    "24-hour strike" is a slip, not another thing; "hit by eight bullets" where another
    article wrote seven is no whole the claim's seven are part of)."""
    if echoed:
        return _excluded(prof, reading, index)
    for check in VETOES:
        why = missing if check is noun_missing else check(prof, reading, index)
        if why:
            return why
    return ""


#: Why a figure can never speak of a fact, checked in this order (`first_veto`); the first
#: found is the candidate's veto. The order decides the reason shown and, around
#: `_far_off`, whether a vetoed candidate still counts as a rival (`Candidate.rival`).
VETOES: tuple[Veto, ...] = (
    _excluded, _claims_other_figure, _restates_earlier, _anothers_claimed_figure,
    reported_when, counted_from,
    another_event, another_noun, another_time, another_day, told_as_past, another_week,
    another_month,
    _other_role,
    _hypothetical, _not_asserted, _sequel, _of_several, _contents_mismatch, _people_for_times,
    after_the_claims_event, another_step,
    noun_missing, _only_present, _another_fate, _age_limit, _age_mismatch, _age_then,
    before_the_claims_time,
    _anothers_figure, _intensive_subject, _a_groups_figure, _anothers_role, anothers_object,
    _owner_not_thing,
    _someone_elses,
    _not_the_extreme,
    _within_the_ceiling,
    _whole_of_the_value, _measured_elsewhere, _difference_mismatch, _far_off, _rate_mismatch,
    _several_days, one_of_several_days, _part_mismatch,
    _modifier_mismatch, _verb_missing, _margin_mismatch,
    _between_mismatch, _spans_back_to_its_event, _partitive_mismatch, _others_mismatch,
    _breakdown_mismatch,
    _counts_other_things, _hits_not_fired, _fired_not_hits,
    _measures_another, _whole_of_an_addition,
    _set_elsewhere, _where_elsewhere, _town_unnamed, _locates_another, _another_of_its_kind,
    _other_figure_differs,
    _surpasses_claimed, _about_a_sibling, _one_of_the_parts, _one_of_the_pair,
    _for_another_model, _a_names_number, _a_stretch, _past_the_nth, _a_spread,
    _the_claims_fraction, _total_of_a_pair,
    _a_total_in_all,
    _whole_of_the_time,
)
