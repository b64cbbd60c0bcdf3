"""Echoes: a sentence another article states a fact in, written again with another figure
(checks/matching/echoes.py), checked through the engine as the plugin checks a story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.articles import Article
from checks.claims import load_story
from checks.engine import Checker
from checks.facts import Story, Verdict
from checks.matching import Matcher, Reading, read
from checks.matching.echoes import Echoes, wording

SPEECH = ("The trial resumed on Monday. Jeffs, who is representing himself, said little "
          "else. Objecting to the testimony from an FBI agent about documents seized from "
          "his church's compound in 2008, Jeffs delivered a {}-minute speech arguing that "
          "the raid on the church was illegal.\n")
CLAIM = "Warren Jeffs spoke for 55 minutes at his trial."


def story(tmp_path: Path, articles: dict[str, str],
          facts: dict[str, Any] | None = None) -> Story:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    claims = {"version": 1, "story": "Jeffs trial", "articles": "articles/*",
              "facts": facts or {"speech": {"claim": CLAIM, "value": "55 minutes"}}}
    (tmp_path / "claims.yaml").write_text(yaml.safe_dump(claims), encoding="utf-8")
    return load_story(tmp_path / "claims.yaml", root=tmp_path)


def by_article(verdicts: list[Verdict]) -> dict[str, Verdict]:
    return {v.article_name: v for v in verdicts}


def test_a_sentence_another_article_states_the_fact_in_fails_with_another_figure(
        tmp_path: Path) -> None:
    checked = by_article(Checker().check_story(story(tmp_path, {
        "a.txt": SPEECH.format(55), "b.txt": SPEECH.format(15), "c.txt": SPEECH.format(55)})))
    assert checked["a.txt"].status == "consistent"
    drifted = checked["b.txt"]
    assert drifted.status == "discrepancy"
    assert [m.quantity.text for m in drifted.mentions] == ["15-minute"]
    assert "worded as in a.txt" in drifted.mentions[0].reason
    # the same words around the same figure are the same statement: no echo, no extra weight
    assert checked["c.txt"].status == "consistent"
    assert "worded as" not in checked["c.txt"].mentions[0].reason


def test_an_echoed_figure_is_never_too_far_off_to_fail(tmp_path: Path) -> None:
    """A unit slip ("a 55-hour speech") is 60 times the fact's figure, which alone reads
    as something else; in the words another article states the fact in, it is a slip."""
    checked = by_article(Checker().check_story(story(tmp_path, {
        "a.txt": SPEECH.format(55),
        "b.txt": SPEECH.format(55).replace("55-minute", "55-hour")})))
    drifted = checked["b.txt"]
    assert drifted.status == "discrepancy"
    assert [m.quantity.text for m in drifted.mentions] == ["55-hour"]
    (tmp_path / "alone").mkdir()
    alone = by_article(Checker().check_story(story(tmp_path / "alone", {
        "b.txt": SPEECH.format(55).replace("55-minute", "55-hour")})))
    assert alone["b.txt"].status == "not_mentioned"


def test_an_echoed_figure_faces_only_the_editors_own_words(tmp_path: Path) -> None:
    """Against "seven of the officers' bullets struck Kimani Gray", a count of bullets
    may be the whole they were part of, so alone it may agree, never fail; in the words
    another article states the fact in, it is the fact's, and an `exclude` word still
    keeps any figure off it."""
    autopsy = ("Suspicions intensified Wednesday when an autopsy report revealed Gray was "
               "hit by {} bullets - three to the back.\n")
    hit = {"claim": "The autopsy found that seven of the officers' bullets struck Kimani "
                    "Gray.", "value": "seven bullets"}
    articles = {"a.txt": autopsy.format("seven"), "b.txt": autopsy.format("eight")}
    checked = by_article(Checker().check_story(story(tmp_path, articles, {"hit": hit})))
    assert checked["a.txt"].status == "consistent"
    assert checked["b.txt"].status == "discrepancy"
    (tmp_path / "alone").mkdir()
    alone = by_article(Checker().check_story(story(
        tmp_path / "alone", {"b.txt": autopsy.format("eight")}, {"hit": hit})))
    assert alone["b.txt"].status == "not_mentioned"
    (tmp_path / "excluded").mkdir()
    excluded = by_article(Checker().check_story(story(
        tmp_path / "excluded", articles, {"hit": {**hit, "exclude": ["suspicions"]}})))
    assert [excluded[n].status for n in ("a.txt", "b.txt")] == ["not_mentioned"] * 2


def test_without_the_other_article_its_words_alone_decide(tmp_path: Path) -> None:
    alone = by_article(Checker().check_story(story(tmp_path, {"b.txt": SPEECH.format(15)})))
    assert alone["b.txt"].status == "not_mentioned"


def test_no_verdict_depends_on_which_article_is_checked_first(tmp_path: Path) -> None:
    told = story(tmp_path, {"a.txt": SPEECH.format(55), "b.txt": SPEECH.format(15)})
    checker = Checker()
    source = next(s for s in told.sources if s.path.name == "b.txt")
    found = checker.articles(source)
    assert isinstance(found, list)
    assert checker.verdicts(told, found[0])["speech"].status == "discrepancy"


@pytest.mark.parametrize(("first", "second"), [
    ("{}-minute speech arguing", "{}-minute speech, a scripture citation every two minutes, "
                                 "arguing"),
    ("{}-minute speech, a scripture citation every two minutes, arguing",
     "{}-minute speech arguing"),
])
def test_an_aside_set_off_after_the_figure_is_still_an_echo(
        tmp_path: Path, first: str, second: str) -> None:
    """A rewrite that adds an aside after the figure, or drops one, keeps the sentence's
    wording; two different asides do not, since either may tell the statements apart."""
    def said(form: str, minutes: int) -> str:
        return SPEECH.format(55).replace("55-minute speech arguing", form.format(minutes))

    checked = by_article(Checker().check_story(story(tmp_path, {
        "a.txt": said(first, 55), "b.txt": said(second, 15)})))
    assert checked["b.txt"].status == "discrepancy"
    assert "worded as in a.txt" in checked["b.txt"].mentions[0].reason
    (tmp_path / "asides").mkdir()
    asides = by_article(Checker().check_story(story(tmp_path / "asides", {
        "a.txt": said("{}-minute speech, the longest of the trial, arguing", 55),
        "b.txt": said("{}-minute speech, the shortest of the day, arguing", 15)})))
    assert asides["b.txt"].status == "not_mentioned"


def test_other_words_around_the_figure_are_no_echo(tmp_path: Path) -> None:
    reworded = SPEECH.format(15).replace("speech arguing", "statement claiming")
    checked = by_article(Checker().check_story(story(tmp_path, {
        "a.txt": SPEECH.format(55), "b.txt": reworded})))
    assert checked["b.txt"].status == "not_mentioned"


def test_a_sentence_that_states_the_fact_already_hears_no_echo() -> None:
    """A sentence that already holds a mention of the fact hears no echo for another of
    its figures: where a rewrite swapped the readings ("The 4.4-magnitude earthquake ...,
    which originally had rated the quake as 4.2"), the original's "The 4.2-magnitude
    earthquake ..., which originally had rated the quake as 4.4" states the first reading
    in its 4.4, and its 4.2 is the revised one, no drift of it. A sentence without such a
    mention hears the echo."""
    sentence = ("The {}-magnitude earthquake was recorded at approximately 9:27 a.m. Sunday, "
                "according to the US Geological Survey, which originally had rated the "
                "quake as {} in magnitude.")
    swapped = read(Article(Path("a.txt"), "a.txt", sentence.format("4.4", "4.2")))
    echoes = Echoes()
    echoes.add(swapped, [("first", 0)])  # its "4.4-magnitude" agrees with the first reading
    original = read(Article(Path("b.txt"), "b.txt", sentence.format("4.2", "4.4")))
    stated = next(q for q in original.quantities if q.text == "4.4 in magnitude")
    assert echoes.of(original, {"first": frozenset({(stated.start, stated.end)})}) == {}
    assert echoes.of(original, {}) == {0: {"first": "a.txt"}}


def test_a_wording_needs_words_enough_to_tell_statements_apart() -> None:
    def worded(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        reading = read(Article(Path("a.txt"), "a.txt", text))
        return wording(reading, len(reading.quantities) - 1)

    assert worded("It lasted 50 minutes.") is None
    assert worded("The call between the two leaders lasted 50 minutes.") == (
        ("the", "call", "between", "the", "two", "leaders", "lasted"), ())
    assert worded("They have received sentences ranging from six to 75 years.") == (
        ("they", "have", "received", "sentences", "ranging", "from", "to"), ())  # a range's
    long = "In Geneva on Monday the call between the two leaders finally lasted 50 minutes."
    assert worded(long) == (("on", "monday", "the", "call", "between", "the", "two",
                             "leaders", "finally", "lasted"), ())  # ten a side at most


def test_a_failure_on_one_article_stays_that_articles(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Checking a story whole must not spread one article's failure to the others: its
    own checks meet the error, the others are judged."""
    told = story(tmp_path, {"a.txt": SPEECH.format(55), "b.txt": SPEECH.format(15)})
    real_match = Matcher.match

    def match(self: Matcher, reading: Reading, *args: Any) -> Any:
        if reading.article.name == "a.txt":
            raise RuntimeError("a bug met on a.txt")
        return real_match(self, reading, *args)

    monkeypatch.setattr(Matcher, "match", match)
    checker = Checker()
    articles = {s.path.name: checker.articles(s) for s in told.sources}
    b = articles["b.txt"]
    assert isinstance(b, list)
    assert checker.verdicts(told, b[0])["speech"].status == "not_mentioned"  # no echo from a
    a = articles["a.txt"]
    assert isinstance(a, list)
    with pytest.raises(RuntimeError, match="a bug met on a"):
        checker.verdicts(told, a[0])


def test_a_wording_its_own_article_writes_around_another_figure_is_no_echo() -> None:
    """A template sentence written twice in one article, around the fact's figure and
    around another quake's, tells no fact: another article writing it around a third
    figure hears nothing."""
    main = "The earthquake struck at 9:30 a.m. and had a depth of 2.7 miles, the USGS said. "
    earlier = "The earthquake struck at 7:30 a.m. and had a depth of 1.4 miles, the USGS said. "

    def reading(name: str, text: str) -> Reading:
        return read(Article(Path(name), name, text))

    def heard_by_the_other(source: Reading) -> dict[str, Any]:
        depth = next(i for i, q in enumerate(source.quantities) if q.text == "2.7 miles")
        echoes = Echoes()
        echoes.add(source, [("depth", depth)])
        other = reading("b.txt", main.replace("2.7", "3.1"))
        return {other.quantities[i].text: facts for i, facts in echoes.of(other, {}).items()}

    assert heard_by_the_other(reading("a.txt", main)) == {"3.1 miles": {"depth": "a.txt"}}
    assert heard_by_the_other(reading("a.txt", main + earlier.replace("7:30", "9:30"))) == {}
