"""Bad inputs through the real plugin: each gets its exact message, and the run goes on.

Two pytester projects hold the corpus: one with a bad claims file per case (plus good
ones that must still run), one with a bad article per case under a valid story. Each
project runs once (cached for the module); each case then asserts its own message line,
fnmatch-exact, and its JSON result. Security and determinism checks close the file.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import socketserver
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

WIRE = (
    "MOSCOW (AP) — Russia has massed some 100,000 troops near its border with Ukraine, "
    "officials said.\n\nThe Kremlin denied any plan to invade.\n"
)
FACT = (
    "facts:\n  troop-buildup:\n"
    "    claim: Russia has massed about 100,000 troops near its border with Ukraine.\n"
    "    value: about 100,000 troops\n"
)
A = "articles: ../articles/wire.txt\n"
T = "  a: Russia has massed about 100,000 troops near its border.\n"
F = A + "facts:\n"

# --- the claims corpus: (name, content, what follows `claims/<name>.yaml`) -----------------

CLAIMS_CASES: list[tuple[str, str | bytes, str]] = [
    # YAML syntax
    ("syntax-indent", F + T + " b: 200 troops.\n",
     ":4:2: YAML syntax error: this line is indented differently from the lines above it: "
     "align it with its siblings"),
    ("syntax-unclosed-bracket", "articles: [../articles/wire.txt\nfacts:\n" + T,
     ":2:6: YAML syntax error: the [ at line 1, column 11 is never closed: add ]"),
    ("syntax-unclosed-brace", A + "facts: {a: 100 troops.\n",
     ":3:1: YAML syntax error: the { at line 2, column 8 is never closed: add }"),
    ("syntax-tab", F + "\ta: 100 troops.\n",
     ":3:1: YAML syntax error: a tab character: indent with spaces, never tabs"),
    ("syntax-unclosed-quote", F + '  a: "100 troops.\n',
     ":4:1: YAML syntax error: the quote at line 3, column 6 is never closed: "
     "add the same quote"),
    ("syntax-colon-in-text", F + "  a: Talks: 100 troops.\n",
     ":3:11: YAML syntax error: a `: ` where no key can start: check this line's "
     "indentation, or put text holding ': ' in quotes"),
    ("syntax-two-documents", F + T + "---\nfacts: {}\n",
     ":4:1: YAML syntax error: a second YAML document (`---`): a claims file holds one"),
    ("syntax-undefined-alias", F + "  a: *nowhere\n",
     ":3:6: YAML syntax error: found undefined alias 'nowhere'; check indentation, quotes "
     "and brackets"),
    ("control-character", F + '  a: "100 troops\x00"\n',
     ":3:17: control character U+0000 is not allowed in a claims file: remove it"),
    ("nested-too-deeply", F + "  a: " + "[" * 3000 + "]" * 3000 + "\n",
     ": nested too deeply to read: a claims file is a few levels of mappings and lists"),
    ("not-utf8", (F + "  a: Caf\xe9 owners counted 100 troops.\n").encode("latin-1"),
     ":3:9: not UTF-8 text (byte 46): save the claims file as UTF-8"),
    ("utf16", ("\ufeff" + F + T).encode("utf-16"),
     ":1:1: not UTF-8 text (byte 0): save the claims file as UTF-8"),
    # duplicate keys
    ("duplicate-top-key", A + A + "facts:\n" + T,
     ":2:1: duplicate key 'articles' (first at line 1); YAML would silently keep only the "
     "last one: remove or rename one of them"),
    ("duplicate-fact-id", F + T + T,
     ":4:3: duplicate key 'a' (first at line 3); YAML would silently keep only the last "
     "one: remove or rename one of them"),
    ("duplicate-key-in-fact", F + "  a:\n    claim: 100 troops.\n    claim: 200 troops.\n",
     ":5:5: duplicate key 'claim' (first at line 4); YAML would silently keep only the "
     "last one: remove or rename one of them"),
    ("duplicate-id-number-and-text", F + "  1: 100 troops.\n  '1': 200 troops.\n",
     ":4:3: duplicate key '1' (first at line 3); YAML would silently keep only the last "
     "one: remove or rename one of them"),
    # unknown keys
    ("unknown-top-key", A + "fact:\n" + T,
     ":2:1: unknown key `fact` at the top of a claims file; did you mean `facts`?"),
    ("unknown-fact-key", F + "  a:\n    claim: 100 troops.\n    tolerence: 3%\n",
     ":5:5: unknown key `tolerence` in fact `a`; did you mean `tolerance`?"),
    ("unknown-article-key", "articles:\n  - {pth: ../articles/wire.txt}\nfacts:\n" + T,
     ":2:6: unknown key `pth` in an `articles:` entry; did you mean `path`?"),
    ("unknown-key-far-off", F + T + "colour: red\n",
     ":4:1: unknown key `colour` at the top of a claims file; valid keys: version, story, "
     "articles, facts, aliases"),
    ("merge-key", F + "  a:\n    <<: {claim: 100 troops.}\n",
     ":4:5: YAML merge keys (`<<`) are not supported: write each key out"),
    ("key-not-a-word", F + "  ? [a, b]\n  : 100 troops.\n", ":3:5: a key must be a plain word"),
    # wrong types
    ("facts-as-list", A + "facts:\n  - 100 troops.\n",
     ":2:1: `facts:` maps a fact id to its claim, e.g. `call-length: The call lasted 50 "
     "minutes.`"),
    ("fact-is-a-number", F + "  a: 42\n",
     ":3:3: fact `a` needs a claim: a sentence, or a mapping with `claim:`"),
    ("claim-is-a-number", F + "  a:\n    claim: 42\n",
     ":3:3: fact `a` needs `claim:`, the fact as one sentence"),
    ("claim-is-empty", F + "  a:\n    claim: ''\n",
     ":3:3: fact `a` needs `claim:`, the fact as one sentence"),
    ("context-is-a-mapping", F + "  a:\n    claim: 100 troops.\n    context: {troops: x}\n",
     ":5:5: `context:` takes a list of words, e.g. `context: [troops, border]`"),
    ("exclude-nested-list", F + "  a:\n    claim: 100 troops.\n    exclude: [[drills]]\n",
     ":5:5: `exclude:` takes a list of words, e.g. `exclude: [troops, border]`"),
    ("aliases-as-list", F + T + "aliases: [call, spoke]\n",
     ":4:1: `aliases:` maps a word to its synonyms, e.g. `call: [spoke, conversation]`"),
    ("alias-synonyms-mapping", F + T + "aliases:\n  call: {spoke: 1}\n",
     ":5:3: `call:` takes a list of words, e.g. `call: [troops, border]`"),
    ("required-yes-string", F + "  a:\n    claim: 100 troops.\n    required: 'yes'\n",
     ":5:5: `required:` is true or false"),
    ("story-as-list", "story: [a, b]\n" + F + T,
     ":1:1: `story:` is the story's title, a line of text"),
    ("value-as-list", F + "  a:\n    claim: 100 troops.\n    value: [100, troops]\n",
     ":5:5: `value:` is a figure with its unit, e.g. `about 100,000 troops`"),
    ("value-as-bool", F + "  a:\n    claim: 100 troops.\n    value: true\n",
     ":5:5: `value:` is a figure with its unit, e.g. `about 100,000 troops`"),
    # shape
    ("empty-file", "", ":1:1: the file is empty: a claims file needs `articles:` and `facts:`"),
    ("comments-only", "# facts to come\n",
     ":1:1: the file is empty: a claims file needs `articles:` and `facts:`"),
    ("a-list", "- articles: ../articles/wire.txt\n",
     ":1:1: a claims file is a mapping with `articles:` and `facts:` at the top"),
    ("a-sentence", "Russia massed 100,000 troops.\n",
     ":1:1: a claims file is a mapping with `articles:` and `facts:` at the top"),
    ("version-2", "version: 2\n" + F + T,
     ":1:1: unknown schema version 2: this checker reads version 1"),
    ("version-as-text", "version: '1'\n" + F + T,
     ":1:1: unknown schema version '1': this checker reads version 1"),
    ("missing-articles", "facts:\n" + T, ":1:1: missing `articles:`"),
    ("missing-facts", A, ":1:1: missing `facts:`"),
    ("facts-empty", A + "facts: {}\n", ":2:1: `facts:` is empty: declare at least one fact"),
    ("facts-null", A + "facts:\n",
     ":2:1: `facts:` maps a fact id to its claim, e.g. `call-length: The call lasted 50 "
     "minutes.`"),
    # articles
    ("articles-empty-list", "articles: []\nfacts:\n" + T,
     ":1:1: `articles:` takes a glob or a list of globs, e.g. `- ../articles/*`"),
    ("articles-a-number", "articles: 5\nfacts:\n" + T,
     ":1:1: `articles:` takes a glob or a list of globs, e.g. `- ../articles/*`"),
    ("article-entry-without-path", "articles:\n  - {date: 2022-01-03}\nfacts:\n" + T,
     ":2:5: an `articles:` entry needs `path:` (a glob)"),
    ("article-date-not-a-date",
     "articles:\n  - {path: ../articles/wire.txt, date: soon}\nfacts:\n" + T,
     ":2:34: `date: soon` is not a date: write it as YYYY-MM-DD, e.g. 2022-01-03"),
    ("article-date-impossible",
     "articles:\n  - {path: ../articles/wire.txt, date: 2022-02-30}\nfacts:\n" + T,
     ":2:40: '2022-02-30' is not a valid date (day is out of range for month): write it as "
     "YYYY-MM-DD"),
    ("glob-matches-nothing", "articles: ../nowhere/*.txt\nfacts:\n" + T,
     ":1:1: article glob '../nowhere/*.txt' matches no file (looked in <ROOT>/claims)"),
    ("glob-names-a-directory", "articles: ../articles/folder.txt\nfacts:\n" + T,
     ":1:1: article glob '../articles/folder.txt' matches no file (looked in <ROOT>/claims)"),
    ("absolute-path", "articles: <OUTSIDE>\nfacts:\n" + T,
     ":1:1: article path '<OUTSIDE>' is absolute: write it relative to the claims file, "
     "inside the repository"),
    ("dotdot-out-of-root", "articles: <UP>\nfacts:\n" + T,
     ":1:1: article glob '<UP>' points outside the repository root <ROOT>; "
     "keep articles inside it (or set claims_allow_outside_root)"),
    ("symlink-out-of-root", "articles: ../links/out.txt\nfacts:\n" + T,
     ":1:1: article glob '../links/out.txt' points outside the repository root <ROOT>; "
     "keep articles inside it (or set claims_allow_outside_root)"),
    # YAML that would construct objects
    ("python-object-apply", F + "  a: !!python/object/apply:os.system [touch pwned]\n",
     ":3:6: YAML tags such as `!!python/...` are not allowed: a claims file is plain data "
     "(text, numbers, lists, mappings)"),
    ("python-name", F + "  a: !!python/name:os.system\n",
     ":3:6: YAML tags such as `!!python/...` are not allowed: a claims file is plain data "
     "(text, numbers, lists, mappings)"),
    ("custom-tag", F + "  a: !include other.yaml\n",
     ":3:6: YAML tags such as `!!python/...` are not allowed: a claims file is plain data "
     "(text, numbers, lists, mappings)"),
    ("alias-bomb", F + "  a:\n    claim: 100 troops.\n    exclude: ["
     + "&a [x, x, x, x, x, x, x, x, x], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], "
     + "&c [*b, *b, *b, *b, *b, *b, *b, *b, *b], &d [*c, *c, *c, *c, *c, *c, *c, *c, *c], "
     + "[*d, *d, *d, *d, *d, *d, *d, *d, *d]]\n",
     ":5:5: `exclude:` takes a list of words, e.g. `exclude: [troops, border]`"),
    # values and tolerances
    ("value-unparsable", F + "  a:\n    claim: Troops massed.\n    value: about lots of troops\n",
     ":5:5: cannot read `value:` 'about lots of troops' as one figure; write a number with "
     "its unit, e.g. `about 100,000 troops`, `50 minutes`, `2022-01-12`"),
    ("value-impossible-date", F + "  a:\n    claim: Talks were held.\n    value: 2022-13-45\n",
     ":5:12: '2022-13-45' is not a valid date (month must be in 1..12): write it as "
     "YYYY-MM-DD"),
    ("value-range-backwards",
     F + "  a:\n    claim: Talks were held.\n    value: 2022-01-10 to 2022-01-09\n",
     ":5:5: `value:` '2022-01-10 to 2022-01-09' ends before it starts"),
    ("value-range-impossible-day",
     F + "  a:\n    claim: Talks were held.\n    value: 2022-02-30 to 2022-03-01\n",
     ":5:5: `value:` '2022-02-30 to 2022-03-01': day is out of range for month"),
    ("value-number-without-unit", F + "  a:\n    claim: Troops massed.\n    value: 7\n",
     ":5:5: `value: 7` in fact `a` has no unit: write it with its unit, e.g. `7 troops`"),
    ("claim-without-figure", F + "  a: Troops massed near the border.\n",
     ":3:3: the claim of fact `a` states no figure: add `value:`, e.g. "
     "`value: about 100,000 troops`"),
    ("claim-with-two-figures", F + "  a: 100 troops and 50 tanks.\n",
     ":3:3: the claim of fact `a` states 2 figures ('100 troops', '50 tanks'): say which "
     "one to check with `value:`"),
    ("tolerance-negative-share", F + "  a:\n    claim: 100 troops.\n    tolerance: -5%\n",
     ":5:5: `tolerance: -5%` makes no sense: a share is between 0% and 100%, e.g. "
     "`tolerance: 5%`"),
    ("tolerance-over-100", F + "  a:\n    claim: 100 troops.\n    tolerance: 150%\n",
     ":5:5: `tolerance: 150%` makes no sense: a share is between 0% and 100%, e.g. "
     "`tolerance: 5%`"),
    ("tolerance-wrong-kind", F + "  a:\n    claim: It lasted 50 minutes.\n    tolerance: 3 tanks\n",
     ":5:5: `tolerance: 3 tanks` does not fit the value '50 minutes': use a share (`3%`) "
     "or an amount of the same kind"),
    ("tolerance-words", F + "  a:\n    claim: 100 troops.\n    tolerance: abc\n",
     ":5:5: cannot read `tolerance: abc`: write a share (`3%`) or an amount in the value's "
     "unit (e.g. `2,000 troop`)"),
    ("tolerance-a-date", F + "  a:\n    claim: 100 troops.\n    tolerance: 2022-01-03\n",
     ":5:5: cannot read `tolerance: 2022-01-03`: write a share (`3%`) or an amount in the "
     "value's unit (e.g. `2,000 troop`)"),
    # fact ids
    ("fact-id-with-space", F + "  bad id: 100 troops.\n",
     ":3:3: fact id 'bad id' is not a valid name: use letters, digits, '-', '_' or '.', "
     "e.g. `troop-buildup`"),
    ("fact-id-with-brackets", F + "  'a[1]': 100 troops.\n",
     ":3:3: fact id 'a[1]' is not a valid name: use letters, digits, '-', '_' or '.', "
     "e.g. `troop-buildup`"),
    ("fact-id-leading-dash", F + "  -lead: 100 troops.\n",
     ":3:3: fact id '-lead' is not a valid name: use letters, digits, '-', '_' or '.', "
     "e.g. `troop-buildup`"),
    # user words that look like patterns
    ("context-dot-star", F + "  a:\n    claim: 100 troops.\n    context: ['.*']\n",
     ":5:15: `context:` '.*' holds no letter or digit: these are words, never patterns, "
     "e.g. `context: [troops, border]`"),
    ("exclude-bracket", F + "  a:\n    claim: 100 troops.\n    exclude: ['[']\n",
     ":5:15: `exclude:` '[' holds no letter or digit: these are words, never patterns, "
     "e.g. `exclude: [troops, border]`"),
    ("context-common-word", F + "  a:\n    claim: 100 troops.\n    context: [troops, the]\n",
     ":5:23: `context:` 'the' is too common a word to tell one sentence from another "
     "(context words are ignored when they are words like 'the', 'said', 'Monday'): name a "
     "word of the story, e.g. `context: [troops, border]`"),
    ("exclude-weekday", F + "  a:\n    claim: 100 troops.\n    exclude:\n    - drills\n"
     "    - Monday\n", ":7:7: `exclude:` 'Monday' is too common a word to tell one sentence "
     "from another (exclude words are ignored when they are words like 'the', 'said', "
     "'Monday'): name a word of the story, e.g. `exclude: [troops, border]`"),
    ("alias-star", F + T + "aliases:\n  troops: ['*']\n",
     ":5:12: `troops:` '*' holds no letter or digit: these are words, never patterns, "
     "e.g. `troops: [troops, border]`"),
]
#: The cases whose problem lies in one fact, by that fact's id: the error is the fact's.
FACT_PROBLEMS = {
    "fact-id-with-space": "bad id", "fact-id-with-brackets": "a[1]",
    "fact-id-leading-dash": "-lead",
} | {name: "a" for name in """fact-is-a-number claim-is-a-number claim-is-empty
    context-is-a-mapping exclude-nested-list required-yes-string value-as-list
    unknown-fact-key value-as-bool exclude-weekday alias-bomb value-unparsable
    value-range-backwards value-range-impossible-day value-number-without-unit
    claim-without-figure claim-with-two-figures tolerance-negative-share tolerance-over-100
    tolerance-wrong-kind tolerance-words tolerance-a-date context-dot-star exclude-bracket
    context-common-word""".split()}
#: Claims files that must work (and run beside the bad ones).
GOOD_CLAIMS: dict[str, str | bytes] = {
    "good": A + FACT,
    "bom": ("\ufeff" + A + FACT).encode("utf-8"),
    "regex-words": A + FACT + "    context: ['troops', '(drills+)+$']\n    exclude: ['war{1000}']\n"
                   "aliases:\n  troops: ['soldiers.*']\n",
}


def literal(text: str) -> str:
    """An fnmatch pattern matching exactly `text`."""
    return re.sub(r"([\[\]*?])", r"[\1]", text)


@dataclass
class Run:
    """One pytester run of a project, kept for every case of its table."""

    result: pytest.RunResult
    root: Path
    outside: Path
    results: dict[tuple[str, str], dict[str, Any]]

    def lines(self) -> list[str]:
        return self.result.outlines


_RUNS: dict[str, Run] = {}


def shared_run(pytester: pytest.Pytester, outside: Path, key: str,
               build: Callable[[Path, Path], None], *args: str) -> Run:
    """Build a project and run the plugin over it once per module (and xdist worker).

    `outside` is a folder beside the project, outside its root, for files it must not reach.
    """
    if key not in _RUNS:
        build(pytester.path, outside)
        report = outside / "report.json"
        result = pytester.runpytest("-p", "no:cacheprovider", f"--claims-json={report}", *args)
        data = json.loads(report.read_text("utf-8"))
        results = {(r["claims_file"], r["article_name"]): r for r in data["results"]}
        _RUNS[key] = Run(result, pytester.path, outside, results)
    return _RUNS[key]


def clean(run: Run) -> None:
    text = "\n".join(run.lines()) + "\n".join(run.result.errlines)
    assert "INTERNALERROR" not in text
    assert "Traceback" not in text


# --- claims project ------------------------------------------------------------------------


def build_claims(root: Path, elsewhere: Path) -> None:
    (root / "pytest.ini").write_text("[pytest]\n")
    (root / "articles" / "folder.txt").mkdir(parents=True)
    (root / "articles" / "wire.txt").write_text(WIRE, "utf-8")
    outside = elsewhere / "outside.txt"
    outside.write_text(WIRE, "utf-8")
    (root / "links").mkdir()
    (root / "links" / "out.txt").symlink_to(outside)
    claims = root / "claims"
    claims.mkdir()
    for name, content, _ in CLAIMS_CASES:
        write(claims / f"{name}.yaml", content, places(root, elsewhere))
    for name, content in GOOD_CLAIMS.items():
        write(claims / f"{name}.yaml", content, places(root, elsewhere))
    (claims / "extension.yml").write_text(
        F + "  a: !!python/object/new:os.system [touch pwned]\n", "utf-8")


def places(root: Path, elsewhere: Path) -> dict[str, str]:
    """What the placeholders of the claims cases stand for in one project."""
    outside = elsewhere / "outside.txt"
    return {"<ROOT>": str(root), "<OUTSIDE>": str(outside),
            "<UP>": os.path.relpath(outside, root / "claims")}


def fill(text: str, where: dict[str, str]) -> str:
    for placeholder, value in where.items():
        text = text.replace(placeholder, value)
    return text


def write(path: Path, content: str | bytes, where: dict[str, str]) -> None:
    path.write_bytes(fill(content, where).encode() if isinstance(content, str) else content)


@pytest.fixture
def claims_run(pytester: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return shared_run(pytester, tmp_path_factory.mktemp("outside"), "claims", build_claims,
                      "-v")


@pytest.mark.parametrize(("name", "content", "message"), CLAIMS_CASES,
                         ids=[c[0] for c in CLAIMS_CASES])
def test_bad_claims_file(claims_run: Run, name: str, content: str | bytes,
                         message: str) -> None:
    expected = f"claims/{name}.yaml" + fill(message, places(claims_run.root, claims_run.outside))
    claims_run.result.stdout.fnmatch_lines([literal(expected)])
    # a problem inside one fact is that fact's error; the file's other facts still run
    node = literal(FACT_PROBLEMS.get(name, "claims-file"))
    claims_run.result.stdout.fnmatch_lines([f"claims/{literal(name)}.yaml::{node} ERROR*"])


def test_claims_corpus_is_large() -> None:
    assert len(CLAIMS_CASES) >= 60
    assert len({c[0] for c in CLAIMS_CASES}) == len(CLAIMS_CASES)


def test_bad_claims_files_leave_the_others_running(claims_run: Run) -> None:
    clean(claims_run)
    claims_run.result.assert_outcomes(passed=len(GOOD_CLAIMS), errors=len(CLAIMS_CASES) + 1)
    claims_run.result.stdout.fnmatch_lines([
        "claims/bom.yaml::troop-buildup[[]wire.txt[]] PASSED*",
        "claims/extension.yml::claims-file ERROR*",
        "claims/good.yaml::troop-buildup[[]wire.txt[]] PASSED*",
        "claims/regex-words.yaml::troop-buildup[[]wire.txt[]] PASSED*",
    ])


def test_yaml_tags_construct_nothing(claims_run: Run) -> None:
    assert not list(claims_run.root.rglob("pwned"))
    claims_run.result.stdout.fnmatch_lines([
        "claims/extension.yml:3:6: YAML tags such as `!!python/...` are not allowed*"])


# --- articles project ----------------------------------------------------------------------

#: The size limit of the articles project (its pytest.ini), small enough to test cheaply.
LIMIT = 6_000_000
WIRE_BYTES = WIRE.encode("utf-8")
UTF8_QUOTE = "Russia’s army has massed some 100,000 troops near its border, officials said.\n"


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _noise(n: int, seed: int = 6) -> bytes:
    return random.Random(seed).randbytes(n)


ARTICLE_CASES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"\n  \n\t\n", "empty file (only whitespace)"),
    ("random.bin", _noise(4096), "binary file, not an article (NUL bytes)"),
    ("nul-bytes.txt", WIRE_BYTES + b"\x00\x00\x00" + WIRE_BYTES,
     "binary file, not an article (NUL bytes)"),
    ("control-chars.txt", WIRE_BYTES + bytes(range(1, 9)) * 40,
     "binary file, not an article (control characters)"),
    ("jpeg.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _noise(2048, 7),
     "binary file, not an article (NUL bytes)"),
    ("utf16-odd-length.txt", b"\xff\xfe" + "Russia massed troops.".encode("utf-16-le") + b"R",
     "not valid utf-16: truncated data at byte 44"),
    ("utf8-bom-invalid.txt", b"\xef\xbb\xbf" + WIRE_BYTES + b"\xff\xfe\xfa",
     "not valid utf-8-sig: invalid start byte at byte 140"),
    ("malformed.json", b'{"title": "Talks", "text": ', "malformed JSON at line 1, column 28: "
     "Expecting value"),
    ("trailing-comma.json", b'{"title": "Talks",\n "text": "x",\n}',
     "malformed JSON at line 3, column 1: Expecting property name enclosed in double quotes"),
    ("unknown-shape.json", b'{"headline": "Talks", "body": "Russia massed troops."}',
     "JSON of an unknown shape: expected a WordPress post (content.rendered) or a news-please "
     "article (title, text)"),
    ("list-of-numbers.json", b"[1, 2, 3]",
     "JSON of an unknown shape: expected a WordPress post (content.rendered) or a news-please "
     "article (title, text)"),
    ("list-of-strings.json", b'["Russia", "massed", "troops"]',
     "JSON of an unknown shape: expected a WordPress post (content.rendered) or a news-please "
     "article (title, text)"),
    ("empty-list.json", b"[]", "JSON list is empty: no posts to read"),
    ("deep.json", b"[" * 200_000 + b"]" * 200_000, "JSON nested too deeply to parse"),
    ("news-please-text-number.json", b'{"title": "Talks", "text": 5}',
     "JSON of an unknown shape: expected a WordPress post (content.rendered) or a news-please "
     "article (title, text)"),
    ("wordpress-empty.json", b'{"title": {"rendered": "Talks"}, "content": {"rendered": ""}}',
     "no story text found (wordpress)"),
    ("news-please-null.json", b'{"title": null, "text": null, "date_publish": null}',
     "no story text found (news-please)"),
    ("script-only.html", b"<html><head><title>x</title></head><body><script>var a = 1;"
     b"</script></body></html>", "no story text found in the HTML page"),
    ("deep.html", b"<html><body>" + b"<div>" * 1000 + b"Russia massed troops."
     + b"</div>" * 1000 + b"</body></html>", "HTML nested 1002 elements deep, over the 400 limit"),
    ("one-line.txt", b"word " * (1024 * 1024),
     "line 1 is 5,242,880 characters long, over the 200,000 limit: not article text"),
    ("too-large.txt", (WIRE_BYTES + b"\n") * (LIMIT // len(WIRE_BYTES) + 100),
     "file is 5.8 MB, over the 5.7 MB limit (raise it with the ini option "
     "claims_max_article_bytes, or max_bytes in Python)"),
    ("archive.docx", _zip({"notes.txt": "Russia massed troops."}),
     "binary file, not an article (a zip archive, not .docx)"),
    ("damaged.docx", b"PK\x03\x04" + _noise(512, 8),
     "binary file, not an article (a damaged zip archive)"),
    ("fake-word.docx", _zip({"word/document.xml": "not xml at all"}),
     "a damaged .docx file (There is no item named '[Content_Types].xml' in the archive): "
     "re-save it from Word"),
    ("front-matter-broken.md", b"---\ntitle: [Talks\n---\n# Talks\n\n" + WIRE_BYTES,
     "malformed YAML front matter at line 3: expected ',' or ']', but got '<stream end>'"),
    ("front-matter-python.md",
     b"---\ntitle: !!python/object/apply:os.system [touch pwned]\n---\n# T\n\n" + WIRE_BYTES,
     "malformed YAML front matter at line 2: YAML tags such as !!python/... are not allowed"),
]
#: Odd but readable files: they must be read, and state the fact (consistent).
READABLE_ARTICLES: dict[str, bytes] = {
    "wire.txt": WIRE_BYTES,
    "utf16-no-bom.txt": WIRE.encode("utf-16-le"),
    "utf16-bom.txt": WIRE.encode("utf-16"),
    "cp1252.txt": UTF8_QUOTE.encode("cp1252"),
    "truncated-utf8.txt": UTF8_QUOTE.encode("utf-8") + "’".encode()[:2],
    "mixed-encodings.txt": UTF8_QUOTE.encode("utf-8") + UTF8_QUOTE.encode("cp1252"),
    "malformed.html": b"<html><body><p>MOSCOW (AP) \xe2\x80\x94 Russia has massed <b>some "
                      b"100,000 troops</p></div></span> near its border with Ukraine, officials "
                      b"said.<p>The Kremlin denied any plan to invade.<p><i>unclosed",
    "news-please.json": json.dumps({"title": "Talks", "text": WIRE}).encode(),
}


def build_articles(root: Path, elsewhere: Path) -> None:
    (root / "pytest.ini").write_text(f"[pytest]\nclaims_max_article_bytes = {LIMIT}\n")
    (root / "claims").mkdir()
    (root / "claims" / "story.yaml").write_text("articles: ../articles/*\n" + FACT, "utf-8")
    articles = root / "articles"
    articles.mkdir()
    for name, data, _ in ARTICLE_CASES:
        (articles / name).write_bytes(data)
    for name, data in READABLE_ARTICLES.items():
        (articles / name).write_bytes(data)
    secret = str(elsewhere / "secret.txt").encode()
    for name, data in SPECIAL_ARTICLES.items():
        (articles / name).write_bytes(data.replace(b"<SECRET>", secret))
    (articles / "loop.txt").symlink_to("loop.txt")
    (articles / "dangling.txt").symlink_to("missing.txt")
    (articles / "folder.txt").mkdir()
    os.mkfifo(articles / "fifo.txt")
    (elsewhere / "secret.txt").write_text("SECRET-6f1c9 Russia massed 999 troops.\n")
    (articles / "out.txt").symlink_to(elsewhere / "secret.txt")
    (articles / "locked.txt").write_bytes(WIRE_BYTES)
    (articles / "locked.txt").chmod(0)


#: HTML that names external resources: nothing may be fetched or read from them.
SPECIAL_ARTICLES: dict[str, bytes] = {
    "external-entity.html": (
        b'<?xml version="1.0"?>\n<!DOCTYPE html [\n'
        b'  <!ENTITY secret SYSTEM "file://<SECRET>">\n'
        b'  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;\n]>\n'
        b"<html><body><p>MOSCOW (AP) \xe2\x80\x94 Russia has massed some 100,000 troops "
        b"near its border with Ukraine, officials said. &secret;</p>"
        b"<p>The Kremlin denied any plan to invade.</p></body></html>\n"
    ),
    "entity-bomb.html": (
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        b"<html><body><p>MOSCOW (AP) \xe2\x80\x94 Russia has massed some 100,000 troops near "
        b"its border with Ukraine, officials said. &d;&d;&d;&d;</p></body></html>"
    ),
}


@pytest.fixture
def articles_run(pytester: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return shared_run(pytester, tmp_path_factory.mktemp("outside"), "articles", build_articles,
                      "-v")


@pytest.mark.parametrize(("name", "data", "reason"), ARTICLE_CASES,
                         ids=[c[0] for c in ARTICLE_CASES])
def test_bad_article(articles_run: Run, name: str, data: bytes, reason: str) -> None:
    message = f"cannot read articles/{name}: {reason}"
    articles_run.result.stdout.fnmatch_lines([literal(message)])
    result = articles_run.results[("claims/story.yaml", name)]
    assert (result["status"], result["message"]) == ("error", message)


@pytest.mark.parametrize("name", ["loop.txt", "dangling.txt"])
def test_broken_links_are_errors_not_gaps(articles_run: Run, name: str) -> None:
    message = (f"cannot read articles/{name}: broken symbolic link: its target is missing, "
               "or it points to itself")
    articles_run.result.stdout.fnmatch_lines([message])
    assert articles_run.results[("claims/story.yaml", name)]["status"] == "error"


@pytest.mark.parametrize("name", sorted({**READABLE_ARTICLES, **SPECIAL_ARTICLES}))
def test_odd_but_readable_article(articles_run: Run, name: str) -> None:
    result = articles_run.results[("claims/story.yaml", name)]
    assert result["status"] == "consistent", result["message"]
    assert result["mentions"][0]["text"] == "some 100,000 troops"


def test_bad_articles_leave_the_others_running(articles_run: Run) -> None:
    clean(articles_run)
    names = {name for _, name in articles_run.results}
    # a directory, a FIFO (never opened: it would block) and a link out of the root are not
    # article files; an unreadable file is readable by root, who runs these tests in CI
    assert names.isdisjoint({"folder.txt", "fifo.txt", "out.txt", "secret.txt"})
    readable = len(READABLE_ARTICLES) + len(SPECIAL_ARTICLES) + 1  # + locked.txt as root
    errors = len(ARTICLE_CASES) + 2
    if os.geteuid() != 0:
        readable, errors = readable - 1, errors + 1
    articles_run.result.assert_outcomes(passed=readable, errors=errors)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file")
def test_unreadable_article(articles_run: Run) -> None:
    articles_run.result.stdout.fnmatch_lines(["cannot read articles/locked.txt: unreadable*"])


def test_external_entities_are_not_resolved(articles_run: Run) -> None:
    text = "\n".join(articles_run.lines())
    report = json.dumps(list(articles_run.results.values()))
    assert "SECRET-6f1c9" not in text and "SECRET-6f1c9" not in report
    assert "999 troops" not in report
    assert not list(articles_run.root.rglob("pwned"))


def test_size_limit_is_a_usage_error_when_not_a_number(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nclaims_max_article_bytes = abc\n")
    result = pytester.runpytest()
    result.stderr.fnmatch_lines([
        "ERROR: claims_max_article_bytes = 'abc': give a number of bytes, e.g. 20000000"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "Traceback" not in result.stderr.str()


# --- security ------------------------------------------------------------------------------


def _outside_project(root: Path, elsewhere: Path) -> None:
    (root / "pytest.ini").write_text("[pytest]\nclaims_allow_outside_root = true\n")
    (root / "claims").mkdir()
    (root / "links").mkdir()
    (elsewhere / "up.txt").write_text(WIRE)
    (elsewhere / "absolute.txt").write_text(WIRE)
    (elsewhere / "linked.txt").write_text(WIRE)
    (root / "links" / "linked.txt").symlink_to(elsewhere / "linked.txt")
    (root / "claims" / "story.yaml").write_text(
        f"articles:\n  - {os.path.relpath(elsewhere / 'up.txt', root / 'claims')}\n"
        f"  - {elsewhere / 'absolute.txt'}\n"
        f"  - ../links/linked.txt\n" + FACT)


def test_outside_root_allowed_by_ini(pytester: pytest.Pytester, tmp_path: Path) -> None:
    _outside_project(pytester.path, tmp_path)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*troop-buildup[[]up.txt[]] PASSED*",
                                 "*troop-buildup[[]absolute.txt[]] PASSED*",
                                 "*troop-buildup[[]linked.txt[]] PASSED*"])


@pytest.mark.parametrize(("keep", "message"), [
    (1, "article glob '../../*/up.txt' points outside the repository root *"),
    (2, "article path '/*/absolute.txt' is absolute: write it relative to the claims file, "
        "inside the repository"),
    (3, "article glob '../links/linked.txt' points outside the repository root *"),
])
def test_outside_root_refused_without_ini(pytester: pytest.Pytester, tmp_path: Path,
                                          keep: int, message: str) -> None:
    _outside_project(pytester.path, tmp_path)
    (pytester.path / "pytest.ini").write_text("[pytest]\n")
    story = pytester.path / "claims" / "story.yaml"
    lines = story.read_text().splitlines(keepends=True)
    story.write_text("".join(lines[:1] + lines[keep:keep + 1] + lines[4:]))
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"claims/story.yaml:2:5: {message}"])  # the entry's own line


def test_pattern_words_never_backtrack(pytester: pytest.Pytester) -> None:
    """`(a+)+$` compiled as a regex on this sentence would take minutes; as a word, nothing."""
    (pytester.path / "articles").mkdir()
    (pytester.path / "claims").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(
        WIRE + "\nThe " + "a" * 40 + "! troops border Russia massed 100,000.\n")
    (pytester.path / "claims" / "s.yaml").write_text(
        "articles: ../articles/*\n" + FACT + "    exclude: ['(aaaa+)+$', 'war{1000}', 'drill|b']\n"
        "    context: ['(troops)', 'border?']\naliases:\n  troops: ['soldiers.*', '^x']\n")
    result = pytester.runpytest("-v", "--durations=1")
    result.assert_outcomes(passed=1)


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a folder with its bytes and mode, links and all."""
    out: dict[str, tuple[bytes, int]] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[key] = (os.readlink(path).encode(), 0)
        elif path.is_file():
            out[key] = (path.read_bytes(), path.stat().st_mode)
        else:
            out[key] = (b"", path.lstat().st_mode)
    return out


def _demo(root: Path) -> None:
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "articles", root / "articles")
    (root / "pytest.ini").write_text("[pytest]\n")


@pytest.mark.parametrize("args", [(), ("-n", "2")], ids=["serial", "xdist"])
def test_never_writes_into_claims_or_articles(pytester: pytest.Pytester,
                                              args: tuple[str, ...]) -> None:
    _demo(pytester.path)
    (pytester.path / "articles" / "empty.txt").write_bytes(b"")
    (pytester.path / "claims" / "broken.yaml").write_text("facts: [\n")
    before = {d: tree(pytester.path / d) for d in ("claims", "articles")}
    result = pytester.runpytest("--claims-json=reports/claims.json", "--junitxml=reports/j.xml",
                                *args)
    assert (pytester.path / "reports" / "claims.json").is_file()
    after = {d: tree(pytester.path / d) for d in ("claims", "articles")}
    assert after == before
    assert result.ret == pytest.ExitCode.TESTS_FAILED


NO_NETWORK = '''
import socket

def _refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


def test_demo_story_runs_without_network(pytester: pytest.Pytester) -> None:
    _demo(pytester.path)
    usual = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--claims-json=usual.json")
    pytester.makeconftest(NO_NETWORK)
    offline = pytester.runpytest_subprocess("-p", "no:cacheprovider",
                                            "--claims-json=offline.json")
    assert offline.parseoutcomes() == usual.parseoutcomes()
    assert offline.parseoutcomes().get("passed", 0) > 0
    usual_json = json.loads((pytester.path / "usual.json").read_text("utf-8"))
    assert json.loads((pytester.path / "offline.json").read_text("utf-8")) == usual_json
    assert "network access attempted" not in offline.stdout.str()


class _Listener(socketserver.TCPServer):
    allow_reuse_address = True


@pytest.fixture
def listener() -> Iterator[list[bytes]]:
    """A local HTTP-ish server recording every connection made to it."""
    seen: list[bytes] = []

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            seen.append(self.request.recv(1024))

    server = _Listener(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    seen.append(str(server.server_address[1]).encode())
    yield seen
    server.shutdown()
    server.server_close()


def test_html_references_are_never_fetched(pytester: pytest.Pytester,
                                           listener: list[bytes]) -> None:
    port = listener.pop().decode()
    url = f"http://127.0.0.1:{port}"
    page = (f'<!DOCTYPE html SYSTEM "{url}/dtd">\n<html><head>'
            f'<link rel="stylesheet" href="{url}/css"><script src="{url}/js"></script>'
            f'<meta http-equiv="refresh" content="0; url={url}/go"></head><body>'
            f'<img src="{url}/img"><iframe src="{url}/frame"></iframe>'
            f"<p>{WIRE}</p></body></html>")
    (pytester.path / "articles").mkdir()
    (pytester.path / "claims").mkdir()
    (pytester.path / "articles" / "page.html").write_text(page)
    (pytester.path / "claims" / "s.yaml").write_text("articles: ../articles/*\n" + FACT)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
    assert listener == []


# --- determinism ---------------------------------------------------------------------------


def test_same_items_and_results_run_after_run_and_under_xdist(
        pytester: pytest.Pytester) -> None:
    _demo(pytester.path)
    for name, data, _ in ARTICLE_CASES[:12]:
        (pytester.path / "articles" / name).write_bytes(data)
    (pytester.path / "claims" / "broken.yaml").write_text("facts: [\n")
    first = pytester.runpytest("--collect-only", "-q").outlines
    second = pytester.runpytest("--collect-only", "-q").outlines
    assert [x for x in first if "::" in x] == [x for x in second if "::" in x]
    assert len([x for x in first if "::" in x]) > 30
    runs = {}
    for key, args in {"a": (), "b": (), "xdist": ("-p", "xdist", "-n", "2")}.items():
        result = pytester.runpytest("-p", "no:cacheprovider", f"--claims-json={key}.json",
                                    *args)
        assert "Different tests were collected" not in result.stdout.str() + result.stderr.str()
        runs[key] = (result.parseoutcomes(),
                     json.loads((pytester.path / f"{key}.json").read_text("utf-8")))
    assert runs["a"] == runs["b"] == runs["xdist"]


def test_python_api_results_are_stable() -> None:
    """check_story twice in one process gives equal verdict lists (no hidden state)."""
    from checks import check_story

    def summary() -> list[tuple[str, str, str]]:
        return [(v.fact.id, v.article_name, v.message)
                for v in check_story(ROOT / "claims" / "ukraine-talks.yaml", root=ROOT)]

    assert summary() == summary()



def test_an_empty_post_fails_alone(pytester: pytest.Pytester) -> None:
    """One empty post of a WordPress list is an error for that post; its siblings run."""
    (pytester.path / "articles").mkdir()
    (pytester.path / "claims").mkdir()
    (pytester.path / "articles" / "feed.json").write_bytes(
        b'[{"slug": "a", "date": "2022-01-01", "content": {"rendered": "<p>MOSCOW (AP) -- '
        b'Russia has massed some 100,000 troops near its border with Ukraine.</p>"}},'
        b' {"slug": "b", "content": {"rendered": "<p> </p>"}}]')
    (pytester.path / "claims" / "s.yaml").write_text("articles: ../articles/*\n" + FACT)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines([
        "*troop-buildup[[]feed.json#a[]] PASSED*",
        "*cannot read articles/feed.json (post feed.json#b): no story text found (wordpress)"])
