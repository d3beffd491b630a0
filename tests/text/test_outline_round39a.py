"""Round 39a: a rule shown on a page below the page's own text. Its name ('…协会规章制度', '协会章程') holds its
chapters as one part of the page, and its closing 附则, numbered or not, stays beside those chapters; the name of a
rule an order issues ('现公布《…条例》…') is the document's own title, no part."""

from __future__ import annotations

import pytest

from support import outline

_INTRO = "绿源环保协会成立于2006年，现有会员一百五十人，多年来坚持开展校园环保宣传和志愿服务活动。"


def _rule(name: str, closing: str = "第三章 附则", before: tuple[str, ...] = (_INTRO,)) -> list[str]:
    return [*before, name,
            "第一章 总则",
            "第一条 为规范协会管理，保障协会工作有序开展，制定本制度。",
            "第二条 本制度适用于协会全体会员。",
            "第二章 会员",
            "第三条 会员应当遵守协会章程，按时参加协会活动。",
            "第四条 会员有权对协会工作提出批评和建议。",
            closing,
            "第五条 本制度自公布之日起施行。"]


def _depths(lines: list[str]) -> dict[str, int]:
    """Depth of each heading by its marker and title ('第二章会员'; an article, titled by its marker, as '第一条')."""
    return {f"{marker}{'' if title == marker else title}".replace(" ", ""): depth
            for depth, marker, title in outline(lines, "关于我们")}


@pytest.mark.parametrize("name", [
    "湖北师范学院绿源环保协会规章制度",  # a 制度, as a 规则, 准则, 规程 or 规范, names a rule as a 章程 does
    "绿源环保协会会员活动规则",
    "协会章程",  # short, but under the page's own text: no menu entry
])
def test_a_rule_shown_under_a_page_text_holds_its_chapters(name):
    depths = _depths(_rule(name))
    assert depths[name] == 1
    assert depths["第一章总则"] == depths["第二章会员"] == 2
    assert depths["第一条"] == 3


@pytest.mark.parametrize("closing", ["【附则】", "附 则", "附则"])
def test_an_unnumbered_closing_part_stays_beside_the_chapters(closing):
    """d20_05: '【附则】' after '【第五章 社团财务管理】' rose to the page's level, above the rule holding the chapters."""
    depths = _depths(_rule("湖北师范学院绿源环保协会规章制度", closing))
    assert depths["附则"] == depths["第二章会员"] == 2
    assert depths["第五条"] == 3


def test_the_rule_an_order_issues_is_the_document_itself():
    """d24_10: '现公布《…实施条例》，自…起施行。' over the 条例's name: the order's text, not a page's, came first; the
    same name under a page's own text is a part of the page."""
    name = "某某市环境保护条例实施细则"
    shown = _depths(_rule(name))
    issued = _depths(_rule(name, before=(f"现公布《{name}》，自2025年1月1日起施行。",)))
    assert shown[name] == 1 and shown["第一章总则"] == 2
    assert name not in issued and issued["第一章总则"] == 1


def test_a_menu_entry_over_the_chapters_holds_nothing():
    """d16_03: the menu's '协会章程' over '联系我们' and the first chapter names a page of the site, not the rule;
    the page's own '协会章程' under its text holds the rule."""
    menu = _depths(_rule("联系我们", before=("首页", "协会介绍", "机构设置", "协会章程")))
    page = _depths(_rule("协会章程"))
    assert "协会章程" not in menu and menu["第一章总则"] == 1
    assert page["协会章程"] == 1 and page["第一章总则"] == 2


@pytest.mark.parametrize("history", [
    "中華民國一百零八年三月五日學生議會第三次大會修正通過",  # the Republic's year, in words
    "二〇一九年五月十日第三次会员大会审议通过",
])
def test_a_rules_history_in_words_between_its_name_and_its_chapters(history):
    """The adoption note under a rule's name, its date in words, is the rule's history: neither the name
    holding the chapters nor a title of the page."""
    name = "某某大學附屬高級中學學生會組織章程"
    lines = _rule(name)
    lines.insert(lines.index(name) + 1, history)
    depths = _depths(lines)
    assert depths[name] == 1 and depths["第一章总则"] == 2
    assert history not in depths
