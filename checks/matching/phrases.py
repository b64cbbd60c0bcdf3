"""What the words around a figure say of it: an age, a rate, a part of the event, a margin,
the noun it leaves understood, the thing a measure measures."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from checks.matching.sentences import Sentence, Token, people_nouns, stem, tokens, word_span
from checks.quantities import Quantity, singular
from checks.quantities.patterns import CHANGE_VERBS, SMALL_NUMBERS
from checks.quantities.tense import tense_of

#: How many words of a noun phrase after a measure say what it measures.
THING_WORDS = 3


#: "a 35-year-old deputy", "35 years old", tokenized "35 - year - old".
AGE_AFTER = re.compile(r"\s*-?\s*old\b")
#: "aged 35", "at age 35", "the age of 35", and the list after it: "ages 12, 14 and 15".
AGE_BEFORE = re.compile(
    r"(?i)\bage(?:d|s|\s+of)?\s+(?:\d{1,3}(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?)*$")
#: A decade of life as the reader spans it: "in her forties", "fiftysomething".
OF_LIFE = re.compile(r"(?i)^in\s+(?:his|her|their)\b|something$")
#: Death at an age, as obituaries write it: "died at 77", "who died yesterday in federal
#: prison at 77", "dies at 77".
DIED_AT = re.compile(r"(?i)\b(?:died|dies)\b[^,.;:!?()]{0,50}\bat\s+$")
#: Verbs of death an age or a date at death hangs on: "John Gotti died of cancer in 2002
#: at age 61".
DEATH_VERBS = frozenset("died dies".split())
#: A bare number set off after a name: "Deputy Jerry Ortiz, 35, was", "Horton (34)",
#: "Andrew Lopez, 20 and Jonathan Carrasquillo, 24", "Lopez, 20 was found guilty".
APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?:,|\s*\()\s*$")
#: The same after a noun for a person ("the Troy man, 49, shot", "a woman, 68, and two
#: men"; people.yaml's nouns but the generic ones), or in a relative clause after either
#: ("Ortiz, who was 38, was gunned down", "who, police said, was 38", "who told jurors she
#: is 32").
NOUN_APPOSITION_BEFORE = re.compile(r"\b([a-z]+)(?:,|\s*\()\s*$")
WHO_WAS_BEFORE = re.compile(
    r"(?i)\w,\s+who(?:\s+according\s+to\s+[^,.;]{1,60}?|,\s*[^,.;]{1,50}?\s(?:said|says),"
    r"|\s+(?:told|tells)\s+[^,.;]{1,30}?\s+(?:s?he|they))?\s+(?:was|is)\s+$")
#: How far before an age "who was" and an attribution may reach ("Jeffs, who according
#: to the attorney general's office is 55,").
WHO_REACH = 100
#: A clause that opens with "he" or "she", or "the" and a noun for a person, and gives a
#: bare number as what the person is: "He was 79.", "The deputy was 38."
SUBJECT_WAS_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+and\s+|\band\s+)(?:(?:[Hh]e|[Ss]he)|[Tt]he\s+([a-z]+))"
    r"\s+(?:was|is)\s+$")
#: An article before an age that may stand for a person itself: "with the 12-year-old".
AGE_NOUN_BEFORE = re.compile(r"(?i)\b(?:the|an?)\s+$")
#: A name an attributive age's phrase is set off after: "LaCalamita III, a 38-year-old".
APPOSED_PHRASE_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s*an?\s+$")
#: The same with the age given after the phrase's noun: "Horton, a mother aged 43,".
APPOSED_AGED_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s*an?\s+(?:[a-z]+\s+){1,2}aged\s+$")
#: After an age set off beside its name: a mark, the end of the sentence, line or list
#: item ("WOUNDED: Unique Armstead, 32 | Cheanne McKnight, 14"), or the clause's verb.
APPOSITION_AFTER = re.compile(
    r"\s*(?:[,;)|]|\.(?:\s|$)|$)|[ \t]*\n|\s+(?:and\s+[A-Z]|(?:was|is|has)\b)")
OLDEST = 120
#: The words that tell, after "was", that someone was killed ("was shot and killed").
KILLED_WORDS = r"(?:dead|killed|slain|murdered)"
#: A claim whose subject died: "who was shot dead in June 2005", "was 77 when he died"
#: (not "when his father was shot dead").
DIED = re.compile(rf"(?i)\b(?:who|he|she)\s+(?:died|was\s+(?:\w+\s+)?{KILLED_WORDS})\b")
#: "was" or "is" right before a bare number: "Ortiz was 35 when ...".
WAS_BEFORE = re.compile(r"(?i)\b(?:was|is)\s+$")
#: After a claim's age, the event it ties the age to: "was 18 years old when he opened
#: fire", "was 55 when a jury convicted him", "was 35 at the time", "was 55 at his trial".
#: "when" and the verb it ties an age to: "was 77 when he died", "When arrested".
_WHEN_VERB = r"(?i)\bwhen\s+(?:(?:he|she|they)\s+)?(?:(?:was|were)\s+)?([a-z]+)\b"
WHEN_VERB = re.compile(_WHEN_VERB)
#: The same opening an age's clause: "When arrested in his early 20's".
WHEN_VERB_BEFORE = re.compile(_WHEN_VERB + r"[^,.;:!?]*$")
AT_AN_EVENT = re.compile(
    r"(?i)(?:\s+(?:years?\s+)?old)?,?\s+(?:when|at\s+the\s+time|at\s+(?:his|her|their)\s)\b")
#: After a claim's age set beside a name, what befell the person, which the age is tied
#: to: "Jose Luis Orozco, 27, was arrested" (news gives such an age on its own day). An
#: active verb after it ("Lopez, 18, opened fire") is read as news writes it, the age
#: on the claim's own day.
APPOSED_AT_EVENT = re.compile(
    r",\s+(?:was|were|had\s+been)\s+(?:[a-z]+ed|shot|hit|struck|caught|taken|found|held)\b")
#: The end of a claim right after its figure, and a claim that opens with a full name:
#: "Unique Armstead, the other mother shot in the arm, is 32."
CLAIM_ENDS = re.compile(r"\s*\.?\s*$")
FULL_NAME_OPENS = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*(?:,|\s+(?:was|is)\b)")
#: A full name after a noun for a person, right before the "was" of a claim's closing
#: number, whatever opens the claim: "Wounded girl Cheanne McKnight was 11." (group 1).
FULL_NAME_WAS = re.compile(r"\b([a-z]+)\s+[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
                           r"[A-Z][\w'’-]*\s+(?:was|is)\s+$")
#: The word that makes a bare number of a claim an age limit: "the retirement age".
AGE_NAMED = re.compile(r"(?i)\bage\b")
AGE_WORDS = frozenset({"old", "age", "aged", "year"})


#: How far before a figure "aged" may stand, a list between ("ages 12, 14 and 15").
AGE_REACH = 30


def is_age(text: str, quantity: Quantity) -> bool:
    """Whether a figure states someone's age, which is neither a duration nor a count.

    A number of years before "old" or after "aged", or a decade of life ("in her
    forties"); or, as news writes ages, a bare whole number set off by commas (or
    brackets) right after a name or a noun for a person (or in "who was N," after one),
    or after "died ... at", or all a clause says of a person it opens with ("He was
    79.", "The deputy was 38, and").
    """
    if quantity.kind == "duration" and quantity.unit == "year":
        return (AGE_AFTER.match(text, quantity.end) is not None
                or OF_LIFE.search(quantity.text) is not None
                or AGE_BEFORE.search(text, max(0, quantity.start - AGE_REACH),
                                     quantity.start) is not None)
    if not bare_age_number(quantity):
        return False
    if AGE_BEFORE.search(text, max(0, quantity.start - AGE_REACH), quantity.start) or (
            DIED_AT.search(text, max(0, quantity.start - 60), quantity.start)):
        return True
    lo = max(0, quantity.start - 40)
    if _subject_is(text, quantity, lo):
        return True
    who = WHO_WAS_BEFORE.search(text, max(0, quantity.start - WHO_REACH), quantity.start)
    if who and SUBJECT_IS_AFTER.match(text, quantity.end):
        return True  # "Zurana Horton, who was 36." as "who was 36, died"
    if APPOSITION_AFTER.match(text, quantity.end) is None:
        return False
    if APPOSITION_BEFORE.search(text, lo, quantity.start) or who:
        return True
    return apposed_noun(text, quantity) is not None


#: What may follow a number that is all a clause says of its person: its end, or "and"
#: and what else the sentence tells ("He was 56 and had just heard").
SUBJECT_IS_AFTER = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)|\s+and\s")


def _subject_is(text: str, quantity: Quantity, lo: int) -> bool:
    """"He was 79.", "The deputy was 38.", "She is 35, and she testified": a bare number
    that is what a person a clause opens with is."""
    subject = SUBJECT_WAS_BEFORE.search(text, lo, quantity.start)
    if subject is None or SUBJECT_IS_AFTER.match(text, quantity.end) is None:
        return False
    return subject.group(1) is None or singular(subject.group(1)) in people_nouns()[1]


def apposed_noun(text: str, quantity: Quantity) -> str | None:
    """The noun for one kind of person a number is set off right after ("her daughter,
    11,"; people.yaml's nouns, not a generic one: "the people, 12,")."""
    found = NOUN_APPOSITION_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    if found is None:
        return None
    generic, nouns = people_nouns()
    return found.group(1) if singular(found.group(1)) in nouns - generic else None


def claimed_age(claim: str, quantity: Quantity) -> bool:
    """Whether a claim's figure is someone's age: as `is_age` reads it, or a bare number
    after "was" before the event it ties the age to ("Deputy Jerry Ortiz was 35 when he
    was shot"), or that ends a claim opening with a full name ("Unique Armstead ... is
    32.") or writing one right before its "was" ("Wounded girl Cheanne McKnight was 11."),
    as an editor writes it. Not in articles, where "Lopez, who was 18 at the
    time of the shooting" is an age of another day than the news's."""
    if is_age(claim, quantity):
        return True
    if not bare_age_number(quantity) or WAS_BEFORE.search(
            claim, max(0, quantity.start - 8), quantity.start) is None:
        return False
    return AT_AN_EVENT.match(claim, quantity.end) is not None or (
        CLAIM_ENDS.match(claim, quantity.end) is not None and (
            FULL_NAME_OPENS.match(claim) is not None  # "Unique Armstead, the other mother
            or _person_named_before(claim, quantity.start)))  # ..., is 32."


def _person_named_before(claim: str, start: int) -> bool:
    """Whether a noun for a person and a full name stand right before the "was" at start."""
    found = FULL_NAME_WAS.search(claim, 0, start)
    return found is not None and singular(found.group(1)) in people_nouns()[1]


def bare_age_number(quantity: Quantity) -> bool:
    """A bare whole number, as exact as written, that could be someone's age: "35",
    "thirty - six"."""
    return (quantity.kind == "count" and not quantity.unit and quantity.hedge == "exact"
            and (quantity.text.isdigit() or NUMBER_WORDS.fullmatch(quantity.text) is not None)
            and float(quantity.value).is_integer() and 0 < quantity.value <= OLDEST)


#: A number written in words alone: "thirty - six", "seventy-nine".
NUMBER_WORDS = re.compile(r"[a-z]+(?:\s?-\s?[a-z]+)?")


def as_age(quantity: Quantity) -> Quantity:
    """An age as a number of years, so that it compares with an age fact's "35 years"."""
    if quantity.kind == "duration":
        return quantity
    return replace(quantity, kind="duration", unit="year")


def measured_words(sentence: Sentence, quantity: Quantity) -> list[Token]:
    """The word that names what a measure measures, joined to its figure: the one right
    after it, or after "of" ("24GB of RAM", "1.06 inches thick", "seven hours of battery
    life"), or the one before it through "of" ("a depth of 4.1 miles"). Not a verb
    ("lasted 90 minutes", "weighs 6 pounds"): any measure follows one."""
    first, last = word_span(sentence, quantity.start, quantity.end)
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


#: Words that report a figure rather than say what it counts.
REPORTING = frozenset(stem(w) for w in "said says say told reported according added "
                      "announced stated claimed estimated".split())


#: How many words after a bare number may lead to the plural noun it counts.
UNREAD_REACH = 4


def noun_unread(sentence: Sentence, quantity: Quantity, text: str) -> bool:
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


def verb_after(sentence: Sentence, end: int, text: str) -> Token | None:
    """The verb a bare figure is the subject of: "46 were arrested", "three have died"."""
    after = [w for w in sentence.words if w.start >= end][:3]
    if not after or after[0].surface.lower() not in AUXILIARIES or text[end:after[0].start].strip():
        return None
    rest = [w for w in after[1:] if w.surface.lower() not in AUXILIARIES]
    return rest[0] if rest and rest[0].content else None


#: "are reported", "was estimated": a report with no one reporting.
BE_FORMS = frozenset("is are was were be been".split())


def reports(sentence: Sentence, *, passive: bool = True, start: int = 0,
            stop: int | None = None) -> bool:
    """Whether a word of reporting stands in the sentence ("said", "told"), or in its
    words start:stop; with `passive=False`, only one with someone reporting: "are
    reported as marching" names no reporter."""
    words = sentence.words
    return any(w.stem in REPORTING and (passive or not (
        w.index and words[w.index - 1].surface in BE_FORMS)) for w in words[start:stop])


def word_before(sentence: Sentence, start: int) -> list[Token]:
    """The content word right before a figure, or but a function word away ("mother of
    12"): the word that leaves its noun understood."""
    first, _ = word_span(sentence, start, start + 1)
    before = [w for w in sentence.words[max(0, first - 2):first] if w.start < start]
    if before and before[-1].surface.lower() in LINKS and before[-1].gap == "":
        before = before[:-1]
    return before[-1:] if before and before[-1].content else []


#: Children an age may describe, someone else's in a story about adults: "her 11-year-old
#: daughter", "an 11-year-old girl".
KIN = frozenset(
    "daughter son girl boy child kid baby infant toddler nephew niece grandson "
    "granddaughter stepson stepdaughter".split())
KIN_REACH = 3
#: How far after a name an age stands before the person noun it describes may be.
DESCRIBED_REACH = 2


#: "23 points and eight rebounds a game", "$5 million a year": a rate, not a total.
RATE = re.compile(r"(?i)(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bat\s)"
                  r"(?<!\bthat\s)(?<!\bduring\s)\b(?:a|an|per|each)\s+(?:game|match|season|"
                  r"year|month|week|day|night)\b"
                  r"(?!\s+(?:earlier|later|before|after|ago|high|low|record))")


#: A short aside in brackets right after a figure: its conversion, "(Dh4, 275)".
BRACKET_AFTER = re.compile(r"\s?\([^()]{1,30}\)")


def is_rate(text: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether a rate word stands after the figure, in its clause, outside the figures
    that follow ("120 miles an hour" is a speed, not a rate of the figure before it),
    past a conversion in brackets ("earns? 900 (Dh4, 275) a month")."""
    bracket = BRACKET_AFTER.match(text, quantity.end)
    end = bracket.end() if bracket else quantity.end
    clause = clause_after(text, end)
    inside = [(q.start - end, q.end - end) for q in quantities
              if end <= q.start < end + len(clause)]
    return any(not any(lo < m.start() < hi or lo == m.start() < m.end() < hi
                       for lo, hi in inside)  # "a month" alone is the rate itself
               for m in RATE.finditer(clause))


def clause_opening(text: str, start: int, at: int) -> int:
    """Where the clause a figure at `at` stands in opens: past the last comma, semicolon,
    colon or bracket since `start`, the sentence's start."""
    return max([start] + [text.rfind(mark, start, at) + 1 for mark in ",;:("])


#: A claim's event marked as one before the news: "The earlier shooting", "an earlier,
#: smaller earthquake", "the previous fire".
EARLIER_EVENT = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:earlier|previous|prior)\b(?!\s+(?:this|that)\b)")

#: Before a figure, a class defined by doing it: "the only teams to win at least 10 games",
#: "the fifth rookie quarterback in the Super Bowl era to win", "the 14th player to reach".
CLASS_HEAD = (r"(?i)\b(?:only|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
              r"|tenth|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,7}?")
CLASS_IN_CLAIM = re.compile(CLASS_HEAD + r"to\s+[a-z]+\s+")

#: A claim's mark that stood before the news: a mark's noun and a word that puts it before.
MARK_BEFORE_NEWS = re.compile(
    r"(?i)^(?=.*\b(?:record|mark|high|best)\b)(?=.*\b(?:before|until|previous|prior|old"
    r"|former|earlier)\b)")

#: Right before a duration, a verb and "for": "separated for".
LASTING_BEFORE = re.compile(r"\b([A-Za-z]+)\s+for\s+\Z")


def clause_after(text: str, end: int) -> str:
    """The words after a figure up to the clause's end (at most 60 characters, and no
    word cut short: "in the quarter" of "in the quarterfinals" is a part of a game);
    "and" goes on, since a rate may close a list ("23 points and eight rebounds a game")."""
    piece = text[end:end + 60]
    stop = re.search(r"[,;:.!?()\n]|\s(?:but|while|which|who)\s", piece)
    if stop:
        return piece[:stop.start()]
    if text[end + 59:end + 61].isalnum():
        piece = piece[:piece.rfind(" ") + 1]  # the last word runs on past the window
    return piece


#: A part of a game or a period: "in the first half", "at halftime", "midway through the
#: second half", "in the first 7 ½ minutes", "during a pivotal 15-2 run", "during the
#: game's deciding 15-2 run".
PART = re.compile(
    r"(?i)\b(?:(?:in|during|at|by|after|before|through|of)\s+(?:the\s+)?"
    r"(?P<part>(?:(?:first|second|third|fourth|final|last|opening|closing)\s+)?"
    r"(?:half|quarter|period|inning|halftime|half-time|intermission))"
    r"|(?:in|during)\s+the\s+(?P<minutes>(?:first|last|final|opening|closing)\s+[\d½\s.]+"
    r"\s*minutes)"
    r"|(?:in|during|on|with)\s+(?:an?|the)\s+(?:\S+\s+){0,4}\d+\s?[-–]\s?\d+\s+(?P<run>run|spurt)"
    r"|(?P<streak>straight|consecutive|unanswered|in\s+a\s+row))\b")
PART_BEFORE = 50
#: In a claim, a word that makes its part of the event hold the whole ("11 points, all of
#: them in the second half").
ALL = re.compile(r"(?i)\ball\b")
#: What a date is counted from in a claim ("two days after the shooting", "the eve of the
#: general strike"), to its clause's end; after the figure, also what sets another event's
#: time ("on June 20, 2005, the shooting Ortiz was investigating when he was killed").
COUNTED_FROM = re.compile(r"(?i)\b(?:after|before|since|eve\s+of|when)\b")
#: In a claim, what names the whole its figure is a part of: "its share of the EU-IMF
#: bailout", "Germany's share of the Greek bailout".
SHARE_OF = re.compile(r"(?i)\b(?:share|part|portion|slice|fraction|proportion)\s+of\b")
#: Right after a date, words that make it later than the event they name: "sentenced ...
#: on Tuesday following his conviction".
FOLLOWING_AFTER = re.compile(r"(?i)[^,;:.!?()]{0,20}?\b(?:following|after|since)\s+([^,;:.!?()]*)")
CLAUSE_END = re.compile(r"[,;:.!?()]")
#: Right before a figure, words that make it another event's, one before or after the
#: event the sentence opens with: "it was followed by a 2.0-magnitude quake".
SEQUEL_BEFORE = re.compile(r"(?i)\b(?:followed|preceded|trailed)\s+by\s+(?:a|an|another)\s+$")


#: Right before a figure, words that make it what something holds: "was loaded with four
#: bullets", "a truck packed with 20 tons". Holding is no event: not "hit by", "fired".
CONTENTS_BEFORE = re.compile(
    r"(?i)\b(?:loaded|filled|packed|stuffed|crammed)\s+with\s+(?:only\s+|just\s+)?$")
#: Right before a count, a verb of what something holds: "The shotgun holds five shells".
#: Not before a measure: a device "holds up to 768GB", its capacity a fact of its own.
HOLDS_BEFORE = re.compile(r"(?i)\bholds\s+(?:only\s+|just\s+|up\s+to\s+)?$")


def held(text: str, quantity: Quantity) -> bool:
    """Whether a figure is what something holds: "loaded with four bullets", "holds five
    shells" (see CONTENTS_BEFORE and HOLDS_BEFORE)."""
    start = max(0, quantity.start - 30)
    return CONTENTS_BEFORE.search(text, start, quantity.start) is not None or (
        quantity.kind == "count" and HOLDS_BEFORE.search(text, start, quantity.start) is not None)


#: A figure that measures a gap between two sides: "cut the lead to 3 points" (a noun,
#: after a determiner or a possessive: "which lead to 3 deaths" is a verb).
MARGIN_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her)|['’]\s?s)\s+"
                           r"(?:[a-z]+\s+)?(lead|margin|deficit|advantage|edge|gap)\s+"
                           r"(?:of|to|at|was|is|stood at)?\s*$")
MARGIN_WORDS = frozenset(stem(w) for w in "lead margin deficit advantage edge gap".split())
#: Right after a figure, a comparison makes it a difference, not an amount: "$100 less than
#: the old model", "$100 cheaper", "60 percent faster", "two years older" (but not "four
#: more men", who are more men); so does a gap to a mark: "two votes short of a majority",
#: "two rebounds off his personal best" (not "13 miles off the coast").
DIFFERENCE_AFTER = re.compile(
    r"(?i)\s+(?:(?:less|more)\s+than|(?:cheap|high|low|fast|slow|long|short|bigg|small"
    r"|larg|great|heavi|light|thinn|thick|old|young)er|(?:short|shy)\s+of"
    r"|off\s+(?:the|his|her|their|its|a)\s+(?:[a-z-]+\s+)?(?:best|high|record|mark|pace))\b"
)
#: Before a figure, a verb of change and "by" make it a change, not an amount: "cut the
#: starting price of the 13-inch MacBook Air by $100", "raised the toll by three".
CHANGE_BY_BEFORE = re.compile(rf"(?i)\b(?:{CHANGE_VERBS})\b[^,;:.!?()]{{0,60}}?\bby\s+$")
#: After a figure, a noun of change: "a $100 price cut", "a 3 percent rise".
CHANGE_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:cut|reduction|increase|rise|drop|hike|decrease|decline)\b")


#: Right before a figure, a verb of change: "has dropped $100 to $1,199".
CHANGE_VERB_BEFORE = re.compile(rf"(?i)\b(?:{CHANGE_VERBS})\s+$")
#: Right after it, the new level: " to $1,199".
TO_LEVEL_AFTER = re.compile(r"\s+to\s+[$€£]?\s?\d")


def is_difference(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a difference or a change, not an amount:
    "$100 cheaper", "60 percent faster", "cut the price by $100", "a $100 price cut", "has
    dropped $100 to $1,199" (not "dropped to $1,199", the level)."""
    return bool(DIFFERENCE_AFTER.match(text, end) or CHANGE_AFTER.match(text, end)
                or CHANGE_BY_BEFORE.search(text, max(0, start - 90), start)
                or (TO_LEVEL_AFTER.match(text, end)
                    and CHANGE_VERB_BEFORE.search(text, max(0, start - 20), start)))


#: Before a figure in its clause, words that give it as an earlier value of the same
#: figure, since replaced: "up from an earlier police count of 12", "revised from an
#: initial 4.4", "which originally had rated the quake as 4.4". (A bare "up from" may
#: compare another occasion's: "up from about 100 at Monday's vigil".)
#: Words that give a figure as the first one, since replaced (vetoes.asserted.superseded).
SUPERSEDED = r"(originally|initially|at\s+first|original|initial)"
_EARLIER = (rf"{SUPERSEDED}|earlier|previous(?:ly)?|preliminary"
            r"|(?:revised|raised|lowered|corrected|updated)\s+from")
EARLIER_VALUE_BEFORE = re.compile(rf"(?i)\b(?:{_EARLIER})\b[^,;:.!?()]*$")
#: The same in an article, where any change from it also makes a figure no longer the
#: news: "18 people were injured, up from 12".
GIVEN_AS_EARLIER = re.compile(
    rf"(?i)\b(?:{_EARLIER}|(?:up|down|rose|fell|risen|fallen|climbed|dropped)\s+from)\b"
    r"[^,;:.!?()]*$")
#: How far before a figure EARLIER_VALUE_BEFORE may start.
EARLIER_REACH = 60


#: Around a duration, words that make it the time between two events: "six years after a
#: jury convicted him", "two weeks before he was shot", "a few days prior to", "it took
#: another six years", "in the following half-hour" (after the event just told).
BETWEEN_AFTER = re.compile(r"(?i)\s+(?:after|before|later|earlier|ago|prior)\b")
BETWEEN_BEFORE = re.compile(
    r"(?i)\b(?:another|within|took(?:\s+(?:(?:the|a|an)\s+)?[a-z]+)?|"
    r"the\s+(?:following|next|ensuing))\s+$")
#: Around a count, words that make it a total over several days: "over four nights of
#: protesting", "in the past three days".
SEVERAL_DAYS = re.compile(r"(?i)\b(?:over|in|during|across)\s+(?:the\s+(?:past|last)\s+)?"
                          r"(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights)\b")
#: Only "another" says so alone: "took about three hours to knock the fire down" is a length.
BETWEEN_ALONE = re.compile(r"(?i)\banother\s+$")
#: A duration written as a compound adjective: "three-year", tokenized "three - year".
ATTRIBUTIVE_UNIT = re.compile(r"\s?[-–]\s?[a-z]+$")
#: The noun an attributive duration qualifies: "a three - year sentence".
NOUN_AFTER = re.compile(r"\s+[a-z]")
#: Before a duration, words that make it a length even with "before" after it: "the jury
#: deliberated for 30 minutes before sentencing him", "lasted 15 minutes before", "sit on
#: standby for as long as 30 days before its battery runs flat", and after a verb of
#: something that goes on: "deliberated more than three hours before convicting him",
#: "had waited two hours before" (the reader keeps other hedges, "about", "nearly", in
#: the figure itself).
LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:for|lasted|lasting|last|deliberated|deliberating|waited|waiting|spent"
    r"|spending|talked|talking|spoke|speaking|stayed|staying)\s+(?:as long as\s+)?$")


def time_between(text: str, quantity: Quantity, surely: bool = False) -> bool:
    """Whether a duration is the time between two events, not how long one lasted;
    `surely`: without the words that only suggest it ("took", "within")."""
    if quantity.kind != "duration":
        return False
    before = text[max(0, quantity.start - 24):quantity.start]
    if LENGTH_BEFORE.search(before):
        return False
    if BETWEEN_AFTER.match(text, quantity.end):
        return True
    # "another three-year sentence": a duration joined to its noun is that thing's length;
    # "the following half-hour." has none
    return (not (ATTRIBUTIVE_UNIT.search(quantity.text) and NOUN_AFTER.match(text, quantity.end))
            and bool((BETWEEN_ALONE if surely else BETWEEN_BEFORE).search(before)))


#: A score: bare numbers joined by a hyphen or a dash, the second no higher ("20-13",
#: tokenized "65 - 53"); find_quantities reads no score as a quantity.
SCORE_PAIR = re.compile(r"(?<![\d.,])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\d%]|[.,:/]\d)")


def scores(text: str, start: int, end: int, quantities: Sequence[Quantity]
           ) -> frozenset[tuple[int, int]]:
    """The scores written in text[start:end], outside every quantity ("January 9-10" is a
    date): what a claim's "beat Drake 65-53" and an article's "a 65 - 53 win" share."""
    found = set()
    for m in SCORE_PAIR.finditer(text, start, end):
        high, low = int(m.group(1)), int(m.group(2))
        if low <= high and not any(q.start < m.end() and m.start() < q.end for q in quantities):
            found.add((high, low))
    return frozenset(found)


#: Ordinal words, first to twentieth, by their number.
ORDINAL_WORDS = dict(enumerate("""first second third fourth fifth sixth seventh eighth
    ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth
    eighteenth nineteenth twentieth""".split(), start=1))
_ORDINAL_NUMBERS = {word: n for n, word in ORDINAL_WORDS.items()}
#: An ordinal in digits or in words: "11th", "3rd", "second", "twentieth".
ORDINAL = re.compile(
    rf"(?i)\b(?:(\d{{1,3}})(?:st|nd|rd|th)|({'|'.join(ORDINAL_WORDS.values())}))\b")


#: After an ordinal, a number: "the team's first 17 points" orders no series, it is a
#: stretch of one.
NUMBER_AFTER_ORDINAL = re.compile(rf"\s+(?:\d|(?i:{'|'.join(SMALL_NUMBERS)})\b)")


def ordinal_number(found: re.Match[str]) -> int:
    """The number an ORDINAL match orders: "11th" 11, "second" 2."""
    return int(found.group(1)) if found.group(1) else _ORDINAL_NUMBERS[found.group(2).lower()]


def ordinal_figure(quantity: Quantity) -> bool:
    """Whether a figure was read from an ordinal (`reading.ordinals_read`): "11th",
    "fifth - floor"."""
    return ORDINAL.match(quantity.text) is not None


@functools.cache
def claims_nth(claim: str, number: float) -> bool:
    """Whether a claim writes its figure as an ordinal: "his 11th point", "tenth win"."""
    if not float(number).is_integer():
        return False
    return any(ordinal_number(found) == int(number) for found in ORDINAL.finditer(claim))


#: After a count, "of" and a determiner, a possessive name or the whole's own figure make
#: it a part of a whole: "three of the seven bullets", "five of Creighton's first eight
#: points", "five of Zurana Horton's orphaned children", "Three of the bullets", "21 of 25
#: bouts". "all" before it makes it the whole
#: again ("all 11 of his points").
PARTITIVE_AFTER = re.compile(
    r"\s+of\s+(?:(?i:the|his|her|its|their|our|these|those)\b"
    r"|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*\s?['’]\s?s\b|(?=\d))")
WHOLE_BEFORE = re.compile(r"(?i)\ball\s+$")
#: How far the whole may stand after its part's "of the": "of his season-high 6".
PARTITIVE_REACH = 40


def time_part(text: str, quantity: Quantity) -> bool:
    """Whether a duration is a part of a time written after it: "at least 35 years of the
    life sentence", "the first 10 minutes of the game" (not "30 minutes of deliberations",
    which is their length)."""
    return quantity.kind == "duration" and PARTITIVE_AFTER.match(text, quantity.end) is not None


def partitive_part(text: str, quantity: Quantity) -> bool:
    """Whether a count is a part of a whole written after it ("three of the seven
    bullets"), not the whole ("all 11 of his points"). A count with a noun of its own
    before a bare number is made of that number's things, no part of them: "30 billion
    downloads of 650,000 apps"."""
    found = PARTITIVE_AFTER.match(text, quantity.end)
    if quantity.kind != "count" or found is None:
        return False
    if quantity.unit and text[found.end():found.end() + 1].isdigit():
        return False
    return WHOLE_BEFORE.search(text, max(0, quantity.start - 5), quantity.start) is None


def part_name(found: re.Match[str]) -> str:
    """"first half", "first 7 ½ minutes": the part as a key, whatever its spacing; any
    streak ("four straight points", "seven in a row") is one."""
    if found.group("streak"):
        return "streak"
    return " ".join((found.group("part") or found.group("minutes") or found.group("run")
                     ).lower().split())


#: A count joined to its noun by a hyphen: "a three-point play", tokenized "three - point".
ATTRIBUTIVE_COUNT = re.compile(r"\w\s?[-–]\s?[^\W\d_]+$")


def attributive_count(quantity: Quantity, following: Token | None) -> bool:
    """Whether a count modifies the noun after it ("a three-point play", "a 57-country
    organisation") rather than states a number of its own noun."""
    return (quantity.kind == "count" and bool(quantity.unit) and following is not None
            and following.content and ATTRIBUTIVE_COUNT.search(quantity.text) is not None)


#: "five other bank workers": more of a kind, besides some already named ("two others",
#: a noun of its own, is a count of people: see people.yaml).
OTHER = re.compile(r"(?i)\bother\b")
#: Inside a figure, after its number, a word that makes it an addition to another:
#: "three more years were added to his prison term", "eleven more men".
ADDED = re.compile(r"(?i)(?<=\S\s)(?:more|additional|extra|further)\b(?!\s+than\b)")
#: Right before a figure, words that make it an addition: "another three-year sentence".
ADDITION_BEFORE = re.compile(r"(?i)\b(?:another|an?\s+(?:additional|extra|further))\s+$")
#: How far before a figure ADDITION_BEFORE may open: "an additional ".
ADDITION_REACH = 15
#: The words of ADDED and ADDITION_BEFORE, one by one: right before a figure they add it
#: to others and tell nothing of what happened ("another 20,000 people marched").
ADDING_WORDS = frozenset("another further additional extra more".split())
#: In a claim, words that make its figure such an addition: "three years were added to
#: his prison sentence", "an extension of two years", "lengthened his confinement by".
ADDS = re.compile(r"(?i)\b(?:add(?:s|ed|ing)?|additional|extra|extend(?:s|ed|ing)?|extension"
                  r"|(?:lengthen|prolong)(?:s|ed|ing)?)\b")
#: Right before a bare number, a parent: "a mother of 12", "father of three" counts children.
PARENT_OF = re.compile(r"(?i)\b(?:(?:grand)?(?:mother|father|parent)|mom|dad)\s+of\s+$")
#: A claim that counts others itself: "two others were wounded", "Besides Jeffs, ...".
CLAIMS_OTHERS = re.compile(r"(?i)\b(?:others?|besides|apart from|aside from|in addition to)\b")


#: Words that open a new statement: a date after them dates that one ("jailed for 12
#: years, but it took until 2003 ...").
CONTRASTS = frozenset("but yet although though whereas".split())
#: Words between a verb and the date it takes: "said on Monday", "announced late Tuesday".
DATE_LINKS = frozenset("on late early".split())
#: The same before a month or a day: "in" takes a month as "on" a day.
MONTH_LINKS = DATE_LINKS | {"in"}
#: Nothing but words and spaces: no mark between a verb and the date it takes.
PLAIN_WORDS = re.compile(r"\s*(?:[^\W\d_]+\s+)*")
#: An age set off after a name, or a game's score, then what links a date: ", 34, on ",
#: ", 65 - 53, on ", " 65-53 on ".
SET_OFF = re.compile(r"(?:\s*,\s*\d{1,3}\s*,|\s*,?\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*,?)"
                     r"\s*(?:(?:on|in)\s+)?")


#: Separators at which the words between two figures change hands (for counts and
#: measures, which name the thing after them), and a clause ends.
CLAUSE_BREAKS = frozenset(",;:—–()")
ARTICLES = frozenset({"a", "an", "the"})
POSSESSIVE_PRONOUNS = frozenset("his her its their my our your".split())
PREPOSITIONS = frozenset(
    "in on at of for from by with to into onto over under near against about after before "
    "during between among through across behind beyond inside outside within".split()
)
#: Words that open a clause, not a name, when they open a sentence ("When Gigante ...").
CLAUSE_OPENERS = frozenset(
    "when while as if since because although though until once this that these those"
    .split()
)


#: The place a distance is measured from, right after it: "13 miles east of Cloverdale",
#: "two miles from The Geysers", "two miles east southeast of The Geysers".
#: A compass direction and what follows it: "east ", "south-southeast ", "northward ".
COMPASS = r"(?:(?i:(?:north|south)?-?(?:east|west)|north|south)(?:ward)?[\s-]+)"
MEASURED_FROM = re.compile(
    rf"\s*{COMPASS}{{0,2}}(?:of|from)\s+"
    r"((?:(?:The|the)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


#: What opens the parts a whole is said to hold: "23 quakes ..., including six smaller ones".
INCLUDING = re.compile(r"(?i)\b(?:including|among them)\b")
#: The same words right before a bare number, which make it a part of the count before:
#: "Seven bullets hit Gray, including three that entered his body from the rear".
INCLUDED_BEFORE = re.compile(r"(?i)\b(?:including|among\s+them)\s+$")


#: A person or body a thing went to or came from, named: "a pass to Reggie Wayne", "a
#: field goal by Adam Vinatieri"; in a claim anywhere, in an article within a few words
#: after the figure ("an 11-yard pass to T.Y. Hilton").
_NAMED = r"\b(to|by)\s+([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})"
ROLE_NAMED = re.compile(_NAMED)
ROLE_NAMED_AFTER = re.compile(r"(?:\s?-\s?[a-z]+)?(?:\s+[a-z][\w-]*){0,3}?\s+" + _NAMED[2:])


#: The name a count came from, right after it or its title: "13 points from Seth
#: VanDeest", "14 points from backup center Will Artino"; not a place after an article
#: ("13 bullets from a Brooklyn rooftop").
SOURCE_NAMED_AFTER = re.compile(
    r"\s+from\s+(?:(?!(?:a|an|the)\s)[a-z][\w-]*\s+){0,3}"
    r"([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})")


def role_names(text: str) -> frozenset[tuple[str, str]]:
    """Each (preposition, stem) of the names a claim gives after "to" or "by"."""
    return frozenset((m.group(1).lower(), stem(w)) for m in ROLE_NAMED.finditer(text)
                     for w in m.group(2).split())


def measured_from(text: str, quantity: Quantity) -> frozenset[str]:
    """The stems of the place a measure is measured from, when a name follows it."""
    if quantity.kind != "measure":
        return frozenset()
    place = MEASURED_FROM.match(text, quantity.end)
    if place is None:
        return frozenset()
    return frozenset(stem(w) for w in place.group(1).split() if w.lower() != "the")


#: How many words a phrase set before a claim's subject may hold: "After the Chiefs game,".
FRONTED_WORDS = 6


def opening_name(sentence: Sentence, reach: int = FRONTED_WORDS) -> list[Token]:
    """The name a sentence opens with ("Ryan Succop tied the game ...", "Will Artino
    scored ..."): a claim's subject, whose figure it gives. A short phrase may come first,
    when a verb follows the name: "After the Chiefs game, Andrew Luck had ..." (up to
    `reach` words before its comma)."""
    name = _name_at(sentence.words, 0)
    if name or not sentence.words or sentence.words[0].surface.lower() not in (
            PREPOSITIONS | CLAUSE_OPENERS):
        return name
    after = next((w.index for w in sentence.words[1:reach + 1] if "," in w.gap), None)
    name = _name_at(sentence.words, after) if after is not None else []
    verb = name[-1].index + 1 if name else len(sentence.words)
    return name if verb < len(sentence.words) and verb_like(sentence.words[verb]) else []


#: Verbs whose past is their present, which the tense test leaves out ("the battles
#: spread across the city"): after "the" and a noun, a verb in either tense.
ONE_FORM_VERBS = frozenset("spread hit cut put set burst cast hurt quit shut split".split())


def opening_noun(sentence: Sentence, reach: int = FRONTED_WORDS) -> list[Token]:
    """The common noun that opens a sentence's main clause after "the" and before its
    verb ("The battles spread across the city", "As more blocks reached the square, the
    battles spread ..."): the subject, as `opening_name` gives a named one. One or two
    words, the last the noun; a short phrase may come first, up to its comma."""
    words = sentence.words
    comma = next((w.index for w in words[1:reach + 1] if "," in w.gap), None)
    for at in (0, comma):
        if at is None or at >= len(words) or words[at].surface.lower() != "the":
            continue
        for size in (1, 2):
            noun = list(words[at + 1:at + 1 + size])
            verb = at + 1 + size
            if (len(noun) == size and verb < len(words) and (
                    verb_like(words[verb]) or words[verb].surface in ONE_FORM_VERBS)
                    and all(w.content and not w.name and w.joined for w in noun)
                    and words[verb].joined):
                return noun
    return []


def verb_like(word: Token) -> bool:
    """Whether a word reads as a verb: an auxiliary or a past form."""
    lower = word.surface.lower()
    return lower in AUXILIARIES or tense_of(lower) == "past" or looks_past(lower)


def _name_at(words: Sequence[Token], at: int) -> list[Token]:
    name: list[Token] = []
    for word in words[at:]:
        capital = word.surface[:1].isupper()
        if not capital or (name and not word.joined):
            break
        lower = word.surface.lower()
        if not word.content and (name or lower in ARTICLES | PREPOSITIONS | CLAUSE_OPENERS):
            break  # "The Greek parliament", "In 1959 Gigante": no name opens them
        name.append(word)
    return name if any(w.content for w in name) else []


def name_pairs(words: Sequence[Token]) -> frozenset[tuple[str, str]]:
    """The stems of each two capitalised words written together: "MacBook Pro", "Andrew
    Lopez". A name of two words tells it from its siblings ("MacBook Air"); a possessive
    joins two names ("Ukraine's Crimean Peninsula"), it makes none."""
    return frozenset((a.stem, b.stem) for a, b in itertools.pairwise(words)
                     if a.content and b.content and b.gap == ""
                     and a.surface[:1].isupper() and b.surface[:1].isupper()
                     and not a.surface.endswith(POSSESSIVE_ENDS))


#: How a possessive ends: "Ukraine's", "Ukraine’s", "Charles'".
POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def looks_past(lower: str) -> bool:
    """A word in "-ed" the tense table leaves open ("added", "tied"): past, after a name."""
    return len(lower) >= 4 and lower.endswith("ed") and not lower.endswith("eed")


def actor(words: Sequence[Token]) -> frozenset[str]:
    """The stems of the last name before a claim's verb, who did what it tells: "Chiefs
    running back Jamaal Charles rushed for 226 yards" is Charles's, his team's name a
    word about him. Empty where no name comes before a verb it can tell ("Colts beat the
    Chiefs": "beat" may be a noun). A name after a preposition is none ("The Colts'
    drive against the Chiefs, capped by ..."), nor one in a relative clause set off by
    commas ("Buford's record, which Doug McDermott broke, stood at 2,116 points")."""
    aside = relative_aside(words)
    main = [w for w in words if w.index not in aside]
    verb = next((i for i, w in enumerate(main) if w.surface[:1].islower() and verb_like(w)),
                None)
    names = name_groups(main[:verb] if verb is not None else (),
                        lambda w: w.content and w.surface[:1].isupper())
    names = [n for n in names if not _after_preposition(words, n[0].index)]
    return frozenset(w.stem for w in names[-1]) if names else frozenset()


def _modifiers_after_name(words: Sequence[Token]) -> set[int]:
    """The words of names that only modify a noun, after a name that does not: "Vincent
    Gigante, the Genovese crime family boss" describes Gigante by the family. A modifier
    with no name before it may name the claim's own ("the Kimani Gray shooting")."""
    names = name_groups(words, lambda w: w.name)
    first = next((i for i, n in enumerate(names) if not _attributive(words, n)), len(names))
    return {w.index for n in names[first + 1:] if _attributive(words, n) for w in n}


def _attributive(words: Sequence[Token], name: Sequence[Token]) -> bool:
    """Whether a name only modifies the common noun after it ("the Genovese crime family
    boss", "the Obama administration"): it names that thing, not who did anything."""
    first, last = name[0].index, name[-1].index
    if first == 0 or words[first - 1].surface.lower() not in ARTICLES or last + 1 >= len(words):
        return False
    after = words[last + 1]
    return (not after.gap and after.content and after.surface[:1].islower()
            and not verb_like(after))


def aside_names(words: Sequence[Token]) -> frozenset[str]:
    """The stems of the names a claim writes only in a relative clause set off by commas
    ("Buford's record, which Doug McDermott broke, stood at 2,116 points": McDermott), as
    a companion of its subject ("was sentenced ... alongside Vito Genovese") or as a
    modifier after it (`_modifiers_after_name`): in each, the figure is not theirs."""
    aside = relative_aside(words) | _companions(words) | _modifiers_after_name(words)
    inside = {w.stem for w in words if w.index in aside and w.name}
    return frozenset(inside - {w.stem for w in words if w.index not in aside})


#: Words that make the name after them a companion of the subject, not the subject.
COMPANION_WORDS = (("alongside",), ("along", "with"), ("together", "with"))


def _companions(words: Sequence[Token]) -> set[int]:
    """The indices of the names right after "alongside", "along with" or "together with"."""
    found: set[int] = set()
    lower = [w.surface.lower() for w in words]
    for i in range(len(words)):
        for marker in COMPANION_WORDS:
            if tuple(lower[i:i + len(marker)]) != marker:
                continue
            after = words[i + len(marker):]
            for j, word in enumerate(after):
                if not word.name or (j and not word.joined):
                    break
                found.add(word.index)
    return found


def relative_aside(words: Sequence[Token]) -> set[int]:
    """The indices of the words of relative clauses set off by commas (", which Doug
    McDermott broke,", ", with whom Warren Jeffs fathered a child,"), up to the comma
    that closes each."""
    aside: set[int] = set()
    opened = False
    for i, word in enumerate(words):
        if word.gap == ",":
            opening = [w.surface.lower() for w in words[i:i + 2]]
            opened = opening[0] in RELATIVES or (
                opening[0] in PREPOSITIONS and opening[1:] in (["whom"], ["which"]))
        if opened:
            aside.add(word.index)
    return aside


def _after_preposition(words: Sequence[Token], index: int) -> bool:
    """Whether a name is the object of a preposition ("drive against the Chiefs"), which
    makes it no actor; so is a name set off by commas right after such a one, its state
    or country ("at his trial in San Angelo, Texas, broke his silence")."""
    before = list(words[max(0, index - 2):index])
    if before and before[-1].surface.lower() in ARTICLES:
        before = before[:-1]
    if before and before[-1].surface.lower() in PREPOSITIONS:
        return True
    apposed = _apposed_to(words, index)
    return apposed is not None and _after_preposition(words, apposed)


def _apposed_to(words: Sequence[Token], index: int) -> int | None:
    """Where the name a name is set off after by commas starts ("San Angelo, Texas,": San
    Angelo's), or None; not a name a relative clause follows ("Drake, McDermott, who")."""
    end = next((w.index for w in words[index + 1:] if not w.joined or not w.name), None)
    if (index < 1 or words[index].gap != "," or not words[index - 1].name
            or end is None or words[end].gap != ","
            or words[end].surface.lower() in RELATIVES):
        return None
    start = index - 1
    while start > 0 and words[start - 1].name and words[start].joined:
        start -= 1
    return start


def name_groups(words: Sequence[Token], is_name: Callable[[Token], bool]) -> list[list[Token]]:
    """The names these words write: runs of name words, each joined to the one before."""
    names: list[list[Token]] = []
    for word in words:
        if not is_name(word):
            continue
        if names and word.joined and names[-1][-1].index == word.index - 1:
            names[-1].append(word)
        else:
            names.append([word])
    return names


def sole_name(sentence: Sentence) -> list[Token]:
    """The one name a sentence writes, which a "He" or "She" opening the next one stands
    for; none where it writes more, since which one is meant is left open."""
    names = name_groups(sentence.words, lambda w: w.name)
    return names[0] if len(names) == 1 else []


#: The steps of a case at law, each by the verbs that tell it happened (not "escape
#: conviction", "a life sentence": nouns, which any step may speak of).
LEGAL_STEPS = {
    "arrest": frozenset({"arrested"}),
    "charge": frozenset({"charged", "indicted", "arraigned"}),
    "conviction": frozenset({"convicted", "guilty"}),
    "acquittal": frozenset({"acquitted"}),
    "sentencing": frozenset({"sentenced"}),
}


#: The nouns of the steps, which date a step where a date follows them ("his
#: arraignment Wednesday").
STEP_NOUNS = {
    "arrest": frozenset({"arrest"}),
    "charge": frozenset({"arraignment", "indictment"}),
    "conviction": frozenset({"conviction"}),
    "acquittal": frozenset({"acquittal"}),
    "sentencing": frozenset({"sentencing"}),
}
#: Each step's verbs and nouns, by word.
STEP_OF_WORD = {word: step for steps in (LEGAL_STEPS, STEP_NOUNS)
                for step, words in steps.items() for word in words}
#: A step's verb or noun right before a date, perhaps through "on" or "in": "acquitted
#: in 1958", "his arraignment Wednesday".
STEP_RIGHT_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(STEP_OF_WORD)) + r")\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def step_right_before(text: str, start: int, end: int) -> str:
    """The step of a case at law whose verb or noun text[start:end] ends with (see
    STEP_RIGHT_BEFORE), or ""."""
    found = STEP_RIGHT_BEFORE.search(text, start, end)
    return STEP_OF_WORD[found.group(1).lower()] if found else ""


def legal_steps(words: Sequence[Token]) -> frozenset[str]:
    """The steps of a case at law these words tell (see LEGAL_STEPS): not by a word that
    describes the noun after it, after a word of no content ("a convicted felon", "that
    convicted cop killer"; "the jury convicted polygamist leader Warren Jeffs" tells it)."""
    said = {w.surface.lower() for i, w in enumerate(words) if not _describes(words, i)}
    return frozenset(step for step, names in LEGAL_STEPS.items() if names & said)


def _describes(words: Sequence[Token], i: int) -> bool:
    """Whether words[i] describes the lower-case noun right after it (see `legal_steps`)."""
    after = words[i + 1] if i + 1 < len(words) else None
    return (i == 0 or not words[i - 1].content) and after is not None and not after.gap and (
        after.surface.islower() and after.content and after.surface.isalpha())


def possessive(word: Token, text: str = "") -> bool:
    """A word in the possessive: "Ortiz's", "Vinatieri’s", and, where the text is given,
    a name ending in "s" with the apostrophe alone: "Jamaal Charles' 226 yards"."""
    if word.surface.lower().endswith(("'s", "’s")):
        return True
    end = word.start + len(word.surface)
    return bool(text) and word.surface.endswith("s") and text[end:end + 1] in ("'", "’") and (
        text[end + 1:end + 2] == " ")


#: How many words after a possessive subject may say who it is ("Ortiz's elder son, Jeremy").
POSSESSED_WORDS = 4


def attributive_age(text: str, age: Quantity) -> int | None:
    """Where "-old" ends after an age written before a noun ("an 11-year-old daughter",
    and unhyphenated, as the singular "year" shows, "with the 15 year old"), or None:
    "was 11 years old" and "Lopez, 20," describe no noun."""
    old = AGE_AFTER.match(text, age.end)
    if old is None:
        return None
    singular_year = age.value != 1 and age.text.lower().endswith(" year")
    return old.end() if "-" in old.group() or singular_year else None


def subject_words(sentence: Sentence, claim: str, age: Quantity) -> list[Token]:
    """Whose age a claim gives: the person an attributive age describes ("Horton was
    picking up her 11-year-old daughter": the daughter; in an aside set off right after
    the name the claim opens with, that name too: "Apostolos Kolokythopoulos, a
    70-year-old pensioner"), else the name it opens with when
    commas set off what follows, else its first name, or, when that name is a possessive,
    the words it possesses ("Deputy Jerry Ortiz's elder son, Jeremy, was 16": the son)."""
    old = attributive_age(claim, age)
    end, _ = word_span(sentence, age.start, age.end)
    name = first_name(sentence, end)
    if old is not None:
        described = next((w for w in sentence.words if w.start >= old and w.content), None)
        if described is not None:
            return [*name, described] if _in_opening_aside(sentence, name, end) else [
                described]
    lead = _people_before_clause(sentence, name) or _people_before_relative(sentence)
    if lead:
        return lead
    if name and name[0].index == 0 and _set_off_after(sentence, name):
        return name  # "Kimani Gray, the teenager shot dead ... in East Flatbush, Brooklyn, was 16"
    if not name or not possessive(name[-1]):
        return _apposed_subject(sentence, end) or name
    owned: list[Token] = []
    for word in sentence.words[name[-1].index + 1:end][:POSSESSED_WORDS]:
        if not word.content:
            break
        owned.append(word)
    return owned or name


def _in_opening_aside(sentence: Sentence, name: list[Token], end: int) -> bool:
    """Whether word `end` stands in the aside set off right after the name a claim opens
    with, before the aside's closing comma: "Apostolos Kolokythopoulos, a 70-year-old
    pensioner"."""
    if not name or name[0].index != 0 or not _set_off_after(sentence, name):
        return False
    return "," not in "".join(w.gap for w in sentence.words[name[-1].index + 2:end])


def _people_before_clause(sentence: Sentence, name: list[Token]) -> list[Token]:
    """The people a claim opens with when a name right after them, no comma between,
    opens a clause about them ("The older of the two girls Warren Jeffs took as wives
    ... was 15"): they, not the name, are its subject. Not a name set off after them
    ("The deputy, Jerry Ortiz, was 35") or after one person ("The receptionist Madeline
    Kafoury"), which is theirs."""
    words = sentence.words
    if (not name or name[0].index < 2 or words[0].surface.lower() not in ARTICLES
            or "," in name[0].gap):
        return []
    lead = [w for w in words[1:name[0].index] if w.content]
    if not lead or lead[-1].index != name[0].index - 1:
        return []
    noun = lead[-1].surface.lower()
    # a plural: "The receptionist Madeline Kafoury" is a title, not a clause
    return lead if singular(noun) != noun and singular(noun) in people_nouns()[1] else []


def _people_before_relative(sentence: Sentence) -> list[Token]:
    """The person a claim opens with when commas set a relative clause off after them
    ("The older girl, with whom Warren Jeffs fathered a child, was 15"): the clause's
    names are not its subject."""
    words = sentence.words
    aside = relative_aside(words)
    if not aside or not words or words[0].surface.lower() not in ARTICLES:
        return []
    lead = list(words[1:min(aside)])
    if not lead or any(not w.content or w.surface[:1].isupper() for w in lead):
        return []
    return lead if singular(lead[-1].surface.lower()) in people_nouns()[1] else []


#: Words that open a relative clause about the noun before them.
RELATIVES = frozenset({"who", "whom", "whose", "which"})


def _set_off_after(sentence: Sentence, name: list[Token]) -> bool:
    """Whether a comma follows a name: what comes after describes it."""
    after = name[-1].index + 1
    return after < len(sentence.words) and sentence.words[after].gap == ","


def _apposed_subject(sentence: Sentence, end: int) -> list[Token]:
    """The name set off by commas right before the verb of an age ("The suspect in the
    Troy office shooting, Anthony LaCalamita, is 38"): the subject's own, whatever name
    came first."""
    words = sentence.words[:end]
    if len(words) < 3 or words[-1].surface.lower() not in ("is", "was") or words[-1].gap != ",":
        return []
    name: list[Token] = []
    for word in reversed(words[:-1]):
        if not (word.content and word.surface[:1].isupper()):
            return []
        name.insert(0, word)
        if word.gap == ",":
            return name
        if not word.joined:
            return []
    return []


def first_name(sentence: Sentence, end: int) -> list[Token]:
    """The first name a sentence gives before word `end`: a claim's subject ("Jose Luis
    Orozco was 27 years old when he was arrested for killing Deputy Ortiz"), whose age its
    figure is. A sentence's capitalised first word before a few lower-case words and a
    name is that name's title ("Polygamist sect leader Warren Jeffs"); a nickname in
    quotes is part of the name ("Vincent 'The Chin' Gigante")."""
    name: list[Token] = []
    words = sentence.words[:end]
    for i, word in enumerate(words):
        capital = word.content and word.surface[:1].isupper()
        quoted = bool(name) and word.surface[:1].isupper() and word.gap[-1:] in QUOTES
        if capital and (not name or word.joined or quoted):
            name.append(word)  # "Vincent 'The Chin' Gigante": a nickname is of the name
        elif quoted:
            continue
        elif name and name[0].index == 0 and len(name) == 1 and _titled(words[i:]):
            name = []
        elif name:
            break
    return name


#: The marks that set a nickname off inside a name.
QUOTES = frozenset("'\"‘’“”")
#: How many lower-case words a title may have between its first word and the name.
TITLE_WORDS = 3


def _titled(words: Sequence[Token]) -> bool:
    """Whether a few lower-case content words lead to a name: "sect leader Warren"."""
    for word in words[:TITLE_WORDS + 1]:
        if word.name:
            return True
        if not word.content or word.surface[:1].isupper() or word.gap:
            return False
    return False


#: Words that mark a figure as a total: "three data ports in all", "In all, Orozco faces".
IN_ALL_WORDS = r"in\s+(?:all|total)|altogether|all\s+told"
IN_ALL = re.compile(rf"(?i)\b(?:{IN_ALL_WORDS})\b")
#: Such words right after a figure: "11 other men, 12 men in all".
IN_ALL_AFTER = re.compile(rf"\s+(?:{IN_ALL_WORDS})\b")


#: Words that give a figure to each of several: "10 years apiece", "each fired".
EACH_WORDS = r"each|apiece"
EACH = re.compile(rf"(?i)\b(?:{EACH_WORDS})\b")
#: After a figure given to several, what makes it each one's: "over 100 yards each".
EACH_AFTER = re.compile(rf"\s+(?:{EACH_WORDS})\b")
#: Before a figure in its clause, "each" and the verb that gives it to each of several:
#: "the sergeant and cop who each fired 11 shots", "each was sentenced to 10 years".
EACH_BEFORE = re.compile(r"(?i)\beach\s+(?:[a-z]+\s+){1,3}$")
#: Around a figure, the words that make it several's together: "a total of 46 arrests",
#: "45 points between them", "45 combined points".
JOINT_WORDS = r"between\s+them|combined"
TOTAL_OF_BEFORE = re.compile(r"(?i)\ba\s+total\s+of\s+$")
JOINT_AFTER = re.compile(rf"\s+(?:{JOINT_WORDS})\b")
#: Anywhere in a claim, what marks its figure as a total, or several's together: "fired
#: 11 shots between them", "a total of 46 arrests", "46 arrests in all".
MARKED_TOTAL = re.compile(rf"(?i)\b(?:{IN_ALL_WORDS}|{JOINT_WORDS}|a\s+total\s+of)\b")


#: After a count's noun, "of" and what it counts: "two counts of possession of a firearm",
#: "one count of attempted willful, deliberate, premeditated murder", "cases of measles".
#: Not a whole ("three of the seven bullets") nor anything a determiner opens. A word
#: for the whole may come between: "two counts in total of possession".
OF_COMPLEMENT = re.compile(
    rf"\s+(?:(?:{IN_ALL_WORDS})\s+)?of\s+(?!(?:the|an?|his|her|"
    r"its|their|our|my|your|this|that|these|those|them|us|which|whom|whose|all|each|every|"
    r"some|any)\b)([a-z][\w-]*(?:,?\s+[a-z][\w-]*){0,4})")
#: Words that end such a complement: the next phrase or clause.
COMPLEMENT_ENDS = frozenset(
    "of for in by at to on from with and or against after before during that which who "
    "while when as".split())


def counted_of(text: str, quantity: Quantity) -> tuple[Token, ...]:
    """The content words of what a count's noun counts, named after "of" ("counts of
    murder"); none for a count of no noun, which names its thing otherwise."""
    if quantity.kind != "count" or not quantity.unit:
        return ()
    found = OF_COMPLEMENT.match(text, quantity.end)
    if found is None:
        return ()
    kept: list[str] = []
    for word in re.split(r",?\s+", found.group(1)):
        if word in COMPLEMENT_ENDS:
            break
        kept.append(word)
    return tuple(tokens(" ".join(kept)))


#: After a count of shots, the verb that makes them the ones that hit: "Seven bullets hit
#: Mr. Gray", "seven bullets that struck him".
HIT_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:hit|struck|strike|hitting|striking)\b")
#: Before it, the passive of such a verb: "Gray was hit by seven bullets".
HIT_BY = re.compile(r"(?i)\b(?:hit|struck)\s+by\s+$")
#: Before or after a count of shots, the verb that makes them the ones fired: "fired a
#: total of 11 shots", "11 rounds were fired"; not a bare participle, which may tell the
#: ones that hit ("hit in the back by three of the seven bullets fired by the officers").
FIRED_BEFORE = re.compile(r"(?i)\bfir(?:ed|ing)\s+(?:off\s+|a\s+total\s+of\s+)?$")
FIRED_AFTER = re.compile(r"\s+(?:that\s+)?(?:were|was|had\s+been|being)\s+fired\b")


def hit_verb(text: str, start: int, end: int) -> bool:
    """Whether a hit is the verb of the figure at text[start:end], after it or in the
    passive before it."""
    return bool(HIT_AFTER.match(text, end) or HIT_BY.search(text, max(0, start - 12), start))


def fired_verb(text: str, start: int, end: int) -> bool:
    """Whether firing is the verb of the figure at text[start:end]."""
    return bool(FIRED_AFTER.match(text, end)
                or FIRED_BEFORE.search(text, max(0, start - 24), start))


#: Right before a figure or a thing, a comparison whose standard it is, with an article
#: or a possessive: "twice as deep as the", "deeper than the", "more powerful than its".
COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:as\s+([a-z]+)\s+as|(?:more\s+|less\s+)?([a-z]+)\s+than)\s+"
    r"(?:the|its|his|her|their|[a-z]+['’]s)\s+(?:[a-z]+(?:['’]s)?\s+){0,2}$")
#: How far before a figure COMPARED_BEFORE may open.
COMPARED_REACH = 50
#: Words in the place of the adjective that make no comparison.
NOT_COMPARING = frozenset("rather other well soon long far".split())


def kind_tokens(quantity: Quantity) -> list[Token]:
    """The words of a count between its number (and any hedge before it) and its noun:
    "FLDS" in "An estimated 10, 000 FLDS followers"."""
    pieces = quantity.text.split()
    numbers = [i for i, p in enumerate(pieces) if (p.lower() in NUMBER_PIECES or any(
        c.isdigit() for c in p)) and not _version(pieces, i)]
    after = list(tokens(" ".join(pieces[numbers[-1] + 1:]))) if numbers else []
    return [w for w in after[:-1] if not any(c.isdigit() for c in w.surface)]


def _version(pieces: list[str], i: int) -> bool:
    """Whether pieces[i] is a name's version ("USB 3.0"), no number of the count."""
    return i > 0 and "." in pieces[i] and pieces[i - 1][:1].isupper() and pieces[i - 1].isalpha()


#: The words of a number itself, which tell nothing of what is counted.
NUMBER_PIECES = frozenset(SMALL_NUMBERS) | frozenset(
    "hundred hundreds thousand thousands million millions billion dozen dozens".split())
