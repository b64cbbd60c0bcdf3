"""The engine: run the pipeline for a story, reading and analysing each article once.

read (articles.py) → find (quantities/) → match (matching/) → compare (compare.py) →
report (report.py). The pytest plugin is one door onto this; `check_story` is the other,
for scripts and notebooks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from checks import report
from checks.articles import MAX_BYTES, Article, ArticleError, read_articles
from checks.claims import load_story
from checks.compare import compare
from checks.facts import ArticleSource, Fact, Mention, Story, Verdict
from checks.matching import Background, Candidate, Matcher, Matches, Reading, read
from checks.matching.echoes import (
    Echoes,
    Fingerprint,
    Placed,
    agreeing,
    fingerprint,
    placed,
)

#: Analysed articles kept at once: enough for stories that share articles, few enough
#: that memory does not grow with the number of articles.
READINGS_KEPT = 64
#: A verdict's key: the story's claims file, the article's file and its name in it.
Key = tuple[Path, Path, str]
#: Near misses kept per verdict, the best-scoring first.
NEAR_MISSES_KEPT = 3


class Checker:
    """Checks stories against their articles, caching each stage's work for the run.

    An article is read once, and its quantities found once per story that uses it; the
    matching of one story's facts against one article is done once for all its items.
    What is kept for the run is each article's text and each verdict, not its analysis.

    A story is checked whole, the first time any of its verdicts is asked for: an article
    that words a figure as another article words its agreeing mention of a fact is
    matched again with that evidence (see matching/echoes.py), so no verdict depends on
    the order the checks run in.
    """

    def __init__(self, *, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._articles: dict[tuple[Path, dt.date | None], list[Article] | ArticleError] = {}
        self._readings: OrderedDict[tuple[Path, str, dt.date | None], Reading] = OrderedDict()
        self._verdicts: dict[Key, dict[str, Verdict]] = {}
        self._matchers: dict[Path, Matcher] = {}
        self._checked: set[Path] = set()

    def articles(self, source: ArticleSource) -> list[Article] | ArticleError:
        """The articles a file holds, or the reason it cannot be read."""
        key = (source.path, source.date)
        if key not in self._articles:
            try:
                self._articles[key] = read_articles(source.path, date=source.date,
                                                    max_bytes=self.max_bytes)
            except ArticleError as error:
                self._articles[key] = error
        return self._articles[key]

    def reading(self, article: Article) -> Reading:
        """The article's sentences and quantities (the last READINGS_KEPT are kept)."""
        key = (article.path, article.name, article.date)
        if key in self._readings:
            self._readings.move_to_end(key)
        else:
            self._readings[key] = read(article)
            if len(self._readings) > READINGS_KEPT:
                self._readings.popitem(last=False)
        return self._readings[key]

    def verdicts(self, story: Story, article: Article) -> dict[str, Verdict]:
        """Every fact of the story checked against one article, by fact id."""
        key = (story.path, article.path, article.name)
        if article.problem:
            return {fact.id: unreadable(fact, article.path, article.problem, article.name)
                    for fact in story.facts}
        if story.path not in self._checked:
            self._check_whole(story)
        if key not in self._verdicts:  # an article the story's sources did not list
            self._verdicts[key] = self._judged(story, self.reading(article))
        return self._verdicts[key]

    def _judged(self, story: Story, reading: Reading, matches: Matches | None = None
                ) -> dict[str, Verdict]:
        if matches is None:
            matches = self.matcher(story).match(reading)
        return {fact.id: judge(fact, reading, matches) for fact in story.facts}

    def _check_whole(self, story: Story) -> None:
        """Judge every article of the story, then judge again those that word a figure as
        another article words its agreeing mention of a fact, that figure not being one
        already. Between the two passes an article's analysis is not kept: only where its
        mentions stand and a fingerprint of its wordings."""
        matcher, echoes = self.matcher(story), Echoes()
        first: dict[Key, tuple[Article, Placed, Fingerprint]] = {}
        for source in story.sources:
            for article in self._readable(source):
                if article.problem:
                    continue
                key = (story.path, article.path, article.name)
                with _alone(self._verdicts, key):
                    reading = self.reading(article)
                    matches = matcher.match(reading)
                    self._verdicts[key] = by_fact = self._judged(story, reading, matches)
                    echoes.add(reading, agreeing(reading, by_fact.values()))
                    first[key] = (article, placed(matches.mentions), fingerprint(reading))
        for key, (article, where, printed) in first.items():
            if not echoes.heard(article, printed, where):
                continue
            with _alone(self._verdicts, key):
                reading = self.reading(article)
                echoed = echoes.of(reading, where)
                if echoed:
                    self._verdicts[key] = self._judged(story, reading,
                                                       matcher.match(reading, echoed))
        self._checked.add(story.path)

    def matcher(self, story: Story) -> Matcher:
        """The story's facts ready for matching, with word frequencies over all its
        readable articles (see matching/evidence.py); built once per story."""
        if story.path not in self._matchers:
            articles = (article for source in story.sources
                        for article in self._readable(source))
            self._matchers[story.path] = Matcher(story.facts, story.aliases,
                                                 Background.of_articles(articles))
        return self._matchers[story.path]

    def _readable(self, source: ArticleSource) -> list[Article]:
        found = self.articles(source)
        return [] if isinstance(found, ArticleError) else found

    def check_story(self, story: Story) -> list[Verdict]:
        """Every (fact, article) verdict of a story, in claims-file and article order."""
        results: list[Verdict] = []
        for source in story.sources:
            found = self.articles(source)
            if isinstance(found, ArticleError):
                results += [unreadable(fact, source.path, found.reason)
                            for fact in story.facts]
                continue
            for article in found:
                by_fact = self.verdicts(story, article)
                results += [by_fact[fact.id] for fact in story.facts]
        return results


def check_story(path: Path | str, *, root: Path | None = None) -> list[Verdict]:
    """Load a claims file and check all its facts against all its articles.

    Strict, as a script wants: a fact that cannot be used raises its ClaimsError. The
    plugin instead reports each such fact as an error and runs the others; to do the
    same, check `load_story(path).problems` and run `Checker().check_story` on the story.
    """
    story = load_story(path, root=root)
    if story.problems:
        raise story.problems[0]
    return Checker().check_story(story)


@contextlib.contextmanager
def _alone(verdicts: dict[Key, dict[str, Verdict]], key: Key) -> Iterator[None]:
    """Keep a failure met on one article that article's: its verdicts are dropped, to be
    worked out again when its own checks ask (and fail there, with the error), while the
    story's other articles are judged as if it were not there."""
    try:
        yield
    except Exception:  # whatever it is, it belongs to that article's checks
        verdicts.pop(key, None)


def judge(fact: Fact, reading: Reading, matches: Matches) -> Verdict:
    """Compare each mention of the fact with it, and sum them up as one verdict."""
    mentions = tuple(_mention(fact, reading, c) for c in matches.mentions[fact.id])
    closest = sorted(matches.near_misses[fact.id], key=lambda c: -c.score)
    near = tuple(_mention(fact, reading, c, compared=False)
                 for c in closest[:NEAR_MISSES_KEPT])
    if any(m.verdict == "discrepancy" for m in mentions):
        status = "discrepancy"
    elif mentions:
        status = "consistent"
    else:
        status = "not_mentioned"
    article = reading.article
    verdict = Verdict(fact, article.name, article.path, status, "", mentions, near)
    return replace(verdict, message=report.headline(verdict))


def _mention(fact: Fact, reading: Reading, candidate: Candidate, *, compared: bool = True
             ) -> Mention:
    sentence = reading.sentences[candidate.sentence]
    quantity = candidate.quantity
    verdict, delta, explanation = "consistent", "", ""
    if compared:
        result = compare(fact.value, quantity, fact.tolerance)
        verdict = "consistent" if result.consistent else "discrepancy"
        delta, explanation = result.delta, result.rule
    return Mention(
        quantity=quantity,
        sentence=reading.sentence_text(candidate.sentence),
        sentence_start=sentence.start,
        line=reading.article.line_of(quantity.start),
        score=candidate.score,
        reason=candidate.reason(),
        verdict=verdict,
        delta=delta,
        explanation=explanation,
    )


def unreadable(fact: Fact, path: Path, reason: str, name: str | None = None,
               shown: str | None = None) -> Verdict:
    """The verdict for every fact of an article (or one post of a file) that cannot be
    read; `shown` is how the message names the file (the plugin: relative to the root)."""
    name = name or path.name
    where = f"{shown} (post {name})" if shown and name != path.name else shown or name
    return Verdict(fact, name, path, "error", f"cannot read {where}: {reason}")
