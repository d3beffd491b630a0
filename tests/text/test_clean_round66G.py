"""A saved page's credits set far below its body, among the widgets (round 66G): material of our own making."""

from __future__ import annotations

from pathlib import Path

import pytest

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
