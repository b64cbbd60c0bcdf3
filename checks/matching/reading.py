"""An article read for matching: its sentences, its figures (with totals, ages and rates),
and what each figure's phrase says, worked out once per article."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from checks.articles import Article
from checks.matching.phrases import (
    ADDED,
    ADDITION_BEFORE,
    ADDITION_REACH,
    AGE_AFTER,
    APPOSED_AGED_BEFORE,
    APPOSED_PHRASE_BEFORE,
    APPOSITION_BEFORE,
    ARTICLES,
    ATTRIBUTIVE_COUNT,
    CLAUSE_BREAKS,
    COMPASS,
    CONTRASTS,
    DATE_LINKS,
    DEATH_VERBS,
    DESCRIBED_REACH,
    FRONTED_WORDS,
    IN_ALL_AFTER,
    INCLUDED_BEFORE,
    KILLED_WORDS,
    KIN,
    KIN_REACH,
    MARGIN_BEFORE,
    MONTH_LINKS,
    NUMBER_AFTER_ORDINAL,
    ORDINAL,
    PART,
    PART_BEFORE,
    PARTITIVE_AFTER,
    PARTITIVE_REACH,
    PLAIN_WORDS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    SET_OFF,
    SHARE_OF,
    THING_WORDS,
    WHO_REACH,
    WHO_WAS_BEFORE,
    apposed_noun,
    as_age,
    attributive_age,
    attributive_count,
    clause_after,
    is_age,
    is_difference,
    is_rate,
    kind_tokens,
    looks_past,
    measured_from,
    measured_words,
    name_groups,
    opening_name,
    ordinal_number,
    part_name,
    partitive_part,
    possessive,
    scores,
    sole_name,
)
from checks.matching.sentences import (
    Sentence,
    Token,
    people_nouns,
    split_sentences,
    stem,
    word_span,
)
from checks.quantities import Quantity, find_quantities, singular
from checks.quantities.tense import tense_of

T = TypeVar("T")

#: Right after a figure, the mark of the possessive ("Thursday's call", tokenized
#: "Friday ’ s second quarterfinal").
POSSESSIVE_AFTER = re.compile(r"\s?['’]\s?s\b")


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


def read(article: Article) -> Reading:
    """Split the article into sentences and find its quantities (done once per article)."""
    text = article.text
    found = _with_units_taken(
        text, _with_totals(text, find_quantities(text, reference_date=article.date)))
    ages = frozenset(i for i, q in enumerate(found) if is_age(text, q))
    quantities = tuple(as_age(q) if i in ages else q for i, q in enumerate(found))
    rates = frozenset(i for i, q in enumerate(quantities) if is_rate(text, q, quantities))
    sentences = tuple(split_sentences(text))
    starts = [s.start for s in sentences]
    sentence_of = tuple(max(0, bisect.bisect_right(starts, q.start) - 1) for q in quantities)
    grouped: list[list[int]] = [[] for _ in sentences] or [[]]
    for index, position in enumerate(sentence_of):
        grouped[position].append(index)
    return Reading(article, sentences, quantities, sentence_of, tuple(map(tuple, grouped)),
                   ages, rates)


#: A date counted back from the article's day ("married two weeks ago") or from another
#: day its sentence names ("killed on June 24 ... an attack four days earlier").
SPAN_BACK = re.compile(r"(?i)\s+(?:ago|earlier|later)$")
#: How far before a date counted back its span's hedge may start ("about three weeks").
SPAN_REACH = 30


def spans_back(reading: Reading, _: int = -1) -> Reading | None:
    """The article read with each date counted back from its day ("was wed about three
    weeks ago") as the span it counts back ("about three weeks"): against a fact that
    gives the time between two events ("married about three weeks before he was
    killed"), a report of the day writes that span back from the article's day, and a
    day counted from another ("an attack four days earlier") the span between them. None
    when the article has no such date. The other figures and the sentences stay. Read once
    per article (`Reading.once(spans_back, -1)`), however often it is matched."""
    quantities = list(reading.quantities)
    changed = False
    for i, quantity in enumerate(quantities):
        span = _span_back(reading, i) if quantity.kind == "date" else None
        if span is not None:
            quantities[i], changed = span, True
    if not changed:
        return None
    return Reading(reading.article, reading.sentences, tuple(quantities), reading.sentence_of,
                   reading.in_sentence, reading.ages, reading.rates)


def _span_back(reading: Reading, index: int) -> Quantity | None:
    """The span a date counted back names, its hedge included, read again from the text."""
    quantity = reading.quantities[index]
    found = SPAN_BACK.search(quantity.text)
    if found is None:
        return None
    floor = reading.sentences[reading.sentence_of[index]].start
    if index and reading.sentence_of[index - 1] == reading.sentence_of[index]:
        floor = max(floor, reading.quantities[index - 1].end)
    lo = max(floor, quantity.start - SPAN_REACH)
    end = quantity.start + found.start()
    spans = [q for q in find_quantities(reading.article.text[lo:end])
             if q.kind == "duration" and lo + q.end == end]
    if not spans:
        return None
    span = spans[-1]
    return dataclasses.replace(span, start=lo + span.start, end=end)


def ordinals_read(reading: Reading, _: int = -1) -> Reading | None:
    """The article read with each ordinal outside a figure ("his 11th point", "the fifth
    Lakewood deputy slain", "a third straight night") as the count it orders up to ("11
    point", "5 ... deputy", "3 ... night"), for a fact whose claim writes its figure as an
    ordinal (see `Matcher.match`). Offsets stay: each ordinal is written over by its
    number, spaces before it, and every figure starts where its ordinal does and keeps
    its text as the article writes it. None when the article has no such ordinal. Read
    once per article."""
    text = reading.article.text
    taken = [(q.start, q.end) for q in reading.quantities]
    pieces: list[str] = []
    starts: dict[int, int] = {}  # where a number written over an ordinal starts: its start
    last = 0
    for found in ORDINAL.finditer(text):
        if any(start < found.end() and found.start() < end for start, end in taken) or (
                NUMBER_AFTER_ORDINAL.match(text, found.end())):
            continue  # "9th and 10th January" is a date already; "first 17 points" a stretch
        number = str(ordinal_number(found))
        starts[found.end() - len(number)] = found.start()
        pieces += [text[last:found.start()], number.rjust(found.end() - found.start())]
        last = found.end()
    if not pieces:
        return None
    seen = read(dataclasses.replace(reading.article, text="".join(pieces) + text[last:]))
    quantities = tuple(dataclasses.replace(
        q, start=starts.get(q.start, q.start), text=text[starts.get(q.start, q.start):q.end])
        for q in seen.quantities)
    return Reading(reading.article, seen.sentences, quantities, seen.sentence_of,
                   seen.in_sentence, seen.ages, seen.rates)


#: What may join the parts of a count of people: "two women and one man", "two men,
#: three women".
PART_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
#: A part written "a man" or "one officer" (which find_quantities leaves unread), before
#: or after the counted parts.
ONE_AFTER = re.compile(r"\s*,?\s+and\s+(?:a|an|one)\s+([a-z]+)\b")
ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+([a-z]+)\s+and\s+$")
#: How many characters before the counted parts ONE_BEFORE may start.
ONE_REACH = 20


def _with_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts of people listed by their parts, with their total added before the parts:
    "two women and one man died" states three deaths, as "three people died" would. The
    parts stay, for a fact counted in one of them ("two women"). A count marked as the
    whole ("11 other men, 12 men in all") is no further part."""
    _, nouns = people_nouns()
    out: list[Quantity] = []
    run: list[Quantity] = []
    for q in [*found, None]:
        if q is not None and _person_part(q, nouns) and (not run or (
                PART_JOIN.match(text[run[-1].end:q.start]) and not IN_ALL_AFTER.match(
                    text, q.end))):
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
    before = ONE_BEFORE.search(text, max(0, start - ONE_REACH), start)
    if before and singular(before.group(1)) in nouns:
        start, value = before.start(), value + 1
    after = ONE_AFTER.match(text, end)
    if after and singular(after.group(1)) in nouns:
        end, value = after.end(), value + 1
    if len(run) == 1 and (start, end) == (run[0].start, run[0].end):
        return None
    return Quantity(text[start:end], start, end, "count", value, value, value, unit="people")


def in_breakdown(reading: Reading, index: int) -> bool:
    """Whether a count of one kind of person is a part of a count listed by its parts (see
    `_with_totals`): "the three bank workers, a man and two women, died"."""
    quantity, text = reading.quantities[index], reading.article.text
    generic, nouns = people_nouns()
    if not _person_part(quantity, nouns) or quantity.unit in generic:
        return False
    found = (ONE_BEFORE.search(text, max(0, quantity.start - ONE_REACH), quantity.start),
             ONE_AFTER.match(text, quantity.end))
    kinds = {singular(one.group(1)) for one in found if one}
    siblings = reading.in_sentence[reading.sentence_of[index]]
    for a, b in itertools.pairwise(reading.quantities[i] for i in siblings):
        if quantity in (a, b) and _person_part(a, nouns) and _person_part(b, nouns) and (
                PART_JOIN.match(text[a.end:b.start])):
            kinds.add(b.unit if a is quantity else a.unit)
    return any(kind in nouns - generic and kind != quantity.unit for kind in kinds)


#: A bare number that counts a part of what a figure before it counts: "507 total yards,
#: 352 of them on the ground", "seven bridges, two of which collapsed".
OF_ANTECEDENT = re.compile(r"\s+of\s+(?:them|which|whom)\b")
#: How far back, within the sentence, that figure may stand.
ANTECEDENT_REACH = 60
SENTENCE_END = re.compile(r"[!?;]|\.\s")
#: What a whole may count for its part to take its unit.
ANTECEDENT_KINDS = frozenset({"count", "measure", "duration", "money"})


#: After a bare count, the people it counts a part of: "All seven of those who have been
#: prosecuted were convicted".
OF_THOSE_WHO = re.compile(r"\s+of\s+those\s+who(?:m)?\b")


def _with_units_taken(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare count that stands for what the figure right before it counts or measures
    takes that figure's kind and unit (`_of_them`, `_echoes`, `_added_share`); one "of
    those who" counts people."""
    out = list(found)
    for i in range(len(out)):
        bare = out[i]
        if bare.kind == "count" and not bare.unit and OF_THOSE_WHO.match(text, bare.end):
            out[i] = dataclasses.replace(bare, unit="people")
            continue
        before = out[i - 1] if i else None
        if before is None or bare.kind != "count" or bare.unit or not before.unit:
            continue
        if _of_them(text, bare, before) or _echoes(text, bare, before) or _added_share(
                text, bare, before):
            out[i] = dataclasses.replace(bare, kind=before.kind, unit=before.unit)
    return out


def _of_them(text: str, part: Quantity, whole: Quantity) -> bool:
    """A count written "N of them" (or "of which", "of whom") counts what the figure just
    before it counts: "The Colts gave up 507 total yards, 352 of them on the ground"
    states 352 yards, "seven bullets entered Gray's body, three of them from the rear"
    three bullets. Only a figure of the same sentence at least as large: a part is never
    more than its whole."""
    return (whole.kind in ANTECEDENT_KINDS and OF_ANTECEDENT.match(text, part.end) is not None
            and part.start - whole.end <= ANTECEDENT_REACH
            and not SENTENCE_END.search(text, whole.end, part.start)
            and isinstance(whole.high, float) and isinstance(part.value, float)
            and part.value <= whole.high)


#: A figure that makes a sentence of its own: after a sentence's end, before its own.
ALONE_BEFORE = re.compile(r"[.!?][\"'”’]?\s+$")
ALONE_AFTER = re.compile(r"\s*[.!?]")
#: How far the figure an echo repeats may end before it.
ECHO_REACH = 20


def _echoes(text: str, echo: Quantity, figure: Quantity) -> bool:
    """A count that makes a sentence of its own right after a figure of the same value
    repeats it: "KC blasted Indy with 352 net rushing yards. Three hundred and fifty
    two!" states 352 yards twice."""
    return (figure.value == echo.value and echo.start - figure.end <= ECHO_REACH
            and ALONE_AFTER.match(text, echo.end) is not None
            and ALONE_BEFORE.search(text, max(0, echo.start - 4), echo.start) is not None)


#: Right before a bare number, a verb that adds another's share of what a figure before it
#: measured: "Charles rushed for 226 yards while Hillis added 101".
ADDED_SHARE_BEFORE = re.compile(
    r"(?i)\b(?:while|and|with)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:added|chipped\s+in|contributed)\s+$")
#: What an added share may take its unit from: a figure that measures.
MEASURED_KINDS = frozenset({"measure", "duration", "money"})


def _added_share(text: str, share: Quantity, figure: Quantity) -> bool:
    """A number another name "added" after a measured figure of its sentence is measured
    in the same unit: in "Charles rushed for 226 yards while Hillis added 101", Hillis
    ran 101 yards. (Counts take the earlier count's noun in `vetoes.noun_missing`.)"""
    return (figure.kind in MEASURED_KINDS and share.start - figure.end <= ANTECEDENT_REACH
            and not SENTENCE_END.search(text, figure.end, share.start)
            and ADDED_SHARE_BEFORE.search(text, figure.end, share.start) is not None)


def aged_name(reading: Reading, index: int) -> list[Token]:
    """The name an attributive age stands before ("the 34-year-old Horton"), unless the
    name only describes the person noun after it ("a 38-year-old Troy resident", "a
    29-year-old Hawaiian Gardens gang member"); or the name set off after that noun ("an
    unarmed 23-year-old woman, Shantel Davis,") or that it is the title of ("the
    54-year-old sect leader Jeffs")."""
    quantity = reading.quantities[index]
    old = AGE_AFTER.match(reading.article.text, quantity.end)
    if old is None:
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    after = [w for w in sentence.words if w.start >= old.end()]
    name = _name_at(after)
    people = people_nouns()[1]
    following = after[len(name):len(name) + DESCRIBED_REACH]
    if not any(singular(w.surface.lower()) in people for w in following):
        return name
    noun = next(i for i, w in enumerate(following, len(name))
                if singular(w.surface.lower()) in people)
    apposed = after[noun + 1:]
    return _name_at(apposed) if apposed and apposed[0].gap in (",", "") else []


def _name_at(words: Sequence[Token]) -> list[Token]:
    """The name the words open with: capitalised words, joined."""
    name: list[Token] = []
    for word in words:
        if not word.name or (name and not word.joined):
            break
        name.append(word)
    return name


def figure_measured(reading: Reading, index: int) -> list[Token]:
    quantity = reading.quantities[index]
    return measured_words(reading.sentences[reading.sentence_of[index]], quantity)


#: Words that give an age set off after the person ("two girls, aged 15 and 12").
AGED = frozenset({"aged", "age", "ages"})


def aged_noun(reading: Reading, index: int) -> Token | None:
    """The person an attributive age stands before ("her 11-year-old daughter", "the
    35-year-old deputy"): a child, or any noun for people, within KIN_REACH words; or the
    one an age given with "aged" is set off after ("two girls, aged 15 and 12")."""
    quantity = reading.quantities[index]
    old = AGE_AFTER.match(reading.article.text, quantity.end)
    sentence = reading.sentences[reading.sentence_of[index]]
    if old is None:
        return _aged_before(sentence, quantity, reading.article.text)
    after = [w for w in sentence.words if w.start >= old.end()][:KIN_REACH + 1]
    people = [w for w in after if singular(w.surface.lower()) in _aged_people()]
    found = next((w for w in people if not _possessed_by(w, after)), None)
    return found if found is not None else _noun_of_the_pair(reading, index)


def _noun_of_the_pair(reading: Reading, index: int) -> Token | None:
    """The noun an age written alone shares with the aged noun it is joined to: "The
    30-year-old sergeant and 26-year-old fired 11 shots" gives both ages to officers."""
    previous = index - 1
    if (previous < 0 or previous not in reading.ages
            or reading.sentence_of[previous] != reading.sentence_of[index]
            or not JOINED_AGE.fullmatch(reading.article.text,
                                        reading.quantities[previous].end,
                                        reading.quantities[index].start)):
        return None
    return aged_noun(reading, previous)


#: Between two ages of a pair: the first one's "-year-old" and its noun, then "and":
#: "30 - year - old sergeant and ".
JOINED_AGE = re.compile(r"\s?-\s?old\s+[a-z]+\s+(?:and|or)\s+(?:an?\s+)?")


def _aged_before(sentence: Sentence, quantity: Quantity, text: str) -> Token | None:
    """The noun for people right before ", aged" or "(aged" and the age, or right before
    the age set off alone ("her daughter, 11, from school")."""
    first, _ = word_span(sentence, quantity.start, quantity.end)
    before = sentence.words[max(0, first - 2):first]
    if before and before[-1].surface == apposed_noun(text, quantity):
        return before[-1]
    if len(before) < 2 or before[1].surface.lower() not in AGED or before[1].gap not in ",(":
        return None
    noun = before[0]
    return noun if singular(noun.surface.lower()) in _aged_people() else None


def _possessed_by(word: Token, after: Sequence[Token]) -> bool:
    """Whether a noun owns the next one ("a 35-year-old sheriff ’ s deputy", as tokenized
    text writes it: the deputy)."""
    position = after.index(word)
    following = after[position + 1] if position + 1 < len(after) else None
    return following is not None and following.surface.lower() == "s" and following.gap in "'’"


@functools.cache
def _aged_people() -> frozenset[str]:
    """The nouns an attributive age may describe: any for people, and the children."""
    return people_nouns()[1] | KIN


def apposed_name(reading: Reading, index: int) -> list[Token]:
    """The name an age is set off after ("Jonathan Carrasquillo, 24,", "Anthony LaCalamita
    III, a 38-year-old Troy resident", "Horton, a mother aged 43,", "Ortiz, who was
    38,"): whose age it is."""
    quantity = reading.quantities[index]
    text = reading.article.text
    window = max(0, quantity.start - 40), quantity.start
    phrase = WHO_WAS_BEFORE.search(text, max(0, quantity.start - WHO_REACH), quantity.start
                                   ) or APPOSED_AGED_BEFORE.search(text, *window)
    if APPOSITION_BEFORE.search(text, *window) is None and phrase is None and (
            AGE_AFTER.match(text, quantity.end) is None
            or APPOSED_PHRASE_BEFORE.search(text, *window) is None):
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    end = phrase.start() + 1 if phrase else quantity.start  # "Ortiz, who was 38,"
    before = [w for w in sentence.words if w.start < end
              and w.surface.lower() not in ("a", "an")]
    name: list[Token] = []
    for word in reversed(before):
        if not (word.name or word.index == 0) or not word.surface[:1].isupper():
            break
        name.insert(0, word)
        if word.gap and not word.joined:
            break
    return [] if name and _institution(before[:len(before) - len(name)]) else name


def _institution(before: list[Token]) -> bool:
    """Whether the words before a name make it the tail of an institution's: "the
    Fundamentalist Church of Jesus Christ of Latter Day Saints, 65," is the age of its
    head, not of "Latter Day Saints". A name linked by "of" to names before it, after
    "the", is no person's."""
    at = len(before)
    linked = False
    while at >= 2 and before[at - 1].surface == "of" and before[at - 2].name:
        at -= 1
        while at and before[at - 1].name:
            at -= 1
        linked = True
    return linked and at > 0 and before[at - 1].surface.lower() == "the"


def describing_age(reading: Reading, index: int) -> bool:
    """Whether an age describes its person as news does ("Lopez, 20,", "the 20-year-old
    leader"): the age on the day the article appeared, where "was 18 when he was
    arrested" or "aged 77" tie theirs to what the sentence tells."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if AGE_AFTER.match(text, quantity.end) is not None:
        return attributive_age(text, quantity) is not None
    return quantity.text.isdigit() and APPOSITION_BEFORE.search(
        text, max(0, quantity.start - 40), quantity.start) is not None


#: After an age, the one it describes dying in the same clause: "the 35-year-old deputy
#: was killed on June 24", "was shot and killed", "The 35-year-old newlywed ... died".
DIES_AFTER = re.compile(r"(?i)[^,;:.!?()]{0,60}?\b(?:died|(?:was|were)\s+(?:\w+\s+){0,2}"
                        + KILLED_WORDS + r")\b")


def dies_after(reading: Reading, index: int) -> bool:
    """Whether the one whose age this is dies in its clause: the age is the one at death."""
    return DIES_AFTER.match(reading.article.text, reading.quantities[index].end) is not None


#: How many words before a figure a possessive name may own it ("Vinatieri's range for
#: a 36-yard field goal").
OWNER_REACH = 5


def figure_owner(reading: Reading, index: int) -> list[Token]:
    """The name whose figure this is, by the words right before it in its clause: the
    subject of the verb that takes it ("Seth VanDeest scored 13", "Vinatieri kicked a
    36-yard field goal"), a possessive ("Vinatieri's range for a 36-yard field goal") or
    the names after "took" ("It took Buford and Harstad four seasons"). A word of
    reporting owns nothing ("Obama said 100 people ...")."""
    return _owner(reading, index, _takes_figure)


#: How many words after its verb an age at death may stand.
DEATH_REACH = 10


def dying_name(reading: Reading, index: int) -> list[Token]:
    """The name right before the death verb an age hangs on: in "rival mob boss John
    Gotti died of cancer in 2002 at age 61" the 61 is Gotti's, whoever the sentence names
    before, as in "Vincent Gigante, who spent much of his life avoiding prison, has died
    in jail, aged 77" the 77 is Gigante's. Nothing where a clause mark other than the
    comma before "aged" stands between the verb and the figure, or the verb lies more
    than DEATH_REACH words back."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    before = [w for w in sentence.words if w.start < quantity.start][-DEATH_REACH - 1:]
    verb = next((w for w in reversed(before) if w.surface.lower() in DEATH_VERBS), None)
    if verb is None or verb.index == 0:
        return []
    lead = AGED_AFTER_COMMA.search(text, verb.start, quantity.start)
    if any(ch in CLAUSE_BREAKS for ch in text[verb.start:lead.start() if lead else
                                              quantity.start]):
        return []
    subject = DYING_SUBJECT.search(text, max(sentence.start, verb.start - 160), verb.start)
    if subject is None:
        return []
    name = next((w for w in sentence.words if w.start == subject.start(1)), None)
    return _name_ending(sentence.words, name.index) if name and _capital(name) else []


#: A death verb's subject: the name right before it, past an auxiliary and a relative
#: clause set off in commas ("Vincent Gigante, who spent much of his life avoiding
#: prison, has died in jail"), or the name a relative clause of the verb follows
#: ("Vincent Gigante, who died yesterday in federal prison at 77,").
DYING_SUBJECT = re.compile(r"\b([A-Z][\w'’.-]*)\s*(?:,\s*(?:who|which)\b[^,;:]{0,120},"
                           r"|,\s*who\s)?\s*(?:(?:has|had|have)\s+)?$")
#: A comma that opens an age's own phrase: "died in jail, aged 77".
AGED_AFTER_COMMA = re.compile(r",\s*(?:aged|at\s+(?:the\s+)?age(?:\s+of)?)\s*$")


def owner_by_any_verb(reading: Reading, index: int) -> list[Token]:
    """`figure_owner`, where a word of reporting may take the figure too: a claim whose
    own verb it is ("Will Artino added six rebounds") reads "Richard Carter added 12"
    as Carter's."""
    return _owner(reading, index, _any_verb)


#: "It took Buford and Harstad four seasons": the names the time it took is of.
TOOK_NAMES_BEFORE = re.compile(
    r"\b(?:took|takes?)\s+([A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*)\s+$")


def _owner(reading: Reading, index: int, takes: Callable[[Token], bool]) -> list[Token]:
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    took = TOOK_NAMES_BEFORE.search(text, sentence.start, quantity.start)
    if took is not None:
        return [w for w in sentence.words if took.start(1) <= w.start < took.end(1)]
    before = [w for w in sentence.words if w.start < quantity.start][-OWNER_REACH - 1:]
    while before and any(ch in CLAUSE_BREAKS for ch in text[before[0].start:quantity.start]):
        before.pop(0)  # a mark between: another clause
    verb = len(before) - 1
    if verb >= 0 and before[verb].surface.lower() in ARTICLES:
        verb -= 1
    subject = verb - 1  # past an adverb: "McDermott now has 2,129 points"
    if subject >= 1 and before[subject].surface.lower() in SUBJECT_ADVERBS:
        subject -= 1
    if subject >= 0 and takes(before[verb]) and _capital(before[subject]):
        name = _name_ending(sentence.words, before[subject].index)
        opener = name[0].index
        if opener == 0 or sentence.words[opener - 1].surface.lower() not in PREPOSITIONS:
            return name  # not "an attack in Greece killed three people"
    for word in reversed(before):
        if _capital(word) and possessive(word, text) and not _possesses_a_name(sentence, word):
            return _name_ending(sentence.words, word.index)
    return _subject_with(sentence, before, text)


def possessor_before(reading: Reading, index: int) -> list[Token]:
    """The name in the possessive right before a figure: "Jamaal Charles' 226 yards"."""
    sentence = reading.sentences[reading.sentence_of[index]]
    before = [w for w in sentence.words if w.start < reading.quantities[index].start][-1:]
    if not before or not _capital(before[0]) or not possessive(before[0], reading.article.text):
        return []
    return _name_ending(sentence.words, before[0].index)


def _possesses_a_name(sentence: Sentence, word: Token) -> bool:
    """Whether a possessive owns the name right after it ("Drake's Jordan Clarke"): that
    name, not the possessive, may own a figure."""
    after = word.index + 1
    return after < len(sentence.words) and sentence.words[after].joined and _capital(
        sentence.words[after])


#: Adverbs that may stand between a name and the verb that takes its figure.
SUBJECT_ADVERBS = frozenset("now also still then later again already just only".split())


#: How many words may stand before the name a sentence opens its clause with: "The
#: Chiefs", "Corner back Darius Butler".
OPENER_WORDS = 3


def sentence_owner(reading: Reading, index: int) -> list[Token]:
    """The name a sentence opens with as the subject of its past verb, when nothing
    capitalised stands between that verb and the figure: the figure is that one's, as the
    clause goes on ("Genovese ran his organization from behind bars while serving a
    15-year sentence", "Charles rushed for 226 yards"), with no mark of another clause
    between. A few plain words may come first ("The Chiefs", "Corner back Darius
    Butler"). Not a verb of reporting ("Police said ..."), nor a noun for people
    ("Witnesses said"), nor a word joined to the verb ("Lower-specced models")."""
    words = reading.sentences[reading.sentence_of[index]].words
    for opener in range(min(OPENER_WORDS, len(words) - 1) + 1):
        if opener and not _plain_opener(words, opener - 1):
            return []
        name = _opening_run(words, opener)
        at = opener + len(name)
        resumed = _past_relative(words, at)
        if name and _subject_of_figure(reading, index, words, resumed, aside=resumed != at):
            return name
    return []


def _past_relative(words: Sequence[Token], at: int) -> int:
    """Where the main clause goes on after a relative clause set off by commas right after
    the subject ("Artino, whose role has grown ..., had a career-high 14 points"): the
    word after the closing comma; `at` itself where no such clause opens there."""
    if at >= len(words) or words[at].surface.lower() not in RELATIVES or (
            "," not in words[at].gap):
        return at
    return next((w.index for w in words[at + 1:] if "," in w.gap), at)


#: A participle that opens a sentence, before the figure in its phrase: "Despite rushing
#: for", "After scoring".
OPENING_PARTICIPLE = re.compile(
    r"\s*(?:(?:Despite|After|Before|While|By|Without|Besides)\s+)?[A-Za-z]+ing\b[^,;:()]*$")
#: After the figure, the comma that closes the phrase and the subject of the main clause:
#: ", the Kansas City Chiefs lost".
SUBJECT_AFTER_PHRASE = re.compile(r"[^,;:()]*,\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’.-]*\s+){0,3}"
                                  r"[A-Z][\w'’.-]*)\s+[a-z]")


def participle_owner(reading: Reading, index: int) -> list[Token]:
    """The subject of the main clause, for a figure in a participial phrase that opens the
    sentence: "Despite rushing for 352 yards, the Kansas City Chiefs lost" (the team's
    yards)."""
    text, quantity = reading.article.text, reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    if not OPENING_PARTICIPLE.fullmatch(text, sentence.start, quantity.start):
        return []
    found = SUBJECT_AFTER_PHRASE.match(text, quantity.end, sentence.end)
    if found is None:
        return []
    return [w for w in sentence.words if found.start(1) <= w.start < found.end(1)]


def right_before(reading: Reading, index: int, pattern: re.Pattern[str], reach: int
                 ) -> re.Match[str] | None:
    """`pattern`, which ends where the figure starts, within `reach` characters of its
    sentence before it."""
    start = reading.quantities[index].start
    floor = max(reading.sentences[reading.sentence_of[index]].start, start - reach)
    return pattern.search(reading.article.text, floor, start)


def kind_of(reading: Reading, index: int) -> list[Token]:
    """The words a count writes between its number and its noun (`phrases.kind_tokens`),
    for `Reading.once`: read once per figure."""
    return kind_tokens(reading.quantities[index])


def pronoun_owner(reading: Reading, index: int) -> list[Token]:
    """The one name of the sentence before, where a sentence opens with "He" or "She" as
    the subject of its past verb and the clause runs on to the figure, as in
    `sentence_owner`: "In the second half, Echenique got engaged. He scored all 11 of his
    points" is Echenique's. With more names there, the one that sentence opens with as
    its verb's subject, whom the story goes on about: "While Drake held Echenique
    scoreless in the first half, Artino was able to find success. He finished the day
    with ... 6 rebounds" gives Artino's."""
    position = reading.sentence_of[index]
    words = reading.sentences[position].words
    pronoun = _opening_pronoun(words)
    if position == 0 or pronoun is None or not _subject_of_figure(
            reading, index, words, pronoun + 1):
        return []
    previous = reading.sentences[position - 1]
    return sole_name(previous) or opening_name(previous, reach=CLAUSE_BEFORE_SUBJECT)


def _opening_pronoun(words: Sequence[Token]) -> int | None:
    """Where "he" or "she" stands as the subject a sentence opens with: first, or after a
    short phrase set off by a comma ("Late in the game, he did it ..."), one that names
    no one ("When Smith arrived, he" may be Smith) and holds no pronoun of its own."""
    if len(words) >= 2 and words[0].surface in ("He", "She"):
        return 0
    after = next((w for w in words[1:FRONTED_WORDS + 1] if "," in w.gap), None)
    if after is None or after.surface not in ("he", "she") or after.index + 1 >= len(words):
        return None
    if any(w.name or w.surface.lower() in ("he", "she") for w in words[:after.index]):
        return None
    return after.index


#: How many words a clause may run before the subject of the sentence it opens ("While
#: Drake held Echenique scoreless in the first half, Artino was able").
CLAUSE_BEFORE_SUBJECT = 15


def referred_name(reading: Reading, index: int) -> list[Token]:
    """The name of the sentence before that a sentence opening by saying what "he", "she"
    or "the" and a title is with the figure speaks of: "Armstead then took the stand. She
    is 35" gives Armstead's age (the one name there; with more, it is left open), and
    "... surprised Deputy Jerry Ortiz ... The deputy was 38." the one name with that
    title's."""
    position = reading.sentence_of[index]
    words = reading.sentences[position].words
    opener = 1 if words and words[0].surface in ("He", "She") else 2
    if (position == 0 or len(words) <= opener or (opener == 2 and words[0].surface != "The")
            or words[opener].surface not in ("is", "was") or reading.article.text[
                words[opener].start + len(words[opener].surface):
                reading.quantities[index].start].strip()):
        return []
    names = name_groups(reading.sentences[position - 1].words, _capital)
    if opener == 2:
        title = words[1].stem
        names = [n for n in names if any(w.stem == title for w in n)]
    return names[0] if len(names) == 1 else []


#: Between a name and the relative clause it heads: a comma, after an aside in brackets
#: ("the Chiefs (2 - 13), who had 352 yards rushing").
APPOSED_GAP = re.compile(r"(?:\([^()]*\))?,")


def relative_owner(reading: Reading, index: int) -> list[Token]:
    """The name a relative clause hangs from, when the figure lies in that clause with no
    mark of another clause, nor a capital that may be its subject (`_names_a_subject`), between:
    "Brady Quinn, who was just 10 of 22 for 162 yards" is Quinn's, "the Chiefs (2-13), who
    had 352 yards rushing" the team's. Not a verb of reporting ("Smith, who said 100
    people ...")."""
    quantity = reading.quantities[index]
    words = reading.sentences[reading.sentence_of[index]].words
    before = [w for w in words if w.start < quantity.start]
    who = next((w for w in reversed(before) if w.surface == "who"), None)
    if who is None or who.index < 1 or not APPOSED_GAP.fullmatch(who.gap) or not _capital(
            words[who.index - 1]):
        return []
    rest = words[who.index + 1:len(before)]
    between = reading.article.text[who.start:quantity.start]
    if (not rest or rest[0].stem in REPORTING or set(between) & CLAUSE_BREAKS
            or _names_a_subject([w.surface for w in rest])):
        return []
    return _name_ending(words, who.index - 1)


def _plain_opener(words: Sequence[Token], i: int) -> bool:
    """Whether words[i] may stand before a sentence's opening name: an article first, or a
    word of content, lower-case past the first ("Corner back"), with no mark after it.
    Not "Vinatieri and the Colts", "Hospitals in Athens"."""
    word = words[i]
    if words[i + 1].gap:
        return False
    if i == 0 and word.surface in ("The", "A", "An"):
        return True
    return word.content and (i == 0 or not word.surface[:1].isupper())


def _opening_run(words: Sequence[Token], opener: int) -> list[Token]:
    name: list[Token] = []
    for word in words[opener:]:
        if not (_capital(word) and (not name or word.joined)):
            break
        name.append(word)
    return name


#: "added" right before a figure adds it ("Peyton Hillis added 101 yards"), reporting
#: nothing (", he added").
ADD = stem("added")


def _subject_of_figure(reading: Reading, index: int, words: Sequence[Token], at: int,
                       aside: bool = False) -> bool:
    """Whether words[at] is a past verb whose clause runs on to the figure (see
    `sentence_owner`); after an `aside` closed by a comma, the comma is no break."""
    if at >= len(words):
        return False
    verb = words[at]
    quantity = reading.quantities[index]
    between = reading.article.text[verb.start + len(verb.surface):quantity.start].split()
    while between and between[0][:1].isupper():
        between.pop(0)  # the verb's object: "Artino complemented Echenique inside by scoring"
    reporting = verb.stem in REPORTING and not (verb.stem == ADD and not between)
    return not ((verb.gap and not aside) or reporting or verb.start > quantity.start
                or not (_is_past(verb.surface) or _had(words, at) or _did(words, at))
                or _breaks_clause(" ".join(between))
                or _names_a_subject(between))


def _had(words: Sequence[Token], at: int) -> bool:
    """Whether words[at] is "had" as a verb of its own, what someone had ("Artino had a
    career-high 14 points"), not the helper of another past ("had scored", "had been")."""
    following = words[at + 1].surface if at + 1 < len(words) else ""
    return words[at].surface.lower() == "had" and not (
        following == "been" or _is_past(following))


#: What follows "did" as a verb of its own: its object ("he did it on the opening
#: drive"), not the bare verb after the helper ("did not score", "did score").
DID_OBJECTS = frozenset("it so that this the a an his her their its".split())


def _did(words: Sequence[Token], at: int) -> bool:
    """Whether words[at] is "did" as a verb of its own, what someone did."""
    following = words[at + 1].surface.lower() if at + 1 < len(words) else ""
    return words[at].surface.lower() == "did" and following in DID_OBJECTS


def _is_past(word: str) -> bool:
    """Whether a word reads as a past verb ("scored", "grabbed")."""
    return past_verb(word) or looks_past(word.lower())


#: A present participle, whose phrase after a comma tells more of what the subject did;
#: not "according", whose phrase names a source, nor a word that only ends the same way
#: ("during", "morning", "nothing").
SUBJECTS_PARTICIPLE = re.compile(r"(?!accord|dur|morn|even|noth|someth|anyth|everyth)[a-z]{3,}ing")


def _breaks_clause(between: str) -> bool:
    """Whether marks between a verb and a figure close its clause. A comma does not where
    the same subject's next past verb follows it: "He scored all 11 of his points,
    grabbed 6 of his team-high 11 rebounds" is one subject's list, and a piece that
    opens with "including" only details the one before it, as one that opens with a
    present participle goes on with what the subject did ("scooping the ball off the
    turf and scampering in from 32 yards out"); but "led at the half, paced by 13 points
    from McDermott" is a passive participle's phrase."""
    if set(between) & (CLAUSE_BREAKS - {","}):
        return True
    for piece in between.split(",")[1:]:
        words = piece.split()
        if words[:1] == ["and"]:
            words = words[1:]
        if words[:1] == ["including"]:
            continue  # "made 8 of 14 shots, including 3 of 4 3-pointers, and grabbed"
        if words and SUBJECTS_PARTICIPLE.fullmatch(words[0]):
            continue  # "he did it on the opening drive, scooping the ball ... from 32 yards"
        if not words or not _is_past(words[0]) or words[1:2] == ["by"]:
            return True
    return False


def _names_a_subject(words: Sequence[str]) -> bool:
    """Whether a capitalised word among these may be the subject of another clause: not
    an acronym ("NFL"), a possessive ("on KC's opening drive"), nor a word of what a
    possessive pronoun owns ("his Jekyll / Hyde nature")."""
    for i, word in enumerate(words):
        if not word[:1].isupper() or word.isupper() or word.endswith(("'s", "’s")):
            continue  # an acronym, or a possessive, which owns a noun and is no subject
        start = i  # back over the capitals (and "/") of the same phrase
        while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] == "/"):
            start -= 1
        if start == 0 or words[start - 1].lower() not in POSSESSIVE_PRONOUNS:
            return True
    return False


def _subject_with(sentence: Sentence, before: list[Token], text: str) -> list[Token]:
    """The name that opens the clause and whose past verb a figure after "with" completes:
    "Seth VanDeest led Drake with 13 points", "Jones finished with 20"."""
    if len(before) < 3 or before[-1].surface.lower() != "with" or not _capital(before[0]):
        return []
    first = before[0].index
    if first and not any(ch in CLAUSE_BREAKS for ch in text[
            sentence.words[first - 1].start:before[0].start]):
        return []  # the clause opens further back
    name = [before[0]]
    for word in before[1:]:
        if not (_capital(word) and word.joined):
            break
        name.append(word)
    verb = before[len(name)] if len(name) < len(before) else None
    return name if verb is not None and past_verb(verb.surface) else []


#: Verbs too common to be content words that still take a figure: "Clarke had 10
#: rebounds", "Jerry was 35 years old".
BE_HAVE = frozenset("was is were are had has have".split())


def _takes_figure(word: Token) -> bool:
    return word.surface.islower() and (word.content or word.surface in BE_HAVE) and (
        word.stem not in REPORTING)


def _any_verb(word: Token) -> bool:
    """Any verb that may take a figure, words of reporting included."""
    return word.surface.islower() and (word.content or word.surface in BE_HAVE)


def _capital(word: Token) -> bool:
    """A capitalised word that may be a name: not a noun for people opening the sentence
    ("Crews poured 5,600 gallons", "Witnesses said")."""
    return word.content and word.surface[:1].isupper() and not (
        word.index == 0 and singular(word.surface.lower()) in people_nouns()[1])


def _name_ending(words: tuple[Token, ...], end: int) -> list[Token]:
    """The name whose last word is words[end], back through the capitals joined to it."""
    start = end
    while start > 0 and words[start].joined and _capital(words[start - 1]):
        start -= 1
    return list(words[start:end + 1])


def sentence_scores(reading: Reading, index: int) -> frozenset[tuple[int, int]]:
    """The scores written in the figure's sentence."""
    position = reading.sentence_of[index]
    sentence = reading.sentences[position]
    return scores(reading.article.text, sentence.start, sentence.end,
                  [reading.quantities[i] for i in reading.in_sentence[position]])


def figure_difference(reading: Reading, index: int) -> bool:
    """Whether the figure is a difference or a change (see `phrases.is_difference`)."""
    quantity = reading.quantities[index]
    return is_difference(reading.article.text, quantity.start, quantity.end)


def figure_origin(reading: Reading, index: int) -> frozenset[str]:
    """The place the figure is measured from ("13 miles east of Cloverdale")."""
    return measured_from(reading.article.text, reading.quantities[index])


def apposed_place(reading: Reading, index: int) -> list[Token]:
    """The place a distance stands in apposition to, right before it, where something is
    in or at: "a motorist in Flint, about 50 miles north of here" gives Flint's distance,
    not the shooting's."""
    quantity = reading.quantities[index]
    text = reading.article.text
    if quantity.kind != "measure" or not DISTANCE_AFTER.match(text, quantity.end):
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    before = [w for w in sentence.words if w.start < quantity.start][-1:]
    if not before or not _capital(before[0]) or text[
            before[0].start + len(before[0].surface):quantity.start].strip() != ",":
        return []
    name = _name_ending(sentence.words, before[0].index)
    opener = name[0].index
    placed = opener > 0 and sentence.words[opener - 1].surface.lower() in PLACED_IN
    return name if placed else []  # not "according to the USGS, five miles southeast"


#: Before a place a distance may stand in apposition to: "a motorist in Flint,"; not
#: "from" or "of", before the place a distance is measured from ("from The Geysers, some
#: 18 miles eastward of the town of Cloverdale").
PLACED_IN = frozenset("in at near outside inside".split())


#: After a measure, what makes it a distance: "about 50 miles north of", "13 miles from".
DISTANCE_AFTER = re.compile(rf"\s+{COMPASS}{{1,2}}(?:of|from)\b|\s+(?:from|away)\b")


#: A phrase set before a sentence's clause ("During a 15-2 run, ...", "In the second
#: half, ..."): it holds every figure of the sentence.
FRONTED = re.compile(r"\s*((?i:in|during|at|after|before|through|on|with)\b[^,;:.!?()\n]{1,60}),")


#: A phrase opened by a participle ("paced by", "leading"), which takes its time from the
#: clause before it; not a past verb of a list ("..., grabbed 11 rebounds").
PARTICIPLE_OPENS = re.compile(r"\s*(?:[a-z]+ed\s+by|[a-z]+ing)\b")


def figure_parts(reading: Reading, index: int) -> list[tuple[str, str]]:
    """The parts of the event named in the figure's clause: (key, as written). A phrase a
    participle opens takes the part of the clause it hangs on ("The Jays led 33-26 at
    the half, paced by 13 points from McDermott")."""
    quantity = reading.quantities[index]
    text = reading.article.text
    sentence = reading.sentences[reading.sentence_of[index]]
    window = text[max(sentence.start, quantity.start - PART_BEFORE):quantity.start]
    pieces = re.split(r"[,;:.!?()\n]", window)
    before = pieces[-1]
    if len(pieces) > 1 and PARTICIPLE_OPENS.match(before):
        before = f"{pieces[-2]} {before}"  # "led 33-26 at the half, paced by 13 points"
    opening = FRONTED.match(text, sentence.start, quantity.start)
    if opening is not None:  # "During the game's deciding 15-2 run, ... blocked two shots"
        before = f"{opening.group(1)} {before}"
    return [(part_name(m), m.group().strip()) for m in PART.finditer(
        f"{before} {quantity.text} {clause_after(text, quantity.end)}")]


def figure_margin(reading: Reading, index: int) -> str:
    """The lead, margin or deficit the figure measures, or ""."""
    quantity = reading.quantities[index]
    m = MARGIN_BEFORE.search(reading.article.text, max(0, quantity.start - 25), quantity.start)
    return m.group(1).lower() if m is not None else ""


def phrase_of(reading: Reading, index: int) -> list[Token]:
    """The noun phrase after "of" right after a figure: "of internal flash storage"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    _, last = word_span(sentence, quantity.start, quantity.end)
    after = [w for w in sentence.words[last + 1:last + 2 + THING_WORDS]
             if w.start >= quantity.end]
    if not after or after[0].surface.lower() != "of" or after[0].gap:
        return []
    phrase = list(itertools.takewhile(lambda w: not w.gap, after[1:]))
    return [w for w in phrase if w.content]


def thing_after(reading: Reading, index: int) -> list[Token]:
    """The content words right after a measure, nothing but hyphens between: what it
    measures ("226 yards rushing", "a 36-yard field goal", "2.7 GHz quad - core")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    _, last = word_span(sentence, quantity.start, quantity.end)
    after = [w for w in sentence.words[last + 1:last + 1 + THING_WORDS]
             if w.start >= quantity.end]
    return list(itertools.takewhile(lambda w: w.content and w.gap in ("", "-"), after))


def spanned_noun(reading: Reading, index: int) -> list[Token]:
    """The noun a duration tells the span of, right before it through "during" or
    "within": "a 15 - 2 run during 5 minutes" is the run's time."""
    quantity = reading.quantities[index]
    if quantity.kind != "duration":
        return []
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = word_span(sentence, quantity.start, quantity.end)
    link = sentence.words[first - 1] if first >= 2 else None
    if link is None or link.surface.lower() not in SPAN_WORDS or link.gap:
        return []
    noun = sentence.words[first - 2]
    if not noun.content or noun.name or past_verb(noun.surface):
        return []
    return [noun]


#: Words that make a duration the span of the noun before them: "a run during 5 minutes".
SPAN_WORDS = frozenset("during within".split())


def partitive_role(reading: Reading, index: int) -> str:
    """"part" for a count a counted whole follows ("three of the seven bullets": the
    three), "whole" for that whole (the seven), "whole of X" for a whole X owns ("five
    of Creighton's first eight points"), "" for neither ("three of our citizens" counts
    citizens)."""
    text, quantity = reading.article.text, reading.quantities[index]
    for other in reading.neighbours(index):
        part = reading.quantities[other]
        if _whole_of(text, quantity, part):
            return "part"
        if _whole_of(text, part, quantity):
            owner = POSSESSOR.search(text, part.end, quantity.start)
            return f"whole of {owner.group(1)}" if owner else "whole"
    return ""


def owned_whole(reading: Reading, index: int) -> str:
    """Who owns a part's whole, the possessive right before it ("eight of the Bluejays' 11
    assists": Bluejays), or "". A whole narrowed after the possessive ("five of
    Creighton's first eight points") is no one's total, so it has none."""
    whole = reading.once(whole_of_part, index)
    if whole is None:
        return ""
    text = reading.article.text
    owner = POSSESSOR.search(text, reading.quantities[index].end, whole.start)
    return owner.group(1) if owner and not text[owner.end():whole.start].strip() else ""


def whole_of_part(reading: Reading, index: int) -> Quantity | None:
    """The whole a count is a part of, in its sentence: the seven of "three of the seven
    bullets" for the three."""
    text, quantity = reading.article.text, reading.quantities[index]
    return next((reading.quantities[other] for other in reading.neighbours(index)
                 if _whole_of(text, quantity, reading.quantities[other])), None)


def included_in(reading: Reading, index: int) -> int | None:
    """The figure right before a bare number that "including" or "among them" makes it a
    part of: the seven of "Seven bullets hit Gray, including three that entered his body
    from the rear" for the three."""
    quantity = reading.quantities[index]
    earlier = [i for i in reading.neighbours(index)
               if reading.quantities[i].end <= quantity.start]
    if quantity.kind != "count" or quantity.unit or not earlier:
        return None
    last = max(earlier, key=lambda i: reading.quantities[i].start)
    found = INCLUDED_BEFORE.search(reading.article.text, max(
        reading.quantities[last].end, quantity.start - INCLUDED_REACH), quantity.start)
    return last if found is not None else None


#: How many characters before a bare number "including" may stand.
INCLUDED_REACH = 16


def share_before(reading: Reading, index: int) -> str:
    """The words that make a figure a share of a whole, right before it in its clause:
    "the country's share of the bailout euro22 billion", "its portion of the loans, €8.4
    billion"; or "". Within SHARE_REACH characters, no other figure or clause mark between.
    A figure that goes on to a noun, or is called a total, is the whole's own: "its share
    of the €110 billion bailout", "part of a total of 23 pieces"."""
    quantity, text = reading.quantities[index], reading.article.text
    start = max(reading.sentences[reading.sentence_of[index]].start, quantity.start - SHARE_REACH)
    for i in reading.neighbours(index):
        if start < reading.quantities[i].end <= quantity.start:
            start = reading.quantities[i].end
    found = [*SHARE_OF.finditer(text, start, quantity.start)]
    between = text[found[-1].end():quantity.start] if found else ""
    if not found or set(between) & CLAUSE_MARKS_STRONG or TOTAL_WORD.search(between):
        return ""
    after = WORD_AFTER.match(text, quantity.end)
    if after is not None and after.group(1).lower() not in PREPOSITIONS:
        return ""
    return " ".join(text[found[-1].start():quantity.start].split()).rstrip(",")


#: Between "part of" and a figure, a word that makes the figure the whole: "part of a
#: total of 23 separate pieces".
TOTAL_WORD = re.compile(r"(?i)\b(?:total|whole)\b")
#: The word right after a figure, spaces only between.
WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


#: How many characters before a figure the words making it a share may stand.
SHARE_REACH = 40
#: Marks that end the clause a share's words would have to share with the figure.
CLAUSE_MARKS_STRONG = frozenset(".;:()")


def whole_words(reading: Reading, index: int) -> list[Token]:
    """The words of the whole a bare number is taken from, up to the next mark: "all 11
    of his points", "all three of the people". That whole's noun is the number's too."""
    quantity, text = reading.quantities[index], reading.article.text
    found = PARTITIVE_AFTER.match(text, quantity.end)
    if quantity.kind != "count" or found is None:
        return []
    reach = found.end() + PARTITIVE_REACH
    words: list[Token] = []
    for word in reading.sentences[reading.sentence_of[index]].words:
        if word.start < found.end():
            continue
        if word.start > reach or (words and any(ch in ",;:()." for ch in word.gap)):
            break
        words.append(word)
    return words


#: A possessor between a part and its whole ("five of Creighton's first eight points",
#: "10 of the team ’ s first 17 points", "the Bluejays' 11 assists"): the whole is that
#: one's, not the part's subject's.
POSSESSOR = re.compile(r"\b([A-Za-z]+)(?:\s?['’]\s?s\b|(?<=s)\s?['’](?=\s))")


def _whole_of(text: str, part: Quantity, whole: Quantity) -> bool:
    """Whether `whole` is what `part` is a part of: "10 of the team's first 17 points"."""
    return (part.end < whole.start <= part.end + PARTITIVE_REACH
            and not re.search(r"[,;.]", text[part.end:whole.start])
            and partitive_part(text, part))


#: What joins the figures of a list: "aged 15 and 12", "ages 12, 14 and 15".
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def listed(reading: Reading, index: int) -> list[int]:
    """The figures of the list this one stands in, itself included, in order; just itself
    when it stands in none. A list's figures are joined by commas, "and" or "or" alone."""
    text = reading.article.text
    siblings = list(reading.in_sentence[reading.sentence_of[index]])
    at = siblings.index(index)
    first = last = at
    while first > 0 and _joined(text, reading.quantities[siblings[first - 1]],
                                reading.quantities[siblings[first]]):
        first -= 1
    while last + 1 < len(siblings) and _joined(text, reading.quantities[siblings[last]],
                                               reading.quantities[siblings[last + 1]]):
        last += 1
    return siblings[first:last + 1]


def _joined(text: str, a: Quantity, b: Quantity) -> bool:
    return _listable(a, b) and LIST_JOIN.fullmatch(text, a.end, b.start) is not None


def _listable(a: Quantity, b: Quantity) -> bool:
    """Two figures of one kind, or a bare number beside another figure: an age read as
    one ("aged 15 and 12") leaves the next number bare."""
    if a.kind == b.kind:
        return True
    return "date" not in (a.kind, b.kind) and not (a.unit and b.unit)


def an_addition(reading: Reading, index: int) -> bool:
    """Whether the figure adds to another ("three more years", "another three-year
    sentence"), as a claim whose figure is an addition says its own does."""
    quantity = reading.quantities[index]
    text = reading.article.text
    return bool(ADDED.search(quantity.text) or ADDITION_BEFORE.search(
        text, max(0, quantity.start - ADDITION_REACH), quantity.start))


def modified_noun(reading: Reading, index: int) -> Token | None:
    """The noun a count joined to its own by a hyphen modifies ("a three-point play"), past
    a second such adjective after a comma ("a 13-play, 73-yard drive": the drive)."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    _, last = word_span(sentence, quantity.start, quantity.end)
    following = sentence.words[last + 1] if last + 1 < len(sentence.words) else None
    if following is None or not attributive_count(quantity, following):
        return None
    for i in reading.neighbours(index):
        other = reading.quantities[i]
        if (other.start <= following.start < other.end and ATTRIBUTIVE_COUNT.search(other.text)
                and reading.article.text[quantity.end:other.start].strip() == ","):
            _, end = word_span(sentence, other.start, other.end)
            return sentence.words[end + 1] if end + 1 < len(sentence.words) else None
    return following


def contrasted(reading: Reading, index: int, other: Quantity) -> bool:
    """Whether a new statement opens between the figure and another of its sentence:
    "jailed for 12 years, but it took until 2003 to admit his sham"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = word_span(sentence, quantity.start, quantity.end)
    lo, hi = word_span(sentence, other.start, other.end)
    between = sentence.words[min(last, hi) + 1:max(first, lo) + 1]
    return any(w.surface.lower() in CONTRASTS or w.gap in (";", ":") for w in between)


#: How many words a date's "on" may stand after the verb it dates, a place between.
PLACED_REACH = 4
#: Particles of a phrasal verb, between it and its place: "fanned out across".
PARTICLES = frozenset("out up off down back away over".split())
#: Past forms that only carry another verb ("was killed"), never the event themselves.
AUXILIARIES = frozenset("was were had did been".split())


def placed_verb(reading: Reading, index: int) -> Token | None:
    """The past verb a date dates across the named place after it ("was fired from Gordon
    Advisors on Thursday": a preposition, an article and names) or across a short object
    ("issued a statement Tuesday"), nothing but spaces between, within PLACED_REACH
    words. An object with a figure ("killed three people today") or any other word
    between leaves the date to what it stands after."""
    return _placed_verb(reading, index, ())


def placed_event(reading: Reading, index: int) -> Token | None:
    """`placed_verb`, a month or a year also through "in" ("born in the Bronx in 1928"):
    such a date dates too much to tell another verb's event from the claim's ("met in
    Geneva in June" is any meeting that month), but where the verb is the claim's it
    tells that event."""
    return _placed_verb(reading, index, ("month", "year"))


def _placed_verb(reading: Reading, index: int, through_in: tuple[str, ...]) -> Token | None:
    """`placed_verb`, dates of the `through_in` precisions taking "in" as a day "on"."""
    words = _words_before(reading, index, PLACED_REACH + 2)
    if not words:
        return None  # "fired from Gordon Advisors, police said Thursday"
    if (words[-1].surface.lower() == "in" and len(words) > 1
            and reading.quantities[index].precision in through_in):
        words = words[:-1]
    names = 0
    while names < len(words) and words[-1 - names].name and words[-1 - names].joined:
        names += 1
    rest = words[:len(words) - names]
    if not names:
        return (_object_verb(words) or _agent_verb(reading, index, words)
                or _verb_placed_by_noun(words))
    if len(rest) < 2:
        return None
    if rest[-1].surface.lower() in ARTICLES and len(rest) > 2:
        rest = rest[:-1]
    if len(rest) > 2 and rest[-2].surface.lower() in PARTICLES:
        rest = [*rest[:-2], rest[-1]]  # "fanned out across Hawaiian Gardens late Friday"
    verb, preposition = rest[-2], rest[-1]
    if preposition.surface.lower() not in PREPOSITIONS or preposition.gap:
        return None
    return verb if past_verb(verb.surface) else None


#: Before a date, a noun and the word "date" that make it that noun's day: "Lopez's
#: sentence date is May 7", "the trial date was set for June 3".
DATE_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+date\s+(?:is|was|will\s+be|has\s+been\s+set\s+for"
                            r"|was\s+set\s+for|is\s+set\s+for)\s+(?:on\s+)?$")


def date_of_noun(reading: Reading, index: int) -> Token | None:
    """The noun a date is the day of ("Lopez's sentence date is May 7": the sentence),
    which dates what the noun names as a verb would ("sentenced May 7")."""
    quantity = reading.quantities[index]
    if quantity.kind != "date":
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    found = DATE_OF_BEFORE.search(reading.article.text, max(sentence.start, quantity.start - 60),
                                  quantity.start)
    if found is None:
        return None
    return next((w for w in sentence.words if w.start == found.start(1)), None)


def verb_object(reading: Reading, index: int) -> tuple[Token, list[Token]] | None:
    """The verb and the name it takes as object right before a date: "by beating Bradley
    on Thursday night" (nothing but spaces between, or the name's age or a score set off:
    "charged with killing Zurana Horton, 34, on Oct. 21, 2011", "defeated Drake, 65-53,
    on Friday")."""
    words = _words_before(reading, index, 5) or _words_before(reading, index, 5, SET_OFF)
    names = 0
    while names < len(words) and words[-1 - names].name and words[-1 - names].joined:
        names += 1
    if not names or names == len(words):
        return None
    verb = words[-1 - names]
    if (verb.name or not verb.content or not verb.surface.isalpha()
            or verb.surface.lower() in PREPOSITIONS or not words[-names].joined):
        return None
    return verb, list(words[-names:])


def act_on_noun(reading: Reading, index: int) -> Token | None:
    """The verb, past or "-ing", whose object of an article and a noun stands right before a
    date, an age or another compound between them: "charged with murdering the 35 - year -
    old deputy on June 24" dates the murdering."""
    words = _words_before(reading, index, 6)
    if len(words) < 3 or words[-1].name or not words[-1].content:
        return None
    at = len(words) - 2
    while at > 0 and "-" in words[at].gap:
        at -= 1  # back over "35 - year - old"
    article, verb = words[at], words[at - 1] if at else None
    if verb is None or article.surface.lower() not in ARTICLES or article.gap or verb.gap:
        return None
    surface = verb.surface.lower()
    return verb if verb.content and (surface.endswith("ing") or past_verb(surface)) else None


def act_on_name(reading: Reading, index: int) -> tuple[Token, list[Token]] | None:
    """The noun and the name it is "of", or the verb and the name it takes, right before a
    date, however long the name: "the ambush slaying of Los Angeles County Sheriff's Deputy
    Jerry Ortiz in June 2005", "of murdering L.A. County Sheriff's Deputy Jerry Ortiz in
    June, 2005" (nothing but spaces between)."""
    words = _words_before(reading, index, 10)
    if words and words[-1].surface.lower() == "in":  # "in June 2005": "on" is left out already
        words = words[:-1]
    names = 0
    while names < len(words) and words[-1 - names].name and words[-1 - names].joined:
        names += 1
    if not names or names + 1 > len(words):
        return None
    noun = words[-1 - names]
    if noun.surface.lower() == "of" and names + 2 <= len(words):
        noun = words[-2 - names]
    if noun.name or not noun.content or not noun.surface.isalpha():
        return None
    return noun, list(words[-names:])


def complemented_verb(reading: Reading, index: int) -> tuple[Token, Token] | None:
    """The past verb and the one word that completes it, right before a date: "turned
    violent Monday", "went missing Friday", "was found guilty Tuesday" (nothing but
    spaces between). Whether the verb tells the claim's event depends on that word too."""
    if reading.quantities[index].kind != "date":
        return None
    words = _words_before(reading, index, 4)
    if len(words) < 2:
        return None
    verb, word = words[-2:]
    if (word.gap or not word.content or word.name or not word.surface.isalpha()
            or _in_figure(reading, index, word) or not past_verb(verb.surface)):
        return None
    return verb, word


def _words_before(reading: Reading, index: int, reach: int,
                  between: re.Pattern[str] = PLAIN_WORDS) -> list[Token]:
    """The words within `reach` before a figure, its links ("on", "late") left out; none
    unless nothing but spaces and words stands between the last of them and it (or what
    `between` allows: an age set off, ", 34, on")."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = word_span(sentence, quantity.start, quantity.end)
    words = [w for w in sentence.words[max(0, first - reach):first]
             if w.surface.lower() not in DATE_LINKS]
    if not words or not between.fullmatch(
            reading.article.text[words[-1].start + len(words[-1].surface):quantity.start]):
        return []
    return words


def _object_verb(words: Sequence[Token]) -> Token | None:
    """The past verb before an object of an article and one or two words ("issued a
    statement Tuesday"), nothing but spaces between."""
    for size in (2, 3):
        if len(words) < size + 1:
            return None
        verb, article, *nouns = words[-size - 1:]
        if (article.surface.lower() in ARTICLES and all(
                w.content and not w.name and not w.gap and w.surface.isalpha() for w in nouns)
                and not article.gap and past_verb(verb.surface)):
            return verb
    return None


def _verb_placed_by_noun(words: Sequence[Token]) -> Token | None:
    """The past verb before a preposition and one common noun ("died in prison on
    Sunday", "was arrested at the scene Monday"), nothing but spaces between."""
    for size in (2, 3):
        if len(words) < size + 1:
            return None
        verb, preposition, *between, noun = words[-size - 1:]
        if between and between[0].surface.lower() not in ARTICLES:
            continue
        if (preposition.surface.lower() in PREPOSITIONS and noun.content and not noun.name
                and noun.surface.isalpha() and not any(w.gap for w in words[-size:])
                and past_verb(verb.surface)):
            return verb
    return None


def _agent_verb(reading: Reading, index: int, words: Sequence[Token]) -> Token | None:
    """The past verb of a passive before its agent of one or two words: "killed by police
    bullets on Saturday", "shot 11 times by police on Saturday" (a figure of how often
    may stand between), nothing but spaces between."""
    by = max((i for i, w in enumerate(words) if w.surface.lower() == "by"), default=0)
    agent = [w for w in words[by + 1:] if w.surface.lower() not in ARTICLES]
    if not by or words[by].gap or not 1 <= len(agent) <= 2 or any(
            w.gap or not w.content or not w.surface.isalpha() for w in agent):
        return None
    before = [w for w in words[:by] if not _in_figure(reading, index, w)]
    return before[-1] if before and past_verb(before[-1].surface) else None


def past_verb(surface: str) -> bool:
    """A word in the past that tells an event: "died", "killed"; not "was"."""
    lower = surface.lower()
    return lower not in AUXILIARIES and tense_of(lower) == "past"


#: Right before a date that opens its sentence: nothing, or the word that links it.
OPENING_LINK = re.compile(r"(?i)\s*(?:(?:in|on|by|early|late|since)\s+)?$")
#: How many words after a date that opens its sentence its clause's verb may stand.
FRONTED_REACH = 15


def fronted_verb(reading: Reading, index: int) -> Token | None:
    """The past verb of the clause a date opens, set off by a comma: "In October 2011,
    Lopez and his half-brother Jonathan Carrasquillo, 24, were arrested" dates the
    arrest. None past a semicolon or beyond FRONTED_REACH words, nor for a verb that
    hands its event on ("In 1983, it was forced to file for bankruptcy"), nor for a year
    alone, which dates too much to tell one event from another."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    text = reading.article.text
    if (quantity.kind != "date" or quantity.precision == "year"
            or text[quantity.end:quantity.end + 1] != ","
            or not OPENING_LINK.fullmatch(text, sentence.start, quantity.start)):
        return None
    after = [w for w in sentence.words if w.start > quantity.end][:FRONTED_REACH]
    for i, word in enumerate(after):
        if ";" in word.gap:
            return None
        if past_verb(word.surface):
            handed_on = i + 1 < len(after) and after[i + 1].surface.lower() == "to"
            return None if handed_on else word
    return None


def inset_verb(reading: Reading, index: int) -> Token | None:
    """The past verb right after a date set between a subject and it ("Palmer voters in
    2010 approved a $3 million bond", "Police on Wednesday arrested 46"), nothing but
    spaces around the date: what the date dates. Not after a verb ("was arrested Friday
    charged with ...": the date is the arrest's), nor where the date opens its sentence
    (`fronted_verb`'s)."""
    quantity = reading.quantities[index]
    if quantity.kind != "date":
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = word_span(sentence, quantity.start, quantity.end)
    before = [w for w in sentence.words[:first] if w.surface.lower() not in MONTH_LINKS]
    after = list(sentence.words[last + 1:last + 3])
    text = reading.article.text
    if not before or not after or text[quantity.end:after[0].start].strip():
        return None
    subject = before[-1]
    between = text[subject.start + len(subject.surface):quantity.start]
    if not subject.content or past_verb(subject.surface) or not PLAIN_WORDS.fullmatch(between):
        return None
    verb = after[0]
    if verb.surface.lower() in AUXILIARIES and len(after) > 1 and not after[1].gap:
        verb = after[1]  # "Police on Wednesday had arrested", "was sentenced"
    return verb if past_verb(verb.surface) else None


def dated_verb(reading: Reading, index: int) -> Token | None:
    """The past verb a date stands right after ("died Monday in prison", "was killed
    Thursday"), through "on" and nothing but spaces."""
    word = reading.once(date_word, index)
    return word if word is not None and past_verb(word.surface) else None


def _in_figure(reading: Reading, index: int, word: Token) -> bool:
    """Whether the word is part of another figure of the sentence ("11 times")."""
    return any(reading.quantities[i].start <= word.start < reading.quantities[i].end
               for i in reading.neighbours(index))


#: A time of day between a date and the noun it dates ("the Monday morning shootings").
TIME_OF_DAY = frozenset("morning afternoon evening night".split())
#: Words that order a noun a date modifies: "Friday's second quarterfinal".
ORDER_WORDS = frozenset("first second third fourth final last opening early late".split())
#: A time of day in the possessive after a date: "Sunday morning's earthquake".
TIMED_POSSESSIVE = re.compile(rf"\s+(?:{'|'.join(sorted(TIME_OF_DAY))})['’]\s?s\b")


def dated_noun(reading: Reading, index: int) -> Token | None:
    """The noun a date modifies, after "the" or in the possessive: "the Monday morning
    shootings", "Monday's violence", "Sunday morning's earthquake" (a time of day may
    stand between, and a word of order: "Friday's second quarterfinal")."""
    quantity = reading.quantities[index]
    if quantity.kind != "date":
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    first, last = word_span(sentence, quantity.start, quantity.end)
    words = sentence.words
    text = reading.article.text
    possessive = bool(POSSESSIVE_AFTER.match(text, quantity.end)
                      or TIMED_POSSESSIVE.match(text, quantity.end))
    if not possessive and (first == 0 or words[first - 1].surface.lower() != "the"):
        return None
    following = [w for w in words[last + 1:last + 4] if w.surface != "s"]  # "Monday ’ s"
    if following and following[0].stem in TIME_OF_DAY:  # "morning", "morning's"
        following = following[1:]
    if following and following[0].surface.lower() in ORDER_WORDS:  # "second quarterfinal"
        following = following[1:]
    noun = following[0] if following else None
    return noun if noun is not None and noun.content and not noun.name else None


def date_word(reading: Reading, index: int) -> Token | None:
    """The word a date stands right after, through "on", "late" or "early" and nothing
    but spaces: what it dates ("said Monday", "were arrested on Wednesday"; not "said,
    Monday"); a month also through "in" ("was indicted in July, 2008"), not a year, which
    dates too much to tell one verb's event from another's ("was honoured in 2004"). A
    date in the possessive dates the noun after it instead ("officials said Thursday's
    call lasted 50 minutes")."""
    quantity = reading.quantities[index]
    if quantity.kind != "date" or POSSESSIVE_AFTER.match(reading.article.text, quantity.end):
        return None
    sentence = reading.sentences[reading.sentence_of[index]]
    first, _ = word_span(sentence, quantity.start, quantity.end)
    first = _before_the_clock(sentence.words, first)
    links = DATE_LINKS if quantity.precision == "year" else MONTH_LINKS
    before = [w for w in sentence.words[max(0, first - 2):first]
              if w.start < quantity.start and w.surface.lower() not in links]
    if not before:
        return None
    word = before[-1]
    between = reading.article.text[word.start + len(word.surface):quantity.start]
    return word if PLAIN_WORDS.fullmatch(between) else None


#: Adverbs that make a verb of harm a killing: "was fatally shot Friday".
FATAL = frozenset("fatally mortally".split())


def fatal(reading: Reading, index: int) -> str:
    """The verb a date stands right after with the adverb that makes it a killing, or "":
    "was fatally shot Friday" dates a death, not the claim's wounding."""
    word = reading.once(date_word, index)
    if word is None or word.index == 0:
        return ""
    adverb = reading.sentences[reading.sentence_of[index]].words[word.index - 1]
    return f"{adverb.surface} {word.surface}" if adverb.surface.lower() in FATAL else ""


def _before_the_clock(words: Sequence[Token], first: int) -> int:
    """Where the words before a date start once an hour named in words and what places it
    are passed: "was arrested around midnight Friday" dates the arrest."""
    if first == 0 or words[first - 1].surface.lower() not in CLOCK_HOURS:
        return first
    first -= 1
    while first > 0 and words[first - 1].surface.lower() in CLOCK_PLACERS:
        first -= 1
    return first


#: Hours named in words, which a date may follow: "around midnight Friday".
CLOCK_HOURS = frozenset("midnight noon dawn dusk daybreak".split())
#: Words that place an event at such an hour: "shortly before midnight".
CLOCK_PLACERS = frozenset("at around about near shortly just before after".split())


#: A demonstrative before a figure points back to one already given: "Those 10 points".
POINTING_BACK = re.compile(r"(?i)\b(?:those|these)\s+$")
#: How many sentences back the figure it points to may stand.
RESTATED_REACH = 3


def points_back(reading: Reading, index: int) -> bool:
    """Whether "those" or "these" right before a figure points back to one told before."""
    start = reading.quantities[index].start
    return POINTING_BACK.search(reading.article.text, max(0, start - 8), start) is not None


def restated(reading: Reading, index: int) -> Quantity | None:
    """The earlier figure a demonstrative one restates ("McDermott scored 10 of the team's
    first 17 points ... Those 10 points tied him with Buford"): the same kind and value,
    at most RESTATED_REACH sentences back."""
    quantity = reading.quantities[index]
    if not points_back(reading, index):
        return None
    position = reading.sentence_of[index]
    for other in range(index - 1, -1, -1):
        if reading.sentence_of[other] < position - RESTATED_REACH:
            break
        earlier = reading.quantities[other]
        if earlier.kind == quantity.kind and earlier.value == quantity.value:
            return earlier
    return None
