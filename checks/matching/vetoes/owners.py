"""Vetoes for a figure that belongs to someone else: another person's, role's, group's,
sibling's or model's, or another person's age."""

from __future__ import annotations

import datetime as dt
import functools
import re

from checks.compare import compare
from checks.matching.attachment import PRONOUNS
from checks.matching.figures import agreement, dated
from checks.matching.phrases import (
    AGE_AFTER,
    AGE_NOUN_BEFORE,
    COMPARED_BEFORE,
    COMPARED_REACH,
    KIN,
    NOT_COMPARING,
    POSSESSIVE_PRONOUNS,
    REPORTING,
    ROLE_NAMED_AFTER,
    SOURCE_NAMED_AFTER,
    WHEN_VERB_BEFORE,
    attributive_age,
    name_pairs,
)
from checks.matching.profiles import NEW_VERSION, OLD_VERSION, Profile
from checks.matching.reading import (
    Reading,
    aged_name,
    aged_noun,
    apposed_name,
    describing_age,
    dies_after,
    dying_name,
    figure_owner,
    listed,
    owner_by_any_verb,
    participle_owner,
    past_verb,
    possessor_before,
    pronoun_owner,
    referred_name,
    relative_owner,
    sentence_owner,
)
from checks.matching.sentences import (
    Sentence,
    Token,
    capitals,
    people_nouns,
    same_word,
    stem,
    tokens,
    words,
)
from checks.quantities import singular


def other_role(prof: Profile, reading: Reading, index: int) -> str:
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


#: Before an age, words that make it a limit or a bound of a span: "24 of them under age
#: 17", "over the age of 65", "between the ages of 17 and 25".
AGE_LIMIT = re.compile(
    r"(?i)\b(?:(?:under|over|below|above|beneath)\s+(?:the\s+)?age\s+(?:of\s+)?"
    r"|(?:between|from)\s+(?:the\s+)?ages?\s+(?:of\s+)?(?:\d+\s+(?:and|to)\s+)?)$")
#: How far before an age AGE_LIMIT may open: "between the ages of 17 and ".
LIMIT_REACH = 32


def age_limit(prof: Profile, reading: Reading, index: int) -> str:
    """An age set as a limit ("24 of them under age 17") or as a bound of a span of life
    ("Between age 17 and 25, Mr. Gigante was arrested seven times") is no one's age."""
    if not prof.age or index not in reading.ages:
        return ""
    start = reading.quantities[index].start
    return "an age limit" if AGE_LIMIT.search(
        reading.article.text, max(0, start - LIMIT_REACH), start) else ""


def age_at_a_first_time(prof: Profile, reading: Reading, index: int) -> str:
    """An age at the first time something happened ("a known gang member first arrested
    at age 15") is an age at an earlier event than the claim's, unless the claim tells
    of the first time itself: it may agree, never fail."""
    if not prof.age or index not in reading.ages:
        return ""
    start = reading.quantities[index].start
    found = FIRST_AT_AGE.search(reading.article.text, max(0, start - FIRST_REACH), start)
    if found is None or FIRST.search(prof.fact.claim) or agreement(prof.fact,
                                                                  reading.quantities[index]):
        return ""
    return f"an age when first {found.group(1)}"


#: Right before an age, the first time of what it is the age at: "first arrested at age ".
FIRST_AT_AGE = re.compile(
    r"(?i)\bfirst\s+([a-z]+)\s+(?:[a-z]+\s+){0,3}?at\s+(?:the\s+)?(?:age\s+)?(?:of\s+)?$")
#: How far before an age FIRST_AT_AGE may open.
FIRST_REACH = 60
#: A claim that tells of a first time: "was first arrested at 15".
FIRST = re.compile(r"(?i)\bfirst\b")


def age_of_an_object(prof: Profile, reading: Reading, index: int) -> str:
    """An age written as a noun after a preposition ("Jeffs was sentenced to life for his
    assault on the 12-year-old") is the age of the one it stands for, the sentence's
    object, not its subject: unless it agrees, it is someone else's. (`_owner_named`
    finds the claim's name elsewhere in the sentence; this needs none.)"""
    if not prof.age or index not in reading.ages:
        return ""
    quantity, text = reading.quantities[index], reading.article.text
    if (AGE_AFTER.match(text, quantity.end) is None or reading.once(aged_noun, index)
            or OBJECT_AGE_BEFORE.search(text, max(0, quantity.start - OBJECT_REACH),
                                        quantity.start) is None
            or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent):
        return ""
    return "the age of the one it names"


#: Right before an age written as a noun, a preposition and its determiner: "with the".
#: Not "of", "by": "the trial of the 54-year-old" is most often the subject's own.
OBJECT_AGE_BEFORE = re.compile(r"(?i)\b(?:with|to|for|against|on|from|about)\s+"
                               r"(?:the|a|an|his|her|their)\s+$")
OBJECT_REACH = 16


def age_mismatch(prof: Profile, reading: Reading, index: int) -> str:
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


def age_then(prof: Profile, reading: Reading, index: int) -> str:
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


def age_when_else(prof: Profile, reading: Reading, index: int) -> str:
    """An age in a clause that "when" opens with another verb than the one the claim's
    "when" ties its age to is the age at that other event: against "was 77 when he died",
    "When arrested in his early 20's, he listed his occupation as a tailor"."""
    if not prof.age_when or index not in reading.ages:
        return ""
    quantity = reading.quantities[index]
    start = reading.sentences[reading.sentence_of[index]].start
    found = WHEN_VERB_BEFORE.search(reading.article.text, start, quantity.start)
    if found is None or not past_verb(found.group(1)):
        return ""
    verb, own = stem(found.group(1).lower()), stem(prof.age_when.lower())
    if verb == own or set(prof.concepts_of(verb)) & set(prof.concepts_of(own)):
        return ""
    return f"an age when {found.group(1)}, not when {prof.age_when}"


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


def anothers_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that opens with a name gives that one's figure ("Ryan Succop tied the game
    with a 47-yard field goal"): a figure that a name the claim lacks owns, as subject
    or possessor or as its source, is that other's ("Vinatieri's range for a 36-yard
    field goal", "Seth VanDeest scored 13", "13 points from Seth VanDeest", "Despite rushing
    for 352 yards, the Kansas City Chiefs lost")."""
    if index in reading.ages or reading.quantities[index].kind == "date":
        return ""  # an age's person is `age_mismatch`'s; a date is no one's
    if not prof.subject:
        return _companions_figure(prof, reading, index) or _possessors(prof, reading, index)
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
    if any(_claims_name(prof, w.stem) for w in name) or (
            _named_with(prof.actor or prof.subject, reading, name)):
        return ""  # the claim's own, unless it names them only in an aside
    return f"the figure of {' '.join(w.surface for w in name)}"


def anothers_death(prof: Profile, reading: Reading, index: int) -> str:
    """A claim that dates a death dates its own person's: a date hanging on a death verb
    whose subject is a name the claim lacks ("the same place where rival mob boss John
    Gotti died of cancer in 2002", against Gigante's death) dates another's death."""
    if reading.quantities[index].kind != "date" or not prof.tells_death:
        return ""
    name = reading.once(dying_name, index)
    if not name or prof.owns(name):
        return ""
    return f"the death of {' '.join(w.surface for w in name)}"


def _claims_name(prof: Profile, stem_: str) -> bool:
    """Whether the claim names the owner, or the country a capital stands for ("Berlin's
    decision to lend" is Germany's), other than in an aside only."""
    return any(prof.says(w) and w not in prof.aside
               for w in (stem_, *capitals().get(stem_, ())))


def _companions_figure(prof: Profile, reading: Reading, index: int) -> str:
    """A figure whose owner the claim names only beside its subject ("sentenced ...
    alongside Vito Genovese") or in a relative clause is that one's: "Genovese ran his
    organization ... while serving a 15 - year sentence"."""
    name = reading.once(figure_owner, index) or reading.once(sentence_owner, index)
    stems = {w.stem for w in name}
    if not stems & prof.aside or any(prof.says(s) and s not in prof.aside for s in stems):
        return ""
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


def intensive_subject(prof: Profile, reading: Reading, index: int) -> str:
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


def a_groups_figure(prof: Profile, reading: Reading, index: int) -> str:
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


def anothers_role(prof: Profile, reading: Reading, index: int) -> str:
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


def someone_elses(prof: Profile, reading: Reading, index: int) -> str:
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


def owner_not_thing(prof: Profile, reading: Reading, index: int) -> str:
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


#: In a claim, a figure's total over two: "with his wife and his mistress".
_CONJUNCT = r"(?:(?:the|his|her|their|its)\s+)?([A-Za-z][\w-]*)"

CLAIM_PAIR = re.compile(rf"\b(?:with|from|by|between|among)\s+{_CONJUNCT}\s+and\s+{_CONJUNCT}")


def one_of_the_pair(prof: Profile, reading: Reading, index: int) -> str:
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


def for_another_model(prof: Profile, reading: Reading, index: int) -> str:
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


def another_version(prof: Profile, reading: Reading, index: int) -> str:
    """A figure whose sentence sets the claim's named product in its other generation ("a
    refresh of the existing MacBook Pro" against "the next-generation MacBook Pro"), or
    whose sentence names no product and follows one that does, is that version's: it
    may agree, never fail. Not where the sentence names the claim's generation too, nor
    where the other one is only what it is compared with ("thinner than the current
    MacBook Pro")."""
    side, name = prof.version
    quantity = reading.quantities[index]
    if not name or compare(prof.fact.value, quantity, prof.fact.tolerance).consistent:
        return ""
    position = reading.sentence_of[index]
    alone, old, new = _generations(name)
    text, sentence = reading.article.text, reading.sentences[position]
    if not alone.search(text, sentence.start, sentence.end) and position:
        sentence = reading.sentences[position - 1]
    other, own = (old, new) if side == "new" else (new, old)
    found = next((m for m in other.finditer(text, sentence.start, sentence.end)
                  if not _compared(text, m.start())), None)
    if found is None or own.search(text, sentence.start, sentence.end):
        return ""
    return f"of the {found.group(0)}"


def _compared(text: str, at: int) -> bool:
    """Whether a comparison names what stands at `at` as its standard ("thinner than the
    current MacBook Pro"), as `asserted.compared_with` reads one before a figure."""
    found = COMPARED_BEFORE.search(text, max(0, at - COMPARED_REACH), at)
    return found is not None and (found.group(1) or found.group(2)).lower() not in NOT_COMPARING


@functools.cache
def _generations(name: str) -> tuple[re.Pattern[str], ...]:
    """A product's name: alone, after a word of its older generation, after one of its
    newer one."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    old, new = "|".join(OLD_VERSION), "|".join(NEW_VERSION)
    return (re.compile(rf"(?i)\b{words}\b"), re.compile(rf"(?i)\b(?:{old})\s+{words}\b"),
            re.compile(rf"(?i)\b(?:{new})\s+{words}\b"))


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


def a_names_number(prof: Profile, reading: Reading, index: int) -> str:
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


def about_a_sibling(prof: Profile, reading: Reading, index: int) -> str:
    """An article whose title names a sibling of a two-word name of the claim (one word
    the same, the other not: "MacBook Air" for "MacBook Pro", "Kristian Lopez" for
    "Andrew Lopez"), which its text writes too, and not the claim's word that tells them
    apart, is about that sibling: a figure in a sentence without that word ("weighing in
    at 2.38 pounds for the lightest one") may agree, never fail. So is a sentence that
    opens with a pronoun after one that names a sibling, neither writing the claim's
    word: "The MacBook Air gets 3rd-gen Core chips. It also gets storage up to 512 GB";
    and a figure after a sibling its own sentence names, without the claim's word ("The
    next-generation MacBook Pro's innards ...: up to 768GB of internal flash storage")."""
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
    if sibling:
        return f"about the {sibling}, which the sentence before names"
    pairs = reading.once(_named_ahead, index)
    sibling = _sibling(prof, pairs, said, lines_only=True) if pairs else ""
    return f"about the {sibling}, which its sentence names" if sibling else ""


def _named_ahead(reading: Reading, index: int) -> frozenset[tuple[str, str]]:
    """The two-word names the figure's sentence writes before it: "The next-generation
    MacBook Pro's innards are equally impressive: ... up to 768GB of flash storage"."""
    quantity = reading.quantities[index]
    sentence = reading.sentences[reading.sentence_of[index]]
    return name_pairs(tuple(w for w in sentence.words if w.start < quantity.start))


def _named_before(reading: Reading, index: int
                  ) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The two-word names and the stems of the sentence before the figure's, where the
    figure's opens with a pronoun that may point back to them; else nothing."""
    position = reading.sentence_of[index]
    if position == 0 or reading.sentences[position].opener not in PRONOUNS:
        return frozenset(), frozenset()
    before = reading.sentences[position - 1]
    return name_pairs(before.words), before.stems


def _sibling(prof: Profile, pairs: frozenset[tuple[str, str]], said: frozenset[str],
             lines_only: bool = False) -> str:
    """The first of these two-word names that is a sibling of one of the claim's, where
    the claim's word that tells them apart is not said; only one of the same line
    ("MacBook Pro" for "MacBook Air", not "Jose Ortiz" for "Jerry Ortiz") if
    `lines_only`."""
    for first, second in pairs:
        for a, b in prof.name_pairs:
            own, other = (b, second) if a == first else (
                (a, first) if b == second and not lines_only else ("", ""))
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
