"""The domain's nouns: a Story declares Facts; checking one against an Article gives a Verdict.

Kept apart from the stages so that every stage, the plugin and the report share one
vocabulary without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from checks.quantities import Quantity

Status = Literal["consistent", "discrepancy", "not_mentioned", "error"]


class ClaimsError(Exception):
    """A claims file, or one of its facts (`fact`), that cannot be used; the message says
    where and what to write instead."""

    def __init__(self, path: Path, message: str, line: int = 0, column: int = 0,
                 fact: str = "") -> None:
        self.path, self.line, self.column, self.reason = path, line, column, message
        self.fact = fact
        where = f"{path}:{line}:{column}" if line else str(path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Tolerance:
    """How far a stated figure may stray from the fact: a share, or an amount of its unit."""

    text: str
    relative: float | None = None
    absolute: float | None = None

    def allowance(self, anchor: float) -> float:
        """The allowed difference around `anchor`."""
        if self.absolute is not None:
            return self.absolute
        return abs(anchor) * (self.relative or 0.0)


@dataclass(frozen=True)
class Fact:
    """One fact of a story, as an editor declared it in a claims file."""

    id: str
    claim: str
    value: Quantity
    value_text: str
    tolerance: Tolerance | None = None
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    required: bool = False
    line: int = 0
    claims_path: Path = Path()


@dataclass(frozen=True)
class ArticleSource:
    """Where a story's article lives, with the date the claims file may impose on it."""

    path: Path
    date: dt.date | None = None


@dataclass(frozen=True)
class Story:
    """A claims file: its facts, the articles they are checked against, and the synonyms."""

    path: Path
    title: str | None
    facts: tuple[Fact, ...]
    sources: tuple[ArticleSource, ...]
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The facts left out because they cannot be used, each with where and why.
    problems: tuple[ClaimsError, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity in an article that speaks of a fact, with why we think so and how it compares."""

    quantity: Quantity
    sentence: str
    sentence_start: int
    line: int | None
    score: float
    reason: str
    verdict: Status = "consistent"
    delta: str = ""
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of checking one fact against one article."""

    fact: Fact
    article_name: str
    article_path: Path
    status: Status
    message: str
    mentions: tuple[Mention, ...] = ()
    near_misses: tuple[Mention, ...] = ()
