"""Vetoes for a figure that counts or measures something other than the claim does:
another noun, another fate, another rate, another modifier."""

from __future__ import annotations

import functools
import re

from checks.compare import compare
from checks.matching.figures import (
    agreement,
    counts_nothing,
    same_noun,
)
from checks.matching.phrases import (
    ATTRIBUTIVE_COUNT,
    KIN,
    PARENT_OF,
    REPORTING,
    SEVERAL_DAYS,
    clause_after,
    counted_of,
    fired_verb,
    held,
    hit_verb,
    noun_unread,
    ordinal_figure,
    verb_after,
    word_before,
)
from checks.matching.profiles import Profile
from checks.matching.reading import (
    ADDED_SHARE_BEFORE,
    Reading,
    included_in,
    kind_of,
    modified_noun,
    past_verb,
    whole_of_part,
    whole_words,
)
from checks.matching.sentences import (
    MERE_PEOPLE,
    SHOT_NOUNS,
    Sentence,
    Token,
    people_nouns,
    people_tolls,
    same_word,
    stem,
    synonym_groups,
    word_span,
    words,
)
from checks.quantities import Quantity, singular
from checks.quantities.patterns import LABEL_ENDS


def verb_missing(prof: Profile, reading: Reading, index: int) -> str:
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


def only_present(prof: Profile, reading: Reading, index: int) -> str:
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


def another_fate(prof: Profile, reading: Reading, index: int) -> str:
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
    bouts"), the whole counted after it ("winning 21 of 25 light-heavyweight bouts"), as
    does a whole after "in the" whose compound adjective counts the fact's noun ("a
    majority of 160 in the 300-seat Parliament"), and
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
    if ordinal_figure(quantity) and _orders_the_unit(prof, sentence, quantity):
        return ""  # "his 11th point", "a third straight night"
    if noun_unread(sentence, quantity, reading.article.text):
        return "its noun is another"
    if FIELD_SPOT.search(reading.article.text, max(0, quantity.start - 30), quantity.start):
        return "a spot on the field"
    if any(same_word(w.stem, u) or same_word(stem(singular(w.surface.lower())), u)
           for w in reading.once(whole_words, index) for u in prof.units):
        return ""  # "all 11 of his points", "Seven of the men"
    if _labelled(prof, reading, index):
        return ""  # "Live shells found in his car: 5"
    whole = reading.once(whole_of_part, index) if prof.partitive else None
    if whole is not None and same_noun(whole, prof.units):
        return ""  # "won 21 of his 25 bouts": "winning 21 of 25 light-heavyweight bouts"
    text = reading.article.text
    if any(same_noun(reading.quantities[i], prof.units) for i in reading.neighbours(index)
           if _in_the_whole(text, quantity, reading.quantities[i])):
        return ""  # "a majority of 160 in the 300 - seat Parliament": 160 seats
    if "of" in text[max(0, quantity.start - 5):quantity.start] and PARENT_OF.search(
            text, max(0, quantity.start - 20), quantity.start):
        return "" if prof.fact.value.unit in KIN else "counts a parent's children"
    if quantity.unit == "time" and "shot" in prof.units and prof.claim_stems & HIT_VERBS and (
            _hit_before(sentence, quantity.start)):
        return ""  # "shot seven times", "hitting Gray eleven times": bullets that hit
    act = reading.once(_act_of_times, index)
    if act is not None and act.stem not in HITS and _the_facts_act(prof, act):
        return ""  # "arrested three times": three arrests ("shot seven times" is above)
    if (prof.units & people_tolls() or prof.units & people_nouns()[1]) and (
            prof.concepts_of("toll") and TOLL_BEFORE.search(
                text, max(0, quantity.start - 40), quantity.start)):
        return ""  # "the death toll rose to 14": the dead the claim counts
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
    if _named_in_frame(prof, reading, index):
        return ""  # "the arrest tally stood at 64", "a crowd numbering 400", "nine of them"
    who = WHO_VERB_AFTER.match(text, quantity.end)
    if who is not None and prof.units & people_nouns()[1] and any(
            same_word(stem(who.group(1).lower()), s) for s in prof.lead | prof.then):
        return ""  # "all seven who have been prosecuted": people the claim's verb tells
    return "no counted noun"


#: How many words after an ordinal its noun may stand: "his seventh fourth-quarter comeback".
ORDINAL_REACH = 4


def _orders_the_unit(prof: Profile, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether an ordinal read as a count orders the fact's noun, written singular within
    ORDINAL_REACH words after it: "his 11th point", "a third straight night"."""
    after = [w for w in sentence.words if w.start >= quantity.end][:ORDINAL_REACH]
    return any(same_word(stem(singular(w.surface.lower())), u) for w in after for u in prof.units)


def _named_in_frame(prof: Profile, reading: Reading, index: int) -> bool:
    """Whether a noun phrase around a bare number names what it counts, as the claim's
    noun: a tally of it ("the night's arrest tally stood at 64", "the number of arrests
    rose to 64"), a crowd of people ("a crowd numbering more than 400"), or a plural noun
    the number takes a part of ("turncoat mobsters, nine of them in all")."""
    noun = reading.once(_frame_noun, index)
    return noun is not None and any(same_word(stem(singular(noun.lower())), u)
                                    for u in prof.units)


def _frame_noun(reading: Reading, index: int) -> str | None:
    """The noun a noun phrase around a bare number names it a count of (see
    `_named_in_frame`): read once per figure, whatever the fact."""
    text, quantity = reading.article.text, reading.quantities[index]
    lo = max(0, quantity.start - FRAME_REACH)
    tally = TALLY_BEFORE.search(text, lo, quantity.start)
    if tally is not None:
        return tally.group("noun") or tally.group("of")
    if CROWD_BEFORE.search(text, lo, quantity.start):
        return "people"
    if OF_THEM_AFTER.match(text, quantity.end):
        before = PLURAL_BEFORE.search(text, lo, quantity.start)
        return before.group(1) if before else None
    return None


#: How far before a bare number the noun phrase that names what it counts may start.
FRAME_REACH = 60
#: Before a bare number, a tally of a noun: "the arrest tally stood at", "the number of
#: arrests rose to".
TALLY_BEFORE = re.compile(
    r"(?i)\b(?:(?P<noun>[a-z]+)\s+(?:tally|count|total)|number\s+of\s+(?P<of>[a-z]+))\s+"
    r"(?:(?:has|had|is|was|now|stood|stands|rose|risen|climbed|reached|hit|jumped|increased"
    r"|grew)\s+){0,2}(?:to|at|of)?\s*$")
#: Before a bare number, a crowd it counts the people of: "a crowd numbering", "a crowd
#: of", "a throng estimated at".
CROWD_BEFORE = re.compile(
    r"(?i)\b(?:crowd|throng|mob|gathering|audience)\s+(?:of|numbering|numbered|estimated\s+at"
    r"|(?:that\s+)?(?:grew|swelled)\s+to)\s+$")
#: After a bare number, the whole it takes a part of: "nine of them".
OF_THEM_AFTER = re.compile(r"\s+of\s+them\b")
#: Before a bare number, a plural noun set off by a comma: "turncoat mobsters, ".
PLURAL_BEFORE = re.compile(r"\b([A-Za-z]+s),\s*$")


#: After a bare number, "who" and the verb of the people it counts: "all seven who have
#: been prosecuted", "the 46 who were arrested".
WHO_VERB_AFTER = re.compile(
    r"\s+who\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?([a-z]+)\b")


#: A label and its colon right before a number that ends its line or list item: a fact
#: box's "Live shells found in his car: 5", "Dead: 3 | Injured: 12".
LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n|•—–]))\s*([^\n|•—–:;.!?]{2,60}):\s*$")
LABEL_REACH = 64


def _labelled(prof: Profile, reading: Reading, index: int) -> bool:
    """Whether a bare number stands alone after a label that names the claim's noun: the
    label is the number's noun ("Live shells found in his car: 5" against "three live
    shells"), as a fate's word before the number already is ("Killed: 4"). A label that
    names another thing ("Officers hurt: 2") or a person ("Cheanne McKnight: 14") leaves
    it counting nothing."""
    return any(same_word(w.stem, u) or stem(singular(w.surface.lower())) == u
               for w in reading.once(_label_words, index) for u in prof.units)


def _label_words(reading: Reading, index: int) -> tuple[Token, ...]:
    """The words of the label before a number that ends its line (see `_labelled`)."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if ":" not in text[max(0, quantity.start - 3):quantity.start]:
        return ()
    label = LABEL_BEFORE.search(text, max(0, quantity.start - LABEL_REACH), quantity.start)
    if label is None or not LABEL_ENDS.match(text, quantity.end):
        return ()
    sentence = reading.sentences[reading.sentence_of[index]]
    return tuple(w for w in sentence.words if label.start(1) <= w.start < label.end(1))


#: Before a bare number, a toll it gives: "the death toll rose to 14", "a toll of 14".
TOLL_BEFORE = re.compile(r"(?i)\btoll\s+(?:(?:has|had|is|was|now|stood|stands|rose|has\s+risen"
                         r"|climbed|reached|hit|jumped|increased|grew)\s+){0,2}(?:to|at|of)?\s*$")


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


#: Between a bare number and the whole it is counted in: "160 in the 300-seat Parliament".
IN_THE_WHOLE = re.compile(r"\s+(?:in|of)\s+(?:the|an?)\s+")


def _in_the_whole(text: str, part: Quantity, whole: Quantity) -> bool:
    """Whether `whole` is a count that modifies the noun right after the words "in the"
    after `part`: the part counts that count's noun ("160 in the 300-seat Parliament")."""
    return (whole.kind == "count" and bool(whole.unit)
            and IN_THE_WHOLE.fullmatch(text, part.end, whole.start) is not None
            and ATTRIBUTIVE_COUNT.search(whole.text) is not None)


def _earlier_count(reading: Reading, index: int) -> list[int]:
    """The count with a noun nearest before a bare number in its sentence, whose noun the
    bare number leaves understood where the same word leads both ("Carter scored 14
    points and Seth VanDeest scored 13"; not "shooting three people, killing one"), or
    another name "added" it ("led Drake with 13 points, while Richard Carter added 12"), or
    it is a part the earlier count includes ("Seven bullets hit Gray, including three
    that entered his body from the rear")."""
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
    if reading.once(included_in, index) == last:
        return [last]  # "Seven bullets hit Gray, including three that entered"
    return [last] if lead and own and lead[0].stem == own[0].stem else []


def none_of_another_noun(prof: Profile, reading: Reading, index: int) -> str:
    """A count stated as none ("no injuries were reported") speaks only of a fact whose
    claim or value names its noun ("No one was injured", `0 injuries`): a toll of
    another noun ("46 arrests") meets it in kind, but a nil count carries no figure to
    tell it apart. "No one" and "nobody" count people, whom the verb after them ties."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or quantity.value != 0 or quantity.unit in MERE_PEOPLE:
        return ""
    noun = stem(quantity.unit)
    own = {stem(w) for w in (prof.fact.value.unit or "").split()}
    if prof.says(noun) or any(same_word(noun, s) for s in own):
        return ""
    return f"none of another thing: {quantity.unit}"


def another_named_kind(prof: Profile, reading: Reading, index: int) -> str:
    """A count whose words before its noun name a kind ("two USB ports") counts another
    kind than a claim's that names its own there and this one nowhere ("no Ethernet
    port", `0 Ethernet ports`; "two Thunderbolt ports")."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or not prof.kind_words or not quantity.unit:
        return ""
    inside = reading.once(kind_of, index)
    if any(w.stem in prof.kind_words for w in inside):
        return ""
    named = [w.surface for w in inside if w.surface[:1].isupper() and not prof.says(w.stem)]
    return f"counts {named[0]} {quantity.text.split()[-1]}, another kind" if named else ""


def rate_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A figure stated per game, per year... is a rate, which a total is not (nor the
    reverse): "his 23 points and eight rebounds a game" is no game's score."""
    rate = index in reading.rates
    if rate == prof.rate:
        return ""
    return "a rate" if rate else "not a rate"


def several_days(prof: Profile, reading: Reading, index: int) -> str:
    """A count made over several days ("over 50 arrests … over four nights of
    protesting") is a running total, not the count of the one day a claim dates its own
    to ("46 people … on Wednesday night")."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or not prof.one_day:
        return ""
    found = SEVERAL_DAYS.search(clause_after(reading.article.text, quantity.end))
    return f"a total {found.group().strip()}" if found else ""


def modifier_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """A count that modifies another noun speaks of that noun: "two traditional three-point
    plays" states no points scored, unless the claim's figure modifies one too, or the
    noun is the claim's own: "the 57-country Organisation" says how many countries the
    claim's Organisation has. Where the claim writes that noun only as where its figure
    is ("hold 160 seats in the Greek Parliament"), "the 300-seat Parliament" may be the
    whole of which the claim counts a part: it may agree, never fail. Nor does one that
    modifies a plural ("four 100-catch seasons"), the mark each of several reached,
    where the claim's figure modifies nothing: it is no one thing's total. A count of
    the claim's noun before an occasion or a burst of it (`TALLIED_IN`: "a 32-point
    performance", "a 15-shot volley") is the total, the claim's figure."""
    modified = reading.once(modified_noun, index)
    if prof.modifier or modified is None:
        return ""
    if not prof.concepts_of(modified.stem):
        if modified.surface.lower() in TALLIED_IN and same_noun(reading.quantities[index],
                                                                prof.units):
            return ""  # "a 32-point performance", "a 15-shot volley": a total of its own
        return f"modifies {modified.surface}"
    plural = modified.surface.lower()
    if singular(plural) != plural and not agreement(prof.fact, reading.quantities[index]):
        return f"modifies {modified.surface}, each of several"
    if _placed_in_claim(prof, modified.stem) and not agreement(
            prof.fact, reading.quantities[index]):
        return f"modifies {modified.surface}, where the claim's figure is"
    return ""


#: Nouns of an occasion or a burst that a count before them totals, rather than rates or
#: sorts: "a 32-point performance" scored 32 points, "a 15-shot volley" fired 15 shots,
#: where "a three-point play" scored three of them at most.
TALLIED_IN = frozenset(
    "night game performance outing effort evening afternoon day volley barrage spree burst"
    " fusillade".split())


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


def _counted_after(reading: Reading, index: int) -> tuple[Token, ...]:
    """What the figure's noun counts, named after "of" (see `counted_of`)."""
    return counted_of(reading.article.text, reading.quantities[index])


def counts_other_things(prof: Profile, reading: Reading, index: int) -> str:
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


def hits_not_fired(prof: Profile, reading: Reading, index: int) -> str:
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


def fired_not_hits(prof: Profile, reading: Reading, index: int) -> str:
    """The mirror of `hits_not_fired`: the shots fired ("fired a total of 11 shots") are
    not those that hit, which a claim counts when hitting is its figure's verb ("seven
    bullets struck Kimani Gray"); they may agree, never fail."""
    quantity = reading.quantities[index]
    if (quantity.kind != "count" or not prof.hits or not same_noun(quantity, prof.units)
            or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent):
        return ""
    fired = fired_verb(reading.article.text, quantity.start, quantity.end)
    return "counts the shots fired" if fired else ""


def contents_mismatch(prof: Profile, reading: Reading, index: int) -> str:
    """What something holds ("Gray's gun was loaded with four bullets") is no count of
    what was done with such things ("fired 11 shots", "hit by seven bullets"), nor the
    other way round: a figure is a load only where the claim's is."""
    if reading.quantities[index].kind == "date":
        return ""
    holds = reading.once(_held, index)
    if holds == prof.held:
        return ""
    return "what something holds" if holds else "no load, which the claim counts"


def people_for_times(prof: Profile, reading: Reading, index: int) -> str:
    """How many times something befell one ("Gray had been arrested four times", "was shot
    seven times") is no count of people: "three people were taken into custody" tells of
    other arrests, of others."""
    quantity = reading.quantities[index]
    if not prof.times or quantity.kind != "count":
        return ""
    noun = singular(quantity.unit.split()[-1]) if quantity.unit else ""
    return "a count of people, not of times" if noun in people_nouns()[1] else ""


def times_for_people(prof: Profile, reading: Reading, index: int) -> str:
    """The reverse of `people_for_times`: how many times something befell one ("Gray had
    previously been arrested four times") is no count of people ("Police arrested one
    person on Monday night"); it may count the arrests or the bullets that hit ("shot
    seven times")."""
    quantity, value = reading.quantities[index], prof.fact.value
    if quantity.kind != "count" or quantity.unit != "time" or not value.unit:
        return ""
    noun = singular(value.unit.split()[-1])
    return "a count of times, not of people" if noun in people_nouns()[1] else ""


def times_of_another_act(prof: Profile, reading: Reading, index: int) -> str:
    """A count of times right after its verb ("had been shot seven times") counts how
    often that befell one: a fact counting another act ("Kimani Gray, the 16-year-old
    shot dead by police, had four prior arrests") is not it, though the claim's aside
    says "shot". The fact's own act ("arrested four times" for `4 arrests`, "hit"
    for bullets that hit) and what the claim tells befell its count keep it."""
    act = reading.once(_act_of_times, index)
    if act is None or not prof.fact.value.unit or _the_facts_act(prof, act):
        return ""
    if act.stem in HITS and prof.units & SHOT_NOUNS:
        return ""  # "shot seven times": the bullets that hit
    return f"counts how often one was {act.surface}"


def _act_of_times(reading: Reading, index: int) -> Token | None:
    """The verb in the past right before a count of times ("arrested three times", "had
    been shot seven times"): what the count counts, for `Reading.once`."""
    quantity = reading.quantities[index]
    if quantity.kind != "count" or quantity.unit != "time":
        return None
    before = word_before(reading.sentences[reading.sentence_of[index]], quantity.start)
    return before[0] if before and past_verb(before[0].surface) else None


def _the_facts_act(prof: Profile, act: Token) -> bool:
    """Whether a verb tells what the fact counts: its noun's own verb ("arrested" for
    arrests), or what its claim tells befell the count."""
    own = {stem(w) for w in prof.fact.value.unit.split()} | prof.then | prof.lead
    return any(same_word(act.stem, s) for s in own)


def _held(reading: Reading, index: int) -> bool:
    """Whether a figure is what something holds ("loaded with four bullets")."""
    return held(reading.article.text, reading.quantities[index])
