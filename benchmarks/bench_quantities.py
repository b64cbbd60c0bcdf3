"""Speed and accuracy of `checks.quantities.find_quantities`.

Run from the repository root:  python benchmarks/bench_quantities.py [--repeat N]

Speed: MB/s over the seed articles and the ECB+ corpus texts, next to baselines measured
in the same run (a bare digit regex always; text2num's alpha2digit and quantulum3 only if
they happen to be importable). Accuracy: values found on quantulum3's and text2num's own
English test cases, with the cases outside a news checker's scope counted separately, and
beside ours, on the same split and by the same measure, the score of the tool the cases
come from (if importable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from checks.quantities import Quantity, find_quantities  # noqa: E402

SHOW_MISSES = False
DIGITS = re.compile(r"\d[\d,.]*")

#: quantulum3 units a news checker claims to read; the rest (physics, engineering,
#: cooking, data sizes) are reported as out of scope.
QUANTULUM_IN_SCOPE = frozenset({
    "dimensionless", "dollar", "euro", "pound sterling", "percentage", "year", "month",
    "week", "day", "hour", "minute", "mile", "kilometre", "metre", "inch", "square kilometre",
    "square mile", "pound-mass", "gallon", "tonne", "kilogram", "litre", "degree Celsius",
    "degree fahrenheit", "degree Fahrenheit", "kilometre per hour", "dozen", "cent",
})
#: quantulum3 cases a news checker reads otherwise, on purpose: an amount in parentheses is
#: an accounting negative to quantulum3, but in news it is a conversion ("110 billion euros
#: ($141 billion)"), so it is read as stated.
QUANTULUM_ACCOUNTING = re.compile(r"\A\(.*\)\Z")
#: Units quantulum3 keeps that stand for a number of the counted noun: "a dozen eggs" is one
#: dozen to quantulum3 and 12 eggs to us. Either reading is counted right, for both tools.
QUANTULUM_MULTIPLES = {"dozen": 12.0}
#: text2num cases a news checker does not claim: ordinals, a "plus" sign, digit-by-digit
#: dictation ("one two three"), leading zeros ("zero six"), misspellings. Spoken decimals
#: ("two point five", "zero point five", "point zero five") and "minus" are read, so in
#: scope; so are text2num's own decimal conventions ("point fifteen" = 0.15).
TEXT2NUM_OUT_OF_SCOPE = re.compile(
    r"(?i)\b(?:first|second|third|\w+th|\w+ths|plus|o|fourty\w*)\b"
    r"|\b(?:zero|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[ ,]+(?:zero|one|two|three|four|five|six|seven|eight|nine|o)\b){2,}"
    r"|\bzero (?!point\b)\w+|\b(?!point\b)\w+ zero\b(?! point\b)|\w+s$"
    r"|thousands?\b.*\bthousand"
    r"|hundreds\b"
)
#: text2num cases that read a whole text as one number (the others rewrite a sentence).
WHOLE_TEXT = frozenset({"text2num", "assert_text2digits", "assert_invalid"})
#: Figures in an expected (or a tool's) output, with their sign ("-15", not "2014-2020").
EXPECTED_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?")


# --------------------------------------------------------------------------- inputs


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted((SHARED / "corpora" / "ecbplus").glob("*/*.json")):
        try:
            text = json.loads(path.read_text(encoding="utf-8")).get("text")
        except (OSError, ValueError):
            continue
        if isinstance(text, str) and text:
            texts.append(text)
    return texts


# --------------------------------------------------------------------------- speed


def mb_per_s(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Best-of-`repeat` throughput in MB (of UTF-8) per second."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return size / 1e6 / best if best > 0 else math.inf


def optional_baselines() -> dict[str, Callable[[str], object]]:
    """text2num / quantulum3 extractors, if installed (never required)."""
    found: dict[str, Callable[[str], object]] = {}
    try:
        from text_to_num import alpha2digit  # type: ignore[import-not-found]

        found["text2num alpha2digit"] = lambda t: alpha2digit(t, "en")
    except ImportError:
        pass
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]

        found["quantulum3"] = parser.parse
    except ImportError:
        pass
    return found


#: The floor for any scanner that looks at every word: tokens only, no parsing.
TOKENS = re.compile(r"[A-Za-z]+|\d+|[$£€¥₹₽]")
BASELINE_LABELS = ("text2num alpha2digit", "quantulum3")


def run_speed(repeat: int) -> None:
    """MB/s of find_quantities and the baselines, corpus by corpus, with ours/theirs."""
    corpora = {"seeds": seed_texts(), "ecbplus": corpus_texts()}
    extra = optional_baselines()
    print(f"== speed (MB/s, best of {repeat}; ratio = ours / theirs) ==")
    for name, texts in corpora.items():
        if not texts:
            print(f"{name}: no texts found under {SHARED}")
            continue
        size = sum(len(t.encode("utf-8")) for t in texts)
        ours = mb_per_s(find_quantities, texts, repeat)
        print(f"{name}: {len(texts)} texts, {size / 1e6:.2f} MB")
        print(f"  find_quantities      {ours:8.2f} MB/s")
        rows = {"re.findall digits": DIGITS.findall, "re.findall tokens": TOKENS.findall}
        for label, fn in rows.items():
            theirs = mb_per_s(fn, texts, repeat)
            print(f"  {label:<20} {theirs:8.2f} MB/s   (ratio {ours / theirs:.3f}x)")
        for label in BASELINE_LABELS:
            if label not in extra:
                print(f"  {label:<20}   not installed")
            elif label == "quantulum3" and name != "seeds":
                print(f"  {label:<20}   not timed here (~0.01 MB/s: seeds only)")
            else:
                runs = 1 if label == "quantulum3" else repeat  # quantulum3: seconds a run
                theirs = mb_per_s(extra[label], texts, runs)
                note = "   [one run]" if runs == 1 else ""
                print(f"  {label:<20} {theirs:8.2f} MB/s   (ratio {ours / theirs:.2f}x){note}")


# --------------------------------------------------------------------------- accuracy


def numeric_values(found: Iterable[Quantity]) -> list[float]:
    """Values to compare with other tools: a year-only date counts as its year."""
    out: list[float] = []
    for q in found:
        if isinstance(q.value, dt.date):
            if q.precision == "year":
                out.append(float(q.value.year))
        else:
            out.append(float(q.value))
            if q.hedge == "range":
                out.extend([float(q.low), float(q.high)])  # type: ignore[arg-type]
    return out


def matches(expected: float, values: list[float]) -> bool:
    return any(math.isclose(expected, v, rel_tol=1e-6, abs_tol=1e-9) for v in values)


def quantulum_case_right(res: dict, values: list[float]) -> bool:
    """Whether `values` hold a quantulum3 result's value, or, for a unit that is a multiple
    ("1 dozen"), the number of things it stands for (12)."""
    value = float(res["value"])
    multiple = QUANTULUM_MULTIPLES.get(res["unit"])
    return matches(value, values) or (multiple is not None and matches(value * multiple,
                                                                        values))


def quantulum_values(text: str) -> list[float]:
    """quantulum3's own values for `text` (its parser, as its tests call it)."""
    return [value for _, value in quantulum_found(text)]


def quantulum_found(text: str) -> list[tuple[str, float]]:
    """quantulum3's (surface, value) pairs for `text`."""
    from quantulum3 import parser  # type: ignore[import-not-found]

    return [(q.surface, float(q.value)) for q in parser.parse(text)
            if isinstance(q.value, (int, float))]


def text2num_case_right(case: dict, found: list[tuple[str, float]]) -> bool:
    """A text2num case scored on (surface, value) pairs, the same way for every tool: a
    text2num case wants the whole text read as its value (or not read, if invalid); an
    alpha2digit case wants the figures of the expected output, in order."""
    text, expected = case["input"], case["expected"]
    func = case.get("func") or case.get("kind", "")
    if func in WHOLE_TEXT:
        whole = len(found) == 1 and found[0][0] == text.strip()
        if expected in ("ValueError", "ERR"):
            return not whole
        want = re.fullmatch(r"\d+(?:\.\d+)?", str(expected))
        return whole and want is not None and matches(float(expected), [found[0][1]])
    want_values = [float(x) for x in EXPECTED_NUMBER.findall(str(expected))]
    return [value for _, value in found] == want_values


#: Per suite, in scope: [ours right, quantulum3 right, cases] (quantulum3's, if installed).
InScope = list[int]


def quantulum_accuracy(path: Path) -> InScope:
    cases = json.loads(path.read_text(encoding="utf-8"))
    theirs_on = "quantulum3" in optional_baselines()
    tally = {True: [0, 0], False: [0, 0]}  # in scope? -> [right, total]
    theirs = {True: [0, 0], False: [0, 0]}
    for case in cases:
        values = numeric_values(find_quantities(case["req"]))
        their_values = quantulum_values(case["req"]) if theirs_on else []
        for res in case["res"]:
            in_scope = res["unit"] in QUANTULUM_IN_SCOPE and not QUANTULUM_ACCOUNTING.match(
                res["surface"])
            tally[in_scope][1] += 1
            theirs[in_scope][1] += 1
            ok = quantulum_case_right(res, values)
            tally[in_scope][0] += ok
            theirs[in_scope][0] += quantulum_case_right(res, their_values)
            if SHOW_MISSES and in_scope and not ok:
                print(f"    miss: {res['surface']!r} = {res['value']} in {case['req']!r}")
    print(f"quantulum3 {path.name}: {len(cases)} sentences")
    print_tally(tally, "values", "physics/engineering units, accounting negatives",
                theirs if theirs_on else None,
                "quantulum3")
    return [tally[True][0], theirs[True][0], tally[True][1]]


def text2num_own(case: dict) -> bool | None:
    """Whether text2num itself gets `case` right, by the measure used for ours: the whole
    value for text2num cases, the figures (with sign) in alpha2digit's output otherwise.
    None when text2num is not installed."""
    try:
        from text_to_num import alpha2digit, text2num  # type: ignore[import-not-found]
    except ImportError:
        return None
    text, expected = case["input"], case["expected"]
    func = case.get("func") or case.get("kind", "")
    if func in WHOLE_TEXT:
        try:
            got = text2num(text, "en")
        except (ValueError, TypeError, IndexError):
            return expected in ("ValueError", "ERR")
        return expected not in ("ValueError", "ERR") and str(got) == str(expected)
    threshold = case.get("threshold")
    try:  # kwargs of another text2num version (ordinal_threshold, relaxed) are not passed
        out = alpha2digit(text, "en", **({} if threshold is None else {"threshold": threshold}))
    except (ValueError, TypeError, IndexError):
        return False
    return ([float(x) for x in EXPECTED_NUMBER.findall(out)]
            == [float(x) for x in EXPECTED_NUMBER.findall(str(expected))])


def text2num_accuracy(path: Path) -> InScope:
    data = json.loads(path.read_text(encoding="utf-8"))
    tally = {True: [0, 0], False: [0, 0]}
    theirs = {True: [0, 0], False: [0, 0]}
    q3 = {True: [0, 0], False: [0, 0]}
    theirs_on = False
    q3_on = "quantulum3" in optional_baselines()
    for case in data["cases"]:
        text, expected = case["input"], case["expected"]
        in_scope = not TEXT2NUM_OUT_OF_SCOPE.search(text) and not case.get("kwargs")
        found = find_quantities(text)
        if (case.get("func") or case.get("kind", "")) in WHOLE_TEXT:
            ours = [(q.text, (numeric_values([q]) or [math.nan])[0]) for q in found]
        else:
            ours = [("", v) for v in numeric_values(found)]  # a range counts its ends too
        ok = text2num_case_right(case, ours)
        tally[in_scope][1] += 1
        tally[in_scope][0] += ok
        own = text2num_own(case)
        if own is not None:
            theirs_on = True
            theirs[in_scope][1] += 1
            theirs[in_scope][0] += own
        if q3_on:  # a third tool on a suite neither wrote
            q3[in_scope][1] += 1
            q3[in_scope][0] += text2num_case_right(case, quantulum_found(text))
        if SHOW_MISSES and in_scope and not ok:
            print(f"    miss: {text!r} -> {expected!r}, got {[q.text for q in found]}")
    print(f"text2num {path.name}:")
    print_tally(tally, "cases", "ordinals, plus signs, digit dictation, leading zeros, "
                "misspellings", theirs if theirs_on else None, "text2num",
                q3 if q3_on else None)
    return [tally[True][0], q3[True][0], tally[True][1]]


def print_tally(tally: dict[bool, list[int]], what: str, out_of_scope: str,
                theirs: dict[bool, list[int]] | None = None, tool: str = "",
                quantulum: dict[bool, list[int]] | None = None) -> None:
    """Right/total inside a news checker's scope, and apart, outside it; the source
    tool's own score on the same split beside ours, when it is installed (and
    quantulum3's, on a suite it did not write)."""
    right, total = tally[True]
    out_right, out_total = tally[False]
    side_in = side_out = ""
    if theirs is not None:
        side_in = f"   ({tool} itself: {theirs[True][0]}/{theirs[True][1]})"
        side_out = f"   ({tool} itself: {theirs[False][0]}/{theirs[False][1]})"
    if quantulum is not None:
        side_in += f"   (quantulum3: {quantulum[True][0]}/{quantulum[True][1]})"
        side_out += f"   (quantulum3: {quantulum[False][0]}/{quantulum[False][1]})"
    print(f"  in scope:     {right}/{total} {what} right{side_in}")
    print(f"  out of scope: {out_right}/{out_total} {what} right{side_out} ({out_of_scope})")


def run_accuracy() -> None:
    print("== accuracy ==")
    base = SHARED / "benchmarks"
    suites: list[InScope] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        path = base / "quantulum3" / name
        if path.exists():
            suites.append(quantulum_accuracy(path))
    for name in ("en_v2_cases.json", "en_rs_cases.json"):
        path = base / "text2num" / name
        if path.exists():
            suites.append(text2num_accuracy(path))
    ours, theirs, cases = [sum(column) for column in zip(*suites, strict=True)] or [0, 0, 0]
    side = f", quantulum3 {theirs}/{cases}" if "quantulum3" in optional_baselines() else ""
    print(f"all suites, in scope: ours {ours}/{cases}{side}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing runs (best is kept)")
    parser.add_argument("--misses", action="store_true", help="list in-scope cases missed")
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    args = parser.parse_args()
    global SHOW_MISSES
    SHOW_MISSES = args.misses
    if not args.no_speed:
        run_speed(args.repeat)
    run_accuracy()


if __name__ == "__main__":
    main()
