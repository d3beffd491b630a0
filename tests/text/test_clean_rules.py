"""Cleaning rules on material of our own making: classes of debris, not strings from the seeds."""

from __future__ import annotations

import pytest

from reader.text import meta
from reader.text.clean import clean
from reader.text.debris import classify_lines, line_reason
from reader.text.pinyin import find_pinyin
from reader.text.decode import decode_bytes
from reader.text.garble import find_garbled


def _clean(text: str):
    return clean(decode_bytes(text.encode("utf-8")))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("首页 | 登录 | 注册", "chrome"),
        ("【打印本页】【关闭窗口】", "chrome"),
        ("分享到：", "chrome"),
        ("上一篇：关于召开年度总结会议的通知", "chrome"),
        ("阅读量：1,234", "chrome"),
        ("浏览次数：56次", "chrome"),
        ("扫一扫在手机打开当前页", "chrome"),
        ("版权所有：某某县融媒体中心", "chrome"),
        ("您现在的位置：首页 > 工作动态", "chrome"),
        ("首页 >> 通知公告 >> 正文", "chrome"),
        ("【字号：大 中 小】", "chrome"),
        ("字体大小 放大 缩小", "chrome"),
        ("字体 A A+ A-", "chrome"),
        ("字体映射", ""),  # a section on type (f19_05's '跨平台字体映射'), no size buttons
        ("字号规范", ""),
        ("×", "chrome"),
        ("VIP免费", "site-junk"),
        ("12.5MB", "site-junk"),
        ("共 8 页", "site-junk"),
        ("第 3 页 共 8 页", "site-junk"),
        ("- 4 -", "site-junk"),
        ("下载文档", "site-junk"),
        ("关注公众号“学习资料站”免费领取全套范文", "promo"),
        ("想要完整版请加微信 abc_12345", "promo"),
        ("欢迎加入读者群，每日更新", "promo"),
        ("点击查看详情", "chrome"),
        ("（新华社记者 张三 摄）", "caption"),
        ("代表们认真审议报告。本报记者 李四摄", "caption"),
        # content that looks a little like debris
        ("打印机采购项目已完成招标。", ""),
        ("各位代表：", ""),
        ("一、基本情况", ""),
        ("大", ""),
        ("中国", ""),
        ("推进微信公众号等政务新媒体规范化建设。", ""),
        ("加强扫码检查质效评估，完善全链条监管。", ""),
        ("关注群众关切。", ""),
        ("第 3 条", ""),
        ("二、招生流程（点击查看具体流程）", ""),  # a section whose page linked its text (d23_06): the heading stays
        ("3. 点击下载安装包", ""),  # a step of instructions, not a link's label
        ("（一）", ""),
        ("（", ""),
        ("2025年全市完成造林面积十二万亩，森林覆盖率提高到百分之四十五，群众通过微信小程序参与义务植树的人数明显增加。", ""),
    ],
)
def test_line_classes(line, reason):
    assert line_reason(line) == reason


def test_font_size_widget_split_one_token_per_line():
    lines = ["【字号", "大", "中", "小", "】", "关于做好防汛工作的通知", "大", "各镇街：要高度重视。"]
    assert classify_lines(lines) == ["chrome"] * 5 + ["", "", ""]


def test_breadcrumb_one_item_per_line_stops_before_the_title():
    lines = ["当前位置：", "首页", "»", "通知公告", "通知公告", "关于开展志愿服务评选的通知", "各单位："]
    assert classify_lines(lines) == ["chrome"] * 5 + ["", ""]


def test_related_tail_takes_its_link_list():
    body = ["第一段正文。" * 10, "第二段正文。" * 10]
    tail = ["相关新闻：", "某县召开安全生产会议", "某县启动秋季植树活动"]
    assert classify_lines(body + tail) == ["", ""] + ["chrome"] * 3


def test_related_marker_before_long_text_removes_only_itself():
    lines = ["相关阅读", "这一段很长的正文并不是链接列表，而是文章内容的继续，读者需要看到它的全部内容，不能被当成尾部的链接删掉。" * 2]
    assert classify_lines(lines) == ["chrome", ""]


def test_ad_wrapped_over_two_lines_inside_a_wrapped_paragraph():
    para = "我们要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准，持续改善城乡居民的生活条件和公共服务水平，" \
           "让发展成果更多更公平地惠及全体人民，不断增强群众的获得感、幸福感和安全感。"
    wrapped = [para[i:i + 30] for i in range(0, len(para), 30)]
    ad = ["更多范文资料请加微信：fanwen2025 进群，", "即可免费领取海量资料。"]
    text = "\n".join(["一、总体要求", *wrapped[:2], *ad, *wrapped[2:], "二、主要任务", *wrapped])
    doc = _clean(text)
    assert [p.text for p in doc.paragraphs] == ["一、总体要求", para, "二、主要任务", para]
    assert [(r.reason, r.line) for r in doc.removed] == [("promo", 4), ("promo", 5)]
    assert doc.paragraphs[1].line == 2


def test_promo_sentence_inside_a_paragraph_removed():
    doc = _clean("标题\n全面推进乡村振兴，加快农业现代化。需要全文请加微信：abc12345。农民收入持续增长。")
    assert doc.text == "全面推进乡村振兴，加快农业现代化。农民收入持续增长。"
    assert [(r.reason, r.text) for r in doc.removed] == [("promo", "需要全文请加微信：abc12345。")]


def test_unwrapped_lines_are_not_joined():
    lines = ["各单位：", "现将有关事项通知如下。", "一、时间安排", "本次检查从三月开始，到五月结束，分三个阶段进行。",
             "二、工作要求", "各单位要高度重视，认真组织，确保检查工作取得实效。"]
    doc = _clean("关于开展安全检查的通知\n" + "\n".join(lines))
    assert [p.text for p in doc.paragraphs] == lines


def test_blank_line_separated_lines_are_never_joined():
    long = "这是一段比较长的文字，用来检验空行分隔的段落不会因为长度接近而被错误地连接在一起，"
    doc = _clean(f"标题\n\n{long}\n\n{long}\n\n{long}")
    assert len(doc.paragraphs) == 3


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["（", "三）改革开放持续深化。"], "（三）改革开放持续深化。"),
        (["这是被折断的句子", "，逗号落在了下一行的开头。"], "这是被折断的句子，逗号落在了下一行的开头。"),
    ],
)
def test_lines_that_cannot_stand_alone_are_joined(lines, joined):
    doc = _clean("标题\n" + "\n".join(lines))
    assert doc.text == joined


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("運轉(zhuǎn)更高效", "運轉更高效"),
        ("中國（zhōng guó）人民", "中國人民"),
        ("黨組(擴大)會議", "黨組(擴大)會議"),
        ("國內生產總值(GDP)增長", "國內生產總值(GDP)增長"),
        ("推進代表履職(APP)建設", "推進代表履職(APP)建設"),
        ("見附件(see note)", "見附件(see note)"),
        ("版本(v2)", "版本(v2)"),
        ("增強?qiáng)由人大產生", "增強?由人大產生"),
        ("區qū)委", "區委"),
        ("Café(ā)", "Café(ā)"),
    ],
)
def test_pinyin_annotations(text, kept):
    spans = find_pinyin(text)
    out = text
    for s, e in reversed(spans):
        out = out[:s] + out[e:]
    assert out == kept


def test_pinyin_removal_reported_with_line():
    doc = _clean("標題\n第一段沒有註音。\n第二段的運轉(zhuǎn)很順暢。")
    assert doc.text == "第一段沒有註音。\n第二段的運轉很順暢。"
    assert [(r.reason, r.text, r.line) for r in doc.removed] == [("pinyin", "(zhuǎn)", 3)]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源：新华网  时间：2025-01-02 10:00 【打印】", {"source": "新华网", "date": "2025-01-02 10:00"}),
        ("發布時間：2025年3月1日　來源：中央社", {"date": "2025年3月1日", "source": "中央社"}),
        ("作者：张三 责任编辑：李四", {"author": "张三", "editor": "李四"}),
        ("修正日期：19470101", {"date": "1947-01-01"}),
        ("[ 责任编辑：王五 ]", {"editor": "王五"}),
        ("审核：赵六", {}),
        ("这是正文，来源：不算", None),
        ("会议时间：三月五日", None),
    ],
)
def test_meta_lines(line, fields):
    assert meta.parse_meta_line(line) == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者 张三 通讯员 李四", "本报记者 张三 通讯员 李四"),
        ("市长　王某某", "市长 王某某"),
        ("县委书记 刘某", "县委书记 刘某"),
        ("各位代表：", ""),
        ("王某某", ""),
    ],
)
def test_bylines(line, author):
    assert meta.byline(line) == author


def test_header_and_tail_metadata_of_a_page():
    text = "\n".join([
        "登录 | 注册", "您的位置：首页 > 要闻", "全县秋粮收购工作有序推进", "来源：县融媒体中心　　发布时间：2025-10-20",
        "本报记者 周某", "【字体：大 中 小】", "今年全县秋粮收购工作开局良好，各收购点秩序井然。",
        "粮食部门提前做好仓容准备，确保农民售粮方便。", "（责任编辑：吴某）", "分享到：", "相关新闻：", "全县召开秋粮收购部署会",
    ])
    doc = _clean(text)
    assert (doc.title, doc.source, doc.date, doc.author, doc.editor) == (
        "全县秋粮收购工作有序推进", "县融媒体中心", "2025-10-20", "本报记者 周某", "吴某")
    assert doc.text == "今年全县秋粮收购工作开局良好，各收购点秩序井然。\n粮食部门提前做好仓容准备，确保农民售粮方便。"
    assert sorted(r.line for r in doc.removed) == [1, 2, 4, 5, 6, 9, 10, 11, 12]


def test_editor_credit_closing_the_last_paragraph():
    doc = _clean("标题\n第一段。\n最后一段到此结束。（责任编辑：郑某）")
    assert doc.editor == "郑某" and doc.text == "第一段。\n最后一段到此结束。"


def test_a_notice_time_line_in_the_body_is_content():
    doc = _clean("关于召开座谈会的通知\n各单位：\n定于下周召开座谈会，请准时参加。\n时间：3月5日上午9时\n地点：三楼会议室")
    assert doc.date == ""
    assert doc.text.endswith("时间：3月5日上午9时\n地点：三楼会议室")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("3月5日，全市安全生产工作会议召开。会议指出，要压实责任。", "全市安全生产工作会议召开"),
        ("本报北京3月5日电 第二届读书节今天开幕。", "第二届读书节今天开幕"),
        ("会议指出，要压紧压实安全生产责任，坚决防范遏制重特大事故。", ""),
    ],
)
def test_title_derived_from_the_lead_when_there_is_no_title_line(lead, title):
    doc = _clean(lead + "\n" + "会议要求，各部门要加强协调配合，形成工作合力。")
    assert (doc.title, doc.title_derived) == (title, bool(title))
    assert doc.paragraphs[0].text == lead  # the lead itself stays in the body


def test_title_over_two_lines():
    doc = _clean("某某市人民政府办公室关于\n印发节约用水实施方案的通知\n各区人民政府：\n现将方案印发给你们，请认真贯彻执行。")
    assert doc.title == "某某市人民政府办公室关于印发节约用水实施方案的通知"
    assert doc.paragraphs[0].text == "各区人民政府："


@pytest.mark.parametrize(("first", "second", "title"), [
    ("中共中央办公厅 国务院办公厅", "关于进一步加强矿山安全生产工作的意见", "中共中央办公厅 国务院办公厅关于进一步加强矿山安全生产工作的意见"),
    ("国务院公报2024年第5号", "国务院关于促进服务消费高质量发展的意见", "国务院公报2024年第5号"),  # a masthead over a title
    # a red-header masthead opening with the issuer the title opens with: the title is the title (70G)
    ("某某市人民政府文件", "某某市人民政府关于做好防汛工作的通知", "某某市人民政府关于做好防汛工作的通知"),
])
def test_a_line_over_a_title_that_names_its_own_issuer_is_no_half_of_it(first, second, title):
    doc = _clean(f"{first}\n{second}\n各区人民政府：\n现将有关事项通知如下，请认真贯彻执行。")
    assert doc.title == title
    assert (second in [p.text for p in doc.paragraphs]) == (title == first)  # a whole title stays a line of its own


def test_one_line_file_keeps_its_line_as_body():
    doc = _clean("会议纪要")
    assert doc.title == "会议纪要" and doc.text == "会议纪要"


def test_empty_input():
    doc = _clean("")
    assert (doc.title, doc.paragraphs, doc.removed) == ("", (), ())


def test_summary_repeating_the_opening_is_a_duplicate():
    opening = "本文介绍了社区图书角建设的主要做法和经验，分析了存在的不足，并提出了进一步完善服务的具体建议。"
    doc = _clean(f"社区图书角建设调研报告\n{opening}\n正文第二段继续展开论述。\n摘要：\n{opening[:30]}...")
    assert doc.text == f"{opening}\n正文第二段继续展开论述。"
    assert [r.reason for r in doc.removed] == ["site-junk", "duplicate"]


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as GBK, the usual way Chinese web text gets garbled."""
    return text.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


def test_mojibake_run_flagged_with_offsets():
    damaged = _mojibake("要切實增強由人大產生的意識")
    text = f"區人大常委會黨組要認真執行報告制度。{damaged}對人大負責、受人大監督。"
    found = find_garbled(text)
    assert len(found) == 1
    g = found[0]
    assert text[g.start:g.end] == g.text
    assert g.start >= text.index(damaged) - 1 and g.end <= text.index(damaged) + len(damaged) + 1
    assert g.end - g.start >= len(damaged) * 0.6


@pytest.mark.parametrize(
    "text",
    [
        "这是真的吗??我不太相信。",
        "府澴河流域保护和昙华林社区的特色做法得到推广。",
        "饕餮盛宴、魑魅魍魉这类成语在文章中偶尔出现。",
        "坏字节\ufffd只有一个。",
    ],
)
def test_real_text_with_rare_characters_not_flagged(text):
    assert find_garbled(text) == []


def test_cleaning_flags_but_keeps_garbled_text():
    damaged = _mojibake("一府一委兩院要切實增強")
    doc = _clean(f"標題\n會議強調，要加強黨的領導。{damaged}，對人大負責。")
    assert damaged in doc.text
    assert len(doc.garbled) == 1 and doc.text[doc.garbled[0].start:doc.garbled[0].end] == doc.garbled[0].text


def test_wrapped_document_without_title_line_has_no_title_from_a_fragment():
    para = "各级人大代表要密切联系群众，认真听取和反映群众的意见和要求，努力为人民服务，对人民负责，受人民监督，" \
           "自觉维护宪法和法律的尊严，模范遵守社会公德，在本职工作中发挥带头作用。" * 2
    wrapped = [para[i:i + 28] for i in range(0, len(para), 28)]
    doc = _clean("\n".join(wrapped))
    assert doc.title == "" and doc.text == para


def test_removed_ad_sentence_reports_the_line_it_was_on():
    para = "各地要统筹推进城乡供水一体化建设，提升农村供水保障水平，确保群众喝上放心水，" * 3
    lines = [para[i:i + 25] for i in range(0, len(para), 25)]
    lines[3] = lines[3][:10] + "获取全文请加微信：abc12345。" + lines[3][10:]
    doc = _clean("农村供水工作要点\n" + "\n".join(lines))
    assert [(r.reason, r.line) for r in doc.removed] == [("promo", 5)]
    assert "微信" not in doc.text


def test_summary_without_ellipsis_after_the_abstract_marker_is_a_duplicate():
    opening = "本文介绍了社区图书角建设的主要做法和经验，分析了存在的不足，并提出了进一步完善服务的具体建议。"
    doc = _clean(f"社区图书角建设调研报告\n{opening}\n正文第二段继续展开论述。\n摘要\n{opening[:40]}")
    assert doc.text == f"{opening}\n正文第二段继续展开论述。"
    assert [r.reason for r in doc.removed] == ["site-junk", "duplicate"]


def test_text_quoting_the_opening_without_a_marker_stays():
    opening = "本文介绍了社区图书角建设的主要做法和经验，分析了存在的不足，并提出了进一步完善服务的具体建议。"
    doc = _clean(f"调研报告\n{opening}\n{opening[:40]}")
    assert len(doc.paragraphs) == 2


def test_indentation_marks_paragraph_starts_in_wrapped_text():
    first = "本市今年以来持续推进老旧小区改造工作，累计完成改造项目一百二十个，惠及居民三万余户，满意度提升。"
    second = "下一步，我们将继续加大投入力度，完善长效管理机制，确保改造成果惠及更多居民群众，让城市更加宜居。"
    assert len(first) == 48  # two full lines: without the indentation the second paragraph would run on
    lines = []
    for para in (first, second):
        pieces = [para[i:i + 24] for i in range(0, len(para), 24)]
        lines += ["\u3000\u3000" + pieces[0]] + pieces[1:]
    doc = _clean("老旧小区改造工作情况\n" + "\n".join(lines))
    assert [(p.text, p.line) for p in doc.paragraphs] == [(first, 2), (second, 4)]


def test_breadcrumb_starting_at_home_without_a_label():
    lines = ["首页", ">", "新闻中心", ">", "正文", "全县秋粮收购工作有序推进", "今年秋粮收购开局良好。"]
    assert classify_lines(lines) == ["chrome"] * 5 + ["", ""]


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_utf8_read_as_western_flagged(codec):
    damaged = "人民代表大会制度".encode("utf-8").decode(codec, errors="replace")
    text = f"坚持和完善{damaged}，是我们的根本政治制度。Café résumé naïve 也不受影响。"
    found = find_garbled(text)
    assert [g.text for g in found] == [damaged]
    assert text[found[0].start:found[0].end] == damaged


def test_every_removal_reason_is_a_declared_one():
    """The UI names each reason in REMOVAL_REASONS; the engine must not invent others."""
    from reader.text.document import load_document
    from reader.text.model import REMOVAL_REASONS
    from support import CORPUS, DATA, seed_paths

    paths = seed_paths() + sorted(CORPUS.glob("*.txt")) + sorted((DATA / "clean").glob("*"))
    seen = {r.reason for p in paths for r in load_document(p).removed}
    assert seen and seen <= set(REMOVAL_REASONS)


def test_a_markdown_item_never_runs_on_over_a_blank_line():
    """Notes whose bullet items are all about as long: the last item of each list is as full as a wrapped line, yet
    the dated title after the blank line is its own paragraph, not the item's tail."""
    items = ("- 評估對於個人與組織的危害程度", "- 第三方開發與應用者資料的不透明", "- 是否與人類直接互動的各種情境")
    text = "網路自由小聚紀錄\n\n" + "".join(f"2023.{12 - n:02d}.16 {topic}\n" + "\n".join(items) + "\n\n"
                                      for n, topic in enumerate(("戶籍資料外洩", "數位韌性", "被竊聽的輸入法", "零信任網路")))
    paragraphs = [p.text for p in _clean(text).paragraphs]
    assert "2023.11.16 數位韌性" in paragraphs
    assert "- 是否與人類直接互動的各種情境" in paragraphs


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        # a title whose first line is whole: the next line is no second half of it (d72_09)
        ("软件工程实验课程会议纪要", "20190304会议纪要", "软件工程实验课程会议纪要"),
        ("淘汽云修用户注册协议", "签订协议", "淘汽云修用户注册协议"),
        # a site's label for the kind of document over the document's own title (d39_04, d61_06, d22_08)
        ("用户服务协议", "三界生活用户服务协议", "三界生活用户服务协议"),
        ("協會章程", "中华AI應用發展協會章程", "中华AI應用發展協會章程"),
        ("安装协议", "机械设备安拆合同", "机械设备安拆合同"),
        # a title broken over two lines still joins
        ("国务院办公厅关于做好2024年", "全国科普日活动的通知", "国务院办公厅关于做好2024年全国科普日活动的通知"),
    ],
)
def test_a_title_over_its_next_line(first, second, title):
    body = "为做好相关工作，现将有关事项说明如下，请各单位认真组织实施，并按时报送有关材料。"
    doc = _clean(f"{first}\n{second}\n\n{body}\n\n一、基本要求\n\n{body}\n")
    assert doc.title == title
    assert body in [p.text for p in doc.paragraphs]
