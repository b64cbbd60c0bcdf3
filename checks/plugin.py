"""The pytest plugin: one check per (fact, article), a thin door onto the engine.

Registered through the `pytest11` entry point, so `pytest` in any repository with a
`claims/` folder runs its facts once the package is installed. Hooks appear in the order
pytest calls them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checks import report
from checks.articles import MAX_BYTES, Article, ArticleError
from checks.claims import ClaimsError, load_story
from checks.engine import Checker, unreadable
from checks.facts import ArticleSource, Fact, Story, Verdict

RESULT_KEY = "claims_result"
PASSED_KEY = "claims_passed"


class ClaimsRun:
    """Plugin state for one pytest run: the engine and the results seen so far."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.root = Path(config.rootpath)
        self.checker = Checker(max_bytes=_max_bytes(config))
        self.dirs = set(config.getini("claims_dirs") or ["claims"])
        self.allow_outside = bool(config.getini("claims_allow_outside_root"))
        self.json_path: str | None = config.getoption("claims_json")
        self.results: dict[str, dict[str, Any]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gather each check's result where reports arrive (the controller under xdist)."""
        for key, value in report.user_properties:
            if key == RESULT_KEY:
                self.results[report.nodeid] = json.loads(value)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Count the verdicts in one line, and say where the JSON report went."""
        if not self.results:
            return
        counts: dict[str, int] = {}
        for result in self.results.values():
            counts[result["status"]] = counts.get(result["status"], 0) + 1
        parts = [f"{counts.get(s, 0)} {s.replace('_', ' ')}"
                 for s in ("consistent", "discrepancy", "not_mentioned", "error")]
        terminalreporter.write_sep("-", "claims: " + ", ".join(parts))
        for line in report.ties(self.results.values()):
            terminalreporter.write_line(line)
        if self.json_path and not self.is_worker:
            terminalreporter.write_line(f"claims report written to {self._json_target()}")

    def pytest_sessionfinish(self) -> None:
        """Write the JSON report once, on the controller (never on an xdist worker)."""
        if self.json_path and not self.is_worker:
            report.write_json(self._json_target(), self.results.values())

    @property
    def is_worker(self) -> bool:
        return hasattr(self.config, "workerinput")

    def _json_target(self) -> Path:
        assert self.json_path is not None
        return Path(self.config.invocation_params.dir) / self.json_path

    def is_claims_file(self, path: Path) -> bool:
        if path.suffix not in (".yaml", ".yml"):
            return False
        try:
            parts = path.resolve().relative_to(self.root.resolve()).parts[:-1]
        except ValueError:
            parts = path.parts[:-1]
        return any(part in self.dirs for part in parts)


run_key = pytest.StashKey[ClaimsRun]()


def _max_bytes(config: pytest.Config) -> int:
    raw = str(config.getini("claims_max_article_bytes") or MAX_BYTES)
    try:
        return int(float(raw))
    except ValueError:
        raise pytest.UsageError(
            f"claims_max_article_bytes = {raw!r}: give a number of bytes, e.g. 20000000"
        ) from None


def pytest_addoption(parser: pytest.Parser) -> None:
    """https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_addoption"""
    group = parser.getgroup("claims", "claim consistency of news articles")
    group.addoption("--claims-json", metavar="PATH", default=None,
                    help="write every (fact, article) result as JSON to PATH at the end")
    parser.addini("claims_dirs", type="args", default=["claims"],
                  help="directory names whose YAML files are claims files (default: claims)")
    parser.addini("claims_max_article_bytes", default=str(MAX_BYTES),
                  help=f"largest article file read, in bytes (default: {MAX_BYTES})")
    parser.addini("claims_allow_outside_root", type="bool", default=False,
                  help="let article globs point outside the rootdir (default: false)")


def pytest_configure(config: pytest.Config) -> None:
    """https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_configure

    Builds the one object that holds the run's state and registers its hooks.
    """
    run = ClaimsRun(config)
    config.stash[run_key] = run
    config.pluginmanager.register(run, "claims-run")


def pytest_unconfigure(config: pytest.Config) -> None:
    """https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_unconfigure"""
    run = config.stash.get(run_key, None)
    if run is not None:
        config.pluginmanager.unregister(run)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ClaimsFile | None:
    """https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_collect_file"""
    run = parent.config.stash[run_key]
    if run.is_claims_file(file_path):
        return ClaimsFile.from_parent(parent, path=file_path)
    return None


class ClaimsFile(pytest.File):
    """A claims file: collects one FactCheck per (fact, article)."""

    def collect(self) -> Iterator[pytest.Item]:
        run = self.config.stash[run_key]
        try:
            story = load_story(self.path, root=run.root, allow_outside=run.allow_outside)
        except ClaimsError as error:
            # An error item, not a collection error: pytest would stop the whole run on
            # one, and an editor's typo must not stop every other claims file.
            yield InvalidClaims.from_parent(self, name="claims-file", error=error)
            return
        articles = [(source, name) for source in story.sources
                    for name in _names(run.checker, source)]
        for entry in sorted((*story.facts, *story.problems), key=lambda e: e.line):
            if isinstance(entry, ClaimsError):  # a fact that cannot be used; the rest run
                yield InvalidClaims.from_parent(self, name=entry.fact, error=entry)
                continue
            for source, name in articles:
                yield FactCheck.from_parent(self, name=f"{entry.id}[{name}]", story=story,
                                            fact=entry, source=source, article_name=name)


def _claims_message(error: ClaimsError, root: Path) -> str:
    where = report.relative(error.path, root)
    if error.line:
        where += f":{error.line}:{error.column}"
    return f"{where}: {error.reason}"


def _names(checker: Checker, source: ArticleSource) -> list[str]:
    found = checker.articles(source)
    if isinstance(found, ArticleError):
        return [source.path.name]
    return [article.name for article in found]


class InvalidClaims(pytest.Item):
    """Stands for a claims file, or one of its facts, that cannot be used: errors with
    what to fix, at the line to fix."""

    def __init__(self, *, error: ClaimsError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error
        self.message = _claims_message(error, self.config.stash[run_key].root)

    def setup(self) -> None:
        result = report.problem_result(self.path, self.error.fact, self.message,
                                       self.config.stash[run_key].root)
        self.user_properties.append((RESULT_KEY, json.dumps(result, ensure_ascii=False)))
        pytest.fail(self.message, pytrace=False)

    def runtest(self) -> None:  # pragma: no cover - setup() always fails
        raise AssertionError(self.message)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, max(self.error.line - 1, 0), self.error.fact or "claims file"


class FactCheck(pytest.Item):
    """Does one article state one fact consistently?"""

    def __init__(self, *, story: Story, fact: Fact, source: ArticleSource, article_name: str,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.story, self.fact, self.source, self.article_name = story, fact, source, article_name

    def setup(self) -> None:
        found = self.run.checker.articles(self.source)
        if isinstance(found, ArticleError):
            verdict = _error_verdict(self.fact, self.source.path, found.reason, self.run.root)
        elif self.article.problem:  # one post of a multi-post file; its siblings run
            verdict = _error_verdict(self.fact, self.source.path, self.article.problem,
                                     self.run.root, self.article_name)
        else:
            return
        self._record(verdict)
        pytest.fail(verdict.message, pytrace=False)

    def runtest(self) -> None:
        verdict = self.verdict()
        self._record(verdict)
        if verdict.status == "discrepancy":
            raise Discrepancy(report.explain(verdict, self.run.root))
        if verdict.status == "not_mentioned":
            if self.fact.required:
                raise Discrepancy(report.explain(verdict, self.run.root))
            # Reported at the fact's line in the claims file, not at this line.
            raise pytest.skip.Exception("not mentioned", _use_item_location=True)
        self.user_properties.append((PASSED_KEY, report.passed_word(verdict)))

    @property
    def article(self) -> Article:
        found = self.run.checker.articles(self.source)
        assert not isinstance(found, ArticleError)  # setup() stopped those
        return next(a for a in found if a.name == self.article_name)

    def verdict(self) -> Verdict:
        return self.run.checker.verdicts(self.story, self.article)[self.fact.id]

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str | Any:
        if isinstance(excinfo.value, Discrepancy):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, max(self.fact.line - 1, 0), f"{self.fact.id}[{self.article_name}]"

    @property
    def run(self) -> ClaimsRun:
        return self.config.stash[run_key]

    def _record(self, verdict: Verdict) -> None:
        result = report.result(verdict, self.run.root)
        self.user_properties.append((RESULT_KEY, json.dumps(result, ensure_ascii=False)))


def _error_verdict(fact: Fact, path: Path, reason: str, root: Path,
                   name: str | None = None) -> Verdict:
    return unreadable(fact, path, reason, name, shown=report.relative(path, root))


class Discrepancy(Exception):
    """Raised by a check whose article states the fact inconsistently (no traceback shown)."""


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config
                             ) -> tuple[str, str, tuple[str, dict[str, bool]]] | None:
    """https://docs.pytest.org/en/stable/reference/reference.html#pytest.hookspec.pytest_report_teststatus

    Under `-v`, a passing check says which figure it matched and where.
    """
    if report.when != "call" or not report.passed:
        return None
    for key, value in report.user_properties:
        if key == PASSED_KEY:
            return "passed", ".", (value, {"green": True})
    return None
