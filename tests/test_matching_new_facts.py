"""The checker on facts written by someone who never ran it, through the engine.

The scoring lives in benchmarks/bench_new_facts.py (`--errors` lists each error). These
tests hold the line where the checker stands (a ratchet): a change that makes it worse
fails; one that makes it better should move the line here.
"""

from __future__ import annotations

from collections import Counter

import _bench
import pytest
import yaml

BENCHMARK = _bench.load("bench_new_facts")
if not BENCHMARK.CORPUS.is_dir():
    pytest.skip("the shared corpora (../shared/corpora) are not beside this checkout",
                allow_module_level=True)

FIXTURES = BENCHMARK.ROOT / "tests" / "fixtures" / "matching"
#: Each round's fixture, with how many checks it labels and how many variants it holds.
ROUNDS = {"round-8": (FIXTURES / "new_facts.yaml", 754, 78),
          "round-9": (FIXTURES / "new_facts_r9.yaml", 612, 81),
          "round-10": (FIXTURES / "new_facts_r10.yaml", 475, 60),
          "round-11": (FIXTURES / "new_facts_r11.yaml", 55, 12),
          "round-12": (FIXTURES / "new_facts_r12.yaml", 885, 60),
          "round-13": (FIXTURES / "new_facts_r13.yaml", 762, 72),
          "round-14": (FIXTURES / "new_facts_r14.yaml", 635, 60),
          "round-15": (FIXTURES / "new_facts_r15.yaml", 635, 48),
          "round-16": (FIXTURES / "new_facts_r16.yaml", 635, 60),
          "round-17": (FIXTURES / "new_facts_r17.yaml", 635, 60),
          "round-18": (FIXTURES / "new_facts_r18.yaml", 635, 60),
          "round-19": (FIXTURES / "new_facts_r19.yaml", 635, 60),
          "round-20": (FIXTURES / "new_facts_r20.yaml", 635, 60),
          "round-21": (FIXTURES / "new_facts_r21.yaml", 635, 60),
          "round-22": (FIXTURES / "new_facts_r22.yaml", 635, 60),
          "round-23": (FIXTURES / "new_facts_r23.yaml", 635, 60),
          "round-24": (FIXTURES / "new_facts_r24.yaml", 635, 60),
          "round-25": (FIXTURES / "new_facts_r25.yaml", 635, 60),
          "round-26": (FIXTURES / "new_facts_r26.yaml", 635, 60),
          "round-27": (FIXTURES / "new_facts_r27.yaml", 635, 60),
          "round-28": (FIXTURES / "new_facts_r28.yaml", 635, 60),
          "round-29": (FIXTURES / "new_facts_r29.yaml", 635, 60),
          "round-30": (FIXTURES / "new_facts_r30.yaml", 635, 60),
          "round-31": (FIXTURES / "new_facts_r31.yaml", 635, 60),
          "round-32": (FIXTURES / "new_facts_r32.yaml", 635, 60),
          "round-33": (FIXTURES / "new_facts_r33.yaml", 635, 60),
          "round-34": (FIXTURES / "new_facts_r34.yaml", 635, 60),
          "round-35": (FIXTURES / "new_facts_r35.yaml", 635, 60),
          "round-36": (FIXTURES / "new_facts_r36.yaml", 635, 60),
          "round-37": (FIXTURES / "new_facts_r37.yaml", 635, 60),
          "round-38": (FIXTURES / "new_facts_r38.yaml", 635, 60),
          "round-39": (FIXTURES / "new_facts_r39.yaml", 635, 60),
          "round-40": (FIXTURES / "new_facts_r40.yaml", 635, 60),
          "round-41": (FIXTURES / "new_facts_r41.yaml", 635, 60),
          "round-42": (FIXTURES / "new_facts_r42.yaml", 635, 60),
          "round-43": (FIXTURES / "new_facts_r43.yaml", 635, 60),
          "round-44": (FIXTURES / "new_facts_r44.yaml", 635, 60),
          "round-45": (FIXTURES / "new_facts_r45.yaml", 635, 60),
          "round-46": (FIXTURES / "new_facts_r46.yaml", 635, 60),
          "round-47": (FIXTURES / "new_facts_r47.yaml", 635, 60),
          "round-48": (FIXTURES / "new_facts_r48.yaml", 635, 60),
          "round-49": (FIXTURES / "new_facts_r49.yaml", 635, 60),
          "round-50": (FIXTURES / "new_facts_r50.yaml", 635, 60),
          "round-51": (FIXTURES / "new_facts_r51.yaml", 635, 60),
          "round-52": (FIXTURES / "new_facts_r52.yaml", 635, 60),
          "round-53": (FIXTURES / "new_facts_r53.yaml", 635, 60),
          "round-54": (FIXTURES / "new_facts_r54.yaml", 635, 60),
          "round-55": (FIXTURES / "new_facts_r55.yaml", 635, 60),
          "round-56": (FIXTURES / "new_facts_r56.yaml", 635, 60),
          "round-57": (FIXTURES / "new_facts_r57.yaml", 635, 60),
          "round-58": (FIXTURES / "new_facts_r58.yaml", 635, 60),
          "round-59": (FIXTURES / "new_facts_r59.yaml", 635, 60),
          "round-60": (FIXTURES / "new_facts_r60.yaml", 635, 60),
          "round-61": (FIXTURES / "new_facts_r61.yaml", 635, 60)}
#: Measured: (checks failing for nothing, consistent statements found, real discrepancies
#: caught, drifts caught, harmless variants failing), with the new facts alone and beside
#: the stories' existing facts. Variants of a fact whose original check fails already are
#: not counted in either. Rounds 12 to 61 restate the stories' own figures, so beside
#: them two facts would compete for one figure: they are held alone. Each variant sits
#: beside its original, as a desk's rewrite sits beside the wire copy, so a drift in a
#: sentence the original states the fact in is caught by its echo (checks/matching/echoes.py).
LINES = {
    ("round-8", False): (4, 208, 18, 47, 0),
    ("round-8", True): (3, 200, 17, 45, 0),
    ("round-9", False): (2, 143, 0, 40, 0),
    ("round-9", True): (2, 142, 0, 40, 0),
    ("round-10", False): (10, 73, 2, 27, 0),
    ("round-10", True): (5, 73, 2, 27, 0),
    ("round-11", False): (1, 18, 0, 8, 0),
    ("round-11", True): (0, 18, 0, 8, 0),
    ("round-12", False): (2, 437, 13, 36, 0),
    ("round-13", False): (1, 368, 19, 44, 0),
    # two of these failures came with reading the shorthand "Jeffs was 55 when a Texas jury
    # convicted him" as an age (which found 18 more statements): 2010 articles' "54", a
    # younger age, which `_age_since` keeps failing where, as here, no fact dates the
    # conviction (rounds 13 and 15 date it, and there the earlier "54" is let be)
    ("round-14", False): (3, 327, 11, 32, 0),
    # round 15 went from 6 to 7 when a count of mere people had to say what the claim's toll
    # noun tells ("made more than 50 arrests"): "nearly 100 people set off from the vigil
    # site" no longer goes to the arrests and fails the vigil's 200, which it never stated;
    # round 16 lost two such failures for it (round 15 is back to 6 by another fix)
    ("round-15", False): (4, 282, 20, 33, 0),
    ("round-16", False): (1, 269, 27, 29, 0),
    ("round-17", False): (0, 267, 10, 24, 0),
    ("round-18", False): (2, 262, 10, 28, 0),
    ("round-19", False): (1, 279, 8, 22, 1),
    ("round-20", False): (2, 252, 11, 16, 0),
    ("round-21", False): (4, 261, 7, 16, 0),
    ("round-22", False): (0, 243, 15, 17, 0),
    ("round-23", False): (3, 259, 13, 21, 0),
    ("round-24", False): (1, 290, 13, 21, 0),
    ("round-25", False): (0, 220, 21, 22, 0),
    ("round-26", False): (1, 220, 16, 23, 0),
    ("round-27", False): (1, 204, 17, 24, 0),
    ("round-28", False): (1, 156, 5, 23, 0),
    ("round-29", False): (3, 218, 16, 23, 2),
    # round 30 went from 16 to 14 real discrepancies when "his 2011 Texas trial" became a
    # year (it was a count of 2,011 Texases): the claim's 2011 now dates its age, so 2010
    # articles' "Jeffs, 54" is his age in 2010, which round 30's writer labelled a stale
    # figure and round 31's (whose two failures it ends) did not
    ("round-30", False): (1, 175, 15, 19, 2),
    ("round-31", False): (1, 229, 16, 23, 0),
    ("round-32", False): (4, 199, 14, 23, 2),
    ("round-33", False): (1, 234, 23, 23, 1),
    ("round-34", False): (0, 219, 14, 24, 0),
    ("round-35", False): (1, 223, 16, 23, 0),
    ("round-36", False): (1, 246, 16, 24, 2),
    ("round-37", False): (0, 228, 16, 24, 0),
    ("round-38", False): (1, 234, 17, 23, 0),
    ("round-39", False): (1, 232, 18, 24, 2),
    ("round-40", False): (0, 291, 14, 19, 0),
    ("round-41", False): (7, 196, 14, 16, 0),
    ("round-42", False): (0, 258, 13, 23, 0),
    ("round-43", False): (1, 244, 9, 21, 0),
    ("round-44", False): (2, 215, 15, 18, 0),
    ("round-45", False): (2, 250, 18, 22, 0),
    ("round-46", False): (1, 227, 12, 20, 0),
    ("round-47", False): (1, 272, 13, 23, 0),
    ("round-48", False): (0, 224, 13, 20, 0),
    ("round-49", False): (5, 218, 16, 21, 0),
    ("round-50", False): (4, 200, 12, 20, 2),
    ("round-51", False): (3, 240, 11, 20, 0),
    ("round-52", False): (0, 258, 11, 21, 0),
    ("round-53", False): (0, 258, 21, 9, 0),
    ("round-54", False): (0, 286, 14, 35, 0),
    ("round-55", False): (0, 256, 10, 16, 0),
    ("round-56", False): (0, 275, 14, 24, 0),
    ("round-57", False): (0, 278, 13, 19, 0),
    ("round-58", False): (2, 224, 12, 18, 0),
    ("round-59", False): (2, 201, 12, 15, 0),
    ("round-60", False): (2, 208, 12, 20, 0),
    ("round-61", False): (2, 181, 13, 15, 0),
}
Key = tuple[str, bool]


@pytest.fixture(scope="module", params=list(LINES), ids=[f"{r}-{'with-existing' if c else 'alone'}"
                                                          for r, c in LINES])
def measured(request: pytest.FixtureRequest) -> tuple[Key, Counter[str]]:
    round_, complete = request.param
    counts, _ = BENCHMARK.evaluate(with_existing=complete, labels=ROUNDS[round_][0])
    return request.param, counts


def test_checks_fail_for_nothing_no_more_often(measured: tuple[Key, Counter[str]]) -> None:
    key, counts = measured
    nothing = counts["consistent -> discrepancy"] + counts["not_mentioned -> discrepancy"]
    assert nothing <= LINES[key][0]
    assert counts["harmless failing"] <= LINES[key][4]


def test_statements_and_discrepancies_are_found_as_often(
        measured: tuple[Key, Counter[str]]) -> None:
    key, counts = measured
    _, consistent, real, drifts, _ = LINES[key]
    assert counts["consistent -> consistent"] >= consistent
    assert counts["discrepancy -> discrepancy"] >= real
    assert counts["drift failing"] >= drifts


def test_every_check_is_labelled_and_run(measured: tuple[Key, Counter[str]]) -> None:
    """Every label is scored or its fact's value counted as refused by the loader."""
    (round_, _), counts = measured
    _, checks, variants = ROUNDS[round_]
    scored = counts["consistent"] + counts["discrepancy"] + counts["not_mentioned"]
    assert scored + counts["refused"] == checks
    assert counts["drift"] + counts["harmless"] + counts["refused variants"] + counts[
        "variants of a failing fact"] == variants


@pytest.mark.parametrize("round_", list(ROUNDS))
def test_every_round_is_well_formed(round_: str) -> None:
    """Every (article, fact) pair labelled once, figures named, each variant's snippet
    found once (benchmarks/check_round.py); the only problems left are values the loader
    refuses, which the README lists."""
    check = _bench.load("check_round")
    folders = yaml.safe_load(ROUNDS[round_][0].read_text(encoding="utf-8"))["folders"]
    found = [line for folder in folders for line in check.problems(folder)]
    assert [line for line in found if ": fact " not in line] == []
