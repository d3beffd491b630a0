"""Round 45i: a thesis or a report extracted from PDF loses the two-character indent of each paragraph's first line;
where that line mixes Latin words into the Chinese ('BERT 模型…', '关于苹果公司，Davidson（2023）…'), the column
measure overstates the letters, so the line is measured at the scale the document's own full lines give them: a line
short by the dropped indent after a full line that ends its sentence opens a new paragraph."""

from __future__ import annotations

import pytest

from support import parse_document

_FIRST = ["近年来，基于注意力机制的模型在自然语言处理领域取得了显",
          "著进展，其中 Transformer 结构已经成为机器翻译、文本摘要和问答",
          "系统的主流选择。与循环神经网络相比，这种结构能够并行计算整",
          "个序列，训练更快，也更容易利用 GPU 的算力完成大规模预训练。"]
_TAIL = ["效率。这些预训练模型通常需要大量的语料和计算资源，中小型研", "究团队难以从头训练。"]

# (lines of the extract, the paragraphs it must give)
CASES = {
    "a Latin word opens the indented line": (
        _FIRST + ["BERT 模型采用双向编码器，在多项评测任务上刷新了纪录，随",
                  "后出现的 RoBERTa 和 ALBERT 等改进版本进一步提升了模型的效果和"] + _TAIL,
        ["".join(_FIRST), "BERT 模型采用双向编码器，在多项评测任务上刷新了纪录，随后出现的 RoBERTa 和 ALBERT 等改进版本"
                          "进一步提升了模型的效果和效率。这些预训练模型通常需要大量的语料和计算资源，中小型研究团队难以从头训练。"]),
    "Chinese opens the indented line, a Latin name inside it": (
        _FIRST + ["随后提出的 BERT 模型采用双向编码器，在多项评测任务上刷新",
                  "了纪录，此后的 RoBERTa 和 ALBERT 等改进版本又进一步提升",
                  "效果。这些预训练模型通常需要大量的语料和计算资源，中小型研", "究团队难以从头训练。"],
        ["".join(_FIRST), "随后提出的 BERT 模型采用双向编码器，在多项评测任务上刷新了纪录，此后的 RoBERTa 和 ALBERT 等"
                          "改进版本又进一步提升效果。这些预训练模型通常需要大量的语料和计算资源，中小型研究团队难以从头训练。"]),
}

GUARDS = {
    # the sentence ends with the line, and the next line of the paragraph fills the width: one paragraph
    "a full mixed line after a finished one goes on": (
        _FIRST + ["BERT 模型采用双向编码器，在多项评测任务上都刷新了纪录，随后",
                  "出现的 RoBERTa 和 ALBERT 等改进版本进一步提升了模型的效果和"] + _TAIL, 1),
    # an item's own words hang under its number, set deeper: no new paragraph, however short the line
    "a hanging item's words stay with it": (
        ["      " + line for line in _FIRST]
        + ["    ① 大规模预训练的成本过高，中小团队难以独立承担全部费用。",
           "      BERT 模型采用双向编码器，在多项评测任务上刷新了纪录，随",
           "      后出现的 RoBERTa 和 ALBERT 等改进版本进一步提升了模型的效果和"] + ["      " + t for t in _TAIL], 2),
    # too few mixed lines to read the scale from: the measure stays as it was
    "no scale without enough mixed lines": (
        [_FIRST[0], "著进展，其中变换器结构已经成为机器翻译、文本摘要和问答", _FIRST[2], _FIRST[3],
         "BERT 模型采用双向编码器，在多项评测任务上刷新了纪录，随", "后出现的多种改进版本进一步提升了模型的效果和"] + _TAIL, 1),
}


def _paragraphs(lines: list[str]) -> list[str]:
    return [p.text for p in parse_document(("\n".join(lines) + "\n").encode("utf-8")).paragraphs]


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_indented_mixed_line_after_a_finished_full_line_opens_a_paragraph(name):
    lines, want = CASES[name]
    assert _paragraphs(lines) == want


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_guards_keep_their_paragraphs(name):
    lines, count = GUARDS[name]
    assert len(_paragraphs(lines)) == count


# A page saved to PDF at a phone's narrow width (thirteen characters a line): the title and a field's value run over
# several lines, each filling the width; the header is read whole, as the unwrapped page gives it.
def _cut(text: str, chars: int = 13) -> list[str]:
    return [text[k:k + chars] for k in range(0, len(text), chars)]


_TITLE = "城南读书会｜我们为什么还要在手机时代坚持读完一本厚书——第十二期活动纪要"
_BODY = ("上周六下午，读书会在城南图书馆二楼举行了第十二期活动，二十多位书友围绕长篇阅读的意义展开了讨论。"
         "有人认为碎片化的信息让人越来越难以专注，也有人觉得电子书反而降低了读完一本书的门槛。"
         "主持人最后建议大家每月至少读完一本三百页以上的书，并在下次活动时分享自己的读书笔记。")
_HEADED = _cut(_TITLE) + ["作者：老周", "发表日期：2024.3.18", "来源：微信公众号“城南读书", "会”", ""] + _cut(_BODY)

# (lines, title, source, author, paragraphs)
HEADERS = {
    "a title over three lines and a source over two": (_HEADED, _TITLE, "微信公众号“城南读书会”", "老周", [_BODY]),
    "a title over three lines": (_cut(_TITLE) + ["作者：老周", ""] + _cut(_BODY), _TITLE, "", "老周", [_BODY]),
    "a source over two lines": (["城南读书会第十二期活动纪要", "来源：微信公众号“城南读书", "会”", ""] + _cut(_BODY),
                                "城南读书会第十二期活动纪要", "微信公众号“城南读书会”", "", [_BODY]),
    # guards: a title that fills its line over prose; over a short sentence; a full field over the next field
    "a full title line over prose stays one line": (
        ["城南读书会第十二期活动纪要"] + _cut(_BODY), "城南读书会第十二期活动纪要", "", "", [_BODY]),
    "a full title line over a finished sentence stays one line": (
        ["城南读书会第十二期活动纪要"] + _cut("读书会在城南图书馆举行第十二期活动。") + [""] + _cut(_BODY),
        "城南读书会第十二期活动纪要", "", "", ["读书会在城南图书馆举行第十二期活动。", _BODY]),
    "a full field line over the next field keeps its value": (
        ["城南读书会第十二期活动纪要", "来源：微信公众号“城南读书", "作者：老周", ""] + _cut(_BODY),
        "城南读书会第十二期活动纪要", "微信公众号“城南读书", "老周", [_BODY]),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_a_narrow_wrap_header_is_read_whole(name):
    lines, title, source, author, paragraphs = HEADERS[name]
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"))
    assert (doc.title, doc.source, doc.author) == (title, source, author)
    assert [p.text for p in doc.paragraphs] == paragraphs
