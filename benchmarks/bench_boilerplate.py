"""Measure boilerplate removal on the seeds, and read every corpus file.

Run from the repository root: `python benchmarks/bench_boilerplate.py [-v]`.

For each seed it prints the non-blank source lines the reader kept and dropped, and the
line-level precision and recall of the kept lines against the gold bodies in
tests/fixtures/seed_bodies.json (the same gold tests/test_articles.py pins). A gold line
is the first source line, in order, whose text is a gold paragraph line (the second copy
of a repeated caption is boilerplate). `-v` lists every dropped line. Then it reads every
file under ../shared/corpora/ and reports formats, dates found and errors.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.articles import ArticleError, decode, read_article, read_articles  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "seed_bodies.json"
SEEDS = ROOT / "articles"
CORPORA = ROOT.parent / "shared" / "corpora"


def gold_lines(lines: list[str], paragraphs: list[str]) -> set[int]:
    """1-based source lines of the gold paragraphs, matched in order."""
    found: set[int] = set()
    cursor = 0
    for para in paragraphs:
        for part in para.split("\n"):
            i = next(i for i in range(cursor, len(lines)) if lines[i].strip() == part)
            found.add(i + 1)
            cursor = i + 1
    return found


def bench_seed(name: str, gold: dict, verbose: bool) -> tuple[int, int, int]:
    """Print one seed's kept/dropped lines and scores; return (true pos, kept, gold)."""
    path = SEEDS / name
    text, _ = decode(path, path.read_bytes())
    lines = text.split("\n")
    article = read_article(path)
    nonblank = {i + 1 for i, line in enumerate(lines) if line.strip()}
    if article.source_format in ("scraped", "text"):
        kept = {line for _, line in article.line_starts}
        want = gold_lines(lines, gold["paragraphs"])
    else:  # JSON: compare paragraphs, not lines (the whole post sits on one line)
        kept = set(article.paragraphs)
        want = set(gold["paragraphs"])
        nonblank = kept | want
    hit = len(kept & want)
    precision = hit / len(kept) if kept else 0.0
    recall = hit / len(want) if want else 0.0
    unit = "lines" if article.source_format in ("scraped", "text") else "paragraphs"
    print(
        f"{name:36} {article.source_format:9} {unit:10} non-blank {len(nonblank):4}  "
        f"kept {len(kept):3}  dropped {len(nonblank) - len(kept):4}  gold {len(want):3}  "
        f"P {precision:.3f}  R {recall:.3f}"
    )
    if verbose and unit == "lines":
        for i in sorted(nonblank - kept):
            print(f"    - {i:4} {lines[i - 1].strip()[:90]}")
    for i in sorted(kept - want) if unit == "lines" else []:
        print(f"    FALSE KEEP {i}: {lines[i - 1].strip()[:90]}")
    for i in sorted(want - kept) if unit == "lines" else []:
        print(f"    MISSED {i}: {lines[i - 1].strip()[:90]}")
    return hit, len(kept), len(want)


def bench_corpora() -> None:
    """Read every corpus file (held-out folders included: a robustness run only)."""
    if not CORPORA.is_dir():
        print(f"\n{CORPORA} not present: corpus run skipped")
        return
    formats: Counter[str] = Counter()
    errors: list[str] = []
    dated = total = 0
    start = time.perf_counter()
    for path in sorted(p for p in CORPORA.rglob("*") if p.is_file()):
        try:
            for article in read_articles(path):
                formats[article.source_format] += 1
                total += 1
                dated += article.date is not None
        except ArticleError as exc:
            errors.append(str(exc))
    seconds = time.perf_counter() - start
    print(f"\ncorpora: {total} articles read in {seconds:.2f}s, {len(errors)} errors, "
          f"{dated} with a date; formats {dict(formats)}")
    for error in errors:
        print(f"    ERROR {error}")


def main(argv: list[str]) -> int:
    """Seeds first (the gold), then the corpus robustness run."""
    verbose = "-v" in argv
    gold = json.loads(GOLD.read_text("utf-8"))
    print("boilerplate removal on the seeds (gold: tests/fixtures/seed_bodies.json)\n")
    hits = kept = want = 0
    for name in sorted(gold):
        h, k, w = bench_seed(name, gold[name], verbose)
        hits, kept, want = hits + h, kept + k, want + w
    print(f"\nall seeds: precision {hits / kept:.3f}  recall {hits / want:.3f}  "
          f"({hits} of {kept} kept units are gold; {hits} of {want} gold units kept)")
    bench_corpora()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
