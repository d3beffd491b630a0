"""Session 76K: a Markdown note's code block reached the reading pane as prose: no flag said which paragraphs were code,
so the pane set them with a first-line indent and paragraph spacing in the body's face. Each line of a fenced block
(``` or ~~~) is now a paragraph flagged as code, kept as the file has it (its leading spaces, no cleaning inside), with
where it stands in its block; the outline still takes nothing inside a fence."""

from __future__ import annotations

from support import parse_document

from reader.text.codelines import CodeLine, code_lines
from reader.text.display import DisplayText, paragraph_marks

NOTE = """# 装饰器笔记

装饰器可以在不改动函数的情况下增加功能。

```python
def total(items):
    # 计算总和
    s = "[[zh:李强]]"

    return sum(items)
```
```
# 不是标题
```

~~~
第一条 甲。第二条 乙。
~~~

总和在代码后面。
"""


def _doc():
    return parse_document(NOTE.encode("utf-8"), "note.md")


def test_a_fenced_blocks_lines_are_flagged_code_and_kept_verbatim():
    doc = _doc()
    code = [(p.text, p.code) for p in doc.paragraphs if p.code]
    assert code == [  # was: no flag at all
        ("def total(items):", 1),
        ("    # 计算总和", 2),
        ('    s = "[[zh:李强]]"', 2),  # a wiki link in a string stays as written (prose has it unwrapped)
        ("    return sum(items)", 3),  # one blank line of the block above it
        ("# 不是标题", 1),  # the next fence's block opens anew
        ("第一条 甲。第二条 乙。", 1),  # no articles split out of a line of code
    ]
    prose = [p for p in doc.paragraphs if not p.code]
    assert [p.text for p in prose] == ["装饰器可以在不改动函数的情况下增加功能。", "总和在代码后面。"]


def test_nothing_inside_a_fence_becomes_a_heading():
    assert [h.marker + h.title for h in _doc().headings] == []  # was: '第一条' of the ~~~ block's line


def test_each_code_line_knows_where_it_stands_in_its_block():
    doc = _doc()
    lines = code_lines(doc.paragraphs)
    first = next(i for i, p in enumerate(doc.paragraphs) if p.code)
    assert [lines[i] for i in range(first, first + 6)] == [
        CodeLine(True, 0, False), CodeLine(False, 0, False), CodeLine(False, 0, False), CodeLine(False, 1, True),
        CodeLine(True, 0, True), CodeLine(True, 0, True)]


def test_the_panes_marks_set_code_lines_apart_with_exact_offsets():
    doc = _doc()
    marks, blocks = paragraph_marks(doc, DisplayText([p.text for p in doc.paragraphs]))
    for i, p in enumerate(doc.paragraphs):
        if p.code:
            assert (p.start, p.start + len(p.text), "code", 0) in marks[i]
            assert doc.text[p.start:p.start + len(p.text)] == p.text
            assert isinstance(blocks[i], CodeLine)
        else:
            assert not isinstance(blocks.get(i), CodeLine)
