"""A saved page's credits set far below its body, among the widgets (round 66G): material of our own making."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.document import load_document

_BODY = "".join(f"<p>{s}</p>\n" for s in (
    "今年入夏以来，本市各区陆续开放了十二处社区纳凉点，为独居老人和户外劳动者提供饮水、药品和休息的地方，受到居民欢迎。",
    "据市民政局介绍，纳凉点由街道和社区卫生服务中心共同管理，每天上午九时至晚上九时开放，高温预警期间延长至午夜。",
    "不少居民表示，纳凉点离家近、设施齐全，希望明年能在更多小区设立，并增加图书和棋牌等文体活动。",
))
_PANEL = "".join(f'<li><a href="/w/{k}">热门微博用户{k}</a></li>\n' for k in range(30))


def _page(tmp_path: Path, tail: str) -> Path:
    nav = "".join(f'<li><a href="/c/{k}">栏目{k}</a></li>' for k in range(12))
    html = (f'<html><head><meta charset="utf-8"><title>社区纳凉点受欢迎_新闻</title></head><body>\n<ul>{nav}</ul>\n'
            f'<h1>社区纳凉点受欢迎</h1>\n<div class="info">2012年07月11日21:38 本报讯</div>\n<div class="body">\n{_BODY}'
            f'</div>\n<div class="share"><a href="#">分享到微博</a></div>\n<ul>{_PANEL}</ul>\n{tail}\n'
            f'<ul>{_PANEL}</ul>\n</body></html>\n')
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize(("tail", "editor"), [
    ('<div class="QQeditor">[责任编辑：amberma]</div>', "amberma"),
    ("<div>【编辑:马学玲】</div>", "马学玲"),
    ("<div>责任编辑：王五</div>", "王五"),
    ("<div>[责任编辑：王五]</div><div>[责任编辑：赵六]</div>", ""),  # two names: a list's credits, not the page's
    ("<div>各地纳凉点名单由责任编辑：王五整理，欢迎读者来信补充更多地点和开放时间。</div>", ""),  # a sentence
])
def test_editor_line_below_the_widgets_names_the_pages_editor(tmp_path: Path, tail: str, editor: str) -> None:
    doc = load_document(_page(tmp_path, tail))
    assert doc.editor == editor
    assert len(doc.paragraphs) == 3 and not any("责任编辑" in p.text or "马学玲" in p.text for p in doc.paragraphs)


_PARA = ("LATEX 源文件为普通的ASCII 文件，你可以使用任何文本编辑器来创建。LATEX\n"
         "源文件不仅包含了要排版的文本，而且也包含了告诉LATEX 如何排版这些文本内\n容的命令。\n")


def _texts(text: str) -> list[str]:
    return ["".join(p.text.split()) for p in clean(decode_bytes(text.encode("utf-8"))).paragraphs]


@pytest.mark.parametrize("head", [
    "1.3 LATEX 源文件" + " " * 64 + "3",  # an odd page's head: its section, its number at the right margin
    "2" + " " * 45 + "基础知识",  # an even page's: the number at the left margin
    "12" + " " * 36 + "第一章 数据采集与处理" + " " * 30,  # a centred chapter title
])
def test_a_layout_extracts_title_and_page_number_at_a_pages_top_is_its_running_head(head: str) -> None:
    assert _texts(f"{head}\n\n{_PARA}") == ["".join(_PARA.split())]
    texts = _texts(f"{_PARA}\n\f{head}\n\n{_PARA}")  # a page a form feed opens
    assert texts.count("".join(_PARA.split())) == 2 and all("".join(head.split()) not in t for t in texts)


@pytest.mark.parametrize(("text", "kept"), [
    ("1          引言\n\n" + _PARA, "1引言"),  # a heading set close: no margins apart
    ("第一章 总则" + " " * 40 + "1\n第二章 组织" + " " * 40 + "5\n\n" + _PARA, "第一章总则1"),  # a contents page's rows
    (_PARA + "\n1.3 LATEX 源文件" + " " * 64 + "3\n\n" + _PARA, "1.3LATEX源文件3"),  # not at a page's top
])
def test_a_line_of_that_shape_elsewhere_stays(text: str, kept: str) -> None:
    assert any(kept in t for t in _texts(text))
