"""One typed settings object: defaults in one place, JSON on disk, unknown keys ignored, damage kept aside."""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from reader.atomic import aside_name, move_aside, remove_stale_temps, write_atomically
from reader.text import choices

log = logging.getLogger(__name__)

FONT_SIZE_RANGE = (4.0, 96.0)  # points; 0 (the platform default) is also allowed
ZOOM_LIMIT = 50  # the window clamps to its own zoom range; this only keeps absurd numbers out
MAX_POSITION = 10**9  # far beyond the 50 MB a document may have
MAX_KEYWORDS = 200  # more would make every refresh slow, and nobody tracks more by hand
MAX_KEYWORD_CHARS = 64
FORMER_COLOURS = 64  # removed keywords whose colours are remembered across sessions
KEYWORD_COLOURS = 8  # the keyword palette's size (reader.ui.highlight.PALETTE_SIZE; a test holds them equal)
MAX_STATE_CHARS = 64 * 1024  # base64 of a Qt geometry/state blob is a few hundred characters
MAX_TEXT_CHARS = 4096  # paths and language codes
MAX_FILE_BYTES = 4 * 1024 * 1024  # a settings file larger than this is not one the reader wrote
# The document list's columns by key (reader.ui.document_model.COLUMNS); a sort or column not among them is dropped.
LIST_KEYS = ("title", "date", "kind", "authority", "number", "opened", "script")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}", re.ASCII)


@dataclass(frozen=True)
class StateNotice:
    """A damaged state file the reader moved aside at start-up: what it was, why, and where the user finds it now."""

    what: str  # 'settings', 'library', 'keywords' ...
    path: Path
    moved_to: Path | None  # None when the file could not be moved (it is left where it was)
    reason: str
    partial: bool = False  # the file was used, trimmed; moved_to is a copy of the original

    def message(self) -> str:
        if self.partial:
            kept = f" The original was kept as {self.moved_to}." if self.moved_to else ""
            return f"Only part of the {self.what} file {self.path} could be used ({self.reason}).{kept}"
        if self.moved_to is None:
            return f"The {self.what} file {self.path} could not be read ({self.reason}); defaults are used for now."
        return (f"The {self.what} file {self.path} could not be read ({self.reason}). It was kept as "
                f"{self.moved_to} and defaults are used.")


class _Damaged(Exception):
    """The settings file cannot be used; the message says why in a few words."""


@dataclass
class Settings:
    """Everything remembered between runs; Qt state is kept as base64 strings so this stays pure."""

    theme: str = choices.DEFAULT_THEME  # a key of choices.THEME_CHOICES
    font_size: float = 0.0  # points; 0 means the platform default scaled for reading
    zoom: int = 0  # steps from the default size
    script: str = choices.ORIGINAL  # a key of choices.DISPLAY_CHOICES
    traditional: str = choices.TRADITIONAL_CHOICE  # the Traditional last chosen (香港繁體…): where Ctrl+T goes back to
    keywords: list[str] = field(default_factory=list)
    # keyword -> palette index, so each keeps its colour after a restart; one missing (an older file) gets a free one
    keyword_colours: dict[str, int] = field(default_factory=dict)
    # folded keyword -> palette index of keywords the reader removed: one added again, in a later session too, comes
    # back in its colour where that colour is free (the most recent FORMER_COLOURS kept)
    former_keyword_colours: dict[str, int] = field(default_factory=dict)
    # keyword -> the display showing a region's words it was typed in ('s2twp', 's2hkp'): 滑鼠 typed in Taiwan's words
    # stands for 鼠标 in every script after a restart too (one missing, an older file: read as it is written)
    keyword_typed_in: dict[str, str] = field(default_factory=dict)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    sidebar_state: str = ""  # base64 of the sidebar's (documents / outline) QSplitter.saveState()
    language: str = ""  # a code of choices.LANGUAGE_CHOICES; '' follows the system locale
    last_document: str = ""  # path of the document open at exit
    last_position: int = 0  # offset in the cleaned text at the top of the view
    show_original: bool = False
    open_folder: str = ""  # the folder File › Open and Library › Add last chose from ('' : the home folder)
    list_sort: str = ""  # the document list's sort column, a key of LIST_KEYS ('' : catalogue order)
    list_descending: bool = False
    list_columns: list[str] = field(default_factory=lambda: ["date"])  # columns shown beside the title when wide

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Read settings, falling back to defaults for anything missing or malformed (damage is moved aside)."""
        return cls.load_checked(path)[0]

    @classmethod
    def load_checked(cls, path: Path) -> tuple["Settings", list[StateNotice]]:
        """Settings plus what start-up must tell the user: a damaged file is renamed aside, never overwritten."""
        path = Path(path)
        for leftover in remove_stale_temps(path.parent):
            log.info("removed %s left by an interrupted save", leftover)
        try:
            raw = _read_object(path)
        except FileNotFoundError:
            return cls(), []
        except _Damaged as exc:
            return cls(), [_set_aside(path, str(exc))]
        settings = cls()
        defaults = {f.name: getattr(settings, f.name) for f in dataclasses.fields(cls)}
        for key, value in raw.items():
            if key not in defaults:
                log.info("ignoring unknown setting %r", key[:40])
                continue
            expected = type(defaults[key])
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value) if abs(value) < 10**300 else math.inf
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                log.warning("setting %r has the wrong type; keeping the default", key)
                continue
            setattr(settings, key, value)
        problems = settings._validate()
        notices = []
        if problems:  # the values are replaced at the next save: the file as it was is kept beside it
            notices.append(_copy_aside(path, "; ".join(problems)))
        return settings, notices

    def _validate(self) -> list[str]:
        """Clamp every value into what the window can show; returns one line per value that was changed."""
        problems = []
        for name, known, default in (("theme", choices.theme_keys(), choices.DEFAULT_THEME),
                                     ("script", choices.script_keys(), choices.ORIGINAL),
                                     ("language", choices.language_codes(), "")):
            value = getattr(self, name)
            if value not in known:
                problems.append(f"setting {name}={str(value)[:40]!r} is not one of {', '.join(map(repr, known))}; "
                                f"using {default!r}")
                setattr(self, name, default)
        lo, hi = FONT_SIZE_RANGE
        if not math.isfinite(self.font_size) or self.font_size <= 0:
            self.font_size = 0.0
        else:
            self.font_size = min(hi, max(lo, self.font_size))
        self.zoom = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, self.zoom))
        self.last_position = max(0, min(MAX_POSITION, self.last_position))
        for name in ("window_geometry", "window_state", "splitter_state", "sidebar_state"):
            if not _is_base64(getattr(self, name)):
                log.warning("setting %r is not base64 of a Qt state; dropped", name)
                setattr(self, name, "")
        if len(self.last_document) > MAX_TEXT_CHARS or "\x00" in self.last_document:
            self.last_document, self.last_position = "", 0
        if len(self.open_folder) > MAX_TEXT_CHARS or "\x00" in self.open_folder:
            self.open_folder = ""
        if self.traditional not in choices.traditional_keys():
            self.traditional = choices.TRADITIONAL_CHOICE
        if self.list_sort not in LIST_KEYS:
            self.list_sort, self.list_descending = "", False
        wanted = (k for k in self.list_columns if isinstance(k, str) and k in LIST_KEYS and k != "title")
        self.list_columns = list(dict.fromkeys(wanted))
        words: list[str] = []
        seen: set[str] = set()
        for k in self.keywords:
            if isinstance(k, str) and k.strip() and len(k) <= MAX_KEYWORD_CHARS and "\x00" not in k and k not in seen:
                seen.add(k)
                words.append(k)
        if len(words) > MAX_KEYWORDS:
            problems.append(f"it lists {len(words) - MAX_KEYWORDS} keywords beyond the {MAX_KEYWORDS} kept")
        self.keywords = words[:MAX_KEYWORDS]
        self.keyword_colours = _colours_of(self.keywords, self.keyword_colours)
        self.keyword_typed_in = _typed_in(self.keywords, self.keyword_typed_in)
        self.former_keyword_colours = former_colours(self.former_keyword_colours)
        for line in problems:
            log.warning("%s", line)
        return problems

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a settings file."""
        write_atomically(Path(path), self.payload())

    def payload(self) -> bytes:
        """The file's bytes as they stand now (a copy: a writer on another thread needs no lock on the settings)."""
        values = dataclasses.asdict(self)
        data = json.dumps(values, ensure_ascii=False, indent=1)
        try:
            return data.encode("utf-8")
        except UnicodeEncodeError:  # a path with undecodable bytes (surrogates): JSON escapes keep them exactly
            return json.dumps(values, ensure_ascii=True, indent=1).encode("ascii")


def _read_object(path: Path) -> dict:
    """The settings file's JSON object; FileNotFoundError when there is none, _Damaged when it cannot be used."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _Damaged("it is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _Damaged(f"it is {info.st_size // 1024} KB, far larger than settings can be")
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _Damaged(exc.strerror or str(exc)) from None
    if not data.strip():
        raise _Damaged("it is empty")
    try:
        text = data.decode("utf-8-sig")  # Notepad writes a byte-order mark: accepted
    except UnicodeDecodeError:
        raise _Damaged("it is not UTF-8 text") from None
    try:
        raw = json.loads(text)
    except RecursionError:
        raise _Damaged("it is nested too deeply") from None
    except ValueError as exc:
        raise _Damaged(f"it is not valid JSON: {str(exc)[:80]}") from None
    if not isinstance(raw, dict):
        raise _Damaged(f"it holds a JSON {type(raw).__name__}, not an object of settings")
    return raw


def _colours_of(keywords: list[str], colours: dict) -> dict[str, int]:
    """The saved colours of kept keywords that are palette indices; anything else is dropped (the window then gives
    that keyword a free colour, as for a file written before colours were saved)."""
    kept = set(keywords)
    valid = {k: v for k, v in colours.items()
             if k in kept and type(v) is int and 0 <= v < KEYWORD_COLOURS}
    if len(valid) < len(colours):
        log.info("dropped %d keyword colours that are not palette colours of kept keywords", len(colours) - len(valid))
    return valid


def _typed_in(keywords: list[str], typed_in: dict) -> dict[str, str]:
    """Where kept keywords were typed, for those typed in a region's words; anything else is read as written."""
    from reader.text.keywords import TYPED_REGIONS

    kept = set(keywords)
    return {k: v for k, v in typed_in.items() if k in kept and isinstance(v, str) and v in TYPED_REGIONS}


def former_colours(colours: dict) -> dict[str, int]:
    """The removed keywords' colours worth keeping: palette indices of sane words, the most recent FORMER_COLOURS."""
    valid = [(k, v) for k, v in colours.items() if isinstance(k, str) and k.strip() and len(k) <= MAX_KEYWORD_CHARS
             and "\x00" not in k and type(v) is int and 0 <= v < KEYWORD_COLOURS]
    return dict(valid[-FORMER_COLOURS:])


def _is_base64(value: str) -> bool:
    """ASCII base64 of a sane length: anything else would make Qt's restore functions fail or raise."""
    return len(value) <= MAX_STATE_CHARS and len(value) % 4 == 0 and _BASE64.fullmatch(value) is not None


def _set_aside(path: Path, reason: str) -> StateNotice:
    """Move a damaged file aside so the defaults saved at exit never replace what the user had."""
    log.warning("settings %s unusable (%s)", path, reason)
    try:
        moved = move_aside(path)
    except OSError as exc:
        log.warning("cannot move %s aside: %s", path, exc)
        moved = None
    return StateNotice("settings", path, moved, reason)


def _copy_aside(path: Path, reason: str) -> StateNotice:
    """Keep a copy of a file whose values were trimmed, since the trimmed ones are saved over it at exit."""
    target = aside_name(path, "trimmed")
    try:
        write_atomically(target, path.read_bytes())
    except OSError as exc:
        log.warning("cannot copy %s aside: %s", path, exc)
        return StateNotice("settings", path, None, reason, partial=True)
    return StateNotice("settings", path, target, reason, partial=True)
