"""Fuzz the readers for a given time: random bytes, mutated real articles, random YAML.

Run from the repository root:  python benchmarks/fuzz.py --minutes 5 [--seed N]

The properties are those of tests/test_fuzz.py (read_articles raises only ArticleError,
find_quantities keeps its spans exact and in bounds, load_story raises only ClaimsError),
driven here by a seeded random generator over the demo articles and ../shared/corpora.
Every failing input is saved to a temporary folder (never into the repository) and
named in the output; the exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_fuzz as props  # noqa: E402

Target = Callable[[random.Random, Path], tuple[str, bytes]]


def corpus_files(limit: int = 400) -> list[Path]:
    """Real article files: the demo story's and the shared corpora's (text and JSON)."""
    files = sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.suffix != ".md")
    return list(props.SEEDS) + files[:limit]


class Fuzzer:
    """One target per property; each run builds an input, checks it, and keeps failures."""

    def __init__(self, rng: random.Random, work: Path, out: Path) -> None:
        self.rng, self.work, self.out = rng, work, out
        self.files = corpus_files()
        self.texts = [p.read_bytes() for p in self.files]
        self.counts: Counter[str] = Counter()
        self.failures: list[Path] = []

    def real_bytes(self) -> bytes:
        return self.rng.choice(self.texts)

    def read_random_bytes(self) -> tuple[str, bytes]:
        size = self.rng.choice((0, 1, 16, 256, 4096, 65536))
        data = self.rng.choice(props.PREFIXES) + self.rng.randbytes(self.rng.randint(0, size))
        props.check_read(self.work / "input.bin", data)
        return "read-bytes", data

    def read_mutated_article(self) -> tuple[str, bytes]:
        raw = self.real_bytes()
        if self.rng.random() < 0.3:  # byte-level damage: truncation, flipped bytes
            data = bytearray(raw[: self.rng.randint(0, len(raw))])
            for _ in range(self.rng.randint(0, 8)):
                if data:
                    data[self.rng.randrange(len(data))] = self.rng.randrange(256)
            data = bytes(data)
        else:
            text = props.mutate(raw.decode("utf-8", errors="replace"), self.rng)
            data = props.encode(text, self.rng)
        props.check_read(self.work / "input.txt", data)
        return "read-mutated", data

    def quantities(self) -> tuple[str, bytes]:
        text = props.mutate(self.real_bytes().decode("utf-8", errors="replace"), self.rng)
        props.check_quantities(text)
        return "quantities", text.encode("utf-8", errors="surrogatepass")

    def load_yaml(self) -> tuple[str, bytes]:
        text = props.yaml_ish(self.rng, 40)
        if self.rng.random() < 0.3:
            text = props.mutate(text, self.rng, rounds=3)
        story = self.work / "story"
        story.mkdir(exist_ok=True)
        props.check_load(story, text)
        return "load-story", text.encode("utf-8", errors="surrogatepass")

    def step(self) -> None:
        target = self.rng.choice((self.read_random_bytes, self.read_mutated_article,
                                  self.quantities, self.load_yaml))
        state = self.rng.getstate()
        try:
            name, _ = target()
        except Exception:  # the property failed, or something escaped: keep the input
            self.rng.setstate(state)
            self.save_failure(target)
            return
        self.counts[name] += 1

    def save_failure(self, target: Callable[[], tuple[str, bytes]]) -> None:
        """Re-run the failing target from the same state to capture its input and error."""
        error = ""
        name, data = target.__name__, b""
        original = props.check_read, props.check_quantities, props.check_load
        captured: list[bytes] = []

        def grab(check: Callable[..., None]) -> Callable[..., None]:
            def wrapper(*args: object) -> None:
                last = args[-1]
                captured.append(last if isinstance(last, bytes) else str(last).encode(
                    "utf-8", errors="surrogatepass"))
                check(*args)
            return wrapper

        props.check_read, props.check_quantities, props.check_load = map(grab, original)
        try:
            target()
        except Exception:
            error = traceback.format_exc()
        finally:
            props.check_read, props.check_quantities, props.check_load = original
        data = captured[-1] if captured else b""
        index = len(self.failures) + 1
        path = self.out / f"failure-{index:03d}-{name}.bin"
        path.write_bytes(data)
        path.with_suffix(".txt").write_text(error or "(did not fail again)\n")
        self.failures.append(path)
        self.counts[f"FAILED {name}"] += 1
        print(f"FAILURE {index}: {name}: {error.strip().splitlines()[-1] if error else '?'}")
        print(f"  input saved to {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    out = Path(tempfile.mkdtemp(prefix="claims-fuzz-"))
    deadline = time.monotonic() + args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="claims-fuzz-work-") as work:
        fuzzer = Fuzzer(random.Random(seed), Path(work), out)
        print(f"seed {seed}; {len(fuzzer.files)} real files; failures go to {out}")
        started, last = time.monotonic(), time.monotonic()
        while time.monotonic() < deadline:
            fuzzer.step()
            if time.monotonic() - last > 30:
                last = time.monotonic()
                print(f"  {last - started:6.0f} s: {sum(fuzzer.counts.values()):,} inputs")
        elapsed = time.monotonic() - started
    total = sum(fuzzer.counts.values())
    print(f"{total:,} inputs in {elapsed:.0f} s ({total / max(elapsed, 1e-9):,.0f}/s):")
    for name, count in sorted(fuzzer.counts.items()):
        print(f"  {name:20} {count:,}")
    if fuzzer.failures:
        print(f"{len(fuzzer.failures)} failing inputs saved in {out}")
        return 1
    out.rmdir()
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
