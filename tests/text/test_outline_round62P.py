"""The same document hard-wrapped as a PDF extract is: the header lines a wrap cuts in two keep their outline."""

from __future__ import annotations

import sys

import pytest

from reader.text.meta import byline
from support import DATA, parse_document

sys.path.insert(0, str(DATA / "corpus"))
from make_pdf_extracts import wrap  # noqa: E402  (the wrap the corpus's extracts were made with)

_PROSE = ("近日，经党中央同意，中共中央办公厅印发了关于加强工作的意见，对工作的总体要求、责任内容、工作机制、"
          "实施保障等作出明确规定。日前，有关负责同志就意见制定的相关情况回答了记者提问，介绍了起草的考虑。")
_QUESTIONS = ["问：请介绍一下制定《意见》的背景和重要性？", "问：请您谈谈起草《意见》的总体考虑？",
              "问：《意见》在实施保障方面有何具体要求？"]


def _wrap(line: str, chars: int = 24) -> list[str]:
    """A line cut at `chars` Chinese characters, as an extract of a PDF sets it."""
    return [piece.strip() for piece in wrap(line, chars)]


def _document(header: list[list[str]], chars: int = 24) -> bytes:
    """A title, header lines (each as the wrap cut it), then questions over wrapped answers."""
    lines = ["中央巡视办解读《关于加强工作的意见》", ""]
    for pieces in header:
        lines += [*pieces, ""]
    lines += [*_wrap(_PROSE, chars), ""]
    for q in _QUESTIONS:
        lines += [q, "", *_wrap("答：" + _PROSE, chars), "", *_wrap(_PROSE, chars), ""]
    return "\n".join(lines).encode()


_SUBTITLE = "中央巡视工作领导小组办公室主要负责人就《关于加强工作的意见》答记者问"


@pytest.mark.parametrize("header", [
    [_wrap(_SUBTITLE)],  # '…负责人就《关于加强工' / '作的意见》答记者问': one line, no reporter's byline
    [["加强巡视整改和成果运用 推动新时代巡视工作高质", "量发展"], _wrap(_SUBTITLE)],
])
def test_a_wrapped_subtitle_is_no_byline(header):
    doc = parse_document(_document(header), "qa.txt")
    assert [(h.depth, h.title) for h in doc.headings] == [(1, q) for q in _QUESTIONS]
    assert doc.author == ""


@pytest.mark.parametrize("line, author", [
    ("工作的意见》答记者问", ""),  # the tail a wrap cut from '…负责人就《关于加强' names the interview
    ("国家发改委负责人就《意见》答記者問", ""),
    ("本报记者 张三", "本报记者 张三"),
    ("新华社记者 李四 王五", "新华社记者 李四 王五"),
    ("记者 王函", "记者 王函"),
])
def test_an_interview_names_no_reporter(line, author):
    assert byline(line) == author


_HEADLINE = "爱中教授学者协会夏季研讨会在科克大学顺利举办"


def _page(repeats: int) -> bytes:
    """A saved page's headline, then the page repeats it where the wrap cut it in two, `repeats` times."""
    cut = [_HEADLINE[:20], _HEADLINE[20:]]
    lines = [_HEADLINE + " - 爱中教授学者学会", "主页", "分类", "标签"]
    for _ in range(repeats):
        lines += cut
    lines += ["July 2, 2022 pm", *_wrap(_PROSE), "会议纪要", *_wrap(_PROSE), *_wrap(_PROSE)]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("repeats", [1, 2])
def test_a_headline_cut_in_two_and_repeated_leaves_no_tail(repeats):
    doc = parse_document(_page(repeats), "page.txt")
    assert doc.title == _HEADLINE
    assert all(p.text != _HEADLINE[20:] for p in doc.paragraphs)  # '举办' stands nowhere on its own


_SCHOOL = ["為了加強照顧在學習上有需要的學生，以抽離上課的小組形式為他們提供更有效的學習支援。",
           "由老師挑選基礎較弱的學生進行中文、英文或數學科的輔導，以協助學生達致應有的水平。",
           "由老師擔任學生的牧羊人，陪伴學生成長，協助學生解決學習、行為及情緒等方面的問題，讓他們的身心能健康發展。"]


def _named_items(name: str) -> list[str]:
    """Programmes under a numbered part, each a name over its description, the whole wrapped at 35 characters."""
    lines = ["學生支援", "學校及早識別學生的需要，並為他們提供適切的支援及輔導服務，以建立關愛共融的校園。" * 2, "(一) 學習上的支援"]
    for n, (title, text) in enumerate(zip(["加強輔導班", name, "領羊計劃"], _SCHOOL)):
        lines += [title, text * 3]  # (long enough that full lines show how exact the wrap is)
    lines += ["興趣小組", _SCHOOL[2], "(二) 校本言語治療服務計劃", _SCHOOL[0] * 2]
    return [piece for line in lines for piece in _wrap(line, 35)]


@pytest.mark.parametrize("name", [
    "功輔班、區本課後學習支援計劃、關愛基金課餘託管班、苗圃留校輔導班組",  # '、' lists names: a title, however wide
    "區本課後學習支援計劃及關愛基金課餘託管班與苗圃留校輔導班功輔班組",  # no mark at all
])
def test_a_wide_name_over_its_description_stays_whole(name):
    doc = parse_document("\n".join(_named_items(name)).encode(), "school.txt")
    assert name in [p.text for p in doc.paragraphs]


def test_a_paragraph_first_line_short_by_its_lost_indent_still_runs_on():
    """'…，以抽離上課的小組形式為他們提' short of the width by the indentation the extract dropped: prose goes on."""
    first = "為了加強照顧在學習上有需要的學生，以抽離上課的小組形式為他們提供"  # 33 characters, a comma in it
    lines = _named_items("課後輔導課")
    at = lines.index("(一) 學習上的支援") + 1
    lines[at:at] = [first, "更有效的學習支援。"]
    doc = parse_document("\n".join(lines).encode(), "school.txt")
    assert first + "更有效的學習支援。" in [p.text for p in doc.paragraphs]
