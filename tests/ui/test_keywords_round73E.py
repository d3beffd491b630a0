"""Round 73E on the real window: a very long text's keyword suggestions are asked of its sample, not of its whole
(16 M characters escaped down the child's pipe from the GUI thread, for jieba to rank a minute and a half)."""

from __future__ import annotations

from qtsupport import open_text
from reader.text import keywords


def test_a_long_documents_suggestions_are_asked_for_its_sample(make_window, qtbot, tmp_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr("reader.ui.suggestions.Suggestions.request",
                        lambda self, key, text, count: asked.append(text))
    monkeypatch.setattr(keywords, "KEYWORD_TEXT_LIMIT", 5_000)
    monkeypatch.setattr(keywords, "SAMPLE_PIECE", 500)
    text = "年度工作报告\n" + "".join(f"第{n}段：各级人民政府应当依法履行职责，推进重点工作。\n" for n in range(2000))
    window = open_text(make_window, qtbot, tmp_path, text, ready=lambda w: bool(asked))
    assert len(window.loaded.document.text) > 50_000
    assert 0 < len(asked[-1]) <= 5_000
    assert "第0段" in asked[-1] and "第1999段" in asked[-1]  # from its start to its end
