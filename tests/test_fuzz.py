"""Properties of the readers under garbage: only the checker's own errors ever escape.

The `check_*` functions are the properties; hypothesis drives them here with modest
example counts, and `benchmarks/fuzz.py` drives the same functions for minutes on end.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.articles import ArticleError, read_articles
from checks.claims import ClaimsError, load_story
from checks.quantities import find_quantities

ROOT = Path(__file__).resolve().parent.parent
SEEDS = tuple(sorted(p for p in (ROOT / "articles").iterdir() if p.is_file()))
SEED_TEXTS = tuple(p.read_text("utf-8") for p in SEEDS)

#: Starts of files that steer read_articles into each of its readers.
PREFIXES: tuple[bytes, ...] = (
    b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"PK\x03\x04",
    b"{", b'{"title": "T", "text": "', b'{"content": {"rendered": "<p>', b"[", b"[{",
    b"<html><body><p>", b"<!DOCTYPE html><p>", b"<?xml version='1.0'?>", b"---\ntitle: ",
    b"# Heading\n\n", b"MOSCOW (AP) \xe2\x80\x94 ",
)
#: Pieces of news prose and markup that mutations splice into real text.
FRAGMENTS: tuple[str, ...] = (
    "100,000", "some", "about", "more than", "nearly an hour", "50 minutes", "troops",
    "January 9–10, 2022", "2022-01-12", "$5 million", "4.5%", "per cent", "–", "-", " ",
    "\n", "\n\n", ".", ",", "(", ")", "«", "’", "\u00a0", "\u202f", "½", "٣", "\x00", "\ufeff",
    "<p>", "</p>", "&amp;", "&#x0;", "{", "}", "[", "]", '"', "---\n", "Advertisement\n",
    "twenty-four", "a dozen", "1.234.567", "7.6", "km", "Monday", "'s", "F-16", "9-10",
)
#: Lines and scraps claims files are made of, right and wrong, to assemble YAML-ish text.
YAML_PIECES: tuple[str, ...] = (
    "version: 1\n", "version: 2\n", "story: Talks\n", "articles: ../articles/*\n",
    "articles:\n  - ../articles/a.txt\n", "articles: ../nowhere/*\n", "articles: /etc/hostname\n",
    "articles:\n  - {path: ../articles/a.txt, date: 2022-01-03}\n", "articles: []\n",
    "facts:\n", "facts: {}\n", "facts: []\n", "  a: Some 100,000 troops massed.\n",
    "  b:\n", "    claim: The call lasted 50 minutes.\n", "    value: about 100,000 troops\n",
    "    value: 2022-01-09 to 2022-01-10\n", "    value: 2022-13-45\n", "    value: 7\n",
    "    value: [1, 2]\n", "    tolerance: 3%\n", "    tolerance: -5%\n",
    "    tolerance: 3 tanks\n",
    "    tolerance: 2 days\n", "    tolerance: .nan\n", "    tolerance: .inf\n",
    "    context: [troops, border]\n", "    context: ['.*']\n", "    exclude: drills\n",
    "    required: true\n", "    required: 'yes'\n", "aliases:\n  call: [spoke]\n",
    "aliases: [x]\n", "  'bad id': 1 troop.\n", "  1: 2 troops.\n", "  '1': 3 troops.\n",
    "\t", "  ", " ", "-", ":", ": ", "[", "]", "{", "}", "'", '"', "&a ", "*a", "<<: *a\n",
    "!!python/object/apply:os.system [true]", "!!binary aGk=", "? [a]\n: b\n", "---\n",
    "# comment\n", "\n", "\x00", "\ufeff", "é", "100,000", "2022-01-12", "~", ">=",
)


def check_read(path: Path, data: bytes) -> None:
    """read_articles raises ArticleError or returns articles with text and sane line maps."""
    path.write_bytes(data)
    try:
        articles = read_articles(path)
    except ArticleError:
        return
    assert articles
    for article in articles:
        assert article.text.strip()
        for offset, line in article.line_starts:
            assert 0 <= offset <= len(article.text) and line >= 1


def check_quantities(text: str) -> None:
    """find_quantities never raises; its spans are in bounds, exact and do not overlap."""
    previous_end = 0
    for quantity in find_quantities(text):
        assert 0 <= quantity.start <= quantity.end <= len(text), quantity
        assert text[quantity.start:quantity.end] == quantity.text, quantity
        assert quantity.start >= previous_end, quantity
        previous_end = quantity.end


def check_load(folder: Path, text: str) -> None:
    """load_story raises ClaimsError or returns a story whose articles lie in the root, and
    whose every fact is loaded or reported: a file whose one fact cannot be checked (a
    claim of two dates and no `value:`) is a story of one problem, not an empty one."""
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "articles" / "a.txt").write_text("Some 100,000 troops massed.\n")
    (folder / "claims").mkdir(exist_ok=True)
    path = folder / "claims" / "fuzz.yaml"
    path.write_text(text, "utf-8", errors="surrogatepass")
    try:
        story = load_story(path, root=folder)
    except ClaimsError:
        return
    assert story.facts or story.problems
    for source in story.sources:
        assert source.path.resolve().is_relative_to(folder.resolve())


def mutate(text: str, rng: random.Random, rounds: int = 8) -> str:
    """Real text, damaged the way copy-paste, truncation and scrapers damage it."""
    for _ in range(rng.randint(1, rounds)):
        i = rng.randint(0, len(text))
        j = min(len(text), i + rng.randint(0, 80))
        op = rng.randrange(6)
        if op == 0:
            text = text[:i] + text[j:]
        elif op == 1:
            text = text[:i] + rng.choice(FRAGMENTS) + text[i:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 4) + text[j:]
        elif op == 3:
            text = text[:i] + "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(j - i)) + text[j:]
        elif op == 4:
            text = text[:i] + "".join(rng.choice("0123456789,.") for _ in range(j - i)) + text[j:]
        else:
            text = text[:i]
    return text


def yaml_ish(rng: random.Random, size: int = 30) -> str:
    return "".join(rng.choice(YAML_PIECES) for _ in range(rng.randint(0, size)))


def encode(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"))
    data = text.encode(encoding, errors="replace")
    return data[: rng.randint(0, len(data))] if rng.random() < 0.2 else data


def corpus_texts(extra: Sequence[Path] = ()) -> list[str]:
    return list(SEED_TEXTS) + [p.read_text("utf-8", errors="replace") for p in extra]


# --- hypothesis --------------------------------------------------------------------------

FAST = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
seeds = st.integers(min_value=0, max_value=2**32 - 1)


@FAST
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(min_size=0, max_size=3000))
def test_read_articles_on_random_bytes(tmp_path: Path, prefix: bytes, body: bytes) -> None:
    check_read(tmp_path / "random.txt", prefix + body)


@SLOW
@given(seed=seeds, index=st.integers(min_value=0, max_value=len(SEEDS) - 1))
def test_read_articles_on_mutated_articles(tmp_path: Path, seed: int, index: int) -> None:
    rng = random.Random(seed)
    prefix = rng.choice(PREFIXES).decode("utf-8", errors="replace")
    text = mutate(prefix + SEED_TEXTS[index], rng)
    check_read(tmp_path / "mutated.txt", encode(text, rng))


@FAST
@given(st.text(max_size=400))
def test_find_quantities_on_random_text(text: str) -> None:
    check_quantities(text)


@FAST
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join))
def test_find_quantities_on_news_fragments(text: str) -> None:
    check_quantities(text)


@SLOW
@given(seed=seeds, index=st.integers(min_value=0, max_value=len(SEEDS) - 1))
def test_find_quantities_on_mutated_articles(seed: int, index: int) -> None:
    check_quantities(mutate(SEED_TEXTS[index], random.Random(seed)))


@FAST
@given(st.lists(st.sampled_from(YAML_PIECES), max_size=40).map("".join))
def test_load_story_on_yaml_ish_text(tmp_path: Path, text: str) -> None:
    check_load(tmp_path, text)


@SLOW
@given(st.text(max_size=300))
def test_load_story_on_random_text(tmp_path: Path, text: str) -> None:
    check_load(tmp_path, text)


def test_a_story_whose_only_fact_is_unusable_reports_it(tmp_path: Path) -> None:
    """Found by benchmarks/fuzz.py: the loader keeps the unusable fact as a problem."""
    text = ("articles:\n  - {path: ../articles/a.txt, date: 2022-01-03}\nfacts:\n"
            "    value: 2022-01-09 to 2022-01-10\n")
    check_load(tmp_path, text)
    story = load_story(tmp_path / "claims" / "fuzz.yaml", root=tmp_path)
    assert not story.facts and [p.fact for p in story.problems] == ["value"]
