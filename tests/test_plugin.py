"""The plugin end to end, through pytester, on small stories of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

WIRE = """\
MOSCOW (AP) — Russia has massed some 100,000 troops near its border with Ukraine, officials said.

The Kremlin denied any plan to invade.
"""
STALE = """\
Ukraine said it had identified 106,000 Russian troops near its border with Ukraine.
"""
SILENT = """\
The talks ended without agreement, and both sides said they would meet again.
"""
STORY = """\
story: A test story
articles:
  - ../articles/*
facts:
  troop-buildup:
    claim: Russia has massed about 100,000 troops near its border with Ukraine.
    value: about 100,000 troops
    tolerance: 3%
"""


@pytest.fixture
def story(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.mkdir("articles")
    pytester.mkdir("claims")
    (pytester.path / "articles" / "wire.txt").write_text(WIRE)
    (pytester.path / "articles" / "stale.txt").write_text(STALE)
    (pytester.path / "articles" / "silent.txt").write_text(SILENT)
    (pytester.path / "claims" / "story.yaml").write_text(STORY)
    return pytester


def test_one_item_per_fact_and_article(story: pytest.Pytester) -> None:
    result = story.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "claims/story.yaml::troop-buildup[silent.txt]",
        "claims/story.yaml::troop-buildup[stale.txt]",
        "claims/story.yaml::troop-buildup[wire.txt]",
    ])


def test_outcomes_and_failure_report(story: pytest.Pytester) -> None:
    result = story.runpytest("-rfs")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    result.stdout.fnmatch_lines([
        "*stale.txt says 106,000 Russian troops; the fact says about 100,000 troops "
        "(+6.0%, tolerance 3%)",
        "*articles/stale.txt:1",
        "*«106,000 Russian troops»*",
        "*fact troop-buildup (claims/story.yaml:5): Russia has massed about 100,000 troops*",
        "FAILED claims/story.yaml::troop-buildup[[]stale.txt[]] - stale.txt says 106,000*",
        "SKIPPED [[]1[]] claims/story.yaml:5: not mentioned",
    ])
    assert "Traceback" not in result.stdout.str()
    assert "checks/" not in result.stdout.str()


def test_keyword_selection(story: pytest.Pytester) -> None:
    result = story.runpytest("-k", "wire")
    result.assert_outcomes(passed=1)
    result = story.runpytest("-k", "troop")
    result.assert_outcomes(passed=1, failed=1, skipped=1)


def test_verbose_pass_shows_the_matched_figure(story: pytest.Pytester) -> None:
    result = story.runpytest("-v", "-k", "wire")
    result.stdout.fnmatch_lines(["*troop-buildup[[]wire.txt[]] PASSED (line 1: MOSCOW (AP) — "
                                 "Russia has massed «some 100,000 troops» near its border with "
                                 "Ukraine,…)*"])


def test_required_fact_not_mentioned_fails(story: pytest.Pytester) -> None:
    (story.path / "claims" / "story.yaml").write_text(STORY + "    required: true\n")
    result = story.runpytest("-k", "silent")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*not mentioned in silent.txt*"])


def test_unreadable_article_errors_alone(story: pytest.Pytester) -> None:
    (story.path / "articles" / "broken.json").write_text('{"title": "x", "text": ')
    result = story.runpytest()
    result.assert_outcomes(passed=1, failed=1, skipped=1, errors=1)
    result.stdout.fnmatch_lines(["*cannot read articles/broken.json: *"])
    assert "Traceback" not in result.stdout.str()


def test_bad_claims_file_is_a_collection_error_and_others_run(story: pytest.Pytester) -> None:
    (story.path / "claims" / "typo.yaml").write_text("articles: ../articles/*\nfact:\n  a: 1\n")
    result = story.runpytest()
    result.stdout.fnmatch_lines([
        "*claims/typo.yaml:2:1: unknown key `fact` at the top of a claims file; "
        "did you mean `facts`?*",
    ])
    result.assert_outcomes(passed=1, failed=1, skipped=1, errors=1)
    assert "Traceback" not in result.stdout.str()


def test_a_fact_that_cannot_be_used_errors_alone(story: pytest.Pytester) -> None:
    """One unreadable value is that fact's error, at its line; the file's other facts run."""
    (story.path / "claims" / "story.yaml").write_text(
        STORY + "  caliber:\n    claim: He fired a .38 caliber revolver.\n"
        "    value: .38 caliber\n")
    result = story.runpytest("-v", "--claims-json=report.json")
    result.assert_outcomes(passed=1, failed=1, skipped=1, errors=1)
    result.stdout.fnmatch_lines([
        "claims/story.yaml::troop-buildup[[]wire.txt[]] PASSED*",
        "claims/story.yaml::caliber ERROR*",
        "*claims/story.yaml:11:5: cannot read `value:` '.38 caliber' as one figure*",
        "*claims: 1 consistent, 1 discrepancy, 1 not mentioned, 1 error*",
    ])
    assert "Traceback" not in result.stdout.str()
    results = json.loads((story.path / "report.json").read_text())["results"]
    (problem,) = [r for r in results if r["status"] == "error"]
    assert (problem["fact"], problem["article"]) == ("caliber", "")
    assert problem["message"].startswith("claims/story.yaml:11:5: cannot read `value:`")


def test_facts_worded_alike_are_named_with_what_would_tell_them_apart(
        story: pytest.Pytester) -> None:
    """A figure that ties between two facts states neither; the summary says which facts
    tie, and in how many articles, so that the editor can word them apart."""
    (story.path / "articles" / "wire.txt").write_text(
        "Russia has massed 130,000 troops near its border with Ukraine, officials said.\n")
    (story.path / "claims" / "story.yaml").write_text(STORY.replace("    tolerance: 3%\n", "") + (
        "  troop-plan:\n"
        "    claim: Russia plans to mass about 175,000 troops near its border with Ukraine.\n"
        "    value: about 175,000 troops\n"))
    result = story.runpytest("-rfs")
    result.stdout.fnmatch_lines([
        "*claims: *",
        "claims/story.yaml: troop-buildup and troop-plan tie for a figure in 1 article: give "
        "one of them `context:` or `exclude:` words that tell them apart",
    ])
    (story.path / "claims" / "story.yaml").write_text(STORY)
    assert "tie for a figure" not in story.runpytest().stdout.str()


def test_yaml_outside_claims_dirs_is_ignored(story: pytest.Pytester) -> None:
    story.mkdir("config")
    (story.path / "config" / "settings.yaml").write_text("not: [a claims file\n")
    result = story.runpytest("config")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_claims_dirs_ini_option(story: pytest.Pytester) -> None:
    (story.path / "claims").rename(story.path / "facts")
    story.makeini("[pytest]\nclaims_dirs = facts\n")
    result = story.runpytest()
    result.assert_outcomes(passed=1, failed=1, skipped=1)


def test_json_report(story: pytest.Pytester) -> None:
    story.runpytest("--claims-json=out/report.json")
    data = json.loads((story.path / "out" / "report.json").read_text())
    assert data["version"] == 1
    by_article = {r["article"]: r for r in data["results"]}
    assert set(by_article) == {"articles/silent.txt", "articles/stale.txt", "articles/wire.txt"}
    stale = by_article["articles/stale.txt"]
    assert stale["claims_file"] == "claims/story.yaml"
    assert stale["fact"] == "troop-buildup"
    assert stale["status"] == "discrepancy"
    assert stale["expected"] == "about 100,000 troops"
    assert stale["claim"].startswith("Russia has massed")
    mention = stale["mentions"][0]
    assert mention["text"] == "106,000 Russian troops"
    assert mention["line"] == 1
    assert mention["verdict"] == "discrepancy"
    assert mention["delta"] == "+6.0%"
    assert "troops" in mention["reason"]
    assert by_article["articles/silent.txt"]["status"] == "not_mentioned"
    assert by_article["articles/wire.txt"]["status"] == "consistent"


def test_xdist_gives_the_same_results(story: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    story.runpytest("--claims-json=serial.json")
    result = story.runpytest("-n", "2", "--claims-json=parallel.json")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    serial = json.loads((story.path / "serial.json").read_text())
    parallel = json.loads((story.path / "parallel.json").read_text())
    assert parallel == serial


def test_xdist_loadfile_keeps_each_claims_file_on_one_worker(story: pytest.Pytester) -> None:
    """The README's advice: under `--dist loadfile` a story is matched by one worker only."""
    pytest.importorskip("xdist")
    (story.path / "claims" / "other.yaml").write_text(STORY)
    story.runpytest("--claims-json=serial.json")
    result = story.runpytest("-n", "2", "--dist", "loadfile", "-v", "--claims-json=lf.json")
    result.assert_outcomes(passed=2, failed=2, skipped=2)
    workers: dict[str, set[str]] = {}
    for line in result.outlines:
        if line.startswith("[gw") and "claims/" in line:
            path = line.split("claims/", 1)[1].split("::", 1)[0]
            workers.setdefault(path, set()).add(line.split("]", 1)[0])
    assert workers.keys() == {"story.yaml", "other.yaml"}
    assert all(len(ids) == 1 for ids in workers.values()), workers
    assert json.loads((story.path / "lf.json").read_text()) == json.loads(
        (story.path / "serial.json").read_text())


def test_junit_xml(story: pytest.Pytester) -> None:
    story.runpytest("--junitxml=junit.xml")
    xml = (story.path / "junit.xml").read_text()
    assert 'name="troop-buildup[stale.txt]"' in xml
    assert "stale.txt says 106,000 Russian troops" in xml


def test_checker_writes_nothing_into_claims_or_articles(story: pytest.Pytester) -> None:
    before = {p: p.read_bytes() for p in Path(story.path).rglob("*") if p.is_file()}
    story.runpytest("-p", "no:cacheprovider")
    after = {p: p.read_bytes() for p in Path(story.path).rglob("*") if p.is_file()}
    assert after == before
