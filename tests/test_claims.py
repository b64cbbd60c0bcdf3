"""Loading claims files: the schema, the shorthand, and every message an editor may see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checks.claims import ClaimsError, _Problem, load_story, parse_value
from checks.engine import check_story

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, body: str, name: str = "story.yaml") -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text("Some 100,000 troops massed.\n")
    claims = tmp_path / "claims"
    claims.mkdir(exist_ok=True)
    path = claims / name
    path.write_text(body, encoding="utf-8")
    return path


def error(tmp_path: Path, body: str) -> ClaimsError:
    """What the editor is told: why the file cannot be used, or why its one fact cannot."""
    try:
        story = load_story(write(tmp_path, body), root=tmp_path)
    except ClaimsError as problem:
        return problem
    (problem,) = story.problems
    assert problem.fact and not story.facts
    return problem


def test_demo_story_loads() -> None:
    story = load_story(ROOT / "claims" / "ukraine-talks.yaml", root=ROOT)
    ids = [fact.id for fact in story.facts]
    assert ids[:4] == ["troop-buildup", "donbas-deaths", "call-length", "geneva-talks"]
    assert len(story.sources) == 5
    call = story.facts[2]
    assert call.value.kind == "duration" and call.value.value == 50
    geneva = story.facts[3]
    assert (geneva.value.low, geneva.value.high) == (dt.date(2022, 1, 9), dt.date(2022, 1, 10))
    assert story.aliases["call"] == ("spoke", "conversation")


def test_shorthand_takes_the_claims_one_figure(tmp_path: Path) -> None:
    body = ("articles: ../articles/*\nfacts:\n"
            "  deaths: The conflict has killed more than 14,000 people since 2014.\n")
    story = load_story(write(tmp_path, body), root=tmp_path)
    value = story.facts[0].value
    assert (value.kind, value.value, value.hedge) == ("count", 14000, "more than")


def test_shorthand_reads_a_persons_age_in_years(tmp_path: Path) -> None:
    """"Ortiz was 35 when he was shot" and "Orozco, 27, was arrested" give ages, which an
    article's "35-year-old" states; a bare 35 would be a count of nothing."""
    body = ("articles: ../articles/*\nfacts:\n"
            "  ortiz: Deputy Jerry Ortiz was 35 when he was shot in Hawaiian Gardens.\n"
            "  orozco: Jose Luis Orozco, 27, was arrested for the killing.\n"
            "  crowd: About 100 people marched when the vigil ended.\n")
    story = load_story(write(tmp_path, body), root=tmp_path)
    ortiz, orozco, crowd = (fact.value for fact in story.facts)
    assert (ortiz.kind, ortiz.value, ortiz.unit) == ("duration", 35, "year")
    assert (orozco.kind, orozco.value, orozco.unit) == ("duration", 27, "year")
    assert (crowd.kind, crowd.unit) == ("count", "people")


def test_a_bare_number_ending_a_claim_about_a_named_person_is_their_age(
        tmp_path: Path) -> None:
    """"Unique Armstead, the other mother shot, is 32." gives her age, as does "Wounded girl
    Cheanne McKnight was 11." (a noun for a person, then a name); "The death toll is 32."
    names no one, nor does "the toll in New York", and both stay bare counts."""
    body = ("articles: ../articles/*\nfacts:\n"
            "  armstead: Unique Armstead, the other mother shot in the arm, is 32.\n"
            "  toll: The death toll is 32.\n"
            "  girl: Wounded girl Cheanne McKnight was 11.\n"
            "  city: Police said the toll in New York was 32.\n")
    armstead, toll, girl, city = (fact.value for fact in load_story(write(tmp_path, body),
                                                                      root=tmp_path).facts)
    assert (armstead.kind, armstead.value, armstead.unit) == ("duration", 32, "year")
    assert (toll.kind, toll.unit) == ("count", "")
    assert (girl.kind, girl.value, girl.unit) == ("duration", 11, "year")
    assert (city.kind, city.unit) == ("count", "")


def test_a_quoted_bare_value_takes_the_claims_unit(tmp_path: Path) -> None:
    """`value: '4.2'` is the claim's "magnitude 4.2", as an unquoted 4.2 would be; a quoted
    number the claim gives no unit stays a bare count, and a hedged one keeps its hedge."""
    body = ("articles: ../articles/*\nfacts:\n"
            "  quake: {claim: The quake measured magnitude 4.2 on Sunday., value: '4.2'}\n"
            "  toll: {claim: The death toll is 32., value: '32'}\n"
            "  about: {claim: The quake measured magnitude 4.2., value: 'about 4.2'}\n")
    quake, toll, about = (fact.value for fact in load_story(write(tmp_path, body),
                                                            root=tmp_path).facts)
    assert (quake.kind, quake.value, quake.unit) == ("measure", 4.2, "magnitude")
    assert (toll.kind, toll.unit) == ("count", "")
    assert (about.kind, about.unit, about.hedge) == ("measure", "magnitude", "approximately")


@pytest.mark.parametrize("value", ["'24'", "24"])
def test_a_bare_value_of_a_claims_age_is_that_age(tmp_path: Path, value: str) -> None:
    """`value: '24'` for "Jonathan Carrasquillo, 24," is his age in years, as the claim
    alone would give it: a count of nothing would meet no article's "24-year-old"."""
    body = ("articles: ../articles/*\nfacts:\n"
            "  age: {claim: \"Jonathan Carrasquillo, 24, went on trial in Brooklyn in "
            f"April 2013.\", value: {value}}}\n"
            f"  toll: {{claim: The death toll is 24., value: {value}}}\n")
    age, toll = (fact.value for fact in load_story(write(tmp_path, body), root=tmp_path).facts)
    assert (age.kind, age.value, age.unit) == ("duration", 24, "year")
    assert (toll.kind, toll.unit) == ("count", "")


def test_value_forms(tmp_path: Path) -> None:
    story = load_story(write(tmp_path, """\
articles: ../articles/a.txt
facts:
  a: {claim: Troops massed., value: "~100,000 troops"}
  b: {claim: Talks on 12 January., value: 2022-01-12}
  c: {claim: The call lasted 50 minutes., value: 50}
  d: {claim: Troops massed., value: ">= 3,000 troops", tolerance: "2,000 troops"}
  e: {claim: Talks were held., value: "2022-01-09 to 2022-01-10", tolerance: 1 day}
"""), root=tmp_path)
    a, b, c, d, e = story.facts
    assert a.value.hedge == "approximately"
    assert b.value.kind == "date" and b.value.value == dt.date(2022, 1, 12)
    assert c.value.kind == "duration"
    assert d.value.hedge == "at least" and d.tolerance is not None and d.tolerance.absolute == 2000
    assert e.tolerance is not None and e.tolerance.absolute == 1


def test_article_entries_with_dates(tmp_path: Path) -> None:
    body = ("articles:\n  - {path: ../articles/a.txt, date: 2022-01-03}\n"
            "facts:\n  a: Some 100,000 troops massed.\n")
    story = load_story(write(tmp_path, body), root=tmp_path)
    assert story.sources[0].date == dt.date(2022, 1, 3)


@pytest.mark.parametrize(("value", "kind", "number", "unit", "hedge"), [
    ("31 pieces of equipment", "count", 31, "piece", "exact"),
    ("up to 16GB of RAM", "measure", 16, "gigabyte", "at most"),
    ("about 9 acres of farmland", "measure", 9, "acre", "approximately"),
])
def test_a_value_may_say_what_its_figure_counts_after_of(value, kind, number, unit, hedge):
    """Editors name what is counted: the figure is read, the "of" phrase is its subject."""
    figure = parse_value(value)
    assert (figure.kind, figure.value, figure.unit, figure.hedge) == (kind, number, unit, hedge)


def test_a_height_value_in_feet_and_inches_is_one_figure() -> None:
    figure = parse_value("5 feet 8 inches")
    assert (figure.kind, figure.unit) == ("measure", "foot")
    assert figure.value == pytest.approx(68 / 12)


@pytest.mark.parametrize(("value", "kind", "unit"), [
    ("78.6 m", "measure", "meter"), ("about 3 m", "measure", "meter"),
    ("20 s", "duration", "second"), ("2.5 l", "measure", "liter"),
])
def test_a_unit_prose_glues_to_its_number_is_read_apart_in_a_value(value, kind, unit):
    """In prose "m" is a metre only glued ("a 30m wave"); a value is a figure alone, so
    "78.6 m" is 78.6 metres, never a bare 78.6 that no measure would meet."""
    figure = parse_value(value)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize("value", ["31 of equipment", "about lots of troops",
                                   "a fleet of 31 trucks", "31 pieces of 40 trucks"])
def test_an_of_phrase_does_not_make_words_a_figure(value):
    with pytest.raises(_Problem):
        parse_value(value)


@pytest.mark.parametrize(("body", "line", "message"), [
    ("articles: ../articles/*\nfacts:\n  a: 100 troops.\n  a: 200 troops.\n", 4,
     "duplicate key 'a' (first at line 3)"),
    ("articles: ../articles/*\nfact:\n  a: 100 troops.\n", 2,
     "unknown key `fact` at the top of a claims file; did you mean `facts`?"),
    ("articles: ../articles/*\nfacts:\n  a:\n    claim: 100 troops.\n    tolerence: 3%\n", 5,
     "unknown key `tolerence` in fact `a`; did you mean `tolerance`?"),
    ("articles: ../articles/*\nfacts: {}\n", 2, "`facts:` is empty"),
    ("articles: ../articles/*\nfacts:\n  a: {claim: Troops., value: about lots of troops}\n", 3,
     "cannot read `value:` 'about lots of troops' as one figure"),
    ("articles: ../articles/*\nfacts:\n  a: {claim: Crews poured water., "
     "value: '5,000 gallons per minute'}\n", 3, "is a rate ('per minute'), which is not read "
     "yet: give the figure alone, e.g. `5,000 gallons`"),
    ("articles: ../articles/*\nfacts:\n  a: {claim: 100 troops., tolerance: -5%}\n", 3,
     "`tolerance: -5%` makes no sense"),
    ("articles: ../articles/*\nfacts:\n  a: {claim: It lasted 50 minutes., tolerance: 3 tanks}\n",
     3, "`tolerance: 3 tanks` does not fit the value"),
    ("articles: ../articles/*\nfacts:\n  bad id: 100 troops.\n", 3,
     "fact id 'bad id' is not a valid name"),
    ("articles: ../nowhere/*.txt\nfacts:\n  a: 100 troops.\n", 1,
     "article glob '../nowhere/*.txt' matches no file"),
    ("articles: /etc/*\nfacts:\n  a: 100 troops.\n", 1, "is absolute"),
    ("articles: ../articles/*\nfacts:\n  a: [1, 2\n", 4, "YAML syntax error"),
    ("articles: ../articles/*\nfacts:\n  a: Troops massed near the border.\n", 3,
     "states no figure: add `value:`"),
    ("articles: ../articles/*\nfacts:\n  a: The talks opened on Monday.\n", 3,
     "names only a day of the week ('Monday'): give its date with `value:`"),
    ("articles: ../articles/*\nfacts:\n  a: {claim: The talks opened., value: Monday}\n", 3,
     "`value:` 'Monday' names only a day of the week: write the date"),
    ("articles: ../articles/*\nfacts:\n  a: 100 troops and 50 tanks.\n", 3,
     "states 2 figures ('100 troops', '50 tanks')"),
    ("articles: ../articles/*\nfacts:\n  a: !!python/object:os.system echo\n", 3,
     "YAML tags such as `!!python/...` are not allowed"),
])
def test_bad_claims_are_pointed_at(tmp_path: Path, body: str, line: int, message: str) -> None:
    problem = error(tmp_path, body)
    assert message in problem.reason
    assert problem.line == line
    assert str(problem).startswith(f"{problem.path}:{line}:")


def test_a_fact_that_cannot_be_used_leaves_the_others(tmp_path: Path) -> None:
    """One unreadable value must not take a story's other checks with it."""
    story = load_story(write(tmp_path, """\
articles: ../articles/*
facts:
  troops: Russia massed some 100,000 troops.
  shots: {claim: He fired a .38 caliber revolver., value: .38 caliber}
  call: {claim: The call lasted 50 minutes., tolerence: 5%}
  deaths: The conflict has killed more than 14,000 people.
"""), root=tmp_path)
    assert [f.id for f in story.facts] == ["troops", "deaths"]
    assert [(p.fact, p.line) for p in story.problems] == [("shots", 4), ("call", 5)]
    assert "cannot read `value:` '.38 caliber'" in story.problems[0].reason
    assert str(story.problems[1]).startswith(f"{story.path}:5:")
    with pytest.raises(ClaimsError, match=r"cannot read `value:` '\.38 caliber'"):
        check_story(story.path, root=tmp_path)  # the Python API stays strict


def test_empty_file(tmp_path: Path) -> None:
    assert "the file is empty" in error(tmp_path, "").reason


def test_article_glob_cannot_leave_the_root(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("100 troops")
    problem = error(root, "articles: ../../secret.txt\nfacts:\n  a: 100 troops.\n")
    assert "points outside the repository root" in problem.reason


def test_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("100 troops")
    path = write(root, "articles: ../articles/link.txt\nfacts:\n  a: 100 troops.\n")
    (root / "articles" / "link.txt").symlink_to(outside)
    with pytest.raises(ClaimsError, match="outside the repository root"):
        load_story(path, root=root)
