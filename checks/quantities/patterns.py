"""The regular expressions the scanner reads with, compiled once from the vocabulary, and
the trigger that finds where a figure can start."""

from __future__ import annotations

import re
import string

from checks.quantities.vocabulary import (
    A_UNITS,
    ABBR_UNITS,
    AGE_DECADES,
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    DENOMINATORS,
    DIGIT_WORDS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    LONG_WORDS,
    MONTHS,
    ONES,
    PARTS_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_WORDS,
    SCALES,
    SOMETHINGS,
    SPEED_WORDS,
    TENS,
    VAGUE,
    VULGAR_CHARS,
    WEEKDAYS,
    WORD_UNITS,
)


def _alt(words: object) -> str:
    """A regex alternation, longest first so "January" wins over "Jan"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_SP = r"[ \t\u00a0\u202f\u2009]"
#: A month; only an abbreviation takes a period ("Jan.", "May. 1" as "%b." renders it):
#: "on 16 January." ends a sentence.
_MONTH = (rf"(?<![A-Za-z])(?P<mon>{_alt(MONTHS)})(?![a-z])"
          rf"(?:(?<=Sept)\.|(?<![A-Za-z]{{4}})(?<!May)\.|(?<=May)\.(?={_SP}+\d))?")
_MONTH2 = _MONTH.replace("?P<mon>", "?P<mon2>")
_WEEKDAY = rf"(?<![A-Za-z])(?P<wd>{_alt(WEEKDAYS)})(?![a-z])"
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:A-Za-z]|\.\d)"
_DAY2 = (rf"(?:{_SP}*(?:[-–—]|&|and|to){_SP}*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
         r"(?![\d:A-Za-z]|\.\d))?")
#: A year after a date: 1800 to 2100, as a year alone is read (`_Scanner._is_year`).
_YEAR_DIGITS = r"(?:(?:1[89]|20)\d\d|2100)"
_YEAR = rf"(?:,?{_SP}+(?P<y>{_YEAR_DIGITS})(?![\d:]|\.\d))?"
_WD_PREFIX = rf"(?:{_WEEKDAY},?{_SP}+)?"

#: "January the 12th": "the" only before an ordinal day.
_THE_NTH = rf"(?:the{_SP}+(?=[0-3]?\d(?:st|nd|rd|th)))?"
MDY_RE = re.compile(rf"{_WD_PREFIX}{_MONTH}{_SP}+{_THE_NTH}{_DAY}{_DAY2}{_YEAR}")
DMY_RE = re.compile(rf"{_WD_PREFIX}{_DAY}{_DAY2}{_SP}+(?:of{_SP}+)?{_MONTH}{_YEAR}")
MY_RE = re.compile(rf"{_MONTH},?{_SP}+(?P<y>{_YEAR_DIGITS})(?![\d:]|\.\d)")
#: "the 1990s" is a decade (a span of years), not 1990 seconds; "the 90s", "in their 90s"
#: may be a decade or an age, so they are passed over ("it took 30s" stays a duration).
DECADE_RE = re.compile(r"(1[0-9]\d0|20\d0)['’]?s(?![A-Za-z0-9])")
SHORT_DECADE_RE = re.compile(r"\d0['’]?s(?![A-Za-z0-9])")
SHORT_DECADE_BEFORE = re.compile(r"(?i)(?:['’]|\b(?:the|their|his|her|its|early|mid|late)[\s-]+)$")
ISO_RE = re.compile(r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
WEEKDAY_RE = re.compile(_WEEKDAY)
#: After a weekday, what a date must go on with (MDY_RE, DMY_RE): a month or a day.
DATE_AFTER_WEEKDAY = re.compile(rf",?{_SP}+(?:[A-Z]|\d)")
#: Before a weekday, words that make it any such day, not the one nearest the article's
#: date: "accused of spraying 13 shots on a Friday afternoon".
ANY_WEEKDAY_BEFORE = re.compile(r"(?i)\bon\s+an?\s+$")

_NUMWORDS = [*ONES, *TENS, "hundred", "thousand", "million", "billion", "dozen"]
_SINGULAR_DENOMINATORS = [w for w in DENOMINATORS if not w.endswith("s")]
_A_NEXT = _alt([*A_UNITS, "dozen", "hundred", "thousand", "million", "billion",
                *_SINGULAR_DENOMINATORS, "couple", "few", "handful"])
_CURRENCY_CODES = [k for k in CURRENCY_PREFIX if k.isalpha()]


def _cased(words: list[str]) -> list[str]:
    """Lower, Capitalised and UPPER forms: the trigger is case-sensitive for speed."""
    return sorted({v for w in words for v in (w, w.capitalize(), w.upper())})


def _lower_first(item: tuple[str, object]) -> tuple[bool, str]:
    """Sort key: lower-case letters first, since sre tries a branch's letters in order."""
    return item[0].isupper(), item[0]


def _trie(words: list[str]) -> str:
    """A regex matching exactly `words`, shared prefixes factored out.

    sre tries alternatives one by one; a trie makes the cost at each word boundary
    one character test per level instead of one per word.
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items(), key=_lower_first)
                    if k]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


#: Before "weekend", what makes it the weekend nearest the article's date, the way the
#: tense points: "agreed at the weekend", "over the weekend", "this weekend".
THE_WEEKEND_BEFORE = re.compile(r"(?i)\b(?:at|over|during)\s+(?P<the>the)\s+$|\b(?P<this>this)\s+$")
#: What each trigger word starts: a month, a weekday, a currency code, a number word, a
#: period before the article's date ("last week") or one unit of time ("hourlong").
TRIGGER_WORDS: dict[str, str] = {
    **{w: "word" for w in _cased([*_NUMWORDS, "between", "magnitude", "several", *VAGUE,
                                  *AGE_DECADES, *SOMETHINGS])},
    **{w: "sign" for w in _cased(["minus", "negative"])},
    **{w: "code" for w in _CURRENCY_CODES},
    **{w: "month" for w in MONTHS},
    **{w: "wd" for w in WEEKDAYS},
    **{w: "rel" for w in _cased(list(RELATIVE_DAYS))},
    **{w: "pod" for w in _cased(list(PARTS_OF_DAY))},
    **{w: "last" for w in _cased(["last"])},
    **{w: "wkend" for w in _cased(["weekend"])},
    **{w: "long" for w in _cased(list(LONG_WORDS))},
    **{w: "times" for w in ("once", "twice", "Twice", "thrice", "Thrice")},
    **{w: "nil" for w in _cased(["no", "nobody", "none", "not", "without"])},
}
#: A trigger word, a whole word: `\b` before it is the caller's business.
_TRIGGER_WORD = rf"(?:{_trie(list(TRIGGER_WORDS))})\b"
#: "a"/"an"/"half" count as one only before a unit or a number word ("an hour", "a dozen").
_A_NEXT_WORD = rf"{_SP}+(?:half{_SP}+|an?{_SP}+)?(?:{_A_NEXT})s?\b"
#: "half" also before a hyphen: "the following half-hour", "a half-dozen".
_HALF_NEXT = rf"(?:{_A_NEXT_WORD}|-(?:{_A_NEXT})\b)"
_A_WORD = rf"(?:[Aa]n?(?={_A_NEXT_WORD})|[Hh]alf(?={_HALF_NEXT}))\b"
#: Where a figure can start, named by the group that matches.
TRIGGER = (rf"(?P<digit>[\d{VULGAR_CHARS}])|(?P<cur>[$£€¥₹₽])"
           rf"|(?P<tw>{_trie(list(TRIGGER_WORDS))})\b|(?P<word>{_A_WORD})")
#: ASCII letters trigger words start with, and the others: a word starting with one of
#: those is skipped unexamined.
_STARTS = "".join(sorted({w[0] for w in TRIGGER_WORDS} | set("AaHh")))
_NON_START = "".join(sorted(set(string.ascii_letters) - set(_STARTS)))
#: Letters by how often English words start with them, lower case first.
_BY_FREQUENCY = "tasowhbfmidnlcpreguyvjkqxz"
_BY_FREQUENCY += _BY_FREQUENCY.upper()


def _other_words() -> list[str]:
    """Regexes for a run of ASCII letters that starts no trigger (`_TRIGGER_WORD`,
    `_A_WORD`), one per first letter, to be tried in order.

    A single lookahead for every trigger word cost the scan a third of its time: sre
    tried the first letter against each branch before trying the word's own, and then
    read the letter again to eat the word. Here the first branch eats a word no trigger
    starts with; each other branch takes one first letter (the common ones first, as
    sre tries branches in order) and looks ahead for the rest of its trigger words only.
    The scan lists them as its own branches: sre skips a branch on its first character
    only when that is a letter or a class, not a group.
    """
    branches = [f"[{_NON_START}][a-zA-Z]*+"]
    for c in sorted(_STARTS, key=_BY_FREQUENCY.index):
        rest = _trie([w[1:] for w in TRIGGER_WORDS if w[0] == c])
        triggers = [f"(?:{rest})\\b"] if rest else []
        if c in "Aa":
            triggers.append(f"n?(?={_A_NEXT_WORD})\\b")
        elif c in "Hh":
            triggers.append(f"alf(?={_HALF_NEXT})\\b")
        branches.append(f"{c}(?!{'|'.join(triggers)})[a-zA-Z]*+")
    return branches


#: The ASCII spaces and marks that may follow a word, none a trigger ("$") or a word
#: character: SCAN eats them with the word, since a turn of its loop costs more than a
#: character (a class of listed characters is a bitmap; `[^\w$]` asks Unicode per character).
_ASCII_GAP = "[" + re.escape("".join(sorted(
    set(string.punctuation + string.whitespace) - {"$", "_"}))) + "]*+"

#: `SCAN.match(text, pos)` skips to the next trigger in one call; the trigger is its last
#: group. A `search` for TRIGGER retried the trie at every position (40% of the run time);
#: this possessive loop eats whole words instead, each that starts no trigger
#: (`_other_words`), with the spaces and marks after it. It first finishes a word that
#: `pos` cuts (no `\b` there) and never enters a word mid-run, so a word triggers exactly
#: where `\b` + TRIGGER would; digits, vulgar fractions ("½": a word character, not a
#: digit) and currency signs stop it anywhere.
SCAN = re.compile(
    rf"(?:(?<=\w)[^\W\d{VULGAR_CHARS}]+)?+"
    rf"(?:{'|'.join(f'{word}{_ASCII_GAP}' for word in _other_words())}"
    r"|[^\w$£€¥₹₽]++"
    # "_" or a non-ASCII letter: no trigger starts so
    rf"|[^\W\da-zA-Z{VULGAR_CHARS}][a-zA-Z]*+{_ASCII_GAP})*+"
    rf"(?:{TRIGGER})"
)

#: A number as most of the world writes it; also one with no digit before its point
#: (".38 caliber", ".5 percent"), which the scanner reads only after a space or a bracket.
NUM_STD = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+)"
    r"(?:\.\d+)?|\.\d+"
)
#: Before a leading point, what makes it a decimal point, not a full stop ("end.5 people").
LEADING_POINT_AFTER = frozenset(" \t\n(\"“‘'")
NUM_DOT = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+)"
    r"(?:,\d+)?"
)
#: Scientific notation after a mantissa: "6.02e23", "2.48×10−5", "1.5 x 10^6", "3×10⁸".
#: "e" only after a decimal mantissa ("3e8" is too often an identifier); after ×10 the
#: exponent must be marked (^, **, a superscript, a sign), else "2 x 10" is a product.
SCIENTIFIC = re.compile(
    r"(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))[eE](?P<e>[-+−]?\d{1,3})(?![\w.])"
    rf"|{_SP}?[×xX*]{_SP}?10(?:(?:\^|\*\*)(?P<p>[-+−]?\d{{1,3}})"
    r"|(?P<s>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<m>[-−]\d{1,3}))(?![\w.])"
)
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
#: Only a figure with '.' or ',' inside reads differently under the two conventions.
SEPARATED = re.compile(r"\d+[.,]\d")
#: A text that writes "1.234.567" or "1.234,5" uses '.' for thousands.
#: (Written to start with `\d` so sre skips to digits instead of trying every position:
#: `\b\d{1,3}` is a first digit with no word character before it.)
DOT_CONVENTION = re.compile(r"\d(?:\.\d{3}\.\d{3}(?!\d)|(?<!\w\d)\d{0,2}\.\d{3},\d)")
#: What every DOT_CONVENTION match holds: a literal first character lets sre skip to each
#: "." (18 times faster over an English text, which has none of these).
DOT_HINT = re.compile(r"\.\d{3}[.,]\d")

#: After "911", what makes it a count ("911 troops"), not the emergency number ("a 911
#: call", "dialed 911", "911 calls"): a plural noun.
_NOT_911 = rf"{_SP}+(?!calls\b)(?:[a-z]{{2,}}[^s\W]s|people|men|women|children|police)\b"
#: A hyphen between the groups of a phone number, spaced as tokenized text has it.
_PH = rf"(?:{_SP}?-{_SP}?|[ .])"
#: A game clock before "left", "remaining", "to go" or "to play": how long is left of a
#: period, in minutes and seconds ("with 4:08 left", tokenized "4 : 08 to go").
GAME_CLOCK = re.compile(rf"(\d{{1,2}}){_SP}?:{_SP}?([0-5]\d)"
                        rf"(?={_SP}+(?:left|remaining|to{_SP}+go|to{_SP}+play)\b)")
#: Digit strings that are not quantities: times of day ("3 : 33 a. m.", "14 : 00" in
#: tokenized text; a game clock, unless GAME_CLOCK reads it), phone numbers, 9-1-1 and other runs of
#: hyphenated bare numbers, fractions, numeric dates, ordinals, the emergency number 911.
SKIP_RE = re.compile(
    rf"\d{{1,2}}(?:{_SP}?:{_SP}?\d{{2}}|\.\d{{2}})?{_SP}?[aApP](?:\.{_SP}?|)[mM]\.?(?![A-Za-z])"
    rf"|\d{{1,2}}{_SP}?:{_SP}?[0-5]\d(?::\d{{2}})?(?!\d)"
    rf"|\d{{3}}{_SP}?-{_SP}?\d{{4}}(?!\d)|\d{{2,4}}{_PH}\d{{3,4}}{_PH}\d{{4}}(?!\d)"
    rf"|\d{{1,3}}(?:{_SP}?-{_SP}?\d{{1,4}}){{2,}}(?![\d-])|911(?![\d]|[.,]\d|{_SP}\d|{_NOT_911})"
    r"|0\d{2,3}[ .-]\d{3}[ .-]\d{3,4}(?!\d)"
    r"|\d{1,4}\)" + _SP + r"?\d{3,4}[ .-]?\d{3,4}(?!\d)|(?<=\+)\d{1,3}(?:[ .-]?\d{1,4}){2,5}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)|\d+" + _SP + r"?/" + _SP + r"?\d+"
    r"|\d+(?:st|nd|rd|th)(?![A-Za-z])"
)
WORD_TOKEN = re.compile(rf"(?:{_SP}+(?:and|&){_SP}+|{_SP}-{_SP}|{_SP}+|-)?([A-Za-z]+)")
#: A scale word after digits: "5 million", "$5-million", "$5 - million" (tokenized).
SPACED_SCALE = re.compile(
    rf"{_SP}*(?:-{_SP}*)?(?i:(thousand|million|billion|trillion|mn|mln|bn|tn|trn)\b)")
#: A decimal comma before a scale word, as European copy writes it: ",6" of "24,6
#: billion euros" (a thousands comma takes three digits).
DECIMAL_COMMA = re.compile(
    rf",(\d{{1,2}})(?={_SP}*(?:-{_SP}*)?(?i:thousand|million|billion|trillion|mn|mln|bn|tn)\b)")
#: One point and three digits before a word: a thousands point where that word is a
#: plural noun for people ("25.000 people"); see `_Scanner._foreign_separator`.
THOUSANDS_POINT = re.compile(r"\d{1,3}\.\d{3}(?= ([a-z]+)\b)")
#: Thousands after ", " as tokenized text writes them ("5, 000 gallons", "$380, 600").
NUM_COMMA_SPACED = re.compile(rf"\d{{1,3}}(?:,{_SP}?\d{{3}})+(?!\d|[.,]\d)(?:\.\d+)?")
GLUED_SCALE = re.compile(r"(bn|BN|tn|trn|mn|b|m|k|M|B|T|K)(?![A-Za-z])")
PERCENT = re.compile(rf"{_SP}?%|{_SP}+(?i:per{_SP}?cent|percent)\b")
#: "-plus" (matched after the hyphen, see `_Scanner._hyphen`) or a "+" sign.
PLUS_WORD = re.compile(r"plus\b")
#: After a term in years, "to life" makes it an indeterminate sentence: "15 years to
#: life", "two five - years - to - life terms", "25-to-life" (at least so many years).
TO_LIFE = re.compile(rf"{_SP}?-?{_SP}?to{_SP}?-?{_SP}?life\b")
PLUS_SIGN = re.compile(r"\+(?![\d+])")
#: "in" between two bare numbers, as a ratio writes it: "one in five", "1 in every 10".
RATIO_IN = re.compile(rf"{_SP}+in{_SP}+(?:every{_SP}+)?(?=[\dA-Za-z])")
RANGE_SEP = re.compile(rf"{_SP}*(?P<sep>[-–—]|to\b|and\b){_SP}*")
#: Right before a figure, a verb of change: "has dropped $100 to $1199" is a change of $100
#: to a level of $1199, no range, where the first figure has a unit of its own (UNIT_OF_ITS_OWN;
#: "rose 5 to 10 percent" is a range).
UNIT_OF_ITS_OWN = re.compile(r"[^\d.,\s]")
#: Verbs of change, which make a figure after them (with "by" or not) a change.
CHANGE_VERBS = (
    "rose|fell|dropped|climbed|jumped|slid|slipped|declined|increased|decreased|gained|lost"
    "|plunged|plummeted|soared|tumbled|grew|shrank|dipped|surged|sank|cut|cuts|raised"
    "|lowered|slashed|trimmed|reduced|boosted|hiked|rises|falls|drops|climbs|jumps|gains")
CHANGED_BY_BEFORE = re.compile(
    rf"(?i)\b(?:{CHANGE_VERBS})(?:{_SP}+|\b[^,.;:]{{0,30}}\bby{_SP}+)$")
#: A suspended hyphen: "8- to 16-meter", "a 3- to 4-hour meeting".
SUSPENDED_SEP = re.compile(rf"{_SP}*(?P<sep>to|and)\b{_SP}*")
#: "8- and 10-year-old girls": after a suspended hyphen, "and"/"or" and a second figure
#: whose hyphenated word both share (two figures, not a range).
SHARED_AND = re.compile(rf"{_SP}*(?:and|or)(?={_SP}+\w)")
#: Between two dates of a range across months: "Dec. 30 to Jan. 2".
DATE_RANGE_SEP = re.compile(rf"{_SP}*(?:[-–—]|(?:to|through|until|till)\b){_SP}*")
MINUS_WORD = re.compile(rf"(?i:minus|negative){_SP}+")
#: After "minus"/"negative": a figure (a digit or a number word) must follow.
SIGNED_FIGURE = re.compile(rf"{_SP}+(?=\d|(?i:{_alt(_NUMWORDS)})\b)")
#: Before "minus": arithmetic ("10 minus 3") or a margin ("plus or minus 3%"), not a sign.
NOT_A_SIGN_BEFORE = re.compile(
    rf"(?i)(?:\d|\b(?:or|plus|{_alt([*ONES, *TENS, 'hundred', 'thousand', 'million'])}))\W*$")
SIGNED_KINDS = frozenset({"measure", "percent"})
#: A word fraction after its numerator ("two-thirds", "one sixth") or after "a".
FRACTION_AFTER = re.compile(rf"(?P<sep>-|{_SP}+)(?P<den>(?i:{_alt(DENOMINATORS)}))(?![A-Za-z])")
FRACTION_AT = re.compile(rf"(?P<sep>)(?P<den>(?i:{_alt(_SINGULAR_DENOMINATORS)}))(?![A-Za-z])")
#: "two-thirds of a mile", "a quarter of an hour": the fraction of one unit.
OF_A = re.compile(rf"{_SP}+of{_SP}+an?(?={_SP})")
#: "a quarter of a million": the fraction of a scale.
OF_A_SCALE = re.compile(rf"{_SP}+of{_SP}+a{_SP}+(thousand|million|billion|trillion)\b")
#: "1/4 inch", "1/40 of": digits over digits, not part of a date ("12/01/2022").
DIGIT_FRACTION = re.compile(r"(\d+)/(\d+)(?![\d/]|[.,]\d)")
#: "2 1/2 in", "1 ½ hours": a whole number and a proper fraction.
MIXED_FRACTION = re.compile(
    rf"{_SP}(\d+){_SP}?/{_SP}?(\d+)(?![\d/]|[.,]\d)|{_SP}?([{VULGAR_CHARS}])")
#: "two point five", "six point two": a spoken decimal.
SPOKEN_DECIMAL = re.compile(
    rf"{_SP}+point((?:{_SP}+(?:{_alt(DIGIT_WORDS)}))+)(?![A-Za-z])", re.IGNORECASE)
#: What may follow whole digits in a fraction: "1/4", "2 1/2", "1½", "1 ½".
#: How a range's second end may start after its separator: a digit or a sign.
RANGE_END_START = frozenset("0123456789-−")
SPACES = frozenset(" \t\u00a0\u202f\u2009")
#: What a score or a shared hyphen starts with, or a range in brackets ends with.
DASHES = frozenset("-–—)")
#: Where a hyphen may start (see `_Scanner._hyphen`): a cheap test before the call.
HYPHEN_START = frozenset("- ")
FRACTION_NEXT = frozenset({"/", *SPACES, *VULGAR_CHARS})
#: What may follow that space: "2 1/2", "1 ½".
FRACTION_START = frozenset({*"123456789", *VULGAR_CHARS})
#: What SCIENTIFIC, GLUED_SCALE or SPACED_SCALE may start with after digits, once past a
#: space: a cheap test before the three regexes, which most figures ("5 people") fail.
SCALE_START = frozenset("eE×xX*-btmkMBTK")
AT_BEFORE = re.compile(r"(?i)\bat\W+$")
#: "2 1/2 in thick": "in" is inches only before a dimension that ends the phrase.
#: Prime signs glued to a number: feet and inches ("the 15.4″ MacBook Pro").
PRIMES = {"″": "inch", "′": "foot"}
INCH_IN = re.compile(rf"{_SP}+in\.?(?={_SP}+(?:thick|wide|long|tall|high|deep|across)"
                     rf"(?:[,.;:!?)]|\Z|{_SP}+(?:and|or|by|x)\b))")
_DOLLAR_LETTERS = [k[:-1] for k in CURRENCY_PREFIX if k.endswith("$") and k != "$"]
CURRENCY_LETTERS = re.compile(rf"(?<![A-Za-z])(?:{_alt(_DOLLAR_LETTERS)})$")
CURRENCY = re.compile(rf"(?:{_alt(CURRENCY_PREFIX)}){_SP}?")
#: A currency glued to its figure, as AP style writes the euro ("a euro110 billion loan",
#: "euro5 million") and some wires an ISO code ("EUR110bn"): money. "Euro"/"EURO" glued
#: is a name ("Euro2012") unless a scale follows, and so is any of them before a bare year
#: (`_Scanner._glued`). A letter before the prefix makes it part of a longer word.
GLUED_CURRENCY = {"euro": "EUR", "Euro": "EUR", "EURO": "EUR",
                  **{k: v for k, v in CURRENCY_PREFIX.items() if k.isalpha()}}
#: The name forms of the glued euro: money only before a scale ("Euro110 billion").
GLUED_NAME_CURRENCY = frozenset({"Euro", "EURO"})
GLUED_CURRENCY_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_alt(GLUED_CURRENCY)})$")
GLUED_CURRENCY_AT = re.compile(rf"(?:{_alt(GLUED_CURRENCY)})(?=\d)")
#: "euro zone", "euro-zone", tokenized "euro - zone": the currency area, no amount ("the
#: 17 euro zone countries" are 17 countries).
_NOT_ZONE = r"(?![ \t-]*zone\b)"
CURRENCY_WORD = re.compile(rf"{_SP}+(?:(?:US|NZ|Australian|Canadian){_SP}+)?"
                           rf"(?i:({_alt(CURRENCY_WORDS)}))\b{_NOT_ZONE}")
#: A scale cut short with a full stop, a currency word after it: "110 b. Euro", "5 m. dollars".
ABBREVIATED_SCALE = re.compile(rf"{_SP}+(b|bn|m|mn)\.(?={CURRENCY_WORD.pattern})", re.I)
#: The same after a currency word in a compound: "the 17-euro-zone members".
HYPHEN_ZONE = re.compile(r"[ \t-]*zone\b")
#: "pound(s)" after a scale of a million or more: money (see `_read_currency_word`).
POUND_WORD = re.compile(rf"{_SP}+(?i:pounds?)\b")
#: The money scales that make "pound" a currency: a weight of millions of pounds is rare
#: in news, an amount of millions of pounds common (while "a 2,000-pound bomb" weighs).
POUND_SCALE = 1e6
#: A unit word after a figure. Both parts are tries (see `_trie`): on a word that is no
#: unit ("troops") the trie takes a fifth of the time an alternation of the 150-odd words
#: did; its greedy optional tails try the longest word first, as that alternation did.
#: A word that adds to a measure without changing its unit: "three more years".
#: A number written in capitals of three letters or more: the line is set in capitals.
SHOUTED_BEFORE = re.compile(r"\b[A-Z]{3,}$")
MORE_WORDS = frozenset({"more", "additional", "extra", "further"})
#: Words between a count and its noun that leave the noun counted: "two more people",
#: "the three other victims".
BEFORE_NOUN = MORE_WORDS | {"other"}
MORE_BEFORE_UNIT = re.compile(rf"{_SP}+(?:{'|'.join(sorted(MORE_WORDS))})(?={_SP})")
#: Words that qualify a measure without changing its unit: "352 net rushing yards", "10
#: long years", "three straight days". Up to two, each a word of this list or one in
#: -ing that is no preposition ("during", "including").
QUALIFIERS = frozenset(
    "net total long full straight consecutive successive whole entire short brief".split())
NOT_QUALIFIERS = frozenset("during including according following regarding concerning "
                           "considering excluding notwithstanding".split())
QUALIFIER_BEFORE_UNIT = re.compile(rf"{_SP}+([a-z]+)(?={_SP})")
UNIT_WORD = re.compile(rf"{_SP}*(?i:({_trie(sorted(SPEED_WORDS))}(?![A-Za-z]|['’]s\b)"
                       rf"|{_trie(sorted(set(WORD_UNITS) - SPEED_WORDS))}))(?![A-Za-z])")
UNIT_ABBR = re.compile(rf"{_SP}*({_alt(ABBR_UNITS)})(?![A-Za-z0-9])")
MINUS = frozenset("-−")
CURRENCY_AFTER = re.compile(rf"{_SP}?([€£])")
#: A currency sign the crawl lost before a figure: replacement characters ("agreeing a
#: ����110 billion") or a "?" glued to a lower-case word ("agreeing an? 110 billion",
#: "decision to lend? 22.4bn"). Only a scaled figure is money there, or one after a word
#: that only money follows (group 1: "earns? 900"): "were? 900" may be anything.
LOST_SIGN_BEFORE = re.compile(
    r"(?:\ufffd+|\b(?:(earns?|earned|earning|paid|pays?|costs?|costing|worth|fined|"
    r"salary|wages?)|[a-z]+)\?) ?$")
LOST_SIGNS = frozenset("?\ufffd")
LOST_SIGNS_SPACED = frozenset({"? ", "\ufffd "})
#: A lower-case word after a hyphen (see `_Scanner._hyphen`): "24-hour", "a 300 - seat".
HYPHEN_WORD = re.compile(r"([a-z]+)(?![A-Za-z])")
#: In tokenized text, digits hyphenated on to two words after them: with one before as
#: well ("an under - 17 - year - old"), they are inside one word. (One word after may be a
#: dash's: "two sisters - 8 - and 10 - year - old girls".)
DIGITS_INTO_WORD = re.compile(r"\d+(?= - [a-z]+ - [a-z]+(?![A-Za-z]))")
#: Other marks of a tokenized text: "Alaska ’ s history".
TOKENIZED_SIGN = re.compile(r"\w [’'] s\b")
#: The rest of a compound noun a tokenizer spaced apart: "co - workers".
SPACED_COMPOUND = re.compile(r" - ([a-z]+)\b")
#: A word of none, before what it counts: "no one", "nobody" (people), "no" and "none of
#: the" before a plural (group "of": a part of the whole after it), "not a single" and
#: "not one" before a singular.
NIL_COUNT = re.compile(
    r"(?i:no)(?:(?P<people>(?:\s+|-)one\b|body\b)"
    r"|(?P<of>ne\s+of\s+(?:the|his|her|its|their))(?=\s)"
    r"|(?P<single>t\s+(?:a\s+single|one)(?=\s))|(?=\s))|(?P<without>(?i:without)\s+a\s+"
    r"single(?=\s))")
#: The nouns of set phrases after "no" that count nothing: "by no means", "no strings
#: attached", "no thanks".
NIL_NOT_COUNTED = frozenset({"mean", "string", "thank"})
#: A version number after a name among a count's words: "two USB 3.0 ports", "two
#: Bluetooth 4.0 chips". The count's noun comes after it.
VERSION_AFTER_NAME = re.compile(rf"{_SP}+\d+(?:\.\d+)+(?![\w.])")
NOUN_WORD = re.compile(rf"{_SP}+((?:[A-Z]\.){{2,}}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
HEDGE_BEFORE = re.compile(rf"(?i)(?<![\w])({_alt(HEDGES_BEFORE)}){_SP}+$")
#: Before "as many as": a multiple makes it a comparison ("twice as many as 100").
MULTIPLE_BEFORE = re.compile(r"(?i)\b(?:twice|thrice|times|half|not)\W+$")
HEDGE_AFTER = re.compile(rf",?{_SP}+(?i:({_alt(HEDGES_AFTER)}))\b")
RELATIVE = re.compile(rf",?{_SP}+(?i:{_alt(RELATIVE_WORDS)})\b")
#: "for 30 minutes before sentencing" is a length all the same: after a duration whose
#: amount is not read apart ("a 24 - hour"), "before", "after" and "prior" make a point in
#: time only when nothing before the figure makes it a length.
AMBIGUOUS_RELATIVE = frozenset({"before", "after", "prior"})
#: The offsets that, with no day to count from, give the time between two events.
GAP_WORDS = AMBIGUOUS_RELATIVE | {"earlier", "later"}
#: "a day earlier", "two days later": which way an offset goes from the day named before
#: it, how far back in its sentence that day may stand, and what ends a sentence there.
OFFSET_SIGN = {"earlier": -1, "later": 1}
ANCHOR_REACH = 200
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]")
#: A year written out in a date's text: without one, its year was the reader's guess.
FULL_YEAR = re.compile(r"\d{4}")
LENGTH_BEFORE = re.compile(r"(?i)\b(?:for|lasted|lasting|took|spent)\s+(?:[\w-]+\s+){0,3}$")
BETWEEN_BEFORE = re.compile(rf"(?i)\b(between|from){_SP}+$")
YEAR_PREP_BEFORE = re.compile(r"(?i)\b(in|since|by|until|till|from|during|through)\W+$")
#: An acronym before a year names an event of that year: "WWDC 2012", "CES 2013".
YEAR_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")
#: Words for a number of times: "shot him twice", "was arrested once".
TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
#: After one, what makes it no count of times: a comparison or a rate ("twice as deep",
#: "twice the size", "twice a week", "twice-weekly"), "once again", "once more".
TIMES_NOT_AFTER = re.compile(
    r"(?i)\s*(?:-|(?:as|the|that|a|an|per|over|again|more|upon|removed|daily|weekly"
    r"|monthly|yearly|annually|its|his|her|their)\b)")
#: Before one, the past verb whose event it counts, its object at most between: "shot
#: him", "shot Ortiz", "was arrested", "has been married only"; after a helper, any
#: participle ("was hit twice").
TIMES_VERB_BEFORE = re.compile(
    r"\b(?:(?P<helper>was|were|been|be|is|are|being)\s+)?(?P<verb>[a-z]+)\s+(?:(?:him|her|them|it|me|us|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?"
    r"(?:(?:only|just|more\s+than|at\s+least|nearly|almost)\s+)?$")
TIMES_REACH = 40
#: After "once", what ends the verb's phrase ("once in the head", "once, in 2009"), as
#: the conjunction's "once inside" does not.
ONCE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$|(?:in|on|at|to|during|before|after|by|with|from"
                       r"|and|but|or|since|while|last|this)\b)")
FREQUENCY_BEFORE = re.compile(r"(?i)\b(once|twice|times|per|every|each)\W+$")
#: "killing one,", "injured one and": a verb's object "one", at the end of its clause.
ONE_AFTER_VERB = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+$")
ONE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|and\b|$)")
#: "One of the three people": a part of a counted whole, as "Two of the three" is.
ONE_OF_COUNTED = re.compile(rf"{_SP}+of{_SP}+the{_SP}+(?:\d|(?i:{_alt(_NUMWORDS)})\b)")
NO_ONE_BEFORE = re.compile(r"(?i)\b(no|any|every|some|each|the)\W+$")
VAGUE_OF = re.compile(rf"{_SP}+of{_SP}+(?i:(thousands|millions|billions))\b")
OF_NOUN = re.compile(rf"{_SP}+of(?={_SP})")
MAGNITUDE = re.compile(rf"(?i:magnitude)(?:{_SP}+of{_SP}+|{_SP}+|-)(?=\d)")
#: A magnitude named after its figure by its scale: "4.7 on the Richter scale", "measured
#: 4.7 in magnitude".
ON_THE_SCALE = re.compile(
    rf"(?i){_SP}+(?:on{_SP}+the{_SP}+(?:richter|moment{_SP}*-?{_SP}*magnitude)"
    rf"(?:{_SP}+scale)?|in{_SP}+magnitude)\b")
A_UNIT = re.compile(rf"(?i)(an?){_SP}+")
#: "a couple of", "a few", "a handful of": a few of what follows (`FEW`).
A_FEW = re.compile(rf"(?i)an?{_SP}+(couple|few|handful)(?:{_SP}+of)?(?={_SP})")
#: Before a decade of life: "in her forties", "in his late 30s", "in their mid-twenties".
AGE_DECADE_BEFORE = re.compile(r"(?i)\bin\s+(?:his|her|their)\s+(?:(early|mid|late)[\s-]+)?$")
#: Before "a few", what makes them many: "quite a few people".
QUITE_BEFORE = re.compile(r"(?i)\bquite\s+$")
#: After "a few" or "several", a scale: "a few hundred people", "several thousand troops".
FEW_SCALE = re.compile(rf"{_SP}+(dozen|hundred|thousand|million)\b")
HALF = re.compile(rf"(?i)half(?:{_SP}+|-)")
AND_A_HALF = re.compile(rf"(?:{_SP}+|-)and(?:{_SP}+|-)a(?:{_SP}+|-)(half|quarter)\b")
IDENT_TAIL = re.compile(r"[\w.,/-]*")
#: The inches of a height after "5-foot-": 0 to 11, then maybe "inches" ("- 8 inches").
INCHES = re.compile(rf"(1[01]|\d)(?![\d]|[.,]\d)(?:{_SP}*(?:-{_SP}*)?inch(?:es)?\b)?")
#: The inches written out after "5 feet": "5 feet 8 inches", "6 feet and 2 inches".
SPACED_INCHES = re.compile(rf"{_SP}+(?:and{_SP}+)?(1[01]|\d)(?![\d]|[.,]\d){_SP}*inch(?:es)?\b")
#: Spaces and hyphens of other code points (non-breaking, narrow and thin spaces; hyphen,
#: non-breaking hyphen, figure dash), each typed as the keyboard's: see `scanner.typeset`.
TYPED = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2010": "-", "\u2011": "-",
         "\u2012": "-"}
#: An en dash joining a compound, not a range: a letter on one side ("24–hour", "year–old").
#: The dash is its first character, so the search skips to each one at C speed.
COMPOUND_DASH = re.compile(r"–(?:(?<=[^\W_]–)(?=[A-Za-z])|(?<=[A-Za-z]–)(?=\d))")
#: Characters that print nothing: a soft hyphen, a zero-width space, a word joiner, a BOM.
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
#: Every mark `scanner.typeset` reads past. Each is looked for with `in` and replaced
#: with `str.replace`, at C speed: a character class or `str.translate` over them runs
#: at a tenth of that.
TYPESET_MARKS = "".join(TYPED) + "–" + INVISIBLE
#: The second number of a score: bare, after a hyphen or a dash ("65 - 53", "20-13").
SCORE = re.compile(rf"{_SP}*[-–—]{_SP}*(\d{{1,3}})(?![\d%]|[.,:/]\d|{_SP}*%)")
#: A rank, not a count: "the No. 5 seed", "their #1 quarterback".
RANK_BEFORE = re.compile(r"(?:(?<![A-Za-z])No\.|#) ?$")
#: The word before digits that may name one of a series ("Route 9", "iPhone 5"): see
#: `_Scanner._series`.
SERIES_BEFORE = re.compile(r"(?<![\w.'’-])([A-Za-z]{2,12}) $")
#: A version after an acronym names a standard, counting nothing: "USB 3.0 ports",
#: "HDMI 1.4". (Currency codes, "USD 3.5 million", are amounts: see `_Scanner._version`.)
VERSION_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,6}) $")
VERSION_AFTER = re.compile(r"\s*(?:[a-z]|[,;:)]|\.(?!\d)|$)")
VERSION = re.compile(r"\d{1,2}\.\d{1,2}(?![\d.,%]|\s?(?i:million|billion|percent|per\b))")
#: A code before a spaced hyphen, in tokenized text: "the I - 75 corridor", "F - 16".
CODE_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Z0-9]{0,5} - $")
#: The last two characters before a rank or a name (a cheap test before the regexes).
NAME_END = frozenset({"o.", ". ", "# ", "- "})
#: A name before the bracket of a win-loss record: "the Bulldogs (", "Creighton (".
RECORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.'’&]*[ \t]*$")

#: What may follow a figure on the short path (`_plain_figure`, `_plain_word`): a space
#: and a word (group "w"), a dash and a word (group "dash": "16 - year - old", no range,
#: no noun, unless the text is tokenized), ",.;:" that no digit follows (nor ", " and a
#: digit: "5, 000" is tokenized thousands), or the end of the text.
_PLAIN_TAIL = (r"(?: (?P<w>[A-Za-z]+)|(?P<dash> [-–—]) ?[A-Za-z]|,(?! ?\d)|[.;:](?!\d)"
               r"|\Z)")
PLAIN_TAIL = re.compile(_PLAIN_TAIL)
#: Digits as NUM_STD reads them, then a tail; atomic, so no other reading is tried. Not
#: NUM_STD's space-separated form ("106 000"), which may be a phone number ("007 106 000"):
#: where NUM_STD would read one, this reads the first group and no tail follows.
PLAIN_FIGURE = re.compile(
    rf"(?P<num>(?>(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?)){_PLAIN_TAIL}")
#: Characters before plain digits that leave them a figure: no minus, no name ("G7",
#: "F-16"), no "+44 ..." phone number.
PLAIN_BEFORE = frozenset(" \n\t(\"“")
#: Number words read alone on the short path (never "a", "one" is checked as a pronoun).
SMALL_NUMBERS = {**ONES, **TENS}


def _first_word(phrase: str) -> str:
    """The leading run of ASCII letters, lower case ("km/h" → "km", "per cent" → "per")."""
    m = re.match(r"[A-Za-z]*", phrase)
    return m.group().lower() if m else ""


#: Words that, right after a figure, may start something other than a unit or a noun:
#: a number word or scale, "and a half", a percent, a range, a currency ("US dollars"),
#: a time ("5 am"), a date ("9 of January"), a hedge ("or so"), an abbreviated unit
#: ("sq km", "MW"), a fraction ("two thirds"), a spoken decimal ("two point five") or
#: scientific notation ("2.48 x 10^-5").
#: Matched in lower case, so case-sensitive regexes are covered too.
#: Only the first word matters: every such construction ends in a word boundary, so it
#: either spans this whole word or fails. (Months are checked apart, by prefix.)
PLAIN_UNSAFE = frozenset(
    _first_word(w) for w in (
        *_NUMWORDS, *SCALES, "trillion", "b", "and", "per", "percent", "to", "of", "a", "p",
        "am", "pm", "pounds", "US", "NZ", "Australian", "Canadian", "point", "x",
        *CURRENCY_WORDS, *HEDGES_AFTER, *ABBR_UNITS, *DENOMINATORS,
    )
) - {""}
#: A capitalised word starting with one of these may be a month ("9 January", "9 JanX").
MONTH_PREFIXES = tuple(MONTHS)
#: First words of the word units, and the words that may stand before one: after a plain
#: figure, `_unit` decides.
UNIT_FIRST_WORDS = frozenset(_first_word(w) for w in WORD_UNITS) | MORE_WORDS | QUALIFIERS


def starts_unit(word: str) -> bool:
    """Whether a word after a plain figure may start its unit: "50 minutes", "three more
    years", "352 net rushing yards"."""
    lower = word.lower()
    return lower in UNIT_FIRST_WORDS or qualifies(lower)


def scale_may_follow(text: str, end: int) -> bool:
    """Whether a scale ("5 million", "2bn") or scientific notation ("2.4e5", "3 x 10^8")
    may follow digits ending at `end`: False rules all three regexes out."""
    c = text[end:end + 1]
    if c in SPACES:
        c = text[end + 1:end + 2]
        return c in SPACES or c in SCALE_START
    return c in SCALE_START


def unit_word(text: str, end: int) -> re.Match[str] | None:
    """A unit word after a figure, past a word that adds without changing the unit:
    "three more years", "10 extra minutes" are years and minutes still."""
    um = UNIT_WORD.match(text, end)
    if um is None:
        mm = MORE_BEFORE_UNIT.match(text, end)
        um = UNIT_WORD.match(text, mm.end()) if mm is not None else _qualified_unit(text, end)
    return um


def _qualified_unit(text: str, end: int) -> re.Match[str] | None:
    """A unit word after one or two QUALIFIERS: "352 net rushing yards"."""
    at = end
    for _ in range(2):
        word = QUALIFIER_BEFORE_UNIT.match(text, at)
        if word is None or not qualifies(word.group(1)):
            return None
        at = word.end()
        um = UNIT_WORD.match(text, at)
        if um is not None:
            return um
    return None


def qualifies(word: str) -> bool:
    """Whether a lower-case word qualifies a measure without changing its unit (QUALIFIERS)."""
    return word in QUALIFIERS or (word.endswith("ing") and len(word) > 5
                                  and word not in NOT_QUALIFIERS)


def unsafe_after(word: str) -> bool:
    """Whether a word after a figure may start more than a unit or a noun (PLAIN_UNSAFE)."""
    return word.lower() in PLAIN_UNSAFE or (word[0].isupper() and word.startswith(MONTH_PREFIXES))


#: Right before a month named alone, the words that make it a date ("met in June", "until
#: March", "early May", and opening a sentence, "In August, the court ..."): without one,
#: "May" may be a verb and "June" a name.
MONTH_ALONE_BEFORE = re.compile(r"(?:\b(?i:in|since|until|till|by|from|through|during|last|"
                                r"next|this|early|late|mid)[\s-]+|\b(?i:mid)-)\Z")
#: Month names written in full: only these are read alone.
MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 3 or m == "May")


#: A labelled number ends its line, its list item ("Dead: 3 | Injured: 12") or the text.
LABEL_ENDS = re.compile(r"[ \t]*(?:$|\n|\|)")
