"""One typed settings object: defaults in one place, JSON on disk, unknown keys ignored."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reader.text import choices

log = logging.getLogger(__name__)



@dataclass
class Settings:
    """Everything remembered between runs; Qt state is kept as base64 strings so this stays pure."""

    theme: str = choices.DEFAULT_THEME  # a key of choices.THEME_CHOICES
    font_size: float = 0.0  # points; 0 means the platform default scaled for reading
    zoom: int = 0  # steps from the default size
    script: str = choices.ORIGINAL  # a key of choices.DISPLAY_CHOICES
    keywords: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    sidebar_state: str = ""  # base64 of the sidebar's (documents / outline) QSplitter.saveState()
    language: str = ""  # a code of choices.LANGUAGE_CHOICES; '' follows the system locale
    last_document: str = ""  # path of the document open at exit
    last_position: int = 0  # offset in the cleaned text at the top of the view
    show_original: bool = False

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Read settings, falling back to defaults for anything missing or malformed."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings %s is not an object; using defaults", path)
            return cls()
        settings = cls()
        defaults = {f.name: getattr(settings, f.name) for f in dataclasses.fields(cls)}
        for key, value in raw.items():
            if key not in defaults:
                log.info("ignoring unknown setting %r", key)
                continue
            expected = type(defaults[key])
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                log.warning("setting %r has the wrong type; keeping the default", key)
                continue
            setattr(settings, key, value)
        settings._validate()
        return settings

    def _validate(self) -> list[str]:
        """Choices outside their tables fall back to defaults; returns one line per value that was reset."""
        problems = []
        for name, known, default in (("theme", choices.theme_keys(), choices.DEFAULT_THEME),
                                     ("script", choices.script_keys(), choices.ORIGINAL),
                                     ("language", choices.language_codes(), "")):
            value = getattr(self, name)
            if value not in known:
                problems.append(f"setting {name}={value!r} is not one of {', '.join(map(repr, known))}; "
                                f"using {default!r}")
                setattr(self, name, default)
        for line in problems:
            log.warning("%s", line)
        self.keywords = [k for k in self.keywords if isinstance(k, str) and k.strip()]
        return problems

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a settings file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
