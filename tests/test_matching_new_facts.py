"""The checker on facts written by someone who never ran it, through the engine.

The scoring lives in benchmarks/bench_new_facts.py (`--errors` lists each error). These
tests hold the line where the checker stands (a ratchet): a change that makes it worse
fails; one that makes it better should move the line here.
"""

from __future__ import annotations

from collections import Counter

import _bench
import pytest

BENCHMARK = _bench.load("bench_new_facts")
if not BENCHMARK.CORPUS.is_dir():
    pytest.skip("the shared corpora (../shared/corpora) are not beside this checkout",
                allow_module_level=True)

#: Measured: (checks failing for nothing, consistent statements found, real discrepancies
#: caught, drifts caught, harmless variants failing), with the new facts alone and beside
#: the stories' existing facts.
LINES = {
    False: (28, 167, 14, 38, 2),
    True: (17, 163, 13, 35, 2),
}


@pytest.fixture(scope="module", params=[False, True], ids=["new-facts-alone", "with-existing"])
def measured(request: pytest.FixtureRequest) -> tuple[bool, Counter[str]]:
    counts, _ = BENCHMARK.evaluate(with_existing=request.param)
    return request.param, counts


def test_checks_fail_for_nothing_no_more_often(measured: tuple[bool, Counter[str]]) -> None:
    complete, counts = measured
    nothing = counts["consistent -> discrepancy"] + counts["not_mentioned -> discrepancy"]
    assert nothing <= LINES[complete][0]
    assert counts["harmless failing"] <= LINES[complete][4]


def test_statements_and_discrepancies_are_found_as_often(
        measured: tuple[bool, Counter[str]]) -> None:
    complete, counts = measured
    _, consistent, real, drifts, _ = LINES[complete]
    assert counts["consistent -> consistent"] >= consistent
    assert counts["discrepancy -> discrepancy"] >= real
    assert counts["drift failing"] >= drifts


def test_every_check_is_labelled_and_run(measured: tuple[bool, Counter[str]]) -> None:
    _, counts = measured
    assert counts["consistent"] + counts["discrepancy"] + counts["not_mentioned"] == 754
    assert counts["drift"] + counts["harmless"] == 78
