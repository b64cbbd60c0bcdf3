"""The matching rules of checks/matching/, each on a small crafted text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from checks.articles import Article
from checks.claims import parse_value
from checks.compare import compare
from checks.facts import Fact
from checks.matching import CLAIM_FLOOR, Candidate, Matches, match, profile, read, synonym_groups
from checks.matching.profiles import acronyms
from checks.matching.sentences import sentence_pieces, stem

THURSDAY_CALL = dt.date(2021, 12, 31)  # the article's date: "Thursday" is December 30
TALKS_WEEK = dt.date(2022, 1, 11)      # "Wednesday" is January 12, "Thursday" January 13


def fact(fact_id: str, claim: str, value: str, *, context: Sequence[str] = (),
         exclude: Sequence[str] = ()) -> Fact:
    return Fact(fact_id, claim, parse_value(value), value, context=tuple(context),
                exclude=tuple(exclude))


BUILDUP = fact("buildup", "Russia has massed about 100,000 troops near its border with Ukraine.",
               "about 100,000 troops")
DRILLS = fact("drills", "Some 3,000 Russian troops took part in drills at firing ranges near "
              "Ukraine.", "3,000 troops")
CALL = fact("call", "The Biden–Putin phone call on December 30, 2021 lasted 50 minutes.",
            "50 minutes")
NATO = fact("nato", "The Russia–NATO Council met in Brussels on January 12, 2022.", "2022-01-12")
OSCE = fact("osce", "Talks at the Organization for Security and Co-operation in Europe took place "
            "in Vienna on January 13, 2022.", "2022-01-13")


def run(text: str, facts: Sequence[Fact], aliases: Mapping[str, Sequence[str]] | None = None,
        date: dt.date | None = TALKS_WEEK, title: str | None = None) -> Matches:
    article = Article(path=Path("crafted.txt"), name="crafted.txt", text=text, date=date,
                      title=title)
    return match(read(article), facts, aliases)


def figures(matches: Matches, fact_id: str) -> list[str]:
    return [c.quantity.text for c in matches.mentions[fact_id]]


def near(matches: Matches, fact_id: str, figure: str) -> Candidate:
    return next(c for c in matches.near_misses[fact_id] if c.quantity.text == figure)


def vetoed(matches: Matches, fact_id: str, figure: str) -> Candidate:
    """The near miss a figure became, the fact having no mention at all."""
    assert figures(matches, fact_id) == []
    return near(matches, fact_id, figure)


# -- kind and unit ------------------------------------------------------------------------


def test_a_count_of_tanks_never_speaks_of_troops() -> None:
    matches = run("Russia has massed 100,000 tanks near its border with Ukraine.", [BUILDUP])
    assert figures(matches, "buildup") == []
    assert matches.near_misses["buildup"] == []  # not even considered


def test_the_same_sentence_with_troops_matches() -> None:
    matches = run("Russia has massed 100,000 troops near its border with Ukraine.", [BUILDUP])
    assert figures(matches, "buildup") == ["100,000 troops"]


def test_a_duration_never_speaks_of_a_date() -> None:
    matches = run("Talks in Vienna took place 13 days later.", [OSCE])
    assert figures(matches, "osce") == []
    assert matches.near_misses["osce"] == []


def test_a_duration_speaks_of_a_duration_in_another_unit() -> None:
    matches = run("The Biden–Putin phone call lasted nearly an hour.", [CALL])
    assert figures(matches, "call") == ["nearly an hour"]


# -- competition --------------------------------------------------------------------------


def test_each_mention_goes_to_its_best_fact() -> None:
    drills = run("The Russian military said 3,000 troops were taking part in drills at firing "
                 "ranges near Ukraine.", [BUILDUP, DRILLS])
    assert figures(drills, "drills") == ["3,000 troops"]
    assert figures(drills, "buildup") == []
    massed = run("Russia has massed some 100,000 troops near its border with Ukraine.",
                 [BUILDUP, DRILLS])
    assert figures(massed, "buildup") == ["some 100,000 troops"]
    assert figures(massed, "drills") == []


def test_the_losing_fact_records_where_the_mention_went() -> None:
    matches = run("The Russian military said 10,000 troops were taking part in drills at "
                  "firing ranges near Ukraine.", [BUILDUP, DRILLS])
    assert near(matches, "buildup", "10,000 troops").veto == "went to drills"


TD_RUN = fact("td-run", "Jamaal Charles scored on an 86-yard touchdown run on the first play "
              "of the second half.", "86 yards")
RUSHING = fact("rushing", "Jamaal Charles rushed for 226 yards.", "226 yards")
HILLIS = fact("hillis", "Peyton Hillis rushed for 101 yards.", "101 yards")
TEAM = fact("team", "The Chiefs rushed for 352 yards and lost.", "352 yards")


def test_a_sentence_states_a_fact_once() -> None:
    """Both yardages lean towards the run, which the 86 yards states best: the 226 yards
    then goes to the rushing total, a discrepancy there rather than at the run."""
    matches = run("Jamaal Charles scored on an 86-yard touchdown run on the first play of the "
                  "second half and rushed for 230 yards.", [TD_RUN, RUSHING])
    assert figures(matches, "td-run") == ["86-yard"]
    assert figures(matches, "rushing") == ["230 yards"]
    assert near(matches, "td-run", "230 yards").veto == "the sentence's '86-yard' is its mention"


def test_a_list_item_after_a_paragraph_is_a_sentence_of_its_own() -> None:
    """A blank line ends a sentence even where the next paragraph opens with a bullet: the
    list item's record is Buford's, not part of the sentence before about McDermott."""
    buford = fact("buford", "Rodney Buford's school record was 2,116 points.", "2116 points")
    matches = run("McDermott ended the game with 2,129 points.\n\n"
                  "• Rodney Buford's old school record: 2,161 points", [buford])
    assert figures(matches, "buford") == ["2,161 points"]
    assert [s.words[0].surface for s in read(Article(
        path=Path("a.txt"), name="a.txt", text="Him.\n\n• Her.\n\n- it")).sentences] == [
        "Him", "Her", "it"]


def test_a_fact_box_label_names_the_noun_of_its_number() -> None:
    """"Live shells found in his car: 5" counts shells, as "five live shells" would; a
    label naming another thing leaves its number counting nothing."""
    shells = fact("shells", "Police found three live shells in the car LaCalamita drove.",
                  "3 shells")
    text = "Police searched the car he drove.\n\nAT A GLANCE — {}: 5\n\nHe was arrested."
    assert figures(run(text.format("Live shells found in his car"), [shells]),
                   "shells") == ["5"]
    assert figures(run(text.format("Officers at the scene"), [shells]), "shells") == []


def test_a_line_of_its_own_takes_no_words_from_the_paragraph_before() -> None:
    """A timeline entry, headline or list item with no full stop speaks for itself: the
    words of the paragraph before lend its date nothing, as they lend "It falls due on
    May 21." its subject."""
    deadline = fact("deadline", "Greece faces a May 19 due date on debt it says it cannot "
                    "repay without the bailout.", "2022-05-19")
    before = "Greece says it can't repay its debt without the bailout.\n\n"
    entry = "TIMELINE: May 21 — Papandreou's Socialists win the general election"
    assert figures(run(before + entry, [deadline]), "deadline") == []
    assert figures(run(before + "It falls due on May 21.", [deadline]),
                   "deadline") == ["May 21"]


def test_a_fact_box_label_stands_in_its_figures_clause() -> None:
    """A label's colon opens no clause of its own: "Germany's share of the Greek loans:
    €16.8 billion" names Germany as near as "Germany's share ... is €16.8 billion"."""
    share = fact("share", "Germany's share of the EU-IMF loans to Greece is about 22.4 "
                 "billion euros over three years.", "about €22.4 billion")
    (mention,) = run("AT A GLANCE — Germany's share of the Greek loans: €16.8 billion",
                     [share]).mentions["share"]
    assert "Germany's" in mention.shared


def test_a_clause_without_a_subject_of_its_own_shares_the_sentences() -> None:
    matches = run("Peyton Hillis scored on a 12-yard run and rushed for 101 yards.", [HILLIS])
    assert figures(matches, "hillis") == ["101 yards"]


def test_a_clause_with_its_own_subject_does_not_share_it() -> None:
    matches = run("Peyton Hillis added 101 yards on the ground for the Chiefs, who had 352 "
                  "yards rushing, a first.", [HILLIS, TEAM])
    assert figures(matches, "hillis") == ["101 yards"]
    assert "Hillis" not in near(matches, "hillis", "352 yards").shared


def test_a_clause_shares_the_words_of_its_first_measure_of_a_dimension_in_common() -> None:
    """"the 4.4-magnitude temblor ... was centered 23 miles north of Santa Rosa, and two
    miles from The Geysers": the two miles share the 23 miles' verb and subject, not the
    words before the magnitude, which measures no distance ("The U.S. Geological Survey
    says"); a speed shares a distance's ("chased him for 30 miles ... at speeds up to
    120 mph": both measure length)."""
    distance = fact("distance", "The earthquake was centered two miles from The Geysers.",
                    "two miles")
    text = ("The U.S. Geological Survey says the 4.4-magnitude temblor on Sunday at 9:27 a.m. "
            "was centered 23 miles north of Santa Rosa, and two miles from The Geysers.")
    (mention,) = run(text, [distance], date=dt.date(2009, 1, 5)).mentions["distance"]
    assert mention.quantity.text == "two miles" and "centered" in mention.shared
    speed = fact("speed", "The police chase of LaCalamita reached speeds of up to 120 mph.",
                 "120 mph")
    text = ("Deputies chased LaCalamita for 30 miles, including through a construction zone, "
            "at speeds up to 120 mph before he finally pulled over, the sheriff said.")
    (mention,) = run(text, [speed]).mentions["speed"]
    assert "chased" in mention.shared


# -- vetoes -------------------------------------------------------------------------------


def test_an_exclude_word_vetoes_the_sentence() -> None:
    excluding = fact("buildup", BUILDUP.claim, "about 100,000 troops", exclude=["drills"])
    text = "Russia has massed 100,000 troops near its border with Ukraine for drills."
    matches = run(text, [excluding])
    assert vetoed(matches, "buildup", "100,000 troops").veto.startswith("excluded:")
    assert figures(run(text, [BUILDUP]), "buildup") == ["100,000 troops"]


def test_a_sentence_without_any_context_word_never_matches() -> None:
    needing = fact("buildup", BUILDUP.claim, "about 100,000 troops", context=["border"])
    text = "Russia has massed 100,000 troops in Crimea, away from Ukraine."
    matches = run(text, [needing])
    assert vetoed(matches, "buildup", "100,000 troops").veto.startswith("no context word")
    assert figures(run(text, [BUILDUP]), "buildup") == ["100,000 troops"]


# -- the previous sentence ----------------------------------------------------------------


def test_the_previous_sentence_adds_evidence() -> None:
    alone = run("It lasted 50 minutes.", [CALL], date=THURSDAY_CALL)
    after = run("Biden and Putin held a phone call on Thursday. It lasted 50 minutes.", [CALL],
                date=THURSDAY_CALL)
    score = near(alone, "call", "50 minutes").score
    candidates = after.mentions["call"] + after.near_misses["call"]
    assert [c.quantity.text for c in candidates] == ["50 minutes"]
    assert candidates[0].score > score


def test_it_lasted_50_minutes_speaks_of_the_call_named_just_before() -> None:
    """The issue's own example: the figure's sentence names nothing, the one before does."""
    matches = run("Biden and Putin held a phone call on Thursday. It lasted 50 minutes.", [CALL],
                  date=THURSDAY_CALL)
    assert figures(matches, "call") == ["50 minutes"]


def test_a_sentence_alone_with_one_shared_word_is_not_a_mention() -> None:
    matches = run("It lasted 50 minutes.", [CALL], date=THURSDAY_CALL)
    assert figures(matches, "call") == []


# -- attachment ---------------------------------------------------------------------------


def test_words_between_two_dates_belong_to_the_later_one() -> None:
    text = ("The Russia-NATO Council meets in Brussels on Wednesday and OSCE talks take place "
            "in Vienna on Thursday.")
    matches = run(text, [NATO, OSCE])
    assert figures(matches, "nato") == ["Wednesday"]
    assert figures(matches, "osce") == ["Thursday"]
    for candidate in matches.mentions["nato"] + matches.near_misses["osce"]:
        if candidate.quantity.text == "Wednesday":
            assert "Vienna" not in candidate.shared


def test_measures_of_different_dimensions_compete_for_no_word() -> None:
    """"Orozco is 5 - foot - 8, 145 pounds": a height and a weight describe one man, so
    the weight keeps the words before the height and fails a weight of 135 pounds."""
    weight = fact("weight", "Deputies described Jose Luis Orozco, the suspect, as weighing "
                  "135 pounds.", "135 pounds")
    (mention,) = run("Deputies said that Orozco is 5 - foot - 8, 145 pounds, with tattoos.",
                     [weight]).mentions["weight"]
    assert mention.disagrees and "Orozco" in mention.shared


GENEVA = fact("geneva", "Senior US and Russian officials held security talks in Geneva on "
              "January 9–10, 2022.", "2022-01-09 to 2022-01-10")


def test_a_date_dates_its_whole_clause() -> None:
    """A photo caption puts the date last, far from what happened."""
    story = " ".join(["The talks between US and Russian officials were tense."] * 4)
    matches = run(story + " US Deputy Secretary of State Wendy Sherman, left, and Russian "
                  "deputy foreign minister Sergei Ryabkov attend security talks at the United "
                  "States Mission in Geneva, Switzerland, Monday, Jan. 10, 2022.", [GENEVA])
    assert figures(matches, "geneva") == ["Monday, Jan. 10, 2022"]


def test_a_figure_names_the_thing_right_after_it() -> None:
    matches = run("Monday's talks in Geneva were followed by a meeting of the Russia-NATO "
                  "Council in Brussels on Wednesday.", [NATO],
                  date=TALKS_WEEK)
    assert figures(matches, "nato") == ["Wednesday"]


def test_a_verb_joined_to_the_first_shares_the_sentences_subject() -> None:
    """"Darius Butler picked off the pass in stride, and took it 42 yards": Butler took it,
    though his name stands ten words back. A clause with a subject of its own ("and
    Jerraud Powers took it", "and he took it") keeps the sentence's out."""
    butler = fact("butler", "Darius Butler returned an interception 32 yards for a "
                  "touchdown.", "32 yards")
    date = dt.date(2012, 12, 24)
    text = "Darius Butler picked off the pass in stride, and {} untouched 42 yards to score."
    (mention,) = run(text.format("took it"), [butler], date=date).mentions["butler"]
    assert mention.disagrees and "Butler" in mention.shared
    for subject in ("Jerraud Powers took it", "he took it"):
        matches = run(text.format(subject), [butler], date=date)
        assert figures(matches, "butler") == [], subject


def test_a_verb_joined_to_the_first_shares_a_common_noun_subject() -> None:
    """"the battles spread across the city center and lasted for more than five hours": the
    battles lasted, "the" and a noun before the first verb (one whose past is its present
    too); not across a name or another clause before the joined verb ("The first occurred
    when Quinn threw ... and Butler picked it off and returned it")."""
    clashes = fact("clashes", "Battles between protesters and riot police in central Athens "
                   "lasted more than five hours.", "more than 5 hours")
    text = ("As more blocks reached the square, the battles spread across the city center and "
            "lasted for more than five hours.")
    (mention,) = run(text, [clashes], date=dt.date(2010, 5, 6)).mentions["clashes"]
    assert "battles" in mention.shared
    for text in ("The battles spread across the city when Athens burned and lasted for nearly "
                 "five hours.",
                 "The battles spread across the city, Syntagma and Omonia, and lasted for "
                 "nearly five hours."):
        matches = run(text, [clashes], date=dt.date(2010, 5, 6))
        assert all("battles" not in c.shared for c in matches.mentions["clashes"]), text


# -- names --------------------------------------------------------------------------------


def test_a_claim_word_inside_another_name_does_not_count() -> None:
    other = run("The European Council met in Brussels on Tuesday.", [NATO])
    council = [c for c in other.mentions["nato"] + other.near_misses["nato"]]
    assert council and all("Council" not in c.shared for c in council)
    same = run("The Russia-NATO Council met in Brussels on Wednesday.", [NATO])
    assert "Council" in same.mentions["nato"][0].shared


def test_words_shouted_in_capitals_are_words_not_names() -> None:
    """"THREE PEOPLE HAVE DIED IN A BLAZE" is a sentence in capitals, not a name of six
    words; an acronym or two ("NATO", "EU") stay names."""
    deaths = fact("deaths", "Three employees of a bank branch in Athens died when protesters "
                  "threw petrol bombs into the building.", "3 people")
    (mention,) = run("Greek TV said THREE PEOPLE HAVE DIED IN A BLAZE at a bank in Athens.",
                     [deaths], date=dt.date(2010, 5, 5)).mentions["deaths"]
    assert "DIED" in mention.shared
    from checks.matching.sentences import words
    assert [w.name for w in words("The EU and NATO met.")] == [False, True, False, True, False]


# -- near misses --------------------------------------------------------------------------


def test_a_weak_candidate_is_kept_as_a_near_miss() -> None:
    """With why it fell short: too little evidence, or what vetoes it (a weekday that
    shares only the claim's place names no day of its event)."""
    matches = run("Officials will hold talks in Brussels on January 14.", [NATO, OSCE])
    assert figures(matches, "nato") == []
    missed = near(matches, "nato", "January 14")
    assert not missed.matches and missed.veto == "below threshold"
    assert missed.shared == ("Brussels",)
    missed = near(run("Officials will hold talks in Brussels on Friday.", [NATO, OSCE]), "nato",
                  "Friday")
    assert not missed.matches and missed.veto == (
        "names only the Brussels, where it happened, not what happened that day")


# -- synonyms -----------------------------------------------------------------------------


def test_a_story_finds_a_short_words_forms_as_one_fact_does() -> None:
    """"voted" is "vote" (`same_word` keeps a bare word's "e"): a story's shared word
    index must find it as a fact's own profile does, or short verbs go unseen."""
    from checks.matching import Matcher
    vote = fact("vote", "The Greek parliament was due to vote on the austerity bill on "
                "Thursday, May 6, 2010.", "2010-05-06")
    (prof,) = Matcher([vote]).profiles
    for word in ("voted", "votes", "voting"):
        assert prof.concepts_of(stem(word)) == prof.stands_for(stem(word)) != (), word
    matches = run("The government was preparing for the measures to be voted on Thursday.",
                  [vote], date=dt.date(2010, 5, 5))
    (mention,) = matches.mentions["vote"]
    assert mention.quantity.text == "Thursday" and "voted" in mention.shared


def test_a_story_alias_counts_as_the_claim_word() -> None:
    text = "Biden and Putin talked on Thursday for 50 minutes."
    without = run(text, [CALL], date=THURSDAY_CALL)
    with_alias = run(text, [CALL], {"call": ["talked"]}, date=THURSDAY_CALL)
    assert "talked" not in without.mentions["call"][0].shared
    assert "talked" in with_alias.mentions["call"][0].shared
    assert with_alias.mentions["call"][0].score > without.mentions["call"][0].score


def test_a_builtin_synonym_makes_spoke_mean_the_call() -> None:
    matches = run("The two leaders spoke frankly for nearly an hour on Thursday.", [CALL],
                  date=THURSDAY_CALL)
    assert figures(matches, "call") == ["nearly an hour"]
    assert "spoke" in matches.mentions["call"][0].shared


def test_a_builtin_synonym_makes_a_win_the_game_a_team_beat_another_in() -> None:
    game = fact("game", "The Indianapolis Colts beat the Kansas City Chiefs 20-13 on Sunday, "
                "December 23, 2012.", "2012-12-23")
    matches = run("The Colts got the win today, but it wasn't pretty.", [game],
                  date=dt.date(2012, 12, 23))
    assert figures(matches, "game") == ["today"]
    assert "win" in matches.mentions["game"][0].shared


def test_a_builtin_synonym_makes_a_building_that_dates_to_a_year_built_then() -> None:
    built = fact("built", "The Matanuska Maid warehouse in Palmer was built in 1935.", "1935")
    matches = run("The fire destroyed the Matanuska Maid warehouse in Palmer. The building "
                  "dates to 1935, when the colonists settled in Alaska.", [built],
                  date=dt.date(2012, 8, 8))
    (mention,) = matches.mentions["built"]
    assert "dates" in mention.shared


def test_a_builtin_synonym_makes_an_epicenter_where_a_quake_was_centered() -> None:
    geysers = fact("geysers", "The earthquake was centered two miles from The Geysers.",
                   "two miles")
    matches = run("The survey listed the epicenter as three miles east southeast of The "
                  "Geysers.", [geysers])
    (mention,) = matches.mentions["geysers"]
    assert mention.disagrees and "epicenter" in mention.shared


ECHENIQUE_BLOCKS = fact("blocks", "Gregory Echenique blocked six shots against Drake.",
                        "6 blocks")


@pytest.mark.parametrize("sentence", [
    "Echenique had 11 points, 11 rebounds and nine swats against Drake.",     # synonym
    "Gregory Echenique had 11 points, 11 rebounds and nine blocked shots.",  # participle
])
def test_blocks_are_counted_as_swats_or_as_blocked_shots(sentence: str) -> None:
    """A count whose noun is a synonym of the fact's ("swats") or that names the fact's
    noun in a past participle before its own ("blocked shots") counts the fact's thing."""
    (mention,) = run(sentence, [ECHENIQUE_BLOCKS]).mentions["blocks"]
    assert mention.disagrees


def test_the_words_before_a_list_speak_for_each_item_as_for_the_first() -> None:
    """"Lopez generated a double - double with 14 points, 11 rebounds and five swats":
    Lopez stands as near the swats as the points, a word more per item, however long the
    items between, so her name speaks for the swats too."""
    blocks = fact("blocks", "Maria Lopez blocked five shots against Drake.", "5 shots")
    (mention,) = run("Lopez generated a double - double with 14 points, 11 rebounds and five "
                     "swats, most of them after half.", [blocks]).mentions["blocks"]
    assert mention.quantity.text == "five swats" and "Lopez" in mention.shared


@pytest.mark.parametrize(("claim", "value", "sentence"), [
    ("Maria Lopez blocked five shots against Drake.", "5 shots",
     "Lopez had 11 points and five swats against Drake."),
    ("Police said Tom Reed had been arrested four times before the raid.", "4 times",
     "Police said Reed has four prior arrests."),
])
def test_a_past_verb_before_a_claims_count_names_what_it_counts(
        claim: str, value: str, sentence: str) -> None:
    """"blocked five shots" counts blocks too, "arrested four times" arrests: an article's
    "five swats", "four prior arrests" state the fact (and fail it when they disagree)."""
    counted = fact("counted", claim, value)
    (mention,) = run(sentence, [counted]).mentions["counted"]
    assert not mention.disagrees
    (mention,) = run(sentence.replace("five", "six").replace("four", "three"),
                     [counted]).mentions["counted"]
    assert mention.disagrees


@pytest.mark.parametrize(("claim", "value", "elsewhere"), [
    ("Germany is to lend Greece about 22 billion euros as its share of the EU-IMF bailout.",
     "about 22 billion euros", "on Paris's decision"),  # another's
    # its share of the loans to Greece: "Berlin's" names Germany beside Greece, the whole;
    # "in Berlin", a place, names no one, and Greece alone names only the whole
    ("Germany's share of the euro-zone loans to Greece, which Chancellor Angela Merkel urged "
     "the Bundestag to approve, is €22.4 billion.", "€22.4 billion", "in Berlin on a decision"),
    # the capital itself named only in the claim's aside still stands for the country
    ("Germany's own share of the Greek bailout, which Chancellor Angela Merkel urged "
     "lawmakers in Berlin to pass, is €22.4 billion.", "€22.4 billion", "on Paris's decision"),
])
def test_a_capital_owns_its_countrys_figure(claim: str, value: str, elsewhere: str) -> None:
    """News writes a capital for its government: "Berlin's decision to lend" is Germany's,
    the claim's own, and speaks for its words for Germany."""
    share = fact("share", claim, value)
    said = "She told a debate {} to lend €22.4 billion to Greece."
    assert figures(run(said.format("on Berlin's decision"), [share]), "share") == [
        "€22.4 billion"]
    assert figures(run(said.format(elsewhere), [share]), "share") == []


def test_a_clipped_name_is_the_claims_name() -> None:
    """"the 9-acre Mat Maid complex" is the claim's Matanuska Maid, clipped as locals say
    it; a name with a word the claim lacks ("Dairy Maid") stays another's."""
    block = fact("block", "The old Matanuska Maid block near downtown Palmer covers about "
                 "8.7 acres.", "about 8.7 acres")
    said = "McNutt drove around the 9-acre {} complex and spotted flames."
    assert figures(run(said.format("Mat Maid"), [block]), "block") == ["9-acre"]
    assert figures(run(said.format("Dairy Maid"), [block]), "block") == []


def test_a_count_after_including_is_a_part_of_the_count_before() -> None:
    """"Seven bullets hit Gray, including three that entered his body from the rear": the
    three are bullets, the rear wounds' figure, and no statement of the seven that hit."""
    said = ("Seven bullets hit Mr. Gray, including three that entered his body from the "
            "rear, the medical examiner said.")
    rear = fact("rear", "The autopsy found that three of the bullets that hit Kimani Gray "
                "entered his body from the rear.", "3 bullets")
    hit = fact("hit", "The autopsy found that seven police bullets struck Kimani Gray's body.",
               "seven bullets")
    assert figures(run(said, [rear]), "rear") == ["three"]
    assert figures(run(said.replace("Seven", "Nine"), [hit]), "hit") == ["Nine bullets"]


def test_two_compound_adjectives_after_a_comma_modify_one_noun() -> None:
    """"a 13-play, 73-yard drive": the plays are the drive's, as the yards are; a count
    that modifies another noun alone ("a 13-play series") still states no drive's plays."""
    drive = fact("drive", "The Colts' game-winning fourth-quarter drive against the Chiefs "
                 "lasted 13 plays.", "13 plays")
    said = ("The Colts embarked on a 13 - play, 73 - yard {} that was capped off when Andrew "
            "Luck found Wayne for the game - winning score.")
    assert figures(run(said.format("drive"), [drive]), "drive") == ["13 - play"]
    assert figures(run(said.format("series"), [drive]), "drive") == []


def test_a_figure_opening_the_subject_leaves_the_predicate_to_the_next() -> None:
    """"The 15.4″ MacBook Pro refresh will be remarkably thin, at 0.71″": the screen size
    names its noun phrase; "thin", said by the verb, is the 0.71's."""
    thick = fact("thick", "The next-generation MacBook Pro with Retina display is 0.71 inches "
                 "thick.", "0.71 inches")
    said = ("The 15.4″ MacBook Pro refresh will be remarkably thin, at {}″ and at 4.46 "
            "pounds, it will be the thinnest MacBook Pro ever.")
    assert figures(run(said.format("0.71"), [thick]), "thick") == ["0.71″"]
    assert "thin" not in near(run(said.format("0.71"), [thick]), "thick", "15.4″").shared


def test_he_opening_a_sentence_stands_for_the_one_name_before() -> None:
    """"... Ortiz had hoped to become a detective. He had married two weeks before the
    shooting": "He" is Ortiz, as near the figure as the pronoun, so the claim's name (faint
    where every sentence writes it) and verb both speak for it; with two names before,
    "He" stands for neither."""
    from checks.matching import Background, Matcher
    wed = fact("wed", "Deputy Jerry Ortiz had married his second wife, Chela, about two weeks "
               "before he was killed.", "about two weeks")
    filler = " ".join(f"Ortiz was shot, witness {i} said." for i in range(30))
    found = []
    for before in ("A department veteran, Ortiz", "Like Sgt. Dan Reyes, Ortiz"):
        text = (f"{filler} {before} had hoped to become a detective. He had married two "
                "weeks before the shooting, the family said.")
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        matches = Matcher([wed], background=Background([reading])).match(reading)
        found.append(figures(matches, "wed"))
    assert found == [["two weeks"], []]


def test_a_name_owning_the_claims_number_owns_its_figure() -> None:
    """"The win over Kansas City was the Colts' 10th of the season": the claim gives the
    Colts' figure, so the nine wins another name scored are that one's."""
    wins = fact("wins", "The win over Kansas City was the Colts' 10th of the season, "
                "lifting their record to 10-5.", "10 wins")
    matches = run("Bruce Arians tied an NFL record with nine wins as an interim head coach.",
                  [wins])
    assert figures(matches, "wins") == []
    assert near(matches, "wins", "nine wins").veto == "the figure of Bruce Arians"


def test_a_bare_number_in_a_whole_counted_in_the_facts_noun_counts_it() -> None:
    """"a comfortable majority of 160 in the 300-seat Parliament": the 160 are seats, as
    the whole's compound adjective says; "160 in the ancient Parliament" counts none."""
    seats = fact("seats", "Prime Minister Papandreou's Socialists hold 160 seats in Greece's "
                 "300-seat parliament.", "160 seats")
    said = ("Papandreou's Socialists hold a comfortable majority of 170 in the {} Parliament "
            "and the bill is expected to pass easily.")
    assert figures(run(said.format("300-seat"), [seats]), "seats") == ["170"]
    assert figures(run(said.format("ancient"), [seats]), "seats") == []


GOTTI_AGE = fact("gotti", "Rival mob boss John Gotti died of cancer at the same Springfield "
                 "prison in 2002 at age 61.", "61 years")
GIGANTE_AGE = fact("gigante", "Vincent 'The Chin' Gigante, the Genovese crime family boss, was 77 "
                   "when he died in federal prison.", "77 years")


def test_an_age_after_has_died_is_the_dying_ones_past_a_relative_clause() -> None:
    """"Vincent Gigante, who spent much of his life avoiding prison, has died in jail,
    aged 77", or "Vincent Gigante, who died ... at 77,": the 77 is Gigante's, whom a claim
    about Gotti's age at death lacks; a claim about Gigante whose name holds a nickname in
    quotes owns it."""
    for sentence in ("Vincent Gigante, who spent much of his life avoiding prison, has died "
                     "in jail, aged 77.",
                     "Vincent Gigante, who died yesterday in federal prison at 77, was the "
                     "Genovese crime family boss."):
        matches = run(sentence, [GOTTI_AGE])
        assert vetoed(matches, "gotti", "77").veto == "the age of Vincent Gigante"
        assert figures(run(sentence, [GIGANTE_AGE]), "gigante") == ["77"]


def test_an_age_ending_a_list_item_is_set_off_beside_its_name() -> None:
    """"WOUNDED: Unique Armstead, 32 | Cheanne McKnight, 14": each age ends its list
    item or line, set off after its name as "McKnight, 14," would be."""
    girl = fact("girl", "Cheanne McKnight, the girl grazed by a bullet in the Brownsville "
                "shooting, was 11 years old.", "11 years")
    matches = run("Lopez targeted rival gang members.\n\n"
                  "WOUNDED: Unique Armstead, 32 | Cheanne McKnight, 14\n\nHe faces trial.",
                  [girl])
    (mention,) = matches.mentions["girl"]
    assert (mention.quantity.text, mention.disagrees) == ("14", True)
    assert near(matches, "girl", "32").veto == "the age of Unique Armstead"


def test_a_date_given_as_a_nouns_date_dates_the_claims_verb() -> None:
    """"Lopez's sentence date is May 17" dates the sentencing, as "will be sentenced May
    17" would, so a wrong day fails the claim."""
    sentencing = fact("sentencing", "Andrew Lopez is to be sentenced on May 7, 2013, for the "
                      "murder of Zurana Horton.", "2013-05-07")
    matches = run("Lopez was convicted on Friday. Lopez's sentence date is May 17.",
                  [sentencing], date=dt.date(2013, 4, 5))
    (mention,) = matches.mentions["sentencing"]
    assert mention.disagrees and "dates what sentence" in mention.shared


@pytest.mark.parametrize(("claim", "value", "sentence", "place"), [
    ("LaCalamita led police on a chase through Michigan at speeds of up to 120 mph.",
     "up to 120 mph", "Near Toledo, Ohio, a man wanted in the shooting of his former "
     "supervisor led deputies on a chase at speeds of up to 95 mph.", "Toledo Ohio"),
    ("Zurana Horton, shot in Brownsville, was a mother of 12.", "12 children",
     "Last spring in Flatbush, a mother of seven was struck by a stray bullet.", "Flatbush"),
    ("In 2003 Vincent Gigante had three years added to his sentence in Brooklyn.", "3 years",
     "In Newark, a Lucchese family captain who admitted last month to lying to a grand "
     "jury had two years added to his sentence.", "Newark"),
    ("A Norwalk jury convicted Jose Luis Orozco of murder on March 20, 2007.", "2007-03-20",
     "In Pomona, a jury on April 12 convicted a Montclair man of first-degree murder.",
     "Pomona"),
])
def test_a_scene_the_claim_never_names_sets_another_story(claim: str, value: str,
                                                          sentence: str, place: str) -> None:
    """A paragraph of another story of the same kind opens with its own place, in more
    forms than "In X,": its figure is that story's, even with a word of reporting further
    on; a date too, where the claim places its own event."""
    matches = run(sentence, [fact("f", claim, value)], date=dt.date(2007, 4, 20))
    assert figures(matches, "f") == []
    assert any(c.veto == f"set in {place}" for c in matches.near_misses["f"])


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this story gave Orozco's weight as 153 pounds.",
    "This article incorrectly reported that Orozco weighs 153 pounds.",
    "An earlier version misstated Orozco's weight as 153 pounds.",
])
def test_a_corrections_withdrawn_figure_fails_nothing(note: str) -> None:
    """A correction's account of what the article once wrongly said is withdrawn; the
    right figure it goes on to give is asserted."""
    weight = fact("weight", "Deputies said Jose Luis Orozco weighs 135 pounds.", "135 pounds")
    matches = run(f"{note} Deputies say Orozco weighs 135 pounds.", [weight])
    assert figures(matches, "weight") == ["135 pounds"]
    assert near(matches, "weight", "153 pounds").veto.startswith("withdrawn by a correction")


KILLED_BY_GUNFIRE = fact("killed", "Zurana Horton was killed by gunfire from a Brownsville "
                         "rooftop on October 21, 2011.", "2011-10-21")


def test_a_builtin_synonym_makes_a_shot_gunfire() -> None:
    """"was fatally shot" says "killed by gunfire" as "shots" does."""
    matches = run("Zurana Horton, 34, was fatally shot in 2011 while picking up her "
                  "daughter from school.", [KILLED_BY_GUNFIRE], date=dt.date(2013, 4, 12))
    (mention,) = matches.mentions["killed"]
    assert "shot" in mention.shared


def test_a_year_after_in_and_a_place_dates_the_verb_before_the_place() -> None:
    """"He was born in the Bronx in 1928": "in" takes a year (or a month) as "on" takes a
    day, so the year dates the birth across the place and states the claim; it never
    dates another verb's event that way ("arrested in New York in 1926", "met in Geneva
    in June"): a year or month dates too much to tell one event from another."""
    born = fact("born", "Vincent Gigante was born in New York on March 29, 1928.",
                "1928-03-29")
    text = "Gigante, the son of Italian immigrants, was born in the Bronx in {}."
    (mention,) = run(text.format(1928), [born], date=dt.date(2005, 12, 20)).mentions["born"]
    assert "dates what born" in mention.shared
    (mention,) = run(text.format(1926), [born], date=dt.date(2005, 12, 20)).mentions["born"]
    assert mention.disagrees
    text = "Vincent Gigante was first arrested in New York in {}."
    for when in ("March 1926", "1926"):
        matches = run(text.format(when), [born], date=dt.date(2005, 12, 20))
        considered = matches.mentions["born"] + matches.near_misses["born"]
        assert not any(c.veto.startswith("dates what") or "dates what arrested" in c.shared
                       for c in considered), when


def test_a_duration_after_the_claims_verb_and_for_is_how_long_it_went_on() -> None:
    """"had been separated for about three weeks" tells how long the claim's separation
    went on, one more word of the claim beside "separated", so it states the fact and a
    wrong one fails; "for" after another verb ("was jailed for three weeks") adds
    nothing."""
    apart = fact("apart", "LaCalamita's wife, Michele, said the couple had been separated "
                 "for about three weeks.", "about 3 weeks")
    text = "His wife released a statement saying they had been {} for about {} weeks."
    (mention,) = run(text.format("separated", "three"), [apart]).mentions["apart"]
    assert "lasts what separated" in mention.shared
    (mention,) = run(text.format("separated", "seven"), [apart]).mentions["apart"]
    assert mention.disagrees
    matches = run(text.format("jailed", "seven"), [apart])
    assert figures(matches, "apart") == []
    assert not any("lasts what" in " ".join(c.shared) for c in matches.near_misses["apart"])


def test_firing_someone_is_no_firing_of_a_gun_and_opening_fire_is_shooting() -> None:
    """A man "fired from Gordon Advisors on Thursday" was dismissed: his Thursday is no day
    of a claim that he "opened fire" there, which "shot" and "the shootings" state."""
    from checks.matching.sentences import words
    opened = [w.stem for w in words("then opened fire") if w.surface == "fire"]
    assert opened == ["shoot"]
    dismissed = ["He was fired from the firm.", "The firm fired LaCalamita on Thursday.",
                 "She did not fire him.", "He fired seven lawyers.", "his firing last week"]
    kept = ["Shots were fired from the rooftop.", "He fired at Riva.", "Fire crews arrived.",
            "He fired three rounds.", "The gunman fired. Police came.", "Echenique was fired "
            "up.", "The warehouse burned in a fire Tuesday morning."]
    for text in dismissed:
        assert any(w.stem == "dismiss" for w in words(text)), text
    for text in kept:
        assert all(w.stem != "dismiss" for w in words(text)), text
    troy = fact("troy", "LaCalamita opened fire at the Gordon Advisors office in Troy on "
                "Monday, April 9, 2007.", "2007-04-09")
    text = ("LaCalamita, a Troy resident, was fired from Gordon Advisors on Thursday. He shot "
            "three people at the Gordon Advisors office on Monday.")
    matches = run(text, [troy], date=dt.date(2007, 4, 12))
    assert figures(matches, "troy") == ["Monday"]
    assert "shot" in matches.mentions["troy"][0].shared


def test_a_builtin_synonym_makes_a_rescue_a_bailout() -> None:
    """"a 110bn-euro emergency rescue package" is the claim's "110 billion euro bailout"."""
    bailout = fact("bailout", "Greece agreed to the austerity cuts in return for a 110 billion "
                   "euro bailout from the EU and the International Monetary Fund.",
                   "110 billion euros")
    matches = run("The country has to save money as a condition of a 110bn - euro emergency "
                  "rescue package.", [bailout], date=dt.date(2010, 5, 5))
    (mention,) = matches.mentions["bailout"]
    assert "rescue" in mention.shared


def test_a_builtin_synonym_makes_trimming_a_deficit_saving() -> None:
    """"attempting to trim 12bn euros from its deficit" is the claim's "aims to save 12
    billion euros": a budget is saved by slicing or trimming it. Without the synonym the
    sentence shares only the figure and stays below the threshold."""
    savings = fact("savings", "The Italian austerity plan aims to save 12 billion euros.",
                   "12 billion euros")
    matches = run("The government is attempting to trim 12bn euros from its deficit over the "
                  "next two years.", [savings])
    (mention,) = matches.mentions["savings"]
    assert "trim" in mention.shared


def test_a_builtin_synonym_makes_testimony_what_a_witness_testified() -> None:
    """"after 3 1/2 hours of testimony" measures what the claim's witness "testified
    for": the stemmer leaves "testimony" and "testified" apart, and without the synonym
    the duration measures another noun than the claim's."""
    witness = fact("witness", "The only defence witness, a church elder, testified for 3.5 "
                   "hours on Tuesday.", "3.5 hours")
    matches = run("The only defence witness, a church elder, left the stand after 3 1/2 hours "
                  "of testimony Tuesday.", [witness])
    (mention,) = matches.mentions["witness"]
    assert "testimony" in mention.shared


def test_a_synonym_phrase_that_opens_with_a_function_word_counts() -> None:
    """"210 of them on the ground" tells the claim's rushing ("rushing: [on the
    ground]"): a phrase is found at any of its content words, not only at its first
    word, which here no window of content words holds."""
    rushing = fact("rushing", "The Bears rushed for 210 yards in the win.", "210 yards")
    matches = run("Chicago gained 410 total yards, 210 of them on the ground.", [rushing])
    (mention,) = matches.mentions["rushing"]
    assert "ground" in mention.shared


def test_a_builtin_synonym_makes_a_video_played_one_shown() -> None:
    """"Dashcam video of the chase was played Thursday" dates the claim's video "shown
    to jurors": without the synonym the date dates what was played, another event."""
    video = fact("video", "Dashcam video of the chase was shown to jurors on April 11, 2013.",
                 "2013-04-11")
    matches = run("Dashcam video of the police chase was played Thursday in a Brooklyn court.",
                  [video], date=dt.date(2013, 4, 12))
    (mention,) = matches.mentions["video"]
    assert mention.quantity.text == "Thursday" and not mention.disagrees


def test_a_builtin_synonym_makes_violence_the_attack() -> None:
    """"Tuesday's violence was the worst in years" dates the claim's attack: without the
    synonym the sentence shares only the figure."""
    attack = fact("attack", "The attack on the embassy in Kabul took place on March 3, 2015.",
                  "2015-03-03")
    matches = run("Tuesday's violence was the worst the city had seen in years.", [attack],
                  date=dt.date(2015, 3, 4))
    (mention,) = matches.mentions["attack"]
    assert "violence" in mention.shared and not mention.disagrees


def test_a_builtin_synonym_makes_configurable_configured() -> None:
    """"now configurable up to 768 GB" states the claim's "can be configured with up to
    768GB": the stemmer keeps "-able", so without the synonym the sentence shares only
    the figure, its unit no evidence where another fact is measured in bytes too."""
    storage = fact("storage", "The new laptop can be configured with up to 768GB of "
                   "storage.", "up to 768GB")
    memory = fact("memory", "The new laptop ships with 16GB of memory.", "16GB")
    matches = run("Storage starts at 256 GB and 512 GB in the base models, though it is now "
                  "configurable up to 768 GB.", [storage, memory])
    assert figures(matches, "storage") == ["up to 768 GB"]
    assert "configurable" in matches.mentions["storage"][0].shared


def test_a_builtin_synonym_makes_members_a_churchs_followers() -> None:
    """"The FLDS, which has at least 10,000 members nationwide" counts the claim's "about
    10,000 followers": a church's members are its followers. Without the synonym the two
    nouns count different people, and the check finds no mention."""
    followers = fact("followers", "Warren Jeffs' FLDS church has about 10,000 followers.",
                     "about 10,000 followers")
    text = "The FLDS church, which has at least 10,000 members nationwide, backs Jeffs."
    day = dt.date(2011, 8, 5)
    assert figures(run(text, [followers], date=day), "followers") == ["at least 10,000 members"]
    assert figures(run(text.replace("members", "fans"), [followers], date=day),
                   "followers") == []


def test_a_builtin_synonym_makes_memory_a_computers_ram() -> None:
    """"up to 16GB of memory" is the claim's "up to 16GB of RAM"; without the synonym the
    figure measures another thing ("measures memory")."""
    ram = fact("ram", "The next-generation MacBook Pro takes up to 16GB of RAM.", "up to 16GB")
    text = "The next-generation MacBook Pro has an i7 processor and up to 16GB of memory."
    assert figures(run(text, [ram]), "ram") == ["up to 16GB"]
    assert near(run(text.replace("memory", "storage"), [ram]), "ram", "up to 16GB").veto == (
        "measures storage")


def test_a_builtin_synonym_makes_a_term_a_prison_sentence() -> None:
    """"serving a 13-year term" is a prison sentence, and fails a claim that Gigante "was
    sentenced to 12 years"; a 13-year "stint" says nothing of one."""
    sentence = fact("sentence", "Vincent Gigante was sentenced to 12 years in prison for "
                    "racketeering.", "12 years")
    text = "Gigante died at a prison hospital in Missouri, where he was serving a 13-year term."
    (mention,) = run(text, [sentence], date=dt.date(2005, 12, 20)).mentions["sentence"]
    assert mention.quantity.text == "13-year" and mention.disagrees
    assert figures(run(text.replace("term", "stint"), [sentence], date=dt.date(2005, 12, 20)),
                   "sentence") == []


def test_a_figure_of_the_products_other_generation_never_fails() -> None:
    """Against "the next-generation MacBook Pro", a sentence naming "the existing MacBook
    Pro", or following one that does while naming no product itself, gives the older
    model's figure: it may agree, never fail. The newer one named too, the older one only
    compared with, or a claim that names no generation, and the figure still fails."""
    ram = fact("ram", "Apple's next-generation MacBook Pro with Retina display can be "
               "configured with up to 16GB of RAM.", "up to 16GB")
    for text in ("The existing MacBook Pro now carries up to 8GB of RAM.",
                 "Apple unveiled a refresh of the existing MacBook Pro. The 13- and 15-inch "
                 "portables carry up to 8GB of RAM."):
        assert vetoed(run(text, [ram]), "ram", "up to 8GB").veto == (
            "of the existing MacBook Pro"), text
    for text in ("The next-generation MacBook Pro carries up to 8GB of RAM, like the existing "
                 "MacBook Pro.",
                 "The next-generation MacBook Pro carries up to 8GB of RAM, more than the "
                 "existing MacBook Pro.",
                 "Apple's MacBook Pro with Retina display carries up to 8GB of RAM, more "
                 "than the current MacBook Pro."):
        (mention,) = run(text, [ram]).mentions["ram"]
        assert mention.disagrees, text
    plain = fact("plain", "Apple's MacBook Pro with Retina display can be configured with up "
                 "to 16GB of RAM.", "up to 16GB")
    (mention,) = run("The existing MacBook Pro with Retina display now carries up to 8GB of "
                     "RAM.", [plain]).mentions["plain"]
    assert mention.disagrees


def test_a_figure_given_for_a_model_the_claim_does_not_name_never_fails() -> None:
    """"2.38 pounds (1.08 kg) for the 11-inch model and 2.96 pounds for the 13-inch" give
    two models' weights: against a claim that names neither they may agree, never fail.
    Against the 11-inch model's own claim a wrong figure still fails."""
    pro = fact("pro", "The next-generation MacBook Pro with Retina display weighs 4.46 pounds.",
               "4.46 pounds")
    text = ("The MacBook line is light, weighing in at 2.38 pounds (1.08 kg) for the 11-inch "
            "model and 2.96 pounds for the 13-inch.")
    matches = run(text, [pro])
    assert figures(matches, "pro") == []
    assert near(matches, "pro", "2.96 pounds").veto == "for the 13-inch model"
    air = fact("air", "The 11-inch MacBook Air weighs 2.38 pounds.", "2.38 pounds")
    wrong = text.replace("2.38 pounds (1.08 kg)", "2.5 pounds")
    assert any(m.disagrees for m in run(wrong, [air]).mentions["air"])
    price = fact("price", "The next-generation MacBook Pro with Retina display starts at "
                 "$2,199.", "$2,199")
    option = "Apple's new MacBook Pro line starts at $1,199 for the 13-inch option."
    assert near(run(option, [price]), "price", "$1,199").veto == "for the 13-inch model"
    specs = "The new MacBook Pro will start at $2,499 for the 2.6 GHz quad-core i7 model."
    assert near(run(specs, [price]), "price", "$2,499").veto == (
        "for the 2.6 GHz quad-core i7 model")
    pro13 = fact("pro13", "Apple's refreshed 13-inch MacBook Pro starts at $1,199.", "$1,199")
    base = "Apple will ask $1,099 for the base 13-inch version of the MacBook Pro."
    (mention,) = run(base, [pro13]).mentions["pro13"]  # "base" names no other model
    assert mention.quantity.text == "$1,099" and mention.disagrees


def test_an_acronym_stands_for_the_claims_name() -> None:
    """"FLDS" is the claim's Fundamentalist Church of Jesus Christ of Latter Day Saints: its
    initials, some left out but not the first or the last. "LDS" (another church) is
    not, nor is the name in short of two letters."""
    followers = fact("followers", "The Fundamentalist Church of Jesus Christ of Latter Day "
                     "Saints, the sect Jeffs leads, has about 10,000 followers.",
                     "about 10,000 followers")
    text = "An estimated 10,000 FLDS followers live in communities in Utah."
    day = dt.date(2011, 8, 5)
    (mention,) = run(text, [followers], date=day).mentions["followers"]
    assert "FLDS" in mention.shared
    assert figures(run(text.replace("FLDS", "LDS"), [followers], date=day), "followers") == []
    claim = "Two New York Police Department officers shot Kimani Gray in Brooklyn."
    (sentence,) = sentence_pieces(claim, 0, len(claim))
    assert acronyms(sentence.words) == {
        "New York Police Department": frozenset({"npd", "nyd", "nypd"})}  # not "KG"


# -- attachment between counts, ties, hypotheticals ---------------------------------------

ARTINO = fact("artino", "Will Artino scored a career-high 14 points for Creighton.", "14 points")
VANDEEST = fact("vandeest", "Seth VanDeest scored 13 points for Drake.", "13 points")


def test_words_after_a_count_go_to_it_up_to_the_clause_break() -> None:
    matches = run("Will Artino scored 14 points and Seth VanDeest scored 12 for Drake.",
                  [ARTINO, VANDEEST])
    assert figures(matches, "artino") == ["14 points"]
    assert figures(matches, "vandeest") == ["12"]  # the claim's "scored" leaves "points" understood



def test_a_with_before_the_later_count_yields_to_a_clause_a_comma_opens() -> None:
    """"..., while Seth VanDeest led Drake with 13": the "while" clause is the 13's."""
    led = fact("led", "Seth VanDeest led Drake with 13 points.", "13 points")
    matches = run("Richard Carter added 12 points for the Bulldogs, while Seth VanDeest led "
                  "Drake with 13.", [led])
    assert figures(matches, "led") == ["13"]
    assert "VanDeest" not in near(matches, "led", "12 points").shared

TOLL = fact("toll", "The separatist conflict in eastern Ukraine's Donbas region has killed more "
            "than 14,000 people since 2014.", "more than 14,000 people")


def test_a_bare_number_after_the_claims_own_word_counts_its_noun() -> None:
    matches = run("The rebellion in the Donbas region has killed more than 13,000 since 2014.",
                  [TOLL])
    assert figures(matches, "toll") == ["more than 13,000"]


def test_a_noun_left_understood_counts_as_the_noun() -> None:
    """A wrong "mother of 18" fails as "18 children" would, with the claim's word alone."""
    from checks.matching import Background, Matcher
    children = fact("children", "Zurana Horton was a mother of 12 children.", "12 children")
    filler = " ".join(f"Zurana Horton, a mother, was shot, witness {i} said." for i in range(30))
    text = f"{filler} Neighbours mourned a mother of 18."
    reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
    age = fact("age", "Zurana Horton was 34 years old.", "34 years")
    matches = Matcher([children, age], background=Background([reading])).match(reading)
    assert figures(matches, "children") == ["18"]
    assert matches.mentions["children"][0].shared[0] == "18 (understood: child)"


def test_a_bare_number_elsewhere_counts_nothing() -> None:
    matches = run("In the Donbas region, where more than 14,000 people have been killed, "
                  "Ukraine beat Russia 13,000 to 2 in a vote in 2014.", [TOLL])
    assert figures(matches, "toll") == ["more than 14,000 people"]
    assert all(c.veto == "no counted noun" for c in matches.near_misses["toll"]
               if c.quantity.text in ("13,000", "2"))


def test_a_claim_word_before_a_comma_leaves_no_noun_understood() -> None:
    """A claim that opens with its figure ("About 200 people attended the vigil ... in East
    Flatbush") leaves a bare number's noun understood by a word of the claim right before
    it, not by one that closes another clause: "erupted in East Flatbush, 46 were
    arrested" counts the arrested, and "46" there counts nothing."""
    crowd = fact("crowd", "About 200 people attended the Wednesday night vigil for Kimani Gray "
                 "in East Flatbush.", "about 200 people")
    matches = run("As fights between cops and angry teens erupted in East Flatbush, 46 were "
                  "arrested Wednesday night.", [crowd], date=dt.date(2013, 3, 14))
    assert vetoed(matches, "crowd", "46").veto == "no counted noun"


def test_a_claim_writing_no_figure_leaves_a_bare_number_only_to_its_noun() -> None:
    """"the second time this season he returned an interception" writes no number, so no
    word of the claim stands before its figure: a bare number counts the fact's noun only
    right after that noun ("comebacks to seven"), not after any claim word ("the Chiefs
    10")."""
    picks = fact("picks", "Darius Butler's touchdown return against the Chiefs was the "
                 "second time this season he returned an interception for a touchdown.",
                 "2 interceptions")
    matches = run("Butler's return put the Colts up 13 to the Chiefs 10 this season.", [picks])
    assert vetoed(matches, "picks", "10").veto == "no counted noun"
    comebacks = fact("comebacks", "The winning drive was Andrew Luck's seventh fourth-quarter "
                     "comeback of the season, a rookie record.", "7 comebacks")
    (mention,) = run("Luck extended his rookie record for fourth-quarter comebacks to eight.",
                     [comebacks]).mentions["comebacks"]
    assert mention.quantity.text == "eight" and mention.disagrees


def test_the_figures_noun_is_counted_once() -> None:
    """"deaths" is the noun, not also the claim's "killed": one concept, no mention."""
    matches = run("Officials counted 9,500 deaths there.", [TOLL])
    assert vetoed(matches, "toll", "9,500 deaths").shared == ("deaths",)


def test_lives_and_deaths_count_people() -> None:
    for noun in ("lives", "deaths"):
        matches = run(f"The conflict in the Donbas region has claimed 13,500 {noun} since 2014.",
                      [TOLL])
        assert figures(matches, "toll") == [f"13,500 {noun}"]


def test_live_is_no_form_of_lives() -> None:
    """"three live shells" says nothing of lives lost: the word "killing" is no synonym
    of "live", so "killing one" leaves no shell understood."""
    shells = fact("shells", "After the chase, officers found a pump-action shotgun and three "
                  "live shells in LaCalamita's car.", "3 shells")
    matches = run("A man suspected of shooting three people, killing one, at an accounting "
                  "firm was arrested after a chase.", [shells])
    assert figures(matches, "shells") == [] and matches.near_misses["shells"] == []


def test_a_toll_noun_counts_people_but_says_nothing_of_the_injured() -> None:
    """"injuries" and "deaths" both count people; as words, "deaths" is no injury."""
    injured = fact("injured", "Police said 12 people were injured in the rioting in Athens.",
                   "12 people")
    assert figures(run("Hospitals in Athens treated 30 injuries after the rioting.",
                       [injured]), "injured") == ["30 injuries"]
    matches = run("The deaths of 30 people shocked Athens after the rioting.", [injured])
    considered = matches.mentions["injured"] + matches.near_misses["injured"]
    assert considered and not any("deaths" in c.shared for c in considered)


@pytest.mark.parametrize(("claim", "value", "text", "figure"), [
    ("Police made 12 arrests after the riots in Athens on Wednesday.", "12 arrests",
     "Hospitals reported 18 injuries after the riots in Athens on Wednesday.", None),
    ("Police made 12 arrests after the riots in Athens on Wednesday.", "12 arrests",
     "The riots in Athens on Wednesday caused 18 deaths, police said.", None),
    ("Three bank workers died in the riots in Athens on Wednesday.", "3 deaths",
     "Police made 18 arrests after the riots in Athens on Wednesday.", None),
    # the exceptions: its own kind, and people, which any toll may count
    ("Three bank workers died in the riots in Athens on Wednesday.", "3 deaths",
     "The riots in Athens left 5 casualties on Wednesday.", "5 casualties"),
    ("Police made 12 arrests after the riots in Athens on Wednesday.", "12 arrests",
     "Police detained 18 people after the riots in Athens on Wednesday.", "18 people"),
    ("Police arrested 12 people after the riots in Athens on Wednesday.", "12 people",
     "Police made 18 arrests after the riots in Athens on Wednesday.", "18 arrests"),
])
def test_a_toll_meets_people_and_its_own_kind_never_another(
        claim: str, value: str, text: str, figure: str | None) -> None:
    """A count of arrests is no count of the injured or the dead, though each counts
    people: only a fact counted in mere people meets every toll."""
    toll = fact("toll", claim, value)
    assert figures(run(text, [toll]), "toll") == ([figure] if figure else [])


def test_a_tie_goes_to_the_fact_the_figure_agrees_with() -> None:
    """A round figure adds too little of its own to break the tie; agreement breaks it."""
    pro = fact("pro", "The new laptop offers up to 500GB of flash storage.", "up to 500GB")
    air = fact("air", "The new laptop can hold up to 300GB of flash storage.", "up to 300GB")
    matches = run("It comes with up to 500GB of flash storage.", [pro, air])
    assert figures(matches, "pro") == ["up to 500GB"]
    assert near(matches, "air", "up to 500GB").veto.startswith("tied with pro")


def test_a_tie_between_facts_of_one_value_goes_to_the_one_its_words_tell() -> None:
    """Two models start at $1,199: "Apple's MacBook Pro line ... starts at $1,199" has
    "Pro", which only the Pro's claim writes; with no such word the tie stays."""
    air = fact("air", "Apple's new 13-inch MacBook Air with Ivy Bridge processors starts at "
               "$1,199.", "$1,199")
    pro = fact("pro", "Apple's updated 13-inch MacBook Pro with Ivy Bridge processors starts "
               "at $1,199.", "$1,199")
    text = ("Apple's MacBook Pro line with Ivy Bridge processors starts at $1,199 for the "
            "13-inch option.")
    matches = run(text, [air, pro])
    assert figures(matches, "pro") == ["$1,199"] and figures(matches, "air") == []
    assert near(matches, "air", "$1,199").veto == "tied with air, pro; only pro's claim has 'Pro'"
    assert matches.near_misses["pro"] == []
    plain = run("The 13-inch models with Ivy Bridge processors start at $1,199.", [air, pro])
    assert figures(plain, "pro") == figures(plain, "air") == []


def test_a_tie_both_sides_tell_goes_to_the_one_in_the_figures_own_words() -> None:
    """"SD card slot, HDMI, USB 3 and two Thunderbolt ports": the sentence has words of
    both claims ("USB", "Thunderbolt"), but only "Thunderbolt" is in the figure's own
    phrase; with both words outside it ("two ports: USB 3 and Thunderbolt") the tie
    stays."""
    usb = fact("usb", "Apple's new MacBook Air has two USB 3.0 ports.", "2 ports")
    bolt = fact("bolt", "Apple's next-generation MacBook Pro has two Thunderbolt ports.",
                "2 ports")
    text = "The MacBook has an SD card slot, HDMI, USB 3 and two Thunderbolt ports."
    matches = run(text, [usb, bolt])
    assert figures(matches, "bolt") == ["two Thunderbolt ports"]
    assert figures(matches, "usb") == []
    both = run("The MacBook has two ports, USB 3 and Thunderbolt.", [usb, bolt])
    assert figures(both, "bolt") == figures(both, "usb") == []


def test_a_tie_that_agrees_with_neither_goes_to_neither() -> None:
    pro = fact("pro", "The new laptop offers up to 768GB of flash storage.", "up to 768GB")
    air = fact("air", "The new laptop can hold up to 512GB of flash storage.", "up to 512GB")
    matches = run("It comes with up to 256GB of flash storage.", [pro, air])
    assert figures(matches, "pro") == figures(matches, "air") == []
    assert near(matches, "pro", "up to 256GB").veto == "ambiguous between pro, air"


def test_a_tie_that_agrees_with_neither_goes_to_the_clearly_nearest_fact() -> None:
    """A wrong figure stays nearer the fact it misstates: 9 days off a Friday, not 2 years.
    (Undated, as an article of July 2005 cannot date the 2007 verdict at all.)"""
    killing = fact("killing", "Deputy Jerry Ortiz was shot dead in Hawaiian Gardens on June "
                   "24, 2005.", "2005-06-24")
    verdict = fact("verdict", "Jose Luis Orozco's conviction for the slaying of Deputy Jerry "
                   "Ortiz came on March 20, 2007.", "2007-03-20")
    text = ("Jose Luis Orozco is the main suspect in the July 3, 2005 slaying of Deputy Jerry "
            "Ortiz.")
    matches = run(text, [killing, verdict], date=None)
    assert figures(matches, "killing") == ["July 3, 2005"]
    assert near(matches, "verdict", "July 3, 2005").veto == (
        "tied with killing, verdict; the figure is nearest killing's")
    # where the verdict's claim names the slaying as what it is for, no tie arises
    convicted = fact("verdict", "Jose Luis Orozco was convicted of the slaying of Deputy "
                     "Jerry Ortiz on March 20, 2007.", "2007-03-20")
    matches = run(text, [killing, convicted], date=None)
    assert figures(matches, "killing") == ["July 3, 2005"]
    assert near(matches, "verdict", "July 3, 2005").veto == (
        "dates the slaying, what the claim's step is for")


WEIGHT = fact("weight", "The new laptop weighs 4.46 pounds.", "4.46 pounds")
THICKNESS = fact("thickness", "The new laptop is 0.71 inches thick.", "0.71 inches")
CHARGER = fact("charger", "The charger's mass is 0.4 pounds.", "0.4 pounds")


def test_a_measures_own_unit_counts_as_a_concept() -> None:
    """Only the weight is a mass: "weighs" and the mass unit make two concepts."""
    matches = run("Apple says it weighs just 2.1 kilograms.", [WEIGHT, THICKNESS])
    assert figures(matches, "weight") == ["2.1 kilograms"]


def test_a_size_is_stated_by_either_end_of_its_scale() -> None:
    matches = run("At 0.6 inches thin, it is the slimmest yet.", [WEIGHT, THICKNESS])
    assert figures(matches, "thickness") == ["0.6 inches"]
    assert "thin" in matches.mentions["thickness"][0].shared


def test_a_unit_two_facts_share_is_no_concept() -> None:
    matches = run("Apple says it weighs just 2.1 kilograms.", [WEIGHT, CHARGER])
    assert vetoed(matches, "weight", "2.1 kilograms").shared == ("weighs",)


def test_an_age_is_no_duration() -> None:
    term = fact("term", "Warren Jeffs was sentenced to life in prison plus 20 years.",
                "20 years")
    for age in ("a 12-year-old girl", "a 12 - year - old girl", "a 12 - year old girl"):
        matches = run(f"Jeffs was sentenced to prison for assaulting {age}.", [term])
        assert figures(matches, "term") == [], age


def test_a_denied_rumoured_or_earlier_expected_figure_states_no_fact() -> None:
    """A figure the article denies, reports as a rumour or an unconfirmed report, or gives as
    what was expected before the news is not asserted: it fails no fact. A plan the
    article reports ("is expected to return on Monday") may be a fact's, an early report
    it relays may be its stale figure, and a claim that itself tells a denial takes denied
    figures."""
    injured = fact("injured", "Police said 18 people were injured in the Athens riots.",
                   "18 people")
    for text, word in (
            ("Police denied initial reports that more than 40 people had been hurt in the "
             "riots.", "denied"),
            ("Rumours that 40 people had been injured in the riots spread fast.", "rumours"),
            ("Unconfirmed reports said 40 people had been injured in the Athens riots.",
             "unconfirmed reports"),
            ("Officials had expected 40 people to be injured in the Athens riots.",
             "had expected")):
        assert vetoed(run(text, [injured]), "injured", next(
            q for q in ("more than 40 people", "40 people") if q in text)).veto == (
            f"not asserted: {word}"), text
    for text in ("Police said 40 people were injured in the Athens riots.",
                 "Early reports said 40 people had been injured in the Athens riots."):
        (mention,) = run(text, [injured]).mentions["injured"]
        assert mention.disagrees, text  # a stale figure the article relays is stated
    strike = fact("strike", "Greek unions staged a 24-hour general strike against the "
                  "cuts.", "24 hours")
    matches = run("Workers joined a 24-hour general strike against the cuts. Some unions had "
                  "pressed for a 48-hour strike instead.", [strike])
    assert figures(matches, "strike") == ["24-hour"]
    assert near(matches, "strike", "48-hour").veto == "not asserted: had pressed for"
    (mention,) = run("Greek unions staged a 48-hour general strike against the cuts.",
                     [strike]).mentions["strike"]
    assert mention.disagrees
    back = fact("back", "Coach Pagano is expected to return to work on Monday, December 24, "
                "2012.", "2012-12-24")
    (mention,) = run("Pagano is expected to return to work on Tuesday.", [back],
                     date=dt.date(2012, 12, 23)).mentions["back"]
    assert mention.disagrees
    denial = fact("denial", "Police denied reports that 40 people were injured in the riots.",
                  "40 people")
    (mention,) = run("Police denied reports that 30 people were injured in the riots.",
                     [denial]).mentions["denial"]
    assert mention.disagrees


def test_a_figure_that_defines_a_class_tells_the_class_not_the_claims_event() -> None:
    """"the only teams to win at least 10 games after losing 14 or more the previous
    season" tells what the class did: it never fails "The Colts won only two games in
    2011", though it may agree; a claim that names such a class takes its figure, and a
    wrong one fails."""
    wins = fact("wins", "The Indianapolis Colts won only two games in 2011, the season "
                "before Andrew Luck arrived.", "2 games")
    text = ("The Colts joined the 2008 Miami Dolphins as the only teams to win at least 10 "
            "games after losing 14 or more the previous season.")
    assert vetoed(run(text, [wins]), "wins", "at least 10 games").veto == (
        "a class: only teams to win")
    (mention,) = run("The Indianapolis Colts won 10 games in 2011.", [wins]).mentions["wins"]
    assert mention.disagrees
    wayne = fact("wayne", "Reggie Wayne became the 14th player to reach 13,000 yards "
                 "receiving.", "13,000 yards")
    (mention,) = run("Reggie Wayne became the 14th player to reach 12,000 yards receiving.",
                     [wayne]).mentions["wayne"]
    assert mention.disagrees


def test_a_figure_sharing_only_names_beside_the_facts_statement_is_no_mention() -> None:
    """"Jamaal Charles rushed for 226 yards" shares only his name with "Jamaal Charles ran
    86 yards for a Chiefs touchdown": in an article that states the 86 with a word of the
    run, it tells something else of him and becomes a near miss; alone, it may be the
    article's only (wrong) statement of the fact, and still fails, as does a wrong figure
    with a word of the claim's event beside the name."""
    run_ = fact("run", "Jamaal Charles ran 86 yards for a Chiefs touchdown on the first play "
                "of the second half.", "86 yards")
    total = "Jamaal Charles rushed for 226 yards while Peyton Hillis added 101."
    matches = run("Charles opened the second half with an 86-yard touchdown run. " + total,
                  [run_])
    assert figures(matches, "run") == ["86-yard"]
    assert near(matches, "run", "226 yards").veto == (
        "names only: Jamaal, Charles; the article states the fact elsewhere")
    (mention,) = run(total, [run_]).mentions["run"]
    assert mention.disagrees
    matches = run("Charles opened the second half with an 86-yard touchdown run. Jamaal "
                  "Charles ran 91 yards for a touchdown later.", [run_])
    assert any(m.disagrees for m in matches.mentions["run"])


def test_a_hypothetical_figure_states_no_fact() -> None:
    term = fact("term", "Warren Jeffs was sentenced to life in prison plus 20 years.",
                "20 years")
    matches = run("Jeffs could be sentenced to 119 years in prison.", [term])
    assert vetoed(matches, "term", "119 years").veto == "hypothetical: could"
    assert figures(run("Jeffs was sentenced to 119 years in prison.", [term]), "term") == [
        "119 years"]
    # the odds or chance of something make its whole clause hypothetical, not past a comma
    run_ = fact("run", "Jamaal Charles scored on an 86-yard touchdown run against the Colts.",
                "86 yards")
    text = ("The odds of Jamaal Charles ripping off another 90-yard run against the Colts "
            "were better than any of their quarterbacks leading a drive.")
    assert vetoed(run(text, [run_]), "run", "90-yard").veto == "hypothetical: odds"
    (mention,) = run("Against the odds, Jamaal Charles ripped off a 90-yard run against the "
                     "Colts.", [run_]).mentions["run"]
    assert mention.disagrees


def test_a_figure_of_what_followed_is_another_events() -> None:
    """"it was followed by a 2.0-magnitude quake" gives the aftershock's magnitude, not the
    main quake's; a claim about what followed takes it."""
    main = fact("main", "A magnitude 4.2 earthquake struck near The Geysers on Sunday.",
                "magnitude 4.2")
    text = ("A 4.2-magnitude quake struck near The Geysers. At 9:32 p.m., it was followed by "
            "a 2.0-magnitude quake two miles east of The Geysers.")
    assert figures(run(text, [main]), "main") == ["4.2-magnitude"]
    assert near(run(text, [main]), "main", "2.0-magnitude").veto == (
        "another event, which came before or after")
    after = fact("after", "The 4.2 quake near The Geysers was followed by a magnitude 2.5 "
                 "aftershock.", "magnitude 2.5")
    (mention,) = [c for c in run(text, [after]).mentions["after"]
                  if c.quantity.text == "2.0-magnitude"]
    assert mention.disagrees


def test_a_magnitude_of_a_figure_shows_its_unit_as_written() -> None:
    """"had a magnitude of 4.2" is the claim's magnitude, and the reason names the unit
    as the article wrote it: "magnitude", not the "of" between."""
    quake = fact("quake", "A magnitude 4.2 earthquake struck near The Geysers on Sunday.",
                 "magnitude 4.2")
    matches = run("The earthquake near The Geysers had a magnitude of 4.2, the USGS said.",
                  [quake], date=dt.date(2009, 1, 5))
    (mention,) = matches.mentions["quake"]
    assert mention.quantity.text == "magnitude of 4.2"
    assert "unit magnitude" in mention.shared


def test_a_sentence_opening_earlier_or_later_with_a_new_thing_tells_of_another() -> None:
    """"Earlier this morning, an earthquake with a magnitude of 2.0 struck": a new quake,
    before the claim's, and the sentence going on about it ("The earthquake struck at
    about 7:30 a.m. and had a depth of 1.4 miles") tells of it too. Without "Earlier",
    or when the next sentence opens otherwise, the figures are read as any."""
    depth = fact("depth", "The USGS put the depth of the magnitude 4.2 earthquake near The "
                 "Geysers at 2.7 miles.", "2.7 miles")
    text = ("A magnitude 4.2 quake struck near The Geysers on Sunday. Earlier this morning, "
            "an earthquake struck near The Geysers, according to the USGS. The earthquake "
            "struck at about 7:30 a.m. and had a depth of 1.4 miles, according to the USGS.")
    day = dt.date(2009, 1, 4)
    assert vetoed(run(text, [depth], date=day), "depth", "1.4 miles").veto == (
        "another event, which came before or after")
    for other in (text.replace("Earlier this morning, an", "An"),
                  text.replace("The earthquake struck at", "USGS data show it struck at")):
        assert any(m.disagrees for m in run(other, [depth], date=day).mentions["depth"]), other


GEYSERS_QUAKE = fact("quake", "The earthquake that struck near The Geysers on Sunday measured "
                     "magnitude 4.2, the USGS said.", "magnitude 4.2")


def test_a_measure_given_to_several_is_theirs_not_the_one_the_claim_tells_of() -> None:
    """"Three smaller quakes measuring between 2.1 and 2.8 on the Richter scale" measure
    those quakes; "A smaller quake measuring 2.8" may be the claim's one, and fails it."""
    text = ("Three smaller quakes measuring between 2.1 and 2.8 on the Richter scale struck "
            "near The Geysers on Sunday, the USGS said.")
    day = dt.date(2009, 1, 5)
    assert vetoed(run(text, [GEYSERS_QUAKE], date=day), "quake",
                  "between 2.1 and 2.8 on the Richter scale").veto == (
        "the measure of Three smaller quakes, not of one")
    one = text.replace("Three smaller quakes measuring between 2.1 and", "A quake measuring")
    (mention,) = run(one, [GEYSERS_QUAKE], date=day).mentions["quake"]
    assert mention.quantity.text == "2.8 on the Richter scale" and mention.disagrees
    hillis = fact("hillis", "Chiefs running back Peyton Hillis rushed for 101 yards against "
                  "the Colts.", "101 yards")
    backs = "The Chiefs beat the Colts, giving two running backs 90 yards{}."
    assert near(run(backs.format(""), [hillis], date=day), "hillis", "90 yards").veto == (
        "the measure of two running backs, not of one")
    (mention,) = run(backs.format(" each"), [hillis], date=day).mentions["hillis"]
    assert mention.quantity.text == "90 yards" and mention.disagrees  # each one's


def test_a_sentence_opening_with_the_last_or_previous_thing_tells_of_another() -> None:
    """"The previous earthquake near The Geysers struck on Dec. 30" is an earlier quake,
    and "It measured 3.0" goes on about it."""
    text = ("The USGS said the quake hit on Sunday. The previous earthquake near The Geysers "
            "struck on Dec. 30. It measured 3.0 on the Richter scale, the USGS said.")
    day = dt.date(2009, 1, 5)
    assert vetoed(run(text, [GEYSERS_QUAKE], date=day), "quake",
                  "3.0 on the Richter scale").veto == "another event, which came before or after"
    same = text.replace("The previous earthquake", "The earthquake")
    assert any(m.disagrees for m in run(same, [GEYSERS_QUAKE], date=day).mentions["quake"])


def test_a_claim_about_what_is_faced_takes_the_same_hypothetical() -> None:
    deadline = fact("deadline", "Greece faces a May 19, 2010 deadline on debt it says it "
                    "cannot repay without the bailout.", "2010-05-19")
    (mention,) = run("Greece faces a May 29 due date on debt it can't repay without help.",
                     [deadline], date=dt.date(2010, 5, 6)).mentions["deadline"]
    assert mention.quantity.text == "May 29" and mention.disagrees


TEXAS_VERDICT = fact("verdict", "A Texas jury convicted Warren Jeffs of child sexual assault "
                     "on Thursday, August 4, 2011.", "2011-08-04")


def test_a_day_named_by_the_articles_date_is_no_day_far_from_it() -> None:
    """"On Wednesday" in a December 2010 article is a day of that week, whatever happened
    in August 2011; in an article of the verdict's week it dates the verdict. "On a
    Thursday" is of no week."""
    text = "On {}, a Texas jury convicted Jeffs of child sexual assault."
    matches = run(text.format("Wednesday"), [TEXAS_VERDICT], date=dt.date(2010, 12, 2))
    assert vetoed(matches, "verdict", "Wednesday").veto == (
        "a day of the article's week (2010-12-02)")
    (mention,) = run(text.format("Wednesday"), [TEXAS_VERDICT],
                     date=dt.date(2011, 8, 5)).mentions["verdict"]
    assert mention.disagrees  # Wednesday, August 3
    (mention,) = run("The jury convicted Jeffs of child sexual assault on a Thursday.",
                     [TEXAS_VERDICT], date=dt.date(2010, 12, 2)).mentions["verdict"]
    assert not mention.disagrees  # some Thursday: of no week


def test_claim_words_next_to_its_figure_weigh_most() -> None:
    arrests = fact("arrests", "Police arrested 46 people in East Flatbush during the protests.",
                   "46 people")
    profile_ = profile(arrests, synonym_groups({}))
    weights = {c.label: c.weight for c in profile_.concepts}
    assert weights["arrested"] == 1.0
    assert weights["protests"] < weights["arrested"]
    assert min(weights.values()) >= CLAIM_FLOOR


def test_a_claim_counting_times_leaves_its_noun_to_the_verb_before_it() -> None:
    """"arrested four times" for `4 arrests`: the claim's figure is the value, so the verb
    before it is what a bare count of times must follow ("shot 11 times" is no arrest)."""
    arrests = fact("arrests", "Kimani Gray had been arrested four times before the shooting.",
                   "4 arrests")
    shot = run("Kimani Gray, who was shot 11 times before the shooting ended, died.", [arrests])
    assert figures(shot, "arrests") == []
    (mention,) = run("Kimani Gray had been arrested three times before the shooting.",
                     [arrests]).mentions["arrests"]
    assert mention.quantity.text == "three times" and mention.disagrees


# -- ages -----------------------------------------------------------------------------------

DEPUTY_AGE = fact("age", "Deputy Jerry Ortiz was 35 years old when he was shot dead in "
                  "Hawaiian Gardens.", "35 years")
SERVICE = fact("service", "Deputy Jerry Ortiz had served 15 years with the sheriff's "
               "department.", "15 years")


def test_an_age_fact_reads_every_way_news_states_an_age() -> None:
    for text, figure in [
        ("Deputy Jerry Ortiz, 35, was shot dead in Hawaiian Gardens.", "35"),
        ("A 36-year-old deputy, Jerry Ortiz, was shot dead in Hawaiian Gardens.", "36-year"),
        ("Deputy Jerry Ortiz, aged 35, was shot dead in Hawaiian Gardens.", "35"),
    ]:
        matches = run(text, [DEPUTY_AGE, SERVICE])
        assert [q.text for q in (c.quantity for c in matches.mentions["age"])] == [figure], text
        assert figures(matches, "service") == []


def test_a_bare_number_the_value_gives_in_years_is_an_age() -> None:
    """"was 77 when he died", declared as `77 years`, is an age: "aged 77" states it and
    "for three decades" does not. A claim that names an age ("the retirement age ...
    raised to 65") gives a limit, nobody's age."""
    died = fact("died", "Mob boss Vincent Gigante was 77 when he died in federal prison.",
                "77 years")
    matches = run("Gigante, who for three decades feigned lunacy, has died in prison, aged 77.",
                  [died])
    assert figures(matches, "died") == ["77"]
    limit = fact("limit", "The retirement age for Greek women is to be raised to 65.",
                 "65 years")
    matches = run("Two women, between 60 and 70 years old, were raised in Greece.", [limit])
    assert figures(matches, "limit") == []


@pytest.mark.parametrize("age", ["77", "78"])
def test_the_number_someone_died_at_is_an_age(age: str) -> None:
    """Obituaries write the age at death after "died ... at": "died in prison at 77"."""
    died = fact("died", "Mob boss Vincent Gigante was 77 when he died in federal prison.",
                "77 years")
    text = f"Vincent Gigante, who died yesterday in federal prison at {age}, was a mob boss."
    (mention,) = run(text, [died]).mentions["died"]
    assert mention.quantity.text == age
    assert mention.disagrees == (age != "77")


def test_an_age_in_apposition_is_a_number_of_years() -> None:
    reading = read(Article(path=Path("a.txt"), name="a.txt",
                           text="Sheriff Deputy Ortiz, 35, with the gang unit, was killed.",
                           date=TALKS_WEEK))
    (age,) = reading.quantities
    assert (age.kind, age.unit, age.value) == ("duration", "year", 35)
    assert reading.ages == {0}


def test_an_age_is_evidence_for_an_age_fact_as_a_noun_is() -> None:
    """A wrong age with the person's name alone fails the age fact, as "Ortiz, 53," should;
    the same age set off after another person's name is that person's."""
    text = "Ortiz, 53, was a member of the gang unit. His partner Luis Mendez, 53, was not hurt."
    matches = run(text, [DEPUTY_AGE, SERVICE])
    (mention,) = matches.mentions["age"]
    assert mention.quantity.start == text.index("53")
    assert "an age" in mention.shared and mention.disagrees
    assert near(matches, "age", "53").veto == "the age of Luis Mendez"


def test_a_title_before_the_claims_name_is_not_its_subject() -> None:
    """"Polygamist sect leader Warren Jeffs ... was 55": the capitalised first word is a
    title, and the age is Jeffs's."""
    jeffs = fact("jeffs", "Polygamist sect leader Warren Jeffs, head of the Fundamentalist "
                 "Church, was 55 years old at his 2011 trial in Texas.", "55 years")
    matches = run("Jeffs, 55, is head of the Utah-based Fundamentalist LDS Church.", [jeffs],
                  date=dt.date(2011, 8, 5))
    assert figures(matches, "jeffs") == ["55"]


def test_an_age_set_off_after_an_institutions_name_is_its_heads() -> None:
    """"The head of the Fundamentalist Church of Jesus Christ of Latter Day Saints, 65,":
    a name linked by "of" to names before it, after "the", is no person's, and the age
    is the head's, so it fails the claim; "The head of the sect, Warren Jeffs, 65," is
    still Jeffs's, and "the lawyer of Rodney Parker, 65," Parker's."""
    jeffs = fact("jeffs", "Polygamist sect leader Warren Jeffs, head of the Fundamentalist "
                 "Church of Jesus Christ of Latter-day Saints, is 55 years old.", "55 years")
    text = ("The head of the Fundamentalist Church of Jesus Christ of Latter Day Saints, 65, "
            "stood stone-faced as the verdict was read.")
    (mention,) = run(text, [jeffs], date=dt.date(2011, 8, 5)).mentions["jeffs"]
    assert mention.quantity.text == "65" and mention.disagrees
    lawyer = text.replace("the Fundamentalist Church of Jesus Christ of Latter Day Saints",
                          "the lawyer of Rodney Parker")
    assert near(run(lawyer, [jeffs], date=dt.date(2011, 8, 5)), "jeffs", "65").veto == (
        "the age of Rodney Parker")
    named = text.replace("the Fundamentalist Church of Jesus Christ of Latter Day Saints",
                         "the sect, Warren Jeffs")
    (mention,) = run(named, [jeffs], date=dt.date(2011, 8, 5)).mentions["jeffs"]
    assert mention.quantity.text == "65" and mention.disagrees


def test_an_age_set_off_after_the_claims_name_is_that_persons() -> None:
    """The name says whose age it is, as a noun says what a count counts: a wrong age with
    nothing else of the claim in its sentence still fails the fact."""
    horton = fact("horton", "Zurana Horton was 34 years old when she was shot dead in "
                  "Brooklyn.", "34 years")
    matches = run("Horton, 51, was walking with her children when the gunman fired.", [horton])
    (mention,) = matches.mentions["horton"]
    assert mention.quantity.text == "51" and mention.disagrees
    assert "the age of Horton" in mention.shared


def test_another_given_name_before_the_family_name_is_another_person() -> None:
    """"Rulon Jeffs died at 92" is his father's age, not Warren Jeffs's, whose given name
    the claim gives; a title before the family name ("Sect leader Jeffs", "Prophet Warren
    Jeffs") is no given name, so a wrong age there still fails."""
    jeffs = fact("jeffs", "Warren Jeffs, the FLDS leader, was 55 when a Texas jury convicted "
                 "him of sexually assaulting two girls in August 2011.", "55 years")
    day = dt.date(2011, 8, 5)
    matches = run("The FLDS leader, whose father Rulon Jeffs died at 92, sexually assaulted "
                  "two girls.", [jeffs], date=day)
    assert vetoed(matches, "jeffs", "92").veto == "the age of Rulon Jeffs"
    for text in ("Prophet Warren Jeffs, 53, was convicted of sexually assaulting two girls.",
                 "Jeffs, 53, was convicted of sexually assaulting two girls."):
        (mention,) = run(text, [jeffs], date=day).mentions["jeffs"]
        assert mention.disagrees, text
    # words before a title are no given name: the deputy is the claim's own
    ortiz = fact("ortiz", "Deputy Jerry Ortiz was 35 when he was shot dead in Hawaiian "
                 "Gardens.", "35 years")
    (mention,) = run("Los Angeles County Deputy Jerry Ortiz, 36, was shot dead in Hawaiian "
                     "Gardens.", [ortiz], date=dt.date(2005, 6, 25)).mentions["ortiz"]
    assert mention.disagrees


def test_an_age_before_the_claims_name_is_that_persons() -> None:
    horton = fact("horton", "Zurana Horton was 34 years old when she was shot dead in "
                  "Brooklyn.", "34 years")
    (mention,) = run("The footage shows 51-year-old Horton picking up her daughter.",
                     [horton]).mentions["horton"]
    assert mention.disagrees and "the age of Horton" in mention.shared
    # a name that describes a person noun, or holds a word the claim lacks, is no owner
    for other in ("The footage shows a 51-year-old Brooklyn man picking up his daughter.",
                  "The footage shows 17-year-old Jeremy Horton picking up his sister."):
        matches = run(other, [horton])
        considered = matches.mentions["horton"] + matches.near_misses["horton"]
        assert not any(label.startswith("the age of") for c in considered
                       for label in c.shared), other
    # a name set off after the person noun is whose age it is
    matches = run("The footage shows a 51-year-old woman, Shantel Davis, picking up her "
                  "daughter.", [horton])
    assert vetoed(matches, "horton", "51-year").veto == "the age of Shantel Davis"
    (mention,) = run("The footage shows a 51-year-old mother, Zurana Horton, picking up her "
                     "daughter.", [horton]).mentions["horton"]
    assert mention.disagrees and "the age of Zurana Horton" in mention.shared


ARREST_AGE = fact("orozco", "Jose Luis Orozco was 27 years old when he was arrested for "
                  "killing Deputy Ortiz in June 2005.", "27 years")
ARREST_WEEK = dt.date(2005, 7, 8)  # an article of the year the claim dates the age


def test_an_age_is_the_claims_subjects_not_another_person_the_claim_names() -> None:
    """A claim about Orozco's age also names the deputy he killed: the deputy's age is his,
    set off after his name, or given to what the claim calls him."""
    for text, owner in [
        ("Deputy Ortiz, 35, was shot dead outside an apartment in Hawaiian Gardens.", "Ortiz"),
        ("Orozco was charged with killing the 35-year-old deputy in June 2005.", "deputy"),
        ("Also arrested in June 2005 was Orozco's 17-year-old Kristian.", "Kristian"),
    ]:
        matches = run(text, [ARREST_AGE], date=ARREST_WEEK)
        assert figures(matches, "orozco") == [], text
        vetoes = [c.veto for c in matches.near_misses["orozco"]]
        assert any(v.startswith("the age of") and owner in v for v in vetoes), (text, vetoes)


def test_a_name_two_of_the_claims_people_share_may_agree_but_not_fail() -> None:
    """"Lopez, 20," against a claim about "Kristian Lopez, Andrew Lopez's half-brother":
    the surname alone does not say which Lopez, so it may state the fact, never fail it."""
    kristian = fact("kristian", "Kristian Lopez, Andrew Lopez's half-brother who was also "
                    "arrested after the shooting, was 17 years old.", "17 years")
    week = dt.date(2011, 10, 30)
    matches = run("Lopez, 20, was arrested after the shooting.", [kristian], date=week)
    assert vetoed(matches, "kristian", "20").veto == (
        "the age of Lopez, whom the claim names twice")
    (same,) = run("Lopez, 17, was arrested after the shooting.", [kristian],
                  date=week).mentions["kristian"]
    assert not same.disagrees
    (named,) = run("Kristian Lopez, 18, was arrested after the shooting.", [kristian],
                   date=week).mentions["kristian"]
    assert named.disagrees


def test_an_age_standing_for_a_person_beside_the_claims_name_is_someone_elses() -> None:
    """"a recording of Jeffs having sex with the 12-year-old": "the 12-year-old" is a person
    of its own, not Jeffs. "Jeffs died at age 68" is still Jeffs's age."""
    jeffs = fact("jeffs", "Polygamist sect leader Warren Jeffs was 55 years old at his 2011 "
                 "trial in Texas.", "55 years")
    week = dt.date(2011, 8, 5)
    text = "Prosecutors played a recording of Jeffs having sex with the 12-year-old."
    assert vetoed(run(text, [jeffs], date=week), "jeffs", "12-year").veto == (
        "the age of someone beside Jeffs")
    # unhyphenated, as the singular "year" shows: "with the 15 year old"
    text = "A DNA report showed that Jeffs had fathered a child with the 15 year old."
    assert vetoed(run(text, [jeffs], date=week), "jeffs", "15 year").veto == (
        "the age of someone beside Jeffs")
    for text in ("Jeffs, the sect leader, died of cancer in prison at age 68.",
                 "Jeffs was charged with assaulting girls, said the 52-year-old sect leader.",
                 "Jeffs, who is 52 years old, was charged with assaulting girls."):
        (mention,) = run(text, [jeffs], date=week).mentions["jeffs"]
        assert mention.disagrees, text


def test_the_claims_subject_still_owns_its_age() -> None:
    for text in ("Orozco, 29, was found hiding a few doors away from the shooting.",
                 "The 29-year-old Orozco was arrested for killing the deputy."):
        (mention,) = run(text, [ARREST_AGE], date=ARREST_WEEK).mentions["orozco"]
        assert mention.disagrees and "the age of Orozco" in mention.shared, text


def test_an_age_beside_a_name_is_the_age_when_the_article_appeared() -> None:
    """A claim dated "in 2011" gives the age then: "Jeffs, 54," in a 2010 article, or the
    20-year-old of a 2013 trial arrested at 18 in 2011, is the same person at another
    time. An age the article says was his then still speaks of the claim."""
    jeffs = fact("jeffs", "Warren Jeffs was 55 years old when he was convicted in Texas in "
                 "2011.", "55 years")
    lopez = fact("lopez", "Andrew Lopez was 18 years old when he was arrested for the "
                 "October 2011 shooting.", "18 years")
    for text, claim, year in [
        ("Officials are not saying when Jeffs, 54, will be moved to Texas.", jeffs, 2010),
        ("The 54-year-old sect leader Jeffs awaits trial in Texas.", jeffs, 2010),
        ("Twenty-year-old Andrew Lopez fired from the rooftop, prosecutors say.", lopez, 2013),
    ]:
        matches = run(text, [claim], date=dt.date(year, 6, 12))
        assert figures(matches, claim.id) == [], text
        vetoes = [c.veto for c in matches.near_misses[claim.id]]
        assert f"an age in {year}, not when the claim dates it" in vetoes, (text, vetoes)
        # the year the claim dates it, the same age is the claim's
        (mention,) = run(text, [claim], date=dt.date(2011, 11, 2)).mentions[claim.id]
        assert mention.disagrees, text
    (mention,) = run("Lopez was 19 years old when he was arrested, police say.", [lopez],
                     date=dt.date(2013, 4, 12)).mentions["lopez"]
    assert mention.disagrees


def test_the_dead_keep_the_age_they_died_at() -> None:
    """A claim whose subject died ("who was shot dead in June 2005") gives the age he
    keeps: "Deputy Ortiz, 35," two years on is his. Someone else's death ("when his
    father was shot dead") leaves the living their age of the claim's year."""
    ortiz = fact("ortiz", "Deputy Jerry Ortiz, who was shot dead in Hawaiian Gardens in June "
                 "2005, was 35 years old.", "35 years")
    matches = run("Deputy Jerry Ortiz, 35, was killed outside an apartment.", [ortiz],
                  date=dt.date(2007, 3, 21))
    assert figures(matches, "ortiz") == ["35"]
    son = fact("son", "Jeremy Ortiz was 16 years old when his father was shot dead in June "
               "2005.", "16 years")
    matches = run("Jeremy Ortiz, 17, said he was relieved.", [son], date=dt.date(2007, 3, 21))
    assert vetoed(matches, "son", "17").veto == "an age in 2007, not when the claim dates it"


def test_an_age_tied_to_an_undated_event_may_be_younger_than_the_news_gives() -> None:
    """"was 18 years old when he opened fire" gives the age then; the trial's news, which
    tells of the 2011 shooting, gives "Lopez, 20,": older by no more than the years since,
    it may be the same man later, so it agrees or stays silent. A younger age, one older
    than that, one in news of a single year, or one against a claim that ties its age to
    no event ("Andrew Lopez, 18, opened fire") still fails; "Andrew Lopez, 18, was
    arrested" ties it to the arrest."""
    lopez = fact("lopez", "Andrew Lopez was 18 years old when he opened fire from the "
                 "Brownsville rooftop.", "18 years")
    trial = dt.date(2013, 4, 12)
    told = "Andrew Lopez, {} opened fire from the Brownsville rooftop in October 2011."
    matches = run(told.format("20,"), [lopez], date=trial)
    assert vetoed(matches, "lopez", "20").veto == (
        "an age when the article appeared, not at the claim's event")
    for age in ("16,", "21,", "25,"):  # younger; older than the years since 2011; far off
        (mention,) = run(told.format(age), [lopez], date=trial).mentions["lopez"]
        assert mention.disagrees, age
    # an article that tells of no earlier year is news of the event: its age is the age then
    (mention,) = run("Andrew Lopez, 20, opened fire from the Brownsville rooftop.", [lopez],
                     date=trial).mentions["lopez"]
    assert mention.disagrees
    now = fact("now", "Andrew Lopez, 18, opened fire from the Brownsville rooftop.",
               "18 years")
    (mention,) = run(told.format("20,"), [now], date=trial).mentions["now"]
    assert mention.disagrees
    # an age beside a name, before what befell the person, is the age at that event
    arrested = fact("arrested", "Andrew Lopez, 18, was arrested near the Brownsville rooftop.",
                    "18 years")
    matches = run(told.format("20,"), [arrested], date=trial)
    assert vetoed(matches, "arrested", "20").veto == (
        "an age when the article appeared, not at the claim's event")
    (mention,) = run(told.format("17,"), [arrested], date=trial).mentions["arrested"]
    assert mention.disagrees


def test_an_article_before_the_event_another_fact_dates_may_give_a_younger_age() -> None:
    """"was 55 when a Texas jury convicted him" is the age on the day the story's
    conviction fact gives (and "at his trial" ties an age to an event as "when" does):
    "Jeffs, 54," in an article of the year before is the same man earlier, neither match
    nor discrepancy. In an article of that year, or without the dated fact, 54 fails."""
    convicted = fact("convicted", "A Texas jury convicted Warren Jeffs of child sexual "
                     "assault on August 4, 2011.", "2011-08-04")
    text = "State officials are not revealing when Jeffs, 54, will be moved to Texas."
    for claim in ("Warren Jeffs was 55 when a Texas jury convicted him of child sexual "
                  "assault.", "Warren Jeffs was 55 years old at his Texas trial for child "
                  "sexual assault."):
        age = fact("age", claim, "55 years")
        matches = run(text, [age, convicted], date=dt.date(2010, 6, 12))
        assert vetoed(matches, "age", "54").veto == (
            "an age before the claim's event in 2011"), claim
        for facts, day in (([age, convicted], dt.date(2011, 8, 5)),
                           ([age], dt.date(2010, 6, 12))):
            (mention,) = run(text, facts, date=day).mentions["age"]
            assert mention.disagrees, (claim, day)


def test_a_claim_set_when_another_fact_dates_its_event_is_set_then() -> None:
    """"was serving a 12-year prison sentence ... when he died" is set at the death the
    story dates: "in 1959, when he received a five-year sentence" is another time. The
    sentence lasted long, so "sentenced to 12 years" in 1997 still agrees; without the
    dated death, the five years fail."""
    term = fact("term", "Gigante was serving a 12-year prison sentence for racketeering when "
                "he died.", "12 years")
    death = fact("death", "Gigante died in federal prison in Springfield, Missouri, on "
                 "December 19, 2005.", "2005-12-19")
    day = dt.date(2005, 12, 20)
    text = ("It was narcotics that first sent Gigante to prison, in 1959, when he received a "
            "five-year sentence.")
    matches = run(text, [term, death], date=day)
    assert vetoed(matches, "term", "five-year").veto == "another time: 1959"
    agreeing = "In 1997 Gigante was sentenced to 12 years in prison for racketeering."
    assert figures(run(agreeing, [term, death], date=day), "term") == ["12 years"]
    (mention,) = run(text, [term], date=day).mentions["term"]
    assert mention.disagrees


def test_an_age_whose_bearer_dies_in_its_clause_is_the_age_at_death() -> None:
    """"The 35-year-old deputy died almost immediately": whoever dies there keeps that age,
    named or not; an age that describes someone living is of the article's year."""
    ortiz = fact("ortiz", "Deputy Jerry Ortiz, who was shot dead in Hawaiian Gardens in June "
                 "2005, was 35 years old.", "35 years")
    for text in ("The 35-year-old deputy and father of two died almost immediately.",
                 "The 35-year-old deputy was shot and killed in Hawaiian Gardens."):
        matches = run(text, [ortiz], date=dt.date(2007, 3, 21))
        assert figures(matches, "ortiz") == ["35-year"], text
    matches = run("The 35-year-old deputy was shot in Hawaiian Gardens and survived.", [ortiz],
                  date=dt.date(2007, 3, 21))
    assert vetoed(matches, "ortiz", "35-year").veto == "an age in 2007, not when the claim dates it"


def test_a_year_taken_from_the_articles_date_is_no_other_time() -> None:
    """"was killed on June 24" in a 2007 article gives no year of its own: 2007 is the
    reader's guess, and the claim's June 2005 may be the right one."""
    ortiz = fact("ortiz", "Deputy Jerry Ortiz, who was shot dead in Hawaiian Gardens in June "
                 "2005, was 35 years old.", "35 years")
    text = "The 35-year-old deputy was killed on June 24, while investigating an attack."
    matches = run(text, [ortiz], date=dt.date(2007, 3, 21))
    assert figures(matches, "ortiz") == ["35-year"]
    written = run(text.replace("June 24", "June 24, 2007"), [ortiz], date=dt.date(2007, 3, 21))
    assert vetoed(written, "ortiz", "35-year").veto == "another time: June 24, 2007"


def test_a_name_with_a_word_the_claim_gives_another_is_that_others() -> None:
    kristian = fact("kristian", "Kristian Lopez, Andrew Lopez's half-brother who was also "
                    "arrested, was 17 years old.", "17 years")
    matches = run("Andrew Lopez, 20, fired from the rooftop, prosecutors say.", [kristian])
    assert vetoed(matches, "kristian", "20").veto == "the age of Andrew Lopez"
    (mention,) = run("Kristian Lopez, 18, was also arrested.", [kristian]).mentions["kristian"]
    assert mention.disagrees


def test_a_name_set_off_before_the_age_is_its_subjects() -> None:
    """"The suspect in the Troy office shooting, Anthony LaCalamita, is 38": the name set
    off by commas before "is" is whose age it is, not the first name the claim writes."""
    suspect = fact("suspect", "The suspect in the Troy office shooting, Anthony LaCalamita, is "
                   "38 years old.", "38 years")
    matches = run("Anthony LaCalamita, 38, was arrested after a chase.", [suspect],
                  date=dt.date(2007, 4, 10))
    assert figures(matches, "suspect") == ["38"]
    matches = run("Troy police chief Charles Craft, 52, said the suspect was arrested.",
                  [suspect], date=dt.date(2007, 4, 10))
    assert vetoed(matches, "suspect", "52").veto == "the age of Charles Craft"


def test_a_possessive_subject_gives_the_age_of_what_it_possesses() -> None:
    """"Ortiz's elder son, Jeremy, was 16": the son's age, not Ortiz's."""
    son = fact("son", "Deputy Jerry Ortiz's elder son, Jeremy, was 16 years old when his "
               "father was shot dead.", "16 years")
    for text in ("Deputy Jerry Ortiz, 35, was shot dead outside an apartment.",
                 "The 35-year-old deputy was shot dead outside an apartment.",
                 "A 35 - year - old sheriff ’ s deputy was shot dead outside an apartment.",
                 "Jerry was 35 years old when he was shot dead, his partner said."):
        matches = run(text, [son])
        assert figures(matches, "son") == [], text
        assert any(c.veto.startswith("the age of") for c in matches.near_misses["son"]), text
    for text in ("Jeremy Ortiz, 17, spoke at the funeral of his father.",
                 "His 17-year-old son Jeremy spoke at the funeral."):
        (mention,) = run(text, [son]).mentions["son"]
        assert mention.disagrees, text


def test_an_attributive_age_in_the_claim_is_the_age_of_whom_it_describes() -> None:
    """"Horton was picking up her 11-year-old daughter": the daughter's age, not Horton's."""
    daughter = fact("daughter", "Zurana Horton was picking up her 11-year-old daughter from "
                    "school when she was shot.", "11 years")
    girl = fact("girl", "Warren Jeffs was convicted of the sexual assault of a 12-year-old "
                "girl.", "12 years")
    for text, claim in (
            ("Horton, 34, was picking up her daughter from school when she was shot.", daughter),
            ("Jeffs, 55, was convicted of the sexual assault of two girls.", girl),
            ("The 55-year-old sect leader was convicted of assaulting two girls.", girl)):
        matches = run(text, [claim])
        assert figures(matches, claim.id) == [], text
        assert any(c.veto.startswith("the age of") for c in matches.near_misses[claim.id])
    (mention,) = run("Horton was picking up her 12-year-old daughter from school.",
                     [daughter]).mentions["daughter"]
    assert mention.disagrees


def test_a_number_after_a_comma_is_no_age_without_a_name_before_it() -> None:
    reading = read(Article(path=Path("a.txt"), name="a.txt",
                           text="In the end, 35, perhaps 40, people came.", date=TALKS_WEEK))
    assert reading.ages == frozenset()


def test_a_length_of_service_is_no_age() -> None:
    matches = run("Ortiz, a 15-year veteran deputy, was shot dead in Hawaiian Gardens.",
                  [DEPUTY_AGE, SERVICE])
    assert vetoed(matches, "age", "15-year").veto == "not an age"


# -- counts of people -----------------------------------------------------------------------

DEATHS = fact("deaths", "Three employees of a bank branch in Athens died when protesters "
              "threw petrol bombs into the building.", "3 people")


def test_any_noun_for_people_may_state_a_count_of_people() -> None:
    for noun in ("bank workers", "bank employees", "victims", "former bosses", "moms"):
        matches = run(f"Petrol bombs left three {noun} dead in an Athens bank.", [DEATHS])
        assert len(matches.mentions["deaths"]) == 1, noun


def test_two_different_kinds_of_people_do_not_meet() -> None:
    mother = fact("children", "Zurana Horton was the mother of 12 children.", "12 children")
    matches = run("Zurana Horton, a mother, was shot near 12 officers.", [mother])
    assert matches.mentions["children"] == [] and matches.near_misses["children"] == []


def test_a_bare_number_a_function_word_after_the_claims_word() -> None:
    mother = fact("children", "Zurana Horton was the mother of 12 children.", "12 children")
    matches = run("Zurana Horton, a mother of 13, was shot in Brooklyn.", [mother])
    assert figures(matches, "children") == ["13"]


# -- a weekday in an undated article ------------------------------------------------------

QUAKE = fact("quake", "The magnitude 4.2 earthquake near The Geysers struck on Sunday morning, "
             "January 4, 2009.", "2009-01-04")


@pytest.mark.parametrize(("text", "agrees"), [
    ("The size of Sunday morning's earthquake near The Geysers was raised to 4.2.", True),
    ("The size of Monday morning's earthquake near The Geysers was raised to 4.2.", False),
])
def test_a_weekday_in_an_undated_article_speaks_of_a_date_fact(text: str, agrees: bool) -> None:
    """With no date to place it in, a weekday still names the fact's day, or another."""
    (mention,) = run(text, [QUAKE], date=None).mentions["quake"]
    assert mention.quantity.precision == "weekday"
    assert compare(QUAKE.value, mention.quantity).consistent is agrees


def test_a_weekday_states_no_fact_of_a_month_or_a_year() -> None:
    """Every weekday falls within a month: it would agree with any such fact by chance."""
    season = fact("season", "The earthquake season near The Geysers peaked in January 2009.",
                  "January 2009")
    matches = run("The earthquake near The Geysers peaked on Sunday.", [season], date=None)
    assert figures(matches, "season") == []
    assert matches.near_misses["season"] == []  # not even considered


# -- the figure itself as evidence ----------------------------------------------------------

KILLING = fact("killing", "Deputy Jerry Ortiz was shot and killed in Hawaiian Gardens on "
               "June 24, 2005.", "2005-06-24")


def test_a_specific_figure_that_agrees_is_evidence() -> None:
    matches = run("Orozco faces two counts for the June 24, 2005 murder of Ortiz.", [KILLING],
                  date=dt.date(2007, 3, 21))
    assert figures(matches, "killing") == ["June 24, 2005"]
    assert "the same figure" in matches.mentions["killing"][0].shared


@pytest.mark.parametrize(("day", "found"), [
    ("Tuesday", ["Tuesday"]),
    ("Monday", []),  # it would fail: words alone must carry it
])
def test_a_weekday_on_the_facts_day_and_one_word_of_the_claim_state_it(
        day: str, found: list[str]) -> None:
    """A weekday that lands on the fact's day names it as a written date would, through
    the article's date: with one word of the claim, even a common one, it is a mention."""
    penalty = fact("penalty", "The jury recommended the death penalty for Orozco on April 3, "
                   "2007.", "2007-04-03")
    trial = ("The jury heard witnesses for weeks. The jury visited the scene. The jury was "
             "sequestered. The jury asked for a reread. ")  # "jury" is common here
    matches = run(trial + f"A jury in Norwalk on {day} ordered execution for a gang member.",
                  [penalty], date=dt.date(2007, 4, 4))
    assert figures(matches, "penalty") == found


def test_a_figure_that_disagrees_gains_nothing_and_still_fails() -> None:
    matches = run("Orozco faces two counts for the June 25, 2005 murder of Ortiz.", [KILLING],
                  date=dt.date(2007, 3, 21))
    (mention,) = matches.mentions["killing"]
    assert "the same figure" not in mention.shared  # matched on its words: a discrepancy


def test_specificity_grows_with_the_figures_detail() -> None:
    from checks.matching import SLIGHT, specificity
    from checks.quantities import find_quantities

    def of(text: str) -> float:
        (q,) = find_quantities(text, reference_date=dt.date(2022, 1, 11))
        return specificity(q)

    assert of("in 2005") == SLIGHT
    assert of("June 2005") == 0.5
    assert of("June 24, 2005") == 1.0
    assert 0.5 < of("on Monday") < 1.0
    assert of("3 people") == SLIGHT
    assert of("35 people") == 0.5
    assert of("4.46 pounds") == 1.0
    assert of("$5 million") == 0.7


def test_a_converted_figure_agrees_within_its_rounding() -> None:
    chase = fact("chase", "Police chased LaCalamita for about 30 miles on Interstate 75.",
                 "about 30 miles")
    from checks.matching import agreement
    from checks.quantities import find_quantities

    (km,) = find_quantities("48 km")
    (far,) = find_quantities("52 km")
    assert agreement(chase, km) > 0
    assert agreement(chase, far) == 0


def test_a_figure_within_an_open_fact_is_not_the_same_figure() -> None:
    ram = fact("ram", "The MacBook Pro takes up to 16GB of memory.", "up to 16GB")
    from checks.matching import agreement
    from checks.quantities import find_quantities

    (small,) = find_quantities("4GB")
    (same,) = find_quantities("16 GB")
    assert agreement(ram, small) == 0
    assert agreement(ram, same) > 0


def test_a_figure_an_order_of_magnitude_away_is_about_something_else() -> None:
    injured = fact("injured", "Police said 12 people were injured in the rioting in Athens.",
                   "12 people")
    matches = run("Police said as many as 20,000 people rioted in Athens.", [injured])
    assert vetoed(matches, "injured", "as many as 20,000 people").veto.startswith("far from")
    matches = run("Police said 120 people were injured in the rioting in Athens.", [injured])
    assert figures(matches, "injured") == ["120 people"]  # a stray zero still fails


# -- dates that modify a noun ---------------------------------------------------------------


def test_a_date_before_a_noun_names_what_follows() -> None:
    text = ("The complaint covers the June 24 murder of Ortiz and a June 20 shooting in "
            "which a man was wounded.")
    matches = run(text, [KILLING], date=dt.date(2005, 6, 30))
    assert figures(matches, "killing") == ["June 24"]


def test_words_before_a_clause_break_stay_with_the_earlier_date() -> None:
    text = ("Deputy Jerry Ortiz was killed June 25, 2005 outside an apartment in Hawaiian "
            "Gardens while investigating a June 20 robbery.")
    matches = run(text, [KILLING], date=dt.date(2005, 6, 30))
    assert figures(matches, "killing") == ["June 25, 2005"]  # a discrepancy, caught


FIRING = fact("firing", "Gordon Advisors fired LaCalamita on Thursday, April 5, 2007, four "
              "days before the shooting.", "2007-04-05")
VOTE = fact("vote", "Parliament voted on the austerity bill on Thursday, May 6, 2010, the day "
            "after the deadly riots.", "2010-05-06")
#: A "when" clause after the date sets another event's time by the claim's.
PRIOR = fact("prior", "Orozco shot and wounded a man doing yard work in Hawaiian Gardens on June "
             "20, 2005, the shooting Ortiz was investigating when he was killed.", "2005-06-20")


@pytest.mark.parametrize(("claim", "date", "text", "figure", "word"), [
    (FIRING, dt.date(2007, 4, 10), "LaCalamita was charged after the Monday morning "
     "shootings at Gordon Advisors, where he had been fired.", "Monday", "shootings"),
    (FIRING, dt.date(2007, 4, 10), "Monday's shooting at Gordon Advisors left LaCalamita, who "
     "was fired there, in jail.", "Monday", "shooting"),
    (VOTE, dt.date(2010, 5, 7), "Protesters rioted on Wednesday as parliament debated the "
     "austerity bill.", "Wednesday", "rioted"),
    (PRIOR, dt.date(2005, 6, 27), "That man, Jose Luis Orozco, is now the main suspect in the "
     "Friday afternoon slaying of Ortiz in Hawaiian Gardens.", "Friday", "slaying"),
])
def test_a_date_of_the_event_a_claim_counts_from_is_that_events(
        claim: Fact, date: dt.date, text: str, figure: str, word: str) -> None:
    """"four days before the shooting" names the shooting only to count from it: a date
    bound to it is the shooting's, however many of the claim's words stand near."""
    matches = run(text, [claim], date=date)
    assert vetoed(matches, claim.id, figure).veto == (
        f"dates the {word}, which the claim counts from")


def test_the_words_of_the_event_a_claim_counts_from_are_no_evidence_of_its_day() -> None:
    """Against "arraigned on Wednesday, two days after the Troy office shooting" or
    "stormed the Acropolis on May 4, the eve of the general strike", a date among the
    other event's words alone is that event's. A claim dated to a year keeps them: "won a
    medal in 2004 after he shot a carjacker" tells of one year's deeds."""
    arraigned = fact("arraigned", "LaCalamita was arraigned on murder charges on Wednesday, "
                     "April 11, 2007, two days after the Troy office shooting.", "2007-04-11")
    matches = run("The Troy office shooting happened on Monday, when a fired accountant "
                  "walked in with a shotgun.", [arraigned], date=dt.date(2007, 4, 10))
    assert figures(matches, "arraigned") == []
    storming = fact("storming", "Communist protesters stormed the Acropolis in Athens on "
                    "Tuesday, May 4, 2010, the eve of the general strike.", "2010-05-04")
    matches = run("The general strike began on the 5th of May, the unions said.", [storming],
                  date=dt.date(2010, 5, 6))
    assert figures(matches, "storming") == []
    matches = run("Communist protesters stormed the Acropolis on Tuesday, on the eve of the "
                  "general strike.", [storming], date=dt.date(2010, 5, 6))
    assert figures(matches, "storming") == ["Tuesday"]
    medal = fact("medal", "Ortiz won a medal for valor in 2004 after he fatally shot a "
                 "carjacker who drew a gun on him.", "2004-01-01 to 2004-12-31")
    matches = run("He was honoured in 2004 for facing down a carjacker who drew a gun on him.",
                  [medal], date=dt.date(2005, 6, 26))
    assert figures(matches, "medal") == ["2004"]


def test_the_names_of_the_event_a_claim_counts_from_are_other_actors() -> None:
    """"kicked a 36-yard field goal after a Jamaal Charles fumble": Charles is another
    player, whose yards are no evidence of the kick's; the kicker's name still is."""
    kick = fact("kick", "Adam Vinatieri kicked a 36-yard field goal after a Jamaal Charles "
                "fumble.", "36 yards")
    matches = run("Jamaal Charles had 226 yards on 22 carries.", [kick],
                  date=dt.date(2012, 12, 24))
    assert figures(matches, "kick") == []
    matches = run("Vinatieri added a 40-yard field goal.", [kick], date=dt.date(2012, 12, 24))
    assert figures(matches, "kick") == ["40-yard"]  # a discrepancy, caught


def test_the_claims_own_event_is_not_the_one_it_counts_from() -> None:
    matches = run("Parliament voted on Thursday to pass the austerity bill after the riots.",
                  [VOTE], date=dt.date(2010, 5, 7))
    assert figures(matches, "vote") == ["Thursday"]


def test_the_offset_to_the_event_counted_from_is_no_word_of_the_claim() -> None:
    """"two days after the shooting" places the arraignment: its "two" is neither a figure
    of the claim nor a word to find, so "injured two others Monday" is not the arraignment's
    day for sharing it."""
    arraigned = fact("arraigned", "LaCalamita was arraigned on murder charges on Wednesday, "
                     "April 11, 2007, two days after the office shooting.", "2007-04-11")
    matches = run("A fired accountant shot one person to death and injured two others Monday, "
                  "police said.", [arraigned], date=dt.date(2007, 4, 10))
    assert figures(matches, "arraigned") == []
    matches = run("LaCalamita was arraigned on murder charges Wednesday.", [arraigned],
                  date=dt.date(2007, 4, 12))
    assert figures(matches, "arraigned") == ["Wednesday"]


def test_a_date_modifying_another_facts_noun_dates_that_facts_event() -> None:
    """"the Friday afternoon slaying of Ortiz" dates the slaying, which another fact of the
    story names and this one does not; a noun no fact names ("the Monday morning attack")
    leaves the date to the evidence, as do the fact's own nouns."""
    earlier = fact("earlier", "The earlier Hawaiian Gardens shooting that Ortiz was "
                   "investigating, in which a man doing yard work was shot, took place on "
                   "June 20, 2005.", "2005-06-20")
    age = fact("age", "Orozco was 27 years old when he was arrested for killing Deputy Ortiz.",
               "27 years")
    text = ("That man, Jose Luis Orozco, is now the main suspect in the Friday afternoon "
            "slaying of Ortiz in Hawaiian Gardens.")
    matches = run(text, [earlier, age], date=dt.date(2005, 6, 26))
    assert vetoed(matches, "earlier", "Friday").veto == "dates the slaying"
    # alone, the claim's "earlier" keeps the news's Friday from it (not_the_earlier_one);
    # without that word the noun leaves the date to the evidence
    assert vetoed(run(text, [earlier], date=dt.date(2005, 6, 26)), "earlier",
                  "Friday").veto == "the news's own, not the claim's earlier one"
    unmarked = replace(earlier, claim=earlier.claim.replace("The earlier", "The"))
    assert figures(run(text, [unmarked], date=dt.date(2005, 6, 26)), "earlier") == ["Friday"]
    matches = run("Orozco was sought for the Monday shooting in Hawaiian Gardens, in which a "
                  "man doing yard work was shot.", [earlier, age], date=dt.date(2005, 6, 22))
    assert figures(matches, "earlier") == ["Monday"]


def test_a_possessive_ends_a_name() -> None:
    """"Sheriff's" owns "Deputy Jerry Ortiz": the deputy's name is not "Los Angeles
    County Sheriff's Deputy Jerry Ortiz", which the claim would need in full."""
    matches = run("Orozco was convicted of the 2005 murder of Los Angeles County Sheriff's "
                  "Deputy Jerry Ortiz.", [KILLING], date=dt.date(2007, 3, 21))
    assert figures(matches, "killing") == ["2005"]


def test_a_capital_a_is_no_acronym() -> None:
    verdict = fact("verdict", "A Norwalk jury convicted Jose Luis Orozco on March 20, 2007.",
                   "2007-03-20")
    matches = run("A man was hit on Tuesday.", [verdict], date=dt.date(2007, 3, 21))
    assert matches.mentions["verdict"] == []
    assert all("A" not in c.shared for c in matches.near_misses["verdict"])


def test_a_fact_the_figure_is_far_from_still_ties_in_words() -> None:
    """The words cannot tell the two sizes apart, and 64GB is neither: no mention,
    although 64 is within ten times of 512 and not of 768."""
    pro = fact("pro", "The new laptop offers 768GB of flash storage.", "768GB")
    air = fact("air", "The new laptop can hold 512GB of flash storage.", "512GB")
    matches = run("The base model comes with 64GB of flash storage.", [pro, air])
    assert figures(matches, "pro") == figures(matches, "air") == []
    assert near(matches, "air", "64GB").veto == "ambiguous between pro, air"


POINTS = fact("points", "Doug McDermott scored 23 points as Creighton beat Drake 65-53.",
              "23 points")


def test_a_rate_is_no_total() -> None:
    matches = run("McDermott, the coach's son, averages 23 points and eight rebounds a game "
                  "for Creighton.", [POINTS])
    assert vetoed(matches, "points", "23 points").veto == "a rate"


def test_a_game_that_is_no_rate_leaves_the_total_alone() -> None:
    for text in ("McDermott scored 23 points in a game against Drake for Creighton.",
                 "McDermott scored 23 points, a game high, as Creighton beat Drake."):
        assert figures(run(text, [POINTS]), "points") == ["23 points"], text


def test_a_rate_fact_takes_rates_only() -> None:
    average = fact("average", "McDermott averaged 23 points a game for Creighton this season.",
                   "23 points")
    assert figures(run("McDermott scored 22 points a game for Creighton.", [average]),
                   "average") == ["22 points"]
    assert figures(run("McDermott scored 22 points for Creighton on Friday.", [average]),
                   "average") == []


def test_a_rate_of_a_duration_alone_is_a_rate_past_a_conversion() -> None:
    """"earns 900 euros a month" is a pay per month, so "earns? 900 (Dh4, 275) a month"
    states it, its "a month" read past the bracketed conversion; "900 euros in all" not."""
    pay = fact("pay", "Anargyros Bizianis, a municipal worker in Piraeus, earns 900 euros "
               "a month.", "900 euros")
    for text in ("Anargyros Bizianis, a municipal worker in Piraeus, earns 900 euros a month.",
                 "Anargyros Bizianis, a municipal worker in Piraeus, earns? 900 (Dh4, 275) "
                 "a month."):
        assert figures(run(text, [pay]), "pay") == ["900 euros" if "euros" in text else "900"]
    matches = run("Anargyros Bizianis, a municipal worker in Piraeus, has earned 900 euros in "
                  "all this year.", [pay])
    assert vetoed(matches, "pay", "900 euros").veto == "not a rate"


def test_a_bare_number_takes_the_noun_of_the_claims_own_verb() -> None:
    arrests = fact("arrests", "Police arrested 46 people in East Flatbush on Wednesday night.",
                   "46 people")
    assert figures(run("In East Flatbush, 46 were arrested on Wednesday night.", [arrests]),
                   "arrests") == ["46"]
    shots = fact("shots", "Andrew Lopez fired 13 shots from a Brooklyn rooftop.", "13 shots")
    matches = run("Andrew Lopez, 19, stood on a Brooklyn rooftop.", [shots])
    assert figures(matches, "shots") == []  # his name before it, but not the claim's verb


def test_a_bare_number_before_who_and_the_claims_verb_counts_its_people() -> None:
    """"all seven who have been prosecuted have been convicted" counts the claim's men;
    "who" and another verb ("all seven who testified") count nobody the claim tells of,
    nor does "who" before a count of things."""
    convicted = fact("convicted", "Seven FLDS men prosecuted in Texas after the ranch raid "
                     "have all been convicted.", "7 men")
    text = "So far, all seven who have been {} have been convicted of crimes in Texas."
    assert figures(run(text.format("prosecuted"), [convicted]), "convicted") == ["seven"]
    matches = run("So far, all seven who testified in Texas spoke of the ranch raid.",
                  [convicted])
    assert figures(matches, "convicted") == []
    shots = fact("shots", "Andrew Lopez fired 13 shots from a Brooklyn rooftop.", "13 shots")
    assert figures(run("Andrew Lopez, who fired from a Brooklyn rooftop, is one of 13 who "
                       "fired.", [shots]), "shots") == []


@pytest.mark.parametrize(("fact_", "text", "figure"), [
    (fact("arrests", "Police arrested 46 people on Wednesday night in East Flatbush.",
          "46 people"), "By the end of Wednesday night, the night's arrest tally stood at 64.",
     "64"),
    (fact("vigil", "About 200 people attended the Wednesday vigil for Kimani Gray.",
          "about 200 people"),
     "The trouble began after a crowd numbering more than 400 set off from the vigil.",
     "more than 400"),
    (fact("mobsters", "Six turncoat mobsters testified against Gigante at his trial.",
          "6 mobsters"),
     "It took the testimony of turncoat mobsters, nine of them in all, to convict Gigante.",
     "nine"),
])
def test_a_noun_phrase_around_a_bare_number_names_what_it_counts(fact_: Fact, text: str,
                                                                  figure: str) -> None:
    """A tally of the claim's noun, a crowd of people, or a plural noun the number takes a
    part of ("mobsters, nine of them") names what a bare number counts: it fails."""
    (mention,) = run(text, [fact_]).mentions[fact_.id]
    assert (mention.quantity.text, mention.disagrees) == (figure, True)


def test_a_noun_phrase_of_another_noun_leaves_a_bare_number_uncounted() -> None:
    """A tally of another noun, or "of them" after another plural, counts nothing the
    claim counts."""
    arrests = fact("arrests", "Police arrested 46 people on Wednesday night in East Flatbush.",
                   "46 people")
    matches = run("By the end of Wednesday night, the night's injury tally stood at 64.",
                  [arrests])
    assert figures(matches, "arrests") == []
    mobsters = fact("mobsters", "Six turncoat mobsters testified against Gigante at his "
                    "trial.", "6 mobsters")
    matches = run("It took the testimony of turncoat mobsters and FBI agents, nine of them in "
                  "all, to convict Gigante.", [mobsters])
    assert vetoed(matches, "mobsters", "nine").veto == "no counted noun"


def test_others_count_people_only_for_a_fact_in_people() -> None:
    wounded = fact("wounded", "Two men were wounded in the Troy office shooting.", "2 people")
    children = fact("children", "Zurana Horton was the mother of 12 children.", "12 children")
    assert figures(run("The gunman killed one and wounded two others in the Troy office "
                       "shooting.", [wounded]), "wounded") == ["two others"]
    matches = run("Zurana Horton, a mother, died and two others were hurt.", [children])
    assert matches.mentions["children"] == [] and matches.near_misses["children"] == []


def test_ages_in_a_list_of_names() -> None:
    reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK,
                           text="Andrew Lopez, 20 and Jonathan Carrasquillo, 24, went on trial. "
                                "Lopez, 20 was found guilty."))
    assert [reading.quantities[i].text for i in sorted(reading.ages)] == ["20", "24", "20"]


def test_an_age_set_off_after_a_noun_for_a_person_or_in_who_was() -> None:
    """"the Troy man, 49," and "Ortiz, who was 38," are ages as "Ortiz, 38," is: a drift
    reworded so fails its age fact; "her daughter, 11," is the daughter's, and a generic
    noun ("the people, 12,") or a word for no person is no one's age."""
    reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK,
                           text="The Troy man, 49, shot them. Ortiz, who was 38, was gunned "
                                "down. Of the people, 12, were hurt. In the game, 10, scored."))
    assert [reading.quantities[i].text for i in sorted(reading.ages)] == ["49", "38"]
    gunman = fact("gunman", "Anthony LaCalamita, the Troy man who shot his co-workers, is 39 "
                  "years old.", "39 years")
    assert figures(run("Prosecutors said the Troy man, 49, shot his former co-workers.",
                       [gunman]), "gunman") == ["49"]
    deputy = fact("deputy", "Deputy Jerry Ortiz was 35 when he was shot dead in Hawaiian "
                  "Gardens.", "35 years")
    assert figures(run("Deputy Jerry Ortiz, who was 38, was gunned down in Hawaiian Gardens.",
                       [deputy]), "deputy") == ["38"]
    # at the sentence's end too, and in words
    (mention,) = run("The shooting claimed the life of Deputy Jerry Ortiz, who was "
                     "thirty - six. He died instantly.", [deputy]).mentions["deputy"]
    assert mention.quantity.text == "thirty - six" and mention.disagrees
    horton = fact("horton", "Zurana Horton was 34 when she was shot dead in Brownsville.",
                  "34 years")
    matches = run("Zurana Horton was shot dead in Brownsville while picking up her daughter, "
                  "11, from school.", [horton])
    assert vetoed(matches, "horton", "11").veto == "the age of a daughter"


def test_an_age_given_to_a_noun_set_off_after_a_name_is_the_names() -> None:
    """"Horton, a mother aged 43," gives Horton's age, as "LaCalamita III, a 38-year-old
    Troy resident" does: a reworded drift fails, where the noun alone ("a mother aged
    43") may be anyone's."""
    horton = fact("horton", "Zurana Horton was 34 when she was shot dead in Brownsville.",
                  "34 years")
    matches = run("Horton, a mother aged 43, was hit in the chest in her Brownsville "
                  "neighborhood.", [horton])
    (mention,) = matches.mentions["horton"]
    assert mention.quantity.text == "43" and "the age of Horton" in mention.shared
    alone = run("A mother aged 43 was hit in the chest in her Brownsville neighborhood.",
                [horton])
    assert figures(alone, "horton") == []


def test_a_date_years_away_is_another_event() -> None:
    death = fact("death", "Vincent Gigante died in prison in Springfield on December 19, 2005.",
                 "2005-12-19")
    matches = run("Gigante first went to prison in Springfield in 1959.", [death])
    assert vetoed(matches, "death", "1959").veto.startswith("far from")
    assert figures(run("Gigante died in prison in Springfield in 2004.", [death]),
                   "death") == ["2004"]  # a wrong year still fails


def test_a_year_mistyped_by_a_digit_is_a_slip_however_far() -> None:
    built = fact("built", "The Matanuska Maid warehouse in Palmer was built in 1935.",
                 "1935-01-01 to 1935-12-31")
    for year in ("1953", "1985", "1936"):
        (mention,) = run(f"The Matanuska Maid warehouse in Palmer was built in {year}.",
                         [built], date=dt.date(2012, 4, 2)).mentions["built"]
        assert mention.disagrees, year
    matches = run("The Matanuska Maid warehouse in Palmer was built in 1972.", [built],
                  date=dt.date(2012, 4, 2))
    assert near(matches, "built", "1972").veto.startswith("far from")


def test_a_year_slip_keeps_the_facts_month_and_day() -> None:
    """A slip is one: "in March 2003" for April 3, 2007 has the year and the month wrong,
    so it is another event, while "April 3, 2003" is the fact with its year mistyped, and
    "June 27" (no year written) a day slipped in the article's year."""
    verdict = fact("verdict", "A Norwalk jury recommended the death penalty for Jose Luis "
                   "Orozco on April 3, 2007.", "2007-04-03")
    text = "A Norwalk jury recommended the death penalty for Orozco {}."
    day = dt.date(2007, 4, 5)
    assert near(run(text.format("in March 2003"), [verdict], date=day), "verdict",
                "March 2003").veto.startswith("far from")
    (mention,) = run(text.format("on April 3, 2003"), [verdict], date=day).mentions["verdict"]
    assert mention.disagrees
    (mention,) = run(text.format("on June 27"), [verdict],
                     date=dt.date(2009, 7, 1)).mentions["verdict"]
    assert mention.disagrees


def test_the_facts_number_in_another_unit_is_a_slip_however_far() -> None:
    """"up to 512 MB" for 512 GB is a unit slipped, not another storage; "up to 500 MB"
    is far from it."""
    storage = fact("storage", "The MacBook Air's flash storage can be configured up to 512 GB.",
                   "512 GB")
    text = "The MacBook Air's flash storage can be configured up to {} MB."
    (mention,) = run(text.format(512), [storage]).mentions["storage"]
    assert mention.quantity.text == "up to 512 MB" and mention.disagrees
    assert near(run(text.format(500), [storage]), "storage", "up to 500 MB").veto.startswith(
        "far from")


def test_the_facts_number_under_another_scale_word_is_a_slip_however_far() -> None:
    """"a 45 million dollar loan" for $45 billion is a scale word slipped, and fails;
    "a 40 million dollar loan" is far from it, another sum."""
    loan = fact("loan", "The IMF agreed a $45 billion loan to Argentina.", "$45 billion")
    text = "The IMF agreed a {} million dollar loan to Argentina."
    (mention,) = run(text.format(45), [loan]).mentions["loan"]
    assert mention.quantity.text == "45 million dollar" and mention.disagrees
    assert near(run(text.format(40), [loan]), "loan", "40 million dollar").veto.startswith(
        "far from")


def test_a_bare_number_after_a_name_the_claim_writes_with_a_number_is_its_version() -> None:
    """Against "two USB 3.0 ports", the "2" and "3" of "a USB 2 / USB 3 port" are the
    standard's versions, not counts of ports."""
    ports = fact("ports", "Two USB 3.0 ports come with the new laptop.", "2 ports")
    matches = run("The new laptop gets faster graphics and a single USB 2 / USB 3 port.",
                  [ports])
    assert figures(matches, "ports") == []
    assert near(matches, "ports", "3").veto == "a number of the name USB"


def test_a_figure_alone_in_its_sentence_repeats_the_one_before_in_its_unit() -> None:
    """"215 net rushing yards. Two hundred and fifteen!" states the yards twice: the
    exclamation is the same figure, in its unit. Another number is no echo, and stays a
    bare count that no measure of yards takes."""
    rushing = fact("rushing", "The Bears rushed for 215 yards in the win.", "215 yards")
    text = "Chicago gashed Detroit with 215 net rushing yards. {}! The crowd went quiet."
    assert figures(run(text.format("Two hundred and fifteen"), [rushing]), "rushing") == [
        "215 net rushing yards", "Two hundred and fifteen"]
    assert figures(run(text.format("Two hundred and fifty"), [rushing]), "rushing") == [
        "215 net rushing yards"]


def test_a_number_another_name_added_after_a_measure_takes_its_unit() -> None:
    """"Forte rushed for 131 yards while Michael Bush added 64" states Bush's 64 yards:
    the unit is left out after "added". A count needs no such help, and a number after
    another verb keeps none ("while Bush fumbled 64")."""
    bush = fact("bush", "Michael Bush rushed for 64 yards for the Bears.", "64 yards")
    text = "Matt Forte rushed for 131 yards while Michael Bush {}."
    (mention,) = run(text.format("added 64"), [bush]).mentions["bush"]
    assert mention.quantity.text == "64" and mention.quantity.unit == "yard"
    assert figures(run(text.format("fumbled 64"), [bush]), "bush") == []


def test_a_part_that_the_claims_event_befell_is_the_claims_count() -> None:
    """"two of the four miners died" counts the dead, as the claim's "was killed" does:
    the part is what the claim counts (a discrepancy here), where "two of the four miners
    were rescued" stays a part of a whole."""
    killed = fact("killed", "One miner was killed in the collapse of the mine.", "1 miner")
    text = "Early reports from the mine said two of the four miners {}."
    (mention,) = run(text.format("died"), [killed]).mentions["killed"]
    assert mention.quantity.text == "two" and mention.disagrees
    assert near(run(text.format("were rescued"), [killed]), "killed", "two").veto == (
        "a part of a whole")


def test_a_sentence_naming_one_of_the_claims_pair_gives_a_part() -> None:
    """Against "seven children with his wife and his girlfriend", "two children with his
    girlfriend" is one part: it may agree, never fail. A sentence naming both states the
    total. (Bodies are named loosely, "a bailout from the EU": see the test of a lost
    currency sign.)"""
    children = fact("children", "Carlo Rossi fathered seven children with his wife and his "
                    "girlfriend.", "7 children")
    matches = run("Rossi had two children with his girlfriend, who lived in Milan.", [children])
    assert vetoed(matches, "children", "two children").veto == (
        "one of the claim's wife and girlfriend")
    (mention,) = run("Carlo Rossi fathered nine children with his wife and his girlfriend.",
                     [children]).mentions["children"]
    assert mention.disagrees


def test_a_figure_a_counted_group_is_the_subject_of_is_what_each_did() -> None:
    """"on a day when four NFL quarterbacks threw for 350 yards" is what each of them
    did: against a claim that opens with one name, no statement of that one's yards."""
    passing = fact("passing", "Tom Brady threw for 280 yards against the Jets.", "280 yards")
    matches = run("On a day when four NFL quarterbacks threw for 350 yards, the Patriots ran "
                  "the ball.", [passing])
    assert vetoed(matches, "passing", "350 yards").veto == (
        "what each of four NFL quarterbacks did")
    (mention,) = run("Tom Brady threw for 350 yards against the Jets.",
                     [passing]).mentions["passing"]
    assert mention.disagrees


def test_a_claim_about_what_could_be_takes_hypothetical_figures() -> None:
    term = fact("term", "Warren Jeffs faced up to 119 years in prison if convicted in Texas.",
                "up to 119 years")
    (mention,) = run("Jeffs could be sentenced to up to 99 years in prison in Texas.",
                     [term]).mentions["term"]
    assert mention.disagrees


def test_a_date_right_after_a_reporting_verb_dates_the_report() -> None:
    killing = fact("killing", "Deputy Jerry Ortiz was murdered in Hawaiian Gardens on June 24, "
                   "2005.", "2005-06-24")
    matches = run("District Attorney Steve Cooley announced Monday that murder charges were "
                  "filed against a Hawaiian Gardens gang member.", [killing])
    assert vetoed(matches, "killing", "Monday").veto == "the day it was announced"


def test_a_month_named_alone_names_only_a_fact_dated_in_it() -> None:
    """"who met in Geneva in June" (2021, by a December 2021 article) is the June summit's
    month, and no date of the January talks in Geneva."""
    text = ("Mr Biden and Mr Putin, who met in Geneva in June to discuss tensions in the "
            "US-Russia relationship, are not expected to take part in the talks.")
    summit = fact("summit", "Biden and Putin met at a summit in Geneva on June 16, 2021.",
                  "2021-06-16")
    talks = fact("talks", "Senior US and Russian officials held security talks in Geneva on "
                 "January 9-10, 2022.", "2022-01-09 to 2022-01-10")
    (mention,) = run(text, [summit], date=dt.date(2021, 12, 31)).mentions["summit"]
    assert mention.quantity.text == "June" and not mention.disagrees
    matches = run(text, [talks], date=dt.date(2021, 12, 31))
    assert vetoed(matches, "talks", "June").veto.startswith("another month")


FIRING = fact("firing", "Gordon Advisors fired LaCalamita on Thursday, April 5, 2007, four days "
              "before the shooting.", "2007-04-05")
TROY_SHOT = fact("shot", "Anthony LaCalamita shot three people at the Gordon Advisors accounting "
                 "firm in Troy, Michigan.", "3 people")
TROY_DATE = fact("shooting-date", "The shooting at Gordon Advisors in Troy took place on Monday, "
                 "April 9, 2007.", "2007-04-09")


def test_last_week_names_a_fact_dated_in_it_and_never_fails_another() -> None:
    """"fired last week" in a Tuesday paper of April 10, 2007 names the firing of Thursday
    April 5; a week named from the article's date is as coarse as a month named alone, so
    one the fact's day is not in speaks of another event, and never fails."""
    text = "Anthony LaCalamita was fired last week from Gordon Advisors, police said."
    assert figures(run(text, [FIRING], date=dt.date(2007, 4, 10)), "firing") == ["last week"]
    matches = run(text, [FIRING], date=dt.date(2007, 4, 20))
    assert vetoed(matches, "firing", "last week").veto.startswith("another week")


def test_a_time_ago_names_a_fact_it_overlaps_and_never_fails_another() -> None:
    """"Five years ago, Jeffs was charged", in a paper of August 2011, is about 2006: it
    states a charge in 2006, whose days it overlaps, but is too rough to fail a charge
    in 2004, which it names no more than any other event five years back."""
    text = "Five years ago, Warren Jeffs was charged in Utah as an accomplice to rape."
    charged = fact("charged", "Warren Jeffs was charged in Utah as an accomplice to rape in "
                   "2006.", "2006-01-01 to 2006-12-31")
    (mention,) = run(text, [charged], date=dt.date(2011, 8, 10)).mentions["charged"]
    assert mention.quantity.text == "Five years ago" and not mention.disagrees
    earlier = fact("charged", "Warren Jeffs was charged in Utah as an accomplice to rape in "
                   "2004.", "2004-01-01 to 2004-12-31")
    matches = run(text, [earlier], date=dt.date(2011, 8, 10))
    assert vetoed(matches, "charged", "Five years ago").veto.startswith("another year")


@pytest.mark.parametrize("fired", ["on Thursday", "last week"])
def test_a_date_in_a_relative_clause_dates_no_figure_before_the_clause(fired: str) -> None:
    """"shooting three people at a firm where he was fired on Thursday ... after the Monday
    attack": Thursday is the firing's, in the clause "where" opens; the shooting's figures
    are dated by the date beyond it, as if the clause were not there."""
    text = ("A man suspected of shooting three people at an accounting firm where he was "
            f"fired {fired} was arrested a few hours after the Monday morning attack.")
    matches = run(text, [TROY_SHOT, TROY_DATE], date=dt.date(2007, 4, 10))
    assert figures(matches, "shooting-date") == ["Monday"]
    assert "dates the shot" in matches.mentions["shooting-date"][0].shared


def test_a_figure_told_well_before_the_articles_date_never_fails_an_undated_claim() -> None:
    """An undated claim is the story's news: "Charles' 80-yard TD run on the opening play
    of the Cleveland game two weeks ago" tells an earlier run, which may agree with the
    fact but never fails it. Past a clause break the time dates its own clause: "with
    4,051 yards - breaking Cam Newton's record set a year ago" still fails."""
    monday = dt.date(2012, 12, 24)
    text = ("Charles romped for the Chiefs first touchdown in nine quarters, ironically since "
            "Charles' {} TD run on the opening play of the Cleveland game two weeks ago.")
    matches = run(text.format("80-yard"), [TD_RUN], date=monday)
    assert vetoed(matches, "td-run", "80-yard").veto == "told as past: two weeks ago"
    (mention,) = run(text.format("86-yard"), [TD_RUN], date=monday).mentions["td-run"]
    assert not mention.disagrees
    luck = fact("luck", "Andrew Luck ended the season with 4,183 passing yards, a new NFL "
                "rookie record.", "4,183 yards")
    matches = run("Andrew Luck set the NFL rookie record for most passing yards in a season with "
                  "4,051 yards - breaking Cam Newton's record set a year ago.", [luck],
                  date=monday)
    (mention,) = matches.mentions["luck"]
    assert mention.quantity.text == "4,051 yards" and mention.disagrees


def test_a_time_told_as_past_sets_a_figure_with_a_comma_and_a_fronted_clause() -> None:
    """The figure's own thousands separator breaks no clause ("valued at $215,000 last
    year"), and a time that opens the sentence sets its main clause past the comma that
    closes it ("Last year, a 42-year-old deputy was wounded"): both are earlier news,
    which never fails an undated claim. A comma between them still breaks the clause."""
    day = dt.date(2012, 8, 7)
    value = fact("value", "The city of Palmer valued the Mat Maid warehouse building at "
                 "$380,600.", "$380,600")
    text = "A neighbouring building on the same Palmer block was valued at $215,000{}."
    assert vetoed(run(text.format(" last year"), [value], date=day), "value",
                  "$215,000").veto == "told as past: last year"
    (mention,) = run(text.format(", a figure the city cut last year"), [value],
                     date=day).mentions["value"]
    assert mention.disagrees
    age = fact("age", "Sheriff's Deputy Jerry Ortiz was 35 when he was shot dead.", "35 years")
    said = "{}a 42-year-old sheriff's deputy was wounded in a shooting in Lynwood."
    assert vetoed(run(said.format("Last year, "), [age], date=day), "age",
                  "42-year").veto == "told as past: Last year"
    (mention,) = run(said.format(""), [age], date=day).mentions["age"]
    assert mention.disagrees


@pytest.mark.parametrize("opening", ["In 2009 a 29-year-old Brownsville mother",
                                     "In an unrelated 2009 case, a 29-year-old mother"])
def test_a_year_before_the_storys_first_day_tells_earlier_news(opening: str) -> None:
    """A year written out before every day the story's facts name, setting the figure's
    clause, tells earlier news: "In 2009 a 29-year-old Brownsville mother was also killed"
    is no age of Zurana Horton, shot in 2011. Where the sentence names the claim's subject
    it may be the claim's own past, and "since" runs a stretch up to the news. With no
    fact naming a day, the article's week is the news, and only a time that opens the
    sentence is taken as another event's."""
    age = fact("age", "Zurana Horton, the Brooklyn mother killed by a stray bullet in "
               "Brownsville, was 34 years old.", "34 years")
    shot = fact("shot", "Zurana Horton was shot dead on October 21, 2011.", "2011-10-21")
    day = dt.date(2013, 4, 20)
    text = f"{opening} was also killed by a stray bullet."
    assert vetoed(run(text, [age, shot], date=day), "age", "29-year").veto == "told as past: 2009"
    assert vetoed(run(text, [age], date=day), "age", "29-year").veto == "told as past: 2009"
    (mention,) = run("A 29-year-old Brownsville mother was also killed by a stray bullet in "
                     "2009.", [age], date=day).mentions["age"]  # inside the clause: checked
    assert mention.disagrees
    (mention,) = run("In 2009 Zurana Horton, 29, moved to Brownsville.", [age, shot],
                     date=day).mentions["age"]
    assert mention.disagrees
    arrests = fact("arrests", "Zurana Horton had been arrested four times before.", "4 times")
    (mention,) = run("The mother had been arrested three times since 2009.", [arrests, shot],
                     date=day).mentions["arrests"]
    assert mention.disagrees


def test_a_fronted_time_sets_the_whole_main_clause() -> None:
    """"In early March, a gunman shot and wounded three people": the time that opens the
    sentence sets its main clause, coordinated verbs and all, so the count is earlier news
    against a story that starts in April. A dash ends its reach."""
    wounded = fact("wounded", "Two men, partners at the Gordon Advisors accounting firm in "
                   "Troy, were wounded in the office shooting.", "2 men")
    fired = fact("fired", "Gordon Advisors fired Anthony LaCalamita on April 5, 2007.",
                 "2007-04-05")
    day = dt.date(2007, 4, 10)
    text = "In early March, a gunman {} wounded three people at the Troy firm."
    assert vetoed(run(text.format("shot and"), [wounded, fired], date=day), "wounded",
                  "three people").veto == "told as past: March"
    (mention,) = run(text.format("was sought - police say he shot and"), [wounded, fired],
                     date=day).mentions["wounded"]
    assert mention.disagrees


def test_a_time_that_ends_the_subject_sets_its_clause_as_a_fronted_one() -> None:
    """"A strike march there in February had drawn about 7,000 people": the time ends the
    subject, right before its verb, and dates the clause as "In February," would, so the
    count is earlier news in a May article of an undated story; a time after the verb
    may be the claim's own past."""
    march = fact("march", "About 20,000 people marched in the northern city of Thessaloniki "
                 "during the Greek general strike.", "20,000 people")
    day = dt.date(2010, 5, 6)
    text = "A strike march in Thessaloniki in February had drawn about 7,000 people."
    assert vetoed(run(text, [march], date=day), "march", "about 7,000 people").veto == (
        "told as past: February")
    (mention,) = run("A strike march in Thessaloniki had drawn about 7,000 people in February.",
                     [march], date=day).mentions["march"]
    assert mention.disagrees


def test_a_sentence_that_counts_its_time_from_the_news_tells_another_time() -> None:
    """"Two weeks earlier he had opened the Cleveland game with an 80-yard touchdown run"
    tells another time than the undated claim's news: its run may agree, never fail; a
    dated claim is left to its dates."""
    run_ = fact("run", "Jamaal Charles scored on an 86-yard touchdown run in the second "
                "half.", "86 yards")
    text = "Two weeks earlier he had opened the Cleveland game with an 80-yard touchdown run."
    assert vetoed(run(text, [run_]), "run", "80-yard").veto == (
        "told at another time: Two weeks earlier")
    dated = fact("run", "Jamaal Charles scored on an 86-yard touchdown run on December 9, "
                 "2012.", "86 yards")
    (mention,) = run(text, [dated], date=dt.date(2012, 12, 24)).mentions["run"]
    assert mention.disagrees


def test_as_of_an_earlier_date_sets_the_clause_at_that_date() -> None:
    """"As of June 2010, only five had been convicted" opens with a time as "In June 2010,"
    would: in a 2011 article of a story whose facts name no day, the count is earlier
    news; "As of Monday" in the news's week is not."""
    convicted = fact("convicted", "Before Warren Jeffs, seven other FLDS men had been "
                     "convicted.", "7 men")
    day = dt.date(2011, 8, 5)
    text = "As of {}, only five FLDS men had been convicted."
    assert vetoed(run(text.format("June 2010"), [convicted], date=day), "convicted",
                  "five FLDS men").veto == "told as past: June 2010"
    (mention,) = run(text.format("Monday"), [convicted], date=day).mentions["convicted"]
    assert mention.disagrees


def test_a_fronted_time_before_the_news_week_sets_another_event_in_an_undated_story(
        ) -> None:
    """With no fact naming a day, the article's date marks the news: a sentence opening
    with a time before its week ("In early March," in an April article) tells of another
    event, and its count may agree, never fail. A past year inside the clause may be the
    claim's own past, so it is still checked."""
    wounded = fact("wounded", "Two managers of the Gordon Advisors accounting firm in Troy "
                   "were wounded in the office shooting.", "2 people")
    day = dt.date(2007, 4, 10)
    text = "In early March, a gunman shot and wounded three people at a printing plant."
    assert vetoed(run(text, [wounded], date=day), "wounded", "three people").veto == (
        "told as past: March")
    bond = fact("bond", "Palmer voters approved a $3 million bond to buy the Matanuska Maid "
                "properties.", "$3 million")
    (mention,) = run("Bower said city residents had signed off in 2009 on a $4 million bond "
                     "to buy the Matanuska Maid properties.", [bond],
                     date=dt.date(2013, 6, 20)).mentions["bond"]
    assert mention.disagrees


@pytest.mark.parametrize("opening", ["A smaller earthquake", "Another earthquake",
                                     "A 2006 earthquake"])
def test_a_figure_of_another_thing_of_the_claims_kind_never_fails(opening: str) -> None:
    """"A smaller earthquake near The Geysers struck at a depth of 1.4 miles" tells of
    another quake than the claim's: its figure may agree, never fail. A quake the article
    introduces with no such word ("A magnitude 4.4 earthquake") may be the claim's."""
    depth = fact("depth", "The Sonoma County earthquake near The Geysers struck at a depth "
                 "of 2.7 miles.", "2.7 miles")
    day = dt.date(2009, 1, 5)
    text = "{} near The Geysers struck at a depth of 1.4 miles."
    assert vetoed(run(text.format(opening), [depth], date=day), "depth",
                  "1.4 miles").veto == "another earthquake"
    (mention,) = run(text.format("A magnitude 4.4 earthquake"), [depth],
                     date=day).mentions["depth"]
    assert mention.disagrees
    (mention,) = run(text.format("A 2009 earthquake"), [depth], date=day).mentions["depth"]
    assert mention.disagrees


def test_a_figure_joined_to_another_thing_of_the_claims_kind_never_fails() -> None:
    """The mark may stand right before a figure joined to its noun: "A smaller 3.1-magnitude
    quake" and "A 3.1-magnitude quake also shook Ukiah" tell of another quake, while "A
    3.1-magnitude quake shook The Geysers" may be the claim's, and "another three-year
    sentence" adds to the claim's own."""
    magnitude = fact("magnitude", "A magnitude 4.2 earthquake struck near The Geysers in "
                     "Sonoma County.", "magnitude 4.2")
    day = dt.date(2009, 1, 5)
    for text in ("A smaller 3.1-magnitude quake struck near The Geysers that morning.",
                 "A 3.1-magnitude quake also struck near The Geysers that morning."):
        assert vetoed(run(text, [magnitude], date=day), "magnitude",
                      "3.1-magnitude").veto == "another quake", text
    text = "A 3.1-magnitude quake struck near The Geysers that morning."
    (mention,) = run(text, [magnitude], date=day).mentions["magnitude"]
    assert mention.disagrees
    added = fact("added", "Gigante's 2003 guilty plea added three years to his prison "
                 "sentence.", "3 years")
    (mention,) = run("His 2003 guilty plea brought Gigante another five-year prison sentence.",
                     [added]).mentions["added"]
    assert mention.disagrees


@pytest.mark.parametrize("sentence", [
    "The previous MacBook Pro was 0.95 inches thick.",
    "The 2009 MacBook Pro models were 0.95 inches thick.",
])
def test_the_previous_one_of_the_claims_kind_never_fails(sentence: str) -> None:
    """"The previous MacBook Pro", "The 2009 MacBook Pro models" name the one before the
    claim's, whose figure may agree, never fail; unless the claim's is the earlier one."""
    thickness = fact("thick", "The new Retina MacBook Pro is 0.71 inches thick.",
                     "0.71 inches")
    assert vetoed(run(sentence, [thickness], date=dt.date(2012, 6, 11)), "thick",
                  "0.95 inches").veto == "another MacBook"
    earlier = fact("thick", "The previous MacBook Pro was 0.90 inches thick.", "0.90 inches")
    (mention,) = run(sentence.replace("2009", "previous"), [earlier],
                     date=dt.date(2012, 6, 11)).mentions["thick"]
    assert mention.disagrees


def test_a_figure_given_as_the_first_one_beside_its_replacement_never_fails() -> None:
    """"which originally had rated the quake as 4.4", in a sentence that states the fact's
    4.2, is the replaced rating: it may agree, never fail. Without a replacement,
    "initially reported" only says who told it first; and a claim about the first rating
    takes it."""
    magnitude = fact("mag", "The Sunday quake near The Geysers had a magnitude of 4.2.",
                     "magnitude 4.2")
    text = ("The magnitude 4.2 earthquake was recorded at 9:27 a.m. Sunday, according to "
            "the USGS, which originally had rated the quake as 4.4 in magnitude.")
    matches = run(text, [magnitude])
    assert figures(matches, "mag") == ["magnitude 4.2"]
    assert [c.veto for c in matches.near_misses["mag"]
            if c.quantity.text == "4.4 in magnitude"] == ["superseded: originally"]
    first = fact("mag", "The USGS initially rated the Sunday quake near The Geysers at "
                 "magnitude 4.5.", "magnitude 4.5")
    assert any(m.disagrees for m in run(text, [first]).mentions["mag"])
    shaking = fact("shake", "The shaking of the Sunday quake in Cobb lasted about 20 "
                   "seconds.", "about 20 seconds")
    (mention,) = run("Cobb resident Roger Kinney initially reported that the quake lasted "
                     "about 10 seconds, followed by a second shockwave five seconds later.",
                     [shaking]).mentions["shake"]
    assert mention.disagrees


def test_a_claims_bare_number_of_its_measure_is_its_own_figure() -> None:
    """"revised the magnitude ... to 4.2" with `magnitude 4.2` writes the fact's own figure
    as a bare number: it is no other figure of the claim that "The 4.2-magnitude
    earthquake" would restate."""
    magnitude = fact("mag", "The USGS revised the magnitude of Sunday's quake near The "
                     "Geysers to 4.2, down from its original rating.", "magnitude 4.2")
    (mention,) = run("The 4.2-magnitude earthquake near The Geysers was recorded on Sunday.",
                     [magnitude]).mentions["mag"]
    assert not mention.disagrees


def test_the_mark_a_figure_broke_is_its_holders() -> None:
    """"Luck broke Cam Newton's year-old record of 4,051 yards" gives Newton's mark, the
    one broken: no statement of Luck's new record, but of Newton's where the claim names
    him."""
    text = ("Luck broke Cam Newton's year-old record of 4,051 yards passing by a rookie in "
            "the second quarter.")
    new = fact("new", "After the game Andrew Luck's new NFL rookie record for passing yards "
               "stood at 4,183 yards.", "4,183 yards")
    assert vetoed(run(text, [new]), "new", "4,051 yards").veto == (
        "the mark of Cam Newton's")
    old = fact("old", "Cam Newton's rookie record for passing yards had been 4,100 yards.",
               "4,100 yards")
    (mention,) = run(text, [old]).mentions["old"]
    assert mention.disagrees
    # a claim that names the holder as the one whose mark was broken gives the new mark
    broke = fact("broke", "Andrew Luck finished with 4,183 passing yards for the season, an "
                 "NFL rookie record that broke Cam Newton's mark.", "4,183 yards")
    assert vetoed(run(text, [broke]), "broke", "4,051 yards").veto == (
        "the mark of Cam Newton's")


def test_a_claim_of_an_earlier_event_needs_a_word_of_earlier_time() -> None:
    """"The earlier Hawaiian Gardens shooting ... took place on June 20" is not dated by a
    sentence with no word of earlier time ("was fatally shot Friday": the news's own
    shooting), which may agree, never fail; with such a word, a wrong day fails."""
    earlier = fact("earlier", "The earlier Hawaiian Gardens shooting Deputy Jerry Ortiz was "
                   "investigating, in which a man doing yard work was shot in the back, took "
                   "place on June 20, 2005.", "2005-06-20")
    day = dt.date(2005, 6, 25)
    matches = run("A sheriff's deputy interviewing a man outside a Hawaiian Gardens apartment "
                  "was fatally shot Friday when a gunman burst out.", [earlier], date=day)
    assert vetoed(matches, "earlier", "Friday").veto == (
        "the news's own, not the claim's earlier one")
    (mention,) = run("Ortiz was investigating an earlier shooting in Hawaiian Gardens on June "
                     "21, in which a man doing yard work was shot in the back.", [earlier],
                     date=day).mentions["earlier"]
    assert mention.disagrees


def test_the_day_a_claim_counts_from_its_own_is_its_other_events() -> None:
    """"The shooting ..., which Ortiz was investigating when Orozco killed him four days
    later, took place on June 20": June 24 is the killing's day, so "fatally shot Friday"
    (June 24) never fails the shooting's June 20; a day the claim sets nothing at does."""
    shooting = fact("shot", "The shooting of a man in Hawaiian Gardens, which Deputy Jerry "
                    "Ortiz was investigating when Orozco killed him four days later, took "
                    "place on June 20, 2005.", "2005-06-20")
    text = ("A sheriff's deputy interviewing a man outside a Hawaiian Gardens apartment was "
            "fatally shot {} when a gunman burst out.")
    day = dt.date(2005, 6, 25)
    assert vetoed(run(text.format("Friday"), [shooting], date=day), "shot", "Friday").veto == (
        "the claim's other day (four days later)")
    (mention,) = run(text.format("Thursday"), [shooting], date=day).mentions["shot"]
    assert mention.disagrees


def test_another_thing_of_the_claims_kind_may_be_named_by_a_synonym() -> None:
    """"A smaller quake" is another earthquake, the claim's noun's synonym."""
    distance = fact("distance", "The Sunday morning earthquake's epicenter was two miles from "
                    "The Geysers.", "2 miles")
    matches = run("A smaller quake that evening was centered three miles from The Geysers.",
                  [distance], date=dt.date(2009, 1, 5))
    assert vetoed(matches, "distance", "three miles").veto == "another quake"


def test_a_figure_in_an_opening_participial_phrase_is_the_main_subjects() -> None:
    """"Despite rushing for 352 yards, the Kansas City Chiefs lost" gives the team's yards:
    no figure of Jamaal Charles, whom the claim opens with, though it names the Chiefs."""
    rushing = fact("rushing", "Jamaal Charles rushed for 226 yards for the Kansas City Chiefs "
                   "in their loss to the Indianapolis Colts.", "226 yards")
    text = "Despite rushing for 352 yards, {} lost their home finale to the Indianapolis Colts."
    matches = run(text.format("the Kansas City Chiefs"), [rushing])
    assert vetoed(matches, "rushing", "352 yards").veto == (
        "the figure of Kansas City Chiefs")
    (mention,) = run(text.format("Jamaal Charles and the Chiefs"), [rushing]).mentions["rushing"]
    assert mention.disagrees


def test_a_weekday_read_as_any_such_day_tells_no_past() -> None:
    """"let off nine shots on a Friday afternoon" sets the shots on no day: against the
    claim's 13 shots it fails, where "two weeks ago" is past."""
    shots = fact("shots", "Andrew Lopez fired 13 shots in the Brooklyn shooting.", "13 shots")
    text = "Prosecutors say Lopez let off nine shots {}."
    day = dt.date(2013, 4, 26)
    (mention,) = run(text.format("on a Friday afternoon"), [shots], date=day).mentions["shots"]
    assert mention.disagrees
    assert vetoed(run(text.format("two weeks ago"), [shots], date=day), "shots",
                  "nine shots").veto == "told as past: two weeks ago"


def test_another_value_of_the_claims_other_figure_names_another_thing() -> None:
    """"the 13-inch MacBook ... comes with the 2.5GHz" is another model than the claim's
    "11-inch MacBook Air ... 1.7GHz": its figure may agree, never fail. The claim's own
    11-inch still fails a wrong clock speed, and a date still fails its event."""
    cpu = fact("cpu", "The entry-level 11-inch MacBook Air runs a 1.7GHz dual-core Intel Core "
               "i5 processor.", "1.7GHz")
    launch = dt.date(2012, 6, 12)
    matches = run("Instead, the 13-inch MacBook version comes with the 2.5GHz dual-core Intel "
                  "Core i5 processor.", [cpu], date=launch)
    assert vetoed(matches, "cpu", "2.5GHz").veto == "another inch: '13-inch', not '11-inch'"
    (mention,) = run("The 13-inch MacBook Air comes with the 1.7GHz dual-core Intel Core i5 "
                     "processor.", [cpu], date=launch).mentions["cpu"]
    assert not mention.disagrees
    (mention,) = run("The 11-inch MacBook Air comes with the 2.5GHz dual-core Intel Core i5 "
                     "processor.", [cpu], date=launch).mentions["cpu"]
    assert mention.disagrees
    # a figure of the event the claim counts from is no other thing the sentence speaks of
    window = fact("window", "Five more small quakes near The Geysers were reported in the "
                  "half-hour after the 2.0-magnitude aftershock.", "30 minutes")
    matches = run("Five more small quakes of magnitude 1.0 to 1.9 were reported near The "
                  "Geysers in the following two hours.", [window])
    assert [m.quantity.text for m in matches.mentions["window"] if m.disagrees] == ["two hours"]
    # "the following half-hour" is the time after the event just told, as "half-hour after"
    (mention,) = run("Five more small quakes of magnitude 1.0 to 1.9 were reported near The "
                     "Geysers in the following half-hour.", [window]).mentions["window"]
    assert not mention.disagrees
    # a date is its event's, whatever else the sentence says: a preliminary magnitude
    quake = fact("quake", "A magnitude 4.2 earthquake struck near The Geysers on Sunday, "
                 "January 4, 2009.", "2009-01-04")
    (mention,) = run("A 4.4-magnitude earthquake struck near The Geysers on Monday morning.",
                     [quake], date=dt.date(2009, 1, 6)).mentions["quake"]
    assert mention.quantity.text == "Monday" and mention.disagrees


def test_a_figure_after_a_sibling_its_sentence_names_is_the_siblings() -> None:
    """"The next-generation MacBook Pro's innards ...: up to 768GB of internal flash
    storage" is the Pro's, never the Air's; a possessive makes no name ("Ukraine's
    Crimean Peninsula" is no sibling of "Ukraine's Donbas region"), nor do two people of
    one surname make a line."""
    air = fact("flash", "The 2012 MacBook Air can be configured with up to 512 GB of flash "
               "storage.", "up to 512 GB")
    text = ("The next-generation MacBook Pro's innards are equally impressive: up to 16GB of "
            "memory; up to 768GB of internal flash storage.")
    assert vetoed(run(text, [air]), "flash", "up to 768GB").veto == (
        "about the macbook pro, which its sentence names")
    deaths = fact("deaths", "The separatist conflict in eastern Ukraine's Donbas region has "
                  "killed more than 14,000 people since 2014.", "more than 14,000 people")
    (mention,) = run("In 2014, Russia annexed Ukraine's Crimean Peninsula and backed an "
                     "insurgency in the east, where fighting has killed over 21,000 people.",
                     [deaths]).mentions["deaths"]
    assert mention.disagrees


def test_an_article_titled_for_a_sibling_of_the_claims_name_is_about_that_sibling() -> None:
    """Titled "Apple unveils cheaper MacBook Air", an article that writes "MacBook Air" is
    about the Air: against "The MacBook Pro with Retina display weighs 4.46 pounds", its
    "2.38 pounds for the lightest one" may agree, never fail. A sentence that names the
    Pro, a title that names both, an abbreviated name ("Mat Maid" for "Matanuska Maid")
    or a title written only in the title leave the figure as any. A sentence that opens
    with a pronoun after one that names the Air is about the Air too."""
    weight = fact("weight", "The MacBook Pro with Retina display weighs 4.46 pounds.",
                  "4.46 pounds")
    text = ("Apple has updated its MacBook Air line. What hasn't changed is the form "
            "factor, weighing in at 2.38 pounds for the lightest one.")
    air = "Apple unveils cheaper Ivy Bridge-powered MacBook Air"
    matches = run(text, [weight], title=air)
    assert vetoed(matches, "weight", "2.38 pounds").veto == (
        "about the macbook air, which the title names")
    (mention,) = run(text.replace("at 2.38", "at 4.46"), [weight], title=air).mentions["weight"]
    assert not mention.disagrees
    for text_, title in ((text.replace("the lightest one", "the MacBook Pro"), air),
                         (text, "Apple Unveils New MacBook Air, Next-Generation MacBook Pro"),
                         (text.replace("MacBook Air line", "laptops"), air)):
        (mention,) = run(text_, [weight], title=title).mentions["weight"]
        assert mention.disagrees, (text_, title)
    # a sentence that opens with a pronoun after one that names the sibling is about it
    storage = fact("storage", "The MacBook Pro with Retina display holds up to 768GB of flash "
                   "storage.", "up to 768GB")
    text = "The MacBook Air gets faster chips. It also gets up to 512GB of flash storage."
    assert vetoed(run(text, [storage]), "storage", "up to 512GB").veto == (
        "about the macbook air, which the sentence before names")
    for other in (text.replace("Air", "Pro"), text.replace("It also", "The MacBook Pro")):
        (mention,) = run(other, [storage]).mentions["storage"]
        assert mention.disagrees, other
    equipment = fact("equipment", "More than 30 pieces of firefighting equipment fought the "
                     "Matanuska Maid warehouse fire.", "more than 30 pieces")
    (mention,) = run("The Mat Maid plant burned. In all, 19 pieces of firefighting equipment "
                     "responded.", [equipment], title="Farewell to the Mat Maid").mentions[
                         "equipment"]
    assert mention.disagrees


def test_what_something_holds_is_no_count_of_what_was_done() -> None:
    """"Gray's gun was loaded with four bullets" counts a load, no shots fired; against a
    claim that counts the load, "hit by seven bullets" is no load, while "loaded with six
    bullets" still fails it."""
    shots = fact("shots", "Two plainclothes officers fired 11 shots at Kimani Gray.", "11 shots")
    load = fact("load", "The revolver police recovered from Kimani Gray was loaded with four "
                "bullets.", "4 bullets")
    day = dt.date(2013, 3, 12)
    matches = run("Police say Gray's gun was loaded with four bullets.", [shots], date=day)
    assert vetoed(matches, "shots", "four bullets").veto == "what something holds"
    matches = run("An autopsy showed Kimani Gray was hit by seven bullets.", [load], date=day)
    assert vetoed(matches, "load", "seven bullets").veto == "no load, which the claim counts"
    (mention,) = run("Police say Kimani Gray's revolver was loaded with six bullets.", [load],
                     date=day).mentions["load"]
    assert mention.disagrees


def test_what_a_thing_holds_is_a_count_of_contents_not_of_a_measure() -> None:
    """"The shotgun holds five shells" is what it holds, no count of the shells found;
    a device that "holds up to 768GB" states its capacity, the claim's own measure."""
    shells = fact("shells", "Police found three live shells along with the shotgun in the car.",
                  "3 shells")
    matches = run("Officers found a shotgun in the car. The shotgun holds five shells.", [shells])
    assert vetoed(matches, "shells", "five shells").veto == "what something holds"
    storage = fact("storage", "The new MacBook Pro can be configured with up to 768GB of flash "
                   "storage.", "up to 768GB")
    assert figures(run("The new MacBook Pro holds up to 768GB of flash storage.", [storage]),
                   "storage") == ["up to 768GB"]


def test_a_count_among_parts_of_a_total_the_article_states_is_a_part() -> None:
    """After "Seven bullets hit Mr. Gray", "Two bullets struck from the front; one bullet
    entered his left side" tells where two of the seven hit: one of the parts. Without
    the total stated elsewhere, or where the counts add up to more, it still fails."""
    hit = fact("hit", "The autopsy found that seven police bullets struck Kimani Gray's body.",
               "seven bullets")
    total = "Seven bullets hit Mr. Gray, the medical examiner said. "
    parts = ("Two bullets struck from the front, hitting his right thigh; one bullet entered "
             "his left side.")
    day = dt.date(2013, 3, 14)
    matches = run(total + parts, [hit], date=day)
    assert figures(matches, "hit") == ["Seven bullets"]
    assert near(matches, "hit", "Two bullets").veto == (
        "one of the parts of a total the article states")
    for text in (parts, total + parts.replace("one bullet", "nine bullets")):
        assert any(m.disagrees and m.quantity.text == "Two bullets"
                   for m in run(text, [hit], date=day).mentions["hit"]), text


def test_counts_of_one_noun_in_a_sentence_are_parts_of_their_sum() -> None:
    """"shot to death one person and injured two others": "others" counts people too, so
    the two counts are parts of the three shot, and "two others" gives the two wounded.
    Against either fact neither part fails; counts that add up to another figure, none of
    them the fact's, still do."""
    shot = fact("shot", "The gunman shot three people at the accounting firm, killing one.",
                "three people")
    wounded = fact("wounded", "Two partners of the accounting firm were wounded in the "
                   "shooting that killed its receptionist.", "two partners")
    text = ("A Michigan man shot to death one person and injured two others Monday at the "
            "accounting firm.")
    day = dt.date(2007, 4, 10)
    assert vetoed(run(text, [shot], date=day), "shot", "two others").veto == (
        "one of the parts the sentence gives")
    assert vetoed(run(text, [wounded], date=day), "wounded", "one person").veto == (
        "one of the parts the sentence gives")
    other = text.replace("two others", "four others")
    assert any(m.disagrees and m.quantity.text == "four others"
               for m in run(other, [shot], date=day).mentions["shot"])
    assert any(m.disagrees and m.quantity.text == "one person"
               for m in run(other, [wounded], date=day).mentions["wounded"])


def test_a_figure_passing_a_mark_the_claim_names_is_beyond_it() -> None:
    """"2,117 career points, passing Rodney Buford's career mark" is McDermott's total,
    beyond the 2,116 the claim gives Buford: it may agree, never fail. A mark the claim
    does not name leaves the figure as any: "4,051 yards - breaking Cam Newton's record"
    still fails Luck's 4,183."""
    record = fact("record", "The Creighton career scoring record McDermott broke, held by "
                  "Rodney Buford since 1999, stood at 2,116 points.", "2,116 points")
    matches = run("It gave him 2,117 career points, passing Rodney Buford's career mark that "
                  "had stood since 1999.", [record])
    assert vetoed(matches, "record", "2,117 career points").veto == "passes Rodney Buford's"
    luck = fact("luck", "Andrew Luck ended the season with 4,183 passing yards, a new NFL "
                "rookie record.", "4,183 yards")
    (mention,) = run("Andrew Luck set the NFL rookie record for passing yards in a season with "
                     "4,051 yards, breaking Cam Newton's record.", [luck]).mentions["luck"]
    assert mention.disagrees


def test_a_total_as_it_passed_a_mark_is_no_total_at_the_end() -> None:
    """Against a claim that tells of no mark ("After the win, McDermott had 2,129 career
    points"), "2,117 career points, passing Rodney Buford's career mark" and "passed
    Rodney Buford to become the all-time scoring leader with 2,117 points" are his total
    at that moment: they may agree, never fail. Without the passing the figure fails."""
    total = fact("total", "After the win over Drake, Doug McDermott had 2,129 career points, "
                 "the most in Creighton history.", "2,129 points")
    day = dt.date(2013, 3, 9)
    for text, figure, mark in (
            ("It gave McDermott 2,117 career points, passing Rodney Buford's career mark.",
             "2,117 career points", "Rodney Buford's"),
            ("McDermott passed Rodney Buford to become the all-time scoring leader with 2,117 "
             "points.", "2,117 points", "Rodney Buford")):
        assert vetoed(run(text, [total], date=day), "total", figure).veto == (
            f"a total as it passed {mark}"), text
    (mention,) = run("McDermott became the all-time scoring leader with 2,117 career points.",
                     [total], date=day).mentions["total"]
    assert mention.disagrees
    passed = "McDermott passed Rodney Buford to become the scoring leader with 2,117 points."
    finished = fact("finished", "Doug McDermott finished the Drake game with 2,129 career "
                    "points, Creighton's all-time scoring record.", "2,129 points")
    assert vetoed(run(passed, [finished], date=day), "finished", "2,117 points").veto == (
        "a total as it passed Rodney Buford")  # told at the end, though of a record
    set_it = passed.replace("become the scoring leader", "set the scoring record")
    assert any(m.disagrees for m in run(set_it, [finished], date=day).mentions["finished"])
    after = fact("after", "After the Drake game Doug McDermott had 2,129 career points, the "
                 "Creighton scoring record.", "2,129 points")  # "after the game": the end
    assert vetoed(run(passed, [after], date=day), "after", "2,117 points").veto == (
        "a total as it passed Rodney Buford")
    record = fact("record", "Doug McDermott set Creighton's all-time scoring record with "
                  "2,129 career points.", "2,129 points")
    assert any(m.disagrees for m in run(passed, [record], date=day).mentions["record"])


def test_a_total_at_the_start_is_no_total_at_the_end() -> None:
    """"He had entered the game with 2,106 points" is McDermott's total before the game,
    never the claim's "After the Drake game McDermott had 2,129 career points"; a claim of
    no end takes it."""
    text = "McDermott had entered the Drake game with 2,106 points."
    after = fact("after", "After the Drake game Doug McDermott had 2,129 career points.",
                 "2,129 points")
    assert vetoed(run(text, [after]), "after", "2,106 points").veto == (
        "a total as it entered")
    career = fact("career", "Doug McDermott has 2,129 career points.", "2,129 points")
    (mention,) = run(text, [career]).mentions["career"]
    assert mention.disagrees


def test_a_mark_set_in_the_news_is_beyond_the_mark_that_stood_before() -> None:
    """"a career-high 14 points" is a mark set in the news, never the claim's "Before the
    Drake game, Artino's career high was 13 points"; "a game-high 14" is no mark over time,
    and a claim of the mark set takes it, a wrong one failing."""
    before = fact("before", "Before the Drake game, Creighton center Will Artino's career "
                  "high was 13 points.", "13 points")
    text = "Will Artino finished with a {} 14 points for Creighton against Drake."
    assert vetoed(run(text.format("career - high"), [before]), "before",
                  "14 points").veto == "a new mark: career - high"
    matches = run("Creighton fans saw a record 14 points from Artino, up from a career high "
                  "of 13 before the Drake game.", [before])
    assert figures(matches, "before") == ["13"]
    assert near(matches, "before", "14 points").veto == "a new mark: record"
    (mention,) = run(text.format("game-high"), [before]).mentions["before"]
    assert mention.disagrees
    new = fact("new", "Will Artino scored a career-high 14 points for Creighton against "
               "Drake.", "14 points")
    (mention,) = run(text.format("career - high").replace("14", "15"), [new]).mentions["new"]
    assert mention.disagrees


def test_a_claims_mark_before_the_news_is_stated_only_as_a_mark() -> None:
    """Against "Before the Drake game, Artino's career high was 13 points", a figure its
    sentence tells as no mark ("scored 14 points off the bench") is the game's own, and
    one that went beyond a mark ("His 14 points bettered his career high of 13") is past
    it: both may agree, never fail. A figure told as the mark still fails when wrong."""
    before = fact("before", "Before the Drake game, Creighton center Will Artino's career "
                  "high was 13 points.", "13 points")
    matches = run("Will Artino scored 14 points off the bench for Creighton against Drake.",
                  [before])
    assert vetoed(matches, "before", "14 points").veto == "told as no mark"
    matches = run("Artino was never better against Drake. His 14 points bettered his career "
                  "high of 13.", [before])
    assert figures(matches, "before") == ["13"]
    assert near(matches, "before", "14 points").veto == "beyond the career high"
    (mention,) = run("Before the Drake game, Will Artino's career high for Creighton was 12 "
                     "points.", [before]).mentions["before"]
    assert mention.disagrees


def test_a_date_of_the_crime_a_dated_legal_step_is_for_is_the_crimes() -> None:
    """"convicted Warren Jeffs in September 2007 of ... arranging an underage follower's
    marriage": "the 2001 marriage" dates the crime, another event; a date of the
    conviction itself is still the claim's, and a wrong one still fails."""
    conviction = fact("conviction", "A Utah jury convicted Warren Jeffs in September 2007 of "
                      "being an accomplice to rape for arranging an underage follower's "
                      "marriage to her cousin.", "2007-09-01 to 2007-09-30")
    held = ("Jeffs had been held since his {} on two charges of rape as an accomplice for his "
            "role in the {} of an underage follower to her cousin.")
    later = dt.date(2010, 12, 2)
    matches = run(held.format("arrest", "2001 marriage"), [conviction], date=later)
    assert vetoed(matches, "conviction", "2001").veto == (
        "dates the marriage, what the claim's step is for")
    (mention,) = run(held.format("2005 conviction", "marriage"), [conviction],
                     date=later).mentions["conviction"]
    assert mention.quantity.text == "2005" and mention.disagrees
    # only a date that modifies the crime's noun: one after it is the step's, as news
    # writes "found guilty of sexual assault on Wednesday"
    (mention,) = run("A Texas jury found Warren Jeffs guilty of child sexual assault on "
                     "Wednesday.", [TEXAS_VERDICT], date=dt.date(2011, 8, 5)).mentions["verdict"]
    assert mention.disagrees
    # a date right after a past verb of the crime is the crime's too
    sentencing = fact("sentencing", "Andrew Lopez was due to be sentenced for the murder of "
                      "Zurana Horton on May 7, 2013.", "2013-05-07")
    matches = run("Andrew Lopez was convicted last month. Zurana Horton was killed on "
                  "Oct. 21, 2011 in Brooklyn.", [sentencing], date=dt.date(2013, 4, 11))
    assert vetoed(matches, "sentencing", "Oct. 21, 2011").veto == (
        "dates when it was killed, what the claim's step is for")
    # as does one after that verb and its victim, whose age may be set off between
    matches = run("The footage was shown at the trial of two men charged with killing Zurana "
                  "Horton, 34, on Oct. 21, 2011.", [sentencing], date=dt.date(2013, 4, 11))
    assert vetoed(matches, "sentencing", "Oct. 21, 2011").veto == (
        "dates the killing of Horton, what the claim's step is for")


def test_a_date_in_the_possessive_dates_its_noun_not_the_verb_before() -> None:
    """"officials said Thursday's call lasted 50 minutes": Thursday is the call's day."""
    call = fact("call", "Biden and Putin spoke by phone on Thursday, December 30, 2021.",
                "2021-12-30")
    for possessive in ("Thursday's", "Thursday’s"):
        text = f"White House officials said {possessive} phone call lasted 50 minutes."
        assert figures(run(text, [call], date=dt.date(2021, 12, 31)), "call") == ["Thursday"]
    matches = run("White House officials said Thursday the phone call lasted 50 minutes.",
                  [call], date=dt.date(2021, 12, 31))
    assert near(matches, "call", "Thursday").veto == "the day it was said"


def test_a_date_opening_its_sentence_dates_the_clauses_verb() -> None:
    """"In October 2011, Lopez and his half-brother, 24, were arrested" dates the arrest,
    not the trial the claim dates; where a word of the claim comes first ("plead
    guilty"), the clause tells the claim's event whatever verb follows."""
    trial = fact("trial", "The murder trial of Andrew Lopez and Jonathan Carrasquillo was "
                 "set to resume on April 15, 2013.", "2013-04-15")
    text = ("In October 2011, Lopez and his half-brother Jonathan Carrasquillo, 24, were "
            "arrested in connection with the murder.")
    matches = run(text, [trial], date=dt.date(2013, 4, 12))
    assert vetoed(matches, "trial", "October 2011").veto == "dates what was arrested"
    plea = fact("plea", "Vincent Gigante pleaded guilty to obstruction of justice in a "
                "Brooklyn court in April 2003.", "2003-04-01 to 2003-04-30")
    text = ("In April 2003, Gigante plead guilty to charges he feigned mental illness in the "
            "1990s, adding three years to his sentence.")
    assert figures(run(text, [plea], date=dt.date(2005, 12, 20)), "plea") == ["April 2003"]


def test_a_date_right_after_another_verb_dates_that_event() -> None:
    """"46 were arrested Wednesday" dates the arrests, not the shooting the claim dates;
    the claim's own verb, a light verb or another form of the claim's word leave it."""
    shooting = fact("shooting", "Two plainclothes officers shot Kimani Gray in East Flatbush "
                    "on Saturday night, January 8, 2022.", "2022-01-08")
    matches = run("In East Flatbush, 46 protesters were arrested Saturday night.", [shooting])
    assert vetoed(matches, "shooting", "Saturday").veto == "dates what was arrested"
    # across the named place after the verb too, or a short object with no figure
    matches = run("Kimani Gray's friend, who was evicted from East Flatbush on Saturday, saw "
                  "two plainclothes officers shoot him.", [shooting])
    assert near(matches, "shooting", "Saturday").veto == "dates what was evicted"
    matches = run("The officers who shot Kimani Gray in East Flatbush issued a statement "
                  "Saturday night.", [shooting])
    assert near(matches, "shooting", "Saturday").veto == "dates what was issued"
    matches = run("Officers fanned out across East Flatbush late Saturday in search of "
                  "Kimani Gray's friends.", [shooting])
    assert near(matches, "shooting", "Saturday").veto == "dates what was fanned"
    # and across an hour named in words: "arrested around midnight Saturday"
    matches = run("In East Flatbush, 46 protesters were arrested shortly before midnight "
                  "Saturday.", [shooting])
    assert vetoed(matches, "shooting", "Saturday").veto == "dates what was arrested"
    for text in ("Kimani Gray was shot Saturday night in East Flatbush by two officers.",
                 "A vigil for Kimani Gray, shot in East Flatbush, was held Saturday night.",
                 "Two plainclothes officers shot Kimani Gray in East Flatbush on Saturday.",
                 "Two plainclothes officers hit Kimani Gray seven times Saturday in East "
                 "Flatbush."):
        assert figures(run(text, [shooting]), "shooting") == ["Saturday"], text
    vote = fact("vote", "The Greek parliament was due to vote on the austerity bill on "
                "Thursday, January 13, 2022.", "2022-01-13")
    assert figures(run("The austerity bill is to be voted on Thursday in parliament.", [vote]),
                   "vote") == ["Thursday"]


def test_a_month_after_another_verb_and_in_dates_that_event() -> None:
    """"in" takes a month as "on" takes a day: "was indicted in July, 2008" dates the
    indictment, not the raid; the claim's own verb keeps the date. A year alone dates too
    much ("He was honoured in 2004" may be the medal a claim dates to 2004)."""
    raid = fact("raid", "Texas authorities raided the FLDS ranch near Eldorado, Texas, in "
                "April 2008.", "April 2008")
    text = "Jeffs was indicted in July, 2008, by a grand jury in Eldorado, Texas, near the ranch."
    assert vetoed(run(text, [raid]), "raid", "July, 2008").veto == "dates what was indicted"
    (mention,) = run("Texas authorities raided the ranch near Eldorado in July, 2008.",
                     [raid]).mentions["raid"]
    assert mention.disagrees


def test_a_date_between_subject_and_verb_dates_another_facts_verb() -> None:
    """"Palmer voters in 2010 approved a $3 million bond" dates the vote, which another
    fact of the story tells, not the fire, though the bond's claim shares its places;
    a verb no other fact has ("A Palmer crew on Tuesday fought the fire") may be the
    claim's event in other words, and is left to the evidence."""
    fire = fact("fire", "Fire destroyed the historic Matanuska Maid warehouse in Palmer early "
                "on Tuesday, August 7, 2012.", "2012-08-07")
    bond = fact("bond", "Palmer voters approved a $3 million bond to buy the historic Mat "
                "Maid properties.", "$3 million")
    text = ("Fire destroyed the historic Mat Maid warehouse in Palmer on Tuesday. Palmer "
            "voters in 2010 approved a $3 million bond to buy the property.")
    matches = run(text, [fire, bond], date=dt.date(2012, 8, 8))
    assert figures(matches, "fire") == ["Tuesday"]
    assert near(matches, "fire", "2010").veto == "dates what was approved"
    text = "A Palmer crew on Tuesday fought the fire at the historic Mat Maid warehouse."
    (mention,) = run(text, [fire, bond], date=dt.date(2012, 8, 8)).mentions["fire"]
    assert mention.quantity.text == "Tuesday" and not mention.veto


def test_a_verb_of_occurring_leaves_the_event_to_its_noun() -> None:
    """"The shooting happened Monday" dates the shooting: "happened" and "occurred", like
    "took place", say only that the event did."""
    earlier = fact("earlier", "A man doing yard work was shot in the back in Hawaiian Gardens "
                   "on June 20, 2005.", "2005-06-20")
    for text in ("The shooting of a man doing yard work in Hawaiian Gardens happened Monday.",
                 "Orozco was a suspect in the shooting of a man doing yard work that occurred "
                 "in Hawaiian Gardens on Monday."):
        assert figures(run(text, [earlier], date=dt.date(2005, 6, 22)), "earlier") == [
            "Monday"], text


def test_a_date_after_a_verb_and_the_word_completing_it_dates_that_verb() -> None:
    """"turned violent Monday night" dates the vigil's turn, not the shooting; "was found
    guilty Tuesday" tells a conviction, whose claim has the completing word."""
    shooting = fact("shooting", "Two plainclothes officers shot Kimani Gray in East Flatbush "
                    "on Saturday night, March 9, 2013.", "2013-03-09")
    matches = run("A vigil for Kimani Gray, shot by two plainclothes officers, turned violent "
                  "Monday night in East Flatbush.", [shooting], date=dt.date(2013, 3, 12))
    assert vetoed(matches, "shooting", "Monday").veto == "dates what was turned"
    verdict = fact("verdict", "A Brooklyn jury convicted Andrew Lopez of murder on Tuesday, "
                   "May 7, 2013.", "2013-05-07")
    matches = run("Andrew Lopez was found guilty Tuesday of murder in Brooklyn.", [verdict],
                  date=dt.date(2013, 5, 8))
    assert figures(matches, "verdict") == ["Tuesday"]


def test_a_date_after_a_passive_and_its_agent_dates_that_verb() -> None:
    """"killed by police bullets on Saturday" dates the killing, not the riot the vigil
    turned into; a figure of how often may stand between ("shot 11 times by police")."""
    riot = fact("riot", "The candlelight vigil for Kimani Gray in East Flatbush turned into a "
                "riot on Monday night, March 11, 2013.", "2013-03-11")
    for text, verb in (
            ("The march grew out of a candlelight vigil for Kimani Gray, 16, killed by police "
             "bullets on Saturday.", "killed"),
            ("Hundreds joined a candlelight vigil in East Flatbush, where Kimani Gray was shot "
             "11 times by police on Saturday.", "shot")):
        matches = run(text, [riot], date=dt.date(2013, 3, 12))
        assert vetoed(matches, "riot", "Saturday").veto == f"dates what was {verb}"
    matches = run("The candlelight vigil for Kimani Gray was turned into a riot by protesters "
                  "on Monday.", [riot], date=dt.date(2013, 3, 12))
    assert figures(matches, "riot") == ["Monday"]


def test_a_mark_between_the_reporting_word_and_the_date_frees_the_date() -> None:
    """"Ortiz was killed, police said, Monday": the comma ends the report."""
    killing = fact("killing", "Deputy Jerry Ortiz was murdered in Hawaiian Gardens on Monday, "
                   "January 3, 2022.", "2022-01-03")
    matches = run("Deputy Ortiz was murdered in Hawaiian Gardens, police said, Monday.",
                  [killing])
    considered = matches.mentions["killing"] + matches.near_misses["killing"]
    assert considered and not any(c.veto.startswith("the day it was") for c in considered)


def test_a_date_after_but_dates_another_statement() -> None:
    """"jailed for 12 years, but it took until 2003 to admit his sham": 2003 neither
    dates the 12 years nor restates the plea's date."""
    sentence_ = fact("sentence", "In 1997 Vincent Gigante was jailed for 12 years for "
                     "racketeering.", "12 years")
    plea = fact("plea", "When Gigante admitted his sham in April 2003, three years were "
                "added to his term.", "three years")
    matches = run("Gigante was jailed for 12 years, but it took until 2003 for him to admit "
                  "his sham.", [sentence_, plea])
    assert figures(matches, "plea") == []
    assert figures(matches, "sentence") == ["12 years"]


def test_a_number_of_times_counts_what_the_verb_did() -> None:
    hits = fact("hits", "Police officers hit Kimani Gray with seven bullets.", "7 bullets")
    assert figures(run("Police officers hit Kimani Gray eleven times.", [hits]),
                   "hits") == ["eleven times"]


def test_a_hyphenated_word_spaced_apart_is_still_the_claims_word() -> None:
    """Tokenized news writes "career - high"; the claim writes "career-high"."""
    artino = fact("artino", "Will Artino scored a career-high 14 points off the bench.",
                  "14 points")
    (mention,) = run("He finished with a career - high 21 points and six rebounds.",
                     [artino]).mentions["artino"]
    assert mention.quantity.text == "21 points" and mention.disagrees
    assert "high" in mention.shared
    assert run("He finished with a career - best 21 points and six rebounds.",
               [artino]).mentions["artino"] == []


def test_the_builtin_synonyms_have_no_repeated_key() -> None:
    """YAML keeps the last of two equal keys silently, which would drop synonyms."""
    from importlib import resources

    import yaml
    text = resources.files("checks").joinpath("data/aliases.yaml").read_text()
    keys = [node.value for node, _ in yaml.compose(text).value]
    assert len(keys) == len(set(keys))


def test_the_claims_own_word_before_its_figure_stays_distinctive() -> None:
    """Every sentence says "mother", yet only the children fact puts it before its figure."""
    children = fact("children", "Zurana Horton was the mother of 12 children.", "12 children")
    age = fact("age", "Zurana Horton was 34 years old when she was shot dead in Brooklyn.",
               "34 years")
    filler = " ".join(f"Witness {n} saw the mother fall." for n in range(40))
    text = f"{filler} The mother, a nurse, was 34 years old. Neighbours mourned a mother of 12."
    assert figures(run(text, [children, age]), "children") == ["12"]
    from checks.matching import Matcher
    alone = Matcher([children]).profiles[0]
    assert alone.own == frozenset()  # one fact: nothing to tell apart


def test_a_word_of_another_clause_says_less_of_a_count() -> None:
    from checks.matching.attachment import CLAUSE_GAP, _clause_gap
    from checks.matching.sentences import word_span

    def gaps(text: str, figure: int = 0) -> dict[str, int]:
        reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK, text=text))
        sentence = reading.sentences[0]
        q = reading.quantities[figure]
        gap = _clause_gap(sentence, *word_span(sentence, q.start, q.end))
        return {w.surface: gap(w.index) for w in sentence.words}

    died = gaps("A receptionist died and two men were wounded by gunfire.")
    assert died["died"] == CLAUSE_GAP and died["wounded"] == 0
    part = gaps("Three bank workers, two women and a man, were killed in the fire.", 1)
    assert part["killed"] == CLAUSE_GAP  # "and a man" opens another conjunct: a part
    union = gaps("The European Union and the IMF agreed to 110 billion euros; Athens cheered.")
    assert union["Union"] == 0 and union["Athens"] == CLAUSE_GAP


def test_a_bare_number_keeps_the_word_its_noun_is_understood_from() -> None:
    """"two men" comes first, but "mother" belongs to the 12 it leaves its noun to."""
    children = fact("children", "Zurana Horton was the mother of 12 children.", "12 children")
    matches = run("Two men went on trial for killing a Brownsville mother of 12.", [children])
    assert figures(matches, "children") == ["12"]


def test_a_mention_that_would_fail_needs_more_evidence() -> None:
    """A failure for nothing costs an editor more than a miss: between THRESHOLD and
    FAIL_THRESHOLD, a figure the fact agrees with is a mention and one it disagrees with
    is not."""
    from checks.matching import FAIL_THRESHOLD, THRESHOLD
    from checks.quantities import find_quantities

    (q,) = find_quantities("50 minutes")
    score = (THRESHOLD + FAIL_THRESHOLD) / 2
    agreeing = Candidate(CALL, q, 0, score, ("call", "lasted"))
    assert agreeing.matches
    assert not Candidate(CALL, q, 0, score, ("call", "lasted"), disagrees=True).matches
    assert Candidate(CALL, q, 0, FAIL_THRESHOLD, ("call", "lasted"), disagrees=True).matches


def test_a_date_before_its_noun_does_not_take_the_verb_before_it() -> None:
    convicted = fact("convicted", "A Norwalk jury convicted Jose Luis Orozco of murder on "
                     "March 20, 2007.", "2007-03-20")
    matches = run("Orozco was also convicted of the June 20, 2005 attempted murder of a man "
                  "shot in the back in Hawaiian Gardens.", [convicted], date=dt.date(2007, 3, 21))
    assert figures(matches, "convicted") == []
    reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK,
                           text="He was born on the 5th of May in Athens."))
    from checks.matching.attachment import _attributive
    assert not _attributive(reading, 0)  # "the 5th of May" modifies no noun


def test_a_count_of_people_by_its_parts_states_the_total() -> None:
    deaths = fact("deaths", "Three employees of a bank branch in Athens died in the fire.",
                  "3 people")
    matches = run("Police said two women and one man died at a bank branch in Athens.", [deaths])
    assert figures(matches, "deaths") == ["two women and one man"]
    from checks.matching.reading import _with_totals
    from checks.quantities import find_quantities

    def totals(text: str) -> list[tuple[str, float]]:
        return [(q.text, q.value) for q in _with_totals(text, find_quantities(text))
                if q.unit == "people"]

    assert totals("a man and two women died") == [("a man and two women", 3)]
    assert totals("two men, three women and two children were hurt") == [
        ("two men, three women and two children", 7)]
    assert totals("The three bank workers - two women and a man - died") == []  # restated
    assert totals("two women died and one man was hurt") == []  # not one list
    # a count marked as the whole is no further part: one total, not 11 + 12
    assert totals("Jeffs and 11 other men, 12 men in all, were charged") == []
    assert totals("two men, three women, five people all told, were hurt")[0] == (
        "two men, three women", 5)
    others = fact("others", "Besides Warren Jeffs, 11 other sect men were charged in Texas.",
                  "11 men")
    (mention,) = run("Jeffs and 11 other sect men, 12 men in all, were charged in Texas.",
                     [others]).mentions["others"]
    assert (mention.quantity.text, mention.disagrees) == ("11 other sect men", False)


def test_a_part_of_a_figured_whole_states_a_claim_of_such_a_part() -> None:
    """Against "Gigante won 21 of his 25 bouts", "winning 21 of 25 light-heavyweight
    bouts" states the 21 in the whole's noun, and "winning 19 of 25 bouts" fails it;
    against a claim of no part ("Gigante won 21 bouts"), the part stays a part."""
    wins = fact("wins", "As a teenage light-heavyweight club boxer, Gigante won 21 of his 25 "
                "bouts.", "21 bouts")
    text = "Gigante fought in clubs around town, winning {} of 25 light-heavyweight bouts."
    (mention,) = run(text.format("21"), [wins]).mentions["wins"]
    assert (mention.quantity.text, mention.disagrees) == ("21", False)
    (mention,) = run(text.format("19"), [wins]).mentions["wins"]
    assert mention.disagrees
    total = fact("total", "As a teenage club boxer, Gigante won 21 bouts.", "21 bouts")
    assert near(run(text.format("19"), [total]), "total", "19").veto == "a part of a whole"


def test_a_number_of_those_who_counts_people() -> None:
    """"All seven of those who have been prosecuted were convicted" counts people: it
    states "Seven FLDS men ... have been convicted", and "six of those who" fails it. A
    bare number "of those that" counts things, and stays bare."""
    convicted = fact("convicted", "Seven FLDS men prosecuted in Texas after the ranch raid "
                     "have been convicted.", "7 men")
    text = "All {} of those {} have been prosecuted in Texas since the ranch raid were convicted."
    (mention,) = run(text.format("seven", "who"), [convicted]).mentions["convicted"]
    assert (mention.quantity.unit, mention.disagrees) == ("people", False)
    (mention,) = run(text.format("six", "who"), [convicted]).mentions["convicted"]
    assert mention.disagrees
    assert vetoed(run(text.format("seven", "that"), [convicted]), "convicted",
                  "seven").veto == "no counted noun"


def test_a_number_of_them_counts_what_the_figure_before_it_counts() -> None:
    rushing = fact("rushing", "The Chiefs rushed for 352 yards against the Colts.", "352 yards")
    matches = run("The Colts gave up 507 total yards, 352 of them rushing by the Chiefs.",
                  [rushing])
    assert figures(matches, "rushing") == ["352"]  # not the 507, which would fail
    # a claim whose figure a word splits ("352 rushing yards") still knows it for the
    # fact's own, not another figure it names, which would veto the article's 352 and
    # lend its figure to the 507
    piled = fact("piled", "The Kansas City Chiefs piled up 352 rushing yards against the "
                 "Colts.", "352 yards")
    assert [c.label for c in profile(piled, synonym_groups({})).concepts if c.figure] == []
    matches = run("The Colts gave up 507 total yards, 352 of them on the ground.", [piled])
    assert not any("352" in label for c in matches.mentions["piled"] for label in c.shared)
    assert figures(matches, "piled") == ["352"]
    from checks.matching.reading import _with_units_taken
    from checks.quantities import find_quantities

    def units(text: str) -> list[tuple[str, str]]:
        return [(q.text, q.unit) for q in _with_units_taken(text, find_quantities(text))]

    assert units("seven bridges were damaged, two of which collapsed") == [
        ("seven bridges", "bridge"), ("two", "bridge")]
    assert units("killed 40 people. 10 of them were children") == [
        ("40 people", "people"), ("10", "")]  # another sentence
    assert units("three tanks crossed, five of them at night") == [
        ("three tanks", "tank"), ("five", "")]  # a part is never more than its whole


def test_a_figure_given_as_a_share_of_the_whole_states_no_whole() -> None:
    """"the country's share of the bailout euro22 billion" is a share: against the whole
    bailout it may agree, never fail. A figure that goes on to the whole's noun ("a share
    of the €100 billion bailout") or is called a total is the whole's own."""
    bailout = fact("bailout", "Greece agreed a €110 billion bailout from eurozone countries "
                   "and the IMF.", "€110 billion")
    text = ("Lawmakers in Berlin were urged to pass the country's share of the bailout euro22 "
            "billion ($28 billion) over three years.")
    assert vetoed(run(text, [bailout]), "bailout", "euro22 billion").veto == (
        "a share: share of the bailout")
    (mention,) = run("Greece will get a share of the €100 billion bailout from eurozone "
                     "countries.", [bailout]).mentions["bailout"]
    assert mention.disagrees
    pieces = fact("pieces", "A total of 31 pieces of firefighting apparatus responded to the "
                  "blaze.", "31 pieces")
    text = ("Responding to the blaze were three ladder trucks, part of a total of 23 pieces of "
            "firefighting apparatus.")
    (mention,) = run(text, [pieces]).mentions["pieces"]
    assert mention.quantity.text.startswith("23") and mention.disagrees


def test_a_count_in_a_part_of_the_event_is_not_the_whole() -> None:
    for text in ("McDermott scored seven points in the first half for Creighton against Drake.",
                 "McDermott had 10 points in the first 7\u2009½ minutes against Drake."):
        matches = run(text, [POINTS])
        assert figures(matches, "points") == [], text
        assert near(matches, "points", matches.near_misses["points"][0].quantity.text
                    ).veto.startswith("a part of the event")
    assert figures(run("McDermott scored 23 points in a 65-53 win as Creighton beat Drake.",
                       [POINTS]), "points") == ["23 points"]


def test_a_participle_phrase_takes_the_part_of_the_clause_it_hangs_on() -> None:
    """"The Jays led 33-26 at the half, paced by 13 points from McDermott": the halftime
    count, though a comma stands between; a past verb of a list ("..., grabbed 11
    rebounds") hangs on nothing before it."""
    matches = run("Creighton led Drake 33-26 at the half, paced by 13 points from McDermott.",
                  [POINTS])
    assert vetoed(matches, "points", "13 points").veto == "a part of the event: at the half"
    rebounds = fact("rebounds", "Gregory Echenique grabbed 11 rebounds for Creighton against "
                    "Drake.", "11 rebounds")
    text = ("Echenique scored all of his points in the second half, grabbed 11 rebounds and "
            "blocked six shots against Drake.")
    assert figures(run(text, [rebounds]), "rebounds") == ["11 rebounds"]


def test_a_claim_that_names_the_part_takes_counts_of_that_part() -> None:
    second = fact("second", "Gregory Echenique scored 11 points for Creighton against Drake, "
                  "all of them in the second half.", "11 points")
    assert figures(run("Echenique scored 12 points in the second half for Creighton against "
                       "Drake.", [second]), "second") == ["12 points"]
    assert figures(run("Echenique scored 12 points in the first half for Creighton against "
                       "Drake.", [second]), "second") == []
    # a count naming no part is the whole game's: no count of one half, unless the
    # claim says that half holds all of it
    first = fact("first", "Will Artino scored seven points in the first half for Creighton "
                 "against Drake.", "7 points")
    matches = run("Will Artino scored 14 points for Creighton against Drake.", [first])
    assert vetoed(matches, "first", "14 points").veto == "names no part of the event"
    assert figures(run("Echenique scored 12 points for Creighton against Drake.", [second]),
                   "second") == ["12 points"]


def test_with_before_a_figure_hangs_it_on_the_verb() -> None:
    """"with" right before a figure opens no clause: the subject keeps its weight."""
    matches = run("McDermott led all players with 35 points while also grabbing seven "
                  "rebounds.", [POINTS, ARTINO, VANDEEST])
    assert figures(matches, "points") == ["35 points"]


def test_a_later_bare_number_leaves_the_earlier_unit_understood() -> None:
    """"while Peyton Hillis added 101": 101 yards, so Hillis's words are the 101's."""
    matches = run("Jamaal Charles rushed for 339 yards while Peyton Hillis added 101.",
                  [RUSHING, HILLIS])
    assert figures(matches, "rushing") == ["339 yards"]
    assert "Hillis" not in near(matches, "hillis", "339 yards").shared


def test_a_sentence_ends_before_a_spaced_closing_quote() -> None:
    """Tokenized corpora space the closing quote off: 'his "spiritual wives. " Jeffs'."""
    text = 'He called them his "spiritual wives. " Jeffs, 55, will serve at least 45 years.'
    reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK, text=text))
    assert len(reading.sentences) == 2
    assert reading.sentence_text(1).startswith('" Jeffs')


def test_a_lost_currency_sign_ends_no_sentence_and_states_the_facts_money() -> None:
    """"agreeing a? 110 - billion" is one sentence, whose figure is the bailout's."""
    bailout = fact("bailout", "Greece agreed to a 110 billion euro bailout from the EU and "
                   "the International Monetary Fund.", "110 billion euros")
    text = ("The government agreed a? 110 - billion ($143 - billion) EU and IMF debt bailout "
            "at the weekend.")
    reading = read(Article(path=Path("a.txt"), name="a.txt", date=TALKS_WEEK, text=text))
    assert len(reading.sentences) == 1
    assert figures(run(text, [bailout]), "bailout") == ["110 - billion"]
    assert figures(run(text.replace("110", "90"), [bailout]), "bailout") == ["90 - billion"]


def test_a_decade_of_life_states_an_age_and_an_age_when_else_does_not() -> None:
    """"Zurana Horton, in her forties," is her age, and fails 34; against "was 77 when he
    died", "When arrested in his early 20's" is his age at an arrest, and "when he died
    in his seventies" his age at death."""
    age = fact("age", "Zurana Horton, a mother of 12, was 34 when she was shot dead in "
               "Brownsville.", "34 years")
    text = "The gunmen shot Zurana Horton, in her {}, in Brownsville."
    for decade, fails in (("forties", True), ("thirties", False)):
        (mention,) = run(text.format(decade), [age], date=dt.date(2013, 4, 10)).mentions["age"]
        assert compare(age.value, mention.quantity).consistent is not fails
    death = fact("death", "Vincent Gigante was 77 when he died in federal custody in "
                 "Springfield, Missouri.", "77 years")
    text = "When arrested in his early 20's, Gigante listed his occupation as a tailor."
    matches = run(text, [death], date=dt.date(2005, 12, 20))
    assert vetoed(matches, "death", "in his early 20's").veto == (
        "an age when arrested, not when died")
    text = "Gigante was a tailor, and when he died in his seventies he was in custody."
    (mention,) = run(text, [death], date=dt.date(2005, 12, 20)).mentions["death"]
    assert mention.quantity.text == "in his seventies" and not mention.veto


def test_the_facts_sum_in_another_currency_is_a_currency_gone_wrong() -> None:
    """"a 110bn-dollar rescue" for a 110-billion-euro one is the fact's figure with the
    wrong currency: a mention, and it fails. "$144 billion" may be the sum converted,
    which no rate here can check: no mention."""
    bailout = fact("bailout", "Greece agreed to a 110 billion euro bailout from the EU and "
                   "the International Monetary Fund.", "110 billion euros")
    text = "Greece agreed a 110bn - {} bailout from the EU and the IMF."
    (mention,) = run(text.format("dollar"), [bailout]).mentions["bailout"]
    assert mention.quantity.text == "110bn - dollar"
    assert not compare(bailout.value, mention.quantity).consistent
    assert figures(run(text.format("euro"), [bailout]), "bailout") == ["110bn - euro"]
    text = "Greece agreed a $144 billion bailout from the EU and the IMF."
    assert figures(run(text, [bailout]), "bailout") == []


def test_words_after_a_conversion_in_brackets_belong_to_the_figure_before_it() -> None:
    """"a 90 billion euro ($120 billion) bailout": the bracket restates the sum, so it
    takes none of the words after it from the first figure."""
    bailout = fact("bailout", "Greece agreed to a 110 billion euro bailout from the EU and "
                   "the International Monetary Fund.", "110 billion euros")
    text = "The government agreed a 90 billion euro ($120 billion) bailout from the EU."
    (mention,) = run(text, [bailout]).mentions["bailout"]
    assert mention.quantity.text == "90 billion euro"
    assert "bailout" in mention.shared


GERMANY_SHARE = fact("share", "Germany is to lend Greece about 22 billion euros as its share "
                     "of the EU-IMF bailout.", "about 22 billion euros")


def test_words_of_the_whole_alone_speak_of_the_wholes_figure() -> None:
    """The bailout's size is no share of it, though the share's claim names the bailout."""
    text = "The government agreed a 110 billion euro EU and IMF debt bailout at the weekend."
    candidate = vetoed(run(text, [GERMANY_SHARE]), "share", "110 billion euro")
    assert candidate.veto.startswith("names only the")
    assert candidate.veto.endswith("of which the claim's figure is a share")


@pytest.mark.parametrize("figure", ["22.4 billion euros", "32 billion euros"])
def test_the_share_named_with_the_whole_is_still_the_share(figure: str) -> None:
    text = f"Merkel urged parliament to pass Germany's share of the bailout, {figure}."
    assert figures(run(text, [GERMANY_SHARE]), "share") == [figure]


def test_the_thing_a_measure_measures_counts_as_its_noun() -> None:
    """"1.06 inches thick" names what it measures as "troops" does a count: full weight,
    however common the word is in the story."""
    from checks.matching import Background, Matcher
    filler = " ".join(f"The new laptop is thick and heavy, reviewer {i} says."
                      for i in range(30))
    text = f"{filler} The new laptop is 1.06 inches thick."
    article = Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK)
    reading = read(article)
    matches = Matcher([THICKNESS, WEIGHT], background=Background([reading])).match(reading)
    assert figures(matches, "thickness") == ["1.06 inches"]
    assert "thick" in matches.mentions["thickness"][0].shared


def test_the_noun_a_measure_modifies_is_its_thing() -> None:
    """"a 45-mile pursuit" measures the pursuit, however common the word is in the story:
    a wrong distance fails the chase."""
    from checks.matching import Background, Matcher
    chase = fact("chase", "Police chased the gunman for about 30 miles on Interstate 75.",
                 "about 30 miles")
    filler = " ".join(f"The pursuit ended, witness {i} says." for i in range(30))
    text = f"{filler} A motorist spotted the car, touching off a 45-mile pursuit."
    article = Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK)
    reading = read(article)
    matches = Matcher([chase], background=Background([reading])).match(reading)
    (mention,) = matches.mentions["chase"]
    assert mention.quantity.text == "45-mile" and mention.disagrees


def test_a_measure_of_something_the_claim_does_not_name_measures_that() -> None:
    plea = fact("plea", "Gigante's guilty plea in April 2003 added three years to his prison "
                "term.", "three years")
    matches = run("After a quarter-century of public craziness, Gigante entered a guilty "
                  "plea in April 2003 that added to his prison term.", [plea])
    assert vetoed(matches, "plea", "a quarter-century").veto == "measures public craziness"
    battery = fact("battery", "The new MacBook Pro has up to seven hours of battery life.",
                   "up to seven hours")
    assert figures(run("The new MacBook Pro gets up to nine hours of battery life.",
                       [battery]), "battery") == ["up to nine hours"]
    # a duration is also the span of the noun right before "during" or "within"
    drought = fact("drought", "Drake went nearly seven minutes without scoring late in the "
                   "game as Creighton pulled away.", "nearly 7 minutes")
    matches = run("But a 15-2 run during 5 minutes late in the game sealed the deal.", [drought])
    assert vetoed(matches, "drought", "5 minutes").veto == "measures run"
    (mention,) = run("Drake went without scoring during 5 minutes late in the game.",
                     [drought]).mentions["drought"]
    assert mention.disagrees


def test_a_measure_naming_its_thing_next_to_it_measures_that() -> None:
    """When the claim names what its figure measures ("a 36-yard field goal"), a figure
    that names another thing right after it ("226 yards rushing") measures that; one whose
    following words the claim has, spaced hyphens and all, still speaks of the fact."""
    goal = fact("goal", "Adam Vinatieri kicked a 36-yard field goal to give the Colts a 13-3 "
                "halftime lead.", "36 yards")
    matches = run("Vinatieri and the Colts gave up 226 yards rushing before halftime.", [goal])
    assert vetoed(matches, "goal", "226 yards").veto == "measures rushing"
    assert figures(run("Vinatieri's 38-yard field goal gave the Colts a halftime lead.",
                       [goal]), "goal") == ["38-yard"]
    chip = fact("chip", "The 11-inch MacBook Air runs a 1.7GHz dual-core Intel Core i5 "
                "processor.", "1.7GHz")
    assert figures(run("The 11 - inch MacBook Air runs a 1.8GHz dual - core Intel i5.",
                       [chip]), "chip") == ["1.8GHz"]
    clock = fact("clock", "Luck's touchdown pass to Reggie Wayne came with about four minutes "
                 "left in the fourth quarter.", "about 4 minutes")
    assert figures(run("Wayne's touchdown catch came with about four minutes remaining.",
                       [clock]), "clock") == ["about four minutes"]


def test_a_time_between_events_is_stated_only_by_one() -> None:
    """"six years after a jury convicted him" is a time between two events: "sentenced to
    12 years" says how long a term lasted, "took another seven years" is a gap (and fails).
    A claim that says how long something lasted, "before" or not, keeps every length, and
    no figure that is surely a gap ("another six years"; "took" alone may be a length)."""
    gap = fact("gap", "Gigante admitted faking his insanity six years after a jury convicted "
               "him in 1997.", "6 years")
    matches = run("After a jury convicted him in 1997, Gigante was sentenced to 12 years for "
                  "faking his insanity.", [gap])
    assert vetoed(matches, "gap", "12 years").veto == "not a time between events"
    (mention,) = run("It took another seven years for Gigante to admit faking his insanity.",
                     [gap]).mentions["gap"]
    assert mention.disagrees
    # "prior to" sets a gap as "before" does
    attempt = fact("attempt", "Orozco tried to kill a man four days before he killed Deputy "
                   "Jerry Ortiz in an ambush.", "4 days")
    (mention,) = run("Orozco was convicted of trying to kill a man two days prior to the "
                     "ambush killing of Ortiz.", [attempt]).mentions["attempt"]
    assert (mention.quantity.text, mention.disagrees) == ("two days", True)
    # "took" with its subject between ("took the jury") may give a time between too
    deliberation = fact("deliberation", "The jury deliberated just over two hours before "
                        "convicting Andrew Lopez of murdering Zurana Horton.", "more than 2 hours")
    for took in ("took the jury", "took jurors"):
        (mention,) = run(f"It {took} just over two hours to convict Andrew Lopez of murder.",
                         [deliberation]).mentions["deliberation"]
        assert not mention.disagrees, took
    # a claim's "took" alone may give a length: "took the jury ... more than 12 hours" and
    # "deliberated for three hours" state it
    took = fact("took", "The jury took a little more than four hours to choose the death "
                "penalty for Jose Luis Orozco.", "more than 4 hours")
    for text in ("It took the jury of six men and six women more than 12 hours to choose "
                 "death for Orozco.", "The jury deliberated for three hours before choosing "
                 "the death penalty for Orozco."):
        (mention,) = run(text, [took]).mentions["took"]
        assert mention.disagrees, text
    length = fact("length", "The jury deliberated for 30 minutes before sentencing Warren "
                  "Jeffs to life in prison.", "30 minutes")
    assert figures(run("The jury deliberated for 40 minutes before sentencing Jeffs.",
                       [length]), "length") == ["40 minutes"]
    term = fact("term", "In 1997 Vincent Gigante was sentenced to 12 years in prison.",
                "12 years")
    matches = run("Gigante was sentenced in 1997, and it took another six years for Gigante "
                  "to concede.", [term])
    assert vetoed(matches, "term", "six years").veto == "a time between events"
    assert figures(run("It took 12 years to sentence Gigante.", [term]), "term") == [
        "12 years"]  # "took" alone: a length
    added = fact("added", "Gigante's 2003 guilty plea added three years to his prison sentence.",
                 "3 years")
    matches = run("His 2003 guilty plea brought Gigante another three-year prison sentence.",
                  [added])  # a duration joined to its noun is that thing's length
    assert figures(matches, "added") == ["three-year"]


def test_a_time_after_a_verb_that_goes_on_is_its_length_even_before_an_event() -> None:
    """"The jury deliberated more than three hours before convicting Lopez": after a
    verb of something that goes on (deliberated, waited, spent, talked), the time is its
    length, so "deliberated on a verdict for more than three hours" states it and "for
    about 40 minutes" fails it; "admitted faking it six years after" is still a time
    between two events."""
    deliberation = fact("deliberation", "The jury deliberated more than three hours before "
                        "convicting Maria Lopez.", "more than 3 hours")
    assert figures(run("The jury had deliberated on a verdict for more than three hours.",
                       [deliberation]), "deliberation") == ["more than three hours"]
    (mention,) = run("The jury deliberated for about 40 minutes before its verdict.",
                     [deliberation]).mentions["deliberation"]
    assert mention.disagrees
    admitted = fact("admitted", "Gigante admitted faking insanity six years after a jury "
                    "convicted him.", "6 years")
    matches = run("Gigante spent 12 years in prison.", [admitted])
    assert near(matches, "admitted", "12 years").veto == "not a time between events"


def test_a_count_over_several_days_is_no_count_of_one_day() -> None:
    """"over 50 arrests ... over four nights of protesting" is a running total, against a
    claim that counts one night's arrests; a claim that counts over days keeps it."""
    night = fact("night", "Police arrested 46 people in East Flatbush on Wednesday night "
                 "during protests over the police shooting of Kimani Gray.", "46 people")
    text = ("Since the shooting of Kimani Gray, over 50 arrests have been made in East "
            "Flatbush over four nights of protests.")
    assert vetoed(run(text, [night]), "night", "over 50 arrests").veto == (
        "a total over four nights")
    nights = fact("nights", "Police arrested 46 people in East Flatbush over four nights of "
                  "protests over the police shooting of Kimani Gray.", "46 people")
    (mention,) = run(text, [nights]).mentions["nights"]
    assert mention.disagrees



def test_a_count_of_one_day_is_no_count_of_a_total_over_several() -> None:
    """"46 were arrested Wednesday night" is one night's count, against a claim's total
    "over four nights"; a count of that day that agrees with it, or one that counts over
    the days itself, still states it."""
    total = fact("total", "More than 50 people were arrested over four nights of protests "
                 "after Kimani Gray was killed.", "more than 50 arrests")
    text = "As fights erupted in East Flatbush, {} were arrested Wednesday night."
    assert vetoed(run(text.format(46), [total]), "total", "46").veto == (
        "a count of one day: Wednesday")
    (mention,) = run("Since Saturday, 46 people were arrested over four nights of protests.",
                     [total]).mentions["total"]
    assert mention.disagrees

def test_a_part_of_a_counted_whole_is_neither_the_whole_nor_a_total() -> None:
    """"three of the seven bullets": the three is a part, the seven the whole. A claim
    whose figure is a part ("Three of the bullets ... hit him from behind") is not stated
    by the whole; a total is not stated by a part. "three of our citizens", with no
    counted whole, counts citizens."""
    back = fact("back", "Three of the bullets that struck Kimani Gray hit him from behind, the "
                "autopsy found.", "3 bullets")
    matches = run("The autopsy found Gray was hit in the back by two of the seven bullets "
                  "that struck him.", [back])
    assert "seven bullets" not in figures(matches, "back")
    assert near(matches, "back", "seven bullets").veto == "the whole of a part"
    rebounds = fact("rebounds", "Gregory Echenique grabbed 11 rebounds for Creighton against "
                    "Drake.", "11 rebounds")
    matches = run("Echenique grabbed 6 of his team-high 12 rebounds for Creighton.",
                  [rebounds])
    assert figures(matches, "rebounds") == ["12 rebounds"]
    assert near(matches, "rebounds", "6").veto == "a part of a whole"
    # a whole someone else owns is theirs: not the total of the name the claim opens with
    points = fact("points", "Gregory Echenique scored 11 points for Creighton against Drake.",
                  "11 points")
    matches = run("Echenique scored five of Creighton's first eight points against Drake.",
                  [points])
    assert vetoed(matches, "points", "eight points").veto == "the whole of Creighton"
    assert figures(run("Echenique scored five of his 12 points from the line against Drake.",
                       [points]), "points") == ["12 points"]
    deaths = fact("deaths", "Three bank employees died when protesters firebombed the bank in "
                  "Athens.", "3 people")
    (mention,) = run("The prime minister mourned the death of four of our citizens in the "
                     "firebombed Athens bank.", [deaths]).mentions["deaths"]
    assert mention.disagrees


def test_a_count_with_its_own_noun_is_made_of_a_number_not_part_of_it() -> None:
    """"30 billion downloads of 650,000 apps": the downloads are of the apps, no part of
    them, so they state a claim about downloads; a bare count before "of" and a number
    ("21 of 25 bouts") is still a part."""
    downloads = fact("downloads", "Tim Cook told the WWDC keynote that apps have had 30 "
                     "billion downloads.", "30 billion downloads")
    matches = run("Cook said the store has seen 30 billion downloads of 650,000 apps.",
                  [downloads])
    assert figures(matches, "downloads") == ["30 billion downloads"]
    (mention,) = run("Cook said the store has seen 25 billion downloads of 650,000 apps.",
                     [downloads]).mentions["downloads"]
    assert mention.disagrees
    bouts = fact("bouts", "The boxer won 25 bouts in his career, his trainer said.", "25 bouts")
    matches = run("The boxer won 21 of 25 bouts in his career.", [bouts])
    assert figures(matches, "bouts") == ["25 bouts"]
    assert near(matches, "bouts", "21").veto == "a part of a whole"


def test_a_count_of_what_the_claims_whole_counts_may_be_that_whole() -> None:
    """A claim counting a part ("Three of the bullets that struck Kimani Gray hit him from
    behind") is stated by a figure that agrees; one of the whole's noun, or of nothing,
    that disagrees may count the whole ("seven bullets struck", "struck 11 times", "fired 11
    shots" for the officers' bullets), and never fails. A figure of another noun still
    fails: "three children" against "Two of the victims ... were children"."""
    back = fact("back", "Three of the bullets that struck Kimani Gray hit him from behind, the "
                "autopsy found.", "3 bullets")
    for text, figure in (("The autopsy found that seven bullets struck Kimani Gray.",
                          "seven bullets"),
                         ("The autopsy found that Kimani Gray was struck 11 times.", "11 times")):
        assert vetoed(run(text, [back]), "back", figure).veto == (
            "counts the whole the claim's figure is a part of")
    assert figures(run("The autopsy found that three bullets struck Kimani Gray from behind.",
                       [back]), "back") == ["three bullets"]
    hit = fact("hit", "The autopsy showed that seven of the police officers' bullets hit "
               "Kimani Gray.", "7 bullets")  # the whole's noun in another word for it
    assert vetoed(run("The officers then fired 11 shots at Kimani Gray, the police said.",
                      [hit]), "hit", "11 shots").veto == (
        "counts the whole the claim's figure is a part of")
    children = fact("children", "Two of the victims of the Athens fire were children, police "
                    "said.", "2 children")
    (mention,) = run("Police said three children died in the Athens fire.",
                     [children]).mentions["children"]
    assert mention.disagrees


def test_a_claims_none_of_a_whole_is_a_part_of_it() -> None:
    """"None of the other FLDS men indicted ... had yet been named" counts those named
    among the indicted: a count of the whole ("Eleven other FLDS men were charged") may
    agree, never fail, while a part of it ("Two of the other FLDS men ... have been
    named") states the claim's count and fails it."""
    named = fact("named", "None of the other FLDS men indicted with Warren Jeffs by the Texas "
                 "grand jury in July 2008 had yet been named.", "0 men")
    assert vetoed(run("Eleven other FLDS men were charged with crimes including sexual "
                      "assault and bigamy.", [named]), "named", "Eleven other FLDS men").veto == (
        "counts the whole the claim's figure is a part of")
    (mention,) = run("Two of the other FLDS men indicted with Warren Jeffs have been named.",
                     [named]).mentions["named"]
    assert mention.quantity.text == "Two" and mention.disagrees


def test_a_whole_written_in_the_plural_counts_its_singular_noun() -> None:
    """"five of Zurana Horton's orphaned children": "the mother of 12 children" counts the
    whole, the reader's counted noun being singular ("child"), so it never fails."""
    kids = fact("kids", "Horton's mother, Denise Peace, is caring for five of Zurana Horton's "
                "orphaned children, while their father looks after the others.", "5 children")
    assert vetoed(run("Horton was the mother of 12 children.", [kids]), "kids",
                  "12 children").veto == "counts the whole the claim's figure is a part of"
    assert figures(run("Denise Peace is caring for five of Horton's children.", [kids]),
                   "kids") == ["five"]


def test_a_claims_part_may_be_an_articles_whole_whose_own_part_is_not_the_fact() -> None:
    """"seven of the police officers' bullets hit Kimani Gray" counts a part; "hit in the
    back by three of the seven bullets" writes that part as a whole, which agrees and
    states it, while its own part, the three, is no statement of the seven. A whole that
    disagrees is still no statement of the claim's part."""
    hit = fact("hit", "The autopsy showed that seven of the police officers' bullets hit "
               "Kimani Gray.", "7 bullets")
    text = "An autopsy shows that Gray was hit in the back by three of the {} bullets."
    matches = run(text.format("seven"), [hit])
    assert figures(matches, "hit") == ["seven bullets"]
    assert near(matches, "hit", "three").veto == "a part of the fact's seven bullets"
    matches = run(text.format("nine"), [hit])
    assert near(matches, "hit", "nine bullets").veto == "the whole of a part"


def test_a_bare_number_counts_the_whole_it_is_taken_from() -> None:
    """"all 11 of his points" counts points, and "three of the seven bullets" bullets: the
    noun of the whole after "of the" is the number's too, for a claim that counts it."""
    points = fact("points", "Gregory Echenique scored 11 points for Creighton against Drake.",
                  "11 points")
    matches = run("Echenique scored all 11 of his points after the break against Drake.",
                  [points])
    assert figures(matches, "points") == ["11"]
    back = fact("back", "Three of the bullets that struck Kimani Gray hit him from behind, the "
                "autopsy found.", "3 bullets")
    matches = run("The autopsy found Gray was hit in the back by two of the seven bullets.",
                  [back])
    (mention,) = matches.mentions["back"]
    assert (mention.quantity.text, mention.disagrees) == ("two", True)
    rebounds = fact("rebounds", "Gregory Echenique grabbed 11 rebounds for Creighton.",
                    "11 rebounds")
    matches = run("Echenique scored all 11 of his points after the break.", [rebounds])
    assert figures(matches, "rebounds") == []  # the whole counts points, not rebounds
    convicted = fact("convicted", "Seven other FLDS men have been convicted in Texas.",
                     "7 men")
    matches = run("Nine of the men have been convicted in Texas.", [convicted])
    (mention,) = matches.mentions["convicted"]  # "men", a plural no suffix rule reaches
    assert (mention.quantity.text, mention.disagrees) == ("Nine", True)


def test_a_figure_dated_far_from_the_claims_date_speaks_of_another_time() -> None:
    sentence_ = fact("sentence", "In 1997 Vincent Gigante was sentenced to 12 years in prison "
                     "for racketeering.", "12 years")
    then = ("Narcotics first sent Gigante to prison in 1959, when he was sentenced to five "
            "years for smuggling heroin.")
    matches = run(then, [sentence_], date=dt.date(2005, 12, 20))
    assert vetoed(matches, "sentence", "five years").veto == "another time: 1959"
    anchored = ("In 1997 Gigante, who had feigned illness since the 1970s, was sentenced to "
                "15 years in prison for racketeering.")
    assert figures(run(anchored, [sentence_], date=dt.date(2005, 12, 20)),
                   "sentence") == ["15 years"]


def test_a_figure_dated_by_a_weekday_the_claim_does_not_name_speaks_of_another_day() -> None:
    """A multi-day story counts its crowds night by night: a count dated by another
    weekday than the claim's is another night's. A weekday of a report dates no count, a
    sentence naming the claim's weekday too may be telling both, and "tonight" is left
    alone (an article's date is often a day off the day it was written)."""
    crowd = fact("crowd", "About 100 people marched from Monday night's candlelight vigil for "
                 "Kimani Gray toward the 67th Precinct station house.", "about 100 people")
    day = dt.date(2013, 3, 14)
    matches = run("On Wednesday night, about 200 people attended the vigil for Kimani Gray.",
                  [crowd], date=day)
    assert vetoed(matches, "crowd", "about 200 people").veto == "another day: Wednesday"
    day = dt.date(2013, 3, 12)  # the day after the claim's Monday: its news may be Monday's
    for text in ("Police said Wednesday that about 200 people marched from the vigil for "
                 "Kimani Gray.",
                 "On Monday about 200 people marched from the vigil for Kimani Gray, and "
                 "fewer on Wednesday.",
                 "Tonight about 200 people marched from the vigil for Kimani Gray."):
        assert figures(run(text, [crowd], date=day), "crowd") == ["about 200 people"], text


def test_an_article_that_never_names_the_claims_weekday_tells_another_days_news() -> None:
    """An article dated neither on the claim's weekday nor the day after, which dates its
    news by other weekdays and never names the claim's, tells another day: its figures may
    agree, never fail. Dated the day after, naming the weekday anywhere, or naming none,
    it may be telling the claim's day."""
    vigil = fact("vigil", "About 200 people attended the Wednesday night vigil for Kimani "
                 "Gray in East Flatbush.", "about 200 people")
    news = "A riot broke out in East Flatbush on Monday. "
    text = news + "Nearly 100 people set off from the vigil for Kimani Gray in East Flatbush."
    monday = dt.date(2013, 3, 11)
    assert vetoed(run(text, [vigil], date=monday), "vigil", "Nearly 100 people").veto == (
        "another day: the article's, Monday, never names the claim's")
    agreeing = text.replace("Nearly 100", "About 200")
    assert figures(run(agreeing, [vigil], date=monday), "vigil") == ["About 200 people"]
    named = "The march on Wednesday was calmer. " + text
    for day, told in ((dt.date(2013, 3, 14), text), (monday, named),
                      (monday, text.removeprefix(news))):
        (mention,) = run(told, [vigil], date=day).mentions["vigil"]
        assert mention.disagrees, (day, told)


def test_a_weekday_in_the_clause_of_the_claims_other_figure_is_that_figures() -> None:
    """"About 200 people gathered at the Wednesday night vigil ..., up from the crowd of
    about 100 at Monday's vigil" sets its own figure on Wednesday only: a Monday article
    that never names Wednesday tells Monday's crowd. A weekday in no other figure's
    clause stays the claim's ("..., as on Monday")."""
    vigil = fact("vigil", "About 200 people gathered at the Wednesday night vigil for Kimani "
                 "Gray in East Flatbush, up from the crowd of about 100 at Monday's vigil.",
                 "about 200 people")
    text = ("A riot broke out in East Flatbush on Monday. Some 70 people set off from the "
            "vigil for Kimani Gray in East Flatbush.")
    monday = dt.date(2013, 3, 11)
    assert vetoed(run(text, [vigil], date=monday), "vigil", "Some 70 people").veto == (
        "another day: the article's, Monday, never names the claim's")
    both = fact("both", "About 200 people gathered at the Wednesday night vigil for Kimani "
                "Gray in East Flatbush, as on Monday.", "about 200 people")
    (mention,) = run(text, [both], date=monday).mentions["both"]
    assert mention.disagrees


def test_a_date_further_on_in_the_figures_clause_dates_it() -> None:
    """A date beyond DATE_REACH words still dates a figure when it ends the figure's own
    clause; across a comma that opens another phrase it dates something else."""
    heroin = fact("heroin", "Gigante was sentenced to seven years in prison on his 1959 "
                  "federal heroin trafficking conviction.", "7 years")
    text = ("Gigante was serving a 12-year sentence for a racketeering conspiracy conviction "
            "in Brooklyn{}in 1997 and was due to be released in June 2010.")
    day = dt.date(2005, 12, 20)
    matches = run(text.format(" "), [heroin], date=day)
    assert vetoed(matches, "heroin", "12-year").veto == "another time: 1997"
    (mention,) = run(text.format(", a city he ruled, "), [heroin], date=day).mentions["heroin"]
    assert mention.disagrees


def test_a_sentence_opening_with_a_pronoun_is_dated_by_the_one_before() -> None:
    heroin = fact("heroin", "In 1959 Gigante was sentenced to seven years in prison on heroin "
                  "trafficking charges.", "7 years")
    later = ("His string of victories ended with a July 1997 racketeering conviction. {} was "
             "sentenced to 12 years in prison.")
    matches = run(later.format("He"), [heroin], date=dt.date(2005, 12, 20))
    assert vetoed(matches, "heroin", "12 years").veto == "another time: July 1997"
    # a sentence that names its subject afresh, or one before it at the claim's time,
    # leaves the figure to the claim
    assert figures(run(later.format("Gigante"), [heroin], date=dt.date(2005, 12, 20)),
                   "heroin") == ["12 years"]
    before = "His troubles began with a 1959 heroin case. He was sentenced to 12 years in prison."
    assert figures(run(before, [heroin], date=dt.date(2005, 12, 20)), "heroin") == ["12 years"]


@pytest.mark.parametrize("text", [
    "Artino, whose role has grown this season, grabbed six rebounds.",  # a relative aside
    "Artino had a career - high 14 points and six rebounds.",           # "had" as a verb
    "Artino, whose role has grown as his minutes have increased during the second half of "
    "the season, had a career - high 14 points and six rebounds.",      # both
])
def test_a_name_owns_a_figure_past_its_relative_clause_and_through_had(text: str) -> None:
    """The subject opening a sentence owns the figure of its verb after a relative clause
    set off by commas, and "had" is a verb of its own where no past follows it: "Artino
    ..., had ... six rebounds" is Artino's, no statement of McDermott's seven. The claim's
    own name still owns it: "McDermott had six rebounds" fails."""
    rebounds = fact("rebounds", "Doug McDermott grabbed seven rebounds against Drake.",
                    "7 rebounds")
    matches = run(text, [rebounds])
    assert near(matches, "rebounds", "six rebounds").veto == "the figure of Artino"
    (mention,) = run("McDermott had six rebounds.", [rebounds]).mentions["rebounds"]
    assert mention.disagrees


def test_a_figure_another_name_owns_is_not_the_claims_subjects() -> None:
    """A claim that opens with a name gives that one's figure; a figure whose subject or
    possessor is a name the claim lacks is another's."""
    kick = fact("kick", "Ryan Succop tied the game 13-13 in the third quarter with a "
                "47-yard field goal.", "47 yards")
    points = fact("points", "Will Artino scored a career-high 14 points off the bench for "
                  "Creighton against Drake.", "14 points")
    season = fact("season", "After the Chiefs game, Andrew Luck had 4,183 passing yards for "
                  "the season, a rookie record.", "4,183 yards")
    record = fact("record", "Doug McDermott set the Creighton scoring record in only three "
                  "seasons.", "3 seasons")
    for text, claim, figure, owner in [
        ("The Colts moved into Vinatieri's range for a 36-yard field goal and a 13-3 lead.",
         kick, "36-yard", "Vinatieri's"),
        # tokenized text writes the possessive apart from its word
        ("The Colts moved into Vinatieri ’ s range for a 36 - yard field goal and a 13 - 3 "
         "lead.", kick, "36 - yard", "Vinatieri’s"),
        ("Against Creighton, Seth VanDeest scored 13 points off the bench for Drake.", points,
         "13 points", "Seth VanDeest"),
        ("Against Creighton, Jordan Clarke had 10 points off the bench for Drake.", points,
         "10 points", "Jordan Clarke"),
        # the name a count came from, and the subject a figure after "with" completes
        ("Against Creighton, Drake was paced by 13 points from Seth VanDeest off the bench.",
         points, "13 points", "Seth VanDeest"),
        ("Seth VanDeest led Drake with 13 points off the bench against Creighton.", points,
         "13 points", "Seth VanDeest"),
        # a short phrase may open the claim before its name
        ("Luck broke Newton's record of 4,051 yards passing for a rookie in the second "
         "quarter.", season, "4,051 yards", "Newton's"),
        # the time "it took" names is of the names after "took"
        ("It took Buford and Harstad four seasons to set the Creighton scoring record.",
         record, "four seasons", "Buford and Harstad"),
    ]:
        matches = run(text, [claim], date=dt.date(2013, 3, 9))
        assert figures(matches, claim.id) == [], text
        assert near(matches, claim.id, figure).veto == f"the figure of {owner}"
    # the claim's own name owns it; a name after a preposition is no subject, nor is a
    # noun for people that opens the sentence
    water = fact("water", "Firefighters poured about 5,000 gallons of water a minute onto "
                 "the warehouse fire in Palmer.", "about 5,000 gallons")
    for text, claim, figure in [
        ("Crews poured 5,600 gallons of water a minute on the fire.", water, "5,600 gallons"),
        ("Off the bench, Creighton got 16 points from Will Artino against Drake.", points,
         "16 points"),
        ("Kansas City settled for Succop's tying 36-yard field goal.", kick, "36-yard"),
        ("Off the bench, Artino scored 16 points against Drake.", points, "16 points"),
        ("Off the bench against Drake, Creighton got 16 points from Artino.", points,
         "16 points"),
        ("It took McDermott four seasons to set the Creighton scoring record.", record,
         "four seasons"),
    ]:
        assert figures(run(text, [claim], date=dt.date(2013, 3, 9)), claim.id) == [figure], text
    deaths = fact("deaths", "Greek police said the riots in Athens killed three people.",
                  "3 people")
    assert figures(run("A firebomb attack on a bank in Athens killed four people.", [deaths],
                       date=dt.date(2010, 5, 5)), "deaths") == ["four people"]


def test_the_claims_own_verb_of_reporting_takes_a_figure() -> None:
    """"added" reports ("he added") and owns nothing, except where the claim's figure
    follows it: against "Will Artino added six rebounds", "Richard Carter added 12" is
    Carter's; "Artino added 12" is Artino's."""
    rebounds = fact("rebounds", "Will Artino added six rebounds off the bench against Drake.",
                    "6 rebounds")
    matches = run("VanDeest led Drake with 13 points, while Richard Carter added 12 off the "
                  "bench.", [rebounds], date=dt.date(2013, 3, 9))
    assert vetoed(matches, "rebounds", "12").veto == "the figure of Richard Carter"
    (mention,) = run("Will Artino added 12 off the bench against Drake.", [rebounds],
                     date=dt.date(2013, 3, 9)).mentions["rebounds"]
    assert mention.disagrees


def test_a_date_before_following_the_claims_event_dates_what_came_after() -> None:
    """"sentenced ... on Tuesday following his conviction" dates the sentencing; where the
    sentence names the claim's event before the date, or something else follows
    ("return to work on Monday after months away"), the date stays."""
    date = dt.date(2011, 8, 10)
    matches = run("Warren Jeffs was sentenced to life in a Texas prison on Tuesday following "
                  "his conviction on charges of sexual assault.", [TEXAS_VERDICT], date=date)
    assert near(matches, "verdict", "Tuesday").veto == "dates what came after the conviction"
    (mention,) = run("A Texas jury convicted Warren Jeffs of sexual assault on Tuesday after "
                     "a conviction hearing.", [TEXAS_VERDICT], date=date).mentions["verdict"]
    assert mention.disagrees


def test_a_date_beside_another_step_of_a_case_at_law_dates_that_step() -> None:
    """Against "was sentenced to life ... on Tuesday", a sentence that tells only the
    conviction ("A jury convicted polygamist leader Warren Jeffs ... Thursday", "found ...
    guilty ... on Thursday") dates the conviction. One that tells the sentencing too, or
    whose step word only describes a noun ("upheld a recommendation that convicted cop
    killer Orozco die"), still fails a wrong day."""
    sentencing = fact("sentencing", "Polygamist leader Warren Jeffs was sentenced to life in "
                      "prison by a Texas jury on Tuesday, August 9, 2011.", "2011-08-09")
    date = dt.date(2011, 8, 5)
    for text in ("A Texas jury convicted polygamist sect leader Warren Jeffs of child sexual "
                 "assault Thursday.",
                 "A San Antonio jury has found polygamist leader Warren Jeffs guilty on both "
                 "sexual assault charges on Thursday."):
        matches = run(text, [sentencing], date=date)
        assert vetoed(matches, "sentencing", "Thursday").veto == (
            "dates the conviction, another step than the claim's"), text
    for text in ("A Texas jury convicted polygamist leader Warren Jeffs and sentenced him "
                 "to life in prison on Thursday.",
                 "A Texas judge on Thursday upheld a jury's recommendation that convicted "
                 "polygamist leader Warren Jeffs serve life in prison."):
        (mention,) = run(text, [sentencing], date=date).mentions["sentencing"]
        assert mention.disagrees, text


def test_a_date_right_after_a_step_of_a_case_at_law_dates_that_step() -> None:
    """Against a claim that tells no step ("In 1957 Gigante was the gunman in the botched
    attempt"), "was acquitted in 1958" dates the acquittal, and "his arraignment
    Wednesday" the charge. A date the step's verb does not take ("acquitted of the 1958
    shooting"), or a step the claim tells, still speaks of the claim."""
    shooting = fact("shooting", "In 1957 Gigante was the gunman in the botched attempt to "
                    "kill mob boss Frank Costello.", "1957")
    date = dt.date(2005, 12, 20)
    text = "Gigante was acquitted in 1958 on charges of attempted murder of Frank Costello."
    assert vetoed(run(text, [shooting], date=date), "shooting", "1958").veto == (
        "dates the acquittal, a step of a case at law")
    other = "Gigante was acquitted of the 1958 attempted murder of Frank Costello."
    (mention,) = run(other, [shooting], date=date).mentions["shooting"]
    assert mention.disagrees
    # a step's noun dates it too, unless the step is the claim's
    fire = fact("fire", "LaCalamita opened fire at the Gordon Advisors office in Troy on "
                "Monday, April 9, 2007.", "2007-04-09")
    text = ("During his arraignment Wednesday, LaCalamita heard what witnesses saw at "
            "Gordon Advisors.")
    day = dt.date(2007, 4, 12)
    assert vetoed(run(text, [fire], date=day), "fire", "Wednesday").veto == (
        "dates the charge, a step of a case at law")
    arraigned = fact("arraigned", "LaCalamita was arraigned on murder charges on Tuesday, "
                     "April 10, 2007, at Gordon Advisors' request.", "2007-04-10")
    (mention,) = run(text, [arraigned], date=day).mentions["arraigned"]
    assert mention.disagrees


def test_a_fact_told_in_the_past_perfect_is_not_dated_by_its_sentence() -> None:
    """"on Wednesday — the same day Gray's autopsy showed he had been shot seven times":
    the shooting came before the day the sentence tells, so the date is not the
    shooting's. Told in the simple past ("was shot seven times"), the event is dated."""
    shooting = fact("shooting", "NYPD officers shot and killed Kimani Gray in East Flatbush "
                    "on the night of Saturday, March 9, 2013.", "2013-03-09")
    bullets = fact("bullets", "Seven bullets hit Kimani Gray, three of them in the back, the "
                   "autopsy showed.", "seven bullets")
    text = ("Tuesday the crowd was mostly calm, but on Wednesday — the same day Gray's "
            "autopsy showed he had been hit by seven bullets — part of the crowd became "
            "unruly.")
    day = dt.date(2013, 3, 14)
    assert figures(run(text, [shooting, bullets], date=day), "shooting") == []
    (mention,) = run(text.replace("had been hit", "was hit"), [shooting, bullets],
                     date=day).mentions["shooting"]
    assert mention.quantity.text == "Wednesday" and mention.disagrees


def test_a_claims_score_is_evidence_for_its_date() -> None:
    """"beat the Chiefs 20-13" names the game as well as a word does: a date in a sentence
    with "a 20 - 13 victory" dates it. A score is no evidence for a count or a measure,
    whose sentence may give another player's figure of the same game."""
    game = fact("game", "The Colts beat the Chiefs 20-13 at Arrowhead Stadium on Sunday, "
                "December 23, 2012.", "2012-12-23")
    text = ("Luck threw for 205 yards {}, and his touchdown pass to Wayne gave the Colts a "
            "20 - 13 victory over the Chiefs.")
    date = dt.date(2012, 12, 24)
    (mention,) = run(text.format("Sunday"), [game], date=date).mentions["game"]
    assert "20-13" in mention.shared
    (mention,) = run(text.format("Saturday"), [game], date=date).mentions["game"]
    assert mention.disagrees  # a drift: caught
    yards = fact("yards", "Luck threw for 205 yards as the Colts beat the Chiefs 20-13.",
                 "205 yards")
    (mention,) = run(text.format("Sunday"), [yards], date=date).mentions["yards"]
    assert "20-13" not in mention.shared


def test_a_date_right_after_the_claims_past_verb_is_evidence() -> None:
    """"died Sunday in prison" dates the claim's "died": evidence, so that a wrong day is
    caught though it lacks the agreement a right one has. The verb alone is not enough
    for a day that disagrees."""
    death = fact("death", "Former crime family boss Vincent Gigante died in the federal "
                 "prison medical center on Monday, December 19, 2005.", "2005-12-19")
    matches = run("The Mafioso who avoided jail for decades by wandering the streets in a "
                  "bathrobe died Sunday in prison, officials said.", [death],
                  date=dt.date(2005, 12, 20))
    (mention,) = matches.mentions["death"]
    assert mention.disagrees and "dates what died" in mention.shared
    council = fact("council", "The Russia–NATO Council met in Brussels on January 12, 2022.",
                   "2022-01-12")
    matches = run("Zelenskyy met Tuesday in Kyiv with French and German officials.", [council])
    assert figures(matches, "council") == []  # "met" alone: any meeting


def test_a_date_after_the_claims_verb_and_a_place_or_its_name_is_evidence() -> None:
    """"died in prison on Sunday" and "fatally shot Gray on March 8" date the claim's
    event as "died Sunday" does: a desk's rewording with a wrong day still fails. A count
    after such words ("shot to death one person") is dated by nothing."""
    death = fact("death", "Vincent Gigante died in a federal prison on December 19, 2005.",
                 "2005-12-19")
    matches = run("Gigante, the Genovese boss, died in prison on Sunday, officials said.",
                  [death], date=dt.date(2005, 12, 20))
    (mention,) = matches.mentions["death"]
    assert mention.disagrees and "dates what died" in mention.shared
    shooting = fact("shooting", "Kimani Gray was shot and killed by officers in Brooklyn on "
                    "March 9, 2013.", "2013-03-09")
    (mention,) = run("Police fatally shot Gray on March 8, claiming he had a gun.",
                     [shooting], date=dt.date(2013, 3, 17)).mentions["shooting"]
    assert mention.disagrees and "dates what shot" in mention.shared
    killed = fact("killed", "The Troy gunman shot one person dead on April 9, 2007.",
                  "1 person")
    (mention,) = run("A Michigan man shot to death one person on Monday.", [killed],
                     date=dt.date(2007, 4, 10)).mentions["killed"]
    assert not any(label.startswith("dates what") for label in mention.shared)


def test_a_date_of_the_claims_own_noun_is_evidence_when_it_agrees() -> None:
    """"Monday's shooting" dates the claim's shooting: that is evidence, as a word is. A
    date that disagrees gains nothing from it, so it cannot fail a check on its own."""
    shooting = fact("shooting", "The shooting at Gordon Advisors in Troy took place on "
                    "Monday, April 9, 2007.", "2007-04-09")
    text = "{}'s shooting follows two last week in public places in Atlanta and Seattle."
    date = dt.date(2007, 4, 10)
    (mention,) = run(text.format("Monday"), [shooting], date=date).mentions["shooting"]
    assert "dates the shooting" in mention.shared
    assert figures(run(text.format("Sunday"), [shooting], date=date), "shooting") == []
    quake = fact("quake", "The earthquake near The Geysers struck on Sunday morning, January "
                 "4, 2009.", "2009-01-04")  # a time of day in the possessive
    text = "The size of Sunday morning's earthquake caught the attention of people in Cobb."
    (mention,) = run(text, [quake], date=dt.date(2009, 1, 5)).mentions["quake"]
    assert "dates the earthquake" in mention.shared


def test_a_figure_of_another_facts_claim_is_that_ones() -> None:
    """A figure that misstates a fact but restates another fact's claim ("with 11 points
    and 11 rebounds") speaks of that claim; a date never counts, since a day off is what a
    slip of the fact's own date looks like."""
    rebounds = fact("rebounds", "Doug McDermott grabbed 7 rebounds for Creighton in the "
                    "win over Drake.", "7 rebounds")
    blocks = fact("blocks", "Creighton center Gregory Echenique blocked 6 shots against "
                  "Drake, with 11 points and 11 rebounds.", "6 blocked shots")
    matches = run("He grabbed 6 of his team-high 11 rebounds for Creighton against Drake.",
                  [rebounds, blocks])
    assert near(matches, "rebounds", "11 rebounds").veto == (
        "the figure '11 rebounds' of blocks's claim")
    assert figures(run("McDermott grabbed 9 rebounds for Creighton against Drake.",
                       [rebounds, blocks]), "rebounds") == ["9 rebounds"]
    game = fact("game", "Creighton beat Drake on Friday, March 8, 2013.", "2013-03-08")
    record = fact("record", "McDermott broke the school record on Thursday, March 7, 2013, "
                  "with 23 points.", "23 points")
    (mention,) = run("Creighton beat Drake on Thursday.", [game, record],
                     date=dt.date(2013, 3, 9)).mentions["game"]
    assert mention.disagrees


def test_a_figure_in_the_clause_of_a_sentence_opening_name_is_that_ones() -> None:
    """"Genovese ran his organization from behind bars while serving a 15-year sentence":
    the sentence's opening name is the subject of its verb and of the clause that goes
    on to the figure, so against Gigante's 12-year sentence it is Genovese's. A figure
    past a comma or another capitalised word, one after a verb of reporting, or one whose
    opening name the claim has, stays open."""
    term = fact("term", "Gigante was serving a 12-year prison sentence imposed after his "
                "1997 racketeering conviction.", "12 years")
    text = "Genovese ran his organization from behind bars while serving a 15-year sentence."
    matches = run(text, [term], date=dt.date(2005, 12, 20))
    assert vetoed(matches, "term", "15-year").veto == "the figure of Genovese"
    for other in (text.replace("Genovese", "Gigante"),
                  text.replace("bars while", "bars, while"),
                  text.replace("while serving", "while Gigante was serving"),
                  text.replace("Genovese ran his organization from", "Prosecutors said Gigante "
                               "ran his organization from")):
        (mention,) = run(other, [term], date=dt.date(2005, 12, 20)).mentions["term"]
        assert mention.disagrees, other


def test_a_place_set_off_after_a_place_is_no_actor() -> None:
    """"at his trial in San Angelo, Texas, broke his silence": Texas, set off by commas
    after a place a preposition governs, is that place's state, not who broke it, so
    "Jeffs broke his courtroom silence with a nearly hourlong speech" is the claim's
    actor's own figure. A name after a fronted phrase's comma still acts ("Against
    Drake, Seth VanDeest scored 13")."""
    speech = fact("speech", "Warren Jeffs, acting as his own lawyer at his trial in San "
                  "Angelo, Texas, broke his silence with a 55-minute speech.", "55 minutes")
    assert figures(run("Jeffs broke his courtroom silence with a nearly hourlong speech.",
                       [speech]), "speech") == ["nearly hourlong"]
    points = fact("points", "Against Drake, Seth VanDeest scored 13 points.", "13 points")
    matches = run("Against Drake, Jordan Clarke scored 10 points.", [points])
    assert near(matches, "points", "10 points").veto == "the figure of Jordan Clarke"


def test_a_sentence_opening_name_that_is_not_the_claims_actor_owns_its_figure() -> None:
    """"Chiefs running back Jamaal Charles rushed for 226 yards": Charles did it, his
    team's name only says whose back he is. "The Chiefs rushed for over 350 yards" is the
    team's, though the claim names the Chiefs; the team's own claim takes it."""
    charles = fact("charles", "Chiefs running back Jamaal Charles rushed for 226 yards "
                   "against the Colts.", "226 yards")
    team = fact("team", "The Chiefs rushed for 352 yards against the Colts.", "352 yards")
    text = "The Chiefs rushed for over 350 yards against the Colts."
    day = dt.date(2012, 12, 24)
    assert vetoed(run(text, [charles], date=day), "charles", "over 350 yards").veto == (
        "the figure of Chiefs")
    assert figures(run(text, [team], date=day), "team") == ["over 350 yards"]
    (mention,) = run("Charles rushed for 252 yards against the Colts.", [charles],
                     date=day).mentions["charles"]
    assert mention.disagrees
    # the verb's object may stand between ("complemented Echenique"); the actor is known
    # by a verb in "-ed" too ("Will Artino added")
    carter = fact("carter", "Richard Carter scored 12 points for Drake in the loss to "
                  "Creighton.", "12 points")
    artino = fact("artino", "Will Artino added six rebounds to his points total against "
                  "Drake.", "6 rebounds")
    text = ("Artino complemented Echenique inside by scoring a career-high 14 points and "
            "adding six rebounds.")
    day = dt.date(2013, 3, 9)
    assert vetoed(run(text, [carter], date=day), "carter", "14 points").veto == (
        "the figure of Artino")
    assert figures(run(text, [artino], date=day), "artino") == ["six rebounds"]
    # where no verb tells the actor ("set" may be a noun), the name the claim opens with
    luck = fact("luck", "Andrew Luck set the NFL rookie record for passing yards, raising his "
                "total to 4,183 yards in the win over the Chiefs.", "4,183 yards")
    matches = run("The Chiefs racked up a total of 507 yards on offense.", [luck],
                  date=dt.date(2012, 12, 24))
    assert vetoed(matches, "luck", "507 yards").veto == "the figure of Chiefs"
    # a verb in "-ed" the tense table leaves open ("tied") tells the clause's subject too
    kick = fact("kick", "Adam Vinatieri kicked a 36-yard field goal to give the Colts a 13-3 "
                "halftime lead.", "36 yards")
    matches = run("Kicker Ryan Succop tied the game at 13-13 with a 47-yard field goal.",
                  [kick], date=dt.date(2012, 12, 24))
    assert vetoed(matches, "kick", "47-yard").veto == "the figure of Kicker Ryan Succop"
    # capitals a possessive pronoun owns are the verb's object, no subject of their own
    text = ("Kicker Ryan Succop showed his Jekyll/Hyde nature in the first quarter by "
            "nailing a 47-yard field goal.")
    matches = run(text, [kick], date=dt.date(2012, 12, 24))
    assert vetoed(matches, "kick", "47-yard").veto == "the figure of Kicker Ryan Succop"
    (mention,) = run(text.replace("his", "how Adam Vinatieri's"), [kick],
                     date=dt.date(2012, 12, 24)).mentions["kick"]
    assert mention.disagrees
    # a few plain words may open the sentence before the name
    quinn = fact("quinn", "Brady Quinn completed 10 of 22 passes for 162 yards with two "
                 "interceptions against the Colts.", "162 yards")
    matches = run("Corner back Darius Butler intercepted Brady Quinn for a 32 yard defensive "
                  "touchdown.", [quinn], date=dt.date(2012, 12, 24))
    assert vetoed(matches, "quinn", "32 yard").veto == "the figure of Darius Butler"


def test_he_or_she_opening_a_sentence_is_the_one_name_before() -> None:
    """"In the second half, Echenique got going. He scored all 11 of his points": "He" is
    the one name of the sentence before, so the figure is Echenique's, not Artino's. Where
    that name is the claim's actor, or the sentence before names two, it stays open."""
    artino = fact("artino", "Creighton center Will Artino scored a career-high 14 points "
                  "off the bench against Drake.", "14 points")
    text = ("In the second half, though, Echenique got going. He scored all 11 of his points "
            "against Drake.")
    day = dt.date(2013, 3, 9)
    assert vetoed(run(text, [artino], date=day), "artino", "11").veto == (
        "the figure of Echenique")
    for other in (text.replace("Echenique", "Artino"),
                  text.replace("Echenique got", "Echenique and Artino got")):
        (mention,) = run(other, [artino], date=day).mentions["artino"]
        assert mention.disagrees, other


def test_he_or_she_after_a_fronted_phrase_is_the_name_before() -> None:
    """"Lewis returned a punt for a score. Late in the game, he did it again, scooping up
    a fumble and running 61 yards": a short phrase and its comma may open the sentence
    before "he", who is still the one of the sentence before; "did" with an object is
    what he did, and a piece opening with a present participle goes on with it. A phrase
    that names someone ("When Reed got the ball, he") leaves "he" open."""
    run_ = fact("run", "Marcus Reed broke loose for a 75-yard touchdown run against the "
                "Bears.", "75 yards")
    day = dt.date(2012, 12, 24)
    text = ("For the third time this year, Tom Lewis returned a punt for a score. Late in "
            "the game, he did it again, scooping up a fumble and running 61 yards for a "
            "touchdown against the Bears.")
    assert vetoed(run(text, [run_], date=day), "run", "61 yards").veto == (
        "the figure of Tom Lewis")
    (mention,) = run(text.replace("Tom Lewis", "Marcus Reed"), [run_],
                     date=day).mentions["run"]
    assert mention.disagrees  # the claim's own man
    for other in (text.replace("he did it", "the Bears did it"),  # another subject
                  text.replace("did it again", "did not stop"),  # "did" as a helper
                  text.replace("Late in the game", "When Reed got the ball")):
        matches = run(other, [run_], date=day)
        considered = [*matches.mentions["run"], *matches.near_misses["run"]]
        assert "61 yards" in [c.quantity.text for c in considered], other
        assert "the figure of Tom Lewis" not in [c.veto for c in matches.near_misses["run"]]


def test_a_possessive_between_verb_and_figure_is_no_other_subject() -> None:
    """"Tom Lewis picked off Chicago's first pass of the night and ran it back 61 yards":
    a possessive owns the noun after it and opens no clause of its own, so the yards stay
    the subject's; a name that does ("and Chicago ran it back") leaves them open."""
    run_ = fact("run", "Marcus Reed broke loose for a 75-yard touchdown run against the "
                "Bears.", "75 yards")
    day = dt.date(2012, 12, 24)
    text = ("Tom Lewis picked off Chicago's first pass of the night and ran it back 61 yards "
            "for a touchdown against the Bears.")
    assert vetoed(run(text, [run_], date=day), "run", "61 yards").veto == (
        "the figure of Tom Lewis")
    matches = run(text.replace("and ran", "and Chicago ran"), [run_], date=day)
    considered = [*matches.mentions["run"], *matches.near_misses["run"]]
    assert "61 yards" in [c.quantity.text for c in considered]
    assert "the figure of Tom Lewis" not in [c.veto for c in matches.near_misses["run"]]


def test_he_or_she_after_a_sentence_of_several_names_is_its_opening_subject() -> None:
    """"While Drake held Echenique scoreless in the first half, Artino was able to find
    success. He finished the day with 6 rebounds": of the names before, "He" is the one
    that sentence opens its main clause with as its verb's subject, so the rebounds are
    Artino's; where no name opens that clause as a subject, it stays open."""
    rebounds = fact("rebounds", "Doug McDermott grabbed seven rebounds against Drake.",
                    "7 rebounds")
    day = dt.date(2013, 3, 9)
    text = ("While Drake held Echenique scoreless in the first half, Artino was able to find "
            "success. He finished the day with a career-high 14 points and 6 rebounds.")
    assert vetoed(run(text, [rebounds], date=day), "rebounds", "6 rebounds").veto == (
        "the figure of Artino")
    matches = run(text.replace("Artino was able", "the Jays were able"), [rebounds], date=day)
    assert not near(matches, "rebounds", "6 rebounds").veto.startswith("the figure of")


def test_one_subjects_list_of_past_verbs_keeps_its_subject() -> None:
    """"He scored all 11 of his points, grabbed 6 of his 11 rebounds": the comma opens the
    same subject's next verb, so the rebounds are Echenique's too; a comma before another
    subject ("Echenique scored 11, Artino grabbed 7") leaves the figure open."""
    rebounds = fact("rebounds", "Doug McDermott grabbed seven rebounds against Drake.",
                    "7 rebounds")
    day = dt.date(2013, 3, 9)
    text = ("In the second half, Echenique got going. He scored all 11 of his points, "
            "grabbed 6 of his team-high 11 rebounds, and blocked five shots.")
    matches = run(text, [rebounds], date=day)
    assert figures(matches, "rebounds") == []
    assert vetoed(matches, "rebounds", "11 rebounds").veto == "the figure of Echenique"
    (mention,) = run("In the second half, McDermott got going. He scored all 11 of his "
                     "points, grabbed 11 rebounds.", [rebounds], date=day).mentions["rebounds"]
    assert mention.disagrees


def test_an_including_piece_keeps_the_subjects_list_of_verbs() -> None:
    """"He made 8 of 14 shots, including 3 of 4 3-pointers, and grabbed seven rebounds":
    a piece opening with "including" details the one before it, so the subject of
    "made" still grabbed the rebounds."""
    rebounds = fact("rebounds", "Gregory Echenique grabbed 11 rebounds against Drake.",
                    "11 rebounds")
    text = ("Doug McDermott finished with 23 points. He made 8 of 14 shots from the field, "
            "including 3 of 4 3 - pointers, and grabbed seven rebounds.")
    matches = run(text, [rebounds], date=dt.date(2013, 3, 9))
    assert vetoed(matches, "rebounds", "seven rebounds").veto == "the figure of McDermott"


def test_a_possessive_before_a_name_owns_the_name_not_the_figure() -> None:
    """"Drake's Jordan Clarke pulled down 10 rebounds" is Clarke's figure, though the claim
    names Drake as McDermott's opponent."""
    rebounds = fact("rebounds", "Doug McDermott grabbed seven rebounds against Drake.",
                    "7 rebounds")
    day = dt.date(2013, 3, 9)
    matches = run("Drake's Jordan Clarke pulled down 10 rebounds.", [rebounds], date=day)
    assert vetoed(matches, "rebounds", "10 rebounds").veto == (
        "the figure of Drake's Jordan Clarke")
    (mention,) = run("Drake's defence let McDermott pull down 10 rebounds.",
                     [rebounds], date=day).mentions["rebounds"]
    assert mention.disagrees


RECORD = fact("record", "Rodney Buford's Creighton career scoring record, which Doug McDermott "
              "broke, stood at 2,116 points.", "2,116 points")


def test_a_name_only_in_a_claims_relative_clause_owns_none_of_its_figures() -> None:
    """"Buford's record, which Doug McDermott broke, stood at 2,116 points" is Buford's
    figure: McDermott, named only in the clause set off by commas, is not who it belongs
    to, so "McDermott now has 2,129 points" (an adverb between name and verb) is his own
    total, not the record's."""
    day = dt.date(2013, 3, 9)
    matches = run("McDermott now has 2,129 points heading into the semifinals.", [RECORD],
                  date=day)
    assert vetoed(matches, "record", "2,129 points").veto == "the figure of McDermott"
    (mention,) = run("Buford now has 2,129 points in the record books.", [RECORD],
                     date=day).mentions["record"]
    assert mention.disagrees


def test_a_copulas_noun_before_of_leaves_the_claims_noun_understood() -> None:
    """"The record stood at 2,116 points": "Buford's scoring record of 2,106" states it,
    its noun left understood; a bare number after "of" and another noun does not."""
    day = dt.date(2013, 3, 9)
    (mention,) = run("He came in needing 11 points to break Rodney Buford's scoring record "
                     "of 2,106.", [RECORD], date=day).mentions["record"]
    assert mention.quantity.text == "2,106" and mention.disagrees
    assert figures(run("Rodney Buford's scoring record came in a class of 2,106.", [RECORD],
                       date=day), "record") == []


def test_times_after_another_verb_count_no_arrests() -> None:
    """"Kimani Gray had four prior arrests" does not open with its figure, so a claim
    word before a bare count of times ("hitting Gray eleven times") does not make it
    arrests; "arrested four times" does."""
    arrests = fact("arrests", "Kimani Gray had four prior arrests, police sources said.",
                   "4 arrests")
    matches = run("Both officers fired, hitting Gray eleven times in his torso and legs.",
                  [arrests])
    assert vetoed(matches, "arrests", "eleven times").veto == "no counted noun"
    (mention,) = run("Police said Gray had been arrested three times.",
                     [arrests]).mentions["arrests"]
    assert mention.disagrees


def test_a_claims_ordinal_is_stated_by_an_ordinal_of_its_series() -> None:
    """A claim that writes its figure as an ordinal ("his 11th point of the game") is
    stated by one: "when he got his 11th point" agrees, "his 12th point" fails. An
    ordinal of another series (no word of the claim's after it, or more than twice or
    under half its place: "the second suspect" against "a fifth-floor apartment") is
    another's, a stretch ("the team's first 17 points") no ordinal, a bare place (`'5'`)
    is stated by no cardinal, and a claim written with a cardinal never sees ordinals."""
    point = fact("point", "Doug McDermott broke Creighton's career scoring record with his "
                 "11th point of the game against Drake.", "11 points")
    text = "McDermott set the school scoring record when he got his {} point on a free throw."
    (mention,) = run(text.format("11th"), [point]).mentions["point"]
    assert (mention.quantity.text, mention.disagrees) == ("11th", False)
    (mention,) = run(text.format("12th"), [point]).mentions["point"]
    assert (mention.quantity.text, mention.disagrees) == ("12th", True)
    assert vetoed(run("McDermott broke the record in the second half against Drake.", [point]),
                  "point", "second").veto == "no counted noun"
    floor = fact("floor", "Andrew Lopez lived in a fifth-floor apartment of the Pitkin Avenue "
                 "building in Brownsville.", "5")
    matches = run("Jury deliberations for the second suspect in the Pitkin Avenue building "
                  "shooting in Brownsville are still underway.", [floor])
    assert vetoed(matches, "floor", "second").veto == "orders another series (second against 5)"
    matches = run("Three of them lived in an apartment of the Pitkin Avenue building in "
                  "Brownsville.", [floor])
    assert vetoed(matches, "floor", "Three").veto == "no place in a series"
    stretch = run("McDermott scored 10 of the team's first 17 points against Drake.", [point])
    assert "first" not in [c.quantity.text for c in stretch.near_misses["point"]]
    scored = fact("scored", "Doug McDermott scored 11 points against Drake.", "11 points")
    assert figures(run(text.format("11th"), [scored]), "scored") == []


def test_times_after_a_verb_count_how_often_that_befell_one() -> None:
    """"had been shot eleven times" counts shootings, not the arrests of a claim whose
    aside says "shot dead"; "having been arrested three times since October" counts
    arrests, however far the claim's words stand. The bullets a claim says hit keep
    "shot seven times"."""
    arrests = fact("arrests", "Kimani Gray, the 16-year-old shot dead by police in Brooklyn, "
                   "had four prior arrests, police said.", "4 arrests")
    shot = "Gray, 16, was shot eleven times after police said he pulled out a gun."
    assert vetoed(run(shot, [arrests]), "arrests", "eleven times").veto == (
        "counts how often one was shot")
    (mention,) = run("Gray had been in trouble with the law before, having been arrested "
                     "three times since October and had previously been charged with grand "
                     "larceny and inciting a riot, police said.", [arrests]).mentions["arrests"]
    assert (mention.quantity.text, mention.disagrees) == ("three times", True)
    hit = fact("hit", "Seven bullets hit Kimani Gray, the autopsy found.", "7 bullets")
    (mention,) = run(shot, [hit]).mentions["hit"]
    assert (mention.quantity.text, mention.disagrees) == ("eleven times", True)


def test_times_after_a_hit_and_its_object_count_the_bullets_that_hit() -> None:
    """"hitting Gray eleven times": the verb of hitting stands before its object, a name
    or pronoun, and the times count the bullets that hit."""
    hit = fact("hit", "The autopsy found that seven bullets struck Kimani Gray when two "
               "officers opened fire on him.", "7 bullets")
    for text in ("Both officers fired, hitting Gray eleven times in his torso and legs.",
                 "Both officers fired, striking him eleven times."):
        (mention,) = run(text, [hit]).mentions["hit"]
        assert mention.quantity.text == "eleven times" and mention.disagrees, text


def test_a_possessive_of_the_noun_a_claim_gives_its_figure_leaves_it_understood() -> None:
    """"The crime family had about 200 made members": "the family's 200 'made' soldiers"
    states it; another possessive before a bare number does not."""
    members = fact("members", "Under Gigante, the Genovese crime family had about 200 made "
                   "members.", "about 200 members")
    (mention,) = run('Investigators said each of the family\'s 200 "made" soldiers obeyed '
                     "Gigante.", [members]).mentions["members"]
    assert mention.quantity.text == "200"
    assert figures(run("Investigators said the mayor's 200 aides obeyed Gigante's family.",
                       [members]), "members") == []


def test_a_figure_for_a_pair_the_claim_names_one_of_is_their_total() -> None:
    """"Eight children by his wife and a mistress" totals both: against "three children
    with his mistress" it may agree, never fail; a claim of both takes it."""
    mistress = fact("mistress", "Gigante had three children with his mistress, Olympia "
                    "Esposito.", "3 children")
    text = "Gigante had eight children by his wife and a mistress, both named Olympia."
    assert vetoed(run(text, [mistress]), "mistress", "eight children").veto == (
        "the total of his wife and a mistress")
    (mention,) = run("Gigante had five children with his mistress, Olympia Esposito.",
                     [mistress]).mentions["mistress"]
    assert mention.disagrees
    both = fact("both", "Gigante had nine children with his wife and his mistress.",
                "9 children")
    (mention,) = run(text, [both]).mentions["both"]
    assert mention.disagrees


def test_a_relation_or_the_claims_target_opening_a_sentence_owns_its_figure() -> None:
    """"His sergeant ... had served with the department for 22 years" is the sergeant's,
    not Deputy Ortiz's; "a rival gang member answered with four shots" is one of those
    Lopez fired at. A relation named as the claim's person ("His half-brother, Jonathan
    Carrasquillo, 24,") and a subject the claim's target words do not all describe ("A
    gang member ... sprayed 13 bullets") stay the claim's."""
    service = fact("service", "Deputy Jerry Ortiz had served with the Los Angeles County "
                   "Sheriff's Department for 15 years.", "15 years")
    text = ("His sergeant, who was to partner him that day, had served with the department "
            "for 22 years.")
    assert vetoed(run(text, [service]), "service", "22 years").veto == (
        "the figure of his sergeant")
    shots = fact("shots", "Andrew Lopez fired 13 shots from the rooftop at rival gang "
                 "members.", "13 shots")
    matches = run("Police said a rival gang member answered with four shots from across the "
                  "street.", [shots])
    assert vetoed(matches, "shots", "four shots").veto == (
        "the figure of a rival gang member")
    (mention,) = run("A gang member was convicted after he sprayed 12 shots from a rooftop.",
                     [shots]).mentions["shots"]
    assert mention.disagrees
    age = fact("age", "Jonathan Carrasquillo, accused of ordering the rooftop shooting, is "
               "24.", "24 years")
    (mention,) = run("His half-brother, Jonathan Carrasquillo, 25, is also on trial for "
                     "murder.", [age]).mentions["age"]
    assert mention.disagrees


def test_a_number_in_brackets_after_the_claims_name_is_its_tally() -> None:
    """"overtake Buford (2,116)" gives Buford's tally, the claim's figure; "Bob Harstad
    (2,110)" beside it is another's and counts nothing."""
    day = dt.date(2013, 3, 9)
    text = ("McDermott passed Bob Harstad (2,110) and the next six helped him overtake "
            "Buford ({}), the last two players ahead of him.")
    (mention,) = run(text.format("2,126"), [RECORD], date=day).mentions["record"]
    assert mention.quantity.text == "2,126" and mention.disagrees
    matches = run(text.format("2,116"), [RECORD], date=day)
    assert figures(matches, "record") == ["2,116"]
    assert near(matches, "record", "2,110").veto == "no counted noun"


def test_a_bare_number_another_name_added_takes_the_earlier_counts_noun() -> None:
    """"Seth VanDeest led Drake with 13 points, while Richard Carter added 12": Carter's 12
    are points, as "Hillis added 101" after 226 yards are yards."""
    carter = fact("carter", "Drake's Richard Carter scored 12 points against Creighton.",
                  "12 points")
    text = "Seth VanDeest led Drake with 13 points, while Richard Carter added {} for Drake."
    (mention,) = run(text.format(14), [carter]).mentions["carter"]
    assert mention.quantity.text == "14" and mention.disagrees
    assert figures(run("Seth VanDeest led Drake with 13 points, and Richard Carter had 12 "
                       "seconds left.", [carter]), "carter") == []


def test_a_claims_bare_number_beside_a_measure_is_in_its_unit() -> None:
    """"The Chiefs rushed for 352 yards, with Jamaal Charles running for 226 and Peyton
    Hillis for 101": the claim's 101 are yards, so "Hillis added 101 yards" restates that
    figure, not the team's total."""
    total = fact("total", "The Chiefs rushed for 352 yards as a team against the Colts, with "
                 "Jamaal Charles running for 226 and Peyton Hillis for 101.", "352 yards")
    matches = run("Peyton Hillis added 101 yards on the ground for the Chiefs against the "
                  "Colts.", [total])
    assert vetoed(matches, "total", "101 yards").veto == "the claim's other figure '101'"
    (mention,) = run("The Chiefs ran for 325 yards against the Colts.",
                     [total]).mentions["total"]
    assert mention.disagrees


def test_a_part_of_a_named_persons_whole_is_a_part() -> None:
    """"five of Zurana Horton's orphaned children" is a part of her children: "a mother of
    12" counts the whole and never fails it."""
    five = fact("five", "Horton's mother, Denise Peace, is caring for five of Zurana Horton's "
                "orphaned children.", "5 children")
    matches = run("Zurana Horton, 34, a mother of 12, was fatally shot in 2011.", [five])
    assert vetoed(matches, "five", "12").veto == (
        "counts the whole the claim's figure is a part of")


def test_a_part_of_a_whole_someone_else_owns_is_the_claims_subjects_own_count() -> None:
    """"Maria Lopez had nine of the Wildcats' 17 assists" states Lopez's nine assists (and
    a wrong part fails her), the team's 17 being the whole. Not where the whole is
    narrowed ("the Wildcats' first 17"), nor where the sentence does not name her."""
    assists = fact("assists", "Maria Lopez dished out nine assists for the Wildcats in the "
                   "semifinal.", "9 assists")
    assert figures(run("Maria Lopez had nine of the Wildcats' 17 assists.", [assists]),
                   "assists") == ["nine"]
    (mention,) = run("Maria Lopez had seven of the Wildcats' 17 assists.",
                     [assists]).mentions["assists"]
    assert mention.quantity.text == "seven" and mention.disagrees
    matches = run("Maria Lopez had seven of the Wildcats' first 17 assists.", [assists])
    assert near(matches, "assists", "seven").veto == "a part of a whole"
    matches = run("Seven of the Wildcats' 17 assists came from the bench.", [assists])
    assert near(matches, "assists", "Seven").veto == "a part of a whole"


def test_a_longer_time_in_the_owner_of_the_claims_place_never_fails_it() -> None:
    """"worked in the fire department's arson squad for six years": the squad is part of
    what the possessive names, so "a 20-year member of the fire department" may be the
    whole career, agreeing, never failing; a time in the squad itself still fails, and
    a name written with its possessive ("the Alameda County Sheriff's Department") is one
    place, no part of an owner."""
    squad = fact("squad", "Captain Ann Lee had worked in the fire department's arson squad "
                 "for six years.", "6 years")
    matches = run("Lee, 44, was a 20 - year member of the fire department.", [squad])
    assert vetoed(matches, "squad", "20 - year").veto == "the whole of the claim's time"
    (mention,) = run("Lee had spent nine years in the arson squad.",
                     [squad]).mentions["squad"]
    assert mention.disagrees
    # a name with its possessive is one place, not a part of its owner
    service = fact("service", "Captain Ann Lee had served with the Alameda County Sheriff's "
                   "Department for six years.", "6 years")
    (mention,) = run("Lee, 44, was a 20 - year member of the sheriff's department.",
                     [service]).mentions["service"]
    assert mention.disagrees


def test_a_longer_time_naming_the_whole_of_a_claims_part_never_fails_it() -> None:
    """"the last five years of his sheriff's department career": "a 15-year member of the
    sheriff's department" may be the whole career; "the last eight years of his career in
    the anti-gang unit", naming the part too, still fails, as does a shorter time."""
    unit = fact("unit", "Deputy Jerry Ortiz had spent the last five years of his sheriff's "
                "department career in its anti-gang unit.", "5 years")
    matches = run("Ortiz, 35, was a 15-year member of the sheriff's department.", [unit])
    assert vetoed(matches, "unit", "15-year").veto == "the whole of the claim's time"
    for text in ("Ortiz had spent the last eight years of his career in the anti-gang unit.",
                 "Ortiz had spent the last three years of his career in the anti-gang unit."):
        (mention,) = run(text, [unit]).mentions["unit"]
        assert mention.disagrees, text


def test_a_longer_time_whose_clause_names_the_whole_never_fails_the_part() -> None:
    """A sentence may name the part in another clause: "Deputy Ortiz had served with the
    Sheriff's Department for 15 years and was assigned to the Anti-Gang Unit" gives the
    department's years; a clause that names the part still fails."""
    unit = fact("unit", "Deputy Jerry Ortiz had spent the last five years of his sheriff's "
                "department career in its anti-gang unit.", "5 years")
    for text, figure in [("Deputy Ortiz had served with the Los Angeles County Sheriff's "
                          "Department for 15 years and was assigned to the Anti - Gang Unit.",
                          "15 years"),
                         ("He was a 15 - year veteran of the department and had been a member "
                          "of its anti - gang unit for the past five years.", "15 - year")]:
        assert near(run(text, [unit]), "unit", figure).veto == (
            "the whole of the claim's time"), text
    (mention,) = run("He joined the department in 1990 and had spent the last eight years of "
                     "his career in the anti-gang unit.", [unit]).mentions["unit"]
    assert mention.disagrees


def test_a_figure_marked_as_a_total_never_fails_a_claims_part() -> None:
    """"In all, Orozco faces four counts" is the total of which "two counts of possession
    of a firearm by a felon" is a part; a claim of nothing but who, what and its verb
    ("Orozco faces four counts") is the total itself and still fails on five."""
    part = fact("part", "Besides the murder counts, Orozco faced two counts of possession of a "
                "firearm by a felon.", "2 counts")
    matches = run("In all, Orozco faces four counts.", [part])
    assert vetoed(matches, "part", "four counts").veto == (
        "a total, of which the claim may count a part")
    total = fact("total", "Orozco faces four counts.", "4 counts")
    (mention,) = run("In all, Orozco faces five counts.", [total]).mentions["total"]
    assert mention.disagrees
    # a figure of the claim's own kind, by the words before its noun, is all of that kind
    ports = fact("ports", "Apple's next-generation MacBook Pro, unveiled at WWDC, has two "
                 "Thunderbolt ports.", "2 ports")
    (mention,) = run("It also gets a new MagSafe 2 and three Thunderbolt ports in all.",
                     [ports]).mentions["ports"]
    assert mention.disagrees
    matches = run("It also gets a new MagSafe 2 and three ports in all.", [ports])
    assert near(matches, "ports", "three ports").veto == (
        "a total, of which the claim may count a part")


def test_a_figure_for_each_is_not_a_figure_for_all() -> None:
    """"The sergeant and the officer who each fired 11 shots" gives each one's figure:
    against "fired 11 shots between them" it states nothing, and the "22 shots in all"
    beside it, their figure together, fails the claim (the claim marks its own as a
    total, so "in all" makes it no part of a larger one). The other way, "a total of 20
    years" is no statement of "each was sentenced to 10 years". A claim that marks
    neither takes either."""
    shots = fact("shots", "The sergeant and the officer fired 11 shots between them at "
                 "Kimani Gray.", "11 shots")
    said = "The sergeant and the officer who each fired 11 shots at Kimani Gray were named."
    assert vetoed(run(said, [shots]), "shots", "11 shots").veto == (
        "each one's figure, not theirs together")
    both = said.replace("11 shots", "11 shots, 22 shots in all,")
    (mention,) = run(both, [shots]).mentions["shots"]
    assert (mention.quantity.text, mention.disagrees) == ("22 shots", True)
    each = fact("each", "The two brothers were each sentenced to 10 years in prison.",
                "10 years")
    matches = run("The two brothers were sentenced to a total of 20 years in prison.", [each])
    assert vetoed(matches, "each", "20 years").veto == "their figure together, not each one's"
    plain = fact("plain", "The sergeant and the officer fired 11 shots at Kimani Gray.",
                 "11 shots")
    (mention,) = run(said, [plain]).mentions["plain"]
    assert not mention.disagrees


def test_a_claims_others_are_not_the_whole_marked_as_such() -> None:
    """"Besides Jeffs, 11 other men were charged": "Jeffs and 11 other men, 12 men in
    all" states the 11, and its "12 men in all" is the whole, neither a part of a list
    summed nor the claim's others."""
    others = fact("others", "Besides Warren Jeffs, 11 other sect men were charged in "
                  "Texas.", "11 men")
    matches = run("Jeffs and 11 other sect men, 12 men in all, were charged in Texas.",
                  [others])
    assert [(c.quantity.text, c.disagrees) for c in matches.mentions["others"]] == [
        ("11 other sect men", False)]
    assert near(matches, "others", "12 men").veto == (
        "the whole, of which the claim counts the others")


def test_a_count_stated_as_none_speaks_only_of_its_own_noun() -> None:
    """"no injuries were reported" states a toll of 0 injuries: it states and fails a fact
    counted in injuries, but says nothing of the 46 people arrested its sentence also
    tells of, though a count of people meets every toll."""
    hurt = fact("hurt", "No one was injured in the Wednesday night riot in East Flatbush.",
                "0 injuries")
    arrests = fact("arrests", "Police arrested 46 people in the Wednesday night riot in East "
                   "Flatbush.", "46 people")
    text = "Police arrested one person in the riot in East Flatbush, and no injuries were reported."
    matches = run(text, [hurt, arrests])
    (mention,) = matches.mentions["hurt"]
    assert (mention.quantity.text, mention.disagrees) == ("no injuries", False)
    assert near(run(text, [arrests]), "arrests", "no injuries").veto == (
        "none of another thing: injury")
    (mention,) = run(text.replace("no injuries were", "two injuries were"),
                     [hurt]).mentions["hurt"]
    assert mention.disagrees


def test_a_figure_tied_by_when_to_another_occasion_never_fails() -> None:
    """"No shots were fired when Orozco was taken into custody" counts the shots of that
    occasion, which the claim of the shooting never names: it never fails "fired one
    shot". A "when" that ties no verb of the figure's ("a mother of 12 when he sprayed
    13 bullets"), or another verb joined by "and", leaves the figure as it was."""
    shot = fact("shot", "Jose Luis Orozco fired one shot from behind the apartment door, "
                "hitting Deputy Jerry Ortiz.", "1 shot")
    matches = run("No shots were fired when Orozco was taken into custody, he added.", [shot])
    assert near(matches, "shot", "No shots").veto == (
        "another occasion: when Orozco was taken into custody")
    (mention,) = run("Two shots were fired from behind the apartment door when Orozco hit "
                     "Ortiz.", [shot]).mentions["shot"]
    assert mention.disagrees  # "hit" is the claim's own occasion
    children = fact("children", "Zurana Horton, who was killed by a stray bullet, was a mother "
                    "of 12.", "12 children")
    (mention,) = run("Lopez was convicted of killing a mother of 18 when he sprayed 13 "
                     "bullets from a rooftop.", [children]).mentions["children"]
    assert mention.disagrees


def test_a_count_of_another_named_kind_is_not_the_claims() -> None:
    """"It will have two USB ports" counts another kind of port than "has two Thunderbolt
    ports" or `0 Ethernet ports`: it states neither. A count of the claim's own kind
    still fails it, and a claim that names no kind takes any."""
    thunderbolt = fact("thunderbolt", "Apple's new MacBook Pro has two Thunderbolt ports.",
                       "2 ports")
    ethernet = fact("ethernet", "Apple's new MacBook Pro has no Ethernet port.",
                    "0 Ethernet ports")
    said = "The new MacBook Pro will have three USB 3.0 ports."
    assert near(run(said, [thunderbolt]), "thunderbolt", "three USB 3.0 ports").veto == (
        "counts USB ports, another kind")
    assert near(run(said, [ethernet]), "ethernet", "three USB 3.0 ports").veto == (
        "counts USB ports, another kind")
    (mention,) = run(said.replace("USB 3.0", "Thunderbolt"), [thunderbolt]).mentions[
        "thunderbolt"]
    assert mention.disagrees
    ports = fact("ports", "Apple's new MacBook Pro has two ports.", "2 ports")
    (mention,) = run(said, [ports]).mentions["ports"]
    assert mention.disagrees


def test_a_claims_ordinal_counts_up_to_its_moment() -> None:
    """"Broke the record with his 11th point" counts up to that point: the game's total
    of 23 may follow it and never fails it; a total below it does."""
    nth = fact("nth", "McDermott broke Buford's scoring record with his 11th point of the "
               "Drake game, a first-half free throw.", "11 points")
    matches = run("McDermott scored 23 points against Drake.", [nth])
    assert vetoed(matches, "nth", "23 points").veto == "a total past the claim's ordinal"
    (mention,) = run("McDermott scored 9 points against Drake.", [nth]).mentions["nth"]
    assert mention.disagrees
    total = fact("total", "McDermott scored 11 points against Drake.", "11 points")
    (mention,) = run("McDermott scored 23 points against Drake.", [total]).mentions["total"]
    assert mention.disagrees


def test_a_figure_in_a_relative_clause_is_the_name_it_hangs_from() -> None:
    """"Brady Quinn, who was just 10 of 22 for 162 yards": the clause after ", who" tells
    of the name before it, so against Butler's return the figure is Quinn's though the
    claim names Quinn. The claim's actor there, or a verb of reporting, leaves it open."""
    butler = fact("butler", "Colts cornerback Darius Butler returned a Brady Quinn "
                  "interception 32 yards for a touchdown.", "32 yards")
    day = dt.date(2012, 12, 24)
    text = "The Chiefs lost with Brady Quinn, who threw for 162 yards and an interception."
    assert vetoed(run(text, [butler], date=day), "butler", "162 yards").veto == (
        "the figure of Brady Quinn")
    for other in (text.replace("Brady Quinn", "Darius Butler").replace("threw", "ran"),
                  "Brady Quinn, who said Butler's return went 62 yards, threw an "
                  "interception."):
        (mention,) = run(other, [butler], date=day).mentions["butler"]
        assert mention.disagrees, other


def test_a_relative_clause_after_an_aside_in_brackets_is_the_names_before_it() -> None:
    """"the Chiefs (2-13), who had 352 yards rushing": the team's yards, not those of the
    Chiefs running back the claim names."""
    charles = fact("charles", "Chiefs running back Jamaal Charles rushed for 226 yards in "
                   "the loss to the Colts.", "226 yards")
    text = ("Peyton Hillis added 101 yards on the ground for the Chiefs (2-13), who had "
            "352 yards rushing in a losing effort.")
    assert near(run(text, [charles], date=dt.date(2012, 12, 24)), "charles",
                "352 yards").veto == "the figure of Chiefs"


def test_a_date_after_a_claim_verb_and_another_name_is_anothers() -> None:
    """"by beating Bradley on Thursday night" dates a win over another team than the
    claim's "beat Drake"; the claim's own name, or another verb, leaves the date."""
    game = fact("game", "Top-seeded Creighton beat Drake 65-53 in the Missouri Valley "
                "Conference quarterfinals on Friday, March 8, 2013.", "2013-03-08")
    date = dt.date(2013, 3, 9)
    matches = run("Drake reached the Missouri Valley quarterfinals by beating Bradley on "
                  "Thursday night.", [game], date=date)
    assert vetoed(matches, "game", "Thursday").veto == (
        "dates beating Bradley, whom the claim does not name")
    (mention,) = run("Creighton reached the Missouri Valley quarterfinals by beating Drake "
                     "on Thursday night.", [game], date=date).mentions["game"]
    assert mention.disagrees


def test_a_date_of_the_claims_verb_done_to_its_actor_is_another_events() -> None:
    """Against "Wichita State reached the final by beating Loyola on Saturday", "Creighton
    defeated Wichita State 68-65 on Sunday" (the score set off or not) dates a game the
    claim's team lost, not its win; a claim in the passive ("Horton was shot and
    killed") has its name suffer the verb, and keeps the date."""
    win = fact("win", "Wichita State reached the final by beating Loyola in the semifinal on "
               "Saturday, March 9, 2013.", "2013-03-09")
    date = dt.date(2013, 3, 11)
    for text in ("Top-seeded Creighton defeated Wichita State 68 - 65 on Sunday in the final.",
                 "Creighton defeated Wichita State, 68-65, on Sunday in the final."):
        assert vetoed(run(text, [win], date=date), "win", "Sunday").veto == (
            "dates defeated Wichita State, where the claim's Wichita State does it"), text
    killing = fact("killing", "Zurana Horton was shot and killed on a Brooklyn street on "
                   "October 21, 2011.", "2011-10-21")
    matches = run("Two men are charged with killing Zurana Horton, 34, on Oct. 24, 2011.",
                  [killing], date=dt.date(2013, 4, 11))
    assert figures(matches, "killing") == ["Oct. 24, 2011"]  # a discrepancy, caught


def test_a_date_of_the_crime_noun_of_its_victim_is_not_the_legal_steps() -> None:
    """Against a conviction dated March 20, 2007, "the ambush slaying of Deputy Jerry Ortiz
    in June 2005" dates the crime the conviction is for; a sentence that tells the
    conviction too ("was convicted of the murder of Jerry Ortiz on March 20, 2007") dates
    the claim's step, as the claim's own wording does, unless another date before dates
    the step ("today convicted ... of murdering Deputy Jerry Ortiz in June, 2005")."""
    verdict = fact("verdict", "A Norwalk jury convicted Jose Luis Orozco of murdering Deputy "
                   "Jerry Ortiz on March 20, 2007.", "2007-03-20")
    text = ("The judge weighed all the factors in the ambush slaying of Los Angeles County "
            "Sheriff's Deputy Jerry Ortiz in June 2005.")
    assert vetoed(run(text, [verdict]), "verdict", "June 2005").veto == (
        "dates the slaying of Ortiz, what the claim's step is for")
    for day in ("March 20, 2007", "March 21, 2007"):
        (mention,) = run(f"Orozco was convicted of the murder of Jerry Ortiz on {day}.",
                         [verdict]).mentions["verdict"]
        assert mention.disagrees == (day != "March 20, 2007"), day
        (mention,) = run(f"A jury convicted a gang member of murdering Los Angeles County "
                         f"Sheriff's Deputy Jerry Ortiz on {day}.", [verdict]).mentions["verdict"]
        assert mention.disagrees == (day != "March 20, 2007"), day
    # where the conviction has its own date before ("today"), the one after is the crime's
    dated = ("A jury in Norwalk today convicted a gang member of murdering Los Angeles County "
             "Sheriff's Deputy Jerry Ortiz in June, 2005.")
    assert near(run(dated, [verdict], date=dt.date(2007, 3, 20)), "verdict",
                "June, 2005").veto == "dates the murdering of Ortiz, what the claim's step is for"


def test_a_thing_given_to_a_name_the_claim_lacks_is_anothers() -> None:
    """Where the claim names who its thing went to ("the touchdown pass to Reggie Wayne"),
    a figure of one that went to a name the claim lacks is another thing; the claim's own
    name, or a claim naming no one there, leaves it."""
    touchdown = fact("touchdown", "Luck's go-ahead touchdown pass to Reggie Wayne late in the "
                     "fourth quarter was a 7-yard throw.", "7 yards")
    matches = run("Luck completed an 11-yard pass to T.Y. Hilton late in the fourth quarter "
                  "to set up the touchdown.", [touchdown], date=dt.date(2012, 12, 24))
    assert vetoed(matches, "touchdown", "11-yard").veto == (
        "to T.Y. Hilton, whom the claim does not name")
    matches = run("Luck threw an 11-yard touchdown pass to Wayne late in the fourth quarter.",
                  [touchdown], date=dt.date(2012, 12, 24))
    assert figures(matches, "touchdown") == ["11-yard"]  # a discrepancy, caught
    anonymous = fact("anonymous", "Luck's go-ahead touchdown pass late in the fourth quarter "
                     "was a 7-yard throw.", "7 yards")
    matches = run("Luck threw an 11-yard touchdown pass to T.Y. Hilton late in the fourth "
                  "quarter.", [anonymous], date=dt.date(2012, 12, 24))
    assert figures(matches, "anonymous") == ["11-yard"]


def test_the_owner_of_a_claims_place_is_not_the_place() -> None:
    """Against "worked in the sheriff's department's anti-gang unit for the last five
    years", a figure beside the department alone counts years in the department; one
    beside the unit is the fact's. An owner that opens the claim is left alone."""
    unit = fact("unit", "Ortiz had worked in the sheriff's department's anti-gang unit for the "
                "last five years.", "5 years")
    matches = run("Ortiz was a 15-year member of the sheriff's department.", [unit],
                  date=dt.date(2005, 6, 26))
    assert vetoed(matches, "unit", "15-year").veto == (
        "names the sheriff's department, not its anti-gang unit")
    matches = run("Ortiz had worked in the department's anti-gang unit for 15 years.", [unit],
                  date=dt.date(2005, 6, 26))
    assert figures(matches, "unit") == ["15 years"]  # a discrepancy, caught
    served = fact("served", "Ortiz had served with the sheriff's department's anti-gang unit "
                  "for the last five years.", "5 years")  # "with" places him too
    matches = run("Ortiz was a 15-year member of the sheriff's department.", [served],
                  date=dt.date(2005, 6, 26))
    assert vetoed(matches, "served", "15-year").veto == (
        "names the sheriff's department, not its anti-gang unit")
    cuts = fact("cuts", "The company's chief executive said 500 jobs would be cut.", "500 jobs")
    matches = run("The company said 600 jobs would be cut.", [cuts], date=dt.date(2005, 6, 26))
    assert figures(matches, "cuts") == ["600 jobs"]
    # an owner the claim also names on its own is no mere owner: "Sheriff's deputies"
    weight = fact("weight", "Sheriff's deputies described Jose Luis Orozco, the suspect sought "
                  "in the deputy's killing, as weighing 135 pounds.", "135 pounds")
    assert figures(run("Deputies said that Orozco is 5 - foot - 8, 135 pounds.", [weight],
                       date=dt.date(2005, 6, 26)), "weight") == ["135 pounds"]
    # what an act is against is no place anyone is in: "government services" in the
    # strike's sentence does not make it a figure of the government's
    strike = fact("strike", "Greek unions staged a one-day nationwide general strike against "
                  "the government's austerity measures.", "one day")
    matches = run("The marches came amid a 24-hour nationwide general strike that shut down "
                  "ports, schools and government services.", [strike], date=dt.date(2010, 5, 5))
    assert figures(matches, "strike") == ["24-hour"]


def test_a_count_after_first_next_or_last_counts_a_stretch() -> None:
    """"With his first five points of the game" counts a stretch of the points, not the
    "11th point" the record fell on: it may agree, never fail. A claim that puts the same
    word before its own figure ("his first 20 points") is left alone."""
    record = fact("record", "McDermott broke Buford's scoring record with his 11th point of "
                  "the Drake game, a first-half free throw.", "11 points")
    text = "With his {} points of the game, McDermott passed Bob Harstad on the scoring chart."
    for stretch in ("first five", "next six", "last two"):
        assert vetoed(run(text.format(stretch), [record]), "record", stretch.split()[1]
                      + " points").veto == f"counts the {stretch.split()[0]} of a sequence"
    assert figures(run(text.format("first 11"), [record]), "record") == ["11 points"]
    first = fact("first", "McDermott scored his first 20 points of the game before the break.",
                 "20 points")
    (mention,) = run(text.format("first 15"), [first]).mentions["first"]
    assert mention.disagrees


def test_the_younger_of_a_list_is_its_least() -> None:
    """Against "the younger of the two girls", of "two girls, aged 15 and 12" only the 12
    speaks; against "the older", only the 15. A figure in no list is left alone."""
    younger = fact("younger", "Jeffs was convicted of assaulting a 12-year-old girl, the younger "
                   "of the two girls he took as brides.", "12 years")
    older = fact("older", "Jeffs was convicted of assaulting a 15-year-old girl, the older of "
                 "the two girls he took as brides.", "15 years")
    text = "Jeffs was convicted of assaulting two girls, aged 15 and 12, he took as brides."
    matches = run(text, [younger], date=dt.date(2011, 8, 10))
    assert figures(matches, "younger") == ["12"]
    assert near(matches, "younger", "15").veto == "not the younger of 15 and 12"
    matches = run(text, [older], date=dt.date(2011, 8, 10))
    assert figures(matches, "older") == ["15"]
    matches = run("Jeffs was convicted of assaulting a 14-year-old girl he took as a bride.",
                  [younger], date=dt.date(2011, 8, 10))
    assert figures(matches, "younger") == ["14-year"]  # a discrepancy, caught


def test_a_list_of_ages_is_ages_of_whom_it_follows() -> None:
    """"ages 12 and 15" are two ages, the second as much as the first, and both belong to
    what they follow: against the age of the man who assaulted them, neither speaks."""
    text = "Jeffs assaulted two girls, ages 12 and 15, and three women, the prosecutors said."
    reading = read(Article(path=Path("a.txt"), name="a.txt", text=text))
    assert [reading.quantities[i].text for i in sorted(reading.ages)] == ["12", "15"]
    jeffs = fact("jeffs", "Warren Jeffs was 55 years old when he was convicted in Texas.",
                 "55 years")
    matches = run("Warren Jeffs was convicted in Texas of assaulting two girls, aged 15 and 12.",
                  [jeffs], date=dt.date(2011, 8, 10))
    assert figures(matches, "jeffs") == []
    assert [near(matches, "jeffs", f).veto for f in ("15", "12")] == ["the age of a girl"] * 2


def test_a_whole_that_includes_the_facts_figure_is_not_it() -> None:
    """"23 quakes occurred, including six smaller ones": the 23 holds the fact's six, and is
    no statement of it; a whole the claim itself counts keeps its figure."""
    foreshocks = fact("foreshocks", "Six smaller quakes struck around The Geysers on Sunday "
                      "before the big earthquake.", "6 quakes")
    matches = run("Altogether, 23 quakes struck around The Geysers on Sunday, including the big "
                  "earthquake and six smaller ones before it.", [foreshocks],
                  date=dt.date(2009, 1, 5))
    assert "23 quakes" not in figures(matches, "foreshocks")
    assert near(matches, "foreshocks", "23 quakes").veto == (
        "the whole that includes six smaller ones")
    injured = fact("injured", "Twenty people were injured in the blast.", "20 people")
    matches = run("Twenty people were injured in the blast, including three children.",
                  [injured], date=dt.date(2009, 1, 5))
    assert figures(matches, "injured") == ["Twenty people"]


def test_a_distance_closing_a_places_apposition_locates_that_place() -> None:
    """"people in Cobb, a small community in Lake County, 4 miles east of The Geysers":
    the 4 miles say where Cobb is, not where the quake was centred, unless the claim
    names Cobb."""
    centre = fact("centre", "The Sonoma County earthquake was centered two miles from The "
                  "Geysers geothermal field.", "2 miles")
    text = ("The earthquake startled people in Cobb, a small community along Highway 175 in "
            "Lake County, 4 miles east of The Geysers.")
    assert vetoed(run(text, [centre]), "centre", "4 miles").veto == "locates Cobb"
    plain = "The earthquake was centered 4 miles east of The Geysers, near Cobb."
    (mention,) = run(plain, [centre]).mentions["centre"]
    assert mention.disagrees
    cobb = fact("cobb", "Cobb, a town in Lake County, lies two miles from The Geysers.",
                "2 miles")
    (mention,) = run(text, [cobb]).mentions["cobb"]
    assert mention.disagrees



def test_a_distance_right_after_a_noun_for_people_locates_them() -> None:
    """"a motorist 50 miles north of Detroit spotted the car" says where the motorist
    was, not where the office building stands."""
    office = fact("office", "The Troy office building where the shooting took place is about "
                  "15 miles north of Detroit.", "about 15 miles")
    text = "After the shooting, a motorist 50 miles north of Detroit spotted the vehicle."
    assert vetoed(run(text, [office]), "office", "50 miles").veto == "locates a motorist"
    (mention,) = run("The shooting took place in an office building 50 miles north of "
                     "Detroit.", [office]).mentions["office"]
    assert mention.disagrees



def test_a_distance_placing_a_thing_locates_that_thing() -> None:
    """"evacuated the building, about 15 miles north of Detroit" and "The office building
    is about 15 miles north of Detroit" place the building, not the motorist of the
    claim; the same figure said of the claim's own thing still states it, and a size
    said of a thing ("The machine is 0.71 inches thin") places nothing."""
    tip = fact("tip", "A motorist about 50 miles north of Detroit, near Flint, spotted the car "
               "and called police.", "about 50 miles")
    for text in ("Police evacuated the building, about 15 miles north of Detroit.",
                 "The office building is about 15 miles north of Detroit."):
        assert vetoed(run(text, [tip]), "tip", "about 15 miles").veto == "locates the building"
    (mention,) = run("A motorist, about 60 miles north of Detroit, spotted the car.",
                     [tip]).mentions["tip"]
    assert mention.disagrees
    thin = fact("thin", "The new MacBook Pro is 0.71 inches thick.", "0.71 inches")
    (mention,) = run("The machine is 0.81 inches thin.", [thin]).mentions["thin"]
    assert mention.disagrees


def test_a_distance_said_of_a_bare_spot_locates_the_event() -> None:
    """A relative clause places its noun ("the building, which lies 15 miles north of
    Detroit"), and the relative pronoun is no thing; a bare spot ("at a spot that lies 18
    miles east of Cloverdale") is where the event was, so its distance is the claim's."""
    tip = fact("tip", "A motorist about 50 miles north of Detroit, near Flint, spotted the car "
               "and called police.", "about 50 miles")
    for text in ("Police evacuated the building, which lies about 15 miles north of Detroit.",
                 "Police evacuated an office building that sits about 15 miles north of "
                 "Detroit."):
        assert vetoed(run(text, [tip]), "tip", "about 15 miles").veto == "locates the building"
    epicenter = fact("epicenter", "The earthquake's epicenter was 13 miles east of "
                     "Cloverdale.", "13 miles")
    (mention,) = run("The temblor occurred at 9:27 a.m. at a spot that lies 18 miles east of "
                     "Cloverdale.", [epicenter]).mentions["epicenter"]
    assert mention.disagrees


def test_a_distance_measured_from_another_place_is_another_distance() -> None:
    santa_rosa = fact("santa-rosa", "The earthquake near The Geysers was centered 23 miles "
                      "north of Santa Rosa.", "23 miles")
    text = "The quake near The Geysers was centered {} miles {}."
    matches = run(text.format(13, "east of Cloverdale"), [santa_rosa])
    assert vetoed(matches, "santa-rosa", "13 miles").veto == "measured from cloverdale"
    for bearing in ("east southeast of", "north-northwest of", "southwest from"):
        matches = run(text.format(13, f"{bearing} Cloverdale"), [santa_rosa])
        assert near(matches, "santa-rosa", "13 miles").veto == "measured from cloverdale"
    for place in ("north of Santa Rosa", "from Santa Rosa", "north"):
        (mention,) = run(text.format(25, place), [santa_rosa]).mentions["santa-rosa"]
        assert mention.disagrees, place


def test_a_distance_from_the_claims_place_counts_as_what_it_measures() -> None:
    """"4 miles southeast of The Geysers" is a distance from the claim's place, as "troops"
    is a count of the claim's troops: with one more word of the claim it is a mention,
    though it disagrees. "16GB of RAM" is no distance from RAM."""
    geysers = fact("geysers", "The earthquake was centered two miles from The Geysers.",
                   "two miles")
    text = "The temblor occurred at 9:27 a.m., 13 miles east of Cloverdale and {}."
    (mention,) = run(text.format("4 miles southeast of The Geysers"),
                     [geysers]).mentions["geysers"]
    assert mention.disagrees and "from Geysers" in mention.shared
    assert "Geysers" not in mention.shared  # counted once, as the place it measures from
    ram = fact("ram", "The new MacBook Pro takes 16GB of RAM.", "16GB")
    (mention,) = run("The MacBook Pro ships with 8GB of RAM.", [ram]).mentions["ram"]
    assert not any(label.startswith("from ") for label in mention.shared)


def test_a_difference_is_no_amount_nor_the_reverse() -> None:
    cut = fact("cut", "The new 13-inch MacBook Air costs $100 less than the model it "
               "replaces.", "$100")
    price = fact("price", "The new 13-inch MacBook Air costs $999.", "$999")
    matches = run("The new 13-inch MacBook Air costs $150 in shipping to the US.", [cut])
    assert near(matches, "cut", "$150").veto == "not a difference"
    matches = run("The new 13-inch MacBook Air is $200 cheaper than the model it replaces.",
                  [cut, price])
    (mention,) = matches.mentions["cut"]
    assert mention.quantity.text == "$200" and mention.disagrees
    assert near(matches, "price", "$200").veto == "a difference"
    assert figures(run("Four more men are awaiting trial.", [fact(
        "waiting", "Four more FLDS men were awaiting trial.", "4 men")]), "waiting") == [
        "Four more men"]  # more men, not a difference


def test_a_gap_to_a_mark_is_a_difference() -> None:
    """"three rebounds off her career best" and "two votes short of a majority" measure a
    gap, not the amount; "13 miles off the coast" is still a distance."""
    rebounds = fact("rebounds", "Maria Lopez grabbed nine rebounds in the semifinal.",
                    "9 rebounds")
    matches = run("Maria Lopez grabbed nine rebounds. She was three rebounds off her career "
                  "best.", [rebounds])
    assert figures(matches, "rebounds") == ["nine rebounds"]
    assert near(matches, "rebounds", "three rebounds").veto == "a difference"
    votes = fact("votes", "The council approved the plan with 31 votes.", "31 votes")
    matches = run("The plan won 31 votes, two votes short of a majority.", [votes])
    assert figures(matches, "votes") == ["31 votes"]
    assert near(matches, "votes", "two votes").veto == "a difference"
    quake = fact("quake", "The quake struck 13 miles from Eureka.", "13 miles")
    (mention,) = run("The quake struck 15 miles off the coast of Eureka.",
                     [quake]).mentions["quake"]
    assert mention.disagrees


def test_a_figure_a_verb_of_change_takes_before_a_new_level_is_the_change() -> None:
    """"has dropped $100 to $1,199" states the change, as "$100 less" does, and the level
    after "to" is no difference; "has dropped to $1,199" states only the level."""
    cut = fact("cut", "The new 13-inch MacBook Air costs $100 less than the model it "
               "replaces.", "$100")
    text = "The 11-inch Air still starts at $999, while the 13-inch Air has dropped {}."
    matches = run(text.format("$100 to $1,199"), [cut])
    assert figures(matches, "cut") == ["$100"]
    assert near(matches, "cut", "$1,199").veto == "not a difference"
    (mention,) = run(text.format("$200 to $1,099"), [cut]).mentions["cut"]
    assert mention.disagrees
    matches = run(text.format("to $1,199"), [cut])
    assert figures(matches, "cut") == []


def test_a_change_is_no_amount_and_competes_with_none() -> None:
    """"cut the starting price ... by $100" is a change, as "$100 less" is a difference:
    "Prices for the 13-inch models begin at $1,299" is no statement of it, nor a rival
    that leaves the price it misstates ambiguous; "trimmed the price by $200" is."""
    cut = fact("cut", "Apple cut the starting price of the 13-inch MacBook Air by $100.",
               "$100")
    price = fact("price", "The new 13-inch MacBook Air starts at $1,199.", "$1,199")
    matches = run("Prices for the 13-inch models start at $1,299, Apple said.", [cut, price])
    (mention,) = matches.mentions["price"]
    assert mention.quantity.text == "$1,299" and mention.disagrees
    assert near(matches, "cut", "$1,299").veto == "not a difference"
    matches = run("Apple trimmed the 13-inch MacBook Air's starting price by $200.",
                  [cut, price])
    (mention,) = matches.mentions["cut"]
    assert mention.quantity.text == "$200" and mention.disagrees
    assert figures(run("Apple announced a $200 price cut for the 13-inch MacBook Air.",
                       [cut]), "cut") == ["$200"]


def test_a_builtin_synonym_makes_custody_an_arrest() -> None:
    """"three people were taken into custody" were arrested; "three people were taken to
    hospital" were not."""
    arrests = fact("arrests", "Police arrested one person on Monday night in East Flatbush.",
                   "one person")
    text = "The NYPD said three people were taken into custody in East Flatbush on Monday."
    (mention,) = run(text, [arrests]).mentions["arrests"]
    assert mention.quantity.text == "three people" and mention.disagrees
    assert figures(run(text.replace("into custody", "to hospital"), [arrests]),
                   "arrests") == []


def test_a_builtin_synonym_makes_begin_start() -> None:
    """"Prices ... begin at $1,299" says what the claim's "starts at $1,199" says."""
    price = fact("price", "The new 13-inch MacBook Air starts at $1,199.", "$1,199")
    text = "Prices for the 13-inch models begin at $1,299."
    (mention,) = run(text, [price]).mentions["price"]
    assert mention.quantity.text == "$1,299" and mention.disagrees
    assert figures(run(text.replace("begin at", "are listed at"), [price]), "price") == []


def test_a_word_of_the_claims_count_that_says_which_is_evidence() -> None:
    """"2,129 career points": "career" says which points, as a word around the figure
    would; a word that says nothing of which ("six young men", "11 other men") or the
    number itself ("two") is no evidence."""
    career = fact("career", "Doug McDermott finished the Drake game with 2,129 career points.",
                  "2,129 points")
    text = "He takes 2,192 career points into the semifinals."
    (mention,) = run(text, [career], date=dt.date(2013, 3, 9)).mentions["career"]
    assert mention.disagrees and "career" in mention.shared
    assert figures(run(text.replace("career points", "points"), [career],
                       date=dt.date(2013, 3, 9)), "career") == []
    group = fact("group", "Kimani Gray was standing with a group of six young men.",
                 "6 young men")
    assert figures(run("Two young men were detained later.", [group]), "group") == []


def test_a_claims_bare_number_counts_the_values_noun() -> None:
    """"shot three people ..., killing one": the one is a person, so "shot to death one
    person" restates that figure and is no count of the people shot."""
    shot = fact("shot", "The gunman shot three people at the accounting firm, killing one.",
                "3 people")
    matches = run("The gunman shot to death one person at the accounting firm.", [shot])
    assert vetoed(matches, "shot", "one person").veto == "the claim's other figure 'one'"
    assert figures(run("The gunman shot four people at the accounting firm.", [shot]),
                   "shot") == ["four people"]


def test_words_only_of_what_the_claims_other_actors_did_speak_of_those_actors() -> None:
    """"died when protesters threw petrol bombs": a count that shares only the throwing
    ("a dozen youths hurling petrol bombs") counts throwers; one word of the claim's
    own clause beside them (the bank workers, their death) keeps it the claim's."""
    matches = run("A dozen youths hurled petrol bombs at stores in the capital.", [DEATHS])
    candidate = vetoed(matches, "deaths", "A dozen youths")
    assert candidate.veto.endswith("what the claim's other actors did")
    for count in ("three", "five"):
        text = f"The {count} employees died when petrol bombs were thrown into the bank."
        (mention,) = run(text, [DEATHS]).mentions["deaths"]
        assert mention.disagrees == (count == "five")


def test_a_count_of_the_claims_other_actors_is_not_its_count() -> None:
    """"died when protesters threw petrol bombs": one protester is no death."""
    matches = run("During the unrest, one protester threw a petrol bomb at a bank in Athens.",
                  [DEATHS])
    assert vetoed(matches, "deaths", "one protester").veto.startswith("counts the claim's")
    wounded = fact("wounded", "Two men, the firm partners Paul Riva and Alan Steinberg, were "
                   "wounded in the shooting.", "2 people")
    assert figures(run("The two managing partners were wounded in the shooting at the firm.",
                       [wounded]), "wounded") == ["two managing partners"]


def test_a_relative_clause_speaks_of_its_antecedent() -> None:
    """"the Chiefs (2-13), who had 528 yards": the Chiefs' yards, not Hillis's, even wrong."""
    for verb in ("had", "finished with"):
        text = (f"Peyton Hillis added 101 yards on the ground for the Chiefs (2-13), who "
                f"{verb} 528 yards rushing in a losing effort.")
        matches = run(text, [HILLIS, TEAM])
        assert "Hillis" not in near(matches, "hillis", "528 yards").shared, verb
        assert figures(matches, "hillis") == ["101 yards"]
    matches = run("Peyton Hillis added 101 yards for the Chiefs, who had 528 yards.", [TEAM])
    assert "Chiefs" in near(matches, "team", "528 yards").shared


def test_a_date_is_named_by_the_fact_word_beside_it() -> None:
    """"died in prison Wednesday": "died" is every article's word, but no other fact's."""
    from checks.matching import Background, Matcher
    death = fact("death", "Vincent Gigante died in federal prison on December 19, 2005.",
                 "2005-12-19")
    birth = fact("birth", "Vincent Gigante was born in the Bronx on March 29, 1928.",
                 "1928-03-29")
    filler = " ".join(f"Gigante died in prison, lawyer {i} said." for i in range(30))
    text = f"{filler} The mob boss died in prison Wednesday."
    reading = read(Article(path=Path("a.txt"), name="a.txt", text=text,
                           date=dt.date(2005, 12, 20)))
    matches = Matcher([death, birth], background=Background([reading])).match(reading)
    assert figures(matches, "death") == ["Wednesday"]  # December 14: a discrepancy


def test_a_date_beside_another_fact_of_its_event_dates_that_event() -> None:
    shot = fact("shot", "Anthony LaCalamita shot three people at the Gordon Advisors "
                "accounting firm in Troy, Michigan.", "3 people")
    date = fact("date", "The shooting at Gordon Advisors in Troy took place on Monday, April "
                "9, 2007.", "2007-04-09")
    matches = run("A gunman shot three people at an office building in Troy on Wednesday "
                  "morning.", [shot, date], date=dt.date(2007, 4, 10))
    (mention,) = matches.mentions["date"]
    assert mention.quantity.text == "Wednesday" and "dates the shot" in mention.shared
    alone = run("Officers searched an office building in Troy on Wednesday morning.",
                [shot, date], date=dt.date(2007, 4, 10))
    assert figures(alone, "date") == []
    from checks.matching import Matcher
    shots = fact("shots", "Andrew Lopez fired 13 shots from a Brooklyn rooftop.", "13 shots")
    verdict = fact("verdict", "Andrew Lopez was convicted on April 23, 2013.", "2013-04-23")
    assert Matcher([shots, verdict]).events == {"verdict": frozenset()}  # a name is no event


def test_an_apposition_does_not_stand_between_a_figure_and_its_verb() -> None:
    from checks.matching.attachment import figure_window

    def distance_of(text: str, word: str) -> int:
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        return next(d for w, d, _ in figure_window(reading, 0) if w.surface == word)

    plain = distance_of("Five people were killed in the attack.", "killed")
    for text in ("Five people, one of them a pregnant woman, were killed in the attack.",
                 "Five bank workers - two women and a man - were killed in the attack.",
                 "Five people (all of them bank workers) were killed in the attack."):
        assert distance_of(text, "killed") == plain, text
    # words inside the apposition keep their distance
    assert distance_of("Five people, one of them a pregnant woman, were killed.", "woman") > 3


def test_words_after_an_aside_holding_a_figure_belong_to_the_figure_before_it() -> None:
    from checks.matching.attachment import figure_window

    def words_of(text: str, figure: str) -> set[str]:
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        index = next(i for i, q in enumerate(reading.quantities) if q.text == figure)
        return {w.surface for w, _, s in figure_window(reading, index)
                if s is reading.sentences[reading.sentence_of[index]]}

    aside = ("It took the jury a little more than four hours, spread over two days, "
             "to choose death over life in prison.")
    assert {"choose", "death"} <= words_of(aside, "a little more than four hours")
    assert not {"choose", "death"} & words_of(aside, "over two days")
    # an aside opening with its own figure, and a bare part of the first, keep the words after
    listed = "The talks lasted three hours, two hours over schedule, in Geneva on Monday."
    assert "Geneva" not in words_of(listed, "three hours")
    part = "A man shot three people, killing one, at an accounting firm in Troy."
    assert "accounting" not in words_of(part, "three people")


def test_a_figure_of_more_adds_to_another_and_is_no_total() -> None:
    """"three more years were added to his prison term" is an addition, no sentence of
    three years: it never fails "sentenced to 12 years", yet states a claim whose figure
    is an addition itself ("three years were added", "lengthened ... by three years").
    "just more than four minutes" is a hedge, no addition."""
    term = fact("term", "In 1997 a federal judge in Brooklyn sentenced Vincent Gigante to 12 "
                "years in prison for racketeering.", "12 years")
    text = "As part of the plea, three more years were added to Gigante's prison term."
    assert vetoed(run(text, [term]), "term", "three more years").veto == (
        "an addition to another figure")
    for claim in ("When Gigante pleaded guilty, three years were added to his prison term.",
                  "Gigante's guilty plea lengthened his prison term by three years."):
        added = fact("added", claim, "3 years")
        assert figures(run(text, [added]), "added") == ["three more years"]
    left = fact("left", "Luck's touchdown pass to Reggie Wayne came with about four minutes "
                "left in the game.", "about 4 minutes")
    assert figures(run("Wayne's touchdown with just more than four minutes remaining gave "
                       "Luck the lead.", [left]), "left") == ["just more than four minutes"]


def test_an_addition_states_a_claim_whose_figure_is_an_addition() -> None:
    """"That brought him another three-year sentence" says little but "sentence"; that
    it adds to another, as the claim's "three years were added" does, is evidence too.
    Against a claim of a whole sentence it is none."""
    added = fact("added", "When Gigante pleaded guilty in April 2003 to feigning insanity, "
                 "three years were added to his prison sentence.", "3 years")
    text = "Gigante admitted he had faked insanity. That brought him another three - year sentence."
    (mention,) = run(text, [added], date=dt.date(2005, 12, 20)).mentions["added"]
    assert "an addition" in mention.shared
    term = fact("term", "Gigante was sentenced to 12 years in prison in 1997.", "12 years")
    considered = run(text, [term], date=dt.date(2005, 12, 20))
    assert all("an addition" not in c.shared
               for c in considered.mentions["term"] + considered.near_misses["term"])


def test_a_total_is_no_length_of_the_one_thing_a_claim_measures() -> None:
    """"an 86-yard touchdown run" is one run: "rushed for 226 yards", in a sentence that
    names no run or touchdown, may be a total of many and never fails it. A sentence
    that names the run still does, and so does "It lasted 75 minutes." after a sentence
    naming the claim's speech."""
    run_ = fact("run", "Jamaal Charles opened the second half with an 86-yard touchdown run "
                "for the Chiefs against the Colts.", "86 yards")
    assert vetoed(run("Jamaal Charles rushed for 226 yards while Peyton Hillis added 101.",
                      [run_]), "run", "226 yards").veto == (
        "names nothing the claim's figure modifies")
    (mention,) = run("Jamaal Charles broke a 68-yard touchdown run for the Chiefs.",
                     [run_]).mentions["run"]
    assert mention.disagrees
    speech = fact("speech", "Warren Jeffs broke his silence at his Texas trial with a "
                  "55-minute speech defending polygamy.", "55 minutes")
    (mention,) = run("Jeffs delivered a speech at his Texas trial defending polygamy. It "
                     "lasted 75 minutes.", [speech], date=dt.date(2011, 8, 5)).mentions["speech"]
    assert mention.disagrees



def test_a_sum_naming_nothing_the_claims_sum_modifies_never_fails_it() -> None:
    """"a €110 billion bailout": "aim to save 30 billion euros" names no bailout, so it
    never fails the fact; a vague sum that agrees ("billions of euros") still states it,
    and loans or an aid package are what a bailout is made of."""
    bailout = fact("bailout", "Greece agreed to the austerity measures in return for a €110 "
                   "billion bailout from the IMF.", "€110 billion")
    assert vetoed(run("Unions say the austerity measures, which aim to save 30 billion euros, "
                      "will hurt Greeks.", [bailout]), "bailout", "30 billion euros").veto == (
        "names nothing the claim's figure modifies")
    assert figures(run("The IMF agreed to lend Greece billions of euros at below market "
                       "rates.", [bailout]), "bailout") == ["billions of euros"]
    for text in ("Eurozone countries will give Greece 90 billion euros in loans over three "
                 "years.", "The IMF and the eurozone agreed a 120 billion euro aid package "
                 "for Greece."):
        (mention,) = run(text, [bailout]).mentions["bailout"]
        assert mention.disagrees

def test_a_count_naming_another_thing_after_of_is_not_the_claims() -> None:
    """"one count of murder" counts another charge than "two counts of possession of a
    firearm": it never fails that fact. One of the same charge still does, and a figure
    that agrees under another name ("31 pieces of firefighting apparatus") still
    states it."""
    counts = fact("counts", "Orozco was charged with two counts of possession of a firearm "
                  "by a felon.", "2 counts")
    assert vetoed(run("Orozco is charged with one count of murder of a peace officer.",
                      [counts]), "counts", "one count").veto == "counts murder, not the claim's"
    (mention,) = run("Orozco is charged with three counts of felony firearm possession.",
                     [counts]).mentions["counts"]
    assert mention.disagrees
    rigs = fact("rigs", "In all, 31 pieces of equipment were sent to battle the Palmer "
                "warehouse blaze.", "31 pieces of equipment")
    assert figures(run("A total of 31 separate pieces of firefighting apparatus responded "
                       "to the Palmer blaze.", [rigs]), "rigs") == ["31 separate pieces"]
    # a word for the whole may stand between the claim's noun and its "of"
    total = fact("total", "Orozco faced two counts in total of possession of a firearm by a "
                 "felon.", "2 counts")
    assert vetoed(run("Orozco is charged with one count of murder of a peace officer.",
                      [total]), "total", "one count").veto == "counts murder, not the claim's"


def test_a_count_that_modifies_another_noun_speaks_of_that_noun() -> None:
    matches = run("McDermott scored a three-point play for Creighton against Drake.", [POINTS])
    assert vetoed(matches, "points", "three-point").veto == "modifies play"
    organisation = fact("members", "The OSCE is a 57-country organisation.", "57 countries")
    assert figures(run("The OSCE, a 56-country organisation, met in Vienna.", [organisation]),
                   "members") == ["56-country"]
    # the claim's own noun, modified, is the thing counted: no veto when the claim says
    # "has 57 member countries" and the article "the 56-country Organisation"
    members = fact("members", "The Organization for Security and Co-operation in Europe has "
                   "57 member countries.", "57 countries")
    text = ("The talks took place in Vienna at a meeting of the 56-country Organisation for "
            "Security and Cooperation in Europe.")
    (mention,) = run(text, [members]).mentions["members"]
    assert mention.quantity.text == "56-country" and mention.disagrees
    # where the claim writes that noun only as where its figure is, the article's count
    # may be the whole of which the claim counts a part: it may agree, never fail
    seats = fact("seats", "Papandreou's Socialists hold 160 seats in the Greek Parliament.",
                 "160 seats")
    text = "Papandreou's Socialists hold a comfortable majority in the {}-seat Parliament."
    assert vetoed(run(text.format(300), [seats]), "seats", "300-seat").veto == (
        "modifies Parliament, where the claim's figure is")
    assert figures(run(text.format(160), [seats]), "seats") == ["160-seat"]


def test_a_count_before_an_occasion_of_its_noun_is_the_total() -> None:
    """"a 32-point performance" scored 32 points, "a 15-shot volley" fired 15 shots: the
    count of the claim's noun before an occasion or a burst is the claim's figure, failing
    or agreeing. "a three-point play" still modifies the play, and a count of another
    noun before an occasion ("a 12-rebound night") counts no points."""
    for text, agrees in (("McDermott posted a 32-point performance against Drake.", False),
                         ("McDermott had a 23-point night against Drake.", True)):
        (mention,) = run(text, [POINTS]).mentions["points"]
        assert mention.disagrees is not agrees, text
    shots = fact("shots", "Andrew Lopez fired 13 shots from a Brooklyn rooftop, killing "
                 "Zurana Horton.", "13 shots")
    (mention,) = run("Lopez stands accused of a 15-shot volley in Horton's death.",
                     [shots]).mentions["shots"]
    assert mention.disagrees
    matches = run("McDermott scored a three-point play for Creighton against Drake.", [POINTS])
    assert vetoed(matches, "points", "three-point").veto == "modifies play"
    matches = run("McDermott had a 12-rebound night for Creighton against Drake.", [POINTS])
    assert figures(matches, "points") == []


def test_a_measure_a_verb_of_extent_gives_its_subject_is_that_things() -> None:
    """"Jamaal Charles's touchdown run ... covered 86 yards" measures one run: "rushed for
    226 yards", naming no run, may be the game's total and never fails it; a run's
    yards still do."""
    run_ = fact("run", "Jamaal Charles's touchdown run on the first play of the second half "
                "covered 86 yards.", "86 yards")
    assert vetoed(run("Jamaal Charles rushed for 226 yards while Peyton Hillis added 101.",
                      [run_]), "run", "226 yards").veto == (
        "names nothing the claim's figure modifies")
    (mention,) = run("Jamaal Charles's touchdown run in the second half covered 96 yards.",
                     [run_]).mentions["run"]
    assert mention.disagrees


def test_a_count_that_modifies_a_plural_is_no_one_things_total() -> None:
    """"four 100-catch seasons" gives the mark each of several seasons reached, no season's
    total the claim's "season total of catches" is; the same count may agree."""
    catches = fact("catches", "Dwayne Allen's season total of catches reached 43 after the "
                   "Chiefs game.", "43 catches")
    text = ("Allen had three catches on Sunday, and Reggie Wayne became the fifth player "
            "with four {}-catch seasons.")
    assert vetoed(run(text.format(100), [catches]), "catches", "100-catch").veto == (
        "modifies seasons, each of several")
    assert figures(run(text.format(43), [catches]), "catches") == ["43-catch"]


def test_the_other_part_of_a_whole_is_the_rest() -> None:
    """"The other 61 percent" is the rest of the milk, besides the 39 percent the claim
    gives; a claim of "the other" part takes it."""
    text = "The other 61 percent of the milk at Mat Maid was shipped in from Outside."
    share = fact("share", "In 2004, 39 percent of the milk processed at Mat Maid came from "
                 "Alaska producers.", "39%")
    assert vetoed(run(text, [share]), "share", "61 percent").veto == "the rest of a whole"
    rest = fact("rest", "The other 60 percent of the milk at Mat Maid was shipped in from "
                "Outside.", "60%")
    (mention,) = run(text, [rest]).mentions["rest"]
    assert mention.disagrees


@pytest.mark.parametrize("phrase", ["The death toll rose to", "The fire's death toll stood at",
                                    "Officials put the toll at", "It left a death toll of"])
def test_a_toll_counts_the_dead_a_claim_counts(phrase: str) -> None:
    """"The death toll rose to 14" leaves its noun understood: the dead, which a claim of
    people killed counts; a claim of the injured has no toll for it."""
    killed = fact("killed", "The warehouse fire killed 15 people.", "15 people")
    (mention,) = run(f"{phrase} 14 after the warehouse fire.", [killed]).mentions["killed"]
    assert mention.disagrees
    injured = fact("injured", "The warehouse fire injured 15 people.", "15 people")
    assert figures(run(f"{phrase} 14 after the warehouse fire.", [injured]), "injured") == []


def test_a_bare_number_before_a_noun_it_could_not_take_understands_none() -> None:
    bench = fact("bench", "Gregory Echenique scored 5 points off the bench for Creighton.",
                 "5 points")
    # tokenized, as ECB+ writes it: the reader cannot take "plays" past "three - point"
    matches = run("Echenique scored two traditional three - point plays for Creighton.",
                  [bench])
    assert figures(matches, "bench") == []  # neither "two" (plays) nor "three - point"
    assert figures(run("Echenique scored 4 for Creighton off the bench.", [bench]),
                   "bench") == ["4"]


def test_an_age_given_to_a_child_is_the_childs() -> None:
    lopez = fact("lopez", "Andrew Lopez was 20 years old when he fired 13 shots from a Brooklyn "
                 "rooftop.", "20 years")
    matches = run("Jurors watched Lopez fire from the Brooklyn rooftop as a mother picked up "
                  "her 11-year-old daughter.", [lopez])
    assert vetoed(matches, "lopez", "11-year").veto == "the age of a daughter"
    assert figures(run("The 21-year-old Lopez fired from a Brooklyn rooftop.", [lopez]),
                   "lopez") == ["21-year"]
    # an age given with "aged" after the children it is theirs
    matches = run("Lopez, who fired from the Brooklyn rooftop, wounded two girls, aged 15 "
                  "and 12.", [lopez])
    assert vetoed(matches, "lopez", "15").veto == "the age of a girl"


def test_an_age_written_as_a_noun_after_a_preposition_is_the_ones_it_names() -> None:
    """"Reed was sentenced to life for his assault on the 14 - year - old": an age written
    as a noun after a preposition stands for whoever it names, the sentence's object, so
    it never fails Reed's own 61; the same age as the sentence's subject ("The
    58-year-old was convicted") still does."""
    reed = fact("reed", "Cult leader Tom Reed, 61, was convicted of assault by an Ohio "
                "jury.", "61 years")
    matches = run("Reed was sentenced to life for his assault on the 14 - year - old.", [reed])
    assert vetoed(matches, "reed", "14 - year").veto == "the age of the one it names"
    (mention,) = run("The 58-year-old was convicted of assault by an Ohio jury.",
                     [reed]).mentions["reed"]
    assert mention.disagrees


def test_an_age_written_alone_shares_the_noun_of_the_age_it_is_joined_to() -> None:
    """"The 30-year-old sergeant and 26-year-old fired 11 shots": both ages are officers',
    and a rank is a noun for people; neither fails Kimani Gray's 16, which a lone
    "A 17-year-old was shot" still does."""
    gray = fact("gray", "Kimani Gray, 16, was shot dead by plainclothes police officers in "
                "East Flatbush, Brooklyn.", "16 years")
    matches = run("The 30-year-old sergeant and 26-year-old fired 11 shots at Gray.", [gray])
    assert vetoed(matches, "gray", "26-year").veto == "the age of a sergeant"
    (mention,) = run("A 17-year-old was shot dead by plainclothes police officers in East "
                     "Flatbush.", [gray]).mentions["gray"]
    assert mention.disagrees


def test_an_age_given_to_a_noun_the_claim_writes_for_others_is_theirs() -> None:
    """A claim may name the girls its person assaulted or the man who shot its person:
    an age given to a noun it writes only in the plural, as the title of another's name,
    or as a word of another noun ("child sexual assault"), is someone else's. One it
    writes in the singular, apposed, may be the person's."""
    jeffs = fact("jeffs", "Polygamist sect leader Warren Jeffs was 55 when a Texas jury "
                 "convicted him of sexually assaulting two girls.", "55 years")
    matches = run("The jury sentenced Jeffs to life in prison for aggravated sexual assault "
                  "of a 12-year-old girl.", [jeffs], date=dt.date(2011, 8, 10))
    assert vetoed(matches, "jeffs", "12-year").veto == "the age of a girl"
    assert figures(run("The 65-year-old sect leader was convicted of sexually assaulting "
                       "two girls.", [jeffs], date=dt.date(2011, 8, 10)), "jeffs") == ["65-year"]
    ortiz = fact("ortiz", "Deputy Jerry Ortiz was 35 years old when gang member Jose Luis "
                 "Orozco shot him in Hawaiian Gardens.", "35 years")
    matches = run("The 29-year-old gang member shot the deputy in Hawaiian Gardens.", [ortiz],
                  date=dt.date(2007, 4, 4))
    assert vetoed(matches, "ortiz", "29-year").veto == "the age of a member"
    trial = fact("trial", "Polygamist leader Warren Jeffs was 55 years old at his Texas trial "
                 "for child sexual assault.", "55 years")  # "child": a word of another noun
    matches = run("A forensic analyst testified Monday that Jeffs was the father of the "
                  "15-year-old's child.", [trial], date=dt.date(2011, 8, 2))
    assert vetoed(matches, "trial", "15-year").veto == "the age of a child"
    girl = fact("girl", "Cheanne McKnight, the girl wounded in the Brownsville shooting, was "
                "11 years old.", "11 years")
    assert figures(run("A 12-year-old girl was wounded in the Brownsville shooting.", [girl]),
                   "girl") == ["12-year"]


def test_an_age_given_to_what_the_claims_compound_noun_names_is_the_persons() -> None:
    """"the schoolgirl wounded by the stray gunfire" is a girl: "The 11-year old girl
    survived an injury on her arm" gives her age; a boy's is still another's."""
    girl = fact("girl", "Cheanne McKnight, the schoolgirl wounded by the stray gunfire that "
                "killed Zurana Horton, is 11.", "11 years")
    assert figures(run("The 11 - year old girl survived an injury on her arm and graze "
                       "wound on her face.", [girl]), "girl") == ["11 - year"]
    matches = run("The 11 - year old boy survived an injury on his arm.", [girl])
    assert figures(matches, "girl") == []


def test_an_age_given_to_a_synonym_of_the_claims_title_is_the_persons() -> None:
    """"Warren Jeffs, head of the ... church": "The FLDS leader, 57," is Jeffs, since a
    leader is a head; a title followed by a preposition is the person's own, not the
    title of the name after it."""
    jeffs = fact("jeffs", "Warren Jeffs, head of the Fundamentalist Church of Jesus Christ "
                 "of Latter Day Saints, was 55 years old at his 2011 Texas trial.", "55 years")
    (mention,) = run("Warren Jeffs was convicted. The FLDS leader, 57, showed no emotion.",
                     [jeffs], date=dt.date(2011, 8, 5)).mentions["jeffs"]
    assert mention.disagrees


def test_an_age_given_to_a_noun_the_claim_lacks_may_be_anyones() -> None:
    """"a 31-year-old Brooklyn mom was shot in the arm", against Horton's 34: a noun for
    people the claim never uses may be anyone, so such an age can agree with the fact but
    not fail it. Set off after the claim's name, it is that person's whatever the noun."""
    horton = fact("horton", "Zurana Horton was 34 years old when she was shot dead in "
                  "Brooklyn.", "34 years")
    matches = run("A girl was grazed, while a 31-year-old Brooklyn mom was shot in the arm.",
                  [horton])
    assert vetoed(matches, "horton", "31-year").veto == "the age of a mom"
    matches = run("An 18-year-old male confessed to the gang murder of a Brooklyn mom.",
                  [horton])  # "male", as police and news write it, is a person too
    assert vetoed(matches, "horton", "18-year").veto == "the age of a male"
    (same,) = run("The 34-year-old Brooklyn mom was shot dead.", [horton]).mentions["horton"]
    assert not same.disagrees
    for text in ("Zurana Horton, a 51-year-old Brooklyn mom, was shot dead.",
                 "A 51-year-old Brooklyn mom, Zurana Horton, was shot dead."):
        (named,) = run(text, [horton]).mentions["horton"]
        assert named.disagrees, text


def test_the_noun_the_claim_writes_is_the_facts_own() -> None:
    """A fact counted in people whose claim says "Two men" counts men fully."""
    wounded = fact("wounded", "Two men, the firm partners, were wounded in the office "
                   "shooting.", "2 people")
    killed = fact("killed", "One person, the receptionist, was killed in the office "
                  "shooting.", "1 person")
    matches = run("The families of the three wounded men asked for privacy.",
                  [wounded, killed])
    (mention,) = matches.mentions["wounded"]
    assert mention.quantity.text == "three wounded men" and mention.disagrees


def test_a_verdict_speaks_of_a_conviction() -> None:
    """Built-in synonyms: "verdict" and "guilty" say "convicted"."""
    verdict = fact("verdict", "The jury deliberated for more than three hours before "
                   "convicting Warren Jeffs.", "more than three hours")
    sentence = fact("sentence", "The jury deliberated for 30 minutes before sentencing "
                    "Warren Jeffs.", "30 minutes")
    matches = run("They had deliberated on a verdict for more than five hours.",
                  [verdict, sentence])
    (mention,) = matches.mentions["verdict"]
    assert mention.disagrees and "verdict" in mention.shared


def test_a_streak_is_a_part_of_the_game() -> None:
    artino = fact("artino", "Will Artino scored a career-high 14 points off the bench for "
                  "Creighton against Drake.", "14 points")
    for streak in ("four straight points", "four consecutive points", "four points in a row"):
        matches = run(f"Artino scored {streak} off the bench for Creighton against Drake.",
                      [artino])
        assert figures(matches, "artino") == [], streak
        assert near(matches, "artino", streak.replace(" in a row", "")).veto.startswith(
            "a part of the event"), streak


@pytest.mark.parametrize("opening", [
    "During the game's deciding 15-2 run,", "In the second half,"])
def test_a_part_of_the_game_that_opens_the_sentence_holds_all_its_figures(
        opening: str) -> None:
    """A phrase set before the clause scopes over every figure after it: "During the
    game's deciding 15-2 run, Echenique scored two three-point plays and blocked two
    shots" counts no blocks of the game."""
    blocks = fact("blocks", "Gregory Echenique blocked 6 shots for Creighton against Drake.",
                  "6 blocked shots")
    matches = run(f"{opening} Echenique scored two three-point plays for Creighton against "
                  "Drake, and blocked two shots.", [blocks])
    assert vetoed(matches, "blocks", "two shots").veto.startswith("a part of the event")
    (whole,) = run("Echenique scored two three-point plays for Creighton against Drake, and "
                   "blocked two shots.", [blocks]).mentions["blocks"]
    assert whole.disagrees


def test_a_count_of_others_is_not_the_total() -> None:
    deaths = fact("deaths", "Three employees of a bank branch in Athens died when protesters "
                  "threw petrol bombs into the building.", "3 people")
    matches = run("Five other bank employees escaped the burning building in Athens.",
                  [deaths])
    assert vetoed(matches, "deaths", "Five other bank employees").veto == "counts others"
    others = fact("others", "Two other employees were hurt in the bank fire in Athens.",
                  "2 people")
    assert figures(run("Five other employees were hurt in the bank fire in Athens.",
                       [others]), "others") == ["Five other employees"]


def test_a_count_in_a_breakdown_is_a_part() -> None:
    """"The three bank workers, a man and two women, died": the two women are a part of
    the three, not a toll of two; a fact that counts women takes them."""
    deaths = fact("deaths", "Three employees of a bank branch in Athens lost their lives when "
                  "protesters set it ablaze.", "3 people")
    listed = run("The three bank workers a man and two women died after protesters set their "
                 "bank in Athens ablaze.", [deaths])
    assert figures(listed, "deaths") == ["three bank workers"]
    assert near(listed, "deaths", "two women").veto == "one part of a breakdown"
    matches = run("Two adults and three children died after protesters set the bank in Athens "
                  "ablaze.", [deaths])
    assert figures(matches, "deaths") == ["Two adults and three children"]  # their sum
    assert near(matches, "deaths", "three children").veto == "one part of a breakdown"
    women = fact("women", "Two women died when protesters set a bank in Athens ablaze.",
                 "2 women")
    assert figures(run("A man and two women died after protesters set the bank in Athens "
                       "ablaze.", [women]), "women") == ["two women"]


def test_a_count_of_mere_people_needs_the_claims_word_for_what_happened() -> None:
    arrests = fact("arrests", "Police arrested 46 people in East Flatbush on Wednesday night.",
                   "46 people")
    vigil = run("Police said more than 100 people joined a vigil in East Flatbush on "
                "Wednesday night.", [arrests])
    assert figures(vigil, "arrests") == []
    assert near(vigil, "arrests", "more than 100 people").veto == (
        "no word for what happened to them")
    assert figures(run("Police arrested 64 people in East Flatbush on Wednesday night.",
                       [arrests]), "arrests") == ["64 people"]
    injured = fact("injured", "Police said 12 people were injured in the rioting in Athens.",
                   "12 people")
    assert figures(run("Police in Athens said 15 people were hurt in the rioting.", [injured]),
                   "injured") == ["15 people"]  # "hurt" is a word for "injured"
    # where the word before the figure only reports, the verb after it tells what happened
    choked = run("Police said two women and one man choked on smoke in the rioting in Athens.",
                 [injured])
    assert figures(choked, "injured") == []
    assert near(choked, "injured", "two women and one man").veto == (
        "no word for what happened to them")
    # a toll's own noun tells what happened: "made more than 50 arrests"
    made = fact("made", "Police made more than 50 arrests over four nights of protests in "
                "East Flatbush.", "more than 50 arrests")
    vigil = run("Police intervened after more than 100 people joined a vigil in East "
                "Flatbush.", [made])
    assert near(vigil, "made", "more than 100 people").veto == (
        "no word for what happened to them")
    assert figures(run("Police arrested 30 people during protests in East Flatbush.",
                       [made]), "made") == ["30 people"]
    # a phrase may stand between the claim's figure and its verb
    wounded = fact("wounded", "Two managers of the Gordon Advisors accounting firm in Troy "
                   "were wounded in the office shooting.", "2 people")
    shooting = run("A man suspected of shooting three people at an accounting firm in Troy "
                   "was arrested.", [wounded])
    assert near(shooting, "wounded", "three people").veto == (
        "no word for what happened to them")
    (mention,) = run("A man wounded three people at an accounting firm in Troy.",
                     [wounded]).mentions["wounded"]
    assert mention.disagrees


def test_a_fact_counted_in_people_asks_any_count_of_people_for_its_word() -> None:
    """Where some bank workers died and others were rescued, "bank workers" says nothing of
    which: a fact counted in people takes a count by any noun for people only with the
    claim's word for what happened to them."""
    rescued = fact("rescued", "Firefighters rescued five other bank workers from the "
                   "balcony of the burning bank.", "5 people")
    for text, figure in [("Three bank workers died when the burning bank filled with smoke.",
                          "Three bank workers"),
                         ("Two women and one man died in the burning bank.", "one man")]:
        matches = run(text, [rescued])
        assert figures(matches, "rescued") == [], text
        assert near(matches, "rescued", figure).veto == "no word for what happened to them"
    assert figures(run("Six bank workers were rescued from the balcony of the burning bank.",
                       [rescued]), "rescued") == ["Six bank workers"]


def test_people_told_only_where_they_were_state_no_toll() -> None:
    """"As many as 20 people had been inside the bank" says where they were, not that they
    died; a claim of where people were still takes such a count."""
    deaths = fact("deaths", "Three employees of a Marfin Bank branch in Athens died when "
                  "protesters threw petrol bombs into the building.", "3 people")
    for text, figure in [("Firefighters said as many as 20 people had been inside the bank.",
                          "as many as 20 people"),
                         ("Police said 40 passengers were aboard the bus in Athens.",
                          "40 passengers")]:
        matches = run(text, [deaths])
        assert figures(matches, "deaths") == [], text
        assert near(matches, "deaths", figure).veto == "tells only where they were"
    assert figures(run("Firefighters said as many as 20 people died inside the bank.",
                       [deaths]), "deaths") == ["as many as 20 people"]
    inside = fact("inside", "About 20 people were inside the Marfin bank in Athens when it "
                  "was attacked.", "about 20 people")
    assert figures(run("Firefighters said as many as 20 people had been inside the bank.",
                       [inside]), "inside") == ["as many as 20 people"]


def test_a_count_whose_verb_tells_another_fate_is_not_the_tolls() -> None:
    """"Two managers, Paul Riva and Alan Steinberg, were wounded" counts the wounded, not
    the killed, though "dead" stands in their sentence; a claim's part is read from "One of
    the three people ..., receptionist Madeline Kafoury, was killed"."""
    killed = fact("killed", "One of the three people LaCalamita shot at the Gordon Advisors "
                  "office, receptionist Madeline Kafoury, was killed.", "1 person")
    text = ("When Monday's violence had concluded, the receptionist, Madeline Kafoury, was "
            "shot dead and two managers, Paul Riva and Alan Steinberg, were wounded.")
    matches = run(text, [killed])
    assert figures(matches, "killed") == []
    assert near(matches, "killed", "two managers").veto == "tells another fate: wounded"
    wounded = fact("wounded", "Two of the three people shot at the Gordon Advisors office, "
                   "the managers Paul Riva and Alan Steinberg, were wounded.", "2 people")
    assert figures(run(text, [wounded]), "wounded") == ["two managers"]
    assert figures(run("A Michigan man shot to death one person and injured two others at the "
                       "accounting firm, police said.", [killed]), "killed") == ["one person"]
    arrests = fact("arrests", "Police arrested 46 people at the protest over Kimani Gray's "
                   "death.", "46 people")
    assert figures(run("By the end, 46 people had been arrested.", [arrests]),
                   "arrests") == ["46 people"]


def test_a_participle_after_the_claims_figure_tells_what_befell_them() -> None:
    """"Four people hurt in the bank fire were treated in hospitals" counts the hurt: a
    count of the dead is none of it; "20,000 people marched in Thessaloniki" has its verb
    and no participle."""
    treated = fact("treated", "Four people hurt in the Marfin bank fire were treated in "
                   "nearby hospitals.", "4 people")
    matches = run("Three people died in a burning bank in Athens, the Marfin bank.", [treated])
    assert figures(matches, "treated") == []
    assert near(matches, "treated", "Three people").veto == "tells another fate: died"
    assert figures(run("Four people were hurt in the Marfin bank fire and taken to hospital.",
                       [treated]), "treated") == ["Four people"]
    march = fact("march", "About 20,000 people marched in Thessaloniki.", "about 20,000 people")
    assert figures(run("In Thessaloniki, a further 20,000 people joined the protest.",
                       [march]), "march") == ["20,000 people"]


def test_a_measure_for_one_play_is_not_a_game_total() -> None:
    """"ran 86 yards for a touchdown" measures one play: "226 yards rushing" in the game
    measures rushing, which the claim does not name; "an 86-yd TD run" is the play."""
    run_ = fact("run", "Jamaal Charles ran 86 yards for a touchdown on the first play of "
                "the second half.", "86 yards")
    matches = run("The Chiefs had rallied behind Jamaal Charles' 226 yards rushing to tie "
                  "the game.", [run_])
    assert figures(matches, "run") == []
    assert near(matches, "run", "226 yards").veto == "measures rushing"
    for text, figure in [("On the first play, Charles broke off an 86 - yd TD run.", "86 - yd"),
                         ("Charles had an 86-yard touchdown run.", "86-yard")]:
        assert figures(run(text, [run_]), "run") == [figure], text


def test_a_name_in_the_possessive_before_a_figure_owns_it() -> None:
    """A claim whose actor is not its opening name ("The Kansas City Chiefs rushed for 352
    yards") owns no figure another name has in the possessive ("Jamaal Charles' 226
    yards"); its own actor's possessive is its own."""
    team = fact("team", "The Kansas City Chiefs rushed for 352 yards against the Colts.",
                "352 yards")
    matches = run("The Chiefs had rallied behind Jamaal Charles' 226 yards rushing to tie "
                  "the game.", [team])
    assert figures(matches, "team") == []
    assert near(matches, "team", "226 yards").veto == "the figure of Jamaal Charles"
    assert figures(run("It was a record day for the Chiefs' 352 yards rushing against the "
                       "Colts.", [team]), "team") == ["352 yards"]


def test_a_distance_in_apposition_to_a_place_is_that_places() -> None:
    """"a motorist in Flint, about 50 miles north of here" gives Flint's distance: no
    distance of the office building, though measured from the dateline's town; a claim
    that names Flint takes it, and "according to the USGS, five miles southeast of The
    Geysers" sets no place in apposition."""
    text = ("Two hours after the shooting, officers received a tip from a motorist in "
            "Flint, about 50 miles north of here, on the whereabouts of the car.")
    building = fact("building", "The Troy office building where the shooting happened is "
                    "about 15 miles north of Detroit.", "about 15 miles")
    matches = run(text, [building])
    assert figures(matches, "building") == []
    assert near(matches, "building", "about 50 miles").veto == "the distance of Flint"
    tip = fact("tip", "The motorist who tipped off police after the shooting was about 50 "
               "miles north of Detroit, near Flint.", "about 50 miles")
    assert figures(run(text, [tip]), "tip") == ["about 50 miles"]
    geysers = fact("geysers", "The quake was centered 2 miles southeast of The Geysers.",
                   "2 miles")
    (mention,) = run("The quake was centered, according to the USGS, five miles southeast "
                     "of The Geysers.", [geysers]).mentions["geysers"]
    assert mention.disagrees


def test_a_range_over_several_things_is_no_ones_figure() -> None:
    """"receiving prison sentences of between six and 75 years" spreads over several
    men's sentences: no statement of Jeffs's 20 years, but its ends state the longest and
    the shortest, and a claim that spreads its own figure ("prison sentences of up to 75
    years") takes it."""
    text = ("All seven FLDS men who have been prosecuted were convicted, receiving prison "
            "sentences of between six and 75 years.")
    jeffs = fact("jeffs", "For the assault, Warren Jeffs received a 20-year prison sentence.",
                 "20 years")
    matches = run(text, [jeffs])
    assert figures(matches, "jeffs") == []
    assert near(matches, "jeffs", "between six and 75 years").veto == "spread over sentences"
    for claim, value in [("The longest prison sentence handed to the FLDS men convicted "
                          "before Warren Jeffs was 75 years.", "75 years"),
                         ("The shortest prison sentence handed to the FLDS men convicted "
                          "before Warren Jeffs was six years.", "6 years"),
                         ("The FLDS men convicted before Jeffs received prison sentences of "
                          "up to 75 years.", "75 years")]:
        matches = run(text, [fact("f", claim, value)])
        assert figures(matches, "f") == ["between six and 75 years"], claim
        assert not matches.mentions["f"][0].disagrees, claim


def test_boys_are_sons_and_girls_daughters() -> None:
    """"the father of two boys" states the father of two sons (a built-in synonym); two
    girls are no sons."""
    sons = fact("sons", "Deputy Jerry Ortiz was the father of two sons.", "2 sons")
    assert figures(run("Ortiz, of Diamond Bar, was an Army veteran and the father of two "
                       "boys, ages 6 and 16.", [sons]), "sons") == ["two boys"]
    assert figures(run("Ortiz was the father of two girls, ages 6 and 16.", [sons]),
                   "sons") == []


def test_a_fraction_the_claim_writes_of_its_figure_tells_a_part() -> None:
    """"About 200 people attended the vigil, and about half of them ... marched": a count
    near the half ("nearly 100 people set off from the vigil site to march") may be that
    part, so it never fails; a count near neither still does."""
    crowd = fact("crowd", "About 200 people attended the Wednesday night vigil for Kimani "
                 "Gray, and about half of them splintered off and marched toward the "
                 "precinct.", "about 200 people")
    text = ("Starting at about 8 p.m., nearly {} people set off from the vigil site to "
            "march the more than 20 blocks to the precinct stationhouse.")
    matches = run(text.format(100), [crowd])
    assert figures(matches, "crowd") == []
    assert near(matches, "crowd", "nearly 100 people").veto.startswith(
        "the part the claim's fraction tells")
    (mention,) = run(text.format(40), [crowd]).mentions["crowd"]
    assert mention.disagrees


def test_a_claims_toll_restated_as_people_is_that_figure() -> None:
    """"part of more than 50 arrests over four nights": "More than 50 people have been
    arrested since the protests began" restates that toll, not the night's 46; without
    the toll's word ("More than 50 people marched") it is no restatement."""
    night = fact("night", "46 people were arrested on Wednesday night, the third night of "
                 "protests in East Flatbush, part of more than 50 arrests over four nights.",
                 "46 people")
    matches = run("More than 50 people have been arrested since the protests began in East "
                  "Flatbush.", [night])
    assert figures(matches, "night") == []
    assert near(matches, "night", "More than 50 people").veto == (
        "the claim's other figure 'more than 50 arrests'")
    matches = run("More than 50 people marched in East Flatbush on Wednesday night.", [night])
    assert "the claim's other figure" not in (near(matches, "night", "More than 50 people").veto
                                              or "")


def test_a_subject_set_apart_by_an_intensive_pronoun_owns_its_figure() -> None:
    """"The watchmaker was himself one of four sons" gives the watchmaker's own figure, no
    statement of Vincent Gigante's five brothers; without the pronoun's setting apart a
    subject the claim names still states it."""
    sons = fact("sons", "Vincent Gigante was one of five sons of Italian immigrant parents.",
                "5 sons")
    matches = run("He was one of five sons of Salvatore Gigante, a watchmaker. The "
                  "watchmaker was himself one of four sons.", [sons])
    assert figures(matches, "sons") == ["five sons"]
    assert near(matches, "sons", "four sons").veto == "the figure of the watchmaker himself"
    (mention,) = run("Vincent Gigante, the son of a watchmaker, was one of four sons.",
                     [sons]).mentions["sons"]
    assert mention.disagrees


def test_another_counts_noun_is_that_counts() -> None:
    children = fact("children", "Zurana Horton, a mother of 12 children, was shot dead.",
                    "12 children")
    matches = run("A commotion breaks out as three mothers and two children press up "
                  "against a storefront.", [children])
    assert "mothers" not in near(matches, "children", "two children").shared
    assert figures(matches, "children") == []


def test_a_lead_or_a_margin_is_no_total() -> None:
    matches = run("Drake cut Creighton's lead to 3 points as McDermott scored.", [POINTS])
    assert vetoed(matches, "points", "3 points").veto == "a lead"
    margin = fact("margin", "Creighton beat Drake by a margin of 12 points.", "12 points")
    assert figures(run("Creighton beat Drake, and the margin was 14 points.", [margin]),
                   "margin") == ["14 points"]


def test_a_count_made_during_a_run_is_a_part() -> None:
    matches = run("McDermott had five points during a pivotal 15-2 run as Creighton beat Drake.",
                  [POINTS])
    assert vetoed(matches, "points", "five points").veto.startswith("a part of the event")


def test_a_veteran_of_years_has_served_them() -> None:
    matches = run("Ortiz, a 16-year veteran of the sheriff's department, was shot dead.",
                  [SERVICE])
    assert figures(matches, "service") == ["16-year"]
    assert "veteran" in matches.mentions["service"][0].shared


SHOT = fact("shot", "Two plainclothes officers shot Kimani Gray on East 52nd Street in East "
            "Flatbush, Brooklyn, on Saturday, March 9, 2013.", "2013-03-09")
MARCH_14 = dt.date(2013, 3, 14)  # a Thursday


def test_a_weekday_beside_the_claims_places_alone_dates_no_event_of_it() -> None:
    """A story goes on for days in one place: "a riot on the streets of East Flatbush,
    Brooklyn, Monday" names where the shooting was, not when. The claim's event word, its
    own day, or a date written out still make a mention."""
    riot = "A riot broke out on the streets of East Flatbush, Brooklyn, Monday."
    assert vetoed(run(riot, [SHOT], date=MARCH_14), "shot", "Monday").veto.endswith(
        "where it happened, not what happened that day")
    (same,) = run(riot.replace("Monday", "Saturday"), [SHOT], date=MARCH_14).mentions["shot"]
    assert not same.disagrees
    (shot,) = run("Gray was shot on the streets of East Flatbush, Brooklyn, Monday.", [SHOT],
                  date=MARCH_14).mentions["shot"]
    assert shot.disagrees
    (written,) = run(riot.replace("Monday", "on March 11, 2013"), [SHOT],
                     date=MARCH_14).mentions["shot"]
    assert written.disagrees
    # a claim set "on a street in East Flatbush" has the street in its setting too
    street = fact("street", "Plainclothes officers shot and killed Kimani Gray on a street in "
                  "East Flatbush, Brooklyn, on March 9, 2013.", "2013-03-09")
    text = "Anger fueled a riot on the streets of East Flatbush, Brooklyn, Monday."
    assert vetoed(run(text, [street], date=MARCH_14), "street", "Monday").veto.endswith(
        "where it happened, not what happened that day")
    # as is a day counted from another: any day of the story there
    ortiz = fact("ortiz", "Deputy Jerry Ortiz was gunned down in Hawaiian Gardens on June 24, "
                 "2005.", "2005-06-24")
    text = ("The 35-year-old deputy was killed on June 24, while investigating an attack at a "
            "Hawaiian Gardens home four days earlier.")
    assert near(run(text, [ortiz], date=dt.date(2007, 6, 27)), "ortiz",
                "four days earlier").veto.endswith(
        "where it happened, not what happened that day")
    # and a year alone, which names no day of anything
    born = fact("born", "Vincent Gigante was born in New York City to Italian immigrant "
                "parents.", "1928-03-29")
    text = "Gotti spoke after a summit meeting of New York City mob leaders in 1988."
    assert near(run(text, [born]), "born", "1988").veto.endswith(
        "where it happened, not what happened that day")


def test_of_several_dates_each_dates_the_figures_nearest_it_unless_it_opens_the_sentence(
        ) -> None:
    """"After a Sunday vigil ..., and another protest on Wednesday, a gunman shot three
    people": the shooting is Wednesday's, and Sunday dates no shooting. A date that opens
    the sentence ("On Sunday, ...") dates every figure of it."""
    shot = fact("shot", "Anthony LaCalamita shot three people at the Gordon Advisors "
                "accounting firm in Troy, Michigan.", "3 people")
    date = fact("date", "The shooting at Gordon Advisors in Troy took place on Monday, April "
                "9, 2007.", "2007-04-09")
    week = dt.date(2007, 4, 14)  # a Saturday: Monday is the 9th, Wednesday the 11th
    later = run("After a Sunday vigil in Troy, and another protest on Wednesday, a gunman "
                "shot three people at an office building.", [shot, date], date=week)
    (mention,) = later.mentions["date"]
    assert mention.quantity.text == "Wednesday" and mention.disagrees
    assert "dates the shot" not in near(later, "date", "Sunday").shared
    opening = run("On Sunday, after a vigil in Troy had ended on Wednesday, a gunman shot "
                  "three people at an office building.", [shot, date], date=week)
    assert "dates the shot" in next(c for c in opening.mentions["date"]
                                    + opening.near_misses["date"]
                                    if c.quantity.text == "Sunday").shared


def test_a_date_past_a_turn_to_another_clause_dates_no_figure_before_it() -> None:
    """"He was jailed for 12 years, but it took until 2003 for the Chin to admit his sham":
    the "but" turns to another clause, whose 2003 dates no jailing (nor, through it, the
    death in prison the jailing is an event of)."""
    term = fact("term", "Gigante was serving a 12-year prison sentence for racketeering and "
                "conspiracy when he died.", "12 years")
    death = fact("death", "Genovese crime family boss Vincent Gigante died in the federal "
                 "prison medical center in Springfield, Missouri, on Monday, December 19, "
                 "2005.", "2005-12-19")
    day = dt.date(2005, 12, 20)
    text = "He was jailed for 12 years{} 2003 for the Chin to admit his sham."
    turned = run(text.format(", but it took until"), [term, death], date=day)
    assert figures(turned, "death") == []
    assert "dates the term" not in near(turned, "death", "2003").shared
    joined = run(text.format(" and it took until"), [term, death], date=day)
    assert "dates the term" in joined.mentions["death"][0].shared


@pytest.mark.parametrize(("claim", "value", "text", "word"), [
    ("Jerry Ortiz had served with the sheriff's department for 15 years.", "15 years",
     "Ortiz spent 15 years with the county force.", "spent"),
    ("Warren Jeffs, head of the polygamist church, was 55 at his trial.", "55 years",
     "The church leader, 55, stood stone-faced at his trial.", "leader"),
    ("The state-run dairy in Palmer was shut down for good in December 2007.",
     "2007-12-01 to 2007-12-31", "Losses forced the Palmer dairy to close in December 2007.",
     "close"),
    ("Three bank workers died when protesters set their branch in Athens ablaze.",
     "3 workers", "Four bank employees died in Athens after protesters set the branch ablaze.",
     "employees"),
    ("Warren Jeffs fired seven attorneys in the months before his Texas trial.", "7 attorneys",
     "Before his Texas trial, Jeffs fired nine lawyers.", "lawyers"),
    ("Deputy Jerry Ortiz, killed in Hawaiian Gardens, left two sons.", "2 sons",
     "Deputy Jerry Ortiz was killed Friday. He is survived by his wife, two sons, and mother.",
     "survived"),
])
def test_built_in_synonyms_of_service_leadership_and_closing(claim: str, value: str, text: str,
                                                             word: str) -> None:
    """"spent 15 years with" is service, a leader the head of a church, a party or a gang,
    a business shut down closed, employees or staff are workers, lawyers attorneys (counted
    too), and one "survived by" a family left it."""
    (mention,) = run(text, [fact("f", claim, value)]).mentions["f"]
    assert word in mention.shared


def test_jail_is_prison() -> None:
    death = fact("death", "Gigante died in the federal prison in Springfield at 77.",
                 "77 years")
    (mention,) = run("Vincent Gigante, who spent much of his life avoiding prison, has passed "
                     "away in jail at the age of 79.", [death],
                     date=dt.date(2005, 12, 20)).mentions["death"]
    assert mention.disagrees and "jail" in mention.shared


def test_a_date_opening_the_sentence_on_another_day_sets_its_figures_in_another_event(
        ) -> None:
    """"In early March, a gunman shot three people at a warehouse": the story's shooting
    was on April 9, so these three are another shooting's. Without the event's date fact
    nothing says so; a sentence that reports may be dated by its report."""
    shot = fact("shot", "Anthony LaCalamita shot three people at the Gordon Advisors "
                "accounting firm in Troy, Michigan.", "3 people")
    date = fact("date", "The shooting at Gordon Advisors in Troy took place on Monday, April "
                "9, 2007.", "2007-04-09")
    week = dt.date(2007, 4, 14)
    text = "In early March, a gunman shot and wounded three people at a warehouse."
    assert vetoed(run(text, [shot, date], date=week), "shot", "three people").veto == (
        "set on March, another day than its event's")
    assert figures(run(text, [shot], date=week), "shot") == ["three people"]
    assert figures(run("In April, a gunman shot and wounded three people at a warehouse.",
                       [shot, date], date=week), "shot") == ["three people"]
    reported = "On Tuesday, police said a gunman had shot three people at a warehouse."
    assert figures(run(reported, [shot, date], date=week), "shot") == ["three people"]


def test_a_claims_counted_noun_names_its_event_as_its_words_do() -> None:
    """"killed by gunfire from a rooftop" and "fired 13 shots from the rooftop" share the
    rooftop and the shots, the second claim's counted noun: one event, so a Friday beside
    the 13 shots dates the killing."""
    from checks.matching import Matcher
    shots = fact("shots", "Andrew Lopez fired 13 shots from the rooftop.", "13 shots")
    assert Matcher([KILLED_BY_GUNFIRE, shots]).events == {"killed": frozenset({"shots"})}
    matches = run("Lopez is accused of spraying 13 shots on a Friday afternoon.",
                  [KILLED_BY_GUNFIRE, shots], date=dt.date(2011, 10, 25))
    assert figures(matches, "killed") == ["Friday"]


def test_a_place_set_before_the_clause_sets_its_figures_there() -> None:
    """"In Patras, around 20,000 protesters were joined by tractor drivers" is no count of
    the Athens march. The claim's own place, a month, or a sentence that reports ("In
    Brussels, officials said ...") leave the figure free."""
    athens = fact("athens", "Police said about 30,000 people marched in Athens during the "
                  "general strike.", "about 30,000 people")
    day = dt.date(2010, 5, 5)
    text = "In {}, around 20,000 protesters marched during the general strike."
    assert vetoed(run(text.format("Patras"), [athens], date=day), "athens",
                  "around 20,000 protesters").veto == "set in Patras"
    for place in ("Athens", "April"):
        (mention,) = run(text.format(place), [athens], date=day).mentions["athens"]
        assert mention.disagrees, place
    reported = "In Brussels, officials said around 20,000 protesters marched in the strike."
    assert figures(run(reported, [athens], date=day), "athens") == [
        "around 20,000 protesters"]
    passive = "In Patras, around 20,000 protesters were reported as marching in the strike."
    assert vetoed(run(passive, [athens], date=day), "athens",
                  "around 20,000 protesters").veto == "set in Patras"


def test_a_figure_of_a_relative_clause_on_another_place_may_agree_never_fail() -> None:
    """"Thessaloniki, where 20,000 people joined the strike march" sets its figure there:
    against a march "in Athens" it never fails, and agrees where it agrees (the place may
    be the claim's under another name); "Athens, where" is the claim's place."""
    march = fact("march", "Police estimated that about 30,000 people joined the strike march "
                 "in Athens.", "about 30,000 people")
    text = "Violence broke out in {}, where {} people joined the strike march, police said."
    for place in ("the northern city of Thessaloniki", "Salonika"):
        assert vetoed(run(text.format(place, "20,000"), [march]), "march",
                      "20,000 people").veto == f"set in {place.split()[-1]}"
    assert figures(run(text.format("Salonika", "about 30,000"), [march]), "march") == [
        "about 30,000 people"]
    (mention,) = run(text.format("Athens", "20,000"), [march]).mentions["march"]
    assert mention.disagrees
    no_comma = "Clashes broke out in Salonika where 50,000 people joined the strike march."
    assert vetoed(run(no_comma, [march]), "march", "50,000 people").veto == "set in Salonika"


def test_a_span_counted_back_from_the_article_states_a_time_between_events() -> None:
    """A report of the day writes the time between two events back from its own day: "was
    wed about three weeks ago" states "married about three weeks before he was killed",
    and "five weeks ago" fails it. A date fact still reads the words as a date, and a
    span back that follows the event the claim counts from ("gunning down Deputy Ortiz a
    month ago") is the time since that event."""
    wedding = fact("wedding", "Deputy Jerry Ortiz had married his wife Chela about three "
                   "weeks before he was killed.", "about 3 weeks")
    day = dt.date(2005, 6, 25)
    text = "The deputy, who was wed {} ago, is survived by his wife."
    (mention,) = run(text.format("about three weeks"), [wedding], date=day).mentions["wedding"]
    assert (mention.quantity.text, mention.disagrees) == ("about three weeks", False)
    (mention,) = run(text.format("five weeks"), [wedding], date=day).mentions["wedding"]
    assert (mention.quantity.text, mention.disagrees) == ("five weeks", True)
    married = fact("married", "Deputy Jerry Ortiz married his wife Chela on June 4, 2005.",
                   "2005-06-04")
    assert figures(run(text.format("three weeks"), [married], date=day),
                   "married") == ["three weeks ago"]
    killed = ("A gang member is accused of gunning down Deputy Luis Gerardo (Jerry) Ortiz a "
              "month ago.")
    assert vetoed(run(killed, [wedding], date=dt.date(2005, 7, 25)), "wedding",
                  "a month").veto.endswith("which the claim counts from")


def test_a_day_counted_from_another_states_the_time_between_them() -> None:
    """"killed on June 24, 2005, ... an attack four days earlier" names June 20, and the
    four days between: it states "killed Ortiz four days after shooting a man", and "two
    days earlier" fails it. A date fact still reads the words as the day."""
    gap = fact("gap", "Orozco killed Deputy Jerry Ortiz in Hawaiian Gardens four days after "
               "shooting a man in the back while the man was doing yard work.", "4 days")
    text = ("The deputy was killed on June 24, 2005, while investigating an attack in which "
            "Orozco shot a man in the back while doing yard work {} earlier.")
    day = dt.date(2007, 5, 2)
    (mention,) = run(text.format("four days"), [gap], date=day).mentions["gap"]
    assert (mention.quantity.text, mention.disagrees) == ("four days", False)
    (mention,) = run(text.format("two days"), [gap], date=day).mentions["gap"]
    assert (mention.quantity.text, mention.disagrees) == ("two days", True)
    attack = fact("attack", "Orozco shot a man in the back while the man was doing yard work "
                  "in Hawaiian Gardens on June 20, 2005.", "2005-06-20")
    assert figures(run(text.format("four days"), [attack], date=day),
                   "attack") == ["four days earlier"]


def test_a_claim_set_in_a_town_the_article_never_names_may_agree_never_fail() -> None:
    """A claim that calls its place a town ("the northern city of Thessaloniki") is not
    told by an article that never names the town: its march count may agree, never fail.
    The town under another spelling ("Salonika") is named, and its figure fails."""
    march = fact("march", "About 20,000 people marched in the northern city of Thessaloniki "
                 "during the strike.", "about 20,000 people")
    text = "Police put the march, to mark a 24-hour nationwide strike in {}, at {} people."
    assert vetoed(run(text.format("Athens", "roughly 30,000"), [march]), "march",
                  "roughly 30,000 people").veto == "never names Thessaloniki"
    short = "These were the largest crowds in years. " + text.format("Athens", "roughly 30,000")
    assert vetoed(run(short, [march]), "march", "roughly 30,000 people").veto == (
        "never names Thessaloniki")  # a short word is no spelling of the town
    assert figures(run(text.format("Athens", "roughly 20,000"), [march]), "march") == [
        "roughly 20,000 people"]
    for town in ("Thessaloniki", "Salonika"):
        (mention,) = run(text.format(town, "roughly 30,000"), [march]).mentions["march"]
        assert mention.disagrees, town


def test_claims_set_at_different_places_tell_different_events() -> None:
    """A meeting in Kyiv and talks in Vienna share Russia, Ukraine and a word for talks,
    yet a date beside Vienna's tank count is no date of the Kyiv meeting."""
    from checks.matching import Matcher
    kyiv = fact("kyiv", "Zelenskyy met French and German officials in Kyiv on January 11, 2022 "
                "to discuss a meeting of the leaders of Russia, Ukraine, France and Germany.",
                "2022-01-11")
    claim = "At the OSCE talks in {}, Ukraine said it had identified 1,500 Russian tanks."
    vienna = fact("tanks", claim.format("Vienna"), "1,500 tanks")
    assert Matcher([kyiv, vienna]).events == {"kyiv": frozenset()}
    there = fact("tanks", claim.format("Kyiv"), "1,500 tanks")
    assert Matcher([kyiv, there]).events == {"kyiv": frozenset({"tanks"})}


def test_a_word_that_qualifies_a_measure_is_evidence_on_both_sides() -> None:
    """"352 rushing yards" are yards, and "rushing" still says which: a rewrite's "340 net
    rushing yards" states the fact wrongly, while "340 yards" alone may be any yards."""
    rushing = fact("rushing", "The Kansas City Chiefs piled up 352 rushing yards against the "
                   "Colts and still lost.", "352 yards")
    day = dt.date(2012, 12, 24)
    (mention,) = run("The Chiefs ended the game with 340 net rushing yards against "
                     "Indianapolis.", [rushing], date=day).mentions["rushing"]
    assert mention.disagrees and "rushing" in mention.shared
    assert figures(run("The Chiefs ended the game with 340 yards against Indianapolis.",
                       [rushing], date=day), "rushing") == []


def test_a_plain_figure_below_a_claims_most_is_one_choice_within_it() -> None:
    """"can be configured up to 512 GB" is a most: the base model's "64GB flash storage"
    is one choice within it, neither a statement of the most nor free to go to another
    fact of the story; a most stated lower ("configurable up to 256 GB") still fails."""
    most = fact("most", "The MacBook Air's flash storage can be configured up to 512 GB.",
                "512 GB")
    base = fact("base", "The 13-inch MacBook Air comes with 128GB of flash storage.", "128GB")
    day = dt.date(2012, 6, 12)
    text = "The 11-inch MacBook Air starts with 64GB of flash storage."
    matches = run(text, [most, base], date=day)
    assert figures(matches, "most") == [] and figures(matches, "base") == []
    assert vetoed(matches, "most", "64GB").veto.startswith("one choice within the claim's most")
    (mention,) = run("The MacBook Air's flash storage is now configurable up to 256 GB.",
                     [most], date=day).mentions["most"]
    assert mention.disagrees
    exact = fact("exact", "The MacBook Air's flash storage is 512 GB.", "512 GB")
    (mention,) = run(text, [exact], date=day).mentions["exact"]
    assert mention.disagrees


def test_claims_set_on_different_days_tell_different_events() -> None:
    """Arrests after a Wednesday vigil share Kimani Gray, police and East Flatbush with a
    Saturday shooting, yet a date beside the arrests dates the vigil, not the shooting; so
    does a claim set in another year."""
    from checks.matching import Matcher
    shooting = fact("shooting", "Two plainclothes police officers shot dead teenager Kimani "
                    "Gray in East Flatbush on Saturday night, March 9, 2013.", "2013-03-09")
    claim = "Police made 46 arrests after the {} night vigil for Kimani Gray in East Flatbush."
    wednesday = fact("arrests", claim.format("Wednesday"), "46 arrests")
    assert Matcher([shooting, wednesday]).events == {"shooting": frozenset()}
    saturday = fact("arrests", claim.format("Saturday"), "46 arrests")
    assert Matcher([shooting, saturday]).events == {"shooting": frozenset({"arrests"})}
    earlier = fact("arrests", "Police made 46 arrests in East Flatbush after officers shot "
                   "Kimani Gray's brother in 2009.", "46 arrests")
    assert Matcher([shooting, earlier]).events == {"shooting": frozenset()}
    text = ("Then came another protest on Wednesday night, after which, the police said, "
            "someone hit an officer with a brick, and there were 46 arrests.")
    assert not run(text, [shooting, wednesday], date=dt.date(2013, 3, 14)).mentions["shooting"]


def test_a_weekday_in_the_claims_setting_dates_its_noun_or_its_events_other_fact() -> None:
    """"the Wednesday morning shootings at Gordon Advisors" dates the claim's shooting; so
    does a weekday in a sentence that states another fact of the event ("Three people
    died when an Athens bank went up in flames Friday")."""
    troy = fact("troy", "The shooting at Gordon Advisors in Troy took place on Monday, April 9, "
                "2007.", "2007-04-09")
    (mention,) = run("He was arrested hours after the Wednesday morning shootings at Gordon "
                     "Advisors in Troy.", [troy], date=dt.date(2007, 4, 12)).mentions["troy"]
    assert mention.disagrees
    attack = fact("attack", "The petrol-bomb attack on the Marfin Bank branch in Athens took "
                  "place on Wednesday, May 5, 2010.", "2010-05-05")
    deaths = fact("deaths", "Three employees of the Marfin Bank branch in Athens died in the "
                  "petrol-bomb attack.", "3 people")
    text = "Three people died when an Athens bank went up in flames Friday."
    assert vetoed(run(text, [attack], date=dt.date(2010, 5, 8)), "attack", "Friday").veto
    (dated,) = run(text, [attack, deaths], date=dt.date(2010, 5, 8)).mentions["attack"]
    assert dated.disagrees


def test_a_time_that_is_part_of_another_is_not_its_length() -> None:
    """"at least 35 years of the life sentence" is a part of the sentence, no term of its
    own; a claim about such a part is stated by it. "30 minutes of deliberations", with no
    determiner, is their length."""
    term = fact("term", "Warren Jeffs was sentenced to life in prison plus 20 years for "
                "sexual assault.", "20 years")
    text = "Jeffs must serve at least 35 years of the life sentence in prison, officials said."
    assert vetoed(run(text, [term]), "term", "at least 35 years").veto == "a part of a time"
    served = fact("served", "Jeffs must serve at least 45 years of his life sentence in "
                  "prison before parole.", "at least 45 years")
    (mention,) = run(text, [served]).mentions["served"]
    assert mention.disagrees
    jury = fact("jury", "The jury deliberated for 30 minutes before sentencing Jeffs.",
                "30 minutes")
    assert figures(run("Jurors came back after 30 minutes of deliberations on Jeffs's "
                       "sentencing.", [jury]), "jury") == ["30 minutes"]


def test_a_figure_pointing_back_says_what_the_earlier_one_says() -> None:
    """"Those 10 points" restates "10 of the team's first 17 points", a part: no more a
    total of McDermott's than that one. With nothing earlier to point to, it still points
    back to something told before: it may agree ("Those 23 points"), never fail. Without
    the pointing word it is read as any figure."""
    points = fact("points", "Doug McDermott scored 23 points against Drake.", "23 points")
    later = "Those 10 points tied McDermott with Rodney Buford as Creighton's top scorer."
    matches = run("McDermott scored 10 of the team's first 17 points against Drake. "
                  "It was a fine start. " + later, [points])
    assert vetoed(matches, "points", "10 points").veto == "restates the earlier '10'"
    assert vetoed(run(later, [points]), "points", "10 points").veto == (
        "points back to a figure told before")
    assert figures(run(later.replace("10", "23"), [points]), "points") == ["23 points"]
    (alone,) = run(later.replace("Those", "His"), [points]).mentions["points"]
    assert alone.disagrees


def test_a_bare_number_equal_to_the_claims_other_figure_restates_it() -> None:
    """Against "Two of the three people who died ... were women", "the death of three of
    our citizens" is the three who died, not a wrong count of the women; against a claim
    with no such figure it is read as any count."""
    women = fact("women", "Two of the three people who died in the burning Marfin Bank "
                 "branch were women.", "2 women")
    text = "The prime minister mourned the death of three of our citizens in the bank fire."
    assert vetoed(run(text, [women]), "women", "three").veto == (
        "the claim's other figure 'three people'")
    alone = fact("alone", "Two women died in the burning Marfin Bank branch.", "2 women")
    (mention,) = run(text, [alone]).mentions["alone"]
    assert mention.disagrees


def test_the_claims_earlier_value_stated_as_the_news_is_stale() -> None:
    """Against "18 people were injured ..., up from an earlier police count of 12", an
    article that says "12 people were injured" with no word of it being earlier has gone
    stale: it fails the fact. One that gives the 12 as earlier ("initially said", "up
    from 12") does not, and a claim's bare "up from" compares another occasion ("up from
    about 100 at Monday's vigil"), whose figure stays that occasion's."""
    hurt = fact("hurt", "Police said 18 people were injured in the riots in Athens during "
                "Wednesday's general strike, up from an earlier police count of 12.", "18 people")
    (mention,) = run("Police said 12 people were injured in the riots in Athens on Wednesday.",
                     [hurt]).mentions["hurt"]
    assert (mention.quantity.text, mention.disagrees) == ("12 people", True)
    text = "Police initially said 12 people were injured in the riots in Athens on Wednesday."
    assert vetoed(run(text, [hurt]), "hurt", "12 people").veto == (
        "the claim's other figure '12'")
    matches = run("Police said 18 people were injured in the riots in Athens, up from 12.", [hurt])
    assert figures(matches, "hurt") == ["18 people"]
    assert near(matches, "hurt", "12").veto == "the claim's other figure '12'"
    crowd = fact("crowd", "About 200 people gathered at the Wednesday night vigil for Kimani "
                 "Gray in East Flatbush, up from the crowd of about 100 at Monday's vigil.",
                 "about 200 people")
    text = "About 100 people gathered at a vigil for Kimani Gray in East Flatbush."
    assert vetoed(run(text, [crowd]), "crowd", "About 100 people").veto == (
        "the claim's other figure 'about 100'")


def test_the_claims_other_figure_may_be_restated_with_a_synonym_of_its_noun() -> None:
    """"three bank employees" restates the claim's "Three Marfin bank workers": it
    supports a date in its sentence, and is no count of the claim's own noun."""
    day = fact("day", "Three Marfin bank workers died when protesters firebombed their "
               "branch in Athens on Wednesday, May 5, 2010.", "2010-05-05")
    text = ("Unrest against new spending cuts killed three bank employees and swept through "
            "the Greek capital on Tuesday, as angry protesters tried to storm parliament.")
    (mention,) = run(text, [day], date=dt.date(2010, 5, 6)).mentions["day"]
    assert mention.quantity.text == "Tuesday" and mention.disagrees
    assert "three bank employees" in mention.shared
    survived = fact("survived", "Two of the three workers shot at the Troy office survived "
                    "their wounds.", "2 people")
    assert vetoed(run("The gunman shot three employees at the Troy office.", [survived]),
                  "survived", "three employees").veto == (
        "the claim's other figure 'three workers'")


def test_an_article_from_well_before_the_claims_time_cannot_state_its_figure() -> None:
    """A claim that sets its figure at a time ("When Warren Jeffs was sentenced in August
    2011, four more FLDS men ... were awaiting trial") is not stated by a 2008 article's
    count, which tells how things stood then; an article of that August is checked."""
    awaiting = fact("awaiting", "When Warren Jeffs was sentenced in August 2011, four more "
                    "FLDS men from the ranch were awaiting trial in Texas.", "4 men")
    text = "Six more FLDS men from the ranch await trial in Texas."
    assert vetoed(run(text, [awaiting], date=dt.date(2008, 11, 7)), "awaiting",
                  "Six more FLDS men").veto == "published before the claim's August 2011"
    (mention,) = run(text, [awaiting], date=dt.date(2011, 8, 10)).mentions["awaiting"]
    assert mention.disagrees


def test_a_day_past_in_an_article_from_before_the_facts_day_is_anothers() -> None:
    """A July 2005 article cannot have seen a sentencing of May 2007: a day already past
    when it appeared ("the June 24 murder") is another event's. A day still to come may
    be the sentencing as scheduled, and in an article of the sentencing's own week a
    wrong day fails."""
    sentenced = fact("sentenced", "Judge Philip Hickok sentenced Jose Luis Orozco to death in "
                     "Norwalk Superior Court on May 3, 2007.", "2007-05-03")
    text = "Judge Philip Hickok saw Jose Luis Orozco in Norwalk Superior Court on June 24."
    assert vetoed(run(text, [sentenced], date=dt.date(2005, 7, 26)), "sentenced",
                  "June 24").veto.startswith("a day past when the article appeared")
    later = "Judge Philip Hickok will sentence Jose Luis Orozco in Norwalk Superior Court on {}."
    (mention,) = run(later.format("August 3"), [sentenced],
                     date=dt.date(2005, 7, 26)).mentions["sentenced"]
    assert mention.disagrees
    (mention,) = run("Judge Philip Hickok sentenced Jose Luis Orozco to death in Norwalk "
                     "Superior Court on May 2.", [sentenced],
                     date=dt.date(2007, 5, 4)).mentions["sentenced"]
    assert (mention.quantity.text, mention.disagrees) == ("May 2", True)


def test_a_decade_is_far_from_a_year_it_does_not_hold_and_no_slip_of_it() -> None:
    """"feigned mental illness in the 1990s" lies 20 years from an indictment in 1970,
    though "1990" and "1970" differ by a digit: a decade is no mistyped year. A decade
    that holds the fact's year is no time apart from it."""
    indicted = fact("indicted", "Gigante was indicted in 1970 on charges of bribing the "
                    "police, a case he escaped by pleading mental illness.", "1970")
    text = "Gigante admitted the charges that he feigned mental illness in the 1990s."
    assert vetoed(run(text, [indicted]), "indicted", "1990s").veto.startswith(
        "far from the fact's figure")
    convicted = fact("convicted", "Gigante was convicted of racketeering in 1997.", "1997")
    (mention,) = run("Gigante was convicted of racketeering charges in the 1990s.",
                     [convicted]).mentions["convicted"]
    assert not mention.veto


def test_the_words_of_an_ages_phrase_stand_between_it_and_nothing() -> None:
    """"has died in jail at the age of 79" is as near the claim's "died" as "has died in
    jail, aged 79": the phrase is the figure's own words. Not so the words before a
    duration ("died in jail for most of 79 years")."""
    from checks.matching.attachment import figure_window

    def distance_of(text: str) -> int:
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        return next(d for w, d, _ in figure_window(reading, 0) if w.surface == "died")

    plain = distance_of("Gigante has died in jail, aged 79.")
    for phrase in ("at the age of", "at age"):
        assert distance_of(f"Gigante has died in jail {phrase} 79.") == plain, phrase
    assert distance_of("Gigante died in jail for most of 79 years.") > plain


def test_an_age_at_death_is_the_age_of_the_name_before_its_verb() -> None:
    """"rival mob boss John Gotti died of cancer in 2002 at age 61" gives Gotti's age at
    death, not that of the claim's Gigante who died in the same prison; the claim's own
    name before the verb keeps the age his."""
    died = fact("died", "Vincent Gigante, the crime family boss, died in federal prison at "
                "age 77.", "77 years")
    text = "It was the prison where rival mob boss John Gotti died of cancer in 2002 at age 61."
    assert vetoed(run(text, [died]), "died", "61").veto == "the age of John Gotti"
    text = "Mob boss Vincent Gigante died of heart disease in federal prison at age 71."
    (mention,) = run(text, [died]).mentions["died"]
    assert mention.disagrees


EARLIER_SHOOTING = fact("earlier", "Ray Dunn shot and wounded a clerk in Elm Park on May 2, "
                        "2019, the robbery Officer Ann Cole was investigating when she was "
                        "killed.", "2019-05-02")


def run_after_killing(text: str) -> Matches:
    """`run` against EARLIER_SHOOTING, in an article dated the day after the killing."""
    return run(text, [EARLIER_SHOOTING], date=dt.date(2019, 5, 7))


@pytest.mark.parametrize(("text", "figure", "veto"), [
    ("Prosecutors said Ray Dunn was charged with murdering the 41-year-old officer on May 6 "
     "outside an Elm Park store.", "May 6", "dates the murdering, which the claim counts from"),
    ("Dunn was charged with murdering the officer on May 6 outside an Elm Park store.", "May 6",
     "dates the murdering, which the claim counts from"),
    ("An officer interviewing a clerk outside an Elm Park store was fatally shot Monday when a "
     "gunman burst out of the store.", "Monday",
     "dates a death (fatally shot), which the claim counts from"),
])
def test_a_killings_date_is_the_event_counted_from(text: str, figure: str, veto: str) -> None:
    """Against a claim counting from a killing, "charged with murdering the 41-year-old
    officer on May 6" (an age or none between article and noun) and "was fatally shot
    Monday" date the killing, not the claim's wounding."""
    assert vetoed(run_after_killing(text), "earlier", figure).veto == veto


@pytest.mark.parametrize("day", ["on May 3", "on Monday"])
def test_the_claims_own_wounding_on_another_day_still_fails(day: str) -> None:
    """"shot and wounded ... on Monday" stays the claim's own event, and fails."""
    text = f"Ray Dunn shot and wounded a clerk in Elm Park {day}, police said."
    (mention,) = run_after_killing(text).mentions["earlier"]
    assert mention.disagrees


def test_one_concept_is_enough_for_a_figure_that_agrees_on_strong_evidence() -> None:
    """"At 4.46 pounds, it will be the lightest MacBook Pro ever": the name is in every
    sentence, so only the specific figure speaks for the fact, and the mention can only
    pass its check. Another figure in the same words stays far below a mention."""
    from checks.matching import Background, Matcher
    weight = fact("weight", "Apple's MacBook Pro with Retina display weighs 4.46 pounds.",
                  "4.46 pounds")
    air = fact("air", "The 11-inch MacBook Air weighs 2.38 pounds.", "2.38 pounds")
    filler = " ".join(f"The MacBook Pro with Retina display was shown, reviewer {i} said."
                      for i in range(30))
    found = []
    for figure in ("4.46", "4.9"):
        text = f"{filler} At {figure} pounds, it will be the lightest MacBook Pro ever."
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        matches = Matcher([weight, air], background=Background([reading])).match(reading)
        found.append([(c.quantity.text, c.shared, c.disagrees)
                      for c in matches.mentions["weight"]])
    assert found == [[("4.46 pounds", ("the same figure",), False)], []]


def test_a_conversion_in_brackets_states_the_fact_again() -> None:
    """"2.38 pounds (1.28 kg)" gives the weight twice, and the second is wrong: a sentence
    states a fact once, but a conversion right after its figure is checked too."""
    weight = fact("weight", "The 11-inch MacBook Air weighs 2.38 pounds.", "2.38 pounds")
    matches = run("The 11-inch MacBook Air weighs 2.38 pounds (1.08 kg).", [weight])
    assert sorted((c.quantity.text, c.disagrees) for c in matches.mentions["weight"]) == [
        ("1.08 kg", False), ("2.38 pounds", False)]
    matches = run("The 11-inch MacBook Air weighs 2.38 pounds (1.28 kg).", [weight])
    assert sorted((c.quantity.text, c.disagrees) for c in matches.mentions["weight"]) == [
        ("1.28 kg", True), ("2.38 pounds", False)]


def test_a_conversion_of_a_duration_in_brackets_states_the_fact_again() -> None:
    """Durations convert as measures do: "a 12-year (120-month) sentence" is wrong twice
    over against 144 months, or right once and wrong once against 12 years."""
    sentence = fact("sentence", "Gigante was serving a 12-year sentence for racketeering.",
                    "12 years")
    matches = run("Gigante was serving a 12-year (120-month) sentence for racketeering.",
                  [sentence])
    assert sorted((c.quantity.text, c.disagrees) for c in matches.mentions["sentence"]) == [
        ("12-year", False), ("120-month", True)]


@pytest.mark.parametrize(("claim", "value", "text"), [
    ("Gigante was serving the 12-year sentence imposed for racketeering.", "144 months",
     "Gigante was sentenced to 12 years in prison for racketeering."),
    ("Jamaal Charles broke off an 86-yard touchdown run for the Chiefs.", "78.6 m",
     "Jamaal Charles had an 86-yard touchdown run for the Chiefs."),
])
def test_a_claims_figure_given_in_another_unit_as_the_value_is_the_value(claim, value, text):
    """An editor may give the claim's own figure converted ("the 12-year sentence" with
    `144 months`): that figure is the value, not another figure of the claim that a
    sentence restating it would speak of instead."""
    (mention,) = run(text, [fact("f", claim, value)]).mentions["f"]
    assert not mention.disagrees and "the same figure" in mention.shared


@pytest.mark.parametrize("beside", ["alongside", "along with", "together with"])
def test_a_figure_of_the_claims_companion_is_theirs(beside: str) -> None:
    """"sentenced ... alongside Vito Genovese" names Genovese beside the subject: his own
    "15-year sentence" is no statement of Gigante's, which a wrong figure still fails."""
    heroin = fact("heroin", "In 1959 Vincent Gigante was sentenced to five years in prison "
                  f"for heroin trafficking {beside} Vito Genovese.", "5 years")
    text = "Genovese ran his organization from behind bars while serving a 15-year sentence."
    assert vetoed(run(text, [heroin]), "heroin", "15-year").veto == "the figure of Genovese"
    (mention,) = run("In 1959 Gigante was sentenced to seven years in prison for heroin "
                     "trafficking.", [heroin]).mentions["heroin"]
    assert mention.disagrees


def test_an_age_in_an_aside_after_the_claims_name_is_that_persons() -> None:
    """"Apostolos Kolokythopoulos, a 70-year-old pensioner" gives the name's age, not only
    the pensioner's: the same aside in an article states it, or fails it when wrong, and
    another pensioner's age is hers."""
    age = fact("age", "Apostolos Kolokythopoulos, a 70-year-old pensioner in Athens, backed "
               "the strikes against the austerity measures.", "70 years")
    told = ("Apostolos Kolokythopoulos, a {} - year old pensioner who lives on less than "
            "1, 000 euros a month, said the walkouts were needed.")
    (mention,) = run(told.format(70), [age]).mentions["age"]
    assert not mention.disagrees
    (mention,) = run(told.format(72), [age]).mentions["age"]
    assert mention.disagrees
    text = "Maria Pappas, a 72 - year old pensioner, said the walkouts were needed."
    assert vetoed(run(text, [age]), "age", "72 - year").veto == "the age of Maria Pappas"


def test_added_right_before_a_figure_gives_it_to_the_subject() -> None:
    """"Peyton Hillis added 101 yards" adds yards, it reports nothing: the figure is
    Hillis's, no statement of Charles's 226, while Charles's own "added" figure is his."""
    charles = fact("charles", "Jamaal Charles rushed for 226 yards for the Chiefs against "
                   "the Colts.", "226 yards")
    text = "Peyton Hillis added 101 yards on the ground for the Chiefs against the Colts."
    assert vetoed(run(text, [charles]), "charles", "101 yards").veto == (
        "the figure of Peyton Hillis")
    (mention,) = run("Jamaal Charles added 240 yards on the ground for the Chiefs against "
                     "the Colts.", [charles]).mentions["charles"]
    assert mention.disagrees


def test_some_of_the_facts_own_things_told_before_are_a_part() -> None:
    """"five of the blocks came after" counts some of the blocks told before, no total of
    them; "all 11 of his points" is the total, and "Seven of the men have been convicted"
    the part the claim's event befell."""
    blocks = fact("blocks", "Gregory Echenique blocked six shots for Creighton against "
                  "Drake.", "6 blocks")
    text = ("Echenique had five rebounds for Creighton against Drake, and five of the blocks "
            "came after he got roughed up.")
    assert vetoed(run(text, [blocks]), "blocks", "five").veto == "a part of a whole"
    points = fact("points", "Gregory Echenique scored 11 points for Creighton against "
                  "Drake.", "11 points")
    (mention,) = run("Against Drake, Echenique scored all 13 of his points for Creighton.",
                     [points]).mentions["points"]
    assert mention.disagrees
    men = fact("men", "Seven FLDS men from the Yearning for Zion Ranch have been convicted "
               "in Texas.", "7 men")
    (mention,) = run("Eight of the men from the Yearning for Zion Ranch have been convicted "
                     "in Texas.", [men]).mentions["men"]
    assert mention.disagrees


def test_a_date_of_death_is_the_death_of_the_name_before_its_verb() -> None:
    """A claim dating one person's death is not stated by another's death date ("where
    John Gotti died of cancer in 2002"), while its own person's stays a discrepancy."""
    died = fact("died", "Former senator Ann Ruiz died at her home in Denver on March 3, "
                "2011.", "2011-03-03")
    text = ("Ruiz was buried in Denver beside her husband, Carl Olsen, who died at home on "
            "March 1, 2011.")
    assert vetoed(run(text, [died]), "died", "March 1, 2011").veto == (
        "the death of Carl Olsen")
    text = "It was the house where former senator Tom Hale died on March 9, 2011."
    assert vetoed(run(text, [died]), "died", "March 9, 2011").veto == "the death of Tom Hale"
    text = "Former senator Ann Ruiz died at her home in Denver on March 5, 2011."
    (mention,) = run(text, [died]).mentions["died"]
    assert mention.disagrees


def test_a_count_of_people_is_no_count_of_times_something_befell_one() -> None:
    """"Gray had been arrested four times" counts one person's arrests: "three people were
    taken into custody" tells of others, while "arrested 12 times" may restate it."""
    prior = fact("prior", "Police said Kimani Gray had been arrested four times before he "
                 "was shot.", "four arrests")
    text = "The NYPD said three people were taken into custody after Gray was shot."
    assert vetoed(run(text, [prior]), "prior", "three people").veto == (
        "a count of people, not of times")
    (mention,) = run("Police said Gray had been arrested 12 times before.",
                     [prior]).mentions["prior"]
    assert mention.disagrees

    # and the reverse: the times one was arrested are no count of the people arrested,
    # while being "shot seven times" counts the bullets that hit
    monday = fact("monday", "Police arrested one person on Monday night when the vigil for "
                  "Kimani Gray turned into a riot.", "one person")
    text = "Police also said that Gray had previously been arrested four times."
    assert vetoed(run(text, [monday]), "monday", "four times").veto == (
        "a count of times, not of people")
    hit = fact("hit", "The autopsy found that seven bullets struck Kimani Gray.", "7 bullets")
    (mention,) = run("The autopsy found Kimani Gray was shot nine times.",
                     [hit]).mentions["hit"]
    assert mention.disagrees


ARRESTS = [fact("wednesday", "Police arrested 46 people on Wednesday night during the "
                "protests in East Flatbush.", "46 people"),
           fact("monday", "Police arrested one person on Monday night when the vigil in East "
                "Flatbush turned into a riot.", "one person")]


@pytest.mark.parametrize(("story", "figure", "fact_id"), [
    ("A vigil turned violent Monday night in East Flatbush. Police shot the teen late "
     "Saturday night.", "three people", "monday"),
    ("On Monday a group marched in East Flatbush. On Wednesday the crowd became unruly.",
     "64 people", "wednesday"),
])
def test_a_figure_tells_of_the_day_the_article_named_last_before_it(
        story: str, figure: str, fact_id: str) -> None:
    """Two facts that differ only by their claims' weekdays tie on the words; the day the
    article last named before the figure, of the two, decides ("Saturday" is neither)."""
    text = f"{story} By the end, police had taken {figure} into custody."
    matches = run(text, ARRESTS)
    assert figures(matches, fact_id) == [figure]
    other = next(f.id for f in ARRESTS if f.id != fact_id)
    assert figures(matches, other) == []
    alone = run(f"By the end, police had taken {figure} into custody.", ARRESTS)
    assert figures(alone, "monday") == figures(alone, "wednesday") == []


SEMIFINAL = fact("semifinal", "After beating Drake, Creighton was to play Indiana State in the "
                 "Missouri Valley tournament semifinals on Saturday, March 9, 2013.", "2013-03-09")
GAME_NIGHT = dt.date(2013, 3, 8)


def test_a_fronted_clause_names_the_event_a_dated_claim_counts_from() -> None:
    """"After beating Drake," opens the claim with another event than the one it dates:
    the Drake game's day is no day of the semifinal, even where the sentence also states
    another fact's figure of that game; the semifinal's own day is."""
    points = fact("points", "Doug McDermott scored 23 points as Creighton beat Drake in the "
                  "Missouri Valley tournament quarterfinals.", "23 points")
    text = ("Doug McDermott scored 23 points and the Bluejays defeated Drake 65-53 on Friday "
            "in the tournament.")
    matches = run(text, [SEMIFINAL, points], date=GAME_NIGHT)
    assert figures(matches, "semifinal") == []
    assert figures(matches, "points") == ["23 points"]
    text = "Creighton advances to play Indiana State in Saturday's semifinals."
    assert figures(run(text, [SEMIFINAL], date=GAME_NIGHT), "semifinal") == ["Saturday"]


def test_two_words_of_two_of_the_claims_names_written_together_are_another_name() -> None:
    """"Missouri State" is neither "Indiana State" nor the "Missouri Valley" tournament,
    though the claim writes all three words; "Deputy Ortiz" is still "Deputy Jerry
    Ortiz"."""
    text = "Wichita State survived a close game against Missouri State on Friday evening."
    assert figures(run(text, [SEMIFINAL], date=GAME_NIGHT), "semifinal") == []
    killed = fact("killed", "Deputy Jerry Ortiz was shot and killed in Hawaiian Gardens on "
                  "June 24, 2005.", "2005-06-24")
    text = "Sheriff Deputy Ortiz was killed June 24, 2004 outside an apartment."
    (mention,) = run(text, [killed]).mentions["killed"]
    assert mention.disagrees


def test_a_quarterfinal_is_no_quarter_of_the_game() -> None:
    """"in the first quarter" tells a part of a game, not its total; "in the quarterfinals"
    names the whole game's round, also where the clause runs on past the words read after
    the figure."""
    points = fact("points", "Doug McDermott scored 23 points as Creighton beat Drake.",
                  "23 points")
    text = ("Doug McDermott scored 23 points and Creighton defeated Drake 65-53 on Friday "
            "in the quarterfinals of the Missouri Valley tournament.")
    assert figures(run(text, [points]), "points") == ["23 points"]
    text = "Doug McDermott scored 12 points in the first quarter as Creighton beat Drake."
    assert vetoed(run(text, [points]), "points", "12 points").veto.startswith("a part of")


@pytest.mark.parametrize(("text", "age"), [
    ("Gigante has died in jail. He was 79.", True),
    ("Armstead took the stand. She is 35, and she testified.", True),
    ("A man tipped off the police. He was 56 and had just heard the news.", True),
    ("Ortiz spoke to a woman. The deputy was 38.", True),
    ("The Jays beat Drake. The score was 65.", False),
    ("McDermott struggled. He was 12 for 40 from the field.", False),
])
def test_a_number_that_is_all_a_clause_says_of_its_person_is_an_age(text: str,
                                                                     age: bool) -> None:
    reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
    assert (0 in reading.ages) == age


def test_a_sentence_about_he_she_or_the_titled_one_gives_the_age_of_the_name_before() -> None:
    """"She is 35" after "Armstead then took the stand." is Armstead's age, and "The
    deputy was 38." after "... surprised Deputy Jerry Ortiz" Ortiz's: the wrong ages fail.
    After another's name, the age is theirs."""
    armstead = fact("armstead", "Unique Armstead, the other mother shot in the arm, is 32.",
                    "32 years")
    text = "Armstead then took the stand. She is 35, and she testified for an hour."
    (mention,) = run(text, [armstead]).mentions["armstead"]
    assert mention.disagrees and "the age of Armstead" in mention.shared
    text = "Carrasquillo then took the stand. He is 35, and he testified for an hour."
    assert vetoed(run(text, [armstead]), "armstead", "35").veto == "the age of Carrasquillo"
    ortiz = fact("ortiz", "Los Angeles County Sheriff's Deputy Jerry Ortiz was 35 when he was "
                 "shot and killed in Hawaiian Gardens.", "35 years")
    text = ("Deputies fanned out across Hawaiian Gardens late Friday in search of the gunman, "
            "who surprised Deputy Jerry Ortiz at the door. The deputy was 38.")
    (mention,) = run(text, [ortiz]).mentions["ortiz"]
    assert mention.disagrees and "the age of Deputy Jerry Ortiz" in mention.shared


def test_the_and_a_noun_for_one_person_opening_a_sentence_points_back_as_he_does() -> None:
    """"The deputy was 38." speaks of someone the sentence before named, as "He was 38."
    does: that sentence's words stand as near; "The crowds were 38." points nowhere."""
    from checks.matching.attachment import figure_window

    def distance_of(second: str) -> int:
        text = f"The gunman surprised Deputy Jerry Ortiz at the door. {second}"
        reading = read(Article(path=Path("a.txt"), name="a.txt", text=text, date=TALKS_WEEK))
        return next(d for w, d, _ in figure_window(reading, 0) if w.surface == "surprised")

    from checks.matching.attachment import PREVIOUS_SENTENCE

    assert distance_of("The deputy was 38.") == distance_of("He was 38.") + 1  # "The"
    assert distance_of("The crowds were 38.") == (
        distance_of("The deputy was 38.") + PREVIOUS_SENTENCE)
    # "That" points back at what the sentence before told, as "This" does
    assert distance_of("That cost him 38 days.") == distance_of("This cost him 38 days.")
    assert distance_of("That cost him 38 days.") < distance_of("Police said 38 days.")


def test_a_sentence_opening_with_that_speaks_of_the_one_before() -> None:
    """"That brought him another three-year sentence." tells what the plea the sentence
    before told of brought: that sentence's words are as near as the figure's own."""
    plea = fact("plea", "Gigante's guilty plea to obstruction of justice in April 2003 added "
                "three years to his prison term.", "3 years")
    text = ("In April 2003 he pleaded guilty to obstruction of justice at a federal hearing. "
            "That brought him another {} sentence.")
    assert figures(run(text.format("three-year"), [plea]), "plea") == ["three-year"]
    (mention,) = run(text.format("four-year"), [plea]).mentions["plea"]
    assert mention.disagrees


def test_a_spelling_variant_starts_as_the_word_does() -> None:
    """"Organisation" is "Organization", but "Wayne" is not "Dwayne": Reggie Wayne's five
    catches say nothing of Dwayne Allen's 43."""
    from checks.matching.sentences import same_word

    assert same_word(stem("organisation"), stem("organization"))
    assert not same_word(stem("wayne"), stem("dwayne"))
    allen = fact("allen", "Colts rookie Dwayne Allen set the franchise record for catches by a "
                 "rookie tight end, bringing his total to 43.", "43 catches")
    text = "Wayne had five catches to become the fifth player in NFL history to do so."
    assert figures(run(text, [allen]), "allen") == []


def test_a_time_spent_doing_something_measures_the_doing() -> None:
    """"after more than three decades of faking mental illness" is how long he faked, not
    the term a plea "for faking mental illness" added; a claim whose figure measures the
    faking itself is stated by it."""
    added = fact("added", "Gigante's guilty plea to obstruction of justice for faking mental "
                 "illness added three years to his prison term.", "3 years")
    text = ("It was not until 2003, after more than three decades of faking mental illness, "
            "that Gigante admitted in court that he did it to avoid prosecution.")
    assert vetoed(run(text, [added]), "added", "more than three decades").veto == (
        "measures faking mental illness")
    faked = fact("faked", "Gigante spent 30 years faking mental illness.", "30 years")
    (mention,) = run(text, [faked]).mentions["faked"]
    assert not mention.disagrees


def test_a_time_after_for_that_leads_into_another_verb_is_that_acts() -> None:
    """"who for three decades feigned lunacy" tells how long he feigned, no sentence of 12
    years; "was sentenced for 15 years" has the claim's verb and fails, and so does a time
    after "for" that leads into the claim's own verb."""
    term = fact("term", 'Vincent "The Chin" Gigante, the Genovese crime family boss, was '
                "sentenced in 1997 to 12 years in prison for racketeering.", "12 years")
    text = ("Vincent Gigante was the Genovese crime family boss who for three decades "
            "feigned lunacy to evade prosecution.")
    assert vetoed(run(text, [term]), "term", "three decades").veto == (
        "how long another act went on: feigned")
    for text in ("The Genovese crime family boss was sentenced for 15 years in prison.",
                 "Gigante, the Genovese crime family boss, was for 15 years sentenced."):
        (mention,) = run(text, [term]).mentions["term"]
        assert mention.disagrees, text


def test_a_count_from_a_titled_name_is_that_ones() -> None:
    """"Creighton also got 14 points from backup center Will Artino" gives Artino's points,
    not McDermott's; "13 bullets from a Brooklyn rooftop" names a place, no one."""
    points = fact("points", "Doug McDermott scored 23 points for Creighton in its win over "
                  "Drake.", "23 points")
    text = ("Creighton also got 14 points from backup center Will Artino in the win over "
            "Drake.")
    assert vetoed(run(text, [points]), "points", "14 points").veto == (
        "the figure of Will Artino")
    shots = fact("shots", "Andrew Lopez fired 13 shots from a rooftop in Brooklyn.", "13 shots")
    text = "Andrew Lopez sprayed 13 bullets from a Brooklyn rooftop in broad daylight."
    assert figures(run(text, [shots]), "shots") == ["13 bullets"]


@pytest.mark.parametrize("possessive", ["Friday's", "Friday ’ s"])
def test_a_date_before_an_ordered_noun_dates_that_noun(possessive: str) -> None:
    """"Friday's second quarterfinal" dates a quarterfinal, another fact's word, not the
    semifinal a date fact claims, also as tokenized news writes the possessive."""
    points = fact("points", "Doug McDermott scored 23 points in Creighton's tournament "
                  "quarterfinal win over Drake.", "23 points")
    text = ("Creighton advanced to a semifinal meeting against Indiana State, which defeated "
            f"Evansville 51-50 in {possessive} second quarterfinal.")
    assert vetoed(run(text, [SEMIFINAL, points], date=GAME_NIGHT), "semifinal",
                  "Friday").veto == "dates the quarterfinal"


def test_a_claim_opening_with_a_name_set_off_by_commas_gives_that_ones_age() -> None:
    """"Kimani Gray, the teenager shot dead ... in East Flatbush, Brooklyn, was 16 years
    old" gives Gray's age, not Brooklyn's: the name before the verb closes an aside."""
    gray = fact("gray", "Kimani Gray, the teenager shot dead by two plainclothes police "
                "officers in East Flatbush, Brooklyn, was 16 years old.", "16 years")
    text = ("Two plainclothes police officers fatally shot 16-year-old Kimani Gray in East "
            "Flatbush on Saturday night.")
    assert figures(run(text, [gray]), "gray") == ["16-year"]


def test_a_claims_one_count_of_the_values_number_is_its_figure_under_another_noun() -> None:
    """"A total of 31 fire trucks and other pieces of firefighting equipment", declared as
    `31 pieces`, writes its figure once: "31 fire apparatus" states it, though the claim's
    "31 fire trucks" is no other figure. The value's noun takes the trucks in ("and
    other pieces"), so "31 fire trucks" counts them too, while "three ladder trucks" is
    far from it. A claim whose value's noun does not take its own in ("won only two
    games", `2 wins`) leaves that noun out: "at least 10 games" is no count of wins."""
    equipment = fact("equipment", "A total of 31 fire trucks and other pieces of firefighting "
                     "equipment responded to the warehouse fire in Palmer.", "31 pieces")
    text = "A total of 31 fire apparatus arrived to fight the fire in Palmer."
    assert figures(run(text, [equipment]), "equipment") == ["31"]
    text = ("Owen said 31 fire trucks, emergency vehicles and other equipment fought the fire "
            "in Palmer.")
    assert figures(run(text, [equipment]), "equipment") == ["31 fire trucks"]
    text = "Three ladder trucks arrived to fight the fire in Palmer."
    assert figures(run(text, [equipment]), "equipment") == []
    wins = fact("wins", "A year before reaching the playoffs, the Colts had won only two games, "
                "finishing 2-14.", "2 wins")
    text = "The Colts have won at least 10 games a year before reaching the playoffs."
    assert figures(run(text, [wins]), "wins") == []


def test_it_and_a_figure_speak_of_what_the_sentence_before_opened_with() -> None:
    """"Jeffs delivered a speech arguing that the raid ... were unwarranted. It lasted 75
    minutes.": "it" is the speech, named early in a long sentence, so the words there
    stand as near as those at its end; the wrong length fails."""
    speech = fact("speech", "Warren Jeffs broke his silence at his Texas trial with a "
                  "55-minute speech objecting to testimony and defending polygamy.",
                  "55 minutes")
    text = ("Jeffs delivered a speech arguing that the raid on the church was illegal and "
            "that the charges brought upon him and other members of the FLDS were "
            "unwarranted. It lasted 75 minutes.")
    (mention,) = run(text, [speech]).mentions["speech"]
    assert mention.disagrees and "speech" in mention.shared


def test_a_phrase_among_the_aliases_stands_for_its_group_where_the_claim_writes_it() -> None:
    """"passed away" in a claim is "died" in an article, so the day a death is given on
    speaks of the fact; a claim of other words is still told apart ("dates what was
    died")."""
    death = fact("death", "Gigante passed away at a prison hospital in Springfield, Missouri, "
                 "on December 19, 2005.", "2005-12-19")
    text = "Mob boss Vincent Gigante died Monday in federal prison, officials said."
    assert figures(run(text, [death], date=dt.date(2005, 12, 20)), "death") == ["Monday"]
    plea = fact("plea", "Gigante pleaded guilty to obstruction in a Brooklyn court on "
                "December 19, 2005.", "2005-12-19")
    assert figures(run(text, [plea], date=dt.date(2005, 12, 20)), "plea") == []


def test_a_phrase_is_an_alias_only_written_whole() -> None:
    """A phrase joins a claim's evidence only where its words stand together: "passed"
    and "away" apart are two words, no death."""
    groups = synonym_groups({})
    whole = profile(fact("d", "Gigante passed away on December 19, 2005.", "2005-12-19"), groups)
    apart = profile(fact("d", "Gigante passed the house, away from town, on December 19, 2005.",
                         "2005-12-19"), groups)
    assert any(stem("died") in c.stems for c in whole.concepts)
    assert not any(stem("died") in c.stems for c in apart.concepts)


def test_a_parents_bare_number_counts_children_whatever_the_claim_says() -> None:
    """"A mother of 12" counts her children, though the claim writes "a brood of 12
    children"; it never counts the people a toll counts."""
    children = fact("children", "Zurana Horton left behind a brood of 12 children when she "
                    "perished in the Brooklyn crossfire.", "12 children")
    text = "A gang member was convicted of killing Zurana Horton, a Brooklyn mother of 13."
    (mention,) = run(text, [children]).mentions["children"]
    assert mention.quantity.text == "13" and mention.disagrees
    wounded = fact("wounded", "Besides Zurana Horton, two other people were wounded by the "
                   "gunfire from the Brownsville rooftop.", "2 people")
    text = "Zurana Horton, a mother of 13, was killed by gunfire from a Brownsville rooftop."
    assert vetoed(run(text, [wounded]), "wounded", "13").veto == "counts a parent's children"


def test_a_claim_that_counts_besides_someone_counts_others() -> None:
    """"Besides Jeffs, eleven more men ... faced indictments" counts others, as "11 other
    FLDS men were charged" does."""
    others = fact("others", "Besides Jeffs, eleven more men from the sect faced indictments "
                  "on counts such as bigamy and sexual assault.", "11 men")
    text = "Jeffs and 11 other FLDS men were indicted on charges including sexual assault."
    assert figures(run(text, [others]), "others") == ["11 other FLDS men"]


def test_a_length_for_as_long_as_before_an_event_is_no_time_between() -> None:
    """"can sit on standby for as long as 30 days before its battery runs flat" says how
    long standby lasts: an article's "30 days of standby time" states it."""
    standby = fact("standby", "Left idle, the Retina MacBook Pro can sit on standby for as "
                   "long as 30 days before its battery runs flat.", "up to 30 days")
    text = "The new MacBook Pro will feature 7 hours of battery life, with 30 days of standby."
    assert figures(run(text, [standby]), "standby") == ["30 days"]


def test_a_light_verb_leaves_what_befell_people_to_the_words_after_its_count() -> None:
    """"Police took 46 people into custody after the vigil": the custody tells what
    happened to them, so the crowd at the vigil is no count of them, while an arrest is."""
    held = fact("held", "Police took 46 people into custody after the Wednesday night vigil "
                "for Kimani Gray in East Flatbush descended into street clashes.", "46 people")
    text = ("More than 200 people attended the Wednesday night vigil for Kimani Gray in East "
            "Flatbush.")
    assert vetoed(run(text, [held]), "held", "More than 200 people").veto == (
        "no word for what happened to them")
    text = "Police arrested 52 people after the vigil for Kimani Gray in East Flatbush."
    (mention,) = run(text, [held]).mentions["held"]
    assert mention.quantity.text == "52 people" and mention.disagrees


@pytest.mark.parametrize("aside", [
    "who according to the attorney general's office is fifty - eight,",
    "who, prosecutors said, was fifty - eight,",
    "who told reporters he is fifty - eight,",
])
def test_an_age_behind_an_attribution_in_who_was_is_the_names(aside: str) -> None:
    """"Jeffs, who according to the attorney general's office is 58,": the attribution
    between "who" and "is" leaves the age Jeffs', and the wrong one fails."""
    age = fact("age", "Warren Jeffs, the polygamist prophet at the heart of the Texas case, "
               "was 55 when jurors pronounced him guilty.", "55 years")
    text = f"Jeffs, {aside} will have to spend at least 45 years in prison."
    (mention,) = run(text, [age]).mentions["age"]
    assert mention.quantity.text == "fifty - eight" and mention.disagrees


def test_a_name_the_article_writes_with_the_claims_is_the_claims() -> None:
    """Where the article writes "the Kansas City Chiefs", "the Chiefs" are the claim's
    "Kansas City", so their 325 yards fail its 352; where it never joins the names, the
    Chiefs' figure stays another's."""
    rushing = fact("rushing", "Kansas City's offense amassed 352 yards on the ground against "
                   "the Colts at Arrowhead and still came away beaten.", "352 yards")
    figure = ("The Colts won at Arrowhead against the Chiefs, who had 325 yards on the ground "
              "in a losing effort.")
    (mention,) = run(f"The Kansas City Chiefs lost to the Colts. {figure}",
                     [rushing]).mentions["rushing"]
    assert mention.quantity.text == "325 yards" and mention.disagrees
    assert vetoed(run(f"The Chiefs lost to the Colts. {figure}", [rushing]), "rushing",
                  "325 yards").veto == "the figure of Chiefs"


def test_a_phrase_among_the_aliases_counts_where_the_article_writes_it() -> None:
    """An article's "pulled over" stands for the claim's "halt" (stopped: [halt, pulled
    over]): the chase that ended after 25 minutes fails the claim's 15."""
    chase = fact("chase", "The highway pursuit of Anthony LaCalamita lasted about 15 minutes "
                 "before he brought his car to a halt.", "about 15 minutes")
    text = "Deputies chased LaCalamita on the highway until he pulled over after about 25 minutes."
    (mention,) = run(text, [chase]).mentions["chase"]
    assert "pulled" in mention.shared and mention.disagrees


def test_a_toll_noun_in_the_claims_clause_tells_what_befell_its_people() -> None:
    """"Two senior staff ... survived gunshot injuries": the injuries tell what happened
    to the two, so "shot three people" is no count of them, while "three people were
    wounded" is."""
    wounded = fact("wounded", "Two senior staff at the Troy accounting office survived "
                   "gunshot injuries in the attack.", "2 people")
    text = "At the Troy accounting office, the gunman shot three people in the attack."
    assert vetoed(run(text, [wounded]), "wounded", "three people").veto == (
        "no word for what happened to them")
    text = "Three people at the Troy accounting office were wounded in the attack."
    (mention,) = run(text, [wounded]).mentions["wounded"]
    assert mention.quantity.text == "Three people" and mention.disagrees


def test_a_worth_is_stated_as_a_value() -> None:
    """worth: [value, valued]: "the value of the building at $380,600" states the
    claim's worth of the warehouse."""
    worth = fact("worth", "Palmer's assessors had put the worth of the lost Mat Maid "
                 "warehouse at $380,600.", "$380,600")
    text = "The Anchorage Daily News reports the value of the building at $380,600."
    (mention,) = run(text, [worth]).mentions["worth"]
    assert "value" in mention.shared


def test_the_claims_word_before_its_figure_leads_it_only_in_its_clause() -> None:
    """"In Thessaloniki, Greece's second city, 20,000 demonstrators paraded": "city" is no
    word for what happened to the 20,000, so a crowd that paraded downtown states them
    without it, and the wrong size fails."""
    crowd = fact("crowd", "In Thessaloniki, Greece's second city, 20,000 demonstrators "
                 "paraded through the centre against the cuts.", "20,000 people")
    text = "In Thessaloniki, some 35,000 demonstrators paraded downtown against the cuts."
    (mention,) = run(text, [crowd]).mentions["crowd"]
    assert mention.quantity.text == "some 35,000 demonstrators" and mention.disagrees


def test_shot_so_many_times_counts_the_bullets_that_hit_not_those_fired() -> None:
    """"was shot eleven times" states how many bullets hit Gray, so it fails a claim of
    seven that hit; a claim of the shots fired says nothing of hits, and it counts none."""
    hit = fact("hit", "Seven bullets hit Kimani Gray, three of them in the back, the autopsy "
               "showed.", "seven bullets")
    text = "Kimani Gray, 16, was shot eleven times in East Flatbush, the autopsy showed."
    (mention,) = run(text, [hit]).mentions["hit"]
    assert mention.quantity.text == "eleven times" and mention.disagrees
    fired = fact("fired", "Two officers fired 11 shots at Kimani Gray in East Flatbush.",
                 "11 shots")
    text = "Kimani Gray, 16, was shot seven times in East Flatbush, the autopsy showed."
    assert vetoed(run(text, [fired]), "fired", "seven times").veto == "no counted noun"
    # nor do bullets whose verb is a hit
    text = "Seven bullets hit Kimani Gray in East Flatbush, the autopsy showed."
    assert vetoed(run(text, [fired]), "fired", "Seven bullets").veto == (
        "counts the shots that hit")
    passive = "The autopsy showed Gray was hit by seven bullets in East Flatbush."
    assert vetoed(run(passive, [fired]), "fired", "seven bullets").veto == (
        "counts the shots that hit")
    (mention,) = run(text, [hit]).mentions["hit"]
    assert mention.quantity.text == "Seven bullets" and not mention.disagrees
    # and the shots fired are no count of those that hit, where hitting is the claim's verb
    for text, figure in (("Both officers fired a total of 11 shots at Kimani Gray in East "
                          "Flatbush.", "11 shots"),
                         ("In East Flatbush, 11 rounds were fired at Kimani Gray.",
                          "11 rounds")):
        assert vetoed(run(text, [hit]), "hit", figure).veto == "counts the shots fired"
    text = "The autopsy showed Kimani Gray was hit by three of the 14 bullets fired by police."
    (mention,) = run(text, [hit]).mentions["hit"]
    assert mention.quantity.text == "14 bullets" and mention.disagrees


def test_a_story_told_in_order_carries_its_year_to_the_sentences_that_go_on() -> None:
    """"... acquitted in 1958. A year later, he was convicted ... Mr. Gigante ... was
    sentenced to seven years": the seven years are of 1959, no part of a claim set in
    1997. A sentence that does not go on from the one before carries nothing, and an age
    is the age as written."""
    term = fact("term", "In 1997 Vincent Gigante was sentenced to 12 years in prison for "
                "racketeering.", "12 years")
    story = ("Mr. Gigante was acquitted in 1958 of attempted murder. A year later, he was "
             "convicted of heroin trafficking. {} was sentenced to seven years in prison.")
    opener = "Mr. Gigante, who listed his profession as a superintendent,"
    assert vetoed(run(story.format(opener), [term]), "term", "seven years").veto == (
        "another time: 1958")
    (mention,) = run(story.format("Federal Judge Weinstein said Gigante"),
                     [term]).mentions["term"]
    assert mention.disagrees


def test_a_whole_term_is_no_statement_of_a_claims_addition() -> None:
    """"added three years to his prison sentence" counts an addition; "sentenced him to
    12 years" tells a whole term, which never fails it, while an addition still does."""
    plea = fact("plea", "Gigante's guilty plea to obstruction of justice added three years to "
                "his prison sentence.", "3 years")
    text = ("After his guilty plea to obstruction of justice, a jury sentenced him to 12 "
            "years in the federal penitentiary.")
    assert vetoed(run(text, [plea]), "plea", "12 years").veto == "a whole, not an addition"
    (mention,) = run("As part of his guilty plea to obstruction of justice, five more years "
                     "were added to his prison term.", [plea]).mentions["plea"]
    assert mention.disagrees


def test_a_claim_opening_with_people_a_name_then_speaks_of_gives_their_age() -> None:
    """"The older of the two girls Warren Jeffs took as wives was 15": the girl's age, so
    "Jeffs, 55," is not hers; "The receptionist Madeline Kafoury" names the one person
    whose age it is."""
    older = fact("older", "The older of the two girls Warren Jeffs took as spiritual wives and "
                 "was convicted of sexually assaulting was 15 years old.", "15 years")
    text = ("Jeffs, 55, will spend at least 45 years in prison for assaulting the girls he "
            "called spiritual wives.")
    assert figures(run(text, [older]), "older") == []
    (mention,) = run("Jeffs was convicted of sexually assaulting a 14-year-old girl he took "
                     "as a spiritual wife.", [older]).mentions["older"]
    assert mention.disagrees
    receptionist = fact("receptionist", "The receptionist Madeline Kafoury, who was killed, "
                        "was 63 years old.", "63 years")
    (mention,) = run("The gunman killed Kafoury, 53, a receptionist.",
                     [receptionist]).mentions["receptionist"]
    assert mention.disagrees


def test_a_claim_opening_with_a_person_then_a_relative_clause_gives_their_age() -> None:
    """"The older girl, with whom Warren Jeffs fathered a child, was 15": the names of the
    clause set off by commas are not whose age it is, so "Jeffs, 55," is not hers."""
    older = fact("older", "The older girl, with whom Warren Jeffs fathered a child, was 15 "
                 "years old.", "15 years")
    text = ("Jeffs, 55, will spend at least 45 years in prison for assaulting the girls he "
            "called spiritual wives.")
    assert vetoed(run(text, [older]), "older", "55").veto == "the age of Jeffs"
    (mention,) = run("Jeffs fathered a child with a 14-year-old girl, an analyst testified.",
                     [older]).mentions["older"]
    assert mention.disagrees
    deputy = fact("deputy", "The deputy, whose killer Jose Luis Orozco was convicted, was 35 "
                  "years old.", "35 years")
    (mention,) = run("Orozco, 29, shot the deputy, who was 35.", [deputy]).mentions["deputy"]
    assert mention.quantity.text == "35"


def test_an_age_set_as_a_limit_is_no_ones_age() -> None:
    """"24 of them under age 17" sets a limit; it never fails a girl's age of 15."""
    older = fact("older", "The older of the two girls Warren Jeffs took as spiritual wives was "
                 "15 years old.", "15 years")
    for text in ("Jeffs is believed to have 78 wives, 24 of them under age 17.",
                 "Jeffs took spiritual wives over the age of 17, prosecutors said."):
        assert vetoed(run(text, [older]), "older", "17").veto == "an age limit"


def test_a_bare_number_with_the_claims_verb_after_it_counts_the_claims_noun() -> None:
    """"12 people were arrested": "and 12 arrested", its auxiliary left out after "had been
    injured", and "12 were arrested" count the claim's people; "12 injured" does not."""
    arrests = fact("arrests", "Police said 12 people were arrested in Athens for carrying "
                   "weapons.", "12 people")
    for text in ("Police said 18 people had been injured and {} arrested for carrying weapons.",
                 "Police said {} were arrested in Athens for carrying weapons."):
        (mention,) = run(text.format(15), [arrests]).mentions["arrests"]
        assert mention.quantity.text == "15" and mention.disagrees
    text = "Police said 15 injured in Athens were carrying weapons."
    assert vetoed(run(text, [arrests]), "arrests", "15").veto == "no counted noun"


def test_a_bare_number_led_as_an_earlier_count_leaves_its_noun_understood() -> None:
    """"Richard Carter scored 14 points and Seth VanDeest scored 13": the same verb leads
    both, so 13 counts points; "shooting three people, killing one" leads them apart."""
    led = fact("led", "Seth VanDeest led Drake with 13 points.", "13 points")
    (mention,) = run("Richard Carter scored 14 points and Seth VanDeest scored 12 for the "
                     "Bulldogs.", [led]).mentions["led"]
    assert mention.quantity.text == "12" and mention.disagrees
    killed = fact("killed", "LaCalamita killed one man at the Gordon Advisors firm.", "1 man")
    text = "LaCalamita opened fire at the Gordon Advisors firm, shooting three men, wounding two."
    assert near(run(text, [killed]), "killed", "two").veto == "no counted noun"


def test_a_claim_opening_with_a_possessor_gives_that_ones_figure() -> None:
    """"The Colts' game-winning drive against the Chiefs ... covered 73 yards" is the
    Colts' drive: the opponent named after "against" is no actor, so "The Chiefs went on
    a 68-yard drive" is the Chiefs' figure, while the Colts' own still fails it."""
    drive = fact("drive", "The Colts' game-winning drive against the Chiefs, capped by Luck's "
                 "touchdown pass to Reggie Wayne, covered 73 yards.", "73 yards")
    text = "The {} went on a 68-yard drive midway through the fourth quarter."
    assert vetoed(run(text.format("Chiefs"), [drive]), "drive", "68-yard").veto == (
        "the figure of Chiefs")
    (mention,) = run(text.format("Colts"), [drive]).mentions["drive"]
    assert mention.disagrees


def test_a_bare_number_after_a_teams_side_of_the_field_is_a_yard_line() -> None:
    """"He marched Indy to the Chiefs 7" names a spot on the field, no count of the
    claim's plays; "marched Indy 12 plays" still states it."""
    drive = fact("drive", "Andrew Luck's decisive fourth-quarter march against the Chiefs "
                 "took 13 snaps.", "13 plays")
    text = "Luck marched Indy to the Chiefs 7, and then found Wayne in the end zone."
    assert near(run(text, [drive]), "drive", "7").veto == "a spot on the field"
    text = "Luck marched Indy 12 plays against the Chiefs, finding Wayne."
    (mention,) = run(text, [drive]).mentions["drive"]
    assert mention.disagrees


def test_a_measure_of_what_the_claims_other_measure_modifies_is_one_of_those() -> None:
    """Against 226 yards rushed "including an 86-yard touchdown run", another run's yards
    are a run's, not the game's. Where the claim's figure adds to the other, an added
    term is one of its terms still: "another five-year term" fails three years added."""
    rushing = fact("rushing", "Jamaal Charles rushed for 226 yards against the Colts, "
                   "including an 86-yard touchdown run.", "226 yards")
    matches = run("Jamaal Charles rushed for 226 yards. Against the Browns, Charles broke "
                  "an 80-yard touchdown run.", [rushing])
    assert figures(matches, "rushing") == ["226 yards"]
    assert near(matches, "rushing", "80-yard").veto == (
        "measures touchdown run, as the claim's other figure does")
    added = fact("added", "Gigante's guilty plea added three years to the 12-year term he "
                 "was serving.", "three years")
    (mention,) = run("Gigante's guilty plea brought another five-year term.",
                     [added]).mentions["added"]
    assert mention.disagrees


def test_a_range_from_the_claims_other_figure_spans_that_figures_things() -> None:
    """"priced between $1,799 and $2,199" opens at the 15-inch model's price, which the
    claim gives beside the 13-inch model's: it may agree, never fail."""
    price = fact("price", "Apple kept a starting price of $1,199 for the 13-inch MacBook "
                 "Pro, while the 15-inch model starts at $1,799.", "$1,199")
    matches = run("The larger MacBook Pro models will be priced between $1,799 and $2,199.",
                  [price])
    assert vetoed(matches, "price", "between $1,799 and $2,199").veto == (
        "the claim's other figure '$1,799'")
    matches = run("The MacBook Pro models will be priced between $1,199 and $1,499.", [price])
    assert figures(matches, "price") == ["between $1,199 and $1,499"]


def test_a_name_modifying_a_noun_after_the_claims_name_owns_nothing() -> None:
    """In "Vincent Gigante, the Genovese crime family boss", the family's name describes
    Gigante: "Genovese ... while serving a 15-year sentence" is Genovese's own term. With
    no name before it, a modifier may name the claim's own ("the Kimani Gray shooting")."""
    term = fact("term", "Vincent Gigante, the Genovese crime family boss who feigned "
                "insanity, was serving a 12-year sentence when he died.", "12 years")
    matches = run("Genovese ran his crime family from behind bars while serving a 15-year "
                  "sentence.", [term])
    assert vetoed(matches, "term", "15-year").veto == "the figure of Genovese"
    rounds = fact("rounds", "The revolver recovered at the scene of the Kimani Gray "
                  "shooting was loaded with four bullets.", "4 bullets")
    matches = run("Kimani Gray's revolver was loaded with six bullets.", [rounds])
    assert figures(matches, "rounds") == ["six bullets"]


def test_an_age_bounding_a_span_of_life_is_no_ones_age() -> None:
    """"Between age 17 and 25, Gigante was arrested seven times" spans his youth: it is
    no age he had when anything happened."""
    age = fact("age", "Vincent Gigante was 77 when he died in prison after his arrest.",
               "77 years")
    for text in ("Between age 17 and 25, Vincent Gigante was arrested seven times.",
                 "Between ages 17 and 25, Vincent Gigante was arrested seven times."):
        assert vetoed(run(text, [age]), "age", "25").veto == "an age limit"


def test_where_the_claims_people_are_from_is_the_storys_setting() -> None:
    """A weekday beside the place a claim's people are from ("a 16-year-old from East
    Flatbush") is any day of the story there. "gunfire from a Crown Heights rooftop" names
    a rooftop, no home: a day beside Crown Heights may still date the killing."""
    shot = fact("shot", "Kimani Gray, a 16-year-old from East Flatbush, was shot dead by "
                "police on Saturday night, March 9, 2013.", "2013-03-09")
    matches = run("Anger fueled a riot on the streets of East Flatbush Monday.", [shot],
                  date=dt.date(2013, 3, 12))
    assert vetoed(matches, "shot", "Monday").veto.startswith("names only the East, Flatbush")
    killed = fact("killed", "Zurana Horton was killed by gunfire from a Crown Heights "
                  "rooftop on October 21, 2011.", "2011-10-21")
    (mention,) = run("It happened in Crown Heights last Saturday.", [killed],
                     date=dt.date(2011, 10, 25)).mentions["killed"]
    assert mention.disagrees


def test_a_measure_going_with_the_claims_other_thing_is_one_of_those() -> None:
    """Against "a 73-yard drive ... with a seven-yard touchdown pass", "caught 3 passes for
    37 yards" measures passes, and "an 80 yard touchdown pass" (its unit singular after a
    number above one, so a modifier) one pass: neither fails the drive."""
    drive = fact("drive", "Andrew Luck capped a 73-yard drive with a seven-yard touchdown "
                 "pass to Reggie Wayne.", "73 yards")
    matches = run("On the last drive Reggie Wayne caught 3 passes for 37 yards and a "
                  "touchdown.", [drive])
    assert vetoed(matches, "drive", "37 yards").veto == (
        "measures pass, as the claim's other figure does")
    matches = run("Luck lost to the Jaguars on a late 80 yard touchdown pass after his drive.",
                  [drive])
    assert vetoed(matches, "drive", "80 yard").veto == (
        "measures touchdown pass, as the claim's other figure does")


def test_added_right_before_a_figure_with_no_to_is_what_someone_contributed() -> None:
    """"Richard Carter added 12 points and four assists" tells what he scored, no addition
    to another figure: "Carter scored 14 points" states it, wrongly. "added three years to
    his prison term" stays an addition, which a whole term never fails."""
    points = fact("points", "Richard Carter added 12 points and four assists for Drake.",
                  "12 points")
    (mention,) = run("Richard Carter scored 14 points for Drake.", [points]).mentions["points"]
    assert mention.disagrees
    plea = fact("plea", "Gigante's guilty plea added three years to his prison term.",
                "three years")
    matches = run("Gigante's guilty plea came after he was sentenced to 12 years in prison.",
                  [plea])
    assert vetoed(matches, "plea", "12 years").veto == "a whole, not an addition"


def test_a_distance_from_another_place_is_no_value_of_the_claims_distance() -> None:
    """Against a quake "13 miles east of Cloverdale", "23 miles north of Santa Rosa" is a
    distance from another town, no other value of the claim's: its sentence may still
    state the magnitude, wrongly. "23 miles east of Cloverdale" gives another value, and
    its sentence speaks of another quake."""
    magnitude = fact("magnitude", "A magnitude 4.2 earthquake struck near The Geysers, 13 "
                     "miles east of Cloverdale.", "magnitude 4.2")
    (mention,) = run("The 4.4-magnitude earthquake was centered 23 miles north of Santa Rosa, "
                     "near The Geysers.", [magnitude]).mentions["magnitude"]
    assert mention.disagrees
    matches = run("The 4.4-magnitude earthquake was centered 23 miles east of Cloverdale, "
                  "near The Geysers.", [magnitude])
    assert vetoed(matches, "magnitude", "4.4-magnitude").veto == (
        "another mile: '23 miles', not '13 miles'")


def test_another_before_a_claims_figure_makes_it_an_addition() -> None:
    """"where another 20,000 people marched" adds a count to a main one: "another" tells
    nothing of what happened to them, so "a further 20,000 people joined the city's
    demonstrations" may state it, and a count its sentence tells as no addition ("Police
    put the march ... at roughly 30,000 people") is the main one: it never fails."""
    march = fact("march", "Violence spread to Thessaloniki, where another 20,000 people "
                 "marched against the cuts.", "20,000 people")
    matches = run("Violence was also reported in Thessaloniki, where a further 20,000 people "
                  "joined the city's demonstrations.", [march])
    assert figures(matches, "march") == ["20,000 people"]
    matches = run("Police put the march against the cuts at roughly 30,000 people.", [march])
    assert vetoed(matches, "march", "roughly 30,000 people").veto == "a whole, not an addition"


def test_a_figure_for_an_earlier_period_never_fails_the_news() -> None:
    """"their 10th victory of the season, after just two wins all of last season": the two
    are last season's. A claim that names that period keeps them."""
    wins = fact("wins", "The Colts won 10 games this season and clinched a playoff berth.",
                "10 wins")
    text = "The Colts clinched a playoff berth this season, after just two wins all of last season."
    assert vetoed(run(text, [wins]), "wins", "two wins").veto == "for last season"
    last = fact("last", "The Colts won only 2 games last season.", "2 wins")
    (mention,) = run("The Colts clinched a playoff berth, after just three wins all of last "
                     "season.", [last]).mentions["last"]
    assert mention.disagrees


def test_an_age_at_a_first_time_is_no_age_at_the_claims_event() -> None:
    """"Orozco, 27, a known gang member first arrested at age 15" gives the age at his first
    arrest, not at the arrest the claim dates; a claim about the first time keeps it."""
    age = fact("age", "Gang member Jose Luis Orozco was 27 years old when he was arrested in "
               "the killing.", "27 years")
    matches = run("Orozco, 27, a known gang member first arrested at age 15, was also "
                  "suspected of violating parole.", [age])
    assert figures(matches, "age") == ["27"]
    assert near(matches, "age", "15").veto == "an age when first arrested"
    first = fact("first", "Gang member Jose Luis Orozco was first arrested at age 14.",
                 "14 years")
    (mention,) = run("Orozco, a known gang member first arrested at age 15, was suspected "
                     "of violating parole.", [first]).mentions["first"]
    assert mention.disagrees


def test_a_figure_a_comparison_sets_beside_the_subject_is_the_compared_things() -> None:
    """"a depth of 2.7 miles, nearly twice as deep as the 1.4-mile quake earlier that
    morning": the 1.4 miles are the other quake's. "other than the ..." compares nothing."""
    depth = fact("depth", "The quake near The Geysers struck at a depth of 2.7 miles.",
                 "2.7 miles")
    matches = run("The quake near The Geysers had a depth of 2.7 miles, nearly twice as deep "
                  "as the 1.4-mile quake earlier that morning.", [depth])
    assert figures(matches, "depth") == ["2.7 miles"]
    assert near(matches, "depth", "1.4-mile").veto == "compared with: as deep as the"
    (mention,) = run("The USGS gave no depth other than the 1.9-mile depth of the quake "
                     "near The Geysers.", [depth]).mentions["depth"]
    assert mention.disagrees


def test_a_measure_of_a_thing_the_claims_figure_does_not_modify_never_fails_it() -> None:
    """"the game-winning drive, capped by Luck's touchdown pass, covered 73 yards":
    "caught 3 passes for 37 yards" and "an 80 yard touchdown pass" measure passes, though
    the claim names a pass, so they may agree, never fail. A drive of another length
    fails, and so does a count's measure where the claim's figure measures the count's
    things ("caught three passes for 37 yards")."""
    drive = fact("drive", "The Colts' game-winning drive, capped by Andrew Luck's touchdown "
                 "pass to Reggie Wayne, covered 73 yards.", "73 yards")
    matches = run("On the last drive he caught 3 passes for 37 yards and a touchdown.", [drive])
    assert vetoed(matches, "drive", "37 yards").veto == "measures pass"
    matches = run("The only loss came on a last-minute 80 yard touchdown pass by the Jaguars "
                  "after Luck had led another game-winning drive.", [drive])
    assert vetoed(matches, "drive", "80 yard").veto == "measures touchdown pass"
    (mention,) = run("Luck led the Colts on a 63-yard game-winning drive, capped by a "
                     "touchdown pass to Wayne.", [drive]).mentions["drive"]
    assert mention.disagrees
    catches = fact("catches", "Reggie Wayne caught three passes for 37 yards on the Colts' "
                   "game-winning drive.", "37 yards")
    (mention,) = run("On the last drive Wayne caught 3 passes for 47 yards.",
                     [catches]).mentions["catches"]
    assert mention.disagrees


def test_a_span_of_one_persons_noun_is_the_span_of_anothers() -> None:
    """"a 15-year member" against "a 15-year veteran": each span measures a person's noun,
    so both tell how long someone served, and a wrong one fails. A span measuring no
    person ("a 15-year sentence") still measures another thing, as does a person's span
    against a claim whose span measures no person ("a 15-year lease")."""
    veteran = fact("veteran", "Deputy Jerry Ortiz was a 15-year veteran of the Los Angeles "
                   "County Sheriff's Department.", "15 years")
    for text, agrees in (("Ortiz was a 15-year member of the sheriff's department.", True),
                         ("Ortiz was a 25-year employee of the sheriff's department.", False)):
        (mention,) = run(text, [veteran]).mentions["veteran"]
        assert mention.disagrees is not agrees, text
    matches = run("Ortiz was serving a 12-year sentence in the sheriff's department.",
                  [veteran])
    assert vetoed(matches, "veteran", "12-year").veto == "measures sentence"
    lease = fact("lease", "The sheriff's department signed a 15-year lease for its Ortiz "
                 "building.", "15 years")
    matches = run("Ortiz was a 12-year member of the sheriff's department.", [lease])
    assert vetoed(matches, "lease", "12-year").veto == "measures member"


def test_a_measure_modifying_a_thing_the_claim_never_names_measures_that_thing() -> None:
    """"an 86 yard rushing touchdown" measures one touchdown, not "rushed for 226 yards":
    "rushing" only says how. A participle after the noun is none of it ("a 18-year
    sentence imposed in 1997"), and a person's noun tells how long someone served ("a
    23-year member of the sheriff's department")."""
    rushing = fact("rushing", "Jamaal Charles rushed for 226 yards against the Colts on "
                   "Sunday.", "226 yards")
    matches = run("Jamaal Charles had an 86 yard rushing touchdown against the Colts.",
                  [rushing])
    assert vetoed(matches, "rushing", "86 yard").veto == "measures rushing touchdown"
    term = fact("term", "In 1997 Vincent Gigante was sentenced to 12 years in prison for "
                "racketeering.", "12 years")
    (mention,) = run("Gigante died while serving a 18-year sentence imposed in 1997 for "
                     "racketeering.", [term]).mentions["term"]
    assert mention.disagrees
    service = fact("service", "Jerry Ortiz had served 15 years with the Los Angeles County "
                   "Sheriff's Department.", "15 years")
    (mention,) = run("Ortiz, 35, was a 23-year member of the sheriff's department.",
                     [service]).mentions["service"]
    assert mention.disagrees
