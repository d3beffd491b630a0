"""Value objects shared by the text engine, the CLI and the UI."""

from __future__ import annotations

import bisect
import errno
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

# A decoded character that could not be decoded is shown as this mark and counted.
BAD_BYTE_MARK = "\ufffd"

# Why cleaning removed something (Removed.reason); the UI has words for each.
REMOVAL_REASONS = ("chrome", "site-junk", "promo", "caption", "meta", "pinyin", "duplicate")
# Of those, the lines taken out of the body to stand in the header over it (date, source, author): moved, not lost.
MOVED_REASONS = frozenset({"meta"})


class TextError(Exception):
    """Base for input problems the user must be told about in one line."""


class BinaryFileError(TextError):
    """The file is not text (NUL bytes, image signatures); `what` names what it is, for the UI to say in its words."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what

    def __reduce__(self):
        return type(self), (str(self), self.what)


class NotAFileError(TextError):
    """A path that is no regular file (a folder named x.txt, a pipe, a device); `what` says which."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what

    def __reduce__(self):
        return type(self), (str(self), self.what)


class WrongEncodingError(TextError):
    """The encoding the reader chose for the file reads too little of it (Reopen with Encoding… on another one)."""

    def __init__(self, message: str, encoding: str = "") -> None:
        super().__init__(message)
        self.encoding = encoding

    def __reduce__(self):
        return type(self), (str(self), self.encoding)


class FileTooLargeError(TextError):
    """The file exceeds the size the reader will open."""


FOLDER = "a folder"  # NotAFileError.what of a folder: the UI offers Add Folder… for it
SQLITE = "an SQLite database"  # BinaryFileError.what of one (the reader's own catalogue is refused unopened as one)


def failure_kind(exc: BaseException) -> str:
    """Why a file could not be read, as a word the UI has a sentence for in each language ('binary:a PNG image',
    'not_file:a pipe (FIFO)', 'loop' …; '' when it has none): the exceptions' own prose is English, for logs and the
    CLI, and the import's report crosses a process boundary as text."""
    if isinstance(exc, BinaryFileError):
        return f"binary:{exc.what}"
    if isinstance(exc, NotAFileError):
        return "folder" if exc.what == FOLDER else f"not_file:{exc.what}"
    if isinstance(exc, FileTooLargeError):
        return "too_large"
    if isinstance(exc, TextError):
        return "text"
    if isinstance(exc, FileNotFoundError):
        return "missing"
    if isinstance(exc, PermissionError):
        return "permission"
    if isinstance(exc, IsADirectoryError):
        return "folder"
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return "loop"
    return ""


@dataclass(frozen=True)
class Decoded:
    """The original file as text, with how it was decoded."""

    text: str  # newlines normalised to '\n' (CRLF and CR count as one break)
    encoding: str  # e.g. 'utf-8', 'utf-8-sig', 'utf-16-le', 'gb18030', 'big5'
    kind: str = "text"  # 'text' | 'markdown' | 'html'
    bad_positions: tuple[int, ...] = ()  # offsets in `text` of BAD_BYTE_MARK inserted for undecodable bytes
    meta: dict[str, str] = field(default_factory=dict)  # e.g. {'title': ..., 'date': ...} from HTML <head>

    @property
    def bad_bytes(self) -> int:
        return len(self.bad_positions)


@dataclass(frozen=True)
class Block:
    """A line-oriented unit handed from format extraction to cleaning, with its source line."""

    text: str
    line: int  # 1-based line in Decoded.text
    heading_level: int = 0  # >0 when the format itself marks a heading (Markdown '#', HTML <h1>..)
    role: str = ""  # 'chrome' when the format marks it as page furniture (HTML <nav>, <footer>, class="share" ...)
    strong: bool = False  # a page sets all its text in <b> / <strong> ('<p><strong>主旋律可以很好看</strong></p>'): maybe a sub-head
    caption: bool = False  # a page sets it under a picture or in a <figcaption> (htmlcaptions): never a heading

    def __init__(self, text: str, line: int, heading_level: int = 0, role: str = "", strong: bool = False,
                 caption: bool = False) -> None:
        """Fields set in the instance's dict: the frozen dataclass's own __init__ (an object.__setattr__ a field) was
        a tenth of cleaning a long text, which makes a Block a line and a Paragraph a paragraph."""
        self.__dict__.update(text=text, line=line, heading_level=heading_level, role=role, strong=strong,
                             caption=caption)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of cleaned text."""

    text: str
    line: int  # 1-based line in the decoded original where the paragraph starts
    start: int  # offset of the paragraph in Document.text
    heading_level: int = 0  # >0 when the file's format marks this paragraph as a heading (Markdown '#', HTML <h1>)
    last_line: int = 0  # the original line it ends on, when re-joined from several (0: it stands on one)
    listed: bool = False  # the format marks it a list's item (Markdown '1. …'): never a heading, whatever its number
    cell: bool = False  # a row of a table of data (Markdown '| … |', an HTML data table): never a heading
    ruled: bool = False  # a rule line ('---', '***') stands between it and the paragraph before: the writer's break
    bold: bool = False  # a text file sets the whole line in bold ('**核心架構層級：**'): the writer's own sub-heading
    anchor: bool = False  # the source gives it a heading's anchor (kramdown's '{#id}'), whatever its shape
    caption: bool = False  # the source marks it a figure's caption (kramdown's '{: .caption }'): never a heading
    indent: int = 0  # columns of whitespace its first line stood in by in a text file (a tab is four, '　' two)
    strong: bool = False  # a page sets it wholly in <b> / <strong>: a sub-head when it heads a section's prose (boldheads)
    code: int = 0  # a line of a Markdown code block, verbatim: 1 opens the block, 2 + n goes on under n blank lines

    def __init__(self, text: str, line: int, start: int, heading_level: int = 0, last_line: int = 0,
                 listed: bool = False, cell: bool = False, ruled: bool = False, bold: bool = False,
                 anchor: bool = False, caption: bool = False, indent: int = 0, strong: bool = False,
                 code: int = 0) -> None:
        """Fields set in the instance's dict, as Block's are."""
        self.__dict__.update(text=text, line=line, start=start, heading_level=heading_level, last_line=last_line,
                             listed=listed, cell=cell, ruled=ruled, bold=bold, anchor=anchor, caption=caption,
                             indent=indent, strong=strong, code=code)


def line_gap(before: Paragraph, after: Paragraph) -> int:
    """Lines from the last of `before` to the first of `after` (1: on consecutive lines, 2: a blank line between)."""
    return after.line - (before.last_line or before.line)


def shown_lines(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A page's paragraphs one a line, as a browser shows them: its source lines say nothing of their spacing
    ('<p>\\n  1、先挂号。</p>' three lines below the last is no line set off by blank lines)."""
    return [replace(p, line=k, last_line=0) for k, p in enumerate(paragraphs, 1)]


def packed_paragraphs(paragraphs: list[Paragraph]) -> bool:
    """The document sets its paragraphs one under another with a blank line between hardly any two: a blank line
    says nothing of how they belong together."""
    return sum(b.line - (a.last_line or a.line) > 1  # `line_gap`, written out: a long law's lines are many
               for a, b in zip(paragraphs, paragraphs[1:])) <= 0.1 * len(paragraphs)


class Packed:
    """`packed_paragraphs`, worked out only when first asked (a law's items never ask): read it with bool()."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self._paragraphs: list[Paragraph] | None = paragraphs
        self._value = False

    def __bool__(self) -> bool:
        if self._paragraphs is not None:
            self._value, self._paragraphs = packed_paragraphs(self._paragraphs), None
        return self._value


class CleaningCounts(NamedTuple):
    """Lines removed, lines moved to the header, garbled runs flagged: the status bar's and `zhreader info`'s figures."""

    removed: int
    moved: int
    garbled: int


@dataclass(frozen=True)
class Removed:
    """Something cleaning took out, so the user can see what and why."""

    reason: str  # one of REMOVAL_REASONS
    text: str
    line: int  # 1-based line in the decoded original

    @property
    def moved(self) -> bool:
        """Shown in the header rather than gone: a reader told it was removed would look for it in vain."""
        return self.reason in MOVED_REASONS


@dataclass(frozen=True)
class Garbled:
    """A run of text that looks like encoding damage, flagged but kept."""

    start: int  # offset in Document.text
    end: int
    text: str


@dataclass(frozen=True)
class Heading:
    """An outline entry."""

    depth: int  # 1 = top level
    marker: str  # e.g. '一、', '（一）', '1.', '第一章', '' for unnumbered headings
    title: str  # heading part only; for articles (第X条) the marker itself
    line: int  # 1-based line in the decoded original
    offset: int  # offset in Document.text where the heading starts
    end: int = -1  # offset in Document.text where the heading part (marker + title) ends; body may run on after it


@dataclass(frozen=True)
class Document:
    """A cleaned document: metadata, paragraphs, what was removed, and its outline."""

    title: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str = "utf-8"
    kind: str = "text"
    source: str = ""
    date: str = ""
    author: str = ""
    editor: str = ""
    removed: tuple[Removed, ...] = ()
    garbled: tuple[Garbled, ...] = ()
    headings: tuple[Heading, ...] = ()
    bad_bytes: int = 0
    title_derived: bool = False  # True when the file has no title line and `title` was taken from the lead sentence

    @cached_property
    def text(self) -> str:
        """The cleaned body: paragraphs joined by single newlines; all offsets index into it."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def cleaning_counts(self) -> CleaningCounts:
        """What the reader is told cleaning did, as What Cleaning Did lists it: lines removed, lines moved to the
        header (still shown, so never counted as removed) and garbled runs flagged."""
        return CleaningCounts(len(self.dropped), len(self.moved), len(self.garbled))

    @property
    def moved(self) -> tuple[Removed, ...]:
        """Lines cleaning moved out of the body into the header (still on screen, above the text)."""
        return tuple(r for r in self.removed if r.moved)

    @property
    def dropped(self) -> tuple[Removed, ...]:
        """Lines cleaning took out of sight: what the reader is told was removed."""
        return tuple(r for r in self.removed if not r.moved)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph containing `offset` (-1 without paragraphs; offsets before the first give 0)."""
        if not self.paragraphs:
            return -1
        return max(0, bisect.bisect_right(self.paragraphs, offset, key=_start) - 1)


def _start(paragraph: Paragraph) -> int:
    return paragraph.start
