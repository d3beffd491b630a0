"""UI language: 简体中文 for Chinese locales, 繁體 for Taiwan / Hong Kong / Macau, English otherwise.

Every user-visible string in reader/ui is written in English inside ``self.tr("…")`` or
``QCoreApplication.translate("Context", "…")`` (or marked with ``QT_TR_NOOP`` / ``QT_TRANSLATE_NOOP`` when the
text is used later); tests/ui/test_i18n.py fails when one has no entry in reader/ui/translations_zh.py. The
table is keyed by the English text alone (the context is ignored, except that Qt's key names in QShortcut are
never translated), so one entry serves every widget; it also covers Qt's own buttons, text context menu and
file dialog, which PySide6-Essentials does not translate.
Plurals: use ``self.tr("%n hits", "", n)``; Qt puts the number in after translation. The English singular ('1 hit')
comes from reader/ui/translations_en.py through a translator installed for every language (Chinese needs none).

API
- ``ui_language(locale_name=None) -> str``: 'zh_Hans', 'zh_Hant_TW', 'zh_Hant_HK' or 'en' for a locale name such
  as 'zh_CN', 'zh_TW', 'zh_Hant_MO', 'en_US' (None: the system locale).
- ``TableTranslator(table_source, parent=None)``: a QTranslator answering from a dict; ``table_source`` is the
  dict or a callable returning it, called on the first lookup (so a derived table costs nothing until used).
- ``install_translator(app, locale_name=None, cache_dir=None) -> str``: install the translator for the locale
  (removing one installed earlier) and return the language chosen. The 繁體 tables are derived from the 简体
  one with ``reader.text.convert.get_converter('s2twp' | 's2hk')`` (quotes become 「」) on first use; in
  ``cache_dir`` (by default ``Paths.default().cache_dir``) the result is kept so later starts read JSON instead
  of building the converter (~0.25 s). ``locale_name`` may be a settings override ('en', 'zh_CN', 'zh_TW',
  'zh_HK'). Nothing is derived, and no converter is loaded, for English or 简体.
- ``install``: the same function under the name reader/app.py looks up.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.atomic import write_atomically

log = logging.getLogger(__name__)

# Taiwan with its phrases (檔案, 開啟, 列印: what Taiwanese software says), Hong Kong by character.
_TRADITIONAL = {"zh_Hant_TW": "s2twp", "zh_Hant_HK": "s2hk"}
_UNTRANSLATED_CONTEXTS = frozenset({"QShortcut", "QGuiApplication"})  # key names, layout direction: Qt's own
_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_HK_TERRITORIES = ("HongKong", "Macau", "Macao")


def ui_language(locale_name: str | None = None) -> str:
    """The UI language for a locale: Chinese in the script its readers expect, English otherwise."""
    locale = QLocale.system() if locale_name is None else QLocale(locale_name)
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    territory = locale.territory().name
    if territory in _HK_TERRITORIES:
        return "zh_Hant_HK"
    if territory == "Taiwan" or locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_Hant_TW"
    return "zh_Hans"


class TableTranslator(QTranslator):
    """Looks English source texts up in a Python table; unknown texts fall back to English."""

    def __init__(self, table_source: Mapping[str, str] | Callable[[], Mapping[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._source = table_source
        self._table: Mapping[str, str] | None = None

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context in _UNTRANSLATED_CONTEXTS:
            return None
        if self._table is None:
            self._table = self._source() if callable(self._source) else self._source
        return self._table.get(source_text)  # None: Qt keeps the English text

    def isEmpty(self) -> bool:
        return False


class SingularTranslator(QTranslator):
    """Answers a counted message for one ('1 document') in English; anything else falls through."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if n != 1 or context in _UNTRANSLATED_CONTEXTS:
            return None
        from reader.ui.translations_en import EN_ONE

        return EN_ONE.get(source_text)

    def isEmpty(self) -> bool:
        return False


def _simplified() -> dict[str, str]:
    from reader.ui.translations_zh import ZH_HANS

    return ZH_HANS


def _derive(config: str, table: Mapping[str, str]) -> dict[str, str]:
    """The Traditional table: every value converted in one call (values never contain the separator)."""
    from reader.text.convert import get_converter

    keys = list(table)
    joined = "\x00".join(table[k] for k in keys)
    values = get_converter(config).convert(joined).split("\x00")
    if len(values) != len(keys):  # a converter that touched the separator: convert one by one instead
        converter = get_converter(config)
        values = [converter.convert(table[k]) for k in keys]
    if config == "s2twp":
        from reader.ui.translations_tw import taiwan_wording

        values = [taiwan_wording(v) for v in values]
    return {k: v.translate(_QUOTES) for k, v in zip(keys, values)}


def _traditional_loader(config: str, cache_dir: Path | None) -> Callable[[], dict[str, str]]:
    """A loader that reads the derived table from the cache, deriving and caching it when stale."""

    def load() -> dict[str, str]:
        from reader.ui.translations_tw import TW_PHRASES

        table = _simplified()
        digest = hashlib.sha1(json.dumps([config, table, TW_PHRASES], ensure_ascii=False, sort_keys=True).encode()).hexdigest()
        cache = Path(cache_dir) / f"ui-{config}.json" if cache_dir else None
        if cache is not None:
            try:
                data = json.loads(cache.read_text(encoding="utf-8"))
                if data.get("digest") == digest and isinstance(data.get("table"), dict):
                    return data["table"]
            except (OSError, ValueError):
                pass
        derived = _derive(config, table)
        if cache is not None:
            _write_json(cache, {"digest": digest, "table": derived})
        return derived

    return load


def _write_json(path: Path, data: dict) -> None:
    """Best effort, atomic: a cache that cannot be written is only logged."""
    try:
        write_atomically(path, json.dumps(data, ensure_ascii=False))
    except OSError as exc:
        log.info("cannot cache the UI translation at %s: %s", path, exc)


def _qt_translator(locale: QLocale, parent) -> QTranslator | None:
    """Qt's own strings (standard dialogs) when the Qt installation ships them; PySide6-Essentials may not."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(parent)
    for name in ("qtbase", "qt"):
        if translator.load(locale, name, "_", folder):
            return translator
    translator.deleteLater()
    return None


def install_translator(app: QCoreApplication, locale_name: str | None = None, cache_dir: Path | None = None) -> str:
    """Install the UI translation for the locale; returns 'zh_Hans', 'zh_Hant_TW', 'zh_Hant_HK' or 'en'."""
    if cache_dir is None:
        from reader.paths import Paths

        cache_dir = Paths.default().cache_dir
    for old in app.findChildren(QTranslator, "zhreaderTranslator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    if app.findChild(QTranslator, "zhreaderSingular") is None:  # once: a language switch keeps it (and no
        singular = SingularTranslator(app)  # LanguageChange for English, whose window has nothing else to change)
        singular.setObjectName("zhreaderSingular")
        QCoreApplication.installTranslator(singular)  # installed first, asked last: any table's own wording wins
    language = ui_language(locale_name)
    if language == "en":
        return language
    if language in _TRADITIONAL:
        translator = TableTranslator(_traditional_loader(_TRADITIONAL[language], cache_dir), app)
    else:
        translator = TableTranslator(_simplified, app)
    translator.setObjectName("zhreaderTranslator")
    qt_locale = QLocale("zh_CN" if language == "zh_Hans" else "zh_TW")
    qt_translator = _qt_translator(qt_locale, app)
    if qt_translator is not None:
        qt_translator.setObjectName("zhreaderTranslator")
        QCoreApplication.installTranslator(qt_translator)
    QCoreApplication.installTranslator(translator)  # installed last, asked first
    return language


def install_or_english(app: QCoreApplication, language: str, cache_dir: Path) -> str:
    """The settings' language ('' follows the locale); a broken translation never stops the reader starting."""
    try:
        return install_translator(app, language or None, cache_dir)
    except Exception:  # noqa: BLE001 - English is always there
        log.warning("UI translation unavailable", exc_info=True)
        return "en"
