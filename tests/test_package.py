"""The package's own shape: rules that no linter checks."""

from __future__ import annotations

import ast
import tomllib
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checks"


def _module_names(path: Path) -> Counter[str]:
    """How often each name is bound at a module's top level."""
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(path: Path) -> None:
    """A constant defined twice silently replaces the first for every caller (one did:
    `profiles.PLACING`, whose second list dropped the places a unit is owned in)."""
    assert [name for name, count in _module_names(path).items() if count > 1] == []


def test_every_package_is_shipped() -> None:
    """pyproject.toml lists the packages a wheel holds, so a new subpackage left off the list
    imports in a checkout and fails in every install (`checks.matching.vetoes` nearly was)."""
    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set(project["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(PACKAGE.parent).parts)
               for p in PACKAGE.rglob("__init__.py")}
    assert on_disk - shipped == set()
