"""A short hint wraps between its clauses, never inside a word (reader/text/hintwrap.py)."""

from __future__ import annotations

import pytest

from reader.text.hintwrap import WORD_JOINER, hint_lines

J = WORD_JOINER  # invisible: written out


@pytest.mark.parametrize("text, joined", [
    ("新增檔案", f"新{J}增{J}檔{J}案"),
    ("拖到這裡，或使用「文庫 › 新增檔案」。", f"拖{J}到{J}這{J}裡，或{J}使{J}用「{J}文{J}庫\u00a0›\u00a0新{J}增{J}檔{J}案」。"),
    ("還沒有關鍵字。可在上方輸入", f"還{J}沒{J}有{J}關{J}鍵{J}字。可{J}在{J}上{J}方{J}輸{J}入"),
    ("Drag files here, or use Library › Add Files…", "Drag files here, or use Library\u00a0›\u00a0Add Files…"),
    ("", ""),
    ("字", "字"),
    ("𠮷野家", f"𠮷{J}野{J}家"),
])
def test_a_hint_is_joined_inside_its_clauses_only(text, joined):
    assert hint_lines(text) == joined
    assert hint_lines(text).replace(WORD_JOINER, "").replace("\u00a0", " ") == text  # nothing else changed
