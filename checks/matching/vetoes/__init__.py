"""Why a figure can never speak of a fact, however many words it shares with the claim."""

from __future__ import annotations

from collections.abc import Callable

from checks.matching.profiles import Profile
from checks.matching.reading import Reading
from checks.matching.sentences import same_word
from checks.matching.timing import (
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
    for_an_earlier_period,
    not_the_earlier_one,
    one_of_several_days,
    reported_when,
    told_apart_in_time,
    told_as_past,
)
from checks.matching.vetoes.asserted import (
    a_class_by_its_figure,
    at_another_occasion,
    compared_with,
    hypothetical,
    not_asserted,
    of_several,
    retracted,
    sequel,
    superseded,
)
from checks.matching.vetoes.counted import (
    another_fate,
    another_named_kind,
    contents_mismatch,
    counts_other_things,
    fired_not_hits,
    hits_not_fired,
    modifier_mismatch,
    none_of_another_noun,
    noun_missing,
    only_present,
    people_for_times,
    rate_mismatch,
    several_days,
    times_for_people,
    times_of_another_act,
    verb_missing,
)
from checks.matching.vetoes.owners import (
    a_groups_figure,
    a_names_number,
    about_a_sibling,
    age_at_a_first_time,
    age_limit,
    age_mismatch,
    age_of_an_object,
    age_then,
    age_when_else,
    another_version,
    anothers_death,
    anothers_figure,
    anothers_role,
    for_another_model,
    intensive_subject,
    one_of_the_pair,
    other_role,
    owner_not_thing,
    someone_elses,
)
from checks.matching.vetoes.places import (
    another_of_its_kind,
    locates_another,
    measured_elsewhere,
    measures_another,
    set_elsewhere,
    town_unnamed,
    where_elsewhere,
)
from checks.matching.vetoes.totals import (
    WITHIN,
    a_share_of_the_whole,
    a_spread,
    a_stretch,
    a_total_in_all,
    another_series,
    breakdown_mismatch,
    each_or_together,
    not_the_extreme,
    one_of_the_parts,
    others_mismatch,
    part_mismatch,
    part_of_the_value,
    partitive_mismatch,
    past_the_nth,
    the_claims_fraction,
    total_of_a_pair,
    whole_of_an_addition,
    whole_of_the_time,
    whole_of_the_value,
    within_the_ceiling,
)
from checks.matching.vetoes.values import (
    FAR_OFF,
    a_new_mark,
    a_total_at_the_start,
    anothers_claimed_figure,
    between_mismatch,
    claims_other_figure,
    difference_mismatch,
    far_off,
    margin_mismatch,
    other_figure_differs,
    restates_earlier,
    spans_back_to_its_event,
    surpasses_claimed,
    the_claims_other_day,
)

#: Vetoes after which a candidate still competes for its figure (`Candidate.rival`).
RIVAL_VETOES = (FAR_OFF, WITHIN)


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
#: `far_off`, whether a vetoed candidate still counts as a rival (`Candidate.rival`).
VETOES: tuple[Veto, ...] = (
    _excluded, claims_other_figure, the_claims_other_day, restates_earlier,
    anothers_claimed_figure,
    reported_when, counted_from,
    another_event, another_noun, another_time, another_day, told_as_past, told_apart_in_time,
    for_an_earlier_period, not_the_earlier_one, another_week, another_month,
    other_role,
    hypothetical, a_class_by_its_figure, not_asserted, retracted, superseded, sequel,
    compared_with, of_several, at_another_occasion,
    contents_mismatch,
    people_for_times, times_for_people, times_of_another_act,
    after_the_claims_event, another_step,
    noun_missing, another_series, none_of_another_noun, another_named_kind, only_present,
    another_fate,
    age_limit,
    age_at_a_first_time, age_mismatch, age_of_an_object,
    age_then, age_when_else,
    before_the_claims_time,
    anothers_figure, anothers_death, intensive_subject, a_groups_figure, anothers_role,
    anothers_object,
    owner_not_thing,
    someone_elses,
    not_the_extreme,
    within_the_ceiling,
    whole_of_the_value, part_of_the_value, a_share_of_the_whole, measured_elsewhere,
    difference_mismatch, far_off,
    rate_mismatch,
    several_days, one_of_several_days, part_mismatch,
    modifier_mismatch, verb_missing, margin_mismatch,
    between_mismatch, spans_back_to_its_event, partitive_mismatch, others_mismatch,
    breakdown_mismatch, each_or_together,
    counts_other_things, hits_not_fired, fired_not_hits,
    measures_another, whole_of_an_addition,
    set_elsewhere, where_elsewhere, town_unnamed, locates_another, another_of_its_kind,
    other_figure_differs,
    surpasses_claimed, a_total_at_the_start, a_new_mark, about_a_sibling, one_of_the_parts,
    one_of_the_pair,
    for_another_model, another_version, a_names_number, a_stretch, past_the_nth, a_spread,
    the_claims_fraction, total_of_a_pair,
    a_total_in_all,
    whole_of_the_time,
)
