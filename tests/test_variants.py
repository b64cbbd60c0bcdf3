"""Variants of the demo articles: the verdict table must move exactly where the text does.

A held-out evaluation runs the checker over articles we have not seen, many of them the
demo articles rewritten, re-served or re-laid-out. Each test here writes one variant of
one demo article into tmp_path (never into the repository), checks the story with the
other four articles unchanged, and compares the whole (fact × article) table with the
unmodified one:

- figure drift: the matched figure made clearly wrong → that cell, and only it, fails;
- consistent rewording: the figure said another consistent way → nothing changes;
- format: the same story as an HTML page, a WordPress post, Markdown → nothing changes;
- boilerplate: page furniture full of figures around the story → nothing changes;
- shuffle: paragraphs that mention no fact reordered → nothing changes.

The figure to rewrite is located by the mention the checker reports for the unmodified
article, so the mechanisms hold for any fact and any article, not one sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.articles import read_article
from checks.claims import load_story
from checks.engine import Checker
from checks.facts import Mention, Story, Verdict
from checks.matching import FAIL_THRESHOLD, MIN_CONCEPTS, Background, Matcher, agreement
from checks.quantities import Quantity, find_quantities

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims" / "ukraine-talks.yaml"
ARTICLES = tuple(sorted((ROOT / "articles").iterdir()))
AP, NYT = "nzherald-ap-2022-01-01.txt", "nzherald-nyt-2022-01-13.txt"
WP = "viewworld-ap-2022-01-03.txt"
TOP, PA = "topstory-ap-2022-01-11.txt", "poweredbypixels-pa-2021-12-31.txt"

#: (fact, article, figure) of every consistent cell of the demo (tests/test_demo.py): the
#: drift and rewording cases are built from these, so none can silently disappear.
CONSISTENT = (
    ("troop-buildup", AP, "some 100,000 troops"),
    ("troop-buildup", WP, "some 100,000 troops"),
    ("troop-buildup", TOP, "about 100,000 troops"),
    ("troop-buildup", PA, "an estimated 100,000 troops"),
    ("donbas-deaths", AP, "more than 14,000 people"),
    ("donbas-deaths", WP, "more than 14,000 people"),
    ("donbas-deaths", TOP, "over 14,000 people"),
    ("call-length", PA, "nearly an hour"),
    ("call-length", PA, "50 minutes"),
    ("geneva-talks", AP, "January 9 and 10"),
    ("geneva-talks", WP, "Jan. 9 and 10"),
    ("geneva-talks", TOP, "Monday"),
    ("geneva-talks", TOP, "Monday, Jan. 10, 2022"),
    ("geneva-talks", PA, "January 9 and 10"),
    ("nato-council", TOP, "Wednesday"),
    ("nato-council", PA, "January 12"),
    ("osce-talks", NYT, "Thursday"),
    ("osce-talks", NYT, "Thursday#2"),  # a second "Thursday" in the article: "#n" numbers it
    ("osce-talks", NYT, "Thursday#3"),
    ("osce-talks", TOP, "Thursday"),
    ("osce-talks", PA, "January 13"),
)

Cell = tuple[str, str]
Table = dict[Cell, tuple[str, tuple[str, ...]]]


# --- the story, unmodified and varied --------------------------------------------------------


@functools.cache
def _baseline_verdicts() -> dict[Cell, Verdict]:
    """The demo's verdicts, read from the repository as is (computed once, at collection)."""
    story = load_story(CLAIMS, root=ROOT)
    return {(v.fact.id, v.article_name): v for v in Checker().check_story(story)}


def _table(verdicts: dict[Cell, Verdict]) -> Table:
    """What a verdict change means here: a status, or the figures matched."""
    return {cell: (v.status, tuple(m.quantity.text for m in v.mentions))
            for cell, v in verdicts.items()}


@functools.cache
def _fact_dates() -> frozenset[dt.date]:
    """Every day some fact names (its value or a date in its claim): a drifted date must
    land on none of them, or it would rightly go to another fact."""
    story = load_story(CLAIMS, root=ROOT)
    days: set[dt.date] = set()
    for fact in story.facts:
        for q in [fact.value, *find_quantities(fact.claim)]:
            if q.is_date and isinstance(q.low, dt.date) and isinstance(q.high, dt.date):
                days.update(q.low + dt.timedelta(n) for n in range((q.high - q.low).days + 1))
    return frozenset(days)


class _SharedChecker(Checker):
    """A Checker whose story background is counted from its cached readings.

    Every variant is a story of its own, so the engine would split the four unchanged
    articles into sentences again for each one's background (half the time of a run).
    `Background(readings)` counts the same sentences as `Background.of_articles`; the
    control test (an unchanged copy gives the demo table) holds this to the engine.
    """

    def __init__(self) -> None:
        super().__init__()
        self._shared: dict[Path, Matcher] = {}

    def matcher(self, story: Story) -> Matcher:
        if story.path not in self._shared:
            found = [self.articles(source) for source in story.sources]
            readings = [self.reading(a) for arts in found if isinstance(arts, list) for a in arts]
            self._shared[story.path] = Matcher(story.facts, story.aliases, Background(readings))
        return self._shared[story.path]


@pytest.fixture(scope="module")
def checker() -> Checker:
    """One checker for every variant: the four unchanged articles are read once."""
    return _SharedChecker()


@pytest.fixture(scope="module")
def baseline() -> Table:
    """The table every variant is held to, but for the cell it means to move."""
    return _table(_baseline_verdicts())


def _run(checker: Checker, tmp_path: Path, name: str, raw: str) -> Table:
    """Check the story with article `name` replaced by `raw` (written under tmp_path, same
    file name: the format is read from the content), the other four as they are."""
    variant = tmp_path / "variant" / name
    variant.parent.mkdir(parents=True, exist_ok=True)
    variant.write_text(raw, encoding="utf-8")
    data = yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))
    data["articles"] = [str(variant if p.name == name else p) for p in ARTICLES]
    claims = tmp_path / "claims" / "story.yaml"
    claims.parent.mkdir(parents=True, exist_ok=True)
    claims.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    story = load_story(claims, allow_outside=True)
    verdicts = {(v.fact.id, v.article_name): v for v in checker.check_story(story)}
    assert not [v.message for v in verdicts.values() if v.status == "error"]
    return _table(verdicts)


def _source(name: str) -> str:
    return (ROOT / "articles" / name).read_text(encoding="utf-8")


def _changes(expected: Table, actual: Table) -> dict[Cell, tuple[Any, Any]]:
    """The cells that differ, to show in a failure (the whole table is unreadable)."""
    return {c: (expected.get(c), actual.get(c)) for c in sorted(set(expected) | set(actual))
            if expected.get(c) != actual.get(c)}


# --- editing a raw article file --------------------------------------------------------------


def _edit_body(raw: str, edit: Callable[[str], str]) -> str:
    """Apply `edit` to the story's source text: the file itself, or a WordPress post's
    content.rendered (its JSON escapes are not what the reader sees)."""
    if raw.lstrip().startswith("{"):
        post = json.loads(raw)
        post["content"]["rendered"] = edit(post["content"]["rendered"])
        return json.dumps(post, ensure_ascii=False)
    return edit(raw)


def _norm(text: str) -> str:
    """Text compared across formats: tags and entities gone, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _replace_figure(body: str, mention: Mention, new: str, lead: str = "") -> str:
    """Replace the mention's figure (with the `lead` words just before it) where it stands:
    of its occurrences in the source, the one whose preceding words best match its
    sentence's."""
    q = mention.quantity
    before = mention.sentence[:q.start - mention.sentence_start]
    assert before.endswith(lead), (before[-40:], lead)
    before = _norm(before[:len(before) - len(lead)])
    old = lead + q.text
    spots = [m.start() for m in re.finditer(re.escape(old), body)]
    assert spots, f"{old!r} not found in the source"
    at = max(spots, key=lambda i: _common_suffix(_norm(body[max(0, i - 400):i]), before))
    return body[:at] + new + body[at + len(old):]


# --- figures: drifted and reworded -----------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ABBR = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
        "October": "Oct.", "November": "Nov.", "December": "Dec."}
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER = re.compile(r"\d[\d,]*")


def _words(n: int) -> str:
    """A whole number below a million as a reporter spells it ("one hundred thousand")."""
    if n >= 1000:
        rest = n % 1000
        return f"{_words(n // 1000)} thousand" + (f" {_words(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" {_words(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    return ONES[n]


def _minutes(q: Quantity) -> float:
    assert isinstance(q.value, float) and q.unit in ("minute", "hour"), q
    return q.value * (60 if q.unit == "hour" else 1)


def _round2(x: float) -> int:
    """Two significant figures: how a drifted figure is written (130,000, 9,100)."""
    digits = len(str(int(x))) - 2
    return int(round(x, -digits))


def _shift(q: Quantity, weekday: bool) -> int:
    """Days to move a date by: 3 if that lands on no fact's day, else the nearest that does
    (a weekday could also be read a week either side, so those must be free too)."""
    assert isinstance(q.low, dt.date) and isinstance(q.high, dt.date)
    taken = _fact_dates()
    for days in (3, -3, 4, -4, 5, -5, 6, -6):
        moved = {d + dt.timedelta(days + week)
                 for d in (q.low, q.high) for week in ((-7, 0, 7) if weekday else (0,))}
        if not moved & taken:
            return days
    raise AssertionError(f"no free day near {q.text}")


def _drifts(mention: Mention) -> dict[str, str]:
    """The figure made clearly inconsistent, by style name: in the article's own style,
    in another one, and (dates) with an ordinal day first ("15th January")."""
    out = {"same-style": _drift(mention), "restyled": _drift(mention, restyle=True)}
    q = mention.quantity
    if q.is_date and not _possessive(mention):
        days = _shift(q, any(w in q.text for w in WEEKDAYS))
        low, high = (_as_date(d) + dt.timedelta(days) for d in (q.low, q.high))
        month = MONTHS[low.month - 1]
        out["ordinal-day-first"] = (f"{_nth(low.day)} and {_nth(high.day)} {month}"
                                    if low != high else f"{_nth(low.day)} {month}")
    return out if out["restyled"] != out["same-style"] else {"same-style": out["same-style"]}


def _nth(day: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _as_date(value: Any) -> dt.date:
    assert isinstance(value, dt.date), value
    return value


def _drift(mention: Mention, restyle: bool = False) -> str:
    """The figure made clearly inconsistent, of the same kind: in the article's own style,
    or (`restyle`) in another one (digits as words, day before month, over an hour)."""
    q = mention.quantity
    if q.kind == "count":
        number = NUMBER.search(q.text)
        assert number, q.text
        factor = 0.65 if q.open_high else 1.3  # a stale "more than" figure; an inflated one
        new = _round2(float(number.group().replace(",", "")) * factor)
        figure = _words(new) if restyle else f"{new:,}"
        return q.text[:number.start()] + figure + q.text[number.end():]
    if q.kind == "duration":
        return "well over an hour" if restyle else f"{round(_minutes(q) * 0.3)} minutes"
    if q.kind == "date":
        assert isinstance(q.low, dt.date) and isinstance(q.high, dt.date)
        weekday = next((w for w in WEEKDAYS if w in q.text), None)
        days = _shift(q, weekday is not None)
        low, high = (d + dt.timedelta(days) for d in (q.low, q.high))
        if restyle and not _possessive(mention):
            month = MONTHS[low.month - 1]
            return f"{low.day}-{high.day} {month}" if low != high else f"{low.day} {month}"
        text = q.text.replace(weekday, WEEKDAYS[low.weekday()]) if weekday else q.text
        return re.sub(r"\b\d{1,2}\b", lambda m: str(int(m.group()) + days), text)
    raise AssertionError(f"no drift for a {q.kind}: {q.text}")


def _possessive(mention: Mention) -> bool:
    """ "Monday's talks": a figure a date cannot replace without rewriting the sentence."""
    q = mention.quantity
    return mention.sentence[q.end - mention.sentence_start:][:2] in ("’s", "'s")


Rewording = tuple[str, str]  # (words before the figure to replace too, the new text)


def _rewordings(mention: Mention) -> dict[str, Rewording]:
    """The figure said other consistent ways, by style name (the original's own left out)."""
    q = mention.quantity
    before = mention.sentence[:q.start - mention.sentence_start]
    out: dict[str, str] = {}
    leads: dict[str, str] = {}
    if q.kind == "count":
        number = NUMBER.search(q.text)
        assert number, q.text
        hedge, rest = q.text[:number.start()].strip(), q.text[number.end():]
        value = int(number.group().replace(",", ""))
        figure = number.group()
        hedges = ("more than", "over", "upwards of") if q.open_high else (
            "about", "some", "an estimated")
        out |= {f"hedge-{h.replace(' ', '-')}": f"{h} {figure}{rest}" for h in hedges}
        out["words"] = f"{hedge} {_words(value)}{rest}".strip()
        if q.open_high:  # an exact count inside the open interval
            out["exact-inside"] = f"{round(value * 1.02, -2):,.0f}{rest}"
        if q.unit == "people":  # a toll, as wire copy also gives it
            out["noun-dropped"] = f"{hedge} {figure}".strip()
            if before.endswith("killed "):
                out["claimed-lives"] = f"claimed {hedge} {figure} lives".replace("  ", " ")
                leads["claimed-lives"] = "killed "
        if not q.open_high:
            out["digits-thousand"] = f"{hedge} {value // 1000} thousand{rest}".strip()
    elif q.kind == "duration":
        minutes = _minutes(q)
        if q.hedge == "nearly":
            out |= {"digits": "50 minutes", "almost": "almost an hour",
                    "just-under": "just under an hour", "better-part": "the better part of an hour"}
        else:
            out |= {"words": f"{_words(round(minutes))} minutes",
                    "nearly-an-hour": "nearly an hour", "about": f"about {round(minutes)} minutes"}
    elif q.kind == "date":
        assert isinstance(q.low, dt.date) and isinstance(q.high, dt.date)
        month = MONTHS[q.low.month - 1]
        abbr = ABBR.get(month, month)
        a, b = q.low.day, q.high.day
        if (q.low, q.high) != (q.low, q.low):
            out |= {"abbr-hyphen": f"{abbr} {a}-{b}", "day-first": f"{a}-{b} {month}",
                    "full-hyphen": f"{month} {a}-{b}",
                    "ordinal-day-first": f"{_nth(a)} and {_nth(b)} {month}"}
        else:
            out |= {"abbr": f"{abbr} {a}", "day-first": f"{a} {month}",
                    "full": f"{month} {a}", "ordinal": f"{month} {_nth(a)}",
                    "ordinal-day-first": f"{_nth(a)} {month}"}
            if any(w in q.text for w in WEEKDAYS):
                out["weekday-with-date"] = f"{q.text}, {abbr} {a},"
                if _possessive(mention):
                    out = {}
    return {style: (leads.get(style, ""), text) for style, text in out.items()
            if text != q.text}


def _mention(fact: str, name: str, figure: str) -> Mention:
    """The demo's mention of `figure` ("Thursday#2": the second mention so written)."""
    text, _, nth = figure.partition("#")
    found = [m for m in _baseline_verdicts()[(fact, name)].mentions if m.quantity.text == text]
    assert len(found) >= int(nth or 1), (fact, name, figure)
    return found[int(nth or 1) - 1]


def _numbered(texts: tuple[str, ...]) -> list[str]:
    """Figure texts with repeats numbered as CONSISTENT writes them: "Thursday", "Thursday#2"."""
    seen: Counter[str] = Counter()
    out = []
    for text in texts:
        seen[text] += 1
        out.append(text if seen[text] == 1 else f"{text}#{seen[text]}")
    return out


def _short(name: str) -> str:
    return name.split("-")[0] + "-" + name.split("-")[1]


def _cases(styles_of: Callable[[Mention], dict[str, str]], drift: bool = False) -> list[Any]:
    """Every (consistent mention × style). A figure the checker no longer reports becomes
    one failing case (text None), not a collection error that hides every other case.
    For drift, a mention found only because its figure agrees with the fact is a strict
    xfail: drifted, it loses that evidence and falls short of FAIL_THRESHOLD, the bar a
    mention that would fail its check must clear (see `agreement`)."""
    cases = []
    for fact, name, figure in CONSISTENT:
        prefix = f"{fact}-{_short(name)}-{figure}"
        try:
            mention = _mention(fact, name, figure)
            styles = styles_of(mention)
        except AssertionError:
            cases.append(pytest.param(fact, name, figure, None, id=f"{prefix}-unreported"))
            continue
        marks = ([pytest.mark.xfail(strict=True, reason=AGREEMENT_ONLY)]
                 if drift and _found_by_agreement(fact, name, mention) else [])
        cases += [pytest.param(fact, name, figure, text, id=f"{prefix}-{style}", marks=marks)
                  for style, text in styles.items()]
    return cases


AGREEMENT_ONLY = ("matched only because its figure agrees with the fact: a drifted figure "
                  "loses that evidence, falls short of the bar a failing mention must clear, "
                  "and is not matched (a miss, never a false failure)")


def _found_by_agreement(fact: str, name: str, mention: Mention) -> bool:
    """Whether the mention would fall below the bar without its figure's agreement."""
    verdict = _baseline_verdicts()[(fact, name)]
    agrees = agreement(verdict.fact, mention.quantity)
    shared = mention.reason.split(";")[0].removeprefix("shares: ").split(", ")
    return bool(agrees) and (mention.score - agrees < FAIL_THRESHOLD
                                or len(shared) - 1 < MIN_CONCEPTS)


#: Variant styles the checker gets wrong today, each with the bug it shows. Every case of
#: the style is a strict xfail: when the checker is fixed, they fail until unlisted here.
KNOWN_BUGS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _known_bug(request: pytest.FixtureRequest) -> None:
    """Mark a case of a known bug's style as an expected failure (strict: a fix unlists)."""
    for style, reason in KNOWN_BUGS.items():
        if request.node.name.endswith(f"-{style}]"):
            request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# --- figure drift ----------------------------------------------------------------------------


def test_every_consistent_cell_has_a_case(baseline: Table) -> None:
    """The drift and rewording cases come from CONSISTENT: it must be the demo's whole
    consistent set, each figure as the checker reports it."""
    consistent = {(f, n, t) for (f, n), (status, texts) in baseline.items()
                  if status == "consistent" for t in _numbered(texts)}
    assert consistent == set(CONSISTENT)


@pytest.mark.parametrize("name", [a.name for a in ARTICLES], ids=_short)
def test_an_unchanged_copy_changes_nothing(checker: Checker, tmp_path: Path, baseline: Table,
                                           name: str) -> None:
    """The control: the harness itself (a copy under tmp_path, paths listed explicitly) must
    reproduce the demo table, or every other test here would be measuring it."""
    assert _changes(baseline, _run(checker, tmp_path, name, _source(name))) == {}


@pytest.mark.parametrize(("fact", "name", "figure", "new"), _cases(_drifts, drift=True))
def test_figure_drift_fails_that_cell_only(checker: Checker, tmp_path: Path, baseline: Table,
                                           fact: str, name: str, figure: str,
                                           new: str | None) -> None:
    """An inconsistent figure where a consistent one stood is what the checker is for."""
    assert new is not None, f"the checker no longer reports {figure!r} for {fact}"
    mention = _mention(fact, name, figure)
    raw = _edit_body(_source(name), lambda body: _replace_figure(body, mention, new))
    actual = _run(checker, tmp_path, name, raw)
    assert actual[(fact, name)][0] == "discrepancy", (new, actual[(fact, name)])
    # the discrepancy is the drifted figure's (its text may take the sentence's full stop)
    assert any(new in t for t in actual[(fact, name)][1]), actual[(fact, name)]
    others = {c: v for c, v in actual.items() if c != (fact, name)}
    assert _changes({c: baseline[c] for c in others}, others) == {}


def test_drift_renders_as_the_brief_says() -> None:
    """The drifted figures are the ones an editor would call wrong, in the article's style."""
    drifted = {(f, n, t): _drift(_mention(f, n, t)) for f, n, t in CONSISTENT}
    assert drifted[("troop-buildup", AP, "some 100,000 troops")] == "some 130,000 troops"
    assert drifted[("donbas-deaths", TOP, "over 14,000 people")] == "over 9,100 people"
    assert drifted[("call-length", PA, "50 minutes")] == "15 minutes"
    assert drifted[("call-length", PA, "nearly an hour")] == "18 minutes"
    assert drifted[("geneva-talks", WP, "Jan. 9 and 10")] == "Jan. 6 and 7"
    assert drifted[("nato-council", PA, "January 12")] == "January 15"
    assert drifted[("osce-talks", TOP, "Thursday")] == "Tuesday"


# --- consistent rewording --------------------------------------------------------------------


@pytest.mark.parametrize(("fact", "name", "figure", "rewording"), _cases(_rewordings))
def test_consistent_rewording_changes_nothing(checker: Checker, tmp_path: Path,
                                              baseline: Table, fact: str, name: str,
                                              figure: str, rewording: Rewording | None) -> None:
    """The same figure said another way the fact allows must still pass, and be the match."""
    assert rewording is not None, f"the checker no longer reports {figure!r} for {fact}"
    lead, text = rewording
    mention = _mention(fact, name, figure)
    raw = _edit_body(_source(name), lambda body: _replace_figure(body, mention, text, lead))
    actual = _run(checker, tmp_path, name, raw)
    got = actual[(fact, name)]
    assert got[0] == "consistent", (text, got)
    # the match is the reworded figure (or the part of it that is the figure)
    assert any(text.strip(",") in t or t in text for t in got[1]), (text, got)
    others = {c: v for c, v in actual.items() if c != (fact, name)}
    assert _changes({c: baseline[c] for c in others}, others) == {}


# --- formats ---------------------------------------------------------------------------------


def _story(name: str) -> tuple[str, dt.date, list[str]]:
    """The demo article as the checker reads it: title, date, paragraphs."""
    article = read_article(ROOT / "articles" / name)
    assert article.date is not None and article.title
    return article.title, article.date, article.paragraphs


NAV = ("Home", "World", "Europe", "Business", "Sport", "Opinion")


def _as_html(name: str) -> str:
    """A saved page: metadata in the head, navigation and footer around <article>."""
    title, date, paras = _story(name)
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | The Daily Wire Desk</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="{date.isoformat()}T08:00:00+00:00">
</head><body>
<header><a href="/">The Daily Wire Desk</a><nav><ul>{nav}</ul></nav>
<a class="subscribe" href="/subscribe">Subscribe for $1 a week</a></header>
<main><article><h1>{esc(title)}</h1>
<p class="byline">By Staff &middot; <time datetime="{date.isoformat()}">{date:%d %B %Y}</time></p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Jobs: salary $100,000-plus</a></li>
<li><a href="/b">Markets fall 4.25% in a day</a></li></ul></aside></main>
<footer><p>Copyright 2022 The Daily Wire Desk. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


def _as_wordpress(name: str) -> str:
    """One post of the WordPress REST API: the body as HTML in content.rendered."""
    title, date, paras = _story(name)
    rendered = "".join(f"\n<p>{html.escape(p, quote=False)}</p>\n" for p in paras)
    return json.dumps({"id": 7, "date": f"{date.isoformat()}T08:00:00",
                       "slug": Path(name).stem, "type": "post",
                       "title": {"rendered": html.escape(title)},
                       "content": {"rendered": rendered, "protected": False}}, indent=1)


def _as_markdown(name: str) -> str:
    """A draft in Markdown: front matter for title and date, a heading, the paragraphs."""
    title, date, paras = _story(name)
    head = yaml.safe_dump({"title": title, "date": date, "author": "Staff"},
                          allow_unicode=True, sort_keys=False)
    return f"---\n{head}---\n\n# {title}\n\n" + "\n\n".join(paras) + "\n"


FORMATS = {"html": _as_html, "wordpress": _as_wordpress, "markdown": _as_markdown}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", [a.name for a in ARTICLES], ids=_short)
def test_format_changes_nothing(checker: Checker, tmp_path: Path, baseline: Table,
                                name: str, fmt: str) -> None:
    """The format is read from the content: the same story in any of them, the same table."""
    raw = FORMATS[fmt](name)
    probe = tmp_path / "probe.txt"
    probe.write_text(raw, encoding="utf-8")
    article = read_article(probe)
    # read as the format meant, every paragraph and the date kept: a reader loss shows here,
    # apart from a matching change
    assert (article.source_format, article.date) == (fmt, _story(name)[1])
    assert article.paragraphs == _story(name)[2]
    assert _changes(baseline, _run(checker, tmp_path, name, raw)) == {}


# --- boilerplate -----------------------------------------------------------------------------

#: Page furniture with figures in it: a read time, a price, a salary, a market move.
FURNITURE_TOP = ("Home / World / Europe", "Subscribe for $1 a week", "6 mins to read")
FURNITURE_BOTTOM = ("Jobs: salary $100,000-plus", "Markets: shares fall 4.25%",
                    "Subscribe for $1 a week", "6 mins to read", "Share this article")
#: Teasers of other stories, with figures that contradict the facts: only a page has them
#: (inside a post's own body they would be its text).
TEASERS = ("Most read", "Ukraine says Russia has massed 130,000 troops near its border",
           "Biden and Putin spoke for 15 minutes, Kremlin says")


def _with_furniture(raw: str, top: bool) -> str:
    """Furniture lines (or <p>s, inside a post) put before or after the story."""
    def edit(body: str) -> str:
        lines = FURNITURE_TOP if top else FURNITURE_BOTTOM
        if raw.lstrip().startswith("{"):
            block = "".join(f"<p>{html.escape(x)}</p>\n" for x in lines)
        else:
            block = "\n\n".join(lines if top else TEASERS + lines) + "\n\n"
        return block + body if top else body.rstrip("\n") + "\n\n" + block
    return _edit_body(raw, edit)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("name", [a.name for a in ARTICLES], ids=_short)
def test_boilerplate_changes_nothing(checker: Checker, tmp_path: Path, baseline: Table,
                                     name: str, where: str) -> None:
    """A read time, a price, a salary or another story's teaser in the page's furniture
    speaks of no fact."""
    raw = _with_furniture(_source(name), top=where == "top")
    assert _changes(baseline, _run(checker, tmp_path, name, raw)) == {}


# --- paragraph shuffle -----------------------------------------------------------------------


def _blocks(body: str, post: bool) -> list[str]:
    """The source split into blocks, separators kept as their own items (even: blocks)."""
    if post:
        return re.split(r"(?<=</p>)(\s*)(?=<p)", body)
    return re.split(r"(\n[ \t]*\n\s*)", body)


def _shuffled(name: str, seed: int) -> tuple[str, int]:
    """The article with its unrelated story paragraphs permuted among their places.

    Unrelated: a story paragraph (one the reader keeps) holding no sentence the checker
    matched or considered for any fact, not the lead (it carries the dateline) and not
    right before such a paragraph (its last sentence may count as context)."""
    verdicts = [v for (_, n), v in _baseline_verdicts().items() if n == name]
    cited = {_norm(m.sentence) for v in verdicts for m in (*v.mentions, *v.near_misses)}
    paragraphs = [_norm(p) for p in read_article(ROOT / "articles" / name).paragraphs]
    raw = _source(name)
    post = raw.lstrip().startswith("{")
    moved = 0

    def edit(body: str) -> str:
        nonlocal moved
        parts = _blocks(body, post)
        texts = [_norm(parts[i]) for i in range(0, len(parts), 2)]
        story = [i for i, t in enumerate(texts) if t in paragraphs]
        fixed = {i for i in story if any(s in texts[i] for s in cited)}
        fixed |= {story[0]} | {story[k - 1] for k, i in enumerate(story) if k and i in fixed}
        slots = [i for i in story if i not in fixed]
        order = slots[:]
        random.Random(seed).shuffle(order)
        moved = sum(a != b for a, b in zip(slots, order, strict=True))
        blocks = [parts[i] for i in range(0, len(parts), 2)]
        for slot, source in zip(slots, order, strict=True):
            parts[2 * slot] = blocks[source]
        return "".join(parts)

    return _edit_body(raw, edit), moved


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("name", [a.name for a in ARTICLES], ids=_short)
def test_shuffling_unrelated_paragraphs_changes_nothing(
        checker: Checker, tmp_path: Path, baseline: Table, name: str, seed: int) -> None:
    """Where an unrelated paragraph stands says nothing about any fact."""
    raw, moved = _shuffled(name, seed)
    assert moved >= 4  # a real shuffle, not a no-op
    assert _changes(baseline, _run(checker, tmp_path, name, raw)) == {}
