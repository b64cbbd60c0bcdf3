"""Match: decide which quantity in an article speaks of which fact.

Stage three of the pipeline (read → find → **match** → compare → report). An editor
trusts a failure only if the figure really is about the fact, so a mention is tied to a
fact on evidence, never forced. Every rule is general:

- **Kind and unit agree**: a count of troops never speaks of tanks, a duration never of
  a date, a measure only of a measure it converts to; any noun for people meets a count
  of "people" ("three bank workers"); an age ("a 35-year-old", "Ortiz, 35,") speaks only
  of an age, and a figure more than FAR_FACTOR times off the fact's of something else.
- **The figure itself**: one that agrees with a specific fact ("June 24, 2005", "110
  billion euros") is evidence, as much as it would rarely agree by chance.
- **Shared concepts**: the claim's content words (with the story's and built-in
  synonyms), its other figures (a claim "on December 30" is supported by "Thursday" when
  that resolves to December 30), the counted noun, and the fact's `context` words. Each
  concept counts once, at its best place.
- **Closeness**: a word counts fully within NEAR_TOKENS words of the figure and fades by
  half every FADE words beyond; the sentence before counts, farther away (fully when the
  sentence opens with a pronoun: "It lasted 50 minutes."). The same holds inside the
  claim, down to CLAIM_FLOOR: the words next to its figure say most about it.
- **Attachment**: where a sentence holds several figures of the same kind, a date takes
  the words before it ("in Brussels on Wednesday and in Vienna on Thursday"), but for the
  word right after the previous one ("Monday's talks"); a count or a measure takes the
  words after it up to the next clause break ("13 miles east of Cloverdale and 2 miles
  south of The Geysers").
- **Names agree**: a claim word found inside a longer name counts only if the rest of that
  name is in the claim too ("Council" in "European Council" is not the "Russia–NATO
  Council").
- **Distinctiveness**: words found in many sentences of the story's articles ("Russia" in a
  story about Russia) tell facts apart less than rare ones ("Geneva", "Donbas"); a
  measure's unit adds to the score as far as no other fact has one of its dimension, and
  counts as a concept when none has (not a duration's).
- **Enough evidence**: at least MIN_CONCEPTS concepts and a score of THRESHOLD, or of
  FAIL_THRESHOLD for a figure the fact disagrees with (a check failed for nothing costs
  an editor more than a miss); less is "not a mention", though the closest such
  candidates are kept as near misses.
- **Vetoes**: a sentence holding one of the fact's `exclude` words, or lacking all of its
  `context` words, never matches; nor does a figure that restates one of the claim's other
  figures ("plus 20 years"), nor a hypothetical one ("could face up to 119 years").
- **Echoes**: words that another article of the story writes around its agreeing mention
  of a fact, written around another figure, are evidence that this figure states that
  fact too (a desk's rewrite of the wire copy, its figure drifted).
- **Competition**: a mention goes to the fact with the best score only; facts within
  TIE_MARGIN of each other tie, and a tie goes to the one fact the figure agrees with, or
  to none.

The stage is a package, in the order a figure meets it: `sentences` and `phrases` read the
words, `reading` reads an article once, `profiles` reads a fact's claim, `figures` holds a
stated figure against the fact's, `attachment` finds the words that belong to a figure,
`evidence` weighs them, `vetoes` rules figures out (`timing` those of another time),
`echoes` remembers how other articles word the facts, and `matcher` scores and assigns.
"""

from checks.matching.evidence import Background
from checks.matching.figures import SLIGHT, agreement, kinds_agree, specificity
from checks.matching.matcher import (
    FAIL_THRESHOLD,
    MIN_CONCEPTS,
    THRESHOLD,
    Candidate,
    Matcher,
    Matches,
    evaluate,
    match,
)
from checks.matching.profiles import CLAIM_FLOOR, Profile, profile
from checks.matching.reading import Reading, read
from checks.matching.sentences import stem, synonym_groups, tokens

__all__ = [
    "CLAIM_FLOOR", "FAIL_THRESHOLD", "MIN_CONCEPTS", "SLIGHT", "THRESHOLD", "Background",
    "Candidate", "Matcher", "Matches", "Profile", "Reading", "agreement", "evaluate",
    "kinds_agree", "match", "profile", "read", "specificity", "stem", "synonym_groups",
    "tokens",
]
