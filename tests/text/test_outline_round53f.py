"""Forms met in laws, rules and technical papers (issue #9, round 53F), each built here from its shape."""

from __future__ import annotations

import pytest

from reader.text.appendices import source_note
from support import outline

BODY = "本节给出该模块的关键实现，完整代码见仓库。"
CODE = ["function main() {", "  return 0;", "}"]


def _thesis(listings: list[str]) -> list[str]:
    lines = ["1 绪论", "1.1 研究背景", BODY, "1.2 研究内容", BODY, "2 系统设计", "2.1 总体架构", BODY, "2.2 数据库设计",
             BODY, "参考文献", "[1] 张三. 小程序开发[M]. 北京: 清华大学出版社, 2020.",
             "附录：", "附录A 源码节选（一）"]
    for name in listings:
        lines += [name, *CODE]
    return lines


@pytest.mark.parametrize("text, note", [
    ("A.10 管理端核销与活动管理节选（cloudfunctions/cloud/project/service/admin/admin_meet_service.js）",
     "（cloudfunctions/cloud/project/service/admin/admin_meet_service.js）"),
    ("A.3 数据模型（model.py）", "（model.py）"),
    ("A.4 Build script (tools/build.sh)", "(tools/build.sh)"),
    ("A.1 总则（试行）", ""),  # Chinese words in the brackets: part of the name
    ("A.2 Setup (see above)", ""),  # words with spaces: a gloss, no file
    ("A.5 Version (v2)", ""),  # no path
    ("（a/b.js）", ""),  # nothing before the brackets
])
def test_a_listing_source_file_in_brackets_is_known(text, note):
    assert source_note(text) == note


def test_appendix_listings_with_long_source_paths_are_sections():
    """A thesis's appendix names each listing and its source file: a long path does not make the name a sentence."""
    names = ["A.1 云函数统一入口（cloudfunctions/cloud/index.js）",
             "A.2 管理端核销与活动管理节选（cloudfunctions/cloud/project/service/admin/admin_meet_service.js）",
             "A.3 数据导出服务完整节选（cloudfunctions/cloud/project/service/data_service_for_export.js）"]
    found = [(d, m, t) for d, m, t in outline(_thesis(names)) if m.startswith("A.")]
    assert found == [(3, "A.1", "云函数统一入口（cloudfunctions/cloud/index.js）"),
                     (3, "A.2", "管理端核销与活动管理节选（cloudfunctions/cloud/project/service/admin/admin_meet_service.js）"),
                     (3, "A.3", "数据导出服务完整节选（cloudfunctions/cloud/project/service/data_service_for_export.js）")]


def test_a_long_lettered_line_without_a_path_stays_text():
    """Only the source note is left out of the length: a long line of words after 'A.2' is still no section."""
    long_line = "A.2 " + "这是一段很长的说明文字" * 8
    names = ["A.1 云函数统一入口（cloudfunctions/cloud/index.js）", long_line]
    found = [m for _, m, _ in outline(_thesis(names)) if m.startswith("A.")]
    assert found == ["A.1"]


ARTICLE = "为规范专项资金管理，提高资金使用效益，根据有关规定，制定本办法。"
RULE = ["第一章 总则", "第一条 " + ARTICLE, "第二条 " + ARTICLE, "第二章 资金分配", "第三条 " + ARTICLE, "第四条 " + ARTICLE,
        "第三章 附则", "第五条 " + ARTICLE]
ORDER = "《某某省专项资金管理暂行办法》已经2023年5月10日省政府第12次常务会议通过，现予公布，自2023年6月1日起施行。"


@pytest.mark.parametrize("head", [
    ["某某省人民政府令", "第88号", ORDER, "省长 张三", "2023年5月20日", "某某省专项资金管理暂行办法"],
    ["某某省财政厅公告", "2023年第5号", "为规范资金管理，我厅制定了《某某省专项资金管理暂行办法》，现予发布。", "特此公告。",
     "某某省财政厅", "2023年5月20日", "某某省专项资金管理暂行办法"],
])
def test_a_rule_issued_by_an_order_keeps_its_chapters_on_top(head):
    """The order (令, 公告) that publishes the rule, its signer and date are the rule's header: its chapters stand at
    the top as in a bare rule, the name over them no part holding them."""
    found = outline(head + RULE, head[0])
    assert [(d, m) for d, m, _ in found if m.startswith("第") and m.endswith("章")] == [(1, "第一章"), (1, "第二章"),
                                                                                      (1, "第三章")]
    assert "某某省专项资金管理暂行办法" not in [t for _, _, t in found]


def test_a_law_a_page_shows_below_its_own_lines_still_holds_its_chapters():
    """Without an order citing it, a law's name below a page's own lines (its menu, its news) holds the law."""
    head = ["湖北某某环保协会", "某某环保协会自2006年成立以来，已走过七个春秋，取得了一些成绩。",
            "我们现在的成员有150个，其中10个核心成员，140个会员。", "湖北某某环保协会规章制度"]
    found = outline(head + RULE, head[0])
    assert found[0] == (1, "", "湖北某某环保协会规章制度")
    assert [(d, m) for d, m, _ in found if m == "第一章"] == [(2, "第一章")]
