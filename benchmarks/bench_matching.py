"""Precision and recall of `checks.matching` on the labelled set (issue 5).

Run from the repository root:  python benchmarks/bench_matching.py [--labels PATH] [--quiet]
[--drift]

The labelled set (tests/fixtures/matching/labelled.yaml) holds real sentences from the seed
articles and the development folders of the ECB+ corpus, each figure labelled with the fact
a careful editor would tie it to, or `none`. For every story the facts are loaded through
the real claims loader (a temporary claims file), each case becomes an Article (previous
sentence + sentence, the source's date), and `read` + `match` run with all the story's
facts and a Background built from all the story's case texts, as for a story's articles.

Scoring, per labelled figure: a true positive is a figure assigned to its labelled fact; a
false match is a figure assigned to a fact when the label says `none` or another fact; a
miss is a labelled fact that the figure was not assigned to (a figure given to the wrong
fact is both). A figure of a case's sentence that carries no label is `none`: assigning it
is a false match too. A false match whose fact disagrees with the figure is also counted
as a false failure: the check an editor would see fail for nothing (the others pass, so
they do harm only by hiding what the fact's real mention says). The issue's target is no
false match and a recall of at least 95%; the command says whether it is met and exits 1
when it is not.
`--drift` then measures what the checker is for: each labelled mention that states its fact
rightly is rewritten as a drifted copy would state it (`drift_text`) and run again; it is
caught when it goes to its fact and the check fails. Recall flatters here, since a figure
that agrees with its fact is itself evidence (`matching.agreement`) and a drifted one is
not.
tests/test_matching_labelled.py holds the line where the matcher stands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import math
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "tests" / "fixtures" / "matching" / "labelled.yaml"
#: ECB+ folders kept for held-out evaluation (corpora/README.md): never labelled here.
RESERVED = frozenset({"12ecbplus", "20ecbplus", "37ecb", "37ecbplus", "41ecb", "41ecbplus"})
NONE = "none"
#: Issue 5's target.
TARGET_RECALL = 0.95

sys.path.insert(0, str(ROOT))

import checks.matching as matching  # noqa: E402
from checks.articles import Article, read_articles  # noqa: E402
from checks.claims import load_story  # noqa: E402
from checks.compare import compare  # noqa: E402
from checks.facts import Fact  # noqa: E402
from checks.matching import (  # noqa: E402
    Background,
    Candidate,
    Matches,
    Reading,
    kinds_agree,
    match,
    profile,
    read,
    synonym_groups,
)
from checks.quantities import MONTHS as READER_MONTHS  # noqa: E402
from checks.quantities import WEEKDAYS as READER_WEEKDAYS  # noqa: E402
from checks.quantities import Quantity  # noqa: E402

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Case:
    """One sentence of a real article, with the figures a careful editor labelled."""

    story: str
    source: str
    sentence: str
    previous: str
    date: dt.date | None
    labels: tuple[tuple[str, str], ...]  # (figure text, fact id or "none"), in order

    @property
    def text(self) -> str:
        return f"{self.previous} {self.sentence}" if self.previous else self.sentence


@dataclass(frozen=True)
class Story:
    name: str
    facts: tuple[Fact, ...]
    aliases: dict[str, tuple[str, ...]]
    cases: tuple[Case, ...]


@dataclass(frozen=True)
class Outcome:
    """What the matcher did with one figure, against its label."""

    case: Case
    figure: str
    expected: str
    actual: str
    reason: str
    labelled: bool = True
    fails: bool = False  # the fact it went to disagrees with it: the check would fail

    @property
    def kind(self) -> str:
        """tp, wrong (another fact), miss, false (assigned, label none) or tn."""
        if self.expected == NONE:
            return "tn" if self.actual == NONE else "false"
        if self.actual == self.expected:
            return "tp"
        return "miss" if self.actual == NONE else "wrong"

    @property
    def error(self) -> bool:
        return self.kind in ("miss", "wrong", "false")


@dataclass
class Report:
    """Every outcome of the labelled set, with the label problems found on the way."""

    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.labelled]

    def count(self, kind: str, outcomes: Iterable[Outcome] | None = None) -> int:
        return sum(o.kind == kind for o in (self.outcomes if outcomes is None else outcomes))

    @property
    def positives(self) -> int:
        return sum(o.expected != NONE for o in self.labelled)

    @property
    def negatives(self) -> int:
        return sum(o.expected == NONE for o in self.labelled)

    @property
    def false_matches(self) -> list[Outcome]:
        """Figures given to a fact they do not speak of (label none, or another fact)."""
        return [o for o in self.outcomes if o.kind in ("false", "wrong")]

    @property
    def false_failures(self) -> list[Outcome]:
        """False matches that would fail their check: the errors an editor sees."""
        return [o for o in self.false_matches if o.fails]

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind in ("miss", "wrong")]

    @property
    def precision(self) -> float:
        tp = self.count("tp")
        return tp / (tp + len(self.false_matches)) if tp + len(self.false_matches) else 1.0

    @property
    def recall(self) -> float:
        return self.count("tp") / self.positives if self.positives else 1.0


# --------------------------------------------------------------------------- loading


def resolve(source: str) -> Path:
    """A case's source: relative to the repository (articles/...) or to ../shared."""
    for base in (ROOT, SHARED):
        if (base / source).is_file():
            return base / source
    raise FileNotFoundError(f"labelled source not found: {source}")


@functools.cache
def source_article(source: str) -> Article:
    """The source article as the reader reads it (its text and date)."""
    return read_articles(resolve(source))[0]


def load_facts(facts: dict[str, Any], aliases: dict[str, Any]) -> tuple[Fact, ...]:
    """The story's facts through the real claims loader, from a temporary claims file."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.txt").write_text("A placeholder article.\n", encoding="utf-8")
        body: dict[str, Any] = {"articles": ["article.txt"], "facts": facts}
        if aliases:
            body["aliases"] = aliases
        path = folder / "story.yaml"
        path.write_text(yaml.safe_dump(body, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        story = load_story(path)
    return story.facts


def load(path: Path = LABELS) -> list[Story]:
    """Every labelled story of the file."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [_story(entry) for entry in raw["stories"]]


def _story(entry: dict[str, Any]) -> Story:
    aliases = {str(k): tuple(str(w) for w in v) for k, v in (entry.get("aliases") or {}).items()}
    facts = load_facts(entry["facts"], entry.get("aliases") or {})
    cases = tuple(_case(entry["story"], raw) for raw in entry["cases"])
    return Story(entry["story"], facts, aliases, cases)


def _case(story: str, raw: dict[str, Any]) -> Case:
    date = raw.get("date")
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    if date is None:
        date = source_article(raw["source"]).date
    labels = tuple((str(f["figure"]), str(f["expect"])) for f in raw["figures"])
    return Case(story, raw["source"], raw["sentence"], raw.get("previous", ""), date, labels)


# --------------------------------------------------------------------------- checks


def label_problems(stories: Sequence[Story]) -> list[str]:
    """Labels that cannot be trusted: reserved folders, text not in its source, unknown ids."""
    problems: list[str] = []
    for story in stories:
        ids = {f.id for f in story.facts}
        for case in story.cases:
            where = f"{case.source}: {case.sentence[:60]!r}"
            if any(part in RESERVED for part in Path(case.source).parts):
                problems.append(f"{where}: held-out folder")
            text = source_article(case.source).text
            for piece in (case.sentence, case.previous):
                if piece and piece not in text:
                    problems.append(f"{where}: not copied exactly from the source")
            problems += [f"{where}: unknown fact {e!r}" for _, e in case.labels
                         if e != NONE and e not in ids]
    return problems


# --------------------------------------------------------------------------- evaluation


def evaluate(path: Path = LABELS) -> Report:
    """Run the matcher over the labelled set and compare each figure with its label."""
    stories = load(path)
    report = Report(problems=label_problems(stories))
    for story in stories:
        report.outcomes += evaluate_story(story, report.problems)
    return report


def evaluate_story(story: Story, problems: list[str]) -> list[Outcome]:
    readings = [read(article(case)) for case in story.cases]
    background = Background(readings)
    outcomes: list[Outcome] = []
    for case, reading in zip(story.cases, readings, strict=True):
        matches = match(reading, story.facts, story.aliases, background)
        outcomes += score_case(story, case, reading, matches, background, problems)
    return outcomes


def article(case: Case) -> Article:
    name = Path(case.source).name
    return Article(path=Path(case.source), name=name, text=case.text, date=case.date)


def score_case(story: Story, case: Case, reading: Reading, matches: Matches,
               background: Background, problems: list[str]) -> list[Outcome]:
    start = len(case.previous) + 1 if case.previous else 0
    figures = [i for i, q in enumerate(reading.quantities) if q.start >= start]
    assigned = {id(c.quantity): c for found in matches.mentions.values() for c in found}
    outcomes: list[Outcome] = []
    for figure, expected in case.labels:
        index = next((i for i in figures if reading.quantities[i].text == figure), None)
        if index is None:
            problems.append(f"{case.source}: no figure {figure!r} in {case.sentence[:60]!r}")
            continue
        figures.remove(index)
        outcomes.append(_outcome(story, case, reading, index, expected, assigned, background))
    for index in figures:  # unlabelled figures are "none"
        if id(reading.quantities[index]) in assigned:
            outcome = _outcome(story, case, reading, index, NONE, assigned, background)
            outcomes.append(Outcome(case, outcome.figure, NONE, outcome.actual,
                                    outcome.reason, labelled=False, fails=outcome.fails))
    return outcomes


def _outcome(story: Story, case: Case, reading: Reading, index: int, expected: str,
             assigned: dict[int, Candidate], background: Background) -> Outcome:
    quantity = reading.quantities[index]
    winner = assigned.get(id(quantity))
    actual = winner.fact.id if winner else NONE
    if winner is not None:
        reason = f"{actual}: {winner.reason()}"
    else:
        reason = explain(story, reading, index, expected, background) if expected != NONE else ""
    if winner is not None and expected not in (NONE, actual):
        reason += "; " + explain(story, reading, index, expected, background)
    fails = winner is not None and not compare(winner.fact.value, quantity,
                                               winner.fact.tolerance).consistent
    return Outcome(case, quantity.text, expected, actual, reason, fails=fails)


def explain(story: Story, reading: Reading, index: int, fact_id: str,
            background: Background) -> str:
    """Why the figure did not go to `fact_id`: the candidate the matcher would have built."""
    fact = next(f for f in story.facts if f.id == fact_id)
    quantity = reading.quantities[index]
    prof = profile(fact, synonym_groups(story.aliases))
    if not kinds_agree(fact, quantity, prof.units):
        return f"{fact_id}: kind/unit disagree ({_kind(quantity)} vs fact {_kind(fact.value)})"
    candidate = matching.evaluate(prof, reading, index, background)
    return f"{fact_id}: {candidate.reason()}"


def _kind(quantity: Quantity) -> str:
    return f"{quantity.kind} {quantity.unit}".strip()


# --------------------------------------------------------------------------- drift


@dataclass(frozen=True)
class Drift:
    """A labelled mention that stated its fact rightly, rewritten to state it wrongly."""

    case: Case
    figure: str
    drifted: str
    fact: str
    actual: str  # the fact the drifted figure went to, or none
    fails: bool  # ... and its check fails
    reason: str  # the labelled fact's candidate for the drifted figure

    @property
    def caught(self) -> bool:
        return self.actual == self.fact and self.fails


NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve "
                "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
WORD_NUMBER = re.compile(r"\b(?i:" + "|".join(NUMBER_WORDS[1:]) + r")\b")
DAY_OF_MONTH = re.compile(r"\b([12]?\d|3[01])\b(?!,?\d{3})")
MONTHS = [max((m for m, n in READER_MONTHS.items() if n == month), key=len)
          for month in range(1, 13)]  # the full names, as the reader knows them
MONTH = re.compile(r"\b(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?")
WEEKDAYS = sorted(READER_WEEKDAYS, key=READER_WEEKDAYS.get)
WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def drift_text(figure: str, kind: str) -> str | None:
    """The figure as a drifted copy would state it, or None when it has no number to change.

    As an editor's variants do: a number half as large again (a count of one becomes
    three), a number word likewise, a date three days, three months, two weekdays or one
    year off. The change is always large enough to leave any tolerance."""
    if kind == "date":
        return _drift_date(figure)
    m = DIGITS.search(figure)
    if m is not None:
        value = float(m.group().replace(",", ""))
        new = math.ceil(value * 1.5) if value >= 2 else 3
        text = f"{new:,}" if "," in m.group() else str(new)
        if "." in m.group():
            text = f"{value * 1.5:.{len(m.group().split('.')[1])}f}"
        return figure[:m.start()] + text + figure[m.end():]
    w = WORD_NUMBER.search(figure)
    if w is None:
        return None
    value = NUMBER_WORDS.index(w.group().lower())
    new = NUMBER_WORDS[min(20, max(3, math.ceil(value * 1.5)))]
    new = new.capitalize() if w.group()[0].isupper() else new
    return figure[:w.start()] + new + figure[w.end():]


def _drift_date(figure: str) -> str | None:
    day, month = DAY_OF_MONTH.search(figure), MONTH.search(figure)
    if day is not None and month is not None:
        n = int(day.group(1))
        return figure[:day.start()] + str(n + 3 if n <= 25 else n - 3) + figure[day.end():]
    if month is not None:
        name = next(m for m in MONTHS if month.group().startswith(m[:3]))
        later = MONTHS[(MONTHS.index(name) + 3) % 12]
        if MONTHS.index(name) >= 9:
            return None  # three months later is another year: keep to simple cases
        return figure[:month.start()] + later + figure[month.end():]
    weekday = WEEKDAY.search(figure)
    if weekday is not None:
        later = WEEKDAYS[(WEEKDAYS.index(weekday.group()) + 2) % 7]
        return figure[:weekday.start()] + later + figure[weekday.end():]
    year = YEAR.search(figure)
    if year is not None:
        return figure[:year.start()] + str(int(year.group()) + 1) + figure[year.end():]
    return None


def drifts(path: Path = LABELS) -> tuple[list[Drift], int]:
    """Every consistent labelled mention, drifted, run again; and how many could not be."""
    found: list[Drift] = []
    skipped = 0
    for story in load(path):
        background = Background([read(article(case)) for case in story.cases])
        facts = {f.id: f for f in story.facts}
        for case in story.cases:
            for figure, expected in case.labels:
                if expected == NONE:
                    continue
                outcome = _drift(story, case, figure, facts[expected], background)
                found += [outcome] if outcome is not None else []
                skipped += outcome is None
    return found, skipped


def _drift(story: Story, case: Case, figure: str, fact: Fact,
           background: Background) -> Drift | None:
    """One drifted copy of the case, or None: the figure was stale already, or has no
    number to change."""
    start = len(case.previous) + 1 if case.previous else 0
    quantity = next((q for q in read(article(case)).quantities
                     if q.start >= start and q.text == figure), None)
    if quantity is None or not compare(fact.value, quantity, fact.tolerance).consistent:
        return None
    drifted = drift_text(figure, quantity.kind)
    if drifted is None:
        return None
    text = case.text[:quantity.start] + drifted + case.text[quantity.end:]
    copy = replace(case, sentence=text[start:])
    reading = read(article(copy))
    index = next((i for i, q in enumerate(reading.quantities)
                  if q.start == quantity.start and q.text == drifted), None)
    if index is None:
        return None
    stated = reading.quantities[index]
    if compare(fact.value, stated, fact.tolerance).consistent:
        return None
    matches = match(reading, story.facts, story.aliases, background)
    winner = next((c for found in matches.mentions.values() for c in found
                   if c.quantity is stated), None)
    actual = winner.fact.id if winner else NONE
    fails = winner is not None and not compare(winner.fact.value, stated,
                                               winner.fact.tolerance).consistent
    reason = explain(story, reading, index, fact.id, background)
    return Drift(copy, figure, drifted, fact.id, actual, fails, reason)


def drift_lines(found: Sequence[Drift], skipped: int, *, verbose: bool) -> list[str]:
    caught = sum(d.caught for d in found)
    share = caught / len(found) if found else 1.0
    lines = [f"drift caught {caught} of {len(found)} ({share:.1%}): consistent labelled "
             f"mentions rewritten with a wrong figure whose check then fails "
             f"({skipped} could not be drifted)"]
    if verbose:
        for d in (d for d in found if not d.caught):
            lines += [f"[drift missed] {d.case.source}", f"    sentence: {d.case.sentence}",
                      f"    {d.figure!r} -> {d.drifted!r}: expected {d.fact}, got {d.actual}",
                      f"    why: {d.reason}"]
    return lines


# --------------------------------------------------------------------------- printing


def confusion(outcomes: Sequence[Outcome]) -> list[str]:
    counts = Counter(o.kind for o in outcomes)
    return [
        "                     right fact   other fact   no fact",
        f"  labelled fact      {counts['tp']:>10}   {counts['wrong']:>10}   {counts['miss']:>7}",
        f"  labelled none      {'-':>10}   {counts['false']:>10}   {counts['tn']:>7}",
    ]


def summary(report: Report) -> list[str]:
    labelled = report.labelled
    lines = [f"labelled figures: {len(labelled)} ({report.positives} positives, "
             f"{report.negatives} negatives); unlabelled figures assigned: "
             f"{len(report.outcomes) - len(labelled)}", *confusion(report.outcomes),
             f"precision {report.precision:.1%}  recall {report.recall:.1%}  "
             f"false matches {len(report.false_matches)}  misses {len(report.misses)}",
             f"false failures {len(report.false_failures)} (false matches the fact disagrees "
             f"with: a check an editor would see fail for nothing)", ""]
    lines.append(f"{'story':<60} {'pos':>4} {'neg':>4} {'tp':>4} {'false':>5} {'miss':>4}")
    for story, outcomes in _by(report.outcomes, lambda o: o.case.story).items():
        pos = sum(o.labelled and o.expected != NONE for o in outcomes)
        neg = sum(o.labelled and o.expected == NONE for o in outcomes)
        false = sum(o.kind in ("false", "wrong") for o in outcomes)
        miss = sum(o.kind in ("miss", "wrong") for o in outcomes)
        lines.append(f"{story[:60]:<60} {pos:>4} {neg:>4} {report.count('tp', outcomes):>4} "
                     f"{false:>5} {miss:>4}")
    lines.append("")
    lines.append("by source: " + ", ".join(
        f"{src} {sum(o.expected != NONE for o in outs)}+/{sum(o.expected == NONE for o in outs)}-"
        for src, outs in _by(labelled, _source_group).items()))
    return lines


def _source_group(outcome: Outcome) -> str:
    parts = Path(outcome.case.source).parts
    return parts[2] if parts[0] == "corpora" else "seeds"


def _by(outcomes: Iterable[Outcome], key: Any) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome), []).append(outcome)
    return groups


def errors(report: Report) -> list[str]:
    lines: list[str] = []
    for o in (o for o in report.outcomes if o.error):
        label = o.expected if o.labelled else "none (unlabelled)"
        fails = " (the check would fail)" if o.fails and o.kind in ("false", "wrong") else ""
        lines += [f"[{o.kind}] {o.case.source}", f"    sentence: {o.case.sentence}",
                  f"    figure {o.figure!r}: expected {label}, got {o.actual}{fails}",
                  f"    why: {o.reason}"]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--quiet", action="store_true", help="no list of errors")
    parser.add_argument("--drift", action="store_true",
                        help="also rewrite each consistent labelled mention with a wrong "
                             "figure and count how many checks then fail")
    args = parser.parse_args(argv)
    report = evaluate(args.labels)
    for line in [*summary(report), ""]:
        print(line)
    if report.problems:
        print("label problems:", *report.problems, sep="\n  ")
    if not args.quiet:
        print(*errors(report) or ["no errors"], sep="\n")
    if args.drift:
        print("", *drift_lines(*drifts(args.labels), verbose=not args.quiet), sep="\n")
    met = not report.false_matches and report.recall >= TARGET_RECALL
    print(f"target (no false match, recall >= {TARGET_RECALL:.0%}): "
          + ("met" if met else "NOT met"))
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
