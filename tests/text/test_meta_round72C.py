"""A header line's fields cut where the value goes on, or kept with a label in them (round 72C, issue 9 class 11):
'澎湃新闻(上海' lost its bracket, '编辑：刘天栋，概述修订及审核：庄表伟' gave the editor '刘天栋，概述修订及', a title lost what
followed its '｜', '[Abhishek Prakash][a]' gave 'Abhishek Prakash][a', and '文/吴萍   编辑/周楠' was no header line."""

from __future__ import annotations

from reader.text.meta import parse_meta_line
from support import parse_document

# Real header lines as pages set them (the page each came from after it), with the fields a reader reads in them;
# None: the line is the reader's text, kept whole where it stands.
_REAL_LINES = [
    ("日期:2020-08-26 15:33 来源:《统一论坛》杂志 作者:潘佳瑭",  # zhongguotongcuhui.org.cn/tylt/202003/…12292359
     {"date": "2020-08-26 15:33", "source": "《统一论坛》杂志", "author": "潘佳瑭"}),
    ("作者 | 周志鹏", {"author": "周志鹏"}),  # zhuanzhi.ai/document/1b5794aff83eb3467be8fa28b12ef888
    ("责编 | 仲培艺", {"editor": "仲培艺"}),  # the same page
    ("2020-03-09  来源: 学习时报 作者:", {"date": "2020-03-09", "source": "学习时报"}),  # dzllzg.com/lltt/…5221349
    ("编辑:Verna", {"editor": "Verna"}),  # 51haodu.com
    ("作者:壹叔,作者授权早读课转载。", None),  # the same page: a sentence, kept
    ("公众号:倒退集(ID:daotuiji)", None),  # the same page: no label the reader knows
    ("文字:趙培源 孫方瑜 校審:張某 復審:趙軍 終審:信蘇珊",  # missvivian.cn/info/1170/11813 (a name garbled there)
     {"author": "趙培源 孫方瑜"}),
    ("发布时间:2021-07-23 来源: 作者:叶之红", {"date": "2021-07-23", "author": "叶之红"}),  # gtedu.org.cn/cms/zl/12/7511
    ("2022-07-23 04:29:19 来源:中国专利 TAG:",  # jishuxx.com/zhuanli/20220723/1229909
     {"date": "2022-07-23 04:29:19", "source": "中国专利"}),
    ("时间:2022-10-01 百科知识 版权反馈", {"date": "2022-10-01"}),  # guayunfan.com/baike/855644
    ("（供稿:图书馆、新闻与传媒学院 撰稿:王敏）", None),  # sjzc.edu.cn: a closing credit with no label first, kept
    ("摄影作品（供图:院学生会）", None),  # youth.aust.edu.cn/info/1004/4831
    ("新闻来源:吴海玲 王欢", {"source": "吴海玲 王欢"}),  # see.cumt.edu.cn/info/1130/3965
    ("编辑:程艳", {"editor": "程艳"}),  # the same page
    ("摄影:郭芳君、和晓伟等", {}),  # m.yikaochacha.com: a credit with no field of its own
    ("文/吴萍   编辑/周楠", {"author": "吴萍", "editor": "周楠"}),  # tjzzja.com/info/1054/2260 (its '文' lost there)
    ("/吴萍   编辑/周楠", None),  # … as that copy has it: no label before the first name, kept
    ("发表于 3年以前  | 总阅读数:3426 次", None),  # hellobit.com.cn/doc/2020/5/29/574: no date, kept
    ("工管系记者团采写部/王鸿儒", None),  # glx.gdhsc.edu.cn/info/1962/1085
    # the dev corpus's pages (163.com via d37_11, the 开源社 report d38_02, CDT's archive card cdt15)
    ("2018-10-13 20:33:24　来源: 澎湃新闻(上海)", {"date": "2018-10-13 20:33:24", "source": "澎湃新闻(上海)"}),
    ("本文来源：澎湃新闻 责任编辑：王文华_NF5982", {"source": "澎湃新闻", "editor": "王文华_NF5982"}),
    ("编辑：刘天栋，概述修订及审核：庄表伟", {"editor": "刘天栋"}),
    ("标题：纪念“铁链女事件”一周年｜民间报告分享", {"title": "纪念“铁链女事件”一周年｜民间报告分享"}),
    ("作者：农村精障女性关注小组", {"author": "农村精障女性关注小组"}),
    ("作者：[Abhishek Prakash][a]", {"author": "Abhishek Prakash"}),  # d38_10, an LCTT translation's credits
    ("文｜任娅斐 编辑｜马吉英", {"author": "任娅斐", "editor": "马吉英"}),  # d51_02, an interview's credits
    ("2016-12-20 14：30 来源：国家卫生计生委科技教育司 【字体：大 中 小】 打印",  # d56_04, a ministry's notice
     {"date": "2016-12-20 14:30", "source": "国家卫生计生委科技教育司"}),
]

# One class each: brackets the value holds, labels after a comma, a label the reader has no field for inside a
# value, a title's '｜', credits spaced apart.
_BRACKETS = [
    ("来源: 澎湃新闻(上海)", "source", "澎湃新闻(上海)"),
    ("来源：中国新闻网（北京）", "source", "中国新闻网（北京）"),
    ("来源：人民日报（2024年02月24日 05 版）", "source", "人民日报（2024年02月24日 05 版）"),
    ("作者：张三（中国人民大学教授）", "author", "张三（中国人民大学教授）"),
    ("【来源：新华网】", "source", "新华网"),  # the line's brackets, not the value's
    ("来源：【新华网】", "source", "新华网"),
    ("（来源：人民日报）", "source", "人民日报"),
    ("2016-12-20 14:30 来源：国家卫生计生委科技教育司【字体：大 中 小】 打印", "source", "国家卫生计生委科技教育司"),  # d56_04
]
_AFTER_A_COMMA = [
    ("编辑：刘天栋，概述修订及审核：庄表伟", {"editor": "刘天栋"}),
    ("作者：张三，编辑：李四", {"author": "张三", "editor": "李四"}),
    ("来源：新华社，作者：王五", {"source": "新华社", "author": "王五"}),
    ("作者：张三, 编辑：李四", {"author": "张三", "editor": "李四"}),
    ("作者：张三，李四", {"author": "张三，李四"}),  # two names, no label after them
]
_UNKNOWN_INSIDE = [
    ("文字:趙培源 孫方瑜 校審:張某 復審:趙軍", "author", "趙培源 孫方瑜"),
    ("2022-07-23 04:29:19 来源:中国专利 TAG:", "source", "中国专利"),
    ("来源：新华网 http://www.xinhuanet.com", "source", "新华网 http://www.xinhuanet.com"),  # a link, no label
]


def test_the_real_lines_are_read_as_a_reader_reads_them() -> None:
    wrong = [(line, parse_meta_line(line)) for line, fields in _REAL_LINES if parse_meta_line(line) != fields]
    assert not wrong


def test_a_bracket_closing_inside_the_value_is_kept() -> None:
    assert [(parse_meta_line(line) or {}).get(field) for line, field, _ in _BRACKETS] == [v for *_, v in _BRACKETS]


def test_a_label_after_a_comma_ends_the_value_before_it() -> None:
    assert [parse_meta_line(line) for line, _ in _AFTER_A_COMMA] == [fields for _, fields in _AFTER_A_COMMA]


def test_an_unknown_label_after_a_space_is_not_part_of_a_name() -> None:
    assert [(parse_meta_line(line) or {}).get(f) for line, f, _ in _UNKNOWN_INSIDE] == [v for *_, v in _UNKNOWN_INSIDE]


def test_a_title_keeps_its_bar() -> None:
    assert parse_meta_line("标题：纪念“铁链女事件”一周年｜民间报告分享") == {"title": "纪念“铁链女事件”一周年｜民间报告分享"}


def test_a_markdown_link_as_a_value_gives_its_words() -> None:
    assert [(parse_meta_line(line) or {}).get("author") for line in (
        "作者：[Abhishek Prakash][a]", "作者：[Linux.com][a]", "作者：[张三](https://example.com/a)")] == [
        "Abhishek Prakash", "Linux.com", "张三"]


def test_credits_spaced_apart_give_a_field_each() -> None:
    assert parse_meta_line("文/吴萍   编辑/周楠") == {"author": "吴萍", "editor": "周楠"}
    assert parse_meta_line("采访 | 李思琪　编辑｜王五") == {"author": "李思琪", "editor": "王五"}
    assert parse_meta_line("文/吴萍   这是一句话") is None  # one span no credit: the line is text


def test_a_text_file_shows_the_whole_title_and_the_bracketed_source() -> None:
    text = ("标题：纪念“铁链女事件”一周年｜民间报告分享\n2018-10-13 20:33:24　来源: 澎湃新闻(上海)\n"
            "编辑：刘天栋，概述修订及审核：庄表伟\n\n正文内容在这里，今年粮食丰收，农民们都很高兴。\n")
    document = parse_document(text.encode("utf-8"), name="page.txt")
    assert (document.title, document.source, document.editor) == (
        "纪念“铁链女事件”一周年｜民间报告分享", "澎湃新闻(上海)", "刘天栋")
    assert "正文内容在这里" in document.text



def test_credits_a_single_space_apart_give_a_field_each() -> None:
    assert [parse_meta_line(line) for line in ("文｜任娅斐 编辑｜马吉英", "采访 | 李思琪 编辑｜王五")] == [
        {"author": "任娅斐", "editor": "马吉英"}, {"author": "李思琪", "editor": "王五"}]
    assert parse_meta_line("文字 | 张三 李四") == {"author": "张三 李四"}  # two names, one label


def test_a_stamp_whose_time_has_a_full_width_colon_is_the_date() -> None:
    assert parse_meta_line("2016-12-20 14：30 来源：国家卫生计生委科技教育司") == {
        "date": "2016-12-20 14:30", "source": "国家卫生计生委科技教育司"}
