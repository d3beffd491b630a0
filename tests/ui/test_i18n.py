"""UI language: every translatable literal has a 简体 entry; locales pick 简体, 繁體 or English; start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from reader.ui.i18n import TableTranslator, install_translator, ui_language
from reader.ui.translations_zh import ZH_HANS
from support import REPO

UI = REPO / "reader" / "ui"


def _string_args(node: ast.Call, positions: tuple[int, ...]) -> list[str]:
    return [
        node.args[i].value
        for i in positions
        if len(node.args) > i and isinstance(node.args[i], ast.Constant) and isinstance(node.args[i].value, str)
    ]


def translatable_literals() -> dict[str, str]:
    """Every literal passed to tr / translate / QT_TR_NOOP / QT_TRANSLATE_NOOP in reader/ui, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("tr", "QT_TR_NOOP", "_tr"):
                texts = _string_args(node, (0,))
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                texts = _string_args(node, (1,))
            else:
                continue
            for text in texts:
                found.setdefault(text, f"{path.name}:{node.lineno}")
    return found


def test_the_scanner_finds_literals_in_the_ui_modules():
    literals = translatable_literals()
    assert "Find in document" in literals  # find_bar.py
    assert "Export as PDF" in literals  # export.py, through QCoreApplication.translate


def test_every_ui_string_has_a_simplified_translation():
    missing = {text: where for text, where in translatable_literals().items() if not ZH_HANS.get(text)}
    assert not missing, "add to reader/ui/translations_zh.py:\n" + "\n".join(f"{w}: {t!r}" for t, w in missing.items())


def test_translations_keep_placeholders():
    for source, target in ZH_HANS.items():
        for placeholder in ("%1", "%2", "%3", "%n", "{0}", "{1}", "{2}", "&"):
            if placeholder == "&":
                assert ("&" in source) <= ("&" in target), source  # a mnemonic needs its '&'
            else:
                assert source.count(placeholder) == target.count(placeholder), source


@pytest.mark.parametrize(
    "locale_name, language",
    [
        ("zh_CN", "zh_Hans"),
        ("zh_SG", "zh_Hans"),
        ("zh_TW", "zh_Hant_TW"),
        ("zh_Hant", "zh_Hant_TW"),
        ("zh_HK", "zh_Hant_HK"),
        ("zh_MO", "zh_Hant_HK"),
        ("en_US", "en"),
        ("ja_JP", "en"),
        ("C", "en"),
    ],
)
def test_ui_language_for_locale(locale_name, language):
    assert ui_language(locale_name) == language


@pytest.fixture
def restore_translators(qapp):
    yield
    install_translator(qapp, "en_US")


def _placeholder(qtbot) -> str:
    from reader.ui.find_bar import FindBar

    bar = FindBar()
    qtbot.addWidget(bar)
    return bar.findChild(QLineEdit, "findInput").placeholderText()


def test_simplified_locale_translates_widgets(qapp, qtbot, restore_translators):
    assert install_translator(qapp, "zh_CN") == "zh_Hans"
    assert _placeholder(qtbot) == ZH_HANS["Find in document"]


def test_taiwan_locale_gets_traditional_derived_and_cached(qapp, qtbot, tmp_path, restore_translators):
    assert install_translator(qapp, "zh_TW", cache_dir=tmp_path) == "zh_Hant_TW"
    text = _placeholder(qtbot)
    assert text and text != ZH_HANS["Find in document"]
    assert "档" in ZH_HANS["Find in document"] and "档" not in text
    assert list(tmp_path.glob("ui-*.json"))


def test_english_locale_leaves_the_source_text(qapp, qtbot, restore_translators):
    install_translator(qapp, "zh_CN")
    assert install_translator(qapp, "en_US") == "en"  # replaces the earlier translator
    assert _placeholder(qtbot) == "Find in document"


def test_traditional_tables_use_corner_quotes(qapp, qtbot, tmp_path, restore_translators):
    install_translator(qapp, "zh_HK", cache_dir=tmp_path)
    text = QCoreApplication.translate("KeywordPanel", "Remove “%1”")
    assert "「%1」" in text and "“" not in text


def test_unknown_text_falls_back_to_english(qapp, restore_translators):
    translator = TableTranslator({"Close": "关闭"}, qapp)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Any", "Close") == "关闭"
        assert QCoreApplication.translate("Any", "Not in the table") == "Not in the table"
    finally:
        QCoreApplication.removeTranslator(translator)


def _run(code: str, home) -> str:
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + textwrap.dedent(code)
    result = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_simplified_and_cached_traditional_never_load_the_converter(tmp_path):
    code = f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from reader.ui.i18n import install_translator
        from PySide6.QtCore import QCoreApplication
        app = QApplication([])
        install_translator(app, {{locale!r}}, cache_dir={str(tmp_path)!r})
        QCoreApplication.translate("FindBar", "Find in document")
        print("reader.text.convert" in sys.modules, "jieba" in sys.modules)
    """
    assert _run(code.replace("{locale!r}", "'zh_CN'"), tmp_path) == "False False"
    assert _run(code.replace("{locale!r}", "'zh_TW'"), tmp_path) == "True False"  # first start derives
    assert _run(code.replace("{locale!r}", "'zh_TW'"), tmp_path) == "False False"  # later starts read the cache


def test_widgets_follow_a_language_change_while_open(qapp, qtbot, restore_translators):
    from reader.ui.keyword_panel import KeywordPanel

    from reader.ui.find_bar import FindBar

    panel, bar = KeywordPanel(), FindBar()
    qtbot.addWidget(panel)
    qtbot.addWidget(bar)
    boxes = {
        panel.findChild(QLineEdit, "keywordInput"): "Add keyword…",
        bar.findChild(QLineEdit, "findInput"): "Find in document",
    }
    assert all(box.placeholderText() == english for box, english in boxes.items())
    install_translator(qapp, "zh_CN")
    qtbot.waitUntil(lambda: all(box.placeholderText() == ZH_HANS[english] for box, english in boxes.items()))
    install_translator(qapp, "en_US")
    qtbot.waitUntil(lambda: all(box.placeholderText() == english for box, english in boxes.items()))


def test_qt_text_menus_are_translated_but_key_names_are_not(qapp, qtbot, restore_translators):
    from PySide6.QtGui import QKeySequence

    install_translator(qapp, "zh_CN")
    box = QLineEdit()
    qtbot.addWidget(box)
    menu = box.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]  # shortcuts follow a tab
    assert ZH_HANS["Select All"] in texts and ZH_HANS["&Paste"] in texts and "Select All" not in texts
    assert QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+P"
    assert QKeySequence("Print").toString(QKeySequence.SequenceFormat.NativeText) == "Print"


@pytest.mark.parametrize("text, plain", [("Zoom &Out", "Zoom Out"), ("缩小(&O)", "缩小"), ("打开(&O)…", "打开"),
                                         ("&Find…", "Find")])
def test_tooltips_drop_mnemonics_in_both_conventions(text, plain):
    from reader.ui.actions import plain_text

    assert plain_text(text) == plain


@pytest.mark.parametrize("group", ["theme", "script", "language"])
def test_a_menus_choices_have_distinct_mnemonics_in_both_languages(group):
    """Alt+V, T, then one letter picks a theme: two entries sharing the letter only move the highlight between them."""
    from reader.text import choices

    rows = {"theme": choices.THEME_CHOICES, "script": choices.DISPLAY_CHOICES, "language": choices.LANGUAGE_CHOICES}[group]
    for table in ({}, ZH_HANS):
        letters = []
        for row in rows:
            label = table.get(row.label, row.label)
            if "&" in label:
                letters.append(label[label.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (group, letters)
