"""Check that news articles state a story's facts consistently, as pytest checks.

The pipeline, one module a stage: read articles (`articles`) → find quantities
(`quantities`) → match them to facts (`matching`) → compare (`compare`) → report
(`report`). `engine` runs it; `plugin` is the pytest door onto it.
"""

from __future__ import annotations

from checks.articles import Article, ArticleError, read_article, read_articles
from checks.claims import ClaimsError, load_story
from checks.compare import Comparison, compare
from checks.engine import Checker, check_story
from checks.facts import Fact, Mention, Story, Tolerance, Verdict
from checks.quantities import Quantity, find_quantities

__all__ = [
    "Article",
    "ArticleError",
    "Checker",
    "ClaimsError",
    "Comparison",
    "Fact",
    "Mention",
    "Quantity",
    "Story",
    "Tolerance",
    "Verdict",
    "check_story",
    "compare",
    "find_quantities",
    "load_story",
    "read_article",
    "read_articles",
]
