"""The checker on whole articles and drifted variants, counted in checks (fact × article).

Run from the repository root:  python benchmarks/bench_articles.py [--errors] [--beside]

bench_matching.py scores figures in single sentences; this scores what an editor sees.
tests/fixtures/matching/articles.yaml labels every (fact, article) check of the twelve
ECB+ development stories as consistent, discrepancy or not_mentioned, and gives variants:
one statement of one fact rewritten, wrongly (`drift`) or consistently (`harmless`).
Each story's facts come from labelled.yaml; its articles are read as the plugin reads
them, and matched with a Background of the story's original articles. A variant is the
original file with `old` replaced by `new`, read from a temporary copy, and judged alone;
with `--beside`, judged as the plugin judges it beside its story's original articles,
whose agreeing mentions it may echo (checks/matching/echoes.py).

Printed, each against its count:
- originals: checks that fail, and how many of them the label calls a discrepancy (the
  rest fail for nothing); real discrepancies caught; consistent statements found;
- drifts caught (the drifted fact's check fails; drifts of a fact whose check already
  fails on the original are counted apart); harmless variants that fail; variants that
  make another fact's check fail (collateral).
tests/test_matching_articles.py holds the line where the checker stands.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_matching as labelled

from checks.articles import Article, read_articles
from checks.engine import judge
from checks.matching import Background, Matcher, read
from checks.matching.echoes import Echoes, agreeing, placed

LABELS = labelled.ROOT / "tests" / "fixtures" / "matching" / "articles.yaml"
CORPUS = labelled.SHARED / "corpora" / "ecbplus"


@dataclass
class Report:
    """Counts (see the module docstring) and one line per error."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def share(self, part: str, whole: str) -> str:
        n, d = self.counts[part], self.counts[whole]
        return f"{n} of {d}" + (f" ({n / d:.1%})" if d else "")


def evaluate(path: Path = LABELS, *, beside: bool = False) -> Report:
    """Run every story of the fixture and count its checks."""
    stories = {s.name: s for s in labelled.load()}
    report = Report()
    with tempfile.TemporaryDirectory() as scratch:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["folders"]:
            story = next(s for name, s in stories.items() if f"({entry['folder']})" in name)
            _folder(story, entry, Path(scratch), report, beside)
    return report


def _folder(story: Any, entry: dict[str, Any], scratch: Path, report: Report,
            beside: bool = False) -> None:
    folder = entry["folder"]
    originals = {o["article"]: read_articles(CORPUS / folder / o["article"])[0]
                 for o in entry["originals"]}
    matcher = Matcher(story.facts, story.aliases, Background.of_articles(originals.values()))
    echoes = Echoes()

    def statuses(article: Article, heard: bool = False) -> dict[str, Any]:
        reading = read(article)
        matches = matcher.match(reading)
        verdicts = {fact.id: judge(fact, reading, matches) for fact in story.facts}
        if not heard:
            echoes.add(reading, agreeing(reading, verdicts.values()))
            return verdicts
        echoed = echoes.of(reading, placed(matches.mentions))
        if echoed:
            matches = matcher.match(reading, echoed)
        return {fact.id: judge(fact, reading, matches) for fact in story.facts}

    before = {name: statuses(article) for name, article in originals.items()}
    if beside:  # as the engine does: the originals hear each other too
        before = {name: statuses(article, heard=True) for name, article in originals.items()}
    for original in entry["originals"]:
        for fact_id, label in original["facts"].items():
            _original(f"{folder}/{original['article']}", fact_id, label["status"],
                      before[original["article"]][fact_id], report)
    for variant in entry.get("variants", []):
        copy = write_variant(CORPUS / folder, variant, scratch)
        after = statuses(read_articles(copy)[0], heard=beside)
        _variant(folder, variant, before[variant["original"]], after, report)


def write_variant(folder: Path, variant: dict[str, Any], scratch: Path) -> Path:
    """The variant's file in `scratch`: its original with the one `old` snippet replaced."""
    data = json.loads((folder / variant["original"]).read_text(encoding="utf-8"))
    assert data["text"].count(variant["old"]) == 1, variant["variant"]
    data["text"] = data["text"].replace(variant["old"], variant["new"])
    copy = scratch / variant["variant"]
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return copy


def _original(where: str, fact_id: str, label: str, verdict: Any, report: Report) -> None:
    counts, got = report.counts, verdict.status
    counts[f"label {label}"] += 1
    if got == "discrepancy":
        counts["failing"] += 1
        counts["failing, real" if label == "discrepancy" else "failing for nothing"] += 1
        if label != "discrepancy":
            figures = ", ".join(f"{m.quantity.text!r} ({m.verdict})" for m in verdict.mentions)
            report.errors.append(f"[fails for nothing] {where} {fact_id} ({label}): {figures}")
    elif label == "discrepancy":
        report.errors.append(f"[real discrepancy missed] {where} {fact_id}: {got}")
    if label == "consistent" and got == "consistent":
        counts["consistent found"] += 1


def _variant(folder: str, variant: dict[str, Any], before: dict[str, Any],
             after: dict[str, Any], report: Report) -> None:
    counts, fact_id = report.counts, variant["fact"]
    where = f"{folder}/{variant['variant']} {fact_id}: {variant['old']!r} -> {variant['new']!r}"
    failed = before[fact_id].status == "discrepancy"
    if variant["kind"] == "drift":
        counts["drifts" if not failed else "drifts of a failing fact"] += 1
        if not failed and after[fact_id].status == "discrepancy":
            counts["drifts caught"] += 1
        elif not failed:
            report.errors.append(f"[drift missed] {where} ({after[fact_id].status})")
    else:
        counts["harmless"] += 1
        if not failed and after[fact_id].status == "discrepancy":
            counts["harmless failing"] += 1
            report.errors.append(f"[harmless fails] {where}")
    for other, verdict in after.items():
        if other != fact_id and verdict.status == "discrepancy" and (
                before[other].status != "discrepancy"):
            counts["collateral"] += 1
            report.errors.append(f"[collateral] {where}: {other} fails")


def summary(report: Report) -> list[str]:
    c = report.counts
    checks = c["label consistent"] + c["label discrepancy"] + c["label not_mentioned"]
    clean = checks - c["label discrepancy"]
    return [
        f"original articles: {checks} checks ({c['label consistent']} consistent, "
        f"{c['label discrepancy']} discrepancy, {c['label not_mentioned']} not mentioned)",
        f"  failing: {c['failing']}, real {c['failing, real']} of "
        f"{c['label discrepancy']}; failing for nothing: {c['failing for nothing']} of {clean} "
        f"({c['failing for nothing'] / max(clean, 1):.1%})",
        f"  consistent statements found: {report.share('consistent found', 'label consistent')}",
        f"variants: drifts caught {report.share('drifts caught', 'drifts')} "
        f"(+{c['drifts of a failing fact']} of a fact already failing); harmless failing "
        f"{c['harmless failing']} of {c['harmless']}; collateral failures {c['collateral']}",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--beside", action="store_true",
                        help="judge each variant beside the original articles (echoes)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"the ECB+ corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    report = evaluate(args.labels, beside=args.beside)
    print("\n".join(summary(report)))
    if args.errors:
        print("\n".join(sorted(report.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
