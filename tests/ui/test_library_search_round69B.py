"""Session 69B: the library search finds a word written the other region's way. Typing Taiwan's 軟體 lists the
Simplified document that says 软件, its row shows the document's own word, and opening it selects that word."""

from __future__ import annotations

from library_steps import search_opens_at_word


def test_typing_taiwans_word_lists_and_opens_the_mainland_document_at_its_word(make_window, qtbot, tmp_path):
    search_opens_at_word(make_window, qtbot, tmp_path, "軟體", "关于推广国产办公系统的通知\n各单位要采购国产软件并做好维护。", "软件")
