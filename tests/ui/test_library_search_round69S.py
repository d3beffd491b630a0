"""Session 69S: the library search finds a word written Hong Kong's way. Typing Hong Kong's 私隱權 (privacy) lists
the Simplified document that says 隐私权, its row shows the document's own word, and opening it selects that word."""

from __future__ import annotations

from library_steps import search_opens_at_word


def test_typing_hong_kongs_word_lists_and_opens_the_mainland_document_at_its_word(make_window, qtbot, tmp_path):
    search_opens_at_word(make_window, qtbot, tmp_path, "私隱權", "关于保护个人信息的通知\n各单位要尊重公民的隐私权，不得泄露个人信息。", "隐私权")
