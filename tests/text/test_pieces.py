"""A very long paragraph in pieces: cut at sentence ends, and converted piece by piece with its offsets exact."""

from __future__ import annotations

import pytest

from reader.text import pieces
from reader.text.display import convert_paragraphs


@pytest.mark.parametrize("text, above, piece, expected", [
    ("短句。" * 100, 3000, 1500, []),  # a paragraph of ordinary length stays whole
    ("无标点" * 2000, 3000, 1500, [1500, 3000, 4500]),  # no sentence end: cut where the piece is full
    ("一二三四五六七。" * 3, 10, 12, [8, 16]),  # after the last sentence end in the piece's second half
    ("甲" * 8 + "。”" + "乙" * 8 + "。”" + "丙" * 8, 10, 12, [10, 20]),  # a closing quote stays with its sentence
])
def test_sentence_cuts(text, above, piece, expected):
    assert pieces.sentence_cuts(text, above, piece) == expected


def test_a_very_long_paragraph_is_converted_in_pieces_with_the_whole_result(monkeypatch):
    seen: list[int] = []

    def recording(config, cache_dir, texts):
        seen.extend(len(t) for t in texts)
        return convert_paragraphs(config, cache_dir, texts)

    monkeypatch.setattr(pieces, "convert_paragraphs", recording)
    text = "他们把U盘插进电脑。" * 8000  # 'U盘' -> '隨身碟' in s2twp: lengths change
    converted = pieces.convert_in_pieces("s2twp", "", [text, "短句。"], 20_000)
    whole = convert_paragraphs("s2twp", "", [text])[0]
    assert max(seen) <= 20_000 and len(seen) > 2
    assert converted[0].text == whole.text and converted[1].text == "短句。"
    for offset in range(0, len(text), 37):
        assert converted[0].offsets.to_target(offset) == whole.offsets.to_target(offset)
