"""Read articles: every format a newsroom has, reduced to the story's own text.

Stage one of the pipeline (**read** → find → match → compare → report). Whatever the
file (wire copy, Markdown, a saved page, a scrape full of navigation, a CMS's JSON, a
crawler's JSON, a Word draft), the rest of the pipeline sees one `Article`: the story
body, its title and date, and a map from any offset back to the source file's line.

Formats are detected from the content, never from the file name: a `.txt` file may hold
WordPress JSON. Scraped page text (a web page flattened to text, navigation and all) is
cleaned by a jusText-style block classifier (`clean_blocks`): each line or paragraph is
scored on its length, stopword density, sentence punctuation and furniture markers,
ambiguous blocks take the class of their neighbours, and the story is the densest run of
good blocks (a maximum-sum segment), which cuts the header, teasers and footer.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import html
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Files larger than this are refused rather than read (configurable per call).
MAX_BYTES = 20 * 1024 * 1024
#: A text line longer than this is not prose (a dump, a minified blob): refused.
MAX_LINE_CHARS = 200_000
#: HTML nested deeper than this is refused before any parser sees it.
MAX_HTML_DEPTH = 400

#: Every value `Article.source_format` takes.
SOURCE_FORMATS = ("text", "markdown", "html", "scraped", "wordpress", "news-please", "docx")



def _table(words: str) -> frozenset[str]:
    """A word table written as a block of text (easier to read and extend than a list)."""
    return frozenset(words.split())


# --- classifier tables --------------------------------------------------------------------

#: English function words; prose is dense in them, navigation and headlines are not.
STOPWORDS = _table(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say would may might must shall whether which"""
)
#: Whole lines that are page furniture on any news site (compared lower-cased, stripped of
#: punctuation and spaces).
FURNITURE_LINES = _table(
    """save share sharethisarticle sharethis print email tweet subscribe signin login logout
    register subscribesignin readmore readnext previousarticle nextarticle previous next
    latestnews mostread mostpopular related relatedarticles relatedstories recommended
    comments showcomments topics tags menu search home skiptocontent backtotop sponsored
    advertisement advertising listen listentothisarticle followus newsletter trending
    watch loadmore seemore viewmore photo photos video gallery"""
)
#: Phrases that mark a short block as a site prompt rather than story text.
FURNITURE_PHRASES = re.compile(
    r"\b(subscri(?:be|ber|bers|ption|ptions)|sign(?:ed)? in|sign up|log ?in|newsletters?|"
    r"premium (?:article|content|subscription)|text-to-speech|average rating|vote count|"
    r"rate (?:it|this)|share this|print this|cookies?|privacy policy|terms of (?:use|service)|"
    r"all rights reserved|mins? (?:to )?read|read more|click here|follow us|"
    r"previous article|next article|download (?:the|our) app)\b",
    re.IGNORECASE,
)
#: A link to another story, by the label a site puts before its headline: "Related:",
#: "Read more:", "Most read:".
TEASER = re.compile(
    r"(?:related(?:\s+(?:stories|articles|coverage|content|links?))?|read\s+(?:more|next|also)"
    r"|also\s+read|most\s+(?:read|popular|viewed|shared)|see\s+also|recommended(?:\s+for\s+you)?"
    r"|more\s+(?:from|on)\s+[\w' -]{1,30}|watch|listen|trending(?:\s+now)?|editor'?s\s+picks?"
    r"|don'?t\s+miss|top\s+stories)\s*[:|]\s*\S",
    re.I,
)
#: How many words a byline line has at most ("By Jane Doe, Staff Writer").
BYLINE_WORDS = 8
#: Advertising slots: dropped, and transparent to the context smoothing (ads sit mid-story).
AD_LINE = re.compile(r"^(advertis\w*|sponsored(?: content)?|ad|promoted)\b.{0,40}$", re.I)
#: Navigation bullets and list markers.
BULLET = re.compile(r"^(?:[•·▪►◦‣∙*+»>|-]|\d{1,2}[.)])\s+")
BREADCRUMB = re.compile(r"^[\w' &-]{1,30}(?:\s+[/>»|]\s+[\w' &-]{1,30})+$")
BYLINE = re.compile(r"^(?:by|written by|words by|reporting by|story by)\b[:\s]", re.I)
COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|all rights reserved", re.I)
#: A photo credit closing a caption: "… Photo / AP", "… (AP Photo/Name)", "… (Reuters)".
CAPTION = re.compile(
    r"(?:\b(?:photos?|pictures?|images?|credit|file)\s*[/:|]\s*[\w .,&'\u2019-]{1,40}"
    r"|\([^()]{0,80}\b(?:AP|AFP|Reuters|EPA|PA|Getty|Pool|Photo|via|File|Bloomberg)\b"
    r"[^()]{0,80}\))\s*$",
    re.I,
)
SENTENCE_END = re.compile("[.!?\u2026:;][\"'\u201d\u2019)\\]]*\\s*$")
WORD = re.compile("[^\\W\\d_][\\w'\u2019-]*|\\d[\\d,.:%]*")
#: Tokens a timestamp line is made of ("1 Jan, 2022 07:18 PM6 mins to read").
TIME_TOKENS = _table(
    """am pm a.m p.m gmt utc bst cet est edt et pt nzt nzdt aest aedt published updated posted
    last on at min mins minute minutes to read ago hour hours hr hrs day days today yesterday
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun"""
)

# --- dates --------------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b",
               re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
               re.I),
)
#: Numeric dates that page metadata writes ("Updated 4 / 9 / 2007 6 : 04 PM", "POSTED :
#: 05 / 02 / 07", "Published : 2012.08.08", "Edited on Mon Dec - 19 - 05"): read in
#: metadata only, where a slash date is month first unless its first number cannot be a
#: month. Prose is not read this way: "9/10" there is as often a score or a share.
METADATA_DATE_PATTERNS = (
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})\s*/\s*"
               r"(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.(?P<m>\d\d)\.(?P<d>\d\d)(?![\d.])"),
    re.compile(r"\b" + _MONTH + r"\s*-\s*(?P<d>\d{1,2})\s*-\s*(?P<y>(?:19|20)?\d\d)\b", re.I),
)
TIME_WORDS = frozenset(MONTHS) | TIME_TOKENS

# --- block classifier weights ---------------------------------------------------------------

#: Blocks with fewer words or characters than these are "short" (classed by context).
SHORT_WORDS, SHORT_CHARS = 8, 40
#: Stopword density of prose; below NEARGOOD it is a headline or a list of names.
GOOD_DENSITY, NEARGOOD_DENSITY = 0.20, 0.15
#: An unpunctuated block this long and this dense is still prose (a lead missing its stop).
LONG_UNPUNCTUATED = 20
#: A good block under this many words, with bad blocks on both sides, is a teaser or prompt.
ISOLATED_WORDS = 25
#: Cost of one bad block in the densest-run search, plus this much per word it holds
#: (a good block earns one per word).
BAD_PENALTY, BAD_PER_WORD = 2, 0.5
#: Kinds of bad block that mark site prompts: a short good block between two of them is
#: a prompt too ("Listening to articles is free…" between "Sign in" and "Save").
PROMPT_KINDS = frozenset({"furniture", "nav", "byline", "timestamp", "copyright"})
#: Plain text counts as a scraped page when the classifier drops this many blocks.
SCRAPED_MIN_DROPPED = 2


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


@dataclass
class Article:
    """The story as the checker reads it.

    `text` is the body as written (paragraphs separated by a blank line); `name` is what
    node ids show (the file name, or `file#post` for one post of a JSON list).
    `line_starts` pairs the offset where each line of `text` starts with the 1-based
    line of the source file it came from, sorted by offset, so `line_of` can point a
    report at `file:line`. For JSON every line maps to the line holding the post's body;
    for .docx the "line" is the paragraph number in the document.
    `encoding` is the text encoding the file was decoded with ("" for binary formats).
    `problem` says why one post of a multi-post file cannot be checked (its siblings can).
    """

    path: Path
    name: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source_format: str = "text"
    line_starts: list[tuple[int, int]] = field(default_factory=list)
    encoding: str = ""
    problem: str = ""

    def line_of(self, offset: int) -> int | None:
        """The source line holding `text[offset]`, or None when the format has no lines."""
        if not self.line_starts:
            return None
        i = bisect.bisect_right(self.line_starts, (offset, float("inf"))) - 1
        if i < 0:
            return self.line_starts[0][1]
        return self.line_starts[i][1]

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, in order."""
        return [p for p in self.text.split("\n\n") if p.strip()]


# --- public API ------------------------------------------------------------------------------


def read_articles(
    path: Path | str, *, date: dt.date | None = None, max_bytes: int = MAX_BYTES
) -> list[Article]:
    """Read every article a file holds (a JSON list of posts holds several).

    `date` overrides the date found in the file (a claims file may set it).
    Raises ArticleError, naming the file and the reason, when it cannot be read.
    """
    path = Path(path)
    try:
        articles = _read(path, max_bytes)
    except ArticleError:
        raise
    except RecursionError:
        raise ArticleError(path, "nested too deeply to parse") from None
    except MemoryError:
        raise ArticleError(path, "too large to parse in memory") from None
    except Exception as exc:  # a reader must never crash the test session
        raise ArticleError(path, f"unreadable: {type(exc).__name__}: {exc}") from exc
    if date is not None:
        for article in articles:
            article.date = date
    return articles


def read_article(path: Path | str, *, date: dt.date | None = None) -> Article:
    """Read a file that holds one article (the first, if it holds several)."""
    return read_articles(path, date=date)[0]


# --- reading and dispatch --------------------------------------------------------------------


def _read(path: Path, max_bytes: int) -> list[Article]:
    """Check the file's size before reading it, then dispatch on its content."""
    if not path.exists():
        if path.is_symlink():
            raise ArticleError(path, "broken symbolic link: its target is missing, or it "
                                     "points to itself")
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a directory, not an article file")
    size = path.stat().st_size
    if size == 0:
        raise ArticleError(path, "empty file")
    if size > max_bytes:
        raise ArticleError(
            path,
            f"file is {_mb(size)}, over the {_mb(max_bytes)} limit (raise it with the ini "
            "option claims_max_article_bytes, or max_bytes in Python)",
        )
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return [_read_docx(path, data)]
    text, encoding = decode(path, data)
    if not text.strip():
        raise ArticleError(path, "empty file (only whitespace)")
    articles = _dispatch(path, text)
    for article in articles:
        article.encoding = encoding
        if not article.text.strip():
            article.problem = f"no story text found ({article.source_format})"
    if all(article.problem for article in articles):
        raise ArticleError(path, articles[0].problem)
    return articles


def _mb(n: int) -> str:
    """Sizes as people say them: "61.2 MB", "20 MB", "2,048 bytes" (not "0.0 MB")."""
    if n < 1024 * 1024:
        return f"{n:,} bytes"
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"


def _dispatch(path: Path, text: str) -> list[Article]:
    """Pick the reader from what the text looks like."""
    head = text.lstrip()[:200]
    if head.startswith(("{", "[")):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            if head.startswith("{") or re.match(r"\[\s*[\[{\"\]]", head):
                raise _json_error(path, exc) from None
        else:
            return _read_json(path, text, data)
    if _looks_like_html(head, text):
        return [_read_html(path, text)]
    _check_line_lengths(path, text)
    if FRONT_MATTER.match(text) or _looks_like_markdown(text):
        return [_read_markdown(path, text)]
    return [_read_text(path, text)]


def _check_line_lengths(path: Path, text: str) -> None:
    """A text 'line' of megabytes is a dump, not prose; say so instead of crunching it."""
    for lineno, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS:
            raise ArticleError(
                path,
                f"line {lineno} is {len(line):,} characters long, over the "
                f"{MAX_LINE_CHARS:,} limit: not article text",
                line=lineno,
            )


# --- decoding --------------------------------------------------------------------------------

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Single-byte encodings charset-normalizer may name for Western text; cp1252 is their
#: superset in practice (curly quotes at 0x91-0x94), so it is preferred when it decodes.
WESTERN = _table(
    "cp1252 windows-1252 latin_1 iso8859_1 iso8859_15 cp1250 cp1254 mac_roman cp850 "
    "cp437 iso8859_2 iso8859_9 cp1257 mac_latin2"
)


def decode(path: Path | str, data: bytes) -> tuple[str, str]:
    """Decode by evidence: a BOM, then strict UTF-8, then charset-normalizer's best guess.

    Returns the text with line breaks normalised to "\\n" and the encoding used.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _newlines(_decode_strict(path, data, encoding)), encoding
    bomless16 = _utf16_without_bom(data)
    if bomless16:
        return _newlines(_decode_strict(path, data, bomless16)), bomless16
    if b"\x00" in data[:65536]:
        raise ArticleError(path, "binary file, not an article (NUL bytes)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and UTF8_MULTIBYTE.search(data):
            # UTF-8 cut off mid-character (an interrupted download): keep what is whole
            text, encoding = data[:exc.start].decode("utf-8"), "utf-8"
        elif _mostly_utf8(data):  # pasted together: UTF-8 with stray cp1252 bytes
            text, encoding = data.decode("utf-8", errors=CP1252_FALLBACK), "utf-8+cp1252"
        else:
            text, encoding = _detect(path, data)
    if _control_share(text) > 0.01:
        raise ArticleError(path, "binary file, not an article (control characters)")
    return _newlines(text), encoding


CP1252_FALLBACK = "checks-cp1252-fallback"
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 rejects as cp1252 (undefined ones as is)."""
    assert isinstance(exc, UnicodeDecodeError)
    raw = exc.object[exc.start:exc.end]
    return raw.decode("cp1252", errors="replace"), exc.end


codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """More valid UTF-8 sequences than bytes UTF-8 rejects: a UTF-8 file with stray bytes."""
    sequences = UTF8_MULTIBYTE.findall(data)
    invalid = sum(1 for b in data if b >= 0x80) - sum(len(m) for m in sequences)
    return bool(sequences) and len(sequences) >= invalid


def _decode_strict(path: Path | str, data: bytes, encoding: str) -> str:
    """Decode with an encoding the file announced; a mismatch is an error, not mojibake."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"not valid {encoding}: {exc.reason} at byte {exc.start}"
        raise ArticleError(path, reason) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (for Latin text)."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros) and _mostly_ascii_text(chars):
            return encoding
    return None


def _mostly_ascii_text(data: bytes) -> bool:
    """Printable ASCII and whitespace, with nothing below 0x09: Latin text, not data."""
    printable = sum(1 for b in data if 0x20 <= b < 0x7F or b in (9, 10, 13))
    return 0 not in data and printable > 0.9 * len(data)


def _detect(path: Path | str, data: bytes) -> tuple[str, str]:
    """Not UTF-8: ask charset-normalizer, preferring cp1252 over its Western cousins."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(path, "binary file, not an article (no text encoding fits)")
    encoding = best.encoding
    if encoding in WESTERN:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    return str(best), encoding


def _control_share(text: str) -> float:
    """Share of control characters other than whitespace: text has almost none."""
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample)


def _newlines(text: str) -> str:
    """One line break convention, so line numbers match what an editor shows."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- dates -----------------------------------------------------------------------------------


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every full date (day, month and year) the text states, with its offset, in order."""
    found: dict[int, dt.date] = {}
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            date = _date_from_match(m)
            if date and not any(abs(m.start() - k) < 12 for k in found):
                found[m.start()] = date
    return sorted(found.items())


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    """Build a date from a pattern's named groups; impossible dates give None."""
    groups = m.groupdict()
    month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    try:
        return dt.date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None


def parse_date(value: Any) -> dt.date | None:
    """A metadata date (ISO string, "November 12, 2011", a date or datetime) or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    dates = find_dates(value)
    return dates[0][1] if dates else _metadata_date(value)


def _metadata_date(value: str) -> dt.date | None:
    """The first numeric date of a metadata field (see METADATA_DATE_PATTERNS)."""
    found = sorted((m.start(), m) for pattern in METADATA_DATE_PATTERNS
                   for m in pattern.finditer(value))
    for _, m in found:
        groups = m.groupdict()
        year = int(groups["y"])
        year += 0 if year >= 100 else (2000 if year < 50 else 1900)
        if groups.get("a"):
            first, second = int(groups["a"]), int(groups["b"])
            month, day = (second, first) if first > 12 else (first, second)
        else:
            month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
            day = int(groups["d"])
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


# --- building articles ---------------------------------------------------------------------


@dataclass
class _Para:
    """One paragraph of the body and the source line each of its lines came from."""

    lines: list[tuple[int, str]]

    @property
    def text(self) -> str:
        return "\n".join(t for _, t in self.lines)


#: Characters that print nothing (a soft hyphen, a zero-width space, a word joiner, a
#: BOM): a layout leaves them inside words ("demon\u00adstrators"), and a word split by
#: one would match no claim's word.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def _assemble(paras: Iterable[_Para]) -> tuple[str, list[tuple[int, int]]]:
    """Join paragraphs with blank lines and record where each text line came from;
    characters that print nothing are dropped."""
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for para in paras:
        if parts:
            offset += 2
        lines = [line.translate(INVISIBLE) for _, line in para.lines]
        for i, ((lineno, _), line) in enumerate(zip(para.lines, lines, strict=True)):
            if i:
                offset += 1
            starts.append((offset, lineno))
            offset += len(line)
        parts.append("\n".join(lines))
    return "\n\n".join(parts), starts


def _article(path: Path, paras: list[_Para], **fields: Any) -> Article:
    """An Article from paragraphs: text and line map built together."""
    text, starts = _assemble(paras)
    fields.setdefault("name", path.name)
    return Article(path=path, text=text, line_starts=starts, **fields)


def _one_line_paras(texts: Iterable[str], lineno: int) -> list[_Para]:
    """Paragraphs from a format without lines of its own (JSON): all map to one line. A
    CMS or a crawler may keep a line of page furniture among them (`furniture_line`):
    it is dropped, never matched."""
    return [_Para([(lineno, t)]) for t in texts if t.strip() and not furniture_line(t)]


def furniture_line(text: str) -> bool:
    """Whether a line is page furniture by its own marks, whatever surrounds it: a teaser
    link ("Related: Wasilla water main break spills 40,000 gallons"), a timestamp, a short
    byline, an advertisement, a copyright line or a bare site label ("Share")."""
    line = text.strip()
    return bool(
        TEASER.match(line) or AD_LINE.match(line) or COPYRIGHT.search(line)
        or _is_timestamp(line) or (BYLINE.match(line) and len(line.split()) <= BYLINE_WORDS)
        or re.sub(r"[\W_]+", "", line.lower()) in FURNITURE_LINES
    )


# --- JSON: WordPress and news-please ---------------------------------------------------------


def _json_error(path: Path, exc: Exception) -> ArticleError:
    """Say where the JSON breaks, the way an editor's status bar would."""
    if isinstance(exc, json.JSONDecodeError):
        return ArticleError(
            path, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            line=exc.lineno,
        )
    return ArticleError(path, "JSON nested too deeply to parse")


def _read_json(path: Path, text: str, data: Any) -> list[Article]:
    """WordPress REST posts (one or a list) or news-please articles; anything else is refused."""
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ArticleError(path, "JSON list is empty: no posts to read")
    if all(_is_wordpress(x) for x in items):
        return _read_wordpress(path, text, items, is_list=isinstance(data, list))
    if all(_is_news_please(x) for x in items):
        return _read_news_please(path, text, items, is_list=isinstance(data, list))
    raise ArticleError(
        path,
        "JSON of an unknown shape: expected a WordPress post (content.rendered) or a "
        "news-please article (title, text)",
    )


def _is_wordpress(item: Any) -> bool:
    """A WordPress REST post carries its HTML body in content.rendered."""
    content = item.get("content") if isinstance(item, dict) else None
    return isinstance(content, dict) and isinstance(content.get("rendered"), str)


def _is_news_please(item: Any) -> bool:
    """news-please writes title, text and date_publish (text may be null for failed pages)."""
    return (
        isinstance(item, dict)
        and "text" in item
        and ("title" in item or "date_publish" in item)
        and isinstance(item.get("text") or "", str)
    )


def _key_lines(text: str, pattern: str) -> list[int]:
    """1-based line of each match of `pattern` in the raw JSON, in order."""
    return [text.count("\n", 0, m.end()) + 1 for m in re.finditer(pattern, text)]


def _post_names(path: Path, items: list[dict[str, Any]], is_list: bool) -> list[str]:
    """'file' for a single post, 'file#slug' (or 'file#3', 1-based) for posts of a list."""
    if not is_list:
        return [path.name]
    slugs = [str(x.get("slug") or "") for x in items]
    return [
        f"{path.name}#{slug if slug and slugs.count(slug) == 1 else i}"
        for i, slug in enumerate(slugs, 1)
    ]


def _posts(
    path: Path, text: str, items: list[dict[str, Any]], is_list: bool, body_key: str
) -> Iterator[tuple[int, dict[str, Any], str, int]]:
    """Each post of a JSON file with its index, node-id name and the line its body is on."""
    lines = _key_lines(text, body_key)
    names = _post_names(path, items, is_list)
    for i, (item, name) in enumerate(zip(items, names, strict=True)):
        yield i, item, name, lines[i] if i < len(lines) else 1


def _read_wordpress(
    path: Path, text: str, items: list[dict[str, Any]], is_list: bool
) -> list[Article]:
    """Each post's body is the HTML in content.rendered, title in title.rendered."""
    articles = []
    body_key = r'"content"\s*:\s*\{[^{}]*?"rendered"\s*:'
    for _, item, name, lineno in _posts(path, text, items, is_list, body_key):
        body = html_blocks(item["content"]["rendered"])
        title = item.get("title")
        title = title.get("rendered") if isinstance(title, dict) else title
        paras = _one_line_paras(body, lineno)
        date = parse_date(item.get("date")) or parse_date(item.get("date_gmt"))
        articles.append(
            _article(
                path, paras, name=name, title=_plain(title), source_format="wordpress",
                date=date or _text_date([p.text for p in paras], []),
            )
        )
    return articles


def _read_news_please(
    path: Path, text: str, items: list[dict[str, Any]], is_list: bool
) -> list[Article]:
    """news-please keeps the body as plain text (paragraphs on lines) in `text`."""
    articles = []
    for i, item, name, lineno in _posts(path, text, items, is_list, r'"text"\s*:'):
        body = [html.unescape(t).strip() for t in (item.get("text") or "").split("\n")]
        paras = _one_line_paras(body, lineno)
        if not paras and _plain(item.get("title")):
            # a crawl that kept only the headline: the headline is all there is to check
            title_lines = _key_lines(text, r'"title"\s*:')
            line = title_lines[i] if i < len(title_lines) else lineno
            paras = _one_line_paras([_plain(item["title"]) or ""], line)
        date = parse_date(item.get("date_publish"))
        articles.append(
            _article(
                path, paras, name=name, title=_plain(item.get("title")),
                source_format="news-please",
                date=date or _text_date([p.text for p in paras], []),
            )
        )
    return articles


ASCII_SPACE = " \t\n\r\f\v"
#: An image as trafilatura writes it in its text output.
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]*)[^)]*\)")


def _collapse(text: str) -> str:
    """Collapse runs of markup whitespace; non-breaking spaces are text and stay."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


def _plain(value: Any) -> str | None:
    """A title as text: tags stripped, entities decoded, spaces collapsed."""
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", value)).split())
    return value or None


#: HTML elements whose text is one paragraph of a CMS body.
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")


def html_blocks(fragment: str) -> list[str]:
    """Paragraph texts of an HTML fragment (a CMS body), entities decoded, no network."""
    from lxml import etree
    from lxml import html as lxml_html

    if not fragment.strip():
        return []
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    root = lxml_html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    out = []
    for el in root.iter(*BLOCK_TAGS):
        if any(anc.tag in BLOCK_TAGS for anc in el.iterancestors()):
            continue
        if el.tag in ("li", "blockquote") and el.find(".//p") is not None:
            continue
        text = _collapse(el.text_content())
        if text:
            out.append(text)
    if not out:
        text = _collapse(root.text_content())
        out = [text] if text else []
    return out


# --- HTML pages ------------------------------------------------------------------------------

HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
VOID_TAGS = _table(
    "area base br col embed hr img input link meta param source track wbr"
)


def _looks_like_html(head: str, text: str) -> bool:
    """A page starts with a doctype or <html>; a fragment is mostly tags and <p>s."""
    if HTML_START.match(head):
        return True
    sample = text[:20000]
    starts_with_tag = bool(re.match(r"\s*<[a-z]", sample, re.I))
    return starts_with_tag and len(re.findall(r"</p>", sample, re.I)) >= 2


def _html_depth(text: str) -> int:
    """The deepest element nesting, counted from the tags (void elements excluded)."""
    depth = deepest = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>", text):
        closing, tag, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if tag in VOID_TAGS or selfclose:
            continue
        depth = depth - 1 if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _read_html(path: Path, text: str) -> Article:
    """Main text and metadata by trafilatura (from the string: nothing is fetched)."""
    depth = _html_depth(text)
    if depth > MAX_HTML_DEPTH:
        raise ArticleError(
            path, f"HTML nested {depth} elements deep, over the {MAX_HTML_DEPTH} limit"
        )
    import trafilatura  # imported on first use: it is slow to import, and most files are text

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False,
        include_images=True, favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None or not IMAGE.sub("", doc.text or "").strip():
        raise ArticleError(path, "no story text found in the HTML page")
    title = _plain(doc.title)
    lines = [x for x in (_collapse(x) for x in _with_captions(doc.text, text)) if x]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    paras = _map_to_source(lines, text)
    date = parse_date(doc.date) or _text_date([p.text for p in paras], [])
    return _article(path, paras, title=title, date=date, source_format="html")


def _with_captions(extracted: str, page: str) -> list[str]:
    """The extracted lines, each story image replaced by its figure's caption.

    trafilatura keeps the images of figures it judges part of the story, as Markdown
    (`![alt](src)`), but drops their <figcaption>; a caption states figures as the body
    does ("Geneva, Switzerland, Monday, Jan. 10, 2022"), so it is checked alike. Captions
    of figures outside the story (sidebars, teasers) stay out with their images.
    """
    captions: dict[str, str] | None = None
    out = []
    for line in extracted.split("\n"):
        image = IMAGE.fullmatch(line.strip())
        if image is None:
            out.append(IMAGE.sub("", line))
            continue
        captions = _captions(page) if captions is None else captions
        caption = captions.get(image.group(1)) or captions.get(_basename(image.group(1)))
        if caption:
            out.append(caption)
    return out


def _captions(page: str) -> dict[str, str]:
    """Each figure's caption, by the address (and the file name) of its images."""
    import lxml.html  # trafilatura's own parser

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return {}
    found: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        words = _collapse(caption.text_content()) if caption is not None else ""
        for img in figure.iter("img") if words else ():
            for src in filter(None, (img.get("src"), img.get("data-src"))):
                found.setdefault(src, words)
                found.setdefault(_basename(src), words)
    return found


def _basename(src: str) -> str:
    return src.split("?")[0].rstrip("/").rsplit("/", 1)[-1]


def _map_to_source(paragraphs: list[str], source: str) -> list[_Para]:
    """Find each extracted paragraph in the page's visible text to learn its source line.

    The page is flattened (tags dropped, entities decoded, spaces collapsed) keeping each
    character's line; paragraphs are then searched in order from the last match.
    """
    chars: list[str] = []
    line_of: list[int] = []
    body = re.search(r"<body\b", source, re.I)
    skip = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
    pos, lineno = 0, 1
    start = body.start() if body else 0
    lineno += source.count("\n", 0, start)
    pos = start
    for m in skip.finditer(source, start):
        _flatten(source[pos:m.start()], lineno, chars, line_of)
        lineno += source.count("\n", pos, m.end())
        chars.append(" ")
        line_of.append(lineno)
        pos = m.end()
    _flatten(source[pos:], lineno, chars, line_of)
    flat = "".join(chars)
    paras, cursor, last = [], 0, lineno if not line_of else line_of[0]
    for para in paragraphs:
        needle = para[:40]
        hit = flat.find(needle, cursor)
        if hit < 0:
            hit = flat.find(needle)
        if hit >= 0:
            last, cursor = line_of[hit], hit + len(needle)
        paras.append(_Para([(last, para)]))
    return paras


def _flatten(chunk: str, lineno: int, chars: list[str], line_of: list[int]) -> None:
    """Append a text chunk, unescaped and space-collapsed, recording each char's line."""
    for piece in re.split(r"(\n)", chunk):
        if piece == "\n":
            lineno += 1
            continue
        for c in html.unescape(piece):
            if c in ASCII_SPACE:
                if chars and chars[-1] == " ":
                    continue
                c = " "
            chars.append(c)
            line_of.append(lineno)


# --- Word documents ----------------------------------------------------------------------------


def _read_docx(path: Path, data: bytes) -> Article:
    """A Word draft: paragraphs in order; the 'line' of a paragraph is its number."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise ArticleError(path, "binary file, not an article (a zip archive, not .docx)")
    except zipfile.BadZipFile:
        raise ArticleError(path, "binary file, not an article (a damaged zip archive)") from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        reason = " ".join(str(exc).split()).strip("\"'")[:200]
        raise ArticleError(path, f"a damaged .docx file ({reason}): re-save it from Word"
                           ) from None
    title = _plain(document.core_properties.title)
    paras: list[_Para] = []
    header: list[str] = []
    for number, para in enumerate(document.paragraphs, 1):
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "").lower()
        if not paras and (style == "title" or style.startswith("heading")) and not title:
            title = text
            continue
        if not paras and _header_line(text):
            header.append(text)
            continue
        paras.append(_Para([(number, text)]))
    date = _text_date([p.text for p in paras], header)
    return _article(path, paras, title=title, date=date, source_format="docx")


# --- Markdown and plain text -------------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
MD_MARKERS = re.compile(
    r"^(?:#{1,6}\s|>\s|```|\* |- |\d+\. )|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)", re.M
)


def _looks_like_markdown(text: str) -> bool:
    """Markdown shows headings, links or emphasis; plain copy and scrapes do not."""
    head = text[:20000]
    if any(c in head for c in "•▪►"):
        return False
    return bool(re.search(r"^#{1,6}\s+\S", head, re.M)) and len(MD_MARKERS.findall(head)) >= 2


def _read_markdown(path: Path, text: str) -> Article:
    """Front matter for title and date; the body kept as written, paragraph by paragraph."""
    meta: dict[str, Any] = {}
    first_line = 1
    m = FRONT_MATTER.match(text)
    if m:
        meta = _front_matter(path, m.group(1))
        first_line = text.count("\n", 0, m.end()) + 1
        if not m.group(0).endswith("\n"):
            first_line += 1
        text = text[m.end():]
    title = _plain(meta.get("title"))
    groups = _line_groups(text.split("\n"), first_line)
    if groups and not title:
        heading = MD_HEADING.match(groups[0][0][1])
        if heading and len(groups[0]) == 1:
            title, groups = heading.group(1), groups[1:]
    elif groups and title:
        heading = MD_HEADING.match(groups[0][0][1])
        if heading and heading.group(1).strip() == title and len(groups[0]) == 1:
            groups = groups[1:]
    paras = [_Para(g) for g in groups]
    date = parse_date(meta.get("date")) or _text_date([p.text for p in paras], [])
    return _article(path, paras, title=title, date=date, source_format="markdown")


def _front_matter(path: Path, block: str) -> dict[str, Any]:
    """YAML front matter, loaded safely; a broken block is reported with its line."""
    import yaml

    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = (line + 2) if line is not None else None
        what = getattr(exc, "problem", None) or getattr(exc, "context", None) or "invalid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError):
            what = "YAML tags such as !!python/... are not allowed"
        at = f" at line {where}" if where else ""
        raise ArticleError(path, f"malformed YAML front matter{at}: {what}", line=where) from None
    return meta if isinstance(meta, dict) else {}


def _line_groups(lines: list[str], first_line: int = 1) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines (stripped), each line with its 1-based source line."""
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            current.append((first_line + i, stripped))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _read_text(path: Path, text: str) -> Article:
    """Plain copy or a flattened web page: the classifier decides which, and what is story."""
    lines = [html.unescape(x) if "&" in x else x for x in text.split("\n")]
    blocks = split_blocks(lines)
    clean_blocks(blocks)
    kept = [b for b in blocks if b.keep]
    found = bool(kept)
    kept = kept or _plain_body(blocks)
    if not kept:
        raise ArticleError(path, "no story text found (every block looks like page furniture)")
    first = blocks.index(kept[0])
    header = blocks[:first]
    dropped_after = [b for b in blocks[first:] if not b.keep]
    scraped = found and len(dropped_after) >= SCRAPED_MIN_DROPPED
    if not scraped:
        kept = blocks[first:]
    title = _title(header)
    captions = [b.text for b in kept if b.kind == "caption"]
    date = _text_date([b.text for b in kept], [b.text for b in header], captions)
    paras = [_Para(b.lines) for b in kept]
    fmt = "scraped" if scraped else "text"
    return _article(path, paras, title=title, date=date, source_format=fmt)


def _plain_body(blocks: list[Block]) -> list[Block]:
    """Too little text for the classifier to find a run (a short note): all of it is the
    body, but for a headline, byline and date lines on top."""
    body = list(blocks)
    while len(body) > 1 and (body[0].kind in ("byline", "timestamp") or _headline(body[0])):
        body.pop(0)
    return [b for b in body if b.cls != "skip" or b.kind == "dup"]


def _headline(block: Block) -> bool:
    """One line of 3-25 words with no closing sentence punctuation."""
    n = len(block.words)
    return 3 <= n <= 25 and "\n" not in block.text and not re.search(r"[.:;,]\s*$", block.text)


def _title(header: list[Block]) -> str | None:
    """The headline: the nearest headline-like line above the byline, if there is one,
    else above the story (the agency line under a byline is not a headline)."""
    bylines = [i for i, b in enumerate(header) if b.kind == "byline"]
    if bylines:
        header = header[: bylines[-1]]
    for block in reversed(header[-20:]):
        if block.kind in ("furniture", "timestamp", "byline", "nav", "ad", "dup", "copyright"):
            continue
        if _headline(block):
            return block.text
    return None


def _header_line(text: str) -> bool:
    """A byline or a bare date at the top of a draft: metadata, not story."""
    return bool(BYLINE.match(text)) or _is_timestamp(text)


def _text_date(
    body: list[str], header: list[str], captions: list[str] | None = None
) -> dt.date | None:
    """Date from the text: header lines (byline, timestamp), then the lead's dateline,
    then the latest caption date (a photo cannot postdate the story it illustrates)."""
    for line in header:
        dates = find_dates(line)
        if dates:
            return dates[-1][1]
    if body:
        dates = [d for off, d in find_dates(body[0]) if off < 60]
        if dates:
            return dates[0]
    caption_dates = [d for c in captions or [] for _, d in find_dates(c)]
    return max(caption_dates) if caption_dates else None


# --- the block classifier ------------------------------------------------------------------


@dataclass
class Block:
    """A paragraph or line of flattened text, with its class after `clean_blocks`.

    `cls` is good / neargood / short / bad / skip (skip: duplicates, ads, separators,
    transparent to context); `kind` says why (caption, furniture, timestamp, ...).
    """

    lines: list[tuple[int, str]]
    cls: str = ""
    kind: str = ""
    keep: bool = False

    @property
    def text(self) -> str:
        return "\n".join(t for _, t in self.lines)

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


def split_blocks(lines: list[str], first_line: int = 1) -> list[Block]:
    """Blocks: blank-line paragraphs, split into lines unless they are hard-wrapped prose."""
    blocks: list[Block] = []
    for group in _line_groups(lines, first_line):
        if _is_wrapped(group):
            blocks.append(Block(group))
        else:
            blocks.extend(Block([line]) for line in group)
    return blocks


def _is_wrapped(group: list[tuple[int, str]]) -> bool:
    """Hard-wrapped prose: long lines of similar width that mostly run on mid-sentence."""
    if len(group) < 2:
        return True
    texts = [t for _, t in group]
    if len(set(texts)) < len(texts) or max(map(len, texts)) > 120:
        return False
    heads = texts[:-1]
    if any(len(t) < 40 or BULLET.match(t) for t in heads):
        return False
    return sum(bool(SENTENCE_END.search(t)) for t in heads) <= len(heads) / 2


def classify(block: Block, seen: set[str]) -> None:
    """Context-free class of one block, from its own features."""
    text = block.text
    key = " ".join(text.lower().split())
    if not re.search(r"[^\W_]", text):
        block.cls, block.kind = "skip", "separator"
    elif key in seen:
        block.cls, block.kind = "skip", "dup"
    elif AD_LINE.match(text):
        block.cls, block.kind = "skip", "ad"
    else:
        block.cls, block.kind = _features_class(block)
    seen.add(key)


def _features_class(block: Block) -> tuple[str, str]:
    """good / neargood / short / bad from length, stopwords, punctuation and markers."""
    text = block.text
    words = block.words
    n = len(words)
    bare = re.sub(r"[\W_]+", "", text.lower())
    if BULLET.match(text) and n < SHORT_WORDS:
        return "bad", "nav"
    if COPYRIGHT.search(text):
        return "bad", "copyright"
    if BYLINE.match(text) and n <= BYLINE_WORDS:
        return "bad", "byline"
    if TEASER.match(text):
        return "bad", "furniture"
    if _is_timestamp(text):
        return "bad", "timestamp"
    if bare in FURNITURE_LINES or (FURNITURE_PHRASES.search(text) and n <= 20):
        return "bad", "furniture"
    if BREADCRUMB.match(text) and n <= 8:
        return "bad", "nav"
    density = sum(w.lower() in STOPWORDS for w in words) / max(n, 1)
    caption = bool(CAPTION.search(text))
    if n < SHORT_WORDS or len(text) < SHORT_CHARS:
        return "short", "short"
    if SENTENCE_END.search(text) and not caption:
        return ("good" if density >= GOOD_DENSITY else "neargood"), "prose"
    if caption:
        return "neargood", "caption"
    if n >= LONG_UNPUNCTUATED and density >= GOOD_DENSITY:
        return "neargood", "prose"
    return "bad", "headline"


def _is_timestamp(text: str) -> bool:
    """A line of only dates, times and reading-time words ("1 Jan, 2022 07:18 PM6 mins")."""
    tokens = re.findall(r"[^\W\d_]+|\d+", text.lower())
    if not tokens or len(tokens) > 12 or not any(t.isdigit() for t in tokens):
        return False
    return all(t.isdigit() or t in TIME_WORDS for t in tokens)


def clean_blocks(blocks: list[Block]) -> list[Block]:
    """Mark `keep` on the story's blocks: classify, smooth by context, take the densest run."""
    seen: set[str] = set()
    for block in blocks:
        classify(block, seen)
    live = [b for b in blocks if b.cls != "skip"]
    _smooth(live)
    _demote_isolated(live)
    start, end = _densest_run(live)
    for block in live[start:end]:
        block.keep = block.cls == "good"
    return blocks


def _neighbour(live: list[Block], i: int, step: int, classes: list[str]) -> str:
    """Class of the nearest non-short block in one direction ('bad' past the edge)."""
    j = i + step
    while 0 <= j < len(live):
        if classes[j] != "short":
            return classes[j]
        j += step
    return "bad"


def _smooth(live: list[Block]) -> None:
    """jusText's revision: short blocks between prose become prose, near-prose next to
    prose becomes prose; everything still ambiguous is dropped."""
    original = [b.cls for b in live]
    for i, block in enumerate(live):
        if original[i] not in ("short", "neargood"):
            continue
        prev, nxt = _neighbour(live, i, -1, original), _neighbour(live, i, 1, original)
        if original[i] == "short":
            both = prev in ("good", "neargood") and nxt in ("good", "neargood")
            good = both and "good" in (prev, nxt)
        else:
            good = "good" in (prev, nxt)
        block.cls = "good" if good else "bad"


def _demote_isolated(live: list[Block]) -> None:
    """A short good block walled in by site prompts (furniture, nav) is a prompt too."""
    walls = [b.cls == "bad" and b.kind in PROMPT_KINDS for b in live]
    for i, block in enumerate(live):
        if block.cls != "good" or len(block.words) >= ISOLATED_WORDS:
            continue
        prev = walls[i - 1] if i > 0 else True
        nxt = walls[i + 1] if i + 1 < len(live) else True
        if prev and nxt:
            block.cls = "bad"


def _densest_run(live: list[Block]) -> tuple[int, int]:
    """The maximum-sum run of blocks: good blocks earn their words, bad ones cost a
    fixed penalty plus their words, so the run spans mid-story ads and teaser boxes but
    not the header above or the footer below."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, block in enumerate(live):
        n = len(block.words)
        score = n if block.cls == "good" else -(BAD_PENALTY + BAD_PER_WORD * n)
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
