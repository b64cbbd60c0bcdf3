"""Which words of a sentence belong to a figure, and how far each stands from it."""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.compare import dimensions
from checks.matching.figures import counts_nothing
from checks.matching.phrases import (
    ARTICLES,
    ATTRIBUTIVE_COUNT,
    CLAUSE_BREAKS,
    PREPOSITIONS,
    opening_name,
    opening_noun,
    sole_name,
    word_before,
)
from checks.matching.reading import POSSESSIVE_AFTER, Reading, listed
from checks.matching.sentences import (
    STOPWORDS,
    Sentence,
    Token,
    people_nouns,
    word_distance,
    word_span,
)
from checks.quantities import Quantity, singular

#: Extra distance for a word in the previous sentence; none when the sentence opens with a
#: pronoun ("It lasted 50 minutes.", "His 14 points..."), which points back at it.
PREVIOUS_SENTENCE = 6
PRONOUNS = frozenset("he she it they his her its their this these".split())
#: Words that give a clause a subject of its own (with any name).
SUBJECTS = PRONOUNS | frozenset("i we you who whom whose which that".split())
CLAUSE_WORDS = frozenset("and or while but whereas with when after before".split())
#: Marks that open a clause for `_clause_gap`, and the extra words it puts between.
CLAUSE_MARKS = frozenset(";:—–")
#: The clause words that open a clause right before a figure: not "with", which there
#: mostly hangs the figure on the verb ("led all players with 35 points").
OPENERS = CLAUSE_WORDS - {"with"}
CLAUSE_GAP = 3


Window = list[tuple[Token, int, Sentence]]


def figure_window(reading: Reading, index: int) -> Window:
    """The words that may speak for the figure, with their distance to it in words.

    Words beside a sibling figure belong to one of the two (see `_share`).
    """
    quantity = reading.quantities[index]
    position = reading.sentence_of[index]
    sentence = reading.sentences[position]
    first, last = word_span(sentence, quantity.start, quantity.end)
    if index in reading.ages:
        first = _age_lead(reading, sentence, quantity, first)
    low, high = _share(reading, index, sentence, first, last)
    after, skip = _apposition(sentence, last)
    aside = range(after - skip, after + 1)  # the apposition, and the word that closes it
    gap = _clause_gap(sentence, first, last, aside) if quantity.kind != "date" else None
    out = [(w, word_distance(w.index, first, last) + (gap(w.index) if gap else 0)
            - (skip if w.index >= after else 0), sentence)
           for w in sentence.words if w.content and low <= w.index <= high]
    lead = _lead(reading, index, sentence, low, first)
    out += [(w, lead - w.index - 1 + first - low, sentence) for w in sentence.words[:lead]
            if w.content]
    out += _antecedent(sentence, first)
    if quantity.kind != "date":
        out = _shared_subject(sentence, first, out)
        out = _as_near_as_the_first_item(reading, index, sentence, out)
    if position > 0 and low == 0 and not _own_line(reading.article.text, sentence):
        previous = reading.sentences[position - 1]
        gap = first + (0 if _opens_pointing_back(sentence) else PREVIOUS_SENTENCE)
        count = len(previous.words)
        whole = sentence.opener == "it" and first <= IT_REACH
        out += [(w, gap + (min(count - w.index, w.index + 1) if whole else count - w.index),
                 previous) for w in previous.words if w.content]
        out += _pronoun_name(sentence, previous, first, last)
    return out


def _pronoun_name(sentence: Sentence, previous: Sentence, first: int, last: int) -> Window:
    """The one name of the sentence before, standing where "He" or "She" opens this one
    ("A 15-year veteran, Ortiz had hoped to become a detective. He had married two weeks
    before the shooting": Ortiz married, as near the figure as "He"). With more names
    before, which one is meant is left open."""
    if not sentence.words or sentence.words[0].surface not in ("He", "She"):
        return []
    distance = word_distance(0, first, last)
    return [(w, distance, previous) for w in sole_name(previous) if w.content]


#: After a paragraph's last word, what ends a line that is no sentence of prose.
UNPUNCTUATED_END = re.compile(r"[\w%]\s*$")


def _own_line(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a paragraph of one line with no full stop, a headline, a list
    item, a fact-box line or a timeline entry ("Oct. 4, 2009 — Papandreou's Socialists win
    the general election"): it speaks for itself, and the paragraph before lends it no
    words, as it lends "It lasted 50 minutes." its subject."""
    before = text[max(0, sentence.start - 2):sentence.start]
    return (sentence.start == 0 or "\n" in before) and bool(
        UNPUNCTUATED_END.match(text, max(sentence.start, sentence.end - 1), sentence.end)
    ) and "\n" not in text[sentence.start:sentence.end] and text[
        sentence.end:sentence.end + 1] in ("", "\n")


#: "It lasted 75 minutes.": a sentence that opens with "it" and gives its figure
#: within this many words speaks of what the sentence before opened or closed with, so
#: the words at either end of that sentence stand near.
IT_REACH = 3


#: Words that, opening a sentence, point back at the sentence before: the pronouns and the
#: demonstratives ("That brought him another three-year sentence.").
POINTING_BACK = PRONOUNS | {"that", "those"}


def _opens_pointing_back(sentence: Sentence) -> bool:
    """Whether a sentence opens with words that speak of someone or something of the
    sentence before: a pronoun or demonstrative ("It lasted 50 minutes.", "That brought
    him another three-year sentence."), or "the" and a singular noun for one person ("The
    deputy was 38.")."""
    words = sentence.words
    if sentence.opener in POINTING_BACK:
        return True
    if sentence.opener != "the" or len(words) < 2:
        return False
    noun = words[1].surface.lower()
    generic, nouns = people_nouns()
    return singular(noun) == noun and noun in nouns - generic


#: The words that say a figure is an age, before it: "aged 77", "at age 61", "at the age
#: of 79".
AGE_LEAD = re.compile(r"(?i)\b(?:at\s+(?:the\s+)?)?age(?:d|s)?(?:\s+of)?\s+$")
AGE_LEAD_REACH = 20  # characters: "at the age of " and a little room


def _age_lead(reading: Reading, sentence: Sentence, quantity: Quantity, first: int) -> int:
    """Where an age's own phrase starts: its words are the figure's, standing between it
    and no other word, so that "died in jail at the age of 79" is as near the claim's
    "died" as "died in jail, aged 79" is."""
    lead = AGE_LEAD.search(reading.article.text, max(0, quantity.start - AGE_LEAD_REACH),
                           quantity.start)
    if lead is None:
        return first
    return next((w.index for w in sentence.words if w.start >= lead.start()), first)


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


#: Words that, right after a clause word, start a subject rather than a verb.
NO_VERB = SUBJECTS | ARTICLES | PREPOSITIONS


def _as_near_as_the_first_item(reading: Reading, index: int, sentence: Sentence,
                               window: Window) -> Window:
    """The words before a list ("Echenique had a double-double with 11 points, 11 rebounds
    and six swats") speak for each of its items as for the first: as near to the third
    as to the first, two words more, however long the items between."""
    items = reading.once(listed, index)
    rank = items.index(index)
    if rank == 0:
        return window
    head = reading.quantities[items[0]]
    first, last = word_span(sentence, head.start, head.end)
    return [(w, min(d, word_distance(w.index, first, last) + rank), s)
            if s is sentence and w.index < first else (w, d, s) for w, d, s in window]


def _shared_subject(sentence: Sentence, first: int, window: Window) -> Window:
    """A verb joined to the sentence's first one by a clause word ("and", "but",
    "while"...) shares its subject: in "Darius Butler picked off the pass in stride, and
    took it untouched 32 yards", Butler took it, so his name stands as near the figure as
    the "and" that opens its clause; so does a common noun after "the" ("the battles
    spread across the city center and lasted for more than five hours"), where only plain
    words stand between it and the clause word ("The first occurred ... when Quinn threw
    ... and Darius Butler picked it off and returned it 32 yards": Butler returned it).
    Not where the clause has a subject of its own (a name, a pronoun, a noun for people:
    "and he ran 32 yards", "and police said")."""
    named = opening_name(sentence)
    subject = named or opening_noun(sentence)
    words = sentence.words
    opener = next((i for i in range(first - 1, subject[-1].index, -1)
                   if words[i].surface.lower() in OPENERS), None) if subject else None
    if opener is None or opener + 1 >= first:
        return window
    if not named and any(w.name or w.gap or w.surface.lower() in OPENERS
                         for w in words[subject[-1].index + 1:opener]):
        return window
    verb = words[opener + 1].surface
    if not verb.islower() or verb in NO_VERB or singular(
            verb) in people_nouns()[1] or any(w.name for w in words[opener + 1:first]):
        return window  # "and he ran", "and the Colts", "and police said": a subject
    near = first - opener
    return [(w, min(d, near), s) if w in subject else (w, d, s) for w, d, s in window]


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
    "The three bank workers - two women and a man - died"; nor does a label's colon
    (`_label_colon`)."""
    words = sentence.words
    label = _label_colon(sentence, first, last)
    marks = [w.index for w in words if any(ch in CLAUSE_MARKS for ch in w.gap)
             and w.index not in aside and w.index != label]
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


def _label_colon(sentence: Sentence, first: int, last: int) -> int | None:
    """The figure's first word, where a label and its colon lead to a figure that ends
    the line or list item ("Germany's share of the Greek loans: €16.8 billion", "Dead: 3
    | Injured: 12"): the label says what the figure is, in its clause."""
    words = sentence.words
    if first >= len(words) or ":" not in words[first].gap or (
            last + 1 < len(words) and "|" not in words[last + 1].gap):
        return None
    return first


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
    before, after, earlier, later = _siblings(reading, index, sentence)
    quantity = reading.quantities[index]
    date = quantity.kind == "date"
    closed = None
    if not date:
        resume = _aside_after(sentence, last, after, later, reading)
        if resume is not None:  # "four hours, spread over two days, to choose death"
            after = _siblings(reading, index, sentence, resume)[1]
            last = resume - 1
        closed = _aside_after(sentence, before, first, index, reading)
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
        subject = _subject_end(reading, earlier, sentence, before, first)
        if subject is not None:
            low = min(low, subject + 1)  # "The 15.4″ MacBook Pro will be thin, at 0.71″"
        lead = word_before(sentence, quantity.start)
        if counts_nothing(quantity) and lead:
            low = min(low, lead[0].index)  # "two men accused of killing a mother of 12"
    if after is None:
        high = len(sentence.words)
    elif date and not attributive:
        high = last + 1
    elif date:
        high = _phrase_end(sentence, last, after)
    else:
        high = _last_break(sentence, last, after)
        subject = _subject_end(reading, index, sentence, last, after)
        if subject is not None:
            high = min(high, subject)
    if closed is not None:
        high = min(high, closed - 1)  # the aside's figure: its words end with the aside
    return min(low, first), max(high, last)


def _subject_end(reading: Reading, index: int | None, sentence: Sentence, last: int,
                 end: int) -> int | None:
    """Where the subject ends that a count or a measure opens, before the linking verb
    of the clause ("The 15.4″ MacBook Pro refresh | will be remarkably thin, at 0.71″"):
    the figure names its noun phrase, and what the verb says belongs to the figure after
    it. None for a figure that opens no subject."""
    if index is None or last + 1 >= end:
        return None
    quantity = reading.quantities[index]
    text = reading.article.text
    opens = ATTRIBUTIVE_BEFORE.search(text, max(0, quantity.start - 6), quantity.start)
    noun_next = not text[quantity.end:sentence.words[last + 1].start].strip()
    if quantity.kind == "date" or not (opens and noun_next):
        return None
    stop = _phrase_end(sentence, last, end)
    linked = stop + 1 < end and sentence.words[stop + 1].surface.lower() in LINKING_VERBS
    return stop if linked and stop > last else None


def _aside_after(sentence: Sentence, last: int | None, sibling: int | None,
                 inner: int | None, reading: Reading) -> int | None:
    """Where the words after an aside set off right after a figure resume, when the aside
    holds the next figure but does not open with it: in "a little more than four hours,
    spread over two days, to choose death", the jury took the four hours to choose death.
    An aside that opens with its figure is a figure of its own ("lasted three hours, two
    hours over schedule, in Geneva"), and one whose figure is a bare number tells a part
    of the first ("shooting three people, killing one, at an accounting firm"): both keep
    the words after them. `last` ends the first figure, `sibling` starts the next, whose
    index among the article's quantities is `inner`."""
    if last is None or sibling is None or inner is None:
        return None
    resume, skip = _apposition(sentence, last)
    if not skip or not last + 1 < sibling < resume:
        return None
    return None if counts_nothing(reading.quantities[inner]) else resume


#: How far the noun phrase after an attributive date reaches, and the verbs that end it.
PHRASE_WORDS = 4
LINKING_VERBS = frozenset("is are was were be been has have had will would took".split())
ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|last|this)\s+$")
NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


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
        if other.end <= quantity.start and _same_family(other, quantity) and _measure_alike(
                other, quantity):
            lo, hi = word_span(sentence, other.start, other.end)
            lead = lo if lead is None else min(lead, lo)
            latest = hi
    if latest is not None and any(w.surface.lower() in SUBJECTS
                                  for w in sentence.words[latest + 1:first]):
        return 0  # "for the Chiefs (2-13), who finished with 352 yards": a subject of its own
    return lead or 0


def _last_break(sentence: Sentence, start: int, end: int) -> int:
    """The last word in (start, end) before a clause break; `end - 1` when there is none.

    With no break, every word between goes to the earlier figure. "With" yields to a
    break a comma marks: it hangs the later figure on the verb before it, so that in
    "added 12 for the Bulldogs, while Seth VanDeest led Drake with 13" the clause that
    ", while" opens is the 13's.
    """
    with_at = None
    for i in range(end - 1, start, -1):
        word = sentence.words[i]
        lower = word.surface.lower()
        marked = any(ch in CLAUSE_BREAKS for ch in word.gap)
        if with_at is not None and not marked:
            continue
        if lower in OPENERS:
            return i
        if marked:
            return i - 1
        if lower == "with":
            with_at = i
    return end - 1 if with_at is None else with_at


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


def _siblings(reading: Reading, index: int, sentence: Sentence, beyond: int = 0
              ) -> tuple[int | None, int | None, int | None, int | None]:
    """Word index where the previous sibling figure ends and the next one (from word
    `beyond` on) starts, and the two siblings' own indices."""
    quantity = reading.quantities[index]
    before = after = previous = following = None
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        earlier, later = (other, quantity) if other.end <= quantity.start else (quantity, other)
        if not _same_family(earlier, later) or _described_together(reading, earlier, later):
            continue
        lo, hi = word_span(sentence, other.start, other.end)
        if other.end <= quantity.start:
            before, previous = hi, i
        elif other.start >= quantity.end and after is None and lo >= beyond and not _restates(
                reading.article.text, quantity, other):
            after, following = lo, i
    return before, after, previous, following


def _described_together(reading: Reading, earlier: Quantity, later: Quantity) -> bool:
    """Measures of different dimensions describe one thing ("Orozco is 5 - foot - 8, 135
    pounds") and compete for no word: each keeps the words on the other's side. Not one
    that modifies a noun ("a 2.0-magnitude quake two miles east"), which names its own
    thing."""
    return (earlier.kind == later.kind == "measure" and not _measure_alike(earlier, later)
            and ATTRIBUTIVE_COUNT.search(earlier.text) is None)


def _restates(text: str, figure: Quantity, other: Quantity) -> bool:
    """A figure in brackets right after another restates it in another currency or unit
    ("110 billion euros ($141 billion) in loans"): what follows is the first one's too."""
    return text[figure.end:other.start].strip() == "(" and (
        text[other.end:other.end + 3].lstrip()[:1] == ")")


def _measure_alike(earlier: Quantity, later: Quantity) -> bool:
    """Measures of a dimension in common ("30 miles" and "120 mph"), or no two measures:
    "the 4.4-magnitude temblor ... was centered 23 miles north of Santa Rosa, and two
    miles from The Geysers" leads the two miles back to the 23 miles' verb, not to the
    magnitude's subject."""
    if earlier.kind != "measure" or later.kind != "measure":
        return True
    return bool(dimensions(earlier.unit) & dimensions(later.unit))


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
