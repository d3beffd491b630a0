"""Where zhreader keeps its files: the only user of appdirs; ZHREADER_HOME relocates everything."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "zhreader"
HOME_ENV = "ZHREADER_HOME"


@dataclass(frozen=True)
class Paths:
    """Config, data and cache directories, created on demand."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @classmethod
    def default(cls) -> "Paths":
        """Honour ZHREADER_HOME (portable mode, tests) before the platform's directories."""
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home).expanduser()
            return cls(root / "config", root / "data", root / "cache")
        import appdirs

        return cls(
            Path(appdirs.user_config_dir(APP_NAME)),
            Path(appdirs.user_data_dir(APP_NAME)),
            Path(appdirs.user_cache_dir(APP_NAME)),
        )

    @classmethod
    def session_fallback(cls) -> "Paths":
        """A fresh private folder in the temporary directory, for a session whose own folders cannot be written."""
        import tempfile

        root = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-session-"))
        return cls(root / "config", root / "data", root / "cache")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def library_file(self) -> Path:
        return self.data_dir / "library.sqlite3"

    def ensure(self) -> "Paths":
        """Create the directories; returns self for chaining."""
        for d in (self.config_dir, self.data_dir, self.cache_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


def _package_or_repo_dir(installed: str, in_repo: str) -> Path:
    """Bundled data lives in the package when installed, at the repository top in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / installed, here.parent / in_repo):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {in_repo!r} not found next to {here}")


def resources_dir() -> Path:
    """Bundled resources (OpenCC data, icons)."""
    return _package_or_repo_dir("_resources", "resources")


def seeds_dir() -> Path:
    """Bundled sample articles shown on first start."""
    return _package_or_repo_dir("_seeds", "seeds")
