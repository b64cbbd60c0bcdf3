"""Report: say what an editor needs to act on, to a person and to a machine.

Stage five of the pipeline (read → find → match → compare → **report**). A failure's
first line stands alone (it is what `-rf` and CI summaries show); then the sentence with
the figure marked, `file:line`, the fact's claim, and how the verdict was reached. The
JSON report carries the same for every (fact, article) pair.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from checks.compare import default_tolerance
from checks.facts import Mention, Verdict
from checks.matching.matcher import AMBIGUOUS

JSON_VERSION = 1
#: How much of a long sentence to show either side of the figure.
SENTENCE_CONTEXT = 160
#: The same, on the one line `pytest -v` gives a passing check.
PASSED_CONTEXT = 40


def expected_text(verdict: Verdict) -> str:
    fact = verdict.fact
    return fact.value_text or fact.value.text


def tolerance_text(verdict: Verdict) -> str:
    tolerance = verdict.fact.tolerance or default_tolerance(verdict.fact.value)
    return tolerance.text


def headline(verdict: Verdict) -> str:
    """The one line that sums the verdict up."""
    name, expected = verdict.article_name, expected_text(verdict)
    if verdict.status == "not_mentioned":
        return f"not mentioned in {name}"
    if verdict.status == "error":
        return verdict.message
    if verdict.status == "discrepancy":
        worst = next(m for m in verdict.mentions if m.verdict == "discrepancy")
        delta = f"{worst.delta}, " if worst.delta else ""
        return (f"{name} says {worst.quantity.text}; the fact says {expected} "
                f"({delta}tolerance {tolerance_text(verdict)})")
    stated = "; ".join(dict.fromkeys(m.quantity.text for m in verdict.mentions))
    return f"{name} says {stated}, consistent with {expected}"


def marked(mention: Mention, context: int = SENTENCE_CONTEXT) -> str:
    """The sentence with the figure between «», trimmed to `context` characters a side."""
    q = mention.quantity
    start, end = q.start - mention.sentence_start, q.end - mention.sentence_start
    text = mention.sentence
    before, figure, after = text[:start], text[start:end], text[end:]
    if len(before) > context:
        cut = before[-context:]
        before = "…" + (cut.split(" ", 1)[-1] if " " in cut else cut).lstrip()
    if len(after) > context:
        cut = after[:context]
        after = (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut).rstrip() + "…"
    return " ".join(f"{before}«{figure}»{after}".split())


def location(verdict: Verdict, mention: Mention, root: Path | None = None) -> str:
    path = relative(verdict.article_path, root)
    return f"{path}:{mention.line}" if mention.line else path


def relative(path: Path, root: Path | None) -> str:
    """`path` relative to root with / separators, as reports and node ids show it."""
    if root is not None:
        try:
            return Path(os.path.relpath(path, root)).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def explain(verdict: Verdict, root: Path | None = None) -> str:
    """The full report an editor reads under a failure."""
    fact = verdict.fact
    lines = [verdict.message, ""]
    if verdict.status == "not_mentioned":
        lines.append(f"  The article never states {expected_text(verdict)} (required fact).")
        lines += _near_lines(verdict)
    for mention in verdict.mentions:
        mark = "✗" if mention.verdict == "discrepancy" else "✓"
        lines.append(f"  {mark} {location(verdict, mention, root)}")
        lines.append(f"    {marked(mention)}")
        how = f"{mention.reason}; {mention.explanation}" if mention.explanation else mention.reason
        lines.append(f"    matched on {how}")
    lines.append("")
    lines.append(f"  fact {fact.id} ({relative(fact.claims_path, root)}:{fact.line}): "
                 f"{fact.claim}")
    lines.append(f"  expected {expected_text(verdict)}, tolerance {tolerance_text(verdict)}")
    return "\n".join(lines)


def _near_lines(verdict: Verdict) -> list[str]:
    if not verdict.near_misses:
        return []
    lines = ["  Near misses (figures considered, not matched):"]
    for near in verdict.near_misses[:5]:
        lines.append(f"    line {near.line}: {marked(near)} ({near.reason})")
    return lines


def passed_word(verdict: Verdict) -> str:
    """What `pytest -v` shows beside PASSED: the sentence matched, the figure marked."""
    first = verdict.mentions[0]
    where = f"line {first.line}: " if first.line else ""
    more = f" (+{len(verdict.mentions) - 1} more)" if len(verdict.mentions) > 1 else ""
    return f"PASSED ({where}{marked(first, PASSED_CONTEXT)}){more}"


def ties(results: Iterable[dict[str, Any]]) -> list[str]:
    """A line for each set of facts that a figure tied between, in as many articles as it
    did: their claims are worded too alike for the checker to tell which one the figure
    states, so it says neither, and `context:` or `exclude:` words would tell them apart."""
    articles: dict[tuple[str, str], set[str]] = {}
    for entry in results:
        for near in entry.get("near_misses", ()):
            at = near["reason"].find(AMBIGUOUS)
            if at >= 0:
                facts = sorted(near["reason"][at + len(AMBIGUOUS):].split(";")[0].split(", "))
                key = (entry["claims_file"], ", ".join(facts[:-1]) + " and " + facts[-1])
                articles.setdefault(key, set()).add(f"{entry['article']}#{entry['article_name']}")
    return [f"{claims}: {facts} tie for a figure in {len(found)} "
            f"article{'s' if len(found) > 1 else ''}: give one of them `context:` or "
            f"`exclude:` words that tell them apart"
            for (claims, facts), found in sorted(articles.items())]


# -- JSON ---------------------------------------------------------------------------------


def result(verdict: Verdict, root: Path | None) -> dict[str, Any]:
    """One entry of the JSON report's `results`."""
    return {
        "claims_file": relative(verdict.fact.claims_path, root),
        "fact": verdict.fact.id,
        "article": relative(verdict.article_path, root),
        "article_name": verdict.article_name,
        "status": verdict.status,
        "claim": verdict.fact.claim,
        "expected": expected_text(verdict),
        "tolerance": tolerance_text(verdict),
        "mentions": [_mention_json(m) for m in verdict.mentions],
        "near_misses": [_mention_json(m, compared=False) for m in verdict.near_misses],
        "message": verdict.message,
    }


def problem_result(claims_path: Path, fact_id: str, message: str, root: Path | None
                   ) -> dict[str, Any]:
    """The entry of a claims file, or of one of its facts, that cannot be used: an error
    of no article, so that the report holds every check that ran."""
    return {
        "claims_file": relative(claims_path, root), "fact": fact_id, "article": "",
        "article_name": "", "status": "error", "claim": "", "expected": "", "tolerance": "",
        "mentions": [], "near_misses": [], "message": message,
    }


def _mention_json(mention: Mention, *, compared: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": mention.quantity.text,
        "sentence": mention.sentence,
        "line": mention.line,
        "score": mention.score,
        "reason": mention.reason,
    }
    if compared:
        out["verdict"] = mention.verdict
        out["delta"] = mention.delta
        out["explanation"] = mention.explanation
    return out


def write_json(path: Path, results: Iterable[dict[str, Any]]) -> None:
    """Write the report atomically, so a reader never sees half a file."""
    ordered = sorted(results, key=lambda r: (r["claims_file"], r["fact"], r["article"],
                                             r["article_name"]))
    payload = {"version": JSON_VERSION, "results": ordered}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
