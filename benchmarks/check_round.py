"""The form of a blind round of facts, checked without running the matcher.

Run from the repository root:
    python benchmarks/check_round.py tests/fixtures/matching/new_facts_r15.yaml

A blind round (see bench_new_facts.py) is written by someone who never ran the checker;
this is the one tool such a writer gets. It loads each story's facts as the plugin's
loader does (so a value the loader refuses is said before the round is scored), and
checks that every (article, fact) pair is labelled once, that each consistent or
discrepant label names the figures it saw, and that each variant's `old` snippet occurs
once in its original's text. It runs no matching: the writer stays blind.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_articles import CORPUS
from bench_new_facts import OWN_FOLDERS

from checks.claims import load_story

LABELS = ("consistent", "not_mentioned", "discrepancy")


def problems(folder: dict[str, Any]) -> list[str]:
    """What is wrong with one story's entry of a round, one line each."""
    name = folder["folder"]
    texts = _texts(name)
    facts = folder["facts"]
    found = [f"{name}: fact {p.fact}: {p.reason}" for p in _refused(facts)]
    seen: set[tuple[str, str]] = set()
    for label in folder["labels"]:
        key = (label["article"], label["fact"])
        if key in seen:
            found.append(f"{name}: {key} labelled twice")
        seen.add(key)
        if label["article"] not in texts or label["fact"] not in facts:
            found.append(f"{name}: {key}: no such article or fact")
        if label["label"] not in LABELS:
            found.append(f"{name}: {key}: label {label['label']!r} is none of {LABELS}")
        elif label["label"] != "not_mentioned" and not label.get("figures"):
            found.append(f"{name}: {key}: {label['label']} without the figures seen")
    found += [f"{name}: ({a}, {f}) not labelled" for a in sorted(texts) for f in facts
              if (a, f) not in seen]
    for variant in folder.get("variants", []):
        count = texts.get(variant["original"], "").count(variant["old"])
        if count != 1:
            found.append(f"{name}: {variant['variant']}: `old` occurs {count} times in "
                         f"{variant['original']} (must be once)")
    return found


def _texts(name: str) -> dict[str, str]:
    """Each article's text as a variant's snippet is looked up in: an ECB+ story's JSON
    "text", or the whole file of the demo story's articles (bench_new_facts.OWN_FOLDERS)."""
    if name in OWN_FOLDERS:
        return {p.name: p.read_text(encoding="utf-8")
                for p in OWN_FOLDERS[name][0].glob("*") if p.is_file()}
    return {p.name: json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in (CORPUS / name).glob("*.json")}


def _refused(facts: dict[str, Any]) -> list[Any]:
    """The facts the loader refuses, with why (a placeholder article stands for the story's)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "a.txt").write_text("placeholder", encoding="utf-8")
        claims = root / "claims.yaml"
        claims.write_text(yaml.safe_dump({"version": 1, "articles": "a.txt", "facts": facts},
                                         allow_unicode=True), encoding="utf-8")
        return list(load_story(claims, root=root).problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round", type=Path, help="a round's YAML file")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: put ../shared beside the repository", file=sys.stderr)
        return 2
    folders = yaml.safe_load(args.round.read_text(encoding="utf-8"))["folders"]
    found = [line for folder in folders for line in problems(folder)]
    print("\n".join(found) if found else f"OK: {len(folders)} stories")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
