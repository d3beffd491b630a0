"""The real window under random user actions, and the everyday sequences that once crashed it (issue 7).

The soak runs in a child process: a crash in Qt is a segfault, and it must fail this test, not end the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from qtsupport import settle
from support import REPO

SOAK_SECONDS = 20
SOAK_SEED = 20261130


def test_a_short_soak_of_random_user_actions_survives(tmp_path):
    env = dict(os.environ, ZHREADER_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-X", "faulthandler", str(REPO / "bench" / "soak.py"),
                             "--seconds", str(SOAK_SECONDS), "--seed", str(SOAK_SEED)],
                            env=env, capture_output=True, text=True, timeout=SOAK_SECONDS + 120)
    assert result.returncode == 0, result.stderr[-4000:]
    assert f"seed {SOAK_SEED}:" in result.stdout and "actions survived" in result.stdout
    count = int(result.stdout.rsplit(":", 1)[1].split()[0])
    assert count > 20


def _type_keyword(window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setText(word)
    QTest.keyClick(box, Qt.Key.Key_Return)


def _click_documents_one_after_another(window, qtbot, rounds: int = 2) -> None:
    docs = window.document_list
    for _ in range(rounds):
        for row in range(docs.count()):
            item = docs.item(row)
            qtbot.mouseClick(docs.viewport(), Qt.MouseButton.LeftButton, pos=docs.visualItemRect(item).center())
            qtbot.wait(30)  # the event loop runs between selections, results arrive as they come
        settle(window)


def test_clicking_through_the_list_with_a_keyword_highlighted(make_window, qtbot):
    window = make_window()
    _type_keyword(window, "人大")
    settle(window)
    assert window.keyword_panel.keywords() == ["人大"]
    _click_documents_one_after_another(window, qtbot)
    assert window.loaded is not None
    assert window.loaded.path == window.document_list.entries()[-1].path


def test_theme_change_then_f3(make_window, qtbot):
    window = make_window()
    _type_keyword(window, "监督")
    settle(window)
    for theme in ("dark", "sepia", "light", "dark"):
        window.view.set_theme(theme)
        QTest.keyClick(window.reading, Qt.Key.Key_F3)
        qtbot.wait(20)
        QTest.keyClick(window.reading, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert window.settings.theme == "dark"


def test_removing_and_switching_while_a_script_change_is_under_way(make_window, qtbot):
    window = make_window()
    _type_keyword(window, "人大")
    window.script_selector.choose("s2t")
    _click_documents_one_after_another(window, qtbot, rounds=1)
    removed = window.loaded.path
    window.document_list.select_path(removed)
    window.actions_.remove_document.trigger()
    settle(window)
    # its neighbour is shown in its place (round 62U), in the script chosen; nothing of the removed one stays
    assert window.loaded is not None and window.loaded.path != removed and window.reading.displayed_text()
    assert removed not in [e.path for e in window.document_list.entries()]
