"""Round 72H: the window never joins a long text's paragraphs on its own thread. A document read in two steps is a
new Document once outlined, and its first look at `text` (the status bar's count after a script change) joined
1 M characters there; the line above the text (adopted / last amended) read the head of a text that was never
joined by joining all of it."""

from __future__ import annotations

import dataclasses

from reader.documents import load, load_for_reading, outline_of, shown_metadata

LAW = ("中华人民共和国测试法\n（1990年4月4日第七届全国人民代表大会第三次会议通过　根据2009年8月27日第十一届全国人民代表大会"
       "常务委员会第十次会议《关于修改部分法律的决定》第一次修正　根据2021年6月10日第十三届全国人民代表大会常务委员会"
       "第二十九次会议第二次修正）\n第一章　总则\n")
ARTICLE = "第{0}条　为了加强管理，推进依法行政，各级人民政府应当完善制度，落实责任，做好各项工作。\n"


def _law(tmp_path, articles: int):
    path = tmp_path / "law.txt"
    path.write_text(LAW + "".join(ARTICLE.format(i) for i in range(1, articles + 1)), encoding="utf-8")
    return path


def test_a_text_read_in_two_steps_comes_with_its_text_joined(tmp_path):
    path = _law(tmp_path, 400)
    first = load_for_reading(path, over=1000)
    assert first.cleaned is not None  # shown before its outline
    assert "text" in vars(first.document)
    done = outline_of(first)
    assert done.document is not first.document and "text" in vars(done.document)  # joined on the worker
    assert done.document.text == "\n".join(p.text for p in done.document.paragraphs)


def test_the_line_above_the_text_reads_only_the_head(tmp_path):
    loaded = load(_law(tmp_path, 400))
    joined = shown_metadata(loaded.document, loaded.entry())
    fresh = dataclasses.replace(loaded.document)  # a Document whose text has not been joined
    assert "text" not in vars(fresh)
    assert shown_metadata(fresh, loaded.entry()) == joined
    assert "text" not in vars(fresh)
    assert [key for key, _value in joined if key in ("adopted", "amended")] == ["adopted", "amended"]
