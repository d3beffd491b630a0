"""The patterns of the numbering markers `markers.match_heading` recognises, one per family, compiled on first use."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.text.numerals import ARABIC_DIGIT_CHARS, CN_DIGIT_CHARS, enclosed_chars

# Other classifiers that number a document's parts (lectures, lessons, items, volumes); each its own family.
GENERIC_CLASSIFIERS = ("单元", "單元", "阶段", "階段", "分部", "篇", "讲", "講", "课", "課", "件", "回", "卷", "集", "辑", "輯",
                       "幕", "册", "冊", "期", "季", "站", "关", "關", "部", "题", "題", "问", "問", "项", "項", "则",
                       "則", "步", "场", "場", "周", "週", "页", "頁", "案(?![例件由卷号號情])")  # a meeting's 第一案, not 第一案例
SPACES = " \t\u3000\xa0\u2002\u2003"  # en and em spaces too: a web page indents with &emsp;
PLACEHOLDER = "□"  # a thesis template's space, kept as written: '1□绪论', '摘□□要'
FAMILIES = ("structural", "generic", "cn", "paren-cn", "paren-arabic", "decimal", "arabic", "bare", "enclosed",
            "lone-cn", "question", "latin", "paren-latin", "bracket", "roman", "stem", "shi", "ordinal", "part")
STEMS = "甲乙丙丁戊己庚辛壬癸"  # the heavenly stems count a Taiwan text's parts or items: 甲、 乙、 丙、


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled once, on first use."""
    cn = f"[{CN_DIGIT_CHARS}]"
    num = f"[{CN_DIGIT_CHARS}{ARABIC_DIGIT_CHARS}]"
    ar = f"[{ARABIC_DIGIT_CHARS}]"
    sp = f"[{SPACES}]"
    return (
        # 第一章 / 第 十一 章 / 第1條 / 第一百二十条之一
        re.compile(rf"第{sp}*({num}+(?:{sp}{num}+)*)(?:{sp}*[-－‐–]{sp}*{ar}+)?{sp}*(部分|部份|分编|分編|编|編|章|节|節|款|目|条|條)"
                   rf"(?:{sp}*之{sp}*(?:[一二三四五六七八九十]+|{ar}{{1,2}}(?![0-9０-９])))?"),  # 第 二 條 之 一: a spaced-out numeral spaces its 之一 too
        # 第一讲 / 第3课 / 第二篇: a numbered family of any other classifier
        re.compile(rf"第{sp}*({num}+(?:{sp}{num}+)*|[IVX]{{1,6}}){sp}*({'|'.join(GENERIC_CLASSIFIERS)}"  # 第I部
                   rf"|[个条條][\u4e00-\u9fff]{{2}}(?=[，,：:]))"),  # 第一个问题，美联储利率。, 第一条经验，…: an essay's or a
        # talk's parts, counted
        # 一、 … 一百二十一、, and 一． 二. as a Word file or a web page writes them
        re.compile(rf"({cn}{{1,6}}){sp}*(?:[、]|[.．](?![0-9０-９{CN_DIGIT_CHARS}]))"),
        re.compile(rf"[（(〔【]{sp}*({cn}{{1,6}}){sp}*[）)〕】]"),  # （一） (一) 〔一〕 【一】 … （一百二十一）
        re.compile(rf"[（(]{sp}*({ar}{{1,3}}){sp}*[）)]"),  # （1） (1)
        # 1.1 1.1.1 1.1、, and 1-1 2-1-1 as Taiwan reports and theses number their sections ('5-1：顺序存储', '1-1. …')
        re.compile(rf"({ar}{{1,2}}(?:[.．]{ar}{{1,2}}){{1,3}})[.．、]?|({ar}{{1,2}}(?:[-－]{ar}{{1,2}}){{1,2}})(?:[、：:]|[.．](?=[{SPACES}])|(?=[{SPACES}]))"),
        # 1. 1、 1． １． and 1） 2) (the 'half-paren' family); 6A. an inserted section (Hong Kong ordinances)
        re.compile(rf"({ar}{{1,3}})(?:[A-Z]{{1,2}}[.．]|{sp}*[.．、）)])"),
        re.compile(rf"({ar}{{1,2}})(?=[{SPACES}{PLACEHOLDER}])"),  # 1 范围 (decimal level 1); a template's 1□绪论
        re.compile(f"[{enclosed_chars()}]"),  # ① ⑴ ⒈ ㈠
        # 一 alone on its line, or before its title after a space ('一　战争的规律是发展的'): an essay's sections
        re.compile(rf"({cn}{{1,3}})(?:{sp}*$|{sp}+(?=[^{SPACES}]))"),
        re.compile(rf"[Qq]{sp}?({ar}{{1,2}}){sp}*[：:.．、]?"),  # Q1：the questions of an interview or a Q&A
        re.compile(rf"([A-Z]){sp}*[.．、]"),  # A. 临时救助制度 / B、: sub-sections lettered in a report
        re.compile(rf"[（(]{sp}*([A-Z]){sp}*[）)]"),  # （A）
        re.compile(rf"【[^【】0-9０-９]{{0,8}}({ar}{{1,3}})】"),  # 【重点任务12】 【专栏3】: a plan's numbered boxes
        # I. II、 IV． (to XXXIX) and Ⅰ Ⅱ … Ⅻ: a report's, an agenda's or a translated paper's top sections
        re.compile(rf"(X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?<=[IVX])[.．、]|([\u2160-\u216B]){sp}*[.．、]?"),
        re.compile(rf"([{STEMS}]){sp}*、|[（(]{sp}*([{STEMS}]){sp}*[）)]"),  # 甲、 乙、 / （甲）: a Taiwan text's items
        re.compile(rf"({cn}{{1,2}})是(?=[\u4e00-\u9fff“《])"),  # 一是从严把控质量标准: a point of a speech or a report
        re.compile(rf"第({cn}{{1,3}})[，,、](?!{cn})(?=[\u4e00-\u9fff“《])"),  # 第一，你要耐得住。: an essay's point on its own line
        re.compile(rf"(?:Part|PART|part){sp}?({ar}{{1,2}})(?![0-9A-Za-z]){sp}*[.．:：、|｜丨]?"),  # Part 1. 回顾, Part1汲取能力
    )
