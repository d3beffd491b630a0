"""Round 64R: page furniture on public pages nobody tuned on (issue 9): a breadcrumb trail opened by
'您所在的位置' (not only '当前位置'), a page's account and ad slots named alone ('官方微博', '微信公众号', '广告',
'友情链接'), a repost's print-edition credit ('《人民日报》（2024年02月24日 05 版）', its paper and day read as the
source and date) and a menu set letter-spaced ('首 页 政 务 公 开 …') go; body sentences that mention 位置, 微信公众号,
广告 or 人民日报 stay."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.model import Document
from reader.text.printcredit import print_credit


def _doc(*lines: str) -> Document:
    return build_document(decode_bytes(("\n".join(lines) + "\n").encode("utf-8"), name="n.txt"))


def _texts(doc: Document) -> list[str]:
    return ["".join(p.text.split()) for p in doc.paragraphs]


_HEAD = "全市推进老旧小区改造工作会议召开"
_BODY = ("3月12日，全市老旧小区改造工作推进会议召开，会议总结了去年工作，部署了今年任务。",
         "会议要求，各区要压实责任，加快项目进度，确保年内完成改造任务，切实改善群众居住条件。")

CHROME = [  # a line a page sets around its article → not in the text
    ("您所在的位置 首页 专题频道 国内专题", 0),
    ("您现在所在位置:首页 > 经济", 0),
    ("您当前所在的位置：首页 > 天河动态 >", 0),
    ("官方微博", 3),
    ("微信公众号", 3),
    ("广告", 3),
    ("友情链接：", 3),
    ("首     页 政 务 公 开 网 上 办 事 互 动 交 流", 0),
    ("《人民日报》（2025年01月17日第 12 版）", 1),
    ("《 人民日报 》( 2024年02月24日 05 版)", 3),
]


@pytest.mark.parametrize("line,at", CHROME)
def test_page_furniture_goes(line: str, at: int) -> None:
    lines = [_HEAD, *_BODY]
    lines.insert(at, line)
    doc = _doc(*lines)
    assert "".join(line.split()) not in _texts(doc)
    assert doc.title == _HEAD
    assert _texts(doc)[-1] == _BODY[-1]


def test_print_credit_read() -> None:
    doc = _doc(_HEAD, "《人民日报》（2025年01月17日第 12 版）", *_BODY)
    assert doc.title == _HEAD
    assert doc.source == "人民日报"
    assert "20250117" in "".join(c for c in doc.date if c.isdigit())


KEPT = [  # body lines that mention the same words → kept as written
    "请您在所在位置附近的服务网点办理，工作人员将为您提供帮助。",
    "您所在的位置如果信号较弱，可以移步到窗口附近再拨打热线电话。",
    "市场监管部门关注官方微博、微信公众号发布的广告，发现违法广告依法查处。",
    "据《人民日报》（2024年02月24日 05 版）报道，全国春运客流持续增长。",
    "广告法",
    "政 府 工 作 报 告",
]


@pytest.mark.parametrize("line", KEPT)
def test_body_lines_kept(line: str) -> None:
    doc = _doc(_HEAD, _BODY[0], line, _BODY[1])
    assert "".join(line.split()) in _texts(doc) or "".join(line.split()) in "".join(_texts(doc))


@pytest.mark.parametrize("text,want", [
    ("《光明日报》（ 2022年02月13日 02版）", {"source": "光明日报", "date": "2022年02月13日"}),
    ("《人民日报》（2026年02月09日 第 05 版）", {"source": "人民日报", "date": "2026年02月09日"}),
    ("《人民日报》（2026年02月09日）", {}),  # no page: a citation, not the print credit
    ("《人民日报》评论员文章", {}),
])
def test_print_credit(text: str, want: dict[str, str]) -> None:
    assert print_credit(text) == want


def test_slot_word_as_table_cell_kept() -> None:
    """'2' / '公众号' / '1630人': a table set one cell a line keeps its cell."""
    doc = _doc(_HEAD, _BODY[0], "序号", "平台", "人数", "1", "微信群", "935人", "2", "微信公众号", "1630人", "3",
               "广告", "12次", _BODY[1])
    texts = _texts(doc)
    assert "微信公众号" in texts and "广告" in texts


def test_footer_accounts_and_apps_after_the_owner_line_go() -> None:
    """A government page's footer: its links, its 主办 line, then its apps and accounts one a line."""
    doc = _doc(_HEAD, *_BODY, "网站地图 | 联系我们 | 友情链接", "主办：某市某区人民政府 承办：某区政务服务数据管理局",
               "手机版", "粤商通", "某区政府网", "某区发布微博", "政务微博号", "今日头条号")
    assert _texts(doc)[-1] == _BODY[-1]
    assert not doc.headings


def test_footer_links_after_a_contact_line_of_a_notice_kept() -> None:
    """A notice's own contact ('联系电话：…') over short lines is no site footer."""
    doc = _doc(_HEAD, *_BODY, "联系人：王明", "联系电话：0755-12345678", "附件1", "报名表")
    assert "报名表" in _texts(doc)


def test_menu_over_the_breadcrumb_goes() -> None:
    """The page's <title>, its menu one link a line, the trail, then the headline again."""
    doc = _doc(_HEAD, "无障碍阅读 长者助手 繁体版", "首页Home", "天河动态 Local News", "走进天河 About Tianhe",
               "政务公开 Government Affairs", "互动交流 Enquiries", "您当前所在的位置：首页 > 天河动态 > 媒体聚焦", _HEAD,
               "发表时间：2026-04-29 09:22:29", *_BODY)
    assert doc.title == _HEAD
    assert _texts(doc) == ["".join(b.split()) for b in _BODY]


def test_lines_over_a_breadcrumb_with_a_sentence_kept() -> None:
    doc = _doc(_HEAD, "本站提供全市各类政务服务信息，欢迎查阅。", "首页", "新闻中心", "通知公告",
               "当前位置：首页 > 新闻中心", *_BODY)
    assert "本站提供全市各类政务服务信息，欢迎查阅。" in _texts(doc)


TWICE = [  # a page's headline set twice at its top (its <title> over its headline) → the title, once
    "分类评价：摆脱同质化，促进高校特色化发展",
    "乡村振兴：让农民腰包鼓起来，让乡村美起来",
]


@pytest.mark.parametrize("headline", TWICE)
def test_headline_set_twice_is_the_title(headline: str) -> None:
    doc = _doc(headline, "", headline, "", *_BODY)
    assert doc.title == headline
    assert _texts(doc) == ["".join(b.split()) for b in _BODY]


def test_numbered_line_set_twice_is_no_title() -> None:
    """'一、总体要求' twice opens no titled page: the numbered line is a section as before."""
    doc = _doc("一、总体要求", "", "一、总体要求", "", *_BODY)
    assert doc.title == ""
