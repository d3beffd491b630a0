"""A running head seen once (session 73G, issue 9, cleaning): a PDF extract of two or three pages shows each page's
head once, so no repeat marks it; the lines are real lines of dev documents of the cleaning gold (ucas_howto, the
Alibaba Android manual), cut short.

- The line a form feed opens, short, with no clause in it, set apart from the text below by a blank line, is the
  page's running head ('中国科学院大学学位论文 LATEX 模板 𝜋 𝜋 𝜋' atop the second page), not text.
- The document's first line repeated by the heading right under it is the first page's head over that heading:
  the heading stays once.
- A page that opens with a numbered heading, a part's name ('参考文献'), a figure's caption, a line of prose or a
  short line running straight into its text keeps it (these cases pass before and after).
- Where a page opens with prose, the pages carry no head: a short title opening another page is its section's
  ('具優次的分配機制' in d16_05's Markdown source, a PDF's text with its form feeds).
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_UCAS_HEAD = "中国科学院大学学位论文 LATEX 模板 𝜋 𝜋 𝜋"
_UCAS = "\n".join([
    "\f\f第 1 章 引言", "", "第 1 章 引言", "1.1", "", "系统要求", "",
    "ucasthesis 宏包可以在目前主流的 LATEX 编译系统中使用，如 TEXLive 和", "",
    "MiKTEX。因 CTEX 套装已停止维护，不再建议使用（请勿混淆 CTEX 套装与",
    "ctex 宏包。CTEX 套装是集成了许多 LATEX 组件的 LATEX 编译系统。ctex 宏包如同",
    "ucasthesis，是 LATEX 命令集，其维护状态活跃，并被主流的 LATEX 编译系统默认",
    "集成，是几乎所有 LATEX 中文文档的核心架构）。", "1", "",
    "\f" + _UCAS_HEAD, "",
    "为了提供编译环境，LATEX 编译系统需要安装在电脑上，而 LATEX 文本编辑器用于编辑 TEX 源文件。",
    "请从各软件官网下载安装程序，勿使用不明程序源。", "2", ""])

_ALI_HEAD = "阿里巴巴 Android 开发手册"
_ALI_CHAPTER = "二、Android 资源文件命名与使用"
_ALI = "\n".join([
    _ALI_CHAPTER, "", _ALI_CHAPTER, "1. 【推荐】资源文件需带模块前缀。", "2. 【推荐】layout 文件的命名方式。",
    "5. 【推荐】color 资源使用#AARRGGBB 格式，写入 module_colors.xml 文件中，命名",
    "格式采用以下规则：", "模块名_逻辑名称_颜色", "", "-4-", "",
    "\f" + _ALI_HEAD, "", "如：", '<color name="module_btn_bg_color">#33b5e5e5</color>', "",
    "6.【推荐】dimen 资源以小写单词+下划线方式命名，写入 module_dimens.xml 文件中，", "采用以下规则：",
    "模块名_描述信息", "-5-", ""])


def _page_two(top: str, below: list[str], blank: bool = True) -> str:
    """A two-page extract of a report whose second page opens with `top` (over `below`)."""
    return "\n".join([
        "中国数字经济发展报告（2022 年）", "",
        "从行业领域看，我国围绕信息通信技术、制造业数字化、服务业数字化、农业数字化、数字政府等领域，",
        "先后出台了一系列具有引领作用的指导性文件，对各行业融合创新发展和数字化转型进行了系统部署。", "", "3", "",
        "\f" + top] + ([""] if blank else []) + below + ["", "4", ""])


_BODY = ["从地方层面看，各地纷纷加大数字经济布局力度。目前，我国各省市已陆续出台数字经济相关规划、行动",
         "计划、指导意见等，涵盖数字经济、制造业与互联网融合、智慧城市、数字政府等领域。"]


def _texts(text: str) -> tuple[str, list[str]]:
    doc = clean(decode_bytes(text.encode("utf-8"), "extract.txt"))
    return doc.title, [p.text for p in doc.paragraphs]


def _bare(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("text, head", [(_UCAS, _UCAS_HEAD), (_ALI, _ALI_HEAD)], ids=["ucas", "ali"])
def test_a_head_seen_once_goes(text: str, head: str) -> None:
    title, paragraphs = _texts(text)
    assert not any(_bare(head) in _bare(p) for p in paragraphs + [title])


def test_the_first_pages_head_over_its_heading_leaves_the_heading_once() -> None:
    title, paragraphs = _texts(_ALI)
    assert [title, *paragraphs].count(_ALI_CHAPTER) == 1


KEPT = {
    "a numbered heading": "（三）行业与地方加快推动数字经济战略落地",
    "a part's name": "参考文献",
    "a figure's caption": "图 2 2017-2021 年我国数据产量及全球占比情况",
    "a line of prose": "导性文件，对各行业融合创新发展和数字化转型进行了系统部署",
}


@pytest.mark.parametrize("top", KEPT.values(), ids=KEPT.keys())
def test_a_page_opening_with_its_own_words_keeps_them(top: str) -> None:
    _, paragraphs = _texts(_page_two(top, _BODY))
    assert any(_bare(top) in _bare(p) for p in paragraphs)


def test_a_short_top_line_running_into_its_text_stays() -> None:
    _, paragraphs = _texts(_page_two("数字经济政策焦点", _BODY, blank=False))
    assert any("数字经济政策焦点" in _bare(p) for p in paragraphs)


# d16_05 (dev, a submission to the Legislative Council saved from a PDF): its pages carry no head, one opens with a
# section's short title and another with prose
_SUBMISSION = "\n".join([
    "此外，我們促請政府清楚訂明檢討頻率。我們建議至少按季進行檢討，以建立及時、靈活的調",
    "整機制。尤其在制度推行初期，更頻密的調整週期對防止市場供應短缺、保障市民出行需要尤", "為重要。", "",
    "\f具優次的分配機制", "",
    "我們憂慮現時擬議的網約車許可證發放安排可能未能有效識別，並優先考慮主要依賴網約車服",
    "務維持生計的司機。若以抽籤作為主要分配方式，將難以反映司機的實際網約車服務經驗。", "",
    "\f為此，我們建議建立分階段的許可證發放機制：", "",
    "第一階段優先向活躍司機發放許可證，第二階段再按實際需要逐步增加名額，以保障市民出行。", ""])


def test_a_short_title_opening_a_page_stays_where_pages_carry_no_head() -> None:
    _, paragraphs = _texts(_SUBMISSION)
    assert "具優次的分配機制" in paragraphs
