"""Numbers as written: digits with their separators, and number words ("twenty-four",
"one hundred thousand")."""

from __future__ import annotations

import math
from typing import NamedTuple

from checks.quantities.patterns import WORD_TOKEN
from checks.quantities.vocabulary import ONES, SCALES, TENS, WORD_SCALES


class Num(NamedTuple):
    value: float
    end: int
    raw: str  # the digits or fraction as written ("" for whole number words)
    scaled: bool
    scale: float = 1.0  # the multiplier a scale word applied ("million" → 1e6)


#: The spaces a figure may group its thousands with ("106 000"), deleted by str.translate.
_NO_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")


def to_float(raw: str, dot_mode: bool) -> float:
    """Digits as written → float, honouring the text's separator convention."""
    if raw.isdigit():  # most figures: nothing to strip
        return float(raw)
    s = raw.translate(_NO_SPACES)
    s = s.replace(".", "").replace(",", ".") if dot_mode else s.replace(",", "")
    return float(s)


def parse_words(text: str, i: int) -> tuple[float, int] | None:
    """Read English number words ("one hundred and five thousand", "two dozen") at i."""
    total = current = 0.0
    last = ""  # class of the previous word: one, teen, ten, hundred, scale, dozen
    last_scale = math.inf
    end = i
    pos = i
    first = True
    while True:
        if last == "scale" and text.startswith(", ", pos):
            rest = _comma_group(text, pos + 2, last_scale)
            if rest is not None:
                return total + current + rest[0], rest[1]
        m = WORD_TOKEN.match(text, pos)
        if not m or (first and m.start(1) != i):
            break
        w = m.group(1).lower()
        sep = text[m.start():m.start(1)]
        if ("and" in sep or "&" in sep) and last not in ("hundred", "scale"):
            break
        # A hyphen joins "twenty-four", and a scale to its multiplier in a compound
        # adjective ("a five-million-pound fee", as "a 2-million-pound fee" is read).
        if "-" in sep and not ((last == "ten" and w in ONES)
                               or (w in WORD_SCALES and last in ("one", "teen", "ten"))):
            break
        if w in ONES and ONES[w] < 10 and last in ("", "ten", "hundred", "scale"):
            current += ONES[w]
            last = "one"
        elif w in ONES and last in ("", "hundred", "scale"):
            current += ONES[w]
            last = "teen"
        elif w in TENS and last in ("", "hundred", "scale"):
            current += TENS[w]
            last = "ten"
        elif w == "hundred" and last in ("one", "teen", "ten", "") and current < 100:
            current = (current or 1) * 100
            last = "hundred"
        elif w == "dozen" and last in ("one", "teen", "ten", ""):
            current = (current or 1) * 12
            last = "dozen"
        elif w in ("thousand", "million", "billion", "trillion") and last not in ("scale",):
            scale = SCALES[w]
            if scale >= last_scale:
                break
            total += (current or 1) * scale
            current = 0
            last_scale = scale
            last = "scale"
        else:
            break
        first = False
        pos = end = m.end()
    if end == i:
        return None
    return total + current, end


def _comma_group(text: str, i: int, below: float) -> tuple[float, int] | None:
    """The group after a scale and a comma, as cheques spell figures: "three million,
    two hundred and forty". Only a group with "hundred" and smaller than the scale, since
    "a million, two were hurt" is a list."""
    rest = parse_words(text, i)
    if rest is None or rest[0] >= below or "hundred" not in text[i:rest[1]].lower():
        return None
    return rest
