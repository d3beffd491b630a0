"""A site's menu in a page saved as text (session 66D): its links set one a line, with no bullet, under the page's
first line ('首 页' / '南沙动态' / … / '工作机构', '⭐首页' / '📺人物专访' / …, '主页' / '编程' / … / '开源项目'). The
reader kept the whole menu as text, and the outline took one of its links (the last before the page's greeting or
headline) for a section. The menu goes as chrome; a run of short lines that is the text's own (a job's facts, a
rule's first chapter, a list with no home link) stays.

Each case is made up and minimal; each loss case fails without the rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

from reader.text.decode import decode_bytes
from reader.text.document import build_document

_PROSE = ("为切实抓好本区统计工作，进一步提升企业统计人员的业务水平，区统计局近日召开培训会，邀请专家讲解报表填报要点，"
          "并结合典型案例说明常见差错的原因和纠正办法。参会人员表示，培训内容贴近实际，对做好下一阶段工作很有帮助。")
_MENU = ["首 页", "本区动态", "政务公开", "投资服务", "政务服务", "公众服务", "互动交流", "工作机构"]


def _document(lines: list[str]):
    return build_document(decode_bytes(("\n".join(lines) + "\n").encode("utf-8"), "page.txt"))


def _page(menu: list[str], after: list[str]) -> list[str]:
    return (["统计局召开统计业务培训会-某区人民政府门户网站", "某区| English |简体版|繁体版|登录"] + menu + after
            + [_PROSE, "第二段。" + _PROSE, "第三段。" + _PROSE])


def test_menu_one_link_a_line_under_the_first_line_goes_and_heads_nothing():
    doc = _document(_page(_MENU, ["欢迎您光临本区政府网站！", "统计局召开统计业务培训会"]))
    texts = [p.text for p in doc.paragraphs]
    assert not {"工作机构", "本区动态", "首 页"} & set(texts)
    assert "工作机构" not in [h.title for h in doc.headings]
    assert _PROSE in texts


def test_menu_with_pictographs_over_the_headline_goes():
    menu = ["登录", "⭐首页", "📺人物专访", "🎭阵容", "🎬精彩片段", "🎤幕后花絮", "📸精彩图集", "🤝商务合作"]
    doc = _document(["奇妙夜 - 人物专访"] + menu + ["牛爷爷使用指南：关于外星人的一切", _PROSE, "又一段。" + _PROSE])
    texts = [p.text for p in doc.paragraphs]
    assert not {"🤝商务合作", "⭐首页", "📺人物专访"} & set(texts)
    assert not {"🤝商务合作", "⭐首页"} & {h.title for h in doc.headings}


def test_a_job_pages_facts_after_its_links_stay():
    """Short lines that go on past the links (a job's label / value lines) are the page's own: no menu is taken."""
    facts = ["前台接待", "性别要求", "女", "年龄要求", "20-30", "薪金待遇", "3000-5000/月", "工作地点", "本市"]
    doc = _document(["人才招聘", "首页", "关于我们", "产品中心", "新闻资讯", "人才招聘", "服务支持", "联系我们"] + facts
                    + ["岗位职责：负责来访客户的接待工作，认真严谨，具有良好的沟通能力。", _PROSE])
    texts = [p.text for p in doc.paragraphs]
    assert "前台接待" in texts and "性别要求" in texts


def test_short_lines_with_no_home_link_stay():
    lines = ["某协会", "关于协会", "新闻中心", "通知公告", "图片", "视频", "协会介绍", "机构设置"]
    doc = _document(lines + [_PROSE, "又一段。" + _PROSE])
    assert "机构设置" in [p.text for p in doc.paragraphs]


def test_a_rules_first_chapter_under_its_links_stays_a_heading():
    doc = _document(["协会章程-某协会", "首页", "关于协会", "新闻中心", "通知公告", "协会介绍", "机构设置", "联系我们",
                     "第一章 总则", "第一条 本团体名称为某协会。", "第二条 本团体的宗旨是团结会员，服务社会。",
                     "第二章 业务范围", "第三条 本团体的业务范围包括培训、交流和咨询。"])
    assert [h.marker.strip() for h in doc.headings][:2] == ["第一章", "第一条"]
    assert "第一章 总则" not in [r.text for r in doc.removed]


def test_the_headline_its_title_leads_with_ends_the_menu():
    """'文明读者公约' under the page's first line '文明读者公约': the page's own headline, never a link of its menu."""
    doc = _document(["文明读者公约", "跳转到主要内容", "首页", "读者指南", "规章制度", "服务指南", "资源导航", "文明读者公约",
                     "1. 凭证入馆", "凭本人有效校园卡、借书证或阅览证刷证入馆，不得转借他人使用，违者按规定处理。",
                     "2. 保持安静", "保持馆内安静，手机调至静音，不在阅览区内接听电话或大声交谈，共同维护阅读环境。"])
    assert [h.marker.strip() for h in doc.headings][:2] == ["1.", "2."]
