"""Load a claims file (schema version 1) into a Story, or say exactly what to fix.

Editors write these files by hand, so every mistake is reported with the file, the
line and column, and what to write instead; nothing in them is ever executed (the YAML
is loaded safely) or compiled as a pattern.
"""

from __future__ import annotations

import datetime as dt
import difflib
import glob
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from checks.facts import ArticleSource, ClaimsError, Fact, Story, Tolerance
from checks.matching import tokens
from checks.quantities import APPROX, Quantity, find_quantities
from checks.quantities.vocabulary import GLUED_ONLY_UNITS

TOP_KEYS = ("version", "story", "articles", "facts", "aliases")
FACT_KEYS = ("claim", "value", "tolerance", "context", "exclude", "required")
ARTICLE_KEYS = ("path", "date")
FACT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
#: Shorthands an editor may put before a value, read as the hedge they stand for.
SYMBOL_HEDGES = {
    "~": "about", ">=": "at least", "<=": "at most", ">": "more than", "<": "less than",
}
ISO_DAY = r"(\d{4}-\d{2}-\d{2})"
#: What a value's figure counts or measures, named after it: "31 pieces of equipment",
#: "up to 16GB of RAM". The figure is the value; the words say what of.
OF_WHAT = re.compile(r"\s+of\s+[^\W\d_][^\W\d_\s'’-]*(?:[\s'’-]+[^\W\d_]+)*\.?\Z")
#: A rate after a value's figure: "5,000 gallons per minute", "$15 an hour".
RATE_WORDS = re.compile(r"(?i)\s(?:per|an?|every|each)\s+(?:second|minute|hour|day|week|month|"
                        r"year)s?\b")
#: A value's unit that prose glues to its number ("a 30m wave"), written apart: in a value
#: alone it can be nothing else ("78.6 m", "20 s"), so it is read as if glued.
SPACED_UNIT = re.compile(rf"(?<=\d)\s+(?=(?:{'|'.join(sorted(GLUED_ONLY_UNITS))})\.?\Z)")
ISO_RANGE = re.compile(rf"\s*{ISO_DAY}\s*(?:to|–|—|\.\.|-)\s*{ISO_DAY}\s*\Z")
TOLERANCE_SHARE = re.compile(r"\s*([+-]?\d+(?:\.\d+)?)\s*%\s*\Z")


class _Map(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers where it and each of its keys stand."""

    line: int = 0
    column: int = 0
    key_marks: dict[str, tuple[int, int]]
    #: Per key whose value is a list: where each of its items stands.
    item_marks: dict[str, list[tuple[int, int]]]


class _Loader(yaml.SafeLoader):
    """Safe loading that rejects duplicate keys and keeps positions for messages."""

    def construct_mapping(  # type: ignore[override]
        self, node: yaml.MappingNode, deep: bool = False
    ) -> _Map:
        result = _Map()
        result.line, result.column = node.start_mark.line + 1, node.start_mark.column + 1
        result.key_marks, result.item_marks = {}, {}
        for key_node, value_node in node.value:
            mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Problem("YAML merge keys (`<<`) are not supported: write each key out",
                               *mark)
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool, dt.date)):
                raise _Problem("a key must be a plain word", *mark)
            if key in result or str(key) in result.key_marks:  # 1 and '1' are one id
                first = result.key_marks[str(key)][0]
                raise _Problem(
                    f"duplicate key {key!r} (first at line {first}); YAML would silently keep "
                    "only the last one: remove or rename one of them",
                    *mark,
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_marks[str(key)] = mark
            if isinstance(value_node, yaml.SequenceNode):
                result.item_marks[str(key)] = [
                    (n.start_mark.line + 1, n.start_mark.column + 1) for n in value_node.value]
        return result

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> dt.date:  # type: ignore[override]
        """An impossible date ("2022-13-45") is the editor's typo, not a crash."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise _Problem(f"{node.value!r} is not a valid date ({exc}): write it as YYYY-MM-DD",
                           node.start_mark.line + 1, node.start_mark.column + 1) from None


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


class _Problem(Exception):
    """Raised inside the loader; turned into a ClaimsError that names the file."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def load_story(path: Path | str, *, root: Path | None = None, allow_outside: bool = False) -> Story:
    """Read and validate a claims file.

    `root` bounds where article globs may point (the pytest rootdir); None checks nothing.
    Raises ClaimsError naming the file, line and column of the first problem that makes
    the file unusable. A fact that cannot be used is left out and its ClaimsError kept in
    `Story.problems`, so that one unreadable value does not stop the story's other facts.
    """
    path = Path(path)
    try:
        data = _parse_yaml(path)
        return _build_story(path, data, root=root, allow_outside=allow_outside)
    except _Problem as problem:
        raise ClaimsError(path, problem.message, problem.line, problem.column) from None


def _parse_yaml(path: Path) -> _Map:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _Problem(f"cannot read the claims file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _Problem(f"not UTF-8 text (byte {exc.start}): save the claims file as UTF-8",
                       line, column) from None
    try:
        data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except _Problem:
        raise
    except RecursionError:
        raise _Problem("nested too deeply to read: a claims file is a few levels of mappings "
                       "and lists") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if isinstance(exc, yaml.constructor.ConstructorError):
            raise _Problem("YAML tags such as `!!python/...` are not allowed: a claims file is "
                           "plain data (text, numbers, lists, mappings)", line, col) from None
        raise _Problem(f"YAML syntax error: {_syntax_hint(exc)}", line, col) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise _Problem(f"control character U+{code:04X} is not allowed in a claims file: "
                       "remove it", line, col) from None
    except yaml.YAMLError as exc:
        raise _Problem(f"YAML error: {' '.join(str(exc).split())}") from None
    if data is None:
        raise _Problem("the file is empty: a claims file needs `articles:` and `facts:`", 1, 1)
    if not isinstance(data, _Map):
        raise _Problem("a claims file is a mapping with `articles:` and `facts:` at the top", 1, 1)
    return data


#: PyYAML's words for common slips, and what to write instead.
_SYNTAX_HINTS = (
    ("'\\t'", "a tab character: indent with spaces, never tabs"),
    ("mapping values are not allowed",
     "a `: ` where no key can start: check this line's indentation, or put text holding "
     "': ' in quotes"),
    ("expected <block end>",
     "this line is indented differently from the lines above it: align it with its siblings"),
    ("another document", "a second YAML document (`---`): a claims file holds one"),
)
_OPENERS = (("flow sequence", "[", "]"), ("flow mapping", "{", "}"),
            ("quoted scalar", "quote", "the same quote"))


def _syntax_hint(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's parser jargon turned into what to fix."""
    problem, context = exc.problem or "", exc.context or ""
    opened = exc.context_mark
    for what, opener, closer in _OPENERS:
        unclosed = "end of stream" in problem or problem.startswith("expected ','")
        if what in context and opened is not None and unclosed:
            return (f"the {opener} at line {opened.line + 1}, column {opened.column + 1} is "
                    f"never closed: add {closer}")
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem or needle in context:
            return hint
    return f"{problem or context or 'invalid YAML'}; check indentation, quotes and brackets"


def _build_story(path: Path, data: _Map, *, root: Path | None, allow_outside: bool) -> Story:
    _check_keys(data, TOP_KEYS, "at the top of a claims file")
    version = data.get("version", 1)
    if version != 1:
        raise _Problem(f"unknown schema version {version!r}: this checker reads version 1",
                       *_mark(data, "version"))
    title = data.get("story")
    if title is not None and not isinstance(title, str):
        raise _Problem("`story:` is the story's title, a line of text", *_mark(data, "story"))
    for key in ("articles", "facts"):
        if key not in data:
            raise _Problem(f"missing `{key}:`", data.line, data.column)
    aliases = _aliases(data)
    sources = tuple(_sources(path, data, root=root, allow_outside=allow_outside))
    facts: list[Fact] = []
    problems: list[ClaimsError] = []
    for fact_id, fact in _facts(path, data):
        if isinstance(fact, _Problem):
            problems.append(ClaimsError(path, fact.message, fact.line, fact.column, fact_id))
        else:
            facts.append(fact)
    return Story(path=path, title=title, facts=tuple(facts), sources=sources,
                 aliases=aliases, problems=tuple(problems))


def _mark(mapping: _Map, key: str) -> tuple[int, int]:
    return mapping.key_marks.get(key, (mapping.line, mapping.column))


def _check_keys(mapping: _Map, allowed: tuple[str, ...], where: str) -> None:
    """Reject unknown keys, suggesting the nearest valid one (a typo is the usual cause)."""
    for key in mapping:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`?" if close else "valid keys: " + ", ".join(allowed)
        raise _Problem(f"unknown key `{key}` {where}; {hint}", *_mark(mapping, str(key)))


def _words(mapping: _Map, key: str, *, check_evidence: bool = False) -> tuple[str, ...]:
    """A list of words (or one word) given by the user; kept as text, never as a pattern."""
    value = mapping.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise _Problem(f"`{key}:` takes a list of words, e.g. `{key}: [troops, border]`",
                       *_mark(mapping, key))
    marks = mapping.item_marks.get(key) or [_mark(mapping, key)] * len(value)
    pairs = [(str(v).strip(), mark) for v, mark in zip(value, marks, strict=True)]
    words = tuple(word for word, _ in pairs if word)
    for word, mark in pairs:
        if not word:
            continue
        if not re.search(r"[^\W_]", word):
            # `.*` or `[` would be ignored by word matching, silently widening the fact
            raise _Problem(f"`{key}:` {word!r} holds no letter or digit: these are words, "
                           f"never patterns, e.g. `{key}: [troops, border]`", *mark)
        if check_evidence and not any(tokens(word)):
            # matching skips such words, so the veto would silently vanish
            raise _Problem(f"`{key}:` {word!r} is too common a word to tell one sentence from "
                           f"another ({key} words are ignored when they are words like 'the', "
                           f"'said', 'Monday'): name a word of the story, e.g. `{key}: [troops, "
                           "border]`", *mark)
    return words


def _aliases(data: _Map) -> dict[str, tuple[str, ...]]:
    raw = data.get("aliases")
    if raw is None:
        return {}
    if not isinstance(raw, _Map):
        raise _Problem("`aliases:` maps a word to its synonyms, e.g. `call: [spoke, conversation]`",
                       *_mark(data, "aliases"))
    return {str(word): _words(raw, word) for word in raw}


# -- articles -----------------------------------------------------------------------------


def _sources(path: Path, data: _Map, *, root: Path | None, allow_outside: bool
             ) -> Iterator[ArticleSource]:
    """Expand the article globs, relative to the claims file, inside the root."""
    entries = data["articles"]
    if isinstance(entries, (str, _Map)):
        entries = [entries]
    if not isinstance(entries, list) or not entries:
        raise _Problem("`articles:` takes a glob or a list of globs, e.g. `- ../articles/*`",
                       *_mark(data, "articles"))
    seen: set[Path] = set()
    marks = data.item_marks.get("articles", [])
    for n, entry in enumerate(entries):
        mark = marks[n] if n < len(marks) else _mark(data, "articles")
        pattern, date = _article_entry(entry, mark)
        for found in _expand(path, pattern, root=root, allow_outside=allow_outside, mark=mark):
            if found not in seen:
                seen.add(found)
                yield ArticleSource(found, date)


def _article_entry(entry: Any, mark: tuple[int, int]) -> tuple[str, dt.date | None]:
    if isinstance(entry, str):
        return entry, None
    if isinstance(entry, _Map):
        _check_keys(entry, ARTICLE_KEYS, "in an `articles:` entry")
        pattern, date = entry.get("path"), entry.get("date")
        if not isinstance(pattern, str):
            raise _Problem("an `articles:` entry needs `path:` (a glob)", entry.line, entry.column)
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date.strip())
            except ValueError:
                raise _Problem(f"`date: {date}` is not a date: write it as YYYY-MM-DD, e.g. "
                               "2022-01-03", *_mark(entry, "date")) from None
        if date is not None and not isinstance(date, dt.date):
            raise _Problem("`date:` takes an ISO date, e.g. 2022-01-03", *_mark(entry, "date"))
        if isinstance(date, dt.datetime):
            date = date.date()
        return pattern, date
    raise _Problem("each `articles:` entry is a glob, or `{path: glob, date: YYYY-MM-DD}`",
                   *mark)


def _expand(path: Path, pattern: str, *, root: Path | None, allow_outside: bool,
            mark: tuple[int, int]) -> list[Path]:
    """Files matching one glob, sorted; refuses patterns and links that leave the root."""
    if Path(pattern).is_absolute() and not allow_outside:
        raise _Problem(f"article path {pattern!r} is absolute: write it relative to the claims "
                       "file, inside the repository", *mark)
    base = path.parent
    matches = sorted(Path(p) for p in glob.glob(str(base / pattern), recursive=True))
    files = [m for m in matches if m.is_file() or _broken_link(m)]
    inside = [f for f in files if allow_outside or root is None or _within(f, root)]
    if files and not inside:
        raise _Problem(f"article glob {pattern!r} points outside the repository root {root}; "
                       "keep articles inside it (or set claims_allow_outside_root)", *mark)
    if not inside:
        raise _Problem(f"article glob {pattern!r} matches no file (looked in {base})", *mark)
    return [_real(f) for f in inside]


def _broken_link(path: Path) -> bool:
    """A link to nothing (or to itself): kept, so the article shows an error, not a gap."""
    return path.is_symlink() and not path.exists()


def _real(path: Path) -> Path:
    """The file with every link followed; a broken or looping link stays itself."""
    if _broken_link(path):
        return path.parent.resolve() / path.name
    return path.resolve()


def _within(candidate: Path, root: Path) -> bool:
    """True when the file, with every link followed, lies under root."""
    try:
        _real(candidate).relative_to(root.resolve())
    except ValueError:
        return False
    return True


# -- facts --------------------------------------------------------------------------------


def _facts(path: Path, data: _Map) -> Iterator[tuple[str, Fact | _Problem]]:
    """Each fact by id, or what is wrong with it."""
    facts = data["facts"]
    if not isinstance(facts, _Map):
        raise _Problem("`facts:` maps a fact id to its claim, e.g. `call-length: The call lasted "
                       "50 minutes.`", *_mark(data, "facts"))
    if not facts:
        raise _Problem("`facts:` is empty: declare at least one fact", *_mark(data, "facts"))
    for fact_id, body in facts.items():
        try:
            yield str(fact_id), _fact(path, str(fact_id), body, _mark(facts, str(fact_id)))
        except _Problem as problem:
            yield str(fact_id), problem


def _fact(path: Path, fact_id: str, body: Any, mark: tuple[int, int]) -> Fact:
    if not FACT_ID.match(fact_id):
        raise _Problem(f"fact id {fact_id!r} is not a valid name: use letters, digits, '-', '_' "
                       "or '.', e.g. `troop-buildup`", *mark)
    if isinstance(body, str):
        body = _Map(claim=body)
        body.line, body.column, body.key_marks = mark[0], mark[1], {"claim": mark}
        body.item_marks = {}
    if not isinstance(body, _Map):
        raise _Problem(f"fact `{fact_id}` needs a claim: a sentence, or a mapping with `claim:`",
                       *mark)
    _check_keys(body, FACT_KEYS, f"in fact `{fact_id}`")
    claim = body.get("claim")
    if not isinstance(claim, str) or not claim.strip():
        raise _Problem(f"fact `{fact_id}` needs `claim:`, the fact as one sentence", *mark)
    value, value_text = _value(fact_id, body, claim.strip())
    required = body.get("required", False)
    if not isinstance(required, bool):
        raise _Problem("`required:` is true or false", *_mark(body, "required"))
    return Fact(
        id=fact_id,
        claim=claim.strip(),
        value=value,
        value_text=value_text,
        tolerance=_tolerance(body, value),
        context=_words(body, "context", check_evidence=True),
        exclude=_words(body, "exclude", check_evidence=True),
        required=required,
        line=mark[0],
        claims_path=path,
    )


def _value(fact_id: str, body: _Map, claim: str) -> tuple[Quantity, str]:
    """The fact's expected quantity: `value:` when given, else the claim's one quantity."""
    raw = body.get("value")
    if raw is None:
        return _value_from_claim(fact_id, claim, _mark(body, "claim")), ""
    mark = _mark(body, "value")
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float, dt.date)):
        raise _Problem("`value:` is a figure with its unit, e.g. `about 100,000 troops`", *mark)
    if isinstance(raw, dt.date):
        day = raw.date() if isinstance(raw, dt.datetime) else raw
        return _day_range(str(raw), day, day), str(raw)
    if isinstance(raw, (int, float)):
        return _bare_number(fact_id, float(raw), claim, mark), str(raw)
    return _claims_unit(parse_value(raw, mark), claim), raw.strip()


def _claims_unit(value: Quantity, claim: str) -> Quantity:
    """A quoted bare number (`value: '4.2'`, `'about 4.2'`) takes its unit from the claim's
    figure of the same number ("measured magnitude 4.2"), or is an age where that figure
    is one ("Jonathan Carrasquillo, 24,"), as an unquoted one does (`_bare_number`): YAML
    quotes say nothing about the unit, and a count of nothing meets no measure. The value
    keeps its own hedge."""
    if value.unit or value.kind != "count":
        return value
    same = [q for q in find_quantities(claim) if q.kind != "date" and q.value == value.value]
    found = next((q for q in same if q.unit), None) or next(
        (aged for q in same if (aged := _as_age(claim, q)) is not q), None)  # "Lopez, 24,"
    return value if found is None else replace(value, kind=found.kind, unit=found.unit)


def parse_value(text: str, mark: tuple[int, int] = (0, 0)) -> Quantity:
    """Read a `value:` string: a count with its noun, a measure, a date or an ISO date range."""
    stripped = text.strip()
    span = ISO_RANGE.match(stripped)
    if span:
        try:
            low, high = (dt.date.fromisoformat(s) for s in span.groups())
        except ValueError as exc:
            raise _Problem(f"`value:` {text!r}: {exc}", *mark) from None
        if high < low:
            raise _Problem(f"`value:` {text!r} ends before it starts", *mark)
        return _day_range(stripped, low, high)
    for symbol, words in SYMBOL_HEDGES.items():
        if stripped.startswith(symbol):
            stripped = f"{words} {stripped[len(symbol):].lstrip()}"
            break
    stripped = SPACED_UNIT.sub("", stripped)
    found = find_quantities(stripped)
    if len(found) == 1 and found[0].precision == "weekday":
        raise _Problem(f"`value:` {text!r} names only a day of the week: write the date, "
                       "e.g. `2022-01-10`", *mark)
    what = OF_WHAT.match(stripped, found[0].end) if len(found) == 1 and found[0].unit else None
    figure = stripped[:what.start()] if what else stripped
    rate = RATE_WORDS.search(stripped, found[0].end) if found else None
    if rate is not None and found[0].kind != "date":
        raise _Problem(f"`value:` {text!r} is a rate ({rate.group().strip()!r}), which is not "
                       f"read yet: give the figure alone, e.g. `{found[0].text}`, and keep the "
                       "rate in the claim's words", *mark)
    if len(found) != 1 or len(found[0].text) < len(figure.rstrip(".")) * 0.6:
        raise _Problem(f"cannot read `value:` {text!r} as one figure; write a number with its "
                       "unit, e.g. `about 100,000 troops`, `50 minutes`, `2022-01-12`", *mark)
    return found[0]


def _day_range(text: str, low: dt.date, high: dt.date) -> Quantity:
    hedge = "exact" if low == high else "range"
    return Quantity(text, 0, len(text), "date", low, low, high, hedge=hedge)


def _bare_number(fact_id: str, number: float, claim: str, mark: tuple[int, int]) -> Quantity:
    """A bare YAML number takes its unit from the claim's quantity of the same figure, an
    age's years included."""
    for quantity in find_quantities(claim):
        if quantity.kind != "date" and quantity.value == number:
            return _as_age(claim, quantity)
    raise _Problem(f"`value: {number:g}` in fact `{fact_id}` has no unit: write it with its unit, "
                   f"e.g. `{number:g} troops`", *mark)


def _value_from_claim(fact_id: str, claim: str, mark: tuple[int, int]) -> Quantity:
    """The claim's single figure; a date beside a measure is context ("on December 30"),
    and a weekday alone ("on Sunday") is no date to check."""
    every = find_quantities(claim)
    found = [q for q in every if q.precision != "weekday"]
    figures = [q for q in found if q.kind != "date"] or found
    if len(figures) == 1:
        return _as_age(claim, figures[0])
    if not figures and every:
        raise _Problem(f"the claim of fact `{fact_id}` names only a day of the week "
                       f"({every[0].text!r}): give its date with `value:`, e.g. "
                       "`value: 2022-01-10`", *mark)
    if not figures:
        raise _Problem(f"the claim of fact `{fact_id}` states no figure: add `value:`, e.g. "
                       "`value: about 100,000 troops`", *mark)
    listed = ", ".join(repr(q.text) for q in figures)
    raise _Problem(f"the claim of fact `{fact_id}` states {len(figures)} figures ({listed}): "
                   "say which one to check with `value:`", *mark)


def _as_age(claim: str, figure: Quantity) -> Quantity:
    """A claim's figure that is someone's age ("Jerry Ortiz was 35 when he was shot",
    "Ortiz, 35,") in years, as `value: 35 years` would give it: a bare 35 is a count of
    nothing, which no article's "35-year-old" could state."""
    from checks.matching.phrases import as_age, claimed_age  # how matching reads ages

    return as_age(figure) if claimed_age(claim, figure) else figure


def _tolerance(body: _Map, value: Quantity) -> Tolerance | None:
    """A share ("3%") or an amount in the value's unit ("2,000 troops", "2 days")."""
    raw = body.get("tolerance")
    if raw is None:
        return None
    mark = _mark(body, "tolerance")
    text = str(raw).strip()
    share = TOLERANCE_SHARE.match(text)
    if share:
        relative = float(share.group(1)) / 100
        if not 0 <= relative < 1:
            raise _Problem(f"`tolerance: {text}` makes no sense: a share is between 0% and 100%, "
                           f"e.g. `tolerance: {APPROX:.0%}`", *mark)
        return Tolerance(text, relative=relative)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        text = f"{raw:g} {value.unit}".strip()
    found = find_quantities(text)
    amount = found[0] if len(found) == 1 else None
    if amount is None or amount.kind == "date" or not isinstance(amount.value, float):
        raise _Problem(f"cannot read `tolerance: {text}`: write a share (`3%`) or an amount in "
                       f"the value's unit (e.g. `2,000 {value.unit or 'troops'}`)", *mark)
    converted = _convert_amount(amount, value)
    if converted is None:
        raise _Problem(f"`tolerance: {text}` does not fit the value {value.text!r}: use a share "
                       "(`3%`) or an amount of the same kind", *mark)
    if converted < 0:
        raise _Problem(f"`tolerance: {text}` is negative", *mark)
    return Tolerance(text, absolute=converted)


def _convert_amount(amount: Quantity, value: Quantity) -> float | None:
    """The tolerance amount in the value's own unit, or None when the kinds differ."""
    from checks.compare import convert  # compare imports facts, not claims: no cycle

    assert isinstance(amount.value, float)
    if value.kind == "date":
        if amount.kind != "duration":
            return None
        days = convert(amount.value, amount.unit, "day")
        return days
    if amount.kind != value.kind:
        return None
    if amount.kind == "count":
        return amount.value if _same_noun(amount.unit, value.unit) else None
    return convert(amount.value, amount.unit, value.unit)


def _same_noun(a: str, b: str) -> bool:
    return a == b or a.rstrip("s") == b.rstrip("s")
