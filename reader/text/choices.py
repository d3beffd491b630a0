"""The reader's vocabularies, one table each: display scripts, themes, UI languages.

Settings validation, the window's actions, the script selector's labels and the status bar are all built from
these rows, so adding a display script is one row here. Pure (no Qt): labels that need translating are English
source texts the UI passes through its translator; script names are written in their own script on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.text.script import MIXED, SIMPLIFIED, TRADITIONAL, UNKNOWN

ORIGINAL = "original"


@dataclass(frozen=True)
class DisplayChoice:
    """A script the text can be shown in, and the OpenCC configuration that shows each kind of source in it."""

    key: str  # the settings value
    config_for_simplified: str | None  # None: a text written in Simplified is shown as written
    config_for_traditional: str | None  # None: a text written in Traditional is shown as written
    shows_traditional: bool | None  # what the reader sees; None: as written (Original)
    label: str  # in its own script; Original's is English, translated by the UI
    config_for_mixed: str | None = None  # mixed or undetected texts; defaults to the key itself
    words: str = ""  # English words a reader types for it (Help › Keyboard Shortcuts' filter): the label has none

    def config_for(self, source_script: str) -> str | None:
        """The conversion that shows a text written in `source_script` in this choice (None: as written)."""
        if source_script == SIMPLIFIED:
            return self.config_for_simplified
        if source_script == TRADITIONAL:
            return self.config_for_traditional
        if self.key == ORIGINAL:
            return None
        return self.config_for_mixed or self.key


DISPLAY_CHOICES: tuple[DisplayChoice, ...] = (
    DisplayChoice(ORIGINAL, None, None, None, "Original"),
    DisplayChoice("t2s", None, "t2s", False, "简体", words="Simplified Chinese"),
    DisplayChoice("s2t", "s2t", None, True, "繁體", words="Traditional Chinese"),
    DisplayChoice("s2tw", "s2tw", "t2tw", True, "台灣正體", words="Traditional Chinese Taiwan"),
    DisplayChoice("s2hk", "s2hk", "t2hk", True, "香港繁體", words="Traditional Chinese Hong Kong"),
    # With the region's words (软件 -> 軟體, 计算机 -> 電腦) for a Simplified source. A Traditional source keeps its own
    # words: applied to the dev corpus's 89 Traditional documents (mostly Taiwan's), TWPhrases turned the laws'
    # 程序 into 程式, 保存 into 儲存, 聲明 into 宣告, and the s2t step before it 詩云 into 詩雲 (4,109 changes).
    DisplayChoice("s2twp", "s2twp", "t2tw", True, "台灣正體（詞彙）",
                  words="Traditional Chinese Taiwan phrases"),
    DisplayChoice("s2hkp", "s2hkp", "t2hk", True, "香港繁體（詞彙）",
                  words="Traditional Chinese Hong Kong phrases"),
)

SIMPLIFIED_CHOICE = "t2s"  # Ctrl+T's two ends
TRADITIONAL_CHOICE = "s2t"


def display_choice(key: str) -> DisplayChoice:
    """The row for a settings value; KeyError for an unknown one (settings validation reports it first)."""
    for row in DISPLAY_CHOICES:
        if row.key == key:
            return row
    raise KeyError(key)


def script_keys() -> tuple[str, ...]:
    return tuple(row.key for row in DISPLAY_CHOICES)


def config_for(key: str, source_script: str) -> str | None:
    """The conversion that shows a document written in `source_script` in display choice `key`."""
    return display_choice(key).config_for(source_script)


def shows_traditional(key: str, source_script: str) -> bool:
    """Whether the page shows Traditional characters (print fonts, labels): Original shows the source's own."""
    shown = display_choice(key).shows_traditional
    return source_script == TRADITIONAL if shown is None else shown


def traditional_keys() -> tuple[str, ...]:
    return tuple(row.key for row in DISPLAY_CHOICES if row.shows_traditional)


def toggle_target(current: str, source_script: str | None, traditional: str = TRADITIONAL_CHOICE) -> str:
    """Ctrl+T: the other of Simplified / Traditional (the `traditional` variant the reader chose last: 香港繁體 stays
    香港繁體); from any other choice, the script the text is not in."""
    row = display_choice(current)
    if row.shows_traditional is None:
        return SIMPLIFIED_CHOICE if source_script == TRADITIONAL else traditional
    return SIMPLIFIED_CHOICE if row.shows_traditional else traditional


# The script a file is written in (reader.text.script.detect_script), as the status bar names it.
SOURCE_SCRIPT_NAMES = {SIMPLIFIED: "简体", TRADITIONAL: "繁體", MIXED: "简繁混合", UNKNOWN: ""}


@dataclass(frozen=True)
class ThemeChoice:
    key: str
    label: str  # English with a mnemonic, translated by the UI


THEME_CHOICES: tuple[ThemeChoice, ...] = (
    ThemeChoice("system", "&Follow the System"),  # &S is Sepia's
    ThemeChoice("light", "&Light"),
    ThemeChoice("sepia", "&Sepia"),
    ThemeChoice("dark", "&Dark"),
)
DEFAULT_THEME = "system"


@dataclass(frozen=True)
class LanguageChoice:
    code: str  # '' follows the system locale
    label: str  # named in itself, so a reader who cannot read the current language still finds theirs
    translated: bool = False  # the label is English to be translated (only 'follow the system')


LANGUAGE_CHOICES: tuple[LanguageChoice, ...] = (
    LanguageChoice("", "Follow the &System", translated=True),
    LanguageChoice("en", "English"),
    LanguageChoice("zh_CN", "简体中文"),
    LanguageChoice("zh_TW", "繁體中文（台灣）"),
    LanguageChoice("zh_HK", "繁體中文（香港）"),
)


def theme_keys() -> tuple[str, ...]:
    return tuple(row.key for row in THEME_CHOICES)


def language_codes() -> tuple[str, ...]:
    return tuple(row.code for row in LANGUAGE_CHOICES)


# A document's metadata fields as a Chinese text names them: exported files are Chinese documents, so their
# labels are Chinese whatever the UI language (converted to the displayed script by the caller).
METADATA_LABELS_ZH = {"authority": "发文机关", "number": "文号", "source": "来源", "date": "日期",
                      "published": "发布日期", "author": "作者", "editor": "编辑",
                      "adopted": "通过日期", "amended": "最后修正日期"}
