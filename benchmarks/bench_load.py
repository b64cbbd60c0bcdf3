"""Load: a story of many facts over many articles, end to end through the engine.

Run from the repository root:
    python benchmarks/bench_load.py [--facts 200 --articles 2000 --sentences 40] [--profile]

Builds a synthetic story in a temporary folder from real sentences (the demo articles and
../shared/corpora) whose figures are varied, then runs `checks.engine.Checker` over it and
prints wall time, articles/s and peak memory. Baselines measured in the same run: the time
to only read the articles, the same story at a tenth of the articles (count scaling) and
with articles four times longer (length scaling); a ratio near 1 per unit of work means
linear. `--profile` prints the top functions of the full run by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
sys.path.insert(0, str(ROOT))

from checks.articles import read_articles  # noqa: E402
from checks.claims import load_story  # noqa: E402
from checks.engine import Checker  # noqa: E402
from checks.quantities import find_quantities  # noqa: E402

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def real_sentences() -> list[str]:
    """Prose sentences of 8-60 words from the demo articles and the shared corpora."""
    texts = [a.text for p in sorted((ROOT / "articles").iterdir()) for a in read_articles(p)]
    for path in sorted(CORPORA.rglob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (ValueError, OSError):
            continue
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            texts.append(data["text"])
    out = []
    for text in texts:
        for sentence in SENTENCE.split(" ".join(text.split())):
            if 8 <= len(sentence.split()) <= 60:
                out.append(sentence)
    return sorted(set(out))


def vary(sentence: str, rng: random.Random) -> str:
    """The same sentence with its figures changed (as another outlet might report them)."""
    def change(m: re.Match[str]) -> str:
        digits = m.group().replace(",", "")
        if "." in digits or (len(digits) == 4 and digits.startswith(("19", "20"))):
            return m.group()
        value = max(1, round(int(digits) * rng.choice((1, 1, 1.02, 0.9, 1.5, 3))))
        return f"{value:,}" if "," in m.group() else str(value)
    return NUMBER.sub(change, sentence)


@dataclass
class Spec:
    facts: int
    articles: int
    sentences: int


def fact_sentences(pool: list[str], n: int, rng: random.Random) -> list[str]:
    """Sentences holding exactly one count or measure: claims the checker can read."""
    out: list[str] = []
    candidates = pool[:]
    rng.shuffle(candidates)
    for sentence in candidates:
        figures = [q for q in find_quantities(sentence) if q.kind != "date"]
        if len(figures) == 1 and len(sentence) < 300:
            out.append(sentence)
        if len(out) == n:
            return out
    while len(out) < n:  # a small pool: reuse claims with other figures
        out.append(vary(rng.choice(out), rng))
    return out


def build(folder: Path, spec: Spec, pool: list[str], seed: int = 6) -> Path:
    """Write a claims file and the articles; returns the claims file's path."""
    rng = random.Random(seed)
    claims = fact_sentences(pool, spec.facts, rng)
    (folder / "articles").mkdir(parents=True)
    (folder / "claims").mkdir()
    for i in range(spec.articles):
        body = [vary(s, rng) for s in rng.sample(pool, min(spec.sentences, len(pool)))]
        body += [vary(c, rng) for c in rng.sample(claims, min(3, len(claims)))]
        rng.shuffle(body)
        paras = ["\n".join(body[j:j + 3]) for j in range(0, len(body), 3)]
        text = f"Story {i}\n\nBy Staff Writer\n\n" + "\n\n".join(paras) + "\n"
        (folder / "articles" / f"a{i:05d}.txt").write_text(text, "utf-8")
    lines = ["version: 1", "story: synthetic load test", "articles: ../articles/*", "facts:"]
    for i, claim in enumerate(claims):
        lines.append(f"  f{i:04d}: {json.dumps(claim, ensure_ascii=False)}")
    path = folder / "claims" / "load.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@dataclass
class Measure:
    label: str
    seconds: float
    articles: int
    chars: int
    verdicts: int
    peak_mb: float


def measure(label: str, work: Callable[[], tuple[int, int, int]], *, trace: bool) -> Measure:
    gc.collect()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    articles, chars, verdicts = work()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else 0.0
    if trace:
        tracemalloc.stop()
    return Measure(label, seconds, articles, chars, verdicts, peak)


def read_only(folder: Path) -> tuple[int, int, int]:
    chars = 0
    paths = sorted((folder / "articles").iterdir())
    for path in paths:
        chars += sum(len(a.text) for a in read_articles(path))
    return len(paths), chars, 0


def check(claims: Path, folder: Path) -> tuple[int, int, int]:
    story = load_story(claims, root=folder)
    verdicts = Checker().check_story(story)
    statuses: dict[str, int] = {}
    for verdict in verdicts:
        statuses[verdict.status] = statuses.get(verdict.status, 0) + 1
    chars = sum(len(a.text) for s in story.sources for a in read_articles(s.path))
    print(f"    {len(verdicts):,} verdicts: {statuses}")
    return len(story.sources), chars, len(verdicts)


def run_case(label: str, spec: Spec, pool: list[str], *, trace: bool) -> tuple[Measure, Measure]:
    with tempfile.TemporaryDirectory(prefix="claims-load-") as tmp:
        folder = Path(tmp)
        claims = build(folder, spec, pool)
        reading = measure(f"{label}: read only", lambda: read_only(folder), trace=False)
        full = measure(f"{label}: check", lambda: check(claims, folder), trace=trace)
    return reading, full


def show(m: Measure, per: Measure | None = None) -> None:
    rate = m.articles / m.seconds if m.seconds else 0.0
    us_char = m.seconds / max(m.chars, 1) * 1e6
    extra = f", peak traced {m.peak_mb:.0f} MB" if m.peak_mb else ""
    ratio = ""
    if per is not None:
        ratio = f", {m.seconds / per.seconds:.1f}x the read-only time"
    print(f"  {m.label:34} {m.seconds:8.2f} s  {rate:8.1f} articles/s  "
          f"{us_char:6.2f} µs/char{extra}{ratio}")


def profile(claims_spec: Spec, pool: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="claims-load-") as tmp:
        folder = Path(tmp)
        claims = build(folder, claims_spec, pool)
        profiler = cProfile.Profile()
        profiler.enable()
        check(claims, folder)
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=200)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sentences", type=int, default=40, help="sentences per article")
    parser.add_argument("--trace", action="store_true",
                        help="also trace Python allocations (slower; peak of the full run)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    pool = real_sentences()
    print(f"{len(pool):,} real sentences in the pool")
    full = Spec(args.facts, args.articles, args.sentences)
    tenth = Spec(args.facts, max(1, args.articles // 10), args.sentences)
    longer = Spec(args.facts, max(1, args.articles // 10), args.sentences * 4)
    results: dict[str, tuple[Measure, Measure]] = {}
    for label, spec in (("1/10 articles", tenth), ("1/10, 4x longer", longer),
                        ("full", full)):
        print(f"{label}: {spec.facts} facts x {spec.articles} articles of ~{spec.sentences} "
              "sentences")
        results[label] = run_case(label, spec, pool, trace=args.trace and label == "full")
        for m in results[label]:
            show(m, results[label][0] if m is results[label][1] else None)
    print(f"peak RSS of the process: {_max_rss_mb():.0f} MB")
    summary(results)
    if args.profile:
        profile(full, pool)
    return 0


def summary(results: dict[str, tuple[Measure, Measure]]) -> None:
    """Cost per article and per character across sizes: equal when the engine is linear."""
    small, longer, full = (results[k][1] for k in ("1/10 articles", "1/10, 4x longer", "full"))
    count_ratio = (full.seconds / full.articles) / (small.seconds / small.articles)
    length_ratio = (longer.seconds / longer.chars) / (small.seconds / small.chars)
    print(f"time per article, full / 1/10: {count_ratio:.2f} (1.0 = linear in article count)")
    print(f"time per character, 4x longer / normal: {length_ratio:.2f} "
          "(1.0 = linear in article length)")


def _max_rss_mb() -> float:
    usage: Any = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
